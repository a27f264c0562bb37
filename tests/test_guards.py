"""The cheap scans of attrlint.guards, which the analysis uses before its patterns."""
from __future__ import annotations

import pytest

from attrlint.guards import next_character, offsets_of


@pytest.mark.parametrize("text, characters, start, end, offsets", [
    ("Il pleut. Il vente ! Il gèle ?", ".!?", 0, 30, [8, 19, 29]),
    ("« Oui », dit-il. « Non »", "«»", 0, 24, [0, 6, 17, 23]),
    ("« Oui », dit-il. « Non »", "«»", 1, 20, [6, 17]),  # only inside the bounds, end excluded
    ("Aucune marque ici", "«»", 0, 17, []),
])
def test_offsets_of_finds_every_character_in_order(text, characters, start, end, offsets):
    assert offsets_of(text, characters, start, end) == offsets


def test_next_character_reads_past_a_few_spaces_only():
    assert next_character("a  , b", 1) == ","
    assert next_character("fin   ", 3) == ""
    assert next_character("a" + " " * 20 + "b", 1) is None
