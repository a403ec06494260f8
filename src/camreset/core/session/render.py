"""Build the `Step` a person sees from a position in a reset attempt, a question or an outcome."""

from __future__ import annotations

import re

from camreset.core.engine.why import Why as EngineWhy
from camreset.core.guide.plan import CANT, NOT_SURE, CameraPlan
from camreset.core.guide.wording import (
    FactNote,
    duration,
    fact_note,
    long_hold,
    setup_words,
    template_values,
    timer_of,
)
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.templates import render
from camreset.core.kb.troubleshooting import StepSpec, WaitFor
from camreset.core.session.steps import Answer, Cause, Step, Timer, Why

NOT_SURE_ANSWER = Answer(NOT_SURE, "Not sure")
CANT_ANSWER = Answer(CANT, "I can't do this")
DONE = Answer("done", "Done")
KEEP_PLUGGED = (
    "Do not unplug the camera first: it is on, and after a restart a press counts only once it "
    "has fully started again."
)
FEEDBACK = (
    Answer("yes", "Yes, it is fixed"),
    Answer("no", "No, still not right"),
    Answer(NOT_SURE, "Not sure yet"),
)


class StepRenderer:
    """Turns KB records into steps for one camera plan."""

    def __init__(self, kb: KnowledgeBase, plan: CameraPlan) -> None:
        self.kb = kb
        self.plan = plan
        self.model = plan.model
        self.values = template_values(kb, plan.model)

    def _t(self, text: str) -> str:
        """A filled template; an empty value leaves no double space behind."""
        return re.sub(r" {2,}", " ", render(text, self.values)).strip()

    def _notes(self, *names: str) -> tuple[FactNote, ...]:
        notes = (fact_note(self.kb, self.model, n) for n in names)
        return tuple(n for n in notes if n is not None)

    def _pattern(self, pattern: str | None) -> str | None:
        if pattern == "@setup_mode":
            setup = self.model.setup_mode
            return setup.led if setup else None
        if pattern == "@while_holding":
            signal = self.model.while_holding
            return signal.led if signal else None
        return pattern

    def _base(self, step_id: str, why: Why | None) -> dict[str, object]:
        button = self.model.button
        hint = button.location if button and button.present else None
        return {
            "id": step_id,
            "why": why,
            "form_factor": self.model.form_factor.value if self.model.form_factor else None,
            "button_hint": hint,
        }

    def action_stage(self, step_id: str, action_id: str, stage: int, why: Why | None) -> Step:
        action = self.plan.actions[action_id]
        spec: StepSpec = action.steps[stage]
        head = self._t(action.title)
        base = self._base(step_id, why)
        answers = (DONE, NOT_SURE_ANSWER, CANT_ANSWER)
        if spec.do is not None:
            title = self._t(spec.title) if spec.title else head
            return Step(
                kind="action",
                title=title,
                text=self._t(spec.do),
                answers=answers,
                facts=self._notes("button", "power") if "{button" in spec.do else (),
                **base,  # type: ignore[arg-type]
            )
        if spec.wait is not None:
            return self._wait(spec, base)
        if spec.hold is not None:
            return self._hold(spec, head, base, keep_plugged=not action.powers_off)
        if spec.check == "app_finds":
            return self._app_check(base)
        return self._check(base)

    def _wait(self, spec: StepSpec, base: dict[str, object]) -> Step:
        note: tuple[str, ...]
        if spec.wait is WaitFor.boot:
            seconds = self.model.seconds("boot_seconds") or 120.0
            title, note = "Let the camera start up", ("boot_seconds", "powered_first")
            text = (
                f"Wait {duration(seconds)} after plugging it in, until the status light is "
                "on and steady. Pressing earlier is a common reason a reset does not take."
            )
        elif spec.wait is WaitFor.reboot:
            seconds = self.model.seconds("reboot_seconds") or 180.0
            title, note = "Let the camera restart", ("reboot_seconds",)
            text = f"Leave it alone for {duration(seconds)} while it restarts. Do not unplug it."
        else:
            seconds = spec.seconds or 60.0
            title, note = (self._t(spec.title) if spec.title else "Wait"), ()
            text = self._t(spec.text) if spec.text else f"Wait {duration(seconds)}."
        answers = (Answer("done", "Done waiting"), NOT_SURE_ANSWER, CANT_ANSWER)
        return Step(
            kind="wait",
            title=title,
            text=text,
            answers=answers,
            wait_seconds=seconds,
            facts=self._notes(*note),
            **base,  # type: ignore[arg-type]
        )

    def _hold(
        self, spec: StepSpec, head: str, base: dict[str, object], *, keep_plugged: bool
    ) -> Step:
        """The hold with its timer. In an attempt that has no power step of its own the camera
        is already on, so the page says not to unplug it first (a restart undoes the wait)."""
        lo, rec, hi = timer_of(self.model.hold)
        hold = spec.hold or "recommended"
        if hold == "long":
            seconds = long_hold(self.model.hold)
            timer = Timer(min(lo, seconds), seconds, seconds)
        elif hold.isdigit():
            timer = Timer(float(hold), float(hold), float(hold))
        else:
            timer = Timer(lo, rec, hi)
        text = self._t(spec.text) if spec.text else "Press and hold the reset button."
        if keep_plugged and not spec.unplugged:
            text += f" {KEEP_PLUGGED}"
        return Step(
            kind="action",
            title=f"Hold the reset button for {timer.recommended:g} seconds",
            text=text,
            answers=(Answer("done", "Done, I let go"), NOT_SURE_ANSWER, CANT_ANSWER),
            timer=timer,
            facts=() if spec.unplugged else self._notes("hold", "while_holding", "button"),
            pattern=self._pattern("@while_holding"),
            unplugged=spec.unplugged,
            **base,  # type: ignore[arg-type]
        )

    def _app_check(self, base: dict[str, object]) -> Step:
        """The second success check: a reset camera shows up in the app as a new device."""
        setup = self.model.setup_mode
        wifi = ""
        if setup is not None and setup.wifi_ssid:
            wifi = f", or a Wi-Fi network named like {setup.wifi_ssid} shows on your phone"
        text = (
            "To be sure the reset took: in the {line.app} app, start adding a new camera and "
            "follow it until it searches. A reset camera shows up as a new, unconfigured one"
            f"{wifi}. A wired camera may instead ask for a new password on its web page."
        )
        return Step(
            kind="question",
            title=self._t("Does the {line.app} app find it as a new camera?"),
            text=self._t(text),
            answers=(
                Answer("yes", "Yes, it shows up as new"),
                Answer("no", "No"),
                NOT_SURE_ANSWER,
                CANT_ANSWER,
            ),
            **base,  # type: ignore[arg-type]
        )

    def _check(self, base: dict[str, object]) -> Step:
        setup = self._pattern("@setup_mode")
        return Step(
            kind="question",
            title="Is the camera in setup mode now?",
            text=f"In setup mode {setup_words(self.kb, self.model.setup_mode)}.",
            answers=(
                Answer("yes", "Yes, it looks like this", setup),
                Answer("no", "No"),
                NOT_SURE_ANSWER,
                CANT_ANSWER,
            ),
            facts=self._notes("setup_mode"),
            pattern=setup,
            **base,  # type: ignore[arg-type]
        )

    def question(self, step_id: str, question_id: str, why: Why | None) -> Step:
        spec = self.plan.questions[question_id]
        answers = tuple(Answer(a.id, a.label, self._pattern(a.pattern)) for a in spec.answers)
        return Step(
            kind="question",
            title=self._t(spec.title),
            text=self._t(spec.text),
            answers=(*answers, NOT_SURE_ANSWER, CANT_ANSWER),
            **self._base(step_id, why),  # type: ignore[arg-type]
        )

    def outcome(self, step_id: str, reset: bool, why: Why | None) -> Step:
        ts = self.kb.troubleshooting
        record = ts.success if reset else ts.escalation
        return Step(
            kind="outcome",
            title=self._t(record.title),
            text=self._t(record.text),
            answers=FEEDBACK,
            **self._base(step_id, why),  # type: ignore[arg-type]
        )

    def why(self, engine_why: EngineWhy, kind: str, question_id: str | None = None) -> Why:
        names = self.plan.cause_names
        causes = tuple(Cause(f, names.get(f, f), float(p)) for f, p in engine_why.leading)
        lead = ", ".join(f"{c.name.lower()} ({c.probability:.0%})" for c in causes)
        summary = f"Most likely now: {lead}."
        if kind == "action" and engine_why.fixes:
            fixes = ", ".join(names.get(f, f).lower() for f, _ in engine_why.fixes[:3])
            chance = float(engine_why.p_success or 0)
            effect = (
                f"This step deals with {fixes}; about {chance:.0%} chance it resets the camera."
            )
        elif kind == "question" and engine_why.answers:
            parts = [
                f"“{self._answer_label(question_id, a.answer)}” points to "
                f"{names.get(a.leading, a.leading).lower()}"
                for a in engine_why.answers
            ]
            effect = "Your answer narrows it down: " + "; ".join(parts) + "."
        elif kind == "service":
            effect = "Nothing left to try at home is likely enough to be worth the time."
        else:
            effect = ""
        return Why(summary=summary, causes=causes, effect=effect)

    def _answer_label(self, question_id: str | None, answer_id: str) -> str:
        spec = self.plan.questions.get(question_id or "")
        for a in spec.answers if spec else ():
            if a.id == answer_id:
                return a.label
        return answer_id
