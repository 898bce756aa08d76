//! Throughput of quotation finding and attribution, given precomputed sentences and
//! mentions, over the BBC corpus (or the seed article when the corpus is absent).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::attribution::Attributor;
use quotewire::gazetteer::{Gazetteer, Mention};
use quotewire::sentences::{Segmenter, Sentence};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc.jsonl");
const SEED: &str = include_str!("../fixtures/seed.txt");

/// The article texts of the corpus, or the seed article.
fn texts() -> Vec<String> {
    let Ok(data) = std::fs::read_to_string(CORPUS) else { return vec![SEED.to_string()] };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn bench(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin().expect("builtin gazetteer");
    let segmenter = Segmenter::default();
    let attributor = Attributor::builtin();
    let articles: Vec<(String, Vec<Sentence>, Vec<Mention>)> = texts()
        .into_iter()
        .map(|t| {
            let s = segmenter.split(&t);
            let m = gazetteer.tag(&t);
            (t, s, m)
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.0.len()).sum();
    let mut group = c.benchmark_group("attribution");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("quotes+speakers", |b| {
        b.iter(|| {
            articles.iter().map(|(t, s, m)| attributor.attribute(t, s, m, &gazetteer).len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
