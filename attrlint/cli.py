"""The command line: ``attrlint check``, ``rules``, ``explain``, ``plugins``.

Exit codes: 0 nothing at or above the failing severity; 1 problems found;
2 usage, configuration or input error (or a plugin failure).
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from . import __version__
from .engine import ActiveRule
from .formatting import RenderContext
from .model import Severity
from .plugins import PluginError, Registry, build_registry
from .runner import FileSettings, RunOptions, run_paths

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="attrlint", description="Source-attribution linter for French journalism.")
    parser.add_argument("--version", action="version", version=f"attrlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="lint articles (files, folders, or - for standard input)")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--format", default="text", help="output format (text, json, …; see `attrlint plugins`)")
    check.add_argument("--select", default=None, help="comma-separated codes, prefixes or names to check")
    check.add_argument("--ignore", default=None, help="comma-separated codes, prefixes or names to skip")
    check.add_argument("--stdin-filename", default="-", help="the path to report for standard input")
    check.add_argument("--verbose", "-v", action="store_true", help="show tracebacks of failing plugins")
    check.add_argument("-j", "--jobs", type=_jobs, default=None,
                       help="worker processes (default: one per CPU for many files, 1 for a handful)")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write cached results")
    check.add_argument("--cache-dir", default=None,
                       help="where cached results go (default: $ATTRLINT_CACHE_DIR or .attrlint_cache)")
    sub.add_parser("rules", help="list the installed rules")
    explain = sub.add_parser("explain", help="explain a rule, with examples")
    explain.add_argument("rule", metavar="CODE")
    sub.add_parser("plugins", help="list the installed plugins")
    return parser


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more), not {value!r}")
    return int(value)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _matches_rule(selector: str, info) -> bool:
    sel = selector.upper()
    return info.code.upper().startswith(sel) or selector == info.rule.name or sel == "ALL"


def select_rules(registry: Registry, select: list[str] | None, ignore: list[str]) -> list[ActiveRule]:
    active = []
    for code, info in registry.rules.items():
        chosen = any(_matches_rule(s, info) for s in select) if select else info.rule.enabled_by_default
        if chosen and not any(_matches_rule(s, info) for s in ignore):
            active.append(ActiveRule(info, info.rule(), info.rule.severity))
    return active


def _check(args, registry: Registry) -> int:
    fmt = registry.formats.get(args.format)
    if fmt is None:
        print(f"attrlint: unknown format {args.format!r} (known: {', '.join(sorted(registry.formats))})", file=sys.stderr)
        return EXIT_ERROR
    select = _split(args.select) or None
    ignore = _split(args.ignore)
    for sel in (select or []) + ignore:
        if sel.upper() != "ALL" and not any(_matches_rule(sel, info) for info in registry.rules.values()):
            print(f"attrlint: unknown rule selector {sel!r}", file=sys.stderr)
            return EXIT_ERROR
    rules = select_rules(registry, select, ignore)
    options = RunOptions(jobs=args.jobs, use_cache=not args.no_cache, cache_dir=args.cache_dir)
    settings = FileSettings(rules, registry.lexicon(), registry.readers, options)
    stdin_data = sys.stdin.buffer.read() if "-" in args.paths else None
    run = run_paths(args.paths, lambda path: settings, stdin_filename=args.stdin_filename, stdin_data=stdin_data,
                    discover_with=options)
    if args.verbose:
        for result in run.results:
            for tb in result.tracebacks:
                print(tb, file=sys.stderr)
    count = run.files_checked
    diagnostics = sorted(run.diagnostics, key=lambda d: d.sort_key())
    ctx = RenderContext(rules=registry.rules, sources=run.sources,
                        files_checked=count, version=__version__)
    sys.stdout.write(fmt(diagnostics, ctx))
    if run.error:
        return EXIT_ERROR
    return EXIT_PROBLEMS if any(d.severity >= Severity.WARNING for d in diagnostics) else EXIT_OK


def _rules(registry: Registry) -> int:
    for code, info in registry.rules.items():
        rule = info.rule
        state = "" if rule.enabled_by_default else " (off by default)"
        print(f"{code:8} {rule.name:28} {str(rule.severity):8} {rule.summary}{state}  [{info.plugin}]")
    return EXIT_OK


def _explain(code: str, registry: Registry) -> int:
    info = registry.rules.get(code.upper()) or next((i for i in registry.rules.values() if i.rule.name == code), None)
    if info is None:
        print(f"attrlint: unknown rule {code!r}", file=sys.stderr)
        return EXIT_ERROR
    rule = info.rule
    print(f"{rule.code} {rule.name} ({rule.severity}{'' if rule.enabled_by_default else ', off by default'})")
    print(f"  {rule.summary}\n")
    print(textwrap.dedent(rule.explanation).strip())
    for ex in rule.examples:
        print("\nBad:\n" + textwrap.indent(ex.bad, "    "))
        print("Good:\n" + textwrap.indent(ex.good, "    "))
    if rule.options:
        print("\nOptions:")
        for key, opt in rule.options.items():
            print(f"  {key} ({opt.type.__name__}, default {opt.default!r}): {opt.help}")
    print(f"\nPlugin: {info.plugin}")
    return EXIT_OK


def _plugins(registry: Registry) -> int:
    """Each plugin: its name (what ``disable-plugins`` takes), where it comes from, what it provides."""
    rows = []
    for p in registry.plugins:
        provides = [f"rules {', '.join(p.rules)}"] if p.rules else []
        provides += [f"formats {', '.join(p.formats)}"] if p.formats else []
        provides += [f"readers {', '.join(p.readers)}"] if p.readers else []
        rows.append((p.name, p.source, "; ".join(provides) or "nothing"))
    widths = [max(len(row[i]) for row in rows) for i in range(2)] if rows else [0, 0]
    for name, source, provides in rows:
        print(f"{name:{widths[0]}}  {source:{widths[1]}}  {provides}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        registry = build_registry()
    except PluginError as exc:
        print(f"attrlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "check":
        return _check(args, registry)
    if args.command == "rules":
        return _rules(registry)
    if args.command == "explain":
        return _explain(args.rule, registry)
    return _plugins(registry)


if __name__ == "__main__":
    sys.exit(main())
