"""What a page says above itself after something the person said earlier: no light to watch,
no app, nothing seen while holding, a wait not sat out, a recovery that failed. The page is
built once per camera; these notices are the session's (see session/said_before.py)."""

from __future__ import annotations

NO_LIGHT_NOTICE = (
    "You said you can't see this camera's light: where this page speaks of its light, go "
    "by the time and any other sign instead."
)
FOR_NEW_OWNER_CHECK = (
    "It is going to a new owner: start adding it only until the app offers it as new, then "
    "stop; they add it to their own account themselves."
)
"""Above the app check for a seller, who stops once the camera shows as new."""
FOR_NEW_OWNER_QR_CHECK = (
    "It is going to a new owner: do not show it your app's QR code, or it joins your account. "
    "Answer “I can't do this” instead: the setup mode you saw at the step before is enough."
)
"""The same for a camera that reads the app's QR code (Wyze): reading it adds it."""
NOTHING_SEEN_NOTICE = (
    "You saw nothing happen while you held. A camera can restart without a sign, so give it "
    "this time anyway: the next step asks how it is."
)
"""Above the restart wait after "No, nothing happened", which otherwise reads as if it did."""
COULD_NOT_WAIT_NOTICE = {
    "boot": "You could not wait for it to start. A press while it is still starting up may "
    "not count, so press once it has fully started.",
    "reboot": "You could not wait for the restart. If it is still restarting, look again once "
    "it has settled: a camera looked at too soon can seem not to have reset.",
    "fixed": "You could not wait the whole time, so this may not work as well. If the reset "
    "still does not take, that will not count against this way of trying.",
}
"""Above the page after a wait the person said they could not sit out (keyed by the wait)."""
RUSHED_WAIT_NOTICE = {
    "boot": "You went on before it had finished starting ({waited}). A press while it is "
    "still starting up may not count: if its light is still changing, give it the rest of "
    "the time first.",
    "reboot": "You went on before the restart was over ({waited}). If it is still "
    "restarting, answer “Not yet: it is still restarting” to wait again: a camera looked at "
    "too soon can seem not to have reset.",
    "fixed": "You went on before the time was up ({waited}), so this may not work as well. "
    "If the reset still does not take, that will not count against this way of trying.",
}
"""Above the page after a wait the person ended early with "Done waiting" (keyed by the
wait; `waited` as the session records it, "waited 40 s of 3 min")."""
HOLD_PAGE = "the hold page was answered"
"""How the session records a hold page answered sooner than its hold, with no timer run."""
QUICK_HOLD_NOTICE = (
    "That answer came {seconds} after the hold page showed, and the hold takes at least "
    "{least}. If you let go early, it may not have reset: take back your last answer and hold "
    "again, counting slowly out loud; if you held long enough, go on."
)
"""Above the page after a hold page answered sooner than its hold (a page without
JavaScript runs no timer)."""
SHORT_TIMED_HOLD_NOTICE = (
    "The timer stopped at {held}, and the hold takes at least {least}. A shorter hold often "
    "does nothing: take back the last answer and hold again, longer; if the camera reacted "
    "anyway, go on."
)
"""Above the page after a hold page answered on one screen while the other timed the hold,
which came out shorter than the page's shortest (session/measured.py): no page asked "That
was a short hold" then."""
SHORT_TIMED_IN_PART_NOTICE = (
    "The timer stopped at {held}, and the hold takes at least {least}. {found}: take back the "
    "last answer and hold again, for at least {least}; going on, it goes on with a reset in part."
)
"""The same, where letting go before that time resets the camera only in part (a Tapo C200
before 10 s): "A shorter hold often does nothing … if the camera reacted anyway, go on" told
someone who had seen it react at 5 s to go on with the partial reset (review 69, N #2)."""
RECORDER_DOUBT = "says it is set up: not reset, or a recorder set it up again at once"
"""The history's result of a network check's "set-up" on a camera a recorder (NVR) may take
over: both readings are likely (the setup phase's network question weighs them), so neither
is taken (session/fold.py)."""
RECORDER_DOUBT_NOTICE = (
    "camreset found the camera, and it says it is set up. Either the reset did not take, or "
    "a recorder (NVR) it is plugged into set it up again the moment it reset. Answer by what "
    "the camera itself shows; if it is on a recorder, its camera list may show it as just "
    "added."
)
"""Above the setup-mode check after the network said "set-up" on a camera that may be on a
recorder (session/fold.py, RECORDER_DOUBT)."""
NOT_IN_SETUP_MODE = "not in setup mode: back to resetting"
"""The result of "Is the camera in setup mode now?" answered No after a reset done while adding
it again (session/back_to_reset.py)."""
NOT_IN_SETUP_NOTICE = (
    "You said it is not in setup mode after that reset, so the reset has not taken yet. Back "
    "to the reset steps, to find what stops it."
)
"""Above the first reset step after that answer: the session left adding it with no page of
its own saying why (after-reset review 58, #12)."""
WAITING_AGAIN = "not sure it had started: waiting again"
"""The result of "Not sure" on the wait for the camera to start: the same wait, again."""
WAITING_AGAIN_NOTICE = (
    "If you can't tell whether it has started, let the whole wait run once more, then answer "
    "“Done waiting”: a press before it has started may not count."
)
"""Above that wait, shown again: "Not sure" had gone straight on to the hold, the very press
the wait is there to prevent (phone review 59, #4)."""
NOT_SURE_KEPT = "not sure it was done: the step stays open"
"""The result of a first "Not sure" on an attempt's page that asks for something to be done."""
NOT_SURE_LEFT = "not sure it was done: set aside"
"""The result of a second one: the attempt is left, as nothing is known of what it did."""
NOT_SURE_KEPT_NOTICE = (
    "Back after “Not sure”: do it if you can, then “Done” (a second “Not sure” skips it)."
)
"""Above that page, shown again: "Not sure" had counted as "Done" (phone review 60, #13: a
Blink owner not sure what the Sync Module was went straight on to "Is it added?"). It said
"This step stays open … (“Not sure” skips it)" right after a "Not sure" that had not skipped
it, and read as a step repeated by mistake (session-71 review E, #9); said why it is back, in
as few words as before, so a Blink hub page's first answer stays on a phone's first screen."""
HUB_IS_NOTICE = "The {hub} is the box {brand} cameras pair through."
"""Before it on a page about the hub, in the words the camera finder uses for a hub."""
RECOVERY_FAILED_NOTICE = {
    True: "You said {brand}'s own recovery did not work. If its code was refused, had expired "
    "or never came, tell support which: they can send a new one. Keep the camera on and on the "
    "network until you use it.",
    False: "You said {brand}'s own recovery did not work. Tell support which one you tried "
    "(for the app account or for a recorder) and what it said.",
}
"""Above the end that sends to support after the maker's recovery failed, which otherwise
reads as if the camera may be broken; keyed by whether the camera has its own recovery (a
vendor's code), where a code and a camera kept on the network matter."""
NO_APP_NOTICE = (
    "You said you can't get the {app} app now. This step uses it: you can leave and carry on "
    "from this step once you have it."
)
NO_LIGHT_HOLD = (
    "You said you can't see this camera's light, so hold for {seconds} seconds, then let go."
)
"""Not "the seconds the timer counts": without JavaScript no timer counts (a phone reviewer)."""
OLD_ENTRY_NOTICE = (
    "You said the {app} app showed it offline: that entry is the camera from before the "
    "reset. Remove it in the app first, or the app may say the camera is already added."
)
"""On adding a camera again whose old entry the person saw offline (review 50: a Tapo owner
was told to add it again with no word about the stale entry the app still listed)."""
SIGN_SHOWING_HOLD = (
    "You said its light already does what this hold watches for ({sign}), so it cannot show "
    "you when to let go: hold for {seconds} seconds, then let go."
)
"""A Tapo whose light blinked red before the press was told to hold "until the light turns
to red blinking" (review 50)."""
OFFLINE_NOTICE = (
    "The {app} app shows it offline, so it can't be reset from the app for now. A camera "
    "goes offline when it loses power or its network, or has a fault: a power fault is "
    "likelier now."
)
NO_POWER_NOTICE = (
    "You said it won't switch on. A reset needs the camera on, so its power comes first."
)
"""Above the page after "It won't switch on" (session/dark.py `unpowered`)."""
LIGHT_OFF_NOTICE = (
    "You said its light is off. A reset needs the camera on, so its power comes first."
)
"""Above the page after a status light said to be off, where that page is for a power cause
(session/dark_notice.py)."""
LIGHT_OFF_AT_SUPPORT = (
    "You said its light is off. A reset needs the camera on, and no step left here can power "
    "it: tell support that too."
)
"""The same above the support page itself, where "its power comes first" was followed by no
power step (after-reset review 58, #8: a dome whose housing could not be opened)."""
STILL_OFF_NOTICE = (
    "You said it still won't switch on after “{title}”, so that did not bring it back. No "
    "press can reset it while it stays dark: its power comes first, and if nothing here "
    "powers it, support is next."
)
"""Above the page after "It won't switch on" on an attempt whose power page was done (a
doorbell charged for hours was told it had not been: web review 52)."""
STILL_OFF_AT_SUPPORT = (
    "You said it still won't switch on after “{title}”, so that did not bring it back either."
)
"""The same above the support page itself, where "if nothing here powers it, support is
next" read as if support were still to come (web review 54)."""
HOLD_WHILE_DARK_NOTICE = (
    "Nothing yet says it is on: press only once it shows it is (a light, a sound). If it "
    "stays dark, answer “I can't do this”, then “It won't switch on”."
)
"""Above a hold page while the camera is still said to be dark (session/dark_notice.py)."""
WAIT_WHILE_DARK_NOTICE = (
    "Nothing yet says it is on: watch it as it starts, for any light or sound. If none comes, "
    "answer “It still won't switch on”."
)
"""Above the start-up wait after a page meant to power a camera not yet on: the wait spoke
only of when to press, never of what shows it came on (web review 54)."""
HELD_WHILE_DARK_NOTICE = (
    "Nothing yet says it is on: as the cable goes in, watch it for any light or sound. If none "
    "comes, answer “It still won't switch on”."
)
"""Above a hold timed from the power coming back, on an attempt meant to power a camera not
yet on (a Hikvision moved to another PoE port): it is held as it starts, so "press only once
it shows it is on" would undo the page (installer review 66, D #2)."""
BEFORE_THE_PRESS = frozenset({HOLD_WHILE_DARK_NOTICE, HELD_WHILE_DARK_NOTICE})
"""Notices a hold page shows above its timer, where its other notices follow the answers so
that the timer's start and "Done, I let go" stay on a phone's first screen: only a camera not
yet seen on, which must not be pressed at all until it is (web review 53: that warning sat
below "Done, I let go"). A start-up wait cut short stays below: above, it pushed the timer
off the first screen (tests/browser/test_look.py). A light that already shows the hold's sign
is said above too: below, it came after "Done, I let go" (web review 56)."""


def before_the_press(notice: str) -> bool:
    """Whether a hold page shows `notice` above its timer (`BEFORE_THE_PRESS`)."""
    return notice in BEFORE_THE_PRESS or notice.startswith(SIGN_SHOWING_HOLD.split("{")[0])


OFFLINE_AFTER_MOVE_NOTICE = (
    "The {app} app shows it offline: that is expected once it has lost its old Wi-Fi, so "
    "camreset resets it another way."
)
"""Above the page after "It shows as offline" on an app reset, which otherwise comes with no
word why the app was left (session/detours.py `offline_now`)."""
NO_BUTTON_RECOVERY = (
    "You asked for a reset instead. This camera has no reset button you can reach, so the "
    "sources give its reset through {brand}: this step."
)
"""Above the maker's recovery attempt on a camera with no button, after "It isn't for me":
the page the person turned down came back with no word why."""
NOT_RESET_TITLE = "You are back in, with a new password"
"""Not "No reset needed" for a person who came because the reset would not take: what they
came for (back into the camera) is done, by another way."""
NOT_RESET_NOTICE = (
    "{brand}'s recovery gave the camera a new password: it was not reset. To reset it all "
    "the same (to sell it, or to start afresh), start a new session."
)
"""On the end page after the maker's recovery worked as an attempt: the session ends there
(nothing to add again), and a reviewer saw "It is reset and added again" for a camera never
reset."""
NO_PIN_RECOVERY = (
    "You asked for a reset instead, but with nothing to press the button with, {brand}'s "
    "recovery is the way left: it needs no button. If it is not for you, choose “I can't do "
    "this”."
)
BUTTON_LOST_RECOVERY = (
    "You asked for a reset instead, but the ways with the button did not work out, so "
    "{brand}'s recovery is the way left: it needs no button. If it is not for you, choose "
    "“I can't do this”."
)
"""The same, on a camera with a button that cannot be used: no pin at hand, or the button not
found or not working (a phone reviewer saw the recovery they had turned down come back with
no word why)."""

OWN_ACCOUNT_NOTICE = (
    "You said the camera has always been yours, so the other account is likely one of your "
    "own (another e-mail address, an old sign-in) or someone's in your household: sign in "
    "there and remove it."
)
"""Above the release from another account for someone who said the camera was never anyone
else's (a phone reviewer's Ring doorbell was sent to "the previous owner")."""
OWN_ACCOUNT_RESET_NOTICE = (
    "You said the camera has always been yours, so the other account is likely one of your "
    "own (another e-mail address, an old sign-in) or someone's in your household. Signing in "
    "there and removing it is the surest way; if you cannot, try this reset."
)
"""The same, above the full reset the engine chose first: "sign in there and remove it" over
a page that says to hold the button read as two orders at once (phone review 60, #7)."""
SETUP_LIGHT_NOTICE = (
    "The light you chose, “{light}”, is how its sources say this camera shows setup mode: it "
    "may be reset after all. If it still shows that light, try adding it {where} now; if "
    "that fails, carry on here."
)
"""On the page after "what is the light doing?" answered with the setup-mode light itself,
just after "is it in setup mode?" was answered no (a phone reviewer's Tapo C200 went on to
"Find a paperclip" as if the light said nothing)."""
SAID = "you said you don't have"
UNTICKED = "you did not tick as at hand"
VENDOR_PAGE_NOTICE = (
    "Before you open a ticket, look up the {model} on {brand}'s support site (above): if its "
    "reset steps differ from the ones you did (another button, another hold time), try theirs "
    "first."
)
"""Under the support page's text when the vendor's own instructions for the model were never
tried: the Amcrest seed's last step before contacting support, so it is never skipped on the
way there."""
NOT_IN_YOUR_APP_NOTICE = (
    "The camera is likely still on its first owner's account{hub}, so your {app} app cannot "
    "show {it}. Answer from what you can see and know, or “Not sure”."
)
HUB_NOT_IN_YOUR_APP_NOTICE = (
    "Its sources say a reset takes the camera itself off its first owner's account, but "
    "{hub} sold with it likely stays on it: unless they removed it, your {app} app cannot "
    "show the camera through it. Answer from what you can see and know, or “Not sure”."
)
"""On a reset's check of a camera its sources say a reset frees, paired through a hub: only
the hub is on the first owner's account (second-hand review 64, F2)."""
"""On a page that asks what the app shows, for a second-hand camera not reset since it
changed hands (a buyer's Blink was asked for the battery level and the Sync Module "in the
app": owner review 45)."""
STILL_BOUND_NOTICE = (
    "The app said the camera belongs to another account. A reset frees a camera from its old "
    "account only on cameras whose maker says so, and no source says it of this one: if the "
    "app says the same after this, only whoever's account it is on, or {brand} support, can "
    "release it."
)
"""Above the full reset offered after "it belongs to another account" (a reviewer's second-hand
Blink owner was sent to a 30 s reset as if it could free the camera)."""

PROVIDER_RESET_NOTICE = (
    "You said a provider supplied it. One full reset is still worth trying first: on one "
    "provider's doorbell, a 10-second press cleared only its Wi-Fi, and about 15 seconds reset "
    "it fully, after which its default login worked. If it still asks for a password after "
    "this, the next step is the provider who supplied it: on another provider's camera, even a "
    "30-second hold did not help, and only the provider could."
)
"""Above the full reset of a camera said to come from a provider that asks for a password it
does not have: why the reset comes before the provider (sources gh-sercomm-api-18, an ADT
doorbell, and gh-sercomm-api-14, an SFR camera; session 70 leftover)."""

FOUND_BUTTON_NOTICE = "You found the button. Check the rest of this page, then answer “Done”."
"""Above an attempt's page again after its help finding the button ended in "Found it": the
same page came back word for word, with no sign of what had changed (web review L8)."""

OTHER_STOPPED_NOTICE = (
    "Something else stopped you at “{title}”, so this is the next way to try. If the same "
    "thing stops you here too, choose “I can't do this” again."
)
"""Above the page after "Something else stops me": the next way was often a page about the
button, read as if they had said they could not find it (web review 9)."""
NOT_LISTED_NOTICE = (
    "The camera is not listed in the {app} app, so it can't be reset from there: this is the "
    "next way to try."
)
"""Above the page after "It is not listed in the … app" (merged-diff review 68, N #7)."""
UNPLUG_NOW_NOTICE = (
    "Earlier pages said not to cut the power while the camera restarted. This try is "
    "different: it starts with the power off on purpose."
)
"""Above the page that cuts the power on purpose (the drain), after a restart wait said "Do
not unplug it" (a phone review read the two as contradicting each other)."""

CLICK_FELT_NOTICE = (
    "You felt a click when you pressed, so you have likely found a button already: check "
    "against this page that it is the reset button, then go on."
)
"""Above a page that finds the button, after "Yes, a clear click" (a phone review: "Find the
button" right after saying it clicked read as if the answer had not been heard)."""

SEARCH_AGAIN_NOTICE = (
    "The help before did not find it, so take longer over this look: take the camera down if "
    "you can, and in good light (a phone's torch helps) look at every side and under any cover "
    "or flap. The quick-start guide or the box may show where it is."
)
"""Above the thorough search for the button after its help ended in "I still can't find it":
the same words came back, and the search read as a repeat (web review 9)."""
LOW_BATTERY_NOTICE = (
    "You said its battery is low and you can't charge it or put in new batteries now. On a "
    "low battery a reset may not finish: if you can, do that first and carry on from this "
    "step later (the session is kept). Otherwise go on and try."
)
"""Above "Get ready … Make sure it has power: good batteries in place" after the person said
the battery is low and could not charge or renew it: the page told them to do what they had
just said they could not, and nothing said why the reset might then fail (session-73 review
F, #2: a Blink Outdoor 4)."""
LOW_BATTERY_UNTICKED = (
    "You said its battery is low, and new batteries are not among what you have at hand. On a "
    "low battery a reset may not finish: if you can, get new ones of the kind it takes first, "
    "change what you have at hand, and carry on from this step (the session is kept). "
    "Otherwise go on and try."
)
"""The same, where the person said the battery is low and did not tick "New batteries" on the
checklist (CELLS_AT_HAND_RULES): they are not sent to put them in, and this page says why."""
