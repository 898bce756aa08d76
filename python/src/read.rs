//! `quotewire.read`: the CLI's inputs as an iterator of article dicts.
//!
//! The library's reader (`quotewire::input::read_sources`) runs in a thread of its own and
//! hands over chunks of whole lines through a queue of two; the iterator decodes one line
//! at a time with `quotewire::input::parse_line`, as the CLI's workers do. So the sources,
//! their order, gzip, directories, ids (a line without one gets its line number, a text
//! file its path) and the messages (`FILE:LINE: reason`) are the CLI's.

use std::collections::VecDeque;
use std::ffi::CString;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use crossbeam_channel::{Receiver, RecvTimeoutError};
use pyo3::exceptions::{PyTypeError, PyUnicodeWarning, PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};

use quotewire::input::{self, Chunk, Fields};

use crate::QuotewireError;
use crate::convert::json_to_py;
use crate::pipe::{OnError, SIGNAL_CHECK};

/// The lines of a JSON Lines chunk still to be read.
struct Lines {
    origin: Arc<str>,
    /// The number of the line at `at`.
    line: u64,
    data: Vec<u8>,
    at: usize,
}

/// The iterator `quotewire.read` returns: `{"id", "text", *keep}` dicts in input order.
#[pyclass(module = "quotewire")]
pub struct Reader {
    chunks: Receiver<Chunk>,
    fields: Fields,
    on_error: OnError,
    keep_keys: Vec<Py<PyString>>,
    id_key: Py<PyString>,
    text_key: Py<PyString>,
    error_key: Py<PyString>,
    /// Problems found while listing the inputs (an unreadable directory), reported first.
    problems: VecDeque<String>,
    current: Option<Lines>,
}

/// The articles of the CLI's inputs, as `{"id", "text", *keep}` dicts, in order.
///
/// `paths` are JSON Lines files (one article per line; `text_key` and `id_key` name the
/// fields, a line without an id gets its line number), text files (one article each, the
/// id is the path as given), directories (walked in sorted order for `*.txt`, `*.jsonl`,
/// `*.ndjson` and their `.gz`) or `"-"` for stdin; gzip is decompressed on the fly. A bad
/// line or unreadable file raises `QuotewireError` naming `FILE:LINE` (`errors="raise"`)
/// or yields `{"id": None, "error": "FILE:LINE: reason"}` (`errors="record"`).
#[pyfunction]
#[pyo3(signature = (*paths, text_key = "text", id_key = "id", keep = None, errors = "raise"))]
pub fn read(
    py: Python<'_>,
    paths: &Bound<'_, PyTuple>,
    text_key: &str,
    id_key: &str,
    keep: Option<Vec<String>>,
    errors: &str,
) -> PyResult<Reader> {
    let mut inputs: Vec<PathBuf> = Vec::new();
    for p in paths.iter() {
        match p.extract::<PathBuf>() {
            Ok(path) => inputs.push(path),
            // A list of paths is taken too: read(["a.jsonl", "b.jsonl"]).
            Err(_) => inputs.extend(p.extract::<Vec<PathBuf>>().map_err(|_| {
                PyTypeError::new_err("read() takes paths (str or os.PathLike) or lists of them")
            })?),
        }
    }
    if inputs.is_empty() {
        return Err(PyTypeError::new_err("read() needs at least one path (\"-\" for stdin)"));
    }
    let keep = keep.unwrap_or_default();
    if let Some(k) = keep.iter().find(|k| *k == "id" || *k == "text" || *k == "error") {
        return Err(PyValueError::new_err(format!(
            "keep={k:?}: the dicts already have a field of that name"
        )));
    }
    let on_error = OnError::parse(errors)?;
    let found = input::discover(&inputs);
    // The walk's warnings (files left out, symlink loops) as the CLI gives them.
    for w in &found.warnings {
        let message = CString::new(format!("quotewire: warning: {w}")).unwrap_or_default();
        PyErr::warn(py, &py.get_type::<PyUserWarning>(), &message, 1)?;
    }
    let (sources, problems) = (found.sources, found.problems);
    let (tx, rx) = crossbeam_channel::bounded(2);
    std::thread::spawn(move || {
        let bytes = Arc::new(AtomicU64::new(0));
        let opts = input::ReadOptions::default();
        input::read_sources(&sources, &opts, &bytes, |chunk, _| tx.send(chunk).is_ok());
    });
    Ok(Reader {
        chunks: rx,
        fields: Fields {
            id: id_key.to_string(),
            text: text_key.to_string(),
            keep: keep.clone(),
            missing_id: input::MissingId::default(),
        },
        on_error,
        keep_keys: keep.iter().map(|k| PyString::intern(py, k).unbind()).collect(),
        id_key: PyString::intern(py, "id").unbind(),
        text_key: PyString::intern(py, "text").unbind(),
        error_key: PyString::intern(py, "error").unbind(),
        problems: problems.into(),
        current: None,
    })
}

impl Reader {
    /// An article as a dict: `id`, `text`, then the kept fields.
    fn article<'py>(&self, py: Python<'py>, article: &input::Article) -> PyResult<Py<PyAny>> {
        let d = PyDict::new(py);
        d.set_item(self.id_key.bind(py), json_to_py(py, &article.id)?)?;
        d.set_item(self.text_key.bind(py), &article.text)?;
        for (k, v) in self.keep_keys.iter().zip(&article.kept) {
            d.set_item(k.bind(py), json_to_py(py, v)?)?;
        }
        Ok(d.into_any().unbind())
    }

    /// A problem: raised, or a `{"id": None, "error": message}` record.
    fn problem(&self, py: Python<'_>, message: String) -> PyResult<Option<Py<PyAny>>> {
        match self.on_error {
            OnError::Raise => Err(QuotewireError::new_err(message)),
            OnError::Record => {
                let d = PyDict::new(py);
                d.set_item(self.id_key.bind(py), py.None())?;
                d.set_item(self.error_key.bind(py), message)?;
                Ok(Some(d.into_any().unbind()))
            }
        }
    }

    /// The next line of the current chunk as an article or a problem; None at its end.
    fn next_line(&mut self) -> Option<Result<input::Article, String>> {
        loop {
            let lines = self.current.as_mut()?;
            if lines.at >= lines.data.len() {
                self.current = None;
                return None;
            }
            let rest = &lines.data[lines.at..];
            let len = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
            let line_no = lines.line;
            let line = &rest[..len];
            let max = input::DEFAULT_MAX_ARTICLE;
            let parsed = (!line.iter().all(u8::is_ascii_whitespace)).then(|| {
                if line.len() as u64 > max {
                    return Err(format!(
                        "article larger than {} (--max-article-size), skipped",
                        input::human_size(max)
                    ));
                }
                input::parse_line(line, line_no, &self.fields)
            });
            lines.at += len + 1;
            lines.line += 1;
            match parsed {
                None => continue,
                Some(Ok(article)) => return Some(Ok(article)),
                Some(Err(reason)) => return Some(Err(format!("{}:{line_no}: {reason}", lines.origin))),
            }
        }
    }

    /// The next article, or the message of a problem in its place; None at the end.
    ///
    /// `Pipeline.pipe` takes articles from a reader this way, without making dicts of them.
    pub fn next_article(&mut self, py: Python<'_>) -> PyResult<Option<Result<input::Article, String>>> {
        loop {
            if let Some(message) = self.problems.pop_front() {
                return Ok(Some(Err(message)));
            }
            if let Some(result) = self.next_line() {
                return Ok(Some(result));
            }
            let chunks = &self.chunks;
            let chunk = match py.detach(|| chunks.recv_timeout(SIGNAL_CHECK)) {
                Ok(chunk) => chunk,
                Err(RecvTimeoutError::Timeout) => {
                    py.check_signals()?;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(None),
            };
            match chunk {
                Chunk::Lines { origin, first_line, data } => {
                    self.current = Some(Lines { origin, line: first_line, data, at: 0 });
                }
                // A blank source (an empty file) holds no article, as in the CLI.
                Chunk::Text { data, .. } if data.iter().all(u8::is_ascii_whitespace) => {}
                Chunk::Text { origin, data } => {
                    let text = match String::from_utf8(data) {
                        Ok(text) => text,
                        Err(e) => {
                            let message = format!("{origin}: invalid UTF-8, decoded lossily");
                            let message = CString::new(message).unwrap_or_default();
                            PyErr::warn(py, &py.get_type::<PyUnicodeWarning>(), &message, 1)?;
                            String::from_utf8_lossy(e.as_bytes()).into_owned()
                        }
                    };
                    let kept = vec![serde_json::Value::Null; self.fields.keep.len()];
                    let article = input::Article {
                        id: origin.as_ref().into(),
                        text,
                        kept,
                        file: Some(origin),
                        line: None,
                    };
                    return Ok(Some(Ok(article)));
                }
                Chunk::Failed { message } => return Ok(Some(Err(message))),
            }
        }
    }

    /// The names of the kept fields, in the order of `Article::kept`.
    pub fn kept_names(&self) -> &[String] {
        &self.fields.keep
    }

    /// Whether problems raise (rather than come as error records).
    pub fn raises(&self) -> bool {
        self.on_error == OnError::Raise
    }
}

#[pymethods]
impl Reader {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        match self.next_article(py)? {
            None => Ok(None),
            Some(Ok(article)) => self.article(py, &article).map(Some),
            Some(Err(message)) => self.problem(py, message),
        }
    }
}
