"""The Python API: lint a string or files without the command line.

    >>> from attrlint.api import lint_string
    >>> [d.code for d in lint_string("Titre\\n\\nAu moins 300 soldats ont été tués.\\n")]
    ['FIG001']
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from .engine import ActiveRule
from .i18n import DEFAULT_LANGUAGE, check_language, translation
from .model import Diagnostic
from .plugins import Registry, build_registry
from .runner import RunOptions, lint_text, reader_for
from .sources import ArticleSources, source_map


def active_rules(registry: Registry, select: Iterable[str] | None = None,
                 settings: Mapping[str, Mapping[str, Any]] | None = None) -> list[ActiveRule]:
    """The registry's rules on by default, or those whose code starts with one of ``select``.

    ``settings`` maps a rule code to its options (``{"FIG001": {"check-titles": True}}``);
    a bad option raises :class:`attrlint.rules.OptionError`.
    """
    chosen = []
    wanted = [s.upper() for s in select] if select is not None else None
    settings = settings or {}
    for code, info in registry.rules.items():
        on = info.rule.enabled_by_default if wanted is None else any(code.startswith(w) for w in wanted)
        if on:
            chosen.append(ActiveRule(info, info.rule(**settings.get(code, {})), info.rule.severity))
    return chosen


def lint_string(text: str, path: str = "<string>.txt", *, select: Iterable[str] | None = None,
                registry: Registry | None = None, settings: Mapping[str, Mapping[str, Any]] | None = None,
                options: RunOptions | None = None, lexicon: Any = None,
                language: str = DEFAULT_LANGUAGE) -> list[Diagnostic]:
    """Diagnostics of ``text`` read as the file ``path`` (its suffix picks the reader).

    ``select`` and ``settings`` are as in :func:`active_rules`; ``registry``
    defaults to the installed plugins, ``lexicon`` to the registry's.
    Messages are in ``language`` ("en" or "fr").
    """
    registry = registry or build_registry()
    gettext = translation(check_language(language), registry.catalogs).gettext
    result, _ = lint_text(path, text, active_rules(registry, select, settings), lexicon or registry.lexicon(),
                          registry.readers, options or RunOptions(), gettext=gettext)
    return result.diagnostics


def sources_of_text(text: str, path: str = "<string>.txt", *, registry: Registry | None = None) -> ArticleSources:
    """The map of sources of ``text`` read as the file ``path`` (its suffix picks the reader)."""
    from .analysis import analyse  # imported on first use, as the engine does

    registry = registry or build_registry()
    doc = reader_for(path, registry.readers)(path, text)
    return source_map(analyse(doc, registry.lexicon()))
