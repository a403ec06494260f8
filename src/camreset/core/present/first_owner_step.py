"""The opening's question for a second-hand camera whose sources say a reset leaves it on its
first owner's account (Ring): have they taken it off?

The warning alone stood above "Get ready", with only "Done / Not sure / I can't do this" under
it: nothing to say they had removed it, or that they could not be reached (web review 56, F6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.connection import without_wifi
from camreset.core.kb.power_values import JOINS_ITS_HUB
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.account_words import (
    Unbinding,
    buyer_routes,
    hub_for_buyer,
    still_bound_words,
    their_app,
    unbinding,
)
from camreset.core.present.names import with_article
from camreset.core.present.opening_answers import SKIP_OTHERS
from camreset.core.present.step import Answer, Step

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer

OWNER_REMOVED, OWNER_NOT_YET, OWNER_UNREACHABLE = "removed", "not-yet", "cant-reach"
OWNER_NO_HUB = "no-hub"
"""A camera bought without the hub it pairs through (an Arlo, eufy, Blink or Tapo C420 sold
alone): the first owner's hub is not the buyer's concern, a hub of their own is."""


def first_owner_step(r: StepRenderer) -> Step:
    """Has the first owner taken it off their account: yes, not yet, or out of reach (then
    what the sources say a new owner can do alone, as the next step's notice says too)."""
    hub = _handed_hub(r.model)
    alone = (Answer(OWNER_NO_HUB, f"It came without the {hub}"),) if hub else ()
    answers = (
        Answer(OWNER_REMOVED, "Yes: they removed it, or passed it to me"),
        Answer(OWNER_NOT_YET, "Not yet: go on with the reset meanwhile"),
        Answer(OWNER_UNREACHABLE, "I can't reach them"),
        *alone,
        SKIP_OTHERS,
    )
    text, shown = _camera_words(r.model), ["reset_unbinds_account", "unbind_route"]
    if words := hub_for_buyer(r.model):  # on their account whatever a reset does (review 64)
        text = f"{text}\n\n{words}"
        shown.insert(1, "pairs_via")  # the hub named, and how sure that is (an Arlo Pro 3's: low)
    if routes := buyer_routes(r.model):
        text = f"{text}\n\n{routes}"
    title = "Has its first owner taken it off their account?"
    step = r.plain(r.base("question", title, text, answers))
    return r.with_facts(step, r.facts(*shown))


def _camera_words(model: ResolvedModel) -> str:
    """What a reset does to the camera's own account, where its sources all say it frees it
    (an Arlo on its base station is asked about the base station, not the camera)."""
    if unbinding(model) is Unbinding.frees:
        return "Its sources say a reset takes the camera itself off its first owner's account."
    return still_bound_words(model)


def hub_alone(model: ResolvedModel) -> str | None:
    """The hub that alone stays on the first owner's account: the camera's sources all say a
    reset frees the camera itself (an Arlo on its base station; session-64 diff review, #2:
    "not yet" said the camera "cannot be added to yours" right after the page saying its
    reset frees it)."""
    hub = _handed_hub(model)
    return hub if hub is not None and unbinding(model) is Unbinding.frees else None


def _handed_hub(model: ResolvedModel) -> str | None:
    """The name of a hub a buyer needs too, that is on an account of its own."""
    return model.pairs_via.name if model.pairs_via and hub_for_buyer(model) else None


FREED_ITSELF = "A reset takes the camera itself off their account, its sources say."


def not_yet_words(model: ResolvedModel) -> str:
    """Above the next step once they said "not yet": short, the page before said it all."""
    if alone := hub_alone(model):
        return (
            f"Until its first owner takes {with_article(alone)} sold with it off their account "
            f"in {their_app(model)}, the camera cannot be added through it: ask them before you "
            f"add it. {FREED_ITSELF}"
        )
    hub = _handed_hub(model)
    what = f"it (and {with_article(hub)} sold with it)" if hub else "it"
    return (
        f"Until its first owner takes {what} off their account in {their_app(model)}, it "
        "cannot be added to yours: ask them before you add it."
    )


def without_hub_words(model: ResolvedModel) -> str:
    """After "It came without the <hub>": the hub its sources say it pairs through is one of
    the buyer's own, and the camera itself is the first owner's to remove where no source says
    a reset frees it (a buyer who got a Tapo C420 alone was asked about the first owner's
    H200 hub, and told it was on their account too: phone review 64)."""
    hub = _handed_hub(model) or "hub"
    own = (
        f"You said it came without the {hub}. You add the camera through {with_article(hub)} "
        "on your own account, so you need one of your own: its sources say it pairs through one."
    )
    if unbinding(model) is Unbinding.frees:  # "their account" would name nobody here
        return f"{own} They also say a reset takes the camera itself off its first owner's account."
    return (
        f"{own} The camera itself may still be on its first owner's account: until they remove "
        f"it in {their_app(model)}, it may not be added to yours. Ask them if you can."
    )


def unreachable_words(model: ResolvedModel, alone_words: str) -> str:
    """After "I can't reach them": what a new owner can do alone, from the sources; where only
    a hub stays theirs, its release is what support is asked for."""
    if routes := buyer_routes(model):
        return routes
    if alone := hub_alone(model):
        return (
            f"No source we have gives a way for a new owner alone to free {with_article(alone)} "
            f"on another account: ask {model.line.brand} support to release it, giving the serial "
            f"number from its label. {FREED_ITSELF} You can add it through {with_article(alone)} "
            "on your own account."
        )
    return alone_words


def kept_from_first_owner(model: ResolvedModel) -> str:
    """What a camera not reset since it changed hands still holds of its first owner's: a PoE
    one has no Wi-Fi to keep (installer review 44, a UniFi G4 Bullet), and one that joins its
    hub by its own radio is paired with their hub, not on their Wi-Fi (phone review 60, #17:
    a eufyCam 3 read "its first owner's Wi-Fi")."""
    hub = model.pairs_via
    if hub is not None and hub.kind in JOINS_ITS_HUB:
        return f"settings, paired with their {hub.name}"
    return "settings" if without_wifi(model) else "Wi-Fi and settings"
