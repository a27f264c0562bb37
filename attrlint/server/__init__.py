"""``attrlint server``: a language server (LSP over standard input and output), so
that editors show attrlint's diagnostics while an article is written.

It needs the ``server`` extra (pygls and lsprotocol): ``pip install 'attrlint[server]'``.
The modules, one job each: :mod:`.app` (the LSP messages), :mod:`.scheduler`
(when to lint), :mod:`.linter` (linting a text with its file's configuration),
:mod:`.trust` (local plugins), :mod:`.documents` and :mod:`.positions` (the
editor's texts and its positions), :mod:`.convert`, :mod:`.actions` and
:mod:`.explain` (what the editor is sent), :mod:`.options` and :mod:`.messages`.
"""
from __future__ import annotations

import importlib.util
import sys

REQUIRED = ("pygls", "lsprotocol")
INSTALL_HINT = "pip install 'attrlint[server]'"


def missing() -> list[str]:
    """The libraries the server needs that are not installed."""
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def serve() -> int:
    """Run the server; exit status 2 with a message when its libraries are missing."""
    absent = missing()
    if absent:
        from ..i18n import resolve_language, translation

        _ = translation(resolve_language()).gettext
        # The libraries after a colon: the sentence reads right for one missing as for two.
        print("attrlint: " + _("the language server needs libraries that are not installed ({libraries}): "
                               "install the server extra ({command})").format(libraries=", ".join(absent), command=INSTALL_HINT),
              file=sys.stderr)
        return 2
    from .app import serve as run

    return run()
