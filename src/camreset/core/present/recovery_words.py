"""What keeps a vendor's code good, said on its recovery page: apart from opening_steps,
which lays the page out, so that module stays one concept under 400 lines. Whose password
the ways are for is said by password_words.py."""

from __future__ import annotations

KEEP_RUNNING = (
    "Until you enter the code, keep the camera on and on the network: a restart (even "
    "unplugging its network cable) or a second export makes the code useless."
)
"""Where a source says the reply answers the camera as it runs (Hikvision's SADP export)."""
