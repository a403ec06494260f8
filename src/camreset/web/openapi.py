"""The OpenAPI schema, completed with what only the running app knows.

FastAPI builds the schema from the routes and their pydantic models. Two things it cannot
know are added here, so a schema-driven client (a helpdesk tool, or schemathesis in CI) is
never surprised:

- the product line ids of this knowledge base, as the `enum` of `StartRequest.line` (any
  other line is refused, so the schema says so);
- OpenAPI links from a session to what can be done with it next (read it, fetch its report,
  answer its current step with its first offered answer), so a client, or a stateful test,
  can follow a session from start to outcome without knowing our ids.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from camreset.core.kb.knowledge import KnowledgeBase

SESSION_ID = "$response.body#/id"
ANSWER_CURRENT = {
    "type": "answer",
    "step": "$response.body#/current/id",
    "answer": "$response.body#/current/answers/0/id",
}


def _links() -> dict[str, Any]:
    """What can follow any response that is a session document."""
    on_session = {"session_id": SESSION_ID}
    return {
        "GetSession": {"operationId": "getSession", "parameters": on_session},
        "GetReport": {"operationId": "getReport", "parameters": on_session},
        "AnswerCurrentStep": {
            "operationId": "postEvent",
            "parameters": on_session,
            "requestBody": ANSWER_CURRENT,
            "description": "answer the current step with its first offered answer",
        },
        "PostEvent": {"operationId": "postEvent", "parameters": on_session},
    }


SESSION_RESPONSES = {
    ("/api/sessions", "post", "201"),
    ("/api/sessions/{session_id}", "get", "200"),
    ("/api/sessions/{session_id}/events", "post", "200"),
}


def complete(schema: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    """`schema` with the KB's line ids and the session links filled in (changed in place)."""
    start = schema["components"]["schemas"]["StartRequest"]["properties"]["line"]
    for option in start.get("anyOf", [start]):
        if option.get("type") == "string":
            option["enum"] = kb.line_ids()
    for path, method, status in SESSION_RESPONSES:
        schema["paths"][path][method]["responses"][status]["links"] = _links()
    return schema


def install_openapi(app: FastAPI, kb: KnowledgeBase) -> None:
    """Serve the completed schema at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            base = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                routes=app.routes,
            )
            app.openapi_schema = complete(base, kb)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
