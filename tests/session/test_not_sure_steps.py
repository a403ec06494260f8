""" "Not sure" on an attempt's page is not read as done, and no later page presumes what the
person never reported (phone review 60, #13: a Blink Outdoor 4's owner, not sure what the
Sync Module was, went straight on to "Is it added?", then, not sure of that either, to "Does
it still show its picture?")."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

BLINK = {"model": "blink-outdoor-4", "have": ("pin", "app")}
NOT_FOUND = ("cant-add", "not-found")
"""It reset, but the app did not find it: the hub's page comes first."""


def test_a_second_look_after_not_sure_does_not_say_still(
    make_driver: Callable[..., Driver],
) -> None:
    d = make_driver(opening=True, **BLINK)
    for answer in (*NOT_FOUND, "done"):
        d.send(answer)
    assert d.state.current.title.startswith("Is it added in the Blink app")
    d.send("not_sure")
    title = d.state.current.title
    assert d.state.current.ref.ref == "hub-check-add" and d.state.current.ref.stage == 2
    assert "still" not in title.lower(), title
