"""`camreset models`: find a model by any part of its name, or list them all."""

from __future__ import annotations

import json

from rich.console import Console

from camreset.cli.models_cmd import _all_models
from camreset.cli.render_models import ModelTable
from camreset.kb_files import load_kb


def test_models_c200_lists_the_match_and_not_kasas_kc200(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("models", "c200")
    assert run.code == 0
    assert run.lines == [  # KC200 is another line's number: "C200" sits inside it, not at a start
        "id         name       line  form factor  status  matched",
        "tapo-c200  Tapo C200  tapo  pan-tilt             Tapo C200",
    ]


def test_models_without_query_lists_every_model(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("models", "--json")
    rows = json.loads(run.out)
    assert len(rows) == len(load_kb().models)
    assert [(r["line"], r["id"]) for r in rows] == sorted((r["line"], r["id"]) for r in rows)
    assert rows[0] == {
        "id": "amcrest-ad110",
        "name": "Amcrest 1080P Wi-Fi Video Doorbell AD110",
        "line": "amcrest",
        "form_factor": "doorbell",
        "status": None,
    }


def test_models_json_search_says_what_matched(cli) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("models", "Tapo C-200", "--json").out)
    assert rows[0] == {
        "id": "tapo-c200",
        "name": "Tapo C200",
        "line": "tapo",
        "form_factor": "pan_tilt",
        "status": None,
        "score": 1.0,
        "matched": "Tapo C200",
    }


def test_a_brand_lists_every_model_and_a_long_list_says_how_many_more(cli) -> None:  # type: ignore[no-untyped-def]
    """ "amcrest" stopped at 20 of 24 models without a word (an installer reviewer)."""
    kb = load_kb()
    amcrest = sorted(m for m in kb.models if kb.model_line[m] == "amcrest")
    run = cli("models", "amcrest", "--json")
    assert sorted(r["id"] for r in json.loads(run.out)) == amcrest
    vague = cli("models", "cam")
    every = json.loads(cli("models", "cam", "--json").out)
    listed = [line for line in vague.lines if line.split(" ")[0] in {r["id"] for r in every}]
    assert len(every) > 40 and len(listed) == 40
    assert vague.err == f"… and {len(every) - 40} more: type more of the name, or add --json.\n"


def test_a_brands_first_letters_list_its_models(cli) -> None:  # type: ignore[no-untyped-def]
    """`models hik` found nothing (exit 1) though the guide's brand picker takes "hik"
    (technician review 51); two letters, or letters two brands start with, stay no match."""
    kb = load_kb()
    for typed, line in (("hik", "hikvision"), ("Reo", "reolink"), ("amc", "amcrest")):
        run = cli("models", typed, "--json")
        assert run.code == 0, run.err
        assert {r["line"] for r in json.loads(run.out)} == {line}
        assert len(json.loads(run.out)) == sum(1 for m in kb.models if kb.model_line[m] == line)
    assert cli("models", "hi").code == 1


def test_no_match_exits_1_and_says_so(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("models", "zebra 9000")
    assert (run.code, run.out) == (1, "")
    assert run.err == (  # the shape of every error: "camreset COMMAND: message"
        "camreset models: no camera model matches 'zebra 9000'; `camreset models` lists them all\n"
    )
    hub = cli("models", "sync module 2")  # the same words `camreset show` explains
    assert hub.code == 1 and hub.err == (
        "camreset models: no camera model matches 'sync module 2': that is the Blink Sync Module, "
        "the box Blink cameras pair through, not a camera (`camreset models blink` lists them)\n"
    )


def test_no_match_with_json_prints_an_empty_list(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("models", "zebra 9000", "--json")
    assert (run.code, json.loads(run.out)) == (1, [])


def test_the_list_at_80_columns_keeps_ids_whole_and_names_readable() -> None:
    kb = load_kb()
    console = Console(width=80, record=True, color_system=None)
    console.print(ModelTable(_all_models(kb), {"tapo-c200": "discontinued"}))
    lines = console.export_text().splitlines()
    assert lines[lines.index("tapo-c200") + 1] == "  Tapo C200 · pan-tilt · discontinued"
    ids = [line for line in lines if not line.startswith("  ")]
    assert sorted(ids) == sorted(kb.models)  # every id whole, on its own line
    assert all(len(line) <= 80 for line in lines)


def test_an_empty_query_is_bad_input_not_no_match(cli) -> None:  # type: ignore[no-untyped-def]
    """`camreset models ''` said "no camera model matches ''" and exited 1 (a CLI reviewer)."""
    run = cli("models", "  ")
    assert run.code == 2
    assert "it is empty" in " ".join(run.err.split())


def test_a_brand_search_at_80_columns_does_not_repeat_the_brand_on_every_entry() -> None:
    """`models hikvision` at 80 columns ended each entry with `matched “hikvision”`, often
    wrapped alone onto its own line (a technician reviewer); the name already says it."""
    from camreset.core.kb.search import search_models

    kb = load_kb()
    console = Console(width=80, record=True, color_system=None)
    console.print(ModelTable(search_models(kb, "hikvision", limit=99), {}, show_match=True))
    lines = console.export_text().splitlines()
    assert lines[lines.index("hikvision-ds-2cd2143g2-i") + 1] == (
        "  Hikvision DS-2CD2143G2-I (AcuSense 4 MP dome) · dome"
    )
    assert not [line for line in lines if "matched" in line or "“" in line]


def test_an_alias_that_is_not_in_the_name_is_still_said_at_80_columns() -> None:
    from camreset.core.kb.search import Match

    row = Match("wyze-cam-v3", "Wyze Cam v3", "wyze", "bullet", 1.0, "WYZEC3")
    console = Console(width=80, record=True, color_system=None)
    console.print(ModelTable([row], {}, show_match=True))
    assert "  Wyze Cam v3 · bullet · matched “WYZEC3”" in console.export_text().splitlines()
