"""A run over many files: one batch of files held at a time, the same report as keeping every file to the end."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from attrlint import __version__, cli, parallel
from attrlint.formatting import RenderContext, Sources, fingerprints, sources_read
from attrlint.kept_lines import FileLines, KeptLines
from attrlint.model import Diagnostic, Document
from attrlint.run import run_paths
from attrlint.runner import RunOptions
from attrlint.suppression import apply_suppressions

from cli_run import CONDITIONAL, FIGURE, QUOTE, SOURCED, run_cli, write

_PLACES = ["Quimper", "Arles", "Roubaix", "Cahors", "Laval", "Sète", "Épinal", "Auch"]

_PARAGRAPHS = [
    "Le conseil municipal de {place} a voté mardi un budget de {n} millions d'euros.",
    "« Nous avons tenu nos promesses », assure une élue.",
    "Les travaux ont repris lundi. « Personne ne nous a prévenus.\nNous l'avons appris trop tard. »",
    "Au moins {n} riverains se sont plaints du bruit du chantier,\nsans que la mairie ne réponde.",
    "La préfecture indique que {n} logements seront rénovés d'ici à l'été.",
    "Le directeur du port aurait quitté ses fonctions.",
    "« On ne nous a rien dit. On l'apprend par la presse »,\nglisse un commerçant du centre.",
]


def _article(i: int) -> tuple[str, str]:
    """The name and text of the ``i``-th article: plain text or Markdown, some with suppressions."""
    place = _PLACES[i % len(_PLACES)]
    body = [p.format(place=place, n=40 + 13 * i) for p in _PARAGRAPHS[i % 5:i % 5 + 3]]
    if i % 5 == 0:
        return f"article-{i:03d}.md", "\n\n".join([
            f"# Nouvelles de {place}", "<!-- attrlint-disable-next-line FIG001 -->\n" + FIGURE,
            "<!-- attrlint-disable QUO001 -->", *body, QUOTE, "<!-- attrlint-enable QUO001 -->", QUOTE]) + "\n"
    if i % 5 == 1:
        return f"article-{i:03d}.md", "---\nattrlint: {ignore: [FIG002]}\n---\n" + "\n\n".join([
            f"# À {place}", CONDITIONAL, "<!-- attrlint-disable-next-line QUO001 -->\n" + SOURCED, *body]) + "\n"
    if i % 5 == 2:
        return f"article-{i:03d}.txt", "\r\n".join([f"Nouvelles de {place}", "", *body]) + "\r\n"
    if i % 5 == 3:
        return f"article-{i:03d}.txt", f"Brève de {place}\n\n{SOURCED}\n"  # nothing to report
    return f"article-{i:03d}.txt", "\n\n".join([f"Nouvelles de {place}", *body])  # no final newline


def newsroom(folder: Path, count: int) -> list[Path]:
    write(folder, dict(_article(i) for i in range(count)))
    return sorted(folder.iterdir())


def previous_report(folder: Path, fmt_name: str, *flags: str) -> str:
    """The report as rendered from every file's document kept to the end of the run."""
    args = cli._parser().parse_args(["check", "--no-cache", "-j", "1", "--format", fmt_name, *flags, str(folder)])
    resolver = cli._resolver(args)
    run = run_paths([str(folder)], resolver.settings_for, discover_with=resolver.walk_options, keep_documents=True)
    for result in run.results:
        apply_suppressions(result, run.documents.get(result.path), resolver.file_policy(result.path))
    rules = {code: info for config in resolver.configs() for code, info in resolver.registry_for(config).rules.items()}
    ctx = RenderContext(rules=rules, sources={path: doc.source for path, doc in run.documents.items()},
                        files_checked=run.files_checked, version=__version__, show_source=args.show_source,
                        statistics=args.statistics)
    render = resolver.policy_for(cli._here()).registry.formats[fmt_name]
    return render(sorted(run.diagnostics, key=Diagnostic.sort_key), ctx)


@pytest.mark.parametrize("fmt, flags", [
    ("text", ()), ("text", ("--show-source",)), ("text", ("--show-source", "--statistics")),
    ("json", ()), ("sarif", ()), ("gitlab", ()), ("github", ()),
])
def test_the_report_is_the_one_of_a_run_that_keeps_every_file(tmp_path, monkeypatch, fmt, flags):
    folder = tmp_path / "articles"
    newsroom(folder, 45)
    monkeypatch.setattr(parallel, "BATCH_FILES", 7)
    run = run_cli("check", "--no-cache", "-j", "2", "--format", fmt, *flags, str(folder), cwd=tmp_path)
    assert run.code == 1, run.err
    monkeypatch.chdir(tmp_path)
    assert run.out == previous_report(folder, fmt, *flags)
    assert "FIG001" in run.out and "QUO001" in run.out


def test_the_newsroom_has_suppressions_at_work(tmp_path):
    import json

    folder = tmp_path / "articles"
    newsroom(folder, 10)
    run = run_cli("check", "--no-cache", "--format", "json", str(folder), cwd=tmp_path)
    found = [(Path(d["path"]).name, d["line"], d["code"]) for d in json.loads(run.out)]
    quotes = [line for name, line, code in found if name == "article-000.md" and code == "QUO001"]
    assert quotes == [max(line for name, line, _ in found if name == "article-000.md")]  # the one after enable
    assert not any(name == "article-000.md" and line == 4 for name, line, _ in found)  # disable-next-line
    assert not any(name in ("article-001.md", "article-006.md") and code == "FIG002" for name, line, code in found)
    assert ("article-001.md", 8, "ATL200") in found
    assert not any(name == "article-003.txt" for name, _, _ in found)
    assert any(d["end_line"] > d["line"] for d in json.loads(run.out))  # spans over two lines too


# -- memory: what a run holds at once ------------------------------------------------

class _Held:
    """Counts the batch tasks that hold a file's bytes, and the most held at once."""

    def __init__(self) -> None:
        self.now = self.most = 0

    def install(self, monkeypatch) -> None:
        held = self

        class CountingTask(parallel._Task):
            def __setattr__(self, name, value):
                if name == "data":
                    before = bool(self.__dict__.get("data"))
                    held.now += bool(value) - before
                    held.most = max(held.most, held.now)
                super().__setattr__(name, value)

        monkeypatch.setattr(parallel, "_Task", CountingTask)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_holds_one_batch_of_bytes_and_one_group_of_documents_at_a_time(tmp_path, monkeypatch, jobs):
    """The run's own process holds the documents of one group of files (their rules go
    to the rules' thread at once); with workers, it reads one document at a time."""
    from test_parallel import _settings

    paths = newsroom(tmp_path, 60)
    held = _Held()
    held.install(monkeypatch)
    monkeypatch.setattr(parallel, "BATCH_FILES", 6)
    monkeypatch.setattr(parallel, "GROUP_FILES", 4)
    most_documents = 0

    def each_file(result, doc):
        # The rules' runner may still hold the document it analysed last: the current one, or none of this run's.
        nonlocal most_documents
        others = [o for o in gc.get_objects() if isinstance(o, Document) and o.path.startswith(str(tmp_path))
                  and o is not doc]
        most_documents = max(most_documents, 1 + len(others))

    gc.collect()
    gc.disable()  # documents must go as soon as they are let go, not when a collection comes
    try:
        settings = _settings(RunOptions(jobs=jobs, use_cache=False))
        run = run_paths([str(tmp_path)], lambda path: settings, discover_with=settings.options, each_file=each_file)
    finally:
        gc.enable()
    assert most_documents == (4 if jobs == 1 else 1)
    assert len(run.results) == len(paths) == 60
    assert held.most == 6 and held.now == 0
    assert run.documents == {}
    assert set(run.sources) == {r.path for r in run.results if r.diagnostics} != set()


def test_a_batch_stops_at_its_byte_budget(tmp_path, monkeypatch):
    from test_parallel import _settings

    newsroom(tmp_path, 30)
    held = _Held()
    held.install(monkeypatch)
    settings = _settings(RunOptions(jobs=1, use_cache=False))
    found = [(str(p), str(p)) for p in sorted(tmp_path.iterdir())]
    outcomes = parallel.lint_files(found, lambda path: settings, batch_bytes=600)
    assert [o.result.path for o in outcomes] == [path for path, _ in found]
    assert 2 <= held.most < 6


def test_results_and_documents_come_in_the_order_of_the_files_with_two_jobs(tmp_path, monkeypatch):
    from test_parallel import _settings

    paths = newsroom(tmp_path, 40)
    monkeypatch.setattr(parallel, "BATCH_FILES", 9)
    settings = _settings(RunOptions(jobs=2, use_cache=False))
    seen, progress = [], []
    run = run_paths([str(tmp_path)], lambda path: settings, discover_with=settings.options,
                    each_file=lambda result, doc: seen.append((result.path, doc.path)),
                    progress=lambda done, total: progress.append((done, total)))
    assert [r.path for r in run.results] == [str(p) for p in paths]
    assert seen == [(str(p), str(p)) for p in paths]
    assert progress == [(done, 40) for done in range(41)]


def test_cached_results_are_handed_on_with_their_document(tmp_path, monkeypatch):
    from test_parallel import _settings

    paths = newsroom(tmp_path / "articles", 12)
    monkeypatch.setattr(parallel, "BATCH_FILES", 5)
    settings = _settings(RunOptions(jobs=1, cache_dir=str(tmp_path / "cache")))
    first = run_paths([str(tmp_path / "articles")], lambda path: settings, keep_documents=True)
    second = run_paths([str(tmp_path / "articles")], lambda path: settings, keep_documents=True)
    assert [r.diagnostics for r in second.results] == [r.diagnostics for r in first.results]
    assert list(second.documents) == [str(p) for p in paths]
    assert second.sources == first.sources


def test_a_file_with_no_place_for_suppressions_is_only_decoded_when_read_again(tmp_path, monkeypatch):
    from test_parallel import _settings

    paths = newsroom(tmp_path / "articles", 10)
    settings = _settings(RunOptions(jobs=1, cache_dir=str(tmp_path / "cache")))
    first = run_paths([str(tmp_path / "articles")], lambda path: settings, keep_documents=True)
    second = run_paths([str(tmp_path / "articles")], lambda path: settings, keep_documents=True)  # from the cache
    assert [r.diagnostics for r in second.results] == [r.diagnostics for r in first.results]
    for path in map(str, paths):
        linted, cached = first.documents[path], second.documents[path]
        assert cached.source == linted.source
        # Markdown here holds comments or front matter: read in full, for its suppressions.
        assert bool(cached.blocks) == (bool(linted.comments) or bool(linted.front_matter))
    assert {bool(d.blocks) for d in second.documents.values()} == {True, False}
    assert [r.directives for r in second.results] == [p.suffix == ".md" for p in paths]


# -- the sources formats read ---------------------------------------------------------

SOURCE = ("Titre\r\n\r\nAu moins 300 soldats ont été tués.\r\nUne autre ligne, sans rien.\r\n\r\n"
          "« Nous ne partirons pas,\r\ndit-on », puis une fin.\r\nDernière ligne sans fin")


def _diagnostic(start: int, end: int) -> Diagnostic:
    from attrlint.engine import LineIndex, make_diagnostic
    from attrlint.model import Severity, Span

    return make_diagnostic("a.txt", SOURCE, LineIndex(SOURCE), Span(start, end), "FIG001", "unsourced-figure",
                           "message", Severity.WARNING, "tests")


def test_kept_lines_read_as_the_file_where_diagnostics_are():
    figure = SOURCE.index("300")
    quote = SOURCE.index("«")
    diagnostics = [_diagnostic(figure, figure + 3), _diagnostic(quote, SOURCE.index("»") + 1),
                   _diagnostic(len(SOURCE) - 3, len(SOURCE))]
    text = FileLines(SOURCE, diagnostics).text()
    assert len(text) == len(SOURCE)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(SOURCE) if c == "\n"]
    kept = {2, 5, 6, 7}
    for number, (line, original) in enumerate(zip(text.split("\n"), SOURCE.split("\n"))):
        assert line == (original if number in kept else " " * len(original))
    assert fingerprints(diagnostics, {"a.txt": text}) == fingerprints(diagnostics, {"a.txt": SOURCE})


def test_kept_lines_hold_only_the_files_with_diagnostics():
    kept = KeptLines()
    kept.keep("a.txt", SOURCE, [_diagnostic(0, 5)])
    kept.keep("b.txt", "Rien à signaler.\n", [])
    assert list(kept) == ["a.txt"] and len(kept) == 1
    assert kept["a.txt"].startswith("Titre\r\n \n") and kept.get("b.txt") is None


def test_builtin_formats_say_what_they_read(registry):
    formats = registry.formats
    plain, shown = RenderContext(), RenderContext(show_source=True)
    assert [sources_read(formats[name], plain) for name in ("text", "json", "github", "sarif", "gitlab")] == [
        Sources.NONE, Sources.NONE, Sources.NONE, Sources.LINES, Sources.LINES]
    assert sources_read(formats["text"], shown) is Sources.LINES
    assert sources_read(formats["text"], RenderContext(show_source=True, statistics=True)) is Sources.NONE


WHOLE_TEXT_FORMAT = '''
import attrlint


def render(diagnostics, ctx):
    return "".join(f"{path}\\n{ctx.sources[path]}" for path in sorted(ctx.sources))


@attrlint.hookimpl
def attrlint_formats():
    return {"whole": render}
'''


def test_a_format_that_does_not_say_gets_the_whole_text_of_files_with_diagnostics(tmp_path):
    files = {"probe.py": WHOLE_TEXT_FORMAT, "attrlint.toml": 'plugins = ["probe.py"]\n',
             "a.txt": f"Titre\n\n{FIGURE}\n\nUne ligne de plus.\n", "b.txt": f"Titre\n\n{SOURCED}\n"}
    write(tmp_path, files)
    run = run_cli("check", "--no-cache", "--format", "whole", "a.txt", "b.txt", cwd=tmp_path)
    assert run.out == "a.txt\n" + files["a.txt"]


def test_the_documented_format_that_reads_no_text(tmp_path):
    from test_plugin_docs import marked_blocks

    files = {"count.py": marked_blocks("file")["formats/count.py"], "attrlint.toml": 'plugins = ["count.py"]\n',
             "a.txt": f"Titre\n\n{FIGURE}\n\n{QUOTE}\n", "b.txt": f"Titre\n\n{SOURCED}\n"}
    write(tmp_path, files)
    run = run_cli("check", "--no-cache", "--format", "count", "a.txt", "b.txt", cwd=tmp_path)
    assert (run.code, run.out) == (1, "2 problems in 1 of 2 files\n")


def test_a_file_linted_here_lets_go_of_its_bytes_before_its_analysis(tmp_path, monkeypatch):
    import sys

    newsroom(tmp_path / "articles", 3)
    read: dict[str, bytes] = {}
    real_read, real_lint = parallel.read_file, parallel.lint_decoded_many

    def reading(path, limit, *rest):
        read[path] = real_read(path, limit, *rest)
        return read[path]

    holders_during_analysis = []

    def linting(files, settings):
        for path, _ in files:
            # Held by the dict above and by getrefcount's argument only: no task keeps the bytes.
            holders_during_analysis.append(sys.getrefcount(read[path]))
        return real_lint(files, settings)

    from test_parallel import _settings

    monkeypatch.setattr(parallel, "read_file", reading)
    monkeypatch.setattr(parallel, "lint_decoded_many", linting)
    settings = _settings(RunOptions(jobs=1, use_cache=False))
    found = [(str(p), str(p)) for p in sorted((tmp_path / "articles").iterdir())]
    outcomes = list(parallel.lint_files(found, lambda path: settings))
    assert len(outcomes) == 3 and all(o.document is not None for o in outcomes)
    assert holders_during_analysis == [2, 2, 2]
