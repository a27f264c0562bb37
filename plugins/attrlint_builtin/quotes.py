"""QUO001 unattributed-quote and QUO002 unbalanced-quotes."""
from __future__ import annotations

from typing import Iterator

from attrlint import hookimpl
from attrlint.model import AnalysedDocument, BlockKind, Severity
from attrlint.i18n import N_
from attrlint.rules import Example, Rule, Violation

from .titles import CHECK_TITLES, TITLE_BLOCKS, checked_titles

STRAY_CLOSING = N_("Closing quotation mark with no opening mark")


class UnattributedQuote(Rule):
    code = "QUO001"
    name = "unattributed-quote"
    summary = N_("a direct quotation with no speaker or source")
    message = N_("Quotation with no speaker: who said this?")
    # Precision first (SPEC §2.1): on real articles most quotations it finds have a
    # speaker the analysis cannot read, and nothing it sees tells those apart.
    severity = Severity.INFO
    # A headline or a subheading condenses the article: its quotations are the body's,
    # attributed there (SPEC §2.1 rule 5), as its figures are (FIG001).
    options = {"check-titles": CHECK_TITLES}
    explanation = N_("""\
Words in quotation marks are someone's words: the sentence (before the
quotation or after it, "… », a-t-il déclaré"), or the paragraph that
introduces it ("Il a déclaré : « … »"), must say whose. QUO001 reports a
quotation when nothing in reach names its speaker or its source.

What counts as a speaker:
- a cue in the quotation's sentence, or in the paragraph that introduces it
- the speaker of an attributed quotation that the quotation directly follows:
  the same speaker goes on
- an incise inside the quotation: "« Nous tiendrons, s'amuse la maire.
  Personne ne partira. »" (any other verb of saying there is the speaker's own
  word)
- the speaker of an attributed quotation left open, for the words it quotes
  after a colon: "« … », raconte l'ingénieur. « Ce jour-là, c'était juste :
  « Salut ! »"
- the colon of a headline of the form "Speaker : « … »"

Not quotations:
- titles of works and publications, names of operations and events
- sayings the sentence calls so: "l'adage selon lequel « … »", "« … », c'est
  son nom"
- the legal label of a charge: "condamné « pour des faits de harcèlement »"
- quotations listed as examples, with commas or a list's words between them:
  "« … », ou encore « … », mais aussi « … »"
- the journalist's own terms in quotation marks: les « gilets jaunes »

Not reported, because a speaker is named without a verb of saying:
- a quotation woven into a sentence whose subject can speak: "Le maire a
  défendu « … »", "le rapport dépeint un pilote « … »"
- woven into a clause whose subject is "il", "elle", "vous", an institution,
  a text ("la note aux parents s'achève sur « … »"), people named in the
  plural ("Plusieurs pêcheurs se mobilisent contre « … »") or a count of
  people ("Une cinquantaine de députés ont appelé à « … »")
- woven into a clause whose passive names its agent: "Sa « bravoure » a été
  saluée par l'association"
- woven into a sentence opening on "Et" and a participle, which shares the
  subject of the one before
- woven right after the subject, words that open on a verb of opinion and its
  clause: "Le maire « ne pense pas que la digue cède »"
- woven into a clause whose subject is a "qui" right after a name: "Paul
  Durand, qui avait vanté « … »"
- the words of a written text the sentence names: "Dans le nouvel arrêté, il
  est précisé qu'il n'est « … »", "signer une charte « … »"
- a quotation that someone is seen or heard saying: "on y voit le maire dire
  « … »"
- a quotation whose speaker is named later in its sentence, before a verb of
  saying: "Face à une situation « … », le professeur Salomon a appelé…"
- a quotation whose speaker is named by the words that point back at it:
  "C'est par ces mots que…", "Voici le message que les commerçants adressent
  au maire", "La maire a prononcé cette phrase à la sortie du conseil"
- speakers named in brackets right after the words: "« … » (Paul et Léa, dans
  le film)"
- a noun for words before the quotation and whose they are after it: "La
  réponse « … » d'un passant"
- a quotation cut by a few words from an attributed one that closes in its
  sentence
- but a subject that is a thing or an event ("Le mercure…") does not speak

Nor a quotation after a colon:
- when the words before it name a person or a document ("Réponse de la
  ministre : « … »", "Dans un extrait du jugement, on lit : « … »") or are
  only a possessive and its noun ("Son conseil : « … »")
- in the sentence after the speaker's own attributed words, or after a few
  phrases a cue gives to them: "« … », sourit la navigatrice. Et le plus beau
  reste à venir : « … »", "« … », « … », résume l'entraîneuse. Pourtant, la
  question reste ouverte : « … »"

Nor a quotation opening the sentence right after one of these:
- a sentence about a named person, one person's title ("le maire", "la
  journaliste") or "il" / "elle" (but not a pronoun that, after a sentence
  naming no one, stands for a thing of it: "Quelques gradins sont ouverts, en
  raison du règlement. Il impose aussi le masque. « … »")
- a sentence whose source is a person ("Selon M. Rohani, …", "Pour lui, …") or
  whose later clause has a person speak ("…, et elle a estimé que…")
- a sentence in which someone speaks through a channel ("Dans un communiqué,
  le syndicat a déclaré que…") or to a wire agency ("Le parquet a confirmé à
  l'AFP…")
- a sentence in which a named body speaks, when "En effet", "Car" or "Et pour
  cause" opens the quotation's sentence: "…, répond la mairie. En effet,
  « … »"
- a sentence whose verb leaves a named person in a state: "La défaite a
  laissé M. Durand amer."
- a sentence that puts a named person forward ("c'est Paul Garnier qui a
  surpris") or in which a single name speaks woven words
- "Et d'ajouter."
- a sentence with no verb about one person, named after "pour" or "par":
  "Un dur revers pour Paul Durand.", "Un hommage rendu par l'élu."
- a lead that only announces the words may stand between, after attributed
  words of several sentences too: "Sa réponse ? « … »"

Nor a quotation near its speaker's attributed words, or repeating them:
- a quotation right before a sentence in which one person goes on speaking:
  "Elle ajoute : « … »"
- words woven into the sentence after one in which someone speaks through a
  letter, a communiqué or an interview it names, or to a wire agency, or
  presents a report, a study or a count it names: "L'agence a publié son
  bilan. L'hiver a été « … »"
- a quotation that is the whole first sentence of its paragraph, when the
  next sentence names one person speaking through a channel: "« … » Sur sa
  page, la maire Lucie Garnier s'est excusée."
- words woven into the sentence right after attributed words, after a lead of
  five words at most: "« … », a déclaré le maire. Les terrasses devront être
  fermées « … »"
- words opening their clause after a lead and its comma, in the sentence after
  one reporting one person's statement: "…, a annoncé la ministre. Dans les
  lycées, « … »"
- words woven between a cue and an incise a few sentences on whose verb goes
  on: "…, poursuit le parquet"
- words woven into the sentence right before a quotation whose incise goes on
  and names its speaker: "Les spectateurs « … ». « … », a ajouté la direction."
- a quotation ending its sentence, when the next sentence takes the words up
  with a demonstrative and names who is behind them: "« … ». Ce tract du
  syndicat…", "C'est par cette question qu'une élève…"
- a quotation between attributed words of one speaker a sentence or two before
  it and after it, across a paragraph break too, with no one else speaking
  between: "« … », a rappelé le préfet. Il y aura « … ». « … », a-t-il
  poursuivi."
- a quotation standing, as a sentence of its own, next to an attributed one (a
  testimony) or past a short aside that names no one ("Qui change sans
  cesse."), when the sentence before the aside ends on the attributed words
- in a passage about one person, a quotation after their attributed words or a
  sentence reporting them ("Paul Durand estime que…"), with only sentences
  about them between ("« … », raconte Marie Dupont. Sa journée commence à
  22 heures. « … »"), or before them, with at most two sentences about them
  between ("« … » Claire Vidal vit à Sainte-Anne. « … », soupire-t-elle."); a
  sentence whose first word only looks like a name (a question, an adverb in
  "-ment", a word the article also writes in lower case) does not name
  someone else
- in an interview, the answer after a short paragraph, with no quotation,
  that addresses the one interviewed: "On vous reproche d'avoir attendu."
- words in the first person singular inside a paragraph, when the attributed
  quotations around them (two at least, one in their paragraph) all name one
  person: "« … », raconte Paul Durand. Il a repris le travail en mai.
  « J'ai eu peur. »"
- a quotation opening the body after a standfirst of one sentence in which one
  person says something: "Le maire assure que la plage est sûre." then "« … »"
- words repeated from a quotation attributed elsewhere, or from words quoted
  as a term in a sentence that attributes them: all of them or, as a
  pull-quote cuts and rewords them, half of them at least
- a quotation whose words an attributed headline or pull-quote cuts down
  (three quarters of its words at least)

Not reported either, because the analysis cannot tell whose they are:
- a quotation of six words or fewer woven into its sentence: "l'homme est
  décédé « des suites de ses blessures »"
- a noun phrase of any length the sentence takes up after its article, with no
  "je", "nous" or "vous" in it: "organise une « marche solidaire aux gilets
  jaunes des territoires »"

Such a phrase is most often borrowed from a source the passage names
elsewhere; a longer quotation, or one that opens its sentence, is reported.

The headline and the subheadings are not checked (the check-titles option
checks them): they condense the article, whose body attributes their words.

Reported at info severity: a question for the editor, not a fault, and it does
not fail the run. Real articles name speakers in more ways than the analysis
reads (a speaker introduced sentences before, an interview, a passage that
names its person in the previous paragraph), and nothing it sees tells those
quotations from the ones that truly lack a speaker. A newsroom that wants it
to fail the run gives it the "warning" severity in its configuration.
""")
    examples = (
        Example(bad="La salle s'est levée. « Nous ne céderons pas. »",
                good="La salle s'est levée. « Nous ne céderons pas », a martelé la ministre."),
        Example(bad="La coopération « porte gravement atteinte à la paix dans la région ».",
                good="Le ministère a averti que la coopération « porte gravement atteinte à la paix dans la région »."),
    )

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        titles = TITLE_BLOCKS - checked_titles(self.settings)
        for q in doc.quotes:
            if q.depth or not q.is_speech or q.attributed or q.fragment:
                continue
            kind = doc.blocks[q.block].kind
            if kind is BlockKind.DIALOGUE or kind in titles:
                continue  # the interview's byline attributes its exchanges; the body, a headline's
            yield self.violation(q.span)


class UnbalancedQuotes(Rule):
    code = "QUO002"
    name = "unbalanced-quotes"
    summary = N_("an opening quotation mark with no closing mark in the same paragraph, or a stray closing one")
    message = N_("Quotation mark with no closing mark in this paragraph")
    messages = (STRAY_CLOSING,)
    explanation = N_("""\
An opening « or “ (or ") must be closed in the same paragraph, and a closing
mark must close something. A missing mark hides where the quoted words end,
and so who is speaking. A quotation running over several paragraphs opens each
of them and closes at the end only; where the paragraph breaks were lost
("… fin. « Suite …"), such a reopening mark is not reported.
""")
    examples = (
        Example(bad="Il a décrit un « leader charismatique et sans peur, selon l'agence.",
                good="Il a décrit un « leader charismatique et sans peur », selon l'agence."),
    )

    def check(self, doc: AnalysedDocument) -> Iterator[Violation]:
        for mark in doc.unbalanced:
            if mark.reopened:
                continue
            message = None if mark.kind == "unclosed" else STRAY_CLOSING
            yield self.violation(mark.span, message)


@hookimpl
def attrlint_rules():
    return [UnattributedQuote, UnbalancedQuotes]
