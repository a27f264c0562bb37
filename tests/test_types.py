"""The package type-checks: mypy, with the configuration of pyproject.toml, finds no error.

The analysis's annotations are what a compiler of typed Python would trust, and what a
plugin's author reads: a wrong one is a bug this finds before a reader does.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("mypy", reason="mypy comes with the test extra")


def test_the_package_type_checks(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), "--no-color-output"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_wrong_annotation_is_found(tmp_path):
    module = tmp_path / "wrong.py"
    module.write_text("def first_word(text: str) -> int:\n    return text.split()[0]\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "--no-color-output",
                           str(module)], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 1 and "Incompatible return value type" in proc.stdout
