#!/usr/bin/env bash
# CI: each fuzz target (fuzz/) for a short run — only where a nightly toolchain is present;
# skipped cleanly otherwise. FUZZ_SECONDS per target (default 15); SKIP_FUZZ=1 skips.
#
# The targets are built with the coverage instrumentation cargo-fuzz uses (sancov, libFuzzer
# from the libfuzzer-sys crate) but without installing cargo-fuzz and without AddressSanitizer:
# compiling cargo-fuzz and an ASan build of every dependency took most of this step's time on
# 2 cores, and the crate has no unsafe code for ASan to watch. For long runs use cargo-fuzz
# itself (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-15}
if [ "${SKIP_FUZZ:-0}" = 1 ]; then echo "== fuzz: SKIP_FUZZ=1, skipped"; exit 0; fi
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "== fuzz: no nightly toolchain, skipped"
  exit 0
fi
triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
export CARGO_TARGET_DIR=fuzz/target
cargo +nightly build --quiet --release --manifest-path fuzz/Cargo.toml --target "$triple" --bins
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$log" "$work"' EXIT
for target in analyze json_line reader; do
  echo "== fuzz $target (${secs}s)"
  mkdir -p "$work/$target"
  if ! "fuzz/target/$triple/release/$target" "$work/$target" -max_total_time="$secs" -rss_limit_mb=2048 \
      -artifact_prefix="$work/" >"$log" 2>&1; then
    tail -60 "$log"
    exit 1
  fi
  grep -E "^Done [0-9]+ runs" "$log" || tail -2 "$log"
done
