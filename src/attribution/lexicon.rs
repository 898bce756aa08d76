//! The word lists attribution relies on, parsed once from embedded data files.

use std::collections::HashMap;

use crate::ascii::WordHashing;

/// Words of up to this many bytes are kept inline in a [`WordMap`].
const SHORT: usize = 16;

/// A word of up to [`SHORT`] bytes, lowercased (ASCII) and zero-padded, as two
/// little-endian words, with its length: built by a few loads and a SWAR lowercasing,
/// compared by three integer tests, hashed by one multiply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShortKey {
    lo: u64,
    hi: u64,
    len: u8,
}

impl ShortKey {
    /// The length of an empty slot of a [`ShortTable`] (words have 0 to [`SHORT`] bytes).
    const EMPTY: u8 = u8::MAX;

    /// A 64-bit hash of the key whose high bits depend on every byte (multiplies carry
    /// low bits up): a table takes its index from them.
    #[inline(always)]
    fn hash(&self) -> u64 {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        (self.lo.wrapping_mul(K) ^ self.hi ^ self.len as u64).wrapping_mul(K)
    }
}

/// An open-addressing table of [`ShortKey`]s (linear probing, at most half full): a
/// look-up is a hash, an index and, most often, one or two key comparisons, with no
/// generic hashing or probing machinery around them.
#[derive(Debug)]
struct ShortTable<V> {
    /// The keys by slot; an empty slot has the length [`ShortKey::EMPTY`].
    keys: Vec<ShortKey>,
    /// The values by slot (the default in an empty one).
    values: Vec<V>,
    /// How many slots are taken.
    count: usize,
    /// 64 minus the log2 of the number of slots: the index is the hash shifted by it.
    shift: u32,
}

impl<V> Default for ShortTable<V> {
    fn default() -> ShortTable<V> {
        ShortTable { keys: Vec::new(), values: Vec::new(), count: 0, shift: 64 }
    }
}

impl<V> ShortTable<V> {
    /// The slot of `key`, or of the empty slot where it would go; None in an empty table.
    #[inline(always)]
    fn slot(&self, key: &ShortKey) -> Option<usize> {
        if self.keys.is_empty() {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize & mask;
        loop {
            let k = &self.keys[i];
            if k == key || k.len == ShortKey::EMPTY {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `key`.
    #[inline(always)]
    fn get(&self, key: &ShortKey) -> Option<&V> {
        let i = self.slot(key)?;
        (self.keys[i].len != ShortKey::EMPTY).then(|| &self.values[i])
    }

    /// Every value.
    fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.keys.iter().zip(&mut self.values).filter(|(k, _)| k.len != ShortKey::EMPTY).map(|(_, v)| v)
    }
}

impl<V: Default> ShortTable<V> {
    /// Room for `n` keys in all without growing: at least twice as many slots.
    fn reserve(&mut self, n: usize) {
        let want = (2 * n).next_power_of_two().max(16);
        if want <= self.keys.len() {
            return;
        }
        let keys =
            std::mem::replace(&mut self.keys, vec![ShortKey { lo: 0, hi: 0, len: ShortKey::EMPTY }; want]);
        let values = std::mem::replace(&mut self.values, (0..want).map(|_| V::default()).collect());
        self.shift = 64 - want.trailing_zeros();
        for (k, v) in keys.into_iter().zip(values).filter(|(k, _)| k.len != ShortKey::EMPTY) {
            if let Some(i) = self.slot(&k) {
                self.keys[i] = k;
                self.values[i] = v;
            }
        }
    }

    /// The value of `key`, inserted as the default when absent.
    fn entry(&mut self, key: ShortKey) -> &mut V {
        self.reserve(self.count + 1);
        // The table has slots now, and an empty one: the probe ends.
        let i = self.slot(&key).unwrap_or_default();
        if self.keys[i].len == ShortKey::EMPTY {
            self.keys[i] = key;
            self.count += 1;
        }
        &mut self.values[i]
    }
}

/// The little-endian word of `b` (at most eight bytes), zero-padded: two overlapping
/// loads, not a loop.
#[inline(always)]
fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    let le4 = |s: &[u8]| s.first_chunk::<4>().map_or(0, |c| u32::from_le_bytes(*c)) as u64;
    match n {
        0 => 0,
        1..=3 => {
            // First, middle and last byte: for 1 to 3 bytes they cover the word.
            (b[0] as u64) | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
        }
        4..=7 => le4(b) | le4(&b[n - 4..]) << (8 * (n - 4)),
        _ => b.first_chunk::<8>().map_or(0, |c| u64::from_le_bytes(*c)),
    }
}

/// Eight bytes with every ASCII capital lowercased, other bytes as they are.
#[inline(always)]
fn lower_word(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    let low = x & !HIGH;
    // Per byte, the high bit of `b + (0x80 - c)` says b >= c (no carries: b < 0x80).
    let ge = |v: u64, c: u8| v.wrapping_add(splat(0x80 - c)) & HIGH;
    let upper = ge(low, b'A') & !ge(low, b'Z' + 1) & !x;
    x | upper >> 2
}

/// `word` as a [`ShortKey`]; None when it is longer than [`SHORT`] bytes.
#[inline(always)]
fn short_key(word: &str) -> Option<ShortKey> {
    let b = word.as_bytes();
    let n = b.len();
    // Lowercased arm by arm: most words fit in `lo`, and their `hi` (zero) needs no work.
    let (lo, hi) = match n {
        0..=8 => (lower_word(load_le(b)), 0),
        9..=15 => (lower_word(load_le(&b[..8])), lower_word(load_le(&b[n - 8..]) >> (8 * (16 - n)))),
        SHORT => (lower_word(load_le(&b[..8])), lower_word(load_le(&b[8..]))),
        _ => return None,
    };
    Some(ShortKey { lo, hi, len: n as u8 })
}

/// A map keyed by words, case-insensitively (ASCII). Words of up to [`SHORT`] bytes (all
/// but a few) are kept inline as a [`ShortKey`]: a look-up compares keys without
/// following a pointer to a boxed key. Longer words are boxed.
#[derive(Debug, Default)]
struct WordMap<V> {
    short: ShortTable<V>,
    long: HashMap<Box<[u8]>, V, WordHashing>,
}

/// Whether `rest`, an apostrophe and what follows it, ends a contraction: one or two
/// lowercase ASCII letters after the mark (he'd, she’ll, we've; not I'Anson).
fn contraction_tail(rest: &str) -> bool {
    let tail = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’')).unwrap_or(rest);
    (1..=2).contains(&tail.len()) && tail.bytes().all(|b| b.is_ascii_lowercase())
}

/// The byte offset of the first apostrophe (' or ’) in `word`, as `word.find(['\'', '’'])`
/// gives it, by a plain byte scan (’ is E2 80 99 in UTF-8).
fn apostrophe(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    (0..b.len()).find(|&i| b[i] == b'\'' || (b[i] == 0xE2 && b.get(i + 1..i + 3) == Some(&[0x80, 0x99])))
}

impl<V: Default> WordMap<V> {
    /// The value of `word`, inserted as the default when absent.
    fn entry(&mut self, word: &str) -> &mut V {
        match short_key(word) {
            Some(key) => self.short.entry(key),
            None => self.long.entry(word.to_ascii_lowercase().into_bytes().into()).or_default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`; none for words longer than [`MAX_WORD`] bytes.
    fn get(&self, word: &str) -> Option<&V> {
        match short_key(word) {
            Some(key) => self.short.get(&key),
            None => {
                let mut buf = [0; MAX_WORD];
                self.long.get(lower(word, &mut buf)?)
            }
        }
    }

    /// Every value.
    fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.short.values_mut().chain(self.long.values_mut())
    }
}

const CUES: &str = include_str!("../../gazetteers/cues.txt");
const WORDS: &str = include_str!("../../gazetteers/speaker-words.txt");
const TITLES: &str = include_str!("../../gazetteers/titles.txt");
const MALE: &str = include_str!("../../gazetteers/given-names-male.txt");
const FEMALE: &str = include_str!("../../gazetteers/given-names-female.txt");
const FRAGMENT: &str = include_str!("../../gazetteers/cues-fragment.txt");
const SPEECH_NOUNS: &str = include_str!("../../gazetteers/cues-nouns.txt");

/// How a cue relates to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A speech verb: the speaker is its subject, or follows it after a quotation.
    Verb,
    /// A participle (saying, adding): the speaker is the subject of its clause.
    Participle,
    /// The speaker follows the cue: according to X.
    Prep,
    /// The speaker sits between `As` and the cue: As X put it.
    As,
    /// A verb form that is also a noun (notes, claims): a cue only right after its subject.
    Noun,
    /// A verb taking an object (called, described, told): the phrase after it is never
    /// the speaker.
    Object,
}

/// A word's classes, as bit flags.
pub mod class {
    /// A subject pronoun.
    pub const PRONOUN: u32 = 1;
    /// A noun heading a role phrase.
    pub const ROLE: u32 = 2;
    /// A title before a name.
    pub const TITLE: u32 = 4;
    /// An abbreviation whose period stays with it.
    pub const ABBREV: u32 = 8;
    /// Never part of a name.
    pub const STOP: u32 = 16;
    /// Allowed between speaker and cue.
    pub const ADVERB: u32 = 32;
    /// Opens a role phrase.
    pub const DET: u32 = 64;
    /// A sentence opener before an introductory comma.
    pub const OPENER: u32 = 128;
    /// A lowercase particle inside a name.
    pub const PARTICLE: u32 = 256;
    /// A male given name.
    pub const MALE: u32 = 512;
    /// A female given name.
    pub const FEMALE: u32 = 1024;
    /// A preposition or time word that may follow a cue (said on Monday).
    pub const PREP: u32 = 2048;
    /// A word after which a quotation is a name or title (a show called “…”).
    pub const NAMING: u32 = 4096;
    /// A noun after which a capitalised quotation is a title (the show “Cake Boss”).
    pub const WORK: u32 = 8192;
    /// A party or group word that opens a name as its title (Tory Dominic Grieve).
    pub const PARTY: u32 = 16384;
    /// A word after a name that is its title (Paul Boateng MP).
    pub const POSTNOMINAL: u32 = 32768;
    /// A last word of an organisation's name (Porter Architects, the Home Office).
    pub const ORG: u32 = 65536;
    /// An evaluation or speech verb that quotes a fragment (thanked X for “…”).
    pub const FRAGMENT: u32 = 1 << 17;
    /// A noun of speech after a possessive (her remark that “…”).
    pub const SPEECH_NOUN: u32 = 1 << 18;
    /// A word of a time phrase after a cue (said on Monday night, said last week).
    pub const TIME: u32 = 1 << 19;
    /// A title that names a post on its own, one line of the title list (Chancellor,
    /// Pope, Taoiseach), not a word of a longer title (the House of House Speaker).
    pub const POST: u32 = 1 << 20;
    /// A medium something is said in (in a report, in a letter to staff, on its website).
    pub const MEDIUM: u32 = 1 << 21;
    /// An event or plan noun whose `see` tells what it brings (the deal sees …).
    pub const EVENT: u32 = 1 << 22;
    /// A work that tells a story, the subject of a narrating verb (the film recounts …).
    pub const NARRATIVE: u32 = 1 << 23;
    /// An adjective of relation after a source (sources close to the talks).
    pub const RELATION: u32 = 1 << 24;
    /// A document or speech noun that a person's possessive owns (Mr Kok's report said).
    pub const DOCUMENT: u32 = 1 << 25;
    /// A singular person or body noun heading a subject before its verb (the firm works).
    pub const HEAD: u32 = 1 << 26;
    /// A noun of quantity whose `of` phrase is the real subject (a lot of the athletes).
    pub const QUANTITY: u32 = 1 << 27;
    /// A lowercase noun after an outlet's name that is no part of it (Vedomosti newspaper).
    pub const OUTLET: u32 = 1 << 28;
    /// A kind of business that opens a firm's name as its title (Retailer Woolworths).
    pub const BUSINESS: u32 = 1 << 29;
    /// A word that ends a newspaper's name (the Financial Times, The Sunday Telegraph).
    pub const MASTHEAD: u32 = 1 << 30;
    /// A participle of making after a document, before its author's `by` (a report
    /// published by Ofcom).
    pub const AUTHORSHIP: u32 = 1 << 31;
}

/// The cue phrases starting with one word: the remaining words and the kind.
type CueTails = Vec<(Vec<Box<str>>, CueKind)>;

/// Cue phrases and word classes, keyed by lowercase word.
#[derive(Debug, Default)]
pub struct Lexicon {
    cues: WordMap<CueTails>,
    classes: WordMap<u32>,
    /// The (length, first letter) pairs of cue first words, to turn most words away early.
    cue_shapes: Vec<u32>,
}

/// The bit of a word's (length, lowercase first letter) shape.
fn shape(word: &[u8]) -> Option<(usize, u32)> {
    let first = word.first()?.to_ascii_lowercase().wrapping_sub(b'a');
    (first < 26 && word.len() < 32).then(|| (word.len(), 1u32 << first))
}

/// The longest word the lexicon knows; longer words are in no class.
const MAX_WORD: usize = 40;

/// Lowercases (ASCII) `word` into `buf`; None when it is too long to be in a list.
fn lower<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    if word.len() > MAX_WORD {
        return None;
    }
    let b = &mut buf[..word.len()];
    b.copy_from_slice(word.as_bytes());
    b.make_ascii_lowercase();
    Some(b)
}

impl Lexicon {
    /// The lexicon from the embedded data files.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        // Room for every line up front: no rehashing while the ~10,000 words go in.
        let lines =
            [WORDS, TITLES, MALE, FEMALE, FRAGMENT, SPEECH_NOUNS].iter().map(|d| d.lines().count()).sum();
        lex.classes.short.reserve(lines);
        for line in data_lines(CUES) {
            let (phrase, kind) = line.split_once('\t').unwrap_or((line, ""));
            let mut words = phrase.split_whitespace().map(|w| Box::<str>::from(w.to_ascii_lowercase()));
            let Some(first) = words.next() else { continue };
            let kind = match kind.trim() {
                "prep" => CueKind::Prep,
                "as" => CueKind::As,
                "noun" => CueKind::Noun,
                "object" => CueKind::Object,
                // quoted as saying: a phrase marked `verb` is one, whatever its ending.
                "verb" => CueKind::Verb,
                // Unmarked: a verb, or a participle when it ends in -ing.
                _ if phrase.ends_with("ing") => CueKind::Participle,
                _ => CueKind::Verb,
            };
            if let Some((len, bit)) = shape(first.as_bytes()) {
                lex.cue_shapes.resize(lex.cue_shapes.len().max(len + 1), 0);
                lex.cue_shapes[len] |= bit;
            }
            lex.cues.entry(&first).push((words.collect(), kind));
        }
        for tails in lex.cues.values_mut() {
            tails.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        let mut section = 0;
        for line in data_lines(WORDS) {
            if let Some(name) = line.strip_prefix('[') {
                section = match name.trim_end_matches(']') {
                    "pronoun" => class::PRONOUN,
                    "role" => class::ROLE,
                    "title" => class::TITLE,
                    "abbrev" => class::ABBREV,
                    "stop" => class::STOP,
                    "adverb" => class::ADVERB,
                    "det" => class::DET,
                    "opener" => class::OPENER,
                    "particle" => class::PARTICLE,
                    "prep" => class::PREP,
                    "naming" => class::NAMING,
                    "work" => class::WORK,
                    "party" => class::PARTY,
                    "postnominal" => class::POSTNOMINAL,
                    "org" => class::ORG,
                    "time" => class::TIME,
                    "medium" => class::MEDIUM,
                    "event" => class::EVENT,
                    "narrative" => class::NARRATIVE,
                    "relation" => class::RELATION,
                    "document" => class::DOCUMENT,
                    "head" => class::HEAD,
                    "quantity" => class::QUANTITY,
                    "outlet" => class::OUTLET,
                    "business" => class::BUSINESS,
                    "masthead" => class::MASTHEAD,
                    "authorship" => class::AUTHORSHIP,
                    _ => 0,
                };
                continue;
            }
            lex.add(line, section);
        }
        // Every word of a title from the shared title list; the period of `Sen.` is
        // kept by the tokenizer.
        for line in data_lines(TITLES) {
            for w in line.split_whitespace() {
                lex.add(w.trim_end_matches('.'), class::TITLE);
            }
            if !line.contains(' ') && !line.ends_with('.') {
                lex.add(line, class::POST);
            }
        }
        for (list, c) in [
            (MALE, class::MALE),
            (FEMALE, class::FEMALE),
            (FRAGMENT, class::FRAGMENT),
            (SPEECH_NOUNS, class::SPEECH_NOUN),
        ] {
            for line in data_lines(list) {
                lex.add(line, c);
            }
        }
        lex
    }

    fn add(&mut self, word: &str, c: u32) {
        *self.classes.entry(word) |= c;
    }

    /// The classes of `word` (case-insensitive; a trailing period is ignored).
    /// A contraction (he’d, she's) has the classes of its first part.
    pub fn classes(&self, word: &str) -> u32 {
        let word = word.strip_suffix('.').unwrap_or(word);
        let found = self.classes.get(word).copied();
        match found {
            Some(c) => c,
            // A plural of a role noun is a role noun (lobbyists, spokespeople aside).
            None if word.len() > 3
                && word.ends_with('s')
                && word.as_bytes()[0].is_ascii_lowercase()
                && apostrophe(word).is_none() =>
            {
                let singular = &word[..word.len() - 1];
                self.classes.get(singular).copied().unwrap_or(0) & class::ROLE
            }
            None => match apostrophe(word) {
                // …but a name with an apostrophe (I'Anson, O'Neill) is none: the tail of a
                // contraction is one or two lowercase letters (d, s, ll, ve, re, m).
                Some(i) if i > 0 && contraction_tail(&word[i..]) => {
                    let head = &word[..i];
                    self.classes.get(head).copied().unwrap_or(0) & class::PRONOUN
                }
                _ => 0,
            },
        }
    }

    /// Whether `word` is in all the classes of `c`.
    pub fn is(&self, word: &str, c: u32) -> bool {
        self.classes(word) & c == c
    }

    /// The cue starting with `words[0]`, longest phrase first: its length in words and kind.
    pub fn cue<'w>(&self, mut words: impl Iterator<Item = &'w str>) -> Option<(usize, CueKind)> {
        let first = words.next()?;
        // Most words are turned away by their shape, before they are lowercased.
        let (len, bit) = shape(first.as_bytes())?;
        if self.cue_shapes.get(len).is_none_or(|&bits| bits & bit == 0) {
            return None;
        }
        let tails = self.cues.get(first)?;
        // The next words, when a phrase of several words may start here.
        let mut next = [""; 4];
        let mut n = 0;
        if tails.iter().any(|(r, _)| !r.is_empty()) {
            for (slot, w) in next.iter_mut().zip(words) {
                *slot = w;
                n += 1;
            }
        }
        let rest = &next[..n];
        tails.iter().find_map(|(tail, kind)| {
            let ok =
                tail.len() <= rest.len() && tail.iter().zip(rest).all(|(t, w)| t.eq_ignore_ascii_case(w));
            ok.then_some((tail.len() + 1, *kind))
        })
    }
}

/// The non-empty, non-comment lines of a data file, trimmed.
fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_are_found_where_str_find_finds_them() {
        for w in
            ["he'd", "she’s", "it", "’tis", "O'Neill’s", "“quote”", "a\u{2019}", "\u{e2}\u{80}", "—’", ""]
        {
            assert_eq!(apostrophe(w), w.find(['\'', '’']), "{w:?}");
        }
    }

    #[test]
    fn word_maps_ignore_ascii_case_at_every_length() {
        let mut map = WordMap::<u32>::default();
        let words: Vec<String> =
            (1..=MAX_WORD + 2).map(|n| "aB".repeat(n).chars().take(n).collect()).collect();
        for (i, w) in words.iter().enumerate() {
            *map.entry(w) |= i as u32 + 1;
        }
        for (i, w) in words.iter().enumerate() {
            let want = (w.len() <= MAX_WORD).then_some(i as u32 + 1);
            assert_eq!(map.get(&w.to_ascii_uppercase()).copied(), want, "{w}");
            assert_eq!(map.get(&w.to_ascii_lowercase()).copied(), want, "{w}");
            assert_eq!(map.get(&format!("{w}x")).copied(), None, "{w}x");
        }
        assert_eq!(map.get(""), None);
    }

    #[test]
    fn builtin_words_have_their_classes() {
        let lex = Lexicon::builtin();
        assert!(lex.is("He", class::PRONOUN));
        assert!(lex.is("spokesman", class::ROLE));
        assert!(lex.is("officials", class::ROLE));
        assert!(lex.is("Commander-in-Chief", class::TITLE));
        assert!(lex.is("she’d", class::PRONOUN));
        assert!(lex.is("we've", class::PRONOUN));
        assert!(!lex.is("I'Anson", class::PRONOUN));
        assert_eq!(lex.cue(["said"].into_iter()).map(|(n, _)| n), Some(1));
        assert_eq!(lex.cue(["Xyzzy"].into_iter()), None);
    }

    #[test]
    fn open_class_sections_load() {
        let lex = Lexicon::builtin();
        for (word, c) in [
            ("report", class::MEDIUM),
            ("e-mail", class::MEDIUM),
            ("festival", class::EVENT),
            ("proposals", class::EVENT),
            ("films", class::NARRATIVE),
            ("trilogy", class::NARRATIVE),
            ("familiar", class::RELATION),
            ("privy", class::RELATION),
            ("memoirs", class::DOCUMENT),
            ("autobiography", class::DOCUMENT),
            ("government", class::HEAD),
            ("coach", class::HEAD),
            ("majority", class::QUANTITY),
        ] {
            assert!(lex.is(word, c), "{word}");
        }
        // A section's class is its own: a work ([work]) need not tell a story, nor a
        // medium be an event.
        assert!(!lex.is("podcast", class::NARRATIVE));
        assert!(!lex.is("letter", class::EVENT));
    }
}
