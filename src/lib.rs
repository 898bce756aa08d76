//! quotewire: who said what, and who and where is mentioned, in news articles.
//!
//! The pipeline is a chain of small stages, each a pure function of the article text:
//!
//! ```text
//! text ─► sentences ─► gazetteer mentions ─► quotations ─► statements ─► speakers ─► records
//! ```
//!
//! Build a [`Pipeline`] once (it holds the gazetteer and its index, the abbreviation and cue
//! lexicons) and call [`Pipeline::analyze`] for each article, from as many threads as you
//! like. Offsets in an [`Analysis`] are byte offsets into the text; the [`records`] module
//! turns them into character offsets for output.
//!
//! ```
//! use quotewire::Pipeline;
//!
//! let pipeline = Pipeline::builtin().unwrap();
//! let text = "Macron spoke in Paris.\n\"We are ready,\" Macron said.";
//! let analysis = pipeline.analyze(text);
//! assert_eq!(analysis.sentences.len(), 2);
//! assert_eq!(analysis.quotes.len(), 1);
//! ```

#![warn(missing_docs)]

mod ascii;
pub mod attribution;
pub mod gazetteer;
pub mod input;
pub mod output;
pub mod quotes;
pub mod records;
pub mod sentences;
#[cfg(test)]
mod test_support;

use attribution::{Attributor, Quote};
use gazetteer::{Gazetteer, GazetteerError, Mention};
use sentences::{Segmenter, Sentence};

/// The stages of quotewire, built once and shared by every article.
#[derive(Debug)]
pub struct Pipeline {
    segmenter: Segmenter,
    gazetteer: Gazetteer,
    attributor: Attributor,
}

/// Everything quotewire finds in one article; offsets are bytes into the article text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Gazetteer mentions in text order, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Quotations and indirect statements in text order, with their kinds and speakers.
    pub quotes: Vec<Quote>,
}

impl Pipeline {
    /// A pipeline from its stages.
    pub fn new(segmenter: Segmenter, gazetteer: Gazetteer, attributor: Attributor) -> Pipeline {
        Pipeline { segmenter, gazetteer, attributor }
    }

    /// The pipeline with the embedded default data: abbreviations, gazetteer, cues.
    pub fn builtin() -> Result<Pipeline, GazetteerError> {
        Ok(Pipeline::new(Segmenter::default(), Gazetteer::builtin()?, Attributor::builtin()))
    }

    /// The gazetteer the pipeline tags with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Runs every stage on one article's text. Hard-wrapped text (folded at a width, see
    /// [`sentences::wrap`]) is analysed with its soft line breaks read as spaces; the
    /// offsets are the same either way.
    pub fn analyze(&self, text: &str) -> Analysis {
        match sentences::wrap::unwrap(text) {
            Some(unwrapped) => {
                let mut analysis = self.analyze_as_is(&unwrapped);
                squeeze_speaker_names(&mut analysis);
                analysis
            }
            None => self.analyze_as_is(text),
        }
    }

    /// Runs every stage on `text` as it is: every line break a paragraph break.
    pub fn analyze_as_is(&self, text: &str) -> Analysis {
        let sentences = self.segmenter.split(text);
        let mentions = self.gazetteer.tag(text);
        let quotations = quotes::find(text, &sentences);
        let statements = self.attributor.statements(text, &sentences, &quotations);
        let quotes = self.attributor.speakers(&statements, &sentences, &mentions, &self.gazetteer);
        Analysis { sentences, mentions, quotes }
    }
}

/// Writes every speaker name with single spaces: a fold of `fold -s` keeps its space before
/// the one the line break became (`Stephanie  McCrummen`).
fn squeeze_speaker_names(analysis: &mut Analysis) {
    for speaker in analysis.quotes.iter_mut().filter_map(|q| q.speaker.as_mut()) {
        for name in [&mut speaker.name, &mut speaker.title].into_iter().flatten() {
            if name.contains("  ") {
                *name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_of_folded_text_have_single_spaces() {
        let pipeline = Pipeline::builtin().unwrap();
        let paragraph = "The rally went on late into the night, and the crowd stayed in the rain to hear it. \
            “It was loud,” said Stephanie McCrummen, who had come early to see the crowd arrive at the \
            hall before the doors opened.";
        // Folded at a width that cuts the name: "Stephanie \nMcCrummen".
        let text = (40..100)
            .map(|w| sentences::wrap::fold(&format!("{paragraph}\nA short one.\n{paragraph}"), w))
            .find(|t| t.contains("Stephanie \nMcCrummen"))
            .unwrap();
        assert!(sentences::wrap::unwrap(&text).is_some());
        let names: Vec<String> = pipeline
            .analyze(&text)
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .filter_map(|s| s.name.clone())
            .collect();
        assert_eq!(names, ["Stephanie McCrummen", "Stephanie McCrummen"]);
    }
}
