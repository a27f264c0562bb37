"""Readers: source text → :class:`Document` (blocks with their roles).

A reader never changes offsets: it blanks out what is not prose (markup,
front matter, code, comments) in ``Document.prose`` and records blocks as
spans of the source; markup inside a word is decoded in place (see
:mod:`attrlint.sourcemap`). Readers for other formats come from plugins
(``attrlint_readers`` hook).
"""
from __future__ import annotations

from ..model import Document
from .text import read_text

__all__ = ["BUILTIN_READERS", "read_html", "read_markdown", "read_text"]


# The Markdown and HTML readers are imported when a file asks for them: a
# run over plain text (and the start of every run) does without them.

def read_markdown(path: str, source: str) -> Document:
    """Markdown: see :func:`attrlint.readers.markdown.read_markdown`."""
    from .markdown import read_markdown as read

    return read(path, source)


def read_html(path: str, source: str) -> Document:
    """HTML: see :func:`attrlint.readers.html.read_html`."""
    from .html import read_html as read

    return read(path, source)


BUILTIN_READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
