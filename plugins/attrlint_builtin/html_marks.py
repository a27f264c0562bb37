"""Text with marks: spans of an article wrapped in elements that nest.

Diagnostics, cues and the claims they back may overlap without nesting. A
mark that cannot stay one element is cut into fragments; its first fragment
carries its attributes and id, the others only ``data-mark`` (that id) and
the class ``cont``, so that each mark is one element to count, focus or link
to (its first fragment), and one highlighted whole on the page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape


@dataclass
class Mark:
    """A span of the text to mark. ``layer``: lower layers enclose higher ones
    when their spans are equal (diagnostics outside, cues inside)."""

    start: int
    end: int
    layer: int
    tag: str
    id: str
    classes: str
    attributes: dict[str, str] = field(default_factory=dict)

    def opening(self, first: bool) -> str:
        if not first:
            return f'<{self.tag} class="{self.classes} cont" data-mark="{self.id}">'
        extra = "".join(f' {name}="{escape(value, quote=True)}"' for name, value in self.attributes.items())
        return f'<{self.tag} id="{self.id}" class="{self.classes}"{extra}>'

    def closing(self) -> str:
        return f"</{self.tag}>"


def marked_text(text: str, marks: list[Mark]) -> str:
    """``text`` escaped for HTML, with ``marks`` in place (spans clipped to the text).

    A mark of no width is an empty element at its offset.
    """
    size = len(text)
    for mark in marks:
        mark.start = max(0, min(mark.start, size))
        mark.end = max(mark.start, min(mark.end, size))
    wide = [m for m in marks if m.end > m.start]
    empty: dict[int, list[Mark]] = {}
    for mark in marks:
        if mark.end == mark.start:
            empty.setdefault(mark.start, []).append(mark)
    points = sorted({0, size, *(m.start for m in wide), *(m.end for m in wide), *empty})
    starting: dict[int, list[Mark]] = {}
    for mark in wide:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    stack: list[Mark] = []
    active: list[Mark] = []
    started: set[str] = set()
    for i, at in enumerate(points):
        active = [m for m in active if m.end > at] + starting.get(at, [])
        wanted = sorted(active, key=lambda m: (m.start, -m.end, m.layer))
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        for mark in reversed(stack[keep:]):
            out.append(mark.closing())
        del stack[keep:]
        for mark in empty.get(at, ()):
            out.append(mark.opening(mark.id not in started) + mark.closing())
            started.add(mark.id)
        for mark in wanted[keep:]:
            out.append(mark.opening(mark.id not in started))
            started.add(mark.id)
            stack.append(mark)
        if i + 1 < len(points):
            out.append(escape(text[at:points[i + 1]], quote=False))
    for mark in reversed(stack):
        out.append(mark.closing())
    return "".join(out)
