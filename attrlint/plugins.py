"""Plugin discovery: the pluggy manager, and what the plugins registered.

Plugins come from three places, in this order:

1. installed distributions, through the ``attrlint`` entry-point group (the
   built-in rules, formats and readers are registered this way too);
2. plugin objects handed over by the caller (the testing kit does this);
3. local plugin modules or ``.py`` files named in the configuration's
   ``plugins`` key, relative to the configuration's folder.

Any of them can be disabled by name: the entry-point name, the
distribution's name, or the local plugin as written in the configuration.
Everything a plugin does wrong at load time (an import error, a hook that
raises, a rule that breaks the contract, two plugins claiming one code) is
a :class:`PluginError` naming the plugin.
"""
from __future__ import annotations

import copy
import functools
import hashlib
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

import pluggy

from . import entrypoints, hookspecs
from .i18n import N_, Phrase, add_catalog_dir
from .lexicon import Lexicon, load_default_lexicon
from .rules import RuleInfo, rule_problems

ENTRY_POINT_GROUP = "attrlint"
HOOK_NAMES = frozenset(name for name in dir(hookspecs) if name.startswith("attrlint_"))

BUILTIN, INSTALLED, GIVEN, LOCAL = "builtin", "installed", "given", "local"
BUILTIN_PACKAGE = "attrlint_builtin"


class PluginError(Exception):
    """A plugin that cannot be loaded or that breaks the contract.

    Made from a :class:`~attrlint.i18n.Phrase`, so that it is shown in the
    language of the run (``message_of(error, gettext)``); ``str()`` gives the English.
    """

    def __init__(self, message: str | Phrase) -> None:
        super().__init__(message)
        self.phrase = message if isinstance(message, Phrase) else Phrase(message)


def failure(exc: BaseException) -> Phrase:
    """``TypeError: …``: what a plugin's code raised, its message translated when it is a phrase."""
    message = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Phrase) else str(exc)
    return Phrase(N_("{key}: {error}"), key=type(exc).__name__, error=message)


@dataclass
class PluginInfo:
    """One registered plugin: where it came from and what it provides."""

    name: str
    origin: str  # builtin, installed, given or local
    location: str = ""  # the module for installed plugins, the file for local ones
    rules: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    readers: list[str] = field(default_factory=list)
    lexicon: bool = False  # it adds words to the lexicon (attrlint_lexicon)
    entry_point: entrypoints.EntryPoint | None = field(default=None, repr=False, compare=False)
    module_version: str = ""  # a local plugin's __version__

    @property
    def distribution(self) -> str:
        """The distribution an installed plugin comes with (read from its metadata when first asked)."""
        return self._distribution[0]

    @property
    def version(self) -> str:
        return self._distribution[1] if self.entry_point is not None else self.module_version

    @functools.cached_property
    def _distribution(self) -> tuple[str, str]:
        # Reading a distribution's metadata costs milliseconds: only ``attrlint plugins`` and errors need it.
        return _dist_of(self.entry_point) if self.entry_point is not None else ("", "")

    @property
    def source(self) -> str:
        """Where the plugin comes from, for people (in English; :meth:`origin_phrase` translates)."""
        return self.origin_phrase().text()

    def origin_phrase(self) -> Phrase:
        """Where the plugin comes from, to be shown in the language of the run."""
        if self.origin in (BUILTIN, INSTALLED):
            dist = f"{self.distribution} {self.version}".strip()
            return Phrase(N_("{distribution} (built in)"), distribution=dist) if self.origin == BUILTIN \
                else Phrase(dist)
        if self.origin == LOCAL:
            return Phrase(N_("{location} (local)"), location=self.location)
        return Phrase(N_("{location} (given)"), location=self.location)


class RegistrySpec(NamedTuple):
    """What a registry is built from; picklable, so worker processes can rebuild it. (A named
    tuple: a frozen dataclass would compile its methods at each start.)"""

    local_plugins: tuple[str, ...] = ()
    base: str | None = None
    disabled: tuple[str, ...] = ()

    def build(self) -> "Registry":
        return build_registry(self.local_plugins, base=Path(self.base) if self.base else None,
                              disabled=self.disabled)


@dataclass
class Registry:
    """Everything the plugins registered, resolved once per run."""

    manager: pluggy.PluginManager
    rules: dict[str, RuleInfo]
    formats: dict[str, Callable]
    readers: dict[str, Callable]
    plugins: list[PluginInfo]
    spec: RegistrySpec = field(default_factory=RegistrySpec)
    plugin_lexicon: Lexicon = field(default_factory=Lexicon, repr=False)
    catalogs: tuple[str, ...] = ()  # the folders of the plugins' catalogs (attrlint_locale_dir)

    def lexicon(self, additions: dict[str, Any] | None = None) -> Lexicon:
        """The shipped lexicon, extended by the plugins, then by configuration ``additions`` (a new copy)."""
        lex = copy.deepcopy(self.plugin_lexicon)
        if additions:
            apply_lexicon_config(lex, additions)
        return lex

    def plugin(self, name: str) -> PluginInfo | None:
        return next((p for p in self.plugins if p.name == name), None)


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
        lex.credit_required = set(additions["require-credit"])
    for agency_id in additions.get("extend-require-credit", []):
        lex.credit_required.add(agency_id)


# -- loading ------------------------------------------------------------------

def _entry_points() -> list[entrypoints.EntryPoint]:
    """The group's entry points, each name once (the first found on sys.path wins)."""
    seen: dict[str, entrypoints.EntryPoint] = {}
    for ep in entrypoints.entry_points(ENTRY_POINT_GROUP):
        seen.setdefault(ep.name, ep)
    return sorted(seen.values(), key=lambda ep: ep.name)


def _dist_of(ep: entrypoints.EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return "", ""
    return dist.metadata["Name"] or "", dist.version or ""


def _local_module_name(path: Path) -> str:
    """A module name of its own for each local file, so two ``rules.py`` never collide."""
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]
    return f"attrlint_local_{path.stem}_{digest}"


def load_local_plugin(spec: str, base: Path | None) -> tuple[object, str]:
    """A local plugin: a ``.py`` file, or a module importable from ``base``.

    Returns the module and where it was found. The plugin's folder is added
    to ``sys.path`` (at the end, so it never hides an installed module) so
    that it can import modules beside it.
    """
    folder = base or Path.cwd()
    if spec.endswith(".py") or "/" in spec or "\\" in spec:
        path = Path(spec).expanduser()
        if not path.is_absolute():
            path = folder / path
        path = path.resolve()
        if not path.is_file():
            raise PluginError(Phrase(N_("local plugin {plugin!r}: file not found: {path}"), plugin=spec,
                                     path=str(path)))
        name = _local_module_name(path)
        module_spec = importlib.util.spec_from_file_location(name, path)
        if module_spec is None or module_spec.loader is None:
            raise PluginError(Phrase(N_("local plugin {plugin!r}: cannot import {path}"), plugin=spec, path=str(path)))
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module
        _add_to_path(path.parent)
        try:
            module_spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return module, str(path)
    # A module name: the configuration's folder first, then what is installed.
    top = spec.split(".")[0]
    if top not in sys.modules:
        found = importlib.machinery.PathFinder.find_spec(top, [str(folder)])
        if found is not None and found.loader is not None:
            module = importlib.util.module_from_spec(found)
            sys.modules[top] = module
            _add_to_path(folder)
            try:
                found.loader.exec_module(module)
            except BaseException:
                sys.modules.pop(top, None)
                raise
    try:
        module = importlib.import_module(spec)
    except ModuleNotFoundError as exc:
        if exc.name != spec and not spec.startswith(f"{exc.name}."):
            raise
        raise PluginError(Phrase(N_("local plugin {plugin!r}: no module of that name in {folder} or among installed "
                                    "modules"), plugin=spec, folder=str(folder))) from None
    return module, getattr(module, "__file__", None) or spec


def _add_to_path(folder: Path) -> None:
    if str(folder) not in sys.path:
        sys.path.append(str(folder))


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, with a quicker look at the names of a module plugin.

    pluggy looks every name a plugin has up statically (``inspect.getattr_static``)
    to find its hook implementations: most of the time of registering the plugins.
    A plain module's own attribute can only be one if it is a function marked as a
    hook (or a method or a static or class method, left to pluggy): any other is
    passed over as pluggy would, without the lookup.
    """

    def parse_hookimpl_opts(self, plugin: object, name: str) -> Any:
        if type(plugin) is types.ModuleType:
            value = vars(plugin).get(name, _ABSENT)
            if isinstance(value, types.FunctionType):
                if not hasattr(value, self.project_name + "_impl"):
                    return None
            elif value is not _ABSENT and not isinstance(value, (staticmethod, classmethod, types.MethodType)):
                return None
        return super().parse_hookimpl_opts(plugin, name)


_ABSENT = object()


def _register(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Register one plugin, checking its hooks are real and marked."""
    for attr in dir(plugin):
        if not attr.startswith("attrlint_"):
            continue
        value = getattr(plugin, attr, None)
        if not callable(value):
            continue
        marked = hasattr(value, "attrlint_impl")
        if attr not in HOOK_NAMES and marked:
            raise PluginError(Phrase(N_("plugin {plugin!r} implements {hook}, which is not an attrlint hook "
                                        "(hooks: {hooks})"), plugin=name, hook=attr,
                                     hooks=", ".join(sorted(HOOK_NAMES))))
        if attr in HOOK_NAMES and not marked:
            raise PluginError(Phrase(N_("plugin {plugin!r}: {hook} is not marked with @attrlint.hookimpl"),
                                     plugin=name, hook=attr))
    try:
        pm.register(plugin, name=name)
    except (ValueError, pluggy.PluginValidationError) as exc:
        raise PluginError(Phrase(N_("plugin {plugin!r} cannot be registered: {error}"), plugin=name,
                                 error=str(exc))) from exc


def _in_order(pm: pluggy.PluginManager, hook: str, plugins: Iterable[PluginInfo]) -> list[pluggy.HookImpl]:
    """A hook's implementations, built-in plugins first, then in registration order."""
    builtin = {p.name for p in plugins if p.origin == BUILTIN}
    impls = getattr(pm.hook, hook).get_hookimpls()  # registration order
    return sorted(impls, key=lambda impl: impl.plugin_name not in builtin)


def _call(impl: pluggy.HookImpl, hook: str, **kwargs: Any) -> Any:
    """Call one plugin's hook implementation, naming the plugin if it fails."""
    try:
        return impl.function(*[kwargs[arg] for arg in impl.argnames])
    except PluginError:
        raise
    except Exception as exc:
        raise PluginError(Phrase(N_("plugin {plugin!r} failed in {hook}: {error}"), plugin=impl.plugin_name,
                                 hook=hook, error=failure(exc))) from exc


# -- building the registry ----------------------------------------------------

def build_registry(local_plugins: Iterable[str] = (), *, base: Path | None = None,
                   disabled: Iterable[str] = (), plugins: Iterable[object] = (),
                   entry_points: bool = True) -> Registry:
    """Load the plugins and collect what they register.

    ``local_plugins`` are module names or ``.py`` paths from the
    configuration, found from ``base`` (the configuration's folder).
    ``disabled`` names plugins not to load. ``plugins`` are plugin objects
    (modules, or objects with hook methods) to register as well.
    ``entry_points=False`` loads no installed plugin at all.
    """
    local_plugins, disabled = tuple(local_plugins), tuple(disabled)
    pm = _PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    off = set(disabled)
    used: set[str] = set()
    infos: dict[str, PluginInfo] = {}

    if entry_points:
        for ep in _entry_points():
            hit = off & ({ep.name, _dist_of(ep)[0]} if off else set())
            if hit:
                used |= hit
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                dist, version = _dist_of(ep)
                raise PluginError(Phrase(N_("plugin {plugin!r} ({distribution}) cannot be loaded: {error}"),
                                         plugin=ep.name, distribution=f"{dist} {version}",
                                         error=failure(exc))) from exc
            if pm.is_registered(plugin):
                continue
            _register(pm, plugin, ep.name)
            # attrlint's own plugins live in its attrlint_builtin package.
            origin = BUILTIN if ep.value.split(".", 1)[0] == BUILTIN_PACKAGE else INSTALLED
            infos[ep.name] = PluginInfo(ep.name, origin, ep.value, entry_point=ep)

    for plugin in plugins:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if name in off:
            used.add(name)
            continue
        if pm.is_registered(plugin):
            continue
        _register(pm, plugin, name)
        infos[name] = PluginInfo(name, GIVEN, location=getattr(plugin, "__file__", None) or name)

    for spec in local_plugins:
        if spec in off:
            used.add(spec)
            continue
        try:
            module, where = load_local_plugin(spec, base)
        except PluginError:
            raise
        except Exception as exc:  # the plugin's own import error
            raise PluginError(Phrase(N_("local plugin {plugin!r} cannot be loaded: {error}"), plugin=spec,
                                     error=failure(exc))) from exc
        if pm.is_registered(module):
            continue  # also installed: already loaded through its entry point
        _register(pm, module, spec)
        infos[spec] = PluginInfo(spec, LOCAL, location=where, module_version=str(getattr(module, "__version__", "")))

    unknown = sorted(off - used)
    if unknown:
        raise PluginError(Phrase(N_("cannot disable {names}: no plugin of that name (plugins: {plugins})"),
                                 names=", ".join(map(repr, unknown)), plugins=", ".join(sorted(infos))))

    rules = _collect_rules(pm, infos)
    formats = _collect_named(pm, infos, "attrlint_formats", lambda k: k, "formats",
                             N_("format {name!r} is registered by two plugins: {first!r} and {second!r}"))
    readers = _collect_named(pm, infos, "attrlint_readers", str.lower, "readers",
                             N_("reader {name!r} is registered by two plugins: {first!r} and {second!r}"))
    for impl in pm.hook.attrlint_lexicon.get_hookimpls():
        if impl.plugin_name in infos:
            infos[impl.plugin_name].lexicon = True
    registry_spec = RegistrySpec(local_plugins, str(base) if base else None, disabled)
    plugins_found = sorted(infos.values(), key=lambda p: (p.origin != BUILTIN, p.name))
    return Registry(pm, dict(sorted(rules.items())), formats, readers, plugins_found, registry_spec,
                    _plugin_lexicon(pm, plugins_found), _catalogs(pm, plugins_found))


def _catalogs(pm: pluggy.PluginManager, plugins: list[PluginInfo]) -> tuple[str, ...]:
    """The plugins' catalog folders, in load order; each also goes to :func:`attrlint.i18n.translation`."""
    folders = []
    for impl in _in_order(pm, "attrlint_locale_dir", plugins):
        folder = _call(impl, "attrlint_locale_dir")
        if folder is not None:
            if not isinstance(folder, (str, os.PathLike)):
                raise PluginError(Phrase(N_("plugin {plugin!r}: attrlint_locale_dir returned {value!r}, not a "
                                            "folder path"), plugin=impl.plugin_name, value=folder))
            folders.append(os.fspath(folder))
            add_catalog_dir(folder)
    return tuple(folders)


def _plugin_lexicon(pm: pluggy.PluginManager, plugins: list[PluginInfo]) -> Lexicon:
    """The shipped lexicon extended by the plugins: built once, so a failing hook fails at load time."""
    lex = load_default_lexicon()
    for impl in _in_order(pm, "attrlint_lexicon", plugins):
        _call(impl, "attrlint_lexicon", lexicon=lex)
    return lex


def _collect_rules(pm: pluggy.PluginManager, infos: dict[str, PluginInfo]) -> dict[str, RuleInfo]:
    rules: dict[str, RuleInfo] = {}
    by_name: dict[str, RuleInfo] = {}
    for impl in _in_order(pm, "attrlint_rules", infos.values()):
        plugin = impl.plugin_name
        registered = _call(impl, "attrlint_rules")
        if registered is None:
            registered = []
        if not isinstance(registered, (list, tuple)):
            raise PluginError(Phrase(N_("plugin {plugin!r}: attrlint_rules returned {type}, not a list of Rule "
                                        "classes"), plugin=plugin, type=type(registered).__name__))
        for rule in registered:
            problems = rule_problems(rule)
            if problems:
                raise PluginError(Phrase(N_("plugin {plugin!r} registered a rule that breaks the contract: "
                                            "{problems}"), plugin=plugin, problems="; ".join(problems)))
            same_code = rules.get(rule.code)
            if same_code is not None and same_code.rule is not rule:
                raise PluginError(Phrase(N_("rule code {code} is registered by two plugins: {first!r} ({first_rule}) "
                                            "and {second!r} ({second_rule})"), code=rule.code,
                                         first=same_code.plugin, first_rule=same_code.rule.__qualname__,
                                         second=plugin, second_rule=rule.__qualname__))
            same_name = by_name.get(rule.name)
            if same_name is not None and same_name.rule is not rule:
                raise PluginError(Phrase(N_("rule name {name!r} is registered by two plugins: {first!r} "
                                            "({first_code}) and {second!r} ({second_code})"), name=rule.name,
                                         first=same_name.plugin, first_code=same_name.code, second=plugin,
                                         second_code=rule.code))
            if same_code is not None:
                continue
            try:
                rule()  # the defaults must make a working rule
            except Exception as exc:
                raise PluginError(Phrase(N_("plugin {plugin!r}: rule {code} cannot be created with its default "
                                            "options: {error}"), plugin=plugin, code=rule.code,
                                         error=failure(exc))) from exc
            info = RuleInfo(rule, plugin)
            rules[rule.code] = by_name[rule.name] = info
            if plugin in infos:
                infos[plugin].rules.append(rule.code)
    return rules


def _collect_named(pm: pluggy.PluginManager, infos: dict[str, PluginInfo], hook: str,
                   key: Callable[[str], str], attr: str, claimed_twice: str) -> dict[str, Callable]:
    """Formats or readers by name; a plugin may replace a built-in one, two plugins may not claim one."""
    found: dict[str, Callable] = {}
    owner: dict[str, str] = {}
    for impl in _in_order(pm, hook, infos.values()):
        plugin = impl.plugin_name
        result = _call(impl, hook) or {}
        if not isinstance(result, dict):
            raise PluginError(Phrase(N_("plugin {plugin!r}: {hook} returned {type}, not a dict"), plugin=plugin,
                                     hook=hook, type=type(result).__name__))
        for raw, func in result.items():
            name = key(raw)
            if not isinstance(raw, str) or not callable(func):
                raise PluginError(Phrase(N_("plugin {plugin!r}: {hook} maps {name!r} to {value!r}, not a name to a "
                                            "function"), plugin=plugin, hook=hook, name=raw, value=func))
            previous = owner.get(name)
            if previous is not None and infos[previous].origin != BUILTIN:
                raise PluginError(Phrase(claimed_twice, name=name, first=previous, second=plugin))
            if previous is not None and previous in infos:
                getattr(infos[previous], attr).remove(name)
            found[name] = func
            owner[name] = plugin
            if plugin in infos:
                getattr(infos[plugin], attr).append(name)
    return found
