"""A reset camera whose owner only lacks its app: worth one more try, and the app got
reopens adding it (phone review 60, #2; support_page.py, app_got.py)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.words import CANT
from camreset.core.report import build_report, outcome_words
from camreset.core.session.app_got import reopened_by_the_app
from camreset.core.session.rules import APP_REOPENS_RULES


def _reset_with_no_app(make_driver: Callable[..., Driver]) -> Driver:
    """A Tapo C200 reset with its button by someone with no Tapo app, who then could not add
    it and could not say what went wrong."""
    d = make_driver(model="tapo-c200", have=("pin",), opening=True)
    told = {"reason": "skip-questions", "app": CANT, "add-again": CANT, "add-trouble": "not_sure"}
    for _ in range(20):
        step = d.state.current
        if step.kind == "outcome":
            break
        if step.ref.ref in told:
            d.send(told[step.ref.ref])
        elif step.title.startswith("Does the Tapo app"):
            d.send(CANT)  # no app to look in
        else:
            d.send(next(a for a in ("done", "yes") if step.offers(a)))
    return d


def test_a_reset_camera_that_only_lacks_its_app_is_worth_one_more_try(
    make_driver: Callable[..., Driver],
) -> None:
    """Phone review 60, #2: a Tapo C200 seen in setup mode, its owner with no Tapo app, was
    sent to TP-Link support for "something only support can see"; installing the app was
    all it needed. Saying the app is at hand carries the session on to adding it."""
    d = _reset_with_no_app(make_driver)
    end = d.state.current
    assert d.state.reset_done
    assert end.title == "Worth one more try before TP-Link support" and end.reopens
    assert end.text.startswith("The reset itself took: the camera is back at its factory")
    assert end.notice is not None and end.notice.startswith(
        "The camera is reset, and nothing found so far stops it from being added again: "
        "adding it needs a phone with the Tapo app, which you said you don't have."
    )
    assert "likeliest cause now, nothing stands in the way" not in end.notice
    assert end.lacking == "a phone with the Tapo app"
    d.send(None, "have", data={"have": ["pin", "app"]})
    assert not d.state.finished and d.state.current.title == "Add it again"


def test_its_report_says_one_more_try_as_its_page_does(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    """Its report's outcome read "Reset worked, but the camera could not be added again:
    needs support" under the page's "Worth one more try before TP-Link support" (helpdesk
    review 60, #10)."""
    d = _reset_with_no_app(make_driver)
    said = outcome_words(build_report(kb, d.state))
    assert said == (
        "Not solved yet: worth one more try at home before support, once a phone with the "
        "Tapo app is at hand"
    )
    assert "needs support" not in said


def test_an_older_log_at_that_end_keeps_its_support_page(
    make_driver: Callable[..., Driver],
) -> None:
    """Diff review 60, #3: a log written before getting the app reopened anything showed the
    "one more try" page, where ticking the app then did nothing."""
    d = _reset_with_no_app(make_driver)
    started, *rest = d.state.events
    old = started.model_copy(update={"data": {**started.data, "rules": APP_REOPENS_RULES - 1}})
    before = d.guide.replay([old, *rest])
    assert before.current.title == "Contact TP-Link support with this report"
    assert not before.current.reopens


def test_the_app_got_reopens_only_the_steps_that_add_it_in_the_app(
    make_driver: Callable[..., Driver],
) -> None:
    """Diff review 60, #4: every step of adding it came back, a full reset the person could
    not do for want of a paperclip among them."""
    d = _reset_with_no_app(make_driver)
    plan, _ = d.guide.plan(d.state.model)
    d.state.fold.excluded.add("full-reset")  # as if they could not do that one either
    d.state.fold.set_have(plan, frozenset({"pin", "app"}))
    assert "add-again" not in d.state.fold.excluded
    assert "full-reset" in d.state.fold.excluded
    assert reopened_by_the_app(plan, "allow-permissions")
    assert not reopened_by_the_app(plan, "full-reset")
