"""A wait page of an attempt: start-up, restart, or a wait of its own length.

Split from steps.py when a restart after a removal from the app got words of its own: the
app's reset that is Kasa's Remove Device, which may reset it, is followed by turning the
camera off and on, as the TP-Link seed says, where every other restart (Arlo's and Nest's
removals too: their makers say these reset it) says not to unplug it (KB audit 68, R4).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Action, Capability, StepSpec, WaitFor
from camreset.core.present import holds
from camreset.core.present.holds import boot_wait
from camreset.core.present.number_words import duration
from camreset.core.present.step import Answer, Step
from camreset.core.present.values import removal_may_reset
from camreset.core.present.way_outs import WAY_OUTS
from camreset.core.present.words import ANSWER_WORDS, DONE

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def after_removal(model: ResolvedModel, action: Action) -> bool:
    """Whether a restart in `action` follows a removal from the app that may reset the camera
    (Kasa's Remove Device): its page says to turn it off and on, not "Do not unplug it", and
    a later page must not recall it as having said so (session 68, R4)."""
    return Capability.app_reset in action.needs and removal_may_reset(model)


def leaves_it_on(model: ResolvedModel, action: Action, spec: StepSpec) -> bool:
    """Whether a page of `action` says not to cut the power ("Do not unplug it"): a restart
    wait, but not the one after a removal that may reset it: a later page recalled that one
    as "not to cut the power" too (session 68, R4 of the KB audit)."""
    return spec.wait is WaitFor.reboot and not after_removal(model, action)


def wait_page(r: StepRenderer, spec: StepSpec, after_power: bool, removed: bool) -> Step:
    """A wait page; a start-up wait's words say whether the attempt just gave it power, a
    restart's whether it follows a removal from the app that may reset it (`removed`)."""
    names: tuple[str, ...] = ()
    if spec.wait is WaitFor.boot:
        seconds = r.model.seconds("boot_seconds") or holds.BOOT_FALLBACK
        title, names = "Let the camera start up", ("boot_seconds", "powered_first")
        text = boot_wait(r.model, after_power, duration(seconds), r.power.on)
    elif spec.wait is WaitFor.reboot:
        seconds = r.model.seconds("reboot_seconds") or holds.REBOOT_FALLBACK
        names = ("reboot_seconds",)
        title, text = r.power.restart(duration(seconds), removed)
    else:
        seconds = spec.seconds or 60.0
        title = r.fill(spec.title) if spec.title else "Wait"
        text = r.fill(spec.text) if spec.text else f"Wait {duration(seconds)}."
    answers = (Answer(DONE, ANSWER_WORDS["done_waiting"]), *WAY_OUTS)
    step = r.base("wait", title, text, answers)
    return replace(step, wait_seconds=seconds, facts=r.facts(*names))
