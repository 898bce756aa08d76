//! Throughput of the sentence stage over the shared BBC corpus (falls back to the
//! seed article when `../shared/corpus/bbc.jsonl` is absent).
//!
//! `cargo bench --bench sentences`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::sentences::Segmenter;
use unicode_segmentation::UnicodeSegmentation;

fn corpus() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let shared = format!("{root}/../shared/corpus/bbc.jsonl");
    match std::fs::read_to_string(&shared) {
        Ok(data) => data
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
            .collect(),
        Err(_) => {
            let seed = std::fs::read_to_string(format!("{root}/fixtures/seed.txt"))
                .expect("fixtures/seed.txt");
            vec![seed]
        }
    }
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);

    let seg = Segmenter::default();
    let mut out = Vec::new();
    group.bench_function("quotewire", |b| {
        b.iter(|| {
            let mut n = 0;
            for text in &texts {
                seg.split_into(black_box(text), &mut out);
                n += out.len();
            }
            n
        })
    });
    // Baseline: plain UAX #29 sentence boundaries from unicode-segmentation.
    group.bench_function("uax29_unicode_segmentation", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| black_box(t.as_str()).split_sentence_bound_indices().count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
