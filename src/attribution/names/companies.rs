//! Rule 14b (companies the gazetteer does not know): `the company`, `the firm`, `the
//! airline` stands for the business the text named just before it as one, when no
//! gazetteer organisation of that kind is near ([`Names::organisation_before`]). Rule 14c:
//! `the federation` stands for the body named before it with that word at the end of its
//! name (the Police Federation). Rule 14i: a business the lead describes (A US bank has
//! said …) is the one whose name opens the next sentence (Riggs Bank will …).
//!
//! Most businesses in the news are in no gazetteer (Macrovision, Maruti, Umbro). A
//! capitalised name counts as a business only on the text's own evidence, so that a
//! product, a person or a place near the phrase is never taken for it: the name is the
//! subject of a speech verb (Acme said), owns something (Acme's profits), or follows a
//! business noun (software firm Acme, the carmaker Acme).

use super::{BUSINESS_NOUNS, Names, business_head, span_text, strip_possessive};
use crate::attribution::lexicon::{CueKind, class};
use crate::attribution::phrases::{Np, NpKind};
use crate::attribution::tokens::Kind;

/// Whether `w` stands for a business after `the`: one of [`BUSINESS_NOUNS`], or a group,
/// chain or operator.
fn business_noun(w: &str) -> bool {
    BUSINESS_NOUNS.contains(&w) || matches!(w, "group" | "chain" | "operator")
}

/// Whether a lowercase word before a name describes it as a business or other body (rule
/// 14e): a [`business_noun`], or giant, maker, firms, companies, regulator, watchdog.
fn business_description(w: &str) -> bool {
    business_noun(w) || matches!(w, "giant" | "maker" | "firms" | "companies" | "regulator" | "watchdog")
}

/// The lowercase nouns that end a body's name and stand for it after `the` (rule 14c).
const BODY_NOUNS: [&str; 22] = [
    "federation",
    "association",
    "union",
    "council",
    "agency",
    "authority",
    "institute",
    "foundation",
    "society",
    "league",
    "board",
    "trust",
    "academy",
    "bureau",
    "alliance",
    "coalition",
    "commission",
    "committee",
    "fund",
    "festival",
    "government",
    "executive",
];

/// How many bytes before `the federation` the body may be named.
const BODY_REACH: usize = 3_000;

/// How many bytes before the phrase its business may be named.
const REACH: usize = 1_500;

/// How many bytes around a name are searched for it written as a person's.
const SCOPE: usize = 30_000;

/// How many words a business's name may have.
const NAME_WORDS: usize = 4;

impl<'a> Names<'a> {
    /// Rule 14b: the name of the business `the company` (or another [`business_noun`])
    /// stands for: the last capitalised name within [`REACH`] bytes before it that the
    /// text shows to be a business, and no person or place. None when the phrase is no
    /// such noun or no name qualifies.
    pub(super) fn company_before(&self, np: &Np) -> Option<&'a str> {
        self.company_after(np, 0)
    }

    /// [`Names::company_before`], reading no word that starts before byte `from`.
    pub(super) fn company_after(&self, np: &Np, from: usize) -> Option<&'a str> {
        let ctx = self.ctx;
        if np.kind != NpKind::Role || !self.the_noun(np).is_some_and(|n| business_noun(n) || business_head(n))
        {
            return None;
        }
        let at = ctx.toks[np.start].start as usize;
        let mut k = np.start;
        while k > 0 && ctx.toks[k - 1].end as usize + REACH >= at && ctx.toks[k - 1].start as usize >= from {
            k -= 1;
            if !self.business_word(k) {
                continue;
            }
            // The run of name words that ends at `k`.
            let mut a = k;
            while a > 0 && a + NAME_WORDS > k + 1 && !ctx.possessive(a - 1) {
                if self.business_word(a - 1) {
                    a -= 1;
                } else if a >= 2
                    && ctx.ampersand(a - 1)
                    && ctx.name_word(a - 2)
                    && ctx.classes(a - 2) & class::TITLE == 0
                {
                    // Marsh & McLennan, Procter & Gamble: a surname before `&` is the firm's.
                    a -= 2;
                } else {
                    break;
                }
            }
            if self.is_business(a, k) {
                return Some(span_text(&ctx, a, k + 1)).filter(|n| !n.is_empty());
            }
            k = a;
        }
        None
    }

    /// Whether word `k` may be part of a business's name: capitalised, no function word,
    /// title, given name, role or time word, and not inside a gazetteer mention (a person or
    /// place is no business, and the gazetteer's organisations are rule 14's).
    fn business_word(&self, k: usize) -> bool {
        let ctx = self.ctx;
        if !ctx.name_word(k) {
            return false;
        }
        const NOT_A_NAME: u32 = class::TITLE
            | class::MALE
            | class::FEMALE
            | class::ROLE
            | class::TIME
            | class::STOP
            | class::DET
            | class::PRONOUN
            | class::OPENER
            | class::ADVERB;
        // Wednesday's, Mr's: the word without its possessive.
        let bare = ctx.word(k).map_or("", strip_possessive);
        // Nike, Dell: a given name alone, no surname after it, may be a firm's; the
        // evidence asked of it is stronger ([`Names::is_business`]).
        let given = class::MALE | class::FEMALE;
        let not_a_name = if ctx.name_word(k + 1) { NOT_A_NAME } else { NOT_A_NAME & !given };
        if ctx.classes(k) & not_a_name != 0 || ctx.lex.classes(bare) & not_a_name != 0 {
            return false;
        }
        // The gazetteer's own organisations are rule 14's to judge.
        let (a, b) = (ctx.toks[k].start as usize, ctx.toks[k].end as usize);
        let i = self.mentions.partition_point(|m| m.end <= a);
        self.mentions.get(i).is_none_or(|m| m.start >= b)
    }

    /// Whether the name run `a..=b` is shown to be a business: a speech verb follows it
    /// (not `reported`, a news agency's), it is possessive, it follows `shares in` or
    /// `stake in`, a lowercase business noun stands right before it or closes an
    /// apposition after it (RHB, Malaysia's third-biggest lender,); and it is no person's name (no title, given name or role
    /// noun before it, here or elsewhere). The evidence is read first: the search for the
    /// name elsewhere is the costly part.
    fn is_business(&self, a: usize, b: usize) -> bool {
        let ctx = self.ctx;
        let before = a.checked_sub(1).and_then(|p| ctx.word(p));
        // No title or given name right before it (a capitalised one: the verb `saw` is
        // also a given name).
        let given_before =
            a > 0 && ctx.toks[a - 1].cap && ctx.classes(a - 1) & (class::MALE | class::FEMALE) != 0;
        if a > 0 && ctx.classes(a - 1) & class::TITLE != 0 || given_before {
            return false;
        }
        let noun_before = before
            .is_some_and(|w| business_noun(w) || matches!(w, "giant" | "maker" | "firms" | "companies"));
        // Acme said, Acme also said; not Acme reported, a news agency's verb.
        // Nike has reported its best earnings: past `has`, `have` or `had`, and `reported`
        // before the firm's own results.
        let mut v = b + 1;
        while ctx.toks.get(v).is_some_and(|t| t.kind == Kind::Word)
            && (ctx.classes(v) & class::ADVERB != 0 || matches!(ctx.word(v), Some("has" | "have" | "had")))
        {
            v += 1;
        }
        let results = ctx.word(v) == Some("reported")
            && ctx.word(v + 1).is_some_and(|w| {
                matches!(
                    w,
                    "its"
                        | "record"
                        | "profits"
                        | "earnings"
                        | "sales"
                        | "revenues"
                        | "losses"
                        | "pre-tax"
                        | "net"
                )
            });
        let speaks = !ctx.possessive(b)
            && ctx.toks.get(v).is_some_and(|t| t.kind == Kind::Word)
            && (ctx.word(v) != Some("reported") || results)
            && matches!(ctx.cue(v), Some((_, CueKind::Verb)));
        // Shares in Krispy Kreme Doughnuts fell, a stake in Umbro: what is owned in shares.
        let shares = a >= 2
            && ctx.word(a - 1) == Some("in")
            && ctx.word(a - 2).is_some_and(|w| matches!(w, "shares" | "Shares" | "stake" | "stakes"));
        // Electrolux shares rose, Electrolux saw its shares rise: its own shares after it.
        // Not a participle's (Slumping share prices).
        let own_shares =
            |j: usize| ctx.word(j) == Some("shares") && !ctx.word(b).is_some_and(|w| w.ends_with("ing"));
        let shares = shares
            || (!ctx.possessive(b)
                && (own_shares(b + 1)
                    || (ctx.word(b + 1).is_some_and(|w| !ctx.toks[b + 1].cap && w.len() > 2)
                        && ctx.word(b + 2) == Some("its")
                        && own_shares(b + 3))));
        // RHB, Malaysia's third-biggest lender, is …: a business noun closing an
        // apposition right after the name.
        let apposition = ctx.punct(b + 1, ',')
            && (b + 3..ctx.toks.len().min(b + 8)).find(|&j| ctx.toks[j].kind != Kind::Word).is_some_and(
                |j| {
                    ctx.punct(j, ',')
                        && ctx.word(j - 1).is_some_and(|w| !ctx.toks[j - 1].cap && business_noun(w))
                },
            );
        // A given name alone (Nike) is a firm's only by its results, a business noun or
        // shares: anyone speaks, and a person has a possessive.
        let given = a == b
            && ctx.lex.classes(ctx.word(a).map_or("", strip_possessive)) & (class::MALE | class::FEMALE) != 0;
        let evidence = if given {
            noun_before || results || shares || apposition
        } else {
            noun_before || speaks || shares || apposition || ctx.possessive(b)
        };
        evidence
            && !self.named_as_person(span_text(&ctx, a, b + 1), ctx.toks[a].start as usize)
            && !(b > a && self.named_as_person(span_text(&ctx, b, b + 1), ctx.toks[b].start as usize))
    }

    /// Rule 14i (the lead's business, named next): a business described in an article's
    /// opening sentence (or the one after its headline) by a determiner, up to four
    /// modifiers and a business noun (A US bank has said …; The Japanese car maker …; A US
    /// defence and telecommunications company has agreed …) is the one whose name opens the
    /// next sentence before a verb (Riggs Bank will put …; The Titan corporation was …),
    /// first named there. News leads describe a firm before they name it.
    pub(super) fn lead_business(&self, np: &Np) -> Option<&'a str> {
        const APART: &[&str] = &["rival", "other", "another", "parent", "sister", "same", "central"];
        let ctx = self.ctx;
        if np.kind != NpKind::Role || np.end < np.start + 2 || np.end > np.start + 6 {
            return None;
        }
        let det = ctx.word(np.start)?;
        let noun = ctx.word(np.end - 1)?;
        if !matches!(det.to_ascii_lowercase().as_str(), "a" | "an" | "the")
            || ctx.toks[np.end - 1].cap
            || !(business_noun(noun) || business_head(noun))
        {
            return None;
        }
        let modifiers_ok = (np.start + 1..np.end - 1).all(|k| self.business_modifier(k, APART, true));
        // `maker` and `giant` name a business only so modified.
        if !modifiers_ok || (np.end == np.start + 2 && !business_noun(noun)) {
            return None;
        }
        // In the lead: the opening sentence, or the one after a headline.
        let s = ctx.sentence_start(np.start);
        if s > 0 && ctx.sentence_start(s - 1) > 0 {
            return None;
        }
        let len = ctx.toks.len();
        let opens = |k: usize| k > 0 && (ctx.toks[k].sent_start || ctx.toks[k - 1].kind == Kind::Para);
        let mut a = (np.end..len.min(np.end + crate::attribution::rules::MAX_SENTENCE))
            .find(|&k| opens(k) && ctx.toks[k].kind == Kind::Word)?;
        if ctx.word(a).is_some_and(|w| w == "The") {
            a += 1;
        }
        // The name: capitalised words, no person's (no given name or title first).
        if !ctx.name_word(a) || ctx.classes(a) & (class::MALE | class::FEMALE | class::TITLE) != 0 {
            return None;
        }
        let mut e = a;
        while e < len && e < a + NAME_WORDS && ctx.name_word(e) && !ctx.possessive(e) {
            e += 1;
        }
        // Then the noun itself, lowercase (The Titan corporation), and a verb.
        let mut v = e;
        if ctx.word(v).is_some_and(|w| business_noun(w) || business_head(w)) && !ctx.toks[v].cap {
            v += 1;
        }
        let verb = ctx.toks.get(v).is_some_and(|t| t.kind == Kind::Word && !t.cap)
            && ctx.word(v).is_some_and(|w| {
                ctx.cue(v).is_some()
                    || super::LEAD_VERBS.contains(&w)
                    || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")))
            });
        if !verb || e == a {
            return None;
        }
        // A one-word name only capitalised where it opens a sentence is no name (Piracy
        // has cost …), unless a business noun follows it (The Titan corporation).
        let one = Np { start: a, end: e, name_start: a, kind: NpKind::Name };
        if v == e && e == a + 1 && ctx.doubtful(&one) {
            return None;
        }
        // Paris-based LVMH: the place before the name is not part of it.
        if ctx.word(a).is_some_and(|w| w.ends_with("-based")) {
            a += 1;
        }
        let name = span_text(&ctx, a, e);
        // First named there: no word of it in the lead but a business noun (A US firm …
        // with luxury goods group LVMH … Paris-based LVMH has been selling: not the firm).
        let lead_words = ctx.text.get(..ctx.toks[a].start as usize)?;
        if name.split(' ').any(|w| {
            !business_noun(&w.to_ascii_lowercase())
                && memchr::memmem::find(lead_words.as_bytes(), w.as_bytes()).is_some()
        }) {
            return None;
        }
        Some(name).filter(|n| !n.is_empty())
    }

    /// Rule 14e (a business by its description): whether a one-word name the gazetteer
    /// does not know is a business's or other body's, because the article writes it after
    /// a lowercase business noun (oil firm Yukos, electronics giant Sony, media regulator
    /// Ofcom) and never as a person's ([`Names::named_as_person`]). Only the first
    /// [`SCOPE`] bytes of the text are read, so that long texts stay linear.
    pub(super) fn named_as_business(&self, name: &str) -> bool {
        let text = self.ctx.text;
        if name.len() < 3 || name.contains(' ') || !name.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let mut to = text.len().min(SCOPE);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let bytes = name.as_bytes();
        let mut first = None;
        let described = memchr::memmem::find_iter(&text.as_bytes()[..to], bytes).any(|p| {
            first.get_or_insert(p);
            // A whole word: no letter right after it (Sony, Sony's; not Sonya).
            if text[p + bytes.len()..].starts_with(|c: char| c.is_alphanumeric()) {
                return false;
            }
            let before = text[..p].strip_suffix(' ').unwrap_or("");
            let word = before.rsplit([' ', '\n', '(', '"', '“']).next().unwrap_or("");
            word.starts_with(|c: char| c.is_ascii_lowercase()) && business_description(word)
        });
        described && !self.named_as_person(name, first.unwrap_or(0))
    }

    /// Whether the article writes `name` after a given name, a title or a lowercase role
    /// noun somewhere (Gordon Brown, Mr Brown, minister Ann Kerr): a person's, not a
    /// business's. Only [`SCOPE`] bytes either side of `at` are read, so that long texts
    /// stay linear.
    fn named_as_person(&self, name: &str, at: usize) -> bool {
        let text = self.ctx.text;
        if name.is_empty() {
            return false;
        }
        let mut from = at.saturating_sub(SCOPE);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let to = (at + SCOPE).min(text.len());
        let window = &text.as_bytes()[from..to];
        memchr::memmem::find_iter(window, name.as_bytes()).map(|p| p + from).any(|p| {
            let before = text[..p].trim_end_matches(' ');
            if before.len() == p {
                return false;
            }
            let word = before.rsplit([' ', '\n', '(', '"', '“']).next().unwrap_or("");
            let word = word.trim_end_matches('.');
            // minister Praful Patel: a role noun before a name makes it a person's.
            let c = self.ctx.lex.classes(word);
            // `of` is a title word too (the Duke of Kent), but no person's mark.
            // A given name is capitalised (not the verb in 'Costs saw Multiplex's profits
            // fall': Saw is also a given name).
            let given =
                c & (class::MALE | class::FEMALE) != 0 && word.starts_with(|c: char| c.is_uppercase());
            !word.is_empty()
                && c & (class::STOP | class::PREP) == 0
                && (c & class::TITLE != 0
                    || given
                    || c & (class::ROLE | class::ORG) == class::ROLE
                        && word.bytes().all(|b| b.is_ascii_lowercase()))
        })
    }

    /// Rule 14c: the name of the body a definite `the` and lowercase noun of
    /// [`BODY_NOUNS`] stands for (the federation, the association): the last capitalised
    /// name of two to five words ending in that noun within [`BODY_REACH`] bytes before it
    /// (the Police Federation, the Blackpool Hotel Association, the Berlin Film Festival),
    /// with its complement after `of` (the Illinois Board of Elections); with one lowercase
    /// modifier, the name has it before the noun (the assembly government: the Welsh
    /// Assembly Government). None otherwise.
    pub(super) fn body_ending_with(&self, np: &Np) -> Option<&'a str> {
        let ctx = self.ctx;
        // the assembly government: one lowercase modifier, written capitalised in the name
        // before the noun (the Welsh Assembly Government).
        let modifier = (np.end == np.start + 3
            && ctx.word(np.start).is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && !ctx.toks[np.start + 1].cap
            && !ctx.toks[np.start + 2].cap)
            .then(|| ctx.word(np.start + 1))
            .flatten();
        let noun = match modifier {
            Some(_) => ctx.word(np.start + 2),
            None => self.the_noun(np),
        }
        .filter(|n| np.kind == NpKind::Role && BODY_NOUNS.contains(n))?;
        let at = ctx.toks[np.start].start as usize;
        let mut k = np.start;
        while k > 1 && ctx.toks[k - 1].end as usize + BODY_REACH >= at {
            k -= 1;
            if !(ctx.toks[k].cap
                && ctx.word(k).is_some_and(|w| strip_possessive(w).eq_ignore_ascii_case(noun)))
            {
                continue;
            }
            if let Some(m) = modifier
                && !(k > 0
                    && ctx.toks[k - 1].cap
                    && ctx.word(k - 1).is_some_and(|w| w.eq_ignore_ascii_case(m)))
            {
                continue;
            }
            let mut a = k;
            while a > 0 && a + 5 > k && ctx.name_word(a - 1) && !ctx.possessive(a - 1) {
                a -= 1;
            }
            // the Illinois Board of Elections: the name goes on after `of`.
            let mut e = k + 1;
            if ctx.word(e) == Some("of") && ctx.name_word(e + 1) {
                e += 1;
                while e < np.start && e < k + 6 && ctx.name_word(e) && !ctx.possessive(e - 1) {
                    e += 1;
                }
            }
            if a < k {
                return Some(span_text(&ctx, a, e)).filter(|n| !n.is_empty());
            }
        }
        None
    }
}
