"""Workspace trust: a workspace's local plugins are code, and opening a folder must not run it.

A configuration's ``plugins = [...]`` names Python files or modules of the
workspace. The server builds registries without them unless the user
allowed local plugins (the ``allowLocalPlugins`` initialization option or
setting); it remembers what it left out so that it can say so. Installed
plugins (entry points) were put there by the user and always load.
"""
from __future__ import annotations

from pathlib import Path

from ..plugins import PluginError, Registry, RegistrySpec, build_registry


class PluginGate:
    """Builds registries, leaving out local plugins unless they are allowed."""

    def __init__(self, allow_local: bool = False) -> None:
        self.allow_local = allow_local
        self.skipped: dict[str, tuple[str, ...]] = {}  # configuration folder → the local plugins left out

    def build(self, spec: RegistrySpec) -> Registry:
        base = Path(spec.base) if spec.base else None
        if self.allow_local or not spec.local_plugins:
            try:
                return build_registry(spec.local_plugins, base=base, disabled=spec.disabled)
            except SystemExit as exc:  # a plugin module that calls sys.exit() must not end the server
                raise PluginError(f"a local plugin ({', '.join(spec.local_plugins)}) exited while loading "
                                  f"(SystemExit: {exc.code})") from None
        self.skipped[spec.base or ""] = spec.local_plugins
        # A local plugin the configuration disables is not loaded either way.
        disabled = tuple(name for name in spec.disabled if name not in spec.local_plugins)
        return build_registry((), base=base, disabled=disabled)
