"""The support report of a session whose model was found on the label halfway: which steps
were the usual ones, which answers the model's steps did not take, and a model found then
taken back by undo (session 72, leftovers of merged-diff review N F11, F12)."""

from __future__ import annotations

from tests.session.conftest import T0, Driver, start_event

from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, Guide
from camreset.core.session.screens import ANOTHER, BY, HELPDESK, SCREEN, STARTER

OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _found(d: Driver, model: str) -> None:
    at = T0 + d.gap * len(d.state.events)  # in turn with the answers, a minute apart
    cmd = Command("found", data={"model": model})
    d.state = d.guide.extend(d.state, [d.guide.command(d.state, cmd, at)])


def _ring_doorbell_on_an_adapter(guide: Guide) -> Driver:
    """A Ring doorbell of unknown model said to be on a power adapter: no Video Doorbell 3 is
    (its sources give a battery or doorbell wiring), so its page asks the power again."""
    d = Driver(guide, start_event(guide, line="ring", form_factor="doorbell", have=None))
    for answer in OPENING:
        d.send(answer)
    d.send("adapter")
    return d


def test_the_report_says_which_steps_were_the_usual_ones_before_the_model_was_found(
    guide: Guide,
) -> None:
    d = _ring_doorbell_on_an_adapter(guide)
    _found(d, "ring-video-doorbell-3")
    d.send("battery")  # its own page: how is it powered?
    report = build_report(guide.kb, d.state)
    steps = report.model_dump(mode="json")["steps"]
    assert [s["before_model_found"] for s in steps] == [True] * 5 + [False]
    assert steps[0]["kept_for_model"] is True  # why they came: its opening asks it too
    assert steps[4]["kept_for_model"] is False  # "A power adapter": not the VD3's
    assert steps[5]["kept_for_model"] is None
    text = render_text(report)
    row = (
        "--- Model found on the label at 12:06:00: Ring Video Doorbell 3. Steps 1 to 5 were the "
        "usual steps, before the model was known; the steps after are its own."
    )
    assert row in text
    assert text.index(" 5. 12:05:00") < text.index(row) < text.index(" 6. 12:07:00")
    assert text.count(row) == 1
    assert "A power adapter in a wall socket (or USB) (not kept once the model was found)" in text
    assert "It won't reset (not kept" not in text  # kept: no mark
    assert "A battery (maybe with a solar panel)   Time spent" in text  # its own: no mark
    markdown = render_markdown(report)
    assert "| | | **Model found on the label at 12:06:00: Ring Video Doorbell 3." in markdown
    assert markdown.index("| 5 |") < markdown.index("| | | **Model found") < markdown.index("| 6 |")


def test_no_model_found_no_row_and_no_marks(guide: Guide) -> None:
    d = _ring_doorbell_on_an_adapter(guide)
    report = build_report(guide.kb, d.state)
    assert not any(s.before_model_found or s.kept_for_model is not None for s in report.steps)
    assert "Model found" not in render_text(report) + render_markdown(report)


def test_a_model_found_then_taken_back_is_listed_once_in_taken_back_with_its_times(
    guide: Guide,
) -> None:
    """A found model taken back by undo left no trace in the report (session 71, "Left out");
    every undo after a model found was listed twice (N F12): each is listed once."""
    d = _ring_doorbell_on_an_adapter(guide)
    _found(d, "ring-video-doorbell-3")  # 12:06
    d.send("battery")  # 12:07
    d.send(None, "undo")  # 12:08: the answer
    d.send(None, "undo")  # 12:09: nothing answered since: the model found
    assert d.state.model.generic
    report = build_report(guide.kb, d.state)
    rows = [(t.title, t.answer, f"{t.at:%H:%M}", f"{t.undone_at:%H:%M}") for t in report.taken_back]
    assert rows == [
        ("Model found", "Ring Video Doorbell 3", "12:06", "12:09"),
        ("How is the doorbell powered?", "A battery (maybe with a solar panel)", "12:07", "12:08"),
    ]
    assert report.taken_back[0].model_id == "ring-video-doorbell-3"
    assert report.model_found_at is None and not any(s.before_model_found for s in report.steps)
    text = render_text(report)
    assert "- 12:06:00 Model found — Ring Video Doorbell 3; taken back at 12:09:00" in text
    assert "--- Model found" not in text  # no step row: it no longer stands
    _found(d, "ring-video-doorbell-2")  # 12:10, the right one this time
    d.send("battery")  # 12:11
    d.send(None, "undo")  # 12:12
    again = build_report(guide.kb, d.state)
    listed = [(t.answer, f"{t.at:%H:%M}") for t in again.taken_back]
    assert listed == [
        ("Ring Video Doorbell 3", "12:06"),
        ("A battery (maybe with a solar panel)", "12:07"),
        ("A battery (maybe with a solar panel)", "12:11"),
    ]
    assert again.model_name == "Ring Video Doorbell 2"
    assert render_text(again).count("Model found — Ring Video Doorbell 3") == 1
    assert build_report(guide.kb, guide.replay(d.state.events)).taken_back == again.taken_back


def test_the_model_found_row_says_who_entered_it_in_every_format(guide: Guide) -> None:
    """The report's rows said when the model was found, not who read the label (session 73):
    support could not tell the customer's phone from the desk."""
    d = _ring_doorbell_on_an_adapter(guide)
    at = T0 + d.gap * len(d.state.events)
    marks = {"model": "ring-video-doorbell-3", SCREEN: ANOTHER, BY: HELPDESK}
    d.state = d.guide.extend(d.state, [d.guide.command(d.state, Command("found", data=marks), at)])
    d.send("battery")
    report = build_report(guide.kb, d.state)
    data = report.model_dump(mode="json")
    assert (data["model_found_screen"], data["model_found_by"]) == (ANOTHER, HELPDESK)
    row = "Model found on the label at 12:06:00, entered by the helpdesk: Ring Video Doorbell 3."
    text = render_text(report)
    assert f"--- {row} Steps 1 to 5 were the usual steps" in text
    assert f"**{row}" in render_markdown(report)
    header = "on the label at 12:06, entered by the helpdesk (started as: Ring, model not known, "
    assert header in text


def test_a_model_found_on_a_screen_is_named_by_that_screen_and_an_old_log_names_none(
    guide: Guide,
) -> None:
    d = _ring_doorbell_on_an_adapter(guide)
    at = T0 + d.gap * len(d.state.events)
    marks = {"model": "ring-video-doorbell-3", SCREEN: STARTER}
    d.state = d.guide.extend(d.state, [d.guide.command(d.state, Command("found", data=marks), at)])
    text = render_text(build_report(guide.kb, d.state))
    assert "at 12:06:00, entered on the screen that started the session: Ring Video" in text
    d = _ring_doorbell_on_an_adapter(guide)
    _found(d, "ring-video-doorbell-3")  # no marks: a log from before them
    report = build_report(guide.kb, d.state)
    assert report.model_found_screen is None and report.model_found_by is None
    assert "Model found on the label at 12:06:00: Ring Video Doorbell 3." in render_text(report)
