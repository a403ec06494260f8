"""Input while a live display runs: the hold timer reads Enter without echoing it, so the echo
cannot push the display down and leave a copy of the timer line behind."""

from __future__ import annotations

import os
import pty
import termios

from camreset.cli.wizard.keys import LineReader, no_echo


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
    read, write = os.pipe()
    try:
        os.write(write, b"2\n")
        reader = LineReader(read)
        with no_echo(reader):
            assert reader.readline(timeout=1.0) == "2"
    finally:
        os.close(read)
        os.close(write)
