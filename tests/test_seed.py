"""The seed article lints clean; removing any one attribution fires the matching rule at the right place."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, shared_path, shared_requirement

SEED = ROOT / "seeds" / "nk-troops-russia.fr.txt"


def test_seed_is_clean(lint):
    assert lint(SEED.read_text(encoding="utf-8"), str(SEED)) == []


def test_seed_cli_exits_zero():
    proc = subprocess.run([sys.executable, "-m", "attrlint.cli", "check", str(ROOT / "seeds")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def _mutations():
    annot = shared_path("eval", "annot", "seed-nk-troops.json")
    return json.loads(annot.read_text(encoding="utf-8"))["mutations"]


def pytest_generate_tests(metafunc):
    if "mutation" in metafunc.fixturenames:
        try:
            muts = _mutations()
        except (pytest.skip.Exception, pytest.fail.Exception):
            muts = [None]  # the test says why
        metafunc.parametrize("mutation", muts, ids=lambda m: m["code"] + ":" + m["needle"][:20] if m else "absent")


def test_seed_mutation_fires(lint, mutation):
    if mutation is None:
        _mutations()  # skips with the reason, or fails under ATTRLINT_REQUIRE_SHARED=1
        pytest.skip(shared_requirement("eval"))  # it appeared since collection
    text = SEED.read_text(encoding="utf-8")
    assert mutation["find"] in text
    mutated = text.replace(mutation["find"], mutation["replace"], 1)
    at = mutated.find(mutation["needle"]) if mutation.get("anywhere") else \
        min((i for i in _all(mutated, mutation["needle"])), key=lambda i: abs(i - text.find(mutation["find"])))
    gold = (at, at + len(mutation["needle"]))
    hits = [d for d in lint(mutated, "seed.txt") if d.code == mutation["code"]]
    assert any(d.start < gold[1] and gold[0] < d.end for d in hits), (mutation, [(d.code, d.excerpt) for d in hits])


def _all(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)
