"""Instruction templates: `{hold.recommended}` in the KB becomes "10" for this model."""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

TEMPLATE_FIELDS: frozenset[str] = frozenset(
    {
        "model.name",
        "model.the",
        "model.kind",
        "model.ask",
        "camera.moving",
        "camera.may_move",
        "line.brand",
        "line.name",
        "line.app",
        "support.url",
        "support.contact",
        "support.contact_repair",
        "support.name",
        "button.location",
        "button.tool",
        "button.press",
        "button.with",
        "button.careful",
        "button.open_first",
        "button.marking",
        "button.hole",
        "button.alternative",
        "recovery.route",
        "recovery.expiry",
        "hold.min",
        "hold.at_least",
        "hold.recommended",
        "hold.max",
        "hold.long",
        "hold.general_long",
        "hold.long_note",
        "known.fix",
        "known.trouble",
        "hold.until",
        "boot.wait",
        "reboot.wait",
        "while_holding",
        "setup_mode",
        "power.rating",
        "power.cut",
        "power.back",
        "power.on",
        "software.app",
        "software.web",
        "software.app_note",
        "software.online",
        "power.ready",
        "charge.time",
        "battery.renew",
        "battery.renew_title",
        "battery.when",
        "battery.low",
        "battery.full",
        "transformer.rating",
        "transformer.off",
        "transformer.battery",
        "hub.name",
        "poe.feed",
        "poe.feeds",
        "poe.port",
        "poe.source",
        "poe.injector",
        "poe.no_injector",
        "poe.injector_title",
        "poe.recorder_note",
        "poe.others",
        "hub.near",
        "hub.near_add",
        "hub.its",
        "hub.restart",
        "hub.lit",
        "add.how",
        "permissions.ask",
        "wifi.joins",
        "unbind.route",
        "nvr.how",
        "nvr.reset_note",
        "wifi.before",
        "default.ip",
        "default.finder",
        "default.example",
        "network.silent",
        "sign.see",
        "password.keep",
    }
)


class _FlatFormatter(string.Formatter):
    """Looks dotted names up whole, so `{hold.min}` is one key, not attribute access."""

    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        return kwargs[field_name], field_name


def template_problem(template: str) -> str | None:
    """Why `template` cannot be rendered safely, or None.

    Only the names in TEMPLATE_FIELDS, and no conversion (`!r`) or format spec (`:>300000`):
    a spec could make every render allocate hundreds of megabytes, a bad conversion fail.
    """
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"bad template: {exc}"
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in TEMPLATE_FIELDS:
            return f"unknown template field {{{name}}}"
        if conversion or spec:
            return f"template field {{{name}}} takes no conversion or format spec"
    return None


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill a template; `kb check` has made sure it passes `template_problem`."""
    return _FlatFormatter().vformat(template, (), dict(values))
