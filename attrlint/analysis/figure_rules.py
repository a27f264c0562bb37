"""Figures that a rule, a ruling, a decision or a plan sets (SPEC §2.2).

What a rule states ("passible de 75 000 euros d'amende"), a requirement lists
or "il faut" requires, a ruling orders paid, an authority decides or imposes,
an agent named after "par" grades, a seller offers, or someone named intends,
plans or forecasts describes what is set, graded or aimed at; it is not a
finding, and needs no source. Each reading
here answers for one figure of a block, from its tokens.
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import lru_cache

from ..guards import window_end, window_start
from ..word_lists import word_sets
from ..model import Token
from .figure_words import (RULE_REACH, STOP, WORDS_BEFORE, context_words, ends, lowers_of, said_before_in_sentence,
                           sentence_end, sentence_start)
from .subjects import find_subject

# The closed classes of grammars/lexicon/function_words.toml; the other word lists are those of
# figures.toml (context_words).
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")


# How many words may stand between "un" and "pour": "un « steward » pour 50 participants".
_ONE_PER_REACH = 5


def one_per(tokens: list[Token], first: int) -> bool:
    """"un steward pour 50 manifestants": one thing for so many, as a rule requires it."""
    return first >= 3 and tokens[first - 1].lower == "pour" and \
        any(t.lower in ("un", "une") for t in tokens[window_start(first - 1, _ONE_PER_REACH):first - 1])


def states_a_rule(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sentence of the token at ``first``, within a clause's reach of it, holds a
    word of a rule ("interdits", "limité")."""
    return any(t.lower in words["rule"] or t.lower in words["schemes"]
               for t in tokens[sentence_start(tokens, first, RULE_REACH):sentence_end(tokens, first, RULE_REACH)])


def bound(tokens: list[Token], first: int, value_text: str) -> bool:
    """Whether the figure is a bound that qualifies a thing or a place, after its preposition:
    "un espace d'au moins 7 m²", "voler à moins de 300 mètres". "Plus de 40 cm de neige sont
    tombés" measures what happened."""
    return first > 0 and tokens[first - 1].lower in ("à", "d'", "de") and \
        value_text.lower().startswith(("au moins", "moins", "plus", "jusqu", "au maximum", "au minimum"))


def names_a_regulation(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sentence of the figure, within a clause's reach of it, names the text of a
    regulation ("un arrêté préfectoral", "le décret", "la règle"): a measured bound in it is the
    regulation's ("le survol à moins de 300 mètres", "au moins 4 m² par client devront être la
    règle"); a count is not ("au moins 40 morts malgré les règles de sécurité"). "arrêté" alone
    is the arrest of someone: read with the word after it."""
    # its stop included: "la règle." reads as a pair
    sentence = tokens[sentence_start(tokens, first, RULE_REACH):sentence_end(tokens, first, RULE_REACH) + 1]
    return any(t.lower in words["regulations"] or f"{t.lower} {u.lower}" in words["regulations"]
               for t, u in zip(sentence, sentence[1:]))


def set_by_a_list_head(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"Un tarif unique a été fixé pour chaque carte, quelle que soit la zone : 12 euros pour les
    adultes, 6 euros pour les enfants", "les gestes recommandés : boire de l'eau (au moins 2
    litres par jour)": the first item of a list, a few words after its colon, is what the head of the
    list sets or recommends, whatever the words between. The head is read in its sentence
    for the lexicon's list_heads."""
    colon = next((k for k in range(first - 1, window_start(first - 1, WORDS_BEFORE, -1), -1)
                  if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category == "COLON"), -1)
    if colon < 0 or tokens[colon].category != "COLON":
        colon = _bracket_opening(tokens, first)
    if colon < 0:
        return False
    return said_before_in_sentence(tokens, colon, words["list_heads"])


def _bracket_opening(tokens: list[Token], first: int) -> int:
    """Where the brackets the figure stands in open, within a clause's reach of it, or -1:
    "le nombre requis de parrainages (250 élus, dont 20 parlementaires, et 2.500 adhérents)"
    lists in brackets what its head requires, as a colon does."""
    for k in range(first - 1, window_start(first - 1, RULE_REACH, -1), -1):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].text == ")":
            return -1
        if tokens[k].text == "(":
            return k
    return -1


# How many words may stand between a verb of change and the preposition of its figure: "baisseront
# en moyenne de 300 euros", "s'élève à elle seule à 90 euros"; the marks that end the search.
_CHANGE_REACH = 4
_CLAUSE_BREAKS = {"COMMA", "STOP", "COLON", "PAREN", "QUOTE", "NUM"}


def set_by_its_subject(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"les allocations de rentrée seront amputées de 8 euros", "cette aide passera à 3.000
    euros", "l'amende s'élève à 90 euros": the figure a verb of change sets, a few words
    before it, when its subject names an amount a rule sets, is the rule's new value."""
    if first < 2 or tokens[first - 1].lower not in ("de", "d'", "à"):
        return False
    verb = next((k for k in range(first - 2, window_start(first - 2, _CHANGE_REACH, -1), -1)
                 if tokens[k].lower in words["set_changes"] or tokens[k].category in _CLAUSE_BREAKS), -1)
    if verb < 0 or tokens[verb].lower not in words["set_changes"]:
        return False
    return said_before_in_sentence(tokens, verb, words["regulated"])


# How many words may stand between a verb of paying and the sum it pays: "condamné à payer
# un euro de dommages et intérêts ainsi que 3.000 euros de frais".
_PAID_REACH = 12


def ordered_paid(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sum is what a ruling orders paid: a verb of paying a few words before it,
    after a word of a court or a ruling in its sentence ("le tribunal a alloué 800 euros à
    l'association", "un arbitrage a accordé 200 millions d'euros"). The terms of a
    ruling describe it; what a fraud cost or a fine brought in is a finding."""
    verb = _word_before(tokens, first, _PAID_REACH, words["payments"])
    return verb >= 0 and said_before_in_sentence(tokens, verb, words["rulings"])


# How many words may stand between "consiste en" and the figure of what it consists of: "elle
# consisterait en un chèque mensuel de 80 euros".
_CONSISTS_REACH = 6


def what_it_consists_of(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure is in what a measure, an offer or a scheme consists of: a form of
    "consister" in the present, the future or the conditional, then "en" or "à", a few words
    before it in its sentence ("la mesure consisterait en un versement de 300 euros"). Its terms
    describe it; they are no finding."""
    verb = _word_before(tokens, first, _CONSISTS_REACH, words["consists"])
    if 0 <= verb < first - 1 and tokens[verb + 1].lower in ("en", "à"):
        return True
    return _terms_of_an_agreement(tokens, first, words)


# How many words may stand between an agreement and the verb of its terms: "l'accord conclu
# mercredi porte sur …".
_AGREEMENT_REACH = 4


def _terms_of_an_agreement(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"L'accord signé lundi porte sur une hausse de 3 % des salaires": what an agreement, named as
    the subject of "porte sur" in the present or the future, bears on are its terms. What a theft
    or a fraud bears on is a finding ("le vol porte sur 2 millions d'euros")."""
    verb = _word_before(tokens, first, _CONSISTS_REACH, words["bears_on"])
    if not 0 <= verb < first - 1 or tokens[verb + 1].lower != "sur":
        return False
    return any(t.lower in words["agreements"] for t in tokens[window_start(verb, _AGREEMENT_REACH):verb])


def named_in_its_announcement(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure is the size of a plan named right after the act that makes it public:
    "l'annonce d'un plan de 2 milliards d'euros", "le lancement d'un programme de 500
    logements" (an act, "d'un" or "d'une", one noun, "de", the figure). The plan's size is its
    author's decision, not a finding."""
    return first >= 5 and tokens[first - 1].lower in ("de", "d'") and tokens[first - 3].lower in ("un", "une") and \
        tokens[first - 4].lower in ("d'", "de") and tokens[first - 5].lower in words["announced"]


def _word_before(tokens: list[Token], at: int, reach: int, wanted: frozenset[str]) -> int:
    """The nearest token before ``at``, within ``reach`` and in its sentence, whose word is one
    of ``wanted``; -1 when there is none."""
    for i in range(at - 1, window_start(at - 1, reach, -1), -1):
        if tokens[i].category == STOP and ends(tokens, i):
            return -1
        if tokens[i].lower in wanted:
            return i
    return -1


def reach_of_an_obligation(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure counts the places a measure applies to, in a clause that makes it
    mandatory: "les voyageurs venant de 16 pays devront se faire tester obligatoirement", "en
    rendant le test obligatoire pour les voyageurs de 16 pays". Which places a rule covers is
    the rule; a comma ends the clause ("le masque obligatoire, 4.000 communes votent")."""
    if tokens[last - 1].lower not in words["jurisdictions"]:
        return False
    lo = first
    while lo > 0 and first - lo < RULE_REACH and tokens[lo - 1].category != "COMMA" and \
            (tokens[lo - 1].category != STOP or not ends(tokens, lo - 1)):
        lo -= 1
    hi = last
    while hi < len(tokens) and hi - last < RULE_REACH and tokens[hi].category != "COMMA" and \
            (tokens[hi].category != STOP or not ends(tokens, hi)):
        hi += 1
    return any(t.lower in words["mandatory"] for t in tokens[lo:first] + tokens[last:hi])


# The words that open a circumstance of what is decided or intended, not its object: "a décidé de
# rouvrir les écoles après la mort de 12 enseignants".
_CIRCUMSTANCES = context_words()["circumstances"]


# How many words may stand between a verb of decision and the figure of what it decides ("les
# autorités imposent depuis lundi et jusqu'à la fin du mois un couvre-feu dans 40 villes"), and between
# a figure and the "que" of the decision it is the object of.
_DECISION_REACH = 14
_DECIDED_OBJECT_REACH = 4


def decided_by_an_authority(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure is in what an authority named before the verb decides or imposes: "le
    gouvernement a décidé de placer 12 départements en zone rouge", "les autorités imposent un
    couvre-feu dans 40 villes", "les 2 milliards que l'exécutif a décidé de verser". An
    administrative decision is a rule, its actor named: no finding. A comma or a "que" ends what
    is decided ("a décidé de renforcer la sécurité, et 9.000 supporters sont attendus")."""
    for k in range(first - 1, window_start(first - 1, _DECISION_REACH, -1), -1):
        # "a décidé de renforcer les contrôles alors que 40.000 supporters sont attendus": another clause
        # The end of the sentence is a stop, one of the clause breaks.
        if tokens[k].category in _CLAUSE_BREAKS or tokens[k].category == "QUE" or \
                tokens[k].lower in _CIRCUMSTANCES:
            break
        if tokens[k].lower in words["decisions"]:
            return said_before_in_sentence(tokens, k, words["authorities"])
    # the object of the decision, before it: "les 2 milliards que le gouvernement a décidé de verser"
    that = next((k for k in range(last, window_end(last, _DECIDED_OBJECT_REACH, len(tokens)))
                 if tokens[k].lower in ("que", "qu'")), None)
    if that is None:
        return False
    for k in range(that + 1, window_end(that, _DECIDED_OBJECT_REACH + 2, len(tokens))):
        if tokens[k].category in _CLAUSE_BREAKS:
            return False
        if tokens[k].lower in words["decisions"]:
            return any(t.lower in words["authorities"] for t in tokens[that + 1:k])
    return False


# How many words may stand between a count and the participle that classes what it counts ("les
# sols de 25 départements, ainsi que des Bouches-du-Rhône, sont considérés"), and between the
# participle and the "par" of its agent ("considérés comme « très secs pour la saison » par").
_CLASSED_REACH = 20
_GRADE_REACH = 10
# How many words may stand between the auxiliary and its participle: "ont aussi été classés".
_PARTICIPLE_REACH = 3


def classed_by_a_named_agent(tokens: list[Token], last: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether what the figure counts is the subject of a passive that classes or grades it, with
    its agent named after "par": "13 départements ont été placés en vigilance orange par
    Météo-France", "les sols de 25 départements sont considérés comme « très secs » par
    l'agence". The grade is the agent's, who is the figure's source. "190 feux ont été traités par
    les pompiers" says what was done, and "300 personnes sont mortes dans des zones classées
    rouges par l'Etat" classes another noun than the count's: claims."""
    end = sentence_end(tokens, last, _CLASSED_REACH + _GRADE_REACH)
    if last < end and _classes(tokens, last, end, words):
        return _agent_named_after(tokens, last + 1, end, words)  # "31 départements placés en vigilance par …"
    for k in range(last, window_end(last, _CLASSED_REACH, end)):
        if tokens[k].category == "NUM" or tokens[k].lower in ("qui", "dont") or \
                (tokens[k].category == "QUE" and tokens[k - 1].lower != "ainsi"):
            return False  # another figure's clause, or a relative one ("ainsi que" adds to the subject)
        if tokens[k].category == "AUX":
            # the count's verb: "ont été placés", "sont désormais considérés", "ont aussi été classés"
            verb = range(k + 1, window_end(k + 1, _PARTICIPLE_REACH, end))
            passive = tokens[k].lower in _PASSIVE or any(tokens[j].lower == "été" for j in verb)
            j = next((j for j in verb if _classes(tokens, j, end, words)), None)
            return passive and j is not None and _agent_named_after(tokens, j + 1, end, words)
    return False


def _classes(tokens: list[Token], at: int, end: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the participle at ``at`` classes or grades: "considérés", "classés", or "placés"
    before "en" and a level of alert ("placés en vigilance orange")."""
    word = tokens[at].lower
    if word in words["classings"]:
        return True
    return word in words["placings"] and at + 2 < end and tokens[at + 1].lower == "en" and \
        tokens[at + 2].lower in words["alert_levels"]


def _agent_named_after(tokens: list[Token], at: int, end: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether "par" and a name ("par Météo-France") or an article and a source noun or an
    authority ("par la préfecture") follow the grade, a few words after ``at``, before a comma.
    With no grade between, the participle says what was done: "300 dossiers ont été classés par
    la préfecture" (closed), "jugés par le tribunal" (tried)."""
    for k in range(at + 1, window_end(at, _GRADE_REACH, end)):
        if tokens[k].category in ("COMMA", "COLON", "NUM"):
            return False
        if tokens[k].category == "PAR" and k + 1 < end:
            agent = tokens[k + 2] if tokens[k + 1].category == "DET" and k + 2 < end else tokens[k + 1]
            return agent.category in ("CAP", "SOURCE_NOUN") or agent.lower in words["authorities"]
    return False


def offered_for(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sum, right after "pour", is what a seller asks: a verb of offering in the
    present or the imperfect a few words before it in its sentence ("il propose sa collection
    de timbres pour 2 000 euros")."""
    return first > 0 and tokens[first - 1].lower == "pour" and \
        _word_before(tokens, first - 1, _PAID_REACH, words["offers"]) >= 0


# How many words may stand between the verb of a target and its figure: "de réduire les
# émissions de gaz à effet de serre de 25 %", and the acronym of what it reduces in brackets
# ("de réduire les rejets de gaz à effet de serre (GES) de 30 %").
_TARGET_REACH = 14


def aimed_at(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure is the target of a verb in the infinitive a few words before it
    ("de réduire les émissions de 25 %")."""
    if words["target_verbs"].isdisjoint(lowers_of(tokens, window_start(first - 1, _TARGET_REACH) + 1, first)):
        return False  # no verb of a target within reach
    for i in range(first - 1, window_start(first - 1, _TARGET_REACH), -1):
        if tokens[i].category == STOP and ends(tokens, i):
            return False
        if tokens[i].lower in words["target_verbs"] and tokens[i - 1].lower in ("de", "d'", "à", "pour"):
            return True
    return False


# How far a figure may stand after the infinitive of a purpose ("de créer plus de 300 emplois",
# "d'atteindre 1 % du PIB (3 % avec …)"), and that infinitive after "permettre" ("doit permettre
# au budget de la recherche publique d'atteindre").
_PURPOSE_OBJECT_REACH = 6
_PURPOSE_REACH = 12


def meant_to_allow(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"La réforme doit permettre de recruter 300 médecins": what a measure must allow, an
    infinitive after "de" a few words after "permettre" under a verb of obligation, is its
    purpose, as a target is. "La réforme a permis de recruter 300 médecins" says what happened,
    and "devrait permettre" forecasts: claims."""
    for k in range(first - 1, window_start(first - 1, _PURPOSE_OBJECT_REACH), -1):
        if tokens[k].category == STOP and ends(tokens, k):
            return False
        if tokens[k - 1].lower in ("de", "d'") and tokens[k].lower.endswith(INFINITIVE_ENDINGS):
            return _under_an_obliged_permit(tokens, k - 1, words)
    return False


def _under_an_obliged_permit(tokens: list[Token], de: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether "permettre", right after a verb of obligation ("doit", "devront"), stands a few
    words before the "de" at ``de``, in its sentence."""
    for i in range(de - 1, window_start(de - 1, _PURPOSE_REACH), -1):
        if tokens[i].category == STOP and ends(tokens, i):
            return False
        if tokens[i].lower in words["purpose_verbs"]:
            return i > 0 and tokens[i - 1].lower in words["purpose_obligations"]
    return False


# How many words may stand between a verb of intention and a figure of its object: "prévoit un
# programme de réduction des dépenses de l'État compris entre 50 et 60 milliards"; the words
# that open another clause, whose figures are no longer the object's (a relative, a clause of
# time, a condition: "si", "s'il").
_INTENT_REACH = 30
_INTENT_BREAKS = {"COLON", "PAREN", "QUOTE", "QUE", "REL", "DASH"}
_OTHER_CLAUSE = context_words()["other_clause_openings"] | _CIRCUMSTANCES
# A participle of estimation opens what someone else reckons: "… réduire le nombre de logements
# vacants, estimé à 30 000" is no part of the plan.
_ESTIMATED = context_words()["estimation_participles"]
# What may stand between a subject and its verb: "Le constructeur espérait alors", "il en prévoit",
# "la France avait défendu".
_BEFORE_VERB = {"ADV", "NEG", "AUX", "REFL"}
# "il est prévu un train sur deux": the passive names no one who plans.
_PASSIVE = _FUNCTION_WORDS["passive_auxiliaries"]
_CLITICS = _FUNCTION_WORDS["object_pronouns"]
# How many words may stand between a subject's head and its verb: adjectives, "le groupe japonais".
_INTENT_ADJECTIVES = 3
# The endings of a verb in the infinitive ("créer", "agir", "mettre", "voir"), read from a word in lower case.
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


def intended_by_its_subject(tokens: list[Token], first: int, words: dict[str, frozenset[str]],
                             source_nouns: AbstractSet[str], lowers: list[str] | None = None) -> bool:
    """"Le transporteur espère assurer 80 % de ses vols", "L'élue souhaite 50 % de produits
    locaux", "Le groupe prévoit de supprimer 3.000 postes": a figure in the object of a verb of
    intention, plan or forecast, a few words after it in the same clause, is the subject's own
    when the subject, right before the verb, names someone who can speak (SPEC §2.1 rule 1:
    the holder of the plan stands behind it). ``lowers`` are the tokens' words in lower case,
    when the caller has them."""
    if lowers is not None:
        # Most figures have no verb of intention within reach: their words are not walked.
        reach = lowers[window_start(first, _INTENT_REACH):first]
        if words["intentions"].isdisjoint(reach) and words["intentions_before_infinitive"].isdisjoint(reach):
            return False
    verb = -1
    for i in range(first - 1, window_start(first - 1, _INTENT_REACH, -1), -1):
        tok = tokens[i]
        if (tok.category == STOP and ends(tokens, i)) or tok.category in _INTENT_BREAKS or tok.lower in _OTHER_CLAUSE or \
                tok.lower in _ESTIMATED or (tok.category == "CONJ" and tokens[i - 1].category == "COMMA"):
            return False
        if tok.lower in words["intentions"] or (tok.lower in words["intentions_before_infinitive"] and
                                                _infinitive_after(tokens, i + 1, first)):
            verb = i
            break
    if verb < 1:
        return False
    nouns = _holders(source_nouns)
    sentence = sentence_start(tokens, verb, RULE_REACH)
    clause = _clause_start(tokens, verb, sentence)
    return _named_before_its_relative(tokens, verb, nouns) or \
        any(_subject_right_before(tokens, start, verb, nouns) for start in {clause, sentence})


def _named_before_its_relative(tokens: list[Token], verb: int, nouns: frozenset[str]) -> bool:
    """"l'observatoire Vigie, qui vise à installer 100 capteurs": the verb's subject is "qui",
    right after a comma and a name or a noun of someone who can hold a plan."""
    k = verb - 1
    while k > 0 and tokens[k].category in ("ADV", "NEG"):
        k -= 1
    return k > 1 and tokens[k].lower == "qui" and tokens[k - 1].category == "COMMA" and \
        (tokens[k - 2].category == "CAP" or tokens[k - 2].lower in nouns)


def _clause_start(tokens: list[Token], verb: int, sentence: int) -> int:
    """Where the clause of the verb at ``verb`` starts: after the last "que" or colon before it
    in its sentence ("… et que le ministre craint…", "L'offre était simple : elle proposait…"),
    or at the sentence's start."""
    return next((k + 1 for k in range(verb - 1, sentence - 1, -1) if tokens[k].category in ("QUE", "COLON")),
                sentence)


def _subject_right_before(tokens: list[Token], start: int, verb: int, nouns: AbstractSet[str]) -> bool:
    """Whether the subject read from ``start`` names someone who can speak and ends right before
    the verb, but for adverbs, clitics, an auxiliary of the active ("la France avait défendu")
    and an adjective or two after its head ("Le constructeur japonais pense…")."""
    found = find_subject(tokens, start, verb, nouns)
    if found is None:
        return False
    k = verb - 1
    while k > start and (tokens[k].category in _BEFORE_VERB or tokens[k].lower in _CLITICS):
        if tokens[k].lower in _PASSIVE:
            return False  # "il est prévu un train sur deux": no one named plans it
        k -= 1
    while k > start and verb - k <= _INTENT_ADJECTIVES and tokens[k].end > found[0].end and \
            tokens[k].category == "WORD":
        k -= 1
    return tokens[k].end == found[0].end


# The holders of each set of source nouns read (a lexicon's), found by the set itself: copying
# a lexicon's nouns to look them up by their value would cost more than the reading they serve.
_HOLDERS: dict[int, tuple[AbstractSet[str], int, frozenset[str]]] = {}
_HOLDERS_KEPT = 4


def _holders(source_nouns: AbstractSet[str]) -> frozenset[str]:
    """The nouns that name who may hold a plan: the speakers', and the lexicon's holders."""
    found = _HOLDERS.get(id(source_nouns))
    # The set is kept with its holders, so that its id is no other's; a set that has grown is read again.
    if found is None or found[0] is not source_nouns or found[1] != len(source_nouns):
        if len(_HOLDERS) >= _HOLDERS_KEPT:
            _HOLDERS.clear()
        found = _HOLDERS[id(source_nouns)] = \
            (source_nouns, len(source_nouns), frozenset(source_nouns) | context_words()["holders"])
    return found[2]


def _infinitive_after(tokens: list[Token], at: int, first: int) -> bool:
    """Whether a verb in the infinitive follows ``at`` before the figure ("compte en vendre")."""
    if at < first and tokens[at].lower in ("de", "d'", "à"):
        at += 1  # "s'engage à créer", "a décidé de mettre"
    while at < first and (tokens[at].lower in _CLITICS or tokens[at].category == "ADV"):
        at += 1
    return at < first and tokens[at].lower.endswith(INFINITIVE_ENDINGS)


def required(tokens: list[Token], first: int, words: dict[str, frozenset[str]],
             lowers: list[str] | None = None) -> bool:
    """Whether the figure is in what an impersonal "il faut" before it in its sentence requires,
    however far, over the commas of an aside and the other figures it requires: "il faut
    justifier, pour les artisans, d'avoir perdu au moins 20 % de son chiffre", "il faut 120 maires
    et plus de 40.000 électeurs". A "que" between opens a fact the requirement is about ("il
    faut rappeler que 300 personnes sont mortes", "il faudra du temps avant que…"). What one must
    prove, and what those who are entitled to it get, are the rule's alike: "justifier de 15 % de
    pertes", "ceux qui y ont droit recevront 300 euros". ``lowers`` are the tokens' words in lower
    case, when the caller has them."""
    if first >= 2 and tokens[first - 1].lower in ("de", "d'") and tokens[first - 2].lower in words["proofs"]:
        return True
    if lowers is not None:
        # The sentence starts within reach of the figure: with neither word in reach, where it
        # starts is not looked for.
        reach = lowers[window_start(first, RULE_REACH):first]
        if words["impersonal_obligations"].isdisjoint(reach) and _entitlement_ends().isdisjoint(reach):
            return False
    start = sentence_start(tokens, first, RULE_REACH)
    sentence = lowers_of(tokens, start, first)
    if words["impersonal_obligations"].isdisjoint(sentence) and _entitlement_ends().isdisjoint(sentence):
        return False  # neither "il faut" nor "ont droit" before the figure
    for k in range(first - 1, start - 1, -1):
        if tokens[k].lower in ("que", "qu'"):
            return False
        if tokens[k].lower in words["impersonal_obligations"] and k and tokens[k - 1].lower == "il":
            return True
        if k and f"{tokens[k - 1].lower} {tokens[k].lower}" in words["entitlements"]:
            return True  # "ceux qui y ont droit toucheront 450 euros par mois"
    return False


@lru_cache(maxsize=1)
def _entitlement_ends() -> frozenset[str]:
    """The words an entitlement of the lexicon ends on ("ont droit": "droit"), or a word of it
    ends on after the word before it, as :func:`required` reads the two."""
    return frozenset(entry.split(" ", k)[k] for entry in context_words()["entitlements"]
                     for k in range(1, entry.count(" ") + 1))


# What ends the clause an obligation rules over its coordinated infinitives: punctuation, brackets,
# a quotation (other figures between are what it requires too: "obtenir 21 voix et rallier…").
_OBLIGATION_BREAKS = {"COMMA", "STOP", "COLON", "PAREN", "QUOTE"}


def obliged_with_the_infinitive_before(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure is in what an infinitive after "et" requires, coordinated with the infinitive
    of an obligation before it in its clause: "il devra obtenir le soutien de 21 pays et rallier au
    moins 376 voix" requires both. "Il devra obtenir le soutien de 21 pays, et 300 manifestants
    l'attendent" has no infinitive after "et", and a comma ends what is required."""
    # Any stop breaks the clause, the one that ends the sentence before too: the words are read
    # back within a clause's reach with no search for where the sentence starts.
    joined = None
    for k in range(first - 1, window_start(first, RULE_REACH) - 1, -1):
        if tokens[k].category in _OBLIGATION_BREAKS or tokens[k].lower in ("que", "qu'"):
            return False
        if joined is None:
            if tokens[k].lower == "et" and _infinitive_after(tokens, k + 1, first):
                joined = k
            continue
        if tokens[k].lower in words["obligations"] and _infinitive_after(tokens, k + 1, joined):
            return True
    return False
