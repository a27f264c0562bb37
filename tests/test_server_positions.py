"""Offsets ↔ LSP positions, and the editor's edits applied to the server's copy of a text."""
from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
from hypothesis import given, strategies as st

from attrlint.server.documents import Documents, OpenDocument
from attrlint.server.positions import UTF8, UTF16, UTF32, LineMap, units

TEXT = "Titre\r\n\r\n🎉 Au moins 300 soldats\rfin\u2028même ligne\n"


def test_columns_count_code_units_of_the_encoding() -> None:
    lines = LineMap(TEXT)
    at = TEXT.index("Au")
    assert lines.position(at) == (2, 3)  # 🎉 is two UTF-16 code units, then a space
    assert LineMap(TEXT, UTF32).position(at) == (2, 2)
    assert LineMap(TEXT, UTF8).position(at) == (2, 5)
    assert lines.offset(2, 3) == at


def test_lines_end_at_lf_crlf_and_cr_only() -> None:
    lines = LineMap(TEXT)
    assert lines.line_count == 5
    assert lines.line_text(0) == "Titre"
    assert lines.line_text(3) == "fin\u2028même ligne"  # U+2028 is no line break for LSP
    assert lines.position(TEXT.index("même")) == (3, 4)
    assert lines.position(TEXT.index("\r\n")) == (0, 5)
    assert lines.position(TEXT.index("\r\n") + 1) == (0, 5)  # between \r and \n: the end of the line


def test_positions_past_the_end_are_clamped_and_a_split_character_is_left_out() -> None:
    lines = LineMap(TEXT)
    assert lines.offset(0, 99) == len("Titre")
    assert lines.offset(99, 0) == len(TEXT)
    assert lines.offset(2, 1) == TEXT.index("🎉")  # inside the surrogate pair: before the character


@given(st.text(alphabet=st.sampled_from(["a", "é", "\n", "\r", "😀", "𝔘", " ", "\u2028"]), max_size=60),
       st.sampled_from([UTF8, UTF16, UTF32]))
def test_every_offset_goes_to_a_position_and_back(text: str, encoding: str) -> None:
    lines = LineMap(text, encoding)
    for offset in range(len(text) + 1):
        line, column = lines.position(offset)
        back = lines.offset(line, column)
        # Offsets inside a \r\n come back at the end of the line; every other one comes back as it was.
        assert back == offset or (offset == back + 1 and text[back:back + 2] == "\r\n")
        assert column == units(text[lines.starts[line]:back], encoding)


@pytest.mark.parametrize("text, expected", [("abc", 3), ("😀", 2), ("é", 1), ("𝔘x", 3)])
def test_utf16_units(text: str, expected: int) -> None:
    assert units(text, UTF16) == expected


def _change(start: tuple[int, int], end: tuple[int, int], text: str) -> NS:
    return NS(range=NS(start=NS(line=start[0], character=start[1]), end=NS(line=end[0], character=end[1])), text=text)


def test_the_editors_edits_are_applied_in_utf16_columns_and_lsp_lines() -> None:
    documents = Documents()
    documents.open("file:///a.md", "markdown", 1, "🎉🎉 Au moins\u2028300\r\nsoldats\n")
    # After two emoji (four code units) and a space; then on line 1, which U+2028 does not start.
    doc = documents.change("file:///a.md", 2, [_change((0, 5), (0, 7), "Plus"), _change((1, 0), (1, 7), "civils")])
    assert doc.text == "🎉🎉 Plus moins\u2028300\r\ncivils\n"
    assert doc.version == 2
    doc = documents.change("file:///a.md", 3, [NS(text="tout neuf")])  # a whole new text
    assert doc.text == "tout neuf"


def test_the_path_a_document_is_linted_as() -> None:
    assert OpenDocument("file:///articles/une%20guerre.md", "markdown", 1, "").path == "/articles/une guerre.md"
    assert OpenDocument("file:///articles/LISEZMOI", "markdown", 1, "").path == "/articles/LISEZMOI.md"
    assert OpenDocument("untitled:Untitled-1", "html", 1, "").path.endswith("Untitled-1.html")
    assert not OpenDocument("file:///a.py", "python", 1, "").lintable
    assert OpenDocument("file:///a.htm", "", 1, "").lintable
