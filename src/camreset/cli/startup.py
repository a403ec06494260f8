"""Python's garbage collector while the `camreset` program starts, and as it exits.

Starting `camreset show` creates some 40,000 tracked objects that live until the process
ends: modules, pydantic classes, the knowledge base. The cyclic collector walks them over and
over while they are created, and once more when the interpreter exits: about 65 of the 336 ms
that `camreset show tapo-c200` took (docs/deploy.md). So the program pauses the collector
while the command's module loads (Typer and Rich are imported before), then freezes what is
loaded (`gc.freeze` moves it to a permanent generation that later collections skip) and turns
the collector back on: what the command itself builds, the knowledge base included, is
collected as usual, and a long-running command (`serve`, `guide`) collects its own garbage.
Just before the exit it freezes again, so the last collections skip what the command loaded.
Only a few hundred objects are garbage when the first freeze happens; they stay in memory
until the exit.

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
