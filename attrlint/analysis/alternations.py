"""Long alternations of words ("km|kilomètres?|mètres?|…") regrouped by their first
character, so that the regex engine tests one character before a group of
alternatives rather than trying each alternative in turn."""
from __future__ import annotations

from typing import Iterator


def _top_level(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` that is neither escaped nor in a class ("[…]"), its index,
    and the depth of groups it stands at once read (a "(" counts itself, a ")" does not)."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = pattern.index("]", i + 2) + 1
            continue
        depth += 1 if char == "(" else -1 if char == ")" else 0
        yield i, char, depth
        i += 1


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` ends (past its bracket)."""
    return next(i + 1 for i, char, depth in _top_level(pattern) if char == ")" and depth == 0)


def alternatives(alternation: str) -> list[str]:
    """The alternatives of ``alternation``, in order: split at each "|" outside groups and
    classes, a group before a suffix handed out to each of its own ("(?:juin|août)s")."""
    cuts = [i for i, char, depth in _top_level(alternation) if char == "|" and depth == 0]
    found = [alternation[start + 1:stop] for start, stop in zip([-1, *cuts], [*cuts, len(alternation)])]
    spread = []
    for alternative in found:
        close = _group_end(alternative) if alternative.startswith("(?:") else 0
        if close and alternative[close:close + 1] not in ("?", "*", "+", "{"):
            spread += [inner + alternative[close:] for inner in alternatives(alternative[3:close - 1])]
        else:
            spread.append(alternative)
    return spread


def by_first_character(*alternations: str) -> str:
    """The alternatives of ``alternations`` grouped by their first character (either case):
    the engine tries each group of a long alternation after one character's test, not each
    alternative. Those of one group keep their order, and no two groups may match one
    character: the alternation matches as it did, with the same priorities."""
    groups: dict[str, list[str]] = {}
    for alternative in (alternative for alternation in alternations for alternative in alternatives(alternation)):
        escaped = alternative.startswith("\\")
        first = alternative[escaped]
        # A character for itself: not a class ("\\s", "[…]", "."), nor a group left whole.
        if first.isalnum() if escaped else first in "[(.^$|)*+?{":
            raise ValueError(f"an alternative that does not open with a character of its own: {alternative}")
        groups.setdefault(first.casefold(), []).append(alternative)
    return "|".join(f"(?:{'|'.join(group)})" for group in groups.values())
