"""Attribution cues, found with the Lark grammar ``grammars/attribution.lark``.

The grammar's terminals are the tokens' lexical categories. From every token
that can open a cue, the LALR parser is fed token by token and the longest
prefix it accepts is the cue. Results depend only on the sequence of
categories, so they are memoised: the parser runs once per distinct shape.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from ..guards import match_window
from ..model import Cue, Span, Token
from .tokens import object_clitic

MAX_CUE_TOKENS = 14

# Categories a cue can start with; others are skipped without parsing.
_OPENERS = {
    "PREP_SOURCE", "DE_SOURCE", "CONT", "POUR", "AUX", "REFL", "SPEECH_FIN", "SPEECH_FIN_PP", "SPEECH_PP",
    "SPEECH_PPR", "SPEECH_INF", "SPEECH_NOUN", "CHANNEL", "PASSIVE_PP", "DANS", "LORS", "SUR", "MICRO", "AUPRES",
}
# Categories the grammar knows; anything else ends a cue.
_GRAMMAR_TERMINALS = _OPENERS | {
    "CLITIC_INV", "QUE", "COLON", "COMMA", "PREP_A", "PAR", "DE", "DET", "ADV", "PRON", "CHANNEL",
    "SOURCE_NOUN", "AGENCY", "CAP", "WORD", "NUM",
}
_KIND_OF_RULE = {
    "prepositional": "prepositional",
    "continuation": "continuation",
    "pour_opening": "prepositional",
    "speech": "speech",
    "inverted": "inverted",
    "participle": "participle",
    "infinitive": "participle",
    "nominal": "channel",
    "passive": "passive",
    "channel": "channel",
}


@lru_cache(maxsize=1)
def parser():
    """The LALR parser of attribution phrases, built once per process."""
    from lark import Lark

    text = resources.files("attrlint_grammars").joinpath("attribution.lark").read_text(encoding="utf-8")
    return Lark(text, parser="lalr", lexer="basic", start="start")


@lru_cache(maxsize=65536)
def _parse_shape(shape: tuple[str, ...]):
    """Longest cue at the head of a category sequence.

    Returns (length, rule name, source (start, end) or None,
    addressee (start, end) or None) with positions relative to the shape, or
    None when no cue opens here.
    """
    from lark import Token as LarkToken
    from lark.exceptions import UnexpectedInput

    ip = parser().parse_interactive()
    best = None
    for i, cat in enumerate(shape):
        if cat not in _GRAMMAR_TERMINALS:
            break
        try:
            ip.feed_token(LarkToken(cat, str(i)))
        except UnexpectedInput:
            break
        if "$END" in ip.choices():
            trial = ip.copy()
            try:
                tree = trial.feed_eof()
            except UnexpectedInput:
                continue
            best = (i + 1, tree)
    if best is None:
        return None
    length, tree = best
    cue = tree.children[0]
    rule = cue.data
    source = _first_span(cue, "source", skip="addressee") or _first_span(cue, "speaker")
    addressee = _first_span(cue, "addressee")
    return length, rule, source, addressee


def _first_span(tree, name: str, skip: str | None = None):
    for sub in tree.iter_subtrees_topdown():
        if skip and sub.data == skip:
            continue
        if sub.data == name:
            if skip and _inside(tree, sub, skip):
                continue
            idx = [int(t.value) for t in sub.scan_values(lambda v: hasattr(v, "type"))]
            if idx:
                return (min(idx), max(idx) + 1)
    return None


def _inside(root, target, wrapper: str) -> bool:
    for sub in root.iter_subtrees():
        if sub.data == wrapper and any(s is target for s in sub.iter_subtrees()):
            return True
    return False


def find_cues(tokens: list[Token], start: int, end: int, lexicon, source_text: str, block: int) -> list[Cue]:
    """Cues among ``tokens[start:end]`` (one sentence)."""
    cues: list[Cue] = []
    i = start
    while i < end:
        tok = tokens[i]
        cat = tok.category
        if cat not in _OPENERS or not _may_open(tokens, i, start):
            i += 1
            continue
        shape = tuple(t.category for t in tokens[i:min(end, i + MAX_CUE_TOKENS)])
        found = _parse_shape(shape)
        if found is None or (found[1] == "pour_opening" and not _sentence_initial(tokens, i, start)):
            i += 1
            continue
        length, rule, source, addressee = found
        last = tokens[i + length - 1]
        if last.category in ("COMMA", "COLON", "QUE") and length > 1:
            last = tokens[i + length - 2]
        cue = Cue(kind=_KIND_OF_RULE.get(rule, rule), span=Span(tok.span.start, last.span.end),
                  trigger=tok.lower, block=block)
        if source:
            s_tok, e_tok = tokens[i + source[0]], tokens[i + source[1] - 1]
            cue.source = Span(s_tok.span.start, e_tok.span.end)
            cue.source_text = source_text[cue.source.start:cue.source.end]
            cue.agency = _agency_in(tokens[i + source[0]:i + source[1]], lexicon)
        if addressee:
            cue.addressee_agency = _agency_in(tokens[i + addressee[0]:i + addressee[1]], lexicon)
        cues.append(cue)
        i += max(1, length)
    return cues


def _agency_in(tokens: list[Token], lexicon) -> str | None:
    for t in tokens:
        if t.category == "AGENCY":
            return lexicon.agencies.get(t.lower)
    return None


def _sentence_initial(tokens: list[Token], i: int, start: int) -> bool:
    """Whether token ``i`` opens its sentence, but for a quote mark, a dash or a conjunction."""
    before = tokens[start:i]
    return len(before) <= 2 and all(t.category in ("QUOTE", "DASH", "PAREN", "CONJ") for t in before)


def _may_open(tokens: list[Token], i: int, start: int) -> bool:
    """Reject openers the context rules out: negated verbs, nouns after a determiner."""
    tok = tokens[i]
    prev = tokens[i - 1] if i > start else None
    if prev is None:
        return True
    if prev.category == "NEG" or (prev.category == "REFL" and i - 2 >= start and tokens[i - 2].category == "NEG"):
        return False
    if tok.category in ("SPEECH_FIN", "SPEECH_FIN_PP", "SPEECH_PP") and prev.category in ("DET", "DE", "PREP_A") \
            and not object_clitic(tokens[max(start, i - 2):i]):
        # "l'annonce", "le compte", "du rapport": nouns, not verbs.
        return False
    if tok.category in ("SPEECH_FIN", "SPEECH_FIN_PP", "SPEECH_PP") and prev.lower == "en":
        return False  # "en avance", "en note": nouns after "en"; the gerund is SPEECH_PPR
    if tok.category == "AUX" and prev.category == "AUX":
        return False  # "a été publié": the compound opens at its first auxiliary
    if tok.category == "SPEECH_INF" and any(t.category == "NEG" for t in tokens[max(start, i - 4):i]):
        return False  # "ne devrait dire que…": restrictive "ne … que"
    if tok.category == "AUX" and prev.lower in ("pas", "jamais", "plus", "guère", "rien"):
        return False
    return True


# Function words that cannot be the verb of an incise: "…», mais Paris…"
_NOT_INCISE_VERBS = {
    "mais", "donc", "dont", "comme", "avec", "sans", "pour", "dans", "chez", "vers", "selon", "alors", "puis",
    "ainsi", "même", "tandis", "lorsque", "quand", "avant", "après", "depuis", "pendant", "entre", "contre",
    "sous", "surtout", "notamment", "voire", "soit", "tout", "toute", "tous", "toutes", "cette", "leurs", "elle",
    "elles", "celui", "celle", "ceux", "quelques", "plusieurs", "certains", "encore", "aussi", "déjà", "ensuite",
    "enfin", "pourtant", "cependant", "toutefois", "lequel", "laquelle", "lesquels", "lesquelles", "parce",
    "puisque", "afin", "auprès", "malgré", "hormis", "sauf", "outre", "parmi", "jusque", "jusqu", "face",
}
_INCISE = regex.compile(
    r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?P<verb>\p{Ll}[\p{L}\p{M}]{3,})"
    r"(?:(?P<clitic>-t-(?:il|elle|on|ils|elles)|-(?:il|elle|on|ils|elles))(?![\p{L}])"
    r"|[\s\u00a0\u202f]+(?P<who>\p{Lu}[\p{L}\p{M}'’\-]+|(?:le|la|les|l['’]|son|sa|ses|leur|notre)[\s\u00a0\u202f]*[\p{L}\p{M}]+))"
)
# "« … » (Michel Blanc, dans le rôle de Jean-Claude Dusse)": the speaker in brackets,
# within this many characters of the opening bracket.
_BRACKET_REACH = 600
# Words are read whole (possessive): the text after them may be anything, so
# shortening a word could only lengthen what follows, never help a match.
_BRACKETED_SPEAKER = regex.compile(r"[\s\u00a0\u202f]*\((?P<who>\p{Lu}[\p{L}\p{M}'’\-]++(?:[\s\u00a0\u202f]+[\p{L}\p{M}'’\-]++){0,12})[^()\n]{0,200}\)")


def find_incises(prose: str, quote_ends: list[int], block: int) -> list[Cue]:
    """Cues right after a quotation that the lexicon does not know.

    "« … », enseigne Gualano", "« … », sourit-elle": a verb between a comma
    and its subject (or an inverted pronoun) after a quotation is an incise,
    whatever the verb. A speaker in brackets after it counts too.
    """
    cues: list[Cue] = []
    for end in quote_ends:
        m = _INCISE.match(prose, end)
        if m and m.group("verb").lower() not in _NOT_INCISE_VERBS:
            stop = m.end()
            who = m.span("who") if m.group("who") else None
            cue = Cue(kind="inverted", span=Span(m.start("verb"), stop), trigger=m.group("verb").lower(), block=block)
            if who:
                cue.source = Span(*who)
                cue.source_text = prose[who[0]:who[1]]
            cues.append(cue)
            continue
        b = _BRACKETED_SPEAKER.match(prose, end, match_window(prose, end, len(prose), _BRACKET_REACH))
        if b:
            cue = Cue(kind="inverted", span=Span(b.start("who") - 1, b.end()), trigger="(", block=block,
                      source=Span(*b.span("who")), source_text=b.group("who"))
            cues.append(cue)
    return cues
