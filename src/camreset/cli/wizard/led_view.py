"""The status light in words and in colour: a pattern's name, swatches and a short animation.

A light question is easier to answer when the pattern is shown, not just named. Colour
terminals get coloured ● (● dimmed for "off"); NO_COLOR or no terminal gets the same
phases in words, so nothing depends on seeing colour.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from camreset.cli.wizard.bar import live
from camreset.cli.wizard.keys import LineReader, no_echo
from camreset.cli.wizard.pace import Pace
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import Pattern
from camreset.core.plain import plain_text

DOT = "●"
OFF_DOT = "○"
ANIMATION_CYCLES = 3
ANIMATION_MAX_SECONDS = 4.0
TURN = "↻"
TURNING = "◴◷◶◵"
"""A spinning light's frames: a lit quarter going round."""
ANY_COLOUR = "any"
"""The colour of a light whose colour no source gives (patterns.yaml)."""


def pattern_of(kb: KnowledgeBase, pattern_id: str | None) -> Pattern | None:
    return kb.patterns.get(pattern_id) if pattern_id else None


def _phase_dot(kb: KnowledgeBase, color: str) -> Text:
    if color == "off":
        return Text(OFF_DOT, style="dim")
    return Text(DOT, style=kb.colors.get(color, ""))


def swatch(kb: KnowledgeBase, pattern: Pattern, *, color: bool, named: bool = True) -> Text:
    """`Red blinking ●○` in colour; `Red blinking (red 0.5 s, off 0.5 s)` without.
    Not `named`: only the dots or phases (beside a label that already says the name)."""
    text = Text(pattern.name if named else "")
    if pattern.motion == "spin":  # going round, not a blink (review 75 F, #11)
        lit = next(s.color for s in pattern.steps if s.color != "off")
        if color:
            return text.append(" ").append_text(_phase_dot(kb, lit)).append(TURN, style="dim")
        return text.append(f" {TURN}")  # its name says the colour and "spinning"
    if len(pattern.steps) == 1:
        if color:
            text.append(" ").append_text(_phase_dot(kb, pattern.steps[0].color))
        return text
    if color:
        text.append(" ")
        for step in pattern.steps:
            text.append_text(_phase_dot(kb, step.color))
        return text
    # a phase of no sourced colour is "on": "(any 0.5 s, off 0.5 s)" (installer review 66, D #9)
    phases = ", ".join(f"{_phase_word(s.color)} {s.ms / 1000:g} s" for s in pattern.steps)
    return text.append(f" ({phases})")


def _phase_word(color: str) -> str:
    return "on" if color == ANY_COLOUR else color


def frame(kb: KnowledgeBase, pattern: Pattern, index: int) -> Text:
    """One animation frame: the light as it looks during phase `index`, then the name."""
    step = pattern.steps[index % len(pattern.steps)]
    if pattern.motion == "spin":  # a quarter turn a frame: a ring going round, not a blink
        lit = next(s.color for s in pattern.steps if s.color != "off")
        arc = Text(TURNING[index % len(TURNING)], style=kb.colors.get(lit, ""))
        return Text.assemble(arc, " ", pattern.name, " ", ("(live)", "dim"))
    return Text.assemble(_phase_dot(kb, step.color), " ", pattern.name, " ", ("(live)", "dim"))


def can_animate(console: Console) -> bool:
    return console.is_terminal and console.color_system is not None and not console.no_color


def animate(
    console: Console, kb: KnowledgeBase, pattern: Pattern, pace: Pace, reader: LineReader
) -> str | None:
    """Play a few cycles in place; a line typed meanwhile stops it and is returned."""
    if not can_animate(console) or len(pattern.steps) < 2:
        return None
    cycle_ms = sum(s.ms for s in pattern.steps)
    cycles = max(1, min(ANIMATION_CYCLES, int(ANIMATION_MAX_SECONDS * 1000 // cycle_ms)))
    typed: str | None = None
    with no_echo(reader), live(console, frame(kb, pattern, 0), transient=True) as display:
        for index in range(cycles * len(pattern.steps)):
            display.update(frame(kb, pattern, index), refresh=True)
            seconds = pattern.steps[index % len(pattern.steps)].ms / 1000
            typed = reader.readline(timeout=pace.real(seconds))
            if typed is not None:
                break
    if typed:  # not echoed while the light played: shown now
        console.print(Text(f"Your answer: {plain_text(typed)}", style="notice"))
    return typed
