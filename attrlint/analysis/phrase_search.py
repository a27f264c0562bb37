"""A word list's phrases searched in a text, skipped where the text cannot hold one.

A phrase pattern (:func:`attrlint.lexicon.phrase_pattern`) opens with a
lookbehind, so the regex module tries it at each character of the text it
is given: searched over a whole article, it costs a tenth of a millisecond.
Each match holds the letters its phrase opens with, whatever their case: a
text whose :func:`fold_case` form holds none of those openings has no
match, and is not searched. The matches are those of the pattern.
"""
from __future__ import annotations

from typing import Iterable

from .figures import fold_case


def _opening(phrase: str) -> str:
    """The letters ``phrase`` opens with, folded as :func:`fold_case` folds a text
    ("Sotheby's" → "sotheby", "météo-france" → "météo")."""
    folded = fold_case(phrase, 0, len(phrase))
    end = 0
    while end < len(folded) and folded[end].isalpha():
        end += 1
    return folded[:end]


class PhraseSearch:
    """``phrase_pattern(phrases)``, with its ``search`` guarded by the phrases' openings."""

    def __init__(self, phrases: Iterable[str]) -> None:
        from ..lexicon import phrase_pattern

        phrases = list(phrases)
        self.pattern = phrase_pattern(phrases)
        openings = {_opening(phrase) for phrase in phrases}
        # A phrase that opens with no letter gives nothing to look for: the text is always searched.
        # An opening that holds another ("adjugées", "adjugé") is found whenever that one is.
        self.openings: tuple[str, ...] | None = None if "" in openings else tuple(sorted(
            opening for opening in openings if not any(other != opening and other in opening for other in openings)))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """``self.pattern.search(text, pos, endpos)``."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.openings is not None:
            folded = fold_case(text, pos, end)
            if not any(opening in folded for opening in self.openings):
                return None
        return self.pattern.search(text, pos, end)
