"""Facts whose sources an audit read again (session 20): each card row says only what its
sources say, at the confidence those sources earn (found by a reviewer checking 69 claims)."""

from __future__ import annotations

from camreset.core.kb.resolve import resolve_model
from camreset.core.present.facts import FactView, card_views
from camreset.kb_files import load_kb

KB = load_kb()


def rows(model_id: str, name: str) -> list[FactView]:
    return [row for row in card_views(KB, resolve_model(KB, model_id)) if row.name == name]


def test_a_hold_one_owner_says_did_nothing_is_not_given_as_the_hold() -> None:
    """The one S220 source says ten seconds on the sync button did nothing and five presses
    did: the card gives the line's hold, and the tip says both."""
    (hold,) = rows("eufy-solocam-s220", "hold")
    assert hold.origin and "github-eufy-security-client-452" not in hold.sources
    tips = " ".join(row.text for row in rows("eufy-solocam-s220", "tips"))
    assert "10 seconds did nothing" in tips and "5 times" in tips


def test_a_makers_article_about_its_cameras_in_general_is_not_sure_for_one_model() -> None:
    """Lorex's IP-camera article says only some of them have a button: it makes neither the
    place nor the hold "sure" for the E893AB."""
    for name in ("button", "hold"):
        (row,) = rows("lorex-e893ab", name)
        assert row.confidence != "high", name


def test_one_claim_does_not_borrow_the_makers_confidence_for_a_guides_route() -> None:
    """Blink's page gives only the delete-the-whole-system route; the one-camera route is a
    third-party guide's and is listed as unconfirmed beside it."""
    (route,) = rows("blink-outdoor-4", "unbind_route")
    assert "Delete System" in route.text and route.confidence == "high"
    assert route.disagreement[0] == "The sources give more than one way:"
    (one,) = [line for line in route.disagreement if "Delete Device" in line]
    assert one.endswith("(low: askvity-blink-remove-camera)")


def test_rings_factory_restore_light_is_not_claimed_as_the_sign_while_holding() -> None:
    """Ring's light tables name a factory-restore pattern but not when it shows: taken as the
    sign to hold until, it was "sure" beside a note saying the source does not say so (diff
    reviewer). The card keeps it as a light the camera shows, the hold its labelled default."""
    for model_id in ("ring-wired-doorbell-plus", "ring-indoor-cam", "ring-stick-up-cam-battery"):
        (holding,) = rows(model_id, "while_holding")
        assert holding.origin is not None and holding.confidence != "high", model_id
        assert any("factory restore" in r.text for r in rows(model_id, "led_states")), model_id


def test_rings_current_transfer_route_comes_first_and_the_older_one_is_kept() -> None:
    (route,) = rows("ring-indoor-cam", "unbind_route")
    assert route.text.startswith("Previous owner, in the current Ring app")
    assert any("Remove this Device" in line for line in route.disagreement)


def test_two_guides_placing_the_wyze_cam_og_button_differently_are_both_shown() -> None:
    (button,) = rows("wyze-cam-og", "button")
    assert button.disagreement[0] == "Sources disagree:"
    assert any("underneath" in line for line in button.disagreement)


def test_what_ring_support_asks_for_is_rings_own_word_first() -> None:
    """A shop's guide on cameras without a QR code gave "label photo, proof of purchase";
    Ring's page says its agents verify you with a support code made in the app."""
    (needs,) = rows("ring-video-doorbell-4", "support_needs")
    assert needs.confidence == "high" and needs.sources == ("ring-support-8id8q",)
    assert "support code" in needs.text.lower()


def test_a_hold_its_source_says_does_not_go_that_far_is_a_partial_window_not_the_hold() -> None:
    """The one C110 source says TP-Link's 5 s reset "doesn't go that far": the card gives the
    line's holds, with their disagreement, and 5 s as a partial reset (second audit)."""
    (hold,) = rows("tapo-c110", "hold")
    assert hold.origin and hold.disagreement  # the line's, with the 30 s beside the 5 s
    (window,) = rows("tapo-c110", "reset_windows")
    assert window.text.startswith("5 s: partial")


def test_a_makers_faq_about_smart_plugs_is_not_sure_for_a_kasa_camera() -> None:
    """TP-Link's unbinding FAQ speaks of smart-home products in the Kasa app (an HS110 plug)
    and NC cameras in another app, never of a Kasa camera."""
    for model_id in ("kasa-kc400", "kasa-kc100"):
        for name in ("unbind_route", "software_reset"):
            for row in rows(model_id, name):
                if "tplink-faq-1351" in row.sources:
                    assert row.confidence != "high", (model_id, name)


def test_a_makers_faq_about_a_subscription_is_not_sure_for_what_support_asks() -> None:
    """What Tapo support asks for rests on a Tapo Care subscription FAQ (Dutch, on TP-Link's
    test host): the card and the report's source say it, but not as the maker's own word
    on the camera (a terminal reviewer read "Sure" beside it)."""
    for name in ("support_needs", "support_contact"):
        (row,) = rows("tapo-c200", name)
        assert "tapo-faq-638-nl" in row.sources and row.confidence != "high", name


def test_a_hikvision_turret_is_told_where_a_dealer_found_its_button() -> None:
    """KB audit 48: a turret's card said it has no reachable button (one installer's guide),
    though a dealer pictures the DS-2CD2343G2-I's button by its memory card slot: the card
    follows the dealer and still says what the installer wrote."""
    (button,) = rows("hikvision-ds-2cd2343g2-iu", "button")
    assert "microSD card slot" in button.text and "open the camera up" in button.text
    assert any("not reachable" in line for line in button.disagreement)


def test_a_mini_bullets_button_is_not_a_large_bullets() -> None:
    """KB audit 48: the installer's guide puts the button on the back of mini bullets and by
    the card slot on larger cameras; every Hikvision bullet was told the back."""
    (mini,) = rows("hikvision-ds-2cd2047g2-lu", "button")
    assert "on the back" in mini.text and not mini.disagreement
    (large,) = rows("hikvision-ds-2cd2t47g2-l", "button")
    assert "microSD card slot" in large.text
    assert any("mini bullets" in line for line in large.disagreement)


def test_dahuas_factory_address_says_whose_it_is() -> None:
    """KB audit 48: 192.168.1.108 comes from a source about a wired camera at its factory
    defaults, and reached the Wi-Fi C3A and the DB11 doorbell without a word."""
    (ip,) = rows("dahua-c3a", "default_ip")
    assert ip.text == "192.168.1.108"
    assert ip.note is not None and "says nothing of Dahua's Wi-Fi cameras or doorbells" in ip.note


def test_reolinks_own_word_on_the_login_comes_before_a_maintainers_123456() -> None:
    """KB audit 60, P7: Reolink's page says a login password is created when any Reolink
    device is first set up, but the card rested on a blog (admin, blank) and a maintainer's
    "123456". Reolink's word is followed, and the other two are still shown."""
    (login,) = rows("reolink-argus-3-pro", "default_credentials")
    assert "reolink-support-change-device-password" in login.sources
    assert login.confidence == "high"
    assert "creates the login password" in login.text and "123456" not in login.text
    said = " ".join(login.disagreement)
    assert "123456" in said and "user: admin" in said


def test_lorexs_recorder_manuals_000000_is_shown_beside_the_blogs_admin_admin() -> None:
    """KB audit 60, P3: every Lorex model read admin/admin from one blog, while Lorex's
    recorder manuals give admin/000000. Both are shown, the manuals' said to be the
    recorder's login."""
    (login,) = rows("lorex-e893ab", "default_credentials")
    assert login.disagreement[0] == "Sources disagree:"
    (manuals,) = [line for line in login.disagreement if "000000" in line]
    assert "for the recorder" in manuals
    assert manuals.endswith("(low: lorex-manual-nr800-p52, lorex-manual-lh070-p40)")


def test_arlos_cold_weather_page_makes_the_pro_and_go_battery_sure() -> None:
    """KB audit 60, P8: Arlo's cold-weather battery page names the Ultra, Pro 3, Pro 2, Pro and
    Go, but covered only the Pro 2 and Pro 3: the Pro's battery read low from a guide and the
    Go's from a user's issue."""
    for model in ("arlo-pro", "arlo-go", "arlo-ultra"):
        battery = [row for row in rows(model, "power") if "battery" in row.text]
        assert battery and battery[0].confidence == "high", model
        assert "arlo-faq-000051490" in battery[0].sources, model


def test_the_blink_xts_aa_lithium_cells_have_a_second_source() -> None:
    """KB audit 60, P11: the XT's and XT2's "AA lithium, never recharged" rested only on
    Blink's Outdoor 4 page, which covers neither (low); a guide about the XT and XT2 says the
    same, so two publishers agree."""
    for model in ("blink-xt", "blink-xt2"):
        (battery,) = [row for row in rows(model, "power") if "battery" in row.text]
        assert "non-rechargeable" in battery.text and battery.confidence == "medium", model


def test_a_manual_whose_reset_section_we_could_not_read_is_pointed_to() -> None:
    """KB audit 60, P9 and P10: the AVD1001B's and SWWHD-INTCAM's manuals have their own reset
    sections, which the stored copies do not hold; the cards said only that no source gives
    the steps. They now say where the maker's steps are, and give none of them."""
    doorbell = rows("arlo-essential-video-doorbell-wired", "tips")
    (arlo,) = [r for r in doorbell if "Reset the" in r.text]
    assert "chapter 12, Troubleshooting" in arlo.text and arlo.confidence == "high"
    (swann,) = [r for r in rows("swann-swwhd-intcam", "tips") if "reset steps" in r.text]
    assert "'Factory Resetting the Camera' (page 40)" in swann.text


def test_swanns_account_info_wording_is_said_beside_staying_paired() -> None:
    """KB audit 60, P16: Swann's reset page says in its introduction that a reset erases
    "account info", and in its BEWARE box that the camera stays paired; the card gave only
    "no" and left a reader of the page wondering which holds."""
    (unbinds,) = rows("swann-swifi-4kptbc", "reset_unbinds_account")
    assert unbinds.lines == ("no",) and unbinds.confidence == "high"
    assert unbinds.note is not None and '"account info"' in unbinds.note
    assert "stays paired" in unbinds.note


def test_reolinks_nvr_reset_button_tip_keeps_the_hardware_versions_it_is_for() -> None:
    """KB audit 60, R7: Reolink's page limits its NVR reset-button method to six hardware
    versions; the tip gave it for every RLN8-410, RLN16-410, RLN36 and RLN12W."""
    (tip,) = [r for r in rows("reolink-rlc-510a", "tips") if "RLN12W" in r.text]
    assert "only on hardware versions N2MB02, N3MB01, N7MB01, H3MB18, N6MB01" in tip.text
