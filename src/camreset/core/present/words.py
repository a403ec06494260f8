"""Every fixed word a person reads, in one place: answers, confidence, what is at hand,
durations, the hold timer's cues and the outcome.

Templates and terminal views only lay these out. A label that appears in two interfaces is
written here once, so the web page, the terminal and the JSON cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_SURE = "not_sure"
CANT = "cant"
DONE = "done"

ANSWER_WORDS = {
    DONE: "Done",
    NOT_SURE: "Not sure",
    CANT: "I can't do this",
    "done_waiting": "Done waiting",
    "let_go": "Done, I let go",
}

NO_LIGHT = "I can't see a light on this camera"
OTHER_RHYTHM = {
    "steady": "On and steady, another colour",
    "blinking": "Blinking or changing in another way",
}
"""A light answer's rhythm in general, offered after the camera's own patterns of it."""

FEEDBACK_WORDS = (
    ("yes", "Yes, it is fixed"),
    ("no", "No, still not right"),
    (NOT_SURE, "Not sure yet"),
)
"""The answers to "did this fix it?" on the outcome step."""

OUTCOME_WORDS = {
    "done": "Done: the camera is reset and added again",
    "escalated": "Not solved at home: needs support",
    None: "Not finished",
}
FIXED_WORDS = {"yes": "yes", "no": "no", NOT_SURE: "not sure"}


@dataclass(frozen=True)
class Sureness:
    """How sure a fact is, in words: a short badge and the reason behind it."""

    word: str
    why: str


CONFIDENCE = {
    "high": Sureness("Sure", "the maker's own documentation says so"),
    "medium": Sureness("Fairly sure", "independent sources agree"),
    "low": Sureness("Unconfirmed", "a single source, or sources from one publisher"),
}


@dataclass(frozen=True)
class HaveItem:
    """One thing a person may have at hand; `{app}` in a label is the line's app."""

    id: str
    label: str
    hint: str = ""

    def label_for(self, app: str | None) -> str:
        return self.label.format(app=f"the {app} app" if app else "the maker's app")


HAVE_ITEMS = (
    HaveItem("pin", "A paperclip or a pin", "to press a button in a small hole"),
    HaveItem("original_adapter", "The camera's original power adapter"),
    HaveItem("spare_adapter", "Another adapter with the same rating", "same volts, same amps"),
    HaveItem("other_outlet", "Another power outlet", "a different socket, not the same strip"),
    HaveItem("app", "A phone with {app}", "signed in to your account"),
    HaveItem("admin_password", "The camera's admin password", "if you know it"),
    HaveItem(
        "computer",
        "A computer on the same network",
        "for the camera's web page, or for camreset to check the camera over the network; the "
        "computer running camreset counts",
    ),
)
HAVE_BY_ID = {item.id: item for item in HAVE_ITEMS}


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
POWER_HELP = (
    "A network cable (PoE) brings both data and power from a switch or recorder; doorbell "
    "wires are the two thin wires of an old doorbell; house mains is wired in like a light."
)
NOT_SURE_POWER = "I'm not sure"

TIMER_CUES = {
    "ready": "Start the timer as you press",
    "ready_key": "Press Enter as you start pressing the button (or type an answer).",
    "hold": "Keep holding",
    "watch": "Watch the light now",
    "release": "Let go now",
    "over": "Let go now: that is the longest hold the sources give",
    "stopped": "You held for {seconds} seconds.",
    "again": "Start the timer again",
    "stop": "Stop the timer",
}
"""The hold timer's words, shared by the web page's script and the terminal's live bar."""


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
    """For tables and cards: "45 s", "2 min", "1 min 15 s"; unknown → "–"."""
    if seconds is None:
        return "–"
    if seconds < 10 and seconds != int(seconds):
        return f"{round(seconds, 1):g} s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
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
    """A probability people read without a calculator: "about 40% (likely)"."""
    if probability >= 0.6:
        word = "very likely"
    elif probability >= 0.3:
        word = "likely"
    elif probability >= 0.1:
        word = "possible"
    else:
        word = "unlikely"
    return f"about {percent(probability)} ({word})"


def line_name(brand: str, name: str) -> str:
    """ "TP-Link Tapo", but "Amcrest" rather than "Amcrest Amcrest", and "eufy Security"
    rather than "Eufy eufy Security"."""
    if name.casefold().split()[:1] == brand.casefold().split()[:1]:
        return name if len(name) >= len(brand) else brand
    return f"{brand} {name}"


def not_listed_words(typed: str, name: str) -> str:
    """What is said when a typed model of a known line (`name`) is not in camreset's list."""
    return (
        f"“{typed}” is not in camreset's list of {name} cameras. What follows is the usual "
        f"for {name} cameras, not facts about that model."
    )


def shape_words(form_factor: str | None) -> str:
    """`pan_tilt` → "pan-tilt"; unknown → "unknown"."""
    return form_factor.replace("_", "-") if form_factor else "unknown"


NETWORK_RESULT_WORDS = {
    "factory": "Over the network it says it is back at factory settings",
    "set-up": "Over the network it says it is still set up",
    "no-answer": "No answer over the network (or it did not say)",
}
"""What a check over the network found, as a history line and in the report."""
NETWORK_SKIP = "Skip this: I can't check over the network"

REMOTE_ACTION_WORDS = {
    "factory_reset_hard": "Factory reset sent over the network (hard: the network settings too)",
    "factory_reset_soft": "Factory reset sent over the network (soft: network settings kept)",
    "reboot": "Restart sent over the network",
}
"""A remote action camreset sent, as a history line and in the report."""

SETUP_STATE_WORDS = {
    "factory": "Back at factory settings (ready to be set up)",
    "set_up": "Still set up",
    "unknown": "Does not say whether it is set up",
}
"""A camera found on the network, by the setup state its discovery reply tells."""
