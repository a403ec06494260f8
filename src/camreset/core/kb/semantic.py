"""The second pass: does the knowledge base mean something consistent?

Structure is already valid here. This pass checks what only the whole KB can tell:
references resolve, ids are unique, confidence matches its sources, probabilities sum
where they must, and every model ends up with a way to reset it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

from camreset.core.kb.facts import Confidence, Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import FACT_NAMES, ModelFacts, SourceKind
from camreset.core.kb.templates import TEMPLATE_FIELDS
from camreset.core.kb.yaml_lines import Path, line_of

RESERVED_ANSWERS = {"not-sure", "cant", "not_sure"}
TOLERANCE = 1e-6


class _Report:
    def __init__(self, line_maps: dict[str, dict[Path, int]]) -> None:
        self.line_maps = line_maps
        self.problems: list[str] = []

    def add(self, file: str, path: Path, message: str) -> None:
        line = line_of(self.line_maps.get(file, {}), path)
        dotted = ".".join(str(p) for p in path) or "(top)"
        self.problems.append(f"{file}:{line}: {dotted}: {message}")


def _facts_of(facts: ModelFacts, base: Path) -> Iterator[tuple[Path, Fact[Any]]]:
    for name in FACT_NAMES:
        value = getattr(facts, name)
        if value is None:
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield (*base, name, i), item
        else:
            yield (*base, name), value


def _fact_places(kb: KnowledgeBase) -> Iterator[tuple[str, Path, Fact[Any]]]:
    yield from (("defaults.yaml", p, f) for p, f in _facts_of(kb.defaults.defaults, ("defaults",)))
    for line in kb.lines.values():
        file = kb.where[f"line:{line.id}"].file
        if line.label_location is not None:
            yield file, ("line", "label_location"), line.label_location
        yield from ((file, p, f) for p, f in _facts_of(line.defaults, ("line", "defaults")))
        for ff, facts in line.form_factor_defaults.items():
            base: Path = ("line", "form_factor_defaults", ff.value)
            yield from ((file, p, f) for p, f in _facts_of(facts, base))
    for model_id, model in kb.models.items():
        at = kb.where[f"model:{model_id}"]
        yield from ((at.file, p, f) for p, f in _facts_of(model, at.path[:-1]))


def _check_fact(kb: KnowledgeBase, report: _Report, file: str, path: Path, fact: Fact[Any]) -> None:
    for ci, claim in enumerate(fact.all_claims):
        where = (*path, "claims", ci) if fact.disputed else path
        kinds = []
        for si, source_id in enumerate(claim.sources):
            source = kb.sources.get(source_id)
            if source is None:
                report.add(file, (*where, "sources", si), f"unknown source {source_id!r}")
            else:
                kinds.append(source.kind)
        if claim.confidence is Confidence.high and kinds and SourceKind.vendor not in kinds:
            report.add(file, (*where, "confidence"), "high confidence needs a vendor source")
        if claim.confidence is Confidence.medium and len(set(claim.sources)) < 2:
            report.add(file, (*where, "confidence"), "medium confidence needs two or more sources")
        value = claim.value
        for attr in ("led",):
            pattern = getattr(value, attr, None)
            if pattern is not None and pattern not in kb.patterns:
                report.add(file, (*where, "value", attr), f"unknown LED pattern {pattern!r}")


def _check_models(kb: KnowledgeBase, report: _Report) -> None:
    from camreset.core.kb.resolve import resolve_model

    seen_alias: dict[str, str] = {}
    for model_id, model in kb.models.items():
        at = kb.where[f"model:{model_id}"]
        base = at.path[:-1]
        line = kb.lines[kb.model_line[model_id]]
        if not model_id.startswith(f"{line.id}-"):
            report.add(at.file, at.path, f"model id should start with {line.id + '-'!r}")
        for ai, alias in enumerate([model.name, *model.aliases]):
            key = alias.casefold()
            other = seen_alias.setdefault(key, model_id)
            if other != model_id:
                path = (*base, "aliases", ai - 1) if ai else (*base, "name")
                report.add(at.file, path, f"{alias!r} also names {other}")
        resolved = resolve_model(kb, model_id)
        if resolved.button is None:
            report.add(at.file, base, "no reset button or alternative, even from defaults")
        if resolved.hold is None:
            report.add(at.file, base, "no hold time, even from defaults")


def _check_troubleshooting(kb: KnowledgeBase, report: _Report) -> None:
    ts = kb.troubleshooting
    file = "troubleshooting.yaml"
    cause_ids = [c.id for c in ts.causes]
    all_faults = {*cause_ids, ts.leak.id}
    for i, cid in enumerate(cause_ids):
        if cause_ids.index(cid) != i:
            report.add(file, ("causes", i, "id"), f"duplicate cause {cid!r}")
    total = sum(c.prior for c in ts.causes) + ts.leak.prior
    if abs(total - 1) > TOLERANCE:
        report.add(file, ("causes",), f"priors with the leak sum to {total:.4f}, not 1")
    for i, cause in enumerate(ts.causes):
        for line_id in cause.line_priors:
            if line_id not in kb.lines:
                report.add(file, ("causes", i, "line_priors", line_id), "unknown line")
        _check_sources(kb, report, file, ("causes", i), cause.sources)
    action_ids = [a.id for a in ts.actions]
    for i, action in enumerate(ts.actions):
        if action_ids.index(action.id) != i:
            report.add(file, ("actions", i, "id"), f"duplicate action {action.id!r}")
        for fault in action.fixes:
            if fault not in all_faults:
                report.add(file, ("actions", i, "fixes", fault), f"unknown cause {fault!r}")
        _check_lines(kb, report, file, ("actions", i), action.applies_to_lines)
        _check_sources(kb, report, file, ("actions", i), action.sources)
        for si, step in enumerate(action.steps):
            for attr in ("do", "title", "text", "check"):
                _check_template(
                    report, file, ("actions", i, "steps", si, attr), getattr(step, attr)
                )
        _check_template(report, file, ("actions", i, "title"), action.title)
    question_ids = [q.id for q in ts.questions]
    for i, question in enumerate(ts.questions):
        if question_ids.index(question.id) != i or question.id in action_ids:
            report.add(file, ("questions", i, "id"), f"duplicate step id {question.id!r}")
        _check_lines(kb, report, file, ("questions", i), question.applies_to_lines)
        _check_sources(kb, report, file, ("questions", i), question.sources)
        for si, stale in enumerate(question.stale_after):
            if stale not in action_ids:
                report.add(file, ("questions", i, "stale_after", si), f"unknown action {stale!r}")
        _check_answers(kb, report, file, i, all_faults)
    _check_sources(kb, report, file, ("escalation",), ts.escalation.sources)


def _check_answers(
    kb: KnowledgeBase, report: _Report, file: str, qi: int, faults: set[str]
) -> None:
    question = kb.troubleshooting.questions[qi]
    sums = dict.fromkeys(faults, 0.0)
    for ai, answer in enumerate(question.answers):
        where: Path = ("questions", qi, "answers", ai)
        if answer.id in RESERVED_ANSWERS:
            report.add(file, (*where, "id"), "'not sure' and 'cant' are added to every question")
        if (
            answer.pattern
            and not answer.pattern.startswith("@")
            and answer.pattern not in kb.patterns
        ):
            report.add(file, (*where, "pattern"), f"unknown LED pattern {answer.pattern!r}")
        if "default" not in answer.likelihood:
            report.add(file, (*where, "likelihood"), "needs a 'default' for unlisted causes")
        for fault in answer.likelihood:
            if fault != "default" and fault not in faults:
                report.add(file, (*where, "likelihood", fault), f"unknown cause {fault!r}")
        for fault in faults:
            sums[fault] += answer.likelihood.get(fault, answer.likelihood.get("default", 0.0))
    for fault, total in sorted(sums.items()):
        if abs(total - 1) > TOLERANCE:
            message = f"P(answer | {fault}) sums to {total:.4f} over the answers, not 1"
            report.add(file, ("questions", qi, "answers"), message)


def _check_sources(
    kb: KnowledgeBase, report: _Report, file: str, base: Path, ids: list[str]
) -> None:
    for si, source_id in enumerate(ids):
        if source_id not in kb.sources:
            report.add(file, (*base, "sources", si), f"unknown source {source_id!r}")


def _check_lines(
    kb: KnowledgeBase, report: _Report, file: str, base: Path, ids: list[str] | None
) -> None:
    for li, line_id in enumerate(ids or []):
        if line_id not in kb.lines:
            report.add(file, (*base, "applies_to_lines", li), f"unknown line {line_id!r}")


def _check_template(report: _Report, file: str, path: Path, text: str | None) -> None:
    if not text:
        return
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        report.add(file, path, f"bad template: {exc}")
        return
    for name in names:
        if name not in TEMPLATE_FIELDS:
            report.add(file, path, f"unknown template field {{{name}}}")


def check_meaning(kb: KnowledgeBase, line_maps: dict[str, dict[Path, int]]) -> list[str]:
    """Every meaning problem as `file:line: field.path: message` (empty when sound)."""
    report = _Report(line_maps)
    for kind, key, at in kb.duplicates:
        report.add(at.file, at.path, f"duplicate {kind} id {key!r}")
    for pattern_id, pattern in kb.patterns.items():
        at = kb.where[f"pattern:{pattern_id}"]
        for si, step in enumerate(pattern.steps):
            if step.color not in kb.colors:
                report.add(
                    at.file, (*at.path, "steps", si, "color"), f"unknown colour {step.color!r}"
                )
    for file, path, fact in _fact_places(kb):
        _check_fact(kb, report, file, path, fact)
    _check_models(kb, report)
    _check_troubleshooting(kb, report)
    return report.problems
