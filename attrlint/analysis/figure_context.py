"""What a figure's neighbouring words say it is (SPEC §2.2).

A figure stated by a rule ("passible de 75 000 euros d'amende"), a
product's specification ("483 ch"), the size of a document ("un rapport de
36 pages"), a seller's price ("adjugée 79 875 £") or a place given as
context ("une commune de 12 habitants") describes; it does not claim, and
needs no source. The words are read from the lexicon
(``grammars/lexicon/figures.toml``), within a few words of the figure in
its sentence: a general reading of context, not a list of cases.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from ..guards import window_end, window_start
from ..word_lists import function_word_alternation, longest_first, phrase_alternation, read_word_lists, word_sets
from ..model import Figure, Token
from ..patterns import regex
from .conditionals import may_be_conditional
from .figure_rules import (aimed_at, bound, classed_by_a_named_agent, decided_by_an_authority, intended_by_its_subject,
                           meant_to_allow, named_in_its_announcement, names_a_regulation, obliged_with_the_infinitive_before,
                           offered_for, one_per, ordered_paid, reach_of_an_obligation, required, set_by_a_list_head,
                           set_by_its_subject, states_a_rule, what_it_consists_of)
from .figure_words import (DESCRIBED_CATEGORIES, RULE_REACH, STOP, WORDS_BEFORE, amount_of, context_words, ends,
                           said_before_in_sentence, sentence_end, sentence_start, sum_or_difference, unit_of)
from .phrase_search import PhraseSearch

# The closed classes of grammars/lexicon/function_words.toml; the other word lists are those of
# figures.toml (context_words).
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")
# The articles that take up a thing named before ("la baisse", "cette hausse"), and the forms of "être".
_TAKING_UP_A_THING = _FUNCTION_WORDS["taking_up_a_thing"]
_ETRE = _FUNCTION_WORDS["etre"]

# How many words after a figure are read for its context.
_AFTER = 5
# Categories of figure that context can turn into a description, and the
# contexts that apply to each.
_CONTEXTS = {
    "count": ("specification", "capability", "rule", "document", "place"),
    "money": ("rule", "price"),
    "measure": ("specification", "capability", "size", "rule"),
    "percent": ("rule", "capability"),
    "rate": ("rule",),
    "estimate": ("specification", "capability", "rule", "document"),
}
# How many words a clause opened by "si" may run before its figure.
_HYPOTHESIS_REACH = 30


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    """The lexicon's pairs of words ("majorité absolue"), as two words: the neighbours of a
    figure that are one are found among its words' pairs at once (a set's test in C)."""
    pairs: set[tuple[str, str]] = set()
    for entry in [entry for words in context_words().values() for entry in words if " " in entry]:
        head, _, tail = entry.partition(" ")
        if " " not in tail:
            pairs.add((head, tail))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _pair_ends() -> frozenset[str]:
    """The last words of the lexicon's pairs of words: a figure's neighbours are read in
    pairs only when one of them is near."""
    return frozenset(tail for _, tail in _pairs())


@lru_cache(maxsize=1)
def _needed_words() -> dict[str, frozenset[str]]:
    """For the readings that walk the words around a figure, the words without one of which
    they find nothing: a block that holds none of them is not read for them."""
    words = context_words()
    lists = lambda *keys: frozenset().union(*(words[key] for key in keys))  # noqa: E731
    return {
        "required": lists("proofs", "impersonal_obligations") | {pair.rsplit(" ", 1)[1] for pair in words["entitlements"]},
        "obligations": words["obligations"],
        "target_verbs": words["target_verbs"],
        "purpose_verbs": words["purpose_verbs"],
        "list_heads": words["list_heads"],
        "intentions": lists("intentions", "intentions_before_infinitive"),
        "consists": lists("consists", "bears_on"),
        "decisions": words["decisions"],
        "classings": lists("classings", "placings"),
        "payments": words["payments"],
        "study": lists("study_verbs", "study_runners"),
        "si": _CONDITION_OPENERS,
        "future_auxiliaries": words["future_auxiliaries"],
        "made_up": words["made_up"] | {_EXAMPLE_NOUN},
        "in_force": words["in_force"],
        "set_changes": words["set_changes"],
        "announced": words["announced"],
        "gifts": lists("gifts", "gift_participles"),
        "background": lists("background_participles", "background", "living_in"),
        "capability": words["capability"],
        "value_verbs": words["value_verbs"],
        "capacities": words["capacities"],
        "change_nouns": words["change_nouns"],
        "inhabitants": words["inhabitants"] | {_POPULATION},
        # The readings of a count (_COUNT_DESCRIPTIONS), each by the noun it counts or a word next to it.
        "venue_capacity": words["seats"] | {_FLOORS, *_CAPACITY_NOUNS},
        "assembly_seats": words["assembly_seats"],
        "members": words["members"],
        "competitors": words["competitors"],
        "exhibited": lists("shown", "exhibited", "on_display"),
        "member_units": words["member_units"],
        "made_of": lists("holds", "made_of"),
        "packs": words["packs"],
        "present_in": words["present_in"],
        "tried": words["tried"],
        "divided_into": words["divided_into"],
        "run_units": words["run_units"],
        "cosigning": words["cosigning"],
        "agenda_verbs": words["agenda_verbs"],
        "rankings": words["rankings"],
        "rank_moves": words["rank_moves"],
    }


@lru_cache(maxsize=1)
def _readings_of_word() -> dict[str, tuple[str, ...]]:
    """For each word needed by a reading of :func:`_needed_words`, the readings that need it: a
    block's few needed words tell which readings may apply, without testing every reading's list."""
    readings: dict[str, tuple[str, ...]] = {}
    for key, needed in _needed_words().items():
        alone = (key,)  # shared by the words of this reading alone, most of them
        for word in needed:
            met = readings.get(word)
            readings[word] = alone if met is None else met + alone
    return readings


@lru_cache(maxsize=1)
def _any_needed_word() -> frozenset[str]:
    """The words needed by any of the readings of :func:`_needed_words`."""
    return frozenset(_readings_of_word())


@lru_cache(maxsize=1)
def _none_held() -> dict[str, bool]:
    """Each reading of :func:`_needed_words`, with no word it needs held: copied for each block,
    which costs less than making it again."""
    return dict.fromkeys(_needed_words(), False)


def _readings_held(lowers: list[str]) -> dict[str, bool]:
    """For each reading of :func:`_needed_words`, whether ``lowers`` (a block's words) hold a word it needs."""
    readings_of_word = _readings_of_word()
    holds = _none_held().copy()
    # The block's needed words are few: the readings are found from them, not each reading's words tested.
    for word in _any_needed_word().intersection(lowers):
        for key in readings_of_word[word]:
            holds[key] = True
    return holds


def mark_descriptions(figures: list[Figure], tokens: list[Token], token_starts: list[int],
                      source_nouns: set[str] | frozenset[str] = frozenset(), lowers: list[str] | None = None) -> None:
    """Mark the figures of one block whose neighbouring words describe rather than claim;
    ``source_nouns`` name who a sentence's subject may be (someone who can hold a plan);
    ``lowers`` are the tokens' words in lower case (their keys), when the caller has them."""
    claimed = {id(fig): fig.category for fig in figures if fig.needs_source}
    if not claimed:
        return  # nothing to read: only a figure that needs a source is read for its context
    words = context_words()
    if lowers is None:
        lowers = [t.lower for t in tokens]
    # The words of the block, read once when a figure is read for its context: a reading that
    # needs a word the block lacks is not run (each walks the words around every figure).
    # ``holds`` tells, for each reading of _needed_words, whether the block has a word it needs.
    holds: dict[str, bool] | None = None

    for n, fig in enumerate(figures):
        contexts = _CONTEXTS.get(fig.category) if fig.needs_source else None
        if not contexts:
            continue
        if holds is None:
            holds = _readings_held(lowers)
            # The readings of a count that may apply, with the kind each gives (most blocks hold
            # none of their words).
            count_readings = [(describes, kind) for describes, kind, needed in _COUNT_DESCRIPTIONS if holds[needed]]
        first = bisect_left(token_starts, fig.span.start)
        last = bisect_left(token_starts, fig.span.end)
        # The words near the figure, in its sentence: a few before it (the lower bound of a range,
        # "passe de 120 à 115 grammes", is no word of its context), its own, and a few after it.
        opening = _range_opening(tokens, first)
        lo = sentence_start(tokens, first, first - window_start(opening, WORDS_BEFORE))
        hi = sentence_end(tokens, last, _AFTER)
        obliged = not words["obligations"].isdisjoint(lowers[lo:first])
        near = set(lowers[lo:hi])
        if not near.isdisjoint(_pair_ends()):
            # Two words in a row, for the lexicon's pairs ("majorité absolue"): neither word alone says it.
            # (Only the lexicon's words are looked up among the words near: no other pair is made.)
            window = lowers[lo:hi]
            near.update(map(" ".join, _pairs().intersection(zip(window, window[1:]))))
        if _derived(tokens, first, lowers):
            fig.category, fig.needs_source = "derived", False
            continue
        if _result_of_a_change(tokens, first, fig, figures[:n], words):
            fig.category, fig.needs_source = "derived", False  # "120 euros … de 20 euros pour passer à 100 euros"
            continue
        if holds["value_verbs"] and \
                _reference_of_a_value(tokens, first, last, figures[n + 1:n + 2], token_starts, words):
            fig.category, fig.needs_source = "reference", False  # "100 grammes de riz pèsent 350 calories"
            continue
        if fig.category == "measure" and _quantity_priced(tokens, first, last, figures[n + 1:n + 2], token_starts):
            fig.category, fig.needs_source = "reference", False  # "pour 40 litres, 60 euros"
            continue
        if fig.category == "measure" and _dimension(tokens, first, last, fig.value_text):
            fig.category, fig.needs_source = "dimension", False
            continue
        if fig.category == "measure" and _size_of_a_named_landmark(tokens, first, last, fig.value_text, words):
            fig.category, fig.needs_source = "place", False  # "la forêt de Vernières, 300 hectares de chênes"
            continue
        if fig.category == "measure" and _distance_described(tokens, first, last, fig.value_text, words):
            fig.category, fig.needs_source = "dimension", False
            continue
        if fig.category == "measure" and fig.value_text.endswith("km/h") and _names_speed_limit(tokens, first, words):
            fig.category, fig.needs_source = "rule", False  # "le passage aux 80 km/h": a limit, named
            continue
        if fig.category == "measure" and _motion_of_what_it_follows(tokens, first, words):
            fig.category, fig.needs_source = "background", False  # "le satellite, qui tourne à 28.000 km/h"
            continue
        if fig.category == "measure" and _climate(tokens, first, last, fig.value_text, words):
            fig.category, fig.needs_source = "place", False  # "des nuits à 35 degrés en été"
            continue
        if fig.category == "rate" and _share_of_a_landmark(tokens, first, last, words):
            fig.category, fig.needs_source = "place", False  # "privant Porta de la moitié du lac"
            continue
        if fig.category in ("percent", "rate") and _population_share_in_brackets(tokens, first, last):
            fig.category, fig.needs_source = "place", False  # "la région Nord (18 % de la population)"
            continue
        if fig.category == "percent" and _rate_of_a_levy(tokens, first, last, words):
            fig.category, fig.needs_source = "rule", False  # "une cotisation (1,5 % de la masse salariale)"
            continue
        if fig.category in ("count", "estimate") and _restricted_to(tokens, first, words):
            fig.category, fig.needs_source = "rule", False  # "le concours n'est ouvert qu'à 240 candidats"
            continue
        if fig.category in ("percent", "rate") and holds["capacities"] and \
                _capped_share_of_a_capacity(tokens, first, last, words):
            fig.category, fig.needs_source = "rule", False  # "ne peuvent ouvrir qu'à la moitié de leur capacité"
            continue
        if fig.category in ("percent", "count") and _quantile_group(tokens, first, last, words):
            fig.category, fig.needs_source = "group", False
            continue
        if fig.category in ("count", "estimate", "money", "measure") and n and \
                _bound_of_a_shares_group(tokens, first, fig.value_text, figures[n - 1], token_starts):
            fig.category, fig.needs_source = "group", False  # "30 % des salariés gagnent plus de 2.000 euros"
            continue
        if fig.category == "count" and _family_size(tokens, first, last, words):
            fig.category, fig.needs_source = "narrative", False
            continue
        if fig.category == "count" and _one_or_the_next(tokens, first):
            fig.category, fig.needs_source = "narrative", False  # "8 ou 9 tracteurs bloquaient la place"
            continue
        described = _what_a_count_describes(tokens, first, last, words, count_readings) \
            if fig.category in ("count", "estimate") and count_readings else None
        if described is not None:
            fig.category, fig.needs_source = described, False
            continue
        if "rule" in contexts and (obliged or (holds["target_verbs"] and aimed_at(tokens, first, words)) or
                                   (holds["required"] and required(tokens, first, words, lowers)) or
                                   (holds["obligations"] and obliged_with_the_infinitive_before(tokens, first, words))):
            fig.category, fig.needs_source = "rule", False  # what must be, or is aimed at
            continue
        if "rule" in contexts and holds["purpose_verbs"] and meant_to_allow(tokens, first, words):
            fig.category, fig.needs_source = "plan", False  # "la réforme doit permettre de recruter 300 médecins"
            continue
        if "rule" in contexts and holds["in_force"] and _comes_into_force(tokens, last, words):
            fig.category, fig.needs_source = "rule", False  # "une hausse de 3 %, entrée en vigueur lundi"
            continue
        if "rule" in contexts and holds["change_nouns"] and \
                _breakdown_of_a_set_change(tokens, first, fig, figures[:n], token_starts, claimed, words):
            fig.category, fig.needs_source = "rule", False  # "Les tarifs réglementés baissent de 2 %. La baisse est de 1 % pour …"
            continue
        if "rule" in contexts and holds["list_heads"] and set_by_a_list_head(tokens, first, words):
            fig.category, fig.needs_source = "rule", False  # "un tarif unique a été fixé : 12 euros pour …"
            continue
        # "le Smic passera de 1.498,47 à 1.525,45 euros": the change sets the range, from its opening.
        if holds["set_changes"] and set_by_its_subject(tokens, opening + 1 if opening < first else first, words):
            fig.category, fig.needs_source = "rule", False  # "cette aide passera à 3.000 euros"
            continue
        if holds["intentions"] and intended_by_its_subject(tokens, first, words, source_nouns, lowers):
            fig.category, fig.needs_source = "plan", False  # "le groupe prévoit de supprimer 3.000 postes"
            continue
        if holds["consists"] and what_it_consists_of(tokens, first, words):
            fig.category, fig.needs_source = "plan", False  # "la mesure consisterait en un versement de 300 euros"
            continue
        if holds["announced"] and named_in_its_announcement(tokens, first, words):
            fig.category, fig.needs_source = "plan", False  # "l'annonce d'un plan de 2 milliards d'euros"
            continue
        if fig.category in ("count", "estimate") and reach_of_an_obligation(tokens, first, last, words):
            fig.category, fig.needs_source = "rule", False  # "le test obligatoire pour les voyageurs de 16 pays"
            continue
        if holds["decisions"] and decided_by_an_authority(tokens, first, last, words):
            fig.category, fig.needs_source = "rule", False  # "l'exécutif a décidé de placer 12 villes en zone rouge"
            continue
        if fig.category in ("count", "estimate") and holds["classings"] and classed_by_a_named_agent(tokens, last, words):
            fig.category, fig.needs_source = "grade", False  # "12 départements placés en alerte par Météo-France"
            continue
        if fig.category == "money" and holds["payments"] and ordered_paid(tokens, first, words):
            fig.category, fig.needs_source = "rule", False  # "condamné à payer … 3.000 euros": a ruling's terms
            continue
        if fig.category == "money" and (_allotted_to_each(tokens, first, last, words) or
                                        _allotment_to_receive(tokens, first, words)):
            fig.category, fig.needs_source = "rule", False  # "les lauréats recevront 50.000 euros chacun"
            continue
        if fig.category == "money" and _price_of_a_named_product(tokens, first):
            fig.category, fig.needs_source = "price", False  # "au volant d'une Maserati à 90 000 euros"
            continue
        if fig.category == "money" and _share_capital(tokens, first, words):
            fig.category, fig.needs_source = "specification", False  # "une société au capital de 10.000 euros"
            continue
        if fig.category not in ("percent", "rate") and holds["gifts"] and _offered(tokens, first, last, words):
            fig.category, fig.needs_source = "price", False  # "l'opérateur a offert 1 Go de données"
            continue
        if fig.category == "money" and offered_for(tokens, first, words):
            fig.category, fig.needs_source = "price", False  # "elle louait un studio … pour 300 euros"
            continue
        if (_class_bound(tokens, first, fig.value_text) or one_per(tokens, first) or _threshold(tokens, first, words)) \
                and states_a_rule(tokens, first, words):
            fig.category, fig.needs_source = "rule", False
            continue
        if fig.category == "measure" and bound(tokens, first, fig.value_text) and \
                names_a_regulation(tokens, first, words):
            fig.category, fig.needs_source = "rule", False  # "un arrêté interdit le survol à moins de 300 mètres"
            continue
        if holds["background"] and _in_background(tokens, first, words):
            fig.category, fig.needs_source = "background", False
            continue
        if fig.category in ("count", "estimate", "rate") and holds["study"] and \
                _in_study_design(tokens, first, last, words, lowers):
            fig.category, fig.needs_source = "design", False
            continue
        if (holds["si"] and _in_hypothesis(tokens, first, lowers)) or \
                (holds["future_auxiliaries"] and _in_future_condition(tokens, first, last, words)) or \
                (holds["made_up"] and (_in_made_up_example(tokens, first, words) or
                                       _goes_on_with_a_made_up_example(tokens, first, words))):
            fig.category, fig.needs_source = "hypothesis", False
            continue
        if fig.category == "percent" and _whole(fig.value_text) and not (last < len(tokens) and
                                                                        tokens[last].lower in ("des", "de", "d'", "du")):
            fig.category, fig.needs_source = "manner", False  # "efficace à 100 %": a manner of speaking
            continue
        if fig.category == "money" and "entre" in near and near & words["estimated"] and near & words["sale"]:
            fig.category, fig.needs_source = "price", False  # "estimée entre 170.000 et 200.000 euros"
            continue
        for kind in contexts:
            if kind == "place":
                if holds["inhabitants"] and _place_context(tokens, first, last, near, words):
                    fig.category, fig.needs_source = kind, False
                    break
                continue
            if kind == "price" and near & _AVERAGE:
                continue  # "à 1,30 euro le litre en moyenne nationale": a statistic, not a seller's price
            if kind == "price" and near & _MARKET_MOVES and (near & words[kind]) <= _MARKET_PRICE_WORDS:
                continue  # "le prix du lait a chuté à 30 centimes le litre": a market moving, not a seller's price
            if kind == "size" and (near & _RATE_WORDS or fig.value_text.lower().endswith("cubes")):
                continue  # "la crue mesure 140 mètres cubes par seconde": a flow measured, not a size
            if kind == "capability":
                if holds["capability"] and _capable_of(tokens, first, words):
                    fig.category, fig.needs_source = kind, False
                    break
                continue
            if near & words[kind]:
                fig.category, fig.needs_source = kind, False
                break
        if fig.needs_source and fig.category == "count" and n and \
                _yardstick_of_an_area(tokens, first, last, figures[n - 1], token_starts, words):
            fig.category, fig.needs_source = "conversion", False  # "120 000 m2 (17 terrains de football)"
            continue
        if fig.needs_source and fig.category in ("count", "estimate") and n and \
                _whole_of_a_part(tokens, first, last, figures[n - 1]):
            fig.category, fig.needs_source = "whole", False  # "94 des 96 départements"
        if fig.needs_source and fig.category == "count" and n and \
                _part_of_a_known_group(tokens, first, last, figures[n - 1], token_starts):
            fig.category, fig.needs_source = "narrative", False  # "Parmi les 14 conseillers, 9 ont voté"
        if fig.needs_source and fig.category == "count" and n and \
                _part_of_a_make_up(tokens, first, last, figures[n - 1], token_starts):
            fig.category, fig.needs_source = "assembly", False  # "l'assemblée compte 88 élus, dont 7 indépendants"
    _share_list_readings(figures, tokens, token_starts, claimed)
    for fig in figures:
        if not fig.needs_source and id(fig) in claimed:
            fig.described_kind = claimed[id(fig)]


def _comes_into_force(tokens: list[Token], last: int, words: dict[str, frozenset[str]]) -> bool:
    """"une hausse de 3 % du tarif, entrée en vigueur lundi": a figure a few words before a form
    of "entrer en vigueur", in its sentence, is what a rule sets."""
    for k in range(last, window_end(last, _AFTER, len(tokens) - 2)):
        if tokens[k].category == STOP and ends(tokens, k):
            return False
        if tokens[k].lower in words["in_force"] and tokens[k + 1].lower == "en" and tokens[k + 2].lower == "vigueur":
            return True
    return False


def _breakdown_of_a_set_change(tokens: list[Token], first: int, fig: Figure, before: list[Figure],
                               token_starts: list[int], claimed: dict[int, str],
                               words: dict[str, frozenset[str]]) -> bool:
    """"Les tarifs réglementés baissent de 2 %. Pour les petits consommateurs, la baisse est
    de 1 %, mais de 3 % pour …": a change taken up with its article ("la baisse", "cette
    hausse") and given again, as what it is for some, after a change of the same kind that a
    rule sets in an earlier sentence of its paragraph, breaks the rule's change down. "Les
    ventes ont reculé de 2 %. Pour les petits magasins, la baisse est de 1 %" sets nothing."""
    if first < 2 or tokens[first - 1].lower not in ("de", "d'"):
        return False
    start = sentence_start(tokens, first, RULE_REACH)
    if not _takes_up_a_change(tokens, start, first, words):
        return False
    kind = claimed.get(id(fig))
    return any(not earlier.needs_source and earlier.category == "rule" and claimed.get(id(earlier)) == kind and
               bisect_left(token_starts, earlier.span.end) < start for earlier in before)


def _takes_up_a_change(tokens: list[Token], start: int, first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether, between ``start`` and the "de" before the figure, a change named with its
    article is the subject of "être" ("la baisse ne sera que de", "le recul est de"): right
    before the figure, or before the item the figure is joined to ("…, mais de 3 %")."""
    for k in range(start, first - 2):
        if tokens[k].lower not in _TAKING_UP_A_THING or tokens[k + 1].lower not in words["change_nouns"]:
            continue
        verb = k + 2 + (tokens[k + 2].lower in ("ne", "n'"))
        if verb >= first or tokens[verb].lower not in _ETRE:
            continue
        opening = verb + 1 + (tokens[verb + 1].lower in ("que", "qu'"))
        if opening == first - 1 or (tokens[opening].lower in ("de", "d'") and
                                    tokens[first - 2].lower in words["change_joins"]):
            return True
    return False


def _allotted_to_each(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"les lauréats recevront 50.000 euros chacun": the sum each will receive, right between a
    verb of receiving in the future and "chacun", is what a prize or a scheme allots. What each
    got is news ("ils ont reçu 500 euros chacun")."""
    return first >= 1 and tokens[first - 1].lower in words["allotted"] and last < len(tokens) and \
        tokens[last].lower in ("chacun", "chacune")


def _allotment_to_receive(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"le musée recevra une enveloppe de 2 millions d'euros": a sum set aside for a holder (an
    envelope, an endowment), right after a verb of receiving in the future, is what a budget
    grants. What a holder received is news ("le musée a reçu une subvention de 2 millions")."""
    return first >= 4 and tokens[first - 1].lower in ("de", "d'") and tokens[first - 2].lower in words["allotments"] \
        and tokens[first - 3].lower in ("un", "une") and tokens[first - 4].lower in words["allotted"]


def _price_of_a_named_product(tokens: list[Token], first: int) -> bool:
    """"au volant d'une Maserati à 90 000 euros": a sum right after a product named by its
    brand, with an indefinite article, and "à" is its price, as its seller sets it. "Le Brent
    à 60 dollars" is a market's price, given with the definite article."""
    return first >= 3 and tokens[first - 1].lower == "à" and tokens[first - 2].category == "CAP" and \
        tokens[first - 3].lower in ("un", "une")


def _share_capital(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"une société au capital de 10.000 euros": the share capital its statutes set, right
    after "au capital de", describes a company."""
    return first >= 3 and tokens[first - 1].lower in ("de", "d'") and tokens[first - 2].lower in words["share_capital"] \
        and tokens[first - 3].lower == "au"


def _range_opening(tokens: list[Token], first: int) -> int:
    """Where the range a figure closes opens: the word that opens it, or the first token of its
    lower bound ("de 120 à 115 grammes", "entre 3 et 6 degrés"), or the figure's own first token
    when it closes none."""
    if first < 2 or tokens[first - 1].lower not in ("à", "et") or tokens[first - 2].category != "NUM":
        return first
    k = first - 2
    # "1.000 à 2.000": the digits of a bound and the marks that group them, with no space between.
    while k >= 2 and tokens[k - 1].text in (".", ",") and tokens[k - 2].category == "NUM" and \
            tokens[k - 2].end == tokens[k - 1].start and tokens[k - 1].end == tokens[k].start:
        k -= 2
    # "entre 63 et 67 kg", "de 120 à 115": the word that opens the range is the range's.
    opener = {"et": ("entre",), "à": ("de", "d'", "entre")}[tokens[first - 1].lower]
    return k - 1 if k and tokens[k - 1].lower in opener else k


# What a figure described by its context may hand on to the next of a list.
_DESCRIBED = DESCRIBED_CATEGORIES
# How many words may stand between two figures of a list; the words that join its
# items ("contre" gives an item's value before: "un déficit ramené à 2 % contre 2,4 % au
# départ"), and those that end it ("dont" opens a part of the figure before, not an item).
_LIST_GAP = 12
_LIST_JOINS = context_words()["list_joins"]
_LIST_ENDS = {"STOP", "COLON", "AUX", "QUOTE"}


def _share_list_readings(figures: list[Figure], tokens: list[Token], token_starts: list[int],
                         claimed: dict[int, str]) -> None:
    """"accessible à partir de 45 315 £ et de 43 625 £", "limité à 30 euros pour les
    voitures et 200 euros pour les poids lourds": a figure listed after one of the
    same kind and unit that its context describes is described alike."""
    if all(fig.needs_source for fig in figures):
        return  # a reading is handed on from a described figure only
    last_of: dict[tuple[str, str], Figure] = {}
    position = {id(fig): n for n, fig in enumerate(figures)}
    previous: Figure | None = None
    for fig in figures:
        kind = claimed.get(id(fig))
        before, previous = previous, fig
        if kind is None:
            continue
        if before is not None and fig.needs_source and not before.needs_source and before.category in _DESCRIBED and \
                _in_brackets_after(tokens[bisect_left(token_starts, before.span.end):bisect_left(token_starts, fig.span.start)]):
            # "403 km/h (250 mph)", "la jauge est abaissée à 1 000 personnes (contre 5 000
            # auparavant)": the same thing in another unit, or its value before.
            fig.category, fig.needs_source = before.category, False
            continue
        if before is not None and fig.needs_source and kind == "percent" and not before.needs_source and \
                before.category in _DESCRIBED and claimed.get(id(before)) == "money" and _share_of_the_figure_before(
                    tokens[bisect_left(token_starts, before.span.end):bisect_left(token_starts, fig.span.start)]):
            # "une société au capital de 9.000 euros, dont le boulanger apporte 40 %": a share of
            # a sum the figure before describes is described alike.
            fig.category, fig.needs_source = before.category, False
            continue
        if before is not None and fig.needs_source and kind in ("count", "estimate") and not before.needs_source and \
                id(before) in claimed and _whose_figure(
                    tokens[bisect_left(token_starts, before.span.end):bisect_left(token_starts, fig.span.start)]):
            # "les 80 casernes de la Brigade, dont les 9.000 pompiers protègent…": the people or
            # things of what the count before describes are described alike.
            fig.category, fig.needs_source = before.category, False
            continue
        key = (kind, _unit(fig) if kind == "measure" else "")
        before = last_of.get(key)
        last_of[key] = fig
        if before is None or not fig.needs_source or before.needs_source or before.category not in _DESCRIBED:
            continue
        gap = tokens[bisect_left(token_starts, before.span.end):bisect_left(token_starts, fig.span.start)]
        if _few_words_between(gap, figures[position[id(before)] + 1:position[id(fig)]], token_starts) and \
                any((t.lower in _LIST_JOINS and _joins_alike(t.lower, before, fig)) or _opens_the_list(gap, k)
                    for k, t in enumerate(gap)) and \
                not any((t.category in _LIST_ENDS and (t.category != "STOP" or ends(gap, k)) and
                         not _opens_the_list(gap, k)) or
                        (t.lower == "dont" and not _part_of_a_set_sum(before, kind)) for k, t in enumerate(gap)):
            fig.category, fig.needs_source = before.category, False


# How many words may stand between "dont" and the share it opens: a subject and its verb.
_SHARE_OF_REACH = 4


def _share_of_the_figure_before(gap: list[Token]) -> bool:
    """Whether the words between two figures open a part of the first with "dont" and
    reach the second, a share, within a clause: ", dont le boulanger apporte 40 %". Read after a
    described sum only: a share of a sum found is a finding ("2 millions de dégâts, dont 30 % …")."""
    return 2 <= len(gap) <= _SHARE_OF_REACH + 2 and gap[0].category == "COMMA" and gap[1].lower == "dont" and \
        not any(t.category in _LIST_ENDS or t.category in ("COMMA", "CONJ") for t in gap[2:])


# How many words may name what a count describes before the "dont" of its own people or things
# ("les 80 casernes de la Brigade, dont les …").
_WHOSE_REACH = 5
# The determiners after "dont" that make it "whose": the people or things of what was named.
_WHOSE = ("les", "ses", "leurs")


def _whose_figure(gap: list[Token]) -> bool:
    """Whether the words between two figures end on ", dont les" ("whose"), within a few words
    of the first in its sentence: the second counts what the first one's thing holds. "300 morts,
    dont 40 enfants" gives a part, with no determiner."""
    return 3 <= len(gap) <= _WHOSE_REACH + 3 and gap[-3].category == "COMMA" and gap[-2].lower == "dont" and \
        gap[-1].lower in _WHOSE and not any(t.category in _LIST_ENDS or t.lower == "dont" for t in gap[:-2])


def _joins_alike(join: str, before: Figure, fig: Figure) -> bool:
    """Whether ``join`` joins ``fig`` to the figure before it as an item of its list: "contre"
    only joins a value of the same thing, bare or in the same unit or noun ("un déficit de 2 %,
    contre 3 %"); "une commune de 800 habitants contre 2 000 touristes" sets two things apart."""
    return join != "contre" or _unit(fig) in ("", _unit(before))


def _opens_the_list(gap: list[Token], k: int) -> bool:
    """Whether the token at ``k`` is a colon right before the figure, after the figure it
    breaks down: "3 milliards d'euros en trois ans : 500 millions en 2024, 1 milliard en
    2025" lists the parts of the sum, in its kind and unit."""
    return k == len(gap) - 1 and gap[k].category == "COLON"


def _part_of_a_set_sum(before: Figure, kind: str) -> bool:
    """"un arbitrage a accordé 200 millions d'euros, dont 40 millions de préjudice moral":
    a part of a sum a rule or a ruling sets is set by it too ("dont" otherwise opens a part
    that is a finding: "les inondations ont fait 300 morts, dont 40 enfants")."""
    return before.category in ("rule", "plan") and kind == "money"


def _few_words_between(gap: list[Token], figures_between: list[Figure], token_starts: list[int]) -> bool:
    """Whether no more than :data:`_LIST_GAP` words stand between two figures, a figure between
    them counting as one ("30 euros pour les véhicules de moins de 3,5 tonnes, et 200 euros")."""
    if not figures_between:
        return len(gap) <= _LIST_GAP
    # The figures between cover no more tokens than they hold: when the words left would still be
    # too many, the tokens of the gap are not matched to them one by one.
    held = sum(bisect_left(token_starts, f.span.end) - bisect_left(token_starts, f.span.start)
               for f in figures_between)
    if len(gap) - held + len(figures_between) > _LIST_GAP:
        return False
    covered = sum(1 for t in gap if any(f.span.start <= t.start < f.span.end for f in figures_between))
    return len(gap) - covered + len(figures_between) <= _LIST_GAP


# What may open the brackets of another value of the figure before them.
_BRACKET_WORDS = context_words()["bracket_words"]


def _in_brackets_after(gap: list[Token]) -> bool:
    return bool(gap) and gap[0].lower == "(" and all(t.lower in _BRACKET_WORDS for t in gap)


def _unit(fig: Figure) -> str:
    parts = fig.value_text.split()
    return parts[-1].lower() if len(parts) > 1 else ""


_AVERAGE = context_words()["average"]
_MARKET_MOVES = context_words()["market_moves"]
_MARKET_PRICE_WORDS = context_words()["market_price_words"]
_RATE_WORDS = context_words()["flow_words"]
# Figures that, in an article describing a product, describe it too.
_PRODUCT_FIGURES = {"measure"}


_SP = r"[ \u00a0\u202f]+"
# A range's first bound: "(350 000 à 450 000 $)".
_RANGE_BEFORE = regex.compile(rf"\d[\d \u00a0\u202f.,]*{_SP}(?:{function_word_alternation('range_joins')}){_SP}$")


@lru_cache(maxsize=1)
def _auction_patterns() -> tuple[PhraseSearch, regex.Pattern[str], regex.Pattern[str]]:
    """The lexicon's auction words as patterns: the article's, an estimate's, a hammer price's."""
    data = read_word_lists("lexicon/figures.toml")
    alternation = lambda key: phrase_alternation(data[key])  # noqa: E731

    article = PhraseSearch(data["auctions"])
    estimate = regex.compile(rf"(?<![\p{{L}}])(?:{alternation('auction_estimates')})(?:{_SP}[\p{{L}}'’]+){{0,4}}{_SP}entre{_SP}$",
                             regex.I)
    hammer = regex.compile(rf"(?<![\p{{L}}])(?:{alternation('hammer_prices')})"
                           rf"(?:{_SP}(?:{function_word_alternation('price_prepositions')}))?"
                           rf"(?:{_SP}(?:près{_SP}de|plus{_SP}de|quelque))?{_SP}$", regex.I)
    return article, estimate, hammer


# A sale's catalogue, or a model's limited run, counts fewer than this; more is a statistic
# ("380 millions d'exemplaires vendus").
_SALE_ITEMS_MAX = 1_000


# The credit of an embedded video, glued to its title and to the text after it once the page's
# line breaks were lost: "… les digues ont cédé sous la houlepar ActuMonde (en français)Les secours …",
# "… un café à 5 euros? Notre chaîne vous répondpar InfoTVDepuis mardi …". "par" with no space
# before it, then a name, then the capital of the next sentence with no space, or the end of the line.
_VIDEO_CREDIT = regex.compile(r"(?<=[\p{Ll}?!)])par[ \u00a0][\p{L}\d]{1,24}?(?:[ \u00a0]\(en[ \u00a0]\p{Ll}++\))?"
                              r"(?=\p{Lu}\p{Ll}|\n|$)")
# Where the title before such a credit opens: after the last full stop or line break. A question
# mark stays in the title ("Un café à 5 euros ? Notre chaîne vous répond …").
_TITLE_OPENING = regex.compile(r"[.!…][ \u00a0]+|\n")
# How far before its credit a video's title is read for where it opens, in characters.
_TITLE_REACH = 200


def mark_video_titles(figures: list[Figure], prose: str) -> None:
    """The figures in the title of an embedded video, glued to its credit (:data:`_VIDEO_CREDIT`),
    are the title's words, not claims of the article ("30 digues ont cédé sous la houlepar
    ActuMonde"); the sentence before the title is the article's own."""
    if not any(fig.needs_source for fig in figures) or "par" not in prose:
        return
    for credit in _VIDEO_CREDIT.finditer(prose):
        opening = max((m.end() for m in _TITLE_OPENING.finditer(prose, window_start(credit.start(), _TITLE_REACH),
                                                               credit.start())), default=-1)
        if opening < 0:
            continue
        for fig in figures:
            if fig.needs_source and opening <= fig.span.start < credit.start():
                fig.category, fig.needs_source = "title", False


def mark_sale_descriptions(figures: list[Figure], prose: str) -> None:
    """In an article about an auction, its estimates, price ranges and hammer prices are
    the sale's ("estimée entre 2 et 3 millions de dollars", "(350 000 à 450 000 $)",
    "est partie à 72 800 euros"), and so are the counts of what it offers ("126 lots",
    "pas moins de 125 véhicules", "9 exemplaires produits")."""
    items = context_words()["sale_items"]
    offered = [fig for fig in figures if fig.needs_source and
               (fig.category == "money" or (fig.category in ("count", "estimate") and _counts_sale_items(fig, items)))]
    if not offered:
        return
    auction, estimate, hammer = _auction_patterns()
    if not auction.search(prose):
        return
    for fig in offered:
        if fig.category != "money":
            fig.category, fig.needs_source = "sale", False
            continue
        before = prose[window_start(fig.span.start, 60):fig.span.start]
        if _RANGE_BEFORE.search(before) or estimate.search(before) or hammer.search(before):
            fig.category, fig.needs_source = "price", False


def _counts_sale_items(fig: Figure, items: frozenset[str]) -> bool:
    words = fig.value_text.split()
    if not words or words[-1].lower() not in items:
        return False
    number = amount_of(fig.value_text)
    return number is not None and number < _SALE_ITEMS_MAX


def mark_product_descriptions(figures: list[Figure], prose: str) -> None:
    """In an article that gives a product's specification ("483 ch", "un capteur de 12
    Mégapixels") or names its engine as its maker does ("le V6 biturbo"), its other
    measures (weight, speed, range) describe the product as well, and so do the counts
    of what it is made of or comes with ("4 places", "150 exemplaires"), and its prices under ten million,
    set by its maker ("109 182,50 €")."""
    parts = context_words()["product_counts"]
    # What a product's article would describe; the text is searched for a product only when
    # there is some (most articles have none of these figures to give).
    described = [fig for fig in figures if fig.needs_source and (
        fig.category in _PRODUCT_FIGURES or fig.category in ("money", "percent", "rate") or
        (fig.category == "count" and fig.value_text.split()[-1].lower() in parts))]
    if not described:
        return
    if any(fig.category == "specification" for fig in figures) or any(p.search(prose) for p in _product_marks()):
        for fig in described:
            if fig.category in _PRODUCT_FIGURES or fig.category == "count":
                fig.category, fig.needs_source = "specification", False
            elif fig.category == "money" and not _LARGE_SUM.search(fig.value_text):
                fig.category, fig.needs_source = "price", False
            elif fig.category in ("percent", "rate") and _compares_a_quality(fig, prose):
                fig.category, fig.needs_source = "specification", False


# How far from a share its comparative is read, in characters.
_COMPARED_REACH = 60


def _compares_a_quality(fig: Figure, prose: str) -> bool:
    """"une plateforme 50 % plus légère", "deux fois plus puissant", "plus rigides (de 26 % à
    l'avant et de 19 % à l'arrière)", "une surface agrandie de 70 %": a share that compares
    one of a product's qualities (the lexicon's ``product_qualities``)."""
    after, bare_after, before = _quality_patterns()
    if fig.value_text.lower().endswith((" plus", " moins")):  # "deux fois plus", then its adjective
        return bare_after.match(prose, fig.span.end, fig.span.end + _COMPARED_REACH) is not None
    return after.match(prose, fig.span.end, fig.span.end + _COMPARED_REACH) is not None or \
        before.search(prose[window_start(fig.span.start, _COMPARED_REACH):fig.span.start]) is not None


@lru_cache(maxsize=1)
def _quality_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The lexicon's qualities of a product, after a share with "plus" or "moins", right after a
    comparative that holds them, and before a share with "de" (and the share listed before it)."""
    qualities = "|".join(regex.escape(w) for w in longest_first(context_words()["product_qualities"]))
    quality = rf"(?:{qualities})(?![\p{{L}}])"
    after = regex.compile(rf"{_SP}(?:{function_word_alternation('more_and_less')}){_SP}{quality}", regex.I)
    bare_after = regex.compile(rf"{_SP}{quality}", regex.I)
    de, and_or = (function_word_alternation(key) for key in ("de", "and_or"))
    before = regex.compile(rf"(?<![\p{{L}}]){quality}[ \u00a0\u202f]*\(?[ \u00a0\u202f]*(?:{de})[ \u00a0\u202f]*"
                           rf"(?:\d[\d \u00a0\u202f,.]*%[^.()%]{{0,25}}?{_SP}(?:{and_or}){_SP}(?:{de})[ \u00a0\u202f]*)?$",
                           regex.I)
    return after, bare_after, before


@lru_cache(maxsize=1)
def _product_marks() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """What names a product's build in a text, wherever it stands: the lexicon's engine
    layouts ("v 12": a letter and a number) as a maker writes them ("V12", "W16", with no
    space or a thin one between), and a number with a unit of a specification ("12
    Mégapixels": a number a figure may not read, before a capital). Two patterns, each
    starting with a class of characters, and the layouts' letters in both cases rather than
    with a flag: the text is scanned far faster."""
    codes = [entry.split() for entry in sorted(context_words()["specification"]) if regex.fullmatch(r"\p{L} \d+", entry)]
    alternation = "|".join(rf"{_either_case(letter)}[\u00a0\u202f]?{number}" for letter, number in codes)
    units = "|".join(regex.escape(w) for w in longest_first(context_words()["spec_units"]))
    return (regex.compile(rf"(?<![\p{{L}}\d])(?:{alternation})(?![\p{{L}}\d])"),
            regex.compile(rf"\d[ \u00a0\u202f]*(?:{units})(?![\p{{L}}])", regex.I))


def _either_case(letter: str) -> str:
    """A letter in either case, as the flag for case would read it: a class of its two cases
    for the ASCII letters no other character folds to ("k" has the kelvin sign, "s" the long s)."""
    if letter.isascii() and letter.isalpha() and letter.lower() not in "ks":
        return f"[{letter.lower()}{letter.upper()}]"
    return f"(?i:{regex.escape(letter)})"


# A sum of ten million or more: a maker's turnover or an investment, not a product's price.
_LARGE_SUM = regex.compile(r"milliards?|(?<![\p{L}])Mds?(?![\p{L}])|Md€|(?<![\d.,])(?:[1-9]\d|\d{3,})(?:[.,]\d+)?[\s\u00a0\u202f]*(?:millions?|M€|M(?![\p{L}]))", regex.I)


# What "cela" or "ce qui" says a figure worked out from what was just said comes to: "cela
# représente 2300 messages", "cela représentera une flotte de 1 450 vélos".
_COMES_TO = context_words()["comes_to"]
_COMES_TO_SUBJECTS = context_words()["comes_to_subjects"]


def _derived(tokens: list[Token], first: int, lowers: list[str]) -> bool:
    """Whether a figure is worked out from what was said before it ("soit 30 %", "cela représente
    2300 messages"); ``lowers`` are the tokens' words in lower case."""
    before = lowers[window_start(first, 3):first]
    if not context_words()["derivations"].isdisjoint(before):
        return True
    # "cela représente 2300 messages", "ce qui représente 4 %": worked out from what was just said.
    if not _COMES_TO.isdisjoint(before) and \
            any(word in _COMES_TO and k and before[k - 1] in _COMES_TO_SUBJECTS for k, word in enumerate(before)):
        return True
    # "cela représentera une flotte de 1 450 vélos": the same, named by a noun.
    return first >= 5 and tokens[first - 1].lower in ("de", "d'") and tokens[first - 2].category == "WORD" and \
        tokens[first - 3].lower in _INDEFINITE and tokens[first - 4].lower in _COMES_TO and \
        tokens[first - 5].lower in _COMES_TO_SUBJECTS


def _result_of_a_change(tokens: list[Token], first: int, fig: Figure, before: list[Figure],
                        words: dict[str, frozenset[str]]) -> bool:
    """"la cotisation de 120 euros baisserait de 20 euros pour passer à 100 euros": the value a change
    leads to, right after a verb of reaching and "à", is worked out from the two figures before it
    in its sentence when it is their sum or their difference. A total after a change alone
    ("348 décès, portant le bilan à 27.000 morts") is a finding."""
    if first < 2 or tokens[first - 1].lower != "à" or tokens[first - 2].lower not in words["change_results"] or \
            len(before) < 2 or before[-2].span.start < tokens[sentence_start(tokens, first, RULE_REACH)].start:
        return False
    was, change, result = (amount_of(f.value_text) for f in (before[-2], before[-1], fig))
    if was is None or change is None or result is None or not change:
        return False
    return sum_or_difference(result, was, change)


# How many words may stand between a reference quantity and the verb of its value ("100 mètres
# carrés de « gazon fin » pèse"), and between that verb and the figure of the value.
_REFERENCE_REACH = 8
_VALUE_REACH = 4
# What opens the clause a reference quantity is the subject of.
_CLAUSE_OPENINGS = _FUNCTION_WORDS["clause_openings"]
_INDEFINITE = _FUNCTION_WORDS["one"]


def _reference_of_a_value(tokens: list[Token], first: int, last: int, following: list[Figure],
                          token_starts: list[int], words: dict[str, frozenset[str]]) -> bool:
    """"100 grammes de riz pèsent 350 calories", "un salaire de 1.000 dinars vaut 300 euros": the
    quantity a value is given for, in the subject of a verb of value with another figure after
    it, is a reference, not a finding ("Cette récolte de 300 tonnes vaut 2 millions d'euros"
    names a harvest, and its weight is a claim)."""
    if not following or not _opens_a_reference(tokens, first):
        return False
    for i in range(last, window_end(last, _REFERENCE_REACH, len(tokens))):
        if tokens[i].category in ("COMMA", "STOP", "COLON", "PAREN", "DASH") or tokens[i].lower in ("qui", "que", "qu'"):
            return False
        if tokens[i].lower in words["value_verbs"]:
            nxt = bisect_left(token_starts, following[0].span.start)
            return i < nxt <= i + _VALUE_REACH
    return False


def _quantity_priced(tokens: list[Token], first: int, last: int, following: list[Figure],
                     token_starts: list[int]) -> bool:
    """"le plein coûtait : pour 40 litres, 60 euros": the quantity after "pour" that the sum right
    after it is the price of is that price's reference, not a finding. "Il a payé 60 euros pour
    40 litres" gives the quantity after its price, and it is a claim."""
    if first < 1 or tokens[first - 1].lower != "pour" or not following or following[0].category != "money":
        return False
    at = last + 1 if last < len(tokens) and tokens[last].category == "COMMA" else last
    return at < len(tokens) and token_starts[at] == following[0].span.start


def _opens_a_reference(tokens: list[Token], first: int) -> bool:
    """Whether a figure opens its clause, bare ("car 100 mètres carrés …") or as the amount of an
    indefinite noun ("Un salaire d'un million de livres …")."""
    k = first
    if k >= 3 and tokens[k - 1].lower in ("de", "d'") and tokens[k - 2].category == "WORD" and \
            tokens[k - 3].lower in _INDEFINITE:
        k -= 3
    return k == 0 or ends(tokens, k - 1) or tokens[k - 1].category == "COMMA" or tokens[k - 1].lower in _CLAUSE_OPENINGS


def _measure_unit(value_text: str, words: dict[str, frozenset[str]]) -> str:
    """The unit of a measure in lower case; of an area written in words, its length ("122
    mètres carrés": "mètres", as "m²" is read)."""
    parts = value_text.lower().split()
    if len(parts) > 2 and parts[-1] in words["squared"]:
        return parts[-2]
    return unit_of(value_text).lower()


def _dimension(tokens: list[Token], first: int, last: int, value_text: str) -> bool:
    """A length or an area that gives the size of a place or a thing: "une zone de
    250 km", "les 5.500 hectares du parc", "2.000 mètres de profondeur", "longue de 20 km",
    "un studio de 35 mètres carrés"."""
    words = context_words()
    unit = _measure_unit(value_text, words)
    before = tokens[first - 1].lower if first > 0 else ""
    after = [t.lower for t in tokens[last:last + 2]]
    if unit in words["object_units"] and len(value_text.split()) > 1:
        # "une fusée de 500 tonnes": the size of the thing named just before
        return before in ("de", "d'") and first > 1 and tokens[first - 2].category == "WORD" and \
            tokens[first - 2].lower not in _PRONOUNS and not _changes_a_rating(tokens, first, last, words) and \
            (after[:1] not in (["de"], ["d'"], ["du"], ["des"], ["par"]) or
             (after[0] in ("de", "d'") and len(after) > 1 and after[1] in words["object_quantities"]))
    if not unit.startswith(tuple(words["lengths"])) and not any(u in value_text.lower() for u in ("km", "m²", "m2")):
        return False
    if any(t.lower in words["dimensions"] for t in tokens[window_start(first, 3):first]) or \
            (after[:1] in (["de"], ["d'"]) and len(after) > 1 and after[1] in words["dimensions"]):
        return True  # "longue de 20 km", "2.000 mètres de profondeur": a size, named
    if _measures_a_change(tokens, first, last, words):
        return False
    if before in ("de", "d'", "sur"):
        return True
    return before in ("les", "ses", "leurs") and after[:1] != [] and after[0] in ("de", "du", "des", "d'")


def _changes_a_rating(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the power or energy of a thing, after "de", measures a change ("une hausse de
    500 MW", "a encore baissé de 500 MW", "500 MW par an"). A participle after "à" or "de" and
    a noun qualifies that noun, and the words before it measure nothing: "un réacteur à eau
    pressurisée de 150 mégawatts" rates the reactor ("la production de la centrale diminuée de
    300 MW" changed)."""
    qualifier = first > 3 and tokens[first - 2].lower.endswith(("é", "ée", "és", "ées")) and \
        tokens[first - 3].category == "WORD" and tokens[first - 4].category in ("PREP_A", "DE")
    if qualifier:
        return last < len(tokens) and tokens[last].lower == "par"
    return _measures_a_change(tokens, first, last, words)


# What may follow the area of a landmark in apposition: what it is made of, or the end of the apposition.
_AFTER_APPOSITION = context_words()["after_apposition"]


def _size_of_a_named_landmark(tokens: list[Token], first: int, last: int, value_text: str,
                              words: dict[str, frozenset[str]]) -> bool:
    """"la forêt de Vernières, 300 hectares de chênes", "le lac Marin, 40 km²": an area in
    apposition right after the name of a landmark gives the place as context (SPEC §2.2). A
    clause that opens on the area says what happened to it ("La forêt de Vernières, 300 hectares
    ont brûlé")."""
    unit = unit_of(value_text).lower()
    if unit not in words["areas"] or first < 3 or tokens[first - 1].category != "COMMA" or \
            tokens[first - 2].category != "CAP":
        return False
    if last < len(tokens) and tokens[last].lower not in _AFTER_APPOSITION and not ends(tokens, last):
        return False
    k = first - 3
    if tokens[k].lower in ("de", "d'", "du") and k:
        k -= 1
    return tokens[k].lower in words["landmarks"]


# "celle de 23 tonnes": a pronoun stands for a noun the figure does not describe.
_PRONOUNS = _FUNCTION_WORDS["demonstrative_pronouns"]
# How many words before a length are read for what it measures.
_MEASURED_REACH = 4


def _distance_described(tokens: list[Token], first: int, last: int, value_text: str,
                        words: dict[str, frozenset[str]]) -> bool:
    """A length or a distance that says where a thing is or how big it is: "à 110 km de
    là", "un prisme de 3,7 m". One that measures what happened claims: a rate ("70 km
    par an"), the length of something ("19 kilomètres de bouchons"), a change or a
    level ("a reculé de 100 m", "la Seine a atteint 6 mètres")."""
    unit = unit_of(value_text)
    if unit not in words["distance_units"] and (len(unit) < 3 or unit.lower() not in words["distance_units"]):
        return False  # "8 M" is eight million
    after = [t.lower for t in tokens[last:last + 2]]
    if after[:1] in (["de"], ["d'"]) and len(after) > 1 and after[1] not in words["dimensions"] and \
            after[1] not in ("là", "ici") and tokens[last + 1].category != "CAP":
        # "19 kilomètres de bouchons": the length of something that happened; "à 40 km de là",
        # "à 30 km de Lyon" place a thing
        return False
    return not _measures_a_change(tokens, first, last, words)


def _measures_a_change(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether a length measures a change, a rate or a level: "a reculé de 100 m",
    "progresse de 70 km par an", "la Seine a atteint 6 mètres"."""
    if last < len(tokens) and tokens[last].lower == "par" and \
            (last + 1 >= len(tokens) or tokens[last + 1].lower != "rapport"):
        return True  # "70 km par an"; "100 m par rapport au lieu" compares, and is no rate
    before = tokens[window_start(first, _MEASURED_REACH):first]
    if any(t.lower in words["measured_lengths"] for t in before):
        return True
    # "a reculé de 100 m": a participle, then "de", says by how much something changed. "Du
    # contre-plaqué de 9 mm" is a material, and "une marge de sécurité de 2 m" a noun after "de".
    return len(before) >= 2 and before[-1].lower in ("de", "d'") and before[-2].lower.endswith(("é", "ée", "és", "ées")) \
        and "-" not in before[-2].lower and not _after_an_article(before, len(before) - 2)


def _after_an_article(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` follows "de" or an article: a noun ("une marge de sécurité",
    "la qualité"), not a participle ("a reculé")."""
    return k > 0 and tokens[k - 1].category in _ARTICLES


def _whole(value_text: str) -> bool:
    return value_text.replace("\u202f", " ").replace("\u00a0", " ").split(" ")[0].rstrip("%").strip() == "100"


def _place_context(tokens: list[Token], first: int, last: int, near: set[str],
                   words: dict[str, frozenset[str]]) -> bool:
    """"une commune de 800 habitants", "le comté (90.000 habitants)", "l'Ile-de-France et
    ses 12 millions d'habitants", "la Chine, qui compte 1,4 milliard d'habitants", "sur une
    population totale de 40 millions", "les 10.000 habitants de l'île": the inhabitants of a
    place given to describe it. "désormais" before the figure makes it news ("la ville a
    désormais deux millions d'habitants"); after it, the word is about what they do ("avec
    1,3 milliard d'habitants, a dépassé le Brésil")."""
    if not _words_before(tokens, first).isdisjoint(_NEWS):
        return False
    if _population_of(tokens, first):
        return True
    if tokens[last - 1].lower not in words["inhabitants"]:
        return False
    return (first > 0 and tokens[first - 1].lower in _BEFORE_INHABITANTS) or bool(near & words["place"])


# How far a season may stand from a temperature in its sentence: "des nuits qui restent
# proches de 30 degrés tout au long de l'été".
_SEASON_REACH = 12


def _climate(tokens: list[Token], first: int, last: int, value_text: str,
             words: dict[str, frozenset[str]]) -> bool:
    """"des nuits à 35 degrés en été", "l'hiver, il y fait -20 °C": a temperature given for a
    season in general describes the climate of a place (SPEC §2.2: a place as context). "Cet été,
    le thermomètre a atteint 41 degrés", "l'été dernier" and "en été 2019" name one season: news."""
    if unit_of(value_text).lower() not in words["temperature_units"]:
        return False
    lo = max(1, sentence_start(tokens, first, _SEASON_REACH))
    hi = sentence_end(tokens, last, _SEASON_REACH)
    return any(tokens[k].lower in words["seasons"] and tokens[k - 1].lower in words["any_season"] and
               not _names_one_season(tokens, k + 1, words) for k in range(lo, hi))


def _names_one_season(tokens: list[Token], after: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the token after a season names one: a year ("en été 2019"), "dernier", "prochain"."""
    return after < len(tokens) and (tokens[after].category == "NUM" or tokens[after].lower in words["one_season"])


# Words that make a population news, before it: it changed ("désormais", "a dépassé").
# "aujourd'hui" only dates it as the present one ("la ville compte aujourd'hui 46.000 habitants").
_NEWS = context_words()["news"]
# What stands right before the inhabitants of a place: "une commune de", "(", "ses", and the
# definite article of all of them ("les 10.000 habitants de l'île", "aux 700.000 habitants").
_BEFORE_INHABITANTS = context_words()["before_inhabitants"]


def _words_before(tokens: list[Token], first: int) -> set[str]:
    """The words of the figure's sentence in the few before it."""
    found = set()
    for i in range(first - 1, window_start(first - 1, WORDS_BEFORE, -1), -1):
        if tokens[i].category == STOP and ends(tokens, i):
            break
        found.add(tokens[i].lower)
    return found


def _share_of_a_landmark(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"de la moitié du lac", "du tiers de la forêt": a share of a landmark, the complement of
    a preposition, gives geography as context (SPEC §2.2); "la moitié du lac a gelé", its
    subject, or "près de la moitié", an estimate, state what happened."""
    if first < 1 or last >= len(tokens) or tokens[last].lower not in words["landmarks"]:
        return False
    if tokens[first - 1].lower not in ("de", "d'"):
        return False
    return not (first >= 2 and tokens[first - 2].lower in ("près", "plus", "moins", "environ", "autour"))


# The words that close a share of a place's population in brackets: "(18 % de la population)".
_POPULATION_SHARE = ("de", "la", "population", ")")


def _population_share_in_brackets(tokens: list[Token], first: int, last: int) -> bool:
    """"la région Nord (18 % de la population)": a place's share of the population, alone in
    brackets right after its name, gives the place's weight as context (SPEC §2.2). A share in
    brackets after a common noun is a finding ("les vaccinés (18 % de la population)")."""
    return first >= 2 and tokens[first - 1].text == "(" and tokens[first - 2].category == "CAP" and \
        tuple(t.lower for t in tokens[last:last + len(_POPULATION_SHARE)]) == _POPULATION_SHARE


def _rate_of_a_levy(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"une cotisation (1,5 % de la masse salariale)": a share of what a levy is assessed on,
    alone in brackets right after the levy, is its rate, set by the law that creates it (SPEC
    §2.2, regulations). "une hausse des impôts (5 %)" gives a change: no base named."""
    if first < 2 or tokens[first - 1].text != "(" or tokens[first - 2].lower not in words["levies"]:
        return False
    k = last
    if k < len(tokens) and tokens[k].lower in ("de", "d'", "du", "des"):
        k += 1
    if k < len(tokens) and tokens[k].category == "DET":
        k += 1
    return k < len(tokens) and tokens[k].lower in words["levy_bases"]


# What may stand between a capped share and its capacity; the auxiliaries of the past, which tell
# how full a place was rather than the cap it works under.
_CAP_WORDS = context_words()["before_a_capacity"]
_PAST = _FUNCTION_WORDS["past_auxiliaries"]


def _capped_share_of_a_capacity(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"les piscines ne peuvent ouvrir qu'à la moitié de leur capacité": a share of a capacity, right
    after the "qu'" of a restriction ("ne … qu'à", "ne … que") in the present or the future, is a
    cap, as a rule sets it. How full a place is or was is news ("à 120 % de leur capacité", "n'était
    rempli qu'à 30 % de sa capacité")."""
    k = first - 1
    while k >= 0 and tokens[k].lower == "à":
        k -= 1
    neg = next((i for i in range(k - 1, window_start(k - 1, WORDS_BEFORE, -1), -1) if tokens[i].category == "NEG"), -1)
    if k < 0 or tokens[k].category != "QUE" or neg < 0 or \
            any(t.lower in _PAST or t.lower.endswith(("ait", "aient")) for t in tokens[neg:k]):
        return False  # "le stade n'était rempli qu'à 30 % de sa capacité": how full it was, news
    after = last
    while after < len(tokens) and after - last < 3 and tokens[after].lower in _CAP_WORDS:
        after += 1
    return after < len(tokens) and tokens[after].lower in words["capacities"]


def _restricted_to(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"le concours n'est ouvert qu'à 240 candidats", "une salle réservée qu'aux 40 abonnés": those a
    thing is open or reserved to, right after the "qu'à" of a restriction ("ne … qu'à") in the
    present or the future, are whom a rule admits. Whom a place was open to is news ("le musée
    n'a été ouvert qu'à 200 visiteurs")."""
    k = first - 1
    if k < 2 or tokens[k].lower not in ("à", "aux") or tokens[k - 1].category != "QUE" or \
            tokens[k - 2].lower not in words["restricted_to"]:
        return False
    neg = next((i for i in range(k - 3, window_start(k - 3, WORDS_BEFORE, -1), -1) if tokens[i].category == "NEG"), -1)
    return neg >= 0 and not any(t.lower in _PAST or t.lower.endswith(("ait", "aient")) for t in tokens[neg:k])


def _capable_of(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"capable de couvrir 10 km²", "rechargeable à 80 %": what a thing can do, said before its
    measure and opening its complement ("10 000 hybrides rechargeables" describes something else)."""
    for k in range(first - 1, window_start(first - 1, WORDS_BEFORE, -1), -1):
        if tokens[k].category == STOP and ends(tokens, k):
            return False
        if tokens[k].lower in words["capability"] and k + 1 < first and tokens[k + 1].lower in ("à", "de", "d'"):
            return True
    return False


# The noun of a population's size (the gate of _needed_words reads it too).
_POPULATION = "population"


def _population_of(tokens: list[Token], first: int) -> bool:
    """"une population (totale) de 40 millions": the figure is the size of a population."""
    k = first - 1
    if k < 1 or tokens[k].lower not in ("de", "d'"):
        return False
    k -= 1
    if tokens[k].lower in ("totale", "globale", "estimée") and k:
        k -= 1
    return tokens[k].lower == _POPULATION


# How many words may name the things a bound defines: "les véhicules légers de moins de 3,5 tonnes".
_CLASS_WORDS = 3


def _class_bound(tokens: list[Token], first: int, value_text: str) -> bool:
    """"les véhicules de moins de 3,5 tonnes", "les rassemblements de plus de 10 personnes":
    a bound that defines a class of things, as a rule does, rather than counting them.
    "des représentants de plus de 150 pays" counts them."""
    if not value_text.lower().startswith(("moins", "plus")) or first < 3 or tokens[first - 1].lower not in ("de", "d'"):
        return False
    for k in range(first - 2, window_start(first - 2, _CLASS_WORDS, -1), -1):
        if tokens[k].lower == "les":
            return k < first - 2
        if tokens[k].category != "WORD":
            return False
    return False


def _threshold(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"les foyers dont le revenu est supérieur à 250.000 euros", "des revenus ne dépassant
    pas 1.800 euros": a bound right after a word of comparison ("supérieur à",
    "dépassant", "ne dépassant pas") defines those a rule is about, as a class bound does."""
    k = first - 1
    if k >= 1 and tokens[k].lower in ("à", "pas"):
        k -= 1
    return k >= 0 and tokens[k].lower in words["thresholds"]


# How many words may stand before the share a sentence opens with ("Et près de 30 %"), and
# between that share and the bound of the verb it is the subject of.
_SHARE_OPENING = 2
_SHARE_CLAUSE_REACH = 12


def _bound_of_a_shares_group(tokens: list[Token], first: int, value_text: str, before: Figure,
                             token_starts: list[int]) -> bool:
    """"30 % des salariés gagnent plus de 2.000 euros", "95 % des communes comptent moins de
    30 élus": a bound right after the verb whose subject is the share a sentence opens with
    names the group the share counts; the share is the finding. Another clause ("40 % des
    maisons sont détruites et plus de 300 familles …") counts something of its own."""
    if not value_text.lower().startswith(("moins", "plus")) or before.category != "percent":
        return False
    share = bisect_left(token_starts, before.span.start)
    share_end = bisect_left(token_starts, before.span.end)
    start = sentence_start(tokens, share, RULE_REACH)
    if share - start > _SHARE_OPENING or first - share_end > _SHARE_CLAUSE_REACH or \
            share_end >= first or tokens[share_end].lower not in ("des", "de", "d'", "du") or \
            sentence_start(tokens, first, RULE_REACH) != start:
        return False
    if any(t.category in ("CONJ", "STOP", "COLON") or t.text == ";" for t in tokens[share_end:first]):
        return False
    # The verb right before the bound, or before its "à" ("émargent à plus de"): a word in
    # lower case that follows no article or "de" (a noun would: "des hausses de plus de").
    verb = first - 1 - (tokens[first - 1].lower == "à")
    return verb > share_end and tokens[verb].category == "WORD" and tokens[verb].text.islower() and \
        tokens[verb - 1].category not in _ARTICLES


# How many words may stand between a share and the superlative that defines it.
_GROUP_REACH = 4


def _quantile_group(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"les 10 % les plus riches", "les 25 % des ménages les mieux nantis", "les 30 départements
    les plus touchés": a share or a count that names a group by its rank defines it, as a top
    list does; what the group holds or does is the finding. A superlative adjective right after
    the number names the rank alike: "les salaires des 25 meilleures années"."""
    if first == 0 or tokens[first - 1].lower not in ("les", "des", "aux"):
        return False
    if first + 1 < len(tokens) and tokens[first].category == "NUM" and tokens[first + 1].lower in words["ranks"]:
        return True
    after = tokens[last:last + _GROUP_REACH + 2]
    return any(a.lower in ("les", "la", "le") and b.lower in ("plus", "moins", "mieux")
               for a, b in zip(after, after[1:]))


def _yardstick_of_an_area(tokens: list[Token], first: int, last: int, before: Figure, token_starts: list[int],
                          words: dict[str, frozenset[str]]) -> bool:
    """"Les 120 000 m2 du parc (17 terrains de football !)": a count of the lexicon's
    yardsticks of an area, after an area given before it in its sentence (the figure
    ``before``), renders that area for the reader; it is no finding of its own. The yardstick
    alone is the size's only figure, and a claim ("le feu a détruit 300 terrains de football")."""
    counted = " ".join(t.lower for t in tokens[last - 1:last + 2])
    if not counted.startswith(tuple(words["area_yardsticks"])):
        return False
    if unit_of(before.value_text).lower() not in words["areas"]:
        return False
    area = bisect_left(token_starts, before.span.start)
    return not any((tokens[k].category == STOP and ends(tokens, k)) for k in range(area, first))


def _whole_of_a_part(tokens: list[Token], first: int, last: int, before: Figure) -> bool:
    """"94 des 96 départements", "10 des 33 millions de Péruviens": the whole a bare number
    of its parts (the figure ``before``, in digits) is counted in, given to measure them;
    it describes. What the part counts is most often the reach of a measure ("placées en
    alerte rouge") or context, and a bare number is no figure to source. A whole that is a
    count of what happened ("102 des 458 cagnottes remportées") is a finding; so is one a
    share or a number in words counts in ("la moitié des 180 salariés")."""
    if first < 2 or tokens[first - 1].lower != "des" or before.needs_source or before.category != "number":
        return False
    part = tokens[first - 2]
    if part.category != "NUM" or before.span.end != part.end:
        return False
    return last >= len(tokens) or not tokens[last].lower.endswith(_PARTICIPLE_ENDINGS)


def _part_of_a_make_up(tokens: list[Token], first: int, last: int, before: Figure, token_starts: list[int]) -> bool:
    """"l'assemblée compte 88 élus, dont désormais 7 indépendants": a part, after "dont", of the
    make-up of an assembly given right before it, with no verb of its own, is its make-up too.
    "Le conseil compte 33 membres, dont 4 ont démissionné" says what some did: a finding."""
    if before.category != "assembly" or before.needs_source:
        return False
    gap = tokens[bisect_left(token_starts, before.span.end):first]
    if len(gap) < 2 or gap[0].category != "COMMA" or gap[1].lower != "dont" or len(gap) > 3:
        return False
    return last >= len(tokens) or ends(tokens, last) or tokens[last].category == "COMMA"


# The words that open the small group a bare number after it is a part of: "Parmi les 14
# conseillers, 9 ont voté", "Sur les 14 accusés, 12 étaient présents".
_GROUP_OPENINGS = context_words()["group_openings"]


def _part_of_a_known_group(tokens: list[Token], first: int, last: int, before: Figure,
                           token_starts: list[int]) -> bool:
    """"Parmi les 14 conseillers du bourg, 9 ont déjà voté": a bare number right after the
    comma that closes a small group the story presents as known (the figure ``before``, read as
    narrative) counts some of its actors, a narrative count too. The part of a group that is
    itself a count to source ("Parmi les 52 soignants, 19 ont été contaminés") is still one."""
    if before.category != "narrative" or last != first + 1 or first < 1 or tokens[first - 1].category != "COMMA":
        return False
    opening = bisect_left(token_starts, before.span.start) - 2
    if opening < 0 or tokens[opening].lower not in _GROUP_OPENINGS or tokens[opening + 1].lower != "les":
        return False
    return not any((tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category == "COMMA"
                   for k in range(opening, first - 1))


# Past participles: "remportés", "secourus", "tués".
_PARTICIPLE_ENDINGS = ("é", "és", "ée", "ées", "us", "ues", "is", "ises")


def _family_size(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"père de 4 enfants", "le plus jeune de 11 enfants": the size of a family, a
    person's description, not a finding."""
    return first >= 2 and tokens[last - 1].lower in words["offspring"] and tokens[first - 1].lower in ("de", "d'") \
        and tokens[first - 2].lower in words["kin"]


# The largest count a guess between two numbers ("8 ou 9") may give and stay a rough one.
_ROUGH_MOST = 20


def _one_or_the_next(tokens: list[Token], first: int) -> bool:
    """"8 ou 9 tracteurs", "4 ou 5 manifestants": a small count given as one number or the
    next, a rough guess of the story's own scene, as vague as "une poignée" (SPEC §2.2). Two
    numbers further apart ("5 ou 50") or large ones ("300 ou 400 manifestants") are a range."""
    if first < 2 or tokens[first - 1].lower != "ou" or tokens[first - 2].category != "NUM" or \
            tokens[first].category != "NUM" or not (tokens[first - 2].text.isdigit() and tokens[first].text.isdigit()):
        return False
    low, high = int(tokens[first - 2].text), int(tokens[first].text)
    return high - low == 1 and high <= _ROUGH_MOST


# How many words may stand between a figure and the participle of its offer: "les 45.000
# euros de récompense offerts".
_OFFER_REACH = 3


def _offered(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"le magasin offre 50 euros à chaque client", "l'opérateur a offert 1 Go de données", "les
    20.000 euros de récompense offerts": what a giver offers is its own terms, as a seller's price
    is (SPEC §2.2). "Il s'est offert une villa pour 2 millions" is a purchase, and "le vaccin offre
    95 % de protection" a finding (shares are left out): claims."""
    if first >= 2 and tokens[first - 1].lower in words["gifts"]:
        # "s'offre", "s'est offert": the reflexive, before the verb or its auxiliary
        return all(t.category != "REFL" for t in tokens[window_start(first, 3):first - 1])
    for k in range(last, window_end(last, _OFFER_REACH, len(tokens))):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category in ("COMMA", "NUM"):
            return False
        if tokens[k].lower in words["gift_participles"]:
            return True
    return False


# How many words may stand between "capacité" and its figure: "la capacité d'accueil restera
# donc à un peu plus de 80 000 spectateurs".
_CAPACITY_REACH = 10
# The words that name a capacity, and the floors that tell a building's height (the gate of
# _needed_words reads them too).
_CAPACITY_NOUNS = ("capacité", "capacités")
_FLOORS = "étages"


def _owner_of_a_count(tokens: list[Token], first: int, last: int, articles: tuple[str, ...],
                      nouns: frozenset[str]) -> tuple[int, int] | None:
    """Reads "les 27 pays de l'Union" around the count ``tokens[first:last]``: one of ``articles``
    before it, one of ``nouns`` as its last word, more of them listed and a plural adjective
    after it ("les 40 écoles, collèges et lycées du district", "les 90 collèges publics du
    département"), then "de", "d'", "du" or "des". Gives where that "de" is and where the word
    naming what the count belongs to is ("Union", past the "la" or "l'" of "de"; it may be past
    the end of the block), or None when the words are not there."""
    if first < 1 or tokens[first - 1].lower not in articles or tokens[last - 1].lower not in nouns:
        return None
    of = _past_more_units(tokens, last, nouns)
    if of >= len(tokens) or tokens[of].lower not in ("de", "d'", "du", "des"):
        return None
    owner = of + 1
    if tokens[of].lower in ("de", "d'") and owner < len(tokens) and tokens[owner].lower in ("la", "l'", "l’"):
        owner += 1  # "du" and "des" hold their article
    return of, owner


def _seats_of_the_venue(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"les 40 000 places du stade", "une vingtaine des 300 tables de la salle": the seats a venue
    has, given whole with the definite article and the venue named after them, describe it; what
    is done with them is the news. "200 lits ont été ajoutés à l'hôpital" names no venue after
    its seats, nor "les 200 lits de réanimation sont occupés"."""
    found = _owner_of_a_count(tokens, first, last, ("les", "des", "ses"), words["seats"])
    if found is None:
        return False
    of, venue = found
    # the venue right after its seats, after "de" or "du": no list, no adjective between
    return of == last and tokens[of].lower != "des" and venue < len(tokens) and tokens[venue].lower in words["venues"]


def _capacity(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"un stade de 6 000 places", "une résidence de 12 étages", "la capacité d'accueil restera
    à 80 000 spectateurs": what a venue or a building can hold, or how high it is, describes it.
    "2 000 places supplémentaires" and "la création de 1 000 places" count what was done."""
    if first >= 2 and tokens[first - 1].lower in ("de", "d'") and \
            (tokens[last - 1].lower == _FLOORS or
             (tokens[last - 1].lower in words["seats"] and tokens[first - 2].lower in words["venues"])):
        return True
    if _seats_of_the_venue(tokens, first, last, words):
        return True
    # "capacité" before the figure in its clause: the capacity is the figure
    for i in range(first - 1, window_start(first - 1, _CAPACITY_REACH, -1), -1):
        if (tokens[i].category == STOP and ends(tokens, i)) or tokens[i].lower == ",":
            return False
        if tokens[i].lower in _CAPACITY_NOUNS:
            return True
    return False


# How many words may stand between "compte" and the seats it counts ("compte à lui seul 103
# membres"), and between the assembly and "compte" ("le groupe LR compte").
_MAKE_UP_REACH = 3


def _make_up_of_an_assembly(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"le Parlement compte 290 sièges", "le groupe LR compte à lui seul 103 membres", "l'un des
    577 sièges": the seats or members of an assembly, its make-up, describe it. A date between
    makes it news ("le groupe compte désormais 12 membres"); seats won are a result."""
    if tokens[last - 1].lower not in words["assembly_seats"]:
        return False
    if tokens[last - 1].lower == "sièges" and first >= 1 and tokens[first - 1].lower in ("des", "les"):
        return True
    for k in range(first - 1, window_start(first - 2, _MAKE_UP_REACH, -1), -1):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].lower in _NEWS or tokens[k].category == "NUM":
            return False
        if tokens[k].lower in ("compte", "comptait", "comptent"):
            return any(t.lower in words["assemblies"] for t in tokens[window_start(k, _MAKE_UP_REACH):k])
    return False


# How many words may stand between a panel and the "de" of its size: its adjective, its quotes.
_PANEL_REACH = 3


def _size_of_a_panel(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"un jury de 12 personnes", "un « comité citoyen » de 20 membres": the people a panel
    is made of, given as its size, describe it. "Un groupe de 200 personnes" counts a crowd:
    a group is no panel. People drawn by lot make up a panel whatever its name: "les 150 citoyens
    tirés au sort pour composer la convention"."""
    if tokens[last - 1].lower in words["members"] and \
            " ".join(t.lower for t in tokens[last:last + 3]) in words["drawn_by_lot"]:
        return True
    if first < 2 or tokens[first - 1].lower not in ("de", "d'") or tokens[last - 1].lower not in words["members"]:
        return False
    for k in range(first - 2, window_start(first - 2, _PANEL_REACH, -1), -1):
        if tokens[k].lower in words["panels"]:
            return True
        if tokens[k].category not in ("WORD", "QUOTE"):
            return False
    return False


def _field_of_a_competition(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"12 films sont en lice pour la palme", "un tournoi à 16 équipes réparties en quatre poules",
    "le rallye proposera un parcours à ses 180 concurrents": the competitors a competition admits,
    in the running, in its draw or its own, are its format, set by its organiser. "Le marathon a
    réuni 9.000 coureurs" counts who came: no word of a format. The words are read in the
    figure's sentence, within a clause's reach after it and a few words before it, up to
    another figure."""
    if tokens[last - 1].lower not in words["competitors"] or \
            (last < len(tokens) and tokens[last].lower in ("de", "d'")):  # "12 équipes de secours"
        return False
    if first and tokens[first - 1].lower in ("ses", "leurs"):
        return True  # the competition's own
    formats = words["competition_formats"]
    for k in range(first - 1, window_start(first - 1, WORDS_BEFORE, -1), -1):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category == "NUM":
            break
        if tokens[k].lower in formats:
            return True
    for k in range(last, window_end(last, RULE_REACH, len(tokens) - 1)):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category == "NUM":
            return False
        if tokens[k].lower in formats or f"{tokens[k].lower} {tokens[k + 1].lower}" in formats:
            return True
    return False


def _shown_by_an_exhibition(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"80 tableaux y sont exposés jusqu'en mars", "l'un des 45 modèles exposés", "500 photographies
    sont présentées", "200 voitures seront présentes": what a show exhibits, counted, is its
    format, set by its organiser. People "exposées au virus" are a finding, and so are people
    whatever they are exposed or presented to."""
    if tokens[last - 1].lower in words["members"]:
        return False
    if _where_a_show_is_spread(tokens, first, words):
        return True
    for k in range(last, window_end(last, WORDS_BEFORE, len(tokens) - 1)):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category in ("NUM", "COMMA"):
            return False
        if tokens[k].lower in words["exhibited"]:
            return tokens[k + 1].lower not in ("à", "au", "aux")
        if tokens[k].lower in words["shown"]:
            return True  # "500 photographies sont proposées à travers 14 séries"
        if tokens[k].lower == "seront" and tokens[k + 1].lower in words["on_display"]:
            return True  # "200 voitures seront présentes au salon": the show's programme
    return False


# The prepositions after which a show's participle counts the rooms, series or places it is spread
# over: "présentées à travers 14 séries", "exposés dans 12 salles".
_SPREAD_OVER = context_words()["spread_over"]


def _where_a_show_is_spread(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"500 photographies sont présentées à travers 14 séries": what the works of a show are
    spread over, counted right after its participle and a preposition, is its format too."""
    if first < 2 or tokens[first - 1].lower not in _SPREAD_OVER:
        return False
    k = first - 3 if tokens[first - 1].lower == "travers" and first >= 3 and tokens[first - 2].lower == "à" else first - 2
    return k >= 0 and (tokens[k].lower in words["shown"] or tokens[k].lower in words["exhibited"])


def _members_of_a_named_body(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"les 27 pays de l'Union", "les 80 casernes de la Brigade", "les 47 préfectures du pays": the
    states or the units a named body or the country is made of, given whole with the definite
    article and its name, describe it. People are counted as news ("les 300 salariés de Renault"),
    and so is a part of the units a common noun names ("les 20 pays du monde les plus touchés")."""
    found = _owner_of_a_count(tokens, first, last, ("les", "aux", "des"), words["member_units"])
    if found is None or found[1] >= len(tokens):
        return False
    of, body = found
    if tokens[of].lower == "du" and tokens[body].lower in words["the_country"]:
        return True  # "les 47 préfectures du pays": the country the story is about
    return tokens[body].category == "CAP"


def _past_more_units(tokens: list[Token], k: int, units: frozenset[str]) -> int:
    """Where the words after the counted ``units`` end, from ``k``: past more units of the list
    ("les 40 écoles, collèges et lycées du district") and an adjective in the plural ("les 90
    collèges publics du département"), before the name of what they belong to."""
    while k + 1 < len(tokens) and (tokens[k].category == "COMMA" or tokens[k].lower == "et") and \
            tokens[k + 1].lower in units:
        k += 2
    if k + 1 < len(tokens) and tokens[k].category == "WORD" and tokens[k].lower.endswith(("s", "x")) and \
            tokens[k + 1].lower in ("de", "d'", "du", "des"):
        k += 1
    return k


def _made_of(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"une maquette composée de 298 pièces", "il comporte 60 logements", "le site, qui comprend
    20 tracés": what a thing is made of or holds, right after the verb that says so, describes
    it. People who make up a body are counted as news ("une brigade composée de 80 policiers")."""
    if first < 1 or tokens[last - 1].lower in words["members"]:
        return False
    if tokens[first - 1].lower in words["holds"]:
        return True
    return first >= 2 and tokens[first - 1].lower in ("de", "d'") and tokens[first - 2].lower in words["made_of"]


# How many words may stand between a pack and the "de" of its content: an adjective.
_PACK_REACH = 2


def _content_of_a_pack(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"des kits individuels de 14 masques", "un coffret de 6 disques": what a pack holds,
    counted right after it (an adjective may stand between) and "de", is its size. People
    are no content ("un paquet de 30 personnes attendait"), and a lot is no pack ("un lot de
    500 masques a été saisi")."""
    if first < 2 or tokens[first - 1].lower not in ("de", "d'") or tokens[last - 1].lower in words["members"]:
        return False
    for k in range(first - 2, window_start(first - 2, _PACK_REACH, -1), -1):
        if tokens[k].lower in words["packs"]:
            return True
        if tokens[k].category != "WORD":
            return False
    return False


def _defendants_tried(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"Au procès, 14 accusés sont jugés", "trois prévenus comparaissent": the defendants of the
    trial, counted as the subject of a verb of being tried, are the story's own actors."""
    if tokens[last - 1].lower not in words["defendants"]:
        return False
    k = last
    if k < len(tokens) and tokens[k].lower in ("sont", "seront", "étaient"):
        k += 1
    return k < len(tokens) and tokens[k].lower in words["tried"]


def _footprint_of_a_company(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"un groupe présent dans 90 pays", "l'enseigne, implantée dans 30 pays": the countries or
    regions a company is present in, counted right after the participle and "dans" or "en", with
    the company right before it (a comma between), describe the company. Where a virus is present
    is news ("le virus, présent dans 40 pays")."""
    if first < 3 or tokens[last - 1].lower not in words["jurisdictions"] or tokens[first - 1].lower not in ("dans", "en") \
            or tokens[first - 2].lower not in words["present_in"]:
        return False
    k = first - 3
    if tokens[k].category == "COMMA" and k:
        k -= 1
    return tokens[k].lower in words["companies"] or tokens[k].lower in words["holders"]


def _divided_into(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"une archive répartie sur 40 bobines", "un empire morcelé en 12 royaumes": the parts a thing
    is divided into, counted right after the participle and "en" or "sur", describe how it is
    made. People counted are news ("un contingent réparti en 300 soldats"), and so are the places
    where things or people are sent ("répartis dans 12 hôpitaux")."""
    return first >= 2 and tokens[last - 1].lower not in words["members"] and \
        tokens[first - 1].lower in ("en", "sur") and tokens[first - 2].lower in words["divided_into"]


def _run_of_copies(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"produite alors en 400 exemplaires", "un album tiré à 5.000 exemplaires": the run a maker
    or a publisher sets, right after the participle that makes the copies (an adverb may stand
    between), describes the product."""
    if tokens[last - 1].lower not in words["run_units"] or first < 2 or tokens[first - 1].lower not in ("en", "à"):
        return False
    k = first - 2
    if tokens[k].lower in ("alors", "seulement", "uniquement", "initialement"):
        k -= 1
    return k >= 0 and tokens[k].lower in words["runs"]


def _in_background(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the figure is the object of a relative clause describing what it
    follows: "le campus, qui compte 18.000 inscrits". A word between
    the verb and the figure ("qui compte désormais", "lundi matin") dates it: news. The
    participle describes alike: "un immeuble comptant 37 appartements"."""
    if first > 1 and tokens[first - 1].lower in words["background_participles"] and tokens[first - 2].category == "WORD":
        return True
    if first > 1 and tokens[first - 1].lower in words["background"] and tokens[first - 2].lower == "qui":
        return True
    # "la mégapole de Mexico, où vivent 22 millions de personnes": who lives in a place.
    return first > 1 and tokens[first - 1].lower in words["living_in"] and tokens[first - 2].lower == "où" and \
        _counts_people(tokens, first, words)


def _motion_of_what_it_follows(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the measure stands in a relative clause whose verb of motion, in the present,
    says how a thing moves, as it always does: "le satellite, qui tourne à 28.000 km/h autour
    du globe", "la sonde, qui gravite à 700 km d'altitude". A speed in the past is news ("la
    voiture, qui roulait à 150 km/h"), and so is a change ("qui circule désormais à 320 km/h");
    a comma ends the clause."""
    for k in range(first - 1, window_start(first - 1, WORDS_BEFORE), -1):
        if (tokens[k].category == STOP and ends(tokens, k)) or tokens[k].category in ("COMMA", "NUM") or \
                tokens[k].lower in _NEWS:
            return False
        if tokens[k].lower in words["motions"]:
            return tokens[k - 1].lower == "qui"
    return False


def _counts_people(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the noun a few words after the figure counts people as a place's inhabitants do
    ("habitants", "âmes", or "personnes")."""
    return any(t.lower in words["inhabitants"] or t.lower == "personnes" for t in tokens[first:first + 5])


# How many words may stand between a study's verb and what it tests: "a testé au total 65
# produits", "prévoient d'essayer leur traitement sur 4 000 malades"; and between those
# who take part and their verb: "30 adultes de 20 à 40 ans ont participé".
_STUDY_VERB_REACH = 4
_TAKING_PART_REACH = 8


def _in_study_design(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]],
                     lowers: list[str]) -> bool:
    """Whether the figure counts what a study named in its sentence tests or who takes part
    in it: its design, whose source is the study ("les chercheurs ont étudié 259 étudiants",
    "l'essai porte sur 30.000 volontaires", "les 11 pays étudiés", "40 personnes ont participé
    à l'étude"). ``lowers`` are the tokens' words in lower case."""
    # The sentence is read within RULE_REACH of the figure: with no one who runs a study there and
    # no participant in a trial counted, only the things a study tested are left to read, and
    # where the sentence starts is not looked for.
    in_reach = lowers[window_start(first, RULE_REACH):window_end(first, RULE_REACH, len(tokens))]
    if words["study_runners"].isdisjoint(in_reach) and _counted(tokens, last) not in words["trial_participants"]:
        return _studied_things(tokens, first, last, words)
    start = sentence_start(tokens, first, RULE_REACH)
    study_verbs = words["study_verbs"]
    verb = next((i for i in range(first - 1, window_start(first - 1, _STUDY_VERB_REACH, start) - 1, -1)
                 if lowers[i] in study_verbs), None)
    runners = words["study_runners"]
    if verb is not None and not runners.isdisjoint(lowers[start:verb]):
        return True
    if _counted(tokens, last) in words["trial_participants"] and (
            verb is not None or not runners.isdisjoint(lowers[start:first])):
        return True  # "essayer sur 900 volontaires le traitement", "des essais sur 12.000 volontaires"
    return _studied_things(tokens, first, last, words) or _taking_part(tokens, first, last, words, start, lowers)


def _counted(tokens: list[Token], last: int) -> str:
    """The noun a figure counts: its last word, or the one after a share in words that ends on
    "des" ("la moitié des participants")."""
    if tokens[last - 1].lower in ("des", "de", "d'") and last < len(tokens):
        return tokens[last].lower
    return tokens[last - 1].lower


def _studied_things(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"les 11 pays étudiés", "sur les 40 produits testés": the things a study named before
    tested, with the definite article and the participle of its verb. "Les 20 passagers
    testés positifs" is a result."""
    return first >= 1 and tokens[first - 1].lower in ("les", "des") and last < len(tokens) and \
        tokens[last].lower in words["study_verbs"] and tokens[last].lower.endswith(("és", "ées")) and \
        (last + 1 >= len(tokens) or tokens[last + 1].lower not in words["test_results"])


def _taking_part(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]], start: int,
                 lowers: list[str]) -> bool:
    """"30 adultes de 20 à 40 ans ont participé, (…) un placebo", "un groupe de patients reçoit
    la molécule, l'autre un placebo": who takes part in a study named in the
    sentence, the subject of the verb that says so, or the arm of a trial it is given. The
    sentence starts at ``start`` (:func:`sentence_start`, as the caller found it); ``lowers``
    are the tokens' words in lower case."""
    # The sentence ends within reach of the figure: with no one who runs a study in reach, where
    # it ends is not looked for.
    if words["study_runners"].isdisjoint(lowers[start:window_end(first, RULE_REACH, len(tokens))]):
        return False
    end = sentence_end(tokens, first, RULE_REACH)
    sentence = lowers[start:end]
    if words["study_runners"].isdisjoint(sentence):
        return False
    if _counted(tokens, last) in words["trial_participants"] and not words["trial_arms"].isdisjoint(sentence):
        return True
    for k in range(last, window_end(last, _TAKING_PART_REACH, end)):
        if tokens[k].category in ("COMMA", "COLON", "PAREN"):
            return False
        if tokens[k].lower in words["taking_part"]:
            return True
    return False


def _in_made_up_example(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sentence, before the figure, sets up a made-up case: "un rendement
    exemplatif de 10 %", "l'exemple d'un couple dans lequel l'homme gagne 2.000 euros".
    "Par exemple" gives a real case, and is not one."""
    return _sets_up_a_made_up_case(tokens, sentence_start(tokens, first, _HYPOTHESIS_REACH), first, words)


# How many sentences in the conditional may follow the one that sets up a made-up case.
_EXAMPLE_RUN = 4
# "l'exemple d'un couple…": the noun that sets up a made-up case (the gate of _needed_words reads it too).
_EXAMPLE_NOUN = "exemple"


def _goes_on_with_a_made_up_example(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"Il prend l'exemple d'un couple où l'homme gagne 2.000 euros. Si l'homme meurt, sa femme
    toucherait 1.000 euros.": sentences in the conditional right after the one that sets up a
    made-up case, in its paragraph, go on with the case. A sentence in another mood between
    them ends the case: "La réforme a coûté 3 milliards d'euros" is a claim."""
    start = sentence_start(tokens, first, _HYPOTHESIS_REACH)
    if start == 0 or not _in_the_conditional(tokens, start, sentence_end(tokens, first, _HYPOTHESIS_REACH)):
        return False
    for _ in range(_EXAMPLE_RUN):
        end, start = start - 1, sentence_start(tokens, start - 1, _HYPOTHESIS_REACH * 2)
        if _sets_up_a_made_up_case(tokens, start, end, words):
            return True
        if start == 0 or not _in_the_conditional(tokens, start, end):
            return False
    return False


def _in_the_conditional(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a word of ``tokens[start:end]`` is in the conditional (the answers are kept)."""
    return any(may_be_conditional(t.lower) for t in tokens[start:end])


def _sets_up_a_made_up_case(tokens: list[Token], start: int, first: int, words: dict[str, frozenset[str]]) -> bool:
    for i in range(start, first):
        word = tokens[i].lower
        if word in words["made_up"]:
            return True
        if word == _EXAMPLE_NOUN and i > 0 and tokens[i - 1].lower in ("l'", "l’") and i + 2 < first and \
                tokens[i + 1].lower in ("d'", "d’") and tokens[i + 2].lower in ("un", "une"):
            return True
    return False


_ARTICLES = {"DET", "PREP_A", "DE"}


def _names_speed_limit(tokens: list[Token], first: int, words: dict[str, frozenset[str]]) -> bool:
    """"les 80 km/h", "le passage aux 80 km/h", and the word before the range a speed
    closes: "le passage de 90 à 80 km/h"."""
    for k in range(window_start(first, 3), first):
        # An article names the limit only right before it ("les 80 km/h"); "des rafales à
        # 140 km/h" measure the wind.
        if tokens[k].lower in words["speed_limits"] and (k == first - 1 or tokens[k].category not in _ARTICLES):
            return True
    closes_range = first >= 4 and tokens[first - 1].lower == "à" and tokens[first - 2].category == "NUM" and \
        tokens[first - 3].category == "DE"
    return closes_range and tokens[first - 4].lower in words["speed_limits"] and tokens[first - 4].category != "DET"


# How many words a clause of time may run before its figure, and its verb after it.
_CONDITION_REACH = 8
_CONDITION_VERB_REACH = 6


def _in_future_condition(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"une fois que 2 000 bureaux seront dépouillés", "lorsque 500 places seront vendues":
    a figure in a clause of time whose verb is in the future states when something will
    happen, a condition, not what is."""
    opener = -1
    for i in range(first - 1, window_start(first - 1, _CONDITION_REACH, -1), -1):
        if (tokens[i].category == STOP and ends(tokens, i)) or tokens[i].category == "COMMA":
            break
        if tokens[i].lower in words["time_conditions"] or (
                tokens[i].lower in ("que", "qu'") and i and tokens[i - 1].lower in words["time_condition_heads"]):
            opener = i
            break
    if opener < 0:
        return False
    for i in range(last, window_end(last, _CONDITION_VERB_REACH, len(tokens))):
        if (tokens[i].category == STOP and ends(tokens, i)) or tokens[i].category == "COMMA":
            return False
        if tokens[i].lower in words["future_auxiliaries"]:
            return True
    return False


# What follows "si" when it opens a clause (a subject), not when it means "so" ("si forte").
_SUBJECT_AFTER_SI = context_words()["subject_after_si"]


def _in_hypothesis(tokens: list[Token], first: int, lowers: list[str]) -> bool:
    """Whether the figure stands in a clause opened by "si", before the comma that closes it:
    at the head of its sentence ("Si les revenus étaient taxés à 40 %, …") or after its main
    clause ("Vous avez de la fièvre si votre température dépasse 37,8 °C"). ``lowers`` are the
    tokens' words in lower case."""
    if _CONDITION_OPENERS.isdisjoint(lowers[window_start(first, _HYPOTHESIS_REACH):first]):
        return False  # no "si" within reach: the words before the figure are not walked
    i = first - 1
    while i >= 0 and first - i <= _HYPOTHESIS_REACH and (tokens[i].category != STOP or not ends(tokens, i)):
        if tokens[i].category == "COMMA":
            return False
        if tokens[i].lower in _CONDITION_OPENERS and _opens_condition(tokens, i, first):
            return True  # (most words open nothing: they are passed without a call)
        i -= 1
    return False


# The words that open a condition: "si", and "s'" before "il" (the gate of _needed_words reads them too).
_CONDITION_OPENERS = frozenset({"si", "s'"})


def _opens_condition(tokens: list[Token], i: int, first: int) -> bool:
    """Whether token ``i`` is the "si" (or "s'" before "il") that opens a condition: not "même
    si", which concedes a fact, nor "si" right before the figure ("Si 94 % des Italiens en
    mangent, …": a fact set against another)."""
    word = tokens[i].lower
    if word not in _CONDITION_OPENERS or i and tokens[i - 1].lower == "même":
        return False
    if word == "s'":
        return i + 1 < first and tokens[i + 1].lower in ("il", "ils")
    return word == "si" and i + 1 < first and (i == 0 or ends(tokens, i - 1) or
                                                tokens[i + 1].lower in _SUBJECT_AFTER_SI)


def _signers_of_a_text(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"la tribune qu'elle cosignait avec 40 chercheuses": those a named author signs a text with
    are its co-authors, and describe it. How many back a text, after "par", is its support,
    counted as news as a petition's is ("une lettre cosignée par 120 élus", "la pétition a été
    signée par 5.000 personnes")."""
    return first >= 2 and tokens[first - 1].lower == "avec" and tokens[first - 2].lower in words["cosigning"]


# How many words may stand between an assembly's verb of voting and the count it votes: "vote ce
# week-end 150 mesures".
_AGENDA_REACH = 3


def _agenda_of_an_assembly(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"la convention citoyenne vote ce week-end 150 mesures", "le Sénat examinera 40 articles":
    what an assembly or a panel named before votes or examines, now or to come, counted right
    after the verb (a time between), is its agenda. What it voted is news ("le Sénat a voté
    40 articles"), and so is what those who are no assembly vote on."""
    k = first - 1
    while k >= 0 and first - k <= _AGENDA_REACH and tokens[k].lower in words["agenda_times"]:
        k -= 1
    return k >= 0 and tokens[k].lower in words["agenda_verbs"] and \
        said_before_in_sentence(tokens, k, words["assemblies"] | words["panels"])


def _entries_of_a_ranking(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"le palmarès et ses 200 lycées", "le classement, ses 80 vins": the entries a ranking holds,
    counted as its own right after it, are its size, set by whoever draws it up. What a ranked
    entry holds ("l'université, ses 30.000 étudiants") names no ranking."""
    if first < 2 or tokens[first - 1].lower not in ("ses", "leurs"):
        return False
    k = first - 2
    if tokens[k].lower == "et" or tokens[k].category == "COMMA":
        k -= 1
    return k >= 0 and tokens[k].lower in words["rankings"]


def _move_in_a_ranking(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]]) -> bool:
    """"Au classement des villes étudiantes, Rennes recule de 14 places": how many ranks one
    gained or lost, in a ranking the sentence names, is read in that ranking: its source is the
    ranking, as a rank is. Places of a car park or a prison ("perd 300 places") name no ranking."""
    if tokens[last - 1].lower not in words["rank_moves"] or first < 1 or tokens[first - 1].lower not in ("de", "d'"):
        return False
    start = sentence_start(tokens, first, RULE_REACH)
    return any(t.lower in words["rankings"] for t in tokens[start:first])


# What a count may describe rather than claim, tried in order, with the kind it then has: a
# venue's capacity ("un stade de 6 000 places"), an assembly's make-up ("le Parlement compte
# 290 sièges") or a panel's size ("un jury de 12 personnes", a kind not handed on to a list),
# a competition's field ("16 équipes réparties en quatre poules"), what a show exhibits ("80
# tableaux y sont exposés"), the units of a named body ("les 27 pays de l'Union"), what a
# thing is made of ("une maquette composée de 298 pièces"), what a pack holds ("un coffret de 6
# disques"), where a company is present ("un groupe présent dans 90 pays"), what a thing is
# divided into ("répartie sur 40 bobines"), the defendants a trial tries ("14 accusés sont jugés")
# the co-authors a text is signed with ("la tribune qu'elle cosignait avec 40 chercheuses"), an
# assembly's agenda ("le Sénat examinera 40 articles"), the entries of a ranking ("le palmarès et ses
# 200 lycées"), or a move in a named ranking ("recule de 14 places"); and the entry of
# _needed_words whose words each needs.
_COUNT_DESCRIPTIONS = (
    (_capacity, "place", "venue_capacity"),
    (_make_up_of_an_assembly, "assembly", "assembly_seats"),
    (_size_of_a_panel, "assembly", "members"),
    (_field_of_a_competition, "format", "competitors"),
    (_shown_by_an_exhibition, "format", "exhibited"),
    (_members_of_a_named_body, "membership", "member_units"),
    (_made_of, "specification", "made_of"),
    (_content_of_a_pack, "specification", "packs"),
    (_footprint_of_a_company, "background", "present_in"),
    (_defendants_tried, "narrative", "tried"),
    (_divided_into, "format", "divided_into"),
    (_run_of_copies, "specification", "run_units"),
    (_signers_of_a_text, "document", "cosigning"),
    (_agenda_of_an_assembly, "plan", "agenda_verbs"),
    (_entries_of_a_ranking, "format", "rankings"),
    (_move_in_a_ranking, "ordinal", "rank_moves"),
)


def _what_a_count_describes(tokens: list[Token], first: int, last: int, words: dict[str, frozenset[str]],
                            readings: list[tuple[Callable[..., bool], str]]) -> str | None:
    """The kind of description a count is (:data:`_COUNT_DESCRIPTIONS`), or None when it claims;
    ``readings`` are those the block has a needed word for, with the kind each gives."""
    return next((kind for describes, kind in readings if describes(tokens, first, last, words)), None)
