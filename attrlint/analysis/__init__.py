"""Analysis: a :class:`Document` → the :class:`AnalysedDocument` every rule reads.

One pass per document, in this order: tokens, sentences and their cues,
quotations, figures, conditionals, agencies, then the attribution scope
that links them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import AnalysedDocument, Block, BlockKind, Document, Sentence
from .agencies import find_agencies
from .conditionals import find_conditionals
from .cues import find_cues, find_incises
from .figures import find_figures
from .photos import find_photos
from .quotes import BlockText, classify_quote, find_quotes, flag_reopened
from .scope import FRAMING_REACH, link
from .sentences import split_sentences
from .spans import SpanIndex
from .tokens import tokenize

__all__ = ["analyse"]

# Blocks whose text is prose to analyse for figures, quotes and cues.
_PROSE_BLOCKS = {
    BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.LIST_ITEM,
    BlockKind.QUOTE_BLOCK, BlockKind.DIALOGUE,
}


def _blocks_of(token_starts: list[int], blocks: list[Block]) -> list[int]:
    """The index of the block each token starts in (blocks sorted by start), or -1.

    A token belongs to the last block starting at or before it, if it starts
    before that block's end: the tokens of each block are one slice.
    """
    block_of = [-1] * len(token_starts)
    for i, block in enumerate(blocks):
        stop = block.span.end if i + 1 == len(blocks) else min(block.span.end, blocks[i + 1].span.start)
        lo, hi = bisect_left(token_starts, block.span.start), bisect_left(token_starts, stop)
        block_of[lo:hi] = [i] * (hi - lo)
    return block_of


def analyse(doc: Document, lexicon, *, framing_reach: int = FRAMING_REACH) -> AnalysedDocument:
    prose = doc.prose
    tokens = tokenize(prose, lexicon)
    token_starts = [t.span.start for t in tokens]
    block_of = _blocks_of(token_starts, doc.blocks)
    sentences: list[Sentence] = []
    quotes = []
    unbalanced = []
    figures = []
    conditionals = []
    cond_by_sentence: dict[int, list] = {}
    for block in doc.blocks:
        if block.kind not in _PROSE_BLOCKS:
            continue
        bq, bu = find_quotes(prose, block.span.start, block.span.end, block.index)
        in_title = block.kind in (BlockKind.TITLE, BlockKind.HEADING)
        text = BlockText(prose, block.span.start, block.span.end) if bq else None
        for q in bq:
            q.role = classify_quote(prose, q, in_title=in_title, text=text)
            q.is_speech = q.role == "speech"
        quotes.extend(bq)
        unbalanced.extend(bu)
        in_quote = SpanIndex([q for q in bq if q.depth == 0])
        first_figure = len(figures)
        for fig in find_figures(prose, block.span.start, block.span.end, block.index):
            fig.in_quote = in_quote.containing(fig.span.start) is not None
            figures.append(fig)
        openers = {q.span.start for q in bq}
        first_sentence = len(sentences)
        incises = SpanIndex(find_incises(prose, [q.span.end for q in bq if q.depth == 0 and q.is_speech], block.index))
        for span in split_sentences(prose, block.span.start, block.span.end, openers):
            s = Sentence(span, block.index, len(sentences))
            t0 = bisect_right(token_starts, span.start - 1)
            t1 = bisect_right(token_starts, span.end - 1)
            s.cues = find_cues(tokens, t0, t1, lexicon, prose, block.index)
            known = {c.span.start for c in s.cues}
            s.cues += [c for c in incises.starting_in(span.start, span.end) if c.span.start not in known]
            s.cues.sort(key=lambda c: c.span.start)
            for cue in s.cues:
                cue.in_quote = in_quote.containing(cue.span.start) is not None
            conds = [c for c in find_conditionals(tokens, t0, t1, prose, span, block.index)
                     if in_quote.containing(c.span.start) is None]
            if conds:
                cond_by_sentence[s.index] = conds
                conditionals.extend(conds)
            sentences.append(s)
        reopened = flag_reopened(prose, block.span.start, block.span.end, bu,
                                 [c.span.start for s in sentences[first_sentence:] for c in s.cues])
        for fig in figures[first_figure:]:
            # Numbers in the reopened words of a quotation are the speaker's.
            fig.in_quote = fig.in_quote or any(r.start < fig.span.start < r.end for r in reopened)
    cues = [c for s in sentences for c in s.cues]
    all_quote_spans = [q.span for q in quotes if q.depth == 0]
    agencies, credited = find_agencies(doc, tokens, block_of, cues, lexicon, all_quote_spans)
    ad = AnalysedDocument(
        document=doc, sentences=sentences, tokens=tokens, cues=cues, quotes=quotes, unbalanced=unbalanced,
        figures=figures, conditionals=conditionals, agencies=agencies, credited_agencies=credited,
        photos=find_photos(doc, lexicon), lexicon=lexicon,
    )
    link(ad, cond_by_sentence, framing_reach)
    return ad

