"""Input while a live display runs (the hold timer, a wait's countdown, a light playing): read
without echo, so the echo cannot push the display down and leave a copy of it behind."""

from __future__ import annotations

import os
import pty
import termios

import pytest
from rich.console import Console

from camreset.cli.wizard.countdown import run_countdown
from camreset.cli.wizard.keys import LineReader, no_echo
from camreset.cli.wizard.pace import Pace
from camreset.kb_files import load_kb

from .conftest import typed_ahead


def test_keys_are_not_echoed_while_the_timer_runs_and_echo_comes_back_after() -> None:
    parent, child = pty.openpty()
    try:
        reader = LineReader(child)
        assert termios.tcgetattr(child)[3] & termios.ECHO
        with no_echo(reader):
            assert not termios.tcgetattr(child)[3] & termios.ECHO
            os.write(parent, b"\n")
            assert reader.readline(timeout=1.0) == ""  # Enter is still read as a line
        assert termios.tcgetattr(child)[3] & termios.ECHO
    finally:
        os.close(parent)
        os.close(child)


def test_input_that_is_not_a_terminal_is_left_as_it_is() -> None:
    with typed_ahead(b"2\n") as reader, no_echo(reader):
        assert reader.readline(timeout=1.0) == "2"


def test_an_answer_typed_during_a_wait_is_shown_once_the_bar_stops() -> None:
    """Nothing is echoed while the countdown redraws, so what was typed is said after it."""
    console = Console(width=60, color_system=None, force_terminal=False)
    with typed_ahead(b"2\n") as reader, console.capture() as capture:
        typed = run_countdown(console, reader, 120, Pace())
    assert typed == "2"
    assert "Your answer: 2" in capture.get()


def test_keys_typed_without_enter_during_a_hold_are_dropped_when_it_runs_out() -> None:
    """A stray key on a ladder, typed unseen while the hold ran: the next "Enter = Done, I let
    go" was read as that key and refused (installer review 44)."""
    from camreset.cli.wizard.hold_timer import run_hold
    from camreset.core.present.step import Timer

    parent, child = pty.openpty()
    try:
        reader = LineReader(child)
        os.write(parent, b"\n")  # Enter: start the timer
        console = Console(width=60, color_system=None, force_terminal=False)
        with console.capture():
            os.write(parent, b"x")  # typed during the hold, no Enter
            result = run_hold(console, reader, Timer(1, 1, 1), Pace(factor=20.0))
        assert result.ran_out
        os.write(parent, b"\n")
        assert reader.readline(timeout=1.0) == ""  # Enter alone: the default answer
    finally:
        os.close(parent)
        os.close(child)


def test_a_hold_timed_from_the_power_coming_back_asks_for_enter_then() -> None:
    """The Hikvision sources' hold starts as the power comes back: Enter as the button is
    pressed would count the seconds without power too."""
    from camreset.cli.wizard.hold_timer import run_hold
    from camreset.core.present.step import Timer

    parent, child = pty.openpty()
    try:
        reader = LineReader(child)
        os.write(parent, b"1\n")  # an answer typed instead of starting the timer
        console = Console(width=100, color_system=None, force_terminal=False)
        with console.capture() as capture:
            run_hold(console, reader, Timer(30, 30, 30, from_power=True), Pace())
        assert "Press Enter as the power comes back, still holding" in capture.get()
    finally:
        os.close(parent)
        os.close(child)


def test_a_detail_the_vendor_asks_for_says_so_at_its_prompt() -> None:
    """The web form marks "Hikvision asks for this" beside a field; the terminal did not
    (support review 44). What the vendor does not ask for is not marked."""
    from datetime import UTC, datetime

    from camreset.cli.wizard.details_prompt import ask_details
    from camreset.core.session import Command, Guide, SessionState
    from camreset.kb_files import load_kb

    kb = load_kb()
    guide = Guide(kb)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    state = guide.replay([guide.start(model="hikvision-ds-2cd2143g2-i", have=None, at=at)])

    def save(data: dict[str, object]) -> tuple[SessionState, bool]:
        nonlocal state
        state = guide.extend(state, [guide.command(state, Command("details", data=data), at)])
        return state, True

    console = Console(width=200, color_system=None, force_terminal=False)
    with typed_ahead(b"DS123\n" + b"\n" * 20) as reader, console.capture() as capture:
        state = ask_details(console, reader, kb, state, save)
    shown = capture.get()
    assert "Serial number (on the label) (Hikvision asks for this): " in shown, shown
    assert "The error message the app or page shows: " in shown  # not asked: not marked
    assert state.details["serial"] == "DS123"


def test_q_when_asked_to_retype_a_mac_stops_asking_and_keeps_it() -> None:
    from datetime import UTC, datetime

    from camreset.cli.wizard.details_prompt import AGAIN, ask_details, asked_at_the_end
    from camreset.core.session import Command, Guide, SessionState
    from camreset.kb_files import load_kb

    kb = load_kb()
    guide = Guide(kb)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    state = guide.replay([guide.start(model="hikvision-ds-2cd2143g2-i", have=None, at=at)])
    fields = list(asked_at_the_end(state))
    assert fields.index("mac") < len(fields) - 1  # something is asked after it

    def save(data: dict[str, object]) -> tuple[SessionState, bool]:
        nonlocal state
        state = guide.extend(state, [guide.command(state, Command("details", data=data), at)])
        return state, True

    typed = b"\n" * fields.index("mac") + b"AA:BB:CC\nq\n" + b"more\n" * 20
    console = Console(width=400, color_system=None, force_terminal=False)
    with typed_ahead(typed) as reader, console.capture() as capture:
        state = ask_details(console, reader, kb, state, save)
    shown = capture.get()
    assert AGAIN in shown and shown.rstrip().endswith("Saved to the report: the MAC address.")
    assert state.details == {"mac": "AA:BB:CC"}


def test_the_terminal_asks_a_dark_camera_nothing_read_from_it_running() -> None:
    """Diff review 54: the web form of a Hikvision that never switched on stopped asking for
    the start time its maker's tool reads from a running camera; the terminal still asked."""
    from datetime import UTC, datetime

    from camreset.cli.wizard.details_prompt import asked_at_the_end
    from camreset.core.session import Command, Guide
    from camreset.kb_files import load_kb

    guide = Guide(load_kb())
    at = datetime(2026, 1, 1, tzinfo=UTC)
    state = guide.replay([guide.start(model="hikvision-ds-2cd2143g2-i", have=None, at=at)])
    assert "device_start_time" in asked_at_the_end(state)
    for answer in ("no-power", "network-cable", "switch"):
        state = guide.extend(
            state, [guide.command(state, Command("answer", state.current.id, answer), at)]
        )
    assert state.dark
    assert "device_start_time" not in asked_at_the_end(state)
    assert "serial" in asked_at_the_end(state)


def test_a_tapo_c200_hold_rings_first_when_it_may_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """`camreset guide tapo-c200` rang its bell at 5 s, where the hold's page and bar say to
    keep holding to 10 s even if the light blinks red, and not at 10 s, where it may end
    (session 68 left over): now at 10 s ("let go once it happens") and at 30 s (stop)."""
    from camreset.bench.sim.plans import PlanBook
    from camreset.cli.wizard import hold_timer

    timer = PlanBook(load_kb())["tapo-c200"].stage("guided-reset", 2).timer
    assert timer is not None and timer.not_before == 10
    looks: list[float] = []  # the clock's readings: half a timer second each

    def clock() -> float:
        looks.append(len(looks) * 0.005)
        return looks[-1]

    pace = Pace(factor=100.0, clock=clock)
    rung: list[float] = []
    monkeypatch.setattr(hold_timer, "ring", lambda _: rung.append(looks[-1] * 100))
    console = Console(width=80, color_system=None, force_terminal=False)
    with typed_ahead(b"\n") as reader, console.capture():
        result = hold_timer.run_hold(console, reader, timer, pace)
    assert result.ran_out
    start = looks[0] * 100
    assert [round(at - start) for at in rung] == [10, 30]
