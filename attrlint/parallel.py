"""Linting the files of a run: cached results first, the others in one process or several.

Results come back in the order of the files whatever the number of jobs,
so a parallel run prints exactly what a serial run prints. Without
``--jobs``, a handful of files is linted in this process and more are
spread over one worker per CPU.

Workers are forked from the run: they inherit its plugins, rules, lexicon
and the files' bytes, and send back only the results. Where processes
cannot be forked, each worker gets the files' settings pickled instead;
settings that cannot be pickled (rules from a local plugin file) make the
run serial.
"""
from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .cache import ResultCache, cache_dir
from .decoding import DecodeError, decode
from .engine import LintResult
from .model import Document
from .runner import lint_bytes, read_error, read_file, reader_for

# Fewer files than this are linted in this process when --jobs is not given:
# starting workers would cost more than it saves.
MANY_FILES = 8


@dataclass
class FileOutcome:
    """One file's result, and its document (None when it could not be read)."""

    result: LintResult
    document: Document | None = None


@dataclass
class _Task:
    index: int
    path: str
    data: bytes
    settings: Any
    key: str | None
    cache: ResultCache | None


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs(files: int) -> int:
    return cpu_count() if files >= MANY_FILES else 1


def lint_files(found: Iterable[tuple[str, str]], settings_for: Callable[[str], Any], *,
               stdin_data: bytes | None = None,
               progress: Callable[[int, int], None] | None = None) -> list[FileOutcome]:
    """Lint each ``(shown path, path)``; one outcome per file, in order.

    Each file's options say whether its result is cached, and where; the
    first file's say how many processes lint the files (None: decided from
    their number). ``progress(done, total)`` is called before the first
    file and after each one.
    """
    found = list(found)
    caches: dict[str, ResultCache] = {}
    outcomes: list[FileOutcome | None] = []
    pending: list[_Task] = []
    jobs: int | None = None
    done = 0
    if progress is not None:
        progress(0, len(found))
    for shown, path in found:
        settings = settings_for(shown)
        options = settings.options
        jobs = options.jobs if jobs is None else jobs
        data = _read(shown, path, stdin_data, options.max_file_size)
        if isinstance(data, LintResult):
            outcomes.append(FileOutcome(data))
        else:
            cache = _cache_for(options, caches) if path != "-" else None
            key = cache.key(shown, data, settings) if cache is not None else None
            hit = cache.get(key, shown) if cache is not None and key is not None else None
            if hit is None:
                pending.append(_Task(len(outcomes), shown, data, settings, key, cache))
                outcomes.append(None)
                continue
            outcomes.append(FileOutcome(hit, _document(shown, data, settings)))
        done += 1
        if progress is not None:
            progress(done, len(found))
    workers = jobs if jobs and jobs > 0 else default_jobs(len(pending))
    for task, result, document in _lint(pending, min(workers, len(pending))):
        if document is None and not result.error:
            document = _document(task.path, task.data, task.settings)  # linted in a worker: read it here
        outcomes[task.index] = FileOutcome(result, document)
        if task.cache is not None and task.key is not None:
            task.cache.put(task.key, result)
        done += 1
        if progress is not None:
            progress(done, len(found))
    return outcomes  # type: ignore[return-value]  # every slot is filled


def _cache_for(options: Any, caches: dict[str, ResultCache]) -> ResultCache | None:
    if not options.use_cache:
        return None
    folder = str(cache_dir(options.cache_dir))
    cache = caches.get(folder)
    if cache is None:
        cache = caches[folder] = ResultCache(folder)
    return cache


def _read(shown: str, path: str, stdin_data: bytes | None, limit: int) -> bytes | LintResult:
    if path == "-" and stdin_data is not None:
        return stdin_data
    if not Path(path).exists() and not Path(path).is_symlink():
        return read_error(path, f"cannot read {path}: no such file or directory")
    return read_file(shown, limit)


def _document(path: str, data: bytes, settings: Any) -> Document | None:
    """The file read (not analysed) here, for what comes after the rules: suppressions, sources."""
    try:
        text, encoding = decode(data)
        document = reader_for(path, settings.readers)(path, text)
    except Exception:  # noqa: BLE001 - linting it reported the problem already
        return None
    document.encoding = encoding
    return document


# -- running ------------------------------------------------------------------

# The run's tasks, inherited by forked workers (set only while they run).
_TASKS: list[_Task] = []


def _lint(tasks: list[_Task], jobs: int) -> Iterator[tuple[_Task, LintResult, Document | None]]:
    done = 0
    if jobs > 1:
        from concurrent.futures.process import BrokenProcessPool  # process pools only cost when used

        try:
            for task, result in zip(tasks, _in_workers(tasks, jobs)):
                done += 1
                yield task, result, None
        except BrokenProcessPool:
            pass  # a worker died (killed, out of memory): what it had is linted here
    for task in tasks[done:]:
        result, document = lint_bytes(task.path, task.data, task.settings)
        yield task, result, document


def _in_workers(tasks: list[_Task], jobs: int) -> Iterator[LintResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _TASKS
    chunk = max(1, min(16, len(tasks) // (jobs * 4)))
    if "fork" in multiprocessing.get_all_start_methods():
        _TASKS = tasks
        try:
            with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
                yield from pool.map(_lint_inherited, range(len(tasks)), chunksize=chunk)
        finally:
            _TASKS = []
        return
    settings = _picklable_settings(tasks)
    if settings is None:
        raise BrokenProcessPool("settings cannot be sent to worker processes")
    with ProcessPoolExecutor(jobs, initializer=_receive_settings, initargs=(settings[0],)) as pool:
        work = [(t.path, t.data, settings[1][i]) for i, t in enumerate(tasks)]
        yield from pool.map(_lint_sent, work, chunksize=chunk)


def _lint_inherited(index: int) -> LintResult:
    task = _TASKS[index]
    return lint_bytes(task.path, task.data, task.settings)[0]


_SETTINGS: list[Any] = []


def _picklable_settings(tasks: list[_Task]) -> tuple[bytes, list[int]] | None:
    """The distinct settings of the tasks, pickled, and each task's index among them."""
    distinct: dict[int, int] = {}
    table: list[Any] = []
    for task in tasks:
        if id(task.settings) not in distinct:
            distinct[id(task.settings)] = len(table)
            table.append(task.settings)
    try:
        return pickle.dumps(table), [distinct[id(t.settings)] for t in tasks]
    except Exception:  # noqa: BLE001 - rules of local plugin files, closures…
        return None


def _receive_settings(pickled: bytes) -> None:
    _SETTINGS[:] = pickle.loads(pickled)


def _lint_sent(work: tuple[str, bytes, int]) -> LintResult:
    path, data, settings = work
    return lint_bytes(path, data, _SETTINGS[settings])[0]
