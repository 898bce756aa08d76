#!/usr/bin/env bash
# CI: the library without its `cli` feature: none of the command line's crates in its
# dependency tree, and it builds (warnings, missing docs included, are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
cli_crates=$(cargo tree -e normal --no-default-features --prefix none | grep -E '^(clap|indicatif|crossbeam-channel|anyhow|signal-hook|mimalloc) ' || true)
if [ -n "$cli_crates" ]; then
  echo "FAIL: the library without --features cli still depends on:"; echo "$cli_crates"; exit 1
fi
RUSTFLAGS="-D warnings" cargo check --lib --no-default-features --quiet --target-dir target/lib-only
echo "library: no CLI crates, builds without them, in $(( $(date +%s) - started ))s"
