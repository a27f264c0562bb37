"""Analysis: a :class:`Document` → the :class:`AnalysedDocument` every rule reads.

One pass per document, in this order: tokens, sentences and their cues,
quotations, figures, conditionals, agencies, then the attribution scope
that links them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import partial
from itertools import compress
from operator import attrgetter
from typing import AbstractSet, Callable

from ..guards import window_end
from ..model import (KEEP_TOKENS_MAX, AnalysedDocument, Block, BlockKind, Conditional, Cue, Document, Figure,
                     Sentence, Span, Token)
from .agencies import find_agencies, inside_name
from .block_tokens import TokensByBlock
from .conditionals import (describe_a_forecast, find_conditionals, forecasts, in_conditional_mood,
                           is_conditional, leave_out_product_specifications, names_a_project, sets_a_hypothesis)
from .cues import (CUE_OPENERS, find_agent_clauses, find_as_said, find_cues, find_incises, find_pour_opening,
                   find_selon_relative)
from .data_sources import named_documents, named_study
from .figure_context import mark_descriptions, mark_product_descriptions, mark_sale_descriptions, mark_video_titles
from .figures import find_figures, read_ranges_whole, read_shares_whole
from .photos import find_photos
from .quotes import BlockText, classify_quote, find_quotes, flag_reopened, mark_fragments
from .scope import FRAMING_REACH, link
from .sentences import split_sentences
from .spans import SpanIndex, any_between, between
from .speakers import colon_introducers
from .subjects import (block_marks, find_subject, subject_after_glued_point, subject_after_phrases,
                       subject_words)
from .tokens import glued_openers, tokenize, tokenize_marked, vocabulary_of

__all__ = ["analyse", "document_tokens"]

# Blocks whose text is prose to analyse for figures, quotes and cues. (A tuple, the most
# frequent first: a kind is found in it by identity, where a set calls the kind's ``__hash__``,
# written in Python for an enumeration.)
_PROSE_BLOCKS = (
    BlockKind.PARAGRAPH, BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION, BlockKind.LIST_ITEM,
    BlockKind.QUOTE_BLOCK, BlockKind.DIALOGUE,
)
# Blocks whose quotations are headlines' (bound once: a member read as ``BlockKind.X`` goes
# through the enum's class look-up, several times slower than a module's name).
_HEADLINE_KINDS = (BlockKind.TITLE, BlockKind.HEADING)


_NO_OFFSETS: frozenset[int] = frozenset()
# A cue's reach and whether it is quoted, read in C.
_REACH, _IN_QUOTE = attrgetter("reach"), attrgetter("in_quote")

# How many words an adverbial before "pour X," may hold, its comma included.
_POUR_AFTER_ADVERBIAL = 8


def _token_stops(blocks: list[Block]) -> list[int]:
    """Where each block's tokens stop: at its end, or where the next block starts."""
    return [block.span.end if i + 1 == len(blocks) else min(block.span.end, blocks[i + 1].span.start)
            for i, block in enumerate(blocks)]


def _reads_again(cue: Cue, incise: Cue) -> bool:
    """Whether ``incise``, which starts inside ``cue``, reads the cue's verb again: it names a
    source among the words the cue has read, as its source ("a indiqué la commune", "indiqué la
    commune"; "a expliqué un responsable syndical", "expliqué un responsable") or as the outlet
    before it ("a résumé sur France Bleu la maire", "résumé sur France Bleu"). One citation, the
    cue's."""
    if cue.source is None or incise.source is None:
        return False
    return incise.source.start == cue.source.start or \
        cue.span.start <= incise.source.start < incise.source.end <= cue.source.start


def document_tokens(doc: Document, lexicon) -> list[Token]:
    """The tokens of every block of ``doc``, in order, as the analysis reads them."""
    vocabulary = vocabulary_of(lexicon)
    tokens: list[Token] = []
    for block, stop in zip(doc.blocks, _token_stops(doc.blocks)):
        tokens += tokenize(doc.prose, lexicon, block.span.start, stop, vocabulary)
    return tokens


def analyse(doc: Document, lexicon, *, framing_reach: int = FRAMING_REACH, keep_tokens: bool = False) -> AnalysedDocument:
    """The analysis of ``doc``; with ``keep_tokens``, its tokens are kept as it makes them
    (``AnalysedDocument.tokens``) rather than made again when asked for."""
    prose = doc.prose
    kept: list[Token] | None = [] if keep_tokens else None
    marks = _key_marks(named_documents())
    vocabulary = vocabulary_of(lexicon, marks)
    sentences: list[Sentence] = []
    quotes = []
    unbalanced = []
    figures: list[Figure] = []
    conditionals = []
    in_conditional: set[int] = set()  # sentences whose only conditionals are not reported: they go on a report
    cond_by_sentence: dict[int, list] = {}
    introducers: dict[int, Cue] = {}
    speaker_nouns: frozenset[str] | None = None  # asked for at the first "pour X," read: most documents have none
    agency_tokens: list[tuple[Token, bool, int]] = []
    # Each block is tokenised and read on its own; its tokens are let go after it.
    glued_at = glued_openers(prose, vocabulary)  # looked for once, not in each block
    token_counts: list[int] = []  # each block's, for the tokens a rule may ask for again
    stops = _token_stops(doc.blocks)
    for position, (block, stop) in enumerate(zip(doc.blocks, stops)):
        (tokens, token_starts, categories, keys), marked = tokenize_marked(prose, lexicon, block.span.start, stop,
                                                                           vocabulary, glued_at)
        token_counts.append(len(tokens))
        if kept is not None:
            kept += tokens
        prose_block = block.kind in _PROSE_BLOCKS
        if prose_block:
            openers_at, at = _looked_for(categories)
            agencies_at = at["AGENCY"]
        else:
            agencies_at = _indices_of(categories, "AGENCY") if "AGENCY" in categories else []  # most name none
        for i in agencies_at:
            agency_tokens.append((tokens[i], inside_name(tokens, i), position))
        if not prose_block:
            continue
        # Only the few sentences with a study's name or a colon are read for them.
        conditionals_at, studies_at, pour_at = _marked_keys(keys, marked, marks) if marked else ([], [], [])
        bq, bu = find_quotes(prose, block.span.start, block.span.end, block.index)
        colons_at = at["COLON"]
        pars_at = at["PAR"]
        # Most blocks quote no one: none of their words is looked for in a quotation, and the
        # lists of their quotations are not made.
        quoted = [q for q in bq if q.depth == 0] if bq else bq
        if bq:
            in_title = block.kind in _HEADLINE_KINDS
            text = BlockText(prose, block.span.start, block.span.end, [q.inner for q in quoted])
            for q in bq:
                q.role = classify_quote(prose, q, in_title=in_title, text=text)
                q.is_speech = q.role == "speech"
            quotes.extend(bq)
        if bu:
            unbalanced.extend(bu)
        in_quote = SpanIndex(quoted) if quoted else None
        first_figure = len(figures)
        for fig in find_figures(prose, block.span.start, block.span.end, block.index):
            fig.in_quote = in_quote is not None and in_quote.containing(fig.span.start) is not None
            figures.append(fig)
        if len(figures) > first_figure:  # most blocks hold no figure
            mark_descriptions(figures[first_figure:], tokens, token_starts, lexicon.source_nouns, keys)
        openers = {q.span.start for q in bq} if bq else _NO_OFFSETS
        first_sentence = len(sentences)
        # The sentence before, in this block, when it names no source: it may set a hypothesis in
        # "si" that a conditional goes on imagining (read only when a conditional follows it).
        unsourced_before: Span | None = None
        tokens_before = (0, 0)  # the tokens of that sentence, read for a project only when a conditional follows
        forecast_before = False  # the sentence before, in this block, forecasts with no source ("devraient")
        speech = [q.span for q in quoted if q.is_speech] if quoted else None
        incises = (find_incises(prose, speech, block.index) if speech else []) + \
            find_as_said(prose, block.span.start, block.span.end, block.index) + \
            find_selon_relative(prose, block.span.start, block.span.end, block.index)
        incises_at = SpanIndex(incises) if incises else None  # most blocks have none
        # A heading glued to its sentence by a lost line break ends where the source is glued.
        breaks = between(glued_at, block.span.start + 1, block.span.end) if glued_at else None
        for span in split_sentences(prose, block.span.start, block.span.end, openers, breaks):
            s = Sentence(span, block.index, len(sentences))
            t0 = bisect_right(token_starts, span.start - 1)
            t1 = bisect_right(token_starts, span.end - 1)
            # Most sentences hold no opener, incise or candidate conditional: nothing is called for them.
            # (The openers are cut out of the block's here, not by a call for each sentence.)
            first_opener = bisect_left(openers_at, t0)
            last_opener = bisect_left(openers_at, t1, first_opener)
            found = find_cues(tokens, t0, t1, lexicon, prose, block.index, openers_at[first_opener:last_opener]) \
                if first_opener < last_opener else []
            more = incises_at.starting_in(span.start, span.end) if incises_at is not None else None
            if more:
                read = [(f.span.start, f.span.end, n) for n, f in enumerate(found)]
                for c in more:
                    n = next((n for start, end, n in read if start <= c.span.start < end), None)
                    if n is None:
                        found.append(c)
                    elif found[n].source is None and c.source is not None:
                        found[n] = c  # "…, s'insurge ce lundi Paul Durand": the incise reads the subject
                    elif c.span.start != found[n].span.start and not _reads_again(found[n], c):
                        found.append(c)  # inside the cue, another reading of who speaks: both are kept
                found.sort(key=lambda c: c.span.start)
            if in_quote is not None:
                for cue in found:
                    cue.in_quote = in_quote.containing(cue.span.start) is not None
            if pour_at and between(pour_at, t0, t1) and not any(c.trigger == "pour" for c in found):
                # "Pour X, …" at the head of the sentence, of the clause after its colon ("Les
                # spécialistes sont partagés : pour Jeanne Morel, …"), or after a short adverbial
                # ("A l'extrême droite, pour Marine Le Pen, …").
                heads = [span] if between(pour_at, t0, window_end(t0, 4, t1)) else []
                heads += [Span(tokens[k].start, span.end) for k in between(pour_at, t0 + 1, t1)
                          if tokens[k - 1].category == "COLON" or
                          (tokens[k - 1].category == "COMMA" and k < t0 + _POUR_AFTER_ADVERBIAL) or
                          _pour_after_heading(tokens[k - 1], tokens[k])]
                for head in heads:
                    if speaker_nouns is None:
                        speaker_nouns = _speaker_nouns(lexicon.source_nouns)
                    opening = find_pour_opening(prose, head, block.index, speaker_nouns)
                    if opening is not None:
                        found.append(opening)
                        found.sort(key=lambda c: c.span.start)
                        break
            # Most sentences name no study: their first cue is not looked for.
            study_words = between(studies_at, t0 + 1, t1) if studies_at else None
            if study_words:
                first_cue = next((c.span.start for c in found if not c.in_quote), None)
                if first_cue is None or tokens[study_words[0]].start < first_cue:
                    # A study named before the sentence's verb of saying is its subject: "Une
                    # étude publiée lundi … montre que …" is the study's, whatever the distance.
                    study = named_study(tokens, study_words, block.index)
                    if study is not None and (in_quote is None or in_quote.containing(study.span.start) is None) and \
                            (first_cue is None or study.span.start < first_cue):
                        found.insert(0, study)
            # (_between inlined: most sentences of a block with any "par" or candidate conditional hold none.)
            pars = between(pars_at, t0, t1) if pars_at else None
            if pars:
                found = found + find_agent_clauses(tokens, pars, t0, t1, prose, block.index, lexicon)
            if found and any(map(_REACH, found)):  # a reach is a span: never false
                s.clause_cues = [c for c in found if c.reach is not None and not c.in_quote]
                found = [c for c in found if c.reach is None]
            if found:
                s.cues = found
            if colons_at and bq and any_between(colons_at, t0, t1):
                introducers.update(colon_introducers(tokens, t0, t1, block.index))
            unsourced = not found or all(map(_IN_QUOTE, found))
            candidates = between(conditionals_at, t0, t1) if conditionals_at else None
            if candidates:  # most sentences hold no candidate conditional: none of this is read for them
                conds: list[Conditional] | None = [
                    c for c in find_conditionals(tokens, t0, t1, prose, span, block.index, candidates, lexicon)
                    if in_quote is None or in_quote.containing(c.span.start) is None]
                if conds and unsourced and unsourced_before is not None and sets_a_hypothesis(prose, unsourced_before):
                    # "Si le projet aboutit, … . Les riverains seraient relogés.": the hypothesis goes on
                    conds = None
                if conds and unsourced and unsourced_before is not None and names_a_project(tokens, *tokens_before):
                    # "Un projet de parc a vu le jour. Les entrepôts seraient rasés.": it describes the project
                    conds = None
                if conds and unsourced and forecast_before and describe_a_forecast(tokens, candidates, t1):
                    # "Les marcheurs devraient revenir samedi. Il s'agirait de leur troisième marche."
                    conds = None
                forecast_before = unsourced and not conds and forecasts(tokens, candidates)
                if conds:
                    cond_by_sentence[s.index] = conds
                    conditionals.extend(conds)
                elif in_conditional_mood(tokens, [i for i in candidates
                                                  if in_quote is None or in_quote.containing(tokens[i].start) is None]):
                    in_conditional.add(s.index)
            else:
                forecast_before = False
            unsourced_before = span if unsourced else None
            tokens_before = (t0, t1)
            sentences.append(s)
        if bq:
            _read_subjects(sentences[first_sentence:], bq, tokens, token_starts, at["STOP"], at["QUOTE"], lexicon)
        # Only a mark left unclosed may reopen a quotation: most blocks have none.
        reopened = flag_reopened(prose, block.span.start, block.span.end, bu,
                                 [c.span.start for s in sentences[first_sentence:] for c in s.cues]) if bu else None
        if reopened:
            for fig in figures[first_figure:]:
                # Numbers in the reopened words of a quotation are the speaker's.
                fig.in_quote = fig.in_quote or any(r.start < fig.span.start < r.end for r in reopened)
    if figures:  # a document with none is not read again for them
        mark_product_descriptions(figures, prose)
        mark_sale_descriptions(figures, prose)
        mark_video_titles(figures, prose)
        figures = read_ranges_whole(prose, figures)
        read_shares_whole(prose, figures)
        conditionals = leave_out_product_specifications(conditionals, figures, sentences)
    cues = [c for s in sentences for c in s.cues]
    all_quote_spans = [q.span for q in quotes if q.depth == 0]
    agencies, credited = find_agencies(doc, agency_tokens, lexicon, all_quote_spans)
    ad = AnalysedDocument(
        document=doc, sentences=sentences, cues=cues, quotes=quotes, unbalanced=unbalanced,
        figures=figures, conditionals=conditionals, agencies=agencies, credited_agencies=credited,
        photos=find_photos(doc, lexicon), lexicon=lexicon, _tokens=kept,
        # A long document's tokens, asked for again, are made block by block as they are read.
        tokenizer=partial(document_tokens, lexicon=lexicon) if len(prose) <= KEEP_TOKENS_MAX else partial(
            TokensByBlock, lexicon=lexicon, bounds=[(b.span.start, stop) for b, stop in zip(doc.blocks, stops)],
            counts=token_counts),
    )
    link(ad, cond_by_sentence, framing_reach, introducers, in_conditional)
    mark_fragments(prose, quotes, ad.sentence_at)
    return ad


# The source nouns of a lexicon, their set kept (so that its id is no other's) with its length
# (a set that has grown is read again), and the nouns a "Pour X," may name a speaker by: the
# union is thousands of words, made once rather than for each document that reads a "pour".
_SPEAKER_NOUNS: dict[int, tuple[AbstractSet[str], int, frozenset[str]]] = {}
_SPEAKER_NOUNS_KEPT = 4


def _speaker_nouns(source_nouns: AbstractSet[str]) -> frozenset[str]:
    """The nouns for someone a "Pour X," may name: the lexicon's source nouns, and the nouns for people."""
    found = _SPEAKER_NOUNS.get(id(source_nouns))
    if found is None or found[0] is not source_nouns or found[1] != len(source_nouns):
        if len(_SPEAKER_NOUNS) >= _SPEAKER_NOUNS_KEPT:
            _SPEAKER_NOUNS.clear()
        found = _SPEAKER_NOUNS[id(source_nouns)] = \
            (source_nouns, len(source_nouns), frozenset(source_nouns) | subject_words().people)
    return found[2]


def _read_subjects(block_sentences: list[Sentence], quotes: list, tokens: list[Token], token_starts: list[int],
                   stops: list[int], marks: list[int], lexicon) -> None:
    """The subjects of the sentences a quotation opens in or follows: only they may speak one.
    ``stops`` and ``marks`` are the indices of the block's stop tokens and quotation marks."""
    starts = sorted([q.span.start for q in quotes if q.depth == 0])
    count = len(block_sentences)
    read = [False] * count
    k = 0
    for at in starts:  # quotations and sentences are both in text order: one walk
        while k < count and block_sentences[k].span.end <= at:
            k += 1
        if k < count and block_sentences[k].span.start <= at:
            # The sentence of a quotation, and the two before it (the second across a bridge: "Sa réponse ?").
            read[k] = True
            if k > 0:
                read[k - 1] = True
                if k > 1:
                    read[k - 2] = True
    found_marks = block_marks(tokens, marks, stops)
    source_nouns = lexicon.source_nouns
    for s in compress(block_sentences, read):
        t0 = bisect_right(token_starts, s.span.start - 1)
        t1 = bisect_right(token_starts, s.span.end - 1)
        # A point glued between two words stands inside the sentence, before its last
        # token: a sentence with no stop there is read for its subject only.
        # (any_between written out: one call less for each sentence read.)
        stop = bisect_left(stops, t0 + 1)
        glued_point = stop < len(stops) and stops[stop] < t1 - 1 and \
            subject_after_glued_point(tokens, t0, t1, source_nouns, found_marks)
        subject = glued_point or find_subject(tokens, t0, t1, source_nouns, marks=found_marks) or \
            subject_after_phrases(tokens, t0, t1, source_nouns, found_marks)
        if subject is not None:
            s.subject, s.subject_kind = subject


# What the analysis looks for in a token's key, as bits: the vocabulary keeps
# whether a key holds any of them, so that the tokenizer finds the few tokens
# that do (see ``Vocabulary.marks``).
_CONDITIONAL, _STUDY, _POUR = 1, 2, 4


# The bits of a key (0 for most), for one set of study nouns.
_KeyMarks = Callable[[str], int]

# The study nouns the marks were made for, and the marks.
_KEY_MARKS: list[tuple[frozenset[str], _KeyMarks]] = []


def _key_marks(studies: frozenset[str]) -> _KeyMarks:
    # Compared by value: the nouns may come as a new set on each call (a union of word lists).
    # The same marks are given back while the nouns are the same: the vocabulary is kept for them.
    if not _KEY_MARKS or _KEY_MARKS[0][0] != studies:
        # A function rather than an object with ``__call__``: Python calls it with no call in C
        # (the vocabulary calls it for each text it has not seen). It tests the key itself, not
        # through the cache of the answers: most keys are new to the cache too, and a key the
        # cache does not hold costs the test and the cache's own work.
        def marks(key: str) -> int:
            return (_CONDITIONAL if is_conditional(key) else 0) | \
                (_STUDY if key in studies else 0) | (_POUR if key == "pour" else 0)
        _KEY_MARKS[:] = [(studies, marks)]
    return _KEY_MARKS[0][1]


def _marked_keys(keys: list[str], marked: list[int], marks: _KeyMarks) -> tuple[list[int], list[int], list[int]]:
    """Of the indices ``marked`` of the keys that ``marks`` marks, those that may be a
    conditional, that name a study, that are "pour"."""
    conditionals: list[int] = []
    studies: list[int] = []
    pour: list[int] = []
    for i in marked:
        bits = marks(keys[i])
        if bits & _CONDITIONAL:
            conditionals.append(i)
        if bits & _STUDY:
            studies.append(i)
        if bits & _POUR:
            pour.append(i)
    return conditionals, studies, pour


# The categories of tokens a prose block is read for, other than those that may open a cue.
_LOOKED_FOR = ("AGENCY", "COLON", "PAR", "QUOTE", "STOP")
assert CUE_OPENERS.isdisjoint(_LOOKED_FOR)  # a token found is sorted out to one or the other
_LOOKED_FOR_OR_OPENING = CUE_OPENERS.union(_LOOKED_FOR)


def _looked_for(categories: list[str]) -> tuple[list[int], dict[str, list[int]]]:
    """The indices of the tokens that may open a cue, and those of the tokens of each of the
    ``_LOOKED_FOR`` categories, from one scan of a block's ``categories``: each scan compares
    every token's category (in C), and this one replaces those made for each category (for
    most, a count and then the indices); the few tokens it finds (about one in six) are then
    sorted out by their category."""
    openers: list[int] = []
    at: dict[str, list[int]] = {"AGENCY": [], "COLON": [], "PAR": [], "QUOTE": [], "STOP": []}  # _LOOKED_FOR
    for i in compress(range(len(categories)), map(_LOOKED_FOR_OR_OPENING.__contains__, categories)):
        category = categories[i]
        if category in CUE_OPENERS:
            openers.append(i)
        else:
            at[category].append(i)
    return openers, at


def _indices_of(items: list[str], value: str) -> list[int]:
    """The indices of ``value`` in ``items``: list.index finds each in C (a category
    is one of a few strings, compared by identity first), where a test per item
    would call a method for each. Counting them first spares the ValueError that
    list.index raises past the last one."""
    found: list[int] = []
    at = -1
    for _ in range(items.count(value)):
        at = items.index(value, at + 1)
        found.append(at)
    return found


def _pour_after_heading(before: Token, pour: Token) -> bool:
    """Whether a capitalised "Pour" follows a word or a closing bracket with no punctuation between
    them ("Un recours devant la justice Pour Paul Morel, …"): a heading glued to the sentence it
    heads by a lost line break, which the "Pour" opens."""
    return pour.text == "Pour" and (before.text[-1:].isalnum() or before.text == ")")
