"""The data every stage shares: documents, their analysis, and diagnostics.

Offsets are 0-based character offsets into the decoded source text (the
file as read, CRLF and accents untouched); ``end`` is exclusive.
"""
from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Callable, Iterable, Sequence, TypeVar

_T = TypeVar("_T")

# Characters of a document whose tokens the analysis may keep (for the map of sources, or for
# the rules once one of them has read a document's tokens); a longer one's are let go block by
# block, and made again block by block when asked for.
KEEP_TOKENS_MAX = 1_000_000


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= Severity.WARNING`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected info, warning or error)") from None

    def __str__(self) -> str:
        return self.name.lower()


class BlockKind(str, enum.Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    PHOTO_CREDIT = "photo-credit"
    IMAGE = "image"
    CREDIT_LINE = "credit-line"
    BYLINE = "byline"
    LIST_ITEM = "list-item"
    QUOTE_BLOCK = "quote-block"
    DIALOGUE = "dialogue"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """Offsets ``start`` (included) to ``end`` (excluded) in the document's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Each slot is set through its descriptor: the ``__init__`` dataclasses writes for a frozen
        # class calls ``object.__setattr__`` for each, which makes a span cost half as much again
        # (an analysis makes tens of thousands).
        _set_start(self, start)
        _set_end(self, end)

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def covers(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


@dataclass(slots=True)
class Block:
    """A unit of layout: a line or paragraph of the article with its role.

    ``alt`` and ``title`` are set for images (their alt text and title,
    which may name a credit); ``credit`` is the credit text a reader found
    for an image (an explicit credit attribute) or a photo line (empty when
    there is none).
    """

    kind: BlockKind
    span: Span
    index: int = 0
    credit: str | None = None
    alt: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Comment:
    """A markup comment (Markdown/HTML), kept for inline suppressions."""

    span: Span
    text: str


@dataclass(slots=True)
class Document:
    """What a reader produces: the source and its blocks.

    ``prose`` has exactly the length of ``source``; everything that is not
    article prose (markup, front matter, code, comments, link targets) is
    blanked out with spaces so that offsets never need translating.
    """

    path: str
    source: str
    prose: str
    blocks: list[Block]
    front_matter: dict[str, Any] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    format: str = "text"
    encoding: str = "utf-8"
    # Where markup was decoded inside words (HTML entities, inline tags):
    # an ``attrlint.sourcemap.SourceMap``; None when prose and source align.
    source_map: Any = None

    def text(self, span: Span) -> str:
        return self.source[span.start:span.end]

    def source_span(self, span: Span) -> Span:
        """The characters of the source a span of the prose stands for."""
        return span if self.source_map is None else self.source_map.source_span(span)


@dataclass(slots=True)
class Token:
    """A word or mark of the prose with its lexical category.

    Offsets are kept as two integers (a document has hundreds of thousands
    of tokens); ``span`` makes the :class:`Span` when asked.
    """

    text: str
    start: int
    end: int
    category: str
    lower: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def make_tokens(texts: Iterable[str], starts: Sequence[int], ends: Sequence[int], categories: Sequence[str],
                lowers: Sequence[str]) -> list[Token]:
    """The tokens whose fields are the items of these columns, as ``list(map(Token, …))``
    makes them, for about four fifths of the cost: ``Token(…)`` calls ``__init__`` from C,
    which costs for each token as much as making it, where one loop sets every token's slots.
    ``texts`` may be an iterator (one for each start): no list of them need be made."""
    tokens = list(map(Token.__new__, repeat(Token, len(starts))))
    # The loop's targets are the token's slots: each column's item is stored straight into
    # its slot, with no local variable to go through.
    for token, token.text, token.start, token.end, token.category, token.lower in \
            zip(tokens, texts, starts, ends, categories, lowers):
        pass
    return tokens


@dataclass(slots=True)
class Cue:
    """An attribution cue: who stands behind a statement, and how.

    ``kind`` is one of: ``prepositional`` (selon X), ``speech`` (X a
    déclaré), ``inverted`` (…, a-t-il dit), ``participle`` (affirmant que),
    ``passive`` (cité par X), ``channel`` (dans un communiqué),
    ``continuation`` (toujours selon), ``headline`` (Speaker : « … »).
    ``source`` is the span naming the speaker or source, when one is named.
    """

    kind: str
    span: Span
    trigger: str
    source: Span | None = None
    source_text: str = ""
    agency: str | None = None
    addressee_agency: str | None = None
    vague: bool = False
    in_quote: bool = False
    block: int = 0
    # The part of its sentence the cue sources, when it sources only the clause it governs
    # ("…, le fabricant revendiquant 40 % des ventes"); None for the whole sentence.
    reach: Span | None = None


@dataclass(slots=True)
class Quote:
    """A pair of quotation marks and what lies between them."""

    span: Span
    inner: Span
    mark: str
    block: int
    depth: int = 0
    is_speech: bool = True
    role: str = "speech"
    attribution: Cue | None = None
    continues: bool = False
    # A few words woven into a sentence ("… décédé « des suites de ses blessures »"): a phrase
    # the journalist borrows more often than someone's statement (SPEC §2.1, precision first).
    fragment: bool = False

    @property
    def attributed(self) -> bool:
        return self.attribution is not None or self.continues


@dataclass(slots=True)
class UnbalancedMark:
    """A quotation mark that opens no closed quotation ("unclosed") or closes none ("stray")."""

    span: Span
    mark: str
    block: int
    kind: str  # "unclosed" or "stray"
    # An opening mark of a quotation that runs over paragraphs whose breaks
    # were lost (« A. « B. »): the convention, not an error.
    reopened: bool = False


@dataclass(slots=True)
class Claim:
    """Something in a sentence that needs a source, and the cue that gives it one."""

    span: Span
    block: int
    sentence: int = -1
    in_quote: bool = False
    attribution: Cue | None = None
    continues: bool = False

    @property
    def attributed(self) -> bool:
        return self.attribution is not None or self.continues


@dataclass(slots=True, kw_only=True)
class Figure(Claim):
    """A number (in digits or words) with its category, and whether it needs a source."""

    value_text: str = ""
    category: str = "number"
    needs_source: bool = False
    # What a figure its context describes (a rule's, a price…) counted before: the kind of
    # figure the sentence still gives a source's elaboration (SPEC §2.1 rule 6).
    described_kind: str = ""


@dataclass(slots=True)
class Conditional(Claim):
    """A verb in the reportive conditional ("auraient été tués")."""


@dataclass(slots=True)
class AgencyMention:
    """A wire or state agency named in the document."""

    span: Span
    agency: str
    requires_credit: bool
    block: int
    role: str  # "use", "credit", "photo", "mention"


@dataclass(slots=True)
class Photo:
    """A photo line or an image, with the credit it carries (empty when none)."""

    span: Span
    block: int
    credit: str
    credited: bool
    image: bool = False


@dataclass(slots=True)
class Sentence:
    """A sentence of a block, with the attribution cues it holds in order
    and the subject that may speak in it (SPEC §2.1 rule 4).

    ``cues`` is a list, or an empty tuple for the many sentences with none
    (one empty list per sentence is memory a long document feels).
    """

    span: Span
    block: int
    index: int
    cues: Sequence[Cue] = ()
    # Cues that source only the clause they govern (their ``reach``), not the sentence.
    clause_cues: Sequence[Cue] = ()
    attributed_by: Cue | None = None
    continues: bool = False
    # The subject of its main clause when it names someone or something that
    # can speak, and what it names: "pronoun", "name", "person" or "institution".
    subject: Span | None = None
    subject_kind: str = ""


@dataclass(slots=True)
class AnalysedDocument:
    """The single analysis of a document that every rule reads.

    ``tokens`` are made on first use: the analysis reads each block's tokens
    and lets them go, so that a long document never holds them all unless a
    rule asks for them. ``tokenizer`` makes them (the analysis sets it).
    """

    document: Document
    sentences: list[Sentence]
    cues: list[Cue]
    quotes: list[Quote]
    unbalanced: list[UnbalancedMark]
    figures: list[Figure]
    conditionals: list[Conditional]
    agencies: list[AgencyMention]
    credited_agencies: set[str]
    photos: list[Photo] = field(default_factory=list)
    lexicon: Any = None
    tokenizer: Any = field(default=None, repr=False, compare=False)
    _tokens: Sequence[Token] | None = field(default=None, repr=False, compare=False)
    # The starts of the sentences, made on the first ``sentence_at`` (and again should sentences be added).
    _sentence_starts: list[int] | None = field(default=None, repr=False, compare=False)
    # The starts of the quotations, made on the first ``quotes_starting_in`` (and again should quotations be added).
    _quote_starts: list[int] | None = field(default=None, repr=False, compare=False)
    # Searches of the whole text that the analysis asks for sentence after sentence, each made
    # once for the document, by key: a long document is not searched again for each sentence.
    lookups: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def tokens(self) -> Sequence[Token]:
        """The words and marks of every block, in order: a list, or for a long document a
        sequence that makes each block's tokens as they are read."""
        if self._tokens is None:
            self._tokens = self.tokenizer(self.document) if self.tokenizer is not None else []
        return self._tokens

    @property
    def has_tokens(self) -> bool:
        """Whether :attr:`tokens` are at hand, all of them in a list (kept by the analysis, or made already)."""
        return isinstance(self._tokens, list)

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def source(self) -> str:
        return self.document.source

    @property
    def prose(self) -> str:
        return self.document.prose

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    def text(self, span: Span) -> str:
        return self.document.source[span.start:span.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        sentences = self.sentences
        starts = self._sentence_starts
        if starts is None or len(starts) != len(sentences):
            starts = self._sentence_starts = [s.span.start for s in sentences]
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < sentences[i].span.end:
            return sentences[i]
        return None

    def looked_up(self, key: Any, search: Callable[..., _T], *args: Any) -> _T:
        """What ``search(*args)``, a search of the whole text, finds, searched once for the
        document under ``key`` (see :attr:`lookups`)."""
        lookups = self.lookups
        if key in lookups:
            return lookups[key]
        found = lookups[key] = search(*args)
        return found

    def quotes_starting_in(self, start: int, end: int) -> list[Quote]:
        """The quotations (nested ones too) that open in ``[start, end)``, in text order."""
        quotes = self.quotes
        starts = self._quote_starts
        if starts is None or len(starts) != len(quotes):
            starts = self._quote_starts = [q.span.start for q in quotes]
        return quotes[bisect_left(starts, start):bisect_left(starts, end)]

    def sentence_ending(self, span: Span, first: Sentence | None = None) -> Sentence | None:
        """The sentence of the last character of ``span`` (of its start when it is empty): the
        one a quotation of several sentences ends in. ``first``, the sentence ``span`` opens in
        when the caller has it, is that sentence with no search when the span ends in it (most do)."""
        if first is not None and span.end <= first.span.end:
            return first
        return self.sentence_at(span.end - 1 if span.end > span.start else span.start)


@dataclass(slots=True)
class Diagnostic:
    """One problem found: where, which rule, how severe, and what to say."""

    path: str
    code: str
    name: str
    message: str
    span: Span
    severity: Severity = Severity.WARNING
    plugin: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    excerpt: str = ""
    help: str = ""

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.span.start,
            "end": self.span.end,
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "excerpt": self.excerpt,
            "plugin": self.plugin,
        }
