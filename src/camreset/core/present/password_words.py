"""What a recovery page says about whose password its ways are for, and when a camera reset
is the answer: a reset changes no app account's or recorder's password, and a camera reset
while locked out of the app cannot be added again. Its own module, as opening_steps.py (which
lays the page out) reached 400 lines; and what keeps a vendor's code good."""

from __future__ import annotations

RECORDER_ONLY = (
    "These ways are for the recorder's password. Resetting the camera does not change the "
    "recorder's password: reset the camera only if the camera itself asks for a password you "
    "do not have."
)
"""After recovery routes that are all a recorder's: a camera reset gets nobody back into it."""
ACCOUNT_ONLY = (
    "{these} for your account in the {{line.app}} app. A reset does not change that "
    "password, and a camera reset while you are locked out of the app cannot be added again: "
    "reset the camera only if the camera itself asks for a password you do not have."
)
"""After recovery routes that are all the app account's: a Wyze owner who could not reset the
account's password was sent round camera resets it could not help (product review 49)."""
ACCOUNT_SAID = (
    "A camera reset does not change that password, and a camera reset while you are locked "
    "out of the app cannot be added again."
)
"""The same where the lead has said whose the ways are (Tapo): said once, so the page's
answers come on a phone's first screen (review 50)."""


ASKS_ITSELF_WORDS = (
    "Only if the camera itself asks for a password you do not have (in a recorder or other "
    "software) does it take a reset: the sources give no way back in for that one."
)
"""When a camera reset is the answer, where most owners never type a camera password (an Arlo,
a eufy, a Kasa; a Tapo without a camera account, which TP-Link's FAQ 2790 says is only needed
for other software): said last, after the account's way (review 66, E F1)."""
NO_WAY_OF_ITS_OWN = (
    "The password of your account in the {line.app} app is recovered in the app, with the "
    "“Forgot password” of its sign-in page. A camera reset does not change that password, "
    "and a camera reset while you are locked out of the app cannot be added again. "
    + ASKS_ITSELF_WORDS
)
"""The recovery page of a camera added in an app whose sources give no way back in: the
account's way first (an Arlo owner read "For the camera's own password … that takes a reset"
first, and took the reset above the app's way: review 66, E F1)."""
KEEP_RUNNING = (
    "Until you enter the code, keep the camera on and on the network: a restart (even "
    "unplugging its network cable) or a second export makes the code useless."
)
"""Where a source says the reply answers the camera as it runs (Hikvision's SADP export)."""
