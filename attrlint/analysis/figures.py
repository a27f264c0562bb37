"""Figures: numbers in digits or words, with the category that decides
whether an editor would ask for their source (SPEC §2.2).
"""
from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import match_window, next_character, regex_timeout, window_end, window_start
from ..word_lists import function_word_alternation as _alternation, longest_first, phrase_alternation, read_word_lists, word_sets
from ..model import Figure, Span
from .spans import overlaps_any
from .alternations import by_first_character

# The word lists of grammars/lexicon/figures.toml (each described there).
_WORDS = word_sets("lexicon/figures.toml")
# The function words that several patterns read, as alternations built once.
_DE = _alternation("de")
_DE_WITH_ARTICLES = _alternation("de_with_articles")
_AND_OR = _alternation("and_or")


_SP = r"[ \u00a0\u202f]"
# The characters a number does not follow.
_NOT_BEFORE_A_NUMBER_CLASS = r"[\p{L}\p{N}\-/.,]"
_NUMBER = (
    rf"(?<!{_NOT_BEFORE_A_NUMBER_CLASS})"
    # Thousands separators: a dot or spaces (several where markup was blanked: "2&nbsp;000"),
    # or the apostrophe of Swiss outlets ("10'000", "1’250’000").
    # A decimal comma, or a decimal point before one or two digits and a space ("4.2 secondes"):
    # a dot before three digits separates thousands.
    rf"(?P<num>\d{{1,3}}(?:(?:{_SP}{{1,6}}|[.'’])\d{{3}})+(?![\d])|\d+)(?:,(?P<dec>\d+)|\.(?P<dec>\d{{1,2}})(?={_SP}))?"
    r"(?P<glued>[\p{L}°%€$£]*)"
)
_ESTIMATE = (
    r"(?:environ|près\s+de|pr[eè]s\s+d'|presque|plus\s+de|plus\s+d'|moins\s+de|moins\s+d'|au\s+moins|au\s+plus|"
    r"quelque|jusqu'à|jusqu’à|pas\s+moins\s+de|approximativement|autour\s+de|autour\s+d'|"
    r"quasiment|grosso\s+modo|à\s+peine|seulement|plus\s+d’|moins\s+d’|près\s+d’|autour\s+d’)"
)
# An estimate starts a word: "auprès de 60 patients" holds no "près de".
_NUMBER_RE = regex.compile(rf"(?:(?<![\p{{L}}])(?P<est>{_ESTIMATE}){_SP}+)?{_NUMBER}", regex.I)
# Scanning a block with _NUMBER_RE tries every estimate at every character;
# its matches are found faster from the digits where a number can start, with
# the estimate (at most three words) that may end just before it. The numbers
# are scanned for with no estimate: its group is kept, made to match nothing,
# so that the groups and their numbers are those of _NUMBER_RE. A digit comes
# first (a lookahead): the engine then skips ahead to digits instead of trying
# the lookbehind everywhere.
_NUMBER_AT_DIGIT = regex.compile(rf"(?=\d)(?:(?P<est>(?!)){_SP}+)?{_NUMBER}", regex.I)
assert _NUMBER_AT_DIGIT.groupindex == _NUMBER_RE.groupindex
# The scan above tests each character for a digit against the Unicode tables. In a block of
# Latin-1 characters (most blocks), whose only digits are ASCII, the digits are found in its
# bytes instead, each made "0" and every other byte a space (bytes.find), and the pattern is
# matched from each digit after none of the Latin-1 characters its lookbehind rules out.
_ASCII_DIGITS_MADE_ZERO = bytes(ord("0") if "0" <= chr(code) <= "9" else ord(" ") for code in range(256))
_NOT_BEFORE_A_NUMBER = frozenset(regex.findall(_NOT_BEFORE_A_NUMBER_CLASS, "".join(map(chr, range(256))),
                                               flags=regex.I))
_ESTIMATE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_ESTIMATE}){_SP}+(?=\d)", regex.I)
_LAST_WORDS = regex.compile(r"(?r)(?:\S+\s+){0,2}\S+")
# The words every estimate ends with (lower case): the estimate is searched for
# only before a number whose last word before it ends so. Those that end with "de"
# ("près de", "plus d'") have one of _BEFORE_DE before it, across spaces: "de" is
# before most numbers ("hausse de 3 %"), most often after none of them.
_ESTIMATE_ENDS = ("environ", "presque", "moins", "plus", "quelque", "jusqu'à", "jusqu’à", "approximativement",
                  "quasiment", "modo", "peine", "seulement")
_ESTIMATE_END_MAX = max(map(len, _ESTIMATE_ENDS))
_DE_ENDS = ("de", "d'", "d’")  # each of two characters
_BEFORE_DE = ("près", "pres", "plus", "moins", "autour")
_BEFORE_DE_MAX = max(map(len, _BEFORE_DE))
_DE_READ = 40  # characters read back for the word before "de"; past a longer run of spaces, the search is made


def _may_end_an_estimate(folded: str, pos: int, end: int) -> bool:
    """Whether ``folded[pos:end]`` (:func:`fold_case`) may end with an estimate: the test that
    spares most numbers the search for one."""
    if folded.endswith(_ESTIMATE_ENDS, window_start(end, _ESTIMATE_END_MAX, pos), end):
        return True
    if not folded.endswith(_DE_ENDS, window_start(end, 2, pos), end):
        return False
    before = folded[window_start(end - 2, _DE_READ, pos):end - 2]
    words = before.rstrip()  # str.isspace holds for each space \s matches
    if len(words) == len(before):
        return False  # no space before "de": "code", "monde"
    # A word shorter than the longest may have been cut by the window: the search decides.
    return len(words) < _BEFORE_DE_MAX or words.endswith(_BEFORE_DE)

_WORD_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
_SCALE_WORDS = r"(?:millier|milliers|million|millions|milliard|milliards)"
_WORD_NUM_ALT = "|".join(longest_first(_WORD_NUMBERS))
# "deux millions de personnes", "un millier de soldats", "1,5 milliard"
_SCALE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<est>{_ESTIMATE}){_SP}+)?(?P<w>(?:{_WORD_NUM_ALT})(?:[\-{_SP}](?:{_WORD_NUM_ALT}))*){_SP}+(?P<scale>{_SCALE_WORDS})\b",
    regex.I,
)
# Rates and comparisons in words: "un décès sur quatre", "trois fois plus", "la moitié des habitants".
# A run of digits is read whole, from its first digit: a million digits are one attempt.
_RATE_RE = regex.compile(
    rf"(?<![\p{{L}}\-])(?:(?P<a>(?:(?:{_WORD_NUM_ALT})(?:-(?:{_WORD_NUM_ALT}))*|(?<!\d)\d++))\s+(?:[\p{{L}}\-]+\s+){{0,2}}sur\s+(?P<b>(?:{_WORD_NUM_ALT})(?:-(?:{_WORD_NUM_ALT}))*|\d+)(?![\p{{L}}\d])"
    rf"|(?P<times>(?:{_WORD_NUM_ALT}|(?<!\d)\d++)\s+fois\s+(?:{_alternation('more_and_less')}))"
    rf"|(?P<mult>(?:multipli|divis)[\p{{L}}]*\s+par\s+(?:{_WORD_NUM_ALT}|\d+)(?![\p{{L}}\d]))"
    r"|(?P<frac>(?:la\s+moitié|le\s+tiers|les\s+deux\s+tiers|un\s+tiers|deux\s+tiers|le\s+quart|un\s+quart|trois\s+quarts|les\s+trois\s+quarts)"
    rf"\s+(?:{_DE_WITH_ARTICLES})\b"
    # "un quart de siècle", "la moitié du temps": a share of time is a duration
    r"(?![\s\u00a0\u202f]*(?:siècles?|temps|journée|nuit|semaine|matinée|soirée|saison|année|décennie)\b)))",
    regex.I,
)
# A share in words that measures a change, after its verb: "réduits de près d'un tiers", "a baissé
# de moitié". The figure is the share and its estimate.
_CHANGE_BY_A_SHARE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:{phrase_alternation(_WORDS['change_by_a_share'])})[\p{{L}}]*{_SP}+(?:de{_SP}+|d['’]{_SP}*)"
    rf"(?P<share>(?:(?:{phrase_alternation(_WORDS['share_bounds'])}){_SP}+(?:de{_SP}+|d['’]{_SP}*))?"
    rf"(?:{phrase_alternation(_WORDS['shares_in_words'])}))(?![\p{{L}}])",
    regex.I,
)
# Hundreds and thousands in words: "deux cents policiers", "trois mille soldats".
_NUM_SEP = rf"(?:-|{_SP})(?:et(?:-|{_SP}))?"
_WORD_HUNDREDS_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<est>{_ESTIMATE}){_SP}+)?"
    rf"(?P<w>(?:(?:{_WORD_NUM_ALT}){_NUM_SEP})*(?:cents?|mille)(?:{_NUM_SEP}(?:{_WORD_NUM_ALT}))*)(?![\p{{L}}])",
    regex.I,
)
_HUNDREDS_WORDS = {"cent", "cents", "mille"}
# About a hundred: "une centaine de manifestants", "plus d'une centaine de lycées" count as
# "un millier de soldats" does; "des centaines" stays vague.
_ABOUT_A_HUNDRED_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<est>{_ESTIMATE}){_SP}*)?une{_SP}+(?:petite{_SP}+|bonne{_SP}+)?centaine{_SP}+(?:de{_SP}+|d['’])",
    regex.I,
)
# Small counts in words made estimates: "au moins trois décès", "près de quinze blessés".
_WORD_ESTIMATE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?P<est>environ|près\s+de|plus\s+de|au\s+moins|quelque|pas\s+moins\s+de){_SP}+(?P<w>(?!une?\b)(?:{_WORD_NUM_ALT}))(?![\p{{L}}])",
    regex.I,
)


# -- Scans anchored on a keyword -------------------------------------------
# Scanning a whole block with the patterns above tries every alternative at
# every character. Each of their matches holds a keyword, and spans a bounded
# number of whitespace-separated words: the keywords are found with str.find,
# and the pattern is searched only in a window of words around each one.

def is_number_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a number written in words ("trois", "vingt")."""
    return word in _WORD_NUMBERS


# The lower case of each Latin-1 character, a Latin-1 character too: a text of those
# characters only is folded byte for byte, where str.lower would read the Unicode tables for
# each character of a text with any beyond ASCII.
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


def fold_case(prose: str, start: int, end: int) -> str:
    """``prose[start:end]`` in lower case, one character for one, where every
    character that a lower-case word matches under ``regex.I`` becomes that
    word's letter (``str.lower`` makes two of "İ" and keeps "ſ")."""
    text = prose[start:end]
    try:
        return text.encode("latin-1").translate(_LATIN1_LOWER).decode("latin-1")
    except UnicodeEncodeError:  # a character beyond Latin-1 ("’", "œ")
        return text.replace("İ", "i").replace("ſ", "s").lower()


# What must stand next to a keyword for a pattern to match there: a space, a
# character that is not a letter, or (a tuple) one of some words across spaces,
# "0" standing for any digit (``\d``, which knows more digits than str.isdigit).
# Each test lets through whatever the pattern may match: str.isspace holds for
# every character ``\s`` matches, str.isalpha for just those ``\p{L}`` matches.
_Context = str | tuple[str, ...] | None
_SPACE, _NOT_LETTER = "space", "not letter"
_NUMBER_WORDS = tuple(_WORD_NUMBERS)
_LONGEST_WORD = max(len(word) for word in _NUMBER_WORDS)
_DIGIT = regex.compile(r"\d")
_ACROSS_SPACES = 24  # characters read for a word across spaces; a longer run of spaces lets a keyword through


def _before_holds(prose: str, folded: str, at: int, i: int, what: _Context) -> bool:
    """Whether ``what`` stands before the keyword at ``folded[i]`` (``prose[at]``)."""
    if what is None or i == 0:
        return True
    if isinstance(what, tuple):
        rest = folded[window_start(i, _ACROSS_SPACES):i].rstrip()
        return rest.endswith(what) or (len(rest) < _LONGEST_WORD and i > _ACROSS_SPACES)
    char = prose[at - 1]
    return char.isspace() if what == _SPACE else not char.isalpha()


def _opens_with_a_digit(text: str) -> bool:
    """Whether ``_DIGIT`` matches at the start of ``text``: Latin-1 holds no digit but the ASCII ones."""
    first = text[:1]
    if first <= "\xff":
        return first != "" and first in "0123456789"
    return _DIGIT.match(first) is not None


def _after_holds(prose: str, folded: str, stop: int, j: int, what: _Context) -> bool:
    """Whether ``what`` stands after the keyword ending at ``folded[j]`` (``prose[stop]``)."""
    if what is None or j == len(folded):
        return True
    if isinstance(what, tuple):
        rest = folded[j:j + _ACROSS_SPACES].lstrip()
        return rest.startswith(what) or ("0" in what and _opens_with_a_digit(rest)) or \
            (len(rest) < _LONGEST_WORD and j + _ACROSS_SPACES < len(folded))
    char = prose[stop]
    return char.isspace() if what == _SPACE else not char.isalpha()


def _keyword_spans(prose: str, start: int, folded: str, keywords: tuple[tuple[str, _Context, _Context], ...],
                   held: set[str] | None = None) -> list[tuple[int, int]]:
    """Sorted (start, end) of ``keywords`` (word, what precedes it, what follows
    it) in the block at ``start`` whose :func:`fold_case` text is ``folded``
    (``held``: the words of :data:`_ALL_KEYWORDS` it holds, when the caller has them)."""
    found = []
    for word, before, after in keywords:
        if held is not None and word not in held:
            continue
        i = folded.find(word)
        while i >= 0:
            j = i + len(word)
            if _before_holds(prose, folded, start + i, i, before) and _after_holds(prose, folded, start + j, j, after):
                found.append((start + i, start + j))
            i = folded.find(word, j)
    found.sort()
    return found


def _anchored_matches(pattern, keywords: _Keywords, words_before, words_after, prose: str, start: int, end: int,
                      folded: str, *, guarded: bool = False, held: set[str] | None = None) -> Iterator:
    """The matches of ``pattern.finditer(prose, start, end)``, each of which
    holds one of ``keywords``; none where the block holds none of their words
    (``held``: the words of :data:`_ALL_KEYWORDS` it holds, when the caller has them).

    Each keyword's window runs from the words ``words_before`` reads back from
    it to one character past those ``words_after`` reads on from it (what a
    lookahead reads): a match holding the keyword, and any attempt starting
    before it, read nothing outside. A match found there is kept if it starts
    at or before the keyword: later attempts may have been cut short by the
    window, and the next keyword's window reads them whole. Matches are thus
    the same, leftmost and non-overlapping, as long as no match spans more
    words than the window (stated where each pattern's keywords are). Patterns
    that may backtrack within a window are ``guarded`` by the time limit.
    """
    if held is not None and held.isdisjoint(keywords.words):
        return iter(())
    return _matches_around_keywords(pattern, keywords, words_before, words_after, prose, start, end, folded, guarded,
                                    held)


def _matches_around_keywords(pattern, keywords: _Keywords, words_before, words_after, prose: str, start: int,
                             end: int, folded: str, guarded: bool, held: set[str] | None) -> Iterator:
    """What :func:`_anchored_matches` yields, read around each keyword."""
    pos = start
    limit = regex_timeout(end - start) if guarded else None
    for at, stop in _keyword_spans(prose, start, folded, keywords.each, held):
        if at < pos:
            continue  # inside the match found last
        lo = words_before.match(prose, pos, at).start()
        hi = window_end(words_after.match(prose, stop, end).end(), 1, end)
        m = pattern.search(prose, lo, hi, timeout=limit)
        if m is not None and m.start() <= at:
            yield m
            pos = m.end()


class _Keywords(NamedTuple):
    """A scan's keywords, each (word, what precedes it, what follows it), and the set of their words."""

    each: tuple[tuple[str, _Context, _Context], ...]
    words: frozenset[str]


def _keywords(*each: tuple[str, _Context, _Context]) -> _Keywords:
    return _Keywords(each, frozenset(word for word, _, _ in each))


# Windows: a keyword's word and up to four or twelve words before it, four or nine after.
_FOUR_WORDS_BEFORE = regex.compile(r"(?r)(?:\S+\s+){0,4}\S*")
_TWELVE_WORDS_BEFORE = regex.compile(r"(?r)(?:\S+\s+){0,12}\S*")
_REST_OF_WORD = regex.compile(r"\S*")
_FOUR_WORDS_AFTER = regex.compile(r"\S*(?:\s+\S+){0,4}")
_NINE_WORDS_AFTER = regex.compile(r"\S*(?:\s+\S+){0,9}")
# _SCALE_RE: every match ends with its scale word, after a number word; up to
# three words of estimate ("pas moins de") and nine words of number ("deux cent
# quatre-vingt-dix mille trois cent douze millions") before it. A longer run of
# number words would be read from its twelfth word before the scale word.
_SCALE_KEYWORDS = _keywords(("milli", _NUMBER_WORDS, None))
# _RATE_RE: at most five words ("trois habitants sur dix sur", "les trois
# quarts de la"). Every match holds "sur" before a number, "fois" before "plus"
# or "moins", or a fraction before "de": a keyword elsewhere ("deux fois plus
# sur dix") is in a match that holds one of those too. "quart" and "quarts"
# are two keywords, so that "quartier" is none.
_RATE_KEYWORDS = _keywords(
    ("sur", _SPACE, _NUMBER_WORDS + ("0",)), ("fois", _SPACE, ("plus", "moins")),
    ("multipli", _NOT_LETTER, None), ("divis", _NOT_LETTER, None),
    ("moitié", _SPACE, ("de", "du")), ("tiers", _SPACE, ("de", "du")), ("quart", _SPACE, ("de", "du")),
    ("quarts", _SPACE, ("de", "du")))
# _CHANGE_BY_A_SHARE_RE: every match ends on its keyword, four words at most after its verb.
_CHANGE_BY_A_SHARE_KEYWORDS = _keywords(("moitié", _SPACE, _NOT_LETTER), ("tiers", _SPACE, _NOT_LETTER),
                                        ("quart", _SPACE, _NOT_LETTER), ("quarts", _SPACE, _NOT_LETTER))
# _WORD_HUNDREDS_RE: an estimate and number words on either side of "cent",
# "cents" or "mille" (no letter next to them: "centre" holds none); a run of
# more than twelve words before or nine after would be cut.
_HUNDREDS_KEYWORDS = _keywords(("cent", _NOT_LETTER, _NOT_LETTER), ("cents", _NOT_LETTER, _NOT_LETTER),
                               ("mille", _NOT_LETTER, _NOT_LETTER))
# _WORD_ESTIMATE_RE: at most four words ("pas moins de quinze").
_ABOUT_A_HUNDRED_KEYWORDS = _keywords(("centaine", _SPACE, ("de", "d'", "d’")))
_WORD_ESTIMATE_KEYWORDS = _keywords(
    ("environ", _NOT_LETTER, _NUMBER_WORDS), ("près", _NOT_LETTER, ("de",)), ("plus", _NOT_LETTER, ("de",)),
    ("moins", _SPACE, _NUMBER_WORDS + ("de",)), ("quelque", _NOT_LETTER, _NUMBER_WORDS))
# The words of every scan's keywords.
_ALL_KEYWORDS = tuple(sorted(frozenset().union(*(keywords.words for keywords in (
    _SCALE_KEYWORDS, _RATE_KEYWORDS, _CHANGE_BY_A_SHARE_KEYWORDS, _HUNDREDS_KEYWORDS, _ABOUT_A_HUNDRED_KEYWORDS,
    _WORD_ESTIMATE_KEYWORDS)))))
# A keyword that holds a shorter one ("cents" and "centaine" hold "cent", "quarts" holds "quart")
# is looked for only in a block that holds the shorter one: most blocks hold neither.
_SHORTEST_KEYWORDS = tuple(word for word in _ALL_KEYWORDS
                           if not any(other != word and other in word for other in _ALL_KEYWORDS))
_KEYWORDS_HOLDING_ONE = tuple((word, next(other for other in _SHORTEST_KEYWORDS if other in word))
                              for word in _ALL_KEYWORDS if word not in _SHORTEST_KEYWORDS)


# "milli" and "mille" open alike: both are looked for only in a block that holds their opening.
_MILL, _MILL_KEYWORDS = "mill", ("milli", "mille")
assert all(word in _SHORTEST_KEYWORDS and word.startswith(_MILL) for word in _MILL_KEYWORDS)
_SHORTEST_KEYWORDS_APART = tuple(word for word in _SHORTEST_KEYWORDS if word not in _MILL_KEYWORDS)


def _held_keywords(folded: str) -> set[str]:
    """The words of :data:`_ALL_KEYWORDS` that the :func:`fold_case` text ``folded`` holds."""
    held = set(filter(folded.__contains__, _SHORTEST_KEYWORDS_APART))
    if _MILL in folded:
        held.update(filter(folded.__contains__, _MILL_KEYWORDS))
    for word, shorter in _KEYWORDS_HOLDING_ONE:
        if shorter in held and word in folded:
            held.add(word)
    return held


_MONTH_NAMES = (
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
    "novembre", "décembre", "decembre", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
)
_MONTHS = "|".join(_MONTH_NAMES)
# "les 13 et 14 juillets": months in the plural after two days ("mais" is not one).
_MONTHS_IN_THE_PLURAL = ("janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
                         "décembre")
_MONTHS_PLURAL = f"(?:{'|'.join(_MONTHS_IN_THE_PLURAL)})s"
_DURATION_UNITS = (
    r"ans?|années?|mois|jours?|semaines?|heures?|h|minutes?|min|mn|secondes?|s|siècles?|décennies?|"
    r"trimestres?|semestres?|nuits?|journées?|matinées?|soirées?|week-ends?|mandats?|dixièmes?|centièmes?|millièmes?"
)
_PERCENT_UNITS = r"%|pour\s*cent|pourcent|p\.\s?cent|pour\s+mille|‰|points?\s+de\s+pourcentage"  # "12 p. cent" in Québec
_MONEY_UNITS = (
    r"€|\$|£|¥|M€|Md€|Mds€|k€|G\$|M\$|k\$|euros?|centimes?|dollars?|francs?(?:\s+CFA)?|FCFA|CFA|livres?(?:\s+sterling)?|yens?|yuans?|"
    r"roubles?|dinars?|dirhams?|nairas?|cedis?|shillings?|rands?|roupies?|reals?|pesos?|couronnes?|"
    r"francs\s+suisses|kwachas?|birrs?|ariarys?|ouguiyas?|leones?|dalasis?|hryvnias?|wons?|USD|EUR|GBP|XOF|XAF|CHF|CAD|"
    r"fr\.(?=[ \u00a0\u202f,;)]|$)"  # Swiss francs, abbreviated: "1200 fr. par mois"
)
_MEASURE_UNITS = (
    r"tonnes?|t|kg|kilos?|kilogrammes?|grammes?|g|mg|quintaux|km/h|km|km²|km2|kilomètres?(?:\s+carrés?)?|mètres?(?:\s+carrés?|\s+cubes?)?|"
    r"m|m²|m2|m³|m3|cm|mm|hectares?|ha|litres?|l|hectolitres?|barils?|degrés?|°C|°|°F|MW|GW|kW|kWh|MWh|GWh|TWh|mégawatts?|"
    r"gigawatts?|kilowatts?|watts?|nœuds?|noeuds?|mètres\s+cubes|décibels?|dB|Go|To|Mo|octets?|pieds?|miles?|milles?|"
    r"centimètres?|millimètres?|gigahertz|GHz|MHz|volts?|mAh|carats?"
)
# Spaces are read whole: a scale word or a unit never starts with one.
_SCALE_AFTER = rf"(?:{_SP}++(?P<scale>millions?|milliards?|mille|milliers?|Mds?|M|Md|md|mds))?"
_UNIT_RE = regex.compile(
    rf"{_SCALE_AFTER}{_SP}*+(?:(?P<de>d'|d’|de{_SP}+))?"
    rf"(?P<unit>{by_first_character(_PERCENT_UNITS, _MONEY_UNITS, _MEASURE_UNITS, _DURATION_UNITS, _MONTHS, _MONTHS_PLURAL)})"
    r"(?-i:(?![\p{Ll}\p{N}'’])(?!(?<=\p{Lu})\p{L}))",
    regex.I,
)
# The characters a unit opens with that are no letters ("%", "€", "°C"), as the lists above write
# them (the tests check them): a scale and "de" open with letters.
_UNIT_SYMBOLS = frozenset("%‰€$£¥°")


def _unit_after(prose: str, at: int, end: int, after: str | None) -> regex.Match[str] | None:
    """``_UNIT_RE.match(prose, at, end)``, not matched where the first character after the spaces
    (``after``, what :func:`next_character` reads at ``at``) is neither a letter nor a unit's
    symbol, as after most numbers: "2019,", "12 »"."""
    # Each space the pattern reads is one to str.isspace: past a space it does not read, or at
    # ``end``, it matches nothing, whatever the character.
    if after is not None and not after.isalpha() and after not in _UNIT_SYMBOLS:
        return None
    return _UNIT_RE.match(prose, at, end)


_PERCENT_U = regex.compile(rf"(?:{_PERCENT_UNITS})$", regex.I)
_MONEY_U = regex.compile(rf"(?:{_MONEY_UNITS})$", regex.I)
_MEASURE_U = regex.compile(rf"(?:{_MEASURE_UNITS})$", regex.I)
_DURATION_U = regex.compile(rf"(?:{_DURATION_UNITS})$", regex.I)
_MONTH_U = regex.compile(rf"(?:{_MONTHS}|{_MONTHS_PLURAL})$", regex.I)
# The words _MONTH_U matches in lower case: of the other words in lower case, it may match only
# some beyond Latin-1, whose case-insensitive matches are not all their lower case ("ſept").
_MONTH_WORDS_MATCHED = frozenset(_MONTH_NAMES) | {month + "s" for month in _MONTHS_IN_THE_PLURAL}


def _is_a_month(word: str) -> bool:
    """Whether ``_MONTH_U`` matches ``word`` (in lower case, no line break), read from a set for most words."""
    return word in _MONTH_WORDS_MATCHED or \
        (not word.isascii() and max(word) > "\xff" and _MONTH_U.match(word) is not None)


# An hour glued to its number: "14h", "14h30".
_GLUED_HOUR = regex.compile(r"h\d*$")
_UNIT_TAIL = regex.compile(r"[²³23](?![\p{L}\p{N}])|/h(?![\p{L}])")
_LENGTH_U = regex.compile(r"(?:km|kilomètres?|mètres?|m|miles?|milles?)$", regex.I)

_NEXT_WORD = regex.compile(r"[ \u00a0\u202f]*(?P<w>[\p{L}\p{M}’'\-]+)")
# Searched backwards from the end: one attempt, not one per character.
_PREV_WORDS = regex.compile(r"(?r)(?P<w>[\p{L}\p{M}°’'.\-]+)[ \u00a0\u202f]*$")
# Groups read by number where each number is classified: the regex module reads a group's
# name only after failing to read it as a number, an exception raised and cleared each time.
_NUM, _GLUED, _DEC, _EST = (_NUMBER_RE.groupindex[name] for name in ("num", "glued", "dec", "est"))
_UNIT, _UNIT_SCALE = _UNIT_RE.groupindex["unit"], _UNIT_RE.groupindex["scale"]
_NEXT_W, _PREV_W = _NEXT_WORD.groupindex["w"], _PREV_WORDS.groupindex["w"]

# The words of the forms of "de" (function_words.toml) that _DE matches, as the word before a
# number reads them (lower case, straight apostrophe).
_DE_WORDS = frozenset(" ".join(word_sets("lexicon/function_words.toml")["de"]).split())
# Words before a number that make it a name, a reference or a rank.
_IDENT_BEFORE = _WORDS["ident_before"]
# "un score de 3", "sur un score de 2 à 1": a result, which needs no source.
_SCORE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:score|scores)[ \u00a0\u202f]+(?:{_DE})[ \u00a0\u202f]*$", regex.I)
# The losing side of a match's score written in words, after a verb or a noun of its result (a
# day may stand between): "s'est inclinée samedi 2 à 1", "une victoire 4 à 2" (the match_results of
# figures.toml). The winning side before "à" is a bare number already.
_MATCH_SCORE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{phrase_alternation(_WORDS['match_results'])})"
    r"(?:[ \u00a0\u202f]+\p{L}+)?[ \u00a0\u202f]+\d{1,2}[ \u00a0\u202f]+à[ \u00a0\u202f]+$", regex.I)
# Past participles whose masculine singular ends in "s", as a plural noun does: "compris", "mis",
# "acquis", "requis", "assis" ("permis" and "commis" are nouns too, and counted).
_PARTICIPLE_IN_IS = regex.compile(r"(?:pr|(?<!per|com)m|qu|ass)is$")
# A past participle after a decimal number qualifies something else ("magnitude 6,2 survenu"):
# a decimal number counts no people ("6,2 blessés" is no count).
_PARTICIPLE_AFTER = regex.compile(r"[\p{L}]+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)$")
_MONTH_WORDS = _WORDS["months"]
_YEAR_BEFORE = _WORDS["year_before"]
_AGE_BEFORE = _WORDS["age_before"]
# "24 heures sur 24": the number before "sur", read backwards from it.
_SAME_BEFORE_SUR = regex.compile(r"(?<![\d.,])(\d+)[ \u00a0\u202f]+[\p{L}]+[ \u00a0\u202f]+sur[ \u00a0\u202f]+$")
# Words after a bare number that do not make it a count of something.
_NOT_COUNTED = _WORDS["not_counted"]
_LIVING_AFTER = _WORDS["living_after"]
# Definite plural determiners ("des" before a number is "de les").
_DEFINITE_PLURAL = _WORDS["definite_plural"]
# Sports results need no source: "12 buts", "25 matches", "16 victoires".
_RESULT_NOUNS = _WORDS["result_nouns"]
# The result of a vote in an assembly, like a score: "adopté par 41 voix contre 19".
_VOTE_AGAINST = regex.compile(r"[ \u00a0\u202f]+contre[ \u00a0\u202f]+\d")
# The abstentions that close such a result, right after the votes against: "adopté par 41 voix
# contre 19 et 5 abstentions" (what is left of the tally, not a count of its own).
_VOTES_AGAINST_BEFORE = regex.compile(r"(?<![\p{L}])contre[ \u00a0\u202f]+\d[\d \u00a0\u202f.]*,?[ \u00a0\u202f]*et[ \u00a0\u202f]+$")
_ABSTENTIONS = _WORDS["abstentions"]
# A number before these is a street number.
_ADDRESS_NOUNS = _WORDS["address_nouns"]
# How an engine or a gearbox is built names a model, not a quantity to source:
# "un bloc 4 cylindres", "16 soupapes", "une boîte automatique à 8 rapports". Gears counted
# are a build whatever names the part that holds them ("un moyeu 3 vitesses", "un vélo 21
# vitesses"); "rapports" are gears only after a gearbox ("l'ONG a publié 3 rapports").
_ENGINE_NOUNS = _WORDS["engine_nouns"]
_GEAR_NOUNS = _WORDS["gear_nouns"]
_GEARBOX_BEFORE = regex.compile(r"boîtes?(?:[ \u00a0\u202f]+[\p{L}\-]+){0,3}[ \u00a0\u202f]+(?:à[ \u00a0\u202f]+)?$", regex.I)
_ENUMERATION_AFTER = regex.compile(r"[ \u00a0\u202f]*(?:[-–—)]|\.(?!\d))[ \u00a0\u202f]")
_ENUMERATION_OPENS = "-–—)."  # the marks it reads after its spaces
_CONVERSION_BETWEEN = regex.compile(
    r"^(?:[ \u00a0\u202f]+[\p{L}'’]+){0,3}[ \u00a0\u202f]*+(?:\([ \u00a0\u202f]*|,?[ \u00a0\u202f]*soit[ \u00a0\u202f]+)"
    r"(?:environ[ \u00a0\u202f]+|près[ \u00a0\u202f]+de[ \u00a0\u202f]+)?$")
# A bracket that opens right after a figure: what it holds is that figure again, converted.
_BRACKET_BETWEEN = regex.compile(r"[ \u00a0\u202f]*\([ \u00a0\u202f]*")
_ANOTHER_CONVERSION = regex.compile(rf"[ \u00a0\u202f]*(?:,|/|{_AND_OR})[ \u00a0\u202f]*(?:environ[ \u00a0\u202f]+)?")
# "d'une capacité de 6 000 places": what a place holds, not a count to source.
_CAPACITY_BEFORE = regex.compile(rf"capacité(?:[ \u00a0\u202f]+d['’]accueil)?[ \u00a0\u202f]+(?:{_DE})[ \u00a0\u202f]*$", regex.I)
# "un faux billet de 20 dollars", "les pièces de 2 euros", "des bons d'achat de 30 euros": a
# denomination, not a sum.
_DENOMINATION_BEFORE = regex.compile(
    r"(?:billets?|pièces?|coupures?|bons?[ \u00a0\u202f]+d['’]achat)(?:[ \u00a0\u202f]+de[ \u00a0\u202f]+banque)?"
    rf"[ \u00a0\u202f]+(?:{_DE})[ \u00a0\u202f]*$",
    regex.I)
# "pour 100. 000 habitants": a space slipped in after a thousands separator.
_SPLIT_THOUSANDS = regex.compile(r"(?<![\d.,])\d{1,3}\.[ \u00a0\u202f]$")
# "une portion de 80 g", "pour 100 g": the quantity a nutrition fact is given for.
_SERVING_BEFORE = regex.compile(rf"(?:portions?|rations?)[ \u00a0\u202f]+(?:{_DE})[ \u00a0\u202f]*$|(?<![\p{{L}}])(?P<per>pour)[ \u00a0\u202f]+$",
                                regex.I)


def _is_serving(prose: str, start: int, at: int, value: float) -> bool:
    """"une portion de 80 g", "12 g de sucre pour 100 g": a reference quantity, not a claim."""
    # Searched only where its words stand (folded as the pattern's letters match).
    folded = fold_case(prose, start, at)
    if "tion" not in folded and "pour" not in folded:
        return False
    m = _SERVING_BEFORE.search(prose, start, at)
    return m is not None and (not m.group("per") or value in (1, 10, 100, 1000))
# "le 13-Novembre", "les attentats du 11-Septembre": a date used as a name.
_DATE_NAME_OPENS = ("-", "–")  # its first character, a hyphen or a dash
_DATE_NAME_AFTER = regex.compile(rf"[{regex.escape(''.join(_DATE_NAME_OPENS))}](?:{_MONTHS})(?![\p{{L}}])", regex.I)
# A part of a day named by the day of its month, the month left implied: "entre le soir du 14
# mars et le matin du 15", "la nuit du 3" (the day_parts of figures.toml). A number after it is
# that day, not a count.
_DAY_PART_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{phrase_alternation(_WORDS['day_parts'])})"
                                 r"[ \u00a0\u202f]+du[ \u00a0\u202f]+$", regex.I)
# What follows a number, matched in place (never on a copy of the rest of the block).
_RANGE_AFTER = regex.compile(r"[\-–/](\d+)")
_HOURS_AFTER = regex.compile(r"[ \u00a0\u202f]*(?:h|H)[ \u00a0\u202f]*\d{2}\b|[ \u00a0\u202f]*(?:h|H)(?![\p{L}])")
_HOURS_OPENS = "hH"  # the letter it reads after its spaces
_MINUTES_AFTER = regex.compile(r":\d{2}\b")
# Seconds after minutes, as a race or a countdown writes them: "3'12\"", "1’05’’".
_SECONDS_AFTER = regex.compile(r"['’]\d{2}(?:\"|''|’’|”)")
# A scale word with a capital after digits names something: "60 Millions de consommateurs".
_NAMED_SCALE = regex.compile(r"\d[ \u00a0\u202f]+(?:Millions?|Milliards?|Mille)(?![\p{L}])")
_NAMED_SCALE_OPENS = "M"  # the capital its words open with
# A scale word after the digits: "300 millions". The letter its words open with gates it.
_SCALE_WORDS_AFTER_NUMBER = ("millions?", "milliards?", "milliers?")
_SCALE_AFTER_NUMBER = regex.compile(rf"{_SP}+(?:{'|'.join(_SCALE_WORDS_AFTER_NUMBER)})\b")
_SCALE_AFTER_NUMBER_OPENS = {word[0] for word in _SCALE_WORDS_AFTER_NUMBER}
_VERBS_AFTER_COUNT = _WORDS["verbs_after_count"]
# Endings of the future, the conditional and the imperfect: "14 fonctionneront", "2019 devrait".
_CONJUGATED_ENDINGS = ("ront", "raient", "rait", "aient")
_CONJUGATED = regex.compile(rf"[\p{{L}}\p{{M}}]{{2,}}(?:{'|'.join(_CONJUGATED_ENDINGS)})$")
_NOUNS_LIKE_CONJUGATED = _WORDS["nouns_like_conjugated"]


# A singular article, alone or with "de" or "à": a number after it counts nothing ("la 13",
# "du 115", "au 17"), as a plural noun needs a plural article.
_SINGULAR_ARTICLES = ("la", "le", "du", "au")


def _in_the_present_plural(word: str) -> bool:
    """Whether ``word`` reads as a verb in the present plural ("répondent", "restent"): no
    adverb in "-ment" ("notamment")."""
    return len(word) > 4 and word.endswith("ent") and not word.endswith("ment")


def _conjugated(word: str) -> bool:
    """Whether ``word`` reads as a verb in the future, the conditional or the imperfect."""
    # Most words have none of the endings: the pattern is matched only on those that do.
    return word.endswith(_CONJUGATED_ENDINGS) and _CONJUGATED.match(word) is not None and \
        word not in _NOUNS_LIKE_CONJUGATED


# Adverbs made from adjectives: "actuellement", "notamment", "récemment", "déjà".
_ADVERB = regex.compile(r"[\p{L}\p{M}]{2,}(?:ellement|iquement|ivement|ablement|ièrement|amment|emment)$|déjà|encore|aussi")


@lru_cache(maxsize=1024)  # a few units, met again and again
def _category_for_unit(unit: str) -> str:
    if _PERCENT_U.match(unit):
        return "percent"
    if _MONEY_U.match(unit):
        return "money"
    if _MONTH_U.match(unit):
        return "date"
    if _DURATION_U.match(unit):
        return "duration"
    if _MEASURE_U.match(unit):
        return "measure"
    return "count"


# The thousands separators of a number (spaces, a dot, a Swiss apostrophe), dropped to read its digits.
_SEPARATORS_DROPPED = str.maketrans("", "", " \u00a0\u202f.'’")


def digits_of(number: str) -> str:
    """The digits of a number written with its thousands apart: "10.000", "10 000" (any space)
    and "10'000" are "10000". A decimal comma stays ("1.200,5" is "1200,5"): a dot is read as a
    thousands separator, as in French."""
    return number.translate(_SEPARATORS_DROPPED)


def _same_before_sur(prose: str, start: int, end: int, num: str) -> bool:
    """Whether ``num`` stands before "… sur" too, right before ``end``: "24 heures sur 24"."""
    before = _SAME_BEFORE_SUR.search(prose, start, end)
    return before is not None and before.group(1) == num


def _value(num: str) -> float:
    """The whole part of a number the figure pattern matched (its ``num`` group), for the tests
    of its size (a year, a day of the month); :func:`figure_words.amount_of` reads a figure's words."""
    digits = digits_of(num)
    try:
        return float(digits)
    except ValueError:
        return 0.0


_ASCII_DIGITS = "0123456789"


def _holds_a_digit(text: str) -> bool:
    """Whether ``text`` may hold a digit (``\\d``): an ASCII one, or a character beyond Latin-1,
    where the other digits stand (Latin-1 has none). Case folding keeps digits as they are."""
    if any(map(text.__contains__, _ASCII_DIGITS)):  # each looked for at the speed of memchr
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def _numbers(prose: str, start: int, end: int, folded: str | None = None):
    """The matches of ``_NUMBER_RE.finditer(prose, start, end)``. ``folded``, the
    :func:`fold_case` text of ``prose[start:end]`` when the caller has it, is read for
    the words before each number (it folds one character for one: its offsets are
    those of the block, less ``start``)."""
    if folded is None:
        folded = fold_case(prose, start, end)
    if not _holds_a_digit(folded):
        return  # most paragraphs: the pattern is spared its test of each character for a digit
    pos = start
    for number in _numbers_at_digits(prose, start, end, folded):
        at = words_end = number.start()
        while words_end > pos and prose[words_end - 1] in " \u00a0\u202f":
            words_end -= 1
        if pos < words_end < at and \
                _may_end_an_estimate(folded, pos - start, words_end - start):
            # Anchored, on at most three words: no time limit to check (it costs
            # more than the search).
            words = _LAST_WORDS.match(prose, pos, words_end)
            estimate = words and _ESTIMATE_BEFORE.search(prose, words.start(), at + 1)
            if estimate:
                at = estimate.start()
        # With its estimate, the number is read again from it: the same digits, the same end.
        m = number if at == number.start() else _NUMBER_RE.match(prose, at, end)
        assert m is not None  # the pattern found the number from its estimate on
        yield m
        pos = m.end()


def _numbers_at_digits(prose: str, start: int, end: int, folded: str) -> Iterable[regex.Match[str]]:
    """The matches of ``_NUMBER_AT_DIGIT.finditer(prose, start, end)``, the block whose
    :func:`fold_case` text is ``folded``."""
    try:
        # Folding keeps each digit where it stands and makes no other character one: where the
        # folded text is Latin-1, the block holds no digit but the ASCII ones.
        digits = folded.encode("latin-1").translate(_ASCII_DIGITS_MADE_ZERO)
    except UnicodeEncodeError:  # a character beyond Latin-1 ("’", "œ"), a digit maybe
        # No time limit: each number is read once, from its first digit, and the
        # clock would cost more than the scan (a microsecond a number).
        return _NUMBER_AT_DIGIT.finditer(prose, start, end)
    numbers: list[regex.Match[str]] = []
    at = digits.find(b"0")
    while at >= 0:
        pos = start + at
        # The pattern matches from any digit but after a character its lookbehind rules out.
        number = _NUMBER_AT_DIGIT.match(prose, pos, end) \
            if pos == 0 or prose[pos - 1] not in _NOT_BEFORE_A_NUMBER else None
        if number is None:
            at = digits.find(b"0", at + 1)
        else:
            numbers.append(number)
            at = digits.find(b"0", number.end() - start)
    return numbers


def find_figures(prose: str, start: int, end: int, block: int) -> list[Figure]:
    """Figures of ``prose[start:end]`` (one block), each with its category."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []  # sorted spans already read as figures
    folded = fold_case(prose, start, end)
    # The keywords the block holds, each looked for once (most blocks hold few): a scan is
    # run only where the block holds one of its own (asked here: a call costs more than the
    # question), and looks only for those it holds.
    held = _held_keywords(folded)
    if not held and not _holds_a_digit(folded):
        return figures  # most paragraphs: no number in digits, nor a keyword of one in words
    if not held.isdisjoint(_SCALE_KEYWORDS.words):
        for m in _anchored_matches(_SCALE_RE, _SCALE_KEYWORDS, _TWELVE_WORDS_BEFORE, _REST_OF_WORD,
                                   prose, start, end, folded, guarded=True, held=held):
            s = m.start("est") if m.group("est") else m.start("w")
            stop = _extend_noun(prose, m.end(), end)
            # "trois millions d'euros" is a sum of money, as "3 millions d'euros" is.
            last_word = _LAST_WORD.search(prose, m.end(), stop) if stop > m.end() else None
            category = "money" if last_word and _MONEY_U.match(last_word.group()) else "count"
            figures.append(Figure(Span(s, stop), block, value_text=m.group(0), category=category, needs_source=True))
            insort(taken, (m.start(), m.end()))
    if not held.isdisjoint(_HUNDREDS_KEYWORDS.words):
        for fig in _word_hundreds(prose, start, end, block, folded, held):
            figures.append(fig)
            insort(taken, (fig.span.start, fig.span.end))
    if not held.isdisjoint(_ABOUT_A_HUNDRED_KEYWORDS.words):
        for fig in _about_a_hundred(prose, start, end, block, folded, held):
            figures.append(fig)
            insort(taken, (fig.span.start, fig.span.end))
    for m in _numbers(prose, start, end, folded):
        if taken and overlaps_any(taken, m.start(_NUM), m.start(_NUM) + 1):  # most blocks: no figure in words
            continue
        classified = _classify(prose, m, start, end, block)
        if classified is not None:
            figures.append(classified)
            insort(taken, (classified.span.start, classified.span.end))
    if not held.isdisjoint(_RATE_KEYWORDS.words):
        for m in _anchored_matches(_RATE_RE, _RATE_KEYWORDS, _FOUR_WORDS_BEFORE, _FOUR_WORDS_AFTER,
                                   prose, start, end, folded, held=held):
            if overlaps_any(taken, m.start(), m.end()) and not _rate_over_its_numbers(m, figures, taken):
                continue
            if m.group("b") and m.group("b").lower() in ("un", "une"):
                continue  # "une pile sur une table", "un regard sur une planète": articles, not a rate
            if m.group("a") and m.group("b") and m.group("a").lower() == m.group("b").lower():
                continue  # "sept jours sur sept": always, a manner of speaking
            figures.append(Figure(Span(m.start(), m.end()), block, value_text=m.group(0), category="rate",
                                  needs_source=True))
            insort(taken, (m.start(), m.end()))
    if not held.isdisjoint(_CHANGE_BY_A_SHARE_KEYWORDS.words):
        for m in _anchored_matches(_CHANGE_BY_A_SHARE_RE, _CHANGE_BY_A_SHARE_KEYWORDS, _FOUR_WORDS_BEFORE,
                                   _REST_OF_WORD, prose, start, end, folded, held=held):
            if overlaps_any(taken, m.start("share"), m.end("share")):
                continue
            figures.append(Figure(Span(m.start("share"), m.end("share")), block, value_text=m.group("share"),
                                  category="rate", needs_source=True))
            insort(taken, (m.start("share"), m.end("share")))
    if not held.isdisjoint(_WORD_ESTIMATE_KEYWORDS.words):
        for m in _anchored_matches(_WORD_ESTIMATE_RE, _WORD_ESTIMATE_KEYWORDS, _FOUR_WORDS_BEFORE, _FOUR_WORDS_AFTER,
                                   prose, start, end, folded, held=held):
            if overlaps_any(taken, m.start("w"), m.start("w") + 1):
                continue
            nxt = _NEXT_WORD.match(prose, m.end(), end)
            while nxt and nxt.group("w").startswith("-"):
                nxt = _NEXT_WORD.match(prose, nxt.end(), end)  # "vingt-quatre heures": the number goes on
            if nxt is None:
                continue
            noun = _head_of_word(nxt.group("w"))
            if not noun or noun.lower() in _NOT_COUNTED or _DURATION_U.match(noun):
                continue
            figures.append(Figure(Span(m.start(), nxt.start("w") + len(noun)), block, value_text=m.group(0),
                                  category="estimate", needs_source=True))
    if not figures:
        return figures  # most blocks: no figure to compare with the next
    figures.sort(key=lambda f: f.span.start)
    for fig in figures:
        if fig.needs_source and _NAMED_SCALE_OPENS in fig.value_text and _NAMED_SCALE.search(fig.value_text):
            fig.category, fig.needs_source = "identifier", False  # "la revue 60 Millions de consommateurs"
    for before, after in zip(figures, figures[1:]):
        if before.category == "identifier" and after.needs_source and before.value_text.isdigit() and \
                _bare_number(after.value_text) and _LIST_BETWEEN.fullmatch(prose, before.span.end, after.span.start):
            # "les trams 92 et 93 roulent", "les lignes 1 et 14": the next name of a list of names
            # ("la route 5 et 40 villages" count the villages).
            after.category, after.needs_source = "identifier", False
            continue
        # "20 000 dollars (10 865 903 FCFA)": the journalist's own conversion.
        if before.category == after.category and before.category in ("money", "measure") and \
                _CONVERSION_BETWEEN.match(prose[before.span.end:after.span.start]):
            after.category, after.needs_source = "conversion", False
        elif before.category in ("count", "estimate") and after.category == "money" and \
                _BRACKET_BETWEEN.fullmatch(prose, before.span.end, after.span.start) and \
                prose[after.span.end:after.span.end + 2].lstrip().startswith(")"):
            # "jusqu'à 1.500 roupies (26 euros)": a sum in a currency read as a count, converted,
            # alone in its brackets.
            after.category, after.needs_source = "conversion", False
        elif before.category == "conversion" and after.category in ("money", "measure") and \
                _ANOTHER_CONVERSION.fullmatch(prose, before.span.end, after.span.start):
            after.category, after.needs_source = "conversion", False  # "(82 000 dollars ou 65 000 livres)"
    _mark_spelled_out_conversions(prose, figures)
    _count_bracketed_comparisons(prose, figures)
    _count_changed_to(prose, figures)
    _share_range_category(prose, figures)
    _share_elided_currency(prose, figures)
    _mark_scale_bounds(prose, figures)
    return figures


# A number of millions or billions with nothing counted after it: "500 millions", "1,5 milliard".
_BARE_SCALE = regex.compile(r"[\d \u00a0\u202f,.]*\d[ \u00a0\u202f]*(?:millions?|milliards?)", regex.I)
# The end of a sentence between two figures: a stop, a question or an exclamation mark before a space.
_SENTENCE_END = regex.compile(r"[.!?…](?=[\s\u00a0\u202f]|$)")


def _share_elided_currency(prose: str, figures: list[Figure]) -> None:
    """"3 milliards d'euros en trois ans : 500 millions en 2024, 1 milliard en 2025": a bare
    number of millions after a sum of money in its sentence is a sum in the same currency,
    its unit left out, not a count."""
    money: Figure | None = None
    for fig in figures:
        if fig.category == "money":
            money = fig
        # The end of the sentence is looked for only before a count the sum may give its
        # currency: the figures come in order, so an end before one is before the next too.
        elif money is not None and fig.category == "count" and fig.needs_source and \
                _BARE_SCALE.fullmatch(fig.value_text):
            if _SENTENCE_END.search(prose, money.span.end, fig.span.start):
                money = None
            else:
                fig.category = "money"


# Between the bounds of a range: "200 à 300", "entre 50 et 100" (after "entre" only: "1 et
# 14" is a list), "15-18".
_RANGE_TO = regex.compile(r"[ \u00a0\u202f]*(?:à|-|–)[ \u00a0\u202f]*")
_RANGE_AND = regex.compile(r"[ \u00a0\u202f]+et[ \u00a0\u202f]+")
_BETWEEN_BEFORE = regex.compile(r"(?i)entre[ \u00a0\u202f]+$")


# A share in words ends on its preposition ("la moitié des"): the noun after it is what it counts.
_SHARE_END = regex.compile(rf"(?:{_DE_WITH_ARTICLES})$", regex.I)
_SHARE_NOUN = regex.compile(r"[ \u00a0\u202f]*(?P<w>[\p{L}\p{M}][\p{L}\p{M}\-]*)")
# An estimate right before a share: "plus d'un quart des", "près de la moitié des".
_ESTIMATE_BEFORE_SHARE = regex.compile(
    r"(?i)(?:(?:plus|moins|près)[ \u00a0\u202f]+(?:de[ \u00a0\u202f]+|d['’])|environ[ \u00a0\u202f]+|presque[ \u00a0\u202f]+)$")
# Words after a share that are not what it counts: those that count nothing, and the
# determiners and pronouns that stand before the noun ("la moitié de ces élèves").
_NOT_SHARED = _NOT_COUNTED | {"ces", "ses", "leurs", "nos", "vos", "mes", "tous", "toutes", "plus", "moins", "celles",
                              "ceux", "celle", "celui"}


def _rate_over_its_numbers(m, figures: list[Figure], taken: list[tuple[int, int]]) -> bool:
    """Whether the rate ``m`` takes the place of the figures read at its numbers: "une voiture
    sur 20 achetée" is one rate, not the count "20 achetée". Those figures are let go."""
    bounds = {m.start(g) for g in ("a", "b") if m.start(g) >= 0}
    inside = [f for f in figures if f.span.start < m.end() and m.start() < f.span.end]
    # Only figures that were claims themselves: a number that names or describes ("niveau 4
    # sur 5", "le châssis n°146 sur 500") keeps its reading.
    if not inside or any(f.span.start not in bounds or not f.needs_source for f in inside):
        return False
    # "un essai sur 300 volontaires": a count with its own noun after "sur" is what the sentence
    # is about, not the base of a rate; "sur 20 achetée", a participle, qualifies the rate's noun.
    if any(f.span.start == m.start("b") and not _bare_or_participle(f.value_text) for f in inside):
        return False
    for f in inside:
        figures.remove(f)
        taken.remove((f.span.start, f.span.end))
    return True


def _bare_or_participle(value_text: str) -> bool:
    words = value_text.split()
    return len(words) == 1 or (len(words) == 2 and words[1].lower().endswith(("é", "ée", "és", "ées")))


def read_shares_whole(prose: str, figures: list[Figure]) -> None:
    """A share in words is reported with what it is a share of and the estimate before it:
    "plus d'un quart des terres", "près de la moitié des Bruxellois", where it had been read
    to its preposition ("un quart des"). Read once its category is known: only its span grows."""
    for fig in figures:
        if fig.category != "rate" or not fig.needs_source or not _SHARE_END.search(fig.value_text):
            continue
        start, stop = fig.span.start, fig.span.end
        noun = _SHARE_NOUN.match(prose, stop, window_end(stop, 40, len(prose)))
        if noun is not None and noun.group("w").lower() not in _NOT_SHARED:
            # "un tiers des nouveaux cas": past an adjective to its noun.
            stop = _noun_after_adjective(prose, noun.group("w").lower(), noun.end(), window_end(noun.end(), 40, len(prose)))
        estimate = _ESTIMATE_BEFORE_SHARE.search(prose, window_start(start, 12), start)
        if estimate is not None:
            start = estimate.start()
        fig.span = Span(start, stop)


def read_ranges_whole(prose: str, figures: list[Figure]) -> list[Figure]:
    """A range is one figure: "(entre) 50 et 100 gilets jaunes", "quelque 200 à 300 manifestants",
    "de 0,10 à 0,20 %", where its bounds had been read apart and the one that needs a source
    reported alone ("100 gilets"), or both ("quelque 200", "300 manifestants"). Read once every
    bound has its category, from the words around it: the range only joins them."""
    kept: list[Figure] = []
    for fig in figures:
        first = kept[-1] if kept else None
        if first is None or not fig.needs_source or not first.value_text.split()[-1][:1].isdigit():
            kept.append(fig)
            continue
        between = _BETWEEN_BEFORE.search(prose, window_start(first.span.start, 8), first.span.start)
        # "Entre 50 et 100", opening a paragraph, had been read as a name ("France 2").
        if first.category not in ("number", "estimate") and not (first.category == "identifier" and between):
            kept.append(fig)
            continue
        if not (_RANGE_TO.fullmatch(prose, first.span.end, fig.span.start) or
                (between and _RANGE_AND.fullmatch(prose, first.span.end, fig.span.start))):
            kept.append(fig)
            continue
        # The range starts at its first bound ("entre" stays a word before it, as the words that
        # describe a figure are read there); it counts what the second counts.
        fig.span = Span(first.span.start, fig.span.end)
        kept[-1] = fig
    return kept


# "de 0 à 100 km/h en 4,9 secondes", "de 0 à 10 sur l'échelle": a measure from zero
# is a benchmark or a scale; a count from zero ("de 0 à 300 cas") still needs its source.
_FROM_ZERO = regex.compile(r"(?<![\d.,])0[ \u00a0\u202f]*(?:à|-|–)[ \u00a0\u202f]*$")


def _mark_scale_bounds(prose: str, figures: list[Figure]) -> None:
    for fig in figures:
        # The pattern's "0" is looked for first: most figures follow none.
        if fig.needs_source and fig.category in ("measure", "number") and \
                "0" in prose[window_start(fig.span.start, 6):fig.span.start] and \
                _FROM_ZERO.search(prose, window_start(fig.span.start, 6), fig.span.start):
            fig.category, fig.needs_source = "scale", False


# The figures a number alone in brackets may give another value of ("1 500 écoles (8 200)").
_BRACKETED_COUNTS = frozenset({"count", "money", "percent", "measure"})
_BRACKETED_ALONE = regex.compile(r"\([ \u00a0\u202f]*$")
_CLOSES_BRACKET = regex.compile(r"[ \u00a0\u202f]*\)")
# How far back the count a number gives another value of may stand (in brackets, after a verb of change).
COMPARISON_REACH = 200


def _numbers_after_a_count(figures: list[Figure], kinds: frozenset[str]) -> Iterator[tuple[Figure, Figure]]:
    """Each bare number with the last figure of one of ``kinds`` that needs a source before it, at
    most COMPARISON_REACH characters back: the count the number may give another value of."""
    counted = None
    for fig in figures:
        if fig.needs_source and fig.category in kinds:
            counted = fig
        elif fig.category == "number" and counted is not None and fig.span.start - counted.span.end <= COMPARISON_REACH:
            yield counted, fig


def _count_bracketed_comparisons(prose: str, figures: list[Figure]) -> None:
    """"1 500 écoles de moins qu'en 2010 (8 200)", "le Mexique (60 800)": a
    number alone in brackets after a count gives another value of that count."""
    for counted, fig in _numbers_after_a_count(figures, _BRACKETED_COUNTS):
        # The bracket is looked for first: most numbers stand after none.
        if "(" in prose[window_start(fig.span.start, 3):fig.span.start] and \
                _BRACKETED_ALONE.search(prose, window_start(fig.span.start, 3), fig.span.start) and \
                _CLOSES_BRACKET.match(prose, fig.span.end) and _value(fig.value_text) >= 100 and \
                not _names_a_reference(prose, fig.span.start):
            fig.category, fig.needs_source = counted.category, True


# "ce nombre est passé à 6 500": a verb of change and "à" right before a number.
_CHANGED_TO = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{phrase_alternation(_WORDS['changed_to'])})[ \u00a0\u202f]+à[ \u00a0\u202f]+$")


# The figures whose new value a number after a verb of change may give ("8 000 habitants", "… passé à 6 500").
_CHANGED_COUNTS = frozenset({"count", "money", "measure"})


def _count_changed_to(prose: str, figures: list[Figure]) -> None:
    """"la ville comptait 8 000 habitants, mais ce nombre est passé à 6 500": a number alone
    after a verb of change and "à" is the new value of the count its sentence gave before it."""
    for counted, fig in _numbers_after_a_count(figures, _CHANGED_COUNTS):
        if _value(fig.value_text) >= 100 and \
                _CHANGED_TO.search(prose, window_start(fig.span.start, 20), fig.span.start) and \
                not _SENTENCE_END.search(prose, counted.span.end, fig.span.start):
            fig.category, fig.needs_source = counted.category, True


def _names_a_reference(prose: str, bracket_at: int) -> bool:
    """"la précédente génération (991)", "le modèle (911)": the word before the bracket
    is one that a number names or ranks, not a count."""
    prev = _PREV_WORDS.search(prose, window_start(bracket_at, 40), prose.rfind("(", 0, bracket_at))
    return prev is not None and prev.group("w").lower() in _IDENT_BEFORE


_CONVERSION_OPENS = regex.compile(
    r"[ \u00a0\u202f]*\([ \u00a0\u202f]*(?:(?:soit|environ|près[ \u00a0\u202f]+de)[ \u00a0\u202f]+)?(?=\d)")


def _mark_spelled_out_conversions(prose: str, figures: list[Figure]) -> None:
    """"4,2 milliards de dollars (2 billions 406 milliards 320 millions FCFA)":
    every number in the brackets right after a sum is the journalist's conversion."""
    for i, fig in enumerate(figures):
        # Matched only where a bracket, or too many spaces to tell, follows the sum.
        opens = _CONVERSION_OPENS.match(prose, fig.span.end) \
            if fig.category in ("money", "conversion") and next_character(prose, fig.span.end) in (None, "(") else None
        close = prose.find(")", fig.span.end) if opens else -1
        if opens is None or close < 0:
            continue
        for other in figures[i + 1:]:
            if other.span.start >= close or prose.find("(", opens.end(), other.span.start) >= 0:
                break
            other.category, other.needs_source = "conversion", False


_GLUED_HEADING = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _head_of_word(word: str) -> str:
    """"heuresLe" → "heures": a run-in heading glued to the word once line breaks were lost."""
    return _GLUED_HEADING.split(word, maxsplit=1)[0]


def _word_hundreds(prose: str, start: int, end: int, block: int, folded: str, held: set[str]) -> list[Figure]:
    """Counts written in words of a hundred or more before what they count:
    "deux cents policiers", "trois mille euros" (SPEC §2.2: large numbers in words)."""
    found: list[Figure] = []
    for m in _anchored_matches(_WORD_HUNDREDS_RE, _HUNDREDS_KEYWORDS, _TWELVE_WORDS_BEFORE, _NINE_WORDS_AFTER,
                               prose, start, end, folded, guarded=True, held=held):
        words = regex.split(r"[\-\s\u00a0\u202f]+", m.group("w").lower())
        if not _HUNDREDS_WORDS.intersection(words) or len(words) < 2:
            continue  # "mille raisons", "cent fois": alone, mostly a manner of speaking
        before = _PREV_WORDS.search(prose, window_start(m.start(), 20, start), m.start())
        if before and before.group("w").lower() == "pour":
            continue  # "vingt pour cent": a rate written out, read with its number
        span_start = m.start("est") if m.group("est") else m.start("w")
        unit = _unit_after(prose, m.end(), end, next_character(prose, m.end()))
        if unit and unit.group("unit").lower() not in ("m", "t", "g", "l", "s", "h"):
            category = _category_for_unit(unit.group("unit"))
            if category in ("date", "duration"):
                continue  # "deux mille ans", "l'an deux mille"
            found.append(Figure(Span(span_start, unit.end()), block, value_text=m.group(0), category=category,
                                needs_source=True))
            continue
        nxt = _NEXT_WORD.match(prose, m.end(), end)
        if nxt is None:
            continue
        noun = _head_of_word(nxt.group("w"))
        if not noun or noun.lower() in _NOT_COUNTED or not noun[:1].islower():
            continue
        found.append(Figure(Span(span_start, nxt.start("w") + len(noun)), block, value_text=m.group(0),
                            category="count", needs_source=True))
    return found


_RANGE_BETWEEN = regex.compile(rf"[ \u00a0\u202f]*(?:{_alternation('range_joins', 'and_or')}|-|–)[ \u00a0\u202f]*")
# Categories that need no source and that both ends of a range share:
# "12 à 18 mois" (durations), "niveau 4 ou 5" (identifiers).
_SHARED_BY_RANGE = {"duration", "age", "date", "time", "identifier", "ordinal"}
_LIST_BETWEEN = regex.compile(rf"[ \u00a0\u202f]*(?:,|{_AND_OR})[ \u00a0\u202f]*")


def _counts_nothing(fig: Figure) -> bool:
    """A bare number, or one that is only the subject of a verb ("5 étaient")."""
    words = fig.value_text.split()
    return fig.category in ("number", "estimate") or \
        (fig.category == "count" and len(words) == 2 and (words[1] in _VERBS_AFTER_COUNT or _conjugated(words[1])))


def _share_range_category(prose: str, figures: list[Figure]) -> None:
    """"environ 12 à 18 mois", "de niveau 4 ou 5": both numbers of a range are of one kind."""
    for first, second in zip(figures, figures[1:]):
        # The categories first: most pairs are of none a range shares, and the words between
        # them are then not read.
        if second.category in _SHARED_BY_RANGE and first.category in ("number", "estimate"):
            if _RANGE_BETWEEN.fullmatch(prose, first.span.end, second.span.start):
                first.category, first.needs_source = second.category, False
        elif first.category == "identifier" and _counts_nothing(second):
            between = _RANGE_BETWEEN.fullmatch(prose, first.span.end, second.span.start)
            if between and between.group().strip() in ("ou", "et"):
                second.category, second.needs_source = "identifier", False
    for first, second in zip(figures, figures[1:]):
        # "les lignes 2, 3, 4 et 11": a list of identifiers.
        if first.category == "identifier" and _counts_nothing(second) and \
                _LIST_BETWEEN.fullmatch(prose, first.span.end, second.span.start):
            second.category, second.needs_source = "identifier", False


_NOUN_AFTER = regex.compile(rf"[ \u00a0\u202f]+(?:{_DE})[ \u00a0\u202f]*[\p{{L}}\p{{M}}\-]+")


_LAST_WORD = regex.compile(r"[\p{L}\p{M}\-]+$")


def _bare_number(value_text: str) -> bool:
    """A number with no noun after it: alone, or before a verb ("93 roulent", not "40 villages")."""
    parts = value_text.split()
    return parts[0].isdigit() and (len(parts) == 1 or (len(parts) == 2 and not parts[1].endswith(("s", "x"))))


def _about_a_hundred(prose: str, start: int, end: int, block: int, folded: str, held: set[str]
                     ) -> Iterator[Figure]:
    """"une centaine de manifestants": a count; not "une centaine de mètres" (a distance, a
    duration or a sum, which the units tell)."""
    for m in _anchored_matches(_ABOUT_A_HUNDRED_RE, _ABOUT_A_HUNDRED_KEYWORDS, _FOUR_WORDS_BEFORE, _FOUR_WORDS_AFTER,
                               prose, start, end, folded, held=held):
        noun = _NEXT_WORD.match(prose, m.end(), end)
        if noun is None:
            continue
        word = noun.group("w")
        if _MEASURE_U.match(word) or _DURATION_U.match(word) or _MONEY_U.match(word) or \
                word.lower() in _NOT_COUNTED:
            continue
        s = m.start("est") if m.group("est") else m.start()
        yield Figure(Span(s, noun.end()), block, value_text=prose[s:noun.end()], category="estimate",
                     needs_source=True)


# Adjectives that stand before the noun they qualify: "183 nouveaux patients", "740 autres
# personnes", "les 20 grandes métropoles" count the noun after them.
_BEFORE_THE_NOUN = _WORDS["before_the_noun"]


# Words right after a number, or after an adjective that stands before its noun, that count
# nothing: "dont 15 préventivement", "17 parmi les forces", "18 vers la Côte d'Azur", "122 573
# soit 0,54 %", "35.000 si l'on ne compte…", "21 déjà", "dont 13 toujours hospitalisés", "le
# prototype 917 ainsi que…", "en a blessé 12 autres lors de l'attaque".
_NOT_NOUNS = _WORDS["not_nouns"]


def _no_noun(word: str) -> bool:
    """Whether the word after a number is no noun it counts: an adverb in -ment ("gravement";
    a noun in -ment after a count is plural, "logements") or a word of ``_NOT_NOUNS``."""
    return word in _NOT_NOUNS or (word.endswith("ment") and len(word) > 6)


def _noun_after_adjective(prose: str, word: str, pos: int, end: int) -> int:
    """Where a count that ends on ``word`` (ending at ``pos``) ends: past the noun after it when
    ``word`` is an adjective that stands before its noun ("183 nouveaux patients")."""
    if word not in _BEFORE_THE_NOUN:
        return pos
    noun = _NEXT_WORD.match(prose, pos, end)
    if noun is None:
        return pos
    text = noun.group("w")
    low = text.lower().replace("’", "'")
    if not text[:1].islower() or low in _NOT_COUNTED or low in _NOT_NOUNS or low in _VERBS_AFTER_COUNT or \
            _conjugated(low) or \
            low[:2] in ("d'", "l'", "s'", "n'", "c'", "qu"):
        return pos
    return noun.end()


def _extend_noun(prose: str, pos: int, end: int) -> int:
    """Include "de soldats" / "d'euros" after a scale word in the span."""
    m = _NOUN_AFTER.match(prose, pos, end)
    return m.end() if m else pos


_PLACE_AFTER = regex.compile(rf"[ \u00a0\u202f]+(?:{_alternation('place_prepositions')})\b")


def _is_location(prose: str, unit: str, prev_word: str, stop: int, end: int) -> bool:
    """"à 30 km de Dakar", "à environ 135 km au nord": where a place is, not a claim."""
    if not _LENGTH_U.match(unit):
        return False
    return prev_word in ("à", "environ", "quelque") and bool(
        _PLACE_AFTER.match(prose[stop:window_end(stop, 8, end)]))


def _edition_of(word: str) -> bool:
    """"la CAN 2019 connue", "les JO 2024 lancés": a year after an acronym names an edition."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


_RACE_BEFORE = regex.compile(r"(?:course|marathon|semi-marathon|trail|relais|épreuve)s?[ \u00a0\u202f]+(?:de|du)[ \u00a0\u202f]*$",
                            regex.I)
_OF_AFTER = regex.compile(rf"[ \u00a0\u202f]+(?:{_DE})(?![\p{{L}}])")


def _is_race(prose: str, unit: str, prev_word: str, estimate: bool, stop: int, end: int, before: int) -> bool:
    """"le record du 100 m", "au 5 000 mètres", "une course de 10 km": a race
    named by its distance. A length measured takes a plural or no article
    ("les 100 m", "100 m de haut")."""
    if estimate or not _LENGTH_U.match(unit):
        return False
    if _RACE_BEFORE.search(prose, window_start(before, 20), before):
        return True
    if prev_word not in ("le", "du", "au"):
        return False
    return not _OF_AFTER.match(prose[stop:window_end(stop, 4, end)])


# Units written only in small letters: in capitals after a number they name a model ("375 MM",
# "la 550T", the tonne's "t" in capitals).
_UNITS_IN_CAPITALS = frozenset(read_word_lists("lexicon/figures.toml")["units_in_capitals"])


def _names_before(prose: str, prev, at: int) -> bool:
    """"France 3", "Bel 20", "CAC 40", "Mouvement 5 étoiles": a number right after a
    capitalised word (not one opening a sentence) is part of a name. After a colon French
    writes no capital but a name's ("sur toutes les antennes : France 2 diffusera…")."""
    if prev is None or prev.end(_PREV_W) != at - 1 or not prose[prev.end(_PREV_W)].isspace():
        return False
    word = prev.group(_PREV_W)
    if word[:2].lower() in ("d'", "d’", "l'", "l’"):
        word = word[2:]  # "d'Europe 1", "l'Ariane 5"
    # "iPhone 6", "eBay 2": a brand written with a capital inside names a model too.
    capitalised = word[:1].isupper() or any(c.isupper() for c in word[1:])
    # A month takes no capital in French: capitalised within a sentence it names ("la sonde Mars 3").
    if not capitalised or len(word) < 2 or word.endswith(".") or (word.lower() in _MONTH_WORDS and word.islower()):
        return False
    before = prose[window_start(prev.start(), 3):prev.start()].rstrip()
    return bool(before) and before[-1] not in ".!?«\"—–-(\n"


_NOT_MATCHED_YET = object()


def _holds_a_score(prose: str, lo: int, at: int) -> bool:
    """Whether ``_SCORE_BEFORE`` ends at ``at``, searched from ``lo`` only where its word stands."""
    return "score" in fold_case(prose, lo, at) and _SCORE_BEFORE.search(prose, lo, at) is not None


def _holds_capacity(prose: str, lo: int, at: int) -> bool:
    """Whether ``_CAPACITY_BEFORE`` ends at ``at``, searched from ``lo``: only where the word
    stands (folded as the pattern's letters match), a look that costs less than the search."""
    return "capacité" in fold_case(prose, lo, at) and _CAPACITY_BEFORE.search(prose, lo, at) is not None


def _figure(prose: str, span_start: int, block: int, category: str, needs: bool, stop: int) -> Figure:
    """The figure of ``prose[span_start:stop]`` in ``block``: a function of its own, not one made
    for each number classified."""
    return Figure(Span(span_start, stop), block, value_text=prose[span_start:stop], category=category,
                  needs_source=needs)


def _classify(prose: str, m, start: int, end: int, block: int) -> Figure | None:
    # Each group is read once: the match is asked by name, which costs a look-up each time.
    num, glued, dec, est = m.group(_NUM, _GLUED, _DEC, _EST)
    num_start, num_end = m.span(_NUM)
    if dec:
        num_end = m.end(_DEC)
    span_start = m.start(_EST) if est else num_start
    estimate = bool(est)
    no_separator = num.isdecimal()  # digits (\d) and no separator
    # Digits alone need no separator dropped.
    value = float(num) if no_separator else _value(num)

    # A number with letters glued on is told by most of them before the words before it are read.
    if glued and prose.startswith(("'", "’"), m.end()):
        # "2020L'aide-soignante": the elided article of a sentence glued on once line
        # breaks were lost, not a unit.
        return _figure(prose, span_start, block,
                       "year" if 1000 <= value <= 2100 and no_separator else "number", False, num_end)
    if glued:
        low = glued.lower()
        if low in ("e", "er", "ère", "re", "ème", "eme", "è", "nd", "nde", "ième", "ieme", "es", "èmes", "ers"):
            return _figure(prose, span_start, block, "ordinal", False, m.end())
        if low in ("h", "heure") or low[:1] == "h" and _GLUED_HOUR.match(low):  # asked only of an "h…"
            return _figure(prose, span_start, block, "time", False, m.end())
        if low in ("%", "€", "$", "£"):
            return _figure(prose, span_start, block, "percent" if low == "%" else "money", True, m.end())
        if glued == "G" or glued in _UNITS_IN_CAPITALS:
            # "4G", "5G": a generation of networks; "la 550T", "une Tipo 6CM": a model, by its letters
            return _figure(prose, span_start, block, "identifier", False, m.end())
    prev = _PREV_WORDS.search(prose, window_start(span_start, 40, start), span_start)
    prev_word = prev.group(_PREV_W).lower().replace("’", "'") if prev else ""
    # The word right before the number as written, its article kept ("d'"): each pattern of
    # the words before a number ends with a word of its own, after a space; it is searched
    # only after that word.
    last_word = prev_word
    if prev_word[:2] in ("l'", "d'"):
        prev_word = prev_word[2:]  # "l'acte 4": the word, not its article
    elif prev_word[:3] == "qu'":
        prev_word = prev_word[3:]  # "qu'en 1973"
    if glued:
        if _MEASURE_U.match(glued) or low in ("m€", "md€", "k€", "mds", "md"):
            cat = "money" if "€" in low or low in ("mds", "md") else "measure"
            # "5000m²", "80km/h": the unit goes on past its letters.
            more = _UNIT_TAIL.match(prose, m.end(), end) if cat == "measure" else None
            stop = more.end() if more else m.end()
            if cat == "measure" and _is_location(prose, glued, prev_word, stop, end):
                return _figure(prose, span_start, block, "distance", False, stop)
            if cat == "measure" and _is_serving(prose, window_start(span_start, 30, start), span_start, value):
                return _figure(prose, span_start, block, "serving", False, stop)
            return _figure(prose, span_start, block, cat, True, stop)
        return _figure(prose, span_start, block, "identifier", False, m.end())
    prev_char = prose[num_start - 1] if num_start > start else " "
    unit: Any = _NOT_MATCHED_YET  # the unit after the number (a match or None), matched once, where first asked

    if 1000 <= value <= 2100 and no_separator and not dec and prev_word and \
            _is_a_month(prev_word.rpartition("-")[2]):
        # "en mars 2021 de M. Dupont": the year, not "2021 de m"; "août 2019-juillet 2020": the
        # month after the hyphen of a span of months
        return _figure(prose, span_start, block, "year", False, num_end)
    # The cheap tests first, the patterns where they pass.
    if len(num) == 3 and no_separator and prose[num_start - 2:num_start - 1] == "." and \
            _SPLIT_THOUSANDS.search(prose, window_start(num_start, 6, start), num_start):
        # "100. 000": a thousands group cut off in collection
        return _figure(prose, span_start, block, "fragment", False, num_end)
    date_name = _DATE_NAME_AFTER.match(prose, num_end, end) \
        if value <= 31 and prose.startswith(_DATE_NAME_OPENS, num_end) else None
    if date_name:
        return _figure(prose, span_start, block, "date", False, date_name.end())
    if value <= 31 and not dec and not estimate and last_word == "du" and \
            _DAY_PART_BEFORE.search(prose, window_start(span_start, 20, start), span_start):
        return _figure(prose, span_start, block, "date", False, num_end)  # "le matin du 28": a day of the month
    if last_word in _DE_WORDS and _holds_capacity(prose, window_start(span_start, 30, start), span_start):
        return _figure(prose, span_start, block, "capacity", False, _extend_noun(prose, num_end, end))
    if end - num_end >= 2 and prose[num_end] in "-–/" and prose[num_end + 1] in _ASCII_DIGITS:
        # "3-1", "2019-2020", "24/7": scores, ranges of years, identifiers
        other = _RANGE_AFTER.match(prose, num_end, end)
        assert other is not None  # a separator and a digit: the pattern matches
        second = _value(other.group(1))
        if 1800 <= value <= 2100 and 1800 <= second <= 2100:
            return _figure(prose, span_start, block, "year", False, num_end + len(other.group(0)))
        return _figure(prose, span_start, block,
                       "score" if value < 100 and second < 100 else "identifier", False, num_end + len(other.group(0)))
    if prev_char in "-–" and num_start - 2 >= start and prose[num_start - 2].isalpha():
        return _figure(prose, span_start, block, "identifier", False, num_end)
    # The patterns read after the number are matched only where the first character after its
    # spaces is one they open with (None: too many spaces to tell).
    next_char = next_character(prose, num_end)
    if (next_char is None or next_char in _ENUMERATION_OPENS) and _ENUMERATION_AFTER.match(prose, num_end, end) and \
            prose[window_start(num_start, 3, start):num_start].strip(" \u00a0\u202f-–—\"»:")[-1:] in ("", ".", "!", "?"):
        return _figure(prose, span_start, block, "enumeration", False, num_end)  # "1 - « … »", "2) …": list numbering
    if prev_word == "pour" and value in (100, 1000, 10000, 100000, 1000000):
        return _figure(prose, span_start, block, "rate-base", False, num_end)  # "118 cas pour 100.000 habitants"
    if prev_word == "sur" and _same_before_sur(prose, window_start(num_start, 30, start), num_start, num):
        return _figure(prose, span_start, block, "manner", False, num_end)  # "24 heures sur 24": always
    if prev_word in _IDENT_BEFORE or (prev_word.endswith("-") and not estimate) or prev_char == "#" or \
            (not estimate and value < 100 and no_separator and not dec and
             (unit := _unit_after(prose, num_end, end, next_char)) is None and _names_before(prose, prev, span_start)):
        return _figure(prose, span_start, block, "identifier", False, num_end)
    if prev_word.endswith("n°"):
        return _figure(prose, span_start, block, "identifier", False, num_end)
    if value < 25 and (next_char is None or next_char in _HOURS_OPENS) and _HOURS_AFTER.match(prose, num_end, end):
        return _figure(prose, span_start, block, "time", False, num_end)
    if prose.startswith(":", num_end, end) and _MINUTES_AFTER.match(prose, num_end, end):
        return _figure(prose, span_start, block, "time", False, num_end + 3)
    if prose.startswith(("'", "’"), num_end, end) and (seconds := _SECONDS_AFTER.match(prose, num_end, end)):
        return _figure(prose, span_start, block, "time", False, seconds.end())  # "à T + 3'12\"": minutes and seconds
    if unit is _NOT_MATCHED_YET:
        unit = _unit_after(prose, num_end, end, next_char)
    if unit:
        if prose[unit.end() - 1].isupper() and prose[num_end:unit.end()].strip(" \u00a0\u202f") in _UNITS_IN_CAPITALS:
            # "la Ferrari 375 MM": a model, not millimetres
            return _figure(prose, span_start, block, "identifier", False, unit.end())
        unit_word, unit_scale = unit.group(_UNIT, _UNIT_SCALE)  # each read once
        category = _category_for_unit(unit_word)
        stop = unit.end()
        if unit_scale and category in ("count", "duration", "date"):
            category = "count"
        if category in ("date", "duration"):  # with a scale, a count already (above)
            if category == "duration" and unit_word.lower() in ("ans", "an") and prev_word in _AGE_BEFORE:
                category = "age"
            return _figure(prose, span_start, block, category, False, stop)
        if category == "measure" and _is_location(prose, unit_word, prev_word, stop, end):
            return _figure(prose, span_start, block, "distance", False, stop)
        if category == "measure" and _is_race(prose, unit_word, prev_word, estimate, stop, end, span_start):
            return _figure(prose, span_start, block, "identifier", False, stop)
        if category == "money" and last_word in _DE_WORDS and \
                _DENOMINATION_BEFORE.search(prose, window_start(span_start, 30, start), span_start):
            return _figure(prose, span_start, block, "denomination", False, stop)
        if category == "measure" and _is_serving(prose, window_start(span_start, 30, start), span_start, value):
            return _figure(prose, span_start, block, "serving", False, stop)
        if category == "measure" and unit_word.lower() in ("t", "g", "l", "m", "s", "h", "°", "mm", "cm", "mg", "ha"):
            if value < 1 and not estimate:
                return _figure(prose, span_start, block, "identifier", False, stop)
        return _figure(prose, span_start, block,
                       category, True, _extend_noun(prose, stop, end) if category == "count" else stop)
    scale = _SCALE_AFTER_NUMBER.match(prose, num_end, match_window(prose, num_end, end, len("milliards") + 1)) \
        if next_char is None or next_char in _SCALE_AFTER_NUMBER_OPENS else None
    if scale:
        stop = _extend_noun(prose, scale.end(), end)
        return _figure(prose, span_start, block, "count", True, stop)
    may_be_a_year = no_separator and 1000 <= value <= 2100 and not dec
    if may_be_a_year and prev_word in _YEAR_BEFORE:
        # "en 2016": told before the word after is read
        return _figure(prose, span_start, block, "year", False, num_end)
    nxt = _NEXT_WORD.match(prose, num_end, end)
    next_word = nxt.group(_NEXT_W).lower().replace("’", "'") if nxt else ""
    next_end = nxt.end() if nxt else num_end  # where the word after the number ends, when there is one
    counted = bool(next_word) and next_word not in _NOT_COUNTED and not next_word[0].isdigit() and \
        next_word[:2] not in ("d'", "l'", "s'", "n'", "c'") and not next_word.startswith("qu'") and \
        not next_word.startswith(("sera-", "est-", "a-t-"))
    if may_be_a_year:
        # "2016 oblige": what the year requires, an idiom, not 2016 things that oblige.
        if not counted or _conjugated(next_word) or next_word == "oblige" or \
                _ADVERB.fullmatch(next_word) or \
                (nxt and nxt.group(_NEXT_W)[:1].isupper()) or _names_before(prose, prev, span_start) or \
                _edition_of(prev.group(_PREV_W) if prev else ""):
            return _figure(prose, span_start, block, "year", False, num_end)
    if next_word in ("er", "ère", "re") and value <= 31:
        # "le 1 er mai": an ordinal cut in collection
        return _figure(prose, span_start, block, "ordinal", False, next_end)
    if next_word in _RESULT_NOUNS or \
            (next_word == "voix" and (prev_word == "par" or _VOTE_AGAINST.match(prose, next_end, end))) or \
            (next_word in _ABSTENTIONS and _VOTES_AGAINST_BEFORE.search(prose, window_start(span_start, 30, start), span_start)):
        return _figure(prose, span_start, block, "result", False, next_end)
    if prev_word in _SINGULAR_ARTICLES and (_conjugated(next_word) or _in_the_present_plural(next_word)):
        # "la 13 demeureront closes": a line, a name; "les écoutants du 115 répondent": a number
        # a singular article names, whose verb belongs to another subject
        return _figure(prose, span_start, block, "identifier", False, num_end)
    if prose.startswith("-", num_end) and prose[num_end + 1:num_end + 2].islower():
        # "3-cyclohexène": a locant of a chemical name
        return _figure(prose, span_start, block, "identifier", False, num_end)
    if next_word in _ADDRESS_NOUNS and not estimate:
        return _figure(prose, span_start, block, "identifier", False, num_end)  # "209 rue de l'Université": an address
    if last_word in _DE_WORDS and _holds_a_score(prose, window_start(span_start, 20, start), span_start):
        return _figure(prose, span_start, block, "result", False, num_end)  # "un score de 3": a result (SPEC §2.2)
    if value < 100 and not dec and not estimate and last_word == "à" and \
            _MATCH_SCORE_BEFORE.search(prose, window_start(span_start, 40, start), span_start):
        return _figure(prose, span_start, block, "score", False, num_end)  # "s'est incliné 2 à 1 face à Lyon"
    if dec and counted and _PARTICIPLE_AFTER.match(next_word):
        # "magnitude 6,2 survenu mardi": a measure, not "6,2 survenu"
        return _figure(prose, span_start, block, "number", False, num_end)
    if no_separator and value >= 100 and not estimate and not dec and counted and \
            (not next_word.endswith(("s", "x")) or _PARTICIPLE_IN_IS.search(next_word)) and \
            _names_before(prose, prev, span_start):
        # "la GLE 580 équipée d'un V8", "la Porsche 962 comme…", "les Alpine 310 compris entre…":
        # a model named by its number; a count after a name would be followed by the plural of what
        # it counts ("Nantes 300 manifestants" is rare), not by a participle.
        return _figure(prose, span_start, block, "identifier", False, num_end)
    if next_word in _ENGINE_NOUNS or (next_word in _GEAR_NOUNS and _GEARBOX_BEFORE.search(prose, window_start(span_start, 30, start), span_start)):
        return _figure(prose, span_start, block, "identifier", False, next_end)
    if next_word in _LIVING_AFTER or (counted and nxt and not nxt.group(_NEXT_W)[:1].isupper() and
                                      next_word not in _VERBS_AFTER_COUNT and not _conjugated(next_word)):
        # "les 14 accusés"; not "24 étaient positifs", "1 et 14 fonctionneront": a verb counts nothing.
        # "dont 15 préventivement", "23 parmi les policiers": what follows is no noun, and the
        # count is the number's alone.
        stop = num_end if _no_noun(next_word) else _noun_after_adjective(prose, next_word, next_end, end)
        if (prev_word in _DEFINITE_PLURAL and value < 20) or prev_word == "ces":
            # "ces 400 talibans": a count given before, referred to; "les 14 accusés", "des 11 juges":
            # a small group the story presents as known.
            return _figure(prose, span_start, block, "narrative", False, stop)
        return _figure(prose, span_start, block, "count", True, stop)
    if next_word in _VERBS_AFTER_COUNT:
        if prev_word in _DEFINITE_PLURAL and not estimate:
            # "les 28 avaient accouché d'une position commune": a group the story has named, by its number.
            return _figure(prose, span_start, block, "narrative", False, num_end)
        # "et 98 ont été mises en quarantaine": a count as the subject of a verb.
        return _figure(prose, span_start, block, "count", True, num_end)
    if estimate:
        return _figure(prose, span_start, block, "estimate", True, num_end)
    # A bare number, counting nothing named: a rank, a code, a reference.
    return _figure(prose, span_start, block, "number", False, num_end)
