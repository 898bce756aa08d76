//! Quotation spans (placeholder: balanced curly or straight double quotes within a
//! paragraph; the full quote finder replaces it).

use crate::sentences::Sentence;

/// A quotation found in the text: byte offsets, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Start of the opening mark.
    pub start: usize,
    /// End of the closing mark (or of the content when the quote does not close).
    pub end: usize,
    /// Start of the content between the marks.
    pub content_start: usize,
    /// End of the content between the marks.
    pub content_end: usize,
    /// Index of the sentence holding the opening mark.
    pub sentence: usize,
}

/// Finds the quotations of `text`.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('\n', _) => open = None,
            ('“', _) | ('"', None) => open = Some(i),
            ('”', Some(s)) | ('"', Some(s)) => {
                let sentence = sentences.partition_point(|x| x.end <= s);
                out.push(QuoteSpan {
                    start: s,
                    end: i + c.len_utf8(),
                    content_start: s + text[s..].chars().next().map_or(1, char::len_utf8),
                    content_end: i,
                    sentence,
                });
                open = None;
            }
            _ => {}
        }
    }
    out
}
