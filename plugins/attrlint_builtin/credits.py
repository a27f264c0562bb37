"""CRD001 missing-photo-credit and CRD002 missing-agency-credit."""
from __future__ import annotations

from typing import Iterator

from attrlint import hookimpl
from attrlint.model import AnalysedDocument
from attrlint.i18n import N_
from attrlint.rules import Example, Rule, Violation


class MissingPhotoCredit(Rule):
    code = "CRD001"
    name = "missing-photo-credit"
    summary = N_("a photo, image or caption with no credit (no photographer or agency)")
    message = N_("Photo with no credit: name the photographer and/or the agency")
    explanation = N_("""\
Every published photo names who took it or who owns it: a photographer, an
agency, an institution ("Photo : KIM WON JIN/AFP via Getty Images",
"© Reuters", "Photo : Ville de Nantes"). A "Photo:" line with nothing after
it, or an image with no credit in its caption, title or the next line, is
reported. So is a "Photo :" line that holds only a caption, a description of
what is shown ("Photo : Des manifestants devant l'Assemblée, samedi."): it
says what the picture shows, not who made or owns it.
""")
    examples = (
        Example(bad="Titre\n\nLe port de Dakar, le 10 août.\nPhoto :\nLe texte de l'article.",
                good="Titre\n\nLe port de Dakar, le 10 août.\nPhoto : SEYLLOU/AFP\nLe texte de l'article."),
    )

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        for photo in doc.photos:
            if not photo.credited:
                yield self.violation(photo.span)


class MissingAgencyCredit(Rule):
    code = "CRD002"
    name = "missing-agency-credit"
    summary = N_("the article uses a wire agency's reporting but carries no credit line for it")
    message = N_("Wire agency reporting with no credit line for {agency}")
    explanation = N_("""\
An article that uses a wire agency's reporting (a dateline "PARIS (AFP) -",
"a déclaré à l'AFP", "selon un décompte de Reuters", "a constaté l'AFP")
credits it: "Avec AFP", "(avec AFP)", "Avec agences", "Source : AFP", a
byline naming the agency, the end credit of Swiss and Belgian outlets on a
line of its own ("(afp/nxp)", "(ats)", "(belga)"), a line holding only the
agency's name ("La Presse canadienne"), or front matter `credits:`.
Reported at the first use. State agencies quoted as sources (KCNA, Yonhap, TASS, Xinhua…) are
attribution, not wire copy; which agencies require a credit line is
configuration. A photo credit does not credit the text.
""")
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
            yield self.violation(mention.span, agency=mention.agency)


@hookimpl
def attrlint_rules():
    return [MissingPhotoCredit, MissingAgencyCredit]
