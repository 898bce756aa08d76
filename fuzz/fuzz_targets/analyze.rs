//! `Pipeline::analyze` on any text, with every record kind written in both formats and
//! checked: each JSON line parses, every offset lies in the text, and a record's `text`
//! is the text between its offsets.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use quotewire::Pipeline;
use quotewire::input::Article;
use quotewire::output::{self, Emit, Format, OutputOptions};
use serde_json::Value;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builtin().expect("the embedded data loads"))
}

fn check_span(chars: &[char], r: &Value) {
    let (Some(s), Some(e)) = (r["start"].as_u64(), r["end"].as_u64()) else { return };
    let (s, e) = (s as usize, e as usize);
    assert!(s <= e && e <= chars.len(), "span {s}..{e} of {}", chars.len());
    if let (Some(text), Some("mention" | "sentence")) = (r["text"].as_str(), r["kind_of_record"].as_str()) {
        assert_eq!(text, chars[s..e].iter().collect::<String>());
    }
    // An indirect statement has no marks: its text is its span.
    if let (Some(text), Some("indirect")) = (r["text"].as_str(), r["kind"].as_str()) {
        assert_eq!(text, chars[s..e].iter().collect::<String>());
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let pipeline = pipeline();
    let analysis = pipeline.analyze(&text);
    let chars: Vec<char> = text.chars().collect();
    let article = Article {
        id: Value::from("f"),
        text: text.clone(),
        kept: vec![],
        file: Some("f.txt".into()),
        line: None,
    };
    for emit in [Emit::Articles, Emit::Quotes, Emit::Mentions, Emit::Sentences] {
        for format in [Format::Jsonl, Format::Csv] {
            if format == Format::Csv && emit == Emit::Articles {
                continue;
            }
            let opts = OutputOptions {
                emit,
                format,
                sentences: true,
                keep: vec![],
                provenance: true,
                error_records: false,
            };
            let mut buf = Vec::new();
            output::write_article(&mut buf, &opts, &article, &analysis, pipeline.gazetteer());
            let out = std::str::from_utf8(&buf).expect("records are UTF-8");
            if format == Format::Csv {
                let mut rows = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
                for row in rows.records() {
                    row.expect("each CSV row parses");
                }
                continue;
            }
            for line in out.lines() {
                let mut r: Value = serde_json::from_str(line).expect("each line is JSON");
                match emit {
                    Emit::Articles => {
                        for q in r["quotes"].as_array().into_iter().flatten() {
                            check_span(&chars, q);
                        }
                        for m in r["mentions"].as_array_mut().into_iter().flatten() {
                            m["kind_of_record"] = "mention".into();
                            check_span(&chars, m);
                        }
                    }
                    Emit::Sentences | Emit::Mentions => {
                        r["kind_of_record"] =
                            if emit == Emit::Sentences { "sentence" } else { "mention" }.into();
                        check_span(&chars, &r);
                    }
                    Emit::Quotes => check_span(&chars, &r),
                }
            }
        }
    }
});
