//! Speaker phrases: names, pronouns and role phrases next to a cue, read forwards or
//! backwards over the token stream.

use std::cell::Cell;

use super::lexicon::{CueKind, Lexicon, class};
use super::tokens::{Kind, Token};

/// What a speaker phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    /// A personal or organisation name, possibly after titles: President Putin.
    Name,
    /// A pronoun: he, she, they.
    Pronoun,
    /// A relative `who`, standing for the phrase before its comma.
    Who,
    /// A role phrase without a name: a senior official, the White House.
    Role,
}

/// A speaker phrase: token range and where its name starts (after titles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// First token of the name proper (after titles and roles).
    pub name_start: usize,
    /// What the phrase is.
    pub kind: NpKind,
}

/// The token stream of one article with its lexicon: the reading primitives of the rules.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// The article text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: &'a [Token],
    /// The word lists.
    pub lex: &'a Lexicon,
    /// Per token, its word classes once looked up ([`UNKNOWN`] before).
    pub memo: &'a [Memo],
}

/// A token's lexicon lookups, made at most once.
#[derive(Debug, Clone)]
pub struct Memo {
    classes: Cell<u32>,
    cue: Cell<u8>,
    /// Whether the word is capitalised elsewhere mid-sentence: 0 unknown, 1 no, 2 yes.
    elsewhere: Cell<u8>,
}

/// A memo slot not yet filled.
pub const UNKNOWN: u32 = u32::MAX;

impl Memo {
    /// An empty memo.
    pub fn new() -> Memo {
        Memo { classes: Cell::new(UNKNOWN), cue: Cell::new(u8::MAX), elsewhere: Cell::new(0) }
    }
}

const CUE_KINDS: [CueKind; 6] =
    [CueKind::Verb, CueKind::Participle, CueKind::Prep, CueKind::As, CueKind::Noun, CueKind::Object];

/// Whether `w` has the ending of an agent noun (psychologist, banker, historian).
pub fn agent_noun(w: &str) -> bool {
    w.len() > 5
        && !w.ends_with("ment")
        && ["ist", "er", "or", "ian", "ant", "ent", "eer", "eur"].iter().any(|e| w.ends_with(e))
}

/// How many words an adjective of relation's object may run to after its preposition
/// when it is no phrase [`Ctx::np_forward`] reads (close to her, familiar with Johnson's
/// views).
const RELATION_OBJECT: usize = 5;

/// Whether `w` is an age written with digits (27-year-old).
pub fn numeric_age(w: &str) -> bool {
    w.ends_with("-year-old") && w.starts_with(|c: char| c.is_ascii_digit())
}

/// How many words or `and`s an organisation's complement after `of` may have (rule P1).
const ORG_SPAN: usize = 8;

/// Common irregular past-tense verbs that end a role phrase running into its verb
/// ([`Ctx::verb_trimmed`]).
const IRREGULAR_PAST: &[&str] = &[
    "began", "brought", "came", "chose", "drew", "fell", "found", "gave", "got", "held", "kept", "led",
    "left", "lost", "made", "met", "ran", "rose", "sent", "set", "sought", "spoke", "stood", "struck",
    "took", "told", "went", "won", "wrote", "withdrew", "broke", "threw", "sold", "bought", "paid", "built",
    "saw", "knew", "thought", "felt", "heard",
];

/// Verbs that end a subject phrase after a plural or a quantifier ([`Ctx::verb_trimmed`]):
/// present forms of belief and state, and `took` (speakers took turns urging …).
const PLURAL_VERBS: &[&str] = &["believe", "remain", "fear", "think", "feel", "seem", "hope", "want", "took"];

/// How many words a role phrase may span.
const ROLE_SPAN: usize = 6;

/// How many bytes around a doubtful name are searched for it capitalised elsewhere.
const EVIDENCE: usize = 10_000;

/// Whether `w` is a plural without an -s that news uses as a subject (the women said,
/// some of the people say, police suspect).
pub(crate) fn irregular_plural(w: &str) -> bool {
    matches!(w, "women" | "men" | "people" | "children" | "police")
}

impl<'a> Ctx<'a> {
    /// The text of token `k` when it is a word.
    pub fn word(&self, k: usize) -> Option<&'a str> {
        self.toks.get(k).filter(|t| t.kind == Kind::Word).map(|t| t.text(self.text))
    }

    /// The classes of word `k` (0 for non-words).
    pub fn classes(&self, k: usize) -> u32 {
        let Some(m) = self.memo.get(k) else { return 0 };
        if m.classes.get() == UNKNOWN {
            let c = self.word(k).map_or(0, |w| self.lex.classes(w));
            m.classes.set(if c & class::STOP != 0 && c & (class::MALE | class::FEMALE) != 0 {
                self.name_sense(k, c)
            } else {
                c
            });
        }
        m.classes.get()
    }

    /// Whether word `k` is in the class `c` as written: all lowercase and with no
    /// trailing period, as the open-class lists of gazetteers/speaker-words.txt take their
    /// words (`Report` in a headline, `REPORT`, `report.` are not; a [`Lexicon`] look-up
    /// alone ignores case and a final period).
    pub fn lowercase_in(&self, k: usize, c: u32) -> bool {
        self.classes(k) & c != 0
            && self.word(k).is_some_and(|w| !w.ends_with('.') && !w.bytes().any(|b| b.is_ascii_uppercase()))
    }

    /// Rule R-CLOSE: whether word `k` is an adjective of relation that links a source to
    /// what it knows (sources close to the talks, people familiar with the plan, officials
    /// briefed on it): the source is the noun before it. The adjectives are the lowercase
    /// words of `[relation]` in gazetteers/speaker-words.txt.
    pub fn relation_adjective(&self, k: usize) -> bool {
        self.lowercase_in(k, class::RELATION)
    }

    /// Whether a postmodifier's phrase opens at word `k`, after a participle or an
    /// adjective of relation: a preposition or `by`, or an adverb and one of them (quoted
    /// by the agency, published jointly by the CPS, close to the campaign, released on
    /// Friday).
    pub fn postmodifier_follows(&self, k: usize) -> bool {
        let prep = |j: usize| self.classes(j) & class::PREP != 0 || self.word(j) == Some("by");
        prep(k) || (self.word(k).is_some_and(|w| w.len() > 3 && w.ends_with("ly")) && prep(k + 1))
    }

    /// Rule N1: a word that is never a name on its own (a month, `Even`) but is also a
    /// given name is a name word inside a name: as a surname after a capitalised name word
    /// or a title (Theresa May, Brian May, Mrs May), and as a given name before a surname
    /// when it is not an adverb and no preposition or stop word but a cue comes before
    /// it (April Ryan, said June Sarpong; not in June, last May). Never before a number
    /// (May 5) or after a day (Monday May 5). `c` is the word's own classes; its name
    /// sense drops the stop and adverb classes.
    fn name_sense(&self, k: usize, c: u32) -> u32 {
        let cap = |j: usize| self.toks.get(j).is_some_and(|t| t.kind == Kind::Word && t.cap);
        let raw = |j: usize| self.word(j).map_or(0, |w| self.lex.classes(w));
        let adjacent = |a: usize| {
            let (Some(x), Some(y)) = (self.toks.get(a), self.toks.get(a + 1)) else { return false };
            x.kind == Kind::Word
                && y.kind == Kind::Word
                && self.text.get(x.end as usize..y.start as usize) == Some(" ")
        };
        if !cap(k)
            || self.toks.get(k + 1).is_some_and(|t| {
                t.kind == Kind::Word && t.text(self.text).starts_with(|ch: char| ch.is_ascii_digit())
            })
        {
            return c;
        }
        let prev = k.checked_sub(1).filter(|&p| cap(p) && adjacent(p)).map(raw);
        let surname =
            prev.is_some_and(|p| p & class::TITLE != 0 || p & (class::STOP | class::PREP | class::DET) == 0);
        let next = Some(k + 1).filter(|&n| cap(n) && adjacent(k)).map(raw);
        let given = c & class::ADVERB == 0
            && next.is_some_and(|n| {
                n & (class::STOP | class::PREP | class::DET | class::TITLE | class::ROLE) == 0
            })
            && k.checked_sub(1).is_none_or(|p| {
                raw(p) & (class::STOP | class::PREP | class::DET | class::OPENER) == 0
                    || self.cue(p).is_some()
            });
        if surname || given { c & !(class::STOP | class::ADVERB) } else { c }
    }

    /// Whether token `k` is the punctuation `c`.
    pub fn punct(&self, k: usize, c: char) -> bool {
        self.toks.get(k).is_some_and(|t| t.is_punct(self.text, c))
    }

    /// Whether token `k` is a dash (—, –, -, or the horizontal bar ― some outlets set for
    /// the em dash).
    pub fn dash(&self, k: usize) -> bool {
        self.punct(k, '—') || self.punct(k, '–') || self.punct(k, '-') || self.punct(k, '―')
    }

    /// The cue starting at word `k`: its length in words and kind.
    /// Capitalised cues count only at the start of a sentence (Says Trump, …).
    pub fn cue(&self, k: usize) -> Option<(usize, CueKind)> {
        let t = self.toks.get(k).filter(|t| t.kind == Kind::Word)?;
        if t.cap && !t.sent_start {
            return None;
        }
        let m = self.memo.get(k)?;
        if m.cue.get() == u8::MAX {
            let words = (k..self.toks.len()).map_while(|j| self.word(j));
            let code = self.lex.cue(words).map_or(0, |(n, kind)| {
                let i = CUE_KINDS.iter().position(|&c| c == kind).unwrap_or(0);
                ((n.min(15) as u8) << 3) | (i as u8 + 1)
            });
            m.cue.set(code);
        }
        let code = m.cue.get();
        (code != 0)
            .then(|| ((code >> 3) as usize, CUE_KINDS[((code & 7) as usize - 1).min(CUE_KINDS.len() - 1)]))
    }

    /// Whether word `k` is capitalised and may be part of a name.
    pub fn name_word(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else { return false };
        if t.kind != Kind::Word || !t.cap {
            return false;
        }
        // An initial: the A. of Jill A. Martin.
        if t.end - t.start == 2 && self.text.as_bytes().get(t.end as usize - 1) == Some(&b'.') {
            return true;
        }
        let c = self.classes(k);
        if c & class::TITLE != 0 {
            return true;
        }
        // Hastily, at a sentence start, is an adverb (Kelly is a name, and so is a word
        // with a speech verb after it: Desailly says).
        let adverb = t.sent_start
            && t.text(self.text).ends_with("ly")
            && c & (class::MALE | class::FEMALE) == 0
            && self.cue(k + 1).is_none();
        (c & (class::STOP | class::PRONOUN | class::DET) == 0 && !adverb) || self.day_surname(k)
    }

    /// Whether the weekday at `k` is a surname: right after a given name, with no day
    /// word after it (said England sevens coach Mike Friday.; not: told Anna Friday night).
    fn day_surname(&self, k: usize) -> bool {
        k > 0
            && self.word(k).is_some_and(super::statements::weekday)
            && self.toks[k - 1].cap
            && self.classes(k - 1) & (class::MALE | class::FEMALE) != 0
            && self.classes(k - 1) & class::STOP == 0
            && !self.word(k + 1).is_some_and(|w| matches!(w, "night" | "morning" | "afternoon" | "evening"))
    }

    /// Whether a one-word name is doubtful: it opens its sentence, is no given name or
    /// title, no cue follows it, and the article never capitalises it elsewhere (Signs,
    /// Continue, Hours).
    pub(crate) fn doubtful(&self, np: &Np) -> bool {
        if np.kind != NpKind::Name || np.end != np.start + 1 {
            return false;
        }
        let Some(t) = self.toks.get(np.start) else { return true };
        let opens = t.sent_start || np.start == 0 || self.toks[np.start - 1].kind == Kind::Para;
        if !opens || self.classes(np.start) & (class::MALE | class::FEMALE | class::TITLE) != 0 {
            return false;
        }
        // Just ask him: an adverb opening its sentence names no one, cue or not.
        if self.classes(np.start) & class::ADVERB != 0 {
            return true;
        }
        let mut next = np.end;
        while self.word(next).is_some_and(|w| w.ends_with("ly") || self.classes(next) & class::ADVERB != 0) {
            next += 1;
        }
        if self.cue(next).is_some() {
            return false;
        }
        let Some(memo) = self.memo.get(np.start) else { return true };
        if memo.elsewhere.get() == 0 {
            let word = t.text(self.text);
            let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
            // Within a window around the word, so that long texts stay linear.
            let from = (t.start as usize).saturating_sub(EVIDENCE);
            let to = (t.end as usize).saturating_add(EVIDENCE).min(self.text.len());
            let window = &self.text.as_bytes()[from..to];
            let found = memchr::memmem::find_iter(window, word.as_bytes()).map(|p| p + from).any(|p| {
                let before = self.text[..p].trim_end_matches([' ', '\u{a0}']);
                p != t.start as usize
                    && before.len() < p
                    && !before.ends_with(['.', '!', '?', '"', '”', '\n', ':'])
                    && !before.is_empty()
            });
            memo.elsewhere.set(if found { 2 } else { 1 });
        }
        memo.elsewhere.get() == 1
    }

    /// Whether token `k` is an ampersand joining the words of a firm's name (Ernst & Young,
    /// Johnson & Johnson).
    pub fn ampersand(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.end == t.start + 1
                && t.kind == Kind::Punct
                && self.text.as_bytes().get(t.start as usize) == Some(&b'&')
        })
    }

    /// Whether word `k` is a hyphenated role whose last part is a title or role noun
    /// (co-chairman, Vice-President, Under-Secretary, ex-minister), or an accolade with
    /// `-of-the-` (Man-of-the-match Duff).
    pub fn hyphen_role(&self, k: usize) -> bool {
        let Some(w) = self.word(k).filter(|w| w.len() > 5) else { return false };
        // A plain byte loop: most words are short and have no hyphen.
        let Some(i) = w.bytes().rposition(|b| b == b'-') else { return false };
        let last = &w[i + 1..];
        // Man-of-the-match Duff, Player-of-the-year Ann Kerr: an accolade before the name.
        (last.len() > 2 && self.lex.classes(last) & (class::ROLE | class::TITLE) != 0)
            || w.contains("-of-the-")
    }

    /// Whether word `k` is a lowercase particle inside a name (de, van, bin).
    pub fn particle(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.cap) && self.classes(k) & class::PARTICLE != 0
    }

    /// A role phrase without the past-tense verb it ran into (The candidate changed …,
    /// stating / His campaign sent …, saying: the phrase is The candidate, His campaign): a
    /// lowercase word ending in -ed that is no role noun, or a common irregular past form
    /// after a role noun or name (The move came stays whole: no source).
    pub fn verb_trimmed(&self, mut np: Np) -> Np {
        if np.kind != NpKind::Role {
            return np;
        }
        // The company wants damages, claiming …: a verb after a singular head noun ends
        // the phrase (a cue, or a form in -s that is no noun of people or bodies).
        if let Some(k) = (np.start + 2..np.end).find(|&k| {
            !self.toks[k].cap
                && self.classes(k - 1) & class::HEAD != 0
                && (self.cue(k).is_some_and(|(_, kind)| kind == CueKind::Verb)
                    || self.word(k).is_some_and(|w| {
                        w.len() > 3
                            && w.ends_with('s')
                            && !w.ends_with("ss")
                            && self.classes(k) & (class::ROLE | class::ORG | class::HEAD) == 0
                            && !agent_noun(w)
                    }))
        }) {
            np.end = k;
        }
        // Many believe the figure is low - and fear …, speakers took turns urging …: a
        // verb after a plural or a quantifier ends the phrase.
        if let Some(k) = (np.start + 1..np.end).find(|&k| {
            !self.toks[k].cap
                && self.word(k).is_some_and(|w| PLURAL_VERBS.contains(&w))
                && self.word(k - 1).is_some_and(|p| {
                    (p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !p.eq_ignore_ascii_case("news"))
                        || irregular_plural(p)
                        || ["many", "most", "some", "few", "several", "all", "both", "others"]
                            .iter()
                            .any(|q| q.eq_ignore_ascii_case(p))
                })
        }) {
            np.end = k;
        }
        while np.end > np.start + 1 {
            let k = np.end - 1;
            let irregular = || {
                (self.toks[k - 1].cap || self.classes(k - 1) & class::ROLE != 0)
                    && self.word(k).is_some_and(|w| w.len() <= 8 && IRREGULAR_PAST.contains(&w))
            };
            let verb = (self.word(k).is_some_and(|w| w.ends_with("ed")) || irregular())
                && !self.toks[k].cap
                && self.classes(k) & class::ROLE == 0;
            if !verb {
                break;
            }
            np.end = k;
        }
        np
    }

    /// A role phrase without the adverbs it ran into before its verb (The chancellor also
    /// denied, The Basque newspaper Gara apparently said): lowercase adverbs of the lexicon
    /// or with an adverb's ending, kept when nothing but a determiner would remain.
    #[inline]
    pub fn adverb_trimmed(&self, mut np: Np) -> Np {
        if np.kind != NpKind::Role {
            return np;
        }
        while np.end > np.start + 2 {
            let k = np.end - 1;
            let Some(w) = self.word(k) else { break };
            let adverb = self.classes(k) & class::ADVERB != 0
                || matches!(w, "always" | "even")
                || (w.len() > 6
                    && ["ally", "ently", "ately", "ously", "edly"].iter().any(|e| w.ends_with(e)));
            if self.toks[k].cap || !adverb {
                break;
            }
            np.end = k;
        }
        np
    }

    /// Whether word `k` is a particle inside a name: one or two particles with a name word
    /// before them (Charles de Gaulle, María Cabal de la Cruz), not before `floor`.
    fn particles_after_name(&self, k: usize, floor: usize) -> bool {
        self.particle(k)
            && (k > floor && self.name_word(k - 1)
                || (k > floor + 1 && self.particle(k - 1) && self.name_word(k - 2)))
    }

    /// Whether word `k` is a possessive (Trump’s, officials’).
    pub fn possessive(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
    }

    /// The end of a full name ([`Ctx::full_name`]) opening at `k` and ending by `limit`,
    /// three words tried before two.
    pub fn full_name_end(&self, k: usize, limit: usize) -> Option<usize> {
        [k + 3, k + 2].into_iter().find(|&e| e <= limit && self.full_name(k, e))
    }

    /// Rule P3 (coordinated speakers): whether `[a, e)` is one person's full name of two
    /// or three words, a given name first, no title, possessive or organisation word.
    pub fn full_name(&self, a: usize, e: usize) -> bool {
        (a + 2..=a + 3).contains(&e)
            && e <= self.toks.len()
            && self.classes(a) & (class::MALE | class::FEMALE) != 0
            && (a..e).all(|j| {
                self.name_word(j)
                    && !self.possessive(j)
                    && self.classes(j) & (class::TITLE | class::ORG | class::ROLE | class::PARTY) == 0
            })
    }

    /// Whether word `k` is a quantity word before a partitive `of` (one of their lawyers,
    /// some of the delegates).
    fn quantifier(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| {
            ["one", "some", "many", "each", "both", "none", "most", "two", "three"]
                .iter()
                .any(|q| q.eq_ignore_ascii_case(w))
        })
    }

    /// Whether token `k` is the apostrophe of a plural possessive (Networks' chief, an
    /// acronym's NBS' editor): glued to a word ending in `s` or `S`, a token of its own
    /// since no letter follows it.
    pub fn plural_possessive(&self, k: usize) -> bool {
        let (Some(t), Some(prev)) = (self.toks.get(k), k.checked_sub(1).and_then(|p| self.toks.get(p)))
        else {
            return false;
        };
        t.kind == Kind::Punct
            && t.start == prev.end
            && matches!(t.text(self.text), "'" | "’")
            && prev.kind == Kind::Word
            && prev.text(self.text).ends_with(['s', 'S'])
    }

    /// Where the name proper starts in the capitalised run `[start, end)`: after the last
    /// title word that a non-title word follows, unless that is an `[org]` word right
    /// before the run's last word (Home Office Minister; a run ending in the `[org]` word,
    /// the Home Office, is mended when the name is resolved: `Names::body_name`); a role
    /// noun opening the run counts as a title (Actor Stephen Fry, Novelist Arthur Hailey).
    fn after_titles(&self, start: usize, end: usize) -> usize {
        // Referee Graham Poll, Drummer Larry Mullen: a capitalised agent noun opening a run
        // of three words or more, when it is no given name.
        let agent = |k: usize| {
            end >= start + 3
                && !self.ampersand(k + 1)
                && self.classes(k) & (class::MALE | class::FEMALE) == 0
                && self.word(k).is_some_and(|w| w.chars().skip(1).all(|c| c.is_lowercase()) && agent_noun(w))
        };
        // Retailer Woolworths, Carmaker Ford: a kind of business opening the run.
        let business = |k: usize| {
            k == start && end >= start + 2 && self.toks[k].cap && self.classes(k) & class::BUSINESS != 0
        };
        let title = |k: usize| {
            self.classes(k) & class::TITLE != 0
                || (self.toks[k].cap && self.hyphen_role(k))
                || (k == start && (self.classes(k) & class::ROLE != 0 || agent(k)))
                || business(k)
        };
        // Home Office Minister: a title word before the organisation word next to the
        // run's last word is part of the body's name.
        let body = |k: usize| k + 1 == end - 1 && self.classes(k) & class::ORG != 0;
        // Senate Minority Leader Zach Wahls, State Auditor Rob Sand: a capitalised role or
        // agent noun right before a given name and a surname ends the titles, whatever
        // capitalised words stand before it (rule P2).
        let given = class::MALE | class::FEMALE;
        let role_before_given = |k: usize| {
            k + 2 < end
                && self.toks[k].cap
                && self.toks[k + 1].cap
                && self.classes(k + 1) & given != 0
                && (agent(k)
                    || (self.classes(k) & class::ROLE != 0
                        && self.classes(k) & given == 0
                        && !self.ampersand(k + 1)))
        };
        let mut name_start = start;
        for k in start..end.saturating_sub(1) {
            if (title(k) && !title(k + 1) && !body(k + 1)) || role_before_given(k) {
                name_start = k + 1;
            }
        }
        name_start
    }

    /// Whether the article writes `word` right after a given name somewhere (Jake White),
    /// so that alone it is that surname.
    fn after_given_name(&self, word: &str) -> bool {
        let text = self.text.as_bytes();
        memchr::memmem::find_iter(text, word.as_bytes()).any(|at| {
            let before = &self.text[..at];
            let Some(prev) = before.strip_suffix(' ') else { return false };
            let given = prev.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let end = at + word.len();
            !text.get(end).is_some_and(u8::is_ascii_alphanumeric)
                && given.starts_with(|c: char| c.is_uppercase())
                && self.lex.classes(given) & (class::MALE | class::FEMALE) != 0
        })
    }

    /// A capitalised run `[start, end)` as a phrase: a name, or a role when only titles.
    pub fn name_np(&self, start: usize, end: usize) -> Np {
        // Mr White, Ms King: after Mr, Mrs, Ms or Miss a word of the title lists is the
        // surname.
        let honorific = end == start + 2
            && self
                .word(start)
                .is_some_and(|w| matches!(w.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Miss"));
        if honorific {
            return Np { start, end, name_start: start + 1, kind: NpKind::Name };
        }
        let name_start = self.after_titles(start, end);
        // said White: a lone word of a title's (White House, State Department) that is no
        // post or role of its own is a surname.
        let surname = end == start + 1
            && self.classes(start) & (class::TITLE | class::ROLE | class::POST | class::ORG) == class::TITLE
            && self.word(start).is_some_and(|w| self.after_given_name(w));
        let all_titles = !surname && (start..end).all(|k| self.classes(k) & class::TITLE != 0);
        Np { start, end, name_start, kind: if all_titles { NpKind::Role } else { NpKind::Name } }
    }

    /// Whether word `k` is the capitalised head word of an organisation's name (Bank,
    /// Department, University, Institute: the `[org]` class).
    fn org_head(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == Kind::Word && t.cap) && self.classes(k) & class::ORG != 0
    }

    /// Rule P1, read backwards: the start of an organisation's name whose complement
    /// after `of` or `for` begins at `start` (the Bank of England, the Department of the
    /// Treasury, the Institute of Personnel and Development, the Office for National
    /// Statistics), when the words before `start` are
    /// capitalised words joined by `and`, then `of` or `of the`, then a capitalised
    /// `[org]` head word; the name words before the head come too. None otherwise, so
    /// that a person's home (Sen. Ann Kerr of Ohio) never joins a name.
    fn org_of_start(&self, start: usize, floor: usize) -> Option<usize> {
        let mut j = start;
        for _ in 0..ORG_SPAN {
            if j < floor + 2 {
                return None;
            }
            // the Department for Culture, Media and Sport: a comma between the listed words.
            if self.punct(j - 1, ',') && self.name_word(j - 2) && !self.possessive(j - 2) {
                j -= 1;
                continue;
            }
            match self.word(j - 1)? {
                "of" | "for"
                    if self.org_head(j - 2)
                        || self.word(j - 1) == Some("of") && self.office_of(j - 2, start, floor) =>
                {
                    let mut s = j - 2;
                    while s > floor && self.name_word(s - 1) && !self.possessive(s - 1) {
                        s -= 1;
                    }
                    return Some(s);
                }
                "the" if self.word(j - 2) == Some("of") => j -= 1,
                // Association of Directors of Housing Services: an inner `of` between
                // name words, the head further back.
                "of" if self.name_word(j - 2) && !self.possessive(j - 2) => j -= 1,
                "and" if self.name_word(j - 2) && self.classes(j) & class::TITLE == 0 => j -= 1,
                _ if self.name_word(j - 1) && !self.possessive(j - 1) => j -= 1,
                _ => return None,
            }
        }
        None
    }

    /// Rule P1c (a holder after the office and its body): when the capitalised run
    /// `[k, end)` is all title words and `of` (or `of the`) and a body's capitalised words
    /// follow, then a given name and a surname, the phrase runs to the name's end, the
    /// name proper starting at the given name (Chairman of the Environmental Audit
    /// Committee Peter Ainsworth; not Secretary of State alone, whose complement holds no
    /// given name).
    fn titled_holder_of(&self, k: usize, end: usize, limit: usize) -> Option<Np> {
        if self.word(end) != Some("of") || !(k..end).all(|j| self.classes(j) & class::TITLE != 0) {
            return None;
        }
        let mut b = end + 1;
        if self.word(b).is_some_and(|w| w == "the") {
            b += 1;
        }
        let given = |j: usize| self.toks[j].cap && self.classes(j) & (class::MALE | class::FEMALE) != 0;
        let mut j = b;
        while j < limit && j < b + ORG_SPAN && self.name_word(j) && !given(j) && !self.possessive(j) {
            j += 1;
        }
        // The body has a word of its own, then a given name and a capitalised surname.
        if j == b || j + 1 >= limit || !given(j) || !self.name_word(j + 1) {
            return None;
        }
        let name_end = self.full_name_end(j, limit)?;
        Some(Np { start: k, end: name_end, name_start: j, kind: NpKind::Name })
    }

    /// Rule P1b (offices named by their seat): whether word `k`, before `of`, is a
    /// capitalised title whose complement is the one capitalised word at `start` (the
    /// Archbishop of Westminster, the Mayor of Ruritania): the office is the name; a
    /// given name after `of` or a longer run is left to the other rules.
    fn office_of(&self, k: usize, start: usize, floor: usize) -> bool {
        k >= floor
            && k + 2 == start
            && self.toks[k].cap
            && self.classes(k) & class::TITLE != 0
            && self.classes(start) & (class::MALE | class::FEMALE | class::TITLE) == 0
            && self.toks.get(start + 1).is_none_or(|t| t.kind != Kind::Word || !t.cap)
    }

    /// Rule P1: the phrase `[start, end)` that opens with an organisation's name whose
    /// complement after `of` runs on from `from`. Either the organisation's name, with no
    /// titles (`of` and its head stay in it), or, when a capitalised title stands after
    /// `from` with a name after it (no role or organisation word), that person, the
    /// organisation and title before the name being their title (Reserve Bank of Ruritania
    /// Governor Ann Kerr; not the Association of Chief Police Officers).
    fn org_np(&self, start: usize, from: usize, end: usize) -> Np {
        let title = (from..end.saturating_sub(1))
            .rev()
            .find(|&j| self.toks[j].cap && self.classes(j) & class::TITLE != 0)
            // The Association of Chief Police Officers: role or organisation words after the
            // title belong to the organisation's name.
            .filter(|&t| (t + 1..end).all(|j| self.classes(j) & (class::ROLE | class::ORG) == 0));
        let name_start = title.map_or(start, |t| t + 1);
        Np { start, end, name_start, kind: NpKind::Name }
    }

    /// Rule P1, read forwards: the end of an organisation's name whose head word ends at
    /// `end` (`said the Bank of England`): over `of` (or `of the`) and the capitalised
    /// words after it, joined by `and`. None when the word before `end` is no `[org]` head
    /// or no name follows.
    fn org_of_end(&self, end: usize, limit: usize) -> Option<usize> {
        // The Institute for Fiscal Studies, the Department for Transport: `for` as `of`.
        if end == 0 || !self.org_head(end - 1) || !matches!(self.word(end), Some("of" | "for")) {
            return None;
        }
        let mut j = end + 1;
        if self.word(j) == Some("the") {
            j += 1;
        }
        if j >= limit || !self.name_word(j) {
            return None;
        }
        let mut last = j;
        while j < limit && j < end + 1 + 2 * ORG_SPAN {
            if self.name_word(j) {
                last = j;
                j += 1;
            } else if self.word(j) == Some("and")
                && j + 1 < limit
                && self.name_word(j + 1)
                && self.classes(j + 1) & class::TITLE == 0
            {
                j += 1;
            } else if self.word(j) == Some("of") && j + 1 < limit && self.name_word(j + 1) {
                // Association of Directors of Housing Services: an inner `of`.
                j += 1;
            } else {
                break;
            }
        }
        Some(last + 1)
    }

    /// The speaker phrase starting at token `k`, ending before `limit`.
    pub fn np_forward(&self, k: usize, limit: usize) -> Option<Np> {
        if k >= limit {
            return None;
        }
        let t = self.toks.get(k).filter(|t| t.kind == Kind::Word)?;
        let c = self.classes(k);
        if c & class::PRONOUN != 0 {
            let who = self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("who"));
            return (!who).then_some(Np { start: k, end: k + 1, name_start: k, kind: NpKind::Pronoun });
        }
        // de la Cruz said: a name may open with its particles.
        let particle_opens = |j: usize| {
            self.particle(j) && (self.name_word(j + 1) || (self.particle(j + 1) && self.name_word(j + 2)))
        };
        if self.name_word(k) || particle_opens(k) {
            let mut end = k + 1;
            while end < limit
                && (self.name_word(end)
                    || particle_opens(end)
                    || (self.ampersand(end) && self.name_word(end + 1))
                    || (self.word(end) == Some("and")
                        && (k..end).all(|j| self.classes(j) & (class::MALE | class::FEMALE) == 0)
                        && self.and_joins_body(end, limit)))
            {
                if self.possessive(end - 1) {
                    break;
                }
                end += 1;
            }
            // said Ann Kerr and Tom Hart: two people's full names are one speaker.
            if self.word(end) == Some("and") && self.full_name(k, end) {
                let second = self.full_name_end(end + 1, limit);
                if let Some(e) = second.filter(|&e| !self.name_word(e)) {
                    return Some(Np { start: k, end: e, name_start: k, kind: NpKind::Name });
                }
            }
            // Chairman of the Environmental Audit Committee Peter Ainsworth: a title, `of`,
            // a body's capitalised name and a person's full name (rule P1c).
            if let Some(np) = self.titled_holder_of(k, end, limit) {
                return Some(np);
            }
            // An organisation's name runs on over `of` (rule P1); what may follow a name
            // (a possessive, a role and a name) may follow it too.
            let head_end = end;
            let org = self.org_of_end(end, limit);
            let end = org.unwrap_or(end);
            if self.possessive(end - 1) {
                // Trump’s spokesman Hope Hicks: the phrase after the possessive.
                let inner = self.np_forward(end, limit)?;
                return Some(Np { start: k, ..inner });
            }
            if end + 1 < limit && self.plural_possessive(end) && self.name_word(end + 1) {
                // Sky Networks' Sophie Turner: the name after a plural possessive.
                let inner = self.np_forward(end + 1, limit)?;
                return Some(Np { start: k, ..inner });
            }
            if end < limit && !self.toks[end].cap && self.classes(end) & class::DET == 0 {
                // Los Angeles-based attorney Edgar Martirosyan: modifier, role, name; not a
                // verb and its object's examples (Morgan Freeman beat actors including Clive
                // Owen).
                let examples = |n: &Np| (end..n.name_start).any(|j| self.word(j).is_some_and(example_word));
                if let Some(inner) =
                    self.np_forward(end, limit).filter(|n| n.kind == NpKind::Name && !examples(n))
                {
                    return Some(Np { start: k, ..inner });
                }
            }
            // Church ministers, Chelsea fans: a name before a lowercase role noun modifies it.
            let role = |j: usize| {
                j < limit
                    && self.word(j).is_some()
                    && !self.toks[j].cap
                    && self.classes(j) & (class::ROLE | class::DET | class::STOP | class::ADVERB)
                        == class::ROLE
            };
            if role(end) {
                let mut j = end + 1;
                while role(j) {
                    j += 1;
                }
                return Some(Np { start: k, end: j, name_start: k, kind: NpKind::Role });
            }
            if org.is_some() {
                return Some(self.org_np(k, head_end, end));
            }
            let np = self.name_np(k, end);
            return (!self.doubtful(&np)).then_some(np);
        }
        let det_or_role = c & (class::DET | class::ROLE) != 0;
        // the Archbishop of Westminster: an office by its seat (rule P1b); not as an
        // appositive after a comma (Cardinal Ann Roe, the Archbishop of Westminster, said).
        if c & class::DET != 0
            && k + 3 < limit
            && !(k > 0 && self.punct(k - 1, ','))
            && self.word(k + 2) == Some("of")
            && self.office_of(k + 1, k + 3, k)
        {
            return Some(Np { start: k, end: k + 4, name_start: k + 1, kind: NpKind::Name });
        }
        // the Bank of England: a determiner before an organisation's name (rule P1).
        if c & class::DET != 0 && self.name_word(k + 1) {
            let mut e = k + 2;
            while e < limit && self.name_word(e) && !self.possessive(e - 1) {
                e += 1;
            }
            // …not before a role noun (a Department for Education and Skills source: rule P5).
            let role_after = |end: usize| {
                self.word(end).is_some() && !self.toks[end].cap && self.classes(end) & class::ROLE != 0
            };
            if let Some(end) = self.org_of_end(e, limit).filter(|&end| !role_after(end)) {
                let np = self.org_np(k + 1, e, end);
                return Some(Np { start: k, ..np });
            }
        }
        if t.cap && !det_or_role {
            return None;
        }
        if !det_or_role
            && (c & (class::STOP | class::PREP | class::ADVERB) != 0
                || self.clause_word(k)
                || self.cue(k).is_some())
        {
            return None;
        }
        // A role phrase: determiner and modifiers up to a preposition, cue or punctuation;
        // a name at its end makes it a title (the Post's editor Steven Ginsberg).
        let mut j = k;
        // Whether the phrase went on over `one of the`: a name after it is the group's.
        let mut partitive = false;
        while j < limit && j < k + ROLE_SPAN + 2 && self.word(j).is_some() {
            let cj = self.classes(j);
            let det = cj & class::DET != 0 && cj & class::ROLE == 0;
            // chief of staff, secretary of state: `of` inside a role.
            // (not before a determiner: the chief executive of a car maker ends before `of`,
            // whose phrase is skipped like a spokesman's `for the firm`)
            let of_role = self.word(j) == Some("of")
                && self.classes(j - 1) & class::ROLE != 0
                && self.word(j + 1).is_some()
                && (self.classes(j + 1) & class::DET == 0 || self.quantifier(j - 1));
            // one of their lawyers: a determiner right after `one of`, `some of`.
            let of_det = j >= k + 2 && self.word(j - 1) == Some("of") && self.quantifier(j - 2);
            // an angry Hollande retaliated / Chairman Ann Roe sharply rebuked: a verb-like
            // word or an adverb after a name ends the phrase.
            let verb_like =
                self.word(j).is_some_and(|w| w.ends_with("ed") || w.ends_with('s') || w.ends_with("ly"))
                    && cj & class::ROLE == 0;
            let after_name = j > k + 1 && self.name_word(j - 1) && !self.toks[j].cap && verb_like;
            // presidential candidate Jeb Bush broke down …: a lowercase word that is no role
            // ends the phrase after a name that follows a role noun.
            let after_titled_name = j > k + 1
                && self.name_word(j - 1)
                && !self.toks[j].cap
                && cj & class::ROLE == 0
                && !matches!(self.word(j), Some("and" | "or"))
                && self.titled_name_before(j, k);
            // one analyst quoted by the agency, the leaflet published jointly by the CPS: a
            // participle and its phrase after the head end the phrase. (A document's maker
            // after `by` is its source: a report published by Ofcom, below.)
            let document =
                |m: usize| self.classes(m) & (class::DOCUMENT | class::SPEECH_NOUN | class::MEDIUM) != 0;
            let participle = j > k
                && cj & class::ROLE == 0
                && (self.classes(j - 1) & class::ROLE != 0 || self.word(j - 1).is_some_and(agent_noun))
                && self.word(j).is_some_and(|w| w.ends_with("ed"))
                && (self.classes(j + 1) & class::PREP != 0
                    || (!document(j - 1) && self.postmodifier_follows(j + 1)));
            // a source close to the campaign, officials familiar with the plan: an adjective
            // of relation and its phrase belong to the source (rule R-CLOSE).
            // (A person close to the Clintons: no holder's name at its end. An object that is
            // no phrase read here runs to the next punctuation, clause word or cue within a
            // few words: one person close to her that …, a person familiar with Johnson's
            // views. Beyond them the source ends before the adjective.)
            let relation = j > k
                && self.classes(j - 1) & (class::DET | class::STOP) == 0
                && self.relation_adjective(j)
                && self.classes(j + 1) & class::PREP != 0;
            if relation
                && let Some(end) = self.np_forward(j + 2, limit).map(|o| o.end).or_else(|| {
                    (j + 3..limit.min(j + 2 + RELATION_OBJECT))
                        .find(|&m| self.word(m).is_none() || self.clause_word(m) || self.cue(m).is_some())
                })
            {
                return Some(Np { start: k, end, name_start: k, kind: NpKind::Role });
            }
            partitive |= det && of_det;
            // Rule P5: a Department for Education and Skills source: `for`, `of`, `and` or `&`
            // between the capitalised words of a body's name.
            if j > k && self.name_word(j - 1) && self.body_name_before_role(j) {
                j += 1;
                continue;
            }
            // a report published by research consultancy Analysys, a court document filed
            // by state attorney Dave Aronberg, figures revealed by the Electoral Commission:
            // a document's maker after `by` is the source.
            if j > k
                && document(j - 1)
                && self.lowercase_in(j, class::AUTHORSHIP)
                && let Some(by) = (j + 1..=j + 3).find(|&b| self.word(b) == Some("by"))
                && (j + 1..by).all(|m| self.word(m).is_some_and(|w| w.ends_with("ly") || w == "up" || w == "out"))
                && let Some(maker) = self.np_forward(by + 1, limit)
                && matches!(maker.kind, NpKind::Name)
                // (not a modifier of a longer phrase: UK-based research consultancy Analysys)
                && self.word(maker.end).is_none_or(|w| {
                    !w.starts_with(|c: char| c.is_lowercase())
                        || self.classes(maker.end) & class::PREP != 0
                        || self.cue(maker.end).is_some()
                })
            {
                return Some(maker);
            }
            if j > k
                && !of_role
                && ((det && !of_det)
                    || after_name
                    || after_titled_name
                    || participle
                    || relation
                    || cj & (class::PREP | class::PRONOUN) != 0
                    || (cj & class::ADVERB != 0 && self.name_word(j - 1))
                    || self.cue(j).is_some()
                    || self.clause_word(j))
            {
                break;
            }
            j += 1;
        }
        if j == k + 1 && c & class::ROLE == 0 {
            return None;
        }
        let mut name = j;
        while name > k + 1 && self.name_word(name - 1) {
            name -= 1;
        }
        // the World Travel and Tourism Council: a body's name ending in an `[org]` head word
        // keeps `and`, `of` or `for` between its capitalised words.
        if name < j && self.org_head(j - 1) {
            while name > k + 2 && self.connector(name - 1) && self.name_word(name - 2) {
                name -= 2;
                while name > k + 1 && self.name_word(name - 1) {
                    name -= 1;
                }
            }
        }
        // A single lowercase agent noun before a name is its role (says psychologist Tom
        // Hart), not a verb (met Peter Hansen).
        // ranking Democrat Elijah Cummings: a party word opening the name's run.
        // …and so is a lowercase agent noun right before a full name, after its modifiers
        // (double try scorer Martyn Williams, record producer Ann Kerr).
        // frontwoman, spokesman, businessperson: person nouns as agent nouns here.
        let person = |w: &str| {
            agent_noun(w) || (w.len() > 5 && ["man", "woman", "person"].iter().any(|e| w.ends_with(e)))
        };
        let titled = || {
            (k..name).any(|m| self.classes(m) & (class::ROLE | class::TITLE) != 0 || self.hyphen_role(m))
                || (name == k + 1 && j >= name + 2 && self.word(k).is_some_and(person))
                || (name > k + 1
                    && j >= name + 2
                    && !self.toks[name - 1].cap
                    && self.word(name - 1).is_some_and(person)
                    && self.classes(name) & (class::MALE | class::FEMALE) != 0)
                || (j >= name + 3 && self.classes(name) & class::PARTY != 0)
        };
        if name < j && !self.toks[name - 1].cap && !partitive && (det_or_role || titled()) {
            let inner = self.name_np(name, j);
            // (the Finance and Economy Ministry: no title stripped up to a connector)
            let name_start = if self.connector(inner.name_start) { name } else { inner.name_start };
            return Some(Np { start: k, end: j, name_start, kind: NpKind::Name });
        }
        // Without a determiner or role noun first, a name (political scientist Christopher
        // Wlezien) or a role noun (federal prosecutors) ends the phrase.
        let role_end = self.classes(j - 1) & class::ROLE != 0 && !self.toks[j - 1].cap;
        (det_or_role || role_end).then_some(Np { start: k, end: j, name_start: k, kind: NpKind::Role })
    }

    /// Whether the `and` at `k` joins the capitalised words of a body's name whose
    /// `[org]` head word ends the run after it, within three words (Baoshan Iron and Steel
    /// Co., the Finance and Economy Ministry); no given name after it.
    fn and_joins_body(&self, k: usize, limit: usize) -> bool {
        let mut j = k + 1;
        while j < limit && j <= k + 3 && self.name_word(j) && self.toks[j].cap {
            if self.classes(j) & (class::MALE | class::FEMALE) != 0 {
                return false;
            }
            j += 1;
        }
        j > k + 1 && self.org_head(j - 1) && !self.name_word(j)
    }

    /// Whether token `k` may join the capitalised words of a body's name: `for`, `of`,
    /// `and` or `&` (Department for Work and Pensions, M&S).
    fn connector(&self, k: usize) -> bool {
        self.ampersand(k) || matches!(self.word(k), Some("for" | "of" | "and"))
    }

    /// Whether the connector at `j` goes on with a body's name that ends at a lowercase
    /// role noun (a Department for Education and Skills source), not at a cue or a
    /// preposition (analyst Ann Kerr of Barclays Capital said).
    fn body_name_before_role(&self, j: usize) -> bool {
        if !self.connector(j) || !self.name_word(j + 1) {
            return false;
        }
        let mut m = j + 1;
        loop {
            while self.name_word(m) {
                m += 1;
            }
            if self.connector(m) && self.name_word(m + 1) {
                m += 1;
                continue;
            }
            break;
        }
        self.word(m).is_some() && !self.toks[m].cap && self.classes(m) & class::ROLE != 0
    }

    /// Whether the run of name words ending before `j` (and after `k`) follows a
    /// lowercase role noun (candidate Jeb Bush, spokesman Ann Roe).
    fn titled_name_before(&self, j: usize, k: usize) -> bool {
        let mut a = j - 1;
        while a > k && self.name_word(a - 1) {
            a -= 1;
        }
        // Not a count or determiner (one Trump confidant said).
        a > k
            && !self.toks[a - 1].cap
            && self.classes(a - 1) & (class::ROLE | class::DET | class::QUANTITY) == class::ROLE
    }

    /// Whether word `k` opens a clause and so ends a phrase (that, which, who, is).
    pub fn clause_word(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| {
            matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "whose"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "had"
                    | "have"
                    | "will"
                    | "would"
                    | "did"
                    | "does"
                    | "do"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "be"
            )
        })
    }

    /// Rule P4: a capitalised post after `the`, with no name in it, is a role phrase, not
    /// a name (the Prime Minister, The Chancellor, the Foreign Secretary, the MEP); so is
    /// such a post with its `of` complement (the Archbishop of Canterbury, the Mayor of
    /// London). A post is a one-word title of the title list or a member's postnominal (MP,
    /// MEP); a role noun that may head a body's name (the Scottish Executive) is none, and
    /// a post in a body's name is none either (the Office of the Deputy Prime Minister,
    /// the committee for the Deputy Prime Minister).
    /// `[start, k]` is the run of capitalised words that ends at the cue.
    fn capitalised_role(&self, start: usize, k: usize, floor: usize) -> Option<Np> {
        let title = |j: usize| self.toks[j].cap && self.classes(j) & (class::TITLE | class::ROLE) != 0;
        // Not a complement of a longer name (the Office of the Deputy Prime Minister).
        let the = |j: usize| {
            self.word(j).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && !(j > floor && matches!(self.word(j - 1), Some("of" | "for" | "to")))
        };
        // The title's words: every word a title word but for one modifier before the last
        // (Foreign Secretary, Health Secretary, Prime Minister).
        let post = |j: usize| {
            let c = self.classes(j);
            let member = c & (class::POSTNOMINAL | class::PARTY) == class::POSTNOMINAL | class::PARTY;
            self.toks[j].cap && c & class::ORG == 0 && (c & class::POST != 0 || member)
        };
        // The Glasgow Kelvin MP: a member's post after a constituency of any length.
        let member = |j: usize| {
            let c = self.classes(j);
            c & (class::POSTNOMINAL | class::PARTY) == class::POSTNOMINAL | class::PARTY
        };
        let run_is_title = |a: usize, b: usize| {
            post(b)
                && !self.possessive(b)
                && ((a..b).filter(|&j| !title(j)).count() <= usize::from(b > a)
                    || (member(b) && (a..b).all(|j| self.toks[j].cap && self.word(j).is_some())))
        };
        if start > floor && the(start - 1) && run_is_title(start, k) {
            return Some(Np { start: start - 1, end: k + 1, name_start: start - 1, kind: NpKind::Role });
        }
        // the Archbishop of Canterbury: back over `of` to a title after `the`.
        let of = start.checked_sub(1).filter(|&j| j > floor && self.word(j) == Some("of"))?;
        let mut t = of;
        while t > floor && t + 3 > of && self.toks[t - 1].cap && self.word(t - 1).is_some() && !the(t - 1) {
            t -= 1;
        }
        (t > floor && the(t - 1) && run_is_title(t, of - 1)).then(|| Np {
            start: t - 1,
            end: k + 1,
            name_start: t - 1,
            kind: NpKind::Role,
        })
    }

    /// The speaker phrase ending with token `k` (inclusive), starting at or after `floor`.
    pub fn np_backward(&self, k: usize, floor: usize) -> Option<Np> {
        let t = self.toks.get(k).filter(|t| t.kind == Kind::Word)?;
        if k < floor {
            return None;
        }
        let c = self.classes(k);
        if c & class::PRONOUN != 0 {
            let who = self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("who"));
            let kind = if who { NpKind::Who } else { NpKind::Pronoun };
            return Some(Np { start: k, end: k + 1, name_start: k, kind });
        }
        if self.possessive(k) {
            return None;
        }
        if self.name_word(k) && c & class::ROLE == 0 || (t.cap && c & class::TITLE != 0) {
            let mut start = k;
            while start > floor
                && (self.name_word(start - 1)
                    || self.particles_after_name(start - 1, floor)
                    || (self.ampersand(start - 1) && start >= floor + 2 && self.name_word(start - 2)))
                && !self.possessive(start - 1)
            {
                start -= 1;
            }
            // the Finance and Economy Ministry: one more capitalised word before `and`,
            // after a determiner or possessive, when an organisation word ends the name.
            // (Baoshan Iron and Steel Co.: up to three such words, none a given name, after
            // a determiner, a possessive, a lowercase word or the phrase's start.)
            if self.toks[k].cap
                && self.classes(k) & class::ORG != 0
                && start >= floor + 2
                && self.word(start - 1) == Some("and")
            {
                let word = |j: usize| {
                    self.name_word(j)
                        && self.toks[j].cap
                        && self.classes(j) & (class::MALE | class::FEMALE) == 0
                };
                let mut a = start - 1;
                while a > floor && a + 3 >= start && word(a - 1) && !self.possessive(a - 1) {
                    a -= 1;
                }
                if a < start - 1
                    && (a == floor
                        || self.classes(a - 1) & class::DET != 0
                        || self.possessive(a - 1)
                        || self.word(a - 1).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase())))
                {
                    start = a;
                }
            }
            if let Some(role) = self.capitalised_role(start, k, floor) {
                return Some(role);
            }
            if let Some(org_start) = self.org_of_start(start, floor) {
                return Some(self.org_np(org_start, start, k + 1));
            }
            // Ann Kerr and Tom Hart said: two people's full names are one speaker.
            if start >= floor + 3
                && self.word(start - 1) == Some("and")
                && self.full_name(start, k + 1)
                && let Some(first) =
                    (start.saturating_sub(4).max(floor)..start - 2).find(|&a| self.full_name(a, start - 1))
            {
                return Some(Np { start: first, end: k + 1, name_start: first, kind: NpKind::Name });
            }
            let np = self.name_np(start, k + 1);
            return (!self.doubtful(&np)).then_some(np);
        }
        if c & class::ROLE == 0 {
            // the secretary of state: a role with its complement.
            let of = k >= floor + 2 && self.word(k - 1).is_some_and(|w| w == "of");
            if of {
                return self
                    .np_backward(k - 2, floor)
                    .filter(|n| n.kind == NpKind::Role)
                    .map(|n| Np { end: k + 1, ..n });
            }
            // the GOP front-runner: a determiner a few words back.
            if t.cap || c & (class::STOP | class::ADVERB | class::PREP) != 0 || self.clause_word(k) {
                return None;
            }
            let det = (floor..k).rev().take(ROLE_SPAN).take_while(|&p| {
                self.word(p).is_some()
                    && !self.clause_word(p)
                    && self.classes(p) & (class::PREP | class::PRONOUN) == 0
                    && self.cue(p).is_none()
            });
            let start = det.into_iter().find(|&p| self.classes(p) & class::DET != 0 || self.possessive(p))?;
            return Some(Np { start, end: k + 1, name_start: start, kind: NpKind::Role });
        }
        // A role phrase: back over role nouns and modifiers to a determiner or possessive.
        // Lowercase `that` before a plural head is a relative, not a demonstrative (the
        // information that investigators said they found; those investigators).
        let plural_head =
            self.word(k).is_some_and(|w| (w.ends_with('s') && !w.ends_with("ss")) || irregular_plural(w));
        let mut start = k;
        while start > floor && start + ROLE_SPAN > k + 1 {
            let p = start - 1;
            let pc = self.classes(p);
            // Rule P5: a Department for Constitutional Affairs spokeswoman, an M&S spokesman: on over
            // `for`, `of`, `and` or `&` between the capitalised words of a body's name.
            let connector = p > floor
                && !self.toks[k].cap
                && self.toks[p + 1].cap
                && self.name_word(p - 1)
                && self.connector(p);
            if connector {
                start = p;
                continue;
            }
            // the Finance and Economy Ministry: `and` between the capitalised words of a
            // body's name ending in its organisation word (not over an owner before it:
            // South Korea's).
            if self.toks[k].cap
                && self.classes(k) & class::ORG != 0
                && p > floor
                && self.word(p) == Some("and")
                && self.toks[p + 1].cap
                && self.name_word(p - 1)
                && self.toks[p - 1].cap
                && self.classes(p - 1) & (class::MALE | class::FEMALE) == 0
            {
                start = p - 1;
                if p - 1 > floor && self.possessive(p - 2) {
                    break;
                }
                continue;
            }
            // the Commons work and pensions committee, the comic and actor: `and` between
            // two lowercase modifiers, or two heads that are role or agent nouns, when the
            // phrase goes on back to its determiner or a capitalised word within two words
            // (not after a verb: he left and union leaders said; not a clause's object
            // before another subject: it has its problems and analysts warn).
            let modifiers = p + 1 < k;
            if self.word(p) == Some("and")
                && p > floor + 1
                && (modifiers
                    || self.classes(p - 1) & class::ROLE != 0
                    || self.word(p - 1).is_some_and(agent_noun))
                && self.word(p - 1).is_some_and(|w| !w.ends_with("ed") && w.len() > 2)
                && !self.toks[p - 1].cap
                && self.classes(p - 1)
                    & (class::PRONOUN | class::ADVERB | class::STOP | class::PREP | class::DET)
                    == 0
                && self.cue(p - 1).is_none()
                && (p.saturating_sub(3).max(floor)..p - 1)
                    .any(|j| self.classes(j) & class::DET != 0 || (self.toks[j].cap && self.name_word(j)))
            {
                start = p - 1;
                continue;
            }
            // the Musicians' Union, the Farmers' Union: a plural possessive inside a body's
            // name, before its capitalised organisation word.
            if self.toks[k].cap
                && self.classes(k) & class::ORG != 0
                && p > floor
                && self.plural_possessive(p)
                && self.toks[p - 1].cap
                && (p + 1..=k).all(|j| self.toks[j].cap)
            {
                start = p - 1;
                continue;
            }
            // Scotland's first minister, the last president: an ordinal after a determiner
            // or possessive is a modifier, not the adverb of `first said`.
            let ordinal = self.word(p).is_some_and(|w| matches!(w, "first" | "last"))
                && p > floor
                && (self.classes(p - 1) & class::DET != 0 || self.possessive(p - 1));
            if self.word(p).is_none()
                || (pc & (class::PRONOUN | class::ADVERB) != 0 && !ordinal)
                || self.cue(p).is_some()
            {
                break;
            }
            // an All England club spokesperson: a capitalised stop word between a
            // determiner and a capitalised word, inside a sentence, opens a name.
            let in_name = self.toks[p].cap
                && !self.toks[p].sent_start
                && self.toks[p + 1].cap
                && p > floor
                && self.classes(p - 1) & class::DET != 0;
            if (pc & class::STOP != 0 && pc & class::DET == 0 && !in_name)
                || (plural_head && self.word(p) == Some("that"))
            {
                break;
            }
            start = p;
            // The prime minister's office: on over a possessive to its own determiner.
            let possessor = self.possessive(p) && !self.toks[p].cap;
            if pc & class::DET != 0 || (self.possessive(p) && !possessor) {
                break;
            }
        }
        Some(Np { start, end: k + 1, name_start: start, kind: NpKind::Role })
    }
}

/// Words that introduce examples of a group (actors including Clive Owen, rivals like Ann
/// Roe): the names after them are not the title of a name before the group.
fn example_word(w: &str) -> bool {
    ["like", "including", "unlike", "especially", "notably", "except", "excluding"]
        .iter()
        .any(|e| e.eq_ignore_ascii_case(w))
}
