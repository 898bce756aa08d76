//! Sentence segmentation (placeholder: one sentence per line; the news-aware segmenter
//! replaces it).

/// One sentence: byte offsets into the article text, end-exclusive, trimmed of surrounding
/// whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Splits article text into sentences.
#[derive(Debug, Default)]
pub struct Segmenter {}

impl Segmenter {
    /// Splits `text` into sentences.
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        self.split_into(text, &mut out);
        out
    }

    /// Clears `out` and fills it with the sentences of `text`.
    pub fn split_into(&self, text: &str, out: &mut Vec<Sentence>) {
        out.clear();
        let mut pos = 0;
        for (paragraph, line) in text.split('\n').enumerate() {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let start = pos + (line.len() - line.trim_start().len());
                out.push(Sentence { start, end: start + trimmed.len(), paragraph });
            }
            pos += line.len() + 1;
        }
    }
}

/// Abbreviation data (placeholder).
#[derive(Debug, Default)]
pub struct Abbreviations {}

/// An abbreviation file that cannot be loaded.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AbbreviationError(String);

impl Abbreviations {
    /// The embedded default list.
    pub fn builtin() -> Abbreviations {
        Abbreviations {}
    }
    /// Loads a file.
    pub fn from_path(path: &std::path::Path) -> Result<Abbreviations, AbbreviationError> {
        std::fs::read_to_string(path).map_err(|e| AbbreviationError(format!("{}: {e}", path.display())))?;
        Ok(Abbreviations {})
    }
    /// Adds another list.
    pub fn extend(&mut self, _other: Abbreviations) {}
}

impl Segmenter {
    /// A segmenter with these abbreviations.
    pub fn new(_abbreviations: Abbreviations) -> Segmenter {
        Segmenter {}
    }
}
