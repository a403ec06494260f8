"""The notices that answer the person's own last answer ("You saw nothing happen while you
held"), worded for a screen that did not give it.

A session open on two screens (a helpdesk agent's desk, the customer's phone) shows both the
same step, and its notices were written to whoever answered: the customer's phone told them
"If you let go early…" and "You went on before the restart was over" of the agent's clicks
(helpdesk review 67, E #6). The page knows which screen answered; these words are the
other's. Each is matched against its "you" wording, numbers and all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from camreset.core.present.said_notices import (
    COULD_NOT_WAIT_NOTICE,
    NOT_IN_SETUP_NOTICE,
    NOTHING_SEEN_NOTICE,
    QUICK_HOLD_NOTICE,
    RUSHED_WAIT_NOTICE,
)
from camreset.core.present.screen_names import ANOTHER_SCREEN

OTHER_NOTHING_SEEN = (
    "{who} answered that nothing happened while the button was held. A camera can "
    "restart without a sign, so give it this time anyway: the next step asks how it is."
)
OTHER_COULD_NOT_WAIT = {
    "boot": "{who} answered that the wait for it to start could not be sat out. A "
    "press while it is still starting up may not count, so press once it has fully started.",
    "reboot": "{who} answered that the restart could not be waited out. If it is "
    "still restarting, look again once it has settled: a camera looked at too soon can seem "
    "not to have reset.",
    "fixed": "{who} answered that the whole time could not be waited, so this may "
    "not work as well. If the reset still does not take, that will not count against this way "
    "of trying.",
}
OTHER_RUSHED_WAIT = {
    "boot": "{who} went on before it had finished starting ({waited}). A press "
    "while it is still starting up may not count: if its light is still changing, give it "
    "the rest of the time first.",
    "reboot": "{who} went on before the restart was over ({waited}). If it is "
    "still restarting, answer “Not yet: it is still restarting” to wait again: a camera "
    "looked at too soon can seem not to have reset.",
    "fixed": "{who} went on before the time was up ({waited}), so this may not "
    "work as well. If the reset still does not take, that will not count against this way "
    "of trying.",
}
OTHER_QUICK_HOLD = (
    "{who} answered {seconds} after the hold page showed, and the hold takes at "
    "least {least}. If the button was let go early, it may not have reset: take back that "
    "answer and hold again, counting slowly out loud; if it was held long enough, go on."
)
OTHER_NOT_IN_SETUP = (
    "{who} answered that it is not in setup mode after that reset, so the reset "
    "has not taken yet. Back to the reset steps, to find what stops it."
)


def _pairs() -> Iterator[tuple[str, str]]:
    yield NOTHING_SEEN_NOTICE, OTHER_NOTHING_SEEN
    yield QUICK_HOLD_NOTICE, OTHER_QUICK_HOLD
    yield NOT_IN_SETUP_NOTICE, OTHER_NOT_IN_SETUP
    for wait, words in COULD_NOT_WAIT_NOTICE.items():
        yield words, OTHER_COULD_NOT_WAIT[wait]
    for wait, words in RUSHED_WAIT_NOTICE.items():
        yield words, OTHER_RUSHED_WAIT[wait]


def _pattern(template: str) -> re.Pattern[str]:
    """`template` as a pattern: each {field} a group of that name."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(f"(?P<{p}>.+?)" if i % 2 else re.escape(p) for i, p in enumerate(parts))
    )


OTHER_WORDS = tuple((_pattern(you), other) for you, other in _pairs())


def for_the_other_screen(notice: str, who: str = ANOTHER_SCREEN) -> str:
    """`notice` as a screen that did not give the answer it follows reads it (unchanged if it
    says nothing of "you"); `who` gave that answer, named as every screen names it
    (screen_names.py: "The screen that started the session answered that …")."""
    for pattern, other in OTHER_WORDS:
        if found := pattern.fullmatch(notice):
            return other.format(**found.groupdict(), who=who)
    return notice
