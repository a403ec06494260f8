"""`camreset show` of a dome, turret or bullet whose brand's sources say nothing of its
button: the guides for any camera of its shape, said to be a default for any brand
(installer review 62, #2: a Dahua vandal dome read "the back, the side or underneath")."""

from __future__ import annotations

GENERAL = "the back, the side or underneath"


def test_a_dahua_dome_card_gives_the_dome_guides_as_any_brands_default(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "dahua-ipc-hdbw3433r-zas")
    assert run.code == 0
    card = "\n".join(run.lines[:12])
    assert "Reset button                          Where: often on the cable (the wiring" in card
    assert "Where: inside a cover; First: open the dome cover" in " ".join(run.out.split())
    assert "a default for dome cameras of any brand" in card
    assert GENERAL not in run.out


def test_a_line_bullet_card_gives_the_screw_cover_underneath(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("show", "--line", "swann", "--form-factor", "bullet")
    assert run.code == 0
    assert "Reset button                         Where: underneath" in run.lines
    assert "                                     First: open a small screw-on cover" in run.lines
    assert "a default for bullet cameras of any brand" in " ".join(run.out.split())
    assert GENERAL not in run.out
