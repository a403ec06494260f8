"""The support report: built from a session, rendered for support, safe to paste anywhere."""

from camreset.core.plain import plain_text, terminal_json
from camreset.core.report.camera_line import camera_line
from camreset.core.report.details import code_failed, session_details
from camreset.core.report.header import header_rows
from camreset.core.report.model import Report, ReportCause, SupportRoute, build_report
from camreset.core.report.needs import NeedRow, support_needs
from camreset.core.report.outcome_line import outcome_words
from camreset.core.report.render import (
    BEFORE_BACK_TITLE,
    NO_HOME_FIX,
    RULED_OUT_NOTE,
    RULED_OUT_TITLE,
    asks_title,
    likely_line,
    likely_note,
    likely_title,
    need_line,
    needs_title,
    none_likely,
    render_markdown,
    render_text,
    side_sections,
    support_heading,
    support_lines,
    told_once,
    usual_reasons,
)
from camreset.core.report.step_rows import (
    answer_said,
    found_row,
    held_note_words,
    held_words,
    result_words,
    spent_words,
    zone_words,
)
from camreset.core.report.steps import ReportStep

__all__ = [
    "BEFORE_BACK_TITLE",
    "NO_HOME_FIX",
    "RULED_OUT_NOTE",
    "RULED_OUT_TITLE",
    "NeedRow",
    "Report",
    "ReportCause",
    "ReportStep",
    "SupportRoute",
    "answer_said",
    "asks_title",
    "build_report",
    "camera_line",
    "code_failed",
    "found_row",
    "header_rows",
    "held_note_words",
    "held_words",
    "likely_line",
    "likely_note",
    "likely_title",
    "need_line",
    "needs_title",
    "none_likely",
    "outcome_words",
    "plain_text",
    "render_markdown",
    "render_text",
    "result_words",
    "session_details",
    "side_sections",
    "spent_words",
    "support_heading",
    "support_lines",
    "support_needs",
    "terminal_json",
    "told_once",
    "usual_reasons",
    "zone_words",
]
