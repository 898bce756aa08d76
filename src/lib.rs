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

    /// Runs every stage on one article's text.
    pub fn analyze(&self, text: &str) -> Analysis {
        let sentences = self.segmenter.split(text);
        let mentions = self.gazetteer.tag(text);
        let quotations = quotes::find(text, &sentences);
        // Statements, quoted and reported, with their speakers.
        let quotes = self.attributor.attribute(text, &sentences, &quotations, &mentions, &self.gazetteer);
        Analysis { sentences, mentions, quotes }
    }
}
