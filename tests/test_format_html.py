"""The html format, read as HTML (the browser test, test_html_browser.py, opens it in Chromium)."""
from __future__ import annotations

import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from attrlint_builtin.html_marks import Mark, marked_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "crue-de-la-vezere.txt"
HOSTILE = ("Titre </script><script>window.pwned=1</script>\n\n"
           "Au moins 300 <img src=x onerror=\"window.pwned=2\"> soldats ont été tués & \"blessés\".\n\n"
           "« </style><b>gras</b> » -->\n")


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text of the page's scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def report(run_cli, tmp_path, monkeypatch, files: dict[str, str], *extra: str) -> tuple[str, list[dict]]:
    monkeypatch.chdir(tmp_path)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "rapport.html"
    code, printed = run_cli(["check", "--isolated", "--no-cache", "--select", "ALL", "--format", "html", "-o",
                             str(out), *extra, *files])
    assert printed == "" and code in (0, 1)
    _, listed = run_cli(["check", "--isolated", "--no-cache", "--select", "ALL", "--format", "json", *files])
    return out.read_text(encoding="utf-8"), json.loads(listed)


def test_each_diagnostic_is_one_mark_with_the_spans_of_the_json_output(run_cli, tmp_path, monkeypatch):
    page, diagnostics = report(run_cli, tmp_path, monkeypatch, {"crue.txt": EXAMPLE.read_text(encoding="utf-8")})
    marks = [a for tag, a in parse(page).tags if tag == "mark" and "data-code" in a]
    assert Counter(a["data-code"] for a in marks) == Counter(d["code"] for d in diagnostics)
    assert sorted((a["data-code"], int(a["data-start"]), int(a["data-end"]), a["data-msg"]) for a in marks) == \
        sorted((d["code"], d["start"], d["end"], d["message"]) for d in diagnostics)
    assert all(a["tabindex"] == "0" for a in marks)


def test_the_text_between_the_marks_is_the_article(run_cli, tmp_path, monkeypatch):
    text = EXAMPLE.read_text(encoding="utf-8")
    page, _ = report(run_cli, tmp_path, monkeypatch, {"crue.txt": text})

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.depth, self.found = 0, []

        def handle_starttag(self, tag, attrs):
            if self.depth or ("class", "text") in attrs:
                self.depth += 1

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.found.append(data)

    reader = Text()
    reader.feed(page)
    assert "".join(reader.found) == text


def test_article_text_cannot_inject_markup_or_script(run_cli, tmp_path, monkeypatch):
    page, diagnostics = report(run_cli, tmp_path, monkeypatch, {"hostile.txt": HOSTILE})
    assert diagnostics
    elements = parse(page)
    assert not [a for tag, a in elements.tags if tag in ("img", "b")]
    assert [tag for tag, _ in elements.tags].count("script") == 2  # the report's data and its script
    assert "pwned" not in "".join(elements.scripts)
    assert "default-src 'none'" in page  # the page may fetch nothing


def test_the_sources_panel_lists_the_sources_of_the_article(run_cli, tmp_path, monkeypatch):
    page, _ = report(run_cli, tmp_path, monkeypatch, {"crue.txt": EXAMPLE.read_text(encoding="utf-8")})
    _, listed = run_cli(["sources", "--isolated", "--format", "json", "crue.txt"])
    names = [s["name"] for s in json.loads(listed)[0]["sources"]]
    assert "la préfecture de la Dordogne" in names and "AFP" in names
    panel = parse(page).tags
    sources = [a["data-src"] for tag, a in panel if tag == "li" and a.get("class", "").startswith("src ")]
    assert len(sources) == len(names)
    cited = {a["data-src"] for tag, a in panel if a.get("class") == "cue"}
    assert cited <= set(sources)


def test_only_articles_with_problems_unless_all_are_asked_for(run_cli, tmp_path, monkeypatch):
    files = {"crue.txt": EXAMPLE.read_text(encoding="utf-8"),
             "propre.txt": "Titre\n\nSelon la mairie, 30 arbres seront plantés.\n"}
    page, _ = report(run_cli, tmp_path, monkeypatch, files)
    assert [a["data-path"] for t, a in parse(page).tags if t == "section" and "data-path" in a] == ["crue.txt"]
    page, _ = report(run_cli, tmp_path, monkeypatch, files, "--all-articles")
    assert [a["data-path"] for t, a in parse(page).tags if t == "section" and "data-path" in a] == \
        ["crue.txt", "propre.txt"]


def test_a_file_that_cannot_be_read_is_shown_with_its_error(run_cli, tmp_path, monkeypatch):
    (tmp_path / "binaire.txt").write_bytes(b"\x00\x01" * 40)
    page, diagnostics = report(run_cli, tmp_path, monkeypatch, {"crue.txt": EXAMPLE.read_text(encoding="utf-8")})
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "r2.html"
    code, _ = run_cli(["check", "--isolated", "--no-cache", "--format", "html", "-o", str(out),
                       "binaire.txt", "crue.txt"])
    assert code == 2
    marks = [a for tag, a in parse(out.read_text(encoding="utf-8")).tags if tag == "mark" and "data-code" in a]
    assert "ATL100" in {a["data-code"] for a in marks}


def test_the_report_is_never_written_over_a_linted_file(run_cli, tmp_path, monkeypatch, capsys):
    from attrlint.cli import main

    monkeypatch.chdir(tmp_path)
    article = tmp_path / "crue.txt"
    article.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", "--isolated", "--format", "html", "-o", "./crue.txt", "."]) == 2
    assert "crue.txt" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def _mark(start: int, end: int, layer: int, name: str) -> Mark:
    return Mark(start, end, layer, "mark" if layer == 0 else "span", name, name, {"data-x": name})


def test_overlapping_marks_nest_as_fragments_of_one_mark():
    page = marked_text("abcdefgh", [_mark(0, 4, 0, "d"), _mark(2, 6, 2, "b"), _mark(5, 5, 0, "z")])
    assert page == ('<mark id="d" class="d" data-x="d">ab'
                    '<span id="b" class="b" data-x="b">cd</span></mark>'
                    '<span class="b cont" data-mark="b">e<mark id="z" class="z" data-x="z"></mark>'
                    'f</span>gh')


def test_equal_spans_nest_by_layer_and_text_is_escaped():
    page = marked_text("<a&b>", [_mark(0, 5, 3, "cue"), _mark(0, 5, 0, "d")])
    assert page.startswith('<mark id="d"') and "&lt;a&amp;b&gt;" in page and page.endswith("</span></mark>")


@pytest.mark.parametrize("code", ['X"1', "Y</style>"])
def test_rule_codes_are_escaped_in_the_styles(code):
    from attrlint_builtin.html import _css_string

    assert '"' not in _css_string(code) and "<" not in _css_string(code)


def test_the_report_speaks_the_language_of_the_run(run_cli, tmp_path, monkeypatch):
    page, diagnostics = report(run_cli, tmp_path, monkeypatch, {"crue.txt": EXAMPLE.read_text(encoding="utf-8")},
                               "--language", "fr")
    assert '<html lang="fr">' in page
    assert f"{len(diagnostics)} problèmes dans 1 fichier" in page and "Problèmes par règle" in page
    assert '<span class="kind">institution, nommée</span>' in page
    data = json.loads(page.split('id="report-data">')[1].split("</script>")[0])
    assert data["rules"]["FIG001"]["summary"].startswith("un chiffre")
    assert data["words"]["figure"] == "Source de ce chiffre\u00a0:"
    marks = {a["data-code"]: a["data-msg"] for tag, a in parse(page).tags if tag == "mark" and "data-code" in a}
    assert set(marks) == {d["code"] for d in diagnostics}
    assert marks["FIG001"].startswith("Chiffre sans source")  # the diagnostics of the run, in its language


@given(st.text(alphabet="ab<&\n«»", max_size=30),
       st.lists(st.tuples(st.integers(0, 35), st.integers(0, 35), st.integers(0, 3)), max_size=8))
def test_any_marks_give_one_element_each_well_nested_around_the_text(text, spans):
    marks = [_mark(min(a, b), max(a, b), layer, f"m{i}") for i, (a, b, layer) in enumerate(spans)]
    page = marked_text(text, marks)

    class Check(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.open, self.ids, self.text = [], [], []

        def handle_starttag(self, tag, attrs):
            self.open.append(tag)
            self.ids += [value for name, value in attrs if name == "id"]

        def handle_endtag(self, tag):
            assert self.open.pop() == tag

        def handle_data(self, data):
            self.text.append(data)

    check = Check()
    check.feed(page)
    assert check.open == [] and "".join(check.text) == text
    assert sorted(check.ids) == sorted(m.id for m in marks)
