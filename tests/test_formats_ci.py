"""The CI formats: GitHub workflow annotations and the GitLab Code Quality report."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from attrlint.engine import LineIndex, make_diagnostic
from attrlint.formatting import RenderContext
from attrlint.model import Severity, Span
from attrlint_builtin.github import escape_property, render_github
from attrlint_builtin.gitlab import render_gitlab
from conftest import ROOT

ARTICLE = ("Grève dans les transports\n\n"
           "Au moins 300 soldats ont été tués dans les combats.\n\n"
           "Le chômage a reculé à 7,1 % au troisième trimestre.\n\n"
           "La veille, au moins 300 soldats ont été tués dans les combats.\n")


def attrlint(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "attrlint.cli", "check", *args], cwd=cwd,
                          capture_output=True, text=True)


def at(source: str, needle: str, *, severity: Severity = Severity.WARNING, path: str = "a.txt",
       message: str = "Figure with no source", code: str = "FIG001"):
    start = source.index(needle)
    return make_diagnostic(path, source, LineIndex(source), Span(start, start + len(needle)), code,
                           "unsourced-figure", message, severity, "test")


# -- github ---------------------------------------------------------------------------------------

def test_cli_github_annotations(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "greve.txt").write_text(ARTICLE, encoding="utf-8")
    proc = attrlint(tmp_path, "--format", "github", "articles")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[0] == ("::warning file=articles/greve.txt,line=3,col=1,endLine=3,endColumn=21,title=FIG001"
                        "::Figure with no source: who counted, estimated or published it?")
    assert len(lines) == 3 and all(line.startswith("::warning file=articles/greve.txt,") for line in lines)


def test_github_command_follows_the_severity():
    source = "Titre\nAu moins 300 soldats, 25 % des voix et 40 000 euros.\n"
    out = render_github([at(source, "300 soldats", severity=Severity.ERROR), at(source, "25 %"),
                         at(source, "40 000 euros", severity=Severity.INFO)], RenderContext())
    assert [line.split(" ", 1)[0] for line in out.splitlines()] == ["::error", "::warning", "::notice"]


def test_github_escapes_properties_and_message():
    source = "Titre\nAu moins 300 soldats.\n"
    d = at(source, "300 soldats", path="dossiers/grève, 50%: bilan.txt", message="100 % faux\r\nseconde ligne: oui, non")
    [line] = render_github([d], RenderContext()).splitlines()
    assert line == ("::warning file=dossiers/grève%2C 50%25%3A bilan.txt,line=2,col=10,endLine=2,endColumn=21,"
                    "title=FIG001::100 %25 faux%0D%0Aseconde ligne: oui, non")


def test_absolute_paths_are_reported_relative_to_the_project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = "Titre\nAu moins 300 soldats.\n"
    inside = at(source, "300 soldats", path=str(tmp_path / "articles" / "a.txt"))
    outside = at(source, "300 soldats", path=str(tmp_path.parent / "ailleurs.txt"))
    out = render_github([inside, outside], RenderContext())
    assert "file=articles/a.txt," in out
    assert f"file={escape_property((tmp_path.parent / 'ailleurs.txt').as_posix())}," in out
    report = json.loads(render_gitlab([inside], RenderContext(sources={inside.path: source})))
    assert report[0]["location"]["path"] == "articles/a.txt"


def test_github_with_nothing_found_is_empty():
    assert render_github([], RenderContext(files_checked=3)) == ""


# -- gitlab ---------------------------------------------------------------------------------------

def gitlab_report(cwd: Path, *paths: str) -> list[dict]:
    proc = attrlint(cwd, "--format", "gitlab", *paths)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "greve.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles" / "copie.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_cli_gitlab_report_fields(newsroom):
    report = gitlab_report(newsroom, "articles")
    assert len(report) == 6
    first = next(issue for issue in report if issue["location"]["path"] == "articles/greve.txt")
    assert first == {
        "type": "issue",
        "description": "FIG001 Figure with no source: who counted, estimated or published it?",
        "check_name": "FIG001",
        "fingerprint": first["fingerprint"],
        "severity": "major",
        "location": {"path": "articles/greve.txt", "lines": {"begin": 3, "end": 3}},
    }
    assert len({issue["fingerprint"] for issue in report}) == len(report), "fingerprints are unique"


def test_gitlab_fingerprints_are_stable_across_runs(newsroom):
    first = gitlab_report(newsroom, "articles")
    second = gitlab_report(newsroom, "articles")
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]


def test_gitlab_fingerprint_survives_a_paragraph_inserted_above(newsroom):
    before = {i["fingerprint"]: i for i in gitlab_report(newsroom, "articles/greve.txt")}
    article = newsroom / "articles" / "greve.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("\n\n", "\n\nLe trafic reprend doucement ce lundi matin.\n\n", 1),
                       encoding="utf-8")
    after = {i["fingerprint"]: i for i in gitlab_report(newsroom, "articles/greve.txt")}
    assert set(after) == set(before)
    for fingerprint, issue in after.items():
        assert issue["location"]["lines"]["begin"] == before[fingerprint]["location"]["lines"]["begin"] + 2


def test_gitlab_fingerprint_changes_when_the_reported_text_changes(newsroom):
    before = {i["fingerprint"] for i in gitlab_report(newsroom, "articles/greve.txt")}
    article = newsroom / "articles" / "greve.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("7,1 %", "7,4 %"), encoding="utf-8")
    after = {i["fingerprint"] for i in gitlab_report(newsroom, "articles/greve.txt")}
    assert len(before & after) == 2 and len(after - before) == 1


def test_gitlab_fingerprints_tell_identical_paragraphs_apart():
    source = "Titre\n\nAu moins 300 soldats ont été tués.\n\nAu moins 300 soldats ont été tués.\n"
    first = at(source, "300 soldats")
    second_start = source.rindex("300 soldats")
    second = make_diagnostic("a.txt", source, LineIndex(source), Span(second_start, second_start + 11), "FIG001",
                             "unsourced-figure", "Figure with no source", Severity.WARNING, "test")
    report = json.loads(render_gitlab([first, second], RenderContext(sources={"a.txt": source})))
    assert report[0]["fingerprint"] != report[1]["fingerprint"]


def test_gitlab_severities():
    source = "Titre\nAu moins 300 soldats, 25 % des voix et 40 000 euros.\n"
    report = json.loads(render_gitlab([at(source, "300 soldats", severity=Severity.ERROR), at(source, "25 %"),
                                       at(source, "40 000 euros", severity=Severity.INFO)],
                                      RenderContext(sources={"a.txt": source})))
    assert [i["severity"] for i in report] == ["critical", "major", "info"]


def test_gitlab_with_nothing_found_is_an_empty_array(newsroom):
    (newsroom / "propre.md").write_text("# Titre\n\nLe maire a démissionné.\n", encoding="utf-8")
    assert gitlab_report(newsroom, "propre.md") == []


# -- the README's CI recipes ---------------------------------------------------------------------

def readme_yaml_blocks() -> list[dict]:
    yaml = pytest.importorskip("yaml")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", readme, re.S)]


def check_options(command: str) -> dict[str, str]:
    """``attrlint check`` options of a shell command line, as ``{"--format": "github", …}``."""
    words = shlex.split(command)
    words = words[words.index("check") + 1:]
    return {w: words[i + 1] for i, w in enumerate(words[:-1]) if w.startswith("--") and not words[i + 1].startswith("-")}


def test_readme_github_workflow_uses_real_formats_and_uploads_its_report(registry):
    [workflow] = [b for b in readme_yaml_blocks() if "jobs" in b]
    steps = workflow["jobs"]["attrlint"]["steps"]
    commands = [check_options(s["run"]) for s in steps if "attrlint check" in s.get("run", "")]
    assert [c["--format"] for c in commands] == ["github", "sarif"]
    assert all(c["--format"] in registry.formats for c in commands)
    [upload] = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    assert upload["with"]["sarif_file"] == commands[1]["--output-file"]
    assert workflow["jobs"]["attrlint"]["permissions"]["security-events"] == "write"


def test_readme_gitlab_job_reports_code_quality(registry):
    [job] = [b["attrlint"] for b in readme_yaml_blocks() if "attrlint" in b and "script" in b["attrlint"]]
    [command] = [check_options(line) for line in job["script"] if "attrlint check" in line]
    assert command["--format"] == "gitlab" and "gitlab" in registry.formats
    assert job["artifacts"]["reports"]["codequality"] == command["--output-file"]
    assert job["artifacts"]["when"] == "always"


def test_readme_lists_every_builtin_format(registry):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    builtin = {name for p in registry.plugins if p.name == "builtin-formats" for name in p.formats}
    assert builtin == {"text", "json", "sarif", "github", "gitlab", "html"}
    for name in builtin:
        assert f"| `{name}` |" in readme, name
