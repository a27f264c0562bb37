"""attrlint diagnostics as LSP diagnostics."""
from __future__ import annotations

from lsprotocol import types

from ..model import Diagnostic, Severity
from .positions import LineMap

SOURCE = "attrlint"
SEVERITIES = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
              Severity.INFO: types.DiagnosticSeverity.Information}


def lsp_range(lines: LineMap, start: int, end: int) -> types.Range:
    (line, column), (end_line, end_column) = lines.position(start), lines.position(end)
    return types.Range(types.Position(line, column), types.Position(end_line, end_column))


def lsp_diagnostic(diag: Diagnostic, lines: LineMap, explanation: str | None) -> types.Diagnostic:
    """``diag`` with its span in LSP positions; ``explanation`` is the URI of the page explaining its rule."""
    return types.Diagnostic(
        range=lsp_range(lines, diag.span.start, diag.span.end),
        message=diag.message,
        severity=SEVERITIES[diag.severity],
        code=diag.code,
        code_description=types.CodeDescription(href=explanation) if explanation else None,
        source=SOURCE,
        data={"code": diag.code, "name": diag.name, "plugin": diag.plugin, "severity": str(diag.severity)},
    )


def notice(message: str) -> types.Diagnostic:
    """A diagnostic at the top of the document for what stopped it from being linted (a configuration error)."""
    return types.Diagnostic(range=types.Range(types.Position(0, 0), types.Position(0, 0)), message=message,
                            severity=types.DiagnosticSeverity.Error, source=SOURCE)
