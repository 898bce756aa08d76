//! Input: finding the sources, reading them in bounded chunks, and decoding articles.
//!
//! A source is stdin, a file or a directory (walked recursively, in sorted order, for
//! `*.txt`, `*.jsonl`, `*.ndjson` and their `.gz`). Gzip is recognised by its magic bytes,
//! so `.gz` files and gzipped stdin are decompressed on the fly. A JSON Lines source (by
//! extension, or stdin whose first non-blank byte is `{`) holds one article per line; any
//! other file is one article whose id is its path.
//!
//! The reader never holds more than one chunk of a source at a time: JSON Lines sources
//! are cut into chunks of whole lines ([`CHUNK_SIZE`] bytes or so), which workers decode
//! with [`parse_line`].

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

/// The target size of a chunk of JSON Lines handed to a worker.
pub const CHUNK_SIZE: usize = 256 * 1024;

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file; `jsonl` tells whether it holds one article per line.
    File { path: PathBuf, jsonl: bool },
}

impl Source {
    /// The name used in messages and as the id of a plain-text article.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File { path, .. } => path.display().to_string(),
        }
    }
}

/// Whether a file name says JSON Lines (`.jsonl`, `.ndjson`, optionally `.gz`).
fn is_jsonl_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// Whether a directory walk picks up this file.
fn is_article_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    is_jsonl_name(path) || name.ends_with(".txt")
}

/// Expands the command-line inputs into sources: `-` is stdin, directories are walked.
/// Problems (a missing path, an unreadable directory) come back as messages and the rest
/// goes on.
pub fn discover(inputs: &[PathBuf]) -> (Vec<Source>, Vec<String>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    if inputs.is_empty() {
        sources.push(Source::Stdin);
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if input.is_dir() {
            walk(input, &mut sources, &mut problems);
        } else {
            sources.push(Source::File { path: input.clone(), jsonl: is_jsonl_name(input) });
        }
    }
    (sources, problems)
}

fn walk(dir: &Path, sources: &mut Vec<Source>, problems: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return problems.push(format!("{}: {e}", dir.display())),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, sources, problems);
        } else if is_article_name(&path) {
            let jsonl = is_jsonl_name(&path);
            sources.push(Source::File { path, jsonl });
        }
    }
}

/// A piece of input handed to a worker.
#[derive(Debug)]
pub enum Chunk {
    /// Whole lines of a JSON Lines source; `first_line` is the 1-based number of the first.
    Lines { origin: Arc<str>, first_line: u64, data: Vec<u8> },
    /// The bytes of a plain-text article.
    Text { origin: Arc<str>, data: Vec<u8> },
    /// A source that could not be opened or read to its end.
    Failed { message: String },
}

/// A reader that counts the bytes it reads, for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a byte stream, decompressing it if it starts with the gzip magic bytes.
fn decoder<R: Read + 'static>(inner: R) -> io::Result<Box<dyn BufRead>> {
    let mut buffered = BufReader::with_capacity(64 * 1024, inner);
    let gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(BufReader::with_capacity(64 * 1024, flate2::bufread::MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    })
}

/// Reads every source in order and hands its chunks to `sink`; stops early when `sink`
/// returns false (the consumer is gone). `progress` counts the raw bytes read.
pub fn read_sources(sources: &[Source], progress: &Arc<AtomicU64>, mut sink: impl FnMut(Chunk) -> bool) {
    for source in sources {
        let origin: Arc<str> = Arc::from(source.name());
        let opened: io::Result<(Box<dyn BufRead>, bool)> = match source {
            Source::Stdin => {
                decoder(Counting { inner: io::stdin(), count: progress.clone() }).and_then(|mut r| {
                    let jsonl = starts_with_brace(&mut r)?;
                    Ok((r, jsonl))
                })
            }
            Source::File { path, jsonl } => File::open(path)
                .and_then(|f| decoder(Counting { inner: f, count: progress.clone() }))
                .map(|r| (r, *jsonl)),
        };
        let keep_going = match opened {
            Err(e) => sink(Chunk::Failed { message: format!("{origin}: {e}") }),
            Ok((reader, true)) => read_lines(reader, &origin, &mut sink),
            Ok((mut reader, false)) => {
                let mut data = Vec::new();
                match reader.read_to_end(&mut data) {
                    Ok(_) => sink(Chunk::Text { origin, data }),
                    Err(e) => sink(Chunk::Failed { message: format!("{origin}: {e}") }),
                }
            }
        };
        if !keep_going {
            return;
        }
    }
}

/// Whether the first non-blank byte of a stream is `{`, without consuming anything but
/// leading whitespace.
fn starts_with_brace(reader: &mut dyn BufRead) -> io::Result<bool> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => return Ok(buf[i] == b'{'),
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// Cuts a JSON Lines stream into chunks of whole lines.
fn read_lines(mut reader: Box<dyn BufRead>, origin: &Arc<str>, sink: &mut impl FnMut(Chunk) -> bool) -> bool {
    let mut line = 1u64;
    let mut data: Vec<u8> = Vec::with_capacity(CHUNK_SIZE + 64 * 1024);
    loop {
        // Read straight into the chunk: a BufReader hands reads larger than its buffer
        // through without copying.
        let room = (data.capacity() - data.len()).max(64 * 1024) as u64;
        match (&mut reader).take(room).read_to_end(&mut data) {
            Ok(0) => {
                if !data.is_empty() {
                    return sink(Chunk::Lines { origin: origin.clone(), first_line: line, data });
                }
                return true;
            }
            Ok(_) => {}
            Err(e) => {
                let message =
                    format!("{origin}:{}: {e}", line + memchr::memchr_iter(b'\n', &data).count() as u64);
                return sink(Chunk::Failed { message });
            }
        }
        if data.len() >= CHUNK_SIZE {
            if let Some(last) = memchr::memrchr(b'\n', &data) {
                let rest = data.split_off(last + 1);
                let lines = memchr::memchr_iter(b'\n', &data).count() as u64;
                let chunk = std::mem::replace(&mut data, Vec::with_capacity(CHUNK_SIZE + 64 * 1024));
                data.extend_from_slice(&rest);
                if !sink(Chunk::Lines { origin: origin.clone(), first_line: line, data: chunk }) {
                    return false;
                }
                line += lines;
            }
        }
    }
}

/// One article: its id, its text and the input fields to copy into its records.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The id: the input's id field as given, the line number, or the file path.
    pub id: Value,
    /// The article text.
    pub text: String,
    /// The values of the `--keep` fields, in their order (null where absent).
    pub kept: Vec<Value>,
}

/// Which fields of a JSON Lines record hold what.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The id field (default `id`).
    pub id: String,
    /// The text field (default `text`).
    pub text: String,
    /// Fields copied into every output record.
    pub keep: Vec<String>,
}

impl Default for Fields {
    fn default() -> Self {
        Fields { id: "id".into(), text: "text".into(), keep: Vec::new() }
    }
}

/// Decodes one JSON Lines record into an article, reading only the fields it needs.
/// `line` is the 1-based line number, the id of a record without one. The error is the
/// reason the record is skipped.
pub fn parse_line(bytes: &[u8], line: u64, fields: &Fields) -> Result<Article, String> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let picked = PickFields(fields).deserialize(&mut de).map_err(|e| format!("invalid JSON: {e}"))?;
    de.end().map_err(|e| format!("invalid JSON: {e}"))?;
    let Picked { id, text, kept } = picked;
    let text = match text {
        Some(Value::String(s)) => s,
        Some(_) => return Err(format!("field \"{}\" is not a string", fields.text)),
        None => return Err(format!("no \"{}\" field", fields.text)),
    };
    let id = match id {
        Some(Value::Null) | None => Value::from(line),
        Some(id) => id,
    };
    Ok(Article { id, text, kept })
}

struct PickFields<'f>(&'f Fields);

struct Picked {
    id: Option<Value>,
    text: Option<Value>,
    kept: Vec<Value>,
}

impl<'de> DeserializeSeed<'de> for PickFields<'_> {
    type Value = Picked;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Picked, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PickFields<'_> {
    type Value = Picked;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Picked, A::Error> {
        let fields = self.0;
        let mut picked = Picked { id: None, text: None, kept: vec![Value::Null; fields.keep.len()] };
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == fields.text {
                picked.text = Some(map.next_value()?);
            } else if key == fields.id {
                picked.id = Some(map.next_value()?);
            } else if let Some(i) = fields.keep.iter().position(|k| *k == key) {
                picked.kept[i] = map.next_value()?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(picked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_line_picks_fields() {
        let fields = Fields { keep: vec!["url".into()], ..Fields::default() };
        let a = parse_line(br#"{"id":"a1","text":"Hi.","url":"u","x":[1,{"y":2}]}"#, 3, &fields).unwrap();
        assert_eq!(a.id, Value::from("a1"));
        assert_eq!(a.text, "Hi.");
        assert_eq!(a.kept, vec![Value::from("u")]);
        let a = parse_line(br#"{"text":"Hi."}"#, 3, &fields).unwrap();
        assert_eq!(a.id, Value::from(3));
        assert_eq!(a.kept, vec![Value::Null]);
    }

    #[test]
    fn parse_line_reports_reasons() {
        let f = Fields::default();
        assert!(parse_line(b"{oops", 1, &f).unwrap_err().starts_with("invalid JSON"));
        assert_eq!(parse_line(br#"{"id":1}"#, 1, &f).unwrap_err(), "no \"text\" field");
        assert_eq!(parse_line(br#"{"text":5}"#, 1, &f).unwrap_err(), "field \"text\" is not a string");
        assert!(parse_line(b"[1]", 1, &f).is_err());
    }
}
