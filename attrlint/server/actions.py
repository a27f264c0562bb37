"""Code actions on a diagnostic: a suppression comment for its line or for the
whole document (Markdown and HTML), and its rule's explanation.

The comments are those :mod:`attrlint.suppression` reads::

    <!-- attrlint-disable-next-line FIG001 -- reason -->
    <!-- attrlint-disable FIG001 -- reason -->

A comment for one line goes on a line of its own above it; in Markdown,
when that line continues a paragraph, it goes at the end of the line
before instead, so that the paragraph is not cut in two. A comment for the
document goes at its top, after any front matter.
"""
from __future__ import annotations

import os
import re
from typing import Sequence

from lsprotocol import types

from ..engine import INTERNAL_NAMES
from ..i18n import N_
from .messages import say
from .positions import LineMap

EXPLAIN_COMMAND = "attrlint.explain"
MARKDOWN, HTML = (".md", ".markdown"), (".html", ".htm")
# Lines a comment must not be appended to: a code fence, a front matter delimiter.
_NOT_PROSE = re.compile(r"^\s*(?:```|~~~|---\s*$|\.\.\.\s*$)")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip(" \t"))]


def _insert_line(lines: LineMap, line: int, comment: str) -> types.TextEdit:
    """``comment`` on a line of its own, before ``line`` (indented as it is)."""
    at = types.Position(line, 0)
    indent = _indent(lines.line_text(line)) if line < lines.line_count else ""
    return types.TextEdit(types.Range(at, at), indent + comment + _newline(lines.text))


def next_line_edit(lines: LineMap, line: int, comment: str, markdown: bool) -> types.TextEdit:
    """The edit that puts ``comment`` (a disable-next-line comment) right before ``line``."""
    if markdown and line > 0:
        previous = lines.line_text(line - 1)
        if previous.strip() and not _NOT_PROSE.match(previous) and not previous.rstrip().endswith("-->"):
            end = types.Position(line - 1, lines.position(lines.ends[line - 1])[1])
            return types.TextEdit(types.Range(end, end), " " + comment)
    return _insert_line(lines, line, comment)


def top_line(lines: LineMap, markdown: bool) -> int:
    """The first line a comment for the whole document can go on: after a Markdown front matter."""
    if markdown and lines.line_text(0).rstrip() == "---":
        for line in range(1, lines.line_count):
            if _FRONT_MATTER_END.match(lines.line_text(line)):
                return line + 1
    return 0


def code_actions(uri: str, path: str, text: str, encoding: str, diagnostics: Sequence[types.Diagnostic],
                 language: str) -> list[types.CodeAction | types.Command]:
    """The actions for ``diagnostics`` (attrlint's, among those the editor sends) in the document ``text``."""
    suffix = os.path.splitext(path)[1].lower()
    commented = suffix in MARKDOWN + HTML
    lines = LineMap(text, encoding)
    actions: list[types.CodeAction | types.Command] = []
    reason = say(language, N_("reason"))
    seen: set[tuple[str, int]] = set()
    for diag in diagnostics:
        code = diag.code if isinstance(diag.code, str) else None
        if diag.source != "attrlint" or code is None:
            continue
        line = diag.range.start.line
        if (code, line) in seen:
            continue
        seen.add((code, line))
        if commented and code not in INTERNAL_NAMES:  # attrlint's own diagnostics are not suppressed this way
            edit = next_line_edit(lines, line, f"<!-- attrlint-disable-next-line {code} -- {reason} -->",
                                  suffix in MARKDOWN)
            actions.append(_fix(say(language, N_("Suppress {code} on this line"), code=code), uri, edit, diag, True))
            top = top_line(lines, suffix in MARKDOWN)
            edit = _insert_line(lines, top, f"<!-- attrlint-disable {code} -- {reason} -->")
            actions.append(_fix(say(language, N_("Suppress {code} in this document"), code=code), uri, edit, diag))
        # A bare command, which LSP allows among code actions: a code action holding one is read
        # back as a command by lsprotocol, so Python clients would not see it as it is.
        actions.append(types.Command(say(language, N_("Explain {code}"), code=code), EXPLAIN_COMMAND,
                                     arguments=[code, uri]))
    return actions


def _fix(title: str, uri: str, edit: types.TextEdit, diag: types.Diagnostic,
         preferred: bool = False) -> types.CodeAction:
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                            edit=types.WorkspaceEdit(changes={uri: [edit]}), is_preferred=preferred or None)
