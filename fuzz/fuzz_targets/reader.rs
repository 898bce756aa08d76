//! The CLI's reader on arbitrary bytes (as a file: gzip or not, BOM or not, JSON Lines, a
//! JSON array or text): it never panics, holds no article past the size limit, hands out
//! positions that only grow, and every line it hands out decodes or is refused cleanly.
#![no_main]

use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use libfuzzer_sys::fuzz_target;
use quotewire::input::{Chunk, Fields, Position, ReadOptions, Source, parse_line, read_sources};

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("quotewire-fuzz-reader-{}", std::process::id()));
    std::fs::write(&path, data).expect("a temporary file");
    let opts = ReadOptions { max_article: 4096, ..ReadOptions::default() };
    let sources = [Source::File { path: path.clone(), jsonl: false }];
    let mut last = Position::default();
    let fields = Fields::default();
    read_sources(&sources, &opts, &Arc::new(AtomicU64::new(0)), |chunk, at| {
        assert!(at >= last, "position went back: {at:?} after {last:?}");
        last = at;
        match chunk {
            Chunk::Lines { first_line, data, .. } => {
                assert!(first_line >= 1);
                for (i, line) in data.split(|&b| b == b'\n').enumerate() {
                    if line.len() as u64 <= opts.max_article {
                        let _ = parse_line(line, first_line + i as u64, &fields);
                    }
                }
            }
            Chunk::Text { data, .. } => assert!(data.len() as u64 <= opts.max_article),
            Chunk::Failed { .. } => {}
        }
        true
    });
    let _ = std::fs::remove_file(&path);
});
