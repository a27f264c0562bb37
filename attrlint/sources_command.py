"""``attrlint sources FILE…``: the map of each article's sources, as text or JSON.

The files are found, read and analysed as ``attrlint check`` does (same
configuration, include and exclude patterns, processes and cache), with no
rule run: each result carries its map (:mod:`attrlint.sources`). A file
that cannot be read is named on standard error with the reason, the others
are still mapped, and the exit code is 2.
"""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, Callable, TextIO

from .engine import READ_ERROR, LineIndex, LintResult
from .model import Document
from .run import run_paths
from .runner import RunOptions
from .selection import Selection
from .settings import Overrides, Resolver
from .i18n import DEFAULT_LANGUAGE, translation

if TYPE_CHECKING:
    from .sources import ArticleSources, Backed, Unsourced

EXIT_OK, EXIT_ERROR = 0, 2
FORMATS = ("text", "json")


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    command = sub.add_parser("sources", parents=parents, help="list who each article cites, and what each source backs",
                             description="The map of each article's sources: who it cites (people, institutions, "
                                         "documents, agencies; named, described, anonymous or vague), the quotations "
                                         "and figures each one backs, and what stands with no source.")
    command.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - reads standard input")
    command.add_argument("--format", choices=FORMATS, default="text", help="text (default) or json")
    command.add_argument("--stdin-filename", metavar="PATH", help="the path of standard input")


def resolver(args: argparse.Namespace, build_registry: Callable) -> Resolver:
    """Each file's configuration, with no rule: only the analysis and its map run."""
    overrides = Overrides(config_file=args.config, isolated=args.isolated, selection=Selection(select=[]))
    return Resolver(overrides, build_registry, run_options=RunOptions(source_maps=True))


def run(args: argparse.Namespace, resolver: Resolver, language: str = DEFAULT_LANGUAGE, stdin: bytes | None = None,
        out: TextIO | None = None) -> int:
    """Map the sources of the files ``args.paths`` names; the text output is in ``language``."""
    # The map's module is read when this command runs: the command line imports this one for its parser.
    from .sources import ArticleSources

    out = out or sys.stdout
    if stdin is None and "-" in args.paths:
        stdin = sys.stdin.buffer.read()
    maps: list[tuple[ArticleSources, LineIndex]] = []
    failed = False

    def each_file(result: LintResult, doc: Document | None) -> None:
        nonlocal failed
        for d in result.diagnostics:
            if d.code == READ_ERROR:
                print(f"attrlint: {d.message}", file=sys.stderr)
        if result.error or result.sources is None or doc is None:
            failed = failed or result.error
            if not result.error and doc is not None:
                # The analysis read the file, but its map failed (an internal error): say so, as a
                # file that cannot be read is named, and the run fails.
                why = next((tb.strip().splitlines()[-1] for tb in result.tracebacks), "an internal error")
                print(f"attrlint: {doc.path}: the map of sources failed: {why}", file=sys.stderr)
                failed = True
            return
        maps.append((ArticleSources.from_json(result.sources), LineIndex(doc.source)))

    run_paths(args.paths, resolver.settings_for, stdin_filename=args.stdin_filename or "-", stdin_data=stdin,
              discover_with=resolver.walk_options, each_file=each_file, keep_sources=False)
    if args.format == "json":
        import json  # only this format needs it

        out.write(json.dumps([article.to_dict() for article, _index in maps], ensure_ascii=False, indent=2) + "\n")
    else:
        out.write("\n".join(render_text(article, index, language) for article, index in maps))
    return EXIT_ERROR if failed else EXIT_OK


def render_text(article: ArticleSources, index: LineIndex, language: str = DEFAULT_LANGUAGE) -> str:
    """The map of one article as lines for a terminal, in ``language``."""
    from .sources import LABELS, describe

    words = translation(language)
    _ = words.gettext

    def at(offset: int) -> str:
        line, column = index.position(offset)
        return f"{line}:{column}"

    def claim(kind: str, item: Backed | Unsourced) -> str:
        return f"      {_(LABELS[kind])} {at(item.start)} {_short(item.text)}"

    sources = words.ngettext("{n} source", "{n} sources", len(article.sources)).format(n=len(article.sources))
    unsourced = words.ngettext("{n} with no source", "{n} with no source",
                               len(article.unsourced)).format(n=len(article.unsourced))
    lines = [f"{article.path}: {sources}, {unsourced}"]
    for source in article.sources:
        lines.append(f"  {source.name} ({describe(source, _)})")
        if source.cues:
            lines.append("      " + _("cited at {places}").format(places=", ".join(at(c.start) for c in source.cues)))
        lines += [claim("quotation", q) for q in source.quotations]
        lines += [claim("figure", f) for f in source.figures]
        lines += [claim("statement", s) for s in source.statements]
    if article.unsourced:
        lines.append("  " + _("With no source:"))
        lines += [claim(u.kind, u) for u in article.unsourced]
    return "\n".join(lines) + "\n"


def _short(text: str, width: int = 72) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"
