"""Markdown with optional YAML front matter: markup, code, comments and link
targets are not prose."""
from __future__ import annotations

from bisect import bisect_left

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..frontmatter import parse_front_matter
from ..guards import regex_timeout
from ..model import Block, BlockKind, Comment, Document, Span
from ..sourcemap import Unit, composed_units, decode_runs
from .layout import (LIST_RE, attributes, blank, caption_with_credit, entity_units, line_spans, paragraph_kind,
                     photo_credit_text, reads_as_caption, trim, unwrap)

_MD_FRONT = regex.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_MD_COMMENT = regex.compile(r"<!--(.*?)(?:-->|\Z)", regex.S)
_MD_FENCE = regex.compile(r"^[ \t]*(```++|~~~++)[^\n]*+\n.*?^[ \t]*\1[ \t]*$", regex.S | regex.M)
# ![alt](src "title"), with the title in "…", '…' or (…), and ![alt][ref].
_MD_IMAGE = regex.compile(
    r"!\[([^\[\]\n]*)\](?:\(\s*(?:<[^>\n]*>|[^\s)]*(?:\([^\s)]*\)[^\s)]*)*)"
    r"(?:\s+(?:\"([^\"\n]*)\"|'([^'\n]*)'|\(([^)\n]*)\)))?\s*\)|\[([^\]\n]*)\])")
_MD_LINK = regex.compile(
    r"(?<!!)\[((?:[^\[\]\n]|\\\])*+)\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])")
_MD_REFERENCE_DEF = regex.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", regex.M)
_MD_FOOTNOTE_REF = regex.compile(r"\[\^[^\]\s]+\]")
_MD_TABLE_RULE = regex.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_MD_SETEXT = regex.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_MD_IMG_TAG = regex.compile(r"<img\b((?:[^<>\"']|\"[^\"]*\"|'[^']*')*+)>", regex.I)
_MD_FIGURE_SHORTCODE = regex.compile(r"\{\{[<%]\s*figure\b((?:[^>%\"']|\"[^\"]*\"|'[^']*')*)[>%]\}\}")
# Template tags of static site generators ({{< youtube … >}}, {% include … %}) are not prose.
_MD_TEMPLATE_TAG = regex.compile(r"\{\{[<%]?.*?[>%]?\}\}|\{%.*?%\}", regex.S)
_MD_HTML_TAG = regex.compile(r"</?[A-Za-z][^<>\n]*>")
_MD_EMPH = regex.compile(r"(?<![\p{L}\p{N}\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\p{L}\p{N}])")
_MD_CODE = regex.compile(r"`[^`\n]+`")
_MD_HEADING = regex.compile(r"#{1,6}(?:[ \t]+|$)")
_MD_RULE = regex.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}+[ \t]*$")


def read_markdown(path: str, source: str) -> Document:
    """Markdown with optional YAML front matter; markup is not prose."""
    chars = list(source)
    front: dict = {}
    comments: list[Comment] = []
    units: list[Unit] = []  # markup glued to words, decoded in place
    m = _MD_FRONT.match(source)
    if m:
        # The error names the line in the file; the run names the file.
        front = parse_front_matter(m.group(1), first_line=2)
        blank(chars, 0, m.end())
    for m in _MD_FENCE.finditer(source, timeout=regex_timeout(len(source))):
        blank(chars, m.start(), m.end())
    for m in _MD_COMMENT.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] == "<":
            comments.append(Comment(Span(m.start(), m.end()), m.group(1).strip()))
            blank(chars, m.start(), m.end())
    for m in _MD_CODE.finditer(source, timeout=regex_timeout(len(source))):
        blank(chars, m.start(), m.end())
    for m in _MD_REFERENCE_DEF.finditer(source, timeout=regex_timeout(len(source))):
        blank(chars, m.start(), m.end())
    images: list[tuple[int, int, str, str, str]] = []  # (start, end, alt, title, credit)
    for m in _MD_IMAGE.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] != "!":
            continue
        images.append((m.start(), m.end(), m.group(1) or "", m.group(2) or m.group(3) or m.group(4) or "", ""))
        blank(chars, m.start(), m.end())
    for m in _MD_IMG_TAG.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] != "<":
            continue
        attrs = attributes(m.group(1))
        images.append((m.start(), m.end(), attrs.get("alt", ""), attrs.get("title", ""), attrs.get("data-credit", "")))
        blank(chars, m.start(), m.end())
    for m in _MD_FIGURE_SHORTCODE.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] != "{":
            continue
        # {{< figure src="…" caption="…" attr="Jean Dupont/AFP" >}}: Hugo's attribution is the credit.
        attrs = attributes(m.group(1))
        images.append((m.start(), m.end(), attrs.get("alt", ""), " ".join(filter(None, (
            attrs.get("title"), attrs.get("caption")))), attrs.get("attr", "") or attrs.get("credit", "")))
        blank(chars, m.start(), m.end())
    for m in _MD_TEMPLATE_TAG.finditer(source, timeout=regex_timeout(len(source))):
        blank(chars, m.start(), m.end())
    for m in _MD_FOOTNOTE_REF.finditer(source, timeout=regex_timeout(len(source))):
        blank(chars, m.start(), m.end())
    for m in _MD_LINK.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] != "[":
            continue
        units += [Unit(m.start(), m.start(1), ""), Unit(m.end(1), m.end(), "")]
        blank(chars, m.start(), m.start(1))
        blank(chars, m.end(1), m.end())
    for m in _MD_HTML_TAG.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] == "<":
            blank(chars, m.start(), m.end())
    prose_pre = "".join(chars)
    for m in _MD_EMPH.finditer(prose_pre, timeout=regex_timeout(len(prose_pre))):
        units.append(Unit(m.start(), m.end(), ""))
        blank(chars, m.start(), m.end())
    units += entity_units(source, chars)

    image_at = {image[0]: image for image in images}
    image_starts = sorted(image_at)
    spans = line_spans(source)
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
            blank(chars, start, end)
            _, tstart, ttext, tend = lines[-1]
            lines[-1] = ("title" if raw.strip()[0] == "=" else "heading", tstart, ttext, tend)
            lines.append(("blank", start, start, end))
            continue
        if not "".join(chars[start:end]).strip() or _MD_RULE.match(raw):
            blank(chars, start, end)
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
                blank(chars, start + closing.start(), end)
        elif stripped.startswith(">"):
            marker_end = indent + len(stripped) - len(stripped.lstrip("> \t"))
            role = "quote"
        elif item:
            marker_end, role = start + item.end(), "item"
        else:
            marker_end, role = start, "text"
        blank(chars, start, marker_end)
        lines.append((role, start, marker_end, end))
    units += [u for u in composed_units(source) if chars[u.start] == source[u.start]]
    source_map = decode_runs(chars, units) if units else None
    prose = "".join(chars).replace("\r", " ").replace("\ufeff", " ")

    blocks: list[Block] = []
    has_title = False
    group: list[tuple[str, int, int, int]] = []

    def flush() -> None:
        nonlocal has_title
        if not group:
            return
        role = group[0][0]
        start, end = trim(prose, group[0][2], group[-1][3])
        group.clear()
        if start >= end:
            return
        text = prose[start:end]
        kind = {"heading": BlockKind.HEADING, "quote": BlockKind.QUOTE_BLOCK, "item": BlockKind.LIST_ITEM,
                "header-row": BlockKind.HEADING, "row": BlockKind.PARAGRAPH}.get(role)
        if role == "title":
            kind = BlockKind.HEADING if has_title else BlockKind.TITLE
        elif kind is None:
            kind = paragraph_kind(text)
            split = caption_with_credit(prose, start, end, len(blocks)) if kind is BlockKind.PARAGRAPH else []
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
            istart, iend, alt, title, credit = image_at[text_start]
            block = Block(BlockKind.IMAGE, Span(istart, iend), len(blocks), alt=alt)
            block.title, block.credit = title, credit
            blocks.append(block)
            rest_start, rest_end = trim(prose, iend, end)
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
    front_title = front.get("title") if isinstance(front, dict) else None
    if not has_title and blocks and not front_title:
        first = blocks[0]
        if first.kind is BlockKind.PARAGRAPH and first.span.end - first.span.start < 150 and \
                "\n" not in source[first.span.start:first.span.end]:
            first.kind = BlockKind.TITLE
    return Document(path, source, unwrap(prose, blocks), blocks, front_matter=front or {}, comments=comments,
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
        blank(chars, start, end)
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


def _mark_captions(blocks: list[Block], source: str) -> None:
    """A paragraph before a photo line, or one right under an image (no blank
    line, or set in italics), is a caption."""
    for prev, block in zip(blocks, blocks[1:]):
        if block.kind is BlockKind.PHOTO_CREDIT and prev.kind is BlockKind.PARAGRAPH and \
                reads_as_caption(source[prev.span.start:prev.span.end]):
            prev.kind = BlockKind.CAPTION
        elif prev.kind is BlockKind.IMAGE and block.kind is BlockKind.PARAGRAPH:
            between = source[prev.span.end:block.span.start]
            text = source[block.span.start:block.span.end].strip()
            if between.count("\n") <= 1 or (text[:1] in "*_" and text[-1:] in "*_"):
                block.kind = BlockKind.CAPTION
