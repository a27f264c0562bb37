"""``report.html``: the audit for people, one self-contained page (inline
styles and SVG charts, nothing fetched) in the run's language."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, Sequence


from ..atomic import replace_file
from .charts import bar_chart, line_chart
from .store import read_parquet
from .words import words_for

_STYLE = """body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222;padding:0 1rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .5rem}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}h2{margin-top:2.5rem}
.chart{max-width:100%;height:auto}dl{display:grid;grid-template-columns:auto auto;gap:.2rem 1rem}dd{margin:0}"""
SECTIONS_SHOWN = 15
SOURCES_SHOWN = 15


def _rows(output: Path, name: str) -> list[dict[str, Any]]:
    path = output / f"{name}.parquet"
    return read_parquet(path).to_pylist() if path.exists() else []


def _whole(value: int, language: str) -> str:
    """A count with its thousands marked as the language marks them (10,000; 10 000)."""
    return f"{value:,}".replace(",", "\u202f" if language == "fr" else ",")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %"


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{escape(str(c))}</td>' if isinstance(c, (int, float)) or _numeric(c) else
        f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _numeric(text: Any) -> bool:
    return isinstance(text, str) and bool(text) and (text[0].isdigit() or text == "–")


def _time_dimension(output: Path) -> tuple[str, list[dict[str, Any]]]:
    """The finest of month, day and year with at least two dates, and its rows."""
    for dimension in ("month", "day", "year"):
        rows = [r for r in _rows(output, f"by_{dimension}") if r[dimension] is not None]
        if len(rows) >= 2:
            return dimension, rows
    return "", []


def write_report(output: Path, language: str, codes: Sequence[str], tables: Sequence[str]) -> None:
    _ = words_for(language)
    overall = (_rows(output, "by_all") or [{}])[0]
    found_codes = [c for c in codes if overall.get(f"count_{c}")]
    title = escape(_("Attribution audit"))
    parts = [f'<!DOCTYPE html><html lang="{escape(language)}"><head><meta charset="utf-8">'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">'
             f"<title>{title}</title><style>{_STYLE}</style></head><body>", f"<h1>{title}</h1>"]
    parts.append("<dl>" + "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in (
        (_("Articles"), _whole(overall.get("articles", 0), language)),
        (_("Articles that could not be audited"), _whole(overall.get("errors", 0), language)),
        (_("Characters"), _whole(overall.get("characters", 0), language)),
        (_("Problems per 10,000 characters"), _rate(overall.get("problems_per_10k"))),
        (_("Figures attributed"), _percent(overall.get("share_figures_attributed"))),
        (_("Quotations attributed"), _percent(overall.get("share_quotations_attributed"))),
        (_("Anonymous sources"), _percent(overall.get("share_anonymous"))),
        (_("Articles using agency copy without credit"), _percent(overall.get("share_articles_agency_uncredited"))),
    )) + "</dl>")

    parts.append(_heading(_("Problems by code")))
    parts.append(_table([_("Code"), _("Problems"), _("Per 10,000 characters")],
                        [(c, overall.get(f"count_{c}", 0), _rate(overall.get(f"{c}_per_10k"))) for c in found_codes]))

    dimension, dated = _time_dimension(output)
    if dimension and found_codes:
        title = _("Problems per 10,000 characters over time, by code")
        parts.append(_heading(title))
        parts.append(line_chart([r[dimension] for r in dated],
                                {c: [r.get(f"{c}_per_10k") for r in dated] for c in found_codes}, title))

    sections = sorted((r for r in _rows(output, "by_section") if r["section"] is not None),
                      key=lambda r: -r["articles"])[:SECTIONS_SHOWN]
    if sections:
        title = _("Sections compared: problems per 10,000 characters")
        parts.append(_heading(title))
        parts.append(bar_chart([(r["section"], r["problems_per_10k"] or 0.0) for r in sections], title))
        parts.append(_table(
            [_("Section"), _("Articles"), _("Problems per 10,000 characters"), _("Figures attributed"),
             _("Quotations attributed"), _("Anonymous sources")],
            [(r["section"], r["articles"], _rate(r["problems_per_10k"]), _percent(r["share_figures_attributed"]),
              _percent(r["share_quotations_attributed"]), _percent(r["share_anonymous"])) for r in sections]))

    top = [r for r in _rows(output, "top_sources") if r["dimension"] == "all"][:SOURCES_SHOWN]
    if top:
        title = _("Most cited sources")
        parts.append(_heading(title))
        parts.append(bar_chart([(r["source"], float(r["citations"])) for r in top], title))
        parts.append(_table([_("Source"), _("Kind"), _("Naming"), _("Citations"), _("Articles")],
                            [(r["source"], _(r["kind"]), _(r["category"]), r["citations"], r["articles"])
                             for r in top]))

    agencies = [r for r in _rows(output, "agencies") if r["dimension"] == "all"]
    if agencies:
        parts.append(_heading(_("Agencies")))
        parts.append(_table([_("Agency"), _("Articles using it"), _("Without credit")],
                            [(r["agency"], r["articles_using"], r["articles_uncredited"]) for r in agencies]))

    parts.append(_heading(_("Tables")) + "<ul>" + "".join(
        f"<li>{escape(name)}.parquet, {escape(name)}.csv</li>" for name in tables) + "</ul></body></html>")
    replace_file(output / "report.html", "\n".join(parts).encode("utf-8"))
