#!/usr/bin/env python3
"""Throwaway quality checker for the gazetteers (not used by quotewire itself).

    python3 gazetteers/check_fp.py top  [N]      most frequent matched surface forms in the BBC corpus
    python3 gazetteers/check_fp.py sample [N]    N random matches with context (seeded)
    python3 gazetteers/check_fp.py seed          gold coverage + spurious matches on the seed article

Naive matcher: whole-word, case-sensitive (or case-insensitive for '~' aliases),
longest match wins, stop-listed forms skipped, surnames of multi-word person
names also matched. Reads /work/shared (never copied into the repo).
"""
import csv, json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("QW_SHARED", "/work/shared")
FILES = ["countries.csv", "regions.csv", "cities.csv", "people.csv", "organizations.csv"]


def load():
    stop = set()
    for line in open(os.path.join(HERE, "stoplist.txt"), encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            stop.add(line)
    forms = {}
    for fn in FILES:
        for r in csv.DictReader(open(os.path.join(HERE, fn), encoding="utf-8")):
            fs = [(r["name"], "name")] + [(a, "alias") for a in (r.get("aliases") or "").split("|") if a]
            fs += [(d, "demonym") for d in (r.get("demonyms") or "").split("|") if d]
            if r["type"] == "person":
                toks = r["name"].split()
                if len(toks) >= 2 and not re.fullmatch(r"[IVX]+", toks[-1]):
                    fs.append((toks[-1], "surname"))
            for f, how in fs:
                f = f.lstrip("~")
                if f in stop:
                    continue
                forms.setdefault(f, []).append((r["id"], r["type"], r["name"], how))
    return forms, stop


def compile_matcher(forms):
    # index by first token for speed
    first = {}
    for f in forms:
        toks = re.findall(r"\w+|[^\w\s]", f)
        if toks:
            first.setdefault(toks[0], []).append(f)
    for k in first:
        first[k].sort(key=len, reverse=True)
    return first


TOK = re.compile(r"\w+|[^\w\s]")


def find(text, first, forms):
    """Longest match; a person's bare surname only counts after the full name
    (or an alias) of that person occurred earlier in the same text."""
    raw = _find(text, first, forms)
    seen_people = set()
    out = []
    for s, e, f in raw:
        ents = forms[f]
        if all(x[3] == "surname" for x in ents):
            if not any(x[0] in seen_people for x in ents):
                continue
        for x in ents:
            if x[1] == "person" and x[3] != "surname":
                seen_people.add(x[0])
        out.append((s, e, f))
    return out


def _find(text, first, forms):
    out = []
    i = 0
    n = len(text)
    for m in TOK.finditer(text):
        if m.start() < i:
            continue
        cands = first.get(m.group())
        if not cands:
            continue
        for f in cands:
            e = m.start() + len(f)
            if text.startswith(f, m.start()) and (e >= n or not (text[e].isalnum() or text[e] == "_")
                                                  or not f[-1].isalnum()):
                if m.start() > 0 and (text[m.start() - 1].isalnum()):
                    continue
                out.append((m.start(), e, f))
                i = e
                break
    return out


def corpus():
    path = os.environ.get("CORPUS", os.path.join(SHARED, "corpus", "bbc.jsonl"))
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        yield d["id"], d["text"]


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "top"
    forms, stop = load()
    first = compile_matcher(forms)
    if mode == "top":
        N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
        c = Counter()
        for _, t in corpus():
            for s, e, f in find(t, first, forms):
                c[f] += 1
        for f, k in c.most_common(N):
            ents = forms[f]
            print(k, f, "=>", "; ".join(f"{x[0]}({x[3]})" for x in ents[:3]), "+%d" % (len(ents) - 3) if len(ents) > 3 else "")
    elif mode == "sample":
        N = int(sys.argv[2]) if len(sys.argv) > 2 else 200
        allm = []
        for did, t in corpus():
            for s, e, f in find(t, first, forms):
                allm.append((did, t, s, e, f))
        random.seed(int(os.environ.get("SEED", "42")))
        print(f"# {len(allm)} matches in corpus; sample of {N}")
        for did, t, s, e, f in random.sample(allm, N):
            ctx = t[max(0, s - 50):e + 50].replace("\n", " ")
            print(f"{did}\t{f}\t{forms[f][0][0]}\t…{ctx}…")
    elif mode == "seed":
        text = open(os.path.join(SHARED, "seed", "article.txt"), encoding="utf-8").read()
        gold = [json.loads(l) for l in open(os.path.join(SHARED, "seed", "mentions.gold.jsonl"))]
        # coverage: some row with that type whose name contains gold name, and surface form listed
        ok = bad = 0
        for g in gold:
            ents = forms.get(g["text"], [])
            hit = [x for x in ents if x[1] == g["type"] and (g["name"] in x[2] or x[2] in g["name"])]
            if hit:
                ok += 1
            else:
                bad += 1
                print("MISSING", g["required"], g["text"], g["type"], g["name"], "have:", ents[:3])
        print(f"gold covered {ok}/{ok + bad}")
        spans = {(g["start"], g["end"]) for g in gold}
        for s, e, f in find(text, first, forms):
            if (s, e) not in spans:
                print("SPURIOUS", s, e, f, forms[f][:2])
        for w in ("American", "Air Force One", "Air Force", "Americans"):
            if w in forms:
                print("WARNING form present:", w, forms[w])


if __name__ == "__main__" and sys.argv[1:2] != ["suggest"]:
    main()


def suggest():
    """Place forms often preceded by a given name ("Ken Livingstone") in the
    corpora: candidates for curated/stoplist-manual.txt (review by hand)."""
    forms, stop = load()
    first = compile_matcher(forms)
    given = set()
    for fn in ("given-names-male.txt", "given-names-female.txt"):
        given.update(l.strip() for l in open(os.path.join(HERE, fn), encoding="utf-8"))
    tot, after_name = Counter(), Counter()
    paths = [os.path.join(SHARED, "corpus", "bbc.jsonl"),
             os.path.join(SHARED, "eval", "polnear-train", "articles.jsonl")]
    for path in paths:
        for line in open(path, encoding="utf-8"):
            t = json.loads(line)["text"]
            for s, e, f in find(t, first, forms):
                if not all(x[1] == "place" for x in forms[f]):
                    continue
                tot[f] += 1
                prev = re.search(r"([A-Z][a-z]+\.?)\s+$", t[max(0, s - 30):s])
                if prev and (prev.group(1) in given or prev.group(1) in ("Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.", "Dr", "Dr.")):
                    after_name[f] += 1
    for f, k in sorted(after_name.items(), key=lambda x: -x[1]):
        if k >= 2 and k / tot[f] >= 0.3:
            print(f"{f}\t{k}/{tot[f]}\t{forms[f][0][0]}")


if __name__ == "__main__" and sys.argv[1:2] == ["suggest"]:
    suggest()
