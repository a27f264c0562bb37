"""The task that audits one partition: it runs in a local worker process or on
a Dask worker, and returns its tables (the driver alone writes files)."""
from __future__ import annotations

from typing import Iterable, Iterator

from ..engine import GROUP_CHARS, GROUP_FILES
from .archive import Article, Partition, read_partition
from .article import AuditSettings, auditor_for
from .tables import PartitionTables, partition_tables


def audit_partition(partition: Partition, settings: AuditSettings) -> PartitionTables:
    """The articles of ``partition`` audited, their diagnostics, and the partition's partial sums."""
    auditor = auditor_for(settings)
    rows, diagnostics = [], []
    for group in _groups(read_partition(partition, settings.columns)):
        for row, found in auditor.audit_many(group):
            rows.append(row)
            diagnostics.extend(found)
    return partition_tables(rows, diagnostics, auditor.codes)


def _groups(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """The articles in groups of the size a check lints together."""
    group: list[Article] = []
    chars = 0
    for article in articles:
        group.append(article)
        chars += len(article.text or "")
        if len(group) >= GROUP_FILES or chars >= GROUP_CHARS:
            yield group
            group, chars = [], 0
    if group:
        yield group
