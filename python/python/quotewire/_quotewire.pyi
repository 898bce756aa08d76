"""Type stubs of the compiled part of quotewire (re-exported by the ``quotewire`` package)."""

import os
from typing import Any, Dict, Generic, Iterable, Iterator, List, Literal, Optional, Sequence, TypeVar, Union, final, overload

_T = TypeVar("_T")

__all__ = ["Pipeline", "PipeIter", "QuotewireError", "Reader", "__version__", "_record_fields", "read"]

__version__: str

_StrPath = Union[str, "os.PathLike[str]"]

# An article record: "id", the kept fields, "quotes", "mentions" and, with sentences=True,
# "sentences" -- the CLI's article record (quotewire.records has TypedDicts of its parts).
# An error record is {"id": ..., "error": str}.
_Record = Dict[str, Any]

class QuotewireError(Exception):
    """A data file that cannot be loaded, an input that cannot be read, or an item that
    cannot be analysed. The message names the place: ``FILE:LINE: reason`` or
    ``item N: reason``."""

@final
class Pipeline:
    """The stages of quotewire (sentence splitter, gazetteer, speech cues), built once.

    ``Pipeline()`` uses the embedded defaults (about 34,000 places, organisations and
    political actors). ``gazetteers`` adds gazetteer CSV files to the default one, or
    replaces it with ``default_gazetteer=False``; ``abbreviations`` adds files to the
    sentence splitter's list. Building takes some tens of milliseconds: build one pipeline
    and keep it. A file that cannot be loaded raises :class:`QuotewireError`, naming every
    problem as ``FILE:LINE: reason``.
    """

    def __new__(
        cls,
        gazetteers: Optional[Sequence[_StrPath]] = None,
        default_gazetteer: bool = True,
        abbreviations: Optional[Sequence[_StrPath]] = None,
    ) -> "Pipeline": ...
    def analyze(self, text: str, *, id: Any = None, sentences: bool = False) -> _Record:
        """The record of one article: ``{"id": id, "quotes": [...], "mentions": [...]}``,
        plus ``"sentences": [{"start", "end"}]`` when ``sentences`` is true.

        The same record as the CLI's, key for key: ``json.dumps(record, ensure_ascii=False,
        separators=(",", ":"))`` is the line the CLI writes. Offsets are character offsets
        into ``text`` (``text[q["start"]:q["end"]]``). The analysis runs without the GIL.
        """
    @overload
    def pipe(
        self,
        items: Iterable[Union[str, Dict[str, Any]]],
        *,
        threads: Optional[int] = None,
        text_key: str = "text",
        id_key: str = "id",
        keep: Optional[Sequence[str]] = None,
        sentences: bool = False,
        errors: Literal["raise", "record"] = "raise",
        batch_bytes: int = 262144,
        as_json: Literal[False] = False,
    ) -> "PipeIter[_Record]": ...
    @overload
    def pipe(
        self,
        items: Iterable[Union[str, Dict[str, Any]]],
        *,
        threads: Optional[int] = None,
        text_key: str = "text",
        id_key: str = "id",
        keep: Optional[Sequence[str]] = None,
        sentences: bool = False,
        errors: Literal["raise", "record"] = "raise",
        batch_bytes: int = 262144,
        as_json: Literal[True],
    ) -> "PipeIter[str]": ...
    @overload
    def pipe(
        self,
        items: Iterable[Union[str, Dict[str, Any]]],
        *,
        threads: Optional[int] = None,
        text_key: str = "text",
        id_key: str = "id",
        keep: Optional[Sequence[str]] = None,
        sentences: bool = False,
        errors: Literal["raise", "record"] = "raise",
        batch_bytes: int = 262144,
        as_json: bool = False,
    ) -> "PipeIter[Union[_Record, str]]":
        """Analyses many articles in parallel; yields their records in input order.

        ``items`` are texts or dicts (such as those of :func:`read`): a dict's text is
        ``item[text_key]``, its id ``item[id_key]`` (the 0-based position in ``items`` when
        absent or None, as for a text), and ``keep`` names fields to copy into the record
        after the id (None where absent). ``threads`` Rust threads (default: all cores)
        analyse batches of about ``batch_bytes`` of text without the GIL, while the calling
        thread takes items and makes records; at most two batches per thread are in flight,
        so memory stays flat on an endless iterable. The records are the same for every
        ``threads``.

        An item that is not an article (not a str or dict, no text, a text that is not a
        str, an error record of ``read``) raises :class:`QuotewireError` ("item N: reason")
        in its place with ``errors="raise"`` -- iteration may go on after it -- or yields
        ``{"id": ..., "error": "item N: reason"}`` with ``errors="record"``. An exception of
        the iterable itself is raised after the records of the items before it.

        With ``as_json=True`` each record comes as a str: the CLI's JSON line for it
        (without the line end), written by the workers with the library's own writer --
        the fastest way to a file. Ids and kept fields must then be JSON values.
        """

@final
class PipeIter(Iterator[_T], Generic[_T]):
    """The iterator :meth:`Pipeline.pipe` returns."""

    def __iter__(self) -> "PipeIter[_T]": ...
    def __next__(self) -> _T: ...

@final
class Reader(Iterator[Dict[str, Any]]):
    """The iterator :func:`read` returns."""

    def __iter__(self) -> "Reader": ...
    def __next__(self) -> Dict[str, Any]: ...

def read(
    *paths: Union[_StrPath, Sequence[_StrPath]],
    text_key: str = "text",
    id_key: str = "id",
    keep: Optional[Sequence[str]] = None,
    errors: Literal["raise", "record"] = "raise",
) -> Reader:
    """The articles of the CLI's inputs, as ``{"id", "text", *keep}`` dicts, in order.

    ``paths`` are ``.jsonl``/``.ndjson`` files (one article per line; ``text_key`` and
    ``id_key`` name the fields, and a line without an id gets its 1-based line number),
    text files (one article each, the id is the path as given), directories (walked
    recursively in sorted order for ``*.txt``, ``*.jsonl``, ``*.ndjson`` and their ``.gz``)
    or ``"-"`` for stdin; gzip is decompressed on the fly. ``keep`` names JSON fields to
    keep. A file is read in chunks by a thread of its own, so memory stays flat.

    A line or file that cannot be read raises :class:`QuotewireError` naming
    ``FILE:LINE: reason`` when the iteration reaches it (``errors="raise"``; iteration may go
    on after it), or yields ``{"id": None, "error": "FILE:LINE: reason"}`` in its place
    (``errors="record"``), which :meth:`Pipeline.pipe` passes on. Text files with invalid
    UTF-8 are decoded lossily with a :class:`UnicodeWarning`.
    """

def _record_fields(kind: Literal["quotes", "mentions", "sentences"]) -> List[str]: ...
