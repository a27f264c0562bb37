"""A progress bar on a terminal's standard error, for runs over many files."""
from __future__ import annotations

import time
from typing import TextIO

from .i18n import DEFAULT_LANGUAGE, translation

MIN_FILES = 20  # below this, a run is over before a bar would help
WIDTH = 30
REFRESH = 0.1  # seconds between redraws


class ProgressBar:
    """``bar(done, total)`` draws ``[#####     ] 12/40 files`` in place, and erases it when done."""

    def __init__(self, stream: TextIO, *, min_files: int = MIN_FILES, language: str = DEFAULT_LANGUAGE) -> None:
        self.stream = stream
        self.ngettext = translation(language).ngettext
        self.min_files = min_files
        self._drawn = 0
        self._last = 0.0

    @staticmethod
    def wanted(stream: TextIO, quiet: bool) -> bool:
        """Only on a terminal, and never when asked to be quiet."""
        isatty = getattr(stream, "isatty", None)
        return not quiet and bool(isatty and isatty())

    def __call__(self, done: int, total: int) -> None:
        if total < self.min_files:
            return
        if done >= total:
            if self._drawn:
                self.stream.write("\r" + " " * self._drawn + "\r")
                self.stream.flush()
                self._drawn = 0
            return
        now = time.monotonic()
        if done and now - self._last < REFRESH:
            return
        self._last = now
        filled = WIDTH * done // total
        count = self.ngettext("{done}/{total} file", "{done}/{total} files", total).format(done=done, total=total)
        line = f"[{'#' * filled}{' ' * (WIDTH - filled)}] {count}"
        self.stream.write("\r" + line)
        self.stream.flush()
        self._drawn = len(line)
