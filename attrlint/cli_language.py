"""The command line in the language of the run: its help, and argparse's own words.

The help texts are written in English in :mod:`attrlint.cli`; they are
translated once the parser is built, by walking it, so that adding an
option needs no more than its English help and its entry in the catalogs
(``scripts/catalogs.py`` finds the help texts the same way).
"""
from __future__ import annotations

import argparse
import contextlib
import gettext
from typing import Callable, Iterator

from .i18n import LANGUAGES


def requested_language(argv: list[str]) -> str | None:
    """The value of ``--language`` in ``argv``, read before parsing so the help itself can be translated."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--language="):
            value = arg.split("=", 1)[1]
        elif arg == "--language" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


@contextlib.contextmanager
def argparse_speaking(translation: gettext.NullTranslations) -> Iterator[None]:
    """argparse's own words (``usage:``, ``options``, its errors) from ``translation`` while in the block.

    argparse looks its words up through its module's ``_`` and
    ``ngettext`` each time it needs one: they are pointed at the
    translation for the block only.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translation.gettext, translation.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def parser_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text, description and group title of ``parser`` and its subcommands, in order."""
    texts: list[str] = []

    def collect(text: str) -> str:
        texts.append(text)
        return text

    _walk(parser, collect)
    return list(dict.fromkeys(texts))


def translate_parser(parser: argparse.ArgumentParser, gettext_: Callable[[str], str]) -> None:
    """Translate the help texts, descriptions and group titles of ``parser`` and its subcommands in place."""
    _walk(parser, gettext_)


def _walk(parser: argparse.ArgumentParser, change: Callable[[str], str], seen: set[int] | None = None) -> None:
    seen = set() if seen is None else seen
    if id(parser) in seen:
        return
    seen.add(id(parser))
    if parser.description:
        parser.description = change(parser.description)
    for group in parser._action_groups:
        if group.title:
            group.title = change(group.title)
        if group.description:
            group.description = change(group.description)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = change(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = change(choice.help)
            for sub in action.choices.values():
                _walk(sub, change, seen)
