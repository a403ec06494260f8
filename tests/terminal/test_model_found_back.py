"""`u` on the first page after `m` takes the model found back (session 73): the terminal said
nothing of it, and the technician was silently back on the usual steps. It says so now in the
very words the web page says after its own Back (tests/web_pages/test_model_found_back.py)."""

from __future__ import annotations

from tests.web_pages.test_model_found_back import YOURS

from .pty_driver import plain, spawn, transcript

PROMPT = "Your answer"


def test_u_after_m_says_the_model_found_was_taken_back(db_url: str) -> None:
    child = spawn(
        ["guide", "--line", "ring", "--form-factor", "doorbell", "--have", "pin"],
        db_url,
        columns=80,
    )
    child.expect(PROMPT)
    child.sendline("1")  # It won't reset
    child.expect(PROMPT)
    child.sendline("m")
    child.expect("Model on the label")
    child.sendline("Video Doorbell 3")
    child.expect(PROMPT)
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
