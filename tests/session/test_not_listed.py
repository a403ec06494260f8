"""A reset in an app the camera is not added in: "What stops you?" offers that it is not
listed there, the page's own condition (merged-diff review 68, N #7)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import as_started_under

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, render_text
from camreset.core.session.later_rules import NOT_IN_APP_RULES


def _to_why_cant(make_driver: Any, model: str, rules: int | None = None) -> Any:
    d = make_driver(model=model, have=("app", "pin", "original_adapter", "other_outlet"))
    if rules is not None:
        as_started_under(d, rules)
    for _ in range(40):  # a camera never offered the reset in the app fails here, not hangs
        if d.state.current.ref.ref == "app-reset":
            break
        d.pick("no", "done", "not_sure")
    assert d.state.current.ref.ref == "app-reset"
    d.send("cant")
    assert d.state.current.title == "What stops you?"
    return d


def test_a_swann_not_listed_in_the_swann_security_app_can_say_so(
    make_driver: Any, kb: KnowledgeBase
) -> None:
    """The page reads "It works only if the camera is also listed, and online, in the Swann
    Security app … If it is not in the Swann Security app, answer “I can't do this”"; its
    reasons named only the SAFE by Swann app. Saying so leaves the reset in the app, and
    tells nothing of its power (unlike "It shows as offline")."""
    d = _to_why_cant(make_driver, "swann-swwhd-intcam")
    labels = [a.label for a in d.state.current.answers]
    assert labels[0] == "It is not listed in the Swann Security app"
    assert "It shows as offline in the Swann Security app" in labels
    belief = {c.id: c.probability for c in d.state.belief}
    d.send("not-listed")
    assert d.state.history[-1].result == "could not reset it from that app"
    assert {c.id: c.probability for c in d.state.belief} == belief
    assert d.state.current.notice == (
        "The camera is not listed in the Swann Security app, so it can't be reset from there: "
        "this is the next way to try."
    )
    d.pick("have", "no", "done", "not_sure")
    assert "not listed" not in (d.state.current.notice or "")  # said once, on the next page
    for _ in range(30):
        if d.state.finished:
            break
        assert d.state.current.ref.ref != "app-reset"  # left, not offered again
        d.pick("no", "done", "not_sure")
    report = render_text(build_report(kb, d.state))
    assert "Answer: It is not listed in the Swann Security app" in report


def test_a_camera_whose_path_is_in_its_own_app_is_not_asked(make_driver: Any) -> None:
    d = _to_why_cant(make_driver, "tapo-c200")
    assert "not-listed" not in {a.id for a in d.state.current.answers}


def test_a_swanns_other_reasons_name_the_app_the_reset_is_made_in(make_driver: Any) -> None:
    """Session 68 leftover of N #7: beside "It is not listed in the Swann Security app", the
    SWWHD-INTCAM's "What stops you?" read "It shows as offline in the SAFE by Swann app" and
    "I don't have a phone with the SAFE by Swann app", under a page whose one condition is the
    camera "listed, and online, in the Swann Security app". Now the offline reason names the
    app the reset is made in, and the phone's names both apps its sources record for it (it
    is added in SAFE by Swann, its reset path is in Swann Security). A camera whose path is in
    its own app, and a Nest added in Google Home, likewise."""
    labels = [
        a.label for a in _to_why_cant(make_driver, "swann-swwhd-intcam").state.current.answers
    ]
    assert labels[1:3] == [
        "It shows as offline in the Swann Security app",
        "I don't have a phone with the SAFE by Swann app or the Swann Security app",
    ]
    assert not any("SAFE by Swann" in label for label in labels[:2])
    # a session started before NOT_IN_APP_RULES: since then this Nest is not sent to the Nest app
    older = _to_why_cant(make_driver, "nest-cam-indoor-wired", NOT_IN_APP_RULES - 1)
    nest = [a.label for a in older.state.current.answers]
    assert nest[1:3] == [
        "It shows as offline in the Nest app",
        "I don't have a phone with the Google Home app or the Nest app",
    ]
    tapo = [a.label for a in _to_why_cant(make_driver, "tapo-c200").state.current.answers]
    assert tapo[:2] == [
        "It shows as offline in the Tapo app",
        "I don't have a phone with the Tapo app",
    ]
