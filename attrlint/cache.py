"""Results of unchanged files, kept between runs.

An entry holds the diagnostics of one file (and the map of its sources,
when the run that kept it made one). Its key is a digest of the
file's path and content, and of everything else its diagnostics depend on
(the file's settings: active rules with their options and severities,
plugin and reader code, the lexicon, the language of the messages and its
catalogs; attrlint's version and code). Change
any of them and the key changes, so an entry is never stale: it is simply
not found again.

Entries are small JSON files under ``<cache dir>/v1/``, written to a
temporary file and moved into place (``os.replace``), so concurrent runs
never see half an entry; an entry that cannot be read or parsed is a miss.
Results with errors (a rule that crashed, a file that could not be read)
are never kept. The cache folder is ``.attrlint_cache`` in the current
folder, or ``$ATTRLINT_CACHE_DIR``, or ``--cache-dir``.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .engine import LintResult
from .i18n import LOCALE_DIR, catalog_file
from .model import Diagnostic, Severity, Span
from .patterns import write_atomically

CACHE_DIR_ENV = "ATTRLINT_CACHE_DIR"
DEFAULT_CACHE_DIR = ".attrlint_cache"
FORMAT = "v1"
_FIELDS = ("code", "name", "message", "severity", "plugin", "line", "column", "end_line", "end_column",
           "excerpt", "help")


def cache_dir(option: str | None = None) -> Path:
    """The cache folder: the option, else ``$ATTRLINT_CACHE_DIR``, else ``.attrlint_cache``."""
    return Path(option or os.environ.get(CACHE_DIR_ENV) or DEFAULT_CACHE_DIR)


def _module_stamp(module_name: str) -> str:
    """Where a module's code is and when it last changed: edits to an installed-in-place plugin count."""
    module = sys.modules.get(module_name)
    location = getattr(module, "__file__", None)
    if not location:
        return module_name
    try:
        st = os.stat(location)
    except OSError:
        return f"{module_name}:{location}"
    version = getattr(module, "__version__", "")
    return f"{module_name}:{version}:{location}:{st.st_mtime_ns}:{st.st_size}"


def _own_code_stamp() -> str:
    """attrlint's version and the state of its own code and grammar."""
    root = Path(__file__).parent
    import attrlint_grammars

    parts = [__version__]
    grammars = Path(attrlint_grammars.__file__).parent
    # The word lists of grammars/lexicon are read by the analysis too (subjects, figures).
    for folder, pattern in ((root, "*.py"), (root / "analysis", "*.py"), (root / "readers", "*.py"),
                            (grammars, "*.lark"), (grammars / "lexicon", "*.toml"), (grammars / "lexicon", "*.txt")):
        for path in sorted(folder.glob(pattern)):
            st = path.stat()
            parts.append(f"{path.name}:{st.st_mtime_ns}:{st.st_size}")
    return "\n".join(parts)


def _file_stamp(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path}:none"
    return f"{path}:{st.st_mtime_ns}:{st.st_size}"


class ResultCache:
    """Per-file results under ``directory``, keyed by content and settings."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.root = Path(directory)
        self.entries = self.root / FORMAT
        self._code = _own_code_stamp()
        self._fingerprints: dict[int, tuple[object, str]] = {}
        self._ready = False

    # -- keys -----------------------------------------------------------------
    def fingerprint(self, settings: Any) -> str:
        """A digest of what a file's diagnostics depend on besides its content."""
        known = self._fingerprints.get(id(settings))
        if known is not None and known[0] is settings:
            return known[1]
        h = hashlib.sha256(self._code.encode())
        for active in settings.rules:
            rule = type(active.instance)
            options = json.dumps(active.instance.settings, sort_keys=True, default=repr)
            h.update(f"\nrule {active.info.code} {active.info.plugin} {rule.__module__}.{rule.__qualname__} "
                     f"{int(active.severity)} {options} {_module_stamp(rule.__module__)}".encode())
        for suffix, reader in sorted(settings.readers.items()):
            module = getattr(reader, "__module__", "")
            h.update(f"\nreader {suffix} {module}.{getattr(reader, '__qualname__', '')} "
                     f"{_module_stamp(module)}".encode())
        fingerprint = getattr(settings.lexicon, "fingerprint", None)
        h.update(f"\nlexicon {fingerprint() if fingerprint else repr(settings.lexicon)}".encode())
        h.update(f"\nframing {settings.options.framing_reach}".encode())
        # Messages are kept translated: another language, or an edited catalog, is another entry.
        language = getattr(settings, "language", "en")
        h.update(f"\nlanguage {language}".encode())
        for folder in (str(LOCALE_DIR), *getattr(settings, "catalogs", ())):
            h.update(f"\ncatalog {_file_stamp(catalog_file(folder, language))}".encode())
        digest = h.hexdigest()
        self._fingerprints[id(settings)] = (settings, digest)
        return digest

    def key(self, path: str, data: bytes, settings: Any) -> str:
        h = hashlib.sha256(self.fingerprint(settings).encode())
        h.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(data).digest())
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.entries / key[:2] / f"{key[2:]}.json"

    # -- reading and writing ----------------------------------------------------
    def get(self, key: str, path: str) -> LintResult | None:
        """The cached result, or None (absent, unreadable or malformed entries alike)."""
        try:
            with open(self._entry(key), encoding="utf-8") as f:
                data = json.load(f)
            if data["path"] != path:
                return None
            result = LintResult(path, [_diagnostic(path, row) for row in data["diagnostics"]],
                                directives=data.get("directives", True))
            if isinstance(data.get("sources"), str):
                result.sources = data["sources"]
            return result
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, key: str, result: LintResult) -> None:
        """Keep a result; results with errors are not kept. Failing to write is not an error."""
        if result.error:
            return
        entry = self._entry(key)
        data = {"path": result.path, "directives": result.directives,
                "diagnostics": [[d.span.start, d.span.end] + [_plain(getattr(d, f)) for f in _FIELDS]
                                for d in result.diagnostics]}
        if result.sources is not None:
            data["sources"] = result.sources
        try:
            self._prepare()
        except OSError:
            return  # a read-only or full disk makes the next run slower, not wrong
        write_atomically(entry, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def _prepare(self) -> None:
        """Mark the folder as a cache, for backup tools and for git, as ruff does."""
        if self._ready:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
                                            "# This file is a cache directory tag created by attrlint.\n"),
                           (".gitignore", "# Automatically created by attrlint.\n*\n")):
            target = self.root / name
            if not target.exists():
                target.write_text(text, encoding="utf-8")
        self._ready = True


def _plain(value: Any) -> Any:
    return int(value) if isinstance(value, Severity) else value


def _diagnostic(path: str, row: list) -> Diagnostic:
    start, end, *values = row
    if len(values) != len(_FIELDS):
        raise ValueError("malformed cache entry")
    fields = dict(zip(_FIELDS, values))
    fields["severity"] = Severity(fields["severity"])
    return Diagnostic(path=path, span=Span(start, end), **fields)
