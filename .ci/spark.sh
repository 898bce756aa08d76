#!/usr/bin/env bash
# CI: the Spark recipe (scripts/spark/quotewire_spark.py) on local Spark with 2 partitions,
# both forms (rdd.pipe and TRANSFORM ... USING); each must give exactly what a plain run
# gives, but for the "line" of error records, which counts within a partition under Spark.
# Input: the seed fixture with and without its id, a bad line, short articles without ids;
# plus the BBC corpus without its ids when ../shared holds it. Needs Java 17 (on the
# machines); installs pyspark from PyPI in a fresh venv.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }
python3 -c 'import ensurepip, venv' 2>/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; }

cargo build --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/debug/quotewire "$work/quotewire"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q pyspark

# The input: ids present and missing, a line that is not JSON, in both partitions.
python3 - "$work/in.jsonl" <<'PY'
import json, os, sys
seed = json.loads(open("fixtures/seed.jsonl", encoding="utf-8").readline())
lines = [
    json.dumps(seed, ensure_ascii=False),
    "not JSON",
    json.dumps({"id": 7, "text": '"Fine," said Angela Merkel in Berlin.'}),
    # The second partition (the file is split in the middle) starts here.
    json.dumps({"text": seed["text"], "url": "no id"}, ensure_ascii=False),
    json.dumps({"text": '"We are ready," Macron said in Paris.'}),
]
if os.path.exists("../shared/corpus/bbc.jsonl"):
    for line in open("../shared/corpus/bbc.jsonl", encoding="utf-8"):
        article = json.loads(line)
        del article["id"]
        lines.append(json.dumps(article, ensure_ascii=False))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.writelines(line + "\n" for line in lines)
# How many ids to expect: one per given id, one per distinct text without one (BBC repeats
# some articles word for word: they get the same id, as they should).
keys = set()
for line in lines:
    try:
        a = json.loads(line)
    except ValueError:
        continue
    keys.add(("id", a["id"]) if "id" in a else ("text", a["text"]))
with open(sys.argv[1] + ".ids", "w") as f:
    f.write(str(len(keys)))
PY
echo "input: $(wc -l < "$work/in.jsonl") lines"

"$work/quotewire" --threads 1 --missing-id hash --on-error record --input-format jsonl - < "$work/in.jsonl" > "$work/plain.jsonl"
"$work/venv/bin/python" scripts/spark/quotewire_spark.py "$work/quotewire" "$work/in.jsonl" "$work/out" 2 \
  2> "$work/spark.log" || { tail -50 "$work/spark.log"; exit 1; }

"$work/venv/bin/python" - "$work" <<'PY'
import json, sys
work = sys.argv[1]

def records(name):
    out = []
    for line in open(f"{work}/{name}", encoding="utf-8"):
        r = json.loads(line)
        if "error" in r:
            r.pop("line")  # within the partition under Spark
        out.append(r)
    return out

plain = records("plain.jsonl")
ids = {json.dumps(r["id"]) for r in plain if "id" in r}
expected = int(open(f"{work}/in.jsonl.ids").read())
assert len(ids) == expected, f"{len(ids)} distinct ids, {expected} expected"
assert sum("error" in r for r in plain) == 1, "the bad line gives one error record"
for form in ("pipe", "transform"):
    got = records(f"out/{form}.jsonl")
    assert got == plain, f"{form}: {len(got)} records differ from the plain run's {len(plain)}"
    print(f"ok: spark {form}: {len(got)} records equal to the plain run")
PY
echo "spark: all checks passed in $(( $(date +%s) - started ))s"
