"""The determiners and forms of "de" before a noun are read as whole words: "des élus" is not
"de" + "s élus", "une chanson" not "un" + "e chanson", "les policiers" not "le" + "s"."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts

from attrlint.api import sources_of_text
from attrlint.engine import analyse_document
from attrlint.lexicon import build_default_lexicon
from attrlint.readers.text import read_text

_WORDS = "« Nous ne lâcherons rien, même au mois de juin. »"


@pytest.fixture(scope="module")
def sources(registry):
    def names(body: str) -> list[str]:
        return [s.name for s in sources_of_text(article(body), "article.txt", registry=registry).sources]

    return names


@pytest.mark.parametrize("text, name", [
    (f"La réunion a duré deux heures. On retient surtout le message des enseignants. {_WORDS}", "enseignants"),
    (f"La réunion a duré deux heures. On retient surtout le message de la directrice. {_WORDS}", "la directrice"),
    (f"La réunion a duré deux heures. On retient surtout le message d'Anne Morel. {_WORDS}", "Anne Morel"),
])
def test_the_one_whose_words_a_sentence_announces_is_named_whole_after_de(sources, text, name):
    assert sources(text) == [name]


@pytest.mark.parametrize("text", [
    # "devant" is no "de" + "vant": no one whose words they are
    f"La réunion a duré deux heures. On retient surtout le discours devant les élus. {_WORDS}",
    # no noun for words
    f"La réunion a duré deux heures. On retient surtout la photo des enseignants. {_WORDS}",
])
def test_a_sentence_announcing_no_ones_words_after_a_word_opening_on_de_leaves_them_reported(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == [_WORDS]


_SONG = "« Nous danserons sous la pluie jusqu'au matin »"


@pytest.mark.parametrize("text", [
    f"{_SONG} est une chanson de 1952 que tout le village connaît.",
    f"Dans les rayons, {_SONG}, label de la mairie, s'affiche partout.",
])
def test_a_title_noun_after_une_or_a_comma_is_read_whole(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # no title noun: a judgement of the words
    f"{_SONG} est une honte pour tout le village.",
    # a noun opening on "le" that names no work
    f"Dans les rayons, {_SONG}, leçon de la mairie, s'affiche partout.",
])
def test_no_title_noun_after_une_or_a_comma_leaves_the_words_reported(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == [_SONG]


_JUDGED = "« hypocrite et dangereuse pour les salariés »"


@pytest.mark.parametrize("text, name", [
    (f"Une réforme jugée {_JUDGED} par les syndicats.", "les syndicats"),
    (f"Une réforme jugée {_JUDGED} par une syndicaliste.", "une syndicaliste"),
    (f"Une réforme jugée {_JUDGED} par leurs opposants.", "leurs opposants"),
    (f"Une réforme jugée {_JUDGED} par cette association.", "cette association"),
])
def test_the_agent_after_words_a_participle_weaves_in_is_named_whole(sources, text, name):
    assert sources(text) == [name]


def _as_said_sources(text: str) -> list[str]:
    """The sources of the "comme l'observent X" cues of ``text``."""
    ad = analyse_document(read_text("a.txt", article(text)), build_default_lexicon())
    return [c.source_text for c in ad.cues if c.kind == "inverted" and c.trigger in ("observent", "montre")]


@pytest.mark.parametrize("text, name", [
    ("Le chômage a baissé de 3 % en un an, comme l'observent les riverains du port.", "les riverains"),
    ("Le chômage a baissé de 3 % en un an, comme le montre une étude.", "une étude"),
])
def test_the_source_of_comme_l_explique_is_named_whole(text, name):
    assert _as_said_sources(text) == [name]


def test_a_word_opening_on_a_determiner_after_comme_l_explique_is_no_source():
    assert _as_said_sources("Le chômage a baissé de 3 % en un an, comme le montre sans doute la courbe.") == []
