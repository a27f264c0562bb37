"""QUO001: more ways a quotation gets, or lacks, its speaker."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts


@pytest.mark.parametrize("text", [
    "L'an dernier, il s'était plaint de ne pas avoir été averti qu'un expert « viendrait inspecter le chantier ».",
    "« On nous a oubliés, personne ne répond au téléphone », se plaint-elle.",
    "Les riverains se plaignent qu'on les ait « laissés seuls face aux crues ».",
])
def test_complaining_names_the_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_complaint_is_not_a_speaker(lint):
    text = "La plainte a été classée. « On ne lâchera rien, jamais, quoi qu'il arrive. »"
    assert excerpts(lint(article(text)), "QUO001") == ["« On ne lâchera rien, jamais, quoi qu'il arrive. »"]


@pytest.mark.parametrize("text", [
    "Plusieurs riverains ont critiqué la décision du maire. « On ne nous a rien demandé. »",
    "Les commerçants critiquent le nouveau plan de circulation. « Nos clients ne peuvent plus se garer. »",
])
def test_those_who_criticise_speak_the_words_that_follow(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    "Plusieurs riverains ont quitté la salle du conseil. « On ne nous a rien demandé. »",
    "Les commerçants subissent le nouveau plan de circulation. « Nos clients ne peuvent plus se garer. »",
])
def test_those_who_only_act_do_not_speak_the_words_that_follow(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "Dans la file d'attente, une personne a interpellé l'agent : « Ouvrez donc un deuxième guichet ! »",
    "Une personne l'a interpellée : « Rentrez donc chez vous, ici c'est complet ! »",
])
def test_a_person_named_by_the_word_personne_speaks(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_people_named_in_the_plural_do_not_speak_words_woven_after_them(lint):
    text = article("Les personnes venues au guichet « n'avaient jamais vu une telle file d'attente, même pendant les "
                   "grandes grèves ».")
    assert len(excerpts(lint(text), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "L'institut conduit depuis mars une étude sur « les effets du jeûne sur la mémoire des adolescents ».",
    "Le Sénat prépare un rapport sur « la gestion de l'eau dans les communes rurales ».",
])
def test_what_a_work_is_about_is_its_title(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_words_after_sur_without_a_work_are_still_a_quotation(lint):
    text = "Le débat porte sur « les effets du jeûne sur la mémoire des adolescents »."
    assert excerpts(lint(article(text)), "QUO001") == ["« les effets du jeûne sur la mémoire des adolescents »"]


def test_quotation_cut_by_a_word_goes_on_with_its_speaker(lint):
    text = ("« Le médecin m'a tout expliqué », a raconté la patiente. « Nous ne voulions pas » déranger "
            "« notre médecin pendant la crise, surtout sans symptômes. »")
    assert excerpts(lint(article(text)), "QUO001") == []


_CANTEEN = "« avant la fin des travaux de la cuisine centrale »"


def test_quotation_cut_from_an_attributed_one_over_several_sentences_goes_on_with_its_speaker(lint):
    # the attributed quotation opens a sentence before and closes in the sentence of the cut one
    text = ("La directrice a écrit aux parents : « La cantine restera fermée lundi. Les agents ne pourront pas » "
            f"assurer le service {_CANTEEN}.")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # the quotation before has no speaker either
    "La cantine ferme. « La cantine restera fermée lundi. Les agents ne pourront pas » assurer le service "
    f"{_CANTEEN}.",
    # the attributed quotation closes in the sentence before
    "La directrice a écrit aux parents : « La cantine restera fermée lundi. » Les agents ne pourront pas assurer "
    f"le service {_CANTEEN}.",
])
def test_quotation_after_one_closing_in_another_sentence_or_with_no_speaker_is_reported(lint, text):
    assert _CANTEEN in excerpts(lint(article(text)), "QUO001")


def test_quotation_cut_before_an_attributed_one_goes_on_with_its_speaker(lint):
    text = ("La loi du comté était contestée. « Nous avons lu tout le dossier avec soin » et elles « se ressemblent "
            "en tout point. Elles appellent donc la même décision », a tranché la cour.")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # the quotation after it has no speaker either
    "La loi du comté était contestée. « Nous avons lu tout le dossier avec soin » et elles « se ressemblent "
    "en tout point. Elles appellent donc la même décision ».",
    # more than a few words between them
    "La loi du comté était contestée. « Nous avons lu tout le dossier avec soin » depuis des semaines et les deux "
    "affaires « se ressemblent en tout point. Elles appellent donc la même décision », a tranché la cour.",
])
def test_quotation_cut_far_from_or_before_no_attributed_one_still_needs_a_speaker(lint, text):
    assert "« Nous avons lu tout le dossier avec soin »" in excerpts(lint(article(text)), "QUO001")


def test_quotation_cut_by_a_word_with_no_speaker_fires_twice(lint):
    text = "La crise est passée. « Nous ne voulions pas » déranger « notre médecin pendant la crise, surtout sans symptômes. »"
    assert excerpts(lint(article(text)), "QUO001") == [
        "« Nous ne voulions pas »", "« notre médecin pendant la crise, surtout sans symptômes. »"]


@pytest.mark.parametrize("text", [
    "A Beyrouth, le président Emmanuel Macron a défendu mardi « la liberté de blasphémer ».",
    "Le chanteur Jean Dupuis est « content de remonter sur scène » après deux ans d'absence.",
    "Elle est « heureuse que tout soit fini ».",
    # nouns for a person the list of sources leaves out
    "L'édile a pris un arrêté face à « une situation sanitaire catastrophique ».",
    "Le rappeur reste prudent. « Je ne sais pas encore si je reviendrai. »",
    # a participle opening the sentence before its subject
    "Lundi, interrogé par le journal, Paul Durand ne nie rien. « Je considère que la cause nous dépasse. »",
    "Mais, voyant les menaces peser sur son métier, M. Gandas perd tout espoir. « Nous devrons peut-être mendier. »",
])
def test_a_subject_speaks_the_words_woven_into_its_sentence(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quotation", [
    ("Le bâtiment était « dans un état de délabrement avancé, avec des fissures partout et des fenêtres brisées »",
     "« dans un état de délabrement avancé, avec des fissures partout et des fenêtres brisées »"),
    ("Le suspect était « connu des services de police pour des faits de violence » depuis 2015.",
     "« connu des services de police pour des faits de violence »"),
    ("Michel Durand est « suspecté d'avoir transmis des secrets à une puissance étrangère ».",
     "« suspecté d'avoir transmis des secrets à une puissance étrangère »"),
])
def test_a_thing_or_a_passive_is_described_by_someone_else(lint, text, quotation):
    assert excerpts(lint(article(text)), "QUO001") == [quotation]


def test_a_quotation_after_dans_that_opens_with_a_capital_is_a_title(lint):
    text = "Samedi soir, dans « On ne se couche jamais avant minuit », trois humoristes étaient les invités."
    assert excerpts(lint(article(text)), "QUO001") == []


def test_words_woven_after_dans_are_still_someone_s(lint):
    text = "La salle était comble. La région vit dans « un dénuement total, sans eau ni électricité »."
    assert excerpts(lint(article(text)), "QUO001") == ["« un dénuement total, sans eau ni électricité »"]


@pytest.mark.parametrize("text", [
    "Encore conscient à l'arrivée des secours, l'homme est décédé « des suites de ses blessures ».",
    "La réforme sera présentée « plus tard dans le mois » au Parlement.",
])
def test_a_few_words_woven_into_a_sentence_are_not_reported(lint, text):
    # Most such phrases are borrowed from a source the passage names elsewhere (explain QUO001).
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quotation", [
    # a sentence quoted whole, or words announced by a colon, are someone's statement
    ("La salle s'est tue. Puis, soudain : « Nous reviendrons ! »", "« Nous reviendrons ! »"),
    ("La réforme sera présentée « plus tard dans le mois, et sans changement de fond » au Parlement.",
     "« plus tard dans le mois, et sans changement de fond »"),
])
def test_a_quoted_statement_or_a_longer_quotation_is_still_reported(lint, text, quotation):
    assert excerpts(lint(article(text)), "QUO001") == [quotation]


@pytest.mark.parametrize("paragraphs", [
    ("Le camion roulait vite dans la descente, indique le parquet. Le chauffeur « aurait perdu le contrôle "
     "avant le virage ». Deux passants ont été blessés, poursuit le parquet.",),
    ("La salle était comble, a indiqué l'organisatrice. Les spectateurs « sont venus de toute la région pour ce "
     "concert ». Le groupe a joué deux heures. La recette ira à une association, a-t-elle ajouté.",),
    # an incise whose subject is an inverted pronoun: the one who spoke last goes on
    ("Le chantier du parc a commencé, a indiqué la mairie. Le jardin « ouvrira ses portes dès le printemps "
     "prochain ». Les travaux dureront un an, précise-t-elle.",),
    # the pronoun after a verb ending in a vowel sound, with no "-t-"
    ("Le chantier du parc a commencé, ont indiqué les élus. Le jardin « ouvrira ses portes dès le printemps "
     "prochain ». Les travaux dureront un an, précisent-ils.",),
])
def test_an_incise_that_goes_on_gives_the_words_before_it_their_source(lint, paragraphs):
    assert excerpts(lint(article(*paragraphs)), "QUO001") == []


@pytest.mark.parametrize("paragraphs", [
    # a verb that does not go on with words already spoken, its subject named after it
    ("Le chantier du parc a commencé, a indiqué la mairie. Le jardin « ouvrira ses portes dès le printemps "
     "prochain ». Les travaux dureront un an, précise la directrice du chantier.",),
    ("Le camion roulait vite dans la descente, indique le parquet. Le chauffeur « aurait perdu le contrôle "
     "avant le virage ». Deux passants ont été blessés, précise le parquet.",),
    # the incise in the next paragraph
    ("Le camion roulait vite dans la descente, indique le parquet. Le chauffeur « aurait perdu le contrôle "
     "avant le virage ».", "Deux passants ont été blessés, poursuit le parquet."),
    # too many sentences between the cue and the incise
    ("La salle était comble, a indiqué l'organisatrice. Les spectateurs « sont venus de toute la région pour ce "
     "concert ». Le groupe a joué deux heures. La première partie a été annulée. Le bar a fermé tard. La recette "
     "ira à une association, a-t-elle ajouté.",),
    # "ajouter" as the verb of another subject, not an incise
    ("La salle était comble, a indiqué l'organisatrice. Les spectateurs « sont venus de toute la région pour ce "
     "concert ». Le groupe a joué deux heures. La mairie a ensuite ajouté une date en juin.",),
])
def test_words_with_no_incise_going_on_after_them_stay_reported(lint, paragraphs):
    assert len(excerpts(lint(article(*paragraphs)), "QUO001")) == 1


def test_an_incise_that_goes_on_reaches_back_to_words_a_subject_speaks(lint):
    # No cue opens the account: the subject speaks the words woven into its sentence, and the
    # incise that goes on a few sentences later gives the words between them the same source.
    text = article("Le parquet reproche au chauffeur une « conduite dangereuse et répétée ». Il a été arrêté "
                   "mardi. Son passager « a tenté de fuir en sautant du camion à l'arrêt ». Il a été rattrapé "
                   "plus loin, poursuit le parquet.")
    assert excerpts(lint(text), "QUO001") == []


@pytest.mark.parametrize("paragraphs", [
    # a thing as the subject: no one speaks before the words, and the incise has nothing to go on
    ("La route était « glissante et mal éclairée ». Il a été arrêté mardi. Son passager « a tenté de fuir en "
     "sautant du camion à l'arrêt ». Il a été rattrapé plus loin, poursuit le parquet.",),
    # the subject's words in the paragraph before
    ("Le parquet reproche au chauffeur une « conduite dangereuse et répétée ».", "Il a été arrêté mardi. Son "
     "passager « a tenté de fuir en sautant du camion à l'arrêt ». Il a été rattrapé plus loin, poursuit le parquet."),
])
def test_words_with_no_one_speaking_before_the_incise_that_goes_on_stay_reported(lint, paragraphs):
    assert excerpts(lint(article(*paragraphs)), "QUO001") == ["« a tenté de fuir en sautant du camion à l'arrêt »"]


_WOVEN = "Le festival ouvre mardi. Les spectateurs « devront porter un masque dans toutes les salles de projection »."


def test_words_woven_before_an_incise_that_goes_on_are_its_speakers(lint):
    # "a ajouté" says the direction spoke just before: the words woven into the sentence before are its own.
    text = article(f"{_WOVEN} « Le public devra réserver en ligne », a ajouté la direction.")
    assert excerpts(lint(text), "QUO001") == []


@pytest.mark.parametrize("paragraphs", [
    # an incise that does not go on: the direction may speak for the first time
    (f"{_WOVEN} « Le public devra réserver en ligne », a précisé la direction.",),
    # the incise in the next paragraph
    (_WOVEN, "« Le public devra réserver en ligne », a ajouté la direction."),
    # a narrative sentence between the words and the incise
    (f"{_WOVEN} La billetterie a fermé. « Le public devra réserver en ligne », a ajouté la direction.",),
])
def test_words_woven_before_no_incise_going_on_stay_reported(lint, paragraphs):
    assert excerpts(lint(article(*paragraphs)), "QUO001") == [
        "« devront porter un masque dans toutes les salles de projection »"]


_WARNED = ("La rentrée approche. Le syndicat a prévenu mardi qu'« aucune classe ne fermera sans un long combat » et "
           "attend la décision du rectorat en juin.")
_GOES_ON = "« Nous irons jusqu'au bout si rien ne bouge. »"


def test_words_opening_the_next_sentence_go_on_the_quotation_its_sentence_attributes(lint):
    assert excerpts(lint(article(_WARNED + " " + _GOES_ON)), "QUO001") == []


def test_words_opening_the_next_paragraph_after_a_narrative_ending_still_need_a_speaker(lint):
    # The sentence goes on past the quotation and the paragraph ends on narration (SPEC §2.1 rule 4).
    assert _GOES_ON in excerpts(lint(article(_WARNED, _GOES_ON)), "QUO001")


@pytest.mark.parametrize("paragraphs", [
    # a term in quotation marks is no one's statement going on
    ("La rentrée approche. Le syndicat a prévenu mardi que les « fermetures » seraient combattues et attend la "
     "décision du rectorat en juin.", _GOES_ON),
    # a quotation its subject speaks, not the sentence's cue
    ("La rentrée approche. Le rectorat « doit trancher en juin sur chaque dossier » face au syndicat, qui refuse "
     "les fermetures. " + _GOES_ON,),
])
def test_words_after_a_sentence_whose_cue_gives_no_quotation_still_need_a_speaker(lint, paragraphs):
    assert _GOES_ON in excerpts(lint(article(*paragraphs)), "QUO001")


@pytest.mark.parametrize("text", [
    "Une vidéo tourne en ligne. On y voit le jeune élu dire « notre ville a trop attendu ce pont », avant de sourire.",
    "Une vidéo tourne en ligne. On y voit le jeune élu répéter « notre ville a trop attendu ce pont ».",
    "Une vidéo tourne en ligne. On y entend Paul Durand affirmer « notre ville a trop attendu ce pont ».",
])
def test_the_one_seen_or_heard_saying_the_words_speaks_them(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quotation", [
    # the infinitive is no verb of saying
    ("Une vidéo tourne en ligne. On y voit le jeune élu partir « notre ville a trop attendu ce pont ».",
     "« notre ville a trop attendu ce pont »"),
    # no one is named between the verb of perception and the infinitive
    ("Une vidéo tourne en ligne. On entend souvent dire « notre ville a trop attendu ce pont ».",
     "« notre ville a trop attendu ce pont »"),
])
def test_seeing_with_no_one_saying_the_words_names_no_speaker(lint, text, quotation):
    assert excerpts(lint(article(text)), "QUO001") == [quotation]


@pytest.mark.parametrize("text", [
    "La juge a tranché lundi. Son but était de garder la maison et elle a estimé avoir besoin d'aide. "
    "« Nous avions trop peur de tout perdre, je n'en dormais plus. »",
    "Le vote a eu lieu hier. La salle était pleine, mais il a reconnu avoir douté jusqu'au bout. "
    "« Nous avons gagné de peu, je ne m'y attendais plus. »",
])
def test_words_after_a_later_clause_whose_pronoun_speaks_are_that_persons(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quotation", [
    # a group of people as the clause's subject, not a pronoun for one person
    ("La juge a tranché lundi. Son but était de garder la maison et la famille a estimé avoir besoin d'aide. "
     "« Nous avions trop peur de tout perdre, je n'en dormais plus. »",
     "« Nous avions trop peur de tout perdre, je n'en dormais plus. »"),
    # a pronoun opening the sentence's main clause, with no verb of saying
    ("La juge a tranché lundi. Son but était de garder la maison et elle a pris un avocat. "
     "« Il aurait été difficile de faire autrement, nous avions trop peur. »",
     "« Il aurait été difficile de faire autrement, nous avions trop peur. »"),
])
def test_words_after_a_later_clause_with_no_pronoun_speaking_still_need_a_speaker(lint, text, quotation):
    assert excerpts(lint(article(text)), "QUO001") == [quotation]


@pytest.mark.parametrize("text", [
    "Le conseil a voté. Pour l'heure, reprend la directrice, c'est à la commune de « prendre ses responsabilités » : "
    "« Sans aide, les écoles fermeront. Tout le village en souffrira. »",
    "Le conseil a voté. Ensuite, reprenait le maire, il revient à l'État de « prendre ses responsabilités » : "
    "« Sans aide, les écoles fermeront. Tout le village en souffrira. »",
])
def test_taking_the_floor_again_names_the_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # its participles take something up again, not the floor
    "Le conseil a voté. Le travail a repris lundi : « Sans aide, les écoles fermeront. Tout le village en souffrira. »",
    "Le conseil a voté. En reprenant la route lundi, il faut « tenir bon » : « Sans aide, les écoles fermeront. »",
])
def test_taking_up_anything_else_names_no_speaker(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "La manifestation a dégénéré vers midi. La réponse « Arrêtez tout de suite ! » d'un passant n'a rien changé.",
    "La réunion a mal tourné. La réplique « Vous n'avez rien compris à ce dossier » d'une intervenante a jeté un froid.",
])
def test_words_named_then_followed_by_whose_they_are_are_attributed(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # no noun for words before them
    ("La manifestation a dégénéré vers midi. Le geste « Arrêtez tout de suite ! » d'un passant n'a rien changé.",
     "« Arrêtez"),
    # no one after them
    ("La manifestation a dégénéré vers midi. La réponse « Arrêtez tout de suite ! » d'une voix ferme n'a rien changé.",
     "« Arrêtez"),
])
def test_words_named_with_no_one_whose_they_are_are_reported(lint, text, quote):
    assert any(quote in q for q in excerpts(lint(article(text)), "QUO001"))


@pytest.mark.parametrize("text", [
    "Les chiffres de juillet sont mauvais. Si les accidents augmentent, car « les routes sont bien plus chargées "
    "en été », M. Durand s'inquiète surtout d'une hausse des excès de vitesse.",
    "Le bilan est lourd. Parce que « les secours sont arrivés bien trop tard dans la vallée », Dr. Morel a dénoncé "
    "une organisation défaillante.",
])
def test_the_point_of_a_title_does_not_part_words_from_the_speaker_later_in_the_sentence(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_semicolon_still_parts_words_from_a_speaker_later_in_the_sentence(lint):
    text = ("Les chiffres de juillet sont mauvais. Si les accidents augmentent, car « les routes sont bien plus "
            "chargées en été », la saison reste longue ; M. Durand s'inquiète surtout d'une hausse des excès de vitesse.")
    assert excerpts(lint(article(text)), "QUO001") == ["« les routes sont bien plus chargées en été »"]


@pytest.mark.parametrize("text", [
    "Interrogée sur son frère, celle que l'on dit discrète, Anne Morel a préféré sourire. "
    "« C'est une autre histoire, je n'en dirai pas plus. »",
    "Une attente de trois semainesChapeau sur la tête et valise à la main, Paul Girard part enfin. "
    "« J'ai attendu trois semaines ce départ, j'ai tout annulé. »",
])
def test_person_after_the_opening_phrases_speaks_the_next_quotation(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quoted", [
    # a thing after the phrases does not speak
    ("Interrogée sur son frère, celle que l'on dit discrète, la maison de la famille est restée fermée. "
     "« C'est une autre histoire, je n'en dirai pas plus. »", "« C'est une autre histoire, je n'en dirai pas plus. »"),
    # names listed after the phrases, with no verb of their own
    ("Une attente de trois semainesChapeau sur la tête et valise à la main, Paul Girard, Marie Durand et leurs enfants. "
     "« J'ai attendu trois semaines ce départ, j'ai tout annulé. »",
     "« J'ai attendu trois semaines ce départ, j'ai tout annulé. »"),
    # a clause with its own verb before the comma is no opening phrase
    ("Le chantier a pris du retard, il est désormais « impossible de rouvrir l'école avant la fin de l'hiver ».",
     "« impossible de rouvrir l'école avant la fin de l'hiver »"),
    # a thing after the phrases of a glued heading
    ("Une attente de trois semainesChapeau sur la tête et valise à la main, le train part enfin. "
     "« J'ai attendu trois semaines ce départ, j'ai tout annulé. »",
     "« J'ai attendu trois semaines ce départ, j'ai tout annulé. »"),
])
def test_no_person_after_the_opening_phrases_leaves_the_quotation_reported(lint, text, quoted):
    assert excerpts(lint(article(text)), "QUO001") == [quoted]


@pytest.mark.parametrize("text", [
    # the quotation woven into the sentence glued on
    "La réunion est prévue jeudi à Lyon.M. Durand veut pour les écoles un budget « enfin à la hauteur de leurs besoins ».",
    # the quotation opening the next sentence
    "Le quartier a beaucoup changé depuis dix ans.M. Morel habite la même rue depuis l'enfance. "
    "« Il n'y avait ni voiture ni bruit, je jouais dehors. »",
])
def test_person_after_a_glued_point_speaks(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quoted", [
    # a thing after the glued point does not speak
    ("La réunion est prévue jeudi à Lyon.Le budget prévoit pour les écoles une enveloppe « enfin à la hauteur de "
     "leurs besoins ».", "« enfin à la hauteur de leurs besoins »"),
    ("Le quartier a beaucoup changé depuis dix ans.Le vieux marché occupe la même rue depuis toujours. "
     "« Il n'y avait ni voiture ni bruit, je jouais dehors. »", "« Il n'y avait ni voiture ni bruit, je jouais dehors. »"),
])
def test_no_person_after_a_glued_point_leaves_the_quotation_reported(lint, text, quoted):
    assert excerpts(lint(article(text)), "QUO001") == [quoted]


@pytest.mark.parametrize("text", [
    "« Le quartier a connu d'autres crises » depuis vingt ans, avec la fermeture de « la vieille usine », "
    "tente d'expliquer jeudi Paul Girard, élu de l'opposition.",
    "« Le quartier a connu d'autres crises » depuis vingt ans, avec la fermeture de la vieille usine, "
    "tient à rappeler la maire.",
])
def test_trying_to_say_names_the_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


def test_trying_to_do_something_else_names_no_speaker(lint):
    text = ("« Le quartier a connu d'autres crises » depuis vingt ans, avec la fermeture de la vieille usine, "
            "tente de rattraper jeudi Paul Girard.")
    assert excerpts(lint(article(text)), "QUO001") == ["« Le quartier a connu d'autres crises »"]


_REASON = "« après des propos tenus en réunion publique »"


@pytest.mark.parametrize("text", [
    # the agent of a passive is who does what the verb says: its subject in the active
    "Son « sang-froid sous la pression » a été salué par la fédération, qui lui a remis un trophée.",
    f"Paul Girard avait été retiré de la liste par la commission électorale, officiellement {_REASON}.",
])
def test_the_agent_of_a_passive_speaks_the_words_of_its_clause(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # an agent that cannot speak
    f"La liste a été déposée par courrier, officiellement {_REASON}.",
    # the words in another clause than the passive's
    f"Paul Girard avait été retiré de la liste par la commission électorale ; la décision tombe {_REASON}.",
    # no agent
    f"La liste a été déposée en préfecture, officiellement {_REASON}.",
])
def test_words_outside_a_passive_with_an_agent_that_speaks_are_reported(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == [_REASON]


_PROCEDURE = "« qui sert d'ordinaire aux textes les plus urgents du gouvernement »"


def test_a_sentence_opening_on_et_and_a_participle_shares_the_subject_before(lint):
    text = ("Devant les élus, la ministre a rappelé que le texte serait voté avant l'été. Et justifié à cet égard le "
            f"recours à un vote bloqué, {_PROCEDURE}.")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # no participle after "et": a phrase of its own, no verb shared
    "Devant les élus, la ministre a rappelé que le texte serait voté avant l'été. Et, à cet égard, le recours à "
    f"un vote bloqué, {_PROCEDURE}.",
    # the sentence before has no subject that speaks
    f"La séance a duré trois heures. Et justifié à cet égard le recours à un vote bloqué, {_PROCEDURE}.",
])
def test_a_sentence_opening_on_et_shares_no_speaker_otherwise(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == [_PROCEDURE]


RIVER = "La rivière est sortie de son lit dimanche."


@pytest.mark.parametrize("text", [
    # Straight marks, as many collected articles have them.
    "\"Nous avons tout perdu en une nuit\", raconte la cheffe. Et le plus dur reste à venir : \"il faudra tout "
    "reconstruire avant l'été\". \"Les assurances tardent à répondre à nos courriers. \"Nous attendons un expert "
    "depuis des mois.\"",
    "« Nous avons tout perdu en une nuit », raconte la cheffe. Et le plus dur reste à venir : « il faudra tout "
    "reconstruire avant l'été ». « Les assurances tardent à répondre à nos courriers. « Nous attendons un expert "
    "depuis des mois. »",
])
def test_a_quotation_reopening_words_a_colon_gives_a_speaker_goes_on_with_them(lint, text):
    assert excerpts(lint(article(RIVER, text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # The words left open follow words no one is said to speak.
    "Le plus dur reste à venir : « il faudra tout reconstruire avant l'été ». « Les assurances tardent à répondre à "
    "nos courriers. « Nous attendons un expert depuis des mois. »",
    # The words left open follow the journalist's own sentence.
    "« Nous avons tout perdu en une nuit », raconte la cheffe. Le plus dur reste à venir. « Les assurances tardent à "
    "répondre à nos courriers. « Nous attendons un expert depuis des mois. »",
])
def test_a_quotation_reopening_words_no_one_speaks_stays_reported(lint, text):
    assert "« Nous attendons un expert depuis des mois. »" in excerpts(lint(article(RIVER, text)), "QUO001")


@pytest.mark.parametrize("opening", ["Elle ajoute :", "Et elle poursuit :", "La chercheuse ajoute :"])
def test_a_quotation_before_one_person_going_on_speaking_is_theirs(lint, opening):
    text = ("La chercheuse Anne Morel affirme que les écrans fatiguent les enfants. Les enseignants partagent "
            "ce constat. « Il faut des années pour apprendre à se déconnecter. » "
            f"{opening} « Les applications sont faites pour nous retenir. »")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("opening", ["Elle répond :", "Les parents ajoutent :"])
def test_a_quotation_before_someone_answering_or_a_group_stays_reported(lint, opening):
    text = ("La chercheuse Anne Morel affirme que les écrans fatiguent les enfants. Les enseignants partagent "
            "ce constat. « Il faut des années pour apprendre à se déconnecter. » "
            f"{opening} « Les applications sont faites pour nous retenir. »")
    assert excerpts(lint(article(text)), "QUO001") == ["« Il faut des années pour apprendre à se déconnecter. »"]


def test_a_single_name_speaking_woven_words_speaks_the_next_quotation(lint):
    text = ("Sous une pluie fine, Lucie part « en week-end » avec ses deux enfants. "
            "« Mon train a été annulé deux fois, j'ai failli renoncer. »")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("first", [
    "Sous une pluie fine, Lucie part en week-end avec ses deux enfants.",
    "Tout cela reste « provisoire » pour les voyageurs.",
])
def test_a_single_name_without_woven_words_or_a_first_capital_speaks_nothing_after(lint, first):
    text = f"{first} « Mon train a été annulé deux fois, j'ai failli renoncer. »"
    assert excerpts(lint(article(text)), "QUO001") == ["« Mon train a été annulé deux fois, j'ai failli renoncer. »"]


def test_the_person_a_cleft_puts_forward_speaks_the_next_quotation(lint):
    text = ("Les deux chefs ont présenté leurs menus, mais c'est Paul Garnier, le sommelier, qui a le plus surpris "
            "le public. « J'ai choisi des vins de ma région, tout simplement. »")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_cleft_putting_a_thing_forward_gives_no_speaker(lint):
    text = ("Les deux chefs ont présenté leurs menus, mais c'est la carte des vins de Paul Garnier qui a le plus "
            "surpris le public. « J'ai choisi des vins de ma région, tout simplement. »")
    assert excerpts(lint(article(text)), "QUO001") == ["« J'ai choisi des vins de ma région, tout simplement. »"]


@pytest.mark.parametrize("text", [
    # Straight marks: the words the speaker quotes share the closing mark of their own.
    "\"Nous ne nous sommes vus qu'au bout d'un an\", raconte l'ingénieur. \"Même ce jour-là, rien de spécial. "
    "C'était juste : \"Salut, content de te voir ! - Puis chacun est reparti travailler.\"",
    "« Nous ne nous sommes vus qu'au bout d'un an », raconte l'ingénieur. « Même ce jour-là, rien de spécial. "
    "C'était juste : « Salut, content de te voir ! - Puis chacun est reparti travailler. »",
])
def test_words_a_speaker_quotes_after_a_colon_in_their_open_quotation_are_theirs(lint, text):
    assert excerpts(lint(article(RIVER, text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # The quotation left open has no speaker.
    "\"Même ce jour-là, rien de spécial. C'était juste : \"Salut, content de te voir ! - Puis chacun est reparti "
    "travailler.\"",
    # The quotation before the colon is closed: the journalist's own lead.
    "\"Nous ne nous sommes vus qu'au bout d'un an\", raconte l'ingénieur. Ce jour-là, rien de spécial. C'était "
    "juste : \"Salut, content de te voir ! - Puis chacun est reparti travailler.\"",
])
def test_words_after_a_colon_with_no_open_quotation_of_a_speaker_stay_reported(lint, text):
    assert "Salut, content de te voir !" in " ".join(excerpts(lint(article(RIVER, text)), "QUO001"))


@pytest.mark.parametrize("text", [
    "Le libraire Paul Durand est tombé malade en mars. La maladie a laissé Paul épuisé et inquiet. « Je n'arrivais "
    "plus à monter les escaliers de la boutique. »",
    "La défaite a laissé M. Durand amer. « Nous avons manqué de rigueur pendant tout le match. »",
    "Le verdict a laissé Jeanne Morel sans voix. Mais « personne ne nous a prévenus d'une telle sévérité ».",
])
def test_the_person_a_sentence_leaves_in_a_state_speaks_the_next_quotation(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # a place, not a person
    "La tempête a laissé Paris sans électricité. « Nous n'avons plus rien dans les frigos depuis deux jours. »",
    # a single name the article never gave with a first name or a title
    "L'accident a laissé Marc fourbu et inquiet. « Je n'arrivais plus à monter les escaliers de la boutique. »",
    # a new paragraph
    "La défaite a laissé M. Durand amer.\n\n« Nous avons manqué de rigueur pendant tout le match. »",
])
def test_a_sentence_leaving_no_known_person_in_a_state_gives_no_speaker(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


BAKER = "« Je me lève à trois heures chaque matin », raconte Paul Durand, le boulanger du village."
BAKER_WORDS = "« Il faut aimer son métier et ne jamais rien lâcher. »"


@pytest.mark.parametrize("between", [
    "Comment tenir son rythme ?",
    "Régulièrement primé au concours, son pain se vend jusqu'à Lyon.",
    "Tout cela pour son pain, qui a tout de même un peu de tout.",
])
def test_a_capitalised_first_word_read_as_a_name_does_not_end_a_passage(lint, between):
    assert excerpts(lint(article(f"{BAKER} {between} {BAKER_WORDS}")), "QUO001") == []


@pytest.mark.parametrize("between", [
    # a name the article never writes in lower case: someone else
    "Carrefour veut racheter sa boutique depuis des années.",
    # a question about no one
    "Comment tenir un tel rythme ?",
])
def test_a_name_or_a_sentence_about_no_one_still_ends_a_passage(lint, between):
    assert excerpts(lint(article(f"{BAKER} {between} {BAKER_WORDS}")), "QUO001") == [BAKER_WORDS]


ANSWER = "Sa réponse ? « Une politique de soutien aux artisans du village »."


def test_a_short_lead_after_attributed_words_of_several_sentences_goes_on_with_them(lint):
    text = ("Il renvoie les deux camps dos à dos : « Les boutiques ferment les unes après les autres. Je comprends "
            f"que la confiance soit morte ». {ANSWER}")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("before", [
    # the journalist's own sentence
    "Les boutiques ferment les unes après les autres.",
    # words no one is said to speak
    "« Les boutiques ferment les unes après les autres. Je comprends que la confiance soit morte. »",
])
def test_a_short_lead_after_words_of_no_one_gives_no_speaker(lint, before):
    assert "« Une politique de soutien aux artisans du village »" in excerpts(lint(article(f"{before} {ANSWER}")),
                                                                              "QUO001")


@pytest.mark.parametrize("text, words", [
    ("Le stade a rouvert samedi. Pour le match, quelques gradins seulement ont été ouverts, en raison du règlement "
     "sanitaire qui laisse un siège vide sur deux. Il impose aussi le masque à l'entrée et la désinfection des "
     "sièges. « Il faudra prendre ces habitudes sans perdre l'ambiance des grands soirs. »",
     "« Il faudra prendre ces habitudes sans perdre l'ambiance des grands soirs. »"),
    ("Les trains roulent de nouveau depuis lundi. Sur la côte, quelques lignes seulement ont rouvert, avec des "
     "horaires réduits pour les travaux. Ils reprendront leur rythme normal en septembre. « Nous aurons enfin de "
     "quoi aller travailler sans attendre une heure sur le quai. »",
     "« Nous aurons enfin de quoi aller travailler sans attendre une heure sur le quai. »"),
])
def test_a_pronoun_after_a_sentence_of_things_stands_for_a_thing_not_a_speaker(lint, text, words):
    assert excerpts(lint(article(text)), "QUO001") == [words]


@pytest.mark.parametrize("text", [
    # the sentence before names the person
    "Le stade a rouvert samedi. Le gardien Paul Morel a compté les tribunes ouvertes selon le règlement sanitaire. "
    "Il veille aussi au masque à l'entrée. « Il faudra prendre ces habitudes sans perdre l'ambiance des grands soirs. »",
    "Le stade a rouvert samedi. Pour le match, quelques gradins seulement ont été ouverts, en raison du règlement "
    "voulu par Paul Morel. Il impose aussi le masque à l'entrée. « Il faudra prendre ces habitudes sans perdre "
    "l'ambiance des grands soirs. »",
    # a noun of people in it
    "Le refuge a fermé samedi à cause du vent, après le départ du médecin. Il redescendra dans la vallée lundi matin. "
    "« Je reviendrai dès que la tempête sera passée, sans attendre le printemps. »",
    # nothing in it the pronoun agrees with: the person named two sentences back
    "La directrice a fait visiter la salle. Pour le service, les tables ont été espacées d'un mètre. Elle veille aussi "
    "au port du masque. « Nous avons tout prévu pour rouvrir sans risque, même les soirs de match. »",
])
def test_a_pronoun_that_may_stand_for_a_person_still_speaks(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []



_ONE_VOICE = ("« Je suis arrivée à Lyon en 2010 », raconte Claire Morel. « Au début, je ne connaissais "
              "personne », ajoute-t-elle. Le quartier a bien changé depuis. Les loyers ont doublé en dix ans. "
              "Les commerces ferment un à un.")
_STAYING = "« Je ne partirai pas, c'est ma maison. »"


def test_words_in_the_first_person_go_on_the_one_person_speaking(lint):
    assert excerpts(lint(article(f"{_ONE_VOICE} {_STAYING}")), "QUO001") == []


@pytest.mark.parametrize("paragraphs, reported", [
    # a second person speaks in the passage: the words may be theirs
    (("« Je ne vends pas », prévient Marc Petit, son voisin. " + _ONE_VOICE + " " + _STAYING,), _STAYING),
    # at the head of a paragraph, the words may open someone else's
    ((_ONE_VOICE, _STAYING), _STAYING),
    # one attributed quotation only
    (("« Je suis arrivée à Lyon en 2010 », raconte Claire Morel. Le quartier a bien changé depuis. Les loyers "
      "ont doublé en dix ans. Les commerces ferment un à un. " + _STAYING,), _STAYING),
    # not in the first person singular
    ((_ONE_VOICE + " « Nous ne partirons pas, c'est notre maison. »",), "« Nous ne partirons pas, c'est notre maison. »"),
])
def test_words_in_the_first_person_without_one_voice_are_reported(lint, paragraphs, reported):
    assert excerpts(lint(article(*paragraphs)), "QUO001") == [reported]
