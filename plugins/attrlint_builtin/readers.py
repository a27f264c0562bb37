"""The built-in readers: plain text, Markdown, HTML."""
from __future__ import annotations

from attrlint import hookimpl
from attrlint.readers import BUILTIN_READERS


@hookimpl
def attrlint_readers():
    return dict(BUILTIN_READERS)
