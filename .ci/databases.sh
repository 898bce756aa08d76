#!/usr/bin/env bash
# CI: quotewire's CSV and JSON Lines loaded into real PostgreSQL, SQLite and DuckDB with the
# shipped DDL (schema/*.sql), the way the README's recipes do it; the counts and typed
# queries of .ci/db-queries.sql must equal what .ci/db-expected.py computes from the JSON
# Lines. Input: the seed fixture, plus the BBC corpus when ../shared holds it.
# Installs what it needs (Debian's postgresql and sqlite3, duckdb from PyPI in a venv).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v sqlite3 >/dev/null || need+=(sqlite3)
python3 -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

cargo build --quiet
qw=$PWD/target/debug/quotewire
work=$(mktemp -d)
pgdata=""
cleanup() {
  if [ -n "$pgdata" ]; then su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

inputs=(fixtures/seed.jsonl)
[ -f ../shared/corpus/bbc.jsonl ] && inputs+=(../shared/corpus/bbc.jsonl)
echo "inputs: ${inputs[*]}"
for kind in quotes mentions sentences; do
  "$qw" --threads 2 --emit "$kind" --format csv "${inputs[@]}" > "$work/$kind.csv"
  "$qw" --threads 2 --emit "$kind" "${inputs[@]}" > "$work/$kind.jsonl"
done
python3 .ci/db-expected.py "$work" > "$work/expected.txt"
cat "$work/expected.txt"

check() { # engine, file with its answers
  if diff -u "$work/expected.txt" "$2"; then echo "ok: $1"; else echo "FAIL: $1 differs from the JSON Lines"; exit 1; fi
}

# --- PostgreSQL: a throwaway server on loopback, run as the postgres user.
pgdata=$work/pg
mkdir -p "$pgdata" && chown postgres "$pgdata" && chmod 755 "$work"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
su postgres -s /bin/sh -c "$pgbin/initdb -D $pgdata --no-locale -E UTF8 -A trust" >/dev/null
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdata -w -l $pgdata/log -o \"-c listen_addresses=127.0.0.1 -p $port -k $pgdata\" start" >/dev/null
chmod 644 "$work"/*.csv
(
  cd "$work"
  psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  "${psql[@]}" -c 'CREATE DATABASE news'
  "${psql[@]}" -d news -f "$OLDPWD/schema/postgres.sql"
  "${psql[@]}" -d news -c "\copy quotes FROM 'quotes.csv' WITH (FORMAT csv, HEADER)" \
                       -c "\copy mentions FROM 'mentions.csv' WITH (FORMAT csv, HEADER)" \
                       -c "\copy sentences FROM 'sentences.csv' WITH (FORMAT csv, HEADER)"
  "${psql[@]}" -d news -At -F '|' -f "$OLDPWD/.ci/db-queries.sql" > postgres.txt
)
check postgres "$work/postgres.txt"

# --- SQLite: the sqlite3 command line.
(
  cd "$work"
  sqlite3 news.db < "$OLDPWD/schema/sqlite.sql"
  sqlite3 news.db '.import --csv --skip 1 quotes.csv quotes' \
                  '.import --csv --skip 1 mentions.csv mentions' \
                  '.import --csv --skip 1 sentences.csv sentences'
  sqlite3 news.db < "$OLDPWD/schema/sqlite-nulls.sql"
  sqlite3 news.db < "$OLDPWD/.ci/db-queries.sql" > sqlite.txt
  # Typed columns: an offset is an integer, not text compared as a string.
  [ "$(sqlite3 news.db "SELECT count(*) FROM quotes WHERE typeof(start_char) <> 'integer' OR typeof(speaker_start_char) NOT IN ('integer', 'null')")" = 0 ]
)
check sqlite "$work/sqlite.txt"

# --- DuckDB: its Python package, CSV with the shipped DDL, CSV read with no options, JSON.
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q duckdb
"$work/venv/bin/python" - "$work" <<'PY'
import sys
import duckdb

work = sys.argv[1]
queries = [q for q in open(".ci/db-queries.sql").read().split(";") if "SELECT" in q]
ddl = open("schema/duckdb.sql").read()

def answers(con, path):
    with open(path, "w") as out:
        for q in queries:
            for name, value in con.execute(q).fetchall():
                out.write(f"{name}|{'' if value is None else value}\n")

# CSV into the shipped tables.
con = duckdb.connect(f"{work}/news.duckdb")
con.execute(ddl)
for t in ("quotes", "mentions", "sentences"):
    # allow_quoted_nulls false: a quoted "" is an empty text (a quotation can be empty), not NULL.
    con.execute(f"COPY {t} FROM '{work}/{t}.csv' (HEADER, allow_quoted_nulls false)")
answers(con, f"{work}/duckdb-csv.txt")

# CSV with no options at all: read_csv sniffs it (every text quoted, so nothing after the
# sample can surprise it).
con = duckdb.connect()
for t in ("quotes", "mentions", "sentences"):
    con.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv('{work}/{t}.csv')")
answers(con, f"{work}/duckdb-sniffed.txt")

# JSON Lines into the shipped tables: the speaker object flattened, offsets renamed.
con = duckdb.connect()
con.execute(ddl)
con.execute(f"""INSERT INTO quotes BY NAME SELECT article, "start" AS start_char, "end" AS end_char, text, kind,
    speaker.name AS speaker_name, speaker.title AS speaker_title, speaker.type AS speaker_type, speaker.id AS speaker_id, speaker.mention AS speaker_mention,
    speaker."start" AS speaker_start_char, speaker."end" AS speaker_end_char, cue, sentence, rule, confidence, statement, act
    FROM read_json('{work}/quotes.jsonl')""")
con.execute(f"""INSERT INTO mentions BY NAME SELECT article, "start" AS start_char, "end" AS end_char, text, id,
    name, type, form, kind, rule FROM read_json('{work}/mentions.jsonl')""")
con.execute(f"""INSERT INTO sentences BY NAME SELECT article, "index" AS sentence, "start" AS start_char,
    "end" AS end_char, paragraph, text FROM read_json('{work}/sentences.jsonl')""")
answers(con, f"{work}/duckdb-json.txt")
PY
check "duckdb csv" "$work/duckdb-csv.txt"
check "duckdb csv, read_csv without options" "$work/duckdb-sniffed.txt"
check "duckdb json" "$work/duckdb-json.txt"
echo "databases: all checks passed in $(( $(date +%s) - started ))s"
