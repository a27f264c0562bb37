"""``attrlint audit``: its options, and the run they ask for (the audit's package,
and the libraries of the audit extra, are imported only when the command runs)."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

FORMAT_CHOICES = ("folder", "jsonl", "csv", "parquet")


def add_audit_parser(sub: Any, parents: list[argparse.ArgumentParser], size_type: Any, jobs_type: Any) -> None:
    audit = sub.add_parser("audit", parents=parents, help="audit an archive: statistics, tables and a report",
                           description="Audit an archive of articles (a folder of article files, or a JSON Lines, "
                                       "CSV or Parquet table with one row per article) into Parquet and CSV tables "
                                       "and an HTML report. An interrupted audit resumes when run again.")
    audit.add_argument("archive", metavar="ARCHIVE", help="a folder of articles, or a .jsonl, .csv or .parquet file "
                                                          "(or a folder of them, with --format)")
    audit.add_argument("--output", "-o", metavar="DIR", required=True, help="where the tables and report.html go")
    audit.add_argument("--format", choices=FORMAT_CHOICES, help="the archive's form (default: from its name)")
    audit.add_argument("--columns", metavar="FIELD=COLUMN,...",
                       help="the archive's names for the fields id, title, text, date, section, outlet, author "
                            "(like text=body,date=published)")
    audit.add_argument("--text-format", choices=("txt", "md", "html"), default="txt",
                       help="how the text of a table's row is read (default: txt)")
    audit.add_argument("--select", action="append", metavar="CODES", help="check only these rules")
    audit.add_argument("--ignore", action="append", metavar="CODES", help="do not check these rules")
    where = audit.add_mutually_exclusive_group()
    where.add_argument("-j", "--jobs", type=jobs_type, default=None,
                       help="local worker processes (default: one per CPU)")
    where.add_argument("--dask", metavar="SCHEDULER",
                       help="run the partitions on the Dask cluster of this scheduler (like tcp://host:8786)")
    audit.add_argument("--partition-size", type=size_type, default=None, metavar="SIZE",
                       help="the archive's text in each partition (default: 2MB)")
    audit.add_argument("--restart", action="store_true",
                       help="start over instead of resuming the audit in --output")
    audit.add_argument("--top", type=jobs_type, default=20, metavar="N", help="sources kept per group (default: 20)")
    audit.add_argument("--no-report", action="store_true", help="write the tables only, not report.html")
    audit.add_argument("--quiet", "-q", action="store_true", help="say nothing while auditing")


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for value in values or [] for v in value.split(",") if v.strip())


def run_audit_command(args: argparse.Namespace, language: str) -> int:
    """Run the audit the options ask for, speaking ``language``; 0 when every article was audited, 2 otherwise."""
    from .audit.words import words_for
    from .i18n import message_of, translation

    _ = words_for(language)
    ngettext = translation(language).ngettext
    try:
        from .audit.archive import DEFAULT_PARTITION_BYTES, ArchiveError, Columns
        from .audit.execute import use_system_allocator
        from .audit.run import AuditRequest, run_audit
        from .audit.store import AuditStoreError
        from .selection import SelectorError
    except ImportError as exc:
        needed = _("the audit needs the audit extra: pip install {extra}").format(extra="'attrlint[audit]'")
        print(f"attrlint: {needed} ({exc})", file=sys.stderr)
        return 2
    quiet = args.quiet
    use_system_allocator()

    def progress(partition: Any, summary: dict[str, Any]) -> None:
        if not quiet:
            print(ngettext("partition {index} done: {articles} article ({part})",
                           "partition {index} done: {articles} articles ({part})", summary["articles"]).format(
                index=partition.index, articles=summary["articles"], part=summary["part"]), file=sys.stderr)

    def dashboard(link: str) -> None:
        print(_("Dask dashboard: {link}").format(link=link), file=sys.stderr)

    try:
        request = AuditRequest(
            args.archive, args.output, format=args.format, columns=Columns.parse(args.columns),
            text_format=args.text_format, jobs=args.jobs or os.cpu_count() or 1, dask=args.dask,
            select=_split(args.select) if args.select else None, ignore=_split(args.ignore), config=args.config,
            isolated=args.isolated, partition_bytes=args.partition_size or DEFAULT_PARTITION_BYTES,
            restart=args.restart, top=args.top, language=language, report=not args.no_report)
        outcome = run_audit(request, progress, dashboard)
    except (ArchiveError, AuditStoreError, SelectorError, OSError) as exc:
        option = getattr(exc, "option", None)
        print(f"attrlint: {option + ': ' if option else ''}{message_of(exc, _)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        stopped = _("audit interrupted: the finished partitions are kept; run the same command again to resume")
        print(f"attrlint: {stopped}", file=sys.stderr)
        return 130
    if not quiet:
        # Counts after colons, not before nouns: the sentence reads right for 1 as for 50.
        print(_("articles audited: {articles}; partitions audited now: {audited}, kept from an earlier run: "
                "{resumed}; results in {output}").format(articles=outcome.articles, audited=outcome.partitions_audited,
                                              resumed=outcome.partitions_resumed, output=outcome.output),
              file=sys.stderr)
    for message in outcome.errors:
        print(f"attrlint: {message}", file=sys.stderr)
    if outcome.error_count:
        failed = _("articles that could not be audited: {count} (see the error column of articles.parquet)")
        print(f"attrlint: {failed.format(count=outcome.error_count)}", file=sys.stderr)
        return 2
    return 0
