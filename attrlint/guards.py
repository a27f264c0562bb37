"""The time limit every regular expression over article text runs under.

Patterns are written not to backtrack, and the analysis is linear in the
size of a file; this limit is the guard behind that. A pattern that runs
past it raises ``TimeoutError`` (the ``regex`` module's ``timeout=``), which
the runner reports as a per-file diagnostic instead of hanging the run.
"""
from __future__ import annotations

from .patterns import regex  # regex, with compiled patterns kept between runs

# One search may take this long, plus this much per million characters it
# may scan: linear patterns stay far below at any size, a pattern that
# backtracks out of control soon runs into it.
REGEX_TIMEOUT = 5.0
REGEX_SECONDS_PER_MILLION_CHARS = 10.0


def regex_timeout(length: int) -> float:
    """The time limit, in seconds, of one search over ``length`` characters."""
    return REGEX_TIMEOUT + REGEX_SECONDS_PER_MILLION_CHARS * length / 1_000_000


_SPACES = regex.compile(r"[ \t\r\n\u00a0\u202f\u2009]*+")


def match_window(text: str, pos: int, end: int, reach: int) -> int:
    """Where a match anchored at ``pos`` may stop reading: past the spaces at
    ``pos``, ``reach`` characters more (and not past ``end``).

    A pattern that must contain some word ("millions", ")") makes the regex
    engine look for that word first, anywhere up to the end it is given:
    given the rest of a long paragraph, every match would read all of it.
    """
    spaces = _SPACES.match(text, pos, end)
    assert spaces is not None  # no space at all matches too
    return window_end(spaces.end(), reach, end)


def window_start(at: int, reach: int, floor: int = 0) -> int:
    """Where a window of ``reach`` before ``at`` starts, at ``floor`` at the earliest: what
    ``max(floor, at - reach)`` gives, without the builtin's reading of its arguments for
    keywords, which costs more than the test (the words before a figure are read in many
    such windows)."""
    start = at - reach
    return start if start > floor else floor


def window_end(at: int, reach: int, limit: int) -> int:
    """Where a window of ``reach`` after ``at`` ends, at ``limit`` at the latest: what
    ``min(limit, at + reach)`` gives, without the builtin's call."""
    end = at + reach
    return end if end < limit else limit


# How far the spaces after an offset are read for the character they lead to.
_SPACES_READ = 8


def offsets_of(text: str, characters: str, start: int, end: int) -> list[int]:
    """The offsets in ``text[start:end]`` of any of ``characters``, in order.

    Each character is looked for with ``str.find`` (in C): a block holds few of
    the marks looked for, and a scan for one character runs many times faster
    than a character class tried at each position.
    """
    found = []
    for character in characters:
        at = text.find(character, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1, end)
    found.sort()
    return found


def next_character(text: str, at: int) -> str | None:
    """The first character from ``at`` on that is no space ("" at the end of the text), None when
    more spaces than are read stand there. Each space of the patterns (``[\\s\\u00a0\\u202f]``) is
    one to ``str.isspace``: a pattern that needs some character after its spaces needs it here."""
    after = text[at:at + _SPACES_READ].lstrip()
    if after:
        return after[0]
    return "" if at + _SPACES_READ >= len(text) else None
