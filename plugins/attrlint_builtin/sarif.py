"""The sarif format: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Every registered rule is described in ``tool.driver.rules`` (with its
explanation and examples as help), and each diagnostic is a result
pointing at its rule. attrlint's own diagnostics split in two: those saying
a file or a plugin could not be checked are tool execution notifications
(and the invocation is marked unsuccessful); the others (an unused
suppression, a file in a legacy encoding) are results of their own rules.
"""
from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from attrlint.engine import INTERNAL_NAMES, READ_ERROR, RULE_ERROR, RULE_GARBAGE, RULE_TIMEOUT
from attrlint.formatting import RenderContext, fingerprints, project_path
from attrlint.i18n import N_, rule_explanation, rule_summary
from attrlint.model import Diagnostic, Severity
from attrlint.rules import Example

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
EXECUTION_FAILURES = frozenset({RULE_ERROR, RULE_GARBAGE, RULE_TIMEOUT, READ_ERROR})
INTERNAL_SUMMARIES = {
    "plugin-error": N_("a rule plugin crashed on the file; its rule did not check it"),
    "plugin-malformed-result": N_("a rule plugin returned something other than violations inside the file"),
    "plugin-timeout": N_("a rule plugin did not finish on the file in time"),
    "read-error": N_("the file could not be read or analysed, so it was not checked"),
    "legacy-encoding": N_("the file is not in UTF-8"),
    "unused-suppression": N_("a suppression comment that suppresses nothing"),
}


@dataclass(frozen=True)
class RuleDescription:
    """What SARIF says of a rule: a registered one, or one of attrlint's own codes."""

    code: str
    name: str
    summary: str
    explanation: str
    severity: Severity
    enabled: bool
    examples: tuple[Example, ...] = ()
    bad: str = "Bad:"  # the examples' labels, in the language of the run
    good: str = "Good:"

    def descriptor(self) -> dict[str, Any]:
        full = textwrap.dedent(self.explanation).strip() or self.summary
        return {
            "id": self.code,
            "name": self.name,
            "shortDescription": {"text": self.summary},
            "fullDescription": {"text": full},
            "help": {"text": self._help_text(full), "markdown": self._help_markdown(full)},
            "defaultConfiguration": {"level": LEVELS[self.severity], "enabled": self.enabled},
        }

    def _help_text(self, full: str) -> str:
        parts = [full]
        for ex in self.examples:
            bad, good = textwrap.indent(ex.bad, "    "), textwrap.indent(ex.good, "    ")
            parts.append(f"{self.bad}\n{bad}\n{self.good}\n{good}")
        return "\n\n".join(parts)

    def _help_markdown(self, full: str) -> str:
        parts = [full]
        for ex in self.examples:
            parts.append(f"{self.bad}\n\n```text\n{ex.bad}\n```\n\n{self.good}\n\n```text\n{ex.good}\n```")
        return "\n\n".join(parts)


def describe(code: str, ctx: RenderContext, seen: Diagnostic | None = None) -> RuleDescription:
    info = ctx.rules.get(code)
    if info is not None:
        rule = info.rule
        return RuleDescription(code, rule.name, rule_summary(rule, ctx.language),
                               rule_explanation(rule, ctx.language), rule.severity, rule.enabled_by_default,
                               tuple(rule.examples), ctx.gettext("Bad:"), ctx.gettext("Good:"))
    name = INTERNAL_NAMES.get(code) or (seen.name if seen else code.lower())
    summary = INTERNAL_SUMMARIES.get(name)
    summary = ctx.gettext(summary) if summary else (seen.message if seen else name)
    return RuleDescription(code, name, summary, "", seen.severity if seen else Severity.ERROR, True)


def relative_uri(path: str) -> str:
    """A percent-encoded URI reference relative to the project, or a ``file:`` URI outside it."""
    shown = project_path(path)
    if PurePath(shown).is_absolute():
        return Path(shown).as_uri()
    return quote(shown, safe="/")


def location(d: Diagnostic) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column,
        "charOffset": d.span.start, "charLength": d.span.end - d.span.start,
    }
    if d.excerpt:
        region["snippet"] = {"text": d.excerpt}
    return {"physicalLocation": {"artifactLocation": {"uri": relative_uri(d.path)}, "region": region}}


def render_sarif(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    failures = [d for d in diagnostics if d.code in EXECUTION_FAILURES]
    findings = [d for d in diagnostics if d.code not in EXECUTION_FAILURES]
    rules = [describe(code, ctx) for code in ctx.rules]
    index = {r.code: i for i, r in enumerate(rules)}
    for d in findings:
        if d.code not in index:
            index[d.code] = len(rules)
            rules.append(describe(d.code, ctx, d))
    notifications: dict[str, RuleDescription] = {}
    for d in failures:
        notifications.setdefault(d.code, describe(d.code, ctx, d))
    notification_index = {code: i for i, code in enumerate(notifications)}
    results = [
        {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": LEVELS[d.severity],
            "message": {"text": d.message},
            "locations": [location(d)],
            "partialFingerprints": {"attrlint/v1": fingerprint},
        }
        for d, fingerprint in zip(findings, fingerprints(findings, ctx.sources))
    ]
    driver: dict[str, Any] = {"name": "attrlint", "rules": [r.descriptor() for r in rules]}
    if ctx.version:
        driver["version"] = ctx.version
        driver["semanticVersion"] = ctx.version
    if notifications:
        driver["notifications"] = [r.descriptor() for r in notifications.values()]
    invocation: dict[str, Any] = {"executionSuccessful": not failures}
    if failures:
        invocation["toolExecutionNotifications"] = [
            {
                "descriptor": {"id": d.code, "index": notification_index[d.code]},
                "level": LEVELS[d.severity],
                "message": {"text": d.message},
                "locations": [location(d)],
            }
            for d in failures
        ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "language": ctx.language,  # of the messages and descriptions
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
