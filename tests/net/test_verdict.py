"""A network check turns into what a session step will tell the person."""

from __future__ import annotations

import pytest

from camreset.net import MESSAGES, Verdict, verdict


@pytest.mark.parametrize(
    ("answered", "state", "expected"),
    [
        (True, "factory", Verdict.RESET_CONFIRMED),
        (True, "set_up", Verdict.RESET_DID_NOT_TAKE),
        (True, "unknown", Verdict.UNDETERMINED),
        (False, "unknown", Verdict.NO_ANSWER),
        (False, "factory", Verdict.NO_ANSWER),
    ],
)
def test_verdict(answered: bool, state: str, expected: Verdict) -> None:
    assert verdict(answered, state) == expected  # type: ignore[arg-type]


def test_no_answer_does_not_claim_the_reset_failed() -> None:
    assert "can mean the reset worked" in MESSAGES[Verdict.NO_ANSWER]
    # a wired camera does not leave the network: it moves address (technician review 51)
    assert (
        "A wired camera stays on the network but often comes back at another"
        in (MESSAGES[Verdict.NO_ANSWER])
    )
    assert set(MESSAGES) == set(Verdict)
