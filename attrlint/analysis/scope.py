"""Attribution scope (SPEC §2.1): link each figure, quotation and
conditional to the cue that attributes it, or to none.

1. A cue in the same sentence, outside any quotation.
2. Quotations: a cue in the sentence the quotation opens or closes in (a
   verb of saying after it only as its incise, also when it opens the next
   sentence after a "!" or "?"); an incise inside the marks;
   a cue ending the previous sentence, or a previous sentence ending with a
   cue and a colon (also across a paragraph break); a quotation that follows
   an attributed one which had the last word of its sentence (opening its
   sentence or woven in after a few words), or that reopens an attributed
   quotation left open (multi-paragraph quotations; read again once the
   testimonies, pull-quotes and colons have given their speakers); a quotation cut by a few
   words from an attributed one after it in its sentence; a next sentence that
   points back at the words ("C'est par ces mots que…"); a narrative
   infinitive after an attributed sentence ("Et d'ajouter : « … »"); the items
   of a list of quotations, read as one; a quotation leading its sentence
   before a colon ("« … » : les manifestants ont défilé…").
3. Continuation within a block: a sentence in the reportive conditional
   continues an attributed previous sentence (a short question, or one short
   comment that tells no event, between, "La raison ?", "La liste est longue.",
   does not end the report, nor does one sentence in the indicative, or two in
   the pluperfect, after a "Selon X, …" opening the sentence before, unless it
   opens on a contrast or another fact), or a previous sentence that charges someone
   ("soupçonnés d'avoir…": the conditional details the charge); a block opened by a framing
   cue ("Selon le rapport, …") or by a sentence that names only its source
   ("Une information relayée par X."), a "Selon X, …" after sentences of its block that all
   name their source ("Le journal révèle que … Selon le quotidien, …"), or a sentence ending
   with a cue and a colon, or a "Selon X, qui a révélé l'information, …" anywhere in its block,
   reaches the next ``framing_reach`` sentences (one that names its
   source again, or as a pronoun, and quotes no words counts as one of them); a block's first
   sentence that ends on who relays it ("…, rapporte le journal.") reaches the next one; a short
   question between two sentences that give their source is the account's; the
   sentences between a cue and a "selon la même source", "toujours selon X" a few sentences on in
   its block are its account; so are the quotations between a cue and an
   incise a few sentences on whose verb goes on ("…, poursuit le parquet") or
   whose subject is an inverted pronoun ("…, précise-t-elle").
4. A conditional whose clause runs into a quotation of someone's words
   ("serait « … »") has the quotation's source.
5. In an article about a poll's results, a conditional after the poll is
   named is what the poll projects ("Le sortant serait battu au second tour").
6. A conditional whose clause a sentence with a source repeats word for word
   elsewhere in the article (a standfirst summing up the body) has its source.
7. A conditional between a question and a sentence that names its source,
   in one paragraph, teases that source's report.
8. A conditional right after quoted words with a source that run over
   sentences and close its paragraph's sentence before goes on the speaker's
   account (rule 3: that sentence is a reported statement).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import islice

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import window_end, window_start
from ..word_lists import function_word_alternation as _alternation, normalise, phrase_alternation, phrase_pattern, word_sets
from ..model import AnalysedDocument, BlockKind, Cue, Quote, Sentence, Span
from .conditionals import (go_on_after_quoted_sentences, states_a_charge, take_the_source_of_quoted_words,
                           take_the_source_of_repeated_reports)
from .cues import INCISE_LEAD
from .figure_words import has_a_lemma_in
from .phrase_search import may_hold, openings_of
from .quotes import quote_words
from .spans import SpanIndex
from .data_sources import (budget_bill_figures, contrast, elaborations, forecast_figures, headings_repeated,
                           parts_of_counts_in_words,
                           parts_of_a_sourced_figure_taken_up, parts_of_sourced_figures,
                           poll_conditionals, poll_figures, repeated_figures, service_forecast_figures, network_figures,
                           topic_change, worked_out_from_sourced_figures)
from .speakers import PUNCT_GAP, SAYING_KINDS, attribute_repeated_and_testimony, subject_cue
from .subjects import PERSON_PRONOUNS, subject_words

# How many sentences the account a framing cue opens reaches (the reviewed corpus: 3 removes only
# diagnostics judged wrong; 4 removes right ones too).
FRAMING_REACH = 3
# Blocks whose last sentence can hand the floor to a quotation opening the next block.
_SPEECH_BLOCKS = {BlockKind.PARAGRAPH, BlockKind.QUOTE_BLOCK, BlockKind.LIST_ITEM}
# Headlines' blocks (bound once: a member read as ``BlockKind.X`` goes through the enum's
# class look-up, several times slower than a module's name).
_HEADLINE_KINDS = (BlockKind.TITLE, BlockKind.HEADING)
_OPEN_BRACKET = regex.compile(r"[\s\u00a0\u202f]*\([\s\u00a0\u202f]*")
_ENDS_SENTENCE = regex.compile(r"[.!?…][\s\u00a0\u202f]*$")
# The same, read in place: a sentence holding many quotations is not copied once per quotation.
# Punctuation between a sentence's start and its quotation is a few marks
# ("— « …"): a longer gap holds words, and is not read.
_GAP_READ = 12
# How many words may lead, in the next sentence, to words that go on an attributed quotation
# ("Les récréations devront être organisées « … »"). The reviewed corpus: 5 removes only
# diagnostics judged wrong or unsure; past it, a clause of its own describes the words.
_WOVEN_LEAD = 5
# Or a longer adverbial that ends on its comma right before the words, which still open their
# clause: "Dans ce lycée du centre de Lyon, « … »", "Ainsi, pour le dioxyde d'azote, « … »"; a time
# or a condition set before them ("Lors des fortes rafales, « … »", "S'ils refusent, « … »").
_ADVERBIAL_LEAD = regex.compile(
    r"[\s\u00a0\u202f]*(?i:dans|sur|pour|en|à|au|aux|chez|ainsi|quant|côté|concernant|après|avant|depuis|selon"
    r"|lors|pendant|durant|malgré|face|outre|dès|si|s['’]ils?|même[\s\u00a0\u202f]+si|quand|lorsque|lorsqu['’]\p{L}+)"
    r"(?:[\s\u00a0\u202f,]+[\p{L}\p{N}'’\-]+){0,10}[\s\u00a0\u202f]*,[\s\u00a0\u202f]*")
# A span longer than this many characters a word holds more words than a lead may.
_LONG_WORD = 25
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_PRONOUN_GAP = 80
_INNER_SELON_MAX = 32
# Object pronouns that may stand between a quotation and its verb of saying.
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")
_CLITICS = phrase_pattern(sorted(_FUNCTION_WORDS["object_pronouns"] | _FUNCTION_WORDS["personal_object_pronouns"] |
                                 _FUNCTION_WORDS["familiar_object_pronouns"]))


# Characters of ``PUNCT_GAP`` (the common ones of its spaces, and all its marks).
_GAP_CHARS = " \n\t\u00a0\u202f,.;:!?…—–-()"


def _punct_only(prose: str, start: int, end: int) -> bool:
    """Whether only spaces and punctuation stand in ``prose[start:end]`` (``PUNCT_GAP``). Most
    gaps read are empty, open on a letter, or hold only common spaces and marks, perhaps before a
    letter (which the pattern never reads): the pattern is tried for the others only."""
    if start >= end:
        return True
    if prose[start].isalpha():
        return False
    rest = prose[start:end].lstrip(_GAP_CHARS)
    if not rest or rest[0].isalpha():
        return not rest
    return PUNCT_GAP.fullmatch(prose, start, end) is not None


def _sentence_cue(sentence: Sentence) -> Cue | None:
    for cue in sentence.cues:
        if not cue.in_quote:
            return cue
    return None


def link(ad: AnalysedDocument, conditionals_by_sentence: dict[int, list], framing_reach: int = FRAMING_REACH,
         introducers: dict[int, Cue] | None = None, in_conditional: set[int] | frozenset[int] = frozenset()) -> None:
    sentences = ad.sentences
    # Sentence-level attribution, with continuation inside a block.
    framing_left = 0
    framing_cue: Cue | None = None
    elaborating = elaborations(ad)
    sourced_so_far = True  # every sentence of the block before ``unread`` names its source or goes on one
    unread = 0  # the first sentence of the block not yet read for it: it is read only when asked (rarely)

    def sourced_before(i: int) -> bool:
        """Whether every sentence of the block before ``sentences[i]`` names its source or goes on
        one. The sentences before ``i`` are settled: the loop sets only the one it is on."""
        nonlocal sourced_so_far, unread
        while sourced_so_far and unread < i:
            sourced_so_far = _keeps_its_paragraph_sourced(ad, sentences[unread])
            unread += 1
        return sourced_so_far

    for i, s in enumerate(sentences):
        cue = _sentence_cue(s) if s.cues else None  # most sentences have no cue
        prev = sentences[i - 1] if i > 0 and sentences[i - 1].block == s.block else None
        if prev is None:
            framing_left, framing_cue = 0, None
            sourced_so_far, unread = True, i
        if cue is not None:
            s.attributed_by = cue
            if cue.kind == "prepositional" and prev is None and (_opens_sentence(ad, s, cue) or _ends_sentence(ad, s, cue)):
                # "Selon le rapport, …" opening a paragraph frames what follows.
                framing_left, framing_cue = framing_reach, cue
            elif cue.kind == "prepositional" and _reports_from(ad, s, cue) and \
                    (_relays_the_whole_news(ad, s, cue) or sourced_before(i)):  # (most cues: a verb, no call)
                # "Selon le journal, qui a révélé l'information, …": the news is the source's, all of it.
                # "Le journal révèle que … Selon le quotidien, …": after sentences that all give
                # their source, "Selon X, …" still opens the paragraph's account.
                framing_left, framing_cue = framing_reach, cue
            elif prev is None and _names_only_its_source(ad, s, cue):
                # "Une information relayée par le journal local." opening a paragraph frames it too.
                framing_left, framing_cue = framing_reach, cue
            elif cue.span.end >= s.span.end - 2 and ad.prose[cue.span.end:s.span.end].strip() in (":", ""):
                framing_left, framing_cue = framing_reach, cue
            elif framing_left > 0 and framing_cue is not None and _takes_up_the_source(ad, s, cue, framing_cue):
                # "Selon la préfecture, … Elle a précisé que … Une centaine de policiers …": a sentence
                # of the framed account that names its source again goes on it.
                framing_left -= 1
            else:
                framing_left = 0
            continue
        prev_attributed = prev is not None and (prev.attributed_by is not None or prev.continues)
        if conditionals_by_sentence.get(s.index) and (prev_attributed or
                                                      _continues_report(ad, i, conditionals_by_sentence, in_conditional)
                                                      or prev is not None and states_a_charge(ad.prose, prev.span)):
            s.continues = True
            continue
        if framing_left and topic_change().match(ad.prose, s.span.start, min(s.span.end, s.span.start + 40)):
            framing_left = 0  # "Par ailleurs, …": the paragraph moves on to another fact
        if framing_left > 0 and framing_cue is not None and prev_attributed:
            s.continues = True
            framing_left -= 1
            continue
        framing_left = 0
        if i in elaborating:
            s.continues = True  # the figures of a poll or count named just before (rule 6)

    # The sentences that name their source (a cue outside quotations): the passes below read
    # around them only. They are settled: the passes set only ``continues``.
    sourced = [s for s in sentences if s.attributed_by is not None]

    for i in _questions_between_sources(ad, sourced):
        sentences[i].continues = True  # "…, selon le journal. Pourquoi ? …, a-t-on expliqué au journal."

    for i in _after_relayed_news(ad, sourced):
        sentences[i].continues = True  # "Le musée est fermé, rapporte le journal. Les travaux…"

    for i in _before_the_same_source(ad):
        if sentences[i].attributed_by is None:
            sentences[i].continues = True  # "…, selon la préfecture. … Selon la même source, …"

    pointed_back = _sourced_from_the_next(ad, sourced)
    for i in pointed_back:
        if sentences[i].attributed_by is None:
            sentences[i].continues = True
    _close_reports_in_the_conditional(ad, conditionals_by_sentence)

    count = len(sentences)
    for claims in (ad.figures, ad.conditionals):
        k = 0  # claims are in text order, as sentences are: one walk for each list, no search for each claim
        for claim in claims:
            at = claim.span.start
            if k and sentences[k - 1].span.end > at:
                k = 0  # a claim before the one read last: the walk starts over
            while k < count and sentences[k].span.end <= at:
                k += 1
            if k < count and sentences[k].span.start <= at:
                s = sentences[k]
                claim.sentence, claim.attribution, claim.continues = s.index, s.attributed_by, s.continues
                if claim.attribution is None and s.clause_cues:
                    claim.attribution = _clause_cue(s, claim.span)
    forecast_figures(ad)
    network_figures(ad)
    service_forecast_figures(ad)
    poll_figures(ad)
    budget_bill_figures(ad)
    poll_conditionals(ad)
    top = _link_quotes(ad, introducers or {})  # the quotations not inside another
    repeated_figures(ad, top)  # after the quotations: a figure they attribute is a source
    headings_repeated(ad)
    parts_of_sourced_figures(ad)  # after the readings that source single figures
    parts_of_a_sourced_figure_taken_up(ad)
    parts_of_counts_in_words(ad)
    worked_out_from_sourced_figures(ad)
    # The quotations still unattributed (their fields read, not the property: a call costs more than
    # the test): most documents have none. The loop sets only their ``continues``, which its readings
    # do not look at.
    pending = [q for q in ad.quotes if q.attribution is None and not q.continues]
    # Read for the first of them that needs it, in their paragraphs only: an account stays in its paragraph.
    going_on: set[int] | None = None
    for q in pending:
        sentence = ad.sentence_at(q.span.start)
        if sentence is None:
            continue
        if sentence.index in pointed_back:
            q.continues = True  # the next sentence names its source, pointing back
            continue
        if going_on is None:
            going_on = _before_going_on(ad, {other.block for other in pending})
        if sentence.index in going_on and \
                (not _punct_only(ad.prose, sentence.span.start, q.span.start) or _handed_on_next(ad, sentence)):
            q.continues = True  # "…, poursuit le parquet": the words woven before were its own
        elif q.depth == 0 and not _punct_only(ad.prose, sentence.span.start, q.span.start) and \
                _goes_on_in_the_next(ad, q, top):
            q.continues = True  # "Les spectateurs « devront … ». « … », a ajouté la direction."
    take_the_source_of_quoted_words(ad)  # after the quotations: "serait « … »" reports their words
    take_the_source_of_repeated_reports(ad)  # a standfirst repeating a report sourced in the body
    _tease_the_next_source(ad)  # "Un mariage en vue ? Ils se seraient fiancés. Le magazine X révèle…"
    go_on_after_quoted_sentences(ad)  # "« …, raconte-t-il. Le four a fondu. » L'incendie aurait pris…"


def _tease_the_next_source(ad: AnalysedDocument) -> None:
    """"Un mariage en vue ? Les deux acteurs se seraient fiancés en secret. Dans un entretien au
    magazine, l'actrice a confirmé la nouvelle.": a conditional between a question and a
    sentence that names its source, in one paragraph, teases the report that sentence gives;
    it has that source. Without the question, the report is told before its source, which the
    editor is asked to move up."""
    sentences = ad.sentences
    for c in ad.conditionals:
        if c.attributed or c.sentence <= 0 or c.sentence + 1 >= len(sentences):
            continue
        before, after = sentences[c.sentence - 1], sentences[c.sentence + 1]
        if before.block == c.block == after.block and after.attributed_by is not None and \
                ad.prose[before.span.start:before.span.end].rstrip().endswith("?"):
            c.attribution = after.attributed_by


def _clause_cue(s: Sentence, span: Span) -> Cue | None:
    """The cue that sources the clause of ``s`` holding ``span``, if one does."""
    return next((c for c in s.clause_cues if c.reach is not None and c.reach.start <= span.start < c.reach.end), None)


# "Ces chiffres ont été communiqués par la préfecture", "Tous ces chiffres…", "C'est ce
# qu'a affirmé X", "C'est le message adressé par le ministre": a sentence that points back at the
# one before and names its source.
_POINTS_BACK = regex.compile(
    r"[\s\u00a0\u202f—–-]*(?:(?:c['’]est|ce\s+sont|voici|voilà)\s+(?:ce\s+qu|l['’]|la\s+|le\s+|les\s+|par\s+ces|en\s+ces)"
    rf"|(?:{_alternation('tel')})\s+(?:est|sont)(?![\p{{L}}])|(?:(?:{_alternation('tout')})\s+)?(?:{_alternation('pointing_back_determiners')})\s+(?:chiffres?|bilans?|informations?|estimations?|données|nombres?"
    r"|statistiques?|décomptes?|propos|mots|paroles|phrases?|déclarations?|annonces?|résultats?|prévisions?"
    r"|appels?|messages?|constats?)(?![\p{L}])"
    # "Une information que révèle Marianne", "Une saisie annoncée par les douanes": a noun
    # taken up by a clause of saying.
    rf"|(?:{_alternation('body_determiners', 'demonstrative_determiners')})\s+[\p{{L}}\-]+\s+(?:qu['’]|que\s|révélée?s?\s|annoncée?s?\s"
    r"|rapportée?s?\s|confirmée?s?\s|dévoilée?s?\s))", regex.I)


# The first two characters a sentence that points back opens on (lower-cased, after spaces and
# dashes): those of "c'est", "ce sont", "voici", "voilà" and of the words of the lists
# ``_POINTS_BACK`` reads (determiners, none of one letter).
_POINTS_BACK_OPENINGS = frozenset({"c'", "c’", "ce", "vo"}).union(
    word[:2] for key in ("tel", "tout", "pointing_back_determiners", "body_determiners", "demonstrative_determiners")
    for word in _FUNCTION_WORDS[key])


def _may_point_back(prose: str, start: int) -> bool:
    """Whether a sentence opening at ``start`` may match ``_POINTS_BACK``: most sentences open on
    other characters ("Il", "L'enquête", "Lors"), and the pattern is not tried for them."""
    first = prose[start]
    return first in "—–-" or first.isspace() or prose[start:start + 2].lower() in _POINTS_BACK_OPENINGS


# How many sentences on "selon la même source" may take up the source named before it.
RESUME_REACH = 6
# How many sentences on an incise that goes on ("…, poursuit le parquet") may take up the words
# of the cue before it: up to three sentences between them.
GOING_ON_REACH = 4


def _before_the_same_source(ad: AnalysedDocument) -> set[int]:
    """The sentences between a cue and a cue a few sentences on in its paragraph that takes its
    source up again ("toujours selon X", "selon la même source"): the account goes on between them."""
    if "continuation" not in {c.kind for c in ad.cues}:
        return set()  # most documents: no cue takes a source up again
    return _between_a_cue_and(ad, RESUME_REACH, lambda c: c.kind == "continuation")


def _before_going_on(ad: AnalysedDocument, blocks: set[int]) -> set[int]:
    """The sentences of ``blocks`` between a cue and, a few sentences on in its paragraph, an
    incise whose verb goes on with words already spoken ("…, indique le parquet. « … ». …,
    poursuit le parquet.") or whose subject is an inverted pronoun for the one who spoke last
    ("…, précise-t-elle."): the source's account goes on between them. Read once the quotations
    have their speakers: a sentence whose words are attributed with no cue of its own ("Le
    parquet reproche au chauffeur une « … »": its subject's) opens the account too."""
    return _between_a_cue_and(ad, GOING_ON_REACH, lambda c: (_is_incise(ad, c) or _opens_on_one_person_saying(ad, c)) and
                              _verb_goes_on(ad, c), speaking=_sentences_with_attributed_words(ad, blocks),
                              blocks=blocks)


def _sentences_with_attributed_words(ad: AnalysedDocument, blocks: set[int]) -> set[int]:
    """The sentences of ``blocks`` holding a quotation that a cue or a speaker gives to someone."""
    found: set[int] = set()
    for q in ad.quotes:
        if q.attribution is not None and q.block in blocks:  # a quotation opens in its sentence's block
            s = ad.sentence_at(q.span.start)
            if s is not None:
                found.add(s.index)
    return found


def _goes_on_in_the_next(ad: AnalysedDocument, q: Quote, top: SpanIndex) -> bool:
    """Whether the quotation ``q``, the last of its sentence, is followed in its paragraph by a sentence
    opening on a quotation whose incise goes on with words already spoken and names its speaker ("Les
    spectateurs « devront porter un masque ». « … », a ajouté la direction."): the words before were theirs."""
    last = ad.sentence_ending(q.span)
    if last is None or last.index + 1 >= len(ad.sentences) or top.any_starting_in(q.span.end, last.span.end):
        return False
    after = ad.sentences[last.index + 1]
    if after.block != last.block:
        return False
    opening = next(iter(top.starting_in(after.span.start, after.span.end)), None)
    if opening is None or not _punct_only(ad.prose, after.span.start, opening.span.start):
        return False
    cue = opening.attribution
    return cue is not None and cue.source is not None and cue.span.start >= opening.span.end and \
        _is_incise(ad, cue) and has_a_lemma_in(ad, cue.span.start, cue.span.end, quote_words()["going_on"])


def _handed_on_next(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether the sentence after ``s``, in its paragraph, opens on one person going on speaking
    ("Elle ajoute : « … »"): the words of ``s`` were theirs."""
    after = ad.sentences[s.index + 1] if s.index + 1 < len(ad.sentences) else None
    return after is not None and after.block == s.block and \
        any(not c.in_quote and _opens_on_one_person_saying(ad, c) and _verb_goes_on(ad, c) for c in after.cues)


# "Elle ajoute : « … »", "Et il poursuit :": a sentence opening on a pronoun for a person, then its verb.
_OPENING_PERSON_PRONOUN = regex.compile(r"[\s\u00a0\u202f]*(?:(?:Et|Puis|Mais)[\s\u00a0\u202f]+)?(?:[Ii]l|[Ee]lle)[\s\u00a0\u202f]+")


def _opens_on_one_person_saying(ad: AnalysedDocument, cue: Cue) -> bool:
    """Whether the verb of saying ``cue`` opens its sentence right after a pronoun for a person
    ("Elle ajoute : « … »") or the naming of one ("La directrice poursuit :"): with a verb that
    goes on, like an incise, it tells that this person spoke last."""
    s = ad.sentence_at(cue.span.start)
    if s is None or cue.kind != "speech":
        return False
    if _OPENING_PERSON_PRONOUN.fullmatch(ad.prose, s.span.start, cue.span.start) is not None:
        return True
    if s.subject is None or ad.prose[s.subject.end:cue.span.start].strip():
        return False
    if s.subject_kind == "person":
        # "La chercheuse poursuit", not "Les parents ajoutent": one person, by a singular determiner.
        first = ad.prose[s.subject.start:s.subject.end].split(maxsplit=1)[0].lower().replace("’", "'")
        return first in subject_words().singular_determiners or first.startswith("l'")
    return s.subject_kind in ("name", "surname")


def _between_a_cue_and(ad: AnalysedDocument, reach: int, takes_up: Callable[[Cue], bool],
                       speaking: set[int] | frozenset[int] = frozenset(), blocks: set[int] | None = None) -> set[int]:
    """The sentences between a sentence with a cue (or one of ``speaking``) and the next one with
    a cue, up to ``reach`` sentences on in its paragraph, when one of the later cues ``takes_up``
    the account; with ``blocks``, in those paragraphs only (an account, read in its paragraph
    alone, is the same with or without the others)."""
    found: set[int] = set()
    last: Sentence | None = None  # the last sentence with a cue
    spoke: Sentence | None = None  # the first of ``speaking`` after it
    for s in ad.sentences if blocks is None else [s for s in ad.sentences if s.block in blocks]:
        if not s.cues and s.index not in speaking:
            continue  # most sentences: no list is made for them
        outside = [c for c in s.cues if not c.in_quote]
        if not outside:
            if s.index in speaking and (spoke is None or spoke.block != s.block):
                spoke = s
            continue
        # The account opens at the earlier of the two in the paragraph and within reach (no list
        # is made for two sentences, nor min() called).
        opening = -1
        for t in (spoke, last):
            if t is not None and t.block == s.block and s.index - t.index <= reach and (opening < 0 or t.index < opening):
                opening = t.index
        # Right after the sentence that opens the account, no sentence lies between: its cues are not read.
        if opening >= 0 and opening + 1 < s.index and any(takes_up(c) for c in outside):
            found.update(range(opening + 1, s.index))
        last, spoke = s, None
    return found


# "précise-t-elle", "ajoutent-ils": an incise whose subject is a pronoun standing for the last speaker.
# (The inverted pronouns of function_words.toml that stand for a person.)
_INVERTED_PRONOUN = regex.compile(
    rf"-(?:t-)?(?:{phrase_alternation(_FUNCTION_WORDS['inverted_pronouns'] & PERSON_PRONOUNS)})(?![\p{{L}}])")


def _verb_goes_on(ad: AnalysedDocument, cue: Cue) -> bool:
    """Whether the incise ``cue`` goes on with words already spoken: its verb says so ("poursuit",
    "a ajouté"), or its subject is a pronoun for the last speaker ("précise-t-elle")."""
    if _INVERTED_PRONOUN.search(ad.prose, cue.span.start, cue.span.end):
        return True
    return has_a_lemma_in(ad, cue.span.start, cue.span.end, quote_words()["going_on"])


def _sourced_from_the_next(ad: AnalysedDocument, sourced: list[Sentence]) -> set[int]:
    """The sentences whose source the next sentence of their paragraph names, pointing back at them.
    ``sourced`` are the sentences with a cue outside quotations."""
    found = set()
    prose, sentences = ad.prose, ad.sentences
    # Each pattern reads a sentence's first 60 characters.
    for s in sourced:
        if s.index and sentences[s.index - 1].block == s.block and _may_point_back(prose, s.span.start) and \
                _POINTS_BACK.match(prose, s.span.start, window_end(s.span.start, 60, s.span.end)):
            found.add(s.index - 1)  # "Ces chiffres ont été communiqués par la préfecture."
    for s in islice(sentences, 1, None):
        # Most sentences open on another letter than the "c" of "c'est", or on a mark other than the
        # spaces and dashes the pattern passes over: it is not tried for them, nor is the test called.
        first = prose[s.span.start]
        if (first in "cC" or first.isspace() or first in _DASHES) and \
                _may_open_on_c_est(prose, s.span.start, s.span.end) and \
                sentences[s.index - 1].block == s.block and \
                _POINTS_BACK_AT_WORDS.match(prose, s.span.start, window_end(s.span.start, 60, s.span.end)):
            found.add(s.index - 1)  # "C'est par ces mots que…"
    return found


def _close_reports_in_the_conditional(ad: AnalysedDocument, conditionals_by_sentence: dict[int, list]) -> None:
    """"Les faits se seraient déroulés dans une école. Un élève aurait agressé trois
    enfants, rapporte La Dépêche.": a run of sentences in the reportive conditional that
    ends, in its paragraph, on one in the conditional that names its source is one report,
    sourced where it ends (SPEC §2.1 rule 3, the report told before its source)."""
    if len(conditionals_by_sentence) < 2:
        return  # most documents: no two sentences in the conditional, let alone in a row
    sentences = ad.sentences
    for i in range(len(sentences) - 2, -1, -1):
        s, after = sentences[i], sentences[i + 1]
        if s.attributed_by is not None or s.continues or not conditionals_by_sentence.get(i) or \
                after.block != s.block or not conditionals_by_sentence.get(i + 1):
            continue
        if after.attributed_by is not None or after.continues:
            s.continues = True


# How many sentences back a chain of reportive conditionals may reach for its source.
REPORT_CHAIN = 3


def _continues_report(ad: AnalysedDocument, i: int, conditionals_by_sentence: dict[int, list],
                      in_conditional: set[int] | frozenset[int] = frozenset()) -> bool:
    """"Selon France Bleu, une bagarre a éclaté. Un mouvement qui serait lié à une
    dispute. Le ton serait d'abord monté…": a reportive conditional goes on the
    report of a sentence a little before in its paragraph, as long as every
    sentence between carries the conditional too, or is a short question, or is
    the one short comment between that tells no event."""
    block = ad.sentences[i].block
    commented = False
    for k in range(i - 1, max(-1, i - 1 - REPORT_CHAIN), -1):
        other = ad.sentences[k]
        if other.block != block:
            return False  # rule 3 stays in its paragraph
        if other.attributed_by is not None or other.continues:
            return True
        if conditionals_by_sentence.get(k) or k in in_conditional or _short_question(ad, other):
            continue  # "Son compagnon n'aurait pas apprécié." goes on, and so does "La raison ?"
        if not commented and _short_comment(ad, other):
            commented = True  # one short comment: two short sentences tell on, they do not comment
            continue
        # A sentence in the indicative ends the report, unless it is the one sentence a
        # "Selon X, …" opening the sentence before frames, or the second of two in the
        # pluperfect after it.
        return k == i - 1 and (_framed_aside(ad, k) or _framed_account(ad, k))
    return False


def _framed_aside(ad: AnalysedDocument, k: int) -> bool:
    """"Selon la police, le camion roulait vite. Le chauffeur aurait perdu le contrôle.":
    one sentence in the indicative between a "Selon X, …" that opens the sentence before
    it and a reportive conditional stays in the frame, unless it opens on a contrast or
    on another fact ("Cependant, …", "Par ailleurs, …"), which ends the report."""
    if k == 0:
        return False
    s, before = ad.sentences[k], ad.sentences[k - 1]
    cue = before.attributed_by
    if before.block != s.block or cue is None or cue.kind != "prepositional" or not _opens_sentence(ad, before, cue):
        return False
    return _goes_on(ad, s)


# The pluperfect: "avait refusé", "était aussitôt monté", "avaient été vus" (a word may stand
# between the auxiliary and its participle).
_PLUPERFECT = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation('pluperfect_auxiliaries')})(?:[\s\u00a0\u202f]+[\p{{L}}\p{{M}}]+)?"
                            r"[\s\u00a0\u202f]+[\p{L}\p{M}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)"
                            r"(?![\p{L}\p{M}])", regex.I)


def _framed_account(ad: AnalysedDocument, k: int) -> bool:
    """"Selon l'enquête, le chauffeur roulait vite. Il avait refusé de s'arrêter. Le
    gendarme l'avait suivi. Il aurait alors tiré.": two sentences in the pluperfect after
    a "Selon X, …" that opens the sentence before them tell, as the source tells it, what
    had happened; a reportive conditional right after them stays in the frame."""
    if k < 2:
        return False
    s, before = ad.sentences[k], ad.sentences[k - 1]
    if before.block != s.block or before.attributed_by is not None or before.continues or \
            not _framed_aside(ad, k - 1) or not _goes_on(ad, s):
        return False
    return all(_PLUPERFECT.search(ad.prose, t.span.start, t.span.end) for t in (before, s))


def _goes_on(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether ``s`` opens on neither a contrast nor another fact ("Cependant, …", "Par ailleurs, …")."""
    head = min(s.span.end, s.span.start + 40)
    return not contrast().match(ad.prose, s.span.start, head) and not topic_change().match(ad.prose, s.span.start, head)


# A question of a few words ("La raison ?") asks what the report tells next.
_SHORT_QUESTION_WORDS = 8
# A comment of a few more words ("Une présidence qui agace dans les rangs du parti.") weighs what it told.
_SHORT_COMMENT_WORDS = 12


def _short_question(ad: AnalysedDocument, s: Sentence) -> bool:
    """"La raison ?": a short question between two sentences of a report
    does not end it, it asks what the report tells next."""
    prose = ad.prose
    return prose[s.span.start:s.span.end].rstrip().endswith("?") and \
        not _more_words_than(prose, s.span.start, s.span.end, _SHORT_QUESTION_WORDS)


def _short_exclamation_or_question(ad: AnalysedDocument, s: Sentence) -> bool:
    """"Quelle histoire !", "Un simple oubli ?": a few words that assert no fact."""
    text = ad.prose[s.span.start:s.span.end].rstrip()
    return text.endswith(("!", "?")) and not _more_words_than(ad.prose, s.span.start, s.span.end, _SHORT_COMMENT_WORDS)


def _short_comment(ad: AnalysedDocument, s: Sentence) -> bool:
    """"La liste est longue.", "Le mot d'ordre : anticiper.": a short comment that tells
    no event, between two sentences of a report, weighs what it told and does not end
    it. A sentence that tells something that happened ("Les secours sont arrivés vite.",
    "Le vent soufflait.") or opens on a contrast or another fact ("Pourtant, …") does."""
    if _more_words_than(ad.prose, s.span.start, s.span.end, _SHORT_COMMENT_WORDS):
        return False
    return _goes_on(ad, s) and not _TELLS_AN_EVENT.search(ad.prose, s.span.start, s.span.end)


# A verb that tells what happened: a compound tense ("sont arrivés", "a bien été retrouvée",
# "avait déjà fui") or a simple past tense ("soufflait", "arriva", "partirent"). Words that
# merely end like one ("un fait", "la nuit") make a comment read as an event, which ends the report.
_TELLS_AN_EVENT = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation('event_auxiliaries')})"
    r"(?:[\s\u00a0\u202f]+[\p{L}\p{M}]+){0,2}?[\s\u00a0\u202f]+[\p{L}\p{M}]+"
    r"(?:é|ée|és|ées|i|is|it|u|us|ert|erts|ris|rit)(?![\p{L}\p{M}])"
    r"|(?<![\p{L}\p{M}])[\p{L}\p{M}]{3,}(?:ait|aient|a|èrent|it|irent)(?![\p{L}\p{M}])", regex.I)


def _ends_sentence(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """"La route était fermée, selon la police fédérale.": a source given last, after a comma,
    or with only a participle that says where it comes from after it ("…, selon les
    informations de la police, reprises par la radio.")."""
    return ad.prose[cue.span.start - 2:cue.span.start].strip() == "," and \
        (ad.prose[cue.span.end:s.span.end].strip() in (".", "") or
         _SOURCE_PARTICIPLE.fullmatch(ad.prose, cue.span.end, s.span.end) is not None)


# ", reprises par la radio.", ", publiées lundi.": a past participle whose phrase ends the sentence.
_SOURCE_PARTICIPLE = regex.compile(
    r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*\p{L}+(?:é|ée|és|ées|is|ise|ises|ue|us|ues)(?![\p{L}])"
    r"[^,;:!?«»\"“”]*[.…]?[\s\u00a0\u202f]*")


# How many words (a day, a date) may follow the source that ends a sentence relaying the news.
_AFTER_RELAYER = 4


def _questions_between_sources(ad: AnalysedDocument, sourced: list[Sentence]) -> list[int]:
    """The short questions between two sentences of their block that give their source ("…, selon
    le journal. À quoi servira la somme ? Elle financera …, a expliqué le maire."): the account asks
    what it answers next, and the question's figures are the account's. ``sourced`` are the
    sentences with a cue outside quotations: each may be the one after."""
    found = []
    sentences = ad.sentences
    for after in sourced:
        if after.index < 2:
            continue
        before, s = sentences[after.index - 2], sentences[after.index - 1]
        if before.block == s.block == after.block and s.attributed_by is None and not s.continues and \
                (before.attributed_by is not None or before.continues) and _short_question(ad, s):
            found.append(s.index)
    return found


def _after_relayed_news(ad: AnalysedDocument, sourced: list[Sentence]) -> list[int]:
    """The sentences right after a block's first sentence that ends on who relays its news
    ("Le musée est fermé, rapporte le journal. Les travaux ont coûté 300 000 euros."): they go
    on the news, unless they name a source of their own, open on another fact, or quote words,
    which are someone's, not the news relayed. ``sourced`` are the sentences with a cue outside
    quotations: each may be that first sentence."""
    found = []
    sentences = ad.sentences
    for s in sourced:
        if s.index + 1 >= len(sentences) or (s.index > 0 and sentences[s.index - 1].block == s.block):
            continue
        after = sentences[s.index + 1]
        if after.block != s.block or after.attributed_by is not None or after.continues:
            continue
        if s.attributed_by is not None and _relayed_by(ad, s, s.attributed_by) and _goes_on(ad, after) and \
                not _QUOTE_MARK.search(ad.prose, after.span.start, after.span.end):
            found.append(after.index)
    return found


def _relayed_by(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """"Le commissariat est fermé, rapporte le journal local jeudi.": a sentence that ends, after
    a comma, on the verb that relays a piece of news and the source that relays it, with no
    quotation (words quoted are the speaker's, not a piece of news)."""
    if cue.kind not in ("speech", "inverted") or cue.source is None or \
            ad.prose[cue.span.start - 2:cue.span.start].strip() != "," or \
            _more_words_than(ad.prose, cue.span.end, s.span.end, _AFTER_RELAYER) or \
            _QUOTE_MARK.search(ad.prose, s.span.start, s.span.end):
        return False
    return has_a_lemma_in(ad, cue.span.start, cue.span.end, quote_words()["relaying"])


# How many words may lead the cue of a sentence that names only its source: "Une information relayée par X."
_SOURCE_ONLY_LEAD = 3


def _names_only_its_source(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """"Une information relayée par le journal local.", "Un récit rapporté par la radio.": a
    sentence with no verb of saying and no quotation that says nothing but where what follows
    comes from, its cue ending it."""
    return cue.kind in _SOURCE_ONLY_KINDS and ad.prose[cue.span.end:s.span.end].strip() in (".", "") and \
        not _QUOTE_MARK.search(ad.prose, s.span.start, cue.span.start) and \
        not _more_words_than(ad.prose, s.span.start, cue.span.start, _SOURCE_ONLY_LEAD)


# Cues that name a source with no verb of saying: "selon X", "relayée par X".
_SOURCE_ONLY_KINDS = frozenset({"prepositional", "passive"})
_QUOTE_MARK = regex.compile(r"[«»\"“”]")


# How many words may name the source before its verb of saying, and stand between the verb
# and "que": "Le quotidien révèle dans son édition de lundi que …".
_SUBJECT_WORDS = 8
_BEFORE_QUE_WORDS = 8
_QUE = regex.compile(rf"(?<![\p{{L}}])(?:{_alternation('que')})", regex.I)
_CLAUSE_BREAK = regex.compile(r"[,;:«»\"“”()]")
# "Selon", "d'après": the prepositions of a report, not of an opinion ("aux yeux de X").
_REPORTING_PREPOSITIONS = _FUNCTION_WORDS["reporting_prepositions"]


def _reports_from(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """"Selon le quotidien, …", "D'après la radio, …": a cue that opens ``s`` on where its report comes from."""
    return cue.kind == "prepositional" and normalise(cue.trigger.replace(" ", "")) in _REPORTING_PREPOSITIONS and \
        _opens_sentence(ad, s, cue)


def _keeps_its_paragraph_sourced(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether ``s`` leaves its paragraph the account of the sources named so far: it goes on
    one, names its own, or is a short exclamation or question that asserts no fact ("Quelle
    histoire !")."""
    if s.continues:
        return True
    if s.attributed_by is not None:
        return _names_a_source(ad, s, s.attributed_by)
    return _short_exclamation_or_question(ad, s)


# ", qui a révélé", ", qui rapporte": a relative clause after a source, up to its verb.
_WHO_VERB = (rf"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*qui[\s\u00a0\u202f]+(?:(?:{_alternation('avoir_auxiliaries')})[\s\u00a0\u202f]+)?"
             r"(?:notamment[\s\u00a0\u202f]+)?(?P<verb>\p{L}+)")
# ", qui a révélé l'information, …", ", qui rapporte l'information lundi, …": a relative clause
# after the source that says the source relays the news.
_WHO_RELAYS_THE_NEWS = regex.compile(_WHO_VERB + r"[\s\u00a0\u202f]+l['’]information(?![\p{L}])", regex.I)


def _relays_the_whole_news(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """"Selon le journal, qui a révélé l'information, …": the source named is the one that relays
    the news the sentence and those after it tell."""
    m = _WHO_RELAYS_THE_NEWS.match(ad.prose, cue.span.end, s.span.end)
    if m is not None and has_a_lemma_in(ad, *m.span("verb"), quote_words()["relaying"]):
        return True
    # "Selon le syndicat, qui a diffusé un tract, …": the text it published relays the news.
    m = _WHO_PUBLISHED_A_TEXT.match(ad.prose, cue.span.end, s.span.end)
    return m is not None and ad.lexicon is not None and m.group("noun").lower() in ad.lexicon.channels and \
        has_a_lemma_in(ad, *m.span("verb"), quote_words()["publishing"])


# ", qui a publié une lettre mardi, …", ", qui diffuse une note, …": a relative clause after
# the source that says it published a text (a channel of words).
_WHO_PUBLISHED_A_TEXT = regex.compile(
    _WHO_VERB + rf"[\s\u00a0\u202f]+(?:{_alternation('indefinite_and_possessive_determiners')})[\s\u00a0\u202f]+(?P<noun>\p{{L}}+)",
    regex.I)


def _takes_up_the_source(ad: AnalysedDocument, s: Sentence, cue: Cue, framing: Cue) -> bool:
    """Whether ``s`` gives, in its own words, what the source of ``framing`` says again: named
    in the same words ("…, précise la préfecture"), or as a pronoun subject ("Elle a précisé
    que …")."""
    if _QUOTE_MARK.search(ad.prose, s.span.start, s.span.end):
        return False
    if cue.source is not None:
        return framing.source is not None and _source_words(ad, cue) == _source_words(ad, framing)
    return _reports_that(ad, s, cue) and \
        normalise(ad.prose[s.span.start:cue.span.start].strip()) in PERSON_PRONOUNS


def _source_words(ad: AnalysedDocument, cue: Cue) -> str:
    """The words that name the source of ``cue``, as the lexicon looks words up."""
    return normalise(ad.prose[cue.source.start:cue.source.end]) if cue.source is not None else ""


def _names_a_source(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """Whether ``s`` tells in its own words what a source reports, and ``cue`` names who: a source
    it names, or a subject whose words "que" reports ("Le journal révèle que …"). A verb read as
    one of saying with neither ("Un incendie s'est déclaré dimanche.") names no one; a quotation
    gives someone's words, not an account the sentences after it go on."""
    return (cue.source is not None or _reports_that(ad, s, cue)) and \
        not _QUOTE_MARK.search(ad.prose, s.span.start, s.span.end)


def _reports_that(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    """"Les services de secours ont indiqué mercredi que …": a sentence whose subject, before
    any comma, names the source and whose verb of saying reports what follows "que" (not a
    clause set before the sentence's own: "Alors qu'il a annoncé que …, …")."""
    if cue.kind != "speech" or _CLAUSE_BREAK.search(ad.prose, s.span.start, cue.span.start) or \
            _QUE.search(ad.prose, s.span.start, cue.span.start) or \
            _more_words_than(ad.prose, s.span.start, cue.span.start, _SUBJECT_WORDS) or \
            not _WORDS.search(ad.prose, s.span.start, cue.span.start):
        return False
    que = _QUE.search(ad.prose, cue.span.end, s.span.end)
    return que is not None and not _CLAUSE_BREAK.search(ad.prose, cue.span.end, que.start()) and \
        not _more_words_than(ad.prose, cue.span.end, que.start(), _BEFORE_QUE_WORDS)


def _opens_sentence(ad: AnalysedDocument, s: Sentence, cue: Cue) -> bool:
    prose = ad.prose
    return _punct_only(prose, s.span.start, cue.span.start) or \
        prose[s.span.start:cue.span.start].strip().lower() in ("et", "mais", "or", "enfin", "toujours")


def _link_quotes(ad: AnalysedDocument, introducers: dict[int, Cue]) -> SpanIndex:
    # Returns the index of the quotations not inside another, for the passes after it.
    top = SpanIndex([q for q in ad.quotes if q.depth == 0])
    # Every quotation, inner ones too, is read only after a mark left open: most documents have none.
    every = SpanIndex(ad.quotes) if any(mark.kind == "unclosed" for mark in ad.unbalanced) else None
    tails = _Tails(ad)
    opened = _unclosed_speech(ad, top, every, tails)
    prose, sentences = ad.prose, ad.sentences
    count = len(sentences)
    k = 0  # the sentence a quotation opens in: quotations and sentences are both in text order, one walk
    for q in ad.quotes:
        if q.depth > 0:
            outer = top.containing(q.span.start)
            if outer is not None:
                q.attribution = outer.attribution
                q.continues = outer.continues
            continue
        translated = _translated_quote(prose, q, top)
        if translated is not None:
            # « I can't breathe » (« Je ne peux pas respirer »): one quotation, twice.
            q.attribution, q.continues = translated.attribution, translated.continues
            if not translated.attributed:
                q.is_speech, q.role = False, "translation"
            continue
        # The sentences it opens and ends in (the same for most: it ends within the first), looked up
        # once for all the readings below.
        while k < count and sentences[k].span.end <= q.span.start:
            k += 1
        first = sentences[k] if k < count and sentences[k].span.start <= q.span.start else None
        last = ad.sentence_ending(q.span, first)
        cue = _quote_cue(ad, q, first, last, tails) or _headline_speaker(ad, q) or _author_after(ad, q)
        if cue is not None:
            q.attribution = cue
        elif _follows_attributed_quote(ad, q, top, first) or _continues_unclosed(ad, q, opened, every) or \
                _continues_quote_of_its_sentence(q, top, first) or _pointed_back_at(ad, q, last) or \
                _narrated_on(ad, q, first) or _leads_its_sentence(ad, q, first):
            q.continues = True
        else:
            if first is not None and first.continues:
                q.continues = True
            else:
                q.attribution = introducers.get(q.span.start) or subject_cue(ad, q)
    _cut_before_attributed(ad, top)
    _read_lists_whole(ad, top)
    attribute_repeated_and_testimony(ad)
    _go_on_after_a_colon(ad, top)
    if every is not None:
        _reopen_after_later_attribution(ad, top, every, tails)
    return top


def _reopen_after_later_attribution(ad: AnalysedDocument, top: SpanIndex, every: SpanIndex, tails: _Tails) -> None:
    """« A ». « B. « C. »: a quotation reopening one left open goes on its words, once the
    passes after the first have given a speaker to the quotation before that open one (a
    testimony, a pull-quote, a colon); the open quotations were read before those passes."""
    reopened = _unclosed_speech(ad, top, every, tails)
    if not reopened.starts:
        return  # most documents: no quotation is left open
    for q in top.items:
        if not q.attributed and q.is_speech and _continues_unclosed(ad, q, reopened, every):
            q.continues = True


# A colon right before the opening mark: the words it introduces.
_COLON_BEFORE_MARK = regex.compile(r":[\s\u00a0\u202f]*$")


def _go_on_after_a_colon(ad: AnalysedDocument, top: SpanIndex) -> None:
    """« … », raconte la cheffe. Et le plus dur reste à venir : « … »: words a colon introduces, in the
    sentence right after one that opens on a speaker's own words, go on with those words; the lead
    before the colon, with no cue of its own, only bridges them. (Words woven into that sentence
    further on are no bridge: "…comme un « chef », rapporte l'AFP. Dans la salle, l'émotion
    était vive : « … »" leaves the words after the colon to someone the article does not name.)"""
    for q in top.items:
        if q.attribution is not None or q.continues or not q.is_speech:
            continue  # attributed (its fields read, not the property: a call costs more than the test)
        s = ad.sentence_at(q.span.start)
        if s is None or s.index == 0 or any(not c.in_quote for c in s.cues) or \
                not _COLON_BEFORE_MARK.search(ad.prose, s.span.start, q.span.start) or \
                top.any_starting_in(s.span.start, q.span.start):
            continue
        prev = ad.sentences[s.index - 1]
        if prev.block != s.block:
            continue
        opening = top.containing(prev.span.start, strict=False) or next(iter(top.starting_in(prev.span.start,
                                                                                              prev.span.end)), None)
        if opening is not None and _speaker_given(opening) and \
                _punct_only(ad.prose, prev.span.start, max(prev.span.start, opening.span.start)):
            q.continues = True


def _speaker_given(q: Quote) -> bool:
    """Whether the words are someone's: a statement attributed to its speaker, or a few phrases
    ("« A », « B », résume-t-elle") that a cue of their own gives to one."""
    return q.attribution is not None or (q.is_speech and q.continues)


# Cues that attribute a quotation wherever they stand in its sentence; verbs
# of saying after it must be its incise ("…», a-t-il dit"), not another
# clause's verb ("« … » et a déclaré que…").
_FREE_STANDING = {"prepositional", "passive", "channel", "continuation"}


class _Tails:
    """For each sentence, where the next cue that attributes any quotation
    before it lies (free-standing, inverted or an incise, outside the marks),
    so that a quotation followed by many other cues need not try each one."""

    def __init__(self, ad: AnalysedDocument) -> None:
        self.ad = ad
        self.next_by_sentence: dict[int, list[int]] = {}

    def next_from(self, s: Sentence, i: int) -> int:
        nxt = self.next_by_sentence.get(s.index)
        if nxt is None:
            nxt = [len(s.cues)] * (len(s.cues) + 1)
            for k in range(len(s.cues) - 1, -1, -1):
                cue = s.cues[k]
                attributes = not cue.in_quote and (cue.kind in _FREE_STANDING or _is_incise(self.ad, cue))
                nxt[k] = k if attributes else nxt[k + 1]
            self.next_by_sentence[s.index] = nxt
        return nxt[i]


def _cue_after(ad: AnalysedDocument, q: Quote, s: Sentence, i: int, tails: _Tails) -> Cue | None:
    """The first of ``s.cues[i:]`` (all after ``q``) that attributes ``q``: one
    close enough for only pronouns to stand between, or the next that
    attributes whatever precedes it."""
    cues = s.cues
    first = i
    while i < len(cues) and cues[i].span.start - q.span.end <= _PRONOUN_GAP:
        if not cues[i].in_quote and _attributes_preceding(ad, q, cues[i]):
            return cues[i]
        i += 1
    k = tails.next_from(s, i)
    if k < len(cues):
        return cues[k]
    return _later_speaker(ad, q, cues, first)


# How far after a quotation the verb of saying of the clause it opens may stand.
_CLAUSE_REACH = 200
# A mark that ends a clause; not the point of a title before a name ("…», M. Durand a déclaré").
_STOP_BETWEEN = regex.compile(r"[!?;]|(?<!(?<![\p{L}])(?:M|MM|Dr|Pr|Me|Mgr))\.")
_WORD_BETWEEN = regex.compile(r"\p{L}[\p{L}'’\-]*")


def _later_speaker(ad: AnalysedDocument, q: Quote, cues: Sequence[Cue], first: int) -> Cue | None:
    """"Face à une situation « inédite », le professeur Salomon a appelé…": a verb of saying
    later in the sentence, outside quotations, whose subject is named between the words and
    the verb (SPEC §2.1 rule 1). No full stop stands between them (a heading glued on once
    line breaks were lost ends a sentence too); "« … » et a déclaré" names no one."""
    for cue in cues[first:]:
        if cue.span.start - q.span.end > _CLAUSE_REACH:
            return None
        if cue.in_quote or cue.kind not in SAYING_KINDS:
            continue
        if _STOP_BETWEEN.search(ad.prose, q.span.end, cue.span.start):
            return None
        # Its subject between the words and the verb, or after the verb ("…, explique Djeneba Diallo").
        if any(_names_someone(ad, w.group(0)) for w in _WORD_BETWEEN.finditer(ad.prose, q.span.end, cue.span.start)) \
                or any(_names_someone(ad, w) for w in cue.source_text.split()[:3]):
            return cue
    return None


def _names_someone(ad: AnalysedDocument, word: str) -> bool:
    """A capitalised name ("Salomon", "M."), a pronoun for a person ("il"), or a noun for a
    speaker ("le ministre")."""
    if word[:1].isupper():
        return True
    low = word.lower().replace("’", "'")
    return low in PERSON_PRONOUNS or (ad.lexicon is not None and low in ad.lexicon.source_nouns)


def _sentences_of(ad: AnalysedDocument, q: Quote) -> tuple[Sentence | None, Sentence | None]:
    """The sentence a quotation opens in and the one it ends in (the same for most)."""
    first = ad.sentence_at(q.span.start)
    return first, ad.sentence_ending(q.span, first)


def _quote_cue(ad: AnalysedDocument, q: Quote, first: Sentence | None, last: Sentence | None,
               tails: _Tails) -> Cue | None:
    """The cue that attributes ``q``, which opens in the sentence ``first`` and ends in ``last``."""
    # Most quotations end in the sentence they open in: its cues are read once, not twice.
    for s in (first,) if last is first else (first, last):
        if s is None:
            continue
        for i, cue in enumerate(s.cues):
            if cue.span.start >= q.span.end:
                found = _cue_after(ad, q, s, i, tails)
                if found is not None:
                    return found
                break
            if cue.in_quote or q.span.overlaps(cue.span):
                # "« Le texte a été transmis, a précisé le parquet, à la justice »":
                # an incise inside the marks still names the speaker.
                if q.inner.covers(cue.span) and _is_incise(ad, cue) and _opens_with_comma(ad, cue):
                    return cue
                # "« Inacceptable, selon elle, en 2018 »": the journalist's short "selon" between
                # commas; a long one is the speaker's own ("…, selon le nombre de pays impliqués, …").
                if q.inner.covers(cue.span) and cue.kind == "prepositional" and _opens_with_comma(ad, cue) \
                        and cue.span.end - cue.span.start <= _INNER_SELON_MAX \
                        and ad.prose[cue.span.end:cue.span.end + 2].lstrip().startswith(","):
                    return cue
                continue
            return cue
    if first is not None and last is not None:
        # "« … Il imite Thatcher, cingle-t-il. Où est la suite ? »": an incise in a sentence
        # the quotation runs through.
        for s in ad.sentences[first.index + 1:last.index]:
            for cue in s.cues:
                if q.inner.covers(cue.span) and _is_incise(ad, cue) and _opens_with_comma(ad, cue):
                    return cue
    incise = _incise_opening_next_sentence(ad, q, last)
    if incise is not None:
        return incise
    # A quotation opening its sentence right after one that ends on its cue:
    # "… a-t-il déclaré :", "comme elle l'a confié à la chaîne Sky News."
    prev = _previous_sentence(ad, first, q) if first is not None else None
    if prev is not None:
        for cue in reversed(prev.cues):
            # An incise ending its sentence ("…, a annoncé le ministère.") attributes that sentence only.
            if not cue.in_quote and _punct_only(ad.prose, cue.span.end, prev.span.end) and \
                    cue.kind != "continuation" and not _is_incise(ad, cue):
                return cue
        if ad.prose[prev.span.start:prev.span.end].rstrip().endswith(":"):
            return _sentence_cue(prev)
    return None


def _incise_opening_next_sentence(ad: AnalysedDocument, q: Quote, last: Sentence | None) -> Cue | None:
    """« Quelle journée ! » (Jeanne, 12 ans): a quotation ending on its own
    mark ends its sentence; the incise or bracketed speaker right after it
    opens the next one."""
    if last is None or last.index + 1 >= len(ad.sentences):
        return None
    nxt = ad.sentences[last.index + 1]
    if nxt.block != last.block:
        return None
    for cue in nxt.cues:
        if cue.kind == "inverted" and _punct_only(ad.prose, q.span.end, cue.span.start):
            return cue
    return None


def _headline_speaker(ad: AnalysedDocument, q: Quote) -> Cue | None:
    """"Le maire : « Nous reconstruirons »": in a headline, the colon attributes."""
    block = ad.blocks[q.block]
    if block.kind not in _HEADLINE_KINDS:
        return None
    # Read back from the quotation, not a copy of the headline before each one.
    prose, start = ad.prose, block.span.start
    colon = q.span.start
    while colon > start and prose[colon - 1].isspace():
        colon -= 1
    colon -= 1
    if colon < start or prose[colon] != ":":
        return _headline_speaker_after(ad, q)
    before = colon
    while before > start and prose[before - 1].isspace():
        before -= 1
    if before == start:
        return None
    # The speaker is what follows the previous quotation of the headline, if any:
    # "A : « … » B : « … »" gives the floor to B, and no text is copied twice.
    begin = before
    while begin > start and prose[begin - 1] not in "»”\"":
        begin -= 1
    while begin < before and prose[begin].isspace():
        begin += 1
    span = Span(begin, colon)
    return Cue("headline", span, ":", source=span, source_text=ad.prose[span.start:span.end], block=q.block)


# "« Nous reconstruirons » : le maire face aux sinistrés": the speaker after the colon
# is read up to the next quotation mark, within a headline's length.
_SPEAKER_AFTER = regex.compile(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*(\p{L}[^«“\"]*)")
_SPEAKER_REACH = 120


def _headline_speaker_after(ad: AnalysedDocument, q: Quote) -> Cue | None:
    """« … » : Speaker …, a headline opening on the quotation and naming its speaker after the colon."""
    block = ad.blocks[q.block]
    if block.kind not in _HEADLINE_KINDS:
        return None
    prose, start = ad.prose, block.span.start
    if not _punct_only(prose, start, q.span.start):
        return None  # only the headline's first quotation: "A : « … » B" gives the floor to A
    m = _SPEAKER_AFTER.match(prose, q.span.end, min(block.span.end, q.span.end + _SPEAKER_REACH))
    if m is None:
        return None
    span = Span(m.start(1), m.end(1))
    return Cue("headline", span, ":", source=span, source_text=prose[span.start:span.end].rstrip(), block=q.block)


# "« Ce qui nous lie » de Cédric Klapisch", "« Je ne regrette rien » d'Édith Piaf":
# the full name right after the marks is the author of the work or of the words;
# a single capitalised word is mostly a place ("de Paris à Lyon").
_AUTHOR_AFTER = regex.compile(rf"[\s\u00a0\u202f]+(?:{_alternation('de')})[\s\u00a0\u202f]*(\p{{Lu}}[\p{{Ll}}\-]+(?:[\s\u00a0\u202f]+\p{{Lu}}[\p{{Ll}}\-]+)+)")
_AUTHOR_REACH = 80
# How many characters after a quotation are read for the "d" of "de" (more spaces than this: the patterns are tried).
_SPACES_BEFORE_DE = 8


def _author_after(ad: AnalysedDocument, q: Quote) -> Cue | None:
    # An author, and whoever uttered the words (_UTTERER_AFTER), follow the spaces after the
    # marks with "de", "d'" or "du": after any other letter or mark neither pattern is tried.
    # Each space of the patterns is one to str.lstrip.
    after = ad.prose[q.span.end:q.span.end + _SPACES_BEFORE_DE].lstrip()
    if after and after[0] != "d":
        return None
    m = _AUTHOR_AFTER.match(ad.prose, q.span.end, min(len(ad.prose), q.span.end + _AUTHOR_REACH))
    if m is None:
        return _utterer_after(ad, q)
    span = Span(m.start(1), m.end(1))
    return Cue("author", span, "de", source=span, source_text=m.group(1), block=q.block)


# "La réponse « … » d'un passant", "le cri « … » du gardien": a noun for words right before the marks.
_WORDS_NOUN_BEFORE = regex.compile(r"(?<![\p{L}])(?<noun>\p{Ll}+)[\s\u00a0\u202f]*$")
# …and the one who said them right after: "de" and a determiner, then a noun for a person.
_UTTERER_AFTER = regex.compile(rf"[\s\u00a0\u202f]+(?:d['’](?:{_alternation('one')})[\s\u00a0\u202f]+|du[\s\u00a0\u202f]+|"
                               rf"de[\s\u00a0\u202f]+(?:{_alternation('singular_determiners_after_de')})[\s\u00a0\u202f]*)(?<who>\p{{Ll}}[\p{{L}}\-]+)")
# Read by number for each quotation: the regex module reads a group's name only after failing
# to read it as a number, an exception raised and cleared each time.
_NOUN_BEFORE, _UTTERER = _WORDS_NOUN_BEFORE.groupindex["noun"], _UTTERER_AFTER.groupindex["who"]


def _utterer_after(ad: AnalysedDocument, q: Quote) -> Cue | None:
    """"La réponse « Ne faites pas ça ! » d'un passant": words named by a noun for words before them,
    then whose they are, a noun for a person, right after them."""
    before = _WORDS_NOUN_BEFORE.search(ad.prose, max(0, q.span.start - 30), q.span.start)
    if before is None or before.group(_NOUN_BEFORE).lower() not in quote_words()["uttered_words"]:
        return None
    after = _UTTERER_AFTER.match(ad.prose, q.span.end, min(len(ad.prose), q.span.end + _AUTHOR_REACH))
    if after is None or not _names_someone(ad, after.group(_UTTERER)) and \
            after.group(_UTTERER).lower() not in subject_words().people:
        return None
    span = Span(*after.span(_UTTERER))
    return Cue("author", span, "de", source=span, source_text=after.group(_UTTERER), block=q.block)


def _previous_sentence(ad: AnalysedDocument, s: Sentence, q: Quote) -> Sentence | None:
    """The sentence before the one ``q`` opens, in its block or ending the block before."""
    if s.index == 0 or q.span.start - s.span.start > _GAP_READ or \
            not _punct_only(ad.prose, s.span.start, q.span.start):
        return None
    prev = ad.sentences[s.index - 1]
    if prev.block == s.block:
        return prev
    if prev.block == s.block - 1 and ad.blocks[prev.block].kind in _SPEECH_BLOCKS and \
            not ad.prose[ad.blocks[s.block].span.start:q.span.start].strip(" \u00a0\u202f—–-"):
        return prev
    return None


def _opens_with_comma(ad: AnalysedDocument, cue: Cue) -> bool:
    at = cue.span.start
    return ad.prose[window_start(at, 3):at].rstrip().endswith(",")


def _translated_quote(prose: str, q: Quote, top: SpanIndex) -> Quote | None:
    """The quotation ``q`` of ``prose`` translates: the one right before it, « … » (« … »)."""
    # Only spaces (each one to str.rstrip too) stand between the bracket and the mark: most
    # quotations have another character there, and the one before them is not looked up.
    at = q.span.start
    lead = prose[window_start(at, 8):at].rstrip()
    if lead and lead[-1] != "(":
        return None
    other = top.before(q.span.start)
    # Most quotations have no bracket before them: the pattern is not tried for them.
    if other is not None and other.span.end <= q.span.start and prose.find("(", other.span.end, q.span.start) >= 0 \
            and _OPEN_BRACKET.fullmatch(prose, other.span.end, q.span.start):
        return other
    return None


class _OpenQuotes:
    """Quotations opened and never closed, in document order, with whether each is attributed.
    (A plain class: a dataclass would compile its methods at each start.)"""

    __slots__ = ("starts", "attributed")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.attributed: list[bool] = []

    def last_before(self, offset: int) -> tuple[int, bool] | None:
        i = bisect_right(self.starts, offset - 1) - 1
        return (self.starts[i], self.attributed[i]) if i >= 0 else None


def _unclosed_speech(ad: AnalysedDocument, top: SpanIndex, every: SpanIndex | None, tails: _Tails) -> _OpenQuotes:
    """Attribution of the quotations opened and never closed.

    A quotation running over several paragraphs reopens each paragraph and
    closes only at the end; once paragraph breaks are lost, it reads
    « A. « B. « C. » and each opening mark stands for the same speaker.
    """
    opened = _OpenQuotes()
    for mark in ad.unbalanced:
        if mark.kind != "unclosed":
            continue
        pseudo = Quote(Span(mark.span.start, mark.span.start + 1), Span(mark.span.end, mark.span.end), mark.mark,
                       mark.block)
        first, last = _sentences_of(ad, pseudo)
        attributed = _quote_cue(ad, pseudo, first, last, tails) is not None or \
            _follows_attributed_quote(ad, pseudo, top, first) or \
            _continues_unclosed(ad, pseudo, opened, every)
        opened.starts.append(mark.span.start)
        opened.attributed.append(attributed)
    return opened


def _continues_unclosed(ad: AnalysedDocument, q: Quote, opened: _OpenQuotes, every: SpanIndex | None) -> bool:
    """Whether ``q`` reopens an attributed quotation left open just before it, in its block
    (« A. « B. »), or is words its speaker quotes after a colon, their closing mark shared with
    the open quotation's ("« … », dit Paul. « C'était juste : « Salut ! »"). ``every`` indexes
    all the quotations (None when no mark is left open: ``opened`` is then empty, and not read)."""
    if every is None:
        return False
    last = opened.last_before(q.span.start)
    if last is None:
        return False
    at, attributed = last
    if at < ad.blocks[q.block].span.start or every.any_starting_in(at + 1, q.span.start):
        return False
    return attributed and (_ENDS_SENTENCE.search(ad.prose, at, q.span.start) is not None or
                           _COLON_BEFORE_MARK.search(ad.prose, at, q.span.start) is not None)


def _attributes_preceding(ad: AnalysedDocument, q: Quote, cue: Cue) -> bool:
    """Whether a cue after a quotation is its incise or a free-standing source."""
    if cue.kind in _FREE_STANDING or cue.kind == "inverted":
        return True
    # Only punctuation and object pronouns stand between a quotation and its
    # verb; a gap longer than that holds other words and is not read. Most gaps
    # are punctuation only ("», a dit"): no pronoun is looked for in them.
    if cue.span.start - q.span.end <= _PRONOUN_GAP:
        if _punct_only(ad.prose, q.span.end, cue.span.start):
            return True  # "…», a dit Tang"
        gap = _CLITICS.sub(" ", ad.prose[q.span.end:cue.span.start])
        if _punct_only(gap, 0, len(gap)):
            return True  # "…», m'a dit Tang", "…» lui a-t-il répondu"
        if _POINTING_GAP.fullmatch(ad.prose, q.span.end, cue.span.start):
            return True  # "« … », c'est ce qu'a martelé le ministre"
    return _is_incise(ad, cue)


# Words between a quotation and its verb of saying that point back at it.
_POINTING_GAP = regex.compile(
    r"[\s\u00a0\u202f,.;:!?…—–\-]*(?:c['’]est|voilà|voici)[\s\u00a0\u202f]+(?:en[\s\u00a0\u202f]+ces[\s\u00a0\u202f]+termes[\s\u00a0\u202f]+|"
    r"par[\s\u00a0\u202f]+ces[\s\u00a0\u202f]+mots[\s\u00a0\u202f]+)?(?:ce[\s\u00a0\u202f]+)?qu(?:e[\s\u00a0\u202f]+|['’][\s\u00a0\u202f]*)",
    regex.I)


_AFTER_CLOSING_MARK = regex.compile(r"[»”\"][\s\u00a0\u202f]*,[\s\u00a0\u202f]*$")
_NAMED_ADDRESSEE = regex.compile(rf"[\s\u00a0\u202f](?:{_alternation('a_and_contractions')})[\s\u00a0\u202f]+\p{{Lu}}")


# What an incise follows: the comma before it, or the closing mark of the words it attributes.
_INCISE_MARKS = (",", "»", "”", '"')


def _is_incise(ad: AnalysedDocument, cue: Cue) -> bool:
    """", rappelle l'élu," or ", a-t-elle ajouté": the verb comes before its subject."""
    if cue.kind == "inverted":
        return True
    if cue.kind != "speech":
        return False
    at = cue.span.start
    back = window_start(at, 8)
    if cue.source is None and not _NAMED_ADDRESSEE.search(ad.prose, at, cue.span.end) and \
            not _AFTER_CLOSING_MARK.search(ad.prose, back, at):
        # "…, a expliqué à BFMTV Patrick Palem": the names after the verb hold the speaker,
        # read as its addressee. Right after a closing mark and its comma, a verb of saying
        # has its subject after it, however far ("…», a plaidé sur Europe 1 un des
        # vice-présidents du parti, Paul Durand").
        return False
    before = ad.prose[back:at].rstrip()
    # Most incises follow their comma or mark right away: the object pronouns that may stand
    # between (words, which hold no mark) are looked for only when they do not.
    if before.endswith(_INCISE_MARKS):
        return True
    before = _CLITICS.sub(" ", before).rstrip()
    return before.endswith(_INCISE_MARKS) or \
        INCISE_LEAD.search(ad.prose, window_start(at, 40), at) is not None


def _continues_quote_of_its_sentence(q: Quote, top: SpanIndex, s: Sentence | None) -> bool:
    """« Les gens ne voulaient pas » déranger « leur médecin »: a quotation cut
    by a word goes on the speech of the attributed quotation before it in its sentence,
    or closing in it when it runs over several sentences ("Il a écrit : « C'est fini. Je
    ne voulais pas » rester « une minute de plus »"). ``s`` is the sentence it opens in."""
    other = top.before(q.span.start)
    return s is not None and other is not None and other.is_speech and other.attributed and \
        other.span.end > s.span.start and other.span.end <= q.span.start


# How many words may cut a quotation from the attributed one that goes on with it in its sentence.
_CUT_WORDS = 3


def _cut_before_attributed(ad: AnalysedDocument, top: SpanIndex) -> None:
    """« Nous avons lu le dossier » et elles « se ressemblent. … », a tranché la cour: a quotation
    cut by a few words from the attributed quotation that follows it in its sentence is the same
    speaker's words (see ``_continues_quote_of_its_sentence`` for the other way round)."""
    items = top.items
    for a, b in zip(items, items[1:]):
        # ``a`` unattributed, ``b`` attributed (their fields read, not the property: a call costs more).
        if a.attribution is not None or a.continues or (b.attribution is None and not b.continues) or \
                not (a.is_speech and b.is_speech) or a.block != b.block:
            continue
        s = ad.sentence_ending(a.span)
        if s is None or not s.span.start <= b.span.start < s.span.end or \
                _STOP_BETWEEN.search(ad.prose, a.span.end, b.span.start) or \
                _more_words_than(ad.prose, a.span.end, b.span.start, _CUT_WORDS):
            continue
        a.continues = True


# The opening of a sentence that points back at the words before it and says whose they
# are: "C'est par ces mots que X a…", "C'est ainsi que le ministre a débuté son discours",
# "Cette phrase est signée de X", "C'est en tout cas ce qu'a conclu la Cour".
_SP = r"[\s\u00a0\u202f]+"
_C_EST = rf"c['’]est(?:{_SP}(?:en{_SP}tout{_SP}cas|donc|bien|du{_SP}moins|justement))?{_SP}"
_BY_THESE_WORDS = (rf"(?:{_alternation('prepositions_of_words')}){_SP}(?:{_alternation('demonstrative_determiners')}){_SP}(?:quelques{_SP})?"
                   rf"(?:mots?|termes|phrases?|paroles|propos){_SP}(?:\p{{Ll}}+{_SP})*?qu")
_POINTED_BACK = regex.compile(
    rf"[\s\u00a0\u202f.…!?»\"”]*(?:"
    rf"{_C_EST}(?:{_BY_THESE_WORDS}|ainsi{_SP}qu|ce{_SP}qu)"
    rf"|(?:cette|ces){_SP}(?:phrases?|mots|propos|paroles|déclarations?|formules?)(?:{_SP}\p{{Ll}}+)?{_SP}"
    rf"(?:est|sont|a{_SP}été|ont{_SP}été|était|étaient){_SP}(?:signée?s?|prononcée?s?|ceux|celles?|tenue?s?|de){_SP}"
    rf"|voilà{_SP}ce{_SP}qu|tels{_SP}(?:sont|étaient|furent){_SP}les{_SP}(?:mots|propos))",
    regex.I)

# "C'est par ces mots que le professeur a ouvert son point": a sentence that points back at
# the words before it, whatever its verb, names whose they are.
_POINTS_BACK_AT_WORDS = regex.compile(rf"[\s\u00a0\u202f—–-]*{_C_EST}{_BY_THESE_WORDS}", regex.I)
# The dashes it passes over, before the "c" of "c'est".
_DASHES = "—–-"


def _may_open_on_c_est(prose: str, start: int, end: int) -> bool:
    """Whether ``prose[start:end]``, past the spaces (a space to the pattern is one to
    str.isspace too) and dashes it opens on, opens on the "c'" of "c'est", which
    ``_POINTS_BACK_AT_WORDS`` reads there ("Ce", "Comme", "Cela" do not)."""
    while start < end and (prose[start].isspace() or prose[start] in _DASHES):
        start += 1
    return start + 1 < end and prose[start] in "cC" and prose[start + 1] in "'’"


def _more_words_than(prose: str, start: int, end: int, most: int) -> bool:
    """Whether ``prose[start:end]`` holds more than ``most`` words. A span longer than
    ``most`` long words is not read: a sentence's many quotations would each read it again."""
    if end - start > most * _LONG_WORD:
        return True
    for n, _ in enumerate(_WORDS.finditer(prose, start, end), 1):
        if n > most:
            return True
    return False


_LIST_COMMA = regex.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*")
# "», ou encore «", "», mais aussi des «", "», et «": a comma, a word that joins the items of a list
# (quotes.toml), perhaps a determiner. ("« … » et « … »" with no comma may join two clauses.)
_LIST_JOIN = regex.compile(
    rf"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:{phrase_alternation(quote_words()['list_joins'])})"
    rf"(?:[\s\u00a0\u202f]+(?:{phrase_alternation(quote_words()['list_join_determiners'])}))?[\s\u00a0\u202f]*", regex.I)
# The longest join read ("mais aussi des", its comma and spaces).
_LIST_JOIN_REACH = 20


def _listed(ad: AnalysedDocument, a: Quote, b: Quote) -> bool:
    """Whether the quotation ``b`` is the item after ``a`` in a list: only a comma between them, or
    a comma and a word that joins a list's items ("« … », ou encore « … »")."""
    gap = b.span.start - a.span.end
    if gap > _LIST_JOIN_REACH or ad.prose.find(",", a.span.end, b.span.start) < 0:
        return False  # both patterns read a comma: most gaps, with none, are not tried
    return (gap <= 3 and _LIST_COMMA.fullmatch(ad.prose, a.span.end, b.span.start) is not None) or \
        (gap <= _LIST_JOIN_REACH and _LIST_JOIN.fullmatch(ad.prose, a.span.end, b.span.start) is not None)


def _read_lists_whole(ad: AnalysedDocument, top: SpanIndex) -> None:
    """« Que je t'aime », « Ma gueule », « Allumer le feu »: quotations listed one after
    the other, with only a comma between, or a comma and a word that joins a list's items
    (questions, slogans, titles, comments, sample lines: « … », ou encore « … », mais aussi
    « … »), are read as one: an item needs no speaker of its own."""
    items = top.items
    for a, b in zip(items, items[1:]):
        if a.block == b.block and _listed(ad, a, b):
            for q in (a, b):
                if not q.attributed:
                    q.continues = True


# A narrative infinitive that goes on with the subject of the sentence before: "Et de
# critiquer la méthode.", "Avant de révéler son seul regret :".
_NARRATIVE_INFINITIVE = regex.compile(r"[\s\u00a0\u202f—–-]*(?:Et|Avant|Puis)[\s\u00a0\u202f]+d(?:e[\s\u00a0\u202f]+|['’])\p{Ll}")
# What it may open on, but for a space (str.isspace): most sentences open on another letter.
_NARRATIVE_OPENINGS = "EAP—–-"


def _narrated_on(ad: AnalysedDocument, q: Quote, s: Sentence | None) -> bool:
    """« … », a dit X. Et d'ajouter : « … »: a narrative infinitive introducing the
    quotation, in its sentence ``s`` or the one it opens after, goes on with the speaker of
    the attributed sentence before it."""
    if s is None or s.index == 0:
        return False
    prose = ad.prose
    clause = s
    if _punct_only(prose, s.span.start, q.span.start):
        clause = ad.sentences[s.index - 1]  # the quotation opens its sentence: introduced by the one before
    if clause.block != s.block or clause.index == 0 or \
            (prose[clause.span.start] not in _NARRATIVE_OPENINGS and not prose[clause.span.start].isspace()) or \
            not _NARRATIVE_INFINITIVE.match(prose, clause.span.start, clause.span.end):
        return False
    before = ad.sentences[clause.index - 1]
    return before.block == clause.block and (before.attributed_by is not None or before.continues)


_COLON_AFTER = regex.compile(r"[\s\u00a0\u202f]*:")
# The spaces most often read past (each one also to the pattern's ``\s``).
_COMMON_SPACES = " \u00a0\u202f"
# The colon or the comma after the closing mark, before a clause that points back at the words.
_COLON_OR_COMMA_AFTER = regex.compile(r"[\s\u00a0\u202f]*[:,]")


def _leads_its_sentence(ad: AnalysedDocument, q: Quote, s: Sentence | None) -> bool:
    """« On n'est pas fatigués » : les manifestants ont défilé…: a quotation that opens its
    sentence ``s`` before a colon leads it, as in a headline; the sentence presents whose words
    they are (its subject, a cue, or the sentence after it)."""
    return s is not None and _punct_only(ad.prose, s.span.start, q.span.start) and \
        _COLON_AFTER.match(ad.prose, q.span.end, s.span.end) is not None


def _pointed_back_at(ad: AnalysedDocument, q: Quote, last: Sentence | None) -> bool:
    """« … ». C'est par ces mots que X a ouvert la séance: the next sentence, or the clause
    after a colon, points back at the words and names their speaker. ``last`` is the sentence
    it ends in."""
    if last is None:
        return False
    prose = ad.prose
    # Most quotations are followed by neither mark, past the common spaces, and most clauses after
    # one do not open on "c'est": the patterns are tried only when they may match.
    at = q.span.end
    while at < last.span.end and prose[at] in _COMMON_SPACES:
        at += 1
    after = prose[at:at + 1]
    colon = _COLON_OR_COMMA_AFTER.match(prose, q.span.end, last.span.end) if after in ":," or after.isspace() else None
    if colon is not None and _may_open_on_c_est(prose, colon.end(), last.span.end) and \
            _POINTS_BACK_AT_WORDS.match(prose, colon.end(), last.span.end):
        return True  # "« … » : c'est par ces mots que la chanteuse a salué son public.", "« … », c'est avec…"
    if last.index + 1 >= len(ad.sentences) or last.span.end - q.span.end > _GAP_READ or \
            not _punct_only(prose, q.span.end, last.span.end):
        return False
    nxt = ad.sentences[last.index + 1]
    return nxt.block - last.block <= 1 and (_POINTED_BACK.match(prose, nxt.span.start, nxt.span.end) is not None or
                                            _names_the_words_uttered(ad, nxt) or _takes_up_the_words(ad, nxt))


# "Ce slogan du syndicat…", "C'est avec cette question qu'une élève…": a sentence opening on a
# demonstrative takes up what was just said as a thing, by a noun for words or for a text that
# carries them (the noun or the word after it), or, after "c'est" and a preposition, by any noun
# its clause in "que" goes on.
_TAKING_UP = regex.compile(rf"[\s\u00a0\u202f.…!?»\"”]*(?:(?<cleft>{_C_EST}(?:{_alternation('prepositions_of_words')}){_SP}))?"
                           rf"(?:{_alternation('demonstrative_determiners')}){_SP}(?<noun>\p{{Ll}}+)"
                           rf"(?:{_SP}(?<after>\p{{Ll}}+))?", regex.I)
# The one behind the words, after the word that ties them to the words taken up ("du", "par",
# "qu'"): a name, or a noun after a determiner and an adjective maybe ("du gouvernement", "qu'un
# petit garçon").
_ONE_BEHIND = (rf"[\s\u00a0\u202f]*(?:(?:{_alternation('determiners')}){_SP}|l['’][\s\u00a0\u202f]*)?"
               rf"(?<who>[\p{{L}}\-]+)(?:{_SP}(?<then>[\p{{L}}\-]+))?")
# "du syndicat", "d'Attac": the elided "d'" stands right before its word.
_COMPLEMENT_OF = regex.compile(rf"[\s\u00a0\u202f]+(?:(?:{_alternation('complement_articles')}|de)(?![\p{{L}}])|d['’])"
                               + _ONE_BEHIND, regex.I)
_QU_CLAUSE = regex.compile(_QUE.pattern + _ONE_BEHIND, regex.I)
_AGENT = regex.compile(r"(?<![\p{L}])par(?![\p{L}])" + _ONE_BEHIND, regex.I)


def _takes_up_the_words(ad: AnalysedDocument, s: Sentence) -> bool:
    """"« … ». Cette campagne du gouvernement…", "« … ». Ce télégramme a été envoyé par le président
    du club.", "« … ». C'est par cette question qu'une élève a accueilli la ministre.": the
    sentence after a quotation that ends its sentence takes the words up with a demonstrative and
    names who is behind them, as the complement of the noun, as the agent of a verb that utters or
    sends them, or as the subject of the clause a cleft goes on with."""
    m = _TAKING_UP.match(ad.prose, s.span.start, s.span.end)
    if m is None:
        return False
    if m.group("cleft"):
        who = _QU_CLAUSE.search(ad.prose, m.end("noun"), s.span.end)
        return who is not None and _one_behind(ad, who)
    words = quote_words()
    texts = words["uttered_words"] | words["texts_of_words"]
    if m.group("noun").lower() in texts:
        end = m.end("noun")
    elif m.group("after") is not None and m.group("after").lower() in texts:
        end = m.end("after")
    else:
        return False
    who = _COMPLEMENT_OF.match(ad.prose, end, s.span.end)
    if who is not None and _one_behind(ad, who):
        return True  # "Ce tract du syndicat…"
    for agent in _AGENT.finditer(ad.prose, end, s.span.end):
        verbs = [w.group(0).lower() for w in _WORDS.finditer(ad.prose, end, agent.start())]
        if _one_behind(ad, agent) and any(w in words["uttering"] or w in words["sending"] for w in verbs):
            return True  # "Ce message a été posté mardi par la maire."
    return False


def _one_behind(ad: AnalysedDocument, found: regex.Match) -> bool:
    """Whether the words ``found`` reads after its determiner name a person or a body: a name, or a
    noun for people, for an institution or for a source, maybe after an adjective ("un petit garçon")."""
    words = subject_words()
    sources = ad.lexicon.source_nouns if ad.lexicon is not None else frozenset()
    for k, word in enumerate(w for w in found.group("who", "then") if w is not None):
        low = word.lower()
        if (k == 0 and word[:1].isupper()) or words.names_people(low) or low in words.institutions or low in sources:
            return True
    return False


# "Voilà le message que…", "Telle est la phrase qu'…": a sentence opening on a noun for words,
# then the relative that says who said them.
_PRESENTING = regex.compile(rf"[\s\u00a0\u202f.…!?»\"”]*(?:voilà|voici|(?:{_alternation('tel')}){_SP}(?:{_alternation('etre_auxiliaries')})){_SP}"
                            rf"(?:{_alternation('definite_and_demonstrative_determiners')}){_SP}?(?:\p{{Ll}}+{_SP})?(?<noun>\p{{Ll}}+){_SP}qu", regex.I)
# "La dernière petite phrase de Paul Durand fait réagir": a sentence opening on a noun for words
# and the name of whoever said them.
_WORDS_OF = regex.compile(rf"[\s\u00a0\u202f.…!?»\"”]*(?:{_alternation('definite_and_demonstrative_determiners')}){_SP}?(?:\p{{Ll}}+{_SP}){{0,2}}?"
                          rf"(?<noun>\p{{Ll}}+){_SP}(?:de{_SP}|d['’])\p{{Lu}}", regex.I)
# A verb, then a demonstrative and a noun for words as its object, maybe after an adjective ("a
# prononcé cette phrase", "a prononcé cette petite phrase"): the two words after the demonstrative.
_VERB_THESE_WORDS = regex.compile(rf"(?<![\p{{L}}])(?<verb>\p{{Ll}}+){_SP}(?:{_alternation('demonstrative_determiners')}){_SP}"
                                  rf"(?<noun>\p{{Ll}}+)(?![\p{{L}}'’\-])(?:{_SP}(?<after>\p{{Ll}}+)(?![\p{{L}}'’\-]))?",
                                  regex.I)


# Each reading of ``_names_the_words_uttered`` needs a noun for words: a sentence that holds none,
# folded, is not read.
_UTTERED_OPENINGS = openings_of(quote_words()["uttered_words"])


def _names_the_words_uttered(ad: AnalysedDocument, s: Sentence) -> bool:
    """Whether ``s`` points back at the words before it as words someone uttered: it presents them
    ("Voici le message que les commerçants adressent au maire"), opens on them and their speaker
    ("La petite phrase de Paul Durand fait réagir"), or a verb of uttering has them as
    its object ("La maire a prononcé cette phrase à la sortie du conseil")."""
    if not may_hold(ad.prose, s.span.start, s.span.end, _UTTERED_OPENINGS):
        return False
    words = quote_words()
    presenting = _PRESENTING.match(ad.prose, s.span.start, s.span.end)
    if presenting is not None and presenting.group("noun").lower() in words["uttered_words"]:
        return True
    words_of = _WORDS_OF.match(ad.prose, s.span.start, s.span.end)
    if words_of is not None and words_of.group("noun").lower() in words["uttered_words"]:
        return True
    return any(m.group("verb").lower() in words["uttering"] and
               any(w is not None and w.lower() in words["uttered_words"] for w in m.group("noun", "after"))
               for m in _VERB_THESE_WORDS.finditer(ad.prose, s.span.start, s.span.end))


def _follows_attributed_quote(ad: AnalysedDocument, q: Quote, top: SpanIndex, s: Sentence | None) -> bool:
    """« … », indique X. « … »: the speaker's words go on.

    The quotation opens its sentence, or is woven into it after a few words
    ("Et « … »"), and the previous sentence of the block gives an attributed
    quotation the floor: its incise follows it, it ends that sentence, or the
    cue of that sentence is its own ("Le syndicat a prévenu qu'« … » et attend
    la décision. « … »", "Selon la principale, trois cents élèves sont « … »
    lundi. Sur ces trois cents, « … »"). ``s`` is the sentence it opens in.
    """
    if s is None:
        return False
    prev = _previous_sentence(ad, s, q)
    woven = prev is None
    if prev is None:
        # "« … », a rappelé le docteur. Et « notre population a vieilli »": woven into the
        # next sentence of the paragraph, with no speaker of its own, the words go on.
        # A lead of a few words ("Mais", "Et", "Il y aura") or a pronoun for its subject
        # lets them go on; a thing or an event for a subject ("L'obligation est étendue
        # « … »") is described by someone the sentence does not name.
        prev = ad.sentences[s.index - 1] if s.index else None
        if prev is None or prev.block != s.block or any(not c.in_quote for c in s.cues) or \
                (s.subject_kind != "pronoun" and _more_words_than(ad.prose, s.span.start, q.span.start, _WOVEN_LEAD)
                 and not _ADVERBIAL_LEAD.fullmatch(ad.prose, s.span.start, q.span.start)):
            return False
    elif prev.block == s.block and any(not c.in_quote and _is_incise(ad, c) for c in prev.cues):
        return True  # "En 2001, rappelle l'élu, la frontière… « … »"
    for other in top.ending_in(prev.span.start, s.span.start):
        if not other.attributed or (woven and not other.is_speech):
            continue  # a term in quotation marks gives the next sentence's woven words no one
        cue = other.attribution
        incise = cue is not None and cue.span.start >= other.span.end
        ends_sentence = _punct_only(ad.prose, other.span.end, prev.span.end)
        if incise or ends_sentence or other.continues:
            return True
        if other.is_speech and cue is not None and cue is prev.attributed_by and prev.block == s.block:
            return True  # "Le syndicat a prévenu qu'« … » et attend… « … »": the sentence's speaker goes on
    return False
