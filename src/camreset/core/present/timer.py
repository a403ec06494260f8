"""The hold timer and its words, from the model's one resolved hold fact.

The timer, the step's instruction and the facts box must never disagree (issue 11, point 3):
all three read the same resolved `hold` fact. When the instruction is "hold until a sign"
(the step's text names `{while_holding}`), the timer does not say "let go" at the
recommended time; it says "keep holding until <sign>; stop by <max>", where <max> is the
longest hold any claim of that fact gives (the facts box shows the same range under "Sources
disagree"), capped by a source's safe maximum. Its cues come in two slots that never
overwrite each other: "watch now" (from the minimum) and "stop now" (let go, or the limit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from camreset.core.kb.resolve import Origin, ResolvedModel
from camreset.core.kb.values import Hold, ResetWindow
from camreset.core.present.facts import origin_words
from camreset.core.present.holds import (
    RESETTING,
    about_hold,
    in_part_windows,
    long_hold,
    longest_claim,
    past_in_part,
    restart_warning,
    timer_of,
    window_end,
    window_seconds,
)
from camreset.core.present.step import Timer
from camreset.core.present.timer_cues import TIMER_CUES
from camreset.core.present.words import CONFIDENCE, number


def set_by_a_window(model: ResolvedModel, timer: Timer, window: object) -> bool:
    """Whether the timer's stop comes from this hold window (Blink's "30 s: full" beside an
    Outdoor 4's "10 to 15 s"): the hold page then shows that window with its source."""
    if not isinstance(window, ResetWindow) or window.effect not in RESETTING:
        return False
    return timer.until is not None and timer.max == window_end(window)


def _stop_by(model: ResolvedModel, hi: float) -> tuple[float, str]:
    """When to stop at the latest while holding until a sign, and where that comes from."""
    hold = model.hold
    resolved = model.facts.get("hold")
    longest = max(hi, longest_claim(model) or hi)
    if hold is not None and hold.safe_max is not None and hold.safe_max < longest:
        return hold.safe_max, "the most the sources say is safe"
    if resolved is None:
        return longest, "camreset's default, from two public reset guides by one publisher (scOS)"
    if model.any_brand("hold"):  # guides for any camera of its shape, not its own
        return longest, "the longest hold the sources give for cameras like this"
    several = len(resolved.claims) > 1 or bool(window_seconds(model))
    if not several:
        return longest, "the longest hold given"
    windows = max(window_seconds(model), default=0.0)
    if resolved.origin is Origin.model and windows < longest:  # its own claims set it: its
        return longest, "the longest hold the sources for this model give"  # line's not read
    return longest, "the longest hold any source gives"


def hold_timer(model: ResolvedModel, hold: str, until: str | None) -> Timer:
    """The timer of a hold page: `hold` is the KB step's hold (recommended, long or seconds);
    `until` the sign the page says to hold until (None: hold for the time)."""
    timer = _timer(model, hold, until)
    speaker = model.value("speaker") is not False
    about = timer.until is not None and timer.max <= timer.min and about_hold(model.hold)
    return replace(timer, no_speaker=not speaker, not_before=not_before(model, timer), about=about)


def _timer(model: ResolvedModel, hold: str, until: str | None) -> Timer:
    lo, rec, hi = timer_of(model.hold)
    if hold == "long":
        seconds = long_hold(model.hold)
        return Timer(min(lo, seconds), seconds, seconds)
    if hold.isdigit():
        return Timer(float(hold), float(hold), float(hold))
    if until is None:
        longest = longest_claim(model) or hi
        longer = longest if longest > hi and hold == "recommended" else None
        return Timer(lo, past_in_part(model, rec, hi), hi, longer=longer)
    stop, why = _stop_by(model, hi)
    rec = past_in_part(model, rec, max(rec, stop))
    return Timer(lo, rec, max(rec, stop), until=until, max_why=why)


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


LET_GO = "Let go once it happens after that, or when the longest hold is up."
"""A hold page's release rule at its sign (troubleshooting.yaml), which an in-part window
replaces: beside it, "keep holding past 5 s" gave two rules (KB audit 68, R8)."""


def not_before(model: ResolvedModel, timer: Timer) -> float | None:
    """The time before which a hold until a sign says not to let go, even if the sign comes:
    where a source found letting go at the time the timer allows resets it only in part, and
    the page aims past it (a Tapo C200's 10 s past 5 s), its timer says so too; None: it lets
    go when the sign comes."""
    for window in in_part_windows(model):
        if timer.min <= (end := window_end(window)) < timer.max:
            late = timer.until is not None and timer.recommended > end
            return timer.recommended if late else None
    return None


def holds_until_sign(hold: str, text: str | None) -> bool:
    """Whether a hold page (its KB `hold` and text) holds until the camera's sign, not for a
    time: its words name the sign ("{while_holding}") and it asks for no hold of its own."""
    return hold != "long" and not hold.isdigit() and "{while_holding}" in (text or "")


def page_not_before(model: ResolvedModel, hold: str, text: str | None) -> float | None:
    """`not_before` of a hold page's timer, from the page's KB `hold` and text alone: what the
    session judges a timed hold against (a Tapo C200's 10 s, not the least, 5 s)."""
    if not holds_until_sign(hold or "recommended", text):
        return None
    return not_before(model, _timer(model, hold or "recommended", "its sign"))


def in_part_warning(model: ResolvedModel, timer: Timer, text: str) -> str:
    """A hold page's words (`text`) where its timer allows letting go where a source found the
    reset only partial (a Tapo C200's 5 s keeps its admin password), else `text`: the minimum
    alone would not keep a person from stopping there. No new hold time is made up: it says
    to hold past the window, to the next hold a source gives. Where the page lets go at its
    sign, which the 5 s sources give at about 5 s, one rule replaces it and the sources'
    disagreement is said plainly. A window that only restarts it is said too (`restart_warning`)."""
    text = restart_warning(model, timer.recommended, text)
    for window in in_part_windows(model):
        if timer.min <= (end := window_end(window)) < timer.max:
            kept = f" ({window.note})" if window.note else ""
            aim = timer.recommended
            if LET_GO in text and not_before(model, timer) is not None:
                rule = (
                    f"Let go once it happens, but not before {aim:g} s: keep holding to {aim:g} s "
                    "even if it happens sooner, and let go when the longest hold is up if it "
                    "never does."
                )
                least = f"for at least {timer.min:g} seconds"  # "… at least 5 seconds" above it
                text = text.replace(least, f"for at least {aim:g} seconds", 1)
                return text.replace(LET_GO, rule) + (
                    f" Why {aim:g} s: the sources that give this sign say to let go as soon as "
                    f"it happens, but a source found that letting go at {window.seconds} s "
                    f"resets it only in part{kept}; {aim:g} s is the next hold a source gives."
                )
            aiming = f", aiming for {aim:g} s" if aim > end else ""
            if aim > end and aim == past_in_part(model, end, timer.max):  # not a long hold's 30
                aiming += ", the next hold a source gives"  # (phone review 69, U #11)
            return text + (
                f" A source found that letting go at {window.seconds} s resets it only in "
                f"part{kept}: keep holding past {window.seconds} s{aiming}."
            )
    return text


def hold_disagreement(model: ResolvedModel, timer: Timer, hold: str = "recommended") -> str:
    """A sentence for a hold page (`hold`: which of the model's holds it times) whose sources
    give different times, else "": the page's "at least 5 seconds" followed the first of two
    equally sure claims (5 s and 30 s) and only the facts below the answers said they differ
    (KB audit 57). No time is made up: the range is the claims' own, and the timer already
    stops at its longest. A page with its own hold ("15", "long") is not about them."""
    resolved = model.facts.get("hold")
    if resolved is None or hold != "recommended":
        return ""
    windows = [timer_of(c.value) for c in resolved.claims if isinstance(c.value, Hold)]
    if len({(lo, hi) for lo, _, hi in windows}) < 2:
        return ""
    least = min(lo for lo, _, _ in windows)  # two windows differ: least < most
    most = max(hi for _, _, hi in windows)
    return (
        f" The sources differ on how long to hold ({number(least)} to {number(most)} seconds): "
        f"the timer runs to {number(timer.max)}."
    )


_RUNS_TO = re.compile(
    r"( The sources differ on how long to hold \([^)]*\): the timer runs to )[\d.]+\."
)


def retimed(text: str, timer: Timer) -> str:
    """A hold page's `text` whose sentence on the sources' different times ends at `timer`'s
    last second: a page for someone who can't see the light is timed by one source's window,
    and its "the timer runs to 60" stood beside "Stop by 30 seconds" (phone review 69, U #3).
    Which window it is, is said: "the timer runs to 15" under "10 to 20 seconds" gave no
    reason to stop short of the 20 (merged-diff review 69, N #10)."""
    follows = f"the {number(timer.min)} to {number(timer.max)} seconds this page follows"
    end = f"{number(timer.max)}, the end of {follows}" if timer.min < timer.max else ""
    return _RUNS_TO.sub(lambda m: f"{m.group(1)}{end or number(timer.max)}.", text)


SURE_IN_SHORT = {
    "high": "the maker's own documentation",
    "medium": "independent sources",
    "low": "one source or publisher only",
}
"""Why each confidence, in a few words: said on one short line after a hold page's answers."""


def hold_sureness(
    model: ResolvedModel, hold: str = "recommended", asked: float | None = None
) -> str | None:
    """How sure the sources are of the time a hold page follows, and whose time it is, said
    right after its answers: a maker-documented hold and a single blog's read the same, and
    the only sign was a badge screens below (KB audit 57, M8). The time is named, as the
    timer may aim past it (a Tapo C200's 10 s past a 5 s that resets in part: diff review
    58). None for a page with its own hold ("15", "long"), which is not the model's. `asked`:
    the hold the page asks for at least, where it is past the sources' surest time (a Tapo
    C200's 10 s, as 5 s resets it only in part): the line names it, and says the sources
    disagree; "How sure of the 5 seconds" under "at least 10 seconds" gave an agent reading
    aloud the wrong number (helpdesk review 70, H #12)."""
    resolved = model.facts.get("hold")
    if resolved is None or hold != "recommended":
        return None
    level = resolved.confidence.value
    lo, _, hi = timer_of(resolved.value if isinstance(resolved.value, Hold) else None)
    time = f"{number(lo)} seconds" if lo == hi else f"{number(lo)} to {number(hi)} seconds"
    # where sources differ the page's times span them all: which one this is, is said (a
    # generic page held 10 to 60 s under "How sure of the 10 to 30 seconds": review 63, #3)
    differ = len({timer_of(c.value) for c in resolved.claims if isinstance(c.value, Hold)}) > 1
    time += ", one of the times the sources give" if differ else ""
    said = f"How sure of the {time}: {CONFIDENCE[level].word}"
    if asked is not None and asked > hi:
        return _past_the_surest(
            model, asked, f"{number(lo)}{'' if lo == hi else f' to {number(hi)}'}"
        )
    if resolved.origin is Origin.default:  # its words name the publisher already
        return f"{said}: it is {origin_words(model, resolved.origin)}."
    whose = origin_words(model, resolved.origin)
    return f"{said} ({SURE_IN_SHORT[level]})" + (f", as {whose}." if whose else ".")


def _past_the_surest(model: ResolvedModel, asked: float, surest: str) -> str:
    """The sureness line of a page that holds past the surest time, as it resets in part."""
    resolved = model.facts["hold"]
    windows = [timer_of(c.value) for c in resolved.claims if isinstance(c.value, Hold)]
    least, most = min(lo for lo, _, _ in windows), max(hi for _, _, hi in windows)
    level = resolved.confidence.value
    whose = origin_words(model, resolved.origin)
    why = f"{CONFIDENCE[level].word}: {SURE_IN_SHORT[level]}" + (f", {whose}" if whose else "")
    return (
        f"How sure of the {number(asked)} seconds: the sources disagree ({number(least)} to "
        f"{number(most)} seconds). The surest time, {surest} seconds ({why}), resets it only "
        f"in part, so this page holds for {number(asked)} seconds, the next hold a source gives."
    )
