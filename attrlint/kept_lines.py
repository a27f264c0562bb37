"""The lines of the linted files that formats show or fingerprint, and nothing more.

The text format's ``--show-source`` and the fingerprints of the CI formats
read only the lines a diagnostic's span is on. A run keeps those lines of
each file, and where every line starts; :class:`KeptLines` gives formats
each file's text rebuilt from them: as long as the file, with its newlines
where they were and its kept lines as they were, the other characters
blanked (spaces). Offsets, line numbers and the kept lines read exactly as
in the file, and a run's memory grows with its diagnostics, not with the
text of its files.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Mapping

from .model import Diagnostic


class FileLines:
    """The lines of one file that its diagnostics are on, and where each of its lines starts."""

    def __init__(self, source: str, diagnostics: list[Diagnostic]) -> None:
        self.length = len(source)
        starts = array("L", [0])
        at = source.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = source.find("\n", at + 1)
        self.starts = starts
        self.lines: dict[int, str] = {}
        for d in diagnostics:
            for number in self._numbers(d):
                if number not in self.lines:
                    self.lines[number] = source[starts[number]:self._end(number)]

    def _numbers(self, d: Diagnostic) -> range:
        """The lines (from 0) of ``d``'s span, by its offsets and by its line numbers."""
        last = len(self.starts) - 1
        by_span = (self._line_at(d.span.start), self._line_at(d.span.end))
        first = max(0, min(by_span[0], d.line - 1))
        return range(first, min(last, max(by_span[1], d.end_line - 1)) + 1)

    def _line_at(self, offset: int) -> int:
        return bisect_right(self.starts, min(max(offset, 0), self.length)) - 1

    def _end(self, number: int) -> int:
        """Where line ``number`` ends, before its newline."""
        return self.starts[number + 1] - 1 if number + 1 < len(self.starts) else self.length

    def text(self) -> str:
        """The file's text with the kept lines only, the others blanked."""
        parts = []
        for number in range(len(self.starts)):
            kept = self.lines.get(number)
            parts.append(kept if kept is not None else " " * (self._end(number) - self.starts[number]))
        return "\n".join(parts)


class KeptLines(Mapping[str, str]):
    """Path → the file's text rebuilt from its kept lines, for ``RenderContext.sources``.

    The text is rebuilt when asked for; the last one is kept, since
    formats go through the diagnostics file by file.
    """

    def __init__(self) -> None:
        self._files: dict[str, FileLines] = {}
        self._last: tuple[str, str] | None = None

    def keep(self, path: str, source: str, diagnostics: list[Diagnostic]) -> None:
        """Keep the lines of ``source`` (the text of ``path``) that ``diagnostics`` are on."""
        if diagnostics:
            self._files[path] = FileLines(source, diagnostics)

    def __getitem__(self, path: str) -> str:
        if self._last is None or self._last[0] != path:
            self._last = (path, self._files[path].text())
        return self._last[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)
