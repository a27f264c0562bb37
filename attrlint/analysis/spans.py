"""Sorted spans with logarithmic look-ups, so that analysis stays linear
in the size of the document however many quotations or figures it holds."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Any, Callable, Generic, Iterable, TypeVar

from ..model import Span

T = TypeVar("T")


# An item's span, its start and its end, read in C (most indexes hold items with a span).
_SPAN: Callable[[Any], Span] = attrgetter("span")
_SPAN_START, _SPAN_END = attrgetter("span.start"), attrgetter("span.end")


class SpanIndex(Generic[T]):
    """Items with non-overlapping spans, looked up by offset or by range."""

    def __init__(self, items: Iterable[T], span_of: Callable[[T], Span] | None = None) -> None:
        """``span_of`` gives an item's span; by default its ``span``."""
        if span_of is None:
            self.items = sorted(items, key=_SPAN_START)
            self._span_of = _SPAN
            self.starts = list(map(_SPAN_START, self.items))
            # Non-overlapping spans sorted by start are sorted by end too.
            self.ends = list(map(_SPAN_END, self.items))
            return
        self.items = sorted(items, key=lambda item: span_of(item).start)
        self._span_of = span_of
        self.starts = [span_of(item).start for item in self.items]
        self.ends = [span_of(item).end for item in self.items]

    def containing(self, offset: int, *, strict: bool = True) -> T | None:
        """The item whose span holds ``offset`` (strictly inside the marks when ``strict``)."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        span = self._span_of(self.items[i])
        inside = span.start < offset < span.end if strict else span.start <= offset < span.end
        return self.items[i] if inside else None

    def before(self, offset: int) -> T | None:
        """The last item starting before ``offset``."""
        i = bisect_right(self.starts, offset - 1) - 1
        return self.items[i] if i >= 0 else None

    def starting_in(self, start: int, end: int) -> list[T]:
        """Items whose span starts in ``[start, end)``."""
        lo = bisect_right(self.starts, start - 1)
        hi = bisect_right(self.starts, end - 1)
        return self.items[lo:hi]

    def ending_in(self, start: int, end: int) -> list[T]:
        """Items whose span ends in ``(start, end]``."""
        lo = bisect_right(self.ends, start)
        hi = bisect_right(self.ends, end)
        return self.items[lo:hi]

    def any_starting_in(self, start: int, end: int) -> bool:
        lo = bisect_right(self.starts, start - 1)
        return lo < len(self.starts) and self.starts[lo] < end


def overlaps_any(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint intervals ``taken``."""
    i = bisect_right(taken, (start, float("inf"))) - 1
    if i >= 0 and taken[i][1] > start:
        return True
    return i + 1 < len(taken) and taken[i + 1][0] < end


def between(indices: list[int], lo: int, hi: int) -> list[int]:
    """The items of the sorted ``indices`` from ``lo`` (included) to ``hi`` (excluded)."""
    return indices[bisect_left(indices, lo):bisect_left(indices, hi)]


def any_between(indices: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted ``indices`` is from ``lo`` (included) to ``hi`` (excluded): one
    search, and no list made."""
    at = bisect_left(indices, lo)
    return at < len(indices) and indices[at] < hi
