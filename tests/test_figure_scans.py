"""The word patterns of figures, searched around their keywords, find exactly
what scanning the whole block with them finds."""
from __future__ import annotations

import itertools
import sys

import pytest
import regex

from attrlint.analysis import figures

# pattern, keywords, words before, words after: as find_figures reads them.
SCANS = {
    "scale": (figures._SCALE_RE, figures._SCALE_KEYWORDS, figures._TWELVE_WORDS_BEFORE, figures._REST_OF_WORD),
    "rate": (figures._RATE_RE, figures._RATE_KEYWORDS, figures._FOUR_WORDS_BEFORE, figures._FOUR_WORDS_AFTER),
    "hundreds": (figures._WORD_HUNDREDS_RE, figures._HUNDREDS_KEYWORDS, figures._TWELVE_WORDS_BEFORE,
                 figures._NINE_WORDS_AFTER),
    "estimate": (figures._WORD_ESTIMATE_RE, figures._WORD_ESTIMATE_KEYWORDS, figures._FOUR_WORDS_BEFORE,
                 figures._FOUR_WORDS_AFTER),
    "about a hundred": (figures._ABOUT_A_HUNDRED_RE, figures._ABOUT_A_HUNDRED_KEYWORDS, figures._FOUR_WORDS_BEFORE,
                        figures._FOUR_WORDS_AFTER),
}

SENTENCES = [
    "Deux millions de personnes, quatre-vingt-dix mille millions et 1,5 milliard ; des milliers, les millionnaires.",
    "PRÈS DE TROIS MILLIONS d'habitants ; pas moins de\u00a0deux\u202fmilliards ; environ un millier, une millimétrique.",
    "Un décès sur quatre, trois fois plus, deux fois moins, multiplié par 3, divisée par deux, remultiplié par six.",
    "La moitié des élèves, les trois quarts de la ville, un tiers du budget, le quart d’heure, LA MOITIÉ DES voix.",
    "Deux fois plus sur dix ; un sur deux sur trois ; 12 établissements scolaires sur 40 ; sursis, surtout, sur le toit.",
    "Neuf arrondissements sur dix-sept, un sur vingt-cinq-, trois sur quatre-vingt-dix, deux sur dix-huitième.",
    "Deux cents policiers, trois mille soldats, deux mille trois cent douze euros, vingt pour cent, cent fois, le centre.",
    "Le quartier et ses centaines d'habitants, la centrale, trois quarts du temps, DEUX CENTS élèves, un quart\tdes voix, cent-deux.",
    "Au moins trois morts, près de quinze blessés, plus de dix, pas moins de\nsept, quelque vingt ans, environ une heure.",
    "Une centaine de manifestants, plus d'une centaine d'élus ; des centaines, UNE PETITE CENTAINE DE voix, une centaine.",
    "Près d’une centaine de blessés, une bonne centaine\u00a0de policiers, au moins une centaine\nde morts, centaines de.",
    "De plus en plus, au moins un, près d'ici ; İİ deux millions, un ſur quatre, DİX fois plus, trois ſur dix.",
    "deux" + " " * 30 + "millions ; un sur" + " " * 30 + "quatre ; " + "un-" * 12 + "deux millions ; environ" + " " * 40 + "dix.",
    "",
]


def plain(scan, prose, start, end):
    return [(m.span(), m.groupdict()) for m in scan[0].finditer(prose, start, end)]


def anchored(scan, prose, start, end):
    found = figures._anchored_matches(*scan, prose, start, end, figures.fold_case(prose, start, end))
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("name", SCANS)
@pytest.mark.parametrize("prose", SENTENCES)
def test_anchored_scans_find_the_matches_of_their_pattern(name, prose):
    scan = SCANS[name]
    assert anchored(scan, prose, 0, len(prose)) == plain(scan, prose, 0, len(prose))
    for start, end in itertools.combinations(range(0, len(prose) + 1, 7), 2):
        assert anchored(scan, prose, start, end) == plain(scan, prose, start, end)


def test_every_sentence_has_matches_to_find():
    found = {name: sum(len(plain(scan, p, 0, len(p))) for p in SENTENCES) for name, scan in SCANS.items()}
    assert all(n >= 5 for n in found.values()), found


def test_a_keyword_in_the_middle_of_a_longer_match_is_read_whole():
    # The window of the first "sur" ends before the second: the match that
    # starts after it is read again from the next keyword.
    prose = "Elle mise sur quatre, deux fois plus sur dix et un sur deux sur trois."
    found = figures._anchored_matches(*SCANS["rate"], prose, 0, len(prose), figures.fold_case(prose, 0, len(prose)))
    assert [m.group() for m in found] == ["deux fois plus sur dix", "un sur deux sur trois"]


def _all_characters() -> str:
    return "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)


def test_folding_keeps_every_character_a_keyword_matches():
    words = [w for _, keywords, *_ in SCANS.values() for word, before, after in keywords.each
             for w in (word, *(before if isinstance(before, tuple) else ()), *(after if isinstance(after, tuple) else ()))]
    letters = sorted(set("".join(words)) - set("0"))
    text = _all_characters()
    assert len(figures.fold_case(text, 0, len(text))) == len(text)
    for letter in letters:
        for m in regex.finditer(regex.escape(letter), text, regex.I):
            assert figures.fold_case(m.group(), 0, 1) == letter, (letter, hex(ord(m.group())))


def test_string_tests_let_through_what_the_patterns_match():
    text = _all_characters()
    assert all(c.isspace() for c in regex.findall(r"\s", text))
    assert not any(c.isalpha() for c in regex.findall(r"[^\p{L}]", text))


class _Counting:
    """A pattern that counts the characters its searches are given."""

    def __init__(self, pattern) -> None:
        self.pattern, self.chars = pattern, 0

    def search(self, string, pos, endpos, **kwargs):
        self.chars += endpos - pos
        return self.pattern.search(string, pos, endpos, **kwargs)


@pytest.mark.parametrize("name,unit", [
    ("scale", "deux millions "), ("scale", "un-" * 20 + "deux millions "), ("rate", "un sur "), ("rate", "deux fois plus "),
    ("hundreds", "cent "), ("hundreds", "deux cent mille "), ("estimate", "plus de "), ("estimate", "au moins trois "),
])
def test_windows_keep_the_reading_linear(name, unit):
    pattern, *rest = SCANS[name]

    def read(n: int) -> int:
        counting = _Counting(pattern)
        prose = unit * n
        list(figures._anchored_matches(counting, *rest, prose, 0, len(prose), figures.fold_case(prose, 0, len(prose))))
        return counting.chars

    small, large = read(300), read(1200)
    assert 0 < small and large < 6 * small
