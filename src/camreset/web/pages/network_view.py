"""What a session page shows about the network: may this person use it, which address to
fill in, which camera was found before, and what went wrong with the last try.

Kept apart from the step view so the step page (`step.html`) only lays it out, in
`_network.html` (a check over the network) and `_remote.html` (a reset sent over it).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request

from camreset.core.present.network_words import network_said
from camreset.core.session import SessionState
from camreset.web.network_gate import network_allowed


@dataclass(frozen=True)
class NetworkView:
    allowed: bool
    """The network features are on and this person is on the server's network."""
    address: str
    """What to fill in: what they typed last, else where the camera answered before."""
    problem: str | None
    found: str | None
    """The camera found before, in words: `Amcrest IP4M-1041B at 192.168.1.20`."""
    finder: str
    """The "find my camera on this network" page, knowing this session."""
    said: str | None = None
    """Right after a check: what the camera said, and where (shown at the top of the page)."""


def network_view(
    request: Request,
    state: SessionState,
    problem: str | None = None,
    address: str = "",
    checked: bool = False,
) -> NetworkView:
    found = state.found
    words = None
    if found is not None and found.camera is not None:
        c = found.camera
        name = " ".join(n for n in (c.brand, c.model) if n) or "A camera"
        words = f"{name} at {found.address}" + (f" (MAC {c.mac})" if c.mac else "")
    session_id = str(request.path_params.get("session_id", ""))
    root = request.scope.get("root_path", "")
    return NetworkView(
        allowed=network_allowed(request),
        address=address or state.camera_address or "",
        problem=problem,
        found=words,
        finder=f"{root}/network?{urlencode({'session': session_id})}",
        said=_said(state) if checked else None,
    )


def _said(state: SessionState) -> str | None:
    if not state.network:
        return None
    last = state.network[-1]
    return network_said(last.address, last.result, still_open=last.step == state.current.id)
