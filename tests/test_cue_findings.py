"""Verbs with a sense other than saying ("observer", "prévoir", "appeler") that give a named
body's finding: its name as their subject, a figure in their object; and present participles
of saying that claim the figure of their clause only."""
from __future__ import annotations

import pytest
from cli_run import article, excerpts


@pytest.mark.parametrize("text", [
    "Enedis observe ainsi une hausse de 300 mégawatts par degré de froid.",
    "Le ministère observe une hausse de 12 % des admissions en avril.",
    "L'Insee relève dans la région une hausse de 40 000 emplois.",
])
def test_named_body_subject_of_a_verb_with_another_sense(lint, text):
    assert excerpts(lint(article(text)), "FIG001") == []


@pytest.mark.parametrize("text, figure", [
    # the subject names no body
    ("La ville lance un chantier de 300 millions d'euros.", "300 millions d'euros"),
    ("Le club lance une campagne de 300 affiches dans le quartier.", "300 affiches"),
    # a verb with another sense that gives no finding
    ("Enedis lance un chantier de 300 millions d'euros dans la vallée.", "300 millions d'euros"),
    ("Le ministère développe un réseau de 300 bornes de recharge.", "300 bornes"),
    # the figure is not in the verb's object
    ("Enedis observe la situation, et 300 foyers restent privés de courant.", "300 foyers"),
    ("Plus de 300 foyers restent privés de courant, Enedis observe la situation.", "Plus de 300 foyers"),
])
def test_figure_outside_a_named_body_finding(lint, text, figure):
    assert excerpts(lint(article(text)), "FIG001") == [figure]


@pytest.mark.parametrize("text, reported", [
    # the participle's clause is sourced, the clause before it is not
    ("Environ 60 % des clients ont un abonnement, Huawei revendiquant une part de marché de 40 % dans le pays.",
     ["Environ 60 %"]),
    ("Plus de 2 000 personnes ont manifesté, la CGT évoquant 300 cars venus de province.",
     ["Plus de 2 000 personnes"]),
    # a participle with another sense claims nothing
    ("Les travaux ont commencé, Enedis lançant un chantier de 300 millions d'euros.", ["300 millions d'euros"]),
])
def test_participle_claims_the_figure_of_its_clause(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("text, reported", [
    # the clause that ends on the agent is sourced, the figure after it is not
    ("Un budget de 12 millions d'euros publié en juin par la mairie, et 300 logements restent vides.",
     ["300 logements"]),
    ("Le bilan de 12 blessés confirmé dans la soirée par la préfecture reste provisoire.", []),
    # the agent of an act is no source
    ("Les 300 manifestants ont été dispersés dans la soirée par la police.", ["300 manifestants"]),
])
def test_passive_agent_after_words_sources_its_clause(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported


def test_passive_agent_of_a_noun_phrase_sources_that_phrase_only(lint):
    text = "Plus de 300 personnes ont défilé samedi malgré la mise en garde lancée la veille par la préfecture."
    assert excerpts(lint(article(text)), "FIG001") == ["Plus de 300 personnes"]


@pytest.mark.parametrize("text, reported", [
    # a named subject, then the participle of saying and "que": the auxiliary dropped by a slip
    ("Après la réunion, le maire Paul Durand précisé que 300 familles attendent un logement.", []),
    # no "que", or a subject that names no one
    ("Ce point précisé, 300 familles attendent toujours un logement.", ["300 familles"]),
    ("Le texte précisé que 300 familles attendent un logement.", ["300 familles"]),
])
def test_participle_of_saying_with_its_auxiliary_dropped(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("text, reported", [
    # presented by its agent as what it is said to be: the agent is the source
    ("Présenté par la direction comme une priorité, le plan permettra 300 embauches d'ici 2025.", []),
    # presented with no "comme": a host, or no agent at all
    ("Le journal présenté par Anne Dupont a réuni 5 millions de téléspectateurs.", ["5 millions de téléspectateurs"]),
    ("Le plan présenté lundi permettra 300 embauches d'ici 2025.", ["300 embauches"]),
])
def test_presented_by_its_agent_as_something(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("text, reported", [
    # the agent of a noun of saying sources what it announces, to the end of its clause
    ("Il salue l'annonce par le ministre de 300 postes supplémentaires, mais 40 écoles restent fermées.",
     ["40 écoles"]),
    ("Le syndicat attend la confirmation par Paul Durand d'une hausse de 5 % des salaires.", []),
    # no agent after the noun, or a figure for its agent
    ("Il salue l'annonce de 300 postes supplémentaires, et le budget de 40 écoles.", ["300 postes", "40 écoles"]),
    ("Il salue l'annonce par 300 maires d'une grève.", ["300 maires"]),
])
def test_agent_of_a_noun_of_saying(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("text, reported", [
    # a name quoted in the complement of the verb's object: no words are introduced
    ("Près de 70 % des riverains soutiennent la grève des « blouses blanches ».", ["Près de 70 %"]),
    ("Quelque 300 élus soutiennent le combat du « collectif des oubliés ».", ["Quelque 300 élus"]),
    # words the verb introduces, right after it or after "que"
    ("Le délégué soutient « 70 % des riverains sont avec nous ».", []),
    ("Le délégué soutient que 70 % des riverains défendent la grève des « blouses blanches ».", []),
    ("« Près de 70 % des riverains sont avec nous », soutient le délégué des « blouses blanches ».", []),
])
def test_a_name_quoted_in_the_object_is_no_words_introduced(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported


@pytest.mark.parametrize("text, reported", [
    # "auprès de" after a verb of a deal names the other party
    ("La jeune pousse vient de lever 12 millions d'euros auprès d'investisseurs américains.",
     ["12 millions d'euros"]),
    ("Avec plus de 3 000 malades, la région a commandé des respirateurs auprès de deux fabricants.",
     ["plus de 3 000 malades"]),
    ("L'hôpital a acheté 40 000 masques, pour 80 000 euros, auprès d'un grossiste.",
     ["40 000 masques", "80 000 euros"]),
    # "auprès de" names where the news was learnt
    ("Plus de 3 000 malades sont hospitalisés, auprès de l'agence régionale de santé.", []),
    ("Plus de 3 000 malades ont été soignés, a-t-on appris auprès de l'hôpital qui a levé l'alerte.", []),
])
def test_aupres_after_a_deal_names_no_source(lint, text, reported):
    assert excerpts(lint(article(text)), "FIG001") == reported
