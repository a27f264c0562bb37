"""Glob patterns of include, exclude and per-file-ignores.

A pattern without a slash matches a file or folder name at any depth
(``*.md``, ``drafts``). A pattern with a slash matches a path relative to
the folder of the configuration it comes from (``archives/*.md``; ``*``
also crosses folders), or at any depth below it when it starts with
``**/`` (``**/interviews/*``). A ``/`` at the end changes nothing.
"""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterable


def anchor(patterns: Iterable[str], base: Path | str) -> tuple[str, ...]:
    """Patterns ready for :func:`matches`: path patterns made absolute from ``base``."""
    anchored = []
    root = Path(os.path.abspath(base)).as_posix().rstrip("/")
    for raw in patterns:
        pattern = raw.replace("\\", "/").rstrip("/")
        if pattern.startswith("./"):
            pattern = pattern[2:]
        deep = pattern.startswith("**/")
        while pattern.startswith("**/"):
            pattern = pattern[3:]
        if "/" not in pattern or os.path.isabs(pattern):
            anchored.append(pattern)
        else:
            anchored.append(f"{root}/{pattern}")
            if deep:
                anchored.append(f"{root}/*/{pattern}")
    return tuple(anchored)


def matches(path: str | Path, patterns: Iterable[str]) -> bool:
    """Whether ``path`` matches one of the anchored ``patterns``."""
    name = os.path.basename(os.path.normpath(path))
    full = None
    for pattern in patterns:
        if "/" in pattern:
            full = full or Path(os.path.abspath(path)).as_posix()
            if fnmatch.fnmatchcase(full, pattern):
                return True
        elif fnmatch.fnmatchcase(name, pattern):
            return True
    return False
