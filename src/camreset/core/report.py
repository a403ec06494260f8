"""The support report: what was tried, what it showed, and where to take it next.

A person hands this to the vendor's support so they do not have to start from zero. It is built
from a replayed session (pure: no I/O, no clock) and rendered as Markdown, plain text or JSON
(`report.model_dump(mode="json")`); the HTML print page renders the same `Report`.

A report carries what people typed (serial, firmware, a comment), and support staff trust
what it says. `plain_text` (core/plain.py) is the one function that makes such text safe for
a line of text: line breaks cannot add a forged "Outcome:" line, and terminal escapes (ANSI,
OSC), other control characters and bidi overrides cannot restyle, retitle or reorder what is
shown. Every text rendering here and every line the terminal prints (cli/) goes through it;
JSON for a terminal goes through `terminal_json`, which escapes the same characters instead.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.plain import plain_text as plain_text
from camreset.core.plain import terminal_json as terminal_json
from camreset.core.present.words import FIXED_WORDS, OUTCOME_WORDS, clock, have_label, percent
from camreset.core.report_network import (
    ReportCamera,
    ReportNetworkCheck,
    ReportRemote,
    network_line,
    network_parts,
    network_sections,
)
from camreset.core.session import Cause, SessionState


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReportStep(_Frozen):
    """One step the person was shown, in order."""

    number: int
    step_id: str
    kind: str
    title: str
    answer_id: str | None
    answer: str | None
    seconds: float | None
    result: str | None


class ReportCause(_Frozen):
    """A cause of "won't reset" and how likely it still is."""

    id: str
    name: str
    probability: float


class SupportRoute(_Frozen):
    """Where the vendor takes support requests for this line."""

    brand: str
    line: str
    url: str
    contact: str


class Report(_Frozen):
    """Everything support needs, in the order they read it."""

    kind: Literal["camreset-report"] = "camreset-report"
    session_id: str | None
    model_id: str | None
    model_name: str | None
    line: str | None
    form_factor: str | None
    serial: str | None
    firmware: str | None
    started_at: datetime | None
    outcome: str | None
    steps: list[ReportStep]
    ruled_out: list[ReportCause]
    still_likely: list[ReportCause]
    have: list[str]
    app: str | None = None
    support: SupportRoute | None
    feedback: dict[str, Any] | None
    network_camera: ReportCamera | None = None
    network_checks: list[ReportNetworkCheck] = []
    remote_actions: list[ReportRemote] = []


def build_report(
    kb: KnowledgeBase, state: SessionState, *, session_id: str | None = None
) -> Report:
    """The report for a session as it stands (finished or not)."""
    line = kb.lines.get(state.line) or state.model.line
    support = None
    if line.support is not None:
        support = SupportRoute(
            brand=line.brand, line=line.name, url=line.support.url, contact=line.support.contact
        )
    camera, checks, remote = network_parts(state)
    return Report(
        session_id=session_id,
        model_id=None if state.model.generic else state.model.id,
        model_name=state.model.name,
        line=line.name,
        form_factor=state.form_factor,
        serial=_detail(state, "serial"),
        firmware=_detail(state, "firmware"),
        started_at=state.started_at,
        outcome=state.outcome,
        steps=[
            ReportStep(
                number=n,
                step_id=h.step,
                kind=h.kind,
                title=h.title,
                answer_id=h.answer,
                answer=h.answer_label,
                seconds=h.seconds,
                result=h.result,
            )
            for n, h in enumerate(state.history, start=1)
        ],
        ruled_out=[_cause(c) for c in state.ruled_out],
        still_likely=[_cause(c) for c in state.belief],
        have=sorted(state.have),
        app=line.app if line is not None else None,
        support=support,
        feedback=dict(state.feedback) if state.feedback else None,
        network_camera=camera,
        network_checks=checks,
        remote_actions=remote,
    )


def _detail(state: SessionState, name: str) -> str | None:
    value = state.details.get(name)
    return str(value) if value else None


def _cause(cause: Cause) -> ReportCause:
    return ReportCause(id=cause.id, name=cause.name, probability=cause.probability)


def outcome_words(outcome: str | None) -> str:
    """The outcome as a person would say it."""
    return OUTCOME_WORDS.get(outcome, outcome or "Not finished")


def camera_line(report: Report) -> str:
    """`TP-Link Tapo C200 (tapo-c200), Tapo line, indoor` with what is known."""
    name = report.model_name or report.model_id or "Unknown model"
    if report.model_id and report.model_name:
        name = f"{report.model_name} ({report.model_id})"
    parts = [name]
    if report.line:
        parts.append(f"{report.line} line")
    if report.form_factor:
        parts.append(report.form_factor.replace("_", " "))
    return ", ".join(parts)


def render_markdown(report: Report) -> str:
    """The report as Markdown, for a support ticket or an e-mail."""
    out = ["# Camera reset report", ""]
    out += [f"- **{label}:** {_md(value)}" for label, value in _header(report)]
    out += ["", "## Steps tried", ""]
    if report.steps:
        out += ["| # | Step | Answer | Time | Result |", "| --- | --- | --- | --- | --- |"]
        out += [
            f"| {s.number} | {_md(s.title)} | {_md(s.answer or '–')} | {clock(s.seconds)} "
            f"| {_md(s.result or '–')} |"
            for s in report.steps
        ]
    else:
        out.append("No steps yet.")
    for title, lines in network_sections(report):
        out += ["", f"## {title}", "", *(f"- {_md(line)}" for line in lines)]
    for title, causes in _cause_sections(report):
        out += ["", f"## {title}", ""]
        out += [f"- {_md(c.name)} ({percent(c.probability)})" for c in causes] or ["None."]
    out += ["", "## Vendor support", ""]
    if report.support is None:
        out += [_md(line) for line in _support_lines(report)]
    else:
        s = report.support
        out += [
            f"- {_md(s.brand)} support for {_md(s.line)}: <{plain_text(s.url)}>",
            f"- Contact: {_md(s.contact)}",
        ]
    return "\n".join(out) + "\n"


def render_text(report: Report) -> str:
    """The report as plain text, for a chat box or a form that takes no formatting. Each value
    goes through `plain_text`, so each stays on its own line."""
    p = plain_text
    out = ["CAMERA RESET REPORT", ""]
    width = max(len(label) for label, _ in _header(report))
    out += [f"{label + ':':<{width + 1}} {p(value)}" for label, value in _header(report)]
    out += ["", "STEPS TRIED"]
    for s in report.steps:
        out.append(f"{s.number:>2}. {p(s.title)}")
        out.append(f"    Answer: {p(s.answer or '–')}   Time: {clock(s.seconds)}")
        if s.result:
            out.append(f"    Result: {p(s.result)}")
    if not report.steps:
        out.append("No steps yet.")
    for title, lines in network_sections(report):
        out += ["", title.upper(), *(f"- {p(line)}" for line in lines)]
    for title, causes in _cause_sections(report):
        out += ["", title.upper()]
        out += [f"- {p(c.name)} ({percent(c.probability)})" for c in causes] or ["None."]
    out += ["", "VENDOR SUPPORT", *(p(line) for line in _support_lines(report))]
    return "\n".join(out) + "\n"


def _header(report: Report) -> list[tuple[str, str]]:
    rows = [("Camera", camera_line(report))]
    found = report.network_camera
    if found is not None:
        rows.append(("On the network", network_line(found)))
    reported = " (as the camera reports it)"
    if report.serial or (found and found.serial):
        rows.append(("Serial number", report.serial or f"{found and found.serial}{reported}"))
    if report.firmware or (found and found.firmware):
        rows.append(
            ("Firmware version", report.firmware or f"{found and found.firmware}{reported}")
        )
    rows.append(("Outcome", outcome_words(report.outcome)))
    if report.started_at:
        rows.append(("Started", report.started_at.strftime("%Y-%m-%d %H:%M UTC")))
    have = "; ".join(have_label(h, report.app) for h in report.have) or "nothing listed"
    rows.append(("Has at hand", have))
    if report.feedback and report.feedback.get("fixed"):
        rows.append(("Did it work", FIXED_WORDS.get(report.feedback["fixed"], "–")))
    if report.session_id:
        rows.append(("Session", report.session_id))
    return rows


def _cause_sections(report: Report) -> list[tuple[str, list[ReportCause]]]:
    return [("Causes still likely", report.still_likely), ("Causes ruled out", report.ruled_out)]


def _support_lines(report: Report) -> list[str]:
    if report.support is None:
        return ["Contact the camera maker's support and attach this report."]
    s = report.support
    return [f"{s.brand} support for {s.line}: {s.url}", f"Contact: {s.contact}"]


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell or list item: one plain line, markup escaped."""
    flat = plain_text(text)
    for ch in "\\|*_`[]<>":
        flat = flat.replace(ch, "\\" + ch)
    return flat
