"""The time limit every regular expression over article text runs under.

Patterns are written not to backtrack, and the analysis is linear in the
size of a file; this limit is the guard behind that. A pattern that runs
past it raises ``TimeoutError`` (the ``regex`` module's ``timeout=``), which
the runner reports as a per-file diagnostic instead of hanging the run.
"""
from __future__ import annotations

# Seconds one search or one step of a ``finditer`` may take.
REGEX_TIMEOUT = 5.0
