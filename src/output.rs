//! Output: JSON Lines and CSV writers for the records of [`crate::records`].
//!
//! Every call writes the records of one article into a byte buffer, so workers can format
//! in parallel and the writer only has to put buffers out in input order.
//!
//! JSON Lines (the default) writes one object per article (`--emit articles`), or one per
//! quote, mention or sentence, each with `"article": <id>`; the `--keep` fields follow the id.
//! CSV writes the flat record kinds with a header line (see [`csv_header`]); nested values
//! are flattened (the speaker becomes `speaker_name`, `speaker_id`, …), and its columns are
//! named so that SQL needs no quoting (`start_char`, `end_char`, `sentence`: see
//! [`csv_fields`]). Every text field is quoted and a missing value is an empty unquoted
//! field, so PostgreSQL, SQLite and DuckDB read it without options, numbers as numbers and
//! missing values as NULL (`schema/*.sql` holds the tables).

use serde_json::Value;

use crate::Analysis;
use crate::gazetteer::Gazetteer;
use crate::input::Article;
use crate::records::{MentionRecord, QuoteRecord, RecordBuilder, SentenceRecord, SentenceSpan};

/// Which records to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Emit {
    /// One record per article with its quotes and mentions.
    Articles,
    /// One record per quotation.
    Quotes,
    /// One record per gazetteer mention.
    Mentions,
    /// One record per sentence.
    Sentences,
}

/// How to write records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// CSV with a header line (flat record kinds only).
    Csv,
}

/// What the writer needs to know besides the records themselves.
#[derive(Debug, Clone)]
pub struct OutputOptions {
    /// Which records to write.
    pub emit: Emit,
    /// JSON Lines or CSV.
    pub format: Format,
    /// Add sentence offsets to article records.
    pub sentences: bool,
    /// The names of the kept input fields, in the order of [`Article::kept`].
    pub keep: Vec<String>,
    /// Add the source of each record (`file`, `line`) after the kept fields.
    pub provenance: bool,
    /// Write an error record ([`write_error`]) for each input that cannot be read.
    pub error_records: bool,
}

/// The names of the provenance fields (`--provenance`), in output order.
pub const PROVENANCE_FIELDS: [&str; 2] = ["file", "line"];

/// Checks the `--keep` list: no empty names, none given twice, and none that the records
/// already have (in JSON or CSV, or as provenance fields when `provenance`). The error says
/// which name and why.
pub fn check_keep(keep: &[String], emit: Emit, provenance: bool) -> Result<(), String> {
    for (i, k) in keep.iter().enumerate() {
        if k.is_empty() || k.split('.').any(str::is_empty) {
            return Err(format!("--keep {k:?}: a field name (or a part of a dotted path) is empty"));
        }
        if keep[..i].contains(k) {
            return Err(format!("--keep {k}: given twice"));
        }
        let taken = k == "article"
            || record_fields(emit).contains(&k.as_str())
            || (emit != Emit::Articles && csv_fields(emit).contains(&k.as_str()))
            || (provenance && PROVENANCE_FIELDS.contains(&k.as_str()));
        if taken {
            return Err(format!("--keep {k}: the output records already have a field of that name"));
        }
    }
    Ok(())
}

/// The fields of each flat record kind, in output order (after `article` and kept fields).
pub fn record_fields(emit: Emit) -> &'static [&'static str] {
    match emit {
        Emit::Articles => &["id", "quotes", "mentions", "sentences"],
        Emit::Quotes => &[
            "start",
            "end",
            "text",
            "kind",
            "speaker_name",
            "speaker_title",
            "speaker_type",
            "speaker_id",
            "speaker_mention",
            "speaker_start",
            "speaker_end",
            "cue",
            "sentence",
            "rule",
            "confidence",
            "statement",
            "act",
        ],
        Emit::Mentions => &["start", "end", "text", "id", "name", "type", "form", "kind", "rule"],
        Emit::Sentences => &["index", "start", "end", "paragraph", "text"],
    }
}

/// The CSV columns of each flat record kind (after `article`, kept and provenance fields):
/// the fields of [`record_fields`], renamed where SQL reserves the name (`start`, `end` →
/// `start_char`, `end_char`, the speaker's likewise; a sentence's `index` → `sentence`, the
/// name a quote uses for the same number). Article records have no CSV form.
pub fn csv_fields(emit: Emit) -> Vec<&'static str> {
    if emit == Emit::Articles {
        return Vec::new();
    }
    record_fields(emit)
        .iter()
        .map(|&field| match field {
            "start" => "start_char",
            "end" => "end_char",
            "speaker_start" => "speaker_start_char",
            "speaker_end" => "speaker_end_char",
            "index" => "sentence",
            _ => field,
        })
        .collect()
}

/// The CSV header line for `opts`: every name quoted, like every text field.
pub fn csv_header(opts: &OutputOptions) -> Vec<u8> {
    let mut names: Vec<&str> = vec!["article"];
    names.extend(opts.keep.iter().map(String::as_str));
    if opts.provenance {
        names.extend(PROVENANCE_FIELDS);
    }
    names.extend(csv_fields(opts.emit));
    let mut buf = Vec::new();
    csv_row(&mut buf, names.into_iter().map(Cell::Text));
    buf
}

/// One CSV field, typed so that it is written as SQL loaders read it best.
#[derive(Debug, Clone, Copy)]
enum Cell<'a> {
    /// A missing value: an empty, unquoted field (NULL in PostgreSQL and DuckDB).
    Null,
    /// A number (or a boolean): as it is, unquoted.
    Num(&'a str),
    /// Text: always quoted, `"` doubled (an empty string is `""`, not NULL).
    Text(&'a str),
}

/// Appends one CSV row of `cells`, ended by `\n`.
fn csv_row<'a>(buf: &mut Vec<u8>, cells: impl IntoIterator<Item = Cell<'a>>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        match cell {
            Cell::Null => {}
            Cell::Num(n) => buf.extend_from_slice(n.as_bytes()),
            Cell::Text(t) => {
                buf.push(b'"');
                for (j, part) in t.split('"').enumerate() {
                    if j > 0 {
                        buf.extend_from_slice(b"\"\"");
                    }
                    buf.extend_from_slice(part.as_bytes());
                }
                buf.push(b'"');
            }
        }
    }
    buf.push(b'\n');
}

/// A JSON value as a CSV field: null empty, numbers and booleans bare, strings quoted, arrays
/// and objects as quoted JSON. `scratch` holds the text of non-strings.
fn value_cell<'a>(v: &'a Value, scratch: &'a str) -> Cell<'a> {
    match v {
        Value::Null => Cell::Null,
        Value::String(s) => Cell::Text(s),
        Value::Number(_) | Value::Bool(_) => Cell::Num(scratch),
        _ => Cell::Text(scratch),
    }
}

/// A text cell, or a missing value.
fn text<'a>(s: Option<&'a str>) -> Cell<'a> {
    s.map_or(Cell::Null, Cell::Text)
}

/// A number cell, or a missing value.
fn num(s: Option<&String>) -> Cell<'_> {
    s.map_or(Cell::Null, |s| Cell::Num(s))
}

/// The text [`value_cell`] needs for a non-string value.
fn value_scratch(v: &Value) -> String {
    match v {
        Value::Null | Value::String(_) => String::new(),
        other => other.to_string(),
    }
}

/// The id, then the kept fields, then the provenance: the leading entries of every record.
struct Head<'a> {
    key: &'static str,
    id: &'a Value,
    keep: &'a [String],
    kept: &'a [Value],
    /// `file` and `line`, with `--provenance`.
    provenance: Option<(&'a str, Option<u64>)>,
}

/// Writes one JSON line: `head`, then the fields that `fields` writes, in one object.
///
/// Records are written by hand rather than through `serde_json`, byte for byte as it
/// writes their derived `Serialize` (the tests compare the two): its string escaping goes
/// byte by byte through a generic writer, and was the largest cost of writing records.
fn json_line(buf: &mut Vec<u8>, head: &Head, fields: impl FnOnce(&mut Vec<u8>)) {
    buf.push(b'{');
    json_str(buf, head.key);
    buf.push(b':');
    json_value(buf, head.id);
    for (k, v) in head.keep.iter().zip(head.kept) {
        buf.push(b',');
        json_str(buf, k);
        buf.push(b':');
        json_value(buf, v);
    }
    if let Some((file, line)) = head.provenance {
        str_field(buf, br#","file":"#, file);
        buf.extend_from_slice(br#","line":"#);
        match line {
            Some(n) => json_uint(buf, n as usize),
            None => buf.extend_from_slice(b"null"),
        }
    }
    buf.push(b',');
    fields(buf);
    buf.extend_from_slice(b"}\n");
}

/// Appends a JSON value: strings directly, anything else through `serde_json`.
fn json_value(buf: &mut Vec<u8>, v: &Value) {
    match v {
        Value::String(s) => json_str(buf, s),
        // Values always serialise into a Vec.
        other => {
            let _ = serde_json::to_writer(&mut *buf, other);
        }
    }
}

/// How `serde_json` escapes each byte: 0 for none, the letter of a short escape (`\n`),
/// `u` for `\u00xx`.
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// The escape bits of sixteen bytes: bit `i` set when byte `i` needs an escape (a control
/// character, `"`, `\`). SSE2, part of every x86-64.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn escape_bits(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is always present on x86-64; the load reads the sixteen bytes of `chunk`.
    unsafe {
        let x = _mm_loadu_si128(chunk.as_ptr().cast());
        // Unsigned x <= 0x1f: the minimum with 0x1f is x itself.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1f)), x);
        let quote = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\\' as i8));
        _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) as u32
    }
}

/// The escape bits of sixteen bytes (see the x86-64 version), byte by byte.
#[cfg(not(target_arch = "x86_64"))]
fn escape_bits(chunk: &[u8; 16]) -> u32 {
    chunk.iter().enumerate().fold(0, |m, (i, &b)| m | u32::from(ESCAPE[b as usize] != 0) << i)
}

/// The offset of the first byte at or after `from` in `bytes` that needs an escape, or
/// `bytes.len()`: sixteen bytes at a time, the last sixteen overlapping the chunk before
/// them; a string shorter than sixteen bytes byte by byte.
#[inline]
fn next_escape(bytes: &[u8], mut from: usize) -> usize {
    while let Some(chunk) = bytes.get(from..).and_then(<[u8]>::first_chunk::<16>) {
        let bits = escape_bits(chunk);
        if bits != 0 {
            return from + bits.trailing_zeros() as usize;
        }
        from += 16;
    }
    if from >= bytes.len() {
        return bytes.len();
    }
    match bytes.len().checked_sub(16) {
        Some(last) => {
            let bits = bytes[last..].first_chunk::<16>().map_or(0, escape_bits) >> (from - last);
            if bits != 0 { from + bits.trailing_zeros() as usize } else { bytes.len() }
        }
        None => {
            from + bytes[from..].iter().position(|&b| ESCAPE[b as usize] != 0).unwrap_or(bytes.len() - from)
        }
    }
}

/// Whether any of the eight bytes of `x` needs an escape: a control character, `"`, `\`.
fn any_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The classic SWAR test for a byte below `n` (n <= 0x80): exact as to whether any is;
    // `"` and `\` are bytes below 1 once XORed away.
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * n as u64) & !v & HIGH;
    below(x, 0x20) | below(x ^ (ONES * b'"' as u64), 1) | below(x ^ (ONES * b'\\' as u64), 1) != 0
}

/// Whether any byte of `bytes` needs an escape: sixteen at a time (the last sixteen
/// overlapping the chunk before them), a string of eight to fifteen bytes as two
/// overlapping words, a shorter one byte by byte.
#[inline]
fn needs_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n >= 16 {
        bytes[n - 16..].first_chunk::<16>().is_some_and(|c| escape_bits(c) != 0)
            || bytes.chunks_exact(16).any(|c| c.first_chunk::<16>().is_some_and(|c| escape_bits(c) != 0))
    } else if n >= 8 {
        let word = |c: Option<&[u8; 8]>| c.is_some_and(|w| any_escape(u64::from_le_bytes(*w)));
        word(bytes.first_chunk::<8>()) || word(bytes.last_chunk::<8>())
    } else {
        bytes.iter().any(|&b| ESCAPE[b as usize] != 0)
    }
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it: `"` and `\` with a
/// backslash, control characters as `\b \t \n \f \r` or `\u00xx`, all else as it is.
/// Inlined, as are [`json_uint`], [`json_name`], [`json_opt_str`] and the `*_field`
/// helpers: called apart, the calls cost more than the short writes they make (BBC, one
/// worker, callgrind: `write_article` 74.5 M -> 64.0 M instructions).
#[inline(always)]
fn json_str(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    if needs_escape(bytes) {
        escape_into(buf, bytes);
    } else {
        buf.extend_from_slice(bytes);
    }
    buf.push(b'"');
}

/// Appends `bytes` with the escapes of [`json_str`]: the runs between escapes are copied
/// whole.
#[cold]
fn escape_into(buf: &mut Vec<u8>, bytes: &[u8]) {
    let mut run = 0;
    loop {
        let at = next_escape(bytes, run);
        buf.extend_from_slice(&bytes[run..at]);
        let Some(&b) = bytes.get(at) else { break };
        escape_byte(buf, b);
        run = at + 1;
    }
}

/// Appends the escape of `b`, a byte that needs one (see [`ESCAPE`]).
fn escape_byte(buf: &mut Vec<u8>, b: u8) {
    let e = ESCAPE[b as usize];
    if e == b'u' {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        buf.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]);
    } else {
        buf.extend_from_slice(&[b'\\', e]);
    }
}

/// Two decimal digits for each number below 100.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
                            2021222324252627282930313233343536373839\
                            4041424344454647484950515253545556575859\
                            6061626364656667686970717273747576777879\
                            8081828384858687888990919293949596979899";

/// Writes the decimal digits of `n` two at a time, ending at `digits[at]` (exclusive);
/// returns where they start.
#[inline(always)]
fn digits_before(digits: &mut [u8], mut at: usize, mut n: usize) -> usize {
    while n >= 100 {
        let pair = n % 100 * 2;
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    at
}

/// Appends an unsigned integer in decimal, two digits at a time. A number of up to eight
/// digits (every offset) goes in as one eight-byte store, the bytes past its digits then
/// cut off: no copy of a variable length.
#[inline(always)]
fn json_uint(buf: &mut Vec<u8>, n: usize) {
    if n < 100_000_000 {
        let mut digits = [0u8; 8];
        let at = digits_before(&mut digits, 8, n);
        // The digits moved down to the first bytes (little-endian).
        let word = u64::from_le_bytes(digits) >> (8 * at);
        let end = buf.len() + 8 - at;
        buf.extend_from_slice(&word.to_le_bytes());
        buf.truncate(end);
        return;
    }
    let mut digits = [0u8; 20];
    let at = digits_before(&mut digits, 20, n);
    buf.extend_from_slice(&digits[at..]);
}

/// Appends one of the names quotewire gives to kinds, types and rules (plain ASCII
/// words) as a JSON string.
#[inline(always)]
fn json_name(buf: &mut Vec<u8>, name: &'static str) {
    debug_assert!(!needs_escape(name.as_bytes()));
    buf.push(b'"');
    buf.extend_from_slice(name.as_bytes());
    buf.push(b'"');
}

/// Appends a string or `null`.
#[inline(always)]
fn json_opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

/// Appends `key` (a field's quoted name and colon, with the comma before it unless it is
/// the first), then an unsigned integer.
#[inline(always)]
fn uint_field(buf: &mut Vec<u8>, key: &[u8], n: usize) {
    buf.extend_from_slice(key);
    json_uint(buf, n);
}

/// Appends `key` (see [`uint_field`]), then a string.
#[inline(always)]
fn str_field(buf: &mut Vec<u8>, key: &[u8], s: &str) {
    buf.extend_from_slice(key);
    json_str(buf, s);
}

/// Appends `key` (see [`uint_field`]), then one of quotewire's names (see [`json_name`]).
#[inline(always)]
fn name_field(buf: &mut Vec<u8>, key: &[u8], name: &'static str) {
    buf.extend_from_slice(key);
    json_name(buf, name);
}

/// Appends `key` (see [`uint_field`]), then a string or `null`.
#[inline(always)]
fn opt_str_field(buf: &mut Vec<u8>, key: &[u8], s: Option<&str>) {
    buf.extend_from_slice(key);
    json_opt_str(buf, s);
}

/// Appends the fields of a sentence record.
fn sentence_fields(buf: &mut Vec<u8>, s: &SentenceRecord) {
    uint_field(buf, br#""index":"#, s.index);
    uint_field(buf, br#","start":"#, s.start);
    uint_field(buf, br#","end":"#, s.end);
    uint_field(buf, br#","paragraph":"#, s.paragraph);
    str_field(buf, br#","text":"#, &s.text);
}

/// Appends the fields of a sentence span (in article records).
fn span_fields(buf: &mut Vec<u8>, s: &SentenceSpan) {
    uint_field(buf, br#""start":"#, s.start);
    uint_field(buf, br#","end":"#, s.end);
}

/// Appends the fields of a mention record.
fn mention_fields(buf: &mut Vec<u8>, m: &MentionRecord) {
    uint_field(buf, br#""start":"#, m.start);
    uint_field(buf, br#","end":"#, m.end);
    str_field(buf, br#","text":"#, &m.text);
    str_field(buf, br#","id":"#, &m.id);
    str_field(buf, br#","name":"#, &m.name);
    name_field(buf, br#","type":"#, m.entity_type.as_str());
    str_field(buf, br#","form":"#, &m.form);
    opt_str_field(buf, br#","kind":"#, m.kind.as_deref());
    str_field(buf, br#","rule":"#, &m.rule);
}

/// Appends the fields of a quote record, its speaker as a nested object.
fn quote_fields(buf: &mut Vec<u8>, q: &QuoteRecord) {
    uint_field(buf, br#""start":"#, q.start);
    uint_field(buf, br#","end":"#, q.end);
    str_field(buf, br#","text":"#, &q.text);
    name_field(buf, br#","kind":"#, q.kind.as_str());
    buf.extend_from_slice(br#","speaker":"#);
    match &q.speaker {
        Some(s) => {
            buf.push(b'{');
            opt_str_field(buf, br#""name":"#, s.name.as_deref());
            opt_str_field(buf, br#","title":"#, s.title.as_deref());
            name_field(buf, br#","type":"#, s.kind.as_str());
            opt_str_field(buf, br#","id":"#, s.id.as_deref());
            str_field(buf, br#","mention":"#, &s.mention);
            uint_field(buf, br#","start":"#, s.start);
            uint_field(buf, br#","end":"#, s.end);
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
    opt_str_field(buf, br#","cue":"#, q.cue.as_deref());
    uint_field(buf, br#","sentence":"#, q.sentence);
    opt_str_field(buf, br#","rule":"#, q.rule.as_deref());
    buf.extend_from_slice(br#","confidence":"#);
    json_f64(buf, q.confidence);
    buf.extend_from_slice(br#","statement":"#);
    match q.statement {
        Some(i) => json_uint(buf, i),
        None => buf.extend_from_slice(b"null"),
    }
    match q.act {
        Some(a) => name_field(buf, br#","act":"#, a.as_str()),
        None => buf.extend_from_slice(br#","act":null"#),
    }
}

/// How many float texts [`json_f64`] keeps, by a hash of the value's bits.
const FLOAT_SLOTS: usize = 16;

/// A float's bits, its text's length (0 in an empty slot) and its text.
type FloatSlot = (u64, u8, [u8; 24]);

thread_local! {
    /// The texts of the floats written last, by value: confidences are a few rounded values.
    static FLOATS: std::cell::RefCell<[FloatSlot; FLOAT_SLOTS]> =
        const { std::cell::RefCell::new([(0, 0, [0; 24]); FLOAT_SLOTS]) };
}

/// Appends a float as `serde_json` writes it (its shortest form); the text of a value
/// written before is copied from a small cache instead of being formatted again.
fn json_f64(buf: &mut Vec<u8>, v: f64) {
    let bits = v.to_bits();
    let slot = (bits ^ bits >> 29 ^ bits >> 47) as usize % FLOAT_SLOTS;
    FLOATS.with_borrow_mut(|cache| {
        let (key, len, text) = &mut cache[slot];
        if *key == bits && *len > 0 {
            buf.extend_from_slice(&text[..*len as usize]);
            return;
        }
        let start = buf.len();
        // A float always serialises into a Vec.
        let _ = serde_json::to_writer(&mut *buf, &v);
        let written = &buf[start..];
        if let Some(room) = text.get_mut(..written.len()) {
            room.copy_from_slice(written);
            (*key, *len) = (bits, written.len() as u8);
        }
    });
}

/// Appends a JSON array of `items`, each written by `write`.
fn json_array<T>(buf: &mut Vec<u8>, items: impl Iterator<Item = T>, mut write: impl FnMut(&mut Vec<u8>, T)) {
    buf.push(b'[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write(buf, item);
    }
    buf.push(b']');
}

/// Appends `item` as a JSON object of the fields `fields` writes.
fn json_object<T>(buf: &mut Vec<u8>, item: &T, fields: fn(&mut Vec<u8>, &T)) {
    buf.push(b'{');
    fields(buf, item);
    buf.push(b'}');
}

/// Appends a JSON error record: `{"error": reason, "file": …, "line": …}` (`--on-error
/// record`), for an input that could not be read or a line that could not be decoded.
pub fn write_error(buf: &mut Vec<u8>, file: Option<&str>, line: Option<u64>, reason: &str) {
    str_field(buf, br#"{"error":"#, reason);
    opt_str_field(buf, br#","file":"#, file);
    buf.extend_from_slice(br#","line":"#);
    match line {
        Some(n) => json_uint(buf, n as usize),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b"}\n");
}

/// Writes the records of one analysed article into `buf`.
pub fn write_article(
    buf: &mut Vec<u8>,
    opts: &OutputOptions,
    article: &Article,
    analysis: &Analysis,
    gazetteer: &Gazetteer,
) {
    let rb = RecordBuilder::new(&article.text, gazetteer);
    let provenance = opts.provenance.then(|| (article.file.as_deref().unwrap_or(""), article.line));
    let head = |key| Head { key, id: &article.id, keep: &opts.keep, kept: &article.kept, provenance };
    match (opts.format, opts.emit) {
        (_, Emit::Articles) => json_line(buf, &head("id"), |buf| {
            buf.extend_from_slice(br#""quotes":"#);
            json_array(buf, analysis.quotes.iter(), |buf, q| json_object(buf, &rb.quote(q), quote_fields));
            buf.extend_from_slice(br#","mentions":"#);
            json_array(buf, analysis.mentions.iter(), |buf, m| {
                json_object(buf, &rb.mention(m), mention_fields)
            });
            if opts.sentences {
                buf.extend_from_slice(br#","sentences":"#);
                json_array(buf, analysis.sentences.iter(), |buf, s| {
                    json_object(buf, &rb.sentence_span(s), span_fields)
                });
            }
        }),
        (Format::Jsonl, Emit::Quotes) => {
            for q in &analysis.quotes {
                json_line(buf, &head("article"), |buf| quote_fields(buf, &rb.quote(q)));
            }
        }
        (Format::Jsonl, Emit::Mentions) => {
            for m in &analysis.mentions {
                json_line(buf, &head("article"), |buf| mention_fields(buf, &rb.mention(m)));
            }
        }
        (Format::Jsonl, Emit::Sentences) => {
            for (i, s) in analysis.sentences.iter().enumerate() {
                json_line(buf, &head("article"), |buf| sentence_fields(buf, &rb.sentence(i, s)));
            }
        }
        (Format::Csv, emit) => write_csv(buf, emit, &head("article"), &rb, analysis),
    }
}

/// Appends the CSV rows of one article: the head cells, then each record's.
fn write_csv(buf: &mut Vec<u8>, emit: Emit, head: &Head, rb: &RecordBuilder, analysis: &Analysis) {
    let scratch: Vec<String> = std::iter::once(head.id).chain(head.kept).map(value_scratch).collect();
    let line = head.provenance.and_then(|(_, line)| line).map(|n| n.to_string()).unwrap_or_default();
    let mut lead: Vec<Cell> =
        std::iter::once(head.id).chain(head.kept).zip(&scratch).map(|(v, t)| value_cell(v, t)).collect();
    if let Some((file, n)) = head.provenance {
        lead.push(Cell::Text(file));
        lead.push(if n.is_some() { Cell::Num(&line) } else { Cell::Null });
    }
    match emit {
        Emit::Quotes => {
            for q in &analysis.quotes {
                let q = rb.quote(q);
                let sp = q.speaker.as_ref();
                let nums = [q.start, q.end, q.sentence].map(|n| n.to_string());
                let statement = q.statement.map(|n| n.to_string());
                let sp_nums = sp.map(|s| [s.start.to_string(), s.end.to_string()]);
                let confidence = q.confidence.to_string();
                let cells = [
                    Cell::Num(&nums[0]),
                    Cell::Num(&nums[1]),
                    Cell::Text(&q.text),
                    Cell::Text(q.kind.as_str()),
                    text(sp.and_then(|s| s.name.as_deref())),
                    text(sp.and_then(|s| s.title.as_deref())),
                    text(sp.map(|s| s.kind.as_str())),
                    text(sp.and_then(|s| s.id.as_deref())),
                    text(sp.map(|s| &*s.mention)),
                    num(sp_nums.as_ref().map(|n| &n[0])),
                    num(sp_nums.as_ref().map(|n| &n[1])),
                    text(q.cue.as_deref()),
                    Cell::Num(&nums[2]),
                    text(q.rule.as_deref()),
                    Cell::Num(&confidence),
                    num(statement.as_ref()),
                    text(q.act.map(|a| a.as_str())),
                ];
                csv_row(buf, lead.iter().copied().chain(cells));
            }
        }
        Emit::Mentions => {
            for m in &analysis.mentions {
                let m = rb.mention(m);
                let nums = [m.start, m.end].map(|n| n.to_string());
                let cells = [
                    Cell::Num(&nums[0]),
                    Cell::Num(&nums[1]),
                    Cell::Text(&m.text),
                    Cell::Text(&m.id),
                    Cell::Text(&m.name),
                    Cell::Text(m.entity_type.as_str()),
                    Cell::Text(&m.form),
                    text(m.kind.as_deref()),
                    Cell::Text(&m.rule),
                ];
                csv_row(buf, lead.iter().copied().chain(cells));
            }
        }
        Emit::Sentences | Emit::Articles => {
            for (i, s) in analysis.sentences.iter().enumerate() {
                let s = rb.sentence(i, s);
                let nums = [s.index, s.start, s.end, s.paragraph].map(|n| n.to_string());
                let cells = [
                    Cell::Num(&nums[0]),
                    Cell::Num(&nums[1]),
                    Cell::Num(&nums[2]),
                    Cell::Num(&nums[3]),
                    Cell::Text(&s.text),
                ];
                csv_row(buf, lead.iter().copied().chain(cells));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde_json::{Value, json};

    use super::*;
    use crate::Pipeline;
    use crate::records::SentenceSpan;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é“quoted”\\\"😀");
        // Every position relative to the sixteen-byte chunks, before and after escapes.
        for start in 0..all.len() {
            for end in start..all.len().min(start + 40) {
                if let Some(s) = all.get(start..end) {
                    let mut buf = Vec::new();
                    json_str(&mut buf, s);
                    assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(s).unwrap());
                }
            }
        }
        for v in [0.0, -0.0, 1.0, 0.9, 0.855, 0.001, 1e-7, 0.1 + 0.2, f64::MAX, f64::MIN_POSITIVE, 0.9, 0.855]
        {
            let mut buf = Vec::new();
            json_f64(&mut buf, v);
            assert_eq!(buf, serde_json::to_vec(&v).unwrap(), "{v}");
        }
        for n in (0..2000).chain([
            9_999,
            10_000,
            65_535,
            1_000_000,
            9_999_999,
            10_000_000,
            99_999_999,
            100_000_000,
            12_345_678_901,
            usize::MAX,
        ]) {
            let mut buf = Vec::new();
            json_uint(&mut buf, n);
            assert_eq!(buf, n.to_string().as_bytes());
        }
    }

    /// Article records as they were written through `serde_json`.
    #[derive(Serialize)]
    struct ArticleBody<'a> {
        quotes: Vec<QuoteRecord<'a>>,
        mentions: Vec<MentionRecord<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        sentences: Option<Vec<SentenceSpan>>,
    }

    /// One line as `serde_json` writes it: the head entries, then the record's fields.
    fn serde_line<T: Serialize>(head: &[(&str, &Value)], record: &T) -> String {
        let entries: Vec<String> = head
            .iter()
            .map(|(k, v)| {
                format!("{}:{}", serde_json::to_string(k).unwrap(), serde_json::to_string(v).unwrap())
            })
            .collect();
        let body = serde_json::to_string(record).unwrap();
        format!("{{{},{}\n", entries.join(","), &body[1..])
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        let pipeline = Pipeline::builtin().unwrap();
        let seed =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed.txt")).unwrap();
        let odd = "Tabs\there, a back\\slash, a bell \u{7}.\n\"Quote \\ me \u{1}\",\tsaid Jean-Claude Juncker \
                   in Brüssel.\r\n“It’s fine,” Merkel said. 😀";
        let keep = vec!["url".to_string(), "n".to_string()];
        for (text, id) in [(seed.as_str(), json!("seed")), (odd, json!(7)), ("", json!({"b": 1, "a": [2]}))] {
            let analysis = pipeline.analyze(text);
            let article = Article {
                id,
                text: text.to_string(),
                kept: vec![json!("u\"1\""), json!(1.5)],
                file: Some("in\"put".into()),
                line: Some(3),
            };
            let rb = RecordBuilder::new(text, pipeline.gazetteer());
            for emit in [Emit::Articles, Emit::Quotes, Emit::Mentions, Emit::Sentences] {
                for sentences in [false, true] {
                    let opts = OutputOptions {
                        emit,
                        format: Format::Jsonl,
                        sentences,
                        keep: keep.clone(),
                        provenance: true,
                        error_records: false,
                    };
                    let mut buf = Vec::new();
                    write_article(&mut buf, &opts, &article, &analysis, pipeline.gazetteer());
                    let key = if emit == Emit::Articles { "id" } else { "article" };
                    let (file, line) = (json!("in\"put"), json!(3));
                    let head = [
                        (key, &article.id),
                        ("url", &article.kept[0]),
                        ("n", &article.kept[1]),
                        ("file", &file),
                        ("line", &line),
                    ];
                    let expected: String = match emit {
                        Emit::Articles => serde_line(
                            &head,
                            &ArticleBody {
                                quotes: rb.quotes(&analysis),
                                mentions: rb.mentions(&analysis),
                                sentences: sentences.then(|| {
                                    analysis.sentences.iter().map(|s| rb.sentence_span(s)).collect()
                                }),
                            },
                        ),
                        Emit::Quotes => rb.quotes(&analysis).iter().map(|r| serde_line(&head, r)).collect(),
                        Emit::Mentions => {
                            rb.mentions(&analysis).iter().map(|r| serde_line(&head, r)).collect()
                        }
                        Emit::Sentences => {
                            rb.sentences(&analysis).iter().map(|r| serde_line(&head, r)).collect()
                        }
                    };
                    assert_eq!(String::from_utf8(buf).unwrap(), expected, "{emit:?}");
                }
            }
        }
    }
}
