"""A reset sent from the app or the web page tells the engine the camera was fed.

Support-report review 67 I, #3: a Tapo C200 whose "Reset in the app" was done (its page: "The
camera must show as online in the Tapo app") still had "The outlet gives no power (37%)"
first in the report sent to support. Said dark after it, the outlet is believed again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import Driver, replayed_under, to_the_end

from camreset.core.engine.evidence import ActionFailed, live_evidence
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.step import Cause
from camreset.core.report import build_report, render_text
from camreset.core.session.online_fed import FedOnline
from camreset.core.session.rules import ONLINE_FED_RULES

MakeDriver = Callable[..., Driver]
OPENING = {"reason": "wont-reset", "held-how-long": "few-seconds"}
OPENING |= {"saw-confirmation": "nothing", "restarted": "no-restart"}
OTHER_OUTLET = "Is there another power outlet you can use?"


def _tapo(make_driver: MakeDriver, rules: int | None = None, **told: str) -> Driver:
    """The review's Tapo C200: every attempt done, every check "No", other questions "Not
    sure" (or as `told`), an update said to come first, no other power outlet; answers five
    minutes apart, so no wait is cut short. Under `rules`: a log started under them."""
    d = make_driver(model="tapo-c200", have=("pin", "app", "original_adapter"), opening=True)
    if rules is not None:
        d.state = replayed_under(d, rules)
    d.gap = timedelta(minutes=5)
    return to_the_end(d, OPENING | {"update-or-outage": "yes", "app-reset": "done"} | told)


def _likely(kb: KnowledgeBase, d: Driver) -> list[str]:
    """The report's "Causes still likely", in its order."""
    text = render_text(build_report(kb, d.state))
    block = text.split("CAUSES STILL LIKELY\n", 1)[1].split("\n\n", 1)[0]
    return [line.removeprefix("- ") for line in block.splitlines()]


def test_after_a_reset_in_the_app_the_report_does_not_put_the_outlet_first(
    make_driver: MakeDriver, kb: KnowledgeBase
) -> None:
    d = _tapo(make_driver)
    said = [(h.title, h.answer) for h in d.state.history]
    assert ("Reset in the app", "done") in said
    likely = _likely(kb, d)
    assert likely[0] == "The reset button is broken (33%)"
    assert "The outlet gives no power (4%)" in likely
    assert not any(title in (OTHER_OUTLET, "Does the outlet work?") for title, _ in said)
    assert d.state.current.title == "Contact TP-Link support with this report"


def test_a_log_written_before_that_reading_ranks_the_outlet_first_as_it_did(
    make_driver: MakeDriver, kb: KnowledgeBase
) -> None:
    d = _tapo(make_driver, rules=ONLINE_FED_RULES - 1)
    assert _likely(kb, d)[0] == "The outlet gives no power (37%)"
    assert (OTHER_OUTLET, "cant") in [(h.title, h.answer) for h in d.state.history]


def test_said_dark_after_it_another_outlet_is_offered_again(
    make_driver: MakeDriver, kb: KnowledgeBase
) -> None:
    d = _tapo(make_driver, **{"status-light": "off"})
    said = [(h.title, h.answer) for h in d.state.history]
    assert said.index(("Reset in the app", "done")) < said.index(
        ("What is the status light doing right now?", "off")
    )
    assert (OTHER_OUTLET, "cant") in said
    assert not any(isinstance(e, FedOnline) for e in d.state.fold.evidence)
    assert _likely(kb, d)[0].startswith("The outlet gives no power")
    end = d.state.current
    assert end.title == "Worth one more try before TP-Link support"
    assert end.lacking == "another power outlet"


def test_moved_to_another_outlet_what_the_app_showed_goes_stale(
    make_driver: MakeDriver,
) -> None:
    d = make_driver(model="tapo-c200", have=("pin", "app", "original_adapter"))
    d.send(None, "done")  # reset in the app: said once the attempt is over, so its later
    assert not any(isinstance(e, FedOnline) for e in d.state.fold.evidence)  # pages keep
    d.send(None, "done")  # the reason its first gave (helpdesk review 60, #11)
    d.send("no")  # not in setup mode
    fed = [e for e in d.state.fold.evidence if isinstance(e, FedOnline)]
    assert fed == [FedOnline("outlet-test", "works")]
    plan, _ = d.guide.plan(d.state.model)
    moved = [*fed, ActionFailed("other-outlet")]
    assert live_evidence(plan.reset.engine, moved) == [ActionFailed("other-outlet")]


def test_a_reset_from_the_web_page_says_it_too(make_driver: MakeDriver) -> None:
    d = make_driver(
        model="hikvision-ds-2cv2041g2-idw",
        have=("computer", "admin_password", "original_adapter", "pin"),
    )
    for _ in range(12):
        if d.state.current.ref.ref == "web-reset":
            break
        d.pick("no", "done", "not_sure")
    assert d.state.current.title == "Reset from the web page"
    for _ in range(100):
        if d.state.current.ref.ref != "web-reset":
            break
        d.pick("no", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref == 'web-reset'")
    now, before = _outlet(d.state.belief), _outlet(replayed_under(d, ONLINE_FED_RULES - 1).belief)
    assert now < 0.01 < before


def _outlet(belief: tuple[Cause, ...]) -> float:
    return next((c.probability for c in belief if c.id == "dead-outlet"), 0.0)
