"""Every error path answers with the same RFC 9457 problem shape and a fitting status."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import jsonschema_rs
import pytest
from api_helpers import assert_problem, send, start

from camreset.errors import StoreError
from camreset.store.session_store import SessionStore
from camreset.web.problems import KNOWN_ERRORS

pytestmark = pytest.mark.anyio

Call = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]
NO_SUCH = "A" * 32


async def stale_answer(client: httpx.AsyncClient) -> httpx.Response:
    session = await start(client)
    step = session["current"]["id"]
    await send(client, session["id"], type="answer", step=step, answer="cant")
    return await send(client, session["id"], type="answer", step=step, answer="not_sure")


async def step_never_shown(client: httpx.AsyncClient) -> httpx.Response:
    """A step id this session never had: no "no longer the current step" (a helpdesk
    reviewer's "99.x.nope" got 409 stale-step)."""
    session = await start(client)
    response = await send(client, session["id"], type="answer", step="99.x.nope", answer="cant")
    assert "this session has no step '99.x.nope'" in response.json()["detail"]
    return response


async def answer_not_offered(client: httpx.AsyncClient) -> httpx.Response:
    session = await start(client)
    step = session["current"]["id"]
    return await send(client, session["id"], type="answer", step=step, answer="banana")


async def nothing_to_undo(client: httpx.AsyncClient) -> httpx.Response:
    session = await start(client, opening=True)
    return await send(client, session["id"], type="undo", step=session["current"]["id"])


async def bad_event_type(client: httpx.AsyncClient) -> httpx.Response:
    session = await start(client)
    return await send(client, session["id"], type="explode", step="x")


def post(path: str, **kwargs: Any) -> Call:
    return lambda client: client.post(path, **kwargs)


def get(path: str, **kwargs: Any) -> Call:
    return lambda client: client.get(path, **kwargs)


JSON = {"content-type": "application/json"}
SESSION = f"/api/sessions/{NO_SUCH}"
C200 = "tapo-c200"

ERROR_PATHS: list[tuple[str, Call, int, str | None]] = [
    ("unknown route", get("/api/nothing-here"), 404, None),
    ("wrong method", lambda client: client.delete("/api/models"), 405, None),
    ("not UTF-8", post("/api/sessions", content=b'{"model": "\xff"}', headers=JSON), 400,
     "unreadable-body"),
    ("unknown session", get(SESSION), 404, "session-not-found"),
    ("unknown session event", post(f"{SESSION}/events", json={"type": "skip", "step": "x"}), 404,
     "session-not-found"),
    ("unknown session report", get(f"{SESSION}/report"), 404, "session-not-found"),
    ("mistyped session id", get("/api/sessions/short"), 404, "session-not-found"),
    ("session id with a bad character", get("/api/sessions/abc!def"), 404, "session-not-found"),
    ("details with only spaces", post(f"{SESSION}/events",
     json={"type": "details", "data": {"serial": "   "}}), 422, "validation"),
    ("details with a NUL", post(f"{SESSION}/events",
     json={"type": "details", "data": {"serial": "ab\u0000cd"}}), 422, "validation"),
    ("short code of the wrong shape", get("/api/share-codes/IL0O"), 422, "validation"),
    ("unknown model id", get("/api/models/no-such-camera"), 404, "unknown-model"),
    ("unknown model", post("/api/sessions", json={"model": "zzzz 9000"}), 404, "unknown-model"),
    ("unknown form factor", post("/api/sessions", json={"line": "tapo", "form_factor": "blimp"}),
     422, "validation"),
    ("unknown line", post("/api/sessions", json={"line": "blimpcam"}), 422, "validation"),
    ("no model nor line", post("/api/sessions", json={}), 422, "validation"),
    ("null model, no line", post("/api/sessions", json={"model": None}), 422, "validation"),
    ("answer without step", post(f"{SESSION}/events", json={"type": "answer", "answer": "x"}),
     422, "validation"),
    ("details with feedback fields", post(f"{SESSION}/events",
     json={"type": "details", "data": {"fixed": "yes"}}), 422, "validation"),
    ("empty details", post(f"{SESSION}/events", json={"type": "details", "data": {}}), 422,
     "validation"),
    ("feedback with a serial", post(f"{SESSION}/events",
     json={"type": "feedback", "step": "x", "data": {"serial": "1"}}), 422, "validation"),
    ("unknown at hand", post("/api/sessions", json={"model": C200, "have": ["magic"]}), 422,
     "validation"),
    ("unknown field", post("/api/sessions", json={"model": C200, "colour": "red"}), 422,
     "validation"),
    ("not JSON", post("/api/sessions", content=b"{nope", headers=JSON), 400, "unreadable-body"),
    ("JSON cut short", post("/api/sessions", content=b'{"type":"answer",', headers=JSON), 400,
     "unreadable-body"),
    ("JSON not an object", post("/api/sessions", json=[1, 2]), 422, "validation"),
    ("bad report format", get(f"{SESSION}/report", params={"format": "pdf"}), 422, "validation"),
    ("query too long", get("/api/models", params={"q": "x" * 500}), 422, "validation"),
    ("body too large", post("/api/sessions", content=b"x" * 70_000, headers=JSON), 413, None),
    ("stale step", stale_answer, 409, "stale-step"),
    ("step never shown", step_never_shown, 422, "invalid-answer"),
    ("answer not offered", answer_not_offered, 422, "invalid-answer"),
    ("nothing to undo", nothing_to_undo, 422, "invalid-answer"),
    ("bad event type", bad_event_type, 422, "validation"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "call", "status", "kind"), ERROR_PATHS, ids=[p[0] for p in ERROR_PATHS]
)
async def test_error_path_answers_with_a_problem(
    client: httpx.AsyncClient, name: str, call: Call, status: int, kind: str | None
) -> None:
    problem = assert_problem(await call(client), status)
    expected = f"urn:camreset:problem:{kind}" if kind else "about:blank"
    assert problem["type"] == expected


async def test_a_brand_typed_as_a_model_names_its_line_for_the_usual_steps(
    client: httpx.AsyncClient,
) -> None:
    """An agent's tool sent {"model": "wyze"}: the 404 now says which line to start with."""
    problem = assert_problem(await client.post("/api/sessions", json={"model": "wyze"}), 404)
    assert problem["line"] == "wyze" and problem["suggestions"]
    started = await client.post("/api/sessions", json={"line": problem["line"]})
    assert started.status_code == 201
    unknown = assert_problem(await client.post("/api/sessions", json={"model": "zzzz 9000"}), 404)
    assert "line" not in unknown


async def test_a_streamed_body_over_the_limit_is_a_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> Any:
        for _ in range(20):
            yield b"x" * 8192

    response = await client.post(
        "/api/sessions", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_problem(response, 413)


@pytest.mark.parametrize(
    "text",
    ["\x85", "\ufeff", "\xa0", "\u3000", "é", "\t"],
    ids=["nel", "bom", "nbsp", "ideo", "e", "tab"],
)
async def test_a_detail_is_taken_exactly_when_the_published_schema_allows_it(
    client: httpx.AsyncClient, text: str
) -> None:
    """A client that checks its request against /openapi.json, as a JSON Schema validator
    reads a pattern (as JavaScript does), found a lone U+0085 (NEL) allowed and was refused 422
    "a detail must have some visible text", and a lone U+FEFF refused though the server takes
    it (session 62: the stateful schema walk sent a NEL)."""
    schema = (await client.get("/openapi.json")).json()
    place = schema["components"]["schemas"]["DetailsData"]["properties"]["purchase_place"]
    pattern = next(kind["pattern"] for kind in place["anyOf"] if "pattern" in kind)
    allowed = jsonschema_rs.validator_for({"type": "string", "pattern": pattern}).is_valid(text)
    session = await start(client)
    response = await send(client, session["id"], type="details", data={"purchase_place": text})
    assert response.status_code == (200 if allowed else 422), response.text


NOT_UTF8_BODIES = [
    b"\xff\xfe",  # a UTF-16 mark alone: was "not valid JSON (at character 0)"
    b'{"model": "caf\xe9"}',  # Latin-1: was "could not be read: send UTF-8 JSON (nested…)"
]


@pytest.mark.parametrize("body", NOT_UTF8_BODIES, ids=["utf16-mark", "latin1"])
async def test_a_body_that_is_not_utf8_is_told_so(client: httpx.AsyncClient, body: bytes) -> None:
    """`curl --data-binary $'\\xff\\xfe'` was told "The request body is not valid JSON (at
    character 0)", though docs/api.md calls it `unreadable-body`, "not UTF-8" (helpdesk review
    60, #14)."""
    response = await client.post("/api/sessions", content=body, headers=JSON)
    problem = assert_problem(response, 400)
    assert problem["type"] == "urn:camreset:problem:unreadable-body"
    assert problem["detail"].startswith("The request body is not UTF-8 text")


async def test_a_character_split_across_two_chunks_is_still_utf8(
    client: httpx.AsyncClient,
) -> None:
    """The check reads the body as it streams: a character cut in two by a chunk is whole."""
    session = await start(client)
    body = json.dumps({"type": "details", "data": {"firmware": "café 1.2"}}).encode()
    body = body.replace(b"\\u00e9", "é".encode())  # sent as UTF-8, not escaped
    cut = body.index("é".encode()) + 1

    async def chunks() -> Any:
        yield body[:cut]
        yield body[cut:]

    events = f"/api/sessions/{session['id']}/events"
    response = await client.post(events, content=chunks(), headers=JSON)
    assert response.status_code == 200, response.text
    assert response.json()["details"]["firmware"] == "café 1.2"


async def test_a_power_the_model_lacks_is_told_when_starting_not_as_a_step(
    client: httpx.AsyncClient,
) -> None:
    """`{"model": "tapo c200", "power": "poe"}` was titled "Not possible at this step"
    (`invalid-answer`) though no step existed yet (helpdesk review 60, #14)."""
    sent = await client.post("/api/sessions", json={"model": "tapo c200", "power": "poe"})
    problem = assert_problem(sent, 422)
    assert problem["type"] == "urn:camreset:problem:power-mismatch"
    assert problem["title"] == "This camera is not powered that way"
    assert "step" not in problem["title"].lower()
    assert "Tapo C200 give it powered by power adapter, not PoE" in problem["detail"]
    assert problem["powers"] == ["adapter"]  # the ways its sources give, to offer instead


async def test_a_battery_said_of_a_camera_added_over_its_cable_is_a_power_mismatch(
    client: httpx.AsyncClient,
) -> None:
    """Merged-diff review 69, N #1: `{"model": "dahua-ipc-hfw2431t-zs-s2", "power": "battery"}`
    was a 201, the battery then dropped: "How is the camera powered?" came with no battery."""
    sent = await client.post(
        "/api/sessions", json={"model": "dahua-ipc-hfw2431t-zs-s2", "power": "battery"}
    )
    problem = assert_problem(sent, 422)
    assert problem["type"] == "urn:camreset:problem:power-mismatch"
    assert "add it only over its network cable" in problem["detail"]
    assert problem["powers"] == ["adapter", "usb", "poe"]


async def test_a_database_outage_is_a_503_that_says_so_plainly(
    client: httpx.AsyncClient, store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*_args: Any) -> Any:
        raise StoreError("could not load the session: connection refused to db.internal:5432")

    monkeypatch.setattr(store, "load", down)
    problem = assert_problem(await client.get(f"/api/sessions/{NO_SUCH}"), 503)
    assert "db.internal" not in problem["detail"]


async def test_a_bug_is_a_500_problem_that_reveals_nothing(
    client: httpx.AsyncClient, store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(store, "load", broken)
    response = await client.get(f"/api/sessions/{NO_SUCH}")
    problem = assert_problem(response, 500)
    assert "secret" not in response.text and problem["type"].endswith("internal")
    assert response.headers["x-content-type-options"] == "nosniff"


def test_every_camreset_error_maps_to_a_distinct_problem_type() -> None:
    kinds = [known.type for _cls, known in KNOWN_ERRORS]
    assert len(kinds) == len(set(kinds))


async def test_a_browser_gets_the_problem_as_a_page_off_the_api(client: httpx.AsyncClient) -> None:
    response = await client.get("/no-such-page", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "There is no page here" in response.text
    api = await client.get("/api/nothing", headers={"accept": "text/html"})
    assert_problem(api, 404)


async def test_json_sent_as_text_is_told_to_send_its_content_type(
    client: httpx.AsyncClient,
) -> None:
    """A reviewer's agent sent JSON with Content-Type text/plain and read "body: Input should be
    a valid dictionary or object to extract fields from", which names neither."""
    plain = await client.post(
        "/api/sessions", content=b'{"model": "tapo-c200"}', headers={"content-type": "text/plain"}
    )
    body = assert_problem(plain, 422)
    assert "Content-Type: application/json" in body["detail"]
    wrong = await client.post("/api/sessions", json={"model": 5})  # a field's own error stays
    assert assert_problem(wrong, 422)["detail"] == "model: Input should be a valid string"


async def test_a_value_of_the_wrong_shape_is_told_what_is_expected_in_words(
    client: httpx.AsyncClient,
) -> None:
    """A reviewer read "String should match pattern '^[2-9A-HJ-NP-Z…]'": a regular expression
    is not an explanation, in `detail` or in `errors`."""
    code = assert_problem(await client.get("/api/share-codes/DVDK-42XO"), 422)
    assert code["detail"] == (
        "code: a short code is 8 letters and digits like DVDK-42XS. Short codes never contain "
        "O, 0, I, 1, L or U, and this one has O: check the letters."
    )
    short = assert_problem(await client.get("/api/share-codes/IL0O"), 422)
    assert short["detail"] == "code: a short code is 8 letters and digits like DVDK-42XS."
    for serial in ("   ", "ab\u0000cd", "two\nlines"):
        event = {"type": "details", "data": {"serial": serial}}
        body = assert_problem(await send(client, NO_SUCH, **event), 422)
        words = (
            "a detail must have some visible text and no control characters (one line, no "
            "tabs or line breaks)."
        )
        assert body["detail"] == f"data.serial: {words}"
        assert body["errors"] == [{"loc": ["body", "data", "serial"], "msg": words}]
    for problem in (code, short, body):
        assert "pattern" not in str(problem) and "^" not in str(problem)


async def test_a_check_of_our_own_says_its_words_without_pydantics_prefix(
    client: httpx.AsyncClient,
) -> None:
    """A helpdesk reviewer read "body: Value error, give a camera model, …" (review 26, L10)."""
    body = assert_problem(await client.post("/api/sessions", json={}), 422)
    assert "Value error" not in body["detail"]
    assert body["detail"].endswith(": give a camera model, or at least its line (brand)")


async def test_an_event_is_told_its_mistake_in_its_own_terms(client: httpx.AsyncClient) -> None:
    """A helpdesk reviewer read "body: Unable to extract tag using discriminator 'type'" for
    an event without a type, and "answer.answer: Field required", the event's type read as a
    field, for an answer without its answer."""
    kinds = "answer, done, skip, undo, details, feedback, hold, have"
    untyped = assert_problem(await send(client, NO_SUCH, step="1.x"), 422)
    assert untyped["detail"] == f"type: required, one of {kinds}"
    unknown = assert_problem(await send(client, NO_SUCH, type="nope"), 422)
    assert unknown["detail"] == f"type: 'nope' is not one of {kinds}"
    bare = assert_problem(await send(client, NO_SUCH, type="answer", step="1.x"), 422)
    assert bare["detail"] == "answer: required"
    assert bare["errors"] == [{"loc": ["body", "answer"], "msg": "required"}]
