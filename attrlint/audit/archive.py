"""Archives: the forms an archive comes in, cut into partitions, and read back
one partition at a time.

An archive is a folder of article files (one article per file), or one or
more tables of articles (JSON Lines, CSV, Parquet) with one row per
article. A partition is a fixed part of the archive (a run of files, a
byte range of a JSON Lines or CSV file on record boundaries, a range of
rows of a Parquet row group): planning the same archive again gives the
same partitions, which is what lets an interrupted audit resume.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterator, TypedDict

from ..globs import matches
from ..i18n import N_, Phrase
from ..runner import DEFAULT_INCLUDE

FIELDS = ("id", "title", "text", "date", "section", "outlet", "author")
TABLE_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
FORMATS = ("folder", "jsonl", "csv", "parquet")
DEFAULT_PARTITION_BYTES = 2_000_000


class ArchiveError(Exception):
    """An archive that cannot be audited at all (not a single article of it)."""


@dataclass(frozen=True)
class Columns:
    """The names of the archive's columns (or front-matter keys) for each field."""

    names: tuple[tuple[str, str], ...] = tuple((f, f) for f in FIELDS)

    @classmethod
    def parse(cls, spec: str | None) -> "Columns":
        """``"text=body,id=uid"``: the fields whose column has another name."""
        names = dict(cls().names)
        for item in (spec or "").split(","):
            if not item.strip():
                continue
            key, sep, value = item.partition("=")
            key = key.strip()
            if not sep or key not in names or not value.strip():
                raise ArchiveError(Phrase(N_("--columns: expected FIELD=COLUMN with FIELD one of {fields}, "
                                             "not {item!r}"), fields=", ".join(FIELDS), item=item.strip()))
            names[key] = value.strip()
        return cls(tuple(names.items()))

    def __getitem__(self, name: str) -> str:
        return dict(self.names)[name]


@dataclass
class Article:
    """One article as the archive gives it; ``error`` says why it cannot be audited."""

    id: str
    text: str | None
    location: str
    title: str | None = None
    date: str | None = None
    section: str | None = None
    outlet: str | None = None
    author: str | None = None
    path: str | None = None  # a file of a folder archive: read by the reader of its suffix
    error: str | None = None


@dataclass(frozen=True)
class Partition:
    """A fixed part of the archive: files, a byte range or a row range of one table."""

    index: int
    format: str
    path: str = ""
    start: int = 0
    stop: int = 0
    row_group: int = 0
    header: int = 0  # CSV: where the header row ends
    files: tuple[str, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        if self.format == "folder":
            if not self.files:
                return "no files"
            return f"{len(self.files)} {'file' if len(self.files) == 1 else 'files'} from {self.files[0]}"
        if self.format == "parquet":
            return f"{self.path}, row group {self.row_group}, rows {self.start}-{self.stop}"
        return f"{self.path}, bytes {self.start}-{self.stop}"


def archive_format(archive: str, chosen: str | None = None) -> str:
    """The form of ``archive``: ``chosen``, or its suffix, or ``folder`` for a folder."""
    if not os.path.exists(archive):
        raise ArchiveError(Phrase(N_("{archive}: no such file or folder"), archive=archive))
    if chosen:
        return chosen
    if os.path.isdir(archive):
        return "folder"
    suffix = os.path.splitext(archive)[1].lower()
    if suffix in TABLE_FORMATS:
        return TABLE_FORMATS[suffix]
    raise ArchiveError(Phrase(N_("{archive}: cannot tell the archive's form from its name; "
                                 "name it with --format ({formats})"), archive=archive, formats=", ".join(FORMATS)))


def _walk(root: str, accept) -> Iterator[str]:
    """The files under ``root`` that ``accept`` takes, in a fixed order (hidden folders skipped)."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if accept(path):
                yield path


def _accepts(fmt: str, include: tuple[str, ...]):
    """Which files of a folder belong to an archive of the form ``fmt``."""
    if fmt == "folder":
        names = tuple(p for p in include if "/" not in p) or DEFAULT_INCLUDE
        return lambda path: matches(os.path.basename(path), names)
    return lambda path: TABLE_FORMATS.get(os.path.splitext(path)[1].lower()) == fmt


def fingerprint(archive: str, fmt: str, include: tuple[str, ...] = DEFAULT_INCLUDE) -> list[int]:
    """The number of files of the archive, their bytes and their latest time of change:
    an archive changed since partitions were made from it is not resumed."""
    files = [archive] if os.path.isfile(archive) else list(_walk(archive, _accepts(fmt, include)))
    count = size = latest = 0
    for path in files:
        try:
            status = os.stat(path)
        except OSError:
            continue
        count, size, latest = count + 1, size + status.st_size, max(latest, status.st_mtime_ns)
    return [count, size, latest]


def plan(archive: str, fmt: str, target_bytes: int = DEFAULT_PARTITION_BYTES,
         include: tuple[str, ...] = DEFAULT_INCLUDE) -> Iterator[Partition]:
    """The partitions of ``archive``, in order, each of about ``target_bytes`` of articles.

    Planning reads no article: it walks folders, seeks in JSON Lines files,
    counts quotation marks in CSV files and reads Parquet footers.
    """
    if not os.path.exists(archive):
        raise ArchiveError(Phrase(N_("{archive}: no such file or folder"), archive=archive))
    index = 0
    if fmt == "folder":
        files: list[str] = []
        size = 0
        for path in _walk(archive, _accepts(fmt, include)):
            files.append(path)
            size += _size(path)
            if size >= target_bytes:
                yield Partition(index, fmt, archive, files=tuple(files))
                index, files, size = index + 1, [], 0
        if files:
            yield Partition(index, fmt, archive, files=tuple(files))
        return
    tables = [archive] if os.path.isfile(archive) else list(_walk(archive, _accepts(fmt, include)))
    planners = {"jsonl": _plan_lines, "csv": _plan_csv, "parquet": _plan_parquet}
    for table in tables:
        for part in planners[fmt](table, target_bytes):
            yield Partition(index, fmt, table, **part)
            index += 1


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class _Range(TypedDict, total=False):
    """The fields of a :class:`Partition` a planner gives for one part of a table."""

    start: int
    stop: int
    row_group: int
    header: int


def _plan_lines(path: str, target: int) -> Iterator[_Range]:
    """Byte ranges ending at line ends (a JSON Lines record never holds a raw newline)."""
    size = _size(path)
    with open(path, "rb") as handle:
        start = 0
        while start < size:
            handle.seek(min(size, start + target))
            handle.readline()
            stop = min(size, handle.tell()) if start + target < size else size
            yield {"start": start, "stop": stop}
            start = stop


def _plan_csv(path: str, target: int) -> Iterator[_Range]:
    """Byte ranges ending at record ends: newlines outside quoted values.

    In CSV a quotation mark opens or closes a quoted value (a doubled one
    does both), so a newline ends a record when the marks before it are
    even in number.
    """
    block_size = 1 << 20
    quotes = 0  # marks seen before the current block
    offset = 0
    header = -1
    start = 0
    wanted = 0  # the record end looked for is the first one at or after this offset
    with open(path, "rb") as handle:
        while True:
            block = handle.read(block_size)
            if not block:
                break
            pos = max(0, wanted - offset)
            while pos < len(block):
                newline = block.find(b"\n", pos)
                if newline < 0:
                    break
                if (quotes + block.count(b'"', 0, newline)) % 2 == 0:
                    end = offset + newline + 1
                    if header < 0:
                        header = start = end
                    else:
                        yield {"start": start, "stop": end, "header": header}
                        start = end
                    wanted = start + target
                    pos = max(newline + 1, wanted - offset)
                else:
                    pos = newline + 1
            quotes += block.count(b'"')
            offset += len(block)
    if header < 0:
        header = start = offset
    if start < offset:
        yield {"start": start, "stop": offset, "header": header}


def _plan_parquet(path: str, target: int) -> Iterator[_Range]:
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        size = metadata.row_group(group).total_byte_size
        step = max(1, int(rows * target / size)) if size else rows or 1
        for start in range(0, rows, step):
            yield {"row_group": group, "start": start, "stop": min(rows, start + step)}


# -- reading a partition --------------------------------------------------------------------

def read_partition(partition: Partition, columns: Columns) -> Iterator[Article]:
    """The articles of ``partition``, in the archive's order."""
    if partition.format == "folder":
        for path in partition.files:
            yield _file_article(partition.path, path)
        return
    readers = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}
    try:
        rows = list(readers[partition.format](partition, columns))
    except (OSError, ValueError, csv.Error) as exc:
        yield Article(f"{partition.path}:{partition.start}", None, partition.describe(),
                      error=f"cannot read {partition.describe()}: {exc}")
        return
    for location, row in rows:
        yield _row_article(location, row, columns)


def _file_article(root: str, path: str) -> Article:
    """A file of a folder archive, named by its path in the archive; the auditor reads its
    text, and its fields from its front matter."""
    return Article(os.path.relpath(path, root).replace(os.sep, "/"), None, path, path=path)


def _jsonl_rows(partition: Partition, columns: Columns) -> Iterator[tuple[str, Any]]:
    with open(partition.path, "rb") as handle:
        handle.seek(partition.start)
        data = handle.read(partition.stop - partition.start)
    for n, line in enumerate(data.splitlines()):
        if not line.strip():
            continue
        location = f"{partition.path}@{partition.start}+{n}"
        try:
            yield location, json.loads(line)
        except ValueError as exc:
            yield location, ValueError(f"not a JSON record: {exc}")


def _csv_rows(partition: Partition, columns: Columns) -> Iterator[tuple[str, Any]]:
    with open(partition.path, "rb") as handle:
        header = handle.read(partition.header)
        handle.seek(partition.start)
        data = handle.read(partition.stop - partition.start)
    text = (header + data).decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for n, row in enumerate(reader):
        yield f"{partition.path}@{partition.start}+{n}", row


def _parquet_rows(partition: Partition, columns: Columns) -> Iterator[tuple[str, Any]]:
    import pyarrow.parquet as pq

    source = pq.ParquetFile(partition.path)
    wanted = [name for _, name in columns.names if name in source.schema_arrow.names]
    table = source.read_row_group(partition.row_group, columns=wanted)
    table = table.slice(partition.start, partition.stop - partition.start)
    for n, row in enumerate(table.to_pylist()):
        yield f"{partition.path}#{partition.row_group}:{partition.start + n}", row


def _value(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _row_article(location: str, row: Any, columns: Columns) -> Article:
    if isinstance(row, Exception):
        return Article(location, None, location, error=f"{location}: {row}")
    if not isinstance(row, dict):
        return Article(location, None, location, error=f"{location}: a record must be an object, not {row!r:.40}")
    fields = {name: _value(row.get(columns[name])) for name in FIELDS}
    identifier = fields.pop("id") or location
    text = row.get(columns["text"])
    if not isinstance(text, str):
        return Article(identifier, None, location, **{k: v for k, v in fields.items() if k != "text"},
                       error=f"{location}: no text (column {columns['text']!r})")
    fields.pop("text")
    return Article(identifier, text, location, **fields)
