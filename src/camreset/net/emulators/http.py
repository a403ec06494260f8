"""A minimal HTTP/1.1 server for the emulated ONVIF device service and Dahua CGI.

One request per connection (`Connection: close`), bounded header and body sizes, and a
plain 400 for anything it cannot read. Enough for httpx and for a person with curl; not a
general web server.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)
MAX_HEADERS = 64
MAX_BODY = 1024 * 1024
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 500: "Error"}


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = field(default=())


Handler = Callable[[Request], Response]


async def _read_request(reader: asyncio.StreamReader) -> Request:
    method, target, _version = (await reader.readline()).decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS):
        line = (await reader.readline()).decode("latin-1").strip()
        if not line:
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    if not 0 <= length <= MAX_BODY:
        raise ValueError("body too large")
    body = await reader.readexactly(length) if length else b""
    return Request(method, target, headers, body)


def _encode(response: Response) -> bytes:
    lines = [
        f"HTTP/1.1 {response.status} {REASONS.get(response.status, 'Status')}",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
        "Connection: close",
        *(f"{name}: {value}" for name, value in response.headers),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body


async def serve_http(address: str, port: int, handler: Handler) -> asyncio.Server:
    """Serve `handler` on address:port (0: any free port); close the server to stop."""

    async def on_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                response = handler(await _read_request(reader))
            except (ValueError, UnicodeError, asyncio.IncompleteReadError):
                response = Response(400, b"Bad Request\r\n")
            except Exception:  # an emulator bug answers 500, like a confused camera
                log.exception("emulator HTTP handler failed")
                response = Response(500, b"Error\r\n")
            writer.write(_encode(response))
            await writer.drain()
        except (ConnectionError, OSError):
            log.debug("emulator HTTP client went away")
        finally:
            writer.close()

    return await asyncio.start_server(on_connection, address, port)
