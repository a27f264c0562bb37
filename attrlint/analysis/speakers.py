"""Speakers that no verb of saying names (SPEC §2.1 rules 4 and 5).

- A quotation woven into a sentence whose subject can speak: "Emmanuel
  Macron a défendu « la liberté de blasphémer »", "le rapport dépeint un
  pilote « expérimenté »": the subject speaks, whatever the verb.
- A quotation after a colon, when the words before the colon name someone
  or a document: "Autre reproche, émanant de Gérard Arnoux : « … »".
- A quotation of a written text (a law, a rule, a ruling, a pledge) the
  sentence names as its subject, in its opening phrase or right before the
  words: "Dans le nouveau protocole, il est précisé qu'il n'est « … »".
- A quotation ending a clause whose subject is a pronoun for a person, after
  a comma or a relative word: "…, dans lesquels elle apprécie « … »".
- A quotation in a relative clause opened by "qui" right after a name:
  "…, annoncée par Paul Durand, qui avait salué « … »".
- A quotation woven into a passive clause whose agent can speak: "Sa « bravoure »
  a été saluée par la fédération" (the agent is the subject of the active).
- A quotation opening the sentence right after one whose subject is a
  person: "Durant cinq heures, il a mené son action. « Mon objectif… »", or that
  leaves a named person in a state ("L'accident a laissé Marc fourbu."), or that
  announces someone's words ("On retient cette phrase du maire. « … »");
  or woven into the sentence right after one in which someone speaks
  through a channel it names: "Dans une lettre, le directeur a demandé un
  avis. La question est de savoir « … »" (or to a wire agency: "a confirmé
  à l'AFP"), or, after a lead and its comma,
  right after one whose statement it reports as one person's: "Les collèges
  rouvriront lundi, a annoncé la ministre. Dans les lycées, « … »".
- A quotation opening the body right after a standfirst of one sentence in
  which one person says something: "Le maire assure que la plage est sûre."
  then « Il n'y a aucun danger. » (a standfirst in which several people
  speak, or no one, names no speaker).
- A quotation that repeats words attributed elsewhere in the article (a
  pull-quote set into the text, whole or cut and reworded: half its words
  at least), or whose words an attributed headline or pull-quote cuts down
  (three quarters of theirs at least), and the quotations of a testimony:
  those a few sentences from an attributed quotation of the same passage.
- A quotation standing as its own sentence in a passage about one person:
  after their attributed words, with only sentences about them between
  ("Sa journée commence à 22 heures.") or a short aside naming no one ("Qui
  change sans cesse."), or right before them (« … ». « … », confie-t-elle).
  Another speaker or source, a subject naming someone or something else, or a
  new paragraph after a narrative one ends the passage.
- A quotation between attributed words of one person, or of one body named by the same words, a
  sentence or two before it and after it, across paragraph breaks too: « … », a rappelé le préfet.
  Il y aura « … ». « … », a-t-il poursuivi.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import AbstractSet, Iterator, NamedTuple

from ..patterns import regex

from ..guards import window_start
from ..word_lists import function_word_alternation as _alternation, phrase_alternation, read_word_lists, with_curly_apostrophes, word_sets
from ..model import AnalysedDocument, BlockKind, Cue, Quote, Sentence, Span, Token
from .data_sources import topic_change
from .figure_words import context_words
from .figures import fold_case
from .phrase_search import holds_one_of, openings_of
from .quotes import quote_words
from .subjects import PERSON_PRONOUNS, TITLES, subject_words

# The closed classes of grammars/lexicon/function_words.toml, and the terminals of words.toml.
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")
# Abbreviated titles before a surname, as written ("M. Garnier", "Mme Morel"), as an alternation.
_TITLES = phrase_alternation(read_word_lists("lexicon/function_words.toml")["name_titles"])
_TERMINALS = word_sets("lexicon/words.toml")
# Categories of the words that name a speaker or a document before a colon.
_NAMING = {"CAP", "SOURCE_NOUN", "CHANNEL", "AGENCY"}
_POSSESSIVES = _FUNCTION_WORDS["possessives"]


# How many words before a colon may name the speaker of the quotation after it.
_COLON_REACH = 10
# How many sentences a testimony's quotations may stand from its attributed one.
TESTIMONY_REACH = 1
# A pull-quote repeats at least this many letters of the attributed words.
_REPEAT_MIN = 15
_REPEAT_REACH = 15_000
# A pull-quote may be cut or reworded ("ne les lisez pas, ne les regardez pas" for "ne les
# lisez pas et ne les regardez pas"), and a quotation half of whose words are those of an
# attributed one nearby is most likely the same speaker's: this share of its words of three
# letters or more, and at least this many of them, are words of the attributed quotation
# (the reviewed corpus: half removes only diagnostics judged wrong or unsure and loses no
# labelled one; two in five removes some judged right and a labelled one).
_REWORDED_SHARE = 0.5
_REWORDED_MIN_WORDS = 3
# Attributed words may cut a quotation down (a headline, a pull-quote): most of their words, and more
# than a few, are the quotation's.
_CONDENSED_SHARE = 0.75
_CONDENSED_MIN_WORDS = 5
_CONTENT_WORD = regex.compile(r"[\p{L}\p{M}]{3,}")
_WORD = regex.compile(r"\p{L}{2,}")
# "Le préfet a « salué l'engagement … »": the auxiliary of the subject's verb before the marks, its
# participle inside them; the verb is the subject's, its words quoted from its own statement.
_AUXILIARY = regex.compile(rf"[\s\u00a0\u202f]+(?:{_alternation('avoir_auxiliaries', 'future_avoir_auxiliaries', 'conditional_avoir_auxiliaries')})"
                           r"[\s\u00a0\u202f]+")
# "Le tweet est du « plus mauvais goût »": a thing described by someone else's words
# (a person who "est « très déçu »" says so).
_COPULA = regex.compile(r"[\s\u00a0\u202f,]*(?:n['’]|ne\s+)?(?:est|sont|était|étaient|sera|seront|serait|seraient|fut|"
                        r"a\s+été|ont\s+été|avait\s+été|reste|restent|semble|semblent|paraît|devient|deviennent)(?![\p{L}])",
                        regex.I)
_COLON_AFTER = regex.compile(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*")
_SHORT_ADVERBIAL = regex.compile(r"(?:[\p{L}'’\-]+[\s\u00a0\u202f]+){0,1}[\p{L}'’\-]+[\s\u00a0\u202f]*,")
_LEADING_CONJUNCTION = regex.compile(r"[\s\u00a0\u202f]*(?:Mais|Et|Car|Or|Pourtant|Puis|Alors)[\s\u00a0\u202f,]*")
# "Sa réponse ?", "Conclusion :", "La raison ?": a lead of a few words and no verb of its own,
# set before a quotation or standing as its own sentence, that only announces the words to come.
_BRIDGE = regex.compile(r"[\s\u00a0\u202f]*(?:[\p{L}'’\-]+[\s\u00a0\u202f]+){0,2}[\p{L}'’\-]+[\s\u00a0\u202f]*[?:][\s\u00a0\u202f]*")
_FIRST_WORD = regex.compile(r"\p{L}+['’]?")
_NOT_LETTERS = regex.compile(r"[^\p{L}\p{N}]+")
_MARKS_IN = regex.compile(r"[«»“”\"]")
# "R : « … »": the mark of an interview's answer.
_ANSWER_MARK = regex.compile(r"[\s\u00a0\u202f]*(?:R|Réponse)[\s\u00a0\u202f]*[:.—–-][\s\u00a0\u202f]*")


def colon_introducers(tokens: list[Token], t0: int, t1: int, block: int) -> dict[int, Cue]:
    """Cues for the quotations that open right after a colon in ``tokens[t0:t1]``
    (one sentence), keyed by the offset of the quotation's opening mark, when
    the words of the clause before the colon name a speaker or a document."""
    found: dict[int, Cue] = {}
    # Only the colons right before an opening mark are read, not each token of the sentence.
    for c in [c for c in range(t0, t1 - 1) if tokens[c].category == "COLON" and tokens[c + 1].category == "QUOTE"]:
        # The words before the colon, back to the start of its clause (after a full stop or a
        # quotation mark) or ``_COLON_REACH`` tokens, whichever is nearer.
        clause = window_start(c, _COLON_REACH, t0)
        for k in range(c - 1, clause - 1, -1):
            if tokens[k].category in ("STOP", "QUOTE"):
                clause = k + 1
                break
        window = tokens[clause:c]
        naming = [t for t in window
                  if (t.category in _NAMING or (t.category.startswith("SPEECH_") and t.category != "SPEECH_NOUN"))
                  and not _sentence_initial(tokens, t, t0)]
        # "il posait un constat : « … »": a pronoun standing for a person, as the clause's subject.
        naming += [t for t in window if t.category == "PRON" and t.lower in PERSON_PRONOUNS]
        # "Dans la chanson, on entend :", "Une phrase surplombe les visages :": a text named.
        documents = quote_words()["colon_documents"]
        naming += [t for t in window if t.lower in documents]
        # "Son avis aux jeunes parents est clair :": a person's advice, reply or verdict.
        naming += [t for k, t in enumerate(window[1:], 1)
                   if t.category == "SPEECH_NOUN" and window[k - 1].lower in _POSSESSIVES]
        # "Son début :", "Sa seule certitude :": a lead that is only a possessive and its noun (a
        # window this short is its whole clause).
        if 2 <= len(window) <= 3 and window[0].lower in _POSSESSIVES:
            naming.append(window[0])
        if naming:
            naming.sort(key=lambda t: t.start)
            span = Span(naming[0].start, naming[-1].end)
            found[tokens[c + 1].start] = Cue("introducer", span, ":", source=span, block=block)
    return found


def _sentence_initial(tokens: list[Token], tok: Token, t0: int) -> bool:
    """A capitalised first word ("Autre reproche") is capitalised for its place, not as a name."""
    return tok is tokens[t0] and tok.category == "CAP"


def subject_cue(ad: AnalysedDocument, q: Quote) -> Cue | None:
    """The subject that speaks the quotation ``q``: that of its own sentence
    when the quotation is woven into it, or that of the previous sentence of
    its block when the quotation opens its sentence and the subject is a person."""
    s = ad.sentence_at(q.span.start)
    if s is None:
        return None
    # Whether the quotation opens its sentence (``opens``: perhaps after a short adverbial), read
    # once for all the readings below.
    opens_bare, opens = _openings(ad, s, q)
    if s.subject is not None and s.subject.end <= q.span.start and not opens and \
            ((_WORD.search(ad.prose, s.subject.end, q.span.start) and
              not _NOUN_COMPLEMENT.fullmatch(ad.prose, s.subject.end, q.span.start)) or
             _AUXILIARY.fullmatch(ad.prose, s.subject.end, q.span.start) or _opens_on_saying(ad, s, q)) and \
            _speaks_through(ad, s, q):
        # A verb stands between the subject and the words it speaks; "M. X « combinait… »"
        # has the verb inside the marks: someone else's words about the subject.
        return _cue(ad, s, q, "subject")
    # The lead folded once for the readings that test it for the words they open on.
    folded_lead = fold_case(ad.prose, s.span.start, q.span.start)
    for speaker_in_sentence in _SPEAKERS_IN_AN_OPENING_SENTENCE if opens else _SPEAKERS_IN_SENTENCE:
        speaker = speaker_in_sentence(ad, s, q, folded_lead)
        if speaker is not None:
            return _cue_at(ad, speaker, q)
    if opens_bare and s.subject is not None and s.subject.start >= q.span.end and \
            _COLON_AFTER.fullmatch(ad.prose, q.span.end, s.subject.start):
        return _cue(ad, s, q, "subject")  # "« On n'est pas fatigués » : les manifestants ont défilé…"
    if (opens or _LEADING_CONJUNCTION.fullmatch(ad.prose, s.span.start, q.span.start) or
            _bridges(ad.prose, s.span.start, q.span.start)) \
            and s.index > 0 and ad.sentences[s.index - 1].block == s.block:
        # "Paul Durand a dressé son bilan. Mais « nous devons poursuivre »": a conjunction or a
        # short adverbial ("Globalement, « … »") ties the words to the sentence before; the
        # person it is about, or names as its source, still speaks them.
        prev = ad.sentences[s.index - 1]
        if s.index > 1 and _bridges(ad.prose, prev.span.start, prev.span.end) and \
                ad.sentences[s.index - 2].block == s.block:
            prev = ad.sentences[s.index - 2]  # "Il renvoie les deux camps dos à dos. Sa réponse ? « … »"
            closing = _attributed_words_ending(ad, prev)
            if closing is not None:
                # "« … », lance le maire. Sa réponse ? « … »": the lead only announces more of the words before it.
                return Cue("previous-speaker", closing.span, "", block=q.block)
        if prev.subject is not None and _person(ad, prev) and not _pronoun_after_things(ad, prev):
            return _cue(ad, prev, q, "previous-subject")
        left = _left_in_a_state(ad, prev)
        if left is not None:
            # "L'accident a laissé Marc fourbu. « … »": the person the sentence leaves in a state speaks.
            return _cue_at(ad, left, q, "previous-speaker")
        if _speaks_on(ad, prev):
            # "Et d'ajouter. « … »": the narrative infinitive hands the floor on, as with its colon.
            return Cue("previous-speaker", prev.span, "", block=q.block)
        if _speaks_through_a_channel(ad, prev):
            # "Dans un communiqué, le syndicat a déclaré que… « … »": the statement it made goes on.
            return Cue("previous-speaker", prev.span, "", block=q.block)
        announced = _WORDS_ANNOUNCED.search(ad.prose, prev.span.start, prev.span.end)
        if announced is not None and not quote_words()["uttered_words"].isdisjoint(announced.group("words").lower().split()):
            # "On retient surtout cette petite phrase du maire. « … »": the words it announces follow.
            who = Span(announced.start("who"), announced.end("who"))
            return Cue("previous-speaker", who, "", source=who, source_text=announced.group("who"), block=q.block)
        cue = _person_cue(ad, prev)
        if cue is None and _EXPLAINING_LEAD.fullmatch(ad.prose, s.span.start, q.span.start):
            # "Pas encore, répond l'institut. En effet, « … »": words that explain a body's statement
            # go on it; after any other lead ("Sur place, « … »") they may be anyone's it is about.
            cue = _one_body_saying(ad, prev)
        if cue is not None:
            # Where the speaker is named, or the cue itself when it names them only by its verb's pronoun.
            return Cue("previous-speaker", cue.source or cue.span, "", source=cue.source,
                       source_text=cue.source_text, block=q.block)
        named = _person_a_phrase_is_about(ad, prev)
        if named is not None:
            # "Un dur revers pour Paul Morel. « … »": the one person a sentence with no verb is about speaks.
            return _cue_at(ad, named, q, "previous-speaker")
        cleft = _CLEFT_PERSON.search(ad.prose, prev.span.start, prev.span.end)
        if cleft is not None:
            # "…, mais c'est Paul Garnier, le sommelier, qui a surpris. « … »": the person a cleft
            # puts forward is the one the words that follow are from.
            return _cue_at(ad, Span(cleft.start("who"), cleft.end("who")), q, "previous-speaker")
    elif s.index > 0 and ad.sentences[s.index - 1].block == s.block and not any(not c.in_quote for c in s.cues):
        prev = ad.sentences[s.index - 1]
        if _speaks_through_a_channel(ad, prev) or _presents_a_report(ad, prev):
            # "Dans une lettre, le directeur demande un avis. La question est de savoir « … »", "L'agence a
            # publié son bilan. L'hiver a été « … »": the words woven into the next sentence of the
            # paragraph are those of the text just named.
            return Cue("previous-speaker", prev.span, "", block=q.block)
        # "Le professeur Jean Morel a déclaré que les mesures validaient l'hypothèse. Et, ce qui rassure : « … »":
        # the words a colon announces, in the sentence after one reporting what one person said, are theirs.
        colon_after_report = _COLON_LEAD.search(ad.prose, s.span.start, q.span.start) is not None and \
            _reported_speaker(ad, prev) is not None
        reporter = _person_cue(ad, prev) if colon_after_report or (
            s.subject is None and _AFTER_A_LEAD.search(ad.prose, s.span.start, q.span.start)) else None
        if reporter is None and colon_after_report:
            return _cue(ad, prev, q, "previous-subject")  # the subject of the verb of saying speaks
        if reporter is not None:
            # "Les collèges rouvriront lundi, a annoncé la ministre. Dans les lycées, « les cours reprendront
            # par demi-groupes »": words opening their clause after a lead and its comma, in the next sentence
            # of the paragraph, which names no one else, go on the statement of the person the sentence
            # before reports. (Words right after a subject, "Les spectateurs « sont venus… »", describe it.)
            return Cue("previous-speaker", reporter.source or reporter.span, "", source=reporter.source,
                       source_text=reporter.source_text, block=q.block)
    if opens_bare:
        speaker = _channel_speaker_next(ad, s, q)
        if speaker is not None:
            # « … ». Sur sa page, la maire Lucie Garnier s'est excusée.: the person heard through the
            # channel the next sentence names said the words opening the paragraph.
            return _cue_at(ad, speaker, q, "next-speaker")
        speaker = _standfirst_speaker(ad, s)
        if speaker is not None:
            # "Le maire assure que la plage est sûre." then « Il n'y a aucun danger. »: the body
            # opens on the words of the one person its standfirst has speak.
            return _cue_at(ad, speaker, q, "previous-speaker")
    return None


def _bridges(prose: str, start: int, end: int) -> bool:
    """Whether ``prose[start:end]`` is only a lead that announces words to come (``_BRIDGE``). Such a
    lead ends on its "?" or ":" and spaces (each a space to str.rstrip too): most texts do not, and the
    pattern is not tried for them."""
    return prose[start:end].rstrip().endswith(("?", ":")) and _BRIDGE.fullmatch(prose, start, end) is not None


def _channel_speaker_next(ad: AnalysedDocument, s: Sentence, q: Quote) -> Span | None:
    """« … ». Au micro de la radio, Paul Durand a défendu son choix.: the one person named in the
    next sentence of the paragraph, which the quotation opens as a sentence of its own, and in
    which they speak through a channel (a microphone, an interview, a social network); None when
    that sentence names no channel, or no one, or several people."""
    if (s.index > 0 and ad.sentences[s.index - 1].block == s.block) or s.index + 1 >= len(ad.sentences) or \
            not _ONLY_CLOSING_PUNCTUATION.fullmatch(ad.prose, q.span.end, s.span.end):
        return None
    nxt = ad.sentences[s.index + 1]
    channels = [c.span for c in nxt.cues if not c.in_quote and c.kind == "channel"]
    if nxt.block != s.block or not channels:
        return None
    # The names outside the channel's own words ("Au micro de France Inter" names a station).
    names = [m for m in _FULL_NAME.finditer(ad.prose, nxt.span.start, nxt.span.end)
             if not any(c.start <= m.start() < c.end for c in channels)]
    return Span(names[0].start(), names[0].end()) if len(names) == 1 else None


# What may end a sentence after its quotation: the quotation is the whole sentence.
_ONLY_CLOSING_PUNCTUATION = regex.compile(r"[\s\u00a0\u202f.!?…]*")


def _presents_a_report(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether the subject of ``s`` presents a report, a study or a count its main clause names
    with a determiner ("L'agence a dressé le bilan de l'hiver", "Le laboratoire publie son
    étude"): the words woven into the next sentence are that text's."""
    if s.subject is None or s.subject_kind not in _PRESENTERS:
        return False
    reports = context_words()["data_sources"]
    for noun in _DETERMINED_NOUN.finditer(ad.prose, s.subject.end, s.span.end):
        if _CLAUSE_BREAK.search(ad.prose, s.subject.end, noun.start()):
            return False  # "…, qui a lu le rapport": the text of another clause
        if noun.group("noun").lower() in reports:
            return True
    return False


# The subjects that can present a text: a body, a name, a person.
_PRESENTERS = frozenset({"institution", "name", "surname", "person"})
# A noun after its determiner ("le bilan", "son étude", "l'enquête").
_DETERMINED_NOUN = regex.compile(rf"(?<![\p{{L}}])(?:l['’]|(?:{_alternation('definite_articles', 'one', 'possessives', 'demonstrative_determiners')})"
                                 r"[\s\u00a0\u202f]+)(?<noun>\p{L}+)", regex.I)


# "a laissé Marc fourbu", "rend M. Durand amer": a verb leaving a person named by a capitalised
# name (a title before it allowed) in the state a word in lower case gives.
_LEFT_IN_A_STATE = regex.compile(
    rf"(?<![\p{{L}}])(?:{phrase_alternation(quote_words()['leaving_in_a_state'])})[\s\u00a0\u202f]+"
    rf"(?<who>(?:(?:{_TITLES})[\s\u00a0\u202f]+)?\p{{Lu}}[\p{{Ll}}\-]+(?:[\s\u00a0\u202f]+\p{{Lu}}[\p{{Ll}}\-]+)?)"
    r"[\s\u00a0\u202f]+\p{Ll}")


def _left_in_a_state(ad: AnalysedDocument, s: Sentence) -> Span | None:
    """The person ``s`` leaves in a state ("L'accident a laissé Marc fourbu"), when its subject
    names no one who speaks: a full name, or a single one the article gave before with a first
    name or a title ("Marc Dupuis", then "Marc"; not "a laissé Paris sans électricité"); None
    otherwise."""
    if s.subject is not None:
        return None
    m = _LEFT_IN_A_STATE.search(ad.prose, s.span.start, s.span.end)
    if m is None:
        return None
    who = m.group("who")
    if not _FULL_NAME.fullmatch(who) and not _named_before(ad, who, m.start("who")):
        return None
    return Span(m.start("who"), m.end("who"))


def _attributed_words_ending(ad: AnalysedDocument, s: Sentence) -> Quote | None:
    """The attributed quotation of one's words whose closing mark ends ``s``, its last sentence."""
    end = ad.prose[s.span.start:s.span.end].rstrip(" .\u00a0\u202f")
    for q in ad.quotes:
        if q.depth == 0 and q.is_speech and q.attributed and s.span.start < q.span.end <= s.span.end and \
                not ad.prose[q.span.end:s.span.start + len(end)].strip():
            return q
    return None


# "c'est Paul Garnier qui", "c'est M. Garnier, le sommelier, qui": a cleft putting one named
# person forward, an apposition between commas allowed.
_CLEFT_PERSON = regex.compile(rf"(?<![\p{{L}}])[Cc]['’]est[\s\u00a0\u202f]+(?<who>(?:{_TITLES}|\p{{Lu}}[\p{{Ll}}\-]+)"
                           r"[\s\u00a0\u202f]+\p{Lu}[\p{L}\-]+)"
                           r"(?:,[^,]{1,60},)?[\s\u00a0\u202f]+qui(?![\p{L}])")


def _standfirst_speaker(ad: AnalysedDocument, s: Sentence) -> Span | None:
    """The one person who says something in the standfirst right before ``s`` (a paragraph of a
    single sentence, after the title only, in which one verb of saying speaks), when ``s`` opens
    the body; None otherwise."""
    standfirst = _standfirst_before(ad, s)
    if standfirst is None:
        return None
    saying = [c for c in standfirst.cues if not c.in_quote and c.kind in SAYING_KINDS]
    if len(saying) != 1:
        return None  # no one speaks in it, or several do: who speaks next is not said
    return _one_person_saying(ad, standfirst, saying[0])


def _standfirst_before(ad: AnalysedDocument, s: Sentence) -> Sentence | None:
    """The sentence before ``s`` when it is the whole of the article's first paragraph (only
    titles before it) and ``s`` opens the next one; None otherwise."""
    if s.index == 0:
        return None
    prev = ad.sentences[s.index - 1]
    if prev.block != s.block - 1 or ad.blocks[prev.block].kind != BlockKind.PARAGRAPH or \
            (prev.index > 0 and ad.sentences[prev.index - 1].block == prev.block):
        return None
    return prev if all(b.kind == BlockKind.TITLE for b in ad.blocks[:prev.block]) else None


def _one_person_saying(ad: AnalysedDocument, t: Sentence, cue: Cue) -> Span | None:
    """Who speaks through the verb of saying ``cue`` of ``t``, when one person: the subject of
    ``t``, its verb that one with no clause between them ("Le président de l'association constate
    …", not "Elle a salué l'humoriste qui a enchaîné …"), or, when no subject is read, the words
    right before the verb, past an apposition ("…, l'épouse de l'ancien patron, Jeanne Morel, a
    regretté …")."""
    if t.subject is not None and t.subject.end <= cue.span.start:
        if _CLAUSE_BREAK.search(ad.prose, t.subject.end, cue.span.start) or not _person(ad, t) or \
                _subject_person(ad, t) is None:
            return None
        return t.subject
    before = ad.prose[t.span.start:cue.span.start].rstrip(" ,\u00a0\u202f")
    start = t.span.start + before.rfind(",") + 1
    words = ad.prose[start:t.span.start + len(before)]
    start += len(words) - len(words.lstrip())
    words = words.strip()
    if not words or len(words.split()) > _SPEAKER_PHRASE_WORDS or _CLAUSE_BREAK.search(words) or \
            not (_FULL_NAME.fullmatch(words) or _one_person(ad, words)):
        return None  # "Le maire soutient le ministre qui a annoncé…": the verb is another clause's
    return Span(start, start + len(words))


# How many words the naming of one person right before its verb of saying may hold ("la directrice
# adjointe de l'office du tourisme de la ville").
_SPEAKER_PHRASE_WORDS = 10
# What ends a subject's clause before a verb: a mark, or a relative word opening another clause.
_CLAUSE_BREAK = regex.compile(rf"[,;:«»“”\"()]|(?<![\p{{L}}])(?:{_alternation('relative_pronouns')})(?![\p{{L}}])", regex.I)


# The comma ending a lead right before a quotation ("Dans les lycées, « … »").
_AFTER_A_LEAD = regex.compile(r",[\s\u00a0\u202f]*$")
# The colon ending a lead right before a quotation ("Et le plus surprenant : « … »"): it announces words.
_COLON_LEAD = regex.compile(r":[\s\u00a0\u202f]*$")


# "Les opposants au texte « ne lâcheront rien »": a complement of the subject's noun opened by "à", up to
# the words, with no verb between. ("Le ministère de la Culture a salué « … »": "de" may open a name.)
_NOUN_COMPLEMENT = regex.compile(rf"[\s\u00a0\u202f]+(?:{_alternation('a_and_contractions')})[\s\u00a0\u202f]+(?:[\p{{L}}'’\-]+[\s\u00a0\u202f]+){{0,2}}")


# A sentence ending on a noun for words and whose they are ("…, c'est cette petite phrase du maire.",
# "Tous retiennent le message de Paul Durand."): a determiner, a few words one of which is the
# noun, then "de" and the one who said them, up to the end of the sentence.
_WORDS_ANNOUNCED = regex.compile(
    rf"(?<![\p{{L}}'’])(?:l['’]|(?:{_alternation('demonstrative_determiners', 'definite_articles', 'one', 'one_owner_possessives')})[\s\u00a0\u202f]+)"
    rf"(?<words>(?:\p{{Ll}}+[\s\u00a0\u202f]+){{0,3}}\p{{Ll}}+)[\s\u00a0\u202f]+(?:{_alternation('de_and_contractions')})"
    # a space after "de", "du", "des" ("des élus" names "élus", not "de" + "s élus"), none needed after "d'"
    r"(?:(?<=['’])[\s\u00a0\u202f]*|[\s\u00a0\u202f]+)"
    r"(?<who>[^\s\u00a0\u202f,;:.!?«»“”\"][^,;:.!?«»“”\"]{0,80})[.!]?[\s\u00a0\u202f]*$")


# "Dans le nouveau règlement intérieur, …", "Dans un extrait du jugement, …": a phrase opening the
# sentence on a text, up to its comma.
_IN_A_TEXT = regex.compile(r"[\s\u00a0\u202f]*(?:(?:Et|Mais|Or|Enfin|Ainsi)[\s\u00a0\u202f,]+)?[Dd]ans[\s\u00a0\u202f]+"
                           r"((?:[\p{L}\p{N}'’\-]+[\s\u00a0\u202f]+){0,5}[\p{L}\p{N}'’\-]+)[\s\u00a0\u202f]*,")
# "un engagement de reconnaissance « … »", "inscrites dans la loi comme tout « … »", "était brodé le
# message « … »": the words a text holds, quoted right after it (this many words at most between the
# text and the marks); a written text, or one a colon would name as the source of its words.
_TEXT_REACH = 3
# This pattern and that of the pronoun opening a clause (below) end at the quotation's marks ("$"):
# they are matched backwards (?r), from the marks, where a forward search would try each position
# of the sentence before them. They find the same match: every match ends at the marks, and the
# longest one backwards starts where the first one forwards does. They are matched, not searched:
# a backward search tries each position before the marks in turn once the one at the marks has
# failed, and none of them holds a match that the one at the marks does not (one ending before
# a last line break goes on to the marks). (The pattern of an institution opening a clause is
# found faster forwards, from the conjunctions it opens on.)
_WORDS_BEFORE = regex.compile(r"(?r)(?<![\p{L}'’\-])(?:[\p{L}'’\-]+[\s\u00a0\u202f]+){1,%d}$" % (_TEXT_REACH + 1))


def _document_framing(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The written text (a law, a rule, a ruling, a pledge) whose wording ``q`` quotes: named in the
    phrase that opens its sentence, or right before the quotation; None when there is none."""
    documents = subject_words().documents
    # The phrase opens on "dans" ("ans" in lower case in the pattern): most leads hold none.
    opening = _IN_A_TEXT.match(ad.prose, s.span.start, q.span.start) \
        if ad.prose.find("ans", s.span.start, q.span.start) >= 0 else None
    if opening is not None:
        found = _document_word(ad.prose, opening.start(1), opening.end(1), documents)
        if found is not None:
            return found
    lead = _WORDS_BEFORE.match(ad.prose, s.span.start, q.span.start)
    if lead is None:
        return None
    # Most leads name no text: the clause is read only for those that do.
    found = _document_word(ad.prose, lead.start(), lead.end(), _texts_before_words())
    if found is None:
        return None
    # The text is the object of a verb or a preposition ("signer une charte « … »"), not the
    # subject the quotation's own verb follows ("Le projet de loi « va dans le bon sens »").
    # The clause opens after the last comma, colon or semicolon before the lead, if any.
    clause, lead_start = s.span.start, lead.start()
    for mark in ",:;":
        after_mark = ad.prose.rfind(mark, s.span.start, lead_start) + 1
        if after_mark > clause:
            clause = after_mark
    if not _WORD.search(ad.prose, clause, lead_start):
        return None
    return found


@lru_cache(maxsize=1)
def _texts_before_words() -> frozenset[str]:
    """The texts whose words may be quoted right after them: the written ones, and those a colon
    would name as the source of its words (their union made once, not for each quotation)."""
    return subject_words().documents | quote_words()["colon_documents"]


def _document_word(prose: str, start: int, end: int, documents: frozenset[str]) -> Span | None:
    """The first word of ``prose[start:end]`` that names a written text, as a span."""
    # The words are listed in one call, and most name none: only those that do are walked for where it stands.
    if documents.isdisjoint(map(str.lower, _A_WORD.findall(prose, start, end))):
        return None
    for word in _A_WORD.finditer(prose, start, end):
        if word.group(0).lower() in documents:
            return Span(word.start(), word.end())
    return None


# A word, its elided article apart ("l'arrêté": "l", "arrêté").
_A_WORD = regex.compile(r"\p{L}[\p{L}\-]*")


# "…, dans lesquels elle apprécie « … »", "…, il a la veille « repassé la chemise »": a pronoun for a
# person opening a clause (after a comma, a conjunction or a relative word), the subject of the
# clause the quotation ends (no comma, colon or mark between them), then its verb outside the
# marks; not a pronoun after a verb or a preposition ("s'est elle entendu dire", "pour elle").
_CLAUSE_PRONOUNS = ("il", "elle", "ils", "elles")
_CLAUSE_PRONOUN = regex.compile(
    r"(?r)(?:(?<=[,;])|(?<![\p{L}])(?:et|mais|alors|puis|que|qu['’]|lesquels|lesquelles|lequel|laquelle|dont|où|quand|"
    r"lorsque|lorsqu['’]|si|s['’]|car|comme|puisque|puisqu['’]))[\s\u00a0\u202f]*"
    rf"(?<pronoun>{'|'.join(_CLAUSE_PRONOUNS)})[\s\u00a0\u202f]+(?<verb>[^,;:«»“”\"()]*)$", regex.I)
# Most leads hold none of the pronouns: the pattern is not searched in them.
_CLAUSE_PRONOUN_OPENINGS = openings_of(_CLAUSE_PRONOUNS)


def _clause_pronoun(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The pronoun for a person that is the subject of the clause ``q`` ends, with a verb of its
    own between them that lets it speak the words (see ``_speaks_through``); None otherwise."""
    if not holds_one_of(folded_lead, _CLAUSE_PRONOUN_OPENINGS):
        return None
    match = _CLAUSE_PRONOUN.match(ad.prose, s.span.start, q.span.start)
    if match is None or not _WORD.search(match.group("verb")):
        return None
    verb = match.group("verb")
    first = verb.split()[0].lower().replace("’", "'") if verb.split() else ""
    if match.group("pronoun").lower() == "il" and first in subject_words().impersonal:
        return None  # "il faut « … »", "il y a « … »"
    copula = _COPULA.match(verb)
    if copula is not None and (match.group("pronoun").lower() == "il" or
                               _PARTICIPLE.search(verb[copula.end():] + " " +
                                                  ad.prose[q.inner.start:min(q.inner.end, q.inner.start + 30)])):
        # "il est trop tôt pour « … »" may be impersonal; "elle était « connue des services »":
        # someone else's words about her.
        return None
    return Span(match.start("pronoun"), match.end("pronoun"))


# "…, le jour où la mairie promet « … »", "…, car la préfecture recommande « … »": an institution
# opening a clause after a relative or a conjunction, then its verb, with no comma, colon or bracket
# between them and the quotation; words quoted on the way are the clause's too ("car la commission
# n'a pas retenu de « faute » mais « constaté que… »").
_CLAUSE_INSTITUTION = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alternation('relatives_and_conjunctions')})[\s\u00a0\u202f]*"
    rf"(?:l['’]|(?:{_alternation('definite_articles')})[\s\u00a0\u202f]+)(?<noun>\p{{Ll}}+)[\s\u00a0\u202f]+(?<verb>[^,;:()]*)$", regex.I)
# A lead that holds none of the relatives and conjunctions is not searched.
_CLAUSE_OPENINGS = openings_of(_FUNCTION_WORDS["relatives_and_conjunctions"])
# The marks no match holds: those its verb leaves out (the conjunction, the article and the noun hold none).
_CLAUSE_INSTITUTION_MARKS = ",;:()"


def _clause_institution(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The institution or channel that is the subject of the clause ``q`` ends ("…, le jour où
    la mairie promet « … »", "…, et les témoignages commencent par « … »"), with a verb of its own
    before the words, not a copula (a thing described by someone else's words); None otherwise."""
    if not holds_one_of(folded_lead, _CLAUSE_OPENINGS):
        return None
    # No match holds a mark its verb may not cross: the lead is searched from after the last one (the
    # lookbehind still reads the character before), not tried at each position before it.
    start = s.span.start
    for mark in _CLAUSE_INSTITUTION_MARKS:
        after_mark = ad.prose.rfind(mark, start, q.span.start) + 1
        if after_mark > start:
            start = after_mark
    if start > s.span.start and not holds_one_of(folded_lead[start - s.span.start:], _CLAUSE_OPENINGS):
        return None  # no conjunction after the last mark
    match = _CLAUSE_INSTITUTION.search(ad.prose, start, q.span.start)
    if match is None or not _speaking_body_noun(ad, match.group("noun").lower()) or \
            not _WORD.search(match.group("verb")) or _COPULA.match(" " + match.group("verb")):
        return None
    return Span(match.start("noun"), match.end("noun"))


def _speaking_body_noun(ad: AnalysedDocument, noun: str) -> bool:
    """Whether ``noun`` heads a subject that speaks its own words, as a sentence's subject does
    (see ``find_subject``): an institution ("la mairie") or a channel of words ("la note", "les
    témoignages")."""
    return noun in subject_words().institutions or (ad.lexicon is not None and noun in ad.lexicon.channels)


# The words between a verb of seeing or hearing and the quotation: the one seen or heard (one
# to six words, no punctuation), then an infinitive, then perhaps a colon or "que".
_PERCEIVED_TAIL = regex.compile(r"[\s\u00a0\u202f]+(?<who>(?:[\p{L}'’\-]+[\s\u00a0\u202f]+){0,5}[\p{L}'’\-]+)"
                                r"[\s\u00a0\u202f]+(?<verb>\p{L}+)[\s\u00a0\u202f]*(?::|que|qu['’])?[\s\u00a0\u202f]*$")
# How many characters before the quotation its verb of perception may stand.
_PERCEIVED_REACH = 160
_PERCEPTION_WORD = regex.compile(r"(?<![\p{L}'’\-])\p{L}+(?![\p{L}'’\-])")
# What the one seen or heard opens on: an article, a possessive or a demonstrative, or a name.
_SEEN_OPENERS = with_curly_apostrophes(quote_words()["seen_openers"])
# A lead that holds none of the verbs of perception, folded, is not read word by word.
_PERCEIVING_OPENINGS = openings_of(quote_words()["perceiving"])


def _perceived_speaker(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The one seen or heard saying ``q`` ("on y voit le jeune homme dire « … »", "on entend
    Paul Durand lancer : « … »"): a verb of perception, the one it names, then an infinitive of
    saying right before the words; None otherwise."""
    perceiving = quote_words()["perceiving"]
    last = None
    # The verb stands a few words before the marks: looking further would read a long sentence
    # of many quotations once for each of them.
    start = window_start(q.span.start, _PERCEIVED_REACH, s.span.start)
    # The window's end of the folded lead (a character folds to one, whatever is next to it).
    if not holds_one_of(folded_lead[start - s.span.start:], _PERCEIVING_OPENINGS):
        return None
    for word in _PERCEPTION_WORD.finditer(ad.prose, start, q.span.start):
        if word.group().lower() in perceiving:
            last = word
    if last is None:
        return None
    tail = _PERCEIVED_TAIL.fullmatch(ad.prose, last.end(), q.span.start)
    if tail is None or ad.lexicon is None or ad.lexicon.terminal(tail.group("verb").lower()) != "SPEECH_INF":
        return None
    who = tail.group("who")
    first = regex.match(r"\p{L}+['’]?", who)
    if first is None or not (first.group().lower() in _SEEN_OPENERS or who[:1].isupper()):
        return None
    return Span(tail.start("who"), tail.end("who"))


# "…, Paul Durand, qui avait salué « … »", "le Haut Conseil (HCSP) qui en prône le port dans « … »":
# the quotation in a relative clause opened by "qui" right after a name or an acronym in brackets,
# with no comma or end of clause between "qui" and the marks. (A noun is left out: "une aide pour
# les parents qui pourront « … »" gives the words of whoever set the aid.)
_RELATIVE = regex.compile(r"(?:(?<![.!?»\"][\s\u00a0\u202f]?)\p{Lu}[\p{L}\-]+|\(\p{Lu}[\p{Lu}\p{N}\-]+\))"
                          r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]+qui[\s\u00a0\u202f]+(?<clause>[^,;:.!?()]*)$")


def _relative_speaker(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The name a relative clause holding ``q`` is about, when a verb of its own, not a copula,
    stands between "qui" and the quotation ("…, qui était « connu des services »" are someone
    else's words); None otherwise."""
    # Most leads hold no "qui" (the pattern's, in lower case): the pattern is not searched in them.
    if ad.prose.find("qui", s.span.start, q.span.start) < 0:
        return None
    match = _RELATIVE.search(ad.prose, s.span.start, q.span.start)
    if match is None or not _WORD.search(match.group("clause")) or _COPULA.match(match.group("clause")):
        return None
    name_end = match.start() + len(match.group(0).split()[0].rstrip(","))
    return Span(match.start(), name_end)


def _opens_on_saying(ad: AnalysedDocument, s: Sentence, q: Quote) -> bool:
    """"Le syndicat « appelle à la grève dès lundi »": the words open on a verb of saying, the
    subject's own statement quoted whole, or on a verb of opinion and the clause it holds ("Le
    maire « ne pense pas que la digue cède »"); any other verb inside the marks ("M. X
    « combinait… »") may be someone else's words about the subject."""
    return any(c.in_quote and c.kind == "speech" and
               _LEADING_NEGATION.fullmatch(ad.prose, q.inner.start, c.span.start) is not None
               for c in s.cues if q.inner.start <= c.span.start < q.inner.end) or \
        _OPINION_OPENING.match(ad.prose, q.inner.start, q.inner.end) is not None


_LEADING_NEGATION = regex.compile(r"[\s\u00a0\u202f]*(?:ne[\s\u00a0\u202f]+|n['’])?")
# "« ne pense pas que… »", "« croit qu'… »": a verb of opinion of the third person (its forms in
# quotes.toml), then the clause it holds, opening the words.
_OPINION_OPENING = regex.compile(
    _LEADING_NEGATION.pattern + rf"(?:{phrase_alternation(quote_words()['opinion_verbs'])})"
    r"[\s\u00a0\u202f]+(?:(?:pas|plus|guère|vraiment|toujours)[\s\u00a0\u202f]+)?qu(?:e[\s\u00a0\u202f]|['’])", regex.I)


# "a été saluée par la fédération", "avait été retiré … par la commission électorale": a form of
# "être", a past participle a few words on, then "par" and its agent (a determiner perhaps, then the
# head of its noun phrase or a name), with this many words at most between the participle and "par".
_AGENT_REACH = 12
_PASSIVE_AGENT = regex.compile(
    rf"(?<![\p{{L}}])(?:{_alternation('passive_auxiliaries', 'simple_past_etre')})[\s\u00a0\u202f]+"
    r"(?:[\p{L}\p{N}'’\-]+[\s\u00a0\u202f]+){0,3}?\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)(?![\p{L}])"
    r"(?:[\s\u00a0\u202f,]+[\p{L}\p{N}'’\-]+){0,%d}?[\s\u00a0\u202f]+par[\s\u00a0\u202f]+"
    rf"(?:(?:l['’]|(?:{_alternation('definite_articles', 'one', 'possessives')})[\s\u00a0\u202f]+))?(?<head>\p{{L}}[\p{{L}}\-]*)"
    r"(?<rest>(?:[\s\u00a0\u202f]+(?:\p{Lu}[\p{L}\-]*|\p{Ll}+(?<![\s]par)))?)" % _AGENT_REACH)
# After the agent, the words it speaks may follow a comma and an adverb ("…, officiellement « … »").
_AFTER_AGENT = regex.compile(r"[\s\u00a0\u202f]*(?:,[\s\u00a0\u202f]*(?:\p{Ll}+ment[\s\u00a0\u202f]*)?)?")


def _passive_agent(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The agent of a passive that speaks ``q``, woven into its clause ("Sa « bravoure » a été
    saluée par la fédération", "retiré par la commission électorale, officiellement « … »"): the one
    who does what the verb says is its subject in the active, whatever the verb (SPEC §2.1 rule 4),
    when it can speak (a person, an institution, a name); None otherwise. Not tried for a quotation
    that opens its sentence (``_SPEAKERS_IN_AN_OPENING_SENTENCE``)."""
    if not _holds_word_par(ad.prose, s.span.start, s.span.end):
        return None  # most sentences hold no "par" between spaces: the pattern is not searched in them
    for match in _PASSIVE_AGENT.finditer(ad.prose, s.span.start, s.span.end):
        head = match.group("head")
        if not (head[:1].isupper() or _person_noun(ad, head.lower()) or head.lower() in subject_words().institutions):
            continue
        agent = Span(match.start("head"), match.end("head"))
        before = q.span.end <= match.start() and not _CLAUSE_END.search(ad.prose, q.span.end, match.start())
        after = q.span.start >= agent.end and _AFTER_AGENT.fullmatch(ad.prose, match.end(), q.span.start) is not None
        if before or after:
            return agent
    return None


def _holds_word_par(prose: str, start: int, end: int) -> bool:
    """Whether ``prose[start:end]`` holds "par" between two spaces, as the agent of a passive
    does: most of those that hold it hold it in a word ("partir", "parole", "séparé"). (str.isspace
    holds for every space the pattern reads.)"""
    at = prose.find("par", start + 1, end - 1)
    while at >= 0:
        if prose[at - 1].isspace() and prose[at + 3].isspace():
            return True
        at = prose.find("par", at + 1, end - 1)
    return False


# What ends a clause between the words and the passive after them.
_CLAUSE_END = regex.compile(r"[;:.!?]")


# "Et justifié le recours à un vote bloqué, « … »": a sentence opening on "et" and a past participle (an
# adverb perhaps between them) has no subject of its own; it shares the subject and the auxiliary of
# the sentence before it ("Le ministre a rappelé que…").
_SHARED_SUBJECT = regex.compile(r"[\s\u00a0\u202f]*(?:Et|Puis)[\s\u00a0\u202f]+(?:\p{Ll}+[\s\u00a0\u202f]+)?"
                                r"\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)(?![\p{L}])")
_SHARED_SUBJECT_OPENINGS = ("et", "puis")  # its words, folded
# The auxiliary of a compound tense after the subject of the sentence before (past the complement of
# its noun: "le chef du gouvernement a rappelé"), this many characters after it at most.
_VERB_REACH = 40
_COMPOUND_TENSE = regex.compile(rf"[\s\u00a0\u202f]+(?:n['’]|ne[\s\u00a0\u202f]+)?(?:{_alternation('avoir_auxiliaries', 'future_avoir_auxiliaries')})"
                                r"(?![\p{L}])")


def _elided_subject(ad: AnalysedDocument, s: Sentence, q: Quote, folded_lead: str) -> Span | None:
    """The subject of the sentence before ``s`` when ``s`` opens on "et" and a past participle, with no
    subject of its own ("Le ministre a rappelé que… Et justifié le recours à un vote bloqué, « … »"): the
    same subject speaks the words woven into it; None otherwise. Not tried for a quotation that opens
    its sentence (``_SPEAKERS_IN_AN_OPENING_SENTENCE``)."""
    # The lead opens on "Et" or "Puis" (str.lstrip strips every space the pattern reads): most do not.
    if s.subject is not None or s.index == 0 or not folded_lead.lstrip().startswith(_SHARED_SUBJECT_OPENINGS) or \
            _SHARED_SUBJECT.match(ad.prose, s.span.start, q.span.start) is None:
        return None
    prev = ad.sentences[s.index - 1]
    if prev.block != s.block or prev.subject is None or \
            _COMPOUND_TENSE.search(ad.prose, prev.subject.end, min(prev.span.end, prev.subject.end + _VERB_REACH)) is None:
        return None
    return prev.subject


# The readings of a speaker the sentence names without a cue, in the order they are tried: a
# written text ("Dans le nouveau protocole, il est précisé qu'il n'est « … »"), the subject of the
# clause the words end ("ceux dans lesquels elle apprécie « … »", "le jour où la mairie promet
# « … »"), someone seen or heard saying
# them ("On y voit le maire dire « … »"), the name a relative is about ("Paul Durand, qui avait
# salué « … »"), the agent of a passive ("Sa « bravoure » a été saluée par la fédération"), the
# subject a sentence opening on "et" and a participle shares with the one before ("Et justifié « … »").
# Each is given the sentence's text before the quotation (its lead) folded (``fold_case``).
_SPEAKERS_IN_SENTENCE = (_document_framing, _clause_pronoun, _clause_institution, _perceived_speaker, _relative_speaker,
                         _passive_agent, _elided_subject)
# Those tried for a quotation that opens its sentence (perhaps after a short adverbial, see
# ``_opens``): the agent of a passive and a shared subject speak only words woven into it.
_SPEAKERS_IN_AN_OPENING_SENTENCE = _SPEAKERS_IN_SENTENCE[:-2]


# The kinds of cue whose verb says something.
SAYING_KINDS = frozenset({"speech", "inverted", "participle"})


def _says_through_a_channel(s: Sentence) -> bool:
    """Whether ``s``, outside quotations, has someone say something and names the channel of
    their words ("Dans un communiqué, le syndicat a déclaré que…", "… a-t-il écrit sur Twitter")."""
    kinds = {c.kind for c in s.cues if not c.in_quote}
    return "channel" in kinds and not kinds.isdisjoint(SAYING_KINDS)


def _speaks_through_a_channel(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether ``s`` names a channel of what someone says in it, as a cue of its own or inside the
    phrase of its verb of saying ("le parquet a annoncé dans deux communiqués les inculpations")."""
    if _says_through_a_channel(s):
        return True
    channels = ad.lexicon.channels if ad.lexicon is not None else set()
    return any(not c.in_quote and c.kind in SAYING_KINDS and
               (any(w.group(0).lower() in channels for w in _WORD.finditer(ad.prose, c.span.start, c.span.end)) or
                _told_a_wire_agency(ad, c))
               for c in s.cues)


# "a confirmé à l'AFP", "a déclaré auprès de Reuters": the one a verb of saying is addressed to.
_ADDRESSEE = regex.compile(r"(?<![\p{L}])(?:à|auprès[\s\u00a0\u202f]+de)[\s\u00a0\u202f]+(?:l['’][\s\u00a0\u202f]*)?(\p{L}+)")


def _told_a_wire_agency(ad: AnalysedDocument, cue: Cue) -> bool:
    """Whether the phrase of the verb of saying ``cue`` addresses a wire agency, the channel of the words
    ("La direction a confirmé à l'AFP appliquer…"); an agency that reports ("rapporte l'AFP") is a source."""
    lexicon = ad.lexicon
    return lexicon is not None and any(lexicon.agencies.get(m.group(1).lower()) in lexicon.wire_agencies
                                       for m in _ADDRESSEE.finditer(ad.prose, cue.span.start, cue.span.end))


# "Et d'ajouter.", "Puis de conclure.": a sentence that is only a narrative infinitive.
_NARRATIVE_INFINITIVE_SENTENCE = regex.compile(
    r"[\s\u00a0\u202f]*(?:Et|Puis)[\s\u00a0\u202f]+d(?:e[\s\u00a0\u202f]+|['’])(\p{Ll}+)[\s\u00a0\u202f]*[.:]?[\s\u00a0\u202f]*")


def _speaks_on(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether ``s`` is only a narrative infinitive of a verb of saying ("Et d'ajouter.")."""
    m = _NARRATIVE_INFINITIVE_SENTENCE.fullmatch(ad.prose, s.span.start, s.span.end)
    return m is not None and ad.lexicon is not None and m.group(1) in ad.lexicon.lemmas


def _one_body_saying(ad: AnalysedDocument, s: Sentence) -> Cue | None:
    """The verb of saying of ``s``, outside quotations, whose source is one named body: an
    institution ("répond la mairie", "a indiqué le syndicat") or a name ("précise Météo
    France"), not people in the plural ("les riverains") nor a source only a preposition
    gives ("selon la police"); None otherwise."""
    words = subject_words()
    for cue in s.cues:
        if cue.in_quote or cue.source is None or cue.kind not in _BODY_SAYING_KINDS:
            continue
        named = _ELIDED.sub(r"\1 ", cue.source_text.strip()).split()
        if named and named[0].lower().replace("’", "'") in words.singular_determiners:
            named = named[1:]
        while named and named[0].lower() in words.adjectives:
            named = named[1:]
        if named and (named[0].lower() in words.institutions or named[0][:1].isupper()):
            return cue
    return None


# The cues whose verb has the one it names say something ("a indiqué la mairie", "précise Météo France").
_BODY_SAYING_KINDS = frozenset({"speech", "inverted"})
# A connective that opens the explanation of what was just said ("En effet, « … »"), up to the words.
_EXPLAINING_LEAD = regex.compile(
    rf"[\s\u00a0\u202f]*(?:{phrase_alternation(quote_words()['explaining_connectives'])})"
    r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*", regex.I)


# A person named as a source: a full name, a title and a name, one person's title ("le
# professeur Machoko", "le spécialiste"), or a pronoun for one ("Pour lui, …").
_FULL_NAME = regex.compile(rf"(?:\p{{Lu}}[\p{{Ll}}\-]+|{_TITLES})[\s\u00a0\u202f]+\p{{Lu}}[\p{{L}}\-]+")
_PERSON_PRONOUN_SOURCE = _FUNCTION_WORDS["person_pronoun_sources"]


def _person_cue(ad: AnalysedDocument, s: Sentence) -> Cue | None:
    """The cue of ``s``, outside quotations, that names a person as the source of its words."""
    for cue in s.cues:
        pronoun = _clause_subject_before(ad, s, cue)
        if pronoun is not None:
            return Cue(cue.kind, cue.span, cue.trigger, source=pronoun, source_text=ad.prose[pronoun.start:pronoun.end],
                       block=cue.block)
        if cue.in_quote or cue.source is None or cue.kind not in ("prepositional", "speech", "inverted", "participle"):
            continue
        text = cue.source_text.strip()
        words = text.lower().replace("’", "'").split()
        if not words:
            continue
        # "Selon M. Rohani": the source read stops at the title's point.
        if text.lower() in _PERSON_PRONOUN_SOURCE or text.rstrip(".") in TITLES or _FULL_NAME.match(text) or \
                _one_person(ad, text):
            return cue
    return None


# "…, et elle a estimé avoir besoin d'aide": a singular pronoun for a person opening a later
# clause of the sentence (after a comma or a conjunction), right before its verb of saying.
# How many characters before its verb the conjunction and the pronoun may stand.
_CLAUSE_SUBJECT_REACH = 24
_CLAUSE_SUBJECT = regex.compile(rf"(?:,|(?<![\p{{L}}])(?:{_alternation('clause_links')}))[\s\u00a0\u202f]+"
                                r"(?<pronoun>il|elle)[\s\u00a0\u202f]+(?:lui[\s\u00a0\u202f]+|leur[\s\u00a0\u202f]+|"
                                r"l['’][\s\u00a0\u202f]*)?$", regex.I)


def _clause_subject_before(ad: AnalysedDocument, s: Sentence, cue: Cue) -> Span | None:
    """The pronoun for a person that is the subject of the later clause a verb of saying of ``s``
    opens with no source of its own ("Son but était clair et elle a estimé…"); None otherwise."""
    if cue.in_quote or cue.source is not None or cue.kind != "speech":
        return None
    match = _CLAUSE_SUBJECT.search(ad.prose, max(s.span.start, cue.span.start - _CLAUSE_SUBJECT_REACH), cue.span.start)
    return None if match is None else Span(match.start("pronoun"), match.end("pronoun"))


def _one_person(ad: AnalysedDocument, text: str) -> bool:
    """"le spécialiste", "l'ancien ambassadeur français M. Durand", "le Dr Jeanne Morel": a singular
    determiner, adjectives, then a noun for a person or a title before a name."""
    words = _ELIDED.sub(r"\1 ", text).split()
    if len(words) < 2 or words[0].lower().replace("’", "'") not in subject_words().singular_determiners:
        return False
    k = 1
    while k < len(words) - 1 and words[k].lower() in subject_words().adjectives:
        k += 1
    return words[k].rstrip(".") in TITLES or _person_noun(ad, words[k].lower())


# An elided article glued to its noun: "l'ancien" reads "l' ancien".
_ELIDED = regex.compile(r"(?i)(?<![\p{L}])(l['’])(?=\p{L})")


def _person_noun(ad: AnalysedDocument, word: str) -> bool:
    """Whether ``word`` names a person: a source noun or a noun of people, not an institution."""
    words = subject_words()
    if word in words.institutions:
        return False
    return word in words.people or (ad.lexicon is not None and word in ad.lexicon.source_nouns)


def _speaks_through(ad: AnalysedDocument, s: Sentence, q: Quote) -> bool:
    """Whether the verb between the subject and the quotation lets the subject speak it:
    any verb, but a copula only for a person ("Il est « très déçu »"), and not a passive
    ("Il était « connu des services »", "Il est « suspecté de… »": someone else's words),
    unless an infinitive of the subject's own follows it ("Le syndicat est prêt à signer « … »")."""
    subject = s.subject
    assert subject is not None  # read for sentences whose subject speaks the words
    copula = _COPULA.match(ad.prose, subject.end, q.span.start)
    if copula is None:
        return True
    if _INFINITIVE_AFTER.search(ad.prose, copula.end(), q.span.start) and not \
            (s.subject_kind == "pronoun" and ad.prose[subject.start:subject.end].lower() == "il"):
        # "Le gouvernement est disposé à envoyer « … »": a verb of the subject's own after the
        # copula, whose object the words are ("il est possible de …" may be impersonal).
        return True
    if not _person(ad, s):
        return False
    if _FIRST_PERSON_SINGULAR.search(ad.prose, q.inner.start, q.inner.end):
        return True  # "Elle était « bouleversée, c'était ma meilleure amie »": her own words
    after = ad.prose[copula.end():q.span.start] + " " + ad.prose[q.inner.start:min(q.inner.end, q.inner.start + 30)]
    return _PARTICIPLE.search(after) is None


# The words of one person speaking of themself ("je", "ma", "moi"); not "nous", "nos", which a
# body says of itself ("Il était « connu de nos services »" are the police's words).
# (An elided "j'", "m'" is followed by its verb's letters: "j'étais", "m'a".)
_FIRST_PERSON_SINGULAR = regex.compile(rf"(?<![\p{{L}}])(?:(?:{_alternation('first_person_singular')})(?![\p{{L}}])|[jm]['’])", regex.I)


# An infinitive after "à" or "de", past a copula ("est disposé à envoyer", "sont prêts à permettre"):
# the endings of infinitives few nouns share; not "avoir" nor "être", which make a past or a passive
# ("ont été reconnus coupables d'avoir « … »": the court's words).
_INFINITIVE_AFTER = regex.compile(rf"(?<![\p{{L}}])(?:{_alternation('infinitive_prepositions')})[\s\u00a0\u202f]*(?!avoir(?![\p{{L}}]))"
                                  r"\p{L}{2,}(?:er|ir|ttre|ndre|uire|faire|dire|écrire|vivre|suivre|croire)(?![\p{L}])",
                                  regex.I)
# A past participle after a copula makes a passive: "est « suspecté de »", "était connu".
_PARTICIPLE = regex.compile(r"(?<![\p{L}])(?:\p{L}{2,}(?:é|ée|és|ées)|(?:re)?connue?s?|prise?s?|mise?s?)(?![\p{L}])", regex.I)


def _person(ad: AnalysedDocument, s: Sentence) -> bool:
    """A subject that names a person (a name of several words, a single name
    that speaks in its sentence, or one person's title: "le maire", "la
    journaliste de 52 ans") or a pronoun that stands for one ("il", "elle", "certains");
    "les habitants" or "Arsenal" do not name the one who speaks next."""
    subject = s.subject
    if subject is None:
        return False
    if s.subject_kind == "pronoun":
        pronoun = ad.prose[subject.start:subject.end].lower()
        if pronoun in subject_words().indefinite_people:
            # "Certains restent méfiants", not "Certaines écoles": a verb of the third person plural next.
            return _PLURAL_VERB.match(ad.prose, subject.end, s.span.end) is not None
        return pronoun in PERSON_PRONOUNS
    if s.subject_kind == "surname":
        # "Lagarde a estimé que la crise durerait. « … »": a single name that has just spoken,
        # or one the article gave before with a first name or a title ("Juan Gualano", "M. Gualano"),
        # or a first name it gave with a surname ("Rachel Clarke", then "Rachel"), or one that speaks
        # words woven into its own sentence.
        return any(not c.in_quote and c.kind in ("speech", "participle") for c in s.cues) or \
            _named_before(ad, ad.prose[subject.start:subject.end], subject.start) or \
            _speaks_woven_words(ad, s)
    if s.subject_kind == "person":
        # "Une soixantaine de parlementaires": a group, though its determiner is singular.
        counted = any(w.lower() in subject_words().counts for w in _A_WORD.findall(ad.prose, subject.start,
                                                                                   subject.end))
        return not counted and _determiner(ad.prose, subject) in subject_words().singular_determiners
    return s.subject_kind == "name"


# "Un dur revers pour Paul Morel.", "A commencer par Claire Vidal, la directrice.": the words that
# name the one person a sentence of phrases with no verb is about, then that person's name (two
# capitalised words at least, after an article maybe: "pour le Prix Nobel"), or a noun for one
# person after its article ("pour l'élu", "pour la maire").
_ABOUT_WORDS = phrase_alternation(read_word_lists("lexicon/subjects.toml")["about_one_person"])
_SINGULAR_ARTICLES = _alternation("singular_definite_articles")
_PERSON_PHRASE_IS_ABOUT = regex.compile(
    rf"(?<![\p{{L}}'’])(?:{_ABOUT_WORDS})[\s\u00a0\u202f]+(?:(?:{_SINGULAR_ARTICLES})[\s\u00a0\u202f]+|l['’])?"
    r"(?<who>\p{Lu}[\p{L}\-]+(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}\-]+)+)")
_TITLE_PHRASE_IS_ABOUT = regex.compile(
    rf"(?<![\p{{L}}'’])(?:{_ABOUT_WORDS})[\s\u00a0\u202f]+"
    rf"(?<who>(?:(?:{_SINGULAR_ARTICLES})[\s\u00a0\u202f]+|l['’])(?<noun>\p{{Ll}}[\p{{L}}\-]+))(?![\p{{L}}'’\-])")
# Words in lowercase, as written: an auxiliary ("a", "est") gives a sentence a verb; "A commencer par"
# is a capital À left unaccented.
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}+(?![\p{L}'’])")
_VERBS_OF_A_CLAUSE = _TERMINALS["AUX"] | _TERMINALS["ALLER"]


def _person_a_phrase_is_about(ad: AnalysedDocument, t: Sentence) -> Span | None:
    """The one person the sentence ``t`` is about when it is made of phrases with no verb ("Une fin
    brutale pour Paul Morel, son capitaine.", "A commencer par Claire Vidal."): no subject read, no
    cue, no quotation, no auxiliary, and one person only named after "pour" or "par", by a name or a noun
    for one person ("pour l'élu"); None otherwise."""
    if t.subject is not None or t.cues:
        return None
    text = ad.prose[t.span.start:t.span.end]
    if _MARKS_IN.search(text) or any(w in _VERBS_OF_A_CLAUSE for w in _LOWER_WORD.findall(text)):
        return None
    found = [m.span("who") for m in _PERSON_PHRASE_IS_ABOUT.finditer(ad.prose, t.span.start, t.span.end)]
    found += [m.span("who") for m in _TITLE_PHRASE_IS_ABOUT.finditer(ad.prose, t.span.start, t.span.end)
              if _person_noun(ad, m.group("noun").lower())]
    return Span(*found[0]) if len(found) == 1 else None


def _pronoun_after_things(ad: AnalysedDocument, s: Sentence) -> bool:
    """"Peu de tables sont dressées, à cause du protocole. Il impose le masque.": a pronoun subject
    right after a sentence of its paragraph that names no one who could speak (no subject that can,
    no cue, no name, no noun of people, no quotation) but a thing of its gender and number stands
    for that thing, not for a person."""
    if s.subject_kind != "pronoun" or s.subject is None or s.index == 0:
        return False
    determiners = _THING_DETERMINERS.get(ad.prose[s.subject.start:s.subject.end].lower())
    before = ad.sentences[s.index - 1]
    if determiners is None or before.block != s.block or before.subject is not None or before.cues:
        return False
    words = ad.prose[before.span.start:before.span.end]
    if _CAPITAL_AFTER_FIRST.search(words) or _MARKS_IN.search(words):
        return False  # a name or someone's words: the one the pronoun may stand for
    read = [w.lower().replace("’", "'") for w in _ELIDED_WORDS.findall(words)]
    people, sources = subject_words().people, ad.lexicon.source_nouns
    if any(w in people or w in sources or w.rstrip("sx") in people or w.rstrip("sx") in sources for w in read):
        return False  # "l'humoriste", "les élus": people the pronoun may stand for
    return any(w in determiners for w in read)


# For each subject pronoun of the third person, the determiners of the nouns it can stand for.
_THING_DETERMINERS = {
    "il": _FUNCTION_WORDS["masculine_singular_determiners"],
    "elle": _FUNCTION_WORDS["feminine_singular_determiners"],
    "ils": _FUNCTION_WORDS["plural_determiners"],
    "elles": _FUNCTION_WORDS["plural_determiners"],
}
_CAPITAL_AFTER_FIRST = regex.compile(r"(?<=\S[\s\u00a0\u202f(',’-]+)\p{Lu}")


def _speaks_woven_words(ad: AnalysedDocument, s: Sentence) -> bool:
    """"Sous une pluie fine, Lucie part « en week-end ».": a single name inside its sentence (a capital
    opening the sentence is capitalised for its place: "Tout cela…") that speaks a quotation woven
    after it names a person, who may speak the quotation of the sentence after it."""
    if s.subject is None or not ad.prose[s.span.start:s.subject.start].strip():
        return False
    return any(q.attribution is not None and q.attribution.kind == "subject" and q.attribution.source == s.subject
               for q in ad.quotes_starting_in(s.span.start, s.span.end))


# A verb of the third person plural after its subject ("sont", "restent", "avaient"), object
# pronouns and a negation between them; a plural noun ends otherwise ("écoles", "parents").
_PLURAL_VERB = regex.compile(r"[\s\u00a0\u202f]+(?:(?:ne|n['’]|se|s['’]|les|leur|en|y)[\s\u00a0\u202f]*)*\p{Ll}+nt(?![\p{L}])")


def _named_before(ad: AnalysedDocument, surname: str, before: int) -> bool:
    """Whether the single name ``surname`` follows a capitalised first name or a title somewhere
    before ``before``, or is a first name given there with its surname ("Rachel Clarke")."""
    if not surname:
        return False  # an empty name is found everywhere, and the search would not move on
    return ad.looked_up(("named", surname), _first_named, ad.prose, surname) <= before


def _first_named(prose: str, surname: str) -> int:
    """The end of the first place ``surname`` is given with a first name or a title, or as a first
    name with its surname; past the end of ``prose`` when there is none. Whether a place does
    depends on the text around it only, so the first one answers for every offset after it."""
    at = prose.find(surname)
    while at >= 0:
        end = at + len(surname)
        if not prose[end:end + 1].isalpha() and (at and _FIRST_NAME_OR_TITLE.search(prose, max(0, at - 30), at) or
                                                 _SURNAME_AFTER.match(prose, end)):
            return end
        at = prose.find(surname, at + 1)
    return len(prose) + 1


# A surname after a first name: "Rachel Clarke" names the Rachel of the sentences after it.
_SURNAME_AFTER = regex.compile(r"[ \u00a0\u202f]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])")


# A first name ("Juan ") or a title ("M. ", "Dr ") right before a surname.
# A capital opening a sentence is no first name.
_FIRST_NAME_OR_TITLE = regex.compile(r"(?:(?<![.!?:»\"\n][\s\u00a0\u202f]?)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|"
                                     rf"{_TITLES})[\s\u00a0\u202f]+$")


def _determiner(prose: str, subject: Span) -> str:
    """The first word of a subject, elided articles kept whole ("l'")."""
    match = _FIRST_WORD.match(prose, subject.start, subject.end)
    return match.group(0).lower().replace("’", "'") if match else ""


def _opens(ad: AnalysedDocument, s: Sentence, q: Quote, adverbial: bool = True) -> bool:
    """Whether the quotation opens its sentence, or (``adverbial``) comes after
    no more than a short adverbial and its comma ("Globalement, « … »")."""
    before = _lead(ad, s, q)
    return not before or (adverbial and _is_short_adverbial(before))


def _openings(ad: AnalysedDocument, s: Sentence, q: Quote) -> tuple[bool, bool]:
    """``_opens(ad, s, q, adverbial=False)`` and ``_opens(ad, s, q)``, the lead before the
    quotation read once for both."""
    before = _lead(ad, s, q)
    if not before:
        return True, True
    return False, _is_short_adverbial(before)


def _lead(ad: AnalysedDocument, s: Sentence, q: Quote) -> str:
    """What stands in ``s`` before the quotation, but for spaces and dashes."""
    return ad.prose[s.span.start:q.span.start].strip(" \u00a0\u202f—–-\t\n")


def _is_short_adverbial(lead: str) -> bool:
    """Whether ``lead`` is a short adverbial and its comma. It ends on its comma: most leads do
    not, and the pattern is not tried for them."""
    return lead.endswith(",") and _SHORT_ADVERBIAL.fullmatch(lead) is not None


def _cue(ad: AnalysedDocument, s: Sentence, q: Quote, kind: str) -> Cue:
    """The cue that gives ``q`` the subject of ``s`` as its source (``s`` has one)."""
    assert s.subject is not None
    return _cue_at(ad, s.subject, q, kind)


def _cue_at(ad: AnalysedDocument, speaker: Span, q: Quote, kind: str = "subject") -> Cue:
    """The cue that gives ``q`` the words at ``speaker`` as its source."""
    return Cue(kind, speaker, "", source=speaker, source_text=ad.prose[speaker.start:speaker.end], block=q.block)


def _repeats(mine: str, theirs: str, shortest: float) -> bool:
    """Whether words (their letters) repeat attributed ones: all of them, or all of the attributed
    ones if these are at least ``shortest`` letters long."""
    return mine in theirs or (len(theirs) >= shortest and theirs in mine)


def plain_words(text: str) -> str:
    """The words of ``text`` in lower case, each mark and space between them made one space: what
    two wordings of the same words share."""
    return _NOT_LETTERS.sub(" ", unicodedata.normalize("NFC", text).lower()).strip()


# A question of an interview is a sentence or two: a longer paragraph is the article's own.
_QUESTION_MAX_CHARS = 300


def _short_paragraph_before(ad: AnalysedDocument, s: Sentence) -> str | None:
    """The text of the short paragraph (or heading) right before the one ``s`` opens, when it
    holds no quotation: a question or a prompt an interviewee may answer; None otherwise."""
    if s.index == 0 or ad.sentences[s.index - 1].block == s.block:
        return None  # ``s`` must open its paragraph (the quotation its sentence, see _opens)
    before = ad.blocks[ad.sentences[s.index - 1].block]
    if before.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or not (0 < before.span.end - before.span.start <= _QUESTION_MAX_CHARS):
        return None
    text = ad.prose[before.span.start:before.span.end].rstrip()
    return None if _MARKS_IN.search(text) else text


def _answers_a_question(ad: AnalysedDocument, s: Sentence) -> bool:
    """"Vous regrettez ? » then « Ce n'est pas que je le regrette… »": a quotation opening its
    paragraph right after a paragraph that only asks a question, with no quotation in it, is
    the interviewee's answer."""
    text = _short_paragraph_before(ad, s)
    return text is not None and text.endswith("?")


def _answers_a_prompt(ad: AnalysedDocument, s: Sentence) -> bool:
    """"On vous reproche d'avoir attendu." then « … »: in an interview, a quotation opening its
    paragraph right after a short paragraph that addresses the one interviewed, with no
    quotation in it, answers it as it does a question."""
    text = _short_paragraph_before(ad, s)
    return text is not None and _ADDRESSED.search(text) is not None


# The words by which an interviewer's prompt addresses the one interviewed.
_ADDRESSED = regex.compile(rf"(?<![\p{{L}}])(?:{_alternation('addressing_vous')})(?![\p{{L}}])", regex.I)


def attribute_repeated_and_testimony(ad: AnalysedDocument) -> None:
    """Second pass, once every quotation has its own attribution: the answers of an
    interview go on its questions; pull-quotes and the quotations of a testimony,
    each a sentence of its own right after an attributed one, go on the attributed
    words they stand by; so do those of a passage about the one person who speaks."""
    top = [q for q in ad.quotes if q.depth == 0 and q.is_speech]
    # In an article that answers questions, a short paragraph addressing the one interviewed is a
    # prompt too: the quotations opening a paragraph wait until a question is seen answered.
    prompted: list[tuple[Quote, Sentence]] = []
    answered = False
    for q in top:
        # Read for the unattributed (the fields, not the property: a call costs more than the test).
        s = ad.sentence_at(q.span.start) if q.attribution is None and not q.continues else None
        if s is not None and (_opens(ad, s, q) or _ANSWER_MARK.fullmatch(ad.prose, s.span.start, q.span.start)):
            if _answers_a_question(ad, s):
                q.continues = answered = True  # an interview: the answer to the question set in the paragraph before
            else:
                prompted.append((q, s))
    if answered:
        for q, s in prompted:
            if _answers_a_prompt(ad, s):
                q.continues = True  # "On vous reproche d'avoir attendu…": the interviewer's prompt, answered
    attributed = [q for q in top if q.attribution is not None or q.continues]
    if len(attributed) == len(top):
        return  # every quotation has its speaker (with none attributed, reported words may still open a passage)
    # Words quoted as a term or a name and attributed ("… pour défendre la « liberté de
    # toutes les femmes »"), which a pull-quote may repeat too.
    woven = sorted((q for q in ad.quotes if q.depth == 0 and not q.is_speech and q.attributed),
                   key=lambda q: q.span.start)
    quoted_words = _QuotedWords(ad.prose)
    letters, word_counts = quoted_words.letters, quoted_words.counts
    starts = [q.span.start for q in attributed]
    speech_by_sentence: dict[int, list[Quote]] = {}
    # The sentence each quotation opens in, looked up once for the readings below.
    firsts: list[Sentence | None] = []
    for q in top:
        # The sentences of its first and its last character (most end in the one they open in).
        first = ad.sentence_at(q.span.start)
        firsts.append(first)
        if first is not None:
            last = ad.sentence_ending(q.span, first)
            # A quotation of several sentences: each of them is its words, none the journalist's.
            for index in range(first.index, (last or first).index + 1):
                speech_by_sentence.setdefault(index, []).append(q)
    term_starts = [q.span.start for q in woven]
    attributed_sentences = {s.index for q, s in zip(top, firsts)
                            if s is not None and (q.attribution is not None or q.continues)}
    saying_i: list[Quote] = []
    for q, s in zip(top, firsts):
        if q.attribution is not None or q.continues:
            continue  # attributed
        if s is None:
            continue
        quoted_words.let_go_before(q.span.start - _REPEAT_REACH)  # no later quotation compares those
        mine = letters(q)
        # An article's pull-quotes stand within a few thousand characters of the words they repeat:
        # a long file of many articles is not compared quotation by quotation.
        near = attributed[bisect_left(starts, q.span.start - _REPEAT_REACH):bisect_left(starts, q.span.start + _REPEAT_REACH)]
        # A term is a few words: the pull-quote is most of them, or they are most of it.
        terms = woven[bisect_left(term_starts, q.span.start - _REPEAT_REACH):
                      bisect_left(term_starts, q.span.start + _REPEAT_REACH)]
        if len(mine) >= _REPEAT_MIN and (
                any(_repeats(mine, letters(other), _REPEAT_MIN) for other in near if other is not q)
                or any(_repeats(mine, letters(other), max(_REPEAT_MIN, len(mine) / 2)) for other in terms)):
            q.continues = True  # a pull-quote: the same words, attributed where they stand in the text
            continue
        own = word_counts(q)
        total = sum(own.values())
        # The words both hold, by a set intersection (in C); then how often this one says them.
        if total >= _REWORDED_MIN_WORDS and any(
                sum(map(own.__getitem__, own.keys() & word_counts(other).keys())) >= _REWORDED_SHARE * total
                for other in near if other is not q):
            q.continues = True  # a pull-quote cut or reworded from the attributed words
            continue
        if any(_condensed_from(word_counts(other), own) for other in (*near, *terms) if other is not q):
            q.continues = True  # the words an attributed headline or pull-quote cuts down
            continue
        if _between_words_of_one_speaker(ad, s, q, speech_by_sentence):
            q.continues = True  # « … », a dit le général. « … » « … », a-t-il poursuivi
            continue
        if not _opens(ad, s, q):
            continue
        # Backwards only: the words of the speaker just heard go on; a quotation
        # before someone else's attributed one is not theirs.
        if any(index in attributed_sentences and ad.sentences[index].block == s.block
               for index in range(max(0, s.index - TESTIMONY_REACH), s.index)) or \
                _after_an_aside(ad, s, speech_by_sentence):
            q.continues = True
        elif _passage_speaker_before(ad, s, speech_by_sentence) or \
                _passage_speaker_after(ad, s, q, speech_by_sentence):
            q.continues = True  # a passage about one person: their words go on
        elif _one_voice_says_i(ad, s, q, near):
            saying_i.append(q)
    for q in saying_i:
        # Marked once the pass is done: no reading above takes these words for attributed ones
        # and carries them on to the next quotation.
        q.continues = True


class _QuotedWords:
    """The words of the quotations a pass compares, each read once; those of the quotations that
    open before a point the pass has left behind are let go, so that a long file does not keep
    the words of all its quotations at once."""

    def __init__(self, prose: str) -> None:
        self._prose = prose
        # By the quotation's id: where it opens, and its words.
        self._letters: dict[int, tuple[int, str]] = {}
        self._counts: dict[int, tuple[int, Counter[str]]] = {}
        self._kept = _QUOTED_WORDS_KEPT

    def letters(self, q: Quote) -> str:
        """The words of ``q``, as :func:`plain_words` gives them."""
        found = self._letters.get(id(q))
        if found is None:
            found = self._letters[id(q)] = (q.span.start, plain_words(self._prose[q.inner.start:q.inner.end]))
        return found[1]

    def counts(self, q: Quote) -> Counter[str]:
        """How often ``q`` says each of its words of three letters or more."""
        found = self._counts.get(id(q))
        if found is None:
            found = self._counts[id(q)] = (q.span.start, Counter(_CONTENT_WORD.findall(self.letters(q))))
        return found[1]

    def let_go_before(self, offset: int) -> None:
        """Forget the words of the quotations that open before ``offset``, once many are kept."""
        if len(self._letters) + len(self._counts) <= self._kept:
            return  # an article's quotations: kept, and never looked over
        for kept in (self._letters, self._counts):
            for key in [key for key, (start, _) in kept.items() if start < offset]:
                del kept[key]
        # Those left are all near: they may double before they are looked over again.
        self._kept = max(_QUOTED_WORDS_KEPT, 2 * (len(self._letters) + len(self._counts)))


# How many quotations' words a pass keeps before it lets go of those it has left behind.
_QUOTED_WORDS_KEPT = 512


# Words in the first person singular go on the one person speaking around them: this many
# attributed quotations near them at least name their speaker, all the same person, one of
# them in their paragraph this many sentences away at most.
_ONE_VOICE_MIN = 2
_ONE_VOICE_REACH = 8


def _one_voice_says_i(ad: AnalysedDocument, s: Sentence, q: Quote, near: list[Quote]) -> bool:
    """« … », raconte Paul Durand. Il a repris le travail en mai. « J'ai eu peur. »: words in the
    first person singular, within a paragraph, where every attributed quotation whose speaker
    is read names one person: that person says "je". With a second speaker named, or at the
    head of a paragraph, the words may be someone else's."""
    if not _FIRST_PERSON_SINGULAR.search(ad.prose, q.inner.start, q.inner.end) or s.index == 0 or \
            ad.sentences[s.index - 1].block != s.block:
        return False
    voices = _voices(ad, q, near)
    return len(voices) >= _ONE_VOICE_MIN and _all_one_person([found for _, found in voices]) and \
        any(t.block == s.block and abs(t.index - s.index) <= _ONE_VOICE_REACH for t, _ in voices)


def _voices(ad: AnalysedDocument, q: Quote, near: list[Quote]) -> list[tuple[Sentence, set[str]]]:
    """The attributed quotations of ``near`` (other than ``q``) whose one person the analysis
    reads, by sentence: their pronoun ({"il"}) or the words of their name."""
    voices = []
    for other in near:
        t = ad.sentence_at(other.span.start)
        if other is q or t is None:
            continue
        cue = _run_speaker(ad, other, {}, t.index)
        found = _cue_speaker(ad, cue) if cue is not None else None
        if found:
            voices.append((t, found))
    return voices


def _all_one_person(speakers: list[set[str]]) -> bool:
    """Whether the speakers, each a pronoun or the words of a name, may all be one person: one
    pronoun's gender, and names that share a word."""
    if len({p for found in speakers for p in found & _ONE_PERSON}) > 1:
        return False  # "il" and "elle"
    names = [found - _ONE_PERSON for found in speakers if found - _ONE_PERSON]
    return not names or bool(set.intersection(*names))


def _condensed_from(theirs: Counter[str], mine: Counter[str]) -> bool:
    """Whether attributed words (``theirs``, content words counted) cut down the words of a
    quotation (``mine``): a headline or a pull-quote that keeps a few of them ("Nous avons mieux à
    faire que vérifier les rumeurs" for "Nous avons autre chose à faire. […] d'autres urgences que
    de vérifier les rumeurs"), this share of its words at least, and this many."""
    total = sum(theirs.values())
    return total >= _CONDENSED_MIN_WORDS and \
        sum(map(theirs.__getitem__, theirs.keys() & mine.keys())) >= _CONDENSED_SHARE * total


def _after_an_aside(ad: AnalysedDocument, s: Sentence, speech_by_sentence: dict[int, list[Quote]]) -> bool:
    """« … », explique la directrice. Avec, là encore, une salle réduite. « … »: the sentence ``s``
    (opening on a quotation) goes on the attributed words of the sentence before a short aside of
    the journalist's that stands between them (see ``_is_aside``)."""
    if s.index < 2:
        return False
    aside, before = ad.sentences[s.index - 1], ad.sentences[s.index - 2]
    return aside.block == s.block and before.block == s.block and _is_aside(ad, aside, speech_by_sentence) and \
        any(q.attributed and _closes_on_words(ad, before, q) for q in speech_by_sentence.get(before.index, ()))


# Spaces and punctuation only: what may stand between a speaker's words and their incise, or the end
# of their sentence (read by scope.py and conditionals.py too).
PUNCT_GAP = regex.compile(r"[\s\u00a0\u202f,.;:!?…—–\-()]*")


def _closes_on_words(ad: AnalysedDocument, t: Sentence, q: Quote) -> bool:
    """Whether the sentence ``t`` ends on the quotation ``q`` (or on its incise, "« … », explique
    la directrice."): an aside goes on those words. Words woven into a sentence the journalist
    goes on telling ("elle aime « … », et partage ses parties en ligne.") are not the last heard."""
    if q.span.end >= t.span.end or PUNCT_GAP.fullmatch(ad.prose, q.span.end, t.span.end):
        return True
    return any(not c.in_quote and c.span.start >= q.span.end and PUNCT_GAP.fullmatch(ad.prose, q.span.end, c.span.start)
               for c in t.cues)


# An aside is a few words ("Qui change sans cesse.", "Et l'histoire de se répéter."): this many at most.
_ASIDE_MAX_WORDS = 6
_CAPITAL = regex.compile(r"(?<![\p{L}'’\-])\p{Lu}")


def _is_aside(ad: AnalysedDocument, t: Sentence, speech_by_sentence: dict[int, list[Quote]]) -> bool:
    """Whether ``t`` is a short aside that hands no one the floor: a few words, no question (an
    interviewer's, answered by someone else), no quotation, no cue, and no name past its first word."""
    text = ad.prose[t.span.start:t.span.end].strip()
    first = _A_WORD.search(text)
    return first is not None and not text.endswith("?") and t.index not in speech_by_sentence and \
        not any(not c.in_quote for c in t.cues) and len(_A_WORD.findall(text)) <= _ASIDE_MAX_WORDS and \
        not _MARKS_IN.search(text) and not _CAPITAL.search(text, first.end())


# How many sentences from a quotation the attributed words of one speaker may stand, before it and
# after it, for the words between to be theirs too.
_SANDWICH_REACH = 2


class _Speaker(NamedTuple):
    """Who speaks in a sentence: the words that identify them (a pronoun, the words of a name),
    the text naming them ("le préfet Jean Morel"), and whether it is a body ("Airparif")."""

    words: set[str]
    text: str
    body: bool = False


def _between_words_of_one_speaker(ad: AnalysedDocument, s: Sentence, q: Quote,
                                  speech_by_sentence: dict[int, list[Quote]]) -> bool:
    """« … », a indiqué le général. « … » « … », a-t-il poursuivi: a quotation with attributed words
    of one speaker a sentence or two before it and after it is theirs, when no one else speaks
    between (SPEC §2.1 rule 5: a run of one speaker's quotations)."""
    last = ad.sentence_ending(q.span) or s
    before = _nearest_speaking(ad, range(s.index - 1, max(-1, s.index - 1 - _SANDWICH_REACH), -1), speech_by_sentence)
    after = _nearest_speaking(ad, range(last.index + 1, min(len(ad.sentences), last.index + 1 + _SANDWICH_REACH)),
                              speech_by_sentence) if before is not None else None
    if before is None or after is None:
        return False  # most quotations: no one speaks on one side; their speakers are not read
    first, second = _speaker_in(ad, *before), _speaker_in(ad, *after)
    return first is not None and second is not None and _one_speaker(first, second)


def _nearest_speaking(ad: AnalysedDocument, indexes: range, speech_by_sentence: dict[int, list[Quote]]
                      ) -> tuple[list[Cue], list[Sentence]] | None:
    """The cues of the first sentence of ``indexes`` where anyone speaks (a cue outside quotations,
    or an attributed quotation), and the journalist's sentences before it; None when no one does."""
    between: list[Sentence] = []
    for index in indexes:
        t = ad.sentences[index]
        cues = [c for c in t.cues if not c.in_quote and c.kind != "channel"]
        cues += [q.attribution for q in speech_by_sentence.get(index, ())
                 if q.attribution is not None and q.attribution not in cues]
        if cues:
            return cues, between
        if not speech_by_sentence.get(index):
            between.append(t)
    return None


def _speaker_in(ad: AnalysedDocument, cues: list[Cue], between: list[Sentence]) -> _Speaker | None:
    """The one speaker ``cues`` (those of one sentence) name; None when no one person or named body
    is, or when a sentence of the journalist's in ``between`` is about someone or something else."""
    # "a rappelé le préfet Jean Morel" holds "rappelé le préfet": a cue read inside another is the same one.
    found = [_speaker_of(ad, c) for c in cues
             if not any(o is not c and o.span.covers(c.span) and o.span != c.span for o in cues)]
    first = found[0]
    if first is None or not all(other is not None and _one_speaker(first, other) for other in found[1:]) or \
            not all(_about(ad, b, first.words) for b in between):
        return None
    return first


def _speaker_of(ad: AnalysedDocument, cue: Cue) -> _Speaker | None:
    """The one person ``cue`` has speak, or the body it names ("indique Airparif", "Le KCE
    souligne": known by the capitalised words of its name); None for anyone else."""
    text = _speaker_text(ad, cue)
    words = _cue_speaker(ad, cue)
    if words is not None:
        return _Speaker(words, text.lower())
    body = {w for w in _BODY_NAME_WORD.findall(text) if w.lower() not in _BODY_DETERMINERS}
    return _Speaker(body, text.lower(), body=True) if body else None


def _speaker_text(ad: AnalysedDocument, cue: Cue) -> str:
    """The words naming the one ``cue`` has speak: the subject before its verb of
    saying ("La ministre a ensuite expliqué que…"), or its source."""
    s = ad.sentence_at(cue.span.start)
    if cue.kind in ("speech", "participle") and s is not None and s.subject is not None and \
            s.subject.end <= cue.span.start:
        return ad.prose[s.subject.start:s.subject.end]
    return cue.source_text.strip() if cue.source is not None else ""


# A capitalised word of the name of a body ("Airparif", "KCE", "Météo"), and the determiners that
# open its naming, capitalised at the start of a sentence.
_BODY_NAME_WORD = regex.compile(r"(?<![\p{L}'’])\p{Lu}[\p{L}\-]+")
_BODY_DETERMINERS = _FUNCTION_WORDS["body_determiners"]


def _one_speaker(a: _Speaker, b: _Speaker) -> bool:
    """Whether two speakers are one: a pronoun for a person of its gender, words of one name, or
    the same title ("le ministre"); a body only by the words of its name."""
    # Two cues' speakers, each with its naming text; _same_person reads a subject against a speaker's words.
    if a.body or b.body:
        return a.body and b.body and bool(a.words & b.words)
    pronoun_a, pronoun_b = a.words & _ONE_PERSON, b.words & _ONE_PERSON
    if pronoun_a or pronoun_b:
        if pronoun_a and pronoun_b:
            return pronoun_a == pronoun_b
        # "a-t-il poursuivi" after "a indiqué le général": the one who just spoke, of their gender.
        pronoun, text = (pronoun_a, b.text) if pronoun_a else (pronoun_b, a.text)
        gender = _gender(text)
        return gender is None or gender == bool(pronoun & _FEMININE)
    if a.words or b.words:
        return bool(a.words & b.words)
    return bool(a.text) and a.text == b.text


_FEMININE_OPENERS = _FUNCTION_WORDS["feminine_person_openers"]
_MASCULINE_OPENERS = _FUNCTION_WORDS["masculine_person_openers"]


def _gender(text: str) -> bool | None:
    """Whether the naming of a person ``text`` (lower case) is feminine ("la directrice", "mme
    morel"), masculine ("le préfet"), or neither said (None: "paul roussel", "l'élue")."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    if first in _FEMININE_OPENERS:
        return True
    return False if first in _MASCULINE_OPENERS else None


# How many sentences back a passage's attributed quotation may stand from a quotation of its
# speaker, and how many of them may be the journalist's own sentences about that person.
_PASSAGE_REACH = 6
_PASSAGE_NARRATIVE = 2
# Pronouns that stand for the one person a passage is about.
_ONE_PERSON = _FUNCTION_WORDS["one_person"]
_FEMININE = _FUNCTION_WORDS["feminine_one_person"]
# Subjects of a speaker's own words: a sentence in the first person is no narrative.
_FIRST_PERSON = _FUNCTION_WORDS["first_person_subjects"]
# A name of one or more capitalised words, hyphenated first names too ("José-Manuel Durand").
_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*")


def _passage_speaker_before(ad: AnalysedDocument, s: Sentence, speech_by_sentence: dict[int, list[Quote]]) -> bool:
    """Whether the quotation opening ``s`` goes on the words of the person a passage is about
    (SPEC §2.1 rule 5): walking back through its paragraph, past the quotations of the run and
    a sentence or two about that person, to a quotation attributed to one person or a sentence
    reporting their words. Another speaker or source, or a subject naming someone or something
    else, ends the passage."""
    if topic_change().match(ad.prose, s.span.start, min(s.span.end, s.span.start + 40)):
        return False  # "Par ailleurs, « … »": the article moves on to another fact
    between: list[Sentence] = []
    for index in range(s.index - 1, max(-1, s.index - 1 - _PASSAGE_REACH), -1):
        t = ad.sentences[index]
        quotes = speech_by_sentence.get(index, ())
        if t.block != s.block and (t.block != s.block - 1 or between or not quotes or
                                   ad.blocks[t.block].kind != BlockKind.PARAGRAPH):
            # A new paragraph after a narrative one moves on; the quotation opening a paragraph
            # right after one that ends on the speaker's words goes on with them.
            return False
        speaking = [q for q in quotes if q.attributed]
        if speaking:
            cue = _run_speaker(ad, speaking[-1], speech_by_sentence, index)
            speaker = _cue_speaker(ad, cue) if cue is not None else None
            return speaker is not None and all(_about(ad, b, speaker) for b in between)
        if quotes:
            continue  # a quotation of the run with no speaker of its own yet
        reported = _reported_speaker(ad, t)
        if reported is not None:
            # "Paul Durand estime que l'accord est fragile. « … »": the one whose words the
            # sentence reports is the one the passage is about.
            return all(_about(ad, b, reported) for b in between)
        between.append(t)
        if len(between) > _PASSAGE_NARRATIVE:
            return False
    return False


def _reported_speaker(ad: AnalysedDocument, t: Sentence) -> set[str] | None:
    """The one person whose words ``t`` reports outside quotations, as ``_cue_speaker`` reads them:
    the subject of its verb of saying followed by what they said ("Paul Durand estime que…"), or a
    person a cue names as the source ("Selon la ministre, …", "…, et elle souhaite que…"); None
    otherwise ("La juge a tranché lundi." reports no words)."""
    for cue in t.cues:
        if not cue.in_quote and cue.kind in ("speech", "participle") and t.subject is not None and \
                t.subject.end <= cue.span.start:
            return _cue_speaker(ad, cue) if _REPORTED_CLAUSE.match(ad.prose, cue.span.end) else None
    source = _person_cue(ad, t)
    if source is None or (source.kind != "prepositional" and not _REPORTED_CLAUSE.match(ad.prose, source.span.end)):
        return None
    return _cue_speaker(ad, source)


# The clause a verb of saying reports: "estime que…", "souhaite qu'…".
_REPORTED_CLAUSE = regex.compile(rf"[\s\u00a0\u202f]+(?:{_alternation('que')})", regex.I)


def _passage_speaker_after(ad: AnalysedDocument, s: Sentence, q: Quote,
                           speech_by_sentence: dict[int, list[Quote]]) -> bool:
    """« … ». « … », confie-t-elle: a quotation standing as its own sentence before one that opens
    its sentence and whose incise names one person (or whose speaker is the person the sentence
    between has for subject) goes on that person's words, when the sentence before it is no
    narrative about someone or something else, and the sentences between them (two at most) are
    about that person."""
    last = ad.sentence_ending(q.span)
    if last is None:
        return False
    # "« … » Paul Durand a quitté l'usine en mai. « … », raconte-t-il.": a sentence or two about the
    # person may stand between, as they may in the passage read backwards.
    between: list[Sentence] = []
    for index in range(last.index + 1, min(len(ad.sentences), last.index + 2 + _PASSAGE_NARRATIVE)):
        nxt = ad.sentences[index]
        if nxt.block != s.block:
            return False
        following = [other for other in speech_by_sentence.get(index, ()) if other.span.start >= nxt.span.start]
        if following:
            break
        if speech_by_sentence.get(index):
            return False  # the end of a quotation the sentence only closes
        between.append(nxt)
    else:
        return False
    if not _opens(ad, nxt, following[0], adverbial=False):
        return False
    cue = following[0].attribution
    if cue is None:
        return False
    # Its speaker is named after its words, in its incise, or is the subject of the sentence between
    # ("Martine Roux vit seule. « … »").
    if cue.span.start < following[0].span.end and \
            not (cue.kind == "previous-subject" and between and between[-1].span.start <= cue.span.start):
        return False
    speaker = _cue_speaker(ad, cue)
    if speaker is None or not all(_about(ad, b, speaker) for b in between):
        return False
    if s.index == 0 or ad.sentences[s.index - 1].block != s.block:
        return True  # the quotation opens its paragraph
    prev = ad.sentences[s.index - 1]
    return bool(speech_by_sentence.get(prev.index)) or _about(ad, prev, speaker)


def _run_speaker(ad: AnalysedDocument, q: Quote, speech_by_sentence: dict[int, list[Quote]], index: int) -> Cue | None:
    """The cue that names the speaker of ``q``: its own, or, when it goes on the words before
    it, that of the nearest quotation before it in its paragraph that has one."""
    if q.attribution is not None:
        return q.attribution
    block = ad.sentences[index].block
    for k in range(index, -1, -1):
        if ad.sentences[k].block != block:
            return None
        for other in reversed(speech_by_sentence.get(k, ())):
            if other.span.start < q.span.start and other.attribution is not None:
                return other.attribution
    return None


def _about(ad: AnalysedDocument, t: Sentence, speaker: set[str]) -> bool:
    """Whether the journalist's sentence ``t`` stays with the passage's speaker: its subject is
    no one named, a pronoun for that person or their name; whoever it has say something is
    that person too."""
    subject = ad.prose[t.subject.start:t.subject.end] if t.subject is not None else ""
    if subject.lower().replace("’", "'") in _FIRST_PERSON:
        return True  # "Je ne pouvais plus…": the speaker's own words, their marks lost
    named = t.subject is not None and not _common_word_read_as_a_name(ad, t, subject)
    if named and not _same_person(ad, subject, speaker):
        return False
    if not named and not _mentions(ad, t, speaker):
        return False  # "Les principales sources en sont les œufs.": a sentence about something else
    for cue in t.cues:
        if cue.in_quote:
            continue
        if cue.source is not None and cue.source_text.strip():
            if not _same_person(ad, cue.source_text, speaker):
                return False
        elif cue.kind not in SAYING_KINDS or not _same_person(ad, _word_before(ad, t, cue), speaker):
            return False  # "les dermatologues recommandent…": someone else speaks
    return True


def _common_word_read_as_a_name(ad: AnalysedDocument, t: Sentence, subject: str) -> bool:
    """Whether the subject of ``t`` is a capitalised first word read as a single name that names no
    one: "Comment manifester sa colère ?", "Régulièrement visitée, la maison…", "Tout cela en tenant
    compte…". No person speaks by it, and it opens a question, is an adverb in "-ment", or the article
    writes it in lower case elsewhere, as a common word ("Airbus", "Marseille" are none of these)."""
    if t.subject_kind != "surname" or _person(ad, t):
        return False
    low = subject.lower()
    if low == subject:
        return False
    if ad.prose[t.span.start:t.span.end].rstrip().endswith("?") or _ADVERB_IN_MENT.fullmatch(low):
        return True
    return ad.looked_up(("written alone", low), written_alone, ad.prose, low)


def _standing_alone(prose: str, word: str, start: int, stop: int | None) -> Iterator[int]:
    """Where ``word`` stands in ``prose[start:stop]`` as a word of its own, as written (a plain
    search: a pattern made of an article's words would be kept with the compiled ones)."""
    at = prose.find(word, start, stop)
    while at >= 0:
        end = at + len(word)
        if not (at and (prose[at - 1].isalpha() or prose[at - 1] in "'’-")) and \
                not (end < len(prose) and (prose[end].isalpha() or prose[end] in "'’-")):
            yield at
        at = prose.find(word, at + 1, stop)


def written_alone(prose: str, word: str, start: int = 0, stop: int | None = None) -> bool:
    """Whether ``word`` stands in ``prose[start:stop]`` as a word of its own, as written."""
    return next(_standing_alone(prose, word, start, stop), None) is not None


# What may stand before a word that opens a sentence, a line or a quotation (spaces aside).
_OPENING_BEFORE = ".!?…:;«»\"“”\n"


def written_within_a_sentence(prose: str, word: str, start: int = 0, stop: int | None = None) -> bool:
    """Whether ``word``, as written, stands in ``prose[start:stop]`` as a word of its own after
    another word of its sentence: "selon Airbus", "Jean Gualano", not "Cela signifie…". A
    capitalised word written so is a name; one only ever opening sentences may be a common word."""
    for at in _standing_alone(prose, word, start, stop):
        before = prose[max(0, at - 40):at].rstrip(" \t\u00a0\u202f")
        if before and before[-1] not in _OPENING_BEFORE:  # a line break opens, as a full stop does
            return True
    return False


# The determiners before a body's noun ("l'ONG Foodwatch", "le groupe Bayer") or opening its
# apposition ("Leetchi, la plateforme…").
_BODY_NOUN_DETERMINERS = ("l'", "l’", "le", "la", "les", "du", "des", "au", "aux", "un", "une")
# Those that open an apposition ("Leetchi, la plateforme…"; not "Michel, du club…", where he is from).
_APPOSITION_DETERMINERS = ("l'", "l’", "le", "la", "les", "un", "une")
# Words no adjective between a body's noun and its name is ("la maison de Neymar", "le
# gouvernement et Tang").
_NO_ADJECTIVE = frozenset({"de", "du", "des", "d'", "d’", "et", "ou", "à", "au", "aux", "en", "le", "la", "les",
                           "pour", "par", "sur", "dans", "avec", "que", "qui"})


def written_beside_a_body_noun(prose: str, word: str, nouns: AbstractSet[str], start: int = 0,
                               stop: int | None = None) -> bool:
    """Whether ``word``, a lone name, stands in ``prose[start:stop]`` right after one of ``nouns``
    and its determiner, an adjective perhaps between ("l'ONG Foodwatch", "le groupe pétrolier
    Total"), or before a comma and one of them ("Leetchi, la plateforme…"): the name of a body."""
    def noun(w: str) -> bool:  # "groupe", "ONG"; not "Assemblée", a name's word
        return (w.islower() or w.isupper()) and w.lower() in nouns

    for at in _standing_alone(prose, word, start, stop):
        before = prose[max(0, at - 60):at].split()
        if len(before) > 1 and noun(before[-1]):
            determiner = before[-2]
        elif len(before) > 2 and before[-1].islower() and before[-1] not in _NO_ADJECTIVE and noun(before[-2]):
            determiner = before[-3]  # "le groupe pétrolier Total"
        elif before and before[-1][2:] and noun(before[-1][2:]):
            determiner = before[-1][:2]  # "l'ONG Foodwatch"
        else:
            determiner = ""
        if determiner.lower() in _BODY_NOUN_DETERMINERS:
            return True
        after = prose[at + len(word):at + len(word) + 40]
        if after.startswith(","):
            words = after[1:].split()
            if len(words) > 1 and words[0].lower() in _APPOSITION_DETERMINERS and noun(words[1]):
                return True  # "Leetchi, la plateforme…"
            if words and words[0][2:] and words[0][:2].lower() in _APPOSITION_DETERMINERS and noun(words[0][2:]):
                return True  # "Foodwatch, l'ONG…"
    return False


# An adverb in "-ment" ("régulièrement", "concrètement").
_ADVERB_IN_MENT = regex.compile(r"\p{Ll}{3,}ment")


# Words of a sentence that point at a person it does not make its subject: "S'occuper de son père
# lui a appris…", "La maladie l'a laissé épuisé" ("il" only when it is no impersonal subject).
_POINTING_AT_SOMEONE = _FUNCTION_WORDS["one_person_stressed"] | _POSSESSIVES
# "Tout en tançant les élus.": a gerund with no subject of its own goes on with the person's doing.
_GERUND = regex.compile(r"[\s\u00a0\u202f]*(?:Et[\s\u00a0\u202f]+)?(?:Tout[\s\u00a0\u202f]+)?[Ee]n[\s\u00a0\u202f]+"
                     r"\p{L}+ant(?![\p{L}])")


def _mentions(ad: AnalysedDocument, t: Sentence, speaker: set[str]) -> bool:
    """Whether ``t``, whose subject names no one, is about the person ``speaker``: it names
    them, or a pronoun or a possessive points at someone."""
    if _GERUND.match(ad.prose, t.span.start, t.span.end):
        return True
    words = _A_WORD.findall(ad.prose, t.span.start, t.span.end)
    impersonal = subject_words().impersonal
    names = speaker - _ONE_PERSON
    for k, word in enumerate(words):
        low = word.lower()
        if low in _POINTING_AT_SOMEONE or word in names or \
                (low == "il" and (k + 1 == len(words) or words[k + 1].lower() not in impersonal)):
            return True
    return False


def _word_before(ad: AnalysedDocument, t: Sentence, cue: Cue) -> str:
    """The word before a verb of saying, past its object pronouns: its subject when it is a pronoun."""
    words = _A_WORD.findall(ad.prose, t.span.start, cue.span.start)
    while words and words[-1].lower() in _OBJECT_PRONOUNS:
        words.pop()
    return words[-1] if words else ""


# Object pronouns (and "ne") before a verb, as words: the elided ones without their apostrophe ("l", "s").
_OBJECT_PRONOUNS = frozenset(w.rstrip("'") for w in _FUNCTION_WORDS["object_pronouns"] |
                             _FUNCTION_WORDS["personal_object_pronouns"] | _TERMINALS["REFL"] | _TERMINALS["NEG"])


def _same_person(ad: AnalysedDocument, text: str, speaker: set[str]) -> bool:
    """Whether ``text`` (a subject or a source) stands for the person whose pronoun or name
    words are ``speaker``: a pronoun of the same gender, a word of their name, or, when the passage
    knows them only by a pronoun ("raconte-t-il"), a full name, the one the pronoun stands for."""
    # Not _one_speaker: a title ("le voisin") takes up no one known only as "il", even of his gender.
    low = text.strip().lower().replace("’", "'")
    if low in _ONE_PERSON:
        pronouns = speaker & _ONE_PERSON
        return not pronouns or (low in _FEMININE) == bool(pronouns & _FEMININE)
    names = set(_NAME_WORD.findall(text))
    if names and speaker and speaker <= _ONE_PERSON and _FULL_NAME.fullmatch(text.strip()):
        return True  # "a-t-il raconté", then "Paul Durand enfile sa casquette": the pronoun's person, named
    return bool(names) and bool(names & speaker)


# "a-t-il expliqué à France Bleu", "dit-elle avec conviction": the pronoun of an incise.
# (The inverted pronouns of function_words.toml that stand for one person.)
_INVERTED_PRONOUN = regex.compile(
    rf"-(?:t-)?({phrase_alternation(_FUNCTION_WORDS['inverted_pronouns'] & _ONE_PERSON)})(?![\p{{L}}])", regex.I)
# "Pour lui, …", "selon elle": a pronoun for one person as the source (a subject or a stressed
# one), and the subject pronoun it stands for, by its gender.
_SOURCE_PRONOUNS = {w: "elle" if w in _FEMININE else "il" for w in _ONE_PERSON | _FUNCTION_WORDS["one_person_stressed"]}


def _cue_speaker(ad: AnalysedDocument, cue: Cue) -> set[str] | None:
    """The one person ``cue`` has speak, as their pronoun ({"elle"}) or the capitalised words of
    their name ({"Marie", "Dupont"}, or none for "le maire"); None when it names no one person
    (an institution, a group, a document, a channel)."""
    if cue.kind == "inverted":
        found = _INVERTED_PRONOUN.search(ad.prose, cue.span.start, cue.span.end)
        if found is not None:
            return {found.group(1).lower()}
    if cue.kind not in ("inverted", "speech", "participle", "prepositional", "subject", "previous-subject"):
        return None
    if cue.kind in ("subject", "previous-subject"):
        s = ad.sentence_at(cue.source.start) if cue.source is not None else None
        return _subject_person(ad, s) if s is not None and s.subject == cue.source else None
    if cue.kind in ("speech", "participle"):
        # "Il a ensuite expliqué que…", "Paul Durand insiste auprès de l'AFP": the subject of the
        # verb of saying, before it, speaks; the words after the verb may be its addressee.
        s = ad.sentence_at(cue.span.start)
        if s is not None and s.subject is not None and s.subject.end <= cue.span.start:
            return _subject_person(ad, s)
    text = cue.source_text.strip() if cue.source is not None else ""
    if not text or cue.source is None:
        return None
    low = text.lower().replace("’", "'")
    if low in _SOURCE_PRONOUNS:
        return {_SOURCE_PRONOUNS[low]}
    words = _ELIDED_WORDS.findall(low)
    if text.rstrip(".") in TITLES or _FULL_NAME.match(text) is not None or \
            (len(words) == 1 and _NAME_WORD.fullmatch(text) and _named_before(ad, text, cue.source.start)) or \
            (len(words) > 1 and words[0] in subject_words().singular_determiners and _person_noun(ad, words[1])):
        return _words_of(text)
    return None


# Words with an elided article apart: "l'artiste" is "l'", "artiste".
_ELIDED_WORDS = regex.compile(r"\p{L}[\p{L}\-]*['’]?")


def _subject_person(ad: AnalysedDocument, s: Sentence) -> set[str] | None:
    """The words of the subject of ``s`` when it is one person (a single name only when the
    article gave it with a first name or a title), or None."""
    if s.subject is None:
        return None
    text = ad.prose[s.subject.start:s.subject.end]
    if not _person(ad, s) or text.lower() in ("ils", "elles") or \
            (s.subject_kind == "surname" and not _named_before(ad, text, s.subject.start)):
        return None
    return _words_of(text)


def _words_of(text: str) -> set[str]:
    """A subject or a source as the words that identify its person: a pronoun, or the words of a name."""
    low = text.strip().lower().replace("’", "'")
    return {_SOURCE_PRONOUNS[low]} if low in _SOURCE_PRONOUNS else set(_NAME_WORD.findall(text))
