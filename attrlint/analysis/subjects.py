"""Who a sentence is about: the subject of its main clause, when it names
someone or something that can speak (SPEC §2.1 rule 4).

"Emmanuel Macron a défendu « … »", "Il trouve « … »", "le rapport dépeint
un pilote « … »": the subject is the speaker of the words woven into its
sentence. The subject is read from the sentence's first words, after the
adverbials that may open it ("Durant cinq heures, il…"); what it names is
told by the lexicon: a pronoun, a proper name, a noun for a person
(``source_nouns.txt`` and ``subjects.toml``), an institution or a document.
A subject that is a thing or an event ("le mercure", "ces rassemblements")
names no speaker.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from ..guards import window_end
from ..word_lists import read_word_lists, word_sets
from ..model import Span, Token
from ..patterns import regex
from .spans import between
from .tokens import past_adverbs

# How far an adverbial opening the sentence may run before its comma, and how
# many words a subject's noun phrase may hold before its verb.
_OPENER_REACH = 22
_PHRASE_REACH = 8
# Categories that end a subject's noun phrase: its verb, a conjunction of clauses, punctuation.
_PHRASE_ENDS = {"AUX", "SPEECH_FIN", "SPEECH_PP", "SPEECH_FIN_PP", "PASSIVE_PP", "QUE", "STOP", "COLON", "QUOTE",
                "PRON", "REFL", "NEG", "DASH", "PAREN", "REL"}
# Endings of the participles that may open a sentence before its subject.
_OPENING_PARTICIPLE = ("é", "ée", "és", "ées", "ant")
# Titles a name follows: "M. Tesler", "Mme Durand".
TITLES = frozenset(read_word_lists("lexicon/subjects.toml")["titles"])
NAME_PARTICLES = frozenset(read_word_lists("lexicon/subjects.toml")["name_particles"])


def after_a_title(tokens: list[Token], k: int, end: int) -> int:
    """Where the name after the title ``tokens[k - 1]`` ("M", "Mme", "Dr") ends: past the title's
    full stop, the capitalised words, whatever their category ("M. Le Maire"), and the particles in
    lower case before one ("Mme de Sarnez", "M. van der Berg"); ``k`` when no name follows."""
    j = k + 1 if k < end and tokens[k].text == "." else k
    named_to = k
    while j < end:
        if tokens[j].category in _NAME_CATEGORIES and tokens[j].text[:1].isupper():
            j = named_to = j + 1
        elif tokens[j].lower in NAME_PARTICLES:
            j += 1
        else:
            break
    return named_to


# The categories of the words a name is written with.
_NAME_CATEGORIES = frozenset({"CAP", "SOURCE_NOUN", "WORD"})


def particle_of_a_name(tokens: list[Token], j: int, end: int) -> bool:
    """Whether ``tokens[j]``, after a capitalised word, is the particle of a name that goes on:
    an article or "de" written with a capital, then a capitalised word ("Bruno Le Maire", "Marine
    Le Pen", "Charles De Gaulle"); in the middle of a sentence, a capital tells a name's part."""
    if j + 1 >= end or tokens[j].category not in ("DET", "DE") or not tokens[j].text[:1].isupper():
        return False
    following = tokens[j + 1]
    return following.category in ("CAP", "SOURCE_NOUN", "WORD") and following.text[:1].isupper()
# The closed classes of grammars/lexicon/function_words.toml, and the terminals of words.toml.
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")
_TERMINALS = word_sets("lexicon/words.toml")
# The lists of subjects.toml, read here once for the constants of the readings below;
# subject_words() gives those the other modules share.
_SUBJECT_LISTS = word_sets("lexicon/subjects.toml")
# Pronouns that stand for a person when they open the sentence before a quotation.
PERSON_PRONOUNS = _FUNCTION_WORDS["person_pronouns"]
# Object pronouns between a subject and its verb ("Ce dernier l'a contredit", "il ne l'a pas dit").
_OBJECT_CLITICS = _FUNCTION_WORDS["object_pronouns"] | _TERMINALS["REFL"] | _TERMINALS["NEG"]


class SubjectWords(NamedTuple):
    """The word lists of ``grammars/lexicon/subjects.toml``. (A named tuple: a frozen dataclass
    would compile its methods at each start.)"""

    openers: frozenset[str]
    through: frozenset[str]
    pronouns: frozenset[str]
    indefinite_people: frozenset[str]
    impersonal: frozenset[str]
    impersonal_on: frozenset[str]
    adjectives: frozenset[str]
    offences: frozenset[str]
    institutions: frozenset[str]
    people: frozenset[str]
    singular_determiners: frozenset[str]
    times: frozenset[str]
    standing_for_someone: frozenset[str]
    documents: frozenset[str]
    counts: frozenset[str]
    singular_people: frozenset[str]

    def names_people(self, noun: str) -> bool:
        """Whether ``noun`` is a noun for people, in the singular or the plural ("pêcheur",
        "pêcheurs")."""
        return noun in self.people or (noun[-1:] in ("s", "x") and noun[:-1] in self.people)


@lru_cache(maxsize=1)
def subject_words() -> SubjectWords:
    sets = word_sets("lexicon/subjects.toml")
    return SubjectWords(**{key: sets[key] for key in SubjectWords._fields})


class BlockMarks:
    """Where the quotation marks and stops of a block's tokens are, found once for all its
    sentences (:func:`block_marks`): the readings below look them up there rather than scan
    each sentence's tokens for them. (A plain class: a dataclass would compile its methods
    at each start.)"""

    __slots__ = ("quotes", "glued", "stops")

    def __init__(self, quotes: list[int], glued: list[int], stops: list[int]) -> None:
        self.quotes = quotes  # the indices of the quotation marks, in order
        self.glued = glued  # those of the marks that may close a heading glued to the sentence after it
        self.stops = stops  # the indices of the stops, in order


def find_subject(tokens: list[Token], t0: int, t1: int, source_nouns: AbstractSet[str],
                 past_a_phrase: bool = True, marks: BlockMarks | None = None) -> tuple[Span, str] | None:
    """The subject of the sentence made of ``tokens[t0:t1]`` and its kind
    (``pronoun``; ``name``, a name of several words; ``surname``, a single
    capitalised word; ``person``; or ``institution``), or None when the
    sentence opens on a quotation or its subject names no one. With
    ``past_a_phrase``, a phrase a capitalised word opens may be read past, once.
    ``marks``: where the block's quotation marks and stops are, when known; otherwise the
    tokens are scanned for them. Most blocks have no mark that may close a heading glued to
    a sentence: none of their sentences is read for one."""
    heading = _after_glued_heading(tokens, t0, t1, marks) if marks is None or marks.glued else None
    if heading is not None:
        # "Une rentrée « sous tension »La ministre a…": the sentence's subject, after its heading,
        # when one names someone there; otherwise the heading is read as before.
        found = find_subject(tokens, heading, t1, source_nouns, past_a_phrase, marks)
        if found is not None:
            return found
    words = subject_words()
    i = _after_openers(tokens, t0, t1, words, marks)
    if i is None or i >= t1:
        return None
    tok = tokens[i]
    lower, category = tok.lower, tok.category
    if lower in words.pronouns:
        following = tokens[i + 1].lower if i + 1 < t1 else ""
        if lower in _ALSO_DETERMINERS and i + 1 < t1 and tokens[i + 1].category == "QUOTE":
            return None  # "Certaines « absurdités » seront supprimées": a determiner
        if (lower == "il" and following in words.impersonal and not _does_something(tokens, i + 1, t1)) or \
                (lower == "on" and following in words.impersonal_on):
            return None
        return Span(tok.start, tok.end), "pronoun"
    if lower in ("celle", "celui") and i + 1 < t1 and tokens[i + 1].lower == "qui":
        return Span(tok.start, tok.end), "pronoun"  # "Celle qui est aussi actrice a tenu à…": a person
    if lower in _CE and i + 1 < t1 and tokens[i + 1].lower in _BEING:
        return _cleft(tokens, i + 2, t1, source_nouns, marks)
    if lower in _ELIDED_THE:
        one_of_them = _one_of_them(tokens, i, t1)
        if one_of_them is not None:
            return one_of_them, "person"
    if category in ("DET", "DE"):
        dislocated = _after_dislocated_object(tokens, i, t1, words)
        if dislocated is not None:
            return dislocated, "pronoun"
    if category == "SOURCE_NOUN" and past_a_phrase:
        # "Responsable d'un magasin depuis vingt ans, elle…": a title with no determiner, in
        # apposition to the subject that follows its comma.
        after = _subject_after_opening_phrase(tokens, i, t1, source_nouns, marks)
        if after is not None:
            return after
    if category == "CAP":
        j = after_a_title(tokens, i + 1, t1) if tok.text in TITLES else i + 1  # "M. Tesler", "Mme Durand"
        while j < t1:
            if tokens[j].category == "CAP" or \
                    (tokens[j].category == "DE" and j + 1 < t1 and tokens[j + 1].category == "CAP"):
                j += 1
            elif (tokens[j].category == "NUM" or tokens[j].text == "+") and tokens[j].start == tokens[j - 1].end:
                j += 1  # "L214", "TF1", "Canal+": digits or a sign glued to a name are the name's
            elif particle_of_a_name(tokens, j, t1):
                j += 2  # "Bruno Le Maire": "Maire" is a name's here, not a title
            else:
                break
        if j == i + 1 and _adverbial(tokens, j, t1) and not (tokens[j].category == "COMMA"
                                                             and not lower.endswith("ment")):
            return None  # "Concrètement, …", "Début mai déjà, …": a capitalised first word, not a name
        if j == i + 1 and past_a_phrase:
            after = _subject_after_opening_phrase(tokens, i, t1, source_nouns, marks)
            if after is not None:
                return after
        return Span(tok.start, tokens[j - 1].end), "name" if j > i + 1 else "surname"
    if category in ("DET", "DE", "SOURCE_NOUN", "CHANNEL"):
        return _noun_phrase(tokens, i, t1, source_nouns, words)
    return None


# "C'est Paul qui…", "Ce sont les voisins qui…": "ce" and a form of "être" that put forward the subject.
_CE = _SUBJECT_LISTS["presenting_ce"]
_BEING = _SUBJECT_LISTS["presenting_being"]
# "C'est pourquoi elle…", "c'est alors qu'il…": a link to what comes before, then the clause.
_LINKS = _SUBJECT_LISTS["links_after_cest"]


def _cleft(tokens: list[Token], j: int, t1: int, source_nouns: AbstractSet[str],
           marks: BlockMarks | None) -> tuple[Span, str] | None:
    """The subject of a sentence opening on "c'est" at ``tokens[j]`` (after the verb): the words put
    forward before "qui" ("C'est Léa Martin, la présentatrice, qui…"), the clause after a link
    ("C'est pourquoi elle…"), or None: "ce" is a thing, no one who speaks."""
    if j < t1 and tokens[j].lower in _LINKS:
        k = j + 1
        while k < t1 and tokens[k].category == "QUE":
            k += 1  # "c'est alors qu'il…"
        return find_subject(tokens, k, t1, source_nouns, past_a_phrase=False, marks=marks)
    for k in range(j, min(t1, j + _PHRASE_REACH + 2)):
        if tokens[k].lower == "qui":
            return find_subject(tokens, j, k, source_nouns, past_a_phrase=False,
                                marks=marks) if k > j else None
        if tokens[k].category == "QUE":
            # "C'est par là qu'il a commencé": an adverbial put forward, the subject after "que".
            return find_subject(tokens, k + 1, t1, source_nouns, past_a_phrase=False, marks=marks)
        if tokens[k].category in _PHRASE_ENDS:
            return None
    return None


# Object pronouns that take up a noun phrase set before the subject: "Son livre, il l'a écrit".
_TAKEN_UP = _FUNCTION_WORDS["direct_object_pronouns"]


def _after_dislocated_object(tokens: list[Token], i: int, t1: int, words: SubjectWords) -> Span | None:
    """"Son livre, il l'a écrit en prison", "Des regrets, elle en a": a noun phrase set before
    the sentence and taken up by an object pronoun after the subject is the object; the subject
    is the pronoun after its comma. Returns that pronoun's span, or None."""
    if tokens[i].category not in ("DET", "DE"):
        return None
    for k in range(i + 1, window_end(i, _PHRASE_REACH, t1 - 2)):
        category = tokens[k].category
        if category == "COMMA":
            pronoun, clitic = tokens[k + 1], tokens[k + 2]
            if pronoun.lower in PERSON_PRONOUNS and pronoun.lower in words.pronouns and clitic.lower in _TAKEN_UP:
                return Span(pronoun.start, pronoun.end)
            return None
        if category in _PHRASE_ENDS:
            return None
    return None


# "L'un d'eux", "l'une d'entre elles": one of the people just spoken of.
_ONE = _FUNCTION_WORDS["one"]
_OF_THEM = _SUBJECT_LISTS["of_them"]
_ELIDED_THE = ("l'", "l’")  # the article "l'un" opens on


def _one_of_them(tokens: list[Token], i: int, t1: int) -> Span | None:
    """The span of "l'un d'eux" or "l'une d'entre elles" opening at ``tokens[i]``, or None."""
    if i + 3 >= t1 or tokens[i].lower not in _ELIDED_THE or tokens[i + 1].lower not in _ONE or \
            tokens[i + 2].lower not in ("d'", "d’"):
        return None
    k = i + 3
    if tokens[k].lower == "entre" and k + 1 < t1:
        k += 1
    return Span(tokens[i].start, tokens[k].end) if tokens[k].lower in _OF_THEM else None


# Who the subject after an opening phrase may be: someone who can speak.
_SPEAKING_KINDS = {"pronoun", "name", "surname", "person"}


def _subject_after_opening_phrase(tokens: list[Token], i: int, t1: int, source_nouns: AbstractSet[str],
                                  marks: BlockMarks | None) -> tuple[Span, str] | None:
    """"Voyant les menaces peser, M. Gandas perd…", "Grand rival de Joe Biden, le sénateur
    Bernie Sanders a appelé…": a capitalised first word followed by lowercase words up to a
    comma, with no verb, opens a phrase; it is no name. The subject is the person after the
    comma, when one stands there; otherwise None, and the first word is read as before."""
    if i + 1 >= t1 or tokens[i + 1].category in ("COMMA", "CAP") or tokens[i + 1].category in _PHRASE_ENDS:
        return None
    for k in range(i + 2, min(t1, i + _OPENER_REACH)):
        category = tokens[k].category
        if category == "COMMA":
            # One phrase read past, not a chain of them (each would be read again at every comma).
            found = find_subject(tokens, k + 1, t1, source_nouns, past_a_phrase=False, marks=marks)
            return found if found is not None and found[1] in _SPEAKING_KINDS else None
        if category in _PHRASE_ENDS:
            return None
    return None


# Pronouns that are determiners too ("certains élus", "certaines « absurdités »"): the
# indefinite pronouns for people of subjects.toml.
_ALSO_DETERMINERS = _SUBJECT_LISTS["indefinite_people"]
# "il fait beau", "il fait 30 degrés", "il fait du vent": the weather; "il fait un distinguo",
# "il faisait la moue": someone does something.
_DOING = _SUBJECT_LISTS["doing"]
_SEEMING = _SUBJECT_LISTS["seeming"]
_OBJECT_DETERMINERS = _SUBJECT_LISTS["object_determiners"]


def _does_something(tokens: list[Token], verb: int, t1: int) -> bool:
    """Whether "il" + ``tokens[verb]`` is someone doing something rather than the weather
    ("il fait néanmoins un distinguo": adverbs may come between), or someone who seems to
    do it ("il semble avoir tourné la page"; "il semble que…" is impersonal)."""
    seems = tokens[verb].lower in _SEEMING
    if tokens[verb].lower == "y":
        return _has_been_there(tokens, verb, t1)
    if tokens[verb].lower in _STAYING:
        return _stays_something(tokens, verb, t1)
    if tokens[verb].lower not in _DOING and not seems:
        return False
    k = past_adverbs(tokens, verb + 1, t1)
    if k >= t1:
        return False
    if seems:
        return tokens[k].lower in ("avoir", "être") or tokens[k].lower.endswith(("er", "ir", "re"))
    return tokens[k].lower in _OBJECT_DETERMINERS


# "il reste circonspect", "il restait convaincu": someone stays as he is; "il reste deux jours",
# "il reste à voir", "il reste que…", "il reste quelques places": what is left, impersonal.
_STAYING = _SUBJECT_LISTS["staying"]
_LEFT_OVER = _SUBJECT_LISTS["left_over"]


def _stays_something(tokens: list[Token], verb: int, t1: int) -> bool:
    """Whether "il" + ``tokens[verb]`` ("reste", "restait") is someone who stays as an adjective
    after it says ("il reste circonspect"), rather than what is left."""
    k = past_adverbs(tokens, verb + 1, t1)
    word = tokens[k].lower if k < t1 else ""
    # "il reste malgré tout des…", "il reste encore…": an adverbial, not yet what follows it.
    return k < t1 and tokens[k].category == "WORD" and word not in _LEFT_OVER and \
        word not in _OBJECT_DETERMINERS and word not in subject_words().openers


# "Il y a vu un moyen…", "il y avait passé dix ans": "il y a" then a past participle is someone who
# did something there; "il y a eu", "il y a été", "il y a lieu", "il y a peu" are impersonal.
_PAST_PARTICIPLE = regex.compile(r"\p{Ll}+(?:é|ée|és|ées|i|is|it|u|us|ert|ort)")
_NOT_DONE = _SUBJECT_LISTS["not_done"]


def _has_been_there(tokens: list[Token], y: int, t1: int) -> bool:
    """Whether "il y" + ``tokens[y + 1:]`` is "a" or "avait" and a past participle."""
    if y + 2 >= t1 or tokens[y + 1].lower not in ("a", "avait"):
        return False
    word = tokens[y + 2].lower
    return word not in _NOT_DONE and _PAST_PARTICIPLE.fullmatch(word) is not None


# How many tokens a heading glued to the sentence by a lost line break may hold.
_HEADING_REACH = 16
_CLOSING_MARKS = {"»", "”"}
_CLOSING_OF = {"«": "»", "“": "”"}  # the mark that closes each opening one; a straight mark closes itself


def block_marks(tokens: list[Token], quotes: list[int], stops: list[int]) -> BlockMarks:
    """The marks of a block's ``tokens`` whose quotation marks and stops are at the indices
    ``quotes`` and ``stops``, with those of the quotation marks that may close a heading glued to
    the sentence after it (:func:`_after_glued_heading`): a closing mark, or a straight one glued
    to the word before it, with a capital right after it."""
    glued = _glued_closing_marks(tokens, quotes)
    return BlockMarks(quotes, glued, stops)


def _glued_closing_marks(tokens: list[Token], marks: Iterable[int]) -> list[int]:
    """Of the quotation marks at the indices ``marks``, in order, those that close with a capital
    right after them and no space: a closing mark, or a straight one glued to the word before it
    as well. (One loop for all the marks of a block: the test is not a call for each.)"""
    last = len(tokens) - 1
    found = []
    for j in marks:
        if 0 < j < last:
            mark, after = tokens[j], tokens[j + 1]
            if after.start == mark.end and after.text[:1].isupper() and \
                    (mark.text in _CLOSING_MARKS or (mark.text == '"' and tokens[j - 1].end == mark.start
                                                     and tokens[j - 1].category != "QUOTE")):
                found.append(j)
    return found


def _after_glued_heading(tokens: list[Token], t0: int, t1: int, marks: BlockMarks | None) -> int | None:
    """The first word of the sentence after a heading that ends on a quotation and was glued to
    it when line breaks were lost ("Une rentrée « sous tension »La ministre a…": a capital right
    after the closing mark, with no space), or None when there is none."""
    end = window_end(t0, _HEADING_REACH, t1 - 1)
    if marks is not None:
        # The first of the glued marks from t0 + 1 on, when it comes before the end: one search.
        glued = marks.glued
        at = bisect_left(glued, t0 + 1)
        return glued[at] + 1 if at < len(glued) and glued[at] < end else None
    glued = _glued_closing_marks(tokens, (j for j in range(t0 + 1, end) if tokens[j].category == "QUOTE"))
    return glued[0] + 1 if glued else None


def _after_quote_and_colon(tokens: list[Token], i: int, t1: int, marks: BlockMarks | None) -> int | None:
    """The word after "« … » :" when the sentence opens on a quotation and a colon, or after a
    quoted heading glued to the sentence by a lost line break ("« Nouveaux objectifs »Son
    amendement…": a capital right after the closing mark, with no space)."""
    mark = tokens[i].text
    closing = _CLOSING_OF.get(mark, mark)
    for j in range(i + 1, t1 - 1) if marks is None else between(marks.quotes, i + 1, t1 - 1):
        if tokens[j].category == "QUOTE" and tokens[j].text == closing:
            if tokens[j + 1].category == "COLON":
                return j + 2
            glued = tokens[j + 1].start == tokens[j].end and tokens[j + 1].text[:1].isupper()
            return j + 1 if glued else None
    return None


def _adverbial(tokens: list[Token], j: int, t1: int) -> bool:
    """Whether a comma comes within the next few words, before any verb: the
    first word opened an adverbial, not a subject."""
    for k in range(j, window_end(j, 3, t1)):
        if tokens[k].category == "COMMA":
            return True
        if tokens[k].category in _PHRASE_ENDS:
            return False
    return False


def _named_after(tokens: list[Token], i: int, head: int, t1: int) -> tuple[Span, str] | None:
    """"La jeune tête de liste Jordan Bardella": a head we do not know, followed
    by plain words and a full name, is that person's title."""
    k = head + 1
    while k < t1 and k - head <= 3 and tokens[k].category == "WORD":
        k += 1
    with_article = False
    if k > head + 1 and k + 2 < t1 and tokens[k].category == "COMMA" and tokens[k + 1].category == "CAP":
        k += 1  # "Sa rivale démocrate, Hillary Clinton a…": the name in apposition
    elif k > head + 1 and k + 2 < t1 and tokens[k].category == "COMMA" and tokens[k + 1].category == "DET" and \
            tokens[k + 2].category == "CAP":
        k += 2  # "Un autre quotidien régional, La Gazette voit…": a name that takes an article, a body's
        with_article = True
    n = k
    while n < t1 and tokens[n].category == "CAP":
        n += 1
    if n - k >= 2 and not with_article:
        return Span(tokens[i].start, tokens[n - 1].end), "name"
    if n - k >= 1 and with_article:
        return Span(tokens[i].start, tokens[n - 1].end), "institution"
    return None


# Categories of a word that opens an adverbial before the subject ("Lundi, …", "Dans un
# communiqué, …", "Selon lui, …"), and those of a word that may be a participle opening one.
_OPENER_CATEGORIES = frozenset({"NUM", "PREP_SOURCE", "LORS", "MICRO", "DANS", "SUR", "PREP_A", "PAR", "POUR", "ADV"})
_PARTICIPLE_CATEGORIES = frozenset({"WORD", "SPEECH_PP", "PASSIVE_PP"})
_PRESENT_PARTICIPLE_CATEGORIES = frozenset({"CAP", "SPEECH_PPR"})


def _after_openers(tokens: list[Token], i: int, t1: int, words: SubjectWords,
                   marks: BlockMarks | None) -> int | None:
    """The first word after the adverbials and conjunctions that open the sentence."""
    for _ in range(4):
        while i < t1 and tokens[i].category in ("DASH", "COMMA"):
            i += 1
        if i < t1 and tokens[i].category == "QUOTE":
            # "« On n'est pas fatigués » : les manifestants ont défilé…": the speaker after the colon.
            after = _after_quote_and_colon(tokens, i, t1, marks)
            if after is None:
                return None
            i = after
            continue
        if i >= t1 or tokens[i].category == "PAREN":
            return None
        tok = tokens[i]
        lower, category = tok.lower, tok.category
        following = tokens[i + 1] if i + 1 < t1 else None
        # Read through a conjunction, but not one that opens an adverbial ("Alors, …") or a
        # clause ("Alors que son père luttait, Rachel…"): those are openers, read below.
        if lower in words.through and not (following is not None and following.category in ("COMMA", "QUE")):
            i += 1
            continue
        if lower == "ce" and i + 2 < t1 and tokens[i + 1].lower == "à" and tokens[i + 2].lower == "quoi":
            i += 3  # "Ce à quoi Hugo Clément répond que…": the subject of the answer
            continue
        # The tests below go from the cheapest to the dearest; a function is called only for the
        # words it may accept.
        if lower in words.openers or category in _OPENER_CATEGORIES or \
                (category in _PARTICIPLE_CATEGORIES and lower.endswith(_OPENING_PARTICIPLE)) or \
                (category == "DET" and following is not None and
                 (following.category == "NUM" or
                  _time_word(tokens[_past_adjectives(tokens, i + 1, t1, words)].lower) in words.times)) or \
                (following is not None and
                 ((lower.endswith("ant") and _present_participle(tokens, i, t1)) or
                  (tok.text == "A" and following.category in ("CAP", "DET", "NUM")) or
                  (lower in ("s'", "s’") and following.lower in ("il", "ils")) or
                  (lower == "tout" and following.lower == "en") or
                  (lower == "il" and following.lower == "y" and _time_ago(tokens, i, t1, words)))):
            # "Lundi, interrogé par Society, …", "Mais, voyant les menaces peser, …": a participle
            # opens an adverbial. (Capitalised, it may be a name, "René", or a word the analysis
            # already reads as the sentence's first: it is left alone.)
            # "A Beyrouth, …": the press often leaves the capital À unaccented.
            # "La semaine passée, …", "Ce lundi, …", "Le 1er septembre, …", "Il y a deux jours, …":
            # a time, not the subject. "S'il le faut, …": a condition; "Tout en …, …": a manner.
            comma = _opener_end(tokens, i, t1)
            if comma is None:
                return None
            i = comma + 1
            continue
        return i
    return None


# Words after an opening clause's comma that go on with that clause: a relative about its
# words ("Si elle craint la ville, qui vit de l'usine, elle…"), a reason given for it ("…, car…").
_CLAUSE_GOES_ON = _SUBJECT_LISTS["clause_goes_on"]


def _opener_end(tokens: list[Token], i: int, t1: int) -> int | None:
    """The comma that ends the adverbial or clause opening at ``tokens[i]``: the first comma outside
    quotation marks, or past a relative or a "car" that goes on with the clause; None when none comes
    within reach."""
    comma = _comma_outside_quotes(tokens, i + 1, t1)
    while comma is not None and comma + 1 < t1 and tokens[comma + 1].lower in _CLAUSE_GOES_ON:
        comma = _comma_outside_quotes(tokens, comma + 2, t1)
    return comma


def _comma_outside_quotes(tokens: list[Token], j0: int, t1: int, past_a_verb: bool = True) -> int | None:
    """The first comma from ``tokens[j0]`` on outside quotation marks, within reach of the words
    outside them: a comma inside quoted words ("surtout il posait un constat : « c'est grave, on… »")
    ends none of the sentence's phrases, and quoted words do not use up the reach. Not
    ``past_a_verb``, None as well when the words before the comma hold a verb of their own, one
    that no relative word comes before ("celle que l'on a surnommée…" is a phrase about a person,
    not a clause): the search ends at that verb."""
    quoted = False
    opened = j0
    # The last word within reach, when it is outside quotation marks: the quoted words push it on.
    last = j0 + _OPENER_REACH - 2
    # The categories of the words read further, tested at once: most words are of none of them.
    marking = _QUOTE_OR_COMMA if past_a_verb else _QUOTE_COMMA_VERB_OR_RELATIVE
    for j in range(j0, window_end(j0, 3 * _OPENER_REACH, t1)):
        category = tokens[j].category
        if category in marking:
            if category == "QUOTE":
                if quoted:
                    last += j - opened + 1
                else:
                    opened = j
                quoted = not quoted
                continue
            if category == "COMMA":
                if not quoted:
                    return j
                continue
            if category in _FINITE:
                return None
            marking = _QUOTE_OR_COMMA  # a relative word: the verbs after it are the relative clause's
        if j >= last and not quoted:
            return None
    return None


_QUOTE_OR_COMMA = frozenset({"QUOTE", "COMMA"})


# What may follow a present participle opening the sentence: its object or complement, in lowercase.
_PARTICIPLE_OBJECT = {"DET", "DE", "PREP_A", "WORD", "DANS", "SUR", "PAR", "POUR"}


def _present_participle(tokens: list[Token], i: int, t1: int) -> bool:
    """"Faisant référence à…, elle…", "Condamnant le projet, ils…": a present participle opening
    the sentence, capitalised there, before its object: an adverbial, not a name."""
    tok = tokens[i]
    return tok.category in _PRESENT_PARTICIPLE_CATEGORIES and tok.text[:1].isupper() and len(tok.text) > 5 and \
        tok.lower.endswith("ant") and i + 1 < t1 and tokens[i + 1].category in _PARTICIPLE_OBJECT and \
        tokens[i + 1].text[:1].islower()


def _past_adjectives(tokens: list[Token], j: int, t1: int, words: SubjectWords) -> int:
    """The first token from ``j`` on that is not an adjective standing before a noun ("Ces
    dernières années": "années"), or the last one of the sentence."""
    while j + 1 < t1 and tokens[j].lower in words.adjectives:
        j += 1
    return j


def _time_word(word: str) -> str:
    """"jour-là" → "jour": the time a demonstrative points at."""
    return word[:-3] if word.endswith(("-là", "-ci")) else word


def _time_ago(tokens: list[Token], i: int, t1: int, words: SubjectWords) -> bool:
    """"Il y a quelques jours, …": a time before the subject, not an impersonal subject."""
    return i + 3 < t1 and tokens[i].lower == "il" and tokens[i + 1].lower == "y" and tokens[i + 2].lower == "a" and \
        any(tokens[k].lower in words.times for k in range(i + 3, min(t1, i + 6)))


_TITLE_PREFIX = regex.compile(r"^(?:ex|haut|haute|vice|sous|co)-")
# What opens the object or complement of a verb, right after it ("vante les mérites", "parle d'un
# projet", "propose « … »"); a noun is followed by its complement ("de"), an adjective or its verb.
_VERB_FOLLOWERS = {"DET", "QUOTE", "ADV", "NUM", "PREP_A", "DANS", "SUR", "PAR", "POUR", "QUE"}


def _verb_of_one_last_named(tokens: list[Token], j: int, t1: int, words: SubjectWords) -> bool:
    """Whether ``tokens[j]``, after "ce dernier" or "cette dernière", is a verb whose subject they are
    ("Ce dernier vante les mérites de…") rather than the noun they qualify ("Cette dernière version de…",
    "ce dernier été"): a word in lowercase, no time, followed by what opens a verb's object."""
    return j + 1 < t1 and tokens[j].category == "WORD" and tokens[j].text.islower() and \
        tokens[j].lower not in words.times and tokens[j + 1].category in _VERB_FOLLOWERS


def _noun_phrase(tokens: list[Token], i: int, t1: int, source_nouns: AbstractSet[str],
                 words: SubjectWords) -> tuple[Span, str] | None:
    """"le président du groupe, Richard Ferrand", "la HAS", "le camionneur": who a
    noun phrase names, read from its head (the first noun after the determiner
    and the adjectives before it), the name that follows the head, or an apposition."""
    j = i
    while j < t1 and tokens[j].category in ("DET", "DE"):
        j += 1
    while j < t1 and tokens[j].lower in words.adjectives:
        j += 1
    if j >= t1 or j - i > 4:
        return None
    if j > i and (tokens[j].category in _PHRASE_ENDS or tokens[j].lower in _OBJECT_CLITICS) and \
            tokens[j - 1].lower in words.standing_for_someone:
        return Span(tokens[i].start, tokens[j - 1].end), "person"  # "Cette dernière a indiqué…"
    if j > i and tokens[j - 1].lower in words.standing_for_someone and _verb_of_one_last_named(tokens, j, t1, words):
        return Span(tokens[i].start, tokens[j - 1].end), "person"  # "Ce dernier vante les mérites de…"
    head = tokens[j]
    if head.lower in words.counts:
        # "Une soixantaine de parlementaires", "un millier d'habitants": the people counted.
        k = j + 1
        while k < t1 and k - j <= 2 and tokens[k].category in ("DE", "DET"):
            k += 1
        if j + 1 < k < t1 and (_TITLE_PREFIX.sub("", tokens[k].lower) in words.people or
                                tokens[k].category == "SOURCE_NOUN" or tokens[k].lower in source_nouns):
            return Span(tokens[i].start, tokens[k].end), "person"
    if head.category == "CAP":
        k = j + 1
        while k < t1 and tokens[k].category == "CAP":
            k += 1
        return Span(tokens[i].start, tokens[k - 1].end), "institution" if tokens[i].category == "DET" else "name"
    # "l'ex-député", "l'ex-ministre": the one who held the title; "le haut-commissaire", "la
    # vice-présidente": the title, ranked.
    noun = head.lower
    if "-" in noun:  # most nouns hold no prefix: the pattern is not run on them
        noun = _TITLE_PREFIX.sub("", noun)
    if words.names_people(noun) or (j > i and noun in words.singular_people):
        kind = "person"  # "le pêcheur", "les pêcheurs", "une personne"
    elif head.category in ("SOURCE_NOUN", "CHANNEL") or noun in source_nouns:
        kind = "institution" if noun in words.institutions or head.category == "CHANNEL" else "person"
    elif noun in words.documents:
        kind = "institution"  # "Le règlement autorise « … »": a text speaks its own words, not the next sentence's
    else:
        return _named_after(tokens, i, j, t1)
    last = j
    named = False
    # "le président Macron", "le président du groupe LREM, Richard Ferrand": the name after the head.
    k = j + 1
    while k < t1 and k - j <= _PHRASE_REACH and tokens[k].category not in _PHRASE_ENDS:
        if tokens[k].category == "COMMA":
            if k + 1 < t1 and tokens[k + 1].category == "CAP":
                k += 1
                continue
            break
        if tokens[k].category == "CAP":
            # A name right after a person's title: "le professeur Peter Johnson".
            named = named or (kind == "person" and k == last + 1 and k + 1 < t1 and tokens[k + 1].category == "CAP")
            last = k
        k += 1
    return Span(tokens[i].start, tokens[last].end), "name" if named else kind


# How many of the commas of a sentence with no subject at its head are tried for the clause that
# holds it ("Interrogée sur son frère, celle que l'on dit discrète, Anne Morel a souri.").
_PHRASE_COMMAS = 4
# Words after a name that go on with a list ("Paul, Marie et leurs enfants") or a complement
# rather than start the verb.
_NOT_A_VERB = {"COMMA", "DE", "DET", "QUE", "REL", "STOP", "COLON", "QUOTE", "PAREN", "DASH", "PREP_A", "DANS", "SUR",
               "PAR", "POUR", "NUM", "CAP", "CONJ"}
# A verb that makes the words before a comma a clause of their own, not a phrase opening one.
_FINITE = {"AUX", "SPEECH_FIN", "SPEECH_FIN_PP"}
_QUOTE_COMMA_VERB_OR_RELATIVE = _QUOTE_OR_COMMA | _FINITE | {"QUE", "REL"}


def subject_after_phrases(tokens: list[Token], t0: int, t1: int, source_nouns: AbstractSet[str],
                          marks: BlockMarks | None = None) -> tuple[Span, str] | None:
    """The person the main clause of ``tokens[t0:t1]`` is about, when phrases the head of the
    sentence cannot be read past open it ("Chapeau sur la tête, valise à la main, Paul part.",
    "Interrogée sur son frère, celle que l'on dit discrète, Anne Morel a souri."): the first
    clause after one of its commas that opens on a person followed by a verb; None otherwise.
    A verb before the comma ("Le chantier a pris du retard, et il est…") makes the head a clause of
    its own, and a conjunction after it ("…, et il") a clause joined to it: neither is read past.
    ``marks``: as :func:`find_subject` reads them."""
    k = t0
    for _ in range(_PHRASE_COMMAS):
        comma = _comma_outside_quotes(tokens, k, t1, past_a_verb=False)
        if comma is None:
            return None
        if comma + 1 < t1 and tokens[comma + 1].category == "CONJ":
            return None
        found = find_subject(tokens, comma + 1, t1, source_nouns, past_a_phrase=False, marks=marks)
        if found is not None and found[1] in _SPEAKING_KINDS:
            after = next((j for j in range(comma + 1, t1) if tokens[j].start >= found[0].end), None)
            if after is not None and tokens[after].category not in _NOT_A_VERB and tokens[after].text.islower():
                return found
        k = comma + 1
    return None


# How long the word before a glued point must be: initials ("J.-P.", "U.S.") are not a sentence's end.
_GLUED_WORD = 3


def subject_after_glued_point(tokens: list[Token], t0: int, t1: int, source_nouns: AbstractSet[str],
                              marks: BlockMarks | None = None) -> tuple[Span, str] | None:
    """The person the last of two sentences glued by a lost space is about ("…à Lyon.M. Durand a
    appelé…", "…les couples.Mme Morel se souvient…"): a point between a word and a capital with no
    space on either side; the reading of the sentence's tail, when it names someone, is the subject
    of what follows it. None when there is no such point or no one after it. ``marks``: as
    :func:`find_subject` reads them."""
    for j in range(t1 - 2, t0, -1) if marks is None else reversed(between(marks.stops, t0 + 1, t1 - 1)):
        tok, before, after = tokens[j], tokens[j - 1], tokens[j + 1]
        if tok.category == "STOP" and before.end == tok.start and after.start == tok.end and \
                len(before.text) >= _GLUED_WORD and before.text.isalpha() and after.text[:1].isupper():
            found = find_subject(tokens, j + 1, t1, source_nouns, marks=marks)
            return found if found is not None and found[1] in _SPEAKING_KINDS else None
    return None
