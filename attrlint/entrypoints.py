"""Entry points of the installed distributions, read from their metadata folders.

``importlib.metadata`` imports the ``email`` package and more, which costs
more start-up time than the rest of a one-file check: finding the plugins
only needs each distribution's ``entry_points.txt``. The rules follow
``importlib.metadata``: ``*.dist-info`` and ``*.egg-info`` folders in the
``sys.path`` folders, a distribution seen twice counts where it is first
found. A ``sys.path`` entry that is not a folder (a zip file) is left to
``importlib.metadata`` itself.
"""
from __future__ import annotations

import importlib
import os
import re
import sys
from typing import Any, Iterable

_METADATA_SUFFIXES = (".dist-info", ".egg-info")
# module, optional ":attr.attr", optional "[extras]" (as importlib.metadata reads them)
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


class EntryPoint:
    """One entry point: its name and value, loaded on demand."""

    __slots__ = ("name", "value", "group", "_metadata_path")

    def __init__(self, name: str, value: str, group: str, metadata_path: str | None = None) -> None:
        self.name = name
        self.value = value
        self.group = group
        self._metadata_path = metadata_path

    def __repr__(self) -> str:
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    def load(self) -> Any:
        """The object the value names: its module imported, then its attributes followed."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"malformed entry point value {self.value!r}")
        found: Any = importlib.import_module(match.group("module"))
        for attr in filter(None, (match.group("attr") or "").split(".")):
            found = getattr(found, attr)
        return found

    @property
    def dist(self) -> Any:
        """The distribution, as ``importlib.metadata`` reads it (only asked for by listings and errors)."""
        if self._metadata_path is None:
            return None
        import importlib.metadata
        return importlib.metadata.Distribution.at(self._metadata_path)


def entry_points(group: str) -> list[Any]:
    """The entry points of ``group``, in ``sys.path`` order."""
    found: list[Any] = []
    seen: set[str] = set()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:
            return _from_importlib_metadata(group)
        except OSError:
            continue
        for name in names:
            if not name.lower().endswith(_METADATA_SUFFIXES):
                continue
            dist_name = _normalised(name)
            if dist_name in seen:
                continue
            seen.add(dist_name)
            metadata_path = os.path.join(folder, name)
            try:
                with open(os.path.join(metadata_path, "entry_points.txt"), encoding="utf-8") as text:
                    found.extend(EntryPoint(ep_name, value, group, metadata_path)
                                 for ep_name, value in _group_lines(text, group))
            except (OSError, UnicodeDecodeError):
                continue  # no entry points, or not a distribution's folder
    return found


def _normalised(folder_name: str) -> str:
    stem = os.path.splitext(folder_name)[0].partition("-")[0]
    return re.sub(r"[-_.]+", "_", stem).lower()


def _group_lines(lines: Iterable[str], group: str) -> Iterable[tuple[str, str]]:
    """The ``name = value`` pairs of one ``[group]`` section of an INI-style file."""
    section = None
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group and "=" in line:
            name, value = line.split("=", 1)
            yield name.strip(), value.strip()


def _from_importlib_metadata(group: str) -> list[Any]:
    import importlib.metadata
    return list(importlib.metadata.entry_points(group=group))
