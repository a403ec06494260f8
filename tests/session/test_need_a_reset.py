"""The "Do you need a reset?" opening for people who forgot a password, move a camera to a new
network, or skip its questions (need-a-reset review 66, E): what they read and where each
answer leads."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.session import Guide, SessionState
from camreset.core.session.rules import RULES


def _as_started_under(guide: Guide, state: SessionState, rules: int) -> SessionState:
    """The same log replayed as if it had been started under `rules`."""
    started, *rest = state.events
    old = started.model_copy(update={"data": {**started.data, "rules": rules}})
    return guide.replay([old, *rest])


def test_a_blink_owner_who_forgot_the_password_gets_the_apps_forgot_password(
    guide: Guide,
) -> None:
    """E F2: Blink's only way back in was "Contact Blink Support if you lost access to the
    account phone number"; Blink's own page gives the app's "Forgot Password?" and a code
    sent to the account's email. A log started before keeps the page it was shown."""
    state = answered(guide, ("forgot-password",), model="blink-mini", have=("pin", "app"))
    step = state.current
    first = step.text.split("• ", 1)[1]
    assert first.startswith("Forgot the account password: Blink app sign-in screen > tap the")
    assert "Contact Blink Support" in step.text  # the lost-phone case stays, second
    assert step.text.index("Forgot Password?") < step.text.index("Contact Blink Support")
    assert any("troubleshoot-forgot-password" in s for f in step.facts for s in f.sources)
    assert state.events[0].data["rules"] == RULES >= 64
    old = _as_started_under(guide, state, 63).current
    assert "Forgot Password?" not in old.text and "Contact Blink Support" in old.text
