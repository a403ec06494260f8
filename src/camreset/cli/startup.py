"""Python's garbage collector while the `camreset` program starts, and as it exits.

Starting `camreset show` creates some 40,000 tracked objects that live until the process
ends: modules, Typer's and the knowledge base's pydantic classes, the knowledge base. The
cyclic collector walks them over and over while they are created, and once more when the
interpreter exits: about 70 of the 360 ms that `camreset show tapo-c200` took (docs/deploy.md).
So the program pauses the collector until the command's module has loaded, then freezes what
is loaded (`gc.freeze`: kept out of every later collection, the Python docs' advice for
objects that live as long as the process) and turns the collector back on, so a command that
runs for long (`serve`, `guide`) collects its own garbage as usual; and it freezes again just
before it exits, so the last collections skip what the command loaded. Only a few hundred
objects are garbage when the first freeze happens; they stay in memory until the exit.

Only the program does this (`main()` with no arguments: the `camreset` script and
`python -m camreset`); a test or a program that calls `main([...])` keeps its collector as is.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    """The program starts: no collection until its command has loaded."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def command_loaded() -> None:
    """What is loaded so far lives as long as the process: freeze it, collect as usual."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def before_exit() -> None:
    """The program is about to exit: its last collections need not walk what it loaded."""
    command_loaded()
    gc.freeze()
