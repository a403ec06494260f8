"""Every fixed word a person reads, in one place: answers, confidence, what is at hand,
durations and the outcome.

The minutes left, and why they grew, are worded in `time_words`; the hold timer's cues in
`timer_cues`. Templates and terminal
views only lay these out. A label that appears in two interfaces is
written here once, so the web page, the terminal and the JSON cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from camreset.core.plain import plain_text
from camreset.core.present.ending_words import ENDINGS, NOT_FINISHED, SOLD

NOT_SURE = "not_sure"
CANT = "cant"
DONE = "done"
STOP = "stop"
"""Offered on every step but the end: stop here and hand the report to support."""
SKIP = "skip-questions"
"""Offered on the opening questions: go straight to the steps (the reset's, which erase its
settings: "Skip these questions" did not say so, need-a-reset review 66, E F7)."""

NOTHING_SEEN = "nothing"
"""A hold page's answer for a hold that brought no sign: the commonest failure."""
ANSWER_WORDS = {
    DONE: "Done",
    NOT_SURE: "Not sure",
    CANT: "I can't do this",
    STOP: "Stop here and give me the report",
    SKIP: "Skip: go straight to the reset",
    "done_waiting": "Done waiting",
    "let_go": "Done, I let go",
    NOTHING_SEEN: "I held it, but nothing happened",
}

NO_LIGHT = "I can't see this camera's light, or it has none"
"""Read as "I can't do this", later pages going by the time and other signs: it serves a camera
with no light and a person who cannot see it alike ("I can't see a light on this camera" read
as the first only: accessibility review 65, finding 3)."""
MICROPHONE = "Use the reset hole, not another small hole such as the microphone's."
"""No source says where a microphone's hole sits: "it often sits right beside it" was said on
every pin page with none behind it (KB audit 67, F2)."""
OTHER_RHYTHM = {
    "steady": "On and steady, another colour",
    "blinking": "Blinking or changing in another way",
}
"""A light answer's rhythm in general, offered after the camera's own patterns of it."""

NEEDS_HUB_END = "needs-hub"
"""The end page of someone with no hub of their own yet (present/no_hub_yet.py): its question
waits for the hub, not for support."""


OUTCOME_WORDS: dict[str | None, str] = {
    **{k: e.report for k, e in ENDINGS.items()},
    None: NOT_FINISHED,
}
"""The report's outcome line of each outcome, from the one table of endings (ending_words.py)."""
ESCALATED_AFTER_RESET = "Reset worked, but the camera could not be added again: needs support"
FOR_NEW_OWNER = {True: SOLD["handed-over"].report, False: SOLD["reset-for-sale"].report}
"""A camera being sold: reset, and whether the seller said it is off their account."""
OUTCOMES = ("done", "not_needed", "stopped", "escalated")
"""Every way a session can end; `done` and `not_needed` are successes."""
SUCCESSES = frozenset({"done", "not_needed"})
FIXED_WORDS = {"yes": "yes", "no": "no", NOT_SURE: "not sure"}


@dataclass(frozen=True)
class Sureness:
    """How sure a fact is, in words: a short badge and the reason behind it."""

    word: str
    why: str


CONFIDENCE = {
    "high": Sureness("Sure", "the maker's own documentation says so"),
    "medium": Sureness("Fairly sure", "independent sources give this value"),
    "low": Sureness("Unconfirmed", "a single source, or sources from one publisher"),
}
LOW_IN_PARTS = "each part of it rests on a single source or one publisher"
"""Why a value is unconfirmed when its parts rest on different publishers (parts_apart)."""


@dataclass(frozen=True)
class HaveItem:
    """One thing a person may have at hand; `{app}` in a label is the line's app.

    `ask`, `how`, `yes` and `no` word the step that asks for it when a step needs it and the
    person has not said they have it (a missing tool becomes a step, never a dead end)."""

    id: str
    label: str
    hint: str = ""
    ask: str = ""
    how: str = ""
    yes: str = "Yes, I have it"
    no: str = "No, I can't get it"

    def label_for(self, app: str | None, cells: str | None = None) -> str:
        """Its label; `{cells}` in it is the kind of batteries the camera's sources name."""
        return self.words_for(self.label, app, cells)

    def words_for(self, text: str, app: str | None, cells: str | None = None) -> str:
        return text.format(
            app=f"the {app} app" if app else "the maker's app", cells=f": {cells}" if cells else ""
        )


HAVE_ITEMS = (
    HaveItem(
        "pin", "A paperclip or a pin", "to press a button in a small hole",
        ask="Find a paperclip or a SIM tool",
        how="The reset button sits in a small hole: press it with something thin and stiff, "
        "such as an unbent paperclip, the SIM-eject tool that came with a phone, or a pin.",
        yes="I have one now", no="I can't find one",
    ),
    # a PoE camera's own items, before the wall power ones (installer review 66, D #8)
    HaveItem(
        "poe_port", "A free PoE port you know works, or a spare PoE injector",
        "another port of the switch or recorder, one that powers other devices",
        ask="Is there another PoE port you can use, or a spare PoE injector?",
        how="Another port of the PoE switch or recorder, one that powers other devices (its "
        "light comes on), or a PoE injector with its own power adapter.",
        yes="Yes, there is one", no="No",
    ),
    HaveItem(
        "short_cable", "A short network cable you know works", "a patch cable, no couplers",
        ask="Can you get a short network cable you know works?",
        how="A short patch cable that works with another device, to connect the camera straight "
        "to a PoE port for a test: no couplers, no long run.",
    ),
    HaveItem(
        "original_adapter", "The camera's original power adapter",
        ask="Can you get the camera's original power adapter?",
        how="The adapter and cable that came in the box with the camera.",
    ),
    HaveItem(
        "spare_adapter", "Another adapter with the same rating", "same volts, same amps",
        ask="Can you get another adapter with the same rating?",
        how="Another power adapter whose label gives the same volts and amps as the camera's "
        "own (a phone charger often gives less).",
    ),
    HaveItem(
        "other_outlet", "Another power outlet", "a different socket, not the same strip",
        ask="Is there another power outlet you can use?",
        how="A different wall socket, not another socket of the same power strip.",
        yes="Yes, there is one", no="No",
    ),
    # a camera whose sources say it takes only new single-use cells (a Blink's AA lithium):
    # its "New batteries" step asked for them with no word before (review 73 F #2)
    HaveItem(
        "batteries", "New batteries of the kind it takes{cells}",
        "single-use ones: never put them on a charger",
        ask="Can you get new batteries of the kind it takes{cells}?",
        how="New single-use batteries of the kind its maker names, enough for the camera.",
        yes="Yes, I have them", no="No, I can't get them",
    ),
    HaveItem(
        "app", "A phone with {app}", "signed in to your account",
        ask="Get {app} on a phone",
        how="Install {app} from your phone's app store and sign in to your account.",
        yes="I have it now", no=ANSWER_WORDS[CANT],  # as on every other step (review 72 F, #8)
    ),
    HaveItem(
        "admin_password", "The camera's admin password", "if you know it",
        ask="Do you know the camera's admin password?",
        how="The password you sign in to the camera's own page with. camreset never asks for "
        "it or stores it.",
        yes="Yes, I know it", no="No",
    ),
    HaveItem(
        "computer", "A computer on the same network",
        "for the camera's web page, or for camreset to check the camera over the network; the "
        "computer camreset is open on counts, if it is on that network too",
        ask="Is there a computer on the same network?",
        how="A computer connected to the same router as the camera, to open its web page (or for "
        "camreset to check the camera over the network).",
        yes="Yes", no="No",
    ),
)  # fmt: skip
HAVE_BY_ID = {item.id: item for item in HAVE_ITEMS}
FETCHABLE = frozenset({"pin", "app", "poe_port", "short_cable"})
"""Items a person who did not tick them can usually still get (a paperclip, an app): a step
that needs one asks for it. Other unticked items are taken as not at hand."""


def have_label(have_id: str, app: str | None = None) -> str:
    """Plain words for one thing a person has at hand."""
    item = HAVE_BY_ID.get(have_id)
    return item.label_for(app) if item else have_id.replace("_", " ")


POWER_CHOICES = (
    ("adapter", "Power adapter"),
    ("usb", "USB cable"),
    ("poe", "Network cable (PoE)"),
    ("battery", "Battery"),
    ("solar", "Solar panel"),
    ("transformer", "Doorbell wires"),
    ("mains", "House mains"),
)
"""How a camera of unknown model may be powered, as the person is asked (id, label)."""
WIRED_IN = frozenset({"transformer", "mains"})
"""Ways of powering that are the house's own wiring: offered only for a shape some listed
camera is wired that way (doorbell wires for a doorbell, mains for a floodlight)."""
_POWER_HELP = (
    ("poe", "a network cable (PoE) brings both data and power from a switch or recorder"),
    ("transformer", "doorbell wires are the two thin wires of an old doorbell"),
    ("mains", "house mains is wired in like a light"),
)


NAMED_FOR_POWER = frozenset({"battery"})
"""Shapes named for how they are powered: a "battery camera" is asked only the ways listed
battery cameras are powered, not a wall adapter or PoE (review 50)."""


def power_choices(
    shape_powers: frozenset[str], shape: str = ""
) -> tuple[tuple[tuple[str, str], ...], str]:
    """The answers to "How is the camera powered?" for a camera of unknown model, and the help
    that explains them: any camera may have an adapter, a cable, a battery or a panel, but only
    the shapes `shape_powers` names (the ways listed cameras of that shape are powered) are
    offered the house's own wiring; a shape named for its power, only those ways."""
    choices = tuple(c for c in POWER_CHOICES if c[0] not in WIRED_IN or c[0] in shape_powers)
    if shape in NAMED_FOR_POWER:
        choices = tuple(c for c in choices if c[0] in shape_powers | {shape})
    offered = {c[0] for c in choices}
    parts = [text for kind, text in _POWER_HELP if kind in offered]
    help_text = "; ".join(parts) + "." if parts else ""
    return choices, help_text[:1].upper() + help_text[1:]


NOT_SURE_POWER = "I'm not sure"


def number(value: float | None) -> str:
    """`5.0` → `5`, `7.5` → `7.5`; unknown → `?`."""
    return "?" if value is None else f"{value:g}"


def duration(seconds: float | None) -> str:
    """For instructions: "45 seconds", "about 3 minutes"; unknown → "a few minutes"."""
    if seconds is None:
        return "a few minutes"
    if seconds < 90:
        return f"{seconds:g} seconds"
    minutes = seconds / 60
    shown = f"{minutes:g}" if minutes == int(minutes) else f"{minutes:.1f}"
    return f"about {shown} minutes"


def clock(seconds: float | None) -> str:
    """For tables and cards: "45 s", "2 min", "1 min 15 s", "20 h 56 min", "2 days 4 h";
    unknown → "–". A step left overnight read "1256 min 27 s" (review 65 D, #3)."""
    if seconds is None:
        return "–"
    if seconds < 10 and seconds != int(seconds):
        return f"{round(seconds, 1):g} s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    if minutes >= 60:
        days, hours = divmod(minutes // 60, 24)
        if days:
            return f"{days} day{'s' if days > 1 else ''} {hours} h"
        return f"{hours} h {minutes % 60:02d} min"
    return f"{minutes} min" if rest == 0 else f"{minutes} min {rest:02d} s"


def countdown(seconds: float) -> str:
    """A running countdown: `125` → `2:05` (rounded up, never below 0:00)."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


def percent(probability: float) -> str:
    """`0.456` → `46%`; tiny but non-zero → `<1%`."""
    if 0 < probability < 0.005:
        return "<1%"
    return f"{round(probability * 100)}%"


def chance(probability: float) -> str:
    """A probability people read without a calculator: "about 40% (likely)". The word goes
    by the percentage shown: 9.96 % read "about 10% (unlikely)" beside another "about 10%
    (possible)" (web review 54)."""
    shown = round(probability * 100)
    if shown >= 60:
        word = "very likely"
    elif shown >= 30:
        word = "likely"
    elif shown >= 10:
        word = "possible"
    else:
        word = "unlikely"
    return f"about {percent(probability)} ({word})"


def not_listed_words(typed: str, name: str, close: Sequence[str] = ()) -> str:
    """What is said when a typed model of a known line (`name`) is not in camreset's list;
    `close`: listed models spelled much like it ("Blink Outdoor 4 (blink-outdoor-4)")."""
    text = (
        f"“{plain_text(typed)}” is not in camreset's list of {name} cameras. What follows is "
        f"the usual for {name} cameras, not facts about that model."
    )
    return text + (f" Listed and close to it: {'; '.join(close)}." if close else "")


def without_full_stop(text: str) -> str:
    """A value or KB note without its closing full stop, for a sentence of ours to end."""
    return text.rstrip(". ")


PROPER_NAMES = frozenset({"Bluetooth"})
"""First words written with a capital wherever they stand."""


def mid_sentence(text: str) -> str:
    """A label or name used inside a sentence: its first letter small unless its first word
    is written with capitals inside ("MAC address", "Wi-Fi", "PoE" stay as they are)."""
    first = text.split(" ", 1)[0]
    if (len(first) > 1 and not first[1:].islower()) or first.rstrip(",.:;") in PROPER_NAMES:
        return text
    return text[:1].lower() + text[1:]


def taken_as_words(typed: str, name: str, here: str = "type the model number on its label") -> str:
    """What is said when a typed model is not a name camreset knows but is close to one it
    takes as meant: said every time, so a typo never silently shows another camera (`here`:
    how to pick another where it is said)."""
    return (
        f"No camera is called “{plain_text(typed)}”: taken as the closest, {name}. If yours is "
        f"another, {here}."
    )


SHAPE_NAMES = {
    "indoor": "Indoor camera",
    "pan_tilt": "Pan and tilt camera",
    "outdoor": "Outdoor camera",
    "bullet": "Bullet camera",
    "dome": "Dome camera",
    "turret": "Turret camera",
    "doorbell": "Video doorbell",
    "battery": "Battery camera",
    "floodlight": "Floodlight camera",
}
"""A shape as the terminal's menu and the web's drawings name it."""


def shape_words(form_factor: str | None) -> str:
    """`pan_tilt` → "pan-tilt"; unknown → "unknown"."""
    return form_factor.replace("_", "-") if form_factor else "unknown"


SETUP_STATE_SHORT = {
    "factory": "Back at factory settings",
    "set_up": "Still set up",
    "unknown": "Does not say",
}
"""A camera found on the network, by the setup state its discovery reply tells, in a table's
cell (`scan` and `check`): the words the web's finder and `reset-remote` begin with. The
tables said "set up" where the web and the guide said "Still set up" (session 70 leftover);
the JSON keeps the id ("set_up")."""
SETUP_STATE_WORDS = {
    "factory": f"{SETUP_STATE_SHORT['factory']} (ready to be set up)",
    "set_up": SETUP_STATE_SHORT["set_up"],
    "unknown": f"{SETUP_STATE_SHORT['unknown']} whether it is set up",
}
"""The same, where there is room to say it whole: the web's finder and `reset-remote`."""


NOT_DONE = {"reset": "not reset", "setup": "not added yet"}  # an attempt a check said no to
UNTOLD = {"reset": "could not tell whether it reset", "setup": "could not tell whether it is added"}
"""An attempt the person could not check: it goes on as if it failed, never said to fail."""


PROVISIONING_WORDS = {
    "own_ap": "the camera's own setup Wi-Fi", "qr_to_camera": "a QR code shown to the camera",
    "qr_on_camera": "the QR code on its label", "bluetooth": "Bluetooth, from the phone",
    "sound_wave": "a sound the phone plays", "lan_tool": "the vendor's tool on a computer",
    "base_station": "its base station or hub", "wired_lan": "a network cable and its web page",
    "nvr": "its recorder (NVR)", "wps": "WPS on the router", "app": "the vendor's app",
}  # fmt: skip
"""How a reset camera is added again (the `provisioning` fact), in words."""


OWN_TRY = "the last time you tried the reset yourself, before this"
"""What the opening's questions are about: "About your own try" had to be read out as "the
time before you called us" by a helpdesk (helpdesk review 74, #8)."""
