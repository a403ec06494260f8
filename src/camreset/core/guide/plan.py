"""Compile the camera knowledge base into the engine's generic troubleshooting models.

One `CameraPlan` per camera model, with one engine model per phase: `reset` (until the camera
is back in setup mode) and `setup` (until it is added again and works). Each holds only the
causes, attempts and questions that apply to this camera — its power kinds, line, way of being
added, hub — with the line's priors (renormalised, plus the leak) and costs in minutes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.guide.as_this_camera import for_hands, for_hub
from camreset.core.guide.at_its_sign import at_its_sign
from camreset.core.guide.cells_at_hand import with_cells
from camreset.core.guide.fits_camera import applies, may_be_wired
from camreset.core.guide.power_up import held_from_power, holds_through_power
from camreset.core.kb.connection import cable_by_its_sources, joins_by_cable
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import Action as ActionSpec
from camreset.core.kb.troubleshooting import Capability, Have, Phase
from camreset.core.kb.troubleshooting import Question as QuestionSpec
from camreset.core.present.device_noun import in_its_own_words
from camreset.core.present.holds import long_hold, timer_of


@dataclass(frozen=True)
class PhasePlan:
    """The engine model of one phase, and the KB records behind its steps."""

    phase: Phase
    key: str
    """What names this model in a memo: the camera, the phase and the KB's revision."""
    engine: TroubleshootingModel
    actions: dict[str, ActionSpec]
    questions: dict[str, QuestionSpec]

    @cached_property
    def no_home_fix(self) -> frozenset[str]:
        """Causes no attempt of this phase addresses: support's, as a report says beside them."""
        fixed = {f for a in self.engine.actions for f, p in a.fixes.items() if p}
        return frozenset(self.engine.faults) - fixed

    def allowed_actions(self, have: frozenset[str], excluded: frozenset[str]) -> frozenset[str]:
        """Attempts this person can carry out: preconditions met, not refused. `have` is what
        is at hand or may still be got (a session asks for an item when a step needs it)."""
        return frozenset(
            a.id for a in self.actions.values() if a.id not in excluded and a.possible_with(have)
        )

    def allowed_questions(self, have: frozenset[str], excluded: frozenset[str]) -> frozenset[str]:
        """Questions the engine may choose: what they need is at hand, not refused, and not
        kept for the opening or a detour, nor one that only carries a reset answer over."""
        return frozenset(
            q.id
            for q in self.questions.values()
            if q.id not in excluded
            and not (q.opening_only or q.detour_only or q.carried_from)
            and q.possible_with(have)
        )


POWERS_IT = 0.5
"""How well an attempt must fix a power cause to count as one that powers the camera."""


@dataclass(frozen=True)
class CameraPlan:
    """Both phases for one camera, and every record behind its steps by id."""

    model: ResolvedModel
    phases: dict[Phase, PhasePlan]
    cause_names: dict[str, str]
    first_try: tuple[str, ...] = ()
    """Questions about the person's own try, asked in a session's opening."""
    power_causes: frozenset[str] = frozenset()
    """Causes only some ways of powering a camera have (a dead outlet, a flat battery, a PoE
    budget): an attempt meant for one of them is one that powers the camera."""
    by_cable: bool = True
    """Whether a camera added only over its network cable is offered only the ways that cable
    allows (power_choices.py); False for logs started before that (POWER_CHOICES_RULES)."""
    usual_power: frozenset[PowerKind] = frozenset()
    """A doorbell of no sourced power: the ways every listed doorbell has one of (a battery,
    doorbell wiring), which "Not sure" on its power question leaves steps for (unsure_power)."""

    def powers_it(self, action: str) -> bool:
        """Whether `action` is meant for a power cause (another outlet, its charge, its
        port), not a press that only cuts the power on the way (a drained power cycle)."""
        spec = self.reset.actions.get(action)  # a recovery code goes around a weak supply
        if spec is None or self.by_recovery(action):
            return False
        return any(spec.fixes.get(c, 0) >= POWERS_IT for c in self.power_causes)

    @property
    def reset(self) -> PhasePlan:
        return self.phases[Phase.reset]

    @property
    def setup(self) -> PhasePlan:
        return self.phases[Phase.setup]

    @property
    def actions(self) -> dict[str, ActionSpec]:
        return {**self.reset.actions, **self.setup.actions}

    @property
    def questions(self) -> dict[str, QuestionSpec]:
        return {**self.reset.questions, **self.setup.questions}

    @property
    def items_used(self) -> frozenset[str]:
        """The things at hand some step of this camera's needs: a checklist offers only
        these (no "admin password" or "computer" for a battery doorbell added in its app).
        A camera that runs on its network cable is not asked for "its original adapter": it
        is sold to run on PoE and may have come with none, and an adapter of the same
        rating serves its adapter step as well (phone review 60, #17: a Lorex E893AB)."""
        specs = [*self.actions.values(), *self.questions.values()]
        needed = {h.value for s in specs for h in s.requires}
        needed |= {h.value for a in self.actions.values() for h in a.requires_any}
        if PowerKind.poe in self.model.power_kinds or not self._adapter_in_the_box():
            needed.discard(Have.original_adapter.value)
        return frozenset(needed)

    def _adapter_in_the_box(self) -> bool:
        """Whether the camera may have come with an adapter: not where its sources say each of
        its adapter or USB supplies is sold apart (a Blink Outdoor 4 comes with AA cells, its
        USB adapter is not included: the checklist asked for "its original adapter")."""
        supplies = [
            p.value
            for p in self.model.lists.get("power", ())
            if p.value.kind in (PowerKind.adapter, PowerKind.usb)
        ]
        return not supplies or any(s.in_the_box is not False for s in supplies)

    def by_recovery(self, action_id: str | None) -> bool:
        """Whether the attempt goes through the maker's password recovery: a new password,
        no reset."""
        spec = self.actions.get(action_id or "")
        return spec is not None and Capability.recovery in spec.needs

    def not_for_power(
        self,
        kinds: frozenset[PowerKind],
        no_wifi: bool = False,
        *,
        any_power: bool = False,
        own_wifi: bool = False,
    ) -> frozenset[str]:
        """Power steps of either phase (an outlet, a PoE port, a battery) meant for other power.

        Only steps that name a power kind (`when.power`): a step excluded for a camera *on*
        PoE (`not_power`, e.g. the Wi-Fi steps) is about Wi-Fi, which the answer does not tell,
        unless `no_wifi` (WIRED_WIFI_RULES) and no source of its own gives it Wi-Fi: on PoE
        alone, it joins by its cable (`joins_by_cable`; phone review 73 F, left over). A camera
        whose own sources give it a cable and no Wi-Fi (`cable_by_its_sources`) keeps its
        cable's ways on any power (`any_power`, CABLE_ANY_POWER_RULES) and has no Wi-Fi steps
        on any (`own_wifi`, OWN_NO_WIFI_RULES).
        """
        specs: list[ActionSpec | QuestionSpec] = [*self.actions.values(), *self.questions.values()]
        own = cable_by_its_sources(self.model)
        cable = may_be_wired(self.model, kinds) or (any_power and own)
        wired = (no_wifi and joins_by_cable(self.model, kinds)) or (own_wifi and own)
        return frozenset(
            s.id
            for s in specs
            if (s.when.power is not None and not kinds & set(s.when.power))
            or (s.when.wired is not None and s.when.wired != cable)
            or (wired and PowerKind.poe in (s.when.not_power or ()))
        )

    @property
    def wifi_steps(self) -> frozenset[str]:
        """The Wi-Fi steps of a camera whose own sources give it a cable and no Wi-Fi (those
        the knowledge base keeps from a camera on PoE), left out whatever powers it, or before
        anyone says (OWN_NO_WIFI_RULES); none for any other camera."""
        if not cable_by_its_sources(self.model):
            return frozenset()
        specs: list[ActionSpec | QuestionSpec] = [*self.actions.values(), *self.questions.values()]
        return frozenset(s.id for s in specs if PowerKind.poe in (s.when.not_power or ()))

    @property
    def network_question(self) -> QuestionSpec | None:
        """The setup-phase question camreset answers over the network, if this camera's line
        has a discovery protocol that tells its setup state (troubleshooting.yaml)."""
        found = (q for q in self.setup.questions.values() if q.answered_by == "network")
        return next(found, None)

    def network_offered(self, have: frozenset[str]) -> bool:
        """Whether this person can have camreset check the camera over the network: it has
        a network question, and they have what it requires (a computer on the network)."""
        question = self.network_question
        return question is not None and question.possible_with(have)

    @property
    def may_be_on_a_recorder(self) -> bool:
        """Whether a recorder (NVR) may take this camera over once it is reset: the setup
        phase has a step to add it through one."""
        return "recorder-takes-it" in self.setup.engine.faults

    def phase_of(self, step_id: str) -> Phase:
        """The phase an attempt or question belongs to."""
        setup = self.setup
        return (
            Phase.setup if step_id in setup.actions or step_id in setup.questions else Phase.reset
        )


def priors(kb: KnowledgeBase, model: ResolvedModel, phase: Phase) -> dict[str, float]:
    """The phase's cause priors for this camera (line overrides applied), with the leak,
    renormalised to sum to 1 over the causes that apply to it."""
    ts = kb.troubleshooting
    weights = {
        c.id: c.line_priors.get(model.line.id, c.prior)
        for c in ts.causes
        if c.phase is phase and applies(c, model)
    }
    weights[ts.leak.id] = ts.leak.prior if phase is Phase.reset else ts.leak.setup_prior
    total = sum(weights.values())
    return {k: v / total for k, v in weights.items() if v > 0}


def _noisy(p: float, noise: float, answers: int) -> float:
    """P(answer | cause) when a share `noise` of answers is picked at random instead."""
    return (1 - noise) * p + noise / answers


def _phase_plan(kb: KnowledgeBase, model: ResolvedModel, phase: Phase) -> PhasePlan:
    ts = kb.troubleshooting
    faults = priors(kb, model, phase)
    actions = {a.id: a for a in ts.actions if a.phase is phase and applies(a, model)}
    own_way = holds_through_power(model, actions.values())
    actions = {k: at_its_sign(model, held_from_power(a, own_way)) for k, a in actions.items()}
    actions = {k: for_hands(a, model) for k, a in actions.items()}
    no_longer = _no_longer_hold(kb, model)
    questions = {
        q.id: for_hub(for_hands(q, model), model)
        for q in ts.questions
        if q.phase is phase and applies(q, model)
    }
    engine = TroubleshootingModel(
        faults=faults,
        actions=tuple(
            Action(
                id=a.id,
                cost=a.minutes + ts.effort_minutes.get(a.effort, 0),
                fixes={
                    k: v
                    for k, v in a.fixes.items()
                    if k in faults and not (k in no_longer and holds_long_only(a))
                },
                stale_after=frozenset(a.stale_after),
            )
            for a in actions.values()
        ),
        questions=tuple(
            Question(
                id=q.id,
                cost=q.minutes,
                answers={
                    ans.id: {
                        f: _noisy(
                            ans.likelihood.get(f, ans.likelihood["default"]),
                            ts.answer_noise if q.noise is None else q.noise,
                            len(q.answers),
                        )
                        for f in faults
                    }
                    for ans in q.answers
                },
                stale_after=frozenset(q.stale_after),
            )
            for q in questions.values()
        ),
        service_cost=ts.escalation.minutes,
    )
    # an older session's view of the KB (kb/revisions.py) is another model under the same id
    revision = max(kb.revisions, default=0)
    return PhasePlan(phase, f"{model.id}:{phase.value}@{revision}", engine, actions, questions)


def _no_longer_hold(kb: KnowledgeBase, model: ResolvedModel) -> frozenset[str]:
    """The causes only a longer hold fixes, where this camera's long hold is no longer than
    its usual one (every source gives the same time): holding "long" cannot fix them here."""
    _, usual, _ = timer_of(model.hold)
    if long_hold(model.hold) > usual:
        return frozenset()
    return frozenset(c.id for c in kb.troubleshooting.causes if c.wants_longer_hold)


def holds_long_only(a: ActionSpec) -> bool:
    holds = [step.hold for step in a.steps if step.hold is not None]
    return bool(holds) and all(h == "long" for h in holds)


def compile_plan(
    kb: KnowledgeBase, model: ResolvedModel, by_cable: bool = True, cells_at_hand: bool = True
) -> CameraPlan:
    """Both phases' engine models for `model`: only what applies to it, costs in minutes.
    `cells_at_hand` False: its battery step needs no new cells at hand, as a log started
    before CELLS_AT_HAND_RULES sees it."""
    phases = {phase: _phase_plan(kb, model, phase) for phase in Phase}
    if cells_at_hand:
        reset = phases[Phase.reset]
        phases[Phase.reset] = replace(reset, actions=with_cells(model, reset.actions))
    names = {c.id: in_its_own_words(model, c.name) for c in kb.troubleshooting.causes}
    names[kb.troubleshooting.leak.id] = kb.troubleshooting.leak.name
    power = frozenset(c.id for c in kb.troubleshooting.causes if c.when.power is not None)
    first = tuple(kb.troubleshooting.first_try)
    doorbell = model.form_factor is FormFactor.doorbell and not model.power_kinds
    usual = frozenset(map(PowerKind, kb.usual_powers(FormFactor.doorbell))) if doorbell else None
    return CameraPlan(model, phases, names, first, power, by_cable, usual or frozenset())
