"""Where the reset button is, as a step's `{button.location}` says it: its sources' place,
or the usual one said as usual (and whose it is) where only guides about its line, its shape
or any camera give it. One concept with many hedges, so it has its own module rather than
another screen of the template values (values.py)."""

from __future__ import annotations

from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.present.button_place import (
    ON_A_WALL,
    ButtonPlace,
    button_place,
    faces_or,
    other_places,
    wall_words,
)
from camreset.core.present.names import shape_words
from camreset.core.present.phrases import FACE_WORDS, button_words, open_words

UNKNOWN_SIDE = "; which side is not known"
"""How `button_words` ends a place no claim gives a side for."""


def _usual_places(kb: KnowledgeBase, model: ResolvedModel, location: str) -> str:
    """A place from guides about its line, its shape or any camera is only the usual one
    ("usually next to the microSD card slot"; "usually on the back; on some cameras, on the
    side or underneath" where guides for any camera give more than one face); the places
    other sources give, and a source saying it has none, are said beside it, as under the
    drawing (a page naming one place where sources give two sent a Lorex owner to the back
    only; KB audit 57: a Nest Cam Indoor's "no reset button" claim went unsaid)."""
    place = button_place(kb, model)
    if place is None or place.absent:
        return location
    button = model.button
    unplaced = place.face is None and not (place.where or place.near)
    if unplaced and model.any_brand("button") and button and button.description:
        # guides for any camera, not this one (phone review 59, #2: "on the SimpliCam: a
        # small recessed hole" read as a fact about it)
        general = f"on most cameras, {button.description}"
        if model.form_factor in ON_A_WALL:  # not "on most doorbells" (review 63, #6)
            kind = ON_A_WALL[model.form_factor]
            general = f"cameras in general, not {kind}, have {button.description}"
        return f"no source says for this camera; {general}"
    resolved = model.facts.get("button")
    if resolved is not None and resolved.origin is Origin.any_brand_shape and model.form_factor:
        return _shape_guides(place, location, shape_words(model.form_factor.value))
    if unplaced and place.where_elsewhere:  # a claim that says where in words (review 59)
        elsewhere = "; or ".join(place.where_elsewhere)
        aside = " (another says it has no reset button)" if place.denied else ""
        return f"{elsewhere}, one source says{aside}"
    if place.usual:
        others = " or ".join(FACE_WORDS[f] for f in place.also)
        return f"{place.hedge} {location}; on some cameras, {others}"
    said = f"{place.hedge} {location}" if place.hedged and place.said_somewhere else location
    asides = []
    if place.also or (place.near_elsewhere and place.face is not None):
        asides.append(other_places(place))
    elif place.named_elsewhere and not place.said_somewhere:  # not "which side is not known
        # (other sources say on the back)": its claim gives no side, others do (review 57)
        said = f"{location.replace(UNKNOWN_SIDE, '')}: sources say {faces_or(place.candidates)}"
    elif place.named_elsewhere:
        asides.append(f"other sources say {faces_or(place.candidates)}")
    if place.denied:
        asides.append("one source says it has no reset button")
    return f"{said} ({'; '.join(asides)})" if asides else said


def _shape_guides(place: ButtonPlace, location: str, shape: str) -> str:
    """Guides for any camera of its shape, for a camera of a brand whose sources say nothing
    of its button: said as theirs, as the general default's words are (a Dahua vandal dome
    was sent over "the back, the side or underneath": installer review 62, #2)."""
    first = dict(place.also_first)
    others = " or ".join(
        f"{FACE_WORDS[f]}, once you {open_words(first[f])}" if f in first else FACE_WORDS[f]
        for f in place.also
    )
    most = {"often": "many", "maybe": "some"}.get(place.hedge, "most")
    text = f"no source says for this camera; on {most} {shape} cameras, {location}"
    return f"{text}; on some, {others}" if others else text


A_SHAPE = {
    "indoor": "an indoor camera", "pan_tilt": "a pan-tilt camera", "outdoor": "an outdoor camera",
    "bullet": "a bullet camera", "dome": "a dome camera", "turret": "a turret camera",
    "doorbell": "a doorbell", "battery": "a battery camera", "floodlight": "a floodlight camera",
}  # fmt: skip
"""A camera of each shape, as "next to the microSD card slot for ___" says it."""


def _by_shape(model: ResolvedModel) -> str:
    """For a camera of a known line but unknown shape ("use Reolink's usual steps"), where
    that line's sources place the button by kind of camera: a brand reviewer's unknown
    Reolink was sent over the back, side and underneath, though its sources put it on the
    cable of a bullet or dome and by the microSD slot of a battery camera."""
    if not model.generic or model.form_factor is not None or model.line.id == OTHER:
        return ""
    places: dict[str, list[str]] = {}
    for shape, facts in model.line.form_factor_defaults.items():
        button = facts.button.all_claims[0].value if facts.button is not None else None
        if button is not None and button.present and (button.face or button.near or button.where):
            places.setdefault(button_words(button), []).append(A_SHAPE[shape.value])
    if not places:
        return ""
    said = ", ".join(f"{where} for {' or '.join(shapes)}" for where, shapes in places.items())
    return f"; by kind of camera, {model.line.brand}'s sources say {said}"


def button_location(kb: KnowledgeBase, model: ResolvedModel) -> str:
    """`{button.location}`: where to look, hedged as its sources warrant; how to see the back
    of a doorbell or floodlight, where that is a place to look (its sentence ends unstopped,
    as the templates stop it)."""
    place = button_place(kb, model)
    wall = f". {wall_words(place).removesuffix('.')}" if place and place.wall else ""
    return _usual_places(kb, model, button_words(model.button)) + _by_shape(model) + wall
