"""Checking a plain-text article imports only what it needs (start-up time is measured by bench/run.py)."""
from __future__ import annotations

import subprocess
import sys

from cli_run import FIGURE, article, write

# Heavy modules a one-article check of plain text must not import.
NOT_NEEDED = ("email", "importlib.metadata", "importlib.resources", "html.entities", "difflib", "shutil",
              "attrlint_builtin.sarif", "attrlint.sources")

PROBE = """
import sys
from attrlint.cli import main
code = main(["check", "--isolated", "--no-cache", "article.txt"])
print("IMPORTED", *[name for name in sys.argv[1:] if name in sys.modules])
"""


def test_a_plain_text_check_leaves_heavy_modules_unimported(tmp_path):
    write(tmp_path, {"article.txt": article(FIGURE)})
    done = subprocess.run([sys.executable, "-c", PROBE, *NOT_NEEDED], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert "FIG001" in done.stdout, done.stderr
    assert done.stdout.splitlines()[-1] == "IMPORTED"
