"""Benchmark of ``attrlint audit``: throughput, peak memory of each process, and
how time grows with the archive.

Builds archives of N articles (JSON Lines, with dates, sections, outlets
and authors) from the dispatches of a ``.jsonl`` file: each article is a
dispatch with its sentences after the first shuffled and its numbers
changed, so that no two articles are the same and no cache could serve
them. Then audits each archive with ``attrlint audit -j JOBS`` as a whole
process, sampling the memory of the driver and of each worker, and prints
a Markdown table. Usage (from the repository root, with the audit extra)::

    python bench/audit.py                      # 10,000 then 100,000 articles, 2 jobs
    python bench/audit.py --sizes 2000 --jobs 2   # quicker
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil  # comes with dask.distributed (the audit extra)

from common import attrlint_command

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "bench" / "orange-3000.jsonl"
SECTIONS = ["politique", "économie", "international", "société", "sport", "culture", "sciences", "santé"]
OUTLETS = ["Le Quotidien", "L'Hebdo", "La Dépêche du Soir"]
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s*(?=[A-ZÀ-Ý«])")
_NUMBER = re.compile(r"\d+")


def _varied(text: str, rng: random.Random) -> str:
    """The text with its sentences after the first shuffled and each number changed a little."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    rest = sentences[1:]
    rng.shuffle(rest)
    paragraphs = [" ".join(sentences[:1] + rest[i:i + 3]) if i == 0 else " ".join(rest[i:i + 3])
                  for i in range(0, max(1, len(rest)), 3)]
    body = "\n\n".join(p for p in paragraphs if p)
    return _NUMBER.sub(lambda m: str(max(0, int(m.group()) + rng.randint(-9, 9))) if len(m.group()) < 5
                       else m.group(), body)


def build_archive(source: Path, count: int, path: Path, seed: int = 14) -> int:
    """``count`` varied articles from the dispatches of ``source`` written to ``path``; its size in bytes."""
    dispatches = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(count):
            item = dispatches[i % len(dispatches)]
            text = _varied("\n\n".join(p for p in (item.get("heading", ""), item.get("article", "")) if p), rng)
            day = rng.randrange(3 * 365)
            record = {"id": f"bench-{i:07d}", "title": item.get("title", ""), "text": text,
                      "date": time.strftime("%Y-%m-%d", time.gmtime(1_546_300_800 + day * 86_400)),
                      "section": rng.choice(SECTIONS), "outlet": rng.choice(OUTLETS),
                      "author": f"Rédaction {rng.randrange(40)}"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def audit(archive: Path, output: Path, jobs: int) -> dict:
    """Run the audit as a whole process; its wall time and the peak resident memory of each of its processes."""
    command = [*attrlint_command(), "audit", str(archive), "-o", str(output), "-j", str(jobs), "-q", "--isolated"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    parent = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    while process.poll() is None:
        try:
            for proc in [parent, *parent.children(recursive=True)]:
                try:
                    peaks[proc.pid] = max(peaks.get(proc.pid, 0), proc.memory_info().rss)
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    err = process.stderr.read().decode(errors="replace")
    if process.returncode != 0:
        sys.exit(f"audit failed ({process.returncode}): {err}")
    driver = peaks.pop(process.pid, 0)
    return {"seconds": seconds, "driver_rss": driver, "worker_rss": sorted(peaks.values(), reverse=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a .jsonl of dispatches")
    parser.add_argument("--sizes", default="10000,100000", help="archive sizes, in articles (comma-separated)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep the archives and results in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="attrlint-audit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for count in (int(s) for s in args.sizes.split(",")):
            archive = work / f"archive-{count}.jsonl"
            size = build_archive(args.source, count, archive)
            output = work / f"audit-{count}"
            shutil.rmtree(output, ignore_errors=True)
            run = audit(archive, output, args.jobs)
            rows.append((count, size, run))
            print(f"{count} articles: {run['seconds']:.1f} s", file=sys.stderr)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    mb = 1_000_000
    print("| articles | archive | wall time | articles/s | MB/s | driver peak RSS | worker peak RSS (each) |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for count, size, run in rows:
        workers = ", ".join(f"{r / mb:.0f} MB" for r in run["worker_rss"])
        print(f"| {count:,} | {size / mb:.1f} MB | {run['seconds']:.1f} s | {count / run['seconds']:.0f} | "
              f"{size / mb / run['seconds']:.2f} | {run['driver_rss'] / mb:.0f} MB | {workers} |")
    if len(rows) > 1:
        (c0, _, r0), (c1, _, r1) = rows[0], rows[-1]
        print(f"\n{c1:,} articles took {r1['seconds'] / r0['seconds']:.2f} times as long as {c0:,} "
              f"({c1 / c0:.0f} times as many articles).")


if __name__ == "__main__":
    main()
