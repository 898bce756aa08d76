//! Helpers for the unit tests of the stages.

/// A fixed xorshift generator: the same "random" inputs on every run, with no dependency.
pub(crate) struct XorShift(u64);

impl XorShift {
    pub(crate) fn new() -> XorShift {
        XorShift(0x2545_f491)
    }

    /// A number below `n` (which must not be 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// Fewer than 40 of `pieces`, drawn at random and joined.
    pub(crate) fn soup<P: AsRef<[u8]>>(&mut self, pieces: &[P]) -> Vec<u8> {
        let n = self.below(40);
        (0..n).flat_map(|_| pieces[self.below(pieces.len())].as_ref().to_vec()).collect()
    }

    /// [`XorShift::soup`] of whole strings, as a string.
    pub(crate) fn text_soup(&mut self, pieces: &[&str]) -> String {
        String::from_utf8(self.soup(pieces)).expect("whole UTF-8 pieces join into UTF-8")
    }
}
