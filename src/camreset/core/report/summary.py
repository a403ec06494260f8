"""The report's one-line summary, under its outcome: what a support agent reads first.

An agent read the outcome, then had to count 25 steps and find the holds in them to know
what had been tried (report review 68). The line says it in one go, in every format (text,
Markdown, the page, JSON's `summary`, the terminal), and only from what the session logged:
how many steps were answered, the holds asked for and those the timer measured, and the
likeliest cause the report itself lists. Nothing is guessed: no hold timed is "none timed",
never a length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.present.number_words import clock, percent
from camreset.core.report.steps import ReportStep
from camreset.core.session.causes import NO_FAULT

if TYPE_CHECKING:  # the model builds its summary with this: no import back at run time
    from camreset.core.report.model import Report


def summary_line(report: Report, in_part: str | None = None) -> str:
    """ "25 steps answered; 3 holds, 2 timed (longest 32 s); likeliest now: the reset button
    is broken (13%)"; `in_part`: what the latest reset, only in part, left on the camera ("reset
    only in part: the camera still has its old admin password"), said after the holds."""
    answered = sum(1 for s in report.steps if s.answer_id is not None)
    parts = [_count(answered, "step") + " answered" if answered else "no step answered yet"]
    if holds := _holds(report.steps):
        parts.append(holds)
    if in_part:  # why a new password fails, before any cause (session 70)
        parts.append(in_part)
    if report.weighs_causes and not report.nothing_failed and report.still_likely:
        first = report.still_likely[0]
        if first.id in NO_FAULT:  # no cause: what stands now, and the engine's belief in it
            parts.append(
                NOT_ADDED_YET.format(p=percent(first.probability), e="else " if in_part else "")
            )
        else:
            parts.append(
                f"likeliest now: {_in_a_sentence(first.name)} ({percent(first.probability)})"
            )
    if report.to_router:  # the end's own next step, before any support (review 69, N #6)
        parts.append(ROUTER_NEXT)
    return "; ".join(parts)


NOT_ADDED_YET = "not added again yet: most likely ({p}) nothing {e}stands in the way"
"""Where the engine's likeliest is no cause ("Nothing stands in the way; it only has to be
added"): a reset only in part read "reset only in part: the camera still has its old admin
password; likeliest now: nothing stands in the way; it only has to be added (57%)", a cause
named and denied in one line (session 70 left over). The same belief, said as where the
camera stands; "nothing else" after a reset only in part, whose kept password is said first."""
ROUTER_NEXT = "next: a 2.4 GHz network of its own on the router (a router setting)"


def _holds(steps: list[ReportStep]) -> str | None:
    """The holds asked for (a hold page answered, or one the timer measured) and those timed:
    "3 holds, none timed", "2 holds timed (longest 32 s)", "1 hold timed (12 s)"."""
    asked = [s for s in steps if s.told is not None or s.held is not None]
    timed = [s.held for s in steps if s.held is not None]
    if not asked:
        return None
    if not timed:
        return f"{_count(len(asked), 'hold')}, none timed"
    longest = f"longest {clock(max(timed))}" if len(timed) > 1 else clock(timed[0])
    if len(timed) == len(asked):
        return f"{_count(len(timed), 'hold')} timed ({longest})"
    return f"{_count(len(asked), 'hold')}, {len(timed)} timed ({longest})"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _in_a_sentence(name: str) -> str:
    """A cause's name after "likeliest now:": "Button released too early" reads "button
    released too early", "A temporary fault …" reads "a temporary fault …" (it read "likeliest
    now: A temporary fault": review 75 G); a name that opens on a short form keeps it ("PoE
    switch …")."""
    if len(name) > 1 and name[0].isupper() and (name[1].islower() or name[:2] == "A "):
        return name[0].lower() + name[1:]
    return name
