"""attrlint: a source-attribution linter for French journalism."""
from __future__ import annotations

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("attrlint")
"""Marker for plugin hook implementations: ``@attrlint.hookimpl``."""

__all__ = ["hookimpl", "__version__", "audit"]


def __getattr__(name: str):
    # attrlint.audit(...) audits an archive; its libraries (the audit extra) load only when it is used.
    if name == "audit":
        import importlib

        return importlib.import_module(".audit", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
