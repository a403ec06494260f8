"""What the terminal guide shows a reset Hikvision's installer: SADP's list ("Inactive") or the
recorder's camera list, where they check it (installer review 62, #7)."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from camreset.cli.wizard.step_view import StepView
from camreset.cli.wizard.theme import THEME
from camreset.core.guide.plan import compile_plan
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolve import resolve_model
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session import Command, Guide
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

DOME = "hikvision-ds-2cd2143g2-i"
OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")
AT = datetime(2024, 1, 1, tzinfo=UTC)


def shown(title: str, have: str, power: PowerKind | None = None) -> str:
    """The terminal's words for the first step titled `title` (each step done, each check a
    yes), whitespace folded."""
    guide = Guide(load_kb())
    items = parse_have(set(have.split(","))) if have else None  # "": nobody asked
    state = guide.replay([guide.start(model=DOME, have=items, power=power, at=AT)])
    told = list(OPENING)
    for n in range(1, 25):
        step = state.current
        if step.title == title:
            console = Console(width=80, theme=THEME, color_system=None, force_terminal=False)
            with console.capture() as capture:
                console.print(StepView(load_kb(), step, number=n))
            return " ".join(capture.get().split())
        chosen = told.pop(0) if told else next(a for a in ("done", "yes", "have") if step.offers(a))
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, chosen), AT)])
    raise AssertionError(f"no step {title!r}")


def test_is_it_in_setup_mode_names_sadps_inactive_status() -> None:
    words = shown("Is the camera in setup mode now?", "pin")
    assert (
        "the maker's tool on a computer on the same network (SADP, which lists it as “Inactive”)"
        in (words)
    )
    assert "Maker's tool: SADP; Listed as: “Inactive”" in words  # the card, with its sources
    # with a computer, the next check asks it: not said on both (diff review 63, #1)
    words = shown("Is the camera in setup mode now?", "pin,computer")
    assert "(SADP, which lists it as “Inactive”)" not in words


def test_with_a_computer_at_hand_the_check_leads_with_sadp_and_the_recorder() -> None:
    words = shown(
        "Does SADP or the recorder list it as “Inactive”, or its web page ask for a new password?",
        "pin,computer",
    )
    assert words.index("open SADP, the maker's tool") < words.index("Or, in the Hik-Connect app")


def test_on_poe_adding_it_again_leads_with_sadp_then_the_recorder_then_the_app() -> None:
    """`guide MODEL --power poe` named the computer's way after the app's, without SADP."""
    words = shown("Add it again", "", PowerKind.poe)
    sadp = words.index("open SADP, the maker's tool, which lists a reset camera as “Inactive”")
    recorder = words.index("On a recorder (NVR), add it from the recorder's camera list")
    assert sadp < recorder < words.index("Or in the Hik-Connect app, add a new camera")


def test_on_poe_without_a_computer_the_app_still_comes_first() -> None:
    """Someone who left "a computer on the same network" unticked is not sent to one first."""
    words = shown("Add it again", "pin", PowerKind.poe)
    assert words.index("In the Hik-Connect app") < words.index("open SADP, the maker's tool")


def test_on_poe_the_last_checks_lead_with_its_page_and_the_recorder() -> None:
    """Diff review 63, #1 (left for later): the checks after "Add it again" went back to the
    Hik-Connect app first, after every page before them had led with SADP."""
    added = shown(
        "Is it added on its web page or the recorder, or in the Hik-Connect app, showing live "
        "video?",
        "",
        PowerKind.poe,
    )
    assert added.index("(SADP shows its address)") < added.index("the Hik-Connect app's steps")
    again = shown("Does its picture show when you open it again?", "", PowerKind.poe)
    assert again.index("Close the browser tab") < again.index("close the Hik-Connect app")


def test_an_attempt_done_in_the_app_is_checked_in_the_app_first() -> None:
    """Session-64 diff review, #3: after "Get the Hik-Connect app" and "Update the app", the
    check led with its web page and a recorder nobody had named; an attempt done in the app is
    checked there first, and "Add it again" still leads with its page."""
    kb = load_kb()
    renderer = StepRenderer(
        kb, compile_plan(kb, resolve_model(kb, DOME)), power=frozenset({"poe"}), computer=True
    )
    updated = renderer.step(StepRef(0, "action", "update-app", 1))
    assert (
        updated.title
        == "Is it added in the Hik-Connect app or on its web page, showing live video?"
    )
    again = renderer.step(StepRef(0, "action", "update-app", 2)).text
    assert again.startswith("Close the Hik-Connect app completely")
    add = renderer.plan.actions["add-again"].steps
    stage = next(i for i, s in enumerate(add) if s.check == "added")
    added = renderer.step(StepRef(0, "action", "add-again", stage))
    assert added.title.startswith("Is it added on its web page")
