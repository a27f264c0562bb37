"""The Python API: lint a string or files without the command line.

    >>> from attrlint.api import lint_string
    >>> [d.code for d in lint_string("Titre\\n\\nAu moins 300 soldats ont été tués.\\n")]
    ['FIG001']
"""
from __future__ import annotations

from typing import Iterable

from .engine import ActiveRule
from .model import Diagnostic
from .plugins import Registry, build_registry
from .runner import RunOptions, lint_text


def active_rules(registry: Registry, select: Iterable[str] | None = None) -> list[ActiveRule]:
    """The registry's rules on by default, or those whose code starts with one of ``select``."""
    chosen = []
    wanted = [s.upper() for s in select] if select is not None else None
    for code, info in registry.rules.items():
        on = info.rule.enabled_by_default if wanted is None else any(code.startswith(w) for w in wanted)
        if on:
            chosen.append(ActiveRule(info, info.rule(), info.rule.severity))
    return chosen


def lint_string(text: str, path: str = "<string>.txt", *, select: Iterable[str] | None = None,
                registry: Registry | None = None) -> list[Diagnostic]:
    """Diagnostics of ``text`` read as the file ``path`` (its suffix picks the reader)."""
    registry = registry or build_registry()
    result, _ = lint_text(path, text, active_rules(registry, select), registry.lexicon(), registry.readers,
                          RunOptions())
    return result.diagnostics
