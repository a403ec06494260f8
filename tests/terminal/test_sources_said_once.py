"""A source block the page before printed whole is one line on the next page, and w shows it
again: a Hikvision's "Reset button" block, with its two disagreeing sources, was printed on
"Cut its power" and again, whole, above the hold right after it (technician review 74, G
#10a)."""

from __future__ import annotations

from rich.console import Console

from camreset.app import SessionService
from camreset.cli.wizard.prompts import Choice, parse_choice
from camreset.cli.wizard.step_view import StepView, folded_text
from camreset.cli.wizard.theme import THEME
from camreset.core.session import Command, Step
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import PROMPT, answer, finish, plain, spawn, transcript

MODEL = "hikvision-ds-2cd2143g2-i"
BLOCK = "Reset button: Where: on the circuit board inside"
POINTER = "Reset button: as on step 3 above (w shows it again)"


def _cut_and_hold() -> tuple[Step, Step]:
    service = SessionService(SessionStore.from_url("sqlite://"), load_kb())
    session, state = service.start(model=MODEL)
    for typed in ("skip-questions", "have"):
        state = service.apply(session, Command("answer", state.current.id, typed))
    cut = state.current
    hold = service.apply(session, Command("answer", cut.id, "done")).current
    service.close()
    assert (cut.title, hold.title) == (
        "Cut its power",
        "Hold the reset button as its power comes back",
    )
    return cut, hold


def _screen(view: StepView) -> str:
    console = Console(width=80, height=24, theme=THEME, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(view)
    return "\n".join(line.rstrip() for line in capture.get().splitlines())


def test_the_hold_after_cut_its_power_points_at_the_reset_button_block() -> None:
    kb = load_kb()
    cut, hold = _cut_and_hold()
    first = StepView(kb, cut, number=3)
    assert BLOCK in _screen(first) and "Sources disagree" in _screen(first)
    after = StepView(kb, hold, number=4, said_before=first.said())
    page = _screen(after)
    assert BLOCK not in page and POINTER in page
    assert "w Reset button again" in page  # the keys line offers it
    assert "How long to hold:" in page  # the hold's own sources stay whole
    again = folded_text(hold, tuple(g for g, _ in after.again()))
    assert again is not None and BLOCK in _screen(again)  # type: ignore[arg-type]
    assert parse_choice(hold, "w", can_undo=True, again=True) == Choice("why")
    # without the page before (a resume, or the first page shown), the block is whole
    assert BLOCK in _screen(StepView(kb, hold, number=4))


def test_w_shows_the_reset_button_again_in_a_real_terminal(db_url: str) -> None:
    child = spawn(["guide", MODEL, "--have", "pin"], db_url, columns=80)
    child.setwinsize(24, 80)
    answer(child, ["skip-questions", "done"])
    child.expect("Press Enter as the power comes back")  # the hold's own prompt
    page = plain(transcript(child))
    assert page.count(BLOCK) == 1  # on "Cut its power", then a pointer on the hold
    page = page[page.rindex("Step 2") :]  # a pin at hand: no "Find a paperclip" page
    assert POINTER.replace("step 3", "step 2") in page and "w Reset button again" in page
    mark = len(transcript(child))
    child.sendline("w")
    child.expect(PROMPT)
    said = " ".join(plain(transcript(child)[mark:]).split())
    assert "Reset button: Where: on the circuit board inside" in said
    assert "next to the microSD card slot" in said
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
