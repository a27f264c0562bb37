"""Bad input never crashes a run: each file that cannot be linted gets a
clear message naming it, the other files are still linted, and the exit
code is 2. Pathological text is analysed in linear time."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from attrlint.readers import layout, markdown
from attrlint.analysis import figures, sentences
from attrlint.api import lint_string
from attrlint.run import run_paths
from attrlint.runner import FileSettings, RunOptions, lint_file

GOOD = "Titre\n\nAu moins 300 soldats ont été tués dans les combats.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _check(run_cli, *paths) -> tuple[int, dict[str, list[dict]]]:
    code, out = run_cli(["check", *map(str, paths), "--format", "json"])
    by_file: dict[str, list[dict]] = {}
    for d in json.loads(out):
        by_file.setdefault(Path(d["path"]).name, []).append(d)
    return code, by_file


def _only_error(diags: list[dict], *words: str) -> str:
    [diag] = diags
    assert diag["code"] == "ATL100" and diag["severity"] == "error"
    for word in words:
        assert word in diag["message"]
    return diag["message"]


def test_binary_file_is_skipped_and_the_others_are_linted(run_cli, tmp_path):
    folder = _folder(tmp_path)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500))
    code, found = _check(run_cli, folder)
    assert code == 2
    _only_error(found["photo.txt"], "photo.txt", "skipped", "binary")
    assert [d["code"] for d in found["good.txt"]] == ["FIG001"]


def test_empty_and_blank_files_lint_clean(run_cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"\n\r\n  \t\n")
    (tmp_path / "bom.html").write_bytes(b"\xef\xbb\xbf")
    code, found = _check(run_cli, tmp_path)
    assert (code, found) == (0, {})


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind this user")
def test_unreadable_file_and_folder(run_cli, tmp_path):
    folder = _folder(tmp_path)
    (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    (folder / "locked").mkdir()
    (folder / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        code, found = _check(run_cli, folder)
    finally:
        (folder / "locked").chmod(0o755)
    assert code == 2
    _only_error(found["secret.txt"], "secret.txt", "Permission denied")
    _only_error(found["locked"], "folder", "Permission denied")
    assert [d["code"] for d in found["good.txt"]] == ["FIG001"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_broken_symlinks_and_loops_in_a_folder_walk(run_cli, tmp_path):
    folder = _folder(tmp_path)
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "again").symlink_to(folder)  # a folder that contains itself
    code, found = _check(run_cli, folder)
    assert code == 2
    _only_error(found["gone.txt"], "broken symbolic link")
    _only_error(found["loop-a.txt"], "symbolic link loop")
    _only_error(found["loop-b.txt"], "symbolic link loop")
    assert [d["code"] for d in found["good.txt"]] == ["FIG001"]


def _settings(registry, **options) -> FileSettings:
    from attrlint.api import active_rules

    return FileSettings(active_rules(registry), registry.lexicon(), registry.readers, RunOptions(**options))


def test_files_above_the_maximum_size_are_refused(registry, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 10, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(GOOD, encoding="utf-8")
    settings = _settings(registry, max_file_size=len(GOOD.encode()) + 1)
    run = run_paths([str(tmp_path)], lambda path: settings)
    assert run.error
    by_file = {Path(r.path).name: r for r in run.results}
    [diag] = by_file["big.txt"].diagnostics
    assert diag.code == "ATL100" and "maximum file size" in diag.message and "big.txt" in diag.message
    assert [d.code for d in by_file["small.txt"].diagnostics] == ["FIG001"]


def test_standard_input_above_the_maximum_size_is_refused(registry):
    result, doc = lint_file("-", **_kwargs(_settings(registry, max_file_size=10)), stdin_data=GOOD.encode())
    assert doc is None and result.error
    assert "maximum file size" in result.diagnostics[0].message


def _kwargs(settings: FileSettings) -> dict:
    return {"rules": settings.rules, "lexicon": settings.lexicon, "readers": settings.readers,
            "options": settings.options}


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_read_no_further_than_the_limit(registry):
    result, _ = lint_file("/dev/zero", **_kwargs(_settings(registry, max_file_size=1000)))
    assert "maximum file size" in result.diagnostics[0].message


def test_a_pattern_past_its_time_limit_is_a_per_file_error(run_cli, tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    (folder / "long.txt").write_text("Titre\n\n" + "Le maire a parlé longuement. " * 20_000, encoding="utf-8")
    # Every guarded sentence split gives up: the long paragraph's; the short ones are read unguarded.
    monkeypatch.setattr(sentences, "regex_timeout", lambda length: 1e-6)
    code, found = _check(run_cli, folder / "long.txt", folder / "good.txt")
    assert code == 2
    _only_error(found["long.txt"], "long.txt", "was not checked", "time limit")
    assert found["good.txt"] and all(d["code"] != "ATL100" for d in found["good.txt"])


# -- Pathological text ------------------------------------------------------
# Small versions of the adversarial inputs. The analysis must do work
# proportional to the text, counted rather than timed: the Python steps it
# takes, and the characters it hands to regular expressions (a text read
# again for each quotation or number shows there). For a text four times
# longer both must grow about four times. Backtracking inside the regex
# engine is ruled out by how the patterns are built: a run of marks or
# digits is one attempt, never one per character (tests below).

ADVERSARIAL = {
    "unclosed guillemets": lambda n: "« " * n,
    "nested quotations": lambda n: "« " * n + "Je " + " »" * n,
    "nested curly quotes": lambda n: "“" * n + "mot" + "”" * n,
    "digits": lambda n: "1" * (20 * n),
    "a long word": lambda n: "a" * (20 * n),
    "abbreviations": lambda n: "M. Dupont et " * n,
    "full stops": lambda n: "." * (20 * n),
    "quotations and incises in one sentence": lambda n: "« Nous partirons », a-t-il dit, " * n,
    "unclosed quotation per sentence": lambda n: "« Il a dit que 3 soldats. " * n,
    "numbers in one long sentence": lambda n: "12 soldats et " * n,
    "quotations followed by many cues": lambda n: "« a b c d » " * n + "et il a déclaré que " * n,
    "quotations in a headline": lambda n: "« a » " * n + "\n\nTexte.",
}
_ANALYSIS_MODULES = ("attrlint.readers.layout", "attrlint.readers.text", "attrlint.readers.markdown",
                     "attrlint.readers.html", "attrlint.analysis.tokens", "attrlint.analysis.sentences",
                     "attrlint.analysis.quotes", "attrlint.analysis.figures", "attrlint.analysis.cues",
                     "attrlint.analysis.scope", "attrlint.analysis.conditionals", "attrlint.analysis.agencies",
                     "attrlint.analysis.photos")


class _Scanned:
    """Counts the characters regular expressions read.

    A string handed over whole was made or is scanned for the call: all of it
    counts. Within a larger text, a search counts the region it scans, an
    anchored match what it matched.
    """

    def __init__(self) -> None:
        self.chars = 0

    def call(self, method, string, pos=None, endpos=None, *args, **kwargs):
        result = method(string, pos, endpos, *args, **kwargs)
        if not isinstance(string, str):
            return result
        if pos is None and endpos is None:
            self.chars += len(string)
        elif method.__name__ in ("match", "fullmatch"):
            self.chars += result.end() - result.start() + 1 if result else 1
        else:
            self.chars += (len(string) if endpos is None else min(endpos, len(string))) - (pos or 0)
        return result


class _CountingPattern:
    def __init__(self, pattern, scanned: _Scanned) -> None:
        self._pattern, self._scanned = pattern, scanned

    def __getattr__(self, name):
        attr = getattr(self._pattern, name)
        if name in ("match", "search", "fullmatch", "finditer", "findall"):
            return lambda *args, **kwargs: self._scanned.call(attr, *args, **kwargs)
        if name in ("sub", "subn"):
            def replace(repl, string, *args, **kwargs):
                self._scanned.chars += len(string)
                return attr(repl, string, *args, **kwargs)
            return replace
        return attr


class _CountingRegex:
    """The ``regex`` module as the analysis sees it, counting what its functions read."""

    def __init__(self, scanned: _Scanned) -> None:
        self._scanned = scanned

    def __getattr__(self, name):
        import regex

        attr = getattr(regex, name)
        if name in ("match", "search", "fullmatch", "finditer", "findall", "sub"):
            def scan(pattern, *args, **kwargs):
                return getattr(_CountingPattern(regex.compile(pattern), self._scanned), name)(*args, **kwargs)
            return scan
        return attr


@pytest.fixture
def work(monkeypatch, registry):
    """``work(text, path)`` → (Python steps, characters scanned by patterns) to lint ``text``."""
    import importlib

    import regex

    scanned = _Scanned()
    for name in _ANALYSIS_MODULES:
        module = importlib.import_module(name)
        monkeypatch.setattr(module, "regex", _CountingRegex(scanned))
        for attr, value in list(vars(module).items()):
            if isinstance(value, regex.Pattern):
                monkeypatch.setattr(module, attr, _CountingPattern(value, scanned))

    def measure(text: str, path: str) -> tuple[int, int]:
        steps = 0

        def trace(frame, event, arg):
            nonlocal steps
            steps += 1
            return trace

        scanned.chars = 0
        sys.settrace(trace)
        try:
            lint_string(text, path, registry=registry, options=RunOptions(rule_timeout=0))
        finally:
            sys.settrace(None)
        return steps, scanned.chars

    return measure


def _assert_linear(work, make, path: str) -> None:
    work("Titre\n\n" + make(50), path)  # warm the caches
    small = work("Titre\n\n" + make(300), path)
    large = work("Titre\n\n" + make(1200), path)
    assert small[1] > 0
    for what, n, four_n in zip(("Python steps", "characters scanned"), small, large):
        assert four_n < 6 * n, f"{what}: {n} for n, {four_n} for 4n"


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_analysis_is_linear_on_adversarial_text(work, name):
    _assert_linear(work, ADVERSARIAL[name], "a.txt")


@pytest.mark.parametrize("path,make", [
    ("a.md", lambda n: "[" * (20 * n)),
    ("a.md", lambda n: "[a](" * (5 * n)),
    ("a.md", lambda n: "<a " * (5 * n)),
    ("a.md", lambda n: "<!--" * (5 * n)),
    ("a.html", lambda n: "<a " * (5 * n)),
    ("a.html", lambda n: "<!--" * (5 * n)),
])
def test_markup_readers_are_linear_on_unclosed_markup(work, path, make):
    _assert_linear(work, make, path)


def test_a_run_of_marks_is_one_boundary_attempt():
    text = "Fin" + "." * 50 + " Début"
    found = [m.start() for m in sentences._BOUNDARY.finditer(text)]
    assert found == [3]
    # No attempt can start inside the run: each would rescan it to its end.
    assert all(sentences._BOUNDARY.match(text, i) is None for i in range(4, 53))


def test_a_run_of_digits_is_one_rate_attempt():
    text = "1" * 50 + " sur 4"
    assert [m.group() for m in figures._RATE_RE.finditer(text)] == ["1" * 50 + " sur 4"]
    assert all(figures._RATE_RE.match(text, i) is None for i in range(1, 50))


def test_huge_figures_and_years_do_not_overflow(lint):
    diags = lint("Titre\n\n" + "9" * 5000 + " soldats ont été tués. Il reste " + "1" * 400 + " habitants.\n")
    assert [d.code for d in diags] == ["FIG001", "FIG001"]


# Patterns that once split a long run of spaces or words every possible way.
# Each line below took minutes before; read once, it takes milliseconds. The
# regex module's own time limit (200 times what reading once needs) is the
# bound, as in the guard every analysis pattern runs under.
LONG_RUNS = [
    ("photo line", lambda: layout.PHOTO_LINE_RE.match, " " * 200_000 + "x"),
    ("credit prefix", lambda: layout.CREDIT_PREFIX_RE.match, "(" + " " * 200_000 + "x"),
    ("credit line", lambda: layout.CREDIT_LINE_RE.match, "Avec " + "Aet" * 30_000 + "!"),
    ("Markdown rule", lambda: markdown._MD_RULE.match, "-" + " -" * 100_000 + "x"),
    ("unit after a number", lambda: figures._UNIT_RE.match, " " * 200_000 + "x"),
    ("conversion between figures", lambda: figures._CONVERSION_BETWEEN.match, " " * 200_000 + "!"),
    ("sentence boundary", lambda: sentences._BOUNDARY.search, "." * 200_000),
    ("sentence boundary, closing marks", lambda: sentences._BOUNDARY.search, "." + " »" * 100_000 + "x"),
    ("sentence boundary, spaces", lambda: sentences._BOUNDARY.search, ". " * 100_000 + "x"),
    ("HTML attribute name", lambda: layout._ATTRIBUTE_RE.search, "a" * 200_000),
    ("rate", lambda: figures._RATE_RE.search, "1" * 200_000),
]


@pytest.mark.parametrize("name,pattern,line", LONG_RUNS, ids=[name for name, *_ in LONG_RUNS])
def test_patterns_read_long_runs_once(name, pattern, line):
    pattern()(line, timeout=2.0)  # raises TimeoutError if the run is split every way


def test_anchored_matches_are_given_a_window_not_the_rest_of_the_text(monkeypatch, registry):
    """Patterns that must contain a word ("millions", ")") make the regex
    engine search for it up to the end it is given: they get a window."""
    from attrlint.analysis import cues

    given: list[int] = []

    class Recording:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, string, pos, endpos):
            given.append(endpos - pos)
            return self.pattern.match(string, pos, endpos)

    monkeypatch.setattr(figures, "_SCALE_AFTER_NUMBER", Recording(figures._SCALE_AFTER_NUMBER))
    monkeypatch.setattr(cues, "_BRACKETED_SPEAKER", Recording(cues._BRACKETED_SPEAKER))
    text = "Titre\n\n" + "Les 300 soldats et « Nous partirons » (Jean Dupont, maire) puis 2 millions d'euros. " * 500
    diags = lint_string(text, registry=registry)
    assert not any(d.code.startswith("ATL") for d in diags)
    # "2 millions" is matched in each of the 500 sentences ("300 soldats" opens no scale word).
    assert len(given) >= 500 and max(given) < 1000


def test_headline_speakers_are_not_copied_for_each_quotation(registry):
    """"A : « … » B : « … »": each quotation's speaker is the text after the
    previous one, so what the cues hold grows with the headline, not its square."""
    from attrlint.analysis import analyse
    from attrlint.readers import read_text

    def held(n: int) -> int:
        doc = read_text("a.txt", "Le maire : « Nous restons » " * n + "\n\nTexte.")
        quotes = analyse(doc, registry.lexicon()).quotes
        assert all(q.attribution is not None for q in quotes)
        return sum(len(q.attribution.source_text) for q in quotes)

    assert held(1) == len("Le maire ")
    assert held(400) < 6 * held(100)


def test_the_bad_input_script_finds_attrlint_beside_its_python(monkeypatch):
    """`.venv/bin/python bench/bad_inputs.py` works with no activated environment (attrlint not on PATH)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("bad_inputs", Path(__file__).parent.parent / "bench" / "bad_inputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("PATH", "")
    command = module.attrlint_command(None)
    assert Path(command[0]).exists() or command[1:] == ["-m", "attrlint.cli"]


def test_a_chain_of_opening_phrases_does_not_exhaust_the_stack(lint):
    # Each phrase a capitalised word opens is read past once, not one within the other.
    text = ("Titre\n\n" + "Grand rival du président sortant, " * 3000
            + "il dit « Nous partirons demain sans attendre. »\n")
    assert [d.code for d in lint(text)] == []
