//! Throughput of the sentence stage over the shared BBC corpus (falls back to the
//! seed article when `../shared/corpus/bbc.jsonl` is absent).
//!
//! `cargo bench --bench sentences`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::sentences::Segmenter;
use unicode_segmentation::UnicodeSegmentation;

mod common;

fn bench(c: &mut Criterion) {
    let (texts, _) = common::texts();
    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::BytesDecimal(common::bytes(&texts)));
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
            texts.iter().map(|t| black_box(t.as_str()).split_sentence_bound_indices().count()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
