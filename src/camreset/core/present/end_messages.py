"""Which words an end page has: the knowledge base's success and escalation messages, and the
two ends that are about the session rather than the camera."""

from __future__ import annotations

from camreset.core.kb.troubleshooting import Message, TroubleshootingFile

SESSION_ENDS = {
    "not-needed": Message(
        title="No reset needed",
        text="Good: the camera keeps all its settings. If the trouble comes back, this session "
        "and its summary stay here, and a new session can take you through the reset.",
    ),
    "stopped": Message(
        title="Here is your report for {support.name}",
        text="You stopped here. The report lists every step you took and what it showed, so "
        "support does not start from zero. {support.contact}",
    ),
}
"""The ends that are not in the knowledge base: they are about the session, not the camera."""
FIXED_ENDS = frozenset({"done", "handed-over", "reset-for-sale", "not-needed"})
"""Ends where nothing is left to fix; every other end leads to support (or the report for it)."""
ACCOUNT_END = "escalate-account"
"""Support for the app's account, once its way back in failed: no reset was advised."""
PROVIDER_END = "escalate-provider"
"""The end page that sends a person to the provider who supplied the camera, not its maker."""
ROUTER_END = "escalate-router"
"""The end page of a Wi-Fi with no 2.4 GHz network of its own: the router's maker or the
internet provider can help with it, not the camera's maker (review 69, U #9)."""
NEVER_RESET_ENDS = frozenset({"escalate-dark", ACCOUNT_END})
"""Support pages for a camera never reset (dark, or its account locked): no trouble met after
a reset is shown on them."""


def end_message(ts: TroubleshootingFile, which: str) -> Message:
    """The title and text of end page `which` (any other escalation: the general one)."""
    esc, success = ts.escalation, ts.success
    ends = {
        "done": success.added,
        "handed-over": success.handed,
        PROVIDER_END: esc.provider,
        "no-reset": esc.no_reset,
        "escalate-untried": esc.untried,
        "escalate-after-reset": esc.after_reset,
        "escalate-dark": esc.dark,
        ACCOUNT_END: esc.account,
        ROUTER_END: esc.router,
    }
    return ends.get(which) or SESSION_ENDS.get(which) or esc
