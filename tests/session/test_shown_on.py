"""A camera shown online in its app is not sent after another outlet before support
(support-report review 67 I, #3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import Driver, replayed_under, to_the_end

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report, render_text
from camreset.core.session.later_rules import NOT_IN_APP_RULES
from camreset.core.session.rules import ONLINE_FED_RULES, SHOWN_ON_RULES

OPENING = {"reason": "wont-reset", "held-how-long": "few-seconds"}
OPENING |= {"saw-confirmation": "nothing", "restarted": "no-restart"}


def _tapo(
    make_driver: Callable[..., Driver],
    app_reset: str,
    model: str = "tapo-c200",
    rules: int | None = ONLINE_FED_RULES - 1,
) -> Driver:
    """The review's Tapo C200: every attempt done (the reset in the app as `app_reset`
    says), every check "No", other questions "Not sure", an update said to come first, and
    "No" to another power outlet; answers five minutes apart, so no wait is cut short."""
    d = make_driver(model=model, have=("pin", "app", "original_adapter"), opening=True)
    if rules is not None:  # since ONLINE_FED_RULES the engine is told it is fed, and never
        d.state = replayed_under(d, rules)  # asks for another outlet (test_online_fed.py)
    d.gap = timedelta(minutes=5)
    return to_the_end(d, OPENING | {"update-or-outage": "yes", "app-reset": app_reset})


def test_after_a_reset_in_the_app_the_report_goes_to_support_not_to_another_outlet(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    d = _tapo(make_driver, "done")
    said = [(h.title, h.answer) for h in d.state.history]
    assert ("Reset in the app", "done") in said
    assert ("Is there another power outlet you can use?", "cant") in said
    end = d.state.current
    assert end.title == "Contact TP-Link support with this report" and not end.reopens
    report = render_text(build_report(kb, d.state))
    assert "Outcome:      Not solved at home: needs support" in report
    assert "another power outlet is at hand" not in report


def test_a_log_written_before_that_reading_keeps_its_page(
    make_driver: Callable[..., Driver],
) -> None:
    d = _tapo(make_driver, "done")
    started, *rest = d.state.events
    old = started.model_copy(update={"data": {**started.data, "rules": SHOWN_ON_RULES - 1}})
    end = d.guide.replay([old, *rest]).current
    assert end.title == "Worth one more try before TP-Link support"
    assert end.lacking == "another power outlet"


def test_a_reset_in_an_app_it_is_not_added_in_shows_it_online_too(
    make_driver: Callable[..., Driver],
) -> None:
    """A Nest Cam (indoor, wired) is added in Google Home; its sources give the reset's path
    only in the Nest app, and its page says "It works only if the camera is also listed, and
    online, in the Nest app": a Done there shows it was fed, as in its own app. It was sent
    after another power outlet, "Worth one more try before Google Nest support" (merged-diff
    review 68, N #5). The engine is told it was fed too (online_fed.py), so the other outlet
    is not even asked. Since NOT_IN_APP_RULES it is not sent to the Nest app at all: read as
    a session started just before."""
    d = _tapo(make_driver, "done", model="nest-cam-indoor-wired", rules=NOT_IN_APP_RULES - 1)
    said = [(h.title, h.answer) for h in d.state.history]
    assert ("Reset in the app", "done") in said
    assert "Is there another power outlet you can use?" not in {title for title, _ in said}
    end = d.state.current
    assert end.title == "Contact Google Nest support with this report"
    assert end.lacking != "another power outlet"
