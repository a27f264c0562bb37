"""French typography as it is found: quotation marks and spaces, apostrophes, numbers, CRLF, NFD accents."""
from __future__ import annotations

import unicodedata

import pytest

from attrlint.readers import read_text

NBSP, NNBSP = "\u00a0", "\u202f"

ARTICLE = """Crue du Gardon : les communes comptent les dégâts

D'après la préfecture, près de 2 300 personnes ont été évacuées à Alès.

Le maire a déclaré qu'environ 1,5 M€ seraient débloqués.

Selon l'Insee, le chômage atteint 7,4 % à Nîmes.

« Nous sommes épuisés », a confié à l'AFP une bénévole.

Aux dires de l'élu, 40 % des écoles sont fermées.

Il y aurait eu 12 blessés.

Près de 500 pompiers étaient mobilisés.

Avec AFP
"""
EXPECTED = [("FIG002", "aurait eu"), ("FIG001", "12 blessés"), ("FIG001", "Près de 500 pompiers")]


def found(diags):
    return [(d.code, unicodedata.normalize("NFC", d.excerpt).replace("’", "'")) for d in diags]


def test_reference_article(lint):
    assert found(lint(ARTICLE)) == EXPECTED


@pytest.mark.parametrize("variant", ["nfd", "curly-apostrophes", "crlf", "all"])
def test_variants_read_the_same(lint, variant):
    text = ARTICLE
    if variant in ("nfd", "all"):
        text = unicodedata.normalize("NFD", text)
    if variant in ("curly-apostrophes", "all"):
        text = text.replace("'", "’")
    if variant in ("crlf", "all"):
        text = text.replace("\n", "\r\n")
    diags = lint(text)
    assert found(diags) == EXPECTED
    for d in diags:
        assert text[d.start:d.end] == d.excerpt
        assert text.splitlines()[d.line - 1][d.column - 1:].startswith(d.excerpt.splitlines()[0])


@pytest.mark.parametrize("path, wrap", [
    ("a.txt", "Titre\n\n{}\n"),
    ("a.md", "# Titre\n\n{}\n"),
    ("a.html", "<h1>Titre</h1><p>{}</p>"),
])
def test_nfd_cues_in_every_format(lint, path, wrap):
    said = unicodedata.normalize("NFD", "Le préfet a déclaré que 2 300 personnes étaient évacuées.")
    assert lint(wrap.format(said), path) == []
    bare = unicodedata.normalize("NFD", "Près de 2 300 personnes étaient évacuées.")
    [fig] = lint(wrap.format(bare), path)
    assert unicodedata.normalize("NFC", fig.excerpt) == "Près de 2 300 personnes"


def test_nfd_positions_count_characters_of_the_file(lint):
    text = unicodedata.normalize("NFD", "Titre\n\nÉté : près de 2 300 évacués.\n")
    [fig] = lint(text)
    assert fig.excerpt == text[fig.start:fig.end] and fig.excerpt.startswith("pre\u0300s")
    assert fig.column == text.splitlines()[2].index("pre\u0300s") + 1


def test_decomposed_words_are_whole_in_the_prose():
    text = unicodedata.normalize("NFD", "Titre\n\nLe préfet a déclaré : « Évacuez. »\n")
    doc = read_text("a.txt", text)
    assert len(doc.prose) == len(text)
    # Each word is composed at its own start; the characters it saved are spaces.
    assert "Le préfet  a déclaré   : « Évacuez.  »" in doc.prose


@pytest.mark.parametrize("space", [NBSP, NNBSP, " ", ""])
@pytest.mark.parametrize("opening, closing", [("«", "»"), ("“", "”"), ("‹", "›")])
def test_quotation_marks_and_their_spaces(lint, space, opening, closing):
    quote = f"{opening}{space}Nous partirons demain{space}{closing}"
    text = f"Titre\n\nLe village est calme.\n\n{quote}\n"
    [quo] = lint(text)
    assert (quo.code, quo.excerpt) == ("QUO001", quote)
    assert lint(f"Titre\n\nLe village est calme.\n\n{quote}, a déclaré le maire.\n") == []


@pytest.mark.parametrize("number", [f"10{NBSP}000", f"10{NNBSP}000", "10 000", "10.000", "10000"])
def test_thousands_separators(lint, number):
    [fig] = lint(f"Titre\n\nPlus de {number} manifestants ont défilé.\n")
    assert fig.excerpt == f"Plus de {number} manifestants"
    assert lint(f"Titre\n\nPlus de {number} manifestants ont défilé, selon la police.\n") == []


@pytest.mark.parametrize("amount", ["2,5 %", "20 M€", "1,2 Md€", "3 millions d'euros", "2 milliards de dollars"])
def test_decimals_and_money(lint, amount):
    [fig] = lint(f"Titre\n\nLa facture atteint {amount} cette année.\n")
    assert fig.excerpt.startswith(amount.split(" d")[0])


def test_html_entities_for_spaces_and_marks(lint):
    page = "<h1>Titre</h1><p>Le village est calme.</p><p>&laquo;&#8239;Nous partirons demain&nbsp;&raquo;</p>"
    [quo] = lint(page, "a.html")
    assert quo.excerpt == "&laquo;&#8239;Nous partirons demain&nbsp;&raquo;"
    [fig] = lint("<h1>Titre</h1><p>Plus de 10&#8239;000 manifestants ont défilé.</p>", "a.html")
    assert fig.excerpt == "Plus de 10&#8239;000 manifestants"


@pytest.mark.parametrize("module", ["test_inputs_markdown", "test_inputs_html"])
def test_crlf_and_nfd_markup_read_the_same(lint, module):
    import importlib

    mod = importlib.import_module(module)
    text, path = (mod.ARTICLE, "a.md") if module.endswith("markdown") else (mod.PAGE, "a.html")
    expected = [(d.code, d.excerpt) for d in lint(text, path)]
    assert expected
    crlf = text.replace("\n", "\r\n")
    assert [(d.code, d.excerpt.replace("\r\n", "\n")) for d in lint(crlf, path)] == expected
    nfd = unicodedata.normalize("NFD", text)
    assert [(d.code, unicodedata.normalize("NFC", d.excerpt)) for d in lint(nfd, path)] == expected
