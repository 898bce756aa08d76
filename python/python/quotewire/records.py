"""Types of the records quotewire makes, for annotations: ``record["quotes"]`` is a
``List[Quote]``, ``record["mentions"]`` a ``List[Mention]``. The records themselves are plain
dicts; the repository README documents every field."""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict

__all__ = ["Speaker", "Quote", "Mention", "SentenceSpan", "Article"]


class Speaker(TypedDict):
    """Who said a quotation."""

    name: Optional[str]
    """The resolved full name, titles apart (``Vladimir Putin`` for a local "He"); None for
    a pronoun whose antecedent was not found (a pronoun is never a name)."""
    title: Optional[str]
    """A title, party or role given with the name (``Tory``, ``MP``, ``a senior analyst``)."""
    type: Literal["person", "organization", "role"]
    """``role`` for an unnamed role phrase (``a spokesman``)."""
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
    kind: Literal["direct", "partial", "scare", "indirect"]
    """``indirect``: a reported statement without quotation marks; its span is the content."""
    speaker: Optional[Speaker]
    cue: Optional[str]
    """The speech verb or phrase the rule used (``said``, ``according to``, ``:`` ...)."""
    sentence: int
    """Index of the sentence holding the opening mark."""
    rule: Optional[str]
    """The attribution rule that fired (see the README), None for scare quotes."""
    confidence: float
    """Rounded to 3 decimals."""
    statement: Optional[int]
    """For a quotation inside an indirect statement, that statement's index in ``quotes``."""


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
    rule: Literal["ranked", "earlier", "country"]
    """Which rule chose the entity among those sharing its name."""


class SentenceSpan(TypedDict):
    """A sentence of an article record (with ``sentences=True``)."""

    start: int
    end: int


class Article(TypedDict):
    """An article record without kept fields (``keep`` adds keys after ``id``)."""

    id: object
    quotes: List[Quote]
    mentions: List[Mention]
