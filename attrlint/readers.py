"""Readers: source text → :class:`Document` (blocks with their roles).

A reader never changes offsets: it blanks out what is not prose (markup,
front matter, code, comments) in ``Document.prose`` and records blocks as
spans of the source. Readers for other formats come from plugins
(``attrlint_readers`` hook).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from .frontmatter import parse_front_matter
from .guards import regex_timeout
from .model import Block, BlockKind, Comment, Document, Span

# Spaces are read whole (possessive "*+"): what follows them never starts with
# a space, and a long run of spaces must not be split every possible way.
PHOTO_LINE_RE = regex.compile(
    r"^\s*+[(\[]?\s*+(?:(?:cr[ée]dits?\s+)?photos?(?:\s+d'illustration)?|cr[ée]dits?(?:\s+photos?)?|illustrations?|images?|"
    r"infographie|vid[ée]o)\s*[:：]|^\s*+[(\[]?\s*+©|^\s*+\((?:photo|cr[ée]dit)\b",
    regex.I,
)
CREDIT_LINE_RE = regex.compile(
    r"^\s*+[(\[]?\s*+(?:avec|source|sources|par|d'apr[èe]s)?\s*+[:：]?\s*+(?:l'|l’)?\s*+"
    r"(?:agences?|[\p{Lu}][\p{L}\-]++(?:\s++[\p{Lu}][\p{L}\-]++)*)(?:\s*+(?:,|et|&|/)\s*+(?:l'|l’)?[\p{Lu}][\p{L}\-]++)*"
    r"\s*+[)\]]?\s*+\.?\s*$",
)
_CREDIT_PREFIX_RE = regex.compile(r"^\s*+[(\[]?\s*+(?:avec|source\s*:|sources\s*:)", regex.I)
# "Par Jeanne Martin", "Par Jeanne Martin (AFP)", "Par Jeanne Martin, avec AFP"
BYLINE_RE = regex.compile(
    r"^\s*(?:par|by)\s+[\p{Lu}][\p{L}\-'’.]+(?:[\s,/]+(?:\(?[\p{Lu}\p{Ll}][\p{L}\-'’.]*\)?)){0,8}\s*$", regex.I)
LIST_RE = regex.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
DIALOGUE_RE = regex.compile(r"^\s*[—–]\s*")
_SENTENCE_END = tuple(".!?…:»\"”;)")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    spans = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            end = n
            if pos < n:
                spans.append((pos, end if not text.endswith("\r") else end - 1))
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        spans.append((pos, end))
        pos = nl + 1
    return spans


def classify_line(text: str, *, first: bool, next_is_photo: bool) -> BlockKind:
    """The role of one line of a plain-text article."""
    stripped = text.strip()
    if first:
        return BlockKind.TITLE
    if next_is_photo and not PHOTO_LINE_RE.match(stripped):
        return BlockKind.CAPTION
    kind = _paragraph_kind(stripped)
    if kind is not BlockKind.PARAGRAPH:
        return kind
    if LIST_RE.match(stripped):
        return BlockKind.LIST_ITEM
    if len(stripped) < 60 and not stripped.endswith(_SENTENCE_END) and len(stripped.split()) <= 8:
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def photo_credit_text(line: str) -> str:
    """What follows "Photo :" / "©" on a photo line: the credit, maybe empty."""
    m = PHOTO_LINE_RE.match(line)
    rest = line[m.end():] if m else line
    return rest.strip().strip("()[]").strip(" .;,–—-")


def _group_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines of one paragraph; keep one-paragraph-per-line layout."""
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
        soft_wrap = (
            current is not None
            and not prev_text.rstrip().endswith(_SENTENCE_END)
            and line.lstrip()[:1].islower()
            and not PHOTO_LINE_RE.match(line)
        )
        if soft_wrap:
            current = (current[0], end)
        else:
            if current:
                blocks.append(current)
            current = (start, end)
        prev_text = line
    if current:
        blocks.append(current)
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_text(path: str, source: str) -> Document:
    """Plain text: title on the first line, then paragraphs, captions, credits."""
    prose = source.replace("\r", " ").replace("\ufeff", " ")
    groups = [_trim(source, s, e) for s, e in _group_lines(source, _line_spans(source))]
    groups = [g for g in groups if g[0] < g[1]]
    blocks: list[Block] = []
    for i, (start, end) in enumerate(groups):
        line = source[start:end]
        next_is_photo = i + 1 < len(groups) and bool(PHOTO_LINE_RE.match(source[groups[i + 1][0]:groups[i + 1][1]]))
        kind = classify_line(line, first=not blocks, next_is_photo=next_is_photo)
        block = Block(kind, Span(start, end), len(blocks))
        if kind is BlockKind.PHOTO_CREDIT:
            block.credit = photo_credit_text(line)
        blocks.append(block)
    return Document(path, source, prose, blocks, format="text")


# -- Markdown ----------------------------------------------------------------

# Markup patterns never scan past the next "[" or "<" that could open markup
# of their own, and an unclosed comment or fence opener runs to the end of
# the document (as in CommonMark): each start is tried once, so a line of
# ten thousand "[" or "<!--" costs what its length does.
_MD_FRONT = regex.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_MD_COMMENT = regex.compile(r"<!--(.*?)(?:-->|\Z)", regex.S)
_MD_FENCE = regex.compile(r"^[ \t]*(```++|~~~++)[^\n]*+\n.*?^[ \t]*\1[ \t]*$", regex.S | regex.M)
_MD_IMAGE = regex.compile(r"!\[([^\[\]\n]*)\]\(([^)\s\[]*)(?:\s+[\"']([^\"'\n\[]*)[\"'])?\)")
_MD_LINK = regex.compile(r"(?<!!)\[([^\[\]\n]*)\]\(([^)\n\[]*)\)")
_MD_HTML_TAG = regex.compile(r"</?[A-Za-z][^<>\n]*>")
_MD_EMPH = regex.compile(r"(?<![\p{L}\p{N}\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\p{L}\p{N}])")
_MD_CODE = regex.compile(r"`[^`\n]+`")
_MD_HEADING = regex.compile(r"#{1,6}(?:[ \t]+|$)")
_MD_RULE = regex.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}+[ \t]*$")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def read_markdown(path: str, source: str) -> Document:
    """Markdown with optional YAML front matter; markup is not prose."""
    chars = list(source)
    front: dict = {}
    comments: list[Comment] = []
    m = _MD_FRONT.match(source)
    if m:
        front = parse_front_matter(m.group(1), path)
        _blank(chars, 0, m.end())
    for m in _MD_COMMENT.finditer(source, timeout=regex_timeout(len(source))):
        comments.append(Comment(Span(m.start(), m.end()), m.group(1).strip()))
        _blank(chars, m.start(), m.end())
    for m in _MD_FENCE.finditer(source, timeout=regex_timeout(len(source))):
        _blank(chars, m.start(), m.end())
    for m in _MD_CODE.finditer(source, timeout=regex_timeout(len(source))):
        _blank(chars, m.start(), m.end())
    images: list[tuple[int, int, str, str]] = []
    for m in _MD_IMAGE.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] == " ":
            continue
        images.append((m.start(), m.end(), m.group(1) or "", m.group(3) or ""))
        _blank(chars, m.start(), m.end())
    for m in _MD_LINK.finditer(source, timeout=regex_timeout(len(source))):
        _blank(chars, m.start(), m.start(1))
        _blank(chars, m.end(1), m.end())
    for m in _MD_HTML_TAG.finditer(source, timeout=regex_timeout(len(source))):
        _blank(chars, m.start(), m.end())
    prose_pre = "".join(chars)
    for m in _MD_EMPH.finditer(prose_pre, timeout=regex_timeout(len(prose_pre))):
        _blank(chars, m.start(), m.end())

    image_at = {start: (start, end, alt, title) for start, end, alt, title in images}
    image_starts = sorted(image_at)

    # Lines by role; block markers (#, >, -, 1.) are blanked as they are found.
    lines: list[tuple[str, int, int, int]] = []  # (role, start, text start, end)
    for start, end in _line_spans(source):
        k = bisect_left(image_starts, start)
        if k < len(image_starts) and image_starts[k] < end:
            lines.append(("image", start, image_starts[k], end))
            continue
        raw = source[start:end]
        if not "".join(chars[start:end]).strip() or _MD_RULE.match(raw):
            _blank(chars, start, end)
            lines.append(("blank", start, start, end))
            continue
        stripped = raw.lstrip()
        indent = start + len(raw) - len(stripped)
        heading = _MD_HEADING.match(stripped)
        item = LIST_RE.match(raw)
        if heading:
            marker_end = indent + heading.end()
            role = "title" if stripped.startswith("# ") else "heading"
        elif stripped.startswith(">"):
            marker_end = indent + len(stripped) - len(stripped.lstrip("> \t"))
            role = "quote"
        elif item:
            marker_end, role = start + item.end(), "item"
        else:
            marker_end, role = start, "text"
        _blank(chars, start, marker_end)
        lines.append((role, start, marker_end, end))
    prose = "".join(chars).replace("\r", " ").replace("\ufeff", " ")

    blocks: list[Block] = []
    has_title = False
    group: list[tuple[str, int, int, int]] = []

    def flush() -> None:
        nonlocal has_title
        if not group:
            return
        role = group[0][0]
        start, end = _trim(prose, group[0][2], group[-1][3])
        group.clear()
        if start >= end:
            return
        text = prose[start:end]
        kind = {"heading": BlockKind.HEADING, "quote": BlockKind.QUOTE_BLOCK, "item": BlockKind.LIST_ITEM}.get(role)
        if role == "title":
            kind = BlockKind.HEADING if has_title else BlockKind.TITLE
        elif kind is None:
            kind = _paragraph_kind(text)
        has_title = has_title or kind is BlockKind.TITLE
        block = Block(kind, Span(start, end), len(blocks))
        if kind is BlockKind.PHOTO_CREDIT:
            block.credit = photo_credit_text(text)
        blocks.append(block)

    for line in lines:
        role, start, text_start, end = line
        if role == "image":
            flush()
            istart, iend, alt, title = image_at[text_start]
            block = Block(BlockKind.IMAGE, Span(istart, iend), len(blocks), alt=alt)
            block.credit = title
            blocks.append(block)
            rest_start, rest_end = _trim(prose, iend, end)
            if rest_start < rest_end:
                blocks.append(Block(BlockKind.CAPTION, Span(rest_start, rest_end), len(blocks)))
            continue
        if role == "blank":
            flush()
            continue
        # Quote lines join the quote block, text lines the paragraph or the
        # list item above; a heading or a new item starts a block of its own.
        joins = group and ((role == "quote" and group[0][0] == "quote") or
                           (role == "text" and group[0][0] in ("text", "item")))
        if not joins:
            flush()
        group.append(line)
        if role in ("title", "heading"):
            flush()
    flush()
    _mark_captions(blocks, source)
    title = front.get("title") if isinstance(front, dict) else None
    if not has_title and blocks and not title:
        first = blocks[0]
        if first.kind is BlockKind.PARAGRAPH and first.span.end - first.span.start < 150 and \
                "\n" not in source[first.span.start:first.span.end]:
            first.kind = BlockKind.TITLE
    return Document(path, source, prose, blocks, front_matter=front or {}, comments=comments, format="markdown")


def _paragraph_kind(text: str) -> BlockKind:
    """The role of a Markdown paragraph from its words: photo line, credit, byline, dialogue or prose."""
    if PHOTO_LINE_RE.match(text):
        return BlockKind.PHOTO_CREDIT
    if _CREDIT_PREFIX_RE.match(text) and len(text) < 80:
        return BlockKind.CREDIT_LINE
    if BYLINE_RE.match(text) and len(text) < 80:
        return BlockKind.BYLINE
    if DIALOGUE_RE.match(text):
        return BlockKind.DIALOGUE
    return BlockKind.PARAGRAPH


def _mark_captions(blocks: list[Block], source: str) -> None:
    """A paragraph before a photo line, or one right under an image (no blank
    line, or set in italics), is a caption."""
    for prev, block in zip(blocks, blocks[1:]):
        if block.kind is BlockKind.PHOTO_CREDIT and prev.kind is BlockKind.PARAGRAPH:
            prev.kind = BlockKind.CAPTION
        elif prev.kind is BlockKind.IMAGE and block.kind is BlockKind.PARAGRAPH:
            between = source[prev.span.end:block.span.start]
            text = source[block.span.start:block.span.end].strip()
            if between.count("\n") <= 1 or (text[:1] in "*_" and text[-1:] in "*_"):
                block.kind = BlockKind.CAPTION


# -- HTML --------------------------------------------------------------------

_HTML_BLOCK_TAGS = {
    "p": BlockKind.PARAGRAPH, "h1": BlockKind.TITLE, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING, "li": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE_BLOCK, "figcaption": BlockKind.CAPTION, "title": None,
}
# As in Markdown: a tag ends before the next "<" outside its quoted values,
# and an unclosed comment or CDATA section runs to the end of the document.
_HTML_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*+)>|<!--(.*?)(?:-->|\Z)"
                          r"|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^<>]*>", regex.S)
_HTML_SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside"}
_HTML_ATTR = regex.compile(r"(?<![A-Za-z-])([A-Za-z-]++)\s*+=\s*+(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_ENTITY = regex.compile(r"&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


def read_html(path: str, source: str) -> Document:
    """HTML: the article body's block elements; tags, scripts and styles are not prose."""
    import html

    chars = list(source)
    comments: list[Comment] = []
    blocks: list[Block] = []
    open_block: tuple[str, int] | None = None
    skip_depth = 0
    skip_start = 0
    for m in _HTML_TAG.finditer(source, timeout=regex_timeout(len(source))):
        _blank(chars, m.start(), m.end())
        if m.group(4) is not None:
            comments.append(Comment(Span(m.start(), m.end()), m.group(4).strip()))
            continue
        closing, tag = m.group(1) == "/", (m.group(2) or "").lower()
        if tag in _HTML_SKIP:
            if not closing:
                if skip_depth == 0:
                    skip_start = m.end()
                skip_depth += 1
            elif skip_depth:
                skip_depth -= 1
                if skip_depth == 0:
                    _blank(chars, skip_start, m.start())
            continue
        if skip_depth:
            continue
        if tag == "img" and not closing:
            attrs = {a.group(1).lower(): a.group(2) or a.group(3) or a.group(4) or "" for a in _HTML_ATTR.finditer(m.group(3) or "")}
            block = Block(BlockKind.IMAGE, Span(m.start(), m.end()), len(blocks), alt=html.unescape(attrs.get("alt", "")))
            block.credit = html.unescape(attrs.get("title", "") or attrs.get("data-credit", ""))
            blocks.append(block)
            continue
        if tag in _HTML_BLOCK_TAGS:
            if not closing:
                open_block = (tag, m.end())
            elif open_block and open_block[0] == tag:
                start, end = open_block[1], m.start()
                open_block = None
                kind = _HTML_BLOCK_TAGS[tag]
                if kind is None:
                    continue
                blocks.append(Block(kind, Span(start, end), len(blocks)))
    # Entities keep their length: the decoded character, padded with spaces.
    for m in _ENTITY.finditer(source):
        if chars[m.start()] != "&":
            continue
        decoded = html.unescape(m.group())
        if len(decoded) == 1:
            chars[m.start()] = decoded
            _blank(chars, m.start() + 1, m.end())
    prose = "".join(chars).replace("\r", " ").replace("\ufeff", " ")
    final: list[Block] = []
    for b in blocks:
        if b.kind is BlockKind.IMAGE:
            b.index = len(final)
            final.append(b)
            continue
        s, e = _trim(prose, b.span.start, b.span.end)
        if s >= e:
            continue
        text = prose[s:e]
        kind = b.kind
        if kind is BlockKind.PARAGRAPH:
            if PHOTO_LINE_RE.match(text):
                kind = BlockKind.PHOTO_CREDIT
            elif _CREDIT_PREFIX_RE.match(text) and len(text) < 80:
                kind = BlockKind.CREDIT_LINE
            elif BYLINE_RE.match(text) and len(text) < 80:
                kind = BlockKind.BYLINE
        nb = Block(kind, Span(s, e), len(final))
        if kind is BlockKind.PHOTO_CREDIT:
            nb.credit = photo_credit_text(text)
        final.append(nb)
    return Document(path, source, prose, final, comments=comments, format="html")


BUILTIN_READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
