"""The summary's likeliest cause, read in a sentence (support-report review 75 G, #9): an Arlo's
and a Ring doorbell's reports read "likeliest now: A temporary fault …" where every other cause
reads "likeliest now: the reset button is broken"."""

from __future__ import annotations

from tests.report.walks import to_support

from camreset.core.report import build_report, render_markdown, render_text
from camreset.kb_files import load_kb


def test_a_cause_named_with_a_reads_in_a_sentence() -> None:
    kb = load_kb()
    report = build_report(kb, to_support(kb, "arlo-pro", {"felt-click": "yes"}))
    assert report.still_likely[0].name.startswith("A temporary fault")
    said = "likeliest now: a temporary fault that blocks the reset until power is drained"
    assert said in report.summary
    assert said in " ".join(render_text(report).split())
    assert said in render_markdown(report)
