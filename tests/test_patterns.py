"""Compiled patterns kept between runs: the same matches, and nothing but patterns read back."""
from __future__ import annotations

import marshal
import os
import pickle
import subprocess
import sys

import regex as real_regex

from attrlint import patterns
from attrlint.patterns import PatternStore, regex

SAMPLES = [
    (r"(?<![\p{L}])(?P<num>\d{1,3}(?:[ \u00a0]\d{3})*)(?P<unit>\s*%)?", 0, "Près de 12 500 habitants, soit 40 %."),
    (r"(?:selon|d['’]après)\s+(?P<who>\p{Lu}\p{L}+)", real_regex.I, "SELON Reuters et d’après Le Monde."),
    (r"«[^»]*»", 0, "Il a dit « oui » puis « non »."),
]


def test_kept_patterns_match_as_freshly_compiled_ones(tmp_path):
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    for pattern, flags, _ in SAMPLES:
        first.compile(pattern, flags)
    first.save()
    second = PatternStore(path)
    assert len(second.kept) == len(SAMPLES) and not second.added
    assert second.patterns == {}  # each is made again when first asked for
    for pattern, flags, text in SAMPLES:
        kept, fresh = second.compile(pattern, flags), real_regex.compile(pattern, flags)
        assert [m.groupdict() for m in kept.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)]
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    assert not second.added


def test_a_file_holding_anything_but_patterns_is_ignored(tmp_path):
    path = tmp_path / "patterns.marshal"

    class Payload:
        def __reduce__(self):
            return (os.mkdir, (str(tmp_path / "should-not-exist"),))

    path.write_bytes(pickle.dumps({("x", 0): Payload()}))
    assert PatternStore(path).kept == {}
    assert not (tmp_path / "should-not-exist").exists()
    path.write_bytes(b"not marshalled data")
    assert PatternStore(path).kept == {}
    # One pattern kept as something else: compiled afresh when it is asked for.
    for kept in (pickle.dumps(Payload()), marshal.dumps(("x", 0)), marshal.dumps(["x"])):
        path.write_bytes(marshal.dumps({("x", 0): kept}))
        store = PatternStore(path)
        assert store.compile("x").match("x") and store.added
        assert not (tmp_path / "should-not-exist").exists()


def test_patterns_are_made_again_only_when_asked_for(tmp_path):
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    first.compile(r"\d+")
    first.save()
    second = PatternStore(path)
    second.compile(r"\w+")
    second.save()  # the first pattern, never asked for, stays kept as it was
    third = PatternStore(path)
    assert set(third.kept) == {(r"\d+", 0), (r"\w+", 0)}
    assert third.compile(r"\d+").match("12") and not third.added


def test_only_the_loading_process_writes(tmp_path):
    store = PatternStore(tmp_path / "patterns.marshal")
    store.compile(r"\d+")
    store.owner = -1  # as in a worker forked from the run
    store.save()
    assert not (tmp_path / "patterns.marshal").exists()


def test_store_location(monkeypatch, tmp_path):
    monkeypatch.setenv(patterns.PATTERN_CACHE_ENV, "off")
    assert patterns.store_path() is None
    monkeypatch.setenv(patterns.PATTERN_CACHE_ENV, str(tmp_path / "p.marshal"))
    assert patterns.store_path() == tmp_path / "p.marshal"
    monkeypatch.delenv(patterns.PATTERN_CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert patterns.store_path().parent == tmp_path / "attrlint"
    assert PatternStore(None).compile(r"\w+").match("mot")


def test_module_functions_give_what_regex_gives():
    text = "Le 14 juillet, 3 000 personnes ; le 15, 2 500."
    assert regex.sub(r"\d", "#", text) == real_regex.sub(r"\d", "#", text)
    assert regex.match(r"le", text, real_regex.I).span() == real_regex.match(r"le", text, real_regex.I).span()
    assert regex.search(r"\d+", text).group() == "14"
    assert regex.fullmatch(r"\d+", "2500") and not regex.fullmatch(r"\d+", "25a")
    assert regex.findall(r"\d+", text) == real_regex.findall(r"\d+", text)
    assert regex.split(r"[,;]", text) == real_regex.split(r"[,;]", text)
    assert [m.span() for m in regex.finditer(r"\d+", text)] == [m.span() for m in real_regex.finditer(r"\d+", text)]
    assert regex.escape("a.b") == real_regex.escape("a.b") and regex.I == real_regex.I


def test_kept_lexicon_is_the_built_one(monkeypatch, tmp_path):
    from attrlint import lexicon

    monkeypatch.setenv(patterns.PATTERN_CACHE_ENV, str(tmp_path / "patterns.marshal"))
    built = lexicon.build_default_lexicon()
    first = lexicon.load_default_lexicon()
    [kept] = tmp_path.glob("lexicon-*.marshal")
    second = lexicon.load_default_lexicon()
    assert first == built and second == built and second.max_phrase == built.max_phrase
    second.add_speech_verb("claironner")
    assert "claironne" not in lexicon.load_default_lexicon().words
    kept.write_bytes(b"\x00garbage")
    assert lexicon.load_default_lexicon() == built
    monkeypatch.setenv(patterns.PATTERN_CACHE_ENV, "off")
    kept.unlink()
    assert lexicon.load_default_lexicon() == built and not list(tmp_path.glob("lexicon-*"))


def test_a_run_keeps_the_same_patterns_whatever_the_hash_seed(tmp_path):
    # Patterns built from a set of words must not depend on the set's order, or every
    # process compiles them again and the file of kept patterns grows run after run.
    article = tmp_path / "article.txt"
    article.write_text("Deux hommes soupçonnés d'avoir volé un camion auraient été arrêtés, selon la police. "
                       "Le camion transportait 3 tonnes de cuivre.\n", encoding="utf-8")
    path = tmp_path / "patterns.marshal"
    kept = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, patterns.PATTERN_CACHE_ENV: str(path)}
        subprocess.run([sys.executable, "-m", "attrlint.cli", "check", "--no-cache", "--isolated", "--exit-zero",
                        "--quiet", str(article)], env=env, check=True, capture_output=True)
        kept.append(set(PatternStore(path).kept))
    assert kept[0] == kept[1] == kept[2]


def test_longest_first_orders_words_of_one_length_alphabetically():
    from attrlint.word_lists import longest_first

    assert longest_first({"ta", "de", "des", "à"}) == ["des", "de", "ta", "à"]
