"""The paragraphs a recovery page says after its ways back in: whose password they recover,
and what keeps a vendor's code good. Apart from opening_steps, which lays the page out, so
that module stays one concept under 400 lines."""

from __future__ import annotations

KEEP_RUNNING = (
    "Until you enter the code, keep the camera on and on the network: a restart (even "
    "unplugging its network cable) or a second export makes the code useless."
)
"""Where a source says the reply answers the camera as it runs (Hikvision's SADP export)."""

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
"""The same where the lead has said whose the ways are and the first answer is the camera's
own password (Tapo): the page's answers came below a phone's first screen (review 50)."""
