"""The source of a small house-rule plugin, for the tests that install, load or configure one."""
from __future__ import annotations


def word_rule_plugin(code: str = "HOU001", name: str = "no-rumour",
                     summary: str = "the word rumeur: say who reports it, or leave it out", *,
                     version: str | None = None) -> str:
    """A plugin module with one rule that flags the word « rumeur »."""
    version_line = f'__version__ = "{version}"\n' if version else ""
    return f'''"""A house-rule plugin."""
import attrlint
from attrlint.rules import Rule

{version_line}

class NoRumour(Rule):
    code = "{code}"
    name = "{name}"
    summary = "{summary}"

    def check(self, doc):
        for token in doc.tokens:
            if token.lower in ("rumeur", "rumeurs"):
                yield self.violation(token)


@attrlint.hookimpl
def attrlint_rules():
    return [NoRumour]
'''
