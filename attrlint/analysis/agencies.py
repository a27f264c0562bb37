"""Agencies: where the article uses an agency's reporting, and which
agencies its credit lines, bylines and front matter credit.

Any mention of an agency in the body, outside quotations and outside other
names, is a use of its reporting: "a déclaré à l'AFP", "selon Reuters", a
dateline "PARIS (AFP) -". Mentions in credit lines and bylines credit it, and so
does a line that holds only an agency's name ("La Presse canadienne");
mentions in photo credits and captions do neither.
"""
from __future__ import annotations

from functools import lru_cache

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..model import AgencyMention, BlockKind, Document, Span, Token
from .spans import SpanIndex

_CREDIT_BLOCKS = {BlockKind.CREDIT_LINE, BlockKind.BYLINE}
_PHOTO_BLOCKS = {BlockKind.PHOTO_CREDIT, BlockKind.IMAGE, BlockKind.CAPTION}
_AGENCIES_WORD = regex.compile(r"\bagences?\b", regex.I)
# A line holding an agency's name and nothing else signs the article, as "AFP" alone does (a credit
# line): "La Presse canadienne", "Agence France-Presse" at the foot of a Québec outlet's article.
# A line of capitalised words is no credit line without the lexicon to say it names an agency.
_SIGNED_BLOCKS = (BlockKind.PARAGRAPH, BlockKind.HEADING)
_ONLY_MARKS = regex.compile(r"[\s\p{P}]*+")
_PHOTO_AFTER = regex.compile(r"[ \u00a0]+PHOTOS?\b")
# How far after an agency's name "PHOTO" is looked for. The pattern is matched in this
# window only: unbounded, the regex module looks for "PHOTO" in the rest of the text first.
_PHOTO_REACH = 20
_ARTICLE_BEFORE = regex.compile(r"(?:(?:l'|l’|la\s+|le\s+)(?:agence\s+(?:de\s+presse\s+)?(?:[\p{L}\-]+\s+)?)?)$", regex.I)


@lru_cache(maxsize=None)
def agency_name_pattern(name: str) -> "regex.Pattern[str]":
    """An agency's normalised name as a whole word; made once, not for each text it is looked for in."""
    return regex.compile(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])")


def _with_article(prose: str, tok: Token, block_start: int) -> Span:
    """The mention as an editor reads it: "l'AFP", "l'agence de presse AFP"."""
    m = _ARTICLE_BEFORE.search(prose, max(block_start, tok.start - 40), tok.start)
    start = m.start() if m and m.group() else tok.start
    return Span(start, tok.end)


def _alone_in(prose: str, mention: Span, block: Span) -> bool:
    """Whether ``mention`` is all of ``block`` but its punctuation ("— La Presse canadienne.")."""
    return _ONLY_MARKS.fullmatch(prose, block.start, mention.start) is not None and \
        _ONLY_MARKS.fullmatch(prose, mention.end, block.end) is not None


def inside_name(tokens: list[Token], i: int) -> bool:
    """"Johns Hopkins Bloomberg": the agency's name ending another name.

    A name after it is no sign: "a expliqué à l'AFP Jawed Farhad" names the speaker.
    """
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and prev.category == "CAP" and prev.end + 1 >= tokens[i].start


def find_agencies(doc: Document, agency_tokens: list[tuple[Token, bool, int]], lexicon,
                  quote_spans: list[Span]) -> tuple[list[AgencyMention], set[str]]:
    """Agency mentions with their role, and the set of agencies credited.

    ``agency_tokens`` are the tokens of category ``AGENCY``, each with
    whether it ends another name (:func:`inside_name`) and the position of
    its block in ``doc.blocks``.
    """
    mentions: list[AgencyMention] = []
    credited: set[str] = set()
    quotes = SpanIndex(quote_spans, span_of=lambda span: span)
    blocks = doc.blocks
    for tok, in_name, b in agency_tokens:
        agency = lexicon.agencies.get(tok.lower)
        if agency is None:
            continue
        block = blocks[b] if b >= 0 else None
        kind = block.kind if block else BlockKind.PARAGRAPH
        requires = agency in lexicon.credit_required
        span = _with_article(doc.prose, tok, block.span.start if block else 0)
        if kind in _CREDIT_BLOCKS or (block is not None and kind in _SIGNED_BLOCKS and
                                      _alone_in(doc.prose, span, block.span)):
            credited.add(agency)
            role = "credit"
        elif kind in _PHOTO_BLOCKS or _PHOTO_AFTER.match(doc.prose, tok.end, tok.end + _PHOTO_REACH):
            role = "photo"  # "AFP PHOTO/POOL/…": a photo's credit left in the text
        elif quotes.containing(tok.start) is not None or in_name:
            role = "mention"
        else:
            role = "use"
        mentions.append(AgencyMention(span, agency, requires, b, role))
    for block in blocks:
        if block.kind in _CREDIT_BLOCKS and _AGENCIES_WORD.search(doc.prose, block.span.start, block.span.end):
            credited.add("*")
    for item in _front_matter_credits(doc.front_matter):
        text = item.lower()
        for name, agency in lexicon.agencies.items():
            if agency_name_pattern(name).search(text):
                credited.add(agency)
        if _AGENCIES_WORD.search(text):
            credited.add("*")
    return mentions, credited


# Front matter keys that credit the text: the credits, and bylines naming an agency.
_CREDIT_KEYS = ("credits", "credit", "sources", "source", "author", "authors", "byline", "signature")
# Photo credits in front matter credit the photos, not the text.
_PHOTO_KEYS = {"photo", "photos", "image", "images", "illustration"}


def _front_matter_credits(front: object) -> list[str]:
    """The texts of the front matter that credit the article's text."""
    if not isinstance(front, dict):
        return []
    found: list[str] = []
    for key in _CREDIT_KEYS:
        _add_credits(front.get(key), found)
    return found


def _add_credits(value: object, found: list[str]) -> None:
    """Adds to ``found`` the texts of a front matter's value, but those under a photo's key.
    (Not a closure: one that calls itself makes a reference cycle for each article.)"""
    if isinstance(value, dict):
        for key, inner in value.items():
            if str(key).lower() not in _PHOTO_KEYS:
                _add_credits(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _add_credits(inner, found)
    elif value is not None:
        found.append(str(value))
