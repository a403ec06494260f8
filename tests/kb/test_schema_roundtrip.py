"""Each shipped KB file survives model_dump → model_validate unchanged: the schema holds
everything authors write, so an export or a rewrite loses nothing."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from camreset.core.kb.loader import FIXED_FILES, parse_file
from camreset.core.kb.schema import LineFile, SourcesFile

from .broken_cases import SHIPPED, read_folder

TEXTS = read_folder(SHIPPED)


def _schema(name: str) -> type[BaseModel]:
    if name.startswith("sources/"):
        return SourcesFile
    return FIXED_FILES.get(name, LineFile)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_round_trip_gives_the_same_record(name: str) -> None:
    record, problems = parse_file(name, TEXTS[name], _schema(name))
    assert problems == []
    assert record is not None
    again = type(record).model_validate(record.model_dump())
    assert again == record
    json_again = type(record).model_validate_json(record.model_dump_json())
    assert json_again == record


def test_every_line_file_is_covered() -> None:
    lines = {n.removeprefix("lines/") for n in TEXTS if n.startswith("lines/")}
    assert {"amcrest.yaml", "kasa.yaml", "tapo.yaml"} <= lines
