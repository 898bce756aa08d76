//! Finding the strings that begin at a word start: a hash lookup by the first one or two
//! words, then byte comparisons, longest string first.
//!
//! This replaces an Aho-Corasick automaton: matches are only tried at word starts, so the
//! automaton's failure transitions were never used, and building them for ~40,000 strings
//! took longer than the whole rest of the gazetteer.

use std::hash::Hasher;

use crate::ascii::WordHasher;

/// The most bytes of separator between the first two words of a key ("St. Petersburg").
const MAX_SEP: usize = 3;

/// Bits of the filter in front of the first-word table (128 KiB): a power of two.
const FIRST_FILTER_BITS: usize = 1 << 20;

/// Bits of the filter in front of the two-word table (32 KiB): frequent first words ("The",
/// "It", "New") begin longer strings, so most of their two-word keys are looked up in vain.
const TWO_FILTER_BITS: usize = 1 << 18;

/// Bits of the filter of first-word prefixes ([`prefix`]; 32 KiB): a power of two.
const PREFIX_FILTER_BITS: usize = 1 << 18;

/// Strings by their first word (one-word strings) or first two words (longer ones).
///
/// Keys are kept only as 64-bit hashes in two flat open-addressing tables whose slots point
/// into one array of string ids: a look-up touches one slot and one run of ids, with no key
/// string to follow and compare. Two keys with the same hash share a list, which is
/// harmless: every candidate is compared with the text byte by byte, and lists stay sorted
/// longest first.
pub(crate) struct Index {
    /// First word → the one-word strings; [`LONGER`] in a slot's end marks a first word
    /// that begins longer strings.
    one: Table,
    /// First two words with their separator → the longer strings.
    two: Table,
    /// The lists of candidates the tables point into.
    cands: Vec<Cand>,
    /// The hashes of every first word, to skip most look-ups in `one`.
    firsts: Filter<1>,
    /// The hashes of every key of `two`, to skip most look-ups in it.
    twos: Filter<2>,
    /// The [`prefix`] of every string: a word start whose prefix is not in it begins no
    /// string, and is ruled out without finding where its word ends.
    prefixes: Filter<1>,
    /// While building: (key hash, first-word key?, the string's candidate) of every
    /// string, and the hashes of first words that begin longer strings.
    staged: Vec<(u64, bool, Cand)>,
    staged_longer: Vec<u64>,
}

/// In the end of a slot of `Index::one`: longer strings begin with this first word.
const LONGER: u32 = 1 << 31;

/// A string that may begin where its key was found: its id, its length, and its first
/// eight bytes, which rule out most candidates without reading the string itself (another
/// cache miss).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cand {
    /// The string's first eight bytes, zero past its end ([`first_eight`]).
    pub(crate) head: u64,
    /// The string's id.
    pub(crate) id: u32,
    /// The string's length in bytes.
    pub(crate) len: u32,
}

impl Cand {
    /// Whether the string may begin a text whose first eight bytes ([`first_eight`]) are
    /// `eight`: its first eight bytes, or all of it when shorter, are the text's. A string
    /// of more than eight bytes is still to be compared past them.
    #[inline]
    pub(crate) fn may_begin(&self, eight: u64) -> bool {
        let mask = if self.len >= 8 { u64::MAX } else { (1u64 << (8 * self.len)) - 1 };
        eight & mask == self.head
    }
}

/// The first eight bytes of `bytes` (zero past its end) as a little-endian number.
#[inline]
pub(crate) fn first_eight(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => bytes.iter().rev().fold(0, |x, &b| x << 8 | u64::from(b)),
    }
}

/// An open-addressing table from key hash to a range of `Index::ids`; hash 0 marks an empty
/// slot.
#[derive(Default)]
struct Table {
    slots: Vec<(u64, u32, u32)>,
}

impl Table {
    /// A table for `n` keys, at most half full.
    fn with_keys(n: usize) -> Table {
        Table { slots: vec![(0, 0, 0); (2 * n).next_power_of_two().max(2)] }
    }

    /// The slot holding `hash`, or the empty one where it would go.
    fn slot(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        // The multiply spreads the hash's high bits over the low bits that pick the slot.
        let mut i = (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask;
        while self.slots[i].0 != hash && self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    fn get(&self, hash: u64) -> Option<(usize, (u32, u32))> {
        let i = self.slot(hash);
        let (h, start, end) = self.slots[i];
        (h != 0).then_some((i, (start, end)))
    }
}

impl Index {
    /// An index for about `n` strings.
    pub(crate) fn with_capacity(n: usize) -> Index {
        Index {
            one: Table::default(),
            two: Table::default(),
            cands: Vec::new(),
            firsts: Filter::new(FIRST_FILTER_BITS),
            twos: Filter::new(TWO_FILTER_BITS),
            prefixes: Filter::new(PREFIX_FILTER_BITS),
            staged: Vec::with_capacity(n),
            staged_longer: Vec::new(),
        }
    }

    /// Adds string `id`.
    pub(crate) fn insert(&mut self, text: &str, id: u32) {
        let (one, two) = keys(text);
        let cand = Cand { head: first_eight(text.as_bytes()), id, len: text.len() as u32 };
        let first = key_hash(&text[..one]);
        match two {
            Some(end) => {
                let hash = key_hash(&text[..end]);
                self.staged_longer.push(first);
                self.staged.push((hash, false, cand));
                self.twos.insert(hash);
            }
            None => self.staged.push((first, true, cand)),
        }
        self.firsts.insert(first);
        self.prefixes.insert(prefix_hash(prefix(first_four(text.as_bytes()))));
    }

    /// Whether a string may begin where the text's first four bytes (zero past its end, as
    /// a little-endian number) are `four`: false only when none does.
    pub(crate) fn may_begin(&self, four: u32) -> bool {
        self.prefixes.may_contain(prefix_hash(prefix(four)))
    }

    /// Builds the tables; every list is sorted longest string first.
    pub(crate) fn finish(&mut self) {
        let staged = std::mem::take(&mut self.staged);
        let longer = std::mem::take(&mut self.staged_longer);
        let firsts = staged.iter().filter(|s| s.1).count();
        let (mut one, mut two) =
            (Table::with_keys(firsts + longer.len()), Table::with_keys(staged.len() - firsts));
        // Count the strings of every key, give each key its range, then fill the ranges.
        for &(hash, first, ..) in &staged {
            let table = if first { &mut one } else { &mut two };
            let i = table.slot(hash);
            table.slots[i].0 = hash;
            table.slots[i].2 += 1;
        }
        let mut total = 0;
        for slot in one.slots.iter_mut().chain(two.slots.iter_mut()) {
            let n = slot.2;
            *slot = (slot.0, total, total);
            total += n;
        }
        let mut lists = vec![Cand { head: 0, id: 0, len: 0 }; staged.len()];
        for &(hash, first, cand) in &staged {
            let table = if first { &mut one } else { &mut two };
            let i = table.slot(hash);
            lists[table.slots[i].2 as usize] = cand;
            table.slots[i].2 += 1;
        }
        for &(_, start, end) in one.slots.iter().chain(&two.slots) {
            lists[start as usize..end as usize].sort_unstable_by_key(|c| (std::cmp::Reverse(c.len), c.id));
        }
        self.cands = lists;
        for hash in longer {
            let i = one.slot(hash);
            if one.slots[i].0 == 0 {
                // A first word that begins only longer strings: an empty list.
                one.slots[i] = (hash, 0, 0);
            }
            one.slots[i].2 |= LONGER;
        }
        self.one = one;
        self.two = two;
    }

    /// Whether nothing was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.cands.is_empty()
    }

    /// The strings that may begin `text` (which begins at a word start): those keyed by its
    /// first two words, longest first, then those keyed by its first word.
    pub(crate) fn candidates(&self, text: &str) -> [&[Cand]; 2] {
        let one = word_len(text);
        self.candidates_of(text, one, || two_end(text, one))
    }

    /// [`Index::candidates`] when the first word of `text` is known to be `one` bytes long
    /// ([`word_len`]); `two` gives the end of its second word ([`two_end`]), asked only
    /// when the first word begins longer strings.
    #[inline]
    pub(crate) fn candidates_of(
        &self,
        text: &str,
        one: usize,
        two: impl FnOnce() -> Option<usize>,
    ) -> [&[Cand]; 2] {
        let hash = key_hash_of(text, one);
        let Some((_, (start, end))) = self.firsts.may_contain(hash).then(|| self.one.get(hash)).flatten()
        else {
            return [&[], &[]];
        };
        let first = (start, end & !LONGER);
        let two = if end & LONGER != 0 {
            let hash = two().map(|end| key_hash_of(text, end));
            hash.filter(|&h| self.twos.may_contain(h)).and_then(|h| self.two.get(h))
        } else {
            None
        };
        let list = |(start, end): (u32, u32)| self.cands.get(start as usize..end as usize).unwrap_or(&[]);
        [two.map_or(&[][..], |(_, range)| list(range)), list(first)]
    }
}

/// The hash of a key (never 0, which marks empty slots).
fn key_hash(key: &str) -> u64 {
    let mut h = WordHasher::default();
    h.write(key.as_bytes());
    h.finish().max(1)
}

/// [`key_hash`] of the first `len` bytes of `text`: for a key of at most eight bytes with
/// eight bytes to read, one masked load (the hasher reads a short key as one zero-padded
/// little-endian word).
fn key_hash_of(text: &str, len: usize) -> u64 {
    match text.as_bytes().first_chunk::<8>() {
        Some(&eight) if len <= 8 => {
            let mask = if len == 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
            let mut h = WordHasher::default();
            if len > 0 {
                h.write_u64(u64::from_le_bytes(eight) & mask);
            }
            h.finish().max(1)
        }
        _ => key_hash(&text[..len]),
    }
}

/// The first four bytes of `bytes` (zero past its end) as a little-endian number.
pub(crate) fn first_four(bytes: &[u8]) -> u32 {
    match bytes.first_chunk::<4>() {
        Some(four) => u32::from_le_bytes(*four),
        None => bytes.iter().rev().fold(0, |x, &b| x << 8 | u32::from(b)),
    }
}

/// The bytes of `four` (the first four of a text) up to its first byte that is not an
/// ASCII letter or digit, or its first byte when that is one. A string found at a word
/// start has the prefix of the text there: their bytes agree up to the string's end, and
/// a string that ends within four bytes on a letter or digit is followed by neither.
pub(crate) fn prefix(four: u32) -> u32 {
    let other = !crate::ascii::alnum_mask(u64::from(four)) & crate::ascii::HIGH;
    // The bytes past the fourth are zero, which is not a letter or digit: at most 4.
    let n = (other.trailing_zeros() / 8).clamp(1, 4);
    four & (u32::MAX >> (32 - 8 * n))
}

/// The hash of a [`prefix`], for [`Filter`] (which reads bits 12 up and 32 up).
fn prefix_hash(prefix: u32) -> u64 {
    u64::from(prefix).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A Bloom filter over key hashes, setting `K` (1 or 2) bits per hash: `may_contain` is
/// false only for hashes never inserted.
struct Filter<const K: usize> {
    bits: Vec<u64>,
}

impl<const K: usize> Filter<K> {
    /// A filter of `bits` bits (a power of two).
    fn new(bits: usize) -> Filter<K> {
        Filter { bits: vec![0; bits / 64] }
    }

    /// The bit positions of `hash`: taken from its high half, which `Table` does not use
    /// to pick slots, and its middle bits.
    fn positions(&self, hash: u64) -> [usize; K] {
        let mask = self.bits.len() * 64 - 1;
        std::array::from_fn(|k| (hash >> [32, 12][k]) as usize & mask)
    }

    fn insert(&mut self, hash: u64) {
        for bit in self.positions(hash) {
            self.bits[bit / 64] |= 1 << (bit % 64);
        }
    }

    fn may_contain(&self, hash: u64) -> bool {
        self.positions(hash).iter().all(|&bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// The end of the first word of `s`, and of its second word when a short separator
/// follows the first.
pub(crate) fn keys(s: &str) -> (usize, Option<usize>) {
    let one = word_len(s);
    (one, two_end(s, one))
}

/// The end of the second word of `s`, whose first word ends at `one`, when a short
/// separator follows the first.
pub(crate) fn two_end(s: &str, one: usize) -> Option<usize> {
    let rest = &s[one..];
    // The usual separator: one ASCII byte before an ASCII letter or digit ("New York").
    if let [b0, b1, ..] = *rest.as_bytes()
        && b0 < 0x80
        && !b0.is_ascii_alphanumeric()
        && b1.is_ascii_alphanumeric()
        && one > 0
    {
        return Some(one + 1 + word_len(&rest[1..]));
    }
    let sep = match rest.bytes().position(|b| b.is_ascii_alphanumeric() || b >= 0x80) {
        Some(n) if rest.as_bytes()[n] < 0x80 => n,
        _ => rest.len() - rest.trim_start_matches(|c: char| !c.is_alphanumeric()).len(),
    };
    if one == 0 || sep == 0 || sep > MAX_SEP || sep == rest.len() {
        return None;
    }
    Some(one + sep + word_len(&rest[sep..]))
}

/// The length of the letters and digits that begin `s`.
#[inline]
pub(crate) fn word_len(s: &str) -> usize {
    // A word of under sixteen ASCII letters and digits: a load per eight bytes.
    let bytes = s.as_bytes();
    for at in [0, 8] {
        let Some(&eight) = bytes.get(at..).and_then(|b| b.first_chunk::<8>()) else { break };
        let other = !crate::ascii::alnum_mask(u64::from_le_bytes(eight)) & crate::ascii::HIGH;
        let i = (other.trailing_zeros() / 8) as usize;
        if other != 0 {
            if eight[i] < 0x80 {
                return at + i;
            }
            break;
        }
    }
    long_word_len(s)
}

/// [`word_len`] of a long or non-ASCII word.
#[inline(never)]
fn long_word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let i = crate::ascii::alnum_end(bytes, 0, bytes.len());
    if bytes.get(i).is_some_and(|&b| b >= 0x80) {
        let rest = &s[i..];
        return i + rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{first_four, keys, prefix, two_end, word_len};

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

    /// The lengths a block's classes give agree with `word_len` and `two_end`, near block
    /// ends, non-ASCII letters and the text's end.
    #[test]
    fn block_word_lengths_agree() {
        let text = "New York's St. Petersburg U.S.-led Zürich Ωmega São Paulo, 'tis x y-z 12ab \
                    Abcdefghijklmnopqrstuvwxyz0123456789 A B. C";
        for shift in 0..70 {
            let long = format!("{}{}", " ".repeat(shift), text.repeat(3));
            let bytes = long.as_bytes();
            let (mut ones, mut twos) = (0, 0);
            for block in crate::ascii::blocks(bytes) {
                for k in 0..64 {
                    let i = block.base + k;
                    let Some(rest) = long.get(i..).filter(|r| !r.is_empty()) else { continue };
                    if let Some(one) = block.word_len(k) {
                        assert_eq!(one, word_len(rest), "{rest:?}");
                        ones += 1;
                        if let Some(two) = block.two_end(k, one) {
                            assert_eq!(Some(two), two_end(rest, one), "{rest:?}");
                            twos += 1;
                        }
                    }
                }
            }
            assert!(ones > bytes.len() / 2 && twos > 20, "{shift}: {ones} {twos}");
        }
    }

    #[test]
    fn prefixes_stop_at_the_first_other_byte() {
        let cases: &[(&str, &[u8])] = &[
            ("Paris", b"Pari"),
            ("UK", b"UK"),
            ("UK's", b"UK"),
            ("UK’s", b"UK"),
            ("U.S.", b"U"),
            ("Ürümqi", b"\xc3"),
            (" Paris", b" "),
            ("", b""),
        ];
        for &(s, want) in cases {
            assert_eq!(prefix(first_four(s.as_bytes())), first_four(want), "{s:?}");
        }
    }
}
