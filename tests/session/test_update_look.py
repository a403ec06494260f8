"""Whether an update or a power cut came just before the trouble is asked before support
(support-report review 67, I #2): a Wyze Cam Pan v3 whose button gave no click went to support
with the question never asked, so its report could not tell the firmware's story."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, after_the_opening, on_to, pages_shown, replayed_under

from camreset.core.session.rules import UPDATE_LOOK_RULES

MakeDriver = Callable[..., Driver]


@pytest.mark.parametrize("model", ["wyze-cam-pan-v3", "wyze-cam-v3", "wyze-cam-og"])
def test_the_update_question_comes_before_support(make_driver: MakeDriver, model: str) -> None:
    d = after_the_opening(make_driver, model)
    shown = pages_shown(d, {"felt-click": "no"}, steps=60)
    assert d.state.current.ref.ref == "escalate"
    assert shown.count("update-or-outage") == 1


def test_a_log_started_before_goes_to_support_as_it_did(make_driver: MakeDriver) -> None:
    d = after_the_opening(make_driver, "wyze-cam-pan-v3")
    on_to(d, "update-or-outage")
    assert replayed_under(d, UPDATE_LOOK_RULES - 1).current.ref.ref != "update-or-outage"
