"""What each answered step does to a session: the one fold shared by replay and the benchmark.

`Guide.replay` and the simulator's engine arm both feed answers through `Fold.answer` and ask
`flow.next_step` what comes next: the benchmark measures the product's own decisions.
A session opens with a short, skippable opening (core/session/opening.py), then runs in two
phases. In `reset` the engine looks for why the camera does not reset; an attempt ends with
checks (the setup light, the app finding it as new), and when they all say yes the session
moves to `setup`, where it looks for why the reset camera cannot be added again; there an
attempt ends with the `added` check, and a yes ends the job (as a new password from the maker's
recovery does: opening.back_in). Each phase keeps its own evidence: going back to resetting
(the reset had not really taken) picks it up again, with that attempt marked as failed. Detours
(core/session/detours.py) interrupt an attempt where "can't" or "not sure" needs a reason; an
item a step needs and the person has not said they have is asked for first (`fetch`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.guide.cells_at_hand import ON_ITS_PAGE
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Have, Phase, WaitFor
from camreset.core.present.detour_steps import BY_HAND, PRESSED_BY_HAND, STILL_DARK
from camreset.core.present.have_items import FETCHABLE
from camreset.core.present.said_notices import WAITING_AGAIN
from camreset.core.present.step import StepRef
from camreset.core.present.words import CANT, DONE, NOT_SURE, NOTHING_SEEN, STOP
from camreset.core.session import back_to_reset as back
from camreset.core.session import (
    charge_asked,
    checked,
    dark,
    detours,
    no_sight,
    opening,
    own_cable,
    poe_said,
    power_first,
    rules,
    unsure_power,
)
from camreset.core.session.carried import into_setup
from camreset.core.session.opening import Opening
from camreset.core.session.rules import RECORDER_POWER_RULES, RULES

EVERY_ITEM = frozenset(h.value for h in Have)
WHERE_OFFERED = frozenset({Have.batteries.value})
"""Items an unticked checklist says are not at hand only where it offered them: new batteries
are on one camera's list alone (CELLS_AT_HAND_RULES), and every other list says nothing of them."""


def next_stage(plan: CameraPlan, action: str, stage: int, booted: bool) -> int:
    """The next page of an attempt, skipping a boot wait marked `unless_booted` when booted."""
    steps = plan.actions[action].steps
    while (
        stage < len(steps)
        and booted
        and steps[stage].wait is WaitFor.boot
        and steps[stage].unless_booted
    ):
        stage += 1
    return stage


def told_have(have: frozenset[str] | None, offered: frozenset[str]) -> tuple[set[str], set[str]]:
    """(at hand, not at hand) from a checklist; None = not asked: everything may be asked
    for. A ticked list leaves out only what cannot simply be fetched (FETCHABLE), and of the
    items some lists alone offer (WHERE_OFFERED), those it `offered` (the plan's `items_used`:
    no default, so the guide and the benchmark's fast arm read a checklist alike)."""
    if have is None:
        return set(), set()
    unsaid = WHERE_OFFERED - offered
    return set(have), set(EVERY_ITEM - have - FETCHABLE - unsaid)


@dataclass
class Fold:
    """Evidence for the engine, refused steps, the attempt under way, the camera's state, what
    is at hand, and where the opening and any detour stand."""

    evidence: list[Evidence] = field(default_factory=list)
    """The current phase's evidence."""
    excluded: set[str] = field(default_factory=set)
    running: tuple[str, int] | None = None
    booted: bool = False
    phase: Phase = Phase.reset
    parked: dict[Phase, list[Evidence]] = field(default_factory=dict)
    """The other phase's evidence, kept for when the session goes back to it."""
    last_reset: str | None = None
    """The reset attempt whose checks moved the session to `setup`."""
    reset: bool = False
    """The reset took (every reset check said yes)."""
    done: bool = False
    """The job is done: added again and works (or, for a camera being sold, reset)."""
    tried: list[str] = field(default_factory=list)
    have: set[str] = field(default_factory=set)
    """What the person said is at hand."""
    cannot: set[str] = field(default_factory=set)
    """What the person said is not at hand and cannot be got."""
    refused: set[str] = field(default_factory=set)
    """Items the person said no to when a step asked (not merely left unticked)."""
    opening: Opening = field(default_factory=Opening)
    detour: str | None = None
    """A detour interrupting the running attempt's page (core/session/detours.py)."""
    fetch: str | None = None
    """An item the person just said they lack: asked for before anything else."""
    outcome: str | None = None
    """`stopped` or `not-needed`: the session ended before the engine had its say."""
    reset_only: bool = False
    """The camera is being sold: the job ends once it is reset."""
    off_account: bool = False
    """The seller said it is off their account (else the end says to take it off)."""
    untried: bool = False
    """The person said they have not tried the button yet."""
    confirmed: tuple[str, int] | None = None
    """The last check that said yes with another check after it: attempt, page."""
    held: tuple[str, int, float] | None = None
    """The last measured hold: attempt, page, seconds."""
    short_holds: set[str] = field(default_factory=set)
    """Attempts carried on after a hold shorter than their minimum."""
    pressed: bool = False
    """The button was held on an attempt's page in this session: from then on the engine may
    ask what the camera did while held (before, those questions are the opening's)."""
    button_found: bool | None = None
    """True: found with the help detour (it is not offered again: a loop). False: not found
    with it (only the thorough search, and steps without the button, come next)."""
    last_no: tuple[str, int] | None = None
    """The last attempt check a person answered "no" (attempt, page): the check a last look
    before support repeats (core/session/detours.py)."""
    no_before: tuple[str, int] | None = None
    """The `last_no` before it: the charged battery's reset saying "no" again to the same
    check was the second look (core/session/charge_look.py)."""
    looked: set[Phase] = field(default_factory=set)
    """Phases whose last look before support was taken (one each)."""
    closed: bool = False
    """Feedback was given on its end page: the end stands when the log is replayed."""
    unpowered: dict[str, frozenset[str]] = field(default_factory=dict)
    """What each power question's answer rules out ("it runs on a battery": the outlet
    steps; "the outlet works": another outlet), kept apart from `excluded` so that another
    answer undoes exactly that."""
    powered: dict[str, frozenset[str]] = field(default_factory=dict)
    """How each power question's answer says the camera is powered (latest last): the words
    of later steps fit it ("unplug its network cable", not "its adapter, or …")."""
    worked_out: tuple[str, ...] = ()
    """The steps among `powered` whose answer only implies PoE (core/session/poe_said.py):
    the report must not say the person answered how it is powered (review 67 I, #6)."""
    rechecked: set[tuple[Phase, str]] = field(default_factory=set)
    """The questions (by phase) whose deciding answer was looked at once more."""
    waited_again: tuple[str, int] | None = None
    """The page (attempt, page) kept on screen after "Not sure", once: a start-up wait."""
    rules: int = RULES
    """The readings of answers its log was written under (core/session/rules.py)."""
    unseen: bool = False
    """The person said they cannot see this camera's light (core/session/no_sight.py)."""
    unsure_of_power: bool = False
    """The person was not sure of its power on the page that says to make sure of it: the
    question that tells of its charge comes before a press (core/session/charge_asked.py)."""
    signed_out: bool = False
    """The app's resets were left aside as needing an account the person forgot a password
    to (core/session/signed_out.py)."""

    def copy(self) -> Fold:
        """An independent copy, so a saved state never changes when a new answer is folded:
        every field as it is, the mutable ones copied (of the subclass too: it copies its own).
        Not `dataclasses.replace`, which passes each of some 60 fields through `__init__` on
        every answer (issue 15)."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.evidence = list(self.evidence)
        new.excluded = set(self.excluded)
        new.parked = {k: list(v) for k, v in self.parked.items()}
        new.tried = list(self.tried)
        new.have = set(self.have)
        new.cannot = set(self.cannot)
        new.refused = set(self.refused)
        new.opening = replace(self.opening)
        new.short_holds = set(self.short_holds)
        new.looked = set(self.looked)
        new.unpowered = dict(self.unpowered)
        new.powered = dict(self.powered)
        new.rechecked = set(self.rechecked)
        return new

    @property
    def first_reset(self) -> bool:
        """Nothing has failed yet for a person who had not tried: a step's reason is what it
        guards against, not what is likely wrong (they never pressed the button)."""
        return (
            self.untried
            and self.phase is Phase.reset
            and not any(isinstance(e, ActionFailed) for e in self.evidence)
        )

    @property
    def ruled_out(self) -> frozenset[str]:
        """Attempts and questions not to offer: refused, given up, or ruled out by power."""
        return frozenset(self.excluded).union(*self.unpowered.values())

    @property
    def said_power(self) -> frozenset[str] | None:
        """How the person last said the camera is powered (None: not asked, or not said)."""
        return next(reversed(self.powered.values()), None)

    @property
    def available(self) -> frozenset[str]:
        """What is at hand or may still be asked for: what the engine may plan with."""
        return frozenset(EVERY_ITEM - self.cannot)

    def switch(self, to: Phase, plan: CameraPlan | None = None) -> None:
        """Park this phase's evidence and pick up the other's (into adding it, with what
        carries over from resetting it, given the `plan`: core/session/carried.py)."""
        self.parked[self.phase] = self.evidence
        self.evidence, self.waited_again = self.parked.pop(to, []), None
        self.phase = to
        if plan is not None and to is Phase.setup:
            into_setup(plan, self.evidence, self.parked[Phase.reset], self.last_reset)

    # -- one answer --------------------------------------------------------------------
    def answer(self, plan: CameraPlan, ref: StepRef, given: str) -> str | None:
        """Apply an answer to the step `ref` names; the result words, if any."""
        self.opening.notice = None
        if given == STOP:
            self.outcome = "stopped"
            return "stopped here"
        if ref.kind == "opening":
            return opening.answer(self, plan, ref.ref, given)
        opening.older_log(self, plan)  # "second-hand" answered before "reset since?" existed
        if ref.kind == "tool":
            return self.tool(plan, ref.ref, given)
        if ref.kind == "detour" and ref.subject is not None:
            return detours.answer(self, plan, ref.ref, ref.subject, ref.stage, given)
        if ref.kind == "question":
            self.question(plan, ref.ref, given)
            return None
        return self.action(plan, ref.ref, ref.stage, given)

    def set_have(self, plan: CameraPlan, have: frozenset[str]) -> None:
        """The checklist, edited during the session: what is ticked is at hand."""
        self.have, self.cannot = told_have(have, plan.items_used)
        self.fetch = None
        self._drop_unmet(plan)

    def tool(self, plan: CameraPlan, item: str, given: str) -> str | None:
        """An answer to "do you have <item>?"."""
        self.fetch = None
        if given in ("have", DONE, BY_HAND):  # a button pressed by hand needs no pin
            self.have.add(item)
            self.cannot.discard(item)
            return PRESSED_BY_HAND if given == BY_HAND else None
        self.have.discard(item)
        self.cannot.add(item)
        self.refused.add(item)
        if self.running is not None:  # asked for mid-attempt: the attempt cannot go on
            return self.give_up(self.running[0], f"no {item.replace('_', ' ')}")
        return f"no {item.replace('_', ' ')}"

    def _drop_unmet(self, plan: CameraPlan) -> str | None:
        """Leave the running attempt if it needs what cannot be had."""
        if self.running is None:
            return None
        action = self.running[0]
        return None if self.can_do(plan, action) else self.give_up(action)

    def can_do(self, plan: CameraPlan, action: str) -> bool:
        """Whether what the attempt needs is at hand or may still be got."""
        return plan.actions[action].possible_with(self.available)

    def missing(
        self, plan: CameraPlan, action: str, later: frozenset[Have] = frozenset()
    ) -> str | None:
        """The first item the attempt needs that the person has not said is at hand (not one
        asked for `later`, at the page that uses it)."""
        spec = plan.actions[action]
        for item in spec.requires:
            if item in ON_ITS_PAGE:
                continue
            if item.value not in self.have and item.value not in self.cannot and item not in later:
                return item.value
        anyof = [r.value for r in spec.requires_any]
        if anyof and not any(i in self.have for i in anyof):
            return next((i for i in anyof if i not in self.cannot), None)
        return None

    def give_up(self, action: str, why: str = "could not do this") -> str:
        """The person cannot carry the attempt out: it is not offered again."""
        self.excluded.add(action)
        self.running, self.detour, self.held, self.waited_again = None, None, None, None
        return why

    def advance(self, plan: CameraPlan, action: str, stage: int, waited: bool = True) -> None:
        """On to the attempt's next page. A wait the person could not sit out (`waited`
        False) needs nothing they lack, so the attempt goes on too (its result is then in
        doubt, see `rushed`), but the camera is not taken to have started."""
        if waited and plan.actions[action].steps[stage].wait in (WaitFor.boot, WaitFor.reboot):
            self.booted = True
        after = next_stage(plan, action, stage + 1, self.booted)
        self.running = (action, no_sight.past_the_light(self, plan, action, after))
        self.held, self.waited_again = None, None

    def action(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """Apply an answer to page `stage` of attempt `ref`; the result words, if any."""
        spec = plan.actions[ref]
        if stage == 0 and ref not in self.tried:
            self.tried.append(ref)
            self.booted = self.booted and not spec.powers_off
        if stage == 0 and answer != CANT:
            self.excluded.update(spec.leaves_out)
        poe_said.by_action(self, plan, ref, stage, answer)
        self.running = (ref, stage)
        step = spec.steps[stage]
        if spec.back_to_reset:
            return back.last_look(self, plan, ref, stage, answer)
        if step.check is not None:
            return self.check(plan, ref, stage, answer)
        if answer == STILL_DARK.id:  # offered only where `dark.offers_still_dark`
            return dark.stayed_dark(self, plan, ref)
        if answer == CANT and step.wait is not None:
            self.advance(plan, ref, stage, waited=False)
            return None
        if answer == CANT:
            return None if detours.after_cant(self, plan, ref) else self.give_up(ref)
        if step.hold is not None:
            self.pressed = True
        again = self.rules >= rules.WAIT_AGAIN_RULES and self.waited_again != (ref, stage)
        if answer == NOT_SURE and step.wait is WaitFor.boot and again:
            self.waited_again = (ref, stage)  # the whole wait again, once: then it goes on
            return WAITING_AGAIN
        if answer == NOT_SURE and (unsure := charge_asked.unsure_of_power(self, plan, ref, stage)):
            return unsure  # its charge asked first (CHARGE_ASKED_RULES)
        if answer == NOT_SURE and (kept := detours.after_not_sure(self, plan, ref, stage)):
            return kept if isinstance(kept, str) else None
        if answer == DONE and detours.after_done(self, plan, ref, stage):
            return None
        if answer == NOTHING_SEEN and step.hold is not None:
            return detours.nothing_seen(self, plan, ref, stage)
        self.advance(plan, ref, stage)
        return None

    def check(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """Every check must say yes; the last one ends the attempt (core/session/checked.py)."""
        return checked.answer(self, plan, ref, stage, answer)

    def question(self, plan: CameraPlan, ref: str, answer: str) -> None:
        """Apply an answer to question `ref`: evidence, or the question refused for good."""
        if answer == CANT:
            self.excluded.add(ref)
            return
        self.evidence.append(Answered(ref, answer))
        power_first.outlet_rules_out(plan, self, ref, answer)
        spec = next((a for a in plan.questions[ref].answers if a.id == answer), None)
        self.booted = self.booted or bool(spec and spec.implies_booted)
        power = spec and (spec.power or (self.rules >= RECORDER_POWER_RULES and spec.says_power))
        if said := power or poe_said.by_question(self, plan, ref, answer):
            self.unpowered[ref] = own_cable.not_for_its_power(plan, self, frozenset(said))
            self.powered.pop(ref, None)
            self.powered[ref] = frozenset(said)
        elif (unsure := unsure_power.rules_out(self, plan, ref, answer)) is not None:
            self.unpowered[ref] = unsure

    def measured(self, plan: CameraPlan, action: str, stage: int, seconds: float) -> None:
        """A hold the timer measured on page `stage` of `action` (the last one counts)."""
        if detours.hold_minimum(plan, action, stage, self.rules) is not None:
            self.held = (action, stage, seconds)
