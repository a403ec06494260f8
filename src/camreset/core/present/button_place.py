"""Where to look for the reset button, as a drawing marks it and a caption says it.

The face a drawing marks is the one the followed claim of the model's `button` fact names;
faces other sources name are drawn as "or here". Where no source says which face, nothing is
marked as known: the drawing says so and offers the candidate faces (those other claims name,
else the usual places of the general default), so a person is never sent to the wrong side
with confidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset.core.kb.form_factors import FormFactor
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import Button, Face
from camreset.core.present.names import with_article
from camreset.core.present.phrases import FACE_WORDS, looks_like, open_words

DRAWN_FACES = tuple(f for f in Face if f is not Face.none)
"""Every face a drawing can show the button on."""

ON_A_WALL = {FormFactor.doorbell: "doorbells", FormFactor.floodlight: "floodlight cameras"}
"""Shapes fixed flat to a wall (a floodlight under its wall box), whose back faces it: a
generic doorbell read "maybe on the back", no word of how to see it (review 63, #6)."""


@dataclass(frozen=True)
class ButtonPlace:
    """The face to mark (None: not known), the other faces sources name, what is near it and
    what must be opened or tilted first."""

    face: Face | None
    also: tuple[Face, ...] = ()
    candidates: tuple[Face, ...] = ()
    near: str | None = None
    where: str | None = None
    open_first: str | None = None
    tilt_lens_up: bool = False
    label: str | None = None
    absent: bool = False
    same_source: bool = False
    """The other faces come from the followed claim's own source ("back or base")."""
    also_own: tuple[Face, ...] = ()
    """Of `also`, the faces the followed claim's own source names too, where other sources
    name more: a Kasa EC70's guide gives "the bottom or side", the line's guides two other
    places (session 69: "other sources say on the side" of its own guide's second place)."""
    own_sources: int = 1
    """How many sources the followed claim has (its own source, or its sources, name both)."""
    also_first: tuple[tuple[Face, str], ...] = ()
    """What a source naming another face says to open first there ("remove the faceplate")."""
    usual: bool = False
    """From guides for any camera of its shape, which give more than one face: the face is
    the usual place, not this camera's known one."""
    from_default: bool = False
    """Not from sources about this model: from its line's or its shape's guides, or guides
    for any camera. What they name is where such buttons usually are, said so (web review
    56, F12; KB audit 57: 49 named models read "next to the microSD card slot" as known)."""
    hedge: str = "usually"
    """How sure the guides giving a default's place are of it ("often", "maybe")."""
    hedged: bool = False
    """Its place is said with `hedge`: a default's, or one whose own source hedges it (a Blink
    Outdoor 4's guide: "typically … on the back or bottom"; KB audit 67, F6)."""
    named_elsewhere: bool = False
    """With no face of its own, other claims name faces (`candidates` are theirs)."""
    denied: bool = False
    """Another claim says it has no reset button (Nest Cam Indoor, a Hikvision dome)."""
    wall: FormFactor | None = None
    """A shape fixed to a wall (`ON_A_WALL`) whose candidate faces include the back."""
    near_elsewhere: tuple[str, ...] = ()
    """What other claims with no face of their own say it is next to (an Arlo Pro's guide:
    "on the back or near the charging port")."""
    where_elsewhere: tuple[str, ...] = ()
    """Where other claims with no face of their own put it in words (a Nest Cam battery's
    guide: "hidden under the camera module"), while the followed claim gives no place: a
    phone reviewer read "no source says which side" above that claim (review 59, #3)."""

    @property
    def known(self) -> bool:
        return self.face is not None

    @property
    def said_somewhere(self) -> bool:
        """A source names a face, a spot or what the button is next to."""
        return bool(self.face or self.where or self.near)

    @property
    def undecided(self) -> bool:
        """One source names more than one face ("back or underneath"): the first is where
        to look first, not the known place."""
        return self.same_source and bool(self.also)

    @property
    def faces(self) -> tuple[Face, ...]:
        """Every face worth drawing: the known one and the others sources name, or the
        candidates when none is known."""
        return (self.face, *self.also) if self.face is not None else self.candidates


def _general_candidates(kb: KnowledgeBase) -> tuple[Face, ...]:
    fact = kb.defaults.defaults.button
    if fact is None:
        return ()
    return tuple(dict.fromkeys(f for c in fact.all_claims for f in c.value.candidates))


def button_place(kb: KnowledgeBase, model: ResolvedModel) -> ButtonPlace | None:
    """Where the reset button of `model` is, as far as its sources say (None: no fact)."""
    resolved = model.facts.get("button")
    if resolved is None:
        return None
    primary: Button = resolved.value
    if not primary.present:
        return ButtonPlace(face=None, absent=True)
    named = [c.value.face for c in resolved.claims if isinstance(c.value, Button)]
    others = tuple(dict.fromkeys(f for f in named if f not in (None, Face.none, primary.face)))
    first_there: dict[Face, str] = {}
    for claim in resolved.claims:
        value = claim.value
        if (
            isinstance(value, Button)
            and value.face in others
            and value.open_first not in (None, primary.open_first)  # said once, at the end
        ):
            first_there.setdefault(value.face, value.open_first)
    own = set(resolved.primary.sources)
    same_source = all(set(c.sources) == own for c in resolved.claims)
    faceless = [
        c.value
        for c in resolved.claims
        if isinstance(c.value, Button) and c.value.present and c.value.face is None
    ]
    candidates: tuple[Face, ...] = ()
    if primary.face is None:
        candidates = others or tuple(primary.candidates) or _general_candidates(kb)
    return ButtonPlace(
        face=primary.face,
        also=others if primary.face is not None else (),
        candidates=candidates,
        near=primary.near,
        where=primary.where,
        open_first=primary.open_first,
        tilt_lens_up=primary.tilt_lens_up,
        label=primary.label,
        same_source=same_source,
        also_own=tuple(
            dict.fromkeys(
                c.value.face
                for c in resolved.claims
                if isinstance(c.value, Button) and c.value.face in others and own & set(c.sources)
            )
        )
        if primary.face is not None and not same_source
        else (),
        own_sources=len(own),
        also_first=tuple(first_there.items()),
        usual=model.any_brand("button") and bool(others) and primary.face is not None,
        from_default=resolved.origin.is_default,
        hedge=primary.hedge,
        hedged=resolved.origin.is_default or "hedge" in primary.model_fields_set,
        named_elsewhere=primary.face is None and bool(others),
        denied=any(isinstance(c.value, Button) and not c.value.present for c in resolved.claims),
        wall=(
            model.form_factor
            if Face.back in candidates and model.form_factor in ON_A_WALL
            else None
        ),
        near_elsewhere=tuple(n for n in _faceless(faceless, "near") if n != primary.near),
        where_elsewhere=(
            _faceless(faceless, "where")
            if not (primary.face or primary.where or primary.near)
            else ()
        ),
    )


def _faceless(buttons: list[Button], words: str) -> tuple[str, ...]:
    """What claims with no face of their own say of it in `words` ("near", "where"), each once."""
    return tuple(dict.fromkeys(v for b in buttons if (v := getattr(b, words)) is not None))


def faces_or(faces: tuple[Face, ...]) -> str:
    """ "on top, underneath or on the side"."""
    words = [FACE_WORDS[f] for f in faces]
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else "".join(words)


def other_places(place: ButtonPlace) -> str:
    """The places besides the first, said as who names them: "or underneath: its source
    names both", "other sources say underneath" (under the drawing and in a page's text)."""
    first = dict(place.also_first)
    own = [
        f"{FACE_WORDS[f]}, once you {open_words(first[f])}" if f in first else FACE_WORDS[f]
        for f in place.also
        if f in place.also_own
    ]
    named = [
        *(
            f"{FACE_WORDS[f]}, once you {open_words(first[f])}" if f in first else FACE_WORDS[f]
            for f in place.also
            if f not in place.also_own
        ),
        *(f"next to {near}" for near in place.near_elsewhere),
    ]
    if own:  # its own source's other places first, then the other sources' (session 69)
        whose = "its sources name" if place.own_sources > 1 else "its source names"
        mine = f"or {_or_list(own, bool(first))}: {whose} {_both(own)}"
        return f"{mine}; other sources say {_or_list(named, bool(first))}" if named else mine
    others = _or_list(named, bool(first))
    if place.same_source:
        return f"or {others}: its source names {_both(named)}"
    return f"other sources say {others}"


def _or_list(named: list[str], clauses: bool) -> str:
    """ "under the lens, on the back or on the side" (diff review 57: "… or … or …"); with a
    clause of its own comma in one, "; or " between them."""
    if clauses:
        return "; or ".join(named)
    return ", ".join(named[:-1]) + f" or {named[-1]}" if len(named) > 1 else named[0]


def _both(named: list[str]) -> str:
    return "both" if len(named) == 1 else "them all"


def wall_words(place: ButtonPlace) -> str:
    """How to see the back of a camera fixed to a wall, where it is a place to look; the
    power is kept on, as the reset needs it ("" for any other)."""
    if place.wall is None:
        return ""
    if place.wall is FormFactor.doorbell:
        return (
            "A doorbell's back faces the wall: to see it, take the doorbell off its mount, "
            "leaving any wires connected."
        )
    return (
        "A floodlight's back faces the wall: to see it, it has to come off its mount still "
        "wired and powered, a job for an electrician where it is wired into the mains."
    )


def place_words(place: ButtonPlace) -> str:
    """The caption under a drawing: where, what is near, what to open or tilt first."""
    if place.absent:
        return "This camera has no reset button."
    usually = f"{place.hedge} " if place.hedged else ""
    near_said = False
    if place.face is not None:
        text = FACE_WORDS[place.face].capitalize()
        if place.where:
            text += f", {place.where}"
        if place.also and place.usual:  # guides for any camera of this shape
            others = " or ".join(FACE_WORDS[f] for f in place.also)
            text = f"{usually.capitalize()}{text[0].lower()}{text[1:]} (on some cameras, {others})"
        elif place.hedged:
            text = f"{usually.capitalize()}{text[0].lower()}{text[1:]}"
        if (place.also or place.near_elsewhere) and not place.usual:
            text += f" ({other_places(place)})"
        text += "."
    elif place.named_elsewhere and (place.near or place.where):
        # its own place first, then the faces other sources give: not "no source says which
        # side" above a place one does give (KB audit 57, a Kasa EC70)
        spot = ", ".join(
            p for p in (place.where, f"next to {place.near}" if place.near else "") if p
        )
        text = f"{usually}{spot} (other sources say {faces_or(place.candidates)})."
        text = text[0].upper() + text[1:]
        near_said = True
    elif place.named_elsewhere:  # sources give sides, not this claim: said as theirs
        text = f"Sources say it is {faces_or(place.candidates)}: look there first."
    else:
        looks = [FACE_WORDS[f] for f in place.candidates]
        where = ", ".join(looks[:-1]) + f" and {looks[-1]}" if len(looks) > 1 else "".join(looks)
        side = "no source says which side" if place.where else "No source says which side it is on"
        text = side + (f": look {where}." if where else ".")
        if place.where:
            text = f"{place.where[0].upper()}{place.where[1:]}; {text}"
        elif place.where_elsewhere:
            said = "; or ".join(place.where_elsewhere)
            text = f"One source says: {said}. Otherwise no source says which side: look {where}."
    if place.wall is not None:
        text += f" {wall_words(place)}"
    if place.near and not near_said:
        verb = "may be" if usually == "maybe " else f"is {usually}".strip()
        text += f" It {verb} next to {place.near}."
    if place.denied:
        text += " One source says it has no reset button."
    if place.label and looks_like(place.label):
        text += f" It is {with_article(place.label)}."
    elif place.label:  # what is printed by it
        text += f" It may be marked “{place.label}”."
    if place.tilt_lens_up:
        text += " Tilt the lens up first (gently turn the camera head) to reach it."
    if place.open_first:
        text += f" First {open_words(place.open_first)}."
    return text
