"""The answers the opening offers, in the words a person reads (why they came, and what
became of the maker's own way round a reset), and the notices it leaves for the next step."""

from __future__ import annotations

from camreset.core.kb.values import RecoveryKind
from camreset.core.present.step import Answer
from camreset.core.present.words import ANSWER_WORDS, SKIP

SKIP_ANSWER = Answer(SKIP, ANSWER_WORDS[SKIP], role="skip")
SKIP_OTHERS = Answer(SKIP, "Skip the other questions", role="skip")
"""Skip where it may lead to adding the camera, not its reset: a buyer's camera reset since
it changed hands (its first owner's account asked after "Have you reset it since…?")."""
CANT_SIGN_IN = "cant-sign-in"
"""A seller who cannot sign in to take the camera off their account: the reset comes first,
without the app's own, and the way back into the account is said."""
REASON_WORDS = (
    ("wont-reset", "It won't reset"),
    ("no-power", "It won't switch on"),
    ("cant-add", "It reset, but I can't add it"),
    ("second-hand", "It came from someone else"),
    ("forgot-password", "I forgot its password"),
    ("new-wifi", "I'm moving it to new Wi-Fi"),
    ("selling", "It's going to a new owner"),
    ("other-fault", "Something else is wrong"),
)
# each answer on one line of a phone, so the last is on its first screen (390 × 844)
WIRED_MOVE = "I'm changing its network"
"""The new-Wi-Fi reason's words for a camera added only over its cable."""
WORKED = Answer("worked", "That worked: I don't need a reset")
TRIED_IT = Answer("reset-it", "I tried it and it didn't work: reset it")
NOT_FOR_ME = Answer("not-for-me", "It isn't for me: reset it")
OWN_PASSWORD = Answer(NOT_FOR_ME.id, "It's the camera's own password: reset it")
"""Not-for-me where the sources give no way back in for the camera's own password."""
ASKS_ITSELF = Answer(NOT_FOR_ME.id, "The camera itself asks for a password: reset it")
"""Not-for-me on a camera whose password, for most owners, is the app account's (an Arlo, a
eufy, a Kasa; a Tapo without a camera account): "It's the camera's own password: reset it"
came first, above the app's way back in, and a locked-out owner took it; "It isn't for me"
read as "this way isn't" on a Ring, which never asks for one (need-a-reset review 66, E F1
and F6). It says when a reset is the answer, and comes after the account's answers."""
OTHER_OWNERS = {
    frozenset({RecoveryKind.account}): "The password of your account in the {line.app} app",
    frozenset({RecoveryKind.recorder}): "The recorder's password",
}
"""Whose other password the ways shown are for, where they are all one kind's."""
TRIED_ANYWAY = Answer(TRIED_IT.id, "That way didn't work: reset the camera anyway")
"""Tried-it where the ways shown are an account's or a recorder's, which a camera reset does
not change: "reset it" read as the cure for them (review 50)."""
ACCOUNT_HELP = Answer("account-help", "That way didn't work: help with my account")
"""Tried-it where the ways shown are all the app account's: support for the account, since a
camera reset changes no account password and one reset while locked out cannot be added
again ("reset the camera anyway" started one: web review 55)."""
WHICH_PASSWORD = "Which password did you forget?"
"""The title where the sources give no way back in for the camera's own password: "Try
TP-Link's own way back in first" sat over "the sources give no way back in" (review 50)."""
NEVER_KNEW = Answer("second-hand", "I never knew it: it came from someone else")
"""A buyer who chose "I forgot its password": the ways back in reach the first owner's
account, so their camera goes the second-hand way (owner review 45)."""
APP_WORKED = Answer(WORKED.id, "The app's way back in worked: I don't need a reset")


NOTICES = {
    "no-recovery": "No source we have gives a way to recover a forgotten password of this "
    "camera without a reset, so the reset is the way for the camera's own password. (A "
    "password for your account in the app is recovered with the app's “Forgot password”: a "
    "reset does not change it.)",
    "no-wifi-route": "No source we have says how to move this camera to another Wi-Fi "
    "network without a reset. Look in the app's settings for the camera, or for {hub.its}, "
    "for a way to change the Wi-Fi first; if there is none, the reset is the way, and you add "
    "it to the new network after.",
    "reset-after-removal": "{line.brand}'s own page says to factory reset it as well after "
    "removing it from your account, when you will not use it again (another source says "
    "removing it already resets it). The reset is next.",
    "locked-out-skip": "You forgot a password, so these steps leave out the reset in the "
    "{line.app} app: it needs you signed in to the account.",
    "wired-move": "This camera joins its network over its cable, not over Wi-Fi, so there is "
    "no Wi-Fi to change on it. Connect it to the new network; if it does not show up there, "
    "the reset is the way, and you add it on the new network after.",
}
"""What the step after the opening's first question says when no route is sourced."""
BACK_TO_START = "Not sure you need a reset? Back to the first question"
"""Offered on the reset's pages after "Skip": nothing brought someone back but Back, one
answer at a time (need-a-reset review 66, E F7)."""


OWN_TRY = "the last time you tried the reset yourself, before this"
"""What the opening's questions are about: "About your own try" had to be read out as "the
time before you called us" by a helpdesk (helpdesk review 74, #8)."""
