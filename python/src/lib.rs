//! Python bindings of quotewire: `quotewire._quotewire`, wrapped by the `quotewire` package.
//!
//! The records are the library's own: [`quotewire::records::RecordBuilder`] makes them, and
//! [`convert`] turns each one into a Python dict with the keys in the order in which
//! [`quotewire::output`] writes them, so that `json.dumps` of a dict gives the CLI's line.
//! Work on article texts runs in Rust threads without the GIL ([`pipe`]); only the
//! conversion to Python objects holds it.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

use quotewire::attribution::Attributor;
use quotewire::gazetteer::Gazetteer;
use quotewire::output::{self, Emit};
use quotewire::sentences::{Abbreviations, Segmenter};

mod convert;
mod pipe;
mod read;

use convert::Converter;

create_exception!(
    quotewire,
    QuotewireError,
    PyException,
    "A data file that cannot be loaded, an input that cannot be read, or an item that cannot \
     be analysed. The message names the place: `FILE:LINE: reason`, or `item N: reason`."
);

/// The stages of quotewire (sentence splitter, gazetteer, speech cues), built once.
///
/// `Pipeline()` uses the embedded defaults. `gazetteers` adds gazetteer CSV files to the
/// default one (or replaces it, with `default_gazetteer=False`); `abbreviations` adds files to
/// the sentence splitter's list. A file that cannot be loaded raises `QuotewireError` naming
/// every problem as `FILE:LINE: reason`.
#[pyclass(module = "quotewire", frozen)]
struct Pipeline {
    inner: Arc<quotewire::Pipeline>,
}

/// Loads the pipeline's data, as the CLI does for the same options.
fn build_pipeline(
    gazetteers: &[PathBuf],
    default_gazetteer: bool,
    abbreviation_files: &[PathBuf],
) -> Result<quotewire::Pipeline, String> {
    let mut abbreviations = Abbreviations::builtin();
    for path in abbreviation_files {
        abbreviations.extend(Abbreviations::from_path(path).map_err(|e| e.to_string())?);
    }
    let mut builder = Gazetteer::builder();
    builder.include_default(default_gazetteer);
    for path in gazetteers {
        builder.add_path(path);
    }
    let gazetteer = builder.build().map_err(|e| e.to_string())?;
    Ok(quotewire::Pipeline::new(Segmenter::new(abbreviations), gazetteer, Attributor::builtin()))
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (gazetteers = None, default_gazetteer = true, abbreviations = None))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<Vec<PathBuf>>,
        default_gazetteer: bool,
        abbreviations: Option<Vec<PathBuf>>,
    ) -> PyResult<Pipeline> {
        let gazetteers = gazetteers.unwrap_or_default();
        let abbreviations = abbreviations.unwrap_or_default();
        let built = py.detach(|| build_pipeline(&gazetteers, default_gazetteer, &abbreviations));
        let inner = built.map_err(QuotewireError::new_err)?;
        Ok(Pipeline { inner: Arc::new(inner) })
    }

    /// The record of one article, as the CLI writes it: `{"id", "quotes", "mentions"}`,
    /// plus `"sentences"` when asked. Offsets are character offsets into `text`.
    #[pyo3(signature = (text, *, id = None, sentences = false))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: PyBackedStr,
        id: Option<Bound<'py, PyAny>>,
        sentences: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let pipeline = self.inner.clone();
        let analysis = py.detach(|| pipeline.analyze(&text));
        let id = id.unwrap_or_else(|| py.None().into_bound(py));
        let mut conv = Converter::new(py, self.inner.clone(), sentences);
        conv.article(py, &text, &analysis, &id, &[], &[])
    }

    /// Analyses many articles in parallel and yields their records in input order.
    ///
    /// `items` are texts or dicts: a dict's text is `item[text_key]`, its id `item[id_key]`
    /// (the 0-based position in `items` when absent or None, as for a text), and `keep`
    /// names fields to copy into each record after the id. `threads` Rust threads (default:
    /// all cores) analyse batches of about `batch_bytes` of text without the GIL; at most
    /// two batches per thread are in flight, so memory stays flat. The records are the
    /// same for every `threads`. An item that is not an article raises `QuotewireError`
    /// ("item N: reason") in its place with `errors="raise"`, or yields `{"id", "error"}`
    /// with `errors="record"`. With `as_json=True` each record comes as the CLI's JSON line
    /// (a str without its line end), written by the workers: the fastest way to a file.
    #[pyo3(signature = (
        items, *, threads = None, text_key = "text", id_key = "id", keep = None,
        sentences = false, errors = "raise", batch_bytes = 262_144, as_json = false
    ))]
    #[allow(clippy::too_many_arguments)]
    fn pipe(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyAny>,
        threads: Option<usize>,
        text_key: &str,
        id_key: &str,
        keep: Option<Vec<String>>,
        sentences: bool,
        errors: &str,
        batch_bytes: usize,
        as_json: bool,
    ) -> PyResult<pipe::PipeIter> {
        let keep = keep.unwrap_or_default();
        check_keep(&keep)?;
        let on_error = pipe::OnError::parse(errors)?;
        let threads =
            threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
        let options = pipe::Options {
            threads,
            text_key: PyString::intern(py, text_key).unbind(),
            id_key: PyString::intern(py, id_key).unbind(),
            keep: keep.iter().map(|k| PyString::intern(py, k).unbind()).collect(),
            sentences,
            on_error,
            batch_bytes: batch_bytes.max(1),
            as_json,
        };
        pipe::PipeIter::new(py, self.inner.clone(), items, options)
    }

    fn __repr__(&self) -> String {
        format!("<quotewire.Pipeline: {} gazetteer entities>", self.inner.gazetteer().entities().len())
    }
}

/// Refuses kept fields whose names the records already use, as the CLI does.
fn check_keep(keep: &[String]) -> PyResult<()> {
    match keep.iter().find(|k| *k == "article" || output::record_fields(Emit::Articles).contains(&k.as_str()))
    {
        Some(clash) => Err(PyValueError::new_err(format!(
            "keep={clash:?}: the records already have a field of that name"
        ))),
        None => Ok(()),
    }
}

/// The names of the flat record fields, in the CLI's order (`--emit quotes --format csv`).
#[pyfunction]
fn _record_fields(kind: &str) -> PyResult<Vec<&'static str>> {
    let emit = match kind {
        "quotes" => Emit::Quotes,
        "mentions" => Emit::Mentions,
        "sentences" => Emit::Sentences,
        other => return Err(PyValueError::new_err(format!("no flat records of kind {other:?}"))),
    };
    Ok(output::record_fields(emit).to_vec())
}

#[pymodule]
#[pyo3(name = "_quotewire")]
fn quotewire_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    m.add_class::<pipe::PipeIter>()?;
    m.add_class::<read::Reader>()?;
    m.add_function(wrap_pyfunction!(read::read, m)?)?;
    m.add_function(wrap_pyfunction!(_record_fields, m)?)?;
    m.add("QuotewireError", m.py().get_type::<QuotewireError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
