"""One step as the terminal shows it: what to do, the facts behind it, why, and the answers.

Plain Rich `Text` throughout (never markup), because step text comes from the knowledge base
and may contain brackets. Every style is a theme name (wizard/theme.py).
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from camreset.cli.wizard.fact_block import (
    behind_w,
    fact_lines,
    group_lines,
    held_back,
    shown_groups,
)
from camreset.cli.wizard.key_list import WHY_KEY
from camreset.cli.wizard.keys_line import key_hints
from camreset.cli.wizard.led_view import pattern_of, swatch
from camreset.cli.wizard.trimmed import Trimmed
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.fact_groups import FactGroup
from camreset.core.present.feedback_words import feedback_question
from camreset.core.present.more_ways import more_ways_on_key
from camreset.core.present.term_words import apart
from camreset.core.present.time_words import grew_line, time_left_words
from camreset.core.present.timer_words import timer_words
from camreset.core.session import Answer, Step
from camreset.core.session.estimate import TimeLeft
from camreset.core.session.flow import ENDINGS

OUTCOME_STYLES = {
    "done": "outcome.done",
    "handed-over": "outcome.done",
    "reset-for-sale": "outcome.done",
    "not-needed": "outcome.done",
    "escalate": "outcome.escalated",
    "escalate-untried": "outcome.escalated",
    "escalate-after-reset": "outcome.escalated",
    "escalate-dark": "outcome.escalated",
    "escalate-account": "outcome.escalated",
    "escalate-provider": "outcome.escalated",
    "escalate-router": "outcome.escalated",
    "no-reset": "outcome.escalated",
    "stopped": "outcome.escalated",
}


def answer_table(kb: KnowledgeBase, answers: tuple[Answer, ...], *, color: bool) -> Table:
    """Numbered answers; a long label wraps under itself, not under its number."""
    table = Table.grid(padding=(0, 1, 0, 0))
    table.add_column(justify="right", style="answer.key", no_wrap=True)
    table.add_column()
    for number, answer in enumerate(answers, 1):
        label = Text(answer.label)
        pattern = pattern_of(kb, answer.pattern)
        if pattern is not None and answer.label.casefold() == pattern.name.casefold():
            label.append_text(swatch(kb, pattern, color=color, named=False))
        elif pattern is not None and pattern.name.casefold().startswith(answer.label.casefold()):
            label = swatch(kb, pattern, color=color)  # "On and steady, any colour": said once
        elif pattern is not None:
            label.append(" — ").append_text(swatch(kb, pattern, color=color))
        table.add_row(f"{number}.", label)
    return table


def why_text(step: Step) -> Text | None:
    """ "Why this step: …" (None: an end, or a later page of an attempt, which says none)."""
    why = step.why
    if why is None or step.kind == "outcome" or why.carried:
        return None
    text = Text("Why this step: ", style="why.title")
    text.append(" ".join(p for p in (why.summary, why.effect) if p), style="why.text")
    return text


def folded_text(step: Step, again: tuple[FactGroup, ...] = ()) -> Trimmed | None:
    """What w prints under the answers: the reason, then each fact whose sources' claims a
    tall page folded, in full, and each list the page shows part of, then the sources the
    page before showed (`again`); None: nothing is folded behind w."""
    why, held = why_text(step), held_back(step)
    if why is None and not again and not held:
        return None
    disputed: list[RenderableType] = []
    disputed += [fact_lines(f, step.text) for f in step.facts if f.disputed] if why else []
    disputed += [group_lines(g, step.text) for g in held]  # a page's ways back in have no why
    disputed += [group_lines(g, step.text) for g in again]
    first = [why] if why is not None else []
    return Trimmed(Group(*first, *(p for card in disputed for p in (Text(""), card))))


def _number(group: FactGroup, said: tuple[tuple[FactGroup, int], ...]) -> int | None:
    """The number of the page that printed `group` whole, if it is among `said`."""
    return next((n for g, n in said if g == group), None)


def pointer(label: str, number: int) -> Text:
    """One line in place of a source block the page before printed whole."""
    said = f"as on step {number} above ({WHY_KEY} shows it again)"
    return Text.assemble((f"{label}: ", "fact.label"), (said, "fact.meta"))


def terms_text(step: Step, kind: str = "terms") -> Text | None:
    """What e prints under the answers: the page's terms in plain words (the web has them in
    its "How, step by step" box); None: another key, or no term on the page."""
    said = apart(step.text)[1] if kind == "terms" else None
    return None if said is None else Text(said)


def time_words(left: TimeLeft | None) -> str:
    """ "about 6–14 min left" (a range, never the escalation weight); "" when nothing is left."""
    if left is None:
        return ""
    return time_left_words(*left.rounded(), left.before_support)


@dataclass(frozen=True)
class Heading:
    """A step's number and time left, on a rule; the words alone on a terminal that cannot
    redraw (`TERM=dumb`, what a screen reader's user is told to use), where the rule was
    read out as 50 to 73 "box drawings light horizontal" before every step (accessibility
    review 68, #3)."""

    words: Text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.words if console.is_dumb_terminal else Rule(self.words, align="left")


@dataclass(frozen=True, eq=False)
class StepView:
    """Renders a step; `number` counts steps shown so far, `can_undo` adds the `u` key."""

    kb: KnowledgeBase
    step: Step
    _: KW_ONLY
    number: int
    time_left: TimeLeft | None = None
    can_undo: bool = False
    to_start: bool = False
    """After "Skip", the `s` key: every answer back, to the first question (E F7)."""
    found: bool = False
    """A session started without its model: the `m` key says it was found on the label."""
    undo: str | None = None
    """What `u` takes back where it is the model found (`undo_takes`), beside it."""
    said_before: tuple[tuple[FactGroup, int], ...] = ()
    """The sources printed whole on the page just before, with that page's number: the same
    block here is one line pointing at it, and w shows it again (a Hikvision's "Reset button"
    block was printed on "Cut its power" and again, whole, on the hold after it: technician
    review 74, G #10a)."""
    usual: str | None = None
    """A generic camera's "This step is usual for cameras of this shape, …", under the title."""
    why_folded: list[bool] = field(default_factory=list, compare=False)
    """Whether the page printed offered `w` (set as it is drawn), so the help after a line
    not understood offers the keys the keys line did (merged-diff review N F13)."""

    def again(self) -> tuple[tuple[FactGroup, int], ...]:
        """This page's source blocks that the page before printed whole, with its number."""
        return tuple(
            (g, said[1])
            for g, more in shown_groups(self.step)
            if not more and (said := next((s for s in self.said_before if s[0] == g), None))
        )

    def said(self) -> tuple[tuple[FactGroup, int], ...]:
        """The source blocks this page gives whole or points at, with where each was printed
        whole: for the page after it (`said_before`)."""
        return tuple(
            (g, _number(g, self.again()) or self.number)
            for g, more in shown_groups(self.step)
            if not more
        )

    def again_words(self) -> str:
        """The labels w shows again ("Reset button"), for the keys line and the help."""
        return ", ".join(g.label for g, _ in self.again())

    def more_words(self) -> str:
        """What w shows of this page's lists where it has no "why" to show ("more ways"),
        for the keys line and the help; "" where w says why, or shows nothing more."""
        return "" if self.why_folded and self.why_folded[0] else behind_w(self.step)

    def _head(self) -> RenderableType:
        label = "Result" if self.step.kind == "outcome" else f"Step {self.number}"
        left = time_words(self.time_left)
        if self.step.kind != "outcome" and left:
            label += f" · {left}"
        return Heading(Text(label, style="step.number"))

    def _body(
        self, color: bool, *, facts_first: bool = False, folded: bool = False
    ) -> tuple[list[RenderableType], list[RenderableType]]:
        """The step above its answers, as (the sources when they go first, the rest):
        `facts_first` puts the sources above the step's number, notices and title, so what to
        do stays nearest the prompt (always so for a hold)."""
        step = self.step
        title_style = "step.title"
        if step.ref.kind == "outcome":
            title_style = OUTCOME_STYLES.get(step.ref.ref, title_style)
        parts: list[RenderableType] = []
        if self.time_left is not None and self.time_left.grew and step.kind != "outcome":
            parts.append(Text(grew_line(self.time_left.grew), style="step.hint"))
        for said in step.notices:  # each its own paragraph: several ran into one another
            parts += [Text(said, style="notice"), Text("")]
        if parts and not step.notices:  # the grown-time line, apart from the step
            parts.append(Text(""))
        again = self.again()
        facts = [
            pointer(g.label, page)
            if (page := _number(g, again))
            else group_lines(g, step.text, folded=folded, more=n)
            for g, n in shown_groups(step)
        ]
        lead: list[RenderableType] = []
        if (facts_first or step.timer is not None) and facts:  # the sources first, what to
            lead = [*facts, Text("")]  # do nearest the prompt: at 80×24 a hold's disagreeing
            facts = []  # sources pushed its title and plan off the screen (terminal review 39),
            # and above them its number and notices too (review 50)
        parts.append(Text(step.title, style=title_style))
        if self.usual:  # as the web says it beside the camera's name (review 76 G, #5)
            parts.append(Text(self.usual, style="step.hint"))
        parts.append(Text(""))
        shown = apart(step.text)[0]  # the makers' terms in plain words wait for their key
        shown = more_ways_on_key(shown, WHY_KEY)  # and the rest of the ways back in for w
        parts += [Text(p.strip()) for p in shown.split("\n\n") if p.strip()]
        if step.timer is not None:
            parts.append(Text(timer_words(step.timer).plan, style="step.hint"))
        if step.unplugged:
            parts.append(Text("The camera stays unplugged during this step.", style="step.hint"))
        if step.explains is not None:  # what the word asked about means (review 63, #12)
            parts.append(Text(" ".join(step.explains), style="step.hint"))
        has_button_fact = any(f.name == "button" for f in step.facts)
        if step.button_hint and step.timer is not None and not has_button_fact:
            parts.append(Text(f"Button: {step.button_hint}", style="step.hint"))
        pattern = pattern_of(self.kb, step.pattern)
        if pattern is not None and step.kind != "outcome":
            look = "While you hold, the light should show: " if step.timer else "Look for: "
            parts.append(Text(look).append_text(swatch(self.kb, pattern, color=color)))
        if facts:
            parts += [Text(""), *facts]
        return lead, parts

    def _why(self) -> list[RenderableType]:
        text = why_text(self.step)
        return [] if text is None else [Text(""), text]

    def _answers(self, color: bool, *, why_folded: bool = False) -> list[RenderableType]:
        lines: list[RenderableType] = [Text("")]
        if self.step.kind == "outcome":
            outcome = ENDINGS.get(self.step.ref.ref, "escalated")
            question = feedback_question(outcome, self.step.ref.ref)
            lines.append(Text(question, style="step.title"))
        lines.append(answer_table(self.kb, self.step.answers, color=color))
        held = bool(held_back(self.step))  # w shows the rest of a list, with why if any
        why_folded = why_folded or (held and why_text(self.step) is not None)
        self.why_folded[:] = [why_folded]  # the last page built is the one shown
        hints = key_hints(
            self.step,
            self.can_undo,
            undo=self.undo,
            again=self.again_words(),
            more=self.more_words(),
            why_folded=why_folded,
            to_start=self.to_start,
            found=self.found,
        )
        lines.append(hints)
        return lines

    def _title_again(self, console: Console, options: ConsoleOptions, shown: Group) -> bool:
        """Whether the step from its title down (`shown`) and the prompt under it are taller
        than the screen, so the title has scrolled off by the time the answers show:
        Hikvision's twelve ways back in took 60 lines at 80×24, and the answers stood under
        no question (technician review 40, 14)."""
        height = console.height if options.height is None else options.height
        return len(console.render_lines(shown, options.update(height=None))) + 1 > height

    def _taller(self, console: Console, options: ConsoleOptions, page: Group) -> bool:
        """Whether the whole page and the prompt under it are taller than the screen."""
        height = console.height if options.height is None else options.height
        return len(console.render_lines(page, options.update(height=None))) + 1 > height

    def _from_title(self, body: list[RenderableType], answers: list[RenderableType]) -> Group:
        """The step from its title down to its answers (a hold's sources go above the title)."""
        at = next(
            i for i, p in enumerate(body) if isinstance(p, Text) and p.plain == self.step.title
        )
        return Group(*body[at:], *answers)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        color = console.color_system is not None and not console.no_color
        lead, step = self._body(color)
        why, answers = self._why(), self._answers(color)
        body = [*step, *why]
        taller = self._title_again(console, options, self._from_title(body, answers))
        if taller and self.step.kind != "outcome" and self.step.facts:
            # its sources first: at 80×24 Hikvision's eleven ways back in pushed "the code
            # lasts 24 or 48 hours" off the screen above them (installer review 44)
            lead, step = self._body(color, facts_first=True)
            body = [*step, *why]
            taller = self._title_again(console, options, self._from_title(body, answers))
        if why and self._taller(console, options, Group(*lead, self._head(), *body, *answers)):
            # "Why this step" waits for w, as the web folds it: at 80×24 a Tapo C420's "Get
            # ready" took 29 lines with its sources above, and its number and the sources'
            # first lines scrolled off (phone review 64, F10)
            body, answers = step, self._answers(color, why_folded=True)
            if self._taller(console, options, Group(*lead, self._head(), *body, *answers)):
                # and so do the sources' claims, one line left of them: the no-hub notice
                # still made it 30 lines (session-65 diff review, H #3)
                lead, body = self._body(color, facts_first=bool(lead), folded=True)
            taller = self._title_again(console, options, self._from_title(body, answers))
        if self.step.kind != "outcome" and taller:
            answers = [Text(""), Text(self.step.title, style="step.title"), *answers[1:]]
        if lead:
            yield Trimmed(Group(*lead))
        yield self._head()
        yield Trimmed(Group(*body, *answers))  # no line ends in spaces (review 71, I #13)
