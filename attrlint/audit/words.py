"""The audit's words for people (its report and its messages), in the run's language.

Every user-visible text of the audit is written ``_("…")`` with
``_ = words_for(language)``, and its values put in afterwards
(``_("{count} articles").format(count=n)``), so that the catalogs hold it
as written.
"""
from __future__ import annotations

from typing import Callable

from ..i18n import N_, translation

# What a source is and how plainly it is named, as the tables write them (in
# English) and the report says them.
SOURCE_WORDS = (N_("person"), N_("institution"), N_("document"), N_("agency"), N_("anonymous"), N_("vague"),
                N_("unknown"), N_("named"), N_("described"))


def words_for(language: str) -> Callable[[str], str]:
    """The gettext of ``language``: a text of the audit in that language."""
    return translation(language).gettext
