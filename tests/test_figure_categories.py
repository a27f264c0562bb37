"""FIG001: which numbers count as figures to source, beyond the plain digits."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts


@pytest.mark.parametrize("sentence, figure", [
    ("Deux cents gendarmes ont bouclé le quartier.", "Deux cents gendarmes"),
    ("Près de trois mille réfugiés attendent à la frontière.", "Près de trois mille réfugiés"),
    ("Quatre-vingt-dix mille personnes ont défilé dimanche.", "Quatre-vingt-dix mille personnes"),
    ("Trois cent cinquante familles ont été relogées.", "Trois cent cinquante familles"),
    ("La fuite a coûté deux mille euros à la commune.", "deux mille euros"),
])
def test_hundreds_and_thousands_in_words_are_figures(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Les deux frères ont mille raisons de se disputer.",
    "La légende remonte à deux mille ans.",
    "Il l'a répété cent fois à ses élèves.",
    "Le conte des Mille et une nuits a été adapté au théâtre.",
])
def test_hundreds_and_thousands_in_words_that_count_nothing(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # The present of "compter" and "mesurer" says what something has: no source.
    ("Le village compte désormais 1 200 habitants.", "1 200 habitants"),
    ("La coalition comptait plus de 5 000 soldats au printemps.", "5 000 soldats"),
    ("La crue mesure 140 mètres cubes par seconde au pont.", "140 mètres"),
    # ("Le club compte bien attirer 4 000 supporters" is the club's own aim: test_figure_context.py.)
    ("Le derby compte bien attirer 4 000 supporters samedi.", "4 000 supporters"),
])
def test_having_a_number_is_not_a_source(lint, sentence, figure):
    assert any(figure in f for f in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("sentence", [
    # In a past tense they count, and their subject is the source.
    "La préfecture a compté 12 000 manifestants dans la matinée.",
    "Les gendarmes ont mesuré 140 mètres de traces de freinage.",
    "Plus de 4 000 nouveaux cas ont été signalés aux autorités sanitaires la semaine dernière.",
    # Claiming a count names who claims it.
    "Vers 15 heures, les organisateurs ont revendiqué la présence de 25 000 personnes.",
    # Finding what is counted names who found it.
    "Les satellites de l'agence spatiale ont identifié 8 400 foyers d'incendie depuis janvier.",
    "Des chercheurs ont détecté trois fois plus de particules que la norme.",
    # "faire état de" in every person and tense a report uses
    "Les derniers chiffres publiés faisaient état de 10 350 décès.",
    "Les hôpitaux feront état de 200 nouvelles admissions demain.",
])
def test_counting_is_a_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_set_phrase_with_a_channel_noun_is_no_source(lint):
    found = excerpts(lint(article("La somme de 300 euros par mois est prise en compte dans le calcul.")), "FIG001")
    assert any("300 euros" in f for f in found)


@pytest.mark.parametrize("sentence", [
    "Il a tenté de payer avec un faux billet de 50 euros.",
    "Les pièces de 2 euros seront frappées à Pessac.",
    "La mairie distribue des bons d'achat de 30 euros aux familles.",
    "Elle détient le record de France du 400 m depuis l'été.",
    "Il s'aligne au 5 000 mètres des championnats régionaux.",
    "La course a duré plus de six heuresLe coureur s'est effondré à l'arrivée.",
    # a publication or a body named by a number
    "Les clients lésés se sont tournés vers l'association 60 millions de consommateurs.",
])
def test_denominations_races_and_glued_headings_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le glacier a encore reculé de 100 m cet été.", "100 m"),
    ("La famille a payé un billet d'avion à 900 euros.", "900 euros"),
    ("La mairie a distribué pour 40.000 euros de bons d'achat.", "40.000 euros"),
    ("- Nouvelles mesures -Plus de 6 400 cas ont été dénombrés dans le pays.", "6 400 cas"),
])
def test_lengths_sums_and_counts_after_a_heading_still_need_a_source(lint, sentence, figure):
    assert any(figure in f for f in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("sentence, figure", [
    # "être" + a participle with no agent is a passive: it names no source.
    ("La valeur du terrain est estimée à 3 millions d'euros.", "3 millions d'euros"),
    ("Les deux suspects sont accusés d'avoir détourné plus de 200 000 euros.", "200 000 euros"),
    ("Des pannes ont également été signalées dans 40 communes.", "40 communes"),
    ("Le coût des travaux a été estimé à 300 millions d'euros.", "300 millions d'euros"),
    ("Le questionnaire a circulé auprès de 2 000 familles, et 40 % ont répondu.", "40 %"),
    # Verbs with another sense than saying, without "que", a colon or a quotation.
    ("Le laboratoire lance un rappel de 300 000 boîtes.", "300 000 boîtes"),
    ("La plupart des malades développent des symptômes en 5 jours, et 20 % sont hospitalisés.", "20 %"),
    # ("Le club espère vendre 40 000 billets" is the club's own aim: test_figure_context.py.)
    ("La billetterie espère écouler 40 000 billets.", "40 000 billets"),
    ("La ville se prépare, et la collecte se poursuit dans 12 quartiers.", "12 quartiers"),
    ("Le club était sur le point de recruter 12 joueurs.", "12 joueurs"),
    ("Le club va recruter 12 joueurs.", "12 joueurs"),
    ("Le pays est officiellement entré en récession avec 300 faillites.", "300 faillites"),
    ("Le bilan de l'accident s'élève à 19 morts.", "19 morts"),
    ("À la clôture, l'indice vedette a lâché 3,2 % sur la séance.", "3,2 %"),
    ("Dans la nuit, les rafales ont soufflé à 130 km/h sur la côte.", "130 km/h"),
    ("Le nouveau site assure 300 emplois dans la vallée.", "300 emplois"),
    ("Le ministre minimise une hausse de 30 % des prix.", "30 %"),
    # With its pronoun, such a verb keeps its other sense, even before "que" or a colon.
    ("Ces départs s'ajoutent aux 900 emplois que l'usine devait supprimer.", "900 emplois"),
    ("La maladie s'appelle la bronchiolite : elle touche 30 % des nourrissons.", "30 %"),
    ("Le maire montre aux journalistes les 300 maisons inondées.", "300 maisons"),
    ("L'interdiction formulée vendredi par la préfecture visait 300 manifestants.", "300 manifestants"),
    ("Les dégâts sont évalués à 300 000 euros par an.", "300 000 euros"),
    ("Le chantier a été estimé à 300 millions d'euros par rapport au budget.", "300 millions d'euros"),
])
def test_phrases_that_name_no_source(lint, sentence, figure):
    assert any(figure in f for f in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("sentence", [
    "La valeur du terrain est estimée par le notaire à 3 millions d'euros.",
    "Le maire rappelle par ailleurs que 40 communes ont été privées d'eau.",
    "« Nous avons perdu 300 clients », rappelle le gérant.",
    "Le syndicat espère que 5 000 salariés se mobiliseront.",
    "Le directeur poursuit : « Nous avons embauché 200 personnes. »",
    "« Nous avons perdu 300 clients », lâche le gérant.",
    # a verb with another sense, before what one claims of oneself
    "Devant les juges, il a assuré avoir versé 5 millions d'euros au parti.",
    "L'homme maintient notamment avoir vu 20 personnes entrer dans l'immeuble.",
    "Un proche a soufflé que 300 personnes étaient présentes.",
    "Les relevés du laboratoire montrent que 40 % des puits sont pollués.",
    # a passive whose agent comes after the value it gives
    "Le coût a été estimé à 30 milliards de dollars par le ministère.",
    "La vente est évaluée entre 10 et 30 millions d'euros par la presse.",
    # the near future of a verb of saying
    "Le ministre va annoncer la création de 4 000 postes.",
    # the official count as the agent of a passive (a vague source, not none)
    "Au total, 300 cas ont été officiellement recensés dans le pays.",
    "La région compte 1 800 cas déclarés officiellement.",
    # a count named with whose it is
    "Le bilan officiel de l'accident est de 19 morts et 120 blessés.",
    "Les chiffres de Médiamétrie sont éloquents : la série a attiré 3,9 millions de téléspectateurs.",
    # "pour X," after a colon
    "Les avis divergent : pour l'économiste Paul Durand, 300 000 emplois sont menacés.",
    # what an inquiry finds
    "Les fouilles ont permis de mettre en évidence que 40 tombes avaient été pillées.",
    # ... or a forecast, after a preposition that holds its article
    "La récession reste limitée, comparée aux prévisions du FMI, avec un recul attendu de 9,4 %.",
    "Le recul attendu est de 2,1 %, contre 1,8 % dans les prévisions de la Banque centrale.",
    "La croissance sera de 1,9 %, contre 2,0 % lors des précédentes prévisions de la BCE.",
    "Les dernières données du Pentagone sont claires : la ville a reçu 34 fusils d'assaut.",
])
def test_the_same_verbs_introducing_words_are_sources(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_counts_a_sentence_is_about_are_not_its_source(lint):
    text = article("La fiabilité des chiffres officiels est mise en cause. Le pays compte 7 500 morts.")
    assert excerpts(lint(text), "FIG001") == ["7 500 morts"]


@pytest.mark.parametrize("sentence, figure", [
    ("L'aide atteint 4,2 milliards de dollars (2 billions 406 milliards 320 millions FCFA).",
     "4,2 milliards de dollars"),
    ("Les poules de la CAN 2019 connues, 24 équipes se préparent.", "24 équipes"),
])
def test_conversions_spelled_out_and_editions_need_no_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_a_breakdown_in_brackets_still_needs_a_source(lint):
    found = excerpts(lint(article("Le club a payé 20 millions d'euros (dont 5 millions de bonus).")), "FIG001")
    assert any("5 millions" in f for f in found)


@pytest.mark.parametrize("sentence, found", [
    ("Elle a bouclé une course de 10 km en 48 minutes.", []),
    ("Le taux a atteint 50 cas pour 100. 000 habitants.", ["50 cas"]),
    ("Les loyers ont été multipliés par trois en cinq ans.", ["multipliés par trois"]),
])
def test_races_cut_thousands_and_multiplications(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    ("Une portion de 80g de lentilles apporte 6 g de fibres.", ["6 g"]),
    ("Ce pain contient 12 g de sucre pour 100 g.", ["12 g"]),
    ("Le pays a payé cher pour 300 tonnes de riz.", ["300 tonnes"]),
])
def test_the_quantity_a_nutrition_fact_is_given_for_needs_no_source(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, figure", [
    ("Pour la première fois, 300 élèves ont été admis en classe préparatoire.", "300 élèves"),
    ("Selon toute vraisemblance, 40 maisons ont été détruites.", "40 maisons"),
])
def test_set_phrases_with_selon_or_pour_name_no_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


def test_pour_with_a_title_still_names_a_source(lint):
    assert excerpts(lint(article("Pour la Première ministre, 300 postes seront créés.")), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("La banque a gardé 6 410 agences, 1 500 agences de moins qu'en 2012 (7 910).",
     ["6 410 agences", "1 500 agences", "7 910"]),
    ("Suivent le Brésil avec 115 309 morts, le Mexique (60 800) et l'Inde (58 390).",
     ["115 309 morts", "60 800", "58 390"]),
    ("Le tournoi a réuni 300 joueurs (voir page 12).", ["300 joueurs"]),
    ("Le club a recruté 40 joueurs (2019).", ["40 joueurs"]),
])
def test_a_number_alone_in_brackets_after_a_count_is_another_value_of_it(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    # the new value of the count given before, its unit left out
    ("La coopérative vend environ 80 000 tonnes par an, mais ce total est tombé à 65 000 cette saison.",
     ["environ 80 000 tonnes", "65 000"]),
    ("Le port accueillait 1 200 navires en 2019 ; leur nombre est passé à 9 000 depuis.",
     ["1 200 navires", "9 000"]),
    # a number with no count before it in its sentence, or past its end
    ("Le compteur est passé à 65 000 cette saison.", []),
    ("La coopérative vend 80 000 tonnes par an. Le compteur est passé à 65 000 cette saison.", ["80 000 tonnes"]),
    # a small number: a rank or a score rather than a value
    ("Le club compte 12 000 abonnés mais il est tombé à 14 au classement.", ["12 000 abonnés"]),
])
def test_a_number_alone_after_a_verb_of_change_is_the_new_value_of_a_count(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    # a share in words that measures a change, as "30 %" would
    ("Les aides aux éleveurs ont été réduites de près d'un tiers depuis janvier.", ["près d'un tiers"]),
    ("Le trafic sur la ligne a baissé de moitié cet été.", ["moitié"]),
    ("Les inscriptions au club ont augmenté d'un quart en un an.", ["un quart"]),
    # the same words measuring no change, or not right after the verb
    ("Le gâteau était déjà coupé en deux, de moitié en moitié.", []),
    ("Il a réduit le texte de moitié pour le rendre lisible.", []),
])
def test_a_share_in_words_after_a_verb_of_change_is_a_figure(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "Le séisme de magnitude 6,2 survenu mardi a fait des dégâts.",
    "L'équipe s'est imposée sur un score de 3 obtenu en fin de match.",
])
def test_a_participle_after_a_number_and_a_score_are_no_figure_to_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    "Sur les douze derniers mois - septembre 2018-août 2019 - la forêt a reculé.",
    "La saison octobre 2020-mars 2021 - la plus sèche du siècle - a été difficile.",
])
def test_the_year_after_the_hyphen_of_a_span_of_months_is_a_year(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("Sur la période mars-avril, 1500 arbres ont été abattus.", ["1500 arbres"]),
    ("Pendant la saison 2018-2019, 1500 arbres ont été abattus.", ["1500 arbres"]),
])
def test_a_count_after_a_span_of_months_or_years_still_needs_a_source(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "A T + 3'12\", le second étage se séparera de la capsule.",
    "Au bout de 4’05’’ de vol, la capsule ouvrira ses parachutes.",
])
def test_minutes_and_seconds_are_a_time(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("Après 3 minutes de vol, 12 débris sont retombés en mer.", ["12 débris"]),
    ("Le fonds a levé 12’500 francs suisses en une heure.", ["12’500 francs"]),
])
def test_counts_near_a_time_or_with_thousands_apart_by_an_apostrophe_still_need_a_source(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "L'équipe s'est inclinée samedi 2 à 1 face au leader du championnat.",
    "La sélection, battue mercredi 3 à 2 face au Ghana, est éliminée.",
])
def test_a_score_written_in_words_after_the_result_of_a_match_is_no_figure_to_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("La défaite a coûté 2 à 3 millions d'euros au club.", ["2 à 3 millions d'euros"]),
    ("L'équipe s'est imposée devant 12 000 spectateurs.", ["12 000 spectateurs"]),
])
def test_figures_beside_the_result_of_a_match_still_need_a_source(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "Il a toujours soutenu n'avoir pas quitté son bureau entre le soir du 12 mars et le matin du 13 -avant 9h30-.",
    "Les voisins l'ont aperçu une dernière fois dans la soirée du 4 -vers 22h- près du canal.",
])
def test_the_day_of_a_part_of_a_day_is_a_date(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("Dans la nuit du 13, 20 personnes ont été arrêtées près du canal.", ["20 personnes"]),
    ("Le train du matin transporte 300 passagers vers la capitale.", ["300 passagers"]),
])
def test_a_count_after_the_day_of_a_part_of_a_day_still_needs_a_source(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "Le texte a été adopté par 312 voix contre 101 dans la nuit de mardi.",
    "La motion a été rejetée à main levée par 240 voix, après trois heures de débat.",
])
def test_the_result_of_a_vote_is_no_figure_to_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("Les Verts ont réuni 1 200 voix dans la commune.", ["1 200 voix"]),
    ("Le candidat a devancé son rival de 3 000 voix.", ["3 000 voix"]),
])
def test_votes_won_are_still_a_count(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "La résolution a été votée par 81 voix contre 14 et 6 abstentions en fin de séance.",
    "L'amendement est passé par 210 voix contre 95, et 12 abstentions, malgré l'opposition.",
])
def test_the_abstentions_closing_a_vote_are_part_of_its_result(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("Le référendum a connu 4 500 abstentions dans le département.", ["4 500 abstentions"]),
    ("La motion a été rejetée par 50 voix contre 20 ; 900 abstentions sont relevées dans la région.",
     ["900 abstentions"]),
])
def test_abstentions_counted_apart_from_a_vote_are_still_a_count(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "Les lignes 2, 3, 4, 10 et 11 fonctionneront uniquement aux heures de pointe.",
    "Le prix de cette Mustang 2019 devrait dépasser celui de sa devancière.",
    "Le moteur est associé à une boîte automatique ZF à 8 rapports.",
    "Le parti a installé son siège au 209 rue de l'Université.",
    "La réforme ne touchera que les villes de plus de 9.000 habitants.",
    "Dans son dernier numéro, la revue 60 Millions de consommateurs a passé au crible des pains.",
    "Les opérateurs déploieront la 5G dans les grandes villes.",
    "Après la grève, seules la 7bis et la 13 demeureront closes lundi.",
    "Le flacon contient de l'hydroxyisohexyl 3-cyclohexène carboxaldéhyde.",
    "Dans un amendement au projet de loi de finances 2021 actuellement en discussion, le Sénat agit.",
    "Après les violences du 1 er mai place de la Contrescarpe, il a été suspendu.",
    "Le rallye, dont l'édition 2020 s'est tenue ce week-end, revient en avril.",
    "Le sort de ces 400 talibans a bloqué les négociations.",
    "Seules les deux lignes automatisées 1 et 14 fonctionneront normalement lundi.",
    "En Italie, le parti 5 étoiles gouverne avec la Ligue.",
])
def test_lists_of_lines_model_years_and_gearboxes_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    # A number after a singular article, before a verb in the present plural, names a line or a
    # service: the verb belongs to another subject.
    ("Chaque soir, les écoutants du 115 répondent à près de 300 appels.", ["près de 300 appels"]),
    ("Les bénévoles du 17 restent mobilisés toute la nuit.", []),
    # A plural article or none: the number counts what the verb says.
    ("Les 115 répondants du questionnaire ont été interrogés.", ["115 répondants"]),
    ("Sur ce réseau, 115 restent fermés.", ["115"]),
])
def test_a_number_after_a_singular_article_before_a_verb_is_a_name(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    ("Des rafales à 140km/h ont été enregistrées dans la nuit.", ["140km/h"]),
    ("Des rafales à 140 km/h ont été enregistrées dans la nuit.", ["140 km/h"]),
])
def test_a_speed_glued_to_its_unit_is_read_whole_and_a_wind_speed_is_no_limit(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "Le magasin, d'une surface de 5000m², a ouvert lundi.",
    "Le magasin, d'une surface de 5000 m², a ouvert lundi.",
])
def test_a_surface_glued_to_its_unit_describes_as_a_spaced_one_does(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_a_count_before_a_verb_is_the_number_alone(lint):
    text = "Parmi les 300 personnes interpellées, 240 étaient mineures."
    assert excerpts(lint(article(text)), "FIG001") == ["300 personnes", "240"]


@pytest.mark.parametrize("sentence, found", [
    # An adjective before the noun: the count is of the noun after it.
    ("Au total, 183 nouveaux patients ont été admis en réanimation.", ["183 nouveaux patients"]),
    ("740 autres personnes sont mortes dans les hôpitaux.", ["740 autres personnes"]),
    ("Le séisme a tué 5 personnes et en a blessé 12 autres lors de la secousse.", ["5 personnes", "12 autres"]),
    ("Près de 200 nouveaux sont arrivés au camp.", ["Près de 200 nouveaux"]),
])
def test_a_count_reads_past_an_adjective_to_its_noun(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    # What follows the number is no noun: the count is the number's alone.
    ("Au total, 300 personnes ont été interpellées, dont 15 préventivement.", ["300 personnes", "15"]),
    ("Les heurts ont fait 110 blessés, dont 23 parmi les forces de l'ordre.", ["110 blessés", "23"]),
    ("Au total, 48 communes restent en alerte, dont 12 toujours en alerte écarlate.",
     ["48 communes", "12"]),
    # A noun in -ment after a count is plural, and counted.
    ("Le promoteur a déjà livré 160 logements dans le quartier.", ["160 logements"]),
])
def test_a_count_followed_by_no_noun_is_the_number_alone(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    # A range is one figure, from its first bound.
    ("Entre 50 et 100 gilets jaunes se sont rassemblés devant la mairie.", ["50 et 100 gilets"]),
    ("Quelque 300 à 400 manifestants sont restés sur la place.", ["Quelque 300 à 400 manifestants"]),
    ("La croissance pourrait reculer de 0,10 à 0,20 % cette année.", ["0,10 à 0,20 %"]),
    # Numbers joined by "et" without "entre" are a list, not a range.
    ("Les lignes 1 et 14 fonctionnent, et 300 manifestants ont défilé.", ["300 manifestants"]),
])
def test_a_range_is_read_as_one_figure(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    # A share in words with what it is a share of, and the estimate before it.
    ("Cet été, plus d'un quart des terres du pays ont connu la sécheresse.", ["plus d'un quart des terres"]),
    ("Près de la moitié des Bruxellois vivent sans voiture.", ["Près de la moitié des Bruxellois"]),
    ("Un tiers des nouveaux cas ont été détectés dans la capitale.", ["Un tiers des nouveaux cas"]),
])
def test_a_share_in_words_is_read_with_what_it_counts(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence, found", [
    # A rate whose second number had been read as a count of the word after it.
    ("Environ une voiture sur 20 achetée en Chine est électrique.", ["une voiture sur 20"]),
    ("Soixante-neuf départements sur 101 ont été placés en alerte.", ["Soixante-neuf départements sur 101"]),
    # A number that names keeps its reading: no rate is reported over it.
    ("Le ministère a maintenu le niveau d'alerte à 4 sur 5.", []),
])
def test_a_rate_is_read_over_its_numbers(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


def test_an_auctions_estimate_read_as_a_range_is_the_sellers(lint):
    text = article("La maison organise samedi une vente aux enchères de voitures anciennes.",
                   "Une berline de 1967 (350 000 à 450 000 dollars) et un coupé estimé entre 20.000 et 25.000 euros.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_group_named_by_its_number_before_a_verb_is_no_count(lint):
    text = "Les ministres se sont réunis à Bruxelles. Les 27 ont trouvé un accord dans la nuit."
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Au total, 300 manifestants défileront samedi dans le centre.", "300 manifestants"),
    ("Le séisme a fait 3 millions de sinistrés dans la région.", "3 millions de sinistrés"),
    ("Dans les rues, jusqu'à 2,5 millions de visiteurs se pressent chaque année.", "jusqu'à 2,5 millions de visiteurs"),
])
def test_counts_before_a_verb_in_the_future_still_need_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence, found", [
    # Centimes are money: a coin, a price by the litre and a planned tax are described.
    ("Il a payé l'amende en pièces de 2 centimes.", []),
    ("La laiterie achète 40 centimes le litre aux éleveurs.", []),
    ("Les taxes sur le gazole doivent augmenter de 4 centimes par litre.", []),
    ("Le fioul domestique a reculé de 6,2 centimes en une semaine.", ["6,2 centimes"]),
])
def test_centimes_are_money(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    # A source whose name opens on a number, and a source that lists what it counts.
    "Selon 20 Minutes, 300 personnes ont été arrêtées dans la nuit.",
    "Comme le rappelle 20 Minutes, des inondations avaient fait 24 morts en 2017.",
    "Au total, 42 départements listés par le journal sont classés en rouge.",
])
def test_sources_named_by_a_number_or_that_list(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []



@pytest.mark.parametrize("sentence, found", [
    ("Le cabinet est ouvert sept jours sur sept et 24 heures sur 24.", []),
    ("Un habitant sur sept a été touché par la crue.", ["Un habitant sur sept"]),
])
def test_the_same_number_either_side_of_sur_is_a_manner_of_speaking(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


def test_a_share_of_time_is_a_duration(lint):
    text = "Il travaille depuis un quart de siècle, la moitié du temps à Tokyo, et la moitié des habitants le connaissent."
    assert excerpts(lint(article(text)), "FIG001") == ["la moitié des habitants"]


def test_tenths_and_hundredths_of_a_lap_time_are_a_duration(lint):
    text = "Le pilote a bouclé le tour en 6 minutes 44 secondes et 97 centièmes, 3 dixièmes de mieux que le record."
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    # A decimal point before one or two digits and a space: the number is read whole.
    ("La berline abat le 0 à 100 km/h en seulement 4.2 secondes.", []),
    ("Ils étaient 1.37 million à suivre l'émission dimanche.", ["1.37 million"]),
    # Not before three digits (thousands), nor glued to what follows.
    ("Le gouvernement a recouru au 49.3 pour la troisième fois.", []),
    ("La foule comptait 12.500 personnes.", ["12.500 personnes"]),
])
def test_a_decimal_point_in_a_measure(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


def test_an_estimate_starts_a_word():
    # "auprès de" holds "près de": the figure is the count alone, no estimate.
    from attrlint.analysis.figures import find_figures
    prose = "Le laboratoire a prélevé des anticorps auprès de 60 patients guéris."
    [fig] = find_figures(prose, 0, len(prose), 0)
    assert fig.value_text == "60 patients"


def test_a_month_in_the_plural_after_two_days_is_a_date(lint):
    assert excerpts(lint(article("Les bals accueillent les 13 et 14 juillets des centaines de pompiers.")), "FIG001") == []


def test_a_span_of_time_to_come_counts_nothing(lint):
    # "les 20 prochaines années" as "les 12 derniers mois"
    assert excerpts(lint(article("Dans les 20 prochaines années, la ville changera de visage.")), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    "Les enquêtes ont été lancées après la démission en avril 2019 de M. Dupont.",
    "La victoire du prototype 917 ainsi que celle de la berlinette ont marqué la marque.",
])
def test_a_year_after_its_month_and_a_prototype_number_are_no_figures(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []
