"""Properties of linting any text (Hypothesis): it never raises, positions
lie inside the text, results are deterministic, the file, standard input
and the Python API agree, and an unrelated paragraph changes nothing beyond
the few sentences around it that a reading of scope looks across, where it
can only take a source away."""
from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrlint.api import lint_string
from attrlint.cli import main
from attrlint.decoding import DecodeError, decode

# Pieces that exercise the readers and the analysis: quotation marks,
# numbers and separators, abbreviations, cues, markup, odd characters.
PIECES = [
    "«", "»", " « ", " » ", "“", "”", '"', "„", "‹", "›", ".", ",", ":", ";", "!", "?", "…", "M.", "Mme",
    "300", "10 000", "10\u00a0000", "7,1\u202f%", "2019-2020", "1er", "12 h 30", "3 €", "millions de",
    "selon l'AFP", "a déclaré", "a-t-il dit", "aurait été tué", "serait", "Photo :", "© Reuters", "Avec AFP",
    "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u202f", "\ufeff", "e\u0301", "🙂", "👩‍👩‍👧", "(", ")", "[", "](",
    "<!--", "-->", "<p>", "</p>", "&nbsp;", "#", "> ", "- ", "*", "_", "`", "```", "---", "<img src=x>", "—",
    " soldats", " ont été tués", "Le maire", " les ", " de ", "Je ", "nous",
]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map("".join),
)
paths = st.sampled_from(["article.txt", "article.md", "article.html"])
INTERNAL = {"ATL001", "ATL002", "ATL003"}
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _facts(diags) -> list[tuple]:
    return [(d.code, d.span.start, d.span.end, d.line, d.column, d.end_line, d.end_column, d.message, d.excerpt)
            for d in diags]


@QUICK
@given(text=texts, path=paths)
def test_any_text_lints_without_error_and_positions_lie_inside(registry, text, path):
    diags = lint_string(text, path, registry=registry)
    for d in diags:
        assert d.code not in INTERNAL and "internal error" not in d.message, d.message
        assert 0 <= d.span.start <= d.span.end <= len(text)
        assert d.excerpt == text[d.span.start:d.span.end]
        assert 1 <= d.line <= text.count("\n") + 1 and d.column >= 1
        assert (d.line, d.column) <= (d.end_line, d.end_column)


@QUICK
@given(text=texts, path=paths)
def test_linting_is_deterministic(registry, text, path):
    assert _facts(lint_string(text, path, registry=registry)) == _facts(lint_string(text, path, registry=registry))


def _cli(args: list[str], stdin: bytes = b"") -> list[tuple]:
    out = io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with contextlib.redirect_stdout(out):
            main(args)
    finally:
        sys.stdin = saved
    return [(d["code"], d["start"], d["end"], d["line"], d["column"], d["end_line"], d["end_column"], d["message"],
             d["excerpt"]) for d in json.loads(out.getvalue())]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, name=paths)
def test_file_stdin_and_api_agree(registry, text, name):
    data = text.encode("utf-8", errors="surrogatepass")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        from_file = _cli(["check", str(path), "--format", "json"])
        from_stdin = _cli(["check", "-", "--stdin-filename", str(path), "--format", "json"], stdin=data)
    assert from_stdin == from_file
    try:
        readable = decode(data)[0] == text
    except DecodeError:
        readable = False
    if readable:
        assert _facts(lint_string(text, str(path), registry=registry)) == from_file
    else:  # bytes a file cannot hold as text: both refuse them the same way
        assert [c for c, *_ in from_file] == ["ATL100"]


SENTENCES = [
    "Au moins 300 soldats ont été tués dans les combats.",
    "Le chômage a reculé à 7,1 % au troisième trimestre, a annoncé l'Insee.",
    "Le suspect aurait quitté le pays dimanche.",
    "« Nous ne céderons pas », a déclaré la ministre.",
    "La coopération « porte gravement atteinte à la paix dans la région ».",
    "Selon la préfecture, 12 000 personnes ont défilé.",
    "Il a décrit un « leader charismatique et sans peur.",
    "Le maire a parlé à l'AFP mardi.",
    "M. Dupont est arrivé en 2019 à Nantes.",
    "Les deux hommes se seraient parlé.",
]
UNRELATED = "Le temps était doux ce jour-là sur la ville."
paragraphs = st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), min_size=1, max_size=6)
# How many sentences on each side of the unrelated paragraph a reading of scope may look across
# (a quotation between two of one speaker's, two sentences each side; a cue framing the next ones).
NEAR = 3
# The unrelated paragraph names no source: next to it, it can only leave a figure or a quotation
# without the source a neighbour gave it (SPEC §2.1: a run of one speaker's quotations, a frame).
LOSES_A_SOURCE = {"FIG001", "FIG002", "QUO001"}


@QUICK
@given(body=paragraphs, at=st.integers(min_value=0), path=st.sampled_from(["a.txt", "a.md"]))
def test_an_unrelated_paragraph_changes_no_other_diagnostic(registry, body, at, path):
    at = at % (len(body) + 1)
    texts = [" ".join(p) for p in body]
    before = "\n\n".join(["Titre de l'article", *texts]) + "\n"
    after = "\n\n".join(["Titre de l'article", *texts[:at], UNRELATED, *texts[at:]]) + "\n"
    cut = len("\n\n".join(["Titre de l'article", *texts[:at]])) + 2
    shift = len(UNRELATED) + 2
    # Where each sentence of the body ends in ``before``, and how many come before the new paragraph.
    ends, offset = [], len("Titre de l'article") + 2
    for paragraph in body:
        for sentence in paragraph:
            offset += len(sentence) + 1
            ends.append(offset)
        offset += 1
    inserted_at = sum(len(p) for p in body[:at])

    def near(start: int) -> bool:
        index = next((i for i, end in enumerate(ends) if start < end), len(ends))
        return inserted_at - NEAR <= index < inserted_at + NEAR

    def moved(d):
        start = d.span.start + (shift if d.span.start >= cut else 0)
        return d.code, start, start + d.span.end - d.span.start, d.message, d.excerpt

    expected = [(moved(d), near(d.span.start)) for d in lint_string(before, path, registry=registry)]
    found = [(d.code, d.span.start, d.span.end, d.message, d.excerpt) for d in lint_string(after, path, registry=registry)]
    far = [f for f in found if not near(f[1] - (shift if f[1] >= cut + shift else 0))]
    assert far == [e for e, is_near in expected if not is_near]
    gained = set(found) - {e for e, _ in expected}
    assert {e for e, _ in expected} <= set(found)
    assert {code for code, *_ in gained} <= LOSES_A_SOURCE
