"""The text format: one line per diagnostic, optionally with the source and colours, then a summary.

    article.md:3:10: FIG001 Figure with no source: who counted, estimated or published it?
      |
    3 | Au moins 300 soldats ont été tués.
      |          ^^^ FIG001
      |
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import NamedTuple

from attrlint.formatting import RenderContext, Sources, summary_line
from attrlint.model import Diagnostic, Severity

TAB_WIDTH = 4
# Articles in plain text hold a paragraph per line: longer lines are cut
# to a window around the span.
MAX_LINE_WIDTH = 100
LEFT_CONTEXT = 30
# A span over more lines than this shows its first and last lines only.
MAX_SPAN_LINES = 6

BOLD, RESET = "\x1b[1m", "\x1b[0m"
SEVERITY_COLORS = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}
GUTTER_COLOR = "\x1b[34m"


class Palette(NamedTuple):
    """ANSI escapes when colour is on; every method returns text unchanged otherwise. (A named
    tuple: a frozen dataclass would compile its methods at each start.)"""

    on: bool

    def paint(self, text: str, escape: str) -> str:
        return f"{escape}{text}{RESET}" if self.on and text else text

    def path(self, text: str) -> str:
        return self.paint(text, BOLD)

    def severity(self, text: str, severity: Severity) -> str:
        return self.paint(text, SEVERITY_COLORS[severity])

    def gutter(self, text: str) -> str:
        return self.paint(text, GUTTER_COLOR)


def render_text(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    palette = Palette(ctx.color)
    out: list[str] = []
    if ctx.statistics:
        out.extend(statistics_lines(diagnostics, palette))
    else:
        lines_of: tuple[str, list[str] | None] | None = None  # of one file at a time: they come file by file
        for d in diagnostics:
            out.append(f"{palette.path(d.path)}:{d.line}:{d.column}: {palette.severity(d.code, d.severity)} {d.message}")
            if ctx.show_source:
                if lines_of is None or lines_of[0] != d.path:
                    source = ctx.sources.get(d.path)
                    lines_of = (d.path, None if source is None else source.split("\n"))
                snippet = source_snippet(lines_of[1], d, palette)
                out.extend([*snippet, ""] if snippet else [])
    # A clean run is silent, as a pre-commit hook should be; --verbose says so.
    if (diagnostics and not ctx.quiet) or (not diagnostics and ctx.verbose):
        out.append(summary_line(diagnostics, ctx.files_checked, ctx.language))
    return "".join(line + "\n" for line in out)


render_text.reads_sources = (  # type: ignore[attr-defined]
    lambda ctx: Sources.LINES if ctx.show_source and not ctx.statistics else Sources.NONE)


def statistics_lines(diagnostics: list[Diagnostic], palette: Palette) -> list[str]:
    """A count per code, most frequent first: ``count<TAB>code<TAB>name``."""
    counts = Counter(d.code for d in diagnostics)
    if not counts:
        return []
    first: dict[str, Diagnostic] = {}
    for d in diagnostics:
        first.setdefault(d.code, d)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    count_width = len(str(rows[0][1]))
    code_width = max(len(code) for code in counts)
    return [f"{n:>{count_width}}\t{palette.severity(code.ljust(code_width), first[code].severity)}\t{first[code].name}"
            for code, n in rows]


def source_snippet(lines: list[str] | None, d: Diagnostic, palette: Palette) -> list[str]:
    """The lines of ``d``'s span, each with its part underlined; empty when the source is not there."""
    if lines is None or not 1 <= d.line <= len(lines):
        return []
    last = min(d.end_line, len(lines))
    if last > d.line and d.end_column == 1:  # the span ends with its line's newline
        last -= 1
    numbers = list(range(d.line, last + 1))
    if len(numbers) > MAX_SPAN_LINES:
        numbers = numbers[:MAX_SPAN_LINES - 2] + [0] + numbers[-1:]
    width = len(str(last))
    bar = palette.gutter(" " * width + " |")
    out = [bar]
    for n in numbers:
        if n == 0:  # lines left out
            out.append(palette.gutter("." * width + " |"))
            continue
        text = lines[n - 1].removesuffix("\r")
        start = d.column - 1 if n == d.line else 0
        end = d.end_column - 1 if n == d.end_line else len(text)
        shown, offset, length = display_line(text, start, max(end, start))
        carets = palette.severity("^" * length, d.severity)
        label = " " + palette.severity(d.code, d.severity) if n == numbers[-1] else ""
        out.append(palette.gutter(f"{n:>{width}} |") + (" " + shown if shown else ""))
        out.append(f"{bar} {' ' * offset}{carets}{label}")
    out.append(bar)
    return out


def display_line(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` as a terminal shows it, and the column and width of its characters ``start:end``.

    Tabs are expanded, wide (East Asian) characters take two columns,
    combining marks and format characters none, control characters are
    shown as their symbols; a line too long for a terminal is cut to a
    window around the span, marked with ``…``.
    """
    cells: list[str] = []
    columns: list[int] = []
    col = 0
    for ch in text:
        shown, width = _cell(ch, col)
        cells.append(shown)
        columns.append(col)
        col += width
    total = col
    columns.append(total)
    start, end = min(start, len(text)), min(end, len(text))
    span_start, span_end = columns[start], columns[end]
    length = max(1, span_end - span_start)
    if total <= MAX_LINE_WIDTH:
        return "".join(cells), span_start, length
    lo = max(0, min(span_start - LEFT_CONTEXT, total - MAX_LINE_WIDTH))
    hi = lo + MAX_LINE_WIDTH
    kept = [i for i in range(len(cells)) if columns[i] >= lo and columns[i + 1] <= hi]
    lo = columns[kept[0]] if kept else lo
    prefix = "…" if lo > 0 else ""
    suffix = "…" if kept and columns[kept[-1] + 1] < total else ""
    body = "".join(cells[i] for i in kept)
    visible_end = columns[kept[-1] + 1] if kept else lo
    offset = max(0, span_start - lo) + len(prefix)
    length = max(1, min(span_end, visible_end) - max(span_start, lo))
    return prefix + body + suffix, offset, length


def _cell(ch: str, column: int) -> tuple[str, int]:
    """How one character is shown at ``column``, and how many columns it takes."""
    if ch == "\t":
        width = TAB_WIDTH - column % TAB_WIDTH
        return " " * width, width
    category = unicodedata.category(ch)
    if category == "Cc":
        return (chr(0x2400 + ord(ch)) if ord(ch) < 0x20 else "\ufffd"), 1
    if category in ("Mn", "Me", "Cf"):
        return ("" if category == "Cf" else ch), 0
    return ch, 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
