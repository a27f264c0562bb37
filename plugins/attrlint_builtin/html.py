"""The html format: one self-contained page an editor reads at a glance.

A summary of the run (problems per code and per file, in tables that sort),
then each article with problems (every article with ``--all-articles``) as
its text, each diagnostic marked in place with its message and explanation
on hover, focus and click, the attribution cues and what they back marked
too, and beside it the map of its sources (:mod:`attrlint.sources`).

Styles and script are inline and the page fetches nothing (its Content
Security Policy forbids it): it works opened from disk, and prints. Article
text is escaped everywhere; data for the script sits in a JSON block with
``<`` escaped, so no article can close it.
"""
from __future__ import annotations

import gc
import json
from collections import Counter
from html import escape
from importlib import resources
from typing import Iterable, Mapping

from attrlint.formatting import RenderContext, Sources
from attrlint.i18n import rule_explanation, rule_summary
from attrlint.model import Diagnostic
from attrlint.sources import CLAIM_KINDS, LABELS, ArticleSources, Backed, Source, describe

from .html_marks import Mark, marked_text

# Colours of the rules, in the order of their codes (again from the first after the twelfth).
PALETTE = ("#d94f4f", "#e08a1e", "#3f8fd2", "#8a5cc7", "#2e9d6b", "#c94f9b", "#6f7f1f", "#1f8f9f",
           "#b5651d", "#5a6acf", "#9a3b3b", "#4b8b3b")
_LAYERS = {"diagnostic": 0, "nosrc": 1, "backed": 2, "cue": 3}


def render_html(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    # Thousands of articles make millions of short-lived strings and no cycles:
    # the cycle collector's passes over the run's results would only cost time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _render(diagnostics, ctx)
    finally:
        if collecting:
            gc.enable()


def _render(diagnostics: list[Diagnostic], ctx: RenderContext) -> str:
    codes = sorted({d.code for d in diagnostics})
    colour = {code: PALETTE[i % len(PALETTE)] for i, code in enumerate(codes)}
    by_path: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        by_path.setdefault(d.path, []).append(d)
    shown = sorted(set(by_path) | (set(ctx.sources) if ctx.options.get("all_articles") else set()))
    anchors = {path: f"f{i}" for i, path in enumerate(shown)}
    maps: Mapping[str, ArticleSources] = ctx.source_maps
    parts = [_head(codes, colour, ctx), _summary(diagnostics, by_path, codes, anchors, ctx)]
    for path in shown:
        parts.append(_article(path, anchors[path], ctx.sources.get(path), by_path.get(path, []), maps.get(path), ctx))
    parts.append(_tail(codes, ctx))
    return "".join(parts)


render_html.reads_sources = Sources.WHOLE  # type: ignore[attr-defined]
render_html.reads_source_maps = True  # type: ignore[attr-defined]


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _head(codes: list[str], colour: dict[str, str], ctx: RenderContext) -> str:
    rule_colours = "".join(f'[data-code="{_css_string(c)}"],.k-{i}{{--c:{colour[c]};--cb:{colour[c]}40}}'
                           for i, c in enumerate(codes))
    _ = ctx.gettext
    language = escape(ctx.language, quote=True)
    title = escape(_("attrlint report"))
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>"
        f"<style>{_asset('report.css')}{rule_colours}</style></head><body>"
        f'<div id="tip" role="tooltip" hidden></div>'
    )


def _css_string(text: str) -> str:
    """``text`` inside a CSS string in a <style> element: quotes, backslashes and
    ``<`` (which could end the element) escaped as CSS escapes."""
    return "".join(ch if ch.isalnum() or ch in "-_." else f"\\{ord(ch):x} " for ch in text)


def _summary(diagnostics: list[Diagnostic], by_path: dict[str, list[Diagnostic]], codes: list[str],
             anchors: dict[str, str], ctx: RenderContext) -> str:
    _, ngettext = ctx.gettext, ctx.ngettext
    per_code = Counter(d.code for d in diagnostics)
    files = len(by_path)
    if diagnostics:
        headline = ngettext("{n} problem", "{n} problems", len(diagnostics)).format(n=len(diagnostics)) + " " + \
            ngettext("in {n} file", "in {n} files", files).format(n=files)
    else:
        headline = _("No problems")
    checked = ngettext("{n} file checked", "{n} files checked", ctx.files_checked).format(n=ctx.files_checked)
    title = escape(_("attrlint report"))
    keys = escape(_("Keys: n / p go to the next / previous problem; Escape closes its note."))
    version = f" · attrlint {escape(ctx.version)}" if ctx.version else ""
    out = [f'<header><h1>{title}</h1><p class="headline">{escape(headline)}</p>'
           f'<p class="small">{escape(checked)}{version}</p><p class="small">{keys}</p></header><main>']
    if codes:
        per_rule, problems = escape(_("Problems per rule")), _("Problems")
        heads = _th(_("Rule"), "text") + _th(_("Name"), "text") + _th(problems, "number")
        out.append(f'<section class="summary"><h2>{per_rule}</h2><table class="sortable"><thead><tr>{heads}'
                   f'</tr></thead><tbody>')
        for i, code in enumerate(codes):
            info = ctx.rules.get(code)
            name = info.rule.name if info is not None else next(d.name for d in diagnostics if d.code == code)
            summary = rule_summary(info.rule, ctx.language) if info is not None else ""
            out.append(f'<tr><td><span class="swatch k-{i}"></span>{escape(code)}</td>'
                       f'<td title="{escape(summary, quote=True)}">{escape(name)}</td>'
                       f'<td class="n">{per_code[code]}</td></tr>')
        out.append("</tbody></table>")
        per_file = escape(_("Problems per file"))
        heads = _th(_("File"), "text") + _th(problems, "number") + _th(_("Rules"), "text")
        out.append(f'<h2>{per_file}</h2><table class="sortable files"><thead><tr>{heads}</tr></thead><tbody>')
        for path in sorted(by_path):
            found = Counter(d.code for d in by_path[path])
            detail = ", ".join(f"{n} {code}" for code, n in sorted(found.items()))
            link = f'<a href="#{anchors[path]}">{escape(path)}</a>' if path in anchors else escape(path)
            out.append(f'<tr><td>{link}</td><td class="n">{len(by_path[path])}</td><td>{escape(detail)}</td></tr>')
        out.append("</tbody></table></section>")
    return "".join(out)


def _th(label: str, kind: str) -> str:
    return (f'<th scope="col" aria-sort="none"><button type="button" data-sort="{kind}">'
            f"{escape(label)}</button></th>")


def _article(path: str, anchor: str, text: str | None, diagnostics: list[Diagnostic],
             sources: ArticleSources | None, ctx: RenderContext) -> str:
    heading = ctx.ngettext("{n} problem", "{n} problems", len(diagnostics)).format(n=len(diagnostics))
    out = [f'<section class="article" id="{anchor}" data-path="{escape(path, quote=True)}"><h2>{escape(path)} '
           f'<span class="small">{escape(heading)}</span></h2>']
    if text is None:  # a file that could not be read: its diagnostics are all there is
        out.append('<ul class="unread">')
        out += [f'<li><mark id="{anchor}-d{i}" class="d" tabindex="0" data-code="{escape(d.code, quote=True)}" '
                f'data-start="{d.start}" data-end="{d.end}" data-msg="{escape(d.message, quote=True)}">'
                f"{escape(d.code)}</mark> {escape(d.message)}</li>" for i, d in enumerate(diagnostics)]
        out.append("</ul></section>")
        return "".join(out)
    marks = list(_diagnostic_marks(anchor, diagnostics))
    source_ids: dict[tuple[str, int], str] = {}
    if sources is not None:
        marks += _source_marks(anchor, sources, source_ids)
    out.append(f'<div class="body"><div class="text">{marked_text(text, marks)}</div>')
    out.append(_panel(anchor, sources, source_ids, ctx) if sources is not None else "")
    out.append("</div></section>")
    return "".join(out)


def _diagnostic_marks(anchor: str, diagnostics: list[Diagnostic]) -> Iterable[Mark]:
    for i, d in enumerate(diagnostics):
        yield Mark(d.start, d.end, _LAYERS["diagnostic"], "mark", f"{anchor}-d{i}",
                   "d" + (" empty" if d.end == d.start else ""),
                   {"tabindex": "0", "data-code": d.code, "data-start": str(d.start), "data-end": str(d.end),
                    "data-severity": str(d.severity), "data-msg": d.message})


def _source_marks(anchor: str, article: ArticleSources, ids: dict[tuple[str, int], str]) -> list[Mark]:
    """Marks for the cues, the claims they back and those with no source; ``ids`` gets
    the id of each source (``("source", id(source))``), of its first cue (``"cue"``)
    and of each backed claim's mark (``"item"``), for the panel's links. Their notes
    are made by the page's script from the panel (``data-src`` names the source)."""
    marks: list[Mark] = []
    n = 0
    for k, source in enumerate(article.sources):
        sid = ids["source", id(source)] = f"{anchor}-s{k}"
        for cue in source.cues:
            ids.setdefault(("cue", id(source)), f"{anchor}-c{n}")
            marks.append(Mark(cue.start, cue.end, _LAYERS["cue"], "span", f"{anchor}-c{n}", "cue", {"data-src": sid}))
            n += 1
        for kind, item in _backed(source):
            ids["item", id(item)] = f"{anchor}-b{n}"
            marks.append(Mark(item.start, item.end, _LAYERS["backed"], "span", f"{anchor}-b{n}", f"backed {kind}",
                              {"data-src": sid}))
            n += 1
    for i, claim in enumerate(article.unsourced):
        marks.append(Mark(claim.start, claim.end, _LAYERS["nosrc"], "span", f"{anchor}-u{i}", f"nosrc {claim.kind}"))
    return marks


def _backed(source: Source) -> list[tuple[str, Backed]]:
    return [(kind, item) for kind, items in (("quotation", source.quotations), ("figure", source.figures),
                                             ("statement", source.statements)) for item in items]


def _panel(anchor: str, article: ArticleSources, ids: dict[tuple[str, int], str], ctx: RenderContext) -> str:
    _ = ctx.gettext
    sources = escape(_("Sources"), quote=True)
    out = [f'<aside class="sources" aria-label="{sources}"><h3>{sources} '
           f'<span class="small">{len(article.sources)}</span></h3>']
    if not article.sources:
        none = escape(_("No source found."))
        out.append(f'<p class="small">{none}</p>')
    labels = {kind: escape(_(LABELS[kind])) for kind in CLAIM_KINDS}
    out.append('<ul class="srclist">')
    for source in article.sources:
        first = ids.get(("cue", id(source)))
        name = escape(source.name)
        title = f'<a href="#{first}">{name}</a>' if first else name
        out.append(f'<li class="src n-{escape(source.naming, quote=True)}" data-src="{ids["source", id(source)]}">'
                   f'<span class="who">{title}</span> <span class="kind">{escape(describe(source, _))}</span>')
        items = _backed(source)
        if items:
            out.append("<ul>")
            out += [f'<li><span class="tag">{labels[kind]}</span> '
                    f'<a href="#{ids["item", id(item)]}">{escape(_short(item.text))}</a></li>' for kind, item in items]
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    if article.unsourced:
        heading = escape(_("With no source"))
        out.append(f'<h4>{heading}</h4><ul class="nosrclist">')
        out += [f'<li><span class="tag">{labels[u.kind]}</span> '
                f'<a href="#{anchor}-u{i}">{escape(_short(u.text))}</a></li>' for i, u in enumerate(article.unsourced)]
        out.append("</ul>")
    out.append("</aside>")
    return "".join(out)


def _short(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def _first_paragraph(text: str) -> str:
    """The first paragraph of a rule's explanation, its lines joined: what a note has room for
    (``attrlint explain`` gives the rest)."""
    return " ".join(text.split("\n\n")[0].split())


def _tail(codes: list[str], ctx: RenderContext) -> str:
    rules = {}
    for code in codes:
        info = ctx.rules.get(code)
        if info is not None:
            rule = info.rule
            rules[code] = {"name": rule.name, "summary": rule_summary(rule, ctx.language),
                           "explanation": _first_paragraph(rule_explanation(rule, ctx.language))}
    _ = ctx.gettext
    words = {"explanation": _("Why"), "cites": _("Cites"),
             "quotation": _("Source of this quotation:"), "figure": _("Source of this figure:"),
             "statement": _("Source of this statement:"),
             "nosrc": {"quotation": _("No source for this quotation"), "figure": _("No source for this figure"),
                       "statement": _("No source for this statement")}}
    data = json.dumps({"rules": rules, "words": words}, ensure_ascii=False).replace("<", "\\u003c")
    return (f'</main><script type="application/json" id="report-data">{data}</script>'
            f"<script>{_asset('report.js')}</script></body></html>\n")
