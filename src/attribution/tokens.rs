//! A light tokenizer for attribution: words, punctuation, paragraph breaks, and each
//! quotation as one opaque token (names inside quotations never speak).

use super::lexicon::{Lexicon, class};
use crate::ascii::alnum_end;
use crate::quotes::QuoteSpan;
use crate::sentences::Sentence;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner `.'’-` (U.S., don't, Jean-Claude) and the period of
    /// an abbreviation or initial.
    Word,
    /// One punctuation character.
    Punct,
    /// A whole quotation; `quote` is its index.
    Quote,
    /// A paragraph break.
    Para,
}

/// A token: byte offsets into the text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Start offset.
    pub start: u32,
    /// End offset, exclusive.
    pub end: u32,
    /// What the token is.
    pub kind: Kind,
    /// Whether a word starts with an uppercase letter.
    pub cap: bool,
    /// Whether the token starts a sentence.
    pub sent_start: bool,
    /// For a quotation token, its index.
    pub quote: u32,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// Whether the token is the punctuation character `c`. An ASCII `c` is its first byte:
    /// a punctuation token is one whole character of `text`, so no slice is cut for it.
    #[inline]
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct
            && match u8::try_from(c) {
                Ok(b) if b.is_ascii() => self.first_byte(text) == Some(b),
                _ => self.text(text).starts_with(c),
            }
    }

    /// Whether the token ends a sentence: `.`, `!`, `?`.
    pub fn ends_sentence(&self, text: &str) -> bool {
        self.kind == Kind::Punct && matches!(self.first_byte(text), Some(b'.' | b'!' | b'?'))
    }

    /// The first byte of the token's text (none for an empty token or one outside
    /// `text`), read without cutting a slice.
    #[inline]
    fn first_byte(&self, text: &str) -> Option<u8> {
        if self.start < self.end { text.as_bytes().get(self.start as usize).copied() } else { None }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Character classes: whitespace, letter or digit, uppercase letter.
const SPACE: u8 = 1;
const WORD: u8 = 2;
const UPPER: u8 = 4;

/// The classes of each ASCII character.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_uppercase() {
            WORD | UPPER
        } else if c.is_ascii_alphanumeric() {
            WORD
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether each byte is an ASCII letter or digit.
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether each byte after a run of ASCII letters and digits sends the word to
/// `word_end`: a joiner (`.'-`) or a byte of a non-ASCII character.
const JOINER_OR_HIGH: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b >= 0x80 || matches!(b as u8, b'.' | b'\'' | b'-');
        b += 1;
    }
    t
};

/// The classes of `c`: by table for ASCII, by the Unicode tables otherwise.
fn char_class(c: char) -> u8 {
    match ASCII_CLASS.get(c as usize) {
        Some(&class) => class,
        None => {
            (if c.is_whitespace() { SPACE } else { 0 })
                | (if is_word_char(c) { WORD } else { 0 })
                | (if c.is_uppercase() { UPPER } else { 0 })
        }
    }
}

/// The character at byte `i`, if `i` is a boundary inside `text`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The end of the word whose rest starts at `j`, before `limit`, and whether it has an
/// inner period: letters and digits, joined by `.'’‘-` when a letter or digit follows.
/// Out of line: the hot loop of [`tokenize_range`] only reads runs of ASCII letters.
#[inline(never)]
fn word_end(text: &str, mut j: usize, limit: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut has_dot = false;
    while j < limit {
        j = alnum_end(bytes, j, limit);
        if j >= limit {
            break;
        }
        let b = bytes[j];
        let (d, k) = if b < 0x80 {
            if !matches!(b, b'.' | b'\'' | b'-') {
                break;
            }
            (b as char, j + 1)
        } else {
            let Some(d) = char_at(text, j) else { break };
            if is_word_char(d) {
                j += d.len_utf8();
                continue;
            }
            if !matches!(d, '’' | '‘') {
                break;
            }
            (d, j + d.len_utf8())
        };
        let next_is_word = k < limit
            && match bytes[k] {
                x if x < 0x80 => ASCII_CLASS[x as usize] & WORD != 0,
                _ => char_at(text, k).is_some_and(is_word_char),
            };
        if !next_is_word {
            break;
        }
        has_dot |= d == '.';
        j = k;
    }
    (j.min(limit), has_dot)
}

/// Tokenizes `text`, with each of `quotes` (in text order) as a single token.
///
/// With `everything`, every paragraph is read (reported statements may be anywhere).
/// Without, only the paragraphs that hold a quotation, the [`CONTEXT`] paragraphs before
/// each and the one after (a dash attribution) are read, so that text far from any
/// quotation costs nothing; skipped stretches leave a paragraph break.
pub fn tokenize(
    text: &str,
    quotes: &[QuoteSpan],
    sentences: &[Sentence],
    lex: &Lexicon,
    everything: bool,
) -> Vec<Token> {
    if everything {
        // Every paragraph is wanted: the walk below would read one range, from the start of
        // the first paragraph that is not blank to the end of the last one. Found from the
        // first and last characters that are not whitespace, without a look at every line.
        let first = text.len() - text.trim_start().len();
        let last = text.trim_end().len();
        let mut out = Vec::with_capacity(last.saturating_sub(first) / 5 + 8);
        if first < last {
            let bytes = text.as_bytes();
            let start = memchr::memrchr(b'\n', &bytes[..first]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &bytes[last..]).map_or(text.len(), |i| last + i);
            tokenize_range(text, quotes, sentences, lex, start, end, &mut out);
        }
        drop_party_tags(text, &mut out);
        return out;
    }
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        if !text[start..end].trim().is_empty() {
            paragraphs.push((start, end));
        }
        start = end + 1;
    }
    let mut wanted = vec![everything; paragraphs.len()];
    for q in quotes {
        for p in q.paragraph.saturating_sub(CONTEXT)..=q.paragraph + 1 {
            if let Some(w) = wanted.get_mut(p) {
                *w = true;
            }
        }
    }
    let wanted_bytes: usize =
        paragraphs.iter().zip(&wanted).filter(|(_, w)| **w).map(|((a, b), _)| b - a).sum();
    let mut out: Vec<Token> = Vec::with_capacity(wanted_bytes / 5 + 8);
    let mut p = 0;
    while p < paragraphs.len() {
        if !wanted[p] {
            p += 1;
            continue;
        }
        let first = p;
        while p < paragraphs.len() && wanted[p] {
            p += 1;
        }
        if out.last().is_some_and(|t| t.kind != Kind::Para) {
            let at = paragraphs[first].0.saturating_sub(1) as u32;
            out.push(Token {
                start: at,
                end: at + 1,
                kind: Kind::Para,
                cap: false,
                sent_start: false,
                quote: 0,
            });
        }
        tokenize_range(text, quotes, sentences, lex, paragraphs[first].0, paragraphs[p - 1].1, &mut out);
    }
    drop_party_tags(text, &mut out);
    out
}

/// Whether `word` is a US party-and-state (or home town) tag: `D-Wash.`, `R-Ohio`,
/// `I-Vt.`, `D-N.Y.`, `D-Hollister`.
fn party_tag(word: &[u8]) -> bool {
    matches!(word, [b'D' | b'R' | b'I', b'-', b'A'..=b'Z', rest @ ..]
        if rest.iter().all(|b| b.is_ascii_alphabetic() || *b == b'.'))
}

/// Rule T1: the party-and-state tag of US news, set off by commas after a name (`Sen. Ann
/// Kerr, D-Ore., said`; `said Rep. Joe Hall, R-Ohio.`), is taken out of the token stream,
/// so that every reader sees the name right before the cue (`Sen. Ann Kerr said`). A tag
/// of two words (`D-San Francisco`) goes too. Offsets are untouched: a content or name
/// that spans the tag still holds its text. A relative clause or appositive after the tag
/// keeps its comma. The tag is known by its form alone (a capital
/// D, R or I, a hyphen, a capitalised word), so a rare name of that form set off by commas
/// after another name goes too.
fn drop_party_tags(text: &str, toks: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let word = |t: &Token| bytes.get(t.start as usize..t.end as usize).unwrap_or_default();
    let comma = |t: Option<&Token>| t.is_some_and(|t| t.kind == Kind::Punct && word(t) == b",");
    let mut drop = Vec::new();
    // Candidates by a scan of the text for hyphens after `, D` (SIMD; hyphens are rare), not
    // by a look at every token.
    let candidates = memchr::memchr_iter(b'-', bytes)
        .filter(|&p| p >= 3 && matches!(&bytes[p - 3..p], b", D" | b", R" | b", I"))
        .filter_map(|p| toks.binary_search_by_key(&(p as u32 - 1), |t| t.start).ok());
    for k in candidates {
        let t = &toks[k];
        if k == 0 || t.kind != Kind::Word || !t.cap || !party_tag(word(t)) {
            continue;
        }
        // A name (a capitalised word) and a comma before it.
        if !comma(toks.get(k - 1)) || k < 2 || !(toks[k - 2].kind == Kind::Word && toks[k - 2].cap) {
            continue;
        }
        // One more capitalised word of a two-word town, then a comma or the sentence's end.
        let mut end = k + 1;
        if toks.get(end).is_some_and(|t| t.kind == Kind::Word && t.cap && !t.sent_start) {
            end += 1;
        }
        let closes = match toks.get(end) {
            // The comma after the tag goes too, unless a relative clause or an appositive
            // follows, which keeps its comma (`Sen. Ann Kerr, D-Ore., who chairs the panel,
            // said` reads `Sen. Ann Kerr, who chairs the panel, said`).
            Some(n) if comma(Some(n)) => {
                let opens = toks.get(end + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && matches!(word(t), b"who" | b"whose" | b"which" | b"a" | b"an" | b"the")
                });
                if !opens {
                    end += 1;
                }
                true
            }
            // The tag's own period may be the sentence's: keep such a tag.
            Some(n) => n.ends_sentence(text) && !word(&toks[end - 1]).ends_with(b"."),
            None => false,
        };
        if closes {
            drop.push((k - 1, end));
        }
    }
    if drop.is_empty() {
        return;
    }
    let mut keep = vec![true; toks.len()];
    for (a, b) in drop {
        keep[a..b].iter_mut().for_each(|k| *k = false);
    }
    let mut i = 0;
    toks.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// How many paragraphs before a quotation's own are tokenized, for pronouns and context.
pub const CONTEXT: usize = 2;

/// Appends the tokens of `text[start..end]` (`start` at a paragraph or word start).
pub fn tokenize_range(
    text: &str,
    quotes: &[QuoteSpan],
    sentences: &[Sentence],
    lex: &Lexicon,
    start: usize,
    end: usize,
    out: &mut Vec<Token>,
) {
    let bytes = &text.as_bytes()[..end.min(text.len())];
    let mut next_quote = quotes.partition_point(|q| q.start < start);
    let mut sentence_at = SentenceStarts::new(sentences, start);
    let mut i = start;
    let mut sent_start = true;
    let mut quote_start = quotes.get(next_quote).map_or(usize::MAX, |q| q.start);
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            i += 1;
            continue;
        }
        if i >= quote_start {
            let q = &quotes[next_quote];
            let starts = sent_start || sentence_at.starts(i);
            out.push(Token {
                start: i as u32,
                end: q.end as u32,
                kind: Kind::Quote,
                cap: false,
                sent_start: starts,
                quote: next_quote as u32,
            });
            // A quotation that ends a sentence inside its marks ends it.
            let inner = text.get(q.content_start..q.content_end).unwrap_or("").trim_end();
            sent_start = inner.ends_with(['.', '!', '?']) && q.closed;
            i = q.end.max(i + 1);
            next_quote += 1;
            quote_start = quotes.get(next_quote).map_or(usize::MAX, |q| q.start);
            continue;
        }
        if b == b'\n' {
            if out.last().is_some_and(|t| t.kind != Kind::Para) {
                out.push(Token {
                    start: i as u32,
                    end: i as u32 + 1,
                    kind: Kind::Para,
                    cap: false,
                    sent_start: false,
                    quote: 0,
                });
            }
            sent_start = true;
            i += 1;
            continue;
        }
        let c = if b < 0x80 { b as char } else { char_at(text, i).unwrap_or(' ') };
        let class = char_class(c);
        if class & SPACE != 0 {
            i += c.len_utf8();
            continue;
        }
        let starts = sent_start || sentence_at.starts(i);
        if class & WORD == 0 {
            // Rule T4: a number's thousands stay in it (a survey of 1,300 bosses): the
            // comma right after a word's digits, read here, out of the words' loop.
            if b == b','
                && let Some(last) = out.last_mut().filter(|t| t.kind == Kind::Word && t.end as usize == i)
            {
                let e = thousands_end(bytes, i, quote_start.min(bytes.len()));
                if e > i {
                    last.end = e as u32;
                    i = e;
                    continue;
                }
            }
            let end = i + c.len_utf8();
            out.push(Token {
                start: i as u32,
                end: end as u32,
                kind: Kind::Punct,
                cap: false,
                sent_start: starts,
                quote: 0,
            });
            sent_start = matches!(c, '.' | '!' | '?');
            i = end;
            continue;
        }
        let limit = quote_start.min(bytes.len());
        let (mut first_len, mut upper, mut starts) = (c.len_utf8(), class & UPPER != 0, starts);
        loop {
            // Most words are short runs of ASCII letters and digits: read byte by byte; a
            // joiner or a non-ASCII byte after them goes to `word_end`.
            let mut j = i + first_len;
            while j < limit && WORD_BYTE[bytes[j] as usize] {
                j += 1;
            }
            // Only a word with a joiner may be a particle name (`al-Ansari`), or stop at a
            // period (a period is a joiner: a word without one stops elsewhere).
            let (mut j, has_dot, joined) = if j < limit && JOINER_OR_HIGH[bytes[j] as usize] {
                let (j, has_dot) = word_end(text, j, limit);
                (j, has_dot, true)
            } else {
                (j, false, false)
            };
            // The period of an abbreviation, an initial, a dotted acronym or before a
            // comma (R-Ky., said) stays with the word.
            if joined && j < limit && bytes[j] == b'.' {
                let word = &text[i..j];
                let initial = word.len() == first_len && upper;
                let comma = matches!(bytes.get(j + 1), Some(b',' | b';' | b')'));
                if initial
                    || has_dot
                    || comma
                    || (word.len() <= 5 && lex.is(word, class::ABBREV))
                    || sentence_at.goes_on_after(bytes, j)
                {
                    j += 1;
                }
            }
            out.push(Token {
                start: i as u32,
                end: j as u32,
                kind: Kind::Word,
                cap: upper || (joined && particle_name(lex, &bytes[i..j])),
                sent_start: starts,
                quote: 0,
            });
            sent_start = false;
            if bytes.get(j) != Some(&b' ') {
                i = j;
                break;
            }
            // The usual single space, then most often another ASCII word before the next
            // quotation: that goes on here, past the checks above.
            i = j + 1;
            match bytes.get(i).map(|&b| ASCII_CLASS.get(b as usize).copied().unwrap_or(0)) {
                Some(class) if class & WORD != 0 && i < quote_start => {
                    (first_len, upper, starts) = (1, class & UPPER != 0, sentence_at.starts(i));
                }
                _ => break,
            }
        }
    }
}

/// Rule T4: the end of a number whose digits stop at the comma at `j`, past its groups
/// of three digits (1,300; 2,250,000): `j` itself when no digit precedes the comma or no
/// group of exactly three digits follows it.
fn thousands_end(bytes: &[u8], mut j: usize, limit: usize) -> usize {
    if j == 0 || !bytes[j - 1].is_ascii_digit() {
        return j;
    }
    while j + 3 < limit
        && bytes[j] == b','
        && bytes[j + 1..j + 4].iter().all(u8::is_ascii_digit)
        && !bytes.get(j + 4).is_some_and(|b| b.is_ascii_alphanumeric())
    {
        j += 4;
    }
    j
}

/// Rule T3: a name joined to its lower-case particle by a hyphen (`al-Ansari`, `el-Sisi`,
/// `bin-Talal`) is a capitalised word, as the name is: the `[particle]` words of
/// `speaker-words.txt` before the hyphen, a capital after it.
fn particle_name(lex: &Lexicon, word: &[u8]) -> bool {
    // Two or three lower-case letters and a hyphen: most words fail on their third byte.
    let hyphen = match word {
        [_, _, b'-', c, ..] if c.is_ascii_uppercase() => 2,
        [_, _, _, b'-', c, ..] if c.is_ascii_uppercase() => 3,
        _ => return false,
    };
    word[0].is_ascii_lowercase()
        && std::str::from_utf8(&word[..hyphen]).is_ok_and(|p| lex.is(p, class::PARTICLE))
}

/// A cursor over the starts of segmenter sentences, asked about increasing offsets.
struct SentenceStarts<'s> {
    sentences: &'s [Sentence],
    /// The first sentence that starts at or after the last offset asked about.
    next: usize,
    /// Its start (`usize::MAX` past the last sentence).
    next_start: usize,
}

impl<'s> SentenceStarts<'s> {
    /// A cursor at the first sentence starting at or after `from`.
    fn new(sentences: &'s [Sentence], from: usize) -> SentenceStarts<'s> {
        let next = sentences.partition_point(|s| s.start < from);
        SentenceStarts { sentences, next, next_start: sentences.get(next).map_or(usize::MAX, |s| s.start) }
    }

    /// Whether the sentence splitter let the sentence go on over the period at `dot`, which
    /// a space follows: an abbreviation it knows (`in Ont. over five years`, `Wash. and
    /// Ore.`), whose period then stays with its word as for the abbreviations of
    /// `speaker-words.txt`. Without sentences (none given), no.
    fn goes_on_after(&self, bytes: &[u8], dot: usize) -> bool {
        if self.sentences.is_empty() || bytes.get(dot + 1) != Some(&b' ') {
            return false;
        }
        let Some(next) = bytes[dot + 1..].iter().position(|b| !b.is_ascii_whitespace()) else { return false };
        let next = dot + 1 + next;
        // A sentence holds the period and goes on to the next word.
        let at = self.sentences.partition_point(|s| s.start <= dot);
        at > 0 && self.sentences[at - 1].end > next && !bytes[dot + 1..next].contains(&b'\n')
    }

    /// Whether a sentence starts at `pos`; `pos` never decreases from call to call.
    fn starts(&mut self, pos: usize) -> bool {
        if self.next_start > pos {
            return false;
        }
        while self.sentences.get(self.next).is_some_and(|s| s.start < pos) {
            self.next += 1;
        }
        self.next_start = self.sentences.get(self.next).map_or(usize::MAX, |s| s.start);
        self.next_start == pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` as (text, kind, sentence start), quotations found as usual.
    fn tokens(text: &str) -> Vec<(&str, Kind, bool)> {
        let sentences = crate::sentences::Segmenter::default().split(text);
        let quotes = crate::quotes::find(text, &sentences);
        let mut out = Vec::new();
        tokenize_range(text, &quotes, &sentences, &Lexicon::builtin(), 0, text.len(), &mut out);
        out.iter().map(|t| (t.text(text), t.kind, t.sent_start)).collect()
    }

    /// Rule T1: the words left of each party tag, as (input, tokens joined by spaces).
    #[test]
    fn party_tags_are_dropped() {
        let rows = [
            ("Sen. Ann Kerr, D-Ore., said it.", "Sen. Ann Kerr said it ."),
            ("said Rep. Joe Hall, R-Ohio.", "said Rep. Joe Hall ."),
            ("Ms Ross, D-San Mateo, said so.", "Ms Ross said so ."),
            ("Sen. Kerr, I-Vt., and others", "Sen. Kerr and others"),
            // A relative clause or an appositive after the tag keeps its comma.
            ("Sen. Ann Kerr, D-Ore., who chairs it, said so.", "Sen. Ann Kerr , who chairs it , said so ."),
            ("Rep. Joe Hall, R-Ohio, a lawyer, said so.", "Rep. Joe Hall , a lawyer , said so ."),
            // Not after a name, or not a tag: kept.
            ("he said, D-Day, was", "he said , D-Day , was"),
            ("Mr Hall, D-N.Y.", "Mr Hall , D-N.Y."),
        ];
        for (text, want) in rows {
            let sentences = crate::sentences::Segmenter::default().split(text);
            let toks = tokenize(text, &[], &sentences, &Lexicon::builtin(), true);
            let got: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
            assert_eq!(got.join(" "), want, "{text}");
        }
    }

    /// Rule T2: a period the sentence splitter reads as an abbreviation's stays with its
    /// word, so that no sentence starts after it; one that ends a sentence does not.
    #[test]
    fn periods_inside_sentences_stay_with_their_words() {
        let rows = [
            ("He said talks with Que. officials went on.", "Que.", false),
            ("It runs in Wash. and Ore. now.", "Wash.", false),
            ("It runs in Wash. and Ore. now.", "Ore.", false),
            ("He cited Roe v. Wade on Monday.", "v.", false),
            // Sentence ends: the period is a token of its own, and a sentence starts next.
            ("He lives in Ore. The rest left.", "Ore", true),
            ("She was ill. He was not.", "ill", true),
        ];
        for (text, word, ends) in rows {
            let toks = tokens(text);
            let k = toks.iter().position(|t| t.0 == word).unwrap_or_else(|| panic!("{word} in {toks:?}"));
            let split = toks.get(k + 1).is_some_and(|t| t.0 == ".") && toks.get(k + 2).is_some_and(|t| t.2);
            assert_eq!(split, ends, "{text}: {toks:?}");
        }
    }

    /// Rule T3: a name after its particle and a hyphen is capitalised; other hyphenated
    /// lower-case words are not.
    #[test]
    fn particle_names_are_capitalised() {
        let rows = [
            ("Majed al-Ansari said so.", "al-Ansari", true),
            ("Abdel Fattah el-Sisi said so.", "el-Sisi", true),
            ("The co-Chair said so.", "co-Chair", false),
            ("They met al-fresco.", "al-fresco", false),
            ("He said al-Ansari.", "said", false),
        ];
        let lex = Lexicon::builtin();
        for (text, word, cap) in rows {
            let sentences = crate::sentences::Segmenter::default().split(text);
            let toks = tokenize(text, &[], &sentences, &lex, true);
            let t = toks.iter().find(|t| t.text(text) == word).unwrap_or_else(|| panic!("{word} in {text}"));
            assert_eq!(t.cap, cap, "{text}");
        }
    }

    #[test]
    fn words_punctuation_quotations_and_breaks() {
        use Kind::{Para, Punct, Quote, Word};
        let text = "Sen. J. Smith (R-Ky.) said:  “Yes.” It’s U.S. policy, he\u{a0}said.\n\nDon't go";
        assert_eq!(
            tokens(text),
            [
                ("Sen.", Word, true),
                ("J.", Word, false),
                ("Smith", Word, false),
                ("(", Punct, false),
                ("R-Ky.", Word, false),
                (")", Punct, false),
                ("said", Word, false),
                (":", Punct, false),
                ("“Yes.”", Quote, false),
                ("It’s", Word, true),
                ("U.S.", Word, false),
                ("policy", Word, false),
                (",", Punct, false),
                ("he", Word, false),
                ("said", Word, false),
                (".", Punct, false),
                ("\n", Para, false),
                ("Don't", Word, true),
                ("go", Word, false),
            ]
        );
    }
}
