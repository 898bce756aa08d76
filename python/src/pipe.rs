//! `Pipeline.pipe`: many articles through Rust worker threads, records out in input order.
//!
//! The main thread (the caller's, holding the GIL) takes items from the Python iterable in
//! batches of about `batch_bytes` of text, copies their texts out and keeps their ids and
//! kept fields; worker threads analyse the texts without the GIL; the main thread waits for
//! the next batch in order with the GIL released, then turns its analyses into records. At
//! most two batches per thread are in flight, so memory stays flat whatever the input size.

use std::collections::{BTreeMap, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyString};

use quotewire::input::Article;
use quotewire::output::{self, Emit, Format, OutputOptions};
use quotewire::{Analysis, Pipeline};
use serde_json::Value;

use crate::QuotewireError;
use crate::convert::{Converter, json_to_py, py_to_json};
use crate::read::Reader;

/// How often a thread waiting for records looks for signals (Ctrl-C).
pub const SIGNAL_CHECK: std::time::Duration = std::time::Duration::from_millis(100);

/// At most this many items go in one batch, however short their texts.
const MAX_BATCH_ITEMS: usize = 4096;

/// What to do with an item that cannot be analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    /// Raise `QuotewireError` in its place (iteration may go on after it).
    Raise,
    /// Yield `{"id": ..., "error": "item N: reason"}` in its place.
    Record,
}

impl OnError {
    /// `"raise"` or `"record"`.
    pub fn parse(s: &str) -> PyResult<OnError> {
        match s {
            "raise" => Ok(OnError::Raise),
            "record" => Ok(OnError::Record),
            other => {
                Err(PyValueError::new_err(format!("errors={other:?}: expected \"raise\" or \"record\"")))
            }
        }
    }
}

/// The options of one `pipe` call.
pub struct Options {
    pub threads: usize,
    pub text_key: Py<PyString>,
    pub id_key: Py<PyString>,
    pub keep: Vec<Py<PyString>>,
    pub sentences: bool,
    pub on_error: OnError,
    pub batch_bytes: usize,
    /// Put out each record as the CLI's JSON line (a str) rather than as a dict.
    pub as_json: bool,
}

/// An item's text, id and kept fields, or the id to report it under and why it is not an
/// article.
type Decoded = Result<DecodedItem, (Py<PyAny>, String)>;

/// An item's text, id and kept fields.
type DecodedItem = (String, Py<PyAny>, Vec<Py<PyAny>>);

/// A decoded item with its id and kept fields as JSON values when records are JSON lines.
type HeadResult =
    Result<(String, Py<PyAny>, Vec<Py<PyAny>>, Option<(Value, Vec<Value>)>), (Py<PyAny>, String)>;

/// Where items come from.
enum Input {
    /// Any iterable of texts and dicts.
    Iter(Py<PyIterator>),
    /// `quotewire.read`: its articles are taken as they are, without making dicts of them
    /// (the same records as through the dicts, which the tests check).
    Reader(Py<Reader>),
}

/// What the main thread keeps of an item while its text is analysed.
enum Meta {
    /// An article: its id and the values of the kept fields.
    Article { id: Py<PyAny>, kept: Vec<Py<PyAny>> },
    /// An item that is not an article; the message names it.
    Bad { id: Py<PyAny>, message: String },
}

/// What a worker made of one item.
enum Outcome {
    /// Nothing to analyse (a bad item).
    Skipped,
    /// The text and its analysis.
    Analysed(String, Analysis),
    /// The record as the CLI's JSON line, without its line end.
    Json(String),
    /// The analysis panicked: a bug in quotewire, reported as an error of the item.
    Failed,
}

/// An article for the workers: its text and, for JSON lines, its id and kept fields.
struct Work {
    text: String,
    head: Option<(Value, Vec<Value>)>,
}

/// A batch being made: the articles (None for bad items) and what is kept of each item.
type Batch = (Vec<Option<Work>>, Vec<Meta>);

struct Job {
    seq: u64,
    works: Vec<Option<Work>>,
}

struct Done {
    seq: u64,
    outcomes: Vec<Outcome>,
}

/// The iterator `Pipeline.pipe` returns: records in input order.
#[pyclass(module = "quotewire")]
pub struct PipeIter {
    pipeline: Arc<Pipeline>,
    options: Options,
    /// The input, until it ends or raises.
    items: Option<Input>,
    /// An exception of the input iterator, raised after the records of the items before it.
    input_error: Option<PyErr>,
    /// How many items were taken from the input.
    position: u64,
    job_tx: Option<Sender<Job>>,
    job_rx: Receiver<Job>,
    done_tx: Option<Sender<Done>>,
    done_rx: Receiver<Done>,
    /// Batches sent to the workers, and the number of the next batch to put out.
    sent: u64,
    next_out: u64,
    /// The metas of the batches in flight, in order (the front is batch `next_out`).
    metas: VecDeque<Vec<Meta>>,
    /// Finished batches waiting for their turn.
    pending: BTreeMap<u64, Vec<Outcome>>,
    /// The batch being put out.
    current: Option<(std::vec::IntoIter<Meta>, std::vec::IntoIter<Outcome>)>,
    converter: Converter,
    /// The names of the kept fields.
    keep_names: Vec<String>,
}

impl PipeIter {
    pub fn new(
        py: Python<'_>,
        pipeline: Arc<Pipeline>,
        items: &Bound<'_, PyAny>,
        options: Options,
    ) -> PyResult<PipeIter> {
        let plain_keys =
            options.text_key.bind(py).to_cow()? == "text" && options.id_key.bind(py).to_cow()? == "id";
        let input = match items.cast::<Reader>() {
            Ok(reader) if plain_keys => Input::Reader(reader.clone().unbind()),
            _ => Input::Iter(items.try_iter()?.unbind()),
        };
        let (job_tx, job_rx) = crossbeam_channel::unbounded();
        let (done_tx, done_rx) = crossbeam_channel::unbounded();
        let converter = Converter::new(py, pipeline.clone(), options.sentences);
        let keep_names = options.keep.iter().map(|k| k.bind(py).to_string()).collect();
        Ok(PipeIter {
            pipeline,
            options,
            items: Some(input),
            input_error: None,
            position: 0,
            job_tx: Some(job_tx),
            job_rx,
            done_tx: Some(done_tx),
            done_rx,
            sent: 0,
            next_out: 0,
            metas: VecDeque::new(),
            pending: BTreeMap::new(),
            current: None,
            converter,
            keep_names,
        })
    }

    /// Starts the workers, once, on the first call to `__next__`.
    fn start_workers(&mut self) {
        let Some(done_tx) = self.done_tx.take() else { return };
        let json = self.options.as_json.then(|| {
            Arc::new(OutputOptions {
                emit: Emit::Articles,
                format: Format::Jsonl,
                sentences: self.options.sentences,
                keep: self.keep_names.clone(),
                provenance: false,
                error_records: false,
            })
        });
        for _ in 0..self.options.threads {
            let (rx, tx, pipeline) = (self.job_rx.clone(), done_tx.clone(), self.pipeline.clone());
            let json = json.clone();
            std::thread::spawn(move || {
                for job in rx {
                    let outcomes = analyse_batch(&pipeline, job.works, json.as_deref());
                    if tx.send(Done { seq: job.seq, outcomes }).is_err() {
                        break;
                    }
                }
            });
        }
    }

    /// What `item` (the item number `pos`, 0-based) holds: its text, id and kept fields, or
    /// why it is not an article (and the id to report it under).
    fn decode(&self, py: Python<'_>, item: &Bound<'_, PyAny>, pos: u64) -> Decoded {
        let position = || pos.into_pyobject(py).map_or_else(|_| py.None(), |p| p.into_any().unbind());
        let nothing = || (0..self.options.keep.len()).map(|_| py.None()).collect();
        if let Ok(s) = item.cast::<PyString>() {
            return match s.to_cow() {
                Ok(text) => Ok((text.into_owned(), position(), nothing())),
                Err(e) => Err((position(), format!("item {pos}: {e}"))),
            };
        }
        let Ok(d) = item.cast::<PyDict>() else {
            let type_name = item.get_type().name().map_or_else(|_| "?".to_string(), |n| n.to_string());
            return Err((position(), format!("item {pos}: expected a str or a dict, got {type_name}")));
        };
        let get = |key: &Py<PyString>| d.get_item(key.bind(py)).ok().flatten();
        let id = match get(&self.options.id_key) {
            Some(id) if !id.is_none() => id.unbind(),
            _ => position(),
        };
        let text_key = self.options.text_key.bind(py).to_string();
        match get(&self.options.text_key) {
            Some(text) => match text.cast::<PyString>() {
                Ok(s) => match s.to_cow() {
                    Ok(t) => {
                        let kept = self
                            .options
                            .keep
                            .iter()
                            .map(|k| get(k).map_or_else(|| py.None(), Bound::unbind))
                            .collect();
                        Ok((t.into_owned(), id, kept))
                    }
                    Err(e) => Err((id, format!("item {pos}: {e}"))),
                },
                Err(_) => {
                    let type_name =
                        text.get_type().name().map_or_else(|_| "?".to_string(), |n| n.to_string());
                    Err((id, format!("item {pos}: field {text_key:?} is not a str (got {type_name})")))
                }
            },
            None => {
                // An error record of `quotewire.read(..., errors="record")` keeps its message.
                match d.get_item("error").ok().flatten().and_then(|e| e.extract::<String>().ok()) {
                    Some(message) => Err((id, message)),
                    None => Err((id, format!("item {pos}: no {text_key:?} field"))),
                }
            }
        }
    }

    /// For JSON lines, the id and kept fields of a decoded item as JSON values.
    fn head(&self, py: Python<'_>, decoded: DecodedItem, pos: u64) -> HeadResult {
        let (text, id, kept) = decoded;
        if !self.options.as_json {
            return Ok((text, id, kept, None));
        }
        let value = |v: &Py<PyAny>, what: &str| {
            py_to_json(v.bind(py)).map_err(|e| (id.clone_ref(py), format!("item {pos}: {what} {e}")))
        };
        let id_value = value(&id, "id:")?;
        let kept_values = kept
            .iter()
            .zip(&self.keep_names)
            .map(|(v, k)| value(v, &format!("field {k:?}:")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((text, id, kept, Some((id_value, kept_values))))
    }

    /// Takes the next batch from the input: articles (None for bad items) and metas.
    fn take_batch(&mut self, py: Python<'_>) -> Batch {
        let mut batch = (Vec::new(), Vec::new());
        match &self.items {
            Some(Input::Iter(iter)) => {
                let iter = iter.bind(py).clone();
                self.take_items(py, iter, &mut batch);
            }
            Some(Input::Reader(reader)) => {
                let reader = reader.bind(py).clone();
                match reader.try_borrow_mut() {
                    Ok(mut reader) => self.take_articles(py, &mut reader, &mut batch),
                    Err(e) => {
                        self.input_error = Some(e.into());
                        self.items = None;
                    }
                }
            }
            None => {}
        }
        batch
    }

    /// Whether a batch holding `bytes` of text in `items` items is full.
    fn full(&self, bytes: usize, items: usize) -> bool {
        bytes >= self.options.batch_bytes || items >= MAX_BATCH_ITEMS
    }

    /// Fills `batch` from a Python iterator.
    fn take_items(&mut self, py: Python<'_>, mut iter: Bound<'_, PyIterator>, batch: &mut Batch) {
        let (texts, metas) = batch;
        let mut bytes = 0;
        while !self.full(bytes, texts.len()) {
            match iter.next() {
                None => {
                    self.items = None;
                    break;
                }
                Some(Err(e)) => {
                    self.input_error = Some(e);
                    self.items = None;
                    break;
                }
                Some(Ok(item)) => {
                    let pos = self.position;
                    self.position += 1;
                    match self.decode(py, &item, pos).and_then(|d| self.head(py, d, pos)) {
                        Ok((text, id, kept, head)) => {
                            bytes += text.len();
                            texts.push(Some(Work { text, head }));
                            metas.push(Meta::Article { id, kept });
                        }
                        Err((id, message)) => {
                            texts.push(None);
                            metas.push(Meta::Bad { id, message });
                        }
                    }
                }
            }
        }
    }

    /// Fills `batch` from `quotewire.read`: what its dicts would hold, without the dicts. A
    /// problem of the reader is raised by the reader (and so ends the input) or is an error
    /// record (a bad item here), as its `errors` says.
    fn take_articles(&mut self, py: Python<'_>, reader: &mut Reader, batch: &mut Batch) {
        let (texts, metas) = batch;
        // Where each kept field of pipe is among the reader's kept fields.
        let keep: Vec<Option<usize>> = self
            .options
            .keep
            .iter()
            .map(|k| {
                let k = k.bind(py).to_cow().map(|k| k.into_owned()).unwrap_or_default();
                reader.kept_names().iter().position(|r| *r == k)
            })
            .collect();
        let mut bytes = 0;
        while !self.full(bytes, texts.len()) {
            let next = match reader.next_article(py) {
                Ok(next) => next,
                Err(e) => {
                    self.input_error = Some(e);
                    self.items = None;
                    break;
                }
            };
            let pos = self.position;
            match next {
                None => {
                    self.items = None;
                    break;
                }
                Some(Err(message)) if reader.raises() => {
                    self.input_error = Some(QuotewireError::new_err(message));
                    self.items = None;
                    break;
                }
                Some(Err(message)) => {
                    let id = pos.into_pyobject(py).map_or_else(|_| py.None(), |p| p.into_any().unbind());
                    texts.push(None);
                    metas.push(Meta::Bad { id, message });
                }
                Some(Ok(article)) => {
                    let value =
                        |v: &serde_json::Value| json_to_py(py, v).map_or_else(|_| py.None(), Bound::unbind);
                    let id = value(&article.id);
                    let kept = keep
                        .iter()
                        .map(|i| i.and_then(|i| article.kept.get(i)).map_or_else(|| py.None(), value))
                        .collect();
                    let head = self.options.as_json.then(|| {
                        let kept_values = keep
                            .iter()
                            .map(|i| i.and_then(|i| article.kept.get(i)).cloned().unwrap_or(Value::Null))
                            .collect();
                        (article.id.clone(), kept_values)
                    });
                    bytes += article.text.len();
                    texts.push(Some(Work { text: article.text, head }));
                    metas.push(Meta::Article { id, kept });
                }
            }
            self.position += 1;
        }
    }

    /// Sends batches until two per thread are in flight or the input ends.
    fn fill(&mut self, py: Python<'_>) {
        let limit = 2 * self.options.threads as u64;
        while self.items.is_some() && self.sent - self.next_out < limit {
            let (works, metas) = self.take_batch(py);
            if metas.is_empty() {
                break;
            }
            let Some(tx) = &self.job_tx else { break };
            if tx.send(Job { seq: self.sent, works }).is_err() {
                break;
            }
            self.metas.push_back(metas);
            self.sent += 1;
        }
        if self.items.is_none() {
            // No more jobs: the workers end when the queue is empty.
            self.job_tx = None;
        }
    }

    /// The record of one item, or the exception raised in its place.
    fn emit(&mut self, py: Python<'_>, meta: Meta, outcome: Outcome) -> PyResult<Py<PyAny>> {
        match (meta, outcome) {
            (Meta::Article { id, kept }, Outcome::Analysed(text, analysis)) => {
                let kept: Vec<Bound<'_, PyAny>> = kept.into_iter().map(|k| k.into_bound(py)).collect();
                let record =
                    self.converter.article(py, &text, &analysis, id.bind(py), &self.options.keep, &kept)?;
                Ok(record.unbind())
            }
            (Meta::Article { .. }, Outcome::Json(line)) => Ok(PyString::new(py, &line).into_any().unbind()),
            (Meta::Article { id, .. }, _) => self.error(py, id, "internal error: the analysis failed".into()),
            (Meta::Bad { id, message }, _) => self.error(py, id, message),
        }
    }

    fn error(&self, py: Python<'_>, id: Py<PyAny>, message: String) -> PyResult<Py<PyAny>> {
        match self.options.on_error {
            OnError::Raise => Err(QuotewireError::new_err(message)),
            OnError::Record if self.options.as_json => {
                let id = py_to_json(id.bind(py)).unwrap_or(Value::Null);
                let line = format!(
                    "{{\"id\":{},\"error\":{}}}",
                    serde_json::to_string(&id).unwrap_or_else(|_| "null".into()),
                    serde_json::to_string(&message).unwrap_or_else(|_| "\"\"".into())
                );
                Ok(PyString::new(py, &line).into_any().unbind())
            }
            OnError::Record => {
                let d = PyDict::new(py);
                d.set_item(self.converter.id_key(py), id)?;
                d.set_item(self.converter.error_key(py), message)?;
                Ok(d.into_any().unbind())
            }
        }
    }
}

/// Analyses one batch, and writes its JSON lines when `json` says how; a panic (a bug)
/// fails the batch's articles instead of the process.
fn analyse_batch(
    pipeline: &Pipeline,
    works: Vec<Option<Work>>,
    json: Option<&OutputOptions>,
) -> Vec<Outcome> {
    let n = works.len();
    let run = AssertUnwindSafe(|| {
        works
            .into_iter()
            .map(|w| match w {
                Some(Work { text, head: Some((id, kept)) }) if json.is_some() => {
                    let analysis = pipeline.analyze(&text);
                    let article = Article { id, text, kept, file: None, line: None };
                    let mut buf = Vec::with_capacity(article.text.len());
                    if let Some(opts) = json {
                        output::write_article(&mut buf, opts, &article, &analysis, pipeline.gazetteer());
                    }
                    if buf.last() == Some(&b'\n') {
                        buf.pop();
                    }
                    // The writer writes UTF-8 only.
                    Outcome::Json(String::from_utf8(buf).unwrap_or_default())
                }
                Some(Work { text, .. }) => {
                    let analysis = pipeline.analyze(&text);
                    Outcome::Analysed(text, analysis)
                }
                None => Outcome::Skipped,
            })
            .collect()
    });
    catch_unwind(run).unwrap_or_else(|_| (0..n).map(|_| Outcome::Failed).collect())
}

#[pymethods]
impl PipeIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.start_workers();
        loop {
            if let Some((metas, outcomes)) = &mut self.current {
                if let Some(meta) = metas.next() {
                    let outcome = outcomes.next().unwrap_or(Outcome::Failed);
                    return self.emit(py, meta, outcome).map(Some);
                }
                self.current = None;
            }
            // Work for the workers before the next batch is put out, not only when none is
            // ready: else they would stand idle while the batches they finished are turned
            // into records.
            self.fill(py);
            if let Some(outcomes) = self.pending.remove(&self.next_out) {
                let metas = self.metas.pop_front().unwrap_or_default();
                self.next_out += 1;
                self.current = Some((metas.into_iter(), outcomes.into_iter()));
                continue;
            }
            if self.next_out == self.sent {
                return match self.input_error.take() {
                    Some(e) => Err(e),
                    None => Ok(None),
                };
            }
            // Without the GIL, waking now and then to let Ctrl-C through.
            let rx = &self.done_rx;
            match py.detach(|| rx.recv_timeout(SIGNAL_CHECK)) {
                Ok(done) => {
                    self.pending.insert(done.seq, done.outcomes);
                }
                Err(RecvTimeoutError::Timeout) => py.check_signals()?,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(PyRuntimeError::new_err("quotewire: the worker threads ended early"));
                }
            }
        }
    }
}
