"""attrlint never writes to what it lints: after runs with every output
format (and ``--output-file`` where the command has it), the bytes, the
modification times and the list of the linted files are unchanged."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FILES = {
    "article.txt": "Titre\n\nAu moins 300 soldats ont été tués.\r\n« Une phrase sans fin\n".encode("utf-8"),
    "legacy.txt": "Titre\n\nLe café aurait fermé.\n".encode("cp1252"),
    "bom.md": b"\xef\xbb\xbf# Titre\n\n<!-- attrlint-disable FIG001 -->\nAu moins 300 soldats.\n",
    "page.html": "<h1>Titre</h1><p>« Nous partirons », a dit le maire à l'AFP.</p>".encode("utf-8"),
    "broken.txt": b"Titre\n\ncaf\xc3\xa9 \xff\n",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
    "empty.txt": b"",
    "sub/deep.txt": "Titre\n\nLe suspect aurait fui.\n".encode("utf-8"),
}


# The result cache is the one thing attrlint keeps, in a folder of its own in
# the current folder (like ruff's): everything else must be as it was.
CACHE_FOLDER = ".attrlint_cache"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int, int]]:
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and CACHE_FOLDER not in path.relative_to(folder).parts:
            stat = path.stat()
            state[path.relative_to(folder).as_posix()] = (path.read_bytes(), stat.st_mtime_ns, stat.st_ino,
                                                          stat.st_mode)
    return state


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    for name, data in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        os.utime(folder / name, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return folder


def _has_output_file() -> bool:
    help_text = subprocess.run([sys.executable, "-m", "attrlint.cli", "check", "--help"], capture_output=True,
                               text=True).stdout
    return "--output-file" in help_text


def test_no_run_writes_to_the_linted_files(registry, run_cli, articles, tmp_path):
    before = _snapshot(articles)
    runs = [["check", str(articles), "--format", name] for name in sorted(registry.formats)]
    runs += [["check", str(articles / name), "--format", "json"] for name in FILES]
    runs.append(["check", "-", "--stdin-filename", str(articles / "article.txt")])
    if _has_output_file():
        out = tmp_path / "reports"
        out.mkdir()
        runs += [["check", str(articles), "--format", name, "--output-file", str(out / f"report.{name}")]
                 for name in sorted(registry.formats)]
    codes = set()
    for args in runs:
        code, _ = run_cli(args, stdin=FILES["article.txt"])
        codes.add(code)
    assert {1, 2} <= codes  # the runs found problems, and met the unreadable files
    assert _snapshot(articles) == before


def test_the_command_line_process_leaves_the_folder_as_it_was(articles):
    before = _snapshot(articles)
    proc = subprocess.run([sys.executable, "-m", "attrlint.cli", "check", str(articles)], capture_output=True,
                          text=True, cwd=articles)
    assert proc.returncode == 2 and "broken.txt" in proc.stdout
    assert _snapshot(articles) == before
