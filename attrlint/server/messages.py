"""The server's own words (code action titles, hover labels, notices), in the run's language.

Every text the server shows goes through :func:`say`, written in English.
"""
from __future__ import annotations


def say(language: str, message: str, **values: object) -> str:
    """``message`` in ``language``, its ``{placeholders}`` filled with ``values``."""
    return message.format(**values) if values else message
