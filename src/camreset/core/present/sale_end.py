"""A seller's end when they left taking the camera off their account for later: the reset is
done, and what the sources say about the account. Its own module, out of opening_steps.py
(which lays out the opening's pages), as it words the end, not a page of the opening."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.present.account_words import (
    Unbinding,
    hub_for_new_owner,
    unbind_routes,
    unbinding,
)
from camreset.core.present.seller_steps import removal_place

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def reset_for_sale(r: StepRenderer) -> tuple[str, str]:
    """The title and words of a seller's end when they left taking it off their account for
    later: the reset is done, and what the sources say about the account (a reset alone does
    not take every camera off it; Ring's, Nest's and Arlo's sources say so, or disagree)."""
    says = unbinding(r.model)
    title = "Reset: now take it off your account"
    if says is Unbinding.weakly_frees:
        account = (  # Wyze's one source: "this guide claims"
            "Only one unconfirmed source says a reset also takes it off your account, so "
            "check in the app, and remove it there if it is still listed, before you hand it "
            "over."
        )
    elif says is Unbinding.frees:  # not "now take it off": the sources say the reset did
        title = "Reset: check it is off your account"  # (owner review 45)
        account = (
            "The sources say a reset also takes it off your account; check in the app that "
            "it is gone before you hand it over."
        )
    elif says is Unbinding.keeps:
        account = (
            "The sources say a reset does not take it off your account: until you remove it "
            "there, its new owner cannot add it."
        )
    else:
        account = (
            (
                "The sources disagree on whether a reset takes it off your account"
                if says is Unbinding.disputed
                else "No source we have says whether a reset takes it off your account"
            )
            + ", so remove it there before you hand it over, or its new owner may not be able "
            "to add it."
        )
    if said_routes := unbind_routes(r.model):  # every route: one camera before its system
        how = f"What the sources say about removing it: {said_routes}"
    else:
        how = f"Look {removal_place(r)} for removing or deleting the device in its settings."
    text = f"The camera is reset to its factory settings. {account} {how}"
    if hub := hub_for_new_owner(r.model):
        text = f"{text}\n\n{hub}"
    return title, text
