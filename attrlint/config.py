"""Configuration files: where they are, what they say, and whether it is valid.

A configuration is the ``[tool.attrlint]`` table of a ``pyproject.toml``, or
the top level of an ``attrlint.toml`` or ``.attrlint.toml``. It is looked
for from each linted file's folder upwards; the nearest one applies to the
file, whole (configurations are not merged). A ``pyproject.toml`` without a
``[tool.attrlint]`` table is not a configuration: the search goes on above
it.

This module checks the shape of a configuration (known keys, types,
values); what depends on the installed plugins (rule codes, rule options,
agencies) is checked when the configuration is put to use
(:mod:`attrlint.settings`). Every problem is a :class:`ConfigError` naming
the file and the key.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .i18n import LANGUAGES, N_, Phrase, check_language
from .model import Severity

CONFIG_FILES = (".attrlint.toml", "attrlint.toml", "pyproject.toml")
SEVERITIES = ("info", "warning", "error")


class ConfigError(Exception):
    """A configuration that cannot be used: the file, and what is wrong."""

    def __init__(self, path: Path | str | None, message: str | Phrase) -> None:
        super().__init__(f"{shown_path(path)}: {message}" if path else str(message))
        self.path = path
        self.message = str(message)
        self.phrase = message if isinstance(message, Phrase) else Phrase(message)

    def text(self, gettext: Callable[[str], str] | None = None) -> str:
        """The error, translated by ``gettext`` (English without it)."""
        message = self.phrase.text(gettext)
        return f"{shown_path(self.path)}: {message}" if self.path else message


def shown_path(path: Path | str) -> str:
    """``path`` relative to the current folder when it is under it, as people type it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def did_you_mean(word: str, candidates: Iterable[str], gettext: Callable[[str], str] = N_) -> str:
    """`` (did you mean 'x'?)`` when a candidate is close to ``word``, else nothing (translated by ``gettext``)."""
    hint = suggestion(word, candidates)
    return hint.text(gettext) if isinstance(hint, Phrase) else hint


def suggestion(word: str, candidates: Iterable[str]) -> Phrase | str:
    """`` (did you mean 'x'?)`` as a :class:`Phrase` when a candidate is close to ``word``, else ``""``."""
    import difflib  # only for mistakes

    candidates = list(candidates)
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    if not close:
        lowered = {c.lower(): c for c in candidates}
        close = [lowered[m] for m in difflib.get_close_matches(word.lower(), lowered, n=1, cutoff=0.6)]
    if not close:  # "wire-agencies" for "wire"
        close = [c for c in candidates if len(c) >= 3 and word.lower().startswith(c.lower())][:1]
    return Phrase(N_(" (did you mean {word!r}?)"), word=close[0]) if close else ""


@dataclass
class Config:
    """One configuration file, checked for shape. ``path`` is None for the defaults."""

    path: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] | None = None
    exclude: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: Severity | None = None
    lexicon: dict[str, list[str]] = field(default_factory=dict)
    agencies: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    plugins: list[str] = field(default_factory=list)
    disable_plugins: list[str] = field(default_factory=list)
    max_file_size: int | None = None
    language: str | None = None
    prefix: str = ""  # "tool.attrlint." in a pyproject.toml: keys are named as the user wrote them

    @property
    def base(self) -> Path:
        """The folder relative paths of this configuration start from."""
        return self.path.parent if self.path else Path.cwd()

    def key(self, *parts: str) -> str:
        """A key as written in this file: ``tool.attrlint.lexicon.speech-verbs``."""
        return self.prefix + ".".join(parts)

    def error(self, message: str | Phrase) -> ConfigError:
        return ConfigError(self.path, message)


# -- reading ----------------------------------------------------------------------

def _read_toml(path: Path) -> dict[str, Any]:
    # Imported here: a run without any configuration file needs no TOML parser.
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(path, Phrase(N_("cannot read: {error}"), error=exc.strerror or exc)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(path, Phrase(N_("not valid TOML: {error}"), error=exc)) from None


def _table_of(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """The attrlint table of a parsed file, or None when a pyproject.toml has none."""
    if path.name != "pyproject.toml":
        return data
    tool = data.get("tool")
    if not isinstance(tool, dict) or "attrlint" not in tool:
        return None
    if not isinstance(tool["attrlint"], dict):
        raise ConfigError(path, Phrase(N_("tool.attrlint must be a table")))
    return tool["attrlint"]


def load_config(path: Path | str) -> Config:
    """The configuration in ``path`` (named by ``--config``: a pyproject.toml must have the table)."""
    path = Path(os.path.abspath(path))
    if not path.is_file():
        raise ConfigError(path, Phrase(N_("no such configuration file")))
    table = _table_of(path, _read_toml(path))
    if table is None:
        raise ConfigError(path, Phrase(N_("no [tool.attrlint] table in this pyproject.toml")))
    return parse_config(table, path)


class ConfigFinder:
    """The nearest configuration of each folder, each file read once."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, Config | None] = {}
        self._by_name: dict[str, Config | None] = {}  # the same, by the folder's absolute name

    def nearest(self, folder: Path | str) -> Config | None:
        """The configuration that applies in ``folder``: its own, or its nearest parent's."""
        name = os.path.abspath(folder)
        if name in self._by_name:  # asked for each file of a folder: no paths made again
            return self._by_name[name]
        found = self._by_name[name] = self._nearest(Path(name))
        return found

    def _nearest(self, folder: Path) -> Config | None:
        walked = []
        found: Config | None = None
        for candidate in (folder, *folder.parents):
            if candidate in self._by_folder:
                found = self._by_folder[candidate]
                break
            walked.append(candidate)
            found = self._in_folder(candidate)
            if found is not None:
                break
        for seen in walked:
            self._by_folder[seen] = found
        return found

    @staticmethod
    def _in_folder(folder: Path) -> Config | None:
        for name in CONFIG_FILES:
            path = folder / name
            if path.is_file():
                table = _table_of(path, _read_toml(path))
                if table is not None:
                    return parse_config(table, path)
        return None


# -- checking the shape --------------------------------------------------------------

_TYPE_NAMES = {str: N_("a string"), bool: N_("a boolean"), int: N_("an integer"), float: N_("a number"),
               list: N_("a list"), dict: N_("a table")}


def _type_name(value: Any) -> Phrase:
    """What a value is, for errors (``str()`` gives the English)."""
    return Phrase(_TYPE_NAMES.get(type(value), type(value).__name__))


def _strings(config: Config, value: Any, *key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        shown = _type_name(value) if not isinstance(value, list) else \
            Phrase(N_("a list holding {type}"), type=_type_name(next(i for i in value if not isinstance(i, str))))
        raise config.error(Phrase(N_("{key} must be a list of strings, not {type}"), key=config.key(*key),
                                  type=shown))
    return list(value)


def _table(config: Config, value: Any, *key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise config.error(Phrase(N_("{key} must be a table, not {type}"), key=config.key(*key),
                                  type=_type_name(value)))
    return value


def _severity(config: Config, value: Any, *key: str) -> str:
    if not isinstance(value, str):
        raise config.error(Phrase(N_("{key} must be one of {choices}, not {value}"), key=config.key(*key),
                                  choices=", ".join(SEVERITIES), value=_type_name(value)))
    if value.lower() not in SEVERITIES:
        raise config.error(Phrase(N_("{key} must be one of {choices}, not {value!r}{hint}"), key=config.key(*key),
                                  choices=", ".join(SEVERITIES), value=value, hint=suggestion(value, SEVERITIES)))
    return value.lower()


def _check_keys(config: Config, table: dict[str, Any], known: Iterable[str], *where: str) -> None:
    known = list(known)
    for key in table:
        if key not in known:
            hint: Phrase | str = suggestion(key, known)
            if key == "tool" and not where and not config.prefix:
                hint = Phrase(N_(" ({file} takes the keys at the top level, with no [tool.attrlint] table)"),
                              file=config.path.name if config.path else Phrase(N_("this file")))
            raise config.error(Phrase(N_("unknown key {key!r}{hint}"), key=config.key(*where, key), hint=hint))


def _per_file_ignores(config: Config, value: Any, key: str) -> dict[str, list[str]]:
    return {glob: _strings(config, codes, key, glob) for glob, codes in _table(config, value, key).items()}


def _severities(config: Config, value: Any, key: str) -> dict[str, str]:
    return {code: _severity(config, level, key, code) for code, level in _table(config, value, key).items()}


def _lexicon(config: Config, value: Any, key: str) -> dict[str, list[str]]:
    table = _table(config, value, key)
    _check_keys(config, table, LEXICON_KEYS, key)
    return {name: _strings(config, words, key, name) for name, words in table.items()}


def _agency_names(config: Config, value: Any, *key: str) -> dict[str, list[str]]:
    table = _table(config, value, *key)
    return {agency: _strings(config, names, *key, agency) for agency, names in table.items()}


def _agencies(config: Config, value: Any, key: str) -> dict[str, Any]:
    table = _table(config, value, key)
    _check_keys(config, table, AGENCY_KEYS, key)
    checked: dict[str, Any] = {}
    for name, entry in table.items():
        if name in ("wire", "state"):
            checked[name] = _agency_names(config, entry, key, name)
        else:
            checked[name] = _strings(config, entry, key, name)
    return checked


def _rules(config: Config, value: Any, key: str) -> dict[str, dict[str, Any]]:
    return {rule: dict(_table(config, options, key, rule)) for rule, options in _table(config, value, key).items()}


# Decimal units, as pip and ruff count: 20MB is 20,000,000 bytes. The binary ones are
# there for whoever means them (20MiB is 20,971,520 bytes).
_SIZE_UNITS = {"": 1, "b": 1, "kb": 1000, "k": 1000, "mb": 1000 ** 2, "m": 1000 ** 2, "gb": 1000 ** 3, "g": 1000 ** 3,
               "kib": 1024, "mib": 1024 ** 2, "gib": 1024 ** 3}


def parse_size(value: str | int) -> int:
    """A size in bytes from ``20000000``, ``"20MB"``, ``"500 kB"`` (decimal units: 1 kB is 1,000
    bytes; ``KiB``, ``MiB`` and ``GiB`` are binary); ValueError if it is none."""
    if isinstance(value, int) and not isinstance(value, bool):
        number, unit = value, ""
    elif isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+)\s*([A-Za-z]*)\s*", value)
        if m is None or m.group(2).lower() not in _SIZE_UNITS:
            raise ValueError(Phrase(N_("{value!r} is not a size (like 20MB, 500kB or a number of bytes)"),
                                    value=value))
        number, unit = int(m.group(1)), m.group(2).lower()
    else:
        raise ValueError(Phrase(N_("a size is a number of bytes or a string like '20MB', not {type}"),
                                type=_type_name(value)))
    if number < 1:
        raise ValueError(Phrase(N_("a size must be at least one byte")))
    return number * _SIZE_UNITS[unit]


def _max_file_size(config: Config, value: Any, key: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise config.error(Phrase(N_("{key}: {error}"), key=config.key(key), error=exc.args[0])) from None


def _fail_on(config: Config, value: Any, key: str) -> Severity:
    return Severity.parse(_severity(config, value, key))


def _language(config: Config, value: Any, key: str) -> str:
    try:
        return check_language(value)
    except ValueError:
        raise config.error(Phrase(N_("{key}: unknown language {value!r} (known: {known})"), key=config.key(key),
                                  value=value, known=", ".join(LANGUAGES))) from None


LEXICON_KEYS = ("speech-verbs", "source-nouns", "channels")
AGENCY_KEYS = ("require-credit", "extend-require-credit", "wire", "state")

# key → (attribute of Config, how the value is checked)
_KEYS: dict[str, tuple[str, Callable[[Config, Any, str], Any]]] = {
    "select": ("select", _strings),
    "extend-select": ("extend_select", _strings),
    "ignore": ("ignore", _strings),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "severity": ("severity", _severities),
    "fail-on": ("fail_on", _fail_on),
    "lexicon": ("lexicon", _lexicon),
    "agencies": ("agencies", _agencies),
    "rules": ("rules", _rules),
    "plugins": ("plugins", _strings),
    "disable-plugins": ("disable_plugins", _strings),
    "max-file-size": ("max_file_size", _max_file_size),
    "language": ("language", _language),
}


def parse_config(table: dict[str, Any], path: Path | None = None) -> Config:
    """A :class:`Config` from the attrlint table of ``path``; :class:`ConfigError` if its shape is wrong."""
    config = Config(path=path, prefix="tool.attrlint." if path is not None and path.name == "pyproject.toml" else "")
    _check_keys(config, table, _KEYS)
    for key, value in table.items():
        attribute, check = _KEYS[key]
        setattr(config, attribute, check(config, value, key))
    return config
