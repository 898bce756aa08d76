//! Reported speech: statements with or without quotation marks.
//!
//! A statement is one act of reporting: a source, a cue from the reporting verbs
//! (`gazetteers/reporting-verbs.txt`) and the content. Each rule below reads one pattern
//! around a cue in the token stream and returns the content's token range, the source
//! phrase and the rule's name:
//!
//! | rule | pattern |
//! |------|---------|
//! | `speaker-cue-content` | X said (that) CLAUSE / X said in a statement on Monday that CLAUSE / X, who …, said CLAUSE / X urged Y to … / … , saying CLAUSE |
//! | `speaker-cue-hearer-content` | X told Y (that) CLAUSE |
//! | `content-speaker-cue` | CLAUSE, X said. |
//! | `content-cue-speaker` | CLAUSE, said X. |
//! | `speaker-cue-parenthetical` | The economy, X said, is weak. |
//! | `as-speaker-cue` | As X said, CLAUSE |
//! | `according-to-content` | According to X, CLAUSE |
//! | `speaker-cue-fragment`, `content-quote-cue` | X hailed the deal as “a new era” / CLAUSE “…,” said X (from a quoted fragment's own rule) |
//! | `content-according-to` | CLAUSE, according to X. |
//! | `speaker-cue-colon` | X said: CLAUSE / X wrote:¶ PARAGRAPH (no quotation after the colon) |
//! | `speaker-colon` | NAME: CLAUSE (a transcript's or headline's speaker opening a paragraph) |
//! | `split-quotation` | “First part,” X said. “Second part.” (one statement; the parts are its partial quotations) |
//!
//! The content runs from the cue (or from the sentence start) to the end of its sentence,
//! its last full stop left out, or to the clause boundary before the next statement of the
//! same sentence. A cue that a quotation's rule already used for a quoted statement makes
//! no second statement.

use std::collections::HashMap;

use super::lexicon::{CueKind, class};
use super::names::Names;
use super::phrases::{Ctx, Np, NpKind, agent_noun};
use super::rules::MAX_SENTENCE;
use super::tokens::{Kind, Token};
use super::{Act, Quote, QuoteKind, Speaker, byte_range};
use crate::ascii::WordHashing;
use crate::quotes::QuoteSpan;
use crate::sentences::Sentence;

const VERBS: &str = include_str!("../../gazetteers/reporting-verbs.txt");

/// How a reporting verb relates to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// The clause after the cue (X said that …) or before it (…, X said).
    Clause,
    /// As `Clause`, after the person addressed (X told Y that …).
    Hearer,
    /// What follows the cue, object and all (X urged Y to …, X denied that …).
    Object,
    /// The source follows the cue (according to X).
    Source,
}

/// The phrases starting with one word: the remaining words and the frame.
type Tails = Vec<(Vec<Box<str>>, Frame)>;

/// The reporting verbs, by lowercase first word.
#[derive(Debug, Default)]
pub struct Verbs {
    map: HashMap<Box<[u8]>, Tails, WordHashing>,
    /// Words that may stand alone as a source (many, some, others).
    quantifiers: Vec<Box<str>>,
    /// Adjectives of belief, cues only after a form of `be` (is confident, remains
    /// convinced); their frame is `clause`.
    adjectives: Vec<Box<str>>,
    /// The phrases whose act is not speech (believes: belief, wants: intent, showed:
    /// evidence), lowercase, words parted by one space.
    acts: HashMap<Box<str>, Act, WordHashing>,
    /// The first words' [`CueFilter`]: most words are turned away by two bit tests, before
    /// they are lowercased and hashed.
    filter: Box<CueFilter>,
}

/// A phrase as [`Verbs`] keys its acts: lowercase, words parted by one space.
fn act_key(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

/// A filter of the reporting verbs' first words (ASCII case ignored) in two steps: by
/// their length and first two bytes (a bit per length for each pair of bytes), which turns
/// away 70 % of the words of news text, then by their length and first eight bytes hashed
/// to one bit of 64 Kibit. A word it does not admit is no first word. Over BBC it admits
/// 29,372 of 666,223 words (4.4 %), where 23,200 reporting verbs start.
#[derive(Debug)]
struct CueFilter {
    /// By the [`CueFilter::pair`] of a word's first two bytes, a bit for each length.
    lengths: [u32; 1 << 10],
    /// The bits of [`CueFilter::bit`].
    bits: [u64; CUE_FILTER_BITS / 64],
}

/// How many bits the [`CueFilter`]'s second step has (a power of two).
const CUE_FILTER_BITS: usize = 1 << 16;

impl Default for CueFilter {
    fn default() -> CueFilter {
        CueFilter { lengths: [0; 1 << 10], bits: [0; CUE_FILTER_BITS / 64] }
    }
}

impl CueFilter {
    /// The index of a word's first two bytes (the second 0 for a one-byte word) in
    /// `lengths`, ignoring ASCII case: the low five bits of each byte.
    #[inline(always)]
    fn pair(first: u8, second: u8) -> usize {
        usize::from(first & 31) << 5 | usize::from(second & 31)
    }

    /// The bit of a word of `n` bytes (1 to 23) whose first eight bytes (zeros past its
    /// end) are `head`, little-endian: each byte `| 0x20`, which lowercases ASCII letters
    /// and leaves the bytes of two words equal but for ASCII case equal.
    #[inline(always)]
    fn bit(head: u64, n: usize) -> usize {
        let key = (head | 0x2020_2020_2020_2020) ^ n as u64;
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as usize & (CUE_FILTER_BITS - 1)
    }

    /// The first eight bytes of `word` as a little-endian number, zeros past its end.
    fn head(word: &[u8]) -> u64 {
        let mut b = [0u8; 8];
        for (x, y) in b.iter_mut().zip(word) {
            *x = *y;
        }
        u64::from_le_bytes(b)
    }

    fn insert(&mut self, word: &[u8]) {
        let n = word.len();
        if (1..24).contains(&n) {
            self.lengths[CueFilter::pair(word[0], word.get(1).copied().unwrap_or(0))] |= 1 << n;
            let b = CueFilter::bit(CueFilter::head(word), n);
            self.bits[b / 64] |= 1 << (b % 64);
        }
    }

    /// Whether the word `text[start..end]` may be a reporting verb's first word, whatever
    /// its ASCII case.
    fn admits(&self, text: &[u8], start: usize, end: usize) -> bool {
        let Some(word) = text.get(start..end) else { return false };
        let n = word.len();
        if !(1..24).contains(&n) {
            return false;
        }
        let second = if n > 1 { word[1] } else { 0 };
        self.lengths[CueFilter::pair(word[0], second)] & (1 << n) != 0 && self.admits_head(text, start, n)
    }

    /// [`CueFilter::admits`] for a word of `n` bytes (1 to 23) at `start` whose first
    /// two bytes are `first`, `second` (the byte after a one-byte word, masked off here):
    /// the form of [`marked`]'s loop, which reads the two bytes at once.
    #[inline(always)]
    fn admits_pair(&self, text: &[u8], start: usize, n: usize, first: u8, second: u8) -> bool {
        let second = if n > 1 { second } else { 0 };
        n.wrapping_sub(1) < 23
            && self.lengths[CueFilter::pair(first, second)] >> n & 1 != 0
            && self.admits_head(text, start, n)
    }

    /// The second step, for a word of `n` bytes (1 to 23) at `start` that the first
    /// admits; its first eight bytes are read at once when `text` has them.
    #[inline(always)]
    fn admits_head(&self, text: &[u8], start: usize, n: usize) -> bool {
        let head = match text.get(start..).and_then(|rest| rest.first_chunk::<8>()) {
            // The bytes past the word's end masked off: `n` is 1 or more, so the shift
            // is at most 56.
            Some(eight) => u64::from_le_bytes(*eight) & (u64::MAX >> (8 * (8 - n.min(8)))),
            None => text.get(start..start + n).map_or(0, CueFilter::head),
        };
        let b = CueFilter::bit(head, n);
        self.bits[b / 64] & (1 << (b % 64)) != 0
    }
}

impl Verbs {
    /// The verbs of the embedded `gazetteers/reporting-verbs.txt`.
    pub fn builtin() -> Verbs {
        Verbs::parse(VERBS)
    }

    /// Verbs from data lines `phrase<TAB>frame` (`#` comments; unknown frames are clause).
    pub fn parse(data: &str) -> Verbs {
        let mut verbs = Verbs::default();
        for line in data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (phrase, rest) = line.split_once('\t').unwrap_or((line, "clause"));
            let (frame, act) = rest.split_once('\t').unwrap_or((rest, "speech"));
            let act = match act.trim() {
                "belief" => Act::Belief,
                "intent" => Act::Intent,
                "evidence" => Act::Evidence,
                "refusal" => Act::Refusal,
                _ => Act::Speech,
            };
            if act != Act::Speech {
                verbs.acts.insert(act_key(phrase).into(), act);
            }
            if frame.trim() == "quantifier" {
                verbs.quantifiers.push(phrase.trim().into());
                continue;
            }
            if frame.trim() == "adjective" {
                verbs.adjectives.push(phrase.trim().into());
            }
            let frame = match frame.trim() {
                "hearer" => Frame::Hearer,
                "object" => Frame::Object,
                "source" => Frame::Source,
                _ => Frame::Clause,
            };
            let mut words = phrase.split_whitespace().map(|w| Box::<str>::from(w.to_ascii_lowercase()));
            let Some(first) = words.next() else { continue };
            verbs.filter.insert(first.as_bytes());
            verbs.map.entry(first.as_bytes().into()).or_default().push((words.collect(), frame));
        }
        for tails in verbs.map.values_mut() {
            tails.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        verbs
    }

    /// The act of the cue `cue` as written in an article (`believes`: belief, `Says`:
    /// speech); speech for cues not in the list (a colon, a dash).
    pub fn act(&self, cue: &str) -> Act {
        if self.acts.is_empty() {
            return Act::Speech;
        }
        // Lowercase, words parted by single spaces: looked up as written.
        let b = cue.as_bytes();
        let plain = !b.iter().any(|c| c.is_ascii_uppercase() || *c == b'\n' || *c == b'\t')
            && !b.windows(2).any(|w| w == b"  ");
        let found = if plain { self.acts.get(cue) } else { self.acts.get(act_key(cue).as_str()) };
        found.copied().unwrap_or(Act::Speech)
    }

    /// Whether `word` may stand alone as a source (many said).
    pub fn is_quantifier(&self, word: &str) -> bool {
        self.quantifiers.iter().any(|q| q.eq_ignore_ascii_case(word))
    }

    /// Whether `word` is an adjective of belief (confident), a cue only after `be`.
    pub fn is_adjective(&self, word: &str) -> bool {
        self.adjectives.iter().any(|q| q.eq_ignore_ascii_case(word))
    }

    /// The reporting verb starting at word `k`: its length in words and frame. A
    /// capitalised verb counts only at a sentence start (According to X, …) or in a
    /// title-case headline (Mayor Says Bridge Will Reopen).
    #[inline(always)]
    pub fn at(&self, ctx: &Ctx, k: usize) -> Option<(usize, Frame)> {
        let t = ctx.toks.get(k).filter(|t| t.kind == Kind::Word)?;
        if t.cap && !t.sent_start {
            return if k < HEADLINE_REACH { self.headline_at(ctx, k, t) } else { None };
        }
        self.lookup(ctx, k, t)
    }

    /// A capitalised cue inside a sentence: only after a capitalised word (else it is a
    /// name) in a title-case headline, the article's first paragraph. Kept out of the hot
    /// path of [`Verbs::at`].
    #[cold]
    #[inline(never)]
    fn headline_at(&self, ctx: &Ctx, k: usize, t: &Token) -> Option<(usize, Frame)> {
        if !ctx.toks.get(k.wrapping_sub(1)).is_some_and(|p| p.cap)
            || ctx.toks.get(..k).is_none_or(|ts| ts.iter().any(|t| t.kind == Kind::Para))
        {
            return None;
        }
        let found = self.lookup(ctx, k, t)?;
        title_case(ctx, k).then_some(found)
    }

    /// The reporting verb whose first word is token `t` (at `k`), whatever its case.
    #[inline(always)]
    fn lookup(&self, ctx: &Ctx, k: usize, t: &Token) -> Option<(usize, Frame)> {
        if !self.filter.admits(ctx.text.as_bytes(), t.start as usize, t.end as usize) {
            return None;
        }
        let word = ctx.text.as_bytes().get(t.start as usize..t.end as usize)?;
        let mut buf = [0u8; 24];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        let tails = self.map.get(&*lower)?;
        tails.iter().find_map(|(tail, frame)| {
            let ok = tail
                .iter()
                .enumerate()
                .all(|(i, w)| ctx.word(k + 1 + i).is_some_and(|x| x.eq_ignore_ascii_case(w)));
            ok.then_some((tail.len() + 1, *frame))
        })
    }
}

/// How many tokens into an article a headline's cue may stand.
const HEADLINE_REACH: usize = 48;

/// How many words of four letters or more a title-case headline has at least.
const HEADLINE_WORDS: usize = 3;

/// Whether the sentence of token `k` is a title-case headline: its words of four letters
/// or more all capitalised (Senator Backs Plan For New Bridge), at least three of them.
fn title_case(ctx: &Ctx, k: usize) -> bool {
    let (s, e) = (ctx.sentence_start(k), ctx.sentence_end(k));
    let long = |t: &&Token| t.kind == Kind::Word && t.end - t.start > 3;
    let words = ctx.toks[s..e].iter().filter(long);
    words.clone().count() >= HEADLINE_WORDS && words.clone().all(|t| t.cap)
}

/// A statement found in the tokens: content and cue token ranges, source, rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stmt {
    /// Token range of the content.
    pub content: (usize, usize),
    /// Token range of the cue.
    pub cue: (usize, usize),
    /// The source phrase.
    pub np: Np,
    /// The rule's name.
    pub rule: &'static str,
    /// The rule's confidence.
    pub confidence: f32,
}

/// How many tokens past a cue a `that` may open the content (said in a statement on
/// Monday that …).
const THAT_REACH: usize = 14;

/// How many tokens may follow the source of an inverted statement (…, X said on Monday.).
const TAIL: usize = 8;

/// Finds the statements of an article. `used[k]` marks cue tokens that a quotation's rule
/// already attributed a quoted statement with. `marked` holds, in increasing order, every
/// token that may start a cue (a word the verbs' [`CueFilter`] admits) and every colon; the
/// tokens between are passed over, as nothing happens at them ([`marked`]).
pub fn find(ctx: &Ctx, verbs: &Verbs, used: &[bool], marked: &[u32]) -> Vec<Stmt> {
    let mut out: Vec<Stmt> = Vec::new();
    let mut span = None;
    let mut k = 0;
    let mut next = 0;
    loop {
        // The next marked token at or after `k`.
        while marked.get(next).is_some_and(|&m| (m as usize) < k) {
            next += 1;
        }
        let Some(&m) = marked.get(next) else { break };
        k = m as usize;
        if k >= ctx.toks.len() {
            break;
        }
        let Some((n, frame)) = verbs.at(ctx, k) else {
            // Only punctuation is looked at further: a colon may follow a speaker, or close
            // the label of a link to another article, whose headline states nothing here.
            if ctx.toks[k].kind == Kind::Punct {
                if let Some(next) = link_line_end(ctx, k) {
                    k = next;
                    continue;
                }
                if let Some(st) = speaker_colon(ctx, k) {
                    out.push(st);
                }
            }
            k += 1;
            continue;
        };
        if used.get(k).copied().unwrap_or(false) {
            // A quoted statement's cue (…, adding, “…”) ends the content before it.
            if let Some(prev) = out.last_mut() {
                cut(ctx, prev, k);
            }
            k += n;
            continue;
        }
        if !verb_use(ctx, verbs, k, n) {
            k += n;
            continue;
        }
        let cue = (k, k + n);
        let (s, end) = sentence_span(ctx, span, k);
        span = Some((k, s, end));
        let e = content_end(ctx, s, end);
        let found = match frame {
            Frame::Source => {
                according_to_content(ctx, cue, s, e).or_else(|| content_according_to(ctx, cue, s, e))
            }
            Frame::Object => parenthetical(ctx, verbs, cue, s, e)
                .or_else(|| speaker_cue_content(ctx, verbs, cue, frame, s, e)),
            _ => parenthetical(ctx, verbs, cue, s, e)
                .or_else(|| content_speaker_cue(ctx, verbs, cue, frame, s, e))
                .or_else(|| content_cue_speaker(ctx, cue, s, e))
                .or_else(|| speaker_cue_content(ctx, verbs, cue, frame, s, e)),
        };
        if let Some(mut st) = found.filter(|st| {
            worth_keeping(ctx, st) && !in_apostrophe_quote(ctx, s.min(st.content.0), st.np.start)
        }) {
            // NEW DELHI: CLAUSE, X said. — the dateline is not what was said.
            if st.content.0 == 0 {
                st.content.0 = dateline_end(ctx).min(st.content.1);
            }
            // CLAUSE, X said: a statement found inside the later content is dropped.
            while out.last().is_some_and(|prev| nested_source(&st, prev)) {
                out.pop();
            }
            // Two statements in one sentence: the earlier content stops at the clause
            // boundary before the later statement.
            if let Some(prev) = out.last_mut() {
                if in_continued_quote(ctx, prev, &st) {
                    k += n;
                    continue;
                }
                if in_relative_clause(ctx, prev, &st) {
                    out.push(st);
                    k += n;
                    continue;
                }
                let later = [st.np.start, st.content.0, st.cue.0]
                    .into_iter()
                    .filter(|&x| x > prev.content.0)
                    .min()
                    .unwrap_or(prev.content.0);
                cut(ctx, prev, later);
                if nested_source(prev, &st) {
                    k += n;
                    continue;
                }
            }
            out.push(st);
        }
        k += n;
    }
    out
}

/// The tokens [`find`] looks at: each word that the verbs' filter admits (it may start a
/// reporting verb) and each colon (it may close a speaker's name or a link's label). At
/// the other tokens nothing happens: [`Verbs::at`] finds no cue at them, and
/// [`link_line_end`] and [`speaker_colon`] read only colons. One tight pass over the
/// tokens, so that `find`'s own loop runs only at the marked ones. Out of line, so that
/// its loop has the registers to itself.
#[inline(never)]
pub fn marked(ctx: &Ctx, verbs: &Verbs) -> Vec<u32> {
    let text = ctx.text.as_bytes();
    let filter = &*verbs.filter;
    let mut out = Vec::with_capacity(ctx.toks.len() / 16);
    for (k, t) in ctx.toks.iter().enumerate() {
        let start = t.start as usize;
        let mark = match t.kind {
            // A capitalised word inside a sentence past the headline's reach is no cue
            // ([`Verbs::at`]).
            Kind::Word if t.cap && !t.sent_start && k >= HEADLINE_REACH => false,
            // The first two bytes read at once (a word ends before the text does, but for
            // a one-byte word at its very end).
            Kind::Word => match text.get(start..start + 2) {
                Some(&[first, second]) => {
                    let n = t.end.wrapping_sub(t.start) as usize;
                    filter.admits_pair(text, start, n, first, second)
                }
                _ => filter.admits(text, start, t.end as usize),
            },
            Kind::Punct => text.get(start) == Some(&b':'),
            Kind::Quote | Kind::Para => false,
        };
        if mark {
            out.push(k as u32);
        }
    }
    out
}

/// Whether the cue at `k` (of `n` words) is used as an active verb: not a noun after a
/// determiner or possessive (his claims, the state), not a passive (was confirmed by,
/// written by). Kept out of line: with the word lists of the rules it calls moved to
/// data, the compiler inlined it into [`find`], 0.8 M instructions more on the BBC corpus
/// (callgrind).
#[inline(never)]
fn verb_use(ctx: &Ctx, verbs: &Verbs, k: usize, n: usize) -> bool {
    if ctx.word(k).is_some_and(|w| verbs.is_adjective(w)) {
        return belief_adjective(ctx, k, n);
    }
    let after_det = |j: usize| {
        (ctx.classes(j) & class::DET != 0 && !ctx.word(j).is_some_and(|w| verbs.is_quantifier(w)))
            || ctx.possessive(j)
    };
    // his claims, the state / a poor showing, the growing calls; not a number word after
    // `of`, `in`, `the` or `all` before a cue that is never a noun (the two said, a mother
    // of three told, one in four say).
    let ing = ctx.word(k).is_some_and(|w| w.ends_with("ing"));
    let count = k > 1
        && ctx.word(k - 1).is_some_and(|w| number(w) && !w.as_bytes()[0].is_ascii_digit())
        && ctx.word(k - 2).is_some_and(|w| matches!(w, "of" | "in" | "the" | "The" | "all" | "All" | "but"))
        && ctx.word(k).is_some_and(|w| matches!(w, "said" | "say" | "says" | "told" | "tells"));
    // the biggest decline, the latest claims, a new report: an adjective of degree or time
    // between the determiner and the cue (rule S-ADJ-NOUN).
    let adjective = k > 1
        && !ctx.toks[k - 1].cap
        && ctx.word(k - 1).is_some_and(|w| {
            (w.len() > 4 && w.ends_with("est") && !w.ends_with("rest"))
                || matches!(
                    w,
                    "new" | "latest" | "recent" | "further" | "fresh" | "sharp" | "steep" | "annual"
                )
        })
        && after_det(k - 2);
    // gaining 45.4 points to 10,360: a count's noun, not a cue.
    let count_points = k > 0
        && matches!(ctx.word(k), Some("points" | "point"))
        && ctx.word(k - 1).is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit));
    // in writing: the medium, not a report.
    let in_writing = k > 0 && ctx.word(k) == Some("writing") && ctx.word(k - 1) == Some("in");
    // following fears it would stay hidden, amid claims that, despite warnings: a cue
    // right after a preposition is a noun, unless a gerund (after saying).
    let after_prep = k > 0
        && !ing
        && ctx.word(k - 1).is_some_and(|w| {
            matches!(
                w,
                "amid"
                    | "amidst"
                    | "following"
                    | "despite"
                    | "over"
                    | "against"
                    | "about"
                    | "after"
                    | "without"
            )
        });
    // free PC-based calls, low-cost calls, long-term plans: a compound adjective before a
    // plural makes it a noun.
    let compound = k > 0
        && ctx.word(k).is_some_and(|w| w.ends_with('s'))
        && ctx.word(k - 1).and_then(|w| w.rsplit_once('-')).is_some_and(|(_, tail)| {
            tail.ends_with("ed") || matches!(tail, "cost" | "term" | "level" | "scale" | "range" | "profile")
        });
    let noun = k > 0
        && !count
        && (after_det(k - 1)
            || adjective
            || after_prep
            || compound
            || in_writing
            || count_points
            || (ing && k > 1 && !ctx.toks[k - 1].cap && after_det(k - 2)));
    // was told / were also expected / is widely seen / are already estimated: past one
    // adverb to the be-form.
    let mut b = k;
    if b > 1
        && ctx.word(b - 1).is_some_and(|w| {
            matches!(w, "also" | "not" | "never" | "often" | "already" | "still") || w.ends_with("ly")
        })
    {
        b -= 1;
    }
    let passive_before = n == 1
        && b > 0
        && ctx
            .word(b - 1)
            .is_some_and(|w| matches!(w, "is" | "was" | "were" | "are" | "been" | "being" | "be"))
        && ctx.word(k).is_some_and(|w| {
            w.ends_with("ed")
                || w.ends_with('n')
                || matches!(w, "told" | "found" | "said" | "understood" | "thought" | "felt" | "heard")
        });
    let passive_after = ctx.word(k + n) == Some("by") || raising_passive(ctx, k, n);
    // Rule S-PARTICIPLE: a form that is only a participle (written, shown) reports only
    // after a form of `have` (Figures have shown, the Commission has written to); without
    // one it describes a noun (a note written on a napkin, First shown as a concept car).
    let participle_only = n == 1 && ctx.word(k).is_some_and(|w| matches!(w, "written" | "shown")) && {
        // Past up to two adverbs (has now written, have not yet shown).
        let mut h = k;
        while h + 2 > k
            && h > 1
            && ctx.word(h - 1).is_some_and(|w| {
                matches!(w, "also" | "not" | "never" | "now" | "already" | "just" | "yet" | "since")
                    || w.ends_with("ly")
            })
        {
            h -= 1;
        }
        // He's written: with a participle only, 's is has.
        !(h > 0
            && ctx.word(h - 1).is_some_and(|w| {
                matches!(w, "has" | "have" | "had" | "having")
                    || ["'ve", "’ve", "'s", "’s", "'d", "’d"].iter().any(|t| w.ends_with(t))
            }))
    };
    !noun && !passive_before && !passive_after && !participle_only && !other_sense(ctx, k, n)
}

/// Whether `w` is a number of digits alone, with its thousands and decimals (1,000; 2.5;
/// not 31-year-old, 7%).
fn bare_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Whether a cue in -ed after a determiner and a number is an adjective (the 140,000
/// confirmed deaths, the 12 reported cases): a number alone after `the` is no subject.
fn counted_participle(ctx: &Ctx, k: usize, n: usize, w: &str) -> bool {
    n == 1
        && k >= 2
        && w.ends_with("ed")
        && ctx.word(k - 1).is_some_and(bare_number)
        && ctx.word(k - 2).is_some_and(|d| {
            matches!(d, "the" | "The" | "a" | "A" | "its" | "their" | "her" | "his" | "our" | "my" | "your")
        })
}

/// Rule S-WENT-ON: whether `went on` (go on, goes on, going on) at `k` is a deed, not
/// speech going on: before a word that is no verb of speech and not `that` or `about`
/// (went on general release, goes on air, went on CNN to declare …: the cue is
/// `declare`), or before `to` and a word that is none (went on to become the cabinet
/// enforcer; not: went on to claim that …, went on to call Cruz “…”, went on to warn:
/// “…”). Before a colon, a comma or a quotation it is speech (She went on: “…”). Read by
/// the quotation rules too.
pub fn went_on_deed(ctx: &Ctx, k: usize, n: usize) -> bool {
    if n != 2
        || ctx.word(k + 1) != Some("on")
        || !ctx.word(k).is_some_and(|w| matches!(w, "went" | "go" | "goes" | "going"))
    {
        return false;
    }
    // went on to call Cruz “…”, went on to reflect on …: a verb of speech that is no cue
    // of its own (a fragment's verb of cues-fragment.txt, or one of these).
    let speech = |j: usize| {
        ctx.cue(j).is_some()
            || ctx.classes(j) & class::FRAGMENT != 0
            || ctx.word(j).is_some_and(|v| {
                matches!(
                    v,
                    "call"
                        | "reflect"
                        | "list"
                        | "detail"
                        | "attack"
                        | "talk"
                        | "speak"
                        | "discuss"
                        | "outline"
                )
            })
    };
    match ctx.word(k + n) {
        // went on about “how the system is rigged”: speech.
        None | Some("that" | "about") => false,
        Some("to") => ctx.word(k + n + 1).is_some() && !speech(k + n + 1),
        Some(_) => !speech(k + n),
    }
}

/// Rule S-BELIEF: an adjective of belief is a cue after a form of `be` or `remain`, past
/// `not`, `also`, `still` or an adverb in -ly (Owen is confident Real can close the gap,
/// they remain convinced that …), and not before a preposition (confident of victory,
/// hopeful about the talks): what it holds is the belief.
fn belief_adjective(ctx: &Ctx, k: usize, n: usize) -> bool {
    let mut b = k;
    while b > 0
        && ctx
            .word(b - 1)
            .is_some_and(|w| matches!(w, "not" | "also" | "still" | "very" | "so") || w.ends_with("ly"))
    {
        b -= 1;
    }
    let be = b > 0
        && ctx.word(b - 1).is_some_and(|w| {
            matches!(
                w,
                "is" | "are" | "was" | "were" | "remain" | "remains" | "remained" | "be" | "been" | "am"
            )
        });
    let next = ctx.word(k + n).unwrap_or("");
    // Mr Dean is confident though: “…”: the quotation after the colon is his own.
    let colon = (k + n..ctx.toks.len().min(k + n + 2)).any(|j| ctx.punct(j, ':'));
    be && !colon && !matches!(next, "of" | "about" | "in" | "on" | "with" | "for" | "at" | "enough")
}

/// Rule S-RAISED: a participle that only a passive puts before `to be` or `to have` (photos
/// alleged to be of her, a man believed to be in his 30s, the deal thought to have cost
/// millions), with or without its be-form: no one is said to say anything.
fn raising_passive(ctx: &Ctx, k: usize, n: usize) -> bool {
    n == 1
        && ctx.word(k).is_some_and(|w| {
            matches!(
                w,
                "said"
                    | "alleged"
                    | "believed"
                    | "thought"
                    | "reported"
                    | "rumoured"
                    | "rumored"
                    | "understood"
                    | "estimated"
                    | "feared"
                    | "suspected"
                    | "reputed"
            )
        })
        && ctx.word(k + 1) == Some("to")
        && ctx.word(k + 2).is_some_and(|w| matches!(w, "be" | "have"))
}

/// Whether the cue at `k` (of `n` words) is used in a sense that reports nothing: a noun
/// or particle after it (show up, talk show host, think tank, adding to, went on the,
/// accused of, found himself), or `called` naming after a noun (a film called Renew);
/// none of 38 such statements was right on PolNeAR train, and 9 of 36 of the naming ones.
/// A deed is no statement either: went on to (win), goes on sale, decided to (act)
/// (43 statements on PolNeAR train; without them F1 0.6321 -> 0.6316 there, dev 0.6513 ->
/// 0.6511: PolNeAR credits a few, BBC hand judgement none). Nor is a source's anonymity:
/// asked not to be named, declined to be identified (PolNeAR marks none).
fn other_sense(ctx: &Ctx, k: usize, n: usize) -> bool {
    let Some(w) = ctx.word(k) else { return false };
    let next = ctx.word(k + n).unwrap_or("");
    let show = matches!(w, "show" | "shows" | "showed") && matches!(next, "up" | "off" | "host" | "hosts");
    let tank = matches!(w, "think" | "thinks") && matches!(next, "tank" | "tanks");
    // adding to the confusion, went on the attack, accused of fraud, found himself alone,
    // went on to win, goes on sale, decided to stay, called off the talks (rule S-DEED).
    let phrase = (matches!(w, "add" | "adds" | "added" | "adding") && next == "to")
        || (matches!(w, "went" | "go" | "goes" | "going") && matches!(next, "the" | "a" | "to" | "sale"))
        || went_on_deed(ctx, k, n)
        || (matches!(w, "decide" | "decides" | "decided") && next == "to")
        // called off the talks, called in administrators, is calling back cars, projects
        // called to a halt: a deed.
        || (matches!(w, "call" | "calls" | "called" | "calling")
            && (matches!(next, "off" | "in" | "back" | "up")
                || (next == "to" && ctx.word(k + n + 2).is_some_and(|h| matches!(h, "halt" | "account" | "order")))))
        // It already has orders from Pakistan, a book charting disputes between them: a
        // form in -s after `has` or after a participle is a noun, the verb's object.
        || (n == 1
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && k > 0
            && ctx.word(k - 1).is_some_and(|p| {
                matches!(p, "has" | "have" | "had") || (p.len() > 5 && p.ends_with("ing") && !p.ends_with("thing"))
            })
            && ctx.word(k + 1) != Some("that"))
        // is writing an episode, wrote a $500,000 check: a work or a deed, not a report
        // (wrote a letter, an op-ed, a dissent: a document says what it says).
        || (matches!(w, "write" | "writes" | "wrote" | "writing")
            && matches!(next, "a" | "an")
            && (!document_after(ctx, k + n + 1) || (w == "writing" && progressive_be(ctx, k))))
        // who wrote the authorised biography of Diana, wrote his first novel: a work
        // authored, not a report.
        || (matches!(w, "write" | "writes" | "wrote" | "written" | "writing")
            && matches!(next, "the" | "his" | "her" | "their" | "its" | "a" | "an")
            && work_after(ctx, k + n + 1))
        // Icann is considering proposals: a deliberation, not a view.
        || (w == "considering" && progressive_be(ctx, k))
        || (w == "accused" && next == "of")
        // a union agreed to a new contract (agreed to pay, agreed that …: a statement);
        // defending the Labour stronghold, his title: a contest, not a defence of a view.
        || (matches!(w, "agree" | "agrees" | "agreed")
            && next == "to"
            && ctx.word(k + n + 1).is_some_and(|d| matches!(d, "a" | "an" | "the" | "its" | "their")))
        || (matches!(w, "defend" | "defends" | "defended" | "defending") && contest_after(ctx, k + n))
        || (matches!(w, "find" | "finds" | "found")
            && matches!(next, "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves" | "yourself"))
        // who asked not to be named, who declined to be identified: a source's anonymity,
        // not what was said.
        || (matches!(w, "ask" | "asks" | "asked" | "asking")
            && next == "not"
            && ctx.word(k + n + 1) == Some("to")
            && ctx.word(k + n + 2) == Some("be"))
        || (matches!(w, "declined" | "declines" | "declining" | "refused" | "refuses" | "refusing")
            && next == "to"
            && ctx.word(k + n + 1) == Some("be")
            && ctx.word(k + n + 2).is_some_and(|x| matches!(x, "named" | "identified")));
    // … a film called Renew, a play called “Los Hijos de Trump”: a capitalised name after
    // it, in quotation marks or not.
    let cap_at = |j: usize| ctx.toks.get(j).is_some_and(|t| t.cap && t.kind == Kind::Word);
    // A quotation is one token: its first letter decides.
    let quoted_name = || {
        ctx.toks.get(k + 1).filter(|t| t.kind == Kind::Quote).is_some_and(|t| {
            let content = ctx.text.get(t.start as usize..t.end as usize).unwrap_or("");
            content.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
        })
    };
    // … a phenomenon called 'knocking': any quoted term after a singular noun.
    let quoted = || ctx.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Quote);
    let naming = n == 1
        && matches!(w, "called" | "dubbed" | "nicknamed" | "christened")
        && (cap_at(k + 1) || quoted_name() || quoted())
        && k > 0
        && ctx.word(k - 1).is_some_and(|p| {
            !ctx.toks[k - 1].cap
                // a Windows virus called Bofra: -us and -ss end no plural.
                && (!p.ends_with('s') || p.ends_with("us") || p.ends_with("ss"))
                && !ctx.clause_word(k - 1)
                && ctx.classes(k - 1) & (class::ROLE | class::PRONOUN | class::ADVERB | class::STOP) == 0
        });
    // the government department for planning said: a word in -ing right before a
    // speech verb is a noun of the source's name.
    let gerund_noun = n == 1
        && w.len() > 5
        && w.ends_with("ing")
        && matches!(next, "said" | "says" | "told" | "added" | "announced" | "confirmed");
    show || tank
        || gerund_noun
        || phrase
        || finds_a_way(ctx, k, n, w)
        || naming
        || perfect_participle(ctx, k)
        || event_sees(ctx, k, w)
        || modal_sees(ctx, k, w)
        || work_narrates(ctx, k, w)
        || suspicion(w, next)
        || noun_after_modifier(ctx, k, n)
        || plural_noun_of(w, n, next)
        || possessed_plural(ctx, k, n, w)
        || noun_after_adjective(ctx, k, n, w)
        || counted_participle(ctx, k, n, w)
        || deed(w, next)
        || knocked_off(ctx, k, n, w)
        || amount_change(ctx, k, n)
        || cites_as_saying(ctx, k, n)
}

/// Whether a one-word cue in -s is a plural noun after an owner's possessive and an
/// adjective (England's defensive worries continue, China's territorial disputes): no verb
/// has an owner and an adjective for subject.
fn possessed_plural(ctx: &Ctx, k: usize, n: usize, w: &str) -> bool {
    n == 1
        && k >= 2
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && adjective(ctx, k - 1)
        && ctx.possessive(k - 2)
}

/// Rule S-ADJ-NOUN: whether a one-word cue that is not a participle is a noun after a
/// determiner or an owner and one adjective (the big fear with many is that …, the only
/// hope, their political views, an old quip, a week-long push for …): a verb after a
/// singular determiner and an adjective would need a noun between them; a form in -s
/// only after an owner (the festival praises: `festival` may be the noun). Not after a word
/// that heads a role (the cardinal said, the official added) or `public`, which may be
/// the subject (the public wants …), nor where rule S-POSSESSED gives the noun its owner
/// (Trump's controversial pledge to …).
fn noun_after_adjective(ctx: &Ctx, k: usize, n: usize, w: &str) -> bool {
    if n != 1 || k < 2 || w.ends_with("ed") || w.ends_with("ing") || ctx.toks[k].cap {
        return false;
    }
    let Some(a) = ctx.word(k - 1) else { return false };
    let adjective_like = adjective(ctx, k - 1)
        || (!ctx.toks[k - 1].cap
            && (a.ends_with("long")
                || matches!(
                    a,
                    "big"
                        | "main"
                        | "only"
                        | "real"
                        | "great"
                        | "key"
                        | "final"
                        | "best"
                        | "old"
                        | "new"
                        | "broad"
                        | "first"
                        | "last"
                        | "same"
                        | "whole"
                        | "usual"
                        | "latest"
                        | "biggest"
                        | "greatest"
                )));
    // A form in -s may have a singular subject (the festival praises, the missive
    // suggests): a noun only after an owner (his outrageous views, their political views)
    // or a number (more than 1,000 similar claims).
    let plural = w.ends_with('s');
    let number = ctx.word(k - 2).is_some_and(bare_number);
    // more than 1,000 similar claims: any lowercase word between a number and the cue.
    let adjective_like = adjective_like
        || (number
            && plural
            && !ctx.toks[k - 1].cap
            && !a.ends_with('s')
            && ctx.classes(k - 1) & class::STOP == 0);
    let determiner = || {
        number
            || ctx.possessive(k - 2)
            || ctx.word(k - 2).is_some_and(|d| {
                let is = |forms: &[&str]| forms.iter().any(|f| f.eq_ignore_ascii_case(d));
                is(&["its", "his", "her", "their", "our", "my", "your"])
                    || (!plural && is(&["a", "an", "the", "this"]))
            })
    };
    adjective_like
        && determiner()
        && a != "public"
        // Trump's controversial pledge to …: the owner's (rule S-POSSESSED).
        && possessed_owner(ctx, k, n).is_none()
        && ctx.classes(k - 1) & (class::ROLE | class::TITLE | class::PARTY) == 0
}

/// Whether a one-word cue in -s is a plural noun with its `of` phrase (British hopes of
/// winning, claims of infighting, the physical demands of the day; not a verb's frame:
/// calls for change, hopes for a miracle).
fn plural_noun_of(w: &str, n: usize, next: &str) -> bool {
    n == 1
        && next == "of"
        && matches!(w, "hopes" | "claims" | "demands" | "fears" | "warnings" | "promises" | "threats")
}

/// Whether a contest's prize or seat ends the few words of a noun phrase from token `k`
/// (the Labour stronghold of Normanton, his world title, their lead).
fn contest_after(ctx: &Ctx, k: usize) -> bool {
    (k..k + 4).take_while(|&j| ctx.toks.get(j).is_some_and(|t| t.kind == Kind::Word)).any(|j| {
        ctx.word(j).is_some_and(|w| {
            matches!(
                w,
                "title" | "titles" | "crown" | "seat" | "stronghold" | "championship" | "lead" | "majority"
            )
        })
    })
}

/// Whether the participle at `k` follows a form of `be`, past `-ly` adverbs (is
/// considering, will be writing, are all believed to be carefully considering).
fn progressive_be(ctx: &Ctx, k: usize) -> bool {
    let mut p = k;
    while p > 0 && ctx.word(p - 1).is_some_and(|w| w.len() > 4 && w.ends_with("ly")) {
        p -= 1;
    }
    p > 0 && ctx.word(p - 1).is_some_and(|w| matches!(w, "is" | "are" | "was" | "were" | "been" | "be"))
}

/// Whether a document noun of `[document]` (gazetteers/speaker-words.txt) but `book`
/// ends the few words of a noun phrase from token `k` (a detailed, six-page letter, a
/// lashing dissent), before any punctuation.
fn document_after(ctx: &Ctx, k: usize) -> bool {
    (k..k + 5)
        .take_while(|&j| ctx.toks.get(j).is_some_and(|t| t.kind == Kind::Word))
        .any(|j| ctx.lowercase_in(j, class::DOCUMENT) && ctx.word(j) != Some("book"))
}

/// Rule S-FIND-WAY: `find` before a way is a deed (found ways to press his agenda, found
/// a way to broadcast data, found its way to the city), not a finding.
fn finds_a_way(ctx: &Ctx, k: usize, n: usize, w: &str) -> bool {
    matches!(w, "find" | "finds" | "found" | "finding")
        && ctx.word(k + n) != Some("that")
        && (k + n..k + n + 3)
            .take_while(|&j| ctx.toks.get(j).is_some_and(|t| t.kind == Kind::Word))
            .any(|j| matches!(ctx.word(j), Some("way" | "ways")))
}

/// Rule S-HAVING: a cue after `having` opens a participle clause (Having said that, …;
/// having announced his retirement, he …): its subject is the main clause's, and an idiom
/// or a deed is no statement.
fn perfect_participle(ctx: &Ctx, k: usize) -> bool {
    k > 0 && ctx.word(k - 1).is_some_and(|p| p.eq_ignore_ascii_case("having"))
}

/// Rule S-EVENT-SEES: `see` after an event noun tells what the event brings (the deal sees
/// Rosneft receive credits, the festival will see the film screened), not a belief. The
/// nouns are the lowercase words of `[event]` in gazetteers/speaker-words.txt.
fn event_sees(ctx: &Ctx, k: usize, w: &str) -> bool {
    if !matches!(w, "see" | "sees" | "saw") {
        return false;
    }
    // Past a modal: the change will see …
    let mut p = k;
    if p > 1 && ctx.word(p - 1).is_some_and(modal) {
        p -= 1;
    }
    // The film sees the 23-year-old play a drug mule: a story's plot, as an event's.
    p > 0 && (ctx.lowercase_in(p - 1, class::EVENT) || ctx.lowercase_in(p - 1, class::NARRATIVE))
}

/// Rule S-MODAL-SEE: `see` after a modal or `to` without an `as` frame tells what may
/// happen or be witnessed (the new network will see 250 screens fitted, the meeting will see
/// Holmes compete, he will see an orphanage), not a belief; `people may see it as a loss`
/// keeps its belief. PolNeAR's train split marks no `see` after a modal.
fn modal_sees(ctx: &Ctx, k: usize, w: &str) -> bool {
    if w != "see" || k == 0 || !ctx.word(k - 1).is_some_and(|p| modal(p) || p == "to") {
        return false;
    }
    let frame = (k + 1..ctx.toks.len().min(k + 16))
        .take_while(|&j| ctx.toks[j].kind == Kind::Word || ctx.punct(j, ','))
        .any(|j| ctx.word(j) == Some("as"));
    !frame
}

/// Rule S-WORK: a film, book or show as the subject of a narrating verb (the film recounts
/// the life of a singer, the books tell the story of a girl) tells its plot, no statement.
/// The works are the lowercase words of `[narrative]` in gazetteers/speaker-words.txt.
fn work_narrates(ctx: &Ctx, k: usize, w: &str) -> bool {
    if !matches!(
        w,
        "recounts"
            | "recount"
            | "recounted"
            | "tells"
            | "tell"
            | "told"
            | "describes"
            | "depicts"
            | "portrays"
            | "shows"
    ) {
        return false;
    }
    k > 0 && ctx.lowercase_in(k - 1, class::NARRATIVE)
}

/// Whether a story-telling work (`[narrative]` but a book or memoir; a biography, a
/// script, lyrics) ends the few words of a noun phrase from token `k` (the authorised
/// biography, his first novel).
fn work_after(ctx: &Ctx, k: usize) -> bool {
    // A book or memoir says what it says (wrote in his memoir that …; PolNeAR counts
    // them as sources).
    (k..k + 4).take_while(|&j| ctx.toks.get(j).is_some_and(|t| t.kind == Kind::Word)).any(|j| {
        ctx.word(j).is_some_and(|w| {
            (ctx.lowercase_in(j, class::NARRATIVE) && !matches!(w, "book" | "books" | "memoir"))
                || matches!(w, "biography" | "screenplay" | "script" | "lyrics" | "songs")
        })
    })
}

/// Rule S-SUSPECT: `suspected of`, `suspected in` name a suspicion held by no one named
/// (foreign nationals suspected of involvement), not a statement.
fn suspicion(w: &str, next: &str) -> bool {
    w == "suspected" && matches!(next, "of" | "in")
}

/// Whether the cue is `cited`/`quoted` with the person quoted and `as saying` after it
/// (the agency cited Karimi as saying …): the person is the source of `saying`, rule
/// S-QUOTED-AS, and the outlet's citing is no statement of its own.
fn cites_as_saying(ctx: &Ctx, k: usize, n: usize) -> bool {
    if n != 1 || !ctx.word(k).is_some_and(quoting_verb) {
        return false;
    }
    let end = ctx.np_forward(k + 1, ctx.toks.len()).map_or(k + 1, |np| np.end);
    ctx.word(end) == Some("as") && ctx.word(end + 1) == Some("saying")
}

/// Whether the cue is `add` with an amount right after it: a rise, not a report (shares
/// added 1.7%, adding $1.89 to $48.62, the economy added 337,000 jobs, added 18 points);
/// `offer` with one: a bid (has offered £1.3bn); or `decline` used for a fall ([`fall`]).
/// A reported clause opens with its subject or `that`; none of PolNeAR train's 19,826
/// attributions has an `add` cue before a number, and each of the 12 such statements
/// found there and on BBC was a rise. `post` before a firm's results is no posting of
/// words either (Hyundai Motor has posted a 20% rise in profits, posted record profits of
/// £1bn; not posted a message on Twitter).
fn amount_change(ctx: &Ctx, k: usize, n: usize) -> bool {
    let Some(w) = ctx.word(k) else { return false };
    if n != 1 {
        return false;
    }
    if matches!(w, "post" | "posts" | "posted" | "posting") {
        const RESULTS: &[&str] = &[
            "rise", "fall", "drop", "increase", "decline", "gain", "gains", "loss", "losses", "profit",
            "profits", "surplus", "deficit", "growth", "jump", "slump", "revenue", "revenues", "sales",
            "earnings", "turnover", "results",
        ];
        // The words of the object up to a comma or a preposition (a 20% rise in profits).
        return amount(ctx, k + 1)
            || (k + 1..ctx.toks.len().min(k + 7))
                .take_while(|&j| {
                    !ctx.punct(j, ',')
                        && !ctx.punct(j, '.')
                        && !matches!(ctx.word(j), Some("on" | "that" | "to" | "in" | "of"))
                })
                .any(|j| ctx.word(j).is_some_and(|w| RESULTS.contains(&w)));
    }
    if matches!(w, "decline" | "declines" | "declined" | "declining") {
        return fall(ctx, k + 1);
    }
    // Rovers have offered £500,000, Deutsche Boerse has offered £1.3bn: a bid.
    matches!(w, "add" | "adds" | "added" | "adding" | "offer" | "offers" | "offered" | "offering")
        && amount(ctx, k + 1)
}

/// Whether token `k` opens an amount: a number, or a currency sign before one.
fn amount(ctx: &Ctx, k: usize) -> bool {
    let Some(t) = ctx.toks.get(k) else { return false };
    let first = t.text(ctx.text).chars().next();
    let currency = t.kind == Kind::Punct
        && matches!(first, Some('$' | '£' | '€' | '¥'))
        && ctx.toks.get(k + 1).is_some_and(|d| d.text(ctx.text).starts_with(|c: char| c.is_ascii_digit()));
    (t.kind == Kind::Word && first.is_some_and(|c| c.is_ascii_digit())) || currency
}

/// Whether `decline` before token `k` is a fall, not a refusal (declined to comment,
/// declined the offer): an amount (declined 5%, declined to $281 million), an adverb in
/// -ly (declined sharply) or a preposition other than `to` (declined from, by, in 2015)
/// with no `to` and a verb in the next words (declined at first to criticize), or the end
/// of the clause (sales have declined.) follow it (rule S-FALL).
fn fall(ctx: &Ctx, k: usize) -> bool {
    let Some(w) = ctx.word(k) else { return true };
    // declined at first to criticize, declined on Monday to comment: a refusal after all.
    let refusal_after = || {
        (k + 1..(k + 7).min(ctx.toks.len())).any(|j| {
            ctx.word(j) == Some("to")
                && ctx.word(j + 1).is_some()
                && !ctx.toks[j + 1].cap
                && !amount(ctx, j + 1)
        })
    };
    amount(ctx, k)
        || (w == "to" && amount(ctx, k + 1))
        || (((w.len() > 4 && w.ends_with("ly") && w != "only")
            || (w != "to" && ctx.classes(k) & class::PREP != 0))
            && !refusal_after())
}

/// Whether a bare cue that is far more often a noun (show, demand, label, slam, suspect,
/// claim, claims, call, estimate) is one: right after a word that cannot be its plural or pronoun
/// subject (a talk show on, the high demand for, a record label to, a grand slam event, a
/// British terror suspect held in), unless `that` follows (Rules demand that …); claim,
/// call and estimate only after a singular determiner or an owner and one word (a damages
/// claim, its second estimate). A singular subject takes `shows`, a
/// plural one ends in -s (Police suspect, Investigators suspect).
fn noun_after_modifier(ctx: &Ctx, k: usize, n: usize) -> bool {
    let Some(w) = ctx.word(k) else { return false };
    // The first two bytes turn away nearly every cue (said, says) before a string compare.
    let head = w.as_bytes().get(..2).unwrap_or(b"");
    if n != 1
        || k == 0
        || !matches!(head, b"sh" | b"de" | b"la" | b"sl" | b"su" | b"cl" | b"ca" | b"es")
        || !matches!(
            w,
            "show"
                | "demand"
                | "label"
                | "slam"
                | "suspect"
                | "suspects"
                | "claim"
                | "claims"
                | "call"
                | "estimate"
        )
        || ctx.word(k + 1) == Some("that")
    {
        return false;
    }
    let Some(p) = ctx.word(k - 1) else { return false };
    // claim, call, estimate are verbs after a plural subject and its complement too
    // (Critics of the policy claim …): a noun only after a singular determiner or an
    // owner and one lowercase word (a damages claim, its compensation claim, Friday's
    // growth estimate).
    // 32% of Republican claims as …, a review of claims: `claims` right after `of`, or
    // after `of` and one word that is no plural, pronoun or determiner, is a noun (not:
    // one of the reporters claims, none of them claims).
    if w == "claims" {
        let plural = p.ends_with('s') && !p.ends_with("ss");
        return p == "of"
            || (k >= 2
                && ctx.word(k - 2) == Some("of")
                && !plural
                && ctx.classes(k - 1) & (class::PRONOUN | class::DET) == 0
                && !matches!(p, "them" | "us" | "whom" | "which" | "these" | "those"));
    }
    if matches!(w, "claim" | "call" | "estimate") {
        // its makers claim: an owner's plural is the subject.
        let plural = p.ends_with('s') && !p.ends_with("ss");
        return k >= 2
            && !ctx.toks[k - 1].cap
            && (ctx.word(k - 2).is_some_and(|d| matches!(d, "a" | "an" | "A" | "An"))
                || !plural
                    && (ctx.possessive(k - 2)
                        || ctx
                            .word(k - 2)
                            .is_some_and(|d| matches!(d, "its" | "Its" | "his" | "His" | "her" | "Her"))));
    }
    let plural = (p.ends_with('s') && !p.ends_with("ss"))
        || ["people", "men", "women", "children", "police", "data", "media"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(p));
    let subject_or_verb = ctx.classes(k - 1) & (class::PRONOUN | class::ADVERB | class::STOP | class::PREP)
        != 0
        || modal(p)
        || matches!(p, "to" | "and" | "or" | "that" | "which" | "not" | "you" | "You");
    !plural && !subject_or_verb
}

/// Rule S-POSSESSED: the owner of a bare cue right after a possessive, or after a
/// possessive and one adjective, which makes the cue a noun: the owner is the source
/// (Trump's controversial pledge to be "neutral", his famous pledge to …, its central
/// claim that …), as PolNeAR marks it; a possessed word is no verb with a subject.
fn possessed_owner(ctx: &Ctx, k: usize, n: usize) -> Option<usize> {
    let w = ctx.word(k)?;
    // Only a word that is a noun as often (a pledge, a claim, praise), never said or told.
    let noun = ctx.classes(k) & class::SPEECH_NOUN != 0 || matches!(w, "praise" | "support" | "backing");
    if n != 1 || k == 0 || !noun || w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") {
        return None;
    }
    let owner = |p: usize| {
        ctx.possessive(p)
            || ctx.word(p).is_some_and(|o| matches!(o, "his" | "her" | "their" | "its" | "our" | "my"))
    };
    if owner(k - 1) {
        Some(k - 1)
    } else {
        (k >= 2 && adjective(ctx, k - 1) && owner(k - 2)).then_some(k - 2)
    }
}

/// Whether word `p` is lowercase with an adjective's ending (controversial, famous,
/// defensive, central, latest).
fn adjective(ctx: &Ctx, p: usize) -> bool {
    !ctx.toks[p].cap
        && ctx.word(p).is_some_and(|a| {
            ["ive", "al", "ful", "ous", "ic", "est"].iter().any(|e| a.len() > 4 && a.ends_with(e))
        })
}

/// Whether the cue is a deed with its object rather than a report: agreed a deal (agreed
/// the plan was sound is a clause), knocked out a rival, snapped up the rights, denied
/// bail, listed companies.
fn deed(w: &str, next: &str) -> bool {
    if !matches!(w.as_bytes().first(), Some(b'a' | b'k' | b's' | b'd' | b'l' | b'r')) {
        return false;
    }
    (matches!(w, "agree" | "agrees" | "agreed") && matches!(next, "a" | "an"))
        || (matches!(w, "knock" | "knocks" | "knocked" | "knocking")
            && matches!(next, "out" | "back" | "off" | "down"))
        // the film rights were snapped up: a purchase, not a retort.
        || (w == "snapped" && next == "up")
        // the UK's leading listed companies, a stock-market listed football club: listed on
        // an exchange.
        || (w == "listed"
            && matches!(next, "companies" | "company" | "firm" | "firms" | "club" | "clubs" | "group" | "groups" | "businesses" | "banks" | "football"))
        // repeatedly denied bail, was denied entry, Roma refused entry: a refusal to grant,
        // not a denial or a refusal of their own.
        || (matches!(w, "deny" | "denies" | "denied" | "denying" | "refuse" | "refuses" | "refused" | "refusing")
            && matches!(next, "bail" | "entry" | "access" | "permission" | "visa" | "visas" | "asylum"))
}

/// Rule S-DEED: knocked with an object and then a particle (high oil prices have knocked
/// 0.2% off the growth rate; the sequel knocked last week's top film off the top spot) is
/// a deed, not a criticism (he knocked Cruz for not reporting loans).
fn knocked_off(ctx: &Ctx, k: usize, n: usize, w: &str) -> bool {
    matches!(w, "knock" | "knocks" | "knocked" | "knocking")
        && (k + n..ctx.toks.len().min(k + n + 7))
            .take_while(|&j| ctx.toks[j].kind == Kind::Word || ctx.possessive(j) || ctx.punct(j, '%'))
            .any(|j| matches!(ctx.word(j), Some("off" | "out" | "down" | "into")))
}

/// The end of a content running to `e` (one past its sentence): before the sentence's last
/// full stop, colon or comma.
fn content_end(ctx: &Ctx, s: usize, mut e: usize) -> usize {
    while e > s && ctx.toks.get(e - 1).is_some_and(|t| t.kind == Kind::Punct || t.kind == Kind::Para) {
        e -= 1;
    }
    e
}

/// Whether `st`'s source (a name or role, not a pronoun) lies inside the content of
/// `outer` that no clause boundary cut short (X argued that the court could declare …;
/// the court could declare …, X argued): a noun of the reported clause, right < 0.2 of
/// the time on train.
fn nested_source(outer: &Stmt, st: &Stmt) -> bool {
    matches!(st.np.kind, NpKind::Name | NpKind::Role)
        && outer.content.0 <= st.np.start
        && st.np.start < outer.content.1
        && outer.np.start != st.np.start
}

/// Rule S-REL: a statement inside a relative clause of another's content (Critics say the
/// tax, which officials say will raise $2 billion, is unfair) leaves that content whole:
/// both statements stand, the inner one's content opening at its relative pronoun, as
/// PolNeAR marks it.
fn in_relative_clause(ctx: &Ctx, prev: &Stmt, st: &Stmt) -> bool {
    let c = st.content.0;
    prev.content.0 < c
        && c < prev.content.1
        && c < st.np.start
        && c > 0
        && ctx.punct(c - 1, ',')
        && ctx.word(c).is_some_and(|w| matches!(w, "which" | "who" | "whom"))
}

/// Whether `st`'s cue lies in the quoted words that `prev`'s content runs on to past its
/// own sentence (''…,'' X said. ''I think …'').
fn in_continued_quote(ctx: &Ctx, prev: &Stmt, st: &Stmt) -> bool {
    prev.cue.1 < st.cue.0
        && st.cue.0 < prev.content.1
        && ctx.sentence_start(prev.cue.0) != ctx.sentence_start(st.cue.0)
        && ctx.punct(prev.content.1 - 1, '\'')
}

/// Ends the content of `prev` at the clause boundary before token `later`, when `later`
/// lies inside it (not after the cue of a parenthetical source).
fn cut(ctx: &Ctx, prev: &mut Stmt, later: usize) {
    // Instead, she said, her boss told her …: the clause after a parenthetical source is
    // its content, a statement inside it included.
    let after_parenthetical = prev.rule == "speaker-cue-parenthetical" && prev.cue.1 < later;
    if !after_parenthetical
        && prev.content.0 < later
        && later < prev.content.1
        && let Some(end) = boundary_before(ctx, prev.content.0, later)
    {
        prev.content.1 = end;
    }
}

/// Where a content holding a later statement at `later` stops: at the last comma,
/// semicolon or dash before it (with a following `and`, `but`, `while`), if any.
fn boundary_before(ctx: &Ctx, from: usize, later: usize) -> Option<usize> {
    let mut p = later;
    while p > from + 1
        && ctx.word(p - 1).is_some_and(|w| matches!(w, "and" | "but" | "while" | "as" | "although" | "also"))
    {
        p -= 1;
    }
    if p <= from + 1 {
        return None;
    }
    // … relationships but added, “…”: a conjunction before a cue ends the clause.
    if p < later && ctx.cue(later).is_some() {
        return Some(p);
    }
    if ctx.punct(p - 1, ',') || ctx.punct(p - 1, ';') || ctx.dash(p - 1) {
        return Some(p - 1);
    }
    // “… refined,” adding: a quotation whose comma sits inside its marks.
    comma_quote(ctx, p - 1).then_some(p)
}

/// Whether token `k` lies inside a quotation in doubled apostrophes (''…'') that opened
/// in its sentence before it: an odd number of `''` between the sentence start `s` and `k`.
/// Such quotations are not quotation tokens, so their clause (''The data showed …,'' X
/// wrote) would otherwise give a source from inside the quoted words.
fn in_apostrophe_quote(ctx: &Ctx, s: usize, k: usize) -> bool {
    let (Some(a), Some(b)) = (ctx.toks.get(s), ctx.toks.get(k)) else { return false };
    let span = ctx.text.as_bytes().get(a.start as usize..b.start as usize).unwrap_or(&[]);
    span.windows(2).filter(|w| w == b"''").count() % 2 == 1
}

/// Whether a statement is more than a quoted statement already on record: its content is
/// not one direct quotation (with punctuation) and holds at least one word, or is one
/// quotation whose cue no quotation rule took (a report found “…”: a scare quote's
/// statement).
fn worth_keeping(ctx: &Ctx, st: &Stmt) -> bool {
    let (a, b) = st.content;
    if a >= b {
        return false;
    }
    let toks = &ctx.toks[a..b];
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let quotes = toks.iter().filter(|t| t.kind == Kind::Quote).count();
    let first_quote = toks.iter().find(|t| t.kind != Kind::Punct).is_some_and(|t| t.kind == Kind::Quote);
    let only_quote = first_quote && quotes == 1 && words == 0;
    (only_quote || (words > 0 && !(first_quote && quotes == 1 && words <= 2)))
        && !toks.iter().any(|t| t.kind == Kind::Para)
        && !headless_role(ctx, &st.np)
}

/// Whether a role phrase ends in no noun, so names no source: in an adverb, a preposition
/// or conjunction (a recent study by, the director of, Some delegates even), a simple past
/// (The move came, The pair spent), or a verb right after a singular person or body noun
/// (The Tory leader supports, A spokesperson dismissed, The firm works): a role noun that
/// is an agent noun, ends in -man, -woman or -person, or is a lowercase word of `[head]`
/// in gazetteers/speaker-words.txt.
fn headless_role(ctx: &Ctx, np: &Np) -> bool {
    if np.kind != NpKind::Role || np.end < np.start + 2 {
        return false;
    }
    // The chancellor also denied: the adverb is trimmed from the speaker (The internationally
    // is not).
    let k = ctx.adverb_trimmed(*np).end - 1;
    let Some(w) = ctx.word(k) else { return false };
    let c = ctx.classes(k);
    if ctx.toks[k].cap || c & class::ROLE != 0 {
        return false;
    }
    let adverb = w.len() > 6 && ["ally", "ently", "ately", "ously", "edly"].iter().any(|e| w.ends_with(e));
    let function = adverb
        || c & (class::ADVERB | class::PREP) != 0
        || matches!(w, "and" | "or" | "by" | "of" | "for" | "up" | "off" | "always" | "even");
    let past = matches!(
        w,
        "took"
            | "came"
            | "went"
            | "began"
            | "became"
            | "knew"
            | "grew"
            | "fell"
            | "rose"
            | "saw"
            | "gave"
            | "wrote"
            | "spent"
    );
    let p = ctx.word(k - 1).unwrap_or("");
    let head = ctx.classes(k - 1) & class::ROLE != 0
        && !ctx.toks[k - 1].cap
        && !p.ends_with('s')
        && (agent_noun(p)
            || ["man", "woman", "person"].iter().any(|e| p.ends_with(e))
            || ctx.lowercase_in(k - 1, class::HEAD));
    let verb = w.ends_with("ed")
        || matches!(
            w,
            "supports"
                | "works"
                | "knows"
                | "remains"
                | "follows"
                | "wants"
                | "seems"
                | "appears"
                | "takes"
                | "makes"
                | "gets"
                | "goes"
                | "comes"
                | "gives"
                | "keeps"
                | "continues"
                | "faces"
                | "refuses"
        );
    function || past || (head && verb)
}

/// Whether token `k` is a source: a speaker phrase that is not only a determiner.
fn source_like(ctx: &Ctx, np: &Np) -> bool {
    np.end > np.start
        && !(np.end == np.start + 1 && ctx.classes(np.start) & class::DET != 0 && np.kind == NpKind::Role)
}

/// `according-to-content`: According to X, CLAUSE — the content after the comma that
/// closes the source.
fn according_to_content(ctx: &Ctx, cue: (usize, usize), s: usize, e: usize) -> Option<Stmt> {
    if !opens_clause(ctx, cue.0, s) {
        return None;
    }
    let np = source_after(ctx, cue.1, e)?;
    let comma = (np.end..e.min(np.end + TAIL + 4)).find(|&j| ctx.punct(j, ','))?;
    let content = (comma + 1, e);
    Some(Stmt { content, cue, np, rule: "according-to-content", confidence: 0.8 })
}

/// How many tokens before `according to` its content may open at a parenthesis (rule
/// S-ACCORDING-NEAR).
const ACCORDING_NEAR: usize = 30;

/// `content-according-to`: CLAUSE, according to X. — the content from the sentence start
/// to the comma before the cue.
fn content_according_to(ctx: &Ctx, cue: (usize, usize), s: usize, e: usize) -> Option<Stmt> {
    let np = source_after(ctx, cue.1, e.max(cue.1))?;
    let before = cue.0.checked_sub(1)?;
    if before <= s || !(ctx.punct(before, ',') || ctx.dash(before) || ctx.punct(before, '(')) {
        return None;
    }
    if split_content(ctx, s, before, np.end, e) {
        return Some(Stmt { content: (s, e), cue, np, rule: "split-content", confidence: 0.7 });
    }
    // Rule S-ACCORDING-NEAR: (the number is closer to 15 percent, according to X): what
    // the source reports is the parenthesis it closes.
    let near = (s + 1..before).rev().take(ACCORDING_NEAR).find(|&j| ctx.punct(j - 1, '('));
    let s = near.filter(|&j| !(j..before).any(|k| ctx.punct(k, ')'))).unwrap_or(s);
    Some(Stmt { content: (s, before), cue, np, rule: "content-according-to", confidence: 0.75 })
}

/// The source after a `according to`: a speaker phrase, an object pronoun (according to
/// him), or the words up to the next punctuation (according to Senate filings).
fn source_after(ctx: &Ctx, k: usize, e: usize) -> Option<Np> {
    let limit = e.max(k);
    // According to him, CLAUSE: an object pronoun, resolved as a subject one is.
    if ctx.word(k).is_some_and(|w| matches!(w, "him" | "her" | "them"))
        && (k + 1 >= limit || ctx.toks[k + 1].kind != Kind::Word)
    {
        return Some(Np { start: k, end: k + 1, name_start: k, kind: NpKind::Pronoun });
    }
    if let Some(np) = maker_after(ctx, k, limit) {
        return Some(np);
    }
    if let Some(np) = ctx.np_forward(k, limit + 1) {
        return Some(np);
    }
    let end = (k..limit).find(|&j| ctx.toks[j].kind != Kind::Word).unwrap_or(limit);
    (end > k).then_some(Np { start: k, end, name_start: k, kind: NpKind::Role })
}

/// How many words a document's phrase before its maker may have (a new 2013 study).
const DOCUMENT_PHRASE: usize = 5;

/// Rule S-MAKER: after `according to`, a document and its maker (research from technology
/// analysts Gartner, figures from the Office for National Statistics, a 2013 study by
/// economists Ann Kerr): the maker's name is the source. A document is a lowercase word
/// of `[document]` in gazetteers/speaker-words.txt, then `from` or `by`; None otherwise.
fn maker_after(ctx: &Ctx, k: usize, limit: usize) -> Option<Np> {
    let doc = (k..(k + DOCUMENT_PHRASE).min(limit))
        .take_while(|&j| ctx.toks[j].kind == Kind::Word)
        .find(|&j| ctx.lowercase_in(j, class::DOCUMENT))?;
    if !matches!(ctx.word(doc + 1), Some("from" | "by")) {
        return None;
    }
    // Not a name that modifies a noun after it (UK of `UK think-tank Demos`): a lowercase
    // word after the name is a function word or a participle (Acme released on Monday).
    let ends = |e: usize| {
        ctx.word(e).is_none_or(|w| {
            ctx.toks[e].cap
                || ctx.classes(e) & (class::STOP | class::PREP) != 0
                || w.ends_with("ed")
                || w.ends_with("ing")
        })
    };
    let np = ctx.np_forward(doc + 2, limit + 1).filter(|np| np.kind == NpKind::Name && ends(np.end))?;
    // the Pew Internet and American Life Project, economists Ann Kerr and Tom Hart: a name
    // joined by `and` is read whole.
    let mut name_start = np.name_start;
    if name_start > np.start + 1 && ctx.word(name_start - 1) == Some("and") && ctx.name_word(name_start - 2) {
        name_start -= 2;
        while name_start > np.start && ctx.name_word(name_start - 1) {
            name_start -= 1;
        }
    }
    Some(Np { name_start, ..np })
}

/// Whether the cue at `k` opens its sentence, after openers and conjunctions at most (But
/// according to X, …).
fn opens_clause(ctx: &Ctx, k: usize, s: usize) -> bool {
    let mut p = s;
    while p < k
        && (ctx.classes(p) & class::OPENER != 0
            || ctx.word(p).is_some_and(|w| matches!(w, "But" | "And" | "Yet" | "So")))
    {
        p += 1;
    }
    p == k
}

/// How many tokens a role phrase set off before a name may have (The bank's chief
/// executive, Paul Ng, told …).
const APPOSED_ROLE: usize = 6;

/// `content-speaker-cue`: CLAUSE, X said. — the subject before the cue follows a comma,
/// and the cue (with a short tail: on Monday, in a statement) ends the sentence.
fn content_speaker_cue(
    ctx: &Ctx,
    verbs: &Verbs,
    cue: (usize, usize),
    frame: Frame,
    s: usize,
    e: usize,
) -> Option<Stmt> {
    // ''…,'' she said over breakfast in the hotel: after quoted words any tail may follow.
    let quoted = opens_apostrophe_quote(ctx, s);
    if !quoted && !ends_clause(ctx, cue.1, e, frame) && !participle_tail(ctx, verbs, cue.1, e, frame) {
        return None;
    }
    let s = question_start(ctx, s);
    // Asked if he was appointed fairly, he replied: …: the clause of `asked` is the
    // question put to the source, not what it said.
    if ctx.word(s).is_some_and(|w| matches!(w, "Asked" | "Questioned" | "Pressed"))
        || (ctx.word(s).is_some_and(|w| matches!(w, "When" | "If")) && ctx.word(s + 1) == Some("asked"))
    {
        return None;
    }
    let np = subject(ctx, verbs, cue.0, s)?;
    let at = lowercase_roles_start(ctx, np, s);
    // CLAUSE, the Federal Reserve said: a name after `the`.
    let at = if at > s && at == np.start && ctx.word(at - 1).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        at - 1
    } else {
        at
    };
    let end = clause_close(ctx, at.checked_sub(1)?, s)?;
    if quoted && end + 1 == at && !ends_clause(ctx, cue.1, e, frame) {
        return None;
    }
    // His spokesman, Ali Amini, told reporters the arrests were lawful: a short role phrase
    // before a name set off by commas is the name's apposition, not what was said.
    if !quoted
        && np.kind == NpKind::Name
        && ctx.punct(np.end, ',')
        && end - s <= APPOSED_ROLE
        && ctx.np_forward(s, end).is_some_and(|r| r.kind == NpKind::Role && r.end == end)
    {
        return None;
    }
    // Ali Amini, a ministry spokesman told reporters …: a name alone before the comma is
    // the role's apposition too (rule S-APPOS reads it).
    if !quoted
        && end - s <= APPOSED_ROLE
        && ctx.np_forward(s, end).is_some_and(|r| r.kind == NpKind::Name && r.start == s && r.end == end)
    {
        return None;
    }
    let end = role_apposed_before(ctx, s, end, np).unwrap_or(end);
    // ''That, unfortunately,'' he said, ''is part of the reality'': one statement in two
    // quoted parts, as the split quotation of curly marks is.
    if quoted && ctx.punct(cue.1, ',') && opens_apostrophe_quote(ctx, cue.1 + 1) {
        let stop = ctx.toks.len().min(cue.1 + PARAGRAPH);
        let stop = (cue.1..stop).find(|&j| ctx.toks[j].kind == Kind::Para).unwrap_or(stop);
        if let Some(close) = apostrophe_close(ctx, cue.1 + 1, stop) {
            return Some(Stmt { content: (s, close), cue, np, rule: "split-quotation", confidence: 0.8 });
        }
    }
    let content = (s, continued_apostrophe_quote(ctx, end, cue.0));
    Some(Stmt { content, cue, np, rule: "content-speaker-cue", confidence: 0.8 })
}

/// Rule S-ROLE-APPOS: the comma that opens a role set off before the name (CLAUSE, the
/// head of the union, Tom Hale, said / CLAUSE, the firm's chief executive, Ann Reid,
/// said): the role is the name's apposition, not content. `end` is the comma before the
/// name; None when no such role stands between it and an earlier comma.
fn role_apposed_before(ctx: &Ctx, s: usize, end: usize, np: Np) -> Option<usize> {
    if np.kind != NpKind::Name || end != np.start.checked_sub(1)? {
        return None;
    }
    // A comma followed by a space (not the one of 70,000).
    let comma = (s + 1..end)
        .rev()
        .take(APPOSED_ROLE + 4)
        .find(|&j| ctx.punct(j, ',') && ctx.toks[j].end < ctx.toks[j + 1].start)?;
    // A determiner or possessive first, a role noun in it, no verb or clause word.
    let det = ctx.classes(comma + 1) & class::DET != 0 || ctx.possessive(comma + 1);
    let role = (comma + 1..end).any(|j| ctx.classes(j) & class::ROLE != 0 && !ctx.toks[j].cap);
    let plain = (comma + 1..end).all(|j| {
        ctx.plural_possessive(j)
            || ctx.toks[j].kind == Kind::Word && !ctx.clause_word(j) && ctx.cue(j).is_none()
    });
    (det && role && plain).then_some(comma)
}

/// Rule S-ROLE: where the lower-case role words before a name begin (CLAUSE, ministry
/// spokesman Ali Benali said): up to four lower-case words after `s`, the last a `[role]`
/// noun; `np.start` when there are none or the name is not a name.
fn lowercase_roles_start(ctx: &Ctx, np: Np, s: usize) -> usize {
    if np.kind != NpKind::Name || np.start == 0 || ctx.classes(np.start - 1) & class::ROLE == 0 {
        return np.start;
    }
    let lower = |k: usize| {
        ctx.toks[k].kind == Kind::Word
            && !ctx.toks[k].cap
            && ctx.word(k).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
    };
    let mut k = np.start;
    while k > s && np.start - k < 4 && lower(k - 1) {
        k -= 1;
    }
    k
}

/// Whether tokens `k` and `k + 1` are doubled apostrophes ('') that open (or close) a
/// quotation.
fn opens_apostrophe_quote(ctx: &Ctx, k: usize) -> bool {
    ctx.punct(k, '\'') && ctx.punct(k + 1, '\'') && ctx.toks[k].end == ctx.toks[k + 1].start
}

/// The start of the clause of a sentence `s` that opens with the closing marks of a quoted
/// question (''Why not?'' she asked.): the sentence before it, which the `?` ended; else `s`.
fn question_start(ctx: &Ctx, s: usize) -> usize {
    // Most sentences are turned away by one byte: no apostrophe opens it or two tokens in.
    let byte = |k: usize| ctx.toks.get(k).and_then(|t| ctx.text.as_bytes().get(t.start as usize)).copied();
    if byte(s) != Some(b'\'') && byte(s.wrapping_sub(2)) != Some(b'\'') {
        return s;
    }
    // The marks open the sentence, or (when the capitalised word after them does) end the
    // sentence before it.
    let marks = if opens_apostrophe_quote(ctx, s) { s } else { s.saturating_sub(2) };
    let asked = marks > 0
        && opens_apostrophe_quote(ctx, marks)
        && (ctx.punct(marks - 1, '?') || ctx.punct(marks - 1, '!'))
        && ctx.toks[marks - 1].end == ctx.toks[marks].start;
    if asked { ctx.sentence_start(marks - 1) } else { s }
}

/// The end of a quotation in doubled apostrophes opening at `k`: one past its closing
/// marks, in the same paragraph; None when it does not close.
fn apostrophe_quote_end(ctx: &Ctx, k: usize) -> Option<usize> {
    (k + 3..ctx.toks.len().min(k + PARAGRAPH))
        .take_while(|&j| ctx.toks[j].kind != Kind::Para)
        .find(|&j| opens_apostrophe_quote(ctx, j))
        .map(|j| j + 2)
}

/// `(ctx.sentence_start(k), ctx.sentence_end(k))`, taken from `last` (an earlier token's
/// `(token, start, end)`) when `k` is inside that sentence before its last token and no
/// [`MAX_SENTENCE`] cut made it: then neither scan would stop anywhere else.
fn sentence_span(ctx: &Ctx, last: Option<(usize, usize, usize)>, k: usize) -> (usize, usize) {
    let span = match last {
        Some((k0, s0, e0))
            if k0 < k
                && k + 1 < e0
                && e0 < k0 + MAX_SENTENCE
                && k < s0 + MAX_SENTENCE
                && ctx.toks.get(k0).is_some_and(|t| t.kind != Kind::Para) =>
        {
            (s0, e0)
        }
        _ => (ctx.sentence_start(k), ctx.sentence_end(k)),
    };
    debug_assert_eq!(span, (ctx.sentence_start(k), ctx.sentence_end(k)));
    span
}

/// Rule S-PROGRESSIVE: the form of `be` before the cue in -ing at `k`, past one adverb
/// (the agency was blaming him, officials are still urging calm, unions have been warning
/// that): the cue is then a finite verb whose subject stands before its auxiliaries, not a
/// participle that takes the subject of its clause.
fn progressive(ctx: &Ctx, k: usize) -> Option<usize> {
    let be =
        |j: usize| ctx.word(j).is_some_and(|w| matches!(w, "is" | "are" | "was" | "were" | "been" | "be"));
    let adverb = |j: usize| {
        ctx.word(j)
            .is_some_and(|w| matches!(w, "also" | "still" | "now" | "not" | "already") || w.ends_with("ly"))
    };
    let j = k.checked_sub(1)?;
    if be(j) {
        return Some(j);
    }
    (j > 0 && adverb(j) && be(j - 1)).then(|| j - 1)
}

/// Whether word `k` is a reporting verb in -ing (adding, saying, noting).
fn participle_cue(ctx: &Ctx, verbs: &Verbs, k: usize) -> bool {
    ctx.word(k).is_some_and(|w| w.ends_with("ing")) && verbs.at(ctx, k).is_some()
}

/// Whether the attribution from `k` ends at a comma before a second cue in -ing, with only
/// a short tail before it (…, X said in a statement, adding that …).
fn participle_tail(ctx: &Ctx, verbs: &Verbs, k: usize, e: usize, frame: Frame) -> bool {
    (k..e.min(k + TAIL + 1))
        .find(|&j| ctx.punct(j, ','))
        .is_some_and(|j| participle_cue(ctx, verbs, j + 1) && ends_clause(ctx, k, j, frame))
}

/// The source of a cue in -ing at `c` that follows an attribution and a comma (…, X said,
/// adding that … / …, X said in a statement, adding …): that attribution's source.
fn attribution_before(ctx: &Ctx, verbs: &Verbs, c: usize, s: usize) -> Option<Np> {
    let comma = c.checked_sub(1).filter(|&k| k > s && ctx.punct(k, ','))?;
    let floor = comma.saturating_sub(TAIL).max(s + 1);
    let cue = (floor..comma)
        .rev()
        .take_while(|&j| ctx.word(j).is_some())
        .find(|&j| ctx.word(j).is_some_and(|w| !w.ends_with("ing")) && verbs.at(ctx, j).is_some())?;
    subject(ctx, verbs, cue, s).filter(|np| np.end <= cue)
}

/// The end of a clause closed by token `k` before its attribution: the comma (left out),
/// or a quotation in doubled apostrophes closing with a comma, `?` or `!` (''…,'' — the
/// marks kept, as annotators mark them); None for other tokens or at the sentence start `s`.
fn clause_close(ctx: &Ctx, k: usize, s: usize) -> Option<usize> {
    if k > s && ctx.punct(k, ',') {
        return Some(k);
    }
    let closes = k > s + 2
        && opens_apostrophe_quote(ctx, k - 1)
        && (ctx.punct(k - 2, ',') || ctx.punct(k - 2, '?') || ctx.punct(k - 2, '!'));
    closes.then_some(k + 1)
}

/// `''First part,'' X said. ''Second part.''` — where a content closed by doubled
/// apostrophes at `end` goes on: to the end of its paragraph when the sentence after the
/// attribution (at `cue`) opens such a quotation and the paragraph closes it; else `end`.
fn continued_apostrophe_quote(ctx: &Ctx, end: usize, cue: usize) -> usize {
    if end == 0 || !ctx.punct(end - 1, '\'') {
        return end;
    }
    let next = ctx.sentence_end(cue);
    let opens = ctx.punct(next, '\'') && ctx.punct(next + 1, '\'');
    if !opens {
        return end;
    }
    let para = (next..ctx.toks.len().min(next + PARAGRAPH)).find(|&j| ctx.toks[j].kind == Kind::Para);
    let stop = para.unwrap_or(ctx.toks.len().min(next + PARAGRAPH));
    let closed = stop > next + 3 && ctx.punct(stop - 1, '\'') && ctx.punct(stop - 2, '\'');
    // … ''Second part.'' Mr. Zahed said: ''…'': the second part closes at its own marks,
    // not with another speaker's quotation later in the paragraph.
    match apostrophe_close(ctx, next, stop) {
        Some(close) if closed => close,
        _ => end,
    }
}

/// The token after the doubled apostrophes that close the quotation opened at `open`
/// (``''…''``), before `stop`; None when they do not close before it.
fn apostrophe_close(ctx: &Ctx, open: usize, stop: usize) -> Option<usize> {
    (open + 3..stop).find(|&j| ctx.punct(j - 1, '\'') && ctx.punct(j, '\'')).map(|j| j + 1)
}

/// `content-cue-speaker`: CLAUSE, said X. — a comma, the cue, the source ending the
/// sentence.
fn content_cue_speaker(ctx: &Ctx, cue: (usize, usize), s: usize, e: usize) -> Option<Stmt> {
    // CLAUSE, saying voters wanted stability: a participle is never inverted; what follows
    // it is its content, not its source.
    if ctx.word(cue.0).is_some_and(|w| w.ends_with("ing")) {
        return None;
    }
    // “…,” Ann Kerr of the union, told the BBC News website: `told` is never inverted;
    // what follows it is the hearer.
    if ctx.word(cue.0).is_some_and(|w| matches!(w, "told" | "tells" | "tell")) {
        return None;
    }
    let s = question_start(ctx, s);
    let end = clause_close(ctx, cue.0.checked_sub(1)?, s)?;
    // Ann Kerr, 54, said the shelter needs beds: an age aside closes the subject (S-AGE).
    if end > s + 1 && age_aside(ctx, end - 1) {
        return None;
    }
    // Ann Kerr, speaking in Leeds, said the plan failed: a name opening the sentence and an
    // aside set off by commas are the cue's subject, not a content (S-ASIDE).
    if end > s + 1
        && (s + 1..end - 1).any(|j| ctx.punct(j, ','))
        && ctx.subject_of(cue.0, s).is_some_and(|np| np.kind == NpKind::Name && np.start == s)
    {
        return None;
    }
    // His mother, Giselle, said her son's killer …: a role and its holder's name before the
    // cue are its subject, not a content (S-ROLE-NAME).
    let role_and_name = |np: Np| {
        np.kind == NpKind::Name
            && np.start > s + 1
            && ctx.punct(np.start - 1, ',')
            && ctx.np_backward(np.start - 2, s).is_some_and(|r| r.start == s && r.kind == NpKind::Role)
    };
    if (s + 2..end).any(|j| ctx.punct(j, ',')) && ctx.subject_of(cue.0, s).is_some_and(role_and_name) {
        return None;
    }
    let np = ctx.np_forward(cue.1, e).filter(|np| np.kind != NpKind::Role || source_like(ctx, np))?;
    let np = named_role(ctx, np, e);
    // …, said Ed Rendell, who serves as chairman: an appositive may follow the source; any
    // tail after quoted words (''…,'' said Ed Rendell of Ohio, a …).
    let quoted = end == cue.0;
    // …, said he may run: a pronoun after the cue is the next clause's subject.
    let pronoun_runs_on = np.kind == NpKind::Pronoun && np.end < e && !ctx.punct(np.end, ',');
    // …, said one analyst quoted by the agency: a participle's phrase may follow the source.
    let participle_tail = np.kind == NpKind::Role
        && ctx.word(np.end).is_some_and(|w| w.ends_with("ed"))
        && ctx.postmodifier_follows(np.end + 1);
    if pronoun_runs_on
        || (!quoted
            && !ctx.punct(np.end, ',')
            && !participle_tail
            && !ends_clause(ctx, np.end, e, Frame::Clause))
    {
        return None;
    }
    if !quoted && split_content(ctx, s, end, np.end, e) {
        return Some(Stmt { content: (s, e), cue, np, rule: "split-content", confidence: 0.7 });
    }
    let content = (s, continued_apostrophe_quote(ctx, end, cue.0));
    Some(Stmt { content, cue, np, rule: "content-cue-speaker", confidence: 0.8 })
}

/// Rule S-ROLE-NAME: a role source with its holder's name between commas after it (…,
/// warned the opposition leader, Tom Baxter, on Friday): the name is the source.
fn named_role(ctx: &Ctx, np: Np, e: usize) -> Np {
    if np.kind != NpKind::Role || !ctx.punct(np.end, ',') {
        return np;
    }
    match ctx.np_forward(np.end + 1, e) {
        Some(name)
            if name.kind == NpKind::Name
                && name.start == np.end + 1
                && (ctx.punct(name.end, ',') || ends_clause(ctx, name.end, e, Frame::Clause)) =>
        {
            name
        }
        _ => np,
    }
}

/// Rule S-SPLIT: a content cut in two by its cue and source (`Most importantly, say
/// analysts, the talks will fail`; `Before May, according to the regulator, the firm held
/// half`; `The plan, said Mary Tobin, would cost too much`). The words before the cue
/// (`s..before`) are no clause: at most three words, or a phrase opening with a
/// preposition or an opener of at most eight, or a subject of at most twelve before a
/// finite verb opening the words after the source, without a comma; and after the comma that
/// closes the source (at `after`) a clause goes on: three tokens or more, with a modal, a
/// form of `be` or `have`, a regular past form or a subject pronoun before any relative
/// word or participle. The content is then the whole sentence.
fn split_content(ctx: &Ctx, s: usize, before: usize, after: usize, e: usize) -> bool {
    if !ctx.punct(after, ',') || before <= s {
        return false;
    }
    let words = (s..before).filter(|&k| ctx.toks[k].kind == Kind::Word).count();
    let no_comma = (s..before).all(|k| ctx.toks[k].kind == Kind::Word);
    // What needs to happen now, agree analysts, is …: a wh-clause subject opens a phrase.
    let opens_phrase = ctx.classes(s) & (class::PREP | class::OPENER | class::ADVERB) != 0
        || ctx
            .word(s)
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "what" | "how" | "why" | "whether"));
    // One of the drawbacks of The Sims, said Mr Purushotma, was the lack …: a finite verb
    // right after the source's comma has the words before as its subject.
    let verb_first = ctx.word(after + 1).is_some_and(|w| {
        matches!(
            w,
            "was"
                | "is"
                | "are"
                | "were"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "has"
                | "had"
                | "have"
        )
    });
    if !no_comma || !(words <= 3 || (opens_phrase && words <= 8) || (verb_first && words <= 12)) {
        return false;
    }
    for k in after + 1..e {
        let Some(w) = ctx.word(k) else { return false };
        // By contrast, said X, learning via games may mean …: a gerund opening the clause
        // is its subject; a participle after it (X, adding that …) ends it at `that`.
        if matches!(w, "who" | "whose" | "which" | "that" | "where" | "when")
            || (w.ends_with("ing") && !w.ends_with("thing") && k > after + 1)
        {
            return false;
        }
        // Monday's speech represents “a test”: a present form in -s before its object.
        let present = w.len() > 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !ctx.toks[k].cap
            && k > after + 1
            && ctx.toks.get(k + 1).is_some_and(|t| {
                t.kind == Kind::Quote
                    || ctx
                        .word(k + 1)
                        .is_some_and(|d| matches!(d, "a" | "an" | "the" | "his" | "her" | "their" | "its"))
            });
        let finite = modal(w)
            || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
            || (w.len() > 4 && w.ends_with("ed") && !ctx.toks[k].cap)
            || present
            || (k == after + 1 && matches!(w, "he" | "she" | "it" | "they" | "we"));
        if finite {
            return e - after > 3;
        }
    }
    false
}

/// `speaker-cue-parenthetical`: The economy, X said, is weak. — a source and cue between
/// commas inside the clause they report; the content is the whole sentence.
fn parenthetical(ctx: &Ctx, verbs: &Verbs, cue: (usize, usize), s: usize, e: usize) -> Option<Stmt> {
    let mut after = cue.1;
    // The solution, the partner told them, was simple: past the person told.
    if ctx.word(cue.0).is_some_and(|w| matches!(w, "told" | "tells" | "tell"))
        && ctx.word(after).is_some_and(|w| matches!(w, "him" | "her" | "them" | "us" | "me" | "reporters"))
        && ctx.punct(after + 1, ',')
    {
        after += 1;
    }
    while after < e && ctx.classes(after) & class::ADVERB != 0 && !ctx.toks[after].cap {
        after += 1;
    }
    // X said, ''…'': the quoted words are the content; X said, adding …: a second cue.
    if !ctx.punct(after, ',')
        || after + 2 >= e
        || opens_apostrophe_quote(ctx, after + 1)
        || participle_cue(ctx, verbs, after + 1)
    {
        return None;
    }
    let np = subject(ctx, verbs, cue.0, s)?;
    let before = np.start.checked_sub(1)?;
    // As X said, CLAUSE: the content follows the comma.
    if before == s && ctx.word(before).is_some_and(|w| w.eq_ignore_ascii_case("as")) {
        return Some(Stmt { content: (after + 1, e), cue, np, rule: "as-speaker-cue", confidence: 0.75 });
    }
    if before <= s || !ctx.punct(before, ',') {
        return None;
    }
    Some(Stmt { content: (s, e), cue, np, rule: "speaker-cue-parenthetical", confidence: 0.7 })
}

/// Whether the cue or source ending at `k` ends the clause: at most a short tail of
/// prepositions, time words, names or the person told before the sentence ends.
fn ends_clause(ctx: &Ctx, k: usize, e: usize, frame: Frame) -> bool {
    if k >= e {
        return true;
    }
    // CLAUSE, analysts say; in 2012 …: a semicolon ends the attribution's clause.
    if ctx.punct(k, ';') {
        return true;
    }
    if e - k > TAIL || ctx.punct(k, ':') {
        return false;
    }
    if medium_tail(ctx, k, e) {
        return true;
    }
    let first = k;
    (first..e).all(|j| {
        let t = &ctx.toks[j];
        match t.kind {
            Kind::Word => {
                let c = ctx.classes(j);
                t.cap
                    || c & (class::PREP | class::DET | class::ROLE | class::ADVERB) != 0
                    || (frame == Frame::Hearer && c & class::PRONOUN == 0)
                    || ctx.word(j).is_some_and(|w| {
                        matches!(
                            w,
                            "him"
                                | "her"
                                | "them"
                                | "us"
                                | "me"
                                | "reporters"
                                | "statement"
                                | "interview"
                                | "week"
                                | "night"
                                | "morning"
                                | "afternoon"
                                | "evening"
                                | "year"
                                | "month"
                        )
                    })
            }
            Kind::Punct => !ctx.punct(j, ':'),
            _ => false,
        }
    }) && ctx.word(first) != Some("that")
}

/// Rule S-MEDIUM: whether the tail `[k, e)` after a cue is where it was said, a
/// preposition and a phrase ending in a medium (CLAUSE, the bank said in its latest
/// quarterly report / in a letter to staff / on its website): no content of its own.
fn medium_tail(ctx: &Ctx, k: usize, e: usize) -> bool {
    let last = e - 1;
    e > k + 1
        && ctx.word(k).is_some_and(|w| matches!(w, "in" | "on" | "at" | "during" | "via" | "through"))
        && (k + 1..e).all(|j| ctx.toks[j].kind == Kind::Word)
        && !(k + 1..e).any(|j| ctx.clause_word(j) || ctx.word(j) == Some("that"))
        && medium(ctx, last)
}

/// Whether word `k` is a medium something is said in (a report, a letter, an email, a
/// website): a lowercase word of `[medium]` in gazetteers/speaker-words.txt.
fn medium(ctx: &Ctx, k: usize) -> bool {
    ctx.lowercase_in(k, class::MEDIUM)
}

/// `speaker-cue-content` and `speaker-cue-hearer-content`: X said (that) CLAUSE — the
/// subject before the cue, the content from the cue (past the person told, and past a
/// phrase before `that`) to the end of the sentence.
fn speaker_cue_content(
    ctx: &Ctx,
    verbs: &Verbs,
    cue: (usize, usize),
    frame: Frame,
    s: usize,
    e: usize,
) -> Option<Stmt> {
    let participle = ctx.word(cue.0).is_some_and(|w| w.ends_with("ing"));
    let np = if participle {
        progressive(ctx, cue.0)
            .and_then(|be| subject(ctx, verbs, be, s))
            .or_else(|| quoted_as(ctx, cue.0, s))
            .or_else(|| with_subject(ctx, cue.0, s))
            .or_else(|| attribution_before(ctx, verbs, cue.0, s))
            .or_else(|| {
                ctx.sentence_subject(s, cue.0)
                    .map(|np| ctx.verb_trimmed(np))
                    .filter(|np| source_like(ctx, np))
                    .map(|np| dummy_it_gerund(ctx, np, cue.0).unwrap_or(np))
            })
    } else {
        // Rule S-POSSESSED: Trump's controversial pledge to …: the owner.
        possessed_owner(ctx, cue.0, cue.1 - cue.0)
            .map(|owner| ctx.possessor_np(owner))
            .or_else(|| subject(ctx, verbs, cue.0, s))
    }
    .filter(|np| np.end <= cue.0)?;
    let mut c = cue.1;
    let mut rule = "speaker-cue-content";
    if frame == Frame::Hearer {
        c = hearer_end(ctx, c, e)?;
        rule = "speaker-cue-hearer-content";
    }
    c = past_phrase_to_that(ctx, c, e)?;
    c = past_citing_aside(ctx, c, e);
    c = past_comma_aside(ctx, c, e);
    // X said, ''…'' / X said: ''…'': the quoted words.
    if let Some(content) = quoted_after_cue(ctx, c) {
        return Some(Stmt { content, cue, np, rule, confidence: 0.7 });
    }
    if ctx.punct(c, ':') {
        let content = colon_content(ctx, c)?;
        return Some(Stmt { content, cue, np, rule: "speaker-cue-colon", confidence: 0.7 });
    }
    // X ruled and said …: a conjunction opens no content.
    if c >= e
        || ctx.punct(c, ',')
        || ctx.punct(c, '.')
        || ctx.word(c).is_some_and(|w| matches!(w, "and" | "but" | "or"))
    {
        return None;
    }
    let confidence = if participle { 0.6 } else { 0.75 };
    let end = if frame == Frame::Object { object_end(ctx, c, e) } else { clause_end(ctx, c, e) };
    let start = if frame == Frame::Clause { relative_content_start(ctx, np, c, s).min(c) } else { c };
    // The list, which X says includes …, is secret: the relative clause ends at its comma.
    let end = if start < c && start > s && ctx.punct(start - 1, ',') {
        (c..end).find(|&j| ctx.punct(j, ',')).unwrap_or(end)
    } else {
        end
    };
    Some(Stmt { content: (start, end), cue, np, rule, confidence })
}

/// Rule S-ASIDE-THAT: past an aside between commas after the cue to the `that` that opens
/// the content (he said, twice, that …; saying, apparently for the first time, that …);
/// `c` when no such aside follows the cue.
fn past_comma_aside(ctx: &Ctx, c: usize, e: usize) -> usize {
    if !ctx.punct(c, ',') {
        return c;
    }
    (c + 2..e.min(c + 2 + CITING_ASIDE))
        .take_while(|&j| ctx.toks[j].kind == Kind::Word || ctx.punct(j, ','))
        .find(|&j| ctx.punct(j, ',') && ctx.word(j + 1) == Some("that"))
        .filter(|&j| !(c + 1..j).any(|i| ctx.clause_word(i) || ctx.punct(i, ',')))
        .map_or(c, |j| j + 1)
}

/// How many tokens a `citing`/`quoting` aside between a cue and its `that` may have.
const CITING_ASIDE: usize = 16;

/// Past an aside naming the sources between a cue and its `that` (Reuters reported, citing
/// two sources, that …; the paper said, quoting officials, that …): the `that`, which
/// opens the content; `c` when no such aside follows the cue. The aside is a statement of
/// its own (citing two sources).
fn past_citing_aside(ctx: &Ctx, c: usize, e: usize) -> usize {
    if !ctx.punct(c, ',') || !matches!(ctx.word(c + 1), Some("citing" | "quoting")) {
        return c;
    }
    (c + 2..e.min(c + 2 + CITING_ASIDE))
        .take_while(|&j| ctx.toks[j].kind != Kind::Quote)
        .find(|&j| ctx.punct(j, ',') && ctx.word(j + 1) == Some("that"))
        .map_or(c, |j| j + 1)
}

/// Where a content missing its subject opens: at the relative word before the source (a
/// figure which the campaign says includes …, a finish that he said defied …) when a verb
/// follows the cue at `c`, or at the phrase before the source when an auxiliary does (a
/// probe the agency said was ongoing); else `c`.
fn relative_content_start(ctx: &Ctx, np: Np, c: usize, s: usize) -> usize {
    let Some(before) = np.start.checked_sub(1).filter(|&b| b > s) else { return c };
    let aux = || ctx.clause_word(c) && !matches!(ctx.word(c), Some("that" | "which" | "who" | "whose"));
    if matches!(ctx.word(before), Some("which" | "that" | "who")) {
        let verb = ctx.toks.get(c).is_some_and(|t| !t.cap)
            && ctx.word(c).is_some_and(|w| w.ends_with('s') || w.ends_with("ed"))
            && ctx.classes(c) & (class::DET | class::PRONOUN | class::PREP | class::STOP) == 0;
        return if verb || aux() { before } else { c };
    }
    if matches!(np.kind, NpKind::Name | NpKind::Role)
        && ctx.word(before).is_some()
        && aux()
        && let Some(head) = ctx.np_backward(before, s).filter(|h| h.kind == NpKind::Role)
    {
        return head.start;
    }
    c
}

/// The quotation in doubled apostrophes after the comma or colon at `c` that follows a
/// cue (X said, ''…''), with its next parts in the paragraph; None for other shapes.
fn quoted_after_cue(ctx: &Ctx, c: usize) -> Option<(usize, usize)> {
    if !(ctx.punct(c, ',') || ctx.punct(c, ':')) || !opens_apostrophe_quote(ctx, c + 1) {
        return None;
    }
    let end = apostrophe_quote_end(ctx, c + 1)?;
    Some((c + 1, continued_apostrophe_quote(ctx, end, end - 1)))
}

/// How many tokens a paragraph read as the content after a colon may have.
const PARAGRAPH: usize = 400;

/// The content after the colon at `k` that no quotation rule took: the rest of its
/// paragraph, or the whole next paragraph when the colon ends one (X wrote:¶ CONTENT);
/// None when a quotation opens it or it has fewer than three words.
fn colon_content(ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let mut a = k + 1;
    if ctx.toks.get(a).is_some_and(|t| t.kind == Kind::Para) {
        a += 1;
    }
    if ctx.toks.get(a).is_none_or(|t| t.kind != Kind::Word) {
        return None;
    }
    let ceiling = ctx.toks.len().min(a + PARAGRAPH);
    let end = (a..ceiling).find(|&j| ctx.toks[j].kind == Kind::Para).unwrap_or(ceiling);
    let end = content_end(ctx, a, end);
    let words = ctx.toks[a..end].iter().filter(|t| t.kind == Kind::Word).count();
    (words >= 3).then_some((a, end))
}

/// How many words a name opening a paragraph before a colon may have (CLINTON: …).
const COLON_NAME: usize = 3;

/// Words of the labels that open news paragraphs with a colon (Breaking:, Editor's
/// Note:, The Latest:, Watch:), and of a sports report's team sheet (Subs:,
/// Replacements:, Scorers:): they name no speaker.
const NEWS_LABELS: [&str; 28] = [
    "breaking",
    "exclusive",
    "update",
    "updated",
    "correction",
    "note",
    "look",
    "watch",
    "read",
    "related",
    "contributing",
    "latest",
    "live",
    "video",
    "photos",
    "opinion",
    "analysis",
    "editor's",
    "subs",
    "substitutes",
    "replacements",
    "backs",
    "forwards",
    "result",
    "results",
    "scorers",
    "referee",
    "attendance",
];

/// Words of the labels of links to other articles in scraped pages (READ MORE:, RELATED:,
/// WATCH:, SEE ALSO:).
const LINK_LABELS: [&str; 7] = ["read", "more", "related", "watch", "listen", "see", "also"];

/// Where the paragraph ends whose opening label the colon at `k` closes, when that label is
/// a link's (READ MORE: Mayor says …, RELATED: …): its headline is another article's, so
/// no statement is read in it. None for any other colon.
fn link_line_end(ctx: &Ctx, k: usize) -> Option<usize> {
    if ctx.text.as_bytes().get(ctx.toks[k].start as usize) != Some(&b':') {
        return None;
    }
    let start = (k.saturating_sub(2)..k).find(|&j| j == 0 || ctx.toks[j - 1].kind == Kind::Para)?;
    let label = (start..k)
        .all(|j| ctx.word(j).is_some_and(|w| LINK_LABELS.iter().any(|l| l.eq_ignore_ascii_case(w))));
    label.then(|| (k..ctx.toks.len()).find(|&j| ctx.toks[j].kind == Kind::Para).unwrap_or(ctx.toks.len()))
}

/// `speaker-colon`: Matthews: CLAUSE / Q: … — a paragraph opening with one to three
/// capitalised words and a colon (an interview transcript, a headline): the content is
/// what follows the colon.
fn speaker_colon(ctx: &Ctx, k: usize) -> Option<Stmt> {
    if ctx.text.as_bytes().get(ctx.toks[k].start as usize) != Some(&b':') {
        return None;
    }
    let start = (k.saturating_sub(COLON_NAME)..k)
        .find(|&j| j == 0 || ctx.toks[j - 1].kind == Kind::Para)
        .filter(|&j| j < k)?;
    // NEW DELHI: … — a dateline, no speaker.
    if start == 0 && dateline_end(ctx) == k + 1 {
        return None;
    }
    // Q: and A: of an interview are mostly not annotated as statements; news labels
    // (Breaking:, The Latest:) are no speakers.
    // Every word may be part of a name (Subs Not Used: is a line-up's label).
    let words_ok = (start..k).all(|j| ctx.name_word(j) && ctx.toks[j].end - ctx.toks[j].start > 1);
    if !words_ok
        || (start..k)
            .any(|j| ctx.word(j).is_some_and(|w| NEWS_LABELS.iter().any(|l| l.eq_ignore_ascii_case(w))))
    {
        return None;
    }
    let content = colon_content(ctx, k)?;
    let np = ctx.np_forward(start, k).filter(|np| np.end == k).unwrap_or(Np {
        start,
        end: k,
        name_start: start,
        kind: NpKind::Name,
    });
    Some(Stmt { content, cue: (k, k + 1), np, rule: "speaker-colon", confidence: 0.6 })
}

/// Rule S-DATELINE: the first token after a dateline opening the article (`NEW DELHI:`,
/// `OTTAWA —`, `SYDNEY (AP) —`, `WASHINGTON, D.C. -`, `DOHA (Al Jazeera) -`): one to four
/// upper-case words, an optional comma and word, an optional agency of up to four words in
/// parentheses, then a colon or dash; 0 when the article opens otherwise.
fn dateline_end(ctx: &Ctx) -> usize {
    let caps = |k: usize| {
        ctx.word(k).is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
        })
    };
    let mut k = 0;
    while k < 4 && caps(k) {
        k += 1;
    }
    if k == 0 {
        return 0;
    }
    // WASHINGTON, D.C. / HALIFAX, N.S.
    if ctx.punct(k, ',') && ctx.word(k + 1).is_some() {
        k += 2;
    }
    // (AP), (Reuters), (Al Jazeera): an agency of up to four words.
    if ctx.punct(k, '(') {
        let words = (k + 1..k + 5).take_while(|&j| ctx.word(j).is_some()).count();
        if words > 0 && ctx.punct(k + 1 + words, ')') {
            k += words + 2;
        }
    }
    if ctx.punct(k, ':') || ctx.dash(k) { k + 1 } else { 0 }
}

/// How many words of auxiliaries, negations and time phrases may stand between a
/// subject and its cue (X has long argued, X must also acknowledge, X last month ordered).
const AUXILIARIES: usize = 5;

/// Whether `w` is a modal or a form of `do` (will, could, must, did): a verb before a cue
/// that makes the cue a verb, not a noun.
fn modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should" | "did" | "do" | "does"
    )
}

/// The first of the auxiliaries, negations, lowercase adverbs and `last week`-like time
/// phrases just before the cue at `c` (or `c` when there are none).
fn past_auxiliaries(ctx: &Ctx, mut c: usize, s: usize) -> usize {
    let cue = c;
    let floor = c.saturating_sub(AUXILIARIES).max(s + 1);
    while c > floor {
        let Some(w) = ctx.word(c - 1) else { break };
        let aux = modal(w)
            || matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "not"
                    | "never"
                    | "also"
                    | "long"
                    | "still"
                    | "now"
                    | "already"
                    | "once"
                    | "repeatedly"
                    | "overall"
                    | "alike"
                    | "too"
                    | "there"
                    | "here"
                    | "privately"
                    | "hasn't"
                    | "hasn’t"
                    | "didn't"
                    | "didn’t"
                    | "doesn't"
                    | "doesn’t"
                    | "won't"
                    | "won’t"
                    | "haven't"
                    | "haven’t"
                    | "n't"
                    | "n’t"
            )
            // his donors remain confident, she seemed convinced: a copula before an
            // adjective cue.
            || (matches!(
                    w,
                    "remain" | "remains" | "remained" | "seem" | "seems" | "seemed" | "feel" | "feels" | "felt"
                ))
            || (!ctx.toks[c - 1].cap && w.len() > 4 && w.ends_with("ly"));
        let time = matches!(w, "week" | "month" | "year" | "night" | "weekend")
            && c > floor
            && ctx.word(c - 2).is_some_and(|p| matches!(p, "last" | "this"));
        // who in 2010 said, who on Monday said: a year or a day after its preposition.
        let dated = (weekday(w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())))
            && c > floor
            && ctx.word(c - 2).is_some_and(|p| matches!(p, "in" | "on" | "since" | "by"));
        // X and Y have both supported / the officials all agree: a floating quantifier
        // after its subject.
        let floating = matches!(w, "both" | "all" | "each")
            && c > floor
            && ctx.toks[c - 2].kind == Kind::Word
            && ctx.classes(c - 2) & (class::DET | class::PREP) == 0;
        // X has in the past said.
        let past =
            w == "past" && c >= floor + 2 && ctx.word(c - 2) == Some("the") && ctx.word(c - 3) == Some("in");
        // X on Tuesday said / X Tuesday said.
        let on_day = day(ctx, c - 1) && c > floor;
        // X is reported to have said / X was alleged to have told: a raising passive
        // before a speech cue (`cues.txt`); X is said to have cried, X is thought to fear
        // report no speech.
        let raised = w == "to"
            && c >= floor + 2
            && ctx.word(c - 2).is_some_and(|p| matches!(p, "reported" | "said" | "alleged"))
            && ctx.word(c - 3).is_some_and(|b| matches!(b, "is" | "are" | "was" | "were"))
            && ctx.cue(cue).is_some_and(|(_, kind)| matches!(kind, CueKind::Verb | CueKind::Object));
        if past {
            c -= 3;
        } else if raised {
            c -= 2;
        } else if on_day {
            c -= if ctx.word(c - 2) == Some("on") { 2 } else { 1 };
        } else if time || dated {
            c -= 2;
        } else if floating || aux {
            c -= 1;
        } else {
            break;
        }
    }
    c
}

/// The subject of the verb cue at `c`: the speaker phrase before it, or a bare plural
/// noun (…, donors said; some of the women said).
fn subject(ctx: &Ctx, verbs: &Verbs, c: usize, s: usize) -> Option<Np> {
    let c = past_auxiliaries(ctx, c, s);
    // Eight in 10 voters said: a count before a plural.
    if let Some(np) = counted_plural(ctx, c, s) {
        return Some(np);
    }
    // Some 26% say: a percentage alone.
    if let Some(start) = c.checked_sub(1).filter(|&k| ctx.punct(k, '%')).and_then(|k| count_start(ctx, k, s))
    {
        return Some(Np { start, end: c, name_start: start, kind: NpKind::Role });
    }
    // A lot of the athletes said: past the quantity to the plural after `of`.
    let quantity = |np: &Np| ctx.classes(np.end - 1) & class::QUANTITY != 0 && ctx.word(np.end) == Some("of");
    // would help people remember …: a role phrase right after a modal opens with a verb;
    // it is that verb's object, no subject.
    let after_modal = |np: &Np| {
        np.kind == NpKind::Role
            && np.start > s
            && ctx.word(np.start - 1).is_some_and(modal)
            && ctx.classes(np.start) & class::DET == 0
    };
    if let Some(np) = ctx.subject_of(c, s).filter(|np| source_like(ctx, np) && !quantity(np)) {
        if after_modal(&np) {
            return None;
        }
        let np = match place_inside_subject(ctx, &np, s) {
            Some(Some(head)) => head,
            Some(None) => return None,
            None => np,
        };
        let np = role_before_name(ctx, np, s).or_else(|| name_before_role(ctx, np, s)).unwrap_or(np);
        return Some(with_owner(ctx, relative_head(ctx, np, s).unwrap_or(np), s));
    }
    let mut k = c.checked_sub(1).filter(|&k| k >= s)?;
    if let Some(np) = aside_subject(ctx, k, s) {
        return Some(np);
    }
    // … and also said: past the adverb to the conjunction.
    if k > s && ctx.word(k) == Some("also") {
        k -= 1;
    }
    let w = ctx.word(k)?;
    // The court overruled and said … / X said A but added B: the subject of the sentence.
    if matches!(w, "and" | "but") {
        return ctx.sentence_subject(s, k).map(|np| ctx.verb_trimmed(np)).filter(|np| np.end < k);
    }
    // Bill Gates’ charity said / the officials’ lawyer said: a plural possessive.
    if let Some(start) = plural_possessive(ctx, k, s) {
        return Some(Np { start, end: k + 1, name_start: start, kind: NpKind::Role });
    }
    // The mother of two said: a role and the count of its children (rule S-OF-COUNT).
    if number(w)
        && k >= s + 2
        && ctx.word(k - 1) == Some("of")
        && let Some(np) = ctx.subject_of(k - 1, s).filter(|np| np.kind == NpKind::Role && np.end == k - 1)
    {
        return Some(Np { end: k + 1, ..np });
    }
    // many said, others say: a quantifier alone.
    if verbs.is_quantifier(w) {
        return Some(Np { start: k, end: k + 1, name_start: k, kind: NpKind::Role });
    }
    // One in five said, more than six in 10 say, 43 percent said: a count.
    if let Some(start) = count_start(ctx, k, s) {
        return Some(Np { start, end: k + 1, name_start: start, kind: NpKind::Role });
    }
    // Plurals without an -s (the women said, some of the people say).
    let irregular = crate::attribution::phrases::irregular_plural(w);
    let bare = !ctx.toks[k].cap
        && (irregular
            || (w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && ctx.classes(k)
                    & (class::STOP | class::PREP | class::ADVERB | class::PRONOUN | class::DET)
                    == 0));
    // Federal Election Commission records show: with the names before the plural.
    let mut start = k;
    while bare && start > s && ctx.name_word(start - 1) && !ctx.toks[start - 1].sent_start {
        start -= 1;
    }
    // But opposition parties say, Rival parties say: up to two modifiers before it (not
    // a participle: unions representing workers say).
    const NOT_A_MODIFIER: u32 =
        class::STOP | class::PREP | class::ADVERB | class::PRONOUN | class::DET | class::TIME;
    let modifier = |j: usize| {
        ctx.word(j).is_some_and(|m| {
            !m.ends_with("ing")
                && !m.ends_with("ed")
                && !m.ends_with("ly")
                && !m.ends_with('s')
                && !m.starts_with(|c: char| c.is_ascii_digit())
                && !number(m)
                && !matches!(m, "let" | "dont" | "make" | "help")
        }) && ctx.classes(j) & NOT_A_MODIFIER == 0
            && ctx.cue(j).is_none()
            && !ctx.clause_word(j)
    };
    let mut m = 0;
    while bare && start == k && m < 2 && start - m > s && modifier(start - m - 1) {
        m += 1;
    }
    if m > 0 && (start - m == s || !modifier(start - m - 1)) {
        start -= m;
    }
    bare.then_some(Np { start, end: k + 1, name_start: start, kind: NpKind::Role })
}

/// Rule S-POLL: a share of those asked (75 percent of Republicans said, most voters say,
/// eight in 10 Democrats say) speaks through the poll its sentence names, which is the
/// source: `In a September Post-ABC News poll, 75 percent of Republicans said …`, `…,
/// according to an AP-GfK poll`, `The Q poll also finds that, while 37 percent of Americans
/// say …`. The poll phrase runs from its determiner to the noun (`poll`, `polls`, `survey`,
/// `surveys`); it stands after `in`, `according to` or `by`, or opens a clause before the
/// share. None when `np` is no share or the sentence names no poll so placed.
pub fn poll_source(ctx: &Ctx, np: Np) -> Option<Np> {
    const SHARE: &[&str] = &[
        "percent",
        "cent",
        "majority",
        "plurality",
        "minority",
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
    ];
    if np.kind != NpKind::Role {
        return None;
    }
    // The share may stand before the phrase read as the source (68% of Democratic voters).
    // (Read first, without the sentence's bounds: most phrases are no share.)
    let mut from = np.start.saturating_sub(4);
    while from < np.start
        && (from + 1..=np.start).any(|j| ctx.toks[j].sent_start || ctx.toks[j].kind == Kind::Para)
    {
        from += 1;
    }
    let share = (from..np.end).any(|j| {
        ctx.punct(j, '%')
            || ctx.word(j).is_some_and(|w| {
                SHARE.iter().any(|x| x.eq_ignore_ascii_case(w))
                    || (j == np.start && w.eq_ignore_ascii_case("most"))
                    || (w == "in"
                        && j > from
                        && ctx.word(j - 1).is_some_and(number)
                        && ctx.word(j + 1).is_some_and(number))
            })
    });
    if !share {
        return None;
    }
    let (s, e) = (ctx.sentence_start(np.start), ctx.sentence_end(np.start));
    (s..e).filter(|&j| j < np.start || j >= np.end).find_map(|j| {
        let w = ctx.word(j)?;
        if !["poll", "polls", "survey", "surveys"].iter().any(|x| x.eq_ignore_ascii_case(w)) {
            return None;
        }
        let start = poll_phrase_start(ctx, j, s);
        let before = start.checked_sub(1).filter(|&p| p >= s);
        let placed = match before.and_then(|p| ctx.word(p)) {
            Some("in" | "In" | "by") => true,
            Some("to") => before
                .and_then(|p| p.checked_sub(1))
                .and_then(|p| ctx.word(p))
                .is_some_and(|a| a.eq_ignore_ascii_case("according")),
            Some(_) => false,
            // A poll opening its sentence or a clause, before the share: The Q poll finds that …
            None => j < np.start && before.is_none_or(|p| ctx.punct(p, ',')),
        };
        placed.then_some(Np { start, end: j + 1, name_start: start, kind: NpKind::Role })
    })
}

/// The first token of the poll phrase whose noun is token `j`: back over its modifiers
/// (names, numbers, `new`, `recent`, `latest`, a possessive, `/` and `-` inside a name) to
/// its determiner, at most eight tokens, not before `s`.
fn poll_phrase_start(ctx: &Ctx, j: usize, s: usize) -> usize {
    const MODIFIERS: &[&str] = &[
        "new",
        "recent",
        "latest",
        "national",
        "statewide",
        "nationwide",
        "state",
        "exit",
        "online",
        "separate",
        "tracking",
        "opinion",
        "early",
        "own",
        "independent",
        "same",
        "weekly",
        "monthly",
        "telephone",
    ];
    const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "its", "their", "his", "her", "another"];
    let mut start = j;
    while start > s && j - start < 8 {
        let p = start - 1;
        if let Some(w) = ctx.word(p) {
            if DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w)) {
                return p;
            }
            let modifier = ctx.toks[p].cap
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(w, "'s" | "’s")
                || MODIFIERS.contains(&w);
            if !modifier || (ctx.toks[p].sent_start && ctx.classes(p) & (class::PREP | class::STOP) != 0) {
                break;
            }
        } else if !(ctx.punct(p, '/') || ctx.punct(p, '-')) {
            break;
        }
        start = p;
    }
    start
}

/// Rule S-COUNT-NOUN: the subject before the cue at `c` that is a plural noun after a
/// count (Eight in 10 voters said, nearly six in 10 Democrats say): the count and the
/// noun, one role phrase.
fn counted_plural(ctx: &Ctx, c: usize, s: usize) -> Option<Np> {
    let k = c.checked_sub(1).filter(|&k| k > s + 1)?;
    let w = ctx.word(k)?;
    let plural = (w.ends_with('s') && !w.ends_with("ss")) || matches!(w, "people" | "men" | "women");
    if !plural || !ctx.word(k - 1).is_some_and(number) {
        return None;
    }
    let start = count_start(ctx, k - 1, s)?;
    // Not a place's number (firms in 14 countries said): `in` between two numbers.
    let ratio = k >= s + 3 && ctx.word(k - 2) == Some("in") && ctx.word(k - 3).is_some_and(number);
    ratio.then_some(Np { start, end: k + 1, name_start: start, kind: NpKind::Role })
}

/// Whether token `k` is an age after a comma and a space: a number of one to three
/// digits (Ann Kerr, 54, said; not the 140,000 of a number).
fn age_aside(ctx: &Ctx, k: usize) -> bool {
    k > 0
        && ctx.punct(k - 1, ',')
        && ctx.toks[k - 1].end < ctx.toks[k].start
        && ctx.word(k).is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
}

/// How many tokens an aside between dashes or parentheses may have.
const ASIDE: usize = 24;

/// The subject before an aside that ends at token `k` just before a cue: Sen. Ann Kerr
/// (D-Ore.), said / The judge -- who has been in a dispute for weeks -- said / Ann Kerr,
/// 54, said; None when `k` closes no aside.
fn aside_subject(ctx: &Ctx, mut k: usize, s: usize) -> Option<Np> {
    let comma = k > s && ctx.punct(k, ',');
    if comma {
        k -= 1;
    }
    let open = if comma && k > s + 1 && age_aside(ctx, k) {
        // Rule S-AGE: Ann Kerr, 54, said — an age between commas.
        k - 1
    } else if ctx.punct(k, ')') {
        (s..k).rev().take(ASIDE).find(|&j| ctx.punct(j, '('))?
    } else if ctx.dash(k) {
        let mut j = k;
        while j > s && ctx.dash(j - 1) {
            j -= 1;
        }
        let mut o = (s..j).rev().take(ASIDE).find(|&i| ctx.dash(i))?;
        while o > s && ctx.dash(o - 1) {
            o -= 1;
        }
        o
    } else {
        return None;
    };
    ctx.subject_of((open > s).then_some(open)?, s)
        .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Role) && source_like(ctx, np))
}

/// The role phrase whose place or body a name subject is: Health officials in Ontario
/// reported, Police in Kyiv said, analysts at the bank say — the name after `in`, `at` or
/// `across` is not the source, the role noun right before the preposition heads it (the
/// convention in Y keeps Y). Not after `from`: an email from X is X's. None otherwise.
pub(super) fn role_before_name(ctx: &Ctx, np: Np, s: usize) -> Option<Np> {
    if np.kind != NpKind::Name {
        return None;
    }
    let p = np.start.checked_sub(1).filter(|&p| p > s)?;
    if !matches!(ctx.word(p)?, "in" | "at" | "across") {
        return None;
    }
    if ctx.classes(p - 1) & class::ROLE == 0 {
        // A spokeswoman for the St David's Shopping Centre in Cardiff said: the place
        // follows the complement of a role noun (`for`, `of` or `at` a few words back).
        let mut j = p - 1;
        let of = loop {
            if j <= s + 1 || j + 8 < p || ctx.toks[j].kind != Kind::Word || ctx.cue(j).is_some() {
                return None;
            }
            if matches!(ctx.word(j), Some("for" | "of" | "at")) {
                break j;
            }
            j -= 1;
        };
        if ctx.classes(of - 1) & class::ROLE == 0 || ctx.toks[of - 1].cap {
            return None;
        }
        let role = ctx.np_backward(of - 1, s).filter(|r| r.kind == NpKind::Role && r.end == of)?;
        return Some(Np { start: role.start, end: np.end, name_start: role.start, kind: NpKind::Role });
    }
    let role = ctx.np_backward(p - 1, s).filter(|r| r.kind == NpKind::Role && r.end == p)?;
    Some(Np { start: role.start, end: np.end, name_start: role.start, kind: NpKind::Role })
}

/// Whether `w` looks like a plural noun (bosses, polls; not a mass noun like business).
fn plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Whether `w` is a document that speaks for its makers (a lawsuit in San Diego accused, a
/// poll in Ohio found).
fn paper(w: &str) -> bool {
    const PAPERS: [&str; 12] = [
        "report",
        "study",
        "survey",
        "poll",
        "lawsuit",
        "suit",
        "complaint",
        "filing",
        "letter",
        "memo",
        "document",
        "analysis",
    ];
    PAPERS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether `w` looks like a past participle that may follow a noun (considered, taken,
/// held): a regular `-ed` form or one of a few irregular ones.
fn participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(w, "taken" | "held" | "made" | "done" | "seen" | "given" | "known" | "shown" | "brought")
}

/// Rule S-PP: the phrase before a cue that is the place or body after `in`, `at`,
/// `across` or `throughout` ending a longer subject headed by a lowercase noun: the place
/// is not the source. A plural noun with at most two modifiers heads the source (Music
/// industry bosses in Norway said), and so does a document (a lawsuit in San Diego
/// accused, a poll in Ohio found); a longer run, a coordinated place, or a singular noun
/// that names no one (Cold weather in the north threatened, Growth in the eurozone
/// showed) leaves the cue without a source, so `Some(None)`. None when the rule does not
/// apply: a singular role noun before the preposition is [`role_before_name`]'s (Police in
/// Kyiv said), and a person named after the place is the source (at a summit in Rome Mr
/// Tanzi said).
fn place_inside_subject(ctx: &Ctx, np: &Np, s: usize) -> Option<Option<Np>> {
    let mut p = np.start.checked_sub(1).filter(|&p| p > s)?;
    // Economists at the Royal Bank of Canada: a name read without its `the`.
    if ctx.word(p) == Some("the") && p > s + 1 {
        p -= 1;
    }
    const NOT_A_THING: u32 = class::STOP
        | class::PREP
        | class::ADVERB
        | class::PRONOUN
        | class::DET
        | class::SPEECH_NOUN
        | class::ORG
        | class::TIME;
    // A title, or a given name and a surname (not Asia, a given name alone).
    let person = np.kind == NpKind::Name
        && ((np.start..np.end).any(|k| ctx.classes(k) & class::TITLE != 0)
            || np.end > np.name_start + 1 && ctx.classes(np.name_start) & (class::MALE | class::FEMALE) != 0);
    // Exit polls taken in Ohio, lawsuits being considered in San Diego, a study that
    // appeared in the BMJ: a plural or a document before a participle (and `being`,
    // `that` or `which`) heads the subject.
    let mut head = p - 1;
    if head > s + 1 && ctx.word(head).is_some_and(participle) {
        let mut noun = head - 1;
        if noun > s + 1 && matches!(ctx.word(noun), Some("being" | "that" | "which")) {
            noun -= 1;
        }
        if ctx.word(noun).is_some_and(|w| plural(w) || paper(w)) {
            head = noun;
        }
    }
    let w = ctx.word(head)?;
    if person
        || !matches!(ctx.word(p), Some("in" | "at" | "across" | "throughout"))
        || (ctx.toks[head].cap && !ctx.toks[head].sent_start)
        || ctx.classes(head) & NOT_A_THING != 0
    {
        return None;
    }
    let role = ctx.classes(head) & class::ROLE != 0;
    if plural(w) || paper(w) || (!role && agent_noun(w) && !w.ends_with("er")) {
        // Back over the modifiers (Music industry bosses) and one determiner.
        const FUNCTION: u32 = class::STOP | class::PREP | class::ADVERB | class::PRONOUN | class::DET;
        let mut start = head;
        while start > s
            && ctx.toks[start - 1].kind == Kind::Word
            && ctx.classes(start - 1) & FUNCTION == 0
            && !ctx.possessive(start - 1)
            && ctx.cue(start - 1).is_none()
        {
            start -= 1;
        }
        // Two modifiers at most, and one place: a longer run is a clause (Turkmenistan cut
        // off gas supplies in …), a coordination a list (patents in the US and developers).
        let coordinated = (np.start..np.end).any(|k| ctx.word(k) == Some("and") || ctx.punct(k, ','));
        if start + 2 < head || coordinated {
            return Some(None);
        }
        if start > s && ctx.classes(start - 1) & class::DET != 0 {
            start -= 1;
        }
        return Some(Some(Np { start, end: np.end, name_start: start, kind: NpKind::Role }));
    }
    (!role).then_some(None)
}

/// Rule S-APPOS: the name that opens the sentence before an appositive role whose
/// closing comma is missing (Patricia Sanders, spokeswoman for the county health
/// department said …; Ali Amini, a ministry spokesman told …): the person, not the role;
/// so too before a body's name (Colin Asplin, Blackpool Hotel Association said). Only a
/// name of two words or more, or a given name, at the sentence start, and a role of one
/// person (spokeswoman, a director of …), not a plural (Ann Kerr, officials said).
pub(super) fn name_before_role(ctx: &Ctx, np: Np, s: usize) -> Option<Np> {
    if let Some(name) = name_before_body(ctx, np, s) {
        return Some(name);
    }
    if np.start < s + 2 || !ctx.punct(np.start - 1, ',') {
        return None;
    }
    if np.kind == NpKind::Name {
        // Colin Asplin, Blackpool Hotel Association said: a body's name after the
        // person's, with no closing comma.
        let last = np.end.checked_sub(1)?;
        if np.end < np.start + 2 || ctx.classes(last) & class::ORG == 0 {
            return None;
        }
    } else {
        if np.kind != NpKind::Role {
            return None;
        }
        // a Lufthansa spokesman: past the capitalised words before the role noun; Labour's
        // election strategist: the agent noun that ends the phrase.
        let first = (np.start..np.end).find(|&k| ctx.classes(k) & class::DET == 0 && !ctx.toks[k].cap)?;
        let w = ctx.word(first)?;
        let last = ctx.word(np.end - 1).filter(|_| !ctx.toks[np.end - 1].cap).unwrap_or("");
        let role = ctx.classes(first) & (class::ROLE | class::TITLE) != 0 && !w.ends_with('s');
        let agent = agent_noun(last) && !last.ends_with('s') && ctx.possessive(np.start);
        if !role && !agent {
            return None;
        }
    }
    // At the sentence start, or, for a person (a given name), after the comma that ends a
    // content before it (The enthusiasm remains undimmed, Alan Milburn, Labour's election
    // strategist told …; not a list's last item: …, Ambuja Cement India Ltd, a Holcim
    // statement said).
    let given = |n: &Np| ctx.classes(n.name_start) & (class::MALE | class::FEMALE) != 0;
    let opens = |n: &Np| n.start == s || (n.start > s + 1 && ctx.punct(n.start - 1, ',') && given(n));
    let name = ctx.np_backward(np.start - 2, s).filter(|n| n.kind == NpKind::Name && opens(n))?;
    let given = given(&name);
    (name.end == np.start - 1 && (name.end >= name.name_start + 2 || given)).then_some(name)
}

/// How many words after the comma a body apposed by [`name_before_body`] may take.
const APPOSED_BODY: usize = 10;

/// Rule S-APPOS, with a preposition: the name that opens the sentence before `, from`,
/// `, of` or `, at` and a body whose closing comma is missing (Mark Serwotka, from the
/// Public and Commercial Services union said …): the person, not the body's last words.
/// Only words between the comma and the cue, and a name of two words or more, or a
/// given name.
fn name_before_body(ctx: &Ctx, np: Np, s: usize) -> Option<Np> {
    let comma = (s + 1..np.start).find(|&j| ctx.punct(j, ','))?;
    if !ctx.word(comma + 1).is_some_and(|w| matches!(w, "from" | "of" | "at"))
        || np.end > comma + 1 + APPOSED_BODY
        || (comma + 1..np.end).any(|j| ctx.toks[j].kind != Kind::Word)
    {
        return None;
    }
    let name =
        ctx.np_backward(comma - 1, s).filter(|n| n.kind == NpKind::Name && n.start == s && n.end == comma)?;
    let given = ctx.classes(name.name_start) & (class::MALE | class::FEMALE) != 0;
    (name.end >= name.name_start + 2 || given).then_some(name)
}

/// A phrase opening with a possessive, with the names and determiner before it: Mrs.
/// Kerr's aides (not Kerr's aides), the Ohio senator's allies.
fn with_owner(ctx: &Ctx, np: Np, s: usize) -> Np {
    if np.start <= s || !ctx.possessive(np.start) {
        return np;
    }
    let mut start = np.start;
    while start > s && ctx.name_word(start - 1) {
        start -= 1;
    }
    if start > s && ctx.classes(start - 1) & class::DET != 0 {
        start -= 1;
    }
    Np { start, ..np }
}

/// How many words a relative clause between a subject and its cue may have (the farmers
/// who want to keep the road said).
const RELATIVE_REACH: usize = 12;

/// The head of a relative clause holding the phrase `np` just before a cue (the farmers
/// who want to keep the road said: the farmers, not the road): the phrase before a `who`
/// a few words back, with no punctuation between; None when there is none.
fn relative_head(ctx: &Ctx, np: Np, s: usize) -> Option<Np> {
    let floor = np.start.saturating_sub(RELATIVE_REACH).max(s + 1);
    let who = (floor..np.start)
        .rev()
        .take_while(|&j| ctx.toks[j].kind == Kind::Word)
        .find(|&j| ctx.toks[j].end - ctx.toks[j].start == 3 && ctx.word(j) == Some("who"))?;
    ctx.np_backward(who - 1, s).filter(|head| matches!(head.kind, NpKind::Name | NpKind::Role))
}

/// Rule S-DUMMY-IT: after a dummy `it` (It was no good Mr Blair claiming …, It is
/// typical of Ann Kerr saying …), the name right before the participle cue at `c` is its
/// subject; None for another subject.
fn dummy_it_gerund(ctx: &Ctx, np: Np, c: usize) -> Option<Np> {
    let dummy = np.kind == NpKind::Pronoun
        && np.end == np.start + 1
        && ctx.word(np.start).is_some_and(|w| w.eq_ignore_ascii_case("it"))
        && matches!(ctx.word(np.end), Some("is" | "was" | "'s" | "’s"));
    if !dummy {
        return None;
    }
    ctx.np_backward(c.checked_sub(1)?, np.end).filter(|n| n.kind == NpKind::Name && n.end == c)
}

/// Rule S-QUOTED-AS: the person quoted, not the outlet quoting, is the source of `as
/// saying` at `c` (State television quoted Interior Minister Ali Karimi as saying …,
/// Tasnim cited a senior official as saying …, the FT quoted a spokesman complaining …):
/// the quotation rule 4d's phrase; None for other shapes.
fn quoted_as(ctx: &Ctx, c: usize, s: usize) -> Option<Np> {
    ctx.quoted_agent(c, s).filter(|np| matches!(np.kind, NpKind::Name | NpKind::Role))
}

/// Whether `w` is a form of `quote` or `cite`, which name the person quoted before `as
/// saying` (rule S-QUOTED-AS, and the quotations' rule 4d).
pub(super) fn quoting_verb(w: &str) -> bool {
    matches!(w, "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing")
}

/// `with X saying …` (rule 4e, `Ctx::with_agent`): the name or role between `with` and
/// the participle cue at `c` (the talks ended with the envoy asking …; with chairman Ewan
/// Dorr calling …); None for other shapes.
fn with_subject(ctx: &Ctx, c: usize, s: usize) -> Option<Np> {
    ctx.with_agent(c, s).filter(|np| matches!(np.kind, NpKind::Name | NpKind::Role))
}

/// The first word of a phrase ending in a lowercase noun at `k` after a possessive
/// apostrophe (Bill Gates’ charity, the officials’ lawyer): the capitalised run, or the
/// determiner, before the apostrophe; None for other shapes.
fn plural_possessive(ctx: &Ctx, k: usize, s: usize) -> Option<usize> {
    if k < s + 2 || ctx.toks[k].cap || !(ctx.punct(k - 1, '’') || ctx.punct(k - 1, '\'')) {
        return None;
    }
    let owner = ctx.word(k - 2).filter(|w| w.ends_with('s'))?;
    if ctx.toks[k - 1].start != ctx.toks[k - 2].end || ctx.classes(k) & (class::STOP | class::PREP) != 0 {
        return None;
    }
    let mut start = k - 2;
    if ctx.toks[start].cap {
        while start > s && ctx.toks[start - 1].cap && ctx.toks[start - 1].kind == Kind::Word {
            start -= 1;
        }
    } else if start > s && ctx.classes(start - 1) & class::DET != 0 {
        start -= 1;
    } else {
        return None;
    }
    (!owner.is_empty()).then_some(start)
}

/// How many words a count standing as a source may have (more than six in 10).
const COUNT_WORDS: usize = 6;

/// Whether `w` is a number: digits, or a number word up to ten.
fn number(w: &str) -> bool {
    (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        || ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(w))
}

/// The first word of a count ending at word `k` (One in five, more than six in 10, 43
/// percent): `k` is a number after `in`, or `percent` after a number; None otherwise.
fn count_start(ctx: &Ctx, k: usize, s: usize) -> Option<usize> {
    // 26% say: the sign after the number.
    if ctx.punct(k, '%') && k > s + 1 && ctx.word(k - 1).is_some_and(number) {
        return count_start(ctx, k - 1, s).or(Some(k - 1)).map(|a| count_words_before(ctx, a, k, s));
    }
    let w = ctx.word(k)?;
    // All but two said.
    if number(w)
        && k > s + 1
        && ctx.word(k - 1) == Some("but")
        && ctx.word(k - 2).is_some_and(|a| a.eq_ignore_ascii_case("all"))
    {
        return Some(k - 2);
    }
    let ok = (number(w) && k > s + 1 && ctx.word(k - 1) == Some("in"))
        || (w == "percent" && k > s && ctx.word(k - 1).is_some_and(number));
    if !ok {
        return None;
    }
    Some(count_words_before(ctx, k, k, s))
}

/// The first word of a count's words before `start` (more than, about, nearly, only …),
/// at most [`COUNT_WORDS`] back from `k`.
fn count_words_before(ctx: &Ctx, mut start: usize, k: usize, s: usize) -> usize {
    while start > s && k - start < COUNT_WORDS {
        let Some(p) = ctx.word(start - 1) else { break };
        let part = number(p)
            || [
                "in", "than", "more", "fewer", "less", "about", "nearly", "almost", "roughly", "only",
                "just", "some",
            ]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(p));
        if !part {
            break;
        }
        start -= 1;
    }
    start
}

/// The end of an object frame's content: the first comma, semicolon, colon or dash outside
/// quotation marks, or `e` (laid out his terms: “…” — the quotation is its own statement).
fn object_end(ctx: &Ctx, c: usize, e: usize) -> usize {
    (c + 1..e)
        .find_map(|j| {
            if ctx.punct(j, ',') || ctx.punct(j, ';') || ctx.punct(j, ':') || ctx.dash(j) {
                Some(j)
            } else if matches!(ctx.word(j), Some("and" | "but")) && second_predicate(ctx, j + 1) {
                // described the shift as a conversion and accused Sanders of …: the
                // source's second predicate (rule S-CLAUSE-END).
                Some(j)
            } else if ctx.word(j) == Some("with") && with_clause(ctx, j, e) {
                // attacked the plans with its coordinator accusing …: rule 4e.
                Some(j)
            } else {
                // the attack “a disgrace,” and left: the comma inside the marks.
                comma_quote(ctx, j).then_some(j + 1)
            }
        })
        .unwrap_or(e)
}

/// Whether token `k` is a quotation whose last mark follows a comma (“…,”).
fn comma_quote(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k).is_some_and(|t| {
        t.kind == Kind::Quote
            && t.text(ctx.text).trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',').ends_with(',')
    })
}

/// The end of a reported clause from `c`: a semicolon, or a comma before `while` or
/// `whereas` (a contrast the source did not say), or `e`. Rule S-CLAUSE-END (boundaries
/// PolNeAR's annotators draw, learned on train): before `, compared with` (a comparison
/// the writer adds) and before `and` and a second predicate of the source (… she wants a
/// safe zone and has expressed support for …; … and called for …), and before `, however`
/// opening a clause (… fell 9%, however this time …; not a parenthetical `, however,`,
/// which PolNeAR keeps inside the content). Tried and left out
/// (no gain on train, or a loss on dev): `, but` and a new subject, `but` and a second
/// predicate, `as` and a subject pronoun, a comma and a participle, `, who` after a name.
fn clause_end(ctx: &Ctx, c: usize, e: usize) -> usize {
    let mut end = (c + 1..e)
        .find(|&j| {
            ctx.punct(j, ';')
                || (ctx.punct(j, ',') && ctx.word(j + 1).is_some_and(|w| matches!(w, "while" | "whereas")))
                || (ctx.punct(j, ',') && ctx.word(j + 1) == Some("however") && !ctx.punct(j + 2, ','))
                || (ctx.punct(j, ',')
                    && ctx.word(j + 1) == Some("compared")
                    && matches!(ctx.word(j + 2), Some("with" | "to")))
                || (ctx.word(j) == Some("and") && second_predicate(ctx, j + 1))
                || (ctx.word(j) == Some("with") && with_clause(ctx, j, e))
        })
        .unwrap_or(e);
    while end > c + 1 && ctx.punct(end - 1, ',') {
        end -= 1;
    }
    end
}

/// Whether `with` at `w` opens a clause of its own whose subject speaks (Labour hit back at
/// the plans with its coordinator Alan Milburn accusing …: rule 4e): it ends the content
/// before it, and the participle makes a statement of its own.
fn with_clause(ctx: &Ctx, w: usize, e: usize) -> bool {
    (w + 2..e.min(w + 8))
        .find(|&m| ctx.word(m).is_some_and(|x| x.ends_with("ing")) && ctx.cue(m).is_some())
        .and_then(|m| ctx.with_agent(m, w))
        .is_some_and(|np| np.start == w + 1)
}

/// Whether the words at `k`, after `and` (or, in an object's content, `but`), are a second
/// predicate of the source: a speech verb (and said, and called for) or `has`/`have`/`had`
/// before a participle (and has expressed support).
fn second_predicate(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.cue(k), Some((_, CueKind::Verb | CueKind::Object)))
        || (matches!(ctx.word(k), Some("has" | "have" | "had"))
            && ctx.word(k + 1).is_some_and(|w| w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))))
}

/// The end of the person told after a `told`-like cue: a pronoun object or a speaker
/// phrase (told reporters, told CNN Tuesday), with a day name after it; none before
/// `that` or a preposition of place or time (warned that …, warned in a report on Monday
/// that …).
fn hearer_end(ctx: &Ctx, c: usize, e: usize) -> Option<usize> {
    // warned that …, warned in a report on Monday that …: no one told (but warned of or
    // about a danger names what was warned of).
    if matches!(ctx.word(c), Some("that" | "in" | "on" | "at" | "during" | "after" | "before" | "via")) {
        return Some(c);
    }
    let object = ctx.word(c).is_some_and(|w| {
        matches!(w, "him" | "her" | "them" | "us" | "me" | "you" | "reporters" | "journalists" | "supporters")
    });
    let mut k = if object {
        c + 1
    } else {
        ctx.np_forward(c, e).map(|np| np.end).or_else(|| ctx.word(c).map(|_| c + 1))?
    };
    // told BBC Radio 4's Today programme, Channel 4 News, BBC Radio 5 Live: a channel's
    // number after a capitalised name word is part of the name, and so is what follows it
    // (after its possessive too).
    if k > c
        && k < e
        && ctx.toks[k - 1].cap
        && ctx.word(k).is_some_and(|w| w.len() <= 4 && w.starts_with(|ch: char| ch.is_ascii_digit()))
    {
        k += 1;
        if let Some(np) = ctx.np_forward(k, e).filter(|np| np.kind == NpKind::Name) {
            k = np.end;
        }
    }
    // told the ISNA news agency, the Today programme: up to two lower-case `[org]` nouns
    // or `programme` after a name (not
    // `police`, a content's subject as often: told the Herald police had lied).
    if k > c && ctx.toks[k - 1].cap {
        let org = |j: usize| {
            !ctx.toks[j].cap
                && ctx.word(j).is_some_and(|w| {
                    w != "police"
                        && (ctx.classes(j) & class::ORG != 0 || matches!(w, "programme" | "program"))
                })
        };
        let n = (k..e.min(k + 2)).take_while(|&j| org(j)).count();
        k += n;
        // told a London news conference, a Downing Street press briefing.
        if n > 0 && ctx.word(k).is_some_and(|w| matches!(w, "conference" | "briefing")) {
            k += 1;
        }
    }
    // told CNN Tuesday / told supporters Tuesday night: time words before the content.
    while k < e && day(ctx, k) {
        k += 1;
        if matches!(ctx.word(k), Some("night" | "morning" | "afternoon" | "evening")) {
            k += 1;
        }
    }
    Some(k)
}

/// Past a prepositional phrase after a cue to the `that` opening the content (said in a
/// statement on Monday that …); the `that` stays in the content, as annotators mark it.
fn past_phrase_to_that(ctx: &Ctx, c: usize, e: usize) -> Option<usize> {
    if ctx.word(c) == Some("that") || !(ctx.classes(c) & class::PREP != 0 || day(ctx, c)) {
        return Some(c);
    }
    let that = (c + 1..e.min(c + THAT_REACH))
        .take_while(|&j| ctx.toks[j].kind == Kind::Word || ctx.punct(j, ','))
        .find(|&j| ctx.word(j) == Some("that"));
    match that {
        Some(j) => Some(j),
        // said in an email the file was under review: the clause after the medium.
        None if let Some(k) = medium_phrase_end(ctx, c, e) => Some(time_phrase_end(ctx, k, e).unwrap_or(k)),
        None => match time_phrase_end(ctx, c, e) {
            // said Thursday. / responded Friday, saying …: a time, no clause after it.
            Some(k) if k >= e || !matches!(ctx.toks[k].kind, Kind::Word | Kind::Quote) => None,
            // said Tuesday his actions were …: the clause after the time.
            Some(k) => Some(k),
            None => phrase_or_clause(ctx, c, e),
        },
    }
}

/// How many words a phrase naming a medium after a cue may have (in a statement posted
/// on its website).
const MEDIUM_PHRASE: usize = 7;

/// Rule S-MEDIUM after the cue: the end of a phrase at `c` naming where something was
/// said, a preposition and up to [`MEDIUM_PHRASE`] words ending in a medium, when a word
/// follows it (said in an email the file was under review); None otherwise.
fn medium_phrase_end(ctx: &Ctx, c: usize, e: usize) -> Option<usize> {
    if !ctx.word(c).is_some_and(|w| matches!(w, "in" | "on" | "via" | "during" | "through")) {
        return None;
    }
    let j = (c + 1..e.min(c + 1 + MEDIUM_PHRASE))
        .take_while(|&j| ctx.toks[j].kind == Kind::Word && !ctx.clause_word(j))
        .find(|&j| medium(ctx, j))?;
    // A clause opens after it: not a preposition (in a speech at the show) or a
    // participle (in an interview published on Monday) going on with the phrase.
    let k = j + 1;
    let clause = k < e
        && ctx.toks[k].kind == Kind::Word
        && ctx.classes(k) & class::PREP == 0
        && !ctx.word(k).is_some_and(|w| w.ends_with("ed") || w == "to");
    clause.then_some(k)
}

/// After a cue, the end of a time phrase starting at `c`: up to four words, each a
/// `[time]` noun, a day name or a `[prep]` word, at least one of them a time (said on
/// Monday night, said last week, said yesterday); not a preposition alone (said on the
/// phone) nor a possessive (said today's vote …).
fn time_phrase_end(ctx: &Ctx, c: usize, e: usize) -> Option<usize> {
    let time = |k: usize| {
        day(ctx, k)
            || (ctx.classes(k) & class::TIME != 0 && ctx.word(k).is_some_and(|w| !w.contains(['\'', '’'])))
    };
    let limit = e.min(c + 4);
    let end = (c..limit).find(|&k| !time(k) && ctx.classes(k) & class::PREP == 0).unwrap_or(limit);
    // The phrase ends at its last time word: "said on Monday in a statement" ends at Monday.
    let last = (c..end).rev().find(|&k| time(k))?;
    // "said Monday night's vote was …": a possessive after the time makes it the
    // content's first noun phrase (not "said tonight he's …").
    let possessive = ctx.word(last + 1).is_some_and(|w| w.contains(['\'', '’']))
        && ctx.classes(last + 1) & class::PRONOUN == 0;
    (!possessive).then_some(last + 1)
}

/// [`past_phrase_to_that`] with no `that` and no time phrase: `c` opens the content,
/// unless it is a preposition before the sentence's end.
fn phrase_or_clause(ctx: &Ctx, c: usize, e: usize) -> Option<usize> {
    // wrote in his memo. / reported in 2014.: a preposition, no clause.
    let phrase = ctx.classes(c) & class::PREP != 0 && ctx.word(c) != Some("to") && e <= c + SHORT_PHRASE;
    (!phrase).then_some(c)
}

/// How many tokens a phrase ending a sentence after a cue may have and still be only a
/// phrase, no clause (wrote in his memo).
const SHORT_PHRASE: usize = 5;

/// Whether `w` is the name of a day of the week (not Halliday, Faraday: names that end so).
pub(super) fn weekday(w: &str) -> bool {
    matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// Whether word `k` names a day (said Wednesday night that …).
fn day(ctx: &Ctx, k: usize) -> bool {
    ctx.word(k).is_some_and(weekday)
}

/// `speaker-cue-fragment`: Trump called the assault “an attack on our country” — a quoted
/// fragment whose own rule found a source and cue before it in its sentence: the content
/// runs from the cue to the end of the sentence (or its clause).
pub fn around_fragment(ctx: &Ctx, np: Np, cue: (usize, usize), q: usize) -> Option<Stmt> {
    if q == usize::MAX || cue.0 >= cue.1 {
        return None;
    }
    if cue.0 > q {
        return before_fragment(ctx, np, cue, q);
    }
    if cue.1 > q || np.end > cue.0 {
        return None;
    }
    let s = ctx.sentence_start(q);
    if cue.0 < s {
        return None;
    }
    if let Some(first) = interrupted_before(ctx, np, cue, q, s) {
        let content = (first, q + 1);
        return Some(Stmt { content, cue, np, rule: "split-quotation", confidence: 0.8 });
    }
    let mut e = content_end(ctx, s, ctx.sentence_end(q)).max(q + 1);
    // … as “constructive,” but said “…” / but added: “…”: the next cue or colon ends
    // the clause.
    if let Some(j) = (q + 1..e).find(|&j| ctx.cue(j).is_some() || ctx.punct(j, ':')) {
        e = if ctx.punct(j, ':') { j } else { boundary_before(ctx, q - 1, j).unwrap_or(e) }.max(q + 1);
    }
    let content = (cue.1, clause_end(ctx, cue.1, e).max(q + 1));
    Some(Stmt { content, cue, np, rule: "speaker-cue-fragment", confidence: 0.6 })
}

/// The opening quotation of a quotation interrupted by its attribution in one sentence
/// (“Let us go,” X said, “and vote.”): the token of the quotation right before the source
/// `np`, when only a comma stands between the cue and the fragment at `q`; None otherwise.
fn interrupted_before(ctx: &Ctx, np: Np, cue: (usize, usize), q: usize, s: usize) -> Option<usize> {
    let mut first = np.start.checked_sub(1)?;
    if ctx.punct(first, ',') {
        first = first.checked_sub(1)?;
    }
    let quoted = first >= s && ctx.toks[first].kind == Kind::Quote;
    let comma_only = q == cue.1 + 1 && ctx.punct(cue.1, ',');
    (quoted && comma_only).then_some(first)
}

/// `content-quote-cue`: The party, attended by hundreds, “allows us to get our message
/// out,” said X. — a quoted fragment ending a clause that an attribution after it closes:
/// the content runs from the sentence start to the end of the quotation.
fn before_fragment(ctx: &Ctx, np: Np, cue: (usize, usize), q: usize) -> Option<Stmt> {
    // While the economy grew at a “good pace”, X warned that …: the cue's `that` opens
    // what was said; the clause before it is the writer's.
    if ctx.word(cue.1) == Some("that") {
        return None;
    }
    let s = ctx.sentence_start(q);
    let words = (s..q).filter(|&k| ctx.toks[k].kind == Kind::Word).count();
    (words >= 2).then_some(Stmt { content: (s, q + 1), cue, np, rule: "content-quote-cue", confidence: 0.6 })
}

/// `split-quotation`: “First part,” X said. “Second part.” — a quotation interrupted by
/// its attribution and continued in the same paragraph is one statement: the content runs
/// from the first part's opening mark (token `first`) to the next part's closing mark
/// (token `next`), the attribution between them included. A further part (“…” “…”)
/// extends the statement that ends at `first`.
pub fn split_quotation(
    ctx: &Ctx,
    stmts: &mut Vec<Stmt>,
    np: Np,
    cue: (usize, usize),
    first: usize,
    next: usize,
) {
    if !ctx.toks.get(first..next).is_some_and(|ts| ts.iter().all(|t| t.kind != Kind::Para)) {
        return;
    }
    if let Some(last) =
        stmts.last_mut().filter(|st| st.rule == "split-quotation" && st.content.1 == first + 1)
    {
        last.content.1 = next + 1;
    } else if first < np.start.min(cue.0) && np.end.max(cue.1) <= next {
        stmts.push(Stmt { content: (first, next + 1), cue, np, rule: "split-quotation", confidence: 0.8 });
    }
}

/// The speaker of a statement's source phrase, and whether it was resolved (a pronoun to
/// its antecedent). Every statement's speaker is made here.
pub fn speaker(names: &mut Names, np: &Np) -> (Speaker, bool) {
    // `Names::speaker` also records the speaker for later pronouns.
    let speaker = names.speaker(np);
    let pronoun = matches!(np.kind, NpKind::Pronoun | NpKind::Who);
    let resolved = !pronoun || speaker.name.is_some();
    (speaker, resolved)
}

/// The record of a statement: an `indirect` quote whose span is the content.
pub fn statement(names: &mut Names, toks: &[Token], sentences: &[Sentence], st: &Stmt) -> Quote {
    let (start, end) = byte_range(toks, st.content.0, st.content.1);
    let (speaker, resolved) = speaker(names, &st.np);
    let sentence = sentences.partition_point(|s| s.start <= start).saturating_sub(1);
    let paragraph = sentences.get(sentence).map_or(0, |s| s.paragraph);
    let span = QuoteSpan {
        start,
        end,
        content_start: start,
        content_end: end,
        sentence,
        paragraph,
        closed: true,
        continues: false,
    };
    let pronoun = matches!(st.np.kind, NpKind::Pronoun | NpKind::Who);
    Quote {
        span,
        kind: QuoteKind::Indirect,
        speaker: Some(speaker),
        cue: Some(byte_range(toks, st.cue.0, st.cue.1)),
        rule: Some(if pronoun && resolved { "pronoun" } else { st.rule }),
        confidence: st.confidence * if resolved { 1.0 } else { 0.6 },
        statement: None,
        act: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_parse_frames_and_phrases() {
        let v = Verbs::parse("# c\nsaid\ntold\thearer\naccording to\tsource\ncalled for\tobject\n");
        assert_eq!(v.map.get(&b"said"[..]).map(|t| t[0].1), Some(Frame::Clause));
        assert_eq!(v.map.get(&b"told"[..]).map(|t| t[0].1), Some(Frame::Hearer));
        assert_eq!(v.map.get(&b"according"[..]).map(|t| (t[0].0.len(), t[0].1)), Some((1, Frame::Source)));
        assert_eq!(v.map.get(&b"called"[..]).map(|t| t[0].1), Some(Frame::Object));
        assert!(!v.map.contains_key(&b"c"[..]));
    }

    #[test]
    fn builtin_verbs_cover_the_frames_of_the_issue() {
        let v = Verbs::builtin();
        for (w, f) in [
            ("said", Frame::Clause),
            ("told", Frame::Hearer),
            ("urged", Frame::Object),
            ("denied", Frame::Object),
            ("accused", Frame::Object),
            ("described", Frame::Object),
            ("warned", Frame::Hearer),
            ("announced", Frame::Clause),
            ("believes", Frame::Clause),
            ("show", Frame::Clause),
        ] {
            assert!(v.map.get(w.as_bytes()).is_some_and(|t| t.iter().any(|x| x.1 == f)), "{w}");
        }
    }

    #[test]
    fn the_filter_admits_every_first_word_in_any_case() {
        let v = Verbs::builtin();
        let passes = |w: &[u8]| v.filter.admits(w, 0, w.len());
        for first in v.map.keys() {
            let upper = first.to_ascii_uppercase();
            let mut title = first.to_vec();
            title[0] = title[0].to_ascii_uppercase();
            for w in [&first[..], &upper, &title] {
                assert!(passes(w), "{}", String::from_utf8_lossy(w));
                // Inside a text: its first eight bytes are read at once, past its end.
                let text = [b"x ", w, b", it went on"].concat();
                assert!(v.filter.admits(&text, 2, 2 + w.len()), "{}", String::from_utf8_lossy(w));
            }
        }
        // Most words are turned away: the, of, to, and, in.
        for w in ["the", "of", "to", "in", "Minister"] {
            assert!(!passes(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn find_at_the_marked_tokens_finds_what_it_finds_at_every_token() {
        let (lex, verbs) = (crate::attribution::lexicon::Lexicon::builtin(), Verbs::builtin());
        let text = "Sources: the minister said on Monday that the plan, which critics say is weak, \
            would go ahead.\nMr Smith: We will win, he told reporters. According to officials, it \
            was late, police said.\nRelated: Other story here\nThe firm, its chief SAID, is fine.";
        let sentences = crate::sentences::Segmenter::default().split(text);
        let quotes = crate::quotes::find(text, &sentences);
        let toks = super::super::tokens::tokenize(text, &quotes, &sentences, &lex, true);
        let memo = vec![super::super::phrases::Memo::new(); toks.len()];
        let ctx = Ctx { text, toks: &toks, lex: &lex, memo: &memo };
        let used = vec![false; toks.len()];
        let every: Vec<u32> = (0..toks.len() as u32).collect();
        let marked = marked(&ctx, &verbs);
        assert!(marked.len() < toks.len() / 3, "{marked:?}");
        let found = find(&ctx, &verbs, &used, &marked);
        assert!(found.len() >= 3, "{found:?}");
        assert_eq!(found, find(&ctx, &verbs, &used, &every));
    }
}
