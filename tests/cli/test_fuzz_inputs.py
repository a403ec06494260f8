"""Any bytes in an answers file or a model file give a result or a CamresetError, nothing else.

Issue 10: the two files a person hands the CLI are parsed by PyYAML and by `json` with exact
fractions, and hostile files found tracebacks in both. Here Hypothesis writes files three
ways — raw bytes, soup of the formats' own tokens (anchors, tags, brackets, huge numbers,
control characters), and valid documents with a token or two replaced — and any exception
that is not camreset's own fails the test (the CLI would print it as a traceback).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from camreset.cli.engine_cmd import parse_model_file
from camreset.cli.wizard.answers_file import parse_answers
from camreset.core.engine.model import TroubleshootingModel
from camreset.core.engine.random_models import generate
from camreset.errors import CamresetError

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

YAML_TOKENS = [
    "- ", "[", "]", "{", "}", ", ", ": ", "? ", "\n", "  ", "\t", "#", "&a ", "*a", "&b ", "*b",
    "!!int ", "!!float ", "!!bool ", "!!timestamp ", "!!binary ", "!!set ", "!!omap ",
    "!!pairs ", "!!str ", "!!null ", "!!map ", "!!seq ", "!!python/object:os.system ", "!x ",
    "!<tag:yaml.org,2002:int> ", "|", ">", "'", '"', "\\", "---", "...", "%YAML 1.1\n",
    "%TAG !e! tag:e.com,2000:\n", "<<", "=", "~", "null", "yes", "done", "1e400", "0x1F",
    "2001-12-14t21:59:43.10-05:00", "9" * 5000, ".inf", "\x00", "\x1b[2J", "\u202e", "\ufeff",
    "é", "\U0001f642",
]  # fmt: skip
JSON_TOKENS = [
    "{", "}", "[", "]", ",", ":", '"', "\\", '"faults"', '"actions"', '"questions"',
    '"service_cost"', '"id"', '"cost"', '"fixes"', '"answers"', '"stale_after"', '"F1"',
    '"A1"', '"Q1"', '"not_sure"', "0", "1", "0.5", "-1", "1e400", "1e99999999", "1E-30",
    "1" * 5000, "0." + "3" * 40, "NaN", "Infinity", "-Infinity", "true", "null", " ", "\n",
    "\\u0000", "\\ud800", "\x1b", "é",
]  # fmt: skip
NUMBERS = st.sampled_from(
    ["0", "1", "0.5", "0.25", "1e-30", "2", "-0.5", "1e400", "1e12", "NaN", "true", "null",
     '"1"', "[]", "{}", "9" * 40, "3.0e-31", "1E+2"]
)  # fmt: skip


def soup(tokens: list[str]) -> st.SearchStrategy[bytes]:
    return st.lists(st.sampled_from(tokens), max_size=60).map(lambda t: "".join(t).encode())


def encoded_text() -> st.SearchStrategy[bytes]:
    return st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))


TOKEN = re.compile(r'-?\d[\d.eE+-]*|"(?:[^"\\]|\\.)*"|[\[\]{}:,]|true|false|null')


@st.composite
def mutated_models(draw: st.DrawFn) -> bytes:
    """A valid random model (the engine's own generator) with up to two tokens replaced by
    hostile ones: the validator's every path, not only its first check."""
    model = generate(random.Random(draw(st.integers(0, 2**32))), questions=(0, 3))
    text = json.dumps(model.to_json())
    for _ in range(draw(st.integers(0, 2))):
        spots = [m.span() for m in TOKEN.finditer(text)]
        start, end = draw(st.sampled_from(spots))
        text = text[:start] + draw(st.sampled_from(JSON_TOKENS) | NUMBERS) + text[end:]
    return text.encode()


def result_or_camreset_error(parse: Callable[[bytes, str], Any], data: bytes) -> Any:
    """What `parse` gives for `data`; None for a CamresetError; anything else is raised."""
    try:
        return parse(data, "fuzz")
    except CamresetError as exc:
        assert str(exc).startswith("fuzz")  # every message names the file
        return None


@FUZZ
@given(st.binary(max_size=300) | encoded_text() | soup(YAML_TOKENS))
def test_any_answers_file_gives_answers_or_a_camreset_error(data: bytes) -> None:
    items = result_or_camreset_error(parse_answers, data)
    if items is not None:
        assert all(isinstance(item, str) and item.strip() == item and item for item in items)


@FUZZ
@given(st.binary(max_size=300) | encoded_text() | soup(JSON_TOKENS) | mutated_models())
def test_any_model_file_gives_a_model_or_a_camreset_error(data: bytes) -> None:
    model = result_or_camreset_error(parse_model_file, data)
    assert model is None or isinstance(model, TroubleshootingModel)
