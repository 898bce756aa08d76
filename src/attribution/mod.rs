//! Statements and their speakers: who said each quotation, and what was reported without
//! quotation marks.
//!
//! Two stages, as [`crate::Pipeline::analyze`] calls them: [`Attributor::statements`] reads
//! each quotation's cue and speaker phrase and finds the reported statements (no name is
//! resolved yet), and [`Attributor::speakers`] resolves every statement's speaker phrase to a
//! name and writes the [`Quote`] records. [`Attributor::attribute`] runs both.
//!
//! The quotations of [`crate::quotes`] become single tokens in a light token stream; local
//! rules read the cue and speaker phrase around each one (`rules`), propagation rules carry
//! speakers to split, continued and floating quotations, and `names` turns phrases into
//! names: the fullest form in the article, the gazetteer's canonical name, or a pronoun's
//! antecedent. Speech cues and word classes are data (`gazetteers/cues.txt`,
//! `gazetteers/speaker-words.txt`), parsed once by [`Attributor::builtin`].
//!
//! The `rule` of a quotation names the rule that fired:
//!
//! | rule | pattern |
//! |------|---------|
//! | `quote-speaker-cue` | “…,” Macron insisted. (1) |
//! | `quote-cue-speaker` | “…,” said Macron. (1) |
//! | `speaker-cue-quote` | Leavitt said … that the deal had “…” / described X as “…” (2) |
//! | `colon` | He laid out his terms: “…” (2) |
//! | `fragment` | Roe dismissed the report as “a fantasy” (2d: `gazetteers/cues-fragment.txt`) |
//! | `possessive` | the union disliked her claim that “…” (2e: `gazetteers/cues-nouns.txt`) |
//! | `in-statement` | a quotation with no cue of its own inside a reported statement |
//! | `as-put-it`, `according-to` | As X put it, “…” / according to X (3) |
//! | `clause-subject` | When X was asked, he laughed and said, “…”: the pronoun opening the cue's own clause (2f) |
//! | `adding` | …, adding, “…” / saying “…” / footage of X saying “…” (4, 4c) |
//! | `split`, `continued` | the second part of a split or multi-paragraph quotation (4) |
//! | `floating` | a paragraph of quotation after an attributed one (5) |
//! | `pronoun` | any of the above with a pronoun resolved to a name (6) |
//! | `dash`, `cue-after`, `cue-before` | “…” — X / a cue late in the sentence / an attribution sentence before the quotation (9) |
//!
//! Titles and appositives (7) and names from capitalisation (8) are part of every rule's
//! reading of the speaker phrase (`phrases`, `names`). A role phrase that is no one (17: a
//! `that` clause's subject, `always`, `this week`) is dropped: its quotation has no speaker.
//! A headline's or subhead's quotation in single marks (18: Mayor: ‘We will rebuild’) has none either.
//!
//! Reported speech (`statements`): a source, a reporting verb from
//! `gazetteers/reporting-verbs.txt` and the content, without marks of its own, becomes a
//! quote of kind [`QuoteKind::Indirect`] whose span is the content (`speaker-cue-content`,
//! `speaker-cue-hearer-content`, `content-speaker-cue`, `content-cue-speaker`,
//! `speaker-cue-parenthetical`, `as-speaker-cue`, `according-to-content`, `content-according-to`,
//! `split-content`, `speaker-cue-fragment`, `content-quote-cue`). A quotation inside one is partial and names it in
//! [`Quote::statement`], so that the direct and indirect quotes count each statement once.

mod lexicon;
mod names;
mod phrases;
mod rules;
mod speaker;
mod statements;
mod tokens;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::gazetteer::{EntityId, Gazetteer, Mention};
use crate::quotes::QuoteSpan;
use crate::sentences::Sentence;
use lexicon::{Lexicon, class};
use names::Names;
use phrases::{Ctx, NpKind};
use rules::Found;
use tokens::{Kind, Token};

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted statement.
    Direct,
    /// A fragment inside reported speech.
    Partial,
    /// Marks with no speaker: scare quotes, titles, nicknames.
    Scare,
    /// A reported statement without quotation marks of its own (X said that …); a
    /// quotation inside it names it in [`Quote::statement`].
    Indirect,
}

impl QuoteKind {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// What kind of speaker a quotation has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A person, named or referred to by a personal pronoun.
    Person,
    /// An organisation: a company, ministry, party, newspaper (`it`).
    Organization,
    /// A role phrase with no holder named in the article (`a spokesman`), or a group.
    Role,
}

impl SpeakerType {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organization => "organization",
            SpeakerType::Role => "role",
        }
    }
}

/// What kind of reporting a record's cue expresses: the `act` field of quote records.
///
/// ```
/// use quotewire::attribution::Act;
///
/// assert_eq!(Act::Belief.as_str(), "belief");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Act {
    /// Something said or written: said, told, according to, announced, denied, a quotation.
    Speech,
    /// A view held: believes, thinks, fears, expects, is confident.
    Belief,
    /// An aim: wants, hopes, seeks, plans, decided.
    Intent,
    /// What a source shows: a poll showed, a study found.
    Evidence,
    /// A refusal to speak, or speech denied: declined, refused, would not comment, did not
    /// say (rule S-REFUSAL).
    Refusal,
}

impl Act {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Speech => "speech",
            Act::Belief => "belief",
            Act::Intent => "intent",
            Act::Evidence => "evidence",
            Act::Refusal => "refusal",
        }
    }
}

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The resolved full name without titles, or the role phrase; `None` for a pronoun
    /// whose antecedent was not found (a pronoun is never a name).
    pub name: Option<String>,
    /// A title, party or role given with the name (`Tory`, `Home Secretary`, `MP`).
    pub title: Option<String>,
    /// Person, organisation or role.
    pub kind: SpeakerType,
    /// The gazetteer entity, when the speaker is known to it.
    pub entity: Option<EntityId>,
    /// Start (byte offset) of the local mention the rule used: a name, a pronoun, a role.
    pub start: usize,
    /// End (byte offset, exclusive) of the local mention.
    pub end: usize,
}

/// A quotation with its kind and speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Where the quotation is.
    pub span: QuoteSpan,
    /// Direct, partial or scare.
    pub kind: QuoteKind,
    /// Who said it, if anyone.
    pub speaker: Option<Speaker>,
    /// Byte offsets of the speech cue.
    pub cue: Option<(usize, usize)>,
    /// The attribution rule that fired.
    pub rule: Option<&'static str>,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// For a quotation inside an indirect statement, the index of that statement in the
    /// same list: the statement is counted, the quotation is part of it.
    pub statement: Option<usize>,
    /// What kind of reporting the cue expresses; None without a speaker.
    pub act: Option<Act>,
}

/// Attributes quotations to speakers.
#[derive(Debug, Default)]
pub struct Attributor {
    lex: Lexicon,
    verbs: statements::Verbs,
}

impl Attributor {
    /// The attributor with the embedded cue lexicon and word lists.
    pub fn builtin() -> Attributor {
        Attributor { lex: Lexicon::builtin(), verbs: statements::Verbs::builtin() }
    }

    /// Attributes the quotations `spans` of an article (from [`crate::quotes::find`]), finds its
    /// reported statements, and gives each its speaker: quotations and `indirect`
    /// statements in one list, in text order. The same as [`Attributor::statements`], then
    /// [`Attributor::speakers`].
    ///
    /// ```
    /// use quotewire::{Pipeline, quotes};
    ///
    /// let pipeline = Pipeline::builtin()?;
    /// let text = "The minister said the plan would work. “It will,” she added.";
    /// let sentences = quotewire::sentences::Segmenter::default().split(text);
    /// let spans = quotes::find(text, &sentences);
    /// let mentions = pipeline.gazetteer().tag(text);
    /// let quotes = quotewire::attribution::Attributor::builtin()
    ///     .attribute(text, &sentences, &spans, &mentions, pipeline.gazetteer());
    /// assert_eq!(quotes.len(), 2); // the reported statement and the quotation
    /// # Ok::<(), quotewire::gazetteer::GazetteerError>(())
    /// ```
    pub fn attribute(
        &self,
        text: &str,
        sentences: &[Sentence],
        spans: &[QuoteSpan],
        mentions: &[Mention],
        gazetteer: &Gazetteer,
    ) -> Vec<Quote> {
        let statements = self.statements(text, sentences, spans);
        self.speakers(&statements, sentences, mentions, gazetteer)
    }

    /// The statements stage: reads each quotation's cue and speaker phrase (or none: a scare
    /// quote), whether it is a whole statement or a fragment, and finds the reported
    /// statements without marks of their own. No speaker is resolved yet: the phrases are
    /// kept for [`Attributor::speakers`].
    ///
    /// ```
    /// use quotewire::attribution::Attributor;
    ///
    /// let text = "The minister said the plan would work.";
    /// let sentences = quotewire::sentences::Segmenter::default().split(text);
    /// let attributor = Attributor::builtin();
    /// let statements = attributor.statements(text, &sentences, &[]);
    /// assert_eq!(statements.len(), 1);
    /// ```
    pub fn statements<'t>(
        &'t self,
        text: &'t str,
        sentences: &[Sentence],
        spans: &'t [QuoteSpan],
    ) -> Statements<'t> {
        let toks = tokens::tokenize(text, spans, sentences, &self.lex, true);
        let memo = vec![phrases::Memo::new(); toks.len()];
        let mut st = Statements {
            text,
            lex: &self.lex,
            spans,
            direct: Vec::new(),
            quoted: Vec::new(),
            reported: Vec::new(),
            toks,
            memo,
        };
        if st.toks.is_empty() {
            return st;
        }
        let ctx = st.ctx();
        let qtok = quote_tokens(&st.toks, spans);
        let direct: Vec<bool> = spans.iter().zip(&qtok).map(|(s, &q)| direct_looking(&ctx, s, q)).collect();
        let mut quoted: Vec<Option<Found>> = spans
            .iter()
            .zip(&qtok)
            .zip(&direct)
            .map(|((s, &q), &d)| {
                if q == usize::MAX || ctx.programme_title(q) {
                    return None;
                }
                let inner = text.get(s.content_start..s.content_end).unwrap_or("").trim_end();
                // “…?” asked Dunn: a lowercase word after the marks goes on with the
                // sentence, which the quotation then does not end.
                let goes_on = text
                    .get(s.end..)
                    .and_then(|t| t.trim_start().chars().next())
                    .is_some_and(char::is_lowercase);
                let ends = inner.ends_with(['.', '!', '?']) && !goes_on;
                // Rule 2b: a fragment that ends its sentence belongs to the cue before it,
                // not to the next sentence's (X said it was “a mess.” Y said …).
                let after = ctx.after_quote(q, ends);
                if after.is_some() && ends && !d {
                    return ctx.before_quote(q).or(after);
                }
                after.or_else(|| ctx.before_quote(q)).or_else(|| ctx.cue_later(q))
            })
            .collect();
        propagate(&ctx, spans, &qtok, &direct, &mut quoted);
        // Rule 2e before a cue further back: He blamed the media for Trump's claim that
        // Obama “founded ISIS”: the speech noun between the cue and the quotation owns it
        // when the noun opens its content (that, for), not when the quotation judges it
        // (Ryan said Ginsburg's comments “show bias”).
        for (f, &k) in quoted.iter_mut().zip(&qtok) {
            if let Some(found) = f.as_mut().filter(|f| f.rule == "speaker-cue-quote" && k != usize::MAX)
                && let Some(p) = ctx
                    .possessive_speaker(k)
                    .filter(|p| p.cue.0 >= found.cue.1 && matches!(ctx.word(p.cue.1), Some("that" | "for")))
            {
                *found = p;
            }
        }

        // Reported statements: the cues of quoted statements are taken; the rest report speech.
        let mut used = vec![false; ctx.toks.len()];
        for f in quoted.iter().zip(&direct).filter_map(|(f, &d)| f.filter(|_| d)) {
            for u in used.iter_mut().take(f.cue.1).skip(f.cue.0) {
                *u = true;
            }
        }
        let mut reported = statements::find(&ctx, &self.verbs, &used, &statements::marked(&ctx, &self.verbs));
        // A quoted fragment no statement holds: the clause after its own cue is one.
        for ((f, &d), &k) in quoted.iter().zip(&direct).zip(&qtok) {
            if let Some(f) = f.filter(|_| !d)
                && !reported.iter().any(|st| st.content.0 <= k && k < st.content.1)
            {
                // A cue makes one statement: the one that reaches the fragment it
                // introduced takes the place of a shorter reading of the same cue.
                if let Some(st) = statements::around_fragment(&ctx, f.np, f.cue, k) {
                    match reported.iter_mut().find(|other| other.cue == st.cue) {
                        Some(same) => *same = st,
                        None => reported.push(st),
                    }
                }
            }
        }
        // Rule 2d: a fragment with no cue of its own and no statement holding it goes to
        // the subject of the evaluation verb before it.
        for (f, &k) in quoted.iter_mut().zip(&qtok) {
            if f.is_none()
                && k != usize::MAX
                && !reported.iter().any(|st| st.content.0 <= k && k < st.content.1)
            {
                *f = ctx.possessive_speaker(k).or_else(|| ctx.fragment_speaker(k));
            }
        }
        // Rule 5b: a statement standing alone after a reported statement goes on with it.
        for ((f, &k), &d) in quoted.iter_mut().zip(&qtok).zip(&direct) {
            if f.is_none() && d && k != usize::MAX {
                *f = after_statement(&ctx, &reported, k);
            }
        }
        // Rule 18: a quotation in a headline or subhead is its label, not a statement.
        let double = spans.iter().any(|s| double_marked(text, s));
        for (f, span) in quoted.iter_mut().zip(spans) {
            if f.is_some() && label_quotation(text, span, double) {
                *f = None;
            }
        }
        // A quotation split by its attribution (“…,” X said. “…”) is one statement.
        for i in 1..spans.len() {
            if let (Some(f), Some(p)) = (quoted[i], quoted[i - 1])
                && f.rule == "split"
                && f.cue == p.cue
            {
                statements::split_quotation(&ctx, &mut reported, f.np, f.cue, qtok[i - 1], qtok[i]);
            }
        }
        // Rule S-POLL: a share of those asked speaks through the poll its sentence names.
        let nps =
            quoted.iter_mut().flatten().map(|f| &mut f.np).chain(reported.iter_mut().map(|st| &mut st.np));
        for np in nps {
            if let Some(poll) = statements::poll_source(&ctx, *np) {
                *np = poll;
            }
        }
        (st.direct, st.quoted, st.reported) = (direct, quoted, reported);
        st
    }

    /// The speakers stage: resolves the speaker phrase of every statement of
    /// [`Attributor::statements`] to a name (the fullest form in the article, the
    /// gazetteer's entity, a pronoun's antecedent, a role's holder), and returns the
    /// quotations and `indirect` statements in one list, in text order.
    ///
    /// ```
    /// use quotewire::Pipeline;
    /// use quotewire::attribution::Attributor;
    ///
    /// let pipeline = Pipeline::builtin()?;
    /// let text = "Jane Roe, the mayor, said the plan would work. She said it would be cheap.";
    /// let sentences = quotewire::sentences::Segmenter::default().split(text);
    /// let attributor = Attributor::builtin();
    /// let statements = attributor.statements(text, &sentences, &[]);
    /// let mentions = pipeline.gazetteer().tag(text);
    /// let quotes = attributor.speakers(&statements, &sentences, &mentions, pipeline.gazetteer());
    /// let names: Vec<_> = quotes.iter().filter_map(|q| q.speaker.as_ref()?.name.as_deref()).collect();
    /// assert_eq!(names, ["Jane Roe", "Jane Roe"]);
    /// # Ok::<(), quotewire::gazetteer::GazetteerError>(())
    /// ```
    pub fn speakers(
        &self,
        statements: &Statements<'_>,
        sentences: &[Sentence],
        mentions: &[Mention],
        gazetteer: &Gazetteer,
    ) -> Vec<Quote> {
        let Statements { spans, toks, direct, quoted, reported, .. } = statements;
        if toks.is_empty() {
            return Vec::new();
        }
        let mut names = Names::new(statements.ctx(), mentions, gazetteer);
        // Speakers are resolved in text order, quotations and reported statements
        // together, so that a pronoun's earlier speakers are those before it in the text
        // (Ann Kerr said the talks failed. “…,” she said.).
        let stmt_at = |st: &statements::Stmt| {
            let k = st.np.start.min(st.content.0).min(st.cue.0);
            toks.get(k).map_or(usize::MAX, |t| t.start as usize)
        };
        let mut order: Vec<(usize, bool, usize)> = spans
            .iter()
            .enumerate()
            .filter(|(i, _)| quoted[*i].is_some())
            .map(|(i, span)| (span.start, false, i))
            .chain(reported.iter().enumerate().map(|(j, st)| (stmt_at(st), true, j)))
            .collect();
        order.sort_unstable();
        let mut quote_speakers: Vec<Option<Speaker>> = vec![None; spans.len()];
        let mut reported_quotes: Vec<Option<Quote>> = vec![None; reported.len()];
        for (_, is_statement, i) in order {
            if is_statement {
                reported_quotes[i] = Some(statements::statement(&mut names, toks, sentences, &reported[i]));
            } else if let Some(f) = &quoted[i] {
                quote_speakers[i] = Some(names.speaker(&f.np));
            }
        }
        let mut out = Vec::with_capacity(spans.len());
        for (i, span) in spans.iter().enumerate() {
            let (Some(f), Some(speaker)) = (quoted[i], quote_speakers[i].take()) else {
                out.push(Quote {
                    span: *span,
                    kind: QuoteKind::Scare,
                    speaker: None,
                    cue: None,
                    rule: None,
                    confidence: 0.0,
                    statement: None,
                    act: None,
                });
                continue;
            };
            let pronoun = matches!(f.np.kind, NpKind::Pronoun | NpKind::Who);
            let resolved = !pronoun || speaker.name.is_some();
            let rule = if pronoun && resolved { "pronoun" } else { f.rule };
            let confidence = f.confidence * if resolved { 1.0 } else { 0.6 };
            out.push(Quote {
                span: *span,
                kind: if direct[i] { QuoteKind::Direct } else { QuoteKind::Partial },
                speaker: Some(speaker),
                cue: (f.cue.1 > f.cue.0).then(|| byte_range(toks, f.cue.0, f.cue.1)),
                rule: Some(rule),
                confidence,
                statement: None,
                act: None,
            });
        }
        let mut reported: Vec<Quote> = reported_quotes.into_iter().flatten().collect();
        // Whether each role word is capitalised inside a sentence, found once per article.
        let mut inside: HashMap<String, bool> = HashMap::new();
        for speaker in out.iter_mut().chain(&mut reported).filter_map(|q| q.speaker.as_mut()) {
            // Mentions are in text order: a binary search, not a scan per speaker.
            let i = mentions.partition_point(|m| m.start < speaker.start);
            let known = mentions.get(i).is_some_and(|m| m.start == speaker.start);
            canonical_name(speaker, &self.lex, &self.verbs, statements.text, known, &mut inside);
        }
        // Rule 17: a phrase that is no one makes no statement, and leaves a quotation
        // without a speaker (a scare quote, as one without a cue).
        let no_one = |q: &Quote| q.speaker.as_ref().is_some_and(|sp| no_speaker_phrase(statements.text, sp));
        reported.retain(|q| !no_one(q));
        for q in out.iter_mut().filter(|q| no_one(q)) {
            (q.kind, q.speaker, q.cue, q.rule, q.confidence) = (QuoteKind::Scare, None, None, None, 0.0);
        }
        let mut all = merge(statements.text, out, reported);
        // What each attributed record reports: said → speech, believes → belief, wants →
        // intent, showed → evidence (the cue's act in gazetteers/reporting-verbs.txt); after
        // the merge, which gives a quotation inside a statement the statement's speaker.
        // A speech cue after a negation reports a refusal (rule S-REFUSAL); a belief stays
        // one (did not think).
        for q in all.iter_mut().filter(|q| q.speaker.is_some()) {
            let cue = q.cue.and_then(|(s, e)| Some((statements.text.get(s..e)?, statements.text.get(..s)?)));
            let poll = || q.speaker.as_ref().is_some_and(|sp| poll_phrase(statements.text, sp));
            q.act = Some(cue.map_or(Act::Speech, |(c, before)| match self.verbs.act(c) {
                Act::Speech if negated(before) => Act::Refusal,
                // What a poll's respondents said is what the poll shows (rule S-POLL).
                Act::Speech if poll() => Act::Evidence,
                act => act,
            }));
        }
        all
    }
}

/// Rule S-POLL: whether a speaker's mention ends with a poll's noun after another word, in
/// lower case or in a name after a lowercase determiner (a Harbour Research poll, the
/// surveys, a CNN/ORC International Poll; not the referee Graham Poll, nor The U.S.
/// Geological Survey).
fn poll_phrase(text: &str, speaker: &Speaker) -> bool {
    let mention = text.as_bytes().get(speaker.start..speaker.end).unwrap_or(&[]);
    let mention = mention.strip_suffix(b"s").unwrap_or(mention);
    // Capitalised only in a name after a lowercase determiner (a CNN/ORC International Poll).
    let det = [&b"a "[..], b"an ", b"the "].iter().any(|d| mention.starts_with(d));
    let ends = |noun: &[u8]| {
        let n = mention.len().wrapping_sub(noun.len());
        mention.len() > noun.len()
            && mention[n - 1] == b' '
            && (&mention[n..] == noun || (det && mention[n..].eq_ignore_ascii_case(noun)))
    };
    ends(b"poll") || ends(b"survey")
}

/// Rule S-REFUSAL: whether the text `before` a speech cue ends with a negation of it, a word
/// ending in `n't` or `not` after an auxiliary, or `never`, with an `-ly` adverb between
/// allowed: would not comment, didn't say, has never said, did not immediately respond.
fn negated(before: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "do", "does", "did", "would", "will", "could", "can", "should", "has", "have", "had", "may", "might",
    ];
    // Words right before the cue, parted by spaces only: a quotation's last word ("… say
    // never,” said X) or a word across a comma is no negation of the cue.
    let mut words = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map_while(|w| w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’').then_some(w));
    let Some(mut last) = words.next() else { return false };
    if last.len() > 4 && last.ends_with("ly") {
        let Some(w) = words.next() else { return false };
        last = w;
    }
    // Compared without case and without allocating (this runs for every attributed record).
    let is = |w: &str, form: &str| w.eq_ignore_ascii_case(form);
    let ends = |w: &str, tail: &str| {
        w.len() >= tail.len()
            && w.is_char_boundary(w.len() - tail.len())
            && is(&w[w.len() - tail.len()..], tail)
    };
    if ends(last, "n't") || ends(last, "n’t") || is(last, "never") || is(last, "cannot") {
        return true;
    }
    is(last, "not") && words.next().is_some_and(|w| AUXILIARIES.iter().any(|a| is(w, a)))
}

/// Whether a role phrase taken for a speaker is no one (rule 17): it opens with `that`
/// after a word of the clause (a clause's subject: argued that democracies “…”; the rate
/// that economists forecast),
/// with a demonstrative and a time word (This week, this time), or with `no` or `always`
/// read as words (no longer, no sign of slowing, has always insisted), not `no one`.
fn no_speaker_phrase(text: &str, speaker: &Speaker) -> bool {
    if speaker.kind != SpeakerType::Role {
        return false;
    }
    let phrase = text.get(speaker.start..speaker.end).unwrap_or("");
    let mut words = phrase.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let is = |w: &str, options: &[&str]| options.iter().any(|o| w.eq_ignore_ascii_case(o));
    if first == "that" {
        // Lowercase `that` after a word of the clause is a complementiser or relative (admit
        // that owners …); `That letter said` and `But that ruling …` open with a demonstrative.
        let before = text[..speaker.start.min(text.len())].trim_end();
        let previous = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        return previous.starts_with(|c: char| c.is_lowercase())
            && !matches!(previous, "but" | "and" | "or" | "so" | "yet");
    }
    if is(first, &["always"]) {
        return true;
    }
    if is(first, &["no"]) {
        return !is(second, &["one", "man", "woman"]);
    }
    is(first, &["this", "these"])
        && is(
            second,
            &["week", "time", "year", "month", "morning", "afternoon", "evening", "point", "summer"],
        )
}

/// Writes a speaker's name the same way wherever the article put it, so that records
/// group by name: a role phrase opens in lower case (`The government said` and `the
/// government said` are both `the government`), and an organisation's name the gazetteer
/// does not know drops a leading `the` (`The Liberal Democrats` is `Liberal Democrats`).
/// A name the gazetteer gave is kept as the gazetteer writes it. A quantifier standing
/// alone as the source (`Some fear that …`, `Many said`) is a role, never an organisation,
/// and so is a role noun capitalised only by its place at a sentence start (`Police said`
/// is `police`, as `police said` is): not one the gazetteer tagged there (`known`), nor
/// one the article capitalises inside a sentence too (`Republicans`, `Reuters`).
fn canonical_name(
    speaker: &mut Speaker,
    lex: &Lexicon,
    verbs: &statements::Verbs,
    text: &str,
    known: bool,
    inside: &mut HashMap<String, bool>,
) {
    let Some(name) = speaker.name.as_mut().filter(|_| speaker.entity.is_none()) else { return };
    // The plural of a role noun is one only in lower case (`Ministers` is looked up as
    // `ministers`).
    let role_noun = !known
        && !name.contains(' ')
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name[1..].bytes().all(|b| b.is_ascii_lowercase())
        && lex.classes(&name.to_ascii_lowercase()) & (class::ROLE | class::TITLE | class::PARTY)
            == class::ROLE
        && !*inside.entry(name.clone()).or_insert_with(|| capitalised_inside_sentence(text, name));
    if verbs.is_quantifier(name) || role_noun {
        speaker.kind = SpeakerType::Role;
        name.make_ascii_lowercase();
        return;
    }
    // MPs, MEPs, MSPs: members by their post-nominal letters are a role, written as they are.
    let members = name.strip_suffix('s').is_some_and(|stem| {
        stem.len() >= 2
            && stem.bytes().all(|b| b.is_ascii_uppercase())
            && lex.classes(stem) & class::POSTNOMINAL != 0
    });
    if !known && members {
        speaker.kind = SpeakerType::Role;
        return;
    }
    match speaker.kind {
        SpeakerType::Role => {
            if ["The ", "A ", "An "].iter().any(|d| name.starts_with(d)) {
                name[..1].make_ascii_lowercase();
            }
        }
        SpeakerType::Organization => {
            let rest = name.strip_prefix("The ").or_else(|| name.strip_prefix("the "));
            if let Some(rest) = rest.filter(|r| r.starts_with(|c: char| c.is_uppercase())) {
                *name = rest.to_string();
            }
        }
        SpeakerType::Person => {}
    }
}

/// Whether `text` holds the word `word` as written (capitalised) somewhere other than at
/// the start of a sentence, a paragraph or a quotation.
fn capitalised_inside_sentence(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, word.as_bytes()).any(|at| {
        let end = at + word.len();
        let whole = !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
            && !at.checked_sub(1).and_then(|p| bytes.get(p)).is_some_and(u8::is_ascii_alphanumeric);
        let before = text[..at].trim_end();
        let opener = before.is_empty()
            || before.ends_with(['.', '!', '?', ':', '"', '“', '‘', '\'', '\n', '(', '—', '-'])
            || text[before.len()..at].contains('\n');
        whole && !opener
    })
}

/// What the statements stage found in an article ([`Attributor::statements`]): each
/// quotation's cue and speaker phrase, and the reported statements, with the tokens they
/// were read from. [`Attributor::speakers`] turns it into [`Quote`]s.
#[derive(Debug)]
pub struct Statements<'t> {
    text: &'t str,
    lex: &'t Lexicon,
    spans: &'t [QuoteSpan],
    toks: Vec<Token>,
    memo: Vec<phrases::Memo>,
    /// Whether each quotation reads as a whole statement (else a fragment).
    direct: Vec<bool>,
    /// Each quotation's cue and speaker phrase; `None` for a scare quote.
    quoted: Vec<Option<Found>>,
    /// The reported statements.
    reported: Vec<statements::Stmt>,
}

impl Statements<'_> {
    /// How many statements were found: attributed quotations and reported statements (a
    /// quotation inside a reported statement counts on its own here).
    pub fn len(&self) -> usize {
        self.quoted.iter().flatten().count() + self.reported.len()
    }

    /// Whether no statement was found.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx { text: self.text, toks: &self.toks, lex: self.lex, memo: &self.memo }
    }
}

/// Quotations and indirect statements in one list in text order; a quotation inside a
/// statement's content names that statement (and, quoted as part of it, is partial); a
/// quotation without a cue of its own inside one is a fragment of it, with its speaker,
/// unless it reads as a title ([`in_statement`]).
fn merge(text: &str, mut quotes: Vec<Quote>, statements: Vec<Quote>) -> Vec<Quote> {
    if statements.is_empty() {
        return quotes;
    }
    let mut statements = statements;
    statements.sort_by_key(|s| (s.span.start, std::cmp::Reverse(s.span.end)));
    // Two readings whose contents open at the same place are one statement: the longer
    // stays (a record is keyed by where it starts and its kind).
    statements.dedup_by_key(|s| s.span.start);
    // Rule S-NESTED-SELF: a statement inside another's content whose source is a pronoun
    // for the same speaker (47% said they supported the bill; she said she found it hard)
    // is part of what the outer one reports, not a statement of its own.
    // It is dropped after the quotations inside it took their speaker from it, and they
    // then belong to the outer one.
    let mut outer_of: Vec<Option<usize>> = vec![None; statements.len()];
    for b in 1..statements.len() {
        let inner = &statements[b];
        if inner.rule != Some("pronoun") || inner.speaker.as_ref().is_none_or(|sp| sp.name.is_none()) {
            continue;
        }
        outer_of[b] = (0..b).rev().take(4).find(|&a| {
            let outer = &statements[a];
            outer_of[a].is_none()
                && outer.span.end >= inner.span.end
                && outer.speaker.as_ref().and_then(|sp| sp.name.as_deref())
                    == inner.speaker.as_ref().and_then(|sp| sp.name.as_deref())
        });
    }
    let n = quotes.len();
    let double = quotes.iter().any(|q| double_marked(text, &q.span));
    for q in quotes.iter_mut() {
        let k = statements.partition_point(|s| s.span.start <= q.span.start);
        let holder = (0..k).rev().take(4).find(|&j| statements[j].span.end >= q.span.end);
        if let Some(j) = holder {
            if q.kind == QuoteKind::Scare {
                if !in_statement(text, &q.span) || label_quotation(text, &q.span, double) {
                    continue;
                }
                let st = &statements[j];
                (q.speaker, q.cue, q.rule) = (st.speaker.clone(), st.cue, Some("in-statement"));
                q.confidence = st.confidence * 0.8;
            } else if rules::nested_report(text, q, &statements[j]) {
                (q.speaker, q.rule) = (statements[j].speaker.clone(), Some("in-statement"));
            }
            q.statement = Some(outer_of[j].unwrap_or(j));
            q.kind = QuoteKind::Partial;
        }
    }
    // The statements kept, and where each went.
    let mut index = vec![0; statements.len()];
    let mut kept = 0;
    for (j, outer) in outer_of.iter().enumerate() {
        index[j] = kept;
        kept += usize::from(outer.is_none());
    }
    for q in quotes.iter_mut() {
        q.statement = q.statement.map(|j| index[j]);
    }
    let mut flags = outer_of.iter().map(Option::is_none);
    statements.retain(|_| flags.next().unwrap_or(true));
    let mut all: Vec<(Quote, usize)> =
        quotes.into_iter().chain(statements).enumerate().map(|(i, q)| (q, i)).collect();
    all.sort_by_key(|(q, i)| (q.span.start, std::cmp::Reverse(q.span.end), *i >= n));
    // Where each statement went.
    let mut at = vec![0; all.len()];
    for (pos, (_, i)) in all.iter().enumerate() {
        at[*i] = pos;
    }
    all.into_iter()
        .map(|(mut q, _)| {
            q.statement = q.statement.map(|j| at[n + j]);
            q
        })
        .collect()
}

/// How many words a first paragraph may have to read as a headline ([`headline_quotation`]).
const HEADLINE_WORDS: usize = 20;

/// Rule 18 (headline quotations): whether the quotation `span` stands in single marks in a
/// headline, a short first paragraph with more text after it (Mayor: ‘We will rebuild’;
/// Roe calls plan ‘a fantasy’). Headlines quote in single marks where the body uses double
/// ones; such a quotation labels the story the body tells, and the body quotes it in full
/// with its speaker, so it is no statement of its own and has no speaker.
fn headline_quotation(text: &str, span: &QuoteSpan) -> bool {
    if span.paragraph != 0
        || !matches!(text.get(span.start..).and_then(|s| s.chars().next()), Some('‘' | '\''))
    {
        return false;
    }
    let lead = text.len() - text.trim_start().len();
    let Some(end) = memchr::memchr(b'\n', &text.as_bytes()[lead..]).map(|i| lead + i) else { return false };
    let more = !text[end..].trim().is_empty();
    more && span.end <= end && text[lead..end].split_whitespace().nth(HEADLINE_WORDS).is_none()
}

/// How many words a subhead's quotation may have ([`subhead_quotation`]).
const SUBHEAD_WORDS: usize = 10;

/// Rule 18: whether the quotation `span` labels a headline or a subhead rather than
/// stating something ([`headline_quotation`], [`subhead_quotation`]); `double`: whether
/// the article quotes in double marks somewhere.
fn label_quotation(text: &str, span: &QuoteSpan, double: bool) -> bool {
    headline_quotation(text, span)
        || (double && subhead_quotation(text, span))
        || nested_quotation(text, span)
}

/// Rule 19 (quotations within quotations): whether the quotation `span`, in single marks,
/// stands inside a passage its paragraph opened with doubled apostrophes before it (''He
/// told me, 'Wait,' and left,'' she said.), the ASCII stand-in for double marks that
/// [`crate::quotes`] does not pair: words the quoted speaker quotes, not a statement of
/// that speaker's own, as a quotation nested in double marks is no record of its own.
fn nested_quotation(text: &str, span: &QuoteSpan) -> bool {
    let single = matches!(text.get(span.start..).and_then(|s| s.chars().next()), Some('‘' | '\''));
    if !single || span.start < 2 {
        return false;
    }
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..span.start]).map_or(0, |i| i + 1);
    memchr::memmem::find_iter(&bytes[line_start..span.start], b"''").count() % 2 == 1
}

/// Whether the quotation `span` opens with a double mark (“, ", „).
fn double_marked(text: &str, span: &QuoteSpan) -> bool {
    matches!(text.get(span.start..).and_then(|s| s.chars().next()), Some('“' | '"' | '„'))
}

/// Rule 18 (subheads): whether the quotation `span` is a paragraph of its own, of at most
/// [`SUBHEAD_WORDS`] words in single marks (‘A fight from start to finish.’), in an article
/// that quotes in double marks: a subhead quoting the section below it, in the single
/// marks of headlines, not a statement.
fn subhead_quotation(text: &str, span: &QuoteSpan) -> bool {
    let single = matches!(text.get(span.start..).and_then(|s| s.chars().next()), Some('‘' | '\''));
    if !single || !span.closed {
        return false;
    }
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..span.start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[span.end..]).map_or(text.len(), |i| span.end + i);
    let alone = text[line_start..span.start].trim().is_empty()
        && text[span.end..line_end].trim_matches(|c: char| c.is_whitespace() || c == '.').is_empty();
    let content = text.get(span.content_start..span.content_end).unwrap_or("");
    alone && content.split_whitespace().nth(SUBHEAD_WORDS).is_none()
}

/// Whether a quotation with no cue of its own, inside a reported statement, is a fragment
/// of it (X said the plan was “a mess”) rather than a title or name in it (X said on
/// “Night Desk” that …): some word of four letters or more in it is lowercase.
fn in_statement(text: &str, span: &QuoteSpan) -> bool {
    let content = text.get(span.content_start..span.content_end).unwrap_or("");
    content
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.chars().count() >= 4 && w.chars().next().is_some_and(char::is_lowercase))
}

/// The index of each quotation's token (`usize::MAX` for none). A quotation's token
/// starts at its opening mark, so a binary search finds it; if one is not where expected
/// (quotations that overlap), all tokens are read.
fn quote_tokens(toks: &[Token], spans: &[QuoteSpan]) -> Vec<usize> {
    let is_quote = |t: &Token, i: usize| t.kind == Kind::Quote && t.quote as usize == i;
    let mut qtok: Vec<usize> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let k = toks.partition_point(|t| (t.start as usize) < s.start);
            if toks.get(k).is_some_and(|t| is_quote(t, i)) { k } else { usize::MAX }
        })
        .collect();
    if qtok.contains(&usize::MAX) {
        qtok.fill(usize::MAX);
        for (k, t) in toks.iter().enumerate() {
            if let Some(q) = qtok.get_mut(t.quote as usize).filter(|_| t.kind == Kind::Quote) {
                *q = k;
            }
        }
    }
    qtok
}

/// Byte offsets of tokens `[a, b)`.
pub(crate) fn byte_range(toks: &[Token], a: usize, b: usize) -> (usize, usize) {
    let start = toks.get(a).map_or(0, |t| t.start as usize);
    let end = toks.get(b.saturating_sub(1)).map_or(start, |t| t.end as usize);
    (start, end.max(start))
}

/// Whether a quotation reads as a statement rather than a fragment: it opens its sentence
/// or paragraph, follows a colon, or follows a comma or cue with a capital letter.
fn direct_looking(ctx: &Ctx, span: &QuoteSpan, q: usize) -> bool {
    if !span.closed || span.continues || q == 0 || q == usize::MAX {
        return true;
    }
    let capital = ctx
        .text
        .get(span.content_start..)
        .and_then(|s| s.trim_start().chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || matches!(c, '…' | '.' | '['));
    let prev = &ctx.toks[q - 1];
    if ctx.naming(q - 1, ctx.sentence_start(q)) {
        return false;
    }
    ctx.toks[q].sent_start
        || prev.kind == Kind::Para
        || ctx.punct(q - 1, ':')
        || (capital && (ctx.punct(q - 1, ',') || ctx.cue(q - 1).is_some() || prev.kind == Kind::Quote))
}

/// Rules 4 and 5: speakers carried to quotations without their own attribution. A part of
/// a multi-paragraph quotation takes the speaker of the part before or after it; a
/// statement after an attributed quotation of the same paragraph continues it (“…,” X
/// said. “…”); a paragraph that is only a quotation, after a paragraph whose last
/// quotation was attributed, goes to that speaker (floating quotation).
fn propagate(ctx: &Ctx, spans: &[QuoteSpan], qtok: &[usize], direct: &[bool], found: &mut [Option<Found>]) {
    let carry = |f: Option<Found>, rule: &'static str, weight: f32| {
        f.map(|f| Found { rule, confidence: f.confidence * weight, ..f })
    };
    for i in 1..spans.len() {
        let (prev, cur) = (&spans[i - 1], &spans[i]);
        // “…,” she said. “That is the fight we're taking” to the country: a statement
        // opening its sentence after an attributed one goes on with it, text after it or not.
        // The proposed question is: “…?”: what a thing is or reads is no one's statement.
        let copula_colon = qtok[i] != usize::MAX
            && qtok[i] >= 2
            && ctx.punct(qtok[i] - 1, ':')
            && matches!(ctx.word(qtok[i] - 2), Some("is" | "was" | "are" | "were" | "be" | "reads" | "read"));
        if found[i].is_some()
            || !direct[i]
            || copula_colon
            || !(ctx.stands_alone(qtok[i])
                || (prev.paragraph == cur.paragraph && opens_statement(ctx, cur, qtok[i])))
        {
            continue;
        }
        if cur.continues {
            found[i] = carry(found[i - 1], "continued", 0.95);
        } else if prev.paragraph == cur.paragraph {
            found[i] = carry(found[split_source(spans, direct, found, i)], "split", 0.85);
        } else if prev.paragraph + 1 == cur.paragraph && only_quotation(ctx, qtok[i]) {
            found[i] = carry(found[i - 1], "floating", 0.7);
        }
    }
    // Rule 5c: “…,” Trump said. Instead, “he just acts like a defeated man.”: a quotation
    // right after a connective opening its sentence goes on with the attributed one before
    // it in the paragraph.
    for i in 1..spans.len() {
        let q = qtok[i];
        if found[i].is_some() || q == usize::MAX || spans[i - 1].paragraph != spans[i].paragraph {
            continue;
        }
        let s = ctx.sentence_start(q);
        let opener =
            ctx.word(s).is_some_and(|w| matches!(w, "But" | "Instead" | "And" | "Still" | "Yet" | "Also"));
        let at = if ctx.punct(s + 1, ',') { s + 2 } else { s + 1 };
        if opener && q == at && q > 0 && ctx.sentence_start(qtok[i - 1].min(q - 1)) < s {
            found[i] = carry(found[i - 1].filter(|f| f.cue.1 <= q), "continued", 0.8);
        }
    }
    // Backwards: a part that precedes its attribution (“…¶“…,” she said; “…” “…,” he said).
    for i in (0..spans.len().saturating_sub(1)).rev() {
        if found[i].is_some() || !direct[i] || !ctx.stands_alone(qtok[i]) {
            continue;
        }
        let (cur, next) = (&spans[i], &spans[i + 1]);
        if next.continues && !cur.closed {
            found[i] = carry(found[i + 1], "continued", 0.9);
        } else if next.paragraph == cur.paragraph && qtok[i] != usize::MAX && qtok[i] + 1 == qtok[i + 1] {
            found[i] = carry(found[i + 1], "split", 0.8);
        }
    }
}

/// Whether the quotation `span` at token `q` opens its sentence with a capital and is a
/// statement of a few words at least, not a term (“Mad cow” disease).
fn opens_statement(ctx: &Ctx, span: &QuoteSpan, q: usize) -> bool {
    if q == usize::MAX || !ctx.toks[q].sent_start {
        return false;
    }
    let content = ctx.text.get(span.content_start..span.content_end).unwrap_or("");
    content.chars().next().is_some_and(char::is_uppercase) && content.split_whitespace().nth(4).is_some()
}

/// Rule 4 (split over a title): the quotation of the same paragraph before quotation `i`
/// whose speaker a split part takes: the one just before it, or, over unattributed
/// fragments and titles between them, the nearest attributed one (“…,” said Jo Marsh, a host
/// on the show “Night Desk.” “…”).
fn split_source(spans: &[QuoteSpan], direct: &[bool], found: &[Option<Found>], i: usize) -> usize {
    let para = spans[i].paragraph;
    for j in (0..i).rev().take(3) {
        if spans[j].paragraph != para || found[j].is_some() || direct[j] {
            return if spans[j].paragraph == para { j } else { i - 1 };
        }
    }
    i - 1
}

/// Rule 5b (floating after reported speech): the quotation at token `q`, a statement of
/// its own opening its sentence (Roe praised the plan. “It will work.”), goes to the
/// speaker of the reported statement just before it, in its paragraph or the one before,
/// with no other quotation between.
fn after_statement(ctx: &Ctx, reported: &[statements::Stmt], q: usize) -> Option<Found> {
    let opens = ctx.toks[q].sent_start || (q > 0 && ctx.toks[q - 1].kind == Kind::Para);
    if !opens || !ctx.stands_alone(q) {
        return None;
    }
    let st = reported.iter().filter(|st| st.content.1 <= q && st.cue.1 <= q).max_by_key(|st| st.content.1)?;
    let between = &ctx.toks[st.content.1..q];
    let breaks = between.iter().filter(|t| t.kind == Kind::Para).count();
    let near = between.len() <= AFTER_STATEMENT
        && breaks <= 1
        && between.iter().all(|t| t.kind != Kind::Quote)
        && matches!(st.np.kind, NpKind::Name | NpKind::Pronoun)
        && !ctx.word(st.np.start).is_some_and(|w| w.eq_ignore_ascii_case("it"));
    near.then_some(Found { np: st.np, cue: st.cue, rule: "floating", confidence: 0.5 })
}

/// How many tokens may lie between a reported statement and a quotation going on with it.
const AFTER_STATEMENT: usize = 6;

/// Whether the quotation at token `q` opens a paragraph made of quotations only
/// (punctuation aside).
fn only_quotation(ctx: &Ctx, q: usize) -> bool {
    if q == usize::MAX || (q > 0 && ctx.toks[q - 1].kind != Kind::Para) {
        return false;
    }
    ctx.toks[q + 1..]
        .iter()
        .take_while(|t| t.kind != Kind::Para)
        .all(|t| matches!(t.kind, Kind::Punct | Kind::Quote))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_tokens_are_found_where_they_start_and_elsewhere() {
        let tok = |start: u32, kind: Kind, quote: u32| Token {
            start,
            end: start + 1,
            kind,
            cap: false,
            sent_start: false,
            quote,
        };
        let span = |start: usize| QuoteSpan {
            start,
            end: start + 1,
            content_start: start,
            content_end: start,
            sentence: 0,
            paragraph: 0,
            closed: true,
            continues: false,
        };
        let toks =
            [tok(0, Kind::Word, 0), tok(2, Kind::Quote, 0), tok(4, Kind::Punct, 0), tok(6, Kind::Quote, 1)];
        assert_eq!(quote_tokens(&toks, &[span(2), span(6)]), [1, 3]);
        // The second quotation's token starts after its mark (it overlapped the first).
        assert_eq!(quote_tokens(&toks, &[span(2), span(5)]), [1, 3]);
        // A quotation without a token.
        assert_eq!(quote_tokens(&toks, &[span(2), span(6), span(9)]), [1, 3, usize::MAX]);
    }
}
