"""`u` on the first page after `m` takes the model found back (session 73): the terminal said
nothing of it, and the technician was silently back on the usual steps. It says so now in the
very words the web page says after its own Back (tests/web_pages/test_model_found_back.py)."""

from __future__ import annotations

import pexpect
from tests.web_pages.test_model_found_back import YOURS

from camreset.core.present.found_words import undo_found

from .pty_driver import plain, spawn, transcript

PROMPT = "Your answer"


def ring_doorbell_answered(db_url: str) -> pexpect.spawn:
    """A Ring doorbell started in the terminal with its model not known, and one answer."""
    child = spawn(
        ["guide", "--line", "ring", "--form-factor", "doorbell", "--have", "pin"],
        db_url,
        columns=80,
    )
    child.expect(PROMPT)
    child.sendline("1")  # It won't reset
    child.expect(PROMPT)
    return child


def _ring_doorbell_found(db_url: str) -> pexpect.spawn:
    """Then `m` with the model its label gives: the first page of the model's own steps."""
    child = ring_doorbell_answered(db_url)
    child.sendline("m")
    child.expect("Model on the label")
    child.sendline("Video Doorbell 3")
    child.expect(PROMPT)
    return child


def test_u_after_m_says_the_model_found_was_taken_back(db_url: str) -> None:
    child = _ring_doorbell_found(db_url)
    assert "Model found: Ring Video Doorbell 3." in " ".join(plain(transcript(child)).split())
    child.sendline("u")
    child.expect(PROMPT)
    said = " ".join(plain(transcript(child)).split())
    assert YOURS in said  # the web's words, from the one place in core/present
    assert said.rstrip().endswith(
        "m found the model · q leave Your answer:"
    )  # another can be found
    child.sendline("q")
    child.close()


def _keys_lines(shown: str) -> list[str]:
    """The keys line of the last page shown, as folded on the screen."""
    lines = shown.splitlines()
    first = max(i for i, line in enumerate(lines) if line.startswith("1-"))
    end = next(i for i in range(first, len(lines)) if "q leave" in lines[i])
    return lines[first : end + 1]


def test_u_after_m_says_it_takes_back_the_model_found_in_the_webs_words(db_url: str) -> None:
    """The keys line read "u undo" on the page right after `m`, where `u` takes back the
    model found, not an answer: it says so now, as the web's Back button does."""
    child = _ring_doorbell_found(db_url)
    keys = _keys_lines(plain(transcript(child)))
    said = " ".join(" ".join(keys).split())
    assert "u take back the model found (Ring Video Doorbell 3) ·" in said
    web = undo_found("Ring Video Doorbell 3")  # the web's Back button
    assert web == "Back: take back the model found (Ring Video Doorbell 3)"
    assert "u undo" not in said
    assert all(len(line) <= 80 for line in keys), keys
    child.sendline("?")  # not understood: the help names the key the same way
    child.expect(PROMPT)
    helped = " ".join(plain(transcript(child)).split())
    assert "u to take back the model found (Ring Video Doorbell 3)," in helped
    child.sendline("q")
    child.close()
