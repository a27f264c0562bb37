"""The text format: diagnostic lines, the source with the span underlined, colours, statistics."""
from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pytest

from attrlint.engine import LineIndex, make_diagnostic
from attrlint.formatting import RenderContext
from attrlint.model import Severity, Span
from attrlint_builtin.text import MAX_LINE_WIDTH, MAX_SPAN_LINES, render_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")
ARTICLE = ("Grève dans les transports\n\n"
           "Au moins 300 soldats ont été tués dans les combats.\n\n"
           "Le chômage a reculé à 7,1 % au troisième trimestre.\n")


def diagnostic(source: str, needle: str, code: str = "FIG001", *, path: str = "article.txt",
               severity: Severity = Severity.WARNING, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = source.index(needle, start + 1)
    return make_diagnostic(path, source, LineIndex(source), Span(start, start + len(needle)), code,
                           "unsourced-figure", "Figure with no source", severity, "test")


def render(diagnostics, source: str | None, **options) -> str:
    sources = {} if source is None else {"article.txt": source}
    return render_text(diagnostics, RenderContext(sources=sources, files_checked=1, **options))


def underline(output: str, line: int) -> tuple[str, str]:
    """The shown source line numbered ``line`` and the caret line under it, gutters removed."""
    rows = output.splitlines()
    at = next(i for i, row in enumerate(rows) if re.match(rf"\s*{line} \|", row))
    return rows[at].split("| ", 1)[1], rows[at + 1].split("| ", 1)[1]


def test_plain_lines_sorted_then_summary(lint):
    diagnostics = sorted(lint(ARTICLE), key=lambda d: d.sort_key())
    out = render(diagnostics, ARTICLE).splitlines()
    assert out == [
        "article.txt:3:1: FIG001 Figure with no source: who counted, estimated or published it?",
        "article.txt:5:23: FIG001 Figure with no source: who counted, estimated or published it?",
        "Found 2 problems in 1 file (2 FIG001).",
    ]


def test_show_source_underlines_the_span(lint):
    first = sorted(lint(ARTICLE), key=lambda d: d.sort_key())[0]
    out = render([first], ARTICLE, show_source=True)
    shown, carets = underline(out, 3)
    assert shown == "Au moins 300 soldats ont été tués dans les combats."
    assert carets == "^" * len(first.excerpt) + " FIG001"
    assert out.splitlines()[0].startswith("article.txt:3:1: FIG001")
    assert out.endswith("Found 1 problem in 1 file (1 FIG001).\n")


def test_without_show_source_no_snippet(lint):
    out = render(lint(ARTICLE), ARTICLE)
    assert "^" not in out and "|" not in out


@pytest.mark.parametrize("prefix, caret_column", [
    ("\t", 4),                       # a tab is expanded to the next stop
    ("Kyōto 東京 : ", 13),            # wide characters take two columns
    (unicodedata.normalize("NFD", "Été : "), 6),  # combining accents take none
    ("\ufeff", 0),                   # a byte-order mark takes none
])
def test_underline_lines_up_with_what_the_terminal_shows(prefix, caret_column):
    source = f"Titre\n{prefix}4 000 manifestants ont défilé.\n"
    d = diagnostic(source, "4 000 manifestants")
    shown, carets = underline(render([d], source, show_source=True), 2)
    assert carets.index("^") == caret_column
    assert carets.rstrip(" FIG001") == " " * caret_column + "^" * len("4 000 manifestants")
    assert "\t" not in shown


def test_crlf_line_ending_is_not_shown():
    source = "Titre\r\nAu moins 300 soldats ont été tués.\r\n"
    shown, carets = underline(render([diagnostic(source, "300 soldats")], source, show_source=True), 2)
    assert shown == "Au moins 300 soldats ont été tués."
    assert carets.startswith(" " * 9 + "^" * 11)


def test_span_over_several_lines_underlines_each_line():
    source = "Titre\n« Nous ne céderons pas,\ndit-il encore. »\nFin.\n"
    d = diagnostic(source, "« Nous ne céderons pas,\ndit-il encore. »", "QUO001")
    out = render([d], source, show_source=True)
    assert underline(out, 2) == ("« Nous ne céderons pas,", "^" * len("« Nous ne céderons pas,"))
    assert underline(out, 3) == ("dit-il encore. »", "^" * len("dit-il encore. »") + " QUO001")
    assert "4 |" not in out


def test_a_long_span_shows_its_first_and_last_lines():
    lines = [f"Ligne {i} de la citation." for i in range(12)]
    source = "Titre\n" + "\n".join(lines) + "\n"
    d = diagnostic(source, "\n".join(lines), "QUO001")
    out = render([d], source, show_source=True)
    numbered = [int(m) for m in re.findall(r"^\s*(\d+) \|", out, re.M)]
    assert numbered == list(range(2, MAX_SPAN_LINES)) + [13]
    assert re.search(r"^\.+ \|$", out, re.M), "the lines left out are marked"
    assert underline(out, 13)[1].endswith(" QUO001")


def test_long_line_is_cut_around_the_span():
    paragraph = "Le texte continue sans rien dire. " * 12 + "Il y a 25 % de hausse. " + "Et la suite. " * 12
    source = "Titre\n" + paragraph + "\n"
    d = diagnostic(source, "25 %")
    shown, carets = underline(render([d], source, show_source=True), 2)
    assert len(shown) <= MAX_LINE_WIDTH + 2
    assert shown.startswith("…") and shown.endswith("…")
    at = carets.index("^")
    assert shown[at:at + 4] == "25 %" and carets[at:].startswith("^^^^ ")


def test_empty_span_gets_one_caret():
    source = "Titre\nTexte.\n"
    d = make_diagnostic("article.txt", source, LineIndex(source), Span(0, 0), "ATL200", "unused-suppression",
                        "unused", Severity.WARNING, "attrlint")
    assert underline(render([d], source, show_source=True), 1) == ("Titre", "^ ATL200")


def test_no_snippet_when_the_source_is_not_there():
    source = "Titre\nAu moins 300 soldats.\n"
    out = render([diagnostic(source, "300 soldats")], None, show_source=True)
    assert out.splitlines()[1] == "Found 1 problem in 1 file (1 FIG001)."


def test_colour_only_when_asked(lint):
    diagnostics = lint(ARTICLE)
    plain = render(diagnostics, ARTICLE, show_source=True)
    coloured = render(diagnostics, ARTICLE, show_source=True, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured and ANSI.sub("", coloured) == plain


def test_colour_of_the_code_says_the_severity():
    source = "Titre\nAu moins 300 soldats et 25 % des voix.\n"
    error = diagnostic(source, "300 soldats", severity=Severity.ERROR)
    warning = diagnostic(source, "25 %")
    first, second = render([error, warning], source, color=True).splitlines()[:2]
    code_escape = re.compile(r"(\x1b\[[0-9;]*m)FIG001")
    assert code_escape.search(first).group(1) != code_escape.search(second).group(1)
    assert "\x1b[1marticle.txt\x1b[0m" in first


def test_statistics_count_per_code_most_frequent_first():
    source = "Titre\nAu moins 300 soldats, 25 % des voix et 40 000 euros.\n« Oui.\n"
    diagnostics = [diagnostic(source, "300 soldats"), diagnostic(source, "25 %"), diagnostic(source, "40 000 euros"),
                   make_diagnostic("article.txt", source, LineIndex(source), Span(source.index("«"), source.index("«") + 1),
                                   "QUO002", "unbalanced-quotes", "unclosed", Severity.WARNING, "test")]
    out = render(diagnostics, source, statistics=True).splitlines()
    assert out == ["3\tFIG001\tunsourced-figure", "1\tQUO002\tunbalanced-quotes",
                   "Found 4 problems in 1 file (3 FIG001, 1 QUO002)."]


def test_statistics_with_nothing_found():
    assert render([], "Titre\n", statistics=True) == ""


def test_a_clean_run_is_silent_unless_verbose():
    assert render([], "Titre\n") == ""
    assert render([], "Titre\n", verbose=True) == "All checks passed (1 file checked).\n"


def test_cli_text_output_has_no_colour_when_piped(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "attrlint.cli", "check", "article.txt"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "\x1b[" not in proc.stdout
    assert proc.stdout.splitlines()[0] == ("article.txt:3:1: FIG001 Figure with no source: "
                                           "who counted, estimated or published it?")
