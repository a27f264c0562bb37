"""The analysis's faster scans find exactly what the plain scans find."""
from __future__ import annotations

import itertools

import pytest
import regex

from attrlint.analysis import figures, quotes, sentences, speakers
from attrlint.analysis.alternations import alternatives
from attrlint.guards import next_character


def plain_numbers(prose, start, end):
    return [(m.span(), m.groupdict(), m.span("est")) for m in figures._NUMBER_RE.finditer(prose, start, end)]


def fast_numbers(prose, start, end):
    return [(m.span(), m.groupdict(), m.span("est")) for m in figures._numbers(prose, start, end)]


@pytest.mark.parametrize("prose", [
    "Plus de 300 soldats et près d'1,5 million de personnes, selon l'ONU.",
    "Pas moins de 12 blessés, au moins 4 morts, environ 2 000 déplacés.",
    "PAS\nMOINS   DE\u00a025 000 euros ; jusqu’à 40 % ; grosso modo 7 jours.",
    "Le surplus de 30 tonnes, l'Airbus A320, la route N7 et le 3-1 final.",
    "À peine 5, quasiment 60, approximativement 1.000 ; autour d’ 8 et 9.",
    "Environ\u202f3 fois, 12/05, -4 degrés, x2 et 1,25 de plus que 2019.",
    "De 10 à 15 ; quelque 200 ; seulement 3 sur 10 ; plus d'un million.",
    "",
    "Aucun chiffre dans cette phrase, pas même environ.",
])
def test_numbers_are_the_matches_of_the_number_pattern(prose):
    for start, end in itertools.combinations(range(0, len(prose) + 1, 3), 2):
        assert fast_numbers(prose, start, end) == plain_numbers(prose, start, end)
    assert fast_numbers(prose, 0, len(prose)) == plain_numbers(prose, 0, len(prose))


def test_every_estimate_is_read_before_a_number():
    # The estimate before a number is searched for only after the word it ends with.
    assert figures._ESTIMATE.startswith("(?:") and figures._ESTIMATE.endswith(")")
    for estimate in figures._ESTIMATE[3:-1].split("|"):
        words = estimate.replace(r"\s+", " ").replace("[eè]", "è")
        for written in (words, words.upper(), words.capitalize(), words.replace(" ", "\u00a0 ")):
            prose = f"Il y eut {written}\u202f12 morts."
            found = fast_numbers(prose, 0, len(prose))
            assert found == plain_numbers(prose, 0, len(prose))
            assert found[0][2] != (-1, -1), written


@pytest.mark.parametrize("prose", [
    "« Nous partirons demain », a-t-il déclaré, d'après l'AFP ; lorsqu'on l’interroge, dit-elle.",
    "Aujourd'hui, c'est-à-dire vingt-deux jours après, le porte-parole a t-il répondu ? Oui.",
    "Les 3e et 4e places, l'A320, 12h30, Saint-Étienne, e\u0301te\u0301 (décomposé) et presqu’île.",
    "jusqu'au bout -il -t-on t-elles -nous- x-vous mots- -tiret l' ' ’ fin",
])
def test_plain_words_are_read_as_the_full_token_pattern_reads_them(prose):
    from attrlint.analysis import tokens
    from attrlint.patterns import regex

    full = regex.compile(tokens.TOKEN_RE.pattern.replace(f"(?P<word>{tokens._PLAIN_WORD})|", "", 1))
    assert full.pattern != tokens.TOKEN_RE.pattern
    assert [(m.span(), m.lastgroup) for m in tokens.TOKEN_RE.finditer(prose)] == \
        [(m.span(), m.lastgroup) for m in full.finditer(prose)]


@pytest.mark.parametrize("prose", [
    "« Nous partirons demain », a-t-il déclaré, d'après l'AFP ; lorsqu'on l’interroge, dit-elle.",
    "Aujourd'hui, c'est-à-dire vingt-deux jours après, le porte-parole a t-il répondu ? Oui.",
    "Les 3e et 4e places, l'A320, 12h30, Saint-Étienne, e\u0301te\u0301 (décomposé) et presqu’île.",
    "jusqu'au bout -il -t-on t-elles -nous- x-vous mots- -tiret l' ' ’ fin",
    "  \n\u00a0 espaces\u202finsécables\t et\r\n\n  fin  ",
    "",
])
def test_token_spans_are_the_matches_of_the_token_pattern(prose):
    from attrlint.analysis import tokens

    def plain(start, end):
        found = list(tokens.TOKEN_RE.finditer(prose, start, end))
        return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]

    for start, end in itertools.combinations(range(0, len(prose) + 1, 2), 2):
        assert tokens.token_spans(prose, start, end) == plain(start, end)
    assert tokens.token_spans(prose, 0, len(prose)) == plain(0, len(prose))


LATIN_TEXTS = [
    "« Nous partirons demain », a-t-il déclaré, d'après l'AFP ; lorsqu'on l’interroge, dit-elle.",
    "Aujourd'hui, c'est-à-dire vingt-deux jours après, le porte-parole a t-il répondu ? Oui.",
    "L'A320, QU'IL, Lorsqu’elle, JUSQU'À, presqu’île, l'1, l’, d'' et ' seuls ; s’il-vous-plaît.",
    "12\u00a0000 €, 3,5\u202f% ; 1er, 2e, ½, ², x²… — « guillemets » “anglais” – tiret‑insécable.",
    "  \n\u00a0 espaces\u202finsécables\t et\r\n\u2009fines\u200b (sans chasse)\x1c\x85fin  ",
    "jusqu'au bout -il -t-on t-elles -nous- x-vous mots- -tiret l' ' ’ fin dit-il.Puis",
    "",
]
# Text the Latin scan leaves to the token run, whole or in part: a ligature, combining marks,
# letters "regex" reads as "i" and "s" in an elided word, another script, symbols.
OTHER_TEXTS = [
    "Le cœur de l’œuvre, a-t-il dit.",
    "e\u0301te\u0301 (décomposé), l\u0301'a",
    "İl a dit ſ'il ou puısqu'il, İ'x",
    "Ελλάδα και mot-il, l'α ; ♦ Titre ► suite",
]


@pytest.mark.parametrize("prose", LATIN_TEXTS + OTHER_TEXTS)
def test_the_latin_scan_reads_the_tokens_of_the_token_run(prose):
    from attrlint.analysis import tokens

    scan = tokens._latin_scan()
    for start, end in itertools.combinations(range(0, len(prose) + 1), 2):
        found = scan.token_spans(prose, start, end)
        if found is not None:
            assert found == tokens._token_run_spans(prose, start, end), (start, end)
        else:
            assert prose not in LATIN_TEXTS


def test_the_latin_scan_reads_each_of_its_characters_as_the_token_run():
    from attrlint.analysis import tokens
    from attrlint.patterns import regex

    scan = tokens._latin_scan()
    for c in sorted(scan.alphabet):
        for prose in (c, f"a{c}b", f"l{c}a", f"{c}'x", f"x-{c}", f"a-t-{c}", f"1{c}2", f"{c} {c}{c}"):
            assert scan.token_spans(prose, 0, len(prose)) == tokens._token_run_spans(prose, 0, len(prose)), prose
    # The elided words are written out in both cases: no other character of the ranges is
    # one of their letters to the case-insensitive match of regex.
    for letter in set("".join(tokens.ELIDED_WORDS)):
        assert regex.findall(f"(?i:{letter})", "".join(sorted(scan.alphabet))) == [letter.upper(), letter]


def test_the_latin_scan_reads_the_corpus_as_the_token_run():
    from conftest import shared_path

    from attrlint.analysis import tokens

    scan = tokens._latin_scan()
    read = 0
    for path in sorted(shared_path("corpus", "lalibre").glob("*.txt"))[:20]:
        prose = path.read_text(encoding="utf-8")
        start = 0
        for line in prose.split("\n"):
            found = scan.token_spans(prose, start, start + len(line))
            if found is not None:
                read += 1
                assert found == tokens._token_run_spans(prose, start, start + len(line)), path.name
            start += len(line) + 1
    assert read > 100


def test_tokens_stop_where_the_next_block_starts():
    from attrlint.analysis import _token_stops
    from attrlint.model import Block, BlockKind, Span

    blocks = [Block(BlockKind.TITLE, Span(2, 10)), Block(BlockKind.PARAGRAPH, Span(12, 30)),
              Block(BlockKind.CAPTION, Span(25, 31)), Block(BlockKind.PARAGRAPH, Span(31, 40))]
    assert _token_stops(blocks) == [10, 25, 31, 40]


ARTICLE = (
    "Inondations : le bilan s'alourdit\n\n"
    "Selon l'AFP, au moins 300 personnes auraient été tuées, a-t-il déclaré lors d'une conférence.\n\n"
    "« Nous partirons demain », a fait savoir la porte-parole d'après Reuters.\n\n"
    "Photo : Jean Dupont / AFP\n"
)


def test_each_block_is_tokenised_as_the_whole_prose_is():
    from attrlint.analysis import document_tokens
    from attrlint.analysis.tokens import tokenize
    from attrlint.lexicon import build_default_lexicon
    from attrlint.readers.text import read_text

    lexicon = build_default_lexicon()
    doc = read_text("a.txt", ARTICLE)
    whole = tokenize(doc.prose, lexicon)
    assert len(doc.blocks) == 4
    assert document_tokens(doc, lexicon) == whole
    assert [t.text for t in whole if t.category == "AGENCY"] == ["AFP", "Reuters", "AFP"]
    assert "fait savoir" in [t.text for t in whole]  # a phrase of the lexicon, one token


def test_the_marked_tokens_are_those_of_the_merged_keys_the_marks_mark():
    from attrlint.analysis.tokens import tokenize_marked, vocabulary_of
    from attrlint.lexicon import build_default_lexicon

    lexicon = build_default_lexicon()
    # "pour", words of phrases ("lors", "savoir") and two of the phrases are marked: a phrase's
    # words give their place to the phrase, and the tokens after it move with it.
    prose = ("Pour elle, lors d'une réunion, il aurait fait savoir pour qui l'étude serait faite, "
             "pour autant qu'il le sache ; pour finir, lors de la séance, pour sûr.")
    marked_words = {"pour", "lors", "savoir", "étude", "aurait", "serait", "lors d'", "fait savoir"}
    vocabulary = vocabulary_of(lexicon, marked_words.__contains__)
    (tokens, starts, categories, keys), marked = tokenize_marked(prose, lexicon, vocabulary=vocabulary)
    assert [k for k in keys if " " in k] == ["lors d'", "fait savoir", "lors de"]
    assert marked == [i for i, key in enumerate(keys) if key in marked_words]
    assert (tokens, starts, categories, keys) == tokenize_marked(prose, lexicon)[0]
    assert tokenize_marked(prose, lexicon)[1] == []  # a vocabulary with no marks marks nothing


def test_tokens_are_made_only_when_a_rule_reads_them():
    from attrlint.analysis import analyse
    from attrlint.analysis.tokens import tokenize
    from attrlint.lexicon import build_default_lexicon
    from attrlint.readers.text import read_text

    lexicon = build_default_lexicon()
    ad = analyse(read_text("a.txt", ARTICLE), lexicon)
    assert ad._tokens is None  # the analysis let each block's tokens go
    assert ad.tokens == tokenize(ad.prose, lexicon)
    assert ad.tokens is ad.tokens  # made once


QUOTE_CONTEXTS = [
    "Il a été arrêté pour « outrage », puis inculpé d’« espionnage » et accusé DES  « pires crimes ».",
    "Le titre de la « Une », aujourd'« hui », la capitale « x », l’émission « Sept à huit ».",
    "Une étude sur « la faim », lire aussi : « Le bilan », le mot « paix » signifie « shalom ».",
    "Jean-Pierre, M. Dupont, Mme Martin, J.-C. Durand et e\u0301te\u0301 « x » ; 3,5 % ; l’ONU.",
    "poursuivis pour" + " " * 30 + "« incitation » (le blanc d'une balise)",
]


@pytest.mark.parametrize("prose", QUOTE_CONTEXTS)
def test_searches_before_a_quotation_find_what_the_plain_searches_find(prose):
    from attrlint.analysis import quotes, sentences
    from attrlint.patterns import regex

    forward_word = regex.compile(r"([\p{L}]+['’]?)[\s\u00a0\u202f]*$")
    forward_abbreviation = regex.compile(r"([\p{L}\p{M}°]+)$")
    assert quotes._WORD_BEFORE.flags & regex.REVERSE and sentences._WORD_BEFORE.flags & regex.REVERSE

    def group(m):
        return m and m.span(1)

    for at in range(len(prose) + 1):
        for lo in (0, max(0, at - 12), max(0, at - 20), max(0, at - 40)):
            assert quotes._prev_word(prose, lo, at) == group(quotes._PREV_WORD.search(prose, lo, at))
        assert group(quotes._WORD_BEFORE.search(prose, max(0, at - 20), at)) == \
            group(forward_word.search(prose, max(0, at - 20), at))
        assert group(sentences._WORD_BEFORE.search(prose, max(0, at - 12), at)) == \
            group(forward_abbreviation.search(prose, max(0, at - 12), at))
        assert quotes._charged_for(prose, at) == (quotes._CHARGED_FOR.search(prose, max(0, at - 60), at) is not None)


@pytest.mark.parametrize("prose", [
    "Le dicton selon lequel « x », l'ADAGE SELON LEQUEL « y », le proverbe Qui Veut Que « z ».",
    "La règle qui veut que « a », la devise selon laquelle\u00a0« b », le mot selon « c ».",
])
def test_a_saying_before_a_quotation_is_what_the_pattern_finds_in_any_case(prose):
    from attrlint.analysis import quotes

    titles = quotes.quote_words()["title_nouns"]
    for at in range(len(prose) + 1):
        before = figures.fold_case(prose, max(0, at - 60), at)
        assert quotes._saying_named_before(prose, at, titles, before) == \
            quotes._names_a_title(quotes._SAYING_BEFORE.search(prose, max(0, at - 40), at), titles)


def test_the_charged_for_test_is_not_empty():
    from attrlint.analysis import quotes

    prose = QUOTE_CONTEXTS[0]
    assert quotes._charged_for(prose, prose.index("« outrage"))
    assert quotes._charged_for(prose, prose.index("« pires"))
    assert not quotes._charged_for(prose, prose.index(", puis"))


@pytest.mark.parametrize("line", [
    "Des manifestants devant le palais présidentiel. © Jean Dupont/AFP",
    "La place du marché un jour de pluie (Photo Marie Durand)",
    "Le port au petit matin (crédits photos : Studio X).",
    "Les pompiers sur les lieux. Crédit photo : Paul Martin",
    "Le nouveau pont. INFOGRAPHIE：Service graphique",
    "Une phrase sans crédit, qui finit comme les autres.",
    "Un titre : et pas de crédit",
])
def test_a_trailing_credit_is_what_the_plain_search_finds(line):
    from attrlint.readers import layout

    plain = layout.TRAILING_CREDIT_RE.search(line, max(0, len(line) - layout._CREDIT_TAIL))
    found = layout.trailing_credit(line)
    assert (found and found.span()) == (plain and plain.span())


PHRASES = ["enchères", "Sotheby's", "commissaire-priseur", "météo france", "adjugé", "adjugées"]


@pytest.mark.parametrize("prose", [
    "La vente aux ENCHÈRES chez Sotheby’s a rapporté 3 millions ; adjugées hier.",
    "Selon MÉTÉO\u00a0FRANCE, il pleuvra ; le commissaire-priseur a tranché.",
    "Un SOTHEBY'S en capitales, un ſotheby's écrit avec un s long.",
    "Des surenchères et un Météo-Suisse : aucune de ces phrases ne compte.",
    "Aucune des expressions de la liste, rien à chercher ici.",
    "",
])
def test_a_guarded_phrase_search_finds_what_the_phrase_pattern_finds(prose):
    from attrlint.analysis.phrase_search import PhraseSearch
    from attrlint.word_lists import phrase_pattern

    guarded, pattern = PhraseSearch(PHRASES), phrase_pattern(PHRASES)
    assert guarded.openings == ("adjugé", "commissaire", "enchères", "météo", "sotheby")
    for start, end in itertools.combinations(range(0, len(prose) + 1, 4), 2):
        found, expected = guarded.search(prose, start, end), pattern.search(prose, start, end)
        assert (found and found.span()) == (expected and expected.span())
    found, expected = guarded.search(prose), pattern.search(prose)
    assert (found and found.span()) == (expected and expected.span())


def test_a_phrase_that_opens_with_no_letter_leaves_every_text_searched():
    from attrlint.analysis.phrase_search import PhraseSearch

    guarded = PhraseSearch(["enchères", "« vente »"])
    assert guarded.openings is None
    assert guarded.search("Une « vente » publique").group() == "« vente »"


@pytest.mark.parametrize("before", range(12))
def test_a_long_text_is_searched_window_by_window_with_nothing_missed(before):
    from attrlint.analysis import phrase_search
    from attrlint.word_lists import phrase_pattern

    guarded, pattern = phrase_search.PhraseSearch(PHRASES), phrase_pattern(PHRASES)
    # "enchères" placed across the end of the first window, one place further each time.
    text = "mot " * ((phrase_search.FOLDED_WINDOW - before) // 4) + " " * ((phrase_search.FOLDED_WINDOW - before) % 4) + \
        "ENCHÈRES publiques ; " + "rien " * 100
    assert guarded.search(text).span() == pattern.search(text).span()
    assert guarded.search(text, 10, len(text) - 10).span() == pattern.search(text, 10, len(text) - 10).span()
    other = text.replace("ENCHÈRES", "SURENCHÈRE")
    assert guarded.search(other) is None and pattern.search(other) is None


def test_a_name_before_a_quotation_is_searched_for_wherever_one_may_end():
    # The searches for a work's author or owner before a quotation run only when the
    # last word before it holds a capital and a word of their window is a title noun:
    # they must never find a title where either test fails.
    import random

    from attrlint.analysis import quotes

    titles = quotes.quote_words()["title_nouns"]
    pieces = ["de ", "d'", "d’", "du ", "la chanson ", "PAGES ", "film", "Jean", "Le", "Émile", "x", "é", "-", ",",
              " ", "\u00a0", "\u202f", "\t", "\n", "«", "e\u0301", "’", "Ⅻ", "ǅ", "."]
    rng = random.Random(14)
    matched = titled = 0
    for _ in range(20_000):
        prose = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        at = len(prose)
        for pattern, reach in ((quotes._AUTHOR_BEFORE, 60), (quotes._NAME_BEFORE, 50)):
            found = pattern.search(prose, max(0, at - reach), at)
            if found:
                matched += 1
                assert quotes._ends_with_a_name(prose[max(0, at - 60):at]), prose
            if quotes._names_a_title(found, titles):
                titled += 1
                assert quotes._holds_a_title_noun(prose, max(0, at - reach), at, titles), prose
    # The test reads many matches and titles, not only failures.
    assert matched > 1_000 and titled > 300, (matched, titled)


def test_the_word_before_an_article_before_a_quotation_is_what_the_plain_search_finds():
    # After an article, the run before it is searched for alone.
    import random

    from attrlint.analysis import quotes

    pieces = ["des ", "de ", "la ", "Le ", "l'", "d’", "du ", "un ", "DES ", "mot", "é", "e\u0301", " ", "\u00a0", ",", ":",
              "\n", ".", "«", "Jean ", "’", "-", "\t", "les", "a"]
    rng = random.Random(3)
    articles = 0
    for _ in range(20_000):
        prose = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        at = len(prose)
        for lo in (0, max(0, at - 40), rng.randint(0, at)):
            found = quotes._PREV_WORD.search(prose, lo, at)
            assert quotes._prev_word(prose, lo, at) == (found.span(1) if found else None), (prose, lo)
        articles += prose.rstrip(" ,:\n").endswith((" des", " de", " la", " du", " un", " les"))
    assert articles > 1_000, articles


def test_a_noun_for_a_work_in_a_clause_is_found_where_the_runs_of_its_window_find_it():
    # Its clause is looked for only where the runs of the whole window hold such a noun.
    import random

    from attrlint.analysis import quotes

    works = quotes.quote_words()["work_nouns"]
    pieces = ["le ", "FILMS ", "film", "Titre", "opéra", "OPÉRA", "ſérie", "İ", "x", "s", " ", "\u00a0", ",", ".", ":",
              "«", "’", "œ", "e\u0301", "pièce", "PIÈCES"]
    rng = random.Random(8)
    found = 0
    for _ in range(20_000):
        prose = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        at = len(prose)
        lo = max(0, at - quotes._TITLE_NOUN_REACH)
        stop = quotes._CLAUSE_BREAK.search(prose, lo, at)
        expected = quotes._holds_a_title_noun(prose, stop.end() if stop else lo, at, works)
        assert quotes._title_noun_in_clause(prose, at, works) == expected, prose
        found += expected
    assert found > 1_000, found


@pytest.mark.parametrize("items", [[], ["COLON"], ["WORD", "COLON", "COLON", "CAP", "COLON"], ["WORD", "CAP"],
                                   ["COL" + "ON", "WORD"]])
def test_the_indices_of_a_category_are_every_index_holding_it(items):
    from attrlint.analysis import _indices_of

    assert _indices_of(items, "COLON") == [i for i, item in enumerate(items) if item == "COLON"]


def _boundary_spans(matches):
    return [m.span(1) + m.span(2) for m in matches]


@pytest.mark.parametrize("prose", [
    "Le stade compte 1.500 places.Il a coûté 2,5 millions. Voir lemonde.fr ou www.exemple.be !",
    "« C'est fini. » Puis : « Vraiment ?! » Non… Elle part. M. Durand reste.Lorsque tout se tait",
    "Fin.\u00a0Début. 3.14 et 12.\n« Ouvert. »»\"Fermé.\" (Voilà.) [Oui.] A.B. c.d. É.È. ÉTÉ.été",
    "Un point à la fin.",
    "Des points....... puis rien...",
    "Dit-il. « Oui. » Non. Les uns.Les autres.LES AUTRES. A. Durand ?Ah !Oh…Eh.Et. \u00c9t\u00e9. x.Ab.A",
    ".A. B.c D.Éa E.\u00a0F G.)H. I.»J. K.\u201cL M.\u2019N. O.\nP Q.  R S.  t U.Vw",
])
def test_sentence_boundaries_are_the_matches_of_the_boundary_pattern(prose):
    # Marks after which no boundary can go on (a lower-case letter, a digit, the block's
    # end) are not tried: the boundaries are those the pattern finds scanning the block.
    for start, end in itertools.combinations(range(0, len(prose) + 1, 2), 2):
        assert sentences._boundaries(prose, start, end) == \
            _boundary_spans(sentences._BOUNDARY.finditer(prose, start, end))


@pytest.mark.parametrize("before", [0, 1, 2, 3, 5, 9])
def test_phrases_in_a_whole_article_are_found_where_the_pattern_finds_them_first(before):
    # The article is folded a window at a time: a name across the end of the first window, one
    # after it, and the common words holding a name's opening ("confirme") are read as the
    # pattern reads them.
    from attrlint.analysis import phrase_search
    from attrlint.word_lists import phrase_pattern

    names = ["Météo-France", "IRM", "Airparif"]
    found, pattern = phrase_search.PhrasesInText(names), phrase_pattern(names)
    filler = "il confirme, affirme " * ((phrase_search.FOLDED_WINDOW - before) // 21)
    padding = " " * (phrase_search.FOLDED_WINDOW - before - len(filler))
    for text in (filler + padding + "MÉTÉO-FRANCE prévoit… puis l'IRM", filler + padding + "rien",
                 filler + padding + "x " * 40 + "Airparif", "L'IRM et Météo-France"):
        first = found.first(text)
        expected = pattern.search(text)
        assert (first.span() if first else None) == (expected.span() if expected else None)


def test_the_letter_runs_of_a_window_are_those_of_the_pattern():
    from attrlint.analysis import quotes

    latin1 = "".join(map(chr, range(256)))
    for prose in QUOTE_CONTEXTS + [latin1, latin1[::-1], "l’œuvre d’art — l’« Émission » Ÿ", "e\u0301te\u0301 x"]:
        for lo in range(len(prose)):
            for hi in (lo, lo + 1, lo + 9, lo + 60):
                assert quotes._letter_runs_lowered(prose, lo, hi) == \
                    [run.lower() for run in quotes._LETTER_RUN.findall(prose, lo, hi)]


# Texts read for their first words, units and title nouns: Latin-1, curly apostrophes, characters
# beyond Latin-1 (letters, marks, digits, spaces), windows cut inside a word.
READ_AFTER = [
    "« Aujourd’hui, l'homme a 2019-2020 rock-'n'-roll x-1 a--b a'-b é’ ’a » fin",
    "Le cœur\u0301 de l’œuvre — ٣ ǅ ʰ K ſ ²³ ¼ ª º µ ÿ Ø × ÷ : " + "mot " * 30,
    "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize " * 2,
    "12 %, 3\u00a0€, 40 °C, 7 ‰, 5 $ ; 12 millions d'euros, 3 M€, 2 de plus, 40 km/h, 9 h, 1 KWh, 2 kmN",
    "2019, 12 » 3\n\nkm 4\t% 5" + " " * 12 + "km 6 (environ) 7 - 8…",
    "« Titre », l'album de X ; « T », le célèbre slogan du jeu ; « T »… le fameux refrain de ; "
    "« T »... L’émission des ; « T »," + " " * 20 + "le livre de ; « T », la  série\u00a0d’été",
]


def test_the_latin_letters_are_those_the_letter_property_knows():
    latin1 = "".join(map(chr, range(256)))
    assert quotes._LATIN1_WORDS.findall(latin1) == regex.findall(r"[\p{L}\p{M}\d]+", latin1)


def test_a_run_of_latin_letters_is_one_word_and_no_space_is_in_one():
    # The first words are read from the runs between spaces, a run of letters taken whole.
    latin1 = "".join(map(chr, range(256)))
    assert not any(quotes._LATIN1_WORDS.search(c) for c in latin1 if c.isspace())
    assert all(quotes._LATIN1_WORDS.fullmatch(c) for c in latin1 if c.isalpha())


@pytest.mark.parametrize("prose", READ_AFTER)
def test_first_words_are_those_the_word_pattern_captures(prose):
    for start, end in itertools.product(range(len(prose) + 1), (len(prose), 90, 81, 80, 79, 30)):
        found = quotes._FIRST_WORDS.match(prose, start, end)
        assert quotes._first_words(prose, start, end) == found.captures(1), (start, end)


def test_the_unit_symbols_are_the_characters_the_units_open_with_that_are_no_letters():
    units = "|".join((figures._PERCENT_UNITS, figures._MONEY_UNITS, figures._MEASURE_UNITS,
                      figures._DURATION_UNITS, figures._MONTHS, figures._MONTHS_PLURAL))
    openings = {alternative.lstrip("\\")[0] for alternative in alternatives(units)}
    assert figures._UNIT_SYMBOLS == {opening for opening in openings if not opening.isalpha()}


@pytest.mark.parametrize("prose", READ_AFTER)
def test_a_unit_is_read_after_a_number_as_its_pattern_reads_it(prose):
    def read(match):
        return None if match is None else (match.span(), match.groups())

    for at, end in itertools.product(range(len(prose) + 1), (len(prose), 40)):
        assert read(figures._unit_after(prose, at, end, next_character(prose, at))) == \
            read(figures._UNIT_RE.match(prose, at, end)), at


@pytest.mark.parametrize("prose", [
    *READ_AFTER,
    "Le 1er, l'an 2019², A380, 3-1, ٣٤ ou １２ ; -5 et /7 ,8 .9 x10 : 1.000,5 et 10'000 ou 2\u00a0000.",
    "12 ٣ 1\u202f000 et 4,5 % à 2019",
])
def test_numbers_are_read_from_their_digits_as_the_scan_finds_them(prose):
    def read(matches):
        return [(m.span(), m.groups()) for m in matches]

    for start, end in itertools.combinations(range(0, len(prose) + 1, 2), 2):
        assert read(figures._numbers_at_digits(prose, start, end, figures.fold_case(prose, start, end))) == \
            read(figures._NUMBER_AT_DIGIT.finditer(prose, start, end)), (start, end)


def test_a_month_and_a_digit_are_told_as_their_patterns_tell_them():
    words = [*figures._MONTH_WORDS_MATCHED, "mais", "marss", "ju", "", "ſept", "Mars", "MAI", "déce", "nov."]
    for word in words + [word + "x" for word in words] + [word.replace("s", "ſ") for word in words]:
        word = word.lower()  # as the word before a number is read
        assert figures._is_a_month(word) == (figures._MONTH_U.match(word) is not None), word
    for text in ("", "1", "٣4", "²", "a1", " 1", "１", "x"):
        assert figures._opens_with_a_digit(text) == (figures._DIGIT.match(text) is not None), text


@pytest.mark.parametrize("prose", READ_AFTER + [
    "une portion de 80 g, 12 g pour 100 g, PORTIONS DE 3, raſions de 2, un score de 3, un SCORE d'1, "
    "de 0 à 100 km/h, 0 - 10, (8 200), ( 300), 4 euros (2 000 FCFA),  \u00a0(soit 3), euros  \n (5)",
])
def test_patterns_before_and_after_a_figure_are_matched_where_their_gates_let_them(prose):
    for at in range(len(prose) + 1):
        for lo in range(max(0, at - 30), at + 1):
            window = prose[lo:at]
            if figures._FROM_ZERO.search(prose, lo, at):
                assert "0" in window
            if figures._BRACKETED_ALONE.search(prose, lo, at):
                assert "(" in window
            if figures._SCORE_BEFORE.search(prose, lo, at):
                assert "score" in figures.fold_case(prose, lo, at)
        assert figures._is_serving(prose, max(0, at - 30), at, 100) == \
            bool(figures._SERVING_BEFORE.search(prose, max(0, at - 30), at))
        if figures._CONVERSION_OPENS.match(prose, at):
            assert next_character(prose, at) in (None, "(")


@pytest.mark.parametrize("prose", READ_AFTER)
def test_a_title_noun_after_a_quotation_is_read_as_its_pattern_reads_it(prose):
    titles = quotes._TITLE_NOUNS
    for end in range(len(prose) + 1):
        nxt = next_character(prose, end)
        may = nxt in (None, ",", "…") or (nxt == "." and prose.startswith("...", prose.find(".", end)))
        named = may and quotes._names_a_title(quotes._NOUN_AFTER.match(prose, end), titles)
        assert named == (quotes._noun_after_may_be_a_title(prose, end, nxt, titles) and
                         quotes._names_a_title(quotes._NOUN_AFTER.match(prose, end), titles)), end


def _analysed(text: str):
    from attrlint.analysis import analyse
    from attrlint.plugins import build_registry
    from attrlint.runner import reader_for

    registry = build_registry()
    return analyse(reader_for("article.txt", registry.readers)("article.txt", text), registry.lexicon())


NAMED_ARTICLE = (
    "Titre\n\n"
    "Selon Paul Martin, « rien n'est réglé ». Martin a ajouté : « Le maire dit « non » et "
    "« jamais ». » Léa Morel, elle, s'en tient à « la loi ». Martinez, Morel et M. Durand "
    "répondent. « Nous verrons », conclut Durand. Le Dr Léa reste.\n\n"
    "Plus tard, « Morel » revient, Martin aussi : « Fin. »\n"
)


def test_the_quotations_opening_in_a_range_are_those_a_walk_through_all_of_them_finds():
    ad = _analysed(NAMED_ARTICLE)
    assert any(q.depth for q in ad.quotes)  # nested quotations are looked up too
    for start in range(len(ad.prose) + 1):
        for end in range(start, len(ad.prose) + 2, 7):
            assert ad.quotes_starting_in(start, end) == [q for q in ad.quotes if start <= q.span.start < end]


def _plain_named_before(prose: str, surname: str, before: int) -> bool:
    # The search back from ``before`` for each question, as the analysis made it for each sentence.
    at = prose.rfind(surname, 0, before)
    while at >= 0:
        end = at + len(surname)
        if not prose[end:end + 1].isalpha() and (at and speakers._FIRST_NAME_OR_TITLE.search(prose, max(0, at - 30), at)
                                                 or speakers._SURNAME_AFTER.match(prose, end)):
            return True
        at = prose.rfind(surname, 0, at)
    return False


@pytest.mark.parametrize("surname", ["Martin", "Morel", "Durand", "Léa", "Paul", "Martinez", "Fin", "Absent", ""])
def test_a_name_given_before_an_offset_is_found_by_one_search_of_the_document(surname):
    ad = _analysed(NAMED_ARTICLE)
    for before in range(len(ad.prose) + 1):
        assert speakers._named_before(ad, surname, before) == \
            (bool(surname) and _plain_named_before(ad.prose, surname, before)), before


def test_the_tokens_in_a_span_are_those_a_walk_through_all_of_them_finds():
    from attrlint.model import Span
    from attrlint.rules import token_index, tokens_in

    ad = _analysed(NAMED_ARTICLE)
    tokens = ad.tokens
    for start in range(len(ad.prose) + 1):
        assert token_index(ad, start) == next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
        for end in range(start, len(ad.prose) + 2, 5):
            assert tokens_in(ad, Span(start, end)) == [t for t in tokens if t.start >= start and t.end <= end]


@pytest.mark.parametrize("answers", [
    [False] * 6, [False, False, True, False], [True], [False, True, True], [],
])
def test_whether_an_item_met_so_far_passes_is_what_a_search_of_all_of_them_says(answers):
    from attrlint.analysis.data_sources import MetSoFar

    items: list[int] = []
    tested: list[int] = []

    def test(item: int) -> bool:
        tested.append(item)
        return answers[item]

    met = MetSoFar(items, test)
    assert met() is False
    for item in range(len(answers)):
        items.append(item)
        for _ in range(3):  # asked again and again: the same answer
            assert met() == any(answers[i] for i in items)
    # Each item is tested once at most, and none after the first that passed.
    assert tested == list(range(answers.index(True) + 1 if True in answers else len(answers)))
