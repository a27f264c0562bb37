"""Each module defines each of its top-level names once: a second ``def`` or constant of the
same name silently replaces the first, and every caller of the first then runs the second."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*(ROOT / "attrlint").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")])


def top_level_names(source: str) -> Counter[str]:
    """How many times each function, class and plainly assigned name is defined at the top of a module."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_a_second_definition_is_found():
    assert top_level_names("def f(): pass\nX = 1\ndef f(): pass\n")["f"] == 2
    assert top_level_names("X = 1\nX: int = 2\n")["X"] == 2


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_defines_a_name_twice(module):
    twice = [name for name, count in top_level_names(module.read_text(encoding="utf-8")).items() if count > 1]
    assert twice == []
