"""The word lists the analysis reads from grammars/lexicon: each loads, as the set the code
looks words up in, and holds the words its reading is written for."""
from __future__ import annotations

import pytest

from attrlint.lexicon import normalise, read_word_lists, word_sets


def _lists(name: str) -> dict[str, frozenset[str]]:
    return word_sets(f"lexicon/{name}")


# What each reading of the analysis expects of the lists it reads: file, list, some words.
EXPECTED = [
    ("conditionals.toml", "irregular_conditionals", {"serait", "auraient", "ferait", "viendrait"}),
    ("conditionals.toml", "imperfect_like_conditionals", {"livrait", "ouvraient", "éclairait"}),
    ("conditionals.toml", "modal_stems", {"pourr", "devr", "voudr", "sembler"}),
    ("conditionals.toml", "foreseeing_modal_stems", {"pourr", "devr"}),
    ("conditionals.toml", "reportive_auxiliaries", {"serait", "seraient", "aurait", "auraient"}),
    ("conditionals.toml", "reportive_stems", {"proviendr", "compter", "atteindr"}),
    ("conditionals.toml", "pointing_back", {"tel", "telle", "tels", "telles"}),
    ("conditionals.toml", "demonstratives", {"ce", "c'", "cela", "ça"}),
    ("conditionals.toml", "counterfactual_participles", {"pu", "dû", "voulu"}),
    ("conditionals.toml", "judgements", {"préférable", "équitable", "risqué", "inacceptables"}),
    ("conditionals.toml", "asking", {"quel", "pourquoi", "combien"}),
    ("conditionals.toml", "weighing_words", {"chose", "solution", "mieux"}),
    ("conditionals.toml", "not_governing_que", {"tandis", "alors", "parce", "sorte"}),
    ("conditionals.toml", "birthday_participles", {"eu", "fêté"}),
    ("conditionals.toml", "birthday_possessives", {"ses", "leur"}),
    ("conditionals.toml", "years", {"ans", "an"}),
    ("conditionals.toml", "aged", {"âgé", "âgées"}),
    ("conditionals.toml", "clause_breaks", {"mais", "car", ";"}),
    ("conditionals.toml", "predicate_determiners", {"un", "une", "des", "d'"}),
    ("function_words.toml", "etre", {"est", "sont", "était", "été", "êtes"}),
    ("function_words.toml", "comparatives", {"plus", "moins", "aussi", "davantage"}),
    ("quotes.toml", "not_incise_verbs", {"mais", "comme", "selon", "lesquelles", "jusqu"}),
    ("function_words.toml", "one", {"un", "une"}),
    ("function_words.toml", "clause_openings", {"car", "mais", "et", "or", "donc"}),
    ("function_words.toml", "demonstrative_pronouns", {"celle", "celui", "ceux", "celles"}),
    ("function_words.toml", "past_auxiliaries", {"a", "ont", "avait", "était"}),
    ("figures.toml", "average", {"moyenne", "moyen"}),
    ("figures.toml", "flow_words", {"par", "cubes"}),
    ("figures.toml", "news", {"désormais", "maintenant", "dépassé", "franchi"}),
    ("figures.toml", "before_inhabitants", {"de", "d'", "(", "les", "aux"}),
    ("figures.toml", "before_a_capacity", {"à", "de", "sa", "leur"}),
    ("figures.toml", "group_openings", {"parmi", "sur"}),
    ("figures.toml", "spread_over", {"travers", "dans"}),
    ("figures.toml", "bracket_words", {"(", "contre", "soit", "environ"}),
    ("figures.toml", "list_joins", {"et", "ou", ",", "à"}),
    ("figures.toml", "after_apposition", {"de", "d'", ",", ")"}),
    ("figures.toml", "subject_after_si", {"le", "un", "on", "je", "j'"}),
    ("figures.toml", "article_after_preposition", {"aux", "des", "du"}),
    ("figures.toml", "name_particles", {"le", "la", "les", "de", "des", "du"}),
    ("figures.toml", "estimate_words", {"environ", "près", "jusqu", "d", "presque"}),
]


@pytest.mark.parametrize("name, key, words", EXPECTED, ids=[f"{n}:{k}" for n, k, _ in EXPECTED])
def test_each_list_loads_and_holds_the_words_its_reading_expects(name: str, key: str, words: set[str]) -> None:
    assert words <= _lists(name)[key]


@pytest.mark.parametrize("name, key, words", EXPECTED, ids=[f"{n}:{k}" for n, k, _ in EXPECTED])
def test_the_words_are_written_as_they_are_looked_up(name: str, key: str, words: set[str]) -> None:
    """Lower case, composed accents, a straight apostrophe: a word written otherwise in the
    list would never match a token."""
    for word in read_word_lists(f"lexicon/{name}")[key]:
        assert normalise(word) == word, word
