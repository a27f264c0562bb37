"""Hook specifications: the plugin author's reference.

A plugin is a module (or an object) with functions marked
``@attrlint.hookimpl`` and named after the hooks below. A hook
implementation may take fewer arguments than its specification, never
others. Built-in rules, formats and readers are plugins of exactly this
kind, registered through the ``attrlint`` entry-point group.

A plugin is found in one of two ways:

- an installed distribution declares an entry point in the ``attrlint``
  group, in its ``pyproject.toml``::

      [project.entry-points.attrlint]
      house-rules = "newsroom_rules"

- the configuration names a module or a ``.py`` file, relative to the
  configuration file::

      [tool.attrlint]
      plugins = ["house_rules.py"]

Each hook is called once, when the plugins are loaded, in this order:
built-in plugins first, then the others in the order they were loaded.
An exception raised by a hook stops the run with an error naming the
plugin (a rule that raises while checking a document does not: see
:mod:`attrlint.engine`).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable

import pluggy

if TYPE_CHECKING:
    from .formatting import RenderContext
    from .lexicon import Lexicon
    from .model import Diagnostic, Document
    from .rules import Rule

hookspec = pluggy.HookspecMarker("attrlint")

# The specifications below are a docstring and no body: pluggy reads their
# names, arguments and docstrings and never calls them. Where the return type
# is not None, mypy's empty-body check is silenced for that reason, as pytest
# does for its own hook specifications.


@hookspec
def attrlint_rules() -> list[type[Rule]]:  # type: ignore[empty-body]
    """Register rules.

    Called once when the plugins are loaded, before any document is read.

    Return a list of :class:`attrlint.rules.Rule` subclasses (the classes,
    not instances). Each declares its ``code`` (``"HOU001"``: two to five
    capitals and three digits; ``ATL`` is reserved), a kebab-case ``name``,
    a one-line ``summary``, its ``severity``, whether it is
    ``enabled_by_default``, its ``options`` and ``examples``, and a
    ``check(doc)`` method that yields violations. attrlint creates one
    instance per run, with the options of the configuration.

    Codes and names must be unique across all plugins: a clash is an error
    naming both plugins. A class that breaks the contract (a malformed
    code, no ``check``, an option whose default has the wrong type) is an
    error naming the plugin and the rule.
    """


@hookspec
def attrlint_lexicon(lexicon: Lexicon) -> None:
    """Extend the lexicon the attribution grammar runs on.

    Called once, when the plugins are loaded, after the shipped lexicon
    (``grammars/lexicon``) is read; the configuration's additions come
    after, so a configuration can still override a plugin.

    ``lexicon`` is the :class:`attrlint.lexicon.Lexicon` being built. Call
    its methods:

    - ``add_speech_verb("claironner")``: a verb of saying, given as its
      infinitive; regular -er and -ir verbs are conjugated for you, other
      verbs take their forms (``finite=``, ``pp=``, ``ppr=``);
    - ``add_source_noun("porte-parole")``: a noun that names a source (its
      plural is added);
    - ``add_channel("infolettre")``: a medium statements are made in
      ("dans une infolettre");
    - ``add_agency("APA", ["APA"], wire=True)``: a news agency by its
      names; ``wire=True`` for agencies whose reporting needs a credit line,
      ``wire=False`` for agencies quoted as sources.

    Return nothing.
    """


@hookspec
def attrlint_formats() -> dict[str, Callable[[list[Diagnostic], RenderContext], str]]:  # type: ignore[empty-body]
    """Register output formats, chosen with ``attrlint check --format NAME``.

    Called once when the plugins are loaded.

    Return a mapping of format name to a function
    ``render(diagnostics, context) -> str``. ``diagnostics`` is the sorted
    list of :class:`attrlint.model.Diagnostic` of the whole run (every file;
    ``Diagnostic.to_dict()`` gives every field); ``context`` is an
    :class:`attrlint.formatting.RenderContext` with the rules' metadata,
    the text of the files with diagnostics by path (as much of it as the
    function's ``reads_sources`` attribute asks for: see
    :class:`attrlint.formatting.Sources`), the number of files checked,
    whether to use colour, and the version. The returned text is written
    to standard output as is.

    A plugin may replace a built-in format by registering its name; two
    plugins registering the same name is an error naming both.
    """


@hookspec
def attrlint_readers() -> dict[str, Callable[[str, str], Document]]:  # type: ignore[empty-body]
    """Register input readers, chosen by the linted file's suffix.

    Called once when the plugins are loaded.

    Return a mapping of file suffix (``".docx"``: with its dot, in lower
    case) to a function ``read(path, text) -> attrlint.model.Document``.
    ``path`` is the path as given on the command line and ``text`` the
    decoded file. The reader splits the text into blocks (title, paragraph,
    caption, credit line, byline…) and must keep offsets: ``Document.source``
    is ``text`` unchanged, and ``Document.prose`` has its length, with what
    is not prose (markup, code, comments) replaced by spaces. A reader that
    decodes markup inside words (``d&eacute;clar&eacute;`` read as
    ``déclaré``) sets ``Document.source_map`` (see ``attrlint.sourcemap``)
    so that reports still point at the source. Files whose suffix has no
    reader are read as plain text.

    A plugin may replace a built-in reader by registering its suffix; two
    plugins registering the same suffix is an error naming both.
    """


@hookspec
def attrlint_locale_dir() -> str | os.PathLike[str] | None:
    """Ship the plugin's translations: return the folder of its gettext catalogs.

    Called once when the plugins are loaded.

    The folder holds one compiled catalog per language,
    ``<folder>/<language>/LC_MESSAGES/attrlint.mo`` (``fr/LC_MESSAGES/
    attrlint.mo``), made with the usual tools from a ``.po`` file whose
    message ids are the plugin's English texts: each rule's ``summary``,
    ``message``, ``messages``, ``explanation`` and option help. Messages
    are looked up in attrlint's own catalog first, then in the plugins'
    in the order they were loaded; a text no catalog holds stays English.
    Ship the ``.mo`` files as package data. Return None to ship none.
    """
