"""What support asks for, by whose source (review 71 E, #5): a third-party guide's items are
marked as not the maker's own, not merged into the maker's list as if it were theirs."""

from __future__ import annotations

from datetime import UTC, datetime

from camreset.core.report import build_report, render_text, support_needs
from camreset.core.session import Guide
from camreset.kb_files import load_kb

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_a_ring_report_marks_the_shops_guides_items_as_not_from_ring() -> None:
    """Ring's own page (ring-support-8id8q) asks for a one-time support code; a shop's guide
    (Wasserstein) adds a label photo and a receipt. The report listed all three under "What
    Ring support asks for" at the same weight. Now the guide's two say they are not Ring's,
    and by whom; Ring's own code does not."""
    kb = load_kb()
    guide = Guide(kb)
    state = guide.replay([guide.start(model="ring-stick-up-cam-battery", have=None, at=T0)])
    rows = {r.need: r for r in support_needs(kb, state, {})[0]}
    marked = "Not from Ring: only another guide lists this (Wasserstein)."
    assert rows["label_photo"].note == marked
    assert rows["proof_of_purchase"].note == marked
    assert rows["support_code"].note is None
    text = render_text(build_report(kb, state, session_id="s1"))
    assert f"A photo of the camera's label: have it ready. {marked}" in text


def test_a_hikvision_report_marks_only_the_training_guides_own_items() -> None:
    """Hikvision's items come from its SADP guide and reset form (the maker's, as copies) and
    from a training company's guide: only what that guide alone lists is marked."""
    kb = load_kb()
    guide = Guide(kb)
    state = guide.replay([guide.start(model="hikvision-ds-2cd2143g2-i", have=None, at=T0)])
    rows = support_needs(kb, state, {})[0]
    marked = [r.need for r in rows if r.note and "Not from Hikvision" in r.note]
    assert marked and len(marked) < len(rows)
    assert all("Fort Knox Training" in (r.note or "") for r in rows if r.need in marked)
    assert next(r for r in rows if r.need == "serial").note is None
