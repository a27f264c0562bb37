"""Running a lint over files: discovery, reading, linting, per-file errors.

A file that cannot be read becomes a ``read-error`` diagnostic naming the
file and the problem; the other files are still linted.
"""
from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .decoding import DecodeError, decode
from .engine import READ_ERROR, INTERNAL_NAMES, ActiveRule, LintResult, lint_document
from .globs import matches
from .model import Diagnostic, Document, Severity, Span

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")


@dataclass
class RunOptions:
    """How files are found and read; the same for every file under one configuration.

    ``include`` and ``exclude`` are glob patterns as :func:`attrlint.globs.anchor` gives them.
    """

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


def discover(paths: Iterable[str], options_for: Callable[[str], RunOptions]) -> Iterator[str]:
    """Files to lint, each once: explicit files as given (unless excluded), folders walked.

    ``options_for(path)`` gives the include and exclude patterns that apply
    to ``path`` (those of its configuration). Hidden folders are skipped
    when walking.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not matches(os.path.join(root, d), options_for(os.path.join(root, d)).exclude))
                for name in files:
                    child = os.path.join(root, name)
                    options = options_for(child)
                    if matches(child, options.include) and not matches(child, options.exclude):
                        found.append(os.path.normpath(child))
            candidates = sorted(found)
        else:
            candidates = [] if _excluded(raw, options_for(raw).exclude) else [raw]
        for candidate in candidates:
            key = os.path.normcase(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                yield candidate


def _excluded(path: str, exclude: tuple[str, ...]) -> bool:
    """Whether a file named on the command line is excluded, by its name or a folder it is in.

    Only the folders below the current one count (pre-commit names files
    from the repository's root), never the folders above it.
    """
    if matches(path, exclude):
        return True
    relative = Path(os.path.relpath(path))
    return not relative.parts[0] == ".." and any(matches(folder, exclude) for folder in relative.parents[:-1])


def read_error(path: str, message: str) -> LintResult:
    diag = Diagnostic(path=path, code=READ_ERROR, name=INTERNAL_NAMES[READ_ERROR], message=message,
                      span=Span(0, 0), severity=Severity.ERROR, plugin="attrlint", line=1, column=1,
                      end_line=1, end_column=1)
    return LintResult(path, [diag], error=True)


def reader_for(path: str, readers: dict[str, Callable]) -> Callable:
    suffix = Path(path).suffix.lower()
    return readers.get(suffix) or readers.get(".txt")


def lint_text(path: str, text: str, rules: list[ActiveRule], lexicon, readers: dict[str, Callable],
              options: RunOptions, *, encoding: str = "utf-8") -> tuple[LintResult, Document | None]:
    reader = reader_for(path, readers)
    try:
        doc = reader(path, text)
    except Exception as exc:
        return read_error(path, f"cannot read {path}: {type(exc).__name__}: {exc}"), None
    doc.encoding = encoding
    try:
        return lint_document(doc, rules, lexicon, framing_reach=options.framing_reach,
                             rule_timeout=options.rule_timeout), doc
    except Exception as exc:  # an analysis bug must not take the other files down
        result = read_error(path, f"internal error while analysing {path}: {type(exc).__name__}: {exc}")
        result.tracebacks.append(f"{path}:\n{traceback.format_exc()}")
        return result, doc


def lint_file(path: str, rules: list[ActiveRule], lexicon, readers: dict[str, Callable],
              options: RunOptions, *, stdin_data: bytes | None = None) -> tuple[LintResult, Document | None]:
    try:
        data = stdin_data if stdin_data is not None else Path(path).read_bytes()
    except OSError as exc:
        return read_error(path, f"cannot read {path}: {exc.strerror or exc}"), None
    return lint_bytes(path, data, FileSettings(rules, lexicon, readers, options))


def lint_bytes(path: str, data: bytes, settings: FileSettings) -> tuple[LintResult, Document | None]:
    """Lint the content ``data`` of the file ``path``."""
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return read_error(path, f"cannot read {path}: {exc}"), None
    return lint_text(path, text, settings.rules, settings.lexicon, settings.readers, settings.options,
                     encoding=encoding)


def run_paths(paths: Iterable[str], settings_for: Callable[[str], FileSettings], *,
              stdin_filename: str = "-", stdin_data: bytes | None = None,
              discover_with: RunOptions | Callable[[str], RunOptions] | None = None,
              progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Lint every file under ``paths``; ``settings_for(path)`` gives each file's settings.

    ``discover_with`` gives the include/exclude patterns used to find the
    files: one :class:`RunOptions` for all, or a function of the path (by
    default, the options of ``settings_for``). ``progress(done, total)`` is
    called before the first file and after each one. The files' options
    also say how many processes lint them and where their results are
    cached (see :mod:`attrlint.parallel`).
    """
    from .parallel import lint_files

    if discover_with is None:
        options_for = lambda path: settings_for(path).options  # noqa: E731
    elif callable(discover_with):
        options_for = discover_with
    else:
        options_for = lambda path: discover_with  # noqa: E731
    found = [(stdin_filename if path == "-" else path, path) for path in discover(paths, options_for)]
    run = RunResult()
    for outcome in lint_files(found, settings_for, stdin_data=stdin_data, progress=progress):
        run.results.append(outcome.result)
        if outcome.document is not None:
            run.documents[outcome.result.path] = outcome.document
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
