"""A long document's tokens, made block by block as a rule reads them, are the tokens of the whole document."""
from __future__ import annotations

from bisect import bisect_left

import pytest

import attrlint.analysis as analysis
from attrlint.analysis import analyse, block_tokens, document_tokens
from attrlint.analysis.block_tokens import TokensByBlock
from attrlint.plugins import build_registry
from attrlint.rules import token_index, tokens_in
from attrlint.runner import reader_for

# A title, paragraphs, a quotation, list items, an image (a block with no token) and a credit.
ARTICLE = ("# Les écoles ferment\n\n"
           "Selon la préfecture, 300 manifestants ont défilé samedi.\n\n"
           "> « C'est un succès », a déclaré la maire, Léa Morel.\n\n"
           "- un point\n- deux points\n\n"
           "![](photo.jpg)\n\n"
           "Au moins 12 écoles restent fermées, a indiqué le rectorat.\n\n"
           "Photo : AFP\n")


@pytest.fixture
def registry():
    return build_registry()


@pytest.fixture
def long_analysis(registry, monkeypatch):
    """The analysis of ARTICLE read as a long document, keeping two blocks' tokens at most."""
    monkeypatch.setattr(analysis, "KEEP_TOKENS_MAX", 0)
    monkeypatch.setattr(block_tokens, "BLOCKS_KEPT", 2)
    doc = reader_for("article.md", registry.readers)("article.md", ARTICLE)
    return analyse(doc, registry.lexicon())


def test_a_long_document_gets_its_tokens_block_by_block(long_analysis):
    assert isinstance(long_analysis.tokens, TokensByBlock)
    assert not long_analysis.has_tokens  # not all of them at hand: the map of sources reads them block by block


def test_the_tokens_read_block_by_block_are_every_token_of_the_document(registry, long_analysis):
    whole = document_tokens(long_analysis.document, registry.lexicon())
    tokens = long_analysis.tokens
    assert len(tokens) == len(whole) > 0
    assert list(tokens) == whole
    # Read in any order, as a rule going back and forth reads them, past the blocks kept.
    for i in [*range(len(whole)), *reversed(range(len(whole))), *range(-len(whole), 0)]:
        assert tokens[i] == whole[i]
    for start in range(0, len(whole) + 2, 3):
        for stop in range(start, len(whole) + 3, 5):
            assert tokens[start:stop] == whole[start:stop]
    assert tokens[::4] == whole[::4] and tokens[-3:] == whole[-3:]
    with pytest.raises(IndexError):
        tokens[len(whole)]
    assert len(tokens._kept) <= 2


def test_the_index_at_an_offset_is_where_a_search_of_every_token_finds_it(registry, long_analysis):
    whole = document_tokens(long_analysis.document, registry.lexicon())
    for offset in range(-1, len(ARTICLE) + 2):
        expected = bisect_left(whole, offset, key=lambda t: t.start)
        assert long_analysis.tokens.index_at(offset) == expected
        assert token_index(long_analysis, offset) == expected


def test_the_helpers_of_rules_read_them_as_they_read_a_list(registry, long_analysis):
    short = analyse(long_analysis.document, registry.lexicon(), keep_tokens=True)
    assert short.has_tokens
    for cue in long_analysis.cues:
        assert tokens_in(long_analysis, cue.span) == tokens_in(short, cue.span)
    assert [c.span for c in long_analysis.cues] == [c.span for c in short.cues]


def test_a_count_for_each_block_is_needed(registry):
    doc = reader_for("article.md", registry.readers)("article.md", ARTICLE)
    with pytest.raises(ValueError):
        TokensByBlock(doc, registry.lexicon(), [(0, 5)], [])
