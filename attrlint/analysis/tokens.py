"""Tokenising prose into words and marks, each with its grammar terminal.

The tokenizer runs once over the whole document; multi-word lexicon entries
("d'après", "lors d'une", "fait savoir") are merged into one token.
"""
from __future__ import annotations

import unicodedata

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import regex_timeout
from ..model import Span, Token

# Clitic pronouns of inverted questions/incises: "a-t-il", "déclare-t-elle", "dit-il".
# "a t-il" (a common slip for "a-t-il") is read as the inversion it means.
_CLITIC = (r"(?<![\p{L}\p{M}])t-(?:il|elle|on|ils|elles)(?![\p{L}\p{M}-])|"
           r"-t-(?:il|elle|on|ils|elles)(?![\p{L}\p{M}-])|-(?:il|elle|on|ils|elles|je|nous|vous)(?![\p{L}\p{M}-])")
_ELIDED = r"(?<![\p{L}\p{M}])(?i:l|d|qu|n|s|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=[\p{L}\p{M}\d])"
_WORD = r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-(?!t-(?:il|elle|on|ils|elles)(?![\p{L}\p{M}])|(?:il|elle|on|ils|elles|je|nous|vous)(?![\p{L}\p{M}-]))[\p{L}\p{M}]+)*"
# Most tokens are plain words: a run of letters that no apostrophe or hyphen
# follows is a word whatever comes first below, and is matched first.
_PLAIN_WORD = r"[\p{L}\p{M}]+(?![\p{L}\p{M}'’\-])"
TOKEN_RE = regex.compile(
    rf"(?P<word>{_PLAIN_WORD})|(?P<clitic>{_CLITIC})|(?P<elided>{_ELIDED})|(?P<num>\d+)|(?P<word>{_WORD})|(?P<punct>[^\s\p{{L}}\p{{M}}\d])"
)

_PUNCT_TERMINALS = {
    ",": "COMMA",
    ":": "COLON",
    ".": "STOP",
    "!": "STOP",
    "?": "STOP",
    "…": "STOP",
    ";": "STOP",
    "(": "PAREN",
    ")": "PAREN",
    "«": "QUOTE",
    "»": "QUOTE",
    "“": "QUOTE",
    "”": "QUOTE",
    '"': "QUOTE",
    "„": "QUOTE",
    "‹": "QUOTE",
    "›": "QUOTE",
    "–": "DASH",
    "—": "DASH",
    "-": "DASH",
}


_VERB_TERMINALS = {"SPEECH_FIN", "SPEECH_PP", "SPEECH_FIN_PP", "PASSIVE_PP"}


def _key(text: str) -> str:
    if text.isascii():
        return text.lower().replace("’", "'")
    return unicodedata.normalize("NFC", text).lower().replace("’", "'")


_CLITIC_HOSTS = {"PRON", "NEG", "REFL"}


def object_clitic(raw: list[Token]) -> bool:
    """"il le raconte", "ils les qualifient": le/la/les as object pronouns, not determiners."""
    det = raw[-1]
    if det.lower not in ("le", "la", "les", "l'", "leur", "lui"):
        return False
    return len(raw) >= 2 and (raw[-2].category in _CLITIC_HOSTS or raw[-2].lower in ("ne", "n'"))


# Endings of verb forms that no noun shares: after "le", "la" or "les" such a
# form is a verb with its object pronoun ("ses collègues le décrivent").
_VERB_ONLY_ENDINGS = ("ent", "ait", "aient", "ront", "rait", "raient")


def verb_after_object_pronoun(prev: Token, key: str) -> bool:
    """"le décrivent", "la qualifiaient": an object pronoun, not a determiner."""
    return prev.lower in ("le", "la", "les", "l'") and key.endswith(_VERB_ONLY_ENDINGS)


def word_split(text: str) -> list[str]:
    """The normalised word keys of a phrase, split as the tokenizer would."""
    return [_key(m.group()) for m in TOKEN_RE.finditer(text)]


# Spans made without the checks of a frozen dataclass's __init__: the tokenizer makes one per token.
_new_span = Span.__new__
_set_start = Span.start.__set__  # type: ignore[attr-defined]
_set_end = Span.end.__set__  # type: ignore[attr-defined]


def tokenize(prose: str, lexicon) -> list[Token]:
    """All tokens of the prose, with multi-word lexicon phrases merged."""
    raw: list[Token] = []
    append = raw.append
    words = lexicon.words
    # The second words of the phrases each first word opens.
    seconds: dict[str, set[str]] = {}
    for phrase in lexicon.phrases:
        if len(phrase) > 1:  # phrases have several words by construction
            seconds.setdefault(phrase[0], set()).add(phrase[1])
    opening: list[int] = []  # indices of the tokens that may open a phrase: its first two words
    after: set[str] | None = None  # the second words the previous token opens phrases with
    # A token's text decides its kind, key and category (but for the verb
    # after a determiner, below): each distinct text is looked up once, and
    # its key string is shared by all its tokens.
    known: dict[str, tuple[str, str, bool, set[str] | None]] = {}
    for m in TOKEN_RE.finditer(prose, timeout=regex_timeout(len(prose))):
        start, end = m.span()
        text = prose[start:end]
        entry = known.get(text)
        if entry is None:
            kind = m.lastgroup
            key = _key(text)
            if key == text:
                key = text
            if kind == "punct":
                cat = _PUNCT_TERMINALS.get(text, "PUNCT")
            elif kind == "num":
                cat = "NUM"
            elif kind == "clitic":
                cat = "CLITIC_INV"
            else:
                cat = words.get(key)
                if cat is None:
                    cat = "CAP" if text[:1].isupper() else "WORD"
            entry = known[text] = (key, cat, cat in _VERB_TERMINALS, seconds.get(key))
        key, cat, verb, opens = entry
        if verb and raw and raw[-1].category in ("DET", "DE") and not object_clitic(raw) \
                and not verb_after_object_pronoun(raw[-1], key):
            # After a determiner a verb form is a noun: "le communiqué", "l'annonce".
            cat = "CHANNEL" if key in lexicon.channels else "WORD"
        if after is not None and key in after:
            opening.append(len(raw) - 1)
        after = opens
        span = _new_span(Span)
        _set_start(span, start)
        _set_end(span, end)
        append(Token(text, span, cat, key))
    if opening:
        raw = _merge_phrases(raw, opening, lexicon)
    return raw


def _merge_phrases(tokens: list[Token], opening: list[int], lexicon) -> list[Token]:
    """``tokens`` with the phrases that start at the indices ``opening`` merged into one token each."""
    phrases = lexicon.phrases
    # The lengths of the phrases each first word opens, longest first.
    lengths: dict[str, list[int]] = {}
    for phrase in phrases:
        lengths.setdefault(phrase[0], []).append(len(phrase))
    for sizes in lengths.values():
        sizes.sort(reverse=True)
    out: list[Token] = []
    done, n = 0, len(tokens)  # tokens[:done] are in out
    for i in opening:
        if i < done:
            continue  # inside the phrase merged last
        tok = tokens[i]
        for size in lengths[tok.lower]:
            if size > n - i:
                continue
            keys = tuple([t.lower for t in tokens[i:i + size]])
            cat = phrases.get(keys)
            if cat is not None:
                last = tokens[i + size - 1]
                out += tokens[done:i]
                # Words of a phrase must be adjacent: only spaces between them.
                out.append(Token(" ".join([t.text for t in tokens[i:i + size]]), Span(tok.span.start, last.span.end),
                                 cat, " ".join(keys)))
                done = i + size
                break
    if not done:
        return tokens
    out += tokens[done:]
    return out
