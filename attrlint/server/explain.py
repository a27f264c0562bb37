"""A rule's explanation with its examples, as Markdown: for hovers and for the
page a diagnostic links to.

The page is written to the user's cache folder (``$XDG_CACHE_HOME/attrlint/explain``),
one file per rule and language, so that any editor can open the link of a
diagnostic (``codeDescription``) without a network or a web site.
"""
from __future__ import annotations

import os
import textwrap
from pathlib import Path

from ..engine import INTERNAL_NAMES
from ..i18n import N_, rule_explanation, rule_summary
from ..patterns import write_atomically
from ..rules import RuleInfo
from ..suppression import EXPLANATIONS as SUPPRESSION_EXPLANATIONS
from .messages import say


def explanation(code: str, info: RuleInfo | None, language: str, severity: str | None = None) -> str:
    """The explanation of ``code`` in Markdown: what it reports, why, and its bad and good examples.

    ``severity`` is the one the configuration gives the rule (its own by default).
    """
    if info is None:
        name = INTERNAL_NAMES.get(code, "")
        own = SUPPRESSION_EXPLANATIONS.get(code)
        text = textwrap.dedent(say(language, own)) if own else say(language, N_("One of attrlint's own diagnostics."))
        return f"**{code}** {name}\n\n{text.strip()}\n"
    rule = info.rule
    state = "" if rule.enabled_by_default else ", " + say(language, N_("off by default"))
    severity = say(language, severity or str(rule.severity))
    parts = [f"**{rule.code}** {rule.name} ({severity}{state})", rule_summary(rule, language)]
    body = rule_explanation(rule, language)
    if body:
        parts.append(body)
    for example in rule.examples:
        parts.append(say(language, N_("Bad:")) + f"\n\n```text\n{example.bad.strip()}\n```")
        parts.append(say(language, N_("Good:")) + f"\n\n```text\n{example.good.strip()}\n```")
    if rule.options:
        options = ["- " + say(language, N_("{option} ({type}, default {default!r}): {help}"), option=f"`{key}`",
                              type=opt.type.__name__, default=opt.default,
                              help=say(language, opt.help) if opt.help else "")
                   for key, opt in rule.options.items()]
        parts.append(say(language, N_("Options:")) + "\n\n" + "\n".join(options))
    parts.append(say(language, N_("Plugin: {plugin}"), plugin=info.plugin))
    return "\n\n".join(parts) + "\n"


def explanation_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "attrlint" / "explain"


class ExplanationPages:
    """The explanation pages written so far, by code and language; each written once per server."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or explanation_folder()
        self._uris: dict[tuple[str, str], str | None] = {}

    def uri(self, code: str, info: RuleInfo | None, language: str) -> str | None:
        """The ``file:`` URI of the page explaining ``code``; None when it cannot be written."""
        key = (code, language)
        if key not in self._uris:
            path = self.folder / language / f"{code}.md"
            text = explanation(code, info, language)
            try:
                current = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                current = None
            written = current == text or write_atomically(path, text.encode("utf-8"))
            self._uris[key] = path.as_uri() if written else None
        return self._uris[key]

    def forget(self) -> None:
        """Write the pages again when next asked (the plugins or the language changed)."""
        self._uris.clear()
