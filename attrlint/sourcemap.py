"""Markup and decomposed accents inside words, decoded in place.

``Document.prose`` keeps the length of the source. Where a word of the
source holds an entity (``d&eacute;clar&eacute;``) or an inline tag
(``l’<a href="…">AFP</a>``), blanking the markup with spaces would cut the
word in two. Such a *run* (markup and the characters glued to it) is
written decoded at its own start, ``déclaré``, and padded with spaces; the
run remembers where each decoded character came from, so that a span of
the prose maps back to the exact characters of the source.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from .patterns import regex  # regex, with compiled patterns kept between runs

from .model import Span

_DECOMPOSED = regex.compile(r"\P{M}\p{M}+")


class Unit(NamedTuple):
    """A piece of markup and what it reads as ("&laquo;" → "«", "<em>" → ""). (A named tuple,
    as ``_Run``: a frozen dataclass would compile its methods at each start.)"""

    start: int
    end: int
    text: str


class _Run(NamedTuple):
    """A run of decoded characters in the prose, from ``start`` to ``end``."""

    start: int
    end: int
    # Where decoded character i starts and ends in the source.
    origins: list[int]
    ends: list[int]


@dataclass(slots=True)
class SourceMap:
    """Prose offsets inside decoded runs → offsets of the source."""

    runs: list[_Run] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def _run_at(self, offset: int) -> _Run | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.runs[i].end:
            return self.runs[i]
        return None

    def source_span(self, span: Span) -> Span:
        """The characters of the source that ``span`` of the prose stands for."""
        return Span(self._offset(span.start, end=False), self._offset(span.end, end=True))

    def _offset(self, offset: int, *, end: bool) -> int:
        run = self._run_at(offset - 1 if end else offset)
        if run is None:
            return offset
        i = offset - run.start
        if end:
            return run.ends[i - 1] if i <= len(run.ends) else run.end
        return run.origins[i] if i < len(run.origins) else offset


def composed_units(source: str) -> list[Unit]:
    """Letters written with combining accents (NFD, "e" + U+0301), to be read composed ("é").

    The lexicon and every pattern are written composed; decoding them in
    place keeps "a déclaré" a cue in text saved decomposed.
    """
    # No Latin-1 character is a combining mark, and a text of them only (most articles)
    # is told by a copy, far cheaper than unicodedata's test of each character.
    if _latin_1(source) or unicodedata.is_normalized("NFC", source):
        return []
    units = []
    for m in _DECOMPOSED.finditer(source):
        composed = unicodedata.normalize("NFC", m.group())
        if len(composed) < len(m.group()):
            units.append(Unit(m.start(), m.end(), composed))
    return units


def _latin_1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100 (nothing is dropped encoding it)."""
    return len(text.encode("latin-1", "ignore")) == len(text)


def decode_runs(chars: list[str], units: list[Unit]) -> SourceMap:
    """Write each run holding markup ``units`` decoded in ``chars``; map it.

    ``chars`` is the prose being built: other markup is already blanked,
    the units are still there. A run is a stretch of units and non-space
    characters; a unit's own spaces (tag attributes) do not end it.
    """
    smap = SourceMap()
    units = sorted(units, key=lambda u: u.start)
    n = len(chars)
    k = 0
    while k < len(units):
        start = units[k].start
        while start > 0 and not chars[start - 1].isspace() and (k == 0 or start > units[k - 1].end):
            start -= 1
        pieces: list[tuple[int, int, str]] = []  # (source start, source end, decoded text)
        pos = start
        while pos < n:
            if k < len(units) and units[k].start == pos:
                unit = units[k]
                pieces.append((unit.start, unit.end, unit.text))
                pos = unit.end
                k += 1
            elif chars[pos].isspace():
                break
            else:
                pieces.append((pos, pos + 1, chars[pos]))
                pos += 1
        origins: list[int] = []
        ends: list[int] = []
        out: list[str] = []
        for s, e, text in pieces:
            for ch in text:
                origins.append(s)
                ends.append(e)
                out.append(ch)
        for i in range(start, pos):
            chars[i] = " " if chars[i] not in "\r\n" else chars[i]
        chars[start:start + len(out)] = out
        smap.runs.append(_Run(start, pos, origins, ends))
        smap.starts.append(start)
    return smap
