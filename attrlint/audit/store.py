"""The audit's output folder: the run's parameters, and each finished partition.

A finished partition is a folder ``parts/NNNNNNNN`` made under another name
and renamed in one step, so it is there whole or not at all: an
interrupted audit leaves only finished partitions, and a new run audits
the others. ``audit.json`` holds the parameters the partitions were made
with; a run with other parameters does not mix its partitions with them.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..atomic import replace_file
from ..i18n import N_, Phrase
from .tables import PartitionTables


def read_parquet(path: Path) -> pa.Table:
    """A small Parquet file read in this thread: the dataset reader that ``pq.read_table``
    starts keeps tens of megabytes for its threads, more than the audit's files hold."""
    return pq.ParquetFile(path).read(use_threads=False)


class AuditStoreError(Exception):
    """The output folder holds another audit, or cannot be written."""


class AuditStore:
    def __init__(self, output: str | os.PathLike[str]) -> None:
        self.output = Path(output)
        self.parts = self.output / "parts"

    def open(self, parameters: dict[str, Any], restart: bool = False) -> None:
        """Make the folder ready for the audit ``parameters`` describe; keep its finished
        partitions if they were made with the same ones."""
        self.parts.mkdir(parents=True, exist_ok=True)
        recorded = self.output / "audit.json"
        previous = self._recorded(recorded)
        if previous != parameters and not restart and next(self.finished(), None) is not None:
            changed = sorted(k for k in set(parameters) | set(previous or {})
                             if (previous or {}).get(k) != parameters.get(k))
            raise AuditStoreError(Phrase(N_("{output} holds an audit made with other parameters ({changed}); "
                                            "run again with --restart to start over, or choose another --output"),
                                         output=str(self.output), changed=", ".join(changed)))
        if restart or previous != parameters:
            shutil.rmtree(self.parts)
            self.parts.mkdir()
            for made in self.results():
                made.unlink()
        replace_file(recorded, json.dumps(parameters, indent=2, sort_keys=True).encode("utf-8"))
        self.clear_staging()

    @staticmethod
    def _recorded(path: Path) -> dict[str, Any] | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def results(self) -> list[Path]:
        """The tables and report an earlier audit made in the folder."""
        names = ("articles.*", "diagnostics.*", "by_*.*", "top_sources.*", "agencies.*", "report.html")
        return [p for pattern in names for p in self.output.glob(pattern)
                if p.suffix in (".parquet", ".csv", ".html")]

    def finished(self) -> Iterator[int]:
        """The indexes of the finished partitions, in order."""
        for entry in sorted(os.listdir(self.parts)):
            if entry.isdigit() and (self.parts / entry / "partition.json").exists():
                yield int(entry)

    def _folder(self, index: int) -> Path:
        return self.parts / f"{index:08d}"

    def write(self, index: int, tables: PartitionTables, summary: dict[str, Any]) -> bool:
        """Keep a finished partition; False when it was kept already (a task that ran twice)."""
        final = self._folder(index)
        if final.exists():
            return False
        staging = Path(tempfile.mkdtemp(dir=self.parts, prefix=f".{index:08d}."))
        try:
            for name, table in tables.items():
                pq.write_table(table, staging / f"{name}.parquet")
            (staging / "partition.json").write_text(json.dumps(summary, sort_keys=True), encoding="utf-8")
            os.rename(staging, final)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if final.exists():
                return False
            raise
        return True

    def files(self, name: str) -> Iterator[Path]:
        """The file of the table ``name`` of each finished partition, in the partitions' order."""
        for index in self.finished():
            yield self._folder(index) / f"{name}.parquet"

    def tables(self, name: str) -> Iterator[pa.Table]:
        """The table ``name`` of each finished partition, one at a time, in the partitions' order."""
        for path in self.files(name):
            yield read_parquet(path)

    def summaries(self) -> Iterator[dict[str, Any]]:
        for index in self.finished():
            yield json.loads((self._folder(index) / "partition.json").read_text(encoding="utf-8"))

    def clear_staging(self) -> None:
        """Remove what an interrupted run left half-written."""
        for entry in os.listdir(self.parts):
            if entry.startswith("."):
                shutil.rmtree(self.parts / entry, ignore_errors=True)
