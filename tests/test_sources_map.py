"""The map of an article's sources (attrlint.sources): who it cites and what each one backs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from attrlint.api import lint_string
from attrlint.api import sources_of_text
from attrlint.sources import CLAIM_KINDS, KINDS, NAMINGS, ROLES, ArticleSources, Source

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "nk-troops-russia.fr.txt"


@pytest.fixture(scope="module")
def of(registry):
    def read(body: str, path: str = "article.txt") -> ArticleSources:
        return sources_of_text(f"Titre de l'article\n\n{body}\n", path, registry=registry)

    return read


def named(article: ArticleSources, words: str) -> Source:
    found = [s for s in article.sources if words.lower() in s.name.lower()]
    assert len(found) == 1, [s.name for s in article.sources]
    return found[0]


def test_a_named_person_backs_the_quotation_of_the_incise(of):
    article = of("« Nous ne fermerons aucune école », a déclaré Hélène Marchal, adjointe au maire.")
    source = named(article, "Hélène Marchal")
    assert (source.kind, source.naming) == ("person", "named")
    assert [q.text for q in source.quotations] == ["« Nous ne fermerons aucune école »"]
    assert source.quotations[0].cue.text.startswith("a déclaré")
    assert article.unsourced == []


def test_the_subject_of_a_verb_of_saying_is_the_source_not_its_object(of):
    article = of("La préfecture de la Gironde a qualifié les manifestants de « casseurs » jeudi.")
    assert [s.name for s in article.sources] == ["la préfecture de la Gironde"]
    source = article.sources[0]
    assert (source.kind, source.naming) == ("institution", "named")
    assert [q.text for q in source.quotations] == ["« casseurs »"]


def test_a_vague_source_and_the_figure_it_backs(of):
    article = of("Selon des sources, 42 véhicules ont été incendiés dans la nuit.")
    source = named(article, "des sources")
    assert (source.kind, source.naming) == ("vague", "vague")
    assert [f.text for f in source.figures] == ["42 véhicules"]


def test_a_source_that_asked_not_to_be_named_is_anonymous(of):
    article = of("Un enquêteur, qui a requis l'anonymat, a affirmé que 18 suspects avaient été entendus.")
    source = article.sources[0]
    assert (source.kind, source.naming) == ("anonymous", "anonymous")
    assert [f.text for f in source.figures] == ["18 suspects"]


def test_a_described_source_is_neither_named_nor_vague(of):
    article = of("Selon une source policière, 35 personnes ont été interpellées samedi.")
    source = named(article, "une source policière")
    assert (source.kind, source.naming) == ("anonymous", "described")


def test_a_document(of):
    article = of("Selon un rapport publié mardi, 3 200 emplois ont été supprimés dans la région.")
    source = named(article, "un rapport")
    assert (source.kind, source.naming) == ("document", "described")
    assert [f.text for f in source.figures] == ["3 200 emplois"]


@pytest.mark.parametrize("body, words, kind", [
    ("« Nous tiendrons », a annoncé la compagnie dans un communiqué.", "la compagnie", "institution"),
    ("« Rien », indique la chaîne d'information.", "la chaîne d'information", "institution"),
    ("Selon les informations de France Info, 300 postes seront supprimés.", "les informations de France Info",
     "document"),
    ("« Nous sommes épuisés », a déclaré le délégué syndical.", "le délégué syndical", "person"),
    ("Selon les forces de l'ordre, 300 personnes ont défilé.", "les forces de l'ordre", "institution"),
    ("Selon les conclusions de l'enquête, 30 chevaux ont été mutilés.", "les conclusions de l'enquête", "document"),
    ("Selon le dernier bilan du ministère, 300 personnes sont mortes.", "le dernier bilan du ministère", "document"),
    ("Selon une autre source policière, 30 personnes ont été interpellées.", "une autre source policière",
     "anonymous"),
    ("Selon le gestionnaire du réseau Enedis, 3 000 foyers sont privés d'électricité.",
     "le gestionnaire du réseau Enedis", "institution"),
    # a phrase of the lexicon with an elision, read whole and looked up as it is written
    ("Selon la cour d'appel de Rennes, 300 dossiers sont en souffrance.", "la cour d'appel de Rennes",
     "institution"),
    ("« Le dossier est clos », a estimé la cour d’appel.", "la cour d’appel", "institution"),
])
def test_bodies_documents_and_people_named_by_what_they_are(of, body, words, kind):
    assert named(of(body), words).kind == kind


def test_an_agency_is_one_source_under_its_usual_name(of):
    article = of("Le bilan s'élève à 27 morts, a rapporté l'agence Reuters.\n\n"
                 "Le ministre a confirmé ces chiffres à Reuters dans la soirée.")
    source = named(article, "Reuters")
    assert (source.kind, source.naming, source.agency) == ("agency", "named", "Reuters")
    assert [f.text for f in source.figures] == ["27 morts"]
    assert {"attribution", "use"} <= set(source.roles)


@pytest.mark.parametrize("pronoun", ["Il", "Ce dernier"])
def test_a_pronoun_stands_for_the_source_named_just_before(of, pronoun):
    article = of("Le maire de Nantes, Paul Vigier, a annoncé la fermeture du pont. "
                 f"{pronoun} a ajouté que 4 000 voitures l'empruntaient chaque jour.")
    assert [s.name for s in article.sources] == ["Paul Vigier"]
    source = article.sources[0]
    assert [f.text for f in source.figures] == ["4 000 voitures"]
    assert any(m.text == pronoun for m in source.mentions)


def test_a_shorter_name_of_the_same_body_is_the_same_source(of):
    article = of("Le ministère de la Santé a déclaré que 120 lits seraient ouverts. "
                 "Le ministère a précisé que 30 infirmiers seraient recrutés.")
    assert [s.name for s in article.sources] == ["le ministère de la Santé"]
    assert [f.text for f in article.sources[0].figures] == ["120 lits", "30 infirmiers"]


def test_what_stands_with_no_source(of):
    article = of("Au moins 300 maisons ont été détruites par les flammes.\n\n"
                 "« Tout a brûlé en une heure. »\n\n"
                 "Le feu aurait été allumé par un promeneur.")
    assert [(u.kind, u.text) for u in article.unsourced] == [
        ("figure", "Au moins 300 maisons"), ("quotation", "« Tout a brûlé en une heure. »"),
        ("statement", "aurait été allumé")]
    assert article.sources == []


def test_unsourced_claims_are_what_the_rules_report(registry):
    text = ("Incendie dans le Var\n\nAu moins 300 maisons ont été détruites par les flammes.\n\n"
            "« Tout a brûlé en une heure. »\n\nLe feu aurait été allumé par un promeneur.\n\n"
            "Selon les pompiers, 900 hectares ont brûlé.\n")
    article = sources_of_text(text, registry=registry)
    reported = {(d.start, d.end) for d in lint_string(text, select=["FIG001", "FIG002", "QUO001"], registry=registry)}
    unsourced = {(u.start, u.end) for u in article.unsourced}
    assert unsourced == reported


def test_offsets_are_those_of_the_file_even_through_markup(registry):
    html = ("<html><body><h1>Titre</h1><p>Selon le minist&egrave;re de l'Int&eacute;rieur, "
            "<b>1 500</b> policiers seront d&eacute;ploy&eacute;s.</p></body></html>")
    article = sources_of_text(html, "article.html", registry=registry)
    source = article.sources[0]
    for excerpt in [*source.mentions, *source.cues, *source.figures]:
        assert html[excerpt.start:excerpt.end] == excerpt.text
    assert source.name == "le ministère de l'Intérieur"


def test_to_dict_is_json_with_known_kinds(of):
    article = of("« Il faut agir vite », a estimé Marc Olivier. Selon des experts, 12 % des foyers sont touchés. "
                 "Un chiffre de 40 000 logements est avancé.")
    data = json.loads(json.dumps(article.to_dict()))
    assert set(data) == {"path", "sources", "unsourced"}
    for source in data["sources"]:
        assert source["kind"] in KINDS and source["naming"] in NAMINGS
        assert set(source["roles"]) <= set(ROLES)
        for backed in source["quotations"] + source["figures"] + source["statements"]:
            assert {"start", "end", "text", "cue"} <= set(backed)
    assert all(u["kind"] in CLAIM_KINDS for u in data["unsourced"])
    assert [u["text"] for u in data["unsourced"]] == ["40 000 logements"]


def test_the_seed_cites_its_sources_with_what_each_backs(registry):
    article = sources_of_text(SEED.read_text(encoding="utf-8"), str(SEED), registry=registry)
    ministry = named(article, "ministère sud-coréen")
    assert (ministry.kind, ministry.naming) == ("institution", "named")
    assert any(q.text.startswith("« En reconnaissant publiquement") for q in ministry.quotations)
    by_agency = {s.agency: s for s in article.sources if s.kind == "agency"}
    assert {"Yonhap", "KCNA", "Reuters"} <= set(by_agency)
    assert "attribution" in by_agency["Yonhap"].roles and by_agency["Reuters"].roles == ["credit"]
    assert any("Korean Central News Agency" in c.text for c in by_agency["KCNA"].cues)
    counted = [s for s in article.sources if any(f.text == "au moins 300 soldats" for f in s.figures)]
    assert [s.name for s in counted] == ["le service national de renseignement sud-coréen (NIS)"]


def test_tokens_kept_by_the_analysis_make_the_same_map(registry):
    from attrlint.analysis import analyse
    from attrlint.runner import reader_for
    from attrlint.sources import source_map

    path = str(SEED)
    doc = reader_for(path, registry.readers)(path, SEED.read_text(encoding="utf-8"))
    kept = analyse(doc, registry.lexicon(), keep_tokens=True)
    assert kept.has_tokens
    assert source_map(kept) == source_map(analyse(doc, registry.lexicon()))
    assert ArticleSources.from_json(source_map(kept).to_json()) == source_map(kept)


def test_sources_alone_are_those_of_the_map_without_what_they_back(registry):
    from attrlint.analysis import analyse
    from attrlint.runner import reader_for
    from attrlint.sources import source_map, sources_of

    path = str(SEED)
    doc = reader_for(path, registry.readers)(path, SEED.read_text(encoding="utf-8"))
    ad = analyse(doc, registry.lexicon())
    alone, mapped = sources_of(ad), source_map(ad).sources
    assert len(alone) > 3 and any(s.figures or s.quotations for s in mapped)
    assert [(s.name, s.kind, s.naming, s.roles, s.agency, s.mentions, s.cues) for s in alone] == \
        [(s.name, s.kind, s.naming, s.roles, s.agency, s.mentions, s.cues) for s in mapped]
    assert not any(s.quotations or s.figures or s.statements for s in alone)


def test_a_pronoun_with_no_one_before_it_and_first_persons_name_no_source(of):
    article = of("Il a affirmé que 300 arbres seraient plantés. Nous le ferons, a-t-on appris.")
    assert [(s.kind, s.name) for s in article.sources] == [("vague", "on")]
    assert article.unsourced == []


def test_a_title_and_the_name_after_its_comma_are_one_person_known_by_the_name(of):
    article = of("« Le pont rouvrira lundi », a précisé l'adjointe chargée des travaux, Inès Carpentier. "
                 "Inès Carpentier a ajouté que 40 ouvriers y travaillaient.")
    people = [s for s in article.sources if s.kind == "person"]
    assert [(s.name, s.naming) for s in people] == [("Inès Carpentier", "named")]
    assert [q.text for q in people[0].quotations] == ["« Le pont rouvrira lundi »"]
    assert [f.text for f in people[0].figures] == ["40 ouvriers"]
    assert any(m.text == "l'adjointe chargée des travaux, Inès Carpentier" for m in people[0].mentions)


def test_a_prepositional_cue_reads_the_name_set_after_its_title(of):
    article = of("Selon la porte-parole des pompiers, Julie Renaud, 200 personnes ont été évacuées.")
    assert [(s.name, s.kind, s.naming) for s in article.sources] == [("Julie Renaud", "person", "named")]


@pytest.mark.parametrize("subject, name", [
    ("Le procureur Marc Olivier", "Marc Olivier"),
    # a complement in one capitalised word, then the name of the one who holds the title
    ("Le ministre de l'Intérieur Christophe Castaner", "Christophe Castaner"),
    ("La maire de Paris Anne Hidalgo", "Anne Hidalgo"),
    ("Le député LR Paul Vautrin", "Paul Vautrin"),
    # after a complement, the name may be the complement's: the whole phrase names the source
    ("Le père de l'enfant Paul Roux", "le père de l'enfant Paul Roux"),
])
def test_a_name_after_a_title_and_its_one_word_complement_is_the_person_s(of, subject, name):
    article = of(f"{subject} a indiqué que 12 personnes avaient été entendues.")
    assert [s.name for s in article.sources] == [name]


def test_a_name_after_an_abbreviated_title_reads_past_its_full_stop(of):
    article = of("Selon M. Garnier, 200 personnes ont été évacuées. « Tout va bien », a dit Mme Roux.")
    assert [(s.name, s.naming) for s in article.sources] == [("M. Garnier", "named"), ("Mme Roux", "named")]
    assert [f.text for f in article.sources[0].figures] == ["200 personnes"]


def test_an_inverted_verb_names_its_speaker_not_what_the_words_are_about(of):
    article = of("Cette hausse ne change rien, assure la présidente de l'association, Lucie Bernard.")
    assert [s.name for s in article.sources] == ["Lucie Bernard"]


def test_words_after_a_verb_that_follows_its_subject_set_off_by_commas_are_its_object(of):
    article = of("Le président du club, Marc Durand, a décrit Paul Roux comme « un joueur exemplaire ».")
    assert [s.name for s in article.sources] == ["Marc Durand"]


def test_a_name_written_in_initials_is_a_body(of):
    article = of("« Tout va bien », rapporte BFMTV. « Non », a dit Paul Roux.")
    assert [(s.name, s.kind) for s in article.sources] == [("BFMTV", "institution"), ("Paul Roux", "person")]


def test_a_first_word_the_article_writes_in_lower_case_names_no_one(of):
    article = of("Plus de 300 lits ont été ouverts, a précisé le Premier ministre. Il en faudra plus. "
                 "Le Premier ministre a ajouté que 20 autres le seraient bientôt.")
    assert [s.name for s in article.sources] == ["le Premier ministre"]
    assert [f.text for f in article.sources[0].figures] == ["Plus de 300 lits", "20 autres"]


@pytest.mark.parametrize("subject", ["Marine Le Pen", "La présidente du parti, Marine Le Pen,", "La présidente Marine Le Pen"])
def test_a_surname_with_a_particle_is_read_whole(of, subject):
    article = of(f"{subject} a indiqué que 12 personnes avaient été entendues.")
    assert [(s.name, s.naming) for s in article.sources] == [("Marine Le Pen", "named")]


@pytest.mark.parametrize("sentence", ["Cela se traduit par un « double mépris » du peuple.",
                                      "Tout se passe comme si « le pays était à l'arrêt »."])
def test_a_first_word_the_article_never_writes_within_a_sentence_names_no_one(of, sentence):
    article = of(f"« Il faut agir », a dit Paul Roux. {sentence}")
    assert [s.name for s in article.sources] == ["Paul Roux"]


def test_a_first_word_the_article_writes_as_a_name_within_a_sentence_names_someone(of):
    article = of("Le chercheur Bruno Gualano travaille depuis 2015. Gualano ajoute que 40 % des patients vont mieux. "
                 "« ICAR a reçu 300 dossiers », a-t-il dit. ICAR affirme que 12 sont complets.")
    assert [(s.name, s.kind) for s in article.sources] == [("Gualano", "person"), ("ICAR", "institution")]


@pytest.mark.parametrize("body, name", [
    ("« Il faut agir », rapporte France Bleu.", "France Bleu"),
    ("Selon Ouest-France, 300 personnes étaient là.", "Ouest-France"),
    ("« Il faut agir », rapporte L'Express.", "L'Express"),
    ("Mediapart affirme que 300 personnes étaient là.", "Mediapart"),
    # a seat of power, a capital for its government, a public agency
    ("Matignon a précisé que 300 emplois étaient en jeu.", "Matignon"),
    ("« Non », a dit le maire. Paris a réclamé 300 euros.", "Paris"),
    ("Selon Météo-France, 300 communes sont en alerte.", "Météo-France"),
])
def test_a_news_outlet_or_a_body_named_alone_is_a_body(of, body, name):
    article = of(body)
    assert [(s.name, s.kind, s.naming) for s in article.sources if s.kind != "person"] == [(name, "institution", "named")]


def test_an_agency_stays_an_agency_whatever_outlets_are_known(of):
    article = of("Selon Tass, 300 soldats sont morts.")
    assert [(s.name, s.kind) for s in article.sources] == [("TASS", "agency")]


def test_an_inverted_pronoun_speaks_to_the_outlet_it_names(of):
    article = of("Le député Eric Alauzet a parlé. « C'est injuste », s'est-il désolé auprès de France Bleu.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [
        ("Eric Alauzet", ["a parlé", "s'est-il désolé auprès de France Bleu"])]


def test_a_pronoun_stands_for_the_one_quoted_not_the_outlet_that_reported_it(of):
    article = of("Le maire a parlé. « Il faut agir », rapporte France Bleu. « C'est grave », a-t-il ajouté.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("le maire", 2), ("France Bleu", 1)]


def test_on_names_whom_it_heard(of):
    article = of("Un incendie a eu lieu, a-t-on appris auprès de la police.")
    assert [s.name for s in article.sources] == ["la police"]


def test_a_pronoun_stands_for_a_person_a_sentence_since_names_in_full(of):
    article = of("Le député Eric Alauzet était furieux. « C'est injuste », s'est-il désolé.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [("Eric Alauzet", ["s'est-il désolé"])]


@pytest.mark.parametrize("body, sources", [
    # the source named after the subject is the nearer one
    ("Paul Roux était là. « Non », a dit le maire. « Oui », a-t-il ajouté.", [("le maire", 2)]),
    # a subject that is no full name speaks only in its gender and number
    ("Les voisins décident de partir. « C'est dur », dit-il.", []),
    # nor is a common word with its complement
    ("Membre du Collectif Paris, il défend les locataires. « C'est injuste », regrette-t-il.", []),
])
def test_a_pronoun_takes_no_subject_but_a_full_name_after_the_last_source(of, body, sources):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == sources


def test_a_line_break_opens_as_a_full_stop_does(registry):
    article = sources_of_text("Titre\n\nCela se traduit par un « double mépris » du peuple.\n", registry=registry)
    assert article.sources == []


@pytest.mark.parametrize("body, name", [
    ("Interrogé par Le Parisien, le maire a déclaré que 300 personnes étaient là.", "le maire"),
    ("Le maire, contacté par l'AFP, a affirmé que 300 personnes étaient là.", "le maire"),
    ("Contactée par RTL, Marie Dupont assure que 300 personnes étaient là.", "Marie Dupont"),
    # an outlet asked speaks as a body would
    ("Contactée par Le Parisien, TF1 assure que 300 personnes étaient là.", "TF1"),
])
def test_the_one_asked_speaks_not_the_one_who_asked(of, body, name):
    article = of(body)
    assert [(s.name, len(s.cues)) for s in article.sources if "attribution" in s.roles] == [(name, 2)]


@pytest.mark.parametrize("body, name", [
    ("« C'est grave », a déclaré le Pr Perronne.", "le Pr Perronne"),
    ("Le Dr Sean Conley a déclaré que 300 patients étaient guéris.", "Le Dr Sean Conley"),
])
def test_a_name_after_an_abbreviated_title_is_a_person(of, body, name):
    assert [(s.name, s.kind, s.naming) for s in of(body).sources] == [(name, "person", "named")]


@pytest.mark.parametrize("subject, naming", [
    ("L'avocat de Patrick Balkany", "described"),  # named by whom he is the lawyer of
    ("La mère de Simon Gautier", "described"),
    ("Le ministre de l'Économie Bruno Le Maire", "named"),  # the name after the complement is his
    ("Le ministre de l'Écologie François de Rugy", "named"),
])
def test_a_name_in_a_complement_names_the_complement_not_the_person(of, subject, naming):
    article = of(f"{subject} a déclaré que 300 emplois étaient perdus.")
    assert [(s.kind, s.naming) for s in article.sources] == [("person", naming)]


def test_a_word_of_the_words_quoted_is_no_source(of):
    # the words quoted glued to the sentence before, as collected articles often have them
    article = of("Le clash était-il calculé ?par rtl.fr\"Faux !\", rétorque l'entourage de Valérie Pécresse.")
    assert [(s.name, s.naming) for s in article.sources] == [("l'entourage de Valérie Pécresse", "described")]


@pytest.mark.parametrize("body, name", [
    # before a relative clause
    ("Selon le site Buzzfeed qui a révélé l'affaire, 300 personnes étaient là.", "le site Buzzfeed"),
    ("« Il faut agir », a dit le maire, qui a vu 300 personnes.", "le maire"),
    # before words that hold no description; others may stand inside one
    ("« Il faut agir », a insisté le Premier ministre devant les députés.", "le Premier ministre"),
    ("« Bon », a dit Flavie Flament avant de partir.", "Flavie Flament"),
    ("Selon Médecins sans frontières, 300 blessés sont arrivés.", "Médecins sans frontières"),
    # before a conjunction that opens a clause
    ("« Il faut agir », note Paul Roux lorsque la vidéo commence.", "Paul Roux"),
])
def test_a_source_s_name_ends_where_what_follows_begins(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


def test_an_outlet_that_carries_the_words_is_not_who_spoke(of):
    article = of("« Elle ne peut pas suivre seule », a expliqué sa mère, Valérie Roux, au micro de RTL.")
    assert [s.name for s in article.sources] == ["Valérie Roux"]


@pytest.mark.parametrize("body, name, kind", [
    # past a title's particles and capitals
    ("M. Le Goff a affirmé que 300 emplois seraient créés.", "M. Le Goff", "person"),
    ("Selon Mme le Bihan, 300 emplois seront créés.", "Mme le Bihan", "person"),
    ("« Il faut agir », dit M. el Amrani.", "M. el Amrani", "person"),
    # past digits or a sign glued to it: no person's name holds digits
    ("Selon L117, 300 chiens ont été abandonnés cet été.", "L117", "institution"),
    ("L117 réclame la fermeture « immédiate » du refuge.", "L117", "institution"),
    ("Selon Canal+, 300 000 abonnés sont partis.", "Canal+", "institution"),
    ("Canal+ a annoncé que 300 000 abonnés étaient partis.", "Canal+", "institution"),
])
def test_a_name_reads_past_a_title_s_particles_and_glued_digits_or_signs(of, body, name, kind):
    assert [(s.name, s.kind) for s in of(body).sources] == [(name, kind)]


@pytest.mark.parametrize("body, name", [
    ("« Il faut agir », a résumé sur LCI le sondeur Jean Roux.", "Jean Roux"),
    ("« Il faut agir », déplorait lundi au micro de RTL le président du parti.", "le président du parti"),
    ("« Il faut agir », a témoigné auprès de France Bleu le père d'un pilote.", "le père d'un pilote"),
    ("« Il faut agir », raconte dans Le Parisien l'interprète de la chanson.", "l'interprète de la chanson"),
    ("« Il faut agir », se désole auprès de l'AFP Paul Roux, le directeur du festival.", "Paul Roux"),
])
def test_an_inverted_verb_s_speaker_comes_after_the_outlet_the_words_went_through(of, body, name):
    assert [s.name for s in of(body).sources if "attribution" in s.roles] == [name]


@pytest.mark.parametrize("body, name", [
    ("L'ONG Vigifood publie un rapport. Selon Vigifood, 30 % des produits sont trop sucrés.", "Vigifood"),
    ("Le groupe pétrolier Totem rachète une usine. Selon Totem, 300 emplois seront créés.", "Totem"),
    ("Les dons passent par Cagnotix. Cagnotix, la plateforme de cagnottes, a indiqué que 300 cagnottes avaient "
     "été ouvertes.", "Cagnotix"),
])
def test_a_lone_name_the_article_writes_beside_a_body_s_noun_is_a_body(of, body, name):
    assert (name, "institution") in [(s.name, s.kind) for s in of(body).sources]


@pytest.mark.parametrize("body, name", [
    ("Selon Marco, 300 personnes étaient là. La maison de Marco est grande.", "Marco"),
    ("« C'est un jeu d'adresse », analyse Michel, du club de pétanque du village.", "Michel"),
])
def test_a_lone_name_beside_a_noun_it_does_not_follow_is_a_person(of, body, name):
    assert [(s.name, s.kind) for s in of(body).sources] == [(name, "person")]


@pytest.mark.parametrize("body, name", [
    ("Jean Valmont était furieux. « C'est fini », explique dans Le Parisien celui qui a tout perdu.", "Jean Valmont"),
    ("« Nous reviendrons », a dit Anne Roux. « C'est promis », assure celle qui dirige le club.", "Anne Roux"),
])
def test_celui_qui_names_again_the_one_the_article_speaks_of(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


def test_celui_qui_with_no_one_named_before_is_no_source(of):
    assert of("« Il faut agir », déclare celui qui a tout vu.").sources == []


@pytest.mark.parametrize("quotation", ["« La panne a été résolue »", "\"La panne a été résolue\""])
def test_a_verb_after_a_quotation_is_one_citation(of, quotation):
    article = of(f"{quotation}, a indiqué la commune.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [("la commune", ["a indiqué la commune"])]


def test_the_outlet_before_the_speaker_of_a_verb_after_a_quotation_is_no_second_source(of):
    article = of("« Nous avons tenu parole », a résumé sur France Bleu la maire Anne Durand.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("Anne Durand", 1)]


@pytest.mark.parametrize("body, sources", [
    # "elle" stands for no "le ministre": the pronoun is left with no source
    ("« Nous partirons », a déclaré le ministre de l'Intérieur. « C'est fini », a-t-elle ajouté.",
     [("le ministre de l'Intérieur", 1)]),
    # but for the last source of its gender
    ("« Nous partirons », a déclaré la porte-parole. « Bien sûr », a répondu le maire. « C'est fini », a-t-elle ajouté.",
     [("la porte-parole", 2), ("le maire", 1)]),
    # a name tells no gender: it agrees with either pronoun
    ("« Nous partirons », a déclaré Camille Roux. « C'est fini », a-t-elle ajouté.", [("Camille Roux", 2)]),
])
def test_a_pronoun_stands_for_a_source_of_its_gender(of, body, sources):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == sources


@pytest.mark.parametrize("body, name", [
    ("« Les gens ne comprennent pas ce qui se passe », a recadré Camille Dubreuil jeudi.", "Camille Dubreuil"),
    ("« Les gens ne comprennent pas ce qui se passe », chante Maxime Le Roux. Un texte.", "Maxime Le Roux"),
    ("« Les gens ne comprennent pas ce qui se passe », opine Jean de Valmy, professeur.", "Jean de Valmy"),
    # a capitalised word that opens what follows, a full stop lost, is no part of the name
    ("« Les gens ne comprennent pas ce qui se passe », a recadré Camille Dubreuil Le 14 juillet, il part.",
     "Camille Dubreuil"),
])
def test_the_speaker_of_an_incise_is_read_to_the_end_of_the_name(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body", [
    "Cela fait très mal, explique le médecin.",
    "Cela d'autant plus que 300 personnes sont venues, a indiqué le médecin.",
])
def test_cela_before_a_verb_of_saying_is_no_source(of, body):
    assert [s.name for s in of(body).sources] == ["le médecin"]


@pytest.mark.parametrize("body, name", [
    ("Paul Roux a subi les foudres de Luc Ferry, qui a critiqué son attitude.", "Luc Ferry"),
    ("« Le texte sera rejeté », a indiqué leur patron Damien Abad, qui juge la loi mal conçue.", "Damien Abad"),
    ("Le maire a réagi après la visite de la ministre, qui a déclaré que la digue tiendrait.", "la ministre"),
    ("La réforme est contestée par une alliance des partis de gauche qui exigent des explications.",
     "une alliance des partis de gauche"),
    ("Le FN est passé par l'intermédiaire de son eurodéputée Sophie Montel, qui a dénoncé des emplois fictifs.",
     "Sophie Montel"),
    ("Même son de cloche du côté de Nicolas Dupont-Aignan qui dit que la réforme est injuste.", "Nicolas Dupont-Aignan"),
    ("Le ministre de la Santé – qui a regretté depuis ses mots – sera entendu.", "le ministre de la Santé"),
])
def test_the_subject_of_a_verb_after_qui_is_the_relative_s_antecedent(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


def test_a_relative_with_no_antecedent_read_names_no_source(of):
    # the antecedent is in quotation marks, a term: no one, rather than the sentence's subject
    article = of("Le maire a visité le « Café des sports », qui a annoncé sa fermeture.")
    assert [c.text for s in article.sources for c in s.cues if "annoncé" in c.text] == []


def test_a_pronoun_stands_for_the_subject_not_a_relative_s_antecedent(of):
    article = of("Paul Roux a croisé Luc Ferry, qui a critiqué son attitude. « C'est injuste », a-t-il ajouté.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("Paul Roux", 1), ("Luc Ferry", 1)]


@pytest.mark.parametrize("body, name", [
    ("La plaignante avait contesté la décision, mais la cour d'appel de Paris avait jugé que rien ne changeait.",
     "la cour d'appel de Paris"),
    ("Le maire veut rouvrir la plage, alors que le préfet Paul Morel estime que le risque demeure.", "Paul Morel"),
    ("Les soignants sont épuisés. Si le gouvernement leur a promis une prime, rien n'est venu.", "le gouvernement"),
    ("Le bilan continue de s'alourdir et les épidémiologistes estiment que le pic approche.",
     "les épidémiologistes"),
    ("La grève se poursuit, même si le ministre du Travail assure que le mouvement faiblit.",
     "le ministre du Travail"),
    ("Paul Roux a visité l'usine du maire Marc Durand et la ministre Léa Morel accuse la majorité.",
     "Léa Morel"),
])
def test_a_verb_in_a_clause_of_its_own_has_that_clause_s_subject(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    ("Paul Roux et Léa Morel ont déclaré que tout allait bien.", "Paul Roux et Léa Morel"),
    ("Le Parisien et 20 Minutes ont noté la hausse des prix.", "Le Parisien"),
    ("Le ministre Paul Roux, la maire Léa Morel et le préfet Marc Durand ont annoncé un plan.", "Paul Roux"),
])
def test_names_joined_by_et_are_one_subject_not_two_clauses(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body", [
    "Un classement établi par Greenpeace et l'Unicef France indique que 300 écoles sont concernées.",
    "Des milliardaires tels que Warren Buffett et Bill Gates demandent à payer plus d'impôts.",
])
def test_et_right_after_a_name_joins_names_not_clauses(of, body):
    # the verb's subject holds both names: the last one alone is not its source
    assert not [s.name for s in of(body).sources if s.name in ("l'Unicef France", "Bill Gates")]


def test_a_thing_subject_of_a_clause_names_no_source(of):
    # the weather does not speak, and the sentence's subject is not its subject
    assert of("Le maire Paul Roux a fermé la plage, alors que la météo annonce de fortes pluies.").sources == []


def test_a_pronoun_subject_of_a_clause_stands_for_its_sentence_s_subject(of):
    article = of("Le joueur Paul Roux a fait sensation lorsqu'il a déclaré vouloir partir.")
    assert [s.name for s in article.sources] == ["Paul Roux"]


def test_a_pronoun_stands_for_the_sentence_s_subject_not_one_of_a_subordinate_clause(of):
    article = of("Le ministre Paul Roux a jugé « sage » que le gouvernement demande un délai. "
                 "« Il le faut », a-t-il ajouté.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("Paul Roux", 2), ("le gouvernement", 1)]


def test_a_clause_linked_by_mais_gives_its_subject_to_the_pronoun_after_it(of):
    article = of("La plaignante avait contesté la décision, mais la cour d'appel avait jugé la plainte close. "
                 "Elle a ajouté que le dossier restait ouvert.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("la cour d'appel", 2)]


@pytest.mark.parametrize("body, name", [
    ("Si Anne Morel a déclaré que la ville tiendrait, rien n'est sûr.", "Anne Morel"),
    ("Quand Paul Roux a déclaré que la ville tiendrait, personne n'a ri.", "Paul Roux"),
    ("Même l'ARS a reconnu que 300 lits manquaient.", "l'ARS"),
])
def test_a_subject_s_words_open_after_the_conjunction_opening_its_sentence(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    ("« Rien », confirme-t-on du côté de la présidence.", "la présidence"),
    ("« Nous avons un beau budget », relativise-t-on chez LREM.", "LREM"),
])
def test_the_one_on_whose_side_the_words_were_heard_is_their_source(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    ("Interrogé sur France Info, le président (LR) du Sénat Paul Larcheron a jugé que la crise durera.",
     "Paul Larcheron"),
    ("Contacté par l'AFP, le porte-parole de M. Rutte a refusé de commenter.", "le porte-parole de M. Rutte"),
    ("Le porte-parole de M. Ngobila a déclaré que le gouverneur n'y était pour rien.",
     "le porte-parole de M. Ngobila"),
    ("« Rien », s'est interrogée la secrétaire d'État à la Transition écologique Brune Poirson.",
     "la secrétaire d'État à la Transition écologique Brune Poirson"),
    ("« Non », déclare le ministre de l'Europe et des Affaires étrangères Jean-Yves Le Drian.",
     "le ministre de l'Europe et des Affaires étrangères Jean-Yves Le Drian"),
])
def test_a_source_s_words_never_end_inside_a_name(of, body, name):
    assert [s.name for s in of(body).sources if "AFP" not in s.name] == [name]


@pytest.mark.parametrize("body, source", [
    # A title in capitals is a person's: their name after a comma is theirs.
    ("« Rien n'est décidé », a déclaré le PDG de SNCF Réseau, Patrick Jeantet.", ("Patrick Jeantet", "person", "named")),
    ("Le PDG de la société a estimé que « rien n'est décidé ».", ("le PDG de la société", "person", "described")),
    # A name after a comma, with its title "M.", "Mme".
    ("Le porte-parole du parti, M. Durand, a affirmé que « rien n'est décidé ».", ("M. Durand", "person", "named")),
    # A complement of two capitalised words before a first name and a surname.
    ("« Rien n'est décidé », a déclaré le patron de Vega Industries Paul Durand.", ("Paul Durand", "person", "named")),
])
def test_a_title_s_complement_and_the_name_after_it(of, body, source):
    assert [(s.name, s.kind, s.naming) for s in of(body).sources] == [source]


@pytest.mark.parametrize("body, name", [
    # A second domain, joined to the title's own: one title.
    ("« Rien n'est décidé », a déclaré le ministre de l'Europe et des Affaires étrangères.",
     "le ministre de l'Europe et des Affaires étrangères"),
    # Others after the title: people in lower case, or a title with no domain of its own.
    ("« Rien n'est décidé », a déclaré le ministre de l'Intérieur et des élus du Nord.", "le ministre de l'Intérieur"),
    ("« Rien n'est décidé », a déclaré le maire et des Amis du parc.", "le maire"),
])
def test_a_title_goes_on_over_a_second_domain_after_an_inverted_verb(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    ("« Oui », a déclaré Paul Roux à France Bleu.", "Paul Roux"),
    ("« Oui », a rétorqué Paul Roux aux Français depuis Buenos Aires.", "Paul Roux"),
    ("« Oui », explique l'historien Paul Roux à Léa Morel.", "Paul Roux"),
])
def test_the_one_the_words_were_said_to_is_not_part_of_the_speaker_s_name(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


def test_a_first_name_tells_the_gender_a_pronoun_agrees_with(of):
    article = of("Sophie Davant raconte ses débuts. Son producteur, Jacques Antoine, était alors furieux. "
                 "« Personne ne m'a défendue », raconte-t-elle.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [
        ("Sophie Davant", ["raconte ses débuts", "raconte-t-elle"])]


def test_a_pronoun_stands_for_no_source_whose_first_name_is_of_the_other_gender(of):
    article = of("« Nous tiendrons », a déclaré Paul Roux. « Rien ne bougera », a-t-elle ajouté.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("Paul Roux", 1)]


@pytest.mark.parametrize("body, names", [
    ("UNE MINISTRE RECADRÉE Annick Girardin a estimé que tout allait bien.", ["Annick Girardin"]),
    ("« Rien ne change », a déclaré la maire.UN MAIRE DÉBORDÉ Il a ajouté que tout allait bien.", ["la maire"]),
    ("La SNCF a annoncé 300 trains. L'AP-HP a déclaré que 20 lits manquaient.", ["La SNCF", "L'AP-HP"]),
])
def test_a_subheading_in_capitals_glued_to_the_text_is_no_one_s_name(of, body, names):
    assert [s.name for s in of(body).sources] == names


@pytest.mark.parametrize("body, names", [
    ("Les commerçants tirent le rideau de ferLa préfecture a indiqué que 300 magasins ferment.", ["la préfecture"]),
    ("Soutien aux manifestationsLa députée Léa Morel a déclaré qu'elle irait.", ["la députée Léa Morel"]),
])
def test_a_heading_glued_to_the_sentence_after_it_is_no_one_s_name(of, body, names):
    assert [s.name for s in of(body).sources] == names


def test_a_pronoun_stands_for_the_person_its_own_sentence_names_before_it(of):
    article = of("Le maire a visité le village. Depuis 15 ans, Marie Cau n'a vécu ici « ni brimades » : "
                 "« les gens sont bienveillants », confie-t-elle.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [
        ("Marie Cau", ["confie-t-elle"])]


@pytest.mark.parametrize("headline, name", [
    ("« Nous aussi on veut un logement » : le DAL manifeste devant la mairie", "le DAL"),
    ("« Je suis du monde d'avant » : Nicolas Sarkozy exclut un retour en politique", "Nicolas Sarkozy"),
    ("« Rien ne change » : le boxeur français devra rendre des comptes", "le boxeur"),
    ("« Nous tiendrons » : la ministre de la Santé Agnès Buzyn", "Agnès Buzyn"),
])
def test_a_headline_s_clause_after_the_words_quoted_speaks_by_its_subject(registry, headline, name):
    article = sources_of_text(f"{headline}\n\nLe texte de l'article.\n", registry=registry)
    assert [s.name for s in article.sources] == [name]


def test_a_channel_right_after_a_verb_is_the_one_its_speaker_spoke_through(of):
    article = of("Paul Roux sera juré. « Il a été choisi », précise la chaîne Yahoo dans un communiqué.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [
        ("la chaîne Yahoo", ["précise la chaîne Yahoo", "dans un communiqué"])]


def test_names_coordinated_after_an_inverted_verb_are_one_source(of):
    article = of("« Nous ne pouvons pas », ont réagi Paris, Berlin et Londres dans un communiqué. "
                 "« Jamais », ont-ils ajouté.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [("Paris, Berlin et Londres", 3)]


@pytest.mark.parametrize("body, name", [
    ("La mairie de Paris vient d'annoncer que la plage ouvrira.", "la mairie de Paris"),
    ("« Deux blessés », a indiqué la préfecture sans plus de précisions.", "la préfecture"),
    ("Selon Reporters sans frontières, 50 journalistes ont été tués.", "Reporters sans frontières"),
    ("Le maire (sans étiquette) de Souillac s'est dit choqué.", "le maire (sans étiquette) de Souillac"),
    ("Le royaume entre au capital du Paris FC. Le club l'a officiellement annoncé.", "le club"),
    ("Les milices sont désormais considérées par les Américains comme une menace.", "les Américains"),
    ("Les oppositions de gauche comme de droite ont jugé le texte injuste.", "les oppositions de gauche comme de droite"),
    ("« On n'est pas armés », a reconnu la directrice de l'Ehpad situé dans le parc.", "la directrice de l'Ehpad"),
])
def test_a_source_s_words_end_before_a_verb_that_leads_another_and_before_sans(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    # A word in lower case before an article or a possessive: a verb and its object.
    ("La direction de la chaîne suspend sa présentatrice et se dit « choquée » par ses propos.",
     "la direction de la chaîne"),
    ("Les gendarmes soupçonnent l'ancien associé et se disent « confiants ».", "les gendarmes"),
    # An object pronoun between a noun and a word in lower case: the pronoun and its verb.
    ("Quant à son frère, la chanteuse le décrit comme « son meilleur conseiller », et se félicite de leur "
     "complicité.", "la chanteuse"),
])
def test_a_source_s_words_end_before_a_verb_and_its_object(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    # A preposition before an article, a name in apposition, a superlative, "tout": the words go on.
    ("La Ligue contre le cancer se dit « inquiète » de la hausse.", "la Ligue contre le cancer"),
    ("L'association de lutte contre la corruption se dit « inquiète ».",
     "l'association de lutte contre la corruption"),
    ("Le journal le Monde se dit « surpris » par la décision.", "le journal le Monde"),
    ("Les élus les plus anciens se disent « inquiets ».", "les élus les plus anciens"),
    ("Tout le monde se dit « satisfait » de l'accord.", "Tout le monde"),
    # An infinitive and its object.
    ("Les défenseurs du droit à interrompre leur grossesse se disent « inquiets ».",
     "les défenseurs du droit à interrompre leur grossesse"),
    ("L'équipe chargée de réaliser le calcul se dit « prête ».", "l'équipe chargée de réaliser le calcul"),
])
def test_a_source_s_words_go_on_over_a_preposition_a_name_a_superlative_and_an_infinitive(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    ("« Rien », explique à LCI Ronan Kerdraon, le maire de Plérin.", "Ronan Kerdraon"),
    ("« Rien », a expliqué au tribunal Me Pascal Ormen.", "Me Pascal Ormen"),
    ("« Rien », a indiqué à la radio DZBB, Chris Adique, en charge des secours.", "Chris Adique"),
    ("Le député, Paul Roux, a expliqué à France Bleu Normandie que l'usine fermerait.", "Paul Roux"),
    ("« Il n'était pas seul », explique à BBC Mundo Cathleen Lewis, conservatrice.", "Cathleen Lewis"),
    # The speaker's words run on from a long sentence: the outlet's name is read whole before them.
    ("« Il était très connu dans la culture populaire », explique à BBC Mundo Cathleen Lewis, historienne "
     "spécialisée dans les programmes spatiaux.", "Cathleen Lewis"),
])
def test_the_speaker_named_after_the_outlet_the_words_were_said_to(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


def test_the_one_a_request_was_made_to_is_not_its_source(of):
    article = of("Les juges, qui ont entendu le prêcheur, avaient demandé à un expert judiciaire réputé, "
                 "le Dr Paul Roux, de conclure.")
    assert [s.name for s in article.sources] == ["les juges"]


def test_the_speaker_a_comma_sets_after_an_inverted_verb_and_its_listener(of):
    article = of("« Plus de 150 cas sont étudiés », a expliqué à l'AFP, le colonel Paul Roux, coordinateur de "
                 "l'enquête. Il a ajouté que rien n'était joué.")
    assert [(s.name, len(s.cues)) for s in article.sources if s.kind != "agency"] == [("Paul Roux", 2)]


@pytest.mark.parametrize("body, name", [
    ("Jeudi, le président de la commission des Transports de la Chambre, Paul Roux, a appelé les compagnies à agir.",
     "le président de la commission des Transports de la Chambre"),
    ("Dans la foulée, la ministre, ancienne directrice de l'Ena, a publié deux tweets.", "la ministre"),
])
def test_words_after_a_verb_that_follows_its_subject_and_an_apposition_are_its_object(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


def test_two_longer_names_a_shorter_one_starts_are_two_sources_and_it_names_the_last(of):
    article = of("« Deux blessés », a indiqué la préfecture des Ardennes. À Lille, « un mort », a précisé la "
                 "préfecture du Nord. « Rien de plus », a ajouté la préfecture.")
    assert [(s.name, len(s.cues)) for s in article.sources] == [
        ("la préfecture des Ardennes", 1), ("la préfecture du Nord", 2)]


def test_ce_dernier_stands_for_the_last_one_named_by_a_first_name_of_its_gender(of):
    article = of("« C'est une fusillade », a affirmé Maxime Nicolle à Hugo Clément. Ce dernier a répondu que "
                 "rien ne le prouvait.")
    assert [(s.name, [c.text for c in s.cues]) for s in article.sources] == [
        ("Maxime Nicolle", ["a affirmé Maxime Nicolle à Hugo Clément"]), ("Hugo Clément", ["a répondu"])]


@pytest.mark.parametrize("body, name", [
    ("Selon les informations du Canard enchaîné, le ministre démissionnera.", "les informations du Canard enchaîné"),
    ("Selon les informations du Journal du Dimanche, le ministre démissionnera.",
     "les informations du Journal du Dimanche"),
    ("Selon le JT de France 3, le préfet a démissionné.", "le JT de France 3"),
])
def test_a_known_name_the_words_end_in_is_read_whole_whatever_the_case_of_its_last_words(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("headline", [
    "Pays-Bas : des timbres à l'effigie d'un « mannequin »",
    "Loiret : ils ont trouvé l'amour grâce aux « gilets jaunes »",
    "Pompiers : la prime ne doit pas être « renvoyée aux calendes grecques »",
    "Ligue 1 : le match reporté à la demande du « gouvernement princier »",
])
def test_a_headline_s_label_before_a_colon_is_no_speaker(registry, headline):
    assert sources_of_text(f"{headline}\n\nLe texte.\n", registry=registry).sources == []


def test_a_clause_before_a_colon_is_no_label(registry):
    headline = "François Hollande tacle Emmanuel Macron : la crise résulte de « décisions malencontreuses »"
    article = sources_of_text(f"{headline}\n\nLe texte.\n", registry=registry)
    assert [s.name for s in article.sources] == ["François Hollande"]


def test_a_headline_s_speaker_before_a_colon_and_a_quotation_speaks(registry):
    article = sources_of_text("Le maire : « Nous reconstruirons »\n\nLe texte.\n", registry=registry)
    assert [s.name for s in article.sources] == ["le maire"]


@pytest.mark.parametrize("body, sources", [
    # "ils" stands for no one person, "il" for no group
    ("« Nous partirons », a déclaré Paul Roux. « C'est fini », ont-ils ajouté.", [("Paul Roux", 1)]),
    ("« Nous partirons », ont déclaré les avocats. « C'est fini », a-t-il ajouté.", [("les avocats", 1)]),
    # but each for the last source of its number
    ("« Nous partirons », ont déclaré les avocats. « Bien sûr », a répondu Paul Roux. « C'est fini », ont-ils ajouté.",
     [("les avocats", 2), ("Paul Roux", 1)]),
])
def test_a_pronoun_stands_for_a_source_of_its_number(of, body, sources):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == sources


@pytest.mark.parametrize("body, name", [
    ("« Nous évoluerons », a réagi son président François Daugeron, interrogé par Le Figaro.", "François Daugeron"),
    ("« Le risque est là », avertit l'architecte de 62 ans interrogé par la radio.", "l'architecte de 62 ans"),
])
def test_the_one_asked_is_the_one_named_right_before_the_participle(of, body, name):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == [(name, 2)]


@pytest.mark.parametrize("body", [
    "« L'effort est équilibré », a-t-il expliqué, interrogé par Patrick Cohen.",
    "« L'effort est équilibré ». Joint par RTL, il n'a pas voulu en dire plus.",
])
def test_the_one_who_asked_is_never_the_source(of, body):
    assert [s.name for s in of(body).sources] == []


def test_the_pollster_who_asked_respondents_is_the_source_of_their_figures(of):
    article = of("Au total, 58 % des personnes interrogées par l'Ifop disent vouloir partir.")
    assert [s.name for s in article.sources] == ["l'Ifop"]


@pytest.mark.parametrize("body, sources", [
    # with no source before it, a pronoun stands for the subject described before it, of its gender
    ("Le directeur veut garder espoir. « C'est déjà arrivé », se souvient-il.", [("le directeur", 1)]),
    ("La ministre a visité le site. « Nous reviendrons », a-t-il promis.", []),
    # but not for one its words quote
    ("« Nous sommes en colère. Le préfet a menti. » Selon lui, rien n'a changé.", []),
    # after a source, for that source, as before
    ("« Nous partirons », a déclaré Paul Roux. Le directeur veut garder espoir. « C'est arrivé », se souvient-il.",
     [("Paul Roux", 2)]),
])
def test_a_pronoun_with_no_source_before_it_stands_for_a_subject_of_its_gender(of, body, sources):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == sources


@pytest.mark.parametrize("body, sources", [
    # a subject of several names is one source of all of them, plural
    ("Isabelle Roux, Léa Martin et Anne Morel ont déploré la stratégie. « C'est faux », ont-elles ajouté.",
     [("Isabelle Roux, Léa Martin et Anne Morel", 2)]),
    ("Paris, Berlin et Londres ont réagi dans un communiqué commun.", [("Paris, Berlin et Londres", 1)]),
    # and no one of them alone
    ("« Je pars », a déclaré Paul Roux. Paul Roux et Léa Martin ont déclaré que tout allait mal.",
     [("Paul Roux", 1), ("Paul Roux et Léa Martin", 1)]),
])
def test_names_coordinated_in_a_subject_are_one_source_of_them_all(of, body, sources):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == sources


@pytest.mark.parametrize("body, name", [
    # a word in lower case after a name is its verb, not the name's
    ("Marine Le Pen vient pour sa part d'annoncer qu'elle serait candidate.", "Marine Le Pen"),
    ("Nicolas Hulot sort de son silence et affirme que tout est perdu.", "Nicolas Hulot"),
    # but a name goes on over words in brackets, a complement, a glued particle, a body's known name
    ("Jean-Luc Mélenchon (LFI) a déclaré que tout était perdu.", "Jean-Luc Mélenchon (LFI)"),
    ("Abdel Rahmane al-Houwaiti avait affirmé que tout était perdu.", "Abdel Rahmane al-Houwaiti"),
    ("Santé publique France a indiqué que 300 cas étaient recensés.", "Santé publique France"),
])
def test_a_name_subject_ends_before_its_verb(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("headline, name", [
    ("Foie gras : L214 dénonce les conditions d'élevage", "L214"),
    ("Réforme des retraites : Jean-Paul Delevoye assure que rien n'est décidé", "Jean-Paul Delevoye"),
])
def test_the_subject_of_a_headline_is_read_after_its_label(registry, headline, name):
    article = sources_of_text(f"{headline}\n\nLe texte.\n", registry=registry)
    assert [s.name for s in article.sources] == [name]


def test_a_person_after_an_inverted_verb_speaks_not_the_body_the_words_are_about(of):
    article = of("Le Sénat « ne se laissera pas intimider », a réagi le chef de file des sénateurs.")
    assert [s.name for s in article.sources] == ["le chef de file des sénateurs"]


@pytest.mark.parametrize("body, sources", [
    # after "l'", a person's noun tells the gender by its ending
    ("« Nous partirons », a déclaré l'avocate. « C'est fini », a-t-il ajouté.", [("l'avocate", 1)]),
    ("L'acteur est rentré à Paris. « C'est fini », a-t-il confié.", [("l'acteur", 1)]),
    ("L'actrice est rentrée à Paris. « C'est fini », a-t-il confié.", []),
])
def test_a_noun_after_an_elided_article_tells_its_gender_by_its_ending(of, body, sources):
    assert [(s.name, len(s.cues)) for s in of(body).sources] == sources


@pytest.mark.parametrize("body, naming", [
    # a name right after a person's noun is the person's
    ("« Nous prierons », a déclaré le pape François.", "named"),
    ("« Nous tiendrons », a affirmé le général Lecointre.", "named"),
    # initials are a party's, a name after "de" the complement's
    ("« Nous voterons contre », a déclaré le député LREM.", "described"),
    ("« Non », a répondu l'avocat de Balkany.", "described"),
])
def test_a_name_right_after_a_person_s_noun_names_the_person(of, body, naming):
    assert [s.naming for s in of(body).sources] == [naming]


@pytest.mark.parametrize("body, name", [
    # words the lexicon reads as a verb or a number complete a known outlet's name
    ("Selon Le Canard Enchaîné, les choses vont mal.", "Le Canard Enchaîné"),
    ("« Nous partirons », rapporte France 3.", "France 3"),
    # but a name on the next line or after a full stop is another one's
    ("Selon Le Parisien, Jean Dupont a parlé.", "Le Parisien"),
])
def test_a_known_outlet_s_name_is_read_whole(of, body, name):
    assert [s.name for s in of(body).sources][0] == name


@pytest.mark.parametrize("body, name", [
    # a council is a body, and the title of its members goes on over it
    ("Selon le conseil régional, 300 lycées sont fermés.", "le conseil régional"),
    ("« Nous tiendrons le calendrier », dit le président du conseil régional, Marc Lenoir.", "Marc Lenoir"),
    ("« La loi est conforme », a tranché le Conseil d'État.", "le Conseil d'État"),
])
def test_a_council_is_a_body_not_a_piece_of_advice(of, body, name):
    assert [s.name for s in of(body).sources] == [name]


@pytest.mark.parametrize("body, name", [
    # a word in lower case before an adverb that follows a verb is the verb, not a describing word
    ("Le Conseil scientifique préconise également un report, estimant que « rien ne presse ».",
     "le Conseil scientifique"),
    ("Le gouvernement soumet ainsi son projet aux syndicats, jugeant que « tout est prêt ».", "le gouvernement"),
    # an adjective before another word stays the subject's
    ("Le conseil scientifique a également estimé que « rien ne presse ».", "le conseil scientifique"),
])
def test_a_subject_ends_before_a_verb_and_its_adverb(of, body, name):
    assert [s.name for s in of(body).sources] == [name]
