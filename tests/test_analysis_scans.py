"""The analysis's faster scans find exactly what the plain scans find."""
from __future__ import annotations

import itertools

import pytest

from attrlint.analysis import figures


def plain_numbers(prose, start, end):
    return [(m.span(), m.groupdict(), m.span("est")) for m in figures._NUMBER_RE.finditer(prose, start, end)]


def fast_numbers(prose, start, end):
    return [(m.span(), m.groupdict(), m.span("est")) for m in figures._numbers(prose, start, end)]


@pytest.mark.parametrize("prose", [
    "Plus de 300 soldats et près d'1,5 million de personnes, selon l'ONU.",
    "Pas moins de 12 blessés, au moins 4 morts, environ 2 000 déplacés.",
    "PAS\nMOINS   DE\u00a025 000 euros ; jusqu’à 40 % ; grosso modo 7 jours.",
    "Le surplus de 30 tonnes, l'Airbus A320, la route N7 et le 3-1 final.",
    "À peine 5, quasiment 60, approximativement 1.000 ; autour d’ 8 et 9.",
    "Environ\u202f3 fois, 12/05, -4 degrés, x2 et 1,25 de plus que 2019.",
    "De 10 à 15 ; quelque 200 ; seulement 3 sur 10 ; plus d'un million.",
    "",
    "Aucun chiffre dans cette phrase, pas même environ.",
])
def test_numbers_are_the_matches_of_the_number_pattern(prose):
    for start, end in itertools.combinations(range(0, len(prose) + 1, 3), 2):
        assert fast_numbers(prose, start, end) == plain_numbers(prose, start, end)
    assert fast_numbers(prose, 0, len(prose)) == plain_numbers(prose, 0, len(prose))


@pytest.mark.parametrize("prose", [
    "« Nous partirons demain », a-t-il déclaré, d'après l'AFP ; lorsqu'on l’interroge, dit-elle.",
    "Aujourd'hui, c'est-à-dire vingt-deux jours après, le porte-parole a t-il répondu ? Oui.",
    "Les 3e et 4e places, l'A320, 12h30, Saint-Étienne, e\u0301te\u0301 (décomposé) et presqu’île.",
    "jusqu'au bout -il -t-on t-elles -nous- x-vous mots- -tiret l' ' ’ fin",
])
def test_plain_words_are_read_as_the_full_token_pattern_reads_them(prose):
    from attrlint.analysis import tokens
    from attrlint.patterns import regex

    full = regex.compile(tokens.TOKEN_RE.pattern.replace(f"(?P<word>{tokens._PLAIN_WORD})|", "", 1))
    assert full.pattern != tokens.TOKEN_RE.pattern
    assert [(m.span(), m.lastgroup) for m in tokens.TOKEN_RE.finditer(prose)] == \
        [(m.span(), m.lastgroup) for m in full.finditer(prose)]


def test_tokens_are_given_the_block_they_start_in():
    from bisect import bisect_right

    from attrlint.analysis import _blocks_of
    from attrlint.model import Block, BlockKind, Span

    blocks = [Block(BlockKind.TITLE, Span(2, 10)), Block(BlockKind.PARAGRAPH, Span(12, 30)),
              Block(BlockKind.PARAGRAPH, Span(30, 31)), Block(BlockKind.CAPTION, Span(31, 31)),
              Block(BlockKind.PARAGRAPH, Span(31, 40))]
    token_starts = [0, 1, 2, 5, 9, 10, 11, 12, 29, 30, 31, 39, 40, 45]
    starts = [b.span.start for b in blocks]

    def by_bisection(offset):
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < blocks[i].span.end else -1

    assert _blocks_of(token_starts, blocks) == [by_bisection(s) for s in token_starts]
    assert _blocks_of(token_starts, blocks) == [-1, -1, 0, 0, 0, -1, -1, 1, 1, 2, 4, 4, -1, -1]
