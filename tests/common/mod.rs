//! What the CLI test files share: the binary, the fixtures, one way to run it with input,
//! and readers of its output.
// Each test file is its own crate and uses its own part of this.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

/// The binary under test; `QUOTEWIRE_BIN` runs a suite against another build (say, of an
/// older commit, to see a test fail before its fix).
pub fn bin() -> Command {
    match std::env::var_os("QUOTEWIRE_BIN") {
        Some(path) => Command::new(path),
        None => Command::new(env!("CARGO_BIN_EXE_quotewire")),
    }
}

/// A file of `fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

/// Starts `cmd` with piped stdio and writes `stdin` to it from a thread of its own, so that
/// a large input cannot deadlock against a full stdout pipe; `wait` collects the output.
pub fn run_with(cmd: &mut Command, stdin: &[u8], wait: impl FnOnce(Child) -> Output) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn quotewire");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = wait(child);
    writer.join().expect("stdin writer");
    out
}

/// Runs quotewire with `args` and `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(bin().args(args), stdin, |child| child.wait_with_output().expect("wait"))
}

/// Standard output, as UTF-8.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// Standard error.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every output line as JSON.
pub fn records(out: &Output) -> Vec<Value> {
    stdout(out).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}
