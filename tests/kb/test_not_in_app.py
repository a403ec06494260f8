"""`not_in_app`: an app a camera's sources say it is not added in. Its line's reset path in
that app is not the camera's (a Nest Cam (battery) set up in Google Home was sent to the
Nest app's path first: phone review 73)."""

from __future__ import annotations

import pytest

from camreset.core.kb.loader import seen_from
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.values import SoftwareVia
from camreset.core.present.facts import card_views
from camreset.core.session.later_rules import NOT_IN_APP_RULES
from camreset.kb_files import load_kb

KB = load_kb()


HOME_ONLY = [
    "nest-cam-battery",
    "nest-doorbell-battery",
    "nest-cam-indoor-wired",
    "nest-cam-floodlight",
    "nest-doorbell-wired",
]


@pytest.mark.parametrize("model_id", HOME_ONLY)
def test_a_camera_not_in_the_nest_app_has_no_reset_path_there(model_id: str) -> None:
    model = resolve_model(KB, model_id)
    assert model.software_paths(SoftwareVia.app) == []
    card = {view.label: view.text for view in card_views(KB, model)}
    assert card["Not added in"] == "the Nest app, so no reset in that app is offered"
    assert "Software reset" not in card


def test_its_card_says_why_with_the_makers_leaflet() -> None:
    model = resolve_model(KB, "nest-cam-battery")
    view = next(v for v in card_views(KB, model) if v.name == "not_in_app")
    assert view.sources == (
        "nest-manual-908ga01894",
        "google-help-9293132",
        "google-dev-supported-devices",
    )
    assert view.confidence == "high"


def test_an_older_nest_camera_keeps_its_nest_app_path() -> None:
    paths = resolve_model(KB, "nest-cam-indoor").software_paths(SoftwareVia.app)
    assert [p.app for p in paths] == ["Nest"]


def test_a_session_started_under_rules_71_still_sees_the_nest_app_path() -> None:
    old = seen_from(KB, NOT_IN_APP_RULES - 1)
    paths = resolve_model(old, "nest-cam-battery").software_paths(SoftwareVia.app)
    assert [p.path.split(" > ")[0] for p in paths] == ["Nest app"]


@pytest.mark.parametrize("model_id", HOME_ONLY[2:])
def test_a_newer_camera_with_no_leaflet_rests_on_googles_livestream_table(model_id: str) -> None:
    """Google's Device Access table gives these WebRTC alone, the Home app's (the two cameras
    that may be in either app list "RTSP (Nest app)" too)."""
    model = resolve_model(KB, model_id)
    view = next(v for v in card_views(KB, model) if v.name == "not_in_app")
    assert view.sources == ("google-dev-supported-devices",)
