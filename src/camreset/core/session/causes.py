"""Which causes a session still calls likely, and which it has ruled out, for the page, the
API and the report. Support reads "ruled out" as "no need to check it again", so a cause is
ruled out only by what tells against it, never merely for being unlikely. A camera said not
to switch on and never pressed in vain got no further than its power: only the causes that
keep it dark are likely (its power's, and a firmware its sources give a fix for)."""

from __future__ import annotations

from statistics import median

from camreset.core.engine.evidence import (
    NOT_SURE,
    ActionFailed,
    Evidence,
    PartlyDone,
    belief,
    live_evidence,
)
from camreset.core.engine.model import Number, TroubleshootingModel
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.end_messages import dark_and_fixed
from camreset.core.present.said_notices import NOT_IN_SETUP_MODE
from camreset.core.present.step import Cause
from camreset.core.session.state import SessionFold

RULED_OUT_BELOW = 0.01
RULED_OUT_SHARE = 0.25
"""Below 1 % a cause is no longer likely. It is ruled out only if what was learnt tells against
it: the evidence is at most a quarter as likely under it as under a typical cause, one each
answer says nothing about (an attempt that fixes it failed, an answer it rarely gives). One
that fell only because another cause rose ("second-hand" raising "still on someone else's
account" above "the app is out of date"), or that was never likely and nothing tested, is in
neither list."""


def cause_lists(
    plan: CameraPlan, fold: SessionFold, never_on: bool = False
) -> tuple[list[Cause], list[Cause]]:
    """(still likely, ruled out), most likely first. An attempt whose wait was cut short or
    whose hold was let go early is no evidence here: a cause it alone would rule out stays,
    at the likelihood the rest of the evidence gives it. A report that said "rules nothing
    out" beside every hold answered in half a second put "Button released too early" last,
    at under 1 % (home owner review 41)."""
    engine = plan.phases[fold.phase].engine
    b = belief(engine, fold.evidence)
    trusted = trusted_evidence(fold, fold.evidence)
    sure = belief(engine, trusted) if len(trusted) < len(fold.evidence) else b
    causes = _ranked(plan, sure)
    likely = [c for c in causes if max(c.probability, b[c.id]) >= RULED_OUT_BELOW]
    if never_on:  # `dark.never_on`: "button released too early" for a camera never pressed
        dark = plan.power_causes | dark_and_fixed(plan.model)  # (web review 53); and a
        likely = [c for c in likely if c.id in dark]  # firmware fix its sources give (69 U #6)
    unlikely = [c for c in causes if c not in likely]
    against = _told_against(engine, trusted) if unlikely else set()
    ruled = [c for c in unlikely if c.id in against]
    return likely, ruled


def _told_against(engine: TroubleshootingModel, evidence: list[Evidence]) -> set[str]:
    """Causes the evidence tells against: taken answer by answer, it is at most
    RULED_OUT_SHARE as likely under them as under the median cause, and so is one answer on
    its own (two answers that each only lean against a cause have not tested it: a PoE
    budget was "ruled out" after "it showed nothing" and "it did not restart")."""
    factor = dict.fromkeys(engine.faults, 1.0)
    strongest = dict.fromkeys(engine.faults, 1.0)
    for item in live_evidence(engine, evidence):
        if isinstance(item, ActionFailed):
            action = engine.action(item.action_id)
            like = {f: 1 - float(action.p_fix(f)) for f in factor}
        elif isinstance(item, PartlyDone):
            action = engine.action(item.action_id)
            like = {f: 1 - float(action.p_fix(f)) if f in item.faults else 1.0 for f in factor}
        elif item.answer == NOT_SURE:
            continue
        else:
            question = engine.question(item.question_id)
            like = {f: float(question.likelihood(item.answer, f)) for f in factor}
        typical = median(like.values())
        if typical > 0:
            factor = {f: r * like[f] / typical for f, r in factor.items()}
            strongest = {f: min(r, like[f] / typical) for f, r in strongest.items()}
    return {f for f, r in factor.items() if max(r, strongest[f]) <= RULED_OUT_SHARE}


def trusted_evidence(fold: SessionFold, evidence: list[Evidence]) -> list[Evidence]:
    """`evidence` without the attempts cut short (a wait not sat out, a hold let go early)."""
    return [
        e for e in evidence if not (isinstance(e, ActionFailed) and e.action_id in fold.doubtful)
    ]


def _ranked(
    plan: CameraPlan, b: dict[str, Number], leave_out: frozenset[str] = frozenset()
) -> list[Cause]:
    """The causes of belief `b` by name, most likely first (ties by id)."""
    named = (Cause.named(f, plan.cause_names, p) for f, p in b.items() if f not in leave_out)
    return sorted(named, key=lambda c: (-c.probability, c.id))


def before_going_back(plan: CameraPlan, fold: SessionFold) -> list[Cause]:
    """Where adding the camera again sent it back to resetting: what then most likely stopped
    adding it, most likely first (the setup phase's answers, not the step that went back).
    The report had only the reset's causes, as if nothing had been tried after it (web
    review 55: a Lorex said to be on its recorder read only "if it runs on an adapter")."""
    setup = fold.parked.get(Phase.setup, []) if fold.phase is Phase.reset else []
    if not setup or Phase.setup not in plan.phases:  # every step builds this: cheap first
        return []
    back = {ref for ref, spec in plan.actions.items() if spec.back_to_reset}
    back |= {h.ref.ref for h in fold.history if h.result == NOT_IN_SETUP_MODE}  # a full reset
    went_back = [e for e in setup if isinstance(e, ActionFailed) and e.action_id in back]
    if not went_back:
        return []
    kept = trusted_evidence(fold, [e for e in setup if e not in went_back])  # as `cause_lists` does
    causes = _ranked(plan, belief(plan.phases[Phase.setup].engine, kept), NO_FAULT)
    return [c for c in causes if c.probability >= RULED_OUT_BELOW]


NO_FAULT = frozenset({"no-trouble"})
""""Nothing stands in the way; it only has to be added": no cause of a session that adding
the camera sent back to resetting (diff review 56: it led that list)."""
