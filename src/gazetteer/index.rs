//! Finding the strings that begin at a word start: a hash lookup by the first one or two
//! words, then byte comparisons, longest string first.
//!
//! This replaces an Aho-Corasick automaton: matches are only tried at word starts, so the
//! automaton's failure transitions were never used, and building them for ~40,000 strings
//! took longer than the whole rest of the gazetteer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hasher for the many short keys built here.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// The most bytes of separator between the first two words of a key ("St. Petersburg").
const MAX_SEP: usize = 3;

/// Bits of the filter in front of the first-word table: a power of two.
const BLOOM_BITS: usize = 1 << 20;

/// Strings by their first word (one-word strings) or first two words (longer ones).
pub(crate) struct Index {
    /// First word → the one-word strings, and whether longer strings begin with it.
    one: HashMap<Box<str>, (Vec<u32>, bool), FxBuild>,
    /// First two words with their separator → the longer strings.
    two: HashMap<Box<str>, Vec<u32>, FxBuild>,
    /// A bit for the hash of every first word, to skip most table look-ups (128 KiB).
    bloom: Vec<u64>,
}

impl Index {
    /// An index for about `n` strings.
    pub(crate) fn with_capacity(n: usize) -> Index {
        Index {
            one: HashMap::with_capacity_and_hasher(n, FxBuild::default()),
            two: HashMap::with_capacity_and_hasher(n / 4, FxBuild::default()),
            bloom: vec![0; BLOOM_BITS / 64],
        }
    }

    /// Adds string `id`.
    pub(crate) fn insert(&mut self, text: &str, id: u32) {
        let (one, two) = keys(text);
        let first = self.one.entry(text[..one].into()).or_default();
        match two {
            Some(end) => {
                first.1 = true;
                self.two.entry(text[..end].into()).or_default().push(id);
            }
            None => first.0.push(id),
        }
        let bit = bloom_bit(&text[..one]);
        self.bloom[bit / 64] |= 1 << (bit % 64);
    }

    /// Sorts every list longest string first; `len` gives a string's length.
    pub(crate) fn finish(&mut self, len: impl Fn(u32) -> usize) {
        let lists = self.one.values_mut().map(|(ids, _)| ids).chain(self.two.values_mut());
        for ids in lists {
            ids.sort_unstable_by_key(|&id| std::cmp::Reverse(len(id)));
        }
    }

    /// Whether nothing was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.one.is_empty()
    }

    /// The strings that may begin `text` (which begins at a word start): those keyed by its
    /// first two words, longest first, then those keyed by its first word.
    pub(crate) fn candidates<'a>(&'a self, text: &str) -> impl Iterator<Item = u32> + 'a {
        let one = word_len(text);
        let bit = bloom_bit(&text[..one]);
        let first =
            if self.bloom[bit / 64] & (1 << (bit % 64)) == 0 { None } else { self.one.get(&text[..one]) };
        let two = match first {
            Some((_, true)) => keys(text).1.and_then(|end| self.two.get(&text[..end])),
            _ => None,
        };
        two.into_iter().chain(first.map(|(ids, _)| ids)).flatten().copied()
    }
}

fn bloom_bit(word: &str) -> usize {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    (h.finish() >> 32) as usize & (BLOOM_BITS - 1)
}

/// The end of the first word of `s`, and of its second word when a short separator
/// follows the first.
pub(crate) fn keys(s: &str) -> (usize, Option<usize>) {
    let one = word_len(s);
    let rest = &s[one..];
    let sep = match rest.bytes().position(|b| b.is_ascii_alphanumeric() || b >= 0x80) {
        Some(n) if rest.as_bytes()[n] < 0x80 => n,
        _ => rest.len() - rest.trim_start_matches(|c: char| !c.is_alphanumeric()).len(),
    };
    if one == 0 || sep == 0 || sep > MAX_SEP || sep == rest.len() {
        return (one, None);
    }
    let two = word_len(&rest[sep..]);
    (one, Some(one + sep + two))
}

/// The length of the letters and digits that begin `s`.
pub(crate) fn word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            i += 1;
        } else if bytes[i] < 0x80 {
            return i;
        } else {
            let rest = &s[i..];
            return i + rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        }
    }
    i
}

/// FxHash (rustc's): fast for short keys; the keys hashed come from the gazetteer and from
/// single words of the text.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[cfg(test)]
mod tests {
    use super::keys;

    #[test]
    fn key_words() {
        let cases: &[(&str, (usize, Option<usize>))] = &[
            ("Paris", (5, None)),
            ("Paris said", (5, Some(10))),
            ("U.S.", (1, Some(3))),
            ("St. Petersburg", (2, Some(14))),
            ("Trump’s", (5, Some(9))),
            ("Russia.\n\n  Next", (6, None)),
            ("Mr.", (2, None)),
            ("", (0, None)),
        ];
        for &(s, want) in cases {
            assert_eq!(keys(s), want, "{s:?}");
        }
    }
}
