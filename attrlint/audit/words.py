"""The audit's words for people (its report and its messages), in the run's language.

Every user-visible string of the audit goes through :func:`words_for`,
which translates with the project's catalogs when they are installed.
"""
from __future__ import annotations

from typing import Callable


def words_for(language: str) -> Callable[..., str]:
    """``say(message, **values)``: ``message`` in ``language``, with ``values`` put in its ``{fields}``."""
    try:
        from ..i18n import translation
        gettext = translation(language).gettext
    except ImportError:  # a build without catalogs speaks English
        def gettext(message: str) -> str:
            return message

    def say(message: str, **values: object) -> str:
        text = gettext(message)
        return text.format(**values) if values else text

    return say
