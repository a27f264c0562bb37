"""Quotations: pairing quotation marks within a block.

Guillemets and curly quotes pair with a stack (they nest). Straight quotes
carry no direction, so each one is read as opening or closing from the
characters around it, then paired the same way. What stays unpaired at the
end of the block is an unbalanced mark.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice, repeat
from operator import attrgetter

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import next_character, offsets_of, window_start
from ..word_lists import function_word_alternation as _alternation, with_curly_apostrophes, word_sets
from ..model import Quote, Span, UnbalancedMark
from .figures import fold_case
from .phrase_search import holds_one_of
from .subjects import subject_words

_OPEN_CLOSE = {"«": "»", "“": "”", "‹": "›", "„": "“"}
_CLOSERS = {"»": "«", "”": "“", "›": "‹"}
_MARK_CHARS = "«»“”‹›„\""
_SPACE = " \t\n\r\u00a0\u202f\u2009"


def _marks_in(prose: str, start: int, end: int) -> list[int]:
    """The offsets of the quotation marks of ``prose[start:end]``, in order."""
    # Each kind of mark is first looked for in a copy of the block, with "in", which reads no
    # arguments as str.find does: most blocks hold none, or one kind, and the others are not
    # searched for again.
    block = prose[start:end]
    held = [mark for mark in _MARK_CHARS if mark in block]
    return offsets_of(prose, "".join(held), start, end) if held else []


def _straight_direction(prose: str, i: int, is_open: bool) -> str:
    """'open' or 'close' for a straight quote, from its neighbours."""
    leaning = _leaning(prose, i)
    prev = prose[i - 1] if i > 0 else " "
    nxt = prose[i + 1] if i + 1 < len(prose) else " "
    if leaning == "open":
        return "open"
    if leaning == "close":
        if not is_open and prev in ".!?…:" and prose[i + 2:i + 3].isupper() and _next_straight_closes(prose, i + 1):
            # 'a répondu :" Lui…"', 'pays." L'intégrité…", a-t-il lancé': an opening mark spaced
            # from its words, where nothing is open for it to close.
            return "open"
        return "close"
    next_space = nxt in _SPACE or nxt in ",.;:!?)]}…"
    if prev in "\"«“" and not next_space:
        return "open"
    if prev in ".!?…" and nxt.isupper() and _next_straight_closes(prose, i):
        return "open"  # 'fin."Suite…"': a new quotation glued to the sentence before
    # Both sides glued or both spaced: decide by what is open now.
    return "close" if is_open else "open"


_NEXT_STRAIGHT = regex.compile(r"[^\"\n]{1,800}?(?<=\S)\"(?=[\s\u00a0\u202f,.;:!?)…]|$)")


def _next_straight_closes(prose: str, i: int) -> bool:
    """Whether the next straight quote in the paragraph reads as a closing one."""
    return _NEXT_STRAIGHT.match(prose, i + 1) is not None


# Each unclosed mark makes the pairing start again after it; past this many
# restarts the remaining marks are all reported unclosed (bounded time).
MAX_RESTARTS = 20


def find_quotes(prose: str, start: int, end: int, block: int) -> tuple[list[Quote], list[UnbalancedMark]]:
    """Quotations and unbalanced marks of ``prose[start:end]`` (one block)."""
    marks = _marks_in(prose, start, end)
    if not marks:
        return [], []
    markup = _markup_marks(prose, start, end)
    straight = _straight_marks_that_pair(prose, start, end, markup, marks)
    culprit = None if straight is None else _odd_straight_mark(prose, straight)
    # Whether each of them pairs depends on where the pass starts: read again after a restart.
    pairing = None if straight is None else set(straight)
    if culprit is not None:
        found, bad, leftover = _pair(prose, start, end, block, markup, marks, skip=culprit, pairing=pairing)
        if not leftover:
            kind = "unclosed" if _straight_direction(prose, culprit, False) == "open" else "stray"
            return _sorted(found, bad + [UnbalancedMark(Span(culprit, culprit + 1), '"', block, kind)])
    quotes: list[Quote] = []
    unbalanced: list[UnbalancedMark] = []
    for _ in range(MAX_RESTARTS):
        found, bad, leftover = _pair(prose, start, end, block, markup, marks, pairing=pairing)
        if not leftover:
            return _sorted(quotes + found, unbalanced + bad)
        # The outermost unclosed mark is the culprit: pair again after it so
        # the quotations that follow are still seen.
        mark, pos = leftover[0]
        quotes += [q for q in found if q.span.end <= pos]
        unbalanced += [u for u in bad if u.span.start < pos]
        unbalanced.append(UnbalancedMark(Span(pos, pos + 1), mark, block, "unclosed"))
        start = pos + 1
        pairing = None
    found, bad, leftover = _pair(prose, start, end, block, markup, marks)
    unbalanced += bad + [UnbalancedMark(Span(p, p + 1), mk, block, "unclosed") for mk, p in leftover]
    return _sorted(quotes + found, unbalanced)


def _sorted(quotes: list[Quote], unbalanced: list[UnbalancedMark]):
    quotes.sort(key=_START)
    unbalanced.sort(key=_START)
    return quotes, unbalanced


# An item's start, read in C.
_START = attrgetter("span.start")


# Straight marks that are no quotation marks: an attribute's value in markup left in the
# text ('[EMBED url="…"]', '<img alt="…">'), and seconds or inches ('3'12"', '5'11"').
_ATTRIBUTE = re.compile(r'[\w-]+="[^"\n]*"')
_UNIT_MARK = re.compile(r"\d['’]\d{1,2}$")


def _markup_marks(prose: str, start: int, end: int) -> set[int]:
    """The offsets of the marks around the attribute values of ``prose[start:end]``."""
    if prose.find('="', start, end) < 0:
        return set()
    return {at for m in _ATTRIBUTE.finditer(prose, start, end) for at in (m.start() + m.group().index('"'), m.end() - 1)}


def _pairs(prose: str, at: int, start: int, markup: set[int]) -> bool:
    """Whether the straight mark at ``at`` is one that pairs: not a mark of markup left in the
    text, nor the seconds or inches of a measure."""
    if at in markup:
        return False
    # A measure's mark follows a digit (or the line break that "$" reads past): after any other
    # ASCII character the pattern is not searched; one past ASCII may be a digit "\d" knows.
    before = prose[at - 1] if at > start else ""
    if before.isascii() and not ("0" <= before <= "9") and before != "\n":
        return True
    return not _UNIT_MARK.search(prose, window_start(at, 6, start), at)


def _straight_marks_that_pair(prose: str, start: int, end: int, markup: set[int], marks_at: list[int]) -> list[int] | None:
    """In a block whose only marks are straight ones, those that pair (:func:`_pairs`, in a pass from
    ``start``); None in a block that holds others. ``marks_at``: the offsets of the block's marks
    (:func:`_marks_in`)."""
    if prose.find('"', start, end) < 0:
        return None
    marks = []
    for at in marks_at:
        if prose[at] != '"':
            return None  # other marks pair by their shapes: the usual pass reads them
        if _pairs(prose, at, start, markup):
            marks.append(at)
    return marks


def _odd_straight_mark(prose: str, marks: list[int]) -> int | None:
    """Of an odd number of straight marks that pair, a block's only marks, the mark whose
    leaving out lets the others pair best with what their neighbours say (a space before and
    a letter after open, the reverse closes); None when that is not one mark. ``marks``: their
    offsets (:func:`_straight_marks_that_pair`)."""
    if len(marks) % 2 == 0 or len(marks) > 60:
        return None
    leanings = [_leaning(prose, at) for at in marks]
    costs = []
    for c in range(len(marks)):
        cost = 0
        role = "open"
        for k, lean in enumerate(leanings):
            if k == c:
                continue
            if lean and lean != role:
                cost += 1
            role = "close" if role == "open" else "open"
        costs.append(cost)
    least = min(costs)
    best = [c for c, cost in enumerate(costs) if cost == least]
    if len(best) == 1:
        return marks[best[0]]
    # Two marks side by side that lean the same way, either of which can go: of two
    # openings the first is left open (the second opens the words that close); of two
    # closings the second closes nothing.
    if len(best) == 2 and best[1] == best[0] + 1 and leanings[best[0]] == leanings[best[1]] != "":
        return marks[best[0]] if leanings[best[0]] == "open" else marks[best[1]]
    return None


def _leaning(prose: str, i: int) -> str:
    """What a straight mark's neighbours alone say: "open", "close", or "" when they do not tell."""
    prev = prose[i - 1] if i > 0 else " "
    nxt = prose[i + 1] if i + 1 < len(prose) else " "
    prev_space = prev in _SPACE or prev in "([{—–-/'’"
    next_space = nxt in _SPACE or nxt in ",.;:!?)]}…"
    if prev_space and not next_space:
        return "open"
    if next_space and not prev_space:
        return "close"
    return ""


def _pair(prose: str, start: int, end: int, block: int, markup: set[int], marks: list[int], skip: int = -1,
          pairing: set[int] | None = None):
    """One pairing pass over ``prose[start:end]``: quotations, unbalanced marks, and the marks left
    open; ``markup`` holds the marks of markup the block holds (:func:`_markup_marks`), ``marks``
    the offsets of its marks (:func:`_marks_in`), from the block's start; ``pairing``, when given,
    the straight marks that pair in a pass from ``start`` (:func:`_pairs`, not asked again)."""
    quotes: list[Quote] = []
    unbalanced: list[UnbalancedMark] = []
    stack: list[tuple[str, int]] = []  # (mark, offset)
    open_count: dict[str, int] = {}  # marks of each kind on the stack

    def push(mark: str, at: int) -> None:
        stack.append((mark, at))
        open_count[mark] = open_count.get(mark, 0) + 1

    def close(opener: str, at: int) -> None:
        mark, pos = stack.pop()
        while mark != opener:
            open_count[mark] -= 1
            unbalanced.append(UnbalancedMark(Span(pos, pos + 1), mark, block, "unclosed"))
            mark, pos = stack.pop()
        open_count[opener] -= 1
        quotes.append(Quote(Span(pos, at + 1), Span(pos + 1, at), opener, block, depth=len(stack)))

    for at in islice(marks, bisect_left(marks, start), None):
        ch = prose[at]
        if ch == '"':
            if at == skip or not (at in pairing if pairing is not None else _pairs(prose, at, start, markup)):
                continue
            is_open = open_count.get('"', 0) > 0
            direction = _straight_direction(prose, at, is_open)
            if direction == "close" and is_open:
                close('"', at)
            elif direction == "close":
                unbalanced.append(UnbalancedMark(Span(at, at + 1), ch, block, "stray"))
            else:
                push(ch, at)
            continue
        if ch == "“" and stack and stack[-1][0] == "„":
            close("„", at)
            continue
        if ch in _OPEN_CLOSE:
            push(ch, at)
            continue
        opener = _CLOSERS[ch]
        if open_count.get(opener, 0) > 0:
            close(opener, at)
        else:
            unbalanced.append(UnbalancedMark(Span(at, at + 1), ch, block, "stray"))
    return quotes, unbalanced, stack


_SENTENCE_END_BEFORE = regex.compile(r"[.!?…:][»”\"]?[\s\u00a0\u202f]*$")
_SENTENCE_END_AFTER = regex.compile(r"[.!?…:][\s\u00a0\u202f]+$")


def flag_reopened(prose: str, start: int, end: int, unbalanced: list[UnbalancedMark],
                  cue_starts: list[int]) -> list[Span]:
    """Flag the unclosed marks that reopen a quotation over a lost paragraph break.

    A quotation over several paragraphs opens each one and closes only at the
    end; once the breaks are lost it reads "A. "B. "C." The unclosed mark
    opens a sentence, its words end a sentence (or a colon) right before the next mark,
    which opens the next sentence, and no attribution stands in between (a
    missing closing mark before an incise is a real error). Returns the spans
    of the reopened words.
    """
    reopened: list[Span] = []
    if not any(mark.kind == "unclosed" for mark in unbalanced):
        return reopened
    # Read once per block: where its marks are, and where its text begins.
    marks = _marks_in(prose, start, end)
    text_start = start
    while text_start < end and prose[text_start] in _SPACE:
        text_start += 1
    for mark in unbalanced:
        if mark.kind != "unclosed":
            continue
        at = mark.span.start
        i = bisect_right(marks, at)
        if i == len(marks):
            continue
        nxt = marks[i]
        if nxt + 1 >= end or prose[nxt + 1] in _SPACE:
            continue
        if at > text_start and not _SENTENCE_END_BEFORE.search(prose, window_start(at, 4, start), at):
            continue
        if not _SENTENCE_END_AFTER.search(prose, at + 1, nxt):
            continue
        k = bisect_right(cue_starts, at)
        if k < len(cue_starts) and cue_starts[k] < nxt:
            continue  # a cue between the two marks
        mark.reopened = True
        reopened.append(Span(at, nxt))
    return reopened


# The most words a fragment woven into its sentence holds.
FRAGMENT_MAX_WORDS = 6
# The most words of a question or an exclamation that an article before it makes a noun, the name
# of a game, a rubric or a catchphrase ("des « Tu joues ou pas ? »"), rather than someone's statement.
NAMED_WORDS_MAX = 4
_LETTER = regex.compile(r"\p{L}")
# How far from the start of its sentence a quotation is looked at for words before it.
_OPENING_READ = 40
# Read from the end: one attempt at the end of the quotation's words, however long.
_SENTENCE_OF_ITS_OWN = regex.compile(r"(?r)[.!?…][\s\u00a0\u202f]*$")
_COLON_BEFORE = regex.compile(r":[\s\u00a0\u202f]*$")


def mark_fragments(prose: str, quotes: list[Quote], sentence_at) -> None:
    """Mark the quotations of a few words woven into their sentence, after words of it:
    "l'homme est décédé « des suites de ses blessures »", "un groupe s'en était « pris à la
    sous-préfecture »"; not a sentence quoted whole nor words after a colon, unless an article
    makes a noun of its few words ("des « Tu joues ou pas ? »"). ``sentence_at`` gives the
    sentence at an offset."""
    for q in quotes:
        if q.depth or not q.is_speech:
            continue
        s = sentence_at(q.span.start)
        # A letter of its sentence a few characters before the quotation (a longer stretch with
        # none still holds words: numbers, a dash), read in a bounded window.
        if s is None or (q.span.start - s.span.start <= _OPENING_READ and
                         not _LETTER.search(prose, s.span.start, q.span.start)):
            continue  # the quotation opens its sentence
        after_an_article = _after_an_article(prose, q.span.start)  # searched once, read twice
        if after_an_article and _at_most_words(prose, q.inner, NAMED_WORDS_MAX):
            q.fragment = True  # "des « Tu joues ou pas ? »": a few words an article makes a noun, a name
            continue
        if _SENTENCE_OF_ITS_OWN.search(prose, q.inner.start, q.inner.end) or \
                _COLON_BEFORE.search(prose, window_start(q.span.start, 4, s.span.start), q.span.start):
            continue  # a sentence quoted whole, or announced by a colon: someone's statement
        # A noun phrase the sentence borrows after its article ("organise une « marche solidaire
        # aux gilets jaunes des territoires »") is one, however long, unless someone says "je" in it.
        q.fragment = _at_most_words(prose, q.inner, FRAGMENT_MAX_WORDS) or \
            (after_an_article and not _FIRST_PERSON.search(prose, q.inner.start, q.inner.end))


def _at_most_words(prose: str, span: Span, most: int) -> bool:
    """Whether ``span`` holds at most ``most`` words (fewer than ``_WORDS_READ``): its first words
    are read (:func:`_first_words`), not all the words of a long quotation listed to be counted."""
    return len(_first_words(prose, span.start, span.end)) <= most


@lru_cache(maxsize=1)
def quote_words() -> dict[str, frozenset[str]]:
    """The word lists of ``grammars/lexicon/quotes.toml``: ``title_nouns``, the nouns that
    announce a title or a name in quotation marks, ``work_nouns``, those of works a title
    may follow a few words on, ``colon_documents``, the texts whose words a colon opens, and
    ``going_on``, the verbs of saying that go on with words already spoken."""
    return word_sets("lexicon/quotes.toml")


_FIRST_PERSON = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alternation('first_and_second_persons')})(?![\p{{L}}])",
    regex.I,
)
_WORDS = regex.compile(r"[\p{L}\p{M}\d]+(?:['’\-][\p{L}\p{M}]+)*")
_PREV_WORD = regex.compile(rf"([\p{{L}}\p{{M}}]+)[ \t\u00a0\u202f,:]*(?:(?:{_alternation('articles_and_de')})[ \t\u00a0\u202f]*)?$")
# Starts of runs of letters, found from the end.
_RUN_START = regex.compile(r"(?r)(?<![\p{L}\p{M}])[\p{L}\p{M}]")
# The end of a match of _PREV_WORD that starts on the second run from the end: the last run is
# its article, up to the end.
_ARTICLE_TO_END = regex.compile(rf"(?:{_alternation('articles_and_de')})[ \t\u00a0\u202f]*$")


# What _PREV_WORD reads between its word and its article, and after them (its spaces are
# among these), and the last characters of its articles (a letter or an apostrophe).
_AFTER_THE_WORD = " \t\u00a0\u202f,:"
_ARTICLE_ENDS = frozenset(article[-1] for article in word_sets("lexicon/function_words.toml")["articles_and_de"])
_ARTICLE_ENDS |= {"’"}  # "['’]" in the pattern stands for each "'"
# The articles written in letters only: a word of letters _ARTICLE_TO_END matches from its
# first letter is one of them (the pattern is case-sensitive, and a letter after it stops it).
_LETTER_ARTICLES = frozenset(article for article in word_sets("lexicon/function_words.toml")["articles_and_de"]
                             if article.isalpha())


def _prev_word(prose: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the word of ``_PREV_WORD.search(prose, lo, hi)`` stands (its first group), None
    when it does not match; tried at two places only, and for most quotations not at all.

    A match holds at most two runs of letters (a word, then an article), so
    it starts in the second run from the end at the earliest. It can start
    only on a letter, and inside a run it matches if and only if it matches
    from the run's first letter (its first group reads to the same end of
    the run): the leftmost match starts at the second run's first letter, or
    at the last run's. One that starts at the second run reads the last as
    its article (no other part of the pattern reads letters): most words
    before a quotation are no article, and that match is not tried for them.
    """
    # Read first with str methods (a regex search costs far more for each character it reads):
    # a match ends at ``hi``, or before a line break that ends the window (where "$" matches
    # too), on its article or its word and then spaces, commas or colons only.
    window = prose[lo:hi]
    before = (window[:-1] if window.endswith("\n") else window).rstrip(_AFTER_THE_WORD)
    if not before:
        return None
    last_character = before[-1]
    if last_character.isascii() and not last_character.isalpha() and last_character not in _ARTICLE_ENDS:
        return None  # "fin. « …", "\n\n« …", "en 2019 « …": no word nor article ends there
    # Most quotations follow a word of letters only after a space (no space is a letter or a
    # mark: the run starts after it); when it is no article, the match is tried there only.
    if last_character.isalpha():
        last_word = before.rsplit(None, 1)
        if len(last_word) == 2 and last_word[1].isalpha():
            start = lo + len(before) - len(last_word[1])
            if last_word[1] not in _LETTER_ARTICLES or _ARTICLE_TO_END.match(prose, start, hi) is None:
                # The match from there is that word to the end (every letter str.isalpha knows is
                # one "\p{L}" knows; no article follows it): it is not made.
                return start, start + len(last_word[1])
            # An article, the last run: the run before it is searched for alone, and the article
            # is not matched again.
            second = _RUN_START.search(prose, lo, start)
            if second is None:
                return _word_of(_PREV_WORD.search(prose, lo, hi))
            return _word_of(_PREV_WORD.match(prose, second.start(), hi) or _PREV_WORD.match(prose, start, hi))
    starts = _RUN_START.finditer(prose, lo, hi)
    last = next(starts, None)
    second = next(starts, None)
    if last is None or second is None:
        return _word_of(_PREV_WORD.search(prose, lo, hi))
    if _ARTICLE_TO_END.match(prose, last.start(), hi) is None:
        return _word_of(_PREV_WORD.match(prose, last.start(), hi))
    return _word_of(_PREV_WORD.match(prose, second.start(), hi) or _PREV_WORD.match(prose, last.start(), hi))


def _word_of(match) -> tuple[int, int] | None:
    """Where the first group of a match of ``_PREV_WORD`` stands, None for no match."""
    return None if match is None else match.span(1)


# Read from the end, "(?r)": one attempt where a match must end, not one per character of the
# window; the first group, a whole run of letters, is the same either way.
_ABOUT_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}]+)[\s\u00a0\u202f]+sur[\s\u00a0\u202f]*$", regex.I)
_RELATED_LINK = regex.compile(
    r"(?:(?:lire|voir|écouter|regarder)(?:\s+(?:aussi|également|plus))?|[àa]\s+(?:ne\s+pas\s+manquer|lire|voir)(?:\s+(?:aussi|également))?"
    r"(?:\s+sur\s+[\p{L}\s]{2,30})?)\s*:\s*$", regex.I)
# The words of judicial proceedings, read by both searches for a legal qualification below.
_PROCEEDING_WORDS = (
    r"arrêté|inculpé|poursuivi|condamné|mis\s+en\s+examen|mise\s+en\s+examen|accusé|jugé|soupçonné|détenu|"
    r"interpellé|écroué|visé|renvoyé|comparaît|comparaissent|enquête|plainte")
# Read from the end, as _ABOUT_BEFORE: only whether it matches is read.
_CHARGED_FOR = regex.compile(
    rf"(?r)(?:{_PROCEEDING_WORDS})e?s?[\s\u00a0\u202f]+"
    rf"(?:[\p{{L}}\p{{M}}]+[\s\u00a0\u202f]+){{0,2}}?(?:pour|{_alternation('de_and_contractions')})[\s\u00a0\u202f]*$", regex.I)
_CHARGED_FOR_ENDS = tuple(sorted(with_curly_apostrophes(quote_words()["charged_for_ends"])))
# The proceedings that only the search further back in the sentence reads.
_MORE_PROCEEDING_WORDS = r"déféré|information\s+judiciaire|garde\s+à\s+vue"


def _words_held(alternation: str) -> tuple[str, ...]:
    """A word each alternative of ``alternation`` holds whole (its longest), in lower case: a match
    holds it, and the text folded (:func:`fold_case`) too, where it matched."""
    return tuple(max(alternative.split(r"\s+"), key=len) for alternative in alternation.split("|"))


# Most windows before a quotation name no proceedings: neither search for a legal
# qualification is made in them.
_PROCEEDING_HELD = _words_held(_PROCEEDING_WORDS)
_ANY_PROCEEDING_HELD = _PROCEEDING_HELD + _words_held(_MORE_PROCEEDING_WORDS)
assert all(word.isalpha() for word in _ANY_PROCEEDING_HELD)  # plain words, no pattern syntax


# An article or a determiner right before a quotation, after a word of its sentence: the
# quotation is a noun phrase of the journalist's sentence ("la « taxe sur les farines »"),
# not words someone speaks. One opening the sentence ("Le « risque d'orages justifie… »")
# may begin the quoted sentence itself.
_ARTICLE_BEFORE = regex.compile(
    rf"[\p{{L}},][ \u00a0\u202f]+(?:{_alternation('articles')})[ \u00a0\u202f]*$", regex.I)


def _after_an_article(prose: str, at: int) -> bool:
    return _ARTICLE_BEFORE.search(prose, window_start(at, 8), at) is not None


# How far before a quotation the noun of the work it names may stand, in its clause.
_TITLE_NOUN_REACH = 60
# Searched from the end: the last break before the quotation, found in one search.
_CLAUSE_BREAK = regex.compile(r"(?r)[.!?;:«»“”\"\n]")


def _title_noun_in_clause(prose: str, at: int, works: frozenset[str]) -> bool:
    """Whether a noun for a work stands a few words before ``at``, in the same clause
    ("Sous un titre ravageur, « … »", "le documentaire diffusé sur France 5 « … »")."""
    # The clause opens after a mark, no letter: each of its runs of letters is one of the whole
    # window too. A window with no such noun (nearly all) is not cut at its clause, and its runs
    # are read once, which costs less than looking for each noun in it.
    lo = window_start(at, _TITLE_NOUN_REACH)
    if not _holds_a_title_noun(prose, lo, at, works):
        return False
    stop = _CLAUSE_BREAK.search(prose, lo, at)
    return stop is None or _holds_a_title_noun(prose, stop.end(), at, works)


def _named_work(prose: str, q: Quote, titles: frozenset[str], nxt: str | None, after_comma: str | None,
                window: str, before: str) -> bool:
    """"une chanson de Céline Dion, « … »", "« … » (1977)", "« … », poème de Louis Aragon":
    the quotation is the title of a work its author, its year or its kind names; "« … », c'est
    son nom" and "l'adage selon lequel « … »": the sentence says it is a name or a saying.
    ``nxt``: the first character after the quotation that is no space (:func:`next_character`),
    ``after_comma`` the same after the comma that is ``nxt`` ("" when ``nxt`` is none);
    ``window``: the 60 characters before it, and ``before`` the same folded (:func:`fold_case`)."""
    at = q.span.start
    if _ends_with_a_name(window):
        wide = window_start(at, 60)
        titled = _holds_a_title_noun(prose, wide, at, titles)
        if titled and _names_a_title(_AUTHOR_BEFORE.search(prose, wide, at), titles):
            return True
        lo = window_start(at, 50)
        # Where the wider window holds no title noun, the narrower one holds one only in the run of
        # letters it cuts at its start: its other runs are runs of the wider one.
        titled = _holds_a_title_noun(prose, lo, at, titles) if titled else \
            lo > wide and _cut_run_is_a_title_noun(prose, lo, at, titles)
        if titled and _names_a_title(_NAME_BEFORE.search(prose, lo, at), titles):
            return True  # "sur la page Facebook « … »": a title noun, the name of its owner, the title
    # The patterns that need a bracket or a comma after the quotation's spaces are not tried
    # after any other character.
    # Nor the reference to a book after a lower-case letter (it goes on with a comma or a
    # capital), nor the verb saying what the quotation is after any letter but the first
    # of "est", "était", "sera" or "fut" (in any case). After a full stop, the noun after the
    # quotation is looked for only when that stop opens an ellipsis, "...".
    # The reference to a book needs a capital after the spaces and perhaps a comma, "c'est son
    # nom" a "c" after the comma: the character after a comma is read for both.
    if (nxt in (None, "(") and _YEAR_AFTER.match(prose, q.span.end)) or \
            ((nxt is None or nxt.isupper() or (nxt == "," and (after_comma is None or after_comma.isupper()))) and
             _PUBLISHED_AFTER.match(prose, q.span.end)):
        return True
    # A title noun after the quotation follows a comma or an ellipsis, or more spaces than are read;
    # a saying's noun is followed by "selon" or "veut", which the folded window then holds.
    return (nxt in _OPENS_A_NOUN_AFTER and _noun_after_may_be_a_title(prose, q.span.end, nxt, titles) and
            _names_a_title(_NOUN_AFTER.match(prose, q.span.end), titles)) or \
        ((nxt is None or nxt.casefold()[:1] in ("e", "s", "f")) and
         _names_a_title(_IS_A_WORK_AFTER.match(prose, q.span.end), titles)) or \
        ((nxt is None or after_comma in (None, "c", "C")) and _NAME_SAID_AFTER.match(prose, q.span.end) is not None) or \
        (("selon" in before or "veut" in before) and _saying_named_before(prose, at, titles, before))


# The characters after a quotation (:func:`next_character`) that ``_noun_after_may_be_a_title`` reads
# further: any other rules out a title noun after it.
_OPENS_A_NOUN_AFTER = (None, ",", "…", ".")
# How far after the comma or the ellipsis that follows a quotation its first words are read.
_NOUN_AFTER_READ = 80


def _noun_after_may_be_a_title(prose: str, end: int, nxt: str | None, titles: frozenset[str]) -> bool:
    """Whether ``_NOUN_AFTER`` may match after a quotation that ends at ``end`` on a title noun: the
    comma or the ellipsis it opens with is ``nxt`` (:func:`next_character`), and its noun is one of
    the three words after it (a determiner and an adjective at most before it, "l'" perhaps glued
    on). Those words are read with str methods: most quotations are followed by no title noun, and
    the pattern is not matched after them."""
    if nxt is None:
        return True  # more spaces than are read: the pattern decides
    if nxt == "," or nxt == "…":
        after = prose.find(nxt, end) + 1
    elif nxt == "." and prose.startswith("...", prose.find(".", end)):
        after = prose.find(".", end) + 3
    else:
        return False
    # Each space of the pattern is one to str.split: its noun is a word of its own but for the
    # elided article, and the word before it ends before it.
    words = prose[after:after + _NOUN_AFTER_READ].split(None, 3)
    if len(words) < 4 and after + _NOUN_AFTER_READ < len(prose):
        return True  # the window may cut the third word: the pattern decides
    for word in words[:3]:
        if word[:2].lower() in ("l'", "l’"):
            word = word[2:]
        if word.lower().rstrip("sx") in titles:
            return True
    return False


def _saying_named_before(prose: str, at: int, titles: frozenset[str], before: str) -> bool:
    """"L'adage selon lequel « … »": a title noun, then "selon lequel" or "qui veut que".
    ``before``: the text before ``at`` folded (:func:`fold_case`), its last 30 characters at least."""
    # Most quotations follow neither word: the pattern is not searched for them. The folded window
    # holds them wherever the lowered one does, and more ("ſ" folds to "s"): the lowered one is
    # read only after it, and decides.
    folded = before[-30:]
    if "selon" not in folded and "veut" not in folded:
        return False
    lowered = prose[window_start(at, 30):at].lower()  # the pattern ignores case
    if "selon" not in lowered and "veut" not in lowered:
        return False
    return _names_a_title(_SAYING_BEFORE.search(prose, window_start(at, 40), at), titles)


_UPPER = regex.compile(r"\p{Lu}")
# A character a name of ``_AUTHOR_BEFORE`` or ``_NAME_BEFORE`` may end on.
_NAME_END = regex.compile(r"[\p{L}\p{M}'’\-]")


def _ends_with_a_name(window: str) -> bool:
    """Whether the last word of ``window``, the 60 characters before a quotation, (and perhaps a
    comma) holds a capital, as the name that ends a match of ``_AUTHOR_BEFORE`` or ``_NAME_BEFORE``
    must: most quotations follow no name, and those searches, tried at each letter of their
    window, are not made for them.

    The spaces of the patterns are all spaces to ``str.split``, so the last word
    here holds the name a match ends with."""
    before = window.rstrip()
    if before.endswith(","):
        before = before[:-1].rstrip()
    # The name ends the window there, on one of its characters: not after a full stop ("… du
    # quotidien Le Monde. « … »"), where the searches would read the whole window for nothing.
    last = before[-1:]
    if not last.isalpha() and not (last in "'-" if last.isascii() else _NAME_END.match(last)):
        return False
    words = before.rsplit(None, 1)
    # A word in lower case holds no capital: the pattern is not searched in it.
    return bool(words) and not words[-1].islower() and _UPPER.search(words[-1]) is not None


_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")
# Each Latin-1 character in lower case if it is a letter, as a space if not: no Latin-1 character is
# a mark, its letters are those str.isalpha knows, and each has a Latin-1 lower case.
_LATIN1_LETTERS_LOWERED = bytes(ord(c.lower()) if c.isalpha() else 0x20 for c in map(chr, range(256)))


def _letter_runs_lowered(prose: str, lo: int, hi: int) -> list[str]:
    """The runs of letters of ``prose[lo:hi]`` (``_LETTER_RUN``), in lower case: in a window of
    Latin-1 characters and apostrophes, found by one translation in C, which costs a fraction of
    the pattern's search."""
    window = prose[lo:hi].replace("’", " ")
    try:
        return window.encode("latin-1").translate(_LATIN1_LETTERS_LOWERED).decode("latin-1").split()
    except UnicodeEncodeError:  # a character beyond Latin-1 ("œ", "—")
        return [run.lower() for run in _LETTER_RUN.findall(window)]


def _holds_a_title_noun(prose: str, lo: int, hi: int, titles: frozenset[str]) -> bool:
    """Whether a run of letters of ``prose[lo:hi]`` is a title noun, as the word that
    opens a match of ``_AUTHOR_BEFORE`` or ``_NAME_BEFORE`` searched there must be for
    the quotation to be a work's title.

    That word is a whole run of the window: a space follows it, and the leftmost
    match would start one letter earlier if a letter preceded it. Each run is read in C (no
    generator), up to the first title noun."""
    return not titles.isdisjoint(map(str.rstrip, _letter_runs_lowered(prose, lo, hi), repeat("sx")))


def _cut_run_is_a_title_noun(prose: str, lo: int, hi: int, titles: frozenset[str]) -> bool:
    """Whether a run of letters goes on over ``lo`` and its letters from ``lo`` on, read in
    ``prose[lo:hi]`` as :func:`_holds_a_title_noun` reads them, are a title noun."""
    across = _LETTER_RUN.match(prose, lo - 1, hi)
    return across is not None and across.end() > lo and prose[lo:across.end()].lower().rstrip("sx") in titles


def _names_a_title(match, titles: frozenset[str]) -> bool:
    """Whether the word ``match`` caught (its first group), in the singular, is a title noun."""
    return match is not None and match.group(1).lower().rstrip("sx") in titles


# "Une enquête a été ouverte pour des faits de « … »", "déféré devant la justice pour « … »",
# "mis en examen par un juge d'instruction pour « … »": the proceedings are named further
# back in the sentence than ``_CHARGED_FOR`` reads, and the quotation follows "pour" or
# "du chef de", with "(des) faits (présumés) de" perhaps.
_CHARGE_TAIL = regex.compile(
    r"(?:(?<![\p{L}])pour|du[\s\u00a0\u202f]+chef|des[\s\u00a0\u202f]+chefs)"
    r"(?:[\s\u00a0\u202f]+(?:(?:des|de)[\s\u00a0\u202f]+)?faits(?:[\s\u00a0\u202f]+présumés)?)?"
    rf"(?:[\s\u00a0\u202f]+(?:{_alternation('de')}))?[\s\u00a0\u202f]*$", regex.I)
# The words a match of _CHARGE_TAIL ends on, before its spaces.
_CHARGE_TAIL_ENDS = ("pour", "chef", "chefs", "faits", "présumés", "de", "d'", "d’")
_PROCEEDINGS = regex.compile(
    rf"(?<![\p{{L}}])(?:{_PROCEEDING_WORDS}|{_MORE_PROCEEDING_WORDS})e?s?(?![\p{{L}}])",
    regex.I)
_INFINITIVE = regex.compile(r"\p{Ll}[\p{L}\p{M}]*(?:er|ir)")
# How far back in its sentence the proceedings may be named.
_PROCEEDINGS_REACH = 120


def _charged_further_back(prose: str, at: int, words: list[str], before: str) -> bool:
    """The legal qualification after "pour", with the proceedings named earlier in the sentence;
    not "pour « déterminer les causes »", a purpose, which a charge's noun never is. ``before``:
    the text before ``at`` folded (:func:`fold_case`), its last 40 characters at least."""
    if not before[-40:].rstrip().endswith(_CHARGE_TAIL_ENDS):
        return False  # most quotations follow none of its words: no pattern is tried for them
    window = window_start(at, _PROCEEDINGS_REACH)
    lo = window_start(at, 40, window)
    if not words or _INFINITIVE.fullmatch(words[0]):
        return False
    if not holds_one_of(fold_case(prose, window, at), _ANY_PROCEEDING_HELD):
        return False  # no proceedings named in the window: the tail is not searched
    tail = _CHARGE_TAIL.search(prose, lo, at)
    return tail is not None and _proceedings_named_before(prose, window, tail.start())


def _proceedings_named_before(prose: str, window: int, end: int) -> bool:
    """Whether the proceedings are named before ``end``, from ``window`` on, in the sentence ``end``
    stands in only: from the last full stop before it."""
    start = max(prose.rfind(mark, window, end) for mark in ".!?»\n") + 1
    return _PROCEEDINGS.search(prose, max(window, start), end) is not None


# "pour des faits de violences", "pour outrage": the words of a charge, "pour" and perhaps "(des) faits
# (présumés) de" before the name of the offence.
_CHARGE_OPENING = regex.compile(
    r"[\s\u00a0\u202f]*pour(?:[\s\u00a0\u202f]+(?:(?:des|de)[\s\u00a0\u202f]+)?faits(?:[\s\u00a0\u202f]+présumés)?[\s\u00a0\u202f]+"
    rf"(?:{_alternation('de')}))?[\s\u00a0\u202f]*(?<offence>\p{{L}}+)", regex.I)


def _charge_quoted_whole(prose: str, q: Quote, words: list[str]) -> bool:
    """"condamné à six mois de prison « pour des faits de violences et d'outrage »": the quotation
    opens on "pour" and the name of an offence, the legal qualification quoted whole with its
    preposition, and the proceedings are named earlier in its sentence."""
    if not words or words[0].lower() != "pour":
        return False  # most quotations open on another word: no pattern is tried for them
    opening = _CHARGE_OPENING.match(prose, q.inner.start, q.inner.end)
    if opening is None or opening.group("offence").lower() not in subject_words().offences:
        return False
    return _proceedings_named_before(prose, window_start(q.span.start, _PROCEEDINGS_REACH), q.span.start)


def _charged_for(prose: str, at: int, before: str | None = None) -> bool:
    """``_CHARGED_FOR`` before ``at``, searched only when the words before end as it must;
    ``before``: the 60 characters before ``at`` folded (:func:`fold_case`), when the caller has them."""
    window = window_start(at, 60)
    if before is None:
        before = fold_case(prose, window, at)
    if not before.rstrip().endswith(_CHARGED_FOR_ENDS) or not holds_one_of(before, _PROCEEDING_HELD):
        return False
    return _CHARGED_FOR.search(prose, window, at) is not None


# Verbs that give the meaning or the translation of a word.
_GLOSS_BEFORE = regex.compile(
    r"(?:signifi(?:e|ent|ait|aient|ant)|veu(?:t|lent)\s+dire|voulait\s+dire|(?:se\s+)?tradui(?:t|sent|sait)"
    r"(?:[\s\u00a0\u202f]+[\p{L}]+){0,2}?[\s\u00a0\u202f]+par)(?:[\s\u00a0\u202f]+(?:littéralement|en\s+gros|à\s+peu\s+près|grosso\s+modo))?"
    r"[\s\u00a0\u202f,:]*$", regex.I)
# Each match of _GLOSS_BEFORE holds "signifi", "dire" or "tradui", in lower case: classify_quote
# looks for them in the folded window (with ``in``, in C) before searching the pattern.
# The widest window read before a quotation (that of _RELATED_LINK, _AUTHOR_BEFORE and _ends_with_a_name).
_BEFORE_READ = 60


# "une chanson de Céline Dion, « … »", "le titre de Justin Bieber « … »": a title noun and
# the name of the work's author just before the quotation.
_AUTHOR_BEFORE = regex.compile(
    rf"([\p{{L}}\p{{M}}]+)[\s\u00a0\u202f]+(?:{_alternation('de_before_a_name')})[\s\u00a0\u202f]*"
    r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+)?\p{Lu}[\p{L}\p{M}'’\-]*){0,3}[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$")
# "la page Facebook « … »", "l'émission Quotidien « … »": a title noun and a name just before.
_NAME_BEFORE = regex.compile(
    r"([\p{L}\p{M}]+)(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}\p{M}'’\-]*){1,2}[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$")
# "« … » (1977)": a work and the year it came out; "« … », poème de Louis Aragon": the
# title noun right after the closing mark.
_YEAR_AFTER = regex.compile(r"[\s\u00a0\u202f]*\((?:1[89]|20)\d\d\)")
# "« … », Paris, Éditions de l'Herne, 2007.": a reference to a book, its place, its publisher
# and its year, at the end of its sentence.
_PUBLISHED_AFTER = regex.compile(r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*\p{Lu}[\p{L}\p{M}\-]+,[^.;:!?«»“”\"\n]{1,100}?,"
                                 r"[\s\u00a0\u202f]*(?:1[89]|20)\d\d[\s\u00a0\u202f]*(?:[.)]|$)")
# "« … » est le premier single de…", "« … » était le titre de…": what the quotation is, said after it.
_IS_A_WORK_AFTER = regex.compile(r"[\s\u00a0\u202f]*(?:est|était|sera|fut)[\s\u00a0\u202f]+"
                                 # the determiner a whole word ("est une chanson" names "chanson", not "un" + "e")
                                 r"(?:l['’][\s\u00a0\u202f]*|(?:le|la|un|une|son|sa)[\s\u00a0\u202f]+)"
                                 r"(?:(?:premier|première|nouveau|nouvelle|dernier|dernière|"
                                 r"deuxième|second|seconde)[\s\u00a0\u202f]+)?([\p{L}\p{M}]+)(?![\p{L}])", regex.I)
# "« … », le célèbre slogan du jeu", "« … »… le fameux refrain de", "« … », du titre de la chanson":
# the title noun after the closing mark and a comma or an ellipsis, an adjective of renown perhaps.
_NOUN_AFTER = regex.compile(r"[\s\u00a0\u202f]*(?:,|\.\.\.|…)[\s\u00a0\u202f]*"
                            # the determiner a whole word ("…, label de" names "label", not "la" + "bel")
                            r"(?:l['’][\s\u00a0\u202f]*|(?:le|la|les|un|une|son|sa|ses|du)[\s\u00a0\u202f]+)?"
                            r"(?:(?:célèbre|célèbres|fameux|fameuse|fameuses)[\s\u00a0\u202f]+)?"
                            r"([\p{L}\p{M}]+)[\s\u00a0\u202f]+(?:(?:de|du|des)(?![\p{L}])|d['’])", regex.I)
# "La « … », c'est son nom, arbore…": the quotation is a name, the sentence says so right after it.
_NAME_SAID_AFTER = regex.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*c['’]est[\s\u00a0\u202f]+(?:son|le|leur)"
                                 r"[\s\u00a0\u202f]+(?:nom|titre|surnom)(?![\p{L}])", regex.I)
# "L'adage selon lequel « … »", "la devise qui veut que « … »": the words a saying or a title
# noun holds, given by the noun just before, not someone's words reported.
_SAYING_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[\s\u00a0\u202f]+(?:selon[\s\u00a0\u202f]+(?:lequel|laquelle|lesquels|lesquelles)"
                               r"|qui[\s\u00a0\u202f]+veut[\s\u00a0\u202f]+que)[\s\u00a0\u202f]*$", regex.I)

# The end of a bracket that holds only a quotation, and perhaps its language.
_GLOSS_CLOSE = regex.compile(r"[\s\u00a0\u202f]*(?:en[\s\u00a0\u202f]+\p{Ll}+[\s\u00a0\u202f]*)?\)")
# One run of characters with no space that holds a slash, an equals sign or an underscore
# (with the spaces inside the marks around it).
_CODE = regex.compile(r"[ \u00a0\u202f]*[^\s\u00a0\u202f]*[/=_][^\s\u00a0\u202f]*[ \u00a0\u202f]*")


def _holds_a_code_mark(prose: str, inner: Span) -> bool:
    """Whether ``inner`` holds a slash, an equals sign or an underscore, as ``_CODE`` needs."""
    # Looked for in a copy with "in", which reads no arguments as str.find does.
    text = prose[inner.start:inner.end]
    return "/" in text or "=" in text or "_" in text


_DASH_BEFORE = regex.compile(r"[-–—]\s*$")
_DASH_AFTER = regex.compile(r"\s+[-–—]|\s*[-–—](?!\p{L})")
_LISTED_BEFORE = regex.compile(r"[»”\"]\s*(?:,|et|ou)\s*$")
_LISTED_AFTER = regex.compile(r"\s*(?:,|et|ou)\s*[«“\"]")
_TITLE_PUNCT = re.compile(r"[,;:.!?…]")  # single characters: the standard module finds them in half the time
_Match = regex.Match
_match_start, _match_group = _Match.start, _Match.group
SPEECH_MIN_WORDS = 4
# Classifying needs a quotation's first words only: its count up to this.
_WORDS_READ = 7
# Those words in one match, as many as ``_WORDS.finditer`` finds first: what stands between
# two of them is what it skips, and each is its match from there.
_FIRST_WORDS = regex.compile(rf"(?:[^\p{{L}}\p{{M}}\d]*+({_WORDS.pattern})){{0,{_WORDS_READ}}}")
_first_words_of = _Match.captures
assert max(FRAGMENT_MAX_WORDS, NAMED_WORDS_MAX) < _WORDS_READ  # counted from the first words (_at_most_words)
# ``_WORDS`` where the text is Latin-1 but for its curly apostrophes: there "\p{L}" is its letters
# (those str.isalpha knows, the tests check them), "\d" the ASCII digits, and no character is a
# mark. The standard module finds them there for a fraction of what the captures of
# ``_FIRST_WORDS`` cost.
_LATIN1_LETTERS = "A-Za-zªµºÀ-ÖØ-öø-ÿ"
_LATIN1_WORDS = re.compile(rf"[{_LATIN1_LETTERS}0-9]+(?:['’\-][{_LATIN1_LETTERS}]+)*")
# How far a quotation is read for its first words that way: they end within it in nearly all.
_FIRST_WORDS_READ = 80


def _first_words(prose: str, start: int, end: int) -> list[str]:
    """The first words of ``prose[start:end]`` (at most ``_WORDS_READ``), those of ``_FIRST_WORDS``."""
    stop = start + _FIRST_WORDS_READ
    window = prose[start:stop if stop < end else end]
    try:
        window.replace("’", "'").encode("latin-1")
    except UnicodeEncodeError:  # a character beyond Latin-1 ("œ", "—"): the pattern reads it
        pass
    else:
        # No word holds a space: the window's words are those of its runs of characters between
        # spaces, read in turn up to one more than are needed. A run of letters only is one word
        # (its letters are those str.isalpha knows), taken without the pattern: most runs are.
        words: list[str] = []
        for run in window.split():
            if run.isalpha():
                words.append(run)
            else:
                words += _LATIN1_WORDS.findall(run)
            if len(words) > _WORDS_READ:
                return words[:_WORDS_READ]
        # A window that cuts the quotation tells its first words only if it holds one more: the
        # last of them ends before that one starts.
        if stop >= end:
            return words
    found = _FIRST_WORDS.match(prose, start, end)
    assert found is not None  # it matches no word at all too
    return _first_words_of(found, 1)


class BlockText:
    """Words, first-person words and punctuation of a block's quotations, found once.

    Nested quotations share their text: reading each one's words again
    would cost the square of the nesting depth; a quotation's words are
    looked up here by offset instead. ``spans`` are the parts of the block
    to read (the insides of its outermost quotations), all of it when None.
    Those do not overlap: the first words of one of them are read from the
    text on demand, and the words of all of them are listed only when a
    nested quotation asks for its own.
    """

    def __init__(self, prose: str, start: int, end: int, spans: list[Span] | None = None) -> None:
        self.prose = prose
        self.spans = spans if spans is not None else [Span(start, end)]
        # The parts read whole, each with whether a word of the first person starts in it, None until
        # asked: classifying asks only when its answer can decide, perhaps more than once.
        self.outer: dict[tuple[int, int], bool | None] = {(span.start, span.end): None for span in self.spans}
        self.word_starts: list[int] | None = None
        self.words: list[str] = []
        self._first_person: list[int] | None = None
        self._punctuation: list[int] | None = None

    def in_first_person(self, span: Span) -> bool:
        """Whether a word of the first or second person starts inside ``span``: searched up to the first
        in a part read whole (most hold none, those that do hold one early), listed in all the parts only
        for a nested quotation. The pattern cannot backtrack (a word list between letter tests): it runs
        without the regex time limit, whose clock would cost more than its matches."""
        whole = (span.start, span.end)
        if whole in self.outer:
            found = self.outer[whole]
            if found is None:
                found = self.outer[whole] = _FIRST_PERSON.search(self.prose, span.start, span.end) is not None
            return found
        if self._first_person is None:
            self._first_person = []
            for part in self.spans:
                self._first_person += map(_match_start, _FIRST_PERSON.finditer(self.prose, part.start, part.end))
        return self.any_in(self._first_person, span)

    @property
    def punctuation(self) -> list[int]:
        """The offsets of the marks, found when first asked: most quotations are told apart without them."""
        if self._punctuation is None:
            self._punctuation = []
            for span in self.spans:
                self._punctuation += map(re.Match.start, _TITLE_PUNCT.finditer(self.prose, span.start, span.end))
        return self._punctuation

    def first_words(self, span: Span) -> list[str]:
        """The first words inside ``span`` (at most ``_WORDS_READ``)."""
        if (span.start, span.end) in self.outer:
            return _first_words(self.prose, span.start, span.end)
        if self.word_starts is None:
            self.word_starts = []
            for outer in self.spans:
                words = list(_WORDS.finditer(self.prose, outer.start, outer.end))
                self.word_starts += map(_match_start, words)
                self.words += map(_match_group, words)
        lo = bisect_left(self.word_starts, span.start)
        hi = min(bisect_left(self.word_starts, span.end), lo + _WORDS_READ)
        return self.words[lo:hi]

    def last_char(self, span: Span) -> str:
        """The last character of ``span`` that is not a space."""
        i = span.end
        while i > span.start and self.prose[i - 1].isspace():
            i -= 1
        return self.prose[i - 1] if i > span.start else ""

    @staticmethod
    def any_in(offsets: list[int], span: Span) -> bool:
        i = bisect_left(offsets, span.start)
        return i < len(offsets) and offsets[i] < span.end


_TITLE_NOUNS = quote_words()["title_nouns"]
_WORK_NOUNS = quote_words()["work_nouns"]


# "en ces termes : « … »", "par ces quelques mots : « … »": a noun after a demonstrative, then a
# colon, announces the words that follow, someone's; "le mot « … »" names a term.
_ANNOUNCING_COLON = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alternation('demonstrative_determiners')})[\s\u00a0\u202f]+(?:\p{{L}}+[\s\u00a0\u202f]+)?\p{{L}}+[\s\u00a0\u202f]*:[\s\u00a0\u202f]*$",
    regex.I)


# "Le marin raconte l'opération : « La mer est grosse. Le canot chavire. »": after a colon, words
# of several sentences are those the lead announces, not a title of the noun before it.
_SENTENCE_INSIDE = regex.compile(r"[.!?…][\s\u00a0\u202f]+\p{Lu}")


def classify_quote(prose: str, q: Quote, *, in_title: bool, text: BlockText | None = None) -> str:
    """``speech`` (someone's words), ``title`` (a work or a name) or ``term``
    (the journalist's scare quotes or a single word).

    ``text`` is the :class:`BlockText` of the quotation's block (read from
    the quotation alone when not given).
    """
    text = text or BlockText(prose, q.inner.start, q.inner.end)
    words = text.first_words(q.inner)
    last = text.last_char(q.inner)
    # An address or code holds a slash, an equals sign or an underscore: found in C, the pattern
    # is tried only for the few quotations that hold one.
    if _holds_a_code_mark(prose, q.inner) and _CODE.fullmatch(prose, q.inner.start, q.inner.end):
        return "term"  # "//pms.example.fr/module/embed": an address or code left in the text, not words
    at = q.span.start
    # The widest window read before the quotation, sliced once: the narrower ones are its ends.
    window = prose[window_start(at, _BEFORE_READ):at]
    if window[-3:].rstrip(" \u00a0\u202f").endswith("(") and _GLOSS_CLOSE.match(prose, q.span.end):
        return "term"  # "Bake Bidea (« le chemin de la paix » en basque)": a name translated in brackets
    prev = _prev_word(prose, window_start(at, 40), at)
    prev_word = prose[prev[0]:prev[1]].lower() if prev else ""
    titles = _TITLE_NOUNS
    if prev and (prev_word in titles or prev_word.rstrip("sx") in titles) and \
            not _ANNOUNCING_COLON.search(prose, window_start(at, 40), at) and \
            not (":" in prose[prev[1]:at] and _SENTENCE_INSIDE.search(prose, q.inner.start, q.inner.end)):
        return "title"
    if prev_word == "dans" and words and (words[0][:1].isupper() or words[0][:1].isdigit()):
        return "title"  # "dans « On n'est pas couché »": a work or a programme, by its title
    nxt = next_character(prose, q.span.end)  # read by the patterns after the quotation
    after_comma = next_character(prose, prose.find(",", q.span.end) + 1) if nxt == "," else ""
    # Most patterns below each need some word or mark in their window before
    # the quotation: looked for first in the window, folded once, most are
    # never searched.
    before = fold_case(window, 0, len(window))
    if _named_work(prose, q, titles, nxt, after_comma, window, before):
        return "title"
    if words and words[0][:1].isupper() and _title_noun_in_clause(prose, at, _WORK_NOUNS) and \
            not text.in_first_person(q.inner):
        return "title"  # "son livre accusateur sur la crise, « Y a-t-il une erreur… »": the work's title
    # Both patterns end on their word or mark and spaces (all spaces to str.rstrip), which the
    # folded window must end on, as do the legal qualifications below: its end, and that of its
    # last 40 characters, are stripped once.
    stripped = before.rstrip()
    stripped_near = before[-40:].rstrip()
    if stripped_near.endswith("sur") and _names_a_title(_ABOUT_BEFORE.search(prose, window_start(at, 40), at), titles):
        return "title"  # "une étude sur « … »": what a work is about, named by its title
    if stripped.endswith(":") and _RELATED_LINK.search(prose, window_start(at, 60), at):
        return "title"  # "Lire aussi : « … »": the headline of a related article
    dash_window = window[-4:]  # the pattern's dash must be in it: most windows hold none
    if ("-" in dash_window or "–" in dash_window or "—" in dash_window) and \
            _DASH_BEFORE.search(prose, window_start(at, 4), at) and _DASH_AFTER.match(prose, q.span.end):
        return "title"  # "- « … » -": a subheading run into the text
    # Each of these first reads the words the window ends on, or the quotation's first word: read
    # here, they are not called for most quotations.
    if (stripped.endswith(_CHARGED_FOR_ENDS) and _charged_for(prose, at, before)) or \
            (stripped_near.endswith(_CHARGE_TAIL_ENDS) and _charged_further_back(prose, at, words, before)) or \
            (words and words[0].lower() == "pour" and _charge_quoted_whole(prose, q, words)):
        return "term"  # "arrêté pour « propos séditieux »": the legal qualification
    if words and words[0].lower() in subject_words().offences and last not in ".!?…" and not text.in_first_person(q.inner):
        return "term"  # « association de malfaiteurs terroriste »: the name of an offence
    gloss_window = before[-50:]
    if ("signifi" in gloss_window or "dire" in gloss_window or "tradui" in gloss_window) and \
            _GLOSS_BEFORE.search(prose, window_start(at, 50), at):
        return "term"  # "signifie littéralement « … »": the meaning of a word, not someone's words
    # _LISTED_BEFORE opens on a closing mark, which most windows lack, and ends on ",", "et" or
    # "ou" and spaces; _LISTED_AFTER needs ",", "et" or "ou" after the spaces, and after a comma
    # an opening mark after the spaces.
    marks_before = window[-8:]
    if (("»" in marks_before or "”" in marks_before or '"' in marks_before) and
            marks_before.rstrip().endswith((",", "et", "ou")) and
            _LISTED_BEFORE.search(prose, window_start(at, 8), at)) or \
            ((nxt in (None, "e", "o") or (nxt == "," and after_comma in (None, "«", "“", '"'))) and
             _LISTED_AFTER.match(prose, q.span.end)):
        if (not last or last not in ".!?…") and not text.in_first_person(q.inner):
            return "term"  # « tromperie », « escroquerie » et « homicide »: a list of terms
    sentence_like = bool(last) and last in ".!?…" and len(words) >= 2
    # Most quotations are too long for an epithet: read here, its length spares the call.
    if not sentence_like and len(words) <= EPITHET_MAX_WORDS and _nominal_epithet(prose, q, words) and \
            not text.in_first_person(q.inner):
        return "term"
    if len(words) >= SPEECH_MIN_WORDS or sentence_like or text.in_first_person(q.inner):
        if not sentence_like and (_looks_like_title(words) or _short_title(words, text, q.inner)) and \
                not text.in_first_person(q.inner):
            return "title"
        return "speech"
    if words and all(w[:1].isupper() for w in words if len(w) > 3):
        return "title"
    return "term"


# Common verb forms: a short capitalised quotation with one of them is speech
# ("Cette grève est un scandale"), without is a title ("Le trône de fer").
_COMMON_VERBS = quote_words()["common_verbs"]


# Words after which a quotation is a noun phrase of the sentence:
# « les “hommes bleus du désert” », « entré dans l'histoire comme “le dernier témoin” ».
_NOUN_PHRASE_OPENERS = with_curly_apostrophes(quote_words()["noun_phrase_openers"])
# Prepositions that open a phrase quoted inside the marks: une lettre « pour son courage ».
_PREPOSITIONS = with_curly_apostrophes(quote_words()["quoted_phrase_prepositions"])
# Read from the end (one attempt, not one per letter of the window): the
# longest run of letters before the spaces is what a forward search finds.
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}]+['’]?)[\s\u00a0\u202f]*$")
EPITHET_MAX_WORDS = 6


# No epithet of a few words runs longer: a longer quotation is never copied to be read.
_EPITHET_MAX_CHARS = 160
# Marks an epithet never holds (compiled once: the module-level search looks its pattern up on each call).
_CLAUSE_PUNCTUATION = regex.compile(r"[;:!?…]")


def _nominal_epithet(prose: str, q: Quote, words: list[str]) -> bool:
    """A short noun phrase in quotation marks after an article, or a short
    phrase opened by a preposition inside the marks: an epithet or a term
    (« la “guerre contre la faim” », « une lettre “pour son courage” »), not
    a speaker's sentence."""
    # Its length first: most quotations are too long, and the word before them is not looked for.
    if not words or len(words) > EPITHET_MAX_WORDS or q.inner.end - q.inner.start > _EPITHET_MAX_CHARS:
        return False
    # Then whether it opens in lower case, read in the text: the word before is searched only for those that do.
    inner = prose[q.inner.start:q.inner.end].strip()
    if not inner[:1].islower():
        return False
    opens_phrase = words[0].lower() in _PREPOSITIONS
    if not opens_phrase:
        before = _WORD_BEFORE.search(prose, window_start(q.span.start, 20), q.span.start)
        if before is None or before.group(1).lower() not in _NOUN_PHRASE_OPENERS:
            return False
    if _CLAUSE_PUNCTUATION.search(inner):
        return False
    return not any(w.lower().replace("’", "'") in _COMMON_VERBS for w in words)


def _looks_like_title(words: list[str]) -> bool:
    if len(words) > 6:
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and all(w[:1].isupper() for w in content)


def _short_title(words: list[str], text: BlockText, inner: Span) -> bool:
    """"Questions pour un champion", "Le trône de fer": a title, capitalised
    on its first word only, with no verb, no comma and no final mark."""
    # The block's marks are looked for last: most quotations are too long.
    if not words or not words[0][:1].isupper() or len(words) > 5 or text.any_in(text.punctuation, inner):
        return False
    return not any(w.lower().replace("’", "'") in _COMMON_VERBS for w in words)
