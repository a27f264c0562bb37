"""The cycle collector while a command starts.

Starting a run makes objects that live as long as the process: modules,
functions, classes, the lexicon, the plugins' registry, compiled patterns
(a hundred thousand and more). The cycle collector, run every few hundred
new objects, goes over them again and again: a twentieth of the time of
checking one article. The command line pauses it while it starts
(:func:`pause`); before the first file is linted (:func:`settle`), what was
made so far is moved out of the collector's reach for good (``gc.freeze``:
reference counting still frees it) and the collector resumes, for the
files' own objects.
"""
from __future__ import annotations

import gc

_paused = False
_frozen = False


def pause() -> None:
    """Pause the cycle collector until :func:`settle` (nothing when it is off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def settle() -> None:
    """The start is over: freeze what it made (once a process) and resume the collector paused by :func:`pause`."""
    global _paused, _frozen
    if not _paused:
        return
    if not _frozen:
        gc.freeze()
        _frozen = True
    gc.enable()
    _paused = False
