"""The most cited sources of each group, exactly, in bounded memory.

An archive cites hundreds of thousands of different sources, most of them
once, and each partition gives its own partial counts for every group.
The partial rows are spread over buckets on disk by the source's name, so
that every (group, source) pair is wholly in one bucket; each bucket is
summed on its own, and its top sources per group merged into a running
top: the memory held is that of one bucket and of the top sources of
every group, whatever the size of the archive.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
import zlib
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .store import read_parquet
from .tables import DIMENSIONS

BUCKET_ROWS = 60_000  # partial rows summed at once
PAIR = ["dimension", "key", "source", "kind", "category"]
# A source of a group, whichever way articles spell its name ("Édouard Philippe", "Edouard Philippe").
_ONE_SOURCE = ["dimension", "key", "folded", "kind", "category"]
TOP_SCHEMA = pa.schema([("dimension", pa.string()), ("key", pa.string()), ("rank", pa.int64()),
                        ("source", pa.string()), ("kind", pa.string()), ("category", pa.string()),
                        ("citations", pa.int64()), ("articles", pa.int64())])


def _ranked(table: pa.Table, top: int) -> pa.Table:
    """The ``top`` rows of each group, most cited first, with their rank (ties in name order)."""
    if not table.num_rows:
        return TOP_SCHEMA.empty_table()
    ordered = table.sort_by([("dimension", "ascending"), ("key", "ascending"), ("citations", "descending"),
                             ("articles", "descending"), ("source", "ascending"), ("kind", "ascending"),
                             ("category", "ascending")])
    label = pc.binary_join_element_wise(ordered["dimension"], pc.fill_null(ordered["key"], "\x00"), "\x1f")
    labels = label.to_numpy(zero_copy_only=False)
    starts = np.concatenate(([True], labels[1:] != labels[:-1]))
    group_start = np.maximum.accumulate(np.where(starts, np.arange(len(labels)), 0))
    rank = np.arange(len(labels)) - group_start + 1
    kept = np.flatnonzero(rank <= top)
    chosen = ordered.take(pa.array(kept))
    return pa.table([chosen["dimension"], chosen["key"], pa.array(rank[kept], pa.int64()), chosen["source"],
                     chosen["kind"], chosen["category"], chosen["citations"], chosen["articles"]], schema=TOP_SCHEMA)


def fold_name(name: str) -> str:
    """A source's name as every spelling of it reads: case, accents, hyphens and spaces aside
    ("Édouard Philippe" and "Edouard Philippe", "Météo-France" and "Météo France")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ").split())


def _folded(names: pa.ChunkedArray | pa.Array) -> pa.Array:
    """Each name folded (:func:`fold_name`), each distinct name once."""
    names = names.combine_chunks() if isinstance(names, pa.ChunkedArray) else names
    unique = pc.unique(names)
    folded = pa.array([fold_name(n) for n in unique.to_pylist()], pa.string())
    return pc.take(folded, pc.index_in(names, value_set=unique))


def _summed(table: pa.Table) -> pa.Table:
    """Citations and articles of each (group, source) pair, the spellings of a source's name summed
    together under its most cited one (in name order when tied)."""
    table = table.append_column("folded", _folded(table["source"]))
    spelled = table.group_by([*_ONE_SOURCE, "source"], use_threads=False).aggregate(
        [("citations", "sum"), ("articles", "sum")])
    spelled = spelled.sort_by([("citations_sum", "descending"), ("source", "ascending")])
    # In that order, the first spelling of each source is its most cited one.
    summed = spelled.group_by(_ONE_SOURCE, use_threads=False).aggregate(
        [("source", "first"), ("citations_sum", "sum"), ("articles_sum", "sum")])
    return summed.rename_columns([*_ONE_SOURCE, "source", "citations", "articles"]).select(
        [*PAIR, "citations", "articles"])


def _buckets_of(table: pa.Table, count: int) -> np.ndarray:
    """Each row's bucket, from its source's folded name (the same source, the same bucket in every
    partition, whichever way its name is spelled)."""
    folded = _folded(table["source"])
    unique = pc.unique(folded)
    of_unique = np.array([zlib.crc32(n.encode("utf-8")) % count for n in unique.to_pylist()], dtype=np.int64)
    return of_unique[pc.index_in(folded, value_set=unique).to_numpy(zero_copy_only=False)]


def top_sources(partials: Iterable[pa.Table], rows: int, top: int, scratch: Path) -> pa.Table:
    """The ``top`` most cited sources of each group from the partitions' partial rows (``rows`` of them)."""
    count = max(1, -(-rows // BUCKET_ROWS))
    running = TOP_SCHEMA.empty_table()
    for bucket in _spread(partials, count, scratch):
        best = _ranked(_summed(bucket), top).drop_columns(["rank"])
        running = _ranked(pa.concat_tables([running.drop_columns(["rank"]), best]), top)
    order = pc.index_in(running["dimension"], value_set=pa.array(DIMENSIONS))
    running = running.append_column("order", order)
    running = running.sort_by([("order", "ascending"), ("key", "ascending"), ("rank", "ascending")])
    return running.drop_columns(["order"])


def _spread(partials: Iterable[pa.Table], count: int, scratch: Path) -> Iterator[pa.Table]:
    """The partial rows, one bucket at a time (in memory when there is a single bucket)."""
    if count == 1:
        tables = list(partials)
        yield pa.concat_tables(tables) if tables else pa.table({n: pa.array([], t) for n, t in zip(
            PAIR + ["citations", "articles"], [pa.string()] * 5 + [pa.int64()] * 2)})
        return
    folder = Path(tempfile.mkdtemp(dir=scratch, prefix=".top-sources."))
    try:
        # One small file per partition and bucket: no writer stays open, holding its buffers.
        for n, table in enumerate(partials):
            if not table.num_rows:
                continue
            buckets = _buckets_of(table, count)
            for b in np.unique(buckets):
                (folder / str(b)).mkdir(exist_ok=True)
                pq.write_table(table.filter(pa.array(buckets == b)), folder / str(b) / f"{n}.parquet")
        for b in sorted(int(name) for name in os.listdir(folder)):
            yield pa.concat_tables([read_parquet(path) for path in sorted((folder / str(b)).iterdir())])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
