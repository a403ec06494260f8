"""How a line and a camera are named for people: "TP-Link Tapo C200", never "TP-Link Tapo
Tapo C200" or "Amcrest Amcrest IP4M-1041B".

Model names in the KB are written as the vendor writes them, often with the brand or line in
front; the brand and line are added here only where the name does not already carry them.
"another brand" (line `other`) stands for no brand at all, so nothing is put in front. A
shape no listed camera of a brand has (a Ring dome) is named as such above its defaults. A
camera found by the FCC ID typed from its label is said to be so, in the same words everywhere.
A vendor's support is named by words ("TP-Link support for Tapo"), its address beside them.
"""

from __future__ import annotations

from camreset.core.kb.knowledge import OTHER
from camreset.core.kb.schema import Line


def line_label(line: Line) -> str:
    """ "TP-Link Tapo", "Amcrest", "Another brand"."""
    return line.name if line.id == OTHER else line.label


YOU_SOUND = ("eu", "ubi", "uni", "usb")
"""Beginnings said with a "you" sound, which take "a": a eufy, a Ubiquiti, a UniFi."""


def with_article(name: str) -> str:
    """ "an Amcrest", "an EZVIZ", "a Ubiquiti UniFi Protect", "a eufy Security": by sound."""
    lowered = name.casefold()
    vowel = lowered[:1] in ("a", "e", "i", "o", "u") and not lowered.startswith(YOU_SOUND)
    return f"{'an' if vowel else 'a'} {name}"


def camera_name(line: Line, model_name: str) -> str:
    """The model's name with its brand and line in front, each said once."""
    if line.id == OTHER:
        return model_name
    label = line_label(line).split()
    lowered = model_name.casefold()
    for cut in range(len(label)):
        tail = " ".join(label[cut:]).casefold()
        if lowered == tail or lowered.startswith(tail + " "):
            return " ".join([*label[:cut], model_name])
    return " ".join([*label, model_name])


def unlisted_shape_words(brand: str, shape: str, shapes: list[str]) -> str | None:
    """Said above a brand's defaults for a shape none of its listed cameras has (a Ring dome):
    the shape may be mistaken, and nothing on the card is that brand's own for it. None when
    the brand has that shape, or its shapes are not known."""
    if not shapes or shape in shapes:
        return None
    made = [shape_words(s) for s in shapes]
    listed = made[0] if len(made) == 1 else ", ".join(made[:-1]) + " and " + made[-1]
    return (
        f"camreset lists no {brand} camera of this shape ({shape_words(shape)}); the {brand} "
        f"cameras it lists are {listed} ones. Check the shape, or find the model on the label."
    )


def fcc_id_words(fcc_id: str, name: str) -> str:
    """Said where a camera was found by the FCC ID typed from its label (the model name worn
    off, or printed as a code): which camera that ID is, so the person can check it."""
    return f"Found by its FCC ID: {fcc_id} is the FCC ID of the {name}."


FCC_SEARCH = "https://www.fcc.gov/oet/ea/fccid"
"""The FCC's public search of FCC IDs: a grantee code typed there names its company."""


def fcc_grantee_words(fcc_id: str, grantee: str, brands: list[str]) -> str:
    """Said where typed text is an FCC ID no listed camera has: whose its first part (the
    grantee code) is, when listed cameras carry it ("2APLE": Arlo's), else where it is
    looked up. No maker is named that no source gives (review 76 G, #1, #2)."""
    if not brands:
        return (
            f"That looks like an FCC ID, and no camera on our list has it. Its first part, "
            f"{grantee}, is the FCC's code for the company that certified the camera: the FCC's "
            f"search at {FCC_SEARCH} names that company."
        )
    named = brands[0] if len(brands) == 1 else ", ".join(brands[:-1]) + " and " + brands[-1]
    likely = f"{with_article(brands[0])} camera" if len(brands) == 1 else "one of theirs"
    return (
        f"No camera on our list has the FCC ID {fcc_id}, but its first part, {grantee}, is the "
        f"FCC's code for the company behind the {named} cameras we list: it is likely {likely}."
    )


def support_name(brand: str, line: str) -> str:
    """ "Amcrest support", or "TP-Link support for Tapo" when the line is not the brand: a
    link's name on the report and on a step's support box (a screen reader spelled out the
    bare address: accessibility review 72 F, #10)."""
    if line == brand:
        return f"{brand} support"
    return f"{brand} support for {line}"


def address_on_paper(url: str) -> str:
    """The address beside a link named by words, for paper: "www.tp-link.com/us/support"."""
    return url.split("://", 1)[-1].rstrip("/")


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
