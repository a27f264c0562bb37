"""HTML article bodies: block elements with their roles; tags, scripts,
styles, navigation and page furniture are not prose."""
from __future__ import annotations

from bisect import bisect_left

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import regex_timeout
from ..model import Block, BlockKind, Comment, Document, Span
from ..sourcemap import Unit, composed_units, decode_runs
from .layout import (PHOTO_LINE_RE, attributes, blank, caption_with_credit, entity_units, paragraph_kind,
                     photo_credit_text, trim, unwrap)

_HTML_BLOCK_TAGS = {
    "p": BlockKind.PARAGRAPH, "div": BlockKind.PARAGRAPH, "h1": BlockKind.TITLE, "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING, "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
    "li": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "td": BlockKind.PARAGRAPH,
    "th": BlockKind.HEADING, "blockquote": BlockKind.QUOTE_BLOCK, "figcaption": BlockKind.CAPTION,
    "address": BlockKind.BYLINE, "caption": BlockKind.HEADING,
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
# A tag ends before the next "<" outside its quoted values, and an unclosed
# comment or CDATA section runs to the end of the document: each start is tried once.
_HTML_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*+)>|<!--(.*?)(?:-->|\Z)"
                          r"|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^<>]*>", regex.S)
_HTML_RAW_TEXT = regex.compile(r"<(?:script|style|textarea)\b[^>]*>().*?()</(?:script|style|textarea)\s*>",
                               regex.S | regex.I)
_HTML_CREDIT_CLASS = regex.compile(r"credit|copyright|photographer|photographe|auteur|author|source", regex.I)
# "Photo Jean Dupont", "Crédit photo : …", "©": the words before the name in a credit element.
_CREDIT_WORD_RE = regex.compile(r"^[\s(\[]*(?:(?:cr[ée]dits?\s+)?photos?|cr[ée]dits?|©)\s*[:：]?\s*", regex.I)


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
    raw_text = [(m.end(1), m.start(2)) for m in _HTML_RAW_TEXT.finditer(source, timeout=regex_timeout(len(source)))]
    tags = [m for m in _HTML_TAG.finditer(source, timeout=regex_timeout(len(source))) if not _inside_raw_text(raw_text, m)]
    has_article = any(m.group(2) and m.group(2).lower() in _HTML_ARTICLE and not m.group(1) for m in tags)
    chars = list(source)
    comments: list[Comment] = []
    units: list[Unit] = []
    raw_blocks: list[Block] = []
    # Open block elements: [tag, start of the text not yet in a block, kind]
    stack: list[list] = []
    skip: list[str] = []  # open elements whose content is not prose
    skip_start = 0
    article_depth = 0
    inline_credit: tuple[str, int, int] | None = None  # (tag, tag start, content start) of a credit inside a caption
    credit_spans: list[tuple[int, int, int]] = []  # (tag start, content start, content end)
    for m in tags:
        if m.group(4) is not None:
            comments.append(Comment(Span(m.start(), m.end()), m.group(4).strip()))
        closing, tag = m.group(1) == "/", (m.group(2) or "").lower()
        if not tag:
            blank(chars, m.start(), m.end())
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
                    blank(chars, skip_start, m.end())
            blank(chars, m.start(), m.end())
            continue
        if skip or outside:
            blank(chars, m.start(), m.end())
            continue
        if tag in _HTML_INLINE:
            text = ("«" if not closing else "»") if tag == "q" else ""
            units.append(Unit(m.start(), m.end(), text))
            in_caption = any(entry[0] == "figcaption" for entry in stack)
            if in_caption and not closing and inline_credit is None and (
                    tag in ("small", "cite") or _HTML_CREDIT_CLASS.search(attributes(m.group(3)).get("class", ""))):
                inline_credit = (tag, m.start(), m.end())
            elif closing and inline_credit and inline_credit[0] == tag:
                credit_spans.append((inline_credit[1], inline_credit[2], m.start()))
                inline_credit = None
            continue
        blank(chars, m.start(), m.end())
        if tag == "img" and not closing:
            attrs = attributes(m.group(3))
            if _decorative(attrs):
                continue
            block = Block(BlockKind.IMAGE, Span(m.start(), m.end()), 0, alt=attrs.get("alt", ""))
            block.title = attrs.get("title", "")
            block.credit = attrs.get("data-credit", "") or attrs.get("data-copyright", "")
            if stack:
                # An image inside a paragraph cuts it: the text before is a block, the rest goes on.
                _cut(stack[-1], m.start(), m.end(), raw_blocks)
            raw_blocks.append(block)
            continue
        if tag not in _HTML_BLOCK_TAGS:
            continue
        if not closing:
            if stack:
                # A block inside a block: the text around it is a block of the outer one's kind.
                _cut(stack[-1], m.start(), m.start(), raw_blocks)
            kind = next((_HTML_BLOCK_TAGS[e[0]] for e in reversed(stack) if e[0] in _HTML_ROLE_CONTAINERS),
                        _HTML_BLOCK_TAGS[tag])
            stack.append([tag, m.end(), kind])
            continue
        if not any(e[0] == tag for e in stack):
            continue  # a stray closing tag
        while stack[-1][0] != tag:
            _cut(stack.pop(), m.start(), m.start(), raw_blocks)  # an element left open inside this one
            stack[-1][1] = m.start()
        _, content_start, kind = stack.pop()
        credit = next((c for c in credit_spans if content_start <= c[0] < m.start()), None)
        if credit:
            raw_blocks.append(Block(kind, Span(content_start, credit[0]), 0))
            # The credit's own tag reads as nothing: its text starts where the tag does.
            raw_blocks.append(Block(BlockKind.PHOTO_CREDIT, Span(credit[0], credit[2]), 0))
        else:
            raw_blocks.append(Block(kind, Span(content_start, m.start()), 0))
        if stack:
            stack[-1][1] = m.end()
    if stack:
        _cut(stack[-1], len(source), len(source), raw_blocks)  # left open until the end of the file
    if skip:
        blank(chars, skip_start, len(chars))
    if has_article:
        _blank_outside_article(chars, tags)
    units += entity_units(source, chars)
    units += [u for u in composed_units(source) if chars[u.start] == source[u.start]]
    source_map = decode_runs(chars, units) if units else None
    prose = "".join(chars).replace("\r", " ").replace("\ufeff", " ")
    final: list[Block] = []
    for b in sorted(raw_blocks, key=lambda b: b.span.start):
        if b.kind is BlockKind.IMAGE:
            b.index = len(final)
            final.append(b)
            continue
        s, e = trim(prose, b.span.start, b.span.end)
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
            kind = paragraph_kind(text) if kind is BlockKind.PARAGRAPH or PHOTO_LINE_RE.match(text) else kind
        split = caption_with_credit(prose, s, e, len(final)) if kind is BlockKind.PARAGRAPH else []
        if split:
            final.extend(split)
            continue
        nb = Block(kind, Span(s, e), len(final))
        if kind is BlockKind.PHOTO_CREDIT:
            nb.credit = photo_credit_text(text)
        final.append(nb)
    return Document(path, source, unwrap(prose, final), final, comments=comments, format="html",
                    source_map=source_map)


def _cut(open_block: list, end: int, resume: int, raw_blocks: list[Block]) -> None:
    """The text of an open block so far is a block; its text goes on at ``resume``."""
    raw_blocks.append(Block(open_block[2], Span(open_block[1], end), 0))
    open_block[1] = resume


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
                blank(chars, outside_from, m.start())
            depth += 1
    if depth == 0:
        blank(chars, outside_from, len(chars))
