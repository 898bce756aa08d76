//! Tests of the `quotewire` binary: the Unix-filter contract of the CLI.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;

use serde_json::Value;

mod common;
use common::{bin, fixture, records, run, stderr};

/// Slices `text` by character offsets, as Python would.
fn slice(text: &str, start: &Value, end: &Value) -> String {
    let (s, e) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
    text.chars().skip(s).take(e - s).collect()
}

fn seed_text() -> String {
    std::fs::read_to_string(fixture("seed.txt")).unwrap()
}

#[test]
fn seed_article_record() {
    let out = run(&[fixture("seed.jsonl").to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["id"], "seed");
    assert!(recs[0]["quotes"].as_array().unwrap().len() >= 13);
    assert!(recs[0].get("sentences").is_none());
}

#[test]
fn offsets_round_trip_for_every_record_kind() {
    let text = seed_text();
    let path = fixture("seed.txt");
    let path = path.to_str().unwrap();
    for emit in ["sentences", "mentions", "quotes"] {
        let out = run(&["--emit", emit, path], b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let recs = records(&out);
        assert!(!recs.is_empty() || emit == "mentions", "no {emit}");
        for r in &recs {
            assert_eq!(r["article"], path);
            let spanned = slice(&text, &r["start"], &r["end"]);
            let content = r["text"].as_str().unwrap();
            if emit == "quotes" && r["kind"] == "indirect" {
                // A reported statement has no marks: the span is its content.
                assert_eq!(spanned, content);
            } else if emit == "quotes" {
                // The span holds the marks; the text is what lies between them.
                let inner: String = spanned.chars().skip(1).collect();
                assert!(inner.starts_with(content), "{spanned:?} vs {content:?}");
                assert!(inner.chars().count() - content.chars().count() <= 1);
                if let Some(sp) = r["speaker"].as_object() {
                    assert_eq!(slice(&text, &sp["start"], &sp["end"]), sp["mention"].as_str().unwrap());
                }
            } else {
                assert_eq!(spanned, content);
            }
        }
    }
    let out = run(&["--sentences", path], b"");
    let recs = records(&out);
    let sentences = recs[0]["sentences"].as_array().unwrap();
    assert!(sentences.len() > 40);
    let first = slice(&text, &sentences[0]["start"], &sentences[0]["end"]);
    assert!(first.starts_with("On Tuesday, December 2, 2025,"));
}

#[test]
fn bad_records_are_reported_and_skipped() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"One.\"}\n",
        "not json\n",
        "{\"id\": \"b\"}\n",
        "\n",
        "{\"id\": \"c\", \"text\": 42}\n",
        "{\"text\": \"No id here.\"}\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl");
    std::fs::write(&path, input).unwrap();
    let missing = dir.path().join("missing.jsonl");
    let p = path.to_str().unwrap();
    let out = run(&[p, missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("quotewire: {p}:2: invalid JSON")), "{err}");
    assert!(err.contains(&format!("quotewire: {p}:3: no \"text\" field")), "{err}");
    assert!(err.contains(&format!("quotewire: {p}:5: field \"text\" is not a string")), "{err}");
    assert!(err.contains("missing.jsonl"), "{err}");
    assert!(err.trim_end().ends_with("quotewire: 2 articles, 4 skipped"), "{err}");
    let ids: Vec<Value> = records(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, vec![Value::from("a"), Value::from(6)]);
}

#[test]
fn invalid_utf8_text_is_decoded_lossily_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"\"Caf\xe9 society,\" she said.\n\xff\xfe").unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    assert!(out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("latin1.txt") && err.contains("UTF-8"), "{err}");
    assert_eq!(records(&out).len(), 1);
}

#[test]
fn empty_input_gives_no_output() {
    for stdin in [&b""[..], b"\n\n  \n"] {
        let out = run(&[], stdin);
        assert!(out.status.success());
        assert!(out.stdout.is_empty());
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn stdin_is_jsonl_or_text_by_its_first_byte() {
    let out = run(&["-"], b"  {\"id\": 7, \"text\": \"A line.\"}\n");
    assert_eq!(records(&out)[0]["id"], 7);
    let out = run(&[], b"Just text.\n");
    assert_eq!(records(&out)[0]["id"], "-");
}

#[test]
fn closed_pipe_ends_quietly() {
    let line = std::fs::read_to_string(fixture("seed.jsonl")).unwrap();
    let big = line.trim_end().to_string() + "\n";
    let mut child =
        bin().stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for _ in 0..3000 {
            if stdin.write_all(big.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here: quotewire now writes into a closed pipe.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(first.starts_with("{\"id\":\"seed\""));
    assert!(out.status.success(), "status {:?}", out.status);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn gzip_and_directories() {
    use flate2::Compression;
    use flate2::write::GzEncoder;
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("b");
    std::fs::create_dir(&nested).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(b"{\"id\": \"z1\", \"text\": \"Zipped.\"}\n{\"id\": \"z2\", \"text\": \"Also.\"}\n")
        .unwrap();
    std::fs::write(nested.join("c.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.path().join("a.txt"), "Plain text.").unwrap();
    std::fs::write(nested.join("d.ndjson"), "{\"id\": \"n1\", \"text\": \"New.\"}\n").unwrap();
    std::fs::write(dir.path().join("ignored.csv"), "x").unwrap();
    let out = run(&[dir.path().to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<String> = records(&out).iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    let a = dir.path().join("a.txt").display().to_string();
    assert_eq!(ids, vec![a.as_str(), "z1", "z2", "n1"]);
}

#[test]
fn keep_copies_fields_into_every_record() {
    let input =
        b"{\"id\": 1, \"url\": \"http://x\", \"date\": \"2025-12-02\", \"text\": \"Paris and Kyiv.\"}\n";
    let out = run(&["--keep", "url,date", "--emit", "sentences"], input);
    let recs = records(&out);
    assert_eq!(recs[0]["url"], "http://x");
    assert_eq!(recs[0]["date"], "2025-12-02");
    let out = run(&["--keep", "url,missing"], input);
    let rec = &records(&out)[0];
    assert_eq!(rec["url"], "http://x");
    assert!(rec["missing"].is_null());
    let out = run(&["--keep", "quotes"], input);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn csv_output_has_a_header_and_flat_speakers() {
    let out = run(&["--emit", "quotes", "--format", "csv", "--keep", "url"], b"");
    assert!(out.status.success());
    let path = fixture("seed.jsonl");
    let out = run(&["--emit", "quotes", "--format", "csv", path.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut rdr = csv::Reader::from_reader(&out.stdout[..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    for col in [
        "article",
        "start_char",
        "end_char",
        "text",
        "kind",
        "speaker_name",
        "speaker_title",
        "speaker_type",
        "speaker_id",
        "speaker_mention",
        "cue",
        "rule",
    ] {
        assert!(header.iter().any(|h| h == col), "missing column {col}");
    }
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let json = records(&run(&["--emit", "quotes", path.to_str().unwrap()], b""));
    assert_eq!(rows.len(), json.len());
    let text_col = header.iter().position(|h| h == "text").unwrap();
    for (row, rec) in rows.iter().zip(&json) {
        assert_eq!(&row[0], "seed");
        assert_eq!(&row[text_col], rec["text"].as_str().unwrap());
    }
    let out = run(&["--format", "csv"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_is_identical_for_every_thread_count() {
    let line = std::fs::read_to_string(fixture("seed.jsonl")).unwrap();
    let mut input = String::new();
    for i in 0..150 {
        // Vary the articles so that reordering would show.
        let v: Value = serde_json::from_str(&line).unwrap();
        let text = v["text"].as_str().unwrap();
        let cut = text.char_indices().nth(i * 40 % text.chars().count()).map_or(0, |(b, _)| b);
        input.push_str(&serde_json::json!({"id": i, "text": &text[cut..]}).to_string());
        input.push('\n');
    }
    let one = run(&["--threads", "1"], input.as_bytes());
    assert!(one.status.success());
    assert_eq!(records(&one).len(), 150);
    for n in ["2", "3", "8"] {
        let other = run(&["--threads", n], input.as_bytes());
        assert!(one.stdout == other.stdout, "--threads {n} differs from --threads 1");
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["--no-such-flag"], b"").status.code(), Some(2));
    assert_eq!(run(&["--emit", "nothing"], b"").status.code(), Some(2));
}

#[test]
fn output_validates_against_the_schema() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/records.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let path = fixture("seed.jsonl");
    let path = path.to_str().unwrap();
    for args in [
        vec![path, "--sentences"],
        vec![path, "--emit", "quotes"],
        vec![path, "--emit", "mentions"],
        vec![path, "--emit", "sentences"],
    ] {
        let out = run(&args, b"");
        let recs = records(&out);
        assert!(!recs.is_empty() || args.contains(&"mentions"));
        for r in &recs {
            let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{args:?}: {errors:?}\n{r}");
        }
    }
    // The schema is not vacuous: a record missing a field fails.
    let bad = serde_json::json!({"article": "x", "start": 0, "end": 1, "text": "a", "kind": "direct"});
    assert!(!validator.is_valid(&bad));
}
