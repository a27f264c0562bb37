"""Testing rules in a few lines.

Mark in the test text, between ``[[`` and ``]]``, exactly what the rule must
report; :func:`assert_flags` lints the text with the rule and fails with a
readable difference unless the rule reports those spans and nothing else::

    from attrlint.testing import assert_flags

    def test_no_rumour():
        assert_flags("Une [[rumeur]] court dans les couloirs.", NoRumour)
        assert_flags("Une nouvelle court dans les couloirs.", NoRumour)  # nothing marked: nothing reported

A marker may name the code it expects, for plugins with several rules:
``[[HOU002:porte-parole]]``. What is tested is a Rule class, a plugin (a
module or object with hooks), or a rule code or name already installed.

A test text with no blank line is the body of an article: it is linted
under a title line, since titles are checked differently from paragraphs.
A text with a blank line is a whole article, its first line the title.

Cases can also be data, as in SQLFluff's rule tests: a TOML or YAML file
names the rule and holds named cases with a ``pass_str`` or a ``fail_str``
(and optional ``options`` and ``path``)::

    rule = "SRC001"

    [plural-sources]
    fail_str = "Selon [[des sources]], le ministre va démissionner."

    [named-source]
    pass_str = "Selon le ministère de l'Intérieur, le ministre va démissionner."

:func:`load_cases` reads such files (or a folder of them) and
:func:`example_cases` turns every rule's ``examples`` into cases; each case's
:meth:`RuleCase.check` runs it::

    @pytest.mark.parametrize("case", load_cases(Path(__file__).parent / "cases"), ids=str)
    def test_rule_case(case):
        case.check()

A plugin that ships translations (``attrlint_locale_dir``) checks that
every text of its rules is in each of its catalogs::

    def test_every_text_is_translated():
        assert untranslated(my_plugin) == []
"""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from . import hookimpl
from .api import lint_string
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, LOCALE_DIR, load_catalog
from .model import Diagnostic, Span
from .plugins import BUILTIN_PACKAGE, Registry, build_registry, load_local_plugin
from .rules import CODE_RE, Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

OPEN, CLOSE = "[[", "]]"
TITLE = "Article de test"
_WRAPPED_SUFFIXES = (".txt", ".text", ".md", ".markdown")

Target = Any  # a Rule subclass, a plugin object or module, or a rule code or name


# -- markers --------------------------------------------------------------------

@dataclass(frozen=True)
class Mark:
    """A span the test expects a rule to report, and optionally its code."""

    span: Span
    text: str
    code: str | None = None



def parse_marks(marked: str) -> tuple[str, list[Mark]]:
    """The text without its ``[[…]]`` markers, and the spans they marked."""
    out: list[str] = []
    marks: list[Mark] = []
    length = 0
    pos = 0
    while True:
        start = marked.find(OPEN, pos)
        if start < 0:
            out.append(marked[pos:])
            break
        end = marked.find(CLOSE, start + len(OPEN))
        if end < 0:
            raise ValueError(f"unclosed {OPEN} at {start} in {marked!r}")
        before = marked[pos:start]
        inner = marked[start + len(OPEN):end]
        if OPEN in inner:
            raise ValueError(f"nested {OPEN} at {start} in {marked!r}")
        code = None
        head, sep, rest = inner.partition(":")
        if sep and CODE_RE.match(head):
            code, inner = head, rest
        out.append(before)
        length += len(before)
        marks.append(Mark(Span(length, length + len(inner)), inner, code))
        out.append(inner)
        length += len(inner)
        pos = end + len(CLOSE)
    return "".join(out), marks


def as_article(text: str, path: str = "article.txt") -> tuple[str, int]:
    """The article a test text stands for, and where the text starts in it.

    A text with no blank line, in a plain-text or Markdown file, is put
    under a title line.
    """
    if "\n\n" in text.replace("\r\n", "\n") or not path.lower().endswith(_WRAPPED_SUFFIXES):
        return text, 0
    head = f"{TITLE}\n\n"
    return head + text, len(head)


def show_marks(text: str, spans: Iterable[tuple[Span, str | None]]) -> str:
    """``text`` with ``[[…]]`` around each span (``[[CODE:…]]`` when a code is given)."""
    inserts: list[tuple[int, int, str]] = []
    for span, code in spans:
        inserts.append((span.start, 1, OPEN + (f"{code}:" if code else "")))
        inserts.append((span.end, 0, CLOSE))
    out = text
    for offset, _, mark in sorted(inserts, key=lambda i: (i[0], i[1]), reverse=True):
        out = out[:offset] + mark + out[offset:]
    return out


# -- what is tested ---------------------------------------------------------------

class RulesPlugin:
    """A plugin made of Rule classes, for testing rules that no plugin registers yet."""

    def __init__(self, rules: Sequence[type[Rule]]) -> None:
        self.rules = list(rules)
        self.__name__ = "test-rules:" + ",".join(r.code for r in self.rules)

    @hookimpl
    def attrlint_rules(self) -> list[type[Rule]]:
        return self.rules


class RuleTester:
    """Lints test texts with the rules under test, and compares what they report.

    ``targets`` are Rule classes, plugins (modules or objects with hooks, which
    are registered beside the installed plugins), or the codes or names of
    installed rules. ``plugins`` (plugin objects or Rule classes) are
    registered too, without testing all their rules: where a rule named by
    its code comes from. With no target, the rules on by default are tested.
    """

    def __init__(self, *targets: Target, plugins: Iterable[object] = (), options: Mapping[str, Any] | None = None,
                 path: str = "article.txt") -> None:
        tested_rules = [t for t in targets if _is_rule(t)]
        tested_plugins = [t for t in targets if not isinstance(t, (str, type))]
        selectors = [t for t in targets if isinstance(t, str)]
        registered = [*tested_plugins, *(p for p in plugins if not _is_rule(p))]
        rule_classes = tuple(dict.fromkeys([*tested_rules, *(p for p in plugins if _is_rule(p))]))
        if rule_classes:
            registered.append(_rules_plugin(rule_classes))
        self.registry, self._lexicon = _loaded(tuple(registered))
        self.codes = self._codes(tested_rules, tested_plugins, selectors)
        self.path = path
        self.options = options or {}

    def _codes(self, rule_classes: list[type[Rule]], plugins: list[object], selectors: list[str]) -> list[str]:
        registry = self.registry
        codes = [r.code for r in rule_classes]
        for plugin in plugins:
            name = registry.manager.get_name(plugin)
            found = [c for c, info in registry.rules.items() if info.plugin == name]
            if not found:
                raise ValueError(f"plugin {name or plugin!r} registers no rule")
            codes += found
        for selector in selectors:
            found = [c for c, info in registry.rules.items() if c == selector.upper() or info.rule.name == selector]
            if not found:
                raise ValueError(f"no installed rule {selector!r} (rules: {', '.join(registry.rules)})")
            codes += found
        if not (rule_classes or plugins or selectors):
            codes = [c for c, info in registry.rules.items() if info.rule.enabled_by_default]
        return list(dict.fromkeys(codes))

    def settings(self, options: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
        """Rule settings by code: ``options`` keyed by code, or the options of the single rule tested."""
        merged = {**self.options, **(options or {})}
        if not merged:
            return {}
        if all(CODE_RE.match(k) for k in merged):
            return {k: dict(v) for k, v in merged.items()}
        if len(self.codes) != 1:
            raise ValueError(f"options for several rules ({', '.join(self.codes)}) must be keyed by rule code")
        return {self.codes[0]: dict(merged)}

    def lint(self, text: str, *, options: Mapping[str, Any] | None = None, path: str | None = None) -> list[Diagnostic]:
        """The diagnostics of the tested rules (and attrlint's own, ATL…) on an article."""
        return lint_string(text, path or self.path, select=self.codes, registry=self.registry,
                           settings=self.settings(options), lexicon=self._lexicon)

    def assert_flags(self, marked: str, *, options: Mapping[str, Any] | None = None,
                     path: str | None = None) -> list[Diagnostic]:
        """Assert the rules report exactly the ``[[…]]`` spans of ``marked``; return the diagnostics."""
        path = path or self.path
        body, marks = parse_marks(marked)
        article, offset = as_article(body, path)
        expected = [Mark(Span(m.span.start + offset, m.span.end + offset), m.text, m.code) for m in marks]
        diagnostics = self.lint(article, options=options, path=path)
        problems = _compare(expected, diagnostics, self.codes)
        if problems:
            raise AssertionError(_report(problems, article, expected, diagnostics, self.codes))
        return diagnostics

    def assert_fires(self, text: str, *, options: Mapping[str, Any] | None = None,
                     path: str | None = None) -> list[Diagnostic]:
        """Assert the rules report something (anywhere) in ``text``, and nothing goes wrong."""
        path = path or self.path
        article, _ = as_article(text, path)
        diagnostics = self.lint(article, options=options, path=path)
        broken = [d for d in diagnostics if d.code.startswith("ATL")]
        if broken or not diagnostics:
            problem = "a plugin failed" if broken else f"{', '.join(self.codes)} reported nothing"
            raise AssertionError(_report([problem], article, [], diagnostics, self.codes))
        return diagnostics


def _is_rule(target: object) -> bool:
    return isinstance(target, type) and issubclass(target, Rule)


# Loading plugins and building the lexicon take milliseconds: once per set of plugins under test.
_LOADED: dict[tuple[object, ...], tuple[Registry, Any]] = {}
_RULES_PLUGINS: dict[tuple[type[Rule], ...], RulesPlugin] = {}


def _rules_plugin(rules: tuple[type[Rule], ...]) -> RulesPlugin:
    if rules not in _RULES_PLUGINS:
        _RULES_PLUGINS[rules] = RulesPlugin(rules)
    return _RULES_PLUGINS[rules]


def _loaded(plugins: tuple[object, ...]) -> tuple[Registry, Any]:
    """The registry and lexicon with ``plugins`` registered beside the installed ones."""
    try:
        hash(plugins)
    except TypeError:  # an unhashable plugin object: no caching
        registry = build_registry(plugins=plugins)
        return registry, registry.lexicon()
    if plugins not in _LOADED:
        registry = build_registry(plugins=plugins)
        _LOADED[plugins] = registry, registry.lexicon()
    return _LOADED[plugins]


def _compare(expected: list[Mark], diagnostics: list[Diagnostic], codes: list[str]) -> list[str]:
    problems = [f"attrlint reported {d.code} ({d.name}): {d.message}" for d in diagnostics
                if d.code.startswith("ATL")]
    found = [d for d in diagnostics if not d.code.startswith("ATL")]
    unmatched = list(found)
    for mark in expected:
        hit = next((d for d in unmatched if d.span == mark.span and (mark.code is None or d.code == mark.code)), None)
        if hit is None:
            code = mark.code or " or ".join(codes)
            problems.append(f"missing: {code} at {mark.span.start}-{mark.span.end} {mark.text!r}")
        else:
            unmatched.remove(hit)
    problems += [f"unexpected: {d.code} at {d.start}-{d.end} {d.excerpt!r}" for d in unmatched]
    return problems


def _report(problems: list[str], article: str, expected: list[Mark], diagnostics: list[Diagnostic],
            codes: list[str]) -> str:
    got = show_marks(article, [(d.span, d.code) for d in diagnostics if not d.code.startswith("ATL")])
    lines = [f"rule test of {', '.join(codes)} failed:", *(f"  {p}" for p in problems),
             "expected:", _indent(show_marks(article, [(m.span, m.code) for m in expected])),
             "reported:", _indent(got)]
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.splitlines())


# -- one-call helpers -----------------------------------------------------------------

def lint(text: str, *targets: Target, options: Mapping[str, Any] | None = None,
         path: str = "article.txt") -> list[Diagnostic]:
    """Diagnostics of the ``targets`` rules on ``text`` (an article, linted as given)."""
    return RuleTester(*targets, options=options, path=path).lint(text)


def assert_flags(marked: str, *targets: Target, options: Mapping[str, Any] | None = None,
                 path: str = "article.txt") -> list[Diagnostic]:
    """Assert the ``targets`` rules report exactly the ``[[…]]`` spans of ``marked`` (none if unmarked)."""
    return RuleTester(*targets, options=options, path=path).assert_flags(marked)


def assert_fires(text: str, *targets: Target, options: Mapping[str, Any] | None = None,
                 path: str = "article.txt") -> list[Diagnostic]:
    """Assert the ``targets`` rules report something in ``text``."""
    return RuleTester(*targets, options=options, path=path).assert_fires(text)


# -- cases as data -------------------------------------------------------------------

CASE_KEYS = {"pass_str", "fail_str", "options", "path", "note"}


@dataclass
class RuleCase:
    """One test case for one rule: a text that must pass or must fail.

    A failing text with ``[[…]]`` markers must be reported at exactly those
    spans; without markers, anywhere.
    """

    id: str
    rule: str
    text: str
    fails: bool
    options: dict[str, Any] = field(default_factory=dict)
    path: str = "article.txt"
    origin: str = ""

    def __str__(self) -> str:
        return self.id

    def check(self, *plugins: object) -> list[Diagnostic]:
        """Run the case; ``plugins`` (plugin objects or Rule classes) provide the rule if it is not installed."""
        tester = RuleTester(self.rule, plugins=plugins, options=self.options, path=self.path)
        where = f" ({self.origin})" if self.origin else ""
        try:
            if self.fails and OPEN not in self.text:
                return tester.assert_fires(self.text)
            return tester.assert_flags(self.text)
        except AssertionError as exc:
            raise AssertionError(f"case {self.id}{where}: {exc}") from None


def load_cases(*paths: str | Path) -> list[RuleCase]:
    """The cases of TOML or YAML case files, or of every such file in a folder."""
    cases: list[RuleCase] = []
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.iterdir() if p.suffix in (".toml", ".yml", ".yaml")) if path.is_dir() else [path]
        for file in files:
            cases += _cases_of(file, _read_case_file(file))
    return cases


def _read_case_file(file: Path) -> dict[str, Any]:
    text = file.read_text(encoding="utf-8")
    if file.suffix == ".toml":
        return tomllib.loads(text)
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is a test dependency
        raise RuntimeError(f"{file}: reading YAML case files needs PyYAML (pip install PyYAML)") from None
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{file}: a case file is a mapping with a 'rule' key and named cases")
    return data


def _cases_of(file: Path, data: dict[str, Any]) -> list[RuleCase]:
    rule = data.get("rule")
    if not isinstance(rule, str):
        raise ValueError(f"{file}: the 'rule' key (the code or name of the rule under test) is missing")
    cases = []
    for name, spec in data.items():
        if name == "rule":
            continue
        if not isinstance(spec, dict):
            raise ValueError(f"{file}: case {name!r} must be a table of {', '.join(sorted(CASE_KEYS))}")
        unknown = set(spec) - CASE_KEYS
        if unknown:
            raise ValueError(f"{file}: case {name!r} has unknown keys {sorted(unknown)} "
                             f"(keys: {', '.join(sorted(CASE_KEYS))})")
        if ("pass_str" in spec) == ("fail_str" in spec):
            raise ValueError(f"{file}: case {name!r} needs exactly one of pass_str and fail_str")
        fails = "fail_str" in spec
        text = spec["fail_str" if fails else "pass_str"]
        if not fails and OPEN in text:
            raise ValueError(f"{file}: case {name!r} is a pass_str with {OPEN}…{CLOSE} markers")
        cases.append(RuleCase(f"{rule}:{file.stem}:{name}", rule, text, fails, dict(spec.get("options", {})),
                              spec.get("path", "article.txt"), str(file.name)))
    return cases


def example_cases(registry: Registry | None = None, *, folder: str | Path | None = None) -> list[RuleCase]:
    """Every registered rule's examples as cases: each bad text must fire the rule, each good one must not.

    Without ``registry``, the rules are those installed and those the
    configuration of ``folder`` (the current folder by default) loads from
    its ``plugins`` key, as ``attrlint check`` would run them there.
    """
    registry = registry or _configured_registry(Path(folder) if folder is not None else Path.cwd())
    cases = []
    for code, info in registry.rules.items():
        for i, example in enumerate(info.rule.examples, 1):
            cases.append(RuleCase(f"{code}:example-{i}:bad", code, example.bad, True, origin=info.plugin))
            cases.append(RuleCase(f"{code}:example-{i}:good", code, example.good, False, origin=info.plugin))
    return cases


def _configured_registry(folder: Path) -> Registry:
    """The plugins ``attrlint check`` loads in ``folder``: installed ones and the configuration's local ones."""
    from .config import Config, ConfigFinder
    from .settings import registry_spec

    return registry_spec(ConfigFinder().nearest(folder) or Config()).build()


def plugin_from_file(path: str | Path) -> types.ModuleType:
    """Import a local plugin file the way the configuration's ``plugins`` key does."""
    module, _ = load_local_plugin(str(Path(path).resolve()), None)
    return module  # type: ignore[return-value]


# -- translations -----------------------------------------------------------------

def untranslated(plugin: object, *, languages: Iterable[str] | None = None) -> list[str]:
    """The texts of ``plugin``'s rules that a language it declares has no translation for.

    A plugin declares a language by shipping a catalog for it (see the
    ``attrlint_locale_dir`` hook); English is the texts themselves. Each
    rule's summary, message, other ``messages``, explanation and option
    help must be in the catalog, translated. attrlint's own plugins use
    attrlint's catalog. With ``languages``, each of them must have a
    catalog. Each problem reads ``"SRC001 message (fr): 'Vague source…'"``.
    """
    registry = build_registry(plugins=[plugin], entry_points=False)
    module = getattr(plugin, "__name__", "") or type(plugin).__module__
    folders = (str(LOCALE_DIR),) if module.split(".", 1)[0] == BUILTIN_PACKAGE else registry.catalogs
    wanted = [lang for lang in (languages or LANGUAGES) if lang != DEFAULT_LANGUAGE]
    problems = []
    for language in wanted:
        catalogs = [c for c in (load_catalog(folder, language) for folder in folders) if c is not None]
        if not catalogs:
            if languages is not None:
                problems.append(f"no catalog for {language!r} (attrlint_locale_dir)")
            continue
        for code, info in registry.rules.items():
            for what, text in _rule_texts(info.rule):
                # A .mo holds translated texts only: an empty translation is not there.
                if not any(text in catalog._catalog for catalog in catalogs):  # type: ignore[attr-defined]
                    problems.append(f"{code} {what} ({language}): {text[:60]!r}")
    return problems


def _rule_texts(rule: type[Rule]) -> list[tuple[str, str]]:
    texts = [("summary", rule.summary), ("message", rule.message)]
    texts += [(f"messages[{i}]", text) for i, text in enumerate(rule.messages)]
    texts += [("explanation", rule.explanation)]
    texts += [(f"option {key} help", option.help) for key, option in rule.options.items()]
    return [(what, text) for what, text in texts if isinstance(text, str) and text.strip()]
