//! Byte-level helpers shared by the stages.

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

/// Eight bytes with the high bit of each set when that byte is `b` (an ASCII byte).
fn eq_mask(x: u64, b: u8) -> u64 {
    let diff = (x ^ splat(b)) & !HIGH;
    // The high bit of `d + 0x7f` is clear only for d = 0; bytes >= 0x80 differ from `b`.
    !(diff.wrapping_add(splat(0x7f)) | x) & HIGH
}

/// The positions of `bytes` that follow a byte other than an ASCII letter or digit (or are
/// position 0) and hold neither a space nor a line break: where a word, or a name beginning
/// with punctuation, may begin. Found eight bytes at a time.
pub(crate) fn boundaries(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut block = 0;
    let mut mask = 0u64;
    // The high bit of byte 0: whether the byte before the block is a letter or digit.
    let mut carry = 0u64;
    std::iter::from_fn(move || {
        while mask == 0 {
            if block >= bytes.len() {
                return None;
            }
            let (x, valid) = match bytes.get(block..block + 8) {
                Some(chunk) => (u64::from_le_bytes(chunk.try_into().unwrap_or_default()), u64::MAX),
                None => {
                    // The last, short block: zeros after the end are cut off.
                    let mut w = [0u8; 8];
                    let chunk = &bytes[block..];
                    w[..chunk.len()].copy_from_slice(chunk);
                    (u64::from_le_bytes(w), (1u64 << (8 * chunk.len())) - 1)
                }
            };
            let alnum = alnum_mask(x);
            // Spaces and line breaks begin nothing.
            let blank = eq_mask(x, b' ') | eq_mask(x, b'\n');
            mask = !(alnum << 8 | carry | blank) & HIGH & valid;
            carry = alnum >> 56;
            if mask == 0 {
                block += 8;
            }
        }
        let at = block + (mask.trailing_zeros() / 8) as usize;
        mask &= mask - 1;
        if mask == 0 {
            block += 8;
        }
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_follow_non_alphanumeric_bytes() {
        let text = "Putin's U.S. visit, in Kyiv—at 10am.  Zürich Ω\n\nNext,\n said";
        let want: Vec<usize> = (0..text.len())
            .filter(|&i| i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric())
            .filter(|&i| !matches!(text.as_bytes()[i], b' ' | b'\n'))
            .collect();
        assert_eq!(boundaries(text.as_bytes()).collect::<Vec<_>>(), want);
        for n in 0..20 {
            let s = &"ab cd, ef-gh ij kl mn op"[..n];
            let want: Vec<usize> = (0..n)
                .filter(|&i| i == 0 || !s.as_bytes()[i - 1].is_ascii_alphanumeric())
                .filter(|&i| s.as_bytes()[i] != b' ')
                .collect();
            assert_eq!(boundaries(s.as_bytes()).collect::<Vec<_>>(), want, "{s:?}");
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
