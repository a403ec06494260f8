"""`camreset guide tapo-c200`'s hold judged against its "not before 10 s", not its least (5 s):
a 7 s timed hold read "You held for 7.0 s." and went on (session 68 left over)."""

from __future__ import annotations

from .pty_driver import HOLD, PROMPT, answer, finish, keys, plain, spawn
from .stories import plan

TAPO_HAVE = "pin,original_adapter"


def test_a_hold_stopped_before_not_before_is_short(db_url: str) -> None:
    steps = plan("tapo-c200", TAPO_HAVE, reset=True)
    child = spawn(["guide", "tapo-c200", "--have", TAPO_HAVE], db_url, columns=80, fast=False)
    answer(child, keys(steps[: next(i for i, s in enumerate(steps) if "Hold the" in s.title)]))
    child.expect(HOLD)
    child.sendline("")  # the timer starts, at real pace
    child.expect(r"[^0-9.]7\.\d s", timeout=20)  # the bar at 7 s
    child.sendline("")  # let go at 7 s: past the least, 5 s, short of 10 s
    child.expect(r"You held for 7\.\d s: shorter than this step asks for \(10 s\)\.")
    child.expect(PROMPT)
    said = " ".join(plain(child.before).split())  # not "If nothing changed" (review 69, N #2)
    assert "Letting go before 10 s may reset the camera only in part." in said
    assert "If nothing changed" not in said
    child.sendline("")  # Enter: "Done, I let go"
    child.expect("That was a short hold")
    child.expect(PROMPT)
    page = " ".join(plain(child.before).split())
    assert "The timer stopped before 10 seconds" in page
    assert "resets it only in part (the local admin password is kept)" in page
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
