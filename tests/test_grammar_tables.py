"""The generated LALR tables and their parser give what Lark gives on the grammar."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrlint.analysis import attribution_tables, cues, grammar
from attrlint.analysis.cues import _GRAMMAR_TERMINALS, _cue_of
from attrlint.analysis.grammar import ParseError, Parser, tables
from attrlint.model import Token

TERMINALS = sorted(_GRAMMAR_TERMINALS) + ["STOP", "QUOTE", "PUNCT"]


def fresh_parse(shape):
    """The longest cue at the head of ``shape`` by the shipped tables, parsed from its
    first category (no memo), in the form ``cues._cue_at`` gives."""
    ip = Parser(tables())
    best = None
    for i, cat in enumerate(shape):
        if cat not in _GRAMMAR_TERMINALS:
            break
        try:
            ip.feed(cat, i)
        except ParseError:
            break
        if ip.can_end():
            try:
                best = (i + 1, ip.copy().finish())
            except ParseError:
                continue
    return _cue_of(*best) if best else None


def lark_reference(shape):
    """The longest cue as found by Lark's own interactive parser, in the form ``cues._cue_at`` gives."""
    from lark import Token
    from lark.exceptions import UnexpectedInput

    ip = grammar.lark_parser().parse_interactive()
    best = None
    for i, cat in enumerate(shape):
        if cat not in _GRAMMAR_TERMINALS:
            break
        try:
            ip.feed_token(Token(cat, str(i)))
        except UnexpectedInput:
            break
        if "$END" in ip.choices():
            try:
                tree = ip.copy().feed_eof()
            except UnexpectedInput:
                continue
            best = (i + 1, tree)
    if best is None:
        return None
    length, tree = best
    return _cue_of(length, _as_tuples(tree))


def _as_tuples(node):
    if hasattr(node, "data"):
        return (str(node.data), [_as_tuples(c) for c in node.children])
    return int(node.value)


def test_shipped_tables_match_the_grammar():
    # After editing grammars/attribution.lark: python -m attrlint.analysis.grammar
    assert attribution_tables.GRAMMAR_SHA256 == grammar.digest(grammar.grammar_text())
    assert grammar.tables() is attribution_tables.TABLES


def test_regenerating_gives_the_shipped_tables():
    assert grammar.build_tables() == attribution_tables.TABLES


@pytest.mark.parametrize("shape", [
    ("PREP_SOURCE", "DET", "WORD", "CAP", "COMMA"),
    ("AUX", "CLITIC_INV", "SPEECH_PP", "PREP_A", "DET", "AGENCY", "STOP"),
    ("SPEECH_FIN", "DET", "SOURCE_NOUN", "PREP_A", "DET", "AGENCY", "QUE"),
    ("AUX", "AUX", "PASSIVE_PP", "PAR", "DET", "SOURCE_NOUN", "DE", "DET", "CAP"),
    ("POUR", "DET", "CAP", "WORD", "COMMA", "DET"),
    ("DANS", "DET", "CHANNEL", "PREP_A", "CAP"),
    ("SPEECH_INF", "ADV", "DET", "WORD", "PREP_A", "PRON", "COLON"),
    ("CONT",),
    ("WORD", "WORD"),
])
def test_parser_agrees_with_lark(shape):
    assert fresh_parse(shape) == lark_reference(shape)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TERMINALS), min_size=1, max_size=14))
def test_parser_agrees_with_lark_on_any_sequence(shape):
    assert fresh_parse(tuple(shape)) == lark_reference(tuple(shape))


def test_memo_gives_the_parse_of_every_shape():
    """The trie of read prefixes answers each shape as a fresh parse does."""
    rng = random.Random(7)
    openers = sorted(cues._OPENERS)
    shapes = [tuple([rng.choice(openers)] + rng.choices(TERMINALS, k=rng.randrange(0, 13))) for _ in range(3000)]
    cues._SHAPES.clear()

    for shape in shapes + shapes[::-1]:
        tokens = [Token("", 0, 0, c, "") for c in shape]  # the parse reads only their categories
        assert cues._cue_at(tokens, 0, len(tokens)) == fresh_parse(shape)


def test_stale_tables_are_rebuilt_from_the_grammar(monkeypatch):
    monkeypatch.setattr(attribution_tables, "GRAMMAR_SHA256", "0" * 64)
    grammar.tables.cache_clear()
    try:
        rebuilt = grammar.tables()
        assert rebuilt is not attribution_tables.TABLES
        assert rebuilt == attribution_tables.TABLES
    finally:
        grammar.tables.cache_clear()
