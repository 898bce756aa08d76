//! The local attribution rules: each reads the tokens around one quotation and returns the
//! speaker phrase, the cue and the rule's name.

use super::lexicon::{CueKind, class};
use super::phrases::{Ctx, Np, NpKind};
use super::tokens::Kind;

/// A local attribution: the speaker phrase, the cue's token range, the rule and its weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    /// The speaker phrase.
    pub np: Np,
    /// Token range of the cue (empty for cue-less rules).
    pub cue: (usize, usize),
    /// The rule's name.
    pub rule: &'static str,
    /// The rule's confidence.
    pub confidence: f32,
}

/// How many tokens an appositive between a speaker and its cue may span.
const APPOSITIVE: usize = 30;

impl Ctx<'_> {
    /// Index of the first token of the sentence holding token `k`.
    pub fn sentence_start(&self, k: usize) -> usize {
        let mut s = k.min(self.toks.len());
        loop {
            if self.toks.get(s).is_some_and(|t| t.sent_start) || s == 0 || self.toks[s - 1].kind == Kind::Para {
                return s;
            }
            s -= 1;
        }
    }

    /// Index one past the last token of the sentence holding token `k` (the terminal
    /// punctuation included).
    pub fn sentence_end(&self, k: usize) -> usize {
        let mut e = k + 1;
        while e < self.toks.len() {
            let t = &self.toks[e];
            if t.kind == Kind::Para || t.sent_start {
                return e;
            }
            if t.ends_sentence(self.text) {
                return e + 1;
            }
            e += 1;
        }
        self.toks.len()
    }

    /// Skips adverbs and auxiliaries forwards from `k`.
    fn skip_adverbs(&self, mut k: usize, limit: usize) -> usize {
        while k < limit && self.adverb(k) {
            k += 1;
        }
        k
    }

    /// Whether word `k` may sit between a speaker and its cue.
    fn adverb(&self, k: usize) -> bool {
        let Some(w) = self.word(k) else { return false };
        let t = &self.toks[k];
        !t.cap && (self.classes(k) & class::ADVERB != 0 || (w.len() > 4 && w.ends_with("ly")))
    }

    /// The subject of the verb cue at `c`: the phrase just before it, over adverbs and a
    /// parenthetical between commas (President Putin, speaking in Bishkek, declared).
    fn subject_of(&self, c: usize, floor: usize) -> Option<Np> {
        let mut k = c.checked_sub(1)?;
        while k > floor && self.adverb(k) {
            k -= 1;
        }
        if k < floor {
            return None;
        }
        if self.punct(k, ',') {
            let mut p = k;
            while p > floor && p + APPOSITIVE > k {
                p -= 1;
                let t = &self.toks[p];
                if t.kind == Kind::Quote || t.ends_sentence(self.text) {
                    return None;
                }
                if self.punct(p, ',') {
                    return p.checked_sub(1).and_then(|q| self.np_backward(q, floor)).filter(|np| np.start + 1 >= floor);
                }
            }
            return None;
        }
        self.np_backward(k, floor)
    }

    /// The subject of the sentence starting at `s`: its first phrase, past quotations,
    /// conjunctions and an introductory phrase closed by a comma (On Monday, …).
    pub fn sentence_subject(&self, s: usize, limit: usize) -> Option<Np> {
        let mut k = s;
        while k < limit {
            let t = &self.toks[k];
            match t.kind {
                Kind::Quote | Kind::Punct | Kind::Para => k += 1,
                Kind::Word if self.classes(k) & class::OPENER != 0 => {
                    let comma = (k..limit.min(k + 12)).find(|&j| self.punct(j, ','));
                    match comma {
                        Some(j) => k = j + 1,
                        None if self.classes(k) & class::STOP != 0 => k += 1,
                        None => return None,
                    }
                }
                Kind::Word => break,
            }
        }
        self.np_forward(k, limit)
    }

    /// Rule 1 (quote, speaker, cue / quote, cue, speaker) and rule 9 (dash): the
    /// attribution right after the quotation at token `q`: “…,” Macron insisted. /
    /// “…,” said Macron. / “…,” Kallas, the EU’s foreign policy chief, told reporters. /
    /// “…” — Commissioner X. A quotation that ends its sentence takes only a short
    /// attribution sentence (“…” Macron said on Monday.).
    pub fn after_quote(&self, q: usize, ends_sentence: bool) -> Option<Found> {
        let mut a = q + 1;
        let limit = self.sentence_end(a).min(self.toks.len());
        let limit = (a..limit).find(|&k| self.toks[k].kind == Kind::Quote).unwrap_or(limit);
        if self.dash(a) {
            let np = self.np_forward(a + 1, limit)?;
            let done = np.end >= limit || self.toks[np.end].ends_sentence(self.text) || self.punct(np.end, ',');
            return done.then_some(Found { np, cue: (a, a + 1), rule: "dash", confidence: 0.7 });
        }
        while a < limit && (self.punct(a, ',') || self.punct(a, ')')) {
            a += 1;
        }
        let short = |after_cue: usize| {
            !ends_sentence
                || ((after_cue..limit).all(|k| !self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("that")))
                    && limit.saturating_sub(after_cue) <= 7
                    && self.classes(after_cue) & class::DET == 0)
        };
        if let Some((n, kind)) = self.cue(a) {
            let k = self.skip_adverbs(a + n, limit);
            let np = self.np_forward(k, limit)?;
            let (rule, confidence) = match kind {
                CueKind::Verb => ("quote-cue-speaker", 0.9),
                CueKind::Prep => ("according-to", 0.85),
                _ => return None,
            };
            return short(np.end).then_some(Found { np, cue: (a, a + n), rule, confidence });
        }
        let np = self.np_forward(a, limit)?;
        let mut k = np.end;
        if self.punct(k, ',') {
            let close = (k + 1..limit.min(k + APPOSITIVE)).find(|&j| self.punct(j, ','))?;
            k = close + 1;
        }
        k = self.skip_adverbs(k, limit);
        let (n, kind) = self.cue(k)?;
        if !matches!(kind, CueKind::Verb | CueKind::As) || !short(k + n) {
            return None;
        }
        Some(Found { np, cue: (k, k + n), rule: "quote-speaker-cue", confidence: 0.9 })
    }

    /// Rules 2 and 3 (speaker, cue, quote): the nearest cue before the quotation at token
    /// `q` in its sentence, with its speaker: Leavitt said … that the deal had “…” /
    /// Barros, a senior analyst, described X as “…” / As Zelensky put it, “…” /
    /// according to X, “…” / “…,” said X, “…”. A participle (saying, adding) takes the
    /// subject of its sentence. Without a cue, a colon makes the sentence's subject the
    /// speaker: He laid out his terms: “…”.
    pub fn before_quote(&self, q: usize) -> Option<Found> {
        let s = self.sentence_start(q);
        let cue = (s..q).rev().find_map(|k| self.cue(k).map(|(n, kind)| (k, n, kind)));
        let Some((c, n, kind)) = cue else {
            if q > s && self.punct(q - 1, ':') {
                let np = self.sentence_subject(s, q)?;
                return Some(Found { np, cue: (q - 1, q), rule: "colon", confidence: 0.6 });
            }
            return None;
        };
        let cue = (c, c + n);
        match kind {
            CueKind::Prep => {
                let np = self.np_forward(c + n, q)?;
                Some(Found { np, cue, rule: "according-to", confidence: 0.8 })
            }
            CueKind::Participle => {
                let np = self.sentence_subject(s, c)?;
                Some(Found { np, cue, rule: "adding", confidence: 0.7 })
            }
            CueKind::Verb | CueKind::As => {
                let rule = if kind == CueKind::As { "as-put-it" } else { "speaker-cue-quote" };
                if let Some(np) = self.subject_of(c, s) {
                    return Some(Found { np, cue, rule, confidence: 0.8 });
                }
                // Inverted: “…,” said X, “…”.
                let k = self.skip_adverbs(c + n, q);
                let np = self.np_forward(k, q)?;
                Some(Found { np, cue, rule: "quote-cue-speaker", confidence: 0.8 })
            }
        }
    }

    /// The phrase a relative `who` at token `k` stands for: the one before its comma.
    pub fn who_antecedent(&self, k: usize) -> Option<Np> {
        if k >= 2 && self.punct(k - 1, ',') {
            return self.np_backward(k - 2, self.sentence_start(k)).filter(|np| np.kind != NpKind::Who);
        }
        None
    }
}
