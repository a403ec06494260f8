"""A session's end page: its words from the knowledge base's end messages, the answers to its
"is it fixed?" question, and the facts it shows.

Its own module, out of steps.py (which turns each kind of page into a `Step`), as the ends
differ in what they show: a seller's end, one waiting for a hub of one's own, a dark camera's
known trouble, and before support what other owners met after a reset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.present.account_words import hub_for_new_owner
from camreset.core.present.end_messages import (
    DARK_END,
    FIXED_ENDS,
    NEVER_RESET_ENDS,
    dark_trouble,
    end_message,
)
from camreset.core.present.feedback_words import feedback_words
from camreset.core.present.no_hub_yet import NEEDS_HUB_END, needs_hub_words
from camreset.core.present.sale_end import reset_for_sale
from camreset.core.present.step import Answer, Step
from camreset.core.present.words import NOT_SURE

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def _feedback(ending: str | None) -> tuple[Answer, ...]:
    """The end page's answers, in the words of its end."""
    return tuple(
        Answer(i, label, role="not_sure" if i == NOT_SURE else "answer")
        for i, label in feedback_words(ending)
    )


def end_page(renderer: StepRenderer, which: str) -> Step:
    """The end page `which` for this camera."""
    if which == "reset-for-sale":
        title, text = reset_for_sale(renderer)
        step = renderer.base("outcome", title, text, _feedback(which))
        return renderer.with_facts(step, renderer.facts("unbind_route", "reset_unbinds_account"))
    if which == NEEDS_HUB_END:  # what it pairs through, and its source
        step = renderer.base("outcome", *needs_hub_words(renderer.model), _feedback(which))
        return renderer.with_facts(step, renderer.facts("pairs_via"))
    message = end_message(renderer.kb.troubleshooting, which)
    text = renderer.fill(message.text)
    if which == "handed-over" and (hub := hub_for_new_owner(renderer.model)):
        text = f"{text}\n\n{hub}"
    step = renderer.base("outcome", renderer.fill(message.title), text, _feedback(which))
    if which == DARK_END:  # still dark: only a known trouble that keeps it so
        return renderer.with_facts(step, dark_trouble(renderer.kb, renderer.model))
    if which in FIXED_ENDS or which in NEVER_RESET_ENDS:  # no trouble after a reset
        return step
    # Before support: what other owners met after a reset and what fixed it, as sourced.
    return renderer.with_facts(step, renderer.shown_facts("after_reset"))
