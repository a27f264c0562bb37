"""Tokenising prose into words and marks, each with its grammar terminal.

The tokenizer runs once over the whole document; multi-word lexicon entries
("d'après", "lors d'une", "fait savoir") are merged into one token.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from operator import not_, sub
from typing import Callable, cast

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..word_lists import word_sets, written_phrase
from ..model import Token, make_tokens
from .token_patterns import ELIDED_WORDS, token_alternatives

_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")

_PLAIN_WORD, _CLITIC, _ELIDED, _WORD, _RUN_TOKEN = token_alternatives(
    r"\p{L}\p{M}", r"\d", "(?i:" + "|".join(ELIDED_WORDS) + ")", r"[^\s\p{L}\p{M}\d]", r"[^\s\p{L}\p{M}\d\-]")
TOKEN_RE = regex.compile(
    rf"(?P<word>{_PLAIN_WORD})|(?P<clitic>{_CLITIC})|(?P<elided>{_ELIDED})|(?P<num>\d+)|(?P<word>{_WORD})|(?P<punct>[^\s\p{{L}}\p{{M}}\d])"
)
# Every character is a space or starts a token (letters, digits and marks
# all start one; the rest is punctuation), so one match of "spaces, then a
# token", repeated, reads a whole block as ``TOKEN_RE.finditer`` does. The
# regex module keeps each repetition's capture: one match object per block
# instead of one per token, which halves the cost of the scan.
# Most blocks are read by the scan of Latin text instead (:mod:`.latin_tokens`):
# the pattern is compiled when first needed, not at each start-up.
@lru_cache(maxsize=1)
def _token_run() -> regex.Pattern[str]:
    return regex.compile(rf"(?:\s*+({_RUN_TOKEN}))*+")

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


# Endings that only adverbs have, so that the grammar's adverbs between an auxiliary and its
# participle are not a closed list: "a finalement déclaré", "a ouvertement indiqué".
# ("-ément", "-ument", "-ement" alone would take nouns: "élément", "document", "gouvernement".)
_ADVERB_ENDINGS = ("ellement", "iquement", "ivement", "ablement", "iblement", "ièrement", "amment", "emment",
                   "alement", "ètement", "ainement", "eusement", "ertement")
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
    return len(raw) >= 2 and (raw[-2].category in _CLITIC_HOSTS or raw[-2].lower in ("ne", "n'", "qui"))


# Endings of verb forms that no noun shares: after "le", "la" or "les" such a
# form is a verb with its object pronoun ("ses collègues le décrivent").
_VERB_ONLY_ENDINGS = ("ent", "ait", "aient", "ront", "rait", "raient")


def verb_after_object_pronoun(prev: Token, key: str) -> bool:
    """"le décrivent", "la qualifiaient": an object pronoun, not a determiner."""
    return prev.lower in ("le", "la", "les", "l'") and key.endswith(_VERB_ONLY_ENDINGS)


# Words after which "l'" is an article: "Après l'annonce, « … »", "et l'annonce".
_BEFORE_AN_ARTICLE = _FUNCTION_WORDS["before_an_article"]


def announces_words(tokens: list[Token], i: int) -> bool:
    """"Paul Durand l'assure, « … »", "son propriétaire l'affirme : « … »": "l'" is the
    pronoun of the words that follow the verb ``tokens[i]``, after its comma or colon."""
    return tokens[i - 1].lower == "l'" and i + 2 < len(tokens) and i >= 2 and \
        tokens[i + 1].category in ("COMMA", "COLON") and tokens[i + 2].category == "QUOTE" and \
        tokens[i - 2].lower not in _BEFORE_AN_ARTICLE


def past_adverbs(tokens: list[Token], j: int, end: int) -> int:
    """The first index from ``j`` on, before ``end``, of a token that is no adverb: where the word
    after a verb stands in "serait sans doute âgé", "il reste encore méfiant"."""
    while j < end and tokens[j].category == "ADV":
        j += 1
    return j


def word_split(text: str) -> list[str]:
    """The normalised word keys of a phrase, split as the tokenizer would."""
    return [_key(m.group()) for m in TOKEN_RE.finditer(text)]


# A text's entry in a vocabulary: its key, its category, whether it is a verb form, the second
# words of the phrases it opens, whether the tokenizer looks at it again, whether its key is marked,
# and the text itself (without the spaces a token of Latin text is looked up with) and its length.
Entry = tuple[str, str, bool, "set[str] | None", bool, bool, str, int]


class Vocabulary:
    """What the tokenizer derives from a lexicon, kept from one document to the next.

    Each distinct token text is looked up once (its key, category, whether
    it is a verb form, the phrases it opens, whether ``marks`` marks its key):
    most tokens repeat words seen before. A token of Latin text is looked up
    as the scan reads it, with the spaces before it (" de", "\u00a0:"): its
    entry gives its text, which then need not be cut out of each token.
    ``vocabulary_of`` gives the one of a lexicon (and of ``marks``).

    ``marks``, when given, tells of a key whether the caller looks for it (a
    pure function of the key): :func:`tokenize_marked` then gives the indices
    of the tokens with such a key, found in the pass the tokenizer makes over
    the few tokens it looks at again, not in a scan of every key.
    """

    ENTRIES_KEPT = 300_000  # texts as written (" de", "de"); the entries start afresh beyond (bounded memory)

    def __init__(self, lexicon, marks: Callable[[str], object] | None = None) -> None:
        self.lexicon = lexicon
        self.marks = marks
        self.signature = _signature(lexicon)
        self.entries: dict[str, Entry] = {}
        # The second words of the phrases each first word opens.
        self.seconds: dict[str, set[str]] = {}
        # The lengths of the phrases each first word opens, longest first, each once ("de"
        # opens ten phrases of three lengths: a length that did not match is not tried again).
        self.lengths: dict[str, list[int]] = {}
        for phrase in lexicon.phrases:
            if len(phrase) > 1:  # phrases have several words by construction
                self.seconds.setdefault(phrase[0], set()).add(phrase[1])
            self.lengths.setdefault(phrase[0], []).append(len(phrase))
        for first, sizes in self.lengths.items():
            self.lengths[first] = sorted(set(sizes), reverse=True)
        self.glued_openers = _source_prepositions(lexicon)
        self.glued_first_words = _first_words(self.glued_openers)

    def fill_in(self, known: list[Entry | None], written: list[str], prose: str, ends: list[int],
                end: int) -> None:
        """Fill in the items of ``known`` that are None: the entries of the tokens ``written``
        there (after the spaces before them, if any), which end at ``ends`` in ``prose``, in a
        block that ends at ``end``. A text first seen after spaces is looked up without them,
        and its entry kept for both."""
        entries = self.entries
        spaces = _latin_scan().spaces
        # Read once for the block, not for each new text: a new text's entry is made here, with no
        # call for it, nor for its key (a call costs more than making most keys).
        words, seconds_of, marks, kept = self.lexicon.words, self.seconds, self.marks, self.ENTRIES_KEPT
        # The indices of the items that are None (an entry is never false), found in C.
        for i in compress(range(len(known)), map(not_, known)):
            as_written = written[i]
            text = as_written.lstrip(spaces)
            found = entries.get(text)
            if found is None:
                # A new text: which kind of token it is (word, number…) is asked of
                # the token pattern at its place, as the scan found it there. Letters
                # alone, more than one, are a word, and ASCII digits alone a number: a
                # mark or a figure is one character or digits, a clitic or an elided
                # word holds a hyphen or an apostrophe, and the scan tries the word
                # patterns in the order of the token pattern.
                if len(text) > 1 and text.isalpha():
                    kind = "word"
                elif text.isdigit() and text.isascii():
                    kind = "num"
                else:
                    token = TOKEN_RE.match(prose, ends[i] - len(text), end)
                    assert token is not None and token.lastgroup is not None  # a token starts there
                    kind = token.lastgroup
                key = text.lower() if text.isascii() else _key(text)  # ASCII holds no curly apostrophe
                if key == text:
                    key = text
                if kind == "punct":
                    cat = _PUNCT_TERMINALS.get(text, "PUNCT")
                elif kind == "num":
                    cat = "NUM"
                elif kind == "clitic":
                    cat = "CLITIC_INV"
                else:
                    listed: str | None = words.get(key)
                    cat = listed if listed is not None else \
                        "CAP" if text[:1].isupper() else "ADV" if key.endswith(_ADVERB_ENDINGS) else "WORD"
                verb, seconds = cat in _VERB_TERMINALS, seconds_of.get(key)
                marked = marks is not None and (True if marks(key) else False)
                # The fifth item says whether the tokenizer looks at the token again (any of the others).
                if len(entries) >= kept:
                    entries.clear()
                found = entries[text] = \
                    (key, cat, verb, seconds, verb or seconds is not None or marked, marked, text, len(text))
            if text != as_written:
                if len(entries) >= kept:
                    entries.clear()
                entries[as_written] = found
            known[i] = found


# The terminals of the words that open a source by themselves ("selon", "d'après", "toujours selon").
_SOURCE_OPENERS = frozenset({"PREP_SOURCE", "CONT"})


def _source_prepositions(lexicon) -> tuple[str, ...]:
    """The source prepositions of ``lexicon`` as they open a sentence, with either
    apostrophe ("Selon", "D'après", "D’après")."""
    found = {key for key, cat in lexicon.words.items() if cat in _SOURCE_OPENERS}
    found.update(written_phrase(phrase) for phrase, cat in lexicon.phrases.items() if cat in _SOURCE_OPENERS)
    # "Selon la même source" glued is "Selon" glued: the shortest opener is looked for.
    found = {opener for opener in found if not any(opener.startswith(other + " ") for other in found)}
    written = {opener[:1].upper() + opener[1:] for opener in found}
    return tuple(sorted(written | {opener.replace("'", "’") for opener in written}))


def _first_words(openers: tuple[str, ...]) -> tuple[str, ...]:
    """The first words of ``openers``, each looked for once ("Au" finds "Au dire" and "Aux dires")."""
    firsts = {opener.split(" ", 1)[0] for opener in openers}
    return tuple(sorted(w for w in firsts if not any(w != other and w.startswith(other) for other in firsts)))


def _glued_openers(prose: str, start: int, end: int, vocabulary: Vocabulary) -> list[int]:
    """Where a source preposition opening a sentence is glued to the word before it
    ("recordD'après une estimation…", "à MARSEILLESelon le chef…"): collected text that
    lost the line break after a heading. Each is looked for as a string (found in C, most
    blocks hold none); a name written in one word ("McDonald", "YouTube") holds none."""
    openers = vocabulary.glued_openers
    found = []
    for first in vocabulary.glued_first_words:
        at = prose.find(first, start + 1, end)
        while at >= 0:
            opener = next((o for o in openers if prose.startswith(o, at)), None) if prose[at - 1].isalpha() else None
            if opener is not None:
                after = at + len(opener)
                # The word ends with the opener, unless it ends on an apostrophe ("D'après").
                if opener[-1] in "'’" or not prose[after:after + 1].isalpha():
                    found.append(at)
            at = prose.find(first, at + 1, end)
    return sorted(set(found))


def _unglued(prose: str, cuts: list[int], texts: list[str], starts: list[int],
             ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """The token spans with each token that holds a cut split there, the part after the cut
    read as if it opened the text ("D'après" is then "D'" and "après"); made in one pass."""
    at_token: dict[int, int] = {}
    for cut in cuts:
        i = bisect_right(starts, cut) - 1
        if i >= 0 and starts[i] < cut < ends[i]:
            at_token.setdefault(i, cut)
    if not at_token:
        return texts, starts, ends
    new_texts: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    done = 0
    for i in sorted(at_token):
        cut = at_token[i]
        more_texts, more_starts, more_ends = token_spans(prose[cut:ends[i]], 0, ends[i] - cut)
        new_texts += texts[done:i] + [prose[starts[i]:cut]] + more_texts
        new_starts += starts[done:i + 1] + [cut + b for b in more_starts]
        new_ends += ends[done:i] + [cut] + [cut + e for e in more_ends]
        done = i + 1
    return new_texts + texts[done:], new_starts + starts[done:], new_ends + ends[done:]


def _signature(lexicon) -> tuple[int, int, int, int]:
    return lexicon.revision, len(lexicon.words), len(lexicon.phrases), len(lexicon.channels)


_VOCABULARIES: dict[tuple[int, int], Vocabulary] = {}
_VOCABULARIES_KEPT = 8


def vocabulary_of(lexicon, marks: Callable[[str], object] | None = None) -> Vocabulary:
    """The vocabulary of ``lexicon`` (see :class:`Vocabulary` for ``marks``), made again when
    the lexicon has changed."""
    at = (id(lexicon), id(marks))
    found = _VOCABULARIES.get(at)
    if found is None or found.lexicon is not lexicon or found.marks is not marks or \
            found.signature != _signature(lexicon):
        if len(_VOCABULARIES) >= _VOCABULARIES_KEPT:
            _VOCABULARIES.clear()
        found = _VOCABULARIES[at] = Vocabulary(lexicon, marks)
    return found


def tokenize(prose: str, lexicon, start: int = 0, end: int | None = None,
             vocabulary: Vocabulary | None = None) -> list[Token]:
    """The tokens of ``prose[start:end]``, with multi-word lexicon phrases merged.

    ``vocabulary`` (that of ``lexicon`` when not given) carries the words
    already looked up from one call to the next.
    """
    return tokenize_marked(prose, lexicon, start, end, vocabulary)[0][0]


# The tokens of a block, and their starts, categories and keys as lists of their own
# (what the analysis scans token by token, without reading each token again).
TokenColumns = tuple[list[Token], list[int], list[str], list[str]]


def glued_openers(prose: str, vocabulary: Vocabulary) -> list[int]:
    """Where a source preposition is glued to the word before it, in the whole ``prose``: what
    :func:`tokenize_marked` looks for in each block, looked for once by a caller that
    tokenises every block of a document. A heading that lost its line break ends there,
    and a sentence starts."""
    return _glued_openers(prose, 0, len(prose), vocabulary)


def tokenize_marked(prose: str, lexicon, start: int = 0, end: int | None = None,
                    vocabulary: Vocabulary | None = None,
                    glued: list[int] | None = None) -> tuple[TokenColumns, list[int]]:
    """:func:`tokenize`, with the columns the tokenizer builds on the way, and the indices of
    the tokens whose key the vocabulary's ``marks`` marks (none when it has no ``marks``), in
    order. ``glued`` are the offsets :func:`glued_openers` found in the whole prose, when the
    caller has them."""
    if end is None:
        end = len(prose)
    vocabulary = vocabulary or vocabulary_of(lexicon)
    # Most blocks are Latin text: the scan gives each token with the spaces before it, looked
    # up as it is written (the entry gives its text, which is not cut out of each token).
    scanned = _latin_scan().spaced_tokens_at(prose, start, end)
    starts: list[int] | None = None
    if scanned is None:
        written, starts, ends = _token_run_spans(prose, start, end)
    else:
        written, ends = scanned
    if not written:
        return ([], [], [], []), []
    if glued is None:
        cuts = _glued_openers(prose, start, end, vocabulary)
    else:
        cuts = glued[bisect_right(glued, start):bisect_left(glued, end)]
    if cuts:
        written, starts, ends = _unglued(prose, cuts, *token_spans(prose, start, end))
    known = list(map(vocabulary.entries.get, written))
    # An entry is a tuple, never false: a false item is a token not looked up yet.
    if not all(known):
        vocabulary.fill_in(known, written, prose, ends, end)
    entries = cast("list[Entry]", known)  # every text's entry, now
    # The entries' items as columns, each a tuple, made in one pass in C (one reading of each
    # item per column costs more).
    keys_of, categories_of, _, _, looked_at, _, texts, lengths = zip(*entries)
    if starts is None:  # a token starts its text's length before its end
        starts = list(map(sub, ends, lengths))
    keys = list(keys_of)
    categories = list(categories_of)
    tokens = make_tokens(texts, starts, ends, categories, keys)
    last = len(tokens) - 1
    opening = []
    marked = []
    # One pass finds the few verb forms, phrase openers and marked keys, in order.
    for i in compress(range(len(tokens)), looked_at):
        _, _, verb, seconds, _, marked_key, _, _ = entries[i]
        if verb and i and categories[i - 1] in ("DET", "DE") and not object_clitic(tokens[max(0, i - 2):i]) \
                and not verb_after_object_pronoun(tokens[i - 1], keys[i]) and not announces_words(tokens, i):
            # After a determiner a verb form is a noun: "le communiqué", "l'annonce".
            tokens[i].category = categories[i] = "CHANNEL" if keys[i] in lexicon.channels else "WORD"
        if seconds is not None and i < last and keys[i + 1] in seconds:
            opening.append(i)
        if marked_key:
            marked.append(i)
    columns = tokens, starts, categories, keys
    if opening:
        columns, marked = _merge_phrases(columns, opening, lexicon, vocabulary, marked)
    return columns, marked


def token_spans(prose: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    """The texts, starts and ends of the tokens of ``prose[start:end]``: those of ``TOKEN_RE.finditer``.

    The patterns are linear (no nested repetition can backtrack): they run
    without the regex time limit, whose clock costs more than the match.
    Most blocks hold Latin text only, read faster with ``re``.
    """
    latin = _latin_scan().token_spans(prose, start, end)
    if latin is not None:
        return latin
    return _token_run_spans(prose, start, end)


@lru_cache(maxsize=1)
def _latin_scan():
    """The scan of Latin text, imported and compiled when first needed: not at each start-up."""
    from .latin_tokens import LatinScan
    return LatinScan()


def _token_run_spans(prose: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    """:func:`token_spans` read with :func:`_token_run`, whatever the characters."""
    token_run = _token_run()
    run = token_run.match(prose, start, end)
    assert run is not None  # a run of no token matches too
    texts, starts, ends = run.captures(1), run.starts(1), run.ends(1)
    # A run stops at the spaces that end the block; should it stop before a
    # character no token starts with, the scan goes on at the next token.
    while (after := TOKEN_RE.search(prose, run.end(), end)) is not None:
        run = token_run.match(prose, after.start(), end)
        assert run is not None
        texts += run.captures(1)
        starts += run.starts(1)
        ends += run.ends(1)
    return texts, starts, ends


def _merge_phrases(columns: TokenColumns, opening: list[int], lexicon, vocabulary: Vocabulary,
                   marked: list[int]) -> tuple[TokenColumns, list[int]]:
    """``columns`` with the phrases that start at the indices ``opening`` merged into one token
    each, and the indices ``marked`` of the tokens with a marked key, moved as the tokens are
    (a merged phrase is marked when the vocabulary's ``marks`` marks its key)."""
    tokens, starts, categories, keys = columns
    phrases = lexicon.phrases
    lengths = vocabulary.lengths
    marks = vocabulary.marks
    out: list[Token] = []
    out_starts: list[int] = []
    out_categories: list[str] = []
    out_keys: list[str] = []
    out_marked: list[int] = []
    m = 0  # marked[:m] are in out_marked, or were inside a merged phrase
    done, n = 0, len(tokens)  # tokens[:done] are in out
    for i in opening:
        if i < done:
            continue  # inside the phrase merged last
        tok = tokens[i]
        for size in lengths[tok.lower]:
            if size > n - i:
                continue
            phrase = tuple(keys[i:i + size])
            cat = phrases.get(phrase)
            if cat is not None:
                last = tokens[i + size - 1]
                shift = len(out) - done
                while m < len(marked) and marked[m] < i:
                    out_marked.append(marked[m] + shift)
                    m += 1
                while m < len(marked) and marked[m] < i + size:
                    m += 1  # its word is now the phrase's
                out += tokens[done:i]
                out_starts += starts[done:i]
                out_categories += categories[done:i]
                out_keys += keys[done:i]
                key = written_phrase(phrase)  # as the word lists write it, to be looked up there
                if marks is not None and marks(key):
                    out_marked.append(len(out))
                out.append(Token(written_phrase([t.text for t in tokens[i:i + size]]), tok.start, last.end, cat, key))
                out_starts.append(tok.start)
                out_categories.append(cat)
                out_keys.append(key)
                done = i + size
                break
    if not done:
        return columns, marked
    shift = len(out) - done
    out_marked += [at + shift for at in marked[m:]]
    out += tokens[done:]
    out_starts += starts[done:]
    out_categories += categories[done:]
    out_keys += keys[done:]
    return (out, out_starts, out_categories, out_keys), out_marked
