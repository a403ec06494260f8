"""The report's outcome line: how the session ended, as a person would say it to support.

The end page's own headline where no reset was tried (it won't switch on; the app account is
locked): the line said only "Not solved at home: needs support" (helpdesk review 57, L4).
"""

from __future__ import annotations

from camreset.core.present.fixed_words import (
    FIXED_BY_SUPPORT,
    STILL_NOT_RIGHT_SAID,
    fixed_by_support,
    said_not_right,
)
from camreset.core.present.words import ESCALATED_AFTER_RESET, FOR_NEW_OWNER, OUTCOME_WORDS
from camreset.core.report.model import Report

ONE_MORE_TRY = (
    "Not solved yet: worth one more try at home before support, once the item its last step "
    "names is at hand"
)
ONE_MORE_TRY_WITH = (
    "Not solved yet: worth one more try at home before support, once {item} is at hand"
)
REDO = (
    "Not solved yet: worth one more try at home before support, doing again in full the step "
    "that was cut short (its result below says how)"
)
STOPPED_AFTER_RESET = (
    "Stopped before the end, after the reset, while adding it again: the report is for support"
)
"""A session stopped in the setup phase read "Stopped before the end", beside "Reason given:
It won't reset", while the reset had taken and adding it failed (after-reset review 58)."""
TO_PROVIDER = (
    "Not solved at home: it seems locked to the provider that supplied it, who alone can set "
    "it up again; needs that provider"
)
ESCALATED_DARK = "Not solved at home: it won't switch on, so no reset could be tried; needs support"
ESCALATED_ACCOUNT = (
    "Not solved at home: the way back into the app account did not work; needs support"
)


def outcome_words(report: Report) -> str:
    """The outcome as a person would say it."""
    outcome = report.outcome
    if fixed_by_support(outcome, report.feedback):
        return FIXED_BY_SUPPORT
    if outcome == "escalated" and report.redo:  # after the reset too (web review 55)
        return REDO
    if outcome == "escalated" and report.to_provider:  # not the maker (after-reset review 58)
        return TO_PROVIDER
    if outcome == "escalated" and report.reset_worked:
        return ESCALATED_AFTER_RESET
    if outcome == "stopped" and report.reset_worked:
        return STOPPED_AFTER_RESET
    if outcome == "escalated" and report.never_on:
        return ESCALATED_DARK
    if outcome == "escalated" and report.account_locked:
        return ESCALATED_ACCOUNT
    if outcome == "escalated" and report.one_more_try and report.one_more_try_with:
        return ONE_MORE_TRY_WITH.format(item=report.one_more_try_with)
    if outcome == "escalated" and report.one_more_try:
        return ONE_MORE_TRY
    if outcome == "done" and report.for_new_owner:
        return FOR_NEW_OWNER[report.off_account]
    if said_not_right(outcome, report.feedback):
        return f"{OUTCOME_WORDS[outcome]}; {STILL_NOT_RIGHT_SAID}"
    return OUTCOME_WORDS.get(outcome, outcome or "Not finished")
