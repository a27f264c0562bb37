"""Hook specifications: the plugin author's reference.

A plugin is a module (or object) with functions marked ``@attrlint.hookimpl``
and named after the hooks below. Built-in rules, formats and readers are
plugins of exactly this kind, registered through the ``attrlint``
entry-point group.
"""
from __future__ import annotations

from typing import Any, Callable

import pluggy

hookspec = pluggy.HookspecMarker("attrlint")


@hookspec
def attrlint_rules() -> list[type]:
    """Register rules.

    Called once when the plugin manager loads. Return a list of
    :class:`attrlint.rules.Rule` subclasses. Codes must be unique across
    all plugins: a clash is an error naming both plugins.
    """


@hookspec
def attrlint_lexicon(lexicon: Any) -> None:
    """Extend the lexicon the attribution grammar runs on.

    Called once after the shipped lexicon (``grammars/lexicon``) is loaded and
    before configuration additions. ``lexicon`` is an
    :class:`attrlint.lexicon.Lexicon`: call ``add_speech_verb("claironner")``,
    ``add_source_noun("porte-parole")``, ``add_channel("newsletter")`` or
    ``add_agency("ANSA", ["ANSA"], wire=True)``. Return nothing.
    """


@hookspec
def attrlint_formats() -> dict[str, Callable]:
    """Register output formats.

    Return a mapping of format name to a callable
    ``render(diagnostics, context) -> str``, where ``diagnostics`` is the
    sorted list of :class:`attrlint.model.Diagnostic` and ``context`` an
    :class:`attrlint.formatting.RenderContext` (rules metadata, sources,
    colour, options). The returned text is written as is.
    """


@hookspec
def attrlint_readers() -> dict[str, Callable]:
    """Register input readers.

    Return a mapping of file suffix (``".docx"``, with the dot, lower case)
    to a callable ``read(path, text) -> attrlint.model.Document``. A reader
    must keep offsets: ``Document.prose`` has the length of the text, with
    non-prose blanked out. Later registrations win over built-in readers.
    """
