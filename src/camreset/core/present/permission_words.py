"""What a permissions page asks the phone to allow the app: its maker's own list where a
source gives one, else what such apps commonly ask, said to be only that."""

from __future__ import annotations

from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.in_a_sentence import mid_sentence, without_full_stop

PERMISSIONS_USUAL = (
    "On the phone, turn Bluetooth and Location on, and in the phone's settings for the {app} "
    "app allow Location (precise location, on iPhones), Bluetooth and Local Network, as apps "
    "that look for a new camera nearby commonly ask. No source we have lists what the {app} "
    "app itself needs."
)
"""The permissions page where no source lists what this app needs: what such apps commonly
ask, said to be that (web review 55: Wyze's list read as every app's own)."""
PERMISSIONS_MORE = (
    "Apps that look for a new camera nearby commonly need Bluetooth, Location (precise "
    "location, on iPhones) and Local Network as well: turn those on and allow them too."
)
"""After the maker's own list: the page is meant for a phone blocking any of these, so it
still names them (diff review 56: Wyze's page named only Bluetooth)."""


def permissions_ask(model: ResolvedModel, app: str) -> str:
    """What the phone must allow the app, as its maker says where a source does."""
    said = [str(r.value) for r in model.lists.get("app_permissions", ())]
    if not said:
        return PERMISSIONS_USUAL.format(app=app)
    listed = "; ".join(without_full_stop(mid_sentence(s)) for s in said)
    return (
        f"On the phone, allow the {app} app what its maker says adding it uses: {listed}. "
        + PERMISSIONS_MORE
    )
