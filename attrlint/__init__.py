"""attrlint: a source-attribution linter for French journalism."""
from __future__ import annotations

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("attrlint")
"""Marker for plugin hook implementations: ``@attrlint.hookimpl``."""

__all__ = ["hookimpl", "__version__"]
