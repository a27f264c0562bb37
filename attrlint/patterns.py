"""Compiled regular expressions, kept between runs like bytecode.

The ``regex`` module compiles patterns in Python; attrlint's sixty-odd
patterns take longer to compile than an article takes to lint. A compiled
pattern pickles as its compiled code, so they are kept in one file of the
user's cache folder (``$XDG_CACHE_HOME/attrlint`` or ``~/.cache/attrlint``;
``$ATTRLINT_PATTERN_CACHE`` names another file, or ``off``), one per
version of ``regex`` and of Python, and loaded in one read. The file is
rewritten (atomically) at exit when a pattern was new; it can only hold
compiled patterns (anything else in it makes it ignored).

Modules import ``regex`` from here: the ``regex`` module itself, but for
``compile`` and the module-level ``match``, ``search``, ``sub``… which go
through the kept patterns.
"""
from __future__ import annotations

import atexit
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex as _regex

from .atomic import replace_file

PATTERN_CACHE_ENV = "ATTRLINT_PATTERN_CACHE"


def store_path() -> Path | None:
    """The file patterns are kept in, or None when they are not kept."""
    chosen = os.environ.get(PATTERN_CACHE_ENV)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return Path(base) / "attrlint" / f"patterns-regex{_regex.__version__}-py{version}.pickle"


def cache_folder() -> Path | None:
    """Where built data (patterns, the lexicon) is kept between runs; None when it is not."""
    path = store_path()
    return path.parent if path is not None else None


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file, so readers never see half of it.

    Returns whether it was written: failing to keep something is not an error.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
    except OSError:
        return False
    return True


class _PatternsOnly(pickle.Unpickler):
    """Unpickles compiled patterns and plain data, nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if module in ("regex._regex", "_regex") and name == "compile":
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


class PatternStore:
    """Compiled patterns by (pattern, flags), loaded from and saved to ``path``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.patterns: dict[tuple[Any, int], Any] = {}
        self.added = False
        self.owner = os.getpid()
        if path is not None:
            try:
                loaded = _PatternsOnly(io.BytesIO(path.read_bytes())).load()
                if isinstance(loaded, dict):
                    self.patterns = loaded
            except Exception:  # noqa: BLE001 - absent, unreadable, from elsewhere: compile afresh
                self.patterns = {}

    def compile(self, pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
        if kwargs or isinstance(pattern, _regex.Pattern):
            return _regex.compile(pattern, flags, **kwargs)
        key = (pattern, int(flags))
        compiled = self.patterns.get(key)
        if compiled is None:
            compiled = self.patterns[key] = _regex.compile(pattern, flags)
            self.added = True
        return compiled

    def save(self) -> None:
        """Write the patterns if some were new (only from the process that loaded them, not its workers)."""
        if not self.added or self.path is None or os.getpid() != self.owner:
            return
        write_atomically(self.path, pickle.dumps(self.patterns, protocol=pickle.HIGHEST_PROTOCOL))
        self.added = False


STORE = PatternStore(store_path())
atexit.register(STORE.save)


def _searching(method: str) -> Any:
    """``regex.<method>(pattern, string, flags, **kwargs)`` through the kept patterns."""

    def call(pattern: Any, string: str, flags: int = 0, **kwargs: Any) -> Any:
        return getattr(STORE.compile(pattern, flags), method)(string, **kwargs)

    call.__name__ = method
    return staticmethod(call)


class _Regex:
    """The ``regex`` module with its compiling functions going through :data:`STORE`.

    Keyword arguments (pos, endpos…) go to the compiled pattern's method.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(_regex, name)

    @staticmethod
    def compile(pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
        return STORE.compile(pattern, flags, **kwargs)

    match = _searching("match")
    fullmatch = _searching("fullmatch")
    search = _searching("search")
    finditer = _searching("finditer")
    findall = _searching("findall")

    @staticmethod
    def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0, **kwargs: Any) -> Any:
        return STORE.compile(pattern, flags).sub(repl, string, count, **kwargs)

    @staticmethod
    def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0, **kwargs: Any) -> Any:
        return STORE.compile(pattern, flags).split(string, maxsplit, **kwargs)


regex = _Regex()
