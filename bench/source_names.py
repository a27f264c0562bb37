"""How well ``attrlint sources`` names who each cue gives as its source, by readers' verdicts.

    python bench/source_names.py

``bench/ecosystem/source-names.jsonl`` holds verdicts of readers on the
source a cue of a real article was given: its article and the cue's span,
the proposed ``name``, ``kind`` and ``naming``, then ``who`` (right when the
name identifies the one the cue gives as the source, in words the article
uses for them; wrong for someone else or a fragment that names no one;
unsure) and ``category`` (whether ``kind`` and ``naming`` are right, read
when ``who`` is). Readers judged the proposals of two readings for each cue,
blind to which made which, the sources of cues a change left with none,
and the sources of cues drawn at random among all the corpus's cues.

The script maps the sources of those articles as they are now and, for each
cue read, looks up the verdict on the source now given: the share right,
and the cues whose source has no verdict (a change named it otherwise
since; read it again).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from ecosystem import DATA, DEFAULT_CORPUS, article_path, write_corpus

NAMES = DATA / "source-names.jsonl"


def current_sources(text: str, filename: str) -> dict[tuple[int, int], tuple[str, str, str]]:
    """The source each cue of the article gives now: (name, kind, naming) by the cue's span."""
    from attrlint.api import sources_of_text

    given = {}
    for source in sources_of_text(text, filename).sources:
        for cue in source.cues:
            given[(cue.start, cue.end)] = (source.name, source.kind, source.naming)
    return given


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="source_names", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder (default: ../shared/corpus)")
    parser.add_argument("--verdicts", type=Path, default=NAMES, help="the verdicts (default: %(default)s)")
    args = parser.parse_args(argv)
    folders = write_corpus(args.corpus)
    verdicts = collections.defaultdict(dict)  # (article, cue span) → {(name, kind, naming): verdict}
    for line in args.verdicts.read_text(encoding="utf-8").splitlines():
        v = json.loads(line)
        verdicts[(v["article"], v["cue_start"], v["cue_end"])][(v["name"], v["kind"], v["naming"])] = v
    counts = collections.Counter()
    by_article = collections.defaultdict(list)
    for article, start, end in verdicts:
        by_article[article].append((start, end))
    for article, cues in sorted(by_article.items()):
        path = article_path(article, folders)
        given = current_sources(path.read_text(encoding="utf-8-sig"), path.name)
        for start, end in cues:
            now = given.get((start, end))
            if now is None:
                counts["no source"] += 1
                continue
            verdict = verdicts[(article, start, end)].get(now)
            if verdict is None:
                counts["no verdict"] += 1
                continue
            counts[f"who {verdict['who']}"] += 1
            if verdict["who"] == "right":
                counts[f"category {verdict['category']}"] += 1
    read = len(verdicts)
    judged = counts["who right"] + counts["who wrong"]
    print(f"{read} cues read; the source each gives now has a verdict for {judged + counts['who unsure']}, "
          f"none for {counts['no verdict']}, and {counts['no source']} give none now")
    if judged:
        print(f"who: right {counts['who right']}, wrong {counts['who wrong']}, unsure {counts['who unsure']}: "
              f"{counts['who right'] / judged:.2f} right")
    if counts["who right"]:
        print(f"kind and naming, where who is right: right {counts['category right']}, "
              f"wrong {counts['category wrong']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
