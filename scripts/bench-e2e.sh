#!/usr/bin/env bash
# End-to-end throughput and memory of the release binary on a 100 MB news archive.
#
# usage: [RUNS=3] [QUOTEWIRE=BIN] scripts/bench-e2e.sh [--big] [COPIES] [CORPUS]
#   --big   also run one thread on a 5x larger archive (BBC x100 ≈ 523 MB) to show that
#           peak memory does not grow with the input
#   COPIES  how many copies of the corpus make the archive (default 20: BBC x20 ≈ 105 MB)
#   CORPUS  a JSON Lines corpus (default ../shared/corpus/bbc.jsonl)
#
# Reports, in one run on this machine: `wc -w` over the same file (the reference for one
# pass over the text), quotewire with 1 and 2 worker threads (MB/s, articles/s, peak RSS
# and CPU time from /usr/bin/time -v), whether both outputs are byte-identical, and the
# time to exit on empty input. Every timing is the best of RUNS runs (default 3): other
# jobs on a shared machine only ever make a run slower. MB is 10^6 bytes.
#
# "--threads 1" is one worker thread plus a reader thread (reads and cuts the input) and
# the main thread (writes the output in order); both are light.
set -euo pipefail
cd "$(dirname "$0")/.."
big=false
if [ "${1:-}" = --big ]; then big=true; shift; fi
copies=${1:-20}
corpus=${2:-../shared/corpus/bbc.jsonl}
runs=${RUNS:-3}
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
# QUOTEWIRE=path/to/binary measures another build (say, of main) instead.
bin=${QUOTEWIRE:-target/release/quotewire}
[ -n "${QUOTEWIRE:-}" ] || cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_archive() { for _ in $(seq "$1"); do cat "$corpus"; done > "$2"; }
archive="$work/archive.jsonl"
make_archive "$copies" "$archive"
bytes=$(stat -c %s "$archive")
articles=$(wc -l < "$archive")
echo "archive: $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $articles articles ($copies x $corpus)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -m); best of $runs runs"

# best RUNS CMD...: runs CMD (stdout to $work/out) RUNS times; prints the fastest run's
# "wall_s peak_rss_kb user_s sys_s".
best() {
  local n=$1 line best_line="" ; shift
  for _ in $(seq "$n"); do
    /usr/bin/time -v -o "$work/time" "$@" > "$work/out"
    line=$(awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
      /Maximum resident/ { kb = $2 } /User time/ { u = $2 } /System time/ { y = $2 }
      END { printf "%.3f %d %.2f %.2f\n", s, kb, u, y }' "$work/time")
    if [ -z "$best_line" ] || awk -v a="${line%% *}" -v b="${best_line%% *}" 'BEGIN { exit !(a < b) }'; then
      best_line=$line
    fi
  done
  echo "$best_line"
}
report() { # label seconds rss_kb user sys size articles reference_seconds
  awk -v l="$1" -v s="$2" -v kb="$3" -v u="$4" -v y="$5" -v size="$6" -v n="$7" -v ref="$8" 'BEGIN {
    s = (s < 1e-3) ? 1e-3 : s
    printf "%-22s %6.2f s %6.0f MB/s %8.0f articles/s  peak RSS %5.1f MB  CPU %5.2f s (user %.2f + sys %.2f)", l, s, size / 1e6 / s, n / s, kb / 1024, u + y, u, y
    if (ref > 0) printf "  %.2fx wc -w", s / ref
    printf "\n" }'
}

cat "$archive" > /dev/null # warm the page cache
read -r wc_s wc_kb wc_u wc_y < <(best "$runs" wc -w "$archive")
report "wc -w" "$wc_s" "$wc_kb" "$wc_u" "$wc_y" "$bytes" "$articles" 0
declare -A secs
for t in 1 2; do
  read -r s kb u y < <(best "$runs" "$bin" --threads "$t" --no-progress "$archive")
  cp "$work/out" "$work/out$t"
  secs[$t]=$s
  report "quotewire --threads $t" "$s" "$kb" "$u" "$y" "$bytes" "$articles" "$wc_s"
done
awk -v a="${secs[1]}" -v b="${secs[2]}" 'BEGIN { printf "2 threads / 1 thread: %.2fx faster\n", a / b }'
if cmp -s "$work/out1" "$work/out2"; then echo "outputs of 1 and 2 threads: byte-identical"; else echo "outputs of 1 and 2 threads DIFFER"; exit 1; fi
rm -f "$work/out1" "$work/out2"

# Start-up: the best of 10 runs on empty input, wall time in milliseconds.
startup=999999
for _ in $(seq 10); do
  start=$(date +%s%N); "$bin" < /dev/null > /dev/null; end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 )); [ "$ms" -lt "$startup" ] && startup=$ms
done
echo "start-up to exit on empty input: $startup ms (best of 10)"

if $big; then
  rm -f "$archive"
  big_archive="$work/big.jsonl"
  make_archive $((copies * 5)) "$big_archive"
  big_bytes=$(stat -c %s "$big_archive")
  read -r s kb u y < <(best 1 "$bin" --threads 1 --no-progress "$big_archive")
  report "--threads 1, x5 input" "$s" "$kb" "$u" "$y" "$big_bytes" "$(wc -l < "$big_archive")" 0
fi
