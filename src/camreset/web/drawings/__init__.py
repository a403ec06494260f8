"""Line drawings of each camera shape, seen from the side its reset button is on.

People rarely know what their camera "is", and the button is a small hole on one face among
several — next to a microphone hole the product warns against. So a step's figure shows the
shape from the view that shows the face the knowledge base names (from below for "bottom",
the cable's end for "on the pigtail", the lens tilted up where it must be), marks the spot,
and draws the faces other sources name as "or here". Where no source says which face, nothing
is marked as known: each candidate face gets its own small view with "Here?". The drawings
are ours (no vendor artwork), inline SVG styled by classes, so the themes and the strict CSP
hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup

from camreset.core.kb.values import Face
from camreset.core.present.button_place import ButtonPlace, place_words
from camreset.core.present.phrases import FACE_WORDS
from camreset.web.drawings.bodies import BATTERY, FLOODLIGHT, INDOOR, OUTDOOR, PAN_TILT
from camreset.web.drawings.compose import led, marker, near, svg
from camreset.web.drawings.mounted import BULLET, DOME, DOORBELL, TURRET
from camreset.web.drawings.view import (
    BOARD,
    CABLE,
    COVER,
    FACE_VIEW,
    TILT_ARROW,
    VIEW_WORDS,
    Shape,
    View,
)

__all__ = [
    "DRAWINGS",
    "FORM_FACTORS",
    "Figure",
    "Panel",
    "Shape",
    "button_figure",
    "drawing_svg",
    "light_figure",
]


DRAWINGS: dict[str, Shape] = {
    "indoor": INDOOR,
    "pan_tilt": PAN_TILT,
    "outdoor": OUTDOOR,
    "bullet": BULLET,
    "dome": DOME,
    "turret": TURRET,
    "doorbell": DOORBELL,
    "battery": BATTERY,
    "floodlight": FLOODLIGHT,
}
FORM_FACTORS: tuple[str, ...] = tuple(DRAWINGS)
PLAIN = "indoor"
UNKNOWN_SHAPE = "We don't know its shape, so this drawing shows a plain camera."
"""A camera whose shape no source gives is drawn as a plain camera, and its caption says so
("Its shape is not known: this is a plain camera." lost a phone reviewer: review 63, #12)."""
SHARED = {"cover": COVER, "cable": CABLE, "board": BOARD}
LIGHT_PLACE = "a typical place for a status light on a camera of this shape"
"""Where a drawing puts the light: the shape's own spot, which no source gives for a model
(the knowledge base has no fact for it), so it is never said as where this camera's light is
(accessibility review 70 A, #2: "Where the status light is" stated the drawing's spot)."""
LIGHT_NOT_KNOWN = "No source says where this camera's light is: yours may be elsewhere."
LIGHT_SAID = "Its source puts this camera's light on the {side}, as the page says."
"""Where the page's own words (a source's) name the light's side: "No source says where"
stood under "white pulsing (LED on the back)" on a Ring's page (session-71 review E, #10)."""
SIDE_SAID = re.compile(r"\((?:LED |light )?on the (front|back|top|bottom|side|left|right)\)")
"""A light's side as the knowledge base's light words give it: "(LED on the back)"."""


def drawing_svg(
    form_factor: str | None,
    *,
    label: str | None = None,
    decorative: bool = False,
    small: bool = False,
) -> Markup:
    """The shape seen from the front, unmarked: for choosing a camera by its looks."""
    shape = DRAWINGS.get(form_factor or "", DRAWINGS[PLAIN])
    css = "drawing drawing-small" if small else "drawing"
    name = label or (shape.name if form_factor in DRAWINGS else "Camera of unknown shape")
    return svg(shape.views["front"], name=name, decorative=decorative, css=css)


Role = Literal["main", "also", "maybe", "light"]


@dataclass(frozen=True)
class Panel:
    """One picture of a step's figure and what it shows."""

    svg: Markup
    caption: str
    role: Role


@dataclass(frozen=True)
class Figure:
    """A step's pictures of the camera, and the words for where the button is."""

    panels: tuple[Panel, ...]
    words: str
    face: str
    """The face marked as known, "unknown" where no source says, "none" with no button."""
    usual: bool = False
    """The face is the usual one for cameras of its shape, not this camera's known one."""


def _view(shape: Shape, face: Face, tilt: bool) -> tuple[str, View, str]:
    """The view that shows `face`, its name, and any overlay it needs (the tilt arrow)."""
    name = FACE_VIEW[face.value]
    overlay = ""
    if face is Face.under_lens and tilt:
        name = "tilt" if "tilt" in shape.views else "front"
        overlay = TILT_ARROW
    view = SHARED.get(name) or shape.views[name]
    return name, view, overlay


def _panel(shape: Shape, face: Face, place: ButtonPlace, role: Role, pattern: str | None) -> Panel:
    name, view, overlay = _view(shape, face, place.tilt_lens_up)
    spot = view.spots[face.value]
    # neither is marked (a phone reviewer); nor the usual place of guides for any camera,
    # which give others too (review 63, #5: an indoor camera's solid "Reset" tag sat above
    # "Sources disagree: back / side / underneath")
    sure = role == "main" and not place.undecided and not place.usual
    light = led(shape.light, pattern) if name == "front" else ""
    beside = near(spot, place.near) if name not in SHARED else ""
    extra = overlay + light + beside + marker(spot, sure=sure, toward=view.toward(face.value))
    where = FACE_WORDS[face]
    # the picture's name says what its caption does not, so a screen reader hears each once:
    # the main caption names the view, the others where the button may be
    label = f"{shape.name}: reset button {where}" if sure else f"{shape.name}: maybe {where}"
    if role != "main":
        label = f"{shape.name}, {VIEW_WORDS[name].lower()}"
    data = {"view": name, "face": face.value, "sure": "yes" if sure else "no"}
    caption = VIEW_WORDS[name]
    if role == "main" and (place.usual or place.from_default):  # its line's or any camera's
        caption = f"Usually here. {caption}"
    elif role == "main" and not sure:
        caption = f"Here, or {FACE_WORDS[place.also[0]]}. {caption}"
    if role == "also":
        caption = f"Or {where}" if place.same_source else f"Other sources: {where}"
        caption = f"On some cameras: {where}" if place.usual else caption
    elif role == "maybe":
        caption = f"Maybe {where}"
    css = "drawing" if role == "main" else "drawing drawing-small"
    return Panel(svg(view, name=label, extra=extra, css=css, data=data), caption, role)


def _light(shape: Shape, pattern: str | None, css: str = "drawing drawing-small") -> Panel:
    words = "The status light: a typical place"
    picture = svg(
        shape.views["front"],
        name=f"{shape.name}, with {LIGHT_PLACE}",
        extra=led(shape.light, pattern),
        css=css,
        data={"view": "front", "light": pattern or ""},
    )
    return Panel(picture, words, "light")


def button_figure(
    form_factor: str | None, place: ButtonPlace | None, pattern: str | None, *, light: bool
) -> Figure:
    """The figure of a step: the marked face's view (or the candidate faces' views), the
    faces other sources name, and the status light when the step is about it."""
    shape = DRAWINGS.get(form_factor or "", DRAWINGS[PLAIN])
    shape_note = "" if form_factor in DRAWINGS else f" {UNKNOWN_SHAPE}"
    panels: list[Panel] = []
    if place is None or place.absent:
        words = place_words(place) if place else "No source says where the reset button is."
        front = svg(
            shape.views["front"],
            name=f"{shape.name}, seen from the front",
            extra=led(shape.light, pattern),
            data={"face": "none"},
        )
        panels.append(Panel(front, "", "main"))
        return Figure(tuple(panels), words + shape_note, "none" if place else "unknown")
    if place.face is not None:
        panels.append(_panel(shape, place.face, place, "main", pattern))
        panels += [_panel(shape, f, place, "also", pattern) for f in place.also]
    else:
        panels += [_panel(shape, f, place, "maybe", pattern) for f in place.candidates]
    main_view = _view(shape, place.face, place.tilt_lens_up)[0] if place.face else None
    if (pattern or light) and main_view != "front":  # the front view shows the light itself
        panels.append(_light(shape, pattern))
    face = place.face.value if place.face is not None else "unknown"
    usual = place.usual or (place.from_default and place.known)  # heading as the caption
    return Figure(tuple(panels), place_words(place) + shape_note, face, usual=usual)


def light_figure(form_factor: str | None, pattern: str | None, text: str = "") -> Figure:
    """The figure of a step about the light: a typical place for it, showing `pattern`; where
    the step's `text` names the light's side, that side, not "no source says where"."""
    shape = DRAWINGS.get(form_factor or "", DRAWINGS[PLAIN])
    said = SIDE_SAID.search(text)
    where = LIGHT_SAID.format(side=said.group(1)) if said else LIGHT_NOT_KNOWN
    if form_factor == "doorbell":  # the shape's own noun, as the page above says it
        where = where.replace("this camera's", "this doorbell's")
    words = f"The drawing shows {LIGHT_PLACE}, with the pattern to look for. {where}"
    if pattern is None:
        words = f"The drawing shows {LIGHT_PLACE}. {where} If it has none, say so above."
    main = _light(shape, pattern, "drawing")
    return Figure((Panel(main.svg, "", "light"),), words, "light")
