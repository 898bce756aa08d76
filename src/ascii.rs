//! Byte-level helpers shared by the stages.

use std::hash::{BuildHasherDefault, Hasher};

/// The end of the run of ASCII letters and digits starting at `j`, before `limit`:
/// eight bytes at a time (SWAR range checks), byte by byte near the end or non-ASCII.
pub(crate) fn alnum_end(bytes: &[u8], mut j: usize, limit: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    while let Some(chunk) = bytes.get(j..j + 8).filter(|_| j + 8 <= limit) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        if x & HIGH != 0 {
            break;
        }
        // Per byte, the high bit of `b + (0x80 - c)` says b >= c (no carries: b < 0x80).
        let ge = |v: u64, c: u8| v.wrapping_add(splat(0x80 - c)) & HIGH;
        let digit = ge(x, b'0') & !ge(x, b'9' + 1);
        let lower = x | splat(0x20);
        let letter = ge(lower, b'a') & !ge(lower, b'z' + 1);
        let other = !(digit | letter) & HIGH;
        if other != 0 {
            return j + (other.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    j + bytes[j..limit].iter().position(|x| !x.is_ascii_alphanumeric()).unwrap_or(limit - j)
}

/// A small fast hasher for short word keys (FxHash's multiply-rotate).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut mix = |w: u64| self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        let chunks = bytes.chunks_exact(8);
        let rest = chunks.remainder();
        for chunk in chunks {
            mix(<[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes));
        }
        // The last few bytes as a little-endian word, zero-padded.
        if !rest.is_empty() {
            mix(rest.iter().rev().fold(0, |w, &b| w << 8 | b as u64));
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s: for the maps of words from the data files.
pub(crate) type WordHashing = BuildHasherDefault<WordHasher>;
