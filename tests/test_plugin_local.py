"""Local plugins named in the configuration, through the command line.

Written against the documented configuration (``[tool.attrlint] plugins``
and ``disable-plugins``); they run once the configuration module exists.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from house_rules import word_rule_plugin

HOUSE_RULES = word_rule_plugin()

ARTICLE = "Le maire démissionne\n\nUne rumeur court depuis lundi dans les couloirs de la mairie.\n"


def newsroom(tmp_path: Path, config: str) -> Path:
    (tmp_path / "house_rules.py").write_text(HOUSE_RULES, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent(config), encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "maire.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def attrlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "attrlint.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_a_local_plugin_file_from_the_configuration_reports(tmp_path):
    root = newsroom(tmp_path, """
        [tool.attrlint]
        plugins = ["house_rules.py"]
    """)
    run = attrlint("check", "articles/maire.txt", cwd=root)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "articles/maire.txt:3:5: HOU001 the word rumeur: say who reports it, or leave it out" in run.stdout


def test_a_local_plugin_is_found_from_an_article_in_a_subfolder(tmp_path):
    root = newsroom(tmp_path, """
        [tool.attrlint]
        plugins = ["house_rules.py"]
    """)
    run = attrlint("check", "maire.txt", cwd=root / "articles")
    assert "maire.txt:3:5: HOU001" in run.stdout, run.stdout + run.stderr


def test_local_plugins_are_listed(tmp_path):
    root = newsroom(tmp_path, """
        [tool.attrlint]
        plugins = ["house_rules.py"]
    """)
    rules = attrlint("rules", cwd=root)
    assert any(line.startswith("HOU001 ") for line in rules.stdout.splitlines()), rules.stdout + rules.stderr
    plugins = attrlint("plugins", cwd=root)
    line = next(line for line in plugins.stdout.splitlines() if line.startswith("house_rules.py "))
    assert f"{root / 'house_rules.py'} (local)" in line and line.endswith("rules HOU001")


def test_a_local_plugin_can_be_disabled(tmp_path):
    root = newsroom(tmp_path, """
        [tool.attrlint]
        plugins = ["house_rules.py"]
        disable-plugins = ["house_rules.py", "builtin-credits"]
    """)
    rules = attrlint("rules", cwd=root)
    assert rules.returncode == 0, rules.stderr
    assert "HOU001" not in rules.stdout and "CRD001" not in rules.stdout and "FIG001" in rules.stdout


def test_a_missing_local_plugin_is_a_configuration_error(tmp_path):
    root = newsroom(tmp_path, """
        [tool.attrlint]
        plugins = ["house_ruels.py"]
    """)
    run = attrlint("check", "articles/maire.txt", cwd=root)
    assert run.returncode == 2
    assert "local plugin 'house_ruels.py': file not found" in run.stderr


BARE_RULE = '''
import attrlint
from attrlint.rules import Rule


class Bare(Rule):
    code = "HSE900"
    name = "bare-rule"
    summary = "a rule with no explanation"
    message = "bare"

    def check(self, doc):
        return iter(())


@attrlint.hookimpl
def attrlint_rules():
    return [Bare]
'''
WORDS_ONLY = '''
import attrlint


@attrlint.hookimpl
def attrlint_lexicon(lexicon):
    lexicon.add_speech_verb("claironner")
'''


def test_explain_of_a_rule_with_no_explanation_prints_no_blank_lines(tmp_path):
    from cli_run import run_cli

    (tmp_path / "bare.py").write_text(BARE_RULE, encoding="utf-8")
    (tmp_path / "attrlint.toml").write_text('plugins = ["bare.py"]\n', encoding="utf-8")
    out = run_cli("explain", "HSE900", cwd=tmp_path).out
    assert "\n\n\n" not in out and out.splitlines()[1].strip() == "a rule with no explanation"


def test_plugins_says_what_a_plugin_adding_words_provides(tmp_path):
    from cli_run import run_cli

    (tmp_path / "words.py").write_text(WORDS_ONLY, encoding="utf-8")
    (tmp_path / "attrlint.toml").write_text('plugins = ["words.py"]\n', encoding="utf-8")
    line = next(line for line in run_cli("plugins", cwd=tmp_path).lines if line.startswith("words.py"))
    assert line.endswith("words of the lexicon") and "nothing" not in line
