"""What applies to each linted file: its configuration put to use.

The :class:`Resolver` finds each file's configuration (or the one named by
``--config``, or none with ``--isolated``), builds what it asks for once —
the registry of plugins (shared by configurations with the same plugins),
the rules with their options and severities, the lexicon — and checks
everything that depends on the plugins: rule codes and names, rule
options, agencies. Command-line options apply over every configuration.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, NamedTuple

from .config import Config, ConfigFinder, load_config, suggestion
from .engine import ActiveRule
from .globs import anchor, matches
from .i18n import DEFAULT_LANGUAGE, N_, Phrase, resolve_language
from .model import Severity
from .plugins import PluginError, Registry, RegistrySpec
from .rules import OptionError, RuleInfo
from .runner import DEFAULT_INCLUDE, FileSettings, RunOptions
from .selection import RuleSet, Selection, SelectorError


@dataclass
class Overrides:
    """What the command line sets, over every configuration."""

    config_file: str | None = None
    isolated: bool = False
    selection: Selection = field(default_factory=Selection)
    include: list[str] | None = None
    exclude: list[str] | None = None
    fail_on: Severity | None = None
    max_file_size: int | None = None
    language: str | None = None  # --language


class FilePolicy(NamedTuple):
    """What the filters after the rules need for one file. (A named tuple: a frozen dataclass
    would compile its methods at each start.)"""

    ruleset: RuleSet
    enabled: frozenset[str]  # the codes reported in this file (per-file ignores applied)
    severities: dict[str, Severity]
    fail_on: Severity
    language: str = DEFAULT_LANGUAGE


class Policy(NamedTuple):
    """One configuration put to use. (A named tuple: a dataclass would compile its methods at each start.)"""

    config: Config
    registry: Registry
    ruleset: RuleSet
    enabled: frozenset[str]
    severities: dict[str, Severity]
    fail_on: Severity
    per_file_ignores: list[tuple[tuple[str, ...], frozenset[str]]]
    active: list[ActiveRule]
    lexicon: Any
    options: RunOptions
    language: str = DEFAULT_LANGUAGE

    def ignored(self, path: str) -> frozenset[str]:
        """The codes that ``per-file-ignores`` turns off for ``path``."""
        codes: set[str] = set()
        for patterns, ignored in self.per_file_ignores:
            if matches(path, patterns):
                codes |= ignored
        return frozenset(codes)


def registry_spec(config: Config) -> RegistrySpec:
    """What the plugins of ``config`` are built from: its local plugins (and the folder
    they are relative to) and the plugins it disables."""
    local = bool(config.plugins)
    return RegistrySpec(tuple(config.plugins), str(config.base) if local else None, tuple(config.disable_plugins))


class Resolver:
    """Each file's configuration, and what it builds, cached."""

    def __init__(self, overrides: Overrides, build_registry: Callable[[RegistrySpec], Registry], *,
                 run_options: RunOptions | None = None) -> None:
        self.overrides = overrides
        self._build_registry = build_registry
        self._run_options = run_options or RunOptions()
        self._finder = ConfigFinder()
        self._fixed: Config | None = None
        if overrides.isolated:
            self._fixed = Config()
        elif overrides.config_file:
            self._fixed = load_config(overrides.config_file)
        self._registries: dict[RegistrySpec, Registry] = {}
        self._policies: dict[Path | None, Policy] = {}
        self._options: dict[Path | None, RunOptions] = {}
        self._settings: dict[tuple[Path | None, frozenset[str]], FileSettings] = {}

    # -- configurations --------------------------------------------------------
    def config_for(self, path: str) -> Config:
        """The configuration of ``path``: the nearest one from its folder upwards, or the defaults."""
        if self._fixed is not None:
            return self._fixed
        folder = os.path.dirname(os.path.abspath(path))
        return self._finder.nearest(folder) or Config()

    def configs(self) -> list[Config]:
        """The configurations used so far."""
        return [policy.config for policy in self._policies.values()]

    def rules_checked(self) -> int:
        """How many rules the configurations used so far check, all together."""
        return sum(len(policy.active) for policy in self._policies.values())

    def walk_options(self, path: str) -> RunOptions:
        """The include and exclude patterns for ``path``, without loading any plugin."""
        return self._walk_options(self.config_for(path))

    def _walk_options(self, config: Config) -> RunOptions:
        options = self._options.get(config.path)
        if options is None:
            cwd = Path.cwd()
            over = self.overrides
            include = anchor(over.include, cwd) if over.include is not None else \
                anchor(config.include if config.include is not None else DEFAULT_INCLUDE, config.base)
            exclude = anchor(over.exclude, cwd) if over.exclude is not None else anchor(config.exclude, config.base)
            size = over.max_file_size or config.max_file_size or self._run_options.max_file_size
            options = self._options[config.path] = dataclasses.replace(self._run_options, include=include,
                                                                       exclude=exclude, max_file_size=size)
        return options

    # -- what a configuration builds ----------------------------------------------
    def registry_for(self, config: Config) -> Registry:
        spec = registry_spec(config)
        registry = self._registries.get(spec)
        if registry is None:
            try:
                registry = self._registries[spec] = self._build_registry(spec)
            except PluginError as exc:
                raise config.error(exc.phrase) from None
        return registry

    def policy_for(self, path: str) -> Policy:
        config = self.config_for(path)
        policy = self._policies.get(config.path)
        if policy is None:
            policy = self._policies[config.path] = self._policy(config)
        return policy

    def settings_for(self, path: str) -> FileSettings:
        """The rules, lexicon, readers and options that apply to ``path``."""
        policy = self.policy_for(path)
        ignored = policy.ignored(path)
        key = (policy.config.path, ignored)
        settings = self._settings.get(key)
        if settings is None:
            rules = [active for active in policy.active if active.info.code not in ignored]
            settings = self._settings[key] = FileSettings(rules, policy.lexicon, policy.registry.readers,
                                                          policy.options, policy.language,
                                                          policy.registry.catalogs)
        return settings

    def file_policy(self, path: str) -> FilePolicy:
        policy = self.policy_for(path)
        return FilePolicy(policy.ruleset, policy.enabled - policy.ignored(path), policy.severities, policy.fail_on,
                          policy.language)

    def _policy(self, config: Config) -> Policy:
        registry = self.registry_for(config)
        ruleset = RuleSet(registry)
        layer = Selection(config.select, config.extend_select, config.ignore)
        _check_selectors(config, ruleset, layer, config.severity)
        cli = self.overrides.selection
        known = lambda selectors: [s for s in selectors if ruleset.knows(s)]  # noqa: E731
        cli = Selection(None if cli.select is None else known(cli.select), known(cli.extend_select),
                        known(cli.ignore))
        enabled = ruleset.enabled([layer, cli])
        severities = ruleset.severities_with(config.severity)
        per_file = []
        for glob, selectors in config.per_file_ignores.items():
            codes = _codes(config, ruleset, selectors, "per-file-ignores", glob)
            per_file.append((anchor([glob], config.base), codes))
        instances = _rule_instances(config, registry)
        active = [ActiveRule(info, instances.get(code) or info.rule(), severities[code])
                  for code, info in registry.rules.items() if code in enabled]
        return Policy(config, registry, ruleset, enabled, severities,
                      self.overrides.fail_on or config.fail_on or Severity.WARNING, per_file, active,
                      _lexicon(config, registry), self._walk_options(config),
                      resolve_language(self.overrides.language, config.language))


def _codes(config: Config, ruleset: RuleSet, selectors: list[str], *key: str) -> frozenset[str]:
    try:
        return ruleset.codes(selectors)
    except SelectorError as exc:
        raise config.error(Phrase(N_("{key}: {error}"), key=config.key(*key), error=exc.args[0])) from None


def _check_selectors(config: Config, ruleset: RuleSet, layer: Selection, severity: dict[str, str]) -> None:
    for key, selectors in (("select", layer.select or []), ("extend-select", layer.extend_select),
                           ("ignore", layer.ignore), ("severity", list(severity))):
        _codes(config, ruleset, selectors, key)


def _find_rule(config: Config, registry: Registry, key: str) -> RuleInfo:
    info = registry.rules.get(key.upper()) or next((i for i in registry.rules.values() if i.rule.name == key), None)
    if info is None:
        names = sorted(registry.rules) + sorted(i.rule.name for i in registry.rules.values())
        raise config.error(Phrase(N_("{key}: unknown rule{hint}"), key=config.key("rules", key),
                                  hint=suggestion(key, names)))
    return info


def _rule_instances(config: Config, registry: Registry) -> dict[str, Any]:
    """The rules the configuration gives options to, made with those options."""
    instances = {}
    for key, options in config.rules.items():
        info = _find_rule(config, registry, key)
        known = list(info.rule.options)
        for option in options:
            if option.replace("_", "-") not in known:
                raise config.error(Phrase(N_("{key}: rule {code} ({name}) has no option {option!r} (options: "
                                             "{options}){hint}"), key=config.key("rules", key, option),
                                          code=info.code, name=info.rule.name, option=option,
                                          options=", ".join(known) or Phrase(N_("none")),
                                          hint=suggestion(option, known)))
        try:
            instances[info.code] = info.rule(**options)
        except OptionError as exc:
            raise config.error(Phrase(N_("{key}: {error}"), key=config.key("rules", key), error=exc.args[0])) from None
    return instances


def _lexicon(config: Config, registry: Registry) -> Any:
    """The registry's lexicon with the configuration's words and agencies."""
    additions: dict[str, Any] = dict(config.lexicon)
    agencies = config.agencies
    additions["wire-agencies"] = agencies.get("wire", {})
    additions["state-agencies"] = agencies.get("state", {})
    plugin_lexicon = registry.plugin_lexicon
    known = {a.lower(): a for a in (*plugin_lexicon.wire_agencies, *plugin_lexicon.state_agencies,
                                    *additions["wire-agencies"], *additions["state-agencies"])}
    for key in ("require-credit", "extend-require-credit"):
        if key in agencies:
            additions[key] = [_agency(config, known, key, name) for name in agencies[key]]
    verbs = additions.pop("speech-verbs", [])
    lexicon = registry.lexicon(additions)
    for verb in verbs:
        try:
            lexicon.add_speech_verb(verb)
        except ValueError:  # the lexicon conjugates regular verbs only
            raise config.error(Phrase(N_("{key}: cannot conjugate {verb!r}: only regular -er and -ir verbs can be "
                                         "added from the configuration (a plugin's attrlint_lexicon hook can give "
                                         "the forms of others)"), key=config.key("lexicon", "speech-verbs"),
                                      verb=verb)) from None
    return lexicon


def _agency(config: Config, known: dict[str, str], key: str, name: str) -> str:
    agency = known.get(name.lower())
    if agency is None:
        raise config.error(Phrase(N_("{key}: unknown agency {name!r}{hint}; add it under agencies.wire or "
                                     "agencies.state"), key=config.key("agencies", key), name=name,
                                  hint=suggestion(name, sorted(known.values()))))
    return agency
