//! Records as Python objects: the library's [`RecordBuilder`] records, field by field, in
//! the order in which `quotewire::output` writes them.
//!
//! Building Python objects is the one part of `pipe` that holds the GIL, so it is kept
//! lean: keys are interned once, each quote and mention dict is a copy of a template that
//! already holds its keys (no resizing while filling it), and the strings that recur
//! (entity ids and names, rule and kind names, cues, confidences) are made once per
//! converter.

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyString};
use serde_json::Value;

use quotewire::gazetteer::{EntityId, Gazetteer};
use quotewire::records::{MentionRecord, QuoteRecord, RecordBuilder, SentenceSpan};
use std::sync::Arc;

use quotewire::{Analysis, Pipeline};

/// At most this many distinct cue strings are kept (they are words of the text).
const MAX_CUES: usize = 4096;

/// The interned keys of every record.
struct Keys {
    id: Py<PyString>,
    quotes: Py<PyString>,
    mentions: Py<PyString>,
    sentences: Py<PyString>,
    start: Py<PyString>,
    end: Py<PyString>,
    text: Py<PyString>,
    kind: Py<PyString>,
    speaker: Py<PyString>,
    cue: Py<PyString>,
    sentence: Py<PyString>,
    rule: Py<PyString>,
    confidence: Py<PyString>,
    name: Py<PyString>,
    mention: Py<PyString>,
    type_: Py<PyString>,
    form: Py<PyString>,
    error: Py<PyString>,
    title: Py<PyString>,
    statement: Py<PyString>,
    act: Py<PyString>,
}

impl Keys {
    fn new(py: Python<'_>) -> Keys {
        let k = |s: &str| PyString::intern(py, s).unbind();
        Keys {
            id: k("id"),
            quotes: k("quotes"),
            mentions: k("mentions"),
            sentences: k("sentences"),
            start: k("start"),
            end: k("end"),
            text: k("text"),
            kind: k("kind"),
            speaker: k("speaker"),
            cue: k("cue"),
            sentence: k("sentence"),
            rule: k("rule"),
            confidence: k("confidence"),
            name: k("name"),
            mention: k("mention"),
            type_: k("type"),
            form: k("form"),
            error: k("error"),
            title: k("title"),
            statement: k("statement"),
            act: k("act"),
        }
    }
}

/// The Python strings of one gazetteer entity, made on its first mention.
struct EntityStrings {
    id: Py<PyString>,
    name: Py<PyString>,
    kind: Option<Py<PyString>>,
}

/// Turns analyses into Python records; one per `pipe` call (or per `analyze`).
pub struct Converter {
    pipeline: Arc<Pipeline>,
    sentences: bool,
    keys: Keys,
    /// Dicts holding the keys of a quote, a speaker, a mention and a sentence span, in
    /// record order, every value None.
    quote_template: Py<PyDict>,
    speaker_template: Py<PyDict>,
    mention_template: Py<PyDict>,
    span_template: Py<PyDict>,
    entities: HashMap<u32, EntityStrings>,
    /// Names quotewire gives (kinds, types, forms, rules), by their address.
    names: HashMap<String, Py<PyString>>,
    cues: HashMap<String, Py<PyString>>,
    confidences: HashMap<u64, Py<PyFloat>>,
}

fn template(py: Python<'_>, keys: &[&Py<PyString>]) -> PyResult<Py<PyDict>> {
    let d = PyDict::new(py);
    for k in keys {
        d.set_item(k.bind(py), py.None())?;
    }
    Ok(d.unbind())
}

impl Converter {
    /// A converter for records of `pipeline`, with sentence spans when `sentences`.
    pub fn new(py: Python<'_>, pipeline: Arc<Pipeline>, sentences: bool) -> Converter {
        let keys = Keys::new(py);
        // Building a dict of interned keys and None cannot fail but for memory.
        let t = |ks: &[&Py<PyString>]| template(py, ks).unwrap_or_else(|_| PyDict::new(py).unbind());
        let quote_template = t(&[
            &keys.start,
            &keys.end,
            &keys.text,
            &keys.kind,
            &keys.speaker,
            &keys.cue,
            &keys.sentence,
            &keys.rule,
            &keys.confidence,
            &keys.statement,
            &keys.act,
        ]);
        let speaker_template =
            t(&[&keys.name, &keys.title, &keys.type_, &keys.id, &keys.mention, &keys.start, &keys.end]);
        let mention_template = t(&[
            &keys.start,
            &keys.end,
            &keys.text,
            &keys.id,
            &keys.name,
            &keys.type_,
            &keys.form,
            &keys.kind,
            &keys.rule,
        ]);
        let span_template = t(&[&keys.start, &keys.end]);
        Converter {
            pipeline,
            sentences,
            keys,
            quote_template,
            speaker_template,
            mention_template,
            span_template,
            entities: HashMap::new(),
            names: HashMap::new(),
            cues: HashMap::new(),
            confidences: HashMap::new(),
        }
    }

    /// The interned key `error`, for error records.
    pub fn error_key<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        self.keys.error.bind(py)
    }

    /// The interned key `id`.
    pub fn id_key<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        self.keys.id.bind(py)
    }

    fn name<'py>(&mut self, py: Python<'py>, name: &str) -> Bound<'py, PyString> {
        if let Some(s) = self.names.get(name) {
            return s.bind(py).clone();
        }
        let s = PyString::intern(py, name);
        self.names.insert(name.to_string(), s.clone().unbind());
        s
    }

    fn cue<'py>(&mut self, py: Python<'py>, cue: &str) -> Bound<'py, PyString> {
        if let Some(s) = self.cues.get(cue) {
            return s.bind(py).clone();
        }
        let s = PyString::new(py, cue);
        if self.cues.len() < MAX_CUES {
            self.cues.insert(cue.to_string(), s.clone().unbind());
        }
        s
    }

    /// The confidence as the float its shortest decimal form reads as, as in the CLI's
    /// JSON (`0.9`, not the `0.8999999761581421` of the `f32` widened).
    /// The confidence, already rounded by the records as the CLI writes it.
    fn confidence<'py>(&mut self, py: Python<'py>, c: f64) -> Bound<'py, PyFloat> {
        self.confidences.entry(c.to_bits()).or_insert_with(|| PyFloat::new(py, c).unbind()).bind(py).clone()
    }

    fn entity<'p>(&'p mut self, py: Python<'_>, gazetteer: &Gazetteer, id: EntityId) -> &'p EntityStrings {
        self.entities.entry(id.0).or_insert_with(|| {
            let e = gazetteer.entity(id);
            EntityStrings {
                id: PyString::new(py, &e.id).unbind(),
                name: PyString::new(py, &e.name).unbind(),
                kind: e.attr("kind").filter(|k| !k.is_empty()).map(|k| PyString::new(py, k).unbind()),
            }
        })
    }

    fn mention<'py>(
        &mut self,
        py: Python<'py>,
        gazetteer: &Gazetteer,
        entity: EntityId,
        m: &MentionRecord,
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = self.mention_template.bind(py).copy()?;
        let type_ = self.name(py, m.entity_type.as_str());
        let form = self.name(py, &m.form);
        let rule = self.name(py, &m.rule);
        let (id, name, kind) = {
            let e = self.entity(py, gazetteer, entity);
            (e.id.bind(py).clone(), e.name.bind(py).clone(), e.kind.as_ref().map(|k| k.bind(py).clone()))
        };
        let k = &self.keys;
        d.set_item(k.start.bind(py), m.start)?;
        d.set_item(k.end.bind(py), m.end)?;
        // The text is often the canonical name itself: the same string then.
        if m.text == m.name {
            d.set_item(k.text.bind(py), &name)?;
        } else {
            d.set_item(k.text.bind(py), &*m.text)?;
        }
        d.set_item(k.id.bind(py), id)?;
        d.set_item(k.name.bind(py), name)?;
        d.set_item(k.type_.bind(py), type_)?;
        d.set_item(k.form.bind(py), form)?;
        if let Some(kind) = kind {
            d.set_item(k.kind.bind(py), kind)?;
        }
        d.set_item(k.rule.bind(py), rule)?;
        Ok(d)
    }

    fn quote<'py>(&mut self, py: Python<'py>, q: &QuoteRecord) -> PyResult<Bound<'py, PyDict>> {
        let d = self.quote_template.bind(py).copy()?;
        let kind = self.name(py, q.kind.as_str());
        let rule = q.rule.as_deref().map(|r| self.name(py, r));
        let cue = q.cue.as_deref().map(|c| self.cue(py, c));
        let speaker_type = q.speaker.as_ref().map(|s| self.name(py, s.kind.as_str()));
        let confidence = self.confidence(py, q.confidence);
        let act = q.act.map(|a| self.name(py, a.as_str()));
        let k = &self.keys;
        d.set_item(k.start.bind(py), q.start)?;
        d.set_item(k.end.bind(py), q.end)?;
        d.set_item(k.text.bind(py), &*q.text)?;
        d.set_item(k.kind.bind(py), kind)?;
        if let Some(s) = &q.speaker {
            let sp = self.speaker_template.bind(py).copy()?;
            if let Some(name) = &s.name {
                sp.set_item(k.name.bind(py), &**name)?;
            }
            if let Some(title) = &s.title {
                sp.set_item(k.title.bind(py), &**title)?;
            }
            sp.set_item(k.type_.bind(py), speaker_type)?;
            if let Some(id) = &s.id {
                sp.set_item(k.id.bind(py), &**id)?;
            }
            sp.set_item(k.mention.bind(py), &*s.mention)?;
            sp.set_item(k.start.bind(py), s.start)?;
            sp.set_item(k.end.bind(py), s.end)?;
            d.set_item(k.speaker.bind(py), sp)?;
        }
        if let Some(cue) = cue {
            d.set_item(k.cue.bind(py), cue)?;
        }
        d.set_item(k.sentence.bind(py), q.sentence)?;
        if let Some(rule) = rule {
            d.set_item(k.rule.bind(py), rule)?;
        }
        d.set_item(k.confidence.bind(py), confidence)?;
        if let Some(statement) = q.statement {
            d.set_item(k.statement.bind(py), statement)?;
        }
        if let Some(act) = act {
            d.set_item(k.act.bind(py), act)?;
        }
        Ok(d)
    }

    fn span<'py>(&self, py: Python<'py>, s: &SentenceSpan) -> PyResult<Bound<'py, PyDict>> {
        let d = self.span_template.bind(py).copy()?;
        d.set_item(self.keys.start.bind(py), s.start)?;
        d.set_item(self.keys.end.bind(py), s.end)?;
        Ok(d)
    }

    /// The article record: `id`, the kept fields (`keep` names, `kept` values), `quotes`,
    /// `mentions` and, when asked, `sentences`.
    pub fn article<'py>(
        &mut self,
        py: Python<'py>,
        text: &str,
        analysis: &Analysis,
        id: &Bound<'py, PyAny>,
        keep: &[Py<PyString>],
        kept: &[Bound<'py, PyAny>],
    ) -> PyResult<Bound<'py, PyAny>> {
        let pipeline = self.pipeline.clone();
        let gazetteer = pipeline.gazetteer();
        let rb = RecordBuilder::new(text, gazetteer);
        let record = PyDict::new(py);
        record.set_item(self.keys.id.bind(py), id)?;
        for (k, v) in keep.iter().zip(kept) {
            record.set_item(k.bind(py), v)?;
        }
        let quotes =
            analysis.quotes.iter().map(|q| self.quote(py, &rb.quote(q))).collect::<PyResult<Vec<_>>>()?;
        record.set_item(self.keys.quotes.bind(py), PyList::new(py, quotes)?)?;
        let mentions = analysis
            .mentions
            .iter()
            .map(|m| self.mention(py, gazetteer, m.entity, &rb.mention(m)))
            .collect::<PyResult<Vec<_>>>()?;
        record.set_item(self.keys.mentions.bind(py), PyList::new(py, mentions)?)?;
        if self.sentences {
            let spans = analysis
                .sentences
                .iter()
                .map(|s| self.span(py, &rb.sentence_span(s)))
                .collect::<PyResult<Vec<_>>>()?;
            record.set_item(self.keys.sentences.bind(py), PyList::new(py, spans)?)?;
        }
        Ok(record.into_any())
    }
}

/// A JSON value as the Python object `json.loads` makes of it.
pub fn json_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => pyo3::types::PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_u64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            PyList::new(py, items.iter().map(|x| json_to_py(py, x)).collect::<PyResult<Vec<_>>>()?)?
                .into_any()
        }
        Value::Object(map) => {
            let d = PyDict::new(py);
            for (k, x) in map {
                d.set_item(k, json_to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

/// A Python value as JSON: None, bool, int, float, str, and lists, tuples and dicts (with
/// str keys) of them; the error names what is not.
pub fn py_to_json(v: &Bound<'_, PyAny>) -> Result<Value, String> {
    use pyo3::types::{PyBool, PyInt, PyTuple};
    if v.is_none() {
        Ok(Value::Null)
    } else if let Ok(b) = v.cast::<PyBool>() {
        Ok(Value::Bool(b.is_true()))
    } else if let Ok(i) = v.cast::<PyInt>() {
        if let Ok(n) = i.extract::<i64>() {
            Ok(Value::from(n))
        } else {
            i.extract::<u64>().map(Value::from).map_err(|_| "an int too large for JSON".to_string())
        }
    } else if let Ok(f) = v.cast::<PyFloat>() {
        serde_json::Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| "a float that JSON has not".to_string())
    } else if let Ok(s) = v.cast::<PyString>() {
        s.to_cow().map(|s| Value::String(s.into_owned())).map_err(|e| e.to_string())
    } else if let Ok(l) = v.cast::<PyList>() {
        l.iter().map(|x| py_to_json(&x)).collect::<Result<Vec<_>, _>>().map(Value::Array)
    } else if let Ok(t) = v.cast::<PyTuple>() {
        t.iter().map(|x| py_to_json(&x)).collect::<Result<Vec<_>, _>>().map(Value::Array)
    } else if let Ok(d) = v.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (k, x) in d.iter() {
            let k = k.cast::<PyString>().map_err(|_| "a dict with a key that is not a str".to_string())?;
            map.insert(k.to_cow().map_err(|e| e.to_string())?.into_owned(), py_to_json(&x)?);
        }
        Ok(Value::Object(map))
    } else {
        let name = v.get_type().name().map_or_else(|_| "?".to_string(), |n| n.to_string());
        Err(format!("a {name}, which JSON has not"))
    }
}
