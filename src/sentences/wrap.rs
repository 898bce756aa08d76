//! Hard-wrapped text: line breaks that only fold a paragraph to a width.
//!
//! Every line break starts a paragraph for the later stages, which is right for news text
//! as it is usually stored (one paragraph per line), but text folded at a fixed width
//! (`fold -s -w 72`, e-mail, plain-text archives) then falls apart into half sentences, and
//! quotations and their speakers with it. [`unwrap`] finds such text and the breaks inside
//! its paragraphs, and gives back the text with those breaks turned into spaces: the same
//! length, so every offset still points into the original.
//!
//! Text is taken as wrapped when it has at least [`MIN_LINES`] lines, the widest between
//! [`MIN_WIDTH`] and [`MAX_WIDTH`] characters, and at least half of its line breaks are *full*: the next
//! line's first word would not have fitted on the line (the line, a space and that word are
//! wider than the widest line), in bytes (as `fold` counts) or in characters (as most
//! wrappers count). In wrapped text a full break is soft, and so is every single break
//! when blank lines separate the paragraphs; a break before an indented line, a bullet,
//! or a blank line stays a paragraph break. Where most lines end in a space and are full
//! counting the space a word needs after it (as `fold -s` leaves them), exactly those
//! breaks are folds; otherwise a paragraph whose last line happens to be full cannot be
//! told from a fold, and runs on into the next one.

/// The fewest non-blank lines a text needs to be taken as wrapped.
pub const MIN_LINES: usize = 4;

/// The widest line (in characters) of text taken as wrapped; text stored one paragraph per
/// line has longer ones.
pub const MAX_WIDTH: usize = 160;

/// The narrowest width (in characters of its widest line) of text taken as wrapped: short
/// lines of similar length are a list or a table, not folded prose.
pub const MIN_WIDTH: usize = 30;

/// One line of the text: its byte range without the line break (and a `\r` before it).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// The lines of `text` (split at `\n`), or `None` as soon as one is too wide for wrapped
/// text (the usual case, decided on the first long line).
fn lines(text: &str) -> Option<Vec<Line>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        if end - start > MAX_WIDTH && text[start..end].chars().count() > MAX_WIDTH {
            return None;
        }
        let body_end = if end > start && bytes[end - 1] == b'\r' { end - 1 } else { end };
        out.push(Line { start, end: body_end });
        if end == bytes.len() {
            return Some(out);
        }
        start = end + 1;
    }
}

/// A line's text without trailing whitespace.
fn body(text: &str, line: Line) -> &str {
    text[line.start..line.end].trim_end()
}

/// The first word of a line (up to its first whitespace).
fn first_word(s: &str) -> &str {
    s.split(char::is_whitespace).next().unwrap_or("")
}

/// Whether a line opens a paragraph by its looks: indented, or a list bullet.
fn opens_paragraph(s: &str) -> bool {
    s.starts_with(char::is_whitespace) || s.starts_with(['-', '*', '•', '–', '—'])
}

/// Whether the break after `line` is full: `next`'s first word would not have fitted, in
/// bytes against `width_bytes` or in characters against `width_chars`.
fn is_full(line: &str, next: &str, width_bytes: usize, width_chars: usize) -> bool {
    let word = first_word(next);
    line.len() + 1 + word.len() > width_bytes || line.chars().count() + 1 + word.chars().count() > width_chars
}

/// The byte offsets of the soft line breaks of `text` (see the module documentation); empty
/// when the text is not wrapped.
pub fn soft_breaks(text: &str) -> Vec<usize> {
    let Some(lines) = lines(text) else { return Vec::new() };
    let bodies: Vec<&str> = lines.iter().map(|&l| body(text, l)).collect();
    if bodies.iter().filter(|b| !b.trim_start().is_empty()).count() < MIN_LINES {
        return Vec::new();
    }
    let width_bytes = bodies.iter().map(|b| b.len()).max().unwrap_or(0);
    let width_chars = bodies.iter().map(|b| b.chars().count()).max().unwrap_or(0);
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&width_chars) {
        return Vec::new();
    }
    // Breaks between two non-blank lines: (index of the first line, full?).
    let mut breaks = Vec::new();
    let mut blank_gaps = 0;
    for i in 0..lines.len() - 1 {
        let (cur, next) = (bodies[i], bodies[i + 1]);
        if cur.trim_start().is_empty() {
            continue;
        }
        if next.trim_start().is_empty() {
            blank_gaps += 1;
            continue;
        }
        breaks.push((i, is_full(cur, next, width_bytes, width_chars)));
    }
    // `fold -s` leaves the space it broke at on the line, and a word fits only with the
    // space after it: where most lines end in a space, those (and only those) are folds,
    // provided most of them are full by that measure too.
    let spaced = |i: usize| text[lines[i].start..lines[i].end].ends_with(' ');
    let spaced_breaks = breaks.iter().filter(|&&(i, _)| spaced(i)).count();
    let fold_s = spaced_breaks * 2 > breaks.len() && {
        let full_s = breaks
            .iter()
            .filter(|&&(i, _)| {
                spaced(i) && is_full(bodies[i], bodies[i + 1], width_bytes - 1, width_chars - 1)
            })
            .count();
        full_s * 2 > spaced_breaks
    };
    let full = if fold_s { spaced_breaks } else { breaks.iter().filter(|(_, f)| *f).count() };
    if full < MIN_LINES - 1 || full * 2 < breaks.len() {
        return Vec::new();
    }
    let blank_separated = blank_gaps >= 2;
    breaks
        .into_iter()
        .filter(|&(i, f)| {
            let soft = if fold_s { spaced(i) } else { f || blank_separated };
            soft && !opens_paragraph(bodies[i + 1])
        })
        .map(|(i, _)| lines[i + 1].start - 1)
        .collect()
}

/// The text with its soft line breaks (and a `\r` before one) turned into spaces, when it
/// is wrapped; `None` when it is not (the text is then analysed as it is). The result has
/// the same length as `text`, so offsets into it are offsets into `text`.
pub fn unwrap(text: &str) -> Option<String> {
    let soft = soft_breaks(text);
    if soft.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for at in soft {
        bytes[at] = b' ';
        if at > 0 && bytes[at - 1] == b'\r' {
            bytes[at - 1] = b' ';
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
/// Folds `text` as `fold -s -w width` does: at the last space that fits (counting bytes).
pub(crate) fn fold(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut rest = line;
        while rest.len() > width {
            let cut = rest[..width].rfind(' ').map_or(width, |i| i + 1);
            let cut = (cut..=rest.len()).find(|&c| rest.is_char_boundary(c)).unwrap_or(rest.len());
            out.push_str(&rest[..cut]);
            out.push('\n');
            rest = &rest[cut..];
        }
        out.push_str(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const PARAGRAPHS: &str = "The minister said on Tuesday that the talks had gone well and that a deal could be signed within weeks, though others were less sure. Her deputy, who had led the delegation in the first round, declined to comment.\n\
        “We are close,” she said.\n\
        Short one.\n\
        Officials from both sides are expected to meet again next week in Geneva to settle the remaining questions of the agreement.";

    #[test]
    fn folded_text_is_unwrapped_at_the_folds_only() {
        for width in [40, 60, 72, 80] {
            let folded = fold(PARAGRAPHS, width);
            let unwrapped = unwrap(&folded).unwrap_or_else(|| panic!("width {width}: not seen as wrapped"));
            assert_eq!(unwrapped.len(), folded.len());
            let paragraphs: Vec<String> =
                unwrapped.split('\n').map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
            assert_eq!(paragraphs, PARAGRAPHS.split('\n').collect::<Vec<_>>(), "width {width}");
        }
    }

    #[test]
    fn a_paragraph_ending_on_a_full_line_runs_on() {
        let text = "aaaaa bbbbb ccccc ddddd eeeee zzzzz\nfffff ggggg hhhhh iiiii jjjjj zzzzz\nkkkkk lllll mmmmm nnnnn ooooo pp.\nNext paragraph.\nEnd.";
        let joined = "aaaaa bbbbb ccccc ddddd eeeee zzzzz fffff ggggg hhhhh iiiii jjjjj zzzzz kkkkk lllll mmmmm nnnnn ooooo pp.";
        assert_eq!(unwrap(text), Some(format!("{joined} Next paragraph.\nEnd.")));
    }

    #[test]
    fn text_that_is_not_wrapped_is_left_alone() {
        let rows = [
            PARAGRAPHS,
            // Too few lines, short lines of a list, a headline and a long paragraph.
            "One.\nTwo.\nThree.",
            "Goals:\nSmith 12\nJones 45\nBrown 78\nGreen 90",
            "Headline here\nA first paragraph that runs on for a long while, far longer than any wrapped line would be, with more and more words to say what happened and when and why it matters to the readers.\nAnother one.\nAnd more.",
        ];
        for text in rows {
            assert_eq!(unwrap(text), None, "{text:?}");
        }
    }

    #[test]
    fn blank_lines_and_indents_keep_their_paragraphs() {
        let text = fold(&PARAGRAPHS.replace('\n', "\n\n"), 60);
        let unwrapped = unwrap(&text).unwrap();
        assert_eq!(unwrapped.split("\n\n").count(), 4);
        assert!(!unwrapped.split("\n\n").any(|p| p.contains('\n')));
        let indented = fold(PARAGRAPHS, 60).replace("\nShort one.", "\n  Short one.");
        let unwrapped = unwrap(&indented).unwrap();
        assert!(unwrapped.contains("\n  Short one."));
        let crlf = fold(PARAGRAPHS, 60).replace('\n', "\r\n");
        let unwrapped = unwrap(&crlf).unwrap();
        assert_eq!(unwrapped.matches("\r\n").count(), 3);
    }
}
