"""Auditing one article: the linter's analysis and diagnostics, and what the
audit counts in them (figures and quotations, their attribution, sources,
agencies)."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..engine import INTERNAL_NAMES, KEEP_TOKENS_MAX, LintResult, collector_paused, run_rules_of_each
from ..model import AnalysedDocument, BlockKind, Diagnostic, Document
from ..plugins import Registry, RegistrySpec, build_registry
from ..runner import decode_content, read_file, reader_for
from ..selection import Selection, SelectorError
from ..settings import Overrides, Resolver
from ..suppression import apply_suppressions
from .archive import Article, Columns
from .sources_seen import CATEGORIES, cited_sources


@dataclass(frozen=True)
class AuditSettings:
    """What every process of an audit needs to audit articles the same way (it is pickled to workers)."""

    directory: str = field(default_factory=os.getcwd)  # where the configuration is looked for
    config_file: str | None = None
    isolated: bool = False
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    text_suffix: str = ".txt"  # how the text of a table's row is read: .txt, .md or .html
    columns: Columns = Columns()


def _registry_for(spec: RegistrySpec) -> Registry:
    return build_registry(spec.local_plugins, base=Path(spec.base) if spec.base else None, disabled=spec.disabled)


class ArticleAuditor:
    """The rules, lexicon and readers of the audit's configuration, built once per process."""

    def __init__(self, settings: AuditSettings) -> None:
        self.settings = settings
        selection = Selection(list(settings.select) if settings.select is not None else None, [],
                              list(settings.ignore))
        self.resolver = Resolver(Overrides(config_file=settings.config_file, isolated=settings.isolated,
                                           selection=selection), _registry_for)
        # Rows of a table are linted as files of the audit's folder with the row's suffix.
        self.row_path = os.path.join(settings.directory, "article" + settings.text_suffix)
        policy = self.resolver.policy_for(self.row_path)
        for flag, selectors in (("--select", settings.select or ()), ("--ignore", settings.ignore)):
            try:
                policy.ruleset.check(list(selectors))
            except SelectorError as exc:
                exc.option = flag  # the error names the option it comes from
                raise
        self.codes = tuple(sorted(policy.enabled | set(INTERNAL_NAMES)))
        self.zero_counts = _zero_counts(self.codes)  # what every row starts from, made once

    def audit(self, article: Article) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The article's row and its diagnostics (as rows)."""
        return self.audit_many([article])[0]

    def audit_many(self, articles: Sequence[Article]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """:meth:`audit` of each article. The rules of the articles of one configuration go
        to the thread that runs them under the time limit at once, as a check's files do:
        a hand-off costs two thread switches, more than a short article's rules take."""
        # The analyses make many objects and no cycles. The collector resumes once they are
        # gone, with the frame of the call below: alive, it would go over them all once more.
        with collector_paused():
            return self._audit_group(articles)

    def _audit_group(self, articles: Sequence[Article]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
        audits = [self._analyse(article) for article in articles]
        groups: dict[int, list[tuple[_ArticleAudit, AnalysedDocument]]] = {}
        for audit in audits:
            if audit.analysis is not None:
                groups.setdefault(id(audit.settings), []).append((audit, audit.analysis))
        for group in groups.values():
            _run_rules(group)
        return [audit.finish(self) for audit in audits]

    def _analyse(self, article: Article) -> _ArticleAudit:
        audit = _ArticleAudit(article, _empty_row(article, self.zero_counts))
        row = audit.row
        if article.error:
            row["error"] = article.error
            return audit
        audit.lookup = lookup = article.path or self.row_path
        text = self._text(article, row, lookup)
        if text is None:
            return audit
        row["characters"] = len(text)
        path = article.path or f"{article.id}{self.settings.text_suffix}"
        audit.settings = settings = self.resolver.settings_for(lookup)
        try:
            audit.document = doc = reader_for(path, settings.readers)(path, text)
            from ..analysis import analyse
            # The sources counted below read the tokens again: kept, they are not made twice.
            audit.analysis = analyse(doc, settings.lexicon, keep_tokens=len(doc.source) <= KEEP_TOKENS_MAX)
        except Exception as exc:  # one article's failure must not end the audit
            audit.fail(exc)
        return audit

    def _text(self, article: Article, row: dict[str, Any], lookup: str) -> str | None:
        if article.path is None:
            title, text = article.title, article.text
            assert text is not None  # a row without text has its error set, and is not read
            return f"{title}\n\n{text}" if title and not text.startswith(title) else text
        options = self.resolver.settings_for(lookup).options
        data = read_file(article.path, options.max_file_size)
        decoded = data if isinstance(data, LintResult) else decode_content(article.path, data, options.max_file_size)
        if isinstance(decoded, LintResult):
            row["error"] = decoded.diagnostics[0].message
            return None
        return decoded[0]


@functools.lru_cache(maxsize=4)
def auditor_for(settings: AuditSettings) -> ArticleAuditor:
    """This process's auditor for ``settings``: plugins and rules are built once."""
    return ArticleAuditor(settings)


@dataclass
class _ArticleAudit:
    """One article on its way through :meth:`ArticleAuditor.audit_many`."""

    article: Article
    row: dict[str, Any]
    lookup: str = ""
    settings: Any = None
    document: Document | None = None
    analysis: AnalysedDocument | None = None
    result: LintResult | None = None

    def fail(self, exc: Exception) -> None:
        self.row["error"] = f"{self.article.location}: cannot analyse: {type(exc).__name__}: {exc}"
        self.analysis = None

    def finish(self, auditor: ArticleAuditor) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The row and the diagnostics' rows of the article, its rules run."""
        row, result, doc = self.row, self.result, self.document
        if self.analysis is None or result is None or doc is None:
            return row, []
        result.diagnostics.sort(key=Diagnostic.sort_key)
        apply_suppressions(result, doc, auditor.resolver.file_policy(self.lookup))
        if self.article.path:
            _front_matter_fields(row, doc, auditor.settings.columns)
        _count(row, self.analysis, result, self.article.location)
        return row, [_diagnostic_row(row["id"], d) for d in result.diagnostics]


def _run_rules(analysed: list[tuple[_ArticleAudit, AnalysedDocument]]) -> None:
    """The rules of the ``analysed`` audits (articles of one configuration), in one hand-off."""
    settings = analysed[0][0].settings
    results = run_rules_of_each([analysis for _, analysis in analysed], settings.rules,
                                rule_timeout=settings.options.rule_timeout)
    for (audit, _), result in zip(analysed, results):
        if isinstance(result, Exception):
            audit.fail(result)  # one article's failure must not end the audit
        else:
            audit.result = result


def _zero_counts(codes: tuple[str, ...]) -> dict[str, int]:
    """The counts of a row before its article is read: of its sources by category, of its problems by code."""
    counts = {f"sources_{category}": 0 for category in CATEGORIES}
    counts.update({f"count_{code}": 0 for code in codes})
    return counts


def _empty_row(article: Article, zero_counts: dict[str, int]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": article.id, "location": article.location, "title": article.title, "date": article.date,
        "section": article.section, "outlet": article.outlet, "author": article.author,
        "characters": 0, "error": None, "problems": 0,
        "figures": 0, "figures_attributed": 0, "quotations": 0, "quotations_attributed": 0,
        "sources": 0, "agencies_used": [], "agencies_uncredited": [], "cited_sources": [],
    }
    row.update(zero_counts)
    return row


def _front_matter_fields(row: dict[str, Any], doc: Document, columns: Columns) -> None:
    """A file's title (its title block), and its id, date, section, outlet and author from its front matter."""
    for block in doc.blocks:
        if block.kind is BlockKind.TITLE:
            row["title"] = " ".join(doc.source[block.span.start:block.span.end].split()).lstrip("# ") or None
            break
    for name in ("id", "date", "section", "outlet", "author"):
        value = doc.front_matter.get(columns[name])
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value is not None and str(value).strip():
            row[name] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()


def _count(row: dict[str, Any], ad: AnalysedDocument, result: LintResult, location: str) -> None:
    for d in result.diagnostics:
        key = f"count_{d.code}"
        if key in row:
            row[key] += 1
            row["problems"] += 1
    needing = [f for f in ad.figures if f.needs_source]
    row["figures"] = len(needing)
    row["figures_attributed"] = sum(f.attributed for f in needing)
    speech = [q for q in ad.quotes if q.is_speech and q.depth == 0]
    row["quotations"] = len(speech)
    row["quotations_attributed"] = sum(q.attributed for q in speech)
    try:
        cited = cited_sources(ad)
    except Exception as exc:  # the map is an extra: its failure costs the article its sources, not its counts
        row["error"] = f"{location}: the map of sources failed: {type(exc).__name__}: {exc}"
        cited = []
    row["cited_sources"] = [{"name": s.name, "kind": s.kind, "category": s.category, "citations": s.citations}
                            for s in cited]
    for source in cited:
        row[f"sources_{source.category}"] += 1
    row["sources"] = len(cited)
    used = sorted({m.agency for m in ad.agencies if m.role == "use"})
    row["agencies_used"] = used
    credited = ad.credited_agencies
    row["agencies_uncredited"] = [] if "*" in credited else \
        [a for a in used if a in ad.lexicon.credit_required and a not in credited]


def _diagnostic_row(article_id: str, d: Diagnostic) -> dict[str, Any]:
    return {"id": article_id, "code": d.code, "name": d.name, "severity": str(d.severity), "line": d.line,
            "column": d.column, "start": d.span.start, "end": d.span.end, "message": d.message,
            "excerpt": d.excerpt}
