"""When no model is given: ask the brand and line, then the model or its shape, then what
the person has at hand. Knowing even the line is enough to start; the model sharpens facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from camreset.cli.wizard.have_words import item_words
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.prompts import (
    QUIT_WORDS,
    Leave,
    ask_line,
    ask_number,
    ask_numbers,
    numbered,
)
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.schema import FormFactor, Line
from camreset.core.kb.search import find_line, search_models
from camreset.core.plain import plain_text
from camreset.core.present.have_items import HAVE_ITEMS
from camreset.core.present.names import SHAPE_NAMES, line_label

MAX_MATCHES = 6


@dataclass(frozen=True)
class CameraChoice:
    model: str | None
    line: str | None
    form_factor: str | None
    label: str = ""
    """A model name typed that the brand's list lacks: the report keeps it."""
    keeps_typed: bool = True
    """Whether the name typed on the command line is kept when no label is: not a name for
    several listed models ("Ring Doorbell"), which is no camera of its own."""


ANOTHER_BRAND = "Another brand, or I don't know the brand"
OTHER_WORDS = ("another", "other", "don't know", "dont know", "do not know", "unknown", "not sure")
"""What people type for the last choice instead of its number (docs/terminal.md): "another
brand", "I don't know the brand", the menu's own words."""


def _means_other(typed: str) -> bool:
    said = " ".join(typed.casefold().replace("’", "'").split())
    return any(said == w or said.startswith(w + " ") or f" {w}" in said for w in OTHER_WORDS)


def choose_line(console: Console, reader: LineReader, kb: KnowledgeBase) -> tuple[str, str]:
    """The line, by its number or its name as typed ("wyze"); the last choice is any other
    brand (the generic steps, labelled as such), with the name of a brand not listed typed
    before it ("annke"), kept for the report as the web's search keeps it (review 76 G, #6);
    "" when none was."""
    lines = sorted(kb.lines.values(), key=lambda line: (line.brand.casefold(), line.name))
    ids, labels = [line.id for line in lines], [line_label(line) for line in lines]
    if OTHER in kb.line_ids():
        ids.append(OTHER)
        labels.append(ANOTHER_BRAND)
    console.print(Text("Which brand and product line is the camera?", style="step.title"))
    numbered(console, labels)
    unlisted = ""
    while True:
        typed = ask_line(console, reader, "Number or brand: ").strip()
        if typed.casefold() in QUIT_WORDS:
            raise Leave
        if typed.isdigit() and 1 <= int(typed) <= len(ids):
            line = ids[int(typed) - 1]
            return line, unlisted if line == OTHER else ""
        if OTHER in ids and _means_other(typed):
            return OTHER, unlisted
        named = (find_line(kb, typed) or _started(lines, typed)) if typed else None
        if named is not None:
            return named, ""
        if any(ch.isalpha() for ch in typed):
            unlisted = plain_text(typed)
        kept = f" (the report keeps “{unlisted}”)" if unlisted else ""
        other = f"; a brand not listed: {len(ids)}{kept}" if OTHER in ids else ""
        console.print(
            Text(
                f"Type a number from 1 to {len(ids)}, or the brand's name{other}.",
                style="error",
            )
        )


def _started(lines: list[Line], typed: str) -> str | None:
    """The one line whose brand or name starts with what was typed ("hik"), from two letters."""
    said = typed.casefold()
    if len(said) < 2:
        return None
    found = {
        line.id
        for line in lines
        if line.brand.casefold().startswith(said) or line.name.casefold().startswith(said)
    }
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class ModelChoice:
    """A model of the line chosen by its typed name, or none: then the name typed, if any
    (the brand's list lacks it), goes with its usual steps."""

    model: str | None
    label: str = ""


def choose_model(console: Console, reader: LineReader, kb: KnowledgeBase, line: str) -> ModelChoice:
    """A model of `line`, from a name as typed; none when the person does not know it, or
    takes the brand's usual steps for a name its list lacks (terminal review 56: it asked
    for the name again and again)."""
    name = kb.lines[line].name
    while True:
        console.print(
            Text(
                f"Which {name} model? Type the name on its label (e.g. the part after "
                f"“{name}”), or press Enter if you don't know.",
                style="step.title",
            )
        )
        typed = ask_line(console, reader, "Model: ").strip()
        if not typed:
            return ModelChoice(None)
        if typed.casefold() in QUIT_WORDS:  # as at every other prompt (no model is called q)
            raise Leave
        matches = [m for m in search_models(kb, f"{name} {typed}", MAX_MATCHES) if m.line == line]
        if matches and matches[0].score == 1.0:
            return ModelChoice(matches[0].model_id)
        shown = plain_text(typed)
        if not matches:
            console.print(Text(f"No {name} model matches “{shown}”.", style="error"))
        numbered(console, [m.name for m in matches] + [*usual_or_again(name, shown)])
        pick = ask_number(console, reader, "Number: ", len(matches) + 2)
        if pick <= len(matches):
            return ModelChoice(matches[pick - 1].model_id)
        if pick == len(matches) + 1:
            return ModelChoice(None, typed)


def usual_or_again(name: str, shown: str) -> tuple[str, str]:
    """The way on from a model name the line's list lacks."""
    return (f"Use the usual steps for {name} cameras (the report keeps “{shown}”)", "Type it again")


def choose_form_factor(
    console: Console, reader: LineReader, kb: KnowledgeBase, line: str
) -> str | None:
    known = {kb.models[m].form_factor for m, lid in kb.model_line.items() if lid == line}
    shapes = [ff for ff in FormFactor if ff in known or line == OTHER]
    if not shapes:
        return None
    console.print(Text("What kind of camera is it?", style="step.title"))
    numbered(console, [SHAPE_NAMES[ff.value] for ff in shapes] + ["Not sure"])
    pick = ask_number(console, reader, "Number: ", len(shapes) + 1)
    return shapes[pick - 1].value if pick <= len(shapes) else None


def choose_camera(console: Console, reader: LineReader, kb: KnowledgeBase) -> CameraChoice:
    line, unlisted = choose_line(console, reader, kb)
    if line == OTHER:
        chosen = ModelChoice(None, unlisted)
    else:
        chosen = choose_model(console, reader, kb, line)
    if chosen.model is not None:
        return CameraChoice(chosen.model, None, None)
    ff = choose_form_factor(console, reader, kb, line)
    return CameraChoice(None, line, ff, chosen.label)


def choose_have(
    console: Console,
    reader: LineReader,
    app: str | None,
    used: frozenset[str],
    current: frozenset[str] | None = None,
    cells: str | None = None,
) -> frozenset[str] | None:
    """What is at hand decides which steps can be offered. Only the things some step of this
    camera needs (`used`) are listed, as on the web, plus any already ticked. Enter skips
    the question at the start (None: each step asks for what it needs) or keeps the list
    during a session."""
    items = [item for item in HAVE_ITEMS if item.id in used or item.id in (current or ())]
    ids = [item.id for item in items]
    labels = [item.label_for(app, cells) for item in items]  # cells: the batteries it takes
    console.print(Text("What do you have at hand?", style="step.title"))
    numbered(console, labels)
    if current is None:
        hint = "Enter = skip: a step will ask for what it needs"
    else:
        kept = " ".join(str(ids.index(h) + 1) for h in ids if h in current)
        hint = f"Enter = keep {kept}" if kept else "Enter = none ticked"  # not "keep none"
    example = f"1 {len(ids)}" if len(ids) > 1 else "1"  # not "1 4" of three (installer review 44)
    prompt = f"Numbers, e.g. {example} ({hint}): "  # or names: `computer`, `pin` (G #1)
    picked = ask_numbers(console, reader, prompt, len(ids), ids, item_words(ids, labels))
    if picked is None:
        return current
    return frozenset(ids[n - 1] for n in picked)
