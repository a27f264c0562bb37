"""The sarif format: valid SARIF 2.1.0 with the rules' metadata, run through the command line."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from attrlint.engine import RULE_ERROR, UNUSED_SUPPRESSION, LineIndex, make_diagnostic
from attrlint.formatting import RenderContext
from attrlint.model import Severity, Span
from attrlint_builtin.sarif import render_sarif
from conftest import ROOT

jsonschema = pytest.importorskip("jsonschema")

# The schema OASIS publishes, kept beside the tests with its notice (tests/data/sarif/NOTICE.md).
SCHEMA = ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"

FAULTY = ("Grève dans les transports\n\n"
          "Au moins 300 soldats ont été tués dans les combats.\n\n"
          "« Nous ne céderons jamais. »\n")


def validate(log: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator_class(schema, format_checker=validator_class.FORMAT_CHECKER).validate(log)


def attrlint(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "attrlint.cli", "check", *args], cwd=cwd,
                          capture_output=True, text=True)


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "grève.txt").write_text(FAULTY, encoding="utf-8")
    (tmp_path / "articles" / "propre.md").write_text("# Titre\n\nLe maire a démissionné.\n", encoding="utf-8")
    (tmp_path / "articles" / "binaire.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return tmp_path


def test_the_schema_is_the_published_one_with_its_notice():
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() == SCHEMA_SHA256
    notice = (SCHEMA.parent / "NOTICE.md").read_text(encoding="utf-8")
    assert SCHEMA_SHA256 in notice and "Copyright © OASIS Open" in notice
    assert json.loads(SCHEMA.read_text(encoding="utf-8"))["id"].startswith("https://docs.oasis-open.org/sarif/")


def test_an_invalid_log_fails_validation():
    with pytest.raises(jsonschema.ValidationError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})


def test_cli_sarif_validates_against_the_schema(newsroom):
    proc = attrlint(newsroom, "--format", "sarif", "articles")
    assert proc.returncode == 2, proc.stderr  # the Latin-1 file could not be read
    validate(json.loads(proc.stdout))


def test_results_point_at_the_same_places_as_json(newsroom):
    sarif = json.loads(attrlint(newsroom, "--format", "sarif", "articles").stdout)
    plain = [d for d in json.loads(attrlint(newsroom, "--format", "json", "articles").stdout)
             if not d["code"].startswith("ATL")]
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == [d["code"] for d in plain]
    for result, d in zip(results, plain):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "articles/gr%C3%A8ve.txt"
        assert location["region"] == {
            "startLine": d["line"], "startColumn": d["column"], "endLine": d["end_line"],
            "endColumn": d["end_column"], "charOffset": d["start"], "charLength": d["end"] - d["start"],
            "snippet": {"text": d["excerpt"]},
        }
        assert result["message"]["text"] == d["message"]
        assert result["level"] == {"info": "note", "warning": "warning", "error": "error"}[d["severity"]]
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_every_rule_is_described(newsroom, registry):
    driver = json.loads(attrlint(newsroom, "--format", "sarif", "articles").stdout)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "attrlint"
    from attrlint import __version__
    assert driver["version"] == __version__
    described = {rule["id"]: rule for rule in driver["rules"]}
    assert set(registry.rules) <= set(described)
    fig = described["FIG001"]
    assert fig["name"] == "unsourced-figure"
    assert fig["shortDescription"]["text"] == registry.rules["FIG001"].rule.summary
    assert "attribution cue" in fig["fullDescription"]["text"]
    assert "Au moins 300 soldats ont été tués dans les combats, selon l'état-major." in fig["help"]["text"]
    assert fig["defaultConfiguration"] == {"level": "warning", "enabled": True}
    assert described["SRC001"]["defaultConfiguration"] == {"level": "note", "enabled": False}


def test_a_file_not_checked_is_a_failed_invocation_not_a_result(newsroom):
    run = json.loads(attrlint(newsroom, "--format", "sarif", "articles").stdout)["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notice] = invocation["toolExecutionNotifications"]
    assert notice["descriptor"]["id"] == "ATL100" and notice["level"] == "error"
    assert "binaire.txt" in notice["message"]["text"]
    assert notice["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "articles/binaire.txt"
    descriptor = run["tool"]["driver"]["notifications"][notice["descriptor"]["index"]]
    assert descriptor["id"] == "ATL100" and descriptor["name"] == "read-error"
    assert all(not r["ruleId"].startswith("ATL") for r in run["results"])


def test_clean_run_is_valid_and_successful(newsroom):
    proc = attrlint(newsroom, "--format", "sarif", "articles/propre.md")
    assert proc.returncode == 0
    log = json.loads(proc.stdout)
    validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_internal_diagnostics_get_their_own_descriptors(registry):
    source = "Titre\n<!-- attrlint-disable QUO001 -->\nTexte.\n"
    index = LineIndex(source)
    unused = make_diagnostic("a.md", source, index, Span(6, 38), UNUSED_SUPPRESSION, "unused-suppression",
                             "QUO001 is disabled here but reports nothing", Severity.WARNING, "attrlint")
    crash = make_diagnostic("a.md", source, index, Span(0, 0), RULE_ERROR, "plugin-error",
                            "rule HOU001 (house) of plugin house crashed on this file: KeyError: 'x'",
                            Severity.ERROR, "house")
    log = json.loads(render_sarif([unused, crash], RenderContext(rules=registry.rules, sources={"a.md": source},
                                                                version="1.2.3")))
    validate(log)
    run = log["runs"][0]
    [result] = run["results"]
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == "ATL200" and rule["name"] == "unused-suppression"
    assert rule["shortDescription"]["text"]
    assert run["invocations"][0]["toolExecutionNotifications"][0]["descriptor"]["id"] == "ATL001"


def test_fingerprints_let_viewers_follow_a_result(newsroom):
    first = json.loads(attrlint(newsroom, "--format", "sarif", "articles").stdout)["runs"][0]["results"]
    article = newsroom / "articles" / "grève.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("\n\n", "\n\nUn paragraphe ajouté.\n\n", 1),
                       encoding="utf-8")
    second = json.loads(attrlint(newsroom, "--format", "sarif", "articles").stdout)["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in first] == [r["partialFingerprints"] for r in second]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in second] == \
        [r["locations"][0]["physicalLocation"]["region"]["startLine"] + 2 for r in first]


def test_uris_are_relative_inside_the_project_and_file_uris_outside(tmp_path, monkeypatch):
    from attrlint_builtin.sarif import relative_uri

    monkeypatch.chdir(tmp_path)
    assert relative_uri(str(tmp_path / "dossiers" / "été 2024.md")) == "dossiers/%C3%A9t%C3%A9%202024.md"
    assert relative_uri("dossiers/a.md") == "dossiers/a.md"
    outside = tmp_path.parent / "ailleurs.md"
    assert relative_uri(str(outside)) == outside.as_uri()
