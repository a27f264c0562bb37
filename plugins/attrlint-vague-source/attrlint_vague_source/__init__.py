"""attrlint plugin: SRC001 vague-source.

Registered under the ``attrlint`` entry-point group (see ``pyproject.toml``).
"""
from __future__ import annotations

from pathlib import Path

from attrlint import hookimpl

from .rule import VagueSource

__version__ = "0.1.0"


@hookimpl
def attrlint_rules():
    return [VagueSource]


@hookimpl
def attrlint_locale_dir():
    """The plugin's translations: ``locale/<language>/LC_MESSAGES/attrlint.mo``, next to this module."""
    return Path(__file__).parent / "locale"
