"""What was said in a session, read off its evidence: the latest answer to a question, the
person's own or one the session worked out itself (`Derived`). Shared by the detours, the
dark camera's marks and the pages that quote an answer back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold


@dataclass(frozen=True)
class Derived(Answered):
    """An answer the session worked out itself (a timed hold shorter than the minimum, what
    the camera did during a hold, as told on its detour): evidence like any answer, but not
    the person's own answer to the question, so never asked again as theirs."""


def latest_answer(fold: Fold, question: str) -> int | None:
    """Where in the evidence the question's latest answer is (None: not answered, or the
    latest is one the session worked out itself, not the person's own)."""
    for i in range(len(fold.evidence) - 1, -1, -1):
        given = fold.evidence[i]
        if isinstance(given, Answered) and given.question_id == question:
            return None if isinstance(given, Derived) else i
    return None


def last_said(fold: Fold, question: str) -> Answered | None:
    """The question's latest answer, the person's or the session's own (`Derived`)."""
    said = [e for e in fold.evidence if isinstance(e, Answered) and e.question_id == question]
    return said[-1] if said else None


def latest_is(fold: Fold, said: Answered) -> bool:
    """Whether the person's own latest answer to `said`'s question is `said`."""
    at = latest_answer(fold, said.question_id)
    return at is not None and fold.evidence[at] == said


def came_from_someone_else(fold: Fold) -> bool:
    """The person said the camera came from someone else: as their reason for coming, or as
    their latest answer to the question."""
    return fold.opening.reason == "second-hand" or latest_is(fold, Answered("second-hand", "yes"))
