"""What the user sets for the server: initialization options, or the ``attrlint`` settings section.

    {"allowLocalPlugins": true, "language": "fr", "debounce": 50}

``allowLocalPlugins`` (off by default) lets the workspace's local plugins
run; ``language`` (``en``, ``fr``) is the language of the diagnostics and
of the server's texts, over the configuration's ``language`` key and the
locale; ``debounce`` how many
milliseconds of quiet after a change before the document is linted.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..i18n import LANGUAGES, N_, resolve_language
from .messages import say

SECTION = "attrlint"
DEFAULT_DEBOUNCE_MS = 50


@dataclass(frozen=True)
class ServerOptions:
    allow_local_plugins: bool = False
    language: str | None = None
    debounce_ms: int = DEFAULT_DEBOUNCE_MS

    @classmethod
    def parse(cls, raw: Any, base: "ServerOptions | None" = None) -> tuple["ServerOptions", list[str]]:
        """The options in ``raw`` (a JSON object, perhaps under an ``attrlint`` key) over ``base``,
        and what was wrong in it (a wrong value is left at its default)."""
        base = base or cls()
        if isinstance(raw, dict) and isinstance(raw.get(SECTION), dict):
            raw = raw[SECTION]
        if not isinstance(raw, dict):
            return base, []
        problems = []
        allow, language, debounce = base.allow_local_plugins, base.language, base.debounce_ms
        if "allowLocalPlugins" in raw:
            if isinstance(raw["allowLocalPlugins"], bool):
                allow = raw["allowLocalPlugins"]
            else:
                problems.append((N_("allowLocalPlugins must be true or false, not {value}"), raw["allowLocalPlugins"]))
        if "language" in raw:
            if raw["language"] is None or raw["language"] in LANGUAGES:
                language = raw["language"] or None
            else:
                problems.append((N_("language must be one of {languages}, not {value}"), raw["language"]))
        if "debounce" in raw:
            value = raw["debounce"]
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10_000:
                debounce = value
            else:
                problems.append((N_("debounce must be a number of milliseconds from 0 to 10000, not {value}"), value))
        options = cls(allow, language, debounce)
        shown = resolve_language(options.language)
        return options, [say(shown, template, value=json.dumps(value), languages=", ".join(LANGUAGES))
                         for template, value in problems]
