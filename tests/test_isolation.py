"""A rule that crashes, hangs or returns garbage never takes the run down."""
from __future__ import annotations

import concurrent.futures
import multiprocessing
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import attrlint
from attrlint import cli
from attrlint.api import lint_string
from attrlint.model import Span
from attrlint.plugins import build_registry
from attrlint.rules import Rule, Violation
from attrlint.run import run_paths
from attrlint.runner import FileSettings, RunOptions
from attrlint.timelimit import TimeLimitExceeded, run_all_with_time_limit, run_with_time_limit, time_not_counted

ARTICLE = "Le bilan s'alourdit\n\nAu moins 300 soldats ont été tués dans les combats.\n"
FIGURE = ARTICLE.index("Au moins 300")


class Crashing(Rule):
    code = "TST001"
    name = "crashing"
    summary = "raises"

    def check(self, doc):
        yield self.violation(doc.tokens[0])
        raise ZeroDivisionError("division by zero in a house rule")


class Looping(Rule):
    code = "TST002"
    name = "looping"
    summary = "never ends, in Python code"

    def check(self, doc):
        while True:
            pass


class Sleeping(Rule):
    code = "TST003"
    name = "sleeping"
    summary = "never ends, blocked outside Python code"

    def check(self, doc):
        time.sleep(120)
        return []


class Garbage(Rule):
    code = "TST004"
    name = "garbage"
    summary = "returns things that are not violations inside the file"

    def check(self, doc):
        yield "not a violation"
        yield Violation(Span(0, 10 ** 9))
        yield Violation(Span(0, 2))  # well-formed: still reported


class NotIterable(Rule):
    code = "TST005"
    name = "not-iterable"
    summary = "returns a number"

    def check(self, doc):
        return 42


class Exiting(Rule):
    code = "TST006"
    name = "exiting"
    summary = "calls sys.exit"

    def check(self, doc):
        sys.exit(3)


class Stubborn(Rule):
    code = "TST007"
    name = "stubborn"
    summary = "swallows every interruption"

    def check(self, doc):
        while True:
            try:
                while True:
                    sum(range(10))
            except BaseException:
                pass


class BrokenRules:
    """A plugin with every kind of broken rule."""

    __name__ = "broken-rules"

    @attrlint.hookimpl
    def attrlint_rules(self):
        return [Crashing, Looping, Sleeping, Garbage, NotIterable, Exiting]


class StubbornRule:
    """A plugin whose rule cannot be stopped: only run in a child process,
    since its abandoned thread keeps a processor busy until the process ends."""

    __name__ = "stubborn-rule"

    @attrlint.hookimpl
    def attrlint_rules(self):
        return [Stubborn]


@pytest.fixture(scope="module")
def registry():
    return build_registry(plugins=[BrokenRules()])


def lint(registry, *codes, timeout=0.3):
    return lint_string(ARTICLE, "article.txt", select=["FIG001", *codes], registry=registry,
                       options=RunOptions(rule_timeout=timeout))


def by_code(diagnostics):
    found = {}
    for d in diagnostics:
        found.setdefault(d.code, []).append(d)
    return found


def assert_figure_still_reported(diagnostics):
    figures = [d for d in diagnostics if d.code == "FIG001"]
    assert [d.start for d in figures] == [FIGURE]


def test_a_crashing_rule_becomes_a_diagnostic_naming_plugin_rule_and_file(registry):
    diagnostics = lint(registry, "TST001")
    crash = by_code(diagnostics)["ATL001"]
    assert len(crash) == 1
    assert crash[0].path == "article.txt" and crash[0].plugin == "broken-rules"
    assert "TST001" in crash[0].message and "crashing" in crash[0].message and "broken-rules" in crash[0].message
    assert "ZeroDivisionError: division by zero in a house rule" in crash[0].message
    assert "TST001" not in by_code(diagnostics)  # what it yielded before crashing is dropped
    assert_figure_still_reported(diagnostics)


def test_a_rule_calling_sys_exit_is_a_crash_too(registry):
    diagnostics = lint(registry, "TST006")
    assert "SystemExit" in by_code(diagnostics)["ATL001"][0].message
    assert_figure_still_reported(diagnostics)


@pytest.mark.parametrize("code, state", [("TST002", "was interrupted"),
                                         ("TST003", "could not be interrupted and was abandoned")])
def test_a_hanging_rule_is_stopped_at_the_time_limit(registry, code, state):
    started = time.monotonic()
    diagnostics = lint(registry, code, timeout=0.3)
    assert time.monotonic() - started < 5
    timeout = by_code(diagnostics)["ATL003"]
    assert len(timeout) == 1 and code in timeout[0].message and "broken-rules" in timeout[0].message
    assert "after 0.3 s" in timeout[0].message and state in timeout[0].message
    assert_figure_still_reported(diagnostics)


def test_garbage_is_reported_and_well_formed_violations_are_kept(registry):
    diagnostics = lint(registry, "TST004")
    garbage = by_code(diagnostics)["ATL002"]
    assert len(garbage) == 1
    assert "TST004" in garbage[0].message and "'not a violation'" in garbage[0].message
    assert "(and 1 more)" in garbage[0].message
    assert [(d.start, d.end) for d in by_code(diagnostics)["TST004"]] == [(0, 2)]
    assert_figure_still_reported(diagnostics)


def test_a_result_that_is_not_iterable_is_garbage(registry):
    diagnostics = lint(registry, "TST005")
    assert "returned 42" in by_code(diagnostics)["ATL002"][0].message
    assert_figure_still_reported(diagnostics)


def test_all_broken_rules_at_once_leave_the_others_running(registry, tmp_path):
    for name in ("un.txt", "deux.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    from attrlint.api import active_rules

    rules = active_rules(registry, ["FIG001", "TST"])
    settings = FileSettings(rules, registry.lexicon(), registry.readers, RunOptions(rule_timeout=0.3))
    run = run_paths([str(tmp_path)], lambda path: settings)
    assert run.error
    for result in run.results:
        codes = sorted(d.code for d in result.diagnostics)
        assert codes.count("FIG001") == 1
        assert codes.count("ATL001") == 2 and codes.count("ATL002") == 2 and codes.count("ATL003") == 2
        assert any("ZeroDivisionError" in tb for tb in result.tracebacks)
        assert any("was still running here" in tb and "time.sleep" in tb for tb in result.tracebacks)


# -- the command line: exit code 2, tracebacks with --verbose ---------------------

@pytest.fixture
def cli_with_broken_rules(monkeypatch, registry):
    monkeypatch.setattr(cli, "build_registry", lambda *args, **kwargs: registry)


def test_the_cli_reports_and_exits_2(cli_with_broken_rules, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = cli.main(["check", "--select", "FIG001,TST001,TST004", str(article)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{article}:3:1: FIG001" in out
    assert f"{article}:1:1: ATL001 rule TST001 (crashing) of plugin broken-rules crashed" in out
    assert "ATL002" in out
    assert "Traceback" not in err


def test_the_cli_shows_the_traceback_with_verbose(cli_with_broken_rules, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = cli.main(["check", "--verbose", "--select", "FIG001,TST001", str(article)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "Traceback (most recent call last)" in err and "ZeroDivisionError" in err
    assert "test_isolation.py" in err  # the frame of the failing rule


# -- the time limit itself ----------------------------------------------------------

def test_time_limit_returns_values_and_raises_errors_of_the_call():
    assert run_with_time_limit(lambda: 41 + 1, 1) == 42
    with pytest.raises(KeyError, match="missing"):
        run_with_time_limit(lambda: {}["missing"], 1)
    assert run_with_time_limit(lambda: "no limit", None) == "no limit"


def test_time_limit_interrupts_python_code():
    with pytest.raises(TimeLimitExceeded) as caught:
        run_with_time_limit(lambda: Looping().check(None), 0.2)
    assert not caught.value.abandoned
    assert "while True" in caught.value.stack or "check" in caught.value.stack


def test_calls_after_an_interrupted_or_abandoned_one_still_run():
    def loop():
        while True:
            pass

    calls = [lambda: "first", lambda: 1 / 0, loop, lambda: "after a loop", lambda: time.sleep(120),
             lambda: "after a sleep"]
    first, error, looped, after_loop, slept, after_sleep = run_all_with_time_limit(calls, 0.2)
    assert first.value == "first" and isinstance(error.error, ZeroDivisionError)
    assert looped.timeout is not None and not looped.timeout.abandoned
    assert after_loop.value == "after a loop"
    assert slept.timeout is not None and slept.timeout.abandoned and "time.sleep" in slept.timeout.stack
    assert after_sleep.value == "after a sleep"


def test_time_not_counted_is_not_charged_to_the_call():
    def slow_for_the_caller():
        with time_not_counted():
            time.sleep(0.6)  # three times the limit, on the clock of no call
        time.sleep(0.05)
        return "done"

    def slow_itself():
        time.sleep(0.6)
        return "done"

    kept, stopped = run_all_with_time_limit([slow_for_the_caller, slow_itself], 0.2)
    assert kept.value == "done" and kept.timeout is None
    assert stopped.timeout is not None


def test_a_call_past_its_limit_after_a_pause_is_still_stopped():
    def loop_after_a_pause():
        with time_not_counted():
            time.sleep(0.3)
        while True:
            pass

    [outcome] = run_all_with_time_limit([loop_after_a_pause], 0.2)
    assert outcome.timeout is not None and not outcome.timeout.abandoned


def test_time_not_counted_outside_a_limit_just_runs():
    with time_not_counted():
        assert run_with_time_limit(lambda: "no limit", None) == "no limit"


class ReadingTokens(Rule):
    code = "TST009"
    name = "reading-tokens"
    summary = "reads the tokens, which the analysis did not keep"

    def check(self, doc):
        return [self.violation(doc.tokens[0])]


class TokenReader:
    __name__ = "token-reader"

    @attrlint.hookimpl
    def attrlint_rules(self):
        return [ReadingTokens]


def test_the_tokens_a_rule_asks_for_are_made_off_its_clock():
    """A long file's tokens are not kept by the analysis: they are made again the first time a
    rule asks, which takes as long as the analysis takes for them, not the rule."""
    from attrlint.analysis import analyse
    from attrlint.api import active_rules
    from attrlint.engine import run_rules
    from attrlint.runner import reader_for

    registry = build_registry()
    doc = reader_for("long.txt", registry.readers)("long.txt", ARTICLE)
    ad = analyse(doc, registry.lexicon())
    assert not ad.has_tokens
    making = ad.tokenizer

    def slow_tokenizer(document):
        time.sleep(0.6)
        return making(document)

    ad.tokenizer = slow_tokenizer
    rules = active_rules(build_registry(plugins=[TokenReader()]), ["TST009"])
    result = run_rules(ad, rules, rule_timeout=0.2)
    assert [d.code for d in result.diagnostics] == ["TST009"]


def test_without_a_limit_calls_run_in_the_calling_thread():
    [outcome] = run_all_with_time_limit([threading.get_ident], None)
    assert outcome.value == threading.get_ident()


def _lint_in_worker(timeout: float, stubborn: bool = False) -> list[str]:
    registry = build_registry(plugins=[BrokenRules(), StubbornRule()])
    codes = ("TST002", "TST003", "TST007") if stubborn else ("TST002", "TST003")
    return sorted(d.code for d in lint(registry, *codes, timeout=timeout))


@pytest.mark.parametrize("method", sorted({"spawn", multiprocessing.get_start_method()}))
def test_time_limit_works_in_worker_processes(method):
    context = multiprocessing.get_context(method)
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        codes = pool.submit(_lint_in_worker, 0.3).result(timeout=60)
    assert codes == ["ATL003", "ATL003", "FIG001"]


def test_no_stuck_process_is_left_behind():
    """Rules that sleep, or swallow every interruption, are abandoned; the process still ends."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_isolation import _lint_in_worker
        print(_lint_in_worker(0.3, stubborn=True))
    """)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "['ATL003', 'ATL003', 'ATL003', 'FIG001']" in proc.stdout
    assert time.monotonic() - started < 30  # the sleeping rule alone would take 120 s


def test_the_rule_thread_lets_go_of_what_its_calls_were_called_on():
    """A batch's calls hold the analyses of a group of files: once it is run, the
    thread that ran it keeps none of them (not until the next batch comes)."""
    import functools
    import weakref

    class Analysis:
        pass

    analysis = Analysis()
    gone = weakref.ref(analysis)
    [outcome] = run_all_with_time_limit([functools.partial(lambda a: [], analysis)], 10)
    assert outcome.value == [] and outcome.error is None
    del analysis
    deadline = time.monotonic() + 5  # the thread lets go right after it signals the batch done
    while gone() is not None and time.monotonic() < deadline:
        time.sleep(0.001)
    assert gone() is None
