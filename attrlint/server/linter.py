"""Linting an editor's text with the configuration of its file, as ``attrlint check`` would.

A :class:`Linter` is used from one thread only (the server's lint thread):
it owns a :class:`~attrlint.settings.Resolver`, which finds each file's
configuration and builds what it asks for once. Before each lint it looks
at the configuration files that could apply to the file (a few ``stat``
calls): when one was added, changed or removed, the resolver starts over,
so an edited ``pyproject.toml`` applies without a restart.

Nothing a document or a plugin does escapes :meth:`Linter.lint`: a bad
configuration, a plugin that fails to load and an internal error all come
back as an :class:`Outcome` saying so.
"""
from __future__ import annotations

import logging
import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from ..config import CONFIG_FILES, ConfigError
from ..globs import matches
from ..i18n import DEFAULT_LANGUAGE, N_, resolve_language, translation
from ..model import Diagnostic
from ..rules import RuleInfo
from ..runner import lint_text, read_error
from ..settings import Overrides, Resolver
from ..suppression import apply_suppressions
from .trust import PluginGate

log = logging.getLogger(__name__)

Stamp = tuple[int, int] | None  # a configuration file's (mtime in ns, size), None when there is none


@dataclass
class Outcome:
    """What linting one text gave."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    rules: dict[str, RuleInfo] = field(default_factory=dict)  # the rules that apply, to explain them
    config_error: str | None = None  # the configuration cannot be used: nothing was linted
    internal_error: str | None = None  # attrlint itself failed on this text
    skipped_plugins: dict[str, tuple[str, ...]] = field(default_factory=dict)  # left out since the last lint
    language: str = DEFAULT_LANGUAGE  # of the messages: the option, else the configuration's, else the locale's


def _stamp(path: str) -> Stamp:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def config_candidates(path: str) -> list[str]:
    """Every configuration file that could apply to ``path``: each name in its folder and each folder above."""
    folder = Path(os.path.abspath(path)).parent
    return [os.path.join(candidate, name) for candidate in (folder, *folder.parents) for name in CONFIG_FILES]


class Linter:
    """Lints texts as files; each file under its own configuration."""

    def __init__(self, *, allow_local_plugins: bool = False, language: str | None = None) -> None:
        self.allow_local_plugins = allow_local_plugins
        self._overrides = Overrides(language=language)
        self._stamps: dict[str, Stamp] = {}
        self._reported: dict[str, tuple[str, ...]] = {}
        self.reset()

    def reset(self) -> None:
        """Read every configuration again at the next lint (and build its plugins again)."""
        self._gate = PluginGate(self.allow_local_plugins)
        self._resolver = Resolver(self._overrides, self._gate.build)
        self._stamps.clear()
        self._reported.clear()

    def _refresh(self, path: str) -> None:
        """Start over if a configuration file that could apply to ``path`` changed since it was last looked at."""
        stamps = {candidate: _stamp(candidate) for candidate in config_candidates(path)}
        if any(candidate in self._stamps and self._stamps[candidate] != stamp for candidate, stamp in stamps.items()):
            log.info("a configuration file changed: reading the configurations again")
            self.reset()
        self._stamps.update(stamps)

    def lint(self, path: str, text: str) -> Outcome:
        """The diagnostics of ``text`` read as the file ``path``, suppressions applied."""
        try:
            self._refresh(path)
            outcome = self._lint(path, text)
        except ConfigError as exc:
            # The configuration cannot say its language: the option's, else the locale's.
            language = resolve_language(self._overrides.language)
            outcome = Outcome(config_error=exc.text(translation(language).gettext), language=language)
        except (Exception, SystemExit) as exc:  # a plugin's import may even call sys.exit()
            log.error("linting %s failed:\n%s", path, traceback.format_exc())
            outcome = Outcome(internal_error=f"{type(exc).__name__}: {exc}",
                              language=resolve_language(self._overrides.language))
        outcome.skipped_plugins = {base: plugins for base, plugins in self._gate.skipped.items()
                                   if self._reported.get(base) != plugins}
        self._reported.update(outcome.skipped_plugins)
        return outcome

    def _lint(self, path: str, text: str) -> Outcome:
        resolver = self._resolver
        policy = resolver.policy_for(path)
        if self._excluded(path, policy.options.exclude, policy.config.base):
            return Outcome(rules=policy.registry.rules, language=policy.language)
        settings = resolver.settings_for(path)
        limit = settings.options.max_file_size
        if len(text) > limit or (len(text) * 4 > limit and len(text.encode("utf-8")) > limit):
            result = read_error(path, settings.gettext(N_("{path} was not checked: it is larger than the maximum "
                                                          "file size ({limit} bytes, max-file-size)")).format(
                path=path, limit=limit))
            return Outcome(result.diagnostics, policy.registry.rules, language=policy.language)
        result, doc = lint_text(path, text, settings.rules, settings.lexicon, settings.readers, settings.options,
                                gettext=settings.gettext)
        apply_suppressions(result, doc, resolver.file_policy(path))
        for trace in result.tracebacks:
            log.error("%s", trace)
        return Outcome(result.diagnostics, policy.registry.rules, language=policy.language)

    @staticmethod
    def _excluded(path: str, exclude: tuple[str, ...], base: Path) -> bool:
        """Whether the configuration's ``exclude`` names the file or a folder it is in, below the configuration's
        folder (as a folder walk from there would skip it)."""
        if not exclude:
            return False
        if matches(path, exclude):
            return True
        folder = Path(os.path.abspath(path)).parent
        base = Path(os.path.abspath(base))
        return any(matches(str(parent), exclude) for parent in (folder, *folder.parents)
                   if base in parent.parents)
