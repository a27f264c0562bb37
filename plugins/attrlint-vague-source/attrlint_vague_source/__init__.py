"""attrlint plugin: SRC001 vague-source.

Registered under the ``attrlint`` entry-point group (see ``pyproject.toml``).
"""
from __future__ import annotations

from attrlint import hookimpl

from .rule import VagueSource

__version__ = "0.1.0"


@hookimpl
def attrlint_rules():
    return [VagueSource]
