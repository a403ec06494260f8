"""The seller's pages: the camera taken off their account before it goes to its new owner,
and, where its sources say removing it resets it, a look at whether it did (split from
opening_steps.py, whose other pages are about passwords and networks)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.values import ResetEffect
from camreset.core.present.account_words import hub_for_new_owner, unbind_route_list
from camreset.core.present.check_steps import setup_check
from camreset.core.present.facts import FactView, view_of
from camreset.core.present.opening_answers import CANT_SIGN_IN, SKIP_ANSWER
from camreset.core.present.step import Answer, Step
from camreset.core.present.words import ANSWER_WORDS, NOT_SURE

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def removal_place(r: StepRenderer) -> str:
    """Where to look for taking the camera off an account, where no source gives the way."""
    app = r.model.app
    return f"in the {app} app" if app else "in the maker's app or on its web page"


def _removal(r: StepRenderer) -> tuple[tuple[FactView, ...], str]:
    """The sourced way to take the camera off an account, and where to look without one."""
    return r.facts("unbind_route"), removal_place(r)


def unbind(r: StepRenderer) -> Step:
    """Before a sale: take the camera off the account, by its sourced ways where there are."""
    route, where = _removal(r)
    if said := unbind_route_list(r.model):  # two ways as bullets, not one paragraph (E F5)
        lead = "So its new owner can add it, take it off your account first."
        text = f"{lead} What the sources say: {said[0]}"
        if len(said) > 1:
            ways = "\n\n".join(f"• {s}" for s in said)
            text = f"{lead} What the sources say:\n\n{ways}"
    else:
        text = (
            f"So its new owner can add it, take it off your account first, {where}. No source "
            "we have gives the exact steps for this camera, so look for removing or deleting "
            "the device in its settings."
        )
    if hub := hub_for_new_owner(r.model):
        text = f"{text}\n\n{hub}"
    answers = (
        Answer("removed", "Done: it is off my account"),
        Answer("reset-it", "I'll do it later: reset it now"),
        Answer(CANT_SIGN_IN, "I can't sign in to the account"),
        SKIP_ANSWER,
    )
    extra = r.facts("remove_before_reset", "reset_unbinds_account")
    title = "Before you hand it over: remove it from your account"
    step = r.plain(r.base("question", title, text, answers))
    return r.with_facts(step, (*route, *extra))


def removal_reset(r: StepRenderer) -> Step:
    """Taking it off the account reset it, the sources say (or may have): look before
    anyone reaches for the button."""
    paths = r.model.reset_by_removal()  # the app each names is in its fact, with its source
    if any(p.value.effect is ResetEffect.full for p in paths):
        lead = (
            "The sources say removing it from the app also resets it to its factory "
            "settings. Give it a few minutes to restart, then look at it. "
        )
    else:
        lead = (
            "A source says removing it from the app may start a reset, and to turn it off "
            "and on again after, then look whether it is in setup mode. "
        )
    answers = (Answer(NOT_SURE, ANSWER_WORDS[NOT_SURE], role="not_sure"), SKIP_ANSWER)
    step = setup_check(r, "Did removing it reset it?", lead, answers)
    views = tuple(view_of(r.kb, r.model, "software_reset", p) for p in paths)
    return replace(step, facts=(*views, *step.facts))
