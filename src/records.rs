//! Output records: the one place that defines what quotewire writes.
//!
//! Stages work in byte offsets; records carry character offsets (Unicode scalar values, as
//! Python indexes a `str`), end-exclusive, computed once per article by [`CharOffsets`].
//! The README documents every field and `schema/records.schema.json` specifies them.

use serde::Serialize;

use crate::Analysis;
use crate::attribution::{Quote, QuoteKind};
use crate::gazetteer::{EntityType, Gazetteer, Mention};
use crate::sentences::Sentence;

/// Converts byte offsets of one text into character offsets.
#[derive(Debug)]
pub struct CharOffsets {
    /// For every non-ASCII character: the byte offset of its end, and how many more bytes
    /// than characters the text has up to there. Empty for ASCII text. (A map from every
    /// byte to its character cost four bytes of memory traffic per byte of text.)
    extra: Vec<(u32, u32)>,
    len: usize,
}

impl CharOffsets {
    /// Prepares the conversion for `text` with one pass over it, eight ASCII bytes at a
    /// time.
    pub fn new(text: &str) -> CharOffsets {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let bytes = text.as_bytes();
        let mut extra = Vec::new();
        let mut more = 0;
        // Most texts are ASCII: the standard library tells that fastest.
        let mut i = if text.is_ascii() { bytes.len() } else { 0 };
        while i < bytes.len() {
            if let Some(w) = bytes[i..].first_chunk::<8>()
                && u64::from_le_bytes(*w) & HIGH == 0
            {
                i += 8;
                continue;
            }
            // A leading byte of a multi-byte character tells its length; its continuation
            // bytes are passed over with it.
            let n = match bytes[i] {
                0xf0.. => 4,
                0xe0.. => 3,
                0xc0.. => 2,
                _ => 1,
            };
            if n > 1 {
                more += n - 1;
                extra.push(((i + n) as u32, more as u32));
            }
            i += n;
        }
        CharOffsets { extra, len: text.len() }
    }

    /// The character offset of byte offset `byte` (which must lie on a char boundary).
    pub fn get(&self, byte: usize) -> usize {
        if self.extra.is_empty() || byte > self.len {
            return byte;
        }
        let k = self.extra.partition_point(|&(end, _)| end as usize <= byte);
        byte - k.checked_sub(1).map_or(0, |k| self.extra[k].1 as usize)
    }
}

/// A sentence.
#[derive(Debug, Serialize)]
pub struct SentenceRecord<'a> {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub text: &'a str,
}

/// A sentence inside an article record: offsets only.
#[derive(Debug, Serialize)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

/// A gazetteer mention.
#[derive(Debug, Serialize)]
pub struct MentionRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// How the text names the entity: name, alias, surname, title or demonym.
    pub form: &'static str,
    /// The gazetteer's finer kind (country, city, party, …), when it has one.
    pub kind: Option<&'a str>,
}

/// The speaker of a quotation.
#[derive(Debug, Serialize)]
pub struct SpeakerRecord<'a> {
    pub name: &'a str,
    pub id: Option<&'a str>,
    pub mention: &'a str,
    pub start: usize,
    pub end: usize,
}

/// A quotation.
#[derive(Debug, Serialize)]
pub struct QuoteRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerRecord<'a>>,
    pub cue: Option<&'a str>,
    pub sentence: usize,
    pub rule: Option<&'static str>,
    pub confidence: f32,
    /// For a quotation inside an indirect statement, that statement's index in the list.
    pub statement: Option<usize>,
}

/// Builds the records of one analysed article.
#[derive(Debug)]
pub struct RecordBuilder<'a> {
    text: &'a str,
    gazetteer: &'a Gazetteer,
    offsets: CharOffsets,
}

impl<'a> RecordBuilder<'a> {
    /// Prepares records for `text`, with names resolved through `gazetteer`.
    pub fn new(text: &'a str, gazetteer: &'a Gazetteer) -> RecordBuilder<'a> {
        RecordBuilder { text, gazetteer, offsets: CharOffsets::new(text) }
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    /// The record of sentence number `index`.
    pub fn sentence(&self, index: usize, s: &Sentence) -> SentenceRecord<'a> {
        SentenceRecord {
            index,
            start: self.offsets.get(s.start),
            end: self.offsets.get(s.end),
            paragraph: s.paragraph,
            text: self.slice(s.start, s.end),
        }
    }

    /// The offsets of a sentence, for article records.
    pub fn sentence_span(&self, s: &Sentence) -> SentenceSpan {
        SentenceSpan { start: self.offsets.get(s.start), end: self.offsets.get(s.end) }
    }

    /// The record of a mention.
    pub fn mention(&self, m: &Mention) -> MentionRecord<'a> {
        let entity = self.gazetteer.entity(m.entity);
        MentionRecord {
            start: self.offsets.get(m.start),
            end: self.offsets.get(m.end),
            text: self.slice(m.start, m.end),
            id: &entity.id,
            name: &entity.name,
            entity_type: entity.kind,
            form: m.form.as_str(),
            kind: entity.attr("kind").filter(|k| !k.is_empty()),
        }
    }

    /// The record of a quotation.
    pub fn quote(&self, q: &'a Quote) -> QuoteRecord<'a> {
        let speaker = q.speaker.as_ref().map(|s| SpeakerRecord {
            name: &s.name,
            id: s.entity.map(|e| self.gazetteer.entity(e).id.as_str()),
            mention: self.slice(s.start, s.end),
            start: self.offsets.get(s.start),
            end: self.offsets.get(s.end),
        });
        QuoteRecord {
            start: self.offsets.get(q.span.start),
            end: self.offsets.get(q.span.end),
            text: self.slice(q.span.content_start, q.span.content_end),
            kind: q.kind,
            speaker,
            cue: q.cue.map(|(s, e)| self.slice(s, e)),
            sentence: q.span.sentence,
            rule: q.rule,
            confidence: q.confidence,
            statement: q.statement,
        }
    }

    /// All sentence records of an analysis.
    pub fn sentences(&self, a: &Analysis) -> Vec<SentenceRecord<'a>> {
        a.sentences.iter().enumerate().map(|(i, s)| self.sentence(i, s)).collect()
    }

    /// All mention records of an analysis.
    pub fn mentions(&self, a: &Analysis) -> Vec<MentionRecord<'a>> {
        a.mentions.iter().map(|m| self.mention(m)).collect()
    }

    /// All quote records of an analysis.
    pub fn quotes(&self, a: &'a Analysis) -> Vec<QuoteRecord<'a>> {
        a.quotes.iter().map(|q| self.quote(q)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn char_offsets_count_scalar_values() {
        let long = format!("{}ü{}“quoted”{}😀 end", "x".repeat(9), "y".repeat(5), "z".repeat(17));
        for text in ["a “b” ü 😀 c", long.as_str(), &long[9..], &long[11..]] {
            let offsets = CharOffsets::new(text);
            for (n, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(offsets.get(b), n);
            }
            assert_eq!(offsets.get(text.len()), text.chars().count());
        }
        assert_eq!(CharOffsets::new("abc").get(3), 3);
    }
}
