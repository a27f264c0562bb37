"""SPEC §2.2: figures that describe rather than claim need no source."""
from __future__ import annotations

from functools import partial

import pytest
from cli_run import article as article_with_title, excerpts

article = partial(article_with_title, title="Un titre d'article")


@pytest.mark.parametrize("sentence", [
    "Le faux témoignage est passible de cinq ans de prison et de 75 000 euros d'amende.",
    "Les rassemblements de plus de 5 000 personnes restent interdits en lieu clos.",
    "La vitesse sera limitée à 80 km/h sur ces routes.",
    "Le moteur V6 développe 483 ch et une puissance de pointe remarquable.",
    "Le prototype est animé par le V12 5.7 litres de la berline dont il garde la boîte manuelle.",
    "La berline a été adjugée 79 875 euros lors de la vente aux enchères.",
    "Le livret compte 36 pages et quatre chapitres.",
    "Le village de 800 habitants se prépare à la fête.",
    "Le nouveau tracé prive la commune de la moitié du lac, au grand dam du maire.",
    "Sa batterie est rechargeable à 80 % en seulement cinq minutes.",
    "Le déficit dépassera les 2,8 % visés par le gouvernement pour l'an prochain.",
    "Sur une population totale de 11 millions, la région a vacciné tous les soignants.",
    "Capable de survoler 20 kilomètres carrés par heure, l'appareil a décollé jeudi.",
    "Le séisme a été ressenti dans la capitale, où vivent 9 millions de personnes.",
    "La villa offre 400 m2 habitables et une piscine.",
    "Les 15 joueurs nécessaires pour le match ont été convoqués.",
    "Payée dans les quinze jours, la contravention est minorée à 90 euros.",
    "Le don est déductible des impôts à hauteur de 66 %.",
    "Les frais de dossier facturés aux clients atteignent 25 euros.",
    "Dès lundi, les tarifs réglementés du gaz baissent de 0,5 % pour les particuliers.",
    "Les patchs seront remboursés à 65 % par la caisse d'assurance maladie.",
    "Le nouveau décret punira de 135 euros les contrevenants.",
    "Pour renverser le gouvernement, il aurait fallu 289 voix.",
    "Le prix du ticket de métro va augmenter de 10 centimes en janvier.",
    "Pour les clients qui se chauffent au gaz, la hausse sera de 1,2 %.",
    "Les abonnés bénéficieront d'une réduction de 50 % sur leur abonnement.",
    "La réglementation fixe entre 60 % et 70 % la teneur en alcool des gels.",
    "Plusieurs villes interdisent les rassemblements de plus de dix personnes.",
    "Le film sera visible à condition de débourser 29,99 euros de plus.",
    "La voiture est livrée avec le pack sport, une option à 2 346 euros.",
    "Le coupé est d'ores et déjà annoncé à 215 000 € hors taxes.",
    "Le ministère a débloqué une enveloppe, sans qu'il faille débourser trois millions d'euros.",
    "La vente est limitée à 30 euros pour les véhicules légers de moins de 3,5 tonnes, et 200 euros pour les poids lourds.",
    "Pour être déposée, une motion de censure doit réunir 58 signatures de députés.",
    "Le candidat devra obtenir 376 voix au Parlement.",
    "Pour en bénéficier, il faut avoir perdu 15 % de ses revenus.",
    "Les conducteurs s'exposent à une contravention de 135 euros.",
    "Les deux prévenus ont été condamnés à verser 800 euros à l'association.",
    "Le tribunal leur a infligé respectivement deux millions et un million d'euros d'amende.",
    "Le texte devait recueillir 289 voix, soit la majorité absolue des députés.",
    "Le fournisseur augmente ses prix de 2,4 % TTC au 1er février.",
    # What has come into force, or will.
    "La mesure suit une hausse de 4 % du ticket, entrée en vigueur lundi.",
    "Le loyer des studios a subi une hausse de 15 euros, entrée en vigueur au printemps.",
    # The dot of "1.700" separates thousands: it does not end the sentence of the range.
    "En cas d'infraction, les amendes vont de 1.500 euros (1.700 dollars) à 15.000 euros pour les récidivistes.",
    # What a ruling orders paid, and the parts of it.
    "Le tribunal a également alloué 800 euros à l'association, partie civile.",
    "L'ancien maire a été condamné en appel à payer un euro de dommages et intérêts ainsi que 3.000 euros de frais.",
    "Un arbitrage a accordé à l'homme d'affaires 200 millions d'euros, dont 40 millions d'euros de préjudice moral.",
    # The threshold of a scheme, and the class a scheme leaves out.
    "La taxe vise les foyers dont le revenu est supérieur à 250.000 euros par an.",
    "Le gouvernement s'est engagé à aider les ménages aux revenus ne dépassant pas 1.800 euros par mois.",
    "Les logements de plus de 400.000 euros sont désormais exclus du dispositif.",
    # The new value of an amount a rule sets, given by a verb of change after it.
    "Dès janvier, les allocations de rentrée des familles modestes seront amputées de 8 euros par mois.",
    "Pour les familles nombreuses, cette aide passera à 3.000 euros.",
    "L'amende pour un stationnement gênant s'élève à elle seule à 135 euros.",
    "À la rentrée, la bourse des étudiants passera de 1.102,50 à 1.120,75 euros.",
    # The lower bound of a range takes no room from the words before it.
    "Dans le projet de loi, le seuil du malus passe de 120 à 115 grammes par kilomètre.",
    "Avec la réforme, le plafond des frais passe de 1.500 à 2.000 euros par an.",
    "Il boxait alors dans la catégorie des welters en 2010 (entre 63 et 67 kg).",
    # The first item of a list whose head sets or recommends it.
    "Un tarif unique a été fixé pour chaque carte, quelle que soit la zone desservie : 12 euros pour les adultes et 6 euros pour les enfants.",
    "Les gestes recommandés restent les mêmes : boire de l'eau (au moins 2 litres par jour) et se reposer.",
    # The parts of a planned sum listed after a colon, their currency left out.
    "Le plan propose d'injecter 3 milliards d'euros en trois ans : 500 millions en 2024, 1 milliard en 2025 et 1,5 milliard en 2026.",
    # The competitors a competition admits: its format.
    "Cette année, 21 films venus de quatre continents sont en lice pour la palme.",
    "Le tournoi passe à 16 équipes, réparties en quatre poules.",
    "Le rallye proposera un nouveau parcours à ses 180 concurrents.",
    "La course réunissait 40 pilotes venus de toute l'Europe.",
    # What a show exhibits.
    "Plus de 80 tableaux du peintre y sont exposés jusqu'en mars.",
    "Les visiteurs ont admiré l'un des 45 modèles exposés.",
    "Près de 400 gravures du maître sont présentées à travers 12 salles.",
    "Plus de 120 modèles anciens sont proposés aux collectionneurs ce week-end.",
    "Plus de 150 voitures de collection seront présentes sur le circuit ce week-end.",
    "Au total, 120 voitures anciennes seront présentes au salon de Lyon.",
    # The entries of a ranking, its own.
    "Le palmarès et ses 200 lycées paraîtra jeudi, avec 12 nouveaux venus.",
    # The states or units a named body is made of.
    "La mesure a été adoptée par les 27 pays de l'Union européenne.",
    "Le plan concerne les 80 casernes de la Brigade des sapeurs.",
    "Le scrutin réunit les délégués des 96 départements du pays.",
    "La tempête a privé de cours les 52 lycées, collèges et écoles du Finistère.",
    "La neige a perturbé les 130 collèges publics de la Gironde.",
    "L'indice regroupe les 25 valeurs vedettes de la Bourse de Lisbonne.",
    # Ranks gained or lost in a ranking the sentence names.
    "Au classement annuel des villes où il fait bon étudier, Rennes recule de 14 places.",
    # A small count guessed as one number or the next.
    "Sur la place du marché, 8 ou 9 tracteurs bloquaient la circulation.",
    # The rate of a levy, a share of what it is assessed on, in brackets right after it.
    "Les employeurs versent une cotisation (1,5 % de la masse salariale) à la caisse.",
    "Les commerçants acquittent une redevance (2 % du chiffre d'affaires) depuis mars.",
    # How a thing always moves, in a relative clause in the present.
    "Les astronautes rejoindront la station, qui file à 28.000 km/h autour de la planète.",
    "Le satellite, qui tourne à 25.000 km/h autour du globe, photographie les glaciers.",
    # A group named by its rank.
    "La prime est réservée aux soignants des 30 départements les plus touchés.",
    # The size of a panel, in the people it is made of.
    "Le projet sera examiné par un « comité citoyen » de 25 personnes tirées au sort.",
    "Le conseil de 11 membres se réunira lundi.",
    # The area of a landmark, in apposition after its name.
    "L'incendie de la forêt de Vernières, 300 hectares de chênes, a été maîtrisé.",
    "Le lac Marin, 40 kilomètres carrés, gèle chaque hiver.",
    # The defendants a trial tries.
    "Au procès de la fraude, 16 accusés sont jugés depuis lundi.",
    "Au second procès, 12 prévenus comparaissent pour escroquerie.",
    # Where a company is present.
    "Il siège au conseil d'un groupe présent dans près de 80 pays.",
    "L'enseigne, implantée dans 30 pays, ouvre un magasin à Lille.",
    # A share of a capacity a place may only use.
    "Depuis lundi, les piscines ne peuvent ouvrir qu'à la moitié de leur capacité.",
    "Le théâtre n'ouvre qu'à 30 % de sa capacité.",
    # What a prize allots to each.
    "Les trois lauréats du concours recevront 50.000 euros chacun.",
    # The price of a product named by its brand.
    "Il a garé une Maserati à 90 000 euros devant la mairie.",
    # A company's share capital.
    "Les deux associés fondent une société au capital de 8.000 euros.",
    # What a pack holds.
    "Des kits individuels de 12 masques et une notice sont remis aux élèves.",
    "Le coffret de 6 disques sort lundi chez les disquaires.",
    # The parts a thing is divided into.
    "Les enregistrements, répartis sur 45 bobines, ont été retrouvés dans un grenier.",
    "Après la guerre, le royaume est morcelé en 12 principautés rivales.",
])
def test_descriptions_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Au moins 300 soldats ont été tués dans les combats.", "Au moins 300 soldats"),
    ("La ville a désormais deux millions d'habitants.", "deux millions"),
    ("Le coût des travaux a été estimé à 300 millions d'euros.", "300 millions d'euros"),
    ("L'aide atteint 4,2 milliards de dollars cette année.", "4,2 milliards de dollars"),
    ("Le chômage a reculé à 7,1 % au troisième trimestre.", "7,1 %"),
])
def test_claims_still_need_a_source(lint, sentence, figure):
    found = excerpts(lint(article(sentence)), "FIG001")
    assert len(found) == 1 and found[0].startswith(figure)


@pytest.mark.parametrize("sentence", [
    "C'est une zone boisée avec une façade maritime de plus de 250 kilomètres.",
    "Les 5 500 hectares du parc rendent la surveillance impossible.",
    "Le fond du lac atteint les 2 000 mètres de profondeur.",
    # An area written in words, as "m²" or "km²" would give it.
    "Le notaire habite une maison de 140 mètres carrés près du port.",
    "Le marais couvre une superficie de 35 kilomètres carrés.",
    "La fréquentation a atteint 165 000 visiteurs, soit 16 % de plus qu'en 2019.",
    "Si les revenus étaient taxés à 40 %, la dette baisserait.",
    "Le dispositif est efficace à 100 %.",
    "La Chine, qui compte 1,4 milliard d'habitants, vote.",
    "Le Mouvement 5 étoiles a remporté la ville.",
])
def test_sizes_derivations_hypotheses_and_names_need_no_source(lint, sentence):
    found = excerpts(lint(article(sentence)), "FIG001")
    assert found == [] or found == ["165 000 visiteurs"]


@pytest.mark.parametrize("sentence, figure", [
    ("Le feu a détruit 165 hectares de forêt.", "165 hectares"),
    # "majorité" alone is a share of a group, and "absolue" alone a degree: neither is a rule.
    ("Une majorité (58 %) sont des femmes.", "58 %"),
    ("Deux blessés ont été hospitalisés en urgence absolue, 20 sont légèrement blessés.", "20"),
    ("100 % des élèves ont été reçus au baccalauréat.", "100 %"),
    ("La ville a désormais deux millions d'habitants.", "deux millions"),
    # A stop after a number ends its sentence: the fine does not describe the next one's sum.
    ("Le juge lui a infligé une amende de 2.000 euros. Les voleurs ont emporté 30.000 euros de bijoux.",
     "30.000 euros"),
    # A sum paid where no ruling is named, and a part of a sum that is a finding.
    ("Le fonds a versé 2 millions d'euros aux victimes.", "2 millions d'euros"),
    ("Le sinistre a coûté 300.000 euros, dont 100.000 euros pour la seule toiture.", "100.000 euros"),
    # A bound with no rule or scheme in its sentence measures what happened.
    ("Les températures ont été supérieures à 38 degrés dans le Sud.", "38 degrés"),
    ("Les ventes de maisons dépassant 500.000 euros ont reculé de 12 % cette année.", "500.000 euros"),
    # What an amount of a scheme did, and a change of what no rule sets.
    ("Les aides versées aux agriculteurs ont augmenté de 20 % l'an dernier.", "20 %"),
    ("La fréquentation du musée augmentera de 15 % cet été.", "15 %"),
    # A range that measures what happened, and one that no rule sets.
    ("Les aides ont augmenté de 1.102,50 à 1.120,75 euros l'an dernier.", "1.102,50 à 1.120,75 euros"),
    ("Le loyer moyen passera de 1.102,50 à 1.120,75 euros.", "1.102,50 à 1.120,75 euros"),
    ("Le taux de chômage est passé de 8 à 9 % en un an.", "8 à 9 %"),
    ("Les loyers ont augmenté de 600 à 800 euros en trois ans.", "600 à 800 euros"),
    # A list whose head sets nothing.
    ("Le bilan a été revu à la hausse dans la nuit : 40 morts et 200 blessés.", "40 morts"),
    # The part of a sum spent, after a colon, and a sum of another sentence.
    ("L'État a dépensé 3 milliards d'euros l'an dernier : 500 millions sont allés aux hôpitaux.", "500 millions"),
    ("Le plan prévoit 3 milliards d'euros. Pourtant 500 millions ont déjà été perdus.", "500 millions"),
    # Who came to a competition, and teams that are no competitors.
    ("Le marathon a réuni 9.000 coureurs sous la pluie.", "9.000 coureurs"),
    ("Le tournoi a mobilisé 15 équipes de secours.", "15 équipes"),
    ("La compagnie a licencié 36 pilotes en mars.", "36 pilotes"),
    # What people or things are exposed to.
    ("Au total, 2.000 salariés ont été exposés à l'amiante.", "2.000 salariés"),
    ("Quelque 400 fûts ont été exposés aux intempéries.", "Quelque 400 fûts"),
    # People presented, whoever they are presented to.
    ("Au total, 40 suspects ont été présentés à la justice.", "40 suspects"),
    ("Cette fois, 35 candidats sont présentés par le parti.", "35 candidats"),
    # What was found present, and people who will be there.
    ("Au total, 12 pesticides sont présents dans l'eau du robinet.", "12 pesticides"),
    ("Dimanche, 300 gendarmes seront présents autour du stade.", "300 gendarmes"),
    # What a ranked entry holds.
    ("L'université et ses 30.000 étudiants ont fêté leur rang au classement.", "30.000 étudiants"),
    ("Au classement, l'hôpital et ses 3.000 soignants progressent encore.", "3.000 soignants"),
    # People of a named body, and units a common noun names.
    ("Les 300 salariés de Renault ont été reçus.", "300 salariés"),
    ("Parmi les 20 pays du continent, 12 ont voté le texte.", "20 pays"),
    ("Au total, 30 départements du pays sont en alerte.", "30 départements"),
    ("Au total, 12 écoles de Vannes ont été cambriolées.", "12 écoles"),
    ("La grève a touché les 52 écoles et 300 commerces du Finistère.", "52 écoles"),
    ("Au total, 25 valeurs de la Bourse de Paris ont chuté mardi.", "25 valeurs"),
    # Places of a car park, and ranks of no ranking named.
    ("Avec les travaux, le parking de la gare perd 300 places.", "300 places"),
    ("Après une saison ratée, l'équipe recule de 14 places.", "14 places"),
    # Numbers further apart, or large ones: a range to source.
    ("Sur la place du marché, 8 ou 15 tracteurs bloquaient la circulation.", "15 tracteurs"),
    ("Sur la place du marché, 300 ou 301 tracteurs bloquaient la circulation.", "301 tracteurs"),
    # A share in brackets with no base of a levy, or after no levy.
    ("Les commerçants acquittent une redevance (2 %) depuis mars.", "2 %"),
    ("Les cadres (40 % de la masse salariale) ont obtenu une prime.", "40 %"),
    # A speed in the past, and a speed changed.
    ("La voiture, qui roulait à 150 km/h, a percuté un arbre.", "150 km/h"),
    ("Le train, qui circule désormais à 320 km/h, relie les deux villes.", "320 km/h"),
    # What a group named by its rank holds, and a count with no rank.
    ("Les 10 pays les plus riches détiennent 60 % des richesses.", "60 %"),
    ("Au total, 30 départements ont été touchés par les orages.", "30 départements"),
    # A group of people is a crowd, no panel.
    ("Un groupe de 200 personnes a bloqué le péage.", "200 personnes"),
    # What followed a rule's coming into force, and a rule in force further on.
    ("Depuis l'entrée en vigueur du couvre-feu, 300 personnes ont été verbalisées.", "300 personnes"),
    ("Le pays totalise plus de 20.000 cas et des restrictions sont en vigueur.", "plus de 20.000 cas"),
    # An area that opens a clause, and one after the name of no landmark.
    ("Dans la forêt de Vernières, 300 hectares ont brûlé.", "300 hectares"),
    ("Le feu de Vernières, 300 hectares de chênes, a tout détruit.", "300 hectares"),
    # Future and past counts that are news.
    ("Ce soir, 180 gendarmes seront mobilisés autour du stade.", "180 gendarmes"),
    ("Au total, 1.000 postes seront supprimés d'ici juin.", "1.000 postes"),
    ("L'an dernier, 3.000 emplois ont été créés dans la région.", "3.000 emplois"),
    # Those arrested, and defendants acquitted.
    ("Au total, 12 suspects ont été interpellés.", "12 suspects"),
    ("Au total, 20 accusés ont été acquittés.", "20 accusés"),
    # Where a virus is present, and a company's presence dated as news.
    ("Le virus, présent dans 40 pays, se propage vite.", "40 pays"),
    ("Le groupe, désormais présent dans 40 pays, recrute.", "40 pays"),
    # How full a place is or was.
    ("Les hôpitaux fonctionnent à 120 % de leur capacité.", "120 %"),
    ("Le théâtre n'était rempli qu'à 30 % de sa capacité.", "30 %"),
    # What each got, and a sum in all.
    ("Les trois lauréats du concours ont reçu 50.000 euros chacun.", "50.000 euros"),
    ("Les trois lauréats du concours recevront 50.000 euros au total.", "50.000 euros"),
    # A market's price, with the definite article.
    ("Le Brent à 60 dollars rassure les marchés.", "60 dollars"),
    # What is put into a company.
    ("Le fonds est entré au capital de la société pour 300 millions d'euros.", "300 millions d'euros"),
    ("La banque a apporté au capital 40 millions d'euros.", "40 millions d'euros"),
    # What a lot holds, and people in a pack.
    ("Un lot de 500 masques a été saisi au port.", "500 masques"),
    ("Un paquet de 30 personnes attendait devant la mairie.", "30 personnes"),
    # Where people are sent, and people counted after a participle of dividing.
    ("Les blessés ont été répartis dans 12 hôpitaux de la région.", "12 hôpitaux"),
    # An area that measures what happened, in words as in "m²".
    ("Les flammes ont détruit 850 mètres carrés de hangars.", "850 mètres carrés"),
    ("Le contingent est réparti en 300 soldats et 40 officiers.", "300 soldats"),
])
def test_findings_in_the_same_words_still_need_one(lint, sentence, figure):
    assert any(f.startswith(figure) for f in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("sentence, reported", [
    # Some actors of a small group the story presents as known.
    ("Parmi les 12 ministres du gouvernement, 8 ont assisté à la cérémonie.", []),
    ("Sur les 14 accusés, 12 étaient présents à l'audience.", []),
    # Part of a group that is a count to source, and a group of another sentence.
    ("Parmi les 52 soignants, 19 ont été contaminés.", ["52 soignants", "19"]),
    ("Les 12 ministres sont arrivés. Depuis, 8 ont quitté la salle.", ["8"]),
])
def test_a_part_of_a_small_known_group_is_a_narrative_count(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # The value a change leads to, worked out from the value before and the change.
    ("La dette de 2,5 milliards d'euros a augmenté de 500 millions pour passer à 3 milliards d'euros.",
     ["2,5 milliards d'euros", "500 millions"]),
    ("L'usine, qui employait 400 ouvriers, en a licencié 50 pour passer à 350 ouvriers.", []),
    # A value that is not their sum or difference, and a change with no value before it.
    ("L'usine, qui employait 400 ouvriers, en a licencié 50 pour passer à 320 ouvriers.", ["320 ouvriers"]),
    ("Le chômage a baissé de 0,2 point pour passer à 7,1 %.", ["7,1 %"]),
])
def test_the_result_of_a_change_given_in_figures_is_worked_out(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


def test_a_poll_goes_on_in_the_shares_that_follow_it(lint):
    text = ("Selon un sondage Elabe publié jeudi, 54 % des Français approuvent la réforme. "
            "Ils sont 38 % à la refuser. Les moins de 35 ans sont 60 % à hésiter.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_an_articles_product_specification_makes_its_other_measures_descriptions(lint):
    text = article("Le nouveau coupé reçoit un V8 de 620 ch.",
                   "Allégé, il ne pèse plus que 1 250 kilos et file à 320 km/h en pointe.")
    assert excerpts(lint(text), "FIG001") == []


def test_an_articles_engine_named_by_its_maker_makes_its_measures_descriptions(lint):
    text = article("Le constructeur dévoile un coupé animé par un V12 atmosphérique.",
                   "Son toit en carbone n'ajoute que 40 kg à la voiture, livrée en 2 coloris.")
    assert excerpts(lint(text), "FIG001") == []


def test_an_articles_specification_read_in_its_text_makes_its_measures_descriptions(lint):
    text = article("Le nouveau téléphone reçoit un capteur de 48 Mégapixels.",
                   "Le boîtier en aluminium ne dépasse guère 180 grammes.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_car_named_by_its_horsepower_makes_no_article_about_a_product(lint):
    text = article("Le garagiste du village répare encore des 2 CV.",
                   "Son atelier a reçu 300 kg de pièces détachées la semaine dernière.")
    assert excerpts(lint(text), "FIG001") == ["300 kg"]


@pytest.mark.parametrize("paragraphs, figure", [
    # no engine named: the weight is a measure to source
    (("Le constructeur dévoile un coupé sportif.", "Son toit en carbone n'ajoute que 40 kg à la voiture."), "40 kg"),
    # a code glued into a longer name is no engine
    (("Le convoi RV12B a livré 300 tonnes de riz à la ville assiégée.",), "300 tonnes"),
])
def test_measures_of_an_article_naming_no_engine_still_need_a_source(lint, paragraphs, figure):
    assert excerpts(lint(article(*paragraphs)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Son nouveau châssis en aluminium est 40 % plus léger que le précédent.",
    "Le bloc de la version sport est trois fois plus puissant que celui de la berline.",
    "Les suspensions sont plus rigides (de 15 % à l'avant et de 12 % à l'arrière).",
    "La surface vitrée du toit est agrandie de 35 %.",
])
def test_a_share_comparing_a_products_quality_describes_it(lint, sentence):
    text = article("Le constructeur dévoile un coupé animé par un V8 de 600 ch.", sentence)
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("paragraphs, figure", [
    # what the product costs is news
    (("Le constructeur dévoile un coupé animé par un V8 de 600 ch.",
      "Il se vend désormais 25 % plus cher que son prédécesseur."), "25 %"),
    # and a share of its sales
    (("Le constructeur dévoile un coupé animé par un V8 de 600 ch.",
      "Les coupés représentent 12 % de ses ventes, plus légères qu'avant."), "12 %"),
    # no product: a finding
    (("Les cartables des écoliers sont aujourd'hui 30 % plus lourds qu'en 1990.",), "30 %"),
])
def test_shares_that_compare_no_quality_of_a_product_still_need_a_source(lint, paragraphs, figure):
    assert excerpts(lint(article(*paragraphs)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Dans sa boutique, elle loue des vélos électriques tout équipés à la journée pour 35 euros.",
    "Chaque été, elle louait un petit studio avec vue sur le port pour 300 euros par semaine.",
])
def test_a_sellers_offer_is_the_price_it_asks(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # what was sold is news
    ("L'an dernier, il a vendu sa collection de timbres anciens pour 2 000 euros.", "2 000 euros"),
    # what was proposed to someone else, in the past
    ("Il est soupçonné d'avoir proposé au chef du réseau de voler un camion pour 50.000 euros.", "50.000 euros"),
])
def test_a_sale_or_a_past_proposal_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Pour sa réouverture, le magasin offre 50 euros à chaque nouveau client.",
    "Pendant le confinement, l'opérateur a offert 5 Go de données à ses abonnés.",
    # the participle after the figure and what it is
    "Malgré les 20.000 euros de récompense offerts, personne n'a parlé.",
])
def test_what_a_giver_offers_is_its_own_terms(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # "s'offrir" is to buy
    ("L'an dernier, le producteur s'est offert 300 hectares de vignes.", "300 hectares"),
    # a share offered is a finding
    ("Le vaccin offre 95 % de protection contre les formes graves.", "95 %"),
    # the offer is not of the figure
    ("La banque lui a offert un poste et il a gagné 20.000 euros en un an.", "20.000 euros"),
])
def test_a_purchase_a_share_or_a_figure_outside_the_offer_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Les artistes vont tracer sur la plage une fresque de 140m de long sur 35m de large.",
    "Le jardin partagé occupera une parcelle de 60m de long derrière la mairie.",
])
def test_a_size_whose_unit_is_glued_to_its_number_describes(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Samedi matin, les automobilistes ont subi 140km de bouchons autour de la capitale.", "140km"),
    ("La commune a reçu 8M de la région pour rénover ses routes.", "8M"),
])
def test_a_glued_length_of_what_happened_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Le campus de Brest, qui compte 18.000 inscrits, rouvre lundi.",
    "Le recueil, qui compile plus de 300 poèmes de jeunesse, paraît en mars.",
    "Le coffre, qui renferme 40 lingots d'or, a été ouvert devant notaire.",
])
def test_what_a_relative_clause_says_of_its_subject_describes_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le site a compilé plus de 300 témoignages en une semaine.", "plus de 300 témoignages"),
    ("Le dossier, qui compile désormais 300 plaintes, a été transmis au parquet.", "300 plaintes"),
])
def test_what_was_compiled_or_a_dated_relative_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_a_relative_clause_dated_as_news_still_needs_a_source(lint):
    text = article("La Californie, qui compte désormais plus de 220.000 cas, ferme ses plages.")
    assert excerpts(lint(text), "FIG001") == ["plus de 220.000 cas"]


def test_an_auctions_estimates_and_price_ranges_are_the_sellers(lint):
    text = article("La maison organise samedi une vente aux enchères de voitures anciennes.",
                   "Un coupé de 1967 (350 000 à 450 000 dollars) côtoiera un cabriolet dont le prix est estimé "
                   "entre 2 et 3 millions de dollars.")
    assert excerpts(lint(text), "FIG001") == []


def test_what_an_auction_offers_is_its_catalogue(lint):
    text = article("La maison organise samedi une vente aux enchères de voitures anciennes.",
                   "Pas moins de 125 véhicules et quelque 350 lots seront proposés, dont une berline rare "
                   "(9 exemplaires produits).")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("paragraphs, figure", [
    # Outside an auction, vehicles counted are a finding.
    (("Pas moins de 125 véhicules ont été verbalisés samedi sur l'autoroute.",), "Pas moins de 125 véhicules"),
    # In one, copies by the million are a statistic, not a catalogue.
    (("La planche originale a été adjugée dimanche.", "La série s'est vendue à 380 millions d'exemplaires."),
     "380 millions d'exemplaires"),
    # Read with its scale: two million cars are no catalogue.
    (("La maison organise samedi une vente aux enchères de voitures anciennes.",
      "Le constructeur a fabriqué 2 millions de voitures en dix ans."), "2 millions de voitures"),
])
def test_counts_of_vehicles_or_copies_that_are_no_catalogue_still_need_a_source(lint, paragraphs, figure):
    assert excerpts(lint(article(*paragraphs)), "FIG001") == [figure]


def test_an_estimated_cost_outside_an_auction_still_needs_a_source(lint):
    text = article("Le coût des travaux de la gare est estimé entre 2 et 3 millions d'euros.")
    assert excerpts(lint(text), "FIG001") == ["2 et 3 millions d'euros"]


def test_measures_of_an_article_with_no_product_still_need_a_source(lint):
    text = article("Le convoi humanitaire a livré 300 tonnes de riz à la ville assiégée.")
    assert excerpts(lint(text), "FIG001") == ["300 tonnes"]


def test_a_polls_commentary_pauses_its_results_rather_than_ending_them(lint):
    text = ("Selon un sondage Elabe publié jeudi, 54 % des Français approuvent la réforme. "
            "Le camp des opposants se resserre. Ils sont 38 % à la refuser. "
            "Les jeunes restent partagés. Les moins de 35 ans sont 60 % à hésiter.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_polls_results_go_on_in_shares_that_open_with_a_contrast(lint):
    text = ("Selon un sondage Ifop publié dimanche, 65 % des Français soutiennent la grève. "
            "En revanche, 13 % y sont opposés. Par ailleurs, 61 % veulent un référendum.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_polls_results_go_on_past_what_its_respondents_say(lint):
    text = ("Selon un sondage Ifop publié samedi, 27 % des Français approuvent l'action du président. "
            "Interrogés sur le Premier ministre, 29 % des Français se disent satisfaits. "
            "Le gouvernement n'échappe pas à la désaffection. Le ministre de l'Intérieur recule à 25 %.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_polls_results_go_on_past_the_shares_of_respondents_who_think_something(lint):
    # "58 % … estiment": the poll's respondents think, no new count is named; a poll named
    # past the article's opening, whose results then open with a contrast.
    text = ("Le conseil municipal s'est réuni lundi. Les listes sont déposées. La campagne s'ouvre. "
            "Le maire sortant reste le favori des électeurs de droite, révèle un sondage Ifop publié mardi. "
            "58 % d'entre eux estiment qu'il doit se représenter. "
            "Les proches de la majorité préfèrent aussi sa candidature (46 %). "
            "En revanche, son adversaire est le favori de l'ensemble des habitants (43 %).")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_counts_figures_go_on_past_what_a_speaker_of_the_body_that_counted_says(lint):
    # The federation's count, named past the article's opening; its delegate comments it.
    text = ("Les départs en vacances commencent. Les routes se chargent. La chaleur s'installe. "
            "Les collisions ont augmenté l'an dernier, selon le bilan annuel de la Fédération des "
            "transporteurs routiers (FTR) publié jeudi. "
            "La tendance inquiète, souligne Paul Martin, délégué général de la FTR. "
            "Quelque 30 % des collisions sont dues à la fatigue.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_counts_figures_end_at_a_speaker_of_another_body(lint):
    text = ("Les départs en vacances commencent. Les routes se chargent. La chaleur s'installe. "
            "Les collisions ont augmenté l'an dernier, selon le bilan annuel de la Fédération des "
            "transporteurs routiers (FTR) publié jeudi. "
            "La tendance inquiète, souligne Paul Martin, porte-parole de l'UNAT. "
            "Quelque 30 % des collisions sont dues à la fatigue.")
    assert excerpts(lint(article(text)), "FIG001") == ["Quelque 30 %"]


@pytest.mark.parametrize("body, reported", [
    # The body that counted comments its count between two of its figures: they go on.
    ("l'ONR", []),
    # Another body speaks: the figure after it needs its own source.
    ("l'UNAT", ["Quelque 410 piétons"]),
])
def test_a_counts_figures_go_on_past_a_comment_of_its_body_between_them(lint, body, reported):
    text = ("Selon les données annuelles de l'Observatoire national des routes (ONR), 3 200 personnes "
            "sont mortes sur les routes l'an dernier. Quelque 720 d'entre elles étaient des motards. "
            f"Les accidents restent plus graves la nuit, selon {body}. Quelque 410 piétons ont aussi été tués.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("speaker, reported", [
    # The speaker of the count speaks again, in the words that named her: her figures go on, of
    # the kinds she gave before as well as now.
    ("a ajouté la ministre", []),
    # Another speaker: the count after it needs its own source.
    ("a répliqué le syndicat", ["200.000 salariés"]),
])
def test_a_counts_figures_go_on_when_its_speaker_speaks_again(lint, speaker, reported):
    text = ("Les usines tournent au ralenti. Les commandes s'effondrent. Les syndicats s'inquiètent. "
            "Le gouvernement prépare un plan. "
            "Quelque 900.000 salariés ont cessé le travail, a annoncé mardi la ministre du Travail. "
            f"Cela représente « près d'un salarié sur cinq », {speaker}. "
            "En un mois, 200.000 salariés de plus sont entrés dans le dispositif.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("last, reported", [
    # A share after the share of the breakdown: the same count goes on.
    ("La proportion monte à 52 % dans le Sud.", []),
    # A sum of money is of neither kind: it needs its own source.
    ("Les dégâts atteignent 3 millions d'euros.", ["3 millions d'euros"]),
])
def test_a_count_goes_on_in_the_kinds_of_figure_of_its_breakdown(lint, last, reported):
    # Past the article's opening, where a count is read as what the article reports.
    text = ("Les pluies ont cessé. Les routes rouvrent. Les secours s'organisent. Les écoles restent fermées. "
            "Le préfet s'est rendu sur place. "
            "Selon les chiffres du ministère publiés mardi, 12 régions sont touchées par les inondations. "
            f"Ainsi, près d'un habitant sur deux (47 %) vit dans une zone sinistrée. {last}")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("speaker, reported", [
    # The body that counted, taken up in the words that named it.
    ("souligne l'institut", []),
    # Words the sentence of the count did not hold name another speaker.
    ("souligne la fédération", ["Quelque 410 piétons"]),
])
def test_a_counts_figures_go_on_past_a_comment_of_its_body_named_in_the_same_words(lint, speaker, reported):
    text = ("Selon les chiffres annuels de l'institut, 3 200 personnes sont mortes sur les routes "
            "l'an dernier. Quelque 720 d'entre elles étaient des motards. "
            f"Les accidents restent plus graves la nuit, {speaker}. Quelque 410 piétons ont aussi été tués.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_polls_results_end_after_a_long_commentary(lint):
    # A poll named further on than the article's opening, which is about something else.
    text = ("Le président a réuni ses ministres lundi. Il a évoqué la rentrée. Les syndicats l'attendent. "
            "Selon un sondage Ifop publié samedi, 27 % des Français approuvent l'action du président. "
            "Le gouvernement n'échappe pas à la désaffection. La rentrée s'annonce difficile. "
            "Les syndicats préparent une journée de grève. Le budget sera présenté en octobre. "
            "Le chômage atteint 7,3 % de la population active.")
    assert excerpts(lint(article(text)), "FIG001") == ["7,3 %"]


def test_a_studys_results_go_on_in_figures_of_another_kind_than_its_design(lint):
    # "menée dans 27 pays" is how the study was made; its results are the shares after it.
    text = ("Les médias doutent. Selon une étude de l'institut Harmonia publiée mardi, menée dans 27 pays, "
            "la confiance recule. "
            "Près d'un Belge sur deux (47 %) doute des journaux. Ils sont 31 % à se méfier de la radio.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_studys_results_go_on_in_figures_of_any_kind(lint):
    # Its participants (counts), then what they were paid (money), then how many succeeded (shares).
    text = ("Une étude publiée lundi dans une revue de cardiologie montre que payer les fumeurs les aide à arrêter. "
            "Chacun des 800 fumeurs avait des revenus modestes. "
            "Les primes allaient jusqu'à 1.400 euros au bout de six mois. "
            "Seuls 45 % d'entre eux ont tenu six mois.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_briefing_on_a_count_names_a_data_source_past_the_paragraph(lint):
    text = article("Lors de son point quotidien sur le bilan de l'épidémie, le directeur de la santé a fait le compte.",
                   "En tout, 22.757 personnes sont hospitalisées. En 24 heures, 458 patients ont été admis en réanimation.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("channel, reported", [
    # A briefing held at set dates to give a count: its figures follow.
    ("Dans son point quotidien, mardi soir,", []),
    ("Lors du point de situation hebdomadaire, mardi soir,", []),
    # A press briefing or a speech gives no count of its own.
    ("Lors d'un point presse, mardi soir,", ["8.412 patients"]),
    ("Dans son discours, mardi soir,", ["8.412 patients"]),
])
def test_a_briefing_held_to_give_a_count_is_a_data_source(lint, channel, reported):
    text = ("L'épidémie ralentit dans la région. "
            f"{channel} le directeur de la santé a indiqué que les admissions reculaient encore. "
            "A ce jour, 8.412 patients sont hospitalisés.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_count_that_gives_its_figures_in_the_opening_is_read_past_its_commentary(lint):
    # The article reports the count: what is said of it between its figures does not end them.
    text = ("Le virus recule. Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes "
            "en 24 heures. Ce bilan ne comprend pas les maisons de retraite. "
            "A ce jour, 11.482 personnes sont hospitalisées.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_speaker_after_the_count_of_the_opening_ends_its_figures(lint):
    text = ("Le virus recule. Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes "
            "en 24 heures. Le maire a déclaré qu'il restait prudent. La commune a reçu 3 500 demandes d'aide.")
    assert excerpts(lint(article(text)), "FIG001") == ["3 500 demandes"]


def test_a_count_of_the_opening_goes_on_past_a_sentence_that_counts_more_of_it(lint):
    text = ("Le virus recule. Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes "
            "en 24 heures. A ce jour, 11.482 personnes sont hospitalisées. "
            "On dénombre 1.094 malades en réanimation. "
            "Les trois régions du Nord regroupent 76 % des malades en réanimation.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_count_of_the_opening_ends_at_a_speaker_who_gives_figures(lint):
    text = ("Le virus recule. Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes "
            "en 24 heures. A ce jour, 11.482 personnes sont hospitalisées. "
            "Le maire a déclaré que 300 lits étaient libres. "
            "Les trois régions du Nord regroupent 76 % des malades en réanimation.")
    assert excerpts(lint(article(text)), "FIG001") == ["76 %"]


def test_a_count_after_the_opening_ends_at_a_sentence_that_counts_more(lint):
    text = ("Le ministre a visité l'hôpital lundi. Il a salué les soignants. Les syndicats l'attendaient. "
            "La direction prépare l'hiver. Les lits manquent. "
            "Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes en 24 heures. "
            "On dénombre 1.094 malades en réanimation. "
            "Les trois régions du Nord regroupent 76 % des malades en réanimation.")
    assert excerpts(lint(article(text)), "FIG001") == ["76 %"]


@pytest.mark.parametrize("opening, reported", [
    # The last of the figures a source lists, after the sentence it sourced.
    ("Enfin,", []),
    # A figure of another kind with no such word, or on another fact, needs its own source.
    ("Depuis lundi,", ["412 foyers"]),
    ("Par ailleurs,", ["412 foyers"]),
])
def test_the_last_figure_of_a_list_goes_on_the_source_before_it(lint, opening, reported):
    text = ("La crue recule. Le débit de la rivière a baissé de 18 % en un jour, a indiqué la préfecture. "
            f"{opening} 412 foyers restent privés d'eau potable dans la vallée.")
    assert excerpts(lint(article(text)), "FIG001") == reported


_COMMUNIQUE = "Les sentiers restent glissants après les pluies, souligne le communiqué publié lundi par la fédération."
# "selon lui": a person who comments, whose words give no figure to draw on.
_COMMENT = "Le guide Marc Dupuis a pris la parole lundi. Les sentiers restent selon lui « très glissants »."


@pytest.mark.parametrize("before, sentence, reported", [
    # "ainsi" after the auxiliary: the figures are drawn from what the source just said.
    (_COMMUNIQUE, "Au printemps, plus de 640 randonneurs ont ainsi été secourus en montagne.", []),
    (_COMMUNIQUE, "Près de la moitié des sorties a ainsi été annulée.", []),
    # "ainsi que" joins; and with no such word, a figure with no source of its own is reported.
    (_COMMUNIQUE, "Au printemps, plus de 640 randonneurs ainsi que leurs guides ont été secourus en montagne.",
     ["plus de 640 randonneurs"]),
    (_COMMUNIQUE, "Près de la moitié des sorties a été annulée.", ["Près de la moitié des sorties"]),
    (_COMMENT, "Au printemps, plus de 640 randonneurs ont ainsi été secourus en montagne.", ["plus de 640 randonneurs"]),
])
def test_a_sentence_that_says_it_draws_on_the_source_before_it_goes_on_it(lint, before, sentence, reported):
    text = f"Les randonneurs sont appelés à la prudence. {before} {sentence}"
    assert excerpts(lint(article(text)), "FIG001") == reported


_BURNT = "Les flammes ont détruit 62 hectares de pinède, selon les pompiers du département."


@pytest.mark.parametrize("before, reported", [
    # A source that measures the extent of what happened: the sentence right after counts in
    # it, whatever the kind of its figures, and goes on the same account.
    (_BURNT, []),
    # Past a sentence with no figure, or after a source that counted, or after a measure
    # quoted, the count needs its own source.
    (f"{_BURNT} Le vent est tombé.", ["Près de 40 %"]),
    ("Le feu a mobilisé 120 engins, selon la préfecture.", ["Près de 40 %"]),
    ("« Les flammes ont détruit 62 hectares de pinède », a dit le maire.", ["Près de 40 %"]),
])
def test_the_sentence_after_a_sourced_extent_counts_in_it(lint, before, reported):
    text = f"L'incendie a repris mardi dans le massif. {before} Près de 40 % des habitants ont été évacués."
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_only_the_sentence_right_after_an_extent_goes_on_it(lint):
    text = (f"L'incendie a repris mardi dans le massif. {_BURNT} Près de 300 habitants ont été évacués. "
            "Un tiers des habitants sont rentrés chez eux mercredi.")
    assert excerpts(lint(article(text)), "FIG001") == ["Un tiers des habitants"]


@pytest.mark.parametrize("channel, reported", [
    # A briefing held to give a count, in the article's opening: the article reports it, and
    # its figures go on past what its speaker says between them.
    ("Dans son point quotidien, mardi soir,", []),
    # A press briefing gives no count of its own: the commentary ends its figures.
    ("Lors d'un point presse, mardi soir,", ["8.412 patients", "312 malades"]),
])
def test_a_briefing_named_in_the_opening_is_read_past_its_commentary(lint, channel, reported):
    text = ("L'épidémie ralentit dans la région. "
            f"{channel} le directeur de la santé a indiqué que les admissions reculaient encore. "
            "A ce jour, 8.412 patients sont hospitalisés. "
            "Le directeur refuse de crier victoire. "
            "En 24 heures, 312 malades sont morts à l'hôpital.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_briefing_named_after_the_opening_ends_with_its_commentary(lint):
    text = ("Le ministre a visité l'hôpital lundi. Il a salué les soignants. Les syndicats l'attendaient. "
            "La direction prépare l'hiver. Les lits manquent. "
            "Dans son point quotidien, mardi soir, le directeur de la santé a indiqué que les admissions "
            "reculaient encore. A ce jour, 8.412 patients sont hospitalisés. "
            "Le directeur refuse de crier victoire. "
            "En 24 heures, 312 malades sont morts à l'hôpital.")
    assert excerpts(lint(article(text)), "FIG001") == ["312 malades"]


@pytest.mark.parametrize("between, reported", [
    # A sentence that says the count goes on in another part of what it counted: that part may
    # give as many figures as the first.
    ("La baisse se poursuit également dans les maisons de retraite.", []),
    # Commentary only: the count's figures end where its reach does.
    ("La baisse se poursuit dans les maisons de retraite.", ["317 résidents"]),
])
def test_a_count_goes_on_in_another_part_as_far_as_in_the_first(lint, between, reported):
    text = ("Le virus recule. Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes "
            "en 24 heures. A ce jour, 11.482 personnes sont hospitalisées. "
            "En 24 heures, 612 patients ont été admis. 1.094 malades sont en réanimation. "
            "Lundi, 88 malades y ont été admis. 2.130 personnes sont rentrées chez elles. "
            f"{between} "
            "Elles accueillent 9.870 résidents malades. Depuis lundi, 317 résidents ont été hospitalisés.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_count_named_after_the_opening_ends_with_its_commentary(lint):
    text = ("Le ministre a visité l'hôpital lundi. Il a salué les soignants. Les syndicats l'attendaient. "
            "La direction prépare l'hiver. Les lits manquent. "
            "Selon le bilan quotidien de la direction de la santé, 46 personnes sont mortes en 24 heures. "
            "Ce bilan ne comprend pas les maisons de retraite. "
            "A ce jour, 11.482 personnes sont hospitalisées.")
    assert excerpts(lint(article(text)), "FIG001") == ["11.482 personnes"]


def test_a_body_that_counted_in_the_opening_is_not_read_past_its_commentary(lint):
    # "les autorités" name no count: their figures go on only in the sentences right after.
    text = ("Le virus recule. Selon les autorités, 46 personnes sont mortes en 24 heures. "
            "La ville reste sous le choc. "
            "A ce jour, 11.482 personnes sont hospitalisées.")
    assert excerpts(lint(article(text)), "FIG001") == ["11.482 personnes"]


@pytest.mark.parametrize("count, reported", [
    # The body that spoke, named again by its acronym: the count is its own.
    ("Plus de 2.400 oiseaux blessés ont été confiés aux soigneurs de la LPO depuis novembre.", []),
    ("Les volières de la LPO accueillent déjà 2.400 oiseaux mazoutés.", []),
    # Not named again, or another body named: the figures have no source.
    ("Plus de 2.400 oiseaux blessés ont été confiés aux soigneurs depuis novembre.", ["Plus de 2.400 oiseaux"]),
    ("Plus de 2.400 oiseaux blessés ont été confiés aux soigneurs de l'ONF depuis novembre.",
     ["Plus de 2.400 oiseaux"]),
])
def test_a_count_naming_again_the_body_that_just_spoke_is_its_own(lint, count, reported):
    text = f"Les centres de soins débordent cet hiver, alerte la LPO dans un communiqué. {count}"
    assert excerpts(lint(article("Les oiseaux de mer souffrent du froid.", text)), "FIG001") == reported


@pytest.mark.parametrize("between, reported", [
    # A sentence that says the reading goes on in another part of what was counted.
    ("La baisse se poursuit également dans les services de réanimation.", []),
    ("Les admissions reculent également à l'hôpital de la ville.", []),
    # A comment with no such word, or two sentences between: the topic has moved on.
    ("La baisse se poursuit dans les services de réanimation.", ["1.094 malades"]),
    ("La ville reste sous le choc.", ["1.094 malades"]),
    ("La baisse se poursuit également dans les services de réanimation. La ville reste sous le choc.",
     ["1.094 malades"]),
])
def test_a_tally_goes_on_past_a_sentence_that_says_it_goes_on_too(lint, between, reported):
    text = ("Le virus recule. Selon les autorités, 46 personnes sont mortes en 24 heures. "
            f"{between} A ce jour, 1.094 malades y sont soignés.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("between, reported", [
    # The impersonal "on" reads the figures given so far: they go on after it.
    ("Chez les adultes, on constate une nette hausse des inscriptions.", []),
    ("Chez les adultes, on a constaté une nette hausse des inscriptions.", []),
    # A comment with no such reading, or someone who speaks: the figures need their own source.
    ("Chez les adultes, la hausse des inscriptions est nette.", ["450 licences"]),
    ("Chez les adultes, le trésorier constate une nette hausse des inscriptions.", ["450 licences"]),
])
def test_a_tally_goes_on_past_the_impersonal_reading_of_its_figures(lint, between, reported):
    text = ("Le club a recensé 120 adhérents cette année, a indiqué son président. Parmi eux, 40 jeunes "
            f"ont moins de 18 ans. {between} Les femmes ont pris 450 licences, contre 300 l'an dernier.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("opening, reported", [
    # A study named by what it tested: its results follow, past the commentary between them.
    ("Le magazine a testé 40 crèmes solaires vendues en pharmacie.", []),
    # No study named: the count needs a source.
    ("Le magazine s'est penché sur les crèmes solaires vendues en pharmacie.", ["12 crèmes"]),
])
def test_a_study_named_by_its_design_sources_its_results(lint, opening, reported):
    text = (f"{opening} Les résultats inquiètent les dermatologues. Des perturbateurs endocriniens ont été "
            "détectés dans 12 crèmes, surtout les moins chères.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_result_told_before_the_design_of_a_study_needs_a_source(lint):
    text = ("Des perturbateurs endocriniens ont été détectés dans 12 crèmes solaires. Les dermatologues "
            "s'inquiètent. Le magazine a testé 40 crèmes vendues en pharmacie.")
    assert excerpts(lint(article(text)), "FIG001") == ["12 crèmes"]


@pytest.mark.parametrize("subject, reported", [
    # A document: its figures go on past the commentary between them.
    ("Ce document de 90 pages", []),
    ("Selon le document, le ministère", []),
    # A speaker: the figures after the commentary need their own source.
    ("Le ministre", ["12 %"]),
])
def test_a_documents_figures_go_on_past_its_commentary(lint, subject, reported):
    text = ("Le ministère a rendu public jeudi son état des lieux annuel. "
            f"{subject} souligne la hausse des vols. Les assureurs s'inquiètent. "
            "Les vols de vélos ont augmenté de 12 % en un an.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_the_cue_that_names_a_study_stands_for_its_sentence(lint):
    # "dans les sondages" comes first, "révèle l'enquête" names the poll whose results follow.
    text = ("Le président sort affaibli de l'été. Ses proches restent confiants. Le parti a choisi son calendrier. "
            "Au plus bas dans les sondages, le président est le favori de son camp, révèle l'enquête Ifop. "
            "58 % des sympathisants veulent qu'il se présente. "
            "La sénatrice, qui a confirmé sa candidature, obtient 4 %. "
            "En revanche, le ministre est le favori de l'ensemble des Français avec 30 %.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_counts_figures_of_another_kind_still_need_a_source(lint):
    # In the middle of a paragraph, where no framing cue reaches on.
    text = ("La nuit a été agitée. Selon le parquet, 363 personnes ont été placées en garde à vue. "
            "Le chômage atteint 7,3 % dans la région.")
    assert excerpts(lint(article(text)), "FIG001") == ["7,3 %"]


def test_a_study_named_as_the_subject_far_before_its_verb_is_the_data_source(lint):
    text = ("Les enfants restent épargnés. Une étude publiée lundi dans la revue britannique BMJ par des "
            "chercheurs d'Oxford souligne que les enfants sont peu touchés. "
            "Sur 69 500 malades hospitalisés, 650 enfants avaient moins de 19 ans.")
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("subject, reported", [
    # The few words before the verb reach into the study's noun: the whole word is read.
    ("L'enquête menée par la fédération des parents", []),
    # No study: the share needs its own source.
    ("L'équipe menée par la fédération des parents", ["4,1 %"]),
    # The study's noun lies wholly before the words read: it is not the verb's subject.
    ("L'enquête conduite par la fédération des parents", ["4,1 %"]),
])
def test_a_study_whose_noun_the_subjects_words_cut_is_the_data_source(lint, subject, reported):
    text = (f"{subject} montre que les familles dépensent plus pour la rentrée. "
            "Le ministre a reçu les syndicats mardi. Les écoles ouvrent lundi. Les enseignants attendent les annonces. "
            "Les cahiers coûtent 4,1 % de plus qu'en 2023.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_study_named_after_the_speaker_is_not_the_data_source(lint):
    text = ("Les enfants restent épargnés. Le maire souligne que les enfants sont peu touchés, malgré l'étude. "
            "Sur 69 500 malades hospitalisés, 650 enfants avaient moins de 19 ans.")
    assert excerpts(lint(article(text)), "FIG001") == ["69 500 malades", "650 enfants"]


def test_a_poll_that_is_the_subject_of_a_verb_of_saying_is_a_data_source(lint):
    text = ("Un sondage Ifop révèle, lundi 9 mars, que les Français gardent leurs habitudes. "
            "Seuls 72 % se lavent les mains en rentrant chez eux. Ils sont 54 % à faire la bise.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_forecasters_bulletin_goes_on_in_its_figures(lint):
    # A forecaster is a data source: its figures go on past a paragraph break, as a report's do.
    text = article("Selon Météo-France, les températures atteindront 36 °C à Toulouse lundi.",
                   "Mardi sont attendus 37 °C à Bordeaux et 35 °C à Paris.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("rest, reported", [
    # The part of the bulletin's figure is the bulletin's.
    (", dont plus de 12 en vigilance rouge.", []),
    (", dont 12 toujours en vigilance rouge.", []),
    # Another figure beside it is not.
    (" et 12 hôpitaux ont déclenché leur plan blanc.", ["12 hôpitaux"]),
])
def test_the_part_of_a_figure_of_a_forecasters_bulletin_is_the_bulletins(lint, rest, reported):
    text = article("Météo-France a publié son bulletin jeudi matin.",
                   "Les orages menacent le Sud. La chaleur ne faiblit pas.",
                   f"Au total, 45 départements restent en vigilance orange{rest}")
    assert excerpts(lint(text), "FIG001") == reported


def test_an_elections_results_go_on_in_the_shares_after_them(lint):
    text = ("Le président sortant a été réélu, selon les résultats définitifs publiés dimanche. "
            "Il a récolté 92,2 % des voix exprimées. La participation ressort en baisse à 66,9 %.")
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("between, reported", [
    # Results named as the source go on past a sentence of commentary.
    ("Un score sans appel dans tous les quartiers.", []),
    # Past a long commentary, a share needs its own source: results are no study of the whole article.
    ("Un score sans appel dans tous les quartiers. Ses adversaires ont reconnu leur défaite. "
     "Le conseil se réunira lundi. Les travaux du tramway reprendront en mai.", ["48,2 %"]),
])
def test_results_named_as_a_source_go_on_past_their_commentary(lint, between, reported):
    text = ("Le maire sortant a été réélu dimanche, selon les résultats définitifs publiés lundi. "
            f"Il a obtenu 61,4 % des voix. {between} La participation recule à 48,2 %.")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_polls_results_end_where_the_topic_changes(lint):
    text = ("Selon un sondage Elabe publié jeudi, 54 % des Français approuvent la réforme. "
            "Le camp des opposants se resserre. Par ailleurs, 40 voitures ont brûlé dans la nuit.")
    assert excerpts(lint(article(text)), "FIG001") == ["40 voitures"]


def test_a_count_goes_on_for_six_sentences_of_figures(lint):
    # The reach the reviewed corpus supports: a tally broken down over the six sentences after it.
    text = ("Selon le ministère, 1 200 écoles ont fermé mardi. Quelque 300 écoles du Nord sont touchées. "
            "Quelque 250 écoles de l'Est restent closes. Quelque 120 écoles bretonnes attendent. "
            "Quelque 90 écoles provençales sont concernées. Quelque 40 écoles corses ferment aussi. "
            "Quelque 30 écoles alsaciennes ont suivi. Quelque 20 écoles lorraines aussi.")
    assert excerpts(lint(article(text)), "FIG001") == ["Quelque 20 écoles"]


def test_a_poll_named_earlier_sources_the_shares_of_its_respondents(lint):
    text = ("Selon un sondage Ifop, la réforme divise. La ministre a visité une école.\n\n"
            "Le président reste jugé « distant » par 74 % des personnes interrogées.")
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("before, reported", [
    # The rest of a count reported in the sentence before, in the conditional.
    ("Le feu a pris vers minuit. Selon la préfecture, 300 personnes ont été évacuées. "
     "La plupart auraient trouvé refuge chez des proches.", []),
    # The sentence before names no source and goes on none.
    ("La ville est calme. Les commerces ont rouvert.", ["environ 120 personnes"]),
])
def test_the_rest_of_a_count_breaks_it_down(lint, before, reported):
    text = f"{before} Le reste, environ 120 personnes, dort au gymnase."
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_count_goes_on_in_its_paragraph_until_the_topic_changes(lint):
    text = ("Selon le parquet, 363 personnes ont été placées en garde à vue. Parmi elles, 139 ont été présentées "
            "à la justice. Par ailleurs, 40 voitures ont brûlé dans la nuit.")
    assert excerpts(lint(article(text)), "FIG001") == ["40 voitures"]


@pytest.mark.parametrize("opening, reported", [
    # "outre-mer" names a place: the count goes on overseas.
    ("En outre-mer, 45 patients", []),
    ("En Outre-Mer, 45 patients", []),
    # "en outre" adds another fact: it needs its own source.
    ("En outre, 45 patients", ["45 patients"]),
])
def test_a_count_goes_on_overseas_but_not_past_en_outre(lint, opening, reported):
    text = ("Selon le bilan de l'agence régionale de santé, 312 personnes sont hospitalisées dans la région. "
            f"{opening} sont soignés en réanimation.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("later, reported", [
    # The source is taken up again: the sentence between is its account.
    ("Selon la même source, 40 hectares ont brûlé.", []),
    ("Toujours selon la préfecture, 40 hectares ont brûlé.", []),
    # Another source: the figure between has none.
    ("Selon le maire, 40 hectares ont brûlé.", ["Plus de 300 pompiers"]),
])
def test_the_sentences_before_a_source_taken_up_again_are_its_account(lint, later, reported):
    text = ("Le feu a pris vers minuit. Il a ravagé la colline, a indiqué la préfecture. "
            f"Plus de 300 pompiers ont été mobilisés. {later}")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_source_taken_up_again_in_the_next_paragraph_sources_nothing_before_it(lint):
    text = article("Le feu a pris vers minuit. Il a ravagé la colline, a indiqué la préfecture. "
                   "Plus de 300 pompiers ont été mobilisés.",
                   "Selon la même source, 40 hectares ont brûlé.")
    assert excerpts(lint(text), "FIG001") == ["Plus de 300 pompiers"]


def test_a_count_does_not_reach_the_next_paragraph(lint):
    text = article("Selon le parquet, 363 personnes ont été placées en garde à vue.",
                   "Au moins 40 voitures ont brûlé dans la nuit.")
    assert excerpts(lint(text), "FIG001") == ["Au moins 40 voitures"]


@pytest.mark.parametrize("first, second, reported", [
    # The breakdown goes on in the next paragraph, from a sentence that broke the count down.
    ("Selon la préfecture, 52 personnes ont été interpellées, dont 41 adultes et 11 mineurs. "
     "Parmi les adultes, 30 ont été placés en garde à vue.",
     "Chez les mineurs, 6 ont été relâchés et 4 procédures ont été ouvertes.", []),
    # Right after the sentence of the source, a paragraph break ends the count.
    ("Selon la préfecture, 52 personnes ont été interpellées, dont 41 adultes et 11 mineurs.",
     "Chez les mineurs, 6 ont été relâchés et 4 procédures ont été ouvertes.", ["6", "4 procédures"]),
    # A sentence of the next paragraph that breaks nothing down needs its own source.
    ("Selon la préfecture, 52 personnes ont été interpellées, dont 41 adultes et 11 mineurs. "
     "Parmi les adultes, 30 ont été placés en garde à vue.",
     "Au moins 40 voitures ont brûlé dans la nuit.", ["Au moins 40 voitures"]),
])
def test_a_breakdown_goes_on_past_a_paragraph_break_after_a_breakdown(lint, first, second, reported):
    assert excerpts(lint(article(first, second)), "FIG001") == reported


def test_a_sentence_pointing_back_names_the_source_of_the_figures(lint):
    text = "Au moins 450 personnes ont été arrêtées samedi. Ce bilan a été communiqué par la préfecture."
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("after, reported", [
    # "Tous ces chiffres" points back at the figures before it, as "ces chiffres" does.
    ("Tous ces chiffres ont été communiqués par la préfecture.", []),
    ("Toutes ces données montrent une hausse, souligne la préfecture.", []),
    # All of something else points at nothing before it.
    ("Toutes les écoles resteront fermées, a indiqué la préfecture.", ["Au moins 450 personnes"]),
])
def test_all_of_these_figures_points_back_at_them(lint, after, reported):
    text = f"Au moins 450 personnes ont été arrêtées samedi. {after}"
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("pointing_back", [
    "Une information que révèle le journal Marianne.",
    "Une saisie annoncée par la direction des douanes.",
])
def test_a_noun_taken_up_by_a_clause_of_saying_points_back(lint, pointing_back):
    text = "Au moins 450 kilos de cocaïne ont été saisis au port. " + pointing_back
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_sentence_that_does_not_point_back_names_nothing_before_it(lint):
    text = "Au moins 450 personnes ont été arrêtées samedi. La préfecture a publié un communiqué."
    assert excerpts(lint(article(text)), "FIG001") == ["Au moins 450 personnes"]


@pytest.mark.parametrize("sentence", [
    "Le gouvernement propose de réinjecter 25 milliards d'euros dans l'économie.",
    "Les deux députés envisagent une taxe de 10 % sur ces revenus.",
])
def test_plans_and_proposals_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_a_figure_repeated_from_an_attributed_one_has_its_source(lint):
    text = article("Au moins 450 personnes ont été arrêtées samedi.",
                   "La manifestation a dégénéré. Selon la police, 450 personnes ont été arrêtées.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_figure_repeated_from_an_attributed_quotation_has_its_source(lint):
    text = article("Quelque 300 colis ont été volés dans la nuit.",
                   "« On nous a volé 300 colis, tout le stock de la semaine », a déclaré le gérant.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_figure_repeated_from_an_unattributed_quotation_is_still_reported(lint):
    text = article("Quelque 300 colis ont été volés dans la nuit.",
                   "« On nous a volé 300 colis, tout le stock de la semaine. »")
    assert excerpts(lint(text), "FIG001") == ["Quelque 300 colis"]


def test_small_numbers_and_other_counts_are_not_repeats(lint):
    text = article("Au moins 40 voitures ont brûlé samedi.",
                   "Selon la police, 40 personnes ont été arrêtées et 450 blessées.")
    assert excerpts(lint(text), "FIG001") == ["Au moins 40 voitures"]


def test_a_figure_in_millions_repeated_from_an_attributed_one_has_its_source(lint):
    text = article("Plus de 12 millions de spectateurs ont vu le film en salle.",
                   "Le succès est durable. Plus de 12 millions de spectateurs l'ont vu, selon le distributeur.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("body, reported", [
    ("Selon la police, 1 250 000 euros ont été dérobés.", []),
    # the same first digits, another value
    ("Selon la police, 1 250 euros ont été dérobés.", ["Au moins 1.250.000 euros"]),
])
def test_a_value_with_dots_between_its_thousands_is_read_whole_as_a_repeat(lint, body, reported):
    text = article("Au moins 1.250.000 euros ont été dérobés dans le coffre.", "Le vol a eu lieu la nuit. " + body)
    assert excerpts(lint(text), "FIG001") == reported


@pytest.mark.parametrize("standfirst, body, reported", [
    # one digit before the scale repeats by chance
    ("Un prêt de 4 milliards d'euros a été accordé au groupe.",
     "Selon la banque, 4 milliards d'euros ont été investis ailleurs.", "4 milliards d'euros"),
    # another value, or another thing counted in millions
    ("Plus de 12 millions de spectateurs ont vu le film en salle.",
     "Selon le distributeur, 14 millions de spectateurs l'ont vu.", "Plus de 12 millions de spectateurs"),
    ("Plus de 12 millions de spectateurs ont vu le film en salle.",
     "Selon le distributeur, le film a rapporté 12 millions d'euros.", "Plus de 12 millions de spectateurs"),
])
def test_other_figures_in_millions_are_not_repeats(lint, standfirst, body, reported):
    assert excerpts(lint(article(standfirst, body)), "FIG001") == [reported]


@pytest.mark.parametrize("first, then", [
    ("Plus de 14 millions de Belges ont regardé la finale dimanche soir.",
     "Le record tient. Plus de 14 millions de téléspectateurs ont suivi le match, selon l'institut d'audience."),
    ("Le sentier côtier attire jusqu'à 8.000 personnes par jour en été.",
     "Le chemin a été élargi. Il voit passer jusqu'à 8.000 randonneurs par jour, a précisé l'office du tourisme."),
    # said before or after it: the mark and the value are those of the attributed estimate
    ("Selon la préfecture, près de 2.300 sinistrés ont été relogés.",
     "Les secours ont distribué des repas. Près de 2.300 habitants attendent de rentrer chez eux."),
])
def test_an_estimate_taken_up_in_its_marks_and_value_has_the_source_of_the_attributed_one(lint, first, then):
    assert excerpts(lint(article(first, then)), "FIG001") == []


@pytest.mark.parametrize("first, then, reported", [
    # another mark, or a mark that says the opposite
    ("Plus de 14 millions de Belges ont regardé la finale dimanche soir.",
     "Près de 14 millions de téléspectateurs ont suivi le match, selon l'institut d'audience.",
     "Plus de 14 millions de Belges"),
    ("Au moins 3.500 manifestants ont défilé samedi.", "Moins de 3.500 policiers étaient mobilisés, selon la préfecture.",
     "Au moins 3.500 manifestants"),
    # neither counts people in general words: two different crowds
    ("Plus de 1.000 manifestants ont défilé samedi.", "Plus de 1.000 policiers étaient mobilisés, selon la préfecture.",
     "Plus de 1.000 manifestants"),
    # another kind of figure: a sum of money is no count
    ("Chaque famille a reçu plus de 1.500 euros d'aide.", "Plus de 1.500 familles ont été aidées, selon la mairie.",
     "plus de 1.500 euros"),
    # the same value with no mark
    ("Près de 2.300 habitants attendent de rentrer chez eux.", "Selon la préfecture, 2.300 sinistrés ont été relogés.",
     "Près de 2.300 habitants"),
])
def test_an_estimate_in_other_marks_or_of_another_kind_is_still_reported(lint, first, then, reported):
    assert reported in excerpts(lint(article(first, then)), "FIG001")


@pytest.mark.parametrize("first, then", [
    ("Au moins quatre randonneurs ont été secourus, selon les pompiers.",
     "Les secouristes ont ramené au moins quatre randonneurs dans la vallée."),
    ("Une centaine de manifestants ont été interpellés, a indiqué le parquet.",
     "La police a arrêté une centaine de manifestants en fin de journée."),
    ("D'après la mairie, 35 commerces ont été inondés.", "Les pompiers ont vidé l'eau de 35 commerces depuis dimanche."),
    ("Selon l'institut, 46 % des salariés télétravaillent.", "Le télétravail concerne 46 % des salariés du secteur."),
])
def test_a_small_count_taken_up_from_an_attributed_one_before_it_has_its_source(lint, first, then):
    assert excerpts(lint(article(first, then)), "FIG001") == []


@pytest.mark.parametrize("first, then, reported", [
    # said before the attributed one: a lead's count that no mark makes an estimate is not sourced by the body
    ("Dans la nuit, 35 commerces ont été inondés.", "D'après la mairie, 35 commerces ont été inondés.",
     "35 commerces"),
    # another thing counted, other words, or a source that is not attributed
    ("D'après la mairie, 35 commerces ont été inondés.", "Dans le hameau, 35 maisons sont évacuées.", "35 maisons"),
    ("Au moins quatre randonneurs ont été secourus, selon les pompiers.",
     "Les secouristes ont ramené quatre randonneurs blessés et au moins quatre skieurs.", "au moins quatre skieurs"),
    ("Une centaine de manifestants ont été interpellés.", "La police a arrêté une centaine de manifestants.",
     "Une centaine de manifestants"),
])
def test_other_small_counts_are_still_reported(lint, first, then, reported):
    assert reported in excerpts(lint(article(first, then)), "FIG001")


@pytest.mark.parametrize("lead, body", [
    ("Les secouristes ont ramené au moins quatre randonneurs dans la vallée.",
     "Au moins quatre randonneurs ont été secourus, selon les pompiers."),
    ("Au moins cinq baigneurs se sont noyés ce week-end sur la côte atlantique.",
     "La chaleur a attiré la foule. Au moins cinq baigneurs se sont noyés, a-t-on appris auprès des sauveteurs."),
])
def test_an_estimate_of_the_lead_the_body_attributes_in_the_same_words_has_its_source(lint, lead, body):
    assert excerpts(lint(article(lead, body)), "FIG001") == []


@pytest.mark.parametrize("paragraphs, reported", [
    # past the lead, an estimate said before the attributed one is not sourced by it
    (("Le festival s'est ouvert vendredi soir.",
      "La foule était dense. Il a fallu fermer les grilles. Au moins cinq spectateurs ont été blessés dans la bousculade.",
      "La fête a repris samedi. Au moins cinq spectateurs ont été blessés, selon les secours."),
     "Au moins cinq spectateurs"),
    # a share of the lead is no estimate: it repeats by chance
    (("Le télétravail concerne désormais 46 % des salariés du secteur.",
      "Les bureaux se vident. Selon l'institut, 46 % des salariés télétravaillent."),
     "46 %"),
    # the lead's estimate counts something else
    (("Au moins cinq baigneurs se sont noyés ce week-end sur la côte atlantique.",
      "La chaleur a attiré la foule. Au moins cinq plagistes ont été secourus, a-t-on appris auprès des sauveteurs."),
     "Au moins cinq baigneurs"),
    # the body says it again with no source
    (("Au moins trois blessés ont été hospitalisés après l'incendie.",
      "Les pompiers sont restés sur place. Au moins trois blessés ont été hospitalisés."),
     "Au moins trois blessés"),
])
def test_an_estimate_of_the_lead_the_body_does_not_attribute_is_still_reported(lint, paragraphs, reported):
    assert reported in excerpts(lint(article(*paragraphs)), "FIG001")


@pytest.mark.parametrize("body", [
    "Les pompiers sont restés toute la nuit. Selon la mairie, 240 ont été relogées dans des hôtels.",
    "Les pompiers sont restés toute la nuit. Au total, 240 personnes ont été relogées, a indiqué la mairie.",
])
def test_a_count_of_the_lead_said_again_with_its_source_has_it(lint, body):
    lead = "Au total, 240 familles ont été relogées après l'incendie de la tour."
    assert excerpts(lint(article(lead, body)), "FIG001") == []


@pytest.mark.parametrize("paragraphs, reported", [
    # another thing said of the number
    (("Au total, 240 familles ont été relogées après l'incendie de la tour.",
      "Les pompiers sont restés toute la nuit. Selon la mairie, 240 ont été évacuées vers le gymnase."),
     "240 familles"),
    # said again with no source
    (("Au total, 240 familles ont été relogées après l'incendie de la tour.",
      "Les pompiers sont restés toute la nuit. Au total, 240 ont été relogées dans des hôtels."),
     "240 familles"),
    # past the lead
    (("L'incendie a pris au sixième étage.",
      "Les pompiers sont restés toute la nuit. Les voisins ont aidé. Au total, 240 familles ont été relogées.",
      "Le maire s'est rendu sur place. Selon la mairie, 240 ont été relogées dans des hôtels."),
     "240 familles"),
])
def test_a_count_of_the_lead_not_said_again_with_its_source_is_still_reported(lint, paragraphs, reported):
    assert reported in excerpts(lint(article(*paragraphs)), "FIG001")


@pytest.mark.parametrize("then", [
    "Outre les 2.400 agents mobilisés, des drones survoleront le cortège.",
    "Le coût des 2.400 agents mobilisés atteindra un record.",
    "Aux 2.400 agents s'ajoutent des drones.",
])
def test_a_figure_the_definite_article_takes_up_has_the_source_of_the_one_before(lint, then):
    text = article("Selon la préfecture, 2.400 policiers seront déployés samedi dans la capitale.", then)
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("first, then, reported", [
    # said before the attributed figure, it takes up nothing
    ("Outre les 2.400 agents mobilisés, des drones survoleront le cortège.",
     "Selon la préfecture, 2.400 policiers seront déployés samedi dans la capitale.", "2.400 agents"),
    # no determiner that takes it up, or another value
    ("Selon la préfecture, 2.400 policiers seront déployés samedi dans la capitale.",
     "Par ailleurs, 2.400 manifestants sont attendus place de la Nation.", "2.400 manifestants"),
    ("Selon la préfecture, 2.400 policiers seront déployés samedi dans la capitale.",
     "Outre les 2.500 agents mobilisés, des drones survoleront le cortège.", "2.500 agents"),
    # the figure before is not attributed
    ("Samedi, 2.400 policiers seront déployés dans la capitale.",
     "Outre les 2.400 agents mobilisés, des drones survoleront le cortège.", "2.400 agents"),
])
def test_a_figure_the_definite_article_does_not_take_up_is_still_reported(lint, first, then, reported):
    assert reported in excerpts(lint(article(first, then)), "FIG001")


def test_a_breakdown_goes_on_the_count_before_it(lint):
    text = ("La journée a donné lieu à 65 gardes à vue, a indiqué le parquet. "
            "Dans le détail, 60 majeurs et 5 mineurs ont été placés en garde à vue.")
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    # the word of the rule further than the figure's own context
    "Les rassemblements de plus de 10 personnes dans les parcs et les jardins de la ville restent interdits.",
    "Le plein est limité jusqu'à lundi soir dans tout le département pour les camionnettes de moins de 3,5 tonnes.",
    "Le cortège n'a pas pu réunir le service d'ordre requis par la préfecture, un steward pour 50 marcheurs.",
])
def test_a_bound_that_defines_the_things_a_rule_is_about_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Les données de plus de 500 millions de personnes ont été divulguées.", "plus de 500 millions de personnes"),
    ("Des délégués de plus de 150 pays ont adopté lundi à Genève les nouvelles règles du commerce.",
     "plus de 150 pays"),
    ("Les camionnettes de moins de 3,5 tonnes vendues cette année ont fait un bond.", "moins de 3,5 tonnes"),
    ("La région compte un médecin pour 1 500 patients.", "1 500 patients"),
])
def test_a_bound_that_counts_things_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Le chanteur, père de 4 enfants, a sorti un album.",
    "Elle était la plus jeune de 11 enfants.",
])
def test_the_size_of_a_family_describes_a_person(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_children_counted_for_a_finding_still_need_a_source(lint):
    text = "Les parents de 40 enfants ont porté plainte contre l'école."
    assert excerpts(lint(article(text)), "FIG001") == ["40 enfants"]


def test_a_share_naming_a_group_by_its_rank_defines_it(lint):
    text = "Les 10 % des ménages les plus riches détiennent 40 % du patrimoine."
    assert excerpts(lint(article(text)), "FIG001") == ["40 %"]


def test_a_share_of_a_ranked_group_is_still_a_finding(lint):
    text = "Près de 30 % des ménages les plus modestes renoncent à se soigner."
    assert excerpts(lint(article(text)), "FIG001") == ["Près de 30 %"]


@pytest.mark.parametrize("sentence, share", [
    ("Près de 40 % des infirmières du secteur gagnent moins de 1.800 euros par mois.", "Près de 40 %"),
    ("Et 12 % des villages, surtout en montagne, comptent moins de 50 habitants.", "12 %"),
    ("Et 8 % des élevages, dans la région, possèdent plus de 300 vaches.", "8 %"),
    ("15 % des ménages touchent plus de 6.000 euros nets par mois.", "15 %"),
])
def test_a_bound_after_the_verb_of_a_share_names_the_group_it_counts(lint, sentence, share):
    assert excerpts(lint(article(sentence)), "FIG001") == [share]


@pytest.mark.parametrize("sentence, reported", [
    # another clause counts something of its own
    ("30 % des maisons ont été détruites et plus de 400 familles dorment dehors.", ["30 %", "plus de 400 familles"]),
    ("20 % des routes sont coupées, plus de 60 villages isolés.", ["20 %", "plus de 60 villages"]),
    # the share does not open the sentence: the subject is another
    ("La coopérative, qui détient 35 % des terres, emploie plus de 900 saisonniers.", ["35 %", "plus de 900 saisonniers"]),
    # a bound that is no group's: a noun before it
    ("15 % des communes ont connu des hausses de plus de 10 %.", ["15 %", "plus de 10 %"]),
])
def test_a_bound_that_counts_outside_the_shares_clause_still_needs_a_source(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence", [
    "Les trois amis fondent une société au capital de 9.000 euros, dont le boulanger apporte 40 %.",
    "Le plan prévoit de débloquer 4 milliards d'euros, dont 25 % iront aux hôpitaux.",
])
def test_a_share_of_a_sum_its_context_describes_is_described_alike(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, reported", [
    # a share of a sum that is a finding
    ("Les orages ont causé 3 millions d'euros de dégâts, dont 60 % dans le centre-ville.",
     ["3 millions d'euros", "60 %"]),
    # a share of what a threshold counts
    ("Le pays a franchi jeudi le seuil des 20.000 morts, dont 35 % de femmes.", ["35 %"]),
])
def test_a_share_of_a_found_sum_or_of_a_threshold_still_needs_a_source(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence", [
    "Le plan concerne les 80 casernes de la Brigade des sapeurs, dont les 9.000 pompiers protègent la capitale.",
    "La mesure a été adoptée par les 27 pays de l'Union, dont les 700 députés siègent à Strasbourg.",
])
def test_the_people_or_things_of_a_described_count_are_described_alike(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, reported", [
    # "dont" with no determiner gives a part of the count
    ("Le plan concerne les 80 casernes de la Brigade des sapeurs, dont 12 casernes vétustes.", ["12 casernes"]),
    # the count before is a finding
    ("Les crues ont fait 300 morts, dont les 40 élèves d'une école.", ["300 morts", "40 élèves"]),
])
def test_a_part_or_the_people_of_a_found_count_still_need_a_source(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence", [
    "Un rendement exemplatif de 10 % devient un rendement net de 1,2 % après impôts.",
    "Le ministre a pris l'exemple d'un couple dans lequel chacun gagne 2 000 euros par mois.",
])
def test_the_figures_of_a_made_up_case_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("paragraph, reported", [
    # Sentences in the conditional right after a made-up case go on with it.
    ("La ministre a pris l'exemple d'un couple où chacun gagne 1 500 euros par mois. Si le mari meurt, sa veuve "
     "pourrait garder sa pension. Sinon, elle toucherait 700 euros par mois. Avec les règles actuelles, elle "
     "recevrait 900 euros.", []),
    # A sentence in another mood ends the case; a conditional with no case before it is not one.
    ("La ministre a pris l'exemple d'un couple où chacun gagne 1 500 euros par mois. La réforme a coûté "
     "2 milliards d'euros à l'État. Une veuve toucherait 700 euros par mois.", ["2 milliards d'euros", "700 euros"]),
    ("Une veuve toucherait 700 euros par mois.", ["700 euros"]),
])
def test_sentences_in_the_conditional_go_on_with_a_made_up_case(lint, paragraph, reported):
    assert excerpts(lint(article(paragraph)), "FIG001") == reported


@pytest.mark.parametrize("sentence, figure", [
    ("En 2018, par exemple, les dépenses ont atteint 16,9 % du budget.", "16,9 %"),
    ("Elle aurait perçu par le biais d'emplois fictifs 500 000 euros.", "500 000 euros"),
])
def test_a_real_case_given_as_an_example_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("text", [
    "L'incendie a touché un immeuble de six étages comptant 37 appartements.",
    "Cette collection comprenant pas moins de 75 affiches a été réunie en quarante ans.",
])
def test_what_a_participle_says_of_what_it_follows_describes_it(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_count_after_a_participle_of_counting_that_is_news_still_needs_a_source(lint):
    text = "Le virus continue de circuler, comptant désormais 300 malades par jour."
    assert excerpts(lint(article(text)), "FIG001") == ["300 malades"]


def test_figures_given_as_the_illustration_of_a_sourced_sentence_go_on_with_it(lint):
    text = ("La nuit a été calme. La délinquance est en hausse depuis novembre, a indiqué le ministère mardi. "
            "Ainsi, les cambriolages ont progressé de 9 % et les vols avec violence de 7 %.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_figures_given_as_the_illustration_of_an_unsourced_sentence_need_a_source(lint):
    text = ("La nuit a été calme. La délinquance est en hausse depuis novembre. "
            "Ainsi, les cambriolages ont progressé de 9 %.")
    assert excerpts(lint(article(text)), "FIG001") == ["9 %"]


@pytest.mark.parametrize("sentence", [
    "Le diesel sera à 1,35 euro et l'essence à 1,21 euro dès lundi.",
    "Cette berline, estimée entre 950 000 et 1 200 000 dollars, sera vendue samedi.",
    "En tout, cela représente 2300 messages et réponses.",
    "Le sommet du col est perché à 723 mètres.",
])
def test_prices_estimates_of_a_sale_derivations_and_heights(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le coût global du scrutin est estimé entre 3,5 et 4 millions d'euros.", "3,5 et 4 millions"),
    ("Ce type d'arnaque représente désormais plus de 90 % des enlèvements.", "plus de 90 %"),
])
def test_estimated_costs_and_shares_still_need_a_source(lint, sentence, figure):
    assert any(f.startswith(figure) for f in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("text, found", [
    ("Chaque atelier produira 40 vélos en cinq coloris. Cela représentera une série de 200 vélos au total.",
     ["40 vélos"]),
    ("Le club a vendu 12 000 abonnements, ce qui représente une recette de 360 000 euros.", ["12 000 abonnements"]),
])
def test_what_cela_says_a_figure_worked_out_comes_to_is_derived(lint, text, found):
    assert excerpts(lint(article(text)), "FIG001") == found


@pytest.mark.parametrize("sentence, figure", [
    # the noun's figure with no "cela" before its verb is what a subject amounts to
    ("Le marché représente une valeur de 200 millions d'euros.", "200 millions d'euros"),
    # nor a "de" after the noun
    ("Cela représentera une hausse pour 200 familles.", "200 familles"),
])
def test_what_a_subject_amounts_to_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_an_average_price_is_a_statistic(lint):
    text = "Le gazole se vend, en moyenne nationale, à 1,465 euro le litre."
    assert excerpts(lint(article(text)), "FIG001") == ["1,465 euro"]


@pytest.mark.parametrize("sentence, reported", [
    # a price a market reaches is a statistic
    ("Cet hiver, le café atteindra un prix de 6 euros la livre.", ["6 euros"]),
    ("Sur le marché de Rouen, le blé a grimpé à un prix de 320 euros la tonne.", ["320 euros"]),
    # a price a seller sets or asks describes the offer
    ("Le cacao de la coopérative est vendu au prix de 4 euros le kilo.", []),
    ("La boutique affiche un prix de 320 euros pour ce manteau.", []),
    ("Dès mars, les frais facturés atteindront un prix de 25 euros.", []),
])
def test_a_price_a_market_reaches_is_a_statistic(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence", [
    "La berline GLE 580 équipée d'un V8 arrive en concession.",
    "Invité d'Europe 1 dimanche, le ministre a défendu son budget.",
    "Le Prix Nobel 2014 appuie certaines mesures du texte.",
    "Les trams 92 et 93 roulent à nouveau entre les deux gares.",
    # a brand with a capital inside; a unit in capitals after the number
    "Les antennes de l'iPhone 6 ont disparu de ce modèle.",
    "La création du one-off 375 MM a marqué l'histoire de la marque.",
    # a model's number followed by a participle in "s", which is no plural of what it counts
    "Le kit s'adapte aux Peugeot 205 mis en circulation avant 1990.",
    "Les Airbus 320 acquis par la compagnie volent depuis lundi.",
    # such a unit glued to the number
    "La galerie montre la victoire de la 911T du duo au rallye de 1968.",
    "Le pilote a couru sur une 250KM préparée par l'usine.",
    # a capital after a colon names: French does not capitalise there otherwise
    "L'offensive est déclinée sur toutes les antennes : France 2 diffusera la comédie samedi.",
    # a month takes no capital in French: capitalised within a sentence, it names
    "En décembre, la sonde soviétique Mars 3 atteint la surface de la planète.",
    # a generation of a model
    "Le kit équipe les cabriolets de la génération 986 produits dans les années 90.",
])
def test_a_number_that_names_a_model_or_a_channel_is_an_identifier(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le camion de 12t s'est renversé sur la chaussée.", "12t"),
    ("Le navire a perdu 30km de câbles dans la tempête.", "30km"),
])
def test_a_unit_glued_in_small_letters_is_still_a_measure(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence, figure", [
    ("En Bretagne 300 permis ont été délivrés cette année.", "300 permis"),
    ("À Nantes 300 manifestants ont défilé samedi.", "300 manifestants"),
])
def test_a_count_after_a_name_is_still_a_count(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


def test_a_year_glued_to_the_next_sentence_is_a_year(lint):
    # Line breaks lost in collection: the next sentence's elided article sticks to the year.
    text = article("Il se présentera aux élections de 2026L'ancien maire a réuni ses soutiens samedi.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("text, figure", [
    # who lives in a place, counted as a group, is news
    ("Il a vécu deux ans dans le camp, où vivent plus de 1 500 migrants.", "plus de 1 500 migrants"),
    # a word of capability after the figure describes something else
    ("En comparaison, moins de 10 000 hybrides rechargeables ont été livrés.", "moins de 10 000 hybrides"),
    # what a machine can do is no product's specification for the article's other measures
    ("Capable de couvrir 10 km² par jour, le drone a été lancé. La crue a recouvert 50 km² de terres.", "50 km²"),
])
def test_descriptions_that_stay_in_their_sentence(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text, figure", [
    # a share of a landmark as the subject, or estimated, states what happened
    ("La moitié du lac a gelé cet hiver.", "La moitié du lac"),
    ("Le feu a détruit près de la moitié de la forêt.", "près de la moitié de la forêt"),
])
def test_a_share_of_a_landmark_that_happened_is_a_claim(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text, found", [
    ("Les 250 000 m2 du domaine (35 terrains de football !) accueillent les stages d'hiver.", []),
    # the area itself may be a claim; the pitches only render it
    ("Le lac artificiel couvre 12 hectares de la commune, 17 terrains de rugby.", ["12 hectares"]),
])
def test_an_area_rendered_as_pitches_is_no_finding_of_its_own(lint, text, found):
    assert excerpts(lint(article(text)), "FIG001") == found


@pytest.mark.parametrize("text, figure", [
    # the pitches are the only figure of the size
    ("Le feu a détruit 300 terrains de football de forêt.", "300 terrains"),
    # the area is given in another sentence
    ("Le domaine compte 25 hectares. Il accueille 35 terrains de football.", "35 terrains"),
])
def test_pitches_that_are_the_only_figure_of_a_size_still_need_a_source(lint, text, figure):
    assert figure in excerpts(lint(article(text)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Deux débats auront lieu, bien que le vote ne soit ouvert qu'à 412 délégués du parti.",
    "Le stage n'est réservé qu'à 12 apprentis cette année.",
])
def test_whom_a_restriction_admits_is_the_rules(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # whom a place was open to is news
    ("Le musée n'a été ouvert qu'à 200 visiteurs samedi.", "200 visiteurs"),
    ("Le musée n'était ouvert qu'à 200 visiteurs samedi.", "200 visiteurs"),
    # with no restriction, those a thing is open to are counted
    ("Le centre est ouvert à 300 réfugiés depuis lundi.", "300 réfugiés"),
])
def test_whom_a_place_was_open_to_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("text", [
    "Dans la province Sud (68 % de la population), la rentrée se fera par groupes.",
    "En revanche dans celle du Nord (22% de la population), où se trouve la capitale, les écoles rouvrent lundi.",
])
def test_a_places_share_of_the_population_in_brackets_after_its_name_describes_it(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("text, figure", [
    # a share of the population after a common noun counts who did something
    ("Les vaccinés (68 % de la population) peuvent sortir sans masque.", "68 %"),
    # more words in the brackets say what the share did
    ("Dans la province Sud (68 % de la population a voté), la rentrée se fera par groupes.", "68 %"),
])
def test_a_share_of_the_population_that_did_something_is_a_claim(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


def test_a_year_that_obliges_is_a_year(lint):
    text = article("Le héros porte les cheveux courts, 2016 oblige, et un blouson de cuir.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_bracketed_generation_after_a_count_names_a_model(lint):
    text = article("La boîte compte 40 pièces de plus que la génération (997) de la gamme.")
    assert excerpts(lint(text), "FIG001") == ["40 pièces"]


def test_a_bracketed_number_after_a_count_still_gives_its_other_value(lint):
    text = article("La région compte 1 500 agences bancaires de moins qu'en 2012 (7 910).")
    assert excerpts(lint(text), "FIG001") == ["1 500 agences", "7 910"]


@pytest.mark.parametrize("sentence, figure", [
    ("Un train a déraillé dans le sud de l'Italie. 43 personnes ont été blessées.", "43 personnes"),
    ("Une bombe a explosé à Colombo. 17 ressortissants sont hospitalisés.", "17 ressortissants"),
    # "arrêté" is a decree, and the participle of a verb that counts arrests.
    ("La police a arrêté 82 personnes vendredi.", "82 personnes"),
])
def test_a_count_opening_a_sentence_after_a_place_is_still_a_count(lint, sentence, figure):
    # The word before the figure ends the previous sentence: it names nothing with it.
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_a_forecasters_weather_is_its_bulletin_wherever_it_is_told(lint):
    text = ("Météo-France a placé l'ouest du pays en vigilance orange dimanche. "
            "Les secours se préparent dans les communes du littoral.\n\n"
            "Les pompiers ont vérifié les digues pendant la nuit.\n\n"
            "Les cumuls de pluie atteindront 80 mm et les rafales 130 km/h sur les côtes. "
            "Au total, 12 départements sont en vigilance orange.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_weather_told_before_the_forecaster_is_named_needs_a_source(lint):
    text = ("Les cumuls de pluie atteindront 80 mm sur les côtes. "
            "Météo-France a placé l'ouest du pays en vigilance orange dimanche.")
    assert excerpts(lint(article(text)), "FIG001") == ["80 mm"]


@pytest.mark.parametrize("later, reported", [
    # The shares of what the operator runs, told after its forecast, are that forecast, past a
    # sentence that ends a tally.
    ("Sur la ligne du littoral, il y aura un bus sur quatre en soirée.", []),
    # Its words may end before what they count ("la moitié des | trams").
    ("Plus de la moitié des trams circuleront.", []),
    # Another share, of no service, keeps its own source.
    ("La moitié des salariés du réseau sont en grève.", ["La moitié des salariés"]),
])
def test_an_operators_service_forecast_goes_on_in_the_shares_of_its_service(lint, later, reported):
    text = ("Les syndicats de la compagnie régionale appellent à une grève jeudi. "
            "Le trafic sera réduit, avec un train sur trois en moyenne, a annoncé la direction. "
            f"Les usagers s'organisent. {later}")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_shares_of_a_service_told_before_the_operators_forecast_need_a_source(lint):
    text = ("Jeudi, seul un train sur deux circulera sur la ligne côtière. "
            "La compagnie prévoit un bus sur trois sur les lignes de montagne, a annoncé la direction. "
            "Les usagers s'organisent. La moitié des trams rouleront.")
    assert excerpts(lint(article(text)), "FIG001") == ["un train sur deux"]


@pytest.mark.parametrize("later, reported", [
    # The difference of the two sourced figures just before: worked out from them.
    ("Les 37 autres rouvriront jeudi.", []),
    # Their sum.
    ("Ce sont donc 59 classes qui ont connu une fermeture.", []),
    # Another value is a figure of its own.
    ("Les 40 autres rouvriront jeudi.", ["40 autres"]),
])
def test_a_sum_or_a_difference_of_sourced_figures_has_their_source(lint, later, reported):
    text = f"Le maire a indiqué que 48 classes restent fermées, dont 11 depuis lundi.\n\n{later}"
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("source, between, reported", [
    # A count named as a document gives the share of what it counted in the sentence after it.
    ("Selon le dernier bilan de la préfecture,", "", []),
    ("D'après les chiffres de la préfecture,", "", []),
    # A source that names no count gives its own figures only.
    ("Selon le maire,", "", ["Plus de 30 %"]),
    # Further on, a share is another measure.
    ("Selon le dernier bilan de la préfecture,", "Une centaine d'entre elles ont été relogées. ", ["Plus de 30 %"]),
])
def test_the_sentence_after_a_named_count_may_give_a_share_of_it(lint, source, between, reported):
    # Past the opening of the article, whose counts go on as a report's.
    text = ("La crue a atteint les premières maisons dans la nuit. Les routes sont coupées. "
            "Les écoles restent fermées. Les pompiers sont sur place. Le préfet est arrivé à midi. "
            f"{source} 240 personnes ont été évacuées dans la vallée. {between}"
            "Plus de 30 % des logements du quartier restent privés d'électricité.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("share, reported", [
    # A share of what the count counted, taken up with a demonstrative: the count goes on.
    ("Environ 30 % de ces personnes restent à l'hôtel.", []),
    ("Près de 40 % d'entre elles sont des enfants.", []),
    # A share of something else is another measure.
    ("Environ 30 % des logements du quartier restent privés d'électricité.", ["Environ 30 %"]),
])
def test_a_share_of_what_a_count_counted_goes_on_with_it(lint, share, reported):
    text = ("La crue a atteint les premières maisons dans la nuit. Les routes sont coupées. "
            "Les écoles restent fermées. Les pompiers sont sur place. Le préfet est arrivé à midi. "
            "Selon le dernier bilan de la préfecture, 240 personnes ont été évacuées dans la vallée. "
            f"Une centaine de familles ont été relogées dans la soirée. {share}")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("group, reported", [
    # The group takes up the attributed figure: its part has that source.
    ("Sur les 120 clubs concernés,", []),
    ("Parmi ces 120 clubs,", []),
    # A group of another value is another count.
    ("Sur les 90 clubs de la région,", ["90 clubs", "45"]),
])
def test_the_part_of_a_group_that_takes_up_a_sourced_figure_has_its_source(lint, group, reported):
    text = ("Selon la fédération, 120 clubs ont demandé une aide d'urgence cet hiver. "
            "Les bénévoles s'inquiètent pour la saison. La mairie promet une réponse.\n\n"
            f"{group} 45 ont déjà fermé leurs portes.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("source, later, reported", [
    # A group named again by a demonstrative and a noun takes up the sourced sum given just
    # before, past a sentence that ends its elaboration.
    (", rapporte le journal local", "Sur cette somme, 90.000 euros ont servi aux études.", []),
    (", rapporte le journal local", "Parmi ces dépenses, versées depuis mai, 90.000 euros ont servi aux études.", []),
    # A sum with no source gives its part none.
    ("", "Sur cette somme, 90.000 euros ont servi aux études.", ["450.000 euros", "90.000 euros"]),
    # A place opening the sentence is no group the figure is a part of.
    (", rapporte le journal local", "Sur ce terrain, les voisins ont recueilli 900 signatures contre le projet.",
     ["900 signatures"]),
    # Further on, the group names something else.
    (", rapporte le journal local. Les travaux reprennent jeudi",
     "Sur cette somme, 90.000 euros ont servi aux études.", ["90.000 euros"]),
])
def test_the_part_of_a_sum_named_again_by_a_demonstrative_has_its_source(lint, source, later, reported):
    text = ("Le chantier du nouveau gymnase a déjà coûté 450.000 euros depuis le printemps"
            f"{source}. Le conseil en débattra lundi. {later}")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("before, later, reported", [
    # The part of what a rule or a price sets, taken up by a demonstrative, is described alike.
    ("Depuis mardi, la préfecture impose un couvre-feu dans 140 communes du département.",
     "Parmi ces communes, 35 sont en zone rurale.", []),
    ("Les billets coûtent 40 euros pour les adultes.", "Sur cette somme, 12 euros vont au club.", []),
    # The part of a count found is a finding of its own.
    ("Les pompiers ont évacué 140 familles du quartier.", "Parmi ces familles, 35 ont été relogées.",
     ["140 familles", "35"]),
])
def test_the_part_of_a_described_figure_named_again_by_a_demonstrative_is_described(lint, before, later, reported):
    text = f"{before} Les habitants s'organisent. {later}"
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("verb, reported", [
    # What someone has shown ("a montré que", "démontre que") is a finding of data: its figures
    # go on in the sentences after it.
    ("a montré", []),
    ("démontre", []),
    # A verb of saying that shows nothing gives no figures to go on with.
    ("a regretté", ["12 %", "4 %"]),
])
def test_what_someone_has_shown_goes_on_in_the_figures_after_it(lint, verb, reported):
    text = (f"L'économiste Paul Martin {verb} que les loyers progressent plus vite que les salaires "
            "dans la région. Sur les cinq dernières années, les loyers ont gagné 12 %. "
            "Les salaires, eux, ont augmenté de 4 %.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("source, reported", [
    # Indicators are a data source: the figures of the sentence after them are theirs.
    ("D'après les indicateurs de l'agence de l'eau,", []),
    ("Selon un indicateur du syndicat des eaux,", []),
    # A source that gives no data does not hand its figures on.
    ("D'après les voisins de la station,", ["8 %"]),
])
def test_indicators_are_a_data_source(lint, source, reported):
    text = ("La sécheresse a duré tout l'été dans le département. "
            f"{source} la consommation d'eau a nettement reculé. "
            "Les ménages ont utilisé 8 % d'eau en moins que l'an dernier.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("monitor, reported", [
    # The monitor named after the jams, or before them: the lengths are its readings.
    ("Le pic a été atteint vers midi, a indiqué Bison Futé.", []),
    ("Le centre Sytadin parle d'une matinée noire.", []),
    # An article that names no monitor: the jams need a source.
    ("Le pic a été atteint vers midi, a-t-on appris.", ["près de 350 km", "Jusqu'à 90 kilomètres"]),
])
def test_the_jams_of_an_article_naming_a_traffic_monitor_are_its_readings(lint, monitor, reported):
    text = ("Les départs en vacances ont saturé les autoroutes du sud samedi, avec près de 350 km de "
            "bouchons en fin de matinée. " + monitor + "\n\nJusqu'à 90 kilomètres d'embouteillages "
            "se sont formés autour de la capitale.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("operator, reported", [
    # The grid's operator named: the power drawn is its reading, in whatever sentence.
    ("La pointe de la veille a été atteinte vers midi, selon RTE.", []),
    ("Le gestionnaire du réseau appelle à la sobriété.", []),
    # No operator named: the power drawn needs a source.
    ("La pointe de la veille a été atteinte vers midi.", ["61.200 mégawatts"]),
])
def test_the_power_drawn_in_an_article_naming_a_grid_operator_is_its_reading(lint, operator, reported):
    text = (f"La vague de froid fait grimper la consommation d'électricité. {operator}\n\n"
            "Lundi soir, la pointe s'est élevée à 61.200 mégawatts.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("watch, reported", [
    # A health watch named: the rate of cases per 100.000 inhabitants is its reading.
    ("Les consultations augmentent dans toutes les régions suivies par le réseau Sentinelles.", []),
    # None named: the rate needs a source; and a count of cases is no rate.
    ("Les consultations augmentent dans toutes les régions.", ["210 cas"]),
])
def test_the_incidence_in_an_article_naming_a_health_watch_is_its_reading(lint, watch, reported):
    text = f"La grippe gagne du terrain. {watch} En Bretagne, le taux atteint 210 cas pour 100.000 habitants."
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_health_watchs_name_sources_only_its_rates(lint):
    text = "Le réseau Sentinelles suit la grippe. Plus de 300 cas ont été recensés dans les écoles de la ville."
    assert excerpts(lint(article(text)), "FIG001") == ["Plus de 300 cas"]


def test_a_traffic_monitors_name_sources_only_its_jams(lint):
    # Another length, and a count, keep their own sources.
    text = ("Bison Futé voit rouge pour samedi. Les chasse-neige ont dégagé 25 km de routes pendant "
            "la nuit et la nouvelle bretelle a coûté plus de 40 millions d'euros.")
    assert excerpts(lint(article(text)), "FIG001") == ["25 km", "plus de 40 millions d'euros"]


@pytest.mark.parametrize("body, reported", [
    # The section under the heading gives its figure with a source, rounded by its estimate.
    ("Les combats ont fait au moins 3.140 blessés depuis lundi, selon un bilan des secours.", []),
    # With no source, or another figure: the heading needs a source of its own.
    ("Les combats ont fait au moins 3.140 blessés depuis lundi.", ["Plus de 3.000 blessés", "au moins 3.140 blessés"]),
    ("Les combats ont fait au moins 4.800 blessés depuis lundi, selon un bilan des secours.",
     ["Plus de 3.000 blessés"]),
    # "Plus de 3.000" is not what a count under it says.
    ("Les combats ont fait 2.950 blessés depuis lundi, selon un bilan des secours.", ["Plus de 3.000 blessés"]),
])
def test_a_heading_between_dashes_takes_the_source_of_the_section_under_it(lint, body, reported):
    text = article_with_title("- Plus de 3.000 blessés -", f"{body} Les hôpitaux de la région sont saturés.",
                              title="Les combats reprennent dans le nord")
    assert excerpts(lint(text), "FIG001") == reported


@pytest.mark.parametrize("sourced, reported", [
    # A heading glued to the text after it, once its line break was lost, announces the section.
    ("La préfecture a recensé 25 interpellations dans la journée.", []),
    # Another count, or the same number of another thing: the heading's figure needs a source.
    ("La préfecture a recensé 31 interpellations dans la journée.", ["25 interpellations"]),
    ("La préfecture a recensé 25 blessés dans la journée.", ["25 interpellations"]),
])
def test_a_glued_heading_takes_the_source_of_the_section_under_it(lint, sourced, reported):
    text = ("Le défilé a réuni les habitants. 25 interpellations et trois blessésLe cortège s'est dispersé "
            f"vers midi. Les rues ont été nettoyées dans la soirée. {sourced}")
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_a_heading_glued_to_the_sentence_before_it_is_read_whole(lint):
    text = ("Les pompiers sont restés sur place toute la nuit.UN BUDGET EN HAUSSE DE 12% POUR LES SECOURSSelon "
            "le maire, les dépenses des secours ont augmenté de 12% cette année.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_glued_heading_may_hold_a_number_with_thousands(lint):
    text = ("Le défilé a réuni les habitants. Plus de 1.500 manifestantsLe cortège s'est dispersé vers midi. "
            "La préfecture a recensé 1.520 manifestants dans la journée.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_figure_repeated_by_a_sourced_one_outside_a_heading_still_needs_a_source(lint):
    text = ("Les combats ont fait plus de 3.000 blessés. Les hôpitaux de la région sont saturés. "
            "Les secours ont recensé au moins 3.140 blessés depuis lundi.")
    assert excerpts(lint(article(text)), "FIG001") == ["plus de 3.000 blessés"]


def test_a_forecasters_name_sources_only_its_weather(lint):
    text = ("Météo-France a placé l'ouest du pays en vigilance orange dimanche. "
            "Les pompiers ont vérifié les digues.\n\nAu moins 300 personnes ont été évacuées à 40 km de la côte.")
    assert excerpts(lint(article(text)), "FIG001") == ["Au moins 300 personnes"]


def test_the_shares_of_an_article_about_a_poll_are_its_results(lint):
    text = ("La gauche distancée au premier tour. Le candidat sortant reste stable. "
            "Les électeurs hésitent encore.\n\nPlusieurs débats sont prévus en janvier.\n\n"
            "Face à ses rivaux, la candidate obtiendrait 20 % des voix, et un électeur sur deux "
            "pourrait changer d'avis. Plus de 300 militants ont manifesté devant le siège.")
    found = excerpts(lint(article_with_title(text, title="Présidentielle : la candidate creuse l'écart (sondage Ifop)")),
                     "FIG001")
    assert found == ["Plus de 300 militants"]


def test_the_shares_of_an_article_about_a_consumer_panel_are_its_measurements(lint):
    text = ("Selon le panéliste cité par le quotidien, les Français remplissent leurs placards. "
            "Les magasins de proximité ont vu leurs ventes grimper.\n\nLe drive connaît un boom. "
            "Les ventes de farine augmentent de 140 %, celles de levure de 120 %.")
    found = excerpts(lint(article_with_title(text, title="Confinement : les Français font des stocks")), "FIG001")
    assert found == []


@pytest.mark.parametrize("title, text, found", [
    # A report the opening cites: the shares further on are its results, counts keep their own sources.
    ("Autoroutes : la fatigue en cause",
     "L'Observatoire de la route a publié mardi son état des lieux annuel. Le constat, dressé dans "
     "son rapport sur la sécurité des autoroutes, inquiète les associations.\n\n"
     "Les conducteurs restent prudents.\n\nPar ailleurs, la fatigue cause 21 % des accidents "
     "mortels, l'alcool 18 %. Plus de 300 gendarmes ont été mobilisés cet été.",
     ["Plus de 300 gendarmes"]),
    # "par rapport au budget" compares: it cites no report.
    ("Les dons en baisse",
     "Le président de l'association constate une baisse des dons. « Il nous manque de quoi tenir deux "
     "semaines, par rapport au budget prévisionnel », s'inquiète Paul Durand.\n\n"
     "Les bénévoles restent mobilisés.\n\nLa moitié des bénéficiaires cherchent un emploi, 58 % sont "
     "des femmes.",
     ["La moitié des bénéficiaires", "58 %"]),
])
def test_the_shares_of_an_article_whose_opening_cites_a_report_are_its_results(lint, title, text, found):
    assert excerpts(lint(article_with_title(text, title=title)), "FIG001") == found


@pytest.mark.parametrize("opening, found", [
    # The measurer named in the body's first sentences, past a title and a standfirst.
    ("D'après Médiamétrie, le feuilleton a gagné des fidèles tout l'été.", ["Plus de 300 figurants"]),
    # No measurer: the share needs its own source.
    ("Selon la chaîne, le feuilleton a gagné des fidèles tout l'été.", ["18 %", "Plus de 300 figurants"]),
])
def test_the_shares_of_an_article_whose_body_opens_on_a_measurer_are_its_results(lint, opening, found):
    text = ("Le dernier épisode est diffusé jeudi soir.\n\n"
            f"La chaîne a misé sur une nouvelle équipe. {opening} Les scénaristes ont pris des risques. "
            "La saison a capté 18 % des téléspectateurs, un record. Plus de 300 figurants ont participé au tournage.")
    assert excerpts(lint(article_with_title(text, title="Le feuilleton de l'été bat ses records")), "FIG001") == found


def test_a_pollsters_name_borne_by_a_person_opens_no_poll(lint):
    text = "Kamala Harris a présenté son programme mardi. Le chômage atteint 7,3 % de la population active."
    found = excerpts(lint(article_with_title(text, title="Kamala Harris promet un plan de relance")), "FIG001")
    assert found == ["7,3 %"]


def test_shares_need_a_source_when_no_poll_opens_the_article(lint):
    text = ("La gauche distancée au premier tour. Le candidat sortant reste stable. Les électeurs hésitent encore. "
            "Face à ses rivaux, la candidate obtiendrait 20 % des voix. Un sondage Ifop sera publié lundi.")
    assert excerpts(lint(article(text)), "FIG001") == ["20 %"]


@pytest.mark.parametrize("sentence", [
    "La péninsule avait achevé 2017 sous la menace d'une guerre.",
    "Mais 2020 s'inscrit dans la même tendance que l'an passé.",
    "2017 sera-t-elle l'année de son retour ?",
    "Les affiches des années 50 et 60 notamment ont été restaurées.",
])
def test_a_year_before_a_preposition_a_pronoun_or_a_verb_is_a_year(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_a_products_parts_and_production_run_describe_it(lint):
    text = ("Le coupé de 510 ch sera produit à 150 exemplaires seulement. "
            "Il offre 4 places et une boîte à 8 rapports, et il est accessible dès 99 000 €.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_products_price_is_its_makers(lint):
    text = article("Le nouveau coupé reçoit un V8 de 620 ch.",
                   "La version la plus équipée atteint 109 182,50 € sur le marché allemand.")
    assert excerpts(lint(text), "FIG001") == []


def test_a_makers_large_sums_in_a_product_article_still_need_a_source(lint):
    text = article("Le nouveau coupé reçoit un V8 de 620 ch.",
                   "Le constructeur a déjà perdu plus de 600 millions de dollars sur ce segment.")
    assert excerpts(lint(text), "FIG001") == ["plus de 600 millions de dollars"]


@pytest.mark.parametrize("sentence", [
    "Le cabriolet, fabriqué alors en 250 exemplaires, a été restauré par un garage local.",
    "Le premier album du groupe, imprimé à 5.000 exemplaires, est devenu introuvable.",
])
def test_a_run_of_copies_set_by_its_maker_describes_the_product(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le premier album du groupe s'est vendu à 5.000 exemplaires en une semaine.", "5.000 exemplaires"),
    ("L'usine du Nord a produit 160.000 voitures l'an dernier.", "160.000 voitures"),
])
def test_copies_sold_or_produced_without_a_run_still_need_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_copies_sold_with_no_specification_still_need_a_source(lint):
    found = excerpts(lint(article("Le roman s'est déjà écoulé à 150 000 exemplaires en France.")), "FIG001")
    assert found == ["150 000 exemplaires"]


def test_a_lot_that_changed_hands_at_an_auction_went_at_its_hammer_price(lint):
    text = ("La vente aux enchères de jouets anciens a eu lieu dimanche à Lyon. "
            "Un train mécanique a changé de mains à 41.000 euros, tandis qu'une poupée changeait de propriétaire "
            "pour 12.500 euros.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_a_building_that_changed_hands_outside_an_auction_still_needs_a_source(lint):
    text = "L'immeuble de bureaux du centre-ville a changé de mains pour 41 millions d'euros l'an dernier."
    assert excerpts(lint(article(text)), "FIG001") == ["41 millions d'euros"]


def test_an_auctions_hammer_prices_are_the_sales(lint):
    text = ("La vente aux enchères de bandes dessinées a eu lieu samedi à Paris. "
            "Une planche de Bilal est partie à 72.800 euros, une autre a trouvé acquéreur pour 114.400 euros.")
    assert excerpts(lint(article(text)), "FIG001") == []


def test_money_spent_outside_an_auction_still_needs_a_source(lint):
    found = excerpts(lint(article("Le parti a dépensé 16 500 euros pour sa sécurité.")), "FIG001")
    assert found == ["16 500 euros"]


def test_the_size_of_a_thing_or_a_body_describes_it(lint):
    assert excerpts(lint(article("La tortue, qui pèse 80 kg et mesure 1,5 mètre, a été relâchée.")), "FIG001") == []


def test_what_a_sector_weighs_in_jobs_still_needs_a_source(lint):
    found = excerpts(lint(article("La filière automobile pèse 400 000 emplois en France.")), "FIG001")
    assert found == ["400 000 emplois"]


@pytest.mark.parametrize("sentence", [
    "Le passage aux 80 km/h sur les routes secondaires divise les élus.",
    "Le département a officialisé le retour à 90 km/h sur ses routes.",
    "Les maires attendent de voir si le passage de 90 à 80 km/h réduit les accidents.",
])
def test_a_speed_that_names_a_limit_is_a_rule(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_a_range_of_speeds_measured_is_not_a_limit(lint):
    text = article("Des rafales allant de 100 à 190 km/h ont balayé la côte dans la nuit.")
    assert excerpts(lint(text), "FIG001") == ["100 à 190 km/h"]


@pytest.mark.parametrize("sentence", [
    "Les résultats tomberont vers 21 heures, une fois que 3.000 bureaux de vote seront dépouillés.",
    "La vente ouvrira lorsque 500 billets seront imprimés.",
])
def test_a_figure_in_a_clause_of_time_in_the_future_is_a_condition(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Lorsque 300 policiers sont arrivés, la foule s'est dispersée.", "300 policiers"),
    ("Une fois que 3.000 bureaux ont été dépouillés, le maire a pris la parole.", "3.000 bureaux"),
])
def test_a_clause_of_time_in_the_past_still_states_a_finding(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Vous avez de la fièvre si votre température dépasse 37,8 °C.",
    "D'autres lits seront ouverts si les hôpitaux atteignent un taux d'occupation de 80 %.",
])
def test_a_figure_in_a_condition_after_its_main_clause_is_a_hypothesis(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # "si" right before the figure sets one fact against another
    ("Si 94 % des habitants en consomment, peu en produisent.", "94 %"),
    # "même si" concedes a fact; "si" before an adjective means "so"
    ("Le chômage monte, même si 300 emplois ont été créés.", "300 emplois"),
    ("La hausse est si forte que 300 entreprises ont fermé.", "300 entreprises"),
])
def test_si_that_opens_no_condition_leaves_a_finding(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_a_speed_measured_is_a_figure_with_its_unit(lint):
    found = excerpts(lint(article("La voiture des victimes a été percutée à 118 km/h.")), "FIG001")
    assert found == ["118 km/h"]


@pytest.mark.parametrize("sentence", [
    "Le verdict des 11 juges est attendu jeudi.",
    "Qui sont les 14 accusés du procès ?",
])
def test_a_small_group_presented_as_known_is_a_narrative_count(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_a_small_count_of_victims_still_needs_a_source(lint):
    assert excerpts(lint(article("L'ouragan a causé la mort de 11 personnes.")), "FIG001") == ["11 personnes"]


@pytest.mark.parametrize("sentence", [
    "Les réfugiés ont été logés dans un hôtel, à 110 km.",
    "Les habitants ont brûlé le prisme de 3,7 m qui trônait sur la place.",
    "La tapisserie (8,9 m x 4,95 m) a été restaurée à Beauvais.",
    "Le chauffeur a immobilisé son camion 300 mètres plus loin.",
    "Le cabriolet affiche seulement 45 000 km au compteur.",
    "A 40 kilomètres de là, les suspects étaient retranchés dans une imprimerie.",
    "Le campement se trouve à 70 kilomètres de Novo Progresso.",
    "Les chercheurs ont envoyé vers la Lune un conteneur de 18 centimètres rempli de terre.",
    # A noun in "-é" after "de" is no participle of a change.
    "Dans les files d'attente, chacun garde une marge de sécurité de 2 m avec son voisin.",
])
def test_a_distance_or_a_length_that_places_or_sizes_a_thing_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    "L'arrêt de ce réacteur de 900 mégawatts doit commencer lundi soir.",
    "La voiture embarque une batterie de 80 kWh sous le plancher.",
    "Le réseau mobile utilisera une bande de 3,5 gigahertz dans un premier temps.",
    "Le démarreur alimente un circuit de 12 volts.",
    # what the unit measures, named after it
    "Le prototype emporte deux modules équipés chacun de 40 kWh d'énergie.",
])
def test_the_power_or_frequency_of_a_machine_describes_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    # a participle after a noun qualifies the thing: no change
    "Le sous-marin est propulsé par un réacteur à eau pressurisée de 150 mégawatts.",
    "Le bateau embarque une pile à hydrogène comprimé de 200 kilowatts.",
])
def test_the_power_of_a_machine_qualified_by_a_participle_describes_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # a participle after an auxiliary: the power changed
    ("La production du parc a augmenté de 200 mégawatts en un an.", "200 mégawatts"),
    ("La puissance de la centrale a encore baissé de 300 mégawatts.", "300 mégawatts"),
    # a participle after a noun and its article
    ("La production de la centrale diminuée de 300 mégawatts inquiète le réseau.", "300 mégawatts"),
])
def test_a_power_changed_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence, figure", [
    ("Le cargo transportait une cargaison de 40 tonnes.", "40 tonnes"),
    ("La consommation d'électricité a connu une hausse de 500 mégawatts lundi.", "500 mégawatts"),
    ("Le parc éolien a produit 900 mégawatts de courant en janvier.", "900 mégawatts"),
    ("Le réseau a connu une hausse de 500 mégawatts de capacité en un an.", "500 mégawatts"),
])
def test_a_weight_or_a_power_measured_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


def test_what_must_be_after_a_figure_is_not_about_it(lint):
    text = article("Le chantier de la piscine, qui a coûté 30 millions d'euros, doit s'achever en mai.")
    assert excerpts(lint(text), "FIG001") == ["30 millions d'euros"]


@pytest.mark.parametrize("sentence, figure", [
    ("Les grévistes ont provoqué au moins 19 kilomètres de bouchons près de la frontière.", "au moins 19 kilomètres"),
    ("Le front de l'invasion progresse de 70 km par an.", "70 km"),
    ("La Seine a atteint 6,5 mètres à Paris mardi.", "6,5 mètres"),
    ("Le glacier a reculé de 120 mètres en dix ans.", "120 mètres"),
    ("Il est tombé 40 cm de neige sur les crêtes.", "40 cm"),
    ("Le Louvre a reçu 8 M de visiteurs.", "8 M"),
])
def test_a_length_that_measures_what_happened_needs_a_source(lint, sentence, figure):
    assert any(found.startswith(figure) for found in excerpts(lint(article(sentence)), "FIG001"))


@pytest.mark.parametrize("sentence", [
    "Les ouvriers pourraient forer la falaise à une profondeur inférieure de 40 m par rapport au tunnel.",
    "Le refuge se trouve à 300 m par rapport au sommet.",
])
def test_a_length_compared_par_rapport_a_is_no_rate(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le glacier a reculé de 300 m par rapport à 2010.", "300 m"),
    ("La mer est montée de 20 cm par rapport à 1900.", "20 cm"),
])
def test_a_change_compared_par_rapport_a_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Le bourg de 3 500 habitants accueille le président jeudi.",
    "La police du comté (90 000 habitants) a reçu un blindé.",
    "L'Ile-de-France et ses 12 millions d'habitants passent en orange.",
    "Le quartier de 5 000 âmes a connu une nuit calme.",
    # the whole of its people, with the definite article, whatever they do next
    "Sur l'archipel, les 4 000 habitants vont désormais retrouver leurs plages.",
    "Le préfet a imposé un couvre-feu aux quelque 300 000 habitants de la vallée.",
    # a word of news after the figure is about the rest of the sentence
    "Le Nigeria, pays le plus peuplé du continent avec 200 millions d'habitants, a franchi lundi un cap.",
    # "aujourd'hui" dates the population as the present one; it says nothing changed
    "Le bourg compte aujourd'hui 2 300 habitants et deux écoles.",
])
def test_the_inhabitants_of_a_place_describe_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("L'île compte moins de 10 médecins pour 10 000 habitants.", "moins de 10 médecins"),
    ("Les autorités ont évacué 1 700 habitants dans la nuit.", "1 700 habitants"),
    ("Les secours recherchent désormais plus de 500 habitants.", "plus de 500 habitants"),
    ("La commune a maintenant 9 000 habitants.", "9 000 habitants"),
])
def test_a_count_by_inhabitants_or_of_inhabitants_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Le coupé est accessible à partir de 45 300 euros et le cabriolet de 52 900 euros.",
    "La vente est limitée à 30 euros pour les voitures et 200 euros pour les poids lourds.",
    "Le diesel sera à 1,35 euro, l'essence à 1,21 euro et le gaz à 0,98 euro.",
    "La loi réduit la TVA sur l'électricité de 21 % à 6 %.",
])
def test_a_figure_listed_after_a_described_one_is_described_alike(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # A part of the figure before ("dont") and a figure of another unit are not items of its list.
    ("Le pays a franchi le seuil des 25 000 morts, dont plus de 1 000 ces dernières 24 heures.", "plus de 1 000"),
    ("L'agent a été traîné sur 1,5 km par une voiture lancée à 80 km/h.", "80 km/h"),
    # a range after a figure that is a finding is a finding too
    ("Le chômage est passé en un an de 8,1 % à 7,4 %.", "7,4 %"),
])
def test_a_part_or_another_unit_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Pour se présenter, il leur manque le nombre requis de signatures (150 maires dont au moins dix "
    "conseillers régionaux, et 3.000 électeurs).",
    "Les pièces exigées pour l'inscription de chaque club au championnat (12 attestations, 40 licences) "
    "arrivent lundi.",
    "Voici les documents requis pour le dossier de chaque candidat au concours : 12 attestations et 40 fiches.",
])
def test_what_a_requirement_lists_in_brackets_or_after_a_colon_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # brackets after a head that requires nothing hold a finding
    ("Le bilan de la collision (12 morts et 40 blessés) s'est alourdi.", "12 morts"),
    # a bracket closed before the figure holds the requirement, not the figure
    ("Le nombre requis de signatures (500) a été dépassé de loin, avec 620 maires.", "620 maires"),
])
def test_brackets_after_no_requirement_still_need_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


def test_an_auction_houses_name_makes_an_article_about_a_sale(lint):
    text = ("Christie’s présentera trente voitures le 5 février. Une berline de 1987 (80 000 à 90 000 €) "
            "côtoiera un coupé estimé entre 200 000 et 250 000 €.")
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    "Ce jeudi, 94 des 96 départements de métropole sont concernés par les restrictions.",
    "Dans la capitale vivent 10 des 33 millions de Péruviens.",
])
def test_the_whole_a_part_is_counted_in_describes(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # the whole counts what happened
    ("Depuis sa création, 102 des 458 cagnottes remportées l'ont été en France.", "458 cagnottes"),
    # a part in words, or a share, may be that of a count
    ("Quatre des 25 voyageurs du train ont été blessés.", "25 voyageurs"),
    ("Seule la moitié des 180 salariés pourra rester dans l'entreprise.", "180 salariés"),
])
def test_a_whole_that_is_itself_a_count_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Les chercheurs ont étudié le sommeil de 259 étudiants pendant un an.",
    "Le magazine a testé au total 65 baguettes vendues en boulangerie.",
    "La phase 2, à laquelle participent 300 volontaires, commence lundi.",
])
def test_the_design_of_a_study_named_in_its_sentence_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_a_count_of_tests_with_no_study_still_needs_a_source(lint):
    text = article("Le pays a testé 500 000 personnes cette semaine.")
    assert excerpts(lint(text), "FIG001") == ["500 000 personnes"]


@pytest.mark.parametrize("sentence", [
    # who takes part in a trial, after a verb of testing or the trial's name, whoever runs it
    "La Turquie commencera la semaine prochaine à tester sur 2.400 volontaires le vaccin russe.",
    "La firme a lancé la dernière phase des essais sur des centaines puis 20.000 volontaires, en mai.",
    # the subject of taking part, or an arm of the trial, in a sentence that names the study
    "35 personnes de 20 à 40 ans ont participé, la moitié recevant un placebo.",
    "Un tiers des participants reçoivent la molécule, les autres un placebo, sans le savoir.",
    # what those who run the study sample or set up
    "Son équipe a prélevé du sang auprès de 80 patients avant de l'analyser.",
    "Des scientifiques installent plus de 300 pièges dans la forêt pour capturer le rongeur.",
    # the things the study tested, with the participle of its verb
    "Les 140 villes étudiées sont toutes situées au nord du pays.",
])
def test_who_takes_part_in_a_study_and_what_it_tests_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # what happened to those who took part is the trial's result
    ("Au total, 12 participants ont eu des effets secondaires graves.", "12 participants"),
    # taking part in what no study is
    ("Environ 300 personnes ont participé à la marche blanche samedi.", "Environ 300 personnes"),
    # those tested, counted with the result of the test
    ("Les 4.000 voyageurs testés positifs ont été placés à l'isolement.", "4.000 voyageurs"),
    # volunteers of no trial
    ("Plus de 2.000 volontaires ont nettoyé la plage dimanche.", "Plus de 2.000 volontaires"),
])
def test_a_result_or_no_study_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    # "il faut" stands for its whole sentence, over the commas of an aside
    "Il faudra réunir, dans chaque département, au moins 500 signatures.",
    # and over the other figures of what it requires
    "Il faut « un dixième des électeurs », soit au moins 120 maires et plus de 40.000 électeurs inscrits.",
    # what one must prove to be entitled
    "Justifier de 30 % de pertes sur le trimestre",
    "Les indépendants justifiant de 30 % de pertes toucheront l'aide.",
    # what those entitled get
    "Les familles qui y ont droit toucheront 450 euros par enfant.",
])
def test_what_a_requirement_or_an_entitlement_sets_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # "que" opens a fact the requirement is about
    ("Il faut savoir que, depuis janvier, plus de 3.000 personnes ont été tuées dans les combats.",
     "plus de 3.000 personnes"),
    ("Il faudra beaucoup de temps avant que, dans la région, les 4 millions de visiteurs reviennent.",
     "4 millions de visiteurs"),
    ("Il faut savoir que 300 maisons ont brûlé et que plus de 4.000 hectares sont partis en fumée.",
     "plus de 4.000 hectares"),
    # justifying a figure is no proof of a condition
    ("Le ministre a tenté de justifier la hausse de 12 % des loyers.", "12 %"),
])
def test_a_fact_after_a_requirement_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Depuis lundi, les voyageurs venant de 12 pays où le virus circule activement doivent se faire obligatoirement tester.",
    "La France a rendu la quarantaine obligatoire dans tous ses aéroports pour les voyageurs arrivant de 14 pays.",
    "Lundi soir, 31 départements étaient toujours classés en zone d'alerte renforcée.",
    "Le couvre-feu s'applique désormais dans 45 villes de la région.",
    # a border measure
    "Le pays va rouvrir sa frontière sud, fermée depuis avril, et lever les contrôles avec 24 pays européens.",
])
def test_the_places_a_mandatory_measure_applies_to_need_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    ("Le virus a désormais touché 190 pays dans le monde.", "190 pays"),
    ("Les inondations ont touché 45 villes de la région.", "45 villes"),
    ("Des migrants venus de 12 pays se pressent aux frontières depuis des semaines.", "12 pays"),
    # a comma ends the clause of the measure
    ("Le port du masque est obligatoire au bureau de vote, et 4.000 communes votent dimanche.", "4.000 communes"),
])
def test_places_no_measure_applies_to_still_need_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Depuis un arrêté préfectoral de 2015, le survol de la réserve par les drones, à moins de 150 mètres, "
    "est devenu exceptionnel.",
    "Dans chaque boutique, un espace d'au moins 4 m² par client et une distance d'un mètre entre les caisses seront "
    "désormais la règle.",
])
def test_a_measured_bound_in_a_sentence_that_names_a_regulation_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # a count, and a bound that measures what happened, are no regulation's
    ("Au moins 40 personnes sont mortes, malgré les règles de sécurité.", "Au moins 40 personnes"),
    ("Plus de 40 centimètres de neige sont tombés, malgré le nouveau décret sur le déneigement.",
     "Plus de 40 centimètres"),
    # an arrest is no text of a regulation
    ("Le suspect a été arrêté avec plus de 3 kilos de cocaïne.", "plus de 3 kilos"),
])
def test_a_bound_no_regulation_sets_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


def test_people_drawn_by_lot_make_up_a_panel(lint):
    text = article("Le texte a été voté par 80 % des 200 citoyens tirés au sort pour former cette assemblée.")
    # the vote is a finding; the size of the panel drawn by lot describes it
    assert excerpts(lint(text), "FIG001") == ["80 %"]


def test_people_who_came_make_up_no_panel(lint):
    text = article("Le texte a été voté par 80 % des 200 citoyens venus à la réunion publique.")
    assert excerpts(lint(text), "FIG001") == ["80 %", "200 citoyens"]


def test_a_group_named_by_a_ranking_adjective_needs_no_source(lint):
    text = article("La pension est calculée sur les salaires des 25 meilleures années de carrière.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # with no article, the adjective ranks no group the sentence defines
    ("Cette année, 25 meilleures ouvrières de France ont été distinguées.", "25 meilleures ouvrières"),
    # what the ranked group holds is the finding
    ("Les 25 meilleures entreprises du classement ont réalisé 40 % du chiffre d'affaires.", "40 %"),
])
def test_what_a_ranked_group_holds_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Le gouvernement a finalement décidé de placer 14 nouvelles villes en zone rouge.",
    "Face à l'épidémie, les autorités imposent depuis lundi et jusqu'à nouvel ordre un confinement dans 35 villages.",
    "Les ministres européens ont décidé de retirer le Brésil d'une liste de 12 pays jugés sûrs.",
    "La dette comprend aussi 20 milliards d'euros que l'exécutif a décidé de reprendre à sa charge.",
    # what an authority asks of those it governs
    "Le gouvernement a fermé les frontières, invitant 8 millions d'habitants à rester chez eux.",
    "La préfecture invite les 3.000 riverains de l'usine à fermer leurs fenêtres.",
])
def test_what_an_authority_decides_or_imposes_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # a decision nobody is said to take: no authority's, nor its subject's own plan
    ("Il a été décidé de distribuer 4.000 croissants aux soignants.", "4.000 croissants"),
    # a comma and "et", or a "que", end what is decided
    ("Le gouvernement a décidé de renforcer la sécurité, et 40.000 supporters sont attendus.", "40.000 supporters"),
    ("Le gouvernement a décidé de renforcer la sécurité alors que 40.000 supporters sont attendus.",
     "40.000 supporters"),
    # a circumstance is not what is decided
    ("Le gouvernement a décidé de rouvrir les écoles après la mort de 12 enseignants.", "12 enseignants"),
    # what the authority did is no decision
    ("Le gouvernement a expulsé 12.000 migrants l'an dernier.", "12.000 migrants"),
    # an invitation from no authority, or one a comma ends
    ("Le club invite 300 supporters à une soirée au stade.", "300 supporters"),
    ("Le ministre a invité les syndicats, et 4.000 grévistes ont défilé.", "4.000 grévistes"),
])
def test_what_no_authority_decides_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Dès jeudi, 17 communes du littoral ont été placées en alerte rouge par la préfecture.",
    "Au total, 42 départements placés en vigilance jaune par Météo-France attendent des orages.",
    # an adverb may stand between the auxiliary and the participle
    "Au total, 28 départements sont désormais placés en vigilance orange par Météo-France.",
    "Sur le littoral, 45 communes ont aussi été placées en alerte rouge par la préfecture.",
    # the subject may run long, "ainsi que" adding to it; the grade may be quoted
    "Les nappes de 31 départements de l'Ouest, ainsi que de la Gironde, sont jugées « au plus bas » par le BRGM.",
    "Les forêts de 36 départements du Sud, ainsi que de la Corse, sont considérées comme « très sensibles » par l'ONF.",
])
def test_what_an_agent_named_after_par_grades_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # a passive that says what was done grades nothing
    ("Près de 230 incendies ont été éteints par les pompiers dans la nuit.", "Près de 230 incendies"),
    ("Quelque 380 manifestants ont été placés en garde à vue par la police.", "Quelque 380 manifestants"),
    # with no grade between the participle and its agent, it says what was done: files closed
    ("Plus de 300 dossiers ont été classés par la préfecture cette année.", "Plus de 300 dossiers"),
    # the grade without its agent is nobody's
    ("Pas moins de 42 départements ont été placés en vigilance orange jeudi.", "Pas moins de 42 départements"),
    # another noun than the count's is graded, in a relative clause
    ("Plus de 350 habitants vivent dans des quartiers qui sont classés insalubres par la mairie.",
     "Plus de 350 habitants"),
])
def test_what_is_done_or_graded_by_nobody_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "L'Union s'est engagée à réduire d'au moins 40 % ses émissions de gaz.",
    "Le gouvernement a proposé de ramener son déficit à 2,5 % du PIB l'an prochain.",
    "La loi vise à fermer des réacteurs pour ramener à 50 % la part du nucléaire.",
    # what the target reduces may be long, its acronym in brackets
    "Le juge a ordonné à la commune de réduire les rejets de gaz à effet de serre (GES) de 30 % d'ici 2030.",
])
def test_a_target_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, reported", [
    # A temperature given for a season in general is the climate of a place.
    ("Dans cette ville du désert, les nuits restent à 35 degrés en été.", []),
    ("Au printemps, le thermomètre dépasse souvent 25°C dans la vallée.", []),
    ("Les randonneurs y affrontent l'hiver des matins à 5 °C sous la tente.", []),
    # A season named as one, or a day, is news.
    ("Cet été, le thermomètre a atteint 41 degrés à Lyon.", ["41 degrés"]),
    ("L'été dernier, les températures ont atteint 42 °C dans le Gard.", ["42 °C"]),
    ("En été 2019, le mercure a atteint 46°C dans la plaine.", ["46°C"]),
    ("Jeudi, le thermomètre est monté à 39 degrés.", ["39 degrés"]),
])
def test_a_temperature_for_a_season_in_general_is_a_places_climate(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # What a thing cost, in the imperfect or the future, is a price as in the present.
    ("Au guichet de la gare, le billet coûtait vendredi encore 45 euros.", []),
    ("Les places du premier rang coûtaient alors 120 euros.", []),
    ("Les abonnements coûteront dès l'an prochain 30 euros par mois.", []),
    # What a project cost, spent once, is a claim.
    ("Le chantier du stade a coûté 45 millions d'euros.", ["45 millions d'euros"]),
])
def test_what_a_thing_cost_in_any_tense_is_a_price(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # What a measure must allow is its purpose: the figure after the infinitive that "permettre"
    # governs, under a verb of obligation.
    ("La réforme doit permettre aux hôpitaux publics de la région de recruter plus de 300 médecins.", []),
    ("Ces crédits doivent permettre aux hôpitaux du département d'ouvrir 120 lits.", []),
    ("Le plan devra permettre à la filière de vendre 25 % (40 % à terme) de sa pêche en circuit court.", []),
    ("Le vote de dimanche, devant permettre d'élire 9 conseillers, a été reporté.", []),
    # What a measure allowed, or is forecast to allow, keeps its source.
    ("La réforme a permis de recruter 300 médecins en deux ans.", ["300 médecins"]),
    ("La réforme devrait permettre de recruter 300 médecins d'ici deux ans.", ["300 médecins"]),
    ("Ces crédits permettent aux hôpitaux d'ouvrir 120 lits.", ["120 lits"]),
    # "doit" over another verb is no purpose of a measure.
    ("Le chantier doit durer deux ans et a déjà coûté 300 millions d'euros.", ["300 millions d'euros"]),
])
def test_what_a_measure_must_allow_is_its_purpose(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence", [
    "Les émissions de gaz du pays ont été réduites de 40 % en dix ans.",
    "Les rejets de gaz à effet de serre (GES) de la commune ont été réduits de 40 % depuis 2010.",
])
def test_a_reduction_achieved_still_needs_a_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == ["40 %"]


@pytest.mark.parametrize("sentence", [
    "Le prototype a atteint la vitesse maximale de 403 km/h (250 mph) sur la piste.",
    "Dans ces villes, la jauge des rassemblements est abaissée à 1 000 personnes (contre 5 000 auparavant).",
])
def test_another_value_in_brackets_after_a_description_describes_alike(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


def test_another_value_in_brackets_after_a_claim_is_a_claim_too(lint):
    text = article("Les ventes ont atteint 300 000 voitures (contre 250 000 voitures en 2019).")
    assert excerpts(lint(text), "FIG001") == ["300 000 voitures", "250 000 voitures"]


def test_a_figure_its_context_describes_still_goes_on_a_sources_figures(lint):
    # The maximum is a rule's, but a sum all the same: the sentence goes on the ministry's sums.
    text = article("Le malus coûtera 50 euros de plus dès janvier, a annoncé le ministère. Pour atteindre le malus "
                   "maximal de 12 500 euros, une voiture devra rejeter plus de 172 grammes de CO2, et plus de 200 "
                   "avec la nouvelle norme.")
    assert excerpts(lint(text), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    "La réplique en briques est composée de 1 200 pièces et se monte en une soirée.",
    "Le bâtiment comporte 45 appartements réservés aux diplomates.",
    "Le circuit d'essai, qui comprend 15 pistes différentes, a rouvert ses portes.",
    "Le mécanisme est constitué de 900 rouages, 300 ressorts et 40 leviers.",
    # what a route or a course is strewn with
    "C'est sur cette piste vallonnée, longue de 14 km et parsemée de 58 virages, que l'équipe a réglé la voiture.",
    "Le sentier, jalonné de 12 refuges de montagne, traverse tout le massif.",
])
def test_what_a_thing_is_made_of_describes_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # the people who make up a body are counted as news
    ("L'unité est composée de 60 gendarmes qui patrouillent de nuit.", "60 gendarmes"),
    ("Le parcours du cortège, jalonné de 300 gendarmes, a été bouclé.", "300 gendarmes"),
    # what a thing is made of, counted without the verb that says so, is counted as any thing
    ("Les douaniers ont saisi 1 200 pièces de contrefaçon.", "1 200 pièces"),
])
def test_the_members_of_a_body_and_things_seized_still_need_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence", [
    "Le club recevra ses adversaires dans un petit stade de 4 500 places.",
    "La capacité de la salle restera à un peu moins de 2 000 spectateurs.",
    "Le feu a pris au sous-sol d'un immeuble de 18 étages.",
])
def test_what_a_venue_holds_and_a_buildings_height_describe_them(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    # an infinitive after "et" coordinated with the infinitive of an obligation requires too
    "Le candidat devra obtenir le soutien de la moitié des maires du département et rallier au moins 300 voix.",
    "Pour être retenu, le projet doit convaincre 7 des 12 membres du jury et réunir plus de 2.000 signatures.",
])
def test_what_an_infinitive_coordinated_with_an_obligation_requires_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # a comma ends what is required
    ("Le candidat devra obtenir le soutien des maires du département, et rallier au moins 300 voix.",
     "au moins 300 voix"),
    # infinitives coordinated with no obligation before them
    ("Les pompiers sont parvenus à circonscrire le feu de forêt et évacuer 300 habitants du hameau.",
     "300 habitants"),
    # "et" before no infinitive opens a fact
    ("Le maire devra obtenir le soutien des habitants du quartier et 300 riverains ont déjà signé.",
     "300 riverains"),
])
def test_what_no_obligation_rules_over_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    # what an assembly or a panel votes or examines, now or to come, is its agenda
    "Le Sénat examinera mardi 300 amendements.",
    "Le conseil municipal vote ce soir 12 délibérations.",
    "Après un an de travaux, la convention citoyenne vote ce week-end une centaine de propositions.",
])
def test_an_assemblys_agenda_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # what it voted is news
    ("Le Sénat a voté 300 amendements.", "300 amendements"),
    # those who vote or examine are no assembly
    ("Les habitants votent dimanche 12 propositions du maire.", "12 propositions"),
    ("Le syndicat examine 40 dossiers de licenciement.", "40 dossiers"),
])
def test_what_an_assembly_voted_or_others_vote_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence, quantity", [
    # the quantity after "pour" that the sum right after it prices is the price's reference
    ("Le plein coûtait mardi : pour 40 litres, 58,40 euros, soit 1,46 euro du litre.", "40 litres"),
    ("Au marché, pour 3 kilos 12 euros seulement.", "3 kilos"),
])
def test_the_quantity_a_sum_right_after_it_prices_is_a_reference(lint, sentence, quantity):
    assert quantity not in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence, figure", [
    # the quantity after its price, or with no price after it, is a claim
    ("Il a payé 58,40 euros pour 40 litres.", "40 litres"),
    ("La station a vendu pour 40 litres de gazole.", "40 litres"),
])
def test_a_quantity_no_sum_right_after_it_prices_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    # the seats a venue has, given whole with the definite article and the venue after them
    "À midi, seule une trentaine des quelque 200 tables de la salle avaient été dressées.",
    "Les 45.000 places du stade ont été vendues en moins d'une heure.",
    "Le directeur a fait repeindre les 900 fauteuils du théâtre.",
])
def test_the_seats_a_named_venue_has_describe_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence", [
    # those a named author signs a text with are its co-authors
    "Sa tribune, qu'elle cosignait avec 40 chercheuses, a fait grand bruit.",
    "Le romancier a co-signé avec 12 confrères une lettre ouverte au ministre.",
])
def test_the_co_authors_a_text_is_signed_with_describe_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # how many back a text is its support, counted as news
    ("Une lettre cosignée par 120 élus a été envoyée au ministre.", "120 élus"),
    ("La pétition a été signée par 5.000 personnes.", "5.000 personnes"),
    # signing a contract with others is no text's authorship
    ("Le joueur a signé avec 3 clubs en deux ans.", "3 clubs"),
])
def test_the_support_a_text_gathers_still_needs_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence, figure", [
    # seats added, or counted with no venue after them, are news
    ("L'hôpital a ajouté 200 lits en une semaine.", "200 lits"),
    ("Les 200 lits de réanimation sont tous occupés.", "200 lits"),
    # with no definite article, a part of them is counted
    ("Plus de 300 tables de la salle ont été réservées pour la soirée.", "Plus de 300 tables"),
])
def test_seats_added_or_not_of_a_named_venue_still_need_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence, figure", [
    # places created or added are a count of what was done
    ("Le plan a permis la création de 3 000 places d'hébergement.", "3 000 places"),
    # after the capacity and a comma, the clause counts something else
    ("D'une capacité de 400 places, le foyer héberge 650 jeunes.", "650 jeunes"),
])
def test_places_created_and_people_held_still_need_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    "Le Sénat compte 348 sièges, renouvelés par moitié.",
    "La motion passera sans peine puisque le groupe centriste compte à lui seul 87 membres.",
    "Dimanche, les candidats briguent l'un des 150 sièges de la chambre.",
    # a part of the make-up, after "dont", with no verb of its own
    "Le groupe centriste compte 24 membres, dont aujourd'hui 3 apparentés.",
    "Le conseil régional compte 72 membres, dont 30 femmes.",
])
def test_the_make_up_of_an_assembly_describes_it(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # who sat, after the seats and "mais", is no item of their list
    ("La chambre compte 120 sièges, mais seuls 97 députés ont voté.", "97 députés"),
    # a make-up dated as news, and seats won, are findings
    ("Le groupe compte désormais 41 membres.", "41 membres"),
    ("Le parti a remporté 57 sièges dimanche.", "57 sièges"),
    # a part of the make-up that did something is a finding
    ("Le groupe écologiste compte 31 membres, dont 5 ont voté contre le texte.", "5"),
])
def test_who_sat_a_new_make_up_and_seats_won_still_need_a_source(lint, sentence, figure):
    assert figure in excerpts(lint(article(sentence)), "FIG001")


@pytest.mark.parametrize("sentence", [
    # A verb of intention, plan or forecast whose subject names someone who can hold it.
    "Vendredi, la compagnie espère assurer 70 % de ses vols long-courriers.",
    "La candidate souhaite des cantines servant 60 % de produits bio.",
    "Le constructeur coréen pense en écouler environ deux mille par an.",
    "La Belgique avait défendu une hausse de 25 % avant de céder.",
    "Le sénateur prévoit un vaste plan de réduction des dépenses de l'Etat allant de 60 à 70 milliards d'euros sur cinq ans.",
    "Le groupe compte supprimer 2.500 postes d'ici à 2026.",
    "Le club espère vendre 40 000 billets.",
    "Le club compte bien attirer 4 000 supporters samedi.",
    # A decision or a commitment of the subject, before "de" or "à" and an infinitive.
    "La préfecture a décidé de fermer 12 écoles à la rentrée.",
    "Le groupe s'engage à créer 300 emplois dans la région.",
    # A relative whose antecedent, before its comma, names who holds the plan.
    "Des chercheurs ont créé l'observatoire Vigie, qui vise d'ici l'hiver à installer un réseau de 120 capteurs.",
    "La maladie gagne le Brésil, qui espère vacciner 40 millions de personnes d'ici juin.",
    # Every figure of the object, past a comma, until another clause opens.
    "Il prévoit 30 milliards d'euros d'investissements nouveaux, dans un contexte de crise avec un recul de l'activité de 7 % "
    "et 400.000 emplois perdus.",
    # The subject of the verb's own clause, after "que" or a colon.
    "Le climat est tendu et l'on sait que la ministre craint un dérapage de 3 milliards d'euros.",
    "Le plan était prêt : la direction envisageait 1.200 départs volontaires.",
])
def test_a_figure_its_holder_intends_or_forecasts_needs_no_source(lint, sentence):
    assert excerpts(lint(article(sentence)), "FIG001") == []


@pytest.mark.parametrize("sentence, figure", [
    # A forecast with no one named to hold it.
    ("Le chômage devrait atteindre 11 % l'an prochain.", "11 %"),
    # A decision that names no one who takes it, and a subject that holds no plan.
    ("La décision de fermer 12 écoles a suscité la colère des parents.", "12 écoles"),
    ("Les pluies ont décidé les autorités à évacuer 300 familles.", "300 familles"),
    # What the holder does, not what it intends.
    ("Le gouvernement a mis en place un plan d'urgence de 90 milliards d'euros.", "90 milliards d'euros"),
    # A figure in another clause than the verb's object: a relative, a clause opened by "que", brackets.
    ("Le ministre prévoit de rouvrir les commerces, qui ont perdu 30 % de leur chiffre d'affaires.", "30 %"),
    ("Le maire espère rouvrir l'école, fermée depuis que 45 élèves ont été contaminés.", "45 élèves"),
    ("Les autorités, qui veulent éviter de nouveaux heurts (deux morts, 400 blessés), ont renforcé les patrouilles.",
     "400 blessés"),
    # A relative whose antecedent names no one, or whose verb intends nothing.
    ("Le courant emporte la barque, qui espère regagner la rive avec 12 passagers à bord.", "12 passagers"),
    ("Les secours cherchent le navire Aurora, qui transportait 300 passagers.", "300 passagers"),
    # A figure someone else reckons, after a participle of estimation, is no part of the plan.
    ("Elle veut scolariser les enfants des rues, estimés à 200 millions.", "200 millions"),
    # Another clause after a comma and "et", and a circumstance, are no part of the plan either.
    ("Le groupe prévoit de rouvrir ses usines, et 2.000 salariés restent au chômage partiel.", "2.000 salariés"),
    ("Le ministre espère rassurer les éleveurs après la mort de 300 brebis.", "300 brebis"),
])
def test_a_figure_no_named_holder_intends_still_needs_a_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence, figure", [
    # The quantity a value is given for, bare at the head of its clause or the amount of an
    # indefinite noun, is its reference: only the value after the verb is a claim.
    ("Le safran est cher, car 100 grammes de pistils valent 800 euros.", "800 euros"),
    ("Sur les étals, 100 grammes de safran valent 800 euros.", "800 euros"),
    ("Un salaire de 1.000 dinars vaut désormais 280 euros.", "280 euros"),
    ("Un salaire d'un million de dinars vaut moins de 300 euros.", "moins de 300 euros"),
])
def test_the_reference_quantity_of_a_value_needs_no_source(lint, sentence, figure):
    assert excerpts(lint(article(sentence)), "FIG001") == [figure]


@pytest.mark.parametrize("sentence, figures", [
    # A quantity a demonstrative names is that of a thing, and a claim.
    ("Cette récolte de 300 tonnes vaut 2 millions d'euros.", ["300 tonnes", "2 millions d'euros"]),
    # What is worked out after a comma is derived; the sum before it is a claim.
    ("Il a hérité de 72 900 francs, ce qui équivaut à 14 000 euros.", ["72 900 francs"]),
    # A verb of value with no figure after it gives no reference.
    ("Au total, 300 salariés du site valent bien un effort.", ["300 salariés"]),
])
def test_a_quantity_that_is_no_reference_of_a_value_still_needs_a_source(lint, sentence, figures):
    assert excerpts(lint(article(sentence)), "FIG001") == figures


@pytest.mark.parametrize("sentence, reported", [
    # What the bill allots a holder: credits, an endowment, posts, a ministry's own budget.
    ("L'enveloppe de la Culture augmente de 45 millions d'euros l'an prochain.", []),
    ("Le ministère des Sports perd 120 postes et voit ses crédits reculer de 3 %.", []),
    ("Le ministère de la Mer gagne 80 millions d'euros de budget, soit une hausse de 5 %.", []),
    # The world the bill answers keeps its source: a deficit reached, unemployment measured.
    ("Le déficit public a atteint 4,7 % du PIB l'an dernier.", ["4,7 %"]),
    ("Le chômage a augmenté de 4 % l'an dernier.", ["4 %"]),
])
def test_what_a_budget_bill_allots_is_a_plan_described(lint, sentence, reported):
    text = article_with_title("Le projet de loi de finances pour l'an prochain sera présenté mercredi en conseil "
                              "des ministres. Voici ce qui change pour chaque ministère. " + sentence,
                              title="Budget : les ministères gagnants et perdants")
    assert excerpts(lint(text), "FIG001") == reported


def test_what_is_allotted_in_an_article_about_no_budget_bill_keeps_its_source(lint):
    text = article_with_title("Le sport amateur traverse une période difficile. "
                              "Le ministère des Sports a perdu 120 postes en deux ans.",
                              title="Les clubs de quartier à la peine")
    assert excerpts(lint(text), "FIG001") == ["120 postes"]


@pytest.mark.parametrize("sentence, reported", [
    # What a measure or an offer consists of, in the present, the future or the conditional.
    ("Baptisée Cap Famille, la mesure consisterait en un versement de 300 euros à chaque naissance.", []),
    ("L'offre de l'opérateur consiste à céder 40 % du capital au repreneur.", []),
    # What an operation consisted in, in the past, is news; so is a figure far past the verb.
    ("L'opération a consisté à évacuer 300 personnes des immeubles menacés.", ["300 personnes"]),
    ("La mesure consiste en une prime, alors que le loyer moyen a bondi de 18 % en trois ans.", ["18 %"]),
])
def test_what_a_measure_consists_of_describes_it(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # The value before of a figure a rule sets, after "contre", is set alike.
    ("Sur ces routes, la vitesse sera limitée à 80 km/h contre 90 km/h jusqu'ici.", []),
    ("La jauge des stades passera à 5 000 spectateurs contre 1 000 spectateurs jusqu'ici.", []),
    # A finding and the value before it are both findings.
    ("Le chômage a reculé à 7 % contre 8 % un an plus tôt.", ["7 %", "8 %"]),
    # "contre" before another thing is no value of the same.
    ("La commune de 800 habitants compte contre toute attente 300 chômeurs.", ["300 chômeurs"]),
])
def test_the_value_before_a_described_figure_after_contre_is_described_alike(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # What an agreement bears on are its terms.
    ("L'accord signé lundi porte sur un déficit de 2,5 % du PIB.", []),
    ("Le contrat porte sur 30 avions livrés d'ici 2030.", []),
    # What a theft or a fraud bears on is a finding.
    ("Le vol porte sur 2 millions d'euros de bijoux.", ["2 millions d'euros"]),
    ("La fraude découverte par les douanes porte sur 40 millions d'euros.", ["40 millions d'euros"]),
])
def test_what_an_agreement_bears_on_are_its_terms(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # The size of a plan named right after the act that makes it public is its author's decision.
    ("La région a surpris les élus avec l'annonce d'un plan de 3 milliards d'euros pour ses lycées.", []),
    ("Les élus attendent le lancement d'un chantier de 40 millions d'euros près du port.", []),
    # A figure further from the announcement, or with no plan between them, keeps its source.
    ("Depuis l'annonce d'un couvre-feu, 300 commerces ont fermé dans le département.", ["300 commerces"]),
    ("L'usine a connu l'annonce d'un plan, puis la perte de 300 emplois.", ["300 emplois"]),
])
def test_the_size_of_an_announced_plan_is_its_authors_decision(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # A sum set aside for a holder, after a verb of receiving in the future, is what a budget grants.
    ("Le conservatoire de la ville recevra une enveloppe de 2 millions d'euros pour sa rénovation.", []),
    ("Chaque club touchera une dotation de 15.000 euros dès janvier.", []),
    # What a holder received, or will receive with no allotment named, keeps its source.
    ("Le conservatoire de la ville a reçu une enveloppe de 2 millions d'euros pour sa rénovation.",
     ["2 millions d'euros"]),
    ("Le conservatoire de la ville recevra près de 2 millions d'euros de dons privés.", ["près de 2 millions d'euros"]),
])
def test_an_allotment_to_receive_is_what_a_budget_grants(lint, sentence, reported):
    assert excerpts(lint(article(sentence)), "FIG001") == reported


@pytest.mark.parametrize("paragraph", [
    "La tempête a frappé la côte dans la nuit. 40 bateaux renversés dans le portpar canal9 (en français)La "
    "digue a cédé dans la nuit.",
    "Le maire l'a redit à la radio. Est-il normal de payer 9 euros pour un sandwich? La chaîne répond à vos "
    "questionspar RadioNordDepuis lundi, les restaurants rouvrent.",
])
def test_the_title_of_an_embedded_video_glued_to_its_credit_is_no_claim(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "FIG001") == []


@pytest.mark.parametrize("paragraph, figure", [
    # The sentence before the video's title is the article's own.
    ("Un train sur quatre circule ce matin. Pourquoi la grève dure?par BFMTVLes voyageurs patientent.",
     "Un train sur quatre"),
    # "par" with a space before it is the agent of a verb, and no credit.
    ("40 bateaux ont été renversés dans le port par la houle. Les pêcheurs constatent les dégâts.", "40 bateaux"),
])
def test_figures_outside_a_videos_title_still_need_a_source(lint, paragraph, figure):
    assert excerpts(lint(article(paragraph)), "FIG001") == [figure]


@pytest.mark.parametrize("paragraph, reported", [
    # A change taken up with its article after a change a rule sets breaks that change down.
    ("Au 1er mars, les tarifs réglementés de l'eau baissent de 0,5 %. Pour les foyers qui ont une piscine, "
     "la baisse est de 0,4 %.", []),
    ("Au 1er mars, les tarifs réglementés de l'eau baissent de 0,5 %. En détail, la baisse ne sera que de "
     "0,2 % pour les foyers qui n'utilisent l'eau du réseau que pour cuisiner et se laver, mais de 0,9 % pour ceux "
     "qui arrosent un jardin.", []),
    # The same breakdown of a change that happened, set by no rule, keeps its source.
    ("En mars, les ventes de vélos ont reculé de 0,5 %. Pour les vélos électriques, la baisse est de 0,4 %.",
     ["0,5 %", "0,4 %"]),
    # A change of another kind, or one not taken up with its article, keeps its source.
    ("Au 1er mars, les tarifs réglementés de l'eau baissent de 0,5 %. Pour les foyers qui ont une piscine, "
     "la baisse est de 12 euros.", ["12 euros"]),
    ("Au 1er mars, les tarifs réglementés de l'eau baissent de 0,5 %. Les ventes de bouteilles ont connu une "
     "baisse de 4 %.", ["4 %"]),
])
def test_a_change_taken_up_after_a_change_a_rule_sets_breaks_it_down(lint, paragraph, reported):
    assert excerpts(lint(article(paragraph)), "FIG001") == reported


@pytest.mark.parametrize("speaker, opening, reported", [
    # The body that published the count, named by its kind alone, gives more of its figures;
    # the count then compares them ("En revanche, …"): still its figures.
    ("a précisé l'agence sanitaire", "En revanche,", []),
    ("a précisé l'agence sanitaire", "", []),
    # A person, or a body with a name of its own, is another source: the count ends there.
    ("a précisé le maire", "En revanche,", ["6,1 %"]),
    ("a précisé l'agence Vigie Santé", "En revanche,", ["6,1 %"]),
    # Another fact, not a comparison, moves on from the count.
    ("a précisé l'agence sanitaire", "Par ailleurs,", ["6,1 %"]),
])
def test_a_count_of_the_opening_goes_on_past_its_body_and_a_contrast(lint, speaker, opening, reported):
    text = ("La grippe progresse. Selon les chiffres publiés mardi par l'agence nationale de veille, 8.240 "
            "personnes sont tombées malades en une semaine. Quelque 1.310 patients ont été hospitalisés, "
            f"{speaker}. " + f"{opening} la part des tests positifs est restée stable, à 6,1 %.".strip().capitalize())
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("opening, reported", [
    ("En revanche,", []),
    ("Toutefois,", []),
    ("En outre,", ["6,1 %"]),
])
def test_a_count_of_the_opening_compares_its_figures_past_a_contrast(lint, opening, reported):
    text = ("La grippe progresse. Selon les chiffres publiés mardi par l'agence nationale de veille, 8.240 "
            "personnes sont tombées malades en une semaine. "
            f"{opening} la part des tests positifs est restée stable, à 6,1 %.")
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("sentence, reported", [
    # The count in words is no claim: nor is the part of it that follows.
    ("Douze manifestants ont été arrêtés dans la soirée, dont 9 mineurs.", []),
    ("Les gendarmes ont contrôlé quinze voitures, dont 11 en excès de vitesse.", []),
    # A count in figures, or another figure between, is a claim, and so is its part.
    ("Trente-deux manifestants ont été arrêtés, 120 blessés, dont 9 mineurs.", ["120 blessés", "9 mineurs"]),
    ("Les policiers ont interpellé 412 manifestants, dont 9 mineurs.", ["412 manifestants", "9 mineurs"]),
    # "Une" is an article as often as a number.
    ("Une voiture de police a transporté les manifestants arrêtés, dont 9 mineurs.", ["9 mineurs"]),
])
def test_the_part_of_a_count_in_words_is_no_claim(lint, sentence, reported):
    assert excerpts(lint(article("La manifestation a dégénéré samedi. " + sentence)), "FIG001") == reported


def test_the_readings_skipped_for_a_missing_word_would_have_found_nothing(registry, monkeypatch):
    """The readings of a figure's context run only when its block holds a word they need
    (``_needed_words``). With every block holding a "needed" word, every reading runs: the
    figures of real articles must come out the same, or a reading now reads a list its entry
    in ``_needed_words`` does not name."""
    from conftest import shared_path

    from attrlint.analysis import analyse, figure_context
    from attrlint.runner import reader_for

    lexicon = registry.lexicon()
    paths = sorted(shared_path("corpus", "lalibre").glob("*.txt")) + \
        sorted(shared_path("corpus", "articles").glob("*.txt"))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}

    def figures() -> list[tuple]:
        found = []
        for path, text in texts.items():
            ad = analyse(reader_for(str(path), registry.readers)(str(path), text), lexicon)
            found += [(path.name, f.span.start, f.category, f.needs_source) for f in ad.figures]
        return found

    gated = figures()
    every_word = frozenset(token.lower for path, text in texts.items()
                           for token in analyse(reader_for(str(path), registry.readers)(str(path), text), lexicon,
                                                keep_tokens=True).tokens)
    needed = figure_context._needed_words()
    monkeypatch.setattr(figure_context, "_needed_words", lambda: {key: every_word for key in needed})
    assert figures() == gated
    assert any(not needs for *_, needs in gated)  # some figures were read as descriptions
