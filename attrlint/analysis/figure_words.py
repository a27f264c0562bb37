"""The words around a figure as the readings of what it is see them: where its
sentence starts and ends, the word lists of ``grammars/lexicon/figures.toml``, and
the amount a figure's words give (:func:`amount_of`, which the readings of a figure's
context and those of its sources both compare).
"""
from __future__ import annotations

from functools import lru_cache
from math import isclose

from ..guards import window_end, window_start
from ..model import AnalysedDocument, Token
from ..patterns import regex
from ..word_lists import phrase_alternation, word_sets
from .figures import digits_of

# A word of the prose as the lexicon's lemmas are looked up: letters and digits, with the
# apostrophes and hyphens inside it.
_PROSE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def has_a_lemma_in(ad: AnalysedDocument, start: int, end: int, wanted: frozenset[str]) -> bool:
    """Whether a word of ``ad.prose[start:end]`` is a form of a verb of ``wanted`` (lemmas of the lexicon)."""
    lemmas = ad.lexicon.lemmas if ad.lexicon is not None else {}
    return any(lemmas.get(w.group(0).lower()) in wanted for w in _PROSE_WORD.finditer(ad.prose, start, end))


# How many words before a figure are read for its context.
WORDS_BEFORE = 6
# The category of the tokens that may end a sentence. A walk over the words around a figure
# tests it before calling :func:`ends`, whose call costs more than the test, for each word.
STOP = "STOP"
_ENDS = {STOP}


def ends(tokens: list[Token], i: int) -> bool:
    """Whether the token at ``i`` ends a sentence: a stop, but not the dot that separates the
    thousands of a number ("1.000 livres"), which stands between two digits with no space."""
    if tokens[i].category not in _ENDS:
        return False
    return not (tokens[i].text == "." and 0 < i < len(tokens) - 1 and tokens[i - 1].category == "NUM" and
                tokens[i + 1].category == "NUM" and tokens[i - 1].end == tokens[i].start and
                tokens[i].end == tokens[i + 1].start)


@lru_cache(maxsize=1)  # asked for each figure: the look-up once
def context_words() -> dict[str, frozenset[str]]:
    return word_sets("lexicon/figures.toml")


# The categories of figures their context describes rather than claims (a rule's, a price, a
# specification…), which a figure listed after or taken up from them is described alike.
DESCRIBED_CATEGORIES = frozenset({"rule", "plan", "price", "specification", "capability", "size", "document",
                                  "dimension", "place"})


# How far from a bound its sentence is read for the rule it serves (a long sentence is
# not read whole for each of its figures).
RULE_REACH = 30


def said_before_in_sentence(tokens: list[Token], at: int, wanted: frozenset[str]) -> bool:
    """Whether a word of ``wanted`` stands before the token at ``at`` in its sentence, within
    a clause's reach: the head of a list, the subject of a verb, the court before a payment."""
    return not wanted.isdisjoint(lowers_of(tokens, sentence_start(tokens, at, RULE_REACH), at))


def lowers_of(tokens: list[Token], start: int, end: int) -> list[str]:
    """The words of ``tokens[start:end]`` in lower case: a reading that needs one of a few words
    looks them up among these at once (a set's test in C) before it walks the tokens."""
    return [t.lower for t in tokens[start:end]]


def sentence_start(tokens: list[Token], first: int, reach: int) -> int:
    """Where the sentence of the token at ``first`` starts, or ``first - reach`` when it
    starts further back: a long sentence is not read whole for each of its figures."""
    start = first
    lowest = window_start(first, reach)
    # Only a stop can end a sentence: the other tokens are passed without a call.
    while start > lowest and (tokens[start - 1].category not in _ENDS or not ends(tokens, start - 1)):
        start -= 1
    return start


def sentence_end(tokens: list[Token], first: int, reach: int) -> int:
    """Where the sentence of the token at ``first`` ends (the index of its stop, or past the
    last token), or ``first + reach`` when it ends further on."""
    end = first
    highest = window_end(first, reach, len(tokens))
    while end < highest and (tokens[end].category not in _ENDS or not ends(tokens, end)):
        end += 1
    return end


# The number at the head of a figure's words: its digits, its thousands apart ("10.000", "10 000"),
# a decimal comma ("1,5"), and the scale after it.
# (The words of scale of figures.toml, by the power of ten they stand for.)
_SCALES = {word: power for key, power in (("thousands", 1e3), ("millions", 1e6), ("billions", 1e9))
           for word in context_words()[key]}
_AMOUNT = regex.compile(r"(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+|\d+)(?:,(\d+))?"
                        rf"(?:[ \u00a0\u202f]+({phrase_alternation(_SCALES)}))?")


def amount_of(value_text: str) -> float | None:
    """The number of a figure's words in digits ("400 euros" is 400, "1,5 million" 1.5e6), or None."""
    # Searched in the words, with decimals and scale (for sums): figures._value reads a matched whole part.
    found = _AMOUNT.search(value_text)
    if found is None:
        return None
    whole = digits_of(found.group(1))
    number = float(f"{whole}.{found.group(2)}" if found.group(2) else whole)
    return number * _SCALES.get(found.group(3) or "", 1.0)


# The digits a unit is glued to: "110m", "56mm".
_GLUED_DIGITS = regex.compile(r"^[\d.,]+")


def unit_of(value_text: str) -> str:
    """The unit of a measure, written apart ("110 m") or glued to its number ("110m"): the last
    word of a figure, its digits left out; empty for no words."""
    parts = value_text.split()
    return _GLUED_DIGITS.sub("", parts[-1]) if parts else ""


def sum_or_difference(value: float, a: float, b: float) -> bool:
    """Whether ``value`` is worked out from ``a`` and ``b``: their sum or their difference."""
    return isclose(value, a + b) or isclose(value, abs(a - b))
