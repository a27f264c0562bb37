"""A bounded fuzz run of the whole pipeline (the target of ``bench/fuzz.py``)."""
from __future__ import annotations

import importlib.util

from hypothesis import HealthCheck, given, settings

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("attrlint_fuzz", ROOT / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=fuzz.inputs())
def test_fuzz_inputs_never_break_the_pipeline(data):
    fuzz.check_bytes(data)


def test_the_fuzz_target_reports_misplaced_positions(monkeypatch):
    from attrlint import engine

    def shifted(*args):
        diagnostic = original(*args)
        diagnostic.span = type(diagnostic.span)(diagnostic.span.start + 1, diagnostic.span.end + 1)
        return diagnostic

    original = engine.make_diagnostic
    monkeypatch.setattr(engine, "make_diagnostic", shifted)
    try:
        fuzz.check_bytes("Titre\n\nAu moins 300 soldats ont été tués.\n".encode())
    except fuzz.Finding as finding:
        assert "does not point at its excerpt" in str(finding)
    else:
        raise AssertionError("a diagnostic off by one went unnoticed")
