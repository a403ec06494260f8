"""The session document's view of the network: the camera as it last answered, and every
check camreset ran, in the words the page and the terminal say it.

A check that found no camera left the step on screen with nothing else changed, so an API
client could not tell it had run (helpdesk review 60, #7): each check is listed with what it
found, and whether the step it was run for is still open.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from pydantic import BaseModel, Field

from camreset.core.present.network_words import network_said
from camreset.core.session import SessionState


class FoundDoc(BaseModel):
    """The camera as it last answered camreset over the network."""

    address: str
    brand: str | None
    model: str | None
    mac: str | None
    firmware: str | None
    serial: str | None


class CheckDoc(BaseModel):
    """One check camreset ran over the network, oldest first."""

    at: datetime
    address: str
    step: str | None = Field(description="the step it was run for; null: it only identified")
    result: str = Field(description="factory, set-up or no-answer: what the camera said")
    said: str = Field(description="what it found, in the words the page shows")
    still_open: bool = Field(
        description="the step it was run for is still on screen: nothing answered it"
    )


def found_doc(state: SessionState) -> FoundDoc | None:
    """The camera as it last answered; None if it never did."""
    found = state.found
    if found is None or found.camera is None:
        return None
    said = {k: v for k, v in asdict(found.camera).items() if k in FoundDoc.model_fields}
    return FoundDoc(address=found.address, **said)


def check_docs(state: SessionState) -> list[CheckDoc]:
    """Every check of the session, with what it found and whether its step is still open."""
    checks = []
    for check in state.network:
        still_open = check.step is not None and check.step == state.current.id
        said = network_said(check.address, check.result, still_open=still_open)
        checks.append(
            CheckDoc(
                at=check.at,
                address=check.address,
                step=check.step,
                result=check.result,
                said=said,
                still_open=still_open,
            )
        )
    return checks
