"""Readers: source text → :class:`Document` (blocks with their roles).

A reader never changes offsets: it blanks out what is not prose (markup,
front matter, code, comments) in ``Document.prose`` and records blocks as
spans of the source; markup inside a word is decoded in place (see
:mod:`attrlint.sourcemap`). Readers for other formats come from plugins
(``attrlint_readers`` hook).
"""
from __future__ import annotations

from .html import read_html
from .markdown import read_markdown
from .text import read_text

__all__ = ["BUILTIN_READERS", "read_html", "read_markdown", "read_text"]

BUILTIN_READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
