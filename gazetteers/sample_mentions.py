#!/usr/bin/env python3
"""A seeded random sample of quotewire's mentions, each in its context, to judge by hand.

    quotewire --emit mentions ARTICLES.jsonl > M.jsonl
    python3 gazetteers/sample_mentions.py ARTICLES.jsonl M.jsonl [N=300] [SEED=15]

Prints one line per sampled mention: number, the mention [[in brackets]] with 90
characters either side, the entity id, type, form and rule. Reads the corpora in
place (../shared); nothing is written.
"""
import json
import random
import sys


def main():
    articles, mentions = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    texts = {}
    for line in open(articles, encoding="utf-8"):
        r = json.loads(line)
        texts[str(r["id"])] = r["text"]
    ms = [json.loads(line) for line in open(mentions, encoding="utf-8")]
    rng = random.Random(seed)
    for i, m in enumerate(sorted(rng.sample(range(len(ms)), min(n, len(ms))))):
        m = ms[m]
        t = texts[str(m["article"])]
        s, e = m["start"], m["end"]
        ctx = (t[max(0, s - 90):s] + "[[" + t[s:e] + "]]" + t[e:e + 90]).replace("\n", " / ")
        print(f"{i + 1:3} {ctx}  => {m['id']} {m['type']} {m['form']} {m['rule']}")


main()
