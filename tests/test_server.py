"""``attrlint server`` driven over stdio by a real LSP client: diagnostics on open,
change and save, positions in UTF-16, hover, code actions, configuration
changes, local plugins and workspace trust, failures that leave it running."""
from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytest.importorskip("pygls", reason="the language server needs pygls: pip install 'attrlint[server]'")
pytest.importorskip("pytest_lsp", reason="the language server tests need pytest-lsp: pip install 'attrlint[test]'")

from lsprotocol import types  # noqa: E402

from lsp_session import (apply_edits, diagnostics_for, edit_text, last_publication, open_document,  # noqa: E402
                         replace_text, session, utf16_column, wait_until)

pytestmark = pytest.mark.asyncio

FIGURE = "Au moins 300 soldats ont été tués dans la nuit."
SOURCED = "Au moins 300 soldats ont été tués dans la nuit, selon l'armée."
EMOJI = "🎉🇫🇷 "  # three characters outside the BMP: six UTF-16 code units


def article(*paragraphs: str) -> str:
    return "# La nuit au front\n\n" + "\n\n".join(paragraphs) + "\n"


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


def pyproject(folder: Path, table: str) -> None:
    (folder / "pyproject.toml").write_text("[tool.attrlint]\n" + textwrap.dedent(table), encoding="utf-8")


async def test_diagnostics_on_open_change_and_close_with_utf16_positions(tmp_path: Path) -> None:
    text = article("Le maire a parlé hier.", EMOJI + FIGURE)
    async with session(tmp_path) as client:
        uri = open_document(client, tmp_path / "guerre.md", text)
        diagnostics = await diagnostics_for(client, uri, 1)
        assert codes(diagnostics) == ["FIG001"]
        diag = diagnostics[0]
        assert diag.source == "attrlint"
        assert diag.severity == types.DiagnosticSeverity.Warning
        assert "source" in diag.message
        line = text.split("\n")[4]
        start, end = line.index("Au moins"), line.index("soldats") + len("soldats")
        assert diag.range == types.Range(types.Position(4, utf16_column(line, start)),
                                         types.Position(4, utf16_column(line, end)))
        assert diag.range.start.character == start + 3  # each of the three characters counts two code units
        assert diag.data["code"] == "FIG001"
        page = Path(urlparse(diag.code_description.href).path)
        assert "unsourced-figure" in page.read_text(encoding="utf-8")

        # An edit whose range is counted in UTF-16 units, after the emoji: the figure gets a source.
        end = utf16_column(line, len(line) - 1)  # before the final full stop
        edit_text(client, uri, 2, [types.TextEdit(types.Range(types.Position(4, end), types.Position(4, end)),
                                                  ", selon l'armée")])
        assert await diagnostics_for(client, uri, 2) == []

        longer = text + "\n" + EMOJI * 2 + "Plus de 45 civils ont été blessés.\n"
        replace_text(client, uri, 3, longer)
        diagnostics = await diagnostics_for(client, uri, 3)
        assert codes(diagnostics) == ["FIG001", "FIG001"]  # the whole text replaced: the first figure is back
        new_line = longer.split("\n")[6]
        assert diagnostics[1].range.start == types.Position(6, utf16_column(new_line, new_line.index("Plus")))
        assert diagnostics[1].range.start.character == 14

        client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        await wait_until(lambda: last_publication(client, uri).version is None)
        assert last_publication(client, uri).diagnostics == []
