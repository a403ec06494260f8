"""A light's place said on a page is not denied under its drawing (session-71 review E, #10).

A Ring Stick Up Cam Battery's "Is the camera in setup mode now?" said "In setup mode the light
shows white pulsing (LED on the back)." and under the drawing "No source says where this
camera's light is: yours may be elsewhere."; every camera's "What is the status light doing
right now?" said "Look at the small light on the front of the camera", which no source says."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.session import Guide
from camreset.kb_files import load_kb
from camreset.web.drawings import light_figure
from camreset.web.pages.step_view import step_figure


def test_the_drawing_says_the_side_the_page_names() -> None:
    guide = Guide(load_kb())
    ring = {"model": "ring-stick-up-cam-battery", "have": ("app", "pin")}
    state = answered(guide, ("no-power", "done", "done", "done", "done"), **ring)
    step = state.current
    assert step.title == "Is the camera in setup mode now?"
    assert "(LED on the back)" in step.text
    figure = step_figure(step)
    assert figure is not None
    assert "No source says where" not in figure.words
    assert "light on the back" in figure.words


def test_no_side_said_keeps_no_source_says_where_in_the_shapes_noun() -> None:
    assert "No source says where this camera's light is" in light_figure("indoor", None).words
    assert "this doorbell's light" in light_figure("doorbell", None).words


def test_the_light_question_names_no_side() -> None:
    guide = Guide(load_kb())
    state = answered(
        guide, ("wont-reset", "until-change", "nothing", "not_sure"), model="wyze-cam-v3"
    )
    assert state.current.ref.ref == "status-light"
    assert "on the front" not in state.current.text
    assert "small status light" in state.current.text
