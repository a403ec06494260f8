"""Which causes a session still calls likely, and which it has ruled out, for the page, the
API and the report. Support reads "ruled out" as "no need to check it again", so a cause is
ruled out only by what tells against it, never merely for being unlikely."""

from __future__ import annotations

from camreset.core.engine.evidence import ActionFailed, belief, normalise
from camreset.core.engine.model import Number, TroubleshootingModel
from camreset.core.guide.plan import CameraPlan
from camreset.core.present.step import Cause
from camreset.core.session.state import SessionFold

RULED_OUT_BELOW = 0.01
RULED_OUT_SHARE = 0.25
"""Below 1 % a cause is no longer likely. It is ruled out only if what was learnt tells against
it: the evidence is at most a quarter as likely under it as under the cause it fits best (an
attempt that fixes it failed, an answer it rarely gives). One that fell only because another
cause rose, or that was never likely and nothing tested, is in neither list."""


def cause_lists(plan: CameraPlan, fold: SessionFold) -> tuple[list[Cause], list[Cause]]:
    """(still likely, ruled out), most likely first. An attempt whose wait was cut short or
    whose hold was let go early is no evidence here: a cause it alone would rule out stays."""
    engine = plan.phases[fold.phase].engine
    b = belief(engine, fold.evidence)
    trusted = [
        e
        for e in fold.evidence
        if not (isinstance(e, ActionFailed) and e.action_id in fold.doubtful)
    ]
    sure = belief(engine, trusted) if len(trusted) < len(fold.evidence) else b
    causes = sorted(
        (Cause.named(f, plan.cause_names, p) for f, p in b.items()),
        key=lambda c: (-c.probability, c.id),
    )
    likely = [c for c in causes if max(c.probability, sure[c.id]) >= RULED_OUT_BELOW]
    ruled = [c for c in causes if c not in likely and c.id in _told_against(engine, sure)]
    return likely, ruled


def _told_against(engine: TroubleshootingModel, posterior: dict[str, Number]) -> set[str]:
    """Causes the evidence tells against: its likelihood under them (posterior ÷ prior, up to
    one factor for all) is at most RULED_OUT_SHARE of the highest any cause has."""
    prior = normalise(engine.faults)
    ratio = {f: posterior[f] / p for f, p in prior.items() if p > 0}
    top = max(ratio.values(), default=0)
    return {f for f, r in ratio.items() if r <= RULED_OUT_SHARE * top}
