"""A run over files: discovery, the files linted in order, what the run keeps.

The run asks :mod:`attrlint.parallel` to lint its files (in this process or
in workers, from the cache where it can); linting one file
(:mod:`attrlint.runner`) knows nothing of runs.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .engine import LintResult
from .globs import matches
from .model import Diagnostic, Document
from .parallel import lint_files
from .runner import FileSettings, RunOptions


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
            # A folder that cannot be listed is yielded: reading it reports why.
            for root, dirs, files in os.walk(path, onerror=lambda err: found.append(err.filename)):
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


def run_paths(paths: Iterable[str], settings_for: Callable[[str], FileSettings], *,
              stdin_filename: str = "-", stdin_data: bytes | None = None,
              discover_with: RunOptions | Callable[[str], RunOptions] | None = None,
              progress: Callable[[int, int], None] | None = None,
              each_file: Callable[[LintResult, Document | None], None] | None = None,
              keep_sources: bool = True, keep_documents: bool = False) -> RunResult:
    """Lint every file under ``paths``; ``settings_for(path)`` gives each file's settings.

    ``discover_with`` gives the include/exclude patterns used to find the
    files: one :class:`RunOptions` for all, or a function of the path (by
    default, the options of ``settings_for``). ``progress(done, total)`` is
    called before the first file and after each one. The files' options
    also say how many processes lint them and where their results are
    cached (see :mod:`attrlint.parallel`).

    ``each_file(result, document)`` is called as each file is done, in the
    order of the files, while its document (None when the file could not
    be read) is still there: it may change the result (the command line
    applies inline suppressions there). The document is then let go,
    unless ``keep_documents``; with ``keep_sources``, the text of a file
    is kept when its result has diagnostics, for formats that show or
    fingerprint them. Without either, a run's memory does not grow with
    the text of its files.
    """
    if discover_with is None:
        options_for = lambda path: settings_for(path).options  # noqa: E731
    elif callable(discover_with):
        options_for = discover_with
    else:
        options_for = lambda path: discover_with  # noqa: E731
    found = [(stdin_filename if path == "-" else path, path) for path in discover(paths, options_for)]
    run = RunResult()
    for outcome in lint_files(found, settings_for, stdin_data=stdin_data, progress=progress):
        result, document = outcome.result, outcome.document
        if each_file is not None:
            each_file(result, document)
        run.results.append(result)
        if document is not None and keep_sources and result.diagnostics:
            run.sources[result.path] = document.source
        if document is not None and keep_documents:
            run.documents[result.path] = document
    return run


class RunResult:
    """Each file's result, in the order of the files.

    ``sources`` holds the text of each file with diagnostics, by path;
    ``documents`` the read document of each file, when asked for. (A plain
    class: a dataclass would compile its methods at each start.)
    """

    __slots__ = ("results", "sources", "documents")

    def __init__(self) -> None:
        self.results: list[LintResult] = []
        self.sources: dict[str, str] = {}
        self.documents: dict[str, Document] = {}

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for r in self.results for d in r.diagnostics]

    @property
    def error(self) -> bool:
        return any(r.error for r in self.results)

    @property
    def files_checked(self) -> int:
        return len(self.results)
