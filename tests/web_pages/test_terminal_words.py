"""A terminal command on a phone's page only as the computer's (session-71 review E, #12).

"(in a terminal: camreset scan)" on a Reolink's "Add it again", and "whoever set up camreset can
start it … (the command camreset serve --lan)" under every step, read as steps for the phone."""

from __future__ import annotations

from pathlib import Path

import camreset.web
from camreset.core.present.network_words import FIND_ITS_PAGE, IN_ITS_TOOL

RESUME = Path(camreset.web.__file__).parent / "templates" / "_resume.html"


def test_the_scan_command_is_the_computer_running_camresets() -> None:
    for words in (FIND_ITS_PAGE, IN_ITS_TOOL):
        assert "on the computer running camreset, in a terminal: camreset scan" in words


def test_the_lan_command_is_said_as_this_computers() -> None:
    resume = RESUME.read_text(encoding="utf-8")
    assert "ask whoever set up camreset to let phones on your Wi-Fi open it" in resume
    assert "(on this computer, in a terminal: <code>camreset serve --lan</code>)" in resume
