"""Offsets stay true: for every diagnostic, the text at its offsets and at
its line and column is its excerpt, whatever the line endings, accents,
spaces and characters of the file."""
from __future__ import annotations

import json
import unicodedata

import pytest

BODY = [
    "Grève générale à Nantes",
    "Au moins 300\u00a0manifestants ont défilé samedi.",
    "Le chômage a reculé à 7,1\u202f% au troisième trimestre.",
    "\tLe préfet aurait été écarté 🙂 hier soir.",
    "« Nous irons jusqu'au bout 🇫🇷 », a-t-on entendu. « Une phrase sans fin",
    "Il y a eu 12\u00a0000\u202fblessés 👩‍👩‍👧 et « une colère » immense, a déclaré à l'AFP un témoin.",
    "La salle s'est levée 🙂. « Nous ne céderons rien à personne. »",
    "Le maire a confirmé la nouvelle à l'AFP.",
    "Photo :",
]


def _variants() -> dict[str, str]:
    lf = "\n\n".join(BODY) + "\n"
    return {
        "lf": lf,
        "crlf": lf.replace("\n", "\r\n"),
        "nfd": unicodedata.normalize("NFD", lf),
        "nfd-crlf": unicodedata.normalize("NFD", lf).replace("\n", "\r\n"),
        "one-line-paragraphs": "\n".join(BODY) + "\n",
        "bom": "\ufeff" + lf,
    }


def _check_positions(source: str, diags) -> None:
    lines = source.split("\n")
    for d in diags:
        start, end = d["start"], d["end"]
        assert 0 <= start <= end <= len(source)
        assert source[start:end] == d["excerpt"]
        # Line and column (1-based, in characters) point at the same place.
        head = "\n".join(lines[:d["line"] - 1])
        offset = len(head) + (1 if d["line"] > 1 else 0) + d["column"] - 1
        assert offset == start, d
        end_head = "\n".join(lines[:d["end_line"] - 1])
        assert len(end_head) + (1 if d["end_line"] > 1 else 0) + d["end_column"] - 1 == end, d
        line_text = lines[d["line"] - 1]
        first_line_of_excerpt = d["excerpt"].split("\n")[0]
        assert line_text[d["column"] - 1:].startswith(first_line_of_excerpt)


@pytest.mark.parametrize("name", list(_variants()))
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_every_excerpt_is_at_its_offsets_and_position(run_cli, tmp_path, name, suffix):
    source = _variants()[name]
    path = tmp_path / f"article{suffix}"
    path.write_bytes(source.encode("utf-8"))
    code, out = run_cli(["check", str(path), "--format", "json"])
    diags = json.loads(out)
    assert code == 1
    codes = {d["code"] for d in diags}
    # (In Markdown, lines with no blank line between them are one paragraph: no photo line there.)
    assert {"FIG001", "FIG002", "QUO001", "QUO002", "CRD002"} <= codes, codes
    _check_positions(source, diags)


@pytest.mark.parametrize("name", ["crlf", "nfd", "nfd-crlf", "bom"])
def test_the_same_problems_are_found_in_every_variant(run_cli, tmp_path, name):
    found = {}
    for variant in ("lf", name):
        path = tmp_path / f"{variant}.txt"
        path.write_bytes(_variants()[variant].encode("utf-8"))
        _, out = run_cli(["check", str(path), "--format", "json"])
        found[variant] = [(d["code"], d["line"], unicodedata.normalize("NFC", d["excerpt"]).strip("\r"))
                          for d in json.loads(out)]
    assert found[name] == found["lf"]


def test_html_offsets_point_into_the_markup_source(run_cli, tmp_path):
    source = ("<html><body><h1>Grève</h1>\r\n<p>Au moins 300&nbsp;soldats ont été tués 🙂.</p>\r\n"
              "<p>« Une phrase sans fin</p></body></html>\r\n")
    path = tmp_path / "article.html"
    path.write_bytes(source.encode("utf-8"))
    _, out = run_cli(["check", str(path), "--format", "json"])
    diags = json.loads(out)
    assert {d["code"] for d in diags} == {"FIG001", "QUO002"}
    _check_positions(source, diags)
