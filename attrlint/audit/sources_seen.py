"""The sources an article cites, as the audit counts them: those of the article's
map of sources (:mod:`attrlint.sources`).

Each source is counted under one category: ``agency`` for a news agency,
otherwise how plainly the article names it: ``named`` (a person or body by
name), ``described`` (« un porte-parole du ministère »), ``anonymous``
(« une source ayant requis l'anonymat ») or ``vague`` (« selon des
sources »). Sources an article only credits (a credit line, a photo
credit) are not cited.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import AnalysedDocument
from ..sources import sources_of

CATEGORIES = ("named", "described", "anonymous", "vague", "agency")


@dataclass(frozen=True)
class CitedSource:
    name: str
    kind: str  # what it is: person, institution, document, agency, anonymous, vague, unknown
    category: str  # one of CATEGORIES
    citations: int


def cited_sources(ad: AnalysedDocument) -> list[CitedSource]:
    """The sources the article cites (gives as the source of something, or uses the reporting of)."""
    cited = []
    for source in sources_of(ad):
        if "attribution" in source.roles or "use" in source.roles:
            category = "agency" if source.kind == "agency" else source.naming
            cited.append(CitedSource(source.name, source.kind, category, max(1, len(source.cues))))
    return cited
