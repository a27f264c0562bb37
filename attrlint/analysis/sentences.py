"""French sentence segmentation within a block.

Survives abbreviations (``M.``, ``Mme``, ``J.-C.``), numbers (``10.000``,
``2,5``), sentence marks followed by closing quotes, and the glued
sentences of collected text ("…inconnues.Lorsque…").
"""
from __future__ import annotations

from string import ascii_lowercase, ascii_uppercase, digits

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import offsets_of, regex_timeout, window_start
from ..model import Span

_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "gén", "gal", "col", "cdt",
    "lt", "sgt", "av", "apr", "env", "cf", "ex", "p", "pp", "vol", "no", "n°", "art", "fig", "éd", "chap", "tél",
    "hab", "etc", "min", "max", "sq", "c", "cie", "ets", "bd", "fg", "jr", "sr", "vs", "prof", "réf", "trad",
}
# Lower-case abbreviations that never end a sentence ("cf. Le Monde").
_LOWER_ABBREVIATIONS = {"cf", "ex", "p", "pp", "vol", "art", "fig", "chap", "n°", "no", "av", "apr", "env", "tél", "réf"}
# A sentence mark (with any closing quotes/brackets after it), then either
# space and something that can open a sentence, or an opening capital/quote
# glued to it.
# A run of marks is read whole, from its first mark ("....." is tried once, not
# once per dot, and never shortened: a shorter run is followed by a mark).
# Closing marks and spaces are read whole too: what a shorter run would leave
# next (a closing mark, a space) is no character the rest of the pattern takes.
_BOUNDARY = regex.compile(
    r"(?<![.!?…])(?P<mark>[.!?…]++)(?P<close>(?:[\s\u00a0\u202f]*+[»”]|[\"’)\]])++)?"
    r"(?:(?P<space>[\s\u00a0\u202f]++)(?=[\p{Lu}\d«“\"—–\-(\[‹¿¡])|(?=[\p{Lu}«“][\p{Ll}\p{M}’'\s]))"
)
# Nothing in the pattern backtracks: a block up to this long is scanned in a
# millisecond or so, without the regex time limit, whose clock costs more than
# the scan of a paragraph (a microsecond or two per sentence). Longer blocks
# (text collected without paragraphs) keep the guard.
_UNGUARDED_CHARS = 100_000
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}°]+)$")  # from the end: one attempt


def split_sentences(prose: str, start: int, end: int, openers: frozenset[int] | set[int] = frozenset(),
                    breaks: list[int] | None = None) -> list[Span]:
    """Sentence spans of ``prose[start:end]``, trimmed of surrounding space.

    ``openers`` are the offsets of opening quotation marks: a straight quote
    glued after a full stop ("…York."Les…") opens the next sentence rather
    than closing this one. ``breaks`` are offsets where a sentence starts
    with no mark before it (a heading glued to the sentence after it).
    """
    spans: list[Span] = []
    if breaks:
        for lo, hi in zip([start] + breaks, breaks + [end]):
            spans += split_sentences(prose, lo, hi, openers)
        return spans
    sent_start = start
    for mark_start, mark_end, close_start, cut in _boundaries(prose, start, end):
        # A dot after a word longer than any abbreviation (most sentences end so) is read
        # here, with no call.
        if mark_end - mark_start == 1 and prose[mark_start] == "." and \
                not (mark_start - _ABBREVIATION_MAX - 1 >= sent_start and
                     prose[mark_start - _ABBREVIATION_MAX - 1:mark_start].isalpha()) and \
                _is_abbreviation(prose, sent_start, mark_start):
            continue
        # close_start, cut: the closing marks, (-1, -1) when none follows
        if cut < 0:
            cut = mark_end
        else:
            opening = next((i for i in range(close_start, cut) if i in openers), None)
            if opening is not None:
                cut = opening
        # The sentence, trimmed of the space around it (str.strip takes off just what
        # str.isspace holds for, in C); none when it is all space. (_add, written out here:
        # one call less for each sentence.)
        piece = prose[sent_start:cut]
        kept = piece.strip()
        if kept:
            first = sent_start + len(piece) - len(piece.lstrip())
            spans.append(Span(first, first + len(kept)))
            sent_start = cut
    _add(spans, prose, sent_start, end)
    return spans


# The marks a boundary starts with (the first class of _BOUNDARY).
_MARKS = ".!?…"


# A mark, one space and one of these (what the lookahead after the spaces takes: a capital, a
# digit, an opening mark or bracket, a dash), or a mark glued to a capital and a lower-case
# letter ("…inconnues.Lorsque…"): most boundaries, read without the pattern (see _boundaries).
_SPACED_OPENERS = ascii_uppercase + "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ" + digits + "«“\"—–-([‹¿¡"


def _boundaries(prose: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """The matches of ``_BOUNDARY.finditer(prose, start, end)``, each as the span of its marks
    and that of its closing marks ((-1, -1) when it has none).

    A match starts on a mark: the marks are found with ``str.find`` (in C) and the pattern is
    matched at each, in order, past the end of the match before, as finditer would; scanning the
    block, finditer tried the pattern at every character. A long block keeps the time limit.
    """
    if end - start > _UNGUARDED_CHARS:
        return [m.span(1) + m.span(2)
                for m in _BOUNDARY.finditer(prose, start, end, timeout=regex_timeout(end - start))]
    marks_at = offsets_of(prose, _MARKS, start, end)
    found = []
    pos = start
    for at in marks_at:
        if at < pos:
            continue  # inside the match found last
        after = prose[at + 1:at + 2] if at + 1 < end else ""
        if not after or after.islower() or after.isdigit():
            # A boundary goes on after its mark with a mark, a closing mark, a space or a
            # capital: the last mark of a block, "1.500" and "lemonde.fr" are not tried.
            continue
        if at + 2 < end and (at == 0 or prose[at - 1] not in _MARKS):
            # One mark (no mark is before it, none after), no closing mark, then either one
            # space and what the lookahead after the spaces takes, or the lookahead of a glued
            # sentence: the match the pattern would find, found without it.
            following = prose[at + 2]
            if after == " " and following in _SPACED_OPENERS:
                found.append((at, at + 1, -1, -1))
                pos = at + 2
                continue
            if after in ascii_uppercase and following in ascii_lowercase:
                found.append((at, at + 1, -1, -1))
                pos = at + 1
                continue
        m = _BOUNDARY.match(prose, at, end)
        if m is not None:
            found.append(m.span(1) + m.span(2))
            pos = m.end()
    return found


# No abbreviation has more letters than this.
_ABBREVIATION_MAX = max(len(a) for a in _ABBREVIATIONS)


def _is_abbreviation(prose: str, sent_start: int, dot: int) -> bool:
    """Whether the dot at ``dot`` ends an abbreviation or an initial, when the word before it is
    no longer than an abbreviation (the caller tells a longer word: most sentences end so)."""
    if dot <= sent_start or (prose[dot - 1] not in "°\n" and not prose[dot - 1].isalpha()):
        # No word ends on the dot ("en 2020.", "».", "…)."), or one that ends on a combining
        # mark, which neither an abbreviation nor an initial does. ("$" of the pattern also
        # matches before a line break: the pattern reads that case.)
        return False
    before = _WORD_BEFORE.search(prose, window_start(dot, 12, sent_start), dot)
    if not before:
        return False
    word = before.group(1)
    low = word.lower()
    if low in _ABBREVIATIONS and (word[0].isupper() or low in _LOWER_ABBREVIATIONS):
        return True
    # Initials: "J. K. Rowling", "J.-C."
    if len(word) == 1 and word.isupper():
        return True
    return False


def _add(spans: list[Span], prose: str, start: int, end: int) -> bool:
    # str.strip takes off just what str.isspace holds for, in C.
    piece = prose[start:end]
    kept = piece.strip()
    if not kept:
        return False
    start += len(piece) - len(piece.lstrip())
    spans.append(Span(start, start + len(kept)))
    return True
