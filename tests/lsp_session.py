"""A real LSP client for the tests of ``attrlint server``: the server runs as a
subprocess (the installed ``attrlint`` command), spoken to over its standard
input and output by pytest-lsp's client."""
from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

ATTRLINT = str(Path(sys.executable).with_name("attrlint"))


@dataclass
class Publication:
    uri: str
    version: int | None
    diagnostics: list[types.Diagnostic]


def _client() -> LanguageClient:
    client = LanguageClient()
    register_lsp_features(client, {method: handler for method, handler in DEFAULT_CLIENT_FEATURES.items()
                                   if method != types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS})
    client.publications = []  # every publishDiagnostics, in order
    client.registrations = []

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.publications.append(Publication(params.uri, params.version, list(params.diagnostics)))

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    return client


@contextlib.asynccontextmanager
async def session(root: Path, options: dict[str, Any] | None = None, *, cache: Path | None = None,
                  client_name: str = "visual-studio-code") -> AsyncIterator[LanguageClient]:
    """A server for the workspace ``root``, initialized with ``options``; its cache folder is
    ``cache`` (where it keeps compiled patterns and writes explanation pages), else in ``root``."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache or root / ".cache"))
    env.pop("ATTRLINT_PATTERN_CACHE", None)
    env["LC_ALL"] = "C.UTF-8"  # English unless a test asks for another language
    config = ClientServerConfig(server_command=[ATTRLINT, "server"], server_env=env, client_factory=_client)
    root.mkdir(parents=True, exist_ok=True)
    client = await config.start()
    try:
        await client.initialize_session(types.InitializeParams(
            capabilities=client_capabilities(client_name), root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
            initialization_options=options))
        yield client
    finally:
        await _end(client)


async def _end(client: LanguageClient) -> None:
    """Shut the server down as an editor does (shutdown, then exit); kill it if it does not go."""
    server = client._server
    try:
        await asyncio.wait_for(client.shutdown_session(), 10)
    except Exception:  # noqa: BLE001 - the test's own failure is what matters
        pass
    if server is not None and server.returncode is None:
        server.kill()
    await client.stop()


async def wait_until(condition: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Wait for ``condition()`` to be true (the server answers in its own time); its value."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {condition}")
        await asyncio.sleep(0.01)


def last_publication(client: LanguageClient, uri: str, version: int | None = None) -> Publication | None:
    """The last diagnostics published for ``uri`` (for ``version``, when given)."""
    for publication in reversed(client.publications):
        if publication.uri == uri:
            return publication if version is None or publication.version == version else None
    return None


async def diagnostics_for(client: LanguageClient, uri: str, version: int) -> list[types.Diagnostic]:
    """Wait for the diagnostics of ``version`` of the document ``uri``."""
    publication = await wait_until(lambda: last_publication(client, uri, version))
    return publication.diagnostics


def open_document(client: LanguageClient, path: Path, text: str, language: str = "markdown",
                  version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return uri


def replace_text(client: LanguageClient, uri: str, version: int, text: str) -> None:
    """Send the whole new text of a document."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def edit_text(client: LanguageClient, uri: str, version: int, edits: list[types.TextEdit]) -> None:
    """Send edits as ranges (positions in UTF-16 code units), as editors do."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in edits]))


def utf16_column(line: str, chars: int) -> int:
    """The UTF-16 column of the character ``chars`` of ``line``, counted independently of the server."""
    return len(line[:chars].encode("utf-16-le")) // 2


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """``text`` with LSP edits applied (lines split at \\n, columns in UTF-16), last edit first."""
    def offset(position: types.Position) -> int:
        lines = text.split("\n")
        before = sum(len(line) + 1 for line in lines[:position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        encoded = line.encode("utf-16-le")[:position.character * 2]
        return before + len(encoded.decode("utf-16-le"))

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text
