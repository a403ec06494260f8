"""Issue 14's coverage, kept true: many brands, each backed by the brand's own pages."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.stats import brand_summaries
from camreset.core.kb.values import RecoveryKind
from camreset.kb_files import load_kb

KB = load_kb()


def test_at_least_twelve_brands_and_150_models() -> None:
    report = brand_summaries(KB)
    with_models = [b for b in report if b.models > 0]
    assert len(with_models) >= 12
    assert sum(b.models for b in report) == len(KB.models) >= 150


def test_every_brand_cites_at_least_one_of_its_own_pages() -> None:
    for brand in brand_summaries(KB):
        assert brand.vendor_sources, f"{brand.brand} has no vendor source"


def test_a_high_claim_only_where_the_brand_cites_its_own_pages() -> None:
    for brand in brand_summaries(KB):
        if brand.claims_per_confidence["high"]:
            assert brand.vendor_sources, brand.brand


def test_kb_brands_prints_one_row_per_brand() -> None:
    result = CliRunner().invoke(app, ["kb", "brands", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["brand"] for r in rows] == sorted((r["brand"] for r in rows), key=str.casefold)
    tplink = next(r for r in rows if r["brand"] == "TP-Link")
    assert tplink["lines"] == ["kasa", "tapo"] and tplink["models"] == 50


def test_every_recovery_route_is_a_way_in_not_only_a_caution() -> None:
    """Hikvision's "The sources give 12 more ways" counted "keep the device running between
    export and import; do not reboot it" as a way back in (a reviewer); a caution belongs to
    the route it guards."""
    for model in sorted(KB.models):
        resolved = resolve_model(KB, model)
        for kind in RecoveryKind:
            for route in resolved.recovery(kind):
                words = route.route.casefold()
                assert not words.startswith(("keep ", "do not ", "don't ")), (model, route.route)


def test_a_doorbell_does_not_take_a_button_place_its_lines_sources_give_other_cameras() -> None:
    """Kasa's and Amcrest's button places come from pages about their other cameras: the
    KD110 doorbell's card said "underneath, fairly sure". It now says camreset's general
    default; Swann's doorbell keeps only Swann's own words, not a guide's Enforcer places
    (KB audit 51). Their other cameras keep the line's places."""
    kb = load_kb()
    for doorbell in ("kasa-kd110", "amcrest-ad410"):
        assert resolve_model(kb, doorbell).facts["button"].origin.value == "default", doorbell
    for camera in ("kasa-kc300", "amcrest-ash26"):  # a battery camera, a floodlight
        assert resolve_model(kb, camera).facts["button"].origin.value == "line", camera
    swann = resolve_model(kb, "swann-swannbuddy4k").facts["button"]
    assert swann.sources == ("swann-support-39847768465433",)
