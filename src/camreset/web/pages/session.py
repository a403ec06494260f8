"""One step per page, and the forms that move a session on: answer, undo, feedback, details
and the hold the timer measured (what is at hand is edited on its own page: have_edit.py).

Every change is a plain form POST answered with a redirect to the session page (POST →
redirect → GET), so reloading never repeats an answer and no JavaScript is needed. The redirect
names the step's position (`?at=N`), and a session page opened without one (a resume link) is
sent to its position first: the browser's Back button then lands on an older
position, and the page asks "undo your last answer?" instead of silently showing the current
step again — but only in the browser that gave that answer (a cookie names the session's event
count after it). A page left open on a helpdesk screen while the customer answers on their
phone is only told, on reload, that the session moved on: it never offers to undo someone
else's answer. A POST for a step that is no longer current (a second tab, a page restored by
Back) is not an error for a person: they are sent to the current step with a short notice.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.present.beside_words import (
    beside_count,
    beside_words,
    undone_elsewhere,
)
from camreset.core.present.detail_words import (
    DETAIL_SAVED,
    NO_PASSWORD,
    changed_elsewhere,
    detail_warning,
    form_details,
    saved_problems,
)
from camreset.core.present.end_messages import ACCOUNT_END, PROVIDER_END, ROUTER_END
from camreset.core.present.moved_words import moved_words
from camreset.core.present.said_notices import before_the_press
from camreset.core.present.taken_back_past import SENT, taken_back_past
from camreset.core.present.taken_back_words import undone_count, your_undo_words
from camreset.core.present.timer_cues import TIMER_CUES
from camreset.core.present.timer_words import timer_words
from camreset.core.present.two_screens import (
    BACK_BELOW,
    hold_kept,
    not_saved,
    nothing_undone,
    overtaken_words,
    same_answer,
)
from camreset.core.present.undo_takes import undo_takes_found
from camreset.core.report import asks_title, session_details
from camreset.core.report.details import RECOVERY_CODE, adding_failed, code_asked
from camreset.core.session import Command
from camreset.core.session.commands import DETAIL_MAX, SCREEN
from camreset.core.session.step_again import same_step_now, shown_then
from camreset.errors import InvalidAnswerError, StaleStepError
from camreset.web.csrf import checked_form
from camreset.web.pages.answered_here import (
    answered_here,
    gave_last_answer,
    given_here,
    moved_here,
    overtaken_here,
    remember,
)
from camreset.web.pages.applied import at_of, post, session_url
from camreset.web.pages.assets import qr_svg
from camreset.web.pages.deps import services
from camreset.web.pages.desk_view import desk_view
from camreset.web.pages.network_view import network_view
from camreset.web.pages.page_news import NO_NEWS, PageNews
from camreset.web.pages.page_title import opening_news, step_title, warns_of_a_short_hold
from camreset.web.pages.position import older_step, said_here, went_back
from camreset.web.pages.render import render
from camreset.web.pages.seen_view import seen_page
from camreset.web.pages.started import which_screen
from camreset.web.pages.step_view import (
    answer_views,
    at_hand,
    back_to_start,
    details_by,
    led_pattern,
    more_box,
    progress_view,
    step_figure,
    support_asks,
    text_around_answers,
    timer_view,
    wait_view,
    worded_for_the_other_screen,
)
from camreset.web.pages.still import keep_still, still_chosen

router = APIRouter()


SHORTENED = f" (only its first {DETAIL_MAX} characters: it was longer)"
"""After a detail saved in part: the form's limit, past which a pasted text is cut."""


@router.get("/s/{session_id}", name="page_session")
async def session_page(
    request: Request,
    session_id: str,
    stale: int = 0,
    checked: int = 0,
    at: int | None = None,
    saved: str = "",
    cut: str = "",
    resumed: int = 0,
    moved: int = 0,
    code: int = 0,
    undone: int = 0,
    yours: str = "",
    elsewhere: str = "",
    changed: int = 0,
    since: int = 0,
    page: int = 0,
    held: str = "",
    sent: str = "",
    address: str = "",
) -> Response:
    sessions = services(request).sessions
    state = await sessions.state_async(session_id)
    if at is None or at < 1:  # a resume link: put the position in the address, so that a
        # reload without JavaScript can tell when another screen has moved the session on
        # since; a hand-edited `?at=0` (no page has it) likewise (helpdesk review 67, E #10)
        kept = [(k, v) for k, v in request.query_params.multi_items() if k != "at"]
        suffix = f"?{urlencode([*kept, ('at', state.current.ref.seq)])}"
        return RedirectResponse(session_url(request, session_id, suffix), 303)
    if not said_here(state, at):  # a one-off notice, reloaded after the session moved on
        stale, undone, saved, cut, elsewhere, changed, page = 0, 0, "", "", "", 0, 0
        address = ""  # typed for a check refused then: not for a page reloaded later
    moved_on = bool(moved) and not stale  # moved: the page's script saw it, from `since`
    shown_at = since if moved_on and 0 < since < state.current.ref.seq else None
    undo_there = undone_elsewhere(state, given_here(request, session_id))  # said, not offered
    if not stale and at < state.current.ref.seq and (state.can_undo or undo_there):  # a reload
        older = older_step(state, at, sessions.guide.replay)
        if older and not undo_there and answered_here(request, session_id, state):  # own Back
            here = session_url(request, session_id, at_of(state))
            return went_back(request, session_id, state, here)
        moved_on = True  # answered elsewhere (the customer's phone): say so, offer nothing
        shown_at = at  # what this page showed: every answer taken back or given since is said
    news = PageNews(
        stale=stale if stale in (2, 3) else int(bool(stale)),  # the same answer (3: a hold kept)
        checked=bool(checked),
        saved=saved,
        cut=cut,
        resumed=resumed if resumed in (1, 2) else 0,
        moved_on=moved_on,
        shown_at=shown_at,
        code=bool(code),
        undone=bool(undone) and not stale,
        yours=yours,
        elsewhere=elsewhere,
        changed=bool(changed) and not (stale or moved_on),
        refused_at=(page, held, sent) if stale == 1 and 0 < page < state.current.ref.seq else None,
        address=address[:64],  # a check refused: what was typed stays in its field
    )
    return await render_session(request, session_id, news)


async def render_session(
    request: Request,
    session_id: str,
    happened: PageNews = NO_NEWS,
    *,
    status_code: int = 200,
) -> Response:
    """The session's current step, with what just `happened` on this page said above it
    (page_news.py)."""
    svc = services(request)
    state = await svc.sessions.state_async(session_id)
    seen_page(request, session_id, state)  # which step this screen shows, for the desk
    # the live code on every screen: an agent who opened it by code could not read it back
    share = await run_in_threadpool(svc.sessions.share_code, session_id, new=False)
    here = gave_last_answer(request, session_id, state) or not state.history
    step = state.current if here else worded_for_the_other_screen(state)
    kb = svc.sessions.kb_for(state)
    resume = f"{svc.settings.public_url}/s/{session_id}"
    now = svc.sessions.clock()
    details = session_details(state)  # typed, or answered during the session
    typed = {k: str(v) for k, v in state.details.items() if v}  # the form's own values
    shortened = set(happened.cut.split(","))
    saved_keys = [k for k in happened.saved.split(",") if k in DETAIL_SAVED]
    saved_labels = [DETAIL_SAVED[k] + (SHORTENED if k in shortened else "") for k in saved_keys]
    screen = which_screen(request, session_id).get(SCREEN)  # where this browser answers
    took_back = (
        your_undo_words(state, screen) if happened.undone and not happened.moved_on else None
    )
    mine = (request, session_id, state)
    network = network_view(request, state, happened.problem, happened.address, happened.checked)
    kept_here = answered_here(*mine)
    overtaken = overtaken_words(state, here=kept_here, also_here=overtaken_here(*mine))
    fixing = happened.problem is not None or happened.comment is not None  # its field: focus
    arrived: tuple[bool, ...] = (
        bool(network.said),
        bool(happened.resumed),
        bool(overtaken) and not happened.stale,
    )
    arrived += (happened.moved_on or happened.changed, happened.code)
    arrived += (warns_of_a_short_hold(state.current.notices),)
    news = opening_news(
        happened.stale, took_back is not None, bool(saved_labels), happened.clashed, arrived, fixing
    )
    since = shown_then(state, happened.shown_at, svc.sessions.guide.replay)
    ours = given_here(request, session_id)  # what this browser did, by the event counts
    past, sent = None, "answer"  # this page's answer, refused as the session was taken back
    if happened.refused_at is not None:  # past its step
        page, held, sent = happened.refused_at
        sent = sent if sent in SENT else "answer"
        then = shown_then(state, page, svc.sessions.guide.replay)
        past = taken_back_past(state, then, here=moved_here(*mine), mine=ours, held=held, sent=sent)
    refused = None  # this page's answer or undo, refused: the core's words (two_screens.py)
    if happened.stale == 1:
        refused = past or (
            nothing_undone(state)
            if sent == "undo"
            else not_saved(state, happened.yours or None, back=BACK_BELOW)
        )
    elif happened.stale:
        kept = hold_kept(state) if happened.stale == 3 else None
        refused = kept or same_answer(state, here=kept_here, screen=screen)
    return render(
        request,
        "step.html",
        status_code=status_code,
        network=network,
        title=step_title(state, news, fixing, undone_count(state) if took_back else 1),
        news=news,
        session_id=session_id,
        state=state,
        step=step,
        line=state.model.line,
        model=state.model,
        progress=progress_view(state, now),
        answers=answer_views(kb, step.answers),
        timer_words=TIMER_CUES,
        timer_plan=timer_words(step.timer) if step.timer else None,
        step_pattern=led_pattern(kb, step.pattern),
        text_around=text_around_answers(step),
        more_box=more_box(step),
        figure=step_figure(step),
        sources=kb.sources,
        timer=timer_view(step.timer),
        before_press=[n for n in step.notices if before_the_press(n)] if step.timer else [],
        wait=wait_view(step.wait_seconds, state.current_since, now),
        can_undo=state.can_undo,
        undo_found=undo_takes_found(state, elsewhere=not kept_here),  # the model found
        back_to_start=back_to_start(state),
        undo_elsewhere=state.can_undo and not kept_here,
        stale=happened.stale,
        refused=refused,
        overtaken=None if happened.stale else overtaken,
        moved_on=moved_words(state, here=moved_here(*mine), since=since, mine=ours)
        if happened.moved_on
        else (beside_words(state, here=moved_here(*mine), mine=ours) if happened.changed else None),
        beside=beside_count(state),
        resumed=happened.resumed,
        took_back=took_back,
        saved=saved_labels,
        saved_problems=saved_problems(saved_keys, typed),
        changed_elsewhere=changed_elsewhere(
            happened.elsewhere.split(","), typed, happened.clashed or {}, details_by(state)
        ),
        at_hand=at_hand(state),
        detail_words=form_details(
            state.model,
            state.dark,
            state.current.ref.ref == ACCOUNT_END,
            state.off_recorder,
            code_asked(state),
            adding_failed(state),
        ),
        details_given=typed,
        details_known={k: v for k, v in details.items() if k not in typed and k != RECOVERY_CODE},
        detail_warnings={k: w for k, v in typed.items() if (w := detail_warning(k, v))},
        no_password=NO_PASSWORD,
        detail_max=DETAIL_MAX,
        support_asks=(asks := support_asks(kb, state, details)),
        support_asks_title=asks_title(
            state.model.line.brand,
            state.current.ref.ref == PROVIDER_END,
            sourced=not all(a.for_release for a in asks),
            to_router=state.current.ref.ref == ROUTER_END,
        ),
        resume_url=resume,
        qr=qr_svg(resume),
        share=share,
        share_minutes=share.minutes_left(svc.sessions.clock()) if share else 0,
        this_computer_only=svc.settings.this_computer_only,
        keep_still=still_chosen(request),
        comment=happened.comment,
        **desk_view(request, session_id, state, kb),
    )


@router.post("/s/{session_id}/answer", name="page_answer")
async def answer(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    step_id, answer_id = await _step_now(request, session_id, form), str(form.get("answer", ""))
    held, late = str(form.get("held", "")), False
    screen = which_screen(request, session_id)  # this browser started it, or another did
    if held:  # the timer was still running when the answer was sent: its hold goes first
        hold = Command("hold", step_id, data={"seconds": held, **screen})
        with suppress(StaleStepError, InvalidAnswerError):  # the answer matters more
            now = await services(request).sessions.apply_async(session_id, hold)
            late = now.current.id != step_id  # kept on the other screen's answer to its page
    command = Command("answer", step_id, answer_id, screen)
    response = await post(request, session_id, command, late=late, held=held)
    keep_still(request, form, response)
    return response


async def _step_now(request: Request, session_id: str, form: Mapping[str, object]) -> str:
    """The form's step, as the session numbers it now: back on that very page after another
    screen's answer there was taken back, the page's answer, hold and undo are this step's."""
    sessions, step = services(request).sessions, str(form.get("step", ""))
    state = await sessions.state_async(session_id)
    return step if step == state.current.id else same_step_now(state, step, sessions.guide.replay)


@router.post("/s/{session_id}/code", name="page_share_code")
async def share_code(request: Request, session_id: str) -> Response:
    """A short code for the session, shown in its share box (the same one while it lives)."""
    await checked_form(request)
    sessions = services(request).sessions
    await run_in_threadpool(sessions.share_code, session_id)
    state = await sessions.state_async(session_id)
    url = session_url(request, session_id, at_of(state) + "&code=1#share-code")  # the code in view
    return RedirectResponse(url, 303)


@router.post("/s/{session_id}/undo", name="page_undo")
async def undo(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    step = await _step_now(request, session_id, form)  # a page back on its step is up to date
    screen = which_screen(request, session_id)  # who took it back (helpdesk review 70, H #9)
    command = Command("undo", step, str(form.get("to", "")) or None, screen)
    return await post(request, session_id, command, extra="&undone=1")


@router.post("/s/{session_id}/feedback", name="page_feedback")
async def feedback(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    data = {"fixed": str(form.get("fixed", "")), "comment": str(form.get("comment", ""))}
    if not data["fixed"]:  # the page asks for a choice; a client that skipped it keeps its words
        state = await services(request).sessions.state_async(session_id)
        if state.current.kind != "outcome":  # undone elsewhere meanwhile: nothing to answer here
            return RedirectResponse(session_url(request, session_id, "?stale=1"), 303)
        return await render_session(
            request, session_id, PageNews(comment=data["comment"]), status_code=422
        )
    command = Command("feedback", str(form.get("step", "")), data=data)
    # back at the answer, not the top of a long page that looks as before (web review 54)
    return await post(request, session_id, command, "#fb-h")


@router.post("/s/{session_id}/hold", name="page_hold")
async def hold(request: Request, session_id: str) -> Response:
    """The hold the page's timer measured (sent by its script; moves no step). A step moved on
    is the usual 409 and a hold that is no number the usual 422, each with its words: the
    script says "You held …" for any answer but 204."""
    form = await checked_form(request)
    seconds = str(form.get("seconds", ""))
    data = {"seconds": seconds, **which_screen(request, session_id)}  # where it was timed
    command = Command("hold", await _step_now(request, session_id, form), data=data)
    state = await services(request).sessions.apply_async(session_id, command)
    response = Response(status_code=204)
    late = state.current.id != command.step  # kept with the other screen's answer to its page
    if late or answered_here(request, session_id, state, before=1):
        # this browser gave the last answer and now the hold: its answer is still its own;
        # or its hold is kept with the other's, which its pages then say is its own
        remember(request, response, session_id, state)
    return response
