#!/usr/bin/env python3
"""Score the release binary on the seed article and PolNeAR dev; fail below the floors.

Quotations are scored on their own (--kinds direct,partial,scare); every attribution of
PolNeAR dev, indirect statements included, as dev.statements.*.

usage: scores.py BINARY SHARED_DIR FLOORS.json

The floors guard what already holds (each just under the score when it was set); they
are never targets. Prints every score, then the ones below their floor.
"""
import json, re, subprocess, sys, tempfile

binary, shared, floors_path = sys.argv[1:4]
floors = json.load(open(floors_path))
scores = {}

def run(args, out):
    with open(out, "w") as f:
        subprocess.run([binary, *args], stdout=f, check=True)

def score(gold, pred, *extra):
    res = subprocess.run(["python3", f"{shared}/eval/score.py", gold, pred, "--json", *extra],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)

# Quotations alone: the quote records, indirect statements aside.
QUOTES = ("--kinds", "direct,partial,scare")

with tempfile.TemporaryDirectory() as tmp:
    seed_out = f"{tmp}/seed.jsonl"
    run([f"{shared}/seed/article.jsonl"], seed_out)
    for k, v in score(f"{shared}/seed/quotes.gold.jsonl", seed_out, *QUOTES).items():
        scores[f"seed.{k}"] = v
    res = subprocess.run(["python3", f"{shared}/eval/score_mentions.py",
                          f"{shared}/seed/mentions.gold.jsonl", seed_out],
                         capture_output=True, text=True, check=True)
    m = re.search(r"required_found (\d+)/(\d+)\s+false_positives (\d+)\s+wrong_name_or_type (\d+)", res.stdout)
    scores["seed.mentions_found"] = int(m.group(1))
    scores["seed.mentions_false_positives"] = int(m.group(3))
    scores["seed.mentions_wrong"] = int(m.group(4))
    dev_out = f"{tmp}/dev.jsonl"
    run([f"{shared}/eval/polnear-dev/articles.jsonl"], dev_out)
    for k, v in score(f"{shared}/eval/polnear-dev/gold.jsonl", dev_out, *QUOTES).items():
        scores[f"dev.{k}"] = v
    # Every attribution, indirect statements included.
    attributions = f"{shared}/eval/polnear-dev/attributions.jsonl"
    for k, v in score(attributions, dev_out, "--statements").items():
        scores[f"dev.statements.{k}"] = v
    res = subprocess.run(["python3", f"{shared}/eval/score_statements.py", attributions, dev_out, "--json"],
                         capture_output=True, text=True, check=True)
    for group, v in json.loads(res.stdout).items():
        scores[f"dev.statements.{group}.content_recall"] = v["content_recall"]

for k, v in sorted(scores.items()):
    print(f"{k:40} {v}")
failed = []
for k, floor in floors.items():
    if k.endswith(".max"):
        name = k[:-4]
        if scores[name] > floor:
            failed.append(f"{name} = {scores[name]} above its ceiling {floor}")
    elif scores[k] < floor:
        failed.append(f"{k} = {scores[k]} below its floor {floor}")
for f in failed:
    print("REGRESSION:", f)
sys.exit(1 if failed else 0)
