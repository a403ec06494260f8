"""The answers every step shares: not sure, I can't do this, stop here. One definition, so a
check page built elsewhere offers the same ways on as any other step."""

from __future__ import annotations

from camreset.core.present.network_words import NETWORK_SKIP
from camreset.core.present.step import Answer
from camreset.core.present.words import ANSWER_WORDS, CANT, DONE, NOT_SURE, NOTHING_SEEN, STOP

NOT_SURE_ANSWER = Answer(NOT_SURE, ANSWER_WORDS[NOT_SURE], role="not_sure")
CANT_ANSWER = Answer(CANT, ANSWER_WORDS[CANT], role="cant")
SKIP_QUESTION_ANSWER = Answer(CANT, "Skip this question", role="cant")
"""The way out of a question answered from memory ("how long did you hold it last time?")."""
NETWORK_SKIP_ANSWER = Answer(CANT, NETWORK_SKIP, role="cant")
"""A check camreset can make over the network, skipped by the person."""
STOP_ANSWER = Answer(STOP, ANSWER_WORDS[STOP], role="stop")
WAY_OUTS = (NOT_SURE_ANSWER, CANT_ANSWER)
LET_GO_ANSWER = Answer(DONE, ANSWER_WORDS["let_go"])
NOTHING_SEEN_ANSWER = Answer(NOTHING_SEEN, ANSWER_WORDS[NOTHING_SEEN], role="no_sign")
"""With the quiet answers on a phone, so "Done, I let go" keeps its place on the first screen."""


def hold_answers(unplugged: bool) -> tuple[Answer, ...]:
    """A hold page's: let go, or held with no sign (phone review 59: the commonest failure had
    no answer of its own, only "Done, I let go" or one behind "Not sure"); a hold with the
    power off has no sign to see."""
    return (
        (LET_GO_ANSWER, *WAY_OUTS) if unplugged else (LET_GO_ANSWER, NOTHING_SEEN_ANSWER, *WAY_OUTS)
    )


STILL_RESTARTING = "still-restarting"
STILL_RESTARTING_ANSWER = Answer(STILL_RESTARTING, "Not yet: it is still restarting", role="wait")
"""On a check right after a restart's wait: back to the wait, not a "no" (a reviewer who went
on 3 s into a 3-minute restart could only answer "No", and the attempt counted as failed)."""
WAITING_FOR_THE_RESTART = "still restarting: waiting again"
"""What that answer did, in the history and the report."""


def with_still_restarting(answers: tuple[Answer, ...]) -> tuple[Answer, ...]:
    """A check's answers with "Not yet: it is still restarting" before its ways out."""
    at = next((i for i, a in enumerate(answers) if a.role != "answer"), len(answers))
    return (*answers[:at], STILL_RESTARTING_ANSWER, *answers[at:])
