"""Causes that behave alike at the camera must be read alike from what the person sees.

A PoE switch over its budget, a failing injector, a flat battery and a weak doorbell
transformer are, at the camera, the same thing as a weak adapter: the camera runs, reacts to
the hold, and browns out in the reset's restart (the causes' own rationales). A dead PoE port
is a dead outlet, a damaged network cable a damaged power cable. Before this rule the new power
causes took the default likelihood of "did it react?", so a person who saw no reaction made a
weak doorbell transformer look likelier than a hold that was too short.
"""

from __future__ import annotations

import pytest

from camreset.kb_files import load_kb

TS = load_kb().troubleshooting
ALIKE = {
    "weak-adapter": ["poe-budget", "poe-injector", "battery-flat", "transformer-weak"],
    "dead-outlet": ["poe-port-dead"],
    "damaged-cable": ["poe-cable"],
}
SEEN = ["status-light", "saw-confirmation"]
"""Questions about what the camera did, not about how it is powered."""


def likelihood(question: str, answer: str, cause: str) -> float:
    spec = next(q for q in TS.questions if q.id == question)
    table = next(a for a in spec.answers if a.id == answer).likelihood
    return table.get(cause, table["default"])


@pytest.mark.parametrize("question", SEEN)
@pytest.mark.parametrize("like", sorted(ALIKE))
def test_causes_that_behave_alike_are_read_alike(question: str, like: str) -> None:
    spec = next(q for q in TS.questions if q.id == question)
    for answer in spec.answers:
        for cause in ALIKE[like]:
            if question == "saw-confirmation" and like == "damaged-cable":
                continue  # neither cable cause names a reaction: both take the default
            assert likelihood(question, answer.id, cause) == likelihood(
                question, answer.id, like
            ), (question, answer.id, cause)


def test_a_unit_that_needs_a_longer_hold_did_not_react_to_the_shorter_one() -> None:
    assert likelihood("saw-confirmation", "nothing", "needs-longer-hold") > 0.8
