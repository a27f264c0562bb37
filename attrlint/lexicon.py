"""The lexicon: word lists loaded from ``grammars/lexicon`` and extended by
configuration and plugins.

Every word form maps to one terminal of the attribution grammar
(``SPEECH_FIN``, ``SPEECH_PP``, ``AGENCY``…). Verbs are stored as infinitives
and conjugated here, so a user adds "claironner" and gets "claironne",
"a claironné", "claironnant", "claironnera"… (not "claironnerait": the
conditional reports, it does not attribute).
"""
from __future__ import annotations

import copy
import hashlib
import marshal
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable

from .patterns import write_atomically
from . import word_lists as word_lists_module
from .word_lists import grammar_file, normalise, read_list, read_toml


def _er_forms(infinitive: str) -> tuple[set[str], set[str], set[str]]:
    """Finite forms, past participles and present participle of an -er verb."""
    stem = infinitive[:-2]
    soft = stem
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g"):
        soft = stem + "e"
    stems = {stem}
    # révéler → révèle, lever → lève, appeler → appelle, jeter → jette
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "aeiouyéè":
            if stem[i] in "ée" and i < len(stem) - 1:
                stems.add(stem[:i] + "è" + stem[i + 1:])
                if stem[i] == "e" and stem[-1] in "lt":
                    stems.add(stem + stem[-1])
            break
    # Third person only: reported speech is "il déclare", "ils déclaraient";
    # other persons live inside quotations, and would turn nouns into verbs
    # ("tonnes" is also "tu tonnes").
    finite: set[str] = set()
    for s in stems:
        finite.update({s + "e", s + "ent"})
    finite.update({soft + "ait", soft + "aient", soft + "a", stem + "èrent"})
    fut_stems = {infinitive} | {s + "er" for s in stems if s != stem}
    # The conditional ("déclarerait") is left out: it reports, it does not attribute.
    for f in fut_stems:
        finite.update({f + "a", f + "ont"})
    pp = {stem + "é", stem + "ée", stem + "és", stem + "ées"}
    return finite, pp, {soft + "ant"}


def _ir_forms(infinitive: str) -> tuple[set[str], set[str], set[str]]:
    stem = infinitive[:-2]
    finite = {stem + e for e in ("it", "issent", "issait", "issaient", "irent")}
    finite.update(infinitive + e for e in ("a", "ont"))
    return finite, {stem + "i", stem + "ie", stem + "is", stem + "ies"}, {stem + "issant"}


@dataclass
class Lexicon:
    """Word forms by grammar terminal, multi-word phrases, and agencies."""

    words: dict[str, str] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    lemmas: dict[str, str] = field(default_factory=dict)
    source_nouns: set[str] = field(default_factory=set)
    channels: set[str] = field(default_factory=set)
    agencies: dict[str, str] = field(default_factory=dict)  # normalised name -> agency id
    wire_agencies: set[str] = field(default_factory=set)
    state_agencies: set[str] = field(default_factory=set)
    credit_required: set[str] = field(default_factory=set)
    # Lemmas of verbs with a common sense other than saying ("lancer une campagne").
    other_senses: set[str] = field(default_factory=set)
    # Those of them that give a named subject's finding or plan when a figure is their object
    # ("Enedis observe une hausse de 300 MW"), without "que".
    finding_senses: set[str] = field(default_factory=set)
    # Lemmas of verbs whose reflexive form means something other than saying when no attribute
    # follows it ("un incendie s'est déclaré vers minuit").
    reflexive_senses: set[str] = field(default_factory=set)
    # Lemmas of participles that make a source of their agent only before "comme"
    # ("présenté par la direction comme une priorité").
    passive_as: set[str] = field(default_factory=set)
    # Nouns of an act of saying whose agent ("l'annonce par le ministre de …") is the source of
    # what they announce.
    announcing_nouns: set[str] = field(default_factory=set)
    # Lemmas of pronominal verbs of saying ("s'inquiéter"): without their pronoun they say nothing.
    pronominal: set[str] = field(default_factory=set)
    _max_phrase: int = 1
    # Counts the changes made through the add_* methods: what is derived from
    # the tables (the tokenizer's vocabulary) is made again after a change.
    revision: int = field(default=0, compare=False)

    # -- building -----------------------------------------------------------
    def add_word(self, form: str, terminal: str, lemma: str | None = None, override: bool = False) -> None:
        """Map one form (or a multi-word phrase) to a grammar terminal."""
        self.revision += 1
        key = normalise(form)
        parts = tuple(split_phrase(key))
        if len(parts) > 1:
            if override or parts not in self.phrases:
                self.phrases[parts] = terminal
            self._max_phrase = max(self._max_phrase, len(parts))
        elif override or key not in self.words:
            self.words[key] = terminal
        if lemma:
            self.lemmas[key] = lemma

    def add_speech_verb(self, infinitive: str, *, finite: Iterable[str] = (), pp: Iterable[str] = (),
                        ppr: Iterable[str] = (), passive_only: bool = False, with_infinitive: bool = True) -> None:
        """Add a verb of saying; regular -er/-ir verbs are conjugated."""
        verb = normalise(infinitive)
        for pronoun in ("se ", "s'"):
            if verb.startswith(pronoun):
                verb = verb[len(pronoun):]
                self.pronominal.add(verb)
        finite, pp, ppr = set(finite), set(pp), set(ppr)
        if not (finite or pp or ppr):
            if verb.endswith("er"):
                finite, pp, ppr = _er_forms(verb)
            elif verb.endswith("ir"):
                finite, pp, ppr = _ir_forms(verb)
            else:
                raise ValueError(f"cannot conjugate {infinitive!r}: give its forms explicitly")
        if passive_only:
            for form in pp:
                self.add_word(form, "PASSIVE_PP", verb)
            return
        for form in finite:
            self.add_word(form, "SPEECH_FIN_PP" if form in pp else "SPEECH_FIN", verb, override=True)
        for form in pp:
            self.add_word(form, "SPEECH_FIN_PP" if form in finite else "SPEECH_PP", verb, override=True)
        for form in ppr:
            self.add_word(form, "SPEECH_PPR", verb, override=True)
        if with_infinitive:
            # "avant d'ajouter :", "a tenu à préciser que"
            self.add_word(verb, "SPEECH_INF", verb)

    def add_agency(self, agency_id: str, names: Iterable[str], *, wire: bool) -> None:
        (self.wire_agencies if wire else self.state_agencies).add(agency_id)
        if wire:
            self.credit_required.add(agency_id)
        for name in names:
            self.agencies[normalise(name)] = agency_id
            self.add_word(name, "AGENCY", agency_id, override=True)

    def add_source_noun(self, noun: str) -> None:
        self.revision += 1
        key = normalise(noun)
        self.source_nouns.add(key)
        self.add_word(key, "SOURCE_NOUN")  # a phrase ("maison d'arrêt") as one, as the tokenizer merges it
        if not key.endswith(("s", "x")) and len(split_phrase(key)) == 1:
            self.source_nouns.add(key + "s")
            self.words.setdefault(key + "s", "SOURCE_NOUN")

    def add_channel(self, noun: str) -> None:
        self.revision += 1
        key = normalise(noun)
        self.channels.add(key)
        self.words[key] = "CHANNEL"
        if not key.endswith(("s", "x")):
            self.channels.add(key + "s")
            self.words[key + "s"] = "CHANNEL"

    def __deepcopy__(self, memo: dict) -> "Lexicon":
        # The tables hold only strings and tuples of strings: copying the
        # tables is a deep copy, and far quicker than copy.deepcopy's walk.
        twin = copy.copy(self)
        for name, value in vars(self).items():
            if isinstance(value, (dict, set)) and name in _TABLES:
                setattr(twin, name, value.copy())
            else:
                setattr(twin, name, copy.deepcopy(value, memo))
        return twin

    # -- lookup -------------------------------------------------------------
    @property
    def max_phrase(self) -> int:
        return self._max_phrase

    def terminal(self, key: str) -> str | None:
        return self.words.get(key)

    def fingerprint(self) -> str:
        """A stable digest of everything in the lexicon, for caches."""
        h = hashlib.sha256()
        for name in sorted(_TABLES):
            table = getattr(self, name)
            keys = sorted(table)
            h.update(f"[{name}]\n".encode())
            if isinstance(table, dict):
                h.update("".join(f"{_flat(k)}\t{table[k]}\n" for k in keys).encode())
            else:
                h.update("".join(f"{_flat(k)}\n" for k in keys).encode())
        return h.hexdigest()[:16]


def _flat(key: str | tuple[str, ...]) -> str:
    return " ".join(key) if isinstance(key, tuple) else key


# Every word table of the lexicon: copied, kept between runs and digested
# alike, so a table added to the class is never left out of any of them.
_TABLES = frozenset(f.name for f in fields(Lexicon) if f.name not in ("_max_phrase", "revision"))


def split_phrase(text: str) -> list[str]:
    """Split a lexicon phrase the way the tokenizer splits text."""
    if text.isalpha():  # one plain word, as most entries are: what the tokenizer would make of it
        return [text]
    from .analysis.tokens import word_split

    if text.endswith("'"):  # "lors d'": the elision needs a word after it to be one
        return word_split(text + "x")[:-1]
    return word_split(text)


_LEXICON_FILES = ("lexicon/words.toml", "lexicon/source_nouns.txt", "lexicon/channels.txt",
                  "lexicon/speech_verbs.toml", "lexicon/agencies.toml")


def load_default_lexicon() -> Lexicon:
    """The lexicon shipped in ``grammars/lexicon``.

    Conjugating its verbs takes a good part of attrlint's start-up, so the
    built lexicon is kept beside the compiled patterns (see
    :mod:`attrlint.patterns`), under a digest of the word lists and of
    this module: edit either and it is built afresh.
    """
    from .patterns import cache_folder

    folder = cache_folder()
    if folder is None:
        return build_default_lexicon()
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(Path(word_lists_module.__file__).read_bytes())  # normalise and the file readers
    for name in _LEXICON_FILES:
        h.update(grammar_file(name).read_bytes())
    kept = folder / f"lexicon-{h.hexdigest()[:24]}.marshal"
    try:
        return _from_tables(marshal.loads(kept.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        pass
    lex = build_default_lexicon()
    write_atomically(kept, marshal.dumps({name: getattr(lex, name) for name in _KEPT_FIELDS}))
    return lex


_KEPT_FIELDS = tuple(sorted(_TABLES)) + ("_max_phrase",)


def _from_tables(tables: object) -> Lexicon:
    if not isinstance(tables, dict) or set(tables) != set(_KEPT_FIELDS):
        raise ValueError("not a kept lexicon")
    lex = Lexicon()
    for name in _KEPT_FIELDS:
        value = tables[name]
        if type(value) is not type(getattr(lex, name)):
            raise ValueError(f"kept lexicon: {name} is a {type(value).__name__}")
        setattr(lex, name, value)
    return lex


def _add_source_nouns(lex: Lexicon, lines: list[str]) -> None:
    """The nouns of ``lines``, each also with every title prefix of ``lines`` (a line
    ending with a hyphen): "vice-président" names a speaker as "président" does."""
    prefixes = [line for line in lines if line.endswith("-")]
    for noun in lines:
        if noun.endswith("-"):
            continue
        lex.add_source_noun(noun)
        if " " not in noun and "-" not in noun:
            for prefix in prefixes:
                lex.add_source_noun(prefix + noun)


def build_default_lexicon() -> Lexicon:
    """The lexicon shipped in ``grammars/lexicon``, built from its files."""
    lex = Lexicon()
    for terminal, forms in read_toml("lexicon/words.toml").items():
        for form in forms:
            lex.add_word(form, terminal)
    _add_source_nouns(lex, read_list("lexicon/source_nouns.txt"))
    for noun in read_list("lexicon/channels.txt"):
        lex.add_channel(noun)
    verbs = read_toml("lexicon/speech_verbs.toml")
    regular = verbs.get("regular", {})
    for verb in regular.get("speech", []):
        lex.add_speech_verb(verb)
    for verb in regular.get("figures", []):
        # "compter que" is rarely "to count": only finite forms source numbers.
        lex.add_speech_verb(verb, with_infinitive=False)
    for verb in regular.get("second_group", []):
        lex.add_speech_verb(verb)
    for name, forms in verbs.get("irregular", {}).items():
        lex.add_speech_verb(name.replace("_", " "), finite=forms.get("finite", []), pp=forms.get("pp", []),
                            ppr=forms.get("ppr", []), with_infinitive=forms.get("infinitive", True))
    lex.other_senses.update(normalise(v) for v in verbs.get("other_senses", {}).get("verbs", []))
    lex.finding_senses.update(normalise(v) for v in verbs.get("other_senses", {}).get("findings", []))
    lex.reflexive_senses.update(normalise(v) for v in verbs.get("reflexive_senses", {}).get("verbs", []))
    lex.passive_as.update(normalise(v) for v in regular.get("passive_as", []))
    lex.announcing_nouns.update(normalise(v) for v in verbs.get("nouns", {}).get("announcing", []))
    for verb in regular.get("passive_only", []) + regular.get("passive_as", []):
        finite, pp, ppr = _er_forms(normalise(verb)) if verb.endswith("er") else (set(), set(), set())
        if verb == "joindre":
            pp = {"joint", "jointe", "joints", "jointes"}
        if verb == "apprendre":
            pp = {"appris"}
        if verb == "recueillir":
            pp = {"recueilli", "recueillis", "recueillie", "recueillies"}
        for form in pp:
            if form not in lex.words or lex.words[form] in ("WORD", "SOURCE_NOUN", "CHANNEL"):
                lex.add_word(form, "PASSIVE_PP", verb, override=True)
    agencies = read_toml("lexicon/agencies.toml")
    for agency_id, spec in agencies.get("wire", {}).items():
        lex.add_agency(agency_id, spec["names"], wire=True)
    for agency_id, spec in agencies.get("state", {}).items():
        lex.add_agency(agency_id, spec["names"], wire=False)
    return lex
