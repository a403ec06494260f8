"""The readings of answers a session's log is written under.

A log is read again on every replay, by the code of the day. A change to how a logged answer
is read (what a "No" means on a given page) applies only to logs written under it: the
`started` event of a new session keeps the readings it was written under, and a session
saved before replays as it ran (diff review 59: a second-hand Ring's log, reset steps after
the app's "No", no longer replayed once that "No" was read as no check at all).
"""

from __future__ import annotations

from typing import Any

from camreset.errors import SessionError

RULES = 70
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


LOOK_AT_HAND_RULES = 65
"""Since then, the last look before support is left out where its page can be done only on a
computer on the camera's network and the person said they have none: a PoE Amcrest's "One more
look before support" asked "Does it ask for a new password on its page?" right after "Is there a
computer on the same network? — No" (camreset session 67, M)."""


RECORDER_ROUTE_RULES = 66
"""Since then, a session sees the knowledge-base facts marked `since: 66` by the KB source
audit of session 68: Hikvision's Hik-Connect QR route is a recorder's (its QR code shows on a
DVR's or NVR's screen), not the first way back in of a camera on its own (R1); the
DS-2CD2143G2-I's button by its memory card slot, as a dealer pictures it (R6); a Dahua
camera's QR way starting at its login page's "Forgot password", and needing the e-mail filled
in at its first setup (R9); no web-page way back in for Dahua's doorbell and app camera (R12)."""


NOT_BEFORE_HOLD_RULES = 67
"""Since then, a hold page whose timer says not to let go before a time, even if the sign
comes sooner (a Tapo C200's "not before 10 s", past the 5 s a source found resets it only in
part), takes a hold as long enough from that time on, not from its least: a 7 s timed hold
there was taken as done, and its warnings said "at least 5 s" (session 68 left over)."""


KB_RETIRED_RULES = 67
"""Since then, a session no longer sees the knowledge-base facts marked `retired: 67`
(kb/revisions.py), and sees those marked `since: 67`: the Tapo line's "Remove it from the app
first: yes", one guide's author's habit, is said as that author's habit among the tips (KB
source audit 68, R7, left over); a Kasa Spot Pan Tilt's "Get ready" (EC70, EC71, KC110, KC115,
KC410S, KC411S) leads with the place its own guide gives, "usually underneath (or on the side
…)", not the TP-Link guide's microSD slot for any pan-tilt model; the
Swann Wi-Fi Pan & Tilt Camera is added in the AlwaysSafe app its manual is for, not Swann
Security."""


KNOWN_FIX_RULES = 67
"""Since then, a session sees the knowledge-base facts marked `since: 67` (session 69), and a
reset camera that could not be added is offered the fix its known trouble facts give for a
cause another reset would fix, before that reset (the `known-fix` attempt): a Wyze Cam OG whose
app did not find it was sent to hold SETUP for 30 s, the very trouble its fact warns of
(session-69 review, U #1)."""


WHOSE_PASSWORD_RULES = 67
"""Since then, a camera that "asks for a password I don't have" once reset is asked whose
password it may be before any other step to add it: whether its cable runs to a recorder
(which sets its own password on the cameras it activates) and, for a camera of another or
unknown brand, whether a provider supplied it (core/session/whose_password.py; review 69, U #4
and #5: a Hikvision dome behind its recorder was sent to a second reset inside its housing,
and a provider's Sercomm camera was never asked about its provider)."""


ROUTER_END_RULES = 67
"""Since then, the end of a session whose likeliest cause is a Wi-Fi said to have no 2.4 GHz
network of its own is the router's ("its maker or your internet provider can help"), not the
camera maker's support (core/session/flow.py `ending`; review 69, U #9)."""


ANSWERS_SAY_POWER_RULES = 67
"""Since then, a PoE-only question whose answers say the power themselves says it only by them:
"No, to a switch, an injector or the router" to "Does the camera's cable run to a recorder?"
no longer says PoE (a camera on an adapter may be cabled to the router), now that the
question comes first on the "asks for a password" road (WHOSE_PASSWORD_RULES)."""


LIGHT_OFF_FIRST_RULES = 67
"""Since then, a status light the person said is off has its power steps (and the questions
that tell of its power) come before any press or other question, until something says it is on
(core/session/power_first.py; session-69 review U, #6: a Wyze Cam v2 "Off" at an outlet a lamp
worked in was asked "Do you feel a click when you press?", then held for 30 seconds)."""


OUTLET_WORKS_RULES = 67
"""Since then, "Does the outlet work? — Yes, it works" leaves out the attempts that move the
camera to another outlet, and so "Is there another power outlet you can use?" (session-69
review U, #6: asked after the lamp test said the outlet works)."""


CHARGE_ASKED_RULES = 67
"""Since then, a camera that may run on a battery whose own try neither reacted nor restarted
is asked how it is powered and how full its battery is before a press, and "Not sure" on "Get
ready" ("Make sure it has power …") asks that too, before the page again, instead of help
finding the button (core/session/charge_asked.py; session-69 review U, #7: a flat Ring Video
Doorbell 3 was sent to "Finding the reset button")."""


SETUP_LIGHT_FIX_RULES = 67
"""Since then, a reset whose setup light the person confirmed, and whose app then did not find
the camera, counts as a reset that took when the camera has a known trouble fact with a fix
for it (the `known-fix` attempt): the session goes on to adding it, where that fix comes
before any reset again. A Wyze Cam OG seen "red blinking" (setup mode, by the page's own
words) whose QR code was not read was sent to unplug it and let it drain, another reset
(session-69 review, U #1, the "It won't reset" road)."""


REMOTE_FACTORY_RULES = 67
"""Since then, the remote reset's page takes a check over the network whose camera says it is
already at factory settings, and reads it as the network check's `factory` on a reset check:
the reset is confirmed by the camera itself and the session goes on to setting it up. The
guide's `r` said "there is nothing to reset", and the page stayed with only "Not sure / I
can't do this / Stop here" (session-69 review, T #2, left over by I)."""


POWER_CHOICES_RULES = 67
"""Since then, "How is the camera powered?" offers a camera whose sources add it only over its
network cable (and give no way of powering it, nor its shape) an adapter and PoE alone, and a
power said at the start that those answers do not name is refused as one its sources contradict;
a log started before sees every way, and its power said at the start is still that question's
answer (merged-diff review 69, N #1: a Dahua bullet's log started "on a battery" replayed onto
the power question again)."""


PROVIDER_AFTER_RESET_RULES = 68
"""Since then, a camera said to come from an alarm company or internet provider, on the road
where it "asks for a password I don't have", whose full reset was done and which still asks for
one, is sent to that provider at once, as a provider's SFR camera held 30 s and still refused
was (gh-sercomm-api-14); and the full reset before it says why it comes first (a provider's
ADT doorbell, fully reset by a longer hold, took its default login: gh-sercomm-api-18). It was
sent on to Wi-Fi, app and phone steps, "Back to resetting", then its maker's support (session
70 leftover: a provider's Sercomm camera)."""
KB_SOURCED_HOLD_RULES = 68
"""Since then, a session sees the knowledge-base facts marked `since: 68` by the KB audit of
session 70: a Hikvision camera's hold after power-up follows the 15-20 s two publishers give
(Vikylin, and a dealer's page picturing G2 models such as the DS-2CD2143G2-I), not the 30 s
one installer's guide gives; both are still shown (KB audit 70, Hikvision G2 hold)."""
LOW_FIRST_RULES = 68
"""Since then, a battery camera whose battery was said to be "Low" is told to charge it before
it is asked for the paperclip or pin: the attempt that charges it asks for the tool at its hold,
as for a camera not yet on (PIN_AT_HOLD_RULES). "Find a paperclip" came before "Charge it", and
charging takes hours (core/session/charge_asked.py `low_first`; session 70, left over)."""


BY_HAND_RULES = 68
"""Since then, "What stops you?" no longer offers "I don't have a paperclip or a pin" once the
person said the button is one they press without a tool (core/session/by_hand.py; session 70,
left over)."""


KB_SOURCE_WORDS_RULES = 69
"""Since then, a session sees the knowledge-base facts marked `since: 69` (and no longer those
marked `retired: 69`) by session 71's review of what the sources say (review E): the Wyze Cam
v3's "Take the microSD card out first" (Wyze's own page, step 1; E #2); its setup-mode light
said with the guide that calls it flashing red beside Wyze's plain "red" (E #3); a eufyCam 2
held "about 10 seconds until you hear two beeps", with no stop at 10 s (E #8)."""
UNSURE_DOORBELL_RULES = 69
"""Since then, "Not sure" on "How is the doorbell powered?", for a doorbell whose sources give
no way of powering it, leaves out the steps meant for an outlet or PoE: its battery and its
doorbell wiring, the ways every listed doorbell has one of, come instead
(core/session/unsure_power.py; session-71 review E, #1)."""


ASKED_ONCE_RULES = 69
"""Since then, "Yes" on a reset's "Is the camera in setup mode now?", whose words are the new
password its page asks for (a camera activated with a password of its own, not added in an
app), ends the attempt: "Does it ask for a new password on its page?" came next, the same
check (core/session/asked_once.py; session-71 review E, #4)."""


LIGHT_ON_RULES = 69
"""Since then, while the person's latest word on the camera's own light is that it is on, "Does
the outlet work?" and "Is the light on at the camera's port?" are not asked (core/session/
light_on.py; session-71 review E, smaller notes: a Reolink "On and steady" was asked about the
light at its PoE port)."""
MODEL_FOUND_RULES = 69
"""Since then, a session started without its model (not sure of the model, another brand, or
the brand not known) takes the model found on its label later as a `model-found` event: the
steps after it are the model's own, with what still holds carried over (what is at hand, the
reasons and first tries of the opening, power and other questions the model's steps ask too;
core/session/model_found.py). A log started before has no such event, and one is refused
(session 71, helpdesk review leftover)."""
OWN_LONG_HOLD_RULES = 69
"""Since then, a session sees the knowledge-base facts marked `since: 69` for a camera's own
long hold (a hold's `long`): a Wyze Cam OG's "Hold the reset button for 20 seconds" times the
whole 20 s its guide gives (knowtechie-wyze-factory-reset), and a hold let go there after 19 s
or more is no short hold. Its page said the 30 s were longer than any source gives while its
timer ran them (session 71 leftover)."""
HIK_CONTACT_RULES = 69
"""Since then, a session sees Hikvision North America's own way in (its Password Reset Request
Form, no resets by phone) first in its report's contact (hik-na-tech-support, `since: 69`)."""
CABLE_HOLD_RULES = 69
"""Since then, a plain hold (not the recorder reset) of a camera whose maker's hold is counted
once its network cable is back in (Lorex) names that cable on every power path, as the maker's
reset does: on its adapter, "Do not unplug it first" sat under its own fact "counted once the
Ethernet cable is back in" (installer review 71, I #1)."""

RECORDER_CHECKS_RULES = 69
"""Since then, the checks after a reset of a camera that pairs through a recorder (an NVR) and
whose sources give no way of adding it look on that recorder and its page, whatever powers it,
as they did on PoE: a Lorex E893AB on its adapter was asked "Does the Lorex app find it as a new
camera?" right before "Add it as a new camera on the Lorex NVR" (installer review 71, I #7)."""
KB_SINCE_70_RULES = 70
"""Since then, a session sees the KB facts marked `since: 70` (session 72): the Reolink app's
way for an RLC-520A or RLC-811A too; FCC IDs and label codes; four Ethernet-only Amcrest PoE
cameras added over their cable on any power, not in an app (installer review 71, I #6)."""
KB_APP_WAY_RULES = KB_FCC_IDS_RULES = CABLE_ONLY_RULES = KB_SINCE_70_RULES


def readings(rules: int) -> tuple[bool, frozenset[str]]:
    """What a guide's plans and steps read for a log started under `rules`: a camera on its
    cable offered only that cable's ways of power (POWER_CHOICES_RULES), and the step words
    new since (StepRenderer's `words`): "cable-hold" (CABLE_HOLD_RULES), "recorder-checks"
    (RECORDER_CHECKS_RULES)."""
    words = {"cable-hold": CABLE_HOLD_RULES, "recorder-checks": RECORDER_CHECKS_RULES}
    return rules >= POWER_CHOICES_RULES, frozenset(w for w, r in words.items() if rules >= r)
