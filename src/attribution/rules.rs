//! The local attribution rules: each reads the tokens around one quotation and returns the
//! speaker phrase, the cue and the rule's name.

use super::lexicon::{CueKind, class};
use super::phrases::{Ctx, Np, NpKind, agent_noun, numeric_age};
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

/// How many tokens a body's name after a speaker may span ([`Ctx::after_named_phrase`]).
const NAMED_PHRASE: usize = 12;

/// How many tokens before a quotation [`Ctx::fragment_speaker`] looks for its verb.
const FRAGMENT_REACH: usize = 12;

/// How many tokens an opening phrase closed by a comma may span before the subject (On
/// the eve of his third election as prime minister in March, Roe rallied …).
const OPENING_PHRASE: usize = 24;

/// How many words a relative clause between a subject and its cue may span
/// ([`Ctx::relative_subject`]).
const RELATIVE_REACH: usize = 10;

/// How many words a prepositional phrase between a conjunction and a second cue may span
/// ([`Ctx::coordinated_over_phrase`]).
const COORDINATED_PHRASE: usize = 6;

/// How many tokens before a quotation [`Ctx::in_subordinate_report`] looks for the
/// opening of its clause.
const SUBORDINATE_REACH: usize = 40;

/// How many tokens before a cue [`Ctx::later_subject`] looks for a clause's subject.
const LATER_SUBJECT: usize = 40;

/// How many tokens before a quotation [`Ctx::possessive_speaker`] looks for its noun.
const POSSESSED_REACH: usize = 4;

/// How many words into a speech noun's `that` clause a quotation still goes to the noun's
/// possessor (rule 2e).
const POSSESSED_CLAUSE: usize = 10;

/// Nouns of findings and documents whose maker, after `by`, is the source (figures
/// released by the ministry show, a survey conducted by the magazine found).
const EVIDENCE_NOUNS: [&str; 22] = [
    "figures",
    "survey",
    "surveys",
    "poll",
    "polls",
    "study",
    "studies",
    "analysis",
    "investigation",
    "data",
    "research",
    "image",
    "images",
    "findings",
    "results",
    "statistics",
    "numbers",
    "document",
    "documents",
    "release",
    "video",
    "photo",
];

/// Whether `w` is a preposition whose object is no speaker (The spokesman for the
/// campaign said, Crowds marching through the streets chanted).
fn preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "at"
            | "in"
            | "from"
            | "with"
            | "on"
            | "to"
            | "about"
            | "during"
            | "through"
            | "into"
            | "across"
            | "near"
            | "outside"
            | "inside"
            | "under"
            | "over"
            | "around"
            | "against"
            | "among"
            | "behind"
    )
}

/// How many tokens a sentence may span before it is cut (run-on text without periods).
pub const MAX_SENTENCE: usize = 150;

impl Ctx<'_> {
    /// Index of the first token of the sentence holding token `k`.
    /// A run-on "sentence" is cut at [`MAX_SENTENCE`] tokens, so no scan is quadratic.
    pub fn sentence_start(&self, k: usize) -> usize {
        let s = k.min(self.toks.len());
        let floor = s.saturating_sub(MAX_SENTENCE);
        if self.toks.get(s).is_some_and(|t| t.sent_start) {
            return s;
        }
        // Back over the tokens before `s` (a slice: no bounds checks): a paragraph break
        // ends the sentence after it, a sentence start begins it.
        for (i, t) in self.toks[floor..s].iter().enumerate().rev() {
            if t.kind == Kind::Para {
                return floor + i + 1;
            }
            if t.sent_start {
                return floor + i;
            }
        }
        floor
    }

    /// Index one past the last token of the sentence holding token `k` (the terminal
    /// punctuation included).
    pub fn sentence_end(&self, k: usize) -> usize {
        let mut e = k + 1;
        let ceiling = self.toks.len().min(k + MAX_SENTENCE);
        while e < ceiling {
            let t = &self.toks[e];
            if t.kind == Kind::Para || t.sent_start {
                return e;
            }
            if t.ends_sentence(self.text) {
                return e + 1;
            }
            e += 1;
        }
        ceiling
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
    pub fn subject_of(&self, c: usize, floor: usize) -> Option<Np> {
        let mut k = c.checked_sub(1)?;
        while k > floor && self.adverb(k) {
            k -= 1;
        }
        // The State Department less than two weeks ago said: past the time phrase.
        if self.word(k) == Some("ago") {
            while k > floor && self.word(k).is_some() && !self.toks[k].cap {
                k -= 1;
            }
        }
        // Rep. Jim McDermott (D-Wash.) said: over a parenthesis.
        k = self.over_parenthesis(k, floor)?;
        // Cruz himself said: the name before a reflexive.
        if k > floor && self.reflexive(k) {
            k -= 1;
        }
        if k < floor {
            return None;
        }
        if self.punct(k, ',') {
            // The actor, whose films include X, Y and Z, said / Ann Kerr, who …, said: the
            // phrase before the comma that opens a relative clause, over the commas inside
            // it.
            if let Some(p) = (floor..k)
                .rev()
                .take(APPOSITIVE)
                .take_while(|&p| !self.toks[p].ends_sentence(self.text))
                .find(|&p| {
                    self.punct(p, ',')
                        && match self.word(p + 1) {
                            Some("whose" | "which") => true,
                            // A `who` clause closed by the comma before the cue, no other
                            // subject joined after it (Ann Kerr, who …, and Tom Hart said).
                            Some("who") => {
                                (p + 2..k).all(|j| !self.punct(j, ',') && self.word(j) != Some("and"))
                            }
                            _ => false,
                        }
                })
                && let Some(np) = p.checked_sub(1).and_then(|q| self.np_backward(q, floor))
                && np.kind != NpKind::Who
                && (p + 2..k).all(|j| self.toks[j].kind != Kind::Quote)
            {
                // Lord Condon, head of the ICC's anti-corruption unit, who …, said: the
                // name before the appositive role.
                if np.kind == NpKind::Role
                    && let Some(c) = (floor + 1..np.start)
                        .rev()
                        .take(8)
                        .take_while(|&j| self.toks[j].kind == Kind::Word || self.punct(j, ','))
                        .find(|&j| self.punct(j, ','))
                    && let Some(name) =
                        self.np_backward(c - 1, floor).filter(|n| n.kind == NpKind::Name && n.end == c)
                {
                    return Some(name);
                }
                return Some(self.person_of_place(np, floor).unwrap_or(np));
            }
            // Back over up to three commas: Another delegate, Jim Poolman, said (the name
            // between them) / Clinton, 35, the daughter of …, said (the phrase before).
            let mut p = k;
            let mut commas = 0;
            while p > floor && p + APPOSITIVE > k && commas < 3 {
                p -= 1;
                let t = &self.toks[p];
                if t.kind == Kind::Quote || t.ends_sentence(self.text) {
                    return None;
                }
                if self.punct(p, ',') {
                    // Jo Marsh, of Flint, Mich., said: over a place and its state.
                    if let Some(prep) = self.place_pair(p, k, floor) {
                        p = prep;
                        continue;
                    }
                    commas += 1;
                    // Hans Reckers, a board member of Germany's central bank, the
                    // Bundesbank, said: a body's name in apposition to the lowercase noun
                    // before it is no speaker; on to the comma before.
                    if commas == 1
                        && p > floor
                        && (floor..p).rev().take(APPOSITIVE).any(|j| self.punct(j, ','))
                        && self.word(p - 1).is_some_and(|w| !self.toks[p - 1].cap && !w.is_empty())
                        && self.word(p + 1).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && self.np_forward(p + 1, k).is_some_and(|n| n.kind == NpKind::Name && n.end == k)
                    {
                        continue;
                    }
                    // Gov. John Kasich (R-OH), said: the name may end before a parenthesis.
                    let end = self.over_parenthesis(k - 1, p + 1).map_or(k, |e| e + 1);
                    if commas == 1
                        && let Some(np) = self
                            .np_forward(p + 1, k)
                            .filter(|n| (n.end == k || n.end == end) && n.kind == NpKind::Name)
                            // Jane Porter, a Democrat, said: a description, not the name;
                            // so is a role `of` a body (Andrew Bud, executive chairman of
                            // messaging firm Mblox, said: not Mblox).
                            .filter(|n| !matches!(self.word(n.start), Some("a" | "an" | "A" | "An")))
                            .filter(|n| !(n.start..n.name_start).any(|j| self.word(j) == Some("of")))
                    {
                        return Some(np);
                    }
                    // Sen. Ann M. Kerr (D-Ore.), noting …, said: over the parenthesis.
                    let before = p.checked_sub(1).and_then(|q| self.over_parenthesis(q, floor));
                    if let Some(np) = before.and_then(|q| self.np_backward(q, floor)) {
                        return Some(self.person_of_place(np, floor).unwrap_or(np));
                    }
                }
            }
            return None;
        }
        let before = self.np_backward(k, floor);
        // A senior official who asked not to be named said: the phrase before `who`; not
        // looked for when the phrase before the cue opens its clause (…, Roe said).
        let end = match before {
            Some(np) if matches!(np.kind, NpKind::Pronoun | NpKind::Who) => None,
            Some(np) => (np.start > floor && self.toks[np.start - 1].kind == Kind::Word).then_some(np.start),
            None => Some(k),
        };
        if let Some(np) = end.and_then(|e| self.relative_subject(e, floor)) {
            return Some(np);
        }
        // The spokesman for the campaign said / Trump at the time said: past the
        // prepositional phrase to its head.
        let mut np = before?;
        // A lawyer representing Mr Doherty and Mr Wass said: the role before a participle
        // whose object the names are (rule R-PARTICIPLE-OBJECT).
        if np.kind == NpKind::Name
            && let Some(role) = self.role_before_participle(np, floor)
        {
            return Some(role);
        }
        // Dan Quill, who in 2010 said: a phrase opening with a preposition is no subject.
        if self.word(np.start).is_some_and(preposition) {
            np = self.before_prepositional(np.start + 1, floor)?;
        }
        // Laura Kerr of Save the Children said: a body's name with `the` inside it.
        if np.kind == NpKind::Name && np.start >= floor + 4 && self.word(np.start - 1) == Some("the") {
            let verb = np.start - 2;
            if self.toks[verb].cap
                && !self.toks[verb].sent_start
                && self.name_word(verb)
                && self.word(verb - 1).is_some_and(|w| matches!(w, "of" | "from" | "at" | "with"))
                && self.name_word(verb - 2)
            {
                np = Np { start: verb, name_start: verb, ..np };
            }
        }
        // The MP for Sittingbourne and Sheppey, the head of Marks and Spencer: names joined
        // by `and` after `of` or `for` are one complement.
        // Not a person after `and` (Chicago and Professor Knittel).
        let person = self.classes(np.start) & (class::TITLE | class::MALE | class::FEMALE) != 0;
        if np.kind == NpKind::Name
            && !person
            && np.start >= floor + 3
            && self.word(np.start - 1) == Some("and")
        {
            let mut a = np.start - 1;
            while a > floor && self.name_word(a - 1) && np.start - a <= 4 {
                a -= 1;
            }
            if a + 1 < np.start && a > floor && self.word(a - 1).is_some_and(|w| matches!(w, "of" | "for")) {
                np = Np { start: a, name_start: a, ..np };
            }
        }
        for _ in 0..2 {
            // Companies contacted by the BBC insist: the agent of a passive participle is
            // no speaker; its head before the participle is.
            let the = usize::from(np.start > floor && self.word(np.start - 1) == Some("the"));
            if np.start >= floor + 3 + the
                && self.word(np.start - 1 - the) == Some("by")
                && self.word(np.start - 2 - the).is_some_and(|w| w.ends_with("ed"))
                && !self.toks[np.start - 2 - the].cap
                && let Some(head) = self.np_backward(np.start - 3 - the, floor).or_else(|| {
                    // Firms contacted by …: a bare plural.
                    let k = np.start - 3 - the;
                    let w = self.word(k)?;
                    let bare = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
                    let opens = k == floor || self.toks[k].sent_start || !self.toks[k].cap;
                    (bare && opens).then_some(Np { start: k, end: k + 1, name_start: k, kind: NpKind::Role })
                })
                // Not a document or its numbers (Figures released by the Cabinet Office
                // show, a survey by the magazine found: rule 14b's body speaks).
                && !self.word(head.end - 1).is_some_and(|w| {
                    self.classes(head.end - 1) & (class::DOCUMENT | class::SPEECH_NOUN | class::MEDIUM) != 0
                        || EVIDENCE_NOUNS.iter().any(|e| e.eq_ignore_ascii_case(w))
                })
            {
                np = head;
                continue;
            }
            let prep = np.start >= floor + 2 && self.word(np.start - 1).is_some_and(preposition);
            // Another source speaking to Fox News said: past the participle's phrase.
            // Sources close to the talks said, people familiar with the matter say: past
            // the adjective of relation too (rule R-CLOSE).
            let participle = prep
                && np.start >= floor + 3
                && (self.word(np.start - 2).is_some_and(|w| w.ends_with("ing") || w.ends_with("ed"))
                    || self.relation_adjective(np.start - 2));
            // Nick Van den Brul of BNP Paribas said: a person's name before `of`, `from`,
            // `at` or `with` heads the phrase, not the organisation after it.
            // (David Graham of the FDA's Office of Drug Safety: `the` and an owner's
            // possessive between the preposition and the body count as `the` does.)
            let the = if prep {
                0
            } else if self.affiliation_the(&np, floor) {
                1
            } else {
                usize::from(self.owned_affiliation(&np, floor)) * 2
            };
            let affiliation = (prep || the > 0)
                && np.kind == NpKind::Name
                && self.word(np.start - 1 - the).is_some_and(|w| matches!(w, "of" | "from" | "at" | "with"));
            // The National Union of Students, the Department of Health: after `of`, a body's
            // name runs on from its head word ([org]).
            if !participle
                && prep
                && self.word(np.start - 1) == Some("of")
                && let Some(body) = self.np_backward(np.start - 2, floor).filter(|h| {
                    matches!(h.kind, NpKind::Name | NpKind::Role)
                        && h.end + 1 == np.start
                        && self.toks[h.end - 1].cap
                        && self.classes(h.end - 1) & class::ORG != 0
                })
            {
                np = Np { start: body.start, end: np.end, ..body };
                break;
            }
            // The chairman of Tesco, the head of the IMF, the MP for Sittingbourne: a role
            // noun keeps its body as its complement (rule R-OF), as a spokes-noun keeps
            // `for` (rule R-FOR): the speaker is the role, not the body.
            if !participle
                && np.kind == NpKind::Name
                && let Some(head) = self.role_of_body(&np, floor)
            {
                np = Np { end: np.end, ..head };
                break;
            }
            let head = if participle {
                self.np_backward(np.start - 3, floor)
            } else if prep && np.kind == NpKind::Role {
                self.np_backward(np.start - 2, floor).or_else(|| self.before_prepositional(np.start, floor))
            } else if affiliation {
                self.np_backward(np.start - 2 - the, floor)
                    .filter(|h| {
                        h.kind == NpKind::Name && h.end - h.name_start >= 2 && h.end + 1 + the == np.start
                    })
                    // the Science and Technology Directorate of the Department: a body's name.
                    .filter(|h| {
                        the == 0
                            || h.start == 0
                            || !matches!(self.word(h.start - 1), Some("the" | "The" | "and" | "of"))
                    })
            } else {
                None
            };
            match head {
                // A spokesperson for the province said: the complement stays with a
                // spokes-noun, which names no one by itself (rule R-FOR).
                Some(head)
                    if prep
                        && !participle
                        && head.kind == NpKind::Role
                        && head.end + 1 == np.start
                        && self.word(np.start - 1) == Some("for")
                        && self.word(head.end - 1).is_some_and(|w| w.starts_with("spokes")) =>
                {
                    np = Np { end: np.end, ..head };
                    break;
                }
                Some(head) => np = head,
                None => break,
            }
        }
        Some(np)
    }

    /// Rule 7 (a relative clause before the cue): the subject of a cue whose words before
    /// token `k` end a clause opened by `who` without commas (A senior official who asked
    /// not to be named said / Voters who met Ann Roe say): the name or role before
    /// `who`, not a word inside the clause.
    fn relative_subject(&self, k: usize, floor: usize) -> Option<Np> {
        let who = (floor + 1..k)
            .rev()
            .take(RELATIVE_REACH)
            .take_while(|&j| self.toks[j].kind == Kind::Word)
            .find(|&j| self.toks[j].end - self.toks[j].start == 3 && self.word(j) == Some("who"))?;
        self.np_backward(who - 1, floor).filter(|np| matches!(np.kind, NpKind::Name | NpKind::Role))
    }

    /// Whether the name `np` is an affiliation with its article and an owner (David Graham
    /// of the FDA's Office of Drug Safety said): a capitalised possessive before it, `the`
    /// before that and `of`, `from`, `at` or `with` before that.
    fn owned_affiliation(&self, np: &Np, floor: usize) -> bool {
        np.kind == NpKind::Name
            && np.start >= floor + 4
            && self.possessive(np.start - 1)
            && self.toks[np.start - 1].cap
            && self.word(np.start - 2) == Some("the")
            && self.word(np.start - 3).is_some_and(|w| matches!(w, "of" | "from" | "at" | "with"))
    }

    /// Whether the name `np` is an affiliation with its article (Jo Marsh of the Linden
    /// Diocese said): `the` before it and `of`, `from`, `at` or `with` before that.
    fn affiliation_the(&self, np: &Np, floor: usize) -> bool {
        np.kind == NpKind::Name
            && np.start >= floor + 3
            && self.word(np.start - 1) == Some("the")
            && self.word(np.start - 2).is_some_and(|w| matches!(w, "of" | "from" | "at" | "with"))
    }

    /// Rule R-PARTICIPLE-OBJECT: the role phrase before a lowercase participle in -ing
    /// whose object is the name `np`, maybe after another name and `and` (A lawyer
    /// representing Mr Doherty and Mr Wass said; a spokesman representing Acme said). None
    /// otherwise.
    fn role_before_participle(&self, np: Np, floor: usize) -> Option<Np> {
        let mut p = np.start.checked_sub(1).filter(|&p| p > floor)?;
        // Past `Mr Doherty and`: the first of two names joined by `and`.
        if self.word(p) == Some("and") {
            let first = self.np_backward(p.checked_sub(1)?, floor).filter(|n| n.kind == NpKind::Name)?;
            p = first.start.checked_sub(1).filter(|&p| p > floor)?;
        }
        let w = self.word(p)?;
        if self.toks[p].cap || !w.ends_with("ing") || w.len() < 6 || self.cue(p).is_some() {
            return None;
        }
        // A role or agent noun, or a plural (superdelegates, Democrats), before it; not a
        // noun in -ing (In its Chapter 11 filing OptInRealBig claimed).
        let head = self.word(p - 1)?;
        let person = self.classes(p - 1) & (class::ROLE | class::PARTY) != 0
            || agent_noun(head)
            || (head.ends_with('s') && !head.ends_with("ss"));
        self.np_backward(p - 1, floor).filter(|r| person && r.kind == NpKind::Role && r.end == p)
    }

    /// Rule R-OF-PLACE: the person whose place or body the name `np` is, before a comma
    /// (Senator John Cornyn of Texas, the No. 2 Republican, said; Sen. Ted Cruz of Texas,
    /// who …): a name of two words or more with a title or a given name, right before
    /// `of`, `from` or `at`. None otherwise.
    fn person_of_place(&self, np: Np, floor: usize) -> Option<Np> {
        if np.kind != NpKind::Name || np.start < floor + 2 {
            return None;
        }
        let p = np.start - 1;
        if !matches!(self.word(p), Some("of" | "from" | "at")) {
            return None;
        }
        self.np_backward(p - 1, floor).filter(|h| {
            let person = (h.start..h.name_start).any(|j| self.classes(j) & class::TITLE != 0)
                || self.classes(h.name_start) & (class::MALE | class::FEMALE) != 0;
            h.kind == NpKind::Name && h.end == p && h.end >= h.name_start + 2 && person
        })
    }

    /// Rule R-OF: the role phrase whose complement the name `np` is, after `of`, `for` or
    /// `at` and maybe `the` (the chairman of Tesco, the head of the IMF, the MP for
    /// Sittingbourne and Sheppey, an analyst at Jefferies, Members of Congress): a phrase
    /// ending in a role or title noun right before the preposition. None otherwise.
    fn role_of_body(&self, np: &Np, floor: usize) -> Option<Np> {
        let the = usize::from(np.start > floor && self.word(np.start - 1) == Some("the"));
        let mut p = np.start.checked_sub(1 + the).filter(|&p| p > floor)?;
        // The star of Rain Man and Tootsie said: a body or work joined by `and` to the one
        // after `of` is the role's complement too.
        if the == 0
            && self.word(p) == Some("and")
            && let Some(first) = self.np_backward(p - 1, floor).filter(|n| {
                matches!(n.kind, NpKind::Name | NpKind::Role) && n.end == p && self.toks[n.start].cap
            })
            && first.start > floor + 1
            && self.word(first.start - 1) == Some("of")
        {
            p = first.start - 1;
        }
        // Secretary of State John Kerry, Shadow leader of the Commons Oliver Heald: after
        // `of`, a given name before a last word is a person's name after the body, the speaker's (a spokesman for Mayor Ann
        // Reid is still the spokesman).
        let person = || {
            (np.name_start..np.end.saturating_sub(1))
                .any(|k| self.classes(k) & (class::MALE | class::FEMALE) != 0)
        };
        match self.word(p) {
            Some("of") if !person() => {}
            Some("for" | "at") => {}
            _ => return None,
        }
        self.np_backward(p - 1, floor).filter(|h| {
            h.kind == NpKind::Role
                && h.end == p
                && self.classes(h.end - 1) & (class::ROLE | class::TITLE) != 0
        })
    }

    /// The subject before a prepositional phrase whose object starts at `o` (Roe, who has
    /// in the past described … / Quill, who in 2010 said): back over the preposition and
    /// the auxiliaries and adverbs before it, a name, pronoun or `who`.
    fn before_prepositional(&self, o: usize, floor: usize) -> Option<Np> {
        let mut j = o.checked_sub(2)?;
        while j > floor && self.adverb(j) {
            j -= 1;
        }
        self.np_backward(j, floor).filter(|h| matches!(h.kind, NpKind::Name | NpKind::Pronoun | NpKind::Who))
    }

    /// Whether the comma at `p` splits a place and its region (in Salem, Oregon, / of Flint,
    /// Mich.,) before the token `k`: a name after a preposition, the comma, then a name
    /// that does not open with a given name. The preposition's index.
    fn place_pair(&self, p: usize, k: usize, floor: usize) -> Option<usize> {
        if p <= floor || !self.name_word(p + 1) || !self.name_word(p - 1) {
            return None;
        }
        let region = self.np_forward(p + 1, k).filter(|n| n.kind == NpKind::Name && n.end == k)?;
        if self.classes(region.start) & (class::MALE | class::FEMALE) != 0 {
            return None;
        }
        let place = self.np_backward(p.checked_sub(1)?, floor).filter(|n| n.kind == NpKind::Name)?;
        let prep = place.start.checked_sub(1).filter(|&b| b > floor)?;
        matches!(self.word(prep), Some("in" | "of" | "from" | "at" | "near")).then_some(prep)
    }

    /// The token before a parenthesis that ends at `k` (`Kerr (D-Ore.)`), or `k` itself
    /// when no parenthesis ends there; None when its opening is not found.
    fn over_parenthesis(&self, k: usize, floor: usize) -> Option<usize> {
        if !self.punct(k, ')') {
            return Some(k);
        }
        let open = (floor..k).rev().take(8).find(|&p| self.punct(p, '('))?;
        open.checked_sub(1)
    }

    /// Whether word `k` opens a subordinate clause (when, while, as, if, because …).
    fn subordinator(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| {
            [
                "when", "while", "as", "since", "if", "although", "though", "because", "unless", "once",
                "until", "whether",
            ]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w))
        })
    }

    /// Rule 7 (a lowercase role before a name): “…,” said widow Ann Roe / says economist
    /// Jane Roe / said master of ceremonies Ann Roe: up to four lowercase words or numbers
    /// at `k`, not function words but an `of` between two of them, then a name that ends
    /// the clause; the phrase, with the name as its name.
    fn modified_name(&self, k: usize, limit: usize) -> Option<Np> {
        let mut j = k;
        while j < limit.min(k + 4) {
            let t = &self.toks[j];
            let plain = |j: usize| {
                let t = &self.toks[j];
                t.kind == Kind::Word
                    && !t.cap
                    && self.classes(j) & (class::STOP | class::PREP | class::DET | class::PRONOUN) == 0
                    && !self.clause_word(j)
                    && self.cue(j).is_none()
            };
            // 9/11 widow, 55-year-old: numbers and the marks inside them.
            let inner = t.kind == Kind::Punct && (self.punct(j, '/') || self.dash(j)) && j > k;
            // master of ceremonies Ann Roe: `of` inside the role, between lowercase words.
            let of = j > k && self.word(j) == Some("of") && j + 1 < limit && plain(j + 1);
            if !(plain(j) || inner || of) {
                break;
            }
            j += 1;
        }
        if j == k || !self.name_word(j) {
            return None;
        }
        let name = self.np_forward(j, limit).filter(|n| n.kind == NpKind::Name)?;
        let ends = name.end >= limit || self.toks[name.end].kind != Kind::Word;
        ends.then_some(Np { start: k, ..name })
    }

    /// Rule 7 (a role named in apposition): the name phrase `np`, or, for a role phrase
    /// followed by a comma and a name that ends the clause, that name (exhorted the
    /// mayor's introducer, actress Ann Roe.); None for a role without one.
    fn role_named(&self, np: Np, limit: usize) -> Option<Np> {
        match np.kind {
            NpKind::Name => Some(np),
            NpKind::Role if self.punct(np.end, ',') => self.np_forward(np.end + 1, limit).filter(|n| {
                n.kind == NpKind::Name && (n.end >= limit || self.toks[n.end].kind != Kind::Word)
            }),
            _ => None,
        }
    }

    /// Rule 7 (a home after a name): whether the words from `k` are `of` or `from` and a
    /// capitalised place closed by a comma or the clause's end (Don Hartley of Madison,
    /// Alabama, who …), not a body's name running on (the Bank of England is read whole).
    fn home_after(&self, k: usize, limit: usize) -> bool {
        if !matches!(self.word(k), Some("of" | "from")) || !self.name_word(k + 1) {
            return false;
        }
        let mut e = k + 1;
        while e < limit && self.name_word(e) {
            e += 1;
        }
        e >= limit || self.toks[e].kind != Kind::Word
    }

    /// Whether a short object ends the sentence at `k` after a verb cue: “Why?” Obama
    /// asked the senators. / “…” she told reporters. / “…!” Roe told the visiting mayor.
    /// (up to four words, no clause in them).
    fn short_object(&self, k: usize, limit: usize) -> bool {
        let mut j = k;
        while j < limit.min(k + 4) && self.word(j).is_some() && !self.clause_word(j) && self.cue(j).is_none()
        {
            j += 1;
        }
        j > k && (j >= limit || self.toks[j].ends_sentence(self.text))
    }

    /// Whether word `k` is a person pronoun that opens a clause (he, she, they, we).
    fn person_pronoun(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| ["he", "she", "they", "we"].iter().any(|c| c.eq_ignore_ascii_case(w)))
    }

    /// Whether word `k` is a reflexive pronoun standing after its subject (Cruz himself).
    fn reflexive(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| matches!(w, "himself" | "herself" | "themselves" | "itself"))
    }

    /// Whether the appositive opening at token `a` is a role with a relative clause running
    /// up to the cue, without a closing comma (Dan Roe, the pollster who founded
    /// the site tweeted): a determiner first, then `who` or `that` a few words on.
    fn relative_appositive(&self, a: usize, limit: usize) -> bool {
        self.classes(a) & class::DET != 0
            && (a + 1..limit.min(a + 8))
                .take_while(|&j| self.word(j).is_some())
                .any(|j| matches!(self.word(j), Some("who" | "that")))
    }

    /// The subject of the sentence starting at `s`: its first phrase, past quotations,
    /// conjunctions and an introductory phrase closed by a comma (On Monday, …).
    pub fn sentence_subject(&self, s: usize, limit: usize) -> Option<Np> {
        // A dateline: WASHINGTON (AP) — …
        let mut k = (s..limit.min(s + 10)).find(|&j| self.dash(j) && j > s).map_or(s, |j| j + 1);
        while k < limit {
            // Two days later, she …: past a time phrase.
            if self.toks[k].cap
                && let Some(j) = self.time_opener(k, limit)
            {
                k = j;
                continue;
            }
            let t = &self.toks[k];
            let opener = || {
                let w = self.word(k).unwrap_or("");
                // Early in the day, … opens; Early said … is a name (Rex Early) speaking: an
                // opener that is also a preposition after cues, before a cue.
                let named =
                    self.classes(k) & (class::STOP | class::PREP) == class::PREP && self.cue(k + 1).is_some();
                (self.classes(k) & class::OPENER != 0 || (t.cap && (w.ends_with("ing") || w.ends_with("ed"))))
                    && !named
            };
            // And Tom Hale, who had two awards, paid tribute: a conjunction, then the subject.
            let conjunction = || {
                self.word(k)
                    .is_some_and(|w| ["and", "but", "so", "yet"].iter().any(|c| c.eq_ignore_ascii_case(w)))
                    && (self.name_word(k + 1) || self.classes(k + 1) & class::PRONOUN != 0)
            };
            // 17-year-old Jared Potts echoed: an age before the subject's name.
            let age = || self.word(k).is_some_and(numeric_age) && self.name_word(k + 1);
            match t.kind {
                Kind::Quote | Kind::Punct | Kind::Para => k += 1,
                Kind::Word if conjunction() || age() => k += 1,
                Kind::Word if opener() => {
                    if self.lone_opener(k) {
                        k += 1;
                        continue;
                    }
                    // On the eve of …, Roe: an opening phrase may run long, but a clause ends
                    // at the person pronoun of its main clause (When Roe spoke he was …).
                    let comma = (k..limit.min(k + OPENING_PHRASE))
                        .take_while(|&j| j <= k + 1 || !self.subordinator(k) || !self.person_pronoun(j))
                        .find(|&j| self.punct(j, ','));
                    match comma {
                        Some(j) => {
                            // Speaking in Salem, New Hampshire, Trump said: past the place,
                            // after an opening phrase (not after a lone But, or Meanwhile,).
                            let phrase = j > k + 1;
                            k = j + 1;
                            for _ in 0..if phrase { 2 } else { 0 } {
                                match self.np_forward(k, limit) {
                                    Some(np) if np.kind == NpKind::Name && self.punct(np.end, ',') => {
                                        k = np.end + 1
                                    }
                                    _ => break,
                                }
                            }
                        }
                        // Retired Army Col. Ann Roe said: a capitalised -ed word before a
                        // name, with no comma to close a phrase, is one of the name's titles.
                        None if self.classes(k) & class::OPENER == 0 && self.name_word(k + 1) => break,
                        None if self.classes(k) & class::STOP != 0 => k += 1,
                        // Earlier Tony Blair defended … / Then he cut in …: an opener before
                        // a name or pronoun, no comma.
                        None if self.classes(k) & class::OPENER != 0
                            && (self.name_word(k + 1) || self.classes(k + 1) & class::PRONOUN != 0) =>
                        {
                            k += 1
                        }
                        None => return None,
                    }
                }
                Kind::Word => break,
            }
        }
        let np = self.np_forward(k, limit)?;
        // Their mother, Rania, joined them: a role named in apposition is that name; also
        // after the role's place (Computer specialist at the IAEA, Peter Smith, would like).
        let comma = if self.punct(np.end, ',') {
            Some(np.end)
        } else if self.word(np.end).is_some_and(|w| matches!(w, "at" | "for" | "of" | "with" | "from")) {
            (np.end + 1..limit.min(np.end + 8))
                .take_while(|&j| self.toks[j].kind == Kind::Word || self.punct(j, ','))
                .find(|&j| self.punct(j, ','))
        } else {
            None
        };
        if np.kind == NpKind::Role
            && let Some(comma) = comma
            && let Some(name) = self.np_forward(comma + 1, limit)
            && name.kind == NpKind::Name
            && self.punct(name.end, ',')
        {
            return Some(name);
        }
        // Minutes later, she …: a time phrase, then the subject.
        let time = self.word(np.end).is_some_and(|w| matches!(w, "later" | "ago" | "earlier"))
            && self.punct(np.end + 1, ',');
        if time {
            return self.np_forward(np.end + 2, limit);
        }
        Some(self.verb_trimmed(np))
    }

    /// Whether word `k` is an adverb opening its sentence on its own (Then he cut into Roe,
    /// calling …; Later Ann Roe said …), so that a comma further on does not close an
    /// opening phrase: an `[opener]` that is no preposition or subordinator before a person
    /// pronoun, or an adverb of time or sequence before a name (not Like Roe, Following
    /// Roe, which open phrases).
    fn lone_opener(&self, k: usize) -> bool {
        let c = self.classes(k);
        if c & class::OPENER == 0
            || c & class::PREP != 0
            || self.toks.get(k + 1).is_none_or(|t| t.kind != Kind::Word)
        {
            return false;
        }
        let adverb = || {
            self.word(k).is_some_and(|w| {
                [
                    "then",
                    "later",
                    "earlier",
                    "now",
                    "meanwhile",
                    "yesterday",
                    "today",
                    "afterwards",
                    "separately",
                ]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
            })
        };
        (self.person_pronoun(k + 1) || (self.name_word(k + 1) && adverb())) && !self.subordinator(k)
    }

    /// Whether the words from `k` are a time phrase closed by a comma (Minutes later, /
    /// Eight years ago, / A week earlier,): a unit of time, then `ago`, `later` or
    /// `earlier`; the index after the comma.
    fn time_opener(&self, k: usize, limit: usize) -> Option<usize> {
        let j = (k + 1..limit.min(k + 4))
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| matches!(self.word(j), Some("ago" | "later" | "earlier")))?;
        let unit = self.word(j - 1)?.trim_end_matches('s').to_ascii_lowercase();
        let unit = matches!(
            unit.as_str(),
            "second" | "minute" | "moment" | "hour" | "day" | "week" | "month" | "year" | "decade"
        );
        (unit && self.punct(j + 1, ',')).then_some(j + 2)
    }

    /// Rule 1 (quote, speaker, cue / quote, cue, speaker) and rule 9 (dash): the
    /// attribution right after the quotation at token `q`: “…,” Macron insisted. /
    /// “…,” said Macron. / “…,” Kallas, the EU’s foreign policy chief, told reporters. /
    /// “…” — Commissioner X. A quotation that ends its sentence takes only a short
    /// attribution sentence (“…” Macron said on Monday.).
    pub fn after_quote(&self, q: usize, ends_sentence: bool) -> Option<Found> {
        if self.in_subordinate_report(q) {
            return None;
        }
        let mut a = q + 1;
        // “…”¶— Clinton.: a dash attribution on its own paragraph.
        if self.toks.get(a).is_some_and(|t| t.kind == Kind::Para) && self.dash(a + 1) {
            a += 1;
        }
        let limit = self.sentence_end(a).min(self.toks.len());
        if self.dash(a) {
            let np = self.np_forward(a + 1, limit)?;
            let done =
                np.end >= limit || self.toks[np.end].ends_sentence(self.text) || self.punct(np.end, ',');
            return done.then_some(Found { np, cue: (a, a + 1), rule: "dash", confidence: 0.7 });
        }
        while a < limit && (self.punct(a, ',') || self.punct(a, ')')) {
            a += 1;
        }
        // “Why?” he asked: a lowercase word goes on with the sentence.
        let ends_sentence = ends_sentence && self.toks.get(a).is_none_or(|t| t.cap);
        // “…” Mike Hobday, of the league, said: “…”: after a quotation that ends its
        // sentence, an attribution with a quotation of its own belongs to that one (a
        // title in it is no quotation of its own: Roe remarked, in “The Long Road.”).
        if ends_sentence && (a..limit).any(|k| self.toks[k].kind == Kind::Quote && !self.programme_title(k)) {
            return None;
        }
        // After a quotation that ends its sentence, only an attribution that ends or goes
        // on with a preposition or a name (“…” Trump said on Monday.), not a new clause.
        let fits = |after: usize| {
            after >= limit
                || self.toks[after].kind != Kind::Word
                || (self.toks[after].cap && !self.clause_after_name(after, limit))
                || self.classes(after) & class::PREP != 0
                || self.word(after).is_some_and(|w| matches!(w, "and" | "but" | "because" | "when" | "then"))
        };
        // “…?” Trump asked reporters during a news conference: past the person asked or
        // told (a pronoun, reporters, a plural role noun) and adverbs.
        let hearer = |j: usize| {
            let told = self.word(j).is_some_and(|w| {
                matches!(w, "reporters" | "journalists" | "him" | "her" | "them" | "us" | "me")
                    || (w.len() > 3
                        && w.ends_with('s')
                        && !self.toks[j].cap
                        && self.classes(j) & class::ROLE != 0)
            });
            if told { self.skip_adverbs(j + 1, limit) } else { j }
        };
        let short = |after: usize| {
            !ends_sentence
                || fits(after)
                || fits(self.skip_adverbs(after, limit))
                || fits(hearer(self.skip_adverbs(after, limit)))
        };
        if let Some((n, kind)) = self.cue(a) {
            let k = self.skip_adverbs(a + n, limit);
            let mut np = self.np_forward(k, limit).or_else(|| self.modified_name(k, limit))?;
            // said one of their lawyers, Ann Ford: the name in apposition to the role.
            if np.kind == NpKind::Role
                && self.punct(np.end, ',')
                && let Some(name) = self.np_forward(np.end + 1, limit).filter(|n| {
                    n.kind == NpKind::Name && (n.end >= limit || self.toks[n.end].kind != Kind::Word)
                })
            {
                np = name;
            }
            let (rule, confidence) = match kind {
                CueKind::Verb => ("quote-cue-speaker", 0.9),
                CueKind::Prep => ("according-to", 0.85),
                _ => return None,
            };
            return short(np.end).then_some(Found { np, cue: (a, a + n), rule, confidence });
        }
        // “This is fantastic!” beamed Donald Hartley: any verb before a name ending the clause,
        // or going on with a home (beamed Don Hartley of Madison, Alabama).
        if self.word(a).is_some_and(|w| !self.toks[a].cap && w.ends_with("ed"))
            && let Some(np) = self.np_forward(a + 1, limit).and_then(|n| self.role_named(n, limit))
        {
            let ends =
                np.end >= limit || self.toks[np.end].kind != Kind::Word || self.home_after(np.end, limit);
            if ends {
                return Some(Found { np, cue: (a, a + 1), rule: "quote-cue-speaker", confidence: 0.6 });
            }
        }
        let np = self.np_forward(a, limit)?;
        let mut k = np.end;
        if self.punct(k, '(') {
            k = (k..limit.min(k + 8)).find(|&p| self.punct(p, ')'))? + 1;
        }
        // Appositives between commas (Harry Bond, 30, of Raleigh, N.C., said), or a
        // relative clause up to the cue (Katie Packer, who is chairman of X said).
        let mut commas = 0;
        let first_comma = k;
        // Dashes set off an appositive as commas do (Andrei Illarionov - then an adviser -
        // told).
        if self.dash(k)
            && let Some(close) = (k + 1..limit.min(k + APPOSITIVE)).find(|&j| self.dash(j))
            && self.cue(self.skip_adverbs(close + 1, limit)).is_some()
        {
            k = close + 1;
        }
        while self.punct(k, ',') && commas < 4 && self.cue(self.skip_adverbs(k + 1, limit)).is_none() {
            let close = (k + 1..limit.min(k + APPOSITIVE)).find(|&j| self.punct(j, ','));
            let relative = self.word(k + 1) == Some("who") || self.relative_appositive(k + 1, limit);
            k = match close {
                Some(c) => c,
                None if relative => (k + 2..limit.min(k + APPOSITIVE)).find(|&j| self.cue(j).is_some())?,
                // “…,” Ann Kerr, a ministry spokeswoman told reporters: a role in
                // apposition to a name, whose closing comma is missing, ends at the cue.
                None => {
                    self.np_forward(k + 1, limit)
                        .filter(|r| {
                            np.kind == NpKind::Name
                                && r.kind == NpKind::Role
                                && self.cue(self.skip_adverbs(r.end, limit)).is_some()
                        })?
                        .end
                }
            };
            commas += 1;
        }
        // “…,” the spokeswoman, Ann Reid, said: the name in apposition to the role.
        let np = match self.np_forward(first_comma + 1, limit) {
            Some(name)
                if np.kind == NpKind::Role
                    && commas == 1
                    && self.punct(first_comma, ',')
                    && name.kind == NpKind::Name
                    && name.end == k =>
            {
                name
            }
            _ => np,
        };
        if self.punct(k, ',') {
            k += 1;
        }
        k = self.skip_adverbs(k, limit);
        // a Democratic staffer in the room wondered: over a short prepositional phrase, or
        // over a body's name of any length (Jo Marsh of the Institute for Fiscal Studies said).
        if self.cue(k).is_none()
            && commas == 0
            && self.classes(k) & class::PREP != 0
            && let Some(c) = (k + 1..limit.min(k + 6))
                .find(|&j| self.cue(j).is_some())
                .or_else(|| self.after_named_phrase(k, limit))
        {
            k = c;
        }
        let Some((n, kind)) = self.cue(k) else {
            // “…,” he surmised.: after a comma-ended quotation, a speaker and a verb
            // ending the clause attribute it, whatever the verb.
            let verb =
                self.word(k).is_some_and(|w| !self.toks[k].cap && (w.ends_with("ed") || w.ends_with('s')));
            let after = self.toks.get(k + 1).is_none_or(|t| t.kind != Kind::Word)
                || self.classes(k + 1) & class::PREP != 0;
            // Only after a quotation opening its clause: in “X called it a “fine job,” Roe
            // turns to …”, the verb after the fragment is no cue.
            let opens = q == 0 || self.toks[q - 1].kind != Kind::Word;
            return (self.comma_quote(q) && opens && verb && after && self.speaker_like(&np) && commas == 0)
                .then_some(Found { np, cue: (k, k + 1), rule: "quote-speaker-cue", confidence: 0.6 });
        };
        // “…” Consumer comments and reviews were …: a noun-like cue after a quotation that
        // ends its sentence must end the attribution.
        let noun_goes_on = kind == CueKind::Noun
            && ends_sentence
            && self.toks.get(k + n).is_some_and(|t| t.kind == Kind::Word && !t.cap)
            && self.classes(k + n) & class::PREP == 0;
        let object = matches!(kind, CueKind::Verb | CueKind::Object) && self.short_object(k + n, limit);
        if !matches!(kind, CueKind::Verb | CueKind::As | CueKind::Noun | CueKind::Object)
            || !(short(k + n) || object)
            || noun_goes_on
        {
            return None;
        }
        Some(Found { np, cue: (k, k + n), rule: "quote-speaker-cue", confidence: 0.9 })
    }

    /// Rule 1 (a body's name after a speaker): the cue right after the prepositional phrase
    /// at `k` when that phrase is a name of up to [`NAMED_PHRASE`] tokens, capitalised words
    /// and the function words inside names (of the Centre for Economic and Business Research
    /// said).
    fn after_named_phrase(&self, k: usize, limit: usize) -> Option<usize> {
        let inside = |j: usize| {
            self.name_word(j)
                || self.ampersand(j)
                || matches!(self.word(j), Some("the" | "of" | "for" | "and" | "on" | "in"))
        };
        let end = (k + 1..limit.min(k + NAMED_PHRASE)).find(|&j| !inside(j))?;
        if !(end > k + 2 && self.name_word(end - 1)) {
            return None;
        }
        // … or a comma closing the phrase (Kirsten Pfeifer from the Consumer Electronics
        // Association, told the BBC).
        let comma = self.punct(end, ',') && self.cue(end + 1).is_some();
        if comma {
            return Some(end + 1);
        }
        self.cue(end).is_some().then_some(end)
    }

    /// Rule 2h (a quotation inside an opening subordinate clause): whether the quotation at
    /// `q` ends a clause opened by `when`, `after`, `as`, `while`, `before`, `once` or
    /// `even as` at the sentence's start, in which a speaker and cue come before it (After
    /// Roe said the plan would “cost jobs,” Kade said …; When a heckler shouted, “Out!” Roe
    /// laughed): the words belong to that clause's speaker, not to the main clause after them.
    fn in_subordinate_report(&self, q: usize) -> bool {
        let Some(t) = self.toks.get(q + 1) else { return false };
        // A quotation opening its sentence ends no clause of it (the usual “…,” she said).
        if q == 0 || self.toks[q].sent_start || self.toks[q - 1].kind == Kind::Para {
            return false;
        }
        // The clause ends at the quotation: a comma inside its marks or right after them.
        if !(self.comma_quote(q) || (t.kind == Kind::Punct && self.punct(q + 1, ','))) {
            return false;
        }
        let s = self.start_within(q, SUBORDINATE_REACH);
        let mut k = s;
        if self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("but") || w.eq_ignore_ascii_case("and")) {
            k += 1;
        }
        let opener = self.word(k).unwrap_or("");
        let is = |w: &str| opener.eq_ignore_ascii_case(w);
        let opens = ["when", "after", "as", "while", "before", "once"].iter().any(|w| is(w))
            || (is("even") && self.word(k + 1) == Some("as"));
        if !opens || (k..q).any(|j| self.toks[j].kind == Kind::Quote) {
            return false;
        }
        // The clause is still open at the quotation (no comma, colon or semicolon in it but
        // one right before the marks), with a subject and a verb cue before the quotation.
        let closed = (k + 1..q - 1).any(|j| self.punct(j, ',') || self.punct(j, ':') || self.punct(j, ';'));
        !closed
            && (k + 1..q).any(|c| {
                matches!(self.cue(c), Some((_, CueKind::Verb)))
                    && self.subject_of(c, k + 1).is_some_and(|np| self.speaker_like(&np))
            })
    }

    /// Rules 2 and 3 (speaker, cue, quote): the nearest cue before the quotation at token
    /// `q` in its sentence, with its speaker: Leavitt said … that the deal had “…” /
    /// Barros, a senior analyst, described X as “…” / As Zelensky put it, “…” /
    /// according to X, “…” / “…,” said X, “…”. A participle (saying, adding) or a
    /// coordinated cue (and said) takes the subject of its sentence. Without a cue, a colon
    /// makes the sentence's subject the speaker: He laid out his terms: “…”. A paragraph
    /// ending with a colon introduces a quotation opening the next one.
    pub fn before_quote(&self, q: usize) -> Option<Found> {
        let s = self.sentence_start(q);
        if s == q && q >= 2 && self.toks[q - 1].kind == Kind::Para && self.punct(q - 2, ':') {
            return self.before_at(q - 1);
        }
        self.before_at(q).or_else(|| self.attribution_before(q, s))
    }

    /// Rule 9, the other way round: a quotation opening its sentence after a short
    /// attribution sentence (Sam Lau, the party's spokesman, said in a statement. “…”). A passive
    /// cue attributes nothing (… that the request was denied. “Call the roll,” came shouts).
    fn attribution_before(&self, q: usize, s: usize) -> Option<Found> {
        let mut e = q.checked_sub(1)?;
        if s != q || self.toks[q].kind != Kind::Quote {
            return None;
        }
        if self.toks[e].kind == Kind::Para {
            e = e.checked_sub(1)?;
        }
        if !self.punct(e, '.') {
            return None;
        }
        let s2 = self.sentence_start(e);
        if (s2..e).any(|k| self.toks[k].kind == Kind::Quote) {
            return None;
        }
        if let Some((c, n)) = (s2..e).rev().take(8).find_map(|k| match self.cue(k) {
            Some((n, CueKind::Verb)) => Some((k, n)),
            _ => None,
        }) && e <= c + n + 5
            && !(c + n..e).any(|k| self.word(k).is_some_and(|w| w == "that"))
            && !self.passive_statement(c, s2)
        {
            let np = self.subject_of(c, s2)?;
            return Some(Found { np, cue: (c, c + n), rule: "cue-before", confidence: 0.6 });
        }
        // He said on Friday he hoped to lead the party. “I think …”: reported speech
        // opening the sentence before, by a name or pronoun.
        let (c, n) = (s2..e.min(s2 + 20)).find_map(|k| match self.cue(k) {
            Some((n, CueKind::Verb)) => Some((k, n)),
            _ => None,
        })?;
        if self.passive_statement(c, s2) {
            return None;
        }
        let np = self.subject_of(c, s2).filter(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun))?;
        Some(Found { np, cue: (c, c + n), rule: "cue-before", confidence: 0.5 })
    }

    /// [`Ctx::before_quote`] for the context ending before token `q`.
    fn before_at(&self, q: usize) -> Option<Found> {
        let s = self.sentence_start(q);
        if q > s && self.naming(q - 1, s) {
            return None;
        }
        if let Some(np) = self.dash_name_colon(q, s) {
            return Some(Found { np, cue: (q - 1, q), rule: "colon", confidence: 0.6 });
        }
        // The nearest cue with a speaker, trying a few cues back.
        let mut k = q;
        let mut tried = 0;
        while tried < 3 {
            let Some((c, n, kind)) = (s..k).rev().find_map(|j| self.cue_before(j, s, q)) else { break };
            // a play called “Los Hijos de Trump,” or “Sons of Trump”: a naming cue names
            // every quotation after it.
            if c + 1 < q && self.toks[c + 1].kind == Kind::Quote && self.naming(c, s) {
                return None;
            }
            tried += 1;
            if let Some(mut found) = self.cue_speaker(c, n, kind, s, q) {
                if matches!(found.rule, "speaker-cue-quote" | "adding")
                    && let Some(np) = self.later_subject(&found.np, found.cue.0)
                {
                    (found.np, found.rule) = (np, "clause-subject");
                }
                return Some(found);
            }
            k = c;
        }
        if q > s && self.punct(q - 1, ':') {
            let np = self.sentence_subject(s, q).filter(|np| self.speaker_like(np))?;
            return Some(Found { np, cue: (q - 1, q), rule: "colon", confidence: 0.6 });
        }
        None
    }

    /// Rule 2f (the cue's own clause): a person pronoun opening a later clause between the
    /// speaker `np` found for a cue at `c` and the cue, past a cue of the earlier clause
    /// (When Roe was asked about the vote, she laughed and said, “…”), is the subject of
    /// the clause that holds the cue: the speaker is that pronoun, the nearest mention.
    fn later_subject(&self, np: &Np, c: usize) -> Option<Np> {
        let from = np.end;
        let opener = |k: usize| {
            self.punct(k, ',')
                || self.punct(k, ';')
                || matches!(
                    self.word(k),
                    Some("but" | "and" | "though" | "although" | "because" | "as" | "while" | "yet" | "so")
                )
        };
        let verb = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.kind == Kind::Word && !t.cap)
                && self.classes(k) & (class::PREP | class::DET) == 0
                && !matches!(self.word(k), Some("and" | "or"))
        };
        let k = (from + 1..c)
            .rev()
            .take(LATER_SUBJECT)
            .take_while(|&k| self.toks[k].kind != Kind::Quote)
            .find(|&k| {
                self.person_pronoun(k) && (opener(k - 1) || self.word(k - 1) == Some("when")) && verb(k + 1)
            })?;
        // The earlier clause has a cue of its own, or the cue is coordinated with the
        // pronoun's verb (when he brought it up and later said, “…”).
        let mut a = c;
        while a > k + 1 && self.adverb(a - 1) {
            a -= 1;
        }
        let coordinated =
            self.word(a - 1) == Some("and") && (k + 1..a).all(|j| self.toks[j].kind == Kind::Word);
        ((from..k).any(|j| self.cue(j).is_some()) || coordinated).then_some(Np {
            start: k,
            end: k + 1,
            name_start: k,
            kind: NpKind::Pronoun,
        })
    }

    /// A name between a dash and the colon right before the quotation at `q` (digest
    /// style: WHY TURNOUT FELL - Ann Kerr: “…” / Polls agree - Pew Research: “…”): the
    /// name is the speaker, not the headline's subject or cue before the dash.
    fn dash_name_colon(&self, q: usize, s: usize) -> Option<Np> {
        if q < s + 3 || !self.punct(q - 1, ':') {
            return None;
        }
        // A dash within a name's length of the colon, before reading the name.
        if !(q.saturating_sub(8).max(s)..q - 2).any(|j| self.dash(j)) {
            return None;
        }
        let np = self.np_backward(q - 2, s).filter(|np| np.kind == NpKind::Name && np.end == q - 1)?;
        (np.start > s && self.dash(np.start - 1)).then_some(np)
    }

    /// Whether the word at `k` right before a quotation makes it a name or title (a show
    /// called “…”), unless it is a cue with a speaking subject (what Gilbert called “…”);
    /// after a noun for a work (the show “…”), only a capitalised quotation is a title.
    pub fn naming(&self, k: usize, s: usize) -> bool {
        let c = self.classes(k);
        if c & class::WORK != 0 {
            // the show “Cake Boss”, not the program “worse than amnesty”.
            let q = self.toks.get(k + 1).filter(|t| t.kind == Kind::Quote);
            let content = q.and_then(|t| self.text.get(t.start as usize..t.end as usize)).unwrap_or("");
            return content.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase);
        }
        if c & class::NAMING == 0 {
            return false;
        }
        let speaking = self.cue(k).is_some()
            && self
                .subject_of(k, s)
                .is_some_and(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun | NpKind::Who));
        !speaking
    }

    /// Rule 2c (titles of programmes): whether the quotation at token `q` is a title in
    /// title case after `on` or a possessive (appeared on “The View”, said on NBC's “Meet
    /// the Press”), or after a word that introduces a work ([`Ctx::title_slot`]): a name,
    /// never a statement.
    pub fn programme_title(&self, q: usize) -> bool {
        if q == 0 {
            return false;
        }
        let slot = match self.word(q - 1) {
            Some(w) => w == "on" || self.possessive(q - 1) || self.title_slot(q),
            None => self.title_slot(q),
        };
        slot && self.title_case(q)
    }

    /// Rule 2c (titles of works): whether the words right before the quotation at token `q`
    /// introduce the title of a work rather than words spoken: `with` or `in` (an
    /// interview with “Morning Desk”, a role in “The Long Road”), `of` after a noun for a
    /// work or its maker (the author of “Going Under”, an episode of “Night Desk”; not a
    /// goal of “Peace and Jobs”, chants of “Four More Years”), or such a noun set off by a
    /// comma (his memoir, “Hard Roads”). Only a quotation in title case is a title
    /// ([`Ctx::title_case`]).
    fn title_slot(&self, q: usize) -> bool {
        let work = |k: usize| {
            self.classes(k) & class::WORK != 0
                || self.word(k).is_some_and(|w| !self.toks[k].cap && agent_noun(w))
        };
        match q.checked_sub(1).and_then(|k| self.word(k)) {
            Some("with" | "in") => true,
            Some("of") => q >= 2 && work(q - 2),
            Some(_) => false,
            None => q >= 2 && self.punct(q - 1, ',') && self.classes(q - 2) & class::WORK != 0,
        }
    }

    /// Whether the quotation at token `q` is in title case: up to eight words, each
    /// capitalised but for short function words after the first.
    fn title_case(&self, q: usize) -> bool {
        let Some(t) = self.toks.get(q).filter(|t| t.kind == Kind::Quote) else { return false };
        let content = self.text.get(t.start as usize..t.end as usize).unwrap_or("");
        let content = content.trim_matches(|c: char| !c.is_alphanumeric());
        let mut words = 0;
        for w in content.split_whitespace() {
            words += 1;
            let lower = w.chars().next().is_some_and(char::is_lowercase);
            // Short function words may stay lowercase (Face the Nation, Meet the Press).
            if words > 8 || (lower && (words == 1 || w.len() > 4)) {
                return false;
            }
        }
        words > 0
    }

    /// The cue starting at word `k` of the context `[s, q)`, with noun-like cues (notes,
    /// claims) kept only after a pronoun, or after a name with a clause following.
    fn cue_before(&self, k: usize, s: usize, q: usize) -> Option<(usize, usize, CueKind)> {
        let (n, kind) = self.cue(k)?;
        // went on to become Tony Blair's “cabinet enforcer”: a deed (rule S-WENT-ON).
        if super::statements::went_on_deed(self, k, n) {
            return None;
        }
        if kind != CueKind::Noun {
            return Some((k, n, kind));
        }
        let subject = k.checked_sub(1).and_then(|p| self.np_backward(p, s));
        let clause = self.word(k + n) == Some("that")
            || self.punct(k + n, ':')
            || self.punct(k + n, ',')
            || k + n == q;
        let ok = subject.is_some_and(|np| np.kind == NpKind::Pronoun || (self.speaker_like(&np) && clause));
        ok.then_some((k, n, CueKind::Verb))
    }

    /// The speaker of the cue `[c, c + n)` of kind `kind` before the quotation at `q`.
    fn cue_speaker(&self, c: usize, n: usize, kind: CueKind, s: usize, q: usize) -> Option<Found> {
        let cue = (c, c + n);
        match kind {
            CueKind::Prep => {
                // according to calculations by Amy Glasmeier: the author after `by`.
                let by = (c + n..q.min(c + n + 4)).find(|&k| self.word(k) == Some("by"));
                let np = self.np_forward(c + n, q).or_else(|| self.np_forward(by? + 1, q))?;
                Some(Found { np, cue, rule: "according-to", confidence: 0.8 })
            }
            CueKind::Participle => {
                let np = self.participle_subject(c, s)?;
                Some(Found { np, cue, rule: "adding", confidence: 0.7 })
            }
            CueKind::Verb | CueKind::As | CueKind::Noun | CueKind::Object => {
                let rule = if kind == CueKind::As { "as-put-it" } else { "speaker-cue-quote" };
                if self.coordinated(c, s) {
                    let np = self.earlier_speaker(c, s)?;
                    return Some(Found { np, cue, rule, confidence: 0.7 });
                }
                // He was asked “…” / was told “…”: the subject heard the quotation.
                if (kind == CueKind::Object || (kind == CueKind::Verb && n == 1)) && self.passive(c, s) {
                    return self.passive_agent(q, cue);
                }
                if let Some(np) = self.subject_of(c, s) {
                    // Colin Asplin, Blackpool Hotel Association said: “…” (rule S-APPOS).
                    let np = super::statements::name_before_role(self, np, s).unwrap_or(np);
                    // Police in Kyiv said: “…” — the role, not the place (as for statements).
                    let np = super::statements::role_before_name(self, np, s).unwrap_or(np);
                    return Some(Found { np, cue, rule, confidence: 0.8 });
                }
                // Inverted after a quotation or comma: “…,” said X, “…”.
                let inverted = kind != CueKind::Object
                    && (c == s || self.punct(c - 1, ',') || self.toks[c - 1].kind == Kind::Quote);
                let k = self.skip_adverbs(c + n, q);
                let np = self.np_forward(k, q).filter(|_| inverted)?;
                Some(Found { np, cue, rule: "quote-cue-speaker", confidence: 0.8 })
            }
        }
    }

    /// The speaker of the verb cue before `c` in the sentence starting at `s` (“…,” he
    /// said, adding / Trump called it a “disaster” and promised to “rip up”), else the
    /// sentence's subject.
    fn earlier_speaker(&self, c: usize, s: usize) -> Option<Np> {
        self.earlier_speaker_cue(c, s).or_else(|| self.sentence_subject(s, c))
    }

    /// The speaker of the verb cue before `c` in the sentence starting at `s`, if any.
    fn earlier_speaker_cue(&self, c: usize, s: usize) -> Option<Np> {
        let earlier = (s..c).rev().find_map(|k| match self.cue(k) {
            Some((n, CueKind::Verb | CueKind::As | CueKind::Object)) => Some((k, n)),
            _ => None,
        });
        if let Some((e, n)) = earlier {
            let object = self.cue(e).is_some_and(|(_, kind)| kind == CueKind::Object);
            let inverted =
                !object && (e == s || self.punct(e - 1, ',') || self.toks[e - 1].kind == Kind::Quote);
            let np = self.subject_of(e, s).or_else(|| inverted.then(|| self.np_forward(e + n, c)).flatten());
            if np.is_some() {
                return np;
            }
        }
        None
    }

    /// The subject of a participle cue at `c`: the phrase after `with` right before it
    /// (with Gorka noting), else the subject of a `when`/`where`/`while`/`even as` clause
    /// ending at the comma before it, else the speaker of an earlier cue of the sentence
    /// (“…,” he said, adding), else the sentence's subject.
    fn participle_subject(&self, c: usize, s: usize) -> Option<Np> {
        let mut k = c;
        while k > s + 1 && self.adverb(k - 1) {
            k -= 1;
        }
        if let Some(np) = self.with_agent(c, s) {
            return Some(np);
        }
        if let Some(np) = self.with_phrase(k, s) {
            return Some(np);
        }
        if let Some(np) = self.participle_agent(k, s).or_else(|| self.quoted_agent(k, s)) {
            return Some(np);
        }
        self.clause_subject_before(c, s)
            .or_else(|| self.earlier_speaker_cue(c, s))
            .or_else(|| self.sentence_subject(s, c))
    }

    /// Rule 4e (`with` and a participle): the phrase between `with` and a participle cue at
    /// `c`, past an adverb before the cue, is the participle's subject, not the sentence's
    /// (the talks ended with the envoy asking …; with the Countryside Alliance saying …;
    /// with election coordinator Alan Milburn accusing …; with Rovers boss Mark Hughes
    /// claiming …): the phrase reads back over up to three words of determiner, titles and
    /// modifiers that `np_backward` leaves before a name, never over a comma, a conjunction
    /// or a preposition (a dispute with Craig Bellamy after claiming …: no subject here).
    pub fn with_agent(&self, c: usize, s: usize) -> Option<Np> {
        let mut k = c;
        while k > s + 1 && self.adverb(k - 1) {
            k -= 1;
        }
        let mut np = self.np_backward(k.checked_sub(1)?, s).filter(|np| np.end == k && np.start > s)?;
        let modifier = |j: usize| {
            self.word(j).is_some_and(|w| {
                let classes = self.classes(j);
                classes & class::DET != 0
                    || (classes & (class::STOP | class::PREP) == 0 && !matches!(w, "and" | "or" | "but"))
            })
        };
        let mut b = np.start;
        while b > s + 1 && b + 3 > np.start && self.word(b - 1) != Some("with") && modifier(b - 1) {
            b -= 1;
        }
        if b <= s || self.word(b - 1) != Some("with") || np.kind == NpKind::Who {
            return None;
        }
        np.start = b;
        Some(np)
    }

    /// Rule 4c (a participle's own subject): the name, person pronoun or role right before a
    /// participle cue at `k`, after `of`, `and` or a dash (footage of Roe saying “…”; Roe
    /// praised it – Kade calling it “…”), not the sentence's subject: it speaks.
    fn participle_agent(&self, k: usize, s: usize) -> Option<Np> {
        let np = self.np_backward(k.checked_sub(1)?, s).filter(|np| np.end == k && np.start > s)?;
        let before = np.start - 1;
        let joined = matches!(self.word(before), Some("of" | "and")) || self.dash(before);
        (joined && np.kind != NpKind::Who && self.speaker_like(&np)).then_some(np)
    }

    /// Rule 4d (quoted by a medium): the phrase after `quoted` or `cited` right before a
    /// participle cue at `k`, with or without `as` (the paper quoted Qantas chief executive
    /// Geoff Dixon as saying: “…”; the FT quoted a spokesman for Atticus complaining that
    /// …): the one quoted speaks, not the medium.
    pub fn quoted_agent(&self, k: usize, s: usize) -> Option<Np> {
        let j = if k > s && self.word(k - 1) == Some("as") { k - 1 } else { k };
        let quoting = |t: usize| self.word(t).is_some_and(super::statements::quoting_verb);
        // A quoting verb a few words back, looked for first (most participles have none).
        if !(j.saturating_sub(12).max(s)..j).any(quoting) {
            return None;
        }
        let np = self.np_backward(j.checked_sub(1)?, s).filter(|np| np.end == j && np.start > s)?;
        // The verb a few words before the name, over its titles (chief executive).
        let verb = (np.start.saturating_sub(6).max(s)..np.start)
            .rev()
            .take_while(|&t| self.word(t).is_some())
            .find(|&t| quoting(t))?;
        // Not the passive (Mr Kruger was quoted in the Guardian saying): its subject speaks.
        if self.passive(verb, s) || self.classes(verb + 1) & class::PREP != 0 {
            return None;
        }
        // A role keeps its body (a spokesman for Atticus Capital: rule R-OF); titles before
        // the name come with it (chief executive Geoff Dixon).
        if let Some(head) = self.role_of_body(&np, verb).filter(|_| np.kind == NpKind::Name) {
            return Some(Np { end: np.end, ..head });
        }
        let np = self.np_forward(verb + 1, j).filter(|p| p.end == j).unwrap_or(np);
        (np.kind != NpKind::Who && np.kind != NpKind::Pronoun && self.speaker_like(&np)).then_some(np)
    }

    /// The phrase after `with` that ends right before token `k` and runs over `of` (with
    /// the National Federation of Teachers calling / with one of her adverts asking).
    fn with_phrase(&self, k: usize, s: usize) -> Option<Np> {
        let w = (s..k)
            .rev()
            .take(10)
            .find(|&j| self.word(j) == Some("with") || self.toks[j].kind != Kind::Word)?;
        if self.word(w) != Some("with") || !(w + 2..k).any(|j| self.word(j) == Some("of")) {
            return None;
        }
        self.np_forward(w + 1, k).filter(|np| np.end == k && np.kind != NpKind::Pronoun)
    }

    /// The subject of the clause opened by `when`, `where`, `while` or `even as` that ends
    /// with the comma right before a participle cue at `c` (Roe spoke at the hall, where
    /// protesters had gathered, chanting “…”: the protesters).
    fn clause_subject_before(&self, c: usize, s: usize) -> Option<Np> {
        if c < s + 4 || !self.punct(c - 1, ',') {
            return None;
        }
        let opener = (s + 1..c - 1).rev().take(20).find(|&k| {
            self.punct(k, ',')
                || matches!(self.word(k), Some("when" | "where" | "while"))
                || (self.word(k) == Some("as") && self.word(k - 1) == Some("even"))
        })?;
        if self.punct(opener, ',') {
            return None;
        }
        let np = self.verb_trimmed(self.np_forward(opener + 1, c - 1)?);
        let verb = np.end < c - 1
            && !self.toks[np.end].cap
            && self.word(np.end).is_some()
            && self.cue(np.end).is_none();
        (matches!(np.kind, NpKind::Name | NpKind::Pronoun | NpKind::Role) && verb).then_some(np)
    }

    /// Whether the object cue at `c` is passive (he was called the “…”, a plan dubbed
    /// “…”): a form of `be` right before it, over adverbs.
    fn passive(&self, c: usize, s: usize) -> bool {
        let be = |k: usize| {
            self.word(k).is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be"))
        };
        let mut k = c;
        while k > s && (self.adverb(k - 1) || be(k - 1)) {
            if be(k - 1) {
                return true;
            }
            k -= 1;
        }
        false
    }

    /// Whether the cue at `c` is passive and its subject what was said, not who says it
    /// (the request was denied); a subject who was asked or pressed answers next.
    fn passive_statement(&self, c: usize, s: usize) -> bool {
        self.passive(c, s) && !matches!(self.word(c), Some("asked" | "pressed" | "questioned"))
    }

    /// Rule 2c (labels): the speaker of a passive cue is the agent after `by` behind the
    /// quotation (he was called the “fifth child” by the film's director Marc Forster) or
    /// right after the cue (she was asked by the host, “…”); without one, the quotation is
    /// a label or a question to the subject, with no speaker.
    fn passive_agent(&self, q: usize, cue: (usize, usize)) -> Option<Found> {
        let limit = self.sentence_end(q);
        // was asked by host Chuck Todd, “…”: the agent may come before the quotation.
        let by = |k: usize| self.word(k) == Some("by");
        let (by, limit) = match (cue.1..q.min(cue.1 + 3)).find(|&k| by(k)) {
            Some(k) => (k, q),
            None => ((q + 1..limit.min(q + 4)).find(|&k| by(k))?, limit),
        };
        let np = self.np_forward(by + 1, limit).filter(|n| self.speaker_like(n))?;
        Some(Found { np, cue, rule: "cue-after", confidence: 0.6 })
    }

    /// Whether the cue at `c` is the second verb of its subject (and said, but added), also
    /// over a prepositional phrase after the conjunction ([`Ctx::coordinated_over_phrase`]).
    fn coordinated(&self, c: usize, floor: usize) -> bool {
        let mut k = c;
        while k > floor && self.adverb(k - 1) {
            k -= 1;
        }
        let conjunction = |j: usize| self.word(j).is_some_and(|w| matches!(w, "and" | "but" | "or"));
        (k > floor && conjunction(k - 1)) || self.coordinated_over_phrase(k, floor, conjunction)
    }

    /// Rule 7 (a second verb after a phrase): whether a conjunction and a prepositional
    /// phrase of a few words stand right before the cue at `k` (Roe backs the plan and in a
    /// statement praised it / but on Monday said): the phrase is no subject, the cue is
    /// the subject's second verb. Not after a word that opens a clause (and as Roe spoke).
    fn coordinated_over_phrase(&self, k: usize, floor: usize, conjunction: impl Fn(usize) -> bool) -> bool {
        let Some(j) = (floor..k.saturating_sub(2))
            .rev()
            .take(COORDINATED_PHRASE)
            .take_while(|&j| self.toks[j + 1].kind == Kind::Word)
            .find(|&j| conjunction(j))
        else {
            return false;
        };
        // and as Trump went on: a subordinating `as`, `after`, `before` opens a clause.
        let clause = self.subordinator(j + 1) || matches!(self.word(j + 1), Some("after" | "before"));
        self.classes(j + 1) & class::PREP != 0 && !clause && (j + 1..k).all(|p| self.cue(p).is_none())
    }

    /// Rule 9 (cue later in the sentence): a fragment whose sentence ends with its
    /// attribution: did not find “ties,” aside from …, said the bureau's director.
    pub fn cue_later(&self, q: usize) -> Option<Found> {
        let limit = self.sentence_end(q);
        for k in q + 1..limit {
            if self.toks[k].kind == Kind::Quote {
                return None;
            }
            if !self.punct(k, ',') {
                continue;
            }
            let a = k + 1;
            if let Some((n, CueKind::Verb)) = self.cue(a) {
                let np = self.np_forward(self.skip_adverbs(a + n, limit), limit)?;
                return Some(Found { np, cue: (a, a + n), rule: "cue-after", confidence: 0.6 });
            }
            if let Some(np) = self.np_forward(a, limit).filter(|n| self.speaker_like(n)) {
                let c = self.skip_adverbs(np.end, limit);
                if let Some((n, CueKind::Verb | CueKind::Noun | CueKind::Object)) = self.cue(c) {
                    return Some(Found { np, cue: (c, c + n), rule: "cue-after", confidence: 0.6 });
                }
            }
        }
        // “extreme carelessness” – as described by FBI Director James Comey.
        let c =
            (q + 1..limit.min(q + 4)).find(|&k| self.cue(k).is_some() && self.word(k + 1) == Some("by"))?;
        let np = self.np_forward(c + 2, limit).filter(|n| self.speaker_like(n))?;
        Some(Found { np, cue: (c, c + 1), rule: "cue-after", confidence: 0.6 })
    }

    /// Rule 2d (fragments of evaluation): a quotation with no cue of its own, a few words
    /// after a verb of `gazetteers/cues-fragment.txt` or a cue, goes to the verb's subject
    /// when that is a name, a pronoun or a role (Jo Marsh thanked the crew for “a fine
    /// job”; Roe dismissed the report as “a fantasy”), not after a word that makes it a
    /// title (a show called “…”).
    pub fn fragment_speaker(&self, q: usize) -> Option<Found> {
        let near = self.start_within(q, 2 * FRAGMENT_REACH);
        let verb = |k: usize| {
            self.classes(k) & class::FRAGMENT != 0
                || matches!(self.cue(k), Some((n, CueKind::Verb | CueKind::Object | CueKind::Participle))
                    if !super::statements::went_on_deed(self, k, n))
        };
        let found =
            (near..q).rev().take(FRAGMENT_REACH).take_while(|&k| !self.punct(k, ';')).find(|&k| verb(k));
        let found = found.or_else(|| self.that_verb(near, q));
        let v = found.or_else(|| self.as_verb(near, q))?;
        let s = self.sentence_start(v);
        // has been pounding X as a “…”: a present participle after `be` is progressive.
        let progressive = found.is_none() && self.word(v).is_some_and(|w| w.ends_with("ing"));
        // was asked “…” / is described as “…”: a passive verb's subject did not say it.
        if (self.passive(v, s) && !progressive) || self.naming(q - 1, s) || self.programme_title(q) {
            return None;
        }
        // interrupted to announce, “…” / calling him a “…”: the clause's subject.
        let w = self.word(v)?;
        let clause = w.ends_with("ing") || (v > s && self.word(v - 1) == Some("to"));
        let with = w.ends_with("ing").then(|| self.with_agent(v, s)).flatten();
        let np = if clause { with.or_else(|| self.earlier_speaker(v, s)) } else { self.subject_of(v, s) }?;
        let speaker = self.speaker_like(&np) || np.kind == NpKind::Name;
        speaker.then_some(Found { np, cue: (v, v + 1), rule: "fragment", confidence: 0.5 })
    }

    /// Rule 2e (possessed speech): a quotation a few words after a possessive and a noun of
    /// `gazetteers/cues-nouns.txt` goes to the possessor (her remark that “…”, Roe's
    /// claim that “…”, Roe's reply was: “…”), as does one between them (Roe's “no deal”
    /// pledge).
    pub fn possessive_speaker(&self, q: usize) -> Option<Found> {
        let noun = |k: usize| self.classes(k) & class::SPEECH_NOUN != 0 && !self.toks[k].cap;
        // The noun opens the content: her remark that “…”, his call for “…”, her answer: “…”,
        // her reply was: “…”.
        let opens = |k: usize| {
            k + 1 == q
                || self.punct(k + 1, ':')
                || matches!(self.word(k + 1), Some("that" | "for" | "of" | "to" | "about"))
                || (matches!(self.word(k + 1), Some("was" | "is")) && self.punct(k + 2, ':'))
        };
        let s = self.start_within(q, POSSESSED_REACH + 3);
        let n = (s.max(q.saturating_sub(POSSESSED_REACH))..q)
            .rev()
            .take_while(|&k| self.toks[k].kind != Kind::Quote)
            .find(|&k| noun(k) && opens(k));
        // Trump's claim that President Barack Obama “founded ISIS”: further into the
        // noun's `that` clause, up to [`POSSESSED_CLAUSE`] words with no punctuation.
        let n = n.or_else(|| {
            let s = self.start_within(q, POSSESSED_CLAUSE + 3);
            (s.max(q.saturating_sub(POSSESSED_CLAUSE))..q)
                .rev()
                .take_while(|&k| self.toks[k].kind == Kind::Word)
                .find(|&k| noun(k) && self.word(k + 1) == Some("that"))
        });
        let (n, owner) = match n {
            Some(n) => (n, (s.max(n.saturating_sub(3))..n).rev().find(|&k| self.possessor(k))?),
            None if q > s && self.possessor(q - 1) && noun(q + 1) => (q + 1, q - 1),
            None => return None,
        };
        Some(Found { np: self.possessor_np(owner), cue: (n, n + 1), rule: "possessive", confidence: 0.5 })
    }

    /// The phrase of the possessor at token `owner`: a capitalised name over up to four
    /// words before it, else the possessive pronoun.
    pub(super) fn possessor_np(&self, owner: usize) -> Np {
        let kind =
            if self.toks[owner].cap && self.possessive(owner) { NpKind::Name } else { NpKind::Pronoun };
        if kind == NpKind::Name {
            // FBI Director James Comey's conclusion: the titles apart from the name.
            let start = (0..owner).rev().take(4).take_while(|&k| self.name_word(k)).last().unwrap_or(owner);
            return self.name_np(start, owner + 1);
        }
        Np { start: owner, end: owner + 1, name_start: owner, kind }
    }

    /// The start of the sentence holding token `q` when it is at most `reach` tokens back,
    /// else `q - reach`: a bounded [`Ctx::sentence_start`] for rules that look a few words back.
    fn start_within(&self, q: usize, reach: usize) -> usize {
        let floor = q.saturating_sub(reach);
        let mut s = q;
        while s > floor && !self.toks[s].sent_start && self.toks[s - 1].kind != Kind::Para {
            s -= 1;
        }
        s
    }

    /// Whether word `k` names a possessor: his, her, their, or a capitalised possessive.
    fn possessor(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == Kind::Word
            && (matches!(self.word(k), Some("his" | "her" | "their" | "His" | "Her" | "Their"))
                || (t.cap && self.possessive(k) && self.name_word(k)))
    }

    /// The verb of a `that` clause holding the quotation at `q` in the sentence from `s`
    /// (Roe groused to the crowd that the council “…”): a lowercase word ending in -ed, a
    /// cue or a fragment verb, a few words before `that`.
    fn that_verb(&self, s: usize, q: usize) -> Option<usize> {
        let that = (s..q).rev().take(2 * FRAGMENT_REACH).find(|&k| self.word(k) == Some("that"))?;
        (s..that).rev().take(6).take_while(|&k| !self.punct(k, ',')).find(|&k| {
            let t = &self.toks[k];
            t.kind == Kind::Word
                && !t.cap
                && (self.word(k).is_some_and(|w| w.ends_with("ed"))
                    || self.classes(k) & class::FRAGMENT != 0
                    || self.cue(k).is_some())
        })
    }

    /// Rule 2d (characterisation): the verb of `VERB OBJECT as (a) “…”` before the
    /// quotation at `q` (Roe has been pounding Kade as a “con artist”, went after him as a
    /// “spoiled brat”): a lowercase verb-like word (-s, -ed, -ing) before a name, pronoun or
    /// role object, past one particle (went after); not after `such`.
    fn as_verb(&self, near: usize, q: usize) -> Option<usize> {
        let mut a = q.checked_sub(1)?;
        if a > near && matches!(self.word(a), Some("a" | "an" | "the")) {
            a -= 1;
        }
        if a <= near + 1 || self.word(a) != Some("as") {
            return None;
        }
        let object = self.np_backward(a - 1, near)?;
        if object.kind == NpKind::Who || self.word(object.start) == Some("such") {
            return None;
        }
        let mut v = object.start.checked_sub(1).filter(|&v| v >= near)?;
        if v > near && matches!(self.word(v), Some("after" | "on" | "up" | "out" | "off" | "down")) {
            v -= 1;
        }
        let t = &self.toks[v];
        let verb_like = self.word(v).is_some_and(|w| {
            w.len() > 3
                && (w.ends_with("ed") || w.ends_with("ing") || (w.ends_with('s') && !w.ends_with("ss")))
        });
        (t.kind == Kind::Word
            && !t.cap
            && verb_like
            && self.classes(v) & (class::STOP | class::DET | class::PREP | class::ROLE) == 0)
            .then_some(v)
    }

    /// Whether the capitalised words from `k` are the subject of a new clause (said Boro
    /// are confident / claimed Kaplan had erred) rather than an addressee or time (told
    /// BBC Radio Scotland, said Monday): a verb-like lowercase word follows them.
    fn clause_after_name(&self, k: usize, limit: usize) -> bool {
        let mut e = k;
        while e < limit && self.toks[e].kind == Kind::Word && self.toks[e].cap {
            e += 1;
        }
        let verb =
            |w: &str| w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("'s") && !w.ends_with("’s"));
        e < limit
            && self.word(e).is_some_and(|w| {
                self.classes(e) & class::PREP == 0
                    && (self.clause_word(e) || verb(w) || self.cue(e).is_some())
            })
    }

    /// Whether the quotation at token `q` ends with a comma inside its marks (“…,” he said).
    fn comma_quote(&self, q: usize) -> bool {
        self.toks
            .get(q)
            .and_then(|t| self.text.get(..t.end as usize))
            .is_some_and(|t| t.trim_end_matches(['"', '”', '’', '\'', '»']).ends_with(','))
    }

    /// Whether a phrase can speak without a cue: a name, a personal pronoun, or a role
    /// phrase headed by a role noun (not "it", not "the rationale").
    fn speaker_like(&self, np: &Np) -> bool {
        match np.kind {
            NpKind::Name | NpKind::Who => true,
            NpKind::Pronoun => !self.word(np.start).is_some_and(|w| w.eq_ignore_ascii_case("it")),
            NpKind::Role => self.classes(np.end - 1) & class::ROLE != 0,
        }
    }

    /// Whether the quotation at token `q` stands as a statement of its own: nothing but
    /// punctuation, a paragraph break or another quotation follows it ("Top secret" is
    /// a term, not a statement).
    pub fn stands_alone(&self, q: usize) -> bool {
        match self.toks.get(q + 1) {
            None => true,
            Some(t) => t.kind != Kind::Word || t.sent_start,
        }
    }

    /// The phrase a relative `who` at token `k` stands for: the one before its comma, or
    /// the one right before it.
    pub fn who_antecedent(&self, k: usize) -> Option<Np> {
        // Ann Kerr, who …; Bertie Ahern - who …; President Bush himself, who …: the phrase
        // before the comma or dash, past a reflexive.
        if k >= 2 && (self.punct(k - 1, ',') || self.dash(k - 1)) {
            let floor = self.sentence_start(k);
            let mut p = k - 2;
            if p > floor && self.reflexive(p) {
                p -= 1;
            }
            let np = self.np_backward(p, floor).filter(|np| np.kind != NpKind::Who)?;
            // After a dash, only a name that no dash before it sets inside an aside (not
            // candidates — like Donald Trump — who say …; not in the US - where it reached
            // number eight in its opening week - who described …).
            if self.dash(k - 1) && (np.kind != NpKind::Name || (floor..np.start).any(|j| self.dash(j))) {
                return None;
            }
            return Some(self.person_of_place(np, floor).unwrap_or(np));
        }
        // critics who feared …: a restrictive `who` right after its phrase.
        let np = self.np_backward(k.checked_sub(1)?, self.sentence_start(k))?;
        // Not the end of a longer name (the Court of Appeal who), not a clause (that fans who).
        let of = np.kind == NpKind::Name
            && np.end == np.start + 1
            && np.start > 0
            && self.word(np.start - 1) == Some("of");
        let clause = self.clause_word(np.start);
        (matches!(np.kind, NpKind::Name | NpKind::Role) && !of && !clause).then_some(np)
    }
}

/// Whether `w` opens a clause of its own inside a sentence (Roe said the deal was off,
/// while Doe called it “a pause”: Doe's words, not Roe's).
fn clause_opener(w: &str) -> bool {
    matches!(
        w,
        "while"
            | "whereas"
            | "but"
            | "although"
            | "though"
            | "since"
            | "and"
            | "when"
            | "after"
            | "before"
            | "because"
            | "as"
            | "until"
            | "if"
            | "unless"
            | "or"
    )
}

/// Whether a statement's cue relays what others said rather than saying it (according to,
/// reported, revealed): the speaker inside it keeps its own words.
fn relays(cue: &str) -> bool {
    let w = cue.split(' ').next().unwrap_or("").to_ascii_lowercase();
    w == "according" || w.starts_with("report") || w.starts_with("reveal")
}

/// Whether quotation `q`, held by the reported statement `st`, is that statement's words
/// rather than its own speaker's: a fragment whose own speaker and cue lie inside the
/// statement's content, in the same clause, and which does not follow its cue at once
/// (Roe said Doe had called the plan “a mess”: Roe's words; Roe said Doe told her: “…”,
/// Roe said the deal was off, but Doe called it “a pause”; according to Roe, Doe called
/// it “a pause”: Doe's).
pub(super) fn nested_report(text: &str, q: &super::Quote, st: &super::Quote) -> bool {
    let (Some(sp), Some(held), Some((c0, c1)), Some((s0, s1))) = (&q.speaker, &st.speaker, q.cue, st.cue)
    else {
        return false;
    };
    if !matches!(q.rule, Some("speaker-cue-quote" | "pronoun"))
        || (sp.start, sp.end) == (held.start, held.end)
    {
        return false;
    }
    // Roe said she had called the plan “a mess”: a pronoun goes to the statement's
    // speaker only when it names the same one (the subject said it, in its own words).
    if q.rule == Some("pronoun") && (sp.name.is_none() || sp.name != held.name) {
        return false;
    }
    // The speaker and cue inside the content, before the quotation.
    if !(st.span.start <= sp.start && sp.start < st.span.end && sp.end <= c0 && c1 <= q.span.start) {
        return false;
    }
    if text.get(s0..s1).is_some_and(relays) {
        return false;
    }
    // The speaker opens a clause of its own: a conjunction among the four words before it.
    let before = text.get(st.span.start..sp.start).unwrap_or("");
    if before.split_whitespace().rev().take(4).any(|w| clause_opener(&w.to_ascii_lowercase())) {
        return false;
    }
    // The quotation follows its cue at once (said, “…” / told her: “…”).
    let after = text.get(c1..q.span.start).unwrap_or("");
    if after.trim_end().ends_with(':') {
        return false;
    }
    // The words between the speaker and the quotation, the cue aside.
    let rest = [text.get(sp.end..c0).unwrap_or(""), after];
    rest.iter()
        .flat_map(|s| s.split(|c: char| c.is_whitespace() || c == ',' || c == ':'))
        .any(|w| !w.is_empty() && w != "that")
}
