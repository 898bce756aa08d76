#!/usr/bin/env bash
# End-to-end throughput and memory of the release binary on a 100 MB news archive.
#
# usage: scripts/bench-e2e.sh [COPIES] [CORPUS]
#   COPIES  how many copies of the corpus make the archive (default 20: BBC x20 ≈ 105 MB)
#   CORPUS  a JSON Lines corpus (default ../shared/corpus/bbc.jsonl)
#
# Reports, in one run on this machine: `wc -w` over the same file (the reference for one
# pass over the text), quotewire with 1 and 2 threads (MB/s, articles/s, peak RSS from
# /usr/bin/time -v), whether both outputs are byte-identical, and the time to first output
# on empty input.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}
corpus=${2:-../shared/corpus/bbc.jsonl}
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/quotewire
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
archive="$work/archive.jsonl"
for _ in $(seq "$copies"); do cat "$corpus"; done > "$archive"
bytes=$(stat -c %s "$archive")
articles=$(wc -l < "$archive")
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
echo "archive: $mb MB, $articles articles ($copies x $corpus); $(nproc) cores, $(uname -m)"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.3f}')" "$1"; }
timed() { # prints wall seconds and peak RSS (KB) of a command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
  cat "$work/time"
}
cat "$archive" > /dev/null # warm the page cache
read -r wc_s wc_kb < <(timed wc -w "$archive")
printf "%-22s %7s s %8s MB/s\n" "wc -w" "$wc_s" "$(python3 -c "print(f'{$bytes/1e6/max($wc_s,1e-3):.0f}')")"
for t in 1 2; do
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --threads "$t" --no-progress "$archive" > "$work/out$t"
  read -r s kb < "$work/time"
  python3 - "$t" "$s" "$kb" "$bytes" "$articles" "$wc_s" <<'PY'
import sys
t, s, kb, size, n, wc = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
s = max(s, 1e-3)
print(f"quotewire --threads {t}   {s:7.2f} s {size/1e6/s:8.0f} MB/s {n/s:9.0f} articles/s  peak RSS {kb/1024:6.1f} MB  {s/max(wc,1e-3):4.1f}x wc -w")
PY
done
read -r s1 _ < <(/usr/bin/time -f "%e %M" "$bin" --threads 1 --no-progress "$archive" 2>&1 >/dev/null | tail -1) || true
if cmp -s "$work/out1" "$work/out2"; then echo "outputs of 1 and 2 threads: byte-identical"; else echo "outputs of 1 and 2 threads DIFFER"; exit 1; fi
start=$(date +%s%N); "$bin" < /dev/null > /dev/null; end=$(date +%s%N)
echo "start-up on empty input: $(( (end - start) / 1000000 )) ms"
