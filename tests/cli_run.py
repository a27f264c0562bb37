"""Running the command line in tests: in this process (fast) or as a child process."""
from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from attrlint import cli

# A diagnostic of the text format: "path:line:column: CODE message".
_DIAGNOSTIC_LINE = re.compile(r"^\S.*?:\d+:\d+: ([A-Z]+\d+)\b")

FIGURE = "Au moins 300 soldats ont été tués dans la nuit."  # FIG001
QUOTE = "Les habitants attendent. « Nous ne reculerons pas. »"  # QUO001
CONDITIONAL = "Le ministre aurait démissionné."  # FIG002
VAGUE = "Selon des sources, le ministre va démissionner."  # SRC001, off by default
SOURCED = "Au moins 300 soldats ont été tués, selon le ministère."  # nothing


def article(*paragraphs: str, title: str = "Titre") -> str:
    """A plain-text article: a title line, then paragraphs separated by blank lines."""
    return "\n\n".join((title, *paragraphs)) + "\n"


def excerpts(diags, code: str) -> list[str]:
    """The excerpts of the diagnostics of ``code``, in order."""
    return [d.excerpt for d in diags if d.code == code]


def write(root: Path, files: dict[str, str]) -> Path:
    """Create ``files`` (relative path → text, dedented) under ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()

    def codes(self) -> list[str]:
        """The codes reported, in order (text format)."""
        return [m.group(1) for m in map(_DIAGNOSTIC_LINE.match, self.lines) if m]


def run_cli(*args: str, cwd: Path, stdin: bytes | None = None, env: dict[str, str | None] | None = None) -> Result:
    """``attrlint ARGS`` in this process, from the folder ``cwd``."""
    out, err = io.StringIO(), io.StringIO()
    saved_env = {key: os.environ.get(key) for key in (env or {})}
    saved_cwd, saved_stdin = os.getcwd(), sys.stdin
    try:
        os.chdir(cwd)
        for key, value in (env or {}).items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exc:  # argparse: --version, usage errors
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(saved_cwd)
        sys.stdin = saved_stdin
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return Result(code, out.getvalue(), err.getvalue())


def run_process(*args: str, cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None,
                **popen) -> subprocess.CompletedProcess:
    """``python -m attrlint.cli ARGS`` in a child process."""
    return subprocess.run([sys.executable, "-m", "attrlint.cli", *args], cwd=cwd, input=stdin,
                          capture_output="stdout" not in popen and "stderr" not in popen,
                          env={**os.environ, **(env or {})}, **popen)
