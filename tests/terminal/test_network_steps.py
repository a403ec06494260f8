"""The guide's network steps in a terminal, against emulated cameras on loopback (127.0.7.x):
`network ADDR` in an answers file, and the wizard's `n` and `r` keys in a pseudo-terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pexpect
from tests.net.conftest import PASSWORD, emulated_in_thread

from .conftest import Cli
from .pty_driver import PROMPT, answer, plain, spawn, transcript

HAVE = "pin,original_adapter,computer"
TO_THE_CHECK = ["skip-questions", "done", "done", "done", "done"]
"""The opening skipped; get ready, start up, hold, restart."""


def test_an_answers_file_can_check_the_camera_over_the_network(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "[" + ", ".join([*TO_THE_CHECK, "network 127.0.7.1", "done", "yes", "yes"]) + "]"
    )
    with emulated_in_thread(("dahua-uninitialised", "127.0.7.1")):
        result = cli("guide", "amcrest-ip4m-1041b", "--have", HAVE, "--answers", str(answers))
    assert result.exit_code == 0, result.output
    assert "→ Over the network it says it is back at factory settings" in result.stdout
    assert "The camera is reset and added again." in result.stdout
    # the check came from the file too: every step counts as answered from it (diff review 52)
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    report = cli("report", session, "--format", "txt").stdout
    assert "Answered:         every step from a file (camreset guide --answers)" in report


def test_the_json_stream_says_what_a_network_check_found(cli: Cli, tmp_path: Path) -> None:
    """With `--json`, a check that found nothing printed the same step again with no word of
    the check, where the text stream says "No answer over the network" (technician review
    40)."""
    answers = tmp_path / "answers.yaml"
    answers.write_text("[" + ", ".join([*TO_THE_CHECK, "network 127.0.7.8"]) + "]")
    result = cli(
        "guide", "amcrest-ip4m-1041b", "--have", HAVE, "--answers", str(answers), "--json"
    )  # fmt: skip
    records = [json.loads(x) for x in result.stdout.splitlines()]
    kinds = [r["type"] for r in records]
    assert kinds[-3:] == ["network", "step", "result"]
    found = records[-3]
    assert (found["address"], found["result"]) == ("127.0.7.8", "no-answer")
    assert "Check it yourself: this step is still open." in found["said"]
    assert records[-2]["step"]["title"] == records[-4]["step"]["title"]  # the same step again


def test_sessions_tell_dry_runs_apart_by_their_step_and_address(cli: Cli, tmp_path: Path) -> None:
    """Eight unfinished runs of one model, started the same minute, were listed alike, with
    no step or address to find the customer's camera by (technician review 40, 15)."""
    runs = {
        "early": TO_THE_CHECK[:2],
        "silent": [*TO_THE_CHECK, "network 127.0.7.9"],
        "found": [*TO_THE_CHECK, "network 127.0.7.3"],
    }
    with emulated_in_thread(("dahua-uninitialised", "127.0.7.3")):
        for name, story in runs.items():
            script = tmp_path / f"{name}.yaml"
            script.write_text("[" + ", ".join(story) + "]")
            cli("guide", "amcrest-ip4m-1041b", "--have", HAVE, "--answers", str(script))
    found, silent, early = json.loads(cli("sessions", "--json").stdout)  # newest first
    assert found["camera_address"] == "127.0.7.3" and silent["camera_address"] is None
    assert early["step"]["number"] < silent["step"]["number"]
    text = " ".join(cli("sessions").stdout.split())
    assert f"at step {early['step']['number']}: {early['step']['title']}" in text
    assert "no answer at 127.0.7.9" in text and "camera at 127.0.7.3" in text


def test_network_on_a_step_that_takes_none_is_bad_input(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("[network 127.0.7.2]")
    result = cli("guide", "amcrest-ip4m-1041b", "--have", HAVE, "--answers", str(answers))
    assert result.exit_code == 2
    assert "is not checked over the network" in result.stderr


def to_the_address(db_url: str, address: str) -> pexpect.spawn:
    """An Amcrest dome's remote reset with `r`, its camera's `address` typed."""
    have = "computer,admin_password"
    child = spawn(["guide", "amcrest-ip4m-1046ew", "--have", have], db_url, columns=100)
    answer(child, ["9", "6"])  # the opening skipped; the status light: not sure
    child.expect("r send the reset over the network")
    child.expect(PROMPT)
    child.sendline("r")
    child.expect("The camera's address on your network: ")
    child.sendline(address)
    return child


def _at_the_password(db_url: str, address: str, user: str = "") -> pexpect.spawn:
    """An Amcrest dome's remote reset with `r`, up to its password (the MAC's end typed)."""
    child = to_the_address(db_url, address)
    child.expect("Its last four characters, or Enter to go back: ")
    child.sendline("0002")
    # the user it logs in as, and where, as reset-remote asks (installer review 69, T #10)
    child.expect(r"User name on the camera \[admin\]: ")
    child.sendline(user)
    child.expect(rf"Password for {user or 'admin'} at {address} \(not shown, not stored\): ")
    return child


def test_the_wizard_checks_with_n_and_resets_with_r(db_url: str) -> None:
    with emulated_in_thread(("dahua-initialised", "127.0.7.3"), model="IP4M-1046EW") as cams:
        child = _at_the_password(db_url, "127.0.7.3")
        child.sendline(PASSWORD)
        child.expect("Let the camera restart")
        before_it = " ".join(plain(transcript(child)).split()).rsplit("Let the camera", 1)[0]
        answer(child, ["1"])  # let the camera restart: done waiting
        child.expect("n check it over the network")
        child.expect(PROMPT)
        child.sendline("n")
        child.expect(r"The camera's address on your network \[127\.0\.7\.3\]: ")
        child.sendline("")
        child.expect("Over the network it says it is back at factory settings")
        child.expect("Add it again")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
        sent = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert sent == ["resetSystemEx type=0"]
    out = plain(transcript(child))
    assert PASSWORD not in out
    # what was sent and what the camera answered, before the next step (T #3, review 69)
    sent_words = before_it.rsplit("Sent to ", 1)[-1]
    assert sent_words.startswith(
        "Amcrest IP4M-1046EW at 127.0.7.3 (MAC 9c:8e:cd:00:00:02). The camera answered: OK. "
        "A hard factory reset also puts the camera's network settings back to factory. It may "
        "come back on another address"
    ), before_it[-600:]


def test_no_answer_over_the_network_leaves_the_step_open(db_url: str) -> None:
    """Nothing answers at the address: the same step, under the same number, is still the
    person's to answer by eye; it was shown again as the next step, its check as an answer."""
    have = "pin,original_adapter,app,computer"
    child = spawn(["guide", "tapo-c200", "--have", have], db_url, columns=100)
    answer(child, ["9", "1", "1"])  # the opening skipped; reset in the app; the restart
    child.expect("Step 4")
    child.expect("n check it over the network")
    child.expect(PROMPT)
    child.sendline("n")
    child.expect("The camera's address on your network")
    child.sendline("127.0.7.9")  # nothing listens there
    child.expect(r"Step (\d+)")
    again = child.match.group(1)
    child.expect(PROMPT)
    child.sendline("q")
    child.expect("Your session is saved")
    child.close()
    assert again == "4"
    out = " ".join(plain(transcript(child)).split())
    assert "at 127.0.7.9: No answer over the network" in out
    assert "Check it yourself: this step is still open." in out


def test_enter_alone_at_the_password_sends_no_login(db_url: str) -> None:
    """Terminal review 69, T #1: Enter alone at the password prompt was sent as a login with
    no password, refused by the camera, one try nearer the Dahua lock-out it warns of."""
    with emulated_in_thread(("dahua-initialised", "127.0.7.5"), model="IP4M-1046EW") as cams:
        child = _at_the_password(db_url, "127.0.7.5")
        child.sendline("")
        child.expect("No password typed: nothing was sent.")
        child.expect("Reset it over the network")  # the step is still here
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
        device = cams[0].device
        tried = (list(device.actions), device.guard.failed_attempts)  # type: ignore[union-attr]
    assert tried == ([], 0)


def test_r_on_a_camera_already_at_factory_settings_asks_no_password(db_url: str) -> None:
    """Terminal review 69, T #2: a camera that says it has no admin password yet was offered
    a hard reset and asked for that password; it is told there is nothing to reset."""
    with emulated_in_thread(("dahua-uninitialised", "127.0.7.6"), model="IP4M-1046EW") as cams:
        child = to_the_address(db_url, "127.0.7.6")
        child.expect("nothing was sent")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
        sent = list(cams[0].device.actions)  # type: ignore[union-attr]
    out = " ".join(plain(transcript(child)).split())
    after = out.split("nothing was sent", 1)[1]
    assert sent == []
    # the step is answered as `n`'s "factory" is: the reset confirmed, on to setting it up
    assert "Reset it over the network" not in after and "r send the reset" not in after
    assert "Add it again" in after, after
    assert "at 127.0.7.6 says it is already back at factory settings" in out
    assert "nothing to reset, and nothing was sent. Set it up again" in out
    assert "Its last four characters" not in out and "Password for" not in out
    assert "User name" not in out


def test_r_after_a_refused_password_offers_the_address_typed_before(db_url: str) -> None:
    """`n` offered the address a camera had answered at, `r` did not after a refused
    password: the address had to be typed again, and lines typed ahead for the next
    questions went to the answer prompt, the password shown (technician review 40)."""
    with emulated_in_thread(("dahua-initialised", "127.0.7.4"), model="IP4M-1046EW") as cams:
        child = _at_the_password(db_url, "127.0.7.4")
        child.sendline("not-" + PASSWORD)
        child.expect(PROMPT)
        child.sendline("r")
        child.expect(r"The camera's address on your network \[127\.0\.7\.4\]: ")
        child.sendline("")
        child.expect("Its last four characters, or Enter to go back: ")
        child.sendline("")
        child.expect("Not confirmed: nothing was sent.")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
        sent = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert sent == []
    assert PASSWORD not in plain(transcript(child))


def test_the_address_prompt_takes_enter_or_q_as_no_address_and_forgets_a_bad_one(
    db_url: str,
) -> None:
    """Terminal review 56: Enter alone was "'' is not an IPv4 address", q was read as an
    address, and a mistyped "foo" came back as the default."""
    have = "computer,admin_password"
    child = spawn(["guide", "amcrest-ip4m-1046ew", "--have", have], db_url, columns=100)
    answer(child, ["9", "6"])  # the opening skipped; the status light: not sure
    for typed in ("", "q"):
        child.expect("r send the reset over the network")
        child.expect(PROMPT)
        child.sendline("r")
        child.expect("The camera's address on your network: ")
        child.sendline(typed)
        child.expect("No address given: the step is still here.")
    child.expect(PROMPT)
    child.sendline("r")
    child.expect("The camera's address on your network: ")
    child.sendline("foo")
    child.expect("not an IPv4 address")
    child.expect(PROMPT)
    child.sendline("r")
    child.expect("The camera's address on your network: ")  # no "[foo]"
    child.sendline("q")
    child.expect("No address given")
    child.expect(PROMPT)
    child.sendline("q")
    child.expect("Your session is saved")
    child.close()


def test_what_n_says_of_another_camera_ends_no_line_in_spaces(db_url: str) -> None:
    """Installer review 74, G #3: "The camera at … is Hikvision DS-2CD2143G0-I (MAC …), " and
    "… start a new " ended in spaces where the notice folded, as the pages did before review
    71 (I #13): a `script` log kept them and a screen reader may read them out."""
    have = "pin,original_adapter,app,computer"
    with emulated_in_thread(("hikvision-activated", "127.0.7.44")):
        child = spawn(["guide", "tapo-c200", "--have", have], db_url, columns=80)
        answer(child, ["9", "1", "1"])  # the opening skipped; reset in the app; the restart
        child.expect("n check it over the network")
        child.expect(PROMPT)
        child.sendline("n")
        child.expect("The camera's address on your network")
        child.sendline("127.0.7.44")
        child.expect(r"Step \d+")
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("Your session is saved")
        child.close()
    out = plain(transcript(child))
    said = out[out.index("The camera at 127.0.7.44 is") :].split("Step ", 1)[0]
    assert "not the Tapo C200" in " ".join(said.split())
    assert [line for line in said.splitlines() if line.endswith(" ")] == []
