"""Plugin discovery: the pluggy manager, and what the plugins registered.

Installed distributions register under the ``attrlint`` entry-point group
(the built-in rules and formats do too); local plugin modules or files come
from the configuration's ``plugins`` key.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import pluggy

from . import hookspecs
from .lexicon import Lexicon, load_default_lexicon
from .rules import Rule, RuleInfo

ENTRY_POINT_GROUP = "attrlint"


class PluginError(Exception):
    """A plugin that cannot be loaded or that breaks the contract."""


@dataclass
class PluginInfo:
    name: str
    origin: str  # "entry point", "local", "builtin"
    version: str = ""
    location: str = ""
    rules: list[str] = field(default_factory=list)


@dataclass
class Registry:
    """Everything the plugins registered, resolved once per run."""

    manager: pluggy.PluginManager
    rules: dict[str, RuleInfo]
    formats: dict[str, Callable]
    readers: dict[str, Callable]
    plugins: list[PluginInfo]

    def lexicon(self, additions: dict[str, Any] | None = None) -> Lexicon:
        lex = load_default_lexicon()
        self.manager.hook.attrlint_lexicon(lexicon=lex)
        if additions:
            apply_lexicon_config(lex, additions)
        return lex


def apply_lexicon_config(lex: Lexicon, additions: dict[str, Any]) -> None:
    """Lexicon additions from configuration: speech verbs, source nouns, channels, agencies."""
    for verb in additions.get("speech-verbs", []):
        lex.add_speech_verb(verb)
    for noun in additions.get("source-nouns", []):
        lex.add_source_noun(noun)
    for noun in additions.get("channels", []):
        lex.add_channel(noun)
    for agency_id, names in additions.get("wire-agencies", {}).items():
        lex.add_agency(agency_id, names or [agency_id], wire=True)
    for agency_id, names in additions.get("state-agencies", {}).items():
        lex.add_agency(agency_id, names or [agency_id], wire=False)
    if "require-credit" in additions:
        wanted = set(additions["require-credit"])
        lex.credit_required = {a for a in wanted}
    for agency_id in additions.get("extend-require-credit", []):
        lex.credit_required.add(agency_id)


def _plugin_name(manager: pluggy.PluginManager, plugin: object) -> str:
    return manager.get_name(plugin) or getattr(plugin, "__name__", repr(plugin))


def _load_local(spec: str, base: Path | None) -> object:
    """A local plugin: a module name importable from ``base``, or a .py file."""
    if spec.endswith(".py") or "/" in spec or "\\" in spec:
        path = Path(spec)
        if not path.is_absolute() and base is not None:
            path = base / path
        if not path.is_file():
            raise PluginError(f"local plugin file not found: {path}")
        name = f"attrlint_local_{path.stem}"
        module_spec = importlib.util.spec_from_file_location(name, path)
        if module_spec is None or module_spec.loader is None:
            raise PluginError(f"cannot import local plugin {path}")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module
        module_spec.loader.exec_module(module)
        return module
    if base is not None and str(base) not in sys.path:
        sys.path.insert(0, str(base))
    return importlib.import_module(spec)


def build_registry(local_plugins: Iterable[str] = (), *, base: Path | None = None,
                   disabled: Iterable[str] = ()) -> Registry:
    """Load entry-point and local plugins and collect their registrations."""
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    disabled = set(disabled)
    for name in disabled:
        pm.set_blocked(name)
    pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    infos: dict[str, PluginInfo] = {}
    for plugin, dist in pm.list_plugin_distinfo():
        name = _plugin_name(pm, plugin)
        infos[name] = PluginInfo(name, "entry point", getattr(dist, "version", ""), getattr(dist, "project_name", "") or dist.metadata["name"])
    for spec in local_plugins:
        if spec in disabled:
            continue
        try:
            module = _load_local(spec, base)
        except PluginError:
            raise
        except Exception as exc:  # the plugin's own import error
            raise PluginError(f"cannot load local plugin {spec!r}: {type(exc).__name__}: {exc}") from exc
        if pm.is_registered(module):
            continue
        pm.register(module, name=spec)
        infos[spec] = PluginInfo(spec, "local", "", getattr(module, "__file__", "") or spec)

    rules: dict[str, RuleInfo] = {}
    for impl in pm.hook.attrlint_rules.get_hookimpls():
        name = _plugin_name(pm, impl.plugin)
        try:
            registered = impl.function() or []
        except Exception as exc:
            raise PluginError(f"plugin {name!r} failed to register its rules: {type(exc).__name__}: {exc}") from exc
        for rule in registered:
            if not (isinstance(rule, type) and issubclass(rule, Rule)) or not rule.code or not rule.name:
                raise PluginError(f"plugin {name!r} registered {rule!r}, which is not a Rule with a code and a name")
            if rule.code in rules and rules[rule.code].rule is not rule:
                raise PluginError(
                    f"rule code {rule.code} is registered by two plugins: {rules[rule.code].plugin!r} and {name!r}")
            clash = next((r for r in rules.values() if r.rule.name == rule.name and r.rule is not rule), None)
            if clash is not None:
                raise PluginError(
                    f"rule name {rule.name!r} is registered by two plugins: {clash.plugin!r} ({clash.code}) and {name!r} ({rule.code})")
            rules[rule.code] = RuleInfo(rule, name)
            if name in infos:
                infos[name].rules.append(rule.code)
    formats: dict[str, Callable] = {}
    for result in reversed(pm.hook.attrlint_formats()):
        formats.update(result or {})
    readers: dict[str, Callable] = {}
    for result in reversed(pm.hook.attrlint_readers()):
        readers.update({k.lower(): v for k, v in (result or {}).items()})
    return Registry(pm, dict(sorted(rules.items())), formats, readers, sorted(infos.values(), key=lambda p: p.name))
