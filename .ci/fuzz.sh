#!/usr/bin/env bash
# CI: each cargo-fuzz target (fuzz/) for a short run — only where a nightly toolchain is
# present; skipped cleanly otherwise. FUZZ_SECONDS per target (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-15}
if [ "${SKIP_FUZZ:-0}" = 1 ]; then echo "== fuzz: SKIP_FUZZ=1, skipped"; exit 0; fi
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "== fuzz: no nightly toolchain, skipped"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  if ! cargo install --locked cargo-fuzz >/dev/null 2>&1; then
    echo "== fuzz: cargo-fuzz could not be installed, skipped"
    exit 0
  fi
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for target in analyze json_line reader; do
  echo "== fuzz $target (${secs}s)"
  if ! cargo +nightly fuzz run "$target" -- -max_total_time="$secs" -rss_limit_mb=2048 >"$log" 2>&1; then
    tail -60 "$log"
    exit 1
  fi
  grep -E "^Done [0-9]+ runs" "$log" || tail -2 "$log"
done
