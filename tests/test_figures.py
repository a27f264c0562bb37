"""FIG001/FIG002: figures and reportive conditionals that need a source."""
from __future__ import annotations

from functools import partial

import pytest
from cli_run import article as article_with_title, excerpts


article = partial(article_with_title, title="Un titre d'article")


@pytest.mark.parametrize("sentence, figure", [
    ("Au moins 300 soldats ont été tués dans les combats.", "300 soldats"),
    ("Le chômage a reculé à 7,1 % au troisième trimestre.", "7,1 %"),
    ("La facture atteint 2,5 millions d'euros.", "2,5 millions"),
    ("Environ 10 000 manifestants ont défilé à Lyon.", "10 000 manifestants"),
    ("Les pluies ont détruit 3 050 tonnes de riz.", "3 050 tonnes"),
    ("La ville a désormais deux millions d'habitants.", "deux millions"),
    ("Un décès sur quatre est lié au tabac.", "Un décès sur quatre"),
    ("La moitié des habitants a quitté la région.", "La moitié des"),
    ("Le budget a augmenté de 12\u00a0% en un an.", "12\u00a0%"),
    ("Les ventes ont atteint 45 M€ cette année.", "45 M€"),
    ("Près de 1\u202f200 personnes ont été évacuées.", "1\u202f200 personnes"),
    ("Au moins trois personnes sont mortes dans l'incendie.", "trois personnes"),
    ("Environ 12 à 18 soldats ont été tués dans l'embuscade.", "18 soldats"),
    ("Entre 200 et 300 manifestants ont défilé à Lyon.", "300 manifestants"),
    ("La route 5 et 40 villages ont été coupés par la crue.", "40 villages"),
    ("Le stade a accueilli 8 000 spectateurs samedi.", "8 000 spectateurs"),
    ("Le 13 novembre, 130 personnes ont été tuées.", "130 personnes"),
    ("La ville a perdu 35 millions d'euros, et 12 millions d'euros de plus l'an dernier.", "12 millions"),
])
def test_unsourced_figures_fire(lint, sentence, figure):
    found = excerpts(lint(article(sentence)), "FIG001")
    assert any(figure in f or f in figure for f in found), found


def test_a_rate_in_words_is_read_to_its_last_number_word(lint):
    text = "La liste est arrivée en tête dans neuf arrondissements sur dix-sept."
    assert excerpts(lint(article(text)), "FIG001") == ["neuf arrondissements sur dix-sept"]


@pytest.mark.parametrize("sentence, figure", [
    # Swiss outlets separate thousands with an apostrophe; francs go by CHF and "fr."
    ("Quelque 10'000 manifestants ont défilé à Berne.", "Quelque 10'000 manifestants"),
    ("Le chantier a coûté 1’250’000 francs à la commune.", "1’250’000 francs"),
    ("Les frais atteignent 12.50 CHF par dossier, et les recettes 36 701 775 CHF (33 827 400 €).",
     "12.50 CHF"),
])
def test_swiss_numbers_are_read_whole(lint, sentence, figure):
    found = excerpts(lint(article(sentence)), "FIG001")
    assert found[0] == figure and "33 827 400 €" not in found, found


@pytest.mark.parametrize("sentence, figure", [
    # Québec outlets write billions of dollars "G$" and percentages "p. cent"
    ("Hydro-Québec a investi 2 G$ dans le réseau.", "2 G$"),
    ("Les ventes ont bondi de 12 p. cent en un an.", "12 p. cent"),
])
def test_quebec_units_are_read_whole(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_a_compound_number_in_words_is_read_whole(lint):
    text = "Au moins vingt-deux manifestants ont été blessés, après quelque vingt-quatre heures de heurts."
    assert excerpts(lint(article(text)), "FIG001") == ["Au moins vingt-deux manifestants"]


@pytest.mark.parametrize("sentence", [
    "Au moins 300 soldats ont été tués, selon l'état-major.",
    "D'après un décompte de l'Unicef, 1 200 enfants ont été déplacés.",
    "Le ministère de la Santé a recensé 2 700 cas depuis janvier.",
    "« Nous avons perdu 40 % de nos clients », a déclaré le directeur.",
    "La police a indiqué que 35 personnes avaient été interpellées.",
    "Selon un sondage Ifop publié dimanche, 56 % des Français approuvent la réforme.",
    "Le chômage a reculé à 7,1 %, a annoncé l'Insee dans un communiqué.",
    "Interrogé par Le Monde, le maire chiffre les dégâts à 3 millions d'euros.",
    "Des sondages le créditaient de 12 % des voix au premier tour.",
    "En avril, la commission a réévalué son préjudice à près de cinq millions d'euros.",
])
def test_attributed_figures_are_quiet(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, found", [
    ("Une centaine de manifestants se sont réunis devant la mairie.", ["Une centaine de manifestants"]),
    ("Plus d'une centaine d'écoles étaient fermées lundi.", ["Plus d'une centaine d'écoles"]),
    ("La police a interpellé une petite centaine de supporters.", ["une petite centaine de supporters"]),
])
def test_about_a_hundred_is_an_estimate_to_source(lint, sentence, found):
    assert excerpts(lint(article(sentence)), "FIG001") == found


@pytest.mark.parametrize("sentence", [
    "Des centaines de personnes ont défilé dans le centre.",
    "Le campement se trouve à une centaine de mètres de la gare.",
    "Le chantier a duré une centaine de jours.",
])
def test_hundreds_that_are_vague_or_a_distance_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    "Le sommet s'est ouvert le 25 avril 2025 à Genève.",
    "En 2005, la ville a changé de maire.",
    "Les soldats défilent pour le 93e anniversaire de l'armée.",
    "La réunion du G7 a porté sur le Covid-19 et l'article 49.3.",
    "L'Airbus A320 a atterri à 11h45.",
    "Le ministre, âgé de 58 ans, est en poste depuis 3 ans.",
    "Les deux hommes se sont rencontrés hier.",
    "Des milliers de personnes ont manifesté, et des dizaines ont été blessées.",
    "Le PSG s'est imposé 3-1 face à Lyon.",
    "Il a marqué 12 buts en 25 matches.",
    "Le village se trouve à 30 km de Dakar.",
    "Le second tour aura lieu dans deux semaines.",
    "Voir la page 12 du rapport.",
    "Un vaccin serait disponible dans environ 12 à 18 mois.",
    "Il faut des hôpitaux de niveau 4 ou 5 dans chaque région.",
    "Les hôpitaux de catégorie 2 ou 3 étaient saturés.",
    "Le procès des attentats du 13-Novembre s'ouvre à Paris.",
    "Le match se jouera dans un stade d'une capacité de 8 000 places.",
])
def test_numbers_that_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_figures_in_titles_are_not_checked_by_default(lint):
    text = "300 morts dans un séisme\n\nLe séisme a frappé la région dimanche, selon la protection civile.\n"
    assert excerpts(lint(text), "FIG001") == []


def test_numbers_inside_an_attributed_quote_are_quiet(lint):
    text = article("« Nous avons vendu 4 000 billets en une heure », s'est réjoui l'organisateur.")
    assert lint(text) == []


def test_conditional_continues_the_previous_attributed_sentence(lint):
    text = article("Selon les premières estimations, le parti obtiendrait 10,2 % des voix. "
                   "Ce qui représenterait entre 20 et 35 sièges.")
    assert lint(text) == []


@pytest.mark.parametrize("between", [
    "Son voisin n'aurait pas du tout apprécié la remarque.",
    "Les deux hommes soutiendraient des clubs rivaux.",
])
def test_a_report_goes_on_through_any_sentence_in_the_conditional(lint, between):
    text = article("La salle était pleine. Une bagarre a éclaté samedi soir, a rapporté le quotidien régional. " +
                   between + " L'un d'eux aurait alors frappé son voisin.")
    assert excerpts(lint(text), "FIG002") == []


def test_a_report_does_not_go_on_through_a_sentence_in_the_indicative(lint):
    text = article("La salle était pleine. Une bagarre a éclaté samedi soir, a rapporté le quotidien régional. "
                   "Les secours sont arrivés vite. L'un d'eux aurait alors frappé son voisin.")
    assert excerpts(lint(text), "FIG002") == ["aurait alors frappé"]


def _bus_report_around(between: str) -> str:
    """A report in the conditional with its source, ``between``, and a second claim in the conditional."""
    return article("Un chauffeur de bus aurait refusé de repartir, a révélé la radio locale. " + between +
                   " Un passager lui aurait volé son casque.")


@pytest.mark.parametrize("question", ["Le motif ?", "Une affaire de jalousie ?"])
def test_a_report_goes_on_past_a_short_question(lint, question):
    text = _bus_report_around(question)
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("between", [
    "Des navettes devraient remplacer la ligne pendant toute la durée de l'enquête.",
    "Des cars pourraient être affrétés par la région dès lundi matin.",
])
def test_a_report_goes_on_through_a_modal_in_the_conditional(lint, between):
    # the forecast is relayed in the conditional too
    text = _bus_report_around(between)
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("text", [
    # a modal in the imperfect is narration
    "Un chauffeur de bus aurait refusé de repartir, a révélé la radio locale. Des navettes pouvaient remplacer "
    "la ligne pendant toute la durée de l'enquête. Un passager lui aurait volé son casque.",
    # no source before the modal
    "Un chauffeur de bus a refusé de repartir. Des navettes devraient remplacer la ligne pendant toute la durée "
    "de l'enquête. Un passager lui aurait volé son casque.",
])
def test_a_modal_goes_on_no_report_in_the_indicative_or_with_no_source(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == ["aurait volé"]


@pytest.mark.parametrize("comment", [
    "La liste des suspects est longue.",
    "Le mot d'ordre à la gare routière : discrétion.",
    "Une direction autoritaire qui inquiète jusque dans les ateliers.",
])
def test_a_report_goes_on_past_a_short_comment(lint, comment):
    text = _bus_report_around(comment)
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("between", [
    # a short sentence that tells an event
    "Les gendarmes sont arrivés vite.",
    "Une arme a bien été retrouvée.",
    "Le vent soufflait fort.",
    # a comment that opens on a contrast
    "Pourtant, la ligne est calme.",
    # a comment of many words
    "La liste des voyageurs qui attendaient ce soir-là sous la pluie au terminus de la ligne est longue.",
    # two short sentences: they tell on, they do not comment
    "Les voyageurs descendent. La ligne est coupée.",
])
def test_a_report_does_not_go_on_past_a_short_event_or_a_long_comment(lint, between):
    text = _bus_report_around(between)
    assert excerpts(lint(text), "FIG002") == ["aurait volé"]


def test_a_report_opened_by_selon_goes_on_past_one_sentence_in_the_indicative(lint):
    text = article("La foire a fermé plus tôt. Selon la radio locale, une tente s'est effondrée dimanche. "
                   "Le vent soufflait fort sur la place. Un mât aurait cédé sous les rafales.")
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("between", ["Cependant, le vent était tombé.", "Par ailleurs, la place était vide."])
def test_a_sentence_opening_on_a_contrast_ends_the_report_opened_by_selon(lint, between):
    text = article("La foire a fermé plus tôt. Selon la radio locale, une tente s'est effondrée dimanche. " +
                   between + " Un mât aurait cédé sous les rafales.")
    assert excerpts(lint(text), "FIG002") == ["aurait cédé"]


def test_a_report_opened_by_selon_goes_on_past_two_sentences_in_the_pluperfect(lint):
    text = article("La nuit a été agitée. Selon les gendarmes, le conducteur roulait sans phares. "
                   "Il avait refusé de s'arrêter au péage. Une patrouille l'avait aussitôt suivi. "
                   "Le conducteur aurait alors percuté une barrière. Il se serait enfui à pied.")
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("between", [
    # one of the two sentences is not in the pluperfect
    "Il avait refusé de s'arrêter au péage. Une patrouille l'a suivi.",
    # the second opens on a contrast
    "Il avait refusé de s'arrêter au péage. Cependant, la patrouille l'avait perdu de vue.",
    # three sentences: beyond the frame
    "Il avait bu. Il avait refusé de s'arrêter au péage. Une patrouille l'avait aussitôt suivi.",
])
def test_a_report_opened_by_selon_ends_past_sentences_that_do_not_tell_its_account(lint, between):
    text = article("La nuit a été agitée. Selon les gendarmes, le conducteur roulait sans phares. " + between +
                   " Le conducteur aurait alors percuté une barrière.")
    assert excerpts(lint(text), "FIG002") == ["aurait alors percuté"]


def test_two_sentences_in_the_pluperfect_after_a_source_given_last_do_not_go_on_it(lint):
    text = article("La nuit a été agitée. Le conducteur roulait sans phares, selon les gendarmes. "
                   "Il avait refusé de s'arrêter au péage. Une patrouille l'avait aussitôt suivi. "
                   "Le conducteur aurait alors percuté une barrière.")
    assert excerpts(lint(text), "FIG002") == ["aurait alors percuté"]


def test_a_report_in_the_conditional_is_sourced_where_it_ends(lint):
    text = article("La rentrée s'est bien passée. Les faits se seraient déroulés dans une école maternelle. "
                   "Un élève aurait bousculé trois camarades, rapporte le quotidien régional.")
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("text, claim", [
    # A sentence in the indicative between them: two statements, not one report.
    ("Les faits se seraient déroulés dans une école. La directrice est arrivée. "
     "Un élève aurait bousculé trois camarades, rapporte le quotidien régional.", "se seraient déroulés"),
    # A source named in the indicative after it speaks of its own sentence only.
    ("Les faits se seraient déroulés dans une école. La directrice est arrivée vite, rapporte le quotidien.",
     "se seraient déroulés"),
])
def test_a_report_ended_by_another_statement_is_not_sourced_by_it(lint, text, claim):
    assert excerpts(lint(article(text)), "FIG002") == [claim]


def test_a_report_is_not_sourced_from_the_next_paragraph(lint):
    text = article("Les faits se seraient déroulés dans une école.",
                   "Un élève aurait bousculé trois camarades, rapporte le quotidien régional.")
    assert excerpts(lint(text), "FIG002") == ["se seraient déroulés"]


def test_attribution_does_not_reach_the_next_paragraph(lint):
    text = article("Selon l'armée, 300 soldats ont été tués.", "Au moins 2 700 autres auraient été blessés.")
    diags = lint(text)
    assert excerpts(diags, "FIG001") and excerpts(diags, "FIG002")


def test_framing_cue_opening_a_paragraph_reaches_the_next_sentences(lint):
    text = article("Selon le rapport, la production a baissé. Les exportations ont chuté de 12 %.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("after, reported", [
    # The account a framing cue opens goes on for the three sentences after it.
    ("", []),
    # A fourth sentence needs its own source.
    (" Les ventes de pain ont progressé de 8 % dans la région.", ["8 %"]),
])
def test_framing_cue_opening_a_paragraph_reaches_three_sentences(lint, after, reported):
    text = article("Selon le journal local, la boulangerie a rouvert lundi. Elle emploie désormais 14 salariés. "
                   "Son chiffre d'affaires a atteint 900 000 euros l'an dernier. "
                   f"Son bénéfice a doublé, à 120 000 euros.{after}")
    assert excerpts(lint(text), "FIG001") == reported


def test_a_source_given_last_in_a_paragraphs_first_sentence_frames_it_too(lint):
    text = article("La route était fermée à l'aube, selon la police fédérale. Près de 90 camions attendaient au péage.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("first, reported", [
    # A participle that says where the source's words come from still leaves it last.
    ("La route était fermée à l'aube, selon les informations de la police, reprises par la radio.", []),
    # A clause of its own after the source: the source is not given last.
    ("La route était fermée à l'aube, selon la police, et les chauffeurs attendaient.", ["Près de 90 camions"]),
])
def test_a_source_given_last_with_a_participle_after_it(lint, first, reported):
    text = article(f"{first} Près de 90 camions attendaient au péage.")
    assert excerpts(lint(text), "FIG001") == reported


def test_a_source_given_last_later_in_a_paragraph_does_not(lint):
    text = article("Le trafic reprend peu à peu. La route était fermée à l'aube, selon la police. "
                   "Près de 90 camions attendaient au péage.")
    assert excerpts(lint(text), "FIG001") == ["Près de 90 camions"]


def test_framing_cue_in_the_middle_of_a_paragraph_does_not(lint):
    text = article("La récolte a été mauvaise. Selon le maire, la production a baissé. "
                   "Au total, 350 tonnes ont été perdues.")
    assert excerpts(lint(text), "FIG001") == ["350 tonnes"]


@pytest.mark.parametrize("opening", [
    "Le quotidien régional révèle lundi que la fromagerie du village a fermé.",
    "La radio locale a indiqué que la fromagerie du village avait fermé.",
    "La fromagerie du village a fermé, selon la radio locale.",
])
@pytest.mark.parametrize("framing", ["Selon le journal", "D'après la même radio"])
def test_framing_cue_after_sentences_that_all_give_their_source_opens_the_account(lint, opening, framing):
    # The paragraph so far is the source's: "Selon X, …" still opens its account.
    text = article(f"{opening} {framing}, un repreneur a été trouvé en juin. Il a racheté 40 % des parts.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("opening", [
    # A sentence of the journalist's own before: the frame is in the middle of the paragraph.
    "La fromagerie du village a fermé.",
    # A verb read as one of saying that names no one who speaks.
    "Un incendie s'est déclaré dimanche dans la fromagerie du village.",
    # Someone's words quoted, not an account the sentences after them go on.
    "« Nous fermons la fromagerie », a annoncé le gérant.",
])
def test_framing_cue_after_a_sentence_with_no_source_does_not(lint, opening):
    text = article(f"{opening} Selon le journal, un repreneur a été trouvé en juin. Il a racheté 40 % des parts.")
    assert excerpts(lint(text), "FIG001") == ["40 %"]


@pytest.mark.parametrize("aside, reported", [
    # A short exclamation or question asserts nothing: "Selon X, …" after it opens the account.
    ("Quelle déception pour les habitués !", []),
    ("Un simple oubli ?", []),
    # A short statement of the journalist's own does not leave the paragraph to the source.
    ("Les habitués sont déçus.", ["40 %"]),
    # Nor does a long exclamation, which tells something.
    ("La fromagerie, ouverte depuis trente ans sur la place du marché, a baissé le rideau pour de bon !",
     ["40 %"]),
])
def test_a_short_exclamation_leaves_the_paragraph_to_the_framing_cue(lint, aside, reported):
    text = article(f"{aside} Selon le journal, un repreneur a été trouvé en juin. Il a racheté 40 % des parts.")
    assert excerpts(lint(text), "FIG001") == reported


@pytest.mark.parametrize("first", [
    "Le musée est fermé depuis lundi, rapporte le journal local.",
    "Des cambrioleurs ont visité le musée dans la nuit, a indiqué le parquet jeudi.",
])
def test_a_paragraphs_first_sentence_ending_on_who_relays_the_news_sources_the_next(lint, first):
    text = article(f"{first} Les travaux ont coûté 300 000 euros.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("paragraph", [
    # Only the sentence right after it goes on the news.
    "Le musée est fermé depuis lundi, rapporte le journal local. Les travaux ont commencé en mai. "
    "Ils ont coûté 300 000 euros.",
    # Later in the paragraph, the source relays its own sentence only.
    "Le musée attire les foules. Il est fermé depuis lundi, rapporte le journal local. "
    "Les travaux ont coûté 300 000 euros.",
    # Another fact.
    "Le musée est fermé depuis lundi, rapporte le journal local. Par ailleurs, les travaux ont coûté "
    "300 000 euros.",
    # A view, not a piece of news.
    "Le musée est trop petit, regrette le maire. Les travaux ont coûté 300 000 euros.",
    # Words quoted are the speaker's.
    "« Le musée est fermé », a indiqué le maire. Les travaux ont coûté 300 000 euros.",
])
def test_the_news_a_source_relays_reaches_no_further(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "FIG001") == ["300 000 euros"]


@pytest.mark.parametrize("again", [
    "Elle a précisé que des vitrines avaient été brisées.",
    "Des vitrines ont été brisées, a précisé la préfecture.",
])
def test_a_framed_account_goes_on_through_a_sentence_naming_its_source_again(lint, again):
    text = article(f"Selon la préfecture, le cortège a rejoint la place en fin de matinée. {again} "
                   "Quelque 300 gendarmes ont été déployés.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("paragraph", [
    # Another source speaks.
    "Selon la préfecture, le cortège a rejoint la place en fin de matinée. La mairie a précisé que "
    "des vitrines avaient été brisées. Quelque 300 gendarmes ont été déployés.",
    # Words quoted: the speaker's, not the account framed.
    "Selon la préfecture, le cortège a rejoint la place en fin de matinée. « Des vitrines ont été brisées », "
    "a précisé la préfète. Quelque 300 gendarmes ont été déployés.",
    # The sentence naming the source counts as one of the three the frame reaches.
    "Selon la préfecture, le cortège a rejoint la place en fin de matinée. Elle a précisé que des vitrines "
    "avaient été brisées. Le calme est revenu dans l'après-midi. Les commerces ont rouvert. "
    "Quelque 300 gendarmes ont été déployés.",
])
def test_a_framed_account_ends_at_quoted_words_or_past_its_reach(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "FIG001") == ["Quelque 300 gendarmes"]


def test_a_clause_set_before_a_sentence_does_not_name_its_source(lint):
    # "Alors qu'il a indiqué que …, …": the sentence's own clause, after it, is the journalist's.
    text = article("Alors que le maire a indiqué que la fromagerie avait fermé, les habitants s'inquiètent. "
                   "Selon le journal, un repreneur a été trouvé en juin. Il a racheté 40 % des parts.")
    assert excerpts(lint(text), "FIG001") == ["40 %"]


@pytest.mark.parametrize("source, reported", [
    # The source that relays the news tells all of it.
    ("le journal local, qui a révélé l'information", []),
    ("la radio, qui rapporte l'information lundi", []),
    # One who denies it, or a source with nothing said of the news, frames only its sentence.
    ("le maire, qui a démenti l'information", ["40 %"]),
    ("le journal local, qui cite un employé", ["40 %"]),
])
def test_a_source_said_to_relay_the_news_frames_it_anywhere_in_a_paragraph(lint, source, reported):
    text = article("La fromagerie du village a fermé. Les habitants s'inquiètent. "
                   f"Selon {source}, un repreneur a été trouvé en juin. Il a racheté 40 % des parts.")
    assert excerpts(lint(text), "FIG001") == reported


@pytest.mark.parametrize("after, reported", [
    # The answer gives its source: the question asked what the account tells next.
    ("Elle financera des travaux, a expliqué la mairie.", []),
    # No source answers it: the question's figure is the journalist's.
    ("Les élus en débattront lundi.", ["200 000 euros"]),
])
def test_a_short_question_between_two_sourced_sentences_is_the_accounts(lint, after, reported):
    # Past the paragraph's first sentence, where no frame reaches the question.
    text = article("La fête de la ville approche. Son budget a augmenté de moitié, selon le journal local. "
                   f"À quoi serviront les 200 000 euros restants ? {after}")
    assert excerpts(lint(text), "FIG001") == reported


def test_an_opinion_after_sourced_sentences_frames_nothing(lint):
    # "Aux yeux de X, …" gives a view, not a report that the next sentences go on telling.
    text = article("Le ministre a annoncé que la taxe serait baissée. Aux yeux de ses opposants, la mesure "
                   "arrive trop tard. Les recettes ont déjà chuté de 600 millions d'euros.")
    assert excerpts(lint(text), "FIG001") == ["600 millions d'euros"]


@pytest.mark.parametrize("sentence, claim", [
    ("Le suspect aurait quitté le pays dimanche.", "aurait quitté"),
    ("Au moins 20 civils auraient été tués lors du bombardement.", "auraient été tués"),
    ("Les deux dirigeants se parleraient souvent.", "se parleraient"),
    ("L'usine serait fermée depuis lundi.", "serait fermée"),
    ("Le maire aurait été interpellé par la police.", "aurait été interpellé"),
    ("Ce ministre serait mort dans l'accident.", "serait mort"),
])
def test_reportive_conditional_fires(lint, sentence, claim):
    found = excerpts(lint(article(sentence)), "FIG002")
    assert any(claim in f or f in claim for f in found), found


@pytest.mark.parametrize("sentence", [
    "Le suspect aurait quitté le pays dimanche, selon une source policière.",
    "Cette réforme pourrait coûter cher.",
    "Le gouvernement devrait annoncer sa décision demain.",
    "Si la pluie continue, la récolte serait perdue.",
    "Il a déclaré qu'un monument serait bientôt érigé.",
    "Sa veuve aurait déclaré qu'elle ne reviendrait pas.",
    "Cela ne serait pas suffisant pour relancer l'économie.",
    "« Je serais ravi de revenir », a-t-il confié.",
    # A demonstrative subject: the conditional weighs a hypothesis.
    "Ce serait une première pour la commune depuis la guerre.",
    "Cela aurait un coût énorme pour les finances de la région.",
    "Tout cela aurait toutefois des conséquences pour les habitants.",
])
def test_conditionals_that_are_not_reports(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG002") == []


def test_check_titles_option(registry):
    from attrlint.analysis import analyse
    from attrlint.readers import read_text
    from attrlint_builtin.figures import UnsourcedFigure

    ad = analyse(read_text("a.txt", "300 morts dans un séisme\n\nLe texte.\n"), registry.lexicon())
    assert list(UnsourcedFigure().check(ad)) == []
    assert [ad.text(v.span) for v in UnsourcedFigure(**{"check-titles": True}).check(ad)] == ["300 morts"]


def test_every_conversion_in_brackets_needs_no_source(lint):
    sentence = "Le club a reçu 40 millions d'euros (45 millions de dollars ou 35 millions de livres)."
    assert excerpts(lint(article(sentence)), "FIG001") == ["40 millions d'euros"]


@pytest.mark.parametrize("sentence, reported", [
    # A sum in a currency the figures read as a count, then its conversion alone in brackets.
    ("Un porteur gagne jusqu'à 900 cauris (40 euros) par semaine.", ["jusqu'à 900 cauris"]),
    ("Le ministre a touché 3 millions de dongs (110.000 euros) en pots-de-vin.", ["3 millions de dongs"]),
    # A sum that says more than the count before it, and one after a year, are their own.
    ("Les 300 salariés (12 millions d'euros de salaires) ont été licenciés.", ["300 salariés", "12 millions d'euros"]),
    ("Les pertes se sont creusées en 2020 (45 millions d'euros).", ["45 millions d'euros"]),
])
def test_a_sum_converting_a_count_in_brackets_needs_no_source(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, codes", [
    ("Le maire inquiète les 300 commerçants du quartier.", ["FIG001"]),  # inquiéter: no one speaks
    ("Le maire s'inquiète du sort des 300 habitants du quartier.", []),  # s'inquiéter: the mayor's concern
    ("Le maire s'est félicité de la baisse de 12 % du chômage.", []),
    ("Le préfet a félicité les pompiers pour « leur courage exemplaire face au feu ».", []),  # words of the préfet
    ("« Ils ont 300 élus et pas un seul projet », moque un cadre du parti.", []),  # an incise drops the pronoun
    ("La banque centrale s'attend à une croissance de 1,2 % cette année.", []),  # the bank's forecast
    ("La banque centrale attend une croissance de 1,2 % cette année.", ["FIG001"]),
    ("Les 300 passagers attendent le train depuis midi.", ["FIG001"]),
])
def test_a_pronominal_verb_of_saying_needs_its_pronoun(lint, sentence, codes):
    assert [d.code for d in lint(f"Titre\n\n{sentence}\n")] == codes


def test_a_figure_after_selon_ce_qu_a_appris_a_newspaper_is_sourced(lint):
    assert excerpts(lint(article("Selon ce qu'a appris La Presse, 300 postes seront abolis d'ici juin.")), "FIG001") == []
    assert excerpts(lint(article("Selon ce que nous savons, 300 postes seront abolis d'ici juin.")), "FIG001") == \
        ["300 postes"]
