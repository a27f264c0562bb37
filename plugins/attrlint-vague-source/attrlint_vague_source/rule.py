"""SRC001 vague-source: attribution to an unnamed or vague source.

The rule reads the attribution cues of the analysed document and the
tokens of the source each cue names; the words that make a source vague
are data (``vague_sources.toml``).
"""
from __future__ import annotations

import functools
from typing import Iterable, Iterator, NamedTuple, Sequence

from attrlint.lexicon import normalise, split_phrase
from attrlint.model import AnalysedDocument, Cue, Severity, Span, Token
from attrlint.i18n import N_
from attrlint.rules import Example, Option, Rule, Violation, token_index, tokens_in

# Token categories a preverbal subject is made of: « Des sources proches du
# dossier ont indiqué que… ».
SUBJECT_CATEGORIES = {"DET", "DE", "WORD", "SOURCE_NOUN", "CAP", "AGENCY"}
VAGUE, DESCRIBED = "vague", "described"
VAGUE_MESSAGE = N_("Vague source « {source} »: say who it is, or why it cannot be named")
DESCRIBED_MESSAGE = N_("Unnamed source « {source} »: name it, or say why it cannot be named")


class Vocabulary(NamedTuple):
    """The word lists of ``vague_sources.toml``, as token keys. (A named tuple, as ``Finding``:
    a frozen dataclass would compile its methods at each start, the rule off as on.)"""

    determiners: frozenset[str]
    nouns: frozenset[str]
    qualifiers: tuple[tuple[str, ...], ...]
    complements: frozenset[str]
    impersonal: frozenset[str]
    impersonal_verbs: frozenset[str]

    @classmethod
    def load(cls, extra_nouns: Iterable[str] = (), extra_qualifiers: Iterable[str] = ()) -> "Vocabulary":
        # Imported here, when the rule first reads its words: the rule is off by default, and
        # a run that leaves it off never imports them (tomllib alone costs a twentieth of a start).
        # pkgutil rather than importlib.resources, whose import costs more than reading the file.
        import pkgutil
        import sys

        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover
            import tomli as tomllib

        raw = pkgutil.get_data(__package__, "vague_sources.toml")
        if raw is None:
            raise FileNotFoundError(f"vague_sources.toml not found in {__package__}")
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
        determiners = {key for phrase in data["determiners"] for key in split_phrase(normalise(phrase))}
        qualifiers = {tuple(split_phrase(normalise(q))) for q in [*data["qualifiers"], *extra_qualifiers]}
        return cls(determiners=frozenset(determiners),
                   nouns=frozenset(normalise(n) for n in [*data["nouns"], *extra_nouns]),
                   qualifiers=tuple(sorted(q for q in qualifiers if q)),
                   complements=frozenset(" ".join(split_phrase(normalise(c))) for c in data["complements"]),
                   impersonal=frozenset(normalise(p) for p in data["impersonal"]),
                   impersonal_verbs=frozenset(normalise(v) for v in data["impersonal_verbs"]))

    def is_qualifier_prefix(self, keys: tuple[str, ...]) -> bool:
        return any(q[:len(keys)] == keys for q in self.qualifiers)

    def qualifier_at_head(self, keys: tuple[str, ...]) -> int:
        """The length of the longest qualifier that ``keys`` start with (0 when none)."""
        return max((len(q) for q in self.qualifiers if keys[:len(q)] == q), default=0)


class Finding(NamedTuple):
    """A source the rule reports: vague or only described, and its span."""

    kind: str  # vague or described
    span: Span


class VagueSource(Rule):
    code = "SRC001"
    name = "vague-source"
    summary = N_("attribution to an unnamed or vague source (« selon des sources », « de source sûre »)")
    message = N_("Vague source: say who it is, or why it cannot be named")
    messages = (VAGUE_MESSAGE, DESCRIBED_MESSAGE)
    severity = Severity.INFO
    enabled_by_default = False
    explanation = N_("""\
An attribution that names nobody gives the reader nothing to weigh: « selon
des sources », « de source sûre », « selon certains experts », « des sources
proches du dossier ont indiqué », or « a-t-on appris » with no one after it.
Name the source, or say who it is and why it cannot be named (« un
diplomate européen, qui a requis l'anonymat car il n'est pas autorisé à
s'exprimer »).

A source described by its role or institution (« une source policière »,
« un responsable du ministère ») is reported only with the option
report-described. The words the rule looks for are listed in the plugin's
vague_sources.toml; extra-nouns and extra-qualifiers add to them.
""")
    options = {
        "report-described": Option(bool, False, N_("also report unnamed sources described by their role or "
                                                   "institution (« une source policière »)")),
        "extra-nouns": Option(list, [], N_("more nouns that stand for a source without naming it"), item=str),
        "extra-qualifiers": Option(list, [], N_("more words that describe such a source without saying who "
                                                "it is"), item=str),
    }
    examples = (
        Example(bad="Selon des sources, le ministre va démissionner.",
                good="Selon le ministère de l'Intérieur, le ministre va démissionner."),
        Example(bad="Le ministre va démissionner, a-t-on appris.",
                good="Le ministre va démissionner, a-t-on appris auprès de son cabinet."),
    )

    @functools.cached_property
    def words(self) -> Vocabulary:
        # Read on first use: a run where the rule is off never pays for its word lists.
        return Vocabulary.load(self.settings["extra-nouns"], self.settings["extra-qualifiers"])

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        reported: set[Span] = set()
        for cue in doc.cues:
            if cue.in_quote:
                continue  # someone else's words
            found = self.judge(doc, cue)
            if found is None or found.span in reported:
                continue
            if found.kind == DESCRIBED and not self.settings["report-described"]:
                continue
            reported.add(found.span)
            yield self.describe_finding(doc, found)

    def describe_finding(self, doc: AnalysedDocument, found: Finding) -> Violation:
        text = " ".join(doc.text(found.span).split())
        return self.violation(found.span, DESCRIBED_MESSAGE if found.kind == DESCRIBED else VAGUE_MESSAGE,
                              source=text)

    # -- judging one cue ----------------------------------------------------
    def judge(self, doc: AnalysedDocument, cue: Cue) -> Finding | None:
        first = doc.tokens[token_index(doc, cue.span.start)]
        if cue.source is not None:
            found = self.classify(doc, tokens_in(doc, cue.source))
        elif first.category == "DE_SOURCE":  # « de source sûre »: the cue is its own source
            found = self.classify(doc, tokens_in(doc, cue.span))
        else:
            subject = self.subject_of(doc, cue) if cue.kind == "speech" else []
            impersonal = self.impersonal_token(doc, cue, subject)
            if impersonal is not None:
                if self.other_cues_in_sentence(doc, cue):
                    return None  # « a-t-on appris de source policière »: the other cue says who
                start = min(impersonal.span.start, cue.span.start)
                return Finding(VAGUE, Span(start, cue.span.end))
            found = self.classify(doc, subject)
        if found is None and cue.vague:
            return Finding(VAGUE, cue.source or cue.span)
        return found

    def classify(self, doc: AnalysedDocument, phrase: Sequence[Token]) -> Finding | None:
        """Whether a source phrase is vague (a noun of the list, unnamed) or only described."""
        words = self.words
        for i, token in enumerate(phrase):
            keys = token.lower.split(" ")  # merged tokens: « de source »
            if keys[-1] in words.nouns:
                head = i
                before = [k for t in phrase[:i] for k in t.lower.split(" ")] + keys[:-1]
                break
        else:
            return None
        if not before or not all(k in words.determiners for k in before):
            return None  # « le ministre », « son entourage »: someone the article names
        rest = self.qualifier_tokens(doc, list(phrase[head + 1:]), phrase[head])
        matched = words.qualifier_at_head(tuple(t.lower for t in rest))
        start = phrase[0].span.start
        if matched:
            return Finding(VAGUE, Span(start, rest[matched - 1].span.end))
        if rest or self.complement_after(doc, phrase[-1]):
            return Finding(DESCRIBED, Span(start, phrase[-1].span.end))
        return Finding(VAGUE, Span(start, phrase[head].span.end))

    def complement_after(self, doc: AnalysedDocument, last: Token) -> bool:
        """« les experts | en cybersécurité »: words right after the phrase that describe the source."""
        i = token_index(doc, last.span.end)
        if i >= len(doc.tokens):
            return False
        after = doc.tokens[i]  # a comma or a stop would be this token
        same_sentence = doc.sentence_at(after.span.start) is doc.sentence_at(last.span.start)
        return same_sentence and after.lower in self.words.complements

    def qualifier_tokens(self, doc: AnalysedDocument, rest: list[Token], head: Token) -> list[Token]:
        """The words after the noun, extended past the phrase while they spell out a qualifier.

        The grammar may end a source before « du dossier » (« de source proche du dossier »).
        """
        tokens = doc.tokens
        last = rest[-1] if rest else head
        i = token_index(doc, last.span.end)
        while i < len(tokens):
            keys = tuple(t.lower for t in rest) + (tokens[i].lower,)
            if not self.words.is_qualifier_prefix(keys):
                break
            rest.append(tokens[i])
            i += 1
        return rest

    def subject_of(self, doc: AnalysedDocument, cue: Cue) -> list[Token]:
        """The noun phrase right before a verb of saying: « Certains experts | estiment que… »."""
        sentence = doc.sentence_at(cue.span.start)
        floor = sentence.span.start if sentence else 0
        end = token_index(doc, cue.span.start)
        start = end
        while start > 0 and doc.tokens[start - 1].span.start >= floor \
                and doc.tokens[start - 1].category in SUBJECT_CATEGORIES:
            start -= 1
        return doc.tokens[start:end]

    def impersonal_token(self, doc: AnalysedDocument, cue: Cue, subject: list[Token]) -> Token | None:
        """The « on » of « a-t-on appris », « dit-on », « on a appris que », with a verb of hearsay."""
        words = tokens_in(doc, cue.span)
        lemmas = doc.lexicon.lemmas if doc.lexicon is not None else {}
        if not any(lemmas.get(w.lower) in self.words.impersonal_verbs for w in words):
            return None
        for token in words:
            if token.category == "CLITIC_INV" and token.lower in self.words.impersonal:
                return token
        at = token_index(doc, cue.span.start)
        if not subject and at > 0:
            before = doc.tokens[at - 1]
            if before.category == "PRON" and before.lower in self.words.impersonal:
                return before
        return None

    @staticmethod
    def other_cues_in_sentence(doc: AnalysedDocument, cue: Cue) -> bool:
        sentence = doc.sentence_at(cue.span.start)
        if sentence is None:
            return False
        return any(other is not cue and not other.in_quote and other.span.start in sentence.span
                   for other in doc.cues)
