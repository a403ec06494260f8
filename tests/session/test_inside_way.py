"""A camera with no reset button whose maker gives a way inside it (the Amcrest IPM-743E's
board contacts): every support page names that way and how long (KB audit 68, R2)."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.session import Guide

IPM = "amcrest-ipm-743e"
WONT_RESET = ("wont-reset", "steady", "done", "no", "have", "cant", "no")
"""It won't reset; the light steady; Amcrest's recovery code done, but no login with it; a
computer at hand, not the admin password; no login on a last look either."""
WAY = "unscrew the top and bridge the reset contacts on the main board with a paperclip"


def test_support_for_a_camera_that_wont_reset_names_the_makers_way_inside(guide: Guide) -> None:
    """It went to "Worth one more try before Amcrest support … the likeliest cause now, no
    reset button to press … is one you could deal with at home with the camera's admin
    password", never naming the maker's own reset, which needs none."""
    state = answered(guide, WONT_RESET, model=IPM, have=("pin", "app"))
    assert state.current.ref.ref.startswith("escalate")
    notice = state.current.notice or ""
    assert f"a way inside the camera, which this guide does not walk you through: {WAY}" in notice
    assert f"{WAY}, for at least 5 seconds." in notice


def test_support_for_a_forgotten_password_gives_the_hold_too(guide: Guide) -> None:
    state = answered(guide, ("forgot-password", "reset-it"), model=IPM, have=None)
    notice = state.current.notice or ""
    assert notice.count("a way inside the camera") == 1
    assert f"{WAY}, for at least 5 seconds." in notice
