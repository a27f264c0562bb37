"""The built-in output formats: text and JSON."""
from __future__ import annotations

import json

from attrlint import hookimpl
from attrlint.formatting import RenderContext, summary_line
from attrlint.model import Diagnostic


def render_text(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    lines = []
    for d in diagnostics:
        lines.append(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}")
    if not ctx.quiet:
        lines.append(summary_line(diagnostics, ctx.files_checked))
    return "".join(line + "\n" for line in lines)


def render_json(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    return json.dumps([d.to_dict() for d in diagnostics], ensure_ascii=False, indent=2) + "\n"


@hookimpl
def attrlint_formats():
    return {"text": render_text, "json": render_json}
