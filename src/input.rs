//! Input: finding the sources, reading them in bounded chunks, and decoding articles.
//!
//! A source is stdin, a file or a directory (walked recursively, in sorted order, for
//! `*.txt`, `*.json`, `*.jsonl`, `*.ndjson` and their `.gz`; symlinks are followed and
//! each real directory is walked once). Gzip is recognised by its magic bytes, so `.gz`
//! files and gzipped stdin are decompressed on the fly, and a UTF-8 byte-order mark at the
//! start is passed. What a source holds is told by its content: a first non-blank byte
//! `{` is JSON Lines (one article per line; `.jsonl`/`.ndjson` files always are), `[` one
//! JSON array of articles, anything else one text article whose id is its path.
//!
//! The reader never holds more than one chunk of a source at a time: JSON Lines sources
//! are cut into chunks of whole lines ([`CHUNK_SIZE`] bytes or so), which workers decode
//! with [`parse_line`]. No article larger than [`ReadOptions::max_article`] is held: a
//! longer line is passed in bounded memory and reported. A read error hands on every whole
//! line read before it.

use std::collections::HashSet;
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

/// Whether a file name says JSON Lines (`.jsonl`, `.ndjson`, optionally `.gz`): such a
/// file is read as JSON Lines whatever it starts with. Any other file is sniffed by its
/// content (see [`Format`]).
fn is_jsonl_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// Whether a directory walk picks up this file (`.txt`, `.json`, `.jsonl`, `.ndjson`,
/// each optionally `.gz`). Names that are not UTF-8 are judged by their lossy form, so
/// they are walked like any other.
fn is_article_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    is_jsonl_name(path) || name.ends_with(".txt") || name.ends_with(".json")
}

/// The sources found for the command-line inputs, with what went wrong on the way.
#[derive(Debug, Default)]
pub struct Discovered {
    /// The sources, in order.
    pub sources: Vec<Source>,
    /// Inputs that could not be used (a missing path, an unreadable directory): each is
    /// a skipped input.
    pub problems: Vec<String>,
    /// Things left out on purpose (a symlink to a directory already walked, a FIFO, files
    /// of other names): nothing that was asked for is lost.
    pub warnings: Vec<String>,
}

/// Expands the command-line inputs into sources: `-` is stdin, directories are walked.
/// Problems come back as messages and the rest goes on.
pub fn discover(inputs: &[PathBuf]) -> Discovered {
    let mut found = Discovered::default();
    if inputs.is_empty() {
        found.sources.push(Source::Stdin);
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            found.sources.push(Source::Stdin);
        } else if input.is_dir() {
            let mut walk = Walk { found: &mut found, seen: HashSet::new(), other_names: 0 };
            walk.dir(input);
            if walk.other_names > 0 {
                let n = walk.other_names;
                found.warnings.push(format!(
                    "{}: {n} file{} skipped (not *.txt, *.json, *.jsonl, *.ndjson or their .gz)",
                    input.display(),
                    if n == 1 { "" } else { "s" }
                ));
            }
        } else {
            found.sources.push(Source::File { path: input.clone(), jsonl: is_jsonl_name(input) });
        }
    }
    found
}

/// One directory walk: symlinks are followed, and each real directory is walked once (a
/// link back up the tree, or a second link to a directory, is left out with a warning).
struct Walk<'a> {
    found: &'a mut Discovered,
    /// The real (canonical) paths of the directories walked so far.
    seen: HashSet<PathBuf>,
    /// Regular files whose names a walk does not pick up.
    other_names: u64,
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path) {
        match std::fs::canonicalize(dir) {
            Ok(real) if !self.seen.insert(real.clone()) => {
                return self.found.warnings.push(format!(
                    "{}: directory already walked (as {}), not walked again",
                    dir.display(),
                    real.display()
                ));
            }
            Ok(_) => {}
            Err(e) => return self.found.problems.push(format!("{}: {e}", dir.display())),
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => return self.found.problems.push(format!("{}: {e}", dir.display())),
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => self.found.problems.push(format!("{}: {e}", dir.display())),
            }
        }
        paths.sort();
        for path in paths {
            // Follows symlinks; a dangling link is reported.
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => {
                    self.found.problems.push(format!("{}: {e}", path.display()));
                    continue;
                }
            };
            if meta.is_dir() {
                self.dir(&path);
            } else if !meta.is_file() {
                // A FIFO would block the walk until something writes to it.
                if is_article_name(&path) {
                    self.found.warnings.push(format!("{}: not a regular file, skipped", path.display()));
                }
            } else if is_article_name(&path) {
                let jsonl = is_jsonl_name(&path);
                self.found.sources.push(Source::File { path, jsonl });
            } else {
                self.other_names += 1;
            }
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
    /// A source, or one article of it, that could not be read: it counts as skipped.
    Failed {
        /// What went wrong, with the source's name and place.
        message: String,
    },
}

/// Where reading stands: every line before `line` of source number `source` (0-based, in
/// the order of [`discover`]) has been handed out, and every source before it. A run
/// resumed from a position reads on from there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The index of the source.
    pub source: usize,
    /// The 1-based line (for a JSON array, element) of that source to read next.
    pub line: u64,
}

impl Default for Position {
    fn default() -> Self {
        Position { source: 0, line: 1 }
    }
}

impl Position {
    /// The start of the source after this one.
    fn next_source(self) -> Position {
        Position { source: self.source + 1, line: 1 }
    }
}

/// How to read.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// The largest article (a JSON line, a text file, a JSON array file) that is read, in
    /// bytes; a larger one is skipped, and reading goes on after it.
    pub max_article: u64,
    /// Where to start (for a resumed run).
    pub start: Position,
    /// How every source is read: told by its content, or as given.
    pub format: InputFormat,
}

/// How sources are read (`--input-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum InputFormat {
    /// By the first non-blank byte: `{` JSON Lines, `[` a JSON array, anything else text
    /// (`.jsonl`/`.ndjson` files are always JSON Lines).
    #[default]
    Auto,
    /// JSON Lines whatever the content: a source whose first line is broken (a Spark
    /// partition, say) is still read line by line, the broken line reported on its own.
    Jsonl,
    /// One text article per source.
    Text,
}

/// The default of [`ReadOptions::max_article`]: 64 MiB.
pub const DEFAULT_MAX_ARTICLE: u64 = 64 << 20;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_article: DEFAULT_MAX_ARTICLE,
            start: Position::default(),
            format: InputFormat::Auto,
        }
    }
}

/// A byte count as a person writes it: `64 MiB`, `1000 bytes`.
pub fn human_size(n: u64) -> String {
    const UNITS: [(&str, u32); 3] = [("GiB", 30), ("MiB", 20), ("KiB", 10)];
    for (unit, shift) in UNITS {
        if n >= 1 << shift && n.is_multiple_of(1 << shift) {
            return format!("{} {unit}", n >> shift);
        }
    }
    format!("{n} bytes")
}

/// Reads a size such as `64MiB`, `1G`, `500k`, `1000000` (binary units; `B` optional).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: u64 = digits.parse().map_err(|_| format!("{s:?} is not a size such as 64MiB"))?;
    let shift = match unit.trim().to_ascii_lowercase().trim_end_matches('b').trim_end_matches('i') {
        "" => 0,
        "k" => 10,
        "m" => 20,
        "g" => 30,
        "t" => 40,
        _ => return Err(format!("{s:?}: unknown unit (use KiB, MiB, GiB)")),
    };
    let n = n.checked_mul(1 << shift).ok_or_else(|| format!("{s:?} is too large"))?;
    if n == 0 {
        return Err("the size must be at least 1 byte".into());
    }
    Ok(n)
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

/// The UTF-8 byte-order mark, which some editors and exporters put at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// Opens a byte stream, decompressing it if it starts with the gzip magic bytes, and
/// passes a UTF-8 byte-order mark at its start (after decompression).
fn decoder<R: Read + 'static>(inner: R) -> io::Result<Box<dyn BufRead>> {
    let mut buffered = BufReader::with_capacity(64 * 1024, inner);
    let gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut reader: Box<dyn BufRead> = if gzip {
        Box::new(BufReader::with_capacity(64 * 1024, flate2::bufread::MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    };
    skip_bom(&mut reader)?;
    Ok(reader)
}

/// Passes a byte-order mark at the start of `reader`, if there is one. (The first fill of
/// a 64 KiB buffer holds the first bytes of any file, and of any pipe but one that
/// trickles its first three bytes in separately.)
fn skip_bom(reader: &mut dyn BufRead) -> io::Result<()> {
    if reader.fill_buf()?.starts_with(BOM) {
        reader.consume(BOM.len());
    }
    Ok(())
}

/// What a source holds, told by its first non-blank byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// `{`: one JSON article per line.
    Lines,
    /// `[`: one JSON array of articles.
    Array,
    /// Anything else: one text article.
    Text,
}

/// Tells what `reader` holds by its first non-blank byte; the blank bytes passed on the
/// way come back, so that nothing is lost from a text or from the line count.
fn sniff(reader: &mut dyn BufRead) -> io::Result<(Format, Vec<u8>)> {
    let mut blank = Vec::new();
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok((Format::Text, blank));
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let format = match buf[i] {
                    b'{' => Format::Lines,
                    b'[' => Format::Array,
                    _ => Format::Text,
                };
                blank.extend_from_slice(&buf[..i]);
                reader.consume(i);
                return Ok((format, blank));
            }
            None => {
                let n = buf.len();
                blank.extend_from_slice(buf);
                reader.consume(n);
            }
        }
    }
}

/// Reads every source in order from `opts.start` and hands its chunks to `sink`, each with
/// the position reading has reached after it; stops early when `sink` returns false (the
/// consumer is gone). `progress` counts the raw bytes read.
pub fn read_sources(
    sources: &[Source],
    opts: &ReadOptions,
    progress: &Arc<AtomicU64>,
    mut sink: impl FnMut(Chunk, Position) -> bool,
) {
    for (index, source) in sources.iter().enumerate().skip(opts.start.source) {
        let origin: Arc<str> = Arc::from(source.name());
        let here =
            Position { source: index, line: if index == opts.start.source { opts.start.line } else { 1 } };
        let mut src =
            SourceReader { origin: origin.clone(), at: here, max: opts.max_article, sink: &mut sink };
        let opened = match source {
            Source::Stdin => decoder(Counting { inner: io::stdin(), count: progress.clone() }),
            Source::File { path, .. } => {
                File::open(path).and_then(|f| decoder(Counting { inner: f, count: progress.clone() }))
            }
        };
        let named_jsonl = matches!(source, Source::File { jsonl: true, .. });
        let keep_going = match opened.and_then(|mut r| sniff(&mut r).map(|(f, blank)| (r, f, blank))) {
            Err(e) => src.fail(format!("{origin}: {e}"), here.next_source()),
            Ok((reader, _, blank)) if opts.format == InputFormat::Text => src.text(reader, blank),
            Ok((reader, _, blank)) if named_jsonl || opts.format == InputFormat::Jsonl => {
                src.lines(reader, &blank)
            }
            Ok((reader, Format::Lines, blank)) => src.lines(reader, &blank),
            Ok((reader, Format::Array, _)) => src.array(reader),
            Ok((reader, Format::Text, blank)) => src.text(reader, blank),
        };
        if !keep_going {
            return;
        }
    }
}

/// Reads one source into chunks.
struct SourceReader<'s, S> {
    origin: Arc<str>,
    /// Where reading starts in this source.
    at: Position,
    max: u64,
    sink: &'s mut S,
}

impl<S: FnMut(Chunk, Position) -> bool> SourceReader<'_, S> {
    fn fail(&mut self, message: String, after: Position) -> bool {
        (self.sink)(Chunk::Failed { message }, after)
    }

    fn too_large(&self, line: Option<u64>) -> String {
        let at = line.map(|l| format!(":{l}")).unwrap_or_default();
        format!(
            "{}{at}: article larger than {} (--max-article-size), skipped",
            self.origin,
            human_size(self.max)
        )
    }

    /// One text article, the whole source; `blank` is what sniffing passed.
    fn text(&mut self, reader: Box<dyn BufRead>, blank: Vec<u8>) -> bool {
        let done = self.at.next_source();
        if self.at.line > 1 {
            return true;
        }
        let mut data = blank;
        let limit = (self.max + 1).saturating_sub(data.len() as u64);
        match reader.take(limit).read_to_end(&mut data) {
            Ok(_) if data.len() as u64 > self.max => {
                let message = self.too_large(None);
                self.fail(message, done)
            }
            Ok(_) => (self.sink)(Chunk::Text { origin: self.origin.clone(), data }, done),
            Err(e) => self.fail(format!("{}: {e}", self.origin), done),
        }
    }

    /// One JSON array of articles, read whole (up to the size limit): each element is
    /// handed on as a line, numbered from 1.
    fn array(&mut self, reader: Box<dyn BufRead>) -> bool {
        let done = self.at.next_source();
        let mut data = Vec::new();
        match reader.take(self.max.saturating_add(1)).read_to_end(&mut data) {
            Ok(_) if data.len() as u64 > self.max => {
                let message = self.too_large(None);
                return self.fail(message, done);
            }
            Ok(_) => {}
            Err(e) => return self.fail(format!("{}: {e}", self.origin), done),
        }
        let elements: Vec<&serde_json::value::RawValue> = match serde_json::from_slice(&data) {
            Ok(elements) => elements,
            Err(e) => return self.fail(format!("{}: invalid JSON array: {e}", self.origin), done),
        };
        let skip = self.at.line.saturating_sub(1);
        let mut first = self.at.line;
        let mut chunk = Vec::new();
        for (i, element) in elements.iter().enumerate().skip(usize::try_from(skip).unwrap_or(usize::MAX)) {
            // Valid JSON holds no raw line break inside a string, so each element becomes
            // one line by turning its line breaks (whitespace between tokens) into spaces.
            chunk.extend(element.get().bytes().map(|b| if b == b'\n' { b' ' } else { b }));
            chunk.push(b'\n');
            let line = i as u64 + 1;
            if chunk.len() >= CHUNK_SIZE || i + 1 == elements.len() {
                let at = Position { source: self.at.source, line: line + 1 };
                let data = std::mem::take(&mut chunk);
                if !(self.sink)(Chunk::Lines { origin: self.origin.clone(), first_line: first, data }, at) {
                    return false;
                }
                first = line + 1;
            }
        }
        true
    }

    /// Cuts a JSON Lines stream into chunks of whole lines, each line at most `max` bytes
    /// (a longer one is reported and passed in bounded memory). On a read error, the whole
    /// lines read before it are handed on, then the error with its line.
    fn lines(&mut self, mut reader: Box<dyn BufRead>, blank: &[u8]) -> bool {
        let mut line = 1 + memchr::memchr_iter(b'\n', blank).count() as u64;
        if self.at.line > line {
            match skip_lines(&mut reader, self.at.line - line) {
                Ok(skipped) => line += skipped,
                Err(e) => {
                    let message = format!("{}:{line}: {e}", self.origin);
                    return self.fail(message, self.at.next_source());
                }
            }
        }
        let source = self.at.source;
        let mut data: Vec<u8> = Vec::with_capacity(CHUNK_SIZE + 64 * 1024);
        loop {
            // Read straight into the chunk: a BufReader hands reads larger than its buffer
            // through without copying.
            let room = (data.capacity() - data.len()).max(64 * 1024) as u64;
            let read = (&mut reader).take(room).read_to_end(&mut data);
            let eof = matches!(read, Ok(0));
            // At the end the last line needs no line break; before it, a line is whole
            // once its line break has come.
            let whole = if eof { data.len() } else { memchr::memrchr(b'\n', &data).map_or(0, |i| i + 1) };
            // What follows the whole lines is the start of one line: past the limit, it is
            // skipped.
            let oversized = !eof && (data.len() - whole) as u64 > self.max;
            if whole > 0 && (data.len() >= CHUNK_SIZE || eof || read.is_err() || oversized) {
                let rest = data.split_off(whole);
                let lines =
                    memchr::memchr_iter(b'\n', &data).count() as u64 + u64::from(data.last() != Some(&b'\n'));
                let chunk = std::mem::replace(&mut data, Vec::with_capacity(CHUNK_SIZE + 64 * 1024));
                data.extend_from_slice(&rest);
                let at = Position { source, line: line + lines };
                if !(self.sink)(
                    Chunk::Lines { origin: self.origin.clone(), first_line: line, data: chunk },
                    at,
                ) {
                    return false;
                }
                line += lines;
            }
            match read {
                Ok(0) => return true,
                Ok(_) => {}
                Err(e) => {
                    // `data` holds the start of the line the error cut.
                    let message = format!("{}:{line}: {e}", self.origin);
                    return self.fail(message, Position { source, line }.next_source());
                }
            }
            if oversized {
                let message = self.too_large(Some(line));
                data = Vec::with_capacity(CHUNK_SIZE + 64 * 1024);
                let skipped = skip_lines(&mut reader, 1);
                line += 1;
                if !self.fail(message, Position { source, line }) {
                    return false;
                }
                if let Err(e) = skipped {
                    let message = format!("{}:{}: {e}", self.origin, line - 1);
                    return self.fail(message, Position { source, line }.next_source());
                }
            }
        }
    }
}

/// Passes `n` lines of `reader` (fewer if it ends first); gives how many it passed.
fn skip_lines(reader: &mut dyn BufRead, n: u64) -> io::Result<u64> {
    let mut passed = 0;
    while passed < n {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            // A last line without a line break counts as a line.
            return Ok(passed);
        }
        let mut used = buf.len();
        for i in memchr::memchr_iter(b'\n', buf) {
            passed += 1;
            if passed == n {
                used = i + 1;
                break;
            }
        }
        reader.consume(used);
    }
    Ok(passed)
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
            // One rule for every field, read or not: the line is UTF-8 (the fast decoder
            // checks every string it passes; `serde_json` would not check ignored ones).
            if let Err(e) = std::str::from_utf8(bytes) {
                return Err(format!("invalid UTF-8 at byte {}", e.valid_up_to()));
            }
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
    // The whole line is checked once: every string is then a slice of it.
    let line = std::str::from_utf8(bytes).ok()?;
    let mut r = Flat { bytes, line, at: 0 };
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
    /// `bytes` as text.
    line: &'b str,
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

    /// The text up to the next `"` or `\`, which it stops at; none if they hold a control
    /// character (an error in JSON) or no `"` or `\` follows.
    fn run(&mut self) -> Option<&'b str> {
        let rest = self.bytes.get(self.at..)?;
        let len = memchr::memchr2(b'"', b'\\', rest)?;
        // It starts and ends next to ASCII bytes, so on character boundaries.
        let run = self.line.get(self.at..self.at + len)?;
        // Without a branch per byte, so that the compiler can check many at once: the
        // smallest byte (a vector minimum, 16 bytes an instruction) below a space.
        if run.bytes().fold(u8::MAX, |least, b| least.min(b)) < 0x20 {
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
        let key = self.run()?;
        self.eat(b'"')?;
        Some(key)
    }

    /// A string value, decoded; `long` when it may be long (room for the rest of the line
    /// is made up front). Its stretches between escapes are slices of the checked line.
    fn string(&mut self, long: bool) -> Option<String> {
        self.eat(b'"')?;
        let mut out = String::new();
        if long {
            out.reserve(self.bytes.len() - self.at);
        }
        loop {
            out.push_str(self.run()?);
            match self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    out.push(self.escape()?);
                }
                _ => return None,
            }
        }
    }

    /// Passes a string value, checking it as [`Flat::string`] does.
    fn skip_string(&mut self) -> Option<()> {
        self.eat(b'"')?;
        loop {
            self.run()?;
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
    fn sizes_read_and_written() {
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("500 KB"), Ok(500 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("99999999999T").is_err());
        assert_eq!(human_size(64 << 20), "64 MiB");
        assert_eq!(human_size(1536), "1536 bytes");
    }

    #[test]
    fn skip_lines_counts_a_last_line_without_a_break() {
        let mut r: &[u8] = b"a\nb\nc";
        assert_eq!(skip_lines(&mut r, 1).unwrap(), 1);
        assert_eq!(r, b"b\nc");
        assert_eq!(skip_lines(&mut r, 5).unwrap(), 1);
        assert_eq!(r, b"");
    }

    /// Collects what [`read_sources`] hands out for one file.
    fn read_all(path: &Path, opts: &ReadOptions) -> Vec<(Chunk, Position)> {
        let sources = [Source::File { path: path.to_path_buf(), jsonl: false }];
        let mut got = Vec::new();
        read_sources(&sources, opts, &Arc::new(AtomicU64::new(0)), |c, at| {
            got.push((c, at));
            true
        });
        got
    }

    #[test]
    fn chunks_carry_the_position_after_them_and_start_where_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, "\n{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}").unwrap();
        let got = read_all(&path, &ReadOptions::default());
        assert_eq!(got.len(), 1);
        assert!(matches!(&got[0].0, Chunk::Lines { first_line: 2, .. }));
        assert_eq!(got[0].1, Position { source: 0, line: 5 });
        let from = ReadOptions { start: Position { source: 0, line: 4 }, ..ReadOptions::default() };
        let got = read_all(&path, &from);
        match &got[0].0 {
            Chunk::Lines { first_line: 4, data, .. } => assert_eq!(data, b"{\"text\":\"c\"}"),
            other => panic!("{other:?}"),
        }
    }

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
