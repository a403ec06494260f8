"""Each notice written to "you" about the last answer has words for the screen that did not
give it (helpdesk review 67, E #6), numbers kept."""

from __future__ import annotations

import re

import pytest

from camreset.core.present.other_screen import OTHER_WORDS, for_the_other_screen
from camreset.core.present.said_notices import (
    COULD_NOT_WAIT_NOTICE,
    NOT_IN_SETUP_NOTICE,
    NOTHING_SEEN_NOTICE,
    QUICK_HOLD_NOTICE,
    RUSHED_WAIT_NOTICE,
)
from camreset.core.present.screen_names import ANOTHER_SCREEN, STARTED_IT, THE_HELPDESK

SAID = [
    NOTHING_SEEN_NOTICE,
    NOT_IN_SETUP_NOTICE,
    QUICK_HOLD_NOTICE.format(seconds="7.2 s", least="10 s"),
    *COULD_NOT_WAIT_NOTICE.values(),
    *(w.format(waited="waited 5.7 s of 3 min") for w in RUSHED_WAIT_NOTICE.values()),
]


@pytest.mark.parametrize("notice", SAID)
@pytest.mark.parametrize("who", [STARTED_IT, ANOTHER_SCREEN, THE_HELPDESK])
def test_a_notice_to_you_is_said_of_the_other_screen(notice: str, who: str) -> None:
    """Named as every screen names who answered (session 71: "The other screen answered …"
    beside "The screen that started the session took back …" on one page)."""
    other = for_the_other_screen(notice, who)
    assert other.startswith(f"{who} ")
    assert not re.search(r"\byou(r)?\b", other, re.I), other
    for number in re.findall(r"\d+(?:\.\d+)? \w+", notice):
        assert number in other


def test_other_notices_are_left_as_they_are() -> None:
    assert len(OTHER_WORDS) == len(SAID)
    assert for_the_other_screen("Look for the light.") == "Look for the light."
