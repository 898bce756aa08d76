//! Output: JSON Lines and CSV writers for the records of [`crate::records`].
//!
//! Every call writes the records of one article into a byte buffer, so workers can format
//! in parallel and the writer only has to put buffers out in input order.
//!
//! JSON Lines (the default) writes one object per article (`--emit articles`), or one per
//! quote, mention or sentence, each with `"article": <id>`; the `--keep` fields follow the id.
//! CSV writes the flat record kinds with a header line (see [`csv_header`]); nested values
//! are flattened (the speaker becomes `speaker_name`, `speaker_id`, …).

use serde_json::Value;

use crate::Analysis;
use crate::gazetteer::Gazetteer;
use crate::input::Article;
use crate::records::{MentionRecord, QuoteRecord, RecordBuilder, SentenceRecord, SentenceSpan};

/// Which records to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// CSV with a header line (flat record kinds only).
    Csv,
}

/// What the writer needs to know besides the records themselves.
#[derive(Debug, Clone)]
pub struct OutputOptions {
    pub emit: Emit,
    pub format: Format,
    /// Add sentence offsets to article records.
    pub sentences: bool,
    /// The names of the kept input fields, in the order of [`Article::kept`].
    pub keep: Vec<String>,
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
            "speaker_id",
            "speaker_mention",
            "speaker_start",
            "speaker_end",
            "cue",
            "sentence",
            "rule",
            "confidence",
            "statement",
        ],
        Emit::Mentions => &["start", "end", "text", "id", "name", "type", "form", "kind"],
        Emit::Sentences => &["index", "start", "end", "paragraph", "text"],
    }
}

/// The CSV header line for `opts`.
pub fn csv_header(opts: &OutputOptions) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut row: Vec<&str> = vec!["article"];
    row.extend(opts.keep.iter().map(String::as_str));
    row.extend(record_fields(opts.emit));
    // Writing into a Vec cannot fail.
    let _ = w.write_record(&row);
    w.into_inner().unwrap_or_default()
}

/// The id, then the kept fields: the leading entries of every record.
struct Head<'a> {
    key: &'static str,
    id: &'a Value,
    keep: &'a [String],
    kept: &'a [Value],
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

/// Whether any of the eight bytes of `x` needs an escape: a control character, `"`, `\`.
fn any_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The classic SWAR test for a byte below `n` (n <= 0x80): exact as to whether any is;
    // `"` and `\` are bytes below 1 once XORed away.
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * n as u64) & !v & HIGH;
    below(x, 0x20) | below(x ^ (ONES * b'"' as u64), 1) | below(x ^ (ONES * b'\\' as u64), 1) != 0
}

/// Whether any byte of `bytes` needs an escape: eight at a time, the last eight
/// overlapping the chunk before them; a short string byte by byte.
fn needs_escape(bytes: &[u8]) -> bool {
    let word = |c: &[u8]| <[u8; 8]>::try_from(c).map_or(true, |w| any_escape(u64::from_le_bytes(w)));
    match bytes.len().checked_sub(8) {
        None => bytes.iter().any(|&b| ESCAPE[b as usize] != 0),
        Some(last) => word(&bytes[last..]) || bytes.chunks_exact(8).any(word),
    }
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it: `"` and `\` with a
/// backslash, control characters as `\b \t \n \f \r` or `\u00xx`, all else as it is.
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

/// Appends `bytes` with the escapes of [`json_str`], byte by byte.
#[cold]
fn escape_into(buf: &mut Vec<u8>, bytes: &[u8]) {
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let e = ESCAPE[b as usize];
        if e == 0 {
            continue;
        }
        buf.extend_from_slice(&bytes[run..i]);
        if e == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]);
        } else {
            buf.extend_from_slice(&[b'\\', e]);
        }
        run = i + 1;
    }
    buf.extend_from_slice(&bytes[run..]);
}

/// Appends an unsigned integer in decimal, two digits at a time.
fn json_uint(buf: &mut Vec<u8>, mut n: usize) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
                                2021222324252627282930313233343536373839\
                                4041424344454647484950515253545556575859\
                                6061626364656667686970717273747576777879\
                                8081828384858687888990919293949596979899";
    let mut digits = [0u8; 20];
    let mut at = digits.len();
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
    buf.extend_from_slice(&digits[at..]);
}

/// Appends one of the names quotewire gives to kinds, types and rules (plain ASCII
/// words) as a JSON string.
fn json_name(buf: &mut Vec<u8>, name: &'static str) {
    debug_assert!(!needs_escape(name.as_bytes()));
    buf.push(b'"');
    buf.extend_from_slice(name.as_bytes());
    buf.push(b'"');
}

/// Appends a string or `null`.
fn json_opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

/// Appends `key` (a field's quoted name and colon, with the comma before it unless it is
/// the first), then an unsigned integer.
fn uint_field(buf: &mut Vec<u8>, key: &[u8], n: usize) {
    buf.extend_from_slice(key);
    json_uint(buf, n);
}

/// Appends `key` (see [`uint_field`]), then a string.
fn str_field(buf: &mut Vec<u8>, key: &[u8], s: &str) {
    buf.extend_from_slice(key);
    json_str(buf, s);
}

/// Appends `key` (see [`uint_field`]), then one of quotewire's names (see [`json_name`]).
fn name_field(buf: &mut Vec<u8>, key: &[u8], name: &'static str) {
    buf.extend_from_slice(key);
    json_name(buf, name);
}

/// Appends `key` (see [`uint_field`]), then a string or `null`.
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
    str_field(buf, br#","text":"#, s.text);
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
    str_field(buf, br#","text":"#, m.text);
    str_field(buf, br#","id":"#, m.id);
    str_field(buf, br#","name":"#, m.name);
    name_field(buf, br#","type":"#, m.entity_type.as_str());
    name_field(buf, br#","form":"#, m.form);
    opt_str_field(buf, br#","kind":"#, m.kind);
}

/// Appends the fields of a quote record, its speaker as a nested object.
fn quote_fields(buf: &mut Vec<u8>, q: &QuoteRecord) {
    uint_field(buf, br#""start":"#, q.start);
    uint_field(buf, br#","end":"#, q.end);
    str_field(buf, br#","text":"#, q.text);
    name_field(buf, br#","kind":"#, q.kind.as_str());
    buf.extend_from_slice(br#","speaker":"#);
    match &q.speaker {
        Some(s) => {
            buf.push(b'{');
            str_field(buf, br#""name":"#, s.name);
            opt_str_field(buf, br#","id":"#, s.id);
            str_field(buf, br#","mention":"#, s.mention);
            uint_field(buf, br#","start":"#, s.start);
            uint_field(buf, br#","end":"#, s.end);
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
    opt_str_field(buf, br#","cue":"#, q.cue);
    uint_field(buf, br#","sentence":"#, q.sentence);
    buf.extend_from_slice(br#","rule":"#);
    match q.rule {
        Some(rule) => json_name(buf, rule),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(br#","confidence":"#);
    // serde_json's shortest float form; a float always serialises into a Vec.
    let _ = serde_json::to_writer(&mut *buf, &q.confidence);
    buf.extend_from_slice(br#","statement":"#);
    match q.statement {
        Some(i) => json_uint(buf, i),
        None => buf.extend_from_slice(b"null"),
    }
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

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
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
    let head = |key| Head { key, id: &article.id, keep: &opts.keep, kept: &article.kept };
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
        (Format::Csv, emit) => {
            let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(&mut *buf);
            let mut lead = vec![cell(&article.id)];
            lead.extend(article.kept.iter().map(cell));
            let rows: Vec<Vec<String>> = match emit {
                Emit::Quotes => rb.quotes(analysis).into_iter().map(quote_row).collect(),
                Emit::Mentions => rb.mentions(analysis).into_iter().map(mention_row).collect(),
                _ => rb.sentences(analysis).into_iter().map(sentence_row).collect(),
            };
            for row in rows {
                // Writing into a Vec cannot fail.
                let _ = w.write_record(lead.iter().chain(&row));
            }
            let _ = w.flush();
        }
    }
}

fn quote_row(q: QuoteRecord) -> Vec<String> {
    let sp = q.speaker.as_ref();
    vec![
        q.start.to_string(),
        q.end.to_string(),
        q.text.to_string(),
        q.kind.as_str().to_string(),
        opt(sp.map(|s| s.name)),
        opt(sp.and_then(|s| s.id)),
        opt(sp.map(|s| s.mention)),
        opt(sp.map(|s| s.start)),
        opt(sp.map(|s| s.end)),
        opt(q.cue),
        q.sentence.to_string(),
        opt(q.rule),
        q.confidence.to_string(),
        opt(q.statement),
    ]
}

fn mention_row(m: MentionRecord) -> Vec<String> {
    vec![
        m.start.to_string(),
        m.end.to_string(),
        m.text.to_string(),
        m.id.to_string(),
        m.name.to_string(),
        m.entity_type.as_str().to_string(),
        m.form.to_string(),
        opt(m.kind),
    ]
}

fn sentence_row(s: SentenceRecord) -> Vec<String> {
    vec![
        s.index.to_string(),
        s.start.to_string(),
        s.end.to_string(),
        s.paragraph.to_string(),
        s.text.to_string(),
    ]
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
        // Every position relative to the eight-byte chunks, before and after escapes.
        for start in 0..all.len() {
            for end in start..all.len().min(start + 20) {
                if let Some(s) = all.get(start..end) {
                    let mut buf = Vec::new();
                    json_str(&mut buf, s);
                    assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(s).unwrap());
                }
            }
        }
        for n in (0..2000).chain([9_999, 10_000, 65_535, 1_000_000, 12_345_678_901, usize::MAX]) {
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
            let article = Article { id, text: text.to_string(), kept: vec![json!("u\"1\""), json!(1.5)] };
            let rb = RecordBuilder::new(text, pipeline.gazetteer());
            for emit in [Emit::Articles, Emit::Quotes, Emit::Mentions, Emit::Sentences] {
                for sentences in [false, true] {
                    let opts = OutputOptions { emit, format: Format::Jsonl, sentences, keep: keep.clone() };
                    let mut buf = Vec::new();
                    write_article(&mut buf, &opts, &article, &analysis, pipeline.gazetteer());
                    let key = if emit == Emit::Articles { "id" } else { "article" };
                    let head = [(key, &article.id), ("url", &article.kept[0]), ("n", &article.kept[1])];
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
