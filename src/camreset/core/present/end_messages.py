"""Which words an end page has: the knowledge base's success and escalation messages, and the
two ends that are about the session rather than the camera."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.troubleshooting import Message, TroubleshootingFile
from camreset.core.kb.values import AfterReset
from camreset.core.present.facts import FactView, view_of

if TYPE_CHECKING:
    from camreset.core.kb.knowledge import KnowledgeBase
    from camreset.core.kb.resolved import ResolvedModel

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
DARK_END = "escalate-dark"
"""The support page of a camera that still won't switch on."""
NEVER_RESET_ENDS = frozenset({DARK_END, ACCOUNT_END})
"""Support pages for a camera never reset (dark, or its account locked): no trouble met after
a reset is shown on them, but on the dark one a known trouble whose cause keeps it dark."""
KEEPS_IT_DARK = frozenset({"corrupt-firmware"})
"""Beyond its power, the cause (troubleshooting.yaml) that can leave a camera dark: a firmware
that no longer starts (the status light's "Off" is four times likelier under it than under
most). A Wyze Cam v2 that "plays a sound, shows solid orange, clicks, then turns off" ended at
"it won't switch on" without the microSD flash its line's sources give for that very symptom,
and its report listed only the outlet and the cable (session-69 review U, #6)."""
DARK_TROUBLE = "Known trouble that can keep it dark"
"""The label of such a fact on the dark support page: no reset came before it there."""


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


def dark_trouble(kb: KnowledgeBase, model: ResolvedModel) -> tuple[FactView, ...]:
    """The camera's known trouble facts whose cause can keep it dark (`KEEPS_IT_DARK`), for
    its support page once it still won't switch on."""
    return tuple(
        replace(view_of(kb, model, "after_reset", r), label=DARK_TROUBLE)
        for r in model.lists.get("after_reset", ())
        if isinstance(r.primary.value, AfterReset) and r.primary.value.cause in KEEPS_IT_DARK
    )


def dark_and_fixed(model: ResolvedModel) -> frozenset[str]:
    """The causes beyond its power that may keep this camera dark and that its sources give a
    fix for: named in its report of a camera that never came on, beside that fix (one its
    sources do not fix is left to "the camera itself", as before)."""
    return frozenset(
        v.cause
        for v in model.values("after_reset")
        if isinstance(v, AfterReset) and v.cause in KEEPS_IT_DARK
    )
