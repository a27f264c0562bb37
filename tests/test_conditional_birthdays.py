"""FIG002: the age a person who died would have reached is no reported claim."""
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
