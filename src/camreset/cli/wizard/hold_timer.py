"""The hold timer: a live bar with the minimum, recommended and maximum hold marked.

Most failed resets are a button let go too early or held past the point where the camera
listens, so the bar says when to watch and listen for a sign (minimum, with a bell) and when
to let go (recommended, with a bell) — or, when the step says to hold until a sign, to keep
holding until it (no bell) and stop by the maximum (a bell) — and stops at the maximum the
sources give. "Watch now" and "stop now" are two lines that never overwrite each other; the
words come from core/present/timer.py, the same the web page shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from camreset.cli.wizard.bar import bar, bar_width, live, ring
from camreset.cli.wizard.keys import LineReader, no_echo
from camreset.cli.wizard.pace import Pace
from camreset.cli.wizard.prompts import HAVE_WORDS, QUIT_WORDS, UNDO_WORDS
from camreset.core.present.timer_cues import TIMER_CUES
from camreset.core.present.timer_words import beep_times, timer_words
from camreset.core.session import Timer

NOT_LETTING_GO = QUIT_WORDS | HAVE_WORDS | UNDO_WORDS
"""Typed while the timer runs, these stop it without a hold: they are the keys line's
commands, not "I let go"."""

Phase = Literal["hold", "watch", "release", "over"]
TIMER_PHASES: tuple[Phase, ...] = ("hold", "watch", "release", "over")
LET_GO = "Let go"
"""The status beside the seconds once the hold is over (the cue below says why)."""
STEP = 0.5
"""Timer seconds between redraws, the count moving by halves: ten redraws a second wrote
about 39 KB in a 10 s hold at 80 columns, each read again by a screen reader and kept whole
by `script` (session 68's leftovers); the cues still come at their own seconds (`next_redraw`)."""


def one_time_until(timer: Timer) -> bool:
    """A hold until a sign whose least is its most (a Hikvision's 30 s): its one moment is the
    stop, not "watch now", "keep holding" and "stop" at once (installer review 44)."""
    return timer.until is not None and timer.max <= timer.min


def next_redraw(timer: Timer, elapsed: float) -> float:
    """Timer seconds from `elapsed` to the next redraw: the next half second, or a cue (the
    minimum, the recommended hold, the maximum, a bell) if one comes sooner."""
    mark = (math.floor(elapsed / STEP) + 1) * STEP
    cues = [t for t in (timer.min, timer.recommended, timer.max, *bell_times(timer)) if t > elapsed]
    return min([mark, *cues]) - elapsed


def phase(timer: Timer, elapsed: float) -> Phase:
    """Where a hold is at `elapsed`; one timed by the clock (its sign unseen) has no "watch"
    phase: "Watch and listen for a sign now" came at 10 s for a light the person had said they
    cannot see (phone review 73 F, left over), as a set time has none."""
    if elapsed >= timer.max and (timer.max > timer.recommended or one_time_until(timer)):
        return "over"
    if elapsed >= timer.recommended:
        return "release"
    if elapsed >= timer.min and not timer.by_clock:
        return "watch"
    return "hold"


def marks(timer: Timer, width: int) -> Text:
    """Labels under the bar at the minimum, recommended and maximum ("min/aim 5s" if equal).
    The last is placed first, ending under its point where it does not fit after it, and the
    others keep clear of it: a Ring's "^min/aim 15s" ran over "max 20s^" (terminal review 56).
    A hold that must not end before a time (a Tapo C200's 10 s) marks no least: "^min 5s"
    stood under "keep holding to 10 s", as the web's bar labelled "5s" did (b981fc71)."""
    scale = max(timer.max, 0.001)
    groups: dict[int, list[str]] = {}
    least = () if timer.not_before is not None else (("min", timer.min),)
    for name, value in (*least, ("aim", timer.recommended), ("max", timer.max)):
        position = round(value / scale * (width - 1))
        groups.setdefault(position, []).append(name)
    values = {"min": timer.min, "aim": timer.recommended, "max": timer.max}
    words = {p: f"{'/'.join(names)} {values[names[0]]:g}s" for p, names in groups.items()}
    line = [" "] * width
    *firsts, last = sorted(groups)
    right = f"^{words[last]}" if last + len(words[last]) + 1 <= width else f"{words[last]}^"
    end = max(0, width - len(right)) if right.endswith("^") and last >= width - 1 else None
    start_last = last if right.startswith("^") else max(0, last - len(words[last]))
    start_last = end if end is not None else start_last
    placed = [(start_last, right)]
    free_from = 0
    for position in firsts:
        label = f"^{words[position]}"
        start = max(position, free_from)
        if start + len(label) >= start_last:  # would run into the last: end under its point
            label = f"{words[position]}^"
            ending = min(position - len(words[position]), start_last - len(label) - 1)
            start = max(free_from, ending)
        if start + len(label) >= start_last or start < 0:
            label, start = "^", position  # no room for its words: its point alone, if free
            if not free_from <= position < start_last - 1:
                continue
        placed.append((start, label))
        free_from = start + len(label) + 1
    for start, label in placed:
        for i, ch in enumerate(label):
            if 0 <= start + i < width:
                line[start + i] = ch
    return Text("".join(line).rstrip(), style="timer.todo")


@dataclass
class HoldBar:
    """The timer at one moment: status, bar, marks."""

    timer: Timer
    elapsed: float

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = bar_width(options)
        now = phase(self.timer, self.elapsed)
        words = timer_words(self.timer)
        shown = min(self.elapsed, self.timer.max)
        ended = self.elapsed >= self.timer.max  # a hold whose least is its most: over at once
        done = now == "over" or (now == "release" and (self.timer.until is None or ended))
        status = LET_GO if done else words.hold  # not "Keep holding" above "Stop now"
        yield Text.assemble((status, "notice"), f"  {shown:4.1f} s")
        yield bar(self.timer.max, min(self.elapsed, self.timer.max), width)
        yield marks(self.timer, width)
        if now != "hold" and not one_time_until(self.timer):  # "watch now" stays at "stop"
            yield Text(words.watch, style="timer.alert")
        said = words.over if now == "over" else words.stop
        if now in ("release", "over") and not (now == "release" and said == words.watch):
            yield Text(said, style="timer.alert")  # a set time's one cue is said once

    def plain_lines(self) -> list[tuple[str, Text]]:
        """Without redrawing: the status at the start, then each cue once, at its second."""
        now = phase(self.timer, self.elapsed)
        words = timer_words(self.timer)
        at = f"{min(self.elapsed, self.timer.max):4.1f} s  "
        lines = [("hold", Text(words.hold, style="notice"))]
        if now != "hold" and not one_time_until(self.timer):
            lines.append(("watch", Text.assemble(at, (words.watch, "timer.alert"))))
        said = words.over if now == "over" else words.stop
        if now in ("release", "over") and not (now == "release" and said == words.watch):
            lines.append((now, Text.assemble(at, (said, "timer.alert"))))
        return lines


@dataclass(frozen=True)
class HoldResult:
    typed: str | None  # an answer typed instead of starting the timer, or to end it
    held: float | None  # seconds held, when Enter stopped the timer
    ran_out: bool = False  # the timer reached the longest hold: when the finger left is unknown
    answered_elsewhere: bool = False  # another screen answered the step: the timer stopped


def bell_times(timer: Timer) -> set[float]:
    """When the bell rings: when the web page beeps (core/present/timer.py, `beep_times`);
    never where the sign is a sound the person listens for (`Timer.heard`)."""
    return set() if timer.heard else set(beep_times(timer).values())


def run_hold(
    console: Console,
    reader: LineReader,
    timer: Timer,
    pace: Pace,
    least: float | None = None,
    asked: float | None = None,
    started: Callable[[], None] | None = None,
    answered: Callable[[], bool] | None = None,
) -> HoldResult:
    """Start on Enter, ring when `bell_times` says, stop on Enter or max; `least` is the
    shortest hold the session takes as done on this page (default: the minimum), `asked` the
    hold the page asks for as it says it (default: `least`), so "too short" here means what
    the next step will say; `started` is called as the count starts (the session logs it),
    `answered` at each redraw: True, another screen answered the step, and the timer stops
    (it counted on to its longest hold, then asked for an answer already given: 75 C)."""
    ready = TIMER_CUES["ready_power_key" if timer.from_power else "ready_key"]
    console.print(Text(ready, style="notice"))
    typed = reader.readline()
    if typed:
        return HoldResult(typed, None)
    start = pace.now()
    if started is not None:
        started()
    rung: set[float] = set()
    line: str | None = None
    with no_echo(reader), live(console, HoldBar(timer, 0.0)) as display:
        while True:
            elapsed = pace.now() - start
            display.update(HoldBar(timer, elapsed), refresh=True)
            for at in bell_times(timer):  # one bell each, even between redraws
                if elapsed >= at and at not in rung:
                    rung.add(at)
                    ring(console)
            if elapsed >= timer.max:
                reader.drop_unsent()
                break
            if answered is not None and answered():
                reader.drop_unsent()
                break
            line = reader.readline(timeout=pace.real(next_redraw(timer, elapsed)))
            if line is not None and line.strip().casefold() in NOT_LETTING_GO:
                return HoldResult(line.strip(), None)  # "q" leaves, "h" and "u" as said:
                # none of them is "I let go", so no hold is saved (one of 8 s was, after "h")
            if line is not None:  # the finger left now, not at the last redraw
                elapsed = min(pace.now() - start, timer.max)
                display.update(HoldBar(timer, elapsed))  # drawn as the display closes
                break
    if line is None and elapsed < timer.max:  # answered on another screen meanwhile
        console.print(Text(TIMER_CUES["answered_elsewhere"], style="notice"))
        return HoldResult(None, None, answered_elsewhere=True)
    if line is None:  # no Enter: the person may still hold, or let go unseen
        console.print(Text(TIMER_CUES["ran_out"].format(seconds=f"{timer.max:g}"), style="notice"))
        return HoldResult(None, None, ran_out=True)
    # an answer typed as the finger left ("2": nothing happened) ends the hold and is that
    # answer (the caller shows it: it was not echoed): it was dropped, and the next Enter
    # then said "Done, I let go" (installer review 62, #1)
    typed = line.strip() if line is not None and line.strip() else None
    least = timer.min if least is None else least
    in_part = timer.not_before is not None and least >= timer.not_before  # as the session reads
    console.print(_verdict(elapsed, least, least if asked is None else asked, typed, in_part))
    return HoldResult(typed, elapsed)


def _verdict(
    held: float, least: float, asked: float, typed: str | None = None, in_part: bool = False
) -> Text:
    """ "You held for 7.1 s", and whether that was short of what the step asks. Where letting
    go sooner resets the camera only in part (a Tapo C200 before 10 s), the camera may well
    have reacted: "If nothing changed" did not fit it (merged-diff review 69, N #2)."""
    if held >= least:
        return Text(f"You held for {held:.1f} s.")
    said = f"You held for {held:.1f} s: shorter than this step asks for ({asked:g} s)."
    if in_part:  # `asked`: that time; on a page of a whole time, all of it
        said += f" Letting go before {asked:g} s may reset the camera only in part."
    if typed is None and in_part:
        said += " Press Enter: the next step says why, and lets you hold it again."
    elif typed is None:
        said += " If nothing changed, press Enter: the next step lets you hold it again, longer."
    return Text(said, style="fact.warning")
