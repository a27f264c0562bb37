"""FIG002: which conditionals report a claim, and which hypotheses leave them alone."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts

from attrlint.analysis.conditionals import take_the_source_of_quoted_words
from attrlint.engine import analyse_document
from attrlint.lexicon import build_default_lexicon
from attrlint.readers import read_text


@pytest.mark.parametrize("sentence, claim", [
    # Where something comes from, what it holds: the conditional reports a claim.
    ("Les premières pirogues de la région proviendraient des pêcheurs du delta.", "proviendraient"),
    ("La liste sortante comptabiliserait onze élus au conseil.", "comptabiliserait"),
    ("Les rebelles contrôleraient désormais la moitié de la province.", "contrôleraient"),
    ("Le patrimoine du chanteur représenterait plusieurs dizaines de millions d'euros.", "représenterait"),
    ("Le butin avoisinerait les 2.000 euros.", "avoisinerait"),
    # A real condition in another clause, or a concession, sets no hypothesis.
    ("Le club doit gagner s'il veut se maintenir, car il serait aujourd'hui avant-dernier.", "serait aujourd'hui"),
    ("Les chants auraient duré toute la nuit : « Même si le maire ne veut pas, on reste ! »", "auraient duré"),
])
def test_reportive_conditional_fires(lint, sentence, claim):
    assert any(claim in c for c in excerpts(lint(article(sentence)), "FIG002"))


@pytest.mark.parametrize("sentence", [
    "Un nouveau pont permettrait de désengorger le centre-ville.",
    "Les soignants seraient servis les premiers si le vaccin était disponible.",
    "Si la crue continue, le village serait coupé du monde.",
    "Beaucoup se demandent si les voisins interviendraient en cas d'attaque.",
    "Les premières pirogues proviendraient des pêcheurs du delta, selon l'historien.",
    # a condition after the conditional; "si l'on en croit X" names a source
    "Les infirmiers seraient concernés par cette mesure, si elle est adoptée.",
    "Le suspect serait parti en Espagne, si l'on en croit ses voisins.",
    # the imperfect of s'affairer and éclairer, not a conditional
    "Avant l'ouverture, l'équipe du musée s'affairait au nettoyage des vitrines.",
])
def test_conditionals_that_report_nothing_or_have_a_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG002") == []


@pytest.mark.parametrize("text", [
    "Ils ont longtemps cru que ce serait facile à faire.",
    "La foule aurait pu être choquée par la violence de la scène.",
    "Il serait par ailleurs surprenant que le ministre démissionne.",
    "Les experts évaluent quelle serait la meilleure manière d'aider.",
    "Perpignan, qui en cas de victoire serait la première grande ville du parti.",
    "Le chanteur aurait bien aimé rester quelques jours de plus au festival.",
    "Une polémique dont le club se serait bien passé à la veille du derby.",
    "Un record dont les habitants se seraient sans doute bien passés cet été.",
    "La directrice n'a pas pu prendre les vacances comme elle aurait voulu.",
    "Taxer davantage les grandes fortunes serait équitable envers les familles.",
    "Un débat entre les deux candidats aurait été préférable à ces monologues.",
    # a course of action weighed, what a hypothesis would bring, an option open
    "Fermer la gare du village serait une lourde erreur pour la région.",
    "Le rachat du club par la mairie serait un signal fort pour les supporters.",
    "Une grève des contrôleurs aurait des conséquences sur tous les vols du week-end.",
    "Les élus auraient aussi le choix de rejoindre la majorité.",
    # a judgement led by words of degree
    "Un tel pari serait très risqué pour le club.",
    "Ces délais seraient tout à fait acceptables pour un chantier de cette taille.",
    # the writer speaking of themself, in a testimony or an opinion
    "Je refuse de céder à la colère. Mes choix seraient alors dictés par la peur.",
])
def test_conditionals_that_weigh_ask_or_imagine_are_not_reports(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("text", [
    "Une rencontre que les services de l'Élysée auraient préféré garder secrète.",
    "Le suspect aurait quitté le pays dimanche, tandis que son complice serait encore en France.",
])
def test_reports_after_a_relative_or_a_conjunction_still_fire(lint, text):
    assert excerpts(lint(article(text)), "FIG002")


@pytest.mark.parametrize("text", [
    "Le syndicat propose un fonds commun, qui serait géré par les salariés eux-mêmes.",
    "Les maires ont débattu du calendrier qui serait retenu pour les travaux.",
    "Une aide est prévue pour les locataires qui auraient subi plus de trois coupures.",
    "La gendarmerie lance un appel pour retrouver la voiture qu'il aurait volée.",
])
def test_conditionals_that_describe_a_plan_are_not_reports(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("text, claim", [
    # words that begin like a verb of proposing but name someone or something
    ("Des propos qui auraient été tenus dans les vestiaires ont choqué le club.", "auraient été tenus"),
    ("Un demandeur d'asile qui aurait agressé deux passants a été interpellé.", "aurait agressé"),
    # the writer's words after the conditional: the subject is someone else
    ("Le voleur aurait revendu mon vélo le soir même.", "aurait revendu"),
    # a noun that names, not one that weighs or foresees
    ("Le suspect serait un ancien militaire de carrière.", "serait"),
    ("Le patron du club aurait des liens avec plusieurs élus.", "aurait"),
    # a noun of planning that dates the sentence, a trader
    ("Lors du débat, le candidat qui aurait menti a été hué.", "aurait menti"),
    ("Après l'appel de la mairie, le tireur qui aurait blessé deux passants s'est rendu.", "aurait blessé"),
    ("Un négociant en vins qui aurait escroqué ses clients a été arrêté.", "aurait escroqué"),
    # a new clause after the proposal reports again
    ("Le maire propose un nouveau parking, mais le chantier qui aurait coûté trop cher est gelé.", "aurait coûté"),
])
def test_relatives_outside_a_plan_still_fire(lint, text, claim):
    assert any(claim in c for c in excerpts(lint(article(text)), "FIG002"))


@pytest.mark.parametrize("text", [
    "La juge soupçonne le maire d'avoir monté un trafic d'objets d'art, qui auraient été volés dans des églises.",
    "Le chanteur fait face à une accusation de fraude pour des faits qui se seraient produits en 2015.",
    "La syndicaliste s'est émue du contrôle qu'aurait exercé la direction sur les salariés.",
    "Le scandale est né de rumeurs selon lesquelles le trésorier aurait puisé dans les caisses.",
])
def test_conditionals_whose_charge_the_sentence_names_are_not_reported(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("text, claim", [
    # the target of a complaint, not its charge; a defendant, not an accusation
    ("Les riverains ont porté plainte contre le chauffeur, qui aurait été identifié.", "aurait été identifié"),
    ("L'accusé, qui aurait frappé un gardien, a été transféré.", "aurait frappé"),
])
def test_relatives_after_a_complaint_or_a_defendant_still_fire(lint, text, claim):
    assert any(claim in c for c in excerpts(lint(article(text)), "FIG002"))


def test_a_conditional_that_runs_into_attributed_words_has_their_source(lint):
    text = article(
        "Le projet de piétonnisation serait « une déclaration de guerre aux commerçants ».",
        "La chambre de commerce ne décolère pas. « Une déclaration de guerre aux commerçants », a dénoncé "
        "son président lundi.",
    )
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("text", [
    # words no one is said to have spoken
    article("Le projet de piétonnisation serait « une déclaration de guerre aux commerçants »."),
    # a clause between the conditional and the words
    article(
        "Le projet de piétonnisation serait déjà bouclé, « une déclaration de guerre aux commerçants ».",
        "La chambre de commerce ne décolère pas. « Une déclaration de guerre aux commerçants », a dénoncé "
        "son président lundi.",
    ),
])
def test_a_conditional_before_words_with_no_source_or_a_clause_between_still_fires(lint, text):
    assert excerpts(lint(text), "FIG002")


@pytest.mark.parametrize("text", [
    "Le ministre aurait ensuite longuement expliqué sa position aux syndicats.",
    "Une nouvelle que la mairie aurait depuis en partie confirmée à la radio locale.",
])
def test_a_verb_of_saying_past_adverbs_names_its_source(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("text, claim", [
    # verbs of saying with another sense: here they say nothing
    ("Il aurait lui aussi lancé des pierres sur les policiers.", "aurait lui aussi lancé"),
    ("Elle aurait alors continué à toucher son salaire.", "aurait alors continué"),
])
def test_a_verb_with_another_sense_past_adverbs_still_fires(lint, text, claim):
    assert any(claim in c for c in excerpts(lint(article(text)), "FIG002"))


@pytest.mark.parametrize("sentence, takes_it", [
    # the quoted phrase is what the conditional says: it passes on someone's words
    ("Le quartier serait « à l'abandon » depuis des années.", True),
    # the phrase comes later in the clause: the conditional says more than the words
    ("Le quartier serait depuis des années « à l'abandon ».", False),
])
def test_a_conditional_right_before_a_quoted_phrase_takes_its_source(sentence, takes_it):
    ad = analyse_document(read_text("a.txt", article(sentence)), build_default_lexicon())
    [phrase] = [q for q in ad.quotes if not q.is_speech]
    [conditional] = ad.conditionals
    assert not conditional.attributed
    phrase.continues = True  # as when the article gives the phrase's speaker elsewhere
    take_the_source_of_quoted_words(ad)
    assert conditional.attributed is takes_it


@pytest.mark.parametrize("paragraphs", [
    ("Deux frères sont soupçonnés d'avoir incendié un entrepôt de la zone portuaire. "
     "Ils auraient versé de l'essence sous la porte du hangar.",),
    ("La gérante est accusée de fraude fiscale. Elle aurait caché ses recettes pendant six ans.",),
    ("La voisine a déposé une plainte pour harcèlement. Les faits auraient duré des mois.",),
])
def test_a_conditional_that_details_the_charge_of_the_sentence_before_is_not_reported(lint, paragraphs):
    # the charge's holders (investigators, prosecution) are the source of its details
    assert excerpts(lint(article(*paragraphs)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # no charge before: the entrepôt burned, nobody is suspected
    (("Un entrepôt de la zone portuaire a brûlé dans la nuit. Ils auraient versé de l'essence sous la porte.",),
     "auraient versé"),
    # the charge ends its paragraph: the next paragraph tells something else
    (("Deux frères sont soupçonnés d'avoir incendié un entrepôt.",
      "Le propriétaire aurait touché une forte indemnité de son assureur."), "aurait touché"),
    # the charge two sentences back: the sentence between is narration
    (("Deux frères sont soupçonnés d'avoir incendié un entrepôt. Les pompiers sont arrivés à l'aube. "
      "Le toit se serait effondré vers cinq heures.",), "serait effondré"),
    # a complaint against someone names its target, not a charge
    (("La voisine a porté plainte contre le livreur. Il aurait abîmé sa clôture.",), "aurait abîmé"),
    # a defendant named as a noun is not a charge
    (("L'accusé de la première affaire est sorti de prison. Il aurait quitté la ville.",), "aurait quitté"),
])
def test_a_conditional_with_no_charge_just_before_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


def test_a_conditional_in_an_article_about_a_poll_is_its_projection(lint):
    text = article("La maire sortante arrive en tête du premier tour. Les abstentionnistes restent nombreux.",
                   "Au second tour, elle serait battue par son adjoint.",
                   title="Municipales : la maire sortante distancée (sondage Ifop)")
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("paragraphs", [
    # no poll named: the defeat is hearsay
    ("La maire sortante a lancé sa campagne. Elle serait battue au second tour par son adjoint.",),
    # a poll named only far into the article does not make it one about its results
    ("La maire sortante a lancé sa campagne. Elle serait battue au second tour par son adjoint.",
     "Le marché couvert rouvrira en mai. Les travaux ont duré deux ans.",
     "Le club de rugby a gagné dimanche. Un sondage sur le stationnement sera publié en juin."),
])
def test_a_conditional_outside_an_article_about_a_poll_still_fires(lint, paragraphs):
    text = article(*paragraphs, title="Municipales : la maire sortante en campagne")
    assert any("serait battue" in c for c in excerpts(lint(text), "FIG002"))


@pytest.mark.parametrize("text", [
    "Si le barrage cède, la vallée sera inondée en une heure. Les habitants du bas du village seraient les premiers touchés.",
    "Le projet reste fragile. Et s'il aboutit, la ligne fermera deux ans. Les voyageurs seraient alors transportés en car.",
])
def test_a_conditional_after_a_hypothesis_in_the_sentence_before_goes_on_imagining(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # no hypothesis before: the conditional reports
    (("Le barrage a cédé dans la nuit. Les habitants du bas du village seraient les premiers touchés.",),
     "seraient"),
    # "si" as an adverb sets no hypothesis
    (("La digue est si haute qu'elle cache la mer. Elle aurait coûté une fortune.",), "aurait coûté"),
    # the hypothesis ends its paragraph
    (("Si le barrage cède, la vallée sera inondée.", "Des fissures seraient apparues la semaine dernière."),
     "seraient apparues"),
])
def test_a_conditional_with_no_hypothesis_just_before_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


def test_a_paragraph_opened_by_a_sentence_naming_only_its_source_is_framed_by_it(lint):
    text = article("Une information relayée par le journal local. Le festival ouvre ses portes vendredi. "
                   "Les artistes arrivent dès jeudi. Mais la tête d'affiche serait absente.")
    assert excerpts(lint(text), "FIG002") == []


@pytest.mark.parametrize("paragraphs", [
    # no source named
    ("Le festival ouvre ses portes vendredi. Les artistes arrivent dès jeudi. Les navettes sont prêtes. "
     "Mais la tête d'affiche serait absente.",),
    # the sentence naming the source does not open the paragraph: it frames nothing after it
    ("Le festival ouvre ses portes vendredi. Une information relayée par le journal local. Les artistes arrivent "
     "dès jeudi. Les navettes sont prêtes. Mais la tête d'affiche serait absente.",),
    # the sentence that opens the paragraph says more than its source
    ("La mairie a prévu une fête qui durera trois jours et ouvrira vendredi, relayée par le journal local. "
     "Les artistes arrivent dès jeudi. Les navettes sont prêtes. Mais la tête d'affiche serait absente.",),
])
def test_a_conditional_outside_a_paragraph_framed_by_its_source_still_fires(lint, paragraphs):
    assert any("serait" in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("text", [
    "La sociologue théorise une fracture nouvelle : les villes moyennes seraient délaissées par l'État.",
    "Le juge soupçonne une fraude d'ampleur : les comptes du club auraient été maquillés.",
])
def test_a_conditional_after_a_colon_that_follows_a_charge_or_a_thesis_is_not_reported(lint, text):
    # the clause after the colon is what the sentence's subject suspects or theorises
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # a colon after words that suspect or theorise nothing
    (("La ville a changé en dix ans : les commerces du centre seraient délaissés.",), "seraient délaissés"),
    # the suspicion is in the sentence before, in another paragraph
    (("Le juge soupçonne une fraude.", "Bilan : les comptes du club auraient été maquillés."), "auraient été maquillés"),
])
def test_a_conditional_after_a_colon_with_no_charge_or_thesis_before_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("paragraphs", [
    # a standfirst the body repeats, word for word, with its source
    ("Le randonneur aurait chuté sur une plaque de verglas au-dessus du refuge.",
     "Les secours sont intervenus mardi. Le randonneur aurait chuté sur une plaque de verglas au-dessus du "
     "refuge, selon le peloton de gendarmerie de montagne."),
    # the body quotes the words of its source
    ("Les bagages auraient été oubliés sur le quai de la gare de Lille.",
     "La compagnie a ouvert une enquête. Les bagages « auraient été oubliés sur le quai de la gare de Lille », "
     "indique le transporteur dans un communiqué."),
])
def test_a_conditional_repeating_a_report_sourced_elsewhere_has_its_source(lint, paragraphs):
    assert excerpts(lint(article(*paragraphs)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # the body words it otherwise: no sentence repeats the report
    (("Le randonneur aurait chuté sur une plaque de verglas au-dessus du refuge.",
      "Les secours sont intervenus mardi. Il a chuté sur une plaque de verglas, selon le peloton de gendarmerie."),
     "aurait chuté"),
    # the body repeats it with no source
    (("Le randonneur aurait chuté sur une plaque de verglas au-dessus du refuge.",
      "Les secours sont intervenus mardi. Le randonneur aurait chuté sur une plaque de verglas au-dessus du refuge."),
     "aurait chuté"),
    # a few words in common are not the same report
    (("Le randonneur aurait chuté sur une plaque de verglas au-dessus du refuge.",
      "Un autre marcheur aurait chuté sur une pente du col voisin, selon les secours."),
     "aurait chuté"),
])
def test_a_conditional_not_repeated_with_a_source_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("text", [
    "Un projet de parc a vu le jour dans le quartier de la gare. Les anciens entrepôts seraient rasés.",
    "Le maire a présenté son projet pour le front de mer. La promenade serait élargie jusqu'au port.",
    "Le projet de loi arrive au Sénat mardi. Les loyers des grandes villes seraient plafonnés.",
])
def test_a_conditional_after_a_sentence_naming_a_project_describes_it(lint, text):
    # what the project would do, not a claim heard elsewhere
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # no project named before: the conditional reports
    (("Le quartier de la gare change vite. Les anciens entrepôts seraient rasés.",), "seraient rasés"),
    # the project two sentences back: the sentence between is narration
    (("Un projet de parc a vu le jour près de la gare. Les riverains ont manifesté samedi. Trois voitures auraient été brûlées.",),
     "auraient été brûlées"),
    # the project ends its paragraph: the next paragraph tells something else
    (("Un projet de parc a vu le jour près de la gare.", "Les anciens entrepôts auraient été squattés cet hiver."),
     "auraient été squattés"),
    # a projectile is no project
    (("Un projectile a touché le bus. Le chauffeur aurait été blessé au bras.",), "aurait été blessé"),
])
def test_a_conditional_with_no_project_just_before_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("text", [
    "Doté d'un moteur V8 de 600 ch, ce prototype serait capable d'atteindre 300 km/h.",
    "Avec ses 450 ch, la nouvelle sportive serait en mesure de passer de 0 à 100 km/h en trois secondes.",
])
def test_a_conditional_that_gives_a_products_measures_describes_it(lint, text):
    # a product's specification needs no source (SPEC §2.2), in the conditional or not
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("text, claim", [
    # no measure after the conditional: what happened to the product is reported
    ("Une berline de 600 ch aurait été volée dans un garage du centre.", "aurait été volée"),
    # measures with no product's specification in the sentence
    ("Le coureur aurait atteint 70 km/h dans la descente du col.", "aurait atteint"),
])
def test_a_conditional_that_gives_no_products_measures_still_fires(lint, text, claim):
    assert any(claim in c for c in excerpts(lint(article(text)), "FIG002"))


@pytest.mark.parametrize("text", [
    "La séance a été levée. « Je ne reviendrai pas. » Telle aurait été la réponse du maire aux élus.",
    "Le jury s'est retiré. « Nous avons tout donné. » Tels seraient les mots des joueurs dans le vestiaire.",
])
def test_a_conditional_opened_by_tel_says_whose_the_words_before_are(lint, text):
    # it points back at the words and names who said them, as a verb of saying does
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("text, claim", [
    # "telle" in a comparison, not opening the clause of the conditional
    ("Telle une reine, la chanteuse aurait traversé la salle sous les applaudissements.", "aurait traversé"),
    # "tel" after a determiner qualifies a noun
    ("Un tel accord aurait été signé mardi entre les deux clubs.", "aurait été signé"),
])
def test_a_conditional_after_tel_that_points_back_at_nothing_still_fires(lint, text, claim):
    assert any(claim in c for c in excerpts(lint(article(text)), "FIG002"))


@pytest.mark.parametrize("text", [
    "Les marcheurs devraient revenir samedi dans le centre. Il s'agirait de leur troisième marche en un mois.",
    "Le cortège devrait partir de la gare à midi. Il se tiendrait ensuite sur le boulevard du port.",
])
def test_a_conditional_in_the_present_after_a_forecast_describes_what_is_expected(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # a past tense after the forecast reports what happened
    (("Le joueur devrait signer au club cet été. Il aurait déjà passé sa visite médicale.",), "aurait déjà passé"),
    (("Le joueur devrait signer au club cet été. Il serait déjà arrivé en ville.",), "serait déjà arrivé"),
    # a modal in the imperfect forecasts nothing
    (("Les marcheurs pouvaient revenir samedi. Il s'agirait de leur troisième marche.",), "s'agirait"),
    # the forecast ends its paragraph
    (("Les marcheurs devraient revenir samedi.", "Il s'agirait de leur troisième marche."), "s'agirait"),
])
def test_a_conditional_with_no_forecast_just_before_or_in_a_past_tense_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("text", [
    "« Nous avons tout perdu, raconte le boulanger. Le four a fondu, la vitrine aussi. » "
    "L'incendie aurait pris dans la cave voisine.",
    "« Je ne vais plus au marché », explique-t-elle. « Les passants me prennent en photo. Je dis que je suis "
    "une autre. » Certains auraient même sonné chez elle.",
])
def test_a_conditional_right_after_quoted_sentences_with_a_source_goes_on_the_account(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # the quoted words have no source
    (("« Nous avons tout perdu. Le four a fondu, la vitrine aussi. » L'incendie aurait pris dans la cave voisine.",),
     "aurait pris"),
    # the quotation ends its paragraph
    (("« Nous avons tout perdu, raconte le boulanger. Le four a fondu, la vitrine aussi. »",
      "L'incendie aurait pris dans la cave voisine."), "aurait pris"),
    # a narrative sentence between the quotation and the conditional
    (("« Nous avons tout perdu, raconte le boulanger. Le four a fondu, la vitrine aussi. » Les pompiers sont "
      "arrivés vite. L'incendie aurait pris dans la cave voisine.",), "aurait pris"),
    # a quotation held in one sentence
    (("Le maire a réagi. « Nous reconstruirons l'école. » Le bâtiment aurait été visé par un incendiaire.",),
     "aurait été visé"),
])
def test_a_conditional_after_no_quoted_sentences_with_a_source_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("text", [
    "Un mariage en vue ? Les deux acteurs se seraient fiancés en secret. Dans un entretien au magazine Ciné "
    "Hebdo, l'actrice a confirmé la nouvelle.",
    "Le club tient-il son nouvel entraîneur ? Le Portugais aurait signé un contrat de deux ans. Le président l'a "
    "confirmé au quotidien régional.",
])
def test_a_conditional_between_a_question_and_its_source_teases_the_report(lint, text):
    assert excerpts(lint(article(text)), "FIG002") == []


@pytest.mark.parametrize("paragraphs", [
    # no question before: the report comes before its source
    ("Les deux acteurs se seraient fiancés en secret. Dans un entretien au magazine Ciné Hebdo, l'actrice a "
     "confirmé la nouvelle.",),
    # the sentence after names no source
    ("Un mariage en vue ? Les deux acteurs se seraient fiancés en secret. L'actrice tourne un film en Italie.",),
    # the question or the source in another paragraph
    ("Un mariage en vue ?", "Les deux acteurs se seraient fiancés en secret. Dans un entretien au magazine Ciné "
     "Hebdo, l'actrice a confirmé la nouvelle."),
    ("Un mariage en vue ? Les deux acteurs se seraient fiancés en secret.", "Dans un entretien au magazine Ciné "
     "Hebdo, l'actrice a confirmé la nouvelle."),
    # a narrative sentence between the question and the conditional
    ("Un mariage en vue ? Les deux acteurs tournent un film en Italie. Ils se seraient fiancés en secret. Dans un "
     "entretien au magazine Ciné Hebdo, l'actrice a confirmé la nouvelle.",),
])
def test_a_conditional_not_between_a_question_and_its_source_still_fires(lint, paragraphs):
    assert any("se seraient fiancés" in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))


@pytest.mark.parametrize("paragraphs", [
    ("Le gardien aurait eu trois côtes cassées lors du choc.",
     "Selon le club, le gardien a eu trois côtes cassées lors du choc avec l'attaquant."),
    ("Les deux détenus se seraient enfuis par la cour de promenade.",
     "Les deux détenus se sont enfuis par la cour de promenade, a indiqué la direction de la prison."),
    ("Les vitraux de la chapelle seraient restés intacts malgré l'incendie.",
     "« Les vitraux de la chapelle sont restés intacts malgré l'incendie », a assuré le curé."),
])
def test_a_conditional_the_body_repeats_in_the_indicative_with_a_source_has_it(lint, paragraphs):
    assert excerpts(lint(article(*paragraphs)), "FIG002") == []


@pytest.mark.parametrize("paragraphs, claim", [
    # the body says it in the indicative with no source
    (("Le gardien aurait eu trois côtes cassées lors du choc.",
      "Le gardien a eu trois côtes cassées lors du choc avec l'attaquant."), "aurait eu"),
    # the body words it otherwise
    (("Le gardien aurait eu trois côtes cassées lors du choc.",
      "Selon le club, le gardien souffre de trois fractures."), "aurait eu"),
    # another tense of the indicative is not the same wording
    (("Les deux détenus se seraient enfuis par la cour de promenade.",
      "Les deux détenus s'enfuyaient par la cour de promenade, a indiqué la direction de la prison."),
     "se seraient enfuis"),
])
def test_a_conditional_the_body_does_not_repeat_with_a_source_still_fires(lint, paragraphs, claim):
    assert any(claim in c for c in excerpts(lint(article(*paragraphs)), "FIG002"))
