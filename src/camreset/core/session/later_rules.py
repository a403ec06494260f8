"""Reading gates added since session 67 (rules.py, full at 400 lines, keeps the earlier ones).

Each constant is the RULES a log must have been started under to be read the newer way; see
rules.py for why a log keeps the readings it was written under. A new gate goes here, and
RULES in rules.py is raised to it.
"""

from __future__ import annotations

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
KB_SINCE_71_RULES = 71
"""Since then, a session sees the KB facts marked `since: 71` (session 73): a camera that joins
its own hub or HomeBase reads "pairing with the hub failed" (and "did not find the camera") as
pointing at that hub, about evenly (troubleshooting.yaml's `via_hub_likelihood`; review F #3:
a eufyCam's failed pairing was read as a Wi-Fi failure and left nothing to try at home); three
more Amcrest PoE cameras (IPM-743E, IP8M-2496EB, IP4M-1026E) whose record lists Ethernet alone
are added again over their cable, not in the Amcrest Smart Home app no source names for them;
the Nest Hello's FCC ID."""
RECORDER_FEED_RULES = 71
"""Since then, the checks after a reset of a camera said to be on a recorder's port, whose app
the person said they can't get, look on that recorder and its page: a Swann NHD-818 was asked
only "Does the Swann Security app find it as a new camera …?", the app they had just said they
can't get, and its recorder was never named as a way to see it (phone review 73, F #10)."""
KB_SINCE_72_RULES = 72
"""Since then, a session sees the KB facts marked `since: 72` (session 74): a UniFi camera's
Unmanage, which takes it off its console, is a reset by removal (its source says it restores
the factory defaults), so a seller who has done it looks whether it is in setup mode before
anyone reaches for the button (technician review 74, G #4)."""
WIRED_WIFI_RULES = 72
"""Since then, a camera said to be on its network cable (PoE), whose own sources give it no
Wi-Fi, is not offered the Wi-Fi's steps while it is added again ("Does your Wi-Fi have a
separate 2.4 GHz network?", "2.4 GHz Wi-Fi", "Password and distance", WPA2, the phone's
permissions): a Swann NHD-818 on its recorder's port was (phone review 73 F, left over);
`CameraPlan.not_for_power`."""
NOT_IN_APP_RULES = 72
"""Since then, a session sees the KB facts marked `since: 72` by session 74's `not_in_app`: a
Nest camera set up in the Google Home app (the Nest Cam (battery), (indoor, wired) and with
floodlight, the Nest Doorbell (battery) and (wired)) is not offered its line's reset path in the
Nest app (phone review 73: "Reset in the app … If it is not in the Nest app, answer “I can't
do this”" came first, a step its own words called unlikely)."""


HELD_ELSEWHERE_RULES = 73
"""Since then, "Done, I let go" (or another answer) given on one screen while a hold timer
started on another screen still runs on that page carries the hold from that timer's logged
start to the answer, said as "timed from its start on the screen that started the session
to this answer", and a short one is asked about as any short hold is: a customer who started
the timer on the laptop, picked up the phone mid-hold and answered there had no hold at all
in the report, and the laptop left behind counted on past 24 s (helpdesk review 74 F, #3;
core/session/held_elsewhere.py)."""
KB_SINCE_73_RULES = 73
"""Since then, a session sees the KB facts marked `since: 73` (session 75): the check over the
network is in the plan of a camera that pairs through a recorder (an NVR: a Lorex E893AB),
not only of one on no hub or base station (SWITCH_CHECK_RULES says where it is offered)."""
SWITCH_CHECK_RULES = 73
"""Since then, a camera that pairs through a recorder (an NVR) is offered the check over the
network where the person said its cable plugs into a switch, the router or an injector (it is
then on their network), and not on the recorder's own ports, where a line says why: a Lorex
E893AB with a computer ticked, said on "A PoE switch or the router", had no `n` at "Is the
camera in setup mode now?" and nothing said why (technician review 74, G #6)."""
CABLE_ANY_POWER_RULES = 73
"""Since then, a camera whose own sources give it a network cable and no Wi-Fi counts as on
that cable whatever powers it (`CameraPlan.not_for_power`): a Hikvision DS-2CD2143G2-I said to
be on "A power adapter in a wall socket" lost its cable's ways (finding it at its factory
address with SADP or on its page) and went to support (technician review 74, G #7)."""
OWN_NO_WIFI_RULES = 73
"""Since then, a camera whose own sources give it a network cable and no Wi-Fi is offered no
Wi-Fi steps whatever its power answer, or with none: an EZVIZ C3T PoE whose power was never
asked was sent to "Does your Wi-Fi have a separate 2.4 GHz network?", "2.4 GHz Wi-Fi" and the
phone's permissions on its line's Wi-Fi fact (session 74 A, left over; WIRED_WIFI_RULES had
left them out only where it was said to be on PoE)."""
ANY_RECORDER_PORTS_RULES = 74
"""Since then, a camera of any brand said to be on a recorder's own PoE ports (its cable "to a
recorder (NVR)", or Yes to "Does the camera's cable run to a recorder?") is not offered the
check over the network, and its reset's check says why, as a Lorex already was
(SWITCH_CHECK_RULES): a Hikvision, Dahua or Amcrest camera said to be on its NVR's ports was
offered "Let camreset check the camera over the network" while adding it, a check a computer on
the person's network cannot answer there, before its recorder's own ways (session 75 B, left
over). A camera of those brands with nothing said of its cable is offered it as before."""
CELLS_AT_HAND_RULES = 74
"""Since then, a camera whose sources say it takes only new single-use batteries (a Blink's AA
1.5 V lithium cells) has "New batteries" on "What do you have at hand?", and its battery step
needs them: a checklist that leaves them unticked is not sent to "New batteries", whose page
asked for what they had not got, and the page that says to make sure it has power says so
(review 73 F #2; session 75, helper D, reverted for the benchmark's fast arm and four walks;
session 76, helper A). A log started before sees neither."""
KB_SINCE_74_RULES = 74
"""Since then, a session sees the KB facts marked `since: 74` (KB trust audit, session 76 F):
Hikvision's own quick start guide's hold, about 10 s while the camera powers on or restarts,
shown beside the blogs' 10 to 30 s (it was in a cited source and left out of the hold), and
Blink's Spanish help page's "the code goes to your phone" beside its English one's "to the
account's e-mail", where a person waiting for an e-mail was told only of the e-mail; and a
UniFi G4 Doorbell, Doorbell Pro, G3 Instant or G4 Instant no longer has its reset button "next
to the Ethernet port" (Ubiquiti's page about its older UniFi Video cameras) but the general
default, said as one: its record gives it doorbell wires or USB, and Wi-Fi."""
