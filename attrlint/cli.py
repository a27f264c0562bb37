"""The command line: ``attrlint check``, ``sources``, ``rules``, ``explain``, ``plugins``, ``server``, ``audit``.

Exit codes: 0 nothing at or above the failing severity; 1 problems found;
2 usage, configuration or input error (or a plugin failure).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TextIO

from . import __version__, sources_command, startup
from .atomic import replace_file
from .audit_command import add_audit_parser, run_audit_command
from .cli_language import argparse_speaking, requested_language, translate_parser
from .config import ConfigError, parse_size, shown_path
from .engine import INTERNAL_NAMES, LintResult
from .formatting import RenderContext, Sources, reads_source_maps, sources_read
from .i18n import LANGUAGES, N_, message_of, resolve_language, rule_explanation, rule_summary, translation
from .model import Document, Severity
from .plugins import PluginError, Registry, RegistrySpec, build_registry
from .progress import ProgressBar
from .run import run_paths
from .runner import RunOptions, with_source_maps
from .selection import SELECTABLE_INTERNAL, Selection, SelectorError
from .settings import Overrides, Resolver
from .suppression import EXPLANATIONS as SUPPRESSION_EXPLANATIONS, apply_suppressions

if TYPE_CHECKING:
    from .kept_lines import KeptLines

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
LEVELS = ("error", "warning", "info")
SEVERITY_WORDS = (N_("error"), N_("warning"), N_("info"))

# The command line's words in the language of the run, set by main().
_: Callable[[str], str] = translation("en").gettext


class UsageError(Exception):
    """A command line attrlint cannot run."""


def _terminal_columns() -> int:
    """The terminal's width, as ``shutil.get_terminal_size`` finds it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__  # None when Python was started without a standard output
    if stdout is None:
        return 80
    try:
        return os.get_terminal_size(stdout.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    # argparse imports shutil (and its compression modules) for the width as
    # soon as an argument is added, even when no help is shown.
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _ArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def _parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(prog="attrlint", description="Source-attribution linter for French journalism.")
    parser.add_argument("--version", action="version", version=f"attrlint {__version__}")
    configured = _ArgumentParser(add_help=False)
    where = configured.add_argument_group("configuration").add_mutually_exclusive_group()
    where.add_argument("--config", metavar="FILE",
                       help="use this configuration for every file (pyproject.toml, attrlint.toml)")
    where.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    configured.add_argument("--language", choices=LANGUAGES,
                            help="the language of messages (default: the configuration's, else the locale's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", parents=[configured],
                           help="lint articles (files, folders, or - for standard input)",
                           description="Lint articles: files, folders (walked), or - for standard input.")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .); - reads standard input")
    rules = check.add_argument_group("rule selection (codes, prefixes like FIG, rule names, or ALL; comma-separated)")
    rules.add_argument("--select", action="append", metavar="RULES", help="check only these rules")
    rules.add_argument("--extend-select", action="append", metavar="RULES", help="check these rules as well")
    rules.add_argument("--ignore", action="append", metavar="RULES", help="do not check these rules")
    files = check.add_argument_group("files")
    files.add_argument("--include", action="append", metavar="GLOBS",
                       help="file patterns to lint in folders (default: *.md,*.markdown,*.txt,*.html,*.htm)")
    files.add_argument("--exclude", action="append", metavar="GLOBS", help="file or folder patterns to skip")
    files.add_argument("--stdin-filename", metavar="PATH",
                       help="the path of standard input: reported, and used for its configuration")
    output = check.add_argument_group("output")
    output.add_argument("--format", default="text", help="output format (text, json, …; see `attrlint plugins`)")
    output.add_argument("--output-file", "-o", metavar="FILE",
                        help="write the report to FILE instead of standard output")
    output.add_argument("--all-articles", action="store_true",
                        help="show every article in reports that show articles (html), not only those with problems")
    output.add_argument("--show-source", action="store_true", help="show each problem's line, its span underlined")
    output.add_argument("--statistics", action="store_true", help="count the problems of each code")
    output.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the report (auto: on a terminal, unless NO_COLOR is set)")
    loud = output.add_mutually_exclusive_group()
    loud.add_argument("--quiet", "-q", action="store_true", help="print the problems only: no summary, no progress")
    loud.add_argument("--verbose", "-v", action="store_true",
                      help="say which configurations apply; show tracebacks of failing plugins")
    check.add_argument("--max-file-size", type=_size, metavar="SIZE",
                       help="skip larger files with an error (like 20MB, 500kB; default 20MB)")
    runs = check.add_argument_group("processes and cache")
    runs.add_argument("-j", "--jobs", type=_jobs, default=None,
                      help="worker processes (default: one per CPU for many files, 1 for a handful)")
    runs.add_argument("--no-cache", action="store_true", help="neither read nor write cached results")
    runs.add_argument("--cache-dir", metavar="DIR",
                      help="where cached results go (default: $ATTRLINT_CACHE_DIR, else .attrlint_cache)")
    status = check.add_argument_group("exit status")
    status.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems are found")
    status.add_argument("--fail-on", choices=LEVELS, help="the lowest severity that fails the run (default: warning)")

    sub.add_parser("rules", parents=[configured], help="list the installed rules")
    explain = sub.add_parser("explain", parents=[configured], help="explain a rule, with examples")
    explain.add_argument("rule", metavar="CODE")
    sub.add_parser("plugins", parents=[configured], help="list the installed plugins")
    sources_command.add_parser(sub, [configured])
    sub.add_parser("server", help="run the language server for editors (LSP over standard input and output)",
                   description="Run the language server: an editor starts it and speaks LSP with it over standard "
                               "input and output (needs the server extra: pip install 'attrlint[server]').")
    add_audit_parser(sub, [configured], _size, _jobs)
    return parser


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(_("expected a number of processes (1 or more), not {value!r}").format(
            value=value))
    return int(value)


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(message_of(exc, _)) from None


def _registry_for(spec: RegistrySpec) -> Registry:
    return build_registry(spec.local_plugins, base=Path(spec.base) if spec.base else None, disabled=spec.disabled)


def _resolver(args) -> Resolver:
    selection = Selection()
    overrides = Overrides(config_file=args.config, isolated=args.isolated, selection=selection,
                          language=args.language)
    if args.command == "check":
        selection.select = _split(args.select) if args.select else None
        selection.extend_select = _split(args.extend_select)
        selection.ignore = _split(args.ignore)
        overrides.include = _split(args.include) if args.include else None
        overrides.exclude = _split(args.exclude) if args.exclude else None
        overrides.fail_on = Severity.parse(args.fail_on) if args.fail_on else None
        overrides.max_file_size = args.max_file_size
        run = RunOptions(jobs=args.jobs, use_cache=not args.no_cache, cache_dir=args.cache_dir)
        return Resolver(overrides, _registry_for, run_options=run)
    if args.command == "sources":
        return sources_command.resolver(args, _registry_for)
    return Resolver(overrides, _registry_for)


def _here() -> str:
    """A path in the current folder: its configuration is the one of commands that lint no file."""
    return os.path.join(os.getcwd(), "-")


def _use_color(choice: str, stream: TextIO | None) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0").lower() not in ("", "0", "false"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _mode_for(path: str) -> int:
    """The permissions of the file being replaced, or those a new file gets (the temporary one is private)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _paths(args) -> list[str]:
    if args.paths:
        return args.paths
    return ["-"] if args.stdin_filename else ["."]


def _check(args, resolver: Resolver) -> int:
    here = resolver.policy_for(_here())
    fmt = here.registry.formats.get(args.format)
    if fmt is None:
        raise UsageError(_("unknown format {format!r} (known: {known})").format(
            format=args.format, known=", ".join(sorted(here.registry.formats))))
    for flag, selectors in (("--select", _split(args.select)), ("--extend-select", _split(args.extend_select)),
                            ("--ignore", _split(args.ignore))):
        try:
            here.ruleset.check(selectors)
        except SelectorError as exc:
            raise UsageError(_("{key}: {error}").format(key=flag, error=message_of(exc, _))) from None
    paths = _paths(args)
    stdin_data = sys.stdin.buffer.read() if "-" in paths else None
    progress = ProgressBar(sys.stderr, language=here.language) if ProgressBar.wanted(sys.stderr, args.quiet) \
        else None
    ctx = RenderContext(version=__version__, show_source=args.show_source, statistics=args.statistics,
                        quiet=args.quiet, verbose=args.verbose, language=here.language,
                        color=_use_color(args.color, sys.stdout if args.output_file is None else None))
    ctx.options["all_articles"] = args.all_articles
    wanted = sources_read(fmt, ctx)
    kept: KeptLines | None = None
    if wanted is Sources.LINES:
        from .kept_lines import KeptLines  # only the formats that show or fingerprint lines keep them

        kept = KeptLines()
    every_text: dict[str, str] = {}

    def each_file(result: LintResult, doc: Document | None) -> None:
        # Suppressions need the document, and it goes once this returns.
        apply_suppressions(result, doc, resolver.file_policy(result.path))
        if kept is not None and doc is not None:
            kept.keep(result.path, doc.source, result.diagnostics)
        if args.all_articles and wanted is Sources.WHOLE and doc is not None:
            every_text[result.path] = doc.source

    settings_for = with_source_maps(resolver.settings_for) if reads_source_maps(fmt) else resolver.settings_for
    run = run_paths(paths, settings_for, stdin_filename=args.stdin_filename or "-",
                    stdin_data=stdin_data, discover_with=resolver.walk_options, progress=progress,
                    each_file=each_file, keep_sources=wanted is Sources.WHOLE)
    if args.verbose:
        _tell_configurations(resolver)
        for result in run.results:
            for tb in result.tracebacks:
                print(tb, file=sys.stderr)
    if not run.results and not args.quiet:
        print("attrlint: " + _("no files to check in {paths}").format(paths=", ".join(paths)), file=sys.stderr)
    if run.files_checked and not resolver.rules_checked():
        # `--select ""` or `select = []` (an empty CI variable): nothing was checked, which is no success.
        print("attrlint: " + _("no rule is selected (the --select option or the configuration's select names "
                               "none): nothing was checked"), file=sys.stderr)
        return EXIT_ERROR

    diagnostics = sorted(run.diagnostics, key=lambda d: d.sort_key())
    ctx.rules = {code: info for config in resolver.configs()
                 for code, info in resolver.registry_for(config).rules.items()}
    ctx.sources = kept if kept is not None else {**every_text, **run.sources}
    if reads_source_maps(fmt):
        from .sources import SourceMaps  # only the formats that show sources need their module

        ctx.source_maps = SourceMaps({r.path: r.sources for r in run.results if r.sources is not None})
    ctx.files_checked = run.files_checked
    try:
        report = fmt(diagnostics, ctx)
    except Exception as exc:  # a format plugin's bug is a failure of the run, not a crash
        print("attrlint: " + _("format {format!r} failed: {error}").format(
            format=args.format, error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    if args.output_file:
        if _is_linted(args.output_file, run.results):
            raise UsageError(_("the report would overwrite {file}, a file being linted: choose another "
                               "--output-file").format(file=args.output_file))
        try:
            replace_file(args.output_file, report.encode("utf-8"), _mode_for(args.output_file))
        except OSError as exc:
            raise UsageError(_("cannot write the report to {file}: {error}").format(
                file=args.output_file, error=exc.strerror or exc)) from None
    else:
        sys.stdout.write(report)

    if run.error:
        return EXIT_ERROR
    failing = any(d.severity >= resolver.file_policy(d.path).fail_on for d in diagnostics)
    if diagnostics and not failing and not args.quiet and not args.exit_zero:
        # Problems were found and the run still passes: say why, so that no one takes it for a bug.
        levels = sorted({str(resolver.file_policy(d.path).fail_on) for d in diagnostics})
        print("attrlint: " + _("no problem is at or above the failing severity ({levels}, see --fail-on): "
                               "exit code 0").format(levels=", ".join(_(level) for level in levels)),
              file=sys.stderr)
    return EXIT_PROBLEMS if failing and not args.exit_zero else EXIT_OK


def _is_linted(output: str, results: list[LintResult]) -> bool:
    """Whether ``output`` is one of the files the run linted (attrlint never writes over them)."""
    target = os.path.realpath(output)
    return any(r.path != "-" and os.path.realpath(r.path) == target for r in results)


def _tell_configurations(resolver: Resolver) -> None:
    for config in resolver.configs():
        shown = shown_path(config.path) if config.path else _("none found, defaults")
        print("attrlint: " + _("configuration: {file}").format(file=shown), file=sys.stderr)


def _rules(registry: Registry, language: str) -> int:
    for code, info in registry.rules.items():
        rule = info.rule
        state = "" if rule.enabled_by_default else " " + _("(off by default)")
        print(f"{code:8} {rule.name:28} {_(str(rule.severity)):8} {rule_summary(rule, language)}{state}"
              f"  [{info.plugin}]")
    return EXIT_OK


def _explain(code: str, registry: Registry, language: str) -> int:
    from textwrap import dedent, indent  # only this command lays out long texts

    info = registry.rules.get(code.upper()) or next((i for i in registry.rules.values() if i.rule.name == code), None)
    own = next((c for c in SUPPRESSION_EXPLANATIONS if code.upper() == c or code == INTERNAL_NAMES[c]), None)
    if own is not None:
        own_words = _("attrlint's own")
        print(f"{own} {INTERNAL_NAMES[own]} ({_(str(SELECTABLE_INTERNAL[own]))}, {own_words})\n")
        print(dedent(_(SUPPRESSION_EXPLANATIONS[own])).strip())
        return EXIT_OK
    if info is None:
        print("attrlint: " + _("unknown rule {code!r}").format(code=code), file=sys.stderr)
        return EXIT_ERROR
    rule = info.rule
    state = "" if rule.enabled_by_default else ", " + _("off by default")
    print(f"{rule.code} {rule.name} ({_(str(rule.severity))}{state})")
    print(f"  {rule_summary(rule, language)}")
    explanation = rule_explanation(rule, language)
    if explanation:  # a rule may have no explanation: no blank lines in its place
        print(f"\n{explanation}")
    for ex in rule.examples:
        print("\n" + _("Bad:") + "\n" + indent(ex.bad, "    "))
        print(_("Good:") + "\n" + indent(ex.good, "    "))
    if rule.options:
        print("\n" + _("Options:"))
        for key, opt in rule.options.items():
            print("  " + _("{option} ({type}, default {default!r}): {help}").format(
                option=key, type=opt.type.__name__, default=opt.default, help=_(opt.help) if opt.help else ""))
    print("\n" + _("Plugin: {plugin}").format(plugin=info.plugin))
    return EXIT_OK


def _plugins(registry: Registry) -> int:
    """Each plugin: its name (what ``disable-plugins`` takes), where it comes from, what it provides."""
    rows = []
    for p in registry.plugins:
        provided = [_("rules {codes}").format(codes=", ".join(p.rules))] if p.rules else []
        provided += [_("formats {names}").format(names=", ".join(p.formats))] if p.formats else []
        provided += [_("readers {suffixes}").format(suffixes=", ".join(p.readers))] if p.readers else []
        provided += [_("words of the lexicon")] if p.lexicon else []
        rows.append((p.name, p.origin_phrase().text(_), "; ".join(provided) or _("nothing")))
    widths = [max(len(row[i]) for row in rows) for i in range(2)] if rows else [0, 0]
    for name, source, provides in rows:
        print(f"{name:{widths[0]}}  {source:{widths[1]}}  {provides}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    startup.pause()  # until the first file is linted, or the command ends
    try:
        return _main(argv)
    finally:
        startup.settle()


def _main(argv: list[str] | None) -> int:
    global _
    argv = sys.argv[1:] if argv is None else argv
    # The help and the usage errors come before any configuration is read: the option or the locale says.
    try:
        language = resolve_language(requested_language(argv))
    except ValueError:
        language = "en"
    speaking = translation(language)
    _ = speaking.gettext
    with argparse_speaking(speaking):
        parser = _parser()
        translate_parser(parser, _)
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_ERROR
    try:
        return _run(args)
    except ConfigError as exc:
        print(f"attrlint: {exc.text(_)}", file=sys.stderr)
        return EXIT_ERROR
    except (UsageError, PluginError) as exc:
        print(f"attrlint: {message_of(exc, _)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `attrlint rules | head`: the reader has gone, say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR


def _run(args) -> int:
    global _
    if args.command == "server":
        from .server import serve  # needs the server extra; says so when it is missing

        startup.settle()  # it runs as long as the editor: its objects are collected as it goes
        return serve()
    resolver = _resolver(args)
    config = resolver.config_for(_here())
    language = resolve_language(args.language, config.language)
    _ = translation(language).gettext
    if args.command == "audit":
        startup.settle()  # it lints in its own way (attrlint.audit), not through attrlint.parallel
        return run_audit_command(args, language)
    if args.command == "check":
        return _check(args, resolver)
    if args.command == "sources":
        return sources_command.run(args, resolver, language)
    registry = resolver.registry_for(config)
    _ = translation(language, registry.catalogs).gettext
    if args.command == "rules":
        return _rules(registry, language)
    if args.command == "explain":
        return _explain(args.rule, registry, language)
    return _plugins(registry)


if __name__ == "__main__":
    sys.exit(main())
