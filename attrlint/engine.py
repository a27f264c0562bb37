"""The engine: read → analyse → run rules → diagnostics with positions.

Each rule runs isolated: an exception, a check that runs past its time
limit, or a result that is not a list of violations within the document
becomes an internal-error diagnostic naming the plugin, the rule and the
file; the other rules still run.
"""
from __future__ import annotations

import contextlib
import functools
import gc
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from .i18n import english
from .model import KEEP_TOKENS_MAX, AnalysedDocument, Diagnostic, Document, Severity, Span
from .rules import Rule, RuleInfo, Violation
from .timelimit import Outcome, TimeLimitExceeded, run_all_with_time_limit, time_not_counted

# Codes of attrlint's own diagnostics (not rules): they cannot be selected
# away, since they say a file or a plugin was not checked as asked; only
# those about suppression comments (ATL2xx) can.
RULE_ERROR = "ATL001"
RULE_GARBAGE = "ATL002"
RULE_TIMEOUT = "ATL003"
READ_ERROR = "ATL100"
LEGACY_ENCODING = "ATL101"
UNUSED_SUPPRESSION = "ATL200"
INVALID_SUPPRESSION = "ATL201"

INTERNAL_NAMES = {
    RULE_ERROR: "plugin-error",
    RULE_GARBAGE: "plugin-malformed-result",
    RULE_TIMEOUT: "plugin-timeout",
    READ_ERROR: "read-error",
    LEGACY_ENCODING: "legacy-encoding",
    UNUSED_SUPPRESSION: "unused-suppression",
    INVALID_SUPPRESSION: "invalid-suppression",
}


class ActiveRule(NamedTuple):
    """A rule instance with the severity it reports at in this run. (A named tuple: a dataclass
    would compile its methods at each start.)"""

    info: RuleInfo
    instance: Rule
    severity: Severity


@dataclass
class LintResult:
    """What linting one file gave: its diagnostics, and whether it could be checked fully."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: bool = False  # the file or a plugin could not be checked fully
    tracebacks: list[str] = field(default_factory=list)
    # Whether the file may hold suppressions (markup comments, front matter).
    # When it cannot, what comes after the rules needs only its text, not its
    # blocks: a process that did not lint it does not read it again.
    directives: bool = True
    # The map of the file's sources as JSON text (attrlint.sources.ArticleSources.to_json),
    # when the run asks for it: one string per file to send back from a worker and keep.
    sources: str | None = None


class LineIndex:
    """Offsets → 1-based (line, column) in characters of the source."""

    def __init__(self, source: str) -> None:
        self.starts = [0]
        find = source.find
        pos = find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def make_diagnostic(path: str, source: str, index: LineIndex, span: Span, code: str, name: str, message: str,
                    severity: Severity, plugin: str) -> Diagnostic:
    line, col = index.position(span.start)
    end_line, end_col = index.position(span.end)
    return Diagnostic(path=path, code=code, name=name, message=message, span=span, severity=severity, plugin=plugin,
                      line=line, column=col, end_line=end_line, end_column=end_col,
                      excerpt=source[span.start:span.end])


def run_rules(ad: AnalysedDocument, rules: Iterable[ActiveRule], *, rule_timeout: float | None = None,
              guard: Callable[[Callable[[], Any]], Any] | None = None,
              gettext: Callable[[str], str] = english) -> LintResult:
    """Run each rule on the analysed document, isolating failures.

    Each rule's check gets at most ``rule_timeout`` seconds (no limit when
    None); ``guard(call)``, if given, runs each check instead. A rule that
    raises, runs out of time or returns something other than violations
    inside the document becomes an ATL001, ATL003 or ATL002 diagnostic
    naming its plugin; its traceback, or where it hung, goes to
    ``tracebacks``. ``gettext`` translates the messages (English by default).
    """
    rules = list(rules)
    if guard is not None:
        calls = [functools.partial(_collect, active.instance, ad) for active in rules]
        return _results([ad], rules, [_guarded(guard, call) for call in calls], gettext)[0]
    return run_rules_of_many([ad], rules, rule_timeout=rule_timeout, gettext=gettext)[0]


# Callers hand the rules of their documents to the thread that runs them under
# the time limit together, up to this many documents or characters: one hand-off
# (two thread switches, some 0.15 ms) for the group instead of one per document.
GROUP_FILES = 32
GROUP_CHARS = 200_000


def run_rules_of_many(ads: list[AnalysedDocument], rules: list[ActiveRule], *, rule_timeout: float | None = None,
                      gettext: Callable[[str], str] = english) -> list[LintResult]:
    """:func:`run_rules` on each document of ``ads``, in order, with one hand-off of all
    their calls to the thread that runs them under the time limit (a hand-off costs two
    thread switches, more than a short article's rules take)."""
    if rule_timeout:
        for ad in ads:
            if ad.tokenizer is not None and not ad.has_tokens:
                ad.tokenizer = _off_the_clock(ad.tokenizer)
    calls = [functools.partial(_collect, active.instance, ad) for ad in ads for active in rules]
    return _results(ads, rules, run_all_with_time_limit(calls, rule_timeout), gettext)


def _off_the_clock(tokenizer: Callable[[Document], list]) -> Callable[[Document], list]:
    """``tokenizer``, whose time is not counted against the rule that first asks for the tokens:
    they are the analysis's work (made at once for a file the analysis did not keep them for, up
    to a fifth of its time; a longer file's are made block by block, off the clock too)."""
    def tokens_of(document: Document) -> list:
        with time_not_counted():
            return tokenizer(document)
    return tokens_of


def run_rules_of_each(ads: list[AnalysedDocument], rules: list[ActiveRule], *, rule_timeout: float | None = None,
                      gettext: Callable[[str], str] = english) -> list[LintResult | Exception]:
    """:func:`run_rules_of_many`, or, when it fails outside the rules' isolation, :func:`run_rules`
    on each document on its own: each document's result, or the exception its own call raised."""
    try:
        return list(run_rules_of_many(ads, rules, rule_timeout=rule_timeout, gettext=gettext))
    except Exception:  # each document on its own: one document's failure is not the others'
        pass
    results: list[LintResult | Exception] = []
    for ad in ads:
        try:
            results.append(run_rules(ad, rules, rule_timeout=rule_timeout, gettext=gettext))
        except Exception as exc:
            results.append(exc)
    return results


def _results(ads: list[AnalysedDocument], rules: list[ActiveRule], outcomes: list[Outcome],
             gettext: Callable[[str], str]) -> list[LintResult]:
    """Each document's result from the outcomes of its rules (``rules`` for each document in turn)."""
    results = []
    for k, ad in enumerate(ads):
        doc = ad.document
        result = LintResult(doc.path)
        index = LineIndex(doc.source)
        for active, outcome in zip(rules, outcomes[k * len(rules):(k + 1) * len(rules)]):
            _record(result, doc, index, active, outcome, gettext)
        results.append(result)
    return results


def _record(result: LintResult, doc: Document, index: LineIndex, active: ActiveRule, outcome: Outcome,
            _: Callable[[str], str]) -> None:
    """What one rule gave: its diagnostics, or the attrlint diagnostic saying how it failed."""
    info = active.info
    if outcome.timeout is None and outcome.error is None and isinstance(outcome.value, list) and not outcome.value:
        return  # nothing to record (most rules, in most files): not even the label of the rule to make
    label = _("rule {code} ({name}) of plugin {plugin}").format(code=info.code, name=info.rule.name,
                                                                plugin=info.plugin)
    if outcome.timeout is not None:
        timeout = outcome.timeout
        result.error = True
        result.tracebacks.append(
            f"{doc.path}: {label} was still running here after {timeout.seconds:g} s:\n{timeout.stack}")
        result.diagnostics.append(_internal(
            doc, index, RULE_TIMEOUT,
            _("{rule} did not finish on this file: {error}").format(rule=label, error=timeout), info.plugin))
        return
    if isinstance(outcome.error, _Malformed):
        result.error = True
        result.diagnostics.append(_internal(doc, index, RULE_GARBAGE, f"{label} {outcome.error}", info.plugin))
        return
    if outcome.error is not None:
        exc = outcome.error
        result.error = True
        import traceback  # only for a rule that crashed

        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        result.tracebacks.append(f"{doc.path}: {label} crashed:\n{trace}")
        result.diagnostics.append(_internal(
            doc, index, RULE_ERROR, _("{rule} crashed on this file: {error}").format(
                rule=label, error=f"{type(exc).__name__}: {exc}"), info.plugin))
        return
    valid, malformed = _sort_out(outcome.value, len(doc.source))
    default = info.rule.message or info.rule.summary
    for item in valid:
        message = _(item.message or default)
        if item.params:
            message = _filled(message, item.params)
        result.diagnostics.append(make_diagnostic(
            doc.path, doc.source, index, doc.source_span(item.span), info.code, info.rule.name,
            message, active.severity, info.plugin))
    if malformed:
        result.error = True
        more = _(" (and {count} more)").format(count=len(malformed) - 1) if len(malformed) > 1 else ""
        result.diagnostics.append(_internal(
            doc, index, RULE_GARBAGE,
            _("{rule} returned {value}{more}, not a Violation with a span inside the file").format(
                rule=label, value=_short(malformed[0]), more=more),
            info.plugin))


def _filled(message: str, params: Any) -> str:
    """``message`` with its placeholders filled; as it is when they do not match (a translation's typo)."""
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return message


def _guarded(guard: Callable[[Callable[[], Any]], Any], call: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(value=guard(call))
    except TimeLimitExceeded as exc:
        return Outcome(timeout=exc)
    except (Exception, SystemExit) as exc:  # a plugin's sys.exit() must not end the run either
        return Outcome(error=exc)


class _Malformed(Exception):
    """A rule's check returned something that is not an iterable of violations."""


def _collect(rule: Rule, ad: AnalysedDocument) -> list[Any]:
    """Everything ``rule.check`` yields (run inside the guard: generators do their work here)."""
    produced = rule.check(ad)
    if produced is None:
        return []
    if isinstance(produced, (str, bytes, Violation, Span)) or not hasattr(produced, "__iter__"):
        raise _Malformed(f"returned {_short(produced)}, not an iterable of violations")
    return list(produced)


def _sort_out(produced: list[Any], length: int) -> tuple[list[Violation], list[Any]]:
    """Well-formed violations, and the rest."""
    valid: list[Violation] = []
    malformed: list[Any] = []
    for item in produced:
        ok = (isinstance(item, Violation) and isinstance(item.span, Span)
              and all(isinstance(v, int) and not isinstance(v, bool) for v in (item.span.start, item.span.end))
              and 0 <= item.span.start <= item.span.end <= length
              and (item.message is None or isinstance(item.message, str))
              and isinstance(item.params, Mapping))
        (valid if ok else malformed).append(item)
    return valid, malformed


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _internal(doc: Document, index: LineIndex, code: str, message: str, plugin: str = "attrlint") -> Diagnostic:
    return make_diagnostic(doc.path, doc.source, index, Span(0, 0), code, INTERNAL_NAMES[code], message,
                           Severity.ERROR, plugin)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The analysis makes millions of objects and no cycles: the cycle collector's
    passes over them would only cost time (a sixth of it on a large file).

    A caller pauses it until the analysis is let go: resumed while the analysis
    lives, the collector would go over all of it once more (a twentieth of the
    time of a short article)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def lint_document(doc: Document, rules: list[ActiveRule], lexicon, *, framing_reach: int | None = None,
                  rule_timeout: float | None = None, guard: Callable | None = None,
                  gettext: Callable[[str], str] = english, source_map: bool = False) -> LintResult:
    """Analyse ``doc`` and run ``rules`` on it; with ``source_map``, the result carries
    the map of the document's sources too (:mod:`attrlint.sources`)."""
    with collector_paused():  # until the analysis goes, with the frame of the call below
        return _lint_document(doc, rules, lexicon, framing_reach=framing_reach, rule_timeout=rule_timeout,
                              guard=guard, gettext=gettext, source_map=source_map)


def _lint_document(doc: Document, rules: list[ActiveRule], lexicon, *, framing_reach: int | None,
                   rule_timeout: float | None, guard: Callable | None, gettext: Callable[[str], str],
                   source_map: bool) -> LintResult:
    ad = analyse_document(doc, lexicon, framing_reach=framing_reach, source_map=source_map)
    result = run_rules(ad, rules, rule_timeout=rule_timeout, guard=guard, gettext=gettext)
    return finish_result(ad, result, source_map=source_map)


def analyse_document(doc: Document, lexicon, *, framing_reach: int | None = None,
                     source_map: bool = False) -> AnalysedDocument:
    """The analysis :func:`lint_document` makes of ``doc``."""
    from .analysis import analyse  # imported on first use: cached runs and other commands never need it

    kwargs = {} if framing_reach is None else {"framing_reach": framing_reach}
    with collector_paused():
        # The map reads tokens again, and so do some rules: an article's are kept (quicker),
        # a long file's are made again block by block (its tokens would not fit in memory at once).
        keep_tokens = (source_map or _rules_read_tokens) and len(doc.source) <= KEEP_TOKENS_MAX
        ad = analyse(doc, lexicon, keep_tokens=keep_tokens, **kwargs)
        if not keep_tokens and ad.tokenizer is not None:
            ad.tokenizer = _noting_rules_read(ad.tokenizer)
        return ad


# Whether the rules have read the tokens of a document the analysis had not kept them for
# (made again, they cost as much as a fifth of the rest): the next ones are kept. Most runs'
# rules never read them, and then the analysis lets each block's tokens go.
_rules_read_tokens = False


def _noting_rules_read(tokenizer: Callable[[Document], list]) -> Callable[[Document], list]:
    def tokens_of(document: Document) -> list:
        global _rules_read_tokens
        _rules_read_tokens = True
        return tokenizer(document)
    return tokens_of


def finish_result(ad: AnalysedDocument, result: LintResult, *, source_map: bool = False) -> LintResult:
    """``result`` of the rules on ``ad`` with its diagnostics in order, and the map of sources when asked."""
    doc = ad.document
    result.diagnostics.sort(key=Diagnostic.sort_key)
    if source_map:
        from .sources import source_map as map_of_sources

        try:
            with collector_paused():
                result.sources = map_of_sources(ad).to_json()
        except Exception:  # the map is an extra: its failure costs the file its map, not its diagnostics
            import traceback  # only for a map that failed

            result.tracebacks.append(f"{doc.path}: the map of sources failed:\n{traceback.format_exc()}")
    return result
