"""Going back to resetting from adding the camera again: the reset said to have taken had
not. Two ways lead here: an attempt that ends that way after a last look ("Reset it again"),
and a full reset done while adding it that still leaves the camera out of setup mode (after-
reset review 58, #12: the add flow went on for a camera the person could see was not ready).
The reset phase picks up its own evidence again, with the last reset marked as failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.words import CANT

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

BACK = "back to resetting"
SETUP_MODE = "setup_mode"


def last_look(fold: Fold, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
    """An attempt that goes back to resetting, after a last look: its checks (the camera is
    added and works) all saying yes end the job; anything else goes on to the page that sends
    the session back to resetting."""
    steps = plan.actions[ref].steps
    if steps[stage].check is None:
        if answer == CANT:
            fold.running = None
            fold.excluded.add(ref)
            return "could not do this"
        fold.evidence.append(ActionFailed(ref))
        return back_to_reset(fold)
    if answer == "yes" and stage + 1 < len(steps) and steps[stage + 1].check is not None:
        fold.running = (ref, stage + 1)
        return None
    if answer == "yes":
        fold.running, fold.done = None, True
        return "camera added again"
    first_do = next(i for i, s in enumerate(steps) if s.check is None)
    fold.running = (ref, first_do)
    return None


def not_in_setup_mode(fold: Fold, plan: CameraPlan, ref: str, stage: int, answer: str) -> bool:
    """Whether this answer says a reset done while adding it left the camera out of setup
    mode: "No" to a setup-mode check, not "can't tell"."""
    check = plan.actions[ref].steps[stage].check
    return fold.phase is Phase.setup and check == SETUP_MODE and answer == "no"


def goes_on_untold(fold: Fold, plan: CameraPlan, ref: str, stage: int, answer: str) -> bool:
    """ "I can't" on that setup-mode check while adding it: on to adding it, whose own check
    tells (diff review 59: it ended the full reset, as "could not tell whether it is added",
    before "Add it again" was shown); the running attempt moves on when it does."""
    if fold.phase is not Phase.setup or answer != CANT:
        return False
    steps = plan.actions[ref].steps
    if steps[stage].check != SETUP_MODE or stage + 1 >= len(steps):
        return False
    fold.running = (ref, stage + 1)
    return True


def back_to_reset(fold: Fold, result: str = BACK) -> str:
    """Resume resetting, the last reset counted as failed (the attempt that found it out is
    already marked failed in the setup phase's evidence)."""
    fold.running = None
    fold.switch(Phase.reset)
    if fold.last_reset is not None:
        fold.evidence.append(ActionFailed(fold.last_reset))
    fold.reset = False
    return result
