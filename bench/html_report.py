"""What the html report costs: the time to write it, and the time a browser takes to open it.

Turns the dispatches of a ``.jsonl`` (by default the 3,000 articles of
``../shared/corpus/bench/orange-3000.jsonl``) into one ``.txt`` file each
under ``bench/out/``, then times, as whole processes and without the
cache, each the median of ``--runs`` runs:

- the plain run (``attrlint check``, text format);
- the run that writes the html report (``--format html -o``), and with
  ``--all-articles``;

then opens each report in Chromium (driven by Playwright, as the browser
test is) and times it until the page's load event, and until its first
paint. Usage, from the repository root::

    .venv/bin/python bench/html_report.py
    .venv/bin/python bench/html_report.py --runs 1 --limit 500   # quicker
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import attrlint_command, dispatch_text

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DEFAULT_ARTICLES = ROOT.parent / "shared" / "corpus" / "bench" / "orange-3000.jsonl"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def write_articles(source: Path, limit: int | None) -> Path:
    folder = OUT / f"{source.stem}-articles"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    with source.open(encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if limit is not None and i >= limit:
                break
            (folder / f"article-{i:05d}.txt").write_text(dispatch_text(json.loads(line)), encoding="utf-8")
    return folder


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """The median wall time of ``runs`` runs of ``command``, and its median CPU time (user and
    system, its worker processes included): on a busy machine the second says more."""
    seconds, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr.decode(errors='replace')}")
    return statistics.median(seconds), statistics.median(cpu)


def opening_times(report: Path, executable: str, runs: int) -> tuple[float, float, float]:
    """Seconds from asking for the page to its load event (wall clock, and as the page
    measures it), and to its first contentful paint: the medians of ``runs`` openings."""
    from playwright.sync_api import sync_playwright

    walls, loads, paints = [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(report.as_uri(), wait_until="load", timeout=120_000)
            walls.append(time.perf_counter() - start)
            timing = page.evaluate("""() => {
                const nav = performance.getEntriesByType('navigation')[0];
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                return [nav.loadEventEnd, paint ? paint.startTime : -1];
            }""")
            loads.append(timing[0] / 1000)
            paints.append(timing[1] / 1000)
            page.close()
        browser.close()
    return statistics.median(walls), statistics.median(loads), statistics.median(paints)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="a .jsonl of dispatches")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command and openings of each report")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        raise SystemExit(f"{args.articles} not found")
    folder = write_articles(args.articles, args.limit)
    files = len(list(folder.iterdir()))
    attrlint = attrlint_command()
    common = [*attrlint, "check", "--isolated", "--no-cache", "--quiet", str(folder)]
    subprocess.run(common, stdout=subprocess.DEVNULL)  # warm the page cache and the byte-code once
    reports = {"html": OUT / "report.html", "html --all-articles": OUT / "report-all.html"}
    plain = timed(common, args.runs)
    written = {
        "html": timed([*common, "--format", "html", "-o", str(reports["html"])], args.runs),
        "html --all-articles": timed([*common, "--format", "html", "--all-articles", "-o",
                                      str(reports["html --all-articles"])], args.runs),
    }
    print(f"{files} articles ({args.articles.name}), median of {args.runs} runs each, no cache, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}\n")
    print("| run | wall s | more than plain | CPU s | more than plain | report | opens in: load event | first paint |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| plain (text) | {plain[0]:.2f} | | {plain[1]:.2f} | | | | |")
    for name, (seconds, cpu) in written.items():
        size = reports[name].stat().st_size / 1_000_000
        wall, load, paint = opening_times(reports[name], args.chromium, args.runs)
        print(f"| {name} | {seconds:.2f} | {seconds - plain[0]:+.2f} | {cpu:.2f} | {cpu - plain[1]:+.2f} | "
              f"{size:.1f} MB | {wall:.2f} s ({load:.2f} s in the page) | {paint:.2f} s |")
    print("\nTargets: the report within 3 s of the plain run; the report open within 2 s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
