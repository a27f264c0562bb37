"""The Lark grammar of attribution phrases, run on tokenised sentences."""
from __future__ import annotations

import pytest

from attrlint.analysis.cues import find_cues, parser
from attrlint.analysis.sentences import split_sentences
from attrlint.analysis.tokens import tokenize


@pytest.fixture(scope="module")
def lexicon(registry):
    return registry.lexicon()


def cues(text, lexicon):
    tokens = tokenize(text, lexicon)
    return [(c.kind, text[c.span.start:c.span.end], c.source_text, c.agency or c.addressee_agency)
            for c in find_cues(tokens, 0, len(tokens), lexicon, text, 0)]


@pytest.mark.parametrize("text, kind, phrase", [
    ("Selon l'agence Yonhap, le tir a eu lieu.", "prepositional", "Selon l'agence Yonhap"),
    ("D'après la police, il a fui.", "prepositional", "D'après la police"),
    ("De source policière, il a fui.", "prepositional", "De source policière"),
    ("Aux dires de ses voisins, il a fui.", "prepositional", "Aux dires de ses voisins"),
    ("À en croire le maire, tout va bien.", "prepositional", "À en croire le maire"),
    ("Toujours selon la même source, il a fui.", "continuation", "Toujours selon la même source"),
    ("Le ministre a déclaré que tout allait bien.", "speech", "a déclaré"),
    ("Le ministre avait affirmé que tout allait bien.", "speech", "avait affirmé"),
    ("Le ministre affirma que tout allait bien.", "speech", "affirma"),
    ("Le ministre affirmera demain que tout va bien.", "speech", "affirmera demain"),
    ("Le ministre a finalement déclaré que tout allait bien.", "speech", "a finalement déclaré"),
    ("La ministre a ouvertement indiqué que tout allait bien.", "speech", "a ouvertement indiqué"),
    ("C'est le quotidien régional qui le révèle ce vendredi.", "speech", "révèle"),
    ("La radio a en outre constaté de nombreux dégâts.", "speech", "a en outre constaté"),
    ("La ministre s'est félicitée du résultat.", "speech", "s'est félicitée"),
    ("« Tout va bien », a-t-il déclaré.", "inverted", "a-t-il déclaré"),
    ("« Tout va bien », déclare-t-elle.", "inverted", "déclare-t-elle"),
    ("« Tout va bien », dit-il à l'AFP.", "inverted", "dit-il à l'AFP"),
    ("Il a fui, a-t-on appris auprès de la police.", "inverted", "a-t-on appris auprès de la police"),
    ("Il a parlé, affirmant que tout allait bien.", "participle", "affirmant"),
    ("Avant d'ajouter : « Tout va bien ».", "participle", "ajouter"),
    ("Le texte, cité par l'agence Yonhap, est clair.", "passive", "cité par l'agence Yonhap"),
    ("Une étude publiée par l'Inserm le montre.", "passive", "publiée par l'Inserm"),
    ("Le maire l'a annoncé dans un communiqué.", "channel", "dans un communiqué"),
    ("Il l'a dit lors d'une conférence de presse.", "channel", "lors d'une conférence de presse"),
    ("Il l'a écrit sur Twitter.", "channel", "sur Twitter"),
    ("Pour le Premier ministre, la réforme est nécessaire.", "prepositional", "Pour le Premier ministre"),
])
def test_cue_phrases(lexicon, text, kind, phrase):
    found = cues(text, lexicon)
    assert any(k == kind and p.startswith(phrase) for k, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Pour l'instant, rien n'a changé.",
    "La méthode selon laquelle les textes étaient coupés.",
    "Le ministre n'a pas précisé combien.",
    "L'annonce du gouvernement a surpris.",
    "Le communiqué a été publié.",
    "Il est arrivé en avance.",
    "Les pluies ont détruit 3 050 tonnes de riz.",
])
def test_not_cues(lexicon, text):
    assert [c for c in cues(text, lexicon) if c[0] in ("prepositional", "speech", "inverted")] == []


def test_words_with_an_adverbs_ending_are_adverbs_and_nouns_are_not(lexicon):
    tokens = tokenize("Le traitement a officieusement remis un élément du logement, discrètement.", lexicon)
    assert {t.text: t.category for t in tokens if t.text.endswith("ment")} == {
        "traitement": "WORD", "officieusement": "ADV", "élément": "WORD", "logement": "WORD", "discrètement": "ADV"}


def test_a_phrase_of_the_lexicon_is_one_token_written_as_the_word_lists_write_it(lexicon):
    # No space after an elided word: "cour d'appel" is looked up in the word lists as written there.
    tokens = tokenize("La cour d’appel a tranché, d'après la même source.", lexicon)
    assert [(t.text, t.lower) for t in tokens if " " in t.text or "'" in t.lower] == [
        ("cour d’appel", "cour d'appel"), ("d'après la même source", "d'après la même source")]


@pytest.mark.parametrize("text, phrase, source", [
    # past an abbreviated title's full stop
    ("Selon M. Garnier, tout va bien.", "Selon M. Garnier", "M. Garnier"),
    ("« Tout va bien », a déclaré Mme Roux.", "a déclaré Mme Roux", "Mme Roux"),
    ("« Tout va bien », a précisé M. Le Goff.", "a précisé M. Le Goff", "M. Le Goff"),
    ("« Tout va bien », a précisé le Dr Paul Martin.", "a précisé le Dr Paul Martin", "le Dr Paul Martin"),
    # past the particles and the capitalised words of the surname after a title, whatever their category
    ("« Tout va bien », a précisé M. Le Maire devant eux.", "a précisé M. Le Maire", "M. Le Maire"),
    ("« Tout va bien », a dit M. el Amrani.", "a dit M. el Amrani", "M. el Amrani"),
    ("« Tout va bien », a dit M. van der Berg.", "a dit M. van der Berg", "M. van der Berg"),
    # past a sign glued to the name
    ("Selon Canal+, tout va bien.", "Selon Canal+", "Canal+"),
    # past the particle of a surname
    ("« Tout va bien », a argumenté Bruno Le Maire.", "a argumenté Bruno Le Maire", "Bruno Le Maire"),
    ("Selon Jean-Yves Le Drian, tout va bien.", "Selon Jean-Yves Le Drian", "Jean-Yves Le Drian"),
    ("« Tout va bien », a dit Charles De Gaulle.", "a dit Charles De Gaulle", "Charles De Gaulle"),
    # an article in lower case after a name is no particle of it
    ("« Tout va bien », a dit Paul le matin.", "a dit Paul", "Paul"),
])
def test_a_source_s_name_reads_past_a_title_s_full_stop_and_a_surname_s_particle(lexicon, text, phrase, source):
    assert [(p, s) for _, p, s, _ in cues(text, lexicon) if s][0] == (phrase, source)


@pytest.mark.parametrize("text, source", [
    ("« Non », a résumé sur LCI le sondeur Jean Roux.", "le sondeur Jean Roux"),
    ("« Non », a déclaré lundi sur France 2 la ministre.", "la ministre"),
    ("« Non », déplorait au micro de RTL le président du parti.", "le président du parti"),
    ("« Non », a salué sur Twitter le directeur de l'association.", "le directeur de l'association"),
    ("« Non », raconte dans Le Parisien l'interprète de la chanson.", "l'interprète de la chanson"),
])
def test_the_speaker_after_the_outlet_or_channel_of_an_inverted_verb(lexicon, text, source):
    assert [s for *_, s, _ in cues(text, lexicon) if s] == [source]


@pytest.mark.parametrize("text, phrase, source", [
    ("Selon ce qu'a appris La Presse, 300 postes seront abolis.", "Selon ce qu'a appris La Presse", "La Presse"),
    ("Selon ce que rapporte la police, 300 postes seront abolis.", "Selon ce que rapporte la police", "la police"),
    ("D'après ce qu'il a expliqué, 300 postes seront abolis.", "D'après ce qu'il a expliqué", "il"),
    ("Selon ce que le ministre a déclaré, 300 postes seront abolis.", "Selon ce que le ministre a déclaré",
     "le ministre"),
])
def test_selon_ce_que_names_who_said_or_learnt_it(lexicon, text, phrase, source):
    assert [(p, s) for kind, p, s, _ in cues(text, lexicon) if kind == "prepositional"] == [(phrase, source)]


@pytest.mark.parametrize("text, phrase, source", [
    ("Il ressort de l'enquête que 300 postes seront abolis.", "Il ressort de l'enquête", "l'enquête"),
    ("Il ressort du rapport que 300 postes seront abolis.", "Il ressort du rapport", "rapport"),
    ("300 postes seront abolis, ressort-il d'un communiqué de la direction.",
     "ressort-il d'un communiqué de la direction", "un communiqué de la direction"),
])
def test_what_emerges_from_a_document_is_sourced_by_it(lexicon, text, phrase, source):
    # "il ressort de X que…", "…, ressort-il de X": X is the source, as in "selon X".
    assert [(p, s) for kind, p, s, _ in cues(text, lexicon) if kind == "prepositional"] == [(phrase, source)]


def test_one_who_comes_out_of_a_meeting_cites_no_source(lexicon):
    assert cues("Le candidat ressort de la réunion avec 300 voix de plus.", lexicon) == []


def test_a_verb_s_own_complement_after_sur_names_no_outlet(lexicon):
    assert [s for *_, s, _ in cues("« Non », a insisté sur la nécessité de réformer les retraites.", lexicon) if s] == []


def test_agency_as_addressee_and_as_source(lexicon):
    assert cues("« Oui », a déclaré le maire à l'AFP.", lexicon)[0][3] == "AFP"
    assert any(a == "Reuters" for *_, a in cues("Les combats ont repris, rapporte l'agence Reuters.", lexicon))


def test_parser_is_built_once():
    assert parser() is parser()


def test_every_grammar_terminal_comes_from_the_lexicon_or_the_tokenizer(lexicon):
    from attrlint.analysis.tokens import _PUNCT_TERMINALS

    known = set(lexicon.words.values()) | set(lexicon.phrases.values()) | set(_PUNCT_TERMINALS.values()) | \
        {"CAP", "WORD", "NUM", "CLITIC_INV"}
    declared = {t.name for t in parser().terminals}
    assert declared <= known, declared - known


@pytest.mark.parametrize("text, expected", [
    ("M. Kim a dit 10.000 soldats. Mme Vassal a répondu.", 2),
    ("Il a lu J. K. Rowling. Puis il est parti.", 2),
    ("« Phrase un. Phrase deux. » Fin.", 3),
    ("Le taux est de 2,5 %. Il baisse.", 2),
    ("Les clients sont partis.Lorsque la salle a rouvert, ils sont revenus.", 2),
    ("Il a dit : \"Oui!\" ajoute-t-il.", 1),
    ("Cela coûte 3 dollars etc. Les autres suivent.", 2),
])
def test_sentence_segmentation(text, expected):
    assert len(split_sentences(text, 0, len(text))) == expected


def test_lexicon_conjugates_added_verbs(lexicon):
    from attrlint.lexicon import load_default_lexicon

    lex = load_default_lexicon()
    assert lex.terminal("claironne") is None
    lex.add_speech_verb("claironner")
    assert lex.terminal("claironne") == "SPEECH_FIN"
    assert lex.terminal("claironné") == "SPEECH_PP"
    assert lex.terminal("claironnant") == "SPEECH_PPR"
    tokens = tokenize("« Tout va bien », claironne le maire.", lex)
    assert [c.kind for c in find_cues(tokens, 0, len(tokens), lex, "", 0)] == ["speech"]


def test_lexicon_adds_agencies(lexicon):
    from attrlint.lexicon import load_default_lexicon

    lex = load_default_lexicon()
    lex.add_agency("NTB", ["NTB", "Norsk Telegrambyrå"], wire=True)
    assert "NTB" in lex.credit_required
    assert lex.terminal("ntb") == "AGENCY"


@pytest.mark.parametrize("text, phrase", [
    ("Jugeant la situation « très grave », le préfet a fermé les bars.", "Jugeant la situation"),
    ("Le maire refuse, estimant être « mis devant le fait accompli ».", "estimant être"),
    ("Elle a quitté la salle, dénonçant « une mascarade ».", "dénonçant"),
])
def test_participle_whose_object_is_quoted(lexicon, text, phrase):
    assert ("participle", phrase) in [(kind, found) for kind, found, _, _ in cues(text, lexicon)]


@pytest.mark.parametrize("text", [
    "Le maire refuse, estimant la somme trop élevée.",
    "Le maire refuse, jugeant les conditions du contrat trop floues pour signer.",
])
def test_participle_without_a_quoted_object_is_not_a_cue(lexicon, text):
    assert [kind for kind, *_ in cues(text, lexicon) if kind == "participle"] == []


@pytest.mark.parametrize("text, phrase", [
    ("Ses collègues le décrivent comme un mentor.", "décrivent"),
    ("Les élèves la qualifiaient de héroïne.", "qualifiaient"),
])
def test_verb_of_saying_after_an_object_pronoun(lexicon, text, phrase):
    assert any(kind == "speech" and found.startswith(phrase) for kind, found, _, _ in cues(text, lexicon))


def test_noun_after_an_article_is_not_a_verb(lexicon):
    assert [c for c in cues("La demande des habitants est restée sans suite.", lexicon) if c[0] == "speech"] == []


@pytest.mark.parametrize("text, source, agency", [
    # The speaker after the agency or the paper addressed is the source, not part of its name.
    ("« Rien n'est décidé », a déclaré à l'AFP Jeanne Morel, la porte-parole.", "Jeanne Morel", "AFP"),
    ("« Rien n'est décidé », dit à Reuters le directeur de l'usine.", "le directeur de l'usine", "Reuters"),
    ("« Rien n'est décidé », a averti dans le quotidien Ouest-France le maire de la ville.",
     "le maire de la ville", None),
])
def test_the_speaker_after_the_addressee_or_channel_of_an_incise(lexicon, text, source, agency):
    [(kind, _, found, named_agency)] = cues(text, lexicon)
    assert (kind, found, named_agency) == ("speech", source, agency)


@pytest.mark.parametrize("text", [
    "Titre\n\nUne réforme jugée « injuste, dangereuse et bien mal préparée » par le président de la région.\n",
    "Titre\n\nLes commerces ont été « invités à la vigilance » par la préfecture de police.\n",
])
def test_the_agent_of_a_passive_around_a_quotation_is_its_source(text):
    from attrlint.api import lint_string
    assert [d.code for d in lint_string(text, select=["QUO001"])] == []


@pytest.mark.parametrize("incise", [
    "a d'abord dit le chef du gouvernement",
    "a par la suite déclaré le maire",
    "a en outre relativisé la ministre",
    "aurait même dit l'un d'eux",
    "a tout d'abord affirmé le président du groupe",
    "a laconiquement déclaré le maire",
    "a tenu à rassurer le médecin",
    "tente d'expliquer vendredi le porte-parole",
    "veut ainsi croire la militante",
    "a pu confirmer sur le terrain l'infirmière",
    "a justifié à la presse le directeur",
    "les a félicités le patron de l'agence",
    "avait notamment lancé cet homme",
    "a dû reconnaître dimanche le ministre",
    "s'est en tout cas exclamée une mère de famille",
    "a d'ores et déjà prévenu le maire",
    "a quant à lui répliqué le maire",
    "a prédit dimanche 1er mai le fondateur du parti",
    "a de fait tranché la Cour",
])
def test_an_incise_with_an_adverb_before_its_verb_names_the_speaker(incise):
    from attrlint.api import lint_string
    text = f"Un article\n\nLa séance a repris. « Nous ne céderons jamais devant ces menaces répétées », {incise}.\n"
    assert [d.code for d in lint_string(text, select=["QUO001"])] == []


@pytest.mark.parametrize("text, phrase, source", [
    ("Selon le « Journal du dimanche », la réunion a eu lieu.", "Selon le « Journal du dimanche »",
     "« Journal du dimanche »"),
    ("Selon le « baromètre d'opinion » de la Drees, 18 % des Français vivaient sous le seuil de pauvreté.",
     "Selon le « baromètre d'opinion » de la Drees", "la Drees"),
])
def test_a_source_named_by_a_title_in_quotation_marks(lexicon, text, phrase, source):
    [(kind, found, source_text, _)] = cues(text, lexicon)
    assert (kind, found, source_text) == ("prepositional", phrase, source)


def test_a_title_in_quotation_marks_is_a_source_after_selon_only(lexicon):
    # After "à", the quotation is what was asked for, not who asked.
    text = "Le syndicat appelle l'État à « diminuer la pression fiscale »."
    assert all("diminuer" not in source for _, _, source, _ in cues(text, lexicon))


def test_a_determiner_glued_to_a_verb_is_no_speaker():
    # ", les soldats sont montés": "son" + "t" is not a subject, nor "soldats" a verb of saying.
    from attrlint.api import lint_string
    text = ("Un article\n\nLa patrouille a progressé de nuit. Arrivés « à une dizaine de mètres des abris », les "
            "soldats sont montés à l'assaut.\n")
    assert [d.code for d in lint_string(text, select=["QUO001"])] == ["QUO001"]


@pytest.mark.parametrize("text", [
    "Le syndicat a, lui, compté près de 600 classes fermées.",
    "Le syndicat a, pour sa part, compté près de 600 classes fermées.",
    "L'association a créé la polémique en affirmant avoir identifié 90 carcasses.",
])
def test_a_subject_set_off_by_commas_and_a_participle_before_an_infinitive_source_a_figure(text):
    from attrlint.api import lint_string
    assert [d.code for d in lint_string(f"Un article\n\n{text}\n", select=["FIG001"])] == []


@pytest.mark.parametrize("sentence", [
    "Le recteur a, pour sa part, estimé que « rien ne justifie une telle violence ».",
    "La commune a, plus tard dans la journée, précisé « qu'aucune autorisation n'a été donnée ».",
])
def test_an_adverbial_set_off_by_commas_between_auxiliary_and_participle_keeps_the_cue(sentence):
    from attrlint.api import lint_string
    assert [d.code for d in lint_string(f"Un article\n\n{sentence}\n", select=["QUO001"])] == []


@pytest.mark.parametrize("text", [
    "Les rapporteurs ont répondu, soulignant en retour que « la mission du Parlement doit être respectée ».",
    "Le Conseil a considéré que cette mesure pouvait « inciter les plateformes à retirer les contenus ».",
])
def test_a_participle_with_an_adverb_and_considerer_que_introduce_words(text):
    from attrlint.api import lint_string
    assert [d.code for d in lint_string(f"Un article\n\n{text}\n", select=["QUO001"])] == []


def test_que_after_a_comparison_introduces_no_words():
    from attrlint.api import lint_string
    # "considèrent … plus discrète que" compares; the figure of the sentence has no source.
    text = ("Un article\n\nLes 16 000 radicalisés la considèrent comme plus discrète que les autres "
            "messageries.\n")
    assert [d.code for d in lint_string(text, select=["FIG001"])] == ["FIG001"]


@pytest.mark.parametrize("text, kind, phrase, source", [
    ("Les 40 licenciements sont injustes, a tenu à rappeler la maire.", "speech", "a tenu à rappeler la maire",
     "la maire"),
    ("La directrice a tenu à préciser que 40 postes seraient supprimés.", "speech", "a tenu à préciser", ""),
    ("Le ministre s'est contenté de déclarer que 40 postes seraient supprimés.", "speech",
     "s'est contenté de déclarer", ""),
    ("Le syndicat a accepté d'expliquer que 40 postes seraient supprimés.", "speech", "a accepté d'expliquer", ""),
    ("Les 40 licenciements sont injustes, s'est-il contenté de répondre.", "inverted",
     "s'est-il contenté de répondre", ""),
    ("Les 40 licenciements sont injustes, a-t-elle tenu à rappeler.", "inverted", "a-t-elle tenu à rappeler", ""),
])
def test_a_participle_governing_an_infinitive_of_saying_is_a_cue(lexicon, text, kind, phrase, source):
    assert any(k == kind and p == phrase and (s or "") == source for k, p, s, _ in cues(text, lexicon)), \
        cues(text, lexicon)


@pytest.mark.parametrize("text", [
    "Plus de 300 logements seront construits, a tenu à rappeler la maire.",
    "Plus de 300 logements seront construits, a tenu à préciser mardi la maire, venue sur le chantier.",
    "Plus de 300 logements seront construits, s'est-elle contentée de répondre.",
])
def test_a_figure_said_by_a_participle_governing_an_infinitive_of_saying_has_a_source(text):
    from attrlint.api import lint_string
    assert [d.code for d in lint_string(f"Un article\n\n{text}\n", select=["FIG001"])] == []


@pytest.mark.parametrize("text", [
    # "tenir à", "se contenter de", "accepter de" with a noun or an infinitive that says nothing.
    "La maire tient à ses 300 logements sociaux.",
    "La maire a tenu à ses 300 logements sociaux.",
    "Le club s'est contenté de 300 euros de subvention.",
    "Le prévenu a accepté de payer 300 euros.",
    # An infinitive of saying with a noun object and no words introduced tells of an act.
    "Plus prudent, le pays voisin, avec 5 000 cas, s'est contenté d'annoncer son aide aux hôpitaux pour "
    "acheter des masques.",
])
def test_a_governing_participle_without_words_said_sources_no_figure(text):
    from attrlint.api import lint_string
    assert [d.code for d in lint_string(f"Un article\n\n{text}\n", select=["FIG001"])] == ["FIG001"]


def test_a_conditional_before_a_governing_participle_keeps_its_span():
    from attrlint.api import lint_string
    # "tenté d'" is one token: the conditional takes in the participle alone, as before.
    text = "Un article\n\nLe feu a pris vers minuit. Les jeunes auraient tenté d'entrer dans l'usine.\n"
    found = [(d.code, text[d.span.start:d.span.end]) for d in lint_string(text, select=["FIG002"])]
    assert found == [("FIG002", "auraient tenté")]


@pytest.mark.parametrize("text, sourced", [
    # A right or an argument put forward, no words introduced: the figure has no source.
    ("Le locataire a fait valoir ses droits devant plus de 300 voisins réunis.", False),
    ("Les syndicats font valoir leurs arguments auprès de 300 salariés.", False),
    # Words introduced, or an incise after them: the speaker is the source.
    ("Le locataire fait valoir que plus de 300 voisins le soutiennent.", True),
    ("Plus de 300 voisins le soutiennent, fait valoir le locataire.", True),
])
def test_faire_valoir_sources_a_figure_only_when_it_introduces_words(text, sourced):
    from attrlint.api import lint_string
    found = [d.code for d in lint_string(f"Un article\n\n{text}\n", select=["FIG001"])]
    assert found == ([] if sourced else ["FIG001"])
