from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ATTRLINT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Tests read English messages whatever the machine's locale; a test that wants French sets it."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(scope="session")
def registry():
    from attrlint.plugins import build_registry

    return build_registry()


@pytest.fixture(scope="session")
def lint(registry):
    """Lint a string: ``lint(text, path="x.txt", select=None)`` → diagnostics."""
    from attrlint.api import lint_string

    def run(text: str, path: str = "article.txt", select=None):
        return lint_string(text, path, select=select, registry=registry)

    return run


def shared_requirement(*parts: str) -> str:
    """What a test that reads ``../shared/<parts>`` needs, in the words of its skip reason."""
    where = "/".join(("..", "shared", *parts[:1]))
    return f"needs {where} (the shared corpus folder beside the checkout)"


def shared_path(*parts: str) -> Path:
    """A path of the shared corpus folder; the test skips when it is missing, or fails under
    ATTRLINT_REQUIRE_SHARED=1 (as CI runs the suite), so that a missing folder cannot pass unseen."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{shared_requirement(*parts)}: {path} not found"
        if os.environ.get("ATTRLINT_REQUIRE_SHARED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """Run ``attrlint`` in-process: ``run_cli(args, stdin=b"")`` → (exit code, stdout)."""
    import io
    import sys

    from attrlint.cli import main

    def run(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        code = main(args)
        return code, capsys.readouterr().out

    return run
