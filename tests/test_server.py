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


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the servers of this module: patterns compiled once."""
    return tmp_path_factory.mktemp("cache")


async def test_text_and_html_documents_and_other_languages(tmp_path: Path, cache: Path) -> None:
    async with session(tmp_path, cache=cache) as client:
        text_uri = open_document(client, tmp_path / "breve.txt", f"Titre\n\n{FIGURE}\n", "plaintext")
        html = f"<html><body><article><h1>Titre</h1>\n<p>{EMOJI}{FIGURE}</p></article></body></html>\n"
        html_uri = open_document(client, tmp_path / "page.html", html, "html")
        python_uri = open_document(client, tmp_path / "script.py", f"# {FIGURE}\n", "python")
        assert codes(await diagnostics_for(client, text_uri, 1)) == ["FIG001"]
        diagnostics = await diagnostics_for(client, html_uri, 1)
        assert codes(diagnostics) == ["FIG001"]
        line = html.split("\n")[1]
        assert diagnostics[0].range.start == types.Position(1, utf16_column(line, line.index("Au moins")))
        await asyncio.sleep(0.3)
        assert last_publication(client, python_uri) is None  # not an article: not linted


async def test_save_lints_and_a_burst_of_changes_gives_one_result_for_the_last_text(tmp_path: Path,
                                                                                    cache: Path) -> None:
    async with session(tmp_path, {"debounce": 100}, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(SOURCED))
        assert await diagnostics_for(client, uri, 1) == []
        count = len(client.publications)
        for version in range(2, 52):
            # Each text has its own number of unsourced figures; only the last one's must be published.
            figures = [f"Au moins {n} soldats ont été tués." for n in range(version % 5)]
            replace_text(client, uri, version, article(SOURCED, *figures))
        await diagnostics_for(client, uri, 51)
        await asyncio.sleep(0.5)  # nothing else comes later
        burst = [p for p in client.publications[count:] if p.uri == uri]
        assert [p.version for p in burst] == [51]
        assert codes(burst[0].diagnostics) == ["FIG001"] * (51 % 5)

        client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        await wait_until(lambda: len([p for p in client.publications if p.uri == uri]) > len(burst) + 1)
        assert codes(last_publication(client, uri).diagnostics) == ["FIG001"]


async def test_hover_shows_the_rule_explanation_with_its_examples(tmp_path: Path, cache: Path) -> None:
    text = article(EMOJI + FIGURE)
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", text)
        diag = (await diagnostics_for(client, uri, 1))[0]
        inside = types.Position(diag.range.start.line, diag.range.start.character + 2)
        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=inside))
        assert hover is not None and hover.contents.kind == types.MarkupKind.Markdown
        value = hover.contents.value
        assert "**FIG001** unsourced-figure" in value
        assert "Bad:" in value and "Good:" in value and "```text" in value
        assert hover.range == diag.range
        outside = types.Position(0, 1)
        assert await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=outside)) is None


async def _actions(client, uri: str, diag: types.Diagnostic) -> dict[str, types.CodeAction]:
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag])))
    return {action.title: action for action in actions}


COMMENT = "<!-- attrlint-disable-next-line FIG001 -- reason -->"
FILE_COMMENT = "<!-- attrlint-disable FIG001 -- reason -->"


@pytest.mark.parametrize("name, language, text, line_fix, file_fix", [
    # The figure on the second line of a paragraph (the comment goes at the end of the line before,
    # not to cut the paragraph), another in the next paragraph.
    ("a.md", "markdown", article("Les combats ont repris.\n" + EMOJI + FIGURE, "Plus de 45 civils ont été blessés."),
     f"repris. {COMMENT}\n{EMOJI}", f"{FILE_COMMENT}\n# La nuit"),
    # At the start of a paragraph; the comment for the document goes after the front matter.
    ("b.md", "markdown", "---\ntitle: La nuit\n---\n" + article(EMOJI + FIGURE),
     f"\n\n{COMMENT}\n{EMOJI}", f"---\n{FILE_COMMENT}\n# La nuit"),
    ("c.html", "html", f"<!DOCTYPE html>\n<html><body><article><h1>Titre</h1>\n<p>Les combats ont repris.\n"
                       f"{EMOJI}{FIGURE}</p></article></body></html>\n",
     f"repris.\n{COMMENT}\n{EMOJI}", f"{FILE_COMMENT}\n<!DOCTYPE"),
])
async def test_code_actions_insert_suppression_comments_that_work(tmp_path: Path, cache: Path, name: str,
                                                                  language: str, text: str, line_fix: str,
                                                                  file_fix: str) -> None:
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / name, text, language)
        diagnostics = await diagnostics_for(client, uri, 1)
        assert "FIG001" in codes(diagnostics)
        first = diagnostics[0]
        actions = await _actions(client, uri, first)
        assert set(actions) == {"Suppress FIG001 on this line", "Suppress FIG001 in this document", "Explain FIG001"}
        action = actions["Suppress FIG001 on this line"]
        assert action.kind == types.CodeActionKind.QuickFix and action.is_preferred
        fixed = apply_edits(text, action.edit.changes[uri])
        assert line_fix in fixed
        replace_text(client, uri, 2, fixed)
        after = await diagnostics_for(client, uri, 2)
        # Only that line's figure is suppressed, and the comment is used (no ATL200).
        assert codes(after) == codes(diagnostics)[1:]

        whole = apply_edits(text, actions["Suppress FIG001 in this document"].edit.changes[uri])
        assert file_fix in whole
        replace_text(client, uri, 3, whole)
        assert await diagnostics_for(client, uri, 3) == []

        explain = actions["Explain FIG001"]
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=explain.command, arguments=explain.arguments))
        shown = await wait_until(lambda: client.shown_documents)
        page = Path(urlparse(shown[0].uri).path)
        assert page.name == "FIG001.md" and "Bad:" in page.read_text(encoding="utf-8")


async def test_plain_text_has_no_suppression_comment_only_the_explanation(tmp_path: Path, cache: Path) -> None:
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.txt", f"Titre\n\n{FIGURE}\n", "plaintext")
        diag = (await diagnostics_for(client, uri, 1))[0]
        assert set(await _actions(client, uri, diag)) == {"Explain FIG001"}
