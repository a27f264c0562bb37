"""The tokens of a long document, made block by block as a rule reads them.

A long file's tokens would not fit in memory at once (some 150 bytes each: 1.4 GB for
50 MB of text), so the analysis lets each block's go once it has read them. A rule that
asks for them gets a :class:`TokensByBlock`: a sequence indexed as the list of every
token would be, which makes a block's tokens again when one of them is read and keeps
only the blocks read last.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import overload

from ..model import Document, Token
from ..timelimit import time_not_counted
from .tokens import tokenize, vocabulary_of

# How many blocks' tokens are kept: enough for a rule that reads a few blocks back.
BLOCKS_KEPT = 64


class TokensByBlock(Sequence[Token]):
    """Every token of ``document``, in order, made block by block when read.

    ``bounds`` gives where each block's tokens start and stop, ``counts`` how many
    tokens each has (what the analysis found when it read them)."""

    def __init__(self, document: Document, lexicon, bounds: Sequence[tuple[int, int]], counts: Sequence[int]) -> None:
        if len(bounds) != len(counts):
            raise ValueError("one count of tokens is needed for each block")
        self._prose = document.prose
        self._lexicon = lexicon
        self._vocabulary = vocabulary_of(lexicon)
        self._bounds = list(bounds)
        self._block_starts = [start for start, _ in self._bounds]
        self._firsts = list(accumulate(counts, initial=0))  # the index of each block's first token, then the total
        self._kept: OrderedDict[int, list[Token]] = OrderedDict()

    def __len__(self) -> int:
        return self._firsts[-1]

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self._token(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("token index out of range")
        return self._token(index)

    def __iter__(self) -> Iterator[Token]:
        for block in range(len(self._bounds)):
            if self._firsts[block + 1] > self._firsts[block]:
                yield from self._block_tokens(block)

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``: the tokens of
        one block are made, not those of every block a search through the whole
        sequence would read."""
        block = bisect_right(self._block_starts, offset) - 1
        if block < 0:
            return 0
        tokens = self._block_tokens(block) if self._firsts[block + 1] > self._firsts[block] else []
        return self._firsts[block] + bisect_left(tokens, offset, key=lambda t: t.start)

    def _token(self, index: int) -> Token:
        # The last block whose first token is at or before ``index``: blocks with no token share
        # their first index with the next block, and are passed over.
        block = bisect_right(self._firsts, index) - 1
        return self._block_tokens(block)[index - self._firsts[block]]

    def _block_tokens(self, block: int) -> list[Token]:
        kept = self._kept.get(block)
        if kept is not None:
            self._kept.move_to_end(block)
            return kept
        start, stop = self._bounds[block]
        with time_not_counted():  # the analysis's work, not the rule's that reads them
            kept = tokenize(self._prose, self._lexicon, start, stop, self._vocabulary)
        self._kept[block] = kept
        if len(self._kept) > BLOCKS_KEPT:
            self._kept.popitem(last=False)
        return kept
