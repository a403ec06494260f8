"""The report's summary on the way to adding the camera again says where it stands, not the
engine's "likeliest now: nothing stands in the way; it only has to be added (57%)": after a
reset only in part that read right after "the camera still has its old admin password", a
cause named and denied in one line, and support was not told what comes next (session 70
left over)."""

from __future__ import annotations

from typing import Any

from tests.session.test_kept_password import _went_on_in_part
from tests.session.test_not_before_hold import _at_the_hold, _held

from camreset.core.present.number_words import percent
from camreset.core.report import build_report, render_text

RAW = "likeliest now: nothing stands in the way"


def _to_add_again(d: Any) -> Any:
    for _ in range(100):
        if d.state.current.ref.ref == "add-again":
            break
        d.pick("yes", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref != 'add-again'")
    return d


def test_a_reset_in_part_says_what_it_kept_and_what_comes_next(make_driver: Any, kb: Any) -> None:
    d = _to_add_again(_went_on_in_part(make_driver))
    report = build_report(kb, d.state)
    first = report.still_likely[0]
    assert first.id == "no-trouble"  # the engine's belief is unchanged, only said otherwise
    said = (
        "reset only in part: the camera still has its old admin password (if it asks for that "
        "password and it is not known: the full reset, a 30 s hold); not added again yet: most "
        f"likely ({percent(first.probability)}) nothing else stands in the way"
    )
    assert report.summary.endswith(said)
    assert RAW not in report.summary and said in render_text(report)


def test_a_full_reset_says_it_is_not_added_yet(make_driver: Any, kb: Any) -> None:
    d = _at_the_hold(make_driver)
    _held(d, 12.0)
    report = build_report(kb, _to_add_again(d).state)
    first = report.still_likely[0]
    assert first.id == "no-trouble"
    assert report.summary.endswith(
        f"; not added again yet: most likely ({percent(first.probability)}) nothing stands in "
        "the way"
    )
    assert "admin password" not in report.summary
