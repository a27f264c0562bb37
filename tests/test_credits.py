"""CRD001/CRD002: photo credits and wire-agency credit lines."""
from __future__ import annotations

import pytest


def codes(diags, code):
    return [d for d in diags if d.code == code]


@pytest.mark.parametrize("line", ["Photo:", "Photo :", "Crédit photo :", "Photo : .", "(Photo d'illustration)"])
def test_photo_line_without_credit_fires(lint, line):
    text = f"Titre\n\nUne foule devant la mairie, le 3 mai.\n{line}\nLe texte de l'article.\n"
    found = codes(lint(text), "CRD001")
    assert [d.excerpt for d in found] == [line]


@pytest.mark.parametrize("line", [
    "Photo: KIM WON JIN/AFP via Getty Images.",
    "Photo : Ville de Nantes",
    "© Reuters",
    "Crédit photo : Jean Dupont",
    "(Photo Marie Durand / Hans Lucas)",
])
def test_credited_photo_lines_are_quiet(lint, line):
    text = f"Titre\n\nUne foule devant la mairie, le 3 mai.\n{line}\nLe texte de l'article.\n"
    assert codes(lint(text), "CRD001") == []


def test_markdown_image_without_credit_fires(lint):
    text = "# Titre\n\n![Une foule devant la mairie](foule.jpg)\n\nLe texte de l'article.\n"
    found = codes(lint(text, "a.md"), "CRD001")
    assert [d.excerpt for d in found] == ["![Une foule devant la mairie](foule.jpg)"]


@pytest.mark.parametrize("image", [
    '![Une foule devant la mairie](foule.jpg "Photo : Jean Dupont/AFP")',
    "![Une foule devant la mairie © Reuters](foule.jpg)",
    "![Une foule devant la mairie](foule.jpg)\n*Une foule devant la mairie. Photo : Jean Dupont*",
])
def test_markdown_image_with_credit_is_quiet(lint, image):
    text = f"# Titre\n\n{image}\n\nLe texte de l'article.\n"
    assert codes(lint(text, "a.md"), "CRD001") == []


@pytest.mark.parametrize("sentence, agency", [
    ("« Nous partirons », a déclaré le maire à l'AFP.", "AFP"),
    ("Le maire a indiqué à Reuters qu'il partirait.", "Reuters"),
    ("Selon un décompte de l'AFP, 40 personnes sont mortes.", "AFP"),
    ("Les combats ont repris, a constaté l'AFP.", "AFP"),
    ("Selon l'Associated Press, le suspect a été arrêté.", "AP"),
])
def test_wire_agency_use_without_credit_fires(lint, sentence, agency):
    found = codes(lint(f"Titre\n\n{sentence}\n"), "CRD002")
    assert len(found) == 1 and agency in found[0].message


def test_reported_at_the_first_use_only(lint):
    text = "Titre\n\nLe maire a parlé à l'AFP mardi.\nIl a de nouveau parlé à l'AFP mercredi.\n"
    found = codes(lint(text), "CRD002")
    assert len(found) == 1 and found[0].line == 3 and found[0].excerpt == "l'AFP"


def test_a_photo_credit_left_in_the_text_is_no_use_of_the_agency(lint):
    text = "Titre\n\nLa sonde photographiée en 1997. AFP PHOTO/POOL/JEAN DUPONT La mission suivante a échoué.\n"
    assert codes(lint(text), "CRD002") == []


def test_dateline_counts_as_use(lint):
    text = "Titre\n\nPARIS (AFP) - Le gouvernement a présenté son budget mardi.\n"
    assert codes(lint(text), "CRD002")


@pytest.mark.parametrize("credit", ["Avec AFP", "Avec AFP et Reuters", "(avec AFP)", "Avec agences", "Source : AFP"])
def test_credit_lines(lint, credit):
    text = f"Titre\n\n« Nous partirons », a déclaré le maire à l'AFP.\n{credit}\n"
    assert codes(lint(text), "CRD002") == []


def test_front_matter_credits(lint):
    text = "---\ntitle: Titre\ncredits: [AFP]\n---\n\n« Nous partirons », a déclaré le maire à l'AFP.\n"
    assert codes(lint(text, "a.md"), "CRD002") == []


def test_state_agencies_are_attribution_not_wire_copy(lint):
    text = "Titre\n\nLe tir a eu lieu mardi, a rapporté l'agence de presse Yonhap, citant l'armée.\n"
    assert codes(lint(text), "CRD002") == []


def test_photo_credit_does_not_credit_the_text(lint):
    text = ("Titre\n\nUne foule devant la mairie.\nPhoto: JEAN DUPONT/AFP via Getty Images\n"
            "« Nous partirons », a déclaré le maire à l'AFP.\n")
    assert codes(lint(text), "CRD002")


def test_agency_inside_another_name_is_not_a_use(lint):
    text = "Titre\n\nUn chercheur de l'école de santé publique Johns Hopkins Bloomberg a publié une étude.\n"
    assert codes(lint(text), "CRD002") == []


@pytest.mark.parametrize("byline", ["Par Jeanne Martin (AFP)", "Par Jeanne Martin, AFP", "Par Jeanne Martin avec AFP"])
def test_byline_naming_the_agency_credits_it(lint, byline):
    text = f"Titre\n{byline}\n\n« Nous partirons », a déclaré le maire à l'AFP.\n"
    assert codes(lint(text), "CRD002") == []


def test_a_photo_line_holding_only_a_caption_has_no_credit(lint):
    text = "Titre\n\nLe maire a inauguré le pont.\n\nPhoto : Des manifestants devant l'Assemblée nationale, samedi.\n"
    assert [d.code for d in lint(text)] == ["CRD001"]


@pytest.mark.parametrize("caption", ["Photo : Jeanne Morel à Lyon, en mars.", "Photo : Paul Durand et Marc Petit devant la gare.",
                                     "Photo : Luc Martin au Parlement."])
def test_a_photo_line_naming_those_shown_and_where_has_no_credit(lint, caption):
    text = f"Titre\n\nLe maire a inauguré le pont.\n\n{caption}\n"
    assert [d.code for d in lint(text)] == ["CRD001"]


@pytest.mark.parametrize("credit", ["Photo : Paul Durand pour Le Courrier", "Photo : Musée de la Marine",
                                    "Photo : Jeanne Morel"])
def test_a_photo_line_naming_its_maker_with_no_place_is_a_credit(lint, credit):
    text = f"Titre\n\nLe maire a inauguré le pont.\n\n{credit}\n"
    assert [d.code for d in lint(text)] == []


@pytest.mark.parametrize("credit", ["Photo : Ville de Nantes", "Photo : KIM WON JIN/AFP via Getty Images",
                                    "Photo : Jeanne Martin / Hans Lucas", "Photo : Reuters"])
def test_a_photo_line_naming_its_maker_or_owner_is_a_credit(lint, credit):
    text = f"Titre\n\nLe maire a inauguré le pont.\n\n{credit}\n"
    assert [d.code for d in lint(text)] == []


@pytest.mark.parametrize("credit, codes", [("(afp/nxp)", []), ("(ats/afp)", []), ("(afp)", []), ("(belga)", ["CRD002"])])
def test_end_credits_of_swiss_and_belgian_outlets(lint, credit, codes):
    text = f"Titre\n\nLe ministre a déclaré à l'AFP qu'il partirait.\n\n{credit}\n"
    assert [d.code for d in lint(text)] == codes


@pytest.mark.parametrize("credit, codes", [
    ("(La Presse canadienne)", []), ("— La Presse canadienne", []), ("(Keystone-ATS)", ["CRD002"]),
    ("(Jeanne Martin)", ["CRD002"]),
])
def test_an_agency_named_in_a_few_words_signing_the_article(lint, credit, codes):
    # The credit line credits the agencies it names; a name with none credits no agency.
    text = f"Titre\n\nLe ministre a déclaré à la Presse canadienne qu'il partirait.\n\n{credit}\n"
    assert [d.code for d in lint(text)] == codes


@pytest.mark.parametrize("credit, codes", [
    ("La Presse canadienne", []), ("La Presse canadienne.", []), ("Presse canadienne", []),
    ("Agence France-Presse", ["CRD002"]), ("La Presse canadienne a confirmé la nouvelle.", ["CRD002"]),
])
def test_a_line_holding_only_an_agency_s_name_signs_the_article(lint, credit, codes):
    # "La Presse canadienne" alone at the foot of the article credits it, as "AFP" alone does;
    # another agency's name credits that agency only, and a line with more words is no signature.
    text = f"Titre\n\nLe ministre a déclaré à la Presse canadienne qu'il partirait.\n\n{credit}\n"
    assert [d.code for d in lint(text)] == codes
