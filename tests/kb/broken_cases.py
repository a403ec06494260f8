"""Read the broken-KB corpus: each file names the KB file it replaces and the problems expected.

A case file starts with comment lines:

    # target: lines/test.yaml          (the KB file this text becomes; added or replaced)
    # expect: lines/test.yaml:9: models.0.colour: unknown key     (one line per problem)

The rest of the file (the header included, so line numbers are the file's own) is the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import camreset
from camreset.kb_files import read_folder

BROKEN = Path(__file__).parent / "broken"
SHIPPED = Path(camreset.__file__).parent / "data" / "kb"


@dataclass(frozen=True)
class BrokenCase:
    name: str
    target: str
    expected: list[str]
    text: str

    def texts(self) -> dict[str, str]:
        """The shipped KB with this case's file added or replacing its namesake."""
        return {**read_folder(SHIPPED), self.target: self.text}


def read_case(path: Path) -> BrokenCase:
    text = path.read_text(encoding="utf-8")
    target, expected = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("# ").partition(": ")
        if key == "target":
            target = value
        elif key == "expect":
            expected.append(value)
    return BrokenCase(path.stem, target, expected, text)


def all_cases() -> list[BrokenCase]:
    return [read_case(p) for p in sorted(BROKEN.glob("*.yaml"))]
