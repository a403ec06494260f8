"""Build the `Step` a person sees for each page of a session: an attempt's pages here, the
others (a hold, a wait, a question, the end, the opening, an item to get, a detour) through
the module that words each kind of page.

A step's content depends only on the camera and on which page it is, so each is built once
per camera plan and reused (past steps in a history are looked up, never rebuilt); only its
place in the session and the engine's "why" are added per session. Every step but the end
offers "stop here and give me the report".
"""

from __future__ import annotations

from dataclasses import replace

from camreset.core.guide.adding import added_in_app, added_on_its_recorder
from camreset.core.guide.plan import CameraPlan
from camreset.core.guide.power_up import holds_by_cable
from camreset.core.kb.connection import cable_by_its_sources, without_wifi
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.schema import LIST_FACTS
from camreset.core.kb.troubleshooting import Have, StepSpec, WaitFor
from camreset.core.present.account_words import STILL_BOUND, still_bound_words
from camreset.core.present.adding_words import (
    brief_press,
    cable_first_words,
    may_be_on_a_cable,
    recorder_said_words,
)
from camreset.core.present.button_place import button_place
from camreset.core.present.cable_first import leads_with_the_cable
from camreset.core.present.check_steps import (
    AFTER_RESET_CHECKS,
    IN_THE_APP,
    SETUP_TITLE,
    setup_check,
)
from camreset.core.present.detour_steps import detour_step
from camreset.core.present.device_noun import in_its_own_words
from camreset.core.present.end_page import end_page
from camreset.core.present.facts import FactView, fact_view, list_views, view_of
from camreset.core.present.held_light import held_light_words
from camreset.core.present.hold_page import hold_page
from camreset.core.present.holds import hold_minimum, whole_seconds
from camreset.core.present.lights import line_patterns, with_no_light
from camreset.core.present.opening_answers import NOTICES
from camreset.core.present.opening_steps import opening_step
from camreset.core.present.power_words import PowerWords
from camreset.core.present.question_page import question_page
from camreset.core.present.step import Answer, Step, StepRef, SupportInstead, Why
from camreset.core.present.timer import page_not_before
from camreset.core.present.tool_step import tool_step
from camreset.core.present.values import fill, template_values
from camreset.core.present.wait_page import after_removal, wait_page
from camreset.core.present.way_outs import (
    STILL_RESTARTING_ANSWER,
    STOP_ANSWER,
    WAY_OUTS,
    with_still_restarting,
)
from camreset.core.present.words import ANSWER_WORDS, DONE

_NO_REF = StepRef(0, "action", "")
STEP_WORDS = frozenset({"cable-hold", "recorder-checks", "recorder-feed", "own-wifi"})  # (rules)


class StepRenderer:
    """Turns the KB records of one camera plan into steps."""

    def __init__(
        self,
        kb: KnowledgeBase,
        plan: CameraPlan,
        power: frozenset[str] | None = None,
        feed: str | None = None,
        computer: bool | None = None,
        words: frozenset[str] = STEP_WORDS,
        no_app: bool = False,
    ) -> None:
        """`power`: how the person said the camera is powered, for the words of steps that
        start it, keep it on or cut its power (default: what the sources give); `feed`: what
        they said its PoE cable plugs into; `computer`: one on its network is at hand (None: not
        asked); `words`: the step words new since rules 69 a log sees (session/rules.py);
        `no_app`: they said they can't get its app."""
        self.kb = kb
        self.plan = plan
        self.words = words
        self.cable_hold = "cable-hold" in words and holds_by_cable(plan.model, plan.actions)
        self.model = plan.model
        self.sourced_power = frozenset(k.value for k in plan.model.power_kinds)
        kinds = power or self.sourced_power
        self.may_be_wired = may_be_on_a_cable(kinds)
        on_recorder = "recorder-checks" in words and added_on_its_recorder(plan.model)
        # said on a recorder's port, its app out of reach: the checks look on that recorder (a
        # Swann NHD-818 was asked only whether the app they can't get finds it: review 73 F #10)
        said_recorder = "recorder-feed" in words and no_app and feed == "recorder"
        on_recorder |= said_recorder
        self.app = plan.model.app if added_in_app(plan.model, kinds) and not on_recorder else None
        """The app the checks after a reset look in; None for a camera added on its page, a
        recorder or the vendor's tool (every way the sources give is wired, or it is on PoE
        alone with no other way given)."""
        self.no_wifi = without_wifi(plan.model) or (bool(kinds) and kinds <= {PowerKind.poe.value})
        self.no_wifi |= "own-wifi" in words and cable_by_its_sources(plan.model)
        """Added only over a cable, on a PoE cable (sourced, or said), or given a cable and no
        Wi-Fi by its own sources: no Wi-Fi to join."""
        self.cable_first = leads_with_the_cable(plan.model, kinds, feed, computer)
        self.values = template_values(kb, plan.model, kinds, feed)
        self.values |= cable_first_words(plan.model, kinds) if self.cable_first else {}
        self.values |= recorder_said_words(plan.model, kinds) if said_recorder else {}
        self.place = button_place(kb, plan.model)
        self.patterns = line_patterns(kb, plan.model.line.id)
        self.power = PowerWords.of(kinds)
        self._built: dict[tuple[str, str, int, str | None], Step] = {}
        self._powered: dict[tuple[frozenset[str], str | None, bool, bool], StepRenderer] = {}

    def powered(
        self,
        power: frozenset[str] | None,
        feed: str | None = None,
        computer: bool | None = None,
        no_app: bool = False,
    ) -> StepRenderer:
        """The renderer of this plan for what the person said (its power, feed, a computer):
        made once per way, so steps are still built once each. What they said narrows the
        ways the sources give; an answer outside them (a Ring doorbell "on an adapter",
        meaning its charger) leaves the sourced words. `no_app` matters only on a recorder."""
        if power and self.sourced_power:
            power = power & self.sourced_power
        first = leads_with_the_cable(self.model, power or self.sourced_power, feed, computer)
        no_app = no_app and feed == "recorder" and "recorder-feed" in self.words
        if (
            (not power or power == self.sourced_power)
            and feed is None
            and first == self.cable_first
        ):
            return self
        key = (power or self.sourced_power, feed, first, no_app)
        if key not in self._powered:
            self._powered[key] = StepRenderer(
                self.kb, self.plan, key[0], feed, computer, self.words, no_app
            )
        return self._powered[key]

    # -- what sessions ask for ---------------------------------------------------------
    def step(self, ref: StepRef, why: Why | None = None, app_at_hand: bool = True) -> Step:
        """The step `ref` names, with the engine's reason when it has just been chosen.
        `app_at_hand` False (the app left unticked) changes only the recovery page."""
        without_app = not app_at_hand and ref.kind == "opening" and ref.ref == "recovery"
        key = (ref.kind, ref.ref, ref.stage, "no-app" if without_app else ref.subject)
        if key not in self._built:
            built = self._build(ref) if not without_app else opening_step(self, ref.ref, False)
            if built.kind != "outcome":
                built = replace(built, answers=(*built.answers, STOP_ANSWER))
            self._built[key] = built
        return replace(self._built[key], ref=ref, why=why)

    def _build(self, ref: StepRef) -> Step:
        if ref.kind == "question":
            return question_page(self, ref.ref)
        if ref.kind == "outcome":
            return end_page(self, ref.ref)
        if ref.kind == "opening":
            return opening_step(self, ref.ref, reason=ref.subject)
        if ref.kind == "tool":
            return tool_step(self, ref.ref)
        if ref.kind == "detour" and ref.subject is not None:
            return detour_step(self, ref.ref, ref.subject, ref.stage)
        return replace(self._action_stage(ref.ref, ref.stage), attempt=self.attempt(ref.ref))

    def attempt(self, action_id: str) -> str:
        """What an attempt asks for, in a line: its title and its summary."""
        action = self.plan.actions[action_id]
        return in_its_own_words(self.model, f"{self.fill(action.title)}: {action.summary}")

    def support_instead(self, kind: SupportInstead) -> tuple[str, str] | None:
        """The support page's title and text where only something the person lacks, or an
        attempt done again in full, stands between them and the likeliest fix (no fault
        claimed)."""
        message = getattr(self.kb.troubleshooting.escalation, kind)
        if message is None:
            return None
        title, text = self.fill(message.title), self.fill(message.text)
        return in_its_own_words(self.model, title), in_its_own_words(self.model, text)

    def notice(self, key: str) -> str:
        """The words of a notice the session puts above a step."""
        if key == STILL_BOUND:
            return still_bound_words(self.model)
        return self.fill(NOTICES[key]) if key in NOTICES else key

    # -- the pieces ----------------------------------------------------------------------
    def fill(self, text: str) -> str:
        """A KB template filled with this camera's values."""
        return fill(text, self.values)

    def facts(self, *names: str) -> tuple[FactView, ...]:
        """The views of these facts that this camera has."""
        views = (fact_view(self.kb, self.model, n) for n in names)
        return tuple(v for v in views if v is not None)

    def shown_facts(self, *names: str) -> tuple[FactView, ...]:
        """The views of these facts, a list fact one view per entry (each meaning of its
        lights on its own, with its own source)."""
        views: list[FactView] = []
        for name in names:
            if name in LIST_FACTS:
                views.extend(list_views(self.kb, self.model, name))
            else:
                views.extend(self.facts(name))
        return tuple(views)

    def _path_facts(self, do: str) -> tuple[FactView, ...]:
        """The sourced software-reset path a step follows ("{software.app}"), with its source:
        the one step that erases the camera without a pin showed none (phone review 43)."""
        said = {self.values[k] for k in ("software.app", "software.web") if f"{{{k}}}" in do}
        paths = [
            r for r in self.model.lists.get("software_reset", ()) if r.primary.value.path in said
        ]
        views = tuple(view_of(self.kb, self.model, "software_reset", r) for r in paths)
        brief = brief_press(self.model)  # said on the add page: its source beside it
        said_brief = bool(brief) and "{add.how}" in do and brief in self.values["add.how"]
        return views + (self.facts("add_press") if said_brief else ())

    def with_facts(self, step: Step, facts: tuple[FactView, ...]) -> Step:
        return replace(step, facts=facts)

    def plain(self, step: Step) -> Step:
        """A step that is not about the camera's button: no drawing with it."""
        return replace(step, form_factor=None, button_hint=None)

    def hold_minimum(self, action: str, stage: int) -> float:
        """The shortest hold page `stage` of `action` asks for: not before the time its timer
        says to hold to, even if the sign comes sooner (a Tapo C200's 10 s)."""
        spec = self.plan.actions[action].steps[stage]
        least = hold_minimum(self.model.hold, spec.hold or "")
        return max(least, page_not_before(self.model, spec.hold or "", spec.text) or 0.0)

    def whole_seconds(self, action: str, stage: int) -> float | None:
        """The time page `stage` of `action` asks to hold for all of, if it does."""
        return whole_seconds(self.model.hold, self.plan.actions[action].steps[stage].hold or "")

    def pattern(self, pattern: str | None) -> str | None:
        if pattern == "@setup_mode":
            setup = self.model.setup_mode
            return setup.led if setup else None
        if pattern == "@while_holding":
            signal = self.model.while_holding
            return signal.led if signal else None
        return pattern

    def base(self, kind: str, title: str, text: str, answers: tuple[Answer, ...]) -> Step:
        button = self.model.button
        return Step(
            ref=_NO_REF,
            kind=kind,  # type: ignore[arg-type]
            title=in_its_own_words(self.model, title),
            text=in_its_own_words(self.model, text),
            answers=tuple(replace(a, label=in_its_own_words(self.model, a.label)) for a in answers),
            form_factor=self.model.form_factor.value if self.model.form_factor else None,
            button_hint=self.values["button.location"] if button and button.present else None,
            place=self.place,
        )

    def _action_stage(self, action_id: str, stage: int) -> Step:
        action = self.plan.actions[action_id]
        spec: StepSpec = action.steps[stage]
        if spec.do is not None and spec.remote:  # done by camreset once the person confirms
            title = self.fill(spec.title) if spec.title else self.fill(action.title)
            return replace(self.base("action", title, self.fill(spec.do), WAY_OUTS), remote=True)
        if spec.do is not None:
            title = self.fill(spec.title) if spec.title else self.fill(action.title)
            step = self.base(
                "action", title, self.fill(spec.do), (Answer(DONE, ANSWER_WORDS[DONE]), *WAY_OUTS)
            )
            facts = self.facts("button", "power") if "{button" in spec.do else ()
            return replace(
                step, facts=facts + self._path_facts(spec.do) + self.shown_facts(*spec.shows)
            )
        if spec.wait is not None:
            return wait_page(self, spec, action.powers_off, after_removal(self.model, action))
        if spec.hold is not None:
            return hold_page(self, spec, action, keep_plugged=not action.powers_off)
        if spec.check in IN_THE_APP and Have.app in action.requires:  # done in the app
            check = AFTER_RESET_CHECKS[spec.check](self, in_the_app=True)
        elif spec.check in AFTER_RESET_CHECKS:
            check = AFTER_RESET_CHECKS[spec.check](self)
        else:
            check = setup_check(self, SETUP_TITLE, "", WAY_OUTS)
        restarting = stage and action.steps[stage - 1].wait is WaitFor.reboot  # may not be done
        if spec.check not in AFTER_RESET_CHECKS and any(s.hold for s in action.steps[:stage]):
            not_yet = STILL_RESTARTING_ANSWER.label if restarting else None
            held = held_light_words(self.kb, self.model, not_yet)  # not its setup light yet
            facts = check.facts + (self.facts("while_holding") if held else ())
            check = replace(check, text=check.text + held, facts=facts)
        if restarting:
            check = replace(check, answers=with_still_restarting(check.answers))
        return check if spec.check in AFTER_RESET_CHECKS else with_no_light(check)
