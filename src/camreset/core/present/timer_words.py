"""What the hold timer says and when it sounds, for one hold: its plan, its cues (worded in
timer_cues.py's table) and its beeps, read by the web page's script, the terminal's bar and a
page without JavaScript alike.

When the instruction is "hold until a sign", the timer does not say "let go" at the
recommended time; it says "keep holding until <sign>; stop by <max>". Its cues come in two
slots that never overwrite each other: "watch now" (from the minimum) and "stop now" (let go,
or the limit).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from camreset.core.present.number_words import number
from camreset.core.present.step import Timer
from camreset.core.present.timer_cues import TIMER_CUES


@dataclass(frozen=True)
class TimerWords:
    """What the timer says, in the web page's script, the terminal bar and the no-JS text."""

    plan: str
    """The whole plan in one sentence, for a page without JavaScript and for a screen reader."""
    hold: str
    watch: str
    """From the minimum on: what to look for now."""
    stop: str
    """At the recommended time: let go (or keep holding until the sign; stop by …)."""
    over: str
    """At the maximum: stop now."""
    sounds: str = ""
    """What the page's beeps mean, for this hold: someone holding a pin in a hole has their
    eyes on the camera, and two beeps where the words say "keep holding" read as "let go"."""
    now: str = ""
    """At the sign's window, what a screen reader is told: a few words ("Watch and listen now"),
    the sign's whole sentence shown, not read out over the chime a default sign says may come
    (22 words at a Ring doorbell's 10 s: accessibility review 70 A, #3); "": `watch` is. A
    Tapo C200's at 5 s: "It may react now; keep holding to 10 s" (it read 14: review 75 F)."""
    go: str = ""
    """At a not-before hold's time (a Tapo C200's 10 s), what a screen reader is told: "Let go
    once" the sign, `stop`'s 21 words shown, not read out over the "let go" beeps (review
    75 F, #6); "": `stop` is."""
    parts: tuple[str, ...] = ()
    """The plan's clauses, the time to hold first: the web page sets each on its own line
    (at 200 % text on a 320 px phone, the plan in one bold paragraph was 1,560 px tall)."""


BEEP_WORDS = {"watch": "one beep: watch now", "let_go": "two beeps: let go",
              "may_go": "two beeps: let go once it happens, now if it already has",
              "stop": "one long low beep: stop now",
              "about": "one long low beep: about that time, let go once it happens",
              "end": "one long low beep: the end of that time"}  # fmt: skip


def beep_times(timer: Timer) -> dict[str, float]:
    """When the timer sounds, and what for, in the order they come (the web page beeps, the
    terminal rings): "watch" at the minimum where there is a window to watch in before the
    end; "let go" at the usual time, only where its words say so (not "keep holding until
    the sign"); "stop" at the longest hold where that is later, or the sign may not come.
    A hold that must not end before a time (a Tapo C200's 10 s) sounds first at that time,
    "let go once it happens": its beep at 5 s, the least, came where the page says to keep
    holding, and nothing sounded at 10 s (session 68 left over)."""
    lo, rec, hi = timer.min, timer.recommended, timer.max
    if timer.until is not None and timer.not_before is not None:
        return {"may_go": timer.not_before, "stop": hi}
    if timer.about:  # its source's "about": no stop (review 71 E, #8)
        return {"about": hi}
    times = {}
    if lo and lo < hi and (timer.until is not None or lo < rec) and not timer.by_clock:
        times["watch"] = lo
    if timer.until is None and rec:
        times["let_go"] = rec
    if hi > rec or timer.until is not None:
        times["end" if timer.longer else "stop"] = hi
    return times


BUZZ_WORDS = {"watch": "a short buzz: listen now", "let_go": "two buzzes: let go",
              "may_go": "two buzzes: let go once it happens, now if it already has",
              "stop": "one long buzz: stop now",
              "about": "one long buzz: about that time, let go once it happens",
              "end": "one long buzz: the end of that time"}  # fmt: skip
"""The same cues for a timer that stays silent, where the sign is a sound."""


def timer_sounds(timer: Timer) -> str:
    """The beeps this hold's timer plays, each with its meaning; none where the sign is a
    sound the person listens for (the phone buzzes instead)."""
    if timer.heard:
        said = "; ".join(BUZZ_WORDS[k] for k in beep_times(timer))
        quiet = "Once started, the timer makes no sound, so you can hear the camera"
        return f"{quiet}; a phone buzzes: {said}."
    said = "; ".join(BEEP_WORDS[k] for k in beep_times(timer))
    return f"Once started, the timer beeps (and a phone buzzes): {said}."


def timer_words(timer: Timer) -> TimerWords:
    """The timer's cues and plan for one hold, from its numbers and its sign."""
    lo, rec, hi = timer.min, timer.recommended, timer.max
    if timer.until is not None:
        # Heard: a few words, read out before the chime or voice may come, not the sign's
        # whole sentence over it (EZVIZ's 27 words outlasted its 5 to 10 s window).
        cue = "listen_for" if timer.only_heard else "look_and_listen"
        watch = TIMER_CUES[cue if timer.heard else "watch_for"].format(until=timer.until)
        stop = TIMER_CUES["keep"].format(until=timer.until, max=number(hi))
        over = TIMER_CUES["over_why"].format(max=number(hi), why=timer.max_why or "")
        parts: tuple[str, ...] = (
            f"Hold for at least {number(lo)} seconds",
            f"and keep holding until {timer.until};",
            f"stop by {number(hi)} seconds ({timer.max_why}).",
        )
        if hi <= lo:  # no window to watch in: "at least 30 … stop by 30" read as a contradiction
            parts = (
                f"Hold for {number(hi)} seconds ({timer.max_why}): by then {timer.until}.",
                f"Let go at {number(hi)} seconds even if it has not.",
            )
        if timer.about:  # "about 10 seconds until two beeps": the sign says when (E #8)
            parts = (f"Hold about {number(hi)} seconds, until {timer.until}:", "let go then.")
            stop = TIMER_CUES["keep_about"].format(until=timer.until)
            over = TIMER_CUES["about"].format(max=number(hi), until=timer.until)
        if timer.not_before is not None:  # the page's one rule (KB audit 68, R8), not
            aim = number(timer.not_before)  # "at least 5 … until red blinking" beside it
            watch = TIMER_CUES["not_before"].format(watch=watch, aim=aim)
            stop = TIMER_CUES["keep_past"].format(until=timer.until, max=number(hi))
            go = TIMER_CUES["may_go"].format(until=timer.until)
            go = go if len(go.split()) <= 12 else TIMER_CUES["may_go_any"]  # a few words
            parts = (
                f"Hold for at least {aim} seconds, even if {timer.until} sooner;",
                "after that, let go once it has;",
                parts[-1],
            )
        plan = " ".join(parts)
        sounds = timer_sounds(timer)
        now = (
            ""
            if timer.heard
            else TIMER_CUES["watch_only" if timer.no_speaker else "look_and_listen"]
        )
        if now and timer.not_before is not None:  # its one rule, in 9 words, not 14 (76 E)
            now = TIMER_CUES["not_before_now"].format(aim=number(timer.not_before))
        words = TimerWords(
            plan, TIMER_CUES["hold"], watch, stop, over, sounds, parts=parts, now=now
        )
        return replace(words, go=go) if timer.not_before is not None else words
    back = " once the power is back" if timer.from_power else ""
    parts = (f"Hold for {number(rec)} seconds{back}.",)
    if lo < rec:
        look = "watch" if timer.no_speaker else "watch and listen"  # (after-reset review 58)
        parts += (f"From {number(lo)} seconds on, {look} for a sign.",)
    if hi > rec and timer.longer:  # "15 to 20", no limit: one source says 30 (review 71 E #7)
        parts = (
            f"Hold {number(rec)} to {number(hi)} seconds{back}, the surest time the sources give;",
            f"other sources give as long as {number(timer.longer)}.",
        )
    elif hi > rec:  # not "let go before 15 s", read as a limit beside a 30 s long hold
        why = f" ({timer.max_why})" if timer.max_why else ""
        parts += (f"Stop by {number(hi)} seconds{why}.",)
    if timer.by_clock:  # the notice's one rule, not "from 10 … stop by 30" beside it (F #11)
        parts = (f"Hold for {number(rec)} seconds{back}, then let go.",)
    over = TIMER_CUES["over"].format(max=number(hi))
    if timer.longer:
        over = TIMER_CUES["end"].format(max=number(hi), longer=number(timer.longer))
    sign = TIMER_CUES["watch_only" if timer.no_speaker else "watch"]
    # a set time, or a sign unseen (`by_clock`): no sign to watch for, its one cue "let go"
    watch = sign if lo < rec and not timer.by_clock else TIMER_CUES["release"]
    release = TIMER_CUES["release"]
    sounds = timer_sounds(timer)
    return TimerWords(
        " ".join(parts), TIMER_CUES["hold"], watch, release, over, sounds, parts=parts
    )
