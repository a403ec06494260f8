"""Instruction templates: `{hold.recommended}` in the KB becomes "10" for this model."""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

TEMPLATE_FIELDS: frozenset[str] = frozenset(
    {
        "model.name",
        "line.brand",
        "line.name",
        "line.app",
        "support.url",
        "support.contact",
        "button.location",
        "button.tool",
        "button.open_first",
        "hold.min",
        "hold.recommended",
        "hold.max",
        "hold.long",
        "boot.wait",
        "reboot.wait",
        "while_holding",
        "setup_mode",
        "power.rating",
        "software.app",
        "software.web",
    }
)


class _FlatFormatter(string.Formatter):
    """Looks dotted names up whole, so `{hold.min}` is one key, not attribute access."""

    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        return kwargs[field_name], field_name


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill a template; every name is checked against TEMPLATE_FIELDS when the KB loads."""
    return _FlatFormatter().vformat(template, (), dict(values))
