"""Plain text: a title line, then paragraphs (one a line, or between blank
lines, hard-wrapped or not), captions, photo and credit lines."""
from __future__ import annotations

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..model import Block, BlockKind, Document, Span
from ..sourcemap import composed_units, decode_runs
from .layout import (DIALOGUE_RE, LIST_RE, PHOTO_LINE_RE, SENTENCE_END, caption_with_credit, line_spans,
                     paragraph_kind, photo_credit_text, reads_as_caption, trailing_credit, trim, unwrap)

# In plain text a numbered item has a short number: "1994. Il" is a wrapped sentence.
_TEXT_LIST_RE = regex.compile(r"^\s*(?:[*•+]|\d{1,2}[.)])\s+")


# The kinds read for every line: a member read as ``BlockKind.X`` goes through the
# enum's class look-up, several times slower than a module's name.
_TITLE, _HEADING, _PARAGRAPH = BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH
_CAPTION, _LIST_ITEM, _PHOTO_CREDIT = BlockKind.CAPTION, BlockKind.LIST_ITEM, BlockKind.PHOTO_CREDIT
# Kinds of a line that may end with the credit of its photo.
_MAY_END_WITH_CREDIT = (_PARAGRAPH, _CAPTION, _HEADING)
# Kinds of lines that are never continued, and of lines that may continue a paragraph.
_NEVER_CONTINUED = (_PHOTO_CREDIT, BlockKind.CREDIT_LINE, BlockKind.BYLINE)
_CONTINUING = (_PARAGRAPH, BlockKind.DIALOGUE)


def classify_line(text: str, *, first: bool, next_is_photo: bool, photo: bool | None = None) -> BlockKind:
    """The role of one line of a plain-text article.

    ``photo`` is whether the stripped line is a photo line, when the caller has already asked."""
    stripped = text.strip()
    if first:
        return _TITLE
    if photo is None:
        photo = bool(PHOTO_LINE_RE.match(stripped))
    if next_is_photo and not photo and reads_as_caption(stripped):
        return _CAPTION
    kind = paragraph_kind(stripped, photo)
    if kind is not _PARAGRAPH:
        return kind
    if LIST_RE.match(stripped) and (not stripped[0].isdigit() or _TEXT_LIST_RE.match(stripped)):
        return _LIST_ITEM
    if len(stripped) < 60 and not stripped.endswith(SENTENCE_END) and len(stripped.split()) <= 8:
        return _HEADING
    return _PARAGRAPH


def _is_own_line(line: str, *, continued: bool = False) -> bool:
    """Lines that never continue a paragraph: photo and credit lines, bylines, list items, captions.

    With ``continued``, whether the line is never continued: a caption or a
    list item may run over the next lines.
    """
    stripped = line.strip()
    kind = paragraph_kind(stripped)  # a photo line is a photo credit, never continued nor continuing
    if continued:
        return bool(trailing_credit(stripped) or kind in _NEVER_CONTINUED)
    return bool(_TEXT_LIST_RE.match(stripped) or trailing_credit(stripped) or kind not in _CONTINUING)


# Hard-wrapped text is wrapped at 60-100 characters; longer lines are whole paragraphs.
_MAX_WRAP_WIDTH = 100
# How far short of the width a wrapped line may end (the next word did not fit).
_WRAP_SLACK = 20
# How many lines it takes to tell a wrapped text: a title over a subheading is not one.
_WRAP_EVIDENCE = 4


def _wrap_width(text: str, spans: list[tuple[int, int]]) -> int:
    """The width the text is hard-wrapped at, or 0 when it is not wrapped.

    Wrapped when most lines followed by another line are at most
    ``_MAX_WRAP_WIDTH`` long: the width is then what nine in ten of them
    reach (a long word or a link may overflow it).
    """
    followed = [e - s for (s, e), (ns, ne) in zip(spans, spans[1:]) if text[s:e].strip() and text[ns:ne].strip()]
    short = sorted(n for n in followed if n <= _MAX_WRAP_WIDTH)
    if len(short) < _WRAP_EVIDENCE or len(short) * 4 < len(followed) * 3:
        return 0
    width = short[(len(short) * 9) // 10]
    # A wrapper fills its lines: most come close to the width. Short
    # paragraphs one per line have lengths all over the place.
    if sum(n >= width - _WRAP_SLACK for n in short) * 2 < len(short):
        return 0
    return width


def _group_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines of one paragraph; keep one-paragraph-per-line layout.

    A line continues the paragraph above when it starts in lower case after
    a line that does not end a sentence, or, in hard-wrapped text, when its
    first word would not have fitted on the line above (the wrapper broke
    the line there).
    """
    width: int | None = None  # worked out at the first line that may continue another (none, in many texts)
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    prev_text = ""
    for start, end in spans:
        line = text[start:end]
        if not line.strip():
            if current:
                blocks.append(current)
            current = None
            prev_text = ""
            continue
        # A line opening a paragraph joins nothing: the tests of its line are not made for it.
        if current is None:
            current, prev_text = (start, end), line
            continue
        if width is None:
            width = _wrap_width(text, spans)
        first_word = line.split(None, 1)[0]  # not every word of a paragraph on one line
        # A dash after a finished sentence opens a reply; after a cut one, it is an incise.
        dialogue = (DIALOGUE_RE.match(line) or line.lstrip().startswith("- ")) and \
            prev_text.rstrip().endswith(SENTENCE_END)
        if not dialogue and not _is_own_line(line) and not _is_own_line(prev_text, continued=True) and (
                (not prev_text.rstrip().endswith(SENTENCE_END) and line.lstrip()[:1].islower())
                or (width and len(prev_text) <= _MAX_WRAP_WIDTH and len(prev_text.rstrip()) + 1 + len(first_word) > width
                    and len(prev_text.split()) > 3)):
            current = (current[0], end)
        else:
            blocks.append(current)
            current = (start, end)
        prev_text = line
    if current:
        blocks.append(current)
    return blocks


def read_text(path: str, source: str) -> Document:
    """Plain text: title on the first line, then paragraphs, captions, credits."""
    units = composed_units(source)
    source_map = None
    text = source
    if units:
        chars = list(source)
        source_map = decode_runs(chars, units)
        text = "".join(chars)
    prose = text.replace("\r", " ").replace("\ufeff", " ")
    groups = [trim(text, s, e) for s, e in _group_lines(text, line_spans(text))]
    groups = [g for g in groups if g[0] < g[1]]
    # Whether each line after the title is a photo line, asked once: it is asked of the line
    # after each line, and again for the line's own role. (Groups are trimmed: each is its
    # line stripped.)
    photo = [False] + [bool(PHOTO_LINE_RE.match(text[start:end])) for start, end in groups[1:]]
    blocks: list[Block] = []
    for i, (start, end) in enumerate(groups):
        line = text[start:end]
        first = not blocks  # the title, whatever line follows it
        next_is_photo = not first and i + 1 < len(groups) and photo[i + 1]
        kind = classify_line(line, first=first, next_is_photo=next_is_photo, photo=photo[i])
        if kind in _MAY_END_WITH_CREDIT:
            split = caption_with_credit(prose, start, end, len(blocks))
            if split:
                blocks += split
                continue
        block = Block(kind, Span(start, end), len(blocks))
        if kind is _PHOTO_CREDIT:
            block.credit = photo_credit_text(line)
        blocks.append(block)
    return Document(path, source, unwrap(prose, blocks), blocks, format="text", source_map=source_map)
