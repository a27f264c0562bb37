"""Which codes are reported, and at what severity: select, ignore, severities.

A *selector* names codes: a full code (``FIG001``), a prefix (``FIG``,
``F``), a rule name (``unsourced-figure``) or ``ALL``. Selection works in
layers, as in ruff: the configuration, then the command line. A layer with
``select`` starts over from nothing (the ignores of earlier layers still
apply); ``extend-select`` adds; ``ignore`` removes. Within a layer, the
most specific selector wins (a full code over a prefix, a longer prefix
over a shorter one, anything over ``ALL``); on a tie, ``ignore`` wins.

Besides the rules of the plugins, two of attrlint's own diagnostics can be
selected and ignored: ATL200 unused-suppression and ATL201
invalid-suppression. The others (plugin failures, unreadable files) say a
file was not checked as asked: they cannot be turned off.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .config import suggestion
from .engine import INTERNAL_NAMES, INVALID_SUPPRESSION, UNUSED_SUPPRESSION
from .i18n import N_, Phrase
from .model import Severity
from .plugins import Registry

ALL = "ALL"
EXACT = 1000  # the specificity of a full code or a name
PREFIX_RE = re.compile(r"^[A-Za-z]{1,5}[0-9]{0,3}$")

# attrlint's own diagnostics that a user may select, ignore, or give another severity.
SELECTABLE_INTERNAL = {UNUSED_SUPPRESSION: Severity.WARNING, INVALID_SUPPRESSION: Severity.WARNING}


class SelectorError(ValueError):
    """A selector that names no code."""

    # The command-line option the selector was given with (``--select``), when the error names it.
    option: str | None = None


@dataclass
class Selection:
    """One layer of selection (the configuration, or the command line)."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)


class RuleSet:
    """The codes selectors can name: the registry's rules and attrlint's selectable diagnostics."""

    def __init__(self, registry: Registry) -> None:
        self.names: dict[str, str] = {code: info.rule.name for code, info in registry.rules.items()}
        self.severities: dict[str, Severity] = {code: info.rule.severity for code, info in registry.rules.items()}
        self.defaults: set[str] = {code for code, info in registry.rules.items() if info.rule.enabled_by_default}
        self.rule_codes = frozenset(self.names)
        for code, severity in SELECTABLE_INTERNAL.items():
            self.names[code] = INTERNAL_NAMES[code]
            self.severities[code] = severity
            self.defaults.add(code)
        self._by_name = {name: code for code, name in self.names.items()}

    def match(self, selector: str, *, rules_only: bool = False) -> tuple[frozenset[str], int]:
        """The codes ``selector`` names and how specific it is; :class:`SelectorError` if it names none.

        ``rules_only`` leaves attrlint's own codes out (suppression comments name rules only).
        """
        universe = self.rule_codes if rules_only else frozenset(self.names)
        sel = selector.strip()
        if sel.upper() == ALL:
            return universe, 0
        code = self._by_name.get(sel.lower())
        if code is None and sel.upper() in self.names:
            code = sel.upper()
        if code is not None and code in universe:
            return frozenset([code]), EXACT
        if PREFIX_RE.match(sel):
            found = frozenset(c for c in universe if c.startswith(sel.upper()))
            if found:
                return found, len(sel)
        raise SelectorError(self._unknown(sel, universe))

    def _unknown(self, selector: str, universe: frozenset[str]) -> Phrase:
        internal = INTERNAL_NAMES.get(selector.upper())
        if internal and selector.upper() not in universe:
            if selector.upper() in self.names:
                return Phrase(N_("{code} ({name}) is not a rule: it cannot be suppressed by a comment"),
                              code=selector.upper(), name=internal)
            return Phrase(N_("{code} ({name}) is attrlint's own diagnostic: it says a file was not checked as asked, "
                             "and cannot be selected or ignored"), code=selector.upper(), name=internal)
        prefixes = {code.rstrip("0123456789") for code in universe}
        candidates = sorted(universe) + sorted(prefixes) + sorted(self.names[c] for c in universe)
        return Phrase(N_("unknown rule code or name {selector!r}{hint}"), selector=selector,
                      hint=suggestion(selector, candidates))

    def knows(self, selector: str) -> bool:
        try:
            self.match(selector)
        except SelectorError:
            return False
        return True

    def check(self, selectors: Iterable[str], *, rules_only: bool = False) -> None:
        """:class:`SelectorError` for the first selector that names nothing."""
        for selector in selectors:
            self.match(selector, rules_only=rules_only)

    def codes(self, selectors: Iterable[str], *, rules_only: bool = False) -> frozenset[str]:
        """Every code the selectors name."""
        found: set[str] = set()
        for selector in selectors:
            found |= self.match(selector, rules_only=rules_only)[0]
        return frozenset(found)

    def _best(self, selectors: Iterable[str]) -> dict[str, int]:
        """For each code, the specificity of the most specific selector naming it."""
        best: dict[str, int] = {}
        for selector in selectors:
            codes, weight = self.match(selector)
            for code in codes:
                best[code] = max(best.get(code, -1), weight)
        return best

    def enabled(self, layers: Iterable[Selection]) -> frozenset[str]:
        """The codes reported after applying the layers in order."""
        enabled = set(self.defaults)
        ignored_before: list[str] = []
        for layer in layers:
            if layer.select is not None:
                enabled = set()
                positive = self._best([*layer.select, *layer.extend_select])
                negative = self._best([*ignored_before, *layer.ignore])
            else:
                positive = self._best(layer.extend_select)
                negative = self._best(layer.ignore)
            for code in set(positive) | set(negative):
                if negative.get(code, -1) >= positive.get(code, -1):
                    enabled.discard(code)
                else:
                    enabled.add(code)
            ignored_before += layer.ignore
        return frozenset(enabled)

    def severities_with(self, overrides: Mapping[str, str | Severity]) -> dict[str, Severity]:
        """Each code's severity: its default, or the most specific override naming it."""
        severities = dict(self.severities)
        weight: dict[str, int] = {}
        for selector, level in overrides.items():
            codes, specificity = self.match(selector)
            for code in codes:
                if specificity >= weight.get(code, -1):
                    weight[code] = specificity
                    severities[code] = level if isinstance(level, Severity) else Severity.parse(level)
        return severities
