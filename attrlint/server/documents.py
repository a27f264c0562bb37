"""The documents open in the editor: their text as the editor has it.

The server keeps its own copy rather than pygls's: pygls cuts lines as
Python's ``splitlines`` does, which also breaks at U+2028 and form feeds,
so an incremental edit after such a character would land in the wrong
place. Edits here are applied with :class:`~attrlint.server.positions.LineMap`,
which counts lines and columns as LSP does.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterator, Sequence
from urllib.parse import unquote, urlparse

from .positions import UTF16, LineMap

# The file suffix that picks attrlint's reader for a document the editor names by language.
SUFFIXES = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
LINTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")


def path_of(uri: str) -> str | None:
    """The file a ``file:`` URI names, or None for other schemes (an unsaved buffer)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if os.name == "nt" and path.startswith("/") and path[2:3] == ":":
        path = path[1:]
    return path


@dataclass
class OpenDocument:
    uri: str
    language_id: str
    version: int
    text: str

    @property
    def path(self) -> str:
        """The path attrlint lints the text as: the file, whose suffix picks the reader and
        whose folder the configuration; an unsaved buffer is named after its language in the
        current folder."""
        path = path_of(self.uri)
        suffix = SUFFIXES.get(self.language_id, "")
        if path is None:
            name = urlparse(self.uri).path.rsplit("/", 1)[-1] or "untitled"
            return os.path.join(os.getcwd(), name + suffix)
        if os.path.splitext(path)[1].lower() not in LINTED_SUFFIXES and suffix:
            return path + suffix  # README, an article with no extension: read as its language says
        return path

    @property
    def lintable(self) -> bool:
        """Whether attrlint reads this kind of document (Markdown, HTML, text)."""
        if self.language_id in SUFFIXES:
            return True
        path = path_of(self.uri) or ""
        return os.path.splitext(path)[1].lower() in LINTED_SUFFIXES


class Documents:
    """The open documents, by URI."""

    def __init__(self) -> None:
        self._open: dict[str, OpenDocument] = {}

    def open(self, uri: str, language_id: str, version: int, text: str) -> OpenDocument:
        doc = self._open[uri] = OpenDocument(uri, language_id, version, text)
        return doc

    def change(self, uri: str, version: int, changes: Sequence[Any], encoding: str = UTF16) -> OpenDocument | None:
        """Apply the editor's changes in order: a whole new text, or a range replaced."""
        doc = self._open.get(uri)
        if doc is None:
            return None
        text = doc.text
        for change in changes:
            where = getattr(change, "range", None)
            if where is None:
                text = change.text
                continue
            lines = LineMap(text, encoding)
            start = lines.offset(where.start.line, where.start.character)
            end = lines.offset(where.end.line, where.end.character)
            text = text[:start] + change.text + text[max(start, end):]
        doc.text, doc.version = text, version
        return doc

    def close(self, uri: str) -> None:
        self._open.pop(uri, None)

    def get(self, uri: str) -> OpenDocument | None:
        return self._open.get(uri)

    def __iter__(self) -> Iterator[OpenDocument]:
        return iter(list(self._open.values()))
