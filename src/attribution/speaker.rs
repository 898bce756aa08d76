//! Rule 10: a resolved name cleaned for records. Words glued to a name by the way the
//! text reads are taken off it: sentence openers (`Earlier Conservative Graham Brady`),
//! party and role words before it (`Tory Dominic Grieve`, `Liberal Democrat Sarah
//! Teather`) and post-nominal letters after it (`Paul Boateng MP`); the last two become the
//! speaker's title. The word classes are data (`[opener]`, `[party]`, `[postnominal]`,
//! `[org]` in `gazetteers/speaker-words.txt`).

use super::SpeakerType;
use super::lexicon::{Lexicon, class};
use super::phrases::agent_noun;

/// A name with the words glued to it taken apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The name proper.
    pub name: &'a str,
    /// Party, role or post-nominal words that were part of the written name.
    pub title: Option<&'a str>,
}

/// Whether `w` is capitalised (its first character is upper case).
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The text of `s` before its first space, all of it when it has none (as
/// `s.split(' ').next()`, by bytes: a space is never inside a multibyte character).
pub fn first_word(s: &str) -> &str {
    s.as_bytes().iter().position(|&b| b == b' ').map_or(s, |i| &s[..i])
}

/// The text of `s` after its last space, all of it when it has none (as
/// `s.rsplit(' ').next()`, by bytes).
pub fn last_word(s: &str) -> &str {
    s.as_bytes().iter().rposition(|&b| b == b' ').map_or(s, |i| &s[i + 1..])
}

/// Takes sentence openers off the front of a name, then party and role words (kept as
/// the title) as long as a name word is left, then post-nominal letters off its end
/// (kept as the title when there is no other).
pub fn clean<'a>(lex: &Lexicon, name: &'a str) -> Cleaned<'a> {
    const MAX: usize = 8;
    let unchanged = Cleaned { name, title: None };
    // One word has nothing glued to it; a run of more than eight is left as it is.
    let spaces = name.bytes().filter(|&b| b == b' ').count();
    if spaces == 0 || spaces >= MAX {
        return unchanged;
    }
    // The words between spaces (by bytes: a space is never inside a multibyte character).
    let mut words = [""; MAX];
    let mut n = 0;
    let mut from = 0;
    for (i, b) in name.bytes().enumerate() {
        if b == b' ' {
            words[n] = &name[from..i];
            n += 1;
            from = i + 1;
        }
    }
    words[n] = &name[from..];
    n += 1;
    // Each word's classes, looked up when first needed.
    let classes = [const { std::cell::Cell::new(u32::MAX) }; MAX];
    let is = |i: usize, c: u32| {
        if classes[i].get() == u32::MAX {
            classes[i].set(lex.classes(words[i]));
        }
        classes[i].get() & c != 0
    };
    let mut a = 0;
    // Earlier Conservative Graham Brady, Speaking Mr Blair: openers never start a name;
    // a given name that is also a stop word does, when the phrase kept it (April Ryan).
    let given_stop = |a: usize| is(a, class::MALE | class::FEMALE) && !is(a, class::ADVERB | class::OPENER);
    while a + 1 < n && is(a, class::OPENER | class::STOP) && !is(a, class::TITLE) && !given_stop(a) {
        a += 1;
    }
    let mut t = a;
    while t + 1 < n && capitalised(words[t]) && is(t, class::PARTY | class::TITLE) {
        t += 1;
    }
    // Every word a party word (Liberal Democrats): the name is the party.
    if t + 1 == n && is(t, class::PARTY) {
        t = a;
    }
    // Minister for Health Stephen Donnelly, Defiant Matt Williams: a capitalised word that
    // is no given name before a given name and a surname ends a title or is an opener.
    let given = class::MALE | class::FEMALE;
    // Not an initial (C. Stewart Verdery), not before a given name of two letters (Hicham
    // El Guerrouj) or a place's first word (South Carolina Democrat, New York City …), and
    // not when a body's or party's word ends the run (Linden Grace Foundation).
    let place_start = matches!(words[t], "New" | "South" | "North" | "East" | "West");
    let body_end = is(n - 1, class::ORG | class::PARTY);
    if n >= t + 3
        && capitalised(words[t])
        && !words[t].ends_with('.')
        && !place_start
        && !body_end
        && !is(t, given)
        && is(t + 1, given)
        && capitalised(words[t + 1])
        && words[t + 1].len() > 2
    {
        t += 1;
        // Fellow Lib Dem Norman Baker: party or title words may follow the word taken.
        while t + 1 < n && capitalised(words[t]) && is(t, class::PARTY | class::TITLE) {
            t += 1;
        }
    }
    // New Yorker Dick Morris, South African Ann Kerr: a place's two words before a given
    // name and a surname are a title too.
    if place_start
        && t == a
        && n >= t + 4
        && capitalised(words[t + 1])
        && !body_end
        && is(t + 2, given)
        && capitalised(words[t + 2])
        && words[t + 2].len() > 2
    {
        t += 2;
    }
    let mut b = n;
    while b > t + 1
        && words[b - 1].chars().all(|c| c.is_uppercase() || c == '.')
        && is(b - 1, class::POSTNOMINAL)
    {
        b -= 1;
    }
    if a == 0 && t == 0 && b == n {
        return unchanged;
    }
    let offset = |i: usize| words[..i].iter().map(|w| w.len() + 1).sum::<usize>().min(name.len());
    let (start, end) = (offset(t), offset(b).min(name.len()));
    let proper = name.get(start..end).unwrap_or(name).trim();
    let title = if t > a {
        name.get(offset(a)..offset(t)).map(str::trim)
    } else if b < n {
        name.get(end..).map(str::trim)
    } else {
        None
    };
    Cleaned { name: proper, title: title.filter(|t| !t.is_empty()) }
}

/// Whether a name reads as an organisation's: its last word is an organisation word
/// (Porter Architects, Home Office), it joins names with an ampersand (Ernst & Young), or
/// every word is a party word (Liberal Democrats).
pub fn organisation_like(lex: &Lexicon, name: &str) -> bool {
    // The last word that is not empty (spaces at the end skipped), found by bytes.
    let trimmed = name.trim_end_matches(' ');
    let last = &trimmed[memchr::memrchr(b' ', trimmed.as_bytes()).map_or(0, |i| i + 1)..];
    // Both tests below want a capitalised last word.
    let cap = match last.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => capitalised(last),
    };
    if !cap {
        return false;
    }
    // Every letter upper case: in ASCII, no lowercase letter.
    let shouting = if name.is_ascii() {
        !name.bytes().any(|b| b.is_ascii_lowercase())
    } else {
        name.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
    };
    if name.len() > 1 && shouting {
        return true;
    }
    // Nova Scotia RCMP, Lagos-based CBN: an acronym of three letters or more ends the name
    // (not a post-nominal: Tom McCabe MSP).
    if last.len() >= 3
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && lex.classes(last) & class::POSTNOMINAL == 0
    {
        return true;
    }
    // Ernst & Young, Marks & Spencer: partners' names joined by an ampersand.
    let bytes = name.as_bytes();
    if memchr::memchr_iter(b'&', bytes)
        .any(|i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '))
    {
        return true;
    }
    let c = lex.classes(last);
    if c & class::ORG != 0 {
        return true;
    }
    // Bank of England, University of Toronto, Office for National Statistics: an
    // organisation word before `of` or `for`. (Only read word by word when ` of` or ` for`
    // is in it.)
    if memchr::memmem::find(bytes, b" of").is_some() || memchr::memmem::find(bytes, b" for").is_some() {
        let mut words = name.split(' ').peekable();
        while let Some(w) = words.next() {
            if matches!(words.peek(), Some(&"of" | &"for"))
                && capitalised(w)
                && lex.classes(w) & class::ORG != 0
            {
                return true;
            }
        }
    }
    // Every word a party word: the last one first, the cheap test.
    c & class::PARTY != 0
        && name.split(' ').filter(|w| !w.is_empty()).all(|w| {
            let c = lex.classes(w);
            capitalised(w) && c & class::PARTY != 0 && c & class::TITLE == 0
        })
}

/// Rule 16b (outlets by their noun): a capitalised name followed by one lowercase outlet
/// noun of `[outlet]` (gazetteers/speaker-words.txt), after an optional `the`: the name
/// and the noun (Vedomosti newspaper → Vedomosti, newspaper; the Liverpool Echo newspaper
/// → Liverpool Echo, newspaper). None otherwise, and for a name with an apostrophe.
pub fn outlet_name<'n>(lex: &Lexicon, name: &'n str) -> Option<(&'n str, &'n str)> {
    let (head, noun) = name.rsplit_once(' ')?;
    if !noun.starts_with(|c: char| c.is_ascii_lowercase()) || lex.classes(noun) & class::OUTLET == 0 {
        return None;
    }
    // Past `the`; not a determiner alone (The newspaper) nor a possessive (Johnson's
    // agency, the People's Daily newspaper: a name's or an owner's).
    let head = head.strip_prefix("the ").or_else(|| head.strip_prefix("The ")).unwrap_or(head);
    let capitalised = !head.is_empty()
        && lex.classes(head) & class::DET == 0
        && !head.contains(['\'', '’'])
        && head.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase()));
    capitalised.then_some((head, noun))
}

/// `title` without the sentence openers that begin it (Earlier, Meanwhile, Speaking):
/// "Earlier Conservative" is the title "Conservative", "Earlier" none (empty).
pub fn without_openers<'t>(lex: &Lexicon, title: &'t str) -> &'t str {
    let mut rest = title.trim_start();
    loop {
        let (w, after) = rest.split_once(' ').unwrap_or((rest, ""));
        let c = lex.classes(w);
        if w.is_empty() || c & class::OPENER == 0 || c & class::TITLE != 0 {
            return rest;
        }
        rest = after.trim_start();
    }
}

/// Whether the words before a name read as its title (Shadow Home Secretary, ABN AMRO
/// analyst, Liverpool captain), not as the end of a clause the phrase reading ran over (the
/// biggest change occurred when billionaire, another role under): at most six words, the
/// last a title, role or party word or capitalised, and no verb-like or clause word.
pub fn title_like(lex: &Lexicon, title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    let Some(last) = words.last() else { return false };
    let last = last.trim_end_matches([',', '.']);
    let head = capitalised(last)
        || agent_noun(last)
        || last.ends_with("-year-old")
        || lex.classes(last) & (class::TITLE | class::ROLE | class::PARTY) != 0;
    let clause = words.iter().any(|w| {
        !capitalised(w)
            && (w.ends_with("ed")
                || matches!(*w, "when" | "where" | "while" | "who" | "which" | "that" | "is" | "was"))
    });
    // In a statement Google said: an indefinite phrase before a name is no title.
    let indefinite =
        words.first().is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    words.len() <= 6 && head && !clause && !indefinite
}

/// The type of a speaker known only by a pronoun: he, she, I, who are people; it an
/// organisation; we and they a group.
pub fn pronoun_type(pronoun: &str) -> SpeakerType {
    let p = pronoun.to_ascii_lowercase();
    let p = p.split(['\'', '’']).next().unwrap_or("");
    match p {
        "it" => SpeakerType::Organization,
        "we" | "they" | "their" => SpeakerType::Role,
        _ => SpeakerType::Person,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_before_a_given_name_and_surname_is_a_title() {
        let lex = Lexicon::builtin();
        let rows = [
            ("Health Stephen Donnelly", "Stephen Donnelly", Some("Health")),
            ("Referee Graham Poll", "Graham Poll", Some("Referee")),
            ("Mary Lou McDonald", "Mary Lou McDonald", None),
            ("Hicham El Guerrouj", "Hicham El Guerrouj", None),
            ("C. Stewart Verdery", "C. Stewart Verdery", None),
            ("South Carolina Democrat", "South Carolina Democrat", None),
            ("Linden Grace Foundation", "Linden Grace Foundation", None),
            ("Stephen Donnelly", "Stephen Donnelly", None),
        ];
        for (name, want, title) in rows {
            let c = clean(&lex, name);
            assert_eq!((c.name, c.title), (want, title), "{name:?}");
        }
    }

    #[test]
    fn openers_are_no_title() {
        let lex = Lexicon::builtin();
        let rows = [
            ("Earlier", ""),
            ("Earlier Conservative", "Conservative"),
            ("Meanwhile Foreign Secretary", "Foreign Secretary"),
            ("Foreign Secretary", "Foreign Secretary"),
            ("", ""),
        ];
        for (title, want) in rows {
            assert_eq!(without_openers(&lex, title), want, "{title:?}");
        }
    }

    #[test]
    fn glued_words_come_off_names() {
        let lex = Lexicon::builtin();
        let rows: &[(&str, &str, Option<&str>)] = &[
            ("Tory Dominic Grieve", "Dominic Grieve", Some("Tory")),
            ("Liberal Democrat Sarah Teather", "Sarah Teather", Some("Liberal Democrat")),
            ("Paul Boateng MP", "Paul Boateng", Some("MP")),
            ("Earlier Conservative Graham Brady", "Graham Brady", Some("Conservative")),
            ("Besides Anna Berg", "Anna Berg", None),
            ("Liberal Democrats", "Liberal Democrats", None),
            ("Labour", "Labour", None),
            ("Anna Berg", "Anna Berg", None),
            ("Lopez Garcia", "Lopez Garcia", None),
            ("New Yorker Dick Morris", "Dick Morris", Some("New Yorker")),
            ("South African Ann Kerr", "Ann Kerr", Some("South African")),
            ("New York City Councilman Tom Hart", "New York City Councilman Tom Hart", None),
        ];
        for &(name, want, title) in rows {
            let c = clean(&lex, name);
            assert_eq!((c.name, c.title), (want, title), "{name}");
        }
    }

    #[test]
    fn titles_read_as_titles() {
        let lex = Lexicon::builtin();
        for t in ["Shadow Home Secretary", "ABN AMRO analyst", "Liverpool captain", "Mr", "former Rep."] {
            assert!(title_like(&lex, t), "{t}");
        }
        for t in ["the biggest change occurred when billionaire", "Another role under", "met", "a statement"]
        {
            assert!(!title_like(&lex, t), "{t}");
        }
    }

    #[test]
    fn outlets_shed_their_noun() {
        let lex = Lexicon::builtin();
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            ("Vedomosti newspaper", Some(("Vedomosti", "newspaper"))),
            ("the Liverpool Echo newspaper", Some(("Liverpool Echo", "newspaper"))),
            ("The newspaper", None),
            ("the People's Daily newspaper", None),
            ("the Itar-Tass news agency", None),
            ("the Nationwide building society", None),
            ("Vedomosti", None),
        ];
        for &(name, want) in rows {
            assert_eq!(outlet_name(&lex, name), want, "{name}");
        }
    }

    #[test]
    fn organisations_and_pronouns_have_types() {
        let lex = Lexicon::builtin();
        assert!(organisation_like(&lex, "Porter Architects"));
        assert!(organisation_like(&lex, "Home Office"));
        assert!(organisation_like(&lex, "Liberal Democrats"));
        assert!(organisation_like(&lex, "BBC"));
        assert!(organisation_like(&lex, "Hyundai Motor"));
        assert!(organisation_like(&lex, "Kerrow Holdings"));
        assert!(!organisation_like(&lex, "Anne Porter"));
        assert_eq!(pronoun_type("It"), SpeakerType::Organization);
        assert_eq!(pronoun_type("they"), SpeakerType::Role);
        assert_eq!(pronoun_type("She"), SpeakerType::Person);
    }
}
