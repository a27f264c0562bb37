"""Checking a plain-text article imports only what it needs (start-up time is measured by bench/run.py)."""
from __future__ import annotations

import gc
import subprocess
import sys

from attrlint import parallel, startup
from attrlint.cli import main

from cli_run import FIGURE, article, write

# Heavy modules a one-article check of plain text must not import.
NOT_NEEDED = ("email", "importlib.metadata", "importlib.resources", "html.entities", "difflib", "shutil",
              "attrlint_builtin.sarif", "attrlint.sources", "attrlint.readers.markdown", "attrlint.readers.html",
              "attrlint.cache", "pickle", "json", "attrlint.audit")

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


def test_the_collector_runs_while_files_are_linted_and_after(tmp_path, monkeypatch):
    """Paused while the command starts, it runs again from the first file on, and after the run."""
    write(tmp_path, {"article.txt": article(FIGURE)})
    seen = []
    lint_batch = parallel._lint_batch

    def watched(batch, jobs):
        seen.append(gc.isenabled())
        return lint_batch(batch, jobs)

    monkeypatch.setattr(parallel, "_lint_batch", watched)
    monkeypatch.chdir(tmp_path)
    assert gc.isenabled()
    assert main(["check", "--isolated", "--no-cache", "article.txt"]) == 1
    assert seen == [True]
    assert gc.isenabled()


def test_the_collector_is_left_as_it_was_found():
    gc.disable()
    try:
        startup.pause()
        startup.settle()
        assert not gc.isenabled()  # off before: not turned on by attrlint
    finally:
        gc.enable()
    startup.pause()
    assert not gc.isenabled()
    startup.settle()
    assert gc.isenabled()


EXIT_PROBE = """
import atexit, gc
from attrlint.cli import main
# Registered before the command runs, so called after attrlint's own exit handler.
atexit.register(lambda: print("UNFROZEN", len(gc.get_objects())))
main(["check", "--isolated", "--no-cache", "article.txt"])
print("TRACKED", len(gc.get_objects()))
"""


def test_at_exit_what_the_process_holds_is_out_of_the_collectors_reach(tmp_path):
    """The interpreter's collections while it shuts down have nothing left to go over."""
    write(tmp_path, {"article.txt": article(FIGURE)})
    done = subprocess.run([sys.executable, "-c", EXIT_PROBE], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    counts = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("TRACKED", "UNFROZEN")))
    assert int(counts["TRACKED"]) > 1000, done.stderr
    assert int(counts["UNFROZEN"]) < 100
