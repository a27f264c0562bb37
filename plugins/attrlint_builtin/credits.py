"""CRD001 missing-photo-credit and CRD002 missing-agency-credit."""
from __future__ import annotations

from typing import Iterator

import regex

from attrlint import hookimpl
from attrlint.model import AnalysedDocument, BlockKind
from attrlint.rules import Example, Rule, Violation

# Words of a photo line that name nobody.
_GENERIC = regex.compile(
    r"\b(?:photos?|d'illustration|d’illustration|illustrations?|archives?|images?|cr[ée]dits?|légende|crédit\s+photo)\b",
    regex.I,
)
_CREDIT_MARK = regex.compile(r"©|\b(?:photo|crédit|credit|source)\s*:|/\s*[\p{Lu}]{2,}|\bvia\b|\bDR\b", regex.I)


def names_someone(text: str | None) -> bool:
    """Whether a credit text names a photographer, an agency or an owner."""
    if not text:
        return False
    rest = _GENERIC.sub(" ", text)
    return bool(regex.search(r"[\p{L}]{2,}", rest))


def _credit_in(text: str | None, doc: AnalysedDocument) -> bool:
    if not text:
        return False
    if _CREDIT_MARK.search(text):
        return True
    low = text.lower()
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", low) for name in doc.lexicon.agencies)


class MissingPhotoCredit(Rule):
    code = "CRD001"
    name = "missing-photo-credit"
    summary = "a photo, image or caption with no credit (no photographer or agency)"
    message = "Photo with no credit: name the photographer and/or the agency"
    explanation = """\
Every published photo names who took it or who owns it: a photographer, an
agency, an institution ("Photo : KIM WON JIN/AFP via Getty Images",
"© Reuters", "Photo : Ville de Nantes"). A "Photo:" line with nothing after
it, or an image with no credit in its caption, title or the next line, is
reported.
"""
    examples = (
        Example(bad="Titre\n\nLe port de Dakar, le 10 août.\nPhoto :\nLe texte de l'article.",
                good="Titre\n\nLe port de Dakar, le 10 août.\nPhoto : SEYLLOU/AFP\nLe texte de l'article."),
    )

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        blocks = doc.blocks
        for i, block in enumerate(blocks):
            if block.kind is BlockKind.PHOTO_CREDIT and not names_someone(block.credit):
                yield self.violation(block.span)
            elif block.kind is BlockKind.IMAGE:
                texts = [block.credit, block.alt]
                for nxt in blocks[i + 1:i + 3]:
                    if nxt.kind in (BlockKind.CAPTION, BlockKind.PHOTO_CREDIT):
                        texts.append(doc.text(nxt.span))
                    else:
                        break
                if not any(_credit_in(t, doc) for t in texts):
                    yield self.violation(block.span)


class MissingAgencyCredit(Rule):
    code = "CRD002"
    name = "missing-agency-credit"
    summary = "the article uses a wire agency's reporting but carries no credit line for it"
    message = "Wire agency reporting with no credit line for {agency}"
    explanation = """\
An article that uses a wire agency's reporting (a dateline "PARIS (AFP) -",
"a déclaré à l'AFP", "selon un décompte de Reuters", "a constaté l'AFP")
credits it: "Avec AFP", "(avec AFP)", "Avec agences", "Source : AFP", a
byline naming the agency, or front matter `credits:`. Reported at the first
use. State agencies quoted as sources (KCNA, Yonhap, TASS, Xinhua…) are
attribution, not wire copy; which agencies require a credit line is
configuration. A photo credit does not credit the text.
"""
    examples = (
        Example(bad="Titre\n\n« Nous partirons », a déclaré le maire à l'AFP.",
                good="Titre\n\n« Nous partirons », a déclaré le maire à l'AFP.\nAvec AFP"),
    )

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        if "*" in doc.credited_agencies:
            return
        reported: set[str] = set()
        for mention in doc.agencies:
            if mention.role != "use" or mention.agency in reported:
                continue
            if mention.agency not in doc.lexicon.credit_required or mention.agency in doc.credited_agencies:
                continue
            reported.add(mention.agency)
            yield self.violation(mention.span, self.message.format(agency=mention.agency))


@hookimpl
def attrlint_rules():
    return [MissingPhotoCredit, MissingAgencyCredit]
