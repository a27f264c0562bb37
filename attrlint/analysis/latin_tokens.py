"""The tokens of a block of Latin text, found with ``re``, which scans it faster than ``regex``.

The token pattern of :mod:`.tokens` is written for ``regex``, whose classes
(``\\p{L}``, ``\\d``, ``\\s``) hold every script. Over the characters of
:data:`LATIN_RANGES` the same pattern is written for ``re`` with each class
spelled out as the characters of that range ``regex`` puts in it, read from
``regex`` itself: on a text of these characters both find the same tokens.
"""
from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import sub

from ..patterns import regex
from .token_patterns import ELIDED_WORDS, token_alternatives

# The characters of the texts read here, as ranges of code points: Latin-1, the general
# punctuation (’ “ ” … – —, the thin and no-break spaces) and the euro sign. A letter beyond
# Latin-1 ("œ") would make each letter class of the pattern a large one, slow to compile: the
# few blocks that hold one are read with ``regex``.
LATIN_RANGES = ((0x0000, 0x00FF), (0x2000, 0x206F), (0x20AC, 0x20AC))


def _class_of(chars: str) -> str:
    """Characters, sorted, as the contents of an ``re`` class (in ranges)."""
    ranges: list[list[str]] = []
    for c in chars:
        if ranges and ord(ranges[-1][1]) == ord(c) - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(re.escape(lo) if lo == hi else f"{re.escape(lo)}-{re.escape(hi)}" for lo, hi in ranges)


class LatinScan:
    """The token pattern for ``re`` over the characters of :data:`LATIN_RANGES`. It takes no
    other character: in a text that holds one, that character is passed over, which
    :meth:`token_spans` sees."""

    def __init__(self) -> None:
        alphabet = "".join(chr(code) for lo, hi in LATIN_RANGES for code in range(lo, hi + 1))
        self.alphabet = frozenset(alphabet)
        letters = regex.sub(r"[^\p{L}\p{M}]", "", alphabet)
        digits = regex.sub(r"\D", "", alphabet)
        self.spaces = regex.sub(r"\S", "", alphabet)
        marks = regex.sub(r"[\s\p{L}\p{M}\d]", "", alphabet)
        space = _class_of(self.spaces)
        # The elided words are read whatever their case: "[lL]" for "(?i:l)", as no other
        # character of these ranges is "l" (or "i", "s"…) to regex's case-insensitive match.
        elided = "(?:" + "|".join("".join(f"[{c}{c.upper()}]" for c in word) for word in ELIDED_WORDS) + ")"
        run = token_alternatives(_class_of(letters), _class_of(digits), elided, f"[{_class_of(marks)}]",
                                 f"[{_class_of(marks.replace('-', ''))}]")[-1]
        # A token with the spaces before it: the matches follow one another, as the
        # repetitions of the token run do, unless a character was passed over.
        self.spaced_tokens = re.compile(rf"[{space}]*+(?:{run})")

    def spaced_tokens_at(self, prose: str, start: int, end: int) -> tuple[list[str], list[int]] | None:
        """The tokens of ``prose[start:end]`` each with the spaces before it, and their ends; None
        when ``prose[start:end]`` or the character before it (a lookbehind reads it) holds a
        character not of :data:`LATIN_RANGES`. Stripped of the characters of :attr:`spaces`
        (and of them only), each is the text of its token."""
        if start and prose[start - 1] not in self.alphabet:
            return None
        spaced = self.spaced_tokens.findall(prose, start, end)
        ends = list(accumulate(map(len, spaced), initial=start))
        # A character passed over leaves the tokens' ends short of where they are: the text
        # after the last one then holds more than spaces (at least its last character). Those
        # spaces are stripped in C: a call of the pattern costs more.
        if prose[ends[-1]:end].lstrip(self.spaces):
            return None
        del ends[0]
        return spaced, ends

    def token_spans(self, prose: str, start: int, end: int) -> tuple[list[str], list[int], list[int]] | None:
        """:func:`.tokens.token_spans`; None when ``prose[start:end]`` or the character before it
        (a lookbehind reads it) holds a character not of :data:`LATIN_RANGES`."""
        found = self.spaced_tokens_at(prose, start, end)
        if found is None:
            return None
        spaced, ends = found
        # str.lstrip() strips the spaces of these ranges and, of their other characters, only
        # the separators U+001C to U+001F, which regex reads as marks: a token that is one of
        # them comes out empty, and the tokens are then stripped of the spaces alone (which
        # costs more: the characters to strip are given at each call).
        texts = list(map(str.lstrip, spaced))
        if "" in texts:
            texts = list(map(str.lstrip, spaced, repeat(self.spaces)))
        return texts, list(map(sub, ends, map(len, texts))), ends
