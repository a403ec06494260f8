"""Build the `Step` a person sees for a page of a reset attempt, a question or an outcome.

A step's content depends only on the camera and on which page it is, so each is built once
per camera plan and reused (past steps in a history are looked up, never rebuilt); only its
place in the session and the engine's "why" are added per session.
"""

from __future__ import annotations

from dataclasses import replace

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import StepSpec, WaitFor
from camreset.core.present.button_place import button_place
from camreset.core.present.facts import FactView, fact_view
from camreset.core.present.holds import long_hold, timer_of
from camreset.core.present.lights import light_answers, line_patterns
from camreset.core.present.phrases import button_words, setup_words
from camreset.core.present.step import Answer, Step, StepRef, Timer, Why
from camreset.core.present.values import fill, template_values
from camreset.core.present.words import (
    ANSWER_WORDS,
    CANT,
    DONE,
    FEEDBACK_WORDS,
    NETWORK_SKIP,
    NOT_SURE,
    duration,
)

NOT_SURE_ANSWER = Answer(NOT_SURE, ANSWER_WORDS[NOT_SURE], role="not_sure")
CANT_ANSWER = Answer(CANT, ANSWER_WORDS[CANT], role="cant")
NETWORK_SKIP_ANSWER = Answer(CANT, NETWORK_SKIP, role="cant")
WAY_OUTS = (NOT_SURE_ANSWER, CANT_ANSWER)
FEEDBACK = tuple(
    Answer(i, label, role="not_sure" if i == NOT_SURE else "answer") for i, label in FEEDBACK_WORDS
)
KEEP_PLUGGED = (
    "Do not unplug the camera first: it is on, and after a restart a press counts only once it "
    "has fully started again."
)
BOOT_FALLBACK = 120.0
REBOOT_FALLBACK = 180.0
"""Only if even camreset's general defaults lost their start-up and restart times."""
_NO_REF = StepRef(0, "action", "")


class StepRenderer:
    """Turns the KB records of one camera plan into steps."""

    def __init__(self, kb: KnowledgeBase, plan: CameraPlan) -> None:
        self.kb = kb
        self.plan = plan
        self.model = plan.model
        self.values = template_values(kb, plan.model)
        self.place = button_place(kb, plan.model)
        self.patterns = line_patterns(kb, plan.model.line.id)
        self._built: dict[tuple[str, str, int], Step] = {}

    # -- what sessions ask for ---------------------------------------------------------
    def step(self, ref: StepRef, why: Why | None = None) -> Step:
        """The step `ref` names, with the engine's reason when it has just been chosen."""
        key = (ref.kind, ref.ref, ref.stage)
        if key not in self._built:
            self._built[key] = self._build(ref)
        return replace(self._built[key], ref=ref, why=why)

    def _build(self, ref: StepRef) -> Step:
        if ref.kind == "question":
            return self._question(ref.ref)
        if ref.kind == "outcome":
            return self._outcome(ref.ref)
        return self._action_stage(ref.ref, ref.stage)

    # -- the pieces ----------------------------------------------------------------------
    def _t(self, text: str) -> str:
        return fill(text, self.values)

    def _facts(self, *names: str) -> tuple[FactView, ...]:
        views = (fact_view(self.kb, self.model, n) for n in names)
        return tuple(v for v in views if v is not None)

    def _pattern(self, pattern: str | None) -> str | None:
        if pattern == "@setup_mode":
            setup = self.model.setup_mode
            return setup.led if setup else None
        if pattern == "@while_holding":
            signal = self.model.while_holding
            return signal.led if signal else None
        return pattern

    def _base(self, kind: str, title: str, text: str, answers: tuple[Answer, ...]) -> Step:
        button = self.model.button
        return Step(
            ref=_NO_REF,
            kind=kind,  # type: ignore[arg-type]
            title=title,
            text=text,
            answers=answers,
            form_factor=self.model.form_factor.value if self.model.form_factor else None,
            button_hint=button_words(button) if button and button.present else None,
            place=self.place,
        )

    def _action_stage(self, action_id: str, stage: int) -> Step:
        action = self.plan.actions[action_id]
        spec: StepSpec = action.steps[stage]
        if spec.do is not None and spec.remote:  # done by camreset once the person confirms
            title = self._t(spec.title) if spec.title else self._t(action.title)
            return replace(self._base("action", title, self._t(spec.do), WAY_OUTS), remote=True)
        if spec.do is not None:
            title = self._t(spec.title) if spec.title else self._t(action.title)
            step = self._base(
                "action", title, self._t(spec.do), (Answer(DONE, ANSWER_WORDS[DONE]), *WAY_OUTS)
            )
            facts = self._facts("button", "power") if "{button" in spec.do else ()
            return replace(step, facts=facts)
        if spec.wait is not None:
            return self._wait(spec)
        if spec.hold is not None:
            return self._hold(spec, keep_plugged=not action.powers_off)
        if spec.check == "app_finds":
            return self._app_check()
        if spec.check == "added":
            return self._added_check()
        if spec.check == "still_works":
            return self._works_check()
        if spec.check == "new_password":
            return self._password_check()
        return self._setup_check()

    def _wait(self, spec: StepSpec) -> Step:
        names: tuple[str, ...] = ()
        if spec.wait is WaitFor.boot:
            seconds = self.model.seconds("boot_seconds") or BOOT_FALLBACK
            title, names = "Let the camera start up", ("boot_seconds", "powered_first")
            text = (
                f"Wait {duration(seconds)} after plugging it in, until the status light is "
                "on and steady. Pressing earlier is a common reason a reset does not take."
            )
        elif spec.wait is WaitFor.reboot:
            seconds = self.model.seconds("reboot_seconds") or REBOOT_FALLBACK
            title, names = "Let the camera restart", ("reboot_seconds",)
            text = f"Leave it alone for {duration(seconds)} while it restarts. Do not unplug it."
        else:
            seconds = spec.seconds or 60.0
            title = self._t(spec.title) if spec.title else "Wait"
            text = self._t(spec.text) if spec.text else f"Wait {duration(seconds)}."
        answers = (Answer(DONE, ANSWER_WORDS["done_waiting"]), *WAY_OUTS)
        step = self._base("wait", title, text, answers)
        return replace(step, wait_seconds=seconds, facts=self._facts(*names))

    def _hold(self, spec: StepSpec, *, keep_plugged: bool) -> Step:
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
        answers = (Answer(DONE, ANSWER_WORDS["let_go"]), *WAY_OUTS)
        step = self._base(
            "action", f"Hold the reset button for {timer.recommended:g} seconds", text, answers
        )
        return replace(
            step,
            timer=timer,
            facts=() if spec.unplugged else self._facts("hold", "while_holding", "button"),
            pattern=self._pattern("@while_holding"),
            unplugged=spec.unplugged,
        )

    def _app_check(self) -> Step:
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
        answers = (Answer("yes", "Yes, it shows up as new"), Answer("no", "No"), *WAY_OUTS)
        title = self._t("Does the {line.app} app find it as a new camera?")
        return self._base("question", title, self._t(text), answers)

    def _added_check(self) -> Step:
        """The end of the job: the camera is added again and works."""
        app = self.model.line.app
        title = (
            f"Is it added in the {app} app, showing live video?"
            if app
            else "Does its page (or your recorder) show the camera, with your new password?"
        )
        text = (
            "Finish the app's steps until you see the camera's live picture. If something stops "
            "you, answer No: the next step deals with it."
        )
        answers = (Answer("yes", "Yes, it works again"), Answer("no", "No"), *WAY_OUTS)
        return self._base("question", title, text, answers)

    def _works_check(self) -> Step:
        """A second look at the end: a camera that only seemed added shows up here."""
        app = self.model.line.app
        title = "Does it still show its picture?"
        text = (
            f"Close the {app} app completely and open it again. Does the camera show its live "
            "picture (not offline, not asking to be set up)?"
            if app
            else "Close the browser tab (or the recorder's view), open the camera again and log "
            "in with your new password. Does its live picture show?"
        )
        answers = (Answer("yes", "Yes, live picture"), Answer("no", "No"), *WAY_OUTS)
        return self._base("question", title, text, answers)

    def _password_check(self) -> Step:
        """The vendor's route worked when the person can log in with the password they set."""
        text = (
            "Log in on the camera's page (or in the app) with the new password you just set. "
            "If the code was refused or has expired, answer No."
        )
        answers = (Answer("yes", "Yes, I'm logged in"), Answer("no", "No"), *WAY_OUTS)
        return self._base("question", "Can you log in with the new password?", text, answers)

    def _setup_check(self) -> Step:
        setup = self._pattern("@setup_mode")
        answers = (Answer("yes", "Yes, it looks like this", setup), Answer("no", "No"), *WAY_OUTS)
        text = f"In setup mode {setup_words(self.kb, self.model.setup_mode)}."
        step = self._base("question", "Is the camera in setup mode now?", text, answers)
        return replace(step, facts=self._facts("setup_mode"), pattern=setup)

    def _question(self, question_id: str) -> Step:
        spec = self.plan.questions[question_id]
        if spec.answered_by == "network":  # camreset answers it; the person may only skip
            step = self._base(
                "question",
                self._t(spec.title),
                self._t(spec.text),
                (NOT_SURE_ANSWER, NETWORK_SKIP_ANSWER),
            )
            return replace(step, network=True)
        answers = tuple(
            replace(a, pattern=self._pattern(a.pattern))
            for a in light_answers(self.kb, spec.answers, self.patterns)
        )
        return self._base("question", self._t(spec.title), self._t(spec.text), answers + WAY_OUTS)

    def _outcome(self, which: str) -> Step:
        ts = self.kb.troubleshooting
        if which == "done":
            title, text = ts.success.added_title, ts.success.added_text
        elif which == "escalate-provider":
            title, text = ts.escalation.provider_title, ts.escalation.provider_text
        elif which == "no-reset" and ts.escalation.no_reset_title and ts.escalation.no_reset_text:
            title, text = ts.escalation.no_reset_title, ts.escalation.no_reset_text
        else:
            title, text = ts.escalation.title, ts.escalation.text
        return self._base("outcome", self._t(title), self._t(text), FEEDBACK)
