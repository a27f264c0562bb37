"""Verbs of saying whose reflexive form has another sense: "se déclarer" says where its subject
stands when an attribute follows it ("s'est déclaré favorable à…"), and breaks out before a
complement of place or time, or nothing ("un incendie s'est déclaré vers minuit")."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts


@pytest.mark.parametrize("text, figure", [
    ("Un incendie s'est déclaré dimanche dans un hangar à Rennes et a détruit 2 500 mètres carrés de toiture.",
     "2 500 mètres carrés"),
    ("Un feu s'est déclaré vers 19 heures au quatrième étage, où logeaient près de 30 familles.",
     "près de 30 familles"),
    ("Des foyers se sont déclarés dans la nuit et ont parcouru 150 hectares de garrigue.", "150 hectares"),
    ("Le sinistre s'est déclaré mardi soir à bord du cargo, qui transportait 800 conteneurs.", "800 conteneurs"),
    ("Un incendie s'est déclaré jeudi en fin de journée et a détruit 60 voitures.", "60 voitures"),
    ("Un feu de broussailles s'est déclaré en Ardèche, où 400 hectares ont brûlé.", "400 hectares"),
    ("Un incendie se déclare, puis gagne 90 hectares de forêt.", "90 hectares"),
    # an aside between commas does not decide
    ("Un incendie s'est déclaré, lundi soir, dans un hangar et a ravagé 1 800 mètres carrés d'entrepôts.",
     "1 800 mètres carrés"),
])
def test_a_fire_that_breaks_out_names_no_source(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text", [
    "Le maire s'est déclaré favorable à un plan de 15 millions d'euros.",
    "La ministre s'était déclarée contre une hausse de 4 % des loyers.",
    "Le syndicat se déclare prêt à négocier une hausse de 2 % des salaires.",
    "Le club s'est déclaré en faillite avec une dette de 9 millions d'euros.",
    "Le député s'est déclaré en faveur d'une baisse de 10 % des indemnités.",
    "Le préfet s'était déclaré mardi matin « inquiet » d'une hausse de 25 % des vols.",
    "La directrice s'est déclarée officiellement candidate, avec le soutien de 40 élus.",
    "Les parents se sont déclarés satisfaits de la création de 12 classes.",
    "Le maire s'est déclaré, lundi, favorable à un plan de 15 millions d'euros.",
    "L'élue s'est déclarée, comme son adjoint, opposée à une hausse de 8 % des tarifs.",
])
def test_an_attribute_after_the_verb_says_where_its_subject_stands(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []



@pytest.mark.parametrize("text, figure", [
    ("Le chômage s'établit à 8,4 % de la population active au deuxième trimestre.", "8,4 %"),
    ("Les dégâts se chiffrent à 3 millions d'euros après la tempête.", "3 millions d'euros"),
    ("Le manque à gagner s'évalue à 40 000 euros par mois pour les commerçants.", "40 000 euros"),
])
def test_a_quantity_that_is_the_subject_of_a_reflexive_figure_verb_has_no_source(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text", [
    "L'institut a établi le taux de chômage à 8,4 % de la population active.",
    "La préfecture chiffre les dégâts à 3 millions d'euros après la tempête.",
    "Les commerçants évaluent leur manque à gagner à 40 000 euros par mois.",
])
def test_the_same_verbs_with_a_subject_that_counts_source_the_figure(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("text, figure", [
    ("Les réserves se sont révélées insuffisantes pour couvrir 12 millions d'euros de dépenses.",
     "12 millions d'euros"),
    ("Le nouveau filtre s'est révélé efficace sur 80 % des particules.", "80 %"),
])
def test_a_thing_that_turned_out_so_says_nothing(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


def test_what_someone_reveals_sources_the_figure(lint):
    assert excerpts(lint(article("Le journal a révélé que 80 % des particules passaient le filtre.")), "FIG001") == []
