"""Suppression comments and front matter; unused and invalid suppressions (ATL200, ATL201)."""
from __future__ import annotations

import pytest

from cli_run import CONDITIONAL, FIGURE, QUOTE, SOURCED, run_cli, write


def markdown(*blocks: str, front: str = "") -> str:
    head = f"---\n{front.strip()}\n---\n" if front else ""
    return head + "# Titre\n\n" + "\n\n".join(blocks) + "\n"


def lint(tmp_path, text: str, *args: str, name: str = "article.md") -> list[str]:
    """``line:col CODE`` of each problem reported."""
    write(tmp_path, {name: text})
    run = run_cli("check", "--quiet", *args, name, cwd=tmp_path)
    return [f"{line.split(':')[1]}:{line.split(':')[2]} {line.split(': ')[1].split()[0]}" for line in run.lines]


def test_disable_and_enable_a_code(tmp_path):
    text = markdown(FIGURE, "<!-- attrlint-disable FIG001 -->", FIGURE, QUOTE, "<!-- attrlint-enable FIG001 -->",
                    FIGURE)
    assert lint(tmp_path, text) == ["3:1 FIG001", "9:26 QUO001", "13:1 FIG001"]


def test_disable_everything_then_enable_one_code(tmp_path):
    text = markdown("<!-- attrlint-disable -->", FIGURE, QUOTE, "<!-- attrlint-enable QUO001 -->", FIGURE, QUOTE,
                    "<!-- attrlint-enable -->", CONDITIONAL)
    assert lint(tmp_path, text) == ["13:26 QUO001", "17:13 FIG002"]


def test_disable_next_line_is_for_the_next_line_only(tmp_path):
    text = markdown("<!-- attrlint-disable-next-line FIG001 -->\n" + FIGURE, FIGURE)
    assert lint(tmp_path, text) == ["6:1 FIG001"]


def test_selectors_are_codes_prefixes_or_names_with_a_reason(tmp_path):
    text = markdown(f"<!-- attrlint-disable-next-line FIG, unattributed-quote -- chiffres de notre enquête -->\n"
                    f"{FIGURE} {QUOTE} {CONDITIONAL}")
    assert lint(tmp_path, text) == []


def test_a_comment_inside_a_paragraph_applies_from_where_it_stands(tmp_path):
    text = markdown(f"{FIGURE} <!-- attrlint-disable FIG001 --> {FIGURE}")
    assert lint(tmp_path, text) == ["3:1 FIG001"]


def test_html_comments(tmp_path):
    html = (f"<html><body><h1>Titre</h1>\n<p>{FIGURE}</p>\n<!-- attrlint-disable-next-line FIG001 -->\n"
            f"<p>{FIGURE}</p>\n</body></html>\n")
    assert lint(tmp_path, html, name="article.html") == ["2:4 FIG001"]


@pytest.mark.parametrize("front, found", [
    ("attrlint: {ignore: [FIG001, unattributed-quote]}", "10:13 FIG002"),
    ("attrlint:\n  ignore:\n    - FIG001\n    - QUO", "13:13 FIG002"),
])
def test_front_matter_ignores_for_the_whole_file(tmp_path, front, found):
    text = markdown(FIGURE, QUOTE, CONDITIONAL, front=front)
    assert lint(tmp_path, text) == [found]


def test_front_matter_takes_a_single_code(tmp_path):
    assert lint(tmp_path, markdown(FIGURE, CONDITIONAL, front="attrlint: {ignore: FIG002}")) == ["6:1 FIG001"]


# -- unused suppressions ----------------------------------------------------------------

def test_an_unused_suppression_is_reported_where_its_code_is_written(tmp_path):
    text = markdown(SOURCED, "<!-- attrlint-disable-next-line FIG001 QUO001 -->\n" + QUOTE)
    write(tmp_path, {"article.md": text})
    run = run_cli("check", "article.md", cwd=tmp_path)
    assert run.code == 1
    assert run.lines == ["article.md:5:33: ATL200 unused suppression (FIG001): nothing to suppress on line 6",
                         "Found 1 problem in 1 file (1 ATL200)."]


@pytest.mark.parametrize("text, found", [
    (markdown(SOURCED, "<!-- attrlint-disable -->", SOURCED), ["5:1 ATL200"]),
    (markdown("<!-- attrlint-disable-next-line FIG001 -->", FIGURE), ["3:33 ATL200", "5:1 FIG001"]),  # a blank line
    (markdown(FIGURE, front="attrlint: {ignore: [FIG001, QUO001]}"), ["2:29 ATL200"]),
    (markdown(FIGURE, "<!-- attrlint-disable FIG001 -->", FIGURE, front="attrlint: {ignore: [FIG001]}"),
     ["8:23 ATL200"]),  # the front matter suppresses first: the comment is redundant
])
def test_suppressions_that_suppress_nothing(tmp_path, text, found):
    assert lint(tmp_path, text) == found


def test_unused_is_not_reported_for_rules_not_enabled_in_the_file(tmp_path):
    write(tmp_path, {"attrlint.toml": 'ignore = ["QUO001"]\nper-file-ignores = { "brief*" = ["FIG002"] }\n'})
    text = markdown(SOURCED, "<!-- attrlint-disable QUO001 -->", "<!-- attrlint-disable-next-line FIG002 -->", SOURCED)
    assert lint(tmp_path, text, name="brief.md") == []
    assert lint(tmp_path, text, name="news.md") == ["7:33 ATL200"]


def test_unused_suppressions_can_be_ignored_or_given_a_severity(tmp_path):
    text = markdown(SOURCED, "<!-- attrlint-disable FIG001 -->")
    assert lint(tmp_path, text, "--ignore", "ATL200") == []
    assert lint(tmp_path, text, "--select", "FIG") == []
    assert lint(tmp_path, text, "--select", "FIG001,unused-suppression") == ["5:23 ATL200"]
    assert lint(tmp_path, text, "--select", "unused-suppression") == []  # FIG001 is not checked: nothing to say
    write(tmp_path, {"attrlint.toml": 'severity = { ATL200 = "info" }\n'})
    run = run_cli("check", "article.md", cwd=tmp_path)
    assert run.code == 0 and "ATL200" in run.out


# -- invalid suppressions -----------------------------------------------------------------

def test_an_unknown_code_is_reported_and_suppresses_nothing(tmp_path):
    write(tmp_path, {"article.md": markdown("<!-- attrlint-disable-next-line FIG01 -->\n" + FIGURE)})
    run = run_cli("check", "article.md", cwd=tmp_path)
    assert run.lines[:2] == [
        "article.md:3:33: ATL201 invalid suppression: unknown rule code or name 'FIG01' (did you mean 'FIG001'?)",
        "article.md:4:1: FIG001 Figure with no source: who counted, estimated or published it?"]


@pytest.mark.parametrize("text, message", [
    (markdown("<!-- attrlint-disabel FIG001 -->", FIGURE),
     "3:6: ATL201 unknown suppression comment 'attrlint-disabel' (did you mean 'attrlint-disable'?)"),
    (markdown("<!-- attrlint-disable ATL200 -->", FIGURE),
     "3:23: ATL201 invalid suppression: ATL200 (unused-suppression) is not a rule: it cannot be suppressed by a "
     "comment"),
    (markdown(FIGURE, front="attrlint: [FIG001]"),
     "2:1: ATL201 invalid suppression: front matter attrlint must be a map such as {ignore: [FIG001]}"),
    (markdown(FIGURE, front="attrlint: {ignored: [FIG001]}"),
     "2:1: ATL201 invalid suppression: unknown key 'ignored' in front matter attrlint (did you mean 'ignore'?)"),
    (markdown(FIGURE, front="attrlint: {ignore: {FIG001: yes}}"),
     "2:1: ATL201 invalid suppression: front matter attrlint.ignore must be a list of rule codes or names"),
])
def test_invalid_suppressions(tmp_path, text, message):
    write(tmp_path, {"article.md": text})
    assert f"article.md:{message}" in run_cli("check", "article.md", cwd=tmp_path).lines


def test_invalid_suppressions_can_be_ignored(tmp_path):
    text = markdown(FIGURE, "<!-- attrlint-enable FIGX -->")
    assert lint(tmp_path, text) == ["3:1 FIG001", "5:22 ATL201"]
    assert lint(tmp_path, text, "--ignore", "invalid-suppression") == ["3:1 FIG001"]


def test_explain_the_suppression_diagnostics(tmp_path):
    run = run_cli("explain", "ATL200", cwd=tmp_path)
    assert run.code == 0 and run.lines[0] == "ATL200 unused-suppression (warning, attrlint's own)"
    assert run_cli("explain", "invalid-suppression", cwd=tmp_path).lines[0].startswith("ATL201 ")


def test_the_readme_examples(tmp_path):
    from test_config import readme_block

    comments = readme_block("<!-- readme-suppression -->")
    assert lint(tmp_path, "# Titre\n\n" + comments) == []
    assert lint(tmp_path, "# Titre\n\n" + comments.replace("<!-- attrlint-", "<!-- ")) == ["4:1 FIG001", "7:26 QUO001"]
    front = readme_block("<!-- readme-front-matter -->")
    assert lint(tmp_path, front + markdown(FIGURE, QUOTE, CONDITIONAL)) == ["10:13 FIG002"]
