"""Linting one file: reading, decoding, linting, per-file errors (the run over
files is :mod:`attrlint.run`).

A file that cannot be read becomes a ``read-error`` diagnostic naming the
file and the problem; the other files are still linted.
"""
from __future__ import annotations

import dataclasses
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .decoding import LEGACY_ENCODINGS, BinaryFile, DecodeError, decode
from .engine import (INTERNAL_NAMES, LEGACY_ENCODING, READ_ERROR, ActiveRule, LineIndex, LintResult, analyse_document,
                     collector_paused, finish_result, lint_document, make_diagnostic, run_rules_of_each)
from .i18n import DEFAULT_LANGUAGE, N_, english, translation
from .model import Diagnostic, Document, Severity, Span
from .readers import read_text

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
    max_file_size: int = 20_000_000  # 20 MB
    rule_timeout: float = 10.0
    source_maps: bool = False  # results carry the map of each file's sources (attrlint.sources)


@dataclass
class FileSettings:
    """What applies to one file: its rules, lexicon and options (from the nearest configuration).

    ``language`` is the language of the run's messages; ``catalogs`` the
    folders of the plugins' catalogs (see :mod:`attrlint.i18n`).
    """

    rules: list[ActiveRule]
    lexicon: object
    readers: dict[str, Callable]
    options: RunOptions
    language: str = DEFAULT_LANGUAGE
    catalogs: tuple[str, ...] = ()

    def gettext(self, text: str) -> str:
        """``text`` in the language of the run."""
        return translation(self.language, self.catalogs).gettext(text)


def with_source_maps(settings_for: Callable[[str], FileSettings]) -> Callable[[str], FileSettings]:
    """``settings_for`` whose settings also ask for the map of each file's sources
    (the same settings object each time for the same settings, as the cache expects)."""
    made: dict[int, tuple[FileSettings, FileSettings]] = {}

    def mapped(path: str) -> FileSettings:
        settings = settings_for(path)
        known = made.get(id(settings))
        if known is None or known[0] is not settings:
            options = dataclasses.replace(settings.options, source_maps=True)
            known = made[id(settings)] = (settings, dataclasses.replace(settings, options=options))
        return known[1]

    return mapped


def read_error(path: str, message: str) -> LintResult:
    diag = Diagnostic(path=path, code=READ_ERROR, name=INTERNAL_NAMES[READ_ERROR], message=message,
                      span=Span(0, 0), severity=Severity.ERROR, plugin="attrlint", line=1, column=1,
                      end_line=1, end_column=1)
    return LintResult(path, [diag], error=True)


def reader_for(path: str, readers: dict[str, Callable]) -> Callable[[str, str], Document]:
    """The reader of ``path``'s suffix; a suffix no plugin reads is read as plain text."""
    suffix = _suffix(path).lower()
    # The built-in plain-text reader stays when a plugin's ".txt" reader is not there: the
    # built-in readers may be disabled, and the plugins may read other suffixes only.
    return readers.get(suffix) or readers.get(".txt") or read_text


def _suffix(path: str) -> str:
    """``Path(path).suffix``, without making a path object for each file."""
    name = os.path.basename(path)
    if not name or name in (".", "..") or (os.altsep and os.altsep in name):
        return Path(path).suffix  # a name pathlib reads otherwise
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


READING, ANALYSIS = N_("reading"), N_("the analysis")


def _gave_up(path: str, stage: str, _: Callable[[str], str]) -> LintResult:
    return read_error(path, _("{path} was not checked: a text pattern ran past its time limit during {stage}").format(
        path=path, stage=_(stage)))


def lint_text(path: str, text: str, rules: list[ActiveRule], lexicon, readers: dict[str, Callable],
              options: RunOptions, *, encoding: str = "utf-8",
              gettext: Callable[[str], str] | None = None) -> tuple[LintResult, Document | None]:
    _ = gettext or english
    doc = _read(path, text, readers, encoding, _)
    if isinstance(doc, LintResult):
        return doc, None
    try:
        result = lint_document(doc, rules, lexicon, framing_reach=options.framing_reach,
                               rule_timeout=options.rule_timeout, gettext=_, source_map=options.source_maps)
    except Exception as exc:  # an analysis bug must not take the other files down
        return _not_analysed(path, exc, _), doc
    return _completed(path, text, encoding, doc, result, _), doc


def lint_decoded_many(files: list[tuple[str, tuple[str, str]]],
                      settings: FileSettings) -> list[tuple[LintResult, Document | None]]:
    """:func:`lint_decoded` of each ``(path, decoded)``, all under ``settings``.

    Each file is read and analysed in turn, then the rules of all of them
    go to the thread that runs them under the time limit at once: handing
    it work costs two thread switches, more than a short article's rules
    take. Results are those of one call per file.
    """
    with collector_paused():  # until the analyses go, with the frame of the call below
        return _lint_decoded_group(files, settings)


def _lint_decoded_group(files: list[tuple[str, tuple[str, str]]],
                        settings: FileSettings) -> list[tuple[LintResult, Document | None]]:
    _ = settings.gettext
    options = settings.options
    done: list[tuple[LintResult, Document | None] | None] = [None] * len(files)
    analysed = []  # (position, path, text, encoding, document, analysis)
    for k, (path, (text, encoding)) in enumerate(files):
        doc = _read(path, text, settings.readers, encoding, _)
        if isinstance(doc, LintResult):
            done[k] = doc, None
            continue
        try:
            ad = analyse_document(doc, settings.lexicon, framing_reach=options.framing_reach,
                                  source_map=options.source_maps)
        except Exception as exc:  # an analysis bug must not take the other files down
            done[k] = _not_analysed(path, exc, _), doc
            continue
        analysed.append((k, path, text, encoding, doc, ad))
    results = run_rules_of_each([item[-1] for item in analysed], settings.rules, rule_timeout=options.rule_timeout,
                                gettext=_)
    for (k, path, text, encoding, doc, ad), result in zip(analysed, results):
        try:
            if isinstance(result, Exception):
                raise result
            result = finish_result(ad, result, source_map=options.source_maps)
        except Exception as exc:
            done[k] = _not_analysed(path, exc, _), doc
            continue
        done[k] = _completed(path, text, encoding, doc, result, _), doc
    return done  # type: ignore[return-value]


def _read(path: str, text: str, readers: dict[str, Callable], encoding: str,
          _: Callable[[str], str]) -> Document | LintResult:
    """The document of ``text``, or the error saying why it could not be read."""
    reader = reader_for(path, readers)
    try:
        doc = reader(path, text)
    except TimeoutError:
        return _gave_up(path, READING, _)
    except Exception as exc:
        return read_error(path, _("cannot read {path}: {error}").format(
            path=path, error=f"{type(exc).__name__}: {exc}"))
    doc.encoding = encoding
    return doc


def _not_analysed(path: str, exc: Exception, _: Callable[[str], str]) -> LintResult:
    """The result of a file whose analysis ran past a pattern's time limit or failed
    (called from inside the ``except`` clause, for the traceback)."""
    if isinstance(exc, TimeoutError):
        return _gave_up(path, ANALYSIS, _)
    result = read_error(path, _("internal error while analysing {path}: {error}").format(
        path=path, error=f"{type(exc).__name__}: {exc}"))
    import traceback  # only for an analysis that failed

    result.tracebacks.append(f"{path}:\n{traceback.format_exc()}")
    return result


def _completed(path: str, text: str, encoding: str, doc: Document, result: LintResult,
               _: Callable[[str], str]) -> LintResult:
    """``result`` with what the file itself says: whether it may hold suppressions, its legacy encoding."""
    result.directives = bool(doc.comments or doc.front_matter)
    if encoding in LEGACY_ENCODINGS:
        result.diagnostics.insert(0, make_diagnostic(
            path, text, LineIndex(text), Span(0, 0), LEGACY_ENCODING, INTERNAL_NAMES[LEGACY_ENCODING],
            _("read as {encoding}: the file is not UTF-8; convert it to UTF-8").format(
                encoding=LEGACY_ENCODINGS[encoding]),
            Severity.INFO, "attrlint"))
    return result


def _cannot_read(path: str, exc: OSError, _: Callable[[str], str]) -> str:
    """Why ``path`` cannot be read, in the words of a folder walk."""
    link = Path(path)
    cannot = _("cannot read {path}: {error}")
    if link.is_symlink() and exc.errno == errno.ENOENT:
        return cannot.format(path=path, error=_("broken symbolic link (to {target})").format(
            target=os.readlink(path)))
    if exc.errno == errno.ELOOP:
        return cannot.format(path=path, error=_("symbolic link loop"))
    if exc.errno == errno.EISDIR or link.is_dir():
        try:
            os.scandir(path).close()
        except OSError as listing:
            return _("cannot read folder {path}: {error}").format(path=path, error=listing.strerror or listing)
        return cannot.format(path=path, error=_("it is a folder"))
    return cannot.format(path=path, error=exc.strerror or exc)


def _size(count: int) -> str:
    """A size said as the options take it, in decimal units: "20 MB", "1.5 MB", "500 kB", "312 bytes"."""
    for unit, scale in (("GB", 1000 ** 3), ("MB", 1000 ** 2), ("kB", 1000)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def lint_file(path: str, rules: list[ActiveRule], lexicon, readers: dict[str, Callable],
              options: RunOptions, *, stdin_data: bytes | None = None) -> tuple[LintResult, Document | None]:
    """Lint one file (or ``stdin_data`` under the name ``path``): see :func:`lint_bytes`."""
    data = stdin_data if stdin_data is not None else read_file(path, options.max_file_size)
    if isinstance(data, LintResult):
        return data, None
    return lint_bytes(path, data, FileSettings(rules, lexicon, readers, options))


def read_file(path: str, limit: int, gettext: Callable[[str], str] | None = None) -> bytes | LintResult:
    """At most ``limit + 1`` bytes of the file (enough to tell it is too large, and
    no more: a device or a pipe may never end), or the read error naming why not
    (translated by ``gettext``)."""
    try:
        with open(path, "rb") as handle:
            # Reading limit + 1 bytes at once sets aside that much memory (20 MB by
            # default) for each file: a regular file is read for its size, plus one
            # byte, which tells when it grew since (then read on, to the limit).
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size <= limit:
                data = handle.read(info.st_size + 1)
                return data if len(data) <= info.st_size else data + handle.read(limit - len(data) + 1)
            return handle.read(limit + 1)
    except OSError as exc:
        return read_error(path, _cannot_read(path, exc, gettext or english))


def lint_bytes(path: str, data: bytes, settings: FileSettings) -> tuple[LintResult, Document | None]:
    """Lint the content ``data`` of the file ``path``.

    Content that is binary, undecodable or larger than the options'
    ``max_file_size`` becomes one ``read-error`` diagnostic; a file read as
    Windows-1252 or Latin-1 gets a ``legacy-encoding`` note.
    """
    decoded = decode_content(path, data, settings.options.max_file_size, settings.gettext)
    if isinstance(decoded, LintResult):
        return decoded, None
    return lint_decoded(path, decoded, settings)


def decode_content(path: str, data: bytes, limit: int,
                   gettext: Callable[[str], str] | None = None) -> tuple[str, str] | LintResult:
    """The text of ``data`` and its encoding, or the read error saying why there is none.

    A caller that drops its bytes after this call lints a large file
    without holding its bytes and its text at once.
    """
    _ = gettext or english
    if len(data) > limit:
        return read_error(path, _("{path} was not checked: {size} is above the maximum file size of {limit} "
                                  "(max-file-size)").format(path=path, size=_file_size(path, len(data)),
                                                            limit=_size(limit)))
    try:
        return decode(data)
    except BinaryFile as exc:
        return read_error(path, _("{path} skipped: {reason}").format(path=path, reason=exc.phrase.text(_)))
    except DecodeError as exc:
        return read_error(path, _("cannot read {path}: {error}").format(path=path, error=exc.phrase.text(_)))


def lint_decoded(path: str, decoded: tuple[str, str], settings: FileSettings) -> tuple[LintResult, Document | None]:
    """Lint the text and encoding :func:`decode_content` gave."""
    text, encoding = decoded
    return lint_text(path, text, settings.rules, settings.lexicon, settings.readers, settings.options,
                     encoding=encoding, gettext=settings.gettext)


def _file_size(path: str, read: int) -> str:
    try:
        return _size(max(read, os.stat(path).st_size))
    except OSError:
        return f"more than {_size(read - 1)}"
