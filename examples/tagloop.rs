//! Times `Gazetteer::tag` over the texts of a JSONL file (its `text` fields): the best of
//! N passes, for A/B comparisons of tagger builds on a shared machine (interleave the runs).
//!
//! `cargo build --release --example tagloop && target/release/examples/tagloop FILE.jsonl 10`

use quotewire::gazetteer::Gazetteer;
fn main() {
    let data = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let n: usize = std::env::args().nth(2).map_or(20, |s| s.parse().unwrap());
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .collect();
    let g = Gazetteer::builtin().unwrap();
    let mb = texts.iter().map(|t| t.len()).sum::<usize>() as f64 / 1e6;
    let mut best = f64::MAX;
    for _ in 0..n {
        let t = std::time::Instant::now();
        std::hint::black_box(texts.iter().map(|t| g.tag(t).len()).sum::<usize>());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("tag best {:.2} ms  {:.0} MB/s", best * 1e3, mb / best);
}
