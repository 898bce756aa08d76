//! Gazetteer benchmarks: tagging throughput over the BBC corpus (or the seed article when
//! the shared corpus is absent), and building the default gazetteer.
//!
//! `cargo bench --bench gazetteer`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::gazetteer::Gazetteer;

mod common;

fn tag(c: &mut Criterion) {
    let gaz = Gazetteer::builtin().expect("the default gazetteer builds");
    let (texts, source) = common::texts();
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::BytesDecimal(common::bytes(&texts)));
    group.bench_function(format!("tag/{source}"), |b| {
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
