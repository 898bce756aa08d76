//! Speaker attribution (placeholder: finds quotations, attributes none; the rule-based
//! attributor replaces it).

use serde::Serialize;

use crate::gazetteer::{EntityId, Gazetteer, Mention};
use crate::quotes;
use crate::sentences::Sentence;

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted statement.
    Direct,
    /// A fragment inside reported speech.
    Partial,
    /// Marks with no speaker: scare quotes, titles, nicknames.
    Scare,
}

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The resolved full name.
    pub name: String,
    /// The gazetteer entity, when the speaker is known to it.
    pub entity: Option<EntityId>,
    /// Byte offsets of the local mention the rule used (a name, a pronoun, a role phrase).
    pub start: usize,
    pub end: usize,
}

/// A quotation with its kind and speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub span: quotes::QuoteSpan,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// Byte offsets of the speech cue.
    pub cue: Option<(usize, usize)>,
    /// The attribution rule that fired.
    pub rule: Option<&'static str>,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// Attributes quotations to speakers.
#[derive(Debug, Default)]
pub struct Attributor {}

impl Attributor {
    /// The attributor with the embedded cue lexicon.
    pub fn builtin() -> Attributor {
        Attributor {}
    }

    /// Finds the quotations of an article and their speakers.
    pub fn attribute(
        &self,
        text: &str,
        sentences: &[Sentence],
        _mentions: &[Mention],
        _gazetteer: &Gazetteer,
    ) -> Vec<Quote> {
        quotes::find(text, sentences)
            .into_iter()
            .map(|span| Quote {
                span,
                kind: QuoteKind::Scare,
                speaker: None,
                cue: None,
                rule: None,
                confidence: 0.0,
            })
            .collect()
    }
}
