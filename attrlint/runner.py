"""Running a lint over files: discovery, reading, linting, per-file errors.

A file that cannot be read becomes a ``read-error`` diagnostic naming the
file and the problem; the other files are still linted.
"""
from __future__ import annotations

import errno
import fnmatch
import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .decoding import LEGACY_ENCODINGS, BinaryFile, DecodeError, decode
from .engine import (INTERNAL_NAMES, LEGACY_ENCODING, READ_ERROR, ActiveRule, LineIndex, LintResult, lint_document,
                     make_diagnostic)
from .model import Diagnostic, Document, Severity, Span

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")


@dataclass
class RunOptions:
    """How files are found and read; shared by every file of a run."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    framing_reach: int | None = None
    jobs: int | None = None  # None: decided from the number of files
    use_cache: bool = True
    cache_dir: str | None = None
    max_file_size: int = 20 * 1024 * 1024
    rule_timeout: float = 10.0


@dataclass
class FileSettings:
    """What applies to one file: its rules, lexicon and options (from the nearest configuration)."""

    rules: list[ActiveRule]
    lexicon: object
    readers: dict[str, Callable]
    options: RunOptions


def _matches(path: Path, patterns: Iterable[str]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(posix, f"*/{p}")
               for p in patterns)


def discover(paths: Iterable[str], include: Iterable[str], exclude: Iterable[str]) -> Iterator[str]:
    """Files to lint: explicit files as given, folders walked (hidden folders skipped)."""
    include, exclude = tuple(include), tuple(exclude)
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            # A folder that cannot be listed is yielded: reading it reports why.
            for root, dirs, files in os.walk(path, onerror=lambda err: found.append(err.filename)):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _matches(Path(root, d), exclude))
                for name in files:
                    child = Path(root, name)
                    if _matches(child, include) and not _matches(child, exclude):
                        found.append(str(child))
            yield from sorted(found)
        else:
            if not _matches(path, exclude):
                yield raw


def read_error(path: str, message: str) -> LintResult:
    diag = Diagnostic(path=path, code=READ_ERROR, name=INTERNAL_NAMES[READ_ERROR], message=message,
                      span=Span(0, 0), severity=Severity.ERROR, plugin="attrlint", line=1, column=1,
                      end_line=1, end_column=1)
    return LintResult(path, [diag], error=True)


def reader_for(path: str, readers: dict[str, Callable]) -> Callable:
    suffix = Path(path).suffix.lower()
    return readers.get(suffix) or readers.get(".txt")


def _gave_up(path: str, stage: str) -> LintResult:
    return read_error(path, f"{path} was not checked: a text pattern ran past its time limit during {stage}")


def lint_text(path: str, text: str, rules: list[ActiveRule], lexicon, readers: dict[str, Callable],
              options: RunOptions, *, encoding: str = "utf-8") -> tuple[LintResult, Document | None]:
    reader = reader_for(path, readers)
    try:
        doc = reader(path, text)
    except TimeoutError:
        return _gave_up(path, "reading"), None
    except Exception as exc:
        return read_error(path, f"cannot read {path}: {type(exc).__name__}: {exc}"), None
    doc.encoding = encoding
    try:
        result = lint_document(doc, rules, lexicon, framing_reach=options.framing_reach,
                               rule_timeout=options.rule_timeout)
    except TimeoutError:
        return _gave_up(path, "the analysis"), doc
    except Exception as exc:  # an analysis bug must not take the other files down
        result = read_error(path, f"internal error while analysing {path}: {type(exc).__name__}: {exc}")
        result.tracebacks.append(f"{path}:\n{traceback.format_exc()}")
        return result, doc
    if encoding in LEGACY_ENCODINGS:
        result.diagnostics.insert(0, make_diagnostic(
            path, text, LineIndex(text), Span(0, 0), LEGACY_ENCODING, INTERNAL_NAMES[LEGACY_ENCODING],
            f"read as {LEGACY_ENCODINGS[encoding]}: the file is not UTF-8; convert it to UTF-8",
            Severity.INFO, "attrlint"))
    return result, doc


def _read_bytes(path: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the file: enough to tell it is too large, and
    no more (a device or a pipe may never end)."""
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


def _cannot_read(path: str, exc: OSError) -> str:
    """Why ``path`` cannot be read, in the words of a folder walk."""
    link = Path(path)
    if link.is_symlink() and exc.errno == errno.ENOENT:
        return f"cannot read {path}: broken symbolic link (to {os.readlink(path)})"
    if exc.errno == errno.ELOOP:
        return f"cannot read {path}: symbolic link loop"
    if exc.errno == errno.EISDIR or link.is_dir():
        try:
            os.scandir(path).close()
        except OSError as listing:
            return f"cannot read folder {path}: {listing.strerror or listing}"
        return f"cannot read {path}: it is a folder"
    return f"cannot read {path}: {exc.strerror or exc}"


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MB" if count >= 1024 * 1024 else f"{count} bytes"


def lint_file(path: str, rules: list[ActiveRule], lexicon, readers: dict[str, Callable],
              options: RunOptions, *, stdin_data: bytes | None = None) -> tuple[LintResult, Document | None]:
    """Lint one file (or ``stdin_data`` under the name ``path``).

    A file that cannot be read, is binary, undecodable or larger than
    ``options.max_file_size`` becomes one ``read-error`` diagnostic; a file
    read as Windows-1252 or Latin-1 gets a ``legacy-encoding`` note.
    """
    limit = options.max_file_size
    try:
        data = stdin_data if stdin_data is not None else _read_bytes(path, limit)
    except OSError as exc:
        return read_error(path, _cannot_read(path, exc)), None
    if len(data) > limit:
        size = len(data) if stdin_data is not None else _file_size(path, len(data))
        return read_error(path, f"{path} was not checked: {size} is above the maximum file size "
                                f"of {_size(limit)} (max-file-size)"), None
    try:
        text, encoding = decode(data)
    except BinaryFile as exc:
        return read_error(path, f"{path} skipped: {exc}"), None
    except DecodeError as exc:
        return read_error(path, f"cannot read {path}: {exc}"), None
    return lint_text(path, text, rules, lexicon, readers, options, encoding=encoding)


def _file_size(path: str, read: int) -> str:
    try:
        return _size(max(read, os.stat(path).st_size))
    except OSError:
        return f"more than {_size(read - 1)}"


def run_paths(paths: Iterable[str], settings_for: Callable[[str], FileSettings], *,
              stdin_filename: str = "-", stdin_data: bytes | None = None,
              discover_with: RunOptions | None = None) -> RunResult:
    """Lint every file under ``paths``; ``settings_for(path)`` gives each file's settings."""
    walk = discover_with or RunOptions()
    run = RunResult()
    for path in discover(paths, walk.include, walk.exclude):
        shown = stdin_filename if path == "-" else path
        settings = settings_for(shown)
        if path != "-" and not Path(path).exists() and not Path(path).is_symlink():
            result, doc = read_error(path, f"cannot read {path}: no such file or directory"), None
        else:
            result, doc = lint_file(shown, settings.rules, settings.lexicon, settings.readers, settings.options,
                                    stdin_data=stdin_data if path == "-" else None)
        run.results.append(result)
        if doc is not None:
            run.documents[result.path] = doc
    return run


@dataclass
class RunResult:
    results: list[LintResult] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for r in self.results for d in r.diagnostics]

    @property
    def error(self) -> bool:
        return any(r.error for r in self.results)

    @property
    def files_checked(self) -> int:
        return len(self.results)
