"""The sources an article cites, each with its kind, as the audit counts them.

Kinds: ``named`` (a person or body by name), ``described`` (« un
porte-parole du ministère »), ``anonymous`` and ``vague`` (no one in
particular), ``agency`` (a news agency). An agency used in the body is a
source too, credited or not; it is counted where an attribution names it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import AnalysedDocument

KINDS = ("named", "described", "anonymous", "vague", "agency")


@dataclass(frozen=True)
class CitedSource:
    name: str
    kind: str
    citations: int


def _kind_of(words: str, agency: str | None, vague: bool) -> str:
    if agency:
        return "agency"
    if vague:
        return "vague"
    # A capital after the first word is a name (« le ministre Gérald Darmanin »);
    # a capital first word is one unless it opens the sentence as a determiner would.
    rest = words.split()[1:]
    if any(w[:1].isupper() for w in rest) or (words[:1].isupper() and len(words.split()) == 1):
        return "named"
    return "described"


def cited_sources(ad: AnalysedDocument) -> list[CitedSource]:
    """The sources the article's attributions name, each once with how often it is cited."""
    counts: Counter[tuple[str, str]] = Counter()
    for cue in ad.cues:
        if cue.in_quote:
            continue
        words = " ".join(cue.source_text.split())
        if cue.agency:
            counts[(cue.agency, "agency")] += 1
        elif words:
            counts[(words, _kind_of(words, None, cue.vague))] += 1
    return [CitedSource(name, kind, n) for (name, kind), n in sorted(counts.items()) if n]
