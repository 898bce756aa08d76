//! Tests for the sentence stage: the English Golden Rules, news cases, invariants
//! and linear behaviour on large inputs.

use quotewire::sentences::{Abbreviations, Segmenter, Sentence};

fn split(seg: &Segmenter, text: &str) -> Vec<String> {
    seg.split(text).iter().map(|s| text[s.start..s.end].to_string()).collect()
}

#[derive(serde::Deserialize)]
struct Golden {
    id: u32,
    name: String,
    text: String,
    sentences: Vec<String>,
}

fn golden() -> Vec<Golden> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/golden_en.jsonl");
    let data = std::fs::read_to_string(path).expect("read golden_en.jsonl");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("golden line"))
        .collect()
}

#[test]
fn golden_rules() {
    let seg = Segmenter::default();
    let cases = golden();
    assert_eq!(cases.len(), 48);
    let mut pass = 0;
    for case in &cases {
        let got = split(&seg, &case.text);
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got == want {
            pass += 1;
        } else {
            println!("golden rule {} ({}) fails:\n  want {:?}\n  got  {:?}", case.id, case.name, want, got);
        }
    }
    println!("golden rules: {pass}/{} exact", cases.len());
    assert!(pass >= 47, "only {pass}/48 golden rules pass");
}

/// News cases: text and the expected sentences.
const NEWS: &[(&str, &[&str])] = &[
    (
        "Sen. Ted Cruz, R-Texas, said the bill would fail. He did not elaborate.",
        &["Sen. Ted Cruz, R-Texas, said the bill would fail.", "He did not elaborate."],
    ),
    (
        "WASHINGTON (AP) — President Joe Biden on Tuesday signed the bill. It takes effect Jan. 1.",
        &["WASHINGTON (AP) — President Joe Biden on Tuesday signed the bill.", "It takes effect Jan. 1."],
    ),
    (
        "\"We will win,\" said Gov. Smith. The crowd cheered.",
        &["\"We will win,\" said Gov. Smith.", "The crowd cheered."],
    ),
    ("Gen. Mark Milley testified on Capitol Hill.", &["Gen. Mark Milley testified on Capitol Hill."]),
    ("He served in the U.S. Army for 20 years.", &["He served in the U.S. Army for 20 years."]),
    ("The vote is at 5 p.m. Monday in the Senate.", &["The vote is at 5 p.m. Monday in the Senate."]),
    (
        "The vote ended at 5 p.m. The next vote is Friday.",
        &["The vote ended at 5 p.m.", "The next vote is Friday."],
    ),
    ("“You are wrong.” She said it twice.", &["“You are wrong.”", "She said it twice."]),
    ("“We will win. We always do,” he said.", &["“We will win.", "We always do,” he said."]),
    ("\"Is this the end?\" asked one protester.", &["\"Is this the end?\" asked one protester."]),
    (
        "The talks began Feb. 24 and resumed Sept. 11, officials said.",
        &["The talks began Feb. 24 and resumed Sept. 11, officials said."],
    ),
    (
        "She arrived at No. 10 Downing Street on Dec. 5, 2024.",
        &["She arrived at No. 10 Downing Street on Dec. 5, 2024."],
    ),
    ("The team flew to St. Louis. It lost there.", &["The team flew to St. Louis.", "It lost there."]),
    (
        "The rally was held in Washington, D.C. The event drew thousands.",
        &["The rally was held in Washington, D.C.", "The event drew thousands."],
    ),
    (
        "Readers were unhappy. 17% of readers cancelled.",
        &["Readers were unhappy.", "17% of readers cancelled."],
    ),
    (
        "Acme Inc. said profits rose. Acme Corp. It was not.",
        &["Acme Inc. said profits rose.", "Acme Corp.", "It was not."],
    ),
    (
        "Rep. Alexandria Ocasio-Cortez, D-N.Y., and Lt. Col. Alexander Vindman spoke.",
        &["Rep. Alexandria Ocasio-Cortez, D-N.Y., and Lt. Col. Alexander Vindman spoke."],
    ),
    (
        "Dr. Anthony Fauci and Prof. J.K. Rowling met Mrs. E. Smith in Mt. Vernon.",
        &["Dr. Anthony Fauci and Prof. J.K. Rowling met Mrs. E. Smith in Mt. Vernon."],
    ),
    (
        "The case, Roe v. Wade, was overturned. The ruling stands.",
        &["The case, Roe v. Wade, was overturned.", "The ruling stands."],
    ),
    (
        "It was written by Smith et al. in 2020. They disagreed.",
        &["It was written by Smith et al. in 2020.", "They disagreed."],
    ),
    (
        "The minister resigned.The prime minister accepted.",
        &["The minister resigned.", "The prime minister accepted."],
    ),
    (
        "Contact press@example.org. More details are at https://example.com/a.b?Id=1. Thanks.",
        &["Contact press@example.org.", "More details are at https://example.com/a.b?Id=1.", "Thanks."],
    ),
    (
        "Shares fell 3.5 percent. Analysts said the U.S. economy was slowing.",
        &["Shares fell 3.5 percent.", "Analysts said the U.S. economy was slowing."],
    ),
    (
        "He moved to the U.K. \"It was home,\" he said.",
        &["He moved to the U.K.", "\"It was home,\" he said."],
    ),
    (
        "The shooting happened near Main St. and Fifth Ave. on Tuesday.",
        &["The shooting happened near Main St. and Fifth Ave. on Tuesday."],
    ),
    ("What now? Nobody knows! Stay tuned...", &["What now?", "Nobody knows!", "Stay tuned..."]),
    (
        "He said (as expected) that he would go. (Reporting by Jane Doe.) Editing.",
        &["He said (as expected) that he would go.", "(Reporting by Jane Doe.)", "Editing."],
    ),
    (
        "Martin Luther King Jr. spoke here. Later, Sen. Warren replied.",
        &["Martin Luther King Jr. spoke here.", "Later, Sen. Warren replied."],
    ),
    (
        "\"Are we done?\" Smith asked. \"No!\" Sen. Ted Cruz shouted.",
        &["\"Are we done?\" Smith asked.", "\"No!\" Sen. Ted Cruz shouted."],
    ),
    (
        "\"Why?\" — he asked. “We tried…” He left. We waited… and waited.",
        &["\"Why?\" — he asked.", "“We tried…”", "He left.", "We waited… and waited."],
    ),
    (
        "Officials said.He refused to comment on the results in 2024.The end.",
        &["Officials said.", "He refused to comment on the results in 2024.", "The end."],
    ),
    (
        "LOS ANGELES, Calif. (AP) — Calif. Gov. Gavin Newsom spoke Tuesday in Los Angeles, Calif. The crowd was large.",
        &[
            "LOS ANGELES, Calif. (AP) — Calif. Gov. Gavin Newsom spoke Tuesday in Los Angeles, Calif.",
            "The crowd was large.",
        ],
    ),
    (
        "George W. Bush met John F. Kennedy Jr. at 10 a.m. ET. They talked.",
        &["George W. Bush met John F. Kennedy Jr. at 10 a.m. ET.", "They talked."],
    ),
    (
        "He lives in the U.S. Mr. Biden said so. In the U.S. Mr. Biden is popular.",
        &["He lives in the U.S.", "Mr. Biden said so.", "In the U.S. Mr. Biden is popular."],
    ),
    (
        "U.S. Rep. Jim Jordan, R-Ohio, and U.S. Sen. Chuck Schumer, D-N.Y. The two met.",
        &["U.S. Rep. Jim Jordan, R-Ohio, and U.S. Sen. Chuck Schumer, D-N.Y.", "The two met."],
    ),
    (
        "She reached No. 1. The song stayed there. The U.S. No. 2 ranking followed.",
        &["She reached No. 1.", "The song stayed there.", "The U.S. No. 2 ranking followed."],
    ),
    (
        "He asked: \"Why not?\" Mr Blair said he would not answer. \"When?\" Mr Milburn replied on Monday.",
        &[
            "He asked: \"Why not?\"",
            "Mr Blair said he would not answer.",
            "\"When?\" Mr Milburn replied on Monday.",
        ],
    ),
    (
        "Asked again, Mr Hague replied: \"No. Definitely not.\" See p. 5 and Art. 50.",
        &["Asked again, Mr Hague replied: \"No.", "Definitely not.\"", "See p. 5 and Art. 50."],
    ),
    (
        "The blast came at 9 a.m. Officials said it was over by noon. Prices rose in Oct. Analysts expect a cut.",
        &[
            "The blast came at 9 a.m.",
            "Officials said it was over by noon.",
            "Prices rose in Oct.",
            "Analysts expect a cut.",
        ],
    ),
    (
        "Former President Donald J. Trump spoke. J.D. Vance agreed. Sen. Joe Manchin, D-W.Va., voted no.",
        &[
            "Former President Donald J. Trump spoke.",
            "J.D. Vance agreed.",
            "Sen. Joe Manchin, D-W.Va., voted no.",
        ],
    ),
    (
        "He said: 'Why me?' Nobody answered. The war began in 2022... It continues... with Smith.",
        &[
            "He said: 'Why me?'",
            "Nobody answered.",
            "The war began in 2022...",
            "It continues... with Smith.",
        ],
    ),
    (
        "Apple reported results. iPhone sales rose 5%. The i.e. rule is rare.",
        &["Apple reported results.", "iPhone sales rose 5%.", "The i.e. rule is rare."],
    ),
    (
        "It is the U.K. Mr Blair agreed. At 9 a.m. Mr Brown left.",
        &["It is the U.K.", "Mr Blair agreed.", "At 9 a.m. Mr Brown left."],
    ),
];

#[test]
fn news_cases() {
    let seg = Segmenter::default();
    let mut failures = Vec::new();
    for (text, want) in NEWS {
        let got = split(&seg, text);
        if got != *want {
            failures.push(format!("{text:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn paragraphs() {
    let seg = Segmenter::default();
    let text = "First one. Second one\nThird, no stop\n\n  \r\nFourth. Fifth.\n";
    let got: Vec<(&str, usize)> =
        seg.split(text).iter().map(|s| (&text[s.start..s.end], s.paragraph)).collect();
    assert_eq!(
        got,
        [("First one.", 0), ("Second one", 0), ("Third, no stop", 1), ("Fourth.", 2), ("Fifth.", 2),]
    );
}

#[test]
fn split_into_reuses() {
    let seg = Segmenter::default();
    let mut out = vec![Sentence { start: 9, end: 9, paragraph: 9 }];
    seg.split_into("One. Two.", &mut out);
    assert_eq!(out.len(), 2);
    seg.split_into("", &mut out);
    assert!(out.is_empty());
}

#[test]
fn user_abbreviations() {
    let text = "He met Brig. Gen. Smith. He met Supt. Jones. They met the Xyz. Corp board.";
    let mut abbrs = Abbreviations::builtin();
    let user = "\u{feff}# mine\r\n[titles]\r\nXyz.\r\n";
    abbrs.extend(Abbreviations::from_reader(user.as_bytes(), "user.txt").unwrap());
    let got = split(&Segmenter::new(abbrs), text);
    assert_eq!(got, ["He met Brig. Gen. Smith.", "He met Supt. Jones.", "They met the Xyz. Corp board."]);
}

#[test]
fn abbreviation_errors() {
    let err = Abbreviations::from_reader("Mr\n[nope]\n".as_bytes(), "a.txt").unwrap_err();
    assert!(err.to_string().starts_with("a.txt:2: "), "{err}");
    let err = Abbreviations::from_reader("[starters]\nU.S.\n".as_bytes(), "b.txt").unwrap_err();
    assert!(err.to_string().starts_with("b.txt:2: "), "{err}");
    let err = Abbreviations::from_reader(&b"ok\n\xff\n"[..], "c.txt").unwrap_err();
    assert!(err.to_string().starts_with("c.txt:2: "), "{err}");
    let err = Abbreviations::from_path(std::path::Path::new("/nonexistent/abbr.txt")).unwrap_err();
    assert!(err.to_string().starts_with("/nonexistent/abbr.txt: "), "{err}");
}

/// Every line break ends a sentence and a paragraph.
const BREAKS: [char; 7] = ['\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'];

/// Checks the span invariants on `text`.
fn check_invariants(seg: &Segmenter, text: &str) {
    let spans = seg.split(text);
    let mut pos = 0;
    let mut para = 0;
    for (k, s) in spans.iter().enumerate() {
        assert!(s.start < s.end && s.end <= text.len(), "bad span {s:?}");
        let body = &text[s.start..s.end];
        assert_eq!(body, body.trim(), "span {s:?} is not trimmed");
        let gap = &text[pos..s.start];
        assert!(gap.trim().is_empty(), "non-whitespace {gap:?} between sentences");
        let breaks = gap.contains(BREAKS);
        if k > 0 {
            let want = if breaks { para + 1 } else { para };
            assert_eq!(s.paragraph, want, "paragraph of {body:?}");
        } else {
            assert_eq!(s.paragraph, 0);
        }
        assert!(!body.contains(BREAKS), "line break inside {body:?}");
        para = s.paragraph;
        pos = s.end;
    }
    assert!(text[pos..].trim().is_empty(), "trailing text not covered");
}

#[test]
fn invariants() {
    let seg = Segmenter::default();
    let seed = include_str!("../fixtures/seed.txt");
    check_invariants(&seg, seed);
    for case in golden() {
        check_invariants(&seg, &case.text);
    }
    for (text, _) in NEWS {
        check_invariants(&seg, text);
    }
    let synthetic = [
        "",
        " ",
        "\n\n",
        ".",
        "...",
        ". . . .",
        "?!",
        "“",
        "”.",
        "a.b.c.d.",
        "1.) 2.) 3.)",
        "• • •",
        "Mr. Mr. Mr.",
        "x\u{2029}y\u{85}z\u{2028}w",
        "end.\r\n\r\nNext. \n \n Last",
        "U.S.\n. . .\n…\n",
        "(((.))) ”” ’ ' \" \" a. B. c! D? É. ß.",
        "Hello.\u{a0}World. \u{3000}Ünïcödé… Ok。 Done",
        "1. a 2. b 3. c 4. d",
        "a) one b) two c) three",
    ];
    for text in synthetic {
        check_invariants(&seg, text);
    }
    // Every prefix of a tricky text: no panic, invariants hold at odd cut points.
    let tricky = "“Is it?” he asked. Dr. É. Smith… . . . . U.S. 17%.The end.\n\n• 1. A 2. B";
    for (i, _) in tricky.char_indices() {
        check_invariants(&seg, &tricky[..i]);
        check_invariants(&seg, &tricky[i..]);
    }
}

/// Pseudo-random texts over tricky pieces: no panic, invariants hold.
#[test]
fn random_texts() {
    const PIECES: &[&str] = &[
        ".", ". ", "?", "!", "…", "...", " . . .", "\"", "“", "”", "'", "’", "(", ")", " ", "  ", "\n",
        "\r\n", "\n\n", "a", "B", "Mr.", "U.S.", "Sen.", "1.", "2)", "é", "\u{2029}", "•", "-", "—", "I",
        "No.", "The", "said", "asked", "x@y.z", "a.m.", "17%", "\u{a0}",
    ];
    let seg = Segmenter::default();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        check_invariants(&seg, &text);
    }
}

#[test]
fn seed_article_paragraphs() {
    let seg = Segmenter::default();
    let seed = include_str!("../fixtures/seed.txt");
    let spans = seg.split(seed);
    let lines = seed.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(spans.last().map(|s| s.paragraph + 1), Some(lines));
    let texts: Vec<&str> = spans.iter().map(|s| &seed[s.start..s.end]).collect();
    assert!(
        texts
            .iter()
            .any(|s| s.starts_with("On Tuesday, December 2, 2025") && s.contains("the U.S. special envoy")),
        "U.S. must not split the first sentence"
    );
}

#[test]
fn large_single_paragraph() {
    let seg = Segmenter::default();
    let unit = "Sen. Smith said the U.S. plan, backed by Acme Inc., failed. \"Why?\" asked one. ";
    let text = unit.repeat(2_000_000 / unit.len());
    let spans = seg.split(&text);
    assert_eq!(spans.len(), 2 * (2_000_000 / unit.len()));
    assert!(spans.iter().all(|s| s.paragraph == 0));
}

#[test]
fn large_runs_of_periods() {
    let seg = Segmenter::default();
    let dots = ".".repeat(1_000_000);
    assert_eq!(seg.split(&dots).len(), 1);
    let spaced = ". ".repeat(500_000);
    assert_eq!(seg.split(&spaced).len(), 1);
    let abbrs = "U.S. ".repeat(200_000);
    assert_eq!(seg.split(&abbrs).len(), 1);
    let words = "a.".repeat(500_000);
    assert_eq!(seg.split(&words).len(), 1);
    let blank = " \n".repeat(500_000);
    assert!(seg.split(&blank).is_empty());
    let list = (1..=999).map(|n| format!("{n}. item ")).collect::<String>();
    assert_eq!(seg.split(&list).len(), 999);
    let spaces = format!("1. item{}2. item", " ".repeat(1_000_000));
    assert_eq!(seg.split(&spaces).len(), 2);
    let bullets = format!("1. item {}", "- ".repeat(500_000));
    assert_eq!(seg.split(&bullets).len(), 1);
    let quotes = "\"Why?\" Smith Smith Smith ".repeat(40_000);
    assert!(!seg.split(&quotes).is_empty());
}
