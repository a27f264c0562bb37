"""The language attrlint speaks: English or French, through gettext catalogs.

English is the source text: every message, summary and explanation is
written in English in the code and looked up in a catalog for the other
languages. attrlint's own catalog is ``attrlint/locale/<language>/
LC_MESSAGES/attrlint.mo`` (compiled from the ``.po`` next to it); a plugin
ships its own through the ``attrlint_locale_dir`` hook (see
:mod:`attrlint.hookspecs`). A text no catalog holds is shown in English.

The language of a run comes from ``--language``, else the ``language``
key of the configuration, else the locale (``LC_ALL``, then
``LC_MESSAGES``, then ``LANG``, as POSIX orders them), else English.
"""
from __future__ import annotations

import functools
import gettext
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
DOMAIN = "attrlint"
LOCALE_DIR = Path(__file__).parent / "locale"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# The folders of the catalogs that the plugins loaded so far ship, in the order they were loaded.
_plugin_dirs: list[str] = []


def N_(text: str) -> str:
    """Mark ``text`` for the catalogs without translating it (rule metadata, messages given later)."""
    return text


def english(text: str) -> str:
    """The gettext of an English run: each text as it is written."""
    return text


def check_language(value: Any) -> str:
    """``value`` when it is a language attrlint speaks, else :class:`ValueError`."""
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r} (known: {', '.join(LANGUAGES)})")
    return value


def locale_language(value: str) -> str | None:
    """The language of a locale name: ``fr_FR.UTF-8``, ``fr_BE``, ``fr`` → ``fr``; None for ``C``, ``POSIX``."""
    code = value.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].split("-", 1)[0].lower()
    return code if code and code not in ("c", "posix") else None


def resolve_language(option: str | None = None, configured: str | None = None,
                     environ: Mapping[str, str] | None = None) -> str:
    """The language of a run: the option, else the configuration's, else the locale's, else English.

    The first locale variable that is set decides, as it does for every
    program; a locale in a language attrlint does not speak (``de_DE``,
    ``C.UTF-8``) means English.
    """
    for chosen in (option, configured):
        if chosen:
            return check_language(chosen)
    env = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = env.get(variable)
        if value:
            language = locale_language(value)
            return language if language in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def add_catalog_dir(directory: str | os.PathLike[str]) -> None:
    """Add a plugin's catalogs (``<directory>/<language>/LC_MESSAGES/attrlint.mo``) to :func:`translation`."""
    path = os.fspath(directory)
    if path not in _plugin_dirs:
        _plugin_dirs.append(path)


def catalog_dirs() -> tuple[str, ...]:
    """The folders of the plugins' catalogs added so far."""
    return tuple(_plugin_dirs)


def catalog_file(directory: str | os.PathLike[str], language: str) -> Path:
    return Path(directory) / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def translation(language: str, plugin_dirs: Iterable[str] | None = None) -> gettext.NullTranslations:
    """The texts of ``language``: attrlint's catalog, then those of the plugins.

    ``plugin_dirs`` are the plugins' catalog folders (by default, those of
    the plugins loaded so far). English is the source text: its
    translation gives every text back unchanged.
    """
    return _translation(language, tuple(_plugin_dirs if plugin_dirs is None else plugin_dirs))


@functools.lru_cache(maxsize=16)
def _translation(language: str, plugin_dirs: tuple[str, ...]) -> gettext.NullTranslations:
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    found = [catalog for catalog in (load_catalog(d, language) for d in (str(LOCALE_DIR), *plugin_dirs)) if catalog]
    if not found:
        return gettext.NullTranslations()
    first = found[0]
    for catalog in found[1:]:
        first.add_fallback(catalog)
    return first


def load_catalog(directory: str | os.PathLike[str], language: str) -> gettext.GNUTranslations | None:
    """The compiled catalog of ``language`` in ``directory``, or None when there is none."""
    try:
        with open(catalog_file(directory, language), "rb") as f:
            return gettext.GNUTranslations(f)
    except FileNotFoundError:
        return None


def rule_summary(rule: Any, language: str) -> str:
    """A rule's one-line summary in ``language``."""
    return translation(language).gettext(rule.summary) if rule.summary else ""


def rule_message(rule: Any, language: str) -> str:
    """What a rule's diagnostics say by default, in ``language`` (its summary when it has no message)."""
    return rule_summary(rule, language) if not rule.message else translation(language).gettext(rule.message)


def rule_explanation(rule: Any, language: str) -> str:
    """A rule's explanation in ``language``, dedented and stripped ("" when it has none)."""
    if not rule.explanation or not rule.explanation.strip():
        return ""
    import textwrap  # only explanations are laid out

    return textwrap.dedent(translation(language).gettext(rule.explanation)).strip()



class Phrase:
    """English text with ``{placeholders}``, translated when it is shown; a placeholder may hold a phrase too.

    For texts made before the language is known (an exception's message):
    ``Phrase(N_("invalid byte {byte} at {where}"), byte="0xe9", where=Phrase(N_("line {line}"), line=3))``.
    ``str()`` gives the English. A phrase with no parameters is not formatted.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template, self.params = template, params

    def text(self, gettext: Callable[[str], str] | None = None) -> str:
        translate = gettext or N_
        if not self.params:  # a text with no placeholders is shown as it is, braces and all
            return translate(self.template)
        values = {key: value.text(gettext) if isinstance(value, Phrase) else value
                  for key, value in self.params.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.text()


def message_of(error: BaseException, gettext: Callable[[str], str] | None = None) -> str:
    """An exception's message, translated when it was made from a :class:`Phrase`."""
    phrase = getattr(error, "phrase", None) or (error.args[0] if error.args else None)
    return phrase.text(gettext) if isinstance(phrase, Phrase) else str(error)
