"""The ecosystem check: attrlint over every real article of the corpus, against a baseline.

    python bench/ecosystem.py check              # lint, then what changed since the baseline
    python bench/ecosystem.py update             # make the current diagnostics the baseline
    python bench/ecosystem.py precision          # precision per code on the reviewed verdicts
    python bench/ecosystem.py sample ...         # review packets for readers (see --help)
    python bench/ecosystem.py agreement          # a second blind reading against the first

The corpus (``../shared/corpus`` by default, ``--corpus`` otherwise) holds the
BBC Afrique and Orange articles (``articles/``), the La Libre articles
(``lalibre/``) and 3,000 Orange dispatches (``bench/orange-3000.jsonl``,
written out one file each: title, heading, text). Every diagnostic is keyed by
its article (``articles/orange-03``, ``lalibre/lalibre-d001``,
``orange-3000/orange-7034``), code and span; ``check`` prints what a change
added and removed, each in its sentence, with the reviewed verdict when there
is one, and the verdicts the change contradicts (a right diagnostic removed,
a wrong one added).

The baseline (``bench/ecosystem/baseline.jsonl``) and the verdicts
(``bench/ecosystem/reviewed.jsonl``) are data of the project; a change to
the analysis is read through ``check`` and lands with its updated baseline.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from common import attrlint_command, dispatch_text

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
DATA = HERE / "ecosystem"
BASELINE = DATA / "baseline.jsonl"
REVIEWED = DATA / "reviewed.jsonl"
# Diagnostics read again, blind, by other readers: how far the verdicts can be trusted.
SECOND_READING = DATA / "second-reading.jsonl"
OUT = HERE / "out" / "ecosystem"
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpus"
SOURCES = ("articles", "lalibre", "orange-3000")
SCORED = ("FIG001", "FIG002", "QUO001", "QUO002", "CRD001", "CRD002")


@dataclass(frozen=True)
class Finding:
    """One diagnostic of the ecosystem run, keyed by article, code and span."""

    article: str
    code: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    excerpt: str = ""

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.article, self.code, self.start, self.end)

    def to_json(self) -> dict:
        # No excerpt: the corpus's text stays in the corpus; ``check`` reads it from there.
        return {"article": self.article, "code": self.code, "start": self.start, "end": self.end,
                "line": self.line, "column": self.column}


# -- the corpus -----------------------------------------------------------------

def write_corpus(corpus: Path) -> dict[str, Path]:
    """Each source as a folder of ``<id>.txt`` files under bench/out/ecosystem; the folders by source."""
    folders = {}
    for source in ("articles", "lalibre"):
        folder = corpus / source
        if not folder.is_dir():
            raise SystemExit(f"ecosystem: no folder {folder} (give the corpus with --corpus)")
        folders[source] = folder
    dispatches = corpus / "bench" / "orange-3000.jsonl"
    if not dispatches.is_file():
        raise SystemExit(f"ecosystem: no file {dispatches} (give the corpus with --corpus)")
    target = OUT / "orange-3000"
    stamp = target / ".source"
    signature = f"{dispatches.stat().st_size} {dispatches.stat().st_mtime_ns}"
    if not (stamp.is_file() and stamp.read_text() == signature):
        target.mkdir(parents=True, exist_ok=True)
        with dispatches.open(encoding="utf-8") as lines:
            for line in lines:
                item = json.loads(line)
                (target / f"{item['id']}.txt").write_text(dispatch_text(item), encoding="utf-8")
        stamp.write_text(signature)
    folders["orange-3000"] = target
    return folders


def article_key(path: str, folders: dict[str, Path]) -> str:
    resolved = Path(path).resolve()
    for source, folder in folders.items():
        if resolved.parent == folder.resolve():
            return f"{source}/{resolved.stem}"
    raise ValueError(f"ecosystem: {path} is in no source folder")


def article_path(key: str, folders: dict[str, Path]) -> Path:
    source, name = key.split("/", 1)
    return folders[source] / f"{name}.txt"


# -- running attrlint ---------------------------------------------------------------

def lint(folders: dict[str, Path], jobs: int) -> list[Finding]:
    """Every diagnostic of a scored code over the corpus, with the default rules and no configuration."""
    command = attrlint_command() + ["check", "--format", "json", "--no-cache", "--isolated", "--exit-zero",
                                    "--quiet", "-j", str(jobs)] + [str(f) for f in folders.values()]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        try:
            errors = [d for d in json.loads(proc.stdout) if d["code"].startswith("ATL")]
        except ValueError:
            errors = []
        for d in errors[:10]:
            sys.stderr.write(f"{d['path']}: {d['code']} {d['message']}\n")
        raise SystemExit(f"ecosystem: attrlint exited with {proc.returncode} ({len(errors)} files not linted)")
    findings = [Finding(article_key(d["path"], folders), d["code"], d["start"], d["end"], d["line"], d["column"],
                        d.get("excerpt", "")[:80])
                for d in json.loads(proc.stdout or "[]") if d["code"] in SCORED]
    return sorted(findings, key=lambda f: f.key)


def read_records(path: Path, record: type) -> list:
    """The lines of a ``.jsonl`` file as ``record`` dataclasses (keys they do not have are left out)."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as lines:
        return [record(**{k: v for k, v in json.loads(line).items() if k in record.__dataclass_fields__})
                for line in lines if line.strip()]


def read_findings(path: Path) -> list[Finding]:
    return read_records(path, Finding)


def write_findings(path: Path, findings: list[Finding]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for f in findings:
            out.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")


# -- verdicts ---------------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    article: str
    code: str
    start: int
    end: int
    verdict: str  # right, wrong or unsure
    reason: str = ""
    excerpt: str = ""
    reader: str = ""

    def covers(self, finding: Finding) -> bool:
        return (finding.article == self.article and finding.code == self.code
                and finding.start < self.end and self.start < finding.end)


def read_verdicts(path: Path = REVIEWED) -> list[Verdict]:
    return read_records(path, Verdict)


def verdict_index(verdicts: list[Verdict]) -> dict[tuple[str, str], list[Verdict]]:
    index = collections.defaultdict(list)
    for v in verdicts:
        index[(v.article, v.code)].append(v)
    return index


def verdict_for(finding: Finding, index: dict[tuple[str, str], list[Verdict]]) -> Verdict | None:
    """The verdict on this diagnostic: the same span first, else one that overlaps it."""
    candidates = [v for v in index.get((finding.article, finding.code), ()) if v.covers(finding)]
    exact = [v for v in candidates if (v.start, v.end) == (finding.start, finding.end)]
    return (exact or candidates or [None])[0]


# -- showing a diagnostic in its sentence -------------------------------------------------

_ENDS = ".!?\n"


def in_sentence(text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence around ``start:end`` (cut to ``width`` characters each side), the span in [[ ]]."""
    lo = start
    while lo > 0 and start - lo < width and not (text[lo - 1] in _ENDS and (lo == 1 or not text[lo - 2].isdigit())):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < width and text[hi] not in _ENDS:
        hi += 1
    hi = min(len(text), hi + 1)
    snippet = text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]
    return " ".join(snippet.split())


class Texts:
    """Article texts read on demand (the findings' offsets are characters of the file as read)."""

    def __init__(self, folders: dict[str, Path]):
        self.folders = folders
        self.cache: dict[str, str] = {}

    def __getitem__(self, key: str) -> str:
        if key not in self.cache:
            self.cache[key] = article_path(key, self.folders).read_text(encoding="utf-8-sig")
        return self.cache[key]


# -- the commands -----------------------------------------------------------------

def show(finding: Finding, texts: Texts, verdict: Verdict | None) -> str:
    where = f"{finding.article}:{finding.line}:{finding.column}" if finding.line else finding.article
    said = f"  [reviewed {verdict.verdict}: {verdict.reason}]" if verdict else ""
    return f"{where}: {finding.code}{said}\n    {in_sentence(texts[finding.article], finding.start, finding.end)}"


def per_code(findings: list[Finding]) -> collections.Counter:
    return collections.Counter(f.code for f in findings)


def check(args) -> int:
    folders = write_corpus(args.corpus)
    current = lint(folders, args.jobs)
    if args.save:
        write_findings(Path(args.save), current)
    baseline = read_findings(BASELINE)
    base_keys = {f.key for f in baseline}
    cur_keys = {f.key for f in current}
    added = [f for f in current if f.key not in base_keys]
    removed = [f for f in baseline if f.key not in cur_keys]
    if args.code:
        added = [f for f in added if f.code.startswith(tuple(args.code))]
        removed = [f for f in removed if f.code.startswith(tuple(args.code))]
    index = verdict_index(read_verdicts())
    texts = Texts(folders)
    articles = sum(1 for folder in folders.values() for _ in folder.glob("*.txt"))
    print(f"ecosystem: {articles} articles; {len(current)} diagnostics, baseline {len(baseline)}: "
          f"+{len(added)} -{len(removed)}")
    codes = sorted(set(per_code(current)) | set(per_code(baseline)))
    cur_n, base_n, add_n, rem_n = per_code(current), per_code(baseline), per_code(added), per_code(removed)
    print("\n| code | baseline | now | added | removed |\n|---|---|---|---|---|")
    for code in codes:
        print(f"| {code} | {base_n[code]} | {cur_n[code]} | +{add_n[code]} | -{rem_n[code]} |")
    contradicted = []
    for title, items, against in (("removed", removed, "right"), ("added", added, "wrong")):
        if not items:
            continue
        judged = [(f, verdict_for(f, index)) for f in items]
        contradicted += [(title, f, verdict) for f, verdict in judged if verdict and verdict.verdict == against]
        print(f"\n## {title} ({len(items)})\n")
        for f, verdict in judged[: args.limit]:
            print(show(f, texts, verdict))
        if len(items) > args.limit:
            print(f"… and {len(items) - args.limit} more (--limit)")
    print(f"\n## verdicts contradicted ({len(contradicted)})\n")
    for title, f, verdict in contradicted:
        print(f"{title} although reviewed {verdict.verdict}: " + show(f, texts, verdict))
    return 0


def update(args) -> int:
    folders = write_corpus(args.corpus)
    current = lint(folders, args.jobs)
    write_findings(BASELINE, current)
    print(f"ecosystem: baseline of {len(current)} diagnostics written to {BASELINE.relative_to(PROJECT)}")
    return 0


def precision(args) -> int:
    """Precision per code: the current (or baseline) diagnostics of the reviewed articles, by their verdicts."""
    findings = read_findings(Path(args.findings)) if args.findings else read_findings(BASELINE)
    verdicts = [v for v in read_verdicts() if not args.reader or v.reader.startswith(tuple(args.reader))]
    reviewed_articles = {v.article for v in verdicts}
    index = verdict_index(verdicts)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    sources = collections.Counter()
    for f in findings:
        if f.article not in reviewed_articles or (args.source and not f.article.startswith(args.source + "/")):
            continue
        verdict = verdict_for(f, index)
        label = verdict.verdict if verdict else "unreviewed"
        counts[f.code][label] += 1
        counts["overall"][label] += 1
        sources[f.article.split("/")[0]] += 1
    print(f"reviewed: {len(verdicts)} verdicts on {len(reviewed_articles)} articles; "
          f"diagnostics now in those articles: {sum(counts['overall'].values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))})")
    print("\n| code | right | wrong | unsure | unreviewed | precision | precision, unsure as wrong |")
    print("|---|---|---|---|---|---|---|")
    for code in [c for c in SCORED if c in counts] + ["overall"]:
        c = counts[code]
        judged = c["right"] + c["wrong"]
        p = f"{c['right'] / judged:.2f}" if judged else "-"
        strict = f"{c['right'] / (judged + c['unsure']):.2f}" if judged + c["unsure"] else "-"
        print(f"| {code} | {c['right']} | {c['wrong']} | {c['unsure']} | {c['unreviewed']} | {p} | {strict} |")
    failing = collections.Counter()
    severities = default_severities()
    for code in SCORED:
        if severities.get(code, "warning") != "info":
            failing.update(counts[code])
    judged = failing["right"] + failing["wrong"]
    if judged:
        print(f"\nwhat fails a run by default (codes at warning or error): right {failing['right']}, "
              f"wrong {failing['wrong']}, unsure {failing['unsure']}: precision {failing['right'] / judged:.2f}")
    return 0


def agreement(args) -> int:
    """How often a second blind reading gives the verdict of the first, per code (Cohen's kappa too)."""
    first = verdict_index(read_verdicts())
    pairs: list[tuple[str, str, str]] = []
    for again in read_verdicts(Path(args.verdicts)):
        finding = Finding(again.article, again.code, again.start, again.end, 0, 0)
        earlier = verdict_for(finding, first)
        if earlier is not None:
            pairs.append((again.code, earlier.verdict, again.verdict))
    print(f"{len(pairs)} diagnostics read twice\n")
    print("| code | read twice | same verdict | kappa | both decided (right or wrong) | same among those |")
    print("|---|---|---|---|---|---|")
    for code in [c for c in SCORED if any(p[0] == c for p in pairs)] + ["overall"]:
        mine = [(a, b) for c, a, b in pairs if code in ("overall", c)]
        decided = [(a, b) for a, b in mine if "unsure" not in (a, b)]
        same = sum(a == b for a, b in mine)
        print(f"| {code} | {len(mine)} | {same / len(mine):.2f} | {_kappa(mine):.2f} | {len(decided)} | "
              f"{sum(a == b for a, b in decided) / len(decided) if decided else 0:.2f} |")
    return 0


def _kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa: agreement beyond what two readers with these habits would reach by chance."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    chance = sum(first[label] * second[label] for label in first) / (n * n)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def default_severities() -> dict[str, str]:
    """Each installed rule's default severity, by code."""
    from attrlint.plugins import build_registry

    return {code: str(info.rule.severity) for code, info in build_registry().rules.items()}


def sample(args) -> int:
    """Review packets: the diagnostics of articles drawn at random, split between readers."""
    folders = write_corpus(args.corpus)
    findings = read_findings(Path(args.findings)) if args.findings else read_findings(BASELINE)
    verdicts = read_verdicts()
    reviewed = {v.article for v in verdicts}
    index = verdict_index(verdicts)
    by_article = collections.defaultdict(list)
    for f in findings:
        if args.unreviewed and (f.article not in reviewed or verdict_for(f, index) is not None):
            continue  # only what a change added to the reviewed articles
        by_article[f.article].append(f)
    rng = random.Random(args.seed)
    chosen = []
    for source, count in zip(SOURCES, args.articles):
        pool = sorted(a for a in by_article if a.startswith(source + "/")
                      and (args.include_reviewed or args.unreviewed or a not in reviewed))
        chosen += rng.sample(pool, min(count, len(pool)))
    rng.shuffle(chosen)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    texts = Texts(folders)
    for reader in range(args.readers):
        mine = chosen[reader::args.readers]
        with (out / f"packet-{reader + 1}.jsonl").open("w", encoding="utf-8") as packet:
            for article in sorted(mine):
                items = [{"code": f.code, "start": f.start, "end": f.end, "line": f.line, "column": f.column,
                          "text": texts[article][f.start:f.end]} for f in by_article[article]]
                packet.write(json.dumps({"article": article, "file": str(article_path(article, folders)),
                                         "diagnostics": items}, ensure_ascii=False) + "\n")
        print(f"packet-{reader + 1}: {len(mine)} articles, {sum(len(by_article[a]) for a in mine)} diagnostics")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ecosystem", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder (default: ../shared/corpus, beside the project)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="lint the corpus and print what changed since the baseline")
    p.add_argument("--limit", type=int, default=200, help="at most this many added and removed shown")
    p.add_argument("--code", action="append", help="only these codes or prefixes")
    p.add_argument("--save", help="also write the current diagnostics to this file")
    p.set_defaults(run=check)
    p = sub.add_parser("update", help="make the current diagnostics the baseline")
    p.set_defaults(run=update)
    p = sub.add_parser("precision", help="precision per code on the reviewed verdicts")
    p.add_argument("--findings", help="diagnostics to score (default: the baseline)")
    p.add_argument("--reader", action="append",
                   help="only the verdicts of readers whose name starts with this (r1, r2, …: the rounds)")
    p.add_argument("--source", choices=SOURCES, help="only the articles of one source of the corpus")
    p.set_defaults(run=precision)
    p = sub.add_parser("sample", help="review packets for readers")
    p.add_argument("--articles", type=int, nargs=3, default=(60, 120, 160), metavar=("ARTICLES", "LALIBRE", "ORANGE"),
                   help="how many articles with diagnostics to draw from each source")
    p.add_argument("--readers", type=int, default=4)
    p.add_argument("--seed", type=int, default=10)
    p.add_argument("--findings", help="diagnostics to draw from (default: the baseline)")
    p.add_argument("--include-reviewed", action="store_true", help="draw reviewed articles too")
    p.add_argument("--unreviewed", action="store_true",
                   help="the diagnostics of reviewed articles that have no verdict yet, and only those")
    p.add_argument("--output", required=True, help="folder for packet-N.jsonl")
    p.set_defaults(run=sample)
    p = sub.add_parser("agreement", help="a second blind reading of reviewed diagnostics against the first")
    p.add_argument("--verdicts", default=str(SECOND_READING), help="the second reading (default: bench/ecosystem/second-reading.jsonl)")
    p.set_defaults(run=agreement)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
