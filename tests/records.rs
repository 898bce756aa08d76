//! The data-stack side of the CLI: kept fields, provenance, ids that do not depend on how
//! the input is split, error records, CSV that databases read as it is, rounded
//! confidences, hard-wrapped text, and records that read back into the library's types.

use std::path::Path;
use std::process::Output;

use quotewire::attribution::QuoteKind;
use quotewire::records::{ArticleRecord, FlatRecord, MentionRecord, QuoteRecord, SentenceRecord};
use serde_json::{Value, json};

mod common;
use common::{fixture, records, run, stderr, stdout};

fn seed() -> String {
    fixture("seed.jsonl").to_str().unwrap().to_string()
}

const LINE: &str = r#"{"id":"a1","date":"2024-01-01","meta":{"url":"http://x","tags":["p","q"]},"meta.note":"flat","text":"\"We are ready,\" Macron said in Paris."}"#;

#[test]
fn keep_rejects_repeated_and_empty_names() {
    for keep in ["date,date", "date,,url", "", "meta.", ".url", "a..b"] {
        let out = run(&["--keep", keep], LINE.as_bytes());
        assert_eq!(out.status.code(), Some(2), "--keep {keep:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
    // A name the records already have.
    let out = run(&["--emit", "mentions", "--keep", "id"], LINE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--emit", "quotes", "--format", "csv", "--keep", "start_char"], LINE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--provenance", "--keep", "line"], LINE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_kept_field_that_exists_comes_out() {
    let out = run(
        &["--emit", "quotes", "--keep", "id,date,meta.url,meta.tags.1,meta.note,meta.none"],
        LINE.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["article"], "a1");
    assert_eq!(r["id"], "a1", "the id field kept as itself");
    assert_eq!(r["date"], "2024-01-01");
    assert_eq!(r["meta.url"], "http://x", "a dotted path into a nested object");
    assert_eq!(r["meta.tags.1"], "q", "an array index in a path");
    assert_eq!(r["meta.note"], "flat", "a key with a dot in its name");
    assert!(r["meta.none"].is_null());
    // The same from the fast decoder (a flat line) and in CSV.
    let flat = r#"{"id":5,"text":"Paris.","url":"u"}"#;
    let out = run(&["--emit", "sentences", "--keep", "id,url"], flat.as_bytes());
    assert_eq!(records(&out)[0]["id"], 5);
    let out = run(&["--emit", "sentences", "--format", "csv", "--keep", "id,url"], flat.as_bytes());
    assert_eq!(stdout(&out).lines().nth(1), Some(r#"5,5,"u",0,0,6,0,"Paris.""#));
}

#[test]
fn provenance_names_the_file_and_line_of_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.jsonl");
    std::fs::write(&path, format!("\n{LINE}\n{}\n", r#"{"text":"Kyiv and Paris."}"#)).unwrap();
    let txt = dir.path().join("a.txt");
    std::fs::write(&txt, "Paris.").unwrap();
    let (path, txt) = (path.to_str().unwrap(), txt.to_str().unwrap());
    for emit in ["articles", "quotes", "mentions", "sentences"] {
        let out = run(&["--provenance", "--emit", emit, path, txt], b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let recs = records(&out);
        assert!(!recs.is_empty());
        for r in &recs {
            let key = if emit == "articles" { "id" } else { "article" };
            let (file, line) = match &r[key] {
                Value::String(s) if s == "a1" => (path, json!(2)),
                Value::Number(n) if n.as_u64() == Some(3) => (path, json!(3)),
                _ => (txt, Value::Null),
            };
            assert_eq!((&r["file"], &r["line"]), (&json!(file), &line), "{emit}: {r}");
        }
    }
    let out = run(&["--provenance", "--emit", "sentences", "--format", "csv", path], b"");
    let text = stdout(&out);
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with(r#""article","file","line","sentence","#));
    assert!(lines.next().unwrap().starts_with(&format!(r#""a1","{path}",2,0,"#)));
}

#[test]
fn hash_ids_do_not_depend_on_how_the_input_is_split() {
    let texts = ["Paris is big.", "Kyiv is far.", "Paris is big. And old.", "Rome."];
    let lines: Vec<String> = texts.iter().map(|t| json!({ "text": t }).to_string()).collect();
    let ids = |input: &[String]| -> Vec<Value> {
        let out = run(&["--missing-id", "hash"], (input.join("\n") + "\n").as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        records(&out).into_iter().map(|r| r["id"].clone()).collect()
    };
    let whole = ids(&lines);
    let mut parts = ids(&lines[..1]);
    parts.extend(ids(&lines[1..]));
    assert_eq!(whole, parts);
    let mut distinct = whole.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), texts.len());
    // An id given stays; the default is still the line number.
    assert_eq!(ids(&[json!({"id": "x", "text": "Rome."}).to_string()]), vec![json!("x")]);
    let out = run(&[], (lines.join("\n") + "\n").as_bytes());
    assert_eq!(records(&out)[1]["id"], 2);
    // FNV-1a 64 test vectors: the id is stable across runs, platforms and versions.
    assert_eq!(quotewire::input::text_id(""), "cbf29ce484222325");
    assert_eq!(quotewire::input::text_id("a"), "af63dc4c8601ec8c");
    assert_eq!(quotewire::input::text_id("foobar"), "85944171f73967e8");
}

#[test]
fn on_error_record_keeps_the_job_alive_and_the_problem_visible() {
    let input = format!("{LINE}\nnot JSON\n{{\"id\":2}}\n{}\n", r#"{"text":"Rome."}"#);
    let skip = run(&[], input.as_bytes());
    assert_eq!(skip.status.code(), Some(1));
    assert_eq!(records(&skip).len(), 2);
    let out = run(&["--on-error", "record"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("-:2: invalid JSON"), "still reported on stderr");
    let recs = records(&out);
    assert_eq!(recs.len(), 4, "one line out per line in");
    assert_eq!(recs[0]["id"], "a1");
    assert!(recs[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert_eq!((&recs[1]["file"], &recs[1]["line"]), (&json!("-"), &json!(2)));
    assert_eq!(recs[2], json!({"error": "no \"text\" field", "file": "-", "line": 3}));
    assert_eq!(recs[3]["id"], 4);
    // A missing input is an error record too.
    let out = run(&["--on-error", "record", "/no/such/file.jsonl"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(records(&out)[0]["error"].as_str().unwrap().contains("/no/such/file.jsonl"));
    let out = run(&["--on-error", "record", "--emit", "quotes", "--format", "csv"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn confidences_are_rounded() {
    let out = run(&["--emit", "quotes", &seed()], b"");
    let text = stdout(&out);
    let values: Vec<&str> =
        text.split(r#""confidence":"#).skip(1).map(|rest| rest.split([',', '}']).next().unwrap()).collect();
    assert!(values.len() >= 13, "the seed's 13 quotations and its statements");
    for v in &values {
        let x: f64 = v.parse().unwrap();
        assert!(v.len() <= 5 && (x * 1000.0).round() / 1000.0 == x, "confidence {v}");
    }
    let csv = stdout(&run(&["--emit", "quotes", "--format", "csv", &seed()], b""));
    for line in csv.lines().skip(1) {
        // The confidence, then the statement and act columns.
        let last = line.rsplit(',').nth(2).unwrap();
        assert!(last.len() <= 5 && last.parse::<f64>().is_ok(), "confidence {last}");
    }
}

#[test]
fn csv_quotes_every_text_and_leaves_missing_values_empty() {
    let input = r#"{"id":"x","text":"The \"peace plan\" was dropped, with a \"laugh\", in Washington, D.C. on Monday."}"#;
    let out = run(&["--emit", "quotes", "--format", "csv"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows[0].starts_with(r#""article","start_char","end_char","text","kind","speaker_name","#));
    // A scare quote: text quoted, no speaker (empty, unquoted), numbers bare.
    assert_eq!(rows[1], r#""x",4,16,"peace plan","scare",,,,,,,,,0,,0,,"#);
    let out = run(&["--emit", "mentions", "--format", "csv"], input.as_bytes());
    let text = stdout(&out);
    assert!(text.contains(r#""x",49,65,"Washington, D.C.","#), "{text}");
    // A text with a quotation mark doubles it.
    let out = run(&["--emit", "sentences", "--format", "csv"], input.as_bytes());
    assert!(stdout(&out).contains(r#"0,"The ""peace plan"" was dropped"#), "{}", stdout(&out));
}

/// Each quotation as kind, speaker and whitespace-normalised text.
fn quote_summary(path: &Path) -> Vec<(String, Value, String)> {
    let out = run(&["--emit", "quotes", path.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    records(&out)
        .into_iter()
        .map(|r| {
            let text = r["text"].as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
            (r["kind"].as_str().unwrap().to_string(), r["speaker"]["name"].clone(), text)
        })
        .collect()
}

#[test]
fn folded_text_gives_the_quotes_and_speakers_of_the_original() {
    // fixtures/seed.folded.txt is `fold -s -w 72 fixtures/seed.txt`.
    let original = quote_summary(&fixture("seed.txt"));
    assert_eq!(original.iter().filter(|(kind, _, _)| kind != "indirect").count(), 13);
    assert_eq!(quote_summary(&fixture("seed.folded.txt")), original);
    // And the same sentences, once their soft breaks are spaces.
    let sentences = |name: &str| -> Vec<String> {
        let out = run(&["--emit", "sentences", fixture(name).to_str().unwrap()], b"");
        records(&out)
            .into_iter()
            .map(|r| r["text"].as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    assert_eq!(sentences("seed.folded.txt"), sentences("seed.txt"));
}

/// Reads every line of `out` as `T` and writes it back: the same JSON.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(out: &Output) -> usize {
    let text = stdout(out);
    for line in text.lines() {
        let record: T = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        let back: Value = serde_json::to_value(&record).unwrap();
        assert_eq!(back, serde_json::from_str::<Value>(line).unwrap());
    }
    text.lines().count()
}

#[test]
fn records_read_back_into_the_library_types() {
    let s = seed();
    let keep = ["--keep", "url", "--provenance"];
    let args = |emit: &'static str| -> Vec<&str> {
        let mut a = vec!["--emit", emit, s.as_str(), "--sentences"];
        a.extend(keep);
        a
    };
    assert_eq!(round_trip::<ArticleRecord<'static>>(&run(&args("articles"), b"")), 1);
    assert!(round_trip::<FlatRecord<QuoteRecord<'static>>>(&run(&args("quotes"), b"")) >= 13);
    assert!(round_trip::<FlatRecord<MentionRecord<'static>>>(&run(&args("mentions"), b"")) > 100);
    assert!(round_trip::<FlatRecord<SentenceRecord<'static>>>(&run(&args("sentences"), b"")) > 40);
    let line = stdout(&run(&args("articles"), b""));
    let article: ArticleRecord = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(article.id, "seed");
    assert_eq!(article.extra["file"], json!(s));
    // The second quotation (statements without quotation marks aside).
    let quote = article.quotes.iter().filter(|q| q.kind != QuoteKind::Indirect).nth(1).unwrap();
    assert_eq!(quote.speaker.as_ref().unwrap().name.as_deref(), Some("Volodymyr Zelensky"));
}

#[test]
fn provenance_and_error_records_validate_against_the_schema() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/records.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let input = format!("{LINE}\nnot JSON\n");
    let txt = fixture("seed.txt");
    for emit in ["articles", "quotes", "mentions", "sentences"] {
        let args = ["--provenance", "--on-error", "record", "--emit", emit, "-", txt.to_str().unwrap()];
        let recs = records(&run(&args, input.as_bytes()));
        assert!(
            recs.iter().any(|r| r.get("error").is_some()) && recs.iter().any(|r| r.get("file").is_some())
        );
        for r in &recs {
            let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{emit}: {errors:?}\n{r}");
        }
    }
    // Not vacuous: an error record with a field too many, or a line of the wrong type, fails.
    assert!(!validator.is_valid(&json!({"error": "x", "file": "-", "line": 1, "more": 1})));
    assert!(!validator.is_valid(&json!({"error": "x", "file": "-", "line": "1"})));
}

#[test]
fn input_format_jsonl_reads_a_partition_that_opens_with_a_broken_line() {
    // A Spark partition may start with a bad line: told by content, it would be one text
    // article; `--input-format jsonl` reads it line by line and reports the line alone.
    let input = format!("not JSON\n{}\n", r#"{"id":"b","text":"Rome."}"#);
    let sniffed = run(&[], input.as_bytes());
    assert_eq!(records(&sniffed).len(), 1);
    assert_eq!(records(&sniffed)[0]["id"], "-", "read as one text article");
    let out = run(&["--input-format", "jsonl", "--on-error", "record"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!((&recs[0]["file"], &recs[0]["line"]), (&json!("-"), &json!(1)));
    assert_eq!(recs[1]["id"], "b");
    // And text as text, whatever its first byte.
    let out = run(&["--input-format", "text"], input.as_bytes());
    assert_eq!(records(&out).len(), 1);
    assert_eq!(records(&out)[0]["id"], "-");
}
