//! The whole pipeline on one core: JSON line in, every stage, JSON record out; and the two
//! stages around the analysis alone: decoding JSON lines and formatting records.
//!
//! `cargo bench --bench pipeline` (BBC texts from `../shared`, else the seed fixture).
//! The stages inside the analysis have their own benches: `sentences`, `gazetteer`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use quotewire::input::{Fields, parse_line};
use quotewire::output::{Emit, Format, OutputOptions, write_article};
use quotewire::{Analysis, Pipeline};

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
    let opts = OutputOptions {
        emit: Emit::Articles,
        format: Format::Jsonl,
        sentences: false,
        keep: vec![],
        provenance: false,
        error_records: false,
    };
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::BytesDecimal(lines.iter().map(|l| l.len() as u64).sum()));
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
    group.bench_function(format!("parse_lines/{source}"), |b| {
        b.iter(|| {
            let parsed = lines.iter().enumerate().map(|(n, line)| parse_line(line, n as u64 + 1, &fields));
            parsed.map(|a| a.expect("valid line").text.len()).sum::<usize>()
        })
    });
    let articles: Vec<_> = lines
        .iter()
        .enumerate()
        .map(|(n, l)| parse_line(l, n as u64 + 1, &fields).expect("valid line"))
        .collect();
    let analyses: Vec<Analysis> = articles.iter().map(|a| pipeline.analyze(&a.text)).collect();
    group.bench_function(format!("write_records/{source}"), |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for (article, analysis) in articles.iter().zip(&analyses) {
                write_article(&mut out, &opts, article, analysis, pipeline.gazetteer());
            }
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
