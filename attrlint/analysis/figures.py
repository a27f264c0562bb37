"""Figures: numbers in digits or words, with the category that decides
whether an editor would ask for their source (SPEC §2.2).
"""
from __future__ import annotations

from bisect import insort

import regex

from ..guards import match_window, regex_timeout
from ..model import Figure, Span
from .spans import overlaps_any

_SP = r"[ \u00a0\u202f]"
_NUMBER = (
    r"(?<![\p{L}\p{N}\-/.,])"
    # Thousands separators: a dot or spaces (several where markup was blanked: "2&nbsp;000").
    rf"(?P<num>\d{{1,3}}(?:(?:{_SP}{{1,6}}|\.)\d{{3}})+(?![\d])|\d+)(?:,(?P<dec>\d+))?"
    r"(?P<glued>[\p{L}°%€$£]*)"
)
_ESTIMATE = (
    r"(?:environ|près\s+de|pr[eè]s\s+d'|presque|plus\s+de|plus\s+d'|moins\s+de|moins\s+d'|au\s+moins|au\s+plus|"
    r"quelque|jusqu'à|jusqu’à|pas\s+moins\s+de|approximativement|autour\s+de|autour\s+d'|"
    r"quasiment|grosso\s+modo|à\s+peine|seulement|plus\s+d’|moins\s+d’|près\s+d’|autour\s+d’)"
)
_NUMBER_RE = regex.compile(rf"(?:(?P<est>{_ESTIMATE}){_SP}+)?{_NUMBER}", regex.I)

_WORD_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
_SCALE_WORDS = r"(?:millier|milliers|million|millions|milliard|milliards)"
_WORD_NUM_ALT = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
# "deux millions de personnes", "un millier de soldats", "1,5 milliard"
_SCALE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<est>{_ESTIMATE}){_SP}+)?(?P<w>(?:{_WORD_NUM_ALT})(?:[\-{_SP}](?:{_WORD_NUM_ALT}))*){_SP}+(?P<scale>{_SCALE_WORDS})\b",
    regex.I,
)
# Rates and comparisons in words: "un décès sur quatre", "trois fois plus", "la moitié des habitants".
# A run of digits is read whole, from its first digit: a million digits are one attempt.
_RATE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<a>(?:{_WORD_NUM_ALT}|(?<!\d)\d++))\s+(?:[\p{{L}}\-]+\s+){{0,2}}sur\s+(?P<b>{_WORD_NUM_ALT}|\d+)(?![\p{{L}}\d])"
    rf"|(?P<times>(?:{_WORD_NUM_ALT}|(?<!\d)\d++)\s+fois\s+(?:plus|moins))"
    r"|(?P<frac>(?:la\s+moitié|le\s+tiers|les\s+deux\s+tiers|un\s+tiers|deux\s+tiers|le\s+quart|un\s+quart|trois\s+quarts|les\s+trois\s+quarts)\s+(?:des|de\s+la|de\s+l'|de\s+l’|du|de)\b))",
    regex.I,
)
# Small counts in words made estimates: "au moins trois décès", "près de quinze blessés".
_WORD_ESTIMATE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?P<est>environ|près\s+de|plus\s+de|au\s+moins|quelque|pas\s+moins\s+de){_SP}+(?P<w>(?!une?\b)(?:{_WORD_NUM_ALT}))(?![\p{{L}}])",
    regex.I,
)

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "janv|févr|fév|avr|juil|sept|oct|nov|déc"
)
_DURATION_UNITS = (
    r"ans?|années?|mois|jours?|semaines?|heures?|h|minutes?|min|mn|secondes?|s|siècles?|décennies?|"
    r"trimestres?|semestres?|nuits?|journées?|matinées?|soirées?|week-ends?|mandats?"
)
_PERCENT_UNITS = r"%|pour\s*cent|pourcent|pour\s+mille|‰|points?\s+de\s+pourcentage"
_MONEY_UNITS = (
    r"€|\$|£|¥|M€|Md€|Mds€|k€|euros?|dollars?|francs?(?:\s+CFA)?|FCFA|CFA|livres?(?:\s+sterling)?|yens?|yuans?|"
    r"roubles?|dinars?|dirhams?|nairas?|cedis?|shillings?|rands?|roupies?|reals?|pesos?|couronnes?|"
    r"francs\s+suisses|kwachas?|birrs?|ariarys?|ouguiyas?|leones?|dalasis?|hryvnias?|wons?|USD|EUR|GBP|XOF|XAF"
)
_MEASURE_UNITS = (
    r"tonnes?|t|kg|kilos?|kilogrammes?|grammes?|g|mg|quintaux|km|km²|km2|kilomètres?(?:\s+carrés?)?|mètres?(?:\s+carrés?|\s+cubes?)?|"
    r"m|m²|m2|m³|m3|cm|mm|hectares?|ha|litres?|l|hectolitres?|barils?|degrés?|°C|°|°F|MW|GW|kW|kWh|MWh|GWh|TWh|mégawatts?|"
    r"gigawatts?|kilowatts?|watts?|km/h|nœuds?|noeuds?|mètres\s+cubes|décibels?|dB|Go|To|Mo|octets?|pieds?|miles?|milles?"
)
# Spaces are read whole: a scale word or a unit never starts with one.
_SCALE_AFTER = rf"(?:{_SP}++(?P<scale>millions?|milliards?|mille|milliers?|Mds?|M|Md|md|mds))?"
_UNIT_RE = regex.compile(
    rf"{_SCALE_AFTER}{_SP}*+(?:(?P<de>d'|d’|de{_SP}+))?(?P<unit>(?:{_PERCENT_UNITS})|(?:{_MONEY_UNITS})|(?:{_MEASURE_UNITS})|(?:{_DURATION_UNITS})|(?:{_MONTHS}))(?![\p{{L}}\p{{N}}'’])",
    regex.I,
)
_PERCENT_U = regex.compile(rf"(?:{_PERCENT_UNITS})$", regex.I)
_MONEY_U = regex.compile(rf"(?:{_MONEY_UNITS})$", regex.I)
_MEASURE_U = regex.compile(rf"(?:{_MEASURE_UNITS})$", regex.I)
_DURATION_U = regex.compile(rf"(?:{_DURATION_UNITS})$", regex.I)
_MONTH_U = regex.compile(rf"(?:{_MONTHS})$", regex.I)
_LENGTH_U = regex.compile(r"(?:km|kilomètres?|mètres?|m|miles?|milles?)$", regex.I)

_NEXT_WORD = regex.compile(r"[ \u00a0\u202f]*(?P<w>[\p{L}\p{M}’'\-]+)")
_PREV_WORDS = regex.compile(r"(?P<w>[\p{L}\p{M}°’'.\-]+)[ \u00a0\u202f]*$")

# Words before a number that make it a name, a reference or a rank.
_IDENT_BEFORE = {
    "article", "articles", "alinéa", "page", "pages", "p.", "chapitre", "section", "tome", "volume", "vol.", "n°",
    "no", "numéro", "ligue", "formule", "groupe", "route", "autoroute", "ligne", "vol", "porte", "salle", "chambre",
    "niveau", "catégorie", "classe", "version", "saison", "épisode", "acte", "étape", "série", "zone", "secteur",
    "division", "top", "covid", "covid-", "g", "quartier", "rue", "avenue", "boulevard", "bd", "place", "tour",
    "match", "journée", "phase", "couloir", "paragraphe", "annexe", "points", "canal", "modèle", "type", "flight",
    "terminal", "bus", "tram", "métro", "code", "pièce", "lot", "numéros", "dossier", "affaire", "loi", "décret",
}
_YEAR_BEFORE = {
    "en", "de", "depuis", "dès", "année", "années", "l'an", "an", "fin", "début", "mi", "avant", "après", "jusqu'en",
    "d'ici", "vers", "entre", "et", "à", "au", "été", "printemps", "automne", "hiver", "mai", "juin", "juillet",
    "janvier", "février", "mars", "avril", "août", "septembre", "octobre", "novembre", "décembre", "le", "la",
    "cop", "euro", "mondial", "jeux", "saison", "budget", "exercice", "promotion", "cuvée", "millésime", "rentrée",
    "pour", "d'", "du", "des", "ou", "premier", "semestre", "trimestre", "courant", "jusqu'à", "in", "since", "of",
}
_AGE_BEFORE = {"âgé", "âgée", "âgés", "âgées", "âge", "de", "ses", "son", "leurs", "leur", "les", "à"}
# Words after a bare number that do not make it a count of something.
_NOT_COUNTED = {
    "et", "ou", "à", "au", "aux", "de", "du", "des", "d'", "en", "le", "la", "les", "l'", "un", "une", "pour", "par",
    "sur", "dans", "avec", "sans", "que", "qui", "dont", "où", "mais", "contre", "entre", "selon", "après", "avant",
    "ont", "a", "est", "sont", "était", "avait", "sera", "fut", "ce", "cette", "il", "elle", "ils", "elles", "on",
    "se", "s'", "ne", "n'", "y", "pas", "plus", "moins", "autres", "autre", "fois", "heures", "h", "prochain",
    "prochaine", "dernier", "dernière", "derniers", "dernières", "premiers", "premières", "suivants", "ans",
}
_LIVING_AFTER = {"autres", "autre"}
# Sports results need no source: "12 buts", "25 matches", "16 victoires".
_RESULT_NOUNS = {
    "but", "buts", "match", "matches", "matchs", "victoire", "victoires", "défaite", "défaites", "nul", "nuls",
    "titre", "titres", "sélection", "sélections", "passe", "passes", "essai", "essais", "médaille", "médailles",
    "set", "sets", "rencontre", "rencontres", "trophée", "trophées", "podium", "podiums", "point", "points",
    "tour", "tours", "manche", "manches", "jeu", "jeux", "coupe", "coupes", "finale", "finales", "combat", "combats",
}
_ENUMERATION_AFTER = regex.compile(r"[ \u00a0\u202f]*(?:[-–—)]|\.(?!\d))[ \u00a0\u202f]")
_CONVERSION_BETWEEN = regex.compile(
    r"^(?:[ \u00a0\u202f]+[\p{L}'’]+){0,3}[ \u00a0\u202f]*+(?:\([ \u00a0\u202f]*|,?[ \u00a0\u202f]*soit[ \u00a0\u202f]+)"
    r"(?:environ[ \u00a0\u202f]+|près[ \u00a0\u202f]+de[ \u00a0\u202f]+)?$")
# What follows a number, matched in place (never on a copy of the rest of the block).
_RANGE_AFTER = regex.compile(r"[\-–/](\d+)")
_HOURS_AFTER = regex.compile(r"[ \u00a0\u202f]*(?:h|H)[ \u00a0\u202f]*\d{2}\b|[ \u00a0\u202f]*(?:h|H)(?![\p{L}])")
_MINUTES_AFTER = regex.compile(r":\d{2}\b")
_SCALE_AFTER_NUMBER = regex.compile(rf"{_SP}+(?:millions?|milliards?|milliers?)\b")
_VERBS_AFTER_COUNT = {"ont", "sont", "avaient", "étaient", "auraient", "seraient", "restent", "demeurent", "sont-ils"}


def _category_for_unit(unit: str) -> str:
    if _PERCENT_U.match(unit):
        return "percent"
    if _MONEY_U.match(unit):
        return "money"
    if _MONTH_U.match(unit):
        return "date"
    if _DURATION_U.match(unit):
        return "duration"
    if _MEASURE_U.match(unit):
        return "measure"
    return "count"


def _value(num: str) -> float:
    digits = regex.sub(r"[ \u00a0\u202f.]", "", num)
    try:
        return float(digits)
    except ValueError:
        return 0.0


def find_figures(prose: str, start: int, end: int, block: int) -> list[Figure]:
    """Figures of ``prose[start:end]`` (one block), each with its category."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []  # sorted spans already read as figures
    for m in _SCALE_RE.finditer(prose, start, end, timeout=regex_timeout(end - start)):
        s = m.start("est") if m.group("est") else m.start("w")
        figures.append(Figure(Span(s, _extend_noun(prose, m.end(), end)), block, value_text=m.group(0),
                              category="count", needs_source=True))
        insort(taken, (m.start(), m.end()))
    for m in _NUMBER_RE.finditer(prose, start, end, timeout=regex_timeout(end - start)):
        if overlaps_any(taken, m.start("num"), m.start("num") + 1):
            continue
        fig = _classify(prose, m, start, end, block)
        if fig is not None:
            figures.append(fig)
            insort(taken, (fig.span.start, fig.span.end))
    for m in _RATE_RE.finditer(prose, start, end, timeout=regex_timeout(end - start)):
        if overlaps_any(taken, m.start(), m.end()):
            continue
        figures.append(Figure(Span(m.start(), m.end()), block, value_text=m.group(0), category="rate",
                              needs_source=True))
        insort(taken, (m.start(), m.end()))
    for m in _WORD_ESTIMATE_RE.finditer(prose, start, end, timeout=regex_timeout(end - start)):
        if overlaps_any(taken, m.start("w"), m.start("w") + 1):
            continue
        nxt = _NEXT_WORD.match(prose, m.end(), end)
        if not nxt or nxt.group("w").lower() in _NOT_COUNTED or _DURATION_U.match(nxt.group("w")):
            continue
        figures.append(Figure(Span(m.start(), nxt.end()), block, value_text=m.group(0), category="estimate",
                              needs_source=True))
    figures.sort(key=lambda f: f.span.start)
    for before, after in zip(figures, figures[1:]):
        # "20 000 dollars (10 865 903 FCFA)": the journalist's own conversion.
        if before.category == after.category and before.category in ("money", "measure") and \
                _CONVERSION_BETWEEN.match(prose[before.span.end:after.span.start]):
            after.category, after.needs_source = "conversion", False
    return figures


def _extend_noun(prose: str, pos: int, end: int) -> int:
    """Include "de soldats" / "d'euros" after a scale word in the span."""
    m = regex.compile(r"[ \u00a0\u202f]+(?:de|d'|d’)[ \u00a0\u202f]*[\p{L}\p{M}\-]+").match(prose, pos, end)
    return m.end() if m else pos


def _is_location(prose: str, unit: str, prev_word: str, stop: int, end: int) -> bool:
    """"à 30 km de Dakar", "à environ 135 km au nord": where a place is, not a claim."""
    if not _LENGTH_U.match(unit):
        return False
    return prev_word in ("à", "environ", "quelque") and bool(
        regex.match(r"[ \u00a0\u202f]+(?:de|du|des|d'|d’|au|à|en)\b", prose[stop:min(end, stop + 8)]))


def _classify(prose: str, m, start: int, end: int, block: int) -> Figure | None:
    num = m.group("num")
    glued = m.group("glued")
    num_start, num_end = m.start("num"), m.end("num") if not m.group("dec") else m.end("dec")
    span_start = m.start("est") if m.group("est") else num_start
    estimate = bool(m.group("est"))
    value = _value(num)
    prev = _PREV_WORDS.search(prose, max(start, span_start - 40), span_start)
    prev_word = prev.group("w").lower().replace("’", "'") if prev else ""
    prev_char = prose[num_start - 1] if num_start > start else " "

    def fig(category: str, needs: bool, stop: int) -> Figure:
        return Figure(Span(span_start, stop), block, value_text=prose[span_start:stop], category=category,
                      needs_source=needs)

    if glued:
        low = glued.lower()
        if low in ("e", "er", "ère", "re", "ème", "eme", "è", "nd", "nde", "ième", "ieme", "es", "èmes", "ers"):
            return fig("ordinal", False, m.end())
        if low in ("h", "heure") or regex.match(r"h\d*$", low):
            return fig("time", False, m.end())
        if low in ("%", "€", "$", "£"):
            return fig("percent" if low == "%" else "money", True, m.end())
        if _MEASURE_U.match(glued) or low in ("m€", "md€", "k€", "mds", "md"):
            cat = "money" if "€" in low or low in ("mds", "md") else "measure"
            if cat == "measure" and _is_location(prose, glued, prev_word, m.end(), end):
                return fig("distance", False, m.end())
            return fig(cat, True, m.end())
        return fig("identifier", False, m.end())
    after = prose[num_end:min(end, num_end + 3)]
    if regex.match(r"[\-–/][0-9]", after):
        # "3-1", "2019-2020", "24/7": scores, ranges of years, identifiers
        other = _RANGE_AFTER.match(prose, num_end, end)
        second = _value(other.group(1)) if other else 0
        if 1800 <= value <= 2100 and 1800 <= second <= 2100:
            return fig("year", False, num_end + len(other.group(0)))
        return fig("score" if value < 100 and second < 100 else "identifier", False, num_end + len(other.group(0)))
    if prev_char in "-–" and num_start - 2 >= start and prose[num_start - 2].isalpha():
        return fig("identifier", False, num_end)
    if _ENUMERATION_AFTER.match(prose, num_end, end) and \
            prose[max(start, num_start - 3):num_start].strip(" \u00a0\u202f-–—\"»:")[-1:] in ("", ".", "!", "?"):
        return fig("enumeration", False, num_end)  # "1 - « … »", "2) …": list numbering
    if prev_word == "pour" and value in (100, 1000, 10000, 100000, 1000000):
        return fig("rate-base", False, num_end)  # "118 cas pour 100.000 habitants"
    if prev_word in _IDENT_BEFORE or prev_word.endswith("-") or prev_char == "#":
        return fig("identifier", False, num_end)
    if prev_word.endswith("n°") or prev_word == "n°":
        return fig("identifier", False, num_end)
    if _HOURS_AFTER.match(prose, num_end, end) and value < 25:
        return fig("time", False, num_end)
    if _MINUTES_AFTER.match(prose, num_end, end):
        return fig("time", False, num_end + 3)
    unit = _UNIT_RE.match(prose, num_end, end)
    if unit:
        category = _category_for_unit(unit.group("unit"))
        stop = unit.end()
        if unit.group("scale") and category in ("count", "duration", "date"):
            category = "count"
        if category in ("date", "duration"):
            if category == "duration" and unit.group("unit").lower() in ("ans", "an") and prev_word in _AGE_BEFORE:
                category = "age"
            if unit.group("scale"):
                category = "count"
            else:
                return fig(category, False, stop)
        if category == "measure" and _is_location(prose, unit.group("unit"), prev_word, stop, end):
            return fig("distance", False, stop)
        if category == "measure" and unit.group("unit").lower() in ("t", "g", "l", "m", "s", "h", "°", "mm", "cm", "mg", "ha"):
            if value < 1 and not estimate:
                return fig("identifier", False, stop)
        return fig(category, True, _extend_noun(prose, stop, end) if category == "count" else stop)
    scale = _SCALE_AFTER_NUMBER.match(prose, num_end, match_window(prose, num_end, end, len("milliards") + 1))
    if scale:
        stop = _extend_noun(prose, scale.end(), end)
        return fig("count", True, stop)
    no_separator = regex.fullmatch(r"\d+", num) is not None
    nxt = _NEXT_WORD.match(prose, num_end, end)
    next_word = nxt.group("w").lower().replace("’", "'") if nxt else ""
    counted = bool(next_word) and next_word not in _NOT_COUNTED and not next_word[0].isdigit()
    if no_separator and 1000 <= value <= 2100 and not m.group("dec"):
        if prev_word in _YEAR_BEFORE or not counted or (nxt and nxt.group("w")[:1].isupper()):
            return fig("year", False, num_end)
    if next_word in _RESULT_NOUNS:
        return fig("result", False, nxt.end())
    if next_word in _LIVING_AFTER or (counted and nxt and not nxt.group("w")[:1].isupper()):
        stop = nxt.end()
        if prev_word in ("les", "ces", "ses", "leurs", "nos", "vos", "mes") and value < 10:
            return fig("narrative", False, stop)
        return fig("count", True, stop)
    if next_word in _VERBS_AFTER_COUNT:
        # "et 98 ont été mises en quarantaine": a count as the subject of a verb.
        return fig("count", True, num_end)
    if estimate:
        return fig("estimate", True, num_end)
    # A bare number, counting nothing named: a rank, a code, a reference.
    return fig("number", False, num_end)
