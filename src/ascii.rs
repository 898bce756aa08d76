//! Byte-level helpers shared by the stages.

use std::hash::{BuildHasherDefault, Hasher};

/// The end of the run of ASCII letters and digits starting at `j`, before `limit`:
/// eight bytes at a time (SWAR range checks), byte by byte near the end or non-ASCII.
pub(crate) fn alnum_end(bytes: &[u8], mut j: usize, limit: usize) -> usize {
    while let Some(chunk) = bytes.get(j..j + 8).filter(|_| j + 8 <= limit) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        if x & HIGH != 0 {
            break;
        }
        let other = !alnum_mask(x) & HIGH;
        if other != 0 {
            return j + (other.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    j + bytes[j..limit].iter().position(|x| !x.is_ascii_alphanumeric()).unwrap_or(limit - j)
}

/// A small fast hasher for short word keys (FxHash's multiply-rotate, as in rustc): for
/// the words of the data files and single words of the text.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let chunks = bytes.chunks_exact(8);
        let rest = chunks.remainder();
        for chunk in chunks {
            self.mix(<[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes));
        }
        // The last few bytes as a little-endian word, zero-padded.
        if !rest.is_empty() {
            self.mix(rest.iter().rev().fold(0, |w, &b| w << 8 | b as u64));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s: for the maps of words from the data files.
pub(crate) type WordHashing = BuildHasherDefault<WordHasher>;

/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte.
const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// Eight bytes (little-endian in `x`) with the high bit of each set when that byte is an
/// ASCII letter or digit, and every other bit clear.
pub(crate) fn alnum_mask(x: u64) -> u64 {
    let low = x & !HIGH;
    // Per byte, the high bit of `b + (0x80 - c)` says b >= c (no carries: b < 0x80).
    let ge = |v: u64, c: u8| v.wrapping_add(splat(0x80 - c)) & HIGH;
    let digit = ge(low, b'0') & !ge(low, b'9' + 1);
    let folded = low | splat(0x20);
    let letter = ge(folded, b'a') & !ge(folded, b'z' + 1);
    (digit | letter) & !x
}

/// The positions of `bytes` that follow a byte other than an ASCII letter or digit (and
/// position 0): where a word, or a name beginning with punctuation, may begin.
///
/// Found 64 bytes at a time: a bit per byte for letters and digits, eight bytes per SWAR
/// step, so that the loop over the positions of a block has one exit to predict per 64
/// bytes.
pub(crate) fn boundaries(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut base = 0;
    let mut mask = 0u64;
    // Whether the byte before the next block is a letter or digit.
    let mut carry = 0u64;
    let mut next = 0;
    std::iter::from_fn(move || {
        while mask == 0 {
            let block = bytes.get(next..)?.first_chunk::<64>();
            let (alnum, valid) = match block {
                Some(block) => (alnum_bits(block), u64::MAX),
                None if next < bytes.len() => {
                    // The last, short block: zeros past the end are cut off.
                    let mut padded = [0u8; 64];
                    let rest = &bytes[next..];
                    padded[..rest.len()].copy_from_slice(rest);
                    (alnum_bits(&padded), (1u64 << rest.len()) - 1)
                }
                None => return None,
            };
            mask = !(alnum << 1 | carry) & valid;
            carry = alnum >> 63;
            base = next;
            next += 64;
        }
        let at = base + mask.trailing_zeros() as usize;
        mask &= mask - 1;
        Some(at)
    })
}

/// Bit `k` set when byte `k` of `block` is an ASCII letter or digit: sixteen bytes per
/// step with SSE2 (part of every x86-64 CPU).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn alnum_bits(block: &[u8; 64]) -> u64 {
    // SAFETY: the build targets SSE2 (`cfg` above): every x86-64 CPU has it.
    unsafe { sse2_alnum_bits(block) }
}

/// [`alnum_bits`] with SSE2.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn sse2_alnum_bits(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::*;
    let mut alnum = 0;
    for (k, chunk) in block.chunks_exact(16).enumerate() {
        let half = |at: usize| i64::from_le_bytes(chunk[at..at + 8].try_into().unwrap_or_default());
        let x = _mm_set_epi64x(half(8), half(0));
        // Signed compares: bytes from 0x80 up are negative, in no range.
        let within = |v, lo: u8, hi: u8| {
            _mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1)),
                _mm_cmpgt_epi8(_mm_set1_epi8(hi as i8 + 1), v),
            )
        };
        let letter = within(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', b'z');
        let found = _mm_or_si128(within(x, b'0', b'9'), letter);
        alnum |= u64::from(_mm_movemask_epi8(found) as u16) << (16 * k);
    }
    alnum
}

/// Bit `k` set when byte `k` of `block` is an ASCII letter or digit.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn alnum_bits(block: &[u8; 64]) -> u64 {
    let mut alnum = 0;
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        alnum |= pack(alnum_mask(x)) << (8 * k);
    }
    alnum
}

/// The high bits of the eight bytes of `x` gathered into the low eight bits.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn pack(high: u64) -> u64 {
    (high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_bits_mark_ascii_letters_and_digits() {
        for base in (0..256).step_by(64) {
            let block: [u8; 64] = std::array::from_fn(|k| (base + k) as u8);
            let want = (0..64).filter(|&k| block[k].is_ascii_alphanumeric()).fold(0u64, |m, k| m | 1 << k);
            assert_eq!(alnum_bits(&block), want, "bytes from {base}");
        }
    }

    #[test]
    fn boundaries_follow_non_alphanumeric_bytes() {
        let text = "Putin's U.S. visit, in Kyiv—at 10am.  Zürich Ω\n\nNext,\n said";
        // Every length up to seven times the text: short last blocks, whole blocks, and
        // positions on both sides of block edges.
        let long = text.repeat(7);
        for n in 0..=long.len() {
            let s = &long.as_bytes()[..n];
            let want: Vec<usize> = (0..n).filter(|&i| i == 0 || !s[i - 1].is_ascii_alphanumeric()).collect();
            assert_eq!(boundaries(s).collect::<Vec<_>>(), want, "{n}");
        }
    }

    #[test]
    fn alnum_mask_is_exact_for_every_byte() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'a', 0xff, b, b'0', b' ', b'Z', b]);
            let m = alnum_mask(x);
            for (k, byte) in x.to_le_bytes().iter().enumerate() {
                assert_eq!(m >> (8 * k + 7) & 1 == 1, byte.is_ascii_alphanumeric(), "{byte:#x}");
            }
            assert_eq!(m & !HIGH, 0);
        }
    }
}
