"""The check-titles option of the rules that read the article's body.

A headline or a subheading condenses the article: its figures and quotations
are the body's, sourced there if anywhere (SPEC §2.1 rule 5). The body rules
skip them unless a newsroom sets the option.
"""
from __future__ import annotations

from collections.abc import Mapping

from attrlint.i18n import N_
from attrlint.model import BlockKind
from attrlint.rules import Option

TITLE_BLOCKS = frozenset({BlockKind.TITLE, BlockKind.HEADING})
CHECK_TITLES = Option(bool, False, N_("also check the headline and subheadings"))


def checked_titles(settings: Mapping[str, object]) -> frozenset[BlockKind]:
    """The title blocks a rule with the ``check-titles`` option reads under ``settings``."""
    return TITLE_BLOCKS if settings["check-titles"] else frozenset()
