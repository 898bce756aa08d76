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
    /// A file.
    File {
        /// Its path, as given or as found in a directory.
        path: PathBuf,
        /// Whether it holds one article per line.
        jsonl: bool,
    },
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
    /// Whole lines of a JSON Lines source.
    Lines {
        /// The source's name ([`Source::name`]).
        origin: Arc<str>,
        /// The 1-based number of the first line.
        first_line: u64,
        /// The lines, each ended by `\n` but perhaps the last.
        data: Vec<u8>,
    },
    /// The bytes of a plain-text article.
    Text {
        /// The source's name ([`Source::name`]), the article's id.
        origin: Arc<str>,
        /// The whole text, undecoded.
        data: Vec<u8>,
    },
    /// A source that could not be opened or read to its end.
    Failed {
        /// What went wrong, with the source's name.
        message: String,
    },
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
    /// The source the article came from (`-` for stdin), when the reader says.
    pub file: Option<Arc<str>>,
    /// The 1-based line of a JSON Lines record; `None` for a text file.
    pub line: Option<u64>,
}

/// What a JSON line without an id gets as its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum MissingId {
    /// Its 1-based line number in its source (restarts in every file and every piece of
    /// a split input).
    #[default]
    Line,
    /// A hash of its text ([`text_id`]): the same wherever and however the input is split.
    Hash,
}

/// An id made from an article's text: the 64-bit FNV-1a hash of its UTF-8 bytes, as 16
/// lower-case hex digits. Stable across runs, platforms and versions; the same text always
/// gives the same id.
pub fn text_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Looks up a dotted path (`meta.url`, `authors.0`) in a JSON value: object keys, and
/// array indexes for numeric parts.
pub fn lookup_path<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |v, part| match v {
        Value::Object(map) => map.get(part),
        Value::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// Which fields of a JSON Lines record hold what.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The id field (default `id`).
    pub id: String,
    /// The text field (default `text`).
    pub text: String,
    /// Fields copied into every output record: top-level keys, or dotted paths into nested
    /// objects (`meta.url`; a key with the dot in its name wins).
    pub keep: Vec<String>,
    /// What a line without an id gets as its id.
    pub missing_id: MissingId,
}

impl Default for Fields {
    fn default() -> Self {
        Fields { id: "id".into(), text: "text".into(), keep: Vec::new(), missing_id: MissingId::Line }
    }
}

/// Decodes one JSON Lines record into an article, reading only the fields it needs.
/// `line` is the 1-based line number, the id of a record without one. The error is the
/// reason the record is skipped.
pub fn parse_line(bytes: &[u8], line: u64, fields: &Fields) -> Result<Article, String> {
    let picked = match parse_flat(bytes, fields) {
        Some(picked) => picked,
        None => {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            let picked = PickFields(fields).deserialize(&mut de).map_err(|e| format!("invalid JSON: {e}"))?;
            de.end().map_err(|e| format!("invalid JSON: {e}"))?;
            picked
        }
    };
    let Picked { id, text, mut kept } = picked;
    // A kept field that is also the id (or text) field: the decoders put its value there.
    for (k, v) in fields.keep.iter().zip(kept.iter_mut()) {
        let same = if *k == fields.id { id.as_ref() } else { text.as_ref().filter(|_| *k == fields.text) };
        if let Some(same) = same {
            v.clone_from(same);
        }
    }
    let text = match text {
        Some(Value::String(s)) => s,
        Some(_) => return Err(format!("field \"{}\" is not a string", fields.text)),
        None => return Err(format!("no \"{}\" field", fields.text)),
    };
    let id = match id {
        Some(Value::Null) | None => match fields.missing_id {
            MissingId::Line => Value::from(line),
            MissingId::Hash => Value::from(text_id(&text)),
        },
        Some(id) => id,
    };
    Ok(Article { id, text, kept, file: None, line: Some(line) })
}

/// Decodes the usual record quickly: one object whose keys have no escapes and whose
/// values are strings, numbers, booleans or null, with a text field. `None` for anything
/// else (arrays, objects, `\u` escapes of surrogates, errors of any kind): `serde_json`
/// then decodes the line as before, so the result is the same either way. The text is
/// decoded straight into its string, which `serde_json` first builds in a growing scratch
/// buffer and then copies.
fn parse_flat(bytes: &[u8], fields: &Fields) -> Option<Picked> {
    let mut r = Flat { bytes, at: 0 };
    let mut picked = Picked::new(fields);
    r.space();
    r.eat(b'{')?;
    loop {
        r.space();
        let key = r.key()?;
        r.space();
        r.eat(b':')?;
        r.space();
        match picked.slot(fields, key) {
            Some(Slot::Text(v)) => *v = Some(r.value(true)?),
            Some(Slot::Id(v)) => *v = Some(r.value(false)?),
            Some(Slot::Kept(v)) => *v = r.value(false)?,
            None if r.bytes.get(r.at) == Some(&b'"') => {
                r.skip_string()?;
            }
            None => {
                r.scalar()?;
            }
        }
        r.space();
        match r.bytes.get(r.at)? {
            b',' => r.at += 1,
            b'}' => {
                r.at += 1;
                break;
            }
            _ => return None,
        }
    }
    r.space();
    (r.at == bytes.len() && picked.text.is_some()).then_some(picked)
}

/// A reading position in one JSON line, for [`parse_flat`].
struct Flat<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Flat<'b> {
    /// Passes JSON whitespace.
    fn space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Passes the byte `b`, or fails.
    fn eat(&mut self, b: u8) -> Option<()> {
        (self.bytes.get(self.at) == Some(&b)).then(|| self.at += 1)
    }

    /// The bytes up to the next `"` or `\`, which it stops at; none if they hold a control
    /// character (an error in JSON) or no `"` or `\` follows.
    fn run(&mut self) -> Option<&'b [u8]> {
        let rest = self.bytes.get(self.at..)?;
        let run = &rest[..memchr::memchr2(b'"', b'\\', rest)?];
        // Without a branch per byte, so that the compiler can check many at once.
        if run.iter().fold(0u8, |any, &b| any | u8::from(b < 0x20)) != 0 {
            return None;
        }
        self.at += run.len();
        Some(run)
    }

    /// A string or a scalar value.
    fn value(&mut self, long: bool) -> Option<Value> {
        match self.bytes.get(self.at)? {
            b'"' => Some(Value::String(self.string(long)?)),
            _ => self.scalar(),
        }
    }

    /// A number, `true`, `false` or `null`: the run of the bytes those are made of, read
    /// by `serde_json` itself (so the value is the one it makes of it in place).
    fn scalar(&mut self) -> Option<Value> {
        let rest = self.bytes.get(self.at..)?;
        let len = rest
            .iter()
            .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'a'..=b'z' | b'E'))
            .unwrap_or(rest.len());
        let value = serde_json::from_slice(&rest[..len]).ok()?;
        self.at += len;
        Some(value)
    }

    /// A key: a string without escapes.
    fn key(&mut self) -> Option<&'b str> {
        self.eat(b'"')?;
        let key = std::str::from_utf8(self.run()?).ok()?;
        self.eat(b'"')?;
        Some(key)
    }

    /// A string value, decoded; `long` when it may be long (room for the rest of the line
    /// is made up front). Its UTF-8 is checked once, at the end: the escapes add whole
    /// characters, so the result is valid exactly when every stretch between them is.
    fn string(&mut self, long: bool) -> Option<String> {
        self.eat(b'"')?;
        let mut out = Vec::new();
        if long {
            out.reserve(self.bytes.len() - self.at);
        }
        loop {
            out.extend_from_slice(self.run()?);
            match self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return String::from_utf8(out).ok();
                }
                b'\\' => {
                    let c = self.escape()?;
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => return None,
            }
        }
    }

    /// Passes a string value, checking it as [`Flat::string`] does.
    fn skip_string(&mut self) -> Option<()> {
        self.eat(b'"')?;
        loop {
            std::str::from_utf8(self.run()?).ok()?;
            match self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                b'\\' => {
                    self.escape()?;
                }
                _ => return None,
            }
        }
    }

    /// The character of the escape at the current `\`; none for a surrogate (`\uD83D`).
    fn escape(&mut self) -> Option<char> {
        let c = match *self.bytes.get(self.at + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = std::str::from_utf8(self.bytes.get(self.at + 2..self.at + 6)?).ok()?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                self.at += 4;
                c
            }
            _ => return None,
        };
        self.at += 2;
        Some(c)
    }
}

struct PickFields<'f>(&'f Fields);

#[derive(Debug, PartialEq)]
struct Picked {
    id: Option<Value>,
    text: Option<Value>,
    kept: Vec<Value>,
}

impl Picked {
    /// Nothing picked yet: the kept fields `null`.
    fn new(fields: &Fields) -> Picked {
        Picked { id: None, text: None, kept: vec![Value::Null; fields.keep.len()] }
    }

    /// Where the value of `key` goes, for both decoders: the text, the id, a kept field, or
    /// nowhere. A repeated key: the last one wins.
    fn slot<'p>(&'p mut self, fields: &Fields, key: &str) -> Option<Slot<'p>> {
        if key == fields.text {
            Some(Slot::Text(&mut self.text))
        } else if key == fields.id {
            Some(Slot::Id(&mut self.id))
        } else {
            let i = fields.keep.iter().position(|k| *k == key)?;
            self.kept.get_mut(i).map(Slot::Kept)
        }
    }
}

/// The first part of a dotted path (`meta` of `meta.url`); `None` for a plain name.
fn path_head(keep: &str) -> Option<&str> {
    keep.split_once('.').map(|(head, _)| head)
}

impl Picked {
    /// Fills the kept dotted paths under `key` from its `value`, where no key of the
    /// path's own name has filled them.
    fn fill_paths(&mut self, fields: &Fields, key: &str, value: &Value) {
        for (k, v) in fields.keep.iter().zip(self.kept.iter_mut()) {
            if let Some((head, rest)) = k.split_once('.')
                && head == key
                && v.is_null()
                && let Some(found) = lookup_path(value, rest)
            {
                v.clone_from(found);
            }
        }
    }
}

/// A place in [`Picked`] for one value.
enum Slot<'p> {
    /// The text (which may be long).
    Text(&'p mut Option<Value>),
    /// The id.
    Id(&'p mut Option<Value>),
    /// A kept field.
    Kept(&'p mut Value),
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
        let mut picked = Picked::new(fields);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if fields.keep.iter().any(|k| path_head(k) == Some(&key)) {
                let value: Value = map.next_value()?;
                picked.fill_paths(fields, &key, &value);
                match picked.slot(fields, &key) {
                    Some(Slot::Text(v) | Slot::Id(v)) => *v = Some(value),
                    Some(Slot::Kept(v)) => *v = value,
                    None => {}
                }
                continue;
            }
            match picked.slot(fields, &key) {
                Some(Slot::Text(v) | Slot::Id(v)) => *v = Some(map.next_value()?),
                Some(Slot::Kept(v)) => *v = map.next_value()?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(picked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::XorShift;

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

    /// What `serde_json` makes of a line, for comparison with [`parse_flat`].
    fn picked_by_serde(bytes: &[u8], fields: &Fields) -> Option<Picked> {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let picked = PickFields(fields).deserialize(&mut de).ok()?;
        de.end().ok()?;
        Some(picked)
    }

    #[test]
    fn the_fast_decoder_agrees_with_serde_json() {
        let fields = Fields { keep: vec!["url".into(), "id".into()], ..Fields::default() };
        let pieces: [&[u8]; 31] = [
            b"{",
            b"}",
            b"\"",
            b":",
            b",",
            b" ",
            b"\t",
            b"\r\n",
            b"\"id\"",
            b"\"text\"",
            b"\"url\"",
            b"\"x\"",
            b"\"te\\u0078t\"",
            b"\"a b\"",
            b"\\n",
            b"\\\"",
            b"\\\\",
            b"\\/",
            b"\\u00e9",
            b"\\ud83d\\ude00",
            b"\\ud83d",
            b"\\t\\b\\f\\r\\u00C9",
            b"\\q",
            b"\\u12",
            b"1",
            b"null",
            b"[",
            b"\x01",
            b"\xff",
            "é€".as_bytes(),
            b"plain text of some length",
        ];
        let mut rng = XorShift::new();
        let mut next = |n: usize| rng.below(n);
        let mut agreed = 0;
        for round in 0..40_000 {
            // Mostly well-formed records with random strings, some random soup.
            let mut line = Vec::new();
            if round % 4 == 0 {
                for _ in 0..next(30) {
                    line.extend_from_slice(pieces[next(pieces.len())]);
                }
            } else {
                line.push(b'{');
                for i in 0..1 + next(4) {
                    if i > 0 {
                        line.extend_from_slice(b", ");
                    }
                    // The text field first in half of them, so that many lines hold one.
                    let key = if i == 0 && next(2) == 0 { 9 } else { 8 + next(5) };
                    line.extend_from_slice(pieces[key]);
                    line.extend_from_slice(b": ");
                    if next(4) == 0 {
                        let scalars: [&[u8]; 8] =
                            [b"12", b"-3.5e2", b"null", b"true", b"01", b"1-", b"nul", b"1E+2"];
                        line.extend_from_slice(scalars[next(scalars.len())]);
                    } else {
                        line.push(b'"');
                        for _ in 0..next(6) {
                            line.extend_from_slice(pieces[13 + next(pieces.len() - 13)]);
                        }
                        line.push(b'"');
                    }
                }
                line.extend_from_slice(if next(8) == 0 { b"} x" } else { b"} " });
            }
            let flat = parse_flat(&line, &fields);
            if flat.is_some() {
                assert_eq!(flat, picked_by_serde(&line, &fields), "{:?}", String::from_utf8_lossy(&line));
                agreed += 1;
            }
        }
        assert!(agreed > 1500, "the fast decoder took only {agreed} lines");
    }
}
