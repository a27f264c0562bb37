"""The task that audits one partition: it runs in a local worker process or on
a Dask worker, and returns its tables (the driver alone writes files)."""
from __future__ import annotations

from .archive import Partition, read_partition
from .article import AuditSettings, auditor_for
from .tables import PartitionTables, partition_tables


def audit_partition(partition: Partition, settings: AuditSettings) -> PartitionTables:
    """The articles of ``partition`` audited, their diagnostics, and the partition's partial sums."""
    auditor = auditor_for(settings)
    rows, diagnostics = [], []
    for article in read_partition(partition, settings.columns):
        row, found = auditor.audit(article)
        rows.append(row)
        diagnostics.extend(found)
    return partition_tables(rows, diagnostics, auditor.codes)
