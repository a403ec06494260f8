"""The second pass: does the knowledge base mean something consistent?

Structure is already valid here. This pass checks what only the whole KB can tell:
references resolve, ids are unique and never collide, a hand-set confidence agrees with the
one computed from the sources, a disagreement is written as claims (not hidden in a note),
probabilities sum where they must, templates use only what the renderer supports, and every
model ends up with a way to reset it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from camreset.core.kb.confidence import backed_fields, claim_confidence
from camreset.core.kb.facts import Claim
from camreset.core.kb.hold_quotes import unsaid_hold_times
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.places import Place, fact_places
from camreset.core.kb.schema import ModelFacts
from camreset.core.kb.templates import template_problem
from camreset.core.kb.text import IDENT
from camreset.core.kb.troubleshooting import NETWORK_ANSWERS, Message, Phase, StepSpec
from camreset.core.kb.values import Hold
from camreset.core.kb.yaml_lines import Path, line_of

RESERVED_ANSWERS = {"not-sure", "cant", "not_sure"}
TOLERANCE = 1e-6
REPORTS_DISAGREEMENT = re.compile(
    r"\b(disagree|contradict|differ|conflict|other sources? (say|give)|versions?)", re.I
)
"""A note that reports a disagreement: then each version must be its own claim."""


class _Report:
    def __init__(self, line_maps: dict[str, dict[Path, int]]) -> None:
        self.line_maps = line_maps
        self.problems: list[str] = []

    def add(self, file: str, path: Path, message: str) -> None:
        line = line_of(self.line_maps.get(file, {}), path)
        dotted = ".".join(str(p) for p in path) or "(top)"
        self.problems.append(f"{file}:{line}: {dotted}: {message}")


def _check_fact(kb: KnowledgeBase, report: _Report, place: Place) -> None:
    file, path, fact = place.file, place.path, place.fact
    claims = fact.all_claims
    if not fact.disputed and fact.note and REPORTS_DISAGREEMENT.search(fact.note):
        report.add(
            file, (*path, "note"), "the note reports a disagreement: write each version as a claim"
        )
    values = [c.value for c in claims]
    for ci, claim in enumerate(claims):
        where = place.claim_path(ci)
        if values.index(claim.value) != ci:
            report.add(
                file, (*where, "value"), "the same value as another claim: merge their cites"
            )
        for si, cite in enumerate(claim.cites):
            if cite.source not in kb.sources:
                report.add(file, (*where, "cites", si, "source"), f"unknown source {cite.source!r}")
        _check_backed_fields(report, file, where, claim)
        computed = claim_confidence(claim, kb.sources, place.model_id, place.line_id)
        if claim.confidence is not None and claim.confidence is not computed:
            report.add(
                file,
                (*where, "confidence"),
                f"written {claim.confidence.value}, but its sources make it {computed.value}",
            )
        if isinstance(claim.value, Hold):
            quotes = [cite.says for cite in claim.cites]
            for name, seconds in unsaid_hold_times(claim.value, quotes):
                report.add(
                    file,
                    (*where, "value", name),
                    f"a hold of {seconds:g} s that none of its cites says (a typo?)",
                )
        for attr in ("led",):
            led = getattr(claim.value, attr, None)
            if isinstance(led, str) and re.fullmatch(IDENT, led) and led not in kb.patterns:
                report.add(file, (*where, "value", attr), f"unknown LED pattern {led!r}")


def _check_backed_fields(report: _Report, file: str, where: Path, claim: Claim[object]) -> None:
    """A cite names only fields its claim's value has, and every such field has a cite."""
    if not any(c.fields for c in claim.cites):
        return
    parts = backed_fields(claim.value)
    for si, cite in enumerate(claim.cites):
        for fi, name in enumerate(cite.fields or ()):
            if name not in parts:
                said = ", ".join(parts) or "none"
                report.add(
                    file,
                    (*where, "cites", si, "fields", fi),
                    f"the value has no {name!r} to back (its fields: {said})",
                )
    for name in parts:
        if not any(c.fields is None or name in c.fields for c in claim.cites):
            report.add(file, (*where, "cites"), f"no cite backs the value's {name!r}")


_WRAPPED = re.compile(r"[?&][a-z]+=https?(%3A|:)", re.IGNORECASE)
"""A web proxy's address carries the real page in its query: readers should get the page."""


def _check_sources(kb: KnowledgeBase, report: _Report) -> None:
    for source_id, source in kb.sources.items():
        at = kb.where[f"source:{source_id}"]
        for ci, target in enumerate(source.covers):
            known = (
                target.removeprefix("line:") in kb.lines
                if target.startswith("line:")
                else (target in kb.models)
            )
            if not known:
                report.add(at.file, (*at.path, "covers", ci), f"unknown model or line {target!r}")
        if source.url and _WRAPPED.search(source.url):
            report.add(at.file, (*at.path, "url"), "cite the page itself, not a proxy wrapping it")
        if source.retells is not None and source.retells not in kb.sources:
            report.add(at.file, (*at.path, "retells"), f"unknown source {source.retells!r}")


def _check_lines_have_support(kb: KnowledgeBase, report: _Report) -> None:
    for line_id, line in kb.lines.items():
        if line.support is None:
            at = kb.where[f"line:{line_id}"]
            report.add(at.file, (*at.path[:-1], "support"), "a brand's line needs its support")
    other = kb.defaults.any_brand
    if other is not None and (other.id != OTHER or other.defaults != ModelFacts()):
        report.add(
            "defaults.yaml",
            ("any_brand",),
            f"the any-brand line has id {OTHER!r} and only form_factor_defaults",
        )


def _check_hub_labels(kb: KnowledgeBase, report: _Report) -> None:
    """A hub label names a hub its line's cameras pair through, and no camera's name: the
    finder answers "VMB4540" with that hub, never with a hub no camera of the line has."""
    from camreset.core.kb.hubs import hub_names

    names = hub_names(kb)
    cameras = {
        " ".join(a.casefold().split()) for m in kb.models.values() for a in (m.name, *m.aliases)
    }
    for line_id, line in kb.lines.items():
        file = kb.where[f"line:{line_id}"].file
        for hi, fact in enumerate(line.hubs):
            for ci, claim in enumerate(fact.all_claims):
                where = ("line", "hubs", hi, *(("claims", ci) if fact.disputed else ()), "value")
                if line_id not in names.get(claim.value.name, set()):
                    message = f"no camera of {line_id!r} pairs through {claim.value.name!r}"
                    report.add(file, (*where, "name"), message)
                for mi, model in enumerate(claim.value.models):
                    if " ".join(model.casefold().split()) in cameras:
                        report.add(file, (*where, "models", mi), f"{model!r} names a camera")


def _check_models(kb: KnowledgeBase, report: _Report) -> None:
    from camreset.core.kb.resolve import resolve_model

    seen_alias: dict[str, str] = {m.casefold(): m for m in kb.models}
    for model_id, model in kb.models.items():
        at = kb.where[f"model:{model_id}"]
        base = at.path[:-1]
        line = kb.lines[kb.model_line[model_id]]
        if not model_id.startswith(f"{line.id}-"):
            report.add(at.file, at.path, f"model id should start with {line.id + '-'!r}")
        for ai, alias in enumerate([model.name, *model.aliases]):
            key = " ".join(alias.casefold().split())
            other = seen_alias.setdefault(key, model_id)
            if other != model_id:
                path = (*base, "aliases", ai - 1) if ai else (*base, "name")
                report.add(at.file, path, f"{alias!r} also names {other}")
        for si, source_id in enumerate(model.listed_in):
            if source_id not in kb.sources:
                report.add(at.file, (*base, "listed_in", si), f"unknown source {source_id!r}")
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
    cause_phase = {c.id: c.phase for c in ts.causes}
    for i, cid in enumerate(cause_ids):
        if cause_ids.index(cid) != i:
            report.add(file, ("causes", i, "id"), f"duplicate cause {cid!r}")
    if ts.leak.id in cause_ids:
        report.add(file, ("leak", "id"), f"the leak's id {ts.leak.id!r} is also a cause's")
    for level in (1, 2, 3):
        if level not in ts.effort_minutes:
            report.add(file, ("effort_minutes",), f"no minutes for effort level {level}")
    fixed = {f for a in ts.actions for f, p in a.fixes.items() if p > 0}
    for i, cause in enumerate(ts.causes):
        if cause.at_home and cause.id not in fixed:
            report.add(file, ("causes", i, "id"), "no attempt fixes this cause (or at_home: false)")
        _check_lines(kb, report, file, ("causes", i), cause.when.lines)
    for i, action in enumerate(ts.actions):
        wrong = [f for f in action.fixes if f in cause_phase and cause_phase[f] is not action.phase]
        for fault in wrong:
            report.add(
                file,
                ("actions", i, "fixes", fault),
                f"a {action.phase.value}-phase attempt "
                f"cannot fix the {cause_phase[fault].value}-phase cause {fault!r}",
            )
    for i, cause in enumerate(ts.causes):
        for line_id in cause.line_priors:
            if line_id not in kb.lines:
                report.add(file, ("causes", i, "line_priors", line_id), "unknown line")
        _check_source_ids(kb, report, file, ("causes", i), cause.sources)
    action_ids = [a.id for a in ts.actions]
    for i, action in enumerate(ts.actions):
        if action_ids.index(action.id) != i:
            report.add(file, ("actions", i, "id"), f"duplicate action {action.id!r}")
        for fault in action.fixes:
            if fault not in all_faults:
                report.add(file, ("actions", i, "fixes", fault), f"unknown cause {fault!r}")
        _check_lines(kb, report, file, ("actions", i), action.when.lines)
        _check_source_ids(kb, report, file, ("actions", i), action.sources)
        for si, other in enumerate(action.stale_after):
            if other not in action_ids:
                report.add(file, ("actions", i, "stale_after", si), f"unknown action {other!r}")
        questions = {q.id for q in ts.questions}
        for si, other in enumerate(action.leaves_out):
            if other not in action_ids and other not in questions:
                unknown = f"unknown action or question {other!r}"
                report.add(file, ("actions", i, "leaves_out", si), unknown)
        held = action.held_from_power
        pages: list[tuple[Path, StepSpec]] = [
            (("steps", si), s) for si, s in enumerate(action.steps)
        ]
        pages += [
            (("held_from_power", "steps", si), s) for si, s in enumerate(held.steps if held else ())
        ]
        if action.at_its_sign is not None:
            pages.append((("at_its_sign",), action.at_its_sign))
            if action.at_its_sign.hold in (None, "long") or not any(
                s.hold == "long" for s in action.steps
            ):
                report.add(
                    file, ("actions", i, "at_its_sign"), "a hold at the sign for a long hold"
                )
        for where, step in pages:
            for attr in ("do", "title", "text", "check"):
                _check_template(report, file, ("actions", i, *where, attr), getattr(step, attr))
        own_hold = any(s.from_power and s.hold for s in held.steps) if held else True
        if not own_hold or (held and not any(s.hold for s in action.steps)):
            report.add(file, ("actions", i, "held_from_power"), "a hold from_power for its hold")
        _check_template(report, file, ("actions", i, "title"), action.title)
    question_ids = [q.id for q in ts.questions]
    for i, question in enumerate(ts.questions):
        if question_ids.index(question.id) != i or question.id in action_ids:
            report.add(file, ("questions", i, "id"), f"duplicate step id {question.id!r}")
        _check_lines(kb, report, file, ("questions", i), question.when.lines)
        _check_source_ids(kb, report, file, ("questions", i), question.sources)
        for si, stale in enumerate(question.stale_after):
            if stale not in action_ids:
                report.add(file, ("questions", i, "stale_after", si), f"unknown action {stale!r}")
        _check_answers(kb, report, file, i, all_faults)
        # a question's words are filled like an action's: a misspelt field would fail the page
        for attr in ("title", "text"):
            _check_template(report, file, ("questions", i, attr), getattr(question, attr))
        for ai, answer in enumerate(question.answers):
            for attr in ("label", "via_hub", "in_app"):
                where = ("questions", i, "answers", ai, attr)
                _check_template(report, file, where, getattr(answer, attr))
    phase_of = {q.id: q.phase for q in ts.questions}
    answers_of = {q.id: {a.id for a in q.answers} for q in ts.questions}
    for i, question in enumerate(ts.questions):
        origin = question.carried_from
        if origin is None:
            continue
        if phase_of.get(origin) is not Phase.reset or question.phase is not Phase.setup:
            report.add(
                file,
                ("questions", i, "carried_from"),
                f"only a setup question carries a reset question's answer ({origin!r})",
            )
        elif answers_of[origin] != answers_of[question.id]:
            report.add(file, ("questions", i, "carried_from"), f"answers differ from {origin!r}")
    for i, qid in enumerate(ts.first_try):
        if phase_of.get(qid) is not Phase.reset:
            report.add(file, ("first_try", i), f"{qid!r} is not a reset-phase question")
    _check_source_ids(kb, report, file, ("escalation",), ts.escalation.sources)
    for record, name in ((ts.escalation, "escalation"), (ts.success, "success")):
        for path, message in _messages(record, name):
            _check_template(report, file, (*path, "title"), message.title)
            _check_template(report, file, (*path, "text"), message.text)


def _messages(record: Message, name: str) -> Iterator[tuple[tuple[str, ...], Message]]:
    """The record's own title and text, then each end it words (provider, added, ...)."""
    yield (name,), record
    for field in type(record).model_fields:
        value = getattr(record, field)
        if isinstance(value, Message):
            yield (name, field), value


def _check_answers(
    kb: KnowledgeBase, report: _Report, file: str, qi: int, faults: set[str]
) -> None:
    question = kb.troubleshooting.questions[qi]
    sums = dict.fromkeys(faults, 0.0)
    hub_sums = dict.fromkeys(faults, 0.0)  # as a camera joining its own hub reads them
    answer_ids = [a.id for a in question.answers]
    if question.answered_by == "network" and sorted(answer_ids) != sorted(NETWORK_ANSWERS):
        message = f"a question answered by the network has the answers {', '.join(NETWORK_ANSWERS)}"
        report.add(file, ("questions", qi, "answers"), message)
    for ai, answer in enumerate(question.answers):
        where: Path = ("questions", qi, "answers", ai)
        if answer_ids.index(answer.id) != ai:
            report.add(file, (*where, "id"), f"duplicate answer {answer.id!r}")
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
        for field in ("likelihood", "via_hub_likelihood"):
            for fault in getattr(answer, field) or {}:
                if fault != "default" and fault not in faults:
                    report.add(file, (*where, field, fault), f"unknown cause {fault!r}")
        for fault in faults:
            p = answer.likelihood.get(fault, answer.likelihood.get("default", 0.0))
            sums[fault] += p
            hub_sums[fault] += (answer.via_hub_likelihood or {}).get(fault, p)
    hub = any(a.via_hub_likelihood for a in question.answers)
    for view, totals in (("", sums), (" for a camera joining its hub", hub_sums if hub else {})):
        for fault, total in sorted(totals.items()):
            if abs(total - 1) > TOLERANCE:
                message = f"P(answer | {fault}) sums to {total:.4f} over the answers{view}, not 1"
                report.add(file, ("questions", qi, "answers"), message)


def _check_source_ids(
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
            report.add(file, (*base, "when", "lines", li), f"unknown line {line_id!r}")


def _check_template(report: _Report, file: str, path: Path, text: str | None) -> None:
    problem = template_problem(text or "")
    if problem:
        report.add(file, path, problem)


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
    for place in fact_places(kb):
        _check_fact(kb, report, place)
    _check_sources(kb, report)
    _check_lines_have_support(kb, report)
    _check_models(kb, report)
    _check_hub_labels(kb, report)
    _check_troubleshooting(kb, report)
    return report.problems
