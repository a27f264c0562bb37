"""``--jobs``: the same output, in the same order, whatever the number of processes."""
from __future__ import annotations

import json
import multiprocessing
import os

import pytest

from attrlint import parallel
from attrlint.cli import main
from attrlint.engine import READ_ERROR, ActiveRule
from attrlint.model import Severity
from attrlint.rules import Rule, RuleInfo, Violation
from attrlint.run import run_paths
from attrlint.runner import FileSettings, RunOptions

from sample_articles import write_articles


def check(capsys, *args: str) -> tuple[int, str]:
    code = main(["check", "--no-cache", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_parallel_output_is_the_serial_output(tmp_path, capsys, fmt):
    write_articles(tmp_path, 20)
    serial = check(capsys, "-j", "1", "--format", fmt, str(tmp_path))
    parallel_run = check(capsys, "-j", "2", "--format", fmt, str(tmp_path))
    assert parallel_run == serial
    assert serial[0] == 1 and serial[1].count("FIG001") >= 5


def test_results_keep_the_order_of_the_files(tmp_path):
    paths = write_articles(tmp_path, 20)
    settings = _settings(RunOptions(jobs=2, use_cache=False))
    documents = []
    run = run_paths([str(tmp_path)], lambda path: settings, discover_with=settings.options,
                    each_file=lambda result, doc: documents.append(doc.path))
    assert [r.path for r in run.results] == [str(p) for p in paths]
    assert documents == [str(p) for p in paths]
    assert all(d.path == r.path for r in run.results for d in r.diagnostics)


def test_a_bad_file_is_reported_and_the_others_linted_in_parallel(tmp_path, capsys):
    write_articles(tmp_path, 10)
    (tmp_path / "article-05.txt").write_bytes(b"Titre\n\n\xff\xfe des octets \x00 pas du texte")
    code, out = check(capsys, "-j", "2", "--format", "json", str(tmp_path))
    diagnostics = json.loads(out)
    assert code == 2
    errors = [d for d in diagnostics if d["code"] == READ_ERROR]
    assert [d["path"] for d in errors] == [str(tmp_path / "article-05.txt")]
    assert len({d["path"] for d in diagnostics}) >= 8


def test_default_jobs():
    assert parallel.default_jobs(1) == 1
    assert parallel.default_jobs(parallel.MANY_FILES - 1) == 1
    assert parallel.default_jobs(500) == parallel.cpu_count() >= 1


@pytest.mark.parametrize("value", ["0", "-1", "deux"])
def test_jobs_must_be_a_positive_number(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["check", "-j", value, "."])
    assert exc.value.code == 2
    assert "number of processes" in capsys.readouterr().err


class DiesInWorkers(Rule):
    """Ends any process but the run's own: a worker that dies."""

    code = "TST901"
    name = "dies-in-workers"
    summary = "ends worker processes"
    parent = os.getpid()

    def check(self, doc):
        if os.getpid() != self.parent:
            os._exit(3)
        if doc.sentences:
            yield Violation(doc.sentences[0].span)


def _settings(options: RunOptions, *extra: type[Rule]) -> FileSettings:
    from attrlint.plugins import build_registry

    registry = build_registry()
    rules = [ActiveRule(info, info.rule(), info.rule.severity) for info in registry.rules.values()
             if info.rule.enabled_by_default]
    rules += [ActiveRule(RuleInfo(rule, "tests"), rule(), Severity.WARNING) for rule in extra]
    return FileSettings(rules, registry.lexicon(), registry.readers, options)


def test_a_dying_worker_does_not_lose_files(tmp_path):
    paths = write_articles(tmp_path, 12)
    DiesInWorkers.parent = os.getpid()
    settings = _settings(RunOptions(jobs=2, use_cache=False), DiesInWorkers)
    run = run_paths([str(tmp_path)], lambda path: settings, discover_with=settings.options)
    assert [r.path for r in run.results] == [str(p) for p in paths]
    assert all(any(d.code == "TST901" for d in r.diagnostics) for r in run.results)


def test_settings_can_be_sent_to_workers_that_do_not_fork(tmp_path, monkeypatch):
    write_articles(tmp_path, 12)
    options = RunOptions(jobs=1, use_cache=False)
    serial = run_paths([str(tmp_path)], lambda path: _settings(options), discover_with=options)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    options = RunOptions(jobs=2, use_cache=False)
    sent = run_paths([str(tmp_path)], lambda path: _settings(options), discover_with=options)
    assert [r.diagnostics for r in sent.results] == [r.diagnostics for r in serial.results]


def test_suppressions_apply_to_files_linted_in_workers(tmp_path, capsys):
    write_articles(tmp_path, 12)
    for path in sorted(tmp_path.glob("*.txt"))[:10]:
        text = path.read_text(encoding="utf-8").replace("\n\n", "\n\n<!-- attrlint-disable FIG001 -->\n\n", 1)
        path.with_suffix(".md").write_text(text, encoding="utf-8")
        path.unlink()
    serial = check(capsys, "-j", "1", "--format", "json", str(tmp_path))
    parallel_run = check(capsys, "-j", "2", "--format", "json", str(tmp_path))
    assert parallel_run == serial
    assert {d["path"].endswith(".md") for d in json.loads(serial[1]) if d["code"] == "FIG001"} == {False}


@pytest.mark.parametrize("count,jobs", [(1, 2), (7, 2), (40, 2), (3000, 2), (5000, 4), (100, 8)])
def test_workers_are_handed_large_chunks_first_and_single_files_last(count, jobs):
    chunks = parallel.guided_chunks(count, jobs)
    assert [i for chunk in chunks for i in chunk] == list(range(count))  # each file once, in order
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True) and max(sizes) <= parallel.CHUNK_FILES
    assert sizes[-1] == 1
    if count >= jobs * 4 * parallel.CHUNK_FILES:
        assert sizes[0] == parallel.CHUNK_FILES and len(chunks) < count / 16
