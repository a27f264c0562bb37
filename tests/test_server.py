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
    pyproject(tmp_path, 'severity = { FIG001 = "error" }\n')
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", text)
        diag = (await diagnostics_for(client, uri, 1))[0]
        inside = types.Position(diag.range.start.line, diag.range.start.character + 2)
        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=inside))
        assert hover is not None and hover.contents.kind == types.MarkupKind.Markdown
        value = hover.contents.value
        assert "**FIG001** unsourced-figure (error)" in value  # the severity the configuration gives it
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


def _messages(client, kind: types.MessageType) -> list[str]:
    return [m.message for m in client.messages if m.type == kind]


async def test_a_configuration_change_applies_without_a_restart(tmp_path: Path, cache: Path) -> None:
    pyproject(tmp_path, 'ignore = ["FIG001"]\n')
    articles = tmp_path / "articles"
    articles.mkdir()
    async with session(tmp_path, cache=cache) as client:
        registered = await wait_until(lambda: client.registrations)
        assert registered[0].method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        uri = open_document(client, articles / "a.md", article(FIGURE))
        assert await diagnostics_for(client, uri, 1) == []

        # The editor says the file changed: every open document is linted again.
        pyproject(tmp_path, 'select = ["FIG"]\nseverity = { FIG001 = "error" }\n')
        count = len(client.publications)
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
            uri=(tmp_path / "pyproject.toml").as_uri(), type=types.FileChangeType.Changed)]))
        publication = await wait_until(lambda: len(client.publications) > count and client.publications[-1])
        assert codes(publication.diagnostics) == ["FIG001"]
        assert publication.diagnostics[0].severity == types.DiagnosticSeverity.Error

        # A nearer configuration, no notification: seen at the next lint.
        (articles / "attrlint.toml").write_text('ignore = ["FIG"]\n', encoding="utf-8")
        replace_text(client, uri, 2, article(FIGURE, "Le maire a parlé."))
        assert await diagnostics_for(client, uri, 2) == []


async def test_a_configuration_error_is_shown_and_the_server_goes_on(tmp_path: Path, cache: Path) -> None:
    pyproject(tmp_path, 'selct = ["FIG"]\n')
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(FIGURE))
        diagnostics = await diagnostics_for(client, uri, 1)
        assert len(diagnostics) == 1 and diagnostics[0].severity == types.DiagnosticSeverity.Error
        assert "unknown key 'tool.attrlint.selct' (did you mean 'select'?)" in diagnostics[0].message
        errors = await wait_until(lambda: _messages(client, types.MessageType.Error))
        assert "selct" in errors[0]

        replace_text(client, uri, 2, article(FIGURE, "Le maire a parlé."))
        await diagnostics_for(client, uri, 2)
        assert len(_messages(client, types.MessageType.Error)) == 1  # shown once, not at each keystroke

        pyproject(tmp_path, 'select = ["FIG"]\n')
        replace_text(client, uri, 3, article(FIGURE))
        assert codes(await diagnostics_for(client, uri, 3)) == ["FIG001"]


PLUGIN = '''\
"""A house rule that leaves a mark when its module is run."""
import pathlib

import attrlint
from attrlint.rules import Rule

pathlib.Path(__file__).with_name("plugin-ran").write_text("yes")


class NoRumour(Rule):
    code = "HOU001"
    name = "no-rumour"
    summary = "the word rumeur"

    def check(self, doc):
        for token in doc.tokens:
            if token.lower == "rumeur":
                yield self.violation(token)


class Crashes(Rule):
    code = "HOU002"
    name = "crashes"
    summary = "a rule with a bug"

    def check(self, doc):
        raise ZeroDivisionError("the rule's bug")


@attrlint.hookimpl
def attrlint_rules():
    return [NoRumour, Crashes]
'''
RUMOUR = "Une rumeur court dans la ville."


async def test_local_plugins_do_not_run_until_allowed(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "house_rules.py").write_text(PLUGIN, encoding="utf-8")
    pyproject(tmp_path, 'plugins = ["house_rules.py"]\n')
    marker = tmp_path / "plugin-ran"
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(RUMOUR, FIGURE))
        assert codes(await diagnostics_for(client, uri, 1)) == ["FIG001"]
        warnings = await wait_until(lambda: _messages(client, types.MessageType.Warning))
        assert "house_rules.py" in warnings[0] and '"allowLocalPlugins": true' in warnings[0]
        assert not marker.exists()

        # The user allows them (a setting): the plugin runs; its crashing rule is a diagnostic, not a crash.
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"attrlint": {"allowLocalPlugins": True}}))
        publication = await wait_until(lambda: (p := last_publication(client, uri)) and "HOU001" in codes(
            p.diagnostics) and p)
        assert sorted(codes(publication.diagnostics)) == ["ATL001", "FIG001", "HOU001"]
        crash = next(d for d in publication.diagnostics if d.code == "ATL001")
        assert "ZeroDivisionError" in crash.message
        assert marker.exists()

        replace_text(client, uri, 2, article(RUMOUR))
        assert sorted(codes(await diagnostics_for(client, uri, 2))) == ["ATL001", "HOU001"]


async def test_local_plugins_allowed_from_the_start(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "house_rules.py").write_text(PLUGIN, encoding="utf-8")
    pyproject(tmp_path, 'plugins = ["house_rules.py"]\ndisable-plugins = []\n')
    async with session(tmp_path, {"allowLocalPlugins": True}, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(RUMOUR))
        assert "HOU001" in codes(await diagnostics_for(client, uri, 1))
        assert _messages(client, types.MessageType.Warning) == []


async def test_a_plugin_that_fails_to_load_or_exits_leaves_the_server_running(tmp_path: Path, cache: Path) -> None:
    broken, leaving = tmp_path / "broken", tmp_path / "leaving"
    for folder, body in ((broken, "raise ImportError('no such thing')\n"), (leaving, "import sys\nsys.exit(3)\n")):
        folder.mkdir()
        (folder / "plugin.py").write_text(body, encoding="utf-8")
        pyproject(folder, 'plugins = ["plugin.py"]\n')
    async with session(tmp_path, {"allowLocalPlugins": True}, cache=cache) as client:
        for folder in (broken, leaving):
            uri = open_document(client, folder / "a.md", article(FIGURE))
            diagnostics = await diagnostics_for(client, uri, 1)
            assert len(diagnostics) == 1 and diagnostics[0].code is None
            assert "plugin.py" in diagnostics[0].message
        # Still there: another document is linted as usual.
        uri = open_document(client, tmp_path / "b.md", article(FIGURE))
        assert codes(await diagnostics_for(client, uri, 1)) == ["FIG001"]


async def test_bad_documents_never_bring_the_server_down(tmp_path: Path, cache: Path) -> None:
    texts = {
        "nul.md": "Titre\n\n\x00\x00 " + FIGURE + "\n",
        "surrogate.md": "Titre\n\n\ud83d " + FIGURE + "\n",  # half an emoji, as a client may send it
        "markup.html": "<html><body><article><p>" * 200 + FIGURE + "<!-- attrlint-disable",
        "front.md": "---\nattrlint: [\n---\n" + FIGURE + "\n",
        "separators.md": "Titre\u2028suite\x0c\n\r\n\r" + EMOJI + FIGURE + "\r\n",
    }
    async with session(tmp_path, cache=cache) as client:
        uris = {name: open_document(client, tmp_path / name, text, "html" if name.endswith("html") else "markdown")
                for name, text in texts.items()}
        for uri in uris.values():
            await diagnostics_for(client, uri, 1)
        # Lines end at \n, \r\n and \r only: U+2028 and form feeds do not count.
        separators = await diagnostics_for(client, uris["separators.md"], 1)
        figure = next(d for d in separators if d.code == "FIG001")
        assert figure.range.start == types.Position(3, 7)
        uri = open_document(client, tmp_path / "after.md", article(FIGURE))
        assert codes(await diagnostics_for(client, uri, 1)) == ["FIG001"]


SLOW_PLUGIN = '''\
"""A rule that takes its time on texts that speak of slowness."""
import time

import attrlint
from attrlint.rules import Rule


class Slow(Rule):
    code = "HOU003"
    name = "slow"
    summary = "a slow rule"

    def check(self, doc):
        if "lenteur" in doc.source:
            time.sleep(2)
        return []


@attrlint.hookimpl
def attrlint_rules():
    return [Slow]
'''


async def test_a_slow_lint_blocks_nothing_and_its_stale_result_is_dropped(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "slow.py").write_text(SLOW_PLUGIN, encoding="utf-8")
    pyproject(tmp_path, 'plugins = ["slow.py"]\n')
    async with session(tmp_path, {"allowLocalPlugins": True}, cache=cache) as client:
        warm = open_document(client, tmp_path / "warm.md", article(FIGURE))
        await diagnostics_for(client, warm, 1)  # the plugins are loaded

        uri = open_document(client, tmp_path / "a.md", article("Une grande lenteur.", FIGURE, FIGURE))
        await asyncio.sleep(0.2)  # its lint is under way, for two seconds
        replace_text(client, uri, 2, article(FIGURE))
        loop = asyncio.get_running_loop()
        started = loop.time()
        await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 1)),
            context=types.CodeActionContext(diagnostics=[])))
        await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=warm), position=types.Position(2, 3)))
        assert loop.time() - started < 1.0  # answered while the slow lint runs

        assert codes(await diagnostics_for(client, uri, 2)) == ["FIG001"]
        await asyncio.sleep(0.3)
        assert [p.version for p in client.publications if p.uri == uri] == [2]  # version 1's result was dropped


async def test_shutdown_and_exit_end_the_server(tmp_path: Path, cache: Path) -> None:
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(FIGURE))
        await diagnostics_for(client, uri, 1)
        await client.shutdown_session()  # shutdown, then exit, as editors end it
        assert await asyncio.wait_for(client._server.wait(), 10) == 0


async def test_diagnostics_hover_and_actions_speak_the_language_asked(tmp_path: Path, cache: Path) -> None:
    async with session(tmp_path, {"language": "fr"}, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(FIGURE))
        diag = (await diagnostics_for(client, uri, 1))[0]
        assert diag.message.startswith("Chiffre sans source\u00a0: qui l'a compté")
        assert diag.code_description.href.endswith("/fr/FIG001.md")
        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=diag.range.start))
        assert "À éviter\u00a0:" in hover.contents.value and "avertissement" in hover.contents.value
        actions = await _actions(client, uri, diag)
        assert set(actions) == {"Désactiver FIG001 pour cette ligne", "Désactiver FIG001 dans ce document",
                                "Expliquer FIG001"}
        edit = actions["Désactiver FIG001 pour cette ligne"].edit.changes[uri][0]
        assert edit.new_text.startswith("<!-- attrlint-disable-next-line FIG001 -- raison -->")


async def test_the_configurations_language_applies_unless_the_editor_asks_for_another(tmp_path: Path,
                                                                                      cache: Path) -> None:
    pyproject(tmp_path, 'language = "fr"\n')
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(FIGURE))
        assert (await diagnostics_for(client, uri, 1))[0].message.startswith("Chiffre sans source")
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"attrlint": {"language": "en"}}))
        publication = await wait_until(lambda: (p := last_publication(client, uri)) and p.diagnostics and
                                       p.diagnostics[0].message.startswith("Figure with no source") and p)
        assert codes(publication.diagnostics) == ["FIG001"]
    pyproject(tmp_path, 'langage = "fr"\n')
    async with session(tmp_path, {"language": "fr"}, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(FIGURE))
        error = (await diagnostics_for(client, uri, 1))[0]
        assert "erreur de configuration" in error.message and "clé inconnue" in error.message


async def test_positions_in_utf8_when_the_editor_asks_for_them(tmp_path: Path, cache: Path) -> None:
    text = article(EMOJI + FIGURE)
    async with session(tmp_path, cache=cache, client_name="neovim@v0.11.0") as client:  # offers UTF-8 first
        uri = open_document(client, tmp_path / "a.md", text)
        diag = (await diagnostics_for(client, uri, 1))[0]
        line = text.split("\n")[2]
        assert diag.range.start.character == len(line[:line.index("Au")].encode("utf-8")) == 13
        # An edit counted in UTF-8 bytes lands where the editor meant it.
        end = len(line[:-1].encode("utf-8"))
        edit_text(client, uri, 2, [types.TextEdit(types.Range(types.Position(2, end), types.Position(2, end)),
                                                  ", selon l'armée")])
        assert await diagnostics_for(client, uri, 2) == []


async def test_saving_a_configuration_lints_the_open_documents_again(tmp_path: Path, cache: Path) -> None:
    async with session(tmp_path, cache=cache) as client:
        uri = open_document(client, tmp_path / "a.md", article(FIGURE))
        assert codes(await diagnostics_for(client, uri, 1)) == ["FIG001"]
        pyproject(tmp_path, 'exclude = ["a.md"]\n')
        count = len(client.publications)
        client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=(tmp_path / "pyproject.toml").as_uri())))
        publication = await wait_until(lambda: len(client.publications) > count and client.publications[-1])
        assert publication.uri == uri and publication.diagnostics == []  # excluded by the configuration
