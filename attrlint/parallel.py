"""Linting the files of a run: cached results first, the others in one process or several.

Results come back in the order of the files whatever the number of jobs,
so a parallel run prints exactly what a serial run prints. Without
``--jobs``, a handful of files is linted in this process and more are
spread over one worker per CPU.

The files go through in batches (read, looked up in the cache, linted),
and each outcome is handed on as soon as it is known: a run holds the
bytes of one batch at a time, however many files it has.

Workers are forked for each batch: they inherit its plugins, rules,
lexicon and the batch's bytes, and send back only the results. Where
processes cannot be forked, each worker gets the files' settings pickled
instead; settings that cannot be pickled (rules from a local plugin file)
make the run serial.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterable, Iterator, NamedTuple

from .decoding import decode
from .engine import GROUP_CHARS, GROUP_FILES, LintResult
from .model import Document
from .startup import settle
from .runner import decode_content, lint_bytes, lint_decoded_many, read_error, read_file, reader_for

if TYPE_CHECKING:
    from .cache import ResultCache

# Fewer files than this are linted in this process when --jobs is not given:
# starting workers would cost more than it saves.
MANY_FILES = 8

# A batch: the files read, looked up and linted together, so the most bytes
# a run holds at once. Each batch forks its workers and joins them (about
# 10 ms), and its last chunk leaves a worker idle a little while: a per
# cent or two of the seconds that linting 1,000 articles (4 to 5 MB) takes.
# Its workers also start with what the analysis learns as it goes (the
# words seen, the shapes of cues parsed) empty: some 0.1 s each. The byte
# budget bounds a batch, long files or short (8 MB is seconds of linting,
# some 1,700 short dispatches); the count only bounds the files' entries.
BATCH_FILES = 5000
BATCH_BYTES = 8 * 1024 * 1024


class FileOutcome(NamedTuple):
    """One file's result, and its document (None when it could not be read). (A named tuple: a
    dataclass would compile its methods at each start.)"""

    result: LintResult
    document: Document | None = None


class _Task:
    """A file of a batch: its bytes until it is linted, its result once known. (A plain class: a
    dataclass would compile its methods at each start.)"""

    def __init__(self, path: str, data: bytes, settings: Any, key: str | None, cache: ResultCache | None,
                 result: LintResult | None = None, cached: bool = False) -> None:
        self.path = path
        self.data = data
        self.settings = settings
        self.key = key
        self.cache = cache
        self.result = result  # a cached result or a read error, until linted
        self.cached = cached


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
               progress: Callable[[int, int], None] | None = None,
               batch_files: int | None = None, batch_bytes: int | None = None) -> Iterator[FileOutcome]:
    """Lint each ``(shown path, path)``; one outcome per file, in order, each as soon as it is done.

    The files are read, looked up in the cache and linted a batch at a
    time: ``batch_files`` files or ``batch_bytes`` bytes read, whichever
    comes first (by default :data:`BATCH_FILES` and :data:`BATCH_BYTES`),
    one file at least. Only one batch's bytes are held at once, and no
    outcome is kept once handed on. Each file's options say whether its
    result is cached, and where; the first file's say how many processes
    lint the files (None: decided from the number of files each batch has
    to lint). ``progress(done, total)`` is called before the first file
    and after each one.
    """
    found = list(found)
    batch_files = batch_files or BATCH_FILES
    batch_bytes = batch_bytes or BATCH_BYTES
    caches: dict[str, ResultCache] = {}
    jobs: int | None = None
    done = 0
    if progress is not None:
        progress(0, len(found))
    files = iter(found)
    while True:
        batch: list[_Task] = []
        size = 0
        for shown, path in files:
            settings = settings_for(shown)
            options = settings.options
            jobs = options.jobs if jobs is None else jobs
            batch.append(_look_up(shown, path, settings, stdin_data, caches))
            size += len(batch[-1].data)
            if len(batch) >= batch_files or size >= batch_bytes:
                break
        if not batch:
            return
        settle()  # the files' settings are read: the start of a command line run is over
        for outcome in _lint_batch(batch, jobs):
            done += 1
            if progress is not None:
                progress(done, len(found))
            yield outcome


def _look_up(shown: str, path: str, settings: Any, stdin_data: bytes | None,
             caches: dict[str, ResultCache]) -> _Task:
    """The file read, with its cached result when there is one (or its read error)."""
    data = _read(shown, path, stdin_data, settings.options.max_file_size, settings.gettext)
    if isinstance(data, LintResult):
        return _Task(shown, b"", settings, None, None, data, cached=False)
    cache = _cache_for(settings.options, caches) if path != "-" else None
    key = cache.key(shown, data, settings) if cache is not None else None
    hit = cache.get(key, shown) if cache is not None and key is not None else None
    if hit is not None and settings.options.source_maps and hit.sources is None:
        hit = None  # kept by a run that made no map of sources: linted again, and kept with one
    return _Task(shown, data, settings, key, cache, hit, cached=hit is not None)


def _lint_batch(batch: list[_Task], jobs: int | None) -> Iterator[FileOutcome]:
    """The outcomes of a batch, in order; each file's bytes are let go once its outcome is made."""
    pending = [task for task in batch if task.result is None]
    workers = jobs if jobs and jobs > 0 else default_jobs(len(pending))
    linted = _lint(pending, min(workers, len(pending)))
    try:
        for task in batch:
            document = None
            if task.result is None:
                task.result, document = next(linted)
                if document is None and not task.result.error:
                    document = _document(task, task.result)  # linted in a worker: read it here
                if task.cache is not None and task.key is not None:
                    task.cache.put(task.key, task.result)
            elif task.cached:
                document = _document(task, task.result)
            outcome = FileOutcome(task.result, document)
            task.data, task.result = b"", None
            yield outcome
    finally:
        linted.close()  # ends the batch's workers


def _cache_for(options: Any, caches: dict[str, ResultCache]) -> ResultCache | None:
    if not options.use_cache:
        return None
    from .cache import ResultCache, cache_dir  # a run with no cache never reads its module

    folder = str(cache_dir(options.cache_dir))
    cache = caches.get(folder)
    if cache is None:
        cache = caches[folder] = ResultCache(folder)
    return cache


def _read(shown: str, path: str, stdin_data: bytes | None, limit: int,
          gettext: Callable[[str], str]) -> bytes | LintResult:
    if path == "-" and stdin_data is not None:
        return stdin_data
    if not Path(path).exists() and not Path(path).is_symlink():
        return read_error(path, gettext("cannot read {path}: {error}").format(
            path=path, error=gettext("no such file or directory")))
    return read_file(shown, limit, gettext)


def _document(task: _Task, result: LintResult) -> Document | None:
    """The file read (not analysed) here, for what comes after the rules: suppressions, sources.

    A file that holds no suppression is only decoded: its text is all that is needed.
    """
    try:
        text, encoding = decode(task.data)
        if result.directives:
            document = reader_for(task.path, task.settings.readers)(task.path, text)
        else:
            document = Document(task.path, text, text, [], format="text")
    except Exception:  # noqa: BLE001 - linting it reported the problem already
        return None
    document.encoding = encoding
    return document


# -- running ------------------------------------------------------------------

# The batch's tasks, inherited by forked workers (set only while they run).
_TASKS: list[_Task] = []


def _lint(tasks: list[_Task], jobs: int) -> Generator[tuple[LintResult, Document | None], None, None]:
    """Each task's result, in order, with its document when it was linted in this process."""
    done = 0
    if jobs > 1:
        from concurrent.futures.process import BrokenProcessPool  # process pools only cost when used

        try:
            for result in _in_workers(tasks, jobs):
                done += 1
                yield result, None
        except BrokenProcessPool:
            pass  # a worker died (killed, out of memory): what it had is linted here
    yield from _lint_grouped(tasks[done:])


def _lint_grouped(tasks: list[_Task]) -> Iterator[tuple[LintResult, Document | None]]:
    """Each task's result, in order, in groups of files of the same settings."""
    group: list[tuple[str, tuple[str, str]]] = []
    settings: Any = None
    chars = 0
    for task in tasks:
        decoded = decode_content(task.path, task.data, task.settings.options.max_file_size,
                                 task.settings.gettext)
        task.data = b""  # linted here, the bytes are not needed again: a large file's go before its analysis
        if group and (isinstance(decoded, LintResult) or task.settings is not settings):
            yield from lint_decoded_many(group, settings)
            group, chars = [], 0
        if isinstance(decoded, LintResult):
            yield decoded, None
            continue
        group.append((task.path, decoded))
        settings = task.settings
        chars += len(decoded[0])
        if len(group) >= GROUP_FILES or chars >= GROUP_CHARS:
            yield from lint_decoded_many(group, settings)
            group, chars = [], 0
    if group:
        yield from lint_decoded_many(group, settings)


# The most files a forked worker is handed at once. Each hand-off costs this process
# some 0.4 ms (a message each way, a result waited for): 16-file chunks of 3,000
# short articles cost it a tenth of a second.
CHUNK_FILES = 64


def guided_chunks(count: int, jobs: int) -> list[range]:
    """Consecutive ranges of ``range(count)``, each a quarter of an even share of the
    files left (at most :data:`CHUNK_FILES`, at least one): few hand-offs while many
    files are left, single files at the end, so that the workers finish together."""
    chunks = []
    start = 0
    while start < count:
        size = max(1, min(CHUNK_FILES, (count - start) // (jobs * 4)))
        chunks.append(range(start, min(count, start + size)))
        start += size
    return chunks


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
                for results in pool.map(_lint_inherited, guided_chunks(len(tasks), jobs)):
                    yield from results
        finally:
            _TASKS = []
        return
    settings = _picklable_settings(tasks)
    if settings is None:
        raise BrokenProcessPool("settings cannot be sent to worker processes")
    with ProcessPoolExecutor(jobs, initializer=_receive_settings, initargs=(settings[0],)) as pool:
        work = [(t.path, t.data, settings[1][i]) for i, t in enumerate(tasks)]
        yield from pool.map(_lint_sent, work, chunksize=chunk)


def _lint_inherited(indices: range) -> list[LintResult]:
    return [result for result, _ in _lint_grouped([_TASKS[i] for i in indices])]


_SETTINGS: list[Any] = []


def _picklable_settings(tasks: list[_Task]) -> tuple[bytes, list[int]] | None:
    """The distinct settings of the tasks, pickled, and each task's index among them."""
    distinct: dict[int, int] = {}
    table: list[Any] = []
    for task in tasks:
        if id(task.settings) not in distinct:
            distinct[id(task.settings)] = len(table)
            table.append(task.settings)
    import pickle  # only where workers cannot be forked

    try:
        return pickle.dumps(table), [distinct[id(t.settings)] for t in tasks]
    except Exception:  # noqa: BLE001 - rules of local plugin files, closures…
        return None


def _receive_settings(pickled: bytes) -> None:
    import pickle  # a worker given its settings pickled

    _SETTINGS[:] = pickle.loads(pickled)


def _lint_sent(work: tuple[str, bytes, int]) -> LintResult:
    path, data, settings = work
    return lint_bytes(path, data, _SETTINGS[settings])[0]
