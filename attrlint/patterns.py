"""Compiled regular expressions, kept between runs like bytecode.

The ``regex`` module compiles patterns in Python; attrlint's sixty-odd
patterns take longer to compile than an article takes to lint. A compiled
pattern is made again from the arguments its pickling gives
``_regex.compile`` (its compiled code, as plain data), so they are kept in
one file of the user's cache folder (``$XDG_CACHE_HOME/attrlint`` or
``~/.cache/attrlint``; ``$ATTRLINT_PATTERN_CACHE`` names another file, or
``off``), one per version of ``regex`` and of Python, and loaded in one
read. Each pattern's arguments are kept marshalled on their own and read
when the pattern is first asked for: the file also holds the patterns of
earlier versions, configurations and commands, which would cost more to
read than this run's own. The file is rewritten (atomically) at exit when a
pattern was new; it can only hold plain data (anything else in it makes it
ignored).

Modules import ``regex`` from here: the ``regex`` module itself, but for
``compile`` and the module-level ``match``, ``search``, ``sub``… which go
through the kept patterns.
"""
from __future__ import annotations

import atexit
import copyreg
import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex as _regex

from .atomic import replace_file

# What a compiled pattern's pickling calls to make it again, with its compiled code.
_MAKE_PATTERN = _regex._regex.compile  # type: ignore[attr-defined]  # the C module, which the stubs leave out

PATTERN_CACHE_ENV = "ATTRLINT_PATTERN_CACHE"


def store_path() -> Path | None:
    """The file patterns are kept in, or None when they are not kept."""
    chosen = os.environ.get(PATTERN_CACHE_ENV)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return Path(base) / "attrlint" / f"patterns-regex{_regex.__version__}-py{version}.marshal"


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


def _kept_form(compiled: Any) -> bytes | None:
    """The arguments that make ``compiled`` again, marshalled; None when its pickling is another."""
    reduced: Any = copyreg.dispatch_table[type(compiled)](compiled)  # a pattern's is (maker, arguments)
    maker, arguments = reduced
    if maker is not _MAKE_PATTERN:
        return None
    try:
        return marshal.dumps(arguments)
    except ValueError:  # not plain data
        return None


def _made_again(kept: bytes) -> Any:
    """The compiled pattern ``kept`` makes, or None when it holds anything else."""
    try:
        arguments = marshal.loads(kept)
        compiled = _MAKE_PATTERN(*arguments) if isinstance(arguments, tuple) else None
    except Exception:  # noqa: BLE001 - from elsewhere: compile afresh
        return None
    return compiled if isinstance(compiled, _regex.Pattern) else None


class PatternStore:
    """Compiled patterns by (pattern, flags), loaded from and saved to ``path``.

    ``patterns`` are those compiled or made again in this process; ``kept``
    are those of the file, each made again when it is first asked for.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.patterns: dict[tuple[Any, int], Any] = {}
        self.kept: dict[tuple[Any, int], bytes] = {}
        self.added = False
        self.owner = os.getpid()
        if path is not None:
            try:
                loaded = marshal.loads(path.read_bytes())
                if isinstance(loaded, dict) and all(isinstance(kept, bytes) for kept in loaded.values()):
                    self.kept = loaded
            except Exception:  # noqa: BLE001 - absent, unreadable, from elsewhere: compile afresh
                self.kept = {}

    def compile(self, pattern: Any, flags: int = 0, **kwargs: Any) -> Any:
        if kwargs or isinstance(pattern, _regex.Pattern):
            return _regex.compile(pattern, flags, **kwargs)
        key = (pattern, int(flags))
        compiled = self.patterns.get(key)
        if compiled is None:
            kept = self.kept.get(key)
            compiled = _made_again(kept) if kept is not None else None
            if compiled is None:
                compiled = _regex.compile(pattern, flags)
                self.kept.pop(key, None)
                self.added = True
            self.patterns[key] = compiled
        return compiled

    def save(self) -> None:
        """Write the patterns if some were new (only from the process that loaded them, not its workers)."""
        if not self.added or self.path is None or os.getpid() != self.owner:
            return
        for key, compiled in self.patterns.items():
            if key not in self.kept:
                kept = _kept_form(compiled)
                if kept is not None:
                    self.kept[key] = kept
        try:
            data = marshal.dumps(self.kept)
        except ValueError:  # a key that is not plain data
            return
        write_atomically(self.path, data)
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

    # Called for each word of the word lists while the patterns are built: no __getattr__ in between.
    escape = staticmethod(_regex.escape)

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


# Type checkers read the module itself: it has the same functions, with their types.
if TYPE_CHECKING:
    regex = _regex
else:
    regex = _Regex()
