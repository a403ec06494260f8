"""A helpdesk reference typed in the box that finds a camera finds the session in this
browser's list, or says plainly that none has it: a colleague taking a call-back typed the
ticket "T-4411" and read "It looks like a eufy Security model" (helpdesk review 70 H, #4)."""

from __future__ import annotations

from .conftest import PageClient
from .flow import start


def _with_reference(desk: PageClient, reference: str) -> str:
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    form = desk.page(url).select_one("form[action$='/reference']")
    assert desk.submit(form, reference=reference).status_code == 303
    return url


def test_the_reference_finds_the_session_in_this_browsers_list(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, _ = two_screens
    url = _with_reference(desk, "T-4411 (2nd call)")
    found = desk.get("/find?q=t-4411")
    assert found.status_code == 303
    assert found.headers["location"] == url


def test_a_reference_no_session_here_has_is_said_plainly_not_read_as_a_model(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, colleague = two_screens
    _with_reference(desk, "T-4411")
    page = colleague.page("/find?q=T-4411")  # another browser: not in its list
    said = " ".join(page.select_one("#q-problem").get_text().split())
    assert said.startswith("No session in this browser's list has the reference “T-4411”")
    assert 'camreset sessions --ref "T-4411"' in said
    assert "looks like a eufy" not in " ".join(page.get_text().split())
    assert page.title.get_text().startswith("No session with that reference")


def test_a_models_own_name_is_still_searched_as_a_camera(client: PageClient) -> None:
    page = client.page("/find?q=T8410")  # a eufy camera's model number: no dash
    assert page.select_one("#q-problem") is None or "reference" not in page.get_text()


def test_a_cameras_name_in_a_reference_still_finds_the_camera(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """A desk that wrote the camera into the reference: the next search for that camera finds
    the camera, not the earlier caller's session (merged-diff review 70 N, #1)."""
    desk, _ = two_screens
    url = _with_reference(desk, "Jones, Tapo C200")
    for typed in ("tapo c200", "C200"):
        found = desk.get(f"/find?q={typed}")
        assert found.headers.get("location") != url, typed
    assert desk.get("/find?q=Jones, Tapo C200").headers["location"] == url  # the whole of it
