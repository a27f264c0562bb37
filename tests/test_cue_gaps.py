"""Words that may stand inside an attribution cue: adverbial phrases between
the auxiliary and the verb of saying, and a time word between the verb and
its inverted subject."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts

from attrlint.engine import analyse_document
from attrlint.lexicon import build_default_lexicon
from attrlint.readers.text import read_text


@pytest.mark.parametrize("text", [
    "En mars, la sénatrice avait en effet déclaré devant la presse que « la réforme ne passera pas ».",
    "Le syndicat a par ailleurs affirmé que « les salaires doivent suivre les prix ».",
    "Le maire a de son côté assuré que « personne ne sera laissé sans logement ».",
    "La ministre a pour sa part estimé que « le calendrier reste tenable ».",
])
def test_adverbial_phrase_between_auxiliary_and_verb(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_time_word_between_the_verb_and_its_speaker(lint):
    text = ("Il faudra revoir le budget des transports en tenant compte d'« un certain nombre de contraintes "
            "locales » et d'une « méthode partagée » entre les régions, a indiqué jeudi le président du conseil.")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    "La réforme a en effet changé « la donne pour les petites communes de la vallée ».",
    "Il faudra revoir le budget des transports en tenant compte d'« un certain nombre de contraintes locales et "
    "régionales » et d'une « méthode partagée » entre les régions, a changé jeudi le calendrier.",
])
def test_no_verb_of_saying_no_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") != []


@pytest.mark.parametrize("headline", [
    "« Nous reconstruirons la ville pierre par pierre » : le maire face aux sinistrés",
    "« Qui paiera la facture ? » : Jeanne Durand répond à ses opposants",
])
def test_headline_naming_its_speaker_after_the_colon(headline):
    assert all(q.attributed for q in _headline_speech(headline))


@pytest.mark.parametrize("headline", [
    "« Nous reconstruirons la ville pierre par pierre » et « Personne ne partira » : le maire",
    "« Nous reconstruirons la ville pierre par pierre », promesse de campagne",
])
def test_headline_quotation_with_no_speaker_after_it(headline):
    assert not all(q.attributed for q in _headline_speech(headline))


def _headline_speech(headline: str) -> list:
    """The quotations of a headline that are someone's words (QUO001 checks the headline
    only with its check-titles option: the analysis is read here)."""
    ad = analyse_document(read_text("a.txt", headline + "\n\nLe texte de l'article.\n"), build_default_lexicon())
    speech = [q for q in ad.quotes if q.is_speech and q.depth == 0]
    assert speech
    return speech


@pytest.mark.parametrize("text", [
    "Pour une responsable s'exprimant sous couvert d'anonymat, « le dossier est clos depuis longtemps ».",
    "Pour un magistrat s'occupant du dossier, « la piste criminelle reste ouverte ».",
])
def test_pour_with_a_speaker_described_by_a_pronominal_participle(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_pour_with_a_time_phrase_is_no_speaker(lint):
    text = "Pour la semaine qui s'ouvre, « le dossier est clos depuis longtemps pour tout le monde »."
    assert excerpts(lint(article(text)), "QUO001") != []


@pytest.mark.parametrize("text", [
    "Pour le vice-président de la fédération, « la saison est déjà perdue pour nos clubs ».",
    "Pour l'ex-directrice de l'hôpital, « nous avons manqué de lits tout l'hiver ».",
    "Pour la sous-préfète, « nous fermerons la route jusqu'à nouvel ordre ».",
])
def test_pour_with_a_title_made_with_a_prefix(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # a prefix before a noun that names no source
    "Pour le vice-champion de la saison, « la saison est déjà perdue pour nos clubs ».",
    # the title ends the sentence: no statement follows it
    "Le vote revient au vice-président de la fédération. « La saison est déjà perdue pour nos clubs. »",
])
def test_a_prefix_before_no_title_or_no_statement_names_no_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") != []


def test_pointer_before_a_quotation_names_the_speaker(lint):
    text = "À l'audience, l'inspectrice pointe « un défaut de surveillance de la salle des machines »."
    assert excerpts(lint(article(text)), "QUO001") == []


def test_pointer_without_words_quoted_after_it_is_no_cue(lint):
    text = "Le rapport pointe un défaut de surveillance. « Personne n'a vérifié la salle des machines. »"
    assert excerpts(lint(article(text)), "QUO001") == ["« Personne n'a vérifié la salle des machines. »"]


def test_selon_between_commas_inside_the_marks_names_the_speaker(lint):
    text = "La députée a défendu l'amendement. « Indispensable, selon elle, dès cette année. » Le texte a été rejeté."
    assert excerpts(lint(article(text)), "QUO001") == []


def test_selon_opening_the_quoted_words_is_the_speaker_quoting(lint):
    text = "La séance a repris à midi. « Selon les experts, il faut agir dès cette année. » Le texte a été rejeté."
    assert excerpts(lint(article(text)), "QUO001") == ["« Selon les experts, il faut agir dès cette année. »"]


def test_a_long_selon_inside_the_marks_is_the_speakers_own(lint):
    text = ("La réunion a été reportée. « Les aides varieront, selon le nombre de communes sinistrées, "
            "d'une région à l'autre. » Le texte a été rejeté.")
    assert excerpts(lint(article(text)), "QUO001") != []


def test_citer_before_quoted_words_names_the_speaker(lint):
    text = "Le président a cité « la façon dont chacun a tenu son poste sans jamais se plaindre » pendant la crise."
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    "Le rapport a cité trois exemples. « Tout le monde a fait sa part. »",
    "Le dossier est cité en exemple. « Tout le monde a fait sa part. »",
])
def test_citer_without_words_quoted_after_it_is_no_cue(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == ["« Tout le monde a fait sa part. »"]


@pytest.mark.parametrize("text", [
    "La chaîne diffusera dimanche soir « Ce que la mer nous a laissé » de Claire Dubois, puis un débat.",
    "La phrase « Je ne regrette vraiment rien de tout cela » d'Édith Morel reste célèbre.",
])
def test_a_full_name_after_the_marks_is_the_author(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_place_after_the_marks_is_no_author(lint):
    text = "Les trains ont roulé « des heures et des heures sans rien savoir » de Paris à Lyon."
    assert excerpts(lint(article(text)), "QUO001") == ["« des heures et des heures sans rien savoir »"]


def test_a_pronominal_incise_after_a_quotation_still_names_its_speaker(lint):
    # "se rappeler" keeps its other sense elsewhere; as an incise it reports the words before it.
    text = "« Nous avions marché en rang jusqu'à la gare », se rappelle avec émotion Jean Dupont."
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    "Comme le souligne en effet Le Courrier, le musée accueillait 4 000 visiteurs par jour.",
    "Comme l'a d'ailleurs rappelé la préfecture, 300 gendarmes sont mobilisés.",
])
def test_an_adverb_inside_comme_le_dit_x(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []


# Collected text that lost the line break after a heading glues the heading to the
# sentence after it: the source preposition that opens that sentence is still read.
@pytest.mark.parametrize("glued", ["recordD'après", "recordD’après", "RECORDSelon", "recordToujours selon"])
def test_a_source_glued_to_the_heading_before_it_is_read(lint, glued):
    text = article(f"Un déficit {glued} une estimation du conseil, le déficit atteindrait 30 milliards d'euros.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_source_glued_to_a_heading_does_not_source_the_heading(lint):
    text = article("70.000 foyers privés d'électricitéSelon le parquet, le groupe électrogène était dans le garage.")
    assert excerpts(lint(text), "FIG001") == ["70.000 foyers"]


def test_a_glued_source_opens_a_sentence_of_its_own():
    doc = read_text("a.txt", "Titre\n\nLES SAISIES EN HAUSSE à MARSEILLESelon le chef de la police, les enquêtes avancent.")
    ad = analyse_document(doc, build_default_lexicon())
    sentences = [ad.prose[s.span.start:s.span.end] for s in ad.sentences]
    assert sentences[1:] == ["LES SAISIES EN HAUSSE à MARSEILLE", "Selon le chef de la police, les enquêtes avancent."]
    assert "prepositional" in [c.kind for c in ad.sentences[2].cues]


@pytest.mark.parametrize("name", ["McDonald", "YouTube", "DiCaprio", "SelonBis"])
def test_names_written_in_one_word_stay_whole(name):
    from attrlint.analysis.tokens import tokenize

    tokens = tokenize(f"Il parle de {name} ce soir.", build_default_lexicon())
    assert name in [t.text for t in tokens]


@pytest.mark.parametrize("text", [
    # The inverted auxiliary, then a modal participle before the infinitive that says.
    "« Il faut rouvrir la gare avant l'hiver », a-t-elle ensuite pu préciser.",
    "« La digue ne tiendra pas une crue de plus », a-t-il su expliquer.",
    # "se voir" + the infinitive, its subject after it.
    "« Le dossier est clos depuis des mois », s'est vu répondre la cliente par le guichet.",
])
def test_a_short_participle_before_the_infinitive_of_an_incise(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    "« Le dossier est clos depuis des mois », vu la situation de la commune.",
])
def test_vu_with_no_auxiliary_is_no_incise(lint, text):
    assert excerpts(lint(article(text)), "QUO001") != []


def test_words_set_off_by_commas_between_the_incise_and_its_subject(lint):
    text = ("« Nous avions tout reconstruit après la dernière inondation et voilà que tout recommence », "
            "grimace, les yeux rougis, une habitante du quartier.")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_words_set_off_by_commas_with_no_subject_after_them(lint):
    text = ("« Nous avions tout reconstruit après la dernière inondation et voilà que tout recommence », "
            "grimace, encore et encore, avec colère.")
    assert excerpts(lint(article(text)), "QUO001") != []


def test_the_place_spoken_from_between_the_incise_and_its_subject(lint):
    text = ("« Vous avez fait un travail remarquable pendant toute cette longue mission », "
            "les a salués depuis Houston le directeur du programme.")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("manner", ["selon les règles de sa religion", "selon le rite orthodoxe",
                                    "selon les modalités prévues par sa famille"])
def test_selon_a_rule_or_rite_tells_how_not_who(lint, manner):
    text = article(f"Le musicien a été inhumé samedi {manner}, en présence de près de 3 000 personnes.")
    assert excerpts(lint(text), "FIG001") == ["près de 3 000 personnes"]


@pytest.mark.parametrize("source", ["selon la préfecture", "selon les organisateurs", "selon le rapport du diocèse"])
def test_selon_a_source_still_sources_the_figure(lint, source):
    text = article(f"Le musicien a été inhumé samedi en présence de près de 3 000 personnes, {source}.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("text, figure", [
    ("Le déconfinement dit de phase 1 concerne désormais 400 communes du département.", "400 communes"),
    ("Le plan dit de relance a déjà créé 300 emplois dans la vallée.", "300 emplois"),
    ("La procédure dite de Dublin a renvoyé 2 000 demandeurs l'an dernier.", "2 000 demandeurs"),
    ("Les policiers ont lancé 800 grenades dites de « désencerclement » samedi.", "800 grenades"),
])
def test_dit_as_so_called_reports_no_words(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text", [
    "Le préfet dit de rester chez soi : 400 communes sont en alerte rouge.",
    "Le maire dit de façon claire que 400 logements seront construits.",
    "« Nous reconstruirons 400 maisons », dit de son côté le maire.",
])
def test_dit_before_an_infinitive_a_manner_or_as_an_incise_still_says(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("source", ["Selon le conseil régional", "Selon le Conseil scientifique", "D'après le conseil municipal"])
def test_a_council_sources_the_figure(lint, source):
    assert excerpts(lint(article(f"{source}, 300 lycées resteront fermés jusqu'en mai.")), "FIG001") == []


@pytest.mark.parametrize("text, figure", [
    ("Le nombre de malades varie selon les régions et atteint 300 personnes dans le Nord.", "300 personnes"),
    ("Les tarifs, très variables selon la taille des salles, atteignent 900 euros la soirée.", "900 euros"),
    ("De fortes variations selon les pays portent le taux de chômage à 12 % au sud.", "12 %"),
])
def test_selon_after_a_word_of_variation_is_depending_on(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text", [
    "Les prix varient, selon l'Insee, de 30 % d'une région à l'autre.",
    "Les prix varient selon l'Insee de 30 % d'une région à l'autre.",
    "Selon les régions, 300 lycées resteront fermés jusqu'en mai.",
])
def test_selon_a_source_after_a_word_of_variation_still_sources(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []
