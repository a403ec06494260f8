"""A camera camreset does not list is guided by the steps usual for its shape, and every step
that asks the person to do something says so under its title, as the web page does beside the
camera's name (unknown-camera review 76 G, #5: the terminal said it once, in a source block
that later pages fold to "as on step N above"); a listed camera's steps do not."""

from __future__ import annotations

from .pty_driver import answer, plain, spawn, transcript

NOTE = "This step is usual for cameras of this shape, not checked for your model."


def _first_steps(args: list[str], db_url: str) -> str:
    child = spawn([*args, "--have", "pin", "--power", "poe"], db_url, columns=100)
    answer(child, ["9", "1"])  # Skip: go straight to the reset; the first answer on the next
    child.expect(r"Your answer")  # and what follows it
    child.sendline("q")
    child.close()
    return plain(transcript(child))


def test_a_camera_of_another_brand_has_each_attempt_said_to_be_the_usual_one(db_url: str) -> None:
    seen = _first_steps(["guide", "--line", "other", "--form-factor", "bullet"], db_url)
    opening, ready = seen.split("Step 2", 1)
    assert NOTE not in opening  # not on the question about why they came
    assert "Get ready" in ready and NOTE in " ".join(ready.split())


def test_a_listed_camera_has_no_such_line(db_url: str) -> None:
    seen = _first_steps(["guide", "dahua-ipc-hdbw3433r-zas"], db_url)
    assert "Step 3" in seen
    assert "usual for" not in seen and "not checked for your model" not in seen
