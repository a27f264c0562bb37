"""The audit's results from its finished partitions: the articles and
diagnostics in the archive's order, and the aggregates made from the
partitions' partial sums (so that no step holds every article)."""
from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .sources_seen import CATEGORIES
from .store import AuditStore
from .tables import DIMENSIONS, SUMMED
from .top_sources import top_sources

TOP_SOURCES = 20


def _atomic(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


class _Writers:
    """A Parquet file and its CSV form, written a table at a time and renamed into place when closed."""

    def __init__(self, output: Path, name: str, schema: pa.Schema) -> None:
        self.paths = [output / f"{name}.parquet", output / f"{name}.csv"]
        self.parquet = pq.ParquetWriter(_atomic(self.paths[0]), schema)
        self.csv = pacsv.CSVWriter(_atomic(self.paths[1]), _flat_schema(schema))

    def write(self, table: pa.Table) -> None:
        self.parquet.write_table(table)
        self.csv.write_table(_flat(table))

    def close(self) -> None:
        self.parquet.close()
        self.csv.close()
        for path in self.paths:
            os.replace(_atomic(path), path)


def _nested(field: pa.Field) -> bool:
    return pa.types.is_list(field.type) or pa.types.is_struct(field.type)


def _flat_schema(schema: pa.Schema) -> pa.Schema:
    return pa.schema([pa.field(f.name, pa.string()) if _nested(f) else f for f in schema])


def _flat(table: pa.Table) -> pa.Table:
    """CSV has no lists: list columns become JSON text."""
    for i, field in enumerate(table.schema):
        if _nested(field):
            values = [None if v is None else json.dumps(v, ensure_ascii=False) for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(field.name, pa.string()), pa.array(values, pa.string()))
    return table


def write_table(output: Path, name: str, table: pa.Table) -> None:
    writers = _Writers(output, name, table.schema)
    writers.write(table)
    writers.close()


def combine(store: AuditStore, output: Path, article_schema: pa.Schema, diagnostic_schema: pa.Schema) -> None:
    """``articles`` and ``diagnostics`` (Parquet and CSV): every partition's rows, one row group per partition."""
    for name, schema in (("articles", article_schema), ("diagnostics", diagnostic_schema)):
        writers = _Writers(output, name, schema)
        for table in store.tables(name):
            writers.write(table)
        writers.close()


def _rates(sums: dict[str, int], codes: Iterable[str]) -> dict[str, Any]:
    def share(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    def per_10k(count: int) -> float | None:
        return count * 10_000 / sums["characters"] if sums["characters"] else None

    rates: dict[str, Any] = {"problems_per_10k": per_10k(sums["problems"])}
    for code in codes:
        rates[f"{code}_per_10k"] = per_10k(sums[f"count_{code}"])
    rates["share_figures_attributed"] = share(sums["figures_attributed"], sums["figures"])
    rates["share_quotations_attributed"] = share(sums["quotations_attributed"], sums["quotations"])
    for category in CATEGORIES:
        rates[f"share_{category}"] = share(sums[f"sources_{category}"], sums["sources"])
    rates["share_articles_agency_uncredited"] = share(sums["articles_agency_uncredited"], sums["articles"])
    return rates


def _sort_key(key: str | None) -> tuple[bool, str]:
    return (key is None, key or "")


def aggregate(store: AuditStore, output: Path, codes: tuple[str, ...], top: int = TOP_SOURCES) -> list[str]:
    """Write ``by_<dimension>`` for each dimension some article has a value for, ``top_sources``
    and ``agencies``; the names of the tables written."""
    counted = [*SUMMED, *(f"count_{code}" for code in codes)]
    sums: dict[tuple[str, str | None], list[int]] = defaultdict(lambda: [0] * len(counted))
    for table in store.tables("groups"):
        for row in table.to_pylist():
            total = sums[(row["dimension"], row["key"])]
            for i, name in enumerate(counted):
                total[i] += row[name]
    written = []
    for dimension in DIMENSIONS:
        keys = sorted((k for d, k in sums if d == dimension), key=_sort_key)
        if dimension != "all" and not any(k is not None for k in keys):
            continue
        rows = []
        for key in keys:
            values = dict(zip(counted, sums[(dimension, key)]))
            rows.append({dimension: key, **values, **_rates(values, codes)})
        write_table(output, f"by_{dimension}", pa.Table.from_pylist(rows, schema=_group_schema(dimension, counted, codes)))
        written.append(f"by_{dimension}")
    write_table(output, "top_sources", _top_sources(store, top))
    write_table(output, "agencies", _agencies(store))
    return [*written, "top_sources", "agencies"]


def _group_schema(dimension: str, counted: list[str], codes: tuple[str, ...]) -> pa.Schema:
    zero = dict.fromkeys(counted, 0)
    rates = _rates({**zero, "characters": 1, "sources": 1, "figures": 1, "quotations": 1, "articles": 1}, codes)
    return pa.schema([(dimension, pa.string()), *((name, pa.int64()) for name in counted),
                      *((name, pa.float64()) for name in rates)])


def _dimension_rows(store: AuditStore, name: str, dimension: str) -> pa.Table:
    """The partial rows of one dimension from every partition, as one columnar table:
    one dimension at a time, so that the rows held are those of the largest one."""
    parts = [t.filter(pc.equal(t["dimension"], dimension)) for t in store.tables(name)]
    return pa.concat_tables(parts) if parts else pa.table({})


def _top_sources(store: AuditStore, top: int) -> pa.Table:
    rows = sum(pq.ParquetFile(path).metadata.num_rows for path in store.files("sources"))
    return top_sources(store.tables("sources"), rows, top, store.parts)


def _agencies(store: AuditStore) -> pa.Table:
    schema = pa.schema([("dimension", pa.string()), ("key", pa.string()), ("agency", pa.string()),
                        ("articles_using", pa.int64()), ("articles_uncredited", pa.int64()),
                        ("share_uncredited", pa.float64())])
    found = []
    for dimension in DIMENSIONS:
        rows = _dimension_rows(store, "agencies", dimension)
        if not rows.num_rows:
            continue
        summed = rows.group_by(["key", "agency"], use_threads=False).aggregate(
            [("articles_using", "sum"), ("articles_uncredited", "sum")]).sort_by(
            [("key", "ascending"), ("agency", "ascending")])
        using, uncredited = summed["articles_using_sum"], summed["articles_uncredited_sum"]
        found.append(pa.table([pa.array([dimension] * summed.num_rows, pa.string()), summed["key"], summed["agency"],
                               using, uncredited, pc.divide(pc.cast(uncredited, pa.float64()), using)],
                              schema=schema))
    return pa.concat_tables(found) if found else schema.empty_table()
