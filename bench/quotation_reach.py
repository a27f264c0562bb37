"""How far rules 4 and 5 reach, against QUO001's two figures.

QUO001 reports a quotation that no cue, run or subject gives a speaker. Its
readers split on how far SPEC §2.1 rules 4 (the subject of the sentence
before speaks) and 5 (a run of one speaker's quotations) reach: the readers
of the reviewed diagnostics let them reach further than the readers of the
quotation mutations. This script measures what a longer reach would do to
both figures at once, without changing attrlint: for each reading, a
diagnostic of the reviewed set, or a quotation mutation attrlint catches
today, that the reading would give a speaker is taken out, and it prints

- QUO001's precision on the reviewed set over what is left (right / (right + wrong));
- the quotation mutations still caught, in the groups scored as a check
  (dev and kept) and in those read while tuning.

The readings are read off attrlint's own analysis of each article: the
attributed quotation nearest before and after (in sentences, and whether in
the same paragraph), and whether the sentence before has a subject that can
speak or an attribution cue. The last lines search every conjunction of up
to three of those conditions for the quotations to keep reporting: fitted on
the verdicts themselves, they are an upper bound, not a reading to adopt.
Usage (from the repository root)::

    python bench/quotation_reach.py
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from pathlib import Path
from typing import Callable

import ecosystem
from quotation_mutations import SHARED, caught_mutations, quotation_mutations

from attrlint.analysis import analyse
from attrlint.plugins import build_registry
from attrlint.runner import reader_for

FAR = 99  # no attributed quotation on that side
# The distances, in sentences, the readings try.
REACHES = (1, 2, 3, 5)


@dataclasses.dataclass(frozen=True)
class Context:
    """Where a reported quotation stands, as attrlint's analysis reads it."""

    before: int  # sentences back to the nearest attributed quotation
    before_in_paragraph: bool
    after: int  # sentences on to the nearest attributed quotation
    after_in_paragraph: bool
    subject_before: bool  # the sentence before has a subject that can speak
    cue_before: bool  # the sentence before has an attribution cue of its own
    opens: bool  # the quotation opens its sentence


@dataclasses.dataclass(frozen=True)
class Case:
    context: Context
    verdict: str = ""  # a reviewed diagnostic's verdict
    scored: bool = False  # a mutation of the dev or a kept group
    caught: bool = False  # a mutation attrlint catches today


class Analyser:
    def __init__(self) -> None:
        registry = build_registry()
        self.lexicon = registry.lexicon()
        self.read = reader_for("article.txt", registry.readers)

    def context(self, text: str, start: int, end: int) -> Context | None:
        """The context of the quotation over ``start:end`` in ``text``; None where none is read there."""
        ad = analyse(self.read("article.txt", text), self.lexicon)
        found = [q for q in ad.quotes if q.depth == 0 and q.span.start < end and start < q.span.end]
        sentence = ad.sentence_at(found[0].span.start) if found else None
        if sentence is None:
            return None
        quote = found[0]
        before = after = (FAR, False)
        for other in ad.quotes:
            where = ad.sentence_at(other.span.start)
            if other is quote or other.depth or not other.is_speech or other.attribution is None or where is None:
                continue
            distance, same = abs(sentence.index - where.index), where.block == sentence.block
            if other.span.end <= quote.span.start and distance < before[0]:
                before = (distance, same)
            elif other.span.start >= quote.span.end and distance < after[0]:
                after = (distance, same)
        previous = ad.sentences[sentence.index - 1] if sentence.index else None
        return Context(before[0], before[1], after[0], after[1],
                       previous is not None and previous.subject is not None,
                       previous is not None and any(not c.in_quote for c in previous.cues),
                       not ad.prose[sentence.span.start:quote.span.start].strip())


def reviewed_cases(analyser: Analyser, corpus: Path) -> list[Case]:
    folders = ecosystem.write_corpus(corpus)
    index = ecosystem.verdict_index(ecosystem.read_verdicts())
    texts = ecosystem.Texts(folders)
    cases = []
    for finding in ecosystem.read_findings(ecosystem.BASELINE):
        verdict = ecosystem.verdict_for(finding, index) if finding.code == "QUO001" else None
        if verdict is None or verdict.verdict not in ("right", "wrong"):
            continue
        context = analyser.context(texts[finding.article], finding.start, finding.end)
        if context is not None:
            cases.append(Case(context, verdict=verdict.verdict))
    return cases


def mutation_cases(analyser: Analyser, shared: Path) -> tuple[list[Case], dict[bool, int]]:
    """The QUO001 mutations attrlint catches, and how many there are in all, scored or not."""
    caught = caught_mutations(shared)
    cases, totals = [], {True: 0, False: 0}
    for group, mutation, mutated, gold in quotation_mutations(shared):
        scored = not group.startswith("tune")
        totals[scored] += 1
        if caught[mutation["mid"]]:
            context = analyser.context(mutated, gold["start"], gold["end"])
            if context is not None:
                cases.append(Case(context, scored=scored, caught=True))
    return cases, totals


Reading = Callable[[Context], bool]  # True: the reading gives the quotation a speaker


def readings() -> list[tuple[str, Reading]]:
    found: list[tuple[str, Reading]] = [("as now", lambda c: False)]
    for k in REACHES:
        within = f"an attributed quotation at most {k} {'sentence' if k == 1 else 'sentences'}"
        found += [
            (f"{within} before, in its paragraph", lambda c, k=k: c.before <= k and c.before_in_paragraph),
            (f"{within} before", lambda c, k=k: c.before <= k),
            (f"{within} before or after", lambda c, k=k: c.before <= k or c.after <= k),
        ]
    found += [
        ("the sentence before has a subject that can speak", lambda c: c.subject_before),
        ("the sentence before has a subject or a cue", lambda c: c.subject_before or c.cue_before),
    ]
    return found


def conditions() -> list[tuple[str, Reading]]:
    """The conditions the fitted search combines, each with its negation."""
    found: list[tuple[str, Reading]] = []
    for k in (1, 2, 3, 4, 5, 6):
        found += [(f"before<={k}", lambda c, k=k: c.before <= k), (f"after<={k}", lambda c, k=k: c.after <= k)]
    for field in ("before_in_paragraph", "after_in_paragraph", "subject_before", "cue_before", "opens"):
        found.append((field, lambda c, f=field: getattr(c, f)))
    return found + [(f"not {name}", lambda c, t=test: not t(c)) for name, test in found]


def score(reported: list[Case], mutations: list[Case], totals: dict[bool, int]) -> str:
    right = sum(c.verdict == "right" for c in reported)
    wrong = sum(c.verdict == "wrong" for c in reported)
    precision = f"{right / (right + wrong):.2f}" if right + wrong else "–"
    scored = sum(c.scored for c in mutations)
    tune = len(mutations) - scored
    return (f"{precision} | {right} | {wrong} | {scored}/{totals[True]} ({scored / totals[True]:.2f}) | "
            f"{tune}/{totals[False]} ({tune / totals[False]:.2f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    parser.add_argument("--least", type=int, default=10,
                        help="the fitted search keeps only selections with this many decided verdicts")
    args = parser.parse_args(argv)
    analyser = Analyser()
    reviewed = reviewed_cases(analyser, args.shared / "corpus")
    mutations, totals = mutation_cases(analyser, args.shared)
    print("| reading: a quotation has a speaker when | precision | right | wrong | mutations caught, scored "
          "| mutations caught, tune |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, gives_speaker in readings():
        print(f"| {name} | " + score([c for c in reviewed if not gives_speaker(c.context)],
                                     [c for c in mutations if not gives_speaker(c.context)], totals) + " |")
    fitted = []
    for chosen in itertools.combinations(conditions(), 3):
        def kept(c: Case, chosen=chosen) -> bool:
            return all(test(c.context) for _, test in chosen)
        right = sum(kept(c) and c.verdict == "right" for c in reviewed)
        wrong = sum(kept(c) and c.verdict == "wrong" for c in reviewed)
        if right + wrong >= args.least:
            fitted.append((right / (right + wrong), sum(kept(c) for c in mutations), chosen, kept))
    print()
    print("Fitted on the verdicts (an upper bound): the selections of up to three conditions")
    best = max(fitted, key=lambda f: (f[0], f[1]))
    widest = max((f for f in fitted if f[0] >= 0.9), key=lambda f: (f[1], f[0]), default=None)
    for title, found in (("most precise", best), ("most mutations at precision 0.90 or more", widest)):
        if found is None:
            print(f"- {title}: none")
            continue
        print(f"- {title}: {' and '.join(name for name, _ in found[2])}: "
              + score([c for c in reviewed if found[3](c)], [c for c in mutations if found[3](c)], totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
