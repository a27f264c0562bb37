"""The words around a figure as the readings of what it is see them: where its
sentence starts and ends, and the word lists of ``grammars/lexicon/figures.toml``.
"""
from __future__ import annotations

from functools import lru_cache

from ..model import Token

# How many words before a figure are read for its context.
WORDS_BEFORE = 6
_ENDS = {"STOP"}


def ends(tokens: list[Token], i: int) -> bool:
    """Whether the token at ``i`` ends a sentence: a stop, but not the dot that separates the
    thousands of a number ("1.000 livres"), which stands between two digits with no space."""
    if tokens[i].category not in _ENDS:
        return False
    return not (tokens[i].text == "." and 0 < i < len(tokens) - 1 and tokens[i - 1].category == "NUM" and
                tokens[i + 1].category == "NUM" and tokens[i - 1].end == tokens[i].start and
                tokens[i].end == tokens[i + 1].start)


@lru_cache(maxsize=1)  # asked for each figure: the import and the look-up once
def context_words() -> dict[str, frozenset[str]]:
    from ..word_lists import word_sets

    return word_sets("lexicon/figures.toml")


# How far from a bound its sentence is read for the rule it serves (a long sentence is
# not read whole for each of its figures).
RULE_REACH = 30


def said_before_in_sentence(tokens: list[Token], at: int, wanted: frozenset[str]) -> bool:
    """Whether a word of ``wanted`` stands before the token at ``at`` in its sentence, within
    a clause's reach: the head of a list, the subject of a verb, the court before a payment."""
    return any(t.lower in wanted for t in tokens[sentence_start(tokens, at, RULE_REACH):at])


def sentence_start(tokens: list[Token], first: int, reach: int) -> int:
    """Where the sentence of the token at ``first`` starts, or ``first - reach`` when it
    starts further back: a long sentence is not read whole for each of its figures."""
    start = first
    lowest = max(0, first - reach)
    # Only a stop can end a sentence: the other tokens are passed without a call.
    while start > lowest and (tokens[start - 1].category not in _ENDS or not ends(tokens, start - 1)):
        start -= 1
    return start


def sentence_end(tokens: list[Token], first: int, reach: int) -> int:
    """Where the sentence of the token at ``first`` ends (the index of its stop, or past the
    last token), or ``first + reach`` when it ends further on."""
    end = first
    highest = min(len(tokens), first + reach)
    while end < highest and (tokens[end].category not in _ENDS or not ends(tokens, end)):
        end += 1
    return end
