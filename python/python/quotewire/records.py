"""Types of the records quotewire makes, for annotations: ``record["quotes"]`` is a
``List[Quote]``, ``record["mentions"]`` a ``List[Mention]``. The records themselves are plain
dicts; the repository README documents every field."""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict

__all__ = ["Speaker", "Quote", "Mention", "SentenceSpan", "Article"]


class Speaker(TypedDict):
    """Who said a quotation."""

    name: str
    """The resolved full name (``Vladimir Putin`` for a local "He")."""
    id: Optional[str]
    """The gazetteer id; None for a speaker the gazetteer does not know."""
    mention: str
    """The local mention the rule used: a name, title and surname, pronoun, role phrase."""
    start: int
    end: int


class Quote(TypedDict):
    """A quotation. ``text[start:end]`` is the quotation with its marks."""

    start: int
    end: int
    text: str
    """The content between the marks."""
    kind: Literal["direct", "partial", "scare"]
    speaker: Optional[Speaker]
    cue: Optional[str]
    """The speech verb or phrase the rule used (``said``, ``according to``, ``:`` ...)."""
    sentence: int
    """Index of the sentence holding the opening mark."""
    rule: Optional[str]
    """The attribution rule that fired (see the README), None for scare quotes."""
    confidence: float


class Mention(TypedDict):
    """A gazetteer mention. ``text[start:end] == mention["text"]``."""

    start: int
    end: int
    text: str
    id: str
    name: str
    type: Literal["person", "organization", "place"]
    form: Literal["name", "alias", "surname", "title", "demonym"]
    kind: Optional[str]


class SentenceSpan(TypedDict):
    """A sentence of an article record (with ``sentences=True``)."""

    start: int
    end: int


class Article(TypedDict):
    """An article record without kept fields (``keep`` adds keys after ``id``)."""

    id: object
    quotes: List[Quote]
    mentions: List[Mention]
