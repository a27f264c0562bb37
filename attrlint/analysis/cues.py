"""Attribution cues, found with the Lark grammar ``grammars/attribution.lark``.

The grammar's terminals are the tokens' lexical categories. From every token
that can open a cue, the LALR parser (:mod:`attrlint.analysis.grammar`) is
fed token by token and the longest prefix it accepts is the cue. Results
depend only on the sequence of categories, so they are memoised: the parser
runs once per distinct shape.
"""
from __future__ import annotations

from ..patterns import regex  # regex, with compiled patterns kept between runs

from ..guards import match_window, next_character, window_end, window_start
from ..word_lists import function_word_alternation as _alternation, word_sets
from ..model import Cue, Span, Token
from .grammar import ParseError, Parser, leaves, tables
from .grammar import lark_parser as parser  # noqa: F401  (the grammar compiled by Lark)
from .figure_rules import INFINITIVE_ENDINGS
from .figure_words import context_words
from .subjects import TITLES, after_a_title, particle_of_a_name
from .token_patterns import INVERTED_PRONOUNS
from .tokens import announces_words, object_clitic, verb_after_object_pronoun

MAX_CUE_TOKENS = 14

# The closed classes of grammars/lexicon/function_words.toml.
_FUNCTION_WORDS = word_sets("lexicon/function_words.toml")


# Categories a cue can start with; others are skipped without parsing.
_OPENERS = {
    "PREP_SOURCE", "DE_SOURCE", "CONT", "POUR", "AUX", "ALLER", "TRY", "REFL", "SPEECH_FIN", "SPEECH_FIN_PP", "SPEECH_PP",
    "SPEECH_PPR", "SPEECH_INF", "SPEECH_NOUN", "CHANNEL", "PASSIVE_PP", "DANS", "LORS", "SUR", "MICRO", "AUPRES",
}
CUE_OPENERS = frozenset(_OPENERS)
# Categories the grammar knows; anything else ends a cue.
_GRAMMAR_TERMINALS = _OPENERS | {
    "CLITIC_INV", "TRY_PP", "QUE", "COLON", "COMMA", "PREP_A", "PAR", "DE", "DET", "ADV", "PRON", "CHANNEL",
    "SOURCE_NOUN", "AGENCY", "CAP", "WORD", "NUM", "QUOTE",
}
_KIND_OF_RULE = {
    "prepositional": "prepositional",
    "continuation": "continuation",
    "pour_opening": "prepositional",
    "speech": "speech",
    "inverted": "inverted",
    "participle": "participle",
    "infinitive": "participle",
    "nominal": "channel",
    "passive": "passive",
    "channel": "channel",
}


# Longest cues by shape, as a trie over categories: a parse depends only on
# the categories it read, up to the one that stopped it (or the end of the
# sentence, keyed ""), so one entry serves every longer shape beginning alike.
# A node whose parse goes on keeps it (under _PARSE): a shape met for the
# first time is parsed on from the longest prefix already read, not from its
# first category.
_SHAPES: dict = {}
_SHAPES_KEPT = 50_000  # nodes (each with its parse, under a kilobyte); the trie starts afresh beyond
_shapes_count = 0
_PARSE = object()


# A cue as the grammar reads it: how many categories it spans, its kind, and the positions
# (start, end) of its source and of its addressee among them, when it names them.
CueReading = tuple[int, str, "tuple[int, int] | None", "tuple[int, int] | None"]


class _Best:
    """The longest cue a parse may have accepted so far: its length, the parse that can end
    there, and the cue it makes once asked. The parse is finished (its tree built) only then:
    most are overtaken by a longer one before any shape stops at them. When it cannot finish
    after all (LALR tables may reduce on the end before they see it is wrong), the longest
    before it is the cue, as it was when each was finished as it came."""

    __slots__ = ("length", "parse", "before", "cue")

    def __init__(self, length: int, parse: Parser, before: _Best | None) -> None:
        self.length = length
        self.parse: Parser | None = parse
        self.before: _Best | None = before
        self.cue: CueReading | None = None

    def found(self) -> CueReading | None:
        if self.parse is not None:
            try:
                self.cue = _cue_of(self.length, self.parse.copy().finish())
            except ParseError:
                self.cue = self.before.found() if self.before else None
            self.parse = self.before = None  # the cue is kept: neither is read again
        return self.cue


def _cue_at(tokens: list[Token], i: int, stop: int):
    """The longest cue at the head of the categories of ``tokens[i:stop]``, memoised:
    (length, rule name, source (start, end) or None, addressee (start, end) or None),
    positions relative to ``i``, or None when no cue opens there."""
    global _shapes_count
    node = _SHAPES
    j = i
    while j < stop:
        child = node.get(tokens[j].category)
        if child is None:
            break
        node = child
        if None in node:
            return node[None]
        j += 1
    else:
        child = node.get("")
        if child is not None:
            return child[None]
    if _shapes_count >= _SHAPES_KEPT:
        _SHAPES.clear()
        _shapes_count = 0
        node, j = _SHAPES, i
    parse = node.get(_PARSE)
    if parse is None:  # the root of a new trie
        parse = node[_PARSE] = (Parser(tables()), None)
    ip, best = parse
    for k in range(j, stop):
        cat = tokens[k].category
        _shapes_count += 1
        # A category the grammar does not know, or one the parse cannot take where it stands,
        # ends the cue: told without copying the parse and raising ParseError from it.
        if cat not in _GRAMMAR_TERMINALS or not ip.expects(cat):
            found = node[cat] = {None: best.found() if best else None}
            return found[None]
        ip = ip.copy()
        try:
            ip.feed(cat, k - i)
        except ParseError:
            found = node[cat] = {None: best.found() if best else None}
            return found[None]
        if ip.can_end():
            best = _Best(k - i + 1, ip, best)  # ``ip`` is never fed again: it is copied before each feed
        child = node[cat] = {_PARSE: (ip, best)}
        node = child
    _shapes_count += 1
    found = node[""] = {None: best.found() if best else None}
    return found[None]


def _cue_of(length: int, tree) -> CueReading:
    """The cue of a parse tree of ``length`` categories, as :func:`_cue_at` gives it."""
    cue = tree[1][0]
    first = _first_spans(cue)
    source = first.get("source") or first.get("speaker") or first.get("title")
    return length, cue[0], source, first.get("addressee")


# The parts of a cue its tree names: who speaks, and to whom.
_CUE_PARTS = frozenset({"source", "speaker", "title", "addressee"})
# The parts whose words name someone other than who speaks: to whom ("à l'AFP"), and through
# what ("au micro de RTL", "sur LCI").
_NOT_THE_SPEAKER = frozenset({"addressee", "medium"})


def _first_spans(tree) -> dict[str, tuple[int, int]]:
    """The positions (start, end) of the first subtree of each of ``_CUE_PARTS`` that holds tokens,
    parents before children, left to right; a source only outside any addressee or medium (whose
    words are a source too: "à l'AFP", "au micro de RTL"). One walk of the tree finds them all."""
    found: dict[str, tuple[int, int]] = {}
    stack = [(tree, False)]  # (node, whether it stands inside an addressee or a medium)
    while stack:
        node, in_addressee = stack.pop()
        name = node[0]
        if name in _CUE_PARTS and name not in found and not (in_addressee and name == "source"):
            idx = leaves(node)
            if idx:
                found[name] = (min(idx), max(idx) + 1)
        inside = in_addressee or name in _NOT_THE_SPEAKER
        for child in reversed(node[1]):
            if isinstance(child, tuple):  # a leaf (a token's position) names no part
                stack.append((child, inside))
    return found


def find_cues(tokens: list[Token], start: int, end: int, lexicon, source_text: str, block: int,
              openers: list[int] | None = None) -> list[Cue]:
    """Cues among ``tokens[start:end]`` (one sentence).

    ``openers``, when given, are the indices in that range of the tokens
    whose category can open a cue (``CUE_OPENERS``): only those are tried.
    """
    cues: list[Cue] = []
    if openers is None:
        openers = [i for i in range(start, end) if tokens[i].category in _OPENERS]
    done = start  # tokens before this are inside the last cue found
    for i in openers:
        if i < done:
            continue
        tok = tokens[i]
        stop = i + MAX_CUE_TOKENS  # or the sentence's end, told without a call to min()
        found = _cue_at(tokens, i, stop if stop < end else end)
        # Most openers open no cue whatever stands before them: the context is read for the
        # others only (_cue_at reads the categories from ``i`` on, and gives the same for any).
        if (found is None and tok.category not in _READ_FURTHER) or not _may_open(tokens, i, start):
            continue
        if found is None and tok.category in _PARTICIPLES:
            found = _delayed_agent(tokens, i, end) or _official_passive(tokens, i, start, end) or \
                _auxiliary_dropped(tokens, i, start, end)
        if found is None and tok.category == "SPEECH_PPR":
            clause = _clause_claimed(tokens, i, start, end, lexicon)
            if clause is not None:
                subject = tokens[i - 1]
                cues.append(Cue(kind="participle", span=Span(tok.start, tok.end), trigger=tok.lower, block=block,
                                source=Span(subject.start, subject.end),
                                source_text=source_text[subject.start:subject.end], reach=clause))
                continue
        if found is None or (found[1] == "pour_opening" and not _sentence_initial(tokens, i, start)):
            continue
        length, rule, source, addressee = found
        if rule == "speech" and not _reports_speech(tokens, i, length, start, end, lexicon):
            continue
        if rule == "passive" and not _presents_as(tokens, i, i + length, end, lexicon):
            continue
        if rule == "channel" and tok.category == "AUPRES" and _after_a_deal(tokens, i, start):
            continue
        last = tokens[i + length - 1]
        if last.category in ("COMMA", "COLON", "QUE", "QUOTE") and length > 1 and \
                not (last.category == "QUOTE" and _closes_a_title(tokens, i, i + length - 1)):
            last = tokens[i + length - 2]
        if source and i + source[1] == i + length:
            # "selon M. Garnier", "a dit Bruno Le Maire": the grammar's name ends at the full stop
            # of the title or before the particle; the name, and the cue, go on to the surname.
            named_to = _where_the_name_ends(tokens, i + length, end)
            if named_to > i + length:
                length = named_to - i
                source = (source[0], length)
                last = tokens[named_to - 1]
        cue = Cue(kind=_KIND_OF_RULE.get(rule, rule), span=Span(tok.start, last.end), trigger=tok.lower, block=block)
        if source:
            cue.source = Span(tokens[i + source[0]].start, tokens[i + source[1] - 1].end)
            cue.source_text = source_text[cue.source.start:cue.source.end]
            cue.agency = _agency_in(tokens[i + source[0]:i + source[1]], lexicon)
        if addressee:
            cue.addressee_agency = _agency_in(tokens[i + addressee[0]:i + addressee[1]], lexicon)
        cues.append(cue)
        done = i + (length if length > 1 else 1)  # past the cue, or the opener (no call to max())
    return cues


def _where_the_name_ends(tokens: list[Token], k: int, end: int) -> int:
    """Where a name the grammar ends at ``k`` ends: past an abbreviated title, its full stop and the
    surname with its particles ("M. Garnier", "M. Le Maire", "Mme le Pen", "M. el Ali"), past the
    particle of a surname and the rest of it ("Bruno Le Maire", "Jean-Yves Le Drian"), past a plus
    sign glued to it ("Canal+"); ``k`` when it ends there."""
    if k >= end:
        return k
    if tokens[k].text == "+" and tokens[k].start == tokens[k - 1].end and tokens[k - 1].text[:1].isupper():
        return k + 1  # "Canal+", "Disney+": the sign is the name's
    if k + 1 >= end:
        return k
    if tokens[k - 1].category == "CAP" and particle_of_a_name(tokens, k, end):
        j = k + 2
        while j < end and tokens[j].category == "CAP":
            j += 1
        return j
    return after_a_title(tokens, k, end) if tokens[k - 1].text in TITLES else k


# The verbs of a deal (speech_verbs.toml), and how many tokens before "auprès de" one may stand.
_DEALING = word_sets("lexicon/speech_verbs.toml", "dealing")["forms"]
_DEAL_REACH = 15


def _after_a_deal(tokens: list[Token], i: int, start: int) -> bool:
    """Whether "auprès de" at ``i`` follows a verb of a deal in its sentence: "a levé 5 millions
    d'euros auprès d'investisseurs" names the other party, not a source."""
    return any(tokens[k].lower in _DEALING for k in range(window_start(i, _DEAL_REACH, start), i))


_PARTICIPLES = {"PASSIVE_PP", "SPEECH_PP", "SPEECH_FIN_PP"}
# Openers read further when the grammar finds no cue at them: participles, present participles.
_READ_FURTHER = frozenset(_PARTICIPLES | {"SPEECH_PPR"})
# How far after a participle its agent may come, and what may stand between: the value
# it gives ("estimée entre 10 et 30 milliards de dollars par la presse américaine"); with
# no number between, "l'interdiction formulée vendredi par la préfecture" sources no figure.
_AGENT_REACH = 10
_AGENT_GAP = {"WORD", "NUM", "DET", "DE", "ADV", "PREP_A", "CONJ"}
# "par la presse", "par Météo-France"; "par an", "par rapport à" name no one.
_AGENT_HEADS = {"DET", "CAP", "AGENCY", "SOURCE_NOUN"}


def _delayed_agent(tokens: list[Token], i: int, end: int):
    """A passive whose agent comes after what the participle says, as :func:`_cue_at`
    gives a cue (positions relative to ``i``, the cue ending with its agent), or None."""
    for j in range(i + 1, window_end(i + 1, _AGENT_REACH, end)):
        category = tokens[j].category
        if category == "PAR":
            if j + 1 >= end or tokens[j + 1].category not in _AGENT_HEADS or \
                    not any(t.category == "NUM" for t in tokens[i + 1:j]):
                return None
            agent = [tokens[i]] + tokens[j:window_end(j, MAX_CUE_TOKENS, end)]
            found = _cue_at(agent, 0, len(agent))
            if found is None or found[1] != "passive" or found[2] is None:
                return None
            length, rule, source, _ = found
            shift = j - i - 1  # the agent's tokens stand after the gap
            return length + shift, rule, (source[0] + shift, source[1] + shift), None
        if category not in _AGENT_GAP:
            return None
    return None


# What may stand between a participle and the agent of its passive in a clause that ends on
# the agent: "considérés comme « très secs » par", "dévoilé mardi par", "confirmé dans la
# soirée par"; not a mark or a word that ends or opens a clause.
_CLAUSE_AGENT_STOPS = {"COMMA", "COLON", "STOP", "QUE", "CONJ", "PAR", "AUX", "PRON", "REFL", "SPEECH_PPR", "DASH", "PAREN"}


def find_agent_clauses(tokens: list[Token], pars: list[int], start: int, end: int, source_text: str,
                       block: int, lexicon) -> list[Cue]:
    """"13 départements ont été jugés en alerte par Météo-France", "le plan de 8 milliards
    d'euros dévoilé mardi par le président": a passive of saying or reporting whose agent
    names a body, with words between the participle and "par", sources the clause it ends,
    from the clause's start to the agent (:func:`_clause_before`); a figure after the agent
    is no part of it. ``pars``: the indices of "par" in the sentence ``tokens[start:end]``."""
    found = []
    for k in pars:
        if k + 1 >= end or tokens[k + 1].category not in _AGENT_HEADS:
            continue
        if k > start and tokens[k - 1].lower in lexicon.announcing_nouns:
            announced = _announced_by(tokens, k, end, source_text, block)
            if announced is not None:
                found.append(announced)
            continue
        p = _participle_before(tokens, k, start)
        if p is None or not _presents_as(tokens, p, k + 2, end, lexicon):
            continue
        agent = [Token(tokens[p].text, tokens[p].start, tokens[p].end, "PASSIVE_PP", tokens[p].lower)] + \
            tokens[k:window_end(k, MAX_CUE_TOKENS, end)]
        parsed = _cue_at(agent, 0, len(agent))
        if parsed is None or parsed[1] != "passive" or parsed[2] is None:
            continue
        _, _, source, _ = parsed
        first = k + source[0] - 1
        # The grammar's name runs on over the words after it ("par la préfecture visait 300
        # manifestants"): the agent is its determiners and names, and the clause ends there.
        last = first
        while last + 1 < k + source[1] - 1 and tokens[last + 1].category not in ("WORD", "NUM"):
            last += 1
        clause = _clause_before(tokens, p, start)
        named = Span(tokens[first].start, tokens[last].end)
        found.append(Cue(kind="passive", span=Span(tokens[k].start, named.end), trigger="par", block=block,
                         source=named, source_text=source_text[named.start:named.end],
                         reach=Span(tokens[clause].start, named.end)))
    return found


def _announced_by(tokens: list[Token], k: int, end: int, source_text: str, block: int) -> Cue | None:
    """"l'annonce par le ministre de 300 postes": the agent of a noun of saying (before the
    "par" at ``k``) names the source of what the noun announces, from the noun to the end of
    its clause; a cue of that reach, or None when no body is named."""
    last = k + 1
    if last >= end or tokens[last].category == "DET":
        last += 1
    if last >= end or tokens[last].category not in ("CAP", "AGENCY", "SOURCE_NOUN"):
        return None
    while last + 1 < end and tokens[last + 1].category in ("CAP", "AGENCY", "SOURCE_NOUN"):
        last += 1
    stop = _clause_end(tokens, last + 1, end) - 1
    agent = Span(tokens[k + 1].start, tokens[last].end)
    return Cue(kind="passive", span=Span(tokens[k].start, agent.end), trigger="par", block=block, source=agent,
               source_text=source_text[agent.start:agent.end],
               reach=Span(tokens[k - 1].start, tokens[stop].end))


def _clause_before(tokens: list[Token], p: int, start: int) -> int:
    """Where the clause of the participle at ``p`` starts: its passive's subject, from the
    clause's start ("13 départements ont été jugés…"); for a participle with no auxiliary,
    the noun phrase it follows, from its last determiner ("ont bravé l'interdiction
    formulée vendredi par la préfecture": not the figures before "l'interdiction")."""
    clause = p
    while clause > start and tokens[clause - 1].category not in _CLAUSE_MARKS:
        clause -= 1
    before = p - 1
    while before > clause and tokens[before].category == "ADV":
        before -= 1
    if before >= clause and tokens[before].category == "AUX":
        return clause
    return next((k for k in range(p - 1, clause - 1, -1) if tokens[k].category == "DET"), clause)


def _participle_before(tokens: list[Token], k: int, start: int) -> int | None:
    """The participle of saying or reporting a few words before the "par" at ``k``, with at
    least one word between ("placés", "interpellées": the agent of an act is no source)."""
    for j in range(k - 2, window_start(k - 2, _AGENT_REACH, start - 1), -1):
        t = tokens[j]
        if t.category in _PARTICIPLES:
            return j
        if t.category in _CLAUSE_AGENT_STOPS:
            return None
    return None


# How far after a participle that presents something its "comme" may come: "présenté par
# les responsables du groupe comme…".
_AS_REACH = 12


def _presents_as(tokens: list[Token], i: int, stop: int, end: int, lexicon) -> bool:
    """Whether a passive cue from ``i`` to ``stop`` names a source: always, unless its
    participle is one that does only before "comme" (``passive_as``) and no "comme" follows."""
    participle = next((t for t in tokens[i:stop] if t.category == "PASSIVE_PP"), None)
    if participle is None or lexicon.lemmas.get(participle.lower) not in lexicon.passive_as:
        return True
    return any(t.lower == "comme" for t in tokens[i:min(end, max(stop, i + _AS_REACH))])


def _auxiliary_dropped(tokens: list[Token], i: int, start: int, end: int):
    """"le médecin précisé que…": a participle of saying between its named subject and
    "que", its auxiliary dropped by a slip, says as the compound would; as :func:`_cue_at`
    gives a cue, or None."""
    if i > start and i + 1 < end and tokens[i - 1].category in _NAMED_BODY and tokens[i + 1].category == "QUE" and \
            tokens[i].category != "PASSIVE_PP":
        return 2, "speech", (-1, 0), None
    return None


def _official_passive(tokens: list[Token], i: int, start: int, end: int):
    """"300 cas ont été officiellement recensés", "1.800 cas déclarés officiellement": a
    participle whose agent is the official count, named by its adverb (a vague source, but a
    source), as :func:`_cue_at` gives a cue; or None."""
    official = context_words()["official"]
    if i > start and tokens[i - 1].lower in official:
        return 1, "passive", None, None
    if i + 1 < end and tokens[i + 1].lower in official:
        return 2, "passive", None, None
    return None


def _closes_a_title(tokens: list[Token], start: int, at: int) -> bool:
    """Whether the quotation mark at ``at`` closes one opened in the cue: "selon le « Parisien »"."""
    return any(tokens[k].category == "QUOTE" for k in range(start, at))


# Forms of "être" (a list of function_words.toml): "être" + a participle with no agent is a
# passive ("la valeur est estimée à…", "ils sont accusés de…"), which names no source.
_ETRE = _FUNCTION_WORDS["etre"]
# How far after a verb with another sense "que", a colon or a quotation may come: "rappelle par ailleurs que".
_SPEECH_MARK_REACH = 4


def _reports_speech(tokens: list[Token], i: int, length: int, start: int, end: int, lexicon) -> bool:
    """Whether a ``speech`` phrase reports speech: not a passive with no
    agent, and, for a verb with another sense, one introducing words."""
    if tokens[i].lower in _ETRE:
        return False
    # The phrase's categories, read once here for its verb and its pronoun (tested in C below).
    categories = [t.category for t in tokens[i:i + length]]
    at = None
    for n, category in enumerate(categories):
        if category.startswith("SPEECH"):
            at = i + n
            break
    verb = tokens[at] if at is not None else None
    lemma = lexicon.lemmas.get(verb.lower) if verb is not None else None
    if at is not None and "TRY_PP" in categories[:at - i]:
        # "a tenu à rappeler", "s'est contenté d'annoncer": what the subject chose to say, only
        # when words follow, or as an incise ending its clause on its subject ("…, a tenu à
        # rappeler le maire."); "…, s'est contenté d'annoncer son aide au pays voisin pour…"
        # tells of an act.
        return _governed_incise(tokens, i, length, start, end) or _introduces_words(tokens, i, length, end)
    # A verb whose reflexive says something else, its pronoun looked for once.
    if at is not None and (lemma in _REFLEXIVE_SAYS_NOTHING or lemma in lexicon.reflexive_senses) and \
            _reflexive(tokens, i, at, start):
        if lemma in _REFLEXIVE_SAYS_NOTHING:
            return False  # "le chômage s'établit à 9 %", "les stocks se sont révélés insuffisants": no one speaks
        if not (i > start and tokens[i - 1].category in ("COMMA", "QUOTE")):
            return not _breaks_out(tokens, at + 1, end)  # "se déclare", "s'est déclaré"
    if lemma in lexicon.pronominal:
        # With its pronoun it says something ("s'est félicité"); without it,
        # nothing ("le maire inquiète les habitants", "ils attendent le
        # train"), unless its bare form is listed among the verbs with another
        # sense, which speak when they introduce words ("a félicité X pour « … »").
        if "REFL" in categories:
            return True
        if i > start and tokens[i - 1].category in ("COMMA", "QUOTE"):
            return True  # an incise drops the pronoun: "…», moque un élu"
        if lemma not in lexicon.other_senses:
            return False
    elif verb is None or lemma not in lexicon.other_senses:
        return True
    if i > start and tokens[i - 1].category in ("COMMA", "QUOTE"):
        return True  # an incise: "…», rappelle l'élu"
    if (i > start and tokens[i - 1].category == "REFL") or "REFL" in categories:
        return False  # its other sense, with its pronoun: "ils se montrent méfiants", "cela s'ajoute à"
    if lemma in lexicon.finding_senses and _finding_of_a_named_body(tokens, i, length, start, end):
        return True
    return _introduces_words(tokens, i, length, end)


def _governed_incise(tokens: list[Token], i: int, length: int, start: int, end: int) -> bool:
    """Whether the phrase ``tokens[i:i + length]`` is an incise after the words said: a comma or
    a closing mark before it, the end of its clause right after its subject."""
    after = i + length
    return i > start and tokens[i - 1].category in ("COMMA", "QUOTE") and \
        (after >= end or tokens[after].category in ("STOP", "COMMA", "PAREN", "DASH"))


def _introduces_words(tokens: list[Token], i: int, length: int, end: int) -> bool:
    """Whether the verb phrase ``tokens[i:i + length]`` introduces words: a claim of the subject's
    own ("a assuré avoir…"), or "que", a colon or a quotation a few words on."""
    after = i + length
    if after < end and tokens[after].lower.endswith("ment") and after + 1 < end:
        after += 1  # "a assuré notamment avoir…"
    if after < end and tokens[after].lower in ("avoir", "être"):
        return True  # "il a assuré avoir remis…", "elle maintient être innocente": what one claims of oneself
    stop = window_end(i + length, _SPEECH_MARK_REACH, end)
    for k in range(i, stop):
        t = tokens[k]
        if t.category == "QUE" and k - 2 >= i and tokens[k - 2].lower in _COMPARATIVES and tokens[k - 1].category == "WORD":
            continue  # "la considèrent comme plus discrète que…": a comparison, not words introduced
        if t.category == "QUOTE" and _names_a_complement(tokens, k, i):
            continue
        if t.category in ("QUE", "COLON", "QUOTE"):
            return True
        if t.category == "STOP":
            break
    return False


_COMPLEMENT_ARTICLES = _FUNCTION_WORDS["complement_articles"]


def _names_a_complement(tokens: list[Token], k: int, verb: int) -> bool:
    """Whether the quotation mark at ``k`` opens a name set in the complement of a noun after the
    verb at ``verb`` ("soutiennent la grève des « petites mains »"), not words it introduces."""
    return k - 2 > verb and tokens[k - 1].lower in _COMPLEMENT_ARTICLES and tokens[k - 2].category == "WORD"


# The words that tell the reflexive sense of a verb like "se déclarer" (speech_verbs.toml).
_REFLEXIVE_SENSES = word_sets("lexicon/speech_verbs.toml", "reflexive_senses")
# The verbs whose reflexive says nothing: a quantity is its subject ("le chômage s'établit à 9 %"),
# or a thing that turned out so ("les stocks se sont révélés insuffisants").
_REFLEXIVE_SAYS_NOTHING = _REFLEXIVE_SENSES["quantities"] | _REFLEXIVE_SENSES["turned_out"]
# How many adverbs and words of time may stand between the verb and the word that decides.
_REFLEXIVE_REACH = 6


def _reflexive(tokens: list[Token], i: int, at: int, start: int) -> bool:
    """Whether the verb at ``at`` of a phrase opening at ``i`` has its reflexive pronoun, in the
    phrase ("s'est déclaré") or just before it ("se déclare")."""
    return any(t.category == "REFL" for t in tokens[i:at]) or (i > start and tokens[i - 1].category == "REFL")


def _breaks_out(tokens: list[Token], k: int, end: int) -> bool:
    """Whether a reflexive verb like "se déclarer" ending before ``k`` has its sense other than
    saying: the first word after it, past adverbs and words of time, opens a complement of
    place or time, or the clause ends ("Un incendie s'est déclaré dimanche soir dans un
    entrepôt."); not an attribute ("s'est déclaré mercredi favorable au projet", "se déclare
    « choquée »", "s'est déclaré en faveur de")."""
    stop = window_end(k, _REFLEXIVE_REACH, end)
    while k < stop:
        t = tokens[k]
        if t.category in _CLAUSE_MARKS:
            aside = _aside_end(tokens, k, end)
            if aside is None or tokens[k + 1].lower in _REFLEXIVE_SENSES["place_or_time"]:
                return True  # "s'est déclaré, puis a gagné…", "s'est déclaré, dans la nuit, …"
            k, stop = aside, window_end(aside, _REFLEXIVE_REACH, end)
            continue
        if t.lower == "en":
            return k + 1 >= end or tokens[k + 1].lower not in _REFLEXIVE_SENSES["stances_after_en"]
        if t.category not in ("ADV", "NUM") and t.lower not in _REFLEXIVE_SENSES["times"] and \
                not (t.lower.endswith("ment") and t.category == "WORD"):
            return t.lower in _REFLEXIVE_SENSES["place_or_time"]
        k += 1
    return k >= end  # the sentence ends after the verb's adverbs: "Un incendie s'est déclaré hier"


# How many words an aside between commas may hold: "s'est déclaré, lundi, favorable à…".
_ASIDE_WORDS = 4


def _aside_end(tokens: list[Token], k: int, end: int) -> int | None:
    """The index after an aside of a few words set off between the comma at ``k`` and the next
    one ("s'est déclaré, comme son adjoint, favorable au plan"), or None when the mark at ``k``
    ends the clause."""
    if tokens[k].category != "COMMA":
        return None
    for j in range(k + 2, window_end(k + 2, _ASIDE_WORDS, end)):
        if tokens[j].category in _CLAUSE_MARKS:
            return j + 1 if tokens[j].category == "COMMA" and j + 1 < end else None
    return None


# "Enedis observe ainsi une hausse de 300 mégawatts", "la RATP prévoit un train sur trois":
# a verb with another sense that can give a finding (the lexicon's `findings`), its subject
# a named body, the figure in its object a few words on. What may stand between the verb
# and the figure:
_FINDING_REACH = 8
_FINDING_GAP = {"WORD", "DET", "DE", "ADV", "SOURCE_NOUN", "SUR", "PREP_A", "DANS"}
# A named body: a name, an agency, a noun for an institution ("le ministère").
_NAMED_BODY = {"CAP", "AGENCY", "SOURCE_NOUN"}


def _finding_of_a_named_body(tokens: list[Token], i: int, length: int, start: int, end: int) -> bool:
    """Whether the verb at ``i`` (``length`` tokens) follows a named body, its subject, and
    a figure stands in its object before any comma: "Enedis observe une hausse de 300 MW"."""
    if i <= start or tokens[i - 1].category not in _NAMED_BODY:
        return False
    for k in range(i + length, window_end(i + length, _FINDING_REACH, end)):
        if tokens[k].category == "NUM":
            return True
        if tokens[k].category not in _FINDING_GAP:
            return False
    return False


def _clause_claimed(tokens: list[Token], i: int, start: int, end: int, lexicon) -> Span | None:
    """"…, le fabricant revendiquant 40 % des ventes du pays": a present
    participle of saying whose subject is a named body and whose object holds a figure
    claims the figure of its clause only, from its subject to the next comma or stop,
    not the sentence it closes. The clause's span, or None."""
    lemma = lexicon.lemmas.get(tokens[i].lower)
    if lemma in lexicon.other_senses and lemma not in lexicon.finding_senses:
        return None
    if not _finding_of_a_named_body(tokens, i, 1, start, end):
        return None
    k = _clause_end(tokens, i + 1, end)
    return Span(tokens[i - 1].start, tokens[k - 1].end)


# The marks that end a clause a cue of limited reach sources.
_CLAUSE_MARKS = frozenset({"COMMA", "COLON", "STOP"})


def _clause_end(tokens: list[Token], k: int, end: int) -> int:
    """The index of the first mark that ends a clause from ``k`` on, or ``end``."""
    while k < end and tokens[k].category not in _CLAUSE_MARKS:
        k += 1
    return k


_COMPARATIVES = _FUNCTION_WORDS["comparatives"]


def _agency_in(tokens: list[Token], lexicon) -> str | None:
    for t in tokens:
        if t.category == "AGENCY":
            return lexicon.agencies.get(t.lower)
    return None


def _sentence_initial(tokens: list[Token], i: int, start: int) -> bool:
    """Whether token ``i`` opens its sentence, but for a quote mark, a dash or a conjunction."""
    before = tokens[start:i]
    return len(before) <= 2 and all(t.category in ("QUOTE", "DASH", "PAREN", "CONJ", "COMMA") for t in before)


def _may_open(tokens: list[Token], i: int, start: int) -> bool:
    """Reject openers the context rules out: negated verbs, nouns after a determiner."""
    tok = tokens[i]
    prev = tokens[i - 1] if i > start else None
    if prev is None:
        return True
    if prev.category == "NEG" or (prev.category == "REFL" and i - 2 >= start and tokens[i - 2].category == "NEG"):
        return False
    if tok.category in ("SPEECH_FIN", "SPEECH_FIN_PP", "SPEECH_PP") and prev.category in ("DET", "DE", "PREP_A") \
            and not object_clitic(tokens[window_start(i, 2, start):i]) and not verb_after_object_pronoun(prev, tok.lower) \
            and not announces_words(tokens, i):
        # "l'annonce", "le compte", "du rapport": nouns, not verbs.
        return False
    if tok.category in ("SPEECH_FIN", "SPEECH_FIN_PP", "SPEECH_PP") and prev.lower == "en":
        return False  # "en avance", "en note": nouns after "en"; the gerund is SPEECH_PPR
    if tok.category == "PREP_SOURCE" and prev.lower in _VARYING and _a_thing_after(tokens, i):
        return False  # "les délais varient selon les régions": "depending on", no source
    if tok.lower in _NAMING_PARTICIPLES and _names_a_thing(tokens, i, prev):
        return False  # "le déconfinement dit de phase 1": "so-called", no words reported
    if tok.category == "AUX" and prev.category == "AUX":
        return False  # "a été publié": the compound opens at its first auxiliary
    if tok.category == "SPEECH_INF" and any(t.category == "NEG" for t in tokens[window_start(i, 4, start):i]):
        return False  # "ne devrait dire que…": restrictive "ne … que"
    if tok.category == "AUX" and prev.lower in ("pas", "jamais", "plus", "guère", "rien"):
        return False
    return True


_VARYING = word_sets("lexicon/speech_verbs.toml", "varying")["forms"]


def _a_thing_after(tokens: list[Token], i: int) -> bool:
    """Whether the words after "selon" at ``i`` open on a word in lower case, past its articles
    ("selon les régions", "selon l'âge"), not on a name ("selon l'Insee")."""
    k = i + 1
    while k < len(tokens) and tokens[k].category == "DET":
        k += 1
    return k < len(tokens) and tokens[k].text[:1].islower()


_NAMING = word_sets("lexicon/speech_verbs.toml", "naming")
_NAMING_PARTICIPLES = _NAMING["participles"]


def _names_a_thing(tokens: list[Token], i: int, prev: Token) -> bool:
    """Whether "dit" at ``i`` is "so-called": after a common noun, before "de" (or "du", "des")
    and a noun or a number, not an infinitive nor a word of manner (``[naming]`` of
    speech_verbs.toml)."""
    if prev.category != "WORD" or not prev.text.islower() or i + 2 >= len(tokens):
        return False
    after, head = tokens[i + 1], tokens[i + 2]
    if after.category != "DE" or head.category not in ("WORD", "CAP", "NUM", "QUOTE"):
        return False
    # An infinitive after "de" ("dit de rester") keeps "dit" a verb of saying.
    return not (head.category == "WORD" and (head.lower.endswith(INFINITIVE_ENDINGS) or head.lower in _NAMING["manner"]))


# Function words that cannot be the verb of an incise: "…», mais Paris…" (a list of quotes.toml).
_NOT_INCISE_VERBS = word_sets("lexicon/quotes.toml")["not_incise_verbs"]
_INCISE_ADVERBS = (r"(?:alors|encore|ainsi|aussitôt|également|aussi|toutefois|pourtant|déjà|ensuite|enfin|"
                   r"néanmoins|cependant|notamment|immédiatement|simplement|sobrement|volontiers|franchement|"
                   r"fermement|même|plutôt|bien|pour sa part|de son côté|tout de suite|d'abord|d’abord|"
                   r"tout d['’]abord|d['’]entrée de jeu|à son tour|\p{Ll}{3,}ment|"
                   r"en tout cas|d['’]ores et déjà|en effet|par ailleurs|de toute façon|une nouvelle fois|une fois de plus|"
                   r"quant à (?:lui|elle|eux)|de leur côté|pour leur part|par exemple|de fait|au passage|"
                   # "a prédit dimanche 1er mai X", "a déclaré le 3 mars X", "a lancé samedi dernier X"
                   r"(?:(?:le|ce)[\s\u00a0\u202f]+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s\u00a0\u202f]+)?"
                   r"(?:1er|\d{1,2})[\s\u00a0\u202f]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                   r"novembre|décembre)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s\u00a0\u202f]+dernier|"
                   r"plus tard|par la suite|en outre|de nouveau|à nouveau|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                   r"ce matin|ce soir|mardi soir|lundi soir|jeudi soir|vendredi soir|samedi soir|dimanche soir)")
# ", a d'abord dit X", "», aurait même dit X", "», comme l'indiquait X": what may stand
# between the comma or the closing mark and the verb of an incise.
INCISE_LEAD = regex.compile(
    r"[,»”\"][\s\u00a0\u202f]*(?:comme[\s\u00a0\u202f]+(?:l['’]|le[\s\u00a0\u202f]+)?)?"
    rf"(?:(?:{_alternation('avoir_auxiliaries', 'conditional_avoir_auxiliaries')})[\s\u00a0\u202f]+)?"
    rf"(?:{_INCISE_ADVERBS}[\s\u00a0\u202f]+)?$")
# "…», a-t-elle balayé": the auxiliary inverted before the participle, whatever the verb.
# The inverted pronoun marks an incise by itself, so the comma may be missing ("…» a-t-il
# d'abord lancé").
_INVERTED_AUXILIARY = regex.compile(
    rf"[\s\u00a0\u202f]*(?:,[\s\u00a0\u202f]*)?(?:{_alternation('avoir_auxiliaries', 'etre_auxiliaries')})"
    rf"-t?-?(?:{INVERTED_PRONOUNS})"
    # "…», a-t-on pu entendre": "pu", "su", "dû" before the infinitive that says.
    rf"(?:[\s\u00a0\u202f]+{_INCISE_ADVERBS})?[\s\u00a0\u202f]+(?P<verb>\p{{Ll}}[\p{{L}}\p{{M}}]{{3,}}|pu|su|dû)(?![\p{{L}}\p{{M}}])")
# The characters a match of _INVERTED_AUXILIARY starts with after its spaces: its comma, or
# the first letter of its auxiliary (None: more spaces than are read).
_INVERTED_AUXILIARY_STARTS = (None, ",", "a", "o", "e", "s", "é")
# The first comma after a quotation, a few words on, in the same sentence and before any other mark.
_LATER_COMMA = regex.compile(r"[^,.!?;:«»“”\"\n]{1,60},")
# The rest of a name after its first capitalised word: more capitalised words, a particle
# before one ("Maxime Le Forestier", "Charles de Gaulle"); not a capitalised word that opens
# what follows ("Emmanuel Macron Le 14 juillet…", lost full stops).
_NAME_GOES_ON = regex.compile(
    r"(?:[\s\u00a0\u202f]+(?:(?:de|du|des|d['’]|le|la|van|von|el|ben)[\s\u00a0\u202f]+)?"
    rf"(?!(?i:{_alternation('opening_after_a_name')})(?![\p{{L}}'’])(?![\s\u00a0\u202f]+\p{{Lu}}))"
    r"\p{Lu}[\p{L}\p{M}'’\-]*(?<![’']))*")
_INCISE = regex.compile(
    rf"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:(?:{_alternation('incise_clitics')})[\s\u00a0\u202f]*)?"
    # "…», s'est défendu X", "…», ont chanté les manifestants": a compound tense.
    rf"(?:(?:{_alternation('avoir_auxiliaries', 'etre_auxiliaries', 'future_avoir_auxiliaries', 'conditional_avoir_auxiliaries')})[\s\u00a0\u202f]+"
    rf"(?:{_INCISE_ADVERBS}[\s\u00a0\u202f]+)?)?"
    # "dit", the one verb of saying short enough to pass for a function word; "pu", "su",
    # "dû" before the infinitive that says ("a pu confirmer", "a dû reconnaître"); "vu"
    # after "être" only ("s'est vu répondre"): "…», vu la situation" is no incise.
    rf"(?P<verb>\p{{Ll}}[\p{{L}}\p{{M}}]{{3,}}|dit|pu|su|dû|(?<=(?:{_alternation('etre_auxiliaries')})[\s\u00a0\u202f]+)vu)"
    # "…», a fait remarquer X", "…», a défendu sur BFMTV X", "…», justifiait alors X":
    # a second verb, the channel or addressee, an adverb, between the verb and its subject.
    # "…», a tenu à rassurer X", "…», tente d'expliquer X", "…», veut ainsi croire X".
    rf"(?:[\s\u00a0\u202f]+{_INCISE_ADVERBS})?"
    r"(?:[\s\u00a0\u202f]+(?:remarquer|savoir|valoir|observer|part|d['’]\p{Ll}+(?:er|ir|re)|"
    r"(?:de|à)[\s\u00a0\u202f]+\p{Ll}+(?:er|ir|re)|\p{Ll}{3,}(?:er|ir|re)))?"
    # "à l'AFP", "sur BFMTV", "à actu.fr": the one addressed or the channel, named or a site's address;
    # "depuis Bruxelles": where the speaker spoke from.
    rf"(?:[\s\u00a0\u202f]+(?:{_alternation('channel_prepositions')})[\s\u00a0\u202f]+(?:l['’]|(?:{_alternation('singular_definite_articles')})[\s\u00a0\u202f]+)?"
    r"(?:\p{Lu}[\p{L}\p{M}\-]+|[\p{L}\d\-]+\.(?:fr|com|be|ch|net|org|info))"
    r"|[\s\u00a0\u202f]+(?:à la presse|aux journalistes|à l['’]antenne|sur le terrain))?"
    rf"(?:[\s\u00a0\u202f]+{_INCISE_ADVERBS})?"
    # "…», se désole, en larmes, une habitante": a few words set off between commas before the subject.
    rf"(?:[\s\u00a0\u202f]*,[\s\u00a0\u202f]*\p{{Ll}}[\p{{L}}\p{{M}}'’]*(?:[\s\u00a0\u202f]+\p{{Ll}}[\p{{L}}\p{{M}}'’]*){{0,3}}[\s\u00a0\u202f]*,(?=[\s\u00a0\u202f]+(?:\p{{Lu}}|l['’]|(?:{_alternation('definite_articles', 'one')})[\s\u00a0\u202f])))?"
    rf"(?:(?P<clitic>-t-(?:{INVERTED_PRONOUNS})|-(?:{INVERTED_PRONOUNS}))(?![\p{{L}}])"
    r"|[\s\u00a0\u202f]+(?P<who>(?:M\.|Mme|Mmes|MM\.|Me|Dr|Pr)[\s\u00a0\u202f]+\p{Lu}[\p{L}\p{M}'’\-]+|\p{Lu}[\p{L}\p{M}'’\-]+"
    rf"|(?:l['’]|(?:{_alternation('determiners')})[\s\u00a0\u202f]+)[\p{{L}}\p{{M}}]+))"
)
# "« … » commence le chef de l'État", "« … » s'enquiert un homme d'affaires": an incise
# after the closing mark with no comma before it (read with the same words as one after a comma).
_INCISE_LEAD_COMMA = r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*"
assert _INCISE.pattern.startswith(_INCISE_LEAD_COMMA)
_BARE_INCISE = regex.compile(r"[\s\u00a0\u202f]+" + _INCISE.pattern[len(_INCISE_LEAD_COMMA):])
# "Une réforme jugée « hypocrite » par le président", "ont été « invités à… » par la
# préfecture", "un projet qualifié de « … » par X": a participle just before the quotation
# (or "de" after it), its agent just after.
_PARTICIPLE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:\p{{Ll}}[\p{{L}}\p{{M}}]{{2,}}(?:é|ée|és|ées)|été)(?:[\s\u00a0\u202f]+(?:{_alternation('de')}|comme))?[\s\u00a0\u202f]*$")
_PASSIVE_AGENT = regex.compile(
    r"[\s\u00a0\u202f]+(?P<par>par)[\s\u00a0\u202f]+"
    # the determiner a whole word: "par les policiers" names "les policiers", not "le" + "s"
    rf"(?P<who>(?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*|(?:l['’][\s\u00a0\u202f]*|(?:{_alternation('determiners')})[\s\u00a0\u202f]+)"
    r"[\p{L}\p{M}\-]+)(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}\p{M}'’\-]*)*)")
# "« … » (Jeanne Martin, dans le rôle de la juge)": the speaker in brackets,
# within this many characters of the opening bracket.
_BRACKET_REACH = 600
# Words are read whole (possessive): the text after them may be anything, so
# shortening a word could only lengthen what follows, never help a match.
_BRACKETED_SPEAKER = regex.compile(r"[\s\u00a0\u202f]*\((?P<who>\p{Lu}[\p{L}\p{M}'’\-]++(?:[\s\u00a0\u202f]+[\p{L}\p{M}'’\-]++){0,12})[^()\n]{0,200}\)")
# Groups of the incise patterns read by number: the regex module reads a group's name only
# after failing to read it as a number, an exception raised and cleared each time. The three
# shapes of an incise number their verb (and subject) alike, so a match of any is read the same.
_INCISE_VERB, _INCISE_CLITIC, _INCISE_WHO = (_INCISE.groupindex[name] for name in ("verb", "clitic", "who"))
assert _BARE_INCISE.groupindex == _INCISE.groupindex
assert _INVERTED_AUXILIARY.groupindex["verb"] == _INCISE_VERB
_AGENT_PAR, _AGENT_WHO = _PASSIVE_AGENT.groupindex["par"], _PASSIVE_AGENT.groupindex["who"]
_BRACKETED_WHO = _BRACKETED_SPEAKER.groupindex["who"]


# "Comme l'explique Le Figaro, …", "comme l'a dit le maire", "comme le souligne en effet X":
# the source of what the sentence says.
_ASIDE = r"(?:(?i:en[\s\u00a0\u202f]+effet|d['’]ailleurs|notamment|justement|encore|aussi|également|bien)[\s\u00a0\u202f]+)?"
_AS_SAID = regex.compile(
    r"(?<![\p{L}])(?i:comme)[\s\u00a0\u202f]+(?:l['’]|le[\s\u00a0\u202f]+|la[\s\u00a0\u202f]+)"
    rf"(?:(?:{_alternation('avoir_auxiliaries')})[\s\u00a0\u202f]+)?" + _ASIDE + r"(?P<verb>\p{Ll}[\p{L}\p{M}]{3,}|dit)[\s\u00a0\u202f]+" + _ASIDE +
    # the determiner a whole word: "comme l'expliquent les élus" names "les élus", not "le" + "s"
    r"(?P<who>(?:(?:\d+[\s\u00a0\u202f]+)?\p{Lu}[\p{L}\p{M}'’\-]*"
    r"|(?:l['’][\s\u00a0\u202f]*|(?:le|la|les|son|sa|ses|leur|leurs|un|une)[\s\u00a0\u202f]+)[\p{L}\p{M}]+)"
    r"(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}\p{M}'’\-]*)*)")


# "la télévision publique CCTV, selon laquelle …", "l'association Férus selon laquelle …",
# "les militants de Montceau (Saône-et-Loire), selon lesquels …": "selon" and a relative
# pronoun whose antecedent is a name. "La méthode selon laquelle" names no one.
_SELON_RELATIVE = regex.compile(
    r"(?P<who>\p{Lu}[\p{L}\p{M}'’\-]*)(?:[\s\u00a0\u202f]*\([^()\n]{1,60}\))?[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*"
    r"(?P<selon>(?i:selon)[\s\u00a0\u202f]+(?i:lequel|laquelle|lesquels|lesquelles))(?![\p{L}])")


def find_selon_relative(prose: str, start: int, end: int, block: int) -> list[Cue]:
    """Cues of the form "X, selon laquelle …" in ``prose[start:end]`` (one block), X a name
    that does not open its sentence."""
    cues = []
    at = prose.find("selon l", start, end)
    while at >= 0:
        m = _SELON_RELATIVE.search(prose, window_start(at, 90, start), window_end(at, 20, end))
        if m is not None and m.start("selon") == at:
            who = m.span("who")
            before = prose[window_start(who[0], 3, start):who[0]].rstrip(" \u00a0\u202f")
            if before and before[-1] not in ".!?:«\"\n":
                cues.append(Cue(kind="prepositional", span=Span(*m.span("selon")), trigger="selon",
                                source=Span(*who), source_text=prose[who[0]:who[1]], block=block))
        at = prose.find("selon l", at + 7, end)
    return cues


def find_as_said(prose: str, start: int, end: int, block: int) -> list[Cue]:
    """Cues of the form "comme l'explique X" in ``prose[start:end]`` (one block)."""
    cues = []
    at = prose.find("omme ", start, end)
    while at >= 0:
        m = _AS_SAID.match(prose, at - 1, end)
        if m is not None and m.group("verb").lower() not in _NOT_INCISE_VERBS:
            who = m.span("who")
            cues.append(Cue(kind="inverted", span=Span(m.start("verb"), m.end()), trigger=m.group("verb").lower(),
                            source=Span(*who), source_text=prose[who[0]:who[1]], block=block))
        at = prose.find("omme ", at + 5, end)
    return cues


# "Pour Kristof Calvo (Groen), …", "Mais, pour ce fervent défenseur de la Russie, …": a
# sentence opened by "pour" and the words of a speaker, then a comma.
_POUR_OPENING = regex.compile(
    r"[\s\u00a0\u202f—–-]*(?:(?i:mais|et|or)[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*)?(?i:pour)[\s\u00a0\u202f]+"
    r"(?P<who>[^,.;:!?«»“”\"\n]{2,90}?)[\s\u00a0\u202f]*,")
# "Pour la première fois", "Pour l'instant", "Pour autant": set phrases that name no one.
_NO_ONE = regex.compile(r"(?i:la\s+(?:première|dernière|seconde|deuxième|troisième)\s+fois|une\s+fois|l['’]instant|le\s+moment"
                        r"|l['’]heure|autant|cela|ce\s+faire|rappel|mémoire|l['’]essentiel|commencer|finir|résumer"
                        r"|la\s+suite|l['’]avenir|le\s+reste|sa\s+part|leur\s+part|ma\s+part|notre\s+part|la\s+plupart)(?![\p{L}])")
_WHO_WORDS = regex.compile(r"[\p{L}][\p{L}'’\-]*")


def find_pour_opening(prose: str, span: Span, block: int, speakers: set[str] | frozenset[str]) -> Cue | None:
    """A cue for a sentence opened by "Pour X," when X names a person or a body: a
    capitalised name, or a noun for someone (``speakers``); "Pour l'instant," names no one."""
    m = _POUR_OPENING.match(prose, span.start, span.end)
    if m is None:
        return None
    if _NO_ONE.match(m.group("who")):
        return None
    words = _WHO_WORDS.findall(m.group("who"))
    if words and words[0].islower() and words[0].endswith(("er", "ir", "re", "oir")):
        return None  # "Pour compenser la hausse, …": a purpose, not a speaker
    if not any(w[:1].isupper() or w.lower() in speakers for w in words[:8]):
        return None
    who = m.span("who")
    return Cue(kind="prepositional", span=Span(m.start("who") - 5, m.end() - 1), trigger="pour", source=Span(*who),
               source_text=prose[who[0]:who[1]], block=block)


# An incise read by its shape alone ends a few words after its subject, at a comma or a full
# stop ("« …, s'esclaffe ce dernier en riant. … »"), and a bare participle is no incise
# ("« On a mangé, chanté la Marseillaise et dansé »").
_INCISE_END = regex.compile(r"[^,.;:!?«»“”\"\n]{0,60}[,.;]")
_AUXILIARY_BEFORE = regex.compile(
    r"(?:^|[\s\u00a0\u202f'’])"
    rf"(?:{_alternation('avoir_auxiliaries', 'etre_auxiliaries', 'future_avoir_auxiliaries', 'conditional_avoir_auxiliaries')})"
    r"[\s\u00a0\u202f]")
# Forms that are no verb of an incise: participles ("perdu une investiture"), infinitives
# ("échanger leurs données"), present participles ("oubliant la fatigue"), nouns, "voilà
# ce qui", the auxiliaries and modals of the speaker's own sentence ("pourra donner un
# avertissement").
_PARTICIPLE = regex.compile(r"\p{Ll}+(?:é|ée|és|ées|u|us|i|is)$")
_NOT_FINITE = regex.compile(r"\p{Ll}+(?:er|ir|ant|ez|ons|tions?|sions?)$|\p{Ll}{3,}ement$|voilà|voici|chacun|juste|"
                            r"sont|était|étaient|avait|avaient|peut|doit|veut|faut|pourra|pourrait|devra|devrait")
# In an enumeration, "les" and "leur" open an item and "des" its complement ("…, les
# droits des femmes, …"): no incise starts or names its subject so.
_LIST_ITEM = regex.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:les|leurs?)[\s\u00a0\u202f]")


def _reads_as_incise(prose: str, m, lead: int, endpos: int) -> bool:
    """Whether the incise shape ``m`` (matched from ``lead``) holds a verb an incise can have,
    and ends as one (its pronoun inverted, or its clause closing a few words on before ``endpos``)."""
    verb = m.group(_INCISE_VERB)
    if verb.lower() in _NOT_INCISE_VERBS or _NOT_FINITE.match(verb):
        return False
    if _PARTICIPLE.match(verb) and not _AUXILIARY_BEFORE.search(prose, lead, m.start(_INCISE_VERB)):
        return False
    return bool(m.group(_INCISE_CLITIC)) or _INCISE_END.match(prose, m.end(), endpos) is not None


def _bare_incise(prose: str, end: int):
    """An incise right after the closing mark, with no comma: a verb that can be finite,
    then its subject, and the end of the clause a few words on."""
    m = _BARE_INCISE.match(prose, end)
    return m if m is not None and _reads_as_incise(prose, m, end, len(prose)) else None


def _inner_incises(prose: str, quote: Span, block: int) -> Cue | None:
    """The first incise inside a quotation: « …, cingle-t-il. … », « …, explique dans Le
    Parisien Jean Lenoir. … »: the verb before its subject, between commas."""
    at = prose.find(",", quote.start + 1, quote.end - 1)
    while at >= 0:
        m = _INCISE.match(prose, at, quote.end - 1)
        if m is not None and _reads_as_incise(prose, m, at, quote.end) and \
                not _LIST_ITEM.match(prose, at) and not (m.group(_INCISE_WHO) or "").startswith("des "):
            start = at + 1
            while prose[start] in " \u00a0\u202f":
                start += 1
            cue = Cue(kind="inverted", span=Span(start, m.end()), trigger=m.group(_INCISE_VERB).lower(), block=block)
            if m.group(_INCISE_WHO):
                cue.source, cue.source_text = Span(*m.span(_INCISE_WHO)), m.group(_INCISE_WHO)
            return cue
        at = prose.find(",", at + 1, quote.end - 1)
    return None


def find_incises(prose: str, quotes: list[Span], block: int) -> list[Cue]:
    """Cues right after a quotation that the lexicon does not know.

    "« … », enseigne Gualano", "« … », sourit-elle": a verb between a comma
    and its subject (or an inverted pronoun) after a quotation is an incise,
    whatever the verb. A speaker in brackets after it counts too, and so
    does the agent of a passive whose participle the quotation follows
    ("jugée « hypocrite » par le président").
    """
    cues: list[Cue] = []
    for quote in quotes:
        end = quote.end
        # Each pattern below is tried only when the first character after the spaces is one it
        # can start with: matched up to the end of the text, the regex module looks for what a
        # pattern needs ("par", a comma) as far as that end, for every quotation.
        nxt = next_character(prose, end)
        agent = _PASSIVE_AGENT.match(prose, end) if nxt in (None, "p") else None
        if agent and _PARTICIPLE_BEFORE.search(prose, window_start(quote.start, 40), quote.start):
            cues.append(Cue(kind="passive", span=Span(agent.start(_AGENT_PAR), agent.end()), trigger="par", block=block,
                            source=Span(*agent.span(_AGENT_WHO)), source_text=agent.group(_AGENT_WHO)))
            continue
        m = _INCISE.match(prose, end) if nxt in (None, ",") else None
        b = _BRACKETED_SPEAKER.match(prose, end, match_window(prose, end, len(prose), _BRACKET_REACH)) \
            if m is None and nxt in (None, "(") else None
        if b:
            # "« … » (Paul Martin et Léa Durand, alias les Frères)": the speakers in brackets; a comma
            # inside them opens no incise ("alias" is no verb of theirs).
            cues.append(Cue(kind="inverted", span=Span(b.start(_BRACKETED_WHO) - 1, b.end()), trigger="(", block=block,
                            source=Span(*b.span(_BRACKETED_WHO)), source_text=b.group(_BRACKETED_WHO)))
            continue
        if m is None:
            # "« … » des magasins, souligne pour l'AFP X": a few words of the sentence
            # between the quotation and its incise.
            comma = _LATER_COMMA.match(prose, end)
            m = _INCISE.match(prose, comma.end() - 1) if comma else None
        if m is None and nxt in _INVERTED_AUXILIARY_STARTS:
            m = _INVERTED_AUXILIARY.match(prose, end)
        if m is None and (nxt is None or not nxt.isascii() or "a" <= nxt <= "z"):
            m = _bare_incise(prose, end)  # its verb, or the pronoun before it, is in lower case
        if m and m.group(_INCISE_VERB).lower() not in _NOT_INCISE_VERBS:
            stop = m.end()
            who = m.span(_INCISE_WHO) if "who" in m.re.groupindex and m.group(_INCISE_WHO) else None
            if who and prose[who[0]:who[0] + 1].isupper():
                # "…», a recadré Emmanuel Macron jeudi": the pattern reads the first word of a
                # name; the name goes on to its last capitalised word.
                rest = _NAME_GOES_ON.match(prose, who[1])
                assert rest is not None, "the pattern matches the empty string"
                stop = max(stop, rest.end())
                who = (who[0], stop)
            cue = Cue(kind="inverted", span=Span(m.start(_INCISE_VERB), stop), trigger=m.group(_INCISE_VERB).lower(), block=block)
            if who:
                cue.source = Span(*who)
                cue.source_text = prose[who[0]:who[1]]
            cues.append(cue)
            continue
        inner = _inner_incises(prose, quote, block)
        if inner is not None:
            cues.append(inner)
    return cues
