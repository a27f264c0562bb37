"""Data sources (SPEC §2.1 rule 6, §2.2).

A poll, a study, a count or a report named in a sentence is the source of
its figures ("Selon un sondage Elabe, 54 % …", "le ministère a recensé
300 cas", "L'étude compare 173 villes"), and of the figures of the next
sentences that elaborate it ("Ils sont 38 % à …"), until the topic changes:
a sentence with no figure (unless it says the reading goes on "également"
in another part of the count), another source, or a heading. A poll's or a
study's results are read past the commentary between them, and so are those
of a count that gives its figures in the article's opening ("selon le bilan
quotidien de la DGS"), or of a briefing held there to give one ("dans son point
quotidien"): only another source, a change of topic or a heading ends them. An
article whose title or opening names a poll, whose opening cites
a study or a report, or that names a forecaster, is about it: the poll's and
the study's shares and the forecaster's weather are read as theirs wherever
they stand.
The words are data (``grammars/lexicon/figures.toml``).
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

from ..guards import window_end, window_start
from ..patterns import regex

from ..word_lists import function_word_alternation, phrase_alternation, read_word_lists, word_sets
from ..model import AnalysedDocument, BlockKind, Cue, Figure, Quote, Sentence, Span, Token
from .figure_words import DESCRIBED_CATEGORIES, amount_of, context_words, has_a_lemma_in, sum_or_difference, unit_of
from .figures import digits_of, is_number_word
from .phrase_search import PhraseSearch, PhrasesInText, may_hold
from .spans import SpanIndex

# How many sentences after a data source its figures may be elaborated in (the
# reviewed corpus: 6 removes only diagnostics judged wrong; more changes nothing).
ELABORATION_REACH = 6
# A poll or a study is read over more sentences than a count.
POLL_REACH = 8
# How many sentences with none of its figures a study's results go on past (its commentary).
COMMENTARY_REACH = 3
_SPACE = r"[\s\u00a0\u202f]+"
_LEAD = r"[\s\u00a0\u202f—–-]*"


class _Phrases(NamedTuple):
    """The patterns and word lists of ``grammars/lexicon/figures.toml`` the readings of data sources use.
    (A named tuple: a frozen dataclass would compile its methods at each start.)"""

    topic_change: regex.Pattern[str]
    breakdown: regex.Pattern[str]
    breakdown_after_auxiliary: regex.Pattern[str]
    contrast: regex.Pattern[str]
    respondents: PhraseSearch
    polled: regex.Pattern[str]
    polls: frozenset[str]
    studies: frozenset[str]
    results: frozenset[str]
    briefings: PhraseSearch
    share_of_those: regex.Pattern[str]


@lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    data = read_word_lists("lexicon/figures.toml")
    # A phrase whole, not the start of a compound: "En outre-mer, …" opens on a place, not on
    # "en outre".
    at_start = lambda key: regex.compile(rf"{_LEAD}(?:{phrase_alternation(data[key])})(?![\p{{L}}\-])", regex.I)  # noqa: E731
    return _Phrases(
        topic_change=at_start("topic_changes"),
        breakdown=at_start("breakdowns"),
        # "ont ainsi été rapportés", not "ainsi que"
        breakdown_after_auxiliary=regex.compile(
            rf"(?<![\p{{L}}])(?:{phrase_alternation(read_word_lists('lexicon/words.toml')['AUX'])}){_SPACE}"
            rf"(?:{phrase_alternation(data['breakdowns_after_auxiliary'])})(?![\p{{L}}\-])(?!{_SPACE}qu)", regex.I),
        # after quotation marks too: "« Pourtant, … »"
        contrast=regex.compile(rf"[\s\u00a0\u202f«\"—–-]*(?:{phrase_alternation(data['contrasts'])})(?![\p{{L}}])", regex.I),
        respondents=PhraseSearch(data["respondents"]),
        polled=regex.compile(rf"%{_SPACE}des{_SPACE}(?:{phrase_alternation(data['polled'])})(?![\p{{L}}])", regex.I),
        polls=frozenset(w.lower() for w in data["polls"]),
        studies=frozenset(w.lower() for w in data["polls"] + data["studies"]),
        results=frozenset(w.lower() for w in data["results"]),
        briefings=PhraseSearch(data["count_briefings"]),
        share_of_those=regex.compile(rf"[\s\u00a0\u202f]*(?:{phrase_alternation(data['share_of_those'])})(?![\p{{L}}])",
                                     regex.I),
    )


def topic_change() -> regex.Pattern[str]:
    """The pattern of the words that open a sentence on another fact ("Par ailleurs, …")."""
    return _phrases().topic_change


def contrast() -> regex.Pattern[str]:
    """The pattern of the words that open a sentence on a contrast ("Cependant, …")."""
    return _phrases().contrast


# Kinds of figure that elaborate one another.
_KIND = {"estimate": "count", "rate": "percent", "dimension": "measure"}
# Blocks that end an elaboration: a new section.
_SECTION_BREAKS = {BlockKind.TITLE, BlockKind.HEADING}


def study_nouns() -> frozenset[str]:
    """The nouns of studies a sentence can name (``named_studies``)."""
    return context_words()["named_studies"]


@lru_cache(maxsize=1)  # asked for each document: one union, the same set each time
def named_documents() -> frozenset[str]:
    """The nouns of the studies and counts a sentence can name (``named_study``)."""
    words = context_words()
    return words["named_studies"] | words["named_counts"]


_NAMING = {"CAP", "AGENCY", "SOURCE_NOUN"}


# "aux prévisions du FMI", "des chiffres de l'Insee": a preposition holding its article, before
# a count said to be someone's ("la qualité des relevés publics" names no one's).
_ARTICLE_AFTER_PREP = context_words()["article_after_preposition"]


def _whose(tokens: list[Token], i: int) -> bool:
    """Whether the words from ``i`` say whose a count is: "de Médiamétrie", "du FMI", "de la BCE"."""
    if i + 1 >= len(tokens) or tokens[i].category != "DE":
        return False
    if tokens[i + 1].category == "DET" and tokens[i].lower == "de":
        i += 1  # "de la BCE", "de l'Insee"
    return i + 1 < len(tokens) and tokens[i + 1].category in _NAMING


def named_study(tokens: list[Token], candidates: list[int], block: int) -> Cue | None:
    """A cue for a study the sentence names with its determiner ("l'étude", "ce sondage"),
    or a count with whose it is ("le bilan officiel", "les chiffres de Médiamétrie"), or
    None; ``candidates`` are the indices of the sentence's tokens that name one."""
    words = context_words()
    counts, official = words["named_counts"], words["named_as_official"]
    for i in candidates:
        is_count = tokens[i].lower in counts
        whose = is_count and _whose(tokens, i + 1)
        if is_count and not (whose or (i + 1 < len(tokens) and tokens[i + 1].lower in official)):
            continue
        # Its determiner right before it; for a count said to be someone's, an article a
        # preposition holds, perhaps before an adjective.
        article: int | None
        if i > 0 and tokens[i - 1].category == "DET":
            article = i - 1
        else:
            article = _article_before(tokens, i) if whose else None
        if article is not None:
            span = Span(tokens[article].start, tokens[i].end)
            return Cue("document", span, tokens[i].text, source=span, block=block)
    return None


def _article_before(tokens: list[Token], i: int) -> int | None:
    """Where the article of the count ``tokens[i]`` stands, when a preposition holds it ("aux
    prévisions", "lors des prévisions"), perhaps with an adjective between ("lors des
    précédentes prévisions"); None when there is none."""
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        if tokens[k].lower in _ARTICLE_AFTER_PREP or tokens[k].category in ("DET", "LORS"):
            return k
        if tokens[k].category != "WORD":
            return None
    return None


# How far before a verb of saying its subject is read ("Un sondage Ifop révèle que…").
_SUBJECT_REACH = 40


def _cue_text(ad: AnalysedDocument, cue: Cue, sentence: Sentence | None = None) -> str:
    """The words of a cue and of its source; for a verb of saying, the few words before
    it in its sentence too, where its subject stands. ``sentence``: the cue's sentence, when
    the caller has it (it is not looked up again)."""
    text = ad.prose[cue.span.start:cue.span.end] + " " + cue.source_text
    if cue.kind not in ("speech", "channel"):
        sentence = None
    elif sentence is None or not sentence.span.start <= cue.span.start < sentence.span.end:
        sentence = ad.sentence_at(cue.span.start)
    if sentence is not None and cue.kind == "speech":
        text += " " + _whole_words(ad.prose, sentence.span, cue.span.start - _SUBJECT_REACH, cue.span.start)
    elif sentence is not None:
        # "Lors de son point quotidien sur le bilan de l'épidémie": what the channel is about.
        text += " " + _whole_words(ad.prose, sentence.span, cue.span.end, cue.span.end + _SUBJECT_REACH).split(",")[0]
    return text.lower()


def _whole_words(prose: str, sentence: Span, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` within ``sentence``, widened to the whole words it cuts: a
    word cut in half ("…quête réalisée par le syndicat") no longer names what it names."""
    # Bounded by tests: min() and max() read their arguments for keywords at each call.
    if start < sentence.start:
        start = sentence.start
    if end > sentence.end:
        end = sentence.end
    if start < end and prose[start].isalpha():
        while start > sentence.start and prose[start - 1].isalpha():
            start -= 1
    if start < end and prose[end - 1].isalpha():
        while end < sentence.end and prose[end].isalpha():
            end += 1
    return prose[start:end]


def is_data_source(ad: AnalysedDocument, cue: Cue, text: str | None = None) -> bool:
    """Whether ``cue`` names a poll, a study, a count or a report, or a body that counted;
    ``text`` is its :func:`_cue_text`, when already read."""
    if cue.kind == "document":
        return True
    lists = context_words()
    nouns, verbs = lists["data_sources"], lists["counting_verbs"]
    if text is None:
        text = _cue_text(ad, cue)
    # A list, not a set: each word is looked up once in each list, and no set is made.
    words = text.replace("’", " ").replace("'", " ").split()
    if not nouns.isdisjoint(words):
        return True
    if cue.kind == "channel" and _is_a_briefing(cue, text):
        return True  # "dans son point quotidien": a briefing held to give a count
    lemmas = ad.lexicon.lemmas if ad.lexicon is not None else {}
    return not verbs.isdisjoint(map(lemmas.get, words))  # a word whose lemma counts (looked up in C)


def _is_a_briefing(cue: Cue, text: str) -> bool:
    """Whether ``cue``, whose text (:func:`_cue_text`) is ``text``, is a briefing held at set dates
    to give a count ("dans son point quotidien", "lors du point de situation hebdomadaire")."""
    return cue.kind == "channel" and _phrases().briefings.search(text) is not None


# How many sentences open an article's body, after its title: a count named there as the
# source of its figures is what the article reports.
REPORT_OPENING = 5


class MetSoFar:
    """Whether an item of a list that only grows passes ``test``, asked again and again as the list
    grows: each item is tested once, and once one has passed, the answer stays yes. (An item's
    answer must not change once it is in the list.)"""

    def __init__(self, items: list[Any], test: Callable[[Any], bool]) -> None:
        self.items, self.test = items, test
        self.read = 0  # how many items have been tested
        self.met = False

    def __call__(self) -> bool:
        items, test = self.items, self.test
        while not self.met and self.read < len(items):
            self.met = bool(test(items[self.read]))
            self.read += 1
        return self.met


def elaborations(ad: AnalysedDocument) -> set[int]:
    """The sentences whose figures elaborate the data source of a sentence just before."""
    kinds: dict[int, set[str]] = {}
    # Whether the figures of a sentence, outside quotations, all measure an extent ("30 hectares").
    measured: dict[int, bool] = {}
    # The sentences with a share of what was counted before ("20 % de ces animations").
    shares_of_those: set[int] = set()
    share_of_those = _phrases().share_of_those
    sentences = ad.sentences
    k = 0
    for fig in ad.figures:  # figures and sentences are both in text order: one walk, no search
        kind = fig.category if fig.needs_source or fig.category == "dimension" else fig.described_kind
        if not kind:
            continue
        while k < len(sentences) and sentences[k].span.end <= fig.span.start:
            k += 1
        if k < len(sentences) and sentences[k].span.start <= fig.span.start:
            kinds.setdefault(k, set()).add(_KIND.get(kind, kind))
            if kind == "percent" and share_of_those.match(ad.prose, fig.span.end, window_end(fig.span.end, 20, len(ad.prose))):
                shares_of_those.add(k)  # "environ 20 % de ces animations": a share of what was counted
            if fig.needs_source and not fig.in_quote:
                measured[k] = measured.get(k, True) and fig.category == "measure"
    designs = _studies_by_design(ad)
    # Only a sentence with figures and no source of its own (no cue outside quotations, no
    # design of a study) can elaborate the source of one before it: the reading stops after
    # the last such sentence, as what follows it could only change the state of the walk.
    # (``kinds`` holds its sentences in text order, as the walk above met them: the last is read first.)
    last = next((k for k in reversed(kinds) if k not in designs and all(c.in_quote for c in sentences[k].cues)), -1)
    if last < 0:
        return set()
    extent_at = -1  # a source's sentence that gave an extent: the sentence after may count in it
    found: set[int] = set()
    # Sentences that hold a reportive conditional: a report that goes on.
    reporting = {s.index for s in map(ad.sentence_at, (c.span.start for c in ad.conditionals)) if s is not None}
    left = 0
    source_kinds: set[str] = set()
    pending: Cue | None = None  # read only when a sentence with figures follows it
    source_cue: Cue | None = None  # the cue of the source last named
    pending_named = pending_study = False  # whether it names a data source, and a poll or a study
    pending_report = False  # whether it is a count the article's opening gives figures of
    source_block = -1  # the paragraph a tally's elaboration stays in
    earlier: list[Cue] = []  # the cues met so far, read only when respondents are named
    named_ids: set[int] = set()  # the ids of the cues met so far that name a data source
    study = False  # the figures being elaborated are a poll's, a study's or a report's
    report = False  # … or those of a count the article's opening gives: they too go on past commentary
    any_kind = False  # no result of the study read yet: any kind of figure may be one
    share_after = -1  # a count named as a document there: the sentence after may give a share of it
    quiet = 0  # sentences since the study last gave a figure
    blocks = ad.blocks
    phrases = _phrases()
    opening = set(islice((s.index for s in ad.sentences if blocks[s.block].kind not in _SECTION_BREAKS),
                         REPORT_OPENING))
    counts = context_words()["named_counts"]
    study_or_results = _study_or_result_words()
    # The text of each cue read (by its id), which the tests below read up to four times.
    cue_texts: dict[int, str] = {}

    def text_of(c: Cue, sentence: Sentence | None = None) -> str:
        text = cue_texts.get(id(c))
        if text is None:
            text = cue_texts[id(c)] = _cue_text(ad, c, sentence)
        return text

    # Whether a cue met so far names a study (one of those that name a data source), and whether
    # one names a poll: each cue is read once, so a long file is read once, not once a sentence.
    study_met_before = MetSoFar(earlier, lambda c: id(c) in named_ids and _names_a_study(ad, c, text=text_of(c)))
    poll_met_before = MetSoFar(earlier, lambda c: _names_a_study(ad, c, phrases.polls, text_of(c)))

    for s in islice(sentences, last + 1):
        if not s.cues and s.index not in kinds:
            # Most sentences: no source, no figure. The topic moves on, unless a study's
            # results are being read: its commentary comes between its figures.
            quiet += 1
            # Asked only while an elaboration is open: with none, whether it goes on changes nothing.
            going_on = bool(left) and quiet == 1 and _says_it_goes_on(ad, s)
            if going_on and left:
                # It opens another part of the count, which may give as many figures as the first.
                if left < ELABORATION_REACH:
                    left = ELABORATION_REACH
            if not ((study or report or going_on) and left) or quiet > COMMENTARY_REACH or \
                    phrases.topic_change.match(ad.prose, s.span.start, window_end(s.span.start, 40, s.span.end)):
                left = 0
            if blocks[s.block].kind in _SECTION_BREAKS:
                pending = None
            continue
        if blocks[s.block].kind in _SECTION_BREAKS:
            left, pending = 0, None
            continue
        # The cue that names a data source, a study first, stands for the sentence: "Au plus bas
        # dans les sondages, le président est le favori…, révèle l'enquête".
        outside = [c for c in s.cues if not c.in_quote] or designs.get(s.index, [])
        named_cues = [c for c in outside if c.kind == "document" or is_data_source(ad, c, text_of(c, s))]
        if named_cues:
            named_ids.update(map(id, named_cues))
        # Results named as the source ("selon les résultats définitifs") are read as a study's
        # here, past the commentary between their figures; not as what a whole article reports.
        study_cue = next((c for c in named_cues if c.trigger == _DESIGN or
                          _names_a_study(ad, c, study_or_results, text_of(c))), None) if named_cues else None
        cue = study_cue or (named_cues[0] if named_cues else outside[0] if outside else None)
        cue_named = bool(named_cues)
        reading_a_study = study or (pending is not None and pending_study)
        if reading_a_study and not study_cue and _respondents_think(kinds.get(s.index, ()), named_cues):
            cue_named = False  # "58 % d'entre eux estiment que…": the poll's respondents, no new count
        quiet = 0 if s.index in kinds else quiet + 1
        if cue is not None and left and source_cue is not None and pending_named and not cue_named and \
                s.index not in kinds and _speaks_for_the_same_body(ad, source_cue, s):
            # "…, selon le bilan de la FTR. La tendance inquiète, souligne le délégué de la FTR.":
            # the body that counted comments its count, whose figures go on after it, whether
            # they had begun before the comment or not.
            continue
        if cue is not None and left and quiet <= COMMENTARY_REACH and not cue_named and reading_a_study:
            # "29 % des Français se disent satisfaits": the respondents speak, and the
            # poll's results go on, with the kinds of figure the sentence gave.
            earlier.append(cue)
            source_kinds |= kinds.get(s.index, set())
            if left < ELABORATION_REACH:
                left = ELABORATION_REACH
            continue
        if cue is not None and left and not cue_named and _read_by_one(ad, outside):
            # "Chez les adultes, on constate une hausse": the journalist reads the figures of the
            # source named before; they go on after it, with the kinds of figure it gives.
            source_kinds |= kinds.get(s.index, set())
            continue
        if cue is not None and left and s.index in kinds and (
                report and cue_named or (report or pending is not None and pending_report) and _a_body_unnamed(cue)):
            # "On dénombre 1.094 malades en réanimation": more figures of the count the opening
            # gives, with a verb that counts, or given by a body named by its kind only ("a
            # indiqué l'agence"), the one that counted; its reading goes on after them, with its
            # reach left.
            earlier.append(cue)
            source_kinds |= kinds[s.index]
            continue
        if cue is not None:
            # The speaker of the source before speaking again ("…, a tweeté la ministre. …, a ajouté
            # la ministre"): the kinds of figure it gave go on with those it gives now.
            again = bool(left) and source_cue is not None and _same_speaker(source_cue, cue)
            left, pending, study, report, quiet = ELABORATION_REACH, cue, False, False, 0
            source_cue = cue
            pending_named = cue_named
            pending_study = study_cue is not None
            # A count that gives its figures in the article's opening ("46 décès, selon le bilan
            # quotidien de la DGS") is what the article reports: its figures go on past commentary.
            # So does a briefing held to give a count, named there ("Dans son point quotidien, le
            # directeur de la santé a indiqué…"): its figures follow it.
            pending_report = cue_named and s.index in opening and (
                s.index in kinds and _names_a_study(ad, cue, counts, text_of(cue)) or _is_a_briefing(cue, text_of(cue)))
            source_kinds = set(kinds.get(s.index, ())) | (source_kinds if again else set())
            # A poll's or a study's own figures are often its design ("menée dans 27 pays"):
            # its first results may be of whatever kind the next sentences give.
            any_kind = pending_study
            # A count named as a document ("selon le dernier bilan", "les prévisions de la
            # caisse") gives the share of what it counted in the sentence right after it.
            share_after = s.index if cue_named and _names_a_study(ad, cue, counts, text_of(cue)) else -1
            # A source that measures what happened ("le feu a parcouru 62 hectares"):
            # the sentence right after counts in it, in figures of whatever kind.
            extent_at = s.index if measured.get(s.index) else -1
            earlier.append(cue)
            continue
        mine = kinds.get(s.index, set())
        # Both readings look for the source among the cues met so far: with none, the sentence is not
        # searched; nor for respondents with no study among them (most cues name no data source).
        if mine and earlier and (
                (study_met_before() and phrases.respondents.search(ad.prose, s.span.start, s.span.end)) or
                (ad.prose.find("%", s.span.start, s.span.end) >= 0 and  # the pattern reads a "%" first
                 phrases.polled.search(ad.prose, s.span.start, s.span.end) and poll_met_before())):
            # "… par 74 % des personnes interrogées": the poll named earlier, wherever it stands.
            found.add(s.index)
            left = ELABORATION_REACH
            continue
        prev = ad.sentences[s.index - 1] if s.index else None
        # A breakdown goes on one that broke the count down before it, past a paragraph break
        # too ("Parmi les adultes, 30 … ¶ Chez les mineurs, 6 …"): the break may be a lost one.
        if mine and prev is not None and (prev.block == s.block or s.index - 1 in found) and \
                (s.index - 1 in found or any(not c.in_quote for c in prev.cues) or
                 prev.index in reporting) and \
                (phrases.breakdown.match(ad.prose, s.span.start, window_end(s.span.start, 30, s.span.end)) or
                 _draws_on_a_named_source(ad, prev, s)):
            found.add(s.index)  # "Dans le détail, …": the count of the sentence before, broken down
            source_kinds |= mine  # its kinds of figure are the count's too ("… sur deux (47 %)")
            continue
        if pending is not None and mine:
            # A poll, a study or a report reaches past a paragraph break; a tally (the
            # source of a sentence with figures) goes on in its paragraph only.
            named = pending_named
            tally = bool(source_kinds) and ad.sentences[s.index - 1].block == s.block if s.index else False
            study, report = pending_study, pending_report
            if named:
                left = POLL_REACH if study else ELABORATION_REACH if report else left
            else:
                left = left if tally or _names_the_speaker_again(ad, pending, s) else 0
            source_block = s.block if not named else -1
            pending = None
        elif source_block >= 0 and s.block != source_block:
            left = 0
        if left and phrases.topic_change.match(ad.prose, s.span.start, window_end(s.span.start, 40, s.span.end)) and \
                not (study and mine & source_kinds or report and mine and
                     phrases.contrast.match(ad.prose, s.span.start, window_end(s.span.start, 40, s.span.end))):
            # A poll's results are listed with the same words ("En revanche, 13 % …"): only
            # figures of another kind than its results so far move on from it. The count the
            # opening gives compares its figures the same way ("En revanche, le taux …").
            left = 0
        if not mine:
            # A sentence with no figure ends the elaboration, the topic has moved on; a
            # study's commentary only pauses it.
            if not (study or report) or quiet > COMMENTARY_REACH:
                left = 0
            continue
        # The same survey or count goes on in figures of the same kind: shares after
        # a poll's shares, counts after a count ("Ils sont 38 % à …"); a study's and the
        # opening count's in figures of any kind.
        if left and (not source_kinds or any_kind or study or report or mine & source_kinds or
                     share_after == s.index - 1 and "percent" in mine or extent_at == s.index - 1 or
                     s.index in shares_of_those and "count" in source_kinds):
            found.add(s.index)
            source_kinds |= mine
            any_kind = False
            left -= 1
        else:
            left = 0
    return found


_WORD = regex.compile(r"[\p{L}\-]+")


# The category of a figure that gives the design of a study (figure_context.py), and the
# trigger of the cue that stands for the study it names.
_DESIGN = "design"


def _studies_by_design(ad: AnalysedDocument) -> dict[int, list[Cue]]:
    """The sentences with no source that give the design of a study ("Le magazine a testé 40
    crèmes"): a study named by what it tested, whose results the next sentences may give."""
    found: dict[int, list[Cue]] = {}
    for fig in ad.figures:
        if fig.category != _DESIGN or fig.in_quote:
            continue
        s = ad.sentence_at(fig.span.start)
        if s is not None and not s.cues:
            found.setdefault(s.index, [Cue("document", fig.span, _DESIGN, block=fig.block)])
    return found


# "il", "lui", "eux": a speaker named by a pronoun ("selon lui").
_PRONOUNS = word_sets("lexicon/words.toml")["PRON"]


def _draws_on_a_named_source(ad: AnalysedDocument, prev: Sentence, s: Sentence) -> bool:
    """Whether ``s`` says it draws its figures from what the source named in ``prev`` said
    ("ont ainsi été rapportés"), a source named in words, not a pronoun that may stand for
    someone who only commented."""
    if not _phrases().breakdown_after_auxiliary.search(ad.prose, s.span.start, s.span.end):
        return False
    named = [c for c in prev.cues if not c.in_quote]
    # no cue: a report told in the conditional, or figures already read as the source's
    return not named or any(c.source_text.strip().lower() not in _PRONOUNS for c in named)


# "on", "l'on" right before a verb: the impersonal subject.
_ONE_BEFORE = regex.compile(r"(?<![\p{L}])(?:l['’])?on[\s\u00a0\u202f]+(?:y[\s\u00a0\u202f]+)?$", regex.I)
_ONE_REACH = 8


def _read_by_one(ad: AnalysedDocument, cues: list[Cue]) -> bool:
    """Whether the cues of a sentence are all a verb of finding whose subject is the impersonal
    "on" ("on constate que…", "on y retrouve"): the journalist reads the figures, no one speaks."""
    wanted = context_words()["read_by_one"]
    prose = ad.prose
    # The pattern reads an "on": a verb with none before it (most) is not searched.
    return bool(cues) and all(
        c.kind == "speech" and "on" in prose[window_start(c.span.start, _ONE_REACH):c.span.start].lower() and
        _ONE_BEFORE.search(prose, window_start(c.span.start, _ONE_REACH), c.span.start) is not None and
        has_a_lemma_in(ad, c.span.start, c.span.end, wanted)
        for c in cues)


def _says_it_goes_on(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether ``s`` says that what the figures before it read goes on in another part
    ("Les admissions baissent également en réanimation.")."""
    wanted = context_words()["tally_goes_on"]
    text = ad.prose[s.span.start:s.span.end].lower()
    if not any(word in text for word in wanted):  # most sentences hold none of the words: no walk over theirs
        return False
    return any(m.group().lower() in wanted for m in _WORD.finditer(ad.prose, s.span.start, s.span.end))


# An acronym: the short name of a body ("FTR", "INSEE").
_ACRONYM = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{Lu}\-]{2,}(?![\p{L}])")


def _speaks_for_the_same_body(ad: AnalysedDocument, source: Cue, s: Sentence) -> bool:
    """Whether ``s`` names a body by an acronym that the sentence of the data source ``source``
    named too, or has a speaker named in words that sentence holds ("selon les chiffres de
    l'agence … souligne l'agence"): one of its people speaking, not another source."""
    named = ad.sentence_at(source.span.start)
    if named is None:
        return False
    acronyms = set(_ACRONYM.findall(ad.prose, named.span.start, named.span.end))
    if any(a in acronyms for a in _ACRONYM.findall(ad.prose, s.span.start, s.span.end)):
        return True
    words = set(_NAME_WORDS.findall(ad.prose, named.span.start, named.span.end))
    return any(_named_in(c.source_text, words) for c in s.cues if not c.in_quote)


_BODIES = frozenset(read_word_lists("lexicon/source_kinds.toml")["institutions"])


def _a_body_unnamed(cue: Cue) -> bool:
    """Whether ``cue``'s speaker is a body named by its kind alone, with no name of its own
    ("l'agence", "le service public de santé"): the body named before, not a new source."""
    words = [w for w in _NAME_WORDS.findall(cue.source_text) if w.lower() not in _ARTICLES]
    return bool(words) and words[0].lower() in _BODIES and not any(w[0].isupper() for w in words)


def _names_the_speaker_again(ad: AnalysedDocument, cue: Cue, s: Sentence) -> bool:
    """Whether ``s`` names by its acronym the body that speaks in ``cue`` ("Les centres débordent,
    alerte la LPO. Plus de 2.400 oiseaux ont été recueillis par la LPO."): the figures are its count."""
    acronyms = set(_ACRONYM.findall(cue.source_text))
    return bool(acronyms) and any(a in acronyms for a in _ACRONYM.findall(ad.prose, s.span.start, s.span.end))


def _same_speaker(before: Cue, cue: Cue) -> bool:
    """Whether ``cue`` names its speaker in words that all named the speaker of ``before`` ("la
    ministre" after "la ministre du Travail"): the same one speaking again."""
    mine = _name_words(cue.source_text)
    if not mine:
        return False  # named by no word: the words of the one before are not read
    words = set(_NAME_WORDS.findall(before.source_text))
    return all(w in words for w in mine)


# The words of a name, and the articles and prepositions between them that name nothing.
_NAME_WORDS = regex.compile(r"\p{L}[\p{L}\-]+")
_ARTICLES = context_words()["name_particles"]


def _name_words(speaker: str) -> list[str]:
    """The words naming ``speaker``, but for its articles and prepositions."""
    return [w for w in _NAME_WORDS.findall(speaker) if w.lower() not in _ARTICLES]


def _named_in(speaker: str, words: set[str]) -> bool:
    """Whether every word naming ``speaker`` ("l'agence", "la fédération") is among ``words``."""
    mine = _name_words(speaker)
    return bool(mine) and all(w in words for w in mine)


def _respondents_think(sentence_kinds: Collection[str], named_cues: list[Cue]) -> bool:
    """Whether a sentence gives shares of people who say or think something ("58 % estiment
    que…"): its verbs name no source of their own, only those who answered a poll."""
    return "percent" in sentence_kinds and all(
        c.kind in ("speech", "participle") and not c.source_text.strip() for c in named_cues)


def _names_a_study(ad: AnalysedDocument, cue: Cue, kinds: frozenset[str] | None = None,
                   text: str | None = None) -> bool:
    """Whether a data source cue names a poll, a study or a report (not only a body that
    counted); with ``kinds``, one of those words. ``text`` is its :func:`_cue_text`, when already read."""
    words = (_cue_text(ad, cue) if text is None else text).replace("'", " ").replace("’", " ").split()
    if "rapport" in words:
        # "par rapport au budget" compares; it names no report.
        words = [word for n, word in enumerate(words) if not (word == "rapport" and n and words[n - 1] == "par")]
    return not (_study_words() if kinds is None else kinds).isdisjoint(words)


@lru_cache(maxsize=1)  # one union, the same set each time
def _study_words() -> frozenset[str]:
    """The words that name a poll, a study or a report (:func:`_names_a_study`)."""
    return study_nouns() | _phrases().studies


@lru_cache(maxsize=1)
def _study_or_result_words() -> frozenset[str]:
    """The words that name a poll, a study or a report, or their results ("selon les résultats")."""
    return _study_words() | _phrases().results


@lru_cache(maxsize=1)
def _forecast_patterns() -> tuple[PhrasesInText, regex.Pattern[str], frozenset[str], PhraseSearch]:
    data = read_word_lists("lexicon/figures.toml")
    units = regex.compile(rf"(?:{phrase_alternation(data['forecast_units'])})$", regex.I)
    return PhrasesInText(data["forecasters"]), units, frozenset(data["forecast_areas"]), \
        PhraseSearch(data["forecast_watch"])


def forecast_figures(ad: AnalysedDocument) -> None:
    """"Météo-France a placé 45 départements en vigilance … Les cumuls atteindront 50 mm":
    in an article that names a forecaster, the weather it gives is the forecaster's
    bulletin (SPEC §2.1 rule 6), in whatever sentence it is told: its measures and the
    areas it places under watch, once it is named. Other figures keep their own sources."""
    pending = [f for f in ad.figures if f.needs_source and not f.in_quote and not f.attributed and
               f.category in ("measure", "count")]
    if not pending:
        return
    forecasters, units, areas, watch = _forecast_patterns()
    prose = ad.prose
    weather = []
    for fig in pending:
        value = fig.value_text.strip()
        if fig.category == "measure":
            if units.search(value) is None:
                continue  # "à 70 km de la ville" is a distance, "130 km/h" a wind
        else:
            words = value.lower().split()
            sentence = ad.sentence_at(fig.span.start)
            if not words or words[-1] not in areas or sentence is None or \
                    not watch.search(prose, sentence.span.start, sentence.span.end):
                continue
        weather.append(fig)
    # The whole text is searched for a forecaster only when it gives weather (few articles).
    named = forecasters.first(prose) if weather else None
    if named is None:
        return
    for fig in weather:
        if fig.span.start >= named.end():  # a source is named before what it gives, not after
            fig.continues = True


@lru_cache(maxsize=1)
def _network_readings() -> tuple[tuple[PhrasesInText, frozenset[str], regex.Pattern[str] | None], ...]:
    """For each kind of network watched by one service: the names of the services, the units of
    their readings, and the words a reading's unit is followed by ("de bouchons"), if any."""
    data = read_word_lists("lexicon/figures.toml")
    # "de bouchons", "d'embouteillages": what the length is of, right after it.
    jams = regex.compile(rf"{_SPACE}(?:de{_SPACE}|d['’][\s\u00a0\u202f]*)(?:{phrase_alternation(data['traffic_jams'])})"
                         r"(?![\p{L}])", regex.I)
    # "pour 100.000 habitants": a rate of incidence.
    per_inhabitants = regex.compile(rf"{_SPACE}pour{_SPACE}100[.\s\u00a0\u202f]?000(?!\d)")
    return ((PhrasesInText(data["traffic_monitors"]), frozenset(data["traffic_units"]), jams),
            (PhrasesInText(data["grid_operators"]), frozenset(data["grid_units"]), None),
            (PhrasesInText(data["health_watch"]), frozenset(data["health_watch_units"]), per_inhabitants))


def network_figures(ad: AnalysedDocument) -> None:
    """"Les départs ont saturé les autoroutes, avec près de 350 km de bouchons. Le pic a été
    atteint vers midi, a indiqué Bison Futé.": in an article that names the service that
    watches a network, the readings it gives of that network are the service's (SPEC §2.1
    rule 6), in whatever sentence: the lengths of the jams for a road traffic monitor, the
    power drawn for a grid's operator, the rate of cases per 100.000 inhabitants for a health
    watch. Other figures keep their own sources."""
    measures = [f for f in ad.figures if f.needs_source and not f.in_quote and not f.attributed and
                f.category in ("measure", "count")]
    if not measures:
        return
    prose = ad.prose
    # Each figure's unit ("km", "mw", "cas"), the digits of "20MW" left out.
    units_of = [unit_of(f.value_text).lower() for f in measures]
    for monitors, units, after in _network_readings():
        readings = [f for f, unit in zip(measures, units_of) if unit in units and
                    (after is None or after.match(prose, f.span.end) is not None)]
        if readings and monitors.first(prose) is not None:
            for fig in readings:
                fig.continues = True


def service_forecast_figures(ad: AnalysedDocument) -> None:
    """"Le groupe prévoit un bus sur trois, a annoncé la direction. … La moitié des trams
    circuleront.": once a source gives the service an operator forecasts in shares of what it
    runs (trains, buses, trams), the later shares of what it runs are that forecast (SPEC §2.1
    rule 6), in whatever sentence. Shares told before it keep their own sources."""
    units = _SERVICE_UNITS
    serving = [f for f in ad.figures if (f.category in _SHARES or f.described_kind in _SHARES) and not f.in_quote and
               _counts_a_service(ad.prose, f, units)]
    first = next((f.span.start for f in serving if f.attribution is not None or _sourced_sentence(ad, f)), None)
    if first is None:
        return
    for fig in serving:
        if fig.needs_source and not fig.attributed and fig.span.start > first:
            fig.continues = True


_SHARES = {"rate", "percent"}
# The words after a share, what it counts when its words end before it ("la moitié des | bus",
# "60 % | du trafic TER").
_WORDS_AFTER = regex.compile(r"(?:[\s\u00a0\u202f]*[\p{L}'’]+){1,3}")


def _counts_a_service(prose: str, fig: Figure, units: frozenset[str]) -> bool:
    """Whether a share counts what an operator runs ("un train sur deux", "la moitié des bus")."""
    words = _NAME_WORDS.findall(prose[fig.span.start:fig.span.end].lower())
    after = _WORDS_AFTER.match(prose, fig.span.end)
    if after:
        words += _NAME_WORDS.findall(after.group().lower())
    return any(word in units for word in words)


def _sourced_sentence(ad: AnalysedDocument, fig: Figure) -> bool:
    """Whether the sentence of ``fig`` has a source outside quotations."""
    s = ad.sentence_at(fig.span.start)
    return s is not None and s.attributed_by is not None


# The words of what a transport operator runs (the service_units of figures.toml).
_SERVICE_UNITS = context_words()["service_units"]


# How many sentences open an article: a poll named there is what the article is about.
_OPENING_SENTENCES = 3


def poll_figures(ad: AnalysedDocument) -> None:
    """"Présidentielle : Macron creuse l'écart (sondage BVA)" … "Emmanuel Macron obtiendrait
    20 % des voix": in an article whose title or opening names a poll (or a panel that
    measures sales or audiences), or whose opening cites a study or a report as its source
    ("selon le bilan annuel de l'ASFA"), the shares it gives are their results (SPEC §2.1
    rule 6), wherever they are told; figures of another kind keep their own sources."""
    _go_on_after_the_poll(ad, [f for f in ad.figures if f.needs_source and not f.in_quote and not f.attributed and
                               f.category in ("percent", "rate")])


def _go_on_after_the_poll(ad: AnalysedDocument, pending: list) -> None:
    """Mark the figures or conditionals of ``pending`` told after the article names the poll,
    panel, study or report it is about as continuing its results."""
    if not pending or not ad.sentences:
        return
    after = _poll_results_start(ad)
    if after is None:
        return
    for item in pending:
        if item.span.start >= after:
            item.continues = True


def _opening(ad: AnalysedDocument) -> list[Sentence]:
    """The sentences that say what an article is about: its first ones, and those of its titles."""
    blocks, title = ad.blocks, BlockKind.TITLE  # read once: each is a look-up through a property or a class
    return ad.sentences[:_OPENING_SENTENCES] + [s for s in ad.sentences[_OPENING_SENTENCES:]
                                                if blocks[s.block].kind == title]


def _poll_results_start(ad: AnalysedDocument) -> int | None:
    """Where the results of the poll, panel, study or report an article is about begin: the end
    of the first sentence of its title or opening that names it; None if it names none."""
    polls = _poll_article_pattern()
    named = [s.span.end for s in _opening(ad) if polls.search(ad.prose, s.span.start, s.span.end)]
    # A study or a report the first sentences of the body name as their source ("selon le bilan
    # annuel de l'ASFA", "dans son rapport sur les migrations"): the article reports its results.
    # So is a poll or a measurer named there, past a title and a standfirst ("D'après les
    # relevés de Médiamétrie, le feuilleton a gagné des fidèles").
    blocks = ad.blocks
    body = (s for s in ad.sentences if blocks[s.block].kind not in _SECTION_BREAKS)
    named += [s.span.end for s in islice(body, _OPENING_SENTENCES)
              if _cites_a_study(ad, s) or polls.search(ad.prose, s.span.start, s.span.end)]
    return min(named) if named else None


def poll_conditionals(ad: AnalysedDocument) -> None:
    """"Sondage BVA : … Le candidat sortant serait battu au second tour.": in an article about
    a poll's results, a claim in the conditional after the poll is named is what the poll
    projects, not hearsay (SPEC §2.1 rule 6)."""
    _go_on_after_the_poll(ad, [c for c in ad.conditionals if not c.attributed])


def budget_bill_figures(ad: AnalysedDocument) -> None:
    """"Le projet de loi de finances arrive au Parlement … Le ministère des Sports recevra 12 millions
    d'euros de crédits en plus": in an article whose title or opening names a budget
    bill, the sums and posts a sentence allots (its credits, envelopes, endowments, posts) are
    what the bill provides, a plan described, not a finding. The figures of the world the bill
    answers (a deficit reached, households affected, what a measure costs) keep their sources."""
    pending = [f for f in ad.figures if f.needs_source and not f.in_quote and not f.attributed]
    if not pending or not ad.sentences:
        return
    bills, allotting = _budget_patterns()
    named = [s.span.end for s in _opening(ad) if bills.search(ad.prose, s.span.start, s.span.end)]
    if not named:
        return
    after = min(named)
    for fig in pending:
        s = ad.sentence_at(fig.span.start)
        if fig.span.start >= after and s is not None and allotting.search(ad.prose, s.span.start, s.span.end):
            fig.category, fig.needs_source = "plan", False


@lru_cache(maxsize=1)
def _budget_patterns() -> tuple[PhraseSearch, PhraseSearch]:
    data = read_word_lists("lexicon/figures.toml")
    return PhraseSearch(data["budget_bills"]), PhraseSearch(data["budget_allotments"])


def _cites_a_study(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether a cue of ``s``, outside quotations, names a study or a report as its source."""
    return any(not c.in_quote and is_data_source(ad, c) and _names_a_study(ad, c) for c in s.cues)


@lru_cache(maxsize=1)
def _poll_article_pattern() -> PhraseSearch:
    return PhraseSearch(read_word_lists("lexicon/figures.toml")["poll_articles"])


# "48 écoles, dont 11 en ville": what lies between a figure and the part of it that follows.
_PART_OF = regex.compile(r"[^.;:!?]{0,60}?,[\s\u00a0\u202f]*dont[\s\u00a0\u202f]+(?:[\p{L}'’\-]+[\s\u00a0\u202f]+){0,2}", regex.I)


def parts_of_sourced_figures(ad: AnalysedDocument) -> None:
    """"48 communes restent en alerte, dont 12 en alerte écarlate": the part of a figure
    that the reading of the article sources (a forecaster's bulletin, a poll's results) has
    that source too; a figure its sentence's cue sources has it already."""
    previous = None
    for fig in ad.figures:
        if previous is not None and fig.needs_source and not fig.attributed and not fig.in_quote and \
                previous.sentence == fig.sentence and previous.continues and previous.attribution is None and \
                _PART_OF.fullmatch(ad.prose, previous.span.end, fig.span.start):
            fig.continues = True
        if fig.needs_source:
            previous = fig


# "Sur cette somme, ", "Mais parmi ces dépenses, réglées en mai, ": a sentence opening (after a
# linking word) on a preposition of parts, a demonstrative and the noun that takes up a figure given
# before, then the part itself, an incise between them at most ("Sur ce point, le pays compte…" is
# about a topic, not a part).
_PART_OPENING = regex.compile(
    r"(?:\p{L}+[\s\u00a0\u202f]*,[\s\u00a0\u202f]*)?(?P<prep>\p{L}+)[\s\u00a0\u202f]+"
    rf"(?:{function_word_alternation('demonstrative_determiners')})"
    r"[\s\u00a0\u202f]+\p{L}+(?:[\s\u00a0\u202f]+\p{L}+)?[\s\u00a0\u202f]*,[\s\u00a0\u202f]*"
    r"(?:[^,.;:!?]{1,60},[\s\u00a0\u202f]*)?", regex.I)
# The prepositions that open a group a part is taken from (group_openings of figures.toml).
_PART_PREPOSITIONS = context_words()["group_openings"]
# How many sentences back the figure such an opening takes up may stand.
_TAKEN_UP_REACH = 2


def parts_of_a_sourced_figure_taken_up(ad: AnalysedDocument) -> None:
    """"Le gymnase a coûté 450.000 euros, selon la mairie. Sur cette somme, 90.000 euros…":
    the figure a sentence opening on "sur/parmi" and a demonstrative takes up is the last one given
    just before; when it has a source, the part of it has that source too, and when its context
    describes it ("un couvre-feu s'applique dans 40 communes. Parmi ces communes, 12…"), the part
    is described alike."""
    last: Figure | None = None
    for fig in ad.figures:
        if fig.in_quote:
            continue
        # fig.sentence is the index of the figure's sentence (-1 when it has none, which the
        # bound below rules out), set when the figures were linked to their sentences.
        if last is not None and fig.needs_source and not fig.attributed and \
                last.sentence < fig.sentence and fig.sentence - last.sentence <= _TAKEN_UP_REACH and \
                (last.attributed or last.continues or not last.needs_source) and \
                ad.sentences[last.sentence].block == ad.sentences[fig.sentence].block:
            s = ad.sentences[fig.sentence]
            m = _PART_OPENING.fullmatch(ad.prose, s.span.start, fig.span.start)
            if m is not None and m.group("prep").lower() in _PART_PREPOSITIONS:
                if last.needs_source:
                    fig.continues = True
                else:
                    fig.category, fig.needs_source = last.category, False
        if fig.needs_source or fig.category in DESCRIBED_CATEGORIES:
            last = fig


# "Douze manifestants ont été arrêtés, dont ": a count in words, then the part of it that follows.
_PART_WORD = "dont"
_PART_OF_WORDS = regex.compile(rf"(?<![\p{{L}}\-])([\p{{L}}\-]+)[\s\u00a0\u202f]+[^.;:!?,]{{0,60}}?,[\s\u00a0\u202f]*{_PART_WORD}"
                               r"[\s\u00a0\u202f]+(?:[\p{L}'’\-]+[\s\u00a0\u202f]+){0,2}$", regex.I)
_ONE = frozenset({"un", "une"})  # an article as often as a number


def parts_of_counts_in_words(ad: AnalysedDocument) -> None:
    """"Douze manifestants ont été arrêtés, dont 9 mineurs": a count written in
    words is read as no claim, and so is the part of it given after "dont"."""
    starts = [fig.span.start for fig in ad.figures]
    for fig in ad.figures:
        if not fig.needs_source or fig.attributed or fig.in_quote:
            continue
        s = ad.sentence_at(fig.span.start)
        # Most figures have no "dont" before them in their sentence: the pattern is not searched.
        if s is None or not may_hold(ad.prose, s.span.start, fig.span.start, (_PART_WORD,)):
            continue
        m = _PART_OF_WORDS.search(ad.prose[s.span.start:fig.span.start])
        if m is None:
            continue
        words = m.group(1).lower().split("-")
        whole = s.span.start + m.start(1)
        if words[0] not in _ONE and all(is_number_word(w) for w in words) and \
                not any(whole <= start < fig.span.start for start in starts):
            fig.category, fig.needs_source = "derived", False


# How many sentences before a figure the sourced figures it is worked out from may stand (further
# on, sums of other figures come by chance).
_WORKED_OUT_REACH = 1
# Below this, a sum or a difference of two figures comes by chance.
_WORKED_OUT_MIN = 10


def worked_out_from_sourced_figures(ad: AnalysedDocument) -> None:
    """"48 écoles restent fermées, dont 11 en ville, selon le rectorat. Les 37 autres
    sont à la campagne.": a figure that is the sum or the difference of two sourced figures of the
    same kind just before it is worked out from them, and has their source."""
    # A figure is worked out from two sourced figures: with fewer, none is (most documents).
    if sum(1 for fig in ad.figures if fig.needs_source and not fig.in_quote and fig.attributed) < 2:
        return
    sourced: list[tuple[int, str, float]] = []  # sentence, kind, amount
    for fig in ad.figures:
        if not fig.needs_source or fig.in_quote:
            continue
        kind = _KIND.get(fig.category, fig.category)
        value = amount_of(fig.value_text)
        if value is None:
            continue
        if fig.attributed:
            sourced.append((fig.sentence, kind, value))
            continue
        sourced = [item for item in sourced if fig.sentence - item[0] <= _WORKED_OUT_REACH]
        if value < _WORKED_OUT_MIN:
            continue
        near = [v for _, k, v in sourced if k == kind]
        if any(sum_or_difference(value, a, b)
               for n, a in enumerate(near) for b in near[n + 1:]):
            fig.continues = True


# Figures repeated within this many characters are read as the same figure.
REPEAT_REACH = 6_000
_DIGITS = regex.compile(r"\d+(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")  # "1.200.000" whole, "2,5"
_SWISS_THOUSANDS = regex.compile(r"(?<=\d)['’](?=\d{3})")  # "10'000"
_LETTERS = regex.compile(r"\p{L}+")


def repeated_figures(ad: AnalysedDocument, quotations: SpanIndex | None = None) -> None:
    """"450 arrestations" in the standfirst, "450 personnes ont été arrêtées, selon la
    police" in the body: a figure repeated from an attributed one nearby has its source
    (SPEC §2.1 rule 5, for figures as for quotations). An estimate repeats one in the same
    marks and value when one of them counts people in general words ("jusqu'à 6.000
    personnes", "jusqu'à 6.000 promeneurs"). ``quotations``: the index of the quotations not inside
    another, when the caller has made it."""
    # Every reading below (and those of ``_taken_up``) gives a figure with no source the source of
    # another that has one: with no figure of either kind, none can change anything.
    claims = [f for f in ad.figures if f.needs_source]
    if all(f.attributed for f in claims):
        return
    # The quotation a figure stands in is the outermost one, as for ``Figure.in_quote``.
    if quotations is None:
        quotations = SpanIndex([q for q in ad.quotes if q.depth == 0])
    if not any(f.attributed or _attributed(quotations.containing(f.span.start)) for f in claims):
        return
    by_value: dict[str, list] = {}
    lead_end = _lead_end(ad)
    firsts: dict[int, tuple[str, str]] = {}  # the first value of each figure read (by its id), for ``_taken_up``
    for fig in ad.figures:
        if fig.needs_source and (not fig.in_quote or _attributed(quotations.containing(fig.span.start))):
            first = firsts[id(fig)] = _first_value(fig.value_text)  # read once for the keys below
            key = _value_key(fig.value_text, first) or _small_key(ad.prose, fig)
            if key:
                by_value.setdefault(key, []).append(fig)
            marked = _marked_value_key(fig, first) if key and not key.startswith(_SMALL) else ""
            if marked:
                by_value.setdefault(marked, []).append(fig)
            # A count of the lead and an attributed one: the same number, the same thing said of it.
            said = _said_of(ad.prose, fig, first) if fig.sentence < lead_end or fig.attributed else ""
            if said:
                by_value.setdefault(said, []).append(fig)
    for key, figures in by_value.items():
        if len(figures) < 2:
            continue
        # A figure in an attributed quotation is its speaker's: « Cela représente 2.000
        # homards », a-t-il ajouté.
        sourced = [f for f in figures if f.attributed or f.in_quote]
        # A small count is taken up in the same words from an attributed one said before it;
        # an estimate of the lead ("au moins trois blessés") says first what the body attributes.
        small = key.startswith(_SMALL)
        lead_estimate = small and _SMALL_MARKED.match(key) is not None
        # An estimate in other words names, once at least, what it counts in general words.
        general = key.startswith(_MARKED)
        for fig in figures:
            ahead = REPEAT_REACH if not small or lead_estimate and fig.sentence < lead_end else 0
            if not fig.attributed and any(-ahead <= fig.span.start - f.span.start <= REPEAT_REACH and
                                          (not general or _in_general_words(fig) or _in_general_words(f))
                                          for f in sourced):
                fig.continues = True
    _taken_up(ad, quotations, firsts)


# A heading between sections, in a line of its own set between dashes ("- Plus de 200 morts -").
_DASHED_HEADING = regex.compile(r"[\s\u00a0\u202f]*[-–—][^\n]*[-–—][\s\u00a0\u202f]*")
# Where a heading glued to the text after it ends, once its line break was lost: its last
# word runs on into the capital of the next ("trois blessésLe défilé", "SECOURSSelon"), or
# into a quotation mark ("en 2019"Nous").
_HEADING_GLUE = regex.compile(r"(?<=[\p{Ll}\d%])(?=\p{Lu}\p{Ll})|(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})"
                              r"|(?<=[\p{L}\d%])(?=[\"«“]\p{Lu})")
# Where a heading glued to the sentence before it starts: that sentence's stop, and no space.
_GLUED_STOP = regex.compile(r"[.!?…][\"»”]?(?=\p{Lu})")
# What no heading holds: a stop (not the dot of "3.000"), a quotation mark.
_NO_HEADING = regex.compile(r"[.!?…](?!\d)|[\"«»“”]")
# The last word of a figure: what it counts, or its unit ("22%" gives "%").
_COUNTED_WORDS = regex.compile(r"[\p{L}%€$£]+")
# How many words a heading holds at most, and how many sentences of its section are read for its figures.
HEADING_WORDS = 12
HEADING_REACH = 8
# How far apart a heading's estimate ("plus de 3.000") and the sourced figure it rounds may be.
_ROUNDED = 0.05


def headings_repeated(ad: AnalysedDocument) -> None:
    """"- Plus de 3.000 blessés - ¶ Les combats ont fait au moins 3.140 blessés, selon les
    secours.": a heading between sections (a line set between dashes, or one glued to the
    text once its line break was lost) announces what the section under it says. Its
    figure, given again with a source in the next sentences, has that source (SPEC §2.1
    rule 5): the same number of the same thing, or rounded by the heading's estimate."""
    pending = [f for f in ad.figures if f.needs_source and not f.in_quote and not f.attributed]
    if not pending:
        return
    for fig in pending:
        s = ad.sentence_at(fig.span.start)
        if s is None or not _in_a_heading(ad, s, fig):
            continue
        later = (f for f in ad.figures if f.attributed and not f.in_quote and f.span.start >= s.span.end and
                 f.sentence - s.index <= HEADING_REACH)
        if any(_announces(fig, f) for f in later):
            fig.continues = True


def _in_a_heading(ad: AnalysedDocument, s: Sentence, fig: Figure) -> bool:
    """Whether ``fig`` stands in a heading: a line set between dashes, or a few words glued
    to the text after them (and perhaps to the stop of the sentence before them)."""
    prose = ad.prose
    block = ad.blocks[s.block]
    if block.kind == BlockKind.LIST_ITEM and _DASHED_HEADING.fullmatch(prose, block.span.start, block.span.end):
        return True
    # A figure may take in the glued word. Each glue opens on a capital: a text in lower case holds none.
    glue = None if prose[fig.span.start + 1:s.span.end].islower() else \
        _HEADING_GLUE.search(prose, fig.span.start + 1, s.span.end)
    if glue is not None:
        end = glue.start()
    else:
        nxt = ad.sentences[s.index + 1] if s.index + 1 < len(ad.sentences) else None
        if nxt is None or nxt.block != s.block or not prose[nxt.span.start - 1].isalpha():
            return False
        end = s.span.end  # the next sentence opens glued to it ("SECOURSSelon")
    start = s.span.start
    for stop in _GLUED_STOP.finditer(prose, s.span.start, fig.span.start):
        start = stop.end()
    words = prose[start:end].split()
    return len(words) <= HEADING_WORDS and _NO_HEADING.search(prose, start, end) is None


def _announces(heading: Figure, sourced: Figure) -> bool:
    """Whether the figure of a heading gives the value of ``sourced``: the same number of the
    same thing (or of a large number), or a round one that an estimate marks in the heading."""
    a, b = amount_of(heading.value_text), amount_of(sourced.value_text)
    if a is None or b is None or a <= 0:
        return False
    if a == b:
        return a >= 100 or _last_word(heading) == _last_word(sourced)
    marks = _marked_value_key(heading).split()
    if a < 1000 or abs(b - a) > _ROUNDED * a or not marks:
        return False
    # "plus de 3.000" is passed by 3.140, "moins de 3.000" not reached by 2.950; "près de" either.
    if "plus" in marks or "au" in marks and "moins" in marks:
        return b > a
    return b < a if "moins" in marks or "jusqu" in marks else True


def _last_word(fig: Figure) -> str:
    """The last word of a figure: what it counts, or its unit ("22%" gives "%")."""
    words = _COUNTED_WORDS.findall(fig.value_text.lower())
    return words[-1].rstrip("sx") if words else ""


_SAID = "> "  # the keys of a value and the words said of it
_WORDS_SAID = regex.compile(r"(?:[\s\u00a0\u202f]+[\p{L}'’]+){3}")


def _said_of(prose: str, fig: Figure, first: tuple[str, str] | None = None) -> str:
    """The value of a count and the three words after it ("240 ont été relogées"): the same
    thing said of the same number, whether the count names what it counts or not; a count of
    two digits ("35 commerces ont été inondés") repeats by chance. ``first``: its
    :func:`_first_value`, when read."""
    if fig.category != "count":
        return ""
    value = _bare_value(fig.value_text, first)
    if len(value.replace(".", "")) < 3:
        return ""
    after = _WORDS_SAID.match(prose, fig.span.end)
    return f"{_SAID}{value} {' '.join(after.group().split()).lower()}" if after else ""


# How many sentences of prose, after the titles, make an article's lead.
LEAD_SENTENCES = 2


def _lead_end(ad: AnalysedDocument) -> int:
    """The index of the first sentence after an article's lead: its titles and first sentences."""
    blocks = ad.blocks
    prose = (s.index for s in ad.sentences if blocks[s.block].kind not in _SECTION_BREAKS)
    return next(islice(prose, LEAD_SENTENCES, None), len(ad.sentences))  # the sentences after it are not read


_WORD_BEFORE = regex.compile(r"(?r)([\p{L}]+)[\s\u00a0\u202f]*$")


def _taken_up(ad: AnalysedDocument, quotations: SpanIndex, firsts: dict[int, tuple[str, str]]) -> None:
    """"D'après la préfecture, 7.500 policiers seront déployés. Outre les 7.500 agents
    mobilisés, …": a figure the definite article (or "ces") takes up is the attributed one of
    that value said before it, whatever the noun it now counts. ``firsts``: the
    :func:`_first_value` of the figures already read, by their ids."""
    determiners = _TAKING_UP_A_COUNT
    sourced: dict[str, list[int]] = {}
    for fig in ad.figures:
        if fig.needs_source and (fig.attributed or _attributed(quotations.containing(fig.span.start))):
            value = _bare_value(fig.value_text, firsts.get(id(fig)))
            if value:
                sourced.setdefault(value, []).append(fig.span.start)
    if not sourced:
        return  # no attributed value to take up
    for fig in ad.figures:
        if not fig.needs_source or fig.attributed or fig.in_quote:
            continue
        before = _WORD_BEFORE.search(ad.prose, window_start(fig.span.start, 20), fig.span.start)
        if not before or before.group(1).lower() not in determiners:
            continue
        value = _bare_value(fig.value_text, firsts.get(id(fig)))
        if value and any(0 < fig.span.start - at <= REPEAT_REACH for at in sourced.get(value, ())):
            fig.continues = True
    _parts_of_taken_up_groups(ad, sourced)


# "Sur les 72 recours déposés, " "Parmi ces 300 agents, ": a group at the head of a sentence (opened by
# the group_openings of figures.toml), and the comma that closes it.
_GROUP_HEAD = regex.compile(rf"[\s\u00a0\u202f]*(?:{phrase_alternation(context_words()['group_openings'])})"
                            rf"[\s\u00a0\u202f]+(?:{function_word_alternation('group_determiners')})"
                            r"[\s\u00a0\u202f]+$", regex.I)
_GROUP_CLOSE = regex.compile(r"[^,.;:!?]{0,60},[\s\u00a0\u202f]*")


def _parts_of_taken_up_groups(ad: AnalysedDocument, sourced: dict[str, list[int]]) -> None:
    """"Selon le tribunal, 72 recours restent à juger. … Sur les 72 recours déposés, 30 visent
    la mairie": the part of a group that takes up an attributed figure, right after the comma
    that closes the group at the head of its sentence, has that figure's source."""
    figures = ad.figures
    for n, group in enumerate(figures[:-1]):
        part = figures[n + 1]
        if not part.needs_source or part.attributed or part.in_quote or part.sentence != group.sentence:
            continue
        s = ad.sentence_at(group.span.start)
        if s is None or not _GROUP_HEAD.fullmatch(ad.prose, s.span.start, group.span.start) or \
                not _GROUP_CLOSE.fullmatch(ad.prose, group.span.end, part.span.start):
            continue
        # Its value is read only for a group at the head of its sentence: most figures are none.
        value = _bare_value(group.value_text)
        if value and any(0 < group.span.start - at <= REPEAT_REACH for at in sourced.get(value, ())):
            part.continues = True


# The determiners that take up a count already given (taking_up_a_count of figures.toml).
_TAKING_UP_A_COUNT = context_words()["taking_up_a_count"]


def _bare_value(value_text: str, first: tuple[str, str] | None = None) -> str:
    """The value of a figure with its scale, whatever it counts; empty for one digit. ``first``:
    the :func:`_first_value` of ``value_text``, when read."""
    text, value = first or _first_value(value_text)
    if len(value.replace(".", "").lstrip("0")) < 2:
        return ""
    scales = _scales_of(text.lower())
    return value + (" " + scales[0] if scales else "")


def _attributed(quote: Quote | None) -> bool:
    return quote is not None and quote.attributed


def _first_value(value_text: str) -> tuple[str, str]:
    """The text of a figure with its spaces made plain, and its first number ("1.200" and "1 200"
    are "1200", "2,5" is "2.5"; empty when it has none)."""
    # A key compared as written (no scale: the callers add its word), not amount_of's float.
    text = value_text.replace("\u202f", " ").replace("\u00a0", " ")
    if "'" in text or "’" in text:  # most values have no apostrophe between their thousands
        text = _SWISS_THOUSANDS.sub("", text)
    number = _DIGITS.search(text.replace(" ", ""))  # the first one only
    return text, digits_of(number.group()).replace(",", ".") if number else ""


def _value_key(value_text: str, first: tuple[str, str] | None = None) -> str:
    """The value and what it counts ("1.200 manifestants", "1 200 manifestants" are one figure);
    empty for small whole numbers, which repeat by chance. ``first``: the :func:`_first_value` of
    ``value_text``, when read."""
    text, value = first or _first_value(value_text)
    if not value:
        return ""
    words = [w for w in _COUNTED_WORDS.findall(text.lower()) if w not in _ESTIMATE_WORDS]
    # "25 millions d'auditeurs" repeats no more by chance than "210 manifestants"; a single
    # digit ("5 milliards") does.
    scales = [w for w in words if w in _SCALES]
    if scales:
        words = [w for w in words if w not in _SCALES]
        digits = len(value.replace(".", "").lstrip("0"))
        value += " " + _SCALES[scales[0]]
    else:
        digits = len(value.lstrip("0")) + (3 if "." in value else 0)
    if digits < (2 if scales else 3):
        return ""
    return value + " " + (words[-1].rstrip("sx") if words else "")


_MARKED = "~ "  # the keys of estimates by their marks and value, whatever they count
# The words that count people in general (the people_in_general of figures.toml).
_PEOPLE_IN_GENERAL = context_words()["people_in_general"]


def _in_general_words(fig: Figure) -> bool:
    """Whether the figure counts people in general words: "personnes", "habitants", or the
    people of a country ("21 millions de Français")."""
    noun = fig.value_text.rsplit(None, 1)[-1]
    return noun.lower() in _PEOPLE_IN_GENERAL or (noun[:1].isupper() and noun.isalpha())


def _marked_value_key(fig: Figure, first: tuple[str, str] | None = None) -> str:
    """The kind of an estimate, its marks and its value, whatever it counts ("plus de 21
    millions" of viewers or of French people): empty when no mark opens it. ``first``: its
    :func:`_first_value`, when read."""
    text, value = first or _first_value(fig.value_text)
    if text[:1].isdecimal():
        return ""  # most values open on their number, with no mark before it (nothing is split)
    head = _DIGITS.split(text, maxsplit=1)[0].lower()
    # "au moins 300" and "moins de 300" say opposite things: the words of the mark, all of them
    marks = [w for w in _LETTERS.findall(head) if w in _ESTIMATE_WORDS]
    if _ESTIMATE_MARKS.isdisjoint(marks) or not value:
        return ""
    scales = _scales_of(text.lower())
    return f"{_MARKED}{fig.category} {' '.join(marks)} {value}" + (" " + scales[0] if scales else "")


_PHRASE_WORDS = regex.compile(r"[\p{L}\p{N}%€$£]+(?:[.,]\d+)*")
_NEXT_WORD = regex.compile(r"[\s\u00a0\u202f]*([\p{L}]+)")
_SMALL = "= "  # the keys of small counts, apart from value keys
_SMALL_MARKED = regex.compile(r"= \p{L}")  # … those opened by a mark ("au moins trois blessés")
_TWO_DIGITS = regex.compile(r"[1-9]\d")
_TWO_DIGIT_SHARE = regex.compile(r"([1-9]\d)[\s\u00a0\u202f]*%")


# The words that make a small count an estimate, said again (the repeated_estimates of figures.toml).
_ESTIMATE_MARKS = context_words()["repeated_estimates"]


def _small_key(prose: str, fig: Figure) -> str:
    """A small count in the same words with its counted noun: an estimate ("au moins trois
    personnes", "une centaine de manifestants"), two digits ("15 pays") or a share of two
    digits ("40 %"). Such a count repeats by chance, but not when it takes up an attributed
    one said before it."""
    share = _TWO_DIGIT_SHARE.fullmatch(fig.value_text) if fig.category == "percent" else None
    if share:
        return _SMALL + share.group(1) + " %"
    words = _PHRASE_WORDS.findall(prose[fig.span.start:fig.span.end].lower().replace("’", "'"))
    if fig.category == "count" and len(words) == 2 and _TWO_DIGITS.fullmatch(words[0]) and words[1].isalpha():
        return _SMALL + words[0] + " " + words[1].rstrip("sx")
    marks = _ESTIMATE_MARKS
    if not marks.intersection(words):
        return ""
    # "au moins trois" counts the word after it ("au moins trois blessés").
    if words[-1][0].isdigit() or is_number_word(words[-1]) or words[-1] in marks:
        after = _NEXT_WORD.match(prose, fig.span.end)
        if not after:
            return ""
        words.append(after.group(1).lower())
    return _SMALL + " ".join(words)


# The words of scale a figure's value is counted in (those of figures.toml; one key for
# "millions" and "million").
_SCALES = {word: key for key, words in (("million", context_words()["millions"]),
                                         ("milliard", context_words()["billions"])) for word in words}
_ESTIMATE_WORDS = context_words()["estimate_words"]


def _scales_of(low: str) -> list[str]:
    """The scales a figure's text in lower case is counted in, by their keys ("millions" gives
    "million")."""
    if not any(map(low.__contains__, _SCALES)):
        return []  # most figures are in no scale: their words are not read
    return [_SCALES[w] for w in _LETTERS.findall(low) if w in _SCALES]
