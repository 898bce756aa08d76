//! The whole pipeline on one core: JSON line in, every stage, JSON record out.
//!
//! `cargo bench --bench pipeline` (BBC texts from `../shared`, else the seed fixture).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::Pipeline;
use quotewire::input::{Fields, parse_line};
use quotewire::output::{Emit, Format, OutputOptions, write_article};

mod common;

fn pipeline(c: &mut Criterion) {
    let (texts, source) = common::texts();
    let lines: Vec<Vec<u8>> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::to_vec(&serde_json::json!({"id": i, "text": t})).unwrap())
        .collect();
    let pipeline = Pipeline::builtin().expect("default gazetteer");
    let fields = Fields::default();
    let opts = OutputOptions { emit: Emit::Articles, format: Format::Jsonl, sentences: false, keep: vec![] };
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(lines.iter().map(|l| l.len() as u64).sum()));
    group.sample_size(10);
    group.bench_function(format!("jsonl_to_records/{source}"), |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for (n, line) in lines.iter().enumerate() {
                let article = parse_line(line, n as u64 + 1, &fields).expect("valid line");
                let analysis = pipeline.analyze(&article.text);
                write_article(&mut out, &opts, &article, &analysis, pipeline.gazetteer());
            }
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
