"""The rows of "What … support asks for": what the maker's sources list, and what a request
to release the camera from another account needs whatever they list.

A release needs the camera's serial number (the step before told the person to give support
the one on its label) and, for a camera that pairs through a hub, the hub's too: the hub is on
that account as well. A eufyCam's report asked support to release it and listed nothing to
give (phone review 64, F4). Someone who bought the camera second-hand may have no receipt, and
no source says what a maker takes instead: their "proof of purchase" row says so plainly.
"""

from __future__ import annotations

import re
from typing import Literal

from camreset.core.guide.fits_camera import for_its_power
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import Action
from camreset.core.kb.values import SupportNeed
from camreset.core.no_passwords import REMOVED
from camreset.core.present.detail_words import (
    ABOUT_A_RECORDER,
    CHANGES_ON_RESTART,
    FOR_A_RESET_CODE,
    NEEDS_IT_ON,
    NEEDS_THE_APP,
    POWER_CUT_SINCE,
    SUPPORT_NEED_WORDS,
)
from camreset.core.present.end_messages import ACCOUNT_END, PROVIDER_END
from camreset.core.present.facts import fact_view
from camreset.core.report.steps import Frozen
from camreset.core.session import SessionState
from camreset.core.session.own_cable import wifi_left_out
from camreset.core.session.said import came_from_someone_else

BOUND = "other-account"
"""The cause: the camera is still bound to someone else's account."""
PLACE = "purchase_place"
PLAIN_ENOUGH = 0.5
"""How likely that cause must still be for the report to ask outright for a release."""
SECOND_HAND_RECEIPT = (
    "If you bought it second-hand you may not have one: then say where and when you bought it."
)
"""Beside a proof of purchase, for someone who said it came from someone else (no source says
what a maker takes instead, so none is named)."""
BOUGHT_USED = re.compile(
    r"\b(?:used|second[- ]?hand|pre[- ]?owned|ebay|craigslist|gumtree|kijiji|vinted|olx"
    r"|leboncoin|kleinanzeigen|marketplace)\b",
    re.IGNORECASE,
)
"""Words in "Where you bought it" that say it was bought second-hand: "eBay, used" brought no
second-hand note beside the receipt, which only the session's own question did (support-report
review 75 G, #12)."""
PLACEHOLDERS = frozenset({
    "none", "n/a", "na", "n.a.", "-", "--", "–", "—", "?", "??", "...", "…", ".", "x", "nil",
    "null", "no", "nope", "unknown", "not known", "don't know", "dont know", "do not know",
    "idk", "not sure", "no idea", "not available", "not applicable", "nothing", "tbd",
})  # fmt: skip
"""What people type into a field to fill it without giving anything: "none" at the recorder's
Device ID read "The recorder's Device ID: in this report (none)" (support report review 67,
I #9)."""


MADE_WHEN_ASKED = frozenset({"support_code"})
"""What the person makes in the app while the agent asks for it (Ring's and Nest's one-time
code): "have it ready" sent them to make it before the call (support report review 67, I #8b)."""


def given(value: str | None) -> str | None:
    """A detail as support can use it: None where it is empty or only a placeholder."""
    if value is None or value.strip().strip("'\"“”").casefold() in PLACEHOLDERS:
        return None
    if value.replace(REMOVED, "").strip(" .,;:") == "":  # all of it was a password, taken out
        return None
    return value or None


def not_the_makers(kb: KnowledgeBase, brand: str, source_ids: list[str]) -> str | None:
    """Words beside a row no source of the maker's lists: a shop's blog's "proof of purchase"
    read as Ring's own ask, in one flat list under "What Ring support asks for" (review 71 E,
    #5); None where one of the maker's pages, manuals or forums lists it."""
    cited = [kb.sources[s] for s in source_ids if s in kb.sources]
    if not cited or any(s.kind.is_vendor for s in cited):
        return None
    names = ", ".join(dict.fromkeys(s.publisher for s in cited))
    return f"Not from {brand}: only another guide lists this ({names})."


class NeedRow(Frozen):
    """One thing this vendor's support asks for, and whether the report has it."""

    need: str
    label: str
    status: Literal["in_report", "missing", "have_ready", "when_asked"]
    value: str | None = None
    note: str | None = None
    """Words for this person beside it (no receipt for a camera bought second-hand)."""
    for_release: bool = False
    """Asked because the report asks for a release, not listed by the maker's sources."""
    elsewhere: bool = False
    """Listed only by sources that are not the maker's (its `note` says whose)."""


def asks_release(kb: KnowledgeBase, state: SessionState) -> bool:
    """Whether the report asks support outright to release the camera from another account:
    that cause still leads, plainly enough, and no provider supplied it."""
    if state.outcome in ("done", "not_needed") or state.current.ref.ref == PROVIDER_END:
        return False
    fits = for_its_power(kb, state.fold.said_power, wifi_left_out(state.fold))  # as the report
    likely = [c for c in state.belief if fits(c.id)]
    return bool(likely) and likely[0].id == BOUND and likely[0].probability >= PLAIN_ENOUGH


def for_this_request(
    kb: KnowledgeBase, state: SessionState, rows: list[NeedRow], details: dict[str, str]
) -> list[NeedRow]:
    """The sourced rows, with what a release needs added where the report asks for one, and a
    second-hand buyer's words beside a receipt."""
    when_asked = {"status": "when_asked"}
    rows = [r.model_copy(update=when_asked) if r.need in MADE_WHEN_ASKED else r for r in rows]
    if came_from_someone_else(state.fold) or BOUGHT_USED.search(details.get(PLACE, "")):
        rows = [
            r.model_copy(update={"note": " ".join(filter(None, (r.note, SECOND_HAND_RECEIPT)))})
            if r.need == "proof_of_purchase"
            else r
            for r in rows
        ]
    if not asks_release(kb, state):
        return rows
    wanted = {} if any(r.need == "serial" for r in rows) else {"serial": "serial"}
    hub = state.model.pairs_via
    if hub is not None and state.model.recorder is None:
        wanted["hub_serial"] = "hub"
    prefix = "For the release: t" if rows else "T"  # under the maker's own list: whose ask
    words = {
        "serial": f"{prefix}he camera's serial number, on its label",
        "hub_serial": f"{prefix}he serial number of the {hub.name if hub else 'hub'}, on its "
        "label (it is on that account too)",  # not "HomeBase or HomeBase 2's" (review 64 G #5)
    }
    added = [
        NeedRow(
            need=need,
            label=words[need],
            status="in_report" if given(details.get(field)) else "missing",
            value=given(details.get(field)),
            for_release=True,
        )
        for need, field in wanted.items()
    ]
    return [*rows, *added]


def support_needs(
    kb: KnowledgeBase, state: SessionState, details: dict[str, str]
) -> tuple[list[NeedRow], list[str]]:
    """What this vendor's support asks for (where a source says, and what a release request
    needs: `for_this_request`), and what the report has."""
    rows, sources = _sourced_needs(kb, state, details)
    return for_this_request(kb, state, rows, details), sources


def _sourced_needs(
    kb: KnowledgeBase, state: SessionState, details: dict[str, str]
) -> tuple[list[NeedRow], list[str]]:
    view = fact_view(kb, state.model, "support_needs")
    resolved = state.model.facts.get("support_needs")
    if view is None or resolved is None or not isinstance(resolved.value, list):
        return [], []
    # every source's list, the surest first: lists of what support asks never contradict
    claims = [resolved.primary, *(c for c in resolved.claims if c is not resolved.primary)]
    needs = dict.fromkeys(n for c in claims if isinstance(c.value, list) for n in c.value)
    sources = dict.fromkeys(s for c in claims for s in c.sources)
    listed = {n: [s for c in claims if n in c.value for s in c.sources] for n in needs}
    rows, locked_out = [], state.current.ref.ref == ACCOUNT_END
    for need in needs:
        key = need.value if isinstance(need, SupportNeed) else str(need)
        if (state.dark and key in NEEDS_IT_ON) or (locked_out and key in NEEDS_THE_APP):
            continue
        if state.off_recorder and key in ABOUT_A_RECORDER:
            continue
        if state.reset_done and key in FOR_A_RESET_CODE:
            continue
        label, where = SUPPORT_NEED_WORDS.get(key, (key.replace("_", " ").capitalize(), None))
        note = not_the_makers(kb, state.model.line.brand, listed[need])
        cut = power_cut_since(kb, state) if key in CHANGES_ON_RESTART else None
        value: str | None = None
        if where == "report" and not (key == "model" and state.model.generic):
            status: Literal["in_report", "missing", "have_ready"] = "in_report"
        elif where in (None, "report"):  # not in the form (or the model, when not known)
            status = "have_ready"
        else:
            value = given(details.get(where))
            status = "in_report" if value else "missing"
        mark = {"note": " ".join(filter(None, (note, cut))) or None, "elsewhere": bool(note)}
        rows.append(NeedRow(need=key, label=label, status=status, value=value, **mark))
    if state.off_recorder and not rows:  # all it asks is about a recorder: nothing to cite
        return [], []
    return rows, [_source_name(kb, source) for source in sources]


def power_cut_since(kb: KnowledgeBase, state: SessionState) -> str | None:
    """Words saying which step last cut the camera's power, where one did: what was read off
    the camera before then (its start time) no longer holds."""
    cuts = {a.id: _cut_page(a) for a in kb.troubleshooting.actions if a.powers_off}
    done = [
        (n, h)
        for n, h in enumerate(state.history, 1)
        if h.ref.kind == "action" and cuts.get(h.ref.ref) == h.ref.stage
    ]
    if not done:
        return None
    number, step = done[-1]
    return POWER_CUT_SINCE.format(number=number, title=step.title)


def _cut_page(action: Action) -> int:
    """The page of an attempt that cuts the camera's power: the one that says to ("Unplug",
    "Power-cycle it"), else its first (another outlet, another port: moved is cut)."""
    said = (
        i
        for i, page in enumerate(action.steps)
        if "{power.cut}" in (page.do or "") or "power-cycle" in (page.title or "").lower()
    )
    return next(said, 0)


def _source_name(kb: KnowledgeBase, source_id: str) -> str:
    """What support can open or recognise: the source's address, else its title."""
    source = kb.sources.get(source_id)
    return (source.url or source.title or source_id) if source is not None else source_id
