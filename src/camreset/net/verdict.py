"""What a network check means for a reset attempt: a small pure function for sessions.

After a person holds the reset button, a session step "check it over the network" turns
the check's answer into one of four verdicts. Silence is not failure: a Wi-Fi camera that
was reset leaves the home network for its own setup access point, so the message says so.
"""

from __future__ import annotations

from enum import StrEnum

from camreset.net.model import FACTORY, SET_UP, CheckResult, SetupState


class Verdict(StrEnum):
    RESET_CONFIRMED = "reset_confirmed"
    RESET_DID_NOT_TAKE = "reset_did_not_take"
    NO_ANSWER = "no_answer"
    UNDETERMINED = "undetermined"


MESSAGES = {
    Verdict.RESET_CONFIRMED: "The camera says it is back at factory settings: the reset worked.",
    Verdict.RESET_DID_NOT_TAKE: (
        "The camera says it is still set up: the reset did not take, or a recorder (NVR) it "
        "is plugged into set it up again at once."
    ),  # the recorder's clause only where one can (message_for)
    Verdict.NO_ANSWER: (
        "No answer at that address. A Wi-Fi camera that was reset leaves your network for "
        "its own setup network, so this can mean the reset worked. A wired camera stays on "
        "the network but often comes back at another address: one the router gives it, which "
        "a scan of the network finds, or its factory address, which only a computer with an "
        "address in that range reaches. It can also be off."
    ),
    Verdict.UNDETERMINED: (
        "The camera answered but does not say whether it is set up; check it another way "
        "(the app, or its light)."
    ),
}


ONLY_ITS_APP = frozenset({"tapo", "kasa"})
"""Protocols of cameras that only their app sets up: a recorder finds and sets up again the
Dahua-built (DHIP), Hikvision-built (SADP) and ONVIF (Profile Q) ones it is plugged into."""
NO_RECORDER = "The camera says it is still set up: the reset did not take."


def message_for(result: CheckResult) -> str:
    """The verdict's words for what answered: a Wi-Fi Tapo still set up was told "or a
    recorder (NVR) it is plugged into set it up again at once" (installer review 69, T #7)."""
    verdict = verdict_for(result)
    protocols = {p for c in result.cameras for p in c.protocols}
    if verdict is Verdict.RESET_DID_NOT_TAKE and protocols and protocols <= ONLY_ITS_APP:
        return NO_RECORDER
    return MESSAGES[verdict]


def verdict(answered: bool, setup_state: SetupState) -> Verdict:
    """factory → reset confirmed; set_up → did not take; silent → no answer."""
    if not answered:
        return Verdict.NO_ANSWER
    if setup_state == FACTORY:
        return Verdict.RESET_CONFIRMED
    if setup_state == SET_UP:
        return Verdict.RESET_DID_NOT_TAKE
    return Verdict.UNDETERMINED


def verdict_for(result: CheckResult) -> Verdict:
    """The verdict for one address's check result."""
    return verdict(result.answered, result.setup_state)
