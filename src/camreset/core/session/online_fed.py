"""A reset sent from the camera's app or web page was done: the camera was running then, so
its outlet (or its PoE port) gave it power.

A Tapo C200 whose "Reset in the app" (its page: "The camera must show as online in the Tapo
app") was done still had "The outlet gives no power (37%)" first in the report sent to
support (support-report review 67 I, #3): only the support page knew it (shown_on.py). From
logs written under ONLINE_FED_RULES the engine is told too, as a setup light seen tells it
(light_seen.py): "the outlet works" (on PoE, "its port's light is on"), evidence of power and
of nothing else. Not the knowledge base's "shows online", which also speaks for the firmware
and goes stale at the first power step, an unplugging for a drained power cycle among them:
the outlet is the same outlet after those.

What it says holds for that outlet while the camera stays fed there. Moved to another outlet
or port, it goes stale as the person's own answer would (the knowledge base's `stale_after`),
so a dead new outlet is still believed. Said dark afterwards (its light off, or "it won't
switch on"), it is taken back: an outlet can be switched off or a power strip trip in the
meantime, and another outlet is offered again as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from camreset.core.engine.evidence import NOT_SURE, Answered, live_evidence
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Capability, WaitFor
from camreset.core.present.detour_steps import POWER_QUESTIONS
from camreset.core.present.step import StepRef
from camreset.core.present.words import DONE
from camreset.core.session.dark import DARK_SAYS
from camreset.core.session.light_seen import HAS_POWER
from camreset.core.session.rules import ONLINE_FED_RULES
from camreset.core.session.said import Derived

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold
    from camreset.core.session.state import SessionFold

SENT_FROM = frozenset({Capability.app_reset, Capability.web_reset})
"""Where a reset sent from needs the camera running: its app, its web page."""


@dataclass(frozen=True)
class FedOnline(Derived):
    """That the camera was fed, worked out from a reset sent from its app or web page: taken
    back once it is said dark after it."""


def sent_from_it(plan: CameraPlan, ref: StepRef) -> bool:
    """Whether `ref` is the page that sends a reset from the app or the web page: a page to
    do, not camreset's own over the network, that a restart's wait follows."""
    if ref.kind != "action" or ref.ref not in plan.actions:
        return False
    spec = plan.actions[ref.ref]
    if not SENT_FROM & set(spec.needs) or ref.stage + 1 >= len(spec.steps):
        return False
    page, then = spec.steps[ref.stage], spec.steps[ref.stage + 1]
    return page.do is not None and not page.remote and then.wait is WaitFor.reboot


def after_answer(fold: SessionFold, plan: CameraPlan, ref: StepRef, given: str) -> None:
    """Fed, once the attempt whose page that sends the reset was "Done" is over (its later
    pages keep the reason its first gave: helpdesk review 60, #11); the marks taken back
    where the camera is said dark after them. Only in logs written under this reading."""
    if fold.rules < ONLINE_FED_RULES:
        return
    if given == DONE and sent_from_it(plan, ref):
        fold.sent_from = ref.ref
    if fold.sent_from is not None and (fold.running is None or fold.running[0] != fold.sent_from):
        fold.sent_from = None
        fold.evidence.extend(_fed(fold, plan))
    _dark_since(fold)


def _fed(fold: Fold, plan: CameraPlan) -> list[FedOnline]:
    """That the camera is fed, as the answers this phase asks it by, where no answer that says
    something (not "Not sure") is live."""
    spec = plan.phases[fold.phase]
    said = {
        e.question_id
        for e in live_evidence(spec.engine, fold.evidence)
        if isinstance(e, Answered) and e.answer != NOT_SURE
    }
    return [
        FedOnline(question, answer)
        for question, answer in HAS_POWER
        if question in spec.questions and question not in said
    ]


def _dark_since(fold: Fold) -> None:
    """Takes back the marks that it was fed, where it is said dark after them."""
    fed = [i for i, e in enumerate(fold.evidence) if isinstance(e, FedOnline)]
    if not fed:
        return
    off = Answered(POWER_QUESTIONS[1], "off")
    dark = [i for i, e in enumerate(fold.evidence) if e in DARK_SAYS or e == off]
    if dark and max(dark) > min(fed):
        last = max(dark)
        fold.evidence[:] = [
            e for i, e in enumerate(fold.evidence) if not (i < last and isinstance(e, FedOnline))
        ]
