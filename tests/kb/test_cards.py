"""Every shipped model gets a complete reset card: where the button is and how long to hold,
at least from a default, said to be a default, with its sources."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from camreset.cli.render_card import GENERIC_WARNING, ResetCard
from camreset.core.kb.loader import seen_from
from camreset.core.kb.resolve import resolve_generic, resolve_model
from camreset.core.kb.schema import FormFactor
from camreset.core.present.facts import card_views as card_rows
from camreset.kb_files import load_kb

KB = load_kb()


def render(renderable: object, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in out.splitlines())


@pytest.mark.parametrize("model_id", sorted(KB.models))
def test_every_model_renders_a_card_with_button_and_hold(model_id: str) -> None:
    model = resolve_model(KB, model_id)
    rows = {row.label: row for row in card_rows(KB, model)}
    assert rows["Reset button"].confidence is not None
    own_hold = model.facts["hold"].origin.value == "model" if "hold" in model.facts else False
    if model.button is not None and not model.button.present and not own_hold:
        assert "How long to hold" not in rows  # nothing to hold
    else:
        assert rows["How long to hold"].confidence is not None
        assert rows["How long to hold"].sources
    text = render(ResetCard(KB, model))
    assert text.startswith(f"Reset card: {model.name}\n{model_id} · ")
    assert "\nReset button  " in text
    assert "\nSources\n" in text


@pytest.mark.parametrize("line_id", sorted(KB.lines))
@pytest.mark.parametrize("form_factor", [None, FormFactor.pan_tilt])
def test_line_defaults_card_says_it_is_a_default(
    line_id: str, form_factor: FormFactor | None
) -> None:
    model = resolve_generic(KB, line_id, form_factor)
    text = render(ResetCard(KB, model), width=200)
    assert GENERIC_WARNING in text
    assert all(row.is_default for row in card_rows(KB, model) if row.confidence)


def test_disagreeing_sources_are_listed_claim_by_claim() -> None:
    hold = next(r for r in card_rows(KB, resolve_model(KB, "tapo-c200")) if r.name == "hold")
    assert hold.disagreement[0] == "Sources disagree (5 s to 30 s):"
    assert len(hold.disagreement) == 6
    assert hold.disagreement[2].startswith("2. 30 s (medium: seed-tplink")


def test_a_hikvision_card_gives_the_makers_factory_address_and_keeps_the_old_list_s() -> None:
    """KB audit 63: the card gave only 192.0.0.64, from a 2015 community list; a Hikvision quick
    start guide of 2017 gives 192.168.1.64 with DHCP on. Both are kept, neither sure for a G2."""
    row = next(
        r
        for r in card_rows(KB, resolve_model(KB, "hikvision-ds-2cd2143g2-i"))
        if r.name == "default_ip"
    )
    text = "\n".join(row.disagreement)
    assert "1. 192.168.1.64 (low: hik-qsg-fisheye-ud04395b)" in text
    assert "2. 192.0.0.64 (low: pastebin-zeecure-default-list)" in text


def test_a_hub_paired_camera_is_never_sent_to_a_setup_network_of_its_own() -> None:
    from camreset.bench.sim.plans import PlanBook

    hubbed = [m for m in KB.models if resolve_model(KB, m).pairs_via is not None]
    assert {"tapo-c420", "tapo-d230"} <= set(hubbed)
    book = PlanBook(KB)
    for model_id in hubbed:
        model = resolve_model(KB, model_id)
        assert model.setup_mode is None or not model.setup_mode.wifi_ssid, model_id
        text = render(ResetCard(KB, model), width=200)
        assert "Tapo_Cam" not in text and "Pairs through" in text, model_id
        steps = book[model_id]
        for action in steps.plan.actions.values():
            for stage in range(len(action.steps)):
                assert "Tapo_Cam" not in steps.stage(action.id, stage).text, (model_id, action.id)


def test_only_a_camera_with_a_battery_is_told_to_charge_it() -> None:
    """A doorbell review: the card of a Ring doorbell wired to its doorbell transformer said
    "Charge first: 6-8 hours", its line's advice for battery doorbells."""
    wired = render(ResetCard(KB, resolve_model(KB, "ring-video-doorbell-wired")), width=200)
    assert "Doorbell wiring" in wired or "doorbell wiring" in wired
    assert "Charge first" not in wired
    battery = render(ResetCard(KB, resolve_model(KB, "ring-video-doorbell-3")), width=200)
    assert "Charge first" in battery


def test_a_models_own_guide_and_its_makers_general_page_are_both_kept() -> None:
    """A KB audit: the Swann SWWHD-PTCAM inherited only the line's slow blue blink, though
    the guide about this camera says its right-hand LED blinks red once the reset is done."""
    card = render(ResetCard(KB, resolve_model(KB, "swann-swwhd-ptcam")), width=200)
    setup = card.split("Setup mode looks like", 1)[1].split("What the light means", 1)[0]
    assert "Sources disagree" in setup
    assert "the right-hand LED blinks red (low: learncctv-swwhd-ptcam)" in setup
    assert "blue blinking" in setup


def test_card_words_read_as_sentences_not_field_dumps() -> None:
    """A reviewer read "Sync module led states: pattern: solid blue; meaning: …", "(marked
    small black button)" and "Blink Sync Module (sync module)" on the cards."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    for model in ("blink-outdoor-4", "wyze-cam-v3", "ring-video-doorbell-3", "lorex-e893ab"):
        out = " ".join(CliRunner().invoke(app, ["show", model]).stdout.split())
        assert "pattern:" not in out and "meaning:" not in out and ": yes" not in out, model
        assert "(marked small black button)" not in out and "(sync module)" not in out, model
    blink = " ".join(CliRunner().invoke(app, ["show", "blink-outdoor-4"]).stdout.split())
    assert "Sync Module light steady blue: it is starting up" in blink


def test_a_button_described_only_in_words_is_placed_once() -> None:
    """A Dahua card read "a small recessed hole (which side is not known)" and then "a small
    recessed hole, usually on the back, …": a description that says where is the Where."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    out = " ".join(CliRunner().invoke(app, ["show", "dahua-ipc-hfw2431t-zs-s2"]).stdout.split())
    assert out.count("a small recessed hole") == 1
    assert "Where: a small recessed hole, usually on the back" in out


def test_a_button_of_unknown_side_with_a_label_reads_as_one_phrase() -> None:
    """An EZVIZ step read "a small recessed hole (which side is not known) (marked RESET)":
    two parentheses in a row (phone review 43)."""
    from camreset.core.kb.values import Button
    from camreset.core.present.phrases import button_words

    said = button_words(Button(label="RESET"))
    assert said == "a small recessed hole (marked RESET); which side is not known"
    assert button_words(Button()) == "a small recessed hole; which side is not known"


def test_a_card_says_when_recovery_routes_disagree_on_how_long_the_code_lasts() -> None:
    """The Hikvision card gave the code as valid 24 hours and 48 hours, both "Sure", without
    a word that the sources disagree; the guide said so (a CLI reviewer)."""
    card = " ".join(render(ResetCard(KB, resolve_model(KB, "hikvision-ds-2cd2143g2-i"))).split())
    assert "How long the code lasts Sources disagree: 24 or 48 hours." in card
    tapo = " ".join(render(ResetCard(KB, resolve_model(KB, "tapo-c200"))).split())
    assert "How long the code lasts" not in tapo


def test_sure_from_a_copy_of_the_makers_document_says_where_it_was_read() -> None:
    """ "Sure (the maker's own documentation says so)" rested on Scribd uploads, a bare-IP
    mirror and manual sites (a CLI reviewer): the maker's words, read in a copy, say so."""
    from camreset.core.present.copies import read_in_copies

    assert read_in_copies(KB, ("hik-sadp-reset-scribd-705392950",)) == "scribd.com"
    assert read_in_copies(KB, ("hik-ts-reset-quickguide-2015",)) == "hozir.org"
    own = next(s for s, src in KB.sources.items() if src.url and "support.ring.com" in src.url)
    assert read_in_copies(KB, (own,)) is None  # the maker's own site
    assert read_in_copies(KB, (own, "hik-sadp-reset-scribd-705392950")) is None
    hik = " ".join(render(ResetCard(KB, resolve_model(KB, "hikvision-ds-2cd2143g2-i"))).split())
    assert "Sure (the maker's own documentation says so, read in a copy on scribd.com)" in hik


def test_a_card_names_the_app_a_model_is_added_in_where_it_is_not_its_lines() -> None:
    """The Nest line's app is Google Home; Google's own page puts the older Nest Cam Indoor in
    the Nest app, and its card says so with that source. A newer Nest card adds no such row."""
    old = {row.label: row for row in card_rows(KB, resolve_model(KB, "nest-cam-indoor"))}
    new = {row.label: row for row in card_rows(KB, resolve_model(KB, "nest-cam-indoor-wired"))}
    assert old["The app it is added in"].text == "the Nest app"
    assert old["The app it is added in"].sources == ("google-help-13038234-fr",)
    assert "The app it is added in" not in new


def test_a_hold_time_that_resets_only_in_part_is_said_under_it() -> None:
    """The Tapo C200's card led with "5 s" while its own rows said a 5 s hold is partial; the
    guide has the person keep holding (technician review 51)."""
    kb = load_kb()
    tapo = next(v for v in card_rows(kb, resolve_model(kb, "tapo-c200")) if v.name == "hold")
    assert tapo.lines == ("5 s",)
    assert tapo.note is not None and tapo.note.startswith(
        "A source found that letting go at 5 s resets it only in part (the local admin"
    )
    hik = resolve_model(kb, "hikvision-ds-2cd2143g2-i")
    assert next(v for v in card_rows(kb, hik) if v.name == "hold").note is None


def test_the_hub_line_names_the_hub_once() -> None:
    """The card read "Pairs through   pairs through Arlo SmartHub": the label said twice."""
    lines = render(ResetCard(KB, resolve_model(KB, "tapo-c420")), width=200).splitlines()
    hub = next(line for line in lines if line.startswith("Pairs through"))
    assert hub.split(maxsplit=2)[2].strip() == "Tapo H200 hub"


def test_an_arlo_card_keeps_the_line_guides_small_hole_beside_scos_finger_button() -> None:
    """KB audit 67, F3: scOS gives the Pro 3, Pro 4 and Ultra a small button underneath, for a
    fingertip; Surveillance Guides, for any Arlo, a small hole and a paperclip. The Pro 4's card
    showed the first alone."""
    for model_id in ("arlo-pro-3", "arlo-pro-4", "arlo-ultra"):
        rows = card_rows(KB, resolve_model(KB, model_id))
        button = next(r for r in rows if r.name == "button")
        assert button.disagreement[0] == "Sources disagree:"
        assert button.disagreement[1].startswith("1. Where: underneath; Use: a fingertip (low")
        assert button.disagreement[2].startswith("2. Where: a small recessed hole")
        assert "Use: a paperclip" in button.disagreement[2]
        assert "surveillanceguides-arlo-default" in button.disagreement[2]


def test_a_ring_cameras_hold_is_the_guide_for_ring_cameras_not_the_doorbell_page() -> None:
    """KB audit 67, F4: pocket-lint's page is about Ring's doorbells, yet its ten seconds was the
    whole line's default; KnowTechie's ten to fifteen seconds for any Ring camera (the page cited
    for the Stick Up Cam's button) was not on the card. Doorbells keep pocket-lint's."""
    for model_id, first, source in (
        ("ring-stick-up-cam-battery", "1. 10 to 15 s", "knowtechie-ring-reset"),
        ("ring-indoor-cam", "1. 10 to 15 s", "knowtechie-ring-reset"),
        ("ring-battery-doorbell", "1. 10 s", "pocketlint-ring-reset"),
    ):
        rows = card_rows(KB, resolve_model(KB, model_id))
        hold = next(r for r in rows if r.name == "hold")
        assert hold.disagreement[1].startswith(f"{first} (low: {source})"), hold.disagreement
        assert hold.disagreement[2].startswith("2. 15 to 20 s (low: wasserstein-ring-no-qr)")


def test_a_cards_signs_read_as_any_one_of_them_as_the_steps_read_them() -> None:
    """KB audit 67, F8: a Reolink E1 Zoom's card listed "Sound: a short melody" and "Voice:
    Factory reset was successful" as if both came; its source says one or the other, and the
    hold page already said "…a short melody, or it says…". Each sign after the first says "or"."""
    rows = card_rows(KB, resolve_model(KB, "reolink-e1-zoom"))
    held = next(r for r in rows if r.name == "while_holding")
    assert held.lines[:2] == ("Sound: a short melody", "or Voice: Factory reset was successful")
    assert held.text.startswith("Sound: a short melody, or Voice: Factory reset was successful")
    swann = card_rows(KB, resolve_model(KB, "swann-swwhd-intcam"))
    setup = next(r for r in swann if r.name == "setup_mode")
    assert setup.lines[:2] == ("Light: blue blinking", "or Voice: Ready for pairing")


def test_claims_that_only_add_to_each_other_are_not_called_a_disagreement() -> None:
    """KB audit 67, F9: a Wyze Cam v4's card said "Sources disagree" over two button claims that
    both put it underneath, marked SETUP, one adding the microSD slot beside it; Swann's pairing
    signs likewise (one source gives the blue light alone). Claims that differ stay disputed."""
    wyze = card_rows(KB, resolve_model(KB, "wyze-cam-v4"))
    button = next(r for r in wyze if r.name == "button")
    assert button.disagreement[0] == "The sources agree; some add details:"
    assert not button.conflicting
    swann = card_rows(KB, resolve_model(KB, "swann-swwhd-intcam"))
    assert next(r for r in swann if r.name == "setup_mode").disputed == (
        "The sources agree; some add details:"
    )
    arlo = card_rows(KB, resolve_model(KB, "arlo-pro-4"))
    assert next(r for r in arlo if r.name == "button").disputed == "Sources disagree:"


def test_sure_of_being_powered_is_not_sure_of_a_full_start() -> None:
    """KB audit 67, F7: "Powered and started first: yes: it must be on and fully started first
    — Sure" stood on a Wyze Cam v4's and a UniFi G5 Flex's cards, whose makers say only that it
    must be powered on; a full start-up is the "Start-up time" row's, labelled a default."""
    for model_id in ("wyze-cam-v4", "unifi-g5-flex"):
        rows = {r.name: r for r in card_rows(KB, resolve_model(KB, model_id))}
        powered = rows["powered_first"]
        assert (powered.label, powered.text) == ("Powered on first", "yes: it must be on")
        assert rows["boot_seconds"].is_default


def test_a_model_without_a_button_shows_its_own_sourced_hold() -> None:
    """The IPM-743E's card said "No reset button: … bridge the reset contacts" with no hold,
    while Amcrest's page gives "at least 5 seconds" for it (KB audit 68, R2)."""
    rows = {row.label: row for row in card_rows(KB, resolve_model(KB, "amcrest-ipm-743e"))}
    assert rows["How long to hold"].lines[0].startswith("at least 5 s")
    assert rows["How long to hold"].sources == ("amcrest-support-360001961872",)


def test_a_kasa_cameras_other_owner_is_sent_to_the_kasa_app_first() -> None:
    """A Kasa camera's card led "Another owner's camera" with the Tapo app, "Sure", from a
    Tapo FAQ whose example is a plug; TP-Link's Kasa FAQ, about a plug too, was already
    judged to cover no camera (KB audit 68, R5): both are now judged alike."""
    rows = {row.label: row for row in card_rows(KB, resolve_model(KB, "kasa-ec60"))}
    owner = rows["Another owner's camera"]
    assert owner.lines[0].startswith("Kasa app: ")
    assert owner.confidence != "high"
    tapo = {row.label: row for row in card_rows(KB, resolve_model(KB, "tapo-c200"))}
    assert tapo["Another owner's camera"].confidence == "medium"  # two publishers


def test_removing_a_tapo_from_the_app_first_is_one_authors_habit() -> None:
    """ "Remove it from the app first — yes — Fairly sure" rested on one guide's "I prefer
    removing it from the app" and a README's last resort for one error (KB audit 68, R7);
    hedged since rules 66, it still read "yes". Since rules 67 (`retired`) a new session's
    card has no such "yes": the author's habit is one of the tips, as the guide says it; a
    session started under rules 66 keeps the hedged row it ran with."""
    rows = card_rows(KB, resolve_model(KB, "tapo-c200"))
    assert "Remove it from the app first" not in {row.label for row in rows}
    tips = [row for row in rows if row.label == "Also from the sources"]
    tip = tips[0].lines[0]
    assert tip.startswith("One guide's author removes the camera from the Tapo app and then")
    assert "the same guide says Tapo recommends either way" in tip
    assert tips[0].confidence == "low" and tips[0].sources == ("tapo-smarthomeways",)
    older = seen_from(KB, 66)
    old_rows = card_rows(older, resolve_model(older, "tapo-c200"))
    assert not any("One guide's author" in line for row in old_rows for line in row.lines)
    first = {row.label: row for row in old_rows}["Remove it from the app first"]
    assert first.confidence == "low" and first.sources == ("tapo-smarthomeways",)
    assert first.note is not None and first.note.startswith("Only one guide's author's habit")
    assert "No source says it must be done first." in first.note


@pytest.mark.parametrize("model_id", ["tapo-c100", "kasa-kc105", "kasa-kc400"])
def test_the_seeds_often_stays_with_an_indoor_cameras_button(model_id: str) -> None:
    """The TP-Link seed: "On indoor cameras like the Kasa Spot or Tapo C100, it's often on
    the back or side"; the card read "Where: on the back" (KB audit 68, R12)."""
    rows = {row.label: row for row in card_rows(KB, resolve_model(KB, model_id))}
    assert rows["Reset button"].lines[0] == "Where: often on the back"


@pytest.mark.parametrize("model_id", ["kasa-ec70", "kasa-kc110", "kasa-ec71"])
def test_a_kasa_spot_pan_tilts_card_names_the_guide_that_covers_it(model_id: str) -> None:
    """Its card said "No source gives this model's own reset steps", while the guide "How to
    Reset Kasa Spot Pan Tilt Camera" covers it and gives its button's place (KB audit 68,
    R12)."""
    text = render(ResetCard(KB, resolve_model(KB, model_id)), width=200)
    assert "No source gives this model's own reset steps" not in text
    assert "About the sources: One guide for the Kasa Spot Pan Tilt cameras" in text
    assert "underneath (low: kasa-survguides-pantilt)" in text  # "usually …" on the EC70


def test_a_known_trouble_whose_fix_did_not_work_says_so() -> None:
    """The AD110's "403 Forbidden after a firmware update" showed a roll-back that did not
    work in its own source in the fix's place (KB audit 68, R12)."""
    rows = card_rows(KB, resolve_model(KB, "amcrest-ad110"))
    trouble = next(line for row in rows for line in row.lines if "403 Forbidden" in line)
    assert "after a firmware update: no fix is confirmed. A user pointed to" in trouble


def test_a_camera_whose_shape_no_source_gives_does_not_promise_a_shape_default() -> None:
    """KB audit 70: the Dahua IPC-HFW2431T-ZS-S2's card said "the line and shape defaults
    apply" under "· unknown" (no source gives its shape, so none applies). It now says what
    no source gives and which defaults do apply."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    out = " ".join(CliRunner().invoke(app, ["show", "dahua-ipc-hfw2431t-zs-s2"]).stdout.split())
    assert "shape defaults" not in out
    assert (
        "No source we could read gives this model's own reset steps, its shape or how it is "
        "powered: the Dahua line's defaults and camreset's general defaults apply."
    ) in out
