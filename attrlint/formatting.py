"""Rendering diagnostics: the context formats receive, and what several formats share.

Formats themselves are plugins (``attrlint_formats`` hook); the built-in
ones live in ``plugins/attrlint_builtin/``.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path, PurePath
from typing import Any, Callable, Mapping

from .i18n import DEFAULT_LANGUAGE, translation
from .model import Diagnostic, Severity
from .rules import RuleInfo


@dataclass
class RenderContext:
    """What a format may need besides the diagnostics.

    ``rules`` are the registered rules by code; ``sources`` the text of each
    linted file with diagnostics, by path, as much of it as the format says
    it reads (see :func:`sources_read`). ``color``, ``show_source`` and
    ``statistics`` ask the text format for ANSI colours, the source line
    under each diagnostic and a count per code; machine-readable formats
    ignore them. ``language`` is the language of the run: formats give
    their human-readable words through ``gettext`` and ``ngettext``; the
    diagnostics' messages are in it already.
    """

    rules: dict[str, RuleInfo] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    files_checked: int = 0
    color: bool = False
    show_source: bool = False
    statistics: bool = False
    quiet: bool = False  # the problems only: no summary
    verbose: bool = False  # a summary even when nothing is found
    version: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    # The map of sources of each file (attrlint.sources.ArticleSources), by path,
    # for a format whose ``reads_source_maps`` attribute is true (see :func:`reads_source_maps`).
    source_maps: Mapping[str, Any] = field(default_factory=dict)
    language: str = DEFAULT_LANGUAGE

    def gettext(self, text: str) -> str:
        """``text`` in the language of the run."""
        return translation(self.language).gettext(text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The singular or plural text for ``n``, in the language of the run."""
        return translation(self.language).ngettext(singular, plural, n)


class Sources(Enum):
    """How much of the linted files' text a format reads from ``RenderContext.sources``."""

    NONE = "none"  # nothing: a run keeps no text for it
    LINES = "lines"  # the lines diagnostics are on; the others read as blanks (see attrlint.kept_lines)
    WHOLE = "whole"  # the whole text of each file with diagnostics


def sources_read(render: Callable[..., str], ctx: RenderContext) -> Sources:
    """How much of the files' text the format ``render`` reads in the context ``ctx``.

    A format says so with a ``reads_sources`` attribute: a :class:`Sources`,
    or a function of the context that gives one (the text format reads
    lines only with ``--show-source``). A format that does not say may
    read any of it.
    """
    said = getattr(render, "reads_sources", Sources.WHOLE)
    return said(ctx) if callable(said) else said


def reads_source_maps(render: Callable[..., str]) -> bool:
    """Whether the format ``render`` shows the map of each file's sources: the run then makes
    it while it analyses each file (``RenderContext.source_maps``)."""
    return bool(getattr(render, "reads_source_maps", False))


def summary_line(diagnostics: list[Diagnostic], files_checked: int, language: str = DEFAULT_LANGUAGE) -> str:
    """"Found 3 problems in 2 files (2 FIG001, 1 QUO001): 2 warnings, 1 info." or "All checks
    passed (4 files checked)."; the severities are counted when not all are warnings."""
    ngettext = translation(language).ngettext
    if not diagnostics:
        return ngettext("All checks passed ({count} file checked).", "All checks passed ({count} files checked).",
                        files_checked).format(count=files_checked)
    by_code = Counter(d.code for d in diagnostics)
    files = len({d.path for d in diagnostics})
    detail = ", ".join(f"{n} {code}" for code, n in sorted(by_code.items()))
    n = len(diagnostics)
    problems = ngettext("{count} problem", "{count} problems", n).format(count=n)
    in_files = ngettext("{count} file", "{count} files", files).format(count=files)
    severities = Counter(d.severity for d in diagnostics)
    gettext = translation(language).gettext
    if set(severities) == {Severity.WARNING}:
        return gettext("Found {problems} in {files} ({detail}).").format(problems=problems, files=in_files,
                                                                          detail=detail)
    # Not all warnings: say how many of each severity, since the run fails on severity
    # ("Found 3 problems in 2 files (2 FIG001, 1 QUO001): 2 warnings, 1 info.").
    counted = {
        Severity.ERROR: ngettext("{count} error", "{count} errors", severities[Severity.ERROR]),
        Severity.WARNING: ngettext("{count} warning", "{count} warnings", severities[Severity.WARNING]),
        Severity.INFO: ngettext("{count} info", "{count} info", severities[Severity.INFO]),
    }
    by_severity = ", ".join(counted[severity].format(count=severities[severity])
                            for severity in sorted(severities, reverse=True))
    return gettext("Found {problems} in {files} ({detail}): {by_severity}.").format(
        problems=problems, files=in_files, detail=detail, by_severity=by_severity)


def project_path(path: str) -> str:
    """``path`` with forward slashes, relative to the working directory when it lies under it.

    CI services resolve reported paths against the repository root, where
    the linter runs; standard input keeps the name it was given.
    """
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = Path(path).resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return Path(path).as_posix()
    return pure.as_posix()


# Characters of text on either side of a span that identify it along with
# its own text: enough to tell two equal figures apart, little enough that
# an edit elsewhere in the paragraph leaves the fingerprint alone.
FINGERPRINT_CONTEXT = 24


def fingerprints(diagnostics: list[Diagnostic], sources: Mapping[str, str]) -> list[str]:
    """A stable identity for each diagnostic, in the order given.

    It hashes the path, the code, the span's text with a little of the
    line around it (whitespace and Unicode normalised) and the rank of that
    same text among the file's diagnostics: inserting or deleting lines
    elsewhere in the file changes no fingerprint, unlike line numbers.
    """
    keys = [(project_path(d.path), d.code, _context(sources.get(d.path), d)) for d in diagnostics]
    import hashlib  # only the CI formats ask for fingerprints

    order = sorted(range(len(diagnostics)), key=lambda i: (keys[i][0], diagnostics[i].span.start, keys[i][1]))
    occurrence: Counter[tuple[str, str, str]] = Counter()
    result = [""] * len(diagnostics)
    for i in order:
        occurrence[keys[i]] += 1
        text = "\x1f".join((*keys[i], str(occurrence[keys[i]])))
        result[i] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return result


def _context(source: str | None, d: Diagnostic) -> str:
    if source is None or d.span.end > len(source):
        return _normalise(d.excerpt)
    line_start = source.rfind("\n", 0, d.span.start) + 1
    line_end = source.find("\n", d.span.end)
    line_end = len(source) if line_end < 0 else line_end
    before = source[max(line_start, d.span.start - FINGERPRINT_CONTEXT):d.span.start]
    after = source[d.span.end:min(line_end, d.span.end + FINGERPRINT_CONTEXT)]
    return "\x1e".join(_normalise(part) for part in (before, source[d.span.start:d.span.end], after))


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())

