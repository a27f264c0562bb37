"""Readers: source text → :class:`Document` (blocks with their roles).

A reader never changes offsets: it blanks out what is not prose (markup,
front matter, code, comments) in ``Document.prose`` and records blocks as
spans of the source. Readers for other formats come from plugins
(``attrlint_readers`` hook).
"""
from __future__ import annotations

import html
from bisect import bisect_left

import regex

from .frontmatter import parse_front_matter
from .model import Block, BlockKind, Comment, Document, Span
from .sourcemap import Unit, composed_units, decode_runs

PHOTO_LINE_RE = regex.compile(
    r"^\s*[(\[]?\s*(?:(?:cr[ée]dits?\s+)?photos?(?:\s+d['’]illustration)?|cr[ée]dits?(?:\s+photos?)?|illustrations?|images?|"
    r"infographie|vid[ée]o)\s*[:：]|^\s*[(\[]?\s*©|^\s*\((?:photo|cr[ée]dit)\b",
    regex.I,
)
# "Avec AFP", "(avec AFP)", "Avec agences", "Source : AFP", "Sources : AFP, Reuters", "Avec l'AFP et Reuters".
CREDIT_LINE_RE = regex.compile(
    r"^\s*[(\[]?\s*(?i:avec|sources?|par|d'apr[èe]s|d’apr[èe]s)?\s*[:：]?\s*(?:l'|l’|(?i:les)\s+)?\s*"
    r"(?:(?i:agences?)|[\p{Lu}][\p{L}\p{M}\-]+(?:\s+[\p{Lu}][\p{L}\p{M}\-]+)*)"
    r"(?:\s*(?:,|et|&|/)\s*(?:l'|l’)?[\p{Lu}][\p{L}\p{M}\-]+)*\s*[)\]]?\s*\.?\s*$",
)
_CREDIT_PREFIX_RE = regex.compile(r"^\s*[(\[]?\s*(?:avec|source\s*:|sources\s*:)", regex.I)
# "Par Jeanne Martin", "Par Jeanne Martin (AFP)", "Par Jeanne Martin, avec AFP", "Par J. Martin, envoyé
# spécial à Kiev"; not "Par ailleurs, …" nor a short sentence with a number or a final stop.
BYLINE_RE = regex.compile(
    r"^(?!.*\d)\s*(?i:par|by)\s+[\p{Lu}][\p{L}\p{M}\-'’.]+"
    r"(?:[\s,/]+(?:\(?[\p{Lu}\p{Ll}][\p{L}\p{M}\-'’.]*\)?)){0,8}(?<![\p{Ll}\p{M}]\.)\s*$")
LIST_RE = regex.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
# In plain text a numbered item has a short number: "1994. Il" is a wrapped sentence.
_TEXT_LIST_RE = regex.compile(r"^\s*(?:[*•+]|\d{1,2}[.)])\s+")
DIALOGUE_RE = regex.compile(r"^\s*[—–]\s*")
_SENTENCE_END = tuple(".!?…:»\"”;)")
# A caption with its credit at the end: "Des voyageurs, le 14 mars. © Jean Dupont/AFP",
# "Un quai vide. (Photo Marie Roux / Hans Lucas)", "Le port. Photo : Ville de Nantes".
_TRAILING_CREDIT_RE = regex.compile(
    r"(?<=\S\s*)(?:©\s*\S[^©]*|\((?:photos?|cr[ée]dits?(?:\s+photos?)?)\b[^()]*\)\.?"
    r"|(?<=[.!?…]\s*)(?:(?:cr[ée]dits?\s+)?photos?|infographie|illustration|dessin)\s*[:：]\s*\S[^:.]*\.?)\s*$",
    regex.I,
)


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
    if LIST_RE.match(stripped) and (not stripped[0].isdigit() or _TEXT_LIST_RE.match(stripped)):
        return BlockKind.LIST_ITEM
    if len(stripped) < 60 and not stripped.endswith(_SENTENCE_END) and len(stripped.split()) <= 8:
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def photo_credit_text(line: str) -> str:
    """What follows "Photo :" / "©" on a photo line: the credit, maybe empty."""
    m = PHOTO_LINE_RE.match(line)
    rest = line[m.end():] if m else line
    return rest.strip().strip("()[]").strip(" .;,–—-")


def _is_own_line(line: str) -> bool:
    """Lines that never continue a paragraph: photo and credit lines, bylines, list items."""
    stripped = line.strip()
    return bool(PHOTO_LINE_RE.match(stripped) or _TEXT_LIST_RE.match(stripped) or _TRAILING_CREDIT_RE.search(stripped)
                or _paragraph_kind(stripped) not in (BlockKind.PARAGRAPH, BlockKind.DIALOGUE))


# Hard-wrapped text is wrapped at 60-100 characters; longer lines are whole paragraphs.
_MAX_WRAP_WIDTH = 100


def _wrap_width(text: str, spans: list[tuple[int, int]]) -> int:
    """The width the text is hard-wrapped at, or 0 when it is not wrapped.

    Wrapped when most lines followed by another line are at most
    ``_MAX_WRAP_WIDTH`` long: the width is then what nine in ten of them
    reach (a long word or a link may overflow it).
    """
    followed = [e - s for (s, e), (ns, ne) in zip(spans, spans[1:]) if text[s:e].strip() and text[ns:ne].strip()]
    short = sorted(n for n in followed if n <= _MAX_WRAP_WIDTH)
    if len(short) < 2 or len(short) * 4 < len(followed) * 3:
        return 0
    return short[(len(short) * 9) // 10]


def _group_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines of one paragraph; keep one-paragraph-per-line layout.

    A line continues the paragraph above when it starts in lower case after
    a line that does not end a sentence, or, in hard-wrapped text, when its
    first word would not have fitted on the line above (the wrapper broke
    the line there).
    """
    width = _wrap_width(text, spans)
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
        first_word = line.split()[0]
        # A dash after a finished sentence opens a reply; after a cut one, it is an incise.
        dialogue = (DIALOGUE_RE.match(line) or line.lstrip().startswith("- ")) and \
            prev_text.rstrip().endswith(_SENTENCE_END)
        joins = current is not None and not dialogue and not _is_own_line(line) and not _is_own_line(prev_text) and (
            (not prev_text.rstrip().endswith(_SENTENCE_END) and line.lstrip()[:1].islower())
            or (width and len(prev_text) <= _MAX_WRAP_WIDTH and len(prev_text.rstrip()) + 1 + len(first_word) > width
                and len(prev_text.split()) > 3))
        if joins:
            current = (current[0], end)
        else:
            if current:
                blocks.append(current)
            current = (start, end)
        prev_text = line
    if current:
        blocks.append(current)
    return blocks


def _caption_with_credit(prose: str, start: int, end: int, index: int) -> list[Block]:
    """A line that ends with its photo credit: the caption, then the credit as a photo line."""
    m = _TRAILING_CREDIT_RE.search(prose, start, end)
    if not m or m.start() <= start:
        return []
    caption_start, caption_end = _trim(prose, start, m.start())
    credit = Block(BlockKind.PHOTO_CREDIT, Span(m.start(), _trim(prose, m.start(), end)[1]), index + 1)
    credit.credit = photo_credit_text(m.group())
    return [Block(BlockKind.CAPTION, Span(caption_start, caption_end), index), credit]


def _unwrap(prose: str, blocks: list[Block]) -> str:
    """Line breaks inside a block are spaces: a wrapped line does not cut "140\nmédecins"."""
    chars = None
    for block in blocks:
        if prose.find("\n", block.span.start, block.span.end) >= 0:
            chars = chars if chars is not None else list(prose)
            for i in range(block.span.start, block.span.end):
                if chars[i] == "\n":
                    chars[i] = " "
    return prose if chars is None else "".join(chars)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_text(path: str, source: str) -> Document:
    """Plain text: title on the first line, then paragraphs, captions, credits."""
    chars = list(source)
    units = composed_units(source)
    source_map = decode_runs(chars, units) if units else None
    text = "".join(chars)
    prose = text.replace("\r", " ").replace("\ufeff", " ")
    groups = [_trim(text, s, e) for s, e in _group_lines(text, _line_spans(text))]
    groups = [g for g in groups if g[0] < g[1]]
    blocks: list[Block] = []
    for i, (start, end) in enumerate(groups):
        line = text[start:end]
        next_is_photo = i + 1 < len(groups) and bool(PHOTO_LINE_RE.match(text[groups[i + 1][0]:groups[i + 1][1]]))
        kind = classify_line(line, first=not blocks, next_is_photo=next_is_photo)
        if kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.HEADING):
            split = _caption_with_credit(prose, start, end, len(blocks))
            if split:
                blocks += split
                continue
        block = Block(kind, Span(start, end), len(blocks))
        if kind is BlockKind.PHOTO_CREDIT:
            block.credit = photo_credit_text(line)
        blocks.append(block)
    return Document(path, source, _unwrap(prose, blocks), blocks, format="text", source_map=source_map)


# -- Markdown ----------------------------------------------------------------

_MD_FRONT = regex.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_MD_COMMENT = regex.compile(r"<!--(.*?)-->", regex.S)
_MD_FENCE = regex.compile(r"^[ \t]*(```+|~~~+)[^\n]*\n.*?^[ \t]*\1[ \t]*$", regex.S | regex.M)
# ![alt](src "title"), with the title in "…", '…' or (…), and ![alt][ref].
_MD_IMAGE = regex.compile(
    r"!\[([^\]\n]*)\](?:\(\s*(?:<[^>\n]*>|[^\s)]*(?:\([^\s)]*\)[^\s)]*)*)"
    r"(?:\s+(?:\"([^\"\n]*)\"|'([^'\n]*)'|\(([^)\n]*)\)))?\s*\)|\[([^\]\n]*)\])")
_MD_LINK = regex.compile(
    r"(?<!!)\[((?:[^\]\n]|\\\])*)\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])")
_MD_REFERENCE_DEF = regex.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", regex.M)
_MD_FOOTNOTE_REF = regex.compile(r"\[\^[^\]\s]+\]")
_MD_TABLE_RULE = regex.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_MD_SETEXT = regex.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_MD_IMG_TAG = regex.compile(r"<img\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", regex.I)
_MD_HTML_TAG = regex.compile(r"</?[A-Za-z][^>\n]*>")
_MD_EMPH = regex.compile(r"(?<![\p{L}\p{N}\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\p{L}\p{N}])")
_MD_CODE = regex.compile(r"`[^`\n]+`")
_MD_HEADING = regex.compile(r"#{1,6}(?:[ \t]+|$)")
_MD_RULE = regex.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def read_markdown(path: str, source: str) -> Document:
    """Markdown with optional YAML front matter; markup is not prose."""
    chars = list(source)
    front: dict = {}
    comments: list[Comment] = []
    units: list[Unit] = []  # markup glued to words, decoded in place
    m = _MD_FRONT.match(source)
    if m:
        front = parse_front_matter(m.group(1), path)
        _blank(chars, 0, m.end())
    for m in _MD_FENCE.finditer(source):
        _blank(chars, m.start(), m.end())
    for m in _MD_COMMENT.finditer(source):
        if chars[m.start()] == "<":
            comments.append(Comment(Span(m.start(), m.end()), m.group(1).strip()))
            _blank(chars, m.start(), m.end())
    for m in _MD_CODE.finditer(source):
        _blank(chars, m.start(), m.end())
    for m in _MD_REFERENCE_DEF.finditer(source):
        _blank(chars, m.start(), m.end())
    images: list[tuple[int, int, str, str]] = []
    for m in _MD_IMAGE.finditer(source):
        if chars[m.start()] != "!":
            continue
        images.append((m.start(), m.end(), m.group(1) or "", m.group(2) or m.group(3) or m.group(4) or ""))
        _blank(chars, m.start(), m.end())
    for m in _MD_IMG_TAG.finditer(source):
        if chars[m.start()] != "<":
            continue
        attrs = _attributes(m.group(1))
        images.append((m.start(), m.end(), attrs.get("alt", ""), attrs.get("title", "")))
        _blank(chars, m.start(), m.end())
    for m in _MD_FOOTNOTE_REF.finditer(source):
        _blank(chars, m.start(), m.end())
    for m in _MD_LINK.finditer(source):
        if chars[m.start()] != "[":
            continue
        units += [Unit(m.start(), m.start(1), ""), Unit(m.end(1), m.end(), "")]
        _blank(chars, m.start(), m.start(1))
        _blank(chars, m.end(1), m.end())
    for m in _MD_HTML_TAG.finditer(source):
        if chars[m.start()] == "<":
            _blank(chars, m.start(), m.end())
    prose_pre = "".join(chars)
    for m in _MD_EMPH.finditer(prose_pre):
        units.append(Unit(m.start(), m.end(), ""))
        _blank(chars, m.start(), m.end())
    for m in _ENTITY.finditer(source):
        if chars[m.start()] == "&":
            decoded = html.unescape(m.group())
            if decoded != m.group() and len(decoded) <= len(m.group()):
                units.append(Unit(m.start(), m.end(), decoded))

    image_at = {start: (start, end, alt, title) for start, end, alt, title in images}
    image_starts = sorted(image_at)
    spans = _line_spans(source)
    table_rows = _table_rows(source, spans)

    # Lines by role; block markers (#, >, -, 1.) are blanked as they are found.
    lines: list[tuple[str, int, int, int]] = []  # (role, start, text start, end)
    for li, (start, end) in enumerate(spans):
        k = bisect_left(image_starts, start)
        if k < len(image_starts) and image_starts[k] < end:
            lines.append(("image", start, image_starts[k], end))
            continue
        raw = source[start:end]
        if li in table_rows:
            role = "header-row" if table_rows[li] else "row"
            for cell_start, cell_end in _cells(source, start, end, chars):
                lines.append((role, cell_start, cell_start, cell_end))
            continue
        if lines and _MD_SETEXT.match(raw) and lines[-1][0] == "text" and \
                (len(lines) < 2 or lines[-2][0] == "blank"):
            # "Titre\n=====": the line above is a heading.
            _blank(chars, start, end)
            _, tstart, ttext, tend = lines[-1]
            lines[-1] = ("title" if raw.strip()[0] == "=" else "heading", tstart, ttext, tend)
            lines.append(("blank", start, start, end))
            continue
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
            closing = regex.search(r"[ \t]+#+[ \t]*$", raw)
            if closing:
                _blank(chars, start + closing.start(), end)
        elif stripped.startswith(">"):
            marker_end = indent + len(stripped) - len(stripped.lstrip("> \t"))
            role = "quote"
        elif item:
            marker_end, role = start + item.end(), "item"
        else:
            marker_end, role = start, "text"
        _blank(chars, start, marker_end)
        lines.append((role, start, marker_end, end))
    units += [u for u in composed_units(source) if chars[u.start] == source[u.start]]
    source_map = decode_runs(chars, [u for u in units if chars[u.start] == source[u.start] or not u.text]) \
        if units else None
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
        kind = {"heading": BlockKind.HEADING, "quote": BlockKind.QUOTE_BLOCK, "item": BlockKind.LIST_ITEM,
                "header-row": BlockKind.HEADING, "row": BlockKind.PARAGRAPH}.get(role)
        if role == "title":
            kind = BlockKind.HEADING if has_title else BlockKind.TITLE
        elif kind is None:
            kind = _paragraph_kind(text)
            split = _caption_with_credit(prose, start, end, len(blocks)) if kind is BlockKind.PARAGRAPH else []
            if split:
                blocks.extend(split)
                return
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
        if role in ("row", "header-row"):
            flush()  # each table cell is a block of its own
            group.append(line)
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
    return Document(path, source, _unwrap(prose, blocks), blocks, front_matter=front or {}, comments=comments,
                    format="markdown",
                    source_map=source_map)


def _table_rows(source: str, spans: list[tuple[int, int]]) -> dict[int, bool]:
    """Line numbers of table rows, each marked True for the header row.

    A table is a row of cells, a delimiter row (``|---|:--:|``), then rows.
    """
    rows: dict[int, bool] = {}
    for i in range(1, len(spans)):
        if not _MD_TABLE_RULE.match(source[spans[i][0]:spans[i][1]]):
            continue
        head = source[spans[i - 1][0]:spans[i - 1][1]]
        if "|" not in head:
            continue
        rows[i - 1] = True
        rows[i] = False
        j = i + 1
        while j < len(spans) and "|" in source[spans[j][0]:spans[j][1]] and source[spans[j][0]:spans[j][1]].strip():
            rows[j] = False
            j += 1
    return rows


def _cells(source: str, start: int, end: int, chars: list[str]) -> list[tuple[int, int]]:
    """The cells of a table row, pipes and the delimiter row blanked."""
    line = source[start:end]
    if _MD_TABLE_RULE.match(line):
        _blank(chars, start, end)
        return []
    cells = []
    cell_start = start
    for i, ch in enumerate(line):
        if ch == "|" and (i == 0 or line[i - 1] != "\\"):
            chars[start + i] = " "
            cells.append((cell_start, start + i))
            cell_start = start + i + 1
    cells.append((cell_start, end))
    return [(s, e) for s, e in cells if "".join(chars[s:e]).strip()]


def _paragraph_kind(text: str) -> BlockKind:
    """The role of a Markdown paragraph from its words: photo line, credit, byline, dialogue or prose."""
    if PHOTO_LINE_RE.match(text):
        return BlockKind.PHOTO_CREDIT
    if _CREDIT_PREFIX_RE.match(text) and len(text) < 80 and CREDIT_LINE_RE.match(text):
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
    "p": BlockKind.PARAGRAPH, "div": BlockKind.PARAGRAPH, "h1": BlockKind.TITLE, "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING, "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
    "li": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "td": BlockKind.PARAGRAPH,
    "th": BlockKind.HEADING, "blockquote": BlockKind.QUOTE_BLOCK, "figcaption": BlockKind.CAPTION,
    "address": BlockKind.BYLINE, "caption": BlockKind.CAPTION,
}
# Blocks inside these take their role: a <p> in a <blockquote> is quoted text.
_HTML_ROLE_CONTAINERS = {"blockquote", "li", "figcaption", "address", "dd", "dt"}
# Inline elements live inside words ("l’<a>AFP</a>", "1<sup>er</sup>"): decoded in place.
_HTML_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "font", "i", "ins", "kbd", "mark",
                "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"}
_HTML_SKIP = {"script", "style", "noscript", "template", "head", "nav", "aside", "code", "pre", "svg", "button",
              "form", "iframe", "select", "textarea"}
# The page's footer is furniture; an article's own footer holds its credits.
_HTML_PAGE_FURNITURE = {"footer"}
# The elements that hold the article: when a page has one, only its content is read.
_HTML_ARTICLE = {"article", "main"}
_HTML_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HTML_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--(.*?)-->|<!\[CDATA\[.*?\]\]>|<![^>]*>", regex.S)
_HTML_RAW_TEXT = regex.compile(r"<(?:script|style|textarea)\b[^>]*>().*?()</(?:script|style|textarea)\s*>",
                               regex.S | regex.I)
_HTML_ATTR = regex.compile(r"([A-Za-z-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_HTML_CREDIT_CLASS = regex.compile(r"credit|copyright|photographer|photographe|auteur|author|source", regex.I)
# "Photo Jean Dupont", "Crédit photo : …", "©": the words before the name in a credit element.
_CREDIT_WORD_RE = regex.compile(r"^[\s(\[]*(?:(?:cr[ée]dits?\s+)?photos?|cr[ée]dits?|©)\s*[:：]?\s*", regex.I)
_ENTITY = regex.compile(r"&(#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


def _attributes(text: str) -> dict[str, str]:
    return {a.group(1).lower(): html.unescape(a.group(2) or a.group(3) or a.group(4) or "")
            for a in _HTML_ATTR.finditer(text or "")}


def _inside_raw_text(ranges: list[tuple[int, int]], m) -> bool:
    """Whether a tag match lies inside the content of a script or style element."""
    i = bisect_left(ranges, (m.start() + 1,)) - 1
    return i >= 0 and ranges[i][0] <= m.start() and m.end() <= ranges[i][1]


def _decorative(attrs: dict[str, str]) -> bool:
    """Icons, spacers and tracking pixels are no photos."""
    if attrs.get("role") in ("presentation", "none") or attrs.get("aria-hidden") == "true":
        return True
    return any(attrs.get(dim, "").strip().isdigit() and int(attrs[dim]) <= 2 for dim in ("width", "height"))


def read_html(path: str, source: str) -> Document:
    """HTML: the article body's block elements.

    Tags, scripts, styles, navigation and page furniture are not prose;
    entities and inline tags are decoded in place (see :mod:`.sourcemap`).
    When the page has an ``<article>`` or ``<main>``, only its content is read.
    """
    # Script and style content is raw text: a "<p>" in a script string is no tag.
    raw_text = [(m.end(1), m.start(2)) for m in _HTML_RAW_TEXT.finditer(source)]
    tags = [m for m in _HTML_TAG.finditer(source) if not _inside_raw_text(raw_text, m)]
    has_article = any(m.group(2) and m.group(2).lower() in _HTML_ARTICLE and not m.group(1) for m in tags)
    chars = list(source)
    comments: list[Comment] = []
    units: list[Unit] = []
    raw_blocks: list[Block] = []
    # Open block elements: [tag, content start, kind, has block children, credit element or None]
    stack: list[list] = []
    skip: list[str] = []  # open elements whose content is not prose
    skip_start = 0
    article_depth = 0
    inline_credit: tuple[str, int] | None = None  # (tag, content start) of a credit inside a caption
    credit_spans: list[tuple[int, int, int]] = []  # (tag start, content start, content end)
    for m in tags:
        if m.group(4) is not None:
            comments.append(Comment(Span(m.start(), m.end()), m.group(4).strip()))
        closing, tag = m.group(1) == "/", (m.group(2) or "").lower()
        if not tag:
            _blank(chars, m.start(), m.end())
            continue
        if tag in _HTML_ARTICLE:
            article_depth = max(0, article_depth + (-1 if closing else 1))
        furniture = tag in _HTML_PAGE_FURNITURE and not article_depth
        outside = has_article and not article_depth and tag not in _HTML_ARTICLE
        if tag in _HTML_SKIP or furniture or (skip and skip[-1] == tag):
            if not closing and tag not in _HTML_VOID:
                if not skip:
                    skip_start = m.start()
                skip.append(tag)
            elif closing and skip and skip[-1] == tag:
                skip.pop()
                if not skip:
                    _blank(chars, skip_start, m.end())
            _blank(chars, m.start(), m.end())
            continue
        if skip or outside:
            _blank(chars, m.start(), m.end())
            continue
        if tag in _HTML_INLINE:
            text = ("«" if not closing else "»") if tag == "q" else ""
            units.append(Unit(m.start(), m.end(), text))
            in_caption = any(entry[0] == "figcaption" for entry in stack)
            if in_caption and not closing and inline_credit is None and (
                    tag in ("small", "cite") or _HTML_CREDIT_CLASS.search(_attributes(m.group(3)).get("class", ""))):
                inline_credit = (tag, m.start(), m.end())
            elif closing and inline_credit and inline_credit[0] == tag:
                credit_spans.append((inline_credit[1], inline_credit[2], m.start()))
                inline_credit = None
            continue
        _blank(chars, m.start(), m.end())
        if tag == "img" and not closing:
            attrs = _attributes(m.group(3))
            if _decorative(attrs):
                continue
            block = Block(BlockKind.IMAGE, Span(m.start(), m.end()), 0, alt=attrs.get("alt", ""))
            block.credit = attrs.get("title", "") or attrs.get("data-credit", "")
            raw_blocks.append(block)
            if stack:
                stack[-1][3] = True
            continue
        if tag not in _HTML_BLOCK_TAGS:
            continue
        if not closing:
            if stack:
                stack[-1][3] = True
            kind = next((_HTML_BLOCK_TAGS[e[0]] for e in reversed(stack) if e[0] in _HTML_ROLE_CONTAINERS),
                        _HTML_BLOCK_TAGS[tag])
            stack.append([tag, m.end(), kind, False, None])
            continue
        while stack and stack[-1][0] != tag and any(e[0] == tag for e in stack):
            stack.pop()  # an element left open inside this one
        if not stack or stack[-1][0] != tag:
            continue
        _, content_start, kind, has_children, _ = stack.pop()
        if has_children:
            continue
        credit = next((c for c in credit_spans if content_start <= c[0] < m.start()), None)
        if credit:
            raw_blocks.append(Block(kind, Span(content_start, credit[0]), 0))
            # The credit's own tag reads as nothing: its text starts where the tag does.
            raw_blocks.append(Block(BlockKind.PHOTO_CREDIT, Span(credit[0], credit[2]), 0))
        else:
            raw_blocks.append(Block(kind, Span(content_start, m.start()), 0))
    if skip:
        _blank(chars, skip_start, len(chars))
    if has_article:
        _blank_outside_article(chars, tags)
    for m in _ENTITY.finditer(source):
        if chars[m.start()] != "&":
            continue
        decoded = html.unescape(m.group())
        if decoded != m.group() and len(decoded) <= len(m.group()):
            units.append(Unit(m.start(), m.end(), decoded))
    units += [u for u in composed_units(source) if chars[u.start] == source[u.start]]
    units = [u for u in units if chars[u.start] != " " or not u.text or source[u.start] == "<"]
    source_map = decode_runs(chars, units) if units else None
    prose = "".join(chars).replace("\r", " ").replace("\ufeff", " ")
    final: list[Block] = []
    for b in sorted(raw_blocks, key=lambda b: b.span.start):
        if b.kind is BlockKind.IMAGE:
            b.index = len(final)
            final.append(b)
            continue
        s, e = _trim(prose, b.span.start, b.span.end)
        if s >= e:
            continue
        text = prose[s:e]
        kind = b.kind
        if kind is BlockKind.PHOTO_CREDIT:
            nb = Block(kind, Span(s, e), len(final))
            nb.credit = _CREDIT_WORD_RE.sub("", " ".join(text.split())).strip("()[] .;,–—-")
            final.append(nb)
            continue
        if kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION):
            kind = _paragraph_kind(text) if kind is BlockKind.PARAGRAPH or PHOTO_LINE_RE.match(text) else kind
        split = _caption_with_credit(prose, s, e, len(final)) if kind is BlockKind.PARAGRAPH else []
        if split:
            final.extend(split)
            continue
        nb = Block(kind, Span(s, e), len(final))
        if kind is BlockKind.PHOTO_CREDIT:
            nb.credit = photo_credit_text(text)
        final.append(nb)
    return Document(path, source, _unwrap(prose, final), final, comments=comments, format="html",
                    source_map=source_map)


def _blank_outside_article(chars: list[str], tags: list) -> None:
    """Blank what lies outside the <article> or <main> elements (menus, sidebars, page footer)."""
    depth = 0
    outside_from = 0
    for m in tags:
        if (m.group(2) or "").lower() not in _HTML_ARTICLE:
            continue
        if m.group(1):
            depth -= 1
            if depth == 0:
                outside_from = m.end()
        else:
            if depth == 0:
                _blank(chars, outside_from, m.start())
            depth += 1
    if depth == 0:
        _blank(chars, outside_from, len(chars))


BUILTIN_READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
