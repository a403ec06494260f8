"""The page that asks for an item a step needs (a paperclip, the app), before that step.

Where only a general default gives the button, the person at it may see a button a fingertip
presses; where a bullet's button sits under a screwed cover, they need a screwdriver too, and
are told so here, not one step later at the camera (review 63, #4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.resolved import Origin
from camreset.core.kb.values import Tool
from camreset.core.present.battery_words import single_use_cells
from camreset.core.present.detour_steps import BY_HAND, DETOUR_LABELS
from camreset.core.present.have_items import HAVE_BY_ID
from camreset.core.present.phrases import open_words
from camreset.core.present.step import Answer, Step
from camreset.core.present.words import CANT

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer

UNSOURCED_BUTTON = (
    "No source for this camera says what its reset button is like; on most cameras it is like this."
)
"""Before the pin's words where only camreset's general default gives the button: a Ring or
SimpliSafe camera may have a button pressed by hand instead."""


UNSAID_TOOL = (
    "The sources say where the camera's button is, but not what to press it with. If it sits "
    "in a small hole, press it with something thin and stiff, such as an unbent paperclip, "
    "the SIM-eject tool that came with a phone, or a pin."
)
"""The pin's words for a button whose place is sourced but not its tool (the Wyze Cam v3's
SETUP button): "it sits in a small hole" would be a fact no source gives."""

UNDER_SCREWS = {
    True: "Its button sits under a cover held by screws: bring a small screwdriver too.",
    False: "On some cameras like this the button sits under a cover held by screws: bring a "
    "small screwdriver too, to save a second trip.",
}
"""After the pin's words, where the button's place (`True`) or one of the places its sources
give, or guides for any camera give (`False`), is under a screwed cover: a bullet's "Get
ready" said "Use a small screwdriver for the cover" to someone who had just fetched only a
paperclip (review 63, #4); said of any camera only as "some" (diff review 63, #2)."""


SCREW_FIRST = "To reach its button you {open}: bring a small screwdriver too."
ONE_SOURCE_SCREWS = (
    "One of its sources has you {open} to reach the button: bring a small screwdriver too, "
    "to save a second trip."
)
"""Where a source of its own has a screw undone before the button (its words), as the place
followed or as another its sources give (a Ring Video Doorbell 3: "a small black button on the
front", or "undo the security screw and remove the faceplate"): the helpdesk reviewer's
customer fetched only a paperclip (review 67, #9)."""


def _screw_first(value: object) -> str:
    """What a button claim has opened first, where that is held by a screw ("" if not)."""
    opened = getattr(value, "open_first", None) or ""
    return open_words(opened) if "screw" in opened.casefold() else ""


def _under_screws(r: StepRenderer) -> str:
    button = r.model.facts.get("button")
    if button is None or r.model.button is None:
        return ""
    tools = {getattr(c.value, "tool", None) for c in button.claims}
    if Tool.screwdriver_and_pin in tools:
        own = r.model.button.tool is Tool.screwdriver_and_pin and not r.model.any_brand("button")
        return " " + UNDER_SCREWS[own]
    followed = _screw_first(r.model.button)
    if followed:
        return " " + SCREW_FIRST.format(open=followed)
    other = next((w for w in map(_screw_first, (c.value for c in button.claims)) if w), "")
    return " " + ONE_SOURCE_SCREWS.format(open=other) if other else ""


def tool_step(r: StepRenderer, item: str) -> Step:
    """Ask for an item a step needs: get it, or say it cannot be had. Where no source says
    the button is pressed with a pin, the person at it may see a button a fingertip presses:
    they are not sent for a pin (a Wyze Cam v3's SETUP button; brand review 47)."""
    spec = HAVE_BY_ID[item]
    app = r.model.app
    answers: tuple[Answer, ...] = (Answer("have", spec.yes), Answer(CANT, spec.no, role="cant"))
    cells = single_use_cells(r.model)  # the batteries it takes, where asked for new ones
    title, how = spec.words_for(spec.ask, app, cells), spec.words_for(spec.how, app, cells)
    button = r.model.facts.get("button")
    general = (Origin.default, Origin.any_brand_shape)  # guides for any camera (of its shape)
    default = item == "pin" and (button is None or button.origin in general)
    unsaid = item == "pin" and r.model.button is not None and r.model.button.tool is None
    if default:
        how = f"{UNSOURCED_BUTTON} {how}"
    elif unsaid:
        how = UNSAID_TOOL  # its button is described, but not as a hole for a pin
    if item == "pin":
        how += _under_screws(r)
    if default or unsaid:
        answers = (answers[0], Answer(BY_HAND, DETOUR_LABELS[BY_HAND]), answers[1])
    return r.plain(r.base("action", title, how, answers))
