//! The binary against a hostile world: huge and broken inputs, symlink loops, byte-order
//! marks, misnamed files, closed and full outputs, panics, signals, and runs killed and
//! resumed. Each test names the defect of issue 12 it guards.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

mod common;
use common::{bin, fixture, records, run_with, stderr};

/// Waits for `child` at most `limit`, killing it past that: a hang fails the test instead of
/// stalling the suite.
fn wait_for(mut child: Child, limit: Duration) -> Output {
    let start = Instant::now();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = stdout {
            let _ = r.read_to_end(&mut buf);
        }
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = stderr {
            let _ = r.read_to_end(&mut buf);
        }
        buf
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("quotewire did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out_reader.join().unwrap(), stderr: err_reader.join().unwrap() }
}

/// Runs quotewire with `args` and `stdin`, for at most a minute.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_env(args, stdin, &[])
}

fn run_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = bin();
    cmd.args(args);
    // A backtrace setting would add the default panic message.
    cmd.env_remove("RUST_BACKTRACE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    run_with(&mut cmd, stdin, |child| wait_for(child, Duration::from_secs(60)))
}

fn ids(out: &Output) -> Vec<Value> {
    records(out).iter().map(|r| r["id"].clone()).collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

fn line(id: usize, text: &str) -> String {
    format!("{{\"id\": {id}, \"text\": {}}}\n", serde_json::to_string(text).unwrap())
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

// Defect 1: an article past --max-article-size is skipped, in bounded memory, and reading
// goes on to the next line.
#[test]
fn an_article_past_the_size_limit_is_skipped_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = line(1, "Before.").into_bytes();
    data.extend_from_slice(b"{\"id\": 2, \"text\": \"");
    data.extend(std::iter::repeat_n(b'a', 3 << 20));
    data.extend_from_slice(b"\"}\n");
    data.extend_from_slice(line(3, "After.").as_bytes());
    // A line of zeros (as a decompression bomb holds), then a good one.
    data.extend(std::iter::repeat_n(0u8, 5 << 20));
    data.push(b'\n');
    data.extend_from_slice(line(5, "Last.").as_bytes());
    let path = dir.path().join("big.jsonl.gz");
    std::fs::write(&path, gzip(&data)).unwrap();
    let out = run(&["--max-article-size", "1MiB", path_str(&path)], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(ids(&out), vec![Value::from(1), Value::from(3), Value::from(5)]);
    let err = stderr(&out);
    let p = path_str(&path);
    assert!(err.contains(&format!("{p}:2: article larger than 1 MiB")), "{err}");
    assert!(err.contains(&format!("{p}:4: article larger than 1 MiB")), "{err}");

    // A text file past the limit: skipped, the next input read.
    let zeros = dir.path().join("zeros.txt.gz");
    std::fs::write(&zeros, gzip(&vec![0u8; 4 << 20])).unwrap();
    let ok = dir.path().join("ok.txt");
    std::fs::write(&ok, "Fine.").unwrap();
    let out = run(&["--max-article-size", "1MiB", path_str(&zeros), path_str(&ok)], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&out), vec![Value::from(path_str(&ok))]);
    assert!(stderr(&out).contains("zeros.txt.gz: article larger than 1 MiB"), "{}", stderr(&out));
}

#[test]
fn sizes_are_read_with_units_and_bad_ones_are_usage_errors() {
    let out = run(&["--max-article-size", "12"], b"{\"text\": \"This is long.\"}\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("-:1: article larger than 12 bytes"), "{}", stderr(&out));
    for bad in ["0", "lots", "5XB", "99999999999999999999"] {
        assert_eq!(run(&["--max-article-size", bad], b"").status.code(), Some(2), "{bad}");
    }
}

// Defect 2: a directory symlink loop neither hangs nor repeats files.
#[cfg(unix)]
#[test]
fn symlink_loops_are_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Alpha.").unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("b.txt"), "Beta.").unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("x")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("y")).unwrap();
    std::os::unix::fs::symlink("..", sub.join("up")).unwrap();
    // A second way to a real directory is walked once too.
    std::os::unix::fs::symlink("sub", dir.path().join("again")).unwrap();
    let out = run(&[path_str(dir.path())], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 2, "{:?}", ids(&out));
    assert!(stderr(&out).contains("already walked"), "{}", stderr(&out));
}

// Defect 4: a read error loses none of the whole lines read before it.
#[test]
fn a_cut_gzip_archive_keeps_every_whole_line() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..3000).map(|i| line(i, &format!("Article {i} in Paris, said Macron."))).collect();
    let gz = gzip(text.as_bytes());
    let cut = &gz[..gz.len() / 2];
    // What a lenient decompressor (zcat) recovers: every byte up to the cut.
    let mut recovered = Vec::new();
    let _ = flate2::read::GzDecoder::new(cut).read_to_end(&mut recovered);
    let whole = recovered.iter().filter(|&&b| b == b'\n').count();
    assert!(whole > 500);
    let path = dir.path().join("cut.jsonl.gz");
    std::fs::write(&path, cut).unwrap();
    let out = run(&[path_str(&path)], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(records(&out).len(), whole);
    assert!(stderr(&out).contains(&format!("{}:{}: ", path_str(&path), whole + 1)), "{}", stderr(&out));

    // Garbage after a complete stream: every record, then the error.
    let mut trailing = gzip(text.as_bytes());
    trailing.extend_from_slice(b"garbage after the stream");
    let path = dir.path().join("trailing.jsonl.gz");
    std::fs::write(&path, trailing).unwrap();
    let out = run(&[path_str(&path)], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(records(&out).len(), 3000);
}

// Defect 5: a panic in a worker costs its article only.
#[test]
fn a_panic_costs_one_article() {
    let input: String = (1..=400)
        .map(|i| line(i, if i % 100 == 7 { "This article holds BOOM." } else { "Macron said so in Paris." }))
        .collect();
    for threads in ["1", "2"] {
        let out = run_env(&["--threads", threads], input.as_bytes(), &[("QUOTEWIRE_TEST_PANIC", "BOOM")]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let got = ids(&out);
        let want: Vec<Value> = (1..=400).filter(|i| i % 100 != 7).map(Value::from).collect();
        assert_eq!(got, want);
        let err = stderr(&out);
        assert!(err.contains("quotewire: -:7: internal error"), "{err}");
        assert!(err.contains("quotewire: -:307: internal error"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(err.trim_end().ends_with("396 articles, 4 skipped"), "{err}");
    }
}

// Defect 6: a UTF-8 byte-order mark is passed wherever a source starts.
#[test]
fn a_byte_order_mark_is_passed() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = format!("\u{feff}{}{}", line(1, "One."), line(2, "Two."));
    let path = dir.path().join("bom.jsonl");
    std::fs::write(&path, &jsonl).unwrap();
    let out = run(&[path_str(&path)], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), vec![Value::from(1), Value::from(2)]);
    // On stdin, gzipped too.
    let out = run(&[], jsonl.as_bytes());
    assert_eq!(ids(&out), vec![Value::from(1), Value::from(2)]);
    let out = run(&[], &gzip(jsonl.as_bytes()));
    assert_eq!(ids(&out), vec![Value::from(1), Value::from(2)]);
    let txt = dir.path().join("bom.txt");
    std::fs::write(&txt, "\u{feff}Paris is big.").unwrap();
    let out = run(&["--emit", "sentences", path_str(&txt)], b"");
    assert_eq!(records(&out)[0]["text"], "Paris is big.");
    assert_eq!(records(&out)[0]["start"], 0);
}

// Defect 7: JSON Lines is told by content, whatever the file is called; a .json file may
// hold one array of articles; a walk says what it left out.
#[test]
fn formats_are_told_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = format!("{}{}", line(1, "One."), line(2, "Two."));
    for name in ["a.json", "a.in", "noext"] {
        let path = dir.path().join(name);
        std::fs::write(&path, &jsonl).unwrap();
        let out = run(&[path_str(&path)], b"");
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(ids(&out), vec![Value::from(1), Value::from(2)], "{name}");
    }
    let array = dir.path().join("array.json");
    std::fs::write(
        &array,
        "[\n  {\"id\": \"x\",\n   \"text\": \"One.\"},\n  {\"text\": \"Two.\"},\n  7\n]\n",
    )
    .unwrap();
    let out = run(&[path_str(&array)], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&out), vec![Value::from("x"), Value::from(2)]);
    assert!(stderr(&out).contains(&format!("{}:3: invalid JSON", path_str(&array))), "{}", stderr(&out));
    // A text article keeps its leading blank lines (its offsets do not move).
    let txt = dir.path().join("t.txt");
    std::fs::write(&txt, "\n\nParis.").unwrap();
    let out = run(&["--emit", "sentences", path_str(&txt)], b"");
    assert_eq!(records(&out)[0]["start"], 2);

    let walk = dir.path().join("walk");
    std::fs::create_dir(&walk).unwrap();
    std::fs::write(walk.join("a.json"), &jsonl).unwrap();
    std::fs::write(walk.join("notes.md"), "x").unwrap();
    std::fs::write(walk.join("data.csv"), "x").unwrap();
    let out = run(&[path_str(&walk)], b"");
    assert!(out.status.success());
    assert_eq!(records(&out).len(), 2);
    assert!(stderr(&out).contains("2 files skipped"), "{}", stderr(&out));
}

// Defect 8: a closed or full stderr or stdout never panics.
#[cfg(unix)]
#[test]
fn full_outputs_do_not_panic() {
    let input = "{\"text\": \"Fine.\"}\nnot json\n";
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let mut cmd = bin();
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(full.try_clone().unwrap());
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(records(&out).len(), 1);

    let mut cmd = bin();
    cmd.stdin(Stdio::piped()).stdout(full).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("writing output"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));

    // A closed pipe on `gazetteer check`: quiet, status 0.
    let gazetteer = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let csv = std::fs::read_dir(gazetteer)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "csv"))
        .unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = bin()
        .args(["gazetteer", "check", path_str(&csv)])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

// Defect 9: SIGTERM while writing into a slow pipe ends on a whole line, status 143.
#[cfg(unix)]
#[test]
fn a_signal_ends_on_a_whole_line() {
    let seed = std::fs::read_to_string(fixture("seed.jsonl")).unwrap();
    let input = seed.trim_end().repeat_n_lines(400);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.jsonl");
    std::fs::write(&path, input).unwrap();
    for (signal, status) in [("TERM", 143), ("INT", 130)] {
        let mut child = bin()
            .args(["--threads", "2", "--emit", "sentences", path_str(&path)])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The first bytes show that writing has begun; then nobody reads for a while: the
        // pipe fills and the writer blocks in the middle of a chunk.
        let mut stdout = child.stdout.take().unwrap();
        let mut data = vec![0u8; 100];
        stdout.read_exact(&mut data).unwrap();
        std::thread::sleep(Duration::from_millis(500));
        let killed =
            Command::new("kill").args([&format!("-{signal}"), &child.id().to_string()]).status().unwrap();
        assert!(killed.success());
        stdout.read_to_end(&mut data).unwrap();
        let out = wait_for(child, Duration::from_secs(30));
        assert_eq!(out.status.code(), Some(status), "{}", stderr(&out));
        assert!(!data.is_empty());
        assert_eq!(data.last(), Some(&b'\n'), "the last line is whole");
        for l in String::from_utf8(data).unwrap().lines() {
            serde_json::from_str::<Value>(l).expect("every line is a whole record");
        }
        assert!(stderr(&out).contains(&format!("stopped by SIG{signal}")), "{}", stderr(&out));
    }
}

trait RepeatLines {
    fn repeat_n_lines(&self, n: usize) -> String;
}

impl RepeatLines for str {
    /// `n` copies of a JSON line, each with its own id.
    fn repeat_n_lines(&self, n: usize) -> String {
        let v: Value = serde_json::from_str(self).unwrap();
        (0..n).map(|i| line(i, v["text"].as_str().unwrap())).collect()
    }
}

// Defect 10: the smaller ones.
#[test]
fn threads_out_of_range_is_a_usage_error() {
    for n in ["0", "18446744073709551615", "100000"] {
        let out = run(&["--threads", n], b"");
        assert_eq!(out.status.code(), Some(2), "{n}: {}", stderr(&out));
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_walk_is_skipped_and_odd_names_are_walked() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let odd = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(&odd, "Paris.").unwrap();
    let out = run(&[path_str(dir.path())], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 1);
    assert!(stderr(&out).contains("pipe.txt: not a regular file"), "{}", stderr(&out));
}

#[test]
fn ids_pass_through_as_written() {
    let input = concat!(
        "{\"id\": 123456789012345678901234567890, \"text\": \"A.\"}\n",
        "{\"id\": -3.5e2, \"text\": \"B.\"}\n",
        "{\"id\": 1e400, \"text\": \"C.\"}\n",
        "{\"text\": \"D.\", \"id\": 7.0}\n",
    );
    let out = run(&[], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(|l| l.to_string()).collect();
    assert_eq!(lines.len(), 4);
    // Every digit as written; an exponent gets its sign written out (`serde_json`'s one
    // change to a number it keeps as text).
    for (l, id) in lines.iter().zip(["123456789012345678901234567890", "-3.5e+2", "1e+400", "7.0"]) {
        assert!(l.starts_with(&format!("{{\"id\":{id},")), "{l}");
    }
}

#[test]
fn invalid_utf8_is_one_rule_for_every_field() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Fine.\", \"other\": \"caf\xe9\"}\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"Fine.\", \"other\": [\"caf\xe9\"]}\n");
    input.extend_from_slice(b"{\"id\": 3, \"text\": \"Fine.\", \"url\": \"caf\xe9\"}\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": \"Fine.\"}\n");
    let out = run(&["--keep", "url"], &input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&out), vec![Value::from(4)]);
    let err = stderr(&out);
    for n in 1..=3 {
        assert!(
            err.contains(&format!("-:{n}: invalid UTF-8")) || err.contains(&format!("-:{n}: invalid")),
            "{err}"
        );
    }
}

/// SIGKILLs `child` unless it has already exited; whether it had (then it was not killed).
#[cfg(unix)]
fn kill_unless_ended(child: &mut std::process::Child) -> bool {
    if matches!(child.try_wait(), Ok(Some(_))) {
        return true;
    }
    let _ = child.kill(); // SIGKILL
    let status = child.wait().unwrap();
    // It may still have ended on its own just before the signal.
    use std::os::unix::process::ExitStatusExt;
    status.signal().is_none()
}

// -o and --resume: a run killed (SIGKILL) at any point and resumed writes the same bytes
// as a run never stopped.
#[cfg(unix)]
#[test]
fn a_killed_run_resumes_byte_identically() {
    let seed = std::fs::read_to_string(fixture("seed.jsonl")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Two sources, one with a bad line, so that positions cross a source and the skip
    // count carries over.
    let a = dir.path().join("a.jsonl");
    let mut first = seed.trim_end().repeat_n_lines(150);
    first.push_str("not json\n");
    std::fs::write(&a, first).unwrap();
    let b = dir.path().join("b.jsonl.gz");
    std::fs::write(&b, gzip(seed.trim_end().repeat_n_lines(150).as_bytes())).unwrap();
    let args = |out: &Path| -> Vec<String> {
        ["--emit", "quotes", "--format", "csv", "-o", path_str(out), path_str(&a), path_str(&b)]
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let full = dir.path().join("full.csv");
    let out = bin().args(args(&full)).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let want = std::fs::read(&full).unwrap();
    assert!(!Path::new(&format!("{}.progress", path_str(&full))).exists());

    let mut cut_short = 0;
    for (k, delay) in [50u64, 400, 900, 1600, 2600].into_iter().enumerate() {
        let part = dir.path().join(format!("part{k}.csv"));
        let mut child = bin().args(args(&part)).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        // A run that ended before its kill is complete: nothing is left to resume.
        if kill_unless_ended(&mut child) {
            assert!(std::fs::read(&part).unwrap() == want, "a run that ended by itself");
            continue;
        }
        let len = std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0);
        if (len as usize) < want.len() {
            cut_short += 1;
        }
        // Resume, kill again, resume to the end.
        let mut args2 = args(&part);
        args2.push("--resume".into());
        let mut child = bin().args(&args2).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(300));
        if kill_unless_ended(&mut child) {
            assert!(std::fs::read(&part).unwrap() == want, "kill after {delay} ms: a resumed run that ended");
            continue;
        }
        let out = bin().args(&args2).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "kill after {delay} ms: {}", stderr(&out));
        assert!(stderr(&out).trim_end().ends_with("300 articles, 1 skipped"), "{}", stderr(&out));
        let got = std::fs::read(&part).unwrap();
        assert!(got == want, "kill after {delay} ms: {} bytes against {}", got.len(), want.len());
    }
    assert!(cut_short >= 2, "the runs ended before they were killed: the test needs a bigger input");

    // A finished output is not resumed, nor one of other options.
    let out = bin().args(args(&full)).arg("--resume").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let part = dir.path().join("other.csv");
    let mut child = bin().args(args(&part)).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();
    let mut other = args(&part);
    other[1] = "mentions".into();
    other.push("--resume".into());
    let out = bin().args(&other).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
