"""The gitlab format: a Code Quality report (a JSON array of issues) for merge requests."""
from __future__ import annotations

from attrlint.formatting import RenderContext, Sources, fingerprints, project_path
from attrlint.model import Diagnostic, Severity

# GitLab's scale is info, minor, major, critical, blocker.
SEVERITIES = {Severity.INFO: "info", Severity.WARNING: "major", Severity.ERROR: "critical"}


def render_gitlab(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    import json  # only this format needs it

    issues = [
        {
            "type": "issue",
            "description": f"{d.code} {d.message}",
            "check_name": d.code,
            "fingerprint": fingerprint,
            "severity": SEVERITIES[d.severity],
            "location": {"path": project_path(d.path), "lines": {"begin": d.line, "end": d.end_line}},
        }
        for d, fingerprint in zip(diagnostics, fingerprints(diagnostics, ctx.sources))
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


render_gitlab.reads_sources = Sources.LINES  # type: ignore[attr-defined]  # fingerprints
