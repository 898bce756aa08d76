"""Tests of the quotewire Python package against the CLI, which they run.

The CLI binary is $QUOTEWIRE_BIN, or target/release/quotewire (then target/debug/quotewire)
of the repository; `.ci/python.sh` builds it.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

import quotewire

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def cli_binary() -> Path:
    env = os.environ.get("QUOTEWIRE_BIN")
    candidates = [Path(env).resolve()] if env else [ROOT / "target" / "release" / "quotewire", ROOT / "target" / "debug" / "quotewire"]
    for c in candidates:
        if c.is_file():
            return c
    pytest.skip(f"no quotewire binary at {candidates[0]} (set QUOTEWIRE_BIN or run cargo build)")


def cli(*args: str, cwd: Path = ROOT) -> list[str]:
    """The CLI's output lines for ``args``."""
    out = subprocess.run([str(cli_binary()), *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8")
    assert out.returncode in (0, 1), out.stderr
    return out.stdout.splitlines()


def dumps(record: dict) -> str:
    """A record as the CLI writes it: compact JSON, UTF-8, keys in the record's order."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@pytest.fixture(scope="module")
def nlp() -> quotewire.Pipeline:
    return quotewire.Pipeline()


# Texts that exercise offsets: accents, curly quotes, emoji (outside the BMP), tabs, CRLF.
ODD_TEXTS = [
    "Tabs\there, a back\\slash, a bell \u0007.\n\"Quote \\ me\",\tsaid Jean-Claude Juncker in Brüssel.\r\n"
    "“It’s fine,” Angela Merkel said. 😀",
    "😀😀 « Nous sommes prêts », a déclaré Emmanuel Macron à Paris. “We are ready,” Macron said in France.",
    "",
    "No quotes here, only London and Ukraine.",
]


def test_seed_is_the_cli_record_byte_for_byte(nlp):
    [expected] = cli("fixtures/seed.txt")
    record = nlp.analyze(SEED_TEXT, id="fixtures/seed.txt")
    assert dumps(record) == expected
    assert len(record["quotes"]) >= 10 and len(record["mentions"]) >= 50
    [expected] = cli("--sentences", "fixtures/seed.txt")
    assert dumps(nlp.analyze(SEED_TEXT, id="fixtures/seed.txt", sentences=True)) == expected


def test_pipe_over_read_is_the_cli_output_with_keep_and_sentences(nlp, tmp_path):
    lines = [{"id": f"a{i}", "url": f"u{i}", "n": i, "text": t} for i, t in enumerate([SEED_TEXT, *ODD_TEXTS])]
    lines.append({"url": "no id", "text": "“Fine,” she said."})
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    expected = cli("--keep", "url,n", "--sentences", str(src))
    got = [dumps(r) for r in nlp.pipe(quotewire.read(src, keep=["url", "n"]), keep=["url", "n"], sentences=True)]
    assert got == expected
    assert json.loads(got[-1])["id"] == len(lines)  # a line without an id: its line number, as in the CLI
    # As JSON lines written by the library's own writer, from the reader and from dicts.
    kw = dict(keep=["url", "n"], sentences=True, as_json=True)
    assert list(nlp.pipe(quotewire.read(src, keep=["url", "n"]), **kw)) == expected
    assert list(nlp.pipe(list(quotewire.read(src, keep=["url", "n"])), threads=2, batch_bytes=500, **kw)) == expected


def test_read_takes_the_cli_inputs(nlp, tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "b.txt").write_text(ODD_TEXTS[0], encoding="utf-8")
    with gzip.open(tmp_path / "d" / "sub" / "a.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": 1, "text": SEED_TEXT}) + "\n\n" + json.dumps({"id": 2, "text": ODD_TEXTS[1]}) + "\n")
    (tmp_path / "d" / "empty.txt").write_text("")
    (tmp_path / "d" / "ignored.csv").write_text("not an input")
    expected = cli("d", cwd=tmp_path)
    # Relative paths, as the CLI was given them: ids are the paths as given.
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        items = list(quotewire.read("d"))
    finally:
        os.chdir(cwd)
    assert [i["id"] for i in items] == ["d/b.txt", 1, 2]
    assert [dumps(r) for r in nlp.pipe(items)] == expected


def test_read_decodes_bad_utf8_lossily_with_a_warning(nlp, tmp_path):
    (tmp_path / "latin1.txt").write_bytes("“C’est prêt,” said Emmanuel Macron in Paris. Caf\xe9.".encode() + b"\xe9!")
    with pytest.warns(UnicodeWarning, match=r"latin1\.txt: invalid UTF-8, decoded lossily"):
        items = list(quotewire.read(tmp_path / "latin1.txt"))
    assert items[0]["text"].endswith("\ufffd!")
    assert [dumps(r) for r in nlp.pipe(items)] == cli(str(tmp_path / "latin1.txt"))


def test_read_takes_stdin():
    code = "import quotewire; print([(a['id'], a['text']) for a in quotewire.read('-')])"

    def run(data: str) -> str:
        return subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, text=True, check=True).stdout.strip()

    assert run('{"id": "a", "text": "One."}\n\n{"text": "Two."}\n') == "[('a', 'One.'), (3, 'Two.')]"
    assert run("Just text.\n") == "[('-', 'Just text.\\n')]"


def test_offsets_slice_python_strings(nlp):
    for text in [SEED_TEXT, *ODD_TEXTS]:
        record = nlp.analyze(text, sentences=True)
        for m in record["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
        for q in record["quotes"]:
            inner = text[q["start"] : q["end"]]
            assert q["text"] in inner
            assert inner.index(q["text"]) <= 1  # after the opening mark
            if q["speaker"]:
                s = q["speaker"]
                assert text[s["start"] : s["end"]] == s["mention"]
        for s in record["sentences"]:
            assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]] != ""
    # The non-BMP text really is counted in characters, not UTF-8 or UTF-16 units.
    record = nlp.analyze(ODD_TEXTS[1])
    assert any(m["text"] == "Emmanuel Macron" for m in record["mentions"])


def many_texts(n: int) -> list:
    """n texts made of the seed's paragraphs and the odd texts, in a fixed shuffled order."""
    paragraphs = [p for p in SEED_TEXT.split("\n") if p.strip()] + ODD_TEXTS
    rng = random.Random(7)
    return ["\n".join(rng.sample(paragraphs, rng.randint(1, 6))) for _ in range(n)]


def test_pipe_is_ordered_and_the_same_for_1_and_2_threads(nlp):
    texts = many_texts(300)
    # Small batches: many of them in flight, finishing out of order.
    one = list(nlp.pipe(texts, threads=1, batch_bytes=2000))
    two = list(nlp.pipe(iter(texts), threads=2, batch_bytes=2000))
    assert one == two
    assert [r["id"] for r in two] == list(range(len(texts)))
    assert [dumps(r) for r in two] == [dumps(nlp.analyze(t, id=i)) for i, t in enumerate(texts)]
    dicts = [{"id": f"x{i}", "body": t, "src": i % 3} for i, t in enumerate(texts[:50])]
    recs = list(nlp.pipe(dicts, threads=2, text_key="body", keep=["src"], batch_bytes=500))
    assert [(r["id"], r["src"]) for r in recs] == [(d["id"], d["src"]) for d in dicts]
    assert list(recs[0]) == ["id", "src", "quotes", "mentions"]


def test_building_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,type,name\nperson:a,person,Ann Smith\nperson:a,person,Ann Smyth\n")
    with pytest.raises(quotewire.QuotewireError, match=r"bad\.csv:3: duplicate id"):
        quotewire.Pipeline(gazetteers=[bad])
    abbr = tmp_path / "abbr.txt"
    abbr.write_text("Dr\n[bogus]\n")
    with pytest.raises(quotewire.QuotewireError, match=r"abbr\.txt:2: unknown section"):
        quotewire.Pipeline(abbreviations=[str(abbr)])
    with pytest.raises(quotewire.QuotewireError, match="missing.csv"):
        quotewire.Pipeline(gazetteers=[tmp_path / "missing.csv"])


def test_own_gazetteer_alone():
    g = Path(__file__).parent / "people.csv"
    nlp = quotewire.Pipeline(gazetteers=[g], default_gazetteer=False)
    record = nlp.analyze("Ann Smith went to Paris. “Fine,” Smith said.")
    assert [(m["id"], m["text"]) for m in record["mentions"]] == [("person:ann", "Ann Smith"), ("person:ann", "Smith")]
    assert record["quotes"][0]["speaker"]["id"] == "person:ann"


def test_read_errors_name_file_and_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Fine."}\n{oops\n{"id": 3}\n{"id": 4, "text": "Good."}\n')
    it = quotewire.read(src)
    assert next(it)["id"] == 1
    with pytest.raises(quotewire.QuotewireError, match=r"in\.jsonl:2: invalid JSON"):
        next(it)
    with pytest.raises(quotewire.QuotewireError, match=r'in\.jsonl:3: no "text" field'):
        next(it)
    assert next(it)["id"] == 4
    with pytest.raises(quotewire.QuotewireError, match="nowhere.jsonl"):
        list(quotewire.read(tmp_path / "nowhere.jsonl"))
    items = list(quotewire.read(src, errors="record"))
    assert [i.get("error", "").split(": ")[0] for i in items] == ["", f"{src}:2", f"{src}:3", ""]
    # pipe passes read's error records on, in their places.
    nlp = quotewire.Pipeline()
    recs = list(nlp.pipe(items, errors="record"))
    assert [r["id"] for r in recs] == [1, 1, 2, 4]  # no id: the position in the iterable
    assert recs[1]["error"].startswith(f"{src}:2: invalid JSON")


def test_pipe_over_a_reader_is_pipe_over_its_dicts(nlp, tmp_path):
    """pipe takes a reader's articles without making dicts: the records are the same."""
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "url": f"u{i}", "n": i, "text": t}) for i, t in enumerate(many_texts(40))]
    lines[5] = "{oops"
    lines[9] = json.dumps({"id": 9, "title": "no text"})
    lines[12] = json.dumps({"url": "no id", "text": "Paris."})
    src.write_text("\n".join(lines) + "\n")
    for keep in ([], ["n"], ["url", "missing"]):
        fast = list(nlp.pipe(quotewire.read(src, keep=["url", "n"], errors="record"), keep=keep, errors="record", batch_bytes=3000))
        slow = list(nlp.pipe(list(quotewire.read(src, keep=["url", "n"], errors="record")), keep=keep, errors="record"))
        assert fast == slow
        assert [r["id"] for r in fast][4:14] == [4, 5, 6, 7, 8, 9, 10, 11, 13, 13]
        assert fast[5]["error"].startswith(f"{src}:6: invalid JSON")
    # A reader that raises ends the input after the records before the bad line.
    got = []
    with pytest.raises(quotewire.QuotewireError, match=r"in\.jsonl:6: invalid JSON"):
        for r in nlp.pipe(quotewire.read(src), threads=2, batch_bytes=100):
            got.append(r["id"])
    assert got == [0, 1, 2, 3, 4]


def test_bad_items_raise_or_yield_error_records(nlp):
    items = ["“Fine,” Macron said.", 42, {"id": "d", "text": None}, {"title": "no text"}, "Paris."]
    recs = list(nlp.pipe(items, errors="record", threads=2))
    assert [r["id"] for r in recs] == [0, 1, "d", 3, 4]
    assert recs[1] == {"id": 1, "error": "item 1: expected a str or a dict, got int"}
    assert recs[2]["error"] == 'item 2: field "text" is not a str (got NoneType)'
    assert recs[3]["error"] == 'item 3: no "text" field'
    assert recs[4]["mentions"][0]["text"] == "Paris"
    assert list(nlp.pipe(items, errors="record", as_json=True)) == [dumps(r) for r in recs]
    [bad] = nlp.pipe([{"id": object(), "text": "x"}], errors="record", as_json=True)
    assert json.loads(bad)["error"] == "item 0: id: a object, which JSON has not"
    it = nlp.pipe(items)
    assert next(it)["id"] == 0
    with pytest.raises(quotewire.QuotewireError, match="item 1: expected a str"):
        next(it)
    with pytest.raises(quotewire.QuotewireError, match="item 2"):
        next(it)
    with pytest.raises(quotewire.QuotewireError, match="item 3"):
        next(it)
    assert next(it)["id"] == 4
    with pytest.raises(StopIteration):
        next(it)
    with pytest.raises(ValueError, match="errors="):
        nlp.pipe(items, errors="ignore")
    with pytest.raises(ValueError, match="keep="):
        nlp.pipe(items, keep=["quotes"])


def test_an_exception_of_the_input_comes_after_the_records_before_it(nlp):
    def gen():
        yield from many_texts(20)
        raise KeyError("boom")

    it = nlp.pipe(gen(), threads=2, batch_bytes=100)
    got = []
    with pytest.raises(KeyError, match="boom"):
        for r in it:
            got.append(r)
    assert [r["id"] for r in got] == list(range(20))


def test_pipe_releases_the_gil(nlp):
    """While Rust analyses a long text, another Python thread runs.

    The switch interval is made so long that the interpreter never takes the GIL from the
    main thread: the other thread can run inside `next(it)` only if pipe gives it up.
    """
    big = "\n".join([SEED_TEXT] * 250)  # about 5 MB: a good fraction of a second of work
    inside = [False]
    seen = []
    ready, go = threading.Event(), threading.Event()

    def other():
        ready.set()
        go.wait()
        seen.append(inside[0])

    old = sys.getswitchinterval()
    sys.setswitchinterval(100.0)
    try:
        t = threading.Thread(target=other)
        t.start()
        ready.wait()
        it = nlp.pipe([big], threads=1)
        inside[0] = True
        go.set()
        record = next(it)
        inside[0] = False
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert len(record["quotes"]) > 1000
    assert seen == [True], "the other thread ran only after pipe had returned"


def test_flat_views(nlp, tmp_path):
    src = tmp_path / "in.jsonl"
    texts = [SEED_TEXT, *ODD_TEXTS]
    src.write_text("".join(json.dumps({"id": i, "url": f"u{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    records = list(nlp.pipe(quotewire.read(src, keep=["url"]), keep=["url"]))
    rows = quotewire.quotes(records, as_frame=False)
    expected = [json.loads(x) for x in cli("--emit", "quotes", "--keep", "url", str(src))]
    flat = []
    for e in expected:
        s = e.pop("speaker") or {}
        e2 = {k: e[k] for k in ("article", "url", "start", "end", "text", "kind")}
        e2.update({f"speaker_{k}": s.get(k) for k in ("name", "title", "type", "id", "mention", "start", "end")})
        e2.update({k: e[k] for k in ("cue", "sentence", "rule", "confidence", "statement", "act")})
        flat.append(e2)
    assert rows == flat
    # The CSV's columns, under the JSON names (the CSV says start_char for SQL).
    header = cli("--emit", "quotes", "--format", "csv", "--keep", "url", str(src))[0].split(",")
    header = [h.strip('"').replace("_char", "") for h in header]
    assert list(rows[0]) == header
    mrows = quotewire.mentions(records, as_frame=False)
    assert mrows == [json.loads(x) for x in cli("--emit", "mentions", "--keep", "url", str(src))]
    assert quotewire.quotes([{"id": 1, "error": "x"}], as_frame=False) == []


def test_flat_views_as_dataframes(nlp):
    pd = pytest.importorskip("pandas")
    records = list(nlp.pipe([SEED_TEXT, ODD_TEXTS[1]]))
    df = quotewire.quotes(records)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == sum(len(r["quotes"]) for r in records)
    assert list(df.columns)[:3] == ["article", "start", "end"]
    counts = df.dropna(subset=["speaker_name"]).groupby("speaker_name").size().to_dict()
    expected = Counter(q["speaker"]["name"] for r in records for q in r["quotes"] if q["speaker"])
    assert counts == dict(expected) and len(counts) >= 3
    m = quotewire.mentions(records)
    assert set(m["type"]) <= {"person", "organization", "place"}
    assert list(quotewire.mentions([], as_frame=True).columns)[0] == "article"


def test_importing_quotewire_does_not_import_pandas():
    code = "import sys, quotewire; quotewire.Pipeline; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
