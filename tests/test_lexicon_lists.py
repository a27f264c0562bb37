"""The word lists the analysis reads from grammars/lexicon: each loads, as the set the code
looks words up in, and holds the words its reading is written for."""
from __future__ import annotations

import pytest

from attrlint.word_lists import normalise, read_word_lists, word_sets


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
    ("quotes.toml", "relaying", {"rapporter", "indiquer", "révéler", "relayer"}),
    ("function_words.toml", "one", {"un", "une"}),
    ("function_words.toml", "clause_openings", {"car", "mais", "et", "or", "donc"}),
    ("function_words.toml", "reporting_prepositions", {"selon", "d'après"}),
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
    ("figures.toml", "list_joins", {"et", "ou", ",", "à", "contre"}),
    ("figures.toml", "abstentions", {"abstention", "abstentions"}),
    ("figures.toml", "comes_to", {"représente", "représentera", "fait"}),
    ("figures.toml", "after_apposition", {"de", "d'", ",", ")"}),
    ("figures.toml", "subject_after_si", {"le", "un", "on", "je", "j'"}),
    ("function_words.toml", "object_pronouns", {"l'", "le", "la", "les", "lui", "leur", "y", "en"}),
    ("function_words.toml", "direct_object_pronouns", {"l'", "le", "la", "les", "en"}),
    ("function_words.toml", "personal_object_pronouns", {"me", "m'", "nous", "vous"}),
    ("function_words.toml", "familiar_object_pronouns", {"te", "t'"}),
    ("function_words.toml", "person_pronouns", {"il", "elle", "ils", "elles", "celle-ci", "celui"}),
    ("function_words.toml", "one_person", {"il", "elle", "celle-ci", "celui-ci"}),
    ("function_words.toml", "feminine_one_person", {"elle", "celle-ci"}),
    ("function_words.toml", "first_person_subjects", {"je", "j'", "nous"}),
    ("function_words.toml", "possessives", {"son", "sa", "ses", "leur", "leurs"}),
    ("function_words.toml", "one_person_stressed", {"lui", "elle"}),
    ("function_words.toml", "person_pronoun_sources", {"lui", "elle", "eux", "elles"}),
    ("quotes.toml", "common_verbs", {"est", "sont", "peut", "c'est", "n'ont", "soyez"}),
    ("quotes.toml", "noun_phrase_openers", {"le", "l'", "des", "comme"}),
    ("quotes.toml", "quoted_phrase_prepositions", {"pour", "sans", "d'", "aux"}),
    ("quotes.toml", "charged_for_ends", {"pour", "de", "d'", "du", "des"}),
    ("figures.toml", "circumstances", {"après", "malgré", "parce"}),
    ("figures.toml", "other_clause_openings", {"qui", "dont", "lorsqu'", "si", "s'"}),
    ("figures.toml", "estimation_participles", {"estimé", "évaluées", "chiffré"}),
    ("function_words.toml", "passive_auxiliaries", {"est", "sont", "seraient", "été"}),
    ("subjects.toml", "presenting_ce", {"c'", "ce"}),
    ("subjects.toml", "presenting_being", {"est", "sont", "furent"}),
    ("subjects.toml", "links_after_cest", {"pourquoi", "alors", "dire"}),
    ("subjects.toml", "of_them", {"eux", "elles"}),
    ("subjects.toml", "indefinite_people", {"certains", "certaines"}),
    ("subjects.toml", "doing", {"fait", "faisait"}),
    ("subjects.toml", "seeming", {"semble", "semblait"}),
    ("subjects.toml", "staying", {"reste", "restait"}),
    ("subjects.toml", "object_determiners", {"un", "la", "l'", "ses", "cette"}),
    ("subjects.toml", "left_over", {"quelques", "peu", "rien", "toutefois"}),
    ("subjects.toml", "not_done", {"eu", "été", "lieu", "peu"}),
    ("subjects.toml", "clause_goes_on", {"qui", "qu'", "dont", "car"}),
    ("figures.toml", "ident_before", {"article", "p.", "n°", "covid-", "lignes", "mensuel"}),
    ("figures.toml", "months", {"janvier", "août", "décembre"}),
    ("figures.toml", "year_before", {"depuis", "l'an", "jusqu'en", "d'ici", "l'édition"}),
    ("figures.toml", "age_before", {"âgé", "âge", "ses", "à"}),
    ("figures.toml", "not_counted", {"et", "d'", "n'", "fois", "ans", "voire"}),
    ("figures.toml", "living_after", {"autres", "autre"}),
    ("figures.toml", "definite_plural", {"les", "ces", "des", "aux"}),
    ("figures.toml", "result_nouns", {"but", "buts", "victoires", "médailles", "records"}),
    ("figures.toml", "address_nouns", {"rue", "bis", "ter", "quai"}),
    ("figures.toml", "engine_nouns", {"cylindres", "soupapes", "vitesses"}),
    ("figures.toml", "gear_nouns", {"rapports", "vitesses"}),
    ("figures.toml", "verbs_after_count", {"ont", "sont", "demeurent", "sont-ils"}),
    ("figures.toml", "nouns_like_conjugated", {"portrait", "extrait", "front"}),
    ("figures.toml", "before_the_noun", {"nouveaux", "autres", "principales"}),
    ("figures.toml", "not_nouns", {"parmi", "si", "soit", "déjà", "mêmes"}),
    ("quotes.toml", "seen_openers", {"le", "l'", "des", "sa", "cette"}),
    ("function_words.toml", "before_an_article", {"après", "d'", "selon", "et", "ou"}),
    ("function_words.toml", "inverted_pronouns", {"il", "elle", "on", "ils", "elles"}),
    ("function_words.toml", "inverted_other_persons", {"je", "nous", "vous"}),
    ("figures.toml", "thousands", {"mille"}),
    ("figures.toml", "millions", {"million", "millions"}),
    ("figures.toml", "billions", {"milliard", "milliards"}),
    ("words.toml", "REFL", {"se", "s'"}),
    ("words.toml", "NEG", {"ne", "n'"}),
    ("figures.toml", "article_after_preposition", {"aux", "des", "du"}),
    ("figures.toml", "name_particles", {"le", "la", "les", "de", "des", "du"}),
    ("figures.toml", "estimate_words", {"environ", "près", "jusqu", "d", "presque"}),
    ("function_words.toml", "avoir_auxiliaries", {"a", "ont", "avait", "avaient"}),
    ("function_words.toml", "future_avoir_auxiliaries", {"aura", "auront"}),
    ("function_words.toml", "conditional_avoir_auxiliaries", {"aurait", "auraient"}),
    ("function_words.toml", "etre_auxiliaries", {"est", "sont", "était", "étaient"}),
    ("function_words.toml", "pluperfect_auxiliaries", {"avait", "étaient"}),
    ("function_words.toml", "event_auxiliaries", {"a", "avons", "fut", "furent", "eut"}),
    ("function_words.toml", "simple_past_etre", {"fut", "furent"}),
    ("function_words.toml", "definite_articles", {"le", "la", "les"}),
    ("function_words.toml", "definite_and_demonstrative_determiners", {"l'", "les", "cet", "ces"}),
    ("function_words.toml", "indefinite_and_possessive_determiners", {"un", "des", "sa", "leurs"}),
    ("function_words.toml", "one_owner_possessives", {"son", "sa", "ses"}),
    ("function_words.toml", "singular_determiners_after_de", {"la", "l'", "leur", "son", "sa"}),
    ("function_words.toml", "determiners", {"le", "notre", "des", "cette", "leurs"}),
    ("function_words.toml", "articles", {"l'", "une", "des", "du", "aux"}),
    ("function_words.toml", "articles_and_de", {"de", "d'", "du", "l'", "une"}),
    ("function_words.toml", "caption_determiners", {"le", "l'", "des", "du", "cette"}),
    ("function_words.toml", "group_determiners", {"les", "ces"}),
    ("function_words.toml", "de", {"de", "d'"}),
    ("function_words.toml", "de_contractions", {"du", "des"}),
    ("function_words.toml", "de_and_contractions", {"de", "d'", "du", "des"}),
    ("function_words.toml", "de_before_a_name", {"de", "d'", "du"}),
    ("function_words.toml", "de_with_articles", {"de", "des", "de la", "de l'"}),
    ("function_words.toml", "a_and_contractions", {"à", "au", "aux"}),
    ("function_words.toml", "prepositions_of_words", {"par", "en", "à travers"}),
    ("function_words.toml", "channel_prepositions", {"à", "sur", "depuis"}),
    ("function_words.toml", "place_prepositions", {"de", "d'", "au", "en"}),
    ("function_words.toml", "place_and_time_prepositions", {"à", "devant", "lors", "près"}),
    ("function_words.toml", "infinitive_prepositions", {"à", "de", "d'"}),
    ("function_words.toml", "price_prepositions", {"à", "pour", "contre"}),
    ("function_words.toml", "range_joins", {"à", "et"}),
    ("function_words.toml", "and_or", {"et", "ou"}),
    ("function_words.toml", "and_but", {"et", "mais"}),
    ("function_words.toml", "more_and_less", {"plus", "moins"}),
    ("function_words.toml", "clause_links", {"et", "puis", "donc", "car"}),
    ("function_words.toml", "relative_pronouns", {"qui", "qu'", "dont", "où"}),
    ("function_words.toml", "relatives_and_conjunctions", {"où", "lorsqu'", "puisque", "si"}),
    ("function_words.toml", "que", {"que", "qu'"}),
    ("function_words.toml", "si", {"si", "s'il", "s'elles"}),
    ("function_words.toml", "tel", {"tel", "telles"}),
    ("function_words.toml", "tout", {"tout", "tous", "toutes"}),
    ("function_words.toml", "incise_clitics", {"se", "s'", "lui", "vous"}),
    ("function_words.toml", "first_person_singular", {"je", "moi", "mes"}),
    ("function_words.toml", "first_and_second_persons", {"j'", "nos", "vous", "t'", "tes"}),
    ("function_words.toml", "addressing_vous", {"vous", "votre", "vos"}),
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


def test_the_object_pronouns_are_one_list_read_as_each_reading_needs() -> None:
    """The object pronouns are written once: the readings add the clitics they also pass
    (reflexive, negative, personal) and, reading plain words, drop the apostrophe."""
    from attrlint.analysis import figure_rules, scope, speakers, subjects

    third = _lists("function_words.toml")["object_pronouns"]
    assert figure_rules._CLITICS == third
    assert subjects._OBJECT_CLITICS == third | {"se", "s'", "ne", "n'"}
    assert {"l", "s", "n", "m", "lui", "vous"} <= speakers._OBJECT_PRONOUNS
    assert not any("'" in w for w in speakers._OBJECT_PRONOUNS)
    for word in ("lui", "Vous", "te", "en", "t’", "m'"):
        assert scope._CLITICS.search(f"« Non », {word} dit"), word
    assert not scope._CLITICS.search("« Non », a lancé")


def test_the_lists_read_against_the_text_take_both_apostrophes() -> None:
    """Read against the words as written, the elided ones match a straight or a curly apostrophe."""
    from attrlint.analysis import quotes
    from attrlint.word_lists import with_curly_apostrophes

    assert with_curly_apostrophes(["d'", "de"]) == {"d'", "d’", "de"}
    assert {"l'", "l’"} <= quotes._NOUN_PHRASE_OPENERS
    assert {"d'", "d’"} <= quotes._PREPOSITIONS
    assert "poursuivi d’".endswith(quotes._CHARGED_FOR_ENDS)
    from attrlint.analysis import speakers
    assert {"l'", "l’"} <= speakers._SEEN_OPENERS


def test_the_inverted_pronouns_are_one_list_read_by_the_tokens_and_the_incises() -> None:
    """One list of inverted pronouns: the tokenizer reads all of them, "-t-" before those of
    the third person; the incises of scope.py those for a person, speakers.py those for one."""
    from attrlint.analysis import scope, speakers
    from attrlint.analysis.tokens import TOKEN_RE

    def clitics(text: str) -> list[str]:
        return [m.group() for m in TOKEN_RE.finditer(text) if m.lastgroup == "clitic"]

    assert clitics("a-t-elle dit, dis-je, pensez-vous, a t-on appris") == ["-t-elle", "-je", "-vous", "t-on"]
    assert clitics("le porte-parole, un sous-titre, disent-eux") == []
    assert scope._INVERTED_PRONOUN.search("précise-t-elle") and scope._INVERTED_PRONOUN.search("ajoutent-ils")
    assert not scope._INVERTED_PRONOUN.search("a-t-on")
    assert speakers._INVERTED_PRONOUN.search("dit-elle").group(1) == "elle"
    assert not speakers._INVERTED_PRONOUN.search("disent-ils")


def test_a_pronoun_as_a_source_stands_for_the_subject_pronoun_of_its_gender() -> None:
    from attrlint.analysis import speakers

    assert speakers._SOURCE_PRONOUNS == {"il": "il", "lui": "il", "celui-ci": "il", "elle": "elle", "celle-ci": "elle"}


def test_the_words_of_scale_give_each_reading_of_an_amount_its_power_of_ten() -> None:
    from attrlint.analysis import data_sources, figure_words

    assert figure_words.amount_of("1,5 million d'euros") == 1.5e6
    assert figure_words.amount_of("3 milliards") == 3e9 and figure_words.amount_of("2 mille") == 2e3
    assert data_sources._bare_value("12 millions de visiteurs") == "12 million"
    assert data_sources._bare_value("12 milliards") == "12 milliard"


def test_the_titles_are_read_as_they_are_written() -> None:
    """The titles before a name keep their capitals: "M." is a title, "m." a unit."""
    from attrlint.analysis.subjects import TITLES

    assert {"M", "Mme", "Dr", "Mgr"} <= TITLES and "m" not in TITLES


def test_the_units_in_capitals_are_read_as_they_are_written() -> None:
    from attrlint.analysis import figures

    assert {"MM", "KG", "T"} <= figures._UNITS_IN_CAPITALS
    assert all(unit.isupper() for unit in figures._UNITS_IN_CAPITALS)
