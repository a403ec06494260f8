"""The opening's question for a second-hand camera whose sources say a reset leaves it on its
first owner's account (Ring): have they taken it off?

The warning alone stood above "Get ready", with only "Done / Not sure / I can't do this" under
it: nothing to say they had removed it, or that they could not be reached (web review 56, F6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.connection import without_wifi
from camreset.core.kb.resolve import ResolvedModel
from camreset.core.kb.values import JOINS_ITS_HUB
from camreset.core.present.account_words import (
    Unbinding,
    buyer_routes,
    hub_for_buyer,
    still_bound_words,
    their_app,
    unbinding,
)
from camreset.core.present.names import with_article
from camreset.core.present.opening_answers import SKIP_ANSWER
from camreset.core.present.step import Answer, Step

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer

OWNER_REMOVED, OWNER_NOT_YET, OWNER_UNREACHABLE = "removed", "not-yet", "cant-reach"


def first_owner_step(r: StepRenderer) -> Step:
    """Has the first owner taken it off their account: yes, not yet, or out of reach (then
    what the sources say a new owner can do alone, as the next step's notice says too)."""
    answers = (
        Answer(OWNER_REMOVED, "Yes: they removed it, or passed it to me"),
        Answer(OWNER_NOT_YET, "Not yet: go on with the reset meanwhile"),
        Answer(OWNER_UNREACHABLE, "I can't reach them"),
        SKIP_ANSWER,
    )
    text = _camera_words(r.model)
    if hub := hub_for_buyer(r.model):  # on their account whatever a reset does (review 64)
        text = f"{text}\n\n{hub}"
    if routes := buyer_routes(r.model):
        text = f"{text}\n\n{routes}"
    title = "Has its first owner taken it off their account?"
    step = r.plain(r.base("question", title, text, answers))
    return r.with_facts(step, r.facts("reset_unbinds_account", "unbind_route"))


def _camera_words(model: ResolvedModel) -> str:
    """What a reset does to the camera's own account, where its sources all say it frees it
    (an Arlo on its base station is asked about the base station, not the camera)."""
    if unbinding(model) is Unbinding.frees:
        return "Its sources say a reset takes the camera itself off its first owner's account."
    return still_bound_words(model)


def not_yet_words(model: ResolvedModel) -> str:
    """Above the next step once they said "not yet": short, the page before said it all."""
    hub = model.pairs_via if hub_for_buyer(model) else None
    what = f"it (and {with_article(hub.name)} sold with it)" if hub else "it"
    return (
        f"Until its first owner takes {what} off their account in {their_app(model)}, it "
        "cannot be added to yours: ask them before you add it."
    )


def kept_from_first_owner(model: ResolvedModel) -> str:
    """What a camera not reset since it changed hands still holds of its first owner's: a PoE
    one has no Wi-Fi to keep (installer review 44, a UniFi G4 Bullet), and one that joins its
    hub by its own radio is paired with their hub, not on their Wi-Fi (phone review 60, #17:
    a eufyCam 3 read "its first owner's Wi-Fi")."""
    hub = model.pairs_via
    if hub is not None and hub.kind in JOINS_ITS_HUB:
        return f"settings, paired with their {hub.name}"
    return "settings" if without_wifi(model) else "Wi-Fi and settings"
