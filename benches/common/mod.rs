//! Benchmark inputs: the texts of the BBC corpus in `../shared`, or the seed fixture when
//! that is absent (a new clone has no `../shared`).

// Each bench compiles this module on its own and uses part of it.
#![allow(dead_code)]

use std::path::Path;

/// The article texts to measure on, and where they came from.
pub fn texts() -> (Vec<String>, &'static str) {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc.jsonl");
    if let Ok(data) = std::fs::read_to_string(corpus) {
        let texts: Vec<String> = data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(String::from))
            .collect();
        if !texts.is_empty() {
            return (texts, "bbc");
        }
    }
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed.txt");
    (vec![std::fs::read_to_string(seed).expect("fixtures/seed.txt")], "seed")
}

/// The total size of `texts` in bytes.
pub fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}
