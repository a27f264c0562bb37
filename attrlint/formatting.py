"""Rendering diagnostics: the context formats receive, and the summary line."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .model import Diagnostic
from .rules import RuleInfo


@dataclass
class RenderContext:
    """What a format may need besides the diagnostics."""

    rules: dict[str, RuleInfo] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    files_checked: int = 0
    color: bool = False
    show_source: bool = False
    statistics: bool = False
    quiet: bool = False  # the problems only: no summary
    version: str = ""
    options: dict[str, Any] = field(default_factory=dict)


def summary_line(diagnostics: list[Diagnostic], files_checked: int) -> str:
    if not diagnostics:
        return f"All checks passed ({files_checked} file{'s' if files_checked != 1 else ''} checked)."
    by_code = Counter(d.code for d in diagnostics)
    files = len({d.path for d in diagnostics})
    detail = ", ".join(f"{n} {code}" for code, n in sorted(by_code.items()))
    n = len(diagnostics)
    return f"Found {n} problem{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''} ({detail})."
