//! Throughput of quotation finding and attribution, given precomputed sentences and
//! mentions, over the BBC corpus (or the seed article when the corpus is absent).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::attribution::Attributor;
use quotewire::gazetteer::{Gazetteer, Mention};
use quotewire::sentences::{Segmenter, Sentence};

mod common;

fn bench(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin().expect("builtin gazetteer");
    let segmenter = Segmenter::default();
    let attributor = Attributor::builtin();
    let articles: Vec<(String, Vec<Sentence>, Vec<Mention>)> = common::texts()
        .0
        .into_iter()
        .map(|t| {
            let s = segmenter.split(&t);
            let m = gazetteer.tag(&t);
            (t, s, m)
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.0.len()).sum();
    let mut group = c.benchmark_group("attribution");
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.sample_size(20);
    group.bench_function("quotes+statements+speakers", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|(t, s, m)| {
                    attributor.attribute(t, s, &quotewire::quotes::find(t, s), m, &gazetteer).len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
