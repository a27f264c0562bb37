"""The built-in output formats: text, json, sarif, github, gitlab and html."""
from __future__ import annotations

from attrlint import hookimpl
from attrlint.formatting import RenderContext, Sources
from attrlint.model import Diagnostic

from .github import render_github
from .gitlab import render_gitlab
from .text import render_text


def render_json(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    import json  # only this format needs it

    return json.dumps([d.to_dict() for d in diagnostics], ensure_ascii=False, indent=2) + "\n"


render_json.reads_sources = Sources.NONE  # type: ignore[attr-defined]


def render_sarif(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    from .sarif import render_sarif as render  # the largest format: imported only when asked for

    return render(diagnostics, ctx)


render_sarif.reads_sources = Sources.LINES  # type: ignore[attr-defined]  # fingerprints


def render_html(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    from .html import render_html as render  # with its styles and script: imported only when asked for

    return render(diagnostics, ctx)


render_html.reads_sources = Sources.WHOLE  # type: ignore[attr-defined]
render_html.reads_source_maps = True  # type: ignore[attr-defined]  # the sources panel of each article


@hookimpl
def attrlint_formats():
    return {"text": render_text, "json": render_json, "sarif": render_sarif, "github": render_github,
            "gitlab": render_gitlab, "html": render_html}
