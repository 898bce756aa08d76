//! Quotation spans: pairs of quotation marks, found paragraph by paragraph.
//!
//! Handles “…”, "…", ‘…’, '…', «…», »…«, „…“, ‚…‘ and ‹…›. Inside an open quotation only
//! the marks of its own family can close it, so inner quotations belong to the outer one.
//! Straight marks pair by alternation, which tolerates stray spaces (`" Yes , " he said`).
//! A single mark is an apostrophe when it sits inside a word (don’t), elides (’90s, 'em,
//! rock 'n' roll) or ends a plural possessive (officials’ statements) with a closer later.
//! A quotation that does not close ends with its paragraph; when the next paragraph opens
//! with the same family, that part continues it (the newswire multi-paragraph convention).
//! A new statement opened inside an open double quotation (“A. “B) is read the same way:
//! a continuation whose paragraph break was lost.
//! Straight marks inside markup (`<tweet id="1">`) and doubled apostrophes (`''`, an
//! ASCII stand-in for double marks in some wire archives) are not taken as marks.

use crate::sentences::Sentence;

/// A quotation found in the text: byte offsets, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Start of the opening mark.
    pub start: usize,
    /// End of the closing mark (or of the paragraph when the quote does not close).
    pub end: usize,
    /// Start of the content between the marks.
    pub content_start: usize,
    /// End of the content between the marks.
    pub content_end: usize,
    /// Index of the sentence holding the opening mark.
    pub sentence: usize,
    /// Index of the paragraph (non-blank line) holding the quotation.
    pub paragraph: usize,
    /// Whether the closing mark was found.
    pub closed: bool,
    /// Whether this part continues an unclosed quotation of the previous paragraph.
    pub continues: bool,
}

/// Families of marks: only a mark of the open quotation's family closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

/// A mark's family and the side it prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Open,
    Close,
    Either,
}

fn mark(c: char) -> Option<(Family, Side)> {
    Some(match c {
        '“' | '„' => (Family::Double, Side::Open),
        '”' => (Family::Double, Side::Close),
        '"' => (Family::Double, Side::Either),
        '‘' | '‚' => (Family::Single, Side::Open),
        '’' => (Family::Single, Side::Close),
        '\'' => (Family::Single, Side::Either),
        '«' => (Family::Guillemet, Side::Open),
        '»' => (Family::Guillemet, Side::Close),
        '‹' => (Family::SingleGuillemet, Side::Open),
        '›' => (Family::SingleGuillemet, Side::Close),
        _ => return None,
    })
}

/// The bytes that can start a mark or a tag.
const INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'<' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// Words that follow an eliding apostrophe: 'em, 'til, rock 'n' roll.
const ELISIONS: [&str; 9] = ["em", "til", "cause", "n", "tis", "twas", "bout", "nuff", "round"];

/// An open quotation while scanning a paragraph.
#[derive(Debug, Clone, Copy)]
struct Open {
    start: usize,
    content_start: usize,
    family: Family,
    /// The opener was a reversed guillemet (»…«) or a low mark („…“), which close with
    /// what would elsewhere open.
    reversed: bool,
    /// A closer that may also be a possessive apostrophe: used when no other closer comes.
    tentative: Option<usize>,
    /// Whether this part continues a quotation whose paragraph break was lost.
    continues: bool,
    /// How many double quotations are open inside this one (“He said “no” to me”).
    depth: u8,
}

/// Finds the quotations of `text`, in text order.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<QuoteSpan> {
    // Other characters that start with 0xC2 (£, a no-break space) are no marks: only
    // guillemets and markup need the slower scan.
    let bytes = text.as_bytes();
    let plain = memchr::memchr(b'<', bytes).is_none()
        && !memchr::memchr_iter(0xC2, bytes).any(|p| matches!(bytes.get(p + 1), Some(0xAB | 0xBB)));
    let mut out = spans(text, plain);
    for q in &mut out {
        q.sentence = sentences.partition_point(|s| s.end <= q.start);
    }
    out
}

/// The quotations of `text`, paragraph by paragraph; `plain` as for [`scan_paragraph`].
fn spans(text: &str, plain: bool) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut line_start = 0;
    while line_start <= text.len() {
        let line_end =
            memchr::memchr(b'\n', &text.as_bytes()[line_start..]).map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        if !line.trim().is_empty() {
            scan_paragraph(text, line_start, line_end, paragraph, plain, &mut out);
            paragraph += 1;
        }
        line_start = line_end + 1;
    }
    mark_continuations(text, &mut out);
    out
}

/// Sets `continues` on the first quotation of a paragraph that opens at the paragraph start
/// after an unclosed quotation that ran to the end of the previous paragraph.
fn mark_continuations(text: &str, out: &mut [QuoteSpan]) {
    for i in 1..out.len() {
        let (prev, cur) = (out[i - 1], out[i]);
        if prev.closed || cur.paragraph != prev.paragraph + 1 {
            continue;
        }
        let para_start = text[..cur.start].rfind('\n').map_or(0, |p| p + 1);
        if text[para_start..cur.start].trim().is_empty()
            && family_at(text, cur.start) == family_at(text, prev.start)
        {
            out[i].continues = true;
        }
    }
}

fn family_at(text: &str, i: usize) -> Option<Family> {
    text[i..].chars().next().and_then(mark).map(|(f, _)| f)
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// Whether a mark at `i..j` has space (or the line edge, or opening punctuation) on its left.
fn left_open(text: &str, i: usize) -> bool {
    prev_char(text, i).is_none_or(|c| c.is_whitespace() || "([{—–-/:;“‘\"'".contains(c))
}

/// Whether a mark ending at `j` has space, punctuation or the line end on its right.
fn right_open(text: &str, j: usize) -> bool {
    next_char(text, j).is_none_or(|c| !c.is_alphanumeric())
}

/// Whether an opening single mark at `i..j` is an elision ('90s, 'em, rock 'n' roll).
fn elision(text: &str, j: usize) -> bool {
    let rest = &text[j..];
    let word_len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    let word = &rest[..word_len];
    if word.is_empty() {
        return false;
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 2 && (word.len() == 2 || &word[2..] == "s") {
        return true;
    }
    ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// Scans one paragraph `[start, end)`, pushing its quotations; `plain` when the text has
/// neither guillemets nor markup, so that only `"`, `'` and curly marks need a look.
fn scan_paragraph(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    plain: bool,
    out: &mut Vec<QuoteSpan>,
) {
    let bytes = text.as_bytes();
    let mut open: Option<Open> = None;
    let mut i = start;
    let push = |out: &mut Vec<QuoteSpan>, o: &Open, close: usize, close_end: usize, closed: bool| {
        out.push(QuoteSpan {
            start: o.start,
            end: close_end,
            content_start: o.content_start,
            content_end: close,
            sentence: 0,
            paragraph,
            closed,
            continues: o.continues,
        });
    };
    while i < end {
        let next = if plain {
            memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..end])
        } else {
            bytes[i..end].iter().position(|&b| INTERESTING[b as usize])
        };
        match next {
            Some(k) => i += k,
            None => break,
        }
        let b = bytes[i];
        // Fast path: an apostrophe between ASCII letters (don't, Ukraine’s) is no mark.
        let inner = |len: usize| {
            i > start
                && bytes[i - 1].is_ascii_alphanumeric()
                && bytes.get(i + len).is_some_and(|n| n.is_ascii_alphanumeric())
        };
        if b == b'\'' && inner(1) {
            i += 1;
            continue;
        }
        if b == 0xE2 && bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99]) && inner(3) {
            i += 3;
            continue;
        }
        // Markup: skip a tag such as <tweet id="1"> when nothing is open.
        if b == b'<' {
            if open.is_none()
                && bytes.get(i + 1).is_some_and(|&n| n.is_ascii_alphabetic() || n == b'/')
                && let Some(k) = memchr::memchr(b'>', &bytes[i..end])
            {
                i += k + 1;
                continue;
            }
            i += 1;
            continue;
        }
        let Some(c) = next_char(text, i) else { break };
        let j = i + c.len_utf8();
        let Some((family, side)) = mark(c) else {
            i = j;
            continue;
        };
        if c == '\'' && bytes.get(j) == Some(&b'\'') {
            // A doubled apostrophe ('') is not a mark of the families above.
            i = j + 1;
            continue;
        }
        match open {
            None => {
                let opens = match (family, side) {
                    (Family::Single, _) => {
                        left_open(text, i)
                            && next_char(text, j).is_some_and(|n| !n.is_whitespace())
                            && !elision(text, j)
                    }
                    (_, Side::Open) | (Family::Double, Side::Either) => true,
                    // A closing mark used as opener: space before, a word after.
                    (_, Side::Close) => {
                        left_open(text, i) && next_char(text, j).is_some_and(|n| n.is_alphanumeric())
                    }
                    (_, Side::Either) => false,
                };
                if c == '"' && prev_char(text, i) == Some('=') {
                    // An attribute value in markup: skip to its end.
                    i = memchr::memchr(b'"', &bytes[j..end]).map_or(end, |k| j + k + 1);
                    continue;
                }
                if opens {
                    let reversed = c == '„' || c == '‚' || (side == Side::Close && family != Family::Double);
                    open = Some(Open {
                        start: i,
                        content_start: j,
                        family,
                        reversed,
                        tentative: None,
                        continues: false,
                        depth: 0,
                    });
                }
            }
            Some(o) if o.family == Family::Double && matches!(c, '"' | '“') && new_statement(text, i, j) => {
                // “A. “B: the next paragraph of the same quotation, its break lost.
                let prev_end = text[..i].trim_end().len();
                push(out, &o, prev_end, prev_end, false);
                open = Some(Open {
                    start: i,
                    content_start: j,
                    family,
                    reversed: false,
                    tentative: None,
                    continues: true,
                    depth: 0,
                });
            }
            Some(mut o) if o.family == family => {
                let closes = match family {
                    Family::Double => {
                        // An inner quotation opens with “ (or " inside a curly one) after a
                        // space and before a word; its closer does not close the outer one.
                        let curly = bytes[o.start] != b'"';
                        let opens_inner = !o.reversed
                            && left_open(text, i)
                            && next_char(text, j).is_some_and(|n| !n.is_whitespace());
                        let closing = match side {
                            Side::Close | Side::Either => true,
                            // “ closes „…“ and a misused “ with text before and space after.
                            Side::Open => {
                                c == '“' && (o.reversed || (!left_open(text, i) && right_open(text, j)))
                            }
                        };
                        if opens_inner && (c == '“' || (c == '"' && curly)) {
                            o.depth = o.depth.saturating_add(1);
                            open = Some(o);
                            false
                        } else if closing && o.depth > 0 && (c != '"' || curly) {
                            o.depth -= 1;
                            open = Some(o);
                            false
                        } else {
                            closing
                        }
                    }
                    Family::Single if side != Side::Close && left_open(text, i) && o.tentative.is_some() => {
                        // A new opener after a possible possessive: that was the closer.
                        let t = o.tentative.unwrap_or(i);
                        push(out, &o, t, t + next_char(text, t).map_or(1, char::len_utf8), true);
                        open = Some(Open {
                            start: i,
                            content_start: j,
                            family,
                            reversed: c == '‚',
                            tentative: None,
                            continues: false,
                            depth: 0,
                        });
                        i = j;
                        continue;
                    }
                    Family::Single => {
                        let right = right_open(text, j) && !left_open(text, i);
                        let closing_side = side != Side::Open || o.reversed;
                        if right && closing_side && possessive(text, i, j) {
                            o.tentative = Some(i);
                            open = Some(o);
                            false
                        } else {
                            right && closing_side
                        }
                    }
                    Family::Guillemet | Family::SingleGuillemet => (side == Side::Close) != o.reversed,
                };
                if closes {
                    push(out, &o, i, j, true);
                    open = None;
                }
            }
            Some(_) => {}
        }
        i = j;
    }
    let Some(o) = open else { return };
    if o.family == Family::Single {
        if let Some(t) = o.tentative {
            let j = t + next_char(text, t).map_or(1, char::len_utf8);
            push(out, &o, t, j, true);
            return;
        }
        // An unclosed single quote is kept only when it opens the paragraph.
        if !text[start..o.start].trim().is_empty() {
            return;
        }
    }
    let content_end = start + text[start..end].trim_end().len();
    if content_end > o.content_start {
        push(out, &o, content_end, content_end, false);
    }
}

/// Whether a double mark at `i..j` inside an open quotation opens a new statement: it
/// follows the end of a sentence and a space, and a word follows it (“A. “B).
fn new_statement(text: &str, i: usize, j: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\u{a0}']);
    before.len() < i
        && before.ends_with(['.', '?', '!'])
        && next_char(text, j).is_some_and(|c| c.is_alphanumeric() || c == '[')
}

/// Whether a closing single mark at `i..j` may be a plural possessive: `s’` then a space
/// and a lowercase word (officials’ statements).
fn possessive(text: &str, i: usize, j: usize) -> bool {
    matches!(prev_char(text, i), Some('s' | 'S'))
        && text[j..].starts_with(' ')
        && next_char(text, j + 1).is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::{find, spans};
    use crate::test_support::XorShift;

    /// The quoted contents of `text`, with `+` marking an unclosed part and `&` a continuation.
    fn contents(text: &str) -> Vec<String> {
        find(text, &[])
            .iter()
            .map(|q| {
                let mut s = text[q.content_start..q.content_end].to_string();
                if !q.closed {
                    s.push('+');
                }
                if q.continues {
                    s.insert(0, '&');
                }
                s
            })
            .collect()
    }

    #[test]
    fn marks() {
        let rows: &[(&str, &[&str])] = &[
            ("He said “yes,” twice.", &["yes,"]),
            ("He said \"yes\" twice.", &["yes"]),
            ("He said ‘yes’ and ‘no’.", &["yes", "no"]),
            ("He said 'yes' and 'no'.", &["yes", "no"]),
            ("Il a dit « oui ».", &[" oui "]),
            ("Er sagte „ja“ dann.", &["ja"]),
            ("Er sagte ‚ja‘ dann.", &["ja"]),
            ("Er sagte »ja« dann.", &["ja"]),
            ("Il a dit ‹ oui ›.", &[" oui "]),
            // Apostrophes.
            ("Don’t touch Ukraine's army in the '90s, rock 'n' roll.", &[]),
            ("The officials’ statements were ‘clear’ to all.", &["clear"]),
            ("It was ‘the players’ union’ again.", &["the players’ union"]),
            ("They cheered ‘the players’ he said", &["the players"]),
            // Straight quotes with stray spaces.
            ("He said \" This is it . \" and left.", &[" This is it . "]),
            ("\"A ,\" he said , \" B . \"", &["A ,", " B . "]),
            // Nesting.
            ("“He told me ‘never’ and “so” on,” she said.", &["He told me ‘never’ and “so” on,"]),
            ("\"It isn’t about “Equal Justice” now,\" he said.", &["It isn’t about “Equal Justice” now,"]),
            ("“He told me ‘never’ again,” she said.", &["He told me ‘never’ again,"]),
            ("'He said \"no\" today,' she said.", &["He said \"no\" today,"]),
            // Markup attributes are not quotes.
            ("<tweet id=\"12\" author=\"x\">Hi “there”</tweet>", &["there"]),
            // Unclosed: bounded by the paragraph, continued by the next.
            ("“One.\n“Two.\n“Three,” he said.\nAfter “x” end.", &["One.+", "&Two.+", "&Three,", "x"]),
            ("A stray “ mark\nNext “quote” here.", &[" mark+", "quote"]),
            // A lost paragraph break inside a quotation: the new part continues it.
            ("He said: \"We will. \"And then go,\" he said.", &["We will.+", "&And then go,"]),
            ("Stray ’ and ‘ and \" marks\nfine.", &[" marks+"]),
        ];
        for (text, want) in rows {
            assert_eq!(contents(text), *want, "{text}");
        }
    }

    #[test]
    fn mark_soup_never_panics() {
        let pieces = [
            "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "<", ">", "=", "a", " ", "\n", "é",
            "s",
        ];
        let mut rng = XorShift::new();
        for _ in 0..2000 {
            let text = rng.text_soup(&pieces);
            for q in find(&text, &[]) {
                assert!(
                    q.start <= q.content_start && q.content_start <= q.content_end && q.content_end <= q.end
                );
                assert!(q.end <= text.len());
            }
        }
    }

    #[test]
    fn plain_scan_agrees_with_the_full_scan_without_guillemets_or_markup() {
        let pieces = ["“", "”", "\"", "'", "‘", "’", "„", "‹", "›", "£", "\u{a0}", "a", " ", "\n", ".", "s"];
        let mut rng = XorShift::new();
        for _ in 0..3000 {
            let text = rng.text_soup(&pieces);
            assert_eq!(spans(&text, true), spans(&text, false), "{text:?}");
        }
    }
}
