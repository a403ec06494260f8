""" "How is the doorbell powered? — Not sure": its battery and its wiring, not an outlet or PoE.

An unknown-brand doorbell whose light was off was asked for another PoE port, the light at its
port, a lamp in "the same outlet the doorbell uses" and its injector, and never about its
battery or the doorbell wiring (session-71 review E, #1). Logs started before
UNSURE_DOORBELL_RULES replay as they ran."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.later_rules import UNSURE_DOORBELL_RULES
from camreset.core.session.rules import RULES

OPENING = ("wont-reset", "until-change", "nothing", "not_sure")
"""The reviewer's opening: held until it changed, nothing happened, not sure it restarted."""
UNSURE = (*OPENING, "off", "not_sure")
"""Then its light "Off", and "Not sure" how it is powered."""
DOORBELL = {"line": "other", "form_factor": "doorbell", "have": ("pin",)}
POE_OR_OUTLET = ("poe", "outlet", "injector", "network cable", "lamp")


def _words(state: SessionState) -> str:
    step = state.current
    return f"{step.title} {step.text}".casefold()


def _on(guide: Guide, *more: str) -> SessionState:
    state = answered(guide, UNSURE[:-2], **DOORBELL)
    assert state.current.ref.ref == "status-light"
    state = answered(guide, UNSURE + more, **DOORBELL)
    return state


def test_not_sure_asks_of_its_battery_then_its_transformer(guide: Guide) -> None:
    assert RULES >= UNSURE_DOORBELL_RULES
    state = _on(guide)
    assert state.current.title == "Is the battery full enough?"
    assert any("No battery? Answer “I can't do this”." in n for n in state.current.notices)
    state = _on(guide, "charged")
    assert state.current.title == "What does the doorbell transformer say?"
    assert any("Not on the old doorbell's wires?" in n for n in state.current.notices)


def test_a_low_battery_is_charged_and_a_weak_transformer_mended(guide: Guide) -> None:
    assert _on(guide, "low").current.ref.ref == "charge-battery"
    assert _on(guide, "charged", "too-little").current.ref.ref == "doorbell-power"


def test_no_outlet_or_poe_step_and_get_ready_names_the_doorbell_wiring(guide: Guide) -> None:
    state = _on(guide, "not_sure", "not_sure")
    assert state.current.title == "Get ready"
    assert "battery or the doorbell wiring" in _words(state)
    state = answered(guide, (*UNSURE, "not_sure", "not_sure", "not_sure"), **DOORBELL)
    for _ in range(6):  # the pages after it: none about an outlet or a PoE port
        assert not any(w in _words(state) for w in POE_OR_OUTLET[:2]), state.current.title
        answers = [a.id for a in state.current.answers]
        pick = next(a for a in ("not_sure", "done", "not-found", "cant") if a in answers)
        state = answered(guide, [*_said(state), pick], **DOORBELL)


def _said(state: SessionState) -> list[str]:
    return [e.answer for e in state.events[1:] if e.type == "answered" and e.answer]


def test_a_log_started_before_still_asks_for_another_poe_port(guide: Guide) -> None:
    old = started_under(guide, _on(guide), UNSURE_DOORBELL_RULES - 1)
    assert old.current.ref.kind == "tool" and old.current.ref.ref == "poe_port"
    assert "poe" in _words(old)
