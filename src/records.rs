//! Output records: the one place that defines what quotewire writes.
//!
//! Stages work in byte offsets; records carry character offsets (Unicode scalar values, as
//! Python indexes a `str`), end-exclusive, computed once per article by [`CharOffsets`].
//! The README documents every field and `schema/records.schema.json` specifies them.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Analysis;
use crate::attribution::{Act, Quote, QuoteKind, SpeakerType};
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

/// A sentence (`--emit sentences`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceRecord<'a> {
    /// 0-based index of the sentence in its article (CSV and SQL: `sentence`).
    pub index: usize,
    /// Character offset of the sentence's first character (CSV and SQL: `start_char`).
    pub start: usize,
    /// Character offset just past its last character (CSV and SQL: `end_char`).
    pub end: usize,
    /// 0-based index of its paragraph.
    pub paragraph: usize,
    /// The text of the sentence.
    pub text: Cow<'a, str>,
}

/// A sentence inside an article record (`--sentences`): offsets only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSpan {
    /// Character offset of the sentence's first character.
    pub start: usize,
    /// Character offset just past its last character.
    pub end: usize,
}

/// A gazetteer mention (`--emit mentions`, and inside article records).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord<'a> {
    /// Character offset of the mention (CSV and SQL: `start_char`).
    pub start: usize,
    /// Character offset just past it (CSV and SQL: `end_char`).
    pub end: usize,
    /// The text of the mention as it stands in the article.
    pub text: Cow<'a, str>,
    /// The gazetteer id of the entity.
    pub id: Cow<'a, str>,
    /// The entity's canonical name.
    pub name: Cow<'a, str>,
    /// What the entity is: person, organization or place.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// How the text names the entity: name, alias, surname, title or demonym.
    pub form: Cow<'a, str>,
    /// The gazetteer's finer kind (country, city, party, …), when it has one.
    pub kind: Option<Cow<'a, str>>,
    /// Which rule chose the entity among those sharing the name: ranked, earlier or country.
    pub rule: Cow<'a, str>,
}

/// The speaker of a quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerRecord<'a> {
    /// The full name, titles apart; null for an unresolved pronoun.
    pub name: Option<Cow<'a, str>>,
    /// A title, party or role given with the name.
    pub title: Option<Cow<'a, str>>,
    /// `person`, `organization` or `role`.
    #[serde(rename = "type")]
    pub kind: SpeakerType,
    /// The gazetteer id; `None` for a speaker the gazetteer does not know.
    pub id: Option<Cow<'a, str>>,
    /// The local mention the rule used: a name, a title and surname, a pronoun, a role.
    pub mention: Cow<'a, str>,
    /// Character offset of that mention (CSV and SQL: `speaker_start_char`).
    pub start: usize,
    /// Character offset just past it (CSV and SQL: `speaker_end_char`).
    pub end: usize,
}

/// A quotation (`--emit quotes`, and inside article records).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord<'a> {
    /// Character offset of the opening mark (CSV and SQL: `start_char`).
    pub start: usize,
    /// Character offset just past the closing mark, or past the content of a quotation left
    /// open at a paragraph end (CSV and SQL: `end_char`).
    pub end: usize,
    /// The content between the marks.
    pub text: Cow<'a, str>,
    /// Direct, partial or scare.
    pub kind: QuoteKind,
    /// Who said it; `None` for scare quotes and unattributed quotations.
    pub speaker: Option<SpeakerRecord<'a>>,
    /// The speech verb or phrase the rule used (`said`, `according to`, `:` …).
    pub cue: Option<Cow<'a, str>>,
    /// Index of the sentence holding the opening mark.
    pub sentence: usize,
    /// The attribution rule that fired.
    pub rule: Option<Cow<'a, str>>,
    /// How much the rule is to be trusted, in [0, 1], rounded to [`CONFIDENCE_DIGITS`]
    /// decimals.
    #[serde(deserialize_with = "number_f64")]
    pub confidence: f64,
    /// For a quotation inside an indirect statement, that statement's index in the list.
    #[serde(default)]
    pub statement: Option<usize>,
    /// What the cue reports: speech, belief, intent, evidence or refusal; `None` without
    /// a speaker.
    #[serde(default)]
    pub act: Option<Act>,
}

/// An article record (`--emit articles`, the default), as read back from quotewire's JSON
/// Lines; the `--keep` and `--provenance` fields are in `extra`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord<'a> {
    /// The input's id, its line number, its text hash or the text file's path.
    pub id: Value,
    /// The quotations, in text order.
    pub quotes: Vec<QuoteRecord<'a>>,
    /// The gazetteer mentions, in text order.
    pub mentions: Vec<MentionRecord<'a>>,
    /// The sentence spans, with `--sentences` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceSpan>>,
    /// Any other field of the record: kept input fields, `file` and `line`.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A flat record (`--emit quotes`, `mentions` or `sentences`) as read back from JSON
/// Lines: the article id, the record, and the kept and provenance fields in `extra`.
///
/// ```
/// use quotewire::records::{FlatRecord, QuoteRecord};
///
/// let line = r#"{"article":"a1","url":"u","start":0,"end":6,"text":"Hi","kind":"scare","speaker":null,"cue":null,"sentence":0,"rule":null,"confidence":0.0}"#;
/// let r: FlatRecord<QuoteRecord> = serde_json::from_str(line).unwrap();
/// assert_eq!(r.article, "a1");
/// assert_eq!(r.record.text, "Hi");
/// assert_eq!(r.extra["url"], "u");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlatRecord<T> {
    /// The id of the article the record belongs to.
    pub article: Value,
    /// The record's own fields.
    #[serde(flatten)]
    pub record: T,
    /// Any other field: kept input fields, `file` and `line`.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// Reads a float through [`serde_json::Number`]: with serde_json's `arbitrary_precision`
/// (which the reader uses to keep ids exact), a float inside a flattened record arrives as
/// a number object that `f64`'s own `Deserialize` refuses.
fn number_f64<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    n.as_f64().ok_or_else(|| serde::de::Error::custom(format!("{n} is not a finite number")))
}

/// How many decimals a confidence is written with.
pub const CONFIDENCE_DIGITS: i32 = 3;

/// Rounds a rule's confidence to [`CONFIDENCE_DIGITS`] decimals, so that records say
/// `0.81`, not the float noise of `0.80999994`.
pub fn round_confidence(c: f32) -> f64 {
    let scale = 10f64.powi(CONFIDENCE_DIGITS);
    (f64::from(c) * scale).round() / scale
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
            text: Cow::Borrowed(self.slice(s.start, s.end)),
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
            text: Cow::Borrowed(self.slice(m.start, m.end)),
            id: Cow::Borrowed(&entity.id),
            name: Cow::Borrowed(&entity.name),
            entity_type: entity.kind,
            form: Cow::Borrowed(m.form.as_str()),
            kind: entity.attr("kind").filter(|k| !k.is_empty()).map(Cow::Borrowed),
            rule: Cow::Borrowed(m.rule.as_str()),
        }
    }

    /// The record of a quotation.
    pub fn quote(&self, q: &'a Quote) -> QuoteRecord<'a> {
        let speaker = q.speaker.as_ref().map(|s| SpeakerRecord {
            name: s.name.as_deref().map(Cow::Borrowed),
            title: s.title.as_deref().map(Cow::Borrowed),
            kind: s.kind,
            id: s.entity.map(|e| Cow::Borrowed(self.gazetteer.entity(e).id.as_str())),
            mention: Cow::Borrowed(self.slice(s.start, s.end)),
            start: self.offsets.get(s.start),
            end: self.offsets.get(s.end),
        });
        QuoteRecord {
            start: self.offsets.get(q.span.start),
            end: self.offsets.get(q.span.end),
            text: Cow::Borrowed(self.slice(q.span.content_start, q.span.content_end)),
            kind: q.kind,
            speaker,
            cue: q.cue.map(|(s, e)| Cow::Borrowed(self.slice(s, e))),
            sentence: q.span.sentence,
            rule: q.rule.map(Cow::Borrowed),
            confidence: round_confidence(q.confidence),
            statement: q.statement,
            act: q.act,
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
