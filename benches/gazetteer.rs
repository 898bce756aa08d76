//! Gazetteer benchmarks: tagging throughput over the BBC corpus (or the seed article when
//! the shared corpus is absent), and building the default gazetteer.
//!
//! `cargo bench --bench gazetteer`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::gazetteer::Gazetteer;

const BBC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc.jsonl");
const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed.txt");

/// The texts to tag: the BBC articles' "text" fields, or the seed article.
fn texts() -> (String, Vec<String>) {
    if let Ok(jsonl) = std::fs::read_to_string(BBC) {
        let texts = jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
        return ("bbc".to_string(), texts);
    }
    let seed = std::fs::read_to_string(SEED).expect("fixtures/seed.txt");
    ("seed".to_string(), vec![seed])
}

fn tag(c: &mut Criterion) {
    let gaz = Gazetteer::builtin().expect("the default gazetteer builds");
    let (name, texts) = texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("tag/{name}"), |b| {
        b.iter(|| texts.iter().map(|t| gaz.tag(t).len()).sum::<usize>())
    });
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(20);
    group.bench_function("build/default", |b| {
        // Dropping 34,000 entities is not building them.
        b.iter_with_large_drop(|| Gazetteer::builtin().expect("the default gazetteer builds"))
    });
    group.finish();
}

criterion_group!(benches, tag, build);
criterion_main!(benches);
