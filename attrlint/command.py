"""The ``attrlint`` command's entry point: it pauses the cycle collector before the
command line's modules load, whose imports make objects that live as long as the
process (see :mod:`attrlint.startup`); :func:`attrlint.cli.main` does the rest."""
from __future__ import annotations


def main() -> int:
    from . import startup

    startup.pause()
    from .cli import main as run_command

    return run_command()
