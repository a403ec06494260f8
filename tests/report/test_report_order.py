"""What support acts on comes first in every format: how it ended, the camera, what its
support asks for and the likely causes, then the long list of steps (support-report review
67 I, #10: an agent read 80 to 130 lines of steps before what support asks for)."""

from __future__ import annotations

import re

from tests.report.test_report_sources import KB, walk

from camreset.core.report import build_report, render_markdown, render_text

EZVIZ = walk("ezviz-bc1", "pin,app")  # 25 steps, three holds asked for alike


def test_the_text_puts_the_outcome_needs_and_causes_before_the_steps() -> None:
    lines = render_text(build_report(KB, EZVIZ)).splitlines()
    assert lines[2].startswith("Outcome:") and "Not solved" in lines[2]
    titles = [
        "WHAT EZVIZ SUPPORT ASKS FOR", "CAUSES STILL LIKELY", "CAUSES RULED OUT", "STEPS TRIED",
        "VENDOR SUPPORT",
    ]  # fmt: skip
    at = [lines.index(t) for t in titles]
    assert at == sorted(at)
    assert next(n for n, line in enumerate(lines) if line.startswith("Camera:")) < at[0] < 20
    assert lines.index("STEPS TRIED") < 45  # was line 15, and what support asks for line 97


def test_the_markdown_keeps_the_same_order() -> None:
    text = render_markdown(build_report(KB, EZVIZ))
    titles = [
        "- **Outcome:**", "- **Camera:**", "## What EZVIZ support asks for",
        "## Causes still likely", "## Causes ruled out", "## Steps tried", "## Vendor support",
    ]  # fmt: skip
    at = [text.index(t) for t in titles]
    assert at == sorted(at)


def test_the_json_lists_its_fields_in_the_same_order() -> None:
    keys = list(build_report(KB, EZVIZ).model_dump(mode="json"))
    order = ["outcome", "model_name", "support_needs", "still_likely", "ruled_out", "steps"]
    assert [keys.index(k) for k in order] == sorted(keys.index(k) for k in order)
    assert keys.index("support") > keys.index("steps")


def test_a_hold_asked_for_as_before_is_said_once() -> None:
    """The same 40-word "Asked for" of each hold came three times in one report."""
    report = build_report(KB, EZVIZ)
    told = {s.told for s in report.steps if s.told}
    assert len(told) == 1 and sum(1 for s in report.steps if s.told) == 3
    first = next(s.number for s in report.steps if s.told)
    for text in (render_text(report), render_markdown(report)):
        assert text.count(next(iter(told))) == 1
        assert len(re.findall(rf"[Aa]sked for: as in step {first}\b", text)) == 2
