"""A model name the knowledge base does not list, typed on the command line: in a terminal,
offer what it may have meant instead of stopping (a reviewer's "Amcrest IP2M-814", a typo of
the IP2M-841, ended with exit 2 and a list to copy into a new command)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from camreset.cli.wizard.choose_camera import (
    ANOTHER_BRAND,
    CameraChoice,
    choose_camera,
    choose_form_factor,
    choose_model,
)
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.prompts import ask_number, numbered
from camreset.core.kb.brand_words import words_of
from camreset.core.kb.fcc_grantee import read_fcc_id
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.plain import plain_text
from camreset.core.present.names import fcc_grantee_words, line_label
from camreset.errors import UnknownModelError

CLOSEST = 4
"""Near names offered as they are; a brand's whole list is its own menu."""
ANY_CAMERA = frozenset({"camera", "cam", "cams", "cameras", "wifi", "wi-fi", "security", "smart"})
"""Words after a brand that name no model of it (diff review 59: "Wyze camera")."""


def instead_of_unknown(
    console: Console, reader: LineReader, kb: KnowledgeBase, unknown: UnknownModelError
) -> CameraChoice:
    """The camera chosen instead of a name no model has: one of the closest names, another
    model of the brand it names (from its list, or its usual steps), or any brand."""
    typed = plain_text(unknown.query)
    line = kb.lines.get(unknown.line or "")
    near = [m for m in unknown.suggestions if m in kb.models][:CLOSEST]
    fcc = read_fcc_id(kb, unknown.query)
    if fcc is not None:  # an FCC ID: cameras whose IDs differ from it by a digit are no match,
        near = []  # its grantee code names its brand where listed cameras carry it (76 G, #2)
        line = kb.lines[fcc.line_ids[0]] if len(fcc.line_ids) == 1 else line
    named = [w for w in unknown.query.casefold().split()[1:] if w not in ANY_CAMERA]
    alone = not named and not any(ch.isdigit() for ch in unknown.query)
    if line is not None and alone:  # a brand alone ("amcrst", "Wyze camera"): its first models
        near = []  # by name would be a guess; "Ring Stick Up Cam" names two (review 59)
    labels = [kb.models[m].name for m in near]
    if line is not None:  # "Another" only beside the names offered
        brand = f"Another {line.name} camera: choose it from the list" if near else ""
        labels.append(brand or f"Another {line.name} camera, or the usual {line.name} steps")
    family = _names_a_family(kb, near, unknown.query)
    kept = "" if family else typed  # "Ring Doorbell" is no camera of its own: not kept
    keeps = bool(near) or fcc is not None  # an FCC ID: kept with the brand's usual steps
    if line is not None and keeps:  # beside its models, as the web's /find offers under them
        keeping = f" (keeping “{typed}”)" if kept else ""  # (review 63, #10)
        labels.append(f"{line.name}'s usual steps{keeping}")
    labels.append("Choose the brand from the list")
    other = line is None and OTHER in kb.line_ids()  # a brand not listed ("Foscam R2"): a
    if other:  # one-item menu hid it one menu further, as its 18th choice (review 63, #10)
        labels.append(f"{ANOTHER_BRAND}: the usual steps by its shape (keeping “{typed}”)")
    ask = "Did you mean:" if (near or line is not None) and fcc is None else "What now?"
    console.print(Text(f"No camera called “{typed}” is listed. {ask}", style="step.title"))
    if fcc is not None:
        brands = [line_label(kb.lines[i]) for i in fcc.line_ids]
        console.print(Text(fcc_grantee_words(fcc.fcc_id, fcc.grantee, brands)))
    numbered(console, labels)
    pick = ask_number(console, reader, "Number: ", len(labels))
    if other and pick == len(labels):
        return CameraChoice(None, OTHER, choose_form_factor(console, reader, kb, OTHER), typed)
    if pick <= len(near):
        return CameraChoice(near[pick - 1], None, None)
    if line is not None and pick == len(near) + 1:
        chosen = choose_model(console, reader, kb, line.id)
        if chosen.model is not None:
            return CameraChoice(chosen.model, None, None)
        ff = choose_form_factor(console, reader, kb, line.id)
        return CameraChoice(None, line.id, ff, chosen.label)
    if line is not None and keeps and pick == len(near) + 2:
        ff = _shape_of(console, reader, kb, near, line.id)
        return CameraChoice(None, line.id, ff, kept, keeps_typed=not family)
    return choose_camera(console, reader, kb)


def _shape_of(
    console: Console, reader: LineReader, kb: KnowledgeBase, near: list[str], line: str
) -> str | None:
    """The shape every model offered shares (four Ring doorbells: a doorbell), as the web's
    /find passes on; asked where they differ."""
    shapes = {kb.models[m].form_factor for m in near}
    shared = shapes.pop() if len(shapes) == 1 else None
    return shared.value if shared is not None else choose_form_factor(console, reader, kb, line)


def _names_a_family(kb: KnowledgeBase, near: list[str], query: str) -> bool:
    """Whether every word typed is in the name of a model offered ("Ring Doorbell", in "Ring
    Video Doorbell 2"): a name for several listed models, not a camera of its own, which its
    steps' header called "Ring Doorbell (not on our list)" (as the web's /find does, where
    "Not sure which one is yours?" keeps no name: diff review 63, #4)."""
    words = set(words_of(query))
    names = (n for m in near for n in (kb.models[m].name, *kb.models[m].aliases))
    return any(words <= set(words_of(name)) for name in names)
