"""The rule contract: what a rule plugin declares and how it reports.

A rule is a class with metadata and a ``check`` method. It reads the
:class:`~attrlint.model.AnalysedDocument` and yields :class:`Violation` s;
the engine turns them into diagnostics (positions, severity, plugin name).
Rules never re-parse text: the analysis gives them blocks, sentences,
tokens with their lexical categories, figures, quotations and attribution
cues, all with spans.

    class NoRumour(Rule):
        code = "HOU001"
        name = "no-rumour"
        summary = "the word « rumeur » in a sentence"

        def check(self, doc):
            for token in doc.tokens:
                if token.lower in ("rumeur", "rumeurs"):
                    yield self.violation(token)
"""
from __future__ import annotations

import builtins
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Mapping, NamedTuple

from .i18n import N_, Phrase
from .model import AnalysedDocument, Severity, Span, Token

CODE_RE = re.compile(r"^[A-Z]{2,5}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# attrlint's own diagnostics (plugin failures, read errors) use this prefix.
RESERVED_PREFIX = "ATL"
OPTION_TYPES = (bool, int, float, str, list)


class OptionError(ValueError):
    """A rule option that does not exist, or a value of the wrong type.

    Its message is a :class:`~attrlint.i18n.Phrase`: ``str()`` gives the
    English, ``message_of(error, gettext)`` the language of the run.
    """


@dataclass(frozen=True)
class Option:
    """A rule option: its type, default and help, validated from the configuration.

    ``type`` is one of ``bool``, ``int``, ``float``, ``str`` or ``list``;
    ``item`` is the type of a list's items, ``choices`` the allowed values
    of a ``str`` option.
    """

    # Spelled ``builtins.type``: within the class body, ``type`` names the field above.
    type: builtins.type
    default: Any
    help: str = ""
    choices: tuple[Any, ...] = ()
    item: builtins.type | None = None

    def validate(self, key: str, value: Any) -> Any:
        """The value converted to the option's type, or :class:`OptionError`."""
        expected = self.type
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(value, tuple) and expected is list:
            value = list(value)
        if (expected is int and isinstance(value, bool)) or not isinstance(value, expected):
            raise OptionError(Phrase(N_("{key} must be of type {type}, not {actual}"), key=key,
                                     type=expected.__name__, actual=type(value).__name__))
        if expected is list and isinstance(value, list) and self.item is not None:
            for item in value:
                if not isinstance(item, self.item) or (self.item is int and isinstance(item, bool)):
                    raise OptionError(Phrase(N_("{key} must be a list of {type}, but holds {item!r} ({actual})"),
                                             key=key, type=self.item.__name__, item=item,
                                             actual=type(item).__name__))
        if self.choices and value not in self.choices:
            raise OptionError(Phrase(N_("{key} must be one of {choices}, not {value!r}"), key=key,
                                     choices=", ".join(map(repr, self.choices)), value=value))
        return value


@dataclass(frozen=True)
class Violation:
    """What a rule reports: where, and optionally a more specific message.

    ``message`` is English text, translated through the catalogs, then
    filled with ``params`` (``"… for {agency}"`` with ``{"agency": "AFP"}``).
    """

    span: Span
    message: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Example:
    """A bad/good pair shown by ``attrlint explain`` and run as a test case.

    Each is article text. A text with no blank line is the body of an
    article (a title is put above it when it is linted as a test); a text
    with a blank line is a whole article, its first line the title.
    """

    bad: str
    good: str
    note: str = ""


class Rule:
    """Base class of every rule, built-in or third-party.

    Class attributes are the rule's metadata: ``code`` (``"HOU001"``: two
    to five capitals and three digits; the ``ATL`` prefix is attrlint's
    own), ``name`` (kebab-case), ``summary`` (one line, for ``attrlint
    rules``), ``message`` (what a diagnostic says when the violation gives
    none; the summary otherwise), ``explanation`` (for ``attrlint explain``),
    ``severity``, ``enabled_by_default``, ``options`` and ``examples``;
    ``messages`` lists the other messages its violations may give, so that
    the catalogs and :func:`attrlint.testing.untranslated` know them.
    These texts are English: mark them with :func:`attrlint.i18n.N_` and
    ship a catalog to have them translated (see :mod:`attrlint.i18n`).

    One instance is made per run with the options from the configuration,
    in ``self.settings``; ``check`` is then called once per document.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    message: ClassVar[str] = ""
    explanation: ClassVar[str] = ""
    messages: ClassVar[tuple[str, ...]] = ()
    severity: ClassVar[Severity] = Severity.WARNING
    enabled_by_default: ClassVar[bool] = True
    options: ClassVar[dict[str, Option]] = {}
    examples: ClassVar[tuple[Example, ...]] = ()

    def __init__(self, **settings: Any) -> None:
        self.settings: dict[str, Any] = {k: opt.default for k, opt in self.options.items()}
        for raw_key, value in settings.items():
            key = raw_key.replace("_", "-")
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or Phrase(N_("none"))
                raise OptionError(Phrase(N_("rule {code} ({name}) has no option {option!r} (options: {options})"),
                                         code=self.code, name=self.name, option=raw_key, options=known))
            try:
                self.settings[key] = self.options[key].validate(key, value)
            except OptionError as exc:
                raise OptionError(Phrase(N_("rule {code} ({name}): {error}"), code=self.code, name=self.name,
                                         error=exc.args[0])) from None

    def violation(self, where: Span | Any, message: str | None = None, **params: Any) -> Violation:
        """A violation at ``where``: a :class:`Span`, or anything with a ``span`` (a token, cue, quote…).

        ``message`` (English, by default the rule's) is translated, then
        its ``{placeholders}`` are filled with ``params``.
        """
        span = where if isinstance(where, Span) else where.span
        return Violation(span, message, params)

    def check(self, doc: AnalysedDocument) -> Iterable[Violation]:
        """Yield a :class:`Violation` for each problem in ``doc``."""
        raise NotImplementedError(f"rule {self.code} defines no check()")

    @classmethod
    def describe(cls) -> str:
        return cls.summary or cls.message


def rule_problems(rule: Any) -> list[str]:
    """What is wrong with a registered rule class (empty when it keeps the contract)."""
    if not (isinstance(rule, type) and issubclass(rule, Rule)):
        return [f"{rule!r} is not a subclass of attrlint.rules.Rule"]
    problems = []
    label = rule.__qualname__
    if not isinstance(rule.code, str) or not CODE_RE.match(rule.code):
        problems.append(f"{label}: code {rule.code!r} is not two to five capitals and three digits (like 'HOU001')")
    elif rule.code.startswith(RESERVED_PREFIX):
        problems.append(f"{label}: codes starting with {RESERVED_PREFIX} are reserved for attrlint itself")
    if not isinstance(rule.name, str) or not NAME_RE.match(rule.name):
        problems.append(f"{label}: name {rule.name!r} is not kebab-case (like 'no-rumour')")
    if not isinstance(rule.summary, str) or not rule.summary.strip():
        problems.append(f"{label}: summary is empty")
    if not isinstance(rule.severity, Severity):
        problems.append(f"{label}: severity {rule.severity!r} is not an attrlint.model.Severity")
    if not isinstance(rule.enabled_by_default, bool):
        problems.append(f"{label}: enabled_by_default must be True or False")
    if rule.check is Rule.check:
        problems.append(f"{label}: defines no check() method")
    if not isinstance(rule.options, dict):
        problems.append(f"{label}: options must be a dict of name to Option")
    else:
        for key, option in rule.options.items():
            if not isinstance(option, Option):
                problems.append(f"{label}: option {key!r} is not an attrlint.rules.Option")
                continue
            if not isinstance(key, str) or not NAME_RE.match(key):
                problems.append(f"{label}: option name {key!r} is not kebab-case")
            if option.type not in OPTION_TYPES:
                problems.append(f"{label}: option {key!r} has type {option.type!r}; "
                                f"use one of {', '.join(t.__name__ for t in OPTION_TYPES)}")
                continue
            try:
                option.validate(key, option.default)
            except OptionError as exc:
                problems.append(f"{label}: the default of option {exc}")
    if not all(isinstance(ex, Example) for ex in rule.examples):
        problems.append(f"{label}: examples must be attrlint.rules.Example instances")
    return problems


class RuleInfo(NamedTuple):
    """A registered rule and the plugin it comes from. (A named tuple: a dataclass would compile
    its methods at each start.)"""

    rule: type[Rule]
    plugin: str

    @property
    def code(self) -> str:
        return self.rule.code


# -- helpers for rule authors -------------------------------------------------

def tokens_in(doc: AnalysedDocument, span: Span) -> list[Token]:
    """The tokens of ``doc`` that lie inside ``span``, in order."""
    tokens = doc.tokens
    out = []
    # Walked from the first token of the span by index: a slice to the end of the document
    # would copy its rest for each span asked for.
    for i in range(token_index(doc, span.start), len(tokens)):
        token = tokens[i]
        if token.start >= span.end:
            break
        if token.end <= span.end:
            out.append(token)
    return out


def token_index(doc: AnalysedDocument, offset: int) -> int:
    """The index in ``doc.tokens`` of the first token starting at or after ``offset``."""
    tokens = doc.tokens
    index_at = getattr(tokens, "index_at", None)  # a long document's, made block by block: one block read
    return index_at(offset) if index_at is not None else bisect_left(tokens, offset, key=lambda t: t.start)
