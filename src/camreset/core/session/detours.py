"""Detours: short steps that interrupt an attempt where an answer alone would mislead.

"I can't do this" used to end an attempt whatever the reason, and "Not sure" on a hold counted
as done (issue 11, point 8). Where the reason changes the plan, the session now asks:

- `why-cant` (after "can't" on an attempt's page): the button cannot be found (→ help finding
  it), an item is missing (→ the step that asks for it), the camera shows as offline in the
  app (an app reset is left until a power attempt has failed since, and "offline" is the
  person's answer to `camera-online`, except for someone moving it to new Wi-Fi), or
  something else (the attempt is left, as before). Asked only when the attempt offers one of
  the first three.
- `find-help`: where the button is (its sourced location, what to open or tilt first, the
  microphone-hole warning); found → the page again, not found → the attempt is left. Once
  found, "not sure" on a page that shows the button goes on (the help is not offered again).
- `tell-hold` (after "not sure" on a hold): what the camera does while held; the answer is
  evidence (did it react?), or the hold again.
- `short-hold` (the measured hold was shorter than the minimum): hold again, or go on; a
  failure after going on is then evidence of an early release.
- `tell-check` (after "not sure" on an attempt's last check): how to tell, then yes or no.
- `last-look` (when nothing is left but support, once per phase): the last check a person
  answered "no", looked at again. Lights are misread and restarts run late; a yes takes the
  attempt as having worked after all, so a misread light does not end the job at support
  (which check, and when: core/session/last_look.py).

Pure moves on the fold, shared by sessions and the benchmark's simulated sessions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed, Answered
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Capability, WaitFor
from camreset.core.present import holds
from camreset.core.present.detour_steps import (
    CANT_OPEN,
    FIND_HELP,
    LAST_LOOK,
    NO_BUTTON,
    NO_POWER,
    NOT_LISTED,
    OFFLINE,
    ONLINE_QUESTION,
    RECHECK,
    SHORT_HOLD,
    TELL_HOLD,
    WHY_CANT,
    WONT_SWITCH_ON,
    cant_reasons,
)
from camreset.core.present.said_notices import NOT_LISTED_NOTICE, NOT_SURE_KEPT, NOT_SURE_LEFT
from camreset.core.present.short_hold import WENT_ON, WENT_ON_IN_PART
from camreset.core.present.step import Step
from camreset.core.present.timer import page_not_before
from camreset.core.present.values import app_path_elsewhere
from camreset.core.present.words import CANT, NOT_SURE
from camreset.core.session.dark import powered_here, stayed_dark, unpowered
from camreset.core.session.last_look import seen_after_all
from camreset.core.session.later_rules import NOT_BEFORE_HOLD_RULES
from camreset.core.session.rules import NOT_SURE_KEPT_RULES
from camreset.core.session.said import Derived, latest_answer

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold
    from camreset.core.session.state import SessionFold

COULD_NOT_OPEN = "could not open it to reach the button"


SHORT_TRY = Derived("held-how-long", "few-seconds")
"""A failed attempt whose hold the timer measured shorter than the minimum: it tells for "let
go too early" as the person's "a few seconds" would."""


def let_go_early(fold: Fold, plan: CameraPlan) -> None:
    """Count a failed attempt's short hold as SHORT_TRY, where this phase asks about holds."""
    if SHORT_TRY.question_id in plan.phases[fold.phase].questions:
        fold.evidence.append(SHORT_TRY)


REACTED = {"saw": "reacted", "nothing": "nothing"}
"""How "did it react while you held?" answers the knowledge base's `saw-confirmation`."""


def offline_now(plan: CameraPlan, fold: Fold) -> frozenset[str]:
    """The attempts the app shows the camera too offline for: those that reset it from the
    app, from the last "it shows as offline" until a power attempt that may bring it back
    online has failed since (its success ends the phase anyway)."""
    offline = (ONLINE_QUESTION, "offline")  # said, or inferred from "it won't switch on"
    said = [
        i
        for i, e in enumerate(fold.evidence)
        if isinstance(e, Answered) and (e.question_id, e.answer) == offline
    ]
    if not said:
        return frozenset()
    since = said[-1]
    question = plan.questions.get(ONLINE_QUESTION)
    power = frozenset(question.stale_after) if question is not None else frozenset()
    if any(isinstance(e, ActionFailed) and e.action_id in power for e in fold.evidence[since:]):
        return frozenset()
    return frozenset(a for a, s in plan.actions.items() if Capability.app_reset in s.needs)


def may_go_on(plan: CameraPlan, action: str, stage: int) -> bool:
    """A start-up wait in an attempt that has not cut the camera's power: it may have been on
    for hours, and the page says to go on then, so going on early is no rush."""
    spec = plan.actions[action]
    return spec.steps[stage].wait is WaitFor.boot and not spec.powers_off


def hold_minimum(plan: CameraPlan, action: str, stage: int, rules: int) -> float | None:
    """The shortest hold page `stage` of `action` asks for (None: not a hold page), as a log
    written under `rules` reads it."""
    hold = plan.actions[action].steps[stage].hold
    if hold is None:
        return None
    return max(holds.hold_minimum(plan.model.hold, hold), not_before(plan, action, stage, rules))


def hold_asked(plan: CameraPlan, action: str, stage: int, rules: int) -> float | None:
    """The hold page `stage` of `action` asks for, as it says it (None: not a hold page): a
    page without a timer answered in half a second of "Hold for 30 seconds" was told it
    takes at least 10 s (home owner review 41)."""
    hold = plan.actions[action].steps[stage].hold
    if hold is None:
        return None
    return max(holds.hold_asked(plan.model.hold, hold), not_before(plan, action, stage, rules))


def not_before(plan: CameraPlan, action: str, stage: int, rules: int) -> float:
    """The time before which the page says not to let go, even at its sign (0: none, or a log
    written before NOT_BEFORE_HOLD_RULES, which took a hold from the least)."""
    if rules < NOT_BEFORE_HOLD_RULES:
        return 0.0
    spec = plan.actions[action].steps[stage]
    return page_not_before(plan.model, spec.hold or "", spec.text) or 0.0


def after_cant(fold: Fold, plan: CameraPlan, action: str) -> bool:
    """Ask why the person can't, if the answer could change the plan; False: nothing to ask."""
    stage = fold.running[1] if fold.running is not None else None
    if not cant_reasons(plan, action, stage):
        return False  # nothing this page needs could be fetched or found: the attempt ends
    fold.detour = WHY_CANT
    return True


def not_listed_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """Above the page after "It is not listed in the … app": why the reset in it was left."""
    last = fold.history[-1] if fold.history else None
    said = (last.ref.kind, last.ref.ref, last.answer) if last is not None else None
    if said != ("detour", WHY_CANT, NOT_LISTED):
        return None
    return NOT_LISTED_NOTICE.format(app=app_path_elsewhere(plan.model))


FIND_BUTTON = "find-button"


def button_lost(plan: CameraPlan, fold: Fold, steps: frozenset[str]) -> frozenset[str]:
    """The attempts and questions among `steps` to hold back while the person has looked for
    the button and not found it: every one that presses it, but the thorough search for it
    (a reviewer's installer, "I still can't find it", was next asked "Do you feel a click
    when you press?" and told to hold it for 30 seconds)."""
    if fold.button_found is not False:
        return frozenset()
    phase = plan.phases[fold.phase]
    specs = {**phase.actions, **phase.questions}
    return frozenset(s for s in steps if s != FIND_BUTTON and Capability.button in specs[s].needs)


def after_not_sure(fold: Fold, plan: CameraPlan, action: str, stage: int) -> bool | str:
    """Not sure on a hold → how to tell; on a page that shows the button → help finding it;
    on the page camreset sends a reset from, the attempt is set aside, no evidence (nothing
    was sent: "let the camera restart" next misled a reviewer and ruled causes out); on a
    page that asks for something else to be done, that page stays once, then the attempt is
    set aside (NOT_SURE_KEPT_RULES). The result words, where there are some; False: it goes
    on, as "Done" does."""
    page = plan.actions[action].steps[stage]
    if page.remote:
        fold.give_up(action)
        return True
    if page.hold is not None and not page.unplugged:
        fold.detour = TELL_HOLD
        return True
    button = page.do is not None and "{button" in page.do
    if button and not fold.button_found:
        fold.detour = FIND_HELP
        return True
    if fold.rules < NOT_SURE_KEPT_RULES or button or page.hold is not None or page.wait:
        return False
    if fold.waited_again != (action, stage):
        fold.waited_again = (action, stage)  # kept on screen once, with help above it
        return NOT_SURE_KEPT
    return fold.give_up(action, NOT_SURE_LEFT)


def nothing_seen(fold: Fold, plan: CameraPlan, action: str, stage: int) -> str | None:
    """ "I held it, but nothing happened" on a hold page: a hold measured shorter than its
    least is asked about first, as "Done, I let go" is; else it counts as "No, nothing
    happened" behind "Not sure" does (phone review 59: the commonest failure had no answer
    of its own, and "Done, I let go" recorded it as a hold that went as planned)."""
    if after_done(fold, plan, action, stage):
        return None
    return answer(fold, plan, TELL_HOLD, action, stage, "nothing")  # as the detour's answer


NO_REACTION = "no reaction seen"


def after_done(fold: Fold, plan: CameraPlan, action: str, stage: int) -> bool:
    """A hold measured shorter than the minimum → "that was short: hold again?"."""
    held = fold.held
    minimum = hold_minimum(plan, action, stage, fold.rules)
    if held is None or minimum is None or held[:2] != (action, stage) or held[2] >= minimum:
        return False
    fold.detour = SHORT_HOLD
    return True


def recheck(fold: Fold, plan: CameraPlan, question: str, given: str) -> str:
    """The deciding answer given once more: a different one replaces the old one (and what
    the old one ruled out by power kind); the same, or none, leaves it. The new answer
    counts from now, as an answer about the camera as it is."""
    fold.rechecked.add((fold.phase, question))
    at = latest_answer(fold, question)
    if at is None or given in (NOT_SURE, CANT):
        return "kept the answer"
    old = fold.evidence[at]
    assert isinstance(old, Answered)
    if given == old.answer:
        return "same answer on a second look"
    fold.unpowered.pop(question, None)
    fold.powered.pop(question, None)
    del fold.evidence[at]
    fold.question(plan, question, given)
    return "answer changed on a second look"


def _not_found(fold: Fold, plan: CameraPlan, action: str) -> str:
    """The button was looked for and not found: this attempt is left, and after the thorough
    search no attempt that presses it can work."""
    if action == FIND_BUTTON:
        fold.excluded.update(a for a, s in plan.actions.items() if Capability.button in s.needs)
    fold.button_found = False
    return fold.give_up(action, "could not find the button")


def answer(fold: Fold, plan: CameraPlan, which: str, action: str, stage: int, given: str) -> str:
    """Resolve a detour on page `stage` of `action`; the result words for the history."""
    fold.detour = None
    if which == WHY_CANT:
        if given == NO_BUTTON and fold.button_found is False:  # its help was read already
            return _not_found(fold, plan, action)
        if given == NO_BUTTON:
            fold.detour = FIND_HELP
            return "cannot find the button"
        if given == CANT_OPEN:  # what covers it covers it for every attempt that presses it
            fold.excluded.update(a for a, s in plan.actions.items() if Capability.button in s.needs)
            return fold.give_up(action, COULD_NOT_OPEN)
        if given == NOT_LISTED:  # nothing said of its power: only this way is left
            return fold.give_up(action, "could not reset it from that app")
        if given == OFFLINE:
            said = "the camera shows as offline in the app"
            if fold.opening.reason == "new-wifi":  # expected after a move: no sign of a fault,
                return fold.give_up(action, said)  # and nothing at home brings it back
            fold.running, fold.held = None, None  # left while offline (`offline_now`)
            fold.evidence.append(Answered(ONLINE_QUESTION, "offline"))
            return said
        if given == NO_POWER and powered_here(plan, action, stage):
            return stayed_dark(fold, plan, action)
        if given == NO_POWER:  # power first: each way at home to power it has its own reset
            fold.evidence.extend(unpowered(fold, plan))
            return fold.give_up(action, WONT_SWITCH_ON)  # a dead camera ends at support
        if given.startswith("no-"):
            item = given.removeprefix("no-")
            fold.have.discard(item)
            fold.fetch = item
            return f"needs {item.replace('_', ' ')}"
        return fold.give_up(action)
    if which == FIND_HELP:
        if given == "found":
            fold.button_found = True
            if plan.actions[action].steps[stage].finds_button:
                fold.advance(plan, action, stage)  # finding it was the page's whole job
            return "found the button"
        return _not_found(fold, plan, action)
    if which == TELL_HOLD:
        if given == "again":
            return "holding again"
        if given in REACTED and "saw-confirmation" in plan.phases[fold.phase].questions:
            fold.evidence.append(Derived("saw-confirmation", REACTED[given]))
        fold.advance(plan, action, stage)
        if given == NOT_SURE:  # "I still can't tell" is no "nothing" (user review 52)
            return "could not tell whether it reacted"
        return "it reacted" if given == "saw" else NO_REACTION
    if which == SHORT_HOLD:
        if given == "again":
            fold.held = None
            return "holding again"
        fold.short_holds.add(action)
        fold.advance(plan, action, stage)
        return WENT_ON_IN_PART if not_before(plan, action, stage, fold.rules) else WENT_ON
    if which == RECHECK:
        return recheck(fold, plan, action, given)
    if which == LAST_LOOK:
        fold.looked.add(fold.phase)
        if given == "yes":
            return seen_after_all(fold, plan, action, stage)
        if given == CANT:  # they did not look: "not seen" read as looked for and absent
            return "could not look again"  # (helpdesk review 57)
        if given == NOT_SURE:
            return "could not tell on a last look"
        return "not seen on a last look"
    # TELL_CHECK: the check answered after all ("I can't tell": as if it could not be done)
    told = given if given in ("yes", CANT) else "no"
    return fold.check(plan, action, stage, told) or "checked"
