"""Honest time: the typical minutes left for this person, as a range (issue 11, point 7).

The engine weighs sending a camera to support as 75 minutes, so its expected cost is not a
time to show anyone. This estimate follows the engine's own order of attempts (most likely to
work per minute first, updated after each assumed failure) only as far as the engine would go
before support, and counts the knowledge base's minutes of each attempt — never the
escalation weight, never the effort weight. Low: the minutes if the step under way (or the
next attempt) works. High: the minutes by which eight in ten people in this state are done at
home (read within an attempt, in proportion to its chance: a small change moves it a little).
While the camera is still to be reset, adding it again is counted too. A wait counts its own
seconds, so a page can count the estimate down as the wait runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from camreset.core.engine.compiled import Masses
from camreset.core.engine.policy import joint_masses
from camreset.core.guide.plan import CameraPlan, PhasePlan
from camreset.core.kb.troubleshooting import Phase, WaitFor
from camreset.core.present.holds import BOOT_FALLBACK, REBOOT_FALLBACK
from camreset.core.session.detours import offline_now
from camreset.core.session.fold import Fold

MOST = 0.8
"""The share of people at home the upper end covers."""
OPENING_MINUTES = 1.0
NOTICEABLE_MINUTES, NOTICEABLE_SHARE = 3, 0.2
"""How much further a range must reach to be called longer: a minute more read as bad news."""
PAGE_MINUTES = 0.3
"""The least a page without a wait takes: reading it and tapping an answer."""


@dataclass(frozen=True)
class TimeLeft:
    """Minutes left: `low` if the step under way works, `high` for most people; `wait` is
    the current wait's seconds included in both (a page counts those down)."""

    low: float
    high: float
    wait: float = 0.0
    grew: str | None = None
    """Why it is longer than at the step before (None: it is not)."""
    before_support: int = 0
    """Where nothing at home is worth trying after the pages before support (an item asked
    for, a last look, a question that may open another way): those pages, this one included,
    when each is answered as before (`time_shown.pages_before_support`); 0 otherwise. The
    range is theirs."""

    @property
    def support_next(self) -> bool:
        return self.before_support > 0

    def rounded(self) -> tuple[int, int]:
        low = max(1, round(self.low)) if self.high > 0 else 0
        return low, max(low, round(self.high))

    def longer_than(self, was: TimeLeft) -> bool:
        """Whether a page may say "longer than before": its shown range reaches further than
        the one shown before with its start no sooner, or sits later as a whole (7–26 then
        15–25; not 12–36 then 14–22; not "about 20" then 5–33, only less sure: phone review
        60, #18), and both show a range (nothing shown is not shorter)."""
        if self.high <= 0 or was.high <= 0:
            return False
        (low, high), (was_low, was_high) = self.rounded(), was.rounded()
        enough = max(NOTICEABLE_MINUTES, NOTICEABLE_SHARE * was_high)
        further = high - was_high >= enough and low >= was_low
        return further or (low + high) - (was_low + was_high) >= enough


def wait_seconds(plan: CameraPlan, action: str, stage: int) -> float:
    """The seconds page `stage` of `action` waits (0 for a page that does not wait)."""
    page = plan.actions[action].steps[stage]
    model = plan.model
    if page.wait is WaitFor.boot:
        return model.seconds("boot_seconds") or BOOT_FALLBACK
    if page.wait is WaitFor.reboot:
        return model.seconds("reboot_seconds") or REBOOT_FALLBACK
    return (page.seconds or 0.0) if page.wait is WaitFor.fixed else 0.0


def pages_minutes(plan: CameraPlan, action: str, stage: int = 0) -> float:
    """Minutes of an attempt from page `stage` on: its waits as they are, the rest of the
    knowledge base's minutes shared among its other pages."""
    pages = plan.actions[action].steps
    waits = [wait_seconds(plan, action, i) / 60 for i in range(len(pages))]
    others = sum(1 for w in waits if w == 0) or 1
    each = max(PAGE_MINUTES, (plan.actions[action].minutes - sum(waits)) / others)
    return sum(w or each for w in waits[stage:])


def _sequence(
    phase: PhasePlan, m: Masses, allowed: frozenset[str], first: float = 0.0
) -> list[tuple[float, float]]:
    """(minutes spent when it works, chance it works there) along the engine's order."""
    c = phase.engine.compiled
    masses, total = list(m), sum(m)
    if total <= 0:
        return []
    left, spent, minutes = sum(masses), 0.0, first
    out: list[tuple[float, float]] = []
    best, best_len = (c.service or 0.0) * left, 0
    todo = [i for i, a in enumerate(c.action_ids) if a in allowed]
    while todo:
        a = max(todo, key=lambda i: (c.fix_mass(masses, i) * c.per_cost[i], -i))
        fixed = c.fix_mass(masses, a)
        if fixed <= 0:
            break
        todo.remove(a)
        spent += float(c.action_cost[a]) * left
        minutes += phase.actions[c.action_ids[a]].minutes
        masses = c.after_failure(masses, a)
        left -= fixed
        out.append((minutes, float(fixed / total)))
        if c.service is None or spent + c.service * left < best:
            best, best_len = spent + (c.service or 0.0) * left, len(out)
    return out[:best_len] if c.service is not None else out


def range_of(steps: list[tuple[float, float]], floor: float) -> tuple[float, float]:
    """(low, high) minutes from (minutes, chance) along a sequence. The share `MOST` is
    reached partway through an attempt's minutes, in proportion to its chance: read at the
    attempt's end, a shift of one percent in what is likely moved the upper end by a whole
    attempt (a seller's Arlo read 7–13, then 7–33 after "it is off my account")."""
    if not steps:
        return floor, floor
    home = sum(p for _, p in steps)
    low = steps[0][0]
    reach, high, before = 0.0, steps[-1][0], low
    for minutes, p in steps:
        if home > 0 and p > 0 and reach + p >= MOST * home:
            high = before + (MOST * home - reach) / p * (minutes - before)
            break
        reach, before = reach + p, minutes
    return low, max(low, high)


def _allowed(plan: CameraPlan, fold: Fold, phase: Phase, fresh: bool) -> frozenset[str]:
    excluded = frozenset() if fresh else fold.ruled_out | offline_now(plan, fold)
    return plan.phases[phase].allowed_actions(fold.available, excluded)


def _after_question(
    plan: CameraPlan, fold: Fold, question: str, m: Masses, allowed: frozenset[str]
) -> list[tuple[float, float]]:
    """(minutes, chance) over every answer to the question the engine asks now, each weighed
    by how likely that answer is: the order of attempts depends on the answer (a camera on a
    network cable is never sent to an outlet), so one order alone made the range jump from
    one answer to the next (a terminal reviewer saw 13–48, then 36–41, then 14–27)."""
    spec = plan.phases[fold.phase]
    c = spec.engine.compiled
    q, total = c.question_ids.index(question), sum(m)
    powers = {a.id for a in plan.questions[question].answers if a.power}
    mixed: list[tuple[float, float]] = []
    for r, (answer, _) in enumerate(c.answers[q]):
        given = c.after_answer(m, q, r)
        share = float(sum(given) / total)
        if share <= 0:
            continue
        after_allowed = allowed
        if answer in powers:  # "a network cable": no outlet attempts from then on
            after = Fold.copy(fold)
            after.question(plan, question, answer)
            after_allowed = _allowed(plan, after, fold.phase, fresh=False)
        mixed += [(minutes, p * share) for minutes, p in _sequence(spec, given, after_allowed)]
    return sorted(mixed, key=lambda step: step[0])


def _phase_range(
    plan: CameraPlan, fold: Fold, phase: Phase, fresh: bool, asking: str | None = None
) -> tuple[float, float] | None:
    """The range for one phase, as it stands (or from its start when `fresh`; after the
    answer to `asking`, the question the engine asks now); None when the engine would send
    the person to support next."""
    spec = plan.phases[phase]
    m = joint_masses(spec.engine, [] if fresh else fold.evidence)
    allowed = _allowed(plan, fold, phase, fresh)
    if not fresh and fold.running is not None and fold.running[0] in spec.actions:
        action, stage = fold.running
        c = spec.engine.compiled
        index = c.action_ids.index(action)
        first = pages_minutes(plan, action, stage)
        if fold.confirmed == (action, stage - 1):  # a check of it said yes: only its last look
            return first, first
        works = float(c.fix_mass(m, index) / sum(m)) if sum(m) > 0 else 0.0
        rest = _sequence(spec, c.after_failure(m, index), allowed - {action}, first)
        return range_of([(first, works), *((t, p * (1 - works)) for t, p in rest)], first)
    if asking in spec.questions and not fresh and sum(m) > 0:
        steps = _after_question(plan, fold, asking, m, allowed)
    else:
        steps = _sequence(spec, m, allowed)
    return range_of(steps, 0.0) if steps else None


def fresh_setup(plan: CameraPlan, fold: Fold) -> tuple[float, float] | None:
    """The range for adding the camera again from the start. It depends only on the camera
    and on what is at hand, so a caller may keep it (`Guide` does, per camera and items)."""
    return _phase_range(plan, fold, Phase.setup, fresh=True)


def time_left(
    plan: CameraPlan,
    fold: Fold,
    setup: Callable[[CameraPlan, Fold], tuple[float, float] | None] = fresh_setup,
    asking: str | None = None,
) -> TimeLeft:
    """The minutes left for a session whose answers so far gave `fold` (`setup`: how the
    range for adding it again from the start is found; `asking`: the engine's question on
    screen, whose answer decides the order of attempts)."""
    if fold.outcome is not None or fold.done:
        return TimeLeft(0.0, 0.0)
    extra = 0.0 if fold.opening.done else OPENING_MINUTES
    here = _phase_range(plan, fold, fold.phase, fresh=False, asking=asking)
    if here is None:  # a page is still on screen: "0 min left" on it read as if nothing was
        page = extra + PAGE_MINUTES
        return TimeLeft(page, page, before_support=1)  # how many: `time_shown` counts
    low, high = here
    if fold.phase is Phase.reset and not fold.reset_only:
        s_low, s_high = setup(plan, fold) or (0.0, 0.0)
        low, high = low + s_low, high + s_high
    wait = 0.0
    if fold.running is not None and fold.detour is None:
        wait = wait_seconds(plan, *fold.running)
    return TimeLeft(low + extra, high + extra, wait)
