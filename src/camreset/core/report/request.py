"""The one sentence a support agent reads first: what the person asks of support, where the
report's own evidence makes it plain.

A camera still bound to another account can be freed only by that account or by the maker's
support, so its report says so in so many words ("please release it") rather than leaving the
agent to infer it from a cause list (owner review 45: a buyer's report gave the reason and the
causes, never the request)."""

from __future__ import annotations

from camreset.core.present.opening_answers import REASON_WORDS
from camreset.core.report.model import Report
from camreset.core.report.needs import BOUND, PLAIN_ENOUGH

SECOND_HAND = dict(REASON_WORDS)["second-hand"]


def support_request(report: Report) -> str | None:
    """The request, or None where the report shows no single thing to ask."""
    if report.outcome in ("done", "not_needed") or not report.still_likely:
        return None
    noun = "doorbell" if report.form_factor == "doorbell" else "camera"
    if report.to_provider:  # the session's end page sent it to them, not to the maker
        return (
            f"For the alarm company or internet provider that supplied this {noun}: please "
            "release it or set it up again; it seems locked to you, and only you can."
        )
    top = report.still_likely[0]
    if top.id != BOUND or top.probability < PLAIN_ENOUGH:
        return None
    if report.reason == SECOND_HAND:
        return (
            f"Please release this {noun} from its previous owner's account: it came from "
            "someone else, and the app says it belongs to another account."
        )
    return f"Please help release this {noun}: the app says it belongs to another account."
