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

At exit the same is done with everything the process still holds
(:func:`at_exit`): the interpreter's last collections would otherwise go
over what the analysis keeps from one file to the next (the shapes of cues
parsed, the words seen), a third of a second after 3,000 short articles.
The process ends all the same and its memory goes back to the system.
"""
from __future__ import annotations

import atexit
import gc

_paused = False
_frozen = False
_exit_registered = False


def pause() -> None:
    """Pause the cycle collector until :func:`settle` (nothing when it is off already)."""
    global _paused, _exit_registered
    if not _exit_registered:
        atexit.register(at_exit)
        _exit_registered = True
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


def at_exit() -> None:
    """The process ends: what it holds goes out of the collector's reach, so the
    interpreter's collections while it shuts down skip it."""
    gc.freeze()
