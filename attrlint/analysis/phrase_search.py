"""A word list's phrases searched in a text, skipped where the text cannot hold one.

A phrase pattern (:func:`attrlint.lexicon.phrase_pattern`) opens with a
lookbehind, so the regex module tries it at each character of the text it
is given: searched over a whole article, it costs a tenth of a millisecond.
Each match holds the letters its phrase opens with, whatever their case: a
text whose :func:`fold_case` form holds none of those openings has no
match, and is not searched. The matches are those of the pattern.

A long text is folded a window at a time, so that the test holds no more
than a window's copy of it.
"""
from __future__ import annotations

from typing import Collection, Iterable, Iterator

from ..patterns import regex
from ..word_lists import phrase_pattern
from .figures import fold_case

FOLDED_WINDOW = 65_536  # characters folded at once


def _opening(phrase: str) -> str:
    """The letters ``phrase`` opens with, folded as :func:`fold_case` folds a text
    ("Sotheby's" → "sotheby", "météo-france" → "météo")."""
    folded = fold_case(phrase, 0, len(phrase))
    end = 0
    while end < len(folded) and folded[end].isalpha():
        end += 1
    return folded[:end]


def openings_of(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The letters ``phrases`` open with, folded (:func:`fold_case`): a text that holds one of the
    phrases, folded, holds one of them. None when a phrase opens with no letter (nothing to look for)."""
    openings = {_opening(phrase) for phrase in phrases}
    if "" in openings:
        return None
    # An opening that holds another ("adjugées", "adjugé") is found whenever that one is. Only a
    # shorter one may hold it, and whatever holds a dropped one holds the one it holds: shortest
    # first, each is compared with the ones kept only.
    kept: list[str] = []
    for opening in sorted(openings, key=len):
        if not any(other in opening for other in kept):
            kept.append(opening)
    return tuple(sorted(kept))


def holds_one_of(folded: str, openings: Iterable[str] | None) -> bool:
    """Whether ``folded``, a text folded by :func:`fold_case`, holds one of ``openings``
    (:func:`openings_of`, or other words folded alike; None holds nothing to look for, and any
    text may hold the phrases)."""
    # map() over the bound method, not a generator: a test for each opening, most failing.
    return openings is None or any(map(folded.__contains__, openings))


def may_hold(text: str, start: int, end: int, openings: tuple[str, ...] | None) -> bool:
    """Whether ``text[start:end]``, folded, holds one of ``openings`` (:func:`openings_of`; None
    holds nothing to look for, and any text may hold the phrases): if not, none of their phrases
    stands there. For short texts (a sentence, a few words)."""
    return openings is None or holds_one_of(fold_case(text, start, end), openings)


class PhraseSearch:
    """``phrase_pattern(phrases)``, with its ``search`` guarded by the phrases' openings."""

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = list(phrases)
        self.pattern = phrase_pattern(phrases)
        # A phrase that opens with no letter gives nothing to look for: the text is always searched.
        self.openings = openings_of(phrases)
        # Windows overlap by this much: an opening across the end of one is whole in it.
        self.overlap = max(map(len, self.openings)) - 1 if self.openings else 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``self.pattern.search(text, pos, endpos)``."""
        end = len(text) if endpos is None or endpos > len(text) else endpos
        if self.openings is not None and not self._may_hold(text, pos, end, self.openings):
            return None
        return self.pattern.search(text, pos, end)

    def _may_hold(self, text: str, pos: int, end: int, openings: tuple[str, ...]) -> bool:
        """Whether ``text[pos:end]``, folded, holds one of ``openings``."""
        for _, folded in _folded_windows(text, pos, end, self.overlap):
            if holds_one_of(folded, openings):
                return True
        return False


class PhrasesInText:
    """A word list's phrases (``phrase_pattern``) searched in a whole text, the pattern tried
    only where a phrase's opening letters stand, folded (:func:`fold_case`), as each match
    starts with them. :class:`PhraseSearch` searches the whole text once it holds an opening
    anywhere, and a short one ("irm") stands inside common words ("confirme", "affirme")."""

    def __init__(self, phrases: Collection[str]) -> None:
        self.pattern = phrase_pattern(phrases)
        # Each phrase's own opening: openings_of keeps only the shortest of those that hold one
        # another, which a phrase may hold past its first letter. None: a phrase opens with no letter.
        each = [openings_of([phrase]) for phrase in phrases]
        self.openings = None if None in each else sorted({opening for found in each if found for opening in found})
        # Windows overlap by this much: an opening that starts in one ends in it.
        self.overlap = max(map(len, self.openings)) - 1 if self.openings else 0

    def first(self, text: str) -> regex.Match[str] | None:
        """The first match of the phrases in ``text``, as ``self.pattern.search(text)`` finds it."""
        if self.openings is None:
            return self.pattern.search(text)
        # The openings that start in a window are tried in text order, before those of the next one.
        for lo, folded in _folded_windows(text, 0, len(text), self.overlap):
            starts = []
            for opening in self.openings:
                at = folded.find(opening)
                while 0 <= at < FOLDED_WINDOW:
                    starts.append(lo + at)
                    at = folded.find(opening, at + 1)
            for at in sorted(starts):
                found = self.pattern.match(text, at)
                if found is not None:
                    return found
        return None


def _folded_windows(text: str, start: int, end: int, overlap: int) -> Iterator[tuple[int, str]]:
    """``text[start:end]`` folded (:func:`fold_case`) a window of ``FOLDED_WINDOW`` characters at a
    time, each with where it starts, and ``overlap`` characters more: what starts in a window and
    is no longer than ``overlap`` + 1 is whole in it. A long file is not copied whole."""
    for lo in range(start, end, FOLDED_WINDOW):
        hi = lo + FOLDED_WINDOW + overlap
        yield lo, fold_case(text, lo, hi if hi < end else end)
