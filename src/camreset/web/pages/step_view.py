"""What the step template needs, worked out in Python so the template stays plain.

Timer marks, the moment a wait ends (from the event that started the step, so leaving and
coming back does not restart the clock) and the LED pattern of each answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.detail_words import SUPPORT_NEED_WORDS
from camreset.core.present.detour_steps import LAST_LOOK, not_at_hand
from camreset.core.present.have_items import have_label
from camreset.core.present.in_a_sentence import mid_sentence
from camreset.core.present.opening_answers import BACK_TO_START
from camreset.core.present.other_screen import for_the_other_screen
from camreset.core.present.screen_names import who_did
from camreset.core.present.step import Step
from camreset.core.present.time_words import grew_line, time_left_words
from camreset.core.present.way_back_fold import CHECK_MORE, WAY_BACK_MORE, way_back_lead
from camreset.core.report import support_needs
from camreset.core.report.render import NEED_STATUS
from camreset.core.session import SessionState
from camreset.core.session.events import effective, moves_on
from camreset.web.drawings import Figure, button_figure, light_figure
from camreset.web.pages.leds import LedPattern, Phase


@dataclass(frozen=True)
class TimerMark:
    """A labelled tick on the hold timer's bar (x in 0..100)."""

    x: float
    label: str
    css: str

    @classmethod
    def at(cls, seconds: float, scale: float, css: str) -> TimerMark:
        """The tick at `seconds` on a bar `scale` seconds long, labelled like "12s"."""
        return cls(100 * seconds / scale, f"{seconds:g}s", css)


@dataclass(frozen=True)
class TimerView:
    """The hold timer: seconds, and where they sit on the bar."""

    min: float | None
    recommended: float
    max: float | None
    scale: float
    marks: tuple[TimerMark, ...]


@dataclass(frozen=True)
class WaitView:
    """A wait that ends at a fixed moment."""

    seconds: float
    until: datetime
    left: float

    @property
    def until_ms(self) -> int:
        return int(self.until.timestamp() * 1000)


@dataclass(frozen=True)
class ProgressView:
    """How far along: steps done, and the typical minutes left as a range (never the
    escalation weight). During a wait the range counts down with it: `wait_until_ms` is when
    the wait ends and `wait_left` its seconds still to run when the page was made."""

    step_number: int
    low: int
    high: int
    percent: int
    grew: str | None = None
    wait_left: float = 0.0
    wait_until_ms: int = 0

    before_support: int = 0

    @property
    def words(self) -> str:
        return time_left_words(self.low, self.high, self.before_support)

    @property
    def grew_line(self) -> str:
        return grew_line(self.grew) if self.grew else ""


STEPS_TO_HALF = 12
"""The bar's floor is half full after this many steps (a typical session's length), and
nears but never reaches full: clicked through fast, the time spent says too little."""


def progress_view(state: Any, now: datetime) -> ProgressView:
    """The range of minutes left, counted down by the part of a wait already gone, and the
    share of the expected total time spent (never full before the end)."""
    left = state.progress.time_left
    if state.finished:
        return ProgressView(state.progress.steps_done + 1, 0, 0, 100)
    gone = 0.0
    until_ms = 0
    if left.wait:
        gone = min(left.wait, max(0.0, (now - state.current_since).total_seconds()))
        until = state.current_since + timedelta(seconds=left.wait)
        until_ms = int(until.timestamp() * 1000)
    low = max(0.0, left.low - gone / 60)
    high = max(low, left.high - gone / 60)
    spent = max(0.0, (now - state.started_at).total_seconds() / 60)
    mid = (low + high) / 2
    share = round(100 * spent / (spent + mid)) if spent + mid else 0
    done = state.progress.steps_done
    floor = min(90, round(100 * done / (done + STEPS_TO_HALF)))
    shown_low = max(1, round(low)) if high > 0 else 0
    return ProgressView(
        state.progress.steps_done + 1,
        shown_low,
        max(shown_low, round(high)),
        max(floor, min(90, share)),
        left.grew,
        max(0.0, left.wait - gone),
        until_ms,
        left.before_support,
    )


@dataclass(frozen=True)
class AnswerView:
    """One answer button; `pattern` is the light to animate next to it, `light_row` lays it
    out as a row of a light question (with an empty light where it names no pattern). A
    rhythm's own pattern is only an example ("On and steady" drawn green), so its name is
    not written under the label: "Steady green" would read as "only if it is green"."""

    id: str
    label: str
    pattern: LedPattern | None
    quiet: bool
    light_row: bool = False
    spoken: str = ""
    """Words only a screen reader reads after the label: the light's name where the label
    says "it looks like this" of the one light drawn beside it."""


def timer_view(timer: Any) -> TimerView | None:
    """Marks at min (start watching), recommended (let go) and max (too long)."""
    if timer is None:
        return None
    rec = float(timer.recommended or timer.min or timer.max or 0)
    if rec <= 0:
        return None
    lo = float(timer.min) if timer.min is not None else None
    hi = float(timer.max) if timer.max is not None else None
    scale = max(hi or 0.0, rec) * 1.25
    marks = []
    if lo is not None and lo < rec:
        marks.append(TimerMark.at(lo, scale, "min"))
    marks.append(TimerMark.at(rec, scale, "rec"))
    if hi is not None and hi > rec:
        marks.append(TimerMark.at(hi, scale, "max"))
    # a hold until a sign that must not end before a time (a Tapo C200's 10 s) names that
    # time, not its least: "at least 10 seconds" above a bar labelled "5s" (merge of R8's words)
    until = bool(timer.until) and getattr(timer, "not_before", None) is None
    return TimerView(lo, rec, hi, scale, _apart(marks, until=until))


LABEL_GAP = 14.0
"""How far apart (of the bar's 100) two tick labels must be to be read as two ("10s15s")."""


def _apart(marks: list[TimerMark], *, until: bool = False) -> tuple[TimerMark, ...]:
    """The ticks, with a label only where it does not run into a more important one: the
    let-go time first, then the longest hold, then the least (the cues say all three). A hold
    until a sign has no let-go time: the page says "at least" the least and "stop by" the
    longest, so those come first (web review 56, F11: a "15s" the page never named)."""
    placed: list[float] = []
    keep: dict[str, bool] = {}
    for css in ("min", "max", "rec") if until else ("rec", "max", "min"):
        mark = next((m for m in marks if m.css == css), None)
        if mark is not None and all(abs(mark.x - x) >= LABEL_GAP for x in placed):
            placed.append(mark.x)
            keep[css] = True
    return tuple(m if keep.get(m.css) else replace(m, label="") for m in marks)


def wait_view(seconds: float | None, step_started: datetime, now: datetime) -> WaitView | None:
    """The wait's end, counted from when the step began (not from this page load)."""
    if not seconds:
        return None
    until = step_started + timedelta(seconds=float(seconds))
    return WaitView(float(seconds), until, max(0.0, (until - now).total_seconds()))


def led_pattern(kb: KnowledgeBase, pattern_id: str | None) -> LedPattern | None:
    """A KB pattern as pages draw it (None when the id is unknown)."""
    if not pattern_id or pattern_id not in kb.patterns:
        return None
    pat = kb.patterns[pattern_id]
    phases = tuple(Phase(s.color, s.ms) for s in pat.steps)
    return LedPattern(pat.id, pat.name, phases, pat.motion)


def answer_views(kb: KnowledgeBase, answers: Sequence[Any]) -> list[AnswerView]:
    """Answers in the engine's order, the "not sure" and "can't" ones last and quiet."""
    lit = sum(1 for a in answers if a.pattern)
    views = []
    for a in answers:
        pattern = led_pattern(kb, a.pattern)
        one = lit == 1 and pattern is not None and pattern.name.lower() not in a.label.lower()
        spoken = f" ({pattern.name})" if one and pattern is not None else ""
        views.append(
            AnswerView(
                a.id, a.label, pattern, a.role != "answer", bool(lit) and a.role == "answer", spoken
            )
        )
    return [v for v in views if not v.quiet] + [v for v in views if v.quiet]


FIRST_SCREEN_CHARS = 480
"""About as many characters of notices and explanation as fit above a check's first answer on
a phone's first screen (390x844: some 32 characters a line of 30 px, under the header, the
progress bar, the title and the camera's name)."""
LIGHT_HINT_CHARS = 100
"""The "Look for this light" box, counted as the characters of the lines it takes."""


def text_after_answers(step: Any) -> bool:
    """Whether an attempt's check shows its explanation after its answers: where its notices
    and explanation together would push the first answer off a phone's first screen (phone
    review 60, #16: a Tapo C200's "in setup mode now?" after an early "Done waiting" had its
    first answer at y=934 of 844). The notices stay above: they often say which answer fits."""
    if _last_look(step):
        return True  # its title, question and light hint stand above it already
    if step.kind != "question" or step.ref.kind != "action":
        return False
    hint = LIGHT_HINT_CHARS if step.pattern else 0
    return sum(map(len, step.notices)) + len(step.text) + hint > FIRST_SCREEN_CHARS


def _way_back(step: Any) -> bool:
    """The opening's "own way back in" page, long enough to push its answers a screen down
    (Hikvision's SADP ways); a shorter one (a Tapo's "Which password did you forget?", its
    ways what the question is about) keeps them above."""
    opening = step.ref.kind == "opening" and step.ref.ref == "recovery"
    said = sum(map(len, step.notices)) + len(step.text)
    return bool(opening and said > WAY_BACK_FOLD_CHARS)


WAY_BACK_FOLD_CHARS = FIRST_SCREEN_CHARS * 3 // 2
"""Past this, an "own way back in" page folds its ways after its answers (review 71 E, #6)."""


def more_box(step: Any) -> tuple[str, bool]:
    """The title of the box after the answers, and whether it starts open: a check's "How to
    tell" says which answer fits; the way back in is for whoever takes it."""
    return (WAY_BACK_MORE, False) if _way_back(step) else (CHECK_MORE, True)


def _last_look(step: Any) -> bool:
    return bool(step.ref.kind == "detour" and step.ref.ref == LAST_LOOK)


def text_around_answers(step: Any) -> tuple[str, str]:
    """(what of a check's explanation stays above its answers, what follows them); ("", "")
    where it all stays above. The last look before support always keeps its first paragraph,
    why to look and the check's question, above, and how to tell after its answers: under its
    two-line title, the light to look for and the box that stops the blinking, the first answer
    stood at 879 px of 844 on a Tapo C200 whose words were short of FIRST_SCREEN_CHARS
    (session 68, H #3)."""
    if _way_back(step):
        return way_back_lead(step.text)
    if not text_after_answers(step):
        return "", ""
    if _last_look(step):
        lead, _, rest = step.text.partition("\n\n")
        return (lead, rest) if rest else ("", "")
    return "", step.text


def step_figure(step: Any) -> Figure | None:
    """The pictures of the camera a step needs: where the button is on a step that presses
    it, the status light (showing the pattern asked about) on a step about the light, and
    nothing on the others (a wait, a question about the app)."""
    button = step.timer is not None or any(f.name == "button" for f in step.facts)
    light = step.pattern is not None or any(a.pattern for a in step.answers)
    if step.kind == "outcome" or not (button or light):
        return None
    if not button:
        return light_figure(step.form_factor, step.pattern, step.text)
    return button_figure(step.form_factor, step.place, step.pattern, light=light)


@dataclass(frozen=True)
class AskView:
    """One thing this vendor's support asks for: its words, whether the report has it, and
    the detail field that takes it (None: have it ready, never typed here, or not the
    maker's own ask: what a release needs, badged as no brand's)."""

    label: str
    status: str
    field: str | None
    for_release: bool = False
    note: str | None = None
    elsewhere: bool = False
    """Only a guide not the maker's lists it (review 71 E, #5)."""


def support_asks(kb: KnowledgeBase, state: Any, details: dict[str, str]) -> list[AskView]:
    """What this vendor's support asks for, where the knowledge base sources it, and what a
    request to release it from another account needs."""
    rows, _sources = support_needs(kb, state, details)
    return [
        AskView(
            row.label,
            NEED_STATUS[row.status],
            None if row.for_release else SUPPORT_NEED_WORDS[row.need][1],
            row.for_release,
            row.note,
            row.elsewhere,
        )
        for row in rows
        if row.need in SUPPORT_NEED_WORDS or row.for_release
    ]


def at_hand(state: Any) -> str:
    """What is at hand, in words, or that nobody asked."""
    if not state.have_asked and not state.have:
        return "nothing ticked: a step asks when it needs something"
    app = state.model.app
    have = sorted(state.have - not_at_hand(state.history))  # as the report lists it
    return ", ".join(mid_sentence(have_label(h, app)) for h in have) or "nothing"


def back_to_start(state: Any) -> str | None:
    """The offer of the first question again, on a reset's page after "Skip" (E F7)."""
    return BACK_TO_START if state.skipped_to_the_reset else None


def details_by(state: SessionState) -> str:
    """Who saved the last details, as every screen names them (screen_names.py)."""
    saved = next((e for e in reversed(state.events) if e.type == "details"), None)
    return who_did(saved.data if saved is not None else {})


def worded_for_the_other_screen(state: SessionState) -> Step:
    """The step on screen as a screen that did not give the last answer shows it: its
    notices about that answer name who gave it, not "you" (helpdesk review 67, E #6), as
    every screen names it (screen_names.py)."""
    kept = [e for e in effective(list(state.events)) if moves_on(e)]
    who = who_did(kept[-1].data if kept else {})
    step = state.current
    return replace(step, notices=tuple(for_the_other_screen(n, who) for n in step.notices))
