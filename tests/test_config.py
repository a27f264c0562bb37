"""Configuration files: discovery, every key, and the errors that name the key and the file."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli_run import CONDITIONAL, FIGURE, QUOTE, SOURCED, VAGUE, article, run_cli, write
from test_plugin_local import HOUSE_RULES

MIXED = article(FIGURE, QUOTE, CONDITIONAL)


# -- discovery -------------------------------------------------------------------------

def test_pyproject_tool_attrlint_is_found_from_the_file_upwards(tmp_path):
    write(tmp_path, {"pyproject.toml": '[tool.attrlint]\nselect = ["FIG001"]\n', "a/b/article.txt": MIXED})
    assert run_cli("check", "a/b/article.txt", cwd=tmp_path).codes() == ["FIG001"]
    # from anywhere: the configuration belongs to the file, not to the current folder
    assert run_cli("check", "article.txt", cwd=tmp_path / "a" / "b").codes() == ["FIG001"]


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    write(tmp_path, {"attrlint.toml": 'select = ["QUO"]\n', "site/pyproject.toml": '[project]\nname = "site"\n',
                     "site/article.txt": MIXED})
    assert run_cli("check", "site/article.txt", cwd=tmp_path).codes() == ["QUO001"]


@pytest.mark.parametrize("name", ["attrlint.toml", ".attrlint.toml"])
def test_attrlint_toml_takes_its_keys_at_the_top_level(tmp_path, name):
    write(tmp_path, {name: 'select = ["FIG002"]\n', "article.txt": MIXED})
    assert run_cli("check", cwd=tmp_path).codes() == ["FIG002"]


def test_in_one_folder_dot_attrlint_toml_comes_first_then_attrlint_toml_then_pyproject(tmp_path):
    write(tmp_path, {".attrlint.toml": 'select = ["FIG002"]\n', "attrlint.toml": 'select = ["QUO"]\n',
                     "pyproject.toml": '[tool.attrlint]\nselect = ["FIG001"]\n', "article.txt": MIXED})
    assert run_cli("check", cwd=tmp_path).codes() == ["FIG002"]
    (tmp_path / ".attrlint.toml").unlink()
    assert run_cli("check", cwd=tmp_path).codes() == ["QUO001"]
    (tmp_path / "attrlint.toml").unlink()
    assert run_cli("check", cwd=tmp_path).codes() == ["FIG001"]


def test_the_nearest_configuration_wins_whole(tmp_path):
    write(tmp_path, {"attrlint.toml": 'select = ["FIG001"]\n', "top.txt": MIXED,
                     "desk/attrlint.toml": 'ignore = ["FIG002"]\n', "desk/inner.txt": MIXED})
    run = run_cli("check", cwd=tmp_path)
    # desk/ has its own configuration: the top one's select does not reach it (no merging)
    assert [line.split(": ")[0:2] for line in run.lines[:-1]] == [
        [os.path.join("desk", "inner.txt") + ":3:1", "FIG001 Figure with no source"],
        [os.path.join("desk", "inner.txt") + ":5:26", "QUO001 Quotation with no speaker"],
        ["top.txt:3:1", "FIG001 Figure with no source"]]


def test_config_option_applies_one_file_to_everything(tmp_path):
    write(tmp_path, {"attrlint.toml": 'select = ["FIG001"]\n', "desk/attrlint.toml": 'select = ["FIG002"]\n',
                     "desk/a.txt": MIXED, "shared/house.toml": 'select = ["QUO"]\n'})
    assert run_cli("check", "desk/a.txt", "--config", "shared/house.toml", cwd=tmp_path).codes() == ["QUO001"]


def test_config_option_reads_the_table_of_a_pyproject(tmp_path):
    write(tmp_path, {"conf/pyproject.toml": '[tool.attrlint]\nselect = ["FIG002"]\n', "a.txt": MIXED,
                     "conf/empty/pyproject.toml": '[project]\nname = "x"\n'})
    assert run_cli("check", "--config", "conf/pyproject.toml", cwd=tmp_path).codes() == ["FIG002"]
    run = run_cli("check", "--config", os.path.join("conf", "empty", "pyproject.toml"), cwd=tmp_path)
    assert run.code == 2
    assert run.err == f"attrlint: {os.path.join('conf', 'empty', 'pyproject.toml')}: no [tool.attrlint] table " \
                      f"in this pyproject.toml\n"
    missing = run_cli("check", "--config", "nope.toml", cwd=tmp_path)
    assert missing.code == 2 and missing.err == "attrlint: nope.toml: no such configuration file\n"


def test_isolated_ignores_every_configuration(tmp_path):
    write(tmp_path, {"attrlint.toml": 'select = ["FIG002"]\nbogus = 1\n', "a.txt": MIXED})
    assert run_cli("check", cwd=tmp_path).code == 2
    assert run_cli("check", "--isolated", cwd=tmp_path).codes() == ["FIG001", "QUO001", "FIG002"]
    assert run_cli("check", "--isolated", "--config", "attrlint.toml", cwd=tmp_path).code == 2  # one or the other


def test_rules_and_plugins_commands_read_the_configuration(tmp_path):
    write(tmp_path, {"attrlint.toml": 'disable-plugins = ["builtin-quotes"]\n'})
    rules = run_cli("rules", cwd=tmp_path)
    assert "FIG001" in rules.out and "QUO001" not in rules.out
    assert "QUO001" in run_cli("rules", "--isolated", cwd=tmp_path).out
    assert "builtin-quotes" not in run_cli("plugins", cwd=tmp_path).out
    assert run_cli("explain", "QUO001", cwd=tmp_path).code == 2
    write(tmp_path, {"other.toml": "select = []\n"})
    assert run_cli("explain", "QUO001", "--config", "other.toml", cwd=tmp_path).code == 0


# -- the keys ------------------------------------------------------------------------

@pytest.mark.parametrize("config, codes", [
    ('select = ["FIG"]', ["FIG001", "FIG002"]),
    ('select = ["unsourced-figure", "QUO001"]', ["FIG001", "QUO001"]),
    ('ignore = ["QUO001"]', ["FIG001", "FIG002"]),
    ('extend-select = ["SRC"]', ["FIG001", "QUO001", "FIG002", "SRC001"]),
    ('select = ["ALL"]\nignore = ["F"]', ["QUO001", "SRC001"]),
    ('select = []', []),
])
def test_select_ignore_extend_select(tmp_path, config, codes):
    write(tmp_path, {"attrlint.toml": config + "\n", "a.txt": article(FIGURE, QUOTE, CONDITIONAL, VAGUE)})
    assert run_cli("check", cwd=tmp_path).codes() == codes


def test_command_line_selection_goes_over_the_configuration(tmp_path):
    write(tmp_path, {"attrlint.toml": 'select = ["FIG001"]\nignore = ["QUO"]\n', "a.txt": MIXED})
    # --select starts over, the configuration's ignores still apply unless a selector is more specific
    assert run_cli("check", "--select", "ALL", cwd=tmp_path).codes() == ["FIG001", "FIG002"]
    assert run_cli("check", "--select", "QUO001", cwd=tmp_path).codes() == ["QUO001"]
    assert run_cli("check", "--extend-select", "FIG002", cwd=tmp_path).codes() == ["FIG001", "FIG002"]
    assert run_cli("check", "--ignore", "FIG001", cwd=tmp_path).codes() == []


def test_per_file_ignores(tmp_path):
    write(tmp_path, {"pyproject.toml": """
        [tool.attrlint.per-file-ignores]
        "interviews/*" = ["QUO"]
        "brief-*.txt" = ["unsourced-figure", "FIG002"]
        """, "interviews/maire.txt": MIXED, "brief-lundi.txt": MIXED, "news/brief-mardi.txt": MIXED,
        "news/main.txt": MIXED})
    run = run_cli("check", "--quiet", cwd=tmp_path)
    assert sorted(":".join(line.split(":")[:2]) + " " + line.split(": ")[1].split()[0] for line in run.lines) == [
        "brief-lundi.txt:5 QUO001",
        os.path.join("interviews", "maire.txt") + ":3 FIG001",
        os.path.join("interviews", "maire.txt") + ":7 FIG002",
        os.path.join("news", "brief-mardi.txt") + ":5 QUO001",  # a name pattern matches at any depth
        os.path.join("news", "main.txt") + ":3 FIG001",
        os.path.join("news", "main.txt") + ":5 QUO001",
        os.path.join("news", "main.txt") + ":7 FIG002"]


def test_per_file_ignores_are_relative_to_the_configuration(tmp_path):
    write(tmp_path, {"site/attrlint.toml": 'per-file-ignores = { "interviews/*" = ["QUO001"] }\n',
                     "site/interviews/a.txt": article(QUOTE), "site/news/interviews/b.txt": article(QUOTE)})
    assert run_cli("check", "--quiet", "interviews", cwd=tmp_path / "site").out == ""
    assert run_cli("check", "--quiet", "site", cwd=tmp_path).codes() == ["QUO001"]  # news/interviews/b.txt
    write(tmp_path, {"site/attrlint.toml": 'per-file-ignores = { "**/interviews/*" = ["QUO001"] }\n'})
    assert run_cli("check", "--quiet", "site", cwd=tmp_path).out == ""


def test_include_and_exclude(tmp_path):
    write(tmp_path, {"attrlint.toml": 'include = ["*.txt", "*.article"]\nexclude = ["drafts", "archives/*.txt"]\n',
                     "a.txt": article(FIGURE), "b.md": article(FIGURE), "c.article": article(FIGURE),
                     "drafts/d.txt": article(FIGURE), "archives/e.txt": article(FIGURE),
                     "archives/f.article": article(FIGURE), "sub/archives/g.txt": article(FIGURE)})
    run = run_cli("check", "--quiet", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in run.lines) == [
        "a.txt", os.path.join("archives", "f.article"), "c.article", os.path.join("sub", "archives", "g.txt")]
    # named files are excluded too, by their folder as well as their name
    run = run_cli("check", "--quiet", "drafts/d.txt", "archives/e.txt", "b.md", "a.txt", cwd=tmp_path)
    assert [line.split(":")[0] for line in run.lines] == ["a.txt", "b.md"]  # include is for walked folders
    # the command line goes over the configuration
    run = run_cli("check", "--quiet", "--include", "*.md", cwd=tmp_path)
    assert [line.split(":")[0] for line in run.lines] == ["b.md"]


def test_severity(tmp_path):
    write(tmp_path, {"attrlint.toml": 'severity = { FIG = "error", FIG002 = "info", SRC001 = "warning" }\n'
                                      'extend-select = ["SRC001"]\n',
                     "a.txt": article(FIGURE, CONDITIONAL, VAGUE)})
    run = run_cli("check", "--format", "json", cwd=tmp_path)
    assert [(d["code"], d["severity"]) for d in json.loads(run.out)] == [
        ("FIG001", "error"), ("FIG002", "info"), ("SRC001", "warning")]


def test_fail_on(tmp_path):
    write(tmp_path, {"attrlint.toml": 'fail-on = "error"\n', "a.txt": article(FIGURE)})
    assert run_cli("check", cwd=tmp_path).code == 0
    assert run_cli("check", "--fail-on", "warning", cwd=tmp_path).code == 1


def test_fail_on_is_each_files_own(tmp_path):
    write(tmp_path, {"lenient/attrlint.toml": 'fail-on = "error"\n', "lenient/a.txt": article(FIGURE),
                     "strict/attrlint.toml": 'fail-on = "warning"\n', "strict/a.txt": article(SOURCED)})
    assert run_cli("check", cwd=tmp_path).code == 0
    write(tmp_path, {"strict/a.txt": article(FIGURE)})
    assert run_cli("check", cwd=tmp_path).code == 1


@pytest.mark.parametrize("text, table", [
    ("Le maire claironne que 300 soldats ont été tués.", 'speech-verbs = ["claironner"]'),
    ("Pour le bedeau, au moins 300 soldats ont été tués.", 'source-nouns = ["bedeau"]'),
    ("Pour la maison d'arrêt, au moins 300 détenus ont été transférés.", 'source-nouns = ["maison d\'arrêt"]'),
    ("Dans une infolettre, au moins 300 soldats sont morts.", 'channels = ["infolettre"]'),
])
def test_lexicon_additions(tmp_path, text, table):
    write(tmp_path, {"a.txt": article(text)})
    assert run_cli("check", cwd=tmp_path).codes() == ["FIG001"]
    write(tmp_path, {"pyproject.toml": f"[tool.attrlint.lexicon]\n{table}\n"})
    assert run_cli("check", cwd=tmp_path).codes() == []


def test_agencies_wire_state_and_which_require_credit(tmp_path):
    write(tmp_path, {"vienne.txt": article("VIENNE (APA) - Au moins 300 soldats ont été tués, a dit la police."),
                     "kiev.txt": article("Au moins 300 soldats ont été tués, a indiqué Ukrinform."),
                     "seoul.txt": article("Au moins 300 soldats ont été tués, a indiqué Yonhap."),
                     "londres.txt": article("Au moins 300 soldats ont été tués, a indiqué Reuters.")})
    assert run_cli("check", "--quiet", cwd=tmp_path).lines == [
        "londres.txt:3:46: CRD002 Wire agency reporting with no credit line for Reuters"]
    write(tmp_path, {"attrlint.toml": """
        [agencies]
        wire = { APA = ["APA", "Austria Presse Agentur"] }
        state = { Ukrinform = ["Ukrinform"] }
        extend-require-credit = ["ukrinform", "Yonhap"]
    """})
    assert [line.split(":")[0] for line in run_cli("check", "--quiet", cwd=tmp_path).lines] == [
        "kiev.txt", "londres.txt", "seoul.txt", "vienne.txt"]
    write(tmp_path, {"attrlint.toml": '[agencies]\nrequire-credit = ["AFP"]\n'})
    assert run_cli("check", "--quiet", cwd=tmp_path).lines == []


@pytest.mark.parametrize("key", ["FIG001", "unsourced-figure"])
def test_rule_options_by_code_or_name(tmp_path, key):
    write(tmp_path, {"a.txt": article(SOURCED, title="Au moins 500 soldats tués dans la nuit")})
    assert run_cli("check", cwd=tmp_path).codes() == []
    write(tmp_path, {"pyproject.toml": f"[tool.attrlint.rules.{key}]\ncheck-titles = true\n"})
    assert run_cli("check", cwd=tmp_path).codes() == ["FIG001"]


def test_plugins_are_per_configuration(tmp_path):
    rumour = article("Une rumeur court depuis lundi.")
    write(tmp_path, {"desk/house.py": HOUSE_RULES, "desk/attrlint.toml": 'plugins = ["house.py"]\n',
                     "desk/a.txt": rumour, "other/a.txt": rumour})
    run = run_cli("check", "--quiet", cwd=tmp_path)
    assert run.lines == [
        f"{os.path.join('desk', 'a.txt')}:3:5: HOU001 the word rumeur: say who reports it, or leave it out"]
    # a configuration may name the plugin's rules; --select with them is checked against the current folder's plugins
    write(tmp_path, {"desk/attrlint.toml": 'plugins = ["house.py"]\nselect = ["no-rumour"]\n'})
    assert run_cli("check", "--quiet", "--select", "HOU001", cwd=tmp_path / "desk").codes() == ["HOU001"]
    assert run_cli("check", "--select", "HOU001", cwd=tmp_path).code == 2


def test_disable_plugins(tmp_path):
    write(tmp_path, {"attrlint.toml": 'disable-plugins = ["builtin-figures"]\n', "a.txt": MIXED})
    assert run_cli("check", cwd=tmp_path).codes() == ["QUO001"]


def test_disabling_the_builtin_readers_leaves_files_read_as_plain_text(tmp_path):
    write(tmp_path, {"attrlint.toml": 'disable-plugins = ["builtin-readers"]\n', "a.txt": MIXED})
    assert run_cli("check", cwd=tmp_path).codes() == ["FIG001", "QUO001", "FIG002"]


# -- errors name the file and the key ----------------------------------------------------

@pytest.mark.parametrize("config, message", [
    ('selct = ["FIG"]', "unknown key 'tool.attrlint.selct' (did you mean 'select'?)"),
    ('select = "FIG001"', "tool.attrlint.select must be a list of strings, not a string"),
    ('ignore = ["FIG001", 2]', "tool.attrlint.ignore must be a list of strings, not a list holding an integer"),
    ('select = ["FIG01"]', "tool.attrlint.select: unknown rule code or name 'FIG01' (did you mean 'FIG001'?)"),
    ('extend-select = ["vague-sources"]',
     "tool.attrlint.extend-select: unknown rule code or name 'vague-sources' (did you mean 'vague-source'?)"),
    ('ignore = ["ATL001"]', "tool.attrlint.ignore: ATL001 (plugin-error) is attrlint's own diagnostic"),
    ('per-file-ignores = { "a/*" = ["QOU001"] }',
     "tool.attrlint.per-file-ignores.a/*: unknown rule code or name 'QOU001' (did you mean 'QUO001'?)"),
    ('per-file-ignores = ["a/*"]', "tool.attrlint.per-file-ignores must be a table, not a list"),
    ('include = "*.md"', "tool.attrlint.include must be a list of strings, not a string"),
    ('exclude = [1]', "tool.attrlint.exclude must be a list of strings, not a list holding an integer"),
    ('severity = { FIG001 = "errror" }',
     "tool.attrlint.severity.FIG001 must be one of info, warning, error, not 'errror' (did you mean 'error'?)"),
    ('severity = { FIG009 = "error" }', "tool.attrlint.severity: unknown rule code or name 'FIG009'"),
    ('fail-on = "warn"', "tool.attrlint.fail-on must be one of info, warning, error, not 'warn' (did you mean "
                         "'warning'?)"),
    ('fail-on = 2', "tool.attrlint.fail-on must be one of info, warning, error, not an integer"),
    ('plugins = "house.py"', "tool.attrlint.plugins must be a list of strings, not a string"),
    ('plugins = ["house_rulez.py"]', "local plugin 'house_rulez.py': file not found"),
    ('disable-plugins = ["builtin-figure"]', "cannot disable 'builtin-figure': no plugin of that name"),
    ('[tool.attrlint.lexicon]\nspeech-verb = ["claironner"]',
     "unknown key 'tool.attrlint.lexicon.speech-verb' (did you mean 'speech-verbs'?)"),
    ('[tool.attrlint.lexicon]\nspeech-verbs = ["maudire"]',
     "tool.attrlint.lexicon.speech-verbs: cannot conjugate 'maudire': only regular -er and -ir verbs"),
    ('[tool.attrlint.lexicon]\nchannels = "infolettre"',
     "tool.attrlint.lexicon.channels must be a list of strings, not a string"),
    ('[tool.attrlint.agencies]\nrequire-credit = ["Reuter"]',
     "tool.attrlint.agencies.require-credit: unknown agency 'Reuter' (did you mean 'Reuters'?)"),
    ('[tool.attrlint.agencies]\nwire = ["APA"]', "tool.attrlint.agencies.wire must be a table, not a list"),
    ('[tool.attrlint.agencies]\nwire-agencies = { APA = ["APA"] }',
     "unknown key 'tool.attrlint.agencies.wire-agencies' (did you mean 'wire'?)"),
    ('[tool.attrlint.rules.FIG011]\ncheck-titles = true', "tool.attrlint.rules.FIG011: unknown rule (did you mean "
                                                          "'FIG001'?)"),
    ('[tool.attrlint.rules.FIG001]\ncheck-title = true',
     "tool.attrlint.rules.FIG001.check-title: rule FIG001 (unsourced-figure) has no option 'check-title' "
     "(options: check-titles) (did you mean 'check-titles'?)"),
    ('[tool.attrlint.rules.FIG001]\ncheck-titles = "yes"',
     "tool.attrlint.rules.FIG001: rule FIG001 (unsourced-figure): check-titles must be of type bool, not str"),
    ('rules = { FIG001 = true }', "tool.attrlint.rules.FIG001 must be a table, not a boolean"),
    ('select = [', "not valid TOML"),
])
def test_configuration_errors_name_the_file_and_the_key(tmp_path, config, message):
    if not config.startswith("["):
        config = "[tool.attrlint]\n" + config
    write(tmp_path, {"pyproject.toml": config + "\n", "a.txt": MIXED})
    run = run_cli("check", cwd=tmp_path)
    assert run.code == 2 and run.out == ""
    assert run.err.startswith("attrlint: pyproject.toml: "), run.err
    assert message in run.err


def test_an_attrlint_toml_with_a_tool_table_says_where_keys_go(tmp_path):
    write(tmp_path, {"attrlint.toml": '[tool.attrlint]\nselect = ["FIG"]\n', "a.txt": MIXED})
    run = run_cli("check", cwd=tmp_path)
    assert run.code == 2
    assert run.err == ("attrlint: attrlint.toml: unknown key 'tool' (attrlint.toml takes the keys at the top level, "
                       "with no [tool.attrlint] table)\n")


def test_an_error_in_a_configuration_outside_the_current_folder_is_named_by_its_path(tmp_path):
    write(tmp_path, {"attrlint.toml": "selekt = []\n", "a.txt": MIXED, "work/.keep": ""})
    run = run_cli("check", str(tmp_path / "a.txt"), cwd=tmp_path / "work")
    assert run.code == 2 and run.err == f"attrlint: {tmp_path / 'attrlint.toml'}: unknown key 'selekt' " \
                                        f"(did you mean 'select'?)\n"


# -- the README's example ------------------------------------------------------------------

def readme_block(marker: str) -> str:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    after = readme.split(marker, 1)[1]
    return after.split("```", 2)[1].split("\n", 1)[1]


def test_the_readme_configuration_is_valid_and_applies(tmp_path):
    write(tmp_path, {"pyproject.toml": readme_block("<!-- readme-config -->"),
                     "interviews/maire.md": article(FIGURE, QUOTE, VAGUE),
                     "breves-lundi.md": article(FIGURE, QUOTE),
                     "drafts/brouillon.md": article(FIGURE),
                     "une.md": article(SOURCED, title="Au moins 500 soldats tués dans la nuit"),
                     "infolettre.txt": article("Dans une infolettre, au moins 300 soldats sont morts.")})
    run = run_cli("check", "--format", "json", cwd=tmp_path)
    assert run.code == 1, run.err
    found = [(d["path"], d["code"], d["severity"]) for d in json.loads(run.out)]
    assert found == [("breves-lundi.md", "QUO001", "warning"),
                     (os.path.join("interviews", "maire.md"), "FIG001", "error"),
                     (os.path.join("interviews", "maire.md"), "SRC001", "info"),
                     ("une.md", "FIG001", "error")]


# -- file size -------------------------------------------------------------------------

def test_max_file_size_from_the_configuration_and_the_command_line(tmp_path):
    long_article = article(FIGURE, *["Le conseil municipal a siégé toute la journée."] * 60)
    write(tmp_path, {"attrlint.toml": 'max-file-size = "2kB"\n', "court.txt": article(FIGURE),
                     "long.txt": long_article})
    result = run_cli("check", ".", cwd=tmp_path)
    assert result.code == 2 and result.codes() == ["FIG001", "ATL100"]
    assert "above the maximum file size of 2 kB" in result.out
    assert run_cli("check", "--max-file-size", "1MB", ".", cwd=tmp_path).codes() == ["FIG001", "FIG001"]


@pytest.mark.parametrize("value", ['"2 lb"', '"-3kB"', "0", "true"])
def test_a_max_file_size_that_is_not_a_size_is_an_error(tmp_path, value):
    write(tmp_path, {"attrlint.toml": f"max-file-size = {value}\n", "a.txt": article(FIGURE)})
    result = run_cli("check", ".", cwd=tmp_path)
    assert result.code == 2 and "max-file-size" in result.err


@pytest.mark.parametrize("text, size", [("20MB", 20_000_000), ("500kB", 500_000), ("2 GB", 2_000_000_000),
                                        ("1MiB", 1_048_576), ("4096", 4096)])
def test_sizes_are_in_decimal_units_as_pip_and_ruff_count(text, size):
    from attrlint.config import parse_size

    assert parse_size(text) == size


def test_the_limit_is_said_in_the_units_it_is_given_in(tmp_path):
    write(tmp_path, {"a.txt": article(FIGURE) + "x" * 3000})
    result = run_cli("check", "--max-file-size", "2kB", "a.txt", cwd=tmp_path)
    assert "maximum file size of 2 kB" in result.out + result.err


def test_a_headline_quotation_is_checked_only_with_check_titles(tmp_path):
    write(tmp_path, {"a.txt": article(SOURCED, title="« Nous ne lâcherons rien sur les salaires, jamais, quoi qu'il arrive »")})
    assert run_cli("check", "--select", "QUO001", cwd=tmp_path).codes() == []
    write(tmp_path, {"pyproject.toml": "[tool.attrlint.rules.QUO001]\ncheck-titles = true\n"})
    assert run_cli("check", "--select", "QUO001", cwd=tmp_path).codes() == ["QUO001"]
