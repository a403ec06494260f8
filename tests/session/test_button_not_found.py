"""An installer with a Hikvision dome whose password is forgotten and whose button cannot be
found (a reviewer): after "I still can't find it" the session asked "Do you feel a click when
you press?", then "Hold the reset button for 30 seconds"; it asked "Do you know the camera's
admin password?" of someone who opened with "I forgot its password"; and its support page
offered "another power outlet, which you said you don't have" for a PoE camera."""

from __future__ import annotations

from tests.session.conftest import T0, start_event

from camreset.core.session import Command, Guide, SessionState

HIKVISION = "hikvision-ds-2cd2143g2-i"
OPENING = ("forgot-password", "not-for-me", "no", "network-cable", "no-light", "on", "have")


def answered(guide: Guide, answers: tuple[str, ...], have: tuple[str, ...]) -> SessionState:
    state = guide.replay([start_event(guide, model=HIKVISION, have=have)])
    for answer in answers:
        assert state.current.offers(answer), (state.current.id, answer)
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    return state


def test_a_button_not_found_is_searched_for_not_pressed(guide: Guide) -> None:
    state = answered(guide, (*OPENING, "cant", "no-button", "not-found"), ("computer",))
    assert state.current.ref.ref == "find-button"  # the thorough search, not a click or hold
    state = answered(
        guide,
        (*OPENING, "cant", "no-button", "not-found", "cant", "no-button", "not-found"),
        ("computer",),
    )
    assert state.current.ref.ref == "vendor-code-reset"  # the way in without the button


def test_someone_who_forgot_the_password_is_never_asked_whether_they_know_it(
    guide: Guide,
) -> None:
    state = answered(guide, (*OPENING, "cant", "no-button", "not-found"), ("computer",))
    for _ in range(40):
        step = state.current
        assert "admin password" not in step.title, step.title
        if step.kind == "outcome":
            break
        order = ("not-found", "no", "done", "have", "yes")
        plain = next(a.id for a in step.answers if a.role == "answer")
        answer = next((a for a in order if step.offers(a)), plain)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    assert state.current.kind == "outcome"


def test_the_support_page_offers_nothing_ruled_out_or_never_refused(guide: Guide) -> None:
    """Each step answered "can't" (no other outlet was ever asked about, and the password is
    what they came without)."""
    state = answered(guide, OPENING, ("computer",))
    for _ in range(60):
        step = state.current
        if step.kind == "outcome":
            break
        order = ("cant", "no-button", "not-found", "no", "other")
        plain = next(a.id for a in step.answers if a.role == "answer")
        answer = next((a for a in order if step.offers(a)), plain)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    notice = state.current.notice or ""
    assert "outlet" not in notice and "admin password" not in notice, notice
