"""What the benchmark scripts share: how they run attrlint, and how they read
a dispatch of the corpus's ``.jsonl`` files as the text of an article."""
from __future__ import annotations

import sys
from pathlib import Path


def attrlint_command() -> list[str]:
    """The attrlint beside this Python (no activated environment needed), or its module."""
    script = Path(sys.executable).with_name("attrlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "attrlint.cli"]


def dispatch_text(item: dict) -> str:
    """A dispatch's title, heading and text, as the paragraphs of one article."""
    parts = [item.get(k, "") for k in ("title", "heading", "article")]
    return "\n\n".join(p for p in parts if p) + "\n"
