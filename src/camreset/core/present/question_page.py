"""A question's page: the answers it offers this camera, in its own words and lights.

Its own module, out of steps.py (which turns each kind of page into a `Step`): which answers a
question keeps depends on the camera (the ways it may be powered, no Wi-Fi to join, a hub it
joins instead), and one camreset answers over the network leaves the person only a way out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.guide.power_choices import power_answers
from camreset.core.kb.power_values import JOINS_ITS_HUB, HubKind
from camreset.core.present.lights import light_answers
from camreset.core.present.step import Step
from camreset.core.present.way_outs import (
    NETWORK_SKIP_ANSWER,
    NOT_SURE_ANSWER,
    SKIP_QUESTION_ANSWER,
    WAY_OUTS,
)

ADDED_IN_APP = frozenset({HubKind.hub, HubKind.homebase, HubKind.sync_module})
"""Hubs a camera is added through in its app alone: no computer can add it (a recorder's
camera, an NVR's, can be added on the recorder's own screen or page)."""

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def question_page(renderer: StepRenderer, question_id: str) -> Step:
    """The page of question `question_id` for this camera."""
    spec = renderer.plan.questions[question_id]
    fill = renderer.fill
    if spec.answered_by == "network":  # camreset answers it; the person may only skip
        step = renderer.base(
            "question", fill(spec.title), fill(spec.text), (NOT_SURE_ANSWER, NETWORK_SKIP_ANSWER)
        )
        return replace(step, network=True)
    model = renderer.model
    powered = power_answers(spec, model, renderer.plan.by_cable)  # the ways it may be
    offered = [
        a
        for a in spec.answers
        if (not a.power or a in powered) and not (a.wifi and renderer.no_wifi)
    ]
    hub = model.pairs_via
    if hub is not None and hub.kind in JOINS_ITS_HUB:  # it joins the hub, not the Wi-Fi
        offered = [
            a.model_copy(update={"label": fill(a.via_hub)}) if a.via_hub else a for a in offered
        ]
    if hub is not None and hub.kind in ADDED_IN_APP and model.app and model.recorder is None:
        offered = [a.model_copy(update={"label": a.in_app}) if a.in_app else a for a in offered]
    answers = tuple(
        replace(a, label=fill(a.label), pattern=renderer.pattern(a.pattern))
        for a in light_answers(renderer.kb, offered, renderer.patterns)
    )
    outs = (NOT_SURE_ANSWER, SKIP_QUESTION_ANSWER) if spec.remembered else WAY_OUTS
    step = renderer.base("question", fill(spec.title), fill(spec.text), answers + outs)
    # a question that has the button pressed shows where it is, as an attempt does
    button = renderer.facts("button") if "{button" in spec.text else ()
    return replace(step, facts=button + renderer.shown_facts(*spec.shows))
