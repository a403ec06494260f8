"""What went wrong over the network, as the guide says it in a terminal: a sentence, as the
web page and the rest of the guide write theirs (installer review 69, T #10: "the camera at
… check the address" stood there as it came, lower case and without a full stop)."""

from __future__ import annotations

from tests.net.conftest import emulated_in_thread

from camreset.core.present.network_words import as_sentence

from .pty_driver import PROMPT, answer, plain, spawn, transcript


def test_another_camera_answering_n_is_said_as_a_sentence(db_url: str) -> None:
    with emulated_in_thread(("dahua-uninitialised", "127.0.7.40")):
        child = spawn(["guide", "tapo-c200", "--have", "pin,app,computer"], db_url, columns=200)
        answer(child, ["9", "1", "1"])  # the opening skipped; reset in the app; the restart
        child.expect("n check it over the network")
        child.expect(PROMPT)
        child.sendline("n")
        child.expect("The camera's address on your network")
        child.sendline("127.0.7.40")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
    out = " ".join(plain(transcript(child)).split())
    assert "The camera at 127.0.7.40 is Amcrest IP4M-1041B" in out
    assert "not the Tapo C200 of this session; check the address." in out


def test_a_sentence_is_kept_and_camreset_stays_small() -> None:
    assert as_sentence("The camera did not answer.") == "The camera did not answer."
    assert as_sentence("camreset cannot send it a reset") == "camreset cannot send it a reset."
