"""The report's outcome line: how the session ended, as a person would say it to support.

The end page's own headline where no reset was tried (it won't switch on; the app account is
locked): the line said only "Not solved at home: needs support" (helpdesk review 57, L4).
"""

from __future__ import annotations

from camreset.core.present.end_messages import PROVIDER_END, ROUTER_END
from camreset.core.present.ending_words import (
    ESCALATED_AFTER_RESET,
    FOR_A_HUB,
    FOR_NEW_OWNER,
    NOT_THE_MAKER,
    OUTCOME_WORDS,
    not_right,
)
from camreset.core.present.fixed_words import FIXED_BY_SUPPORT, fixed_by_support, said_not_right
from camreset.core.present.names import with_article
from camreset.core.report.model import Report

TRY_AT_HOME = "worth one more try at home before support"
"""An end at support whose page says one more try at home comes first ("Worth one more try
before … support"), as the report and `camreset sessions` say it: the list said "needs
support" beside it (helpdesk review 60, #10)."""
THE_ITEM = "the item its last step names"
REDO_IT = "doing again in full the step that was cut short"
NOT_YET = f"Not solved yet: {TRY_AT_HOME}, "
STOPPED_AFTER_RESET = (
    "Stopped before the end, after the reset, while adding it again: the report is for support"
)
"""A session stopped in the setup phase read "Stopped before the end", beside "Reason given:
It won't reset", while the reset had taken and adding it failed (after-reset review 58)."""
NEEDS_HUB = FOR_A_HUB.report
"""A buyer whose camera came without its hub, and who has none yet (session-65 diff review, H #6):
nothing for support to do yet."""
TO_PROVIDER = NOT_THE_MAKER[PROVIDER_END].report
TO_ROUTER = NOT_THE_MAKER[ROUTER_END].report
"""The router's end ("Your router's 2.4 GHz network: its maker or your internet provider can
help") read "… could not be added again: needs support" (merged-diff review 69, N #6); both
from the one table of endings (ending_words.py)."""
SALE_END = {True: "handed-over", False: "reset-for-sale"}
"""A seller's end page, by whether they said the camera is off their account (flow.py)."""
ESCALATED_DARK = "Not solved at home: it won't switch on, so no reset could be tried; needs support"
ESCALATED_ACCOUNT = (
    "Not solved at home: the way back into the app account did not work; needs support"
)


def outcome_words(report: Report) -> str:
    """The outcome as a person would say it."""
    outcome = report.outcome
    if outcome == "stopped" and report.needs_hub:
        said = NEEDS_HUB.format(hub=with_article(report.hub or "hub"))
        fixed = (report.feedback or {}).get("fixed") == "yes"
        return f"{said}; added through it since, as the person said" if fixed else said
    if fixed_by_support(outcome, report.feedback):
        return FIXED_BY_SUPPORT
    if outcome == "escalated" and report.redo:  # after the reset too (web review 55)
        return f"{NOT_YET}{REDO_IT} (its result below says how)"
    if outcome == "escalated" and report.to_provider:  # not the maker (after-reset review 58)
        return TO_PROVIDER
    if outcome == "escalated" and report.to_router:  # a setting of the person's router
        return TO_ROUTER
    if outcome == "escalated" and report.one_more_try:  # as its page, reset or not (#10)
        return NOT_YET + _once(report.one_more_try_with)
    if outcome == "escalated" and report.reset_worked:
        return ESCALATED_AFTER_RESET
    if outcome == "stopped" and report.reset_worked:
        return STOPPED_AFTER_RESET
    if outcome == "escalated" and report.never_on:
        return ESCALATED_DARK
    if outcome == "escalated" and report.account_locked:
        return ESCALATED_ACCOUNT
    if said_not_right(outcome, report.feedback):  # a seller's "something is still missing" too
        return not_right(
            outcome or "", SALE_END[report.off_account] if report.for_new_owner else None
        ).report
    if outcome == "done" and report.for_new_owner:
        return FOR_NEW_OWNER[report.off_account]
    return OUTCOME_WORDS.get(outcome, outcome or "Not finished")


def try_first(*, redo: bool, reopens: bool, lacking: str) -> str | None:
    """What an end page worth one more try at home asks first, in the report's words after
    "…before support, " ("once another power outlet is at hand"); None for any other end.
    `redo`, `reopens` and `lacking` are the end page's own (`Step`)."""
    if redo:
        return REDO_IT
    return _once(lacking) if reopens else None


def _once(lacking: str | None) -> str:
    """ "once another power outlet is at hand" (a reset camera that only lacks its app read
    "needs support" under a page saying "Worth one more try": helpdesk review 60, #10)."""
    return f"once {lacking or THE_ITEM} is at hand"
