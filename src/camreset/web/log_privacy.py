"""Logs never hold a session id or what a person typed, even when an error is logged.

A session id is the only key to a session, and serials, comments and search words are a
person's own; the log is read by operators and kept. Database errors are the risk: their
messages carry the statement's parameters and the server's `DETAIL:` line (a row's values).
The engines hide parameters already (store/engine.py); this filter scrubs what is left from
every record the web logs, traceback included:

- `[parameters: …]` and `DETAIL: …` lines of database errors;
- what this request carried: path parameters, query values and the body's strings (form
  fields or JSON), recorded by `TypedTextMiddleware` for the request being handled;
- anything shaped like a session id (32 url-safe characters, or 16–64 that mix three of
  lower case, upper case, digits and `-`/`_`), whatever request it came from.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any
from urllib.parse import parse_qsl

from camreset.web.asgi import HttpMiddleware

PROTECTED_LOGGERS = ("camreset.web", "camreset.access", "uvicorn.error")
"""The loggers a request's errors reach: the problem handler, the access log, uvicorn."""

MAX_RECORDED = 64 * 1024
MIN_TYPED = 3
HIDDEN_TYPED = "[typed text hidden]"
HIDDEN_ID = "[id hidden]"

_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_DETAIL = re.compile(r"(DETAIL:)[^\n]*")
_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,64}(?![A-Za-z0-9_-])")
SESSION_ID_LENGTH = 32

_request: ContextVar[RequestText | None] = ContextVar("camreset_request_text", default=None)


class RequestText:
    """What the request being handled carried, for the filter to hide."""

    def __init__(self, scope: Any) -> None:
        self.scope = scope
        self.body = bytearray()

    def typed(self) -> list[str]:
        """Every string the request carried, longest first (so no part is left showing)."""
        found: set[str] = set()
        params = self.scope.get("path_params") or {}
        found.update(str(value) for value in params.values())
        query = bytes(self.scope.get("query_string", b"")).decode("latin-1")
        found.update(value for _name, value in parse_qsl(query, keep_blank_values=False))
        found.update(_body_strings(bytes(self.body)))
        kept = {s.strip() for s in found if len(s.strip()) >= MIN_TYPED}
        escaped = {repr(s)[1:-1] for s in kept}
        return sorted(kept | escaped, key=len, reverse=True)


_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _body_strings(body: bytes) -> Iterator[str]:
    if not body:
        return
    text = body.decode("utf-8", errors="replace")
    try:
        yield from list(_json_strings(json.loads(text)))
        return
    except ValueError:
        pass
    except RecursionError:  # nested deeper than Python parses: its string literals, by look
        yield from (m.group(1) for m in _JSON_STRING.finditer(text))
        return
    for _name, value in parse_qsl(text, keep_blank_values=False):
        yield value


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _id_shaped(token: str) -> bool:
    if len(token) == SESSION_ID_LENGTH:
        return True
    kinds = [
        any(c.islower() for c in token),
        any(c.isupper() for c in token),
        any(c.isdigit() for c in token),
        any(c in "-_" for c in token),
    ]
    return sum(kinds) >= 3


def scrub(text: str, typed: list[str] | None = None) -> str:
    """`text` without database parameters, row values, typed strings or id-shaped tokens."""
    text = _PARAMETERS.sub("[parameters hidden]", text)
    text = _DETAIL.sub(r"\1 [hidden]", text)
    for value in typed or ():
        text = text.replace(value, HIDDEN_TYPED)
    return _TOKEN.sub(lambda m: HIDDEN_ID if _id_shaped(m.group(0)) else m.group(0), text)


OWN_WORDS = "camreset_own_words"
"""A record's `extra` key: its message is camreset's own (an expected error's one line), in
which a word the request also carried as a protocol word ("answer", "details") is camreset's,
not the person's: "could not save the [typed text hidden]" told an operator nothing
(robustness review 70, #12). What a person typed is still hidden."""
_PROTOCOL_WORD = re.compile(r"^[a-z_-]+$")


class ScrubFilter(logging.Filter):
    """Rewrite a record (message, traceback, stack) through `scrub` before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        current = _request.get()
        typed = current.typed() if current is not None else []
        if getattr(record, OWN_WORDS, False):
            typed = [value for value in typed if not _PROTOCOL_WORD.match(value)]
        record.msg = scrub(record.getMessage(), typed)
        record.args = None
        if record.exc_info:
            record.exc_text = record.exc_text or logging.Formatter().formatException(
                record.exc_info
            )
            record.exc_info = None
        if record.exc_text:
            record.exc_text = scrub(record.exc_text, typed)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info, typed)
        return True


def protect_logs(names: tuple[str, ...] = PROTECTED_LOGGERS) -> None:
    """Put the filter on each logger that may log a request's error (once each)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, ScrubFilter) for f in logger.filters):
            logger.addFilter(ScrubFilter())


class TypedTextMiddleware(HttpMiddleware):
    """Note what each request carries (path, query, the first 64 KiB of body) for the filter."""

    async def http(self, scope: Any, receive: Any, send: Any) -> None:
        noted = RequestText(scope)

        async def noting_receive() -> Any:
            message = await receive()
            if message["type"] == "http.request" and len(noted.body) < MAX_RECORDED:
                noted.body.extend(message.get("body", b"")[: MAX_RECORDED - len(noted.body)])
            return message

        token = _request.set(noted)
        try:
            await self.app(scope, noting_receive, send)
        finally:
            _request.reset(token)
