"""The support report as pages: a print-friendly page and a plain-text page to copy.

Both render the one `Report` the core builds (the JSON and Markdown downloads come from the
API's report formatters), so what a person prints, copies or downloads says the same. The
session id (a secret: anyone with it can see the session) is left out unless the person asks
for it (`?with_id=1`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from camreset.app.local_time import local_zone
from camreset.core import report as report_core
from camreset.core.present.list_words import REFERENCE_OWN_COPY
from camreset.core.report.sending import (
    carries_words,
    pasted_words,
    sending_words,
    support_email,
)
from camreset.core.session.commands import REFERENCE, REFERENCE_SHARED
from camreset.web.pages.deps import services
from camreset.web.pages.desk_mark import on_desk
from camreset.web.pages.render import render

router = APIRouter()


async def _report(request: Request, session_id: str, with_id: bool) -> Any:
    svc = services(request)
    state = await svc.sessions.state_async(session_id)
    shown = session_id if with_id else None
    kb = svc.sessions.kb_for(state)  # as the session's steps saw it
    return report_core.build_report(kb, state, session_id=shown, zone=local_zone())


async def _own_copy(request: Request, session_id: str) -> str:
    """On a helpdesk's screen, its reference the report for the vendor leaves out, said above
    it: the helpdesk's copy (helpdesk review 70 H, #13)."""
    if not on_desk(request):
        return ""
    state = await services(request).sessions.state_async(session_id)
    reference = str(state.details.get(REFERENCE) or "")
    if not reference or state.details.get(REFERENCE_SHARED) == "yes":
        return ""
    return REFERENCE_OWN_COPY.format(reference=reference)


def _downloads(request: Request, session_id: str, rep: Any) -> dict[str, str]:
    root = request.scope.get("root_path", "")
    base = f"{root}/api/sessions/{session_id}/report"
    extra = "&with_id=true" if rep.session_id else ""
    return {
        "markdown": f"{base}?format=md{extra}",
        "json": f"{base}?format=json{extra}",
        "name": file_name(rep),
    }


def file_name(rep: Any) -> str:
    """A download's name without its extension: which camera and which day, so a helpdesk's
    downloads folder is not camreset-report (1).md, (2), (3)."""
    camera = rep.model_id or rep.line or "camera"
    day = rep.started_at.astimezone(local_zone()).date().isoformat() if rep.started_at else ""
    return "-".join(part for part in ("camreset-report", camera, day) if part)


@router.get("/s/{session_id}/report", name="page_report")
async def report_page(request: Request, session_id: str, with_id: int = 0) -> Response:
    rep = await _report(request, session_id, bool(with_id))
    words = {
        "header": report_core.header_rows(rep),
        "network": report_core.side_sections(rep),
        "needs_title": report_core.needs_title(rep),
        "likely_title": report_core.likely_title(rep),
        "none_likely": report_core.none_likely(rep),
        "likely_note": report_core.likely_note(rep),
        "before_back_title": report_core.BEFORE_BACK_TITLE,
        "usual_reasons": report_core.usual_reasons(rep),
        "need_line": report_core.need_line,
        "likely_line": report_core.likely_line,
        "ruled_out_note": report_core.RULED_OUT_NOTE,
        "ruled_out_title": report_core.RULED_OUT_TITLE,
        "support": report_core.support_lines(rep),
        "support_heading": report_core.support_heading,
        "result_words": report_core.result_words,
        "told_once": report_core.told_once(rep),
        "found_row": report_core.found_row(rep),
        "answer_said": report_core.answer_said,
        "held_words": report_core.held_words,
        "held_note_words": report_core.held_note_words,
        "spent_words": report_core.spent_words,
        "zone": report_core.zone_words(rep.started_at),
        "carries": carries_words(rep),
    }
    title = "Camera reset report"
    own = await _own_copy(request, session_id)
    return _page(request, session_id, "report.html", title, rep, report=rep, own_copy=own, **words)


@router.get("/s/{session_id}/report/text", name="page_report_text")
async def report_text_page(request: Request, session_id: str, with_id: int = 0) -> Response:
    rep = await _report(request, session_id, bool(with_id))
    text = report_core.render_text(rep)
    title = "Report as plain text"
    pasted, own = pasted_words(rep), await _own_copy(request, session_id)
    return _page(
        request, session_id, "report_text.html", title, rep, text=text, pasted=pasted, own_copy=own
    )


def sending(rep: Any) -> dict[str, str]:
    """How to send it (`sending_words`), cut around the vendor's e-mail address, which the
    page makes its mailto link: the report page said the address twice ("copy it into an
    e-mail (support@reolink.com). Write to support@reolink.com , then paste …": merged-diff
    review 68, N #10), and the plain-text page none ("Copy it into the support chat, e-mail
    or form." for every vendor: N #6)."""
    said, email = sending_words(rep), support_email(rep)
    if email is None or email not in said:
        return {"before": said, "email": "", "href": "", "after": ""}
    before, _, after = said.partition(email)
    subject = quote(f"Camera reset report: {rep.model_name or 'camera'}")
    href = f"mailto:{email}?subject={subject}"
    return {"before": before, "email": email, "href": href, "after": after}


def _page(
    request: Request, session_id: str, name: str, title: str, rep: Any, **context: Any
) -> Response:
    downloads = _downloads(request, session_id, rep)
    with_id = rep.session_id is not None
    return render(
        request,
        name,
        title=title,
        session_id=session_id,
        downloads=downloads,
        with_id=with_id,
        sending=sending(rep),
        **context,
    )
