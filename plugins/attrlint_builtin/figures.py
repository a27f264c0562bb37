"""FIG001 unsourced-figure and FIG002 unsourced-conditional."""
from __future__ import annotations

from typing import Iterable, Iterator

from attrlint import hookimpl
from attrlint.model import AnalysedDocument, BlockKind, Claim, Severity
from attrlint.i18n import N_
from attrlint.rules import Example, Rule, Violation

from .titles import CHECK_TITLES, checked_titles

# Headlines and captions summarise or describe: their figures are sourced
# in the body, if anywhere.
BODY_BLOCKS = {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE_BLOCK}


class UnsourcedClaim(Rule):
    """A claim of the body with no attribution in reach (SPEC §2.1)."""

    options = {"check-titles": CHECK_TITLES}

    def claims(self, doc: AnalysedDocument) -> Iterable[Claim]:
        raise NotImplementedError

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        blocks = BODY_BLOCKS | checked_titles(self.settings)
        for claim in self.claims(doc):
            if not claim.in_quote and not claim.attributed and doc.blocks[claim.block].kind in blocks:
                yield self.violation(claim.span)


class UnsourcedFigure(UnsourcedClaim):
    code = "FIG001"
    name = "unsourced-figure"
    summary = N_("a figure that needs a source, in a sentence with no attribution")
    message = N_("Figure with no source: who counted, estimated or published it?")
    explanation = N_("""\
Counts of people or things, percentages and shares ("a baissé de moitié"),
sums of money, statistics, measured quantities and estimates need a source an
editor can check: "selon le ministère", "a indiqué la police", "d'après un
décompte de l'AFP". FIG001 reports such a figure when its sentence has no
attribution and nothing else in the article gives it one.

A figure is attributed when its sentence carries an attribution cue:
- a named body's verb of finding counts as one: "Enedis observe une hausse de
  300 mégawatts"
- a cue that governs one clause sources that clause only: "…, la CGT évoquant
  300 cars", "le bilan confirmé dans la soirée par la préfecture"
- a verb of saying governed by "tenir à", "accepter de", "tenter de" or "se
  contenter de" is one when words follow it, or in an incise: "a tenu à
  rappeler que…", "…, a tenu à rappeler la maire."
- a verb of saying is a cue only in that sense: "un incendie s'est déclaré
  vers minuit", "le chômage s'établit à 9 %" and "les stocks se sont révélés
  insuffisants" name no source
- "selon les règles", "selon le rite" say how something is done, not who says
  it, and "auprès de" after a verb of a deal names the other party: "la
  start-up a levé 14 millions de dollars auprès d'investisseurs"
- "selon" after a word of variation says "depending on": "les délais varient
  selon les régions"; and "dit" after a noun, before "de", says "so-called":
  "le déconfinement dit de phase 1"

Or when it continues an attributed statement of the same paragraph:
- a sentence in the reportive conditional, or with "toujours selon"
- a paragraph opened by "Selon le rapport, …"
- a "Selon X, …" after sentences that all give their own source: "Le journal
  révèle que … Selon le quotidien, …"
- the sentences after a "Selon X, …" whose relative clause says that X
  revealed the news or published a text: "Selon le club, qui a publié une
  lettre, …"
- the sentence after a first one that ends on a verb relaying the news: "…,
  rapporte le journal."
- a sentence whose verb carries "ainsi" after its auxiliary: "ont ainsi été
  recensés"
- the sentence right after one whose source measures what happened: "le feu a
  parcouru 62 hectares, selon les pompiers"

Or when it gives or elaborates the results of a data source:
- of a poll, a study or a count named just before: "Selon un sondage Elabe,
  54 % … Ils sont 38 % à …"
- the results of a poll or a study, and those of a count or a count briefing
  the article's opening names ("dans son point quotidien") go on past the
  commentary between them, past a body named by its kind that gives more of
  them ("a précisé l'agence sanitaire"), past "En revanche", and past a
  sentence in which "on" reads them ("on constate que…")
- the shares of an article whose headline or opening names a poll or a panel
  ("selon le panéliste IRI"), or whose opening cites a study or a report
  ("selon le bilan annuel de l'ASFA")
- the share right after a count named as a document: "Selon le dernier bilan
  de la préfecture, … Plus de 30 % des logements…"
- the weather of a forecaster the article has named: "Météo-France … Les
  cumuls atteindront 80 mm"
- a reading of the service that watches a network the article names: the
  length of the jams where it names "Bison Futé", the power drawn where it
  names the grid's operator, the cases per 100 000 inhabitants where it names
  a health watch
- what someone counted or showed: "L'économiste a montré que… Sur cinq ans,
  les loyers ont gagné 12 %"
- the counts of a speaker who gave a count and speaks again, named in the same
  words, with no other speaker between: "…, a annoncé la ministre. …, a
  ajouté la ministre. En un mois, 200 000 salariés de plus…"
- the study a sentence describes: "Le magazine a testé 40 crèmes.
  12 contenaient…"

Or when it is tied to a figure or a document that has a source:
- one between a cue and a "selon la même source" of the same paragraph
- one of a document named as a source: "selon ce document"
- one of a breakdown that goes on the one before it: "Parmi les adultes, 30 …
  Chez les mineurs, 6 …", "Enfin, …"
- one that says again, further on, a figure of the same value that has a
  source: "Une centaine de manifestants ont été interpellés, a indiqué le
  parquet. La police a arrêté une centaine de manifestants…", "Outre les
  2 400 agents mobilisés…"
- an estimate in the same words, value and kind as a sourced one, when one of
  the two counts people in general words: "près de 8 000 habitants" after
  "près de 8 000 riverains, selon la mairie"
- one that takes up such a figure to count a part of it: "Sur les 120 clubs
  concernés, 45…"
- the part of a figure with a source, one or two sentences before, that a
  demonstrative takes up: "…450 000 euros, rapporte le journal. … Sur cette
  somme, 90 000 euros…"
- the part after "dont" of a count written in words: "Douze manifestants ont
  été arrêtés, dont 9 mineurs"
- one worked out as the sum or the difference of two figures with a source:
  "48 classes restent fermées, dont 11 depuis lundi. Les 37 autres…"
- the figure of a heading that the section under it gives again with a source:
  "- Plus de 3 000 blessés -" over "au moins 3 140 blessés, selon les secours"
- a figure of the lead that the body gives again with a source, in the same
  words: an estimate ("au moins cinq baigneurs") or a count of three digits or
  more
- figures right after a source that gives none, in a sentence that names that
  body again by its acronym

Figures that need no source:
- dates, years, times, durations, ages and ordinals
- identifiers and names: "G7", "Covid-19", "article 49.3", "GLE 580",
  "Europe 1", a service's number before its verb ("les écoutants du
  119 répondent")
- scores and the results of a vote: "adopté par 52 voix contre 19 et
  4 abstentions"
- numbers inside quotations
- the title of an embedded video glued to its credit
- small counts written in words: "les deux hommes"
- vague quantities: "des milliers", "des centaines" ("une centaine de
  manifestants" is an estimate, and needs a source)
- a small count given as one number or the next: "8 ou 9 tracteurs"

Not reported: figures that describe rather than claim. The words that tell
them are data (grammars/lexicon/figures.toml).

Rules, limits, rulings and trials:
- a figure stated by a rule, a limit or a penalty: "passible de 75 000 euros
  d'amende", "limitée à 80 km/h"
- a levy's rate in brackets: "une cotisation (1,5 % de la masse salariale)"
- the value a described figure is compared with: "limitée à 80 km/h contre
  90 km/h"
- the threshold of a scheme ("les foyers dont le revenu est supérieur à
  250 000 euros") and the amount it sets as it changes it ("cette aide passera
  à 3 000 euros")
- a bound or a share that defines the things a rule or a comparison is about:
  "les rassemblements de plus de 10 personnes restent interdits", "les 10 %
  les plus riches"
- a bound after the verb of a share that opens its sentence, which says what
  group the share counts: "Près de 40 % des infirmières gagnent moins de
  1 800 euros" (the share is reported)
- what must be: "une motion doit réunir 58 signatures"
- each of the things an obligation requires when "et" joins them: "devra
  obtenir l'accord du bureau et rallier 300 voix"
- what a requirement lists, or what "il faut" requires
- the places a mandatory measure applies to: "les voyageurs venant de 16 pays
  devront se faire tester"
- whom a restriction admits: "ouvert qu'à 400 délégués"
- the share of its capacity a place may only use
- what comes into force: "une hausse de 3 %, entrée en vigueur lundi"
- what an authority invites people to do
- what a ruling orders paid: "le tribunal a alloué 800 euros à l'association"
- the defendants a trial tries: "14 accusés sont jugés"

Plans, targets and decisions:
- what someone named intends, plans or forecasts: "le transporteur espère
  assurer 80 % de ses vols", "le groupe prévoit de supprimer 3 000 postes"
  ("le chômage devrait atteindre 11 %" names no one, and is reported)
- a target ("s'engager à réduire de 40 % les émissions") and what a measure
  must make possible ("la réforme doit permettre de recruter 300 médecins")
- what an authority decides or imposes: "le gouvernement a décidé de placer
  14 villes en zone rouge"
- what an assembly votes on or examines: "le Sénat examinera 300 amendements"
- the terms an agreement bears on: "l'accord porte sur une hausse de 3 %"
- what a measure consists of: "la mesure consisterait en un versement de
  300 euros"
- the size of a plan named in its announcement: "l'annonce d'un plan de
  3 milliards d'euros"
- a grant someone will receive: "recevra une enveloppe de 2 millions d'euros"
- in an article whose headline or opening names a budget bill, what the bill
  gives a ministry: its credits, posts or budget
- a count a body named after "par" grades: "14 départements ont été placés en
  vigilance orange par Météo-France" (the grade is the body's)

Products, and prices set by a seller:
- a product's specification ("483 ch"), and the other measures, parts and
  production run of an article that gives one: "4 places", "150 exemplaires"
- the power or frequency of a machine: "un réacteur de 900 mégawatts", "un
  réacteur à eau pressurisée de 150 mégawatts"
- a quality a product's article compares: "40 % plus léger"
- the gears of a bike
- a print or production run: "tiré à 60 000 exemplaires"
- the size of a document: "36 pages"
- what a thing is made of: "une maquette composée de 298 pièces" (the people
  who make up a body are news)
- what a thing is divided into: "répartie sur 40 bobines"
- what a pack holds: "un coffret de 6 disques"
- a seller's price: "adjugée 79 875 €", "accessible dès 44 940 €", "le billet
  coûtait 45 euros"; after "pour" ("elle loue des vélos pour 35 euros la
  journée") or after a car's brand ("une Maserati à 90 000 euros"); but the
  price a market reaches is a statistic, and is reported: "le prix de la tonne
  de blé a grimpé à 320 euros"
- a product's prices under ten million in an article that gives its
  specification
- an auction's estimates and what it offers: "126 lots"
- the quantity a price is given for: "pour 40 litres, 58 euros"
- a voucher's value: "des bons d'achat de 30 euros"
- what a giver offers: "l'opérateur offre 10 Go à ses abonnés"
- a sum converted in brackets: "900 cauris (40 euros)"
- a value worked out from the two before it: "baisse de 20 euros pour passer à
  100 euros"

Places, venues and bodies:
- a place given as context: "une commune de 800 habitants", "les
  10 000 habitants de l'île"
- a place's share of the population in brackets after its name
- what a venue can hold or how high a building is: "un stade de 6 000 places",
  "un immeuble de 18 étages"; the seats of a named venue: "les 45 000 places
  du stade"
- a distance, a length or an area that places or sizes a thing: "à 110 km de
  là", "un prisme de 3,7 m", "une maison de 140 mètres carrés" (but
  "19 kilomètres de bouchons" and "a reculé de 100 m" measure what happened)
- an area restated in football pitches
- what a route is strewn with: "jalonnée de 12 virages"
- a place's climate in a season: "les nuits restent à 30 degrés en été"
- the speed at which a thing always moves: "le satellite, qui tourne à
  28 000 km/h"
- what a relative clause says of its subject: "l'université, qui compte
  20 000 étudiants"
- the make-up of an assembly ("le Sénat compte 348 sièges") or of a named body
  ("les 27 pays de l'Union", "les 30 écoles de Vannes")
- the size of a panel: "un comité de 25 personnes"
- a company's share capital ("au capital de 10 000 euros") and the countries
  it is present in
- a share or the people of a described figure, given after ", dont": "au
  capital de 9 000 euros, dont le boulanger apporte 40 %", "les 80 casernes de
  la Brigade, dont les 9 000 pompiers…"
- the whole a part is counted in: "94 des 96 départements"
- the part of a described figure that a demonstrative takes up: "…un
  couvre-feu dans 140 communes. … Parmi ces communes, 35…"
- the size of a family: "père de 4 enfants"
- the co-authors of a text: "la tribune qu'elle a cosignée avec
  40 chercheuses"

Shows, competitions and prizes:
- the format of a competition: "20 équipes réparties en cinq poules"
- what a show exhibits, presents or will have on display: "80 tableaux y sont
  exposés"
- what each will receive of a prize: "recevront 50 000 euros chacun"
- the people drawn by lot

Studies and rankings:
- what a study named in the sentence tests: "les chercheurs ont étudié
  259 étudiants"
- the design of a trial or a study: "un essai sur 30 000 volontaires", "son
  équipe a prélevé du sang auprès de 80 patients"
- the entries of a ranking: "le palmarès et ses 200 lycées"
- the places gained or lost in a ranking the sentence names: "au classement
  des villes étudiantes, Rennes recule de 14 places"
""")
    examples = (
        Example(bad="Au moins 300 soldats ont été tués dans les combats.",
                good="Au moins 300 soldats ont été tués dans les combats, selon l'état-major."),
        Example(bad="Le chômage a reculé à 7,1 % au troisième trimestre.",
                good="Le chômage a reculé à 7,1 % au troisième trimestre, a annoncé l'Insee."),
    )

    def claims(self, doc: AnalysedDocument) -> Iterable[Claim]:
        return (fig for fig in doc.figures if fig.needs_source)


class UnsourcedConditional(UnsourcedClaim):
    code = "FIG002"
    name = "unsourced-conditional"
    summary = N_("a claim in the reportive conditional with no source")
    message = N_("Claim in the reportive conditional with no source: according to whom?")
    # Precision first (SPEC §2.1): on real articles, half of what it finds is a
    # hypothesis or an opinion, or a report whose source is further back.
    severity = Severity.INFO
    explanation = N_("""\
The reportive conditional ("auraient été tués", "serait mort") tells the
reader that the journalist reports someone else's claim without vouching for
it. That someone must be named in the sentence, or in the statement it
continues. FIG002 reports such a claim when no source is named for it.

What counts as the statement a sentence continues:
- the previous sentence of the paragraph
- a chain of sentences in the conditional going back a few sentences to their
  source; a short question between them ("La raison ?") or one short comment
  that tells no event does not break it
- a "Selon X, …" opening the sentence before, or two sentences before when the
  one between is in the indicative, or three when the two between are in the
  pluperfect, unless they open on a contrast ("Cependant, …")
- a chain going on to a sentence in the conditional that names the source:
  "Les faits se seraient déroulés à l'école. Un élève aurait agressé trois
  enfants, rapporte le quotidien."

Not reported, because it weighs, wishes, asks or imagines rather than reports:
- modal verbs: pourrait, devrait…
- hypotheticals: "si…", "en cas de…"
- what could or should have been: "aurait pu", "aurait dû"
- wishes: "aurait bien aimé", "aurait voulu"
- judgements: "il serait surprenant que…", "la meilleure chose serait…",
  "serait de réduire…", "serait équitable"
- a course of action weighed or a consequence foreseen: "serait une erreur",
  "aurait des conséquences"
- the design of a proposal or a plan: "le syndicat propose un fonds qui serait
  géré par les salariés"
- what a project named in the sentence before would do: "Un projet de parc a
  vu le jour. Les entrepôts seraient rasés."
- what is expected after a forecast: "Les marcheurs devraient revenir samedi.
  Il s'agirait de leur troisième marche."
- an age: "serait âgé de 30 ans"
- a product's measures: "ce prototype de 600 ch serait capable d'atteindre
  300 km/h"
- what the writer says of themself: "mes choix seraient dictés par…"
- questions: "quelle serait la meilleure manière…"

Not reported, because it needs no source of its own:
- its sentence names the charge it states: "soupçonne le maire d'un trafic
  d'objets qui auraient été volés", "des rumeurs selon lesquelles…"
- it passes on quoted words that have a source: "serait « … »"
- it goes on with a charge the sentence before states: "Trois hommes sont
  soupçonnés d'avoir pillé le magasin. Ils auraient forcé la porte."
- it goes on with a paragraph opened by a sentence that names only its source:
  "Une information relayée par le quotidien."
- it goes on with a hypothesis the sentence before sets: "Si la digue cède, …"
- it goes on with the poll an article is about: "la gauche serait absente du
  second tour"
- the article repeats it word for word with a source elsewhere (a standfirst
  that sums up the body), its auxiliary perhaps in the indicative ("aurait eu"
  for "a eu")
- it follows quoted words with a source that run over sentences and close the
  sentence before
- it stands between a question and a sentence that names its source: "Un
  mariage en vue ? Ils se seraient fiancés. Dans un entretien au magazine,
  l'actrice…"
- its sentence opens on "Telle" and says whose the words before it are: "Telle
  aurait été sa réponse."

Reported at info severity: a question for the editor, not a fault, and it does
not fail the run. The conditional that reports and the one that imagines or
judges share their forms, and a chain of reported claims often goes back
further than the analysis reads; on real articles the rule is wrong about one
time in ten. A newsroom that wants it to fail the run gives it the "warning"
severity in its configuration.
""")
    examples = (
        Example(bad="Le suspect aurait quitté le pays dimanche.",
                good="Le suspect aurait quitté le pays dimanche, selon une source policière."),
    )

    def claims(self, doc: AnalysedDocument) -> Iterable[Claim]:
        return doc.conditionals


@hookimpl
def attrlint_rules():
    return [UnsourcedFigure, UnsourcedConditional]
