"""Encodings: Unicode files are read as such, legacy files are read with a
note or refused with the reason, and mojibake is never linted."""
from __future__ import annotations

import json

import pytest

from attrlint.decoding import BinaryFile, DecodeError, decode

ARTICLE = (
    "Grève à Nantes\n\n"
    "Au moins 300 manifestants ont défilé, a déclaré à l'AFP un témoin.\n\n"
    "Le préfet aurait été écarté.\n\n"
    "« Nous irons jusqu'au bout, c’est décidé », a lancé une déléguée – 3 € par jour.\n"
)


def _lint(run_cli, tmp_path, data: bytes, name: str = "article.txt") -> tuple[int, list[dict]]:
    path = tmp_path / name
    path.write_bytes(data)
    code, out = run_cli(["check", str(path), "--format", "json"])
    return code, json.loads(out)


def _positions(diags: list[dict]) -> list[tuple]:
    return [(d["code"], d["line"], d["column"], d["excerpt"]) for d in diags if not d["code"].startswith("ATL")]


@pytest.mark.parametrize("encode", [
    pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="utf-8-bom"),
    pytest.param(lambda t: ("\ufeff" + t).encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(lambda t: ("\ufeff" + t).encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(lambda t: ("\ufeff" + t).encode("utf-32-le"), id="utf-32-le-bom"),
])
def test_unicode_with_a_bom_reads_as_utf8(run_cli, tmp_path, encode):
    _, plain = _lint(run_cli, tmp_path, ARTICLE.encode("utf-8"), "plain.txt")
    code, diags = _lint(run_cli, tmp_path, encode(ARTICLE))
    assert code == 1
    assert _positions(plain)
    # The BOM is one character of the first line only; the body's positions are those of plain UTF-8.
    assert _positions(diags) == _positions(plain)


@pytest.mark.parametrize("encoding,name", [("cp1252", "Windows-1252"), ("latin-1", "Latin-1")])
def test_legacy_file_is_read_correctly_with_a_note(run_cli, tmp_path, encoding, name):
    text = ARTICLE if encoding == "cp1252" else ARTICLE.replace("’", "'").replace("–", "-").replace("€", "euros")
    _, plain = _lint(run_cli, tmp_path, text.encode("utf-8"), "plain.txt")
    code, diags = _lint(run_cli, tmp_path, text.encode(encoding))
    notes = [d for d in diags if d["code"] == "ATL101"]
    assert len(notes) == 1 and name in notes[0]["message"] and notes[0]["severity"] == "info"
    assert _positions(diags) == _positions(plain)
    assert any("été écarté" in excerpt for *_, excerpt in _positions(diags))
    assert code == 1


def test_a_clean_legacy_file_exits_zero(run_cli, tmp_path):
    code, diags = _lint(run_cli, tmp_path, "Titre\n\nLe café était fermé.\n".encode("cp1252"))
    assert code == 0
    assert [d["code"] for d in diags] == ["ATL101"]


def test_windows_1252_or_iso_8859_15_is_undecidable(run_cli, tmp_path):
    code, diags = _lint(run_cli, tmp_path, "Titre\n\nLe cœur du sujet.\n".encode("iso8859-15"))
    assert code == 2
    [diag] = diags
    assert diag["code"] == "ATL100"
    assert "undecidable" in diag["message"] and "0xbd" in diag["message"]


def test_invalid_utf8_names_the_byte_offset(run_cli, tmp_path):
    data = "Titre\n\nLe café est fermé.\n".encode("utf-8") + b"\xff la suite\n"
    code, diags = _lint(run_cli, tmp_path, data)
    assert code == 2
    [diag] = diags
    assert diag["code"] == "ATL100"
    offset = data.index(b"\xff")
    assert f"byte offset {offset}" in diag["message"] and "line 4" in diag["message"]


def test_mojibake_is_refused_not_linted(run_cli, tmp_path):
    mojibake = ARTICLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    code, diags = _lint(run_cli, tmp_path, mojibake)
    assert code == 2
    assert [d["code"] for d in diags] == ["ATL100"]
    assert "mojibake" in diags[0]["message"]


def test_decode_reads_each_unicode_form():
    assert decode("café".encode()) == ("café", "utf-8")
    assert decode(b"\xef\xbb\xbf" + "café".encode()) == ("\ufeffcafé", "utf-8")
    assert decode("\ufeffcafé".encode("utf-16-le")) == ("\ufeffcafé", "utf-16-le")
    assert decode("\ufeffcafé".encode("utf-16-be")) == ("\ufeffcafé", "utf-16-be")
    assert decode(b"") == ("", "utf-8")


def test_decode_distinguishes_windows_1252_from_latin_1():
    assert decode("l’été".encode("cp1252")) == ("l’été", "cp1252")
    assert decode("l'été".encode("latin-1")) == ("l'été", "latin-1")


@pytest.mark.parametrize("data,words", [
    (b"\xff\xfea\x00b", "UTF-16"),                          # odd length after a UTF-16 BOM
    ("café".encode() + b"\xe9", "byte offset 5"),           # UTF-8 with one Latin-1 byte
    (b"caf\xe9 \x81", "0x81"),                              # undefined in Windows-1252
    ("Le cœur".encode("iso8859-15"), "undecidable"),
    ("déjà vu".encode().decode("cp1252").encode(), "mojibake"),
])
def test_decode_refuses_with_a_reason(data, words):
    with pytest.raises(DecodeError, match=words):
        decode(data)


@pytest.mark.parametrize("data", [b"abc\x00def", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 20 + b"\xff"])
def test_decode_recognises_binary(data):
    with pytest.raises(BinaryFile):
        decode(data)


def test_accented_text_that_only_looks_like_mojibake_is_read():
    # "Â" and "Ã" in genuine text, next to characters that are not mojibake pairs.
    text = "Ãngel Ã© Âme: café, ½ tarte."
    assert decode(text.encode()) == (text, "utf-8")
