#!/usr/bin/env python3
"""Throughput and memory of the Python package's `pipe` against the CLI, same thread count.

usage: python3 scripts/bench-python.py [--copies 20] [--threads 1,2] [--runs 3]
                                       [--corpus ../shared/corpus/bbc.jsonl] [--bin BIN]

Run it with the Python that has quotewire installed (`pip install ./python`). It makes an
archive of COPIES copies of the corpus, then for each thread count runs, each in a process
of its own and RUNS times (the best run counts: other jobs on a shared machine only ever
make a run slower):

- the CLI: `quotewire --threads N ARCHIVE > /dev/null`;
- Python: `for record in Pipeline().pipe(quotewire.read(ARCHIVE), threads=N)`, every record
  a dict of lists of dicts, as a user gets it;
- Python with `as_json=True`: the CLI's JSON lines, written to /dev/null as the CLI's are.

It prints MB/s (10^6 bytes of input per second of wall time), CPU seconds (user + sys) and
peak RSS of each, and the ratio of Python to CLI. Last, `pipe` with one thread over an
archive a quarter the size and one twice the size shows whether peak memory grows with
the input.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PIPE = """
import sys, time, quotewire
path, threads, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
nlp = quotewire.Pipeline()
n = 0
if mode == "dicts":
    for r in nlp.pipe(quotewire.read(path), threads=threads):
        n += len(r["quotes"])
else:
    out = sys.stdout
    for line in nlp.pipe(quotewire.read(path), threads=threads, as_json=True):
        out.write(line)
        out.write("\\n")
"""


def run(cmd: list[str], stdout) -> tuple[float, float, int, str]:
    """Runs cmd; its wall seconds, CPU seconds, peak RSS in MB and standard output."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        sys.exit(f"{cmd[0]} failed with status {status}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss // 1024, ""


def measure(cmd: list[str]) -> tuple[float, float, int]:
    """One run of cmd, its output thrown away."""
    with open(os.devnull, "wb") as out:
        return run(cmd, out)[:3]


def best_of(cmds: list[list[str]], runs: int) -> list[tuple[float, float, int]]:
    """The fastest of `runs` runs of each command, the runs of the commands interleaved so
    that a change in the machine's load weighs on all of them alike."""
    results: list[list[tuple[float, float, int]]] = [[] for _ in cmds]
    for _ in range(runs):
        for r, cmd in zip(results, cmds):
            r.append(measure(cmd))
    return [min(r) for r in results]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bbc.jsonl"))
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "quotewire"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_file():
        sys.exit(f"no corpus at {corpus}")
    if not Path(args.bin).is_file():
        sys.exit(f"no CLI at {args.bin}: cargo build --release")
    import quotewire  # noqa: F401  (fails early if the package is not installed)

    data = corpus.read_bytes()
    with tempfile.TemporaryDirectory() as work:
        def archive(copies: int) -> Path:
            path = Path(work) / f"archive{copies}.jsonl"
            if not path.exists():
                with open(path, "wb") as f:
                    for _ in range(copies):
                        f.write(data)
            return path

        path = archive(args.copies)
        size = path.stat().st_size / 1e6
        print(f"archive: {size:.1f} MB ({args.copies} x {corpus}); {os.cpu_count()} cores; best of {args.runs} runs")
        for threads in [int(t) for t in args.threads.split(",")]:
            py_cmd = [sys.executable, "-c", PIPE, str(path), str(threads)]
            cli, py, js = best_of(
                [[args.bin, "--threads", str(threads), str(path)], [*py_cmd, "dicts"], [*py_cmd, "json"]],
                args.runs,
            )
            for label, (wall, cpu, rss) in (("CLI", cli), ("Python pipe", py), ("pipe as_json", js)):
                print(
                    f"threads {threads}  {label:<12} {wall:6.2f} s  {size / wall:6.1f} MB/s  "
                    f"CPU {cpu:6.2f} s  peak RSS {rss:5d} MB"
                )
            print(
                f"threads {threads}  Python/CLI: throughput {cli[0] / py[0]:.0%}, "
                f"CPU per MB {py[1] / cli[1]:.2f}x the CLI's; as_json: throughput {cli[0] / js[0]:.0%}"
            )
        small, large = max(1, args.copies // 4), args.copies * 2
        for copies in (small, large):
            p = archive(copies)
            wall, cpu, rss = measure([sys.executable, "-c", PIPE, str(p), "1", "dicts"])
            print(f"memory: pipe threads 1 over {p.stat().st_size / 1e6:6.1f} MB: peak RSS {rss} MB")


if __name__ == "__main__":
    main()
