"""The words of a model found on the label after a session started without it: the same on
the web, in the API and in the terminal (session 71, helpdesk review leftover)."""

from __future__ import annotations

from camreset.core.present.names import shape_words

FOUND_LINK = "I found the model"
"""The way in, on a session started without its model (web link, terminal key's help)."""
FOUND_KEY = "m"
"""The terminal's key for it."""
FOUND_KEY_WORDS = "found the model"
"""Beside it in the keys line: the web's words without "I", so the line fits 80 columns."""
FOUND_TITLE = "Which model is it?"
FOUND_PROMPT = "Model on the label (Enter alone: keep the usual steps): "
FOUND_AGAIN = "Its number, or the model on the label (Enter alone: keep the usual steps): "
"""The terminal's prompt under the closest models, numbered: "Choose yours" came with nothing
to choose, and the step's prompt back (session 71, merged-diff review N F13)."""
ONE_OF_THESE = "Is it one of these?"
"""Above the closest models (the web's buttons, the terminal's numbers)."""
NOT_CHANGED = "No model typed: the steps stay the usual ones."
FOUND_HINT = (
    "Type the model as its label gives it, such as “Tapo C200” or “Ring Video Doorbell 3”. "
    "Look for the label on the back, underneath, or inside the battery cover."
)
FOUND_KEEPS = (
    "You keep this session, its short code and its reference. Answers that still fit the model "
    "are kept; the steps that were only the usual ones for any camera are not counted as tried."
)
SAY_WHICH = "Type the model its label gives, then press “Use this model”."
FOUND_ROW = "Model found"
"""The report's row for it, beside "Camera"."""
NOT_KEPT = " (not kept once the model was found)"
"""After an answer to a question before the model was found that its steps did not take (its
page does not offer it, or asks another question there): "A power adapter …" for a Video
Doorbell 3, which runs on a battery or doorbell wiring, read as the model's (review N F11)."""
NOT_KNOWN = "model not known"
ANY_BRAND = "another brand, or brand not known"
HAS_A_MODEL = "This session already has a model: {name}. Start a new session for another camera."
OLDER_SESSION = (
    "This session was started before camreset could take a model found later: start a new "
    "session for that model."
)
ALREADY_DONE = "This session's camera already works again: there is nothing left to change."
KEPT_WHAT = {
    "have": "what you have at hand",
    "opening": "why you came and what happened when you tried the reset yourself",
    "power": "how it is powered",
    "question": "your answers to questions that still fit it",
    "setup": "that the reset already worked",
}
"""What was carried over to the model's own steps, in the order it is said."""


def started_as(line_name: str | None, form_factor: str | None) -> str:
    """How the session began, in the words the person chose: "Ring, model not known,
    doorbell"; a camera of another brand or of none known: "another brand, or brand not
    known, pan-tilt"."""
    parts = [f"{line_name}, {NOT_KNOWN}" if line_name else ANY_BRAND]
    if form_factor:
        parts.append(shape_words(form_factor))
    return ", ".join(parts)


def found_row(at: str, started: str, who: str = "") -> str:
    """The report's words: "on the label at 15:40, entered by the helpdesk (started as: Ring,
    model not known)"; `who`: `screen_names.found_who`'s."""
    return f"on the label at {at}{who} (started as: {started})"


def found_between(at: str, name: str, before: int, who: str = "") -> str:
    """The report's row after the last step before the model was found: which steps were the
    usual ones and which its own (review N F11: nothing said so); `who`:
    `screen_names.found_who`'s."""
    steps = (
        f"Steps 1 to {before} were the usual steps" if before > 1 else "Step 1 was the usual step"
    )
    return (
        f"{FOUND_ROW} on the label at {at}{who}: {name}. {steps}, before the model was known; "
        "the steps after are its own."
    )


def found_notice(name: str, kept: list[str]) -> str:
    """Said above the first step after the model was found."""
    said = [KEPT_WHAT[k] for k in KEPT_WHAT if k in kept]
    head = f"Model found: {name}. The steps are now its own."
    if not said:
        return (
            f"{head} Your answers so far were about cameras in general: some questions come again."
        )
    return f"{head} Kept from before: {_listed(said)}."


def other_camera(started: tuple[str, str | None], found: tuple[str, str, str | None]) -> str:
    """A model of another brand or shape than the session began with (session 71, merged-diff
    review N F6): "You started with a Ring doorbell; the Tapo C200 is a TP-Link pan-tilt
    camera. …" — most often the label of another camera or box was read."""
    name, brand, shape = found
    return (
        f"You started with {_a(_camera(*started))}; the {name} is {_a(_camera(brand, shape))}. "
        "Check the label on the camera you are resetting, or start a new session for that camera."
    )


def _camera(brand: str, shape: str | None) -> str:
    said = shape_words(shape) if shape else ""
    return " ".join(p for p in (brand, said, "" if shape == "doorbell" else "camera") if p)


def _a(words: str) -> str:
    return ("an " if words[:1].casefold() in "aeiou" else "a ") + words


def _listed(items: list[str]) -> str:
    return "; ".join(items)


def several(typed: str) -> str:
    """A name that may mean more than one model: the closest are offered to choose from."""
    return f"“{typed}” could be more than one model. Choose yours, or type it as on the label."


def none_like(typed: str) -> str:
    """A name no model camreset lists is like."""
    return (
        f"We don't know a model called “{typed}”. Check the label and type it again; if it is "
        "not on our list, carry on with the usual steps: they still apply."
    )


FOUND_BACK_HERE = "The steps are the usual ones again, for any camera."
"""After a model found was taken back by undo: the person was silently back on the usual
steps, on their screen and on a desk following the session (session 73)."""
FOUND_BACK_TITLE = "Model found taken back"
"""The page's title starts with it after this browser's own undo took the model back."""


def found_taken_back(who: str, name: str, entered: str = "") -> str:
    """A model found, taken back by undo, said on every screen: "You took back the model
    found: Ring Video Doorbell 3." on the one that took it back, with who did (as every
    screen names them: screen_names.py) on the others; `entered`: who entered it, as
    `screen_names.found_who` says it (", entered by the helpdesk")."""
    return f"{who} took back the model found{entered}: {name}."


def takes_found_back(name: str) -> str:
    """What undo does where it takes back the model found (no answer since), the same on the
    web's Back button and beside the terminal's `u` (which read "u undo": session 73)."""
    return f"take back the model found ({name})"


def undo_found(name: str, where: str = "") -> str:
    """The undo button's words where it takes back the model found (no answer since): it
    read "undo my last answer", and the answer it named stayed. `where`: who found it, on a
    screen that did not ("by the helpdesk"): the customer's phone offered to take back the
    agent's model with nothing saying whose it was (helpdesk review 74 F, #7)."""
    if where:
        return f"Back: take back the model found {where} ({name})"
    return f"Back: {takes_found_back(name)}"


def found_by(who: str, name: str) -> str:
    """A model found, said on a screen that did not find it: "Another screen found the model:
    Tapo C200." A desk following the session read "The session has changed on another
    screen" and could not tell who found what (merged-diff review 71 N, F2); `who` is named
    as every screen names it (screen_names.py)."""
    return f"{who} found the model: {name}."
