"""Check and build a generic model from JSON, naming the field path of every problem.

One structural pass: the first problem raises `ModelFormatError("source: path: message")`, so
a person fixing a file by hand is told exactly where to look.

`read_model` reads JSON text for `camreset engine solve`, where the file may be hostile: the
nesting depth is checked before parsing (Python's parser would recurse until it fails), and
every number literal is checked before it becomes a number — decimals are read as exact
fractions, and `Fraction("1e99999999")` would never finish, so long mantissas and exponents
beyond ±MAX_EXPONENT are refused as text. Costs are bounded by MAX_NUMBER.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction
from typing import Any, NoReturn

from camreset.core.engine.model import Action, Number, Question, TroubleshootingModel
from camreset.errors import CamresetError, ModelFormatError

TOLERANCE = 1e-9
"""How far a sum of probabilities may be from 1 (floats from JSON are rarely exact)."""

NOT_SURE = "not_sure"
"""Reserved answer: recorded as evidence but changes nothing, so a model may not define it."""

MAX_DEPTH = 16
"""Deepest nesting of arrays and objects read; a model needs 4 (answers inside a question)."""

MAX_DIGITS = 30
"""Most digits in one number literal (mantissa), before it is converted."""

MAX_EXPONENT = 30
"""Largest exponent (either sign) of a number literal such as `1e-30`."""

MAX_NUMBER = 10**12
"""Largest cost: finite, and small enough to print and to add up exactly without surprises."""

MAX_COUNTS = {"faults": 50, "actions": 50, "questions": 20, "answers": 10}
"""Most faults, actions, questions, and answers per question, in one model. The exact costs
grow steeply with size (a 1 MiB file could hold 10,000 actions), so a file past these is
refused before anything is solved; docs/terminal.md lists them."""

_MILLION = 10**6
_SPECIAL = re.compile(r'[\\"\[\]{}]')


def read_model(text: str, source: str = "<model>") -> TroubleshootingModel:
    """Parse JSON text (decimals as exact fractions) and validate it; ModelFormatError if not."""
    if _too_deep(text):
        raise ModelFormatError(f"{source}: nested deeper than {MAX_DEPTH} levels")
    try:
        obj = json.loads(text, parse_float=_decimal, parse_int=_integer, parse_constant=_constant)
    except _LiteralError as exc:
        raise ModelFormatError(f"{source}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ModelFormatError(
            f"{source}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}"
        ) from None
    return parse_model(obj, source)


class _LiteralError(CamresetError, ValueError):
    """A number literal refused before conversion (raised through json.loads)."""


def _too_deep(text: str) -> bool:
    """Whether arrays/objects nest deeper than MAX_DEPTH (brackets inside strings ignored)."""
    depth, in_string, skip = 0, False, -1
    for match in _SPECIAL.finditer(text):
        at, char = match.start(), match.group()
        if at == skip:
            continue
        if in_string:
            if char == "\\":
                skip = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _refuse(literal: str, why: str) -> NoReturn:
    shown = literal if len(literal) <= 40 else literal[:37] + "..."
    raise _LiteralError(f"number {shown}: {why}")


def _integer(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_DIGITS:
        _refuse(literal, f"more than {MAX_DIGITS} digits")
    return int(literal)


def _decimal(literal: str) -> Fraction:
    mantissa, _, exponent = literal.lower().partition("e")
    digits = mantissa.lstrip("-").replace(".", "")
    if len(digits) > MAX_DIGITS:
        _refuse(literal, f"more than {MAX_DIGITS} digits")
    if exponent and (len(exponent.lstrip("+-")) > 3 or abs(int(exponent)) > MAX_EXPONENT):
        _refuse(literal, f"exponent beyond ±{MAX_EXPONENT}; write the number out")
    return Fraction(literal)


def _constant(literal: str) -> NoReturn:
    _refuse(literal, "not a finite number")


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, message: str) -> ModelFormatError:
        where = f"{path}: " if path else ""
        return ModelFormatError(f"{self.source}: {where}{message}")

    def obj(self, value: Any, path: str, required: set[str], optional: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, got {_kind(value)}")
        for key in sorted(value, key=str):
            if key not in required | optional:
                allowed = ", ".join(sorted(required | optional))
                raise self.fail(_join(path, str(key)), f"unknown key (allowed: {allowed})")
        for key in sorted(required):
            if key not in value:
                raise self.fail(_join(path, key), "missing")
        return value

    def number(
        self, value: Any, path: str, *, low: Number = 0, high: Number | None = None
    ) -> Number:
        if isinstance(value, bool) or not isinstance(value, int | float | Fraction):
            raise self.fail(path, f"expected a number, got {_kind(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(path, "must be finite")
        if value < low or (high is not None and value > high):
            bounds = f"[{low}, {high}]" if high is not None else f">= {low}"
            raise self.fail(path, f"{_shown(value)} is out of range {bounds}")
        if value > MAX_NUMBER:
            raise self.fail(path, f"{_shown(value)} is too large (at most {_shown(MAX_NUMBER)})")
        return value

    def prob(self, value: Any, path: str) -> Number:
        return self.number(value, path, low=0, high=1)

    def ident(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, "expected a non-empty string id")
        return value

    def table(self, value: Any, path: str, faults: Mapping[str, Number]) -> dict[str, Number]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object of fault -> probability, got {_kind(value)}")
        out: dict[str, Number] = {}
        for fault, p in value.items():
            if fault not in faults:
                raise self.fail(_join(path, fault), "unknown fault")
            out[fault] = self.prob(p, _join(path, fault))
        return out


def parse_model(obj: Any, source: str = "<model>") -> TroubleshootingModel:
    """Validate `obj` (parsed JSON) and return the model it describes."""
    c = _Checker(source)
    top = c.obj(obj, "", {"faults", "actions"}, {"questions", "service_cost"})
    faults = _faults(c, top["faults"])
    seen: set[str] = set()
    raw_actions = _list(c, top["actions"], "actions", MAX_COUNTS["actions"])
    actions = tuple(_action(c, a, f"actions[{i}]", faults, seen) for i, a in enumerate(raw_actions))
    action_ids = {a.id for a in actions}
    actions = tuple(
        replace(
            a,
            stale_after=_stale_after(
                c, raw["stale_after"], f"actions[{i}].stale_after", action_ids
            ),
        )
        if "stale_after" in raw
        else a
        for i, (a, raw) in enumerate(zip(actions, raw_actions, strict=True))
    )
    questions = tuple(
        _question(c, q, f"questions[{i}]", faults, seen, action_ids)
        for i, q in enumerate(
            _list(c, top.get("questions", []), "questions", MAX_COUNTS["questions"])
        )
    )
    service = top.get("service_cost")
    if service is not None:
        service = c.number(service, "service_cost")
        if service == 0:
            raise c.fail("service_cost", "must be positive (omit it for no escalation)")
    return TroubleshootingModel(faults, actions, questions, service)


def _faults(c: _Checker, value: Any) -> dict[str, Number]:
    if not isinstance(value, dict) or not value:
        raise c.fail("faults", "expected a non-empty object of fault id -> prior probability")
    _at_most(c, value, "faults", MAX_COUNTS["faults"])
    faults = {c.ident(k, f"faults.{k}"): c.prob(p, f"faults.{k}") for k, p in value.items()}
    total: Number = sum(faults.values())
    if not _near_one(total):
        raise c.fail("faults", f"priors sum to {total}, not 1")
    return faults


def _list(c: _Checker, value: Any, path: str, most: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise c.fail(path, f"expected a list, got {_kind(value)}")
    if most is not None:
        _at_most(c, value, path, most)
    return value


def _at_most(c: _Checker, value: list[Any] | dict[str, Any], path: str, most: int) -> None:
    if len(value) > most:
        raise c.fail(path, f"{len(value)} entries; a model may have at most {most}")


def _unique(c: _Checker, ident: str, path: str, seen: set[str]) -> str:
    if ident in seen:
        raise c.fail(path, f"duplicate id {ident!r} (action and question ids share one space)")
    seen.add(ident)
    return ident


def _action(
    c: _Checker, value: Any, path: str, faults: Mapping[str, Number], seen: set[str]
) -> Action:
    raw = c.obj(value, path, {"id", "cost", "fixes"}, {"stale_after"})
    ident = _unique(c, c.ident(raw["id"], f"{path}.id"), f"{path}.id", seen)
    cost = c.number(raw["cost"], f"{path}.cost")
    return Action(ident, cost, c.table(raw["fixes"], f"{path}.fixes", faults))


def _stale_after(c: _Checker, value: Any, path: str, action_ids: set[str]) -> frozenset[str]:
    """The action ids in `value` (a list), each one of the model's actions."""
    stale: set[str] = set()
    for i, a in enumerate(_list(c, value, path)):
        if not isinstance(a, str):
            raise c.fail(f"{path}[{i}]", f"expected an action id, got {_kind(a)}")
        if a not in action_ids:
            raise c.fail(f"{path}[{i}]", f"unknown action {a!r}")
        stale.add(a)
    return frozenset(stale)


def _question(
    c: _Checker,
    value: Any,
    path: str,
    faults: Mapping[str, Number],
    seen: set[str],
    action_ids: set[str],
) -> Question:
    raw = c.obj(value, path, {"id", "cost", "answers"}, {"stale_after"})
    ident = _unique(c, c.ident(raw["id"], f"{path}.id"), f"{path}.id", seen)
    cost = c.number(raw["cost"], f"{path}.cost")
    answers_raw = raw["answers"]
    if not isinstance(answers_raw, dict) or len(answers_raw) < 2:
        raise c.fail(f"{path}.answers", "expected an object with at least two answers")
    _at_most(c, answers_raw, f"{path}.answers", MAX_COUNTS["answers"])
    answers: dict[str, dict[str, Number]] = {}
    for name, table in answers_raw.items():
        if name == NOT_SURE:
            raise c.fail(f"{path}.answers.{name}", "reserved: 'not_sure' is always allowed")
        answers[name] = c.table(table, f"{path}.answers.{name}", faults)
    for fault in faults:
        total: Number = sum(t.get(fault, 0) for t in answers.values())
        if not _near_one(total):
            raise c.fail(f"{path}.answers", f"P(answer | {fault}) sums to {total}, not 1")
    stale = _stale_after(c, raw.get("stale_after", []), f"{path}.stale_after", action_ids)
    return Question(ident, cost, answers, stale)


def _near_one(total: Number) -> bool:
    return -TOLERANCE <= total - 1 <= TOLERANCE


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _shown(value: Number) -> str:
    """A number in a message: `1e+12`, not twelve zeros; `0.5`, not `1/2`."""
    if value == int(value) and -_MILLION < value < _MILLION:
        return str(int(value))
    try:
        return f"{float(value):g}"
    except OverflowError:
        return "a number too large to show"


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__
