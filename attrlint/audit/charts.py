"""Charts as inline SVG: drawn here, so the report needs no script and no network."""
from __future__ import annotations

from html import escape
from typing import Sequence

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")


def _number(value: float) -> str:
    return f"{value:.3g}" if value < 1000 else f"{value:,.0f}".replace(",", "\u202f")


def line_chart(labels: Sequence[str], series: dict[str, Sequence[float | None]], title: str,
               width: int = 760, height: int = 300) -> str:
    """One line per series over ``labels`` (missing values leave a gap), with a legend."""
    left, right, top, bottom = 50, 150, 30, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((v for values in series.values() for v in values if v is not None), default=0) or 1
    step = plot_w / max(1, len(labels) - 1)

    def x(i: int) -> float:
        return left + (i * step if len(labels) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - v / peak * plot_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" class="chart"><title>{escape(title)}</title>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#999"/>']
    for fraction in (0, 0.5, 1):
        parts.append(f'<text x="{left - 6}" y="{y(peak * fraction) + 4:.1f}" text-anchor="end" font-size="11">'
                     f'{_number(peak * fraction)}</text>')
    every = max(1, len(labels) // 12)
    for i, label in enumerate(labels):
        if i % every == 0:
            parts.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 14}" font-size="10" text-anchor="end" '
                         f'transform="rotate(-40 {x(i):.1f} {top + plot_h + 14})">{escape(label)}</text>')
    for n, (name, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        runs: list[list[str]] = [[]]
        for i, v in enumerate(values):
            if v is None:
                runs.append([])
            else:
                runs[-1].append(f"{x(i):.1f},{y(v):.1f}")
        for run in runs:
            if len(run) > 1:
                parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(run)}"/>')
            elif run:
                cx, cy = run[0].split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>')
        legend_y = top + 16 * n
        parts.append(f'<rect x="{left + plot_w + 12}" y="{legend_y}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{left + plot_w + 26}" y="{legend_y + 9}" font-size="11">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(items: Sequence[tuple[str, float]], title: str, width: int = 760, unit: str = "") -> str:
    """Horizontal bars, one per labelled value, largest scale at the longest bar."""
    label_w, bar_h, gap, top = 240, 16, 6, 10
    height = top * 2 + len(items) * (bar_h + gap)
    plot_w = width - label_w - 70
    peak = max((v for _, v in items), default=0) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" class="chart"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = top + i * (bar_h + gap)
        shown = label if len(label) <= 38 else label[:37] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" font-size="11" text-anchor="end">{escape(shown)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{max(1.0, value / peak * plot_w):.1f}" height="{bar_h}" '
                     f'fill="{PALETTE[0]}"><title>{escape(label)}: {_number(value)}{unit}</title></rect>'
                     f'<text x="{label_w + value / peak * plot_w + 4:.1f}" y="{y + 12}" font-size="11">'
                     f'{_number(value)}{unit}</text>')
    parts.append("</svg>")
    return "".join(parts)
