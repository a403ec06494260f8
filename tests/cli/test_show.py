"""`camreset show`: the reset card a person reads, exactly as printed at 100 columns."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from camreset.cli.app import app

HEADER = """\
Reset card: Tapo C200
tapo-c200 · TP-Link Tapo · pan-tilt
About the sources: No source gives this model's own reset steps: the line and shape defaults apply.

Reset button                     Where: maybe next to the microSD card slot
                                 First: open the protective cover, on models that have one
                                 Use: a paperclip, pin or SIM-eject tool
                                 Unconfirmed (a single source, or sources from one publisher) · a
                                 default for Tapo pan-tilt cameras · sources: seed-tplink

How long to hold                 5 s
                                 Fairly sure (independent sources give this value) · a default for
                                 the whole Tapo line · sources: tapo-smarthomecorner,
                                 tapo-homeguidepro, tapo-hatc-newfw-doc
                                 Sources disagree (5 s to 30 s):
                                 1. 5 s (medium: tapo-smarthomecorner, tapo-homeguidepro,
                                 tapo-hatc-newfw-doc)
                                 2. 30 s (medium: seed-tplink, tapo-unanswered-password)
                                 3. 5 to 10 s (low: tapo-smarthomeways)
                                 4. 10 s (low: tapo-thehuts)
                                 5. 10 to 15 s, aim for 15 s (low: tapo-scos-tapo, seed-tplink)
                                 Note: A source found that letting go at 5 s resets it only in part
                                 (the local admin password is kept): the guide has you keep holding
                                 past 5 s, aiming for 10 s, the next hold a source gives.

"""


def test_card_of_tapo_c200_says_where_how_long_and_how_sure(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "tapo-c200")
    assert run.code == 0
    text = "\n".join(run.lines)
    assert text.startswith(HEADER)
    for line in (
        "Powered on first                 yes: it must be on",
        "Start-up time                    2 min",
        "While holding                    Light: red blinking",
        "Restart time                     3 min",
        "Setup mode looks like            Light: red and green, alternating",
        "                                 Wi-Fi name: Tapo_Cam_XXXX",
        "Power                            power adapter, 9 V, 0.6 A",
        "How it is added again            the camera's own setup Wi-Fi",
        "Sources",
    ):
        assert line in run.lines
    # three software resets, under one label (a Blink card's "Power" and hold windows each
    # read twice, a terminal reviewer)
    assert sum(line.startswith("Software reset  ") for line in run.lines) == 1
    at = run.lines.index(next(line for line in run.lines if line.startswith("Software reset ")))
    entries = [line.strip() for line in run.lines[at : at + 12] if "• app: " in line]
    assert len(entries) == 3 and entries[0].startswith("Software reset")
    assert all(line.startswith("• app: Tapo app") for line in entries[1:])
    # each its own source under it; how sure and which default once, for all three
    assert sum("Unconfirmed" in line for line in run.lines[at : at + 12]) == 1


def test_a_card_with_no_reset_button_gives_nothing_to_hold(cli) -> None:  # type: ignore[no-untyped-def]
    """The Hikvision turret's card said "No reset button", then "How long to hold: at least
    30 s" from six sources about other models."""
    labels = {line.split("  ")[0] for line in cli("show", "hikvision-ds-2cd2323g0-iu").lines}
    assert "Reset button" in labels and "Forgot the password" in labels
    assert not labels & {"How long to hold", "While holding", "Powered on first"}
    dome = {line.split("  ")[0] for line in cli("show", "hikvision-ds-2cd2143g2-i").lines}
    assert "How long to hold" in dome


def test_a_camera_on_its_cable_has_no_wifi_rows_from_its_lines_defaults(cli) -> None:  # type: ignore[no-untyped-def]
    """A Reolink RLC-510A, a PoE bullet added over its cable, listed the Wi-Fi bands it needs
    and how to change its Wi-Fi without a reset, from the Reolink line's defaults (technician
    review 40, 13). A Reolink with its own Wi-Fi keeps them."""
    wired = {line.split("  ")[0] for line in cli("show", "reolink-rlc-510a").lines}
    assert "How it is added again" in wired and "Power over Ethernet" in wired
    assert not wired & {"Wi-Fi it needs", "Changing Wi-Fi without a reset"}
    wifi = {line.split("  ")[0] for line in cli("show", "reolink-duo-2-wifi").lines}
    assert {"Wi-Fi it needs", "Changing Wi-Fi without a reset"} <= wifi


def test_hikvisions_sources_disagree_on_powering_it_first_and_the_card_says_so(cli) -> None:  # type: ignore[no-untyped-def]
    """The Hikvision card said "Powered and started first: yes" and, lower down, "hold the
    button while the power comes back on", with no word that its sources disagree (technician
    review 40, 10). Both are on the card now, each in words, with its source."""
    lines = cli("show", "hikvision-ds-2cd2143g2-i").lines
    at = next(i for i, line in enumerate(lines) if line.startswith("Powered on first"))
    block = " ".join(" ".join(lines[at : at + 12]).split())
    assert "Sources disagree:" in block
    assert "yes: it must be on (low: h-o-m-e-hik-reset)" in block
    assert "no: the button is held while the power comes back on (medium: wrightwood-hik-" in block
    # five sources against one: the card follows them (KB audit 48)
    assert block.startswith("Powered on first no: the button is held while the power")


def test_any_spelling_shows_the_same_card(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("show", "TAPO C-200").out == cli("show", "tapo-c200").out


def test_unknown_model_exits_2_with_one_line_naming_the_closest(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "C2Z0")
    assert (run.code, run.out) == (2, "")
    assert run.err.splitlines() == [
        "camreset show: unknown camera model 'C2Z0'; closest: "
        "tapo-c120, tapo-c200, tapo-c210, tapo-c220, tapo-c230"
    ]


def test_a_dahua_number_from_the_label_gets_dahuas_usual_card(cli) -> None:  # type: ignore[no-untyped-def]
    """ "DH-IPC-HFW2831T-ZS" (the label's spelling) and "IPC-HDW2431T-AS" were refused (exit 2)
    with an unrelated camera as closest, where a Hikvision "DS-…" number unlisted got its
    brand's card (technician review 40)."""
    for typed in ("DH-IPC-HFW2831T-ZS", "IPC-HDW2431T-AS"):
        run = cli("show", typed)
        assert run.code == 1, (typed, run.err)
        said = " ".join(run.out.split())
        assert f"“{typed}” is not in camreset's list of Dahua cameras" in said
        assert "Reset card: Dahua camera (model unknown)" in said
    assert cli("show", "DH-SD2AY").out == cli("show", "Dahua SD2AY").out  # the prefix is Dahua


def test_a_model_of_a_brand_not_listed_says_what_to_try_next(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "foscam fi9821")
    assert (run.code, run.out) == (2, "")
    assert run.err.splitlines() == [
        "camreset show: unknown camera model 'foscam fi9821': no listed model or brand is close "
        "(`camreset models` lists them); for another brand, --line other --form-factor SHAPE "
        "gives the usual steps"
    ]
    told = cli("show", "--line", "other", "--form-factor", "doorbell")
    assert told.code == 0 and "Doorbell camera of another or unknown brand" in told.out


def test_an_empty_model_is_said_to_be_empty(cli) -> None:  # type: ignore[no-untyped-def]
    """Terminal review 59: "unknown camera model '': no listed model or brand is close"."""
    for typed in ("", "   "):
        run = cli("show", typed)
        assert (run.code, run.out) == (2, "")
        assert run.err.splitlines() == [
            "camreset show: MODEL is empty: give a model (e.g. tapo-c200), or just the line: 'tapo'"
        ]


def test_a_hubs_name_is_said_to_be_the_hub_with_where_its_cameras_are(cli) -> None:  # type: ignore[no-untyped-def]
    for typed in ("sync module 2", "Blink Sync Module"):  # with its brand: not Blink's usual card
        run = cli("show", typed)
        assert (run.code, run.out) == (2, ""), typed
        assert run.err.splitlines() == [
            f"camreset show: unknown camera model {typed!r}: that is the Blink Sync Module, the "
            "box Blink cameras pair through, not a camera (`camreset models blink` lists them)"
        ]


def test_a_typed_name_shown_back_never_carries_a_control_character(cli) -> None:  # type: ignore[no-untyped-def]
    """What a person typed is said back on the card ("… is not in camreset's list", "taken as
    the closest"): an escape sequence in it would recolour or clear the terminal."""
    for typed in ("tapo\x1b[31mred", "tapo c2\x1b]0;x\x0700", "tapo\u202eC200", "c20\x000"):
        run = cli("show", typed)
        shown = run.out + run.err
        assert not any(ch in shown for ch in "\x1b\x07\x00\u202e"), (typed, shown[:200])
        echoed = "camreset's list" in shown or "taken as the closest" in shown
        assert echoed == ("\ufffd" in shown), typed  # said back, with a mark where it was


def test_an_o_typed_for_a_zero_is_read_as_the_zero_and_said(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "C2O0")
    assert run.code == 0
    assert run.out.startswith("No camera is called “C2O0”: taken as the closest, Tapo C200.")


def test_family_name_exits_2_listing_the_family(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "Kasa Spot")
    assert run.code == 2
    assert run.err.startswith("camreset show: unknown camera model 'Kasa Spot'; closest: kasa-")
    assert "kasa-kc110" in run.err and "tapo-" not in run.err


def test_line_only_shows_defaults_labelled_as_defaults(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "tapo", "--form-factor", "pan_tilt")
    assert run.code == 0
    assert run.lines[:4] == [
        "Reset card: TP-Link Tapo camera (pan-tilt)",
        "tapo-any-pan-tilt · TP-Link Tapo · pan-tilt",
        "Model not known: these are the defaults for the line and camera type, not facts about "
        "your model.",
        "Find the model on the label to get its own card.",
    ]
    assert cli("show", "--line", "Tapo", "--form-factor", "pan_tilt").out == run.out
    # as `camreset models` prints it (a helpdesk reviewer's copy was refused)
    assert cli("show", "tapo", "--form-factor", "pan-tilt").out == run.out
    wrong = cli("show", "tapo", "--form-factor", "blimp")
    assert wrong.code == 2 and "unknown shape 'blimp'; shapes: indoor, pan-tilt" in wrong.err


def test_a_shape_the_brand_is_not_listed_with_is_said_above_its_defaults(cli) -> None:  # type: ignore[no-untyped-def]
    """`show ring --form-factor dome` gave Ring's defaults for a dome as if Ring made one."""
    run = cli("show", "ring", "--form-factor", "dome")
    assert run.code == 0
    assert " ".join(run.out.split("Reset card:")[0].split()) == (
        "camreset lists no Ring camera of this shape (dome); the Ring cameras it lists are "
        "indoor, outdoor, doorbell and battery ones. Check the shape, or find the model on the "
        "label."
    )
    notice = json.loads(cli("show", "ring", "--form-factor", "dome", "--json").out)["notice"]
    assert notice.startswith("camreset lists no Ring camera of this shape (dome)")
    for listed in (["ring", "--form-factor", "doorbell"], ["other", "--form-factor", "dome"]):
        out = cli("show", *listed).out
        assert out.startswith("Reset card:") and "lists no" not in out, listed


def test_line_without_form_factor_and_unknown_line(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("show", "amcrest").lines[0]
    assert first.startswith("Reset card: ") and first.endswith("camera (model unknown)")
    run = cli("show", "--line", "nikon")
    assert (run.code, run.err) == (
        2,
        "camreset show: unknown line 'nikon'; lines: amcrest, arlo, blink, dahua, eufy, ezviz, "
        "hikvision, kasa, lorex, nest, reolink, ring, simplisafe, swann, tapo, unifi, wyze, "
        "other\n",
    )


def test_json_card_has_every_resolved_fact(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "ip4m1041b", "--json")
    data = json.loads(run.out)
    assert (data["id"], data["generic"]) == ("amcrest-ip4m-1041b", False)
    assert data["facts"]["hold"]["value"] == {"min": 30, "max": 60}
    assert [c["cites"][0]["source"] for c in data["facts"]["hold"]["claims"]] == [
        "seed-amcrest",
        "cleveland-amcrest-password-reset",
    ]
    assert data["facts"]["hold"]["origin"] == "line"
    assert data["facts"]["button"]["origin"] == "form_factor"


def test_bad_command_line_exits_2_without_traceback(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "--bogus")
    assert run.code == 2
    assert "No such option: --bogus" in run.err
    assert cli("show", "tapo", "--form-factor", "spherical").code == 2


def test_a_model_of_a_known_line_not_listed_shows_that_lines_defaults(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "KC125")  # a real Kasa camera camreset does not list: never Tapo's C125
    assert run.code == 1
    text = " ".join(run.lines)
    assert "“KC125” is not in camreset's list of TP-Link Kasa cameras" in text
    assert "Reset card: TP-Link Kasa camera (model unknown)" in run.lines
    assert not any(line.startswith("Reset card: Tapo") for line in run.lines)
    # the listed models spelled much like it are named, as `guide` names them
    assert "Listed and close to it: Kasa Spot KC105 (kasa-kc105);" in text
    data = json.loads(cli("show", "KC125", "--json").out)
    assert (data["not_listed"], data["line"], data["generic"]) == ("KC125", "kasa", True)
    assert data["closest"] and all(m.startswith("kasa-") for m in data["closest"])


def test_a_model_number_no_line_owns_is_unknown_without_a_card(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "C400")  # no line has a C400; KC400 is another number
    assert (run.code, run.out) == (2, "")
    assert "kasa-kc400" not in run.err


def test_a_near_miss_is_shown_with_a_notice_naming_the_camera_taken(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "c2000")
    assert run.code == 0
    assert run.lines[:3] == [
        "No camera is called “c2000”: taken as the closest, Tapo C200. If yours is another, type "
        "the model",
        "number on its label.",
        "Reset card: Tapo C200",
    ]
    assert "No camera is called" not in cli("show", "Tapo C200").out
    assert json.loads(cli("show", "c2000", "--json").out)["taken_as"] == "c2000"
    assert "taken_as" not in json.loads(cli("show", "tapo-c200", "--json").out)


def test_a_narrow_terminal_gets_each_label_above_its_words_and_nothing_cut() -> None:
    """At 60 columns a label beside its words left them a column a few letters wide, and long
    addresses and source ids ended in "…": now every word and address is there in full."""
    narrow = CliRunner(env={"COLUMNS": "60", "NO_COLOR": "1", "FORCE_COLOR": None})
    wide = CliRunner(env={"COLUMNS": "120", "NO_COLOR": "1", "FORCE_COLOR": None})
    out = narrow.invoke(app, ["show", "hikvision-ds-2cd2143g2-i"]).stdout
    lines = out.splitlines()
    words = [line for line in lines if not line.lstrip().startswith(("http://", "https://"))]
    assert "…" not in out and max(len(line.rstrip()) for line in words) <= 60
    assert "Reset button" in lines and lines[lines.index("Reset button") + 1].startswith("  ")
    urls = re.findall(
        r"https?://\S+", wide.invoke(app, ["show", "hikvision-ds-2cd2143g2-i"]).stdout
    )
    assert urls
    for url in urls:  # whole on a line of its own, to click or paste (review 71, I #9)
        assert f"  {url}" in lines


def test_a_source_address_is_printed_whole_on_its_own_line_at_80_columns() -> None:
    """Terminal review 71, I #9: at 80 columns Lorex's reset article printed as
    ".../link/portal/57356/" / "57366/Article/1611/IP-Cameras-Restoring-default-set" /
    "tings", which no terminal can open or paste; the terminal wraps a long line itself."""
    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None})
    lines = runner.invoke(app, ["show", "lorex-e893ab"]).stdout.splitlines()
    url = (
        "https://help.lorextechnology.com/link/portal/57356/57366/Article/1611/"
        "IP-Cameras-Restoring-default-settings"
    )
    at = next(i for i, line in enumerate(lines) if line.startswith("lorex-help-1611 "))
    assert lines[at].split(None, 1)[1].startswith("IP Cameras: Restoring default settings")
    following = [line.strip() for line in lines[at + 1 : at + 4]]
    assert url in following


def test_piped_cards_and_lists_keep_each_record_on_one_line() -> None:
    """Terminal review 18: `camreset models hikvision | grep …` split a model's name over two
    lines and padded every line with spaces to 80 columns. Through a real pipe, with no
    COLUMNS set, each model is one line and no line ends in spaces."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["NO_COLOR"] = "1"

    def piped(*args: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "camreset", *args], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    rows = piped("models", "hikvision")
    assert not [line for line in rows if line != line.rstrip()]
    named = [line for line in rows if line.startswith("hikvision-")]
    assert len(named) == len(rows) - 1  # the header, then one line per model
    assert any("Hikvision DS-2CD1043G2-LIU (4 MP Smart Hybrid Light bullet)" in r for r in named)
    card = piped("show", "hikvision-ds-2cd2t47g2-l")
    assert not [line for line in card if line != line.rstrip()]
    about = "About the sources: No source gives this model's own reset steps: the line and shape"
    assert any(line.startswith(about) and line.endswith("defaults apply.") for line in card)


def test_a_brand_whose_line_name_starts_with_it_is_named_once(cli) -> None:  # type: ignore[no-untyped-def]
    """ "Reset card: Eufy eufy Security camera" (terminal review 26, L5)."""
    run = cli("show", "eufy")
    assert run.lines[0] == "Reset card: eufy Security camera (model unknown)"


def test_a_hubs_light_chart_is_one_list_with_how_sure_said_once(cli) -> None:  # type: ignore[no-untyped-def]
    """The Blink Sync Module's six meanings each repeated "Sure (…) · a default for the whole
    Blink line · sources: …": a bullet each now, wrapped under its own start, the rest once."""
    lines = cli("show", "blink-outdoor-4").lines
    at = next(i for i, line in enumerate(lines) if line.startswith("What the hub's lights mean"))
    block = lines[at : next(i for i in range(at + 1, len(lines)) if not lines[i].strip())]
    column = lines[at].index("•")
    bullets = [line for line in block if line[column:].startswith("• ")]
    assert len(bullets) == 6 and "steady red" in " ".join(block)
    rest = [line for line in block if line not in bullets]
    wrapped = [line for line in rest if line[column : column + 2] == "  "]
    assert len(wrapped) >= 5 and all(line[:column].strip() == "" for line in rest)
    said = " ".join(line.strip() for line in block)
    assert said.count("Sure (the maker's own documentation says so)") == 1
    assert said.count("a default for the whole Blink line") == 1
    assert said.count("blink-support-2258854") == 1


def test_no_card_says_none_where_its_entries_are_sure_in_different_ways() -> None:
    """A list whose entries differ in how sure they are (or why: "read in a copy on …")
    printed "None (None)" or "Sure (None)" below it, on 109 of the 219 cards."""
    from rich.console import Console

    from camreset.cli.render_card import ResetCard
    from camreset.core.kb.resolve import resolve_model
    from camreset.kb_files import load_kb

    kb = load_kb()
    saying_none = []
    for model_id in kb.models:
        console = Console(width=100, color_system=None)
        with console.capture() as capture:
            console.print(ResetCard(kb, resolve_model(kb, model_id)))
        if re.search(r"\bNone\b", capture.get()):
            saying_none.append(model_id)
    assert saying_none == []


def test_a_card_in_a_terminal_ends_no_line_in_spaces() -> None:
    """Installer review 44: in a real terminal, with colours, every line of a card ran on in
    spaces to the terminal's width, and a card copied from it carried them along. In a
    pseudo-terminal the card keeps its colours and its columns, and no line ends in spaces."""
    import os
    import sys

    import pexpect

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    env["TERM"] = "xterm-256color"
    shown = pexpect.spawn(
        sys.executable,
        ["-m", "camreset", "show", "tapo-c200"],
        env=env,
        dimensions=(40, 80),
        encoding="utf-8",
        timeout=30,
    )
    out = shown.read()
    shown.close()
    assert shown.exitstatus == 0, out
    assert "\x1b[" in out  # coloured, as a terminal gets it
    plain = re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\", "", out)  # colours, links
    lines = plain.replace("\r", "").splitlines()
    assert "Reset button" in lines[5] and "Where: maybe next to the microSD card slot" in lines[5]
    words = [line for line in lines if not line.lstrip().startswith("https://")]
    assert max(len(line) for line in words) <= 80  # an address is whole, wrapped by the terminal
    assert [line for line in lines if line.endswith(" ")] == []
