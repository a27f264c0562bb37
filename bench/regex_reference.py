"""The bare-regex reference: one compiled pattern of attribution cues, quotes
and numbers run over every file, with no analysis at all.

It is the ceiling a linter of this kind can approach: reading the files and
one pass of the ``regex`` engine. Usage::

    python bench/regex_reference.py [-j N] FILE_OR_FOLDER...

It prints the number of matches of each kind.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import regex

PATTERN = regex.compile(
    r"(?P<cue>(?<![\p{L}])(?:selon|d['’]après|de\s+source|toujours\s+selon|aux\s+dires\s+de"
    r"|(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?\s+(?:déclaré|affirmé|indiqué|annoncé|précisé|expliqué|estimé"
    r"|assuré|ajouté|souligné|rapporté|confié|dit|écrit)|(?:déclare|affirme|indique|annonce|précise|explique"
    r"|estime|assure|ajoute|souligne|rapporte|confie|dit|écrit)(?:-t-(?:il|elle|on)|-(?:il|elle|on))?"
    r"|dans\s+un\s+communiqué|cité\s+par|interrogé\s+par|auprès\s+de)(?![\p{L}]))"
    r"|(?P<quote>«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\")"
    r"|(?P<number>(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?(?:\s*(?:%|€|euros?|dollars?"
    r"|millions?|milliards?))?)",
    regex.IGNORECASE,
)


def scan(path: str) -> Counter:
    text = Path(path).read_bytes().decode("utf-8", errors="replace")
    return Counter(m.lastgroup for m in PATTERN.finditer(text))


def files_under(paths: list[str]) -> list[str]:
    found = []
    for raw in paths:
        if os.path.isdir(raw):
            for root, dirs, names in os.walk(raw):
                dirs.sort()
                found += [os.path.join(root, n) for n in sorted(names) if n.endswith((".txt", ".md"))]
        else:
            found.append(raw)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    files = files_under(args.paths)
    total: Counter = Counter()
    if args.jobs > 1:
        from concurrent.futures import ProcessPoolExecutor  # its import costs more than a small run

        with ProcessPoolExecutor(args.jobs) as pool:
            for counts in pool.map(scan, files, chunksize=max(1, len(files) // (args.jobs * 8))):
                total.update(counts)
    else:
        for path in files:
            total.update(scan(path))
    print(f"{len(files)} files: " + ", ".join(f"{total[k]} {k}s" for k in ("cue", "quote", "number")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
