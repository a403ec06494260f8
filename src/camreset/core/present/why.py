"""The engine's reason for a step, in words a person reads: what is most likely now, and
what this step does about it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from camreset.core.engine.why import Why as EngineWhy
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.device_noun import in_its_own_words
from camreset.core.present.in_a_sentence import mid_sentence
from camreset.core.present.step import Answer, Cause, Why

NOTHING_LEFT = "Nothing left to try at home is likely enough to be worth the time."


def _answer_label(
    plan: CameraPlan,
    question_id: str | None,
    answer_id: str,
    offered: Mapping[str, tuple[str, ...]] | None,
) -> str:
    """The answer as the page shows it, quoted: a light answer may be shown as the camera's
    own patterns of its rhythm beside the rhythm in general ("“Steady red” or “On and
    steady, another colour”"), so the reason names what the person can pick."""
    shown = offered.get(answer_id, ()) if offered is not None else ()
    if not shown:
        spec = plan.questions.get(question_id or "")
        shown = tuple(a.label for a in (spec.answers if spec else ()) if a.id == answer_id)
    quoted = [f"“{label}”" for label in shown or (answer_id,)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def offered_labels(answers: Sequence[Answer]) -> dict[str, tuple[str, ...]]:
    """A question page's answers by the engine's answer each counts as, with their labels."""
    out: dict[str, tuple[str, ...]] = {}
    for a in answers:
        out[a.means or a.id] = (*out.get(a.means or a.id, ()), a.label)
    return out


PLAIN_RESET = "guided-reset"
"""The attempt that is the reset itself: what it fixes, another attempt fixes by resetting
again, not by what it changes first."""


def _meant_words(plan: CameraPlan, step_id: str | None, meant: list[str]) -> str:
    """The causes an attempt is meant for. One that changes something first (another outlet,
    a drained power) and then resets again says which causes the change is for and which
    the reset again: "the outlet gives no power. Resetting the camera again, it also covers:
    button released too early" (listed together they read as if the outlet fixed an early
    release; joined by "; and, as it resets the camera again," they read as garbled).
    A cause the attempt fixes no better than the plain reset does is the reset's doing."""
    names = plan.cause_names
    spec = plan.actions.get(step_id or "")
    plain = plan.actions.get(PLAIN_RESET)
    again: list[str] = []
    resets_again = spec is not None and any(s.hold is not None for s in spec.steps)
    if spec is not None and plain is not None and step_id != PLAIN_RESET and resets_again:
        again = [f for f in meant if spec.fixes.get(f, 0) <= plain.fixes.get(f, 0)]
    own = [f for f in meant if f not in again]

    def listed(causes: list[str]) -> str:
        return "; ".join(mid_sentence(names.get(f, f)) for f in causes)

    if own and again:
        return f"{listed(own)}. Resetting the camera again, it also covers: {listed(again)}"
    return listed(own or again)


POWER_TWINS = {"dead-outlet": "poe-port-dead"}
"""A cause of one way of powering a camera, and its twin for another: what a status light
"Off" points to on a camera that may run on either (installer review 69, T #9: an Amcrest
PoE turret's "Off" pointed to "the outlet gives no power" alone), in the report's words."""
OUTLET_POWER = {PowerKind.adapter: "an adapter", PowerKind.usb: "USB"}


def _pointed_to(plan: CameraPlan, cause: str, shown: Callable[[str], bool]) -> str:
    """The cause an answer points to; with its twin for the other power, each with the power
    it holds for (as the report says it), where the camera may run on both and the person
    has not said which."""
    name = mid_sentence(plan.cause_names.get(cause, cause))
    twin = POWER_TWINS.get(cause)
    if twin is None or twin not in plan.cause_names or not shown(twin):
        return name
    kinds = plan.model.power_kinds
    outlet = " or ".join(w for k, w in OUTLET_POWER.items() if k in kinds) or "an adapter"
    twin_name = mid_sentence(plan.cause_names[twin])
    return f"{name}, if it runs on {outlet}; {twin_name}, if it runs on PoE"


def why_words(
    plan: CameraPlan,
    engine_why: EngineWhy,
    kind: str,
    step_id: str | None,
    fetch: bool = False,
    shown: Callable[[str], bool] = lambda _cause: True,
    *,
    untried: bool = False,
    dark: bool = False,
    offered: Mapping[str, tuple[str, ...]] | None = None,
) -> Why:
    """The reason for the engine's choice of `kind` (action, question or service). `fetch`:
    the step on screen gets an item that attempt needs, so the chance is the attempt's.
    `shown`: whether a cause may be named to this person (not "the outlet" once they said
    the camera runs on a network cable: the engine still weighs a misread answer).
    `untried`: the person has not pressed the button yet, so nothing is "likely wrong": the
    causes are what could stop the reset, and an attempt is what it guards against.
    `dark`: the camera is said not to switch on, so the causes are what keeps it dark.
    `offered`: the answers a question's page offers, by the engine's answer each counts as,
    with the labels shown (the engine weighs every answer, but only those on the page are
    explained: not "a battery" to a camera its sources power otherwise).

    Cause names are short clauses or labels ("The outlet gives no power"), so they are
    listed after a colon, separated by semicolons (some hold a comma), never run into a
    sentence."""
    names = plan.cause_names
    causes = tuple(Cause.named(f, names, p) for f, p in engine_why.leading if shown(f))
    lead = "; ".join(f"{mid_sentence(c.name)} ({c.probability:.0%})" for c in causes)
    heading = "If the reset does not take, the usual reasons" if untried else ""
    if dark:
        heading = "What most likely keeps it from switching on"
    summary = f"{heading or 'Most likely now'}: {lead}." if causes else ""
    if kind == "action" and engine_why.fixes:
        meant = [f for f, _ in engine_why.fixes if shown(f)][:3]
        fixes = _meant_words(plan, step_id, meant)
        chance = float(engine_why.p_success or 0)
        resets = plan.phase_of(step_id or "") is Phase.reset
        does = "resets the camera" if resets else "gets the camera added again and working"
        around = plan.by_recovery(step_id)
        if around:  # a new password, no reset: it goes around what stops one
            does = "gets you back in"
        if around and meant and not untried:
            effect = (
                f"{'The next step needs it. That' if fetch else 'This'} step goes around what "
                f"may stop the reset ({fixes}): a new password, no reset at all. About "
                f"{chance:.0%} chance it {does}."
            )
        elif dark:  # no chance: the engine's is mostly of the reset after it (diff review 54)
            that = "The next step needs it. That" if fetch else "This"
            effect = f"{that} step is meant for: {fixes}." if meant else ""
        elif untried:
            effect = f"This step guards against: {fixes}." if meant else ""
        elif not meant:
            effect = f"About {chance:.0%} chance it {does}."
        elif fetch:
            effect = (
                f"The next step needs it. That step is meant for: {fixes}. About {chance:.0%} "
                f"chance it {does}."
            )
        else:
            effect = f"This step is meant for: {fixes}. About {chance:.0%} chance it {does}."
    elif kind == "question" and engine_why.answers:
        parts = [
            f"{_answer_label(plan, step_id, a.answer, offered)} points to: "
            f"{_pointed_to(plan, a.rises, shown)}."
            for a in engine_why.answers
            if a.rises and shown(a.rises) and (offered is None or a.answer in offered)
        ]
        effect = "Your answer narrows it down. " + " ".join(parts) if parts else ""
    elif kind == "service":
        effect = NOTHING_LEFT
    else:
        effect = ""
    effect = in_its_own_words(plan.model, effect)
    return Why(summary=summary, causes=causes, effect=effect, heading=heading)
