"""Emulated cameras that answer camreset's probes from recorded, redacted device replies.

They ship inside the package, as httpx ships MockTransport: the session and web wizard
integration that comes next can test "check it over the network" against them without
hardware, and a person can run them by hand (`python -m camreset.net.emulators --list`).
They only ever bind loopback or private addresses. See docs/network.md.
"""

from __future__ import annotations

from camreset.net.emulators.profiles import PROFILES, Options, RunningCamera, start_camera

__all__ = ["PROFILES", "Options", "RunningCamera", "start_camera"]
