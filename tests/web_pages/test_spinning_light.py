"""A spinning light is drawn as one (accessibility review 75 F, #11): a Ring doorbell's white
"going round (spinning)" was drawn W → off → W → off, a white blink, so a person matching the
picture might answer "No" to a spinning ring. Driven by the pattern library's `motion: spin`,
for every pattern that has it, not by a model."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from camreset.core.kb.schema import Pattern
from camreset.kb_files import load_kb
from camreset.web.pages.leds import LedPattern, Phase, stylesheet

from .conftest import PageClient
from .flow import answer, start

KB = load_kb()
SPINNING = [p for p in KB.patterns.values() if getattr(p, "motion", None) == "spin"]


def test_the_ring_doorbells_setup_light_is_a_ring_that_turns(client: PageClient) -> None:
    url = start(client, "Ring Video Doorbell 2", have=("pin",))
    page = client.page(url)
    for _ in range(12):
        if page.select_one(".hint.led-answer .swatches"):
            break
        offered = [str(b["value"]) for b in page.select("form.answers button")]
        page = answer(client, url, next((a for a in ("done", "yes") if a in offered), offered[0]))
    hint = page.select_one(".hint.led-answer")
    assert hint is not None, page.h1.get_text()
    assert "White light going round (spinning)" in hint.get_text()  # the words say it
    still = hint.select(".swatches .swatch")
    assert [s.get_text() for s in still] == ["W"]  # one ring, not four blinks
    assert "swatch-ring" in still[0]["class"] and "led-s-spin-white" in still[0]["class"]
    assert [a.get_text() for a in hint.select(".swatches .arrow")] == ["↻"]
    yes = page.select_one("form.answers button.led-answer .swatches")
    assert yes is not None and yes.select_one(".swatch-ring") is not None


def test_every_spinning_pattern_turns_and_no_blink_does(client: PageClient) -> None:
    assert SPINNING  # the library's Ring spin, at least
    css = client.get("/leds.css").text
    for pattern in SPINNING:
        rule = css.split(f".led-p-{pattern.id}{{", 1)[1].split("}", 1)[0]
        assert "conic-gradient(" in rule and "linear infinite" in rule, rule
        assert f"@keyframes led-{pattern.id}{{to{{transform:rotate(1turn)}}}}" in css
        assert f"@keyframes ledsvg-{pattern.id}{{to{{transform:rotate(1turn)}}}}" in css
        assert f".led-s-{pattern.id}{{background:" in css  # the still ring
    assert "@keyframes led-blink-white{to{transform" not in css
    assert "rotate" not in css.split(".led-p-blink-white{", 1)[1].split("@keyframes", 2)[1]


def test_a_spinning_light_of_any_colour_is_drawn_turning() -> None:
    """Not a Ring special case: a blue spin a line might add turns, in blue."""
    blue = LedPattern(
        "spin-blue", "Blue light going round (spinning)", (Phase("blue", 300), Phase("off", 300)),
        "spin",
    )  # fmt: skip
    css = stylesheet(KB.colors, [blue])
    assert "@keyframes led-spin-blue{to{transform:rotate(1turn)}}" in css
    assert f"conic-gradient({KB.colors['blue']} 0.0deg 180.0deg" in css


@pytest.mark.parametrize(
    ("name", "steps", "said"),
    [
        ("Blue light going round", [{"color": "blue", "ms": 300}], '"spinning"'),
        ("Nothing spinning", [{"color": "off", "ms": 300}], "a lit phase"),
    ],
)
def test_a_spinning_pattern_says_so_and_has_a_light(
    name: str, steps: list[dict[str, object]], said: str
) -> None:
    """A screen reader gets the words only: a spinning pattern's name says "spinning"."""
    with pytest.raises(ValidationError, match=said):
        Pattern.model_validate({"id": "spin-x", "name": name, "motion": "spin", "steps": steps})
