//! Byte-level helpers shared by the stages.

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
