"""A camera with no reset button whose maker gives a way inside it (the Amcrest IPM-743E's
board contacts): every support page names that way and how long (KB audit 68, R2)."""

from __future__ import annotations

from datetime import timedelta

from tests.session.conftest import Driver, answered, start_event

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


def test_the_way_at_home_for_the_missing_button_is_not_only_the_password(guide: Guide) -> None:
    """The same page said first that the likeliest cause, the missing button, "is one you
    could deal with at home with the camera's admin password, which you said you don't
    have", as if that were the only way, above the way inside that needs none (R2, left
    over): it names both now, the password with its "if you can get that after all"."""
    state = answered(guide, WONT_RESET, model=IPM, have=("pin", "app"))
    notices = state.current.notices
    worth = next(n for n in notices if n.startswith("Before you contact support"))
    assert "no reset button to press: it has to be reset another way" in worth
    assert "could deal with at home in two ways, each worth trying before support:" in worth
    assert "with the camera's admin password, which you said you don't have, if" in worth
    assert "or without it, by the way inside the camera in the note below." in worth
    below = notices[notices.index(worth) + 1 :]
    assert any(
        f"a way inside the camera, which this guide does not walk you through: {WAY}" in n
        for n in below
    )


def test_a_camera_with_a_button_keeps_the_one_way_at_home(guide: Guide) -> None:
    """Where the sources give no way inside (a Tapo C200 has a button), the page still names
    the one thing lacking alone, with its "If you can get that after all"."""
    d = Driver(guide, start_event(guide, model="tapo-c200", have=("pin", "app")))
    d.gap = timedelta(minutes=10)
    for answer in C200_NO_PIN:
        d.send(answer)
    notice = d.state.current.notice or ""
    assert "is one you could deal with at home with a paperclip or a pin, which you" in notice
    assert "If you can get that after all, it is worth trying before support." in notice
    assert "in two ways" not in notice and "a way inside the camera" not in notice


C200_NO_PIN = [
    "wont-reset",
    "not_sure",
    "skip-questions",
    "done",
    "not_sure",
    "no",
    "not_sure",
    "not_sure",
    "done",
    "not_sure",
    "done",
    "cant",
    "other",
    "cant",
    "no-pin",
    "cant",
    "still-restarting",
]
"""A walk to a support page that names a pin, said to be lacking, as what would deal with
the likeliest cause (a weak adapter)."""
