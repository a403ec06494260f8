"""The seconds of a hold, from a model's resolved hold fact: what the timer, the step's words
and the facts box all read, so they can never disagree."""

from __future__ import annotations

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import Hold, ResetWindow, WindowEffect
from camreset.core.present.number_words import clock, number

LONG_HOLD_FLOOR = 30.0
"""The TP-Link seed's "a full 30 seconds": the shortest long hold we ever suggest."""
NO_HOLD_FACT = (LONG_HOLD_FLOOR, LONG_HOLD_FLOOR, 60.0)
"""With no hold fact at all: the seeds' long hold, stopping at the Amcrest seed's 60 s."""
WHOLE_HOLD_SLACK = 1.0
"""A page that asks for a whole time (the long hold, or N seconds) takes a timed hold up to
this much shorter as the whole time: the tap that stops the timer lags the finger a little.
Not a hold fact; how exact the timer is read."""

KEEP_ON = (
    "Do not {off} first{unless}: it is on, and after a restart a press counts only once it has "
    "fully started again."
)
"""On a hold page of an attempt with no power step of its own: a restart undoes the wait."""
KEEP_ON_UNLESS = " (unless you follow {brand}'s own recorder reset from the page before)"
"""Where the Get-ready page gave the maker's recorder reset (Lorex: the cable pulled and put
back while the button is held), "do not unplug it" alone contradicted it (phone review 43)."""
CABLE_HOLD = (
    "Keep its power on. {brand}'s own reset counts this hold from when the network cable is "
    "back in: still holding the button, pull the camera's network cable out and plug it back "
    "in, and time the {seconds} seconds from then (start the timer as it goes back in)."
)
"""On a plain hold of a camera whose maker's reset holds the button while its network cable is
pulled and put back (Lorex), on a page with no recorder reset before it (on its adapter): "Do
not unplug it first" sat under its own fact "counted once the Ethernet cable is back in"
(installer review 71, I #1)."""
KEEP_ON_THIS_TIME = " this time (its sources give both ways, and this one has it on and started)"
"""Where the surest sources hold the button as the power comes back (Hikvision): a plain hold
is the other way they give, and "do not unplug it" alone read as against them."""


MAY_BE_ON = "If the camera was off or has just restarted, wait"
JUST_ON = "It has just got its power back: wait"
UNTIL_STARTED = " {time} after {on}, until it has fully started"
THEN_PRESS = ", then press"
PRESS_EARLY = "pressing earlier is a common reason a reset does not take"
WAS_ON = " If it has been on for longer than that, go on."
"""The parts of a start-up wait's words: the pages' sentences below, and what a dark
camera's wait leaves out of them (`ABOUT_THE_PRESS`), are made of the same words."""
BOOT_WAIT = {
    False: f"{MAY_BE_ON}{UNTIL_STARTED}: {PRESS_EARLY}.{WAS_ON}",
    True: f"{JUST_ON}{UNTIL_STARTED}. {PRESS_EARLY.capitalize()}.",
}
"""A start-up wait's words, keyed by whether the attempt has just given the camera power
again (then the whole time is asked for; before, it may have been on for hours)."""
BOOT_WAIT_OTHER_WAY = {
    False: f"{MAY_BE_ON}{UNTIL_STARTED}{THEN_PRESS}.{WAS_ON}",
    True: f"{JUST_ON}{UNTIL_STARTED}{THEN_PRESS}.",
}
"""The same, where the surest sources hold the button as the power comes back (Hikvision):
"pressing earlier is a common reason a reset does not take" sat above their own fact
"no: the button is held while the power comes back on" (review 50)."""
OTHER_WAY = (
    " Its surest sources hold the button as the power comes back instead (a step of its own); "
    "this step tries the other way they give, on a camera that has started."
)


RECORDER_WAY = (
    " {brand}'s own reset, on its recorder, holds the button while the cable is pulled and put "
    "back and counts from then (a step of its own); this page is a plain hold, timed from your "
    "press, on a camera that has started again."
)
"""On the hold of an attempt that gave the camera its power again (a new PoE port, a short
cable) on a camera whose maker resets it on its recorder (Lorex): the fact above the page,
"counted once the Ethernet cable is back in", read against a timer started at the press
(installer review 66, D #2)."""


def after_power_note(model: ResolvedModel, *, recorder_way: bool) -> str:
    """The hold page's word on the model's own way, in an attempt that cut and gave back the
    power before its start-up wait: its sources' hold as the power comes back (Hikvision), or
    the maker's recorder reset (Lorex); "" where the sources give no other way."""
    if model.value("powered_first") is False:
        return OTHER_WAY.replace("this step", "this page")
    return RECORDER_WAY.format(brand=model.line.brand) if recorder_way else ""


ABOUT_THE_PRESS = (
    (MAY_BE_ON, "Wait"),  # it is off: said dark
    (OTHER_WAY, ""),
    (f"{THEN_PRESS}.", "."),
    (f": {PRESS_EARLY}.", "."),
    (f" {PRESS_EARLY.capitalize()}.", ""),
    (WAS_ON, ""),
)
"""What a start-up wait says of the press to come (`BOOT_WAIT`, `BOOT_WAIT_OTHER_WAY`), or of
a camera that may have been on, and what is left of each sentence without it."""


def without_the_press(text: str) -> str:
    """A start-up wait's words for a camera not yet seen on: its press, and the other way its
    sources hold, come once it shows it is on (review 54: a dark Hikvision's wait after
    "Another port" said "then press" and weighed the ways to hold; diff review 55: every
    other camera's said "pressing earlier is a common reason a reset does not take")."""
    for said, left in ABOUT_THE_PRESS:
        text = text.replace(said, left)
    return text


BOOT_FALLBACK, REBOOT_FALLBACK = 120.0, 180.0
"""Only if even camreset's general defaults lost their start-up and restart times."""


def boot_wait(model: ResolvedModel, after_power: bool, time: str, on: str) -> str:
    """A start-up wait's words: why to wait, unless its sources press as the power returns."""
    if model.value("powered_first") is False:
        return BOOT_WAIT_OTHER_WAY[after_power].format(time=time, on=on) + OTHER_WAY
    return BOOT_WAIT[after_power].format(time=time, on=on)


def keep_on(
    off: str, model: ResolvedModel, recorder_way: bool, cable_hold: float | None = None
) -> str:
    """The hold page's "do not cut its power first", with the other way where there is one:
    the maker's recorder reset (`recorder_way`), or the sources' hold as the power comes back;
    where the maker's hold is counted once the network cable is back in (`cable_hold`, its
    seconds) and no recorder reset came before, that cable, as the maker's reset has it."""
    if cable_hold is not None and not recorder_way:
        return CABLE_HOLD.format(brand=model.line.brand, seconds=number(cable_hold))
    unless = ""
    if recorder_way:
        unless = KEEP_ON_UNLESS.format(brand=model.line.brand)
    elif model.value("powered_first") is False:
        unless = KEEP_ON_THIS_TIME
    return KEEP_ON.format(off=off, unless=unless)


def timer_of(hold: Hold | None) -> tuple[float, float, float]:
    """(min, recommended, max) seconds for the hold timer, filling gaps from one another."""
    if hold is None:
        return NO_HOLD_FACT
    known = [v for v in (hold.min, hold.recommended, hold.max) if v is not None]
    if not known:
        only = hold.safe_max or LONG_HOLD_FLOOR
        return (only, only, only)
    lo = hold.min if hold.min is not None else min(known)
    rec = hold.recommended if hold.recommended is not None else max(lo, min(known))
    hi = hold.max if hold.max is not None else max(known)
    return (lo, rec, max(rec, hi))


def about_hold(hold: Hold | None) -> bool:
    """Whether its source gives the hold as about a time, until a sign it names ("about 10
    seconds until you hear two beeps": a eufyCam 2): the time is no limit, the sign says when
    to let go ("Let go at 10 seconds even if it has not" beside "until two beeps" contradicted
    the source: review 71 E, #8)."""
    return (
        hold is not None
        and hold.until is not None
        and hold.recommended is not None
        and hold.min is None
        and hold.max is None
        and hold.safe_max is None
    )


def long_hold(hold: Hold | None) -> float:
    """The "hold longer" time: the camera's own sources' long hold where they give one, else
    at least 30 s, up to the longest hold sources allow."""
    value = general_long_hold(hold) if hold is None or hold.long is None else hold.long
    if hold is not None and hold.safe_max is not None:
        value = min(value, hold.safe_max)
    return value


def general_long_hold(hold: Hold | None) -> float:
    """The general guides' long hold for this camera: 30 s, or the longest hold given."""
    return max(LONG_HOLD_FLOOR, timer_of(hold)[2])


def hold_minimum(hold: Hold | None, kind: str) -> float:
    """The shortest timed hold a hold page takes as done: `kind` is its `hold` (recommended,
    long or whole seconds). A page that asks for a whole time wants all of it ("even after
    the light changes"), so a hold that stopped at the light is short there."""
    lo, _, _ = timer_of(hold)
    whole = whole_seconds(hold, kind)
    return lo if whole is None else max(0.0, whole - WHOLE_HOLD_SLACK)


def hold_asked(hold: Hold | None, kind: str) -> float:
    """The hold a page asks for, in the words a person reads: the whole time on a page that
    asks for one ("Hold for 30 seconds"), else the least of the usual window."""
    whole = whole_seconds(hold, kind)
    return timer_of(hold)[0] if whole is None else whole


def whole_seconds(hold: Hold | None, kind: str) -> float | None:
    """The time a page asks to hold for all of (None: a page that holds for the usual
    window, letting go at the sign)."""
    if kind == "long":
        return long_hold(hold)
    return float(kind) if kind.isdigit() else None


def held_against(held: float, least: float, most: float, asked: float | None = None) -> str | None:
    """How a timed hold compares with what its page asked, for the report beside the hold:
    support reads a 16 s hold on a page that said "stop by 10 seconds" differently. A page
    that asked for a whole time ("Hold for 30 seconds") set no most: a 31 s hold there was
    reported as "longer than the 30 s asked for at most" (helpdesk review 40). Short of
    `least`, it names `asked`, the time the page says (default: `least`): a 30 s hold's
    short page said "before 30 seconds", its report "the 29 s asked for" (review 69, N #11)."""
    if held < least:
        return f"shorter than the {clock(least if asked is None else asked)} asked for"
    whole = least >= most - WHOLE_HOLD_SLACK
    if not whole and held > most + WHOLE_HOLD_SLACK:
        return f"longer than the {clock(most)} asked for at most"
    return None


IN_PART = frozenset({WindowEffect.partial, WindowEffect.wifi_only})
"""Hold windows that reset only part of it: letting go there leaves the rest as it was."""


def window_end(window: ResetWindow) -> float:
    """The upper end of a hold window ("20-30" → 30, "10+" → 10)."""
    return float(window.seconds.rstrip("+").split("-")[-1])


def in_part_windows(model: ResolvedModel) -> list[ResetWindow]:
    """The hold windows a source found reset the camera only in part."""
    return [
        w
        for w in model.values("reset_windows")
        if isinstance(w, ResetWindow) and w.effect in IN_PART
    ]


def in_part_at(model: ResolvedModel, seconds: float) -> bool:
    """Whether a source found that letting go at `seconds` resets the camera only in part."""
    return any(window_end(w) >= seconds for w in in_part_windows(model))


def in_part_note(model: ResolvedModel) -> str | None:
    """Under a reset card's hold time: where a source found that letting go at the time the
    card leads with resets the camera only in part (a Tapo C200's "5 s" keeps its admin
    password), the card says so, as the guide's hold page does (technician review 51: the
    card's "5 s" beside "5 s: partial")."""
    resolved = model.facts.get("hold")
    if resolved is None or not isinstance(resolved.value, Hold):
        return None
    least = timer_of(resolved.value)[0]
    for window in in_part_windows(model):
        if window_end(window) >= least:
            kept = f" ({window.note})" if window.note else ""
            return (
                f"A source found that letting go at {window.seconds} s resets it only in "
                f"part{kept}: the guide has you keep holding past {window.seconds} s"
                f"{_aiming_for(model, window)}."
            )
    return None


RESTART_ONLY = (
    " {who} that letting go at {seconds} s only restarts it, without resetting it: keep holding "
    "past {seconds} s."
)
"""On a hold page, where a sourced hold window ends in a restart before the page's hold (a Nest
Cam (battery)'s 5 s, a Blink's): its card said "5 s: reboot", its hold page nothing, and a
person who lets go as it reacts sees it restart and takes that for the reset (session-73
review F, #1)."""


def restart_warning(model: ResolvedModel, hold_for: float, text: str) -> str:
    """`text`, a hold page's words for a hold of `hold_for` seconds, with what its sources say
    a shorter hold does where that only restarts the camera; else `text` as it is."""
    for window in model.lists.get("reset_windows", ()):
        value = window.value
        if not isinstance(value, ResetWindow) or value.effect is not WindowEffect.reboot:
            continue
        if window_end(value) < hold_for:
            many = len(set(window.primary.sources)) > 1
            who = "Its sources say" if many else "A source says"
            return text + RESTART_ONLY.format(who=who, seconds=value.seconds)
    return text


RESETTING = frozenset({WindowEffect.full, WindowEffect.setup_mode})
"""Hold windows that reset the camera: a source's "30 s: full" is a hold it gives."""


def window_seconds(model: ResolvedModel) -> list[float]:
    """The upper end of each resetting hold window the sources give ("20-30" → 30)."""
    ends = []
    for window in model.values("reset_windows"):
        if isinstance(window, ResetWindow) and window.effect in RESETTING:
            ends.append(window_end(window))
    return ends


def past_in_part(model: ResolvedModel, rec: float, hi: float) -> float:
    """The time to aim for: `rec`, unless a source found that letting go then resets the
    camera only in part (a Tapo C200 at 5 s); then the next hold time any source states
    above that (its 5-10 s claim's 10), so the bell that says "let go" does not ring where
    the page warns against letting go. `rec` where no source states one up to `hi`."""
    at_risk = [end for end in map(window_end, in_part_windows(model)) if end >= rec]
    if not at_risk:
        return rec
    resolved = model.facts.get("hold")
    stated = [
        value
        for claim in (resolved.claims if resolved else ())
        if isinstance(claim.value, Hold)
        for value in (claim.value.min, claim.value.recommended, claim.value.max)
        if value is not None
    ]
    later = [v for v in (*stated, *window_seconds(model)) if max(at_risk) < v <= hi]
    return min(later, default=rec)


def _aiming_for(model: ResolvedModel, window: ResetWindow) -> str:
    """ ", aiming for 10 s, the next hold a source gives", where the guide's timer aims past
    the window for that reason (terminal review 59: the card's 5 s beside a timer aiming
    for a 10 s no words named)."""
    if model.hold is None:
        return ""
    _, rec, hi = timer_of(model.hold)
    aim = past_in_part(model, rec, max(rec, longest_claim(model) or hi))  # as a hold page's
    return (
        f", aiming for {aim:g} s, the next hold a source gives" if aim > window_end(window) else ""
    )


def longest_claim(model: ResolvedModel) -> float | None:
    """The longest hold any claim of the model's hold fact gives, or any hold window that
    resets it (Blink's "30 s: full" beside a model's "10 to 15 s"); None without either."""
    resolved = model.facts.get("hold")
    holds = (
        [timer_of(c.value)[2] for c in resolved.claims if isinstance(c.value, Hold)]
        if resolved
        else []
    )
    longest = [*holds, *window_seconds(model)]
    return max(longest) if longest else None


def inside_hold_words(hold: Hold) -> str:
    """ "for at least 5 seconds": how long a way inside a camera with no button is held (the
    IPM-743E's board contacts), for a support page that names that way without a timer."""
    lo, _, hi = timer_of(hold)
    if hold.max is None or hi == lo:
        return f"for {'at least' if hold.min is not None else 'about'} {number(lo)} seconds"
    return f"for {number(lo)} to {number(hi)} seconds"
