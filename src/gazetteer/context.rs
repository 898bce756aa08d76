//! The word lists that steer the context rules of matching, read from
//! `gazetteers/context-words.txt` (embedded in the binary): sports vocabulary, club roles,
//! sentence-initial words, heads of `X of <place>` names, honorifics, months and weekdays,
//! name suffixes, regnal numbers, words that make a demonym a language, speech verbs and
//! person roles (speakers are not places), league words (a city is a club), heads of event
//! and report names, words before a work's title, names that bodies of several countries share,
//! TV channels, club posts before a town, and nouns that make a place's possessive a person's. The file's header says what each section is for.

use super::load::{Problem, problem};

/// The embedded lists, and where they come from.
pub(crate) const BUILTIN: (&str, &str) =
    ("gazetteers/context-words.txt", include_str!("../../gazetteers/context-words.txt"));

/// The most `[sports]` words: each has a bit of its own in a `u64`, and all
/// `[league-words]` share the last one, so their number has no bound.
pub(crate) const MAX_SPORTS: usize = 63;

/// One list per section of the file.
#[derive(Debug, Default, Clone)]
pub(crate) struct ContextWords {
    pub sports: Vec<String>,
    pub sports_common: Vec<String>,
    pub club_roles: Vec<String>,
    pub club_posts: Vec<String>,
    pub performance_nouns: Vec<String>,
    pub sentence_words: Vec<String>,
    pub name_heads: Vec<String>,
    pub honorifics: Vec<String>,
    pub calendar: Vec<String>,
    pub suffixes: Vec<String>,
    pub regnal: Vec<String>,
    pub language_words: Vec<String>,
    pub language_verbs: Vec<String>,
    pub translation_words: Vec<String>,
    pub language_roles: Vec<String>,
    pub speech_verbs: Vec<String>,
    pub person_roles: Vec<String>,
    pub league_words: Vec<String>,
    pub result_verbs: Vec<String>,
    pub name_tails: Vec<String>,
    pub work_leads: Vec<String>,
    pub work_nouns: Vec<String>,
    pub shared_names: Vec<String>,
    pub male_honorifics: Vec<String>,
    pub female_honorifics: Vec<String>,
    pub pronoun_before: Vec<String>,
    pub state_roles: Vec<String>,
    pub generic_region_words: Vec<String>,
    pub firm_nouns: Vec<String>,
    pub firm_words: Vec<String>,
    pub org_tails: Vec<String>,
    pub channels: Vec<String>,
    pub firm_tails: Vec<String>,
    pub place_nouns: Vec<String>,
    pub language_ends: Vec<String>,
    pub hyphen_prefixes: Vec<String>,
}

impl ContextWords {
    /// The lists in `text`; every line outside a known section, and a `[sports]` list of
    /// more than [`MAX_SPORTS`] words, is a problem of `origin`.
    pub(crate) fn parse(origin: &str, text: &str, problems: &mut Vec<Problem>) -> ContextWords {
        let mut words = ContextWords::default();
        let mut section = None;
        for (n, line) in (1..).zip(text.lines()) {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let name = name.trim();
                if words.list(name).is_none() {
                    problems.push(problem(origin, Some(n), format!("unknown section [{name}]")));
                }
                section = Some(name);
                continue;
            }
            match section.and_then(|s| words.list(s)) {
                Some(list) => list.push(line.to_string()),
                None => problems.push(problem(origin, Some(n), format!("{line:?} is in no known section"))),
            }
        }
        let found = words.sports.len();
        if found > MAX_SPORTS {
            let reason = format!("{found} [sports] words, more than {MAX_SPORTS}");
            problems.push(problem(origin, None, reason));
        }
        words
    }

    /// The list of a section.
    fn list(&mut self, section: &str) -> Option<&mut Vec<String>> {
        Some(match section {
            "sports" => &mut self.sports,
            "sports-common" => &mut self.sports_common,
            "club-roles" => &mut self.club_roles,
            "club-posts" => &mut self.club_posts,
            "performance-nouns" => &mut self.performance_nouns,
            "sentence-words" => &mut self.sentence_words,
            "name-heads" => &mut self.name_heads,
            "honorifics" => &mut self.honorifics,
            "calendar" => &mut self.calendar,
            "suffixes" => &mut self.suffixes,
            "regnal" => &mut self.regnal,
            "language-words" => &mut self.language_words,
            "language-verbs" => &mut self.language_verbs,
            "translation-words" => &mut self.translation_words,
            "language-roles" => &mut self.language_roles,
            "speech-verbs" => &mut self.speech_verbs,
            "person-roles" => &mut self.person_roles,
            "league-words" => &mut self.league_words,
            "result-verbs" => &mut self.result_verbs,
            "name-tails" => &mut self.name_tails,
            "work-leads" => &mut self.work_leads,
            "work-nouns" => &mut self.work_nouns,
            "shared-names" => &mut self.shared_names,
            "male-honorifics" => &mut self.male_honorifics,
            "female-honorifics" => &mut self.female_honorifics,
            "pronoun-before" => &mut self.pronoun_before,
            "state-roles" => &mut self.state_roles,
            "generic-region-words" => &mut self.generic_region_words,
            "firm-nouns" => &mut self.firm_nouns,
            "firm-words" => &mut self.firm_words,
            "org-tails" => &mut self.org_tails,
            "channels" => &mut self.channels,
            "firm-tails" => &mut self.firm_tails,
            "place-nouns" => &mut self.place_nouns,
            "language-ends" => &mut self.language_ends,
            "hyphen-prefixes" => &mut self.hyphen_prefixes,
            _ => return None,
        })
    }
}

/// Whether `list` holds `word`.
pub(crate) fn has(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lists_parse() {
        let mut problems = vec![];
        let words = ContextWords::parse(BUILTIN.0, BUILTIN.1, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(has(&words.sports, "Six Nations") && has(&words.calendar, "May"));
        assert!(has(&words.regnal, "III") && has(&words.suffixes, "Jr."));
    }

    #[test]
    fn lines_outside_known_sections_are_problems() {
        let mut problems = vec![];
        ContextWords::parse("x.txt", "striker\n[sports]\ngoal\n[sport]\nwicket\n", &mut problems);
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(1), Some(4), Some(5)], "{problems:?}");
    }
}
