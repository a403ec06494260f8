"""Drawings, the LED pattern stylesheet and the static files people's browsers load."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.web.drawings import DRAWINGS, FORM_FACTORS, drawing_svg
from camreset.web.pages.leds import LedPattern, Phase, stylesheet

from .conftest import PageClient


@pytest.mark.parametrize("form_factor", FORM_FACTORS)
def test_every_shape_is_drawn_for_choosing_it_without_a_marker(form_factor: str) -> None:
    svg = BeautifulSoup(str(drawing_svg(form_factor)), "html.parser").svg
    assert svg["role"] == "img" and svg["aria-label"] == DRAWINGS[form_factor].name
    assert svg.find(class_="d-reset") is None and svg.find(class_="d-maybe-ring") is None
    assert not svg.find_all(attrs={"style": True}), "the CSP forbids inline styles"


def test_decorative_drawing_is_hidden_from_screen_readers() -> None:
    svg = BeautifulSoup(str(drawing_svg("dome", decorative=True)), "html.parser").svg
    assert svg["aria-hidden"] == "true"


def test_stylesheet_animates_each_pattern_in_its_own_rhythm() -> None:
    css = stylesheet(
        {"red": "#e0262b", "off": "#2b2b2b"},
        [LedPattern("blink-red", "Slow red", (Phase("red", 500), Phase("off", 500)))],
    )
    assert ".led-p-blink-red{" in css and "1000ms step-end infinite" in css
    assert "@keyframes led-blink-red{0.000%{background-color:#e0262b" in css
    assert "50.000%{background-color:#2b2b2b" in css
    assert "prefers-reduced-motion: reduce" in css


def test_stylesheet_skips_ids_that_could_break_out_of_css() -> None:
    css = stylesheet({"red}body{": "#e0262b"}, [LedPattern("x}{", "bad", (Phase("red", 100),))])
    assert "body{" not in css and "x}{" not in css


def test_leds_css_route_covers_the_whole_pattern_library(
    client: PageClient, kb: KnowledgeBase
) -> None:
    response = client.get("/leds.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    for pattern_id in kb.patterns:
        assert f"@keyframes led-{pattern_id}{{" in response.text
    for color in kb.colors:
        assert f".led-c-{color}{{" in response.text


def test_static_files_are_served(client: PageClient) -> None:
    assert client.get("/static/app.css").status_code == 200
    script = client.get("/static/app.js")
    assert script.status_code == 200 and "navigator.vibrate" in script.text
