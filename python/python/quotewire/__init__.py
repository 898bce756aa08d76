"""quotewire: who said what, and who and where is mentioned, in news articles.

Python bindings of the quotewire Rust library. Build a :class:`Pipeline` once, then call
:meth:`Pipeline.analyze` on one text or :meth:`Pipeline.pipe` on many (in parallel, in
Rust, with the GIL released). Records are the CLI's article records, as dicts::

    import quotewire

    nlp = quotewire.Pipeline()
    record = nlp.analyze('"We are ready," Macron said in Paris.')
    for q in record["quotes"]:
        print(q["speaker"]["name"], q["text"])

    records = list(nlp.pipe(quotewire.read("archive.jsonl.gz"), threads=4))
    df = quotewire.quotes(records)   # a pandas DataFrame when pandas is installed

Offsets are character offsets into the text: ``text[q["start"]:q["end"]]`` is the quotation.
"""

from __future__ import annotations

import importlib
from typing import Any, Dict, Iterable, List, Literal, Optional

from ._quotewire import Pipeline, QuotewireError, __version__, read
from ._quotewire import _record_fields

__all__ = ["Pipeline", "QuotewireError", "read", "quotes", "mentions", "__version__"]

#: The keys of an article record that are not kept input fields.
_ARTICLE_KEYS = ("id", "quotes", "mentions", "sentences", "error")


def _kept(record: Dict[str, Any]) -> Dict[str, Any]:
    """The kept input fields of an article record (those between ``id`` and ``quotes``)."""
    return {k: v for k, v in record.items() if k not in _ARTICLE_KEYS}


def _frame(rows: List[Dict[str, Any]], columns: List[str], as_frame: Optional[bool]) -> Any:
    """``rows`` as a pandas DataFrame when asked (or, by default, when pandas imports)."""
    if as_frame is False:
        return rows
    try:
        # Imported only here, and by name: quotewire does not depend on pandas.
        pandas = importlib.import_module("pandas")
    except ImportError:
        if as_frame:
            raise
        return rows
    return pandas.DataFrame.from_records(rows, columns=columns)


def _columns(kind: Literal["quotes", "mentions"], records: List[Dict[str, Any]]) -> List[str]:
    kept: List[str] = []
    for r in records:
        for k in _kept(r):
            if k not in kept:
                kept.append(k)
        break
    return ["article", *kept, *_record_fields(kind)]


def quotes(records: Iterable[Dict[str, Any]], *, as_frame: Optional[bool] = None) -> Any:
    """One flat row per quotation of ``records`` (article records from ``analyze``/``pipe``).

    The columns are those of ``quotewire --emit quotes --format csv`` under the JSON field
    names (the CSV renames ``start``/``end`` to ``start_char``/``end_char`` for SQL):
    ``article`` (the article id), the kept fields, then ``start, end, text, kind,
    speaker_name, speaker_title, speaker_type, speaker_id, speaker_mention, speaker_start,
    speaker_end, cue, sentence, rule, confidence, statement, act``.
    Error records are passed over. Returns a pandas DataFrame when pandas can be imported
    (``as_frame=None``, the default) or ``as_frame=True``; a list of dicts otherwise.
    """
    records = list(records)
    fields = _record_fields("quotes")
    rows: List[Dict[str, Any]] = []
    for r in records:
        if "error" in r:
            continue
        head = {"article": r["id"], **_kept(r)}
        for q in r["quotes"]:
            s = q["speaker"] or {}
            # The columns of the CLI's list; speaker_X is the speaker's X.
            rows.append(
                {**head, **{f: s.get(f[8:]) if f.startswith("speaker_") else q[f] for f in fields}}
            )
    return _frame(rows, _columns("quotes", records), as_frame)


def mentions(records: Iterable[Dict[str, Any]], *, as_frame: Optional[bool] = None) -> Any:
    """One flat row per gazetteer mention of ``records``.

    The columns are those of ``quotewire --emit mentions --format csv`` under the JSON
    field names: ``article``, the kept fields, then ``start, end, text, id, name, type,
    form, kind, rule``. Error records are
    passed over; a DataFrame or a list of dicts as for :func:`quotes`.
    """
    records = list(records)
    rows: List[Dict[str, Any]] = []
    for r in records:
        if "error" in r:
            continue
        head = {"article": r["id"], **_kept(r)}
        rows.extend({**head, **m} for m in r["mentions"])
    return _frame(rows, _columns("mentions", records), as_frame)

