"""Small, strict helpers for JSON that devices send: objects only, plain values only."""

from __future__ import annotations

import json
from typing import Any

from camreset.net.probe import ReplyError


def load_object(data: bytes, what: str) -> dict[str, Any]:
    """The JSON object in `data` (trailing NULs allowed), or ReplyError naming `what`."""
    try:
        value = json.loads(data.rstrip(b"\0").decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ReplyError(f"{what} is not JSON") from None
    if not isinstance(value, dict):
        raise ReplyError(f"{what} is JSON but not an object")
    return value


def child(parent: dict[str, Any], key: str) -> dict[str, Any] | None:
    """`parent[key]` if it is an object, else None."""
    value = parent.get(key)
    return value if isinstance(value, dict) else None


def string(parent: dict[str, Any], key: str) -> str | None:
    """`parent[key]` as a non-empty string (numbers are written out), else None."""
    value = parent.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def integer(parent: dict[str, Any], key: str) -> int | None:
    """`parent[key]` if it is an integer (not a bool), else None."""
    value = parent.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
