"""The support report: what was tried, what it showed, and where to take it next.

A person hands this to the vendor's support so they do not have to start from zero. It is built
from a replayed session (pure: no I/O, no clock) and rendered as Markdown, plain text or JSON
(`report.model_dump(mode="json")`, core/report/render.py); the HTML print page renders the same
`Report`. Each step carries its clock time, how long it took and the hold the timer measured;
a failed attempt whose failure proves little (a wait cut short, a short hold) says so and rules
nothing out. What this vendor's support asks for comes from the knowledge base where sourced.
The session id is a secret: it is in a report only when the person asks for it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any, Literal

from pydantic import Field

from camreset.core.engine.evidence import ActionFailed
from camreset.core.guide.fits_camera import for_its_power
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.detour_steps import not_at_hand
from camreset.core.present.end_messages import ACCOUNT_END, PROVIDER_END, ROUTER_END
from camreset.core.present.no_hub_yet import NEEDS_HUB_END
from camreset.core.present.opening_answers import REASON_WORDS
from camreset.core.report.button_row import button_words
from camreset.core.report.details import session_details
from camreset.core.report.found_back import found_marks, taken_back_all
from camreset.core.report.joined import JoinedScreen, joined_screens
from camreset.core.report.known_fix import sourced_fixes
from camreset.core.report.needs import NeedRow, support_needs
from camreset.core.report.report_zone import in_zone
from camreset.core.report.steps import Frozen, ReportStep, ReportTakenBack, report_steps
from camreset.core.report.summary import summary_line
from camreset.core.report_network import (
    ReportCamera,
    ReportNetworkCheck,
    ReportRemote,
    network_parts,
)
from camreset.core.session import Cause, SessionState
from camreset.core.session.dark import DARK_SAYS
from camreset.core.session.own_cable import wifi_left_out
from camreset.core.session.screens import started_via


class ReportCause(Frozen):
    """A cause of "won't reset" and how likely it still is."""

    id: str
    name: str
    probability: float
    home_fix: bool = True
    """Whether some attempt at home for this camera addresses it (else it is support's)."""
    sourced_fix: str | None = None  # one its sources give that no step guides (known_fix.py)


class SupportRoute(Frozen):
    """Where the vendor takes support requests for this line."""

    brand: str
    line: str
    url: str
    contact: str
    also: list[str] = Field(default_factory=list)
    """What else the sources say about reaching support (another address, when it refers
    people to the installer)."""


class Report(Frozen):
    """Everything support needs, in the order they read it (render.py: `ORDER`)."""

    kind: Literal["camreset-report"] = "camreset-report"
    session_id: str | None
    outcome: str | None
    summary: str = ""
    """One line under the outcome, from what the session logged only (core/report/summary.py)."""
    reset_worked: bool = False
    """Back in setup mode: on to adding it again, or (a camera sold) its job ended there."""
    one_more_try: bool = False
    """Escalated, but only something lacking stands before the likeliest fix (it reopens)."""
    one_more_try_with: str = ""
    """That item, in words."""
    redo: bool = False
    """Escalated, but the likeliest fix was cut short: worth doing again in full first."""
    for_new_owner: bool = False
    """The camera is being sold or given away: the job ended at the reset."""
    off_account: bool = False
    """For a camera being sold: the seller said it is off their account."""
    needs_hub: bool = False
    """Stopped to get the hub it pairs through first: the person has none of their own yet."""
    feedback: dict[str, Any] | None
    reason: str | None = None
    model_id: str | None
    model_name: str | None
    line: str | None
    form_factor: str | None
    serial: str | None
    firmware: str | None
    details: dict[str, str] = Field(default_factory=dict)
    hub: str | None = None
    """The hub or base station it pairs through, not a recorder ("Arlo Pro Base Station"):
    support asks about it, and the person may not think to say it."""
    recorder: str | None = None
    """The maker's name for the recorder the camera pairs through ("UniFi Protect console"):
    the report's row for it says that, not "Recorder (NVR)"."""
    button: str | None = None
    """Where the person was told the reset button is, and whose word that is: with each hold
    the report says how long it asked for, support's first two questions."""
    app: str | None = None
    have: list[str]
    have_asked: bool = True
    started_at: datetime | None
    started_via: str | None = None  # web, api or terminal (core/session/screens.py); None: before
    model_found_at: datetime | None = None
    """When the model was found on the label, in a session started without it."""
    started_as: str | None = None
    """What that session started as ("Ring, model not known, doorbell")."""
    model_found_screen: str | None = None
    model_found_by: str | None = None
    """Where the model found was entered and who said they entered it, as a step's `screen`
    and `by` (None: not found later, or not known)."""
    screens: list[JoinedScreen] = Field(default_factory=list)
    """The screens that answered besides the one that started it, by how they joined
    (core/report/joined.py): the key to the steps' marks names them."""
    support_needs: list[NeedRow] = Field(default_factory=list)
    support_needs_sources: list[str] = Field(default_factory=list)
    still_likely: list[ReportCause]
    ruled_out: list[ReportCause]
    before_back: list[ReportCause] = Field(default_factory=list)
    """Sent back to resetting from adding it again: what then most likely stopped adding it,
    with how likely it was then (support read only the reset's causes, as if nothing had been
    tried after the reset: web review 55)."""
    nothing_failed: bool = False
    """No reset was tried and none failed (a forgotten password, a move, a sale): the causes
    are what could stop a reset, not what is wrong with the camera."""
    never_on: bool = False
    """Said not to switch on, still dark, and never pressed in vain: the causes are what keeps
    it dark."""
    to_provider: bool = False
    """Sent to the alarm company or internet provider that supplied the camera, not its maker:
    the request is theirs (after-reset review 58: it asked for a release from "its previous
    owner's account" below a page that said to contact the provider)."""
    to_router: bool = False
    """Sent to the router's maker or internet provider for its 2.4 GHz network, a router
    setting: the maker's support only if it still does not join (merged-diff review 69, N #6)."""
    account_locked: bool = False
    """Sent to support for the app's account, its way back in having failed: no reset was
    advised, so no cause of a failed one is weighed (diff review 55)."""
    steps: list[ReportStep]
    taken_back: list[ReportTakenBack] = Field(default_factory=list)
    network_camera: ReportCamera | None = None
    network_checks: list[ReportNetworkCheck] = Field(default_factory=list)
    remote_actions: list[ReportRemote] = Field(default_factory=list)
    support: SupportRoute | None

    @property
    def solved(self) -> bool:
        """The camera works again (or needed no reset): which causes were still weighed
        no longer matters, so the report leaves them out."""
        return self.outcome in ("done", "not_needed")

    @property
    def weighs_causes(self) -> bool:
        """Whether the report lists causes: not once it is `solved`, nor for an account."""
        return not self.solved and not self.account_locked


NO_FAULT_REASONS = frozenset({"forgot-password", "new-wifi", "selling"})
"""Reasons to reset a camera that work: nothing is wrong with it until a reset fails."""


def _nothing_failed(state: SessionState) -> bool:
    """No reset failed, so what is likely is only what could stop one. Not for a camera said
    not to switch on: that is news about this camera (its power), with how likely each is.
    Nor once adding it again sent it back to resetting: the reset said to have taken did not
    (the report read "if a reset does not take, the usual reasons")."""
    fold = state.fold
    if state.phase != "reset" or any(isinstance(e, ActionFailed) for e in fold.evidence):
        return False
    if state.before_back:
        return False
    if any(e in DARK_SAYS for e in fold.evidence):
        return False
    return not fold.evidence or fold.first_reset or state.reason in NO_FAULT_REASONS


def build_report(
    kb: KnowledgeBase,
    state: SessionState,
    *,
    session_id: str | None = None,
    zone: tzinfo | None = None,
) -> Report:
    """The report for a session as it stands (finished or not); its times on the clock of
    `zone` where given (the person's own), else in UTC as they are stored."""
    built = _build(kb, state, session_id)
    if built.solved:  # the engine's leftover belief is no diagnosis once it works (a
        # reset Tapo's JSON listed "5 GHz only, 31 %" after the 2.4 GHz fix worked: phone
        # review 60, #10), as the Markdown and text reports already left it out
        built = built.model_copy(update={"still_likely": [], "ruled_out": [], "before_back": []})
    built = built.model_copy(update={"summary": summary_line(built, state.in_part)})
    return built if zone is None else in_zone(built, zone)


def _build(kb: KnowledgeBase, state: SessionState, session_id: str | None) -> Report:
    line = kb.lines.get(state.line) or state.model.line
    support = None
    if line.support is not None:
        fact = state.model.facts.get("support_contact")  # the sourced ways in, surest first
        sourced = [] if fact is None else [str(fact.value)]
        sourced += [str(c.value) for c in fact.claims if c is not fact.primary] if fact else []
        # two sources giving the same way in: said once ("Contact: X" then "Also: X" before)
        ways: dict[str, str] = {}
        for way in sourced:
            ways.setdefault(way.casefold(), way)
        sourced = list(ways.values())
        support = SupportRoute(
            brand=line.brand,
            line=line.name,
            url=line.support.url,
            contact=sourced[0] if sourced else line.support.contact,
            also=sourced[1:],
        )
    details = session_details(state)
    camera, checks, remote = network_parts(state)
    read = {k: v for k, v in _read_off(camera).items() if k not in details}
    needs, needs_sources = (
        ([], [])
        if state.outcome in ("done", "not_needed")
        else support_needs(kb, state, details | {k: f"{v}, {REPORTED}" for k, v in read.items()})
    )  # a camera back in the person's hands: nobody asks support for anything
    fits = for_its_power(kb, state.fold.said_power, wifi_left_out(state.fold))  # not "the outlet"
    only_if, fixes = _power_conditions(kb, state), sourced_fixes(state)
    return Report(
        session_id=session_id,
        model_id=None if state.model.generic else state.model.id,
        model_name=state.model.name,
        line=None if state.line == OTHER else line.name,  # no "Another brand line"
        form_factor=state.form_factor,
        serial=details.get("serial") or read.get("serial"),
        firmware=details.get("firmware") or read.get("firmware"),
        details=details,
        reason=dict(REASON_WORDS).get(state.reason or ""),
        started_at=state.started_at,
        started_via=started_via(state.events),
        screens=joined_screens(state.events),
        model_found_at=state.fold.found.at if state.fold.found else None,
        started_as=state.fold.found.started_as if state.fold.found else None,
        **found_marks(state),
        outcome=state.outcome,
        reset_worked=state.reset_done or state.phase == "setup",
        needs_hub=state.current.ref.ref == NEEDS_HUB_END,
        one_more_try=state.current.reopens,
        one_more_try_with=state.current.lacking,
        redo=state.current.redo,
        for_new_owner=state.fold.reset_only,
        off_account=state.fold.off_account,
        steps=report_steps(state),
        taken_back=taken_back_all(state),
        ruled_out=[_cause(c, only_if) for c in state.ruled_out if fits(c.id)],
        still_likely=[
            _cause(c, only_if, home_fix=c.id not in state.no_home_fix, sourced_fix=fixes.get(c.id))
            for c in state.belief
            if fits(c.id)
        ],
        before_back=[_cause(c, only_if) for c in state.before_back if fits(c.id)],
        nothing_failed=_nothing_failed(state),
        never_on=state.never_on,
        account_locked=state.current.ref.ref == ACCOUNT_END,
        to_provider=state.current.ref.ref == PROVIDER_END,
        to_router=state.current.ref.ref == ROUTER_END,
        have=sorted(state.have - not_at_hand(state.history)),
        have_asked=state.have_asked,
        app=state.model.app,
        recorder=state.model.recorder.name if state.model.recorder is not None else None,
        hub=_hub_name(state.model),
        button=button_words(kb, state.model),
        support=support,
        support_needs=needs,
        support_needs_sources=needs_sources,
        feedback=dict(state.feedback) if state.feedback else None,
        network_camera=camera,
        network_checks=checks,
        remote_actions=remote,
    )


def _hub_name(model: ResolvedModel) -> str | None:
    hub = model.pairs_via
    return hub.name if hub is not None and model.recorder is None else None


REPORTED = "as the camera reports it"
AS_REPORTED = f" ({REPORTED})"
"""After a serial or firmware version camreset read over the network, where nobody typed it."""


def _read_off(camera: ReportCamera | None) -> dict[str, str]:
    """The serial and firmware version the camera gave over the network: the report's
    support checklist said "not given yet" one line below them (helpdesk review 60, #4)."""
    if camera is None:
        return {}
    return {k: v for k, v in (("serial", camera.serial), ("firmware", camera.firmware)) if v}


_RUNS_ON = {
    PowerKind.adapter: "an adapter", PowerKind.poe: "PoE", PowerKind.battery: "a battery",
    PowerKind.usb: "USB", PowerKind.transformer: "doorbell wiring", PowerKind.hub: "a hub",
    PowerKind.solar: "solar", PowerKind.mains: "mains wiring",
}  # fmt: skip


def _power_conditions(kb: KnowledgeBase, state: SessionState) -> dict[str, str]:
    """For a camera whose power nobody knows (no source, not asked yet), the causes that
    hold for only some ways of powering it, and the words that say which: support reading
    "PoE budget" for a USB camera stops trusting the rest (a helpdesk reviewer)."""
    if state.fold.said_power or state.model.stated_power is not None:
        return {}
    kinds = frozenset(state.model.power_kinds) or frozenset(PowerKind)
    if len(kinds) == 1:
        return {}
    conditions = {}
    for cause in kb.troubleshooting.causes:
        ways = kinds & frozenset(cause.when.power or kinds)
        if ways and ways != kinds:
            said = " or ".join(_RUNS_ON[k] for k in sorted(ways))
            conditions[cause.id] = f", if it runs on {said}"
    return conditions


SAYS_SO = frozenset({"something-else"})
"""Causes whose name already says nothing at home fixes them."""


def _cause(cause: Cause, only_if: dict[str, str], **home: Any) -> ReportCause:
    name = cause.name + only_if.get(cause.id, "")
    return ReportCause(id=cause.id, name=name, probability=cause.probability, **home)
