"""The server's own words (code action titles, hover labels, notices), in the run's language.

Every text the server shows goes through :func:`say`, written in English
and marked with ``N_`` for the catalogs (``scripts/catalogs.py``).
"""
from __future__ import annotations

from ..i18n import translation


def say(language: str, message: str, **values: object) -> str:
    """``message`` in ``language`` (attrlint's catalog, then the plugins'), its ``{placeholders}`` filled."""
    text = translation(language).gettext(message)
    return text.format(**values) if values else text
