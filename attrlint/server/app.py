"""The language server: the LSP messages, and what answers each.

The event loop (pygls's) reads the editor's messages and never lints: the
:class:`~attrlint.server.scheduler.Scheduler` lints in its thread with the
:class:`~attrlint.server.linter.Linter` and hands back LSP diagnostics,
published unless the document changed meanwhile.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..config import CONFIG_FILES
from ..i18n import N_, resolve_language, rule_summary
from ..rules import RuleInfo
from .actions import EXPLAIN_COMMAND, code_actions
from .convert import lsp_diagnostic, notice
from .documents import Documents, path_of
from .explain import ExplanationPages, explanation
from .linter import Linter
from .messages import say
from .options import ServerOptions
from .positions import UTF16, LineMap
from .scheduler import Scheduler

log = logging.getLogger(__name__)
DOCS = "docs/editors.md"


@dataclass
class Published:
    """What was published for one document: each diagnostic with its rule, for hovers."""

    version: int
    diagnostics: list[tuple[types.Diagnostic, RuleInfo | None]] = field(default_factory=list)
    language: str = "en"


@dataclass
class LintJob:
    path: str
    text: str
    encoding: str


@dataclass
class Prepared:
    """A lint's outcome made ready in the lint thread: LSP diagnostics, and what to tell the user."""

    diagnostics: list[tuple[types.Diagnostic, RuleInfo | None]]
    language: str
    config_error: str | None = None
    skipped: dict[str, tuple[str, ...]] = field(default_factory=dict)


class AttrlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("attrlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.documents = Documents()
        self.options = ServerOptions()
        self.linter = Linter()
        self.pages = ExplanationPages()
        self.published: dict[str, Published] = {}
        self.scheduler = Scheduler(self._snapshot, self._lint_job, self._publish)
        self._errors_shown: set[str] = set()

    # -- settings ------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The language of what concerns no document: the option, else the locale's."""
        return resolve_language(self.options.language)

    def language_of(self, uri: str) -> str:
        """The language of a document's diagnostics (its configuration may choose one)."""
        published = self.published.get(uri)
        return published.language if published is not None else self.language

    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding or UTF16
        return str(getattr(encoding, "value", encoding))  # an lsprotocol enum, or the string a client sent

    def use_options(self, raw: Any) -> bool:
        """Take the user's options; whether what linting depends on changed."""
        options, problems = ServerOptions.parse(raw, self.options)
        for problem in problems:
            self.tell(types.MessageType.Warning, "attrlint: " + problem)
        changed = options != self.options
        self.options = options
        self.scheduler.delay = options.debounce_ms / 1000
        return changed

    async def restart_linter(self) -> None:
        """A linter for the current options (in the lint thread, after the lints under way), then lint again."""
        allow, language = self.options.allow_local_plugins, self.options.language

        def replace() -> None:
            self.linter = Linter(allow_local_plugins=allow, language=language)
            self.pages.forget()

        await self.scheduler.run_in_worker(replace)
        self._errors_shown.clear()
        self.lint_all()

    async def configuration_changed(self) -> None:
        """A configuration file changed: read the configurations again and lint every open document."""
        await self.scheduler.run_in_worker(self.linter.reset)
        self._errors_shown.clear()
        self.lint_all()

    def lint_all(self) -> None:
        for doc in self.documents:
            if doc.lintable:
                self.scheduler.now(doc.uri)

    # -- linting (the lint thread) -----------------------------------------------------
    def _snapshot(self, uri: str) -> tuple[int, LintJob] | None:
        doc = self.documents.get(uri)
        if doc is None:
            return None
        return doc.version, LintJob(doc.path, doc.text, self.encoding)

    def _lint_job(self, uri: str, job: LintJob) -> Prepared:
        outcome = self.linter.lint(job.path, job.text)
        language = outcome.language
        if outcome.config_error is not None:
            message = say(language, N_("attrlint: configuration error, nothing checked: {error}"),
                          error=outcome.config_error)
            return Prepared([(notice(message), None)], language, outcome.config_error, outcome.skipped_plugins)
        if outcome.internal_error is not None:
            message = say(language, N_("attrlint could not check this document: {error}"),
                          error=outcome.internal_error)
            return Prepared([(notice(message), None)], language, None, outcome.skipped_plugins)
        lines = LineMap(job.text, job.encoding)
        prepared = []
        for diag in outcome.diagnostics:
            info = outcome.rules.get(diag.code)
            prepared.append((lsp_diagnostic(diag, lines, self.pages.uri(diag.code, info, language)), info))
        return Prepared(prepared, language, None, outcome.skipped_plugins)

    def _publish(self, uri: str, version: int, prepared: Prepared) -> None:
        self.published[uri] = Published(version, prepared.diagnostics, prepared.language)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[diag for diag, _ in prepared.diagnostics]))
        if prepared.config_error is not None and prepared.config_error not in self._errors_shown:
            self._errors_shown.add(prepared.config_error)
            self.tell(types.MessageType.Error, say(prepared.language, N_("attrlint: configuration error: {error}"),
                                                     error=prepared.config_error))
        for base, plugins in prepared.skipped.items():
            self.tell(types.MessageType.Warning, say(
                prepared.language,
                N_("attrlint did not load the local plugins {plugins} named by the configuration in {folder}: "
                   "they are code from the workspace. If you trust it, set the initialization option "
                   '"allowLocalPlugins": true (see {docs}).'),
                plugins=", ".join(plugins), folder=base or ".", docs=DOCS))

    def tell(self, kind: types.MessageType, message: str) -> None:
        """Show ``message`` to the user, and keep it in the client's log."""
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def unpublish(self, uri: str) -> None:
        self.published.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _is_config(uri: str) -> bool:
    return os.path.basename(path_of(uri) or "") in CONFIG_FILES


def _before(a: types.Position, b: types.Position) -> bool:
    return (a.line, a.character) < (b.line, b.character)


def create_server() -> AttrlintServer:
    server = AttrlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: AttrlintServer, params: types.InitializeParams) -> None:
        ls.use_options(params.initialization_options)
        ls.linter = Linter(allow_local_plugins=ls.options.allow_local_plugins, language=ls.options.language)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: AttrlintServer, params: types.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
                id="attrlint-configuration", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: AttrlintServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        doc = ls.documents.open(item.uri, item.language_id, item.version, item.text)
        if doc.lintable:
            ls.scheduler.now(doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: AttrlintServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.change(params.text_document.uri, params.text_document.version,
                                  params.content_changes, ls.encoding)
        if doc is not None and doc.lintable:
            ls.scheduler.changed(doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: AttrlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_config(uri):
            await ls.configuration_changed()
            return
        doc = ls.documents.get(uri)
        if doc is not None and doc.lintable:
            ls.scheduler.now(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AttrlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.documents.close(uri)
        ls.scheduler.forget(uri)
        ls.unpublish(uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched_files(ls: AttrlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(_is_config(change.uri) for change in params.changes):
            await ls.configuration_changed()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def settings_changed(ls: AttrlintServer, params: types.DidChangeConfigurationParams) -> None:
        if ls.use_options(params.settings):
            await ls.restart_linter()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: AttrlintServer, params: types.HoverParams) -> types.Hover | None:
        published = ls.published.get(params.text_document.uri)
        if published is None:
            return None
        at = params.position
        found = [(diag, info) for diag, info in published.diagnostics
                 if not _before(at, diag.range.start) and not _before(diag.range.end, at) and diag.code]
        if not found:
            return None
        texts, seen = [], set()
        for diag, info in found:
            if diag.code not in seen:
                seen.add(diag.code)
                severity = diag.data.get("severity") if isinstance(diag.data, dict) else None
                texts.append(explanation(str(diag.code), info, published.language, severity))
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n---\n\n".join(texts)),
                           range=found[0][0].range)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: AttrlintServer,
                    params: types.CodeActionParams) -> list[types.CodeAction | types.Command] | None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None or not doc.lintable:
            return None
        return code_actions(doc.uri, doc.path, doc.text, ls.encoding, params.context.diagnostics,
                            ls.language_of(doc.uri))

    @server.command(EXPLAIN_COMMAND)
    async def explain(ls: AttrlintServer, code: str, uri: str) -> None:
        await _show_explanation(ls, code, uri)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: AttrlintServer, *args: Any) -> None:
        ls.scheduler.shutdown()

    return server


async def _show_explanation(ls: AttrlintServer, code: str, uri: str) -> None:
    """Open the page explaining ``code`` in the editor; where it cannot show documents, show the summary."""
    published = ls.published.get(uri)
    info = next((i for d, i in published.diagnostics if d.code == code and i is not None), None) if published else None
    language = ls.language_of(uri)
    page = await ls.scheduler.run_in_worker(lambda: ls.pages.uri(code, info, language))
    window = ls.client_capabilities.window
    if page is not None and window is not None and window.show_document is not None and window.show_document.support:
        await ls.window_show_document_async(types.ShowDocumentParams(uri=page, take_focus=True))
        return
    summary = f"{code} {info.rule.name}: {rule_summary(info.rule, language)}" if info else code
    more = say(language, N_(" (explained in {page})"), page=page) if page else ""
    ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=summary + more))


def serve() -> int:
    """Run the server over standard input and output until the editor ends it."""
    logging.basicConfig(level=logging.WARNING, format="attrlint server: %(levelname)s: %(message)s")
    create_server().start_io()
    return 0
