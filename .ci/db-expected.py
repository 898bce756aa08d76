#!/usr/bin/env python3
"""The figures of .ci/db-queries.sql, computed from quotewire's JSON Lines.

usage: db-expected.py DIR   (DIR holds quotes.jsonl, mentions.jsonl, sentences.jsonl)
"""
import collections
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(d):
    q = load(f"{d}/quotes.jsonl")
    m = load(f"{d}/mentions.jsonl")
    s = load(f"{d}/sentences.jsonl")
    sp = [r["speaker"] for r in q if r["speaker"]]
    sentence_keys = {(str(r["article"]), r["index"]) for r in s}
    # A speaker without a name (an unresolved pronoun) has NULL as speaker_name.
    speakers = collections.Counter(x["name"] for x in sp if x["name"] is not None)
    top = min(speakers.items(), key=lambda kv: (-kv[1], kv[0].encode("utf-8"))) if speakers else None
    rows = [
        ("quotes", len(q)),
        ("mentions", len(m)),
        ("sentences", len(s)),
        ("late_quotes", sum(r["start"] > 1000 for r in q)),
        ("no_speaker", sum(r["speaker"] is None or r["speaker"]["name"] is None for r in q)),
        ("no_speaker_start", sum(r["speaker"] is None for r in q)),
        ("speaker_before", sum(r["speaker"] is not None and r["speaker"]["end"] <= r["start"] for r in q)),
        ("confident", sum(r["confidence"] >= 0.8 for r in q)),
        ("quote_chars", sum(r["end"] - r["start"] for r in q)),
        ("place_chars", sum(r["end"] - r["start"] for r in m if r["type"] == "place")),
        ("no_kind", sum(r["kind"] is None for r in m)),
        ("sentence_chars", sum(r["end"] - r["start"] for r in s)),
        ("last_paragraph", max(r["paragraph"] for r in s)),
        ("in_sentences", sum((str(r["article"]), r["sentence"]) in sentence_keys for r in q)),
        ("top_speaker", f"{top[0]}:{top[1]}" if top else ""),
        ("statements", sum(r["kind"] in ("direct", "indirect") for r in q)),
        ("in_statement", sum(r["statement"] is not None for r in q)),
        ("people", sum(r["speaker"] is not None and r["speaker"]["type"] == "person" for r in q)),
        ("speech", sum(r["act"] == "speech" for r in q)),
        ("no_act", sum(r["act"] is None for r in q)),
    ]
    for name, value in rows:
        print(f"{name}|{value}")


if __name__ == "__main__":
    main(sys.argv[1])
