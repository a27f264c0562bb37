"""Suppressions: the problems an article asks not to be told about.

In Markdown and HTML, comments::

    <!-- attrlint-disable QUO001 -->             from here on
    <!-- attrlint-enable QUO001 -->              from here on, reported again
    <!-- attrlint-disable-next-line FIG001 -->   on the next line only

name rules by code, prefix or name, separated by spaces or commas; a
comment that names none applies to every rule, and text after `` -- `` is
a free reason. In Markdown front matter, ``attrlint: {ignore: [FIG001]}``
applies to the whole file.

A suppression that suppresses nothing is itself reported, as ATL200
unused-suppression, when a rule it names is enabled for the file; a
comment that names no rule, an unknown ``attrlint-…`` comment and a
malformed front matter entry are ATL201 invalid-suppression. Both can be
ignored or given another severity like any rule.
"""
from __future__ import annotations

from typing import Callable

from .patterns import regex  # regex, with compiled patterns kept between runs

from .config import did_you_mean
from .engine import INTERNAL_NAMES, INVALID_SUPPRESSION, UNUSED_SUPPRESSION, LineIndex, LintResult, make_diagnostic
from .i18n import N_, message_of, translation
from .model import Diagnostic, Document, Span
from .selection import RuleSet, SelectorError
from .settings import FilePolicy

DISABLE, ENABLE, NEXT_LINE, FILE = "disable", "enable", "disable-next-line", "file"
COMMENT_KINDS = (DISABLE, ENABLE, NEXT_LINE)
FRONT_MATTER_KEY = "attrlint"

_DIRECTIVE = regex.compile(r"attrlint-([\w-]+)")
_SELECTOR = regex.compile(r"[^\s,]+")
_FRONT_MATTER_END = regex.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", regex.M)
_FRONT_MATTER_KEY = regex.compile(rf"^{FRONT_MATTER_KEY}[ \t]*:", regex.M)


# What ``attrlint explain`` says of the two diagnostics about suppressions.
EXPLANATIONS = {
    UNUSED_SUPPRESSION: N_("""\
A suppression comment or front matter entry names a rule that reports
nothing where it applies. It may be a leftover from an edit that fixed
the problem, or it may sit on the wrong line (disable-next-line applies
to the line right after the comment). Remove it, so that it cannot hide
a future problem. Reported only when a rule it names is enabled for the
file; turn it off with `ignore = ["ATL200"]`.
"""),
    INVALID_SUPPRESSION: N_("""\
A suppression names no rule attrlint knows (a typo in a code or name,
or a rule whose plugin is not installed), a comment starts with
`attrlint-` but is none of attrlint-disable, attrlint-enable and
attrlint-disable-next-line, or the front matter's `attrlint` entry is
not `{ignore: [CODE, …]}`. Such a suppression suppresses nothing.
"""),
}


class Selector:
    """One rule selector of a suppression, the codes it names, and whether it suppressed anything.
    (A plain class, as ``Directive``: a dataclass would compile its methods at each start.)"""

    __slots__ = ("text", "span", "codes", "used")

    def __init__(self, text: str, span: Span, codes: frozenset[str]) -> None:
        self.text = text  # as written; empty for a directive that names no rule
        self.span = span
        self.codes = codes
        self.used = False


class Directive:
    """A suppression comment or front matter entry: its kind, where it is, and its selectors."""

    __slots__ = ("kind", "span", "selectors", "line")

    def __init__(self, kind: str, span: Span, selectors: list[Selector]) -> None:
        self.kind = kind
        self.span = span
        self.selectors = selectors
        self.line = 0  # for disable-next-line: the line it applies to

    def matching(self, code: str) -> list[Selector]:
        return [s for s in self.selectors if code in s.codes]


class _Reader:
    """Collects the directives of a document and the ATL201 problems found on the way."""

    def __init__(self, doc: Document, ruleset: RuleSet, gettext: Callable[[str], str] = N_) -> None:
        self.doc = doc
        self.ruleset = ruleset
        self._ = gettext
        self.index = LineIndex(doc.source)
        self.invalid: list[tuple[Span, str]] = []

    def selectors(self, text: str, offset: int, whole: Span) -> list[Selector]:
        """The selectors written in ``text`` (found at ``offset``); every rule when none is written."""
        found = []
        for m in _SELECTOR.finditer(text):
            span = Span(offset + m.start(), offset + m.end())
            try:
                found.append(Selector(m.group(), span, self.ruleset.match(m.group(), rules_only=True)[0]))
            except SelectorError as exc:
                message = self._("invalid suppression: {error}").format(error=message_of(exc, self._))
                self.invalid.append((span, message))
        if not found and not _SELECTOR.search(text):
            found.append(Selector("", whole, self.ruleset.rule_codes))
        return found

    def comments(self) -> list[Directive]:
        directives = []
        source = self.doc.source
        for comment in self.doc.comments:
            text = comment.text
            m = _DIRECTIVE.match(text)
            if not m:
                continue
            start = source.index(text, comment.span.start)
            kind = m.group(1)
            if kind not in COMMENT_KINDS:
                where = Span(start, start + m.end())
                self.invalid.append((where, self._("unknown suppression comment {comment!r}").format(
                    comment=m.group()) + did_you_mean(m.group(), [f"attrlint-{k}" for k in COMMENT_KINDS], self._)))
                continue
            rest = text[m.end():]
            reason = regex.search(r"(?:^|\s)--(?:\s|$)", rest)
            if reason:
                rest = rest[:reason.start()]
            rest_at = start + m.end()
            if rest.startswith(":"):
                rest, rest_at = rest[1:], rest_at + 1
            directive = Directive(kind, comment.span, self.selectors(rest, rest_at, comment.span))
            if kind == NEXT_LINE:
                directive.line = self.index.position(comment.span.end)[0] + 1
            directives.append(directive)
        return directives

    def front_matter(self) -> list[Directive]:
        if FRONT_MATTER_KEY not in self.doc.front_matter:
            return []
        source = self.doc.source
        end = _FRONT_MATTER_END.search(source, source.find("\n") + 1)
        region_end = end.start() if end else len(source)
        key = _FRONT_MATTER_KEY.search(source, 0, region_end)
        where = Span(key.start(), key.end() - 1) if key else Span(0, 0)
        entry = self.doc.front_matter[FRONT_MATTER_KEY]
        if not isinstance(entry, dict):
            self.invalid.append((where, self._("invalid suppression: front matter {key} must be a map such as "
                                               "{example}").format(key=FRONT_MATTER_KEY,
                                                                   example="{ignore: [FIG001]}")))
            return []
        for unknown in (k for k in entry if k != "ignore"):
            self.invalid.append((where, self._("invalid suppression: unknown key {unknown!r} in front matter "
                                               "{key}").format(unknown=unknown, key=FRONT_MATTER_KEY)
                                 + did_you_mean(unknown, ["ignore"], self._)))
        ignore = entry.get("ignore")
        if ignore is None:
            return []
        if isinstance(ignore, str):
            ignore = [ignore]
        if not isinstance(ignore, list) or not all(isinstance(item, str) for item in ignore):
            self.invalid.append((where, self._("invalid suppression: front matter {key}.ignore must be a list of "
                                               "rule codes or names").format(key=FRONT_MATTER_KEY)))
            return []
        if not ignore:
            return []
        selectors = []
        pos = where.end
        for text in ignore:
            m = regex.search(rf"(?<![\w-]){regex.escape(text)}(?![\w-])", source, pos=pos, endpos=region_end)
            span = Span(m.start(), m.end()) if m else where
            pos = span.end if m else pos
            selectors += self.selectors(text, span.start, span)
        return [Directive(FILE, where, selectors)]


def _suppress(diag: Diagnostic, directives: list[Directive]) -> bool:
    """Whether a directive suppresses ``diag``; the selectors that do are marked used."""
    for directive in directives:
        if directive.kind == FILE or (directive.kind == NEXT_LINE and directive.line == diag.line):
            hits = directive.matching(diag.code)
            if hits:
                for selector in hits:
                    selector.used = True
                return True
    current: list[Selector] = []
    for directive in directives:
        if directive.span.start >= diag.span.start:
            break
        hits = directive.matching(diag.code) if directive.kind in (DISABLE, ENABLE) else []
        if hits:
            current = hits if directive.kind == DISABLE else []
    for selector in current:
        selector.used = True
    return bool(current)


def _unused_message(directive: Directive, selector: Selector, language: str) -> str:
    _ = translation(language).gettext
    named = f" ({selector.text})" if selector.text else ""
    if directive.kind == NEXT_LINE:
        return _("unused suppression{named}: nothing to suppress on line {line}").format(named=named,
                                                                                          line=directive.line)
    return _("unused suppression{named}: nothing to suppress").format(named=named)


def apply_suppressions(result: LintResult, doc: Document | None, policy: FilePolicy) -> None:
    """Remove the diagnostics ``doc`` suppresses from ``result``; add ATL200/ATL201 where due."""
    if doc is None or (not doc.comments and FRONT_MATTER_KEY not in doc.front_matter):
        return  # nowhere to write a directive (most articles): no reader to make
    reader = _Reader(doc, policy.ruleset, translation(policy.language).gettext)
    directives = sorted(reader.front_matter() + reader.comments(), key=lambda d: d.span.start)
    if not directives and not reader.invalid:
        return
    rule_codes = policy.ruleset.rule_codes
    kept = [d for d in result.diagnostics if d.code not in rule_codes or not _suppress(d, directives)]
    found: list[tuple[str, Span, str]] = [(INVALID_SUPPRESSION, span, message) for span, message in reader.invalid]
    for directive in directives:
        if directive.kind == ENABLE:
            continue
        for selector in directive.selectors:
            if not selector.used and selector.codes & policy.enabled:
                found.append((UNUSED_SUPPRESSION, selector.span, _unused_message(directive, selector, policy.language)))
    for code, span, message in found:
        if code in policy.enabled:
            kept.append(make_diagnostic(doc.path, doc.source, reader.index, span, code, INTERNAL_NAMES[code],
                                        message, policy.severities[code], "attrlint"))
    result.diagnostics = sorted(kept, key=Diagnostic.sort_key)
