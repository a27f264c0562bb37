"""The rule contract: what a rule plugin declares and how it reports.

A rule is a class with metadata and a ``check`` method. It reads the
:class:`~attrlint.model.AnalysedDocument` and yields :class:`Violation` s;
the engine turns them into diagnostics (positions, severity, plugin name).
Rules never re-parse text.

    class NoRumour(Rule):
        code = "HOU001"
        name = "no-rumour"
        summary = "the word 'rumeur' in a sentence"
        explanation = "…"

        def check(self, doc):
            for token in doc.tokens:
                if token.lower == "rumeur":
                    yield self.violation(token.span)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterable

from .model import AnalysedDocument, Severity, Span


@dataclass(frozen=True)
class Option:
    """A rule option: its type, default and help, validated from the config."""

    type: type
    default: Any
    help: str = ""

    def validate(self, key: str, value: Any) -> Any:
        expected = self.type
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if expected is int and isinstance(value, bool) or not isinstance(value, expected):
            raise TypeError(f"{key} must be of type {expected.__name__}, not {type(value).__name__}")
        return value


@dataclass(frozen=True)
class Violation:
    """What a rule reports: where, and optionally a more specific message."""

    span: Span
    message: str | None = None


@dataclass(frozen=True)
class Example:
    """A bad/good pair shown by ``attrlint explain`` and run as a test case."""

    bad: str
    good: str
    note: str = ""


class Rule:
    """Base class of every rule, built-in or third-party."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    message: ClassVar[str] = ""
    explanation: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    enabled_by_default: ClassVar[bool] = True
    options: ClassVar[dict[str, Option]] = {}
    examples: ClassVar[tuple[Example, ...]] = ()

    def __init__(self, **settings: Any) -> None:
        self.settings: dict[str, Any] = {k: opt.default for k, opt in self.options.items()}
        for key, value in settings.items():
            if key not in self.options:
                raise KeyError(key)
            self.settings[key] = self.options[key].validate(key, value)

    def violation(self, span: Span, message: str | None = None) -> Violation:
        return Violation(span, message)

    def check(self, doc: AnalysedDocument) -> Iterable[Violation]:
        raise NotImplementedError(f"rule {self.code} defines no check()")

    @classmethod
    def describe(cls) -> str:
        return cls.summary or cls.message


@dataclass
class RuleInfo:
    """A registered rule and the plugin it comes from."""

    rule: type[Rule]
    plugin: str

    @property
    def code(self) -> str:
        return self.rule.code

