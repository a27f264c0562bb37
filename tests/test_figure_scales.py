"""FIG001: a measure read from zero is a benchmark or a scale, not a claim."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts


@pytest.mark.parametrize("sentence", [
    "La nouvelle berline passe de 0 à 100 km/h en 5,2 secondes.",
    "Le coupé abat le 0 à 100 km/h en moins de quatre secondes.",
])
def test_a_measure_from_zero_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le nombre de malades est passé de 0 à 300 personnes en une semaine.", "300 personnes"),
    ("La nouvelle berline passe de 20 à 100 km/h en 5,2 secondes.", "100 km"),
])
def test_counts_from_zero_and_other_ranges_still_need_one(lint, sentence, figure):
    assert any(figure in f for f in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("sentence", [
    "Le modèle reçoit un bloc 4 cylindres turbo.",
    "La berline est livrée avec une boîte automatique à 8 rapports.",
    "La version d'entrée garde sa boîte 6 vitesses.",
    "Le vélo de ville est vendu avec un moyeu 7 vitesses et des freins à disque.",
    "La version sportive est équipée d'un dérailleur 11 vitesses à commande électronique.",
])
def test_how_an_engine_or_gearbox_is_built_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Les inspecteurs ont trouvé 12 rapports falsifiés dans les archives.", "12 rapports"),
    # the gears describe the bikes; the bikes sold are still counted
    ("Le fabricant a vendu plus de 3 000 vélos à 7 vitesses cette année.", "plus de 3 000 vélos"),
])
def test_reports_outside_a_gearbox_are_counted(lint, sentence, figure):
    assert any(figure in f for f in excerpts(lint(article(sentence)), "FIG001"))
