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
            self.mix(tail_word(rest));
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

/// Up to seven bytes as a little-endian word, zero-padded: by two overlapping loads (of
/// four bytes, or of one byte at each end and the middle) rather than byte by byte; the
/// bytes both loads cover are equal, so OR-ing them gives the same word.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let le32 =
        |i: usize| rest.get(i..i + 4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map_or(0, u32::from_le_bytes);
    if n >= 4 {
        u64::from(le32(0)) | u64::from(le32(n - 4)) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << (8 * (n / 2)) | u64::from(rest[n - 1]) << (8 * (n - 1))
    } else {
        0
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

/// Eight bytes (little-endian in `x`) with the high bit of each set when that byte is `b`,
/// and every other bit clear.
#[inline]
pub(crate) fn eq_mask(x: u64, b: u8) -> u64 {
    let y = x ^ splat(b);
    // The high bit of `(low seven bits) + 0x7f` is set unless they are zero (no carries).
    !(((y & !HIGH) + splat(0x7f)) | y) & HIGH
}

/// Eight bytes (little-endian in `x`) with the high bit of each set when that byte is an
/// ASCII letter, digit or hyphen, or a period when `dot`: the bytes of words next to
/// names ("Mr.", "U.S.-led").
#[inline]
pub(crate) fn name_mask(x: u64, dot: bool) -> u64 {
    let mask = alnum_mask(x) | eq_mask(x, b'-');
    if dot { mask | eq_mask(x, b'.') } else { mask }
}

/// Classes of bytes, as bits of a set: see [`Block::select`].
pub(crate) mod class {
    /// `A`-`Z`.
    pub(crate) const UPPER: u8 = 1;
    /// `a`-`z`.
    pub(crate) const LOWER: u8 = 2;
    /// `0`-`9`.
    pub(crate) const DIGIT: u8 = 4;
    /// Bytes from 0x80 up (parts of non-ASCII characters).
    pub(crate) const HIGH: u8 = 8;
    /// Every other ASCII byte: spaces, punctuation, controls.
    pub(crate) const OTHER: u8 = 16;
    /// Every byte.
    pub(crate) const ALL: u8 = 31;

    /// The class of byte `b`.
    pub(crate) fn of(b: u8) -> u8 {
        match b {
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' => LOWER,
            b'0'..=b'9' => DIGIT,
            0x80.. => HIGH,
            _ => OTHER,
        }
    }
}

/// One 64-byte block of a text: bit `k` of each mask stands for byte `base + k` (bits past
/// the text's end are clear).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Block {
    /// The offset of the block's first byte.
    pub(crate) base: usize,
    /// Positions that follow a byte other than an ASCII letter or digit (and position 0):
    /// where a word, or a name beginning with punctuation, may begin.
    pub(crate) starts: u64,
    /// Bytes of [`class::UPPER`], [`class::LOWER`], [`class::DIGIT`], [`class::HIGH`].
    pub(crate) upper: u64,
    pub(crate) lower: u64,
    pub(crate) digit: u64,
    pub(crate) high: u64,
    /// The bytes of the block (past the text's end: none).
    pub(crate) valid: u64,
}

impl Block {
    /// The bytes of the block whose class is in `classes` ([`Selection::of`]).
    #[inline]
    pub(crate) fn select(&self, classes: &Selection) -> u64 {
        let [upper, lower, digit, high, other] = classes.0;
        let others = self.valid & !(self.upper | self.lower | self.digit | self.high);
        (self.upper & upper)
            | (self.lower & lower)
            | (self.digit & digit)
            | (self.high & high)
            | (others & other)
    }
}

/// A set of classes of bytes as masks to select them from a [`Block`] with no branch or
/// conditional move: all ones for a class in the set, zero for one outside it (upper,
/// lower, digit, high, other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Selection([u64; 5]);

impl Selection {
    /// The selection of `classes` (bits of [`class`]).
    pub(crate) fn of(classes: u8) -> Selection {
        let all = |c: u8| if classes & c != 0 { u64::MAX } else { 0 };
        Selection([
            all(class::UPPER),
            all(class::LOWER),
            all(class::DIGIT),
            all(class::HIGH),
            all(class::OTHER),
        ])
    }
}

impl Block {
    /// The letters and digits of the block.
    #[inline]
    fn alnum(&self) -> u64 {
        self.upper | self.lower | self.digit
    }

    /// The number of ASCII letters and digits from byte `k` of the block on, when they end
    /// within it before an ASCII byte or the text's end (as `index::word_len` counts them);
    /// `None` when they run to the block's end or on into a non-ASCII character.
    #[inline]
    pub(crate) fn word_len(&self, k: usize) -> Option<usize> {
        let k = k & 63;
        // Past the block's end the bits read as ones: a run that reaches it is not counted.
        let n = (!(self.alnum() >> k)).trailing_zeros() as usize;
        (k + n < 64 && self.high >> (k + n) & 1 == 0).then_some(n)
    }

    /// The end of the second word after a first word of `one` bytes at byte `k` of the block
    /// (as `index::two_end` finds it) when one ASCII byte other than a letter or digit lies
    /// between the two words and both words end within the block; `None` otherwise (the
    /// caller asks `two_end`).
    #[inline]
    pub(crate) fn two_end(&self, k: usize, one: usize) -> Option<usize> {
        let sep = k + one;
        if one == 0 || sep + 1 >= 64 || self.valid >> (sep + 1) & 1 == 0 {
            return None;
        }
        let other = !(self.alnum() | self.high);
        if other >> sep & 1 == 0 || self.alnum() >> (sep + 1) & 1 == 0 {
            return None;
        }
        Some(one + 1 + self.word_len(sep + 1)?)
    }
}

/// The 64-byte blocks of `bytes`, with their classes of bytes and word starts (the last
/// block padded).
///
/// The classes are found sixteen bytes at a time (SSE2 on x86-64), so that a scan can visit
/// only the word starts of the classes it needs, one bit at a time, with no branch per
/// byte.
pub(crate) fn blocks(bytes: &[u8]) -> impl Iterator<Item = Block> + '_ {
    // Whether the byte before the next block is a letter or digit.
    let mut carry = 0u64;
    let mut next = 0;
    std::iter::from_fn(move || {
        let base = next;
        let (mut block, valid) = match bytes.get(base..)?.first_chunk::<64>() {
            Some(chunk) => (classes(chunk), u64::MAX),
            None if base < bytes.len() => {
                // The last, short block: zeros past the end (class OTHER) are cut off.
                let mut padded = [0u8; 64];
                let rest = &bytes[base..];
                padded[..rest.len()].copy_from_slice(rest);
                (classes(&padded), (1u64 << rest.len()) - 1)
            }
            None => return None,
        };
        let alnum = block.alnum();
        block.starts = !(alnum << 1 | carry) & valid;
        block.base = base;
        block.valid = valid;
        carry = alnum >> 63;
        next += 64;
        Some(block)
    })
}

/// The class masks of a block (`upper`, `lower`, `digit`, `high`; the rest left zero):
/// thirty-two bytes per step with AVX2 where the CPU has it (checked once, then a load of
/// the cached answer per block), sixteen with SSE2 (part of every x86-64 CPU).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn classes(block: &[u8; 64]) -> Block {
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above).
        unsafe { avx2_classes(block) }
    } else {
        // SAFETY: the build targets SSE2 (`cfg` above): every x86-64 CPU has it.
        unsafe { sse2_classes(block) }
    }
}

/// [`classes`] with AVX2: the same compares as [`sse2_classes`], on 32 bytes at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "avx2")]
fn avx2_classes(block: &[u8; 64]) -> Block {
    use std::arch::x86_64::*;
    let mut out = Block::default();
    for (k, chunk) in block.chunks_exact(32).enumerate() {
        let Ok(chunk) = <&[u8; 32]>::try_from(chunk) else { continue };
        // SAFETY: `chunk` is thirty-two readable bytes; the load is unaligned.
        let x = unsafe { _mm256_loadu_si256(chunk.as_ptr().cast()) };
        let outside = |lo: u8, hi: u8| {
            let moved = _mm256_add_epi8(x, _mm256_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm256_cmpgt_epi8(moved, _mm256_set1_epi8((0x80 + (hi - lo)) as i8))
        };
        let bits = |v| u64::from(_mm256_movemask_epi8(v) as u32) << (32 * k);
        out.upper |= bits(outside(b'A', b'Z'));
        out.lower |= bits(outside(b'a', b'z'));
        out.digit |= bits(outside(b'0', b'9'));
        out.high |= bits(x);
    }
    out.upper = !out.upper;
    out.lower = !out.lower;
    out.digit = !out.digit;
    out
}

/// [`classes`] with SSE2.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn sse2_classes(block: &[u8; 64]) -> Block {
    use std::arch::x86_64::*;
    let mut out = Block::default();
    for (k, chunk) in block.chunks_exact(16).enumerate() {
        let Ok(chunk) = <&[u8; 16]>::try_from(chunk) else { continue };
        // SAFETY: `chunk` is sixteen readable bytes; the load is unaligned.
        let x = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
        // Bytes outside `lo..=hi`: `b - lo` (wrapping) moves the range to the bottom of the
        // signed range, where one signed compare tells it from every other byte.
        let outside = |lo: u8, hi: u8| {
            let moved = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmpgt_epi8(moved, _mm_set1_epi8((0x80 + (hi - lo)) as i8))
        };
        let bits = |v| u64::from(_mm_movemask_epi8(v) as u16) << (16 * k);
        out.upper |= bits(outside(b'A', b'Z'));
        out.lower |= bits(outside(b'a', b'z'));
        out.digit |= bits(outside(b'0', b'9'));
        out.high |= bits(x);
    }
    out.upper = !out.upper;
    out.lower = !out.lower;
    out.digit = !out.digit;
    out
}

/// The class masks of a block on targets without SSE2: [`swar_classes`].
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn classes(block: &[u8; 64]) -> Block {
    swar_classes(block)
}

/// The class masks of a block, eight bytes per SWAR step: for targets without SSE2, and
/// compiled everywhere so that its unit test runs against the SIMD versions.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn swar_classes(block: &[u8; 64]) -> Block {
    let mut out = Block::default();
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let alnum = alnum_mask(x);
        let low = x & !HIGH;
        // Per byte, the high bit of `b + (0x80 - c)` says b >= c (no carries: b < 0x80).
        let ge = |v: u64, c: u8| v.wrapping_add(splat(0x80 - c)) & HIGH;
        let upper = ge(low, b'A') & !ge(low, b'Z' + 1) & !x;
        let lower = ge(low, b'a') & !ge(low, b'z' + 1) & !x;
        out.upper |= pack(upper) << (8 * k);
        out.lower |= pack(lower) << (8 * k);
        out.digit |= pack(alnum & !upper & !lower) << (8 * k);
        out.high |= pack(x & HIGH) << (8 * k);
    }
    out
}

/// The high bits of the eight bytes of `x` gathered into the low eight bits.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn pack(high: u64) -> u64 {
    (high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

#[cfg(test)]
mod tests {
    #[test]
    fn tail_words_are_the_bytes_zero_padded() {
        let bytes = *b"\x01\x82\x03\xf4\x05\x06\x07";
        for n in 0..=7 {
            let want = bytes[..n].iter().rev().fold(0, |w, &b| w << 8 | b as u64);
            assert_eq!(super::tail_word(&bytes[..n]), want, "{n}");
        }
    }

    use super::*;

    #[test]
    fn block_classes_are_exact_for_every_byte() {
        for base in (0..256).step_by(64) {
            let bytes: Vec<u8> = (0..64).map(|k| (base + k) as u8).collect();
            let block = blocks(&bytes).next().unwrap_or_default();
            for (k, &byte) in bytes.iter().enumerate() {
                let c = class::of(byte);
                for (mask, want) in [(block.upper, class::UPPER), (block.lower, class::LOWER)]
                    .into_iter()
                    .chain([(block.digit, class::DIGIT), (block.high, class::HIGH)])
                {
                    assert_eq!(mask >> k & 1 == 1, c == want, "byte {byte:#x}");
                }
                assert_eq!(block.select(&Selection::of(c)) >> k & 1, 1, "byte {byte:#x}");
                assert_eq!(block.select(&Selection::of(class::ALL & !c)) >> k & 1, 0, "byte {byte:#x}");
            }
        }
    }

    /// Both SIMD versions give the same classes (the AVX2 one where the CPU has it).
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[test]
    fn avx2_and_sse2_classes_agree() {
        if !std::is_x86_feature_detected!("avx2") {
            return;
        }
        for base in (0..256).step_by(64) {
            let block: [u8; 64] = std::array::from_fn(|k| (base + 37 * k) as u8);
            // SAFETY: AVX2 checked above; SSE2 is part of the target.
            let (a, b) = unsafe { (avx2_classes(&block), sse2_classes(&block)) };
            assert_eq!(a, b, "bytes from {base}");
        }
    }

    /// The portable version gives the classes the one in use gives, for every byte value.
    #[test]
    fn swar_classes_agree() {
        for base in (0..256).step_by(64) {
            let block: [u8; 64] = std::array::from_fn(|k| (base + k) as u8);
            assert_eq!(swar_classes(&block), classes(&block), "bytes from {base}");
        }
    }

    #[test]
    fn block_starts_follow_non_alphanumeric_bytes() {
        let text = "Putin's U.S. visit, in Kyiv—at 10am.  Zürich Ω\n\nNext,\n said";
        // Every length up to seven times the text: short last blocks, whole blocks, and
        // positions on both sides of block edges.
        let long = text.repeat(7);
        for n in 0..=long.len() {
            let s = &long.as_bytes()[..n];
            let want: Vec<usize> = (0..n).filter(|&i| i == 0 || !s[i - 1].is_ascii_alphanumeric()).collect();
            let mut got = vec![];
            for block in blocks(s) {
                assert_eq!(block.select(&Selection::of(class::ALL)), block.valid, "{n}");
                let mut m = block.starts;
                while m != 0 {
                    got.push(block.base + m.trailing_zeros() as usize);
                    m &= m - 1;
                }
            }
            assert_eq!(got, want, "{n}");
        }
    }

    #[test]
    fn name_masks_are_exact_for_every_byte() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'.', 0xff, b, b'-', b' ', b'Z', b]);
            for dot in [false, true] {
                let m = name_mask(x, dot);
                let e = eq_mask(x, b);
                for (k, &byte) in x.to_le_bytes().iter().enumerate() {
                    let want = byte.is_ascii_alphanumeric() || byte == b'-' || (dot && byte == b'.');
                    assert_eq!(m >> (8 * k + 7) & 1 == 1, want, "{byte:#x}");
                    assert_eq!(e >> (8 * k + 7) & 1 == 1, byte == b, "{byte:#x}");
                }
                assert_eq!(m & !HIGH, 0);
                assert_eq!(e & !HIGH, 0);
            }
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
