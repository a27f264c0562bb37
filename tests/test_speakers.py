"""SPEC §2.1 rules 4 and 5: speakers no verb of saying names."""
from __future__ import annotations

from functools import partial

import pytest
from cli_run import article as article_with_title, excerpts

article = partial(article_with_title, title="Un titre d'article")


@pytest.mark.parametrize("text", [
    # Woven into a sentence whose subject speaks, whatever the verb.
    "Le maire a défendu « une ville ouverte à tous » devant le conseil.",
    "Elle trouve « une situation catastrophique » dans les écoles du quartier.",
    "Durant la séance, la ministre des Sports a fustigé « des comportements indignes ».",
    "Le rapport dépeint un réseau « opaque et tentaculaire ».",
    "L'ancien ministre Paul Durand a défendu « la liberté de la presse ».",
    "L'ex-ministre veut proposer « une marque de glace équitable, fabriquée chez l'éleveur ».",
    "Le haut-commissaire esquisse un scénario : « les jeunes pourraient cotiser plus tôt ».",
    "La vice-présidente a visité le chantier mardi. « Les travaux avancent bien. »",
    # A colon after words that name the speaker or the document.
    "Autre reproche, venu cette fois de Julie Martin : « Personne ne nous écoute. »",
    "Dans un extrait du jugement, on lit : « Le prévenu a menti. »",
    "Dans la chanson, on entend : « Je reviendrai par le train de nuit. »",
    "Une phrase surplombe les deux portraits : « Nous ne laisserons personne dormir dehors cet hiver. »",
    "Et d'ajouter : « Nous reviendrons l'an prochain. »",
    # The sentence before is about a named person or a pronoun standing for one.
    "Durant cinq heures, il a occupé la grue. « Mon objectif est de me faire entendre. »",
    "Jeanne Morel a ouvert son atelier en 1998. « Je n'ai jamais regretté ce choix. »",
    # ... across a lead of a few words that only announces the words to come
    "La styliste a renoncé à son défilé de juin. La raison ? « Nos tissus ne sont jamais arrivés du port. »",
    "Elle a repris chaque mesure de l'étude. Conclusion : « rien ne prouve que ce filtre soit dangereux ».",
    # ... or about one person named by a title or a description.
    "Le maire a visité le chantier mardi. « Les travaux avancent bien. »",
    "La commerçante de 44 ans a rouvert sa boutique. « C'était une question de survie. »",
    # ... after a time opening the sentence, or by "ce dernier", "cette dernière".
    "La semaine passée, Paul Durand a eu des mots très durs. « Ce projet est une erreur. »",
    "Le lendemain, la ministre a visité le chantier. « Les travaux avancent bien. »",
    "La porte-parole a été jointe par téléphone. Cette dernière a indiqué que le groupe vérifiait ses stocks. "
    "« Une seule sacoche a été retrouvée. »",
    # ... past a long clause before its comma, a date, "il y a" and a time, "s'il …", "jamais"
    "Si elle se dit très inquiète de l'avance prise en ligne par le président sortant, la militante estime "
    "que rien n'est joué. « Il reste encore un mois de campagne. »",
    "Le 1er septembre sur une radio nationale, il avait ouvert la porte à un abandon. « Nous choisirons ensemble. »",
    "Il y a quelques jours, le père de la chanteuse a parlé au magazine. « Je l'ai vue grandir sur scène. »",
    "S'il s'est montré ouvert au débat, il s'est montré ferme sur le fond. « Notre histoire est un bloc. »",
    "Jamais elle n'aurait pensé en arriver là. « Je ne suis pas surprise pour autant. »",
    # ... or by "ce dernier" before an object pronoun, "celle qui", a person the lexicon names
    "Le maire a été interrogé. Ce dernier l'a aussitôt contredit. « Rien n'a été décidé. »",
    "Celle qui est aussi actrice a tenu à s'excuser. « Je présente mes excuses aux spectateurs. »",
    "L'adolescente a assuré qu'elle n'était pas manipulée. « Personnellement je trouve ça drôle. »",
    # ... "l'un d'eux", a name in apposition to its title, "ce à quoi X répond", a time "-là"
    "Les voisins ont été entendus. L'un d'eux ajoute même ne pas avoir eu peur. « Il y avait de la fumée. »",
    "Sa rivale malheureuse, Jeanne Morel a quitté la salle. « Nous reviendrons plus fortes. »",
    "Ce à quoi Paul Durand répond qu'il n'a rien vu. « Je dormais à cette heure-là. »",
    "Ce jour-là, en sortant du studio, Jeanne Morel était loin d'imaginer la suite. « J'étais sereine. »",
    # ... after a phrase that a capitalised first word opens, up to its comma
    "Voyant les menaces peser sur son commerce, M. Gandas perd espoir. « Nous allons tout perdre. »",
    "Grand rival du président sortant, le sénateur Paul Durand a appelé à voter. « L'avenir est en jeu. »",
    # ... or whose source, before its words, is a person ("Selon M. X, …", "Pour lui, …")
    "L'accord vacille. Selon M. Rohani, la levée de l'embargo était essentielle. « Nous ne céderons rien. »",
    "L'équipe arrive. Pour lui, ce match est capital pour la qualification. « Il faut prendre les trois points. »",
    # the subject after a heading ending on a quotation, glued to the sentence by a lost line break
    "Le verdict est tombé mardi. Une libération « inattendue »La cour d'appel a « annulé la décision de placement "
    "en détention » des deux prévenus.",
    # an indefinite pronoun for some of the people spoken of hands them the floor, as "ils" would
    "La réforme divise les enseignants. Certains restent méfiants. « Nous attendons de voir les moyens. »",
    "Le virus recule. D'après le spécialiste, il faudrait s'inspirer du cas chinois. « Ce retournement est riche "
    "d'enseignements. »",
    # ... past adjectives and an elided article, or a title before a name
    "Les pourparlers piétinent. Selon l'ancien ambassadeur français M. Durand, aucun camp ne veut céder. "
    "« Il faudra une médiation venue de l'extérieur. »",
    # ... with a curly apostrophe too
    "Les pourparlers piétinent. Selon l’ancien ambassadeur, aucun camp ne veut céder. "
    "« Il faudra une médiation venue de l’extérieur. »",
    "Le lac se réchauffe. Selon le Dr Jeanne Morel, les algues prolifèrent depuis trois étés. « Nous n'avions "
    "jamais observé cela. »",
    # ... or a noun for one person by the place they occupy
    "Le palais sera rénové. Des travaux trop tardifs selon l'occupant des lieux de 2010 à 2015. « Le toit fuyait "
    "déjà à mon arrivée. »",
    # Woven into a sentence whose subject is a group of people the lexicon names.
    "Les signataires pressent les autorités de « frapper d'obsolescence » les textes anciens.",
    # ... or who seems to do something, or does it while doing something else
    "Aujourd'hui, il semble avoir tourné la page. « Je garde de bons souvenirs de ces années. »",
    "Puis, tout en faisant l'éloge du président, il s'en est pris aux élus. « Je n'ai jamais voté. »",
    # A statement made through a channel goes on in the words that open the next sentence.
    "Le vent s'est levé. Dans un communiqué, le syndicat a déclaré que la grève continuerait. "
    "« Nous ne céderons pas sur les salaires. »",
    # ... and in the words woven into the next sentence, whose subject does not speak.
    "Le conseil s'est réuni lundi. Dans une lettre datée de mardi, le directeur a demandé à la commission un avis "
    "rapide. La question est de savoir « si un médecin peut critiquer ses collègues en public ».",
    # ... the channel inside the phrase of the verb of saying
    "La procédure avance. Vendredi, le parquet a annoncé dans trois courriers successifs la mise en examen des "
    "suspects. Le premier suspect est « soupçonné d'avoir organisé le transport des armes ».",
    # ... or a wire agency the words were said to
    "La procédure avance. Le parquet a confirmé à l'AFP la mise en examen des suspects. Le premier suspect est "
    "« soupçonné d'avoir organisé le transport des armes ».",
    "Le syndicat a déclaré auprès de Reuters que la grève continuerait. « Nous ne céderons pas sur les salaires. »",
    # A sentence that is only a narrative infinitive of saying hands the floor on.
    "Le maire a visité le chantier mardi. Et d'ajouter. « Les travaux avancent bien. »",
    # A verb of saying later in the sentence whose clause the words open (SPEC §2.1 rule 1).
    "Face à une situation « inédite dans l'histoire de la médecine française », le professeur Paul Durand "
    "a expliqué que les volontaires devaient postuler.",
    "« Les heures supplémentaires ne sont pas payées », alors qu'on leur demande davantage explique Julie Martin.",
    # The clause after the colon points back at the words and names their speaker.
    "Le gala a commencé à 21 heures. « Chaque printemps, nous venons ici défendre nos théâtres. Cette fois, "
    "nous sommes venus les sauver » : c'est par ces mots que la chanteuse Lucie Garnier a lancé le gala.",
    # an indefinite pronoun for a group speaks its words (a vague source, for SRC001 to judge)
    "Aux sommations de la police, certains répondaient « Rentrez chez vous » en riant.",
    # "il fait" + an object is someone doing something, not the weather
    "Il fait pourtant un distinguo : « L'artiste était génial, le contribuable beaucoup moins. »",
    # ... or a colon after a clause whose subject is a pronoun standing for a person.
    "Le médecin a été reçu. Mais surtout il posait un constat face au retour des malades : « Cela me semble grave. »",
    "La chanteuse a sorti un album. Dans ce sens elle chante ces paroles : « Je reviendrai demain. »",
    # ... after a clause opened by "alors que"
    "Alors que plusieurs scénarios circulent, il a plaidé pour la fermeture des réacteurs. "
    "« Le nucléaire reste un marqueur important. »",
    # ... with a conjunction before the words, which ties them to that sentence.
    "Jeanne Morel a fait le bilan de son mandat. Mais « nous devons aller plus loin ».",
    "Le maire a visité le chantier mardi. Puis, « nous ouvrirons l'école en septembre ».",
    "Jeanne Morel a fait le bilan de son mandat. Globalement, « le quartier a changé de visage en dix ans et "
    "nous en sommes fiers ».",
    # ... or about a first name the article gave before with a surname.
    "Rachel Martin est médecin à Londres. Son père est tombé malade l'an dernier.\n\n"
    "Rachel a acheté trois billets pour un concert. « Il y a eu ce moment incroyable. »",
    # ... or about a surname the article gave before with a first name.
    "Le physiologiste Bruno Garnier suit les joueurs. Il les pèse chaque semaine.\n\n"
    "Pour finir, Garnier attire l'attention sur l'eau. « Certains joueurs perdent deux kilos par match. »",
    # A pull-quote repeats words attributed further on, however short.
    "« Ça me rend folle ! »\n\nLa chanteuse a réagi sur son compte. « Je ne dis rien d'habitude, mais "
    "là ça me rend folle ! », a-t-elle écrit.",
    # A pull-quote repeats words attributed further on.
    "« Nous avons tout perdu dans l'incendie »\n\nLe feu a pris vers minuit. « Nous avons tout perdu dans "
    "l'incendie », raconte une voisine.",
    # ... or cut and reworded from them, most of its words theirs.
    "« Ne leur parlez pas, ne les lisez pas, ne les regardez pas »\n\nLa militante a pris la parole. "
    "« Ne leur parlez pas, ne les lisez pas et ne les regardez plus jamais », a-t-elle lancé.",
    "« Objectif de 700 000 tests par semaine »\n\nLe ministre a fixé le cap. « Notre objectif est de "
    "réaliser au moins 700 000 tests par semaine », a-t-il déclaré.",
    # ... or words quoted as a term in a sentence that attributes them.
    "« Pour la liberté de toutes les femmes »\n\nLes militantes se sont baignées en burkini. Elles disent "
    "agir pour la « liberté de toutes les femmes ».",
])
def test_speakers_named_without_a_verb_of_saying(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A subject that is a thing or an event does not speak.
    ("Le mercure grimpera avec des maximales « jamais vues dans la région depuis le début des relevés ».", "« jamais vues"),
    ("Le manque d'hygiène du camp a rendu la vie « impossible pour tout le monde ici, jour et nuit ».", "« impossible"),
    # A capitalised first word opening an adverbial is no name.
    ("Concrètement, « les soignants devront se faire tester chaque semaine ».", "« les soignants"),
    # The verb inside the marks: someone else's words about the subject.
    ("M. Tesler « combinait la rigueur et la fantaisie avec un rare talent » dans ses cours.", "« combinait"),
    # Only a person named, or "il"/"elle", hands the floor to the next sentence.
    ("Les habitants attendent. « Nous ne reculerons pas. »", "« Nous ne"),
    # ... a heading not glued to the sentence is part of its subject; a thing after a glued one speaks no more
    ("Le verdict est tombé mardi. Une libération « inattendue » de la cour d'appel a « annulé la décision de "
     "placement en détention » des deux prévenus.", "« annulé"),
    ("Le verdict est tombé mardi. Une libération « inattendue »Le dossier a « surpris tout le monde au palais de "
     "justice » mardi.", "« surpris"),
    # ... "certaines" as a determiner heads a thing
    ("La réforme divise les enseignants. Certaines écoles restent fermées. « Nous attendons de voir les moyens. »",
     "« Nous attendons"),
    ("Des élus ont visité le chantier mardi. « Les travaux avancent bien. »", "« Les travaux"),
    # ... nor across a lead that announces the words ("La raison ?")
    ("Le festival a été annulé. La raison ? « Les artistes ne sont pas venus à temps. »", "« Les artistes"),
    # ... nor does an institution that said something, unless it was through a channel.
    ("Le syndicat a déclaré que la grève continuerait. « Nous ne céderons pas sur les salaires. »", "« Nous ne"),
    ("Le syndicat a tenu une conférence de presse. « Nous ne céderons pas sur les salaires. »", "« Nous ne"),
    ("Le directeur a demandé à la commission un avis rapide. La question est de savoir « si un médecin peut "
     "critiquer ses collègues en public ».", "« si un médecin"),
    ("La procédure avance. Vendredi, le parquet a annoncé la mise en examen des suspects. Le premier suspect est "
     "« soupçonné d'avoir organisé le transport des armes ».", "« soupçonné"),
    # ... nor does a wire agency that reports the words rather than hears them
    ("La procédure avance. Le parquet a requis la mise en examen des suspects, rapporte l'AFP. Le premier suspect "
     "est « soupçonné d'avoir organisé le transport des armes ».", "« soupçonné"),
    ("Dans une lettre datée de mardi, le directeur a demandé à la commission un avis rapide.\n\nLa question est de "
     "savoir « si un médecin peut critiquer ses collègues en public ».", "« si un médecin"),
    ("Le protocole impose le masque. « Il faudra s'y habituer. »", "« Il faudra"),
    ("Il fait 30 degrés à l'ombre. « Nous avons bien trop chaud. »", "« Nous avons"),
    # ... but "certaines" before a noun is its determiner, and a thing does not speak
    ("Certaines « règles absurdes » disparaîtront, comme l'obligation « qui contraint les enfants à tout payer ».",
     "« qui contraint"),
    ("Le protocole impose le masque. Mais « il faudra s'y habituer pendant de longs mois ».", "« il faudra"),
    # A single capitalised name the article never gave with a first name or a title.
    ("Le physiologiste suit les joueurs.\n\nPour finir, Garnier attire l'attention sur l'eau. "
     "« Certains joueurs perdent deux kilos par match. »", "« Certains"),
    ("La semaine a été longue. « Il faudra s'y habituer. »", "« Il faudra"),
    # A phrase opened by a capitalised word, then a thing as the subject.
    ("Prédateur redoutable, le frelon se nourrit de toutes sortes d'insectes. « Il peut survivre partout. »",
     "« Il peut"),
    # "il y a" with no time after it is impersonal.
    ("Il y a eu des incidents dans la nuit. « Personne n'a rien vu. »", "« Personne"),
    # A source that is an institution, not a person, hands no one the floor.
    ("Le cortège est parti à midi. Selon la préfecture, trois cents personnes ont défilé. « Nous ne lâcherons "
     "rien. »", "« Nous ne"),
    ("Le lac se réchauffe. Selon l'ancien rapport de la commission, les algues prolifèrent. « Nous n'avions "
     "jamais observé cela. »", "« Nous n'avions"),
    # ... nor do the people of a place in the plural
    ("Le palais sera rénové. Des travaux trop tardifs selon les occupants des lieux de 2010 à 2015. « Le toit "
     "fuyait déjà en 2010. »", "« Le toit"),
    # "il semble que" is impersonal.
    ("Il semble que la situation s'améliore. « Nous restons prudents malgré tout. »", "« Nous restons"),
    # A verb of saying later in the sentence whose subject is not named between: no one.
    ("La coopération entre les deux pays « porte gravement atteinte à la paix dans la région » et a "
     "déclaré qu'elle durerait.", "« porte gravement"),
    # A colon after words that name no one.
    ("L'émotion était vive : « Nous ne l'oublierons jamais. »", "« Nous ne"),
    # Words an attributed quotation shares only in part are not its pull-quote.
    ("« Nous ne partirons pas sans une solution pour chaque famille »\n\nLe maire a reçu les habitants. "
     "« Nous trouverons une solution », a-t-il promis.", "« Nous ne partirons"),
    # "on lisait": the reader of a banner is not its author.
    ("Sur la banderole, on lisait « Nous ne partirons pas d'ici sans nos emplois ».", "« Nous ne partirons"),
])
def test_subjects_that_do_not_speak(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # A pull-quote whose words come again only as a term nobody is said to say, or other words.
    "« Pour la liberté de toutes les femmes »\n\nLes militantes se sont baignées en burkini. Le slogan de "
    "la « liberté de toutes les femmes » s'affiche sur les banderoles.",
    "« Pour la liberté de toutes les femmes »\n\nLes militantes se sont baignées en burkini. Elles disent "
    "agir pour la « liberté de tous ».",
    # A term that is only a small part of the words.
    "« Pour la liberté de toutes les femmes, nous irons nous baigner dans chaque piscine de la ville cet été »"
    "\n\nLes militantes se sont baignées en burkini. Elles disent agir pour la « liberté de toutes les femmes ».",
])
def test_a_pull_quote_of_words_nobody_is_said_to_say_is_reported(lint, text):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith("« Pour la liberté")


def test_a_testimony_run_goes_on_the_attributed_quotation_next_to_it(lint):
    text = ("« Nous avons dormi dans la voiture », raconte Marie Dupuis. « Il faisait très froid. »\n\n"
            "La mairie a ouvert un gymnase. Les secours sont arrivés. Le vent est tombé. « Personne n'est venu. »")
    found = excerpts(lint(article(text)), "QUO001")
    assert found == ["« Personne n'est venu. »"]


@pytest.mark.parametrize("text", [
    # A sentence about her (a possessive, a pronoun) between her words: the passage is hers.
    "« Je travaille la nuit depuis dix ans », raconte Marie Dupont. Sa journée commence à 22 heures. "
    "« Mes enfants dorment quand je pars. »",
    "« Je travaille la nuit depuis dix ans », raconte-t-il. Chaque soir, le bus de 21 heures lui laisse dix "
    "minutes d'avance. « Mes enfants dorment quand je pars. » « Je les retrouve au petit matin. »",
    # The paragraph before ends on the words of one person: the next one opens on them again.
    "Le sociologue Paul Durand se demande « combien de commerçants tiendront jusqu'à l'été », faute de "
    "clients.\n\n« Chacun attend que l'autre baisse le rideau. »",
    # The attributed one comes right after: « … ». « … », confie-t-elle.
    "Les commerces ont fermé les uns après les autres.\n\n« Je n'ai plus de voisins. » « Tout le monde est "
    "parti », confie la boulangère.",
])
def test_a_passage_about_one_person_goes_on_her_words(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A sentence about something else, or naming no one, between the words: a new topic.
    ("« Je travaille la nuit depuis dix ans », raconte Marie Dupont. Les prix de l'énergie ont doublé cette "
     "année. « Il faudra tenir. »", "« Il faudra"),
    # An institution is no person a passage is about.
    ("« Les routes resteront fermées », indique la préfecture. Sa journée commence à 22 heures. "
     "« Il faudra tenir. »", "« Il faudra"),
    ("La chambre de commerce se demande « combien de commerçants tiendront jusqu'à l'été », faute de "
     "clients.\n\n« Chacun attend que l'autre baisse le rideau. »", "« Chacun attend"),
    # A new paragraph after a narrative one.
    ("« Je travaille la nuit depuis dix ans », raconte Marie Dupont.\n\nSa journée commence à 22 heures. "
     "« Mes enfants dorment quand je pars. »", "« Mes enfants"),
    ("Le sociologue Paul Durand se demande « combien de commerçants tiendront jusqu'à l'été », faute de "
     "clients. Le marché fermera en juin.\n\n« Chacun attend que l'autre baisse le rideau. »", "« Chacun attend"),
    # The attributed one after it, but a sentence about something else before it, or an institution's.
    ("Les commerces ont fermé les uns après les autres. « Je n'ai plus de voisins. » « Tout le monde est "
     "parti », confie la boulangère.", "« Je n'ai plus"),
    ("Les commerces ont fermé les uns après les autres.\n\n« Les rues sont vides le soir. » « Le quartier "
     "doit être rénové », indique la mairie.", "« Les rues"),
])
def test_a_passage_ends_where_its_person_does(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_a_passage_known_by_a_pronoun_goes_on_past_the_full_name_it_stands_for(lint):
    # "raconte-t-il" gives the speaker only as "il"; the sentence after names him in full.
    text = ("« Je ne sortais plus de chez moi », raconte-t-il. Pour passer inaperçu, Marc Lefort porte une "
            "casquette. Mais ses sorties se font rares. « Un soir, je suis allé au cinéma et j'ai eu peur. »")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # A title, not a full name: the neighbour may be someone else.
    "« Je ne sortais plus de chez moi », raconte-t-il. Pour passer inaperçu, le voisin porte une casquette. "
    "Mais ses sorties se font rares. « Un soir, je suis allé au cinéma et j'ai eu peur. »",
    # The speaker named by another name than the one of the sentence between.
    "« Je ne sortais plus de chez moi », raconte Paul Girard. Pour passer inaperçu, Marc Lefort porte une "
    "casquette. Mais ses sorties se font rares. « Un soir, je suis allé au cinéma et j'ai eu peur. »",
])
def test_a_passage_goes_on_past_no_other_name(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == ["« Un soir, je suis allé au cinéma et j'ai eu peur. »"]


@pytest.mark.parametrize("text", [
    # The person named in full in the sentence between, then their attributed words.
    "Le marché a rouvert samedi.\n\n« Je n'y croyais plus, après six mois sans vendre un seul fromage. » "
    "Julien Marchal tient un étal de produits laitiers depuis vingt ans. « Les clients sont revenus dès le "
    "matin », se réjouit-il.",
    # Two sentences about her between.
    "« On a tout perdu en une nuit, la maison comme les souvenirs. » Claire Vidal vit à Sainte-Anne depuis 1998. "
    "Elle loge désormais chez sa sœur. « Il faudra des années pour reconstruire », soupire-t-elle.",
    # The words after it are hers as the subject of the sentence between names her.
    "Le village s'est vidé.\n\n« Je n'ai plus de voisins depuis des années, tout le monde est parti. » Martine "
    "Roux vit seule au bout de la rue. « Le dernier commerce a fermé en mars, et le car ne passe plus. »",
])
def test_a_passage_goes_on_to_the_attributed_words_of_its_person_after_it(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # The sentence between names someone else than the speaker of the attributed words.
    ("« Je n'y croyais plus, après six mois sans vendre un seul fromage. » Julien Marchal tient un étal de "
     "produits laitiers depuis vingt ans. « Les clients sont revenus dès le matin », se réjouit Claire Vidal.",
     "« Je n'y"),
    # A sentence about something else between.
    ("« On a tout perdu en une nuit, la maison comme les souvenirs. » Les pompiers sont intervenus vers minuit. "
     "« Il faudra des années pour reconstruire », soupire Claire Vidal.", "« On a tout"),
    # Three sentences between: too far.
    ("« On a tout perdu en une nuit, la maison comme les souvenirs. » Claire Vidal vit à Sainte-Anne depuis 1998. "
     "Elle loge désormais chez sa sœur. Elle travaille à la poste. « Il faudra des années pour reconstruire », "
     "soupire-t-elle.", "« On a tout"),
    # Someone speaks in the sentence between.
    ("« On a tout perdu en une nuit, la maison comme les souvenirs. » Le maire Paul Girard a promis une aide. "
     "« Il faudra des années pour reconstruire », soupire Claire Vidal.", "« On a tout"),
])
def test_a_passage_after_a_quotation_about_someone_else_leaves_it_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_a_thing_between_two_quotations_gives_neither_a_speaker(lint):
    text = ("« Je n'ai plus de voisins depuis des années, tout le monde est parti. » La rue s'est vidée en une nuit. "
            "« Le dernier commerce a fermé en mars, et le car ne passe plus. »")
    assert len(excerpts(lint(article(text)), "QUO001")) == 2


@pytest.mark.parametrize("text", [
    "« Protégez-vous et restez chez vous tous les soirs ». C'est l'appel lancé par la ministre de la Santé.",
    "Le président a répondu aux questions. « Nous tiendrons bon jusqu'au bout. » C'est ce qu'il a déclaré ensuite.",
    "La conférence a commencé à 19 heures. « Une épidémie inédite, avec un impact sans précédent » pour les "
    "hôpitaux. C'est par ces mots que le directeur a ouvert son point.",
])
def test_a_sentence_pointing_back_names_the_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    "La grève a commencé à l'aube. « Nous ne céderons rien sur les salaires. » Voici le message que les "
    "conducteurs de bus adressent à la direction.",
    # the words after the noun do not hide it
    "Les travaux ont pris du retard. « Nous tiendrons les délais. » La maire a prononcé cette phrase à la "
    "sortie du conseil.",
    "Le stade s'est tu. « Nous reviendrons plus forts la saison prochaine. » C'est depuis le vestiaire que "
    "l'entraîneur a prononcé cette phrase, la voix nouée.",
    "Le conseil s'est achevé tard. « Personne ne sera laissé au bord de la route. » La petite phrase de Claire "
    "Dumont a aussitôt fait réagir l'opposition.",
])
def test_a_sentence_naming_the_words_uttered_names_their_speaker(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # a noun for a text that carries the words, and its complement naming a body
    "« Roulez moins, respirez mieux. » Cette campagne de la mairie a été affichée dans tout le centre-ville.",
    # the complement after an elided "d'"
    "« Pas un train ne roulera lundi. » Ce tract d'Alternative syndicale a circulé dans toutes les gares.",
    # the agent of a verb that sends the text
    "« Le bureau de poste ferme ce soir pour toujours. » Ce télégramme a été envoyé lundi aux habitants par la "
    "directrice du bureau.",
    # a cleft whose clause has the one who said them for its subject
    "« Pourquoi tu ne souris jamais ? » C'est par cette question qu'une élève a accueilli la ministre.",
])
def test_a_sentence_taking_the_words_up_with_a_demonstrative_names_who_is_behind_them(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # no one named behind the text
    "« Roulez moins, respirez mieux. » Cette campagne a été affichée dans tout le centre-ville.",
    # the agent of a verb that neither utters nor sends the words
    "« Nous ne céderons rien sur les horaires. » Ce message a été effacé par la mairie dès le lendemain.",
    # a noun for no words nor text
    "« Nous ne céderons rien sur les horaires. » Cette colère des habitants inquiète la mairie.",
    # a cleft on a place, not on the words
    "« Pourquoi tu ne souris jamais ? » C'est dans cette salle qu'une élève a accueilli la ministre.",
])
def test_a_demonstrative_naming_no_one_behind_the_words_leaves_them_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    # a verb that answers the words, not one that utters them
    "Le conseil s'est achevé tard. « Personne ne sera laissé au bord de la route. » L'opposition a dénoncé "
    "ces propos dès le lendemain.",
    # words that are no noun for something said
    "La grève a commencé à l'aube. « Nous ne céderons rien sur les salaires. » Voilà le dépôt que bloquent "
    "depuis lundi les conducteurs de bus.",
    # a noun for words, but no one named as having said them
    "Le conseil s'est achevé tard. « Personne ne sera laissé au bord de la route. » Ces propos ont aussitôt "
    "fait réagir l'opposition.",
])
def test_a_sentence_answering_the_words_or_naming_no_speaker_leaves_them_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "« Le bateau a tenu bon dans la tempête », sourit la navigatrice. Et le plus beau reste à venir : « Voir les îles "
    "apparaître à l'horizon, c'est une joie immense. »",
    "« Nous avons tout préparé. Rien n'a été laissé au hasard », assure l'organisatrice. Le tapis rouge n'est pas "
    "épargné par les consignes : « les invités resteront derrière les barrières ».",
    # the sentence before opens on a few phrases of the speaker's, not on whole sentences
    "« Un virage nécessaire », « une équipe soudée », peut-être même un « nouveau départ », résume l'entraîneuse. "
    "Pourtant, la question du budget reste ouverte : « Je n'ai aucune certitude. Nous verrons en juin. »",
])
def test_words_a_colon_introduces_after_a_speakers_own_words_go_on_with_them(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # the attributed words are woven into the sentence before, not its opening
    "La foule l'a salué comme un « chef courageux », rapporte la radio. Dans la salle, l'émotion était vive : "
    "« Merci pour tout ce que vous avez fait. »",
    # the phrases opening the sentence before are no one's
    "« Un virage nécessaire », « une équipe soudée » : les supporters ont repris les slogans du club. Pourtant, la "
    "question du budget reste ouverte : « Je n'ai aucune certitude. Nous verrons en juin. »",
    # a narrative sentence before
    "La navigatrice est rentrée au port. Et le plus beau reste à venir : « Voir les îles apparaître à l'horizon, c'est "
    "une joie immense. »",
    # a new paragraph
    "« Le bateau a tenu bon dans la tempête », sourit la navigatrice.\n\nEt le plus beau reste à venir : « Voir les îles "
    "apparaître à l'horizon, c'est une joie immense. »",
])
def test_words_a_colon_introduces_after_no_speakers_opening_words_are_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "Le professeur Jean Morel, chimiste à l'université de Rennes, a déclaré que les mesures validaient l'hypothèse. Et, "
    "ce qui rassure : « il y a très peu de risques que le produit passe d'une personne à l'autre. »",
    "La directrice du chantier, Marie Blanc, estime que les travaux prendront du retard. Et le pire reste à venir : "
    "« les grues ne pourront pas tourner avant le printemps ».",
])
def test_words_a_colon_announces_after_one_persons_reported_statement_are_theirs(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # no colon announces the words
    "Le professeur Jean Morel, chimiste à l'université de Rennes, a déclaré que les mesures validaient l'hypothèse. Et, "
    "chose rassurante, « il y a très peu de risques que le produit passe d'une personne à l'autre. »",
    # the sentence before reports no one's words
    "Le professeur Jean Morel, chimiste à l'université de Rennes, a présenté l'étude lundi. Et, ce qui rassure : "
    "« il y a très peu de risques que le produit passe d'une personne à l'autre. »",
    # a new paragraph
    "Le professeur Jean Morel, chimiste à l'université de Rennes, a déclaré que les mesures validaient l'hypothèse.\n\n"
    "Et, ce qui rassure : « il y a très peu de risques que le produit passe d'une personne à l'autre. »",
])
def test_words_a_colon_announces_after_no_reported_statement_are_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "La librairie met en vente un synopsis de trois pages, écrit par une jeune Américaine. Son début : « Un homme "
    "marche seul dans la neige. Il ne sait plus où il va. »",
    "La maison met en vente un roman de trois cents pages, signé par un auteur inconnu. Son ouverture : « Il "
    "pleuvait sur la ville depuis trois jours. Personne ne sortait plus. »",
])
def test_a_possessive_and_its_noun_before_a_colon_name_the_source_of_the_words(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # no possessive
    "La librairie met en vente un synopsis de trois pages, écrit par une jeune Américaine. Le début : « Un homme "
    "marche seul dans la neige. Il ne sait plus où il va. »",
    # a clause of its own before the colon, not a lead
    "La librairie met en vente un synopsis de trois pages, écrit par une jeune Américaine. Son début dans la vie "
    "fut très difficile : « Un homme marche seul dans la neige. »",
])
def test_a_colon_after_no_possessive_lead_names_no_source(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "Le débat a duré deux heures. Mais ce qui a le plus marqué, c'est cette petite phrase de la ministre. « Nous "
    "ne reculerons jamais devant les menaces. »",
    "La soirée électorale a été longue. Sur les réseaux, on partage surtout le message de Claire Dumont. « Merci "
    "à tous, la bataille continue dès demain. »",
])
def test_a_sentence_announcing_someones_words_gives_them_to_the_quotation_after_it(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # no noun for words
    "La soirée électorale a été longue. Sur les réseaux, on partage surtout la photo de Claire Dumont. « Merci "
    "à tous, la bataille continue dès demain. »",
    # no one whose words they are
    "Le débat a duré deux heures. Mais ce qui a le plus marqué, c'est cette petite phrase. « Nous ne reculerons "
    "jamais devant les menaces. »",
    "La soirée électorale a été longue. Sur les réseaux, on partage surtout le message, de retour à la mairie. "
    "« Merci à tous, la bataille continue dès demain. »",
])
def test_a_sentence_announcing_no_ones_words_leaves_the_quotation_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "Vous nous demandez si des élèves ont été exclus « pour avoir porté un tee-shirt de leur club de football ».",
    "Vous voulez savoir si des agents ont été sanctionnés « pour des retards répétés pendant la grève ».",
])
def test_the_reader_addressed_as_vous_speaks_the_question_quoted(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # "vous" that is no subject
    "Chez vous, des élèves ont été exclus « pour avoir porté un tee-shirt de leur club de football ».",
    "Des élèves ont été exclus « pour avoir porté un tee-shirt de leur club de football ».",
])
def test_vous_that_is_no_subject_names_no_speaker(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "La ville reste au niveau d'alerte 2, celui où les autorités prennent « toutes les mesures pour freiner la "
    "circulation du virus ».",
    "Le pays passe au stade 3, celui où l'armée déploie « des hôpitaux de campagne dans chaque région ».",
])
def test_an_institution_opening_the_clause_of_the_words_speaks_them(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # not an institution
    "La ville reste au niveau d'alerte 2, celui où les écoles ferment « à titre de précaution pour quelques jours ».",
    # the words after the clause, past a comma
    "La ville reste au niveau d'alerte 2, celui où les autorités ferment les parcs, « à titre de précaution pour "
    "quelques jours ».",
])
def test_words_outside_the_clause_of_an_institution_are_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


@pytest.mark.parametrize("text", [
    "Pour Kristof Calvo (Groen), « la N-VA ne sera jamais la solution » au climat.",
    "Mais, pour le gouvernement, il n'est pas question que « ce débat tourne au grand déballage ».",
    "A l'extrême droite, pour Marine Le Pen, « il serait temps de mettre un coup de vis ».",
    "Pour ce fervent défenseur de la Russie, « la principale menace ne vient plus de l'est ».",
    "Il a été mis en examen pour « association de malfaiteurs terroriste criminelle » mardi.",
    "Lagarde a estimé que la crise durerait encore longtemps. « Nous devons rester très prudents cette année. »",
])
def test_pour_openings_offences_and_a_name_that_has_just_spoken(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    ("Pour l'instant, « personne ne sait rien de ce qui se passe ici » dans la ville.", "« personne ne sait"),
    ("Pour compenser la hausse de la CSG, « un effort de tous sera demandé aux ménages » cette année.", "« un effort"),
    ("Arsenal doit-il rester avec son entraîneur ? « Je suis sûr qu'ils vont lui faire confiance. »", "« Je suis sûr"),
])
def test_set_phrases_purposes_and_clubs_name_no_speaker(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


_PLAN = "« Nous avons voulu protéger la marque avant tout, et cela nous a coûté très cher. »"


@pytest.mark.parametrize("paragraph", [
    # a heading glued to the sentence by a lost line break: its capitalised "Pour" opens the sentence
    f"Un procès en appel Pour Claire Vidal, les anciens associés ont agi par peur. {_PLAN}",
    f"Trois ans de querelles Pour la fondatrice Claire Vidal, les associés ont agi par peur. {_PLAN}",
])
def test_pour_x_after_a_glued_heading_frames_the_words_that_follow(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "QUO001") == []


@pytest.mark.parametrize("paragraph", [
    # "pour" in lowercase inside the sentence names no one who speaks
    f"Un procès en appel pour Claire Vidal, les anciens associés ont agi par peur. {_PLAN}",
    # after the glued heading, a purpose, not a speaker
    f"Un procès en appel Pour compenser les pertes, les anciens associés ont vendu. {_PLAN}",
])
def test_pour_inside_a_sentence_or_a_purpose_frames_nothing(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "QUO001") == [_PLAN]


def test_pour_la_plupart_after_a_comma_names_no_speaker(lint):
    text = article("Au moins 22 personnes, pour la plupart des élèves, ont été tuées dans le crash.")
    assert excerpts(lint(text), "FIG001") == ["Au moins 22 personnes"]


@pytest.mark.parametrize("text", [
    # A written text named as the subject of the sentence speaks its wording.
    "Depuis 1990, le règlement du championnat autorise « tout joueur inscrit auprès de la fédération avant "
    "le premier jour de mars » à disputer la finale.",
    # ... or in the phrase that opens the sentence, up to its comma,
    "Dans le nouvel arrêté municipal, il est précisé qu'il n'est « plus nécessaire de présenter un "
    "justificatif de domicile pour ouvrir un compte ».",
    # ... or as the object of a verb or a preposition, right before the words.
    "Les adhérents devront signer une charte d'adhésion « aux valeurs de solidarité et de partage du club "
    "de quartier ».",
    "Les vols sont définis dans la loi comme toute « soustraction frauduleuse de la chose d'autrui commise "
    "sans son accord ».",
])
def test_a_written_text_named_in_the_sentence_is_the_source_of_its_wording(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A text named before a comma, then someone else's words.
    ("Depuis la loi de 2015, les maires « n'ont plus les moyens d'agir contre les constructions illégales ».",
     "« n'ont plus"),
    # A text in the subject's noun phrase, the verb inside the marks: someone else's words about it.
    ("Les opposants au texte « ne lâcheront rien tant que le gouvernement ne reculera pas ».", "« ne lâcheront"),
    ("Le projet de loi porté par la ministre « va dans le bon sens mais il reste beaucoup à faire ».", "« va dans"),
    # An impersonal advice that names no text.
    ("Par ailleurs, il est recommandé « de garder les volets clos pendant l'après-midi ».", "« de garder"),
    # A phrase opening on something else than a text.
    ("Dans la nouvelle salle des fêtes, il est précisé qu'il n'est « plus possible de danser après minuit le "
     "samedi ».", "« plus possible"),
])
def test_words_near_a_text_that_do_not_frame_them_are_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # A relative clause opened by "qui" right after a name speaks with that name, whatever its verb.
    "Cette aide avait été annoncée en mars par Paul Durand, qui avait vanté « une réponse rapide et solide "
    "pour les familles les plus modestes ».",
    # ... or after an acronym in brackets, even past a word quoted as a term.
    "C'est le cas de l'Agence régionale de l'eau (AREP) qui en prône l'usage « raisonné » dans « toutes les "
    "communes touchées par la sécheresse cet été ».",
])
def test_a_name_before_its_relative_speaks_the_words_in_it(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A copula: someone else's words about the one named.
    ("Cette aide avait été annoncée en mars par Paul Durand, qui était « connu pour ses positions tranchées sur "
     "les questions sociales ».", "« connu pour"),
    # The verb inside the marks.
    ("Cette aide avait été annoncée en mars par Paul Durand, qui « défendait une réponse rapide et solide pour "
     "les familles ».", "« défendait"),
    # A noun, not a name: the words of whoever set the aid.
    ("Cette aide sera versée aux parents, qui pourront « en faire la demande dès le mois prochain sur le site ».",
     "« en faire"),
    ("La barque a heurté le rocher, qui dépassait « de plusieurs mètres au-dessus des vagues par marée basse ».",
     "« de plusieurs"),
    # A comma closes the relative before the words.
    ("Cette aide avait été annoncée en mars par Paul Durand, qui a ensuite quitté ses fonctions, et l'aide offre "
     "« une réponse rapide et solide pour les familles ».", "« une réponse"),
])
def test_words_outside_a_relative_after_a_name_are_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # A verb of the subject's own after its copula, whose object the words are.
    "Le syndicat est disposé à signer « un accord de méthode sur les salaires avant la fin du mois ».",
    "Les élus sont prêts à permettre « aux commerçants de rester ouverts le dimanche toute l'année ».",
])
def test_a_subject_ready_to_act_speaks_the_words_it_acts_on(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A passive and a past infinitive: the words of whoever judged them.
    ("Ils ont été reconnus coupables d'avoir « dégradé le matériel de la gare à plusieurs reprises ».", "« dégradé"),
    # "il est … de": impersonal, whatever the infinitive.
    ("Il est recommandé de consulter « les registres de la mairie tous les jours de la semaine ».", "« les registres"),
    # A copula and no infinitive.
    ("Il était seulement « connu pour des petits larcins commis dans son quartier ».", "« connu pour"),
])
def test_a_copula_without_a_verb_of_the_subject_does_not_make_it_speak(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # The subject's auxiliary before the marks, its participle inside them: the subject's verb.
    "Le préfet Paul Durand a « refusé de rouvrir les plages avant la fin du mois de juillet ».",
    # ... with an adverb before the adjectives of the subject's noun.
    "Au sein du groupe, la toute jeune entreprise a « accepté de construire des vélos électriques pour la ville ».",
])
def test_an_auxiliary_before_the_marks_makes_the_subject_speak(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # The auxiliary inside the marks: someone else's words about the subject.
    ("Le préfet Paul Durand « a refusé de rouvrir les plages avant la fin du mois de juillet ».", "« a refusé"),
    # A thing for the subject.
    ("Au sein du groupe, la toute dernière crise a « bouleversé la vie de centaines de salariés du site ».",
     "« bouleversé"),
])
def test_an_auxiliary_of_no_speaker_is_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_a_name_with_its_article_in_apposition_is_the_subject(lint):
    text = "Un autre journal satirique, La Trompette voit dans cette grève « la colère de tout un territoire oublié »."
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A noun with its article in apposition, not a name.
    ("Un autre symbole fort, la place voit défiler « des milliers de gens venus de toute la région ».",
     "« des milliers"),
    # A name with an article names a body: it does not hand the floor to the next sentence.
    ("Un autre journal satirique, La Trompette a suivi la grève. « Nous ne reculerons pas devant la direction. »",
     "« Nous ne"),
])
def test_an_apposition_of_no_one_who_speaks_is_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # A pronoun for a person opening the clause the words end, after a relative word or a comma.
    "Parmi ses loisirs, les jeux de société, dans lesquels elle apprécie « pouvoir tout décider sans attendre "
    "les autres ».",
    "Ce matin-là, c'est comme s'il partait en voyage : comme un soldat à la parade, il a longuement « brossé sa "
    "veste et lustré ses bottes noires ».",
])
def test_the_pronoun_subject_of_the_clause_speaks_its_words(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # "il est … pour": impersonal; "il faut": impersonal.
    ("Le chantier a pris du retard, et il est désormais « impossible de rouvrir l'école avant la fin de l'hiver ».",
     "« impossible"),
    ("Depuis des mois, il faut « tout reconstruire à partir de rien dans ce quartier ».", "« tout reconstruire"),
    # A pronoun after a preposition is an object.
    ("Avec elle, les voisins « ont retrouvé le goût de la fête depuis le printemps ».", "« ont retrouvé"),
    # The verb inside the marks.
    ("Les douleurs la réveillent, alors elle « tourne sans fin entre le fauteuil et la fenêtre ».", "« tourne"),
])
def test_a_pronoun_that_is_not_the_subject_of_the_words_is_no_speaker(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # The words open on a verb of saying right after the subject: its own statement, quoted whole.
    "Le syndicat « appelle à une grève reconductible dès lundi prochain ».",
    "Le maire « demande au préfet de rouvrir l'école du village avant la rentrée ».",
    # ... or on a verb of opinion and the clause it holds
    "Le maire « ne pense pas que la digue cède avant l'hiver prochain ».",
    "La directrice « croit qu'une autre saison sera possible malgré la crise ».",
])
def test_words_opening_on_a_verb_of_saying_are_the_subjects(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # Any other verb inside the marks: someone else's words about the subject.
    ("Les pompiers « ne sauraient accepter un nouveau report de cette prime promise ».", "« ne sauraient"),
    # A verb of saying further inside the words.
    ("Le syndicat « plus que jamais uni appelle à une grève dès lundi ».", "« plus que jamais"),
    # A verb of opinion with no clause after it.
    ("Le maire « pense à quitter la mairie avant l'hiver prochain ».", "« pense à"),
])
def test_words_about_the_subject_inside_the_marks_are_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    "Le soir même, Jeanne Morel était « bouleversée par cette nouvelle, c'était ma meilleure amie d'enfance ».",
    # An elided "j'" is followed by its verb.
    "Le soir même, Jeanne Morel était « bouleversée par cette nouvelle, j'avais grandi avec elle au village ».",
])
def test_words_in_the_first_person_after_a_copula_are_the_persons_own(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A passive with no first person: someone else's words about the person.
    ("Le soir même, Jeanne Morel était « bouleversée par cette nouvelle venue de son village natal ».",
     "« bouleversée"),
    # "nos": a body's words about the person.
    ("Le suspect Paul Durand était « connu de nos services pour des faits de petite délinquance ».", "« connu de"),
])
def test_a_passive_after_a_copula_without_the_first_person_is_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_a_time_with_an_adjective_opens_the_sentence_before_its_subject(lint):
    text = ("Ces dernières semaines, elle a multiplié les voyages, en visitant notamment trois pays : « Ma plus belle "
            "découverte reste le désert du Sud. »")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_time_with_an_adjective_then_a_thing_names_no_speaker(lint):
    text = "Ces dernières années, les ventes ont chuté : « Personne ne sait comment relancer la machine. »"
    assert excerpts(lint(article(text)), "QUO001") == ["« Personne ne sait comment relancer la machine. »"]


def test_a_count_of_people_as_the_subject_speaks_its_words(lint):
    text = "Une cinquantaine de parlementaires ont poussé hier les familles à « profiter de l'été pour imaginer le monde d'après »."
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # A group does not hand the floor to the words opening the next sentence.
    ("Une centaine de manifestants ont défilé dans le centre. « Nous ne lâcherons rien, ni aujourd'hui ni demain. »",
     "« Nous ne"),
    # A count of things names no speaker.
    ("Une dizaine de maisons ont fini par « céder sous le poids de la neige tombée durant la nuit ».", "« céder"),
])
def test_a_count_that_names_no_one_speaker_is_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_the_subject_is_read_past_a_quoted_heading_glued_to_its_sentence(lint):
    text = ("« Un nouveau cap »La ministre fixe désormais à son équipe l'objectif « de rouvrir toutes les lignes "
            "fermées avant la fin de l'année ».")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_a_quotation_followed_by_lowercase_words_is_no_glued_heading(lint):
    text = ("« Un nouveau cap »la ministre fixe désormais à son équipe l'objectif « de rouvrir toutes les lignes "
            "fermées avant la fin de l'année ».")
    assert any(e.startswith("« de rouvrir") for e in excerpts(lint(article(text)), "QUO001"))


def test_il_y_a_and_a_past_participle_is_someone_who_did_something(lint):
    text = "Il y a vu l'occasion de « rassembler enfin toute la gauche autour d'un seul programme commun »."
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    ("Il y a eu « des heurts très violents entre les supporters des deux clubs rivaux ».", "« des heurts"),
    ("Il y a été « question d'un nouveau report du chantier jusqu'à la fin de l'été ».", "« question"),
])
def test_il_y_a_eu_and_il_y_a_ete_are_impersonal(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_a_text_a_colon_would_name_frames_the_words_right_after_it(lint):
    text = "Sur sa veste était brodé le message « Rendez-nous nos trains de nuit et nos petites gares »."
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # The text named before a comma, then someone else's words.
    ("Sur sa veste était brodé un message, et la foule « reprenait en chœur chaque refrain de la manifestation ».",
     "« reprenait"),
    # The text is the subject, not right before the words: they are not its wording.
    ("La lettre est arrivée trop tard pour les familles « qui avaient déjà quitté le quartier depuis longtemps ».",
     "« qui avaient"),
])
def test_a_text_named_apart_from_the_words_does_not_frame_them(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


@pytest.mark.parametrize("text", [
    # Attributed words of one person before and after, a paragraph break on each side.
    "« Les mesures entreront en vigueur en janvier », a rappelé le préfet Jean Morel.\n\nIl y aura « une "
    "concertation avec chaque commune du département ».\n\nMais « la sécurité passe avant tout », a-t-il poursuivi.",
    # Woven into its sentence, a pronoun of her gender naming her after.
    "Selon la directrice, « les classes rouvriront lundi ».\n\nEn outre, dans les collèges du secteur, « les "
    "cours de sport resteront suspendus jusqu'aux vacances ».\n\nMais « tout dépendra des chiffres », d'après elle.",
    # The same name before and after.
    "« Nous n'avons aucune pénurie », affirme Paul Roussel, directeur de la fédération.\n\nIl y aura « d'autres "
    "livraisons pour les stations du sud ».\n\n« Les stations seront livrées à temps », assure Paul Roussel.",
])
def test_words_between_two_attributed_quotations_of_one_person_are_theirs(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text, quote", [
    # Someone else speaks after the words.
    ("« Les mesures entreront en vigueur en janvier », a rappelé le préfet Jean Morel.\n\nIl y aura « une "
     "concertation avec chaque commune du département ».\n\n« La sécurité passe avant tout », a répondu Claire "
     "Martin.", "« une concertation"),
    # A sentence about something else between the first words and these.
    ("« Les mesures entreront en vigueur en janvier », a rappelé le préfet Jean Morel. Les routes du nord sont "
     "fermées depuis mardi.\n\nIl y aura « une concertation avec chaque commune du département ».\n\nMais « la "
     "sécurité passe avant tout », a-t-il poursuivi.", "« une concertation"),
    # No attributed words of the person after them.
    ("« Les mesures entreront en vigueur en janvier », a rappelé le préfet Jean Morel.\n\nIl y aura « une "
     "concertation avec chaque commune du département ».", "« une concertation"),
    # A woman speaks before, "il" after: two people.
    ("« Les classes rouvriront lundi », a annoncé la ministre Claire Martin.\n\nIl y aura « une concertation avec chaque "
     "commune du département ».\n\nMais « la sécurité passe avant tout », a-t-il poursuivi.", "« une concertation"),
])
def test_words_between_quotations_of_different_speakers_stay_reported(lint, text, quote):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith(quote)


def test_words_between_two_attributed_quotations_of_one_body_are_its(lint):
    text = ("« Les pics d'ozone reviennent avec la chaleur », indique Airparif.\n\nAinsi, pour le dioxyde "
            "d'azote, « les niveaux habituels de la saison sont atteints de nouveau ».\n\n« Le chauffage y contribue "
            "aussi », précise Airparif.")
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # Another body speaks after the words.
    "« Les pics d'ozone reviennent avec la chaleur », indique Airparif.\n\nAinsi, pour le dioxyde d'azote, "
    "« les niveaux habituels de la saison sont atteints de nouveau ».\n\n« Le vent tournera dimanche », précise "
    "Météo-France.",
    # A pronoun after a body: "il" may be anyone.
    "« Les pics d'ozone reviennent avec la chaleur », indique Airparif.\n\nAinsi, pour le dioxyde d'azote, "
    "« les niveaux habituels de la saison sont atteints de nouveau ».\n\n« Le chauffage y contribue aussi », "
    "a-t-il ajouté.",
])
def test_words_between_quotations_of_two_bodies_stay_reported(lint, text):
    found = excerpts(lint(article(text)), "QUO001")
    assert len(found) == 1 and found[0].startswith("« les niveaux")


@pytest.mark.parametrize("standfirst", [
    # One person, the subject, says something.
    "Le maire de la petite commune assure que la réouverture de la plage ne fait courir aucun risque.",
    "Le président de l'association des commerçants constate une baisse des ventes depuis l'automne.",
    # An opening phrase before the subject, and a subject longer than a few words.
    "Hostile à la fermeture du marché couvert, la maire du village voisin affirme que rien ne la justifie.",
    # A name in apposition right before the verb.
    "Invitée de la radio locale lundi, la sœur du navigateur disparu, Jeanne Morel, a regretté le silence des "
    "autorités.",
])
def test_the_body_opening_on_words_after_a_standfirst_gives_them_to_its_one_speaker(lint, standfirst):
    text = article(standfirst, "« Nous ne demandons que de la clarté. » La décision sera connue jeudi.",
                   title="Une plage fermée")
    assert excerpts(lint(text), "QUO001") == []


@pytest.mark.parametrize("standfirst", [
    # A study, not a person, says it.
    "L'enquête menée dans trois départements montre que les loyers ont augmenté plus vite que les salaires.",
    # A group of people.
    "Des commerçants du centre-ville assurent que la réouverture de la plage ne fait courir aucun risque.",
    # Two people speak: which of them is quoted is not said.
    "Le maire assure que la plage est sûre, le préfet affirmant au contraire qu'elle doit rester fermée.",
    # The verb of saying is not the subject's: a relative clause about someone else.
    "Le maire soutient les pêcheurs contre le ministre qui a annoncé la fermeture du port lundi.",
    # No one speaks.
    "Le maire de la petite commune a visité la plage lundi matin avec les pompiers.",
])
def test_the_body_opening_on_words_after_another_standfirst_stays_reported(lint, standfirst):
    text = article(standfirst, "« Nous ne demandons que de la clarté. » La décision sera connue jeudi.",
                   title="Une plage fermée")
    assert excerpts(lint(text), "QUO001") == ["« Nous ne demandons que de la clarté. »"]


def test_words_opening_a_later_paragraph_after_a_speaker_stay_reported(lint):
    # Only the standfirst introduces the speaker the body opens on; a standfirst of two sentences does not either.
    text = article("Le port a rouvert lundi.", "Le maire assure que la plage est sûre.",
                   "« Nous ne demandons que de la clarté. »", title="Une plage fermée")
    assert excerpts(lint(text), "QUO001") == ["« Nous ne demandons que de la clarté. »"]
    text = article("Le port a rouvert lundi. Le maire assure que la plage est sûre.",
                   "« Nous ne demandons que de la clarté. »", title="Une plage fermée")
    assert excerpts(lint(text), "QUO001") == ["« Nous ne demandons que de la clarté. »"]


STANDFIRST = "Une rumeur sur la fermeture des écoles a circulé toute la semaine dans la ville."


@pytest.mark.parametrize("title, paragraphs", [
    # A headline keeps a few of the words the body quotes.
    ("La maire de Lyon : « Nous avons mieux à faire que vérifier les rumeurs »",
     [STANDFIRST, "« Nous avons autre chose à faire. Les agents de la ville ont d'autres urgences que de vérifier les "
                  "rumeurs qui circulent. » La mairie a porté plainte mardi."]),
    # A pull-quote, attributed, cut from longer words quoted further on.
    ("Une piscine fermée",
     ["« Nous rouvrirons la piscine dès que les travaux seront finis », a promis la maire.",
      "Les nageurs du club attendent depuis l'automne.",
      "« Les travaux avancent bien malgré la pluie de janvier et le manque d'ouvriers qualifiés. Nous rouvrirons la "
      "piscine municipale dès que les travaux de toiture seront finis, sans doute au printemps. »"]),
])
def test_words_an_attributed_headline_or_pull_quote_cuts_down_are_its_speakers(lint, title, paragraphs):
    assert excerpts(lint(article_with_title(*paragraphs, title=title)), "QUO001") == []


@pytest.mark.parametrize("title, body", [
    # A few of the headline's words only.
    ("La maire de Lyon : « Nous avons mieux à faire que vérifier les rumeurs »",
     "« Les rumeurs circulent vite dans les quartiers, et nos équipes doivent les vérifier une à une avec les "
     "familles. » La mairie a porté plainte mardi."),
    # A headline of too few words to tell.
    ("La maire de Lyon : « Pas de rumeurs »",
     "« Il n'y a pas de rumeurs sur la fermeture des écoles, seulement des questions. » La mairie a porté plainte."),
])
def test_words_sharing_little_with_attributed_ones_stay_reported(lint, title, body):
    assert len(excerpts(lint(article_with_title(STANDFIRST, body, title=title)), "QUO001")) == 1


@pytest.mark.parametrize("aside", [
    "Avec, là encore, une salle réduite.",
    "Qui change sans cesse.",
    "Et l'histoire de se répéter.",
])
def test_a_speakers_words_go_on_past_a_short_aside(lint, aside):
    text = article("Le théâtre rouvre ses portes samedi.",
                   f"« Il faut espacer les groupes de spectateurs », explique la directrice. {aside} « Pour un spectacle "
                   "de 300 places, nous en vendrons 200, pas davantage. »")
    assert excerpts(lint(text), "QUO001") == []


@pytest.mark.parametrize("aside", [
    # A question: an interviewer's, answered by anyone.
    "Et maintenant, que faire ?",
    # Someone else named.
    "Avec Paul Durand, la salle se remplit.",
    # A sentence of more than a few words.
    "La salle avait déjà fermé deux fois cette année à cause des travaux.",
])
def test_words_after_a_question_a_name_or_a_narrative_sentence_stay_reported(lint, aside):
    text = article("Le théâtre rouvre ses portes samedi.",
                   f"« Il faut espacer les groupes de spectateurs », explique la directrice. {aside} « Pour un spectacle "
                   "de 300 places, nous en vendrons 200, pas davantage. »")
    assert excerpts(lint(text), "QUO001") == ["« Pour un spectacle de 300 places, nous en vendrons 200, pas davantage. »"]


def test_words_after_an_aside_go_on_words_that_end_the_sentence_before(lint):
    text = article("Le théâtre rouvre ses portes samedi.",
                   "La directrice veut surtout « espacer les groupes de spectateurs ». Avec, là encore, une salle "
                   "réduite. « Pour un spectacle de 300 places, nous en vendrons 200, pas davantage. »")
    assert excerpts(lint(text), "QUO001") == []


@pytest.mark.parametrize("before", [
    "La directrice veut surtout « espacer les groupes de spectateurs », puis la troupe répète jusqu'au soir dans "
    "le hall.",
    "Elle dit vouloir « retrouver enfin les salles pleines d'avant » et annonce deux concerts gratuits en juin.",
])
def test_words_after_an_aside_stay_reported_when_the_sentence_before_goes_on_past_its_quotation(lint, before):
    text = article("Le théâtre rouvre ses portes samedi.",
                   f"{before} Avec, là encore, une salle réduite. « Pour un spectacle de 300 places, nous en vendrons "
                   "200, pas davantage. »")
    assert excerpts(lint(text), "QUO001") == ["« Pour un spectacle de 300 places, nous en vendrons 200, pas davantage. »"]


def test_words_after_an_aside_that_follows_no_ones_words_stay_reported(lint):
    text = article("Le théâtre rouvre ses portes samedi.",
                   "Il faut espacer les groupes de spectateurs. Avec, là encore, une salle réduite. « Pour un spectacle "
                   "de 300 places, nous en vendrons 200, pas davantage. »")
    assert excerpts(lint(text), "QUO001") == ["« Pour un spectacle de 300 places, nous en vendrons 200, pas davantage. »"]


@pytest.mark.parametrize("reported", [
    "Jeanne Morel souhaite que son laboratoire reste ouvert.",
    "La directrice estime que son laboratoire doit rester ouvert.",
])
def test_a_passage_opened_by_a_persons_reported_words_gives_them_their_quotation(lint, reported):
    text = article("Le laboratoire est menacé.",
                   f"{reported} Ce serait sa dernière chance. « Sans argent, nous fermerons en juin. »")
    assert excerpts(lint(text), "QUO001") == []


@pytest.mark.parametrize("paragraphs", [
    # An institution's words: it does not speak the quotation that follows.
    ["Le ministère estime que le laboratoire doit rester ouvert. Ce serait sa dernière chance. « Sans argent, nous "
     "fermerons en juin. »"],
    # A sentence about something else between them.
    ["Jeanne Morel souhaite que son laboratoire reste ouvert. Le bâtiment date de 1970. « Sans argent, nous fermerons "
     "en juin. »"],
    # The quotation opens a new paragraph.
    ["Jeanne Morel souhaite que son laboratoire reste ouvert. Ce serait sa dernière chance.",
     "« Sans argent, nous fermerons en juin. »"],
])
def test_a_quotation_after_another_passage_stays_reported(lint, paragraphs):
    text = article("Le laboratoire est menacé.", *paragraphs)
    assert excerpts(lint(text), "QUO001") == ["« Sans argent, nous fermerons en juin. »"]


LYCEES = ("Dans les lycées, « les cours reprendront par demi-groupes, avec des horaires aménagés pour chaque niveau de "
          "la seconde à la terminale » dès mardi.")


@pytest.mark.parametrize("text", [
    f"Les collèges rouvriront lundi, a annoncé la ministre. {LYCEES}",
    "Le chantier prendra du retard, a reconnu le maire. Pour le reste, « tout dépendra de la météo de cet hiver et "
    "de la livraison des poutres commandées en Italie ».",
    "« Le chantier prendra du retard », a reconnu Me Durand. Le reste, qui inquiète les riverains, « dépendra de la "
    "météo de cet hiver et de la livraison des poutres commandées en Italie ».",
])
def test_words_woven_after_a_persons_reported_statement_are_theirs(lint, text):
    assert excerpts(lint(article("La rentrée se prépare.", text)), "QUO001") == []


@pytest.mark.parametrize("paragraphs", [
    # An institution's statement: whose words follow is not said.
    [f"Les collèges rouvriront lundi, a annoncé le rectorat. {LYCEES}"],
    # A group's.
    [f"Les collèges rouvriront lundi, ont annoncé les syndicats. {LYCEES}"],
    # The journalist's own sentence.
    [f"Les collèges rouvriront lundi. {LYCEES}"],
    # The words open the next paragraph.
    ["Les collèges rouvriront lundi, a annoncé la ministre.", LYCEES],
    # The words right after their sentence's subject describe it.
    ["Les collèges rouvriront lundi, a annoncé la ministre. Les lycées « reprendront les cours par demi-groupes, avec "
     "des horaires aménagés pour chaque niveau de la seconde à la terminale » dès mardi."],
])
def test_words_woven_after_another_sentence_stay_reported(lint, paragraphs):
    found = excerpts(lint(article("La rentrée se prépare.", *paragraphs)), "QUO001")
    assert len(found) == 1 and "les cours" in found[0]


REGISTRE = "« le registre ne sera clos qu'après la prochaine réunion du conseil municipal »."


@pytest.mark.parametrize("text", [
    f"Les inscriptions restent ouvertes, répond la mairie. En effet, {REGISTRE}",
    f"Les inscriptions restent ouvertes, a indiqué la préfecture. Car {REGISTRE}",
    f"Les inscriptions restent ouvertes, indique l'Office du tourisme. En effet, {REGISTRE}",
])
def test_words_explaining_a_bodys_statement_are_its_own(lint, text):
    assert excerpts(lint(article("Le quartier attend.", text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # People in the plural: which of them speaks is not said.
    f"Les inscriptions restent ouvertes, répondent les riverains. En effet, {REGISTRE}",
    # Another lead: the words may be anyone's the statement is about.
    f"Les inscriptions restent ouvertes, répond la mairie. Sur place, {REGISTRE}",
    # The journalist's own sentence.
    f"Les inscriptions restent ouvertes. En effet, {REGISTRE}",
])
def test_words_explaining_another_sentence_stay_reported(lint, text):
    found = excerpts(lint(article("Le quartier attend.", text)), "QUO001")
    assert len(found) == 1 and "le registre" in found[0]


MUSEE = "« Nous avons choisi de fermer le musée deux semaines pour protéger les collections. »"


@pytest.mark.parametrize("paragraph", [
    f"{MUSEE} Au micro de Radio Littoral, Lucie Garnier, la directrice du site, a défendu cette décision.",
    f"{MUSEE} Lundi, la conservatrice Lucie Garnier s'en est expliquée sur Facebook.",
    f"{MUSEE} Dans un entretien au journal local, Lucie Garnier assume ce choix.",
])
def test_words_opening_a_paragraph_are_those_of_the_person_heard_through_a_channel_next(lint, paragraph):
    assert excerpts(lint(article("Le musée ferme ses portes.", paragraph)), "QUO001") == []


@pytest.mark.parametrize("paragraphs", [
    # No channel: the person may only be the one the words are about.
    [f"{MUSEE} Lundi, Lucie Garnier a présenté le nouveau parcours aux élus."],
    # Two people: which one spoke is not said.
    [f"{MUSEE} Au micro de Radio Littoral, Lucie Garnier et Paul Morel ont défendu cette décision."],
    # The words do not open their paragraph.
    [f"Les travaux commencent lundi. {MUSEE} Au micro de Radio Littoral, Lucie Garnier a défendu cette décision."],
    # The person speaks in the next paragraph.
    [MUSEE, "Au micro de Radio Littoral, Lucie Garnier a défendu cette décision."],
])
def test_words_before_another_sentence_stay_reported(lint, paragraphs):
    assert excerpts(lint(article("Le musée ferme ses portes.", *paragraphs)), "QUO001") == [MUSEE]


@pytest.mark.parametrize("text", [
    "Le village a été reconstruit, mais les témoignages des anciens commencent toujours par « le soir où la "
    "rivière a débordé sur la place ».",
    "Le collège est resté ouvert, mais la note envoyée aux parents s'achève sur « nous comptons sur votre "
    "compréhension pendant ces travaux ».",
])
def test_a_channel_opening_a_clause_speaks_the_words_it_ends_on(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # A thing as the clause's subject: whose words these are is not said.
    "La séance a été levée, et le silence de la salle a précédé « nous ne lâcherons rien jusqu'au bout de "
    "cette bataille ».",
    # A channel described by a copula, with someone else's words.
    "La séance a été levée, et le communiqué est « nous ne lâcherons rien jusqu'au bout de cette bataille ».",
])
def test_a_thing_opening_a_clause_does_not_speak_the_words_it_ends_on(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


SAISON = "Si la saison a été « plus longue que prévu dans les hôpitaux de la région », les urgences ont tenu."


@pytest.mark.parametrize("text", [
    f"L'agence régionale a dressé le bilan de l'hiver. {SAISON}",
    "L'institut a présenté le bilan de la saison. Dans les vallées, les ruchers « ont perdu la moitié de leurs "
    "colonies en dix ans ».",
])
def test_words_woven_after_a_report_presented_are_the_reports(lint, text):
    assert excerpts(lint(article(text)), "QUO001") == []


@pytest.mark.parametrize("text", [
    # No report named.
    f"L'agence régionale a visité les hôpitaux de la côte. {SAISON}",
    # A report named in another clause than the subject's.
    f"L'agence régionale, qui a lu le bilan de l'hiver, a visité les hôpitaux. {SAISON}",
    # Words opening the next sentence: anyone's the report is about.
    "L'agence régionale a dressé le bilan de l'hiver. « La saison a été plus longue que prévu dans les hôpitaux de "
    "la région. »",
])
def test_words_after_no_report_presented_stay_reported(lint, text):
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


PISCINE = ("La piscine a rouvert mardi. D'après la direction du centre, qui a {} dans la soirée, la panne n'a fait "
           "aucun blessé. Les bassins ne sont pas en cause non plus. « Les familles des nageurs ont toutes été "
           "prévenues dans l'heure », conformément au règlement.")


def test_a_source_that_published_a_text_frames_the_words_after_it(lint):
    assert excerpts(lint(article(PISCINE.format("publié un communiqué"))), "QUO001") == []


@pytest.mark.parametrize("what", ["visité un bassin", "publié une photo"])
def test_a_source_that_published_no_text_does_not_frame_the_words_after_it(lint, what):
    assert len(excerpts(lint(article(PISCINE.format(what))), "QUO001")) == 1


EDITORIAL = ("{}, le mensuel, qui paraît depuis 1850, assure avoir pesé ce choix « pendant de longs mois ». Mais "
             "après des décennies de silence sur les élections, « nous ne pouvions plus nous taire cette année ».")


@pytest.mark.parametrize("channel", ["Dans un éditorial publié mardi", "Dans son édito de la semaine"])
def test_an_editorial_is_a_channel_of_words(lint, channel):
    assert excerpts(lint(article(EDITORIAL.format(channel))), "QUO001") == []


def test_a_place_is_no_channel_of_words(lint):
    found = excerpts(lint(article(EDITORIAL.format("Dans un couloir du siège"))), "QUO001")
    assert found == ["« nous ne pouvions plus nous taire cette année »"]


RECOURS = ("Le recours a été rejeté, car {} n'a pas retenu de « faute grave » mais « constaté que les délais de "
           "livraison avaient été dépassés à plusieurs reprises ».")


def test_an_institution_speaks_the_words_of_its_clause_past_other_quoted_words(lint):
    assert excerpts(lint(article(RECOURS.format("la commission"))), "QUO001") == []


def test_a_thing_does_not_speak_the_words_of_its_clause_past_other_quoted_words(lint):
    assert len(excerpts(lint(article(RECOURS.format("le chantier"))), "QUO001")) == 1


CUISINE = "« Où suis-je ? Qui sont ces gens dans ma cuisine ? », c'est {} dans les maisons de retraite."


def test_words_a_clause_after_their_comma_points_back_at_are_named(lint):
    text = CUISINE.format("à travers ces mots que l'on mesure le déclin des résidents")
    assert excerpts(lint(article(text)), "QUO001") == []


def test_words_a_clause_after_their_comma_only_describes_stay_reported(lint):
    text = CUISINE.format("une question que l'on entend souvent")
    assert len(excerpts(lint(article(text)), "QUO001")) == 1


_NO_REGRET = "« J'ai tout donné à ce club, et je pars aujourd'hui sans le moindre regret. »"


@pytest.mark.parametrize("paragraph", [
    # a sentence with no verb, about the one person named after "pour" or "par", hands them the floor
    f"Le club a annoncé son départ. Un dur revers pour Claire Vidal, sa capitaine. {_NO_REGRET}",
    f"Les hommages se multiplient. A commencer par Paul Morel, le président du club. {_NO_REGRET}",
    # ... or by a noun for one person
    f"Le club a annoncé son départ. Un coup dur pour l'entraîneur, à deux matchs de la fin. {_NO_REGRET}",
])
def test_the_person_a_sentence_with_no_verb_is_about_speaks_next(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "QUO001") == []


@pytest.mark.parametrize("paragraph", [
    # two people named: who speaks is not said
    f"Le club a annoncé leur départ. Un dur revers pour Claire Vidal et pour Paul Morel. {_NO_REGRET}",
    # a verb: the person is not what the sentence is about
    f"Le club a annoncé son départ. La saison a été brutale pour Claire Vidal. {_NO_REGRET}",
    # no person named
    f"Le club a annoncé son départ. Un dur revers pour le club de la ville. {_NO_REGRET}",
    # people, not one person
    f"Le club a annoncé son départ. Un coup dur pour les supporters, à deux matchs de la fin. {_NO_REGRET}",
])
def test_a_sentence_about_no_one_person_hands_no_one_the_floor(lint, paragraph):
    assert excerpts(lint(article(paragraph)), "QUO001") == [_NO_REGRET]


def _long_article_of_pull_quotes(sections: int) -> str:
    # Each section opens on a pull-quote, says who speaks a few sentences on, and ends on words
    # nobody is said to say: far more quotations than a pass keeps the words of.
    parts = []
    for i in range(sections):
        parts.append(f"« Nous avons tout perdu dans l'incendie numéro {i} »\n\n"
                     f"Le feu a pris vers minuit dans la rue {i}. Les pompiers sont arrivés vite. "
                     f"« Nous avons tout perdu dans l'incendie numéro {i} », raconte une voisine.\n\n"
                     f"Le quartier reste inquiet. « Personne ne dort plus ici depuis la nuit {i}. »")
    return "\n\n".join(parts)


def test_a_long_file_lets_go_of_the_words_of_quotations_far_behind_and_reads_the_same(lint, monkeypatch):
    from attrlint.analysis import speakers

    text = article(_long_article_of_pull_quotes(120))
    kept = [(d.code, d.span.start) for d in lint(text)]
    monkeypatch.setattr(speakers, "_QUOTED_WORDS_KEPT", 0)  # let go as early as the pass can
    assert [(d.code, d.span.start) for d in lint(text)] == kept
    found = excerpts(lint(text), "QUO001")
    assert len(found) == 120 and all(f.startswith("« Personne ne dort") for f in found)
