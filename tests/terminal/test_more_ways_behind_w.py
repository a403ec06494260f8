"""A camera's other ways back in wait behind w in the terminal (technician review 74, G #5).

`guide hikvision-ds-2cd2143g2-i`, "I forgot its password": nine ways for the camera and three
for a recorder, each with how sure, printed whole above Step 2 took 53 lines and scrolled off
an 80×24 terminal, and "11 more ways … are listed with this step" pointed at nothing on the
screen. The terminal now names the way the step gives, counts the rest behind w, and the step
says so; w prints them all with their sources. The web and the API keep their words.
"""

from __future__ import annotations

from rich.console import Console
from tests.session.conftest import T0, start_event

from camreset.cli.wizard.fact_block import named
from camreset.cli.wizard.prompts import Choice, parse_choice
from camreset.cli.wizard.step_view import StepView, folded_text
from camreset.cli.wizard.theme import THEME
from camreset.core.session import Command, Guide, Step
from camreset.kb_files import load_kb

from .pty_driver import PROMPT, finish, plain, spawn, transcript

MODEL = "hikvision-ds-2cd2143g2-i"
TITLE = "Try Hikvision's own way back in first"
SAID = "11 more ways (8 for the camera itself, 3 for a recorder): w lists them."
FIRST = "• SADP (PC on the same LAN) > Forgot Password > export XML or QR, or note Start"


def _way_back() -> Step:
    guide = Guide(load_kb())
    state = guide.replay([start_event(guide, model=MODEL, have=("computer",))])
    answer = Command("answer", state.current.id, "forgot-password")
    return guide.extend(state, [guide.command(state, answer, T0)]).current


def _drawn(view: StepView) -> list[str]:
    console = Console(width=80, height=24, theme=THEME, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(view)
    return capture.get().splitlines()


def test_the_other_ways_back_in_wait_behind_w_and_the_step_fits_80x24() -> None:
    step = _way_back()
    assert "are listed with this step (8 for the camera itself" in step.text  # web and API
    view = StepView(load_kb(), step, number=2, can_undo=True)
    lines = _drawn(view)
    assert len(lines) <= 32  # was 75
    at = lines.index(TITLE)
    assert len(lines) - at + 1 <= 24  # the title, what to do, the answers and the prompt
    assert FIRST in lines and SAID in lines
    assert "listed with this step" not in " ".join(lines)
    assert lines[:at].count("  8 more (w shows them)") == 1
    assert "Forgot the recorder's password: 3 ways (w shows them)" in lines[:at]
    assert "pw_recovery@hikvision.com" not in " ".join(lines)
    assert "w more ways" in " ".join(lines[-2:])  # the keys line, and the help after it
    assert view.more_words() == "more ways"
    assert parse_choice(step, "w", can_undo=True, again=True) == Choice("why")


def test_w_lists_every_way_back_in_with_how_sure_each_is() -> None:
    step = _way_back()
    behind_w = folded_text(step)
    assert behind_w is not None
    console = Console(width=80, theme=THEME, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(behind_w)
    lines = capture.get().splitlines()
    flat = " ".join(" ".join(lines).split())
    assert len(step.facts) == 12
    for way in step.facts:
        assert " ".join(named(way, step.text).split()) in flat
    assert "Forgot the recorder's password:" in lines and "pw_recovery@hikvision.com" in flat
    assert flat.count("Unconfirmed (a single source") == 5
    assert [line for line in lines if line.endswith(" ")] == []


def test_w_lists_them_in_a_real_terminal_at_80x24(db_url: str) -> None:
    child = spawn(["guide", MODEL, "--have", "pin,computer"], db_url, columns=80)
    child.setwinsize(24, 80)
    child.expect(PROMPT)
    child.sendline("forgot-password")
    child.expect(PROMPT)
    page = plain(transcript(child))
    page = page[page.rindex(TITLE) :]
    assert len(page.splitlines()) <= 24, page  # from the title to the prompt
    assert SAID in page and FIRST in page
    mark = len(transcript(child))
    child.sendline("w")
    child.expect(PROMPT)  # the same prompt again
    said = " ".join(plain(transcript(child)[mark:]).split())
    assert "Hik-ProConnect (installer)" in said and "Verify by Hik-Connect" in said
    assert "Type a number" not in said  # w was understood
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
