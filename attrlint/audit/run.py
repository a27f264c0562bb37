"""An audit from start to end: plan the archive's partitions, audit those not
finished yet (locally or on Dask), then make the results from the finished
partitions."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from .aggregate import aggregate, combine
from .archive import DEFAULT_PARTITION_BYTES, Columns, Partition, archive_format, fingerprint, plan
from .article import AuditSettings, auditor_for
from .execute import connect, run_dask, run_local
from .report import write_report
from .store import AuditStore
from .tables import DIAGNOSTIC_SCHEMA, PartitionTables, article_schema

TEXT_FORMATS = {"txt": ".txt", "md": ".md", "html": ".html"}
Progress = Callable[[Partition, dict[str, Any]], None]


@dataclass
class AuditRequest:
    """What to audit and how (the command line's options, or the Python API's arguments)."""

    archive: str
    output: str
    format: str | None = None
    columns: Columns = field(default_factory=Columns)
    text_format: str = "txt"
    jobs: int = 1
    dask: Any = None  # a scheduler's address, or a distributed.Client
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    config: str | None = None
    isolated: bool = False
    partition_bytes: int = DEFAULT_PARTITION_BYTES
    restart: bool = False
    top: int = 20
    language: str = "en"
    report: bool = True


@dataclass
class AuditOutcome:
    """What a run did: where its results are, how many partitions it audited and found done."""

    output: Path
    tables: list[str]
    partitions_audited: int
    partitions_resumed: int
    articles: int
    errors: list[str]
    error_count: int
    dashboard: str | None = None


def run_audit(request: AuditRequest, on_partition: Progress | None = None,
              on_dashboard: Callable[[str], None] | None = None) -> AuditOutcome:
    fmt = archive_format(request.archive, request.format)
    settings = AuditSettings(config_file=request.config, isolated=request.isolated, select=request.select,
                             ignore=request.ignore, text_suffix=TEXT_FORMATS[request.text_format],
                             columns=request.columns)
    codes = auditor_for(settings).codes  # builds the plugins here first: a bad configuration stops the run now
    parameters = {
        "archive": os.path.abspath(request.archive), "archive_stamp": fingerprint(request.archive, fmt), "format": fmt,
        "columns": dict(request.columns.names), "text_format": request.text_format,
        "partition_bytes": request.partition_bytes, "codes": list(codes), "version": __version__,
        "select": list(request.select) if request.select is not None else None, "ignore": list(request.ignore),
        "config": os.path.abspath(request.config) if request.config else None, "isolated": request.isolated,
    }
    output = Path(request.output)
    store = AuditStore(output)
    store.open(parameters, restart=request.restart)
    finished = set(store.finished())
    audited = 0

    def done(partition: Partition, tables: PartitionTables) -> None:
        nonlocal audited
        rows = tables.articles.num_rows
        summary = {"index": partition.index, "part": partition.describe(), "articles": rows,
                   "errors": rows - tables.articles.column("error").null_count}
        if store.write(partition.index, tables, summary):
            audited += 1
            if on_partition is not None:
                on_partition(partition, summary)

    pending = (p for p in plan(request.archive, fmt, request.partition_bytes) if p.index not in finished)
    dashboard = None
    if request.dask is not None:
        client = connect(request.dask)
        try:
            dashboard = client.dashboard_link
            if on_dashboard is not None and dashboard:
                on_dashboard(dashboard)
            key = hashlib.sha1(json.dumps(parameters, sort_keys=True).encode()).hexdigest()[:12]
            run_dask(pending, settings, client, done, f"attrlint-audit-{key}")
        finally:
            if client is not request.dask:  # a client made here for an address
                client.close()
    else:
        run_local(pending, settings, request.jobs, done)

    combine(store, output, article_schema(codes), DIAGNOSTIC_SCHEMA)
    tables = ["articles", "diagnostics", *aggregate(store, output, codes, request.top)]
    if request.report:
        write_report(output, request.language, codes, tables)
    articles = errors = 0
    for summary in store.summaries():
        articles += summary["articles"]
        errors += summary["errors"]
    return AuditOutcome(output, tables, audited, len(finished), articles, _first_errors(output), errors, dashboard)


def _first_errors(output: Path, limit: int = 10) -> list[str]:
    """The first articles that could not be audited, as their messages say it."""
    import pyarrow.parquet as pq

    found: list[str] = []
    for batch in pq.ParquetFile(output / "articles.parquet").iter_batches(columns=["error"]):
        found += [e for e in batch.column(0).to_pylist() if e]
        if len(found) >= limit:
            break
    return found[:limit]
