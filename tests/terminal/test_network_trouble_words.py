"""What went wrong over the network, as the guide says it in a terminal: a sentence, as the
web page and the rest of the guide write theirs (installer review 69, T #10: "the camera at
… check the address" stood there as it came, lower case and without a full stop)."""

from __future__ import annotations

from tests.net.conftest import PASSWORD, emulated_in_thread

from camreset.core.present.network_words import as_sentence

from .pty_driver import PROMPT, answer, plain, spawn, transcript
from .test_network_steps import _at_the_password, to_the_address


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


def test_r_logs_in_as_the_user_typed(db_url: str) -> None:
    """The guide's `r` logged in as admin, always, without saying so (T #10)."""
    with emulated_in_thread(("dahua-initialised", "127.0.7.41"), model="IP4M-1046EW") as cams:
        child = _at_the_password(db_url, "127.0.7.41", user="installer")
        child.sendline(PASSWORD)  # admin's: the emulated camera has no user "installer"
        child.expect("The camera refused the username or password")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
        sent = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert sent == []


def test_a_mac_end_that_does_not_match_is_said_as_reset_remote_says_it(db_url: str) -> None:
    with emulated_in_thread(("dahua-initialised", "127.0.7.42"), model="IP4M-1046EW"):
        child = to_the_address(db_url, "127.0.7.42")
        child.expect("Its last four characters, or Enter to go back: ")
        child.sendline("0001")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
    out = " ".join(plain(transcript(child)).split())
    assert "'0001' is not this camera's MAC (9c:8e:cd:00:00:02): nothing was sent." in out
