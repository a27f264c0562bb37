"""FIG002: the age a person who died would have reached, or someone's age, is no reported claim."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts


@pytest.mark.parametrize("sentence", [
    "La chanteuse, qui aurait fêté ses 90 ans la semaine prochaine, s'est éteinte dimanche à Lyon.",
    "Le peintre aurait eu 100 ans ce mardi : sa ville natale lui rend hommage.",
    "Les jumeaux auraient célébré leurs 40 ans en juin.",
])
def test_a_birthday_that_did_not_come(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG002") == []


@pytest.mark.parametrize("sentence, claim", [
    ("Le suspect aurait eu des complices dans la région.", "aurait eu"),
    ("Le ministre aurait fêté sa victoire dans un restaurant du centre.", "aurait fêté"),
])
def test_other_past_conditionals_still_report(lint, sentence, claim):
    assert any(claim in c for c in excerpts(lint(article(sentence)), "FIG002"))


@pytest.mark.parametrize("sentence", [
    "Le corps d'un homme, qui serait âgé d'une quarantaine d'années, a été retrouvé sur la plage.",
    "Les deux fugueurs seraient âgés de 15 et 16 ans.",
    "La conductrice serait probablement âgée de 70 ans.",
])
def test_an_age_in_the_conditional_is_no_reported_claim(lint, sentence):
    # an age needs no source (SPEC §2.2), in the conditional or not
    assert excerpts(lint(article(sentence)), "FIG002") == []


@pytest.mark.parametrize("sentence, claim", [
    ("Le corps d'un homme, qui serait mort depuis une semaine, a été retrouvé sur la plage.", "serait mort"),
    ("Les deux fugueurs seraient partis avec 300 euros.", "seraient partis"),
    # an age the conditional does not give: the claim is what was done
    ("Âgé de 70 ans, le conducteur aurait perdu le contrôle de sa voiture.", "aurait perdu"),
])
def test_a_conditional_that_gives_no_age_still_reports(lint, sentence, claim):
    assert any(claim in c for c in excerpts(lint(article(sentence)), "FIG002"))
