"""Light answers people can match: the camera's own patterns, told apart by rhythm and words.

A question about the status light is answered by rhythm (steady, blinking, off) because that
is what its causes predict. People, though, see a colour and a rhythm: so beside each rhythm
the line's own patterns of that rhythm are offered ("Red blinking"), each counting as
that rhythm, then the rhythm in general ("Blinking in another way"), and "I can't see a light
on this camera", which counts as not answering. The engine sees the same answers as before.

After "I can't see a light", every later page that goes by the light says to go by the time
and the other signs instead, and a hold until the light changes becomes a hold for the time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.places import fact_places
from camreset.core.kb.schema import Pattern
from camreset.core.kb.troubleshooting import AnswerSpec, Rhythm
from camreset.core.kb.values import Hold
from camreset.core.present.hold_disagreement import retimed
from camreset.core.present.holds import timer_of
from camreset.core.present.number_words import number
from camreset.core.present.said_notices import NO_LIGHT_HOLD, NO_LIGHT_NOTICE, SIGN_SHOWING_HOLD
from camreset.core.present.step import Answer, Step, Timer
from camreset.core.present.words import CANT, NO_LIGHT, OTHER_RHYTHM

NO_LIGHT_ID = "no-light"
SEP = ":"
"""Between an answer and the pattern it was chosen by: `blinking:blink-red`."""
_LIGHT = re.compile(r"\blight\b", re.I)
_AT_LEAST = re.compile(r"\bfor at least \d+(?:\.\d+)? seconds\b")
"""A hold page's "keep holding for at least 10 seconds", which a hold timed by the clock
says as its one time: "at least 10" beside "hold for 15 seconds, then let go" was a second
rule (phone review 73, F #11)."""
_OTHER_LIGHT = re.compile(r"\b(?:port|switch|injector)(?:'s)? light\b|\bits light comes on\b", re.I)
"""A light that is not the camera's: a PoE port's ("a port that powers other devices (its
light comes on)"), which someone who cannot see the camera's light may well see."""


RENAMED_PATTERNS = {"blink-amber": "blink-yellow"}
"""Patterns a line's facts once named by another: Wyze's light was offered as "Amber
blinking" until KB audit 63 (Wyze's page says yellow). A saved session's answer
`blinking:blink-amber` on a page that now offers `blinking:blink-yellow` is that light."""


def renamed_light(step: Step, answer: str) -> str:
    """A logged light answer under the name its page now gives the same light; else as is."""
    rhythm_id, sep, pattern = answer.partition(SEP)
    now = RENAMED_PATTERNS.get(pattern) if sep else None
    if now is None or step.offers(answer) or not step.offers(f"{rhythm_id}{SEP}{now}"):
        return answer
    return f"{rhythm_id}{SEP}{now}"


def rhythm(pattern: Pattern) -> Rhythm:
    """Off when every phase is off; steady when it keeps one colour; else blinking."""
    colours = {step.color for step in pattern.steps}
    if colours == {"off"}:
        return Rhythm.off
    return Rhythm.steady if len(colours) == 1 else Rhythm.blinking


def line_patterns(kb: KnowledgeBase, line_id: str) -> tuple[str, ...]:
    """Every light pattern the line's facts name (its models', shapes' and own defaults),
    in the pattern library's order."""
    named: set[str] = set()
    for place in fact_places(kb):
        if place.line_id != line_id:
            continue
        for claim in place.fact.all_claims:
            led = getattr(claim.value, "led", None)
            if isinstance(led, str) and led in kb.patterns:
                named.add(led)
    return tuple(p for p in kb.patterns if p in named)


def light_answers(
    kb: KnowledgeBase, answers: list[AnswerSpec], patterns: tuple[str, ...]
) -> tuple[Answer, ...]:
    """The answers of a light question: per rhythm the camera's patterns, then the rhythm in
    general; then "I can't see a light". Other questions' answers are returned as they are."""
    if not any(a.matches for a in answers):
        return tuple(Answer(a.id, a.label, a.pattern) for a in answers)
    out: list[Answer] = []
    for spec in answers:
        own = [p for p in patterns if spec.matches and rhythm(kb.patterns[p]) is spec.matches]
        if spec.matches is Rhythm.off:
            own = []
        out += [Answer(f"{spec.id}{SEP}{p}", kb.patterns[p].name, p, means=spec.id) for p in own]
        if own and spec.matches is not None:
            out.append(Answer(spec.id, OTHER_RHYTHM[spec.matches.value]))
        else:
            out.append(Answer(spec.id, spec.label, spec.pattern))
    out.append(Answer(NO_LIGHT_ID, NO_LIGHT, means=CANT))
    return tuple(out)


NO_LIGHT_ANSWER = Answer(NO_LIGHT_ID, NO_LIGHT, role="no_sight", means=CANT)
"""Quiet, with the ways out: the check's own answers keep their place on a phone's screen."""
WAYS_OUT = frozenset({"not_sure", "cant", "stop"})


def with_no_light(step: Step) -> Step:
    """A reset's setup-mode check that goes by a light, with "I can't see this camera's light"
    before its ways out: it reads as "I can't do this" there, and tells the session why, so
    the checks after it go by what needs no sight (core/session/no_sight.py). A blind person
    could only say "I can't do this", and was never asked why (accessibility review 65, #3)."""
    if step.pattern is None and not _LIGHT.search(_OTHER_LIGHT.sub("", step.text)):
        return step
    at = next((i for i, a in enumerate(step.answers) if a.role in WAYS_OUT), len(step.answers))
    return replace(step, answers=(*step.answers[:at], NO_LIGHT_ANSWER, *step.answers[at:]))


def without_light(step: Step, hold: Hold | None) -> Step:
    """`step` for someone who said they can't see a light on this camera: a page that goes by
    the light says to go by the time and the other signs, shows no light pattern, and a hold
    until the light changes is timed like a plain hold (the sources' window)."""
    if step.timer is not None and step.timer.until is not None:
        lo, rec, hi = timer_of(hold)  # the sources' window; its sureness and speaker kept
        # past a hold that resets only in part, as the page says (a Tapo C200's "at least 10
        # seconds" read beside "hold for 5 seconds, then let go": KB audit 68, R8)
        rec = max(rec, step.timer.not_before or 0.0)
        timer = replace(step.timer, min=lo, recommended=rec, max=hi, until=None, max_why=None)
        timer = replace(timer, not_before=None)
        step = replace(step, text=retimed(step.text, timer))
        return replace(by_the_clock(step, timer, NO_LIGHT_HOLD), pattern=None)
    if step.pattern is None and not _LIGHT.search(_OTHER_LIGHT.sub("", step.text)):
        return step
    return replace(step, pattern=None).noted(NO_LIGHT_NOTICE)


def sign_showing(step: Step) -> Step:
    """A hold page until a light sign, for someone whose camera already shows that sign: it
    cannot mark the moment to let go, so the page's own hold is timed by the clock (its
    recommended time, past any hold that resets only in part)."""
    if step.timer is None or step.timer.until is None:
        return step
    timer = replace(step.timer, until=None, max_why=None, not_before=None)
    # no "Look for this light" either: the page said to watch for what already shows (web
    # review 56)
    return replace(by_the_clock(step, timer, SIGN_SHOWING_HOLD), pattern=None)


def by_the_clock(step: Step, timer: Timer, notice: str) -> Step:
    """A hold page until a sign, timed by `timer` instead, with `notice` (given the sign and
    the seconds) saying why."""
    assert step.timer is not None and step.timer.until is not None
    sign = step.timer.until
    seconds = number(timer.recommended)
    text = _AT_LEAST.sub(f"for {seconds} seconds", _without_sign(step.text, sign))
    step = replace(
        step,
        title=f"Hold the reset button for {seconds} seconds",
        text=text,
        timer=replace(timer, by_clock=True),
    )
    return step.noted(notice.format(seconds=seconds, sign=sign))


def _without_sign(text: str, sign: str) -> str:
    """A hold page's words without "watch for {sign}" and "let go once it happens": timed by
    the clock instead, the page no longer says to wait for the sign."""
    sentences = re.split(r"(?<=\.) ", text)
    kept = [s for s in sentences if sign not in s and not s.startswith("Let go once it happens")]
    return " ".join(kept)
