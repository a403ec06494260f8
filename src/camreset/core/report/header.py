"""The report's opening table: how it ended and what is asked first, then the camera, then the
session, label and value, in the words every format shows.

Its own module: the report's rendering had reached the 400 lines a module may have.
"""

from __future__ import annotations

from datetime import datetime

from camreset.core.no_passwords import REMOVED
from camreset.core.present.detail_words import DETAIL_LABELS, DETAIL_SAVED, detail_value
from camreset.core.present.fixed_words import HANDED_OVER
from camreset.core.present.found_words import FOUND_ROW, found_row
from camreset.core.present.have_items import have_label
from camreset.core.present.number_words import clock
from camreset.core.present.screen_names import found_who
from camreset.core.present.words import FIXED_WORDS
from camreset.core.report.camera_line import camera_line
from camreset.core.report.joined import JoinedScreen
from camreset.core.report.model import AS_REPORTED, Report
from camreset.core.report.outcome_line import outcome_words
from camreset.core.report.request import support_request
from camreset.core.report.step_rows import ELSEWHERE, where_said, zone_words
from camreset.core.report_network import network_line
from camreset.core.session.commands import ANOTHER, REFERENCE
from camreset.core.session.screens import API, HELPDESK, TERMINAL, WEB

NOT_ASKED = "nothing ticked: each step asked for what it needed"
ANOTHER_SCREEN = (
    "a phone, computer, terminal or program other than the one this session was started on "
    "(see Started), which opened it by its link, short code or id, or answered through the "
    "API; the answers marked “entered on another screen” were given there"
)
"""The key to the steps' "(entered on another screen)": support read the mark with nothing
saying which screen is which (merged-diff review 67, N #2). It names no role: the desk that
started a session and read its code out saw the customer's own answers called "a helper's"
(helpdesk review 70, H #1)."""
HELPDESK_KEY = (
    "the answers marked “entered by the helpdesk” were given on a screen that said it is a "
    "helpdesk's, or were sent by a helpdesk's program through the API, which said so"
)
DESK_SAYS = (
    "a screen says so once a helpdesk's reference is saved on it, or someone presses “I work "
    "at the helpdesk” there; camreset has no log-in to check it"
)
"""How a web screen comes to be the helpdesk's, said where its answers are so marked: a
customer who pressed "I work at the helpdesk" on their own phone had their answers marked as
the helpdesk's, and the report read as if the agent gave them (session 75, helpdesk review 74
F, #2's caveat)."""
STARTED_VIA: dict[str, str] = {
    WEB: "on a web page",
    API: "through the API (a program)",
    TERMINAL: "in a terminal",
}
"""Where the session was started, after its time: what "another screen" is other than."""
HOLDS_THERE = "; the holds marked as timed “on another screen” were timed there"
"""The same key's word on a hold timed late on such a screen: a desk that started the session
and a phone that only timed the hold had the mark, and no key (merged-diff review 68, N #8)."""


def scripted_words(scripted: int, steps: int) -> str:
    """Why steps read from a file show no time spent ("0 s" read as a rushed wait)."""
    which = "every step" if scripted == steps else f"{scripted} of the {steps} steps"
    return (
        f"{which} from a file (camreset guide --answers), not at the camera at that moment: "
        "no time spent is shown for those"
    )


def header_rows(report: Report) -> list[tuple[str, str]]:
    """The report's opening table, label and value, in the words every format shows: how it
    ended and what is asked first, then the camera, then the session (`ORDER`)."""
    rows = [("Outcome", outcome_words(report)), *_fixed_rows(report)]
    rows.append(("Summary", report.summary))  # what was tried, in one line (summary.py)
    if report.reason:
        rows.append(("Reason given", report.reason))  # not "Why reset": some came for no reset
    if (asked := support_request(report)) is not None:
        rows.append(("Request", asked))
    rows.append(("Camera", camera_line(report)))
    if (label := report.model_found_at) is not None:  # the steps before it were the usual ones
        same_day = report.started_at is None or label.date() == report.started_at.date()
        at = f"{label:%H:%M}" if same_day else f"{label:%Y-%m-%d %H:%M}"
        who = found_who(report.model_found_screen, report.model_found_by)
        rows.append((FOUND_ROW, found_row(at, report.started_as or "model not known", who)))
    if reference := report.details.get(REFERENCE):  # the helper's ticket or caller (67, #4)
        rows.append(("Reference", reference))
    if report.hub:
        rows.append(("Pairs through", report.hub))
    if report.button:
        rows.append(("Reset button", report.button))
    details = report.details or {
        k: v for k, v in (("serial", report.serial), ("firmware", report.firmware)) if v
    }
    found = report.network_camera
    if found is not None:
        rows.append(("On the network", network_line(found)))
        for key, read in (("serial", found.serial), ("firmware", found.firmware)):
            if read and details.get(key, read) == read:  # what camreset read, nobody typed
                details = {**details, key: f"{read}{AS_REPORTED}"}
    labels = DETAIL_LABELS | ({"recorder": report.recorder} if report.recorder else {})
    labels |= {"hub": report.hub} if report.hub else {}
    shown = {"label_model"}  # the camera's line starts with it: not a row of its own again
    rows += [
        (labels[k], detail_value(k, v))
        for k, v in details.items()
        if k in labels and v and k not in shown
    ]
    if report.started_at:
        zone = zone_words(report.started_at)
        via = STARTED_VIA.get(report.started_via or "")
        where = f", {via}" if via else ""  # a log from before did not say
        rows.append(("Started", f"{report.started_at:%Y-%m-%d %H:%M} {zone}{where}"))
        last = max((s.at for s in report.steps if s.at is not None), default=None)
        last = None if all(s.scripted for s in report.steps) else last  # a file's pace
        if last is not None and last > report.started_at:  # support logs how long it took
            same_day = last.date() == report.started_at.date()
            when = f"{last:%H:%M}" if same_day else f"{last:%Y-%m-%d %H:%M}"
            spent = clock((last - report.started_at).total_seconds())  # "3 h 05 min"
            rows.append(("Last answer", f"{when} {zone_words(last)}, {spent} after the start"))
    if scripted := sum(s.scripted for s in report.steps):
        rows.append(("Answered", scripted_words(scripted, len(report.steps))))
    marked = any((s.answer and where_said(s.screen, s.by) == ELSEWHERE) for s in report.steps)
    marked = marked or any(s.overtaken for s in report.steps)
    lates = [(s.held_late or s.held_again, s.held_screen) for s in report.steps]
    held = (True, ANOTHER) in lates + [(t.held_late, t.held_screen) for t in report.taken_back]
    held = held or any(s.held_start == ANOTHER for s in report.steps)  # its timer started there
    back = any(where_said(t.screen, t.by) == ELSEWHERE for t in report.taken_back)
    if marked or held or back:  # or taken back
        rows.append(("Another screen", another_screen_key(report) + (HOLDS_THERE if held else "")))
    if any(s.by == HELPDESK for s in report.steps) or any(
        t.by == HELPDESK for t in report.taken_back
    ):
        rows.append(("Helpdesk", helpdesk_key(report)))
    have = "; ".join(have_label(h, report.app) for h in report.have) or "nothing listed"
    rows.append(("Has at hand", have if report.have_asked or report.have else NOT_ASKED))
    comment = str((report.feedback or {}).get("comment") or "").strip()
    if comment:
        rows.append(("Their words", comment))
    if removed := removed_from(details, comment):
        rows.append((REMOVED_LABEL, REMOVED_WORDS.format(where=removed)))
    if report.session_id:
        rows.append(("Session", report.session_id))
    return rows


REMOVED_LABEL = "Passwords taken out"
REMOVED_WORDS = (
    f"“{REMOVED}” in {{where}} stands for a password typed there: camreset never keeps one, and "
    "support never needs it"
)
"""Where the report says plainly which rows lost a password (support-report review 75 G, #5:
"Firmware version: [password removed], admin pass: [password removed]" read as if no
firmware was given, with nothing saying why)."""


def removed_from(details: dict[str, str], comment: str) -> str:
    """The rows a password was taken out of, in words ("the firmware version and their
    words"); "" where none was."""
    where = [DETAIL_SAVED[k] for k, v in details.items() if k in DETAIL_SAVED and REMOVED in v]
    where += ["their words"] if REMOVED in comment else []
    return " and ".join(filter(None, (", ".join(where[:-1]), where[-1]))) if where else ""


def _fixed_rows(report: Report) -> list[tuple[str, str]]:
    """Whether it works now, as the person said at the end, beside the outcome."""
    fixed = (report.feedback or {}).get("fixed")
    handed_over = report.outcome in HANDED_OVER
    if not fixed or (handed_over and fixed == "not_sure"):
        return []
    # on a hand-over the question was "once support has helped, is it fixed?": a "no"
    # under "Did it work" read as support's own fix failing (support review 44)
    asked = "Fixed by support" if handed_over else "Did it work"
    asked = "Works through their own hub" if report.needs_hub else asked
    return [(asked, FIXED_WORDS.get(fixed, "–"))]


JOINED_HOW = {
    "code": "opened it from its short code",
    "link": "opened it from its link",
    None: "opened it by its link, short code or id",
}
"""How another screen joined, as its browser said (core/report/joined.py)."""


def _first(report: Report, who: str) -> JoinedScreen | None:
    return next((j for j in report.screens if j.who == who), None)


def _at(report: Report, at: datetime) -> str:
    same_day = report.started_at is None or at.date() == report.started_at.date()
    return f"{at:%H:%M}" if same_day else f"{at:%Y-%m-%d %H:%M}"


def another_screen_key(report: Report) -> str:
    """The key to "(entered on another screen)": the screens named by how they joined, "the
    session was started on a web page; another screen opened it from its short code and
    answered first at 02:44: …" (helpdesk review 74 F, #9: one long sentence of every way a
    screen could have joined, in every report)."""
    via = STARTED_VIA.get(report.started_via or "")
    started = f"the session was started {via}; " if via else ""
    other = _first(report, "other")
    if other is None:  # only a hold or an answer taken back: no answer of its own stands
        return ANOTHER_SCREEN
    if other.api:
        joined = "a program answered through the API"
    else:
        joined = f"another screen {JOINED_HOW.get(other.joined, JOINED_HOW[None])} and answered"
    return (
        f"{started}{joined} first at {_at(report, other.first_at)}: the answers marked "
        "“entered on another screen” were given there"
    )


def helpdesk_key(report: Report) -> str:
    """The key to "(entered by the helpdesk)": which screen said it is the helpdesk's, how it
    joined, and how a screen comes to say so (`DESK_SAYS`)."""
    desk = _first(report, HELPDESK)
    if desk is None:
        return f"{HELPDESK_KEY}; {DESK_SAYS}"
    at = _at(report, desk.first_at)
    if desk.api:
        return (
            "the answers marked “entered by the helpdesk” were sent by a helpdesk's program "
            f"through the API, which said so, first at {at}"
        )
    if desk.screen == ANOTHER:
        where = f"another screen, which {JOINED_HOW.get(desk.joined, JOINED_HOW[None])}"
    else:
        where = "the screen that started the session"
    return (
        "the answers marked “entered by the helpdesk” were given on a screen that said it is "
        f"a helpdesk's: {where}, first at {at}; {DESK_SAYS}"
    )
