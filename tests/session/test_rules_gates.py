"""Every reading gate in core/session/rules.py and later_rules.py is one a log can have been
saved under, and a log saved under each older RULES still opens.

Review 71 C, #13: three tests asserted `RULES >= X_RULES`, two constants compared, which no
change to the guide could make fail. This checks what those meant: each gate lies between
the first rules a log carried and RULES, RULES is the newest gate, and a session replayed as
if started under every RULES there has been (and before any) opens on a step.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, replayed_under

from camreset.core.session import later_rules, rules

GATES = {
    name: value
    for module in (rules, later_rules)
    for name, value in vars(module).items()
    if name.endswith("_RULES")
}
FIRST = min(GATES.values())


def test_each_gate_lies_between_the_first_rules_and_rules_and_rules_is_the_newest() -> None:
    assert all(isinstance(value, int) for value in GATES.values())
    assert {name for name, value in GATES.items() if not FIRST <= value <= rules.RULES} == set()
    assert max(GATES.values()) == rules.RULES


@pytest.mark.parametrize("saved_under", range(FIRST - 1, rules.RULES + 1))
def test_a_log_saved_under_each_older_rules_still_opens(
    make_driver: Callable[..., Driver], saved_under: int
) -> None:
    d = make_driver(model="tapo-c200", have=("pin", "app"), opening=True)
    for answer in ("second-hand", "no", "no", "done"):
        if answer in {a.id for a in d.state.current.answers}:
            d.send(answer)
    assert len(d.state.events) > 2
    old = replayed_under(d, saved_under)
    assert old.current.title and old.current.answers
