"""The JSON API, for a helpdesk tool: start a session, follow its steps, fetch the report.

Every route is documented in the OpenAPI schema at /openapi.json (and listed at /docs); every
error is a problem-details document (web/problems.py). The shapes of what goes out live in
web/api_schema.py; this module only routes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from camreset.app import SessionService
from camreset.app.documents import SessionDoc, links, session_doc
from camreset.app.local_time import local_zone
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.taken_back_words import your_found_back
from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, SessionState
from camreset.core.session.screens import API, BY, VIA
from camreset.core.session.step_again import same_step_now
from camreset.errors import SessionNotFoundError, StaleStepError, UnknownModelError
from camreset.settings import Settings
from camreset.web import api_events as events
from camreset.web import api_schema as schema
from camreset.web.network_gate import client_address
from camreset.web.pattern_words import SHARE_CODE
from camreset.web.problems import PROBLEM_JSON, Problem, ProblemError

router = APIRouter(prefix="/api", tags=["api"])

SessionId = Annotated[str, Path(min_length=1, max_length=200)]
"""Any id: one mistyped in any way is the same 404 "no such session"."""
ModelId = Annotated[str, Path(min_length=1, max_length=100)]
ShareCodeText = Annotated[
    str,
    Path(
        pattern=SHARE_CODE,
        description="eight characters, any case, with or without the dash: K7QM-4TXP",
    ),
]

ERROR_WHEN = {
    400: "The body could not be read (not UTF-8)",
    404: "No such session or model",
    409: "The step answered is no longer current",
    413: "Request body too large",
    422: "Invalid request, answer or model",
    429: "Too many codes that opened nothing from this client within a minute (see Retry-After)",
    503: "The session database cannot be reached",
}
"""Every status an API route may answer besides its success, with what it means."""


def problem_responses(when: Mapping[int, str], *statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the problems a route can answer with, described by `when`."""
    return {
        status: {
            "description": when[status],
            "content": {PROBLEM_JSON: {"schema": schema.ProblemOut.model_json_schema()}},
        }
        for status in statuses
    }


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the problems a session route can answer with."""
    return problem_responses(ERROR_WHEN, *statuses)


# Dependencies and routes are coroutines: FastAPI runs a plain `def` in a worker thread, and
# those hand-offs cost more CPU than a step itself. A step's work runs on the event loop; on
# PostgreSQL only its database call waits in a thread (app/store_calls.py, docs/deploy.md).
# The step routes (start, read, answer) read the services off `request.app.state` themselves,
# as the pages do: FastAPI solves each `Depends` again on every request, which cost 6-7 % of
# a step's server CPU for three one-line lookups (session 71, docs/deploy.md).
async def _sessions(request: Request) -> SessionService:
    sessions: SessionService = request.app.state.sessions
    return sessions


async def _kb(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.kb
    return kb


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _services(request: Request) -> tuple[SessionService, Settings]:
    """The session service and settings `create_app` put on the app (no `Depends`: above)."""
    state = request.app.state
    return state.sessions, state.settings


def document(
    sessions: SessionService,
    settings: Settings,
    session_id: str,
    state: SessionState,
    told: str | None = None,
) -> SessionDoc:
    """The session's document as every route answers it: links under the public URL, facts
    cited from the KB its steps were made with, a hold going on judged at this moment;
    `told`: what the event it answers did, in the current step's `notice`."""
    sources = sessions.kb_for(state).sources
    now = sessions.clock()
    return session_doc(session_id, state, settings.public_url, sources, now=now, told=told)


Sessions = Annotated[SessionService, Depends(_sessions)]
KB = Annotated[KnowledgeBase, Depends(_kb)]
Config = Annotated[Settings, Depends(_settings)]


@router.post(
    "/sessions",
    status_code=201,
    operation_id="startSession",
    responses={
        201: {
            "headers": {"Location": {"description": "the session", "schema": {"type": "string"}}}
        },
        **errors(400, 404, 413, 422, 503),
    },
)
async def start_session(
    body: schema.StartRequest, request: Request, response: Response
) -> SessionDoc:
    """Start a guided session; the answer carries its first step under `current`."""
    sessions, settings = _services(request)
    _check_line(sessions.kb, body.line)
    session_id, state = await sessions.start_async(
        model=body.model,
        line=body.line,
        form_factor=body.form_factor,
        have=body.have,
        power=body.power,
        via=API,
    )
    out = document(sessions, settings, session_id, state)
    response.headers["Location"] = out.links.self
    return out


def _check_line(kb: KnowledgeBase, line: str | None) -> None:
    """A line the KB does not have is refused as the schema's enum says (web/openapi.py)."""
    if line is None or line in kb.line_ids():
        return
    msg = f"Input should be one of: {', '.join(kb.line_ids())}"
    raise ProblemError(
        Problem(
            status=422,
            title="Invalid request",
            detail=f"line: {msg}",
            type="validation",
            extra={"errors": [{"loc": ["body", "line"], "msg": msg}]},
        )
    )


@router.get("/sessions/{session_id}", operation_id="getSession", responses=errors(404, 422, 503))
async def get_session(session_id: SessionId, request: Request) -> SessionDoc:
    """The session as it stands: current step, history, what is still likely."""
    sessions, settings = _services(request)
    state = await sessions.state_async(session_id)
    return document(sessions, settings, session_id, state)


@router.post(
    "/sessions/{session_id}/events",
    operation_id="postEvent",
    responses=errors(400, 404, 409, 413, 422, 503),
)
async def post_event(
    session_id: SessionId,
    body: Annotated[events.EventRequest, Body()],
    request: Request,
) -> SessionDoc:
    """Answer, finish, skip or undo the current step, or add details or feedback.

    `step` must be the id of the current step for answer, done, skip and undo; if another
    answer moved the session on first, the reply is 409 and no answer is changed (its `kept`
    names the answer saved first when it was to the same step; `current`, the step the
    session is on; `taken_back`, that another screen took the session back past the step
    sent). The same answer sent again to the step it answered, with nothing answered since,
    is answered as the first time; so is an event for a step asked again after the same
    answers (another screen's answer to it taken back), as the step it is now.
    """
    sessions, settings = _services(request)
    command = events.event_command(body)
    state = await _applied_to_step(sessions, session_id, command)
    told = your_found_back(state) if command.type == "undo" else None  # as a page says it
    return document(sessions, settings, session_id, state, told)


@router.post(
    "/sessions/{session_id}/holding",
    operation_id="holdingStarted",
    responses=errors(400, 404, 409, 413, 422, 503),
)
async def holding_started(
    session_id: SessionId, body: events.HoldingRequest, request: Request
) -> SessionDoc:
    """Say a hold timer started on the current step, as it starts (`step` must have a
    `timer`: else 422): the session's `holding`, and a web page following it, say a hold is
    going on until the `hold` event or an answer follows. Moves no step."""
    sessions, settings = _services(request)
    state = await _applied_to_step(sessions, session_id, body.command())
    return document(sessions, settings, session_id, state)


async def _applied_to_step(
    sessions: SessionService, session_id: str, command: Command
) -> SessionState:
    """`command` applied to the step it names; a step an undo renumbered is taken as the step
    it is now, and the same answer sent twice as the first."""
    try:
        return await sessions.apply_async(session_id, command)
    except StaleStepError as exc:
        state = await sessions.state_async(session_id)
        step = same_step_now(state, command.step or "", sessions.guide.replay)
        if not exc.again and step != (command.step or ""):  # its id renumbered by an undo
            return await _applied_as(sessions, session_id, replace(command, step=step))
        if not exc.again:  # a double submit: the answer it sent is the one saved
            raise
        return state


@router.post(
    "/sessions/{session_id}/model-found",
    operation_id="modelFound",
    responses=errors(400, 404, 409, 413, 422, 503),
)
async def model_found(
    session_id: SessionId, body: schema.ModelFoundRequest, sessions: Sessions, settings: Config
) -> SessionDoc:
    """Say the model was found on the label of a session started without it: the session
    keeps its id, short code and reference, and goes on with that model's own steps."""
    state = await sessions.state_async(session_id)  # no such session: 404 before the model
    marks = {VIA: API} | ({BY: body.by} if body.by else {})  # who found it, as on an event
    command = sessions.found_command(body.model, marks, started=state.events[0])
    state = await sessions.apply_async(session_id, command)
    return document(sessions, settings, session_id, state)


async def _applied_as(sessions: SessionService, session_id: str, command: Command) -> SessionState:
    """`command`, sent for a step an undo on another screen renumbered, applied to the step
    it is now: the web's pages took it so, while the API refused it (session 69, B #2)."""
    try:
        return await sessions.apply_async(session_id, command)
    except StaleStepError as exc:
        if not exc.again:
            raise
    return await sessions.state_async(session_id)


@router.post(
    "/sessions/{session_id}/share-code",
    operation_id="getShareCode",
    responses=errors(404, 422, 503),
)
async def share_code(session_id: SessionId, sessions: Sessions) -> schema.ShareCodeOut:
    """A short code that opens the session for two hours: the same one while it lives."""
    code = await run_in_threadpool(sessions.share_code, session_id)
    assert code is not None  # a new one is made when there is none
    now = sessions.clock()
    return schema.ShareCodeOut(
        code=code.shown,
        spoken=code.spoken,
        expires_at=code.expires_at,
        minutes_left=code.minutes_left(now),
    )


@router.get(
    "/share-codes/{code}",
    operation_id="openShareCode",
    responses=errors(404, 422, 429, 503),
)
async def open_share_code(
    request: Request, code: ShareCodeText, sessions: Sessions, settings: Config
) -> schema.SharedSessionOut:
    """The session a short code opens (any case, with or without its dash); 404 once the
    code has expired or if no session has it; 429 after too many codes that open nothing
    from one client within a minute (the `Retry-After` header says when to try again)."""
    session_id = await run_in_threadpool(sessions.shared_session, code, client_address(request))
    if session_id is None:
        raise SessionNotFoundError("no session has this code now (codes work for two hours)")
    return schema.SharedSessionOut(
        session_id=session_id, links=links(settings.public_url, session_id)
    )


@router.get(
    "/sessions/{session_id}/report",
    operation_id="getReport",
    responses={
        **errors(404, 422, 503),
        200: {
            "description": "The support report",
            "content": {"text/markdown": {}, "text/plain": {}, "application/json": {}},
        },
    },
    response_model=None,
)
async def get_report(
    session_id: SessionId,
    sessions: Sessions,
    format: Annotated[Literal["md", "txt", "json"], Query(description="md, txt or json")] = "md",
    with_id: Annotated[
        bool, Query(description="include the session id (a secret: only if support asks)")
    ] = False,
) -> Response:
    """The report to hand to the vendor's support, as Markdown, plain text or JSON."""
    shown = session_id if with_id else None
    state = await sessions.state_async(session_id)
    kb = sessions.kb_for(state)  # as the session's steps saw it
    if format == "json":  # for programs: UTC, as stored
        report = build_report(kb, state, session_id=shown)
        return Response(report.model_dump_json(indent=2), media_type="application/json")
    report = build_report(kb, state, session_id=shown, zone=local_zone())
    if format == "txt":
        return Response(render_text(report), media_type="text/plain; charset=utf-8")
    return Response(render_markdown(report), media_type="text/markdown; charset=utf-8")


@router.get("/models", operation_id="listModels", responses=errors(422))
async def list_models(
    kb: KB,
    q: Annotated[
        str, Query(max_length=100, description="words from the model name, or its FCC ID")
    ] = "",
) -> list[schema.ModelMatchOut]:
    """Camera models matching `q` (all of them when empty), best match first; one found by
    the FCC ID typed from its label says so (`found_by_fcc_id`, `notice`)."""
    return schema.found_models(kb, q)


@router.get("/models/{model_id}", operation_id="getModel", responses=errors(404, 422))
async def get_model(model_id: ModelId, kb: KB) -> schema.ModelOut:
    """One camera model: its line, form factor, support route and facts as written."""
    if model_id not in kb.models:
        raise UnknownModelError(model_id, schema.search_models(kb, model_id)[:5])
    return schema.model_out(kb, model_id)
