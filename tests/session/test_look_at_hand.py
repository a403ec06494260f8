"""The last look before support is one the person can take with what they said is at hand.

An Amcrest PoE bullet nothing resets, walked as the browser's look test walks it (answers a
second apart, a paperclip alone at hand): "Is there a computer on the same network? — No", and
the next page, "One more look before support", asked "Does it ask for a new password on its
page? On a computer on the same network, open the camera's web page…" (session 67, M)."""

from __future__ import annotations

from datetime import timedelta

from tests.session.conftest import Driver, start_event

from camreset.core.session import Guide
from camreset.core.session.later_rules import LOOK_AT_HAND_RULES
from camreset.core.session.rules import UNTICKED_LOOK_RULES

HIKVISION = "hikvision-ds-2cd2143g2-i"

STORY = (
    *("It won't reset", "Yes, I tried", "Until the light changed or it made a sound, or longer"),
    *("Two minutes or more", "No, it did not restart", "No, ", "Done", "Done waiting"),
    *("Done, I let go", "No, nothing happened", "No click, or it feels mushy"),
    *("I can't do this", "Something else stops me", "No"),
)
"""The browser test's story (tests/browser/test_look.py), as its light pages answer it: its
"On and steady" matches no label there, so a light is "I can't do this"."""


def walk(d: Driver) -> list[tuple[str, str]]:
    """(title, text) of each page shown until the end, answered by STORY's first match."""
    d.gap = timedelta(seconds=1)
    shown: list[tuple[str, str]] = []
    for _ in range(60):
        step = d.state.current
        if step.kind == "outcome" or d.state.finished:
            return shown
        shown.append((step.title, step.text))
        labels = [a.label for a in step.answers]
        i = next((i for w in STORY for i, label in enumerate(labels) if label.startswith(w)), 0)
        d.send(step.answers[i].id)
    raise AssertionError("no end reached")


def after_no_computer(shown: list[tuple[str, str]]) -> list[tuple[str, str]]:
    said = [i for i, (title, _) in enumerate(shown) if title.startswith("Is there a computer")]
    assert said, [t for t, _ in shown]
    return shown[said[-1] + 1 :]


def test_no_look_on_a_computer_after_saying_there_is_none(guide: Guide) -> None:
    d = Driver(guide, start_event(guide, model="amcrest-ip8m-2496eb", have=("pin",)))
    later = after_no_computer(walk(d))
    assert later, "support came at once"
    for title, text in later:
        assert title != "One more look before support", text
        assert "On a computer on the same network" not in text, title


def test_a_log_from_before_still_gets_its_look(guide: Guide) -> None:
    """A log started under the rules before replays as it was: its look is still there."""
    started = start_event(guide, model="amcrest-ip8m-2496eb", have=("pin",))
    old = started.model_copy(update={"data": {**started.data, "rules": LOOK_AT_HAND_RULES - 1}})
    later = after_no_computer(walk(Driver(guide, old)))
    assert later[0][0] == "One more look before support"


def test_no_look_at_a_hikvisions_setup_sign_after_saying_there_is_no_computer(
    guide: Guide,
) -> None:
    """Merged-diff review 67, N #7: a Hikvision shows a reset only in SADP on a computer or a
    recorder's list; after "no computer" its last look still asked "Is the camera in setup
    mode now? … the maker's tool on a computer on the same network (SADP …)". Walked as the
    review did: every item asked for that is not ticked refused, "no" where offered."""
    have = ("pin", "poe_port", "short_cable")
    d = Driver(guide, start_event(guide, model="hikvision-ds-2cd2143g2-i", have=have))
    told = ["wont-reset", "few-seconds", "nothing", "no-restart"]
    shown: list[str] = []
    for _ in range(80):
        step = d.state.current
        if step.kind == "outcome":
            break
        shown.append(step.title)
        if step.ref.kind == "opening":
            d.send(told.pop(0) if told else "skip-questions")
        elif step.ref.kind == "tool":
            d.send("have" if step.ref.ref in have else "cant")
        else:
            d.send(next(a for a in ("no", "done", "not_sure") if step.offers(a)))
    said = [i for i, title in enumerate(shown) if title.startswith("Is there a computer")]
    assert said, shown
    assert "One more look before support" not in shown[said[-1] + 1 :], shown


def hikvision_titles(d: Driver, have: tuple[str, ...]) -> list[str]:
    """The pages a Hikvision shows when every item asked for that is not in `have` is
    refused, a click is felt, and "no" is the answer wherever it is offered."""
    told = ["wont-reset", "few-seconds", "nothing", "no-restart"]
    shown: list[str] = []
    for _ in range(80):
        step = d.state.current
        if step.kind == "outcome":
            return shown
        shown.append(step.title)
        if step.ref.kind == "opening":
            d.send(told.pop(0) if told else "skip-questions")
        elif step.ref.kind == "tool":
            d.send("have" if step.ref.ref in have else "cant")
        elif step.ref.ref == "felt-click":
            d.send("yes")
        else:
            d.send(next(a for a in ("no", "done", "not_sure") if step.offers(a)))
    raise AssertionError("no end reached")


def test_no_look_at_a_hikvisions_setup_sign_with_no_computer_ticked(guide: Guide) -> None:
    """Session 68, H #1: started with a paperclip alone and never asked about a computer, a
    Hikvision's "One more look before support" still asked "Is the camera in setup mode now?"
    of signs shown only on its web page or in SADP on a computer."""
    have = ("pin",)
    shown = hikvision_titles(Driver(guide, start_event(guide, model=HIKVISION, have=have)), have)
    asked = [i for i, title in enumerate(shown) if title.startswith("Is there a computer")]
    looked = [i for i, title in enumerate(shown) if title == "One more look before support"]
    assert looked == [] or (asked and looked[0] > asked[0]), shown


def test_with_a_computer_ticked_a_hikvision_still_gets_its_look(guide: Guide) -> None:
    have = ("pin", "computer")
    shown = hikvision_titles(Driver(guide, start_event(guide, model=HIKVISION, have=have)), have)
    assert "One more look before support" in shown, shown


def test_a_log_from_before_keeps_the_look_with_no_computer_ticked(guide: Guide) -> None:
    started = start_event(guide, model=HIKVISION, have=("pin",))
    old = started.model_copy(update={"data": {**started.data, "rules": UNTICKED_LOOK_RULES - 1}})
    assert "One more look before support" in hikvision_titles(Driver(guide, old), ("pin",))
