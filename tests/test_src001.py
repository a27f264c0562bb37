"""SRC001 vague-source, the example plugin: what it reports, what it leaves alone, how it is switched on."""
from __future__ import annotations

import fnmatch
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from attrlint.model import Severity
from attrlint.plugins import build_registry
from attrlint.rules import OptionError
from attrlint.testing import RuleTester, load_cases

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PLUGIN_DIR = ROOT / "plugins" / "attrlint-vague-source"
CASES = PLUGIN_DIR / "tests" / "vague_source.yml"


@pytest.fixture(scope="module")
def plugin():
    """The plugin module: installed (the README installs it), or straight from the checkout."""
    try:
        return importlib.import_module("attrlint_vague_source")
    except ImportError:
        sys.path.append(str(PLUGIN_DIR))
        return importlib.import_module("attrlint_vague_source")


@pytest.fixture(scope="module")
def src001(plugin):
    return RuleTester(plugin)


@pytest.mark.parametrize("case", load_cases(CASES), ids=str)
def test_case(case, plugin):
    case.check(plugin)


@pytest.mark.parametrize("marked", [
    "D'après [[des sources concordantes]], l'accord sera signé lundi.",
    "Selon [[plusieurs observateurs]], le scrutin sera serré.",
    "Selon [[de nombreux analystes]], la banque centrale baissera ses taux.",
    "[[Certains observateurs]] estiment que le scrutin sera serré.",
    "[[Des sources proches du dossier]] ont indiqué que l'accord serait signé lundi.",
    "Selon [[un proche]], le chanteur se repose.",
])
def test_vague_sources_are_reported(src001, marked):
    diagnostics = src001.assert_flags(marked)
    assert all(d.severity is Severity.INFO and d.message.startswith("Vague source « ") for d in diagnostics)


@pytest.mark.parametrize("text", [
    "Selon l'Insee, le chômage a reculé au troisième trimestre.",
    "Le chômage a reculé, a annoncé la ministre du Travail, Catherine Vautrin.",
    "« Le chômage recule », a-t-elle déclaré.",
    "Selon nos informations, le chômage a reculé.",
    "Toujours selon ces sources, l'accord serait signé lundi.",
    "Le chômage a reculé, selon les chiffres publiés mardi par l'Insee.",
])
def test_named_sources_are_not_reported(src001, text):
    src001.assert_flags(text)


def test_the_message_quotes_the_source(src001):
    [diagnostic] = src001.lint("Titre\n\nSelon des sources concordantes, il partira.")
    assert diagnostic.message == "Vague source « des sources concordantes »: say who it is, or why it cannot be named"
    [described] = src001.lint("Titre\n\nSelon une source policière, il partira.", options={"report-described": True})
    assert described.message.startswith("Unnamed source « une source policière »")


def test_it_is_info_and_off_by_default(plugin):
    registry = build_registry(plugins=[plugin])
    rule = registry.rules["SRC001"].rule
    assert rule.severity is Severity.INFO and not rule.enabled_by_default and rule.name == "vague-source"
    from attrlint.api import lint_string

    text = "Titre\n\nSelon des sources, 300 soldats ont été tués, a indiqué l'état-major."
    assert "SRC001" not in [d.code for d in lint_string(text, registry=registry)]
    assert [d.code for d in lint_string(text, registry=registry, select=["SRC001"])] == ["SRC001"]


def test_its_options_are_validated(plugin):
    registry = build_registry(plugins=[plugin])
    rule = registry.rules["SRC001"].rule
    with pytest.raises(OptionError, match="extra-nouns must be a list of str"):
        rule(extra_nouns=[1])
    with pytest.raises(OptionError, match="has no option 'report_vague'"):
        rule(report_vague=True)


def test_its_word_lists_are_data_shipped_with_the_package(plugin):
    data = Path(plugin.__file__).parent / "vague_sources.toml"
    assert data.is_file()
    from attrlint_vague_source.rule import Vocabulary

    words = Vocabulary.load()
    assert "sources" in words.nouns and "certains" in words.determiners and ("sûre",) in words.qualifiers
    assert ("proche", "du", "dossier") in words.qualifiers


def test_it_reads_the_analysed_document_only(plugin):
    """No regular expressions over the article: the rule reads cues and tokens."""
    source = (Path(plugin.__file__).parent / "rule.py").read_text(encoding="utf-8")
    assert "import re\n" not in source and "import regex" not in source
    assert "doc.source" not in source and "doc.prose" not in source


def test_it_is_a_package_registered_under_the_entry_point_group():
    project = tomllib.loads((PLUGIN_DIR / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["attrlint"] == {"vague-source": "attrlint_vague_source"}
    patterns = project["tool"]["setuptools"]["package-data"]["attrlint_vague_source"]
    assert any(fnmatch.fnmatch("vague_sources.toml", p) for p in patterns)


def test_select_src001_on_the_command_line(plugin, tmp_path):
    if build_registry().plugin("vague-source") is None:
        pytest.skip("the vague-source plugin is not installed (pip install ./plugins/attrlint-vague-source)")
    article = tmp_path / "article.txt"
    article.write_text("Démission au ministère\n\nDe source sûre, le ministre va démissionner.\n", encoding="utf-8")
    plain = subprocess.run([sys.executable, "-m", "attrlint.cli", "check", str(article)], capture_output=True,
                           text=True)
    assert plain.returncode == 0 and "SRC001" not in plain.stdout
    selected = subprocess.run([sys.executable, "-m", "attrlint.cli", "check", "--select", "SRC001", str(article)],
                              capture_output=True, text=True)
    assert f"{article}:3:1: SRC001 Vague source « De source sûre »" in selected.stdout
    assert selected.returncode == 0  # info does not fail the run


def test_the_seed_has_no_vague_source(plugin):
    seed = (ROOT / "seeds" / "nk-troops-russia.fr.txt").read_text(encoding="utf-8")
    assert RuleTester(plugin).lint(seed) == []
