"""The recorded, redacted device replies the emulators answer with (files in `replies/`).

Where each file comes from, and what was changed, is in `replies/SOURCES.md`. A few values
only the running emulator knows (its address, its HTTP port, the probe's message id) are
`${name}` placeholders filled with `string.Template`.
"""

from __future__ import annotations

import json
from importlib import resources
from string import Template
from typing import Any


def read(name: str) -> str:
    """The text of one reply file."""
    return (resources.files(__package__) / "replies" / name).read_text(encoding="utf-8")


def load_json(name: str) -> dict[str, Any]:
    value = json.loads(read(name))
    if not isinstance(value, dict):
        raise ValueError(f"{name}: a reply file must hold a JSON object")
    return value


def fill(name: str, **values: object) -> bytes:
    """The reply file with its `${placeholders}` filled in, as UTF-8 bytes."""
    return Template(read(name)).substitute({k: str(v) for k, v in values.items()}).encode()
