"""What comes next in a session, from its fold: the one decision sessions and the benchmark share.

In order: an ending already reached (stopped, no reset needed, done); the opening; an item
the person just said they lack; the attempt under way (its detour, an item it needs, or its
next page); otherwise the engine's choice — an attempt (after asking for an item it needs
that the person has not said they have), a question, or the end. Before the end at support,
an item left unticked on the checklist that would open another attempt is asked for, and the
last check a person answered "no" is looked at once more (`last-look`), then the answer that
alone rules out everything left at home (`recheck`). The end is never
worded as a fault when no attempt got as far as its check (`escalate-untried`) or when the
camera did reset and only adding it again failed (`escalate-after-reset`), and a camera with
no reset at home gets its own page (`no-reset`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence, belief
from camreset.core.engine.policy import Recommendation, recommend
from camreset.core.guide.plan import CameraPlan, PhasePlan
from camreset.core.kb.troubleshooting import Capability, Have, Phase
from camreset.core.present.detour_steps import BUTTON_ITEMS, LAST_LOOK, RECHECK
from camreset.core.present.end_messages import DARK_END, PROVIDER_END, ROUTER_END
from camreset.core.present.no_hub_yet import NEEDS_HUB_END
from camreset.core.present.step import StepRef
from camreset.core.session import (
    behind_recorder,
    charge_asked,
    charge_look,
    detours,
    known_fix_first,
    light_on,
    opening,
    poe_feed,
    power_first,
    trouble_first,
    unsure_power,
    update_look,
    whose_password,
)
from camreset.core.session.dark import DARK_SAYS, not_yet_on, said_dark
from camreset.core.session.documented_first import documented_first
from camreset.core.session.fold import Fold, next_stage
from camreset.core.session.last_look import last_look
from camreset.core.session.later_rules import ROUTER_END_RULES
from camreset.core.session.power_said import power_question
from camreset.core.session.rules import PIN_AT_HOLD_RULES
from camreset.core.session.said import last_said, latest_answer

RECHECKS = 2
"""Deciding answers looked at once more before support, at most, in each phase."""
KEEPS_GOING = ("action", "question")
"""Recommendation kinds that keep a session at home (anything else is the end)."""
PROVIDER_LOCKED = "provider-locked"
"""The cause that sends a person to the provider who supplied the camera, not its maker."""
FROM_PROVIDER, OTHER_ACCOUNT = "from-provider", "other-account"
"""The question whose "yes" (a provider supplied it) sends a camera to its provider where the
likeliest cause is an account it is still bound to, with the provider's lock next: that
account is then most likely the provider's (web review 55: a camera said to be from an alarm
company was sent to TP-Link, its lock at 30 % behind "another account"). Not where a cause of
the maker's leads (diff review 55: a Wi-Fi cause at 19 %, the lock at 12 %)."""

WIFI_BAND, TWO_BANDS = "wifi-band", "two-bands"
"""The cause "5 GHz only, or one name for both bands", and the question that tells it."""

Recommender = Callable[
    [PhasePlan, tuple[Evidence, ...], frozenset[str], frozenset[str]], Recommendation
]


ENDINGS = {
    "done": "done",
    "handed-over": "done",
    "reset-for-sale": "done",
    "not-needed": "not_needed",
    "stopped": "stopped",
    NEEDS_HUB_END: "stopped",  # no hub of their own yet: nothing for support to do
}
"""The session outcome of each end page; every other end page is an escalation."""


def plain_recommender(
    plan: PhasePlan, evidence: tuple[Evidence, ...], acts: frozenset[str], qs: frozenset[str]
) -> Recommendation:
    """The engine's choice, computed every time."""
    return recommend(plan.engine, evidence, allowed_actions=acts, allowed_questions=qs)


@dataclass(frozen=True)
class Next:
    """The next step (its reference, shown at position 0 until the session numbers it) and the
    engine's recommendation when the engine was asked."""

    ref: StepRef
    rec: Recommendation | None = None


def power_pending(plan: CameraPlan, fold: Fold, askable: frozenset[str]) -> frozenset[str]:
    """Questions about one way of powering ("does the outlet work?") held back while "how is
    the camera powered?" is still to be asked, for a camera the sources give several ways:
    a person with a battery camera is not asked about its outlet first."""
    if power_question(plan, fold, askable) is None:  # said, one way, or no way left to ask
        return frozenset()
    kinds, phase = {k.value for k in plan.model.power_kinds}, plan.phases[fold.phase]
    return frozenset(
        q.id
        for q in phase.questions.values()
        if q.when.power is not None and not kinds <= {p.value for p in q.when.power}
    )


CHARGE = "charge-battery"
LOW = Answered("battery-level", "low")


def charge_first(plan: CameraPlan, fold: Fold, acts: frozenset[str]) -> frozenset[str]:
    """The presses to hold back while the person's latest word on the battery is "low" and
    charging it is still to be tried: a reset on a flat battery stops half-way (Ring's and
    SimpliSafe's guides say to charge first), so "Charge it" comes before another hold."""
    if CHARGE not in acts or CHARGE in fold.tried:
        return frozenset()
    said = last_said(fold, LOW.question_id)  # "won't switch on" says it too (Derived)
    if said is None or said.answer != LOW.answer:
        return frozenset()
    return frozenset(a for a in acts - {CHARGE} if Capability.button in plan.actions[a].needs)


def dark_attempts(plan: CameraPlan, acts: frozenset[str]) -> frozenset[str]:
    """The attempts left out while the camera is said not to switch on (`dark.said_dark`):
    all but those meant to power it. A press on a dark camera does nothing ("Get ready" came
    first for a Ring doorbell said to be dark, and "Find the button" after it stayed dark once
    charged: web review 52), and nor does anything that needs it on: the maker's recovery
    code, a reset in its app or on its web page (a dark Hikvision dome was sent to "Recovery
    code from Hikvision": web review 53)."""
    return frozenset(a for a in acts if not plan.powers_it(a))


def dark_questions(plan: CameraPlan, fold: Fold, qs: frozenset[str]) -> frozenset[str]:
    """The questions left out while the camera is said to be dark: those that tell nothing
    of its power ("Do you feel a click when you press?" right under "its power comes
    first": a user review of the change)."""
    questions = plan.phases[fold.phase].questions
    return frozenset(
        q
        for q in qs
        if not any(c in a.likelihood for a in questions[q].answers for c in plan.power_causes)
    )


def ask_engine(
    plan: CameraPlan,
    fold: Fold,
    recommender: Recommender,
    also: frozenset[str] = frozenset(),
    without: Answered | None = None,
    asks_first: bool = False,
) -> Recommendation:
    """The engine's choice for the fold's phase, with what may still be done and asked (and,
    to see what an item would open, `also` those items taken as at hand; to see what an
    answer decides, `without` that answer and what it ruled out). `asks_first`: the step to
    show, with what tells which power steps fit asked before them (`poe_feed.ask_first`)
    and what went wrong when it was added asked before a reset again (`trouble_first`),
    then whose password a camera that asks for one may have (`whose_password`);
    not for the probes above, which look at the attempt itself (diff review 53: an item
    left unticked was no longer asked for before support)."""
    phase = plan.phases[fold.phase]
    offline = detours.offline_now(plan, fold)
    excluded = fold.ruled_out | offline
    evidence = tuple(fold.evidence)
    if without is not None:
        unpowered = fold.unpowered.get(without.question_id, frozenset())
        others = (v for q, v in fold.unpowered.items() if q != without.question_id)
        excluded = frozenset(fold.excluded).union(offline, *others) if unpowered else excluded
        at = len(evidence) - 1 - evidence[::-1].index(without)
        evidence = (*evidence[:at], *evidence[at + 1 :])
    acts = phase.allowed_actions(fold.available | also, excluded)
    dark = said_dark(plan, fold)
    acts -= detours.button_lost(plan, fold, acts) | known_fix_first.not_for_it(plan, fold, acts)
    acts -= dark_attempts(plan, acts) if dark else frozenset()
    first = documented_first(plan, fold, acts)
    first |= charge_first(plan, fold, acts - first)
    first |= known_fix_first.known_fix_first(plan, fold, acts - first)
    first |= whose_password.recorder_first(plan, fold, acts - first)
    qs = phase.allowed_questions(frozenset(fold.have), excluded)
    qs -= power_pending(plan, fold, qs) | detours.button_lost(plan, fold, qs)
    qs -= dark_questions(plan, fold, qs) if dark else frozenset()
    qs -= light_on.feed_asked_in_vain(plan, fold, qs)
    qs -= behind_recorder.unreachable(plan, fold)  # on its recorder's ports: out of reach
    if not fold.pressed:  # nothing was held here yet: "what did it do while held?" is moot
        qs -= frozenset(opening.first_try(plan))
    later: frozenset[str] = frozenset()
    if not dark and power_first.light_off(plan, fold):  # its power first, as if said dark
        first |= dark_attempts(plan, acts)
        later = dark_questions(plan, fold, qs)
    rec = recommender(phase, evidence, acts - first, qs - later)
    if (first or later) and rec.kind == "service":  # an order, never a reason to give up
        rec = recommender(phase, evidence, acts, qs)
    if not asks_first:
        return rec
    rec = trouble_first.ask_first(plan, fold, rec, evidence, qs)
    rec = whose_password.ask_first(plan, fold, rec, evidence, qs)
    if (charge := charge_asked.question_first(plan, fold, rec)) is not None:
        return poe_feed.question_instead(plan, fold, rec, evidence, charge)
    rec = unsure_power.step_first(plan, fold, rec, evidence)
    return poe_feed.ask_first(plan, fold, rec, evidence, qs)


def _asked_later(plan: CameraPlan, fold: Fold, action: str, stage: int) -> frozenset[Have]:
    """What an attempt asks for only at its button, not before its first page: a camera not
    yet on is first powered (another outlet, its charger), and the paperclip is fetched once
    it may come on (phone review 59, #5: "Find a paperclip" came before "Another outlet"), as
    is a battery said to be low (charge_asked.low_first: charging takes hours)."""
    if fold.rules < PIN_AT_HOLD_RULES or not plan.powers_it(action):
        return frozenset()
    if not (not_yet_on(plan, fold) or charge_asked.low_first(fold)):
        return frozenset()
    page = plan.actions[action].steps[stage]
    at_button = page.hold is not None or "{button" in (page.do or "")
    return frozenset() if at_button else BUTTON_ITEMS


def deciding_answer(plan: CameraPlan, fold: Fold, recommender: Recommender) -> str | None:
    """A question whose answer alone ends the phase at support: without its latest answer
    something at home would still be worth trying. Of several, the one the other evidence
    least expects (the likeliest to be a slip); at most `RECHECKS` a phase, each once. The
    camera's own network answer is never one."""
    done = {q for p, q in fold.rechecked if p is fold.phase}
    if len(done) >= RECHECKS:
        return None
    phase = plan.phases[fold.phase]
    best: tuple[float, str] | None = None
    for question in dict.fromkeys(e.question_id for e in fold.evidence if isinstance(e, Answered)):
        spec = phase.questions.get(question)
        at = latest_answer(fold, question)
        if spec is None or spec.answered_by != "person" or at is None or question in done:
            continue
        given = fold.evidence[at]
        assert isinstance(given, Answered)
        expected = _expected(phase, (*fold.evidence[:at], *fold.evidence[at + 1 :]), given)
        if expected is None or (best is not None and expected >= best[0]):
            continue
        if ask_engine(plan, fold, recommender, without=given).kind in KEEPS_GOING:
            best = (expected, question)
    return None if best is None else best[1]


def _expected(phase: PhasePlan, others: tuple[Evidence, ...], given: Answered) -> float | None:
    """How likely the other evidence makes the answer given (None: it is no evidence)."""
    model = phase.engine
    spec = next((q for q in model.questions if q.id == given.question_id), None)
    if spec is None or given.answer not in spec.answers:  # "not sure" tells the engine nothing
        return None
    return float(
        sum(p * spec.likelihood(given.answer, f) for f, p in belief(model, others).items())
    )


def unticked_item(plan: CameraPlan, fold: Fold, recommender: Recommender) -> str | None:
    """An item left unticked on the checklist (never refused when asked) that would open an
    attempt worth more than support: asked for before support (another outlet, a spare
    adapter), since a hurried checklist is not a "no"."""
    maybe = frozenset(fold.cannot - fold.refused)
    if not maybe:
        return None
    rec = ask_engine(plan, fold, recommender, also=maybe)
    if rec.kind != "action" or rec.step_id is None:
        return None
    spec = plan.actions[rec.step_id]
    return next((i.value for i in (*spec.requires, *spec.requires_any) if i.value in maybe), None)


def attempted(fold: Fold) -> bool:
    """Whether any attempt got as far as a check that said no (in either phase), or the
    camera was said not to switch on: either way something is known to be wrong with it (a
    doorbell still dark once charged read "nothing is known to be wrong": web review 52)."""
    evidence = [*fold.evidence, *(e for ev in fold.parked.values() for e in ev)]
    dark = any(e in DARK_SAYS for e in evidence)
    return dark or any(isinstance(e, ActionFailed) for e in evidence)


def ending(plan: CameraPlan, fold: Fold, rec: Recommendation) -> str:
    """Which end page the engine's "nothing left at home" is."""
    leading = [cause for cause, _ in rec.why.leading]
    supplied = getattr(last_said(fold, FROM_PROVIDER), "answer", None) == "yes"
    bound = leading[:1] == [OTHER_ACCOUNT] and PROVIDER_LOCKED in leading
    if leading[:1] == [PROVIDER_LOCKED] or (supplied and bound):
        return PROVIDER_END
    if fold.phase is Phase.reset and not plan.reset.actions:
        return "no-reset"  # nothing at home resets this camera: say so, not "it failed"
    if fold.phase is Phase.setup and _no_2g_network(plan, fold, leading):
        return ROUTER_END  # its router's setting: its maker's or the provider's help
    if fold.phase is Phase.setup:  # the camera is reset and only adding it failed (or could
        return "escalate-after-reset"  # not be done): that is no sign of a broken camera
    if said_dark(plan, fold):
        return DARK_END  # it still won't switch on: its power, never a reset, is support's
    return "escalate" if attempted(fold) else "escalate-untried"


def _no_2g_network(plan: CameraPlan, fold: Fold, leading: list[str]) -> bool:
    """Whether the likeliest cause is the Wi-Fi's bands and the person said their Wi-Fi has no
    2.4 GHz network of its own (review 69, U #9: sent to TP-Link for a router setting)."""
    if fold.rules < ROUTER_END_RULES or leading[:1] != [WIFI_BAND]:
        return False
    said = last_said(fold, TWO_BANDS)
    return said is not None and said.answer == "no"


def _done(fold: Fold) -> str:
    """The success end: added again, or for a camera being sold, reset (and whether the
    seller said it is off their account: a reset alone does not always take it off)."""
    if not fold.reset_only:
        return "done"
    return "handed-over" if fold.off_account else "reset-for-sale"


def _attempt(plan: CameraPlan, fold: Fold, action: str, rec: Recommendation) -> Next:
    """Attempt `action` from its first page due, after any item it needs first."""
    stage = next_stage(plan, action, 0, fold.booted)
    item = fold.missing(plan, action, _asked_later(plan, fold, action, stage))
    if item is not None:
        return Next(StepRef(0, "tool", item), rec)
    return Next(StepRef(0, "action", action, stage), rec)


def next_step(plan: CameraPlan, fold: Fold, recommender: Recommender) -> Next:
    """The step after the fold's answers."""
    if fold.outcome is not None:
        return Next(StepRef(0, "outcome", fold.outcome))
    if fold.done:
        return Next(StepRef(0, "outcome", _done(fold)))
    if not fold.opening.done:
        which = opening.current(plan, fold.opening)  # "tried" in the words of the reason
        said = fold.opening.reason if which == opening.TRIED else None  # (review 66, E F8)
        return Next(StepRef(0, "opening", which, subject=said))
    if fold.fetch is not None:
        return Next(StepRef(0, "tool", fold.fetch))
    if fold.running is not None:
        action, stage = fold.running
        if fold.detour is not None:
            return Next(StepRef(0, "detour", fold.detour, stage, action))
        item = fold.missing(plan, action, _asked_later(plan, fold, action, stage))
        if item is not None:
            return Next(StepRef(0, "tool", item))
        return Next(StepRef(0, "action", action, stage))
    if whose_password.to_the_provider(plan, fold):  # fully reset, still asks: its provider's
        return Next(StepRef(0, "outcome", PROVIDER_END))
    rec = ask_engine(plan, fold, recommender, asks_first=True)
    if rec.kind == "action" and rec.step_id is not None:
        return _attempt(plan, fold, rec.step_id, rec)
    if rec.kind == "question" and rec.step_id is not None:
        return Next(StepRef(0, "question", rec.step_id), rec)
    end = ending(plan, fold, rec)
    if fold.closed:  # its end page was answered: the end stands (a log kept from before a
        return Next(StepRef(0, "outcome", end), rec)  # newer step came in ahead of support)
    if (battery := charge_look.unasked(plan, fold, end)) is not None:  # its charge first
        return Next(StepRef(0, "question", battery), rec)
    if charge_look.charge_now(plan, fold, end, fold.available):  # said low: charge it first
        return _attempt(plan, fold, charge_look.CHARGE, rec)
    item = unticked_item(plan, fold, recommender) if end.startswith("escalate") else None
    if item is not None:  # before support: an attempt the checklist had ruled out
        return Next(StepRef(0, "tool", item))
    looked = end in ("escalate", "escalate-after-reset", ROUTER_END)
    look = last_look(fold, plan) if looked else None
    if look is not None:  # one more look at the last "no" before support
        return Next(StepRef(0, "detour", LAST_LOOK, look[1], look[0]))
    question = deciding_answer(plan, fold, recommender) if end.startswith("escalate") else None
    if question is not None:  # one more look at the answer that ends it at support
        return Next(StepRef(0, "detour", RECHECK, 0, question))
    if (update := update_look.unasked(plan, fold, end)) is not None:  # the firmware's story
        return Next(StepRef(0, "question", update), rec)
    return Next(StepRef(0, "outcome", end), rec)
