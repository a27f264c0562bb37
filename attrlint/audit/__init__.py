"""Auditing an archive: every article linted, counted and aggregated, locally or on Dask.

Needs the ``audit`` extra (``pip install 'attrlint[audit]'``): pyarrow,
pandas and dask.distributed. ``attrlint.audit(...)`` is :func:`audit`.
"""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

EXTRA_MISSING = "the audit needs the audit extra: pip install 'attrlint[audit]'"


@dataclass
class AuditResult:
    """The tables of an audit, read from its output folder on demand.

    ``result["by_month"]`` is a pyarrow table (a pandas DataFrame when the
    audit was asked for pandas); ``result.tables`` names them all.
    """

    output: Path
    tables: list[str]
    articles: int
    errors: int
    pandas: bool = False

    def __getitem__(self, name: str) -> Any:
        if name not in self.tables:
            raise KeyError(f"no table {name!r} (tables: {', '.join(self.tables)})")
        import pyarrow.parquet as pq

        table = pq.read_table(self.output / f"{name}.parquet")
        return table.to_pandas() if self.pandas else table


def audit(archive: str, output: str | None = None, *, format: str | None = None,
          columns: dict[str, str] | None = None, text_format: str = "txt", jobs: int = 1, dask: Any = None,
          select: Iterable[str] | None = None, ignore: Iterable[str] = (), config: str | None = None,
          isolated: bool = False, partition_bytes: int | None = None, restart: bool = False,
          language: str = "en", report: bool = True, pandas: bool = False) -> AuditResult:
    """Audit ``archive`` (a folder of articles, or a .jsonl, .csv or .parquet table) into ``output``.

    ``columns`` names the archive's columns for the fields ``id``,
    ``title``, ``text``, ``date``, ``section``, ``outlet``, ``author``;
    ``dask`` is a scheduler's address or a ``distributed.Client``. An
    audit stopped before its end resumes when called again with the same
    arguments. Without ``output``, the results go to a new temporary folder.
    """
    try:
        from .archive import DEFAULT_PARTITION_BYTES, Columns
        from .run import AuditRequest, run_audit
    except ImportError as exc:
        raise ImportError(f"{EXTRA_MISSING} ({exc})") from exc
    if output is None:
        import tempfile
        output = tempfile.mkdtemp(prefix="attrlint-audit-")
    spec = ",".join(f"{k}={v}" for k, v in (columns or {}).items())
    request = AuditRequest(archive, output, format=format, columns=Columns.parse(spec), text_format=text_format,
                           jobs=jobs, dask=dask, select=tuple(select) if select is not None else None,
                           ignore=tuple(ignore), config=config, isolated=isolated,
                           partition_bytes=partition_bytes or DEFAULT_PARTITION_BYTES, restart=restart,
                           language=language, report=report)
    outcome = run_audit(request)
    return AuditResult(outcome.output, outcome.tables, outcome.articles, outcome.error_count, pandas)


class _CallableModule(types.ModuleType):
    """``attrlint.audit(...)`` calls :func:`audit`, while ``attrlint.audit`` stays this package."""

    def __call__(self, *args: Any, **kwargs: Any) -> AuditResult:
        return audit(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
