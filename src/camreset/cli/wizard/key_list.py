"""The keys a step takes besides its answers, in one list for the line under the answers
(keys_line.py) and for the line after something not understood.

The two were written apart and drifted: on the first step the help offered `l` and on a
step taking nothing at hand `h`, which the keys line left out, and the keys line's `w` was
in no help (session 71, merged-diff review N F13).
"""

from __future__ import annotations

from camreset.core.present.found_words import FOUND_KEY, FOUND_KEY_WORDS
from camreset.core.present.term_words import TERMS_KEY, TERMS_KEY_WORDS, apart, terms_named
from camreset.core.session import Step

WHY_KEY = "w"
"""Show "Why this step", folded on a page taller than the screen (as the web folds it)."""


def offered(
    step: Step,
    *,
    can_undo: bool,
    why_folded: bool = False,
    to_start: bool = False,
    found: bool = False,
    undo: str | None = None,
    again: str = "",
    more: str = "",
) -> list[tuple[str, str]]:
    """Each key offered, as the keys line says it and as the help says it, in one order;
    `undo`: what `u` takes back where it is not an answer (the model found: `undo_takes`);
    `again`: the sources the page before showed, which w shows again ("Reset button");
    `more`: the rest of a list w shows, on a page with no why to fold ("more ways")."""
    keys = []
    if why_folded:
        keys.append((f"{WHY_KEY} why this step", f"{WHY_KEY} for why this step"))
    elif more:
        keys.append((f"{WHY_KEY} {more}", f"{WHY_KEY} for {more}"))
    elif again:
        keys.append((f"{WHY_KEY} {again} again", f"{WHY_KEY} for the {again} again"))
    if apart(step.text)[1] is not None:  # the makers' terms, on a key: no room at 80×24
        said = f"{TERMS_KEY} for {terms_named(step.text)} {TERMS_KEY_WORDS}"
        keys.append((f"{TERMS_KEY} {TERMS_KEY_WORDS}", said))
    if step.network:
        keys.append(("n check it over the network", "n to check it over the network"))
    if step.remote:
        keys.append(("r send the reset over the network", "r to send the reset over the network"))
    if can_undo:
        keys.append((f"u {undo or 'undo'}", f"u to {undo or 'undo'}"))
    if to_start:
        keys.append(("s back to the first question", "s to go back to the first question"))
    if step.takes_items:
        keys.append(("h at hand", "h for what is at hand"))
    if can_undo:  # something answered: the list of it (helpdesk review 70, H #2)
        keys.append(("l answers so far", "l for the answers so far"))
    if found:  # a session started without its model (session 71)
        keys.append((f"{FOUND_KEY} {FOUND_KEY_WORDS}", f"{FOUND_KEY} if you found the model"))
    return keys


def help_line(
    step: Step, *, undo: str | None = None, again: str = "", more: str = "", **shown: bool
) -> str:
    """What a line not understood is told: the same keys as the keys line, in words."""
    keys = offered(step, undo=undo, again=again, more=more, **shown)
    said = "".join(f", {words}" for _, words in keys)
    return (
        f"Type a number from 1 to {len(step.answers)} (or the answer's first words){said}, "
        "or q to leave."
    )
