"""Every installed rule's examples are test cases: the bad text fires the rule, the good one does not."""
from __future__ import annotations

import pytest

from attrlint.plugins import build_registry
from attrlint.testing import example_cases

# Examples that do not hold yet, with why. Strict: once one holds, its entry must go.
KNOWN_FAILING: dict[str, str] = {}


def _params():
    for case in example_cases():
        reason = KNOWN_FAILING.get(case.id)
        marks = [pytest.mark.xfail(reason=reason, strict=True, raises=AssertionError)] if reason else []
        yield pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_rule_example(case):
    case.check()


def test_every_rule_of_this_project_has_examples():
    registry = build_registry()
    ours = {p.name for p in registry.plugins if p.origin == "builtin" or p.distribution == "attrlint-vague-source"}
    with_examples = {case.rule for case in example_cases(registry)}
    assert {code for code, info in registry.rules.items() if info.plugin in ours} <= with_examples
