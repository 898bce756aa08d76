//! Output: JSON Lines and CSV writers for the records of [`crate::records`].
//!
//! Every call writes the records of one article into a byte buffer, so workers can format
//! in parallel and the writer only has to put buffers out in input order.
//!
//! JSON Lines (the default) writes one object per article (`--emit articles`), or one per
//! quote, mention or sentence, each with `"article": <id>`; the `--keep` fields follow the id.
//! CSV writes the flat record kinds with a header line (see [`csv_header`]); nested values
//! are flattened (the speaker becomes `speaker_name`, `speaker_id`, …).

use serde::Serialize;
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

/// Writes `record` as one JSON line with `head` in front of its own fields.
fn json_line<T: Serialize>(buf: &mut Vec<u8>, head: &Head, record: &T) {
    let line_start = buf.len();
    buf.push(b'{');
    let mut entries: Vec<(&str, &Value)> = vec![(head.key, head.id)];
    entries.extend(head.keep.iter().map(String::as_str).zip(head.kept));
    for (i, (k, v)) in entries.into_iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        // Strings and JSON values always serialise.
        let _ = serde_json::to_writer(&mut *buf, k);
        buf.push(b':');
        let _ = serde_json::to_writer(&mut *buf, v);
    }
    let at = buf.len();
    // The records are structs of strings, integers and finite floats: serialising them
    // into a Vec cannot fail; if it ever did, the partial line is taken back.
    if serde_json::to_writer(&mut *buf, record).is_err() {
        buf.truncate(line_start);
        return;
    }
    if buf.get(at + 1) == Some(&b'}') {
        buf.truncate(at);
        buf.push(b'}');
    } else {
        buf[at] = b',';
    }
    buf.push(b'\n');
}

#[derive(Serialize)]
struct ArticleBody<'a> {
    quotes: Vec<QuoteRecord<'a>>,
    mentions: Vec<MentionRecord<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<SentenceSpan>>,
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
        (_, Emit::Articles) => {
            let body = ArticleBody {
                quotes: rb.quotes(analysis),
                mentions: rb.mentions(analysis),
                sentences: opts
                    .sentences
                    .then(|| analysis.sentences.iter().map(|s| rb.sentence_span(s)).collect()),
            };
            json_line(buf, &head("id"), &body);
        }
        (Format::Jsonl, Emit::Quotes) => {
            for r in rb.quotes(analysis) {
                json_line(buf, &head("article"), &r);
            }
        }
        (Format::Jsonl, Emit::Mentions) => {
            for r in rb.mentions(analysis) {
                json_line(buf, &head("article"), &r);
            }
        }
        (Format::Jsonl, Emit::Sentences) => {
            for r in rb.sentences(analysis) {
                json_line(buf, &head("article"), &r);
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
