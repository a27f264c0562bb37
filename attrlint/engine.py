"""The engine: read → analyse → run rules → diagnostics with positions.

Each rule runs isolated: an exception, or a result that is not a list of
violations within the document, becomes an internal-error diagnostic
naming the plugin, the rule and the file; the other rules still run.
"""
from __future__ import annotations

import traceback
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .analysis import analyse
from .model import AnalysedDocument, Diagnostic, Document, Severity, Span
from .rules import Rule, RuleInfo, Violation

# Codes of attrlint's own diagnostics (not rules): they cannot be selected
# away, since they say a file or a plugin was not checked as asked.
RULE_ERROR = "ATL001"
RULE_GARBAGE = "ATL002"
RULE_TIMEOUT = "ATL003"
READ_ERROR = "ATL100"
LEGACY_ENCODING = "ATL101"
UNUSED_SUPPRESSION = "ATL200"

INTERNAL_NAMES = {
    RULE_ERROR: "plugin-error",
    RULE_GARBAGE: "plugin-malformed-result",
    RULE_TIMEOUT: "plugin-timeout",
    READ_ERROR: "read-error",
    LEGACY_ENCODING: "legacy-encoding",
    UNUSED_SUPPRESSION: "unused-suppression",
}


@dataclass
class ActiveRule:
    """A rule instance with the severity it reports at in this run."""

    info: RuleInfo
    instance: Rule
    severity: Severity


@dataclass
class LintResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: bool = False  # the file or a plugin could not be checked fully
    tracebacks: list[str] = field(default_factory=list)


class LineIndex:
    """Offsets → 1-based (line, column) in characters of the source."""

    def __init__(self, source: str) -> None:
        self.starts = [0]
        find = source.find
        pos = find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def make_diagnostic(path: str, source: str, index: LineIndex, span: Span, code: str, name: str, message: str,
                    severity: Severity, plugin: str) -> Diagnostic:
    line, col = index.position(span.start)
    end_line, end_col = index.position(span.end)
    return Diagnostic(path=path, code=code, name=name, message=message, span=span, severity=severity, plugin=plugin,
                      line=line, column=col, end_line=end_line, end_column=end_col,
                      excerpt=source[span.start:span.end])


def run_rules(ad: AnalysedDocument, rules: Iterable[ActiveRule], *,
              guard: Callable[[Callable[[], Any]], Any] | None = None) -> LintResult:
    """Run each rule on the analysed document, isolating failures."""
    doc = ad.document
    result = LintResult(doc.path)
    index = LineIndex(doc.source)
    length = len(doc.source)
    for active in rules:
        rule, info = active.instance, active.info
        try:
            produced = (guard or (lambda f: f()))(lambda: list(rule.check(ad) or ()))
        except TimeoutError as exc:
            result.error = True
            result.diagnostics.append(_internal(doc, index, RULE_TIMEOUT,
                                                f"rule {info.code} of plugin {info.plugin} took too long on this file ({exc})",
                                                info.plugin))
            continue
        except Exception as exc:
            result.error = True
            result.tracebacks.append(f"{doc.path}: rule {info.code} ({info.plugin}):\n{traceback.format_exc()}")
            result.diagnostics.append(_internal(doc, index, RULE_ERROR,
                                                f"rule {info.code} of plugin {info.plugin} crashed: {type(exc).__name__}: {exc}",
                                                info.plugin))
            continue
        for item in produced:
            if not isinstance(item, Violation) or not isinstance(item.span, Span) or \
                    not (0 <= item.span.start <= item.span.end <= length):
                result.error = True
                result.diagnostics.append(_internal(doc, index, RULE_GARBAGE,
                                                    f"rule {info.code} of plugin {info.plugin} returned {item!r:.80}, not a Violation inside the file",
                                                    info.plugin))
                break
            result.diagnostics.append(make_diagnostic(
                doc.path, doc.source, index, item.span, info.code, info.rule.name,
                item.message or info.rule.message or info.rule.summary, active.severity, info.plugin))
    return result


def _internal(doc: Document, index: LineIndex, code: str, message: str, plugin: str = "attrlint") -> Diagnostic:
    return make_diagnostic(doc.path, doc.source, index, Span(0, 0), code, INTERNAL_NAMES[code], message,
                           Severity.ERROR, plugin)


def lint_document(doc: Document, rules: list[ActiveRule], lexicon, *, framing_reach: int | None = None,
                  guard: Callable | None = None) -> LintResult:
    kwargs = {} if framing_reach is None else {"framing_reach": framing_reach}
    ad = analyse(doc, lexicon, **kwargs)
    result = run_rules(ad, rules, guard=guard)
    result.diagnostics.sort(key=Diagnostic.sort_key)
    return result
