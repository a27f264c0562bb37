"""Running partitions: in this process, in local worker processes (``-j``), or
as tasks of a Dask distributed cluster.

However they run, each partition's tables come back to this process,
which alone writes them: a task that runs twice (a Dask worker lost after
it finished) is written once.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any, Callable, Iterable, Iterator

from .archive import Partition
from .article import AuditSettings
from .partition_task import audit_partition
from .tables import PartitionTables

Done = Callable[[Partition, PartitionTables], None]


def use_system_allocator() -> None:
    """Let pyarrow allocate with the system's allocator in a process the audit owns:
    its default one keeps the memory of every partition's tables for reuse, and
    an audit's processes live long."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def run_local(partitions: Iterable[Partition], settings: AuditSettings, jobs: int, done: Done) -> None:
    """Audit ``partitions`` in this process (one job) or in ``jobs`` worker processes.

    At most two partitions per worker are under way at once: the driver's
    memory does not grow with the archive.
    """
    if jobs <= 1:
        for partition in partitions:
            done(partition, audit_partition(partition, settings))
        return
    # Forked workers inherit the imported analysis; the driver starts no thread before.
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                             initializer=use_system_allocator) as pool:
        _bounded(partitions, lambda p: pool.submit(audit_partition, p, settings), 2 * jobs, done)


def _bounded(partitions: Iterable[Partition], submit: Callable[[Partition], Any], limit: int, done: Done) -> None:
    pending: dict[Any, Partition] = {}
    source: Iterator[Partition] = iter(partitions)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            partition = next(source, None)
            if partition is None:
                exhausted = True
            else:
                pending[submit(partition)] = partition
        if not pending:
            return
        finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in finished:
            done(pending.pop(future), future.result())


def connect(scheduler: Any) -> Any:
    """A Dask client: ``scheduler`` itself when it is one, else a client of the scheduler at that address."""
    from distributed import Client

    return scheduler if isinstance(scheduler, Client) else Client(scheduler)


def run_dask(partitions: Iterable[Partition], settings: AuditSettings, client: Any, done: Done,
             run_key: str, in_flight: int | None = None) -> None:
    """Audit ``partitions`` as tasks on the cluster of ``client``.

    Tasks are submitted as earlier ones finish (twice as many as the
    cluster has threads are under way), so the scheduler never holds the
    whole archive's plan. A task whose worker dies is run again by Dask.
    """
    from distributed import as_completed

    if in_flight is None:
        in_flight = 2 * max(1, sum(client.nthreads().values()))
    source = iter(partitions)
    futures: dict[Any, Partition] = {}

    def submit() -> Any:
        partition = next(source, None)
        if partition is None:
            return None
        future = client.submit(audit_partition, partition, settings, key=f"{run_key}-{partition.index}")
        futures[future] = partition
        return future

    started = [f for f in (submit() for _ in range(in_flight)) if f is not None]
    queue = as_completed(started)
    for future in queue:
        partition = futures.pop(future)
        tables = future.result()
        future.release()
        done(partition, tables)
        following = submit()
        if following is not None:
            queue.add(following)
