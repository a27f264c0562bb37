"""Running plugin code under a time limit.

The calls run one after the other in a daemon thread while the caller
watches the clock. When one runs past the limit, its thread is interrupted
with an asynchronous exception, which stops Python code at its next
instruction; code blocked inside C (a ``sleep``, a read) cannot be
interrupted, so its thread is abandoned and the remaining calls go on in a
new one. A daemon thread never keeps the process alive, so a worker process
still exits when its work is done. This works in any thread of any process,
unlike ``SIGALRM``, which only the main thread can use.

Handing work to another thread costs a thread switch, so the calls of one
document go over together, and each calling thread keeps its runner thread
from one batch to the next; a runner that had to be abandoned is replaced.
"""
from __future__ import annotations

import contextlib
import queue
import sys
import threading
import time
from typing import Any, Callable, Iterator, NamedTuple, Sequence, TypeVar

T = TypeVar("T")

# How long an interrupted call gets to unwind before it is abandoned.
UNWIND_GRACE = 0.5
_POLL = 0.01
# How often the clock of a paused call is looked at again.
_PAUSED_POLL = 0.05


class TimeLimitExceeded(TimeoutError):
    """A call that did not finish within its time limit.

    ``stack`` is where it was when the limit passed; ``abandoned`` says
    whether it could not be stopped and still runs in the background.
    """

    def __init__(self, seconds: float, stack: str, abandoned: bool) -> None:
        self.seconds = seconds
        self.stack = stack
        self.abandoned = abandoned
        state = "could not be interrupted and was abandoned" if abandoned else "was interrupted"
        super().__init__(f"still running after {seconds:g} s; it {state}")


class Outcome(NamedTuple):
    """What one call gave: its value, the exception it raised, or the time limit it ran past.
    (A named tuple: a dataclass would compile its methods at each start.)"""

    value: Any = None
    error: BaseException | None = None
    timeout: TimeLimitExceeded | None = None


class _Interrupted(BaseException):
    """Raised inside a call that ran out of time; a BaseException so that
    plugin code catching ``Exception`` does not swallow it."""


def _raise_in_thread(thread: threading.Thread, exc_type: type[BaseException]) -> None:
    """Schedule ``exc_type`` in ``thread``, raised at its next Python instruction."""
    import ctypes  # only when a rule runs out of time

    set_async_exc = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)
    if set_async_exc is None or thread.ident is None:  # not CPython: the thread can only be abandoned
        return
    set_async_exc(ctypes.c_ulong(thread.ident), ctypes.py_object(exc_type))


class _Batch:
    """Calls run in order by a runner; ``lock`` guards the progress the caller watches."""

    def __init__(self, calls: Sequence[Callable[[], Any]], first: int) -> None:
        self.calls = calls
        self.lock = threading.Lock()
        self.finished = threading.Event()
        self.outcomes: dict[int, Outcome] = {}
        self.current = first
        self.started = time.monotonic()
        self.first = first
        self.given_up = False
        self.paused = 0  # how many pauses of the clock are open (see time_not_counted)

    def run(self) -> None:
        for index in range(self.first, len(self.calls)):
            with self.lock:
                if self.given_up:
                    return
                self.current, self.started = index, time.monotonic()
            try:
                try:
                    outcome = Outcome(value=self.calls[index]())
                except BaseException as exc:  # handed to the caller's thread
                    outcome = Outcome(error=exc)
                with self.lock:
                    self.outcomes[index] = outcome
                # An interruption scheduled while this call was finishing is
                # delivered here, at the loop's backward jump, inside this try.
                for _ in range(2):
                    pass
            except _Interrupted:
                with self.lock:
                    self.outcomes.setdefault(index, Outcome(error=_Interrupted()))
        self.finished.set()

    def running(self) -> tuple[int, float] | None:
        """The call running now and when it started (None between calls, when done, or while
        its clock is paused)."""
        with self.lock:
            if self.finished.is_set() or self.current in self.outcomes or self.paused:
                return None
            return self.current, self.started


@contextlib.contextmanager
def time_not_counted() -> Iterator[None]:
    """Work a call does for its caller rather than for itself (the analysis's tokens, made the
    first time a rule asks for them): the clock of the call running in this thread stops
    meanwhile, so that the time is not counted against the call's limit."""
    batch: _Batch | None = getattr(_local, "batch", None)
    if batch is None:  # not in a runner: no clock to stop
        yield
        return
    with batch.lock:
        batch.paused += 1
    paused_at = time.monotonic()
    try:
        yield
    finally:
        with batch.lock:
            batch.paused -= 1
            batch.started += time.monotonic() - paused_at


class _Runner:
    """A daemon thread running the batches of one calling thread, one at a time."""

    def __init__(self) -> None:
        self.batches: queue.SimpleQueue[_Batch | None] = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._loop, name="attrlint-rule", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while True:
            try:
                batch = self.batches.get()
                if batch is None:
                    return  # retired
                _local.batch = batch  # whose clock time_not_counted stops, in this thread
                batch.run()
            except _Interrupted:  # a late interruption: nothing of it is left to stop
                continue
            finally:
                # Its calls hold what they were called on (the analyses of a group of files):
                # let go now, not when the next batch comes, so that the caller's collector,
                # resumed meanwhile, does not go over them nor keep them a generation longer.
                _local.batch = batch = None

    def retire(self) -> None:
        self.batches.put(None)


_local = threading.local()


def _runner() -> _Runner:
    runner = getattr(_local, "runner", None)
    if runner is None or not runner.thread.is_alive():  # none yet, or lost in a fork
        runner = _local.runner = _Runner()
    return runner


def run_all_with_time_limit(calls: Sequence[Callable[[], Any]], seconds: float | None) -> list[Outcome]:
    """Each call in turn, each given at most ``seconds``; one :class:`Outcome` per call.

    With ``seconds`` None or not positive, the calls run here, without limit.
    """
    if not seconds or seconds <= 0:
        return [_direct(call) for call in calls]
    outcomes: dict[int, Outcome] = {}
    first = 0
    while first < len(calls):
        runner = _runner()
        batch = _Batch(calls, first)
        runner.batches.put(batch)
        first = _watch(batch, runner, seconds, outcomes)
    return [outcomes[i] for i in range(len(calls))]


def _watch(batch: _Batch, runner: _Runner, seconds: float, outcomes: dict[int, Outcome]) -> int:
    """Wait for ``batch``, interrupting calls past the limit; return where a new batch must start."""
    while not batch.finished.is_set():
        running = batch.running()
        if running is None:  # between two calls (the next one starts now at the earliest), or paused
            batch.finished.wait(min(seconds, _PAUSED_POLL))
            continue
        index, started = running
        remaining = started + seconds - time.monotonic()
        if remaining > 0:
            batch.finished.wait(remaining)
            continue
        with batch.lock:
            if batch.current != index or index in batch.outcomes or batch.paused:
                continue  # it finished just now, or its clock stopped
            frame = sys._current_frames().get(runner.thread.ident or -1)
            import traceback  # only for a call that ran out of time

            stack = "".join(traceback.format_stack(frame)) if frame is not None else ""
            _raise_in_thread(runner.thread, _Interrupted)
        deadline = time.monotonic() + UNWIND_GRACE
        while index not in batch.outcomes and time.monotonic() < deadline:
            batch.finished.wait(_POLL)
        stopped = index in batch.outcomes
        outcomes[index] = Outcome(timeout=TimeLimitExceeded(seconds, stack, abandoned=not stopped))
        if not stopped:
            with batch.lock:
                batch.given_up = True
            _local.runner = None
            runner.retire()
            _collect(batch, outcomes, upto=index)
            return index + 1
    _collect(batch, outcomes, upto=len(batch.calls))
    return len(batch.calls)


def _collect(batch: _Batch, outcomes: dict[int, Outcome], upto: int) -> None:
    with batch.lock:
        for index in range(batch.first, upto):
            outcomes.setdefault(index, batch.outcomes[index])


def _direct(call: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(value=call())
    except (Exception, SystemExit) as exc:  # as in a runner thread, where nothing escapes
        return Outcome(error=exc)


def run_with_time_limit(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, or :class:`TimeLimitExceeded` when it runs longer than ``seconds``.

    Exceptions raised by ``func`` propagate with their traceback.
    """
    if not seconds or seconds <= 0:
        return func()
    [outcome] = run_all_with_time_limit([func], seconds)
    if outcome.timeout is not None:
        raise outcome.timeout
    if outcome.error is not None:
        raise outcome.error
    return outcome.value
