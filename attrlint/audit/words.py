"""The audit's words for people (its report and its messages), in the run's language.

Every user-visible text of the audit is written ``_("…")`` with
``_ = words_for(language)``, and its values put in afterwards
(``_("{count} articles").format(count=n)``), so that the catalogs hold it
as written.
"""
from __future__ import annotations

from typing import Callable


def words_for(language: str) -> Callable[[str], str]:
    """The gettext of ``language``: a text of the audit in that language."""
    try:
        from ..i18n import translation
    except ImportError:  # a build without catalogs speaks English
        return str
    return translation(language).gettext
