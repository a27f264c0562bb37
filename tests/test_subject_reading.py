"""QUO001: the subject of a sentence, read past what opens it (SPEC §2.1 rule 4)."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts

_TRAINING = "« soient mieux formés aux règles de sécurité »"


@pytest.mark.parametrize("text", [
    # a relative about the opening clause's words goes on with that clause, up to its own comma
    "Si elle craint d'être vue dans le bourg de Tulle, qui vit encore du bois, elle a tout de même "
    f"choisi de parler à cause de la honte, mais aussi pour que les apprentis {_TRAINING}.",
    # a comma inside quoted words ends no adverbial: "surtout" stresses the clause, whose subject speaks
    "Mais surtout il dressait un constat sur le retour des patients à leur domicile après un séjour : "
    "« c'est grave, on renvoie chez eux des malades contagieux ».",
])
def test_the_subject_after_an_opening_clause_speaks(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quoted", [
    ("Si elle craint d'être vue dans le bourg de Tulle, qui vit encore du bois, les machines ont tout "
     f"de même continué de tourner à cause de la crise, mais aussi pour que les apprentis {_TRAINING}.", _TRAINING),
    ("Si le bourg de Tulle, qui vit encore du bois, craint sa fermeture, les machines ont tout de même continué de "
     f"tourner à cause de la crise, mais aussi pour que les apprentis {_TRAINING}.", _TRAINING),
    ("Mais surtout la situation des patients renvoyés à leur domicile après un séjour se dégrade : "
     "« c'est grave, on renvoie chez eux des malades contagieux ».",
     "« c'est grave, on renvoie chez eux des malades contagieux »"),
])
def test_a_thing_after_an_opening_clause_does_not_speak(lint, text, quoted):
    assert excerpts(lint(article(text)), "QUO001") == [quoted]


_STRIKE = "« Nous ne céderons rien sur les salaires, ni sur les retraites. »"


def test_a_present_participle_opening_the_sentence_is_no_name(lint):
    # "Faisant" is capitalised for its place; the subject after the participle's phrase speaks next
    text = ("Paul Girard a pris la parole devant les grévistes. Faisant allusion à la grève des « cheminots du sud », "
            f"celui qui dirige le syndicat appelle à tenir bon. {_STRIKE}")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_resolution_after_a_present_participle_speaks_its_own_words(lint):
    text = ("Comprenant trois articles, la résolution déposée par les deux pays « demande un cessez-le-feu immédiat "
            "dans toute la région ».")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_thing_after_a_present_participle_does_not_speak(lint):
    text = ("Paul Girard a pris la parole devant les grévistes. Faisant suite à la grève des « cheminots du sud », "
            f"la fermeture des gares a duré trois jours. {_STRIKE}")
    assert excerpts(lint(article(text)), "QUO001") == [_STRIKE]


def test_a_building_after_a_present_participle_does_not_speak(lint):
    quoted = "« accueille les enfants du quartier dès la rentrée »"
    text = f"Comprenant trois salles, la nouvelle école du bourg {quoted}."
    assert excerpts(lint(article(text)), "QUO001") == [quoted]


_CHORES = "« Nous devons maintenant tout faire nous-mêmes, même les livraisons du matin. »"


def test_a_title_without_a_determiner_stands_in_apposition_to_the_subject(lint):
    # "Responsable d'une boulangerie…" is said of "elle", who speaks next
    text = ("Marie Durand a rouvert en mai. Responsable d'une boulangerie du vieux Nantes, elle "
            f"déplore que ses apprentis soient partis. {_CHORES}")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_thing_after_a_title_without_a_determiner_does_not_speak(lint):
    text = ("Marie Durand a rouvert en mai. Responsable d'une boulangerie du vieux Nantes, cette "
            f"affaire familiale a perdu ses apprentis. {_CHORES}")
    assert excerpts(lint(article(text)), "QUO001") == [_CHORES]


_LETTER = "« Deux jours plus tard, j'avais une lettre de sa fille, qui me remerciait. »"


def test_the_subject_after_a_dislocated_object_speaks(lint):
    # "Son cahier" is the object, taken up by "l'": the subject is "il", who speaks next
    text = f"« Je l'ai connu à vingt ans », a raconté Paul Martin. Son cahier, il l'a rendu à ses cousins. {_LETTER}"
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_dislocated_object_with_another_subject_hands_no_one_the_floor(lint):
    text = f"« Je l'ai connu à vingt ans », a raconté Paul Martin. Son cahier, la famille l'a reçu dimanche. {_LETTER}"
    assert excerpts(lint(article(text)), "QUO001") == [_LETTER]


_WAITING = "« J'attends de voir les actes avant de juger qui que ce soit. »"


def test_il_reste_and_an_adjective_is_someone_who_stays_so(lint):
    text = f"S'il admet avoir voté pour lui au premier tour, il reste circonspect. {_WAITING}"
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("left", ["deux semaines avant le scrutin", "des doutes sur son programme",
                                  "à convaincre les abstentionnistes"])
def test_il_reste_and_what_is_left_is_impersonal(lint, left):
    text = f"S'il admet avoir voté pour lui au premier tour, il reste {left}. {_WAITING}"
    assert excerpts(lint(article(text)), "QUO001") == [_WAITING]


_GHOST = "« La châtelaine nous a parlé d'un fantôme qui hanterait la tour du nord. »"


@pytest.mark.parametrize("put_forward", [
    "C'est Léa Martin, la présentatrice, qui a fait une confidence.",  # the person before "qui"
    "C'est pourquoi elle n'a pas été surprise par la rumeur.",  # a link, then the clause
    "C'est alors qu'elle a découvert la vieille tour.",
])
def test_the_subject_put_forward_by_c_est_speaks(lint, put_forward):
    text = f"Marie Durand a travaillé dix ans au château. {put_forward} {_GHOST}"
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("put_forward", [
    "C'est une rumeur qui a surpris tout le village.",
    "C'était la fin d'une longue époque pour le village.",
    "C'est là que la rumeur a pris naissance.",
])
def test_a_thing_put_forward_by_c_est_does_not_speak(lint, put_forward):
    text = f"Marie Durand a travaillé dix ans au château. {put_forward} {_GHOST}"
    assert excerpts(lint(article(text)), "QUO001") == [_GHOST]


_PORT = "« la fermeture de la criée qui menace tout le port »"


@pytest.mark.parametrize("text", [
    # a noun of people in the plural names people as its singular does
    f"Plusieurs pêcheurs se mobilisent contre {_PORT}.",
    # a minister of a religion is someone
    "Deux imams se sont élevés contre « la violence qui frappe nos quartiers depuis des mois ».",
    "Le curé a célébré la messe de minuit. « Nous ne fermerons pas l'église du village cet hiver. »",
])
def test_people_named_by_their_noun_speak_their_words(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quoted", [
    # people in the plural speak the words woven into their own sentence, not the next one
    ("Les pêcheurs ont manifesté devant la mairie. « Nous ne partirons pas sans réponse du préfet. »",
     "« Nous ne partirons pas sans réponse du préfet. »"),
    # a thing in the plural speaks nothing
    (f"Plusieurs bateaux sont partis ce matin contre {_PORT}.", _PORT),
])
def test_people_in_the_plural_do_not_hand_on_the_floor_and_things_do_not_speak(lint, text, quoted):
    assert excerpts(lint(article(text)), "QUO001") == [quoted]


@pytest.mark.parametrize("text, quoted", [
    ("Les pêcheurs à la retraite « ont bloqué le port toute la nuit avec leurs chalutiers ».",
     "« ont bloqué le port toute la nuit avec leurs chalutiers »"),
    ("L'opposant à la réforme « a bloqué le port toute la nuit avec son chalutier ».",
     "« a bloqué le port toute la nuit avec son chalutier »"),
])
def test_a_complement_of_the_subject_before_a_verb_inside_the_marks_is_no_verb_of_its_own(lint, text, quoted):
    # someone else's words about them, as "M. Durand « combinait… »"
    assert excerpts(lint(article(text)), "QUO001") == [quoted]


_AIR = "« La ville respirera mieux, et les commerces du centre aussi. »"


@pytest.mark.parametrize("text", [
    # "ce dernier", "cette dernière" before a verb that no list names, then its object: the one last named
    f"Le conseil a entendu un urbaniste. Ce dernier vante notamment le tramway. {_AIR}",
    f"Le conseil a entendu une urbaniste. Cette dernière dirige les travaux depuis mars. {_AIR}",
    f"Le conseil a entendu un urbaniste. Ce dernier propose « une ligne de tramway vers la gare ». {_AIR}",
])
def test_the_one_last_named_speaks_the_words_after_its_sentence(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # a noun after "dernier", with its complement, its verb or as a time: a thing, no one who speaks
    f"Le conseil a entendu un urbaniste. Cette dernière série de travaux inquiète. {_AIR}",
    f"Le conseil a entendu un urbaniste. Ce dernier projet plaît aux habitants. {_AIR}",
    f"Le conseil a entendu un urbaniste. Ce dernier été a laissé des traces. {_AIR}",
])
def test_a_noun_after_dernier_does_not_speak(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == [_AIR]
