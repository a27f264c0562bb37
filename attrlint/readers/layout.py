"""What the readers share: the roles of lines (photo, credit, byline, list
item, dialogue) and the helpers that keep ``Document.prose`` aligned with
the source (blanking, trimming, entities).
"""
from __future__ import annotations

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import regex_timeout
from ..model import Block, BlockKind, Span
from ..sourcemap import Unit

PHOTO_LINE_RE = regex.compile(
    r"^\s*+[(\[]?\s*+(?:(?:cr[ée]dits?\s+)?photos?(?:\s+d['’]illustration)?|cr[ée]dits?(?:\s+photos?)?|illustrations?|images?|"
    r"infographie|vid[ée]o)\s*[:：]|^\s*+[(\[]?\s*+©|^\s*+\((?:photo|cr[ée]dit)\b"
    r"|^\s*+photos?\s+(?=(?-i:\p{Lu})[^.!?]{0,80}$)",  # "Photo Jean Dupont / Hans Lucas"
    regex.I,
)
# "Légende : Des manifestants…"
_CAPTION_PREFIX_RE = regex.compile(r"^\s*(?:légende|en photo)\s*[:：]", regex.I)
# "Avec AFP", "(avec AFP)", "Avec agences", "Source : AFP", "Sources : AFP, Reuters", "Avec l'AFP et Reuters".
CREDIT_LINE_RE = regex.compile(
    r"^\s*+[(\[]?\s*+(?i:avec|sources?|par|d'apr[èe]s|d’apr[èe]s)?\s*+[:：]?\s*+(?:l'|l’|(?i:les)\s++)?\s*+"
    r"(?:(?i:agences?)|[\p{Lu}][\p{L}\p{M}\-]++(?:\s++[\p{Lu}][\p{L}\p{M}\-]++)*)"
    r"(?:\s*+(?:,|et|&|/)\s*+(?:l'|l’)?[\p{Lu}][\p{L}\p{M}\-]++)*\s*+[)\]]?\s*+\.?\s*$",
)
CREDIT_PREFIX_RE = regex.compile(r"^\s*+[(\[]?\s*+(?:avec|source\s*:|sources\s*:)", regex.I)
# "Par Jeanne Martin", "Par Jeanne Martin (AFP)", "Par Jeanne Martin, avec AFP", "Par J. Martin, envoyé
# spécial à Kiev"; not "Par ailleurs, …" nor a short sentence with a number or a final stop.
# An agency signing the article on a line of its own: "AFP", "(AFP)", "— AFP/Reuters", "(afp/nxp)",
# and a name of a few words: "(La Presse canadienne)", "— Keystone-ATS", "(Agence France-Presse)".
_AGENCY_NAME = r"(?:(?:La|Le|L['’])\s*)?\p{Lu}[\p{L}\p{M}\-]+(?:\s+[\p{L}\p{M}\-]+){0,3}"
_SIGNATURE_RE = regex.compile(
    r"^\s*(?:[-–—]?\s*\p{Lu}{2,}(?:\s*(?:,|et|&|/)\s*\p{Lu}{2,})*"
    rf"|[-–—]\s*{_AGENCY_NAME}(?:\s*(?:,|et|&|/)\s*{_AGENCY_NAME})*"
    rf"|[(\[]\s*{_AGENCY_NAME}(?:\s*(?:,|et|&|/)\s*{_AGENCY_NAME})*\s*[)\]]"
    # The end credit of Swiss and Belgian outlets, in lower case: "(afp/nxp)", "(ats)", "(belga)".
    r"|\(\s*\p{Ll}{2,8}(?:\s*/\s*\p{Ll}{2,8})*\s*\))\s*\.?\s*$")
BYLINE_RE = regex.compile(
    r"^(?!.*\d)\s*(?i:par|by)\s+[\p{Lu}][\p{L}\p{M}\-'’.]+"
    r"(?:[\s,/]+(?:\(?[\p{Lu}\p{Ll}][\p{L}\p{M}\-'’.]*\)?)){0,8}(?<![\p{Ll}\p{M}]\.)\s*$")
LIST_RE = regex.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
DIALOGUE_RE = regex.compile(r"^\s*[—–]\s*")
SENTENCE_END = tuple(".!?…:»›\"”;)")
# A caption with its credit at the end: "Des voyageurs, le 14 mars. © Jean Dupont/AFP",
# "Un quai vide. (Photo Marie Roux / Hans Lucas)", "Le port. Photo : Ville de Nantes".
TRAILING_CREDIT_RE = regex.compile(
    r"(?<=\S\s*)(?:©\s*\S[^©]{0,150}|\((?:photos?|cr[ée]dits?(?:\s+photos?)?)\b[^()]*\)\.?"
    r"|(?<=[.!?…]\s*)(?:(?:cr[ée]dits?\s+)?photos?|infographie|illustration|dessin)\s*[:：]\s*\S[^:.]*\.?)\s*$",
    regex.I,
)
ENTITY_RE = regex.compile(r"&(#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


def line_spans(text: str) -> list[tuple[int, int]]:
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


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def photo_credit_text(line: str) -> str:
    """What follows "Photo :" / "©" on a photo line: the credit, maybe empty."""
    m = PHOTO_LINE_RE.match(line)
    rest = line[m.end():] if m else line
    return rest.strip().strip("()[]").strip(" .;,–—-")


# The kinds read for every line: a member read as ``BlockKind.X`` goes through the
# enum's class look-up, several times slower than a module's name.
_PHOTO_CREDIT, _CAPTION, _CREDIT_LINE = BlockKind.PHOTO_CREDIT, BlockKind.CAPTION, BlockKind.CREDIT_LINE
_BYLINE, _DIALOGUE, _PARAGRAPH = BlockKind.BYLINE, BlockKind.DIALOGUE, BlockKind.PARAGRAPH


def paragraph_kind(text: str, photo: bool | None = None) -> BlockKind:
    """The role of a Markdown paragraph from its words: photo line, credit, byline, dialogue or prose.

    ``photo`` is whether ``text`` is a photo line, when the caller has already asked."""
    if photo is None:
        photo = PHOTO_LINE_RE.match(text) is not None
    if photo:
        return _PHOTO_CREDIT
    if _CAPTION_PREFIX_RE.match(text):
        return _CAPTION
    # Credit lines and bylines are short: a paragraph's length spares it their patterns.
    if (len(text) < 80 and CREDIT_PREFIX_RE.match(text) and CREDIT_LINE_RE.match(text)) or _SIGNATURE_RE.match(text):
        return _CREDIT_LINE
    if len(text) < 80 and BYLINE_RE.match(text):
        return _BYLINE
    if DIALOGUE_RE.match(text):
        return _DIALOGUE
    return _PARAGRAPH


# A credit at the end of a caption is short: only the end of a line is searched.
_CREDIT_TAIL = 160


def trailing_credit(text: str, start: int = 0, end: int | None = None):
    """The credit ending ``text[start:end]`` ("… © Jean Dupont/AFP"), as a match, or None."""
    end = len(text) if end is None else end
    start = max(start, end - _CREDIT_TAIL)
    # Every credit holds a "©", a bracket or a colon: most lines hold none near their end.
    tail = text[start:end]
    if "©" not in tail and "(" not in tail and ":" not in tail and "：" not in tail:
        return None
    return TRAILING_CREDIT_RE.search(text, start, end)


# Captions are a sentence; a longer text is a paragraph.
CAPTION_MAX_CHARS = 300
# A sentence's end followed by another sentence.
_SECOND_SENTENCE = regex.compile(r"[.!?…][»”\"]?\s+[\p{Lu}«\"]")


def reads_as_caption(text: str) -> bool:
    """Whether a text before a photo line can be its caption: one sentence, at most
    ``CAPTION_MAX_CHARS`` long. A longer text is a paragraph the photo stood after: an
    article saved from a web page keeps the credit line of a photo whose image and caption
    are gone."""
    text = text.strip()
    return len(text) <= CAPTION_MAX_CHARS and not _SECOND_SENTENCE.search(text)


def caption_with_credit(prose: str, start: int, end: int, index: int) -> list[Block]:
    """A line that ends with its photo credit: the caption, then the credit as a photo line."""
    m = trailing_credit(prose, start, end)
    if not m or m.start() <= start:
        return []
    caption_start, caption_end = trim(prose, start, m.start())
    credit = Block(_PHOTO_CREDIT, Span(m.start(), trim(prose, m.start(), end)[1]), index + 1)
    credit.credit = photo_credit_text(m.group())
    # A long text before the credit is a paragraph the credit was glued to
    # (a lost line break), not a caption: it is still checked as prose.
    kind = _CAPTION if reads_as_caption(prose[caption_start:caption_end]) else _PARAGRAPH
    return [Block(kind, Span(caption_start, caption_end), index), credit]


def unwrap(prose: str, blocks: list[Block]) -> str:
    """Line breaks inside a block are spaces: a wrapped line does not cut "140\nmédecins"."""
    pieces: list[str] = []
    done = 0  # prose[:done] is in pieces
    for block in blocks:
        start, end = max(done, block.span.start), block.span.end
        if start < end and prose.find("\n", start, end) >= 0:
            pieces += [prose[done:start], prose[start:end].replace("\n", " ")]
            done = end
    if not pieces:
        return prose
    pieces.append(prose[done:])
    return "".join(pieces)


_ATTRIBUTE_RE = regex.compile(r"(?<![A-Za-z-])([A-Za-z-]++)\s*+=\s*+(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")


def _unescape(text: str) -> str:
    from html import unescape  # imported here: plain text never needs html.entities' big table

    return unescape(text)


def attributes(text: str) -> dict[str, str]:
    return {a.group(1).lower(): _unescape(a.group(2) or a.group(3) or a.group(4) or "")
            for a in _ATTRIBUTE_RE.finditer(text or "")}


def entity_units(source: str, chars: list[str]) -> list[Unit]:
    """The character references ("&eacute;", "&#8239;") still in the prose, each with what it reads as."""
    units = []
    for m in ENTITY_RE.finditer(source, timeout=regex_timeout(len(source))):
        if chars[m.start()] != "&":
            continue  # inside blanked markup
        decoded = _unescape(m.group())
        if decoded != m.group() and len(decoded) <= len(m.group()):
            units.append(Unit(m.start(), m.end(), decoded))
    return units
