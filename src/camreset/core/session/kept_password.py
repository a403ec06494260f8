"""What a reset only in part left on the camera, on the pages after going on with it.

A Tapo C200 held 7 s, whose "It reacted: go on, with it reset only in part" was taken (a
source found that letting go at 5 s keeps its local admin password), was next told "Let the
camera restart", then "Add it again … (and a new password, if it asks for one)": nothing said
that the camera still had its old admin password, so a login with a new one failed and the
person did not know why (session 70, left over from review 69, N #2). The page right after
going on, the pages that add it again and ask what went wrong there, and the report now say
so, with what the source found, and what to do if they do not know that password: the full
reset. Words only: which step comes next is as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.troubleshooting import Capability
from camreset.core.kb.values import ResetWindow
from camreset.core.present.detour_steps import SHORT_HOLD
from camreset.core.present.holds import in_part_windows, long_hold, window_end
from camreset.core.present.short_hold import WENT_ON_IN_PART, in_part_words
from camreset.core.session import detours

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.present.step import Step
    from camreset.core.session.state import HistoryEntry, SessionFold

FULL_RESET = "full-reset"
ADD_TROUBLE = "add-trouble"
ASKS_PASSWORD = "asks-password"

KEPT_PASSWORD_NOTICE = (
    "You went on with a reset only in part, so the camera still has its old admin password. "
    "{found}. If it asks for that password and you do not know it, it needs the full reset, a "
    "hold for the whole {long} seconds: answer “{asks}” when asked what went wrong."
)
"""Above the pages after going on with a reset that keeps the admin password."""
IN_PART_NOTICE = "You went on with a reset only in part. {found}."
"""The same where the source says what else it keeps, not the password (a Tapo C110)."""
KEPT_PASSWORD_SUMMARY = "reset only in part: the camera still has its old admin password"
"""The report's summary, in the same case (core/report/summary.py)."""
KEPT_PASSWORD_NEXT = (
    " (if it asks for that password and it is not known: the full reset, a {long} s hold)"
)
"""After it, where the plan has the full reset: what support would tell them next."""


def reset_in_part(plan: CameraPlan, fold: SessionFold) -> tuple[ResetWindow, float] | None:
    """The window a source found resets the camera only in part, and the time the page asked
    to hold to, where the latest reset in the session went on after a hold let go within it:
    "go on" on its short-hold page, or a hold timed after its page was answered (the other
    screen's "Done") short of that time. None where a later reset was done otherwise."""
    for entry in reversed(fold.history):
        ref = entry.ref
        if ref.kind == "detour" and ref.ref == SHORT_HOLD and ref.subject is not None:
            if entry.result != WENT_ON_IN_PART:
                return None  # held again
            return _window(plan, fold, ref.subject, ref.stage)
        if ref.kind != "action" or ref.ref not in plan.actions:
            continue
        spec = plan.actions[ref.ref]
        page = spec.steps[ref.stage]
        if page.hold is not None and not page.unplugged:
            found = _window(plan, fold, ref.ref, ref.stage)
            short = entry.held is not None and found is not None and entry.held < found[1]
            return found if short else None
        if page.remote or (Capability.app_reset in spec.needs and page.do is not None):
            return None  # a reset sent from the app, its web page or camreset
    return None


def _window(
    plan: CameraPlan, fold: SessionFold, action: str, stage: int
) -> tuple[ResetWindow, float] | None:
    """The in-part window before the time page `stage` of `action` says not to let go before."""
    least = detours.not_before(plan, action, stage, fold.rules)
    window = next((w for w in in_part_windows(plan.model) if window_end(w) < least), None)
    return None if window is None or not least else (window, least)


def in_part_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """ "You went on with a reset only in part, so the camera still has its old admin
    password …": on the page right after going on, and on those about adding it again."""
    last = fold.history[-1] if fold.history else None
    if last is None or not (_just_after(last) or _adding(plan, step)):
        return None
    found = reset_in_part(plan, fold)
    if found is None:
        return None
    window, least = found
    said = in_part_words(plan.model, least) or ""
    if not window.keeps_password:
        return IN_PART_NOTICE.format(found=said)
    asks = _asks_password(plan)
    long = f"{long_hold(plan.model.hold):g}"
    notice = KEPT_PASSWORD_NOTICE.format(found=said, asks=asks, long=long)
    if asks is None or FULL_RESET not in plan.actions:  # no full reset to send them to
        notice = notice.split(" If it asks")[0]
    return notice


def _asks_password(plan: CameraPlan) -> str | None:
    """ "It asks for a password I don't have", as the question after a failed add words it."""
    question = plan.questions.get(ADD_TROUBLE)
    answers = question.answers if question is not None else ()
    return next((a.label for a in answers if a.id == ASKS_PASSWORD), None)


def kept_summary(plan: CameraPlan, fold: SessionFold) -> str | None:
    """The report's words for it, where the camera kept its admin password."""
    found = reset_in_part(plan, fold)
    if found is None or not found[0].keeps_password:
        return None
    if _asks_password(plan) is None or FULL_RESET not in plan.actions:
        return KEPT_PASSWORD_SUMMARY
    return KEPT_PASSWORD_SUMMARY + KEPT_PASSWORD_NEXT.format(long=f"{long_hold(plan.model.hold):g}")


def _just_after(last: HistoryEntry) -> bool:
    """The last answer went on with the reset in part ("go on" on the short-hold page; a hold
    timed short after the other screen's "Done" has its own notice: cut_short.py)."""
    return last.ref.kind == "detour" and last.result == WENT_ON_IN_PART


def _adding(plan: CameraPlan, step: Step) -> bool:
    """A page that adds the camera again, or asks what went wrong when it was added."""
    if step.ref.kind == "question":
        return step.ref.ref == ADD_TROUBLE
    if step.ref.kind != "action" or step.ref.ref not in plan.actions:
        return False
    return "{add.how}" in (plan.actions[step.ref.ref].steps[step.ref.stage].do or "")
