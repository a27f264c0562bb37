"""When to lint: debounced, off the event loop, the latest text winning.

Each change of a document restarts its short timer; when the timer runs
out, the document's text of that moment is linted in the lint thread, so
the event loop goes on reading the editor's messages. A result is
published only if the document has not changed since its text was taken:
a burst of changes gives one set of diagnostics, for the last text. A
document changed while it is being linted is linted again right after.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from typing import Any, Awaitable, Callable

log = logging.getLogger(__name__)

# What the scheduler is given: the text to lint and its version, or None when the document is gone.
Snapshot = Callable[[str], "tuple[int, Any] | None"]


class Scheduler:
    """Runs ``lint(uri, job)`` in one worker thread and hands the result to ``publish(uri, version, result)``.

    ``snapshot(uri)`` gives ``(version, job)`` for the document's current text,
    or None when it is closed.
    """

    def __init__(self, snapshot: Snapshot, lint: Callable[[str, Any], Any],
                 publish: Callable[[str, int, Any], Awaitable[None] | None], delay: float = 0.05) -> None:
        self.delay = delay
        self._snapshot = snapshot
        self._lint = lint
        self._publish = publish
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="attrlint-lint")
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._running: dict[str, asyncio.Task] = {}
        self._again: set[str] = set()

    def changed(self, uri: str) -> None:
        """The document changed: lint it once it has been quiet for ``delay`` seconds."""
        self._cancel_timer(uri)
        loop = asyncio.get_running_loop()
        self._timers[uri] = loop.call_later(self.delay, self._due, uri)

    def now(self, uri: str) -> None:
        """Lint the document without waiting (it was opened or saved)."""
        self._cancel_timer(uri)
        self._due(uri)

    def forget(self, uri: str) -> None:
        self._cancel_timer(uri)
        self._again.discard(uri)

    def _cancel_timer(self, uri: str) -> None:
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()

    def _due(self, uri: str) -> None:
        self._timers.pop(uri, None)
        if uri in self._running:
            self._again.add(uri)  # taken up when the lint under way ends
            return
        self._running[uri] = asyncio.get_running_loop().create_task(self._run(uri))

    async def _run(self, uri: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                self._again.discard(uri)
                taken = self._snapshot(uri)
                if taken is None:
                    return
                version, job = taken
                try:
                    result = await loop.run_in_executor(self._executor, self._lint, uri, job)
                except Exception:  # the lint function catches what it knows; this is the last guard
                    log.exception("linting %s failed", uri)
                    result = None
                current = self._snapshot(uri)
                if result is not None and current is not None and current[0] == version:
                    published = self._publish(uri, version, result)
                    if published is not None:
                        await published
                if uri not in self._again:
                    return
        finally:
            self._running.pop(uri, None)

    async def run_in_worker(self, call: Callable[[], Any]) -> Any:
        """Run ``call`` in the lint thread, after the lints already asked for."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    def shutdown(self) -> None:
        for uri in list(self._timers):
            self._cancel_timer(uri)
        self._executor.shutdown(wait=False, cancel_futures=True)
