"""Alternations regrouped by their first character match as they did."""
from __future__ import annotations

import pytest
import regex

from attrlint.analysis.alternations import alternatives, by_first_character

UNITS = r"km|kilomètres?|mètres?|m|(?:juin|août)s?|(?:mai|mars)|\$|€|%|pour\s+cent|euros?"


def test_alternatives_are_split_outside_groups_and_classes_and_groups_are_handed_out():
    assert alternatives(r"a|b[|]c|(?:d|e)f|(?:g|h)?|\|") == ["a", "b[|]c", "df", "ef", "(?:g|h)?", r"\|"]


@pytest.mark.parametrize("text", ["km", "kilomètres", "mètre", "m²", "juins", "août", "mai", "mars", "$", "€", "%",
                                  "pour  cent", "Euros", "euro", "milles", "kg", "Km", "MARS"])
def test_the_regrouped_alternation_matches_what_the_alternation_matched(text):
    before = regex.compile(f"(?:{UNITS})", regex.I)
    after = regex.compile(f"(?:{by_first_character(UNITS)})", regex.I)
    old, new = before.match(text), after.match(text)
    assert (old and old.group()) == (new and new.group())


def test_an_alternative_that_opens_with_a_class_is_refused():
    with pytest.raises(ValueError):
        by_first_character(r"km|\d+h")
