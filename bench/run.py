"""attrlint's benchmark: speed and memory against a bare-regex reference.

Builds a corpus from real articles (a folder of ``.txt`` files, or a
``.jsonl`` of articles): N files (the articles replicated) and one large
file (the articles one after the other), in ``bench/out/``. Then measures,
in the same run, attrlint and ``bench/regex_reference.py`` (and proselint,
when installed), each as whole processes, each figure the median of
several runs:

- throughput on the N files, one process and ``-j 2``, with the CPU time
  they took (workers included: it hardly changes when other processes
  share the machine, which the wall time does);
- throughput on the large file;
- wall time of one article, cold (a new process, no cached results);
- peak memory (resident set size) of the runs above;
- a second run over the N files with the cache, against the first.

It prints a Markdown table with the ratios attrlint / regex reference and
the targets. Usage (from the repository root)::

    python bench/run.py                          # 1,000 files, a 50 MB file, 3 runs each
    python bench/run.py --files 200 --big-mb 5 --runs 1   # quicker
    python bench/run.py --files 5000 --big-mb 1 --runs 1  # peak RSS barely above that of 1,000 files
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from common import attrlint_command, dispatch_text

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DEFAULT_ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
MB = 1_000_000


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes, the largest process of the run (workers included)
    # User and system CPU time of the run, workers included: unlike the wall
    # time, it hardly moves when other processes share the machine.
    cpu_seconds: float = 0.0


def run_process(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a whole process; its wall time and peak RSS (that of its largest descendant too)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{err}")
    return Run(seconds, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime)


def median_run(command: list[str], runs: int, env: dict[str, str] | None = None,
               before=None) -> Run:
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(run_process(command, env))
    return Run(statistics.median(r.seconds for r in results), max(r.peak_rss for r in results),
               statistics.median(r.cpu_seconds for r in results))


# -- the corpus ---------------------------------------------------------------

def read_articles(source: Path) -> list[str]:
    if source.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    else:
        texts = []
        with source.open(encoding="utf-8") as f:
            for line in f:
                texts.append(dispatch_text(json.loads(line)))
    if not texts:
        raise SystemExit(f"no articles in {source}")
    return texts


def build_corpus(texts: list[str], files: int, big_mb: float) -> tuple[Path, Path, Path]:
    """N files (replicated articles), one large file, and one article, under bench/out/."""
    many = OUT / f"files-{files}"
    if many.exists():
        shutil.rmtree(many)
    many.mkdir(parents=True)
    for i in range(files):
        (many / f"article-{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    big = OUT / f"big-{big_mb:g}MB.txt"
    target, size = big_mb * MB, 0
    with big.open("w", encoding="utf-8") as f:
        while size < target:
            for text in texts:
                f.write(text + "\n\n")
                size += len(text.encode("utf-8")) + 2
                if size >= target:
                    break
    one = OUT / "one-article.txt"
    one.write_text(sorted(texts, key=len)[len(texts) // 2], encoding="utf-8")  # an article of median length
    return many, big, one


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir())


# -- what is measured -----------------------------------------------------------

def precompile() -> None:
    """Byte-compile attrlint as ``pip install`` does, so start-up is measured as users see it."""
    import attrlint
    import attrlint_builtin

    for package in (attrlint, attrlint_builtin):
        compileall.compile_dir(Path(package.__file__).parent, quiet=1)


def measure(args) -> list[tuple[str, str, str, str, str]]:
    texts = read_articles(args.articles)
    many, big, one = build_corpus(texts, args.files, args.big_mb)
    many_bytes, big_bytes = folder_bytes(many), big.stat().st_size
    precompile()
    attrlint = attrlint_command()
    reference = [sys.executable, str(ROOT / "bench" / "regex_reference.py")]
    cache = Path(tempfile.mkdtemp(prefix="attrlint-bench-cache-"))
    no_cache = ["check", "--no-cache"]
    runs = args.runs
    rows = []

    def rate(r: Run, size: int, files: int) -> str:
        return f"{size / MB / r.seconds:.2f} MB/s ({files / r.seconds:.0f} files/s; CPU {r.cpu_seconds:.2f} s)"

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}"

    print(f"corpus: {args.files} files ({many_bytes / MB:.1f} MB) and one file of {big_bytes / MB:.1f} MB "
          f"from {len(texts)} articles; {runs} runs each", file=sys.stderr)

    a1 = median_run(attrlint + no_cache + ["-j", "1", str(many)], runs)
    r1 = median_run(reference + ["-j", "1", str(many)], runs)
    t1 = many_bytes / MB / a1.seconds
    rows.append((f"{args.files} files, 1 process", rate(a1, many_bytes, args.files), rate(r1, many_bytes, args.files),
                 ratio(r1.seconds, a1.seconds) + " (throughput)",
                 f"≥ 3 MB/s and ≥ 0.15: {'met' if t1 >= 3 and r1.seconds / a1.seconds >= 0.15 else 'NOT met'}"))

    a2 = median_run(attrlint + no_cache + ["-j", "2", str(many)], runs)
    r2 = median_run(reference + ["-j", "2", str(many)], runs)
    speedup = a1.seconds / a2.seconds
    rows.append((f"{args.files} files, -j 2", rate(a2, many_bytes, args.files), rate(r2, many_bytes, args.files),
                 ratio(r2.seconds, a2.seconds) + " (throughput)",
                 f"≥ 1.7× 1 process: {speedup:.2f}× {'met' if speedup >= 1.7 else 'NOT met'}"))

    # The large file is above the default maximum file size: raise it for this run.
    size_limit = ["--max-file-size", str(big_bytes + 1)]
    ab = median_run(attrlint + no_cache + size_limit + [str(big)], args.big_runs)
    rb = median_run(reference + [str(big)], args.big_runs)
    allowed = 1.3 * big_bytes / MB / t1
    rows.append((f"one {big_bytes / MB:.0f} MB file",
                 f"{ab.seconds:.1f} s ({big_bytes / MB / ab.seconds:.2f} MB/s; CPU {ab.cpu_seconds:.1f} s)",
                 f"{rb.seconds:.2f} s", ratio(ab.seconds, rb.seconds) + " (time)",
                 f"≤ {allowed:.1f} s: {'met' if ab.seconds <= allowed else 'NOT met'}"))

    ao = median_run(attrlint + no_cache + [str(one)], max(runs, 5) * 2)
    ro = median_run(reference + [str(one)], max(runs, 5) * 2)
    rows.append(("one article, cold", f"{ao.seconds * 1000:.0f} ms", f"{ro.seconds * 1000:.0f} ms",
                 ratio(ao.seconds, ro.seconds) + " (time)",
                 f"≤ 120 ms: {'met' if ao.seconds <= 0.120 else 'NOT met'}"))

    rows.append((f"peak RSS, {args.files} files", f"{a1.peak_rss / MB:.0f} MB", f"{r1.peak_rss / MB:.0f} MB",
                 ratio(a1.peak_rss, r1.peak_rss), f"≤ 150 MB: {'met' if a1.peak_rss <= 150 * MB else 'NOT met'}"))
    rows.append((f"peak RSS, {big_bytes / MB:.0f} MB file", f"{ab.peak_rss / MB:.0f} MB", f"{rb.peak_rss / MB:.0f} MB",
                 ratio(ab.peak_rss, rb.peak_rss),
                 f"≤ 5× file ({5 * big_bytes / MB:.0f} MB): {'met' if ab.peak_rss <= 5 * big_bytes else 'NOT met'}"))

    cached_command = attrlint + ["check", "-j", "1", "--cache-dir", str(cache), str(many)]
    firsts, seconds = [], []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        firsts.append(run_process(cached_command).seconds)
        seconds.append(run_process(cached_command).seconds)
    first, second = statistics.median(firsts), statistics.median(seconds)
    rows.append((f"{args.files} files, second run with cache", f"{second:.2f} s (first {first:.2f} s)", "",
                 "", f"≥ 10× faster: {first / second:.1f}× {'met' if first / second >= 10 else 'NOT met'}"))
    shutil.rmtree(cache, ignore_errors=True)

    beside = Path(sys.executable).with_name("proselint")
    proselint = str(beside) if beside.exists() else shutil.which("proselint")
    if proselint and not args.no_proselint:
        pm = median_run([proselint, "check", str(many)] if _proselint_has_check(proselint)
                        else [proselint, *map(str, sorted(many.iterdir()))], 1)
        po = median_run([proselint, "check", str(one)] if _proselint_has_check(proselint)
                        else [proselint, str(one)], max(runs, 3))
        rows.append((f"proselint, {args.files} files", rate(pm, many_bytes, args.files), "",
                     f"attrlint {pm.seconds / a1.seconds:.1f}× faster", ""))
        rows.append(("proselint, one article", f"{po.seconds * 1000:.0f} ms", "", "", ""))
    return rows


def _proselint_has_check(proselint: str) -> bool:
    helptext = subprocess.run([proselint, "--help"], capture_output=True, text=True).stdout
    return " check" in helptext


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="attrlint's benchmark against a bare-regex reference.")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES,
                        help="a folder of .txt articles or a .jsonl of articles (default: ../shared/corpus/articles)")
    parser.add_argument("--files", type=int, default=1000, help="number of files of the multi-file runs")
    parser.add_argument("--big-mb", type=float, default=50, help="size of the large file in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (the median is shown)")
    parser.add_argument("--big-runs", type=int, default=1, help="runs on the large file")
    parser.add_argument("--no-proselint", action="store_true", help="skip proselint even when installed")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    rows = measure(args)
    load_after = os.getloadavg()[0]
    print(f"{os.cpu_count()} CPUs; load average {load_before:.1f} before, {load_after:.1f} after "
          "(other processes running make every figure slower, -j 2 the most)", file=sys.stderr)
    header = ("measure", "attrlint", "regex reference", "attrlint / reference", "target")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
