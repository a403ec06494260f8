"""The second pass: does the knowledge base mean something consistent?

Structure is already valid here. This pass checks what only the whole KB can tell:
references resolve, ids are unique and never collide, a hand-set confidence agrees with the
one computed from the sources, a disagreement is written as claims (not hidden in a note),
and every model ends up with a way to reset it. The checks of troubleshooting.yaml (answers'
probabilities that sum, templates the renderer supports) are in core/kb/troubleshooting_meaning.py.
"""

from __future__ import annotations

import re

from camreset.core.kb.confidence import backed_fields, claim_confidence
from camreset.core.kb.facts import Claim
from camreset.core.kb.hold_quotes import unsaid_hold_times
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.places import Place, fact_places
from camreset.core.kb.problem_lines import ProblemLines
from camreset.core.kb.schema import ModelFacts
from camreset.core.kb.text import IDENT
from camreset.core.kb.troubleshooting_meaning import check_troubleshooting
from camreset.core.kb.values import Hold
from camreset.core.kb.yaml_lines import Path

REPORTS_DISAGREEMENT = re.compile(
    r"\b(disagree|contradict|differ|conflict|other sources? (say|give)|versions?)", re.I
)
"""A note that reports a disagreement: then each version must be its own claim."""


def _check_fact(kb: KnowledgeBase, report: ProblemLines, place: Place) -> None:
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


def _check_backed_fields(
    report: ProblemLines, file: str, where: Path, claim: Claim[object]
) -> None:
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


def _check_sources(kb: KnowledgeBase, report: ProblemLines) -> None:
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


def _check_lines_have_support(kb: KnowledgeBase, report: ProblemLines) -> None:
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


def _check_hub_labels(kb: KnowledgeBase, report: ProblemLines) -> None:
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


def _check_models(kb: KnowledgeBase, report: ProblemLines) -> None:
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


def check_meaning(kb: KnowledgeBase, line_maps: dict[str, dict[Path, int]]) -> list[str]:
    """Every meaning problem as `file:line: field.path: message` (empty when sound)."""
    report = ProblemLines(line_maps)
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
    check_troubleshooting(kb, report)
    return report.problems
