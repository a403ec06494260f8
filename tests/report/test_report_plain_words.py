"""The report in words a vendor's support reads as the person's facts, not camreset's own
terms or doubts (support-report review 67 I, #11)."""

from __future__ import annotations

import re

from tests.report.test_report_sources import KB, text, walk

from camreset.core.report import build_report


def test_a_ring_doorbells_report_has_no_internal_id_line_or_doubtful_results() -> None:
    state = walk("ring-battery-doorbell", "pin,app")
    report = text(state)
    camera = next(line for line in report.splitlines() if line.startswith("Camera:"))
    assert "ring-battery-doorbell" not in camera and "Ring line" not in camera
    assert camera.split(":", 1)[1].strip().startswith(state.model.name)
    button = next(line for line in report.splitlines() if line.startswith("Reset button:"))
    assert button.endswith(
        "(location not confirmed for this model: what is usual for Ring doorbell cameras)"
    )
    results = [h.result for h in state.history if h.result]
    assert "not seen on a last look" in results  # what this is about
    for internal in ("kept the answer", "not seen on a last look", "on a second look"):
        assert internal not in report
    assert "Result: looked at once more before support: still no" in report


def test_a_changed_answer_says_which_one_stands() -> None:
    """ "Did an update …?" Yes, then No on a second look, as the review's Tapo C200 and EZVIZ
    BC1 were asked (the Tapo, its reset in the app done, no longer is: online_fed.py)."""
    state = walk("ezviz-bc1", "pin,app", **{"update-or-outage": "yes"})
    assert "answer changed on a second look" in [h.result for h in state.history]
    assert "asked again before support: this answer replaces the earlier one" in text(state)


def test_the_json_keeps_the_models_id() -> None:
    assert build_report(KB, walk("tapo-c200", "pin,app")).model_id == "tapo-c200"


def test_the_json_tells_the_same_results_as_the_text_with_a_code_beside() -> None:
    """The JSON kept "not seen on a last look", "kept the answer" and "same answer on a second
    look" while the text, Markdown and page said them for support (review 67 N, #14)."""
    state = walk("ring-battery-doorbell", "pin,app")
    document = build_report(KB, state).model_dump_json()
    for internal in ("kept the answer", "not seen on a last look", "on a second look"):
        assert internal not in document
    steps = build_report(KB, state).model_dump(mode="json")["steps"]
    looked = [s for s in steps if s["result_code"] == "last-look-still-no"]
    assert [s["result"] for s in looked] == ["looked at once more before support: still no"]
    assert f"Result: {looked[0]['result']}" in text(state)
    assert all(s["result_code"] is None for s in steps if s["result"] == "not reset")


def test_a_button_place_from_the_general_default_is_said_plainly_to_support() -> None:
    """eufyCam 3's row read "(not confirmed for this model: camreset's general default, from
    two public reset guides …)": a third party reads a guess of camreset's (review 67 I, #11)."""
    report = text(walk("eufy-eufycam-3", "pin,app"))
    button = next(line for line in report.splitlines() if line.startswith("Reset button:"))
    assert "camreset" not in button and "default" not in button
    assert button.endswith(
        "(location not confirmed for this model: what is usual for cameras in general, from "
        "two public reset guides by one publisher (scOS))"
    )


def test_the_base_station_step_says_what_was_done() -> None:
    """An EZVIZ BC1's row read "The EZVIZ base station (BC1 kit) — Done": done what? (review
    67 I, #11). Its page is the check of the base station before the next reset."""
    report = text(walk("ezviz-bc1", "pin,app"))
    rows = [m[1] for m in re.finditer(r"^ ?\d+\. [\d:]+  (.+)$", report, re.MULTILINE)]
    assert "Check the EZVIZ base station (BC1 kit)" in rows
    assert "The EZVIZ base station (BC1 kit)" not in rows
