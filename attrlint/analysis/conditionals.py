"""The reportive conditional: "auraient été tués", "serait mort", "se parleraient".

Not reportive: modal verbs (pourrait, devrait, voudrait, faudrait…),
hypotheticals (a "si" clause in the sentence or the one before), what a project
named in the sentence before would do ("Un projet de parc a vu le jour. Les
entrepôts seraient rasés."), what is expected, in the present after a forecast
("Les marcheurs devraient revenir samedi. Il s'agirait de leur troisième
marche."), the design of a proposal or a plan (a relative clause after a verb
of proposing: "propose un fonds qui serait géré par…"), a
course of action weighed or a consequence foreseen ("serait une erreur",
"aurait des conséquences"), an age ("serait âgé de 30 ans", which needs no
source), a product's measures ("ce prototype de 600 ch serait capable
d'atteindre 300 km/h"), what the writer says of themself ("mes choix seraient
dictés par…"), verbs of saying (their subject is the source) and a sentence
opened by "Telle" ("« … » Telle aurait été sa réponse."), which says whose the
words before are. Nor does one need a source of its own when its sentence
names the charge it states ("soupçonne le maire d'un trafic d'objets qui
auraient été volés", "des rumeurs selon lesquelles…", "théorise un clivage :
les villes seraient…"), when it passes on quoted words that have one, or when
it repeats word for word a report the article gives a source elsewhere (a
standfirst summing up the body).
"""
from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..word_lists import function_word_alternation as _alternation, longest_first, read_word_lists, word_sets
from ..model import AnalysedDocument, Conditional, Figure, Sentence, Span, Token
from .spans import SpanIndex
from .speakers import PUNCT_GAP, plain_words
from .tokens import past_adverbs

# The word lists of grammars/lexicon/conditionals.toml (each described there), read once
# when the module is imported.
_WORDS = word_sets("lexicon/conditionals.toml")


# Endings that only the conditional has; "-rait" alone would take in the
# imperfect of "déclarer" (déclarait) or "montrer" (montrait).
_CONDITIONAL_ENDINGS = (
    "erait", "eraient", "irait", "iraient", "drait", "draient", "rrait", "rraient", "ttrait", "ttraient", "îtrait",
    "îtraient", "itrait", "itraient", "vrait", "vraient", "uirait", "uiraient",
)
_IRREGULAR = _WORDS["irregular_conditionals"]
_MODALS = tuple(sorted(_WORDS["modal_stems"]))
# The reportive conditional is carried by être/avoir ("auraient été blessés",
# "serait parti", "seraient dans une impasse") or by a pronominal
# verb ("se parleraient"); other verbs in the conditional mostly state a
# consequence ("ce qui permettrait de…").
_REPORTIVE_AUXILIARIES = _WORDS["reportive_auxiliaries"]
# Verbs of where something comes from, what it holds or reaches: their
# conditional reports a claim ("les premières versions proviendraient de…",
# "le parti comptabiliserait onze élus"), not a consequence.
_REPORTIVE_STEMS = tuple(sorted(_WORDS["reportive_stems"]))
# Imperfect forms that look like conditionals.
_IMPERFECT = _WORDS["imperfect_like_conditionals"]
# "Telle aurait été sa réponse", "Tels seraient ses mots": a sentence opened by one points back
# at the words before it and says whose they are, as a verb of saying does; it tells no fact.
_POINTING_BACK = _WORDS["pointing_back"]
# Demonstrative subjects: the conditional then weighs a hypothesis.
_DEMONSTRATIVES = _WORDS["demonstratives"]
_HYPOTHETICAL = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’])(?P<si>{_alternation('si')})(?=[\s,])"
                           r"|(?<![\p{L}\p{M}'’])(?:au cas où|à moins que|sinon|en cas de|en cas d['’])(?=[\s,\p{L}])", regex.I)
# The verb of a hypothesis: "si le vaccin était efficace", "si des millions devaient fuir";
# an indirect question in the conditional too ("se demandent si les États-Unis interviendraient").
_IMPERFECT_OR_CONDITIONAL = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}\p{M}]+(?:ait|aient|ais)(?![\p{L}\p{M}])", regex.I)
_CLAUSE_END = regex.compile(r"[,;:.!?…]")
_CONCESSIVE = regex.compile(r"(?<![\p{L}\p{M}])même[\s\u00a0\u202f]+$", regex.I)
# Words that open a new clause between a real condition and a conditional it does not govern.
_NEW_CLAUSE = regex.compile(r"(?<![\p{L}\p{M}])(?:car|mais|parce\s+que|parce\s+qu['’]|alors\s+que|tandis\s+que)(?![\p{L}\p{M}])|;",
                            regex.I)
_PARTICIPLE = regex.compile(r"[\p{L}\p{M}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes|s|se)$")


def is_conditional(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    if word in _IMPERFECT or len(word) < 6:
        return False
    return word.endswith(_CONDITIONAL_ENDINGS)


# Asked of every token: the answers are kept (for the words of many documents).
_is_conditional = may_be_conditional = functools.lru_cache(maxsize=1 << 16)(is_conditional)


# Verbs of saying and participles: their conditional forms attribute, they report nothing.
_NOT_CONDITIONALS = frozenset({"SPEECH_FIN", "SPEECH_FIN_PP", "PASSIVE_PP", "SPEECH_PP"})


def _conditional_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb in the conditional that is neither a modal nor a verb of saying."""
    return _is_conditional(tok.lower) and tok.category not in _NOT_CONDITIONALS and not tok.lower.startswith(_MODALS)


# Modals of what may or should come: "les navettes devraient rouler", "des cars pourraient
# être affrétés" relay a forecast in the conditional.
_FORESEEING_MODALS = tuple(sorted(_WORDS["foreseeing_modal_stems"]))


def in_conditional_mood(tokens: list[Token], candidates: list[int]) -> bool:
    """Whether any of ``candidates`` (indices of tokens that ``may_be_conditional``) is a verb
    in the conditional that is no modal, "n'aurait pas apprécié", "soutiendraient", or a
    modal of what may or should come, "devraient bénéficier". Such a sentence goes on with
    a report (SPEC §2.1 rule 3), reportive or not itself."""
    return any(_conditional_verb(tokens[i]) or _foreseeing_modal(tokens[i]) for i in candidates)


def _foreseeing_modal(tok: Token) -> bool:
    """Whether ``tok`` is "pourrait", "devraient"…: a modal in the conditional."""
    return _is_conditional(tok.lower) and tok.lower.startswith(_FORESEEING_MODALS)


def find_conditionals(tokens: list[Token], start: int, end: int, prose: str, sentence: Span, block: int,
                      candidates: list[int] | None = None, lexicon=None) -> list[Conditional]:
    """Reportive conditionals among ``tokens[start:end]`` (one sentence).

    ``candidates``, when given, are the indices in that range whose key
    ``may_be_conditional``: only those are read. ``lexicon``, when given, tells
    the verbs of saying with another sense.
    """
    found: list[Conditional] = []
    for i in range(start, end) if candidates is None else candidates:
        tok = tokens[i]
        word = tok.lower
        if not _conditional_verb(tok):
            continue
        nxt = tokens[i + 1] if i + 1 < end else None
        if _says(tokens, i, end, lexicon):
            continue  # "aurait déclaré", "aurait ensuite longuement expliqué": its subject is the source
        if nxt is not None and nxt.category == "CLITIC_INV":
            continue  # questions and incises: "serait-ce", "dirait-on"
        reflexive = i > start and tokens[i - 1].category == "REFL"
        if word not in _REPORTIVE_AUXILIARIES and not reflexive and not word.startswith(_REPORTIVE_STEMS):
            continue  # "permettrait", "engloutiraient": consequences, not reports
        if any(t.category == "NEG" for t in tokens[max(start, i - 3):i]):
            continue  # "ne serait pas suffisant": a judgement, not a report
        if i > start and tokens[i - 1].lower in _DEMONSTRATIVES:
            continue  # "ce serait un exploit", "cela aurait un coût": a judgement, not a report
        if i == start + 1 and tokens[start].lower in _POINTING_BACK:
            continue  # "« … » Telle aurait été sa réaction.": it says whose the words before are
        if _missed_birthday(tokens, i, end):
            continue  # "il aurait eu 90 ans ce mardi": a birthday that did not come, not a report
        if _gives_an_age(tokens, i, end):
            continue  # "la victime, qui serait âgée d'une trentaine d'années": an age (SPEC §2.2), no claim
        if _not_reportive(tokens, i, start, end):
            continue
        if _describes_a_plan(tokens, i, start):
            continue  # "un fonds qui serait géré par les salariés", after "le syndicat propose"
        if _names_its_charge(tokens, i, start):
            continue  # "soupçonne le maire d'un trafic d'objets qui auraient été volés": the charge is the judge's
        if _the_writer_speaks_of_themself(tokens, i, start):
            continue  # "mes actions seraient dictées par la peur": the writer imagines, nobody reports
        if _weighs_or_foresees(tokens, i, end):
            continue  # "serait une erreur", "aurait des conséquences": a judgement or a consequence
        if _has_hypothesis(prose, sentence, tok.start):
            return []
        s = tok.start
        if i > start and tokens[i - 1].category == "REFL":
            s = tokens[i - 1].start
        e = tok.end
        j = i + 1
        # Take in the participle: "auraient été tués", "serait basée"; of "aurait tenté de"
        # (one token), the participle alone.
        while j < end and j <= i + 3 and tokens[j].category in ("AUX", "ADV", "WORD", "SPEECH_PP", "PASSIVE_PP", "TRY_PP"):
            w = tokens[j]
            if w.category == "WORD" and not _PARTICIPLE.match(w.lower):
                break
            e = w.start + len(w.text.split(" ", 1)[0]) if w.category == "TRY_PP" else w.end
            if w.category != "AUX" and w.category != "ADV":
                break
            j += 1
        found.append(Conditional(Span(s, e), block))
    return found


# "aurait pu", "aurait dû", "aurait permis": what could or should have been; "aurait
# voulu", "aurait aimé": what someone wished.
_COUNTERFACTUAL_PARTICIPLES = _WORDS["counterfactual_participles"]
# Words before a conditional that ask or weigh rather than report: "quelle serait la
# meilleure manière", "en quoi ces propos seraient", "la meilleure chose serait".
# "tandis que", "alors que", "parce que": conjunctions, not a verb governing the clause.
_CONJUNCTIONS = _WORDS["not_governing_que"]
_VERB_ENDINGS = ("é", "u", "i", "is", "it", "er", "ir", "re", "ant", "ait", "aient", "ent", "e")
_ASKING = _WORDS["asking"]
_WEIGHING = _WORDS["weighing_words"]


def _not_reportive(tokens: list[Token], i: int, start: int, end: int) -> bool:
    """Conditionals that weigh, wish or ask, not report: "aurait pu être", "aurait
    bien aimé", "il serait surprenant que", "serait de réduire", "serait
    équitable", "quelle serait", "la meilleure chose serait"."""
    word = tokens[i].lower
    j = i + 1
    while j < end and tokens[j].category == "ADV" and tokens[j].lower != "bien":
        j += 1  # "s'en seraient sans doute bien passés"
    if j < end and tokens[j].lower == "bien":
        return True  # "aurait bien aimé", "s'en serait bien passé": a wish or a regret
    after = [t for t in tokens[i + 1:min(end, i + 5)] if t.category != "ADV"]
    if word in ("aurait", "auraient") and after and after[0].lower in _COUNTERFACTUAL_PARTICIPLES:
        return True
    judged = after[1:] if after and after[0].lower == "été" else after
    judged = _past_degree_words(judged)
    if word in ("serait", "seraient", "aurait", "auraient") and judged and \
            judged[0].lower in _WORDS["judgements"]:
        return True  # "serait équitable", "aurait été préférable", "serait très risqué": a judgement
    if word in ("serait", "seraient"):
        if after and after[0].lower in ("de", "d'") and len(after) > 1 and after[1].lower.endswith(("er", "ir", "re")):
            return True  # "une autre voie serait de réduire…": a proposal
        if i > start and tokens[i - 1].lower == "il" and any(t.category == "QUE" or t.lower in ("de", "d'")
                                                             for t in after[1:4]):
            return True  # "il serait surprenant que…", "il serait bon de…": a judgement
    before = tokens[max(start, i - 4):i]
    if any(t.lower in _ASKING for t in before[-3:]) or any(t.lower in _WEIGHING for t in before[-2:]):
        return True
    # "ils ont cru que ce serait facile", "laissant entendre que les mesures seraient…": the
    # conditional of a clause governed by a verb before "que" (the future in the past, or
    # reported words whose verb is the cue), not a claim of the journalist's. After a noun
    # ("une rencontre que les services auraient préféré…"), "que" is a relative pronoun.
    q = next((k for k in range(i - 1, start - 1, -1) if tokens[k].category == "QUE"), None)
    if q is None or q == start:
        return False
    verb = tokens[q - 1]
    if verb.category.startswith("SPEECH") or verb.category == "AUX":
        return True
    return verb.category == "WORD" and verb.lower.endswith(_VERB_ENDINGS) and verb.lower not in _CONJUNCTIONS and \
        not (q - 2 >= start and tokens[q - 2].category in ("DET", "DE"))


# "aurait eu 100 ans", "aurait fêté ses 79 ans": the age someone who died would have reached.
_BIRTHDAY_PARTICIPLES = _WORDS["birthday_participles"]
_BIRTHDAY_WORDS = _WORDS["birthday_possessives"]
_YEARS = _WORDS["years"]


def _missed_birthday(tokens: list[Token], i: int, end: int) -> bool:
    """Whether the conditional at ``i`` ("aurait", "auraient") opens the
    counterfactual of an age: a past conditional of avoir, fêter or célébrer
    whose object is a number of years."""
    if tokens[i].lower not in ("aurait", "auraient") or i + 1 >= end or tokens[i + 1].lower not in _BIRTHDAY_PARTICIPLES:
        return False
    j = i + 2
    if j < end and tokens[j].lower in _BIRTHDAY_WORDS:
        j += 1
    return j + 1 < end and tokens[j].text[:1].isdigit() and tokens[j + 1].lower in _YEARS


# "serait âgé de 30 ans", "seraient âgées d'une vingtaine d'années".
_AGED = _WORDS["aged"]


def _gives_an_age(tokens: list[Token], i: int, end: int) -> bool:
    """Whether the conditional at ``i`` ("serait", "seraient") gives someone's age, past
    adverbs ("serait âgé de 30 ans", "seraient environ âgés de…"): like a figure of age
    (SPEC §2.2), it is no claim that needs a source."""
    if tokens[i].lower not in ("serait", "seraient"):
        return False
    j = past_adverbs(tokens, i + 1, end)
    return j < end and tokens[j].lower in _AGED


def _has_hypothesis(prose: str, sentence: Span, at: int) -> bool:
    """Whether the sentence sets a hypothesis the conditional at ``at`` depends
    on: "au cas où", "à moins que", "sinon", a "si" clause in the imperfect
    ("si le vaccin était efficace"), or one in the present that governs it
    ("si la pluie continue, la récolte serait perdue"). "même si" concedes a
    fact, and a real condition in another clause ("s'il veut gagner, car il
    serait dernier") leaves a report a report."""
    for m in _HYPOTHETICAL.finditer(prose, sentence.start, sentence.end):
        if not m.group("si"):
            return True
        if _CONCESSIVE.search(prose, max(sentence.start, m.start() - 6), m.start()):
            continue
        stop = _CLAUSE_END.search(prose, m.end(), sentence.end)
        if _IMPERFECT_OR_CONDITIONAL.search(prose, m.end(), stop.start() if stop else sentence.end):
            return True
        if m.start() < at and not _NEW_CLAUSE.search(prose, m.end(), at):
            return True
        if m.start() > at and not _NEW_CLAUSE.search(prose, at, m.start()) and \
                not _SOURCE_AFTER_SI.match(prose, m.end(), sentence.end):
            return True  # "seraient concernés par cette mesure, si elle est adoptée"
    return False


def names_a_project(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` (a sentence) names a project ("Un projet de parc a vu
    le jour."): a conditional in the next sentence goes on describing what it would do
    ("Les entrepôts seraient rasés."); it reports nothing heard elsewhere."""
    projects = _WORDS["projects"]
    return any(tokens[k].lower in projects for k in range(start, end))


# The modal of what is expected: "Les marcheurs devraient revenir samedi."
_EXPECTING_MODAL = "devr"


def forecasts(tokens: list[Token], candidates: list[int]) -> bool:
    """Whether one of ``candidates`` (a sentence's words that may be conditionals) is
    "devrait", "devraient": the sentence forecasts what is expected ("Les marcheurs
    devraient revenir samedi.")."""
    return any(_is_conditional(tokens[i].lower) and tokens[i].lower.startswith(_EXPECTING_MODAL) for i in candidates)


def describe_a_forecast(tokens: list[Token], candidates: list[int], end: int) -> bool:
    """Whether the reportive-looking conditionals among ``candidates`` (a sentence's words
    that may be conditionals, the sentence ending before ``end``), right after a sentence
    that forecasts, are all in the present ("Il s'agirait de leur troisième marche.", "Le
    cortège se tiendrait sur le boulevard."): they describe what is expected, not a fact heard
    elsewhere. One in a past tense ("Ils auraient reçu l'accord.", "Ils seraient partis
    hier.") reports."""
    for i in candidates:
        if not _conditional_verb(tokens[i]):
            continue
        if tokens[i].lower in ("aurait", "auraient"):
            return False
        j = past_adverbs(tokens, i + 1, end)
        if j < end and tokens[i].lower in ("serait", "seraient") and _PARTICIPLE.match(tokens[j].lower) and \
                tokens[j].category in ("WORD", "SPEECH_PP", "PASSIVE_PP"):
            return False
    return True


# A "si" that opens a clause (at the head of the sentence or after a mark, "et" or "mais"): a hypothesis.
_CLAUSE_SI = regex.compile(rf"(?:^|[,:;(—–]|(?<![\p{{L}}\p{{M}}])(?:{_alternation('and_but')}))[\s\u00a0\u202f]*"
                           rf"(?:{_alternation('si')})(?=[\s,])",
                           regex.I)


def sets_a_hypothesis(prose: str, sentence: Span) -> bool:
    """Whether the sentence opens a clause in "si" that sets a hypothesis ("Si le projet
    aboutit, les travaux dureront deux ans."): the conditional of the next sentence goes on
    imagining it ("Les riverains seraient relogés"); it reports nothing heard elsewhere.
    "si l'on en croit X" names a source, not a hypothesis."""
    return any(not _SOURCE_AFTER_SI.match(prose, sentence.start + m.end(), sentence.end)
               for m in _CLAUSE_SI.finditer(prose[sentence.start:sentence.end]))


# "si l'on en croit X", "s'il faut en croire X": a source, not a condition.
_SOURCE_AFTER_SI = regex.compile(r"[\s\u00a0\u202f]*(?:l['’]on[\s\u00a0\u202f]+|on[\s\u00a0\u202f]+)?(?:en[\s\u00a0\u202f]+croit|"
                                 r"faut[\s\u00a0\u202f]+en[\s\u00a0\u202f]+croire|se[\s\u00a0\u202f]+fie|"
                                 r"(?:l['’]on[\s\u00a0\u202f]+)?se[\s\u00a0\u202f]+réfère)", regex.I)


# Words a relative pronoun may stand apart from its verb by: "qu'il aurait", "qui lui serait".
_BETWEEN_RELATIVE_AND_VERB = frozenset({"PRON", "REFL", "NEG", "ADV"})
# Words that close the clause a verb of proposing governs: "ont proposé une taxe, mais le
# ministre qui aurait…" reports again.
_CLAUSE_BREAKS = _WORDS["clause_breaks"]


def _describes_a_plan(tokens: list[Token], i: int, start: int) -> bool:
    """Whether the conditional at ``i`` opens a relative clause whose noun follows, in its
    clause, a verb or noun of proposing, planning, discussing or calling for: "le syndicat
    propose un fonds qui serait géré par les salariés" describes the proposal; it reports
    nothing heard elsewhere."""
    return _in_a_relative_after(tokens, i, start, tuple(_WORDS["plans"]))


def _names_its_charge(tokens: list[Token], i: int, start: int) -> bool:
    """Whether the conditional at ``i`` is the content of a charge or a report its sentence
    names: a relative clause after a verb or noun of suspecting, accusing or questioning
    ("la juge soupçonne le maire d'un trafic d'objets qui auraient été volés"), or a
    clause after "selon lequel" ("des rumeurs selon lesquelles le maire aurait menti").
    The sentence says whose claim it is."""
    if _in_a_relative_after(tokens, i, start, tuple(_WORDS["allegations"])):
        return True
    if _after_a_colon_after(tokens, i, start, tuple(_WORDS["allegations"])):
        return True  # "L'essayiste théorise un clivage : les villes seraient…": the thesis is the essayist's
    for k in range(i - 1, start, -1):
        if tokens[k].lower in _CLAUSE_BREAKS:
            return False
        if tokens[k].category == "REL" and tokens[k - 1].lower == "selon":
            return True
    return False


# A determiner right before a word: "l'", "le ", "les ", "un ", "cet "…
_DETERMINER_BEFORE = (rf"(?:(?<![\p{{L}}\p{{M}}])(?:l['’]|(?:{_alternation('definite_articles', 'one', 'demonstrative_determiners', 'de_contractions')})"
                      r"[\s\u00a0\u202f]+))")


@functools.lru_cache(maxsize=1)
def _charge_pattern() -> "regex.Pattern[str]":
    """"soupçonnés d'avoir", "accusée de": a participle of charging and the "de" of its charge,
    or "plainte pour": a complaint and its charge;
    after a determiner it is a noun ("l'accusé de l'affaire"), which charges no one."""
    words = "|".join(longest_first(_WORDS["charged"]))
    nouns = "|".join(longest_first(_WORDS["charging_nouns"]))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:(?<!{_DETERMINER_BEFORE})(?:{words})[\s\u00a0\u202f]+d(?:e(?![\p{{L}}\p{{M}}])|['’])"
                         rf"|(?:{nouns})[\s\u00a0\u202f]+pour(?![\p{{L}}\p{{M}}]))", regex.I)


def states_a_charge(prose: str, sentence: Span) -> bool:
    """Whether ``sentence`` charges someone ("trois hommes soupçonnés d'avoir volé un
    camion", "Il est accusé de fraude", "Elle a porté plainte pour harcèlement"): it
    reports the suspicion of those who bring the charge, which a reportive conditional in
    the next sentence details (SPEC §2.1 rule 3)."""
    return _charge_pattern().search(prose, sentence.start, sentence.end) is not None


def _after_a_colon_after(tokens: list[Token], i: int, start: int, stems: tuple[str, ...]) -> bool:
    """Whether the conditional at ``i`` is in the clause after a colon that follows, in its
    sentence, a word that begins with one of ``stems``."""
    words = _WORDS
    colon = next((k for k in range(i - 1, start - 1, -1) if tokens[k].category == "COLON"), None)
    if colon is None:
        return False
    return any(tokens[j].lower.startswith(stems) and tokens[j].lower not in words["not_plans"]
               for j in range(start, colon))


def _in_a_relative_after(tokens: list[Token], i: int, start: int, stems: tuple[str, ...]) -> bool:
    """Whether the conditional at ``i`` opens a relative clause ("qui serait", "qu'il
    aurait") after a word that begins with one of ``stems``, in the same clause."""
    words = _WORDS
    k = i - 1
    while k > start and tokens[k].category in _BETWEEN_RELATIVE_AND_VERB and tokens[k].lower not in words["relatives"]:
        k -= 1
    if k <= start or tokens[k].lower not in words["relatives"]:
        return False
    for j in range(k - 1, start - 1, -1):
        t = tokens[j]
        if t.lower in _CLAUSE_BREAKS:
            return False
        if t.lower.startswith(stems) and t.lower not in words["not_plans"] and not _dates(tokens, j, start):
            return True
    return False


def _dates(tokens: list[Token], j: int, start: int) -> bool:
    """Whether the word at ``j`` is the noun of a phrase of time ("lors du débat", "après
    l'appel de la mairie"): a preposition of time stands right before it or its determiner."""
    prepositions = _WORDS["time_prepositions"]
    for k in range(j - 1, max(start, j - 3) - 1, -1):
        word = tokens[k].lower
        if any(word == p or word.startswith(p + " ") for p in prepositions):
            return True
        if tokens[k].category not in ("DET", "DE"):
            return False
    return False


# The determiners of the noun after the conditional: "serait une erreur", "aurait des conséquences".
_PREDICATE_DETERMINERS = _WORDS["predicate_determiners"]
# How many words (adjectives) may stand between that determiner and its noun: "une mauvaise solution".
_ADJECTIVES_BEFORE_NOUN = 1


def _weighs_or_foresees(tokens: list[Token], i: int, end: int) -> bool:
    """Whether the conditional at ``i`` weighs a course of action ("serait une mauvaise
    solution", "serait un signal fort") or says what a hypothesis would bring ("aurait des
    conséquences", "aurait un coût"): its noun is one of the lexicon's."""
    word = tokens[i].lower
    if word in ("serait", "seraient"):
        nouns = _WORDS["weighing_nouns"]
    elif word in ("aurait", "auraient"):
        nouns = _WORDS["consequence_nouns"]
    else:
        return False
    j = past_adverbs(tokens, i + 1, end)
    if j >= end or tokens[j].lower not in _PREDICATE_DETERMINERS:
        return False
    return any(t.lower in nouns for t in tokens[j + 1:min(end, j + 2 + _ADJECTIVES_BEFORE_NOUN)])


# How far, in characters, a conditional's clause may run on to the quotation it reports:
# "serait « le symbole… »", "aurait hérité du poste pour « … »".
_QUOTED_REACH = 25
# A quoted phrase (no statement of its own) must follow the conditional at once, a space between.
_FRAGMENT_REACH = 2


def take_the_source_of_quoted_words(ad: AnalysedDocument) -> None:
    """A conditional whose clause runs, with no mark between, into a quotation of
    someone's words that has a source ("Le texte serait « une déclaration de guerre »",
    the paper writes) reports those words: it has the quotation's source. So does one
    whose very next words are a quoted phrase with a source ("serait « à bout de
    souffle »"), a fragment of someone's words the conditional passes on."""
    if not ad.conditionals:
        return  # most documents have no conditional
    quoted = SpanIndex(q for q in ad.quotes if q.depth == 0 and q.attributed)
    if not quoted.items:
        return
    for c in ad.conditionals:
        if c.attributed:
            continue
        for q in quoted.starting_in(c.span.end, c.span.end + _QUOTED_REACH + 1):
            gap = q.span.start - c.span.end
            reach = _QUOTED_REACH if q.is_speech else _FRAGMENT_REACH
            if q.block == c.block and 0 <= gap <= reach and not _CLAUSE_END.search(ad.prose, c.span.end, q.span.start):
                c.attribution, c.continues = q.attribution, q.continues
                break


def leave_out_product_specifications(conditionals: list[Conditional], figures: list[Figure],
                                     sentences: list[Sentence]) -> list[Conditional]:
    """``conditionals`` but those that give, after them in a sentence with a product's
    specification, measures of the product that need no source ("Doté d'un moteur de 600
    ch, ce prototype serait capable d'atteindre 300 km/h"): the conditional describes the
    product (SPEC §2.2), it reports no finding. One with no figure after it ("Une berline de
    600 ch aurait été volée") still reports. ``figures`` and ``sentences`` are in the order
    of the text."""
    if not conditionals or not any(f.category == "specification" for f in figures):
        return conditionals
    starts = [s.span.start for s in sentences]
    by_sentence: dict[int, list] = {}
    for f in figures:
        by_sentence.setdefault(bisect_right(starts, f.span.start), []).append(f)
    kept = []
    for c in conditionals:
        own = by_sentence.get(bisect_right(starts, c.span.start), [])
        after = [f for f in own if f.span.start >= c.span.end]
        if after and any(f.category == "specification" for f in own) and not any(f.needs_source for f in own):
            continue
        kept.append(c)
    return kept


def go_on_after_quoted_sentences(ad: AnalysedDocument) -> None:
    """A conditional in the sentence right after one, in its paragraph, that the quoted words
    of someone with a source end, those words having opened in an earlier sentence ("« Nous
    avons tout perdu, raconte le boulanger. Le four a fondu. » L'incendie aurait pris dans la
    cave."), goes on that speaker's account (SPEC §2.1 rule 3: the sentence before is a
    reported statement, though it names no one). A quotation held in one sentence is left
    alone: with its source in that sentence, rule 3 reads it already; with a source borrowed
    from further back, it is often a remark the story sets apart."""
    if not ad.conditionals:
        return  # most documents have no conditional
    quoted = SpanIndex(q for q in ad.quotes if q.depth == 0 and q.attributed and q.is_speech and not q.fragment)
    if not quoted.items:
        return
    for c in ad.conditionals:
        if c.attributed or c.sentence <= 0:
            continue
        before = ad.sentences[c.sentence - 1]
        if before.block != c.block:
            continue
        q = quoted.containing(before.span.start)
        if q is not None and PUNCT_GAP.fullmatch(ad.prose, q.span.end, before.span.end):
            c.attribution, c.continues = q.attribution, q.continues


# How many words, the conditional's first, a report must repeat to be the same one.
_REPEATED_WORDS = 4
# How far, in characters, an article's standfirst stands from the body it sums up: a long
# file of many articles is not compared sentence by sentence.
_REPEAT_REACH = 15_000


def take_the_source_of_repeated_reports(ad: AnalysedDocument) -> None:
    """A conditional whose clause repeats, word for word from the conditional on, a
    sentence with a source elsewhere in the article has that source (SPEC §2.1 rule 5): a
    standfirst "Le suspect aurait quitté la ville dans la nuit." summing up "Le suspect
    aurait quitté la ville dans la nuit, selon la police." said further on. So does one
    whose auxiliary that sentence puts in the indicative, the rest word for word: "Le
    gardien aurait eu trois côtes cassées." in the standfirst, "Selon le club, le gardien a
    eu trois côtes cassées." in the body."""
    if not ad.conditionals:
        return  # most documents have no conditional
    sourced = [s for s in ad.sentences if s.attributed_by is not None or s.continues]
    if not sourced:
        return
    starts = [s.span.start for s in sourced]
    texts: dict[int, str] = {}
    for c in ad.conditionals:
        if c.attributed:
            continue
        own = ad.sentence_at(c.span.start)
        if own is None:
            continue
        stop = _CLAUSE_END.search(ad.prose, c.span.start, own.span.end)
        words = plain_words(ad.prose[c.span.start:stop.start() if stop else own.span.end])
        if words.count(" ") + 1 < _REPEATED_WORDS:
            continue
        wordings = (f" {words} ", f" {_in_the_indicative(words)} ")
        for s in sourced[bisect_left(starts, c.span.start - _REPEAT_REACH):
                         bisect_left(starts, c.span.start + _REPEAT_REACH)]:
            if s.index == own.index:
                continue
            if s.index not in texts:
                texts[s.index] = f" {plain_words(ad.prose[s.span.start:s.span.end])} "
            if any(w in texts[s.index] for w in wordings):
                c.attribution, c.continues = s.attributed_by, s.continues
                break


# The conditional's auxiliary, as its clause is read in plain words, and the same in the
# present indicative: "aurait eu" is "a eu", "se serait enfui" is "s'est enfui".
_INDICATIVE_OF = read_word_lists("lexicon/conditionals.toml")["indicative_auxiliaries"]
_AUXILIARIES_LONGEST_FIRST = tuple(longest_first(_INDICATIVE_OF))


def _in_the_indicative(words: str) -> str:
    """``words`` (plain words opening on a conditional) with the conditional's auxiliary put in
    the present indicative: "aurait eu deux fractures" → "a eu deux fractures"."""
    for aux in _AUXILIARIES_LONGEST_FIRST:
        if words.startswith(aux + " "):
            return _INDICATIVE_OF[aux] + words[len(aux):]
    return words


# How many words may stand between the auxiliary and its participle of saying: "aurait
# depuis en partie confirmé".
_WORDS_BEFORE_PARTICIPLE = 3


def _says(tokens: list[Token], i: int, end: int, lexicon=None) -> bool:
    """Whether the conditional at ``i`` is the auxiliary of a verb of saying: right after
    it ("aurait déclaré"), or past adverbs ("aurait ensuite longuement expliqué", "aurait
    depuis en partie confirmé") when the verb has no other sense ("aurait lui aussi lancé
    des pierres", "aurait alors continué à travailler" say nothing). The verb attributes:
    its subject is the source."""
    if i + 1 < end and tokens[i + 1].category in _SAYING_PARTICIPLES:
        return True
    if lexicon is None:
        return False
    adverbs = _WORDS["adverbial_words"]
    for j in range(i + 2, min(end, i + 2 + _WORDS_BEFORE_PARTICIPLE)):
        if not _adverbial(tokens[j - 1], adverbs):
            return False
        tok = tokens[j]
        if tok.category in _SAYING_PARTICIPLES:
            return lexicon.lemmas.get(tok.lower) not in lexicon.other_senses
    return False


_SAYING_PARTICIPLES = ("SPEECH_PP", "SPEECH_FIN_PP")


def _adverbial(tok: Token, adverbs: frozenset[str]) -> bool:
    """An adverb, or a word of an adverbial phrase: "ensuite", "longuement", "en partie"."""
    return tok.category == "ADV" or tok.lower in adverbs or \
        (tok.category == "WORD" and tok.lower.endswith("ment") and len(tok.lower) > 6)


def _past_degree_words(words: list[Token]) -> list[Token]:
    """``words`` past the words of degree that lead them: "très risqué", "tout à fait
    acceptable", "plutôt bienvenu"."""
    degrees = _WORDS["degree_words"]
    k = 0
    while k < len(words) and words[k].lower in degrees:
        k += 1
    return words[k:]


# How many words before the conditional its subject's determiner may stand: "mes propres actions seraient".
_SUBJECT_REACH = 3


def _the_writer_speaks_of_themself(tokens: list[Token], i: int, start: int) -> bool:
    """Whether the subject of the conditional at ``i`` is the writer's own ("mes actions
    seraient", "ma vie aurait"): a first-person text (a testimony, an opinion) imagines or
    weighs; a journalist does not pass on hearsay about themself."""
    mine = _WORDS["first_person_determiners"]
    return any(t.lower in mine for t in tokens[max(start, i - _SUBJECT_REACH):i])
