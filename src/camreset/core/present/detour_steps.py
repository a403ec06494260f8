"""Steps that interrupt an attempt, in words: an item to get, and the detours of
core/session/detours.py (why can't you, help finding the button, how to tell, a short hold,
one more look before support).

The button's place and the sign while holding come from the model's facts (shown in the facts
box with their sources); the advice on the reset hole (marked RESET or RST, the microphone hole
beside it) is the seeds' and the find-button attempt's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from camreset.core.guide.cells_at_hand import ON_ITS_PAGE
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.connection import reads_app_qr
from camreset.core.kb.troubleshooting import Capability, Have
from camreset.core.present.account_words import Unbinding, unbinding
from camreset.core.present.check_steps import STOP_THERE
from camreset.core.present.have_items import HAVE_BY_ID
from camreset.core.present.opening_answers import OWN_TRY
from camreset.core.present.short_hold import GO_ON, GO_ON_WORDS, short_hold_words
from camreset.core.present.step import Answer, Step, StepRef
from camreset.core.present.timer import page_not_before
from camreset.core.present.values import app_path_elsewhere
from camreset.core.present.words import CANT, NOT_SURE

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer

WHY_CANT, FIND_HELP, TELL_HOLD, SHORT_HOLD, TELL_CHECK, LAST_LOOK, RECHECK = (
    "why-cant", "find-help", "tell-hold", "short-hold", "tell-check", "last-look", "recheck",
)  # fmt: skip
NO_BUTTON, OFFLINE, OTHER = "no-button", "offline", "other"
CANT_OPEN = "cant-open"
NOT_LISTED = "not-listed"
"""On a reset in an app the camera is not added in: it is not listed there, the page's own
condition ("It works only if the camera is also listed, and online, in the Swann Security
app"), whose "What stops you?" named only the app it is added in (merged-diff review 68, N #7).
Says nothing of its power."""
"""The button is behind something that will not open (a doorbell's security screw, a dome)."""
BY_HAND = "by-hand"
"""On "Find a paperclip": the button is one a fingertip presses (where no source says)."""
PRESSED_BY_HAND = "its button is pressed by hand: no pin needed"
"""What that answer did, in the history and the report (which then lists no pin at hand)."""
NO_POWER = "no-power"
"""On a page at the button: the camera will not switch on at all, so its power comes before
any reset (product review 50: "What stops you?" had no such answer). Offered where the
attempt's phase asks about power (adding it again does not), so the answer tells it."""
WONT_SWITCH_ON = "the camera won't switch on"
"""Its result, in the history, the report and why the minutes left grew."""
STILL_OFF = "it still won't switch on"
"""Its result on an attempt whose own power page was done (charged, another outlet): that
attempt failed, it was not left undone."""
STILL_DARK = Answer("still-dark", "It still won't switch on: no light, no sound")
"""On the start-up wait after a page meant to power a camera said to be dark (charged, another
outlet or port): the one place to say it stayed dark (user review 52: the only way was
through "I can't do this" on the hold page, which told a dark camera "it is on")."""


RETIRED_LABELS = {"reset-it": "That way didn't work: reset it anyway"}
"""Answers a page no longer offers, in the words older saved sessions were given them: the
recovery page of an app account's ways offered "reset anyway" until web review 55 (now "help
with my account"). Such a session still replays; its report reads words, not an id."""


def answer_words(step: Step, answer: str) -> str:
    """The label of `answer` as the page showed it, `STILL_DARK` included (a session adds it
    to the page, session/said_before.py), and one a page offered before (`RETIRED_LABELS`)."""
    if answer == STILL_DARK.id:
        return STILL_DARK.label
    if not step.offers(answer) and answer in RETIRED_LABELS:
        return RETIRED_LABELS[answer]
    return step.answer_label(answer)


POWER_QUESTIONS = ("battery-level", "status-light")
"""The knowledge base's questions a "won't switch on" answers: a battery that is low, else a
status light that is off (their likelihoods)."""
ONLINE_QUESTION = "camera-online"
"""The knowledge base's question an "it shows as offline" answer answers (its likelihoods)."""
FIXED_ANSWERS = {
    FIND_HELP: ("found", "not-found"),
    TELL_HOLD: ("saw", "nothing", "again"),
    SHORT_HOLD: ("again", GO_ON),
    TELL_CHECK: ("yes", "no"),
}


BUTTON_ITEMS = frozenset({Have.pin})
"""What only a page at the button needs: "no paperclip" is no reason on a charging page."""


def cant_reasons(plan: CameraPlan, action: str, stage: int | None = None) -> tuple[str, ...]:
    """The plan-changing reasons an attempt's "can't" may have: `no-button`, `cant-open`
    (where the sources say something must be opened to reach the button), `no-<item>`,
    `offline` (a reset from the app, with the camera shown as offline there: evidence about
    its power, where the plan asks that question), `no-power` (on a page at the button: it
    will not switch on). On page `stage`: the button and its pin only where the page is at
    the button (a hold, finding it, or saying where it is), the attempt's other items only on
    its other `do` pages, and on a wait or a check nothing else."""
    spec = plan.actions[action]
    items = [i for i in dict.fromkeys([*spec.requires, *spec.requires_any]) if i not in ON_ITS_PAGE]
    button = Capability.button in spec.needs
    offline = Capability.app_reset in spec.needs and ONLINE_QUESTION in plan.questions
    unpowered = False
    if stage is not None:
        page = spec.steps[stage]
        pressing = page.hold is not None or "{button." in (page.do or "")  # it must be on
        at_camera = pressing and not page.finds_button  # looking for the button needs no power
        asked = next((p.questions for p in plan.phases.values() if action in p.actions), {})
        unpowered = at_camera and any(q in asked for q in POWER_QUESTIONS)  # its phase asks
        if page.hold is not None or page.finds_button or "{button." in (page.do or ""):
            items = [i for i in items if i in BUTTON_ITEMS]
            offline = False
        else:
            items = [i for i in items if i not in BUTTON_ITEMS] if page.do is not None else []
            button = False
            offline = offline and page.do is not None
    covered = button and plan.model.button is not None and bool(plan.model.button.open_first)
    reasons = [NO_BUTTON] * button + [CANT_OPEN] * covered + [OFFLINE] * offline
    reasons += [NO_POWER] * unpowered
    return tuple(reasons + [f"no-{item.value}" for item in items])


def answers(plan: CameraPlan, which: str, action: str, stage: int | None = None) -> tuple[str, ...]:
    """The answer ids a detour offers (besides stopping and its way-outs)."""
    if which == WHY_CANT:
        return (*_not_listed(plan, action, stage), *cant_reasons(plan, action, stage), OTHER)
    return FIXED_ANSWERS[which]


def _not_listed(plan: CameraPlan, action: str, stage: int | None) -> tuple[str, ...]:
    """`not-listed` on the page that sends a reset in the app, where its path is another
    app's than the one the camera is added in. Not one of `cant_reasons`, whose having none
    skips the question: the pages where it is asked stay those an older log had."""
    spec = plan.actions[action]
    page = spec.steps[stage] if stage is not None else None
    on_it = page is None or (page.do is not None and page.hold is None and not page.finds_button)
    sent_here = Capability.app_reset in spec.needs and on_it
    return (NOT_LISTED,) if sent_here and app_path_elsewhere(plan.model) else ()


FIND_TEXT = (
    "On {model.the}: {button.location}. {button.open_first}\n\n"
    "{button.marking} {button.hole} If there is a cover, a screw-on cap or a dome, open it "
    "first."
)
DETOUR_LABELS = {
    NO_BUTTON: "I can't find the reset button",
    CANT_OPEN: "I can't open it to reach the button",
    BY_HAND: "It's a button I can press without a tool",
    NO_POWER: "It won't switch on: no light, no sound",
    OTHER: "Something else stops me",
    "found": "Found it: carry on",
    "not-found": "I still can't find it",
    "saw": "Yes, it did that",
    "nothing": "No, nothing happened",
    "again": "Let me hold it again",
    GO_ON: GO_ON_WORDS,
}
CHECK_HELP = {  # each a question, its text how to tell (Yes / No answer the title)
    "setup_mode": (
        "Looking at it this way, is it in setup mode?",
        "How to tell: in setup mode {setup_mode}.",
    ),
    "app_finds": (
        "Does it show up in the app as a new {model.kind}?",
        "How to tell whether the reset took: in the {line.app} app, start adding a new "
        "{model.kind}. A reset {model.kind} shows up as a new one, ready to be set up. If it "
        "does not show up, it did not reset.",
    ),
    "added": (
        "Is it in the app's list, with its live picture?",
        "How to tell whether it is added: it is in the {line.app} app's list of cameras and "
        "shows its live picture when you tap it.",
    ),
    "still_works": (
        "After reopening the app, does it show its live picture?",
        "How to tell whether it works: close the {line.app} app completely and open it again: "
        "the camera shows its live picture, not “offline”.",
    ),
}

QR_CHECK_HELP = (
    "Does it read the app's QR code?",
    "How to tell whether the reset took: in the {line.app} app, start adding a new "
    "{model.kind} until the app shows a QR code, and hold it in front of the lens. A reset "
    "{model.kind} reads it; if it ignores the code, it did not reset.",
)
"""The same for a camera the app never searches for: it reads a QR code the app shows."""

_FREED = "If the app says it already belongs to an account, it did not reset either."
_UNTOLD = (
    "If the app says it already belongs to an account, either it did not reset or its "
    "reset leaves it on that account: the sources do not say which for this {model.kind}."
)
ON_AN_ACCOUNT = {
    Unbinding.frees: _FREED,
    Unbinding.weakly_frees: _FREED,
    Unbinding.keeps: (
        "If the app says it already belongs to an account, the reset may still have worked: "
        "the sources say a reset does not take this {model.kind} off its account, so whoever's "
        "account it is on has to remove it there."
    ),
    Unbinding.disputed: _UNTOLD,
    Unbinding.unsaid: _UNTOLD,
}
"""What "it already belongs to an account" tells, by whether the sources say a reset takes
the camera off it: for a Ring doorbell it said "it did not reset", against its own card."""

PAGE_CHECK_HELP = {  # the same, for a camera added on its page, a recorder or the vendor's tool
    "app_finds": (
        "Does its page ask for a new password?",
        "How to tell whether the reset took: open the camera's address in a browser on a "
        "computer on the same network (or look in your recorder or the vendor's tool). A reset "
        "camera asks for a new password, or is listed as not yet activated. If it still takes "
        "your old password, it did not reset.",
    ),
    "added": (
        "Can you log in and see its live picture?",
        "How to tell whether it is added: you log in on its page (or it is on your recorder's "
        "list of cameras) with the new password, and its live picture shows.",
    ),
    "still_works": (
        "After opening it again, does it show its live picture?",
        "How to tell whether it works: close the browser tab (or the recorder's view), open "
        "the camera again and log in: the live picture shows, not an error.",
    ),
}


LAST_LOOK_WHY = {
    "setup_mode": "Look once more: a light is easy to misread, and some cameras restart late.",
    "app_finds": "Try once more: a search started before the camera was ready finds nothing.",
    "added": "Look once more: a camera just added can take a minute to show up.",
    "still_works": "Look once more: a camera just added can take a minute to show its picture.",
    "new_password": "Try once more: a new password is easy to mistype (check the keyboard's "
    "capitals and language).",
}
"""The checks a last look repeats (what a second look at the camera, the app or the login can
tell), and why it is worth that look: short, so its answers stay on a phone's first screen
(an Amcrest's "No" stood at 911 px of 844), the title says it comes before support."""
LAST_LOOK_CHECKS = frozenset(LAST_LOOK_WHY)


def not_at_hand(history: Iterable[Any]) -> frozenset[str]:
    """What the session counts as at hand without its being so: the pin of someone whose
    button is pressed by hand (the report does not list it for support)."""
    by_hand = any(getattr(h, "result", None) == PRESSED_BY_HAND for h in history)
    return frozenset({"pin"}) if by_hand else frozenset()


def _item_words(item: str, app: str | None) -> str:
    label = HAVE_BY_ID[item].label_for(app)
    return f"I don't have {label[0].lower()}{label[1:]}"


def detour_step(r: StepRenderer, which: str, action: str, stage: int) -> Step:
    """The detour `which` on page `stage` of `action`."""
    app = r.model.app
    if which == WHY_CANT:
        elsewhere = _reset_app_elsewhere(r.plan, action)
        choices = tuple(
            Answer(a, _why_cant_label(a, app, elsewhere), role="cant" if a == OTHER else "answer")
            for a in answers(r.plan, which, action, stage)
        )
        text = "So the next step fits: what makes this one impossible right now?"
        return r.plain(r.base("question", "What stops you?", text, choices))
    if which == FIND_HELP:
        choices = (
            Answer("found", DETOUR_LABELS["found"]),
            Answer("not-found", DETOUR_LABELS["not-found"], role="cant"),
        )
        careful = r.values["button.careful"]  # none for a button pressed by a fingertip
        text = f"{r.fill(FIND_TEXT)}\n\n{careful}" if careful else r.fill(FIND_TEXT)
        step = r.base("question", "Finding the reset button", text, choices)
        return r.with_facts(step, r.facts("button"))
    if which == TELL_HOLD:
        text = (
            "While the button is held long enough, {while_holding}. That is the sign the reset "
            "has started. Did it do that?"
        )
        choices = tuple(Answer(a, DETOUR_LABELS[a]) for a in FIXED_ANSWERS[TELL_HOLD])
        not_sure = Answer(NOT_SURE, "I still can't tell", role="not_sure")
        title = "How to tell whether it reacted"
        step = r.base("question", title, r.fill(text), (*choices, not_sure))
        return r.with_facts(step, r.facts("while_holding", "hold"))
    if which == LAST_LOOK:
        return last_look_step(r, action, stage)
    if which == RECHECK:
        return recheck_step(r, action)
    if which == SHORT_HOLD:  # as the renderer reads the hold; a session, as its log does
        spec = r.plan.actions[action].steps[stage]
        in_part = page_not_before(r.model, spec.hold or "", spec.text) is not None
        text, go_on = short_hold_words(r, action, stage, r.hold_minimum(action, stage), in_part)
        labels = DETOUR_LABELS | {GO_ON: go_on}
        choices = tuple(Answer(a, labels[a]) for a in FIXED_ANSWERS[SHORT_HOLD])
        step = r.plain(r.base("question", "That was a short hold", text, choices))
        return r.with_facts(step, r.facts("hold"))
    check = r.plan.actions[action].steps[stage].check or "setup_mode"
    helps = PAGE_CHECK_HELP if r.app is None and check in PAGE_CHECK_HELP else CHECK_HELP
    title, text = helps.get(check, CHECK_HELP["setup_mode"])
    if helps is CHECK_HELP and check == "app_finds" and reads_app_qr(r.model):
        title, text = QR_CHECK_HELP
    if helps is CHECK_HELP and check == "app_finds":
        text = f"{text} {ON_AN_ACCOUNT[unbinding(r.model)]}"
    choices = (
        Answer("yes", "Yes"),
        Answer("no", "No"),
        Answer(CANT, "I can't tell", role="cant"),
    )
    return r.plain(r.base("question", r.fill(title), r.fill(text), choices))


def last_look_step(r: StepRenderer, action: str, stage: int) -> Step:
    """The check page the person answered "no", once more, under words that say why."""
    page = r.step(StepRef(0, "action", action, stage))
    why = LAST_LOOK_WHY[r.plan.actions[action].steps[stage].check or "setup_mode"]
    return replace(
        page,
        title="One more look before support",
        text=f"{why} {page.title}\n\n{page.text.replace(STOP_THERE, '').strip()}",
        answers=tuple(a for a in page.answers if a.role != "stop"),  # added back by r.step
    )


RECHECK_WHY = (
    "One more look before you contact support: this answer decides what is left to try at "
    "home. If it is still right, choose it again."
)


def recheck_step(r: StepRenderer, question: str) -> Step:
    """A question the person answered, asked once more under its own title, with a line on
    why (the answer given before is the notice above it)."""
    page = r.step(StepRef(0, "question", question))
    return replace(
        page,
        text=f"{RECHECK_WHY}\n\n{page.text}".rstrip(),
        answers=tuple(a for a in page.answers if a.role != "stop"),  # added back by r.step
    )


RHYTHM_WORDS = {"steady": "a steady light", "blinking": "a blinking light", "off": "no light"}


def answered_before(step: Step, answer: str, own_try: bool = False) -> str:
    """The notice above a recheck: the answer given before, in the words it was picked by
    (`own_try`: it was about the person's own try, before the session's steps)."""
    labels = [a.label for a in step.answers if answer in (a.id, a.means)]
    said = f"Your answer about {OWN_TRY}," if own_try else "Your answer"
    if len(labels) == 1:
        return f"{said} was: “{labels[0]}”."
    rhythm = RHYTHM_WORDS.get(answer, answer)  # several light patterns count as one rhythm
    return f"{said} was: {rhythm}."


def _reset_app_elsewhere(plan: CameraPlan, action: str) -> str | None:
    """On an attempt reset from an app, the other app its sourced path is in (a SAFE by Swann
    camera's path is the Swann Security app's); None elsewhere."""
    if Capability.app_reset not in plan.actions[action].needs:
        return None
    return app_path_elsewhere(plan.model)


def _why_cant_label(answer: str, app: str | None, elsewhere: str | None) -> str:
    """The label of a why-can't answer. `elsewhere`: the other app a reset in the app is
    made in, whose page asks the camera to be listed, and online, there: it is offline there,
    and a phone with neither app is what stops it (a Swann SWWHD-INTCAM's "What stops you?"
    named only SAFE by Swann under a Swann Security path: merged-diff review 68, N #7)."""
    if answer == NOT_LISTED:
        return f"It is not listed in the {elsewhere} app"
    if answer == OFFLINE:
        shown = elsewhere or app
        return f"It shows as offline in the {shown} app" if shown else "It shows as offline"
    if answer == f"no-{Have.app.value}" and elsewhere and app:
        return f"I don't have a phone with the {app} app or the {elsewhere} app"
    if answer in DETOUR_LABELS:
        return DETOUR_LABELS[answer]
    return _item_words(answer.removeprefix("no-"), app)
