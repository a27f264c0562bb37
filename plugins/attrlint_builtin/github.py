"""The github format: workflow commands that GitHub Actions shows as annotations.

    ::warning file=article.md,line=3,col=10,endLine=3,endColumn=13,title=FIG001::Figure with no source…
"""
from __future__ import annotations

from attrlint.formatting import RenderContext, Sources, project_path
from attrlint.model import Diagnostic, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF are percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as a message, and ``:`` and ``,`` too (they delimit properties)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    lines = []
    for d in diagnostics:
        properties = {"file": project_path(d.path), "line": d.line, "col": d.column,
                      "endLine": d.end_line, "endColumn": d.end_column, "title": d.code}
        listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
        lines.append(f"::{COMMANDS[d.severity]} {listed}::{escape_data(d.message)}")
    return "".join(line + "\n" for line in lines)


render_github.reads_sources = Sources.NONE  # type: ignore[attr-defined]
