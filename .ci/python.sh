#!/usr/bin/env bash
# The Python package (python/): lints of its extension crate, then a build from source with
# pip in a fresh virtual environment and its pytest suite, which compares it with the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
# One target directory for the root crate and the extension crate: the dependencies they
# share are checked once.
export CARGO_TARGET_DIR="$PWD/target"

echo "== python: cargo fmt --check, cargo clippy -D warnings (python/)"
(cd python && cargo fmt --check && cargo clippy --all-targets --quiet -- -D warnings)

if ! python3 -m venv --help > /dev/null 2>&1 || ! python3 -m ensurepip --version > /dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq python3 python3-venv python3-pip
fi
venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
# pandas only to test the DataFrame views (the package does not depend on it); mypy for
# stubtest, which checks the .pyi stubs against the compiled module.
"$venv/bin/pip" install --quiet pytest pandas mypy

echo "== python: pip install ./python (maturin builds the extension from source)"
cargo build --release --quiet # the CLI the tests compare with
"$venv/bin/pip" install --quiet ./python

echo "== python: pytest python/tests"
status=0
QUOTEWIRE_BIN="$PWD/target/release/quotewire" "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests || status=$?
if [ "$status" -eq 5 ]; then
  echo "python: pytest collected no tests in python/tests" >&2
  exit 1
fi
[ "$status" -eq 0 ] || exit "$status"

echo "== python: mypy stubtest (the stubs match the module)"
(cd "$(dirname "$venv")" && "$venv/bin/python" -m mypy.stubtest quotewire)
