"""The `attrlint check` command line: files, selection, output, exit status."""
from __future__ import annotations

import json
import os
import pty
import select
import stat
import subprocess
import sys

import pytest

from attrlint import __version__
from cli_run import CONDITIONAL, FIGURE, QUOTE, SOURCED, VAGUE, article, run_cli, run_process, write


def paths_reported(result) -> list[str]:
    return sorted({line.split(":", 1)[0] for line in result.lines if ": " in line and not line.startswith("Found")})


# -- files ---------------------------------------------------------------------------

def test_check_walks_the_current_folder_by_default(tmp_path):
    write(tmp_path, {name: article(FIGURE) for name in (
        "a.md", "b.markdown", "c.txt", "sub/e.md", "notes.rst", ".cache/f.md", ".git/g.md", "sub/.h/i.txt")})
    write(tmp_path, {"d.html": f"<html><body><h1>Titre</h1><p>{FIGURE}</p></body></html>\n"})
    run = run_cli("check", cwd=tmp_path)
    assert run.code == 1
    assert paths_reported(run) == ["a.md", "b.markdown", "c.txt", "d.html", os.path.join("sub", "e.md")]


def test_a_file_named_on_the_command_line_is_linted_whatever_its_suffix(tmp_path):
    write(tmp_path, {"notes.rst": article(FIGURE)})
    run = run_cli("check", "notes.rst", cwd=tmp_path)
    assert run.lines[0] == "notes.rst:3:1: FIG001 Figure with no source: who counted, estimated or published it?"


def test_a_file_given_twice_is_linted_once(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE)})
    run = run_cli("check", "a.txt", ".", cwd=tmp_path)
    assert run.codes() == ["FIG001"] and run.lines[-1] == "Found 1 problem in 1 file (1 FIG001)."


def test_include_and_exclude_on_the_command_line(tmp_path):
    write(tmp_path, {"a.md": article(FIGURE), "b.txt": article(FIGURE), "drafts/c.txt": article(FIGURE),
                     "d.article": article(FIGURE)})
    assert paths_reported(run_cli("check", "--include", "*.txt", cwd=tmp_path)) == [
        "b.txt", os.path.join("drafts", "c.txt")]
    assert paths_reported(run_cli("check", "--include", "*.txt,*.article", "--exclude", "drafts", cwd=tmp_path)) == [
        "b.txt", "d.article"]
    assert paths_reported(run_cli("check", "--exclude", "*.md", "--exclude", "drafts/*", cwd=tmp_path)) == ["b.txt"]
    # an excluded file is skipped even when named, as pre-commit names every file
    assert run_cli("check", "a.md", "--exclude", "*.md", cwd=tmp_path).code == 0


def test_standard_input_is_read_as_the_file_it_is_named_after(tmp_path):
    text = f"# Titre\n\n<!-- attrlint-disable-next-line QUO001 -->\n{QUOTE}\n\n{FIGURE}\n".encode()
    run = run_cli("check", "-", "--stdin-filename", "articles/guerre.md", cwd=tmp_path, stdin=text)
    # read as Markdown (the comment suppresses), reported under its name
    assert run.lines == [
        "articles/guerre.md:6:1: FIG001 Figure with no source: who counted, estimated or published it?",
        "Found 1 problem in 1 file (1 FIG001)."]
    alone = run_cli("check", "--stdin-filename", "guerre.md", cwd=tmp_path, stdin=text)
    assert alone.codes() == ["FIG001"]
    unnamed = run_cli("check", "-", cwd=tmp_path, stdin=article(FIGURE).encode())
    assert unnamed.lines[0].startswith("-:3:1: FIG001")


def test_the_configuration_of_the_stdin_filename_applies(tmp_path):
    write(tmp_path, {"pyproject.toml": """
        [tool.attrlint]
        per-file-ignores = { "interviews/*" = ["QUO001"] }
    """})
    text = article(FIGURE, QUOTE).encode()
    assert run_cli("check", "-", "--stdin-filename", "interviews/a.txt", cwd=tmp_path, stdin=text).codes() == ["FIG001"]
    assert run_cli("check", "-", "--stdin-filename", "news/a.txt", cwd=tmp_path, stdin=text).codes() == [
        "FIG001", "QUO001"]


def test_nothing_to_check_is_said_and_passes(tmp_path):
    run = run_cli("check", cwd=tmp_path)
    assert run.code == 0 and run.out == ""
    assert "no files to check in ." in run.err


# -- selection -------------------------------------------------------------------------

@pytest.fixture
def mixed(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE, QUOTE, CONDITIONAL, VAGUE)})
    return tmp_path


@pytest.mark.parametrize("args, codes", [
    ((), ["FIG001", "QUO001", "FIG002"]),
    (("--select", "FIG002"), ["FIG002"]),
    (("--select", "FIG"), ["FIG001", "FIG002"]),
    (("--select", "unsourced-figure,QUO001"), ["FIG001", "QUO001"]),
    (("--select", "unsourced-figure", "--select", "quo001"), ["FIG001", "QUO001"]),
    (("--select", "ALL"), ["FIG001", "QUO001", "FIG002", "SRC001"]),
    (("--ignore", "QUO"), ["FIG001", "FIG002"]),
    (("--ignore", "unsourced-conditional"), ["FIG001", "QUO001"]),
    (("--extend-select", "SRC001"), ["FIG001", "QUO001", "FIG002", "SRC001"]),
    (("--select", "FIG", "--ignore", "FIG002"), ["FIG001"]),
    (("--select", "FIG002", "--ignore", "FIG"), ["FIG002"]),  # the more specific selector wins
    (("--select", "ALL", "--ignore", "F"), ["QUO001", "SRC001"]),
])
def test_select_ignore_and_extend_select(mixed, args, codes):
    assert run_cli("check", *args, cwd=mixed).codes() == codes


@pytest.mark.parametrize("args, message", [
    (("--select", "FIG01"), "--select: unknown rule code or name 'FIG01' (did you mean 'FIG001'?)"),
    (("--ignore", "unsourced-figures"), "--ignore: unknown rule code or name 'unsourced-figures' "
                                        "(did you mean 'unsourced-figure'?)"),
    (("--extend-select", "XYZ"), "--extend-select: unknown rule code or name 'XYZ'"),
    (("--ignore", "ATL100"), "--ignore: ATL100 (read-error) is attrlint's own diagnostic"),
])
def test_an_unknown_selector_is_a_usage_error(mixed, args, message):
    run = run_cli("check", *args, cwd=mixed)
    assert run.code == 2 and run.out == ""
    assert f"attrlint: {message}" in run.err


# -- output ----------------------------------------------------------------------------

def test_the_summary_line_counts_problems_files_and_codes(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE, QUOTE), "b.txt": article(FIGURE), "c.txt": article(SOURCED)})
    run = run_cli("check", cwd=tmp_path)
    # QUO001 reports at info severity: the summary counts the severities when they differ.
    assert run.lines[-1] == "Found 3 problems in 2 files (2 FIG001, 1 QUO001): 2 warnings, 1 info."
    only_warnings = run_cli("check", "b.txt", cwd=tmp_path)
    assert only_warnings.lines[-1] == "Found 1 problem in 1 file (1 FIG001)."


def test_the_summary_line_counts_errors_first(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE, QUOTE), "attrlint.toml": 'severity = { FIG001 = "error" }\n'})
    run = run_cli("check", "a.txt", cwd=tmp_path)
    assert run.lines[-1] == "Found 2 problems in 1 file (1 FIG001, 1 QUO001): 1 error, 1 info."


def test_json_format(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE)})
    run = run_cli("check", "--format", "json", cwd=tmp_path)
    [diag] = json.loads(run.out)
    assert (diag["path"], diag["line"], diag["column"], diag["code"], diag["excerpt"]) == (
        "a.txt", 3, 1, "FIG001", "Au moins 300 soldats")


def test_an_unknown_format_is_a_usage_error(tmp_path):
    run = run_cli("check", "--format", "jsno", cwd=tmp_path)
    assert run.code == 2 and "attrlint: unknown format 'jsno' (known: " in run.err and "json" in run.err


def test_output_file_receives_the_report(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE)})
    run = run_cli("check", "--output-file", "report.json", "--format", "json", cwd=tmp_path)
    assert run.code == 1 and run.out == ""
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))[0]["code"] == "FIG001"
    # no temporary file left (the cache of results is a folder of its own)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".attrlint_cache") == ["a.txt", "report.json"]


def test_output_file_replaces_a_report_and_keeps_its_permissions(tmp_path):
    write(tmp_path, {"a.txt": article(SOURCED), "report.txt": "an old report\n"})
    (tmp_path / "report.txt").chmod(0o640)
    assert run_cli("check", "a.txt", "-o", "report.txt", cwd=tmp_path).code == 0
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == ""
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o640


def test_output_file_in_a_missing_folder_is_an_error(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE)})
    run = run_cli("check", "-o", "missing/report.txt", cwd=tmp_path)
    assert run.code == 2 and "attrlint: cannot write the report to missing/report.txt" in run.err
    assert not (tmp_path / "missing").exists()


PROBE = '''
import json
import attrlint


def render(diagnostics, ctx):
    return json.dumps({"show_source": ctx.show_source, "statistics": ctx.statistics, "color": ctx.color,
                       "quiet": ctx.quiet, "files": ctx.files_checked}) + "\\n"


@attrlint.hookimpl
def attrlint_formats():
    return {"probe": render}
'''


@pytest.fixture
def probe(tmp_path):
    """A folder whose configuration adds a format showing what the renderer is asked for."""
    write(tmp_path, {"probe.py": PROBE, "attrlint.toml": 'plugins = ["probe.py"]\n', "a.txt": article(FIGURE)})
    return tmp_path


def asked(probe, *args, env=None) -> dict:
    return json.loads(run_cli("check", "--format", "probe", *args, cwd=probe, env=env).out)


def test_show_source_statistics_and_quiet_reach_the_format(probe):
    assert asked(probe) == {"show_source": False, "statistics": False, "color": False, "quiet": False, "files": 1}
    assert asked(probe, "--show-source", "--statistics", "--quiet") == {
        "show_source": True, "statistics": True, "color": False, "quiet": True, "files": 1}


@pytest.mark.parametrize("choice, env, color", [
    ("auto", {"NO_COLOR": None, "FORCE_COLOR": None}, False),  # not a terminal
    ("auto", {"NO_COLOR": None, "FORCE_COLOR": "1"}, True),
    ("auto", {"NO_COLOR": None, "FORCE_COLOR": "0"}, False),
    ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
    ("always", {"NO_COLOR": "1"}, True),
    ("never", {"FORCE_COLOR": "1", "NO_COLOR": None}, False),
])
def test_color_choice_and_environment(probe, choice, env, color):
    assert asked(probe, "--color", choice, env=env)["color"] is color


def test_color_auto_on_a_terminal_unless_no_color(probe):
    for env, color in (({}, True), ({"NO_COLOR": "1"}, False)):
        controller, terminal = pty.openpty()
        try:
            env = {**{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}, **env}
            subprocess.run([sys.executable, "-m", "attrlint.cli", "check", "--format", "probe"], cwd=probe,
                           stdout=terminal, stderr=subprocess.DEVNULL, env=env, check=False)
            shown = os.read(controller, 4096).decode()
        finally:
            os.close(controller)
            os.close(terminal)
        assert json.loads(shown)["color"] is color


def test_quiet_prints_the_problems_only(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE), "b.txt": article(SOURCED)})
    run = run_cli("check", "--quiet", cwd=tmp_path)
    assert run.code == 1 and run.lines == [
        "a.txt:3:1: FIG001 Figure with no source: who counted, estimated or published it?"]
    assert run_cli("check", "-q", "b.txt", cwd=tmp_path).out == ""


def test_verbose_names_the_configuration_used(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE), "sub/attrlint.toml": 'ignore = ["FIG"]\n', "sub/b.txt": article(FIGURE)})
    run = run_cli("check", "--verbose", cwd=tmp_path)
    assert "attrlint: configuration: none found, defaults" in run.err
    assert f"attrlint: configuration: {os.path.join('sub', 'attrlint.toml')}" in run.err
    assert run.codes() == ["FIG001"]


def test_version():
    run = run_cli("--version", cwd=os.getcwd())
    assert run.code == 0 and run.out == f"attrlint {__version__}\n"


# -- exit status ---------------------------------------------------------------------

def test_exit_codes(tmp_path):
    write(tmp_path, {"clean.txt": article(SOURCED), "faulty.txt": article(FIGURE)})
    assert run_cli("check", "clean.txt", cwd=tmp_path).code == 0
    assert run_cli("check", "faulty.txt", cwd=tmp_path).code == 1
    missing = run_cli("check", "clean.txt", "absent.txt", cwd=tmp_path)
    assert missing.code == 2
    assert "absent.txt:1:1: ATL100 cannot read absent.txt: no such file or directory" in missing.out
    assert run_cli("check", "--bogus", cwd=tmp_path).code == 2


def test_exit_zero(tmp_path):
    write(tmp_path, {"faulty.txt": article(FIGURE)})
    run = run_cli("check", "--exit-zero", cwd=tmp_path)
    assert run.code == 0 and run.codes() == ["FIG001"]
    # an article that could not be read is still an error
    assert run_cli("check", "--exit-zero", "absent.txt", cwd=tmp_path).code == 2


def test_fail_on(tmp_path):
    write(tmp_path, {"quote.txt": article(SOURCED, QUOTE), "figure.txt": article(FIGURE),
                     "attrlint.toml": 'severity = { QUO001 = "info", FIG001 = "error" }\n'})
    assert run_cli("check", "quote.txt", cwd=tmp_path).code == 0  # info is below the default, warning
    assert run_cli("check", "quote.txt", "--fail-on", "info", cwd=tmp_path).code == 1
    assert run_cli("check", "figure.txt", "--fail-on", "error", cwd=tmp_path).code == 1
    assert run_cli("check", "figure.txt", "--fail-on", "error", "--isolated", cwd=tmp_path).code == 0
    assert run_cli("check", "--fail-on", "fatal", cwd=tmp_path).code == 2


# -- the progress bar ------------------------------------------------------------------

def stderr_on_a_terminal(tmp_path, *args) -> str:
    controller, terminal = pty.openpty()
    try:
        proc = run_process("check", *args, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=terminal)
        chunks = []
        while select.select([controller], [], [], 0.2)[0]:
            chunks.append(os.read(controller, 65536))
    finally:
        os.close(controller)
        os.close(terminal)
    assert proc.returncode == 1
    return b"".join(chunks).decode()


def test_a_progress_bar_on_a_terminal_for_many_files(tmp_path):
    write(tmp_path, {f"a{i:02}.txt": article(FIGURE) for i in range(25)})
    shown = stderr_on_a_terminal(tmp_path)
    assert "[" in shown and "/25 files" in shown
    assert shown.endswith("\r")  # erased once done
    assert stderr_on_a_terminal(tmp_path, "--quiet") == ""


def test_no_progress_bar_for_few_files_or_off_a_terminal(tmp_path):
    write(tmp_path, {f"a{i:02}.txt": article(FIGURE) for i in range(25)})
    assert run_process("check", cwd=tmp_path).stderr == b""
    for path in list(tmp_path.iterdir())[5:]:
        path.unlink()
    assert stderr_on_a_terminal(tmp_path) == ""


@pytest.mark.parametrize("args, config", [(("--select", ""), None), ((), "select = []\n")])
def test_selecting_no_rule_is_an_error_not_a_success(tmp_path, args, config):
    write(tmp_path, {"a.txt": article(FIGURE), **({"attrlint.toml": config} if config else {})})
    result = run_cli("check", *args, cwd=tmp_path)
    assert result.code == 2
    assert "no rule is selected" in result.err and "All checks passed" not in result.out


def test_an_unattributed_quotation_is_an_info_that_fails_the_run_only_when_a_newsroom_asks(tmp_path):
    write(tmp_path, {"quote.txt": article(SOURCED, QUOTE)})
    result = run_cli("check", "quote.txt", "--format", "json", cwd=tmp_path)
    assert result.code == 0
    assert [(d["code"], d["severity"]) for d in json.loads(result.out)] == [("QUO001", "info")]
    (tmp_path / "attrlint.toml").write_text('severity = { QUO001 = "warning" }\n', encoding="utf-8")
    assert run_cli("check", "quote.txt", cwd=tmp_path).code == 1


def test_a_run_whose_problems_are_below_the_failing_severity_says_why_it_passes(tmp_path):
    write(tmp_path, {"quote.txt": article(SOURCED, QUOTE), "attrlint.toml": 'severity = { QUO001 = "info" }\n'})
    result = run_cli("check", "quote.txt", cwd=tmp_path)
    assert result.code == 0 and "Found 1 problem" in result.out
    assert "failing severity (warning" in result.err
