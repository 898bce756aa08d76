//! Finding mentions: a look-up of the strings that begin at each word start, then context
//! rules.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use super::context::{ContextWords, MAX_SPORTS, has};
use super::index::{Cand, Index, first_eight, two_end, word_len};
use super::load::{Extra, Lists};
use super::{Entity, EntityId, EntityType, Mention, MentionForm, MentionRule};
use crate::ascii::{Block, Selection, WordHashing, class};

/// How many different `[sports]` words (`gazetteers/context-words.txt`) make a text a
/// sports report.
const SPORTS_WORDS: u32 = 2;

/// A town (not a capital) under this population is small: its name is often another
/// country's place, a person's or a firm's ("Kent", "Gobo", "Bolton"), and it is kept
/// only when the article gives its country some evidence ([`Matcher::country_context`]).
const SMALL_TOWN: u64 = 150_000;

/// `Matcher::region_of` of a town whose region is not known.
const NO_REGION: u32 = u32::MAX;

/// How many mentions of one country make an article about it, for a small town of another
/// country that the article never names to be dropped.
const FOREIGN_EVIDENCE: u32 = 2;

/// What a pattern can refer to.
#[derive(Debug, Clone, Copy)]
struct Target {
    entity: EntityId,
    kind: EntityType,
    form: MentionForm,
    /// A city or region, whose name is also a sports club's ("Liverpool were ...").
    club: bool,
    /// A place that contains towns: a region, country, territory or continent.
    area: bool,
    /// A town that is not a capital: its name may be a person's ("Chester said"); a
    /// capital's stands for its government ("Moscow said").
    town: bool,
    /// A first-level region (a state, province).
    region: bool,
    /// Kept only with evidence for its country ([`foreign_small_town`]): a `town` under
    /// [`SMALL_TOWN`] people, or a region named only with `[generic-region-words]` ("West
    /// Coast").
    small: bool,
}

/// One searched string.
#[derive(Debug, Clone)]
struct Pattern {
    /// Where the searched string (lower-cased if case-insensitive) is in
    /// `Matcher::pattern_text`: one string for all, not one allocation each.
    text: (u32, u32),
    /// Range into `Matcher::targets`, best first.
    targets: (u32, u32),
    /// On the stop-list: tagged only with strong context.
    stop: bool,
    /// A `[shared-names]` name: kept only when the article is about its entity's country.
    shared: bool,
    /// Its places are in several countries ("Ontario", "Windsor"): the article's country
    /// may choose.
    countries: bool,
    /// A city first, and a region of the same country with the same name ("New York",
    /// "Washington"): [`Context::state_sense`] may choose the region.
    city_region: bool,
    /// One of its targets is a `small` town: the article's country may drop it.
    small: bool,
    /// A country first, and a region of another country with the same name ("Georgia"):
    /// see [`Matcher::namesake_region`].
    namesake: bool,
    /// A country whose capital has its name ("Monaco", "Singapore"): a club may bear it
    /// ([`city_state`]).
    city_state: bool,
}

/// A raw hit of the automata, before the context rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    start: usize,
    end: usize,
    pat: u32,
}

/// The compiled matcher of a gazetteer.
pub(crate) struct Matcher {
    /// The case-sensitive patterns, and the `~` ones (lower-cased).
    sensitive: Index,
    insensitive: Index,
    /// The pairs of bytes that begin a pattern: only word starts with such a pair are
    /// looked up.
    starts: Pairs,
    /// The classes of bytes ([`crate::ascii::class`]) at whose word starts the scan looks
    /// for patterns: upper-case letters and non-ASCII bytes for the default gazetteer,
    /// whose few patterns that begin with a lower-case letter are found through `sports`.
    name_classes: Selection,
    /// The classes of bytes at whose word starts the scan looks up `sports`.
    sport_classes: Selection,
    patterns: Vec<Pattern>,
    /// The searched strings of `patterns`, one after the other.
    pattern_text: String,
    targets: Vec<Target>,
    /// Finds `[sports]` words and `[league-words]`, whose bit is [`LEAGUE_BIT`].
    sports: Vocabulary,
    /// The bits of `[sports]` words that are also `[sports-common]`.
    common_sports: u64,
    /// The `country` column of every entity, two ASCII letters as a number (0: none).
    country: Vec<u16>,
    /// The `gender` column of every entity: `b'm'`, `b'f'` or 0.
    gender: Vec<u8>,
    /// Whether each person is a politician (`kind`): see [`most_named`].
    politician: Vec<bool>,
    /// Whether each entity is a place inside a country: a town (not a capital), region or
    /// county. See [`Matcher::namesake_region`].
    local: Vec<bool>,
    /// Whether each entity is a news outlet (`kind` "news"): see [`Context::outlet_branch`].
    outlet: Vec<bool>,
    /// Whether each entity is a court (`kind` "judiciary"): see [`Context::state_owner`].
    court: Vec<bool>,
    /// Each town's first-level region (its `region` column names the region entity whose id
    /// is `region:` and that code), or [`NO_REGION`]: see [`Matcher::comma_region_town`].
    region_of: Vec<u32>,
    /// The `role` column of persons, lower-cased.
    roles: HashMap<EntityId, String, WordHashing>,
    /// The people whose role holds a word, by the word in lowercase ("minister").
    role_words: HashMap<String, Vec<EntityId>, WordHashing>,
    /// The lists of `gazetteers/context-words.txt`.
    words: ContextWords,
    /// `words.sentence_words` as a set: a hundred words, looked up for capitalised words
    /// after many hits, where comparing with each in turn cost a few hundred instructions.
    sentence_words: HashSet<String, WordHashing>,
    /// Lower-cased titles, possibly of several words.
    titles: HashSet<String, WordHashing>,
    /// The last words of `titles`: a word that is none of them ends no title.
    title_ends: HashSet<String, WordHashing>,
    /// The lower-cased first byte and length of every word of `title_ends`
    /// ([`first_and_len`]): most words before a hit are ruled out without a look-up.
    title_end_keys: Box<[u64; 64]>,
    /// Lower-cased given names.
    given_names: HashSet<String, WordHashing>,
}

impl Matcher {
    pub(crate) fn new<'a>(entities: &'a [Entity], extra: &'a [Extra], lists: Lists) -> Matcher {
        // (case-insensitive, text, target) for every searched string; `~` ones lower-cased.
        let mut rows: Vec<(bool, Cow<'_, str>, Target)> = vec![];
        // Each entity's rank by size is computed once: comparing by reading and parsing
        // attributes made the sort below the slowest part of building.
        // The columns the rules read, in one pass over each entity's attributes.
        let cols: Vec<Columns<'_>> = entities.iter().map(columns).collect();
        let sizes: Vec<_> = cols.iter().map(population).collect();
        for (i, (entity, extra)) in entities.iter().zip(extra).enumerate() {
            let id = EntityId(i as u32);
            let place = entity.kind == EntityType::Place;
            let kind = cols[i].kind;
            let town = matches!(kind, Some("city" | "capital"));
            // Regions are clubs too ("Munster", "Lazio"), but not the nations of the United
            // Kingdom, whose sides are national ("England", "Wales").
            let region = kind == Some("region") && cols[i].first_country != Some("GB");
            let club = place && (town || region);
            let area = place && !town;
            let plain_town = place && kind == Some("city");
            let generic = |name: &str| name.split(' ').all(|w| has(&lists.context.generic_region_words, w));
            let small = (plain_town && sizes[i].1.0 < SMALL_TOWN)
                || (kind == Some("region") && generic(&entity.name));
            let mut add = |text: &'a str, ci: bool, form| {
                let text = if ci { Cow::Owned(text.to_ascii_lowercase()) } else { Cow::Borrowed(text) };
                rows.push((
                    ci,
                    text,
                    Target {
                        entity: id,
                        kind: entity.kind,
                        form,
                        club: club && form != MentionForm::Demonym,
                        area: area && form != MentionForm::Demonym,
                        town: plain_town && form != MentionForm::Demonym,
                        region: place && kind == Some("region") && form != MentionForm::Demonym,
                        small: small && form != MentionForm::Demonym,
                    },
                ));
            };
            add(&entity.name, false, MentionForm::Name);
            for (alias, ci) in &extra.aliases {
                add(alias, *ci, MentionForm::Alias);
            }
            for (demonym, ci) in &extra.demonyms {
                add(demonym, *ci, MentionForm::Demonym);
            }
            if entity.kind == EntityType::Person {
                let aliases = extra.aliases.iter().filter(|(_, ci)| !ci).map(|(a, _)| a.as_str());
                for name in std::iter::once(entity.name.as_str()).chain(aliases) {
                    if let Some(surname) = surname(name, &lists.context) {
                        add(surname, false, MentionForm::Surname);
                    }
                }
            }
        }
        // Group equal strings, best target first.
        let mut ids: HashMap<(bool, &str), u32, WordHashing> =
            HashMap::with_capacity_and_hasher(rows.len(), WordHashing::default());
        let rank = |t: &Target| (form_rank(t.form), kind_rank(t.kind), sizes[t.entity.0 as usize], t.entity);
        let mut keyed = Vec::with_capacity(rows.len());
        for (ci, text, target) in &rows {
            let next = ids.len() as u32;
            keyed.push((*ids.entry((*ci, text.as_ref())).or_insert(next), rank(target), *target));
        }
        // Group equal strings in order of first appearance (a counting sort: most strings
        // have one row), then order each group by rank.
        let mut next = vec![0usize; ids.len() + 1];
        for k in &keyed {
            next[k.0 as usize + 1] += 1;
        }
        for i in 1..next.len() {
            next[i] += next[i - 1];
        }
        let mut grouped = keyed.clone();
        for k in &keyed {
            grouped[next[k.0 as usize]] = *k;
            next[k.0 as usize] += 1;
        }
        let mut keyed = grouped;
        for group in keyed.chunk_by_mut(|a, b| a.0 == b.0) {
            group.sort_unstable_by_key(|k| k.1);
        }
        let mut texts: Vec<(bool, &str)> = vec![(false, ""); ids.len()];
        for (&key, &id) in &ids {
            texts[id as usize] = key;
        }
        let country: Vec<u16> = cols.iter().map(|c| c.country).collect();
        let gender: Vec<u8> = cols.iter().map(|c| c.gender).collect();
        // Stop-listed (case-sensitive, or lower-cased for `~` strings) and `[shared-names]`
        // strings, by their string id: a few hundred look-ups, not one per string.
        let (mut stopped, mut shared_name) = (vec![false; ids.len()], vec![false; ids.len()]);
        for word in &lists.stoplist {
            let lower = word.to_lowercase();
            for key in [(false, word.as_str()), (true, lower.as_str())] {
                if let Some(&id) = ids.get(&key) {
                    stopped[id as usize] = true;
                }
            }
        }
        for name in &lists.context.shared_names {
            if let Some(&id) = ids.get(&(false, name.as_str())) {
                shared_name[id as usize] = true;
            }
        }
        let title_words: HashSet<String, WordHashing> =
            lists.titles.iter().filter(|t| !t.contains(' ')).map(|t| t.to_lowercase()).collect();
        let mut patterns = Vec::with_capacity(texts.len());
        let mut pattern_text = String::with_capacity(texts.iter().map(|t| t.1.len()).sum());
        let mut targets: Vec<Target> = Vec::with_capacity(keyed.len());
        let cs = texts.iter().filter(|(ci, _)| !ci).count();
        let (mut sensitive, mut insensitive) =
            (Index::with_capacity(cs), Index::with_capacity(texts.len() - cs));
        let mut starts = Pairs::default();
        // Where the scan looks for patterns, and the first three bytes of those that begin
        // with a lower-case letter (looked up with the sports words).
        let (mut name_classes, mut lower_heads) = (0u8, vec![]);
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            let (ci, text) = texts[group[0].0 as usize];
            let start = targets.len();
            for &(_, _, t) in group {
                // One target per entity, its best form.
                if !targets[start..].iter().any(|u| u.entity == t.entity) {
                    targets.push(t);
                }
            }
            let stop = stopped[group[0].0 as usize];
            // "Prince Edward", "General Santos": a place named with a title first is taken for
            // a person unless the context is strong, as for stop-listed names.
            let titled = text.split_once(' ').is_some_and(|(first, _)| contains_lower(&title_words, first))
                && targets[start..].iter().all(|t| t.kind == EntityType::Place);
            let stop = stop || titled;
            let id = patterns.len() as u32;
            // A city named like a region of its country goes first: "New York" is the city
            // unless the text says "state".
            let mine = &mut targets[start..];
            let city_at = mine.iter().position(|t| t.club && !t.area);
            let same = |a: &Target, b: &Target| country[a.entity.0 as usize] == country[b.entity.0 as usize];
            if let Some(c) = city_at.filter(|_| mine[0].region && same(&mine[0], &mine[city_at.unwrap_or(0)]))
            {
                mine[..=c].rotate_right(1);
            }
            let city_region =
                mine[0].club && !mine[0].area && mine[1..].iter().any(|t| t.region && same(t, &mine[0]));
            let mine = &targets[start..];
            let shared = shared_name[group[0].0 as usize] && country[mine[0].entity.0 as usize] != 0;
            let things = || mine.iter().filter(|t| t.kind != EntityType::Person);
            let countries = things()
                .any(|t| country[t.entity.0 as usize] != country[mine[0].entity.0 as usize])
                && things().count() > 1;
            let namesake = mine[0].area
                && !mine[0].region
                && mine[1..]
                    .iter()
                    .any(|t| t.region && country[t.entity.0 as usize] != country[mine[0].entity.0 as usize]);
            let from = pattern_text.len() as u32;
            pattern_text.push_str(text);
            patterns.push(Pattern {
                text: (from, pattern_text.len() as u32),
                targets: (start as u32, targets.len() as u32),
                stop,
                shared,
                countries,
                city_region,
                small: mine.iter().any(|t| t.small),
                namesake,
                city_state: city_state(mine, &country),
            });
            let bytes = text.as_bytes();
            let (b0, b1) = (bytes[0], bytes.get(1).copied().unwrap_or(0));
            if ci {
                for (x, y) in [(b0, b1), (b0.to_ascii_uppercase(), b1.to_ascii_uppercase())] {
                    starts.set(x, y);
                    starts.set(x, y.to_ascii_lowercase());
                }
                insensitive.insert(text, id);
                name_classes = class::ALL;
            } else {
                starts.set(b0, b1);
                sensitive.insert(text, id);
                match class::of(b0) {
                    class::LOWER if bytes.len() >= 3 => lower_heads.push(head(bytes)),
                    c => name_classes |= c,
                }
            }
        }
        let sports = Vocabulary::new(&lists.context.sports, &lists.context.league_words, &lower_heads);
        let vocabulary = lists.context.sports.iter().chain(&lists.context.league_words);
        let mut sport_classes =
            vocabulary.filter_map(|w| w.bytes().next()).fold(0, |all, b| all | class::of(b));
        if !lower_heads.is_empty() {
            sport_classes |= class::LOWER;
        }
        sensitive.finish();
        insensitive.finish();
        // Kept without a final period, as `is_title` looks them up: "Gov." is "gov".
        let titles: HashSet<String, WordHashing> = lists
            .titles
            .into_iter()
            .map(|t| lower_owned(t.strip_suffix('.').map(str::to_string).unwrap_or(t)))
            .collect();
        let title_ends: HashSet<String, WordHashing> =
            titles.iter().filter_map(|t| t.rsplit(' ').next()).map(str::to_string).collect();
        let mut title_end_keys = Box::new([0u64; 64]);
        for word in &title_ends {
            let key = first_and_len(word);
            title_end_keys[key / 64] |= 1 << (key % 64);
        }
        let roles: HashMap<EntityId, String, WordHashing> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
            .filter_map(|(i, e)| Some((EntityId(i as u32), e.attr("role")?.to_lowercase())))
            .collect();
        let mut role_words: HashMap<String, Vec<EntityId>, WordHashing> = HashMap::default();
        for (&e, role) in &roles {
            for w in role.split_whitespace() {
                let holders = role_words.entry(w.to_string()).or_default();
                if !holders.contains(&e) {
                    holders.push(e);
                }
            }
        }
        for holders in role_words.values_mut() {
            holders.sort_unstable();
        }
        Matcher {
            sports,
            name_classes: Selection::of(name_classes),
            sport_classes: Selection::of(sport_classes),
            common_sports: common_sports_bits(&lists.context.sports, &lists.context.sports_common),
            country,
            gender,
            politician: cols.iter().map(|c| c.kind == Some("politician")).collect(),
            outlet: cols.iter().map(|c| c.news).collect(),
            court: cols.iter().map(|c| c.kind == Some("judiciary")).collect(),
            local: cols.iter().map(|c| matches!(c.kind, Some("city" | "region" | "county"))).collect(),
            region_of: regions_of(entities, &cols),
            roles,
            role_words,
            sentence_words: lists.context.sentence_words.iter().cloned().collect(),
            words: lists.context,
            sensitive,
            insensitive,
            starts,
            patterns,
            pattern_text,
            targets,
            titles,
            title_ends,
            title_end_keys,
            given_names: lists.given_names.into_iter().map(lower_owned).collect(),
        }
    }

    /// For "<town>, <region>": `Some(Some(town))` when one of `targets` is a town of region
    /// `r`; `Some(None)` when the targets have towns of the region's country and all are
    /// known to be in other regions ("Salem, New Hampshire" when the gazetteer has only the
    /// Oregon and Indian towns); `None` when it cannot tell.
    fn comma_region_town<'t>(&self, targets: &'t [Target], r: EntityId) -> Option<Option<&'t Target>> {
        let town = |t: &&Target| t.club && !t.area;
        let region = |t: &Target| self.region_of.get(t.entity.0 as usize).copied().unwrap_or(NO_REGION);
        if let Some(t) = targets.iter().filter(town).find(|t| region(t) == r.0) {
            return Some(Some(t));
        }
        let country = self.country[r.0 as usize];
        let mut same =
            targets.iter().filter(town).filter(|t| self.country[t.entity.0 as usize] == country).peekable();
        let elsewhere = same.peek().is_some() && same.all(|t| region(t) != NO_REGION);
        elsewhere.then_some(None)
    }

    /// Whether the person's role holds `title` as a word ("secretary" in "former us
    /// secretary of state").
    fn role_has(&self, entity: EntityId, title: &str) -> bool {
        let title = title.to_lowercase();
        self.roles
            .get(&entity)
            .is_some_and(|role| role.split(|c: char| !c.is_alphanumeric()).any(|w| w == title))
    }

    /// The people whose role holds `word` (lowercase) as a word, with the role in
    /// lowercase, in the order of their ids.
    pub(crate) fn role_holders<'m>(&'m self, word: &str) -> impl Iterator<Item = (EntityId, &'m str)> + 'm {
        let holders = self.role_words.get(word).map_or(&[][..], Vec::as_slice);
        holders.iter().filter_map(|e| Some((*e, self.roles.get(e)?.as_str())))
    }

    /// The number of distinct searched strings.
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Whether `word` (one or more words) is a title, ignoring case and a final period.
    pub(crate) fn is_title(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        contains_lower(&self.titles, word)
    }

    /// Whether a title can end with `word` (ignoring case and a final period): when not, no
    /// words before it make one.
    fn may_end_title(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        let key = first_and_len(word);
        let listed = self.title_end_keys[key / 64] & (1 << (key % 64)) != 0;
        (listed || !word.is_ascii()) && contains_lower(&self.title_ends, word)
    }

    /// The mentions in `text`, sorted and non-overlapping.
    pub(crate) fn tag(&self, text: &str) -> Vec<Mention> {
        let (hits, sports, league) = self.scan(text);
        let mut out: Vec<Mention> = Vec::with_capacity(hits.len());
        // Room for every hit's entity at once: growing the set step by step cost more.
        let mentioned = HashSet::with_capacity_and_hasher(hits.len(), WordHashing::default());
        let mut seen = Seen { sports, mentioned, ..Seen::default() };
        // Mentions the article's country decides: (index in `out`, pattern).
        let mut by_country: Vec<(usize, u32)> = vec![];
        for k in 0..hits.len() {
            if let Some(m) = self.resolve(text, &hits, k, &mut seen, &out, &league) {
                let pat = self.patterns.get(hits[k].pat as usize);
                if pat.is_some_and(|p| (p.shared || p.countries || p.small) && m.form != MentionForm::Surname)
                {
                    // Room for every hit left at once (growing the list step by step cost more).
                    by_country.reserve(hits.len() - k);
                    by_country.push((out.len(), hits[k].pat));
                }
                seen.mentioned.insert(m.entity);
                out.push(m);
            }
        }
        if !by_country.is_empty() {
            self.country_context(text, &mut out, &by_country, &seen.districts);
        }
        out
    }

    /// Country context: the article's other mentions (places, persons, organisations with a
    /// `country`) count for their country. A `[shared-names]` mention is kept, with rule
    /// `country`, when its entity's country counts more than half the largest count, or three
    /// or more;
    /// otherwise it is dropped (the name may be another country's body, which the gazetteer
    /// does not know). A name of places in several countries counts too when its first
    /// choice is a capital, region or country, which stays; when it is a town, it goes to a
    /// same-name place of the country that counts most, when the town's country counts
    /// nothing ("Santa Maria" in a report from California; not "Manchester" in a report
    /// that names Britain once and America often). See [`foreign_small_town`] for the
    /// small towns that are dropped.
    fn country_context(
        &self,
        text: &str,
        out: &mut Vec<Mention>,
        decided: &[(usize, u32)],
        districts: &[usize],
    ) {
        let target = |&(i, pat): &(usize, u32)| {
            let m: &Mention = &out[i];
            self.targets(pat).iter().find(|t| t.entity == m.entity).copied()
        };
        let town =
            |d: &(usize, u32)| self.patterns[d.1 as usize].countries && target(d).is_some_and(|t| t.town);
        let mut counts: HashMap<u16, u32, WordHashing> = HashMap::default();
        let mut skip =
            decided.iter().filter(|d| self.patterns[d.1 as usize].shared || town(d)).map(|d| d.0).peekable();
        // How often each small town is mentioned: its own mentions are no evidence for its
        // country.
        let mut own: HashMap<EntityId, u32, WordHashing> = HashMap::default();
        for (i, m) in out.iter().enumerate() {
            if skip.peek() == Some(&i) {
                skip.next();
                continue;
            }
            let c = self.country[m.entity.0 as usize];
            if c != 0 {
                *counts.entry(c).or_default() += 1;
            }
        }
        for d in decided {
            if target(d).is_some_and(|t| t.small) && !town(d) {
                *own.entry(out[d.0].entity).or_default() += 1;
            }
        }
        let max = counts.values().copied().max().unwrap_or(0);
        let count = |e: EntityId| counts.get(&self.country[e.0 as usize]).copied().unwrap_or(0);
        let kinds: Vec<(bool, bool)> =
            decided.iter().map(|d| (town(d), target(d).is_some_and(|t| t.small))).collect();
        let mut drop = vec![];
        // For "Georgia": the towns and regions of the region's country, and how often each
        // country's namesake is itself mentioned (counted once each).
        let mut namesakes: Option<(u16, u32)> = None;
        let mut own_names: HashMap<EntityId, u32, WordHashing> = HashMap::default();
        for (&(i, pat), (town, small)) in decided.iter().zip(kinds) {
            let p = &self.patterns[pat as usize];
            if p.shared {
                let m = &mut out[i];
                let n = count(m.entity);
                if n == 0 || (2 * n <= max && n < 3) {
                    drop.push(i);
                } else {
                    m.rule = MentionRule::Country;
                }
                continue;
            }
            if let Some(r) = self.namesake_region(pat, out[i].entity) {
                // "Georgia": the state when the article names more towns and regions of the
                // state's country than it names the country (beyond this name itself).
                let c = self.country[r.0 as usize];
                let local = match namesakes {
                    Some((k, n)) if k == c => n,
                    _ => out_local(out, &self.local, &self.country, c),
                };
                namesakes = Some((c, local));
                let itself = *own_names.entry(out[i].entity).or_insert_with(|| {
                    decided.iter().filter(|d| out[d.0].entity == out[i].entity).count() as u32
                });
                let others = count(out[i].entity).saturating_sub(itself);
                // ("a woman from Georgia" in a report that names the US twice and Georgia
                // nothing else, not in a list of countries: "Cyprus, Georgia, India")
                let theirs = counts.get(&c).copied().unwrap_or(0);
                let unlisted = || !listed_with_others(text, out, i, &self.country, c);
                let evidence = others == 0 && theirs >= FOREIGN_EVIDENCE && theirs == max && unlisted();
                let m = &mut out[i];
                if local > others || evidence {
                    m.entity = r;
                    m.rule = MentionRule::Country;
                }
                continue;
            }
            let m = &mut out[i];
            if town {
                // Any place or organisation of that name: "Westminster" in a British report
                // is the Parliament, not the Colorado town.
                let best = self
                    .targets(pat)
                    .iter()
                    .filter(|t| t.kind != EntityType::Person)
                    .max_by_key(|t| (count(t.entity), t.entity == m.entity));
                if let Some(t) = best.filter(|t| {
                    t.entity != m.entity && namesake_wins(t, count(t.entity), count(m.entity), max)
                }) {
                    m.entity = t.entity;
                    m.rule = MentionRule::Country;
                    continue;
                }
            }
            let others = count(m.entity) - if town { 0 } else { own.get(&m.entity).copied().unwrap_or(0) };
            if small && (foreign_small_town(others, max) || (others == 0 && districts.contains(&i))) {
                drop.push(i);
            }
        }
        for i in drop.into_iter().rev() {
            out.remove(i);
        }
    }

    /// "Georgia": when `chosen` is a country and pattern `pat` also names a region of another
    /// country, that region.
    fn namesake_region(&self, pat: u32, chosen: EntityId) -> Option<EntityId> {
        if !self.patterns.get(pat as usize).is_some_and(|p| p.namesake) {
            return None;
        }
        let targets = self.targets(pat);
        let c = self.country[chosen.0 as usize];
        targets
            .iter()
            .find(|t| t.entity == chosen)
            .filter(|t| t.area && !t.region && t.form != MentionForm::Demonym)?;
        targets.iter().find(|t| t.region && self.country[t.entity.0 as usize] != c).map(|t| t.entity)
    }

    /// The longest pattern at each word start that ends at a word boundary, and whether
    /// the text is a sports report.
    fn scan(&self, text: &str) -> (Vec<Hit>, bool, Vec<usize>) {
        let bytes = text.as_bytes();
        // About one hit per 200 bytes of news, one per 70 in lists of names: room for one
        // per 64 bytes, as growing the list (a copy) cost more than the room.
        let mut hits = Vec::with_capacity(text.len() / 64);
        // The sports words found, and the first position past the last one ("FA Cup" is not
        // also "Cup").
        let (mut sports, mut sports_next) = (0u64, 0);
        // Where `[league-words]` begin.
        let mut league = vec![];
        // The first position past the last hit.
        let mut next = 0;
        // The block's bytes and the three after it, zero past the text's end.
        let mut pad;
        for block in crate::ascii::blocks(bytes) {
            let window: &[u8; WINDOW] = match bytes.get(block.base..).and_then(|b| b.first_chunk()) {
                Some(window) => window,
                None => {
                    let rest = bytes.get(block.base..).unwrap_or_default();
                    pad = [0; WINDOW];
                    pad[..rest.len()].copy_from_slice(rest);
                    &pad
                }
            };
            // Sports words, at the word starts of their classes (letters): the few whose
            // first three bytes pass the bitmap are looked up. (A test of first-byte pairs
            // of sports words passed three word starts in four, at random.) Once two sports
            // words are found, the text is a sports report. The same look-up finds the word
            // starts where a pattern beginning with a lower-case letter may begin.
            let mut lower_starts = 0u64;
            let mut at = passing(window, block.starts & block.select(&self.sport_classes), |four| {
                self.sports.head_bit(four)
            });
            while at != 0 {
                let k = at.trailing_zeros() as usize;
                at &= at - 1;
                let i = block.base + k;
                let (Some(rest), four) = (bytes.get(i..), four_at(window, k)) else { break };
                if let Some((bit, len)) = self.sports.verify(rest, four & 0xff_ffff) {
                    if bit & LEAGUE_BIT != 0 {
                        league.push(i);
                    } else if i >= sports_next {
                        sports |= bit;
                        sports_next = i + len;
                    }
                }
                if self.sports.name_head(four & 0xff_ffff) {
                    lower_starts |= 1 << k;
                }
            }
            // Patterns, at the word starts of their classes (upper-case letters, non-ASCII
            // bytes), in order. Most word starts begin no pattern: their first two bytes say
            // so.
            let names = block.starts & block.select(&self.name_classes) | lower_starts;
            let mut at = passing(window, names, |four| self.starts.bit(four as u16));
            while at != 0 {
                let k = at.trailing_zeros() as usize;
                at &= at - 1;
                let i = block.base + k;
                if i < next {
                    continue;
                }
                if let Some(hit) = self.hit_at(text, i, four_at(window, k), &block, k) {
                    next = hit.end;
                    hits.push(hit);
                }
            }
        }
        (hits, sports_report(sports, self.common_sports), league)
    }

    /// The longest pattern at word start `i`, byte `k` of `block`, whose first four bytes
    /// (zero past the end) are `four`, that ends at a word boundary.
    #[inline]
    fn hit_at(&self, text: &str, i: usize, four: u32, block: &Block, k: usize) -> Option<Hit> {
        let bytes = text.as_bytes();
        // The byte before is not an ASCII letter or digit; it may end a non-ASCII letter
        // or be an apostrophe after one ("O'Driscoll").
        let before = bytes[..i].last().copied().unwrap_or(0);
        if (before >= 0x80 || before == b'\'') && (word_char_before(text, i) || elided_before(text, i)) {
            return None;
        }
        // A position inside a character begins nothing.
        let rest = text.get(i..)?;
        let mut best = None;
        if !self.sensitive.is_empty() {
            // The words' lengths from the block's classes where they end within it.
            let one = block.word_len(k).unwrap_or_else(|| word_len(rest));
            let two = || block.two_end(k, one).or_else(|| two_end(rest, one));
            let candidates = self.sensitive.candidates_of(rest, one, two);
            if candidates.iter().any(|list| !list.is_empty()) {
                best = self.longest(text, i, false, rest, candidates);
            }
        }
        // Only word starts whose first bytes begin a `~` string are looked up for them.
        if !self.insensitive.is_empty() && self.insensitive.may_begin(ascii_lower4(four)) {
            let mut buf = [0u8; 64];
            let mut n = rest.len().min(buf.len());
            while !rest.is_char_boundary(n) {
                n -= 1;
            }
            let key = &rest[..n];
            if let Some(lower) = ascii_lower(key, &mut buf) {
                let m = self.longest(text, i, true, lower, self.insensitive.candidates(lower));
                if m.is_some_and(|(end, _)| best.is_none_or(|(e, _)| end > e)) {
                    best = m;
                }
            }
        }
        best.map(|(end, pat)| Hit { start: i, end, pat })
    }

    /// The longest of `candidates` that begins `text` at `at` and ends at a word boundary:
    /// its end and id. `key` is the text from `at` (lower-cased when `ci`).
    #[inline]
    fn longest(
        &self,
        text: &str,
        at: usize,
        ci: bool,
        key: &str,
        candidates: [&[Cand]; 2],
    ) -> Option<(usize, u32)> {
        let rest = text.as_bytes().get(at..)?;
        // The key's first eight bytes rule out most candidates without reading their text.
        let eight = first_eight(key.as_bytes());
        for list in candidates {
            for cand in list {
                if !cand.may_begin(eight) {
                    continue;
                }
                let len = cand.len as usize;
                let Some(head) = rest.get(..len) else { continue };
                // A string of up to eight bytes is all compared, unless the lower-cased key
                // was cut short.
                let same = (len <= 8 && key.len() >= len) || {
                    let pat = self
                        .patterns
                        .get(cand.id as usize)
                        .and_then(|p| self.pattern_text.as_bytes().get(p.text.0 as usize..p.text.1 as usize));
                    pat.is_some_and(|pat| if ci { head.eq_ignore_ascii_case(pat) } else { head == pat })
                };
                if same && word_end(text, at + len) {
                    return Some((at + len, cand.id));
                }
            }
        }
        None
    }

    /// `chosen`, or the introduced person sharing its surname whose gender the first
    /// personal pronoun after the hit in its sentence says when `chosen`'s is the other
    /// ("Trump, however, paints herself" after "Ivanka Trump"; "Clinton and his team").
    fn pronoun_gender_fit<'t>(
        &self,
        chosen: &'t Target,
        surnames: impl Iterator<Item = &'t Target>,
        seen: &Seen,
        text: &str,
        end: usize,
    ) -> &'t Target {
        let gender = |t: &Target| self.gender.get(t.entity.0 as usize).copied().unwrap_or(0);
        let Some(said) = pronoun_gender_after(text, end) else { return chosen };
        if gender(chosen) == said || gender(chosen) == 0 {
            return chosen;
        }
        let fit = surnames.filter(|t| gender(t) == said);
        most_named(fit, seen, &self.politician).unwrap_or(chosen)
    }

    fn targets(&self, pat: u32) -> &[Target] {
        let (a, b) = self.patterns.get(pat as usize).map_or((0, 0), |p| p.targets);
        self.targets.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// Applies the context rules to hit `k`.
    /// (Inlined into `tag`: called apart, it cost about 2.7 M instructions per BBC pass.)
    #[inline(always)]
    fn resolve(
        &self,
        text: &str,
        hits: &[Hit],
        k: usize,
        seen: &mut Seen,
        done: &[Mention],
        league: &[usize],
    ) -> Option<Mention> {
        let floor = done.last().map_or(0, |m| m.end);
        let hit = hits[k];
        let targets = self.targets(hit.pat);
        let stop = self.patterns.get(hit.pat as usize).is_some_and(|p| p.stop);
        let ctx = Context::new(text, hits, k, done, self, league);
        // A person's full name or alias.
        if let Some(t) =
            targets.iter().find(|t| t.kind == EntityType::Person && t.form != MentionForm::Surname)
        {
            if stop && !ctx.strong_place_context() {
                return None;
            }
            if ctx.next_word().is_some_and(|w| has(&self.words.suffixes, w) || has(&self.words.regnal, w)) {
                return None;
            }
            let order = seen.introduced.len();
            seen.introduced.entry(t.entity).or_insert(order);
            *seen.named.entry(t.entity).or_default() += 1;
            return Some(ctx.person(t.entity, t.form, floor));
        }
        // A surname: the most recently introduced person wins, then other entity types,
        // then the only person with that surname.
        // An honorific with a gender ("Mr", "Mrs") leaves out persons of the other.
        let want = ctx.honorific_gender();
        let fits = |t: &&Target| {
            let g = self.gender.get(t.entity.0 as usize).copied().unwrap_or(0);
            want.is_none_or(|w| g == 0 || g == w)
        };
        let surnames = targets.iter().filter(|t| t.form == MentionForm::Surname).filter(fits);
        // A title that the person's role names ("Secretary Clinton": "Former US Secretary of
        // State") picks that person among the introduced ones.
        let titled = ctx.title_text().and_then(|title| {
            surnames
                .clone()
                .find(|t| seen.introduced.contains_key(&t.entity) && self.role_has(t.entity, title))
        });
        let recent = titled.or_else(|| most_named(surnames.clone(), seen, &self.politician));
        // "Trump, however, paints herself": a pronoun after the surname that says the other
        // gender picks the introduced person of that gender.
        let recent = match (recent, titled.is_none() && want.is_none()) {
            (Some(t), true) => Some(self.pronoun_gender_fit(t, surnames.clone(), seen, text, hit.end)),
            (r, _) => r,
        };
        // "the Clinton administration", "a former Clinton White House aide": a past
        // presidency is the president's, not another person of that surname whom the text
        // named; none when several presidents bear it and the text introduced none of them.
        let recent = match recent {
            Some(t) if ctx.past_presidency_after() && !self.role_has(t.entity, "president") => {
                let mut presidents = surnames.clone().filter(|s| self.role_has(s.entity, "president"));
                let introduced = |s: &&Target| seen.introduced.contains_key(&s.entity);
                match (presidents.next(), presidents.next()) {
                    (None, _) => Some(t),
                    (Some(p), None) => Some(p),
                    (Some(p), Some(q)) => match [p, q].into_iter().chain(presidents).find(introduced) {
                        Some(p) => Some(p),
                        None => return None,
                    },
                }
            }
            r => r,
        };
        // Other types: one the text already mentioned ("Pokrovsk (Krasnoarmeysk)"), or the
        // best ranked.
        let mut others = targets.iter().filter(|t| t.kind != EntityType::Person);
        let mentioned = |t: &&Target| seen.mentioned.contains(&t.entity);
        let mut first = others.next();
        // The region or country of "London, Ontario" is the one that has towns.
        if ctx.after_comma_town()
            && let Some(t) = targets.iter().find(|t| t.area)
        {
            first = Some(t);
        }
        // "Norfolk, Nebraska": the town of that region, or none when the gazetteer's towns of
        // that name in the region's country are all elsewhere.
        let mut in_region = false;
        if let Some(r) = ctx.comma_region().filter(|_| first.is_some_and(|t| t.club && !t.area)) {
            match self.comma_region_town(targets, r) {
                Some(Some(t)) => (first, in_region) = (Some(t), true),
                Some(None) if recent.is_none() => {
                    seen.elsewhere.insert(hit.pat);
                    return None;
                }
                _ => {}
            }
        } else if recent.is_none()
            && !seen.elsewhere.is_empty()
            && seen.elsewhere.contains(&hit.pat)
            && first.is_some_and(|t| t.town)
        {
            // "Norfolk, Nebraska … in Norfolk": the same town, which the gazetteer lacks (not a
            // capital: "this Washington more than the other Washington").
            return None;
        }
        // "San Pedro, California", "London, Ontario": the place of that region's country, or
        // none when the gazetteer has no such place.
        if let Some(c) =
            ctx.comma_area_country().filter(|_| !in_region && first.is_some_and(|t| t.club && !t.area))
        {
            let here = |t: &&Target| t.kind == EntityType::Place && self.country[t.entity.0 as usize] == c;
            match targets.iter().find(here) {
                Some(t) => first = Some(t),
                None if recent.is_none() => return None,
                None => {}
            }
        }
        // Whether "state"/"province" or a state's office chose a region.
        let mut state = false;
        // (Not for a town the region after its comma chose: "Victoria, B.C.")
        if !in_region
            && first.is_some_and(|_| self.patterns[hit.pat as usize].city_region)
            && ctx.state_sense()
        {
            let city = first.map(|t| self.country[t.entity.0 as usize]);
            let region = targets.iter().find(|t| t.region && Some(self.country[t.entity.0 as usize]) == city);
            state = region.is_some();
            first = region.or(first);
        }
        // "Ontario Premier Doug Ford", "the province of Ontario", "Ontario and Quebec": a
        // town's name that is also a region of another country names the region.
        if !state
            && !in_region
            && first.is_some_and(|t| t.town)
            && let Some(r) = targets.iter().find(|t| t.region)
            && ctx.state_sense()
        {
            (first, state) = (Some(r), true);
        }
        // "Georgia Gov. Brian Kemp", "the state of Georgia": a country's name that is also a
        // region of another country names the region.
        if let Some(r) =
            first.and_then(|t| self.namesake_region(hit.pat, t.entity)).filter(|_| ctx.state_sense())
        {
            (first, state) = (targets.iter().find(|t| t.entity == r), true);
        }
        // A state's sense ("New York Gov.") outranks an earlier mention of the city.
        let earlier = targets.iter().filter(|t| t.kind != EntityType::Person && !state).find(mentioned);
        let other = earlier.or(first);
        let rule = match (earlier, first) {
            (Some(a), Some(b)) if a.entity != b.entity => MentionRule::Earlier,
            _ => MentionRule::Ranked,
        };
        let (surname, known) = match (recent, other) {
            (Some(t), _) => (t, true),
            (None, Some(t)) => {
                if t.club
                    && !ctx.in_place()
                    && (seen.sports || ctx.league_sentence() || ctx.plural_subject() || ctx.score_near())
                {
                    return None;
                }
                // "Monaco are also in the race": a city-state's club, as for a city; its
                // national side and the state itself keep its name in other uses.
                if self.patterns[hit.pat as usize].city_state && ctx.plural_subject() {
                    return None;
                }
                // "gaming group Wembley", "Wembley, the gaming company": a firm, here and
                // later in the text.
                // ("the lobby group Guantanamo Human Rights Commission" is a longer name.)
                // "Mark Cuban ... Cuban also gave": a demonym that the text made a surname.
                if t.form == MentionForm::Demonym {
                    let given = |w: Word<'_>| {
                        starts_upper(w.text) && !text[..w.start].ends_with('-') && ctx.is_given_name(w.text)
                    };
                    // ("Mark Cuban, the owner", "Mike German said"; not "Roma Czechs were")
                    let apposed = text[hit.end..].starts_with([',', ':', '('])
                        || ctx.next_word().is_some_and(|w| has(&self.words.speech_verbs, w));
                    if apposed && ctx.prev_word().is_some_and(given) {
                        seen.demonym_surnames.insert(hit.pat);
                    }
                    if !seen.demonym_surnames.is_empty()
                        && seen.demonym_surnames.contains(&hit.pat)
                        && ctx.person_use()
                    {
                        return None;
                    }
                }
                // "Mayor Don Guardian ... Guardian said": an organisation's one-word name
                // that the text made a surname.
                if t.kind == EntityType::Organization {
                    if ctx.org_as_surname() {
                        seen.org_surnames.insert(hit.pat);
                        return None;
                    }
                    if !seen.org_surnames.is_empty()
                        && seen.org_surnames.contains(&hit.pat)
                        && ctx.bare_person_use()
                    {
                        return None;
                    }
                    // "the Wisconsin Supreme Court ... the Supreme Court": the state's body.
                    if ctx.state_owner(t) {
                        seen.state_bodies.insert(hit.pat);
                        return None;
                    }
                    if !seen.state_bodies.is_empty() && seen.state_bodies.contains(&hit.pat) {
                        return None;
                    }
                }
                // "Cuba Gooding Jr. ... Cuba's best role": a place that began a person's name.
                if t.kind == EntityType::Place && t.form != MentionForm::Demonym {
                    if ctx.person_name_first() {
                        seen.name_firsts.insert(hit.pat);
                        return None;
                    }
                    if !seen.name_firsts.is_empty()
                        && seen.name_firsts.contains(&hit.pat)
                        && ctx.named_person_use()
                    {
                        return None;
                    }
                }
                let named_firm = !seen.firms.is_empty() && seen.firms.contains(&hit.pat);
                if t.town && (named_firm || (ctx.firm_name(t.small) && !ctx.glued_after())) {
                    seen.firms.insert(hit.pat);
                    return None;
                }
                // "Texas Instruments ... a vice president at Texas": a firm named after a
                // town or region, and its short name later ("in Texas", "the Texas state
                // government" are the place).
                if (t.town || t.region) && ctx.firm_longer_name() {
                    seen.firm_names.insert(hit.pat);
                    return None;
                }
                if !seen.firm_names.is_empty()
                    && seen.firm_names.contains(&hit.pat)
                    && !ctx.in_place()
                    && !ctx.place_noun_after()
                {
                    return None;
                }
                let m = ctx.place_or_org(t, stop).map(|m| Mention { rule, ..m });
                if m.is_some() && t.small && ctx.direction_district() {
                    seen.districts.push(done.len());
                }
                return m;
            }
            (None, None) => {
                let mut all = surnames;
                let first = all.next()?;
                if all.next().is_some() {
                    return None; // ambiguous: never guess
                }
                (first, false)
            }
        };
        let title = ctx.title_before();
        if title.is_none() && ctx.prev_word().is_some_and(|w| ctx.other_first_name(w)) {
            // "Jack McConnell": someone else, and so is a later "Mr McConnell".
            seen.others.insert(hit.pat);
            return None;
        }
        if !known {
            // Unintroduced, a surname needs a title that is more than an honorific
            // ("President Putin", not "Mr Wong"); a surname that is also a common word, a
            // given name or a day ("Friday", "Charles") needs an introduction.
            let word = &text[hit.start..hit.end];
            let weak = stop || has(&self.words.calendar, word) || ctx.is_given_name(word);
            let honorific = |start: usize| {
                let t = &text[start..hit.start - 1];
                has(&self.words.honorifics, t.strip_suffix('.').unwrap_or(t))
            };
            if weak || seen.others.contains(&hit.pat) || title.is_none_or(honorific) {
                return None;
            }
        }
        if ctx.glued_after() || ctx.family_after() {
            return None;
        }
        let m = ctx.person(surname.entity, MentionForm::Surname, floor);
        // "Mr. Trump" says who is meant: it counts as naming him for later bare surnames.
        if known && (want.is_some() || titled.is_some()) {
            *seen.named.entry(surname.entity).or_default() += 1;
        }
        let several = targets.iter().filter(|t| t.form == MentionForm::Surname).nth(1).is_some();
        Some(Mention { rule: if known && several { MentionRule::Earlier } else { MentionRule::Ranked }, ..m })
    }
}

/// Whether mention `i` of `out` is in a list ("Cyprus, Georgia and India"): a mention of
/// another country than `c` just before or after it, joined by ", ", " and " or ", and ".
fn listed_with_others(text: &str, out: &[Mention], i: usize, country: &[u16], c: u16) -> bool {
    let joined = |a: &Mention, b: &Mention| {
        text.get(a.end..b.start).is_some_and(|gap| matches!(gap, ", " | " and " | ", and " | " or "))
            && country[if a.start == out[i].start { b } else { a }.entity.0 as usize] != c
    };
    let before = i.checked_sub(1).and_then(|j| out.get(j)).is_some_and(|a| joined(a, &out[i]));
    before || out.get(i + 1).is_some_and(|b| joined(&out[i], b))
}

/// Whether a town's namesake `t`, whose country the article's other mentions count
/// `theirs` times, replaces the town, whose country they count `mine` times (`max`: the
/// most-counted country). A namesake of the most-counted country wins when the town's
/// counts nothing; so does one counted [`FOREIGN_EVIDENCE`] times or more ("Hamilton" in a
/// report from New Zealand that is mostly about Wales). An organisation (a metonym:
/// "Westminster") or a first-level region ("Ontario" in a Canadian report that names
/// Boston twice: not the Californian city) wins too while the town's country counts under
/// half as much as its own.
fn namesake_wins(t: &Target, theirs: u32, mine: u32, max: u32) -> bool {
    let evidence = theirs == max || theirs >= FOREIGN_EVIDENCE;
    let larger = t.kind == EntityType::Organization || t.region;
    let outweighs = larger && theirs >= FOREIGN_EVIDENCE && 2 * mine < theirs;
    (evidence && mine == 0 && theirs > 0) || outweighs
}

/// How many of `out` are towns, regions or counties (`local`) of country `c`.
fn out_local(out: &[Mention], local: &[bool], country: &[u16], c: u16) -> u32 {
    out.iter().filter(|m| local[m.entity.0 as usize] && country[m.entity.0 as usize] == c).count() as u32
}

/// A small town (under [`SMALL_TOWN`], not a capital) whose country the article's other
/// mentions never name (`country_mentions` is 0), while they name some country
/// [`FOREIGN_EVIDENCE`] times or more (`most`): the name is most likely a local place the
/// gazetteer lacks, a person, a firm or a title ("Kent" in a British report is not the town
/// in Washington; "Bolton said"; "Norway's rights society Tono"), and it is dropped.
fn foreign_small_town(country_mentions: u32, most: u32) -> bool {
    country_mentions == 0 && most >= FOREIGN_EVIDENCE
}

/// What a text has said so far about persons. Sets and maps, not lists: a look-up per hit
/// must not grow with the article (a scan of all earlier mentions made tagging quadratic).
#[derive(Default)]
struct Seen {
    /// Persons introduced by full name or alias, with the order of their introduction.
    introduced: HashMap<EntityId, usize, WordHashing>,
    /// Entities of the mentions accepted so far.
    mentioned: HashSet<EntityId, WordHashing>,
    /// How often each person was named in full (or by alias).
    named: HashMap<EntityId, u32, WordHashing>,
    /// Surname patterns seen with another first name ("Jack McConnell").
    others: HashSet<u32, WordHashing>,
    /// Whether the text is a sports report.
    sports: bool,
    /// Place patterns the text used as a firm's name ("gaming group Wembley"): later
    /// mentions are the firm too.
    firms: HashSet<u32, WordHashing>,
    /// Town and region patterns that began a firm's longer name ("Texas Instruments"): later
    /// bare uses are the firm, unless the text makes them the place.
    firm_names: HashSet<u32, WordHashing>,
    /// Demonym patterns the text used as a surname after a given name ("Mark Cuban"): its
    /// later bare uses ("Cuban also said") are the person.
    demonym_surnames: HashSet<u32, WordHashing>,
    /// One-word organisation names the text used as a surname after a given name ("Don
    /// Guardian"): its later bare uses ("Guardian said") are the person.
    org_surnames: HashSet<u32, WordHashing>,
    /// `[shared-names]` courts the text named after a state or city of their country
    /// ("the Wisconsin Supreme Court"): later bare uses are that state's court.
    state_bodies: HashSet<u32, WordHashing>,
    /// Town patterns the text placed in a region where the gazetteer has no town of that
    /// name ("Norfolk, Nebraska"): later bare uses are that town too, not another one.
    elsewhere: HashSet<u32, WordHashing>,
    /// Place patterns that began a person's name ("Cuba Gooding Jr.", "Georgia May Lee"):
    /// later bare uses in a person's context ("Cuba's best role") are the person.
    name_firsts: HashSet<u32, WordHashing>,
    /// Mentions (indices of the output) of "the <direction> <word>" towns ("the West End"):
    /// kept only when the article names their country ([`Context::direction_district`]).
    districts: Vec<usize>,
}

/// Among persons sharing a surname, the one the text introduced and named in full most
/// often, the first introduced of those (an article introduces its main figure first):
/// "Clinton" in an article that names Hillary
/// Clinton five times and Bill Clinton once is Hillary. A politician the text introduced
/// comes before a relative or aide who is not one (`politician`): a report about a
/// candidate's wife names her in full each time to tell her apart, and calls the candidate
/// by his bare surname ("Melania Trump … at odds with Trump and his team").
fn most_named<'t>(
    surnames: impl Iterator<Item = &'t Target>,
    seen: &Seen,
    politician: &[bool],
) -> Option<&'t Target> {
    surnames
        .filter_map(|t| {
            let order = *seen.introduced.get(&t.entity)?;
            let office = politician.get(t.entity.0 as usize).copied().unwrap_or(false);
            Some(((office, seen.named.get(&t.entity).copied().unwrap_or(0), Reverse(order)), t))
        })
        .max_by_key(|&(key, _)| key)
        .map(|(_, t)| t)
}

/// The gender (`b'm'`, `b'f'`) a pronoun after `end` gives the name before it: "X and
/// his/her" right after it, or a reflexive ("himself", "herself") as the first personal
/// pronoun in the 80 bytes after it, in its sentence ("X, however, paints herself").
/// Other pronouns may name someone else ("X attacked her") and say nothing.
fn pronoun_gender_after(text: &str, end: usize) -> Option<u8> {
    let mut stop = (end + 80).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = text.get(end..stop)?;
    let rest = &rest[..rest.find(['.', '!', '?', '\n']).unwrap_or(rest.len())];
    let mut words = rest.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    let (first, second) = (words.next(), words.next());
    match (first, second) {
        (Some("and"), Some("his")) => return Some(b'm'),
        (Some("and"), Some("her")) => return Some(b'f'),
        _ => {}
    }
    let words = [first, second].into_iter().flatten().chain(words);
    words
        .filter_map(|w| match w {
            "himself" => Some(Some(b'm')),
            "herself" => Some(Some(b'f')),
            "he" | "He" | "his" | "His" | "him" | "she" | "She" | "her" | "Her" | "hers" => Some(None),
            _ => None,
        })
        .next()
        .flatten()
}

/// A hit in its text.
struct Context<'a> {
    text: &'a str,
    hits: &'a [Hit],
    k: usize,
    /// `hits[k]`, kept: the rules ask for it about ten times per hit.
    hit: Hit,
    /// The mentions accepted so far.
    done: &'a [Mention],
    matcher: &'a Matcher,
    /// The words just before and after the hit (most rules look at them).
    prev: Option<Word<'a>>,
    next: Option<&'a str>,
    /// Where the text's `[league-words]` begin.
    league: &'a [usize],
    /// [`Context::title_before`], once found: most rules ask for it.
    title: std::cell::Cell<Option<Option<usize>>>,
}

/// A word near a hit: its text and where it starts.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Context<'a> {
    fn new(
        text: &'a str,
        hits: &'a [Hit],
        k: usize,
        done: &'a [Mention],
        matcher: &'a Matcher,
        league: &'a [usize],
    ) -> Self {
        let hit = hits[k];
        let next = text.get(hit.end..).and_then(|rest| rest.strip_prefix(' ')).and_then(|rest| {
            let len = name_len(rest, true);
            Some(&rest[..len]).filter(|w| !w.is_empty())
        });
        let title = std::cell::Cell::new(None);
        Context { text, hits, k, hit, done, matcher, prev: word_before(text, hit.start), next, league, title }
    }

    fn hit(&self) -> Hit {
        self.hit
    }

    /// A person mention, extended over a title just before it (`floor` keeps it from
    /// overlapping the previous mention).
    fn person(&self, entity: EntityId, form: MentionForm, floor: usize) -> Mention {
        let hit = self.hit();
        match self.title_before() {
            Some(start) if start >= floor => {
                Mention { start, end: hit.end, entity, form: MentionForm::Title, rule: MentionRule::Ranked }
            }
            _ => Mention { start: hit.start, end: hit.end, entity, form, rule: MentionRule::Ranked },
        }
    }

    fn place_or_org(&self, t: &Target, stop: bool) -> Option<Mention> {
        let hit = self.hit();
        if stop && !self.strong_place_context() {
            return None;
        }
        let single_org = t.kind == EntityType::Organization
            && !self.text[hit.start..hit.end].contains(' ')
            && self.text[hit.start..hit.end].chars().any(char::is_lowercase);
        let glueable = t.kind == EntityType::Place || single_org;
        let glued = || {
            self.prev_word().is_some_and(|w| self.glued_before(w, t))
                || self.glued_after()
                || self.hyphen_glued()
        };
        // After a title it is a person: "Mr Livingstone", "Ms Villalba".
        let place = t.kind == EntityType::Place;
        if self.title_before().is_some()
            || self.shouting()
            || (glueable && glued())
            || (place && self.of_a_name())
            || (t.club && (self.club_role_after() || self.channel_pair() || self.club_post_before()))
            || (t.form == MentionForm::Demonym
                && (self.language_after()
                    || self.language_use()
                    || self.hyphen_language()
                    || self.quoted_letter_after()
                    || self.quoted_gloss_after()
                    || self.language_list()))
            || (place && self.work_title(t))
            || (place && self.currency_code())
            || (t.region && self.era_after_number())
            || (single_org && self.product_number())
            || (place && self.us_pronoun())
            || ((t.town || self.surname_demonym(t)) && self.speaker_name())
            || (place && self.outlet_branch())
            || (place && (self.ampersand_name() || self.colon_glued()))
            || (place && self.district_of_city(t))
            || (t.kind == EntityType::Organization
                && (self.foreign_owner(t) || self.of_longer_name() || self.shared_in_longer_name(t)))
            || self.inside_longer_name(t.club)
        {
            return None;
        }
        Some(Mention {
            start: hit.start,
            end: hit.end,
            entity: t.entity,
            form: t.form,
            rule: MentionRule::Ranked,
        })
    }

    /// The title just before the hit, without a final period ("Secretary", "Mr").
    fn title_text(&self) -> Option<&'a str> {
        let start = self.title_before()?;
        let title = self.text[start..self.hit().start].trim_end();
        Some(title.strip_suffix('.').unwrap_or(title))
    }

    /// The gender an honorific just before the hit says: `b'm'` after "Mr", `b'f'` after
    /// "Mrs", "Ms" (`[male-honorifics]`, `[female-honorifics]`).
    fn honorific_gender(&self) -> Option<u8> {
        let start = self.title_before()?;
        let title = self.text[start..self.hit().start].trim_end();
        let title = title.strip_suffix('.').unwrap_or(title);
        let words = &self.matcher.words;
        if has(&words.male_honorifics, title) {
            Some(b'm')
        } else if has(&words.female_honorifics, title) {
            Some(b'f')
        } else {
            None
        }
    }

    /// "New York state", "the state of Washington", "Washington and Alaska", "Ohio, New
    /// York": a name of a city and of a region of its country means the region when
    /// "state" or "province" follows or "state of" comes before, when a region is next
    /// to it in a list, or with a state's office ([`Context::state_role`]).
    fn state_sense(&self) -> bool {
        let hit = self.hit();
        let state = |w: &str| matches!(w, "state" | "State" | "province" | "Province");
        if self.next_word().is_some_and(state) {
            return true;
        }
        if let Some(of) = self.prev_word().filter(|w| w.text == "of")
            && word_before(self.text, of.start).is_some_and(|w| state(w.text))
        {
            return true;
        }
        if self.state_role() {
            return true;
        }
        let joined = |between: &str| matches!(between, ", " | " and " | " or " | ", and ");
        let region = |pat: u32| self.matcher.targets(pat).first().is_some_and(|t| t.region);
        let next = self
            .hits
            .get(self.k + 1)
            .is_some_and(|h| self.text.get(hit.end..h.start).is_some_and(joined) && region(h.pat));
        let prev = self.k > 0 && {
            let h = self.hits[self.k - 1];
            self.text.get(h.end..hit.start).is_some_and(joined) && region(h.pat)
        };
        next || prev
    }

    /// "senator from New York", "Governor of New York", "New York Gov. Cuomo", "New York's
    /// top law officer": a `[state-roles]` word before "from"/"of", right after the hit,
    /// or within three words after its "'s" makes the name the state's.
    fn state_role(&self) -> bool {
        let roles = &self.matcher.words.state_roles;
        let role = |w: &str| has(roles, w.trim_end_matches(','));
        if let Some(p) = self.prev_word().filter(|w| matches!(w.text, "from" | "of"))
            && word_before(self.text, p.start).is_some_and(|w| role(w.text))
        {
            return true;
        }
        // A role of one or two words starting at one of the first `n` words of `rest`.
        let starts = |rest: &str, n: usize| {
            let words: Vec<&str> = rest.split(' ').take(n + 1).collect();
            (0..n.min(words.len())).any(|i| {
                role(words[i]) || words.get(i + 1).is_some_and(|next| role(&format!("{} {next}", words[i])))
            })
        };
        let rest = &self.text[self.hit().end..];
        if let Some(after) = rest.strip_prefix(' ') {
            return starts(after, 1);
        }
        rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("’s ")).is_some_and(|r| starts(r, 3))
    }

    /// "speak French", "teach him Japanese", "French as a common language", "written in
    /// French", "translated into English": a demonym naming a language.
    fn language_use(&self) -> bool {
        let words = &self.matcher.words;
        let Some(prev) = self.prev_word() else {
            return self.language_role_after();
        };
        if has(&words.language_verbs, prev.text) {
            return true;
        }
        // "teach him Japanese", "taught them English": a person taught between.
        if matches!(prev.text, "him" | "her" | "them" | "me" | "us" | "you")
            && word_before(self.text, prev.start).is_some_and(|w| has(&words.language_verbs, w.text))
        {
            return true;
        }
        if matches!(prev.text, "in" | "into")
            && word_before(self.text, prev.start).is_some_and(|w| has(&words.translation_words, w.text))
        {
            return true;
        }
        self.language_role_after() || self.bare_language_after(prev.text)
    }

    /// "speaks Cree and French", "speak Spanish, Portuguese and French", "fluent in German
    /// and French", "in both English and Spanish.": a demonym later in a list of capitalised
    /// words that a `[language-verbs]` word, or "in"/"into" after a `[translation-words]`
    /// word, begins is a language; so is one after a bare "in" when the phrase ends after it
    /// ("in French and British waters" are not).
    fn language_list(&self) -> bool {
        let words = &self.matcher.words;
        let mut at = self.hit().start;
        let mut items = 0;
        loop {
            let before = &self.text[..at];
            let Some(b) =
                [", and ", ", or ", " and ", " or ", ", "].iter().find_map(|s| before.strip_suffix(s))
            else {
                break;
            };
            // The list's item before the separator: letters (any non-ASCII byte counts).
            let len = b.bytes().rev().take_while(|c| c.is_ascii_alphabetic() || *c >= 0x80).count();
            if !starts_upper(&b[b.len() - len..]) || items == 4 {
                return false;
            }
            (at, items) = (b.len() - len, items + 1);
        }
        let Some(mut prev) = (items > 0).then(|| word_before(self.text, at)).flatten() else { return false };
        // "in both English and Spanish".
        if matches!(prev.text, "both" | "either")
            && let Some(w) = word_before(self.text, prev.start)
        {
            prev = w;
        }
        let in_ = matches!(prev.text, "in" | "into");
        has(&words.language_verbs, prev.text)
            || in_ && word_before(self.text, prev.start).is_some_and(|w| has(&words.translation_words, w.text))
            // "is in English and Spanish, and": after a bare "in", the list ends the phrase.
            || in_ && self.language_phrase_ends(&self.text[self.hit().end..])
    }

    /// Whether the text `rest` after a demonym ends a language's phrase: punctuation, or a
    /// `[language-ends]` word; a comma ends it unless a list goes on ("with Chinese,
    /// Japanese and ...").
    fn language_phrase_ends(&self, rest: &str) -> bool {
        let listed = rest.strip_prefix(", ").is_some_and(starts_upper);
        let punct = rest
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\u{201d}' | '"'));
        let word = rest.strip_prefix(' ').and_then(|r| r.split([' ', ',', '.']).next());
        !listed && (punct || word.is_some_and(|w| has(&self.matcher.words.language_ends, w)))
    }

    /// "starting a little with French.", "learning English, then", "pieces in German for
    /// soprano", "in German and English.": a demonym after "with", "in", "learning" with no
    /// noun after it (the clause ends, or a function word follows) is a language; "with
    /// French troops" and "in French and British waters" are not.
    fn bare_language_after(&self, prev: &str) -> bool {
        let owner = |w: &str| matches!(w, "my" | "his" | "her" | "our" | "their" | "your");
        let lead = matches!(
            prev,
            "with" | "in" | "learning" | "learn" | "learned" | "learnt" | "studying" | "study"
        );
        let owned = owner(prev)
            || prev.chars().next().is_some_and(char::is_uppercase) && owner(&prev.to_ascii_lowercase());
        if !lead && !owned {
            return false;
        }
        let rest = &self.text[self.hit().end..];
        // Punctuation, or a function word; a comma ends it unless a list goes on ("with
        // Chinese, Japanese and ...").
        let ends = |rest: &str| self.language_phrase_ends(rest);
        // "in German and English": another capitalised word that ends the clause.
        let pair = [" and ", " or "].iter().find_map(|p| rest.strip_prefix(p)).is_some_and(|r| {
            let len = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
            starts_upper(r) && ends(&r[len..])
        });
        // "my French and his English are poor", "her Spanish is good": after a possessive,
        // a verb or "and" and another possessive end it too.
        let mut next = rest.strip_prefix(' ').unwrap_or("").split(' ');
        let verb_or_owner = match next.next() {
            Some("is" | "was" | "are" | "were") => true,
            Some("and" | "or") => next.next().is_some_and(owner),
            _ => false,
        };
        // (Not before a comma: "his Scottish, and Welsh, cousins".)
        if owned && !rest.starts_with(',') && (ends(rest) || pair || verb_or_owner) {
            return true;
        }
        lead && (ends(rest) || pair)
    }

    /// "the Bush family", "the Kennedy clan": a surname before "family", "clan" or "dynasty"
    /// names the family, not one of its members.
    fn family_after(&self) -> bool {
        self.next.is_some_and(|w| matches!(w, "family" | "families" | "clan" | "dynasty"))
    }

    /// "Russian for 'goodbye'", "Yiddish for \"enough\"": a demonym before "for" and a quote
    /// mark glosses a word: a language.
    fn quoted_gloss_after(&self) -> bool {
        self.text[self.hit().end..]
            .strip_prefix(" for ")
            .is_some_and(|r| r.starts_with(['\'', '"', '\u{2018}', '\u{201c}']))
    }

    /// "a Russian 'a'", "the Greek “p”": a demonym before a quoted single letter or digit
    /// names a script, not the country.
    fn quoted_letter_after(&self) -> bool {
        let Some(rest) = self.text[self.hit().end..].strip_prefix(' ') else { return false };
        let mut chars = rest.chars();
        let open = chars.next().is_some_and(|c| matches!(c, '\'' | '"' | '\u{2018}' | '\u{201c}'));
        let letter = chars.next().is_some_and(char::is_alphanumeric);
        let close = chars.next().is_some_and(|c| matches!(c, '\'' | '"' | '\u{2019}' | '\u{201d}'));
        open && letter && close
    }

    /// "her leading role in Elizabeth", "starred in Elizabeth", "the album Egypt": a work's
    /// title. A small town (not a capital) after a `[work-leads]` entry and "in" is one;
    /// countries, regions and big cities keep their sense ("a role in Iraq", "starred in
    /// London"). Any place but a demonym right after a `[work-nouns]` word is one.
    fn work_title(&self, t: &Target) -> bool {
        let Some(prev) = self.prev_word() else { return false };
        let words = &self.matcher.words;
        if prev.text != "in" {
            // (All `[work-nouns]` are lower-case words of four letters or more.)
            let lower = prev.text.len() >= 4 && prev.text.as_bytes()[0].is_ascii_lowercase();
            return lower && t.form != MentionForm::Demonym && has(&words.work_nouns, prev.text);
        }
        if !(t.town && t.small) {
            return false;
        }
        let Some(w) = word_before(self.text, prev.start) else { return false };
        if has(&words.work_leads, w.text) {
            return true;
        }
        // A two-word entry ("leading role").
        let Some(v) = word_before(self.text, w.start) else { return false };
        words.work_leads.iter().any(|e| e.split_once(' ') == Some((v.text, w.text)))
    }

    /// "<demonym> as a common language", "as an official language".
    fn language_role_after(&self) -> bool {
        let rest = &self.text[self.hit().end..];
        let Some(rest) = rest.strip_prefix(" as a ").or_else(|| rest.strip_prefix(" as an ")) else {
            return false;
        };
        let mut words = rest.split(' ').take(3);
        let Some(role) = words.next() else { return false };
        let role = role.trim_end_matches(',');
        has(&self.matcher.words.language_roles, role)
            && words.any(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()) == "language")
    }

    /// "run things for US.", "join US!": the pronoun "us" in capitals, not the country. The
    /// hit is "US", a `[pronoun-before]` word is just before it and punctuation (or the end)
    /// just after.
    fn us_pronoun(&self) -> bool {
        let hit = self.hit();
        if &self.text[hit.start..hit.end] != "US" {
            return false;
        }
        let after = self.text[hit.end..].chars().next();
        let ends = after
            .is_none_or(|c| matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | '"' | '”' | '\'' | '’' | ')'));
        ends && self
            .prev_word()
            .is_some_and(|w| has(&self.matcher.words.pronoun_before, &w.text.to_lowercase()))
    }

    /// "BBC Scotland", "BBC America", "POLITICO Florida", "the USA TODAY/Suffolk poll": a
    /// place right after a news outlet's mention, one space or slash between, names the
    /// outlet's branch, channel or partner.
    fn outlet_branch(&self) -> bool {
        let start = self.hit().start;
        self.done.last().is_some_and(|m| {
            m.end + 1 == start
                && matches!(self.text.as_bytes()[m.end], b' ' | b'/')
                && self.matcher.outlet.get(m.entity.0 as usize).copied().unwrap_or(false)
        })
    }

    /// "Bradford & Bingley", "Scottish & Newcastle", "Marks & Spencer": a place joined by
    /// " & " to a capitalised word is part of a firm's name.
    fn ampersand_name(&self) -> bool {
        let hit = self.hit();
        let capital_after = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let before = self.text[..hit.start]
            .strip_suffix(" & ")
            .is_some_and(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(capital_after));
        before || self.text[hit.end..].strip_prefix(" & ").is_some_and(capital_after)
    }

    /// "CD:UK": a place glued by a colon to the word before it is part of a title.
    fn colon_glued(&self) -> bool {
        let start = self.hit().start;
        let before = self.text.as_bytes().get(..start).unwrap_or_default();
        matches!(before, [.., b, b':'] if b.is_ascii_alphanumeric())
    }

    /// "500 B.C.", "the mid-300s B.C.": a region's dotted abbreviation right after a word
    /// with a digit is an era, not the region (B.C., British Columbia); a country's is the
    /// country ("1,000 U.S. troops").
    fn era_after_number(&self) -> bool {
        let hit = self.hit();
        self.text[hit.start..hit.end].ends_with('.')
            && self.prev.is_some_and(|w| w.text.bytes().any(|b| b.is_ascii_digit()))
    }

    /// "US$150 million", "NZ$", "HK$": a currency code, not the place.
    fn currency_code(&self) -> bool {
        self.text[self.hit().end..].starts_with('$')
    }

    /// "“…,” Chester said", "Chester, a professor at ...": a town's name used as a speaker's
    /// is a person. A capitalised word directly before a `[speech-verbs]` word, with no
    /// lower-case word before it ("residents of Chester said" is the town), or followed by
    /// ", a/an ..." and a `[person-roles]` word within four words (again not after a
    /// lower-case word: "Misha Shah, of Chicago, an account executive" is the city).
    fn speaker_name(&self) -> bool {
        let words = &self.matcher.words;
        let lower_before = self.prev_word().is_some_and(|w| !starts_upper(w.text));
        let verb = |w: &str| has(&words.speech_verbs, w.trim_end_matches('.'));
        if lower_before {
            return false;
        }
        if self.next_word().is_some_and(verb) {
            return true;
        }
        let rest = &self.text[self.hit().end..];
        let Some(rest) = rest.strip_prefix(", a ").or_else(|| rest.strip_prefix(", an ")) else {
            return false;
        };
        rest.split(' ')
            .take(4)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| has(&words.person_roles, w))
    }

    /// "beat Boston 4-1", "lost 3-2 to Boston", "Boston won 4-1": a city or region next to
    /// a game's score ([`is_score`]) is a club: after a `[result-verbs]` word with the score
    /// right after it, before such a word with the score within the next three words, or
    /// after a score and "to", "over" or "against". ("won Virginia 52-45" is a vote.)
    fn score_near(&self) -> bool {
        let words = &self.matcher.words;
        let prev = self.prev_word();
        // The word after the hit (already split off: no search of the text).
        match self.next_word() {
            Some(w) if w.as_bytes()[0].is_ascii_digit() => {
                return is_score(w) && prev.is_some_and(|p| has(&words.result_verbs, p.text));
            }
            Some(w) if has(&words.result_verbs, w) => {
                let rest = &self.text[self.hit().end + 1 + w.len()..];
                return rest.strip_prefix(' ').is_some_and(|r| r.split(' ').take(3).any(is_score));
            }
            _ => {}
        }
        let Some(p) = prev.filter(|w| matches!(w.text, "to" | "over" | "against")) else { return false };
        word_before(self.text, p.start).is_some_and(|w| is_score(w.text))
    }

    /// A `[league-words]` word in the hit's sentence ("drafted fifth overall by Phoenix",
    /// "trailing Boston and Miami in the Eastern Conference"): the city is a club. The
    /// sentence is looked at up to 300 bytes either side, up to a full stop, `?`, `!` or
    /// line break.
    fn league_sentence(&self) -> bool {
        const REACH: usize = 300;
        let hit = self.hit();
        let from = self.league.partition_point(|&p| p + REACH < hit.start);
        let ends = |s: &str| s.bytes().any(|b| matches!(b, b'.' | b'?' | b'!' | b'\n'));
        self.league[from..].iter().take_while(|&&p| p <= hit.end + REACH).any(|&p| {
            if p < hit.start {
                !ends(&self.text[p..hit.start])
            } else {
                p >= hit.end && !ends(&self.text[hit.end..p])
            }
        })
    }

    /// "Qatar Open", "Australian Open", "Edinburgh International Festival", "BNP Paribas
    /// Masters Cup": followed by up to four capitalised words the last of which is a
    /// `[name-tails]` word, the hit is part of a longer name.
    /// With `org` (a town or region): "New York State Department of Health", "Ontario
    /// Ministry of Health", "Boston City Council": capitalised words ending in an
    /// `[org-tails]` word make it part of an organisation's name too.
    fn inside_longer_name(&self, org: bool) -> bool {
        let words = &self.matcher.words;
        for word in self.words_after_hit().take(4) {
            // A function word of a headline ("Disrupt RNC After Rules Report") ends the name.
            if !starts_upper(word) || self.matcher.sentence_words.contains(word) {
                return false;
            }
            if has(&words.name_tails, word) || (org && has(&words.org_tails, word)) {
                return true;
            }
        }
        false
    }

    /// The words after the hit, each after a single space: letters, digits and hyphens (an
    /// empty word where something else comes first). Ends at the first word not preceded
    /// by a single space.
    fn words_after_hit(&self) -> impl Iterator<Item = &'a str> + '_ {
        let mut rest = self.text.get(self.hit().end..).unwrap_or("");
        std::iter::from_fn(move || {
            let r = rest.strip_prefix(' ')?;
            let len = name_len(r, false);
            rest = r.get(len.max(1)..).unwrap_or("");
            Some(&r[..len])
        })
    }

    /// "Texas Instruments", "Baoshan Iron and Steel Co.": followed by up to four
    /// capitalised words (or "and", "&") the last of which is a `[firm-tails]` word, the
    /// hit begins a firm's name.
    fn firm_longer_name(&self) -> bool {
        let words = &self.matcher.words;
        for word in self.words_after_hit().take(4) {
            if !(starts_upper(word) || matches!(word, "and" | "&")) {
                return false;
            }
            if has(&words.firm_tails, word) {
                return true;
            }
        }
        false
    }

    /// "the Shanghai city government", "Texas state officials": a `[place-nouns]` word
    /// right after the hit makes it the place.
    fn place_noun_after(&self) -> bool {
        self.next_word().is_some_and(|w| has(&self.matcher.words.place_nouns, w))
    }

    /// "University of Texas", "Standards Board of England", "Commission for Africa", "Stade
    /// de France": part of a longer name. "Nicolas Sarkozy of France" (after a given name
    /// or a title) and "Mayor of London" (a title) are places; a given name after an article
    /// ("Le Roi de Lahore", an opera) is a word of a title, not a person.
    fn of_a_name(&self) -> bool {
        let Some(of) = self.prev_word().filter(|w| matches!(w.text, "of" | "for" | "de" | "du")) else {
            return false;
        };
        let Some(w) = word_before(self.text, of.start) else {
            return false;
        };
        if has(&self.matcher.words.name_heads, w.text) {
            return true;
        }
        let before = word_before(self.text, w.start);
        let article =
            before.is_some_and(|v| matches!(v.text, "Le" | "La" | "Les" | "El" | "Il" | "Lo" | "The"));
        let person = || {
            (self.is_given_name(w.text) && !article)
                || before.is_some_and(|v| self.is_given_name(v.text) || self.matcher.is_title(v.text))
        };
        starts_upper(w.text)
            && !self.matcher.is_title(w.text)
            && !sentence_initial(self.text, w.start)
            && !person()
    }

    /// "gaming group Wembley", "Wembley, the gaming company,", "Wembley announced its
    /// quarterly results", "Wembley's shares fell": a town's name used as a firm's. A
    /// `[firm-nouns]` word just before it, or, for a small town, one ending an apposition
    /// after it (", the/a ... company" followed by punctuation or "that", "which", ...), or
    /// a `[firm-words]` word after its "'s" or after "its" in the next few words of its
    /// clause.
    /// Only the firm noun before counts for a town that is not `small`.
    fn firm_name(&self, small: bool) -> bool {
        let words = &self.matcher.words;
        fn bare(w: &str) -> &str {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
        }
        if self.prev_word().is_some_and(|w| has(&words.firm_nouns, w.text)) {
            return true;
        }
        if !small {
            return false;
        }
        let rest = &self.text[self.hit().end..];
        // A `[firm-words]` entry (one or two words) starting at one of the first two words.
        let firm_word = |r: &str| {
            let mut ws = r.split(' ');
            let (a, b, c) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""), ws.next().unwrap_or(""));
            let two = |x: &str, y: &str| {
                let y = bare(y);
                words.firm_words.iter().any(|f| f.split_once(' ') == Some((x, y)))
            };
            has(&words.firm_words, bare(a)) || has(&words.firm_words, bare(b)) || two(a, b) || two(b, c)
        };
        if let Some(r) = [", the ", ", a ", ", an "].iter().find_map(|p| rest.strip_prefix(p)) {
            let mut ws = r.split(' ').take(5).peekable();
            for _ in 0..4 {
                let Some(w) = ws.next() else { return false };
                if matches!(w, "of" | "in" | "for" | "and" | "with" | "to") || w.contains(['\'', '’']) {
                    return false;
                }
                if has(&words.firm_nouns, bare(w)) {
                    return bare(w).len() < w.len()
                        || ws
                            .peek()
                            .is_none_or(|n| matches!(*n, "that" | "which" | "whose" | "based" | "owned"));
                }
            }
            return false;
        }
        if let Some(r) = rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("’s ")) {
            return firm_word(r);
        }
        // "X announced its quarterly results": "its" within four words, in the clause.
        let mut n = rest.len().min(48);
        while !rest.is_char_boundary(n) {
            n -= 1;
        }
        let Some(at) = rest[..n].find(" its ") else { return false };
        let between = &rest[..at];
        between.split(' ').count() <= 5
            && !between.contains([',', '.', ';', ':', '!', '?'])
            && firm_word(&rest[at + 5..])
    }

    /// "the West End", "the East Village": a town named "<direction> <word>" right after
    /// "the" is often a district of another city, kept only when the article names its
    /// country.
    fn direction_district(&self) -> bool {
        let hit = self.hit();
        let first = self.text[hit.start..hit.end].split(' ').next().unwrap_or("");
        self.prev_word().is_some_and(|w| matches!(w.text, "the" | "The"))
            && self.text[hit.start..hit.end].contains(' ')
            && has(&self.matcher.words.generic_region_words, first)
    }

    /// Whether the hit's pattern is a `[shared-names]` body's (Supreme Court, Conservatives).
    fn shared_hit(&self) -> bool {
        self.matcher.patterns.get(self.hit().pat as usize).is_some_and(|p| p.shared)
    }

    /// Whether the hit follows mention `m` with only a space or a possessive between
    /// ("London West End", "Norway's Supreme Court").
    fn right_after(&self, m: &Mention) -> bool {
        matches!(self.text.get(m.end..self.hit().start), Some(" " | "'s " | "’s "))
    }

    /// "London's West End", "London West End": a place right after an accepted town of
    /// another country (a space or "'s" between) is a district of that town, not the
    /// namesake abroad.
    fn district_of_city(&self, t: &Target) -> bool {
        let Some(m) = self.done.last() else { return false };
        if !self.right_after(m) || self.k == 0 {
            return false;
        }
        let before = self.hits[self.k - 1];
        let country = &self.matcher.country;
        t.form != MentionForm::Demonym
            && before.end == m.end
            && self.matcher.targets(before.pat).iter().any(|u| u.entity == m.entity && u.club && !u.area)
            && country[m.entity.0 as usize] != country[t.entity.0 as usize]
    }

    /// "Norway's Supreme Court", "the Canadian Conservatives": a `[shared-names]` body
    /// right after a place of another country (its possessive, or its demonym) is that
    /// country's body, not the gazetteer's.
    fn foreign_owner(&self, t: &Target) -> bool {
        let Some(m) = self.done.last() else { return false };
        let shared = self.shared_hit();
        // An owner whose name the article's country may still change ("Georgia
        // Republicans") says nothing yet.
        let settled = self.k > 0 && {
            let before = self.hits[self.k - 1];
            before.end == m.end
                && self.matcher.patterns.get(before.pat as usize).is_some_and(|p| !p.countries)
        };
        let country = &self.matcher.country;
        let owner = country[m.entity.0 as usize];
        shared && settled && self.right_after(m) && owner != 0 && owner != country[t.entity.0 as usize]
    }

    /// "the Wisconsin Supreme Court", "Ohio's Supreme Court": a `[shared-names]` court right
    /// after a region, county or city of its own country is that place's court, not the
    /// national one. (Not parties: "Iowa Democrats" are the party's.)
    fn state_owner(&self, t: &Target) -> bool {
        if !self.matcher.court[t.entity.0 as usize] {
            return false;
        }
        let Some(m) = self.done.last() else { return false };
        let shared = self.shared_hit();
        let country = &self.matcher.country;
        shared
            && self.matcher.local[m.entity.0 as usize]
            && self.right_after(m)
            && country[m.entity.0 as usize] == country[t.entity.0 as usize]
    }

    /// "Don Guardian", "Mayor Don Guardian": a one-word organisation name right after a
    /// capitalised given name is a person's surname. (Not after a word that starts the
    /// sentence, is a month or weekday, ends another match or follows a capitalised word
    /// that is not a title: "Even Republicans", "April IMF meetings", "Georgia
    /// Republicans", "Trump Should Win GOP Nomination".)
    fn org_as_surname(&self) -> bool {
        let hit = self.hit();
        if !self.prev_word().is_some_and(|w| starts_upper(w.text)) || !self.text[..hit.start].ends_with(' ') {
            return false;
        }
        // (Not an acronym: "GOP", "FBI".)
        let name = &self.text[hit.start..hit.end];
        let one_word = name.bytes().any(|b| b.is_ascii_lowercase()) && !name.contains([' ', '.']);
        let matched = |w: Word<'_>| self.k > 0 && self.hits[self.k - 1].end == w.start + w.text.len();
        // "Trump Should Win GOP Nomination": capitalised words before it that are not a title.
        let headline = |w: Word<'_>| {
            word_before(self.text, w.start)
                .is_some_and(|b| starts_upper(b.text) && !self.matcher.is_title(b.text))
        };
        let given = |w: Word<'_>| {
            starts_upper(w.text)
                && self.is_given_name(w.text)
                && !has(&self.matcher.words.calendar, w.text)
                && !sentence_initial(self.text, w.start)
                && !matched(w)
                && !headline(w)
        };
        one_word && self.text[..hit.start].ends_with(' ') && self.prev_word().is_some_and(given)
    }

    /// "Guardian said", "said Guardian.": a name with no article before it, used as a
    /// person's ([`Context::person_use`]).
    fn bare_person_use(&self) -> bool {
        let article =
            self.prev_word().is_some_and(|w| matches!(w.text, "the" | "The" | "a" | "A" | "an" | "An"));
        !article && self.person_use()
    }

    /// "New York State Supreme Court", "the Irish Labour Party": a `[shared-names]` body
    /// right after a capitalised word that is not part of it (nor a mention, title or
    /// sentence start) is part of a longer name, another body's.
    fn shared_in_longer_name(&self, t: &Target) -> bool {
        let shared = self.shared_hit();
        // A headline's function word or a number ("Why The Democratic Party's Move", "Two
        // Supreme Court justices") names no other body.
        let other = |w: Word<'_>| {
            starts_upper(w.text)
                && !self.matcher.sentence_words.contains(w.text)
                && !matches!(
                    w.text,
                    "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
                )
                && self.glued_before(w, t)
        };
        shared && self.prev_word().is_some_and(other)
    }

    /// "State Department of Health", "European Council of Ministers": an organisation's
    /// name ending in an `[org-tails]` word, followed by "of" and a capitalised word that is
    /// no place or person, is part of a longer name ("Florida House of Representatives" is
    /// the house).
    fn of_longer_name(&self) -> bool {
        let hit = self.hit();
        let Some(r) = self.text[hit.end..].strip_prefix(" of ") else { return false };
        let last = self.text[hit.start..hit.end].rsplit(' ').next().unwrap_or("");
        if !has(&self.matcher.words.org_tails, last) {
            return false;
        }
        let at = hit.end + 4;
        let place = self.hits.get(self.k + 1).is_some_and(|h| {
            h.start == at && self.matcher.targets(h.pat).iter().any(|t| t.kind == EntityType::Place)
        });
        // "the defection to Labour of Robert Jackson": a person follows.
        let person = r.split(' ').next().is_some_and(|w| self.is_given_name(w));
        starts_upper(r) && !place && !person
    }

    /// "said Cuban,", "Cuban demurred", "Cuban also said": a name used as a person's, with
    /// punctuation, "also", a speech verb or a past-tense verb after it, not a noun
    /// ("Cuban cigars").
    fn person_use(&self) -> bool {
        let rest = &self.text[self.hit().end..];
        let punct = rest
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '\u{201d}' | '"'));
        let verb = self.next_word().map(|w| w.trim_end_matches('.')).is_some_and(|w| {
            !starts_upper(w) && (w == "also" || w.ends_with("ed") || has(&self.matcher.words.speech_verbs, w))
        });
        punct || verb
    }

    /// "“…,” Cuban said": a demonym with no article before it, which
    /// [`Context::speaker_name`] may take for a person's surname ("A Cuban said" is not).
    fn surname_demonym(&self, t: &Target) -> bool {
        t.form == MentionForm::Demonym
            && !self.prev_word().is_some_and(|w| matches!(w.text, "A" | "An" | "The"))
    }

    /// "Birmingham manager", "Newcastle's striker": a club, in any text.
    fn club_role_after(&self) -> bool {
        let rest = &self.text[self.hit().end..];
        let rest = ["'s ", "’s ", " "].iter().find_map(|p| rest.strip_prefix(p));
        let Some(rest) = rest else { return false };
        // Bytes first; a non-ASCII byte sends the word to the char path.
        let end = match rest.bytes().position(|b| !(b.is_ascii_alphanumeric() || b == b'-')) {
            Some(n) if rest.as_bytes()[n] < 0x80 => n,
            _ => rest.find(|c: char| !c.is_alphanumeric() && c != '-').unwrap_or(rest.len()),
        };
        has(&self.matcher.words.club_roles, &rest[..end])
    }

    /// "the Clinton administration", "a former Clinton White House aide": a surname after
    /// "the" or "former" and before "White House", "administration" or "presidency" names a
    /// past presidency ("a Clinton presidency", "a potential Trump administration" are to
    /// come: not this).
    fn past_presidency_after(&self) -> bool {
        let definite = self.prev.is_some_and(|w| matches!(w.text, "the" | "The" | "former" | "Former"));
        definite
            && self.text[self.hit.end..].strip_prefix(' ').is_some_and(|r| {
                ["White House", "administration", "Administration", "presidency"]
                    .iter()
                    .any(|p| r.strip_prefix(p).is_some_and(|t| !t.starts_with(|c: char| c.is_alphanumeric())))
            })
    }

    /// "Cuba Gooding Jr.", "Georgia May Lee": the hit begins a person's name when a
    /// capitalised word that is no gazetteer hit follows it and either a `[suffixes]` word
    /// follows that, or the hit is a given name and a lower-case word or punctuation does.
    fn person_name_first(&self) -> bool {
        let Some(next) = self.next.filter(|w| starts_upper(w) && w.len() > 1) else { return false };
        let next_hit = self.hits.get(self.k + 1).is_some_and(|h| h.start == self.hit.end + 1);
        if next_hit {
            return false;
        }
        let words = &self.matcher.words;
        let rest = &self.text[self.hit.end + 1 + next.len()..];
        let after = rest.strip_prefix(' ').unwrap_or("");
        // The cheap tests first; `glued_after` last (it looks for titles).
        let suffix = || has(&words.suffixes, &after[..name_len(after, true)]);
        let tail =
            |w: &str| has(&words.name_tails, w) || has(&words.org_tails, w) || has(&words.firm_tails, w);
        let lower_after =
            || after.chars().next().is_some_and(char::is_lowercase) || rest.starts_with([',', '.', ';', ':']);
        let given =
            || lower_after() && !tail(next) && self.is_given_name(&self.text[self.hit.start..self.hit.end]);
        (suffix() || given()) && self.glued_after()
    }

    /// After [`Context::person_name_first`]: "Cuba's best role", "Cuba said": a possessive
    /// before a `[performance-nouns]` word (within two words), or a speech verb after.
    fn named_person_use(&self) -> bool {
        let words = &self.matcher.words;
        if self.next.is_some_and(|w| has(&words.speech_verbs, w)) {
            return true;
        }
        let rest = &self.text[self.hit.end..];
        let Some(rest) = rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("’s ")) else {
            return false;
        };
        rest.split(' ')
            .take(2)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| has(&words.performance_nouns, w))
    }

    /// "the manager's job at Oldham", "a striker for Denver", "on loan from Leeds", "signed
    /// for Leeds", "drafted fifth overall by Phoenix": a `[club-posts]` word up to three words
    /// before "at", "of", "for", "with" ("from" only after "loan", "by" only after "drafted")
    /// right before the hit makes a town a club, in its clause.
    fn club_post_before(&self) -> bool {
        let Some(prep) = self.prev.filter(|w| matches!(w.text, "at" | "of" | "for" | "with" | "from" | "by"))
        else {
            return false;
        };
        let before = &self.text[..prep.start];
        let mut from = before.len().saturating_sub(48);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let words = before[from..].split(' ').rev().skip(1).take(3);
        for (i, word) in words.enumerate() {
            let bare = ["'s", "’s", "s"].iter().find_map(|p| word.strip_suffix(p)).unwrap_or(word);
            let post = if has(&self.matcher.words.club_posts, word) {
                word
            } else if has(&self.matcher.words.club_posts, bare) {
                bare
            } else {
                ""
            };
            match post {
                "loan" => return true,
                "signed" => return i == 0 && prep.text == "for",
                "drafted" => return prep.text == "by",
                "" if word.ends_with([',', '.', ';', ':', '!', '?', '"', '”']) => return false,
                "" => {}
                _ => return !matches!(prep.text, "from" | "by"),
            }
        }
        false
    }

    /// "(Granada, ITV1)", "(BBC Two/Tyne Tees)": a town or region in brackets, joined by a
    /// comma or slash to a `[channels]` name that the bracket holds too, is a TV company.
    fn channel_pair(&self) -> bool {
        let hit = self.hit();
        let (before, after) = (&self.text[..hit.start], &self.text[hit.end..]);
        let channel = |w: &str| has(&self.matcher.words.channels, w);
        // The bracket's other item: up to the next ")", ",", "/" or before the hit's "(".
        // (At most 20 bytes each: a channel's name is short.)
        let item_after = || {
            let rest = after.strip_prefix(", ").or_else(|| after.strip_prefix('/'))?;
            let end = rest.bytes().take(21).position(|b| matches!(b, b')' | b',' | b'/'))?;
            Some(&rest[..end])
        };
        let item_before = || {
            let rest = before.strip_suffix(", ").or_else(|| before.strip_suffix('/'))?;
            let len = rest.bytes().rev().take(21).position(|b| matches!(b, b'(' | b',' | b'/'))?;
            Some(&rest[rest.len() - len..])
        };
        let open_before = || before.ends_with('(') || item_before().is_some();
        let close_after = || after.starts_with(')') || item_after().is_some();
        (item_after().is_some_and(channel) && open_before())
            || (item_before().is_some_and(channel) && close_after())
    }

    /// "broken-English", "mangled-Spanish": a demonym glued by a hyphen to a lower-case word
    /// before it names a language or a manner, not the country; after a
    /// `[hyphen-prefixes]` word ("anti-American", "pro-Russian") it keeps the country.
    fn hyphen_language(&self) -> bool {
        let Some(before) = self.text[..self.hit().start].strip_suffix('-') else { return false };
        let len = before.bytes().rev().take_while(u8::is_ascii_lowercase).count();
        let word = &before[before.len() - len..];
        let glued =
            before[..before.len() - len].bytes().next_back().is_some_and(|b| b.is_ascii_alphanumeric());
        len >= 2 && !glued && !has(&self.matcher.words.hyphen_prefixes, word)
    }

    /// "Spanish-speaking", "Spanish language": a demonym naming a language.
    fn language_after(&self) -> bool {
        let rest = &self.text[self.hit().end..];
        let Some(rest) = rest.strip_prefix([' ', '-']) else { return false };
        let end = rest.bytes().position(|b| !b.is_ascii_alphabetic()).unwrap_or(rest.len());
        has(&self.matcher.words.language_words, &rest[..end])
    }

    /// An all-capital hit between all-capital words, or starting a sentence of them ("THE
    /// STARS WHO LEFT", "WHO WAS OSCAR?"): in a heading an acronym cannot be told from a
    /// word.
    fn shouting(&self) -> bool {
        let hit = self.hit();
        let caps = |w: &str| w.len() >= 2 && !w.chars().any(char::is_lowercase);
        let before = || match self.prev_word() {
            Some(w) => caps(w.text) && starts_upper(w.text),
            None => sentence_initial(self.text, hit.start),
        };
        caps(&self.text[hit.start..hit.end])
            && before()
            && self.next_word().is_some_and(|w| caps(w) && starts_upper(w))
    }

    /// "in Liverpool", or "Blackpool, England": a place, even in a sports report.
    /// "Monaco are also in the race", "Lyon were beaten": a town or region that opens a
    /// sentence or a clause ("while Lyon have") as the subject of a plural verb is a team
    /// (British usage); after a preposition or in a list it is the place ("shops in London
    /// were", "Leeds and York are").
    fn plural_subject(&self) -> bool {
        let plural = self.next_word().is_some_and(|w| matches!(w, "are" | "were" | "have"));
        let before = self.text[..self.hit().start].trim_end();
        let opens = before.is_empty()
            || before.ends_with(['.', '!', '?', '"', '\'', '\u{201c}', '\u{2018}', ':', '\n'])
            || self.prev_word().is_some_and(|w| matches!(w.text, "while" | "but" | "whereas" | "though"));
        plural && opens
    }

    fn in_place(&self) -> bool {
        let in_ = self.prev_word().is_some_and(|w| w.text == "in" || w.text == "In");
        in_ || self.comma_area()
    }

    /// Whether ", <region or country>" follows: "Reading, Berkshire" (not "Leeds, Hull").
    fn comma_area(&self) -> bool {
        let hit = self.hit();
        self.text[hit.end..].starts_with(", ")
            && self.hits.get(self.k + 1).is_some_and(|next| {
                next.start == hit.end + 2 && self.matcher.targets(next.pat).iter().any(|t| t.area)
            })
    }

    /// The country of the hit's first place or organisation.
    fn hit_country(&self) -> Option<u16> {
        let t = self.matcher.targets(self.hit().pat).iter().find(|t| t.kind != EntityType::Person)?;
        Some(self.matcher.country[t.entity.0 as usize])
    }

    /// Whether the hit follows ", " right after an accepted town or city: "London, Ontario".
    fn after_comma_town(&self) -> bool {
        let start = self.hit().start;
        self.text[..start].ends_with(", ")
            && self.done.last().is_some_and(|m| {
                m.end + 2 == start
                    && self.k > 0
                    && self
                        .matcher
                        .targets(self.hits[self.k - 1].pat)
                        .iter()
                        .any(|t| t.entity == m.entity && t.club && !t.area)
            })
    }

    /// The first-level region in ", <region>" right after the hit, unless the region goes on
    /// a list ("New York, Nevada and Washington") or a name ("Edinburgh, Wales Secretary").
    fn comma_region(&self) -> Option<EntityId> {
        let hit = self.hit();
        if !self.text[hit.end..].starts_with(", ") {
            return None;
        }
        let next = self.hits.get(self.k + 1).filter(|n| n.start == hit.end + 2)?;
        let after = &self.text[next.end..];
        let list = [" and ", " or ", ", and ", ", or "].iter().any(|w| after.starts_with(w));
        if list || after.strip_prefix(' ').is_some_and(starts_upper) {
            return None;
        }
        self.matcher.targets(next.pat).iter().find(|t| t.region).map(|t| t.entity)
    }

    /// The country of the region in ", <region>" right after the hit (a name with a region
    /// among its entities: "Ontario", "Georgia").
    fn comma_area_country(&self) -> Option<u16> {
        let hit = self.hit();
        if !self.text[hit.end..].starts_with(", ") {
            return None;
        }
        let next = self.hits.get(self.k + 1).filter(|n| n.start == hit.end + 2)?;
        let areas = self.matcher.targets(next.pat).iter().filter(|t| t.area);
        // Already the hit's country ("Tbilisi, Georgia"): nothing to choose.
        let country = |t: &Target| self.matcher.country[t.entity.0 as usize];
        if areas.clone().any(|t| Some(country(t)) == self.hit_country()) {
            return None;
        }
        // Regions only: "London, Singapore and Kuala Lumpur" is a list of places.
        let region = areas.clone().find(|t| t.region)?;
        Some(country(region)).filter(|&c| c != 0)
    }

    /// "Reading, Berkshire", or "in Reading" / "near Reading" mid-sentence.
    fn strong_place_context(&self) -> bool {
        let rest = &self.text[self.hit().end..];
        if self.comma_area() {
            return true;
        }
        let possessive = rest.starts_with('\'') || rest.starts_with('’');
        let after_in = self.prev_word().is_some_and(|w| w.text == "in" || w.text == "near");
        after_in && !possessive && !self.glued_after()
    }

    /// The word just before the hit, separated from it by one space.
    fn prev_word(&self) -> Option<Word<'a>> {
        self.prev
    }

    /// The word just after the hit, separated from it by one space.
    fn next_word(&self) -> Option<&'a str> {
        self.next
    }

    /// Where a title just before the hit starts ("President", "Prime Minister"). Inlined
    /// (the rules ask up to five times a hit, most often for the remembered answer), the
    /// look itself kept apart.
    #[inline(always)]
    fn title_before(&self) -> Option<usize> {
        if let Some(found) = self.title.get() {
            return found;
        }
        let found = self.find_title_before();
        self.title.set(Some(found));
        found
    }

    /// [`Context::title_before`], looked for.
    #[inline(never)]
    fn find_title_before(&self) -> Option<usize> {
        // Every candidate ends with the word just before the hit.
        if !self.prev.is_some_and(|w| self.matcher.may_end_title(w.text)) {
            return None;
        }
        let mut start = self.hit().start;
        let mut best = None;
        for _ in 0..3 {
            let Some(w) = word_before(self.text, start) else {
                break;
            };
            start = w.start;
            if self.matcher.is_title(&self.text[start..self.hit().start - 1]) {
                best = Some(start);
            }
        }
        best
    }

    /// A capitalised word, not part of the hit, right after it: "Paris Hilton", "Lincoln
    /// Center". Titles ("London Mayor") and places or organisations do not count.
    /// "Fifa 2005", "Skype 2.0": a one-word organisation name followed by a year or a
    /// version number is a product's title (acronyms are left alone: "G7 2005 summit").
    fn product_number(&self) -> bool {
        let rest = &self.text[self.hit().end..];
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let num = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).map_or(rest, |e| &rest[..e]);
        let num = num.trim_end_matches('.');
        let year = num.len() == 4 && (num.starts_with("19") || num.starts_with("20"));
        let version = num.contains('.') && num.split('.').all(|p| !p.is_empty() && p.len() <= 2);
        let after = &rest[num.len()..];
        (year || version) && !after.starts_with(['%', ',']) && !after.starts_with(char::is_alphanumeric)
    }

    fn glued_after(&self) -> bool {
        let Some(w) = self.next_word() else {
            return false;
        };
        // Another place or organisation may follow ("UK BBC"), a surname not ("Newcastle
        // Brown Ale").
        let next_is_hit = self.hits.get(self.k + 1).is_some_and(|h| {
            h.start == self.hit().end + 1
                && self.matcher.targets(h.pat).iter().any(|t| t.kind != EntityType::Person)
        });
        starts_upper(w) && !self.title_after() && !next_is_hit
    }

    /// Whether a title follows the hit ("UK Prime Minister", "London Mayor").
    fn title_after(&self) -> bool {
        let Some(rest) = self.text.get(self.hit().end + 1..) else {
            return false;
        };
        let mut end = 0;
        for _ in 0..3 {
            let len = name_len(&rest[end..], true);
            if len == 0 {
                return false;
            }
            end += len;
            if self.matcher.is_title(&rest[..end]) {
                return true;
            }
            if !rest[end..].starts_with(' ') {
                return false;
            }
            end += 1;
        }
        false
    }

    /// Whether a capitalised word just before a place glues to it ("Denzel Washington").
    fn glued_before(&self, w: Word<'_>, t: &Target) -> bool {
        if !starts_upper(w.text) || self.matcher.is_title(w.text) || has(&self.matcher.words.calendar, w.text)
        {
            return false;
        }
        if self.accepted_until(w.start + w.text.len()) {
            return false;
        }
        // "in New York. Washington and ...": the period ends the sentence before the hit.
        if w.text.ends_with('.') && sentence_initial(self.text, self.hit().start) {
            return false;
        }
        if !sentence_initial(self.text, w.start) {
            return true;
        }
        // At a sentence start, common words and adjectives before a demonym or an acronym
        // ("Legendary Dutch coach", "Weak US demand") are not part of a name; other words
        // are: "Air China", "Hotel Rwanda".
        let hit = self.hit();
        let acronym = !self.text[hit.start..hit.end].chars().any(char::is_lowercase);
        t.form != MentionForm::Demonym && !acronym && !self.matcher.sentence_words.contains(w.text)
    }

    /// Whether the last accepted mention ends at `end`.
    fn accepted_until(&self, end: usize) -> bool {
        self.done.last().is_some_and(|m| m.end == end)
    }

    /// A capitalised word joined by a hyphen, not itself a mention: "Jean-Philippe",
    /// "Paris-Roubaix" (but "Russia-Ukraine" is two mentions).
    fn hyphen_glued(&self) -> bool {
        let hit = self.hit();
        let before = self.text[..hit.start].strip_suffix('-').map(|b| {
            let start = b.len()
                - b.chars().rev().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum::<usize>();
            (&b[start..], b.len())
        });
        if before.is_some_and(|(w, end)| starts_upper(w) && !self.accepted_until(end)) {
            return true;
        }
        let after = self.text[hit.end..].strip_prefix('-');
        let next_is_hit = self.hits.get(self.k + 1).is_some_and(|h| h.start == hit.end + 1);
        after.is_some_and(|a| starts_upper(a) && !next_is_hit)
    }

    /// Whether a word just before a surname (and not a title) names someone else:
    /// "Chelsea Clinton". A sentence-initial word counts only when it is a given name ("But
    /// Trump said" is Trump).
    fn other_first_name(&self, w: Word<'_>) -> bool {
        if !starts_upper(w.text) || has(&self.matcher.words.calendar, w.text) {
            return false;
        }
        if self.is_given_name(w.text) {
            return true;
        }
        !self.accepted_until(w.start + w.text.len()) && !sentence_initial(self.text, w.start)
    }

    fn is_given_name(&self, word: &str) -> bool {
        contains_lower(&self.matcher.given_names, word)
    }
}

/// A game's score: two numbers under 30 joined by a hyphen or en dash ("4-1", "3\u{2013}2",
/// "24-17"), maybe with punctuation after it. Not a vote's share ("52-45") nor a year's
/// range ("2015-16").
fn is_score(word: &str) -> bool {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let word = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    let Some((a, b)) = word.split_once(['-', '\u{2013}']) else { return false };
    let small = |s: &str| s.len() <= 2 && s.parse::<u8>().is_ok_and(|n| n < 30);
    small(a) && small(b)
}

/// `s` lower-cased, in place when it is ASCII.
fn lower_owned(mut s: String) -> String {
    if s.is_ascii() {
        s.make_ascii_lowercase();
        s
    } else {
        s.to_lowercase()
    }
}

/// A key of `word` for a 4,096-bit set: its first byte ASCII-lower-cased, and its length
/// (up to 15, longer ones counting as 15). The same for an ASCII word and its lower-cased
/// form.
fn first_and_len(word: &str) -> usize {
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    usize::from(first) << 4 | word.len().min(15)
}

/// Whether `set` (lower-cased) contains `word`, without allocating for short words.
fn contains_lower(set: &HashSet<String, WordHashing>, word: &str) -> bool {
    thread_local! {
        /// A reused buffer: lowercasing ASCII in a `String` needs no UTF-8 check.
        static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    if !word.is_ascii() {
        return set.contains(&word.to_lowercase());
    }
    LOWER.with_borrow_mut(|lower| {
        lower.clear();
        lower.push_str(word);
        lower.make_ascii_lowercase();
        set.contains(lower.as_str())
    })
}

fn form_rank(form: MentionForm) -> u8 {
    match form {
        MentionForm::Name | MentionForm::Title => 0,
        MentionForm::Alias => 1,
        MentionForm::Demonym => 2,
        MentionForm::Surname => 3,
    }
}

fn kind_rank(kind: EntityType) -> u8 {
    match kind {
        EntityType::Person => 0,
        EntityType::Organization => 1,
        EntityType::Place => 2,
    }
}

/// The columns the rules read, from one pass over an entity's attributes.
struct Columns<'e> {
    /// The `country` column (for a country, its own code) as a number, 0 when absent.
    country: u16,
    /// The `gender` column as `b'm'`, `b'f'` or 0.
    gender: u8,
    /// `kind` is "news".
    news: bool,
    /// The `region` column ("US-NE").
    region: Option<&'e str>,
    /// The first `kind`, `population` and `country` columns, as [`Entity::attr`] gives them.
    kind: Option<&'e str>,
    population: Option<&'e str>,
    first_country: Option<&'e str>,
}

fn columns(e: &Entity) -> Columns<'_> {
    let mut c = Columns {
        country: 0,
        gender: 0,
        news: false,
        region: None,
        kind: None,
        population: None,
        first_country: None,
    };
    for (key, value) in e.attrs.iter() {
        let first = match key {
            "kind" => Some(&mut c.kind),
            "population" => Some(&mut c.population),
            "country" => Some(&mut c.first_country),
            _ => None,
        };
        if let Some(first) = first.filter(|f| f.is_none()) {
            *first = Some(value);
        }
        match (key, value.as_bytes()) {
            ("country", &[a, b]) => c.country = u16::from(a) << 8 | u16::from(b),
            ("gender", b"m") => c.gender = b'm',
            ("gender", b"f") => c.gender = b'f',
            ("kind", b"news") => c.news = true,
            ("region", _) => c.region = Some(value),
            _ => {}
        }
    }
    c
}

/// Each entity's region (its `region` column, "US-NE", names the entity with id
/// "region:US-NE"), or [`NO_REGION`].
fn regions_of(entities: &[Entity], columns: &[Columns<'_>]) -> Vec<u32> {
    let ids: HashMap<&str, u32, WordHashing> = entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((e.id.strip_prefix("region:")?, i as u32)))
        .collect();
    columns.iter().map(|c| c.region.and_then(|r| ids.get(r).copied()).unwrap_or(NO_REGION)).collect()
}

/// Sort key: countries first, then larger places.
fn population(c: &Columns<'_>) -> (bool, std::cmp::Reverse<u64>) {
    let pop = c.population.and_then(|p| p.parse().ok()).unwrap_or(0);
    (c.kind != Some("country"), std::cmp::Reverse(pop))
}

/// The surname of a full name: its last word, suffixes aside. `None` for one-word names
/// and for monarchs ("Charles III").
fn surname<'a>(name: &'a str, context: &ContextWords) -> Option<&'a str> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.last().is_some_and(|w| has(&context.suffixes, w)) {
        words.pop();
    }
    if words.last().is_some_and(|w| has(&context.regnal, w)) {
        return None;
    }
    let last = *words.last()?;
    (words.len() >= 2 && last.chars().count() >= 2 && starts_upper(last)).then_some(last)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Characters of words next to names: letters, digits, periods ("Mr.") and hyphens.
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '.' || c == '-'
}

/// The length of the longest prefix of `s` whose characters are letters, digits, hyphens,
/// or periods when `dot` ([`is_name_char`]): eight bytes at a time while they are ASCII
/// (most words of news), by characters from the first non-ASCII byte on.
#[inline]
fn name_len(s: &str, dot: bool) -> usize {
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&eight) = bytes.get(at..).and_then(|b| b.first_chunk::<8>()) {
        let other = !crate::ascii::name_mask(u64::from_le_bytes(eight), dot) & crate::ascii::HIGH;
        if other != 0 {
            at += (other.trailing_zeros() / 8) as usize;
            return if bytes[at] < 0x80 { at } else { at + name_chars_len(&s[at..], dot) };
        }
        at += 8;
    }
    let name_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || (dot && b == b'.');
    at += bytes[at..].iter().position(|&b| b >= 0x80 || !name_byte(b)).unwrap_or(bytes.len() - at);
    match bytes.get(at) {
        Some(&b) if b >= 0x80 => at + name_chars_len(&s[at..], dot),
        _ => at,
    }
}

/// [`name_len`] by characters.
#[inline(never)]
fn name_chars_len(s: &str, dot: bool) -> usize {
    s.find(|c: char| !(c.is_alphanumeric() || c == '-' || (dot && c == '.'))).unwrap_or(s.len())
}

/// The word ending one space before `at`.
fn word_before(text: &str, at: usize) -> Option<Word<'_>> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    // Bytes first, eight at a time: most words are ASCII; a non-ASCII byte sends the word to
    // the char path.
    let bytes = before.as_bytes();
    let mut ascii = 0;
    while let Some(&eight) = bytes[..bytes.len() - ascii].last_chunk::<8>() {
        let other = !crate::ascii::name_mask(u64::from_le_bytes(eight), true) & crate::ascii::HIGH;
        if other != 0 {
            ascii += (other.leading_zeros() / 8) as usize;
            break;
        }
        ascii += 8;
    }
    if bytes.len() - ascii < 8 {
        let name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'.' || *b == b'-';
        ascii += bytes[..bytes.len() - ascii].iter().rev().take_while(|b| name_byte(b)).count();
    }
    let start = if bytes.len() > ascii && bytes[bytes.len() - ascii - 1] >= 0x80 {
        before.char_indices().rev().take_while(|&(_, c)| is_name_char(c)).last().map(|(i, _)| i)?
    } else if ascii == 0 {
        return None;
    } else {
        bytes.len() - ascii
    };
    Some(Word { text: &before[start..], start })
}

/// Whether the word starting at `at` begins a sentence: the previous non-space character is
/// a sentence end, a newline, an opening quote or bracket, or there is none.
fn sentence_initial(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    for c in before.chars().rev() {
        match c {
            '\n' => return true,
            c if c.is_whitespace() => continue,
            '.' | '!' | '?' | '"' | '“' | '‘' | '\'' | '(' | '[' | ':' => return true,
            _ => return false,
        }
    }
    true
}

/// The bits of the `[sports]` words (the first [`MAX_SPORTS`]) that are in `common`.
fn common_sports_bits(sports: &[String], common: &[String]) -> u64 {
    let bits = (0..MAX_SPORTS).map(|k| 1u64 << k);
    sports.iter().zip(bits).filter(|(w, _)| common.contains(w)).fold(0, |all, (_, bit)| all | bit)
}

/// Whether the `[sports]` words found (`found`, a bit each) make a text a sports report:
/// [`SPORTS_WORDS`] different ones, at least one of them not among `common` (words as
/// common in politics: "victory", "defeat", "goal", "match").
fn sports_report(found: u64, common: u64) -> bool {
    found.count_ones() >= SPORTS_WORDS && found & !common != 0
}

/// The bit of every `[league-words]` word in a [`Vocabulary`]: they need not be told apart.
const LEAGUE_BIT: u64 = 1 << MAX_SPORTS;

/// A few words found where they begin words: a filter of their first three bytes, then a
/// small hash table from those bytes to the words that share them.
///
/// The filter is tested at every word start of a letter (about 170 per kilobyte of news),
/// so it is indexed by a multiply and a shift ([`Vocabulary::bit`]), and is large enough
/// (32,768 entries) that nearly only the words' own first three bytes pass: about one word
/// start in 30. A 4,096-entry filter passed half as many again, and finding the words of a
/// passing start by binary search over the sorted list cost more than the test itself. Its
/// entries are bytes, not bits (32 KiB, not 4 KiB): a load and a shift per word start
/// instead of five instructions to pick a bit, and the scan reads it without branches.
struct Vocabulary {
    /// Entry [`Vocabulary::bit`] of the first three bytes of every word is 1.
    heads: Box<[u8; HEAD_SLOTS]>,
    /// Open addressing from the first three bytes of words (as a little-endian number) to
    /// the range of `words` that begin with them; [`NO_HEAD`] marks an empty slot.
    slots: Box<[(u32, u32, u32)]>,
    /// `slots.len()` is `1 << (32 - shift)`.
    shift: u32,
    /// Every word, grouped by first three bytes, longest first within a group.
    words: Vec<VocabularyWord>,
    /// The first three bytes (a little-endian number) of the patterns that begin with a
    /// lower-case letter, sorted: they pass `heads` too, so that the scan looks for
    /// patterns at lower-case word starts only where one may begin.
    name_heads: Vec<u32>,
}

/// The entries of `Vocabulary::heads`: a power of two.
const HEAD_SLOTS: usize = 1 << 15;

/// A slot of `Vocabulary::slots` that holds no word: no three bytes read as a number are
/// this large.
const NO_HEAD: u32 = u32::MAX;

/// One word of a [`Vocabulary`].
struct VocabularyWord {
    /// Its first eight bytes (zero past its end) as a little-endian number: most words are
    /// compared with the text in one step, without a call to `memcmp`.
    eight: u64,
    word: Box<str>,
    /// Its bit: one per `[sports]` word, [`LEAGUE_BIT`] for `[league-words]`.
    bit: u64,
}

impl Vocabulary {
    /// The first [`MAX_SPORTS`] of `sports`, each with a bit of its own, and all of
    /// `league`, which share [`LEAGUE_BIT`]; `name_heads` are first three bytes of patterns
    /// ([`Vocabulary::name_head`]).
    fn new(sports: &[String], league: &[String], name_heads: &[u32]) -> Vocabulary {
        let bits = (0..MAX_SPORTS).map(|k| 1u64 << k);
        let sports = sports.iter().zip(bits);
        let league = league.iter().map(|w| (w, LEAGUE_BIT));
        let mut list: Vec<(u32, Box<str>, u64)> =
            sports.chain(league).map(|(w, bit)| (head(w.as_bytes()), w.as_str().into(), bit)).collect();
        list.sort_unstable_by_key(|(head, w, _)| (*head, std::cmp::Reverse(w.len())));
        let mut heads = Box::new([0u8; HEAD_SLOTS]);
        let groups = list.chunk_by(|a, b| a.0 == b.0).count();
        let size = (2 * groups).next_power_of_two().max(2);
        let shift = 32 - size.trailing_zeros();
        let mut slots = vec![(NO_HEAD, 0, 0); size].into_boxed_slice();
        let mut from = 0;
        for group in list.chunk_by(|a, b| a.0 == b.0) {
            let head = group[0].0;
            let bit = Self::bit(head);
            heads[bit] = 1;
            let mut i = Self::slot(head, shift);
            while slots[i].0 != NO_HEAD {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (head, from, from + group.len() as u32);
            from += group.len() as u32;
        }
        let words = list
            .into_iter()
            .map(|(_, word, bit)| VocabularyWord { eight: first_eight(word.as_bytes()), word, bit })
            .collect();
        let mut name_heads = name_heads.to_vec();
        name_heads.sort_unstable();
        name_heads.dedup();
        for &head in &name_heads {
            let bit = Self::bit(head);
            heads[bit] = 1;
        }
        Vocabulary { heads, slots, shift, words, name_heads }
    }

    /// The bit of `heads` for first three bytes `head` (a little-endian number): the top
    /// fifteen bits of a multiplicative hash.
    #[inline]
    fn bit(head: u32) -> usize {
        (head.wrapping_mul(0x9e37_79b1) >> 17) as usize
    }

    /// The slot where looking for `head` starts.
    fn slot(head: u32, shift: u32) -> usize {
        (head.wrapping_mul(0x9e37_79b1) >> shift) as usize
    }

    /// The bit and length of the longest word that begins `rest`, whose first four bytes
    /// (zero past its end) are `four`.
    #[cfg(test)]
    fn at(&self, rest: &[u8], four: u32) -> Option<(u64, usize)> {
        if !self.may_begin(four) {
            return None;
        }
        self.verify(rest, four & 0xff_ffff)
    }

    /// Whether a word or a name head may begin a text whose first four bytes (zero past
    /// its end) are `four`: false only when none does.
    #[cfg(test)]
    fn may_begin(&self, four: u32) -> bool {
        self.head_bit(four) != 0
    }

    /// [`Vocabulary::may_begin`] as 1 or 0 (the entry itself).
    #[inline]
    fn head_bit(&self, four: u32) -> u64 {
        u64::from(self.heads[Self::bit(four & 0xff_ffff) & (HEAD_SLOTS - 1)])
    }

    /// Whether `head` (first three bytes) is one of the `name_heads`.
    #[inline]
    fn name_head(&self, head: u32) -> bool {
        !self.name_heads.is_empty() && self.name_heads.binary_search(&head).is_ok()
    }

    /// [`Vocabulary::at`] past the bitmap: the words whose first three bytes are `head`.
    #[inline(never)]
    fn verify(&self, rest: &[u8], head: u32) -> Option<(u64, usize)> {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot(head, self.shift);
        let (from, to) = loop {
            let (h, from, to) = *self.slots.get(i)?;
            if h == head {
                break (from, to);
            }
            if h == NO_HEAD {
                return None;
            }
            i = (i + 1) & mask;
        };
        let eight = first_eight(rest);
        let words = self.words.get(from as usize..to as usize)?;
        let found = words.iter().find(|w| {
            let n = w.word.len();
            let mask = if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
            eight & mask == w.eight && rest.len() >= n && (n <= 8 || rest[8..n] == w.word.as_bytes()[8..])
        });
        found.map(|w| (w.bit, w.word.len()))
    }
}

/// The bytes of a 64-byte block of text and the three after it: the first four bytes at
/// each position of the block.
const WINDOW: usize = 67;

/// The first four bytes at position `k` of a block's `window`, as a little-endian number.
#[inline]
fn four_at(window: &[u8; WINDOW], k: usize) -> u32 {
    let k = k & 63;
    u32::from_le_bytes([window[k], window[k + 1], window[k + 2], window[k + 3]])
}

/// The positions of `at` (bits of a block whose bytes are in `window`) whose first four
/// bytes pass `test` (1, or 0 when they do not): no branch per position.
#[inline]
fn passing(window: &[u8; WINDOW], mut at: u64, test: impl Fn(u32) -> u64) -> u64 {
    let mut pass = 0;
    while at != 0 {
        let k = at.trailing_zeros() as usize;
        at &= at - 1;
        pass |= test(four_at(window, k)) << k;
    }
    pass
}

/// The first three bytes of `word` (zero past its end), as a little-endian number.
fn head(word: &[u8]) -> u32 {
    word.iter().take(3).rev().fold(0, |x, &b| x << 8 | u32::from(b))
}

/// Whether the first of a pattern's `targets` is a country (not a demonym) whose capital of
/// the same name is among the others: a city-state.
fn city_state(targets: &[Target], country: &[u16]) -> bool {
    let Some((first, others)) = targets.split_first() else { return false };
    let of = |t: &Target| country[t.entity.0 as usize];
    first.area
        && !first.region
        && first.form != MentionForm::Demonym
        && others.iter().any(|t| t.club && !t.area && of(t) == of(first))
}

/// A set of pairs of first bytes (a lone last byte pairs with 0): a bit each.
struct Pairs(Box<[u64; 1024]>);

impl Default for Pairs {
    fn default() -> Pairs {
        Pairs(Box::new([0; 1024]))
    }
}

impl Pairs {
    /// Bytes `b0`, `b1` as one little-endian number: the low half of a text's
    /// [`first_four`](super::index::first_four), with no shuffling of bytes at each word start.
    fn pair(b0: u8, b1: u8) -> u16 {
        u16::from_le_bytes([b0, b1])
    }

    fn set(&mut self, b0: u8, b1: u8) {
        let pair = usize::from(Self::pair(b0, b1));
        self.0[pair >> 6] |= 1 << (pair & 63);
    }

    /// Whether a pattern begins with the two bytes of `pair` ([`Pairs::pair`]): 1 or 0.
    #[inline]
    fn bit(&self, pair: u16) -> u64 {
        let pair = usize::from(pair);
        self.0[pair >> 6] >> (pair & 63) & 1
    }
}

/// Four bytes (little-endian in `four`) ASCII-lower-cased.
fn ascii_lower4(four: u32) -> u32 {
    u32::from_le_bytes(four.to_le_bytes().map(|b| b.to_ascii_lowercase()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the character before byte `i` is a letter or digit.
fn word_char_before(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i.wrapping_sub(1)) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text.get(..i).and_then(|s| s.chars().next_back()).is_some_and(is_word_char),
    }
}

/// Whether the word at `i` follows a letter and an apostrophe: "O'Driscoll", "D’Arcy".
fn elided_before(text: &str, i: usize) -> bool {
    let Some(before) = text.get(..i) else {
        return false;
    };
    let before = match before.strip_suffix('\'') {
        Some(b) => b,
        None => match before.strip_suffix('’') {
            Some(b) => b,
            None => return false,
        },
    };
    before.chars().next_back().is_some_and(char::is_alphabetic)
}

/// Whether a hit may end at byte `end`: the match ends in punctuation ("U.S.") or the next
/// character is not a letter or digit ("Trump's", "Russia-Ukraine").
fn word_end(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    if end == 0 || bytes.get(end - 1).is_some_and(|&b| b < 0x80 && !b.is_ascii_alphanumeric()) {
        return true;
    }
    match bytes.get(end) {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => !text.get(end..).and_then(|s| s.chars().next()).is_some_and(is_word_char),
    }
}

/// `word` ASCII-lower-cased into `buf`, if it fits.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let dst = buf.get_mut(..word.len())?;
    dst.copy_from_slice(word.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

#[cfg(test)]
mod tests {
    use super::super::index::first_four;
    use super::{LEAGUE_BIT, Selection, Vocabulary, class, is_name_char, name_len, word_before};

    /// The scan finds what it finds when it visits every word start: with the default
    /// gazetteer, and with names that begin with a lower-case letter, a digit, punctuation
    /// or a non-ASCII letter (found through the sports look-up or their classes).
    #[test]
    fn scan_visits_every_word_start_that_may_begin_a_name() {
        let csv = "id,type,name,aliases\n\
                   o1,organization,eFoo Group,eFoo\n\
                   o2,organization,xy,\n\
                   p1,place,'t Veld,\n\
                   p2,place,7th Harbour City,\n\
                   p3,place,Ørnvik,\n\
                   p4,place,Kaldor,\n";
        let small = crate::gazetteer::Gazetteer::builder()
            .include_default(false)
            .add_reader(csv.as_bytes(), "own.csv")
            .build()
            .expect("builds");
        let default = crate::gazetteer::Gazetteer::builtin().expect("builds");
        let texts = [
            "The eFoo Group said xy and eFoo, near 't Veld in 7th Harbour City (Ørnvik), Kaldor.",
            "At half-time the striker's goal made it a derby in the FA Cup; the playoffs and NBA.",
            "Russian President Vladimir Putin met al-Qaeda experts in the eurozone, said dpa.",
            "eFoo",
            "xy",
        ];
        for mut gaz in [small, default] {
            for text in texts {
                let found = gaz.matcher.scan(text);
                let (names, sports) = (gaz.matcher.name_classes, gaz.matcher.sport_classes);
                let all = Selection::of(class::ALL);
                (gaz.matcher.name_classes, gaz.matcher.sport_classes) = (all, all);
                assert_eq!(gaz.matcher.scan(text), found, "{text}");
                (gaz.matcher.name_classes, gaz.matcher.sport_classes) = (names, sports);
            }
        }
    }

    #[test]
    fn name_len_agrees_with_finding_the_first_other_char() {
        let cases = [
            "Mr. Smith",
            "Zürich-based firm",
            "São Paulo",
            "U.S.-led",
            "word",
            "",
            " x",
            "Ωmega.",
            "Abcdefgh-ijklmnop.qrstuvwxyzÀ b",
            "Abcdefgh-ijklmnop.qrstuv",
            "Abcdefghijklmnopq",
            "Abcdefghijklmnopq's",
        ];
        for s in cases {
            for dot in [false, true] {
                let ok = |c: char| c.is_alphanumeric() || c == '-' || (dot && c == '.');
                let want = s.find(|c: char| !ok(c)).unwrap_or(s.len());
                assert_eq!(name_len(s, dot), want, "{s:?} {dot}");
            }
            assert_eq!(name_len(s, true), s.find(|c: char| !is_name_char(c)).unwrap_or(s.len()));
        }
    }

    /// `word_before` finds the name characters before a space, eight bytes at a time.
    #[test]
    fn word_before_agrees_with_the_chars_before() {
        let text = "At Zürich-based U.S.-led Abcdefghijklmnopq Abcdefgh-ijklmnop.qrstuv ΩmegaX. x said";
        for at in 0..=text.len() {
            let want = text.get(..at).and_then(|b| b.strip_suffix(' ')).and_then(|before| {
                let start = before.char_indices().rev().take_while(|&(_, c)| is_name_char(c)).last()?.0;
                Some((start, &before[start..]))
            });
            assert_eq!(word_before(text, at).map(|w| (w.start, w.text)), want, "{at}");
        }
    }

    /// The longest word of `words` (sports first, then league) that begins `rest`: the
    /// plain definition [`Vocabulary::at`] must agree with.
    fn naive(sports: &[&str], league: &[&str], rest: &[u8]) -> Option<(u64, usize)> {
        let bits = (0..).map(|k| 1u64 << k);
        let all = sports.iter().zip(bits).chain(league.iter().map(|w| (w, LEAGUE_BIT)));
        // Words shorter than three bytes are found only where the text ends with them.
        let fits = |w: &str| w.len() >= 3 || rest.len() == w.len();
        all.filter(|(w, _)| rest.starts_with(w.as_bytes()) && fits(w))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, bit)| (bit, w.len()))
    }

    #[test]
    fn vocabulary_finds_the_longest_word_at_each_position() {
        let sports = ["goal", "goalkeeper", "FA Cup", "Cup", "half-time", "Ölympia", "ab", "match"];
        let league = ["playoff", "playoffs", "NBA", "Eastern Conference"];
        let own = |l: &[&str]| l.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let vocabulary = Vocabulary::new(&own(&sports), &own(&league), &[]);
        let text = "The goalkeeper's goals, an FA Cup tie at half-time; playoffs and the NBA \
                    playoff, Eastern Conference, Eastern Conf. Ölympia GOAL matchday Cu ab";
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            let rest = &bytes[i..];
            assert_eq!(vocabulary.at(rest, first_four(rest)), naive(&sports, &league, rest), "{i}");
        }
    }
}
