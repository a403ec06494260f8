"""`camreset show` and `camreset models` with the FCC ID typed from a label: the camera, and
that it was found by that ID (issue 14, point 4)."""

from __future__ import annotations

import json


def test_show_with_an_fcc_id_says_the_card_was_found_by_it(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "2AOKB-T8113")
    assert run.code == 0
    assert run.lines[:2] == [
        "Found by its FCC ID: 2AOKBT8113 is the FCC ID of the eufyCam 2C.",
        "Reset card: eufyCam 2C",
    ]
    said = json.loads(cli("show", "TE7KC110", "--json").out)
    assert (said["id"], said["found_by_fcc_id"]) == ("kasa-kc110", "TE7KC110")


def test_models_says_which_match_was_the_fcc_id(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("models", "2AXJ4 D230")
    assert run.code == 0
    assert "tapo-d230" in run.out and "FCC ID 2AXJ4D230" in run.out
    rows = json.loads(cli("models", "2AXJ4D230", "--json").out)
    assert [(r["id"], r["found_by_fcc_id"]) for r in rows] == [("tapo-d230", "2AXJ4D230")]
    by_name = json.loads(cli("models", "Tapo D230", "--json").out)
    assert "found_by_fcc_id" not in by_name[0]


def test_a_name_found_card_says_nothing_of_an_fcc_id(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "eufyCam 2C")
    assert run.lines[0] == "Reset card: eufyCam 2C"


def test_an_fcc_id_nobody_lists_says_whose_it_is(cli) -> None:  # type: ignore[no-untyped-def]
    """Review 76 G, #1 and #2: "no camera model matches" alone, for a no-name camera's FCC ID
    and for an Arlo camreset does not list; the web's words now, and the brand's card."""
    run = cli("models", "FCC ID: 2A4RQ-Q5")
    assert run.code == 1
    assert "That looks like an FCC ID" in run.err
    assert "Its first part, 2A4RQ, is the FCC's code for the company that certified" in run.err
    assert "https://www.fcc.gov/oet/ea/fccid" in run.err
    arlo = cli("models", "2APLE-VMC4040")
    assert arlo.code == 1
    assert "it is likely an Arlo camera. `camreset show arlo` gives that brand's usual card." in (
        " ".join(arlo.err.split())
    )
