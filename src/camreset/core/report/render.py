"""The support report as text: Markdown for a ticket or an e-mail, plain text for a chat box.

Both read the one `Report` (core/report/model.py); every value people typed goes through
`plain_text` (one safe line) and, in Markdown, has its markup escaped.
"""

from __future__ import annotations

import re

from camreset.core.plain import plain_text
from camreset.core.present.names import support_name
from camreset.core.present.number_words import clock, percent
from camreset.core.present.screen_names import who_words
from camreset.core.report.header import header_rows
from camreset.core.report.known_fix import SOURCED_FIX
from camreset.core.report.model import SAYS_SO, Report, ReportCause, SupportRoute
from camreset.core.report.needs import NeedRow
from camreset.core.report.step_rows import (
    LATE_HOLD_WHERE,
    answer_said,
    found_row,
    held_words,
    result_words,
    row_time,
    row_times,
    spent_words,
    titled_step,
    where_said,
    zone_words,
)
from camreset.core.report.steps import ReportTakenBack
from camreset.core.report_network import network_sections
from camreset.core.session.screens import BY, SCREEN

RULED_OUT_TITLE = "Causes ruled out"
NO_HOME_FIX = "no step at home addresses this for this camera"
"""Beside a likely cause no attempt at home addresses: it was not missed, it is support's."""
RULED_OUT_NOTE = (
    "Only where an attempt was done as told: a wait cut short or a hold let go too early rules "
    "nothing out."
)
"""Under "Causes ruled out" in every format: the web page alone said it (review 67 I, #12)."""
NEED_STATUS = {
    "in_report": "in this report",
    "missing": "not given yet",
    "have_ready": "have it ready",
    "when_asked": "make it when the agent asks for it",
}


ORDER = (
    "how it ended, the camera and the session",
    "what its support asks for",
    "the causes still likely, then those ruled out",
    "the steps tried, each in turn",
    "answers taken back and what the network told",
    "the vendor's support",
)
"""The report's sections, in every format (text, Markdown, page, and the JSON's fields): what
support acts on first, the long list of steps after it. Support read 80 to 130 lines of steps
before what it asks for and the likely causes (support-report review 67 I, #10)."""


def told_once(report: Report) -> list[str | None]:
    """Each step's "Asked for", said once: a step asking for the same hold as one before reads
    "as in step 7" (the same 40 words came three times in one report: review 67 I, #10)."""
    first: dict[str, int] = {}
    told: list[str | None] = []
    for s in report.steps:
        said = s.told or s.attempt  # a hold's own, or what the attempt asked for (75 G, #3)
        earlier = first.setdefault(said, s.number) if said else None
        told.append(said if earlier in (None, s.number) else f"as in step {earlier}")
    return told


def render_markdown(report: Report) -> str:
    """The report as Markdown, for a support ticket or an e-mail, in `ORDER`."""
    out = ["# Camera reset report", ""]
    out += [f"- **{label}:** {_md_value(label, value)}" for label, value in header_rows(report)]
    if report.support_needs:
        out += ["", f"## {needs_title(report)}", ""]
        out += [f"- {_md(need_line(n))}" for n in report.support_needs]
        if sources := report.support_needs_sources:  # none: only what a release needs
            out += ["", f"Sources: {', '.join(_md_source(x) for x in sources)}"]
    for title, causes in _cause_sections(report):
        out += ["", f"## {title}", ""]
        out += [_md(RULED_OUT_NOTE), ""] if title == RULED_OUT_TITLE else []
        out += [f"- {_md(line)}" for line in causes] or [_md(none_likely(report, title))]
        if title == likely_title(report) and (note := likely_note(report)):
            out += ["", _md(note)]
    out += ["", "## Steps tried", ""]
    if report.steps:
        out += [
            f"| # | Time ({zone_words(report.started_at)}) | Step | Answer | Time spent "
            "| Button held (timed) | Result |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        found = found_row(report)
        for t, when, told in zip(report.steps, row_times(report), told_once(report), strict=True):
            out.append(
                f"| {t.number} | {when} | {_md(titled_step(t, told))} "
                f"| {_md(answer_said(t))} | {_md(spent_words(t))} | {_md(held_words(t))} "
                f"| {_md(result_words(t))} |"
            )
            if found is not None and found[0] == t.number:  # the usual steps end here
                out.append(f"| | | **{_md(found[1])}** | | | | |")
    else:
        out.append("No steps yet.")
    for title, lines in side_sections(report):
        out += ["", f"## {title}", "", *(f"- {_md(line)}" for line in lines)]
    out += ["", "## Vendor support", ""]
    if report.support is None:
        out += [_md(line) for line in support_lines(report)]
    else:
        s = report.support
        out.append(f"- {_md(support_heading(s))}: <{plain_text(s.url)}>")
        out += [f"- {_md(line)}" for line in support_lines(report)[1:]]
    return "\n".join(out) + "\n"


def render_text(report: Report) -> str:
    """The report as plain text, for a chat box or a form that takes no formatting, in
    `ORDER`. Each value goes through `plain_text`, so each stays on its own line."""
    p = plain_text
    out = ["CAMERA RESET REPORT", ""]
    width = max(len(label) for label, _ in header_rows(report))
    out += [f"{label + ':':<{width + 1}} {p(value)}" for label, value in header_rows(report)]
    if report.support_needs:
        out += ["", needs_title(report).upper()]
        out += [f"- {p(need_line(n))}" for n in report.support_needs]
        if sources := report.support_needs_sources:
            out.append(f"Sources: {p(', '.join(sources))}")
    for title, causes in _cause_sections(report):
        out += ["", title.upper()]
        out += [RULED_OUT_NOTE] if title == RULED_OUT_TITLE else []
        out += [f"- {p(line)}" for line in causes] or [p(none_likely(report, title))]
        if title == likely_title(report) and (note := likely_note(report)):
            out.append(p(note))
    out += ["", "STEPS TRIED"]
    for s, when, told in zip(report.steps, row_times(report), told_once(report), strict=True):
        out.append(f"{s.number:>2}. {when}  {p(s.title)}")
        held = f"   Button held (timed): {p(held_words(s))}" if s.held is not None else ""
        out.append(f"    Answer: {p(answer_said(s))}   Time spent: {spent_words(s)}{held}")
        if told:
            out.append(f"    Asked for: {p(told)}")
        if s.result:
            out.append(f"    Result: {p(result_words(s))}")
        if (found := found_row(report)) is not None and found[0] == s.number:
            out.append(f"--- {p(found[1])}")
    if not report.steps:
        out.append("No steps yet.")
    for title, lines in side_sections(report):
        out += ["", title.upper(), *(f"- {p(line)}" for line in lines)]
    out += ["", "VENDOR SUPPORT", *(p(line) for line in support_lines(report))]
    return "\n".join(out) + "\n"


def needs_title(report: Report) -> str:
    brand = report.support.brand if report.support else None
    sourced = bool(report.support_needs_sources)
    return asks_title(brand, report.to_provider, sourced=sourced, to_router=report.to_router)


def asks_title(
    brand: str | None, to_provider: bool = False, *, sourced: bool = True, to_router: bool = False
) -> str:
    """ "What TP-Link support asks for"; on the page that sends a person to the provider who
    supplied the camera, the maker's list is for if the provider sends them on (after-reset
    review 58: "What Arlo support asks for" sat under "Contact the provider"); on the router's
    end, for if the camera still does not join once its router has a 2.4 GHz network (review
    69, N #6). Not `sourced`: no source lists what it asks, only what a release needs is there."""
    maker = f"{brand} support" if brand else "the maker's support"
    if not sourced:
        return f"What to give {maker} for the release"
    if to_provider:
        return f"If the provider sends you to {maker}: what it asks for"
    if to_router:
        return f"If it still does not join: what {maker} asks for"
    return f"What {maker} asks for"


def need_line(need: NeedRow) -> str:
    status = NEED_STATUS[need.status]
    value = f" ({need.value})" if need.value else ""
    return f"{need.label}: {status}{value}" + (f". {need.note}" if need.note else "")


def likely_title(report: Report) -> str:
    """The heading of the likely causes: where no reset was tried nothing is known to be
    wrong, so they are what could stop one; a camera that never switched on has only what
    keeps it dark."""
    if report.nothing_failed:
        return "If a reset does not take, the usual reasons"
    if report.never_on:
        return "What most likely keeps it from switching on"
    return "Causes still likely"


NONE_LEFT_DARK = (
    "Nothing camreset can check at home is likely to keep it dark: its power supply or the "
    "camera itself may be at fault."
)
"""The likely causes of a camera still dark when none is listed (every power step left it
so, or its sources give no way of powering it to check): "None." would read as if nothing
were wrong with it."""


DARK_BEYOND = (
    "Otherwise the fault is one camreset cannot check at home: in the camera itself or in its "
    "power input."
)
"""After the likely causes of a camera still dark: the causes name only its power supply, so
a report that listed a cable at 12 % after a known-good one was tried read as if the camera
could not be at fault (web review 54)."""


def likely_note(report: Report) -> str | None:
    """A line after the likely causes, where they are not the whole story."""
    return DARK_BEYOND if report.never_on and report.still_likely else None


def none_likely(report: Report, title: str | None = None) -> str:
    """What the likely causes' section (or the section `title`) says when it lists none."""
    likely = title is None or title == likely_title(report)
    return NONE_LEFT_DARK if report.never_on and likely else "None."


USUAL_REASONS = 5
"""Where no reset was tried, how many of the usual reasons a report names: a forgotten
password's report listed fifteen, each with a percentage that read as a diagnosis of a reset
nobody did (support review 44)."""


def usual_reasons(report: Report) -> list[str]:
    """The likeliest reasons a reset does not take, by name, where none was tried."""
    return [c.name for c in report.still_likely[:USUAL_REASONS]]


def _cause_sections(report: Report) -> list[tuple[str, list[str]]]:
    """Each cause section as lines: still likely with how likely, ruled out by name alone (a
    percentage beside "ruled out" would read as a contradiction); nothing ruled out where
    nothing was tried."""
    if not report.weighs_causes:
        return []
    if report.nothing_failed:  # priors, not what this camera showed: names, the likeliest few
        return [(likely_title(report), usual_reasons(report))]
    lines = [likely_line(c) for c in report.still_likely]
    likely = (likely_title(report), lines)
    earlier = [f"{c.name} ({percent(c.probability)})" for c in report.before_back]
    went_back = [(BEFORE_BACK_TITLE, earlier)] if earlier else []
    return [likely, (RULED_OUT_TITLE, [c.name for c in report.ruled_out]), *went_back]


def likely_line(cause: ReportCause) -> str:
    """ "Firmware corrupted (10%; no step at home addresses this for this camera)", in every
    format: the web page dropped the note the text and Markdown carry (review 67 I, #12)."""
    fix = "" if cause.home_fix or cause.id in SAYS_SO else f"; {_no_home_fix(cause)}"
    return f"{cause.name} ({percent(cause.probability)}{fix})"


def _no_home_fix(cause: ReportCause) -> str:
    """What to say beside a cause no attempt addresses: a fix its sources give, or none."""
    fix = cause.sourced_fix
    return NO_HOME_FIX if fix is None else SOURCED_FIX.format(no_home_fix=NO_HOME_FIX, fix=fix)


BEFORE_BACK_TITLE = "While adding it again, before going back to resetting: causes then likely"
"""The heading of the causes weighed while adding it again, where that sent the session back
to resetting (`Report.before_back`)."""


def side_sections(report: Report) -> list[tuple[str, list[str]]]:
    """The sections after the steps: answers taken back, then what the network told."""
    back = [
        f"{row_time(t.at)}  {t.title} — {t.answer}"
        + where_said(t.screen, t.by)
        + (f" (given first; another screen's {_theirs(t)} was not saved)" if t.overtaken else "")
        + (f" (button held {clock(t.held)}, {_timed(t)})" if t.held is not None else "")
        + undone_words(t)
        for t in report.taken_back
    ]
    taken = [("Answers taken back (undone)", back)] if back else []
    return [*taken, *network_sections(report)]


def undone_words(taken: ReportTakenBack) -> str:
    """When and by whom an answer was taken back, as the web and the terminal name it: the
    row's time is the answer's, and with three screens nobody could tell who undid it
    (helpdesk review 70, H #9)."""
    if taken.undone_at is None:
        return ""
    who = who_words({SCREEN: taken.undone_screen, BY: taken.undone_by})
    by = f" by {who[0].lower()}{who[1:]}" if who else ""
    return f"; taken back at {row_time(taken.undone_at, None, taken.at)}{by}"


def _theirs(taken: ReportTakenBack) -> str:
    """The other screen's answers to a taken-back answer's step, not saved, as its row said."""
    return " and ".join(f"“{words}”" for words in taken.overtaken)


def _timed(taken: ReportTakenBack) -> str:
    """ "timed", or of a hold timed after the answer, as its step's row said it: "timed after
    this answer, on the screen that started the session" (merged-diff review 68, N #3)."""
    if not taken.held_late:
        return "timed"
    return f"timed after this answer, {LATE_HOLD_WHERE.get(taken.held_screen, '')}"


NO_SUPPORT = (
    "camreset does not know this camera's maker: contact its support, or the shop you bought it "
    "from, with this report."
)


def support_lines(report: Report) -> list[str]:
    """Where support is ("Amcrest support: URL", "TP-Link support for Tapo: URL") and how to
    reach it, when that says more than the team's name."""
    if report.support is None:  # one wording in every format (review 63, #9: two)
        return [NO_SUPPORT]
    s = report.support
    lines = [f"{support_heading(s)}: {s.url}"]
    if s.contact.casefold() != f"{s.brand} support".casefold():
        lines.append(f"Contact: {s.contact}")
    return lines + [f"Also: {also}" for also in s.also]


def support_heading(support: SupportRoute) -> str:
    """ "Amcrest support", or "TP-Link support for Tapo" when the line is not the brand."""
    return support_name(support.brand, support.line)


def _md_value(label: str, value: str) -> str:
    """A header value in Markdown; the session id as code, so it copies as it is (escaped,
    its "_" read "\\_" in the raw file, an id that opens nothing: flake review 61)."""
    if label == "Session" and ID_CHARS.fullmatch(value):
        return f"`{value}`"
    return _md(value)


ID_CHARS = re.compile(r"[A-Za-z0-9_-]+")
WEB_ADDRESS = re.compile(r"https?://[^\s<>]+")


def _md_source(source: str) -> str:
    """A source's address as a link that copies as it is (escaped, its "_" read "\\_" in the
    raw file: installer review 62, #15); a source without one, its title escaped."""
    if WEB_ADDRESS.fullmatch(source):
        return f"<{plain_text(source)}>"
    return _md(source)


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell or list item: one plain line, markup escaped."""
    flat = plain_text(text)
    for ch in "\\|*_`[]<>":
        flat = flat.replace(ch, "\\" + ch)
    return flat
