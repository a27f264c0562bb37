"""The map of an article's sources: who it cites, and what each one backs.

Built from the analysis alone (:class:`attrlint.model.AnalysedDocument`):
each attribution cue names a source, or points at the subject of its
sentence ("Le ministère a déclaré que…"), or at a source named earlier
("il a ajouté"); the quotations, figures and statements in the reportive
conditional the analysis links to a cue are what that source backs; those
it links to none stand with no source. Agencies the article uses or
credits are sources too. What kind of source a phrase names, and how
plainly, is read from its tokens with the word lists of
``grammars/lexicon/source_kinds.toml``.

    >>> from attrlint.api import sources_of_text
    >>> article = sources_of_text("Titre\\n\\nSelon le ministère, 300 soldats ont été tués.\\n")
    >>> [(s.name, s.kind, s.naming, [f.text for f in s.figures]) for s in article.sources]
    [('le ministère', 'institution', 'named', ['300 soldats'])]

Offsets are those of the file's text, as in diagnostics (``start``
included, ``end`` excluded).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from .i18n import N_
from .word_lists import normalise, word_sets, written_phrase
from .model import AnalysedDocument, BlockKind, Claim, Cue, Quote, Sentence, Span, Token

# What a source is, and how plainly the article names it.
KINDS = ("person", "institution", "document", "agency", "anonymous", "vague", "unknown")
NAMINGS = ("named", "described", "anonymous", "vague")
# What a source does for the article: it is given as the source of
# something (attribution), the article uses its reporting (use), credits it
# (credit), or a photo's credit names it (photo).
ROLES = ("attribution", "use", "credit", "photo")
# What needs a source: a quotation, a figure, a statement in the reportive conditional.
CLAIM_KINDS = ("quotation", "figure", "statement")
# The words reports show for the values above (translated there; JSON keeps the values).
LABELS = {
    "person": N_("person"), "institution": N_("institution"), "document": N_("document"), "agency": N_("agency"),
    "anonymous": N_("anonymous"), "vague": N_("vague"), "unknown": N_("unknown"),
    "named": N_("named"), "described": N_("described"),
    "attribution": N_("attribution"), "use": N_("use"), "credit": N_("credit"), "photo": N_("photo"),
    "quotation": N_("quotation"), "figure": N_("figure"), "statement": N_("statement"),
}


def describe(source: "Source", gettext: Callable[[str], str] = N_) -> str:
    """"institution, named", "agency, named, credit": a source's kind, naming and other roles."""
    said = [gettext(LABELS[source.kind]), gettext(LABELS[source.naming])]
    said += [gettext(LABELS[role]) for role in source.roles if role != "attribution"]
    return ", ".join(said)

# Where figures and statements must carry their source (the rules' body blocks).
_BODY_BLOCKS = {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE_BLOCK}
_DEFINITE = {"le", "la", "l'", "les", "du", "au", "aux", "ce", "cet", "cette", "ces"}
_POSSESSIVE = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"}
_SKIP_BEFORE_HEAD = {"DET", "DE", "PREP_A"}
# Cues whose own words name the speaker only after an incise or an inversion:
# "a déclaré le ministre", but "a qualifié les soldats de héros" names an object.
_VERB_CUES = {"speech", "participle", "channel"}
# Words that may follow a subject's head and still describe it, and how many.
_NAME_WORDS = {"WORD", "CAP", "DE", "DET", "PREP_A", "AGENCY", "SOURCE_NOUN", "PAREN"}
_PHRASE_MORE = 6
# The categories of the words a noun phrase ends on, before an object pronoun and its verb.
_NOUN_CATEGORIES = {"WORD", "SOURCE_NOUN", "CAP", "CHANNEL", "AGENCY"}
# Prepositions that may stand inside a subject's description ("le parti au pouvoir en Corée").
_PLACE_WORDS = {"DANS", "SUR", "PAR", "POUR"}
# How many sentences back a pronoun may find the source it stands for.
_PRONOUN_REACH = 3
# A person's name set after a comma, after the title it holds ("le ministre de la Santé, Olivier
# Véran"): this many words in capitals, then a comma, a stop or a bracket, or the end of the text.
_APPOSED_NAME_WORDS = range(2, 5)
# Words that open a complement of a title: a name right after them is the complement's ("une
# syndicaliste face à Bruno Le Maire"), not the title's.
_COMPLEMENT_OPENERS = {"DE", "PREP_A", "DANS", "SUR", "PAR", "POUR", "LORS", "AUPRES"}
_AFTER_APPOSED_NAME = {"COMMA", "STOP", "PAREN"}
_SPACES_AND_COMMAS = " ,\n\t\u00a0\u202f"
_DETERMINERS = _DEFINITE | _POSSESSIVE | {"un", "une", "des"}
# How far around a capitalised first word its lower-case form is looked for (characters).
_COMMON_WORD_REACH = 20_000
_NAME_PARTICLES = {"de", "du", "des"}
# What opens a complement joined to another ("de gauche comme de droite"; "comme des symboles" is a
# comparison, "des" its article).
_COMPLEMENT_DE = {"de", "du", "d'", "d’"}
# Words that join the words of a name ("La République du Centre"), which hold no description.
_LINKING_WORDS = {"de", "du", "des", "la", "le", "les", "et", "en", "à", "au", "aux", "sur"}
# The words of a relative's antecedent or of a clause's subject, read back from its verb, how many
# at most, and the words it may open with.
_ANTECEDENT_CATEGORIES = {"CAP", "DET", "DE", "WORD", "NUM", "AGENCY", "SOURCE_NOUN", "SPEECH_NOUN", "DANS"}
_ANTECEDENT_WORDS = 12
_ANTECEDENT_OPENINGS = {"CAP", "DET", "NUM", "AGENCY"}
# Words that tell a finite verb: an auxiliary, a reflexive or negative particle, a verb of saying.
_FINITE_VERB_WORDS = {"AUX", "REFL", "NEG", "SPEECH_FIN", "SPEECH_FIN_PP", "ALLER"}
# A surname's particle in lower case glued to its capital: "al-Houwaiti", "el-Sissi", "d'Ornano".
_GLUED_PARTICLE = re.compile(r"[a-z]{1,3}[-'’][A-ZÀ-Ý]")
# A label before a colon that opens a sentence: a few words of a name or a noun phrase.
_LABEL_WORDS = 5
_LABEL_CATEGORIES = {"CAP", "WORD", "DE", "DET", "NUM", "SOURCE_NOUN"}
# How many words after a source's words may complete a known outlet's or body's name.
_COMPLETING_WORDS = 2
# How many words a description of a person holds at most, for a pronoun to stand for it.
_DESCRIPTION_WORDS = 8
# How many words before a plural participle of asking a number says it counts respondents.
_RESPONDENTS_REACH = 6
# The demonstratives that, before "qui", name one person the article already speaks of.
_ONE_PERSON_DEMONSTRATIVES = frozenset({"celui", "celle"})
# A token's lower-case form: sets are tested against a phrase's words without a loop in Python.
_lower = attrgetter("lower")
# A cue's (start, end): the order cues are read in.
_span_bounds = attrgetter("span.start", "span.end")


@dataclass(frozen=True)
class Excerpt:
    """A span of the file and its text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Backed:
    """A quotation, figure or statement a source backs, and the cue that gives it that source."""

    start: int
    end: int
    text: str
    cue: Excerpt | None = None

    def to_dict(self) -> dict[str, Any]:
        found = {"start": self.start, "end": self.end, "text": self.text}
        found["cue"] = self.cue.to_dict() if self.cue is not None else None
        return found


@dataclass
class Source:
    """One source of the article: a person, a body, a document or an agency.

    ``name`` is how the article names it (its fullest mention); ``mentions``
    where it names it; ``cues`` the attribution cues that give it as a
    source; ``agency`` the agency's usual name when it is one.
    """

    name: str
    kind: str
    naming: str
    mentions: list[Excerpt] = field(default_factory=list)
    cues: list[Excerpt] = field(default_factory=list)
    quotations: list[Backed] = field(default_factory=list)
    figures: list[Backed] = field(default_factory=list)
    statements: list[Backed] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    agency: str | None = None

    @property
    def spans(self) -> list[Excerpt]:
        """Every span that names it or attributes to it, in text order."""
        return sorted({*self.mentions, *self.cues}, key=lambda e: (e.start, e.end))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "naming": self.naming, "agency": self.agency,
            "roles": list(self.roles),
            "mentions": [e.to_dict() for e in self.mentions], "cues": [e.to_dict() for e in self.cues],
            "quotations": [b.to_dict() for b in self.quotations], "figures": [b.to_dict() for b in self.figures],
            "statements": [b.to_dict() for b in self.statements],
        }


@dataclass(frozen=True)
class Unsourced:
    """A quotation, figure or statement that needs a source and has none."""

    kind: str  # one of CLAIM_KINDS
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class ArticleSources:
    """The sources of one article, in the order it first names them, and what stands with no source."""

    path: str
    sources: list[Source] = field(default_factory=list)
    unsourced: list[Unsourced] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sources": [s.to_dict() for s in self.sources],
                "unsourced": [u.to_dict() for u in self.unsourced]}

    def to_json(self) -> str:
        """:meth:`to_dict` as compact JSON text: what a run's results carry (one object per
        file, however many sources it has)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ArticleSources":
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleSources":
        """The map :meth:`to_dict` gave (read back from the cache)."""
        def excerpt(e: dict[str, Any]) -> Excerpt:
            return Excerpt(e["start"], e["end"], e["text"])

        def backed(b: dict[str, Any]) -> Backed:
            return Backed(b["start"], b["end"], b["text"], excerpt(b["cue"]) if b.get("cue") else None)

        sources = [Source(s["name"], s["kind"], s["naming"], [excerpt(e) for e in s["mentions"]],
                          [excerpt(e) for e in s["cues"]], [backed(b) for b in s["quotations"]],
                          [backed(b) for b in s["figures"]], [backed(b) for b in s["statements"]],
                          list(s["roles"]), s.get("agency")) for s in data["sources"]]
        unsourced = [Unsourced(u["kind"], u["start"], u["end"], u["text"]) for u in data["unsourced"]]
        return cls(data["path"], sources, unsourced)


class SourceMaps(Mapping[str, ArticleSources]):
    """The maps of a run's files by path, kept as JSON text (:meth:`ArticleSources.to_json`)
    and read when asked for: a run over thousands of files holds a string for each."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = dict(texts)

    def __getitem__(self, path: str) -> ArticleSources:
        return ArticleSources.from_json(self._texts[path])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


@dataclass(frozen=True)
class _Words:
    indefinite: frozenset[str]
    documents: frozenset[str]
    vague: frozenset[str]
    empty_qualifiers: frozenset[str]
    anonymity: frozenset[str]
    impersonal: frozenset[str]
    institutions: frozenset[str]
    pronouns: frozenset[str]
    pointing_back: frozenset[str]
    speakers_of_quotes: frozenset[str]
    not_sources: frozenset[str]
    relatives: frozenset[str]
    subject_relatives: frozenset[str]
    object_clitics: frozenset[str]
    ending_a_name: frozenset[str]
    never_last: frozenset[str]
    opening_an_object: frozenset[str]  # "le", "sa": a word in lower case right before them is a verb
    adverbs_after_a_verb: frozenset[str]  # "également": a word in lower case right before it is a verb
    object_pronouns_before_a_verb: frozenset[str]  # "le" of "la jeune femme le considère"
    comparatives: frozenset[str]  # "plus" of "la femme la plus âgée": an article, not a pronoun, before it
    before_an_article: frozenset[str]  # "contre", "entre": prepositions, no verbs, before an article
    tout: frozenset[str]  # "tous" of "tous les membres": no verb either
    infinitive_prepositions: frozenset[str]  # "à", "de": an infinitive after them, whose object is the phrase's
    asked: frozenset[str]
    outlets: frozenset[str]
    bodies: frozenset[str]
    body_nouns: frozenset[str]  # with the institutions: the nouns that say a lone name is a body's
    masculine: frozenset[str]  # first words of a masculine source or pronoun ("le", "il", "Jacques")
    first_names: frozenset[str]  # "eric", "anne": the first names of both lists
    feminine: frozenset[str]
    feminine_endings: frozenset[str]
    masculine_endings: frozenset[str]
    plural: frozenset[str]
    coordinating: frozenset[str]  # "et": joins the names of a subject of several
    demonstrative_pronouns: frozenset[str]  # "celui", "celle": "Celui qui…" names someone by its clause
    clause_openers: frozenset[str]  # "mais", "alors que", "si": a clause with its own subject opens
    opening_a_clause: frozenset[str]  # "Si", "Quand": a subject's words open after them
    opening_a_time: frozenset[str]  # "Après": words opening on them name no one
    opening_a_side: frozenset[str]  # "du côté de", "chez": the source is named after them
    before_the_head: frozenset[str]  # "récente" of "une récente étude": the head is the noun after it
    joining_complements: frozenset[str]  # "comme" of "de gauche comme de droite": no end of a name there
    clause_links: frozenset[str]  # "et", "mais": of those, the ones that open a clause as main as the one before
    name_titles: frozenset[str]  # "Dr", "Pr", "M.": "le Pr Perronne" is a person
    known_openers: frozenset[str]  # the first words of the outlets' and bodies' names ("canard", "journal")


@lru_cache(maxsize=1)
def _words() -> _Words:
    sets = word_sets("lexicon/source_kinds.toml")
    sets["outlets"] = frozenset(_outlet_key(name.split()) for name in sets["outlets"])
    sets["bodies"] = frozenset(_outlet_key(name.split()) for name in sets["bodies"])
    sets["body_nouns"] = sets["body_nouns"] | sets["institutions"]
    figures = word_sets("lexicon/figures.toml")
    sets["plural"] = sets["plural"] | figures["definite_plural"]
    sets["before_the_head"] = sets["before_the_head"] | figures["before_the_noun"]
    sets["first_names"] = sets["masculine_first_names"] | sets["feminine_first_names"]
    sets["masculine"] = sets["masculine"] | sets["masculine_first_names"]
    sets["feminine"] = sets["feminine"] | sets["feminine_first_names"]
    function_words = word_sets("lexicon/function_words.toml")
    sets["demonstrative_pronouns"] = function_words["demonstrative_pronouns"]
    sets["clause_openers"] = function_words["relatives_and_conjunctions"]
    sets["clause_links"] = function_words["clause_links"]
    sets["comparatives"] = function_words["comparatives"]
    sets["before_an_article"] = function_words["before_an_article"]
    sets["tout"] = function_words["tout"]
    sets["infinitive_prepositions"] = function_words["infinitive_prepositions"]
    # Those that may stand between a relative and its verb ("qui lui rappelle", "qui l'accuse").
    sets["object_clitics"] = function_words["object_pronouns"] | function_words["personal_object_pronouns"] | \
        function_words["familiar_object_pronouns"]
    sets["name_titles"] = frozenset(title.rstrip(".") for title in function_words["name_titles"])
    sets["known_openers"] = frozenset(key.split()[0] for key in sets["outlets"] | sets["bodies"] if key)
    return _Words(**{key: sets[key] for key in _Words.__dataclass_fields__})


def _outlet_key(words: list[str]) -> str:
    """An outlet's or a body's name as it is looked up: lower case, without its article, a hyphen as a space."""
    if words and words[0] in _DEFINITE:
        words = words[1:]
    elif words and words[0][:2] in ("l'", "l’"):
        words = [words[0][2:], *words[1:]]
    return " ".join(words).replace("-", " ").replace("’", "'")


@dataclass(slots=True)
class _Found:
    """Who a cue gives as the source: the words naming it and what they name."""

    span: Span | None
    name: str
    kind: str
    naming: str
    agency: str | None = None
    outlet: bool = False  # a news outlet: what reported the words, seldom who a pronoun stands for
    # Named in a clause the sentence subordinates (a relative's antecedent, "…, qui a dit"; the
    # subject after "que", "lorsque"): the sentence speaks of someone else, whom a pronoun after it
    # most often stands for.
    subordinate: bool = False


class _AnalysisReaders(NamedTuple):
    find_subject: Callable[..., Any]
    tokenize: Callable[..., Any]
    vocabulary_of: Callable[..., Any]
    written_alone: Callable[..., bool]
    written_within_a_sentence: Callable[..., bool]
    written_beside_a_body_noun: Callable[..., bool]
    particle_of_a_name: Callable[..., bool]


@lru_cache(maxsize=1)
def _analysis_readers() -> _AnalysisReaders:
    """The analysis's reading of subjects, its tokenizer and vocabulary, its searches of a word
    written on its own and within a sentence, its reading of names: imported when a map is
    first made, not with the module (maps read back from the cache need no analysis)."""
    from .analysis.speakers import written_alone, written_beside_a_body_noun, written_within_a_sentence
    from .analysis.subjects import find_subject, particle_of_a_name
    from .analysis.tokens import tokenize, vocabulary_of

    return _AnalysisReaders(find_subject, tokenize, vocabulary_of, written_alone, written_within_a_sentence,
                            written_beside_a_body_noun, particle_of_a_name)


class _Reader:
    """Reads who each cue names from the analysed tokens."""

    def __init__(self, ad: AnalysedDocument) -> None:
        readers = _analysis_readers()
        self.find_subject, self.tokenize = readers.find_subject, readers.tokenize
        self.written_alone = readers.written_alone
        self.written_within_a_sentence = readers.written_within_a_sentence
        self.written_beside_a_body_noun = readers.written_beside_a_body_noun
        self.particle_of_a_name = readers.particle_of_a_name
        vocabulary_of = readers.vocabulary_of
        self.ad = ad
        self.prose = ad.prose
        self.tokens: list[Token] = []
        self.starts: list[int] = []
        self.words = _words()
        self.agencies = ad.lexicon.agencies if ad.lexicon is not None else {}
        self.source_nouns = ad.lexicon.source_nouns if ad.lexicon is not None else set()
        # The analysis kept its tokens: every block's are read at once, and none is tokenised again.
        self.kept = ad.has_tokens
        self.vocabulary = vocabulary_of(ad.lexicon) if ad.lexicon is not None and not self.kept else None
        self.block_starts = [] if self.kept else [b.span.start for b in ad.blocks]
        self.focused = -1
        self.subjects: dict[int, tuple[Span, str] | None] = {}  # sentence index → what find_subject read there
        self.quotation_spans: list[tuple[int, int]] | None = None  # (start, end) of each, read when first asked
        # (start, end, subject kind) → what classify read there, in the tokens read now: the cues
        # of a sentence give its subject, or the same words, again and again.
        self.classified: dict[tuple[int, int, str], _Found | None] = {}
        # The span last looked up and its tokens' range: the words of a cue are looked up again
        # as the source they name, and as that source's name.
        self.last_span: Span | None = None
        self.last_range = (0, 0)

    def focus(self, offset: int) -> None:
        """Read the tokens of the block holding ``offset``: a sentence never leaves its
        block, and only the blocks with cues are tokenised again when the analysis let
        its tokens go."""
        if self.focused == -2:  # the kept tokens, read already
            return
        if self.kept:
            self.focused = -2
            tokens = self.ad.tokens
            assert isinstance(tokens, list)  # what has_tokens says of kept tokens
            self.tokens = tokens
            self.starts = [t.start for t in self.tokens]
            return
        blocks = self.ad.blocks
        position = bisect_right(self.block_starts, offset) - 1
        if position == self.focused:
            return
        self.focused = position
        self.classified.clear()
        self.last_span = None
        if position < 0 or self.vocabulary is None:
            self.tokens, self.starts = [], []
            return
        block = blocks[position]
        stop = block.span.end if position + 1 == len(blocks) else min(block.span.end, blocks[position + 1].span.start)
        self.tokens = self.tokenize(self.prose, self.ad.lexicon, block.span.start, stop, self.vocabulary)
        self.starts = [t.start for t in self.tokens]

    def range_of(self, span: Span) -> tuple[int, int]:
        if span is not self.last_span:
            self.last_span = span
            self.last_range = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return self.last_range

    def subject(self, cue: Cue, s: Sentence | None) -> tuple[Span, str] | None:
        """The subject of the cue's sentence ``s``, when it names someone and stands before
        the cue (anywhere in the sentence for "dans un communiqué, le ministère…")."""
        if s is None:
            return None
        found = self.subject_of(s)
        if found is None or (found[0].end > cue.span.start and cue.kind != "channel") or self.quoted(found[0].start):
            return None  # after the cue, or a word of the words quoted ("« Faux ! », rétorque…")
        return self.with_its_words(*found)

    def with_its_words(self, span: Span, kind: str) -> tuple[Span, str]:
        """A subject ``span`` of ``kind`` (as ``find_subject`` reads it) with the words that go on
        describing it up to its verb, and the names coordinated with a name."""
        if kind in ("name", "surname"):
            # A word in lower case right after a name is most often its verb ("Marine Le Pen vient
            # d'annoncer"); the name goes on over capitals, a complement ("le Loto du patrimoine"),
            # words in brackets ("Jean-Luc Mélenchon (LFI)"), a particle glued to a surname
            # ("al-Houwaiti") or to a body's known name ("Santé publique France").
            _, t1 = self.range_of(span)
            extended = self.longer(span)
            following = self.tokens[t1] if t1 < len(self.tokens) else None
            goes_on = extended.end == span.end or (following is not None and (
                following.category in ("CAP", "DE", "PAREN") or _GLUED_PARTICLE.match(following.text) is not None))
            return self.coordinated(extended if goes_on or self.named_alone(extended) else span), kind
        return self.longer(span), kind

    def clause_s_own_subject(self, words: Span) -> Span:
        """The subject that opens the clause ``words`` ("le DAL" of "le DAL manifeste devant…",
        "le boxeur" of "le boxeur français devra rendre…"): a name with the words that go on
        naming it, a description alone (no verb bounds the words that would go on describing it);
        ``words`` when no subject opens them."""
        t0, t1 = self.range_of(words)
        found = self.find_subject(self.tokens, t0, t1, self.source_nouns)
        if found is None or found[0].start != words.start:
            return words
        span = self.with_its_words(*found)[0] if found[1] in ("name", "surname") else found[0]
        return Span(words.start, min(span.end, words.end))

    def coordinated(self, span: Span) -> Span:
        """The name ``span`` and the names coordinated with it, when the subject is several people or
        bodies named one after the other: "Isabelle Attard, Elen Debost et Annie Lahmer ont déploré…",
        "Paris, Berlin et Londres ont réagi"; ``span`` alone otherwise."""
        _, t1 = self.range_of(span)
        tokens = self.tokens
        j, end = t1, None
        while j + 1 < len(tokens) and (tokens[j].category == "COMMA" or tokens[j].lower in self.words.coordinating):
            last = tokens[j].category != "COMMA"
            k = self.name_end(j + 1)
            if k == j + 1:
                break  # no name after the comma: an apposition, an aside
            j = k
            if last:
                end = k
                break
        return span if end is None else Span(span.start, tokens[end - 1].end)

    def name_end(self, start: int, most: int | None = None) -> int:
        """Where the name that opens at ``tokens[start]`` ends: past its capitals and its surname's
        particles ("Bruno Le Maire"), reading ``most`` tokens at most when given."""
        tokens = self.tokens
        end = start
        while end < len(tokens) and (most is None or end - start < most):
            if tokens[end].category == "CAP":
                end += 1
            elif end > start and self.particle_of_a_name(tokens, end, len(tokens)):
                end += 2  # "Le Maire" of "Bruno Le Maire"
            else:
                break
        return end

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` is inside a quotation."""
        if self.quotation_spans is None:
            self.quotation_spans = sorted((q.span.start, q.span.end) for q in self.ad.quotes if q.depth == 0)
        at = bisect_right(self.quotation_spans, (offset, len(self.prose))) - 1
        return at >= 0 and self.quotation_spans[at][0] < offset < self.quotation_spans[at][1]

    def subject_of(self, s: Sentence) -> tuple[Span, str] | None:
        """The subject of sentence ``s`` (read once for a sentence of several cues), with the
        tokens of its block in focus."""
        found = (s.subject, s.subject_kind) if s.subject is not None else None
        if found is None:
            if s.index in self.subjects:
                found = self.subjects[s.index]
            else:
                t0, t1 = self.range_of(s.span)
                found = self.subjects[s.index] = self.find_subject(self.tokens, t0, t1, self.source_nouns)
        if found is not None and self.prose[found[0].end - 1:found[0].end] in ("'", "’"):
            return None  # "C’est…": an elided word, no one's name
        if found is not None and found[0].start == s.span.start:
            colon = self.label_s_colon(s, found[0])
            if colon is not None:
                # "Foie gras : L214 dénonce…": the label names the topic; the clause, its subject
                return self.find_subject(self.tokens, colon + 1, self.range_of(s.span)[1], self.source_nouns)
        return found

    def label_s_colon(self, s: Sentence, subject: Span) -> int | None:
        """The colon's token when ``subject`` is a label that opens sentence ``s`` before a colon
        and a clause ("Foie gras : L214 dénonce…", "Violences conjugales : Édouard Philippe
        annonce…"); None otherwise (before a quotation, "Le maire : « … »", the label speaks)."""
        if self.prose.find(":", subject.end, s.span.end) < 0:
            return None  # most sentences hold no colon
        t0, t1 = self.range_of(s.span)
        tokens = self.tokens
        colon = next((k for k in range(t0 + 1, min(t1 - 1, t0 + 1 + _LABEL_WORDS)) if tokens[k].category == "COLON"),
                     None)
        if colon is None or tokens[colon + 1].category == "QUOTE" or tokens[colon].start < subject.end:
            return None
        label = tokens[t0:colon]
        if any(t.category not in _LABEL_CATEGORIES and t.text != "+" for t in label) or \
                any(label[k].category == "WORD" and label[k - 1].category == label[k + 1].category == "CAP"
                    for k in range(1, len(label) - 1)):
            return None  # "François Hollande tacle Emmanuel Macron : …": a verb between names, a clause
        return colon

    def longer(self, span: Span) -> Span:
        """The subject with the words that describe it up to its verb: "Le dirigeant"
        + "nord-coréen", "Le service" + "national de renseignement sud-coréen (NIS)"."""
        _, t1 = self.range_of(span)
        tokens = self.tokens
        end = t1
        while end < len(tokens) and end - t1 < _PHRASE_MORE and \
                (tokens[end].category in _NAME_WORDS or self.titled_name_goes_on(end)):
            end += 1  # past a title's full stop too: "le porte-parole de M." + "Rutte"
        if end > t1 and end < len(tokens) and tokens[end - 1].category == tokens[end].category == "CAP":
            end = self.name_end(end - 1)  # a name is read whole: "le président du Sénat Gérard" + "Larcher"
        if end > t1 and end < len(tokens) and tokens[end].lower in self.words.adverbs_after_a_verb and \
                tokens[end - 1].category == "WORD" and tokens[end - 1].text.islower():
            end -= 1  # "Le Conseil scientifique" + "préconise également": the verb before its adverb
        while end > t1 and tokens[end - 1].category in ("DE", "DET"):
            end -= 1
        if end < len(self.tokens) and self.tokens[end].category == "PAREN" and self.tokens[end].text == ")":
            end += 1
        return Span(span.start, self.tokens[end - 1].end) if end > t1 else span

    def past_a_title(self, span: Span) -> Span:
        """``span`` and the name after the abbreviated title it ends on: "le porte-parole de M" +
        ". Rutte"."""
        _, t1 = self.range_of(span)
        return Span(span.start, self.tokens[self.name_end(t1 + 1) - 1].end) if self.titled_name_goes_on(t1) else span

    def titled_name_goes_on(self, end: int) -> bool:
        """Whether ``tokens[end]`` is the full stop of an abbreviated title ("M.", "Dr.") that the
        token before it ends, with a name after it: the phrase goes on past it."""
        tokens = self.tokens
        return end + 1 < len(tokens) and tokens[end].text == "." and tokens[end + 1].category == "CAP" and \
            tokens[end - 1].lower in self.words.name_titles and tokens[end].start == tokens[end - 1].end

    def with_complement_and_name(self, span: Span) -> Span:
        """``span``, the words after an inverted verb, and the complement and full name that end
        its sentence after them, when the complement names a domain in capitals: "…, s'est
        interrogée la secrétaire d'État" + "à la Transition écologique Brune Poirson". Not the
        one the words were said to, nor an outlet ("…, a déclaré Paul Roux à France Bleu")."""
        _, t1 = self.range_of(span)
        tokens = self.tokens
        if t1 + 1 >= len(tokens) or not (tokens[t1].category in ("DE", "PREP_A") or (
                tokens[t1].lower in self.words.coordinating and tokens[t1 + 1].category == "DE")):
            return span  # "la secrétaire d'État" + "à…", "le ministre de l'Europe" + "et des Affaires…"
        end = t1
        while end < len(tokens) and end - t1 < _PHRASE_MORE + 4 and (
                tokens[end].category in _NAME_WORDS or tokens[end].lower in self.words.coordinating):
            end += 1
        if end < len(tokens) and tokens[end].category not in ("STOP", "COMMA"):
            return span  # words that do not end the sentence
        first = self.full_name_start(end, t1 + 1)
        if first is None:
            # No full name: the title goes on only over a second domain joined to its own ("le
            # ministre de l'Europe" + "et des Affaires étrangères").
            return Span(span.start, tokens[end - 1].end) if self.second_domain(span, t1) else span
        title = self.named(span)
        if title is None or title.naming != "described":
            return span  # "a rétorqué Emmanuel Macron aux Français": a name, then whom it spoke to
        domain = [t for t in tokens[t1 + 1:first] if t.category == "CAP"]
        if not domain or self.named_alone(Span(domain[0].start, tokens[end - 1].end)) or \
                self.named_alone(Span(domain[0].start, domain[-1].end)):
            return span
        return Span(span.start, tokens[end - 1].end)

    def second_domain(self, span: Span, t1: int) -> bool:
        """Whether ``tokens[t1]`` opens a second domain of the title ``span`` ends on a domain in
        capitals: "et" and a complement in capitals ("le ministre de l'Action" + "et des Comptes
        publics"), not other people ("le maire" + "et des élus du Nord")."""
        tokens = self.tokens
        t0 = self.range_of(span)[0]
        if not (t1 + 2 < len(tokens) and tokens[t1].lower in self.words.coordinating and
                tokens[t1 + 1].category == "DE" and tokens[t1 + 2].text[:1].isupper() and
                tokens[t1 - 1].text[:1].isupper() and any(t.category == "DE" for t in tokens[t0:t1 - 1])):
            return False
        title = self.named(span)
        return title is not None and title.naming == "described"

    def full_name_start(self, end: int, floor: int) -> int | None:
        """Where the first name opens of a first name and a surname ending at ``tokens[end - 1]``
        (the surname's particle between them too: "Jean-Yves Le Drian"), read back no further
        than ``floor``; None when the two are not there in capitals."""
        tokens = self.tokens
        first = end - 3 if end - 3 >= floor and self.particle_of_a_name(tokens, end - 2, end) else end - 2
        if first < floor or tokens[end - 1].category != "CAP" or tokens[first].category != "CAP":
            return None
        return first

    def speaker_after_the_listener(self, cue: Cue) -> _Found | None:
        """Whom a verb cue that ends on the outlet or body its words were said to has speak after
        it: the full name that ends the cue ("…, explique à LCI Ronan Kerdraon"), or the person or
        body a comma sets after the listener ("« … », a expliqué à l'AFP, le délégué CGT"), a noun
        phrase up to the next comma or the sentence's end; None otherwise."""
        t0, t1 = self.range_of(cue.span)
        tokens = self.tokens
        to = next((k for k in range(t1 - 1, t0, -1) if tokens[k].category in ("PREP_A", "AUPRES")), None)
        if to is None or to + 1 >= t1:
            return None
        name_start = self.full_name_start(t1, to + 2)  # after a listener of one word at least
        named_at_end = name_start is not None
        listener_end = name_start if name_start is not None else t1
        while named_at_end and listener_end - 1 > to + 1 and (tokens[listener_end - 1].lower in self.words.name_titles
                                                              or self.titled_name_goes_on(listener_end - 1)):
            listener_end -= 1  # "au tribunal" + "Me Pascal Ormen", "au Parisien" + "M. Paul Roux"
        listener = self.named(Span(tokens[to + 1].start, tokens[listener_end - 1].end))
        if listener is None or not (listener.outlet or listener.kind in ("agency", "institution", "document")):
            return None  # "avaient demandé à un expert, le Dr Paul Roux, de…": the listener's own name
        if named_at_end and tokens[listener_end - 1].category == "CAP" and (
                not (listener.outlet or listener.kind == "agency" or tokens[listener_end - 1].text.isupper()) or
                self.named_alone(Span(tokens[to + 1].start, tokens[listener_end].end))):
            return None  # "à France Bleu Normandie", "au quotidien New York Times": one name, the listener's
        if named_at_end:
            found = self.named(self.with_apposed_name(Span(tokens[listener_end].start, tokens[t1 - 1].end)))
            return found if found is not None and found.kind == "person" else None
        if t1 + 1 >= len(tokens) or tokens[t1].category != "COMMA" or tokens[t1 + 1].category not in ("DET", "CAP"):
            return None
        end = t1 + 1
        while end < len(tokens) and end - t1 <= _PHRASE_MORE + 4 and tokens[end].category in _NAME_WORDS:
            end += 1
        if end < len(tokens) and tokens[end].category not in ("COMMA", "STOP"):
            return None  # the phrase goes on into other words: no name set off there
        found = self.named(self.with_apposed_name(Span(tokens[t1 + 1].start, tokens[end - 1].end)))
        return found if found is not None and found.kind in ("person", "institution", "anonymous") else None

    def latter(self, pronoun: _Found, s: Sentence | None) -> _Found | None:
        """The person "ce dernier", "cette dernière" (``pronoun``) stands for: the last one named
        before it by a first name of its gender and a surname, in its sentence or the one before
        ("…, a affirmé Maxime Nicolle à Hugo Clément. Ce dernier a répondu…" is Hugo Clément);
        None when no one is so named there (a body, a name whose gender the lexicon does not
        know: the pronoun is read as any other)."""
        if pronoun.span is None or s is None or _plural(pronoun.name):
            return None
        floor = self.ad.sentences[s.index - 1].span.start if s.index > 0 else s.span.start
        lo, end = self.range_of(Span(floor, pronoun.span.start))
        tokens, gender = self.tokens, _gender(pronoun.name)
        for end in range(end, lo + 1, -1):
            first = self.full_name_start(end, lo)
            if first is None or self.quoted(tokens[end - 1].start) or _gender(tokens[first].text) != gender:
                continue
            found = self.named(Span(tokens[first].start, tokens[end - 1].end))
            if found is not None and found.kind == "person":
                return found
        return None

    def phrase_before(self, cue: Cue, s: Sentence | None) -> Span | None:
        """The words between the start of its clause (in its sentence ``s``) and a verb cue
        that no known subject heads ("Le parti au pouvoir en Corée du Nord a déclaré"): its
        subject, when they are few, open with a determiner or a name and hold no verb."""
        if s is None:
            return None
        floor, stop = self.range_of(Span(s.span.start, cue.span.start))
        start = stop
        while start > floor and self.tokens[start - 1].category not in ("COMMA", "COLON", "QUOTE", "DASH", "QUE"):
            start -= 1
        if start == stop and start > floor and self.tokens[start - 1].category == "COMMA":
            # "Un enquêteur, qui a requis l'anonymat, a affirmé": the subject before its apposition.
            start, stop = floor, next(k for k in range(floor, stop) if self.tokens[k].category == "COMMA")
        if stop - start > _PHRASE_MORE + 4 or start >= stop or self.tokens[start].category not in ("DET", "CAP"):
            return None
        if any(t.category not in _NAME_WORDS and t.category not in _PLACE_WORDS for t in self.tokens[start:stop]):
            return None
        return Span(self.tokens[start].start, self.tokens[stop - 1].end)

    def apposed_name(self, t0: int, t1: int) -> Span | None:
        """The name that ends the phrase of tokens ``t0:t1`` after the title it holds: after a
        comma ("Le maire de Lyon, Grégory Doucet", "le propriétaire, M. Plein"), or right after a
        title with no complement ("le procureur Philippe Astruc", "son gérant Ana Ruiz Pardo").
        After a complement the name may be the complement's ("le père de l'enfant Paul Roux")."""
        tokens = self.tokens
        k = t1
        while k > t0:
            if tokens[k - 1].category == "CAP":
                k -= 1
            elif k - 3 >= t0 and tokens[k - 3].category == "CAP" and self.particle_of_a_name(tokens, k - 2, t1):
                k -= 2  # "Le Maire" of "Bruno Le Maire": "Maire" is no title there
            elif k - 2 >= t0 and tokens[k - 2].category == "CAP" and self.particle_of_a_name(tokens, k - 1, t1):
                k -= 1  # "Le" of "Marine Le Pen"
            else:
                break
        if t1 - k == 1 and k - 3 > t0 and tokens[k - 3].category == "COMMA" and self.titled_name_goes_on(k - 1):
            return Span(tokens[k - 2].start, tokens[t1 - 1].end)  # "le porte-parole du TPLF, M. Getachew"
        if t1 - k not in _APPOSED_NAME_WORDS or k == t0:
            return None
        if tokens[k - 1].category == "COMMA":
            return Span(tokens[k].start, tokens[t1 - 1].end)
        if tokens[k - 1].category == "DE" or (tokens[k - 1].category == "DET" and k - 2 > t0 and
                                              tokens[k - 2].category == "DE"):
            # "le ministre de l'Intérieur Christophe Castaner", "la maire de Paris Anne Hidalgo": a
            # complement in one capitalised word, then the name of the one who holds the title.
            k += 1
            k = self.past_words_before_a_first_name(k, t1)  # a complement of two words
            if t1 - k not in _APPOSED_NAME_WORDS or tokens[k].category != "CAP":
                return None
            return Span(tokens[k].start, tokens[t1 - 1].end) if tokens[t0].category == "DET" else None
        if (tokens[t0].category != "DET" and tokens[t0].lower not in _POSSESSIVE) or \
                any(t.category == "DE" for t in tokens[t0:k]) or tokens[k - 1].category in _COMPLEMENT_OPENERS or \
                not any(t.text[:1].islower() and t.category != "DET" for t in tokens[t0:k]):
            return None
        while t1 - k > 2 and tokens[k].text.isupper():
            k += 1  # "le député LR Paul Roux": the party's initials, then the name
        return Span(tokens[k].start, tokens[t1 - 1].end)

    def first_name(self, token: Token) -> bool:
        """Whether ``token`` is a first name the word lists know ("Eric", "Anne"; not "Le", "Mme")."""
        return token.category == "CAP" and token.lower in self.words.first_names

    def past_words_before_a_first_name(self, k: int, t1: int) -> int:
        """Where the name of tokens ``k:t1`` opens, past capitalised words before a first name and a
        surname that are not a first name: a complement's second word ("le PDG de Lubrizol" +
        "Corporation Eric Schnur"), a station's place ("France Bleu" + "Paris Corinne Journy")."""
        tokens = self.tokens
        while t1 - k > 2 and self.first_name(tokens[k + 1]) and not self.first_name(tokens[k]):
            k += 1
        return k

    def with_apposed_name(self, span: Span) -> Span:
        """``span`` and the name after it, when a comma sets one after the title ``span`` names:
        "a précisé le ministre de la Santé, Olivier Véran.", "Selon la porte-parole, Anne Roux,"."""
        _, t1 = self.range_of(span)
        tokens = self.tokens
        if t1 >= len(tokens) or tokens[t1].category != "COMMA":
            return span
        end = self.name_end(t1 + 1, _APPOSED_NAME_WORDS.stop)
        if end - t1 - 1 not in _APPOSED_NAME_WORDS or (end < len(tokens) and tokens[end].category not in _AFTER_APPOSED_NAME):
            return span
        title = self.named(span)
        if title is None or title.kind != "person" or title.naming != "described":
            return span
        return Span(span.start, tokens[end - 1].end)

    def by_name(self, found: _Found | None) -> _Found | None:
        """A person given by a title and a name is known by the name: "le ministre de la Santé,
        Olivier Véran" is the source "Olivier Véran", as where the article calls him so."""
        if found is None or found.span is None or found.kind != "person":
            return found
        name = self.apposed_name(*self.range_of(found.span))
        if name is None:
            return found
        return _Found(found.span, " ".join(self.prose[name.start:name.end].split()), "person", "named")

    def set_off_before(self, subject: Span, cue: Cue) -> bool:
        """Whether ``subject`` holds an apposition and ends at the comma before ``cue``, or is
        followed by one set off by commas and holding no verb: "Le président du Ghana, Nana
        Akufo-Addo, a décrit…", "Le président de la commission, Peter DeFazio, a appelé les
        compagnies à…" is no inversion after words quoted."""
        prose = self.prose
        if subject.end > cue.span.start:
            return False
        gap = prose[subject.end:cue.span.start]
        if not gap.strip(_SPACES_AND_COMMAS):
            return "," in prose[subject.start:subject.end]
        if not gap.lstrip(" \u00a0\u202f").startswith(","):
            return False
        _, t0 = self.range_of(subject)
        t1, _ = self.range_of(cue.span)
        between = self.tokens[t0:t1]
        # One apposition: a comma, words of a name or a description, a comma right before the verb
        return len(between) > 2 and between[0].category == between[-1].category == "COMMA" and \
            all(t.category in _NAME_WORDS for t in between[1:-1])

    def before_its_verb(self, cue: Cue, s: Sentence) -> tuple[int, int]:
        """The first token of sentence ``s`` and the last before the verb of ``cue`` and the
        negation, reflexive and object pronouns that stand before it ("qui ne lui a pas dit")."""
        floor, t0 = self.range_of(Span(s.span.start, cue.span.start))
        tokens, clitics = self.tokens, self.words.object_clitics
        k = t0 - 1
        while k > floor and (tokens[k].category in ("NEG", "REFL") or tokens[k].lower in clitics):
            k -= 1
        return floor, k

    def relative_s_antecedent(self, cue: Cue, s: Sentence | None) -> tuple[bool, Span | None]:
        """Whether the verb of ``cue`` has a relative "qui" for its subject, and the words that
        relative stands for: the noun phrase right before it ("les foudres de Luc Ferry, qui a
        critiqué…", "leur patron Damien Abad, qui juge…"), None when none is read there. The
        sentence's subject is someone else's ("Poutou a subi les foudres de Luc Ferry, qui…")."""
        if s is None:
            return False, None
        floor, k = self.before_its_verb(cue, s)  # "qui ne lui a pas dit", "qui s'est dit"
        tokens, words = self.tokens, self.words
        if k <= floor or tokens[k].lower not in words.subject_relatives:
            return False, None
        end = k - 1 if tokens[k - 1].category in ("COMMA", "DASH") else k
        if end <= floor or tokens[end - 1].lower in words.demonstrative_pronouns:
            return False, None  # "celui qui a dit": the one the article speaks of, read as a pronoun
        return True, self.phrase_ending_at(floor, end)

    def clause_s_subject(self, cue: Cue, s: Sentence | None) -> tuple[Token | None, Span | None]:
        """The conjunction or relative that opens the clause of ``cue``'s verb inside its sentence,
        when the verb has that clause's own subject right before it ("…, mais la cour d'appel avait
        jugé", "alors que Paris plaide", "Si le gouvernement leur a promis"), and that subject;
        (None, None) otherwise. The sentence's subject is someone else's ("La plaignante avait
        contesté, mais la cour…")."""
        if s is None:
            return None, None
        floor, k = self.before_its_verb(cue, s)  # "que le ministre ne lui a pas dit", "si le gouvernement leur…"
        tokens, words = self.tokens, self.words
        if k <= floor:
            return None, None
        if tokens[k].lower in words.pronouns:
            subject: Span | None = tokens[k].span  # "…, mais il a déclaré"
        else:
            subject = self.phrase_ending_at(floor, k + 1)
        if subject is None:
            return None, None
        opener = bisect_left(self.starts, subject.start) - 1
        if opener < floor or tokens[opener].lower not in words.clause_openers:
            return None, None
        if opener > floor:
            # The sentence's subject with its words and the names coordinated with it: a clause
            # opens past them, after words of its own ("Le Parisien et 20 Minutes ont noté", "Les
            # élus LR Paul Roux et Léa Morel ont annoncé" are one subject).
            found = self.subject(cue, s) or self.subject_of(s)
            if found is not None and (found[0].end > tokens[opener].start or
                                      not self.prose[found[0].end:tokens[opener].start].strip(_SPACES_AND_COMMAS)):
                return None, None
            if tokens[opener].lower in words.coordinating:
                # "et" joins clauses after a verb ("Le bilan s'alourdit et les épidémiologistes
                # estiment", "Paul Roux a dénoncé la décision du maire et la ministre accuse"),
                # names otherwise ("Le ministre Paul Roux, la maire Léa Morel et…", "Un classement
                # établi par Greenpeace et l'Unicef indique").
                since = self.range_of(found[0])[1] if found is not None else floor
                if not any(t.category in _FINITE_VERB_WORDS for t in tokens[since:opener]):
                    return None, None
        return tokens[opener], subject

    def phrase_ending_at(self, floor: int, end: int) -> Span | None:
        """The noun phrase whose last token is ``tokens[end - 1]``, read back no further than
        ``floor``: "les foudres de Luc Ferry", "leur patron Damien Abad"; None where none is
        read (words in quotation marks, "ce"), or where it is a complement whose head is not
        read ("ministre de l'Intérieur", "l'adjoint à la mairie de Paris Ian Brossat")."""
        tokens = self.tokens
        start = end
        while start > floor and end - start < _ANTECEDENT_WORDS and \
                tokens[start - 1].category in _ANTECEDENT_CATEGORIES:
            start -= 1
            if tokens[start].category == "DET" and tokens[start].text[:1].islower() and \
                    (start == floor or tokens[start - 1].category != "DE"):
                break  # the phrase's own determiner: "les foudres de Luc Ferry", not "subi les foudres…"
        while start < end and tokens[start].category not in _ANTECEDENT_OPENINGS:
            start += 1  # "actrice Camélia Jordana": from its name
        if start == end or (end - start == 1 and tokens[start].category == "DET") or \
                (start > floor and tokens[start - 1].category in ("DE", "PREP_A")):
            return None
        return Span(tokens[start].start, tokens[end - 1].end)

    def respondents(self, cue: Cue) -> bool:
        """Whether a participle of asking counts the respondents of a poll, whose figures are the
        pollster's: "58 % des personnes interrogées par l'Ifop" (a plural participle, a number a
        few words before it)."""
        t0, _ = self.range_of(cue.span)
        return cue.trigger.endswith("s") and \
            any(t.category == "NUM" for t in self.tokens[max(0, t0 - _RESPONDENTS_REACH):t0])

    def asked_before(self, cue: Cue, s: Sentence) -> _Found | None:
        """Whom a participle of asking has speak when its sentence's subject names no one: the
        person or body right before it ("a réagi son président François Daugeron, interrogé par
        Le Figaro")."""
        floor, t0 = self.range_of(Span(s.span.start, cue.span.start))
        end = t0 - 1 if t0 > floor and self.tokens[t0 - 1].category == "COMMA" else t0
        span = self.phrase_ending_at(floor, end) if end > floor else None
        found = self.phrase_named(span) if span is not None else None
        return found if found is not None and found.kind in ("person", "institution") else None

    def phrase_named(self, span: Span) -> _Found | None:
        """Who the noun phrase ``span`` (a relative's antecedent, the one asked) names; of a
        thing's ("les propos du Premier ministre", "le passage de Marine Le Pen"), the one its
        complement names."""
        found = self.named(span)
        if found is not None and found.kind != "unknown":
            return found
        t0, t1 = self.range_of(span)
        tokens = self.tokens
        for of in range(t0 + 1, t1 - 1):
            if tokens[of].category != "DE":
                continue
            # A person, or a body by its name ("du côté de la CGT"; not "les forces de l'ordre")
            complement = self.named(Span(tokens[of + 1].start, span.end))
            if complement is not None and (complement.kind == "person" or (
                    complement.kind == "institution" and any(t.category == "CAP" for t in tokens[of + 1:t1]))):
                return complement
        return found

    def inverted(self, cue: Cue) -> bool:
        """Whether a verb cue follows a quotation or a comma: its own words then name the speaker."""
        t0, _ = self.range_of(cue.span)
        return t0 > 0 and self.tokens[t0 - 1].category in ("COMMA", "QUOTE", "DASH")

    def named(self, span: Span, subject_kind: str = "") -> _Found | None:
        """:meth:`classify`, read once for all the cues that ask it of the same words."""
        key = (span.start, span.end, subject_kind)
        classified = self.classified
        if key not in classified:
            classified[key] = self.classify(span, subject_kind)
        return classified[key]

    def name_completed(self, t0: int, t1: int) -> int:
        """Where the words ``tokens[t0:t1]`` end when they stop short of the name they open: before
        a surname's particle ("le ministre de l'Économie Bruno" + "Le Maire"), or before the words
        that complete a known outlet's or body's name, whatever their category ("Le Canard" +
        "Enchaîné", "France" + "3")."""
        tokens, prose = self.tokens, self.prose
        if t0 == t1 or t1 >= len(tokens) or tokens[t1 - 1].category != "CAP":
            return t1
        # Where the capitals the words end on begin: a known name may open there ("les informations
        # du" + "Journal" + "du Dimanche"), and its last words may be in lower case ("Canard enchaîné").
        opening = t1 - 1
        while opening > t0 and tokens[opening - 1].category == "CAP":
            opening -= 1
        opener = tokens[opening].lower.removeprefix("l'").removeprefix("l’")
        known = len(opener) > 1 and opener in self.words.known_openers  # not "C" of "C à vous" alone
        for more in range(1, _COMPLETING_WORDS + 1):
            end = t1 + more
            # Each word right after the one before it, one space between: no new sentence or line
            if end > len(tokens) or prose[tokens[end - 2].end:tokens[end - 1].start] != " ":
                break
            if not (tokens[end - 1].text[:1].isupper() or tokens[end - 1].text[:1].isdigit()):
                if not known:
                    break
            elif more == 2 and self.particle_of_a_name(tokens, t1, len(tokens)):
                return end  # "Bruno" + "Le Maire"
            if self.named_alone(Span(tokens[t0].start, tokens[end - 1].end)) or \
                    (known and opening > t0 and self.named_alone(Span(tokens[opening].start, tokens[end - 1].end))):
                return end
        return t1

    def classify(self, span: Span, subject_kind: str = "") -> _Found | None:
        """What the words of ``span`` name as a source (kind ``pronoun`` for a pronoun
        that stands for one named before), or None when they name none."""
        t0, t1 = self.range_of(span)
        completed = self.name_completed(t0, t1)
        if completed > t1:
            t1, span = completed, Span(span.start, self.tokens[completed - 1].end)
        phrase = self.tokens[t0:t1]
        if not phrase:
            return None
        words = self.words
        if phrase[0].lower in words.opening_a_clause and len(phrase) > 1 and self.named_alone(span) is None:
            # "Si Anne Hidalgo a…", "Quand Emmanuel Macron…": the subject after its conjunction;
            # but a clause read on is no one's name ("Comme le rapporte Le Parisien", "quand
            # Emmanuel Macron désavoue Agnès Buzyn": a verb, or a word in lower case between names).
            rest = phrase[1:]
            if any(t.category.startswith("SPEECH") for t in rest) or \
                    any(rest[k].category == "WORD" and rest[k - 1].category == rest[k + 1].category == "CAP"
                        for k in range(1, len(rest) - 1)):
                return None
            return self.named(Span(rest[0].start, span.end), subject_kind)
        if phrase[0].lower in words.opening_a_time:
            return None  # "Après les printemps arabes, …": a time, no one
        side = next((k for k in range(1, min(len(phrase), 5)) if _words_of(phrase[:k]) in words.opening_a_side), None)
        if side is not None:
            return self.named(Span(phrase[side].start, span.end), subject_kind)  # "du côté de" + "la présidence"
        glued = next(((k, m) for k, tok in enumerate(phrase) if (m := _GLUED_SENTENCE.match(tok.text))), None)
        if glued is not None:
            # "les commerçants tirent le rideau de ferLa préfecture": a heading glued to the text
            # ends where a capital follows its last word; the words after it open the text.
            at, glue = glued
            if at + 1 == len(phrase):
                return None  # "son avocateAucun": no words of a name after the heading
            return self.named(Span(phrase[at].start + glue.end(1), span.end), subject_kind)  # "…ferLa préfecture"
        heading = _heading_in_capitals(phrase)
        if heading is not None:
            # "UNE MINISTRE RECADRÉE Annick Girardin": a subheading glued to the text is no one's
            # name; the words before it may be, and a person's after it (a body or a place there
            # is most often what the text after the heading speaks of).
            start, stop = heading
            if start > 0:
                return self.named(Span(phrase[0].start, phrase[start - 1].end), subject_kind)
            found = self.named(Span(phrase[stop].start, span.end), subject_kind) if stop < len(phrase) else None
            return found if found is not None and found.kind == "person" else None
        alone = self.named_alone(span)
        if alone is not None:
            # "France Bleu", "selon Ouest-France"; "Matignon", "Paris a réclamé", "Météo-France";
            # a known name is read whole ("Médecins sans frontières")
            return _Found(span, _lower_opening_determiner(" ".join(self.prose[span.start:span.end].split())),
                          "institution", "named", outlet=alone == "outlet")
        # Where the source's words end: before a relative clause ("le site Buzzfeed qui a révélé":
        # the source is what "qui" stands for; "Celui qui" stands for no one without its clause),
        # before what follows the name ("le Premier ministre devant les députés"), and never on a
        # preposition or a conjunction.
        end = next((k for k in range(1, len(phrase)) if phrase[k].lower in words.relatives), len(phrase))
        if end == 1 and phrase[0].lower in words.demonstrative_pronouns:
            if phrase[0].lower in _ONE_PERSON_DEMONSTRATIVES and len(phrase) > 1 and phrase[1].lower == "qui":
                # "…, explique celui qui a été surnommé…": a way of naming again the one the
                # article speaks of, as "il" would.
                return _Found(Span(span.start, phrase[1].end), f"{phrase[0].text} {phrase[1].text}", "pronoun", "")
            end = len(phrase)
        end = next((k for k in range(1, end) if phrase[k].lower in words.ending_a_name and
                    not _in_brackets(phrase, k) and  # "le maire (sans étiquette) de Souillac"
                    not (phrase[k].lower in words.joining_complements and k + 1 < len(phrase) and
                         phrase[k + 1].lower in _COMPLEMENT_DE)), end)  # "de gauche comme de droite"
        end = next((k for k in range(1, end) if self.verb_with_its_object(phrase, k)), end)
        while end > 1 and phrase[end - 1].lower in words.never_last:
            end -= 1
        trimmed = end < len(phrase)
        if trimmed:
            phrase = phrase[:end]
            span = Span(span.start, phrase[-1].end)
        name = _lower_opening_determiner(" ".join(self.prose[span.start:span.end].split()))
        separator = next((k for k, t in enumerate(phrase) if t.category == "COMMA" or t.lower in words.coordinating), 0)
        if separator and all(t.category in ("CAP", "COMMA") or t.lower in words.coordinating for t in phrase):
            # "Paris, Berlin et Londres": names of the same kind, the first one's
            member = self.named(Span(span.start, phrase[separator - 1].end))
            return replace(member, span=span, name=name) if member is not None else None
        alone = self.named_alone(span) if trimmed else None
        if alone is not None:
            return _Found(span, name, "institution", "named", outlet=alone == "outlet")  # "le Parisien" + "qui…"
        if phrase[0].lower in words.pronouns or phrase[0].lower in words.speakers_of_quotes:
            if phrase[0].lower in words.speakers_of_quotes:
                return None  # "Nous le faisons…": words of a quotation, no one the article names
            phrase, span = phrase[:1], Span(phrase[0].start, phrase[0].end)  # "Il veut vraiment…": "Il"
            name = phrase[0].text
        if len(phrase) == 2 and f"{phrase[0].lower} {phrase[1].lower}" in words.pointing_back:
            return _Found(span, name, "pronoun", "")  # "Ce dernier a ajouté": as "il" would
        if len(phrase) == 1:
            only = phrase[0]
            key = only.lower.removeprefix("-").removeprefix("t-")
            if self.impersonal(only):
                return _Found(span, key, "vague", "vague")  # "On", "-t-on", "on": the one "on"
            if only.category == "CLITIC_INV" or key in words.pronouns:
                return _Found(span, name, "pronoun", "")
            if only.category not in ("CAP", "AGENCY", "SOURCE_NOUN", "CHANNEL"):
                return None  # "une", "soir": no one
            if only.category == "CAP" and self.common_word(only):
                return None  # "Plus de 300…", "Coronavirus : « … »": a first word, no one's name
            if only.category == "CAP" and self.body_s_name(only):
                return _Found(span, name, "institution", "named")  # "l'ONG Foodwatch" written elsewhere
        for tok in phrase:
            if tok.category == "AGENCY" and tok.lower in self.agencies:
                return _Found(span, self.agencies[tok.lower], "agency", "named", self.agencies[tok.lower])
        if self._anonymous(phrase, t1):
            return _Found(span, name, "anonymous", "anonymous")
        head = 0
        while head < len(phrase) and (phrase[head].category in _SKIP_BEFORE_HEAD or phrase[head].lower in _POSSESSIVE or
                                      (phrase[head].lower in words.before_the_head and head + 1 < len(phrase))):
            head += 1
        if head == len(phrase) or phrase[head].lower in words.not_sources:
            return None  # "la semaine dernière": a time, not a source
        if phrase[head].lower in words.name_titles:
            after = head + 2 if head + 1 < len(phrase) and phrase[head + 1].text == "." else head + 1
            if after < len(phrase) and phrase[after].category == "CAP":
                return _Found(span, name, "person", "named")  # "le Pr Perronne", "le Dr Sean Conley"
        first = phrase[0].lower
        indefinite = first in words.indefinite
        head_word = phrase[head].lower
        capitals = any(t.category in ("CAP", "AGENCY") for t in phrase[head:])
        if head_word in words.vague:
            rest = [t for t in phrase[head + 1:] if t.lower not in words.empty_qualifiers]
            if (indefinite or head == 0) and not rest:
                return _Found(span, name, "vague", "vague")
            if indefinite:
                return _Found(span, name, "anonymous", "described")
        if head_word in words.institutions:
            named = capitals or (not indefinite and first in _DEFINITE)
            return _Found(span, name, "institution", "named" if named else "described")
        if head_word in words.documents or phrase[head].category == "CHANNEL":
            return _Found(span, name, "document", "named" if capitals else "described")
        if head == len(phrase) - 1 and len(phrase[head].text) > 1 and phrase[head].text.isupper():
            return _Found(span, name, "institution", "named")  # "BFMTV", "la CGT": initials name a body
        if phrase[head].category == "CAP" and head + 1 < len(phrase) and phrase[head + 1].category == "NUM" and \
                phrase[head + 1].start == phrase[head].end:
            return _Found(span, name, "institution", "named")  # "L214": a person's name holds no digit
        # A name after its determiner (a lone word was asked above, once).
        if head == len(phrase) - 1 > 0 and phrase[head].category == "CAP" and self.body_s_name(phrase[head]):
            return _Found(span, name, "institution", "named")  # "la Fnac", written "l'enseigne Fnac" elsewhere
        kind = subject_kind or self._kind_of_phrase(t0, t1)
        if kind in ("name", "surname"):
            return _Found(span, name, "person", "named")
        if kind == "institution":
            named = capitals or (not indefinite and first in _DEFINITE)
            return _Found(span, name, "institution", "named" if named else "described")
        if kind == "person":  # "le dirigeant nord-coréen", "le conseiller de la Corée du Sud": no name
            return _Found(span, name, "person", "named" if self.names_its_person(t0 + head, t1) else "described")
        if phrase[head].category == "CAP":
            return _Found(span, name, "person" if head == 0 else "institution", "named")
        return _Found(span, name, "unknown", "described")

    def verb_with_its_object(self, phrase: list[Token], k: int) -> bool:
        """Whether ``phrase[k]`` opens a verb with its object, past the source's words: a word in lower
        case before an article or a possessive ("désigne le TPL", "voit sa plainte"), or an object
        pronoun between a noun and a word in lower case ("la jeune femme le considère"). Not a
        preposition before an article ("la Ligue contre le cancer"), "tous les", an infinitive ("le
        droit à interrompre sa grossesse"), a name in apposition ("le journal le Figaro"), nor a
        superlative's article ("les milieux les plus conservateurs")."""
        if k + 2 > len(phrase) or _in_brackets(phrase, k):
            return False
        words, token, after = self.words, phrase[k], phrase[k + 1]
        if not after.text.islower():
            return False  # "Marine Le Pen": a name's particle
        if k + 2 < len(phrase) and phrase[k + 2].lower in words.comparatives:
            return False
        if token.category == "WORD" and after.category == "DET" and after.lower in words.opening_an_object:
            # The object a word in lower case opens ("voit sa plainte"), not a name in apposition
            # to a noun ("le journal le Figaro").
            return k + 2 < len(phrase) and phrase[k + 2].text[:1].islower() and \
                token.lower not in words.before_an_article and token.lower not in words.tout and \
                phrase[k - 1].lower not in words.infinitive_prepositions  # "…des femmes à interrompre leur grossesse"
        before = phrase[k - 1]
        return token.category == "DET" and token.text.islower() and token.lower in words.object_pronouns_before_a_verb \
            and before.category in _NOUN_CATEGORIES and before.lower not in words.before_an_article and \
            before.lower not in words.tout and after.category == "WORD" and after.lower not in words.comparatives \
            and not (k > 1 and phrase[k - 2].lower in words.infinitive_prepositions)  # "de réaliser le calcul"

    def asked(self, cue: Cue, s: Sentence) -> _Found | None:
        """Whom a participle of asking (``cue``: "Interrogé par Le Parisien", "contacté par
        l'AFP") has speak: the subject of its sentence, before or after it, when it names a
        person or a body."""
        subject = self.subject_of(s)
        if subject is None or cue.span.start <= subject[0].start < cue.span.end:
            return None
        found = self.named(self.past_a_title(subject[0]), subject[1])
        return found if found is not None and found.kind in ("person", "institution") else None

    def names_its_person(self, head: int, t1: int) -> bool:
        """Whether the tokens ``head:t1`` of a person's words (``head`` their noun) hold the
        person's full name, not the complement's: "le ministre de l'Intérieur Christophe
        Castaner", "… François de Rugy", but not "l'avocat de Patrick Balkany", "la mère de Simon
        Gautier", named by whom they are of. A name right after the noun, the phrase's last word,
        is the person's too: "le pape François", "le général Lecointre"; not initials, a party's
        or a body's ("le député LREM")."""
        tokens = self.tokens
        if t1 - head == 2 and tokens[head + 1].category == "CAP" and not tokens[head + 1].text.isupper() and \
                (head == 0 or tokens[head - 1].lower not in self.words.plural):  # "les députés MoDem": a party
            return True
        for k in range(head + 1, t1 - 1):
            if tokens[k].category != "CAP":
                continue
            before = tokens[k - 1]
            if before.category == "DE" or (before.category == "DET" and k > 1 and tokens[k - 2].category == "DE"):
                continue  # the complement's first word
            following = tokens[k + 1]
            # "François de Rugy"; but "Côte d'Azur", "rue Jouffroy d'Abbans" name places
            if following.category == "CAP" or self.particle_of_a_name(tokens, k + 1, t1) or \
                    (following.lower == "de" and k + 2 < t1 and tokens[k + 2].category == "CAP"):
                return True
        return False

    def impersonal(self, tok: Token) -> bool:
        """Whether ``tok`` is the impersonal "on" ("On", "-on", "-t-on")."""
        impersonal = self.words.impersonal
        return tok.lower in impersonal or tok.lower.removeprefix("-").removeprefix("t-") in impersonal

    def past_the_listener_s_name(self, span: Span) -> Span | None:
        """``span`` without the words that end the name of the outlet the words were said to, right
        before it ("explique à BBC" + "Mundo Cathleen Lewis": "BBC Mundo" is an outlet), and the
        place of a station before a first name; None when nothing is left."""
        t0, t1 = self.range_of(span)
        tokens = self.tokens
        if t0 < 2 or tokens[t0 - 1].category != "CAP" or tokens[t0 - 2].category not in ("PREP_A", "AUPRES"):
            return span
        for k in range(min(t1, t0 + 2), t0, -1):  # the longest outlet's name first
            if all(t.category == "CAP" for t in tokens[t0:k]) and \
                    self.named_alone(Span(tokens[t0 - 1].start, tokens[k - 1].end)) == "outlet":
                k = self.past_words_before_a_first_name(k, t1)  # a station's place is the station's
                return Span(tokens[k].start, span.end) if k < t1 else None
        return span

    def named_alone(self, span: Span) -> str | None:
        """"outlet" or "body" when the words of ``span`` are the name of a news outlet or of a body
        the lexicon knows, written as a name ("France Bleu", "le Parisien", "Matignon"; not "le
        temps", "la presse"); None otherwise."""
        words = self.prose[span.start:span.end].split()
        if not words:
            return None
        key = _outlet_key([w.lower() for w in words])
        known = "outlet" if key in self.words.outlets else "body" if key in self.words.bodies else None
        if known is None or normalise(" ".join(words)) in self.agencies:
            return None  # an agency is one whatever it is called
        first = words[1] if len(words) > 1 and words[0].lower() in _DEFINITE else words[0]
        if first[:2].lower() in ("l'", "l’"):
            first = first[2:]
        return known if first[:1].isupper() or first[:1].isdigit() else None

    def common_word(self, tok: Token) -> bool:
        """Whether ``tok``, in capitals, opens its sentence and is a common word, not a name: the
        text around it writes it in lower case ("Plus", "Coronavirus"), or never in capitals
        within a sentence ("Cela", "Personne", "Interpellé"; not "Airbus", "Paris", a surname)."""
        s = self.ad.sentence_at(tok.start)
        prose = self.prose
        if s is None or any(c.isalpha() for c in prose[s.span.start:tok.start]):
            return False
        # An article's reach, not a whole archive's file: each search stays short.
        start, stop = max(0, tok.start - _COMMON_WORD_REACH), tok.end + _COMMON_WORD_REACH
        if self.written_alone(prose, tok.lower, start, stop):
            return True
        initials = len(tok.text) > 1 and tok.text.isupper()  # "ONPC": a name, wherever written
        return not initials and not self.written_within_a_sentence(prose, tok.text, start, stop)

    def body_s_name(self, tok: Token) -> bool:
        """Whether the article writes ``tok``, a lone name, as a body's: after a body's noun ("l'ONG
        Foodwatch", "le groupe pétrolier Total") or before one in apposition ("Leetchi, la
        plateforme…"). A company, an outlet or a town has no first name to tell it from a person."""
        start, stop = max(0, tok.start - _COMMON_WORD_REACH), tok.end + _COMMON_WORD_REACH
        return self.written_beside_a_body_noun(self.prose, tok.text, self.words.body_nouns, start, stop)

    def _kind_of_phrase(self, t0: int, t1: int) -> str:
        found = self.find_subject(self.tokens, t0, t1, self.source_nouns)
        return found[1] if found is not None else ""

    def _anonymous(self, phrase: list[Token], t1: int) -> bool:
        """"une source ayant requis l'anonymat", "un diplomate, sous couvert d'anonymat"."""
        anonymity = self.words.anonymity
        if not anonymity.isdisjoint(map(_lower, phrase)):
            return True
        # The words after it are read up to the end of its sentence: only when one of the eight
        # after it tells anonymity (seldom) need that end be found.
        if anonymity.isdisjoint(map(_lower, self.tokens[t1:t1 + 8])):
            return False
        s = self.ad.sentence_at(phrase[0].start)
        stop = bisect_left(self.starts, s.span.end) if s is not None else t1
        return not anonymity.isdisjoint(map(_lower, self.tokens[t1:min(stop, t1 + 8)]))


def _found_for(reader: _Reader, cue: Cue, sentence: Sentence | None) -> _Found | None:
    """Who ``cue`` (of ``sentence``) gives as the source; a pronoun comes back as kind ``pronoun``."""
    reader.focus(cue.span.start)
    return reader.by_name(_named_by(reader, cue, sentence))


def _named_by(reader: _Reader, cue: Cue, sentence: Sentence | None) -> _Found | None:
    """The words that name the source of ``cue``, read from its own words or its sentence."""
    if cue.kind == "passive" and cue.trigger in reader.words.asked and sentence is not None:
        if not reader.respondents(cue):
            # The one who asked is not the source: "…, a-t-il expliqué, interrogé par Patrick Cohen".
            return reader.asked(cue, sentence) or reader.asked_before(cue, sentence)
    if cue.agency:
        return (reader.named(cue.source) if cue.source is not None else None) or \
            _Found(None, cue.agency, "agency", "named", cue.agency)
    if cue.kind == "subject" and sentence is not None and cue.span.start == sentence.span.start and \
            reader.label_s_colon(sentence, cue.span) is not None:
        return None  # "Pays-Bas : des timbres à l'effigie d'un « mannequin »": the label speaks no words
    own = cue.source if cue.source is not None and cue.source.end > cue.source.start else None
    subject: tuple[Span, str] | None = None
    subject_read = False
    if own is not None and cue.kind in _VERB_CUES:
        # "a qualifié les soldats de héros": the words after the verb are its object, and so
        # they are after a subject set off by commas ("Le maire, Paul Durand, a décrit…").
        if reader.inverted(cue):
            subject, subject_read = reader.subject(cue, sentence), True
            if subject is not None and reader.set_off_before(subject[0], cue):
                own = None
        else:
            own = None
    if cue.kind == "headline" and own is not None:
        # "« Nous aussi on veut un logement » : le DAL manifeste devant…": the words after the
        # colon are a clause; its subject speaks.
        own = reader.clause_s_own_subject(own)
    if cue.kind == "inverted":  # "a-t-il précisé", "a-t-on appris": the pronoun inside
        t0, t1 = reader.range_of(cue.span)
        clitic = next((t for t in reader.tokens[t0:t1] if t.category == "CLITIC_INV"), None)
        # "a-t-il précisé auprès de France Bleu": "il" speaks, to the outlet; "a-t-on appris
        # auprès de la police": the police, whom "on" heard.
        if clitic is not None and (own is None or not reader.impersonal(clitic)):
            return reader.named(clitic.span)
    # The words after an inverted verb name its speaker, and the sentence's subject is most
    # often what the words are about ("Cela ne change rien, assure le professeur"); but words
    # that only describe may stand for the one the subject names ("Paul Durand … « … »,
    # détaille le président du club"). A channel's sentence names who speaks through it.
    if own is not None:
        own = reader.past_the_listener_s_name(own)
    own_found = reader.named(reader.with_apposed_name(reader.with_complement_and_name(reader.coordinated(own)))) \
        if own is not None and cue.kind != "channel" else None
    if own_found is not None and own_found.naming != "described":
        return own_found
    if own is None and cue.kind == "speech" and reader.inverted(cue):
        # "« … », a expliqué à l'AFP, le délégué CGT, Éric Pétilai.", "…, explique à LCI Ronan
        # Kerdraon": the speaker after the one the words were said to
        after = reader.speaker_after_the_listener(cue)
        if after is not None:
            return after
    if not subject_read and cue.kind in _VERB_CUES and own is None:
        after_a_relative, antecedent = reader.relative_s_antecedent(cue, sentence)
        if after_a_relative:
            found = reader.phrase_named(antecedent) if antecedent is not None else None
            return replace(found, subordinate=True) if found is not None else None
        if cue.kind == "speech":
            in_a_clause, found = _named_in_its_clause(reader, cue, sentence)
            if in_a_clause:
                return found
    if not subject_read and (cue.kind in _VERB_CUES or own is None):
        subject = reader.subject(cue, sentence)
    found = reader.named(*subject) if subject is not None else None
    if found is not None and (own_found is None or _names_better(found, own_found)):
        return found
    if own_found is not None:
        return own_found
    if own is not None and cue.kind == "channel":
        # "dans les colonnes de L'Obs", "dans un entretien au Parisien": the outlet carries the
        # words; whoever spoke is named elsewhere, or not at all.
        found = reader.named(own)
        return found if found is not None and not found.outlet else None
    if own is not None:
        return None
    if cue.kind == "channel":  # "dans un communiqué", "dans sa déclaration"
        found = reader.named(cue.span)
        return found if found is not None and found.kind == "document" else None
    before = reader.phrase_before(cue, sentence) if cue.kind in _VERB_CUES else None
    return reader.named(before) if before is not None else None


def _named_in_its_clause(reader: _Reader, cue: Cue, sentence: Sentence | None) -> tuple[bool, _Found | None]:
    """Whether the verb of ``cue`` stands in a clause of its own, with that clause's subject right
    before it (see :meth:`_Reader.clause_s_subject`), and whom that subject names."""
    opener, clause_subject = reader.clause_s_subject(cue, sentence)
    if opener is None:
        return False, None
    found = reader.named(clause_subject) if clause_subject is not None else None
    if found is not None and found.kind == "pronoun":
        # "Neymar a fait sensation lorsqu'il a déclaré…": the pronoun of the clause stands for the
        # subject of its sentence, when that agrees with it.
        subject = reader.subject(cue, sentence)
        main = reader.named(*subject) if subject is not None else None
        if main is not None and main.kind in ("person", "institution") and \
                _gender(main.name) in ("", _gender(found.name)) and _plural(main.name) == _plural(found.name):
            return True, main
    # A thing does not speak ("bien que les derniers chiffres montrent"): no one, rather than the
    # subject of another clause.
    if found is None or found.kind == "unknown":
        return True, None
    return True, found if opener.lower in reader.words.clause_links else replace(found, subordinate=True)


def _lower_opening_determiner(name: str) -> str:
    """"Le gouvernement" as "le gouvernement": a determiner's capital at the start of a sentence is
    not the name's when a word in lower case describes (one source in every article, whichever
    place it takes); "Le Parisien" keeps it."""
    if name[:2] in ("L'", "L’") and name[2:3].islower():
        return "l" + name[1:]  # "L'entourage du ministre"
    first, _, rest = name.partition(" ")
    if first[:1].isupper() and first.lower() in _DETERMINERS and \
            any(word[:1].islower() and word not in _LINKING_WORDS for word in rest.split()):
        return first.lower() + " " + rest  # "Le Premier ministre", but "Le Parisien", "La République du Centre"
    return name


def _names_better(subject: _Found, own: _Found) -> bool:
    """Whether the subject of a sentence names its speaker better than the words that only
    describe after its inverted verb: by name, or as someone where the words name no one."""
    if subject.naming == "named" and subject.kind == "institution" and own.kind == "person":
        return False  # "Les Républicains « … », s'alarme le maire": a person speaks, not the body spoken of
    if subject.naming == "named" and subject.kind in ("person", "institution"):
        return True
    return own.kind == "unknown" and subject.kind != "unknown"


def _key(name: str) -> tuple[str, ...]:
    words = normalise(name).replace("'", "' ").replace("(", " ").replace(")", " ").split()
    while words and (words[0] in _DEFINITE or words[0] in _POSSESSIVE or words[0] in {"m.", "mme", "m", "."}):
        words = words[1:]
    return tuple(words)


class _Collector:
    """Sources gathered as the cues come, merged when they name the same one.

    Indexed by the words of their names, so that a long file citing thousands
    of sources (or one source thousands of times) is read in linear time.
    """

    def __init__(self, ad: AnalysedDocument) -> None:
        self.ad = ad
        self.source = ad.source
        self.source_span = ad.document.source_span
        self.sources: list[Source] = []
        self.keys: list[tuple[str, ...]] = []
        # The words of each source's fullest name, and when it was last named (a count of mentions)
        self.fullest: list[tuple[str, ...]] = []
        self.named_at: list[int] = []
        self.position: dict[int, int] = {}  # id(source) → its index
        self.exact: dict[tuple[str, ...], int] = {}
        self.by_first: dict[str, list[int]] = {}  # first word → sources (for names that start alike)
        self.by_word: dict[str, list[int]] = {}  # any word → sources (for a surname or an acronym)
        self.seen: set[tuple[int, str, int, int]] = set()  # (source, "mention" or "cue", start, end)

    def excerpt(self, span: Span) -> Excerpt:
        where = self.source_span(span)
        return Excerpt(where.start, where.end, self.source[where.start:where.end])

    def add(self, found: _Found, role: str) -> Source:
        key = (found.agency.lower(),) if found.agency else _key(found.name)
        source = self._same(key, found)
        if source is None:
            source = Source(found.name, found.kind, found.naming, agency=found.agency)
            self._index(source, key)
        elif found.agency is None and len(found.name) > len(source.name) and found.kind == source.kind:
            source.name = found.name  # its fullest name
            self.fullest[self.position[id(source)]] = key
        self.named_at[self.position[id(source)]] = len(self.seen)
        if found.span is not None:
            self.note(source, "mention", self.excerpt(found.span))
        if role not in source.roles:
            source.roles.append(role)
            source.roles.sort(key=ROLES.index)
        return source

    def note(self, source: Source, what: str, excerpt: Excerpt) -> None:
        """Add a mention or a cue to ``source``, once."""
        seen = (id(source), what, excerpt.start, excerpt.end)
        if seen not in self.seen:
            self.seen.add(seen)
            (source.mentions if what == "mention" else source.cues).append(excerpt)

    def _index(self, source: Source, key: tuple[str, ...]) -> None:
        at = len(self.sources)
        self.sources.append(source)
        self.keys.append(key)
        self.fullest.append(key)
        self.named_at.append(0)
        self.position[id(source)] = at
        if key:
            self.exact.setdefault(key, at)
            self.by_first.setdefault(key[0], []).append(at)
            for word in set(key):
                self.by_word.setdefault(word, []).append(at)

    def _same(self, key: tuple[str, ...], found: _Found) -> Source | None:
        """A source already met that ``found`` names again: the same words, or the
        start of a longer name of the same kind ("le ministère sud-coréen" and
        "le ministère sud-coréen des Affaires étrangères"); a person's surname. Of
        several, the one named last ("la préfecture" after "la préfecture du Nord");
        a longer name than a source's fullest is the same only when it goes on from it
        ("la préfecture du Nord" is not "la préfecture des Ardennes")."""
        if not key:
            return None
        if len(key) > 1 and key in self.exact:
            return self.sources[self.exact[key]]
        if found.agency or found.kind not in ("person", "institution"):
            return self.sources[self.exact[key]] if key in self.exact else None
        # Names that start alike, and names a single word of one may stand for.
        candidates = set(self.by_first.get(key[0], ()))
        if len(key) == 1:
            candidates.update(self.by_word.get(key[0], ()))
        else:
            candidates.update(self.exact[(word,)] for word in key if (word,) in self.exact)
        several = _plural(found.name) if candidates else False
        same: list[int] = []
        for at in candidates:
            source, known = self.sources[at], self.fullest[at]
            if key == self.keys[at] or key == known:
                same.append(at)
                continue
            if source.agency or source.kind != found.kind or _plural(source.name) != several:
                continue  # "Cédric Villani et Rachida Dati" is not "Cédric Villani"
            shorter, longer = (key, known) if len(key) < len(known) else (known, key)
            if longer[:len(shorter)] == shorter:
                same.append(at)
            elif len(shorter) == 1 and found.naming == source.naming == "named" and shorter[0] in longer and \
                    (found.kind == "person" or _acronym(shorter, source.name, found.name)):
                same.append(at)  # "Gerasimov" for "Valery Gerasimov"; "le NIS" for "… (NIS)"
        if not same:
            return self.sources[self.exact[key]] if key in self.exact else None
        return self.sources[max(same, key=self.named_at.__getitem__)]


def _acronym(key: tuple[str, ...], *names: str) -> bool:
    """Whether the one word ``key`` is written in capitals in one of ``names`` ("le NIS")."""
    return any(word.isupper() and normalise(word) == key[0] for name in names for word in name.split())


def _giving_cues(ad: AnalysedDocument) -> list[Cue]:
    """The cues that give a source: those of the sentences, and those the linking made
    (a sentence's subject, a speaker before a colon, a headline's speaker)."""
    seen: dict[int, Cue] = {id(c): c for c in ad.cues if not c.in_quote}
    claims: list[Quote | Claim] = [*ad.quotes, *ad.figures, *ad.conditionals]
    for claim in claims:
        if claim.attribution is not None:
            seen.setdefault(id(claim.attribution), claim.attribution)
    return sorted(seen.values(), key=_span_bounds)


def _resolve_cues(ad: AnalysedDocument, collector: _Collector) -> dict[int, Source]:
    reader = _Reader(ad)
    by_cue: dict[int, Source] = {}
    recent: deque[tuple[int, Source]] = deque()  # (sentence index, source): who a pronoun may stand for
    # The words that named the last source, and the source: two cues read on the same verb
    # ("a déclaré l'adjointe", "a déclaré l'adjointe chargée de la voirie, Claire Vasseur") name one.
    named_last: tuple[Span, Source] | None = None
    outlets: set[int] = set()  # the sources that are news outlets (by id)
    sentence: Sentence | None = None
    # The last verb cue that gave a source, that source, and where the words naming it end.
    said: tuple[Cue, Source, int] | None = None
    for cue in _giving_cues(ad):
        # The cues come in text order, often several in a sentence; sentences do not overlap.
        start = cue.span.start
        if sentence is None or not sentence.span.start <= start < sentence.span.end:
            sentence = ad.sentence_at(start)
        if cue.kind == "channel" and said is not None and said[2] <= start and not ad.prose[said[2]:start].strip() and \
                (sentence is None or sentence.span.start <= said[0].span.start):
            # "« … », précise Yahoo dans un communiqué": the channel the one just named spoke through
            collector.note(said[1], "cue", collector.excerpt(cue.span))
            by_cue[id(cue)] = said[1]
            continue
        found = _found_for(reader, cue, sentence)
        if found is None:
            continue
        at = sentence.index if sentence is not None else -1
        while recent and at - recent[0][0] > _PRONOUN_REACH:
            recent.popleft()
        if found.kind == "pronoun":
            latter = reader.latter(found, sentence) if found.name.lower() in reader.words.pointing_back else None
            source = collector.add(latter, "attribution") if latter is not None else \
                _stood_for(reader, collector, at, recent, outlets, _gender(found.name), _plural(found.name),
                           found.span.start if found.span is not None else None)
            if source is None:
                continue
            if found.span is not None:
                collector.note(source, "mention", collector.excerpt(found.span))
        elif named_last is not None and found.span is not None and named_last[0].covers(found.span):
            source = named_last[1]
        else:
            source = collector.add(found, "attribution")
            if found.span is not None:
                named_last = (found.span, source)
            if found.outlet:
                outlets.add(id(source))
        collector.note(source, "cue", collector.excerpt(cue.span))
        by_cue[id(cue)] = source
        if cue.kind in ("speech", "inverted"):
            # The words after an inverted verb that name its speaker may go on past the cue's own.
            named_end = found.span.end if found.span is not None and found.span.start >= cue.span.start else 0
            said = (cue, source, max(cue.span.end, named_end))
        if not found.subordinate:
            recent.append((at, source))
    return by_cue


# A subheading in capitals glued to the text: this many words in capitals at least, one of them
# a word that links the words of a phrase ("UN HABITUÉ DES ARRÊTÉS", "LA LOI TRAVAIL").
_HEADING_WORDS = 3
_HEADING_LINKS = _LINKING_WORDS | {"un", "une", "pour", "dans", "par", "d'", "l'", "d’", "l’"}
# A word in lower case glued to the capitalised word that opens the sentence after it: "ferLa" of
# "le rideau de ferLa préfecture" (a heading that lost its line break).
_GLUED_SENTENCE = re.compile(r"([a-zà-ÿ]{3,})(?=[A-ZÀ-Ý][a-zà-ÿ])")
# A word in capitals glued to the capitalised word that opens the text after it: "POINTSParmi".
_GLUED_TO_A_WORD = re.compile(r"[A-ZÀ-Ý]{2,}[a-zà-ÿ]")


def _heading_in_capitals(phrase: list[Token]) -> tuple[int, int] | None:
    """Where a run of words in capitals that reads as a subheading stands in ``phrase`` (start
    and stop, token indices), or None: initials ("SNCF", "L'AP-HP") link no words."""
    if len(phrase) < _HEADING_WORDS or not any(tok.lower in _HEADING_LINKS and tok.text.isupper() for tok in phrase):
        return None  # most phrases: no linking word in capitals
    start, linked = 0, False
    for k, tok in enumerate(phrase):
        glued = _GLUED_TO_A_WORD.match(tok.text) is not None
        if tok.text.isupper() or glued:
            linked = linked or tok.lower in _HEADING_LINKS
            if k + 1 - start >= _HEADING_WORDS and linked and \
                    (glued or k + 1 == len(phrase) or not (phrase[k + 1].text.isupper() or
                                                         _GLUED_TO_A_WORD.match(phrase[k + 1].text))):
                return start, k + 1
            if not glued:
                continue
        start, linked = k + 1, False
    return None


def _words_of(tokens: list[Token]) -> str:
    """The words of ``tokens`` in lower case, as a word list writes them: "dans l'entourage de"."""
    return written_phrase(t.lower for t in tokens)


def _in_brackets(phrase: list[Token], k: int) -> bool:
    """Whether ``phrase[k]`` stands inside brackets opened before it in ``phrase``."""
    depth = 0
    for tok in phrase[:k]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
    return depth > 0


def _full_name(name: str) -> bool:
    """Whether ``name`` is a person's full name: two words or more, capitalised but for the
    particles of a surname ("Eric Alauzet", "Charles de Gaulle"; not "FILLON TOUCHÉ")."""
    words = name.split()
    return len(words) >= 2 and not name.isupper() and \
        all(w[:1].isupper() or w in _NAME_PARTICLES or w[:2] in ("d'", "d’") for w in words)


def _a_description(words: str) -> bool:
    """Whether ``words`` read as a description of someone, not as a clause the reading of a
    subject ran on into: few words and no number ("l'ex-président donnera le 6 février…")."""
    split = words.split()
    return len(split) <= _DESCRIPTION_WORDS and not any(word[:1].isdigit() for word in split)


def _first_word(words: str) -> str:
    """The first word of ``words`` in lower case, an inverted pronoun's hyphen and "t-" taken off
    ("-t-elle" is "elle"); "" for no words."""
    split = words.split(maxsplit=1)
    return split[0].lower().removeprefix("-").removeprefix("t-") if split else ""


@lru_cache(maxsize=4096)
def _gender(words: str) -> str:
    """"m" or "f" when the first word of ``words`` tells their gender ("le ministre", "-t-elle",
    "celui qui", "Jacques Antoine"), "" otherwise (most other names, "l'avocat", "ils")."""
    first = _first_word(words)
    known = _words()
    if first[:2] in ("l'", "l’") and first[2:3].isalpha() and words.lstrip()[2:3].islower():
        # "l'avocate", "l'ancien ministre": the elided article tells no gender; a person's noun
        # or adjective does by its ending (the longest that matches)
        noun = first[2:]
        ending = max((e for e in known.feminine_endings | known.masculine_endings if noun.endswith(e)),
                     key=len, default="")
        return "" if not ending else "f" if ending in known.feminine_endings else "m"
    return "m" if first in known.masculine else "f" if first in known.feminine else ""


@lru_cache(maxsize=4096)
def _plural(words: str) -> bool:
    """Whether the first word of ``words`` says they are plural ("les avocats", "-ils", "eux"), or
    they name several ("Paul Roux et Léa Martin")."""
    split = words.split()
    known = _words()
    return _first_word(words) in known.plural or \
        any(word in known.coordinating and following[:1].isupper() for word, following in zip(split, split[1:]))


def _stood_for(reader: _Reader, collector: _Collector, at: int, recent: deque[tuple[int, Source]],
               outlets: set[int], gender: str = "", plural: bool = False, offset: int | None = None) -> Source | None:
    """Who a pronoun of sentence ``at`` (of ``gender``, when it tells one, and ``plural`` or not;
    at ``offset`` when known) stands for: the person or body named last as a source, of the same
    gender when the source's words tell one and of the same number, or a person its own sentence
    before it or a sentence since makes its subject by their full name ("Eric Alauzet était
    furieux. « … », s'est-il désolé", "Depuis 15 ans, Marie Cau n'a vécu « ni brimades » : « … »,
    confie-t-elle"); never an outlet ("« … »,
    rapporte France Bleu. « … », a-t-il ajouté"); with no source before it, a person a subject
    describes in its gender ("Le directeur veut garder espoir. « … », se souvient-il")."""
    last = next(((i, s) for i, s in reversed(recent) if s.kind in ("person", "institution") and id(s) not in outlets
                 and (not gender or _gender(s.name) in ("", gender)) and _plural(s.name) == plural), None)
    floor = last[0] if last is not None else at - _PRONOUN_REACH - 1
    sentences, blocks = reader.ad.sentences, reader.ad.blocks
    # A full name is one person's: "ils" stands for none.
    first_sentence = at if offset is not None and at >= 0 else at - 1
    for j in range(first_sentence, max(floor, at - _PRONOUN_REACH - 1, -1) if not plural else at - 1, -1):
        if blocks[sentences[j].block].kind not in _BODY_BLOCKS:
            continue  # a headline's subject is its topic ("Collision de Millas : …"), seldom a speaker
        reader.focus(sentences[j].span.start)
        subject = reader.subject_of(sentences[j])
        if subject is None or subject[1] not in ("name", "person") or reader.quoted(subject[0].start) or \
                (j == at and offset is not None and subject[0].end > offset):
            continue  # a subject of the words quoted is one they speak of; the pronoun's own sentence, before it
        t0, t1 = reader.range_of(subject[0])
        first = reader.tokens[t0]
        if first.category == "CAP" and any(t.category == "DE" for t in reader.tokens[t0:t1]) and \
                reader.common_word(first):
            continue  # "Membre du Collectif X, il…", "Originaire de Lens, il…": a common word, then a complement
        found = reader.by_name(reader.named(*subject))
        if found is not None and found.kind == "person" and (
                (found.naming == "named" and _full_name(found.name) and _gender(found.name) in ("", gender)) or
                (last is None and gender and _gender(found.name) == gender and not _plural(found.name)
                 and _a_description(found.name))):
            return collector.add(found, "attribution")
    return last[1] if last is not None else None


class _Continuations:
    """The cue a claim that continues an attribution goes on from: the last attributed
    sentence before it, or the last attributed quotation for a quotation."""

    def __init__(self, ad: AnalysedDocument) -> None:
        self.ad = ad
        self.quotes = [q for q in ad.quotes if q.depth == 0 and q.attribution is not None]
        self.quote_starts = [q.span.start for q in self.quotes]
        # For each sentence, the cue of the last attributed sentence before it.
        self.before: list[Cue | None] = []
        last = None
        for sentence in ad.sentences:
            self.before.append(last)
            last = sentence.attributed_by or last

    def cue(self, claim: Claim | Quote) -> Cue | None:
        if isinstance(claim, Quote):
            i = bisect_right(self.quote_starts, claim.span.start - 1) - 1
            if i >= 0:
                return self.quotes[i].attribution
        s = self.ad.sentence_at(claim.span.start)
        return self.before[s.index] if s is not None else None


def _claims(ad: AnalysedDocument) -> Iterable[tuple[str, Claim | Quote]]:
    """What needs a source, as the rules see it: quotations of speech (and the other
    quotations a cue attributes), figures that need one, statements in the reportive
    conditional; numbers inside quotations are the speaker's."""
    for q in ad.quotes:
        if q.depth == 0 and (q.attributed or q.is_speech):
            yield "quotation", q
    for f in ad.figures:
        if f.needs_source and not f.in_quote:
            yield "figure", f
    for c in ad.conditionals:
        if not c.in_quote:
            yield "statement", c


def _may_stand_unsourced(ad: AnalysedDocument, kind: str, claim: Claim | Quote) -> bool:
    """Headlines and captions summarise, the byline attributes an interview's exchanges:
    what they hold needs no source of its own there."""
    block = ad.blocks[claim.block].kind if 0 <= claim.block < len(ad.blocks) else BlockKind.PARAGRAPH
    return block is BlockKind.DIALOGUE if kind == "quotation" else block not in _BODY_BLOCKS


def sources_of(doc: AnalysedDocument) -> list[Source]:
    """The sources of :func:`source_map`, in the same order, without what each one backs
    (their quotations, figures and statements are left empty): cheaper, for counting them."""
    return _sources(doc)[0]


def _sources(doc: AnalysedDocument) -> tuple[list[Source], _Collector, dict[int, Source]]:
    """The article's sources in the order it first names them, the collector that gathered
    them and the source of each cue (by the cue's id)."""
    collector = _Collector(doc)
    by_cue = _resolve_cues(doc, collector)
    _add_agencies(doc, collector)
    return sorted(collector.sources, key=_first_offset), collector, by_cue


def source_map(doc: AnalysedDocument) -> ArticleSources:
    """The sources of the analysed article ``doc`` and what each one backs."""
    sources, collector, by_cue = _sources(doc)
    article = ArticleSources(doc.path, sources)
    continuations = _Continuations(doc)
    for kind, claim in sorted(_claims(doc), key=lambda kc: kc[1].span.start):
        cue = claim.attribution
        if cue is None and claim.continues:
            cue = continuations.cue(claim)
        where = collector.excerpt(claim.span)
        if cue is None:
            if not claim.continues and not _may_stand_unsourced(doc, kind, claim):
                article.unsourced.append(Unsourced(kind, where.start, where.end, where.text))
            continue
        source = by_cue.get(id(cue))
        if source is None:
            continue  # a cue whose source the analysis cannot tell: backed, by no one we can name
        backed = Backed(where.start, where.end, where.text, collector.excerpt(cue.span))
        {"quotation": source.quotations, "figure": source.figures, "statement": source.statements}[kind].append(backed)
    return article


_AGENCY_ROLES = {"use": "use", "credit": "credit", "photo": "photo"}


def _add_agencies(ad: AnalysedDocument, collector: _Collector) -> None:
    """Agencies whose reporting the article uses, that its credits name, or that credit a photo."""
    for mention in ad.agencies:
        role = _AGENCY_ROLES.get(mention.role)
        if role is not None:
            collector.add(_Found(mention.span, mention.agency, "agency", "named", mention.agency), role)


def _first_offset(source: Source) -> int:
    """Where the first of :attr:`Source.spans` starts, found without sorting them."""
    starts = [e.start for e in source.mentions]
    starts += [e.start for e in source.cues]
    return min(starts) if starts else 0
