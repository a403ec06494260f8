"""`camreset kb export` gives other tools the whole resolved KB in the documented shape."""

from __future__ import annotations

import json
import re
from pathlib import Path

from camreset.core.kb.export import EXPORT_KEYS, export_kb
from camreset.core.kb.schema import LIST_FACTS
from camreset.kb_files import load_kb

DOC = Path(__file__).parents[2] / "docs" / "kb.md"
KB = load_kb()
EXPORT = json.loads(json.dumps(export_kb(KB)))  # exactly what a reader of the JSON gets


def documented_keys() -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("### Export: top-level keys", 1)[1]
    section = section.split("\n###", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)


def test_export_has_exactly_the_documented_top_level_keys() -> None:
    assert documented_keys() == list(EXPORT) == list(EXPORT_KEYS)


def test_every_model_is_exported_with_resolved_facts_and_their_origin() -> None:
    assert [m["id"] for m in EXPORT["models"]] == list(KB.models)
    for model in EXPORT["models"]:
        facts = model["facts"]
        assert {"button", "hold"} <= set(facts), model["id"]
        for name, fact in facts.items():
            for one in fact if name in LIST_FACTS else [fact]:
                origins = {"model", "form_factor", "line", "any_brand_shape", "default"}
                assert one["origin"] in origins
                assert one["value"] in [c["value"] for c in one["claims"]]
                assert one["disputed"] == (len(one["claims"]) > 1)
                assert all(c["cites"] and c["confidence"] for c in one["claims"])


def test_a_disputed_fact_keeps_every_claim() -> None:
    c200 = next(m for m in EXPORT["models"] if m["id"] == "tapo-c200")
    hold = c200["facts"]["hold"]
    assert hold["origin"] == "line"
    times = [c["value"].get("min", c["value"].get("recommended")) for c in hold["claims"]]
    assert times == [5, 30, 5, 10, 10]
    assert hold["value"] == hold["claims"][0]["value"] and hold["confidence"] == "medium"
    first = hold["claims"][0]["cites"][0]
    assert set(first) == {"source", "at", "says"} and len(first["says"].split()) <= 25


def test_patterns_carry_their_colours_and_lines_their_support_route() -> None:
    blink = next(p for p in EXPORT["patterns"] if p["id"] == "blink-red-green")
    assert [s["hex"] for s in blink["steps"]] == [KB.colors["red"], KB.colors["green"]]
    tapo = next(line for line in EXPORT["lines"] if line["id"] == "tapo")
    assert tapo["support"]["url"].startswith("https://")
    assert "tapo-c200" in tapo["models"]
    assert tapo["form_factor_generic"]["pan_tilt"]["button"]["origin"] == "form_factor"
    assert {c["id"] for c in EXPORT["troubleshooting"]["causes"]} >= {"released-early"}


def test_a_spinning_light_is_exported_as_one_and_a_blink_as_no_motion() -> None:
    """A tool reading the export draws Ring's white spin going round, not as a blink: the
    pattern's `motion` was left out of it (session 76 E)."""
    spin = next(p for p in EXPORT["patterns"] if p["id"] == "spin-white")
    assert spin["motion"] == "spin"
    assert "motion" not in next(p for p in EXPORT["patterns"] if p["id"] == "blink-red-green")
