"""The second pass over troubleshooting.yaml: do its causes, attempts and questions fit?

The engine trusts this file's numbers and ids: every id is unique and every reference names
something real, each question's answer likelihoods sum to 1 for every cause, an attempt fixes
only causes of its own phase, and every text a page fills uses only fields the renderer
supports. Kept apart from the facts' checks (core/kb/semantic.py): one file, one concept.
"""

from __future__ import annotations

from collections.abc import Iterator

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.problem_lines import ProblemLines
from camreset.core.kb.templates import template_problem
from camreset.core.kb.troubleshooting import NETWORK_ANSWERS, Message, Phase, StepSpec
from camreset.core.kb.yaml_lines import Path

RESERVED_ANSWERS = {"not-sure", "cant", "not_sure"}
TOLERANCE = 1e-6


def check_troubleshooting(kb: KnowledgeBase, report: ProblemLines) -> None:
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
    kb: KnowledgeBase, report: ProblemLines, file: str, qi: int, faults: set[str]
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
    kb: KnowledgeBase, report: ProblemLines, file: str, base: Path, ids: list[str]
) -> None:
    for si, source_id in enumerate(ids):
        if source_id not in kb.sources:
            report.add(file, (*base, "sources", si), f"unknown source {source_id!r}")


def _check_lines(
    kb: KnowledgeBase, report: ProblemLines, file: str, base: Path, ids: list[str] | None
) -> None:
    for li, line_id in enumerate(ids or []):
        if line_id not in kb.lines:
            report.add(file, (*base, "when", "lines", li), f"unknown line {line_id!r}")


def _check_template(report: ProblemLines, file: str, path: Path, text: str | None) -> None:
    problem = template_problem(text or "")
    if problem:
        report.add(file, path, problem)
