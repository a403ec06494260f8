"""The readings of answers a session's log is written under.

A log is read again on every replay, by the code of the day. A change to how a logged answer
is read (what a "No" means on a given page) applies only to logs written under it: the
`started` event of a new session keeps the readings it was written under, and a session
saved before replays as it ran (diff review 59: a second-hand Ring's log, reset steps after
the app's "No", no longer replayed once that "No" was read as no check at all).
"""

from __future__ import annotations

from typing import Any

from camreset.core.session.later_rules import (
    CABLE_HOLD_RULES,
    CELLS_AT_HAND_RULES,
    OWN_NO_WIFI_RULES,
    POWER_CHOICES_RULES,
    RECORDER_CHECKS_RULES,
    RECORDER_FEED_RULES,
)
from camreset.errors import SessionError

RULES = 74
"""The readings a new session's log is written under (the session that last changed one)."""
RULES_KEY = "rules"
FIRST_OWNER_RULES = 59
"""Since then, the app's "No" on a camera still on its first owner's account checks nothing."""
WAIT_AGAIN_RULES = 59
"""Since then, "Not sure" on the wait for the camera to start keeps that wait on screen once."""
RECORDER_POWER_RULES = 59
"""Since then, a cable said to run to a recorder says the camera is on PoE."""
PIN_AT_HOLD_RULES = 59
"""Since then, a camera not yet on is asked for the paperclip at its power attempt's hold."""
LIGHT_SEEN_RULES = 60
"""Since then, the app's "No" right after a setup light seen while resetting still fails the
attempt, but says the camera is fed ("the outlet works", or its PoE port's light is on)."""
APP_REOPENS_RULES = 60
"""Since then, saying the app is at hand after the reset reopens the adding steps that
could not be done without it."""
COMMENT_KEPT_RULES = 60
"""Since then, a later "did it work?" with no words of its own keeps the words given before."""
NOT_SURE_KEPT_RULES = 61
"""Since then, "Not sure" on an attempt's page that asks for something to be done (not a
hold, a wait, a check or a page about the button) keeps that page on screen once, with help,
and a second "Not sure" leaves the attempt aside: it was read as "Done"."""
HUB_OWNER_RULES = 62
"""Since then, a second-hand camera that pairs through a hub (an Arlo base station, a eufy
HomeBase, a Blink Sync Module, a Tapo hub) is asked whether its first owner took it off their
account, as a Ring is; and the app's "No" on a reset's check of a camera whose sources say a
reset frees it from its owner's account is a "No", not an app that cannot tell."""

KB_SINCE_RULES = 63
"""Since then, a session sees the knowledge-base facts marked `since: 63` (kb/revisions.py),
and older logs replay without them: the Arlo Pro 3's SmartHub, and the Pro 3, Pro 4 and
Ultra's button pressed with a fingertip (session-64 review, F5 and F7)."""

CANT_LOOK_RULES = 63
"""Since then, "I can't do this" on an attempt's check with another check after it (the light,
then the app) goes on to that check as "Not sure" does, instead of failing the attempt as one
nobody could check: someone who cannot see the light checks in the app (accessibility review
65, #3: a blind person was asked about the light twice, then sent to swap the adapter)."""

CHARGER_WORDS_RULES = 64
"""Since then, a session sees the knowledge-base facts marked `since: 64`: the charger five
battery cameras' sources name is said as what to plug in ("a 5 V / 1 A USB charging adapter",
not "charged by a 5 V / 1 A USB adapter"; session-65 review, H #10), and the Ring Stick Up Cam
Plug-In's shape left open, as no source calls it an indoor camera (session 66); the other
facts session 66 marked (Hikvision's code kept running, Lorex's support needs, Blink's own
way back in, "Find it" without a scan, owners' words on three lines' routes) likewise."""

SOURCES_AUDIT_RULES = 65
"""Since then, a session sees the knowledge-base facts marked `since: 65` by the KB source
audit of session 67: Arlo's two hold times (10 s for any Arlo, 15 s for the models scOS names)
shown together on every Arlo camera, and its two buttons (scOS's fingertip button underneath a
Pro 3, Pro 4 and Ultra; any Arlo's small hole for a paperclip) on those three."""

NO_SIGHT_RULES = 64
"""Since then, "I can't see this camera's light, or it has none" tells the session the person
cannot see this light: the status light is not asked about again, and an attempt's setup-mode
check (a light) with a check after it goes straight to that check, which needs no sight
(core/session/no_sight.py; accessibility review 65, #3, session 66)."""

NETWORK_MOVE_RULES = 64
"""Since then, a camera moving to a new network with no sourced way round the reset (one on
its cable, or one whose sources give no Wi-Fi route and no app) is asked whether connecting
it there worked, with "I don't need a reset" to answer, before anything about the reset; the
notice above "Did you already try the reset button?" said "try this first" with no answer for
it working (need-a-reset review 66, E F4)."""

LOCKED_OUT_SKIP_RULES = 64
"""Since then, "Skip" on "Which password did you forget?" (or the maker's way back in) leaves
the resets made in the brand's app aside, as "I can't sign in" does: someone who just said
they forgot a password, most often the app's, was sent to "Reset in the app" (need-a-reset
review 66, E F7)."""
POE_SAID_RULES = 64
"""Since then, an answer to a question or attempt meant only for a PoE camera (its port's
light, what its cable plugs into, "Another port" done) says the camera is on PoE, as the power
question's "network cable" does: no outlet or adapter steps follow (installer review 66, D #1)."""

SELLER_WAYS_RULES = 65
"""Since then, a session sees the knowledge-base facts marked `since: 65`: a Ring seller's
Transfer Ownership way says the buyer's e-mail can be skipped to take it off the account, and
a Wyze seller is told where to delete the camera (Settings > Delete Device) before the reset
(need-a-reset review 66, E F5)."""
RECORDER_NEEDS_RULES = 65
"""Since then, a PoE camera's cable said to plug into a switch or an injector, not a recorder,
leaves out what Lorex support asks about a recorder (its Device ID, photos of its Device Info
screen and sticker: lorex-help-3520, for a recorder's temporary password); the report and the
details form asked a Lorex on a PoE switch for them (merged-diff review 66, I #4)."""

SIGNED_OUT_RULES = 65
"""Since then, "Skip" on "Which password did you forget?", which leaves the app's resets
aside as needing its account, is kept: a reset's app check asks about the camera's own setup
Wi-Fi where a source names it, not whether the app the person cannot sign in to finds it
(core/session/signed_out.py; merged-diff review 66, I #6)."""

TIMED_LATE_HOLD_RULES = 65
"""Since then, a hold timed on one screen after the other screen answered its page (the agent's
"Done, I let go" while the customer still held) stands for how long the button was held, not
the answer's pace: at least the page's shortest hold, no doubt that it was cut short; less, a
short hold (helpdesk review 67, E #2: the 17 s timed on the phone was doubted as an answer
8.4 s after the page showed)."""

POWER_UP_FIX_RULES = 65
"""Since then, a session sees the knowledge-base facts marked `since: 65`: on a camera whose
sources hold its button as its power comes back (Hikvision, Lorex), a PoE power fix (another
port, the switch's power freed, a short cable, the injector) is held as its cable goes back in,
timed from then, not after a start-up (core/guide/power_up.py; installer review 66, D #2)."""

POE_ITEMS_RULES = 65
"""Since then, a PoE camera's "Another port" and "A short cable" need a free PoE port (or a
spare injector) and a short known-good cable at hand, items of their own that a step asks for:
its list of what is at hand was all wall power, and its support page could end "once you have
another power outlet" (installer review 66, D #8)."""

CHARGE_LOOK_RULES = 65
"""Since then, a battery camera whose charge was never asked nor charged in the session is
asked "Is the battery full enough?" before an end at support, and the report says what was
said (core/session/charge_look.py; support-report review 67, I #1)."""

UPDATE_LOOK_RULES = 65
"""Since then, "Did an update or a power cut happen just before the trouble?", if nothing
asked it, is asked last before an end at support where the camera's sources give a fix at
home for a corrupted firmware (core/session/update_look.py; support-report review 67, I #2:
a Wyze, whose sources give a microSD flash, never asked it)."""

SHOWN_ON_RULES = 65
"""Since then, a camera shown online in its app (a reset in the app begun) is not sent after
another outlet for a cause that would have left it without power (support-report review 67 I,
#3: a Tapo C200's report said "worth one more try at home … once another power outlet is at
hand" after its app reset, the person having none)."""

ONLINE_FED_RULES = 66
"""Since then, a reset sent from the camera's app or web page and done tells the engine the
camera is fed ("the outlet works", or its PoE port's light is on), until it is said dark after
it (core/session/online_fed.py; support-report review 67 I, #3: the Tapo C200's report still
put "The outlet gives no power (37%)" first after its reset in the app)."""
OTHER_APP_ONLINE_RULES = 66
"""Gates nothing now; kept so the number is not given again. It was to stop "Done" on a reset
in the app being read as the camera shown online where the path is another app's than the one
it is added in (merged-diff review 67, N #9); undone before any log was written under it, as
that page asks the camera to be "listed, and online" in that app, so its Done shows it fed
too (merged-diff review 68, N #5)."""


LOOKED_ON_CHARGE_RULES = 66
"""Since then, the last look before support is left out where its check's "No" was given on
the charged battery's reset, an attempt before it having said "No" to the same check: the reset
after charging was that second look (core/session/charge_look.py; merged-diff review 67, N #5:
"Is the doorbell in setup mode now? — No", then at once "One more look before support … Is the
doorbell in setup mode now?")."""


UNTICKED_LOOK_RULES = 66
"""Since then, the last look before support whose signs show only on a computer is left out
where a computer was left unticked on the checklist too, not only where "Is there a computer on
the same network?" was answered No (an unticked computer is not at hand: words.FETCHABLE). A
Hikvision started with a paperclip alone was asked "One more look … Is the camera in setup mode
now? … its web page, or the maker's tool on a computer on the same network (SADP …)" (camreset
session 68, H #1)."""


def rules_of(started: dict[str, Any]) -> int:
    """The readings a log was written under, from its `started` event's data (0: before
    readings were kept). SessionError for readings this code does not have: a log saved by a
    newer camreset (after a rollback) replayed under older readings could go on from a step
    other than the one the person saw, and "sixty" was read as 0, the oldest (robustness
    review 70, #6); the session is then damaged-session, and its log is left as it is."""
    value = started.get(RULES_KEY, 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SessionError(f"its rules are {value!r}, not a whole number of 0 or more")
    if value > RULES:
        raise SessionError(
            f"this session was saved by a newer camreset (rules {value}; this one reads up to "
            f"{RULES}): open it with that version"
        )
    return value


def readings(rules: int) -> tuple[bool, frozenset[str]]:
    """What a guide's plans and steps read for a log started under `rules`: a camera on its
    cable offered only that cable's ways of power (POWER_CHOICES_RULES), and the step words
    new since (StepRenderer's `words`): "cable-hold" (CABLE_HOLD_RULES), "recorder-checks"
    (RECORDER_CHECKS_RULES), "recorder-feed" (RECORDER_FEED_RULES), "own-wifi"
    (OWN_NO_WIFI_RULES): a Wi-Fi answer ("joining the Wi-Fi failed") not offered; and
    "cells-at-hand" (CELLS_AT_HAND_RULES), which the plan reads: a battery step that needs new
    cells at hand."""
    words = {
        "cable-hold": CABLE_HOLD_RULES,
        "cells-at-hand": CELLS_AT_HAND_RULES,
        "recorder-checks": RECORDER_CHECKS_RULES,
        "recorder-feed": RECORDER_FEED_RULES,
        "own-wifi": OWN_NO_WIFI_RULES,
    }
    return rules >= POWER_CHOICES_RULES, frozenset(w for w, r in words.items() if rules >= r)
