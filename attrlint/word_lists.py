"""The word lists of ``grammars/``, read as the analysis and the lexicon use them: the table
of a TOML file, its lists as sets of normalised words, and regex alternations of phrases.

Kept apart from :mod:`attrlint.lexicon`, which builds the lexicon with the tokenizer's
split: the tokenizer reads its own word lists from here.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .patterns import cache_folder, regex, write_atomically


def normalise(word: str) -> str:
    """The key a word is looked up under: NFC, lower case, straight apostrophe."""
    return unicodedata.normalize("NFC", word).lower().replace("’", "'")


def written_phrase(words: Iterable[str]) -> str:
    """The words of a phrase as the word lists write them: a space between two, none after an
    elided one ("cour d'appel", "dans l'entourage de"; not "cour d' appel")."""
    return "".join(w if w.endswith(("'", "’")) else w + " " for w in words).rstrip()


def grammar_file(name: str) -> Path:
    import attrlint_grammars

    return Path(attrlint_grammars.__file__).parent / name


@lru_cache(maxsize=None)
def read_word_lists(name: str) -> dict:
    """The table of a TOML file of ``grammars/`` (``"lexicon/figures.toml"``): word lists
    the analysis reads besides the lexicon's own. Read once per process and shared:
    callers build their own sets from it and leave it as it is.

    Parsing TOML takes a few milliseconds of each start: the table is kept
    beside the built lexicon, under a digest of the file (see
    :func:`load_default_lexicon`), and read back from there.
    """
    folder = cache_folder()
    data = grammar_file(name).read_bytes()
    if folder is None:
        return parse_toml(data)
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    kept = folder / f"words-{hashlib.sha256(data).hexdigest()[:24]}-py{version}.marshal"
    try:
        table = marshal.loads(kept.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = parse_toml(data)
    try:
        write_atomically(kept, marshal.dumps(table))
    except ValueError:  # a value marshal cannot keep (a TOML date): read from the file each time
        pass
    return table


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, for a regex alternation that must try the longer of two
    phrases sharing a start first; words of one length in alphabetical order, so that a
    pattern built from a set is the same in every process (and kept once between runs)."""
    return sorted(words, key=lambda w: (-len(w), w))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of a word list's phrases, longest first: a space in a phrase
    matches any run of spaces (no-break ones too), an apostrophe ' and ’."""
    def one(phrase: str) -> str:
        return r"[\s\u00a0\u202f]+".join(regex.escape(word).replace("'", "['’]") for word in phrase.split())
    return "|".join(one(p) for p in longest_first(phrases))


def function_word_alternation(*keys: str) -> str:
    """The words of lists of grammars/lexicon/function_words.toml (closed classes: articles,
    auxiliaries, prepositions…) as one regex alternation (see :func:`phrase_alternation`)."""
    lists = word_sets("lexicon/function_words.toml")
    return phrase_alternation(frozenset().union(*(lists[key] for key in keys)))


def phrase_pattern(phrases: Iterable[str]) -> regex.Pattern[str]:
    """A word list's phrases as one compiled pattern, case-insensitive, that matches them
    as whole words only (see :func:`phrase_alternation`)."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{phrase_alternation(phrases)})(?![\p{{L}}])", regex.I)


@lru_cache(maxsize=None)
def word_sets(name: str, table: str | None = None) -> dict[str, frozenset[str]]:
    """Each word list of a TOML file of ``grammars/`` (or of one of its tables) as the set of
    its words, normalised as the lexicon looks words up (:func:`normalise`)."""
    lists = read_word_lists(name)
    if table is not None:
        lists = lists[table]
    return {key: _normalised_set(words) for key, words in lists.items()}


def _normalised_set(words: Iterable[str]) -> frozenset[str]:
    """The set of ``words``, each normalised (:func:`normalise`), in one call for the whole
    list: a call per word costs more than the normalising itself, over the thousands of
    words every start reads. A line break neither composes with a letter nor sets the case
    of one beside it, so each word of the joined list comes out as it would on its own."""
    words = list(words)
    normalised = normalise("\n".join(words)).split("\n")
    if len(normalised) != len(words):  # a word with a line break in it: one at a time
        return frozenset(normalise(w) for w in words)
    return frozenset(normalised)


def with_curly_apostrophes(words: Iterable[str]) -> frozenset[str]:
    """``words`` and, for those written with an apostrophe, the same with a curly one ("l'",
    "l’"): for the readings that look words up in the text as it is written, not normalised."""
    return frozenset(words) | frozenset(w.replace("'", "’") for w in words if "'" in w)


def read_toml(name: str) -> dict:
    return parse_toml(grammar_file(name).read_bytes())


def parse_toml(data: bytes) -> dict:
    # Imported here: the lexicon and the word lists are usually read back already built.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib.loads(data.decode("utf-8"))


def read_list(name: str) -> list[str]:
    lines = grammar_file(name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
