"""Plain-text layouts: one paragraph a line, blank-line paragraphs, hard-wrapped lines, captions and credits."""
from __future__ import annotations

import textwrap

import pytest

from attrlint.model import BlockKind
from attrlint.readers import read_text

WRAPPED = """Grève à la SNCF : le trafic très perturbé jeudi

Par Claire Morel

Selon la direction de la SNCF, 35 % des conducteurs étaient en grève
jeudi matin, un chiffre contesté par les syndicats. Le trafic des TGV
était réduit de moitié, a précisé l'entreprise, qui prévoit 12 000
annulations. Le ministre des Transports, Jean-Marc Lefort, a appelé au
calme devant les députés. Il a déclaré : « Nous ne céderons pas. La
réforme est nécessaire. »

La porte-parole de Sud-Rail, Fabienne Petit, a répondu aux journalistes :

« Les cheminots sont déterminés. Nous irons jusqu'au bout de ce
mouvement, quoi qu'il en coûte. »

Des voyageurs en gare de Lyon, le 14 mars. © Jean Dupont/AFP

Un quai vide à Montparnasse. (Photo Marie Roux / Hans Lucas)

Le coût de la grève atteint 20 millions d'euros par jour, a
indiqué un porte-parole de l'entreprise à l'AFP.

Avec AFP
"""


def kinds(doc):
    return [(b.kind, " ".join(doc.source[b.span.start:b.span.end].split())) for b in doc.blocks]


def test_wrapped_paragraphs_are_joined_and_captions_split():
    doc = read_text("a.txt", WRAPPED)
    found = kinds(doc)
    assert [k for k, _ in found] == [
        BlockKind.TITLE, BlockKind.BYLINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
        BlockKind.CAPTION, BlockKind.PHOTO_CREDIT, BlockKind.CAPTION, BlockKind.PHOTO_CREDIT, BlockKind.PARAGRAPH,
        BlockKind.CREDIT_LINE]
    # A paragraph wrapped before a capital ("Jean-Marc", "La") is still one paragraph.
    assert found[2][1].endswith("La réforme est nécessaire. »")
    assert [b.credit for b in doc.blocks if b.kind is BlockKind.PHOTO_CREDIT] == [
        "Jean Dupont/AFP", "Marie Roux / Hans Lucas"]
    assert "\n" not in doc.prose[doc.blocks[2].span.start:doc.blocks[2].span.end]


def test_wrapped_article_is_clean(lint):
    assert lint(WRAPPED) == []


@pytest.mark.parametrize("removed, code, excerpt, replacement", [
    (", a\nindiqué un porte-parole de l'entreprise à l'AFP", "FIG001", "20 millions d'euros", ""),
    # The minister goes too: a quotation right after a sentence about him is his (SPEC §2.1 rule 4).
    ("Le ministre des Transports, Jean-Marc Lefort, a appelé au\ncalme devant les députés. Il a déclaré : ",
     "QUO001", "« Nous ne céderons pas. La\nréforme est nécessaire. »", "Les quais sont restés\ncalmes. "),
    ("\n\nAvec AFP\n", "CRD002", "l'AFP", "\n"),
    (" © Jean Dupont/AFP", None, None, ""),
])
def test_each_attribution_removed_is_reported(lint, removed, code, excerpt, replacement):
    assert removed in WRAPPED
    diags = lint(WRAPPED.replace(removed, replacement))
    if code is None:
        # A caption with its credit gone is a caption: nothing says a photo stood there.
        assert diags == []
        return
    assert [(d.code, d.excerpt) for d in diags] == [(code, excerpt)]


def test_a_photo_credit_does_not_credit_the_text(lint):
    article = WRAPPED.replace("\nAvec AFP\n", "")
    [crd] = lint(article)
    assert crd.code == "CRD002" and crd.line == 22 and crd.excerpt == "l'AFP"


def test_one_paragraph_per_line_layout():
    text = ("Un titre\n\nUne légende sous la photo.\nPhoto : Ville de Nantes\n"
            "Le premier paragraphe, qui se termine ici.\n"
            "Le second paragraphe commence par une majuscule.\nAvec AFP\n")
    assert [k for k, _ in kinds(read_text("a.txt", text))] == [
        BlockKind.TITLE, BlockKind.CAPTION, BlockKind.PHOTO_CREDIT, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
        BlockKind.CREDIT_LINE]


def test_short_paragraphs_one_per_line_are_not_taken_for_wrapped_lines():
    # Every line is short, but their lengths vary as paragraphs do: no wrapper filled them.
    text = ("Grève à Nantes\n"
            "Le cortège est parti à midi.\n"
            "Le préfet a parlé aux syndicats pendant une heure, sans rien annoncer de nouveau.\n"
            "Le maire a confirmé la nouvelle à l'AFP.\n"
            "Photo :\n")
    doc = read_text("a.txt", text)
    assert [kind for kind, _ in kinds(doc)] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                                                BlockKind.CAPTION, BlockKind.PHOTO_CREDIT]


def test_a_title_over_a_subheading_is_not_a_wrapped_text():
    paragraph = "Plus de 300 trains ont été annulés jeudi, selon la SNCF. " * 3
    text = f"Le point sur la grève\n- Plus de 300 trains annulés -\n{paragraph.strip()}\n"
    doc = read_text("a.txt", text)
    assert [kind for kind, _ in kinds(doc)] == [BlockKind.TITLE, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH]


def test_a_paragraph_glued_to_a_photo_credit_stays_a_paragraph(lint):
    long_paragraph = "La machine a coûté 10 200 euros. " + "Elle est faite de carbone et de titane. " * 8
    text = f"La cafetière des pilotes\n{long_paragraph.strip()}Crédit photo : Studio Veloce\n"
    doc = read_text("a.txt", text)
    assert [kind for kind, _ in kinds(doc)] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PHOTO_CREDIT]
    assert [(d.code, d.excerpt) for d in lint(text)] == [("FIG001", "10 200 euros")]


def test_short_sentences_are_not_bylines_or_credit_lines():
    text = "Titre\n\nPar ailleurs, 300 personnes ont manifesté.\n\nAvec ses amis, il a fondé un club.\n"
    assert [k for k, _ in kinds(read_text("a.txt", text))] == [
        BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapping_changes_nothing(lint, width):
    paragraphs = [
        "Les inondations ont fait 14 morts, selon un bilan communiqué mardi par la préfecture du Gard, "
        "qui dénombre aussi 2 300 personnes évacuées - dont 400 enfants - dans les communes riveraines.",
        "Le maire d'Alès a déclaré : « Nous n'avons jamais vu une crue pareille. Il faudra des mois "
        "pour reconstruire. » La commune a reçu 3 500 demandes d'aide.",
        "Au total, 12 000 hectares ont été inondés.",
    ]
    flat = "Un titre\n\n" + "\n\n".join(paragraphs) + "\n"
    wrapped = "Un titre\n\n" + "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"
    found = [(d.code, " ".join(d.excerpt.split())) for d in lint(wrapped)]
    assert found == [(d.code, d.excerpt) for d in lint(flat)]
    assert ("FIG001", "12 000 hectares") in found and ("FIG001", "3 500 demandes") in found


def test_crlf_keeps_offsets():
    text = WRAPPED.replace("\n", "\r\n")
    doc = read_text("a.txt", text)
    assert len(doc.prose) == len(text) and "\r" not in doc.prose
    assert [k for k, _ in kinds(doc)] == [k for k, _ in kinds(read_text("a.txt", WRAPPED))]


@pytest.mark.parametrize("signature, reported", [
    ("(AFP)", ["Reuters"]), ("AFP", ["Reuters"]), ("— AFP", ["Reuters"]), ("(AFP et Reuters)", []),
    ("(Reuters)", ["AFP"]),
    # An agency's name alone on its line signs the article too; with other words it is a word of the text.
    ("Reuters", ["AFP"]), ("Merci à Reuters", ["AFP", "Reuters"]),
])
def test_agency_signature_on_its_own_line(lint, signature, reported):
    article = f"Titre\n\nPARIS (AFP) - Le maire s'est exprimé jeudi devant Reuters.\n\n{signature}\n"
    assert [d.excerpt for d in lint(article) if d.code == "CRD002"] == reported


def _seed_layouts():
    """The seed article as a newsroom may file it: hard-wrapped text, Markdown, HTML with entities."""
    import html

    from conftest import ROOT

    source = (ROOT / "seeds" / "nk-troops-russia.fr.txt").read_text(encoding="utf-8")
    lines = [line for line in source.split("\n") if line.strip()]
    wrapped = "\n\n".join(textwrap.fill(line, 70) for line in lines) + "\n"
    markdown = "# " + lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"
    page = "<article><h1>" + html.escape(lines[0]) + "</h1>" + "".join(
        "<p>" + html.escape(line).replace("« ", "&laquo;&nbsp;").replace(" »", "&nbsp;&raquo;").replace("’", "&rsquo;")
        + "</p>" for line in lines[1:]) + "</article>"
    return [("a.txt", wrapped), ("a.md", markdown), ("a.html", page)]


@pytest.mark.parametrize("path, article", _seed_layouts(), ids=["wrapped", "markdown", "html"])
def test_seed_in_every_layout(lint, path, article):
    assert lint(article, path) == []
    credit = "KIM WON JIN/AFP via Getty Images."
    [photo] = lint(article.replace(credit, "").replace("KIM WON\nJIN/AFP via Getty Images.", ""), path)
    assert photo.code == "CRD001" and photo.excerpt.startswith("Photo:")
    said = article.replace("a déclaré le 26 avril", "a déclaré à Reuters le 26 avril")
    assert said != article and lint(said, path) == []
    uncredited = said.replace("Avec Reuters", "")
    [crd] = lint(uncredited, path)
    assert (crd.code, crd.excerpt) == ("CRD002", "Reuters")


def test_caption_and_photo_lines_without_colon():
    text = ("Titre\n\nLe conseil a voté jeudi soir, après un long débat sur le budget de la ville et\n"
            "ses investissements.\n\nLégende : des élus pendant le vote, jeudi soir, dans la salle du\n"
            "conseil municipal.\nPhoto Jean Dupont / Hans Lucas\n\nPhoto de famille à la fin de la séance.\n")
    doc = read_text("a.txt", text)
    assert [k for k, _ in kinds(doc)] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.CAPTION,
                                          BlockKind.PHOTO_CREDIT, BlockKind.PARAGRAPH]
    assert doc.blocks[3].credit == "Jean Dupont / Hans Lucas"


def test_dev_articles_hard_wrapped_report_the_same(lint):
    """The dev articles, paragraphs between blank lines and wrapped at 72 columns, report what they report flat."""
    import json

    from conftest import shared_path

    labels = shared_path("eval", "dev", "labels.jsonl")
    articles = shared_path("corpus", "articles")
    for line in labels.read_text(encoding="utf-8").splitlines():
        name = json.loads(line)["id"] + ".txt"
        paragraphs = [p for p in (articles / name).read_text(encoding="utf-8").split("\n") if p.strip()]
        flat = "\n\n".join(paragraphs) + "\n"
        wrapped = "\n\n".join(textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False)
                              for p in paragraphs) + "\n"
        expected = [(d.code, " ".join(d.excerpt.split())) for d in lint(flat, name)]
        assert [(d.code, " ".join(d.excerpt.split())) for d in lint(wrapped, name)] == expected, name


LONG_PARAGRAPH = ('Plus tard dans la journée, quelque 3 000 manifestants se sont rassemblés devant la gare, où les forc'
                  "es de l'ordre avaient pris position dès le matin. Les échauffourées ont duré deux heures, et plusieu"
                  'rs vitrines du quartier ont été brisées avant que le calme ne revienne dans la soirée, vers vingt heures.')


def test_a_long_paragraph_before_a_photo_line_stays_a_paragraph(lint):
    # The photo was lost in collection; its credit line stayed after the paragraph it stood after.
    text = "Titre\n\n" + LONG_PARAGRAPH + "\n\n© AFP\n\nUne rue du centre, samedi.\n\n© Reuters\n"
    doc = read_text("a.txt", text)
    assert [k for k, _ in kinds(doc)] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PHOTO_CREDIT,
                                          BlockKind.CAPTION, BlockKind.PHOTO_CREDIT]
    assert [d.excerpt for d in lint(text, "a.txt") if d.code == "FIG001"] == ["quelque 3 000 manifestants"]


def test_two_sentences_before_a_photo_line_are_a_paragraph(lint):
    text = ("Titre\n\nDès le matin, environ 70 personnes sont arrêtées. Le quartier est bouclé.\n\n© Belga\n\n"
            "Des manifestants devant la gare, samedi.\n\n© AFP\n")
    doc = read_text("a.txt", text)
    assert [k for k, _ in kinds(doc)] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PHOTO_CREDIT,
                                          BlockKind.CAPTION, BlockKind.PHOTO_CREDIT]
    assert [d.excerpt for d in lint(text, "a.txt") if d.code == "FIG001"] == ["environ 70 personnes"]
