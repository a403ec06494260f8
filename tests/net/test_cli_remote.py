"""`camreset reset-remote` as a person and a script run it, against emulated cameras on
loopback (127.0.4.x): the typed confirmation, the --yes rules, and a password never shown.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pexpect
import pytest
from tests.net.conftest import PASSWORD, emulated_in_thread
from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.net.remote.offer import could_be_a_mac

CAMRESET = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "camreset"


def cli(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    runner = CliRunner(env={"COLUMNS": "100", "NO_COLOR": "1"})
    result = runner.invoke(app, ["reset-remote", *args, "--timeout", "0.5"], input=stdin)
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("profile", "action", "sent"),
    [
        ("dahua-initialised", "hard", "resetSystemEx type=0"),
        ("onvif-set-up", "soft", "SetSystemFactoryDefault Soft"),
        ("onvif-set-up", "reboot", "SystemReboot"),
    ],
)
def test_a_script_confirms_with_yes_and_the_mac_and_pipes_the_password(
    profile: str, action: str, sent: str
) -> None:
    with emulated_in_thread((profile, "127.0.4.1")) as cams:
        mac = cams[0].device.reply["mac"] if profile.startswith("dahua") else "00:12:34:00:00:02"  # type: ignore[union-attr]
        code, out, err = cli(
            "127.0.4.1", "--action", action, "--yes", "--mac", mac, "--password-stdin",
            stdin=PASSWORD + "\n",
        )  # fmt: skip
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert (code, err) == (0, "")
    assert actions == [sent]
    assert re.search(rf"^MAC +{mac} *$", out, re.M) and "Sent. The camera answered:" in out
    assert PASSWORD not in out


def test_yes_without_a_mac_is_refused_before_anything_is_asked() -> None:
    code, out, err = cli("127.0.4.2", "--yes", "--password-stdin", stdin=PASSWORD)
    assert code == 2 and out == ""
    assert err.startswith("camreset reset-remote: --yes sends without asking, so say which camera")


def test_yes_with_another_mac_sends_nothing() -> None:
    with emulated_in_thread(("dahua-initialised", "127.0.4.3")) as cams:
        code, _, err = cli(
            "127.0.4.3", "--yes", "--mac", "9c:8e:cd:00:00:07", "--password-stdin", stdin=PASSWORD
        )
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert code == 2 and actions == []
    assert "is not this camera's MAC (9c:8e:cd:00:00:02); nothing was sent" in err


@pytest.mark.parametrize("typed", ["zz", "00:12:34", "00123"])
@pytest.mark.parametrize("yes", [("--yes", "--password-stdin"), ()])
def test_a_mac_of_the_wrong_shape_is_refused_before_the_camera_is_asked(
    typed: str, yes: tuple[str, ...]
) -> None:
    """`--mac zz` was only judged after camreset had probed the address (a terminal reviewer):
    nothing answers at 127.0.4.9, so an exit 1 would mean the camera was looked for first.
    Without --yes, "no terminal to ask for the confirmation" came first and the bad MAC went
    unnamed (T #11, review 69)."""
    code, out, err = cli("127.0.4.9", *yes, "--mac", typed, stdin=PASSWORD + "\n")
    assert (code, out) == (2, "")
    assert err.startswith(f"camreset reset-remote: --mac {typed!r} is not a MAC: give the camera")
    assert err.count("\n") == 1


def test_nothing_answering_is_exit_1_as_for_check() -> None:
    """No camera at the address is the camera's silence (exit 1, as `check` says it), not a
    mistake in the command line (exit 2), as docs/terminal.md says (an installer reviewer)."""
    code, out, err = cli(
        "127.0.4.9", "--yes", "--mac", "0002", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert (code, out) == (1, "")
    assert err == "camreset reset-remote: no camera answered at 127.0.4.9; check the address\n"


def test_without_a_terminal_or_password_stdin_nothing_is_probed() -> None:
    """T #11, review 69: `--yes --mac 0002` with no terminal and no --password-stdin probed
    the camera and printed its card before refusing; nothing answers at 127.0.4.9, so an
    exit 1 would mean it was looked for first."""
    code, out, err = cli("127.0.4.9", "--yes", "--mac", "0002", stdin=PASSWORD + "\n")
    assert (code, out) == (2, "")
    assert err == (
        "camreset reset-remote: no terminal to ask the password in (it is never echoed): "
        "pipe it with --password-stdin\n"
    )


def test_without_a_terminal_the_prompt_is_refused_not_answered_from_a_pipe() -> None:
    code, out, err = cli("127.0.4.4", stdin="0002\n" + PASSWORD + "\n")
    assert code == 2 and out == ""
    assert "no terminal to ask for the confirmation: add --yes --mac MAC" in err


def test_in_a_terminal_the_person_types_the_mac_end_and_the_password_is_not_echoed(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    env.update(NO_COLOR="1", TERM="xterm-256color")
    with emulated_in_thread(("dahua-initialised", "127.0.4.6")) as cams:
        child = pexpect.spawn(
            str(CAMRESET), ["reset-remote", "127.0.4.6", "--action", "reboot", "--timeout", "0.5"],
            env=env, dimensions=(40, 100), encoding="utf-8", timeout=30,
        )  # fmt: skip
        seen: list[str] = []
        child.logfile_read = type("Log", (), {"write": seen.append, "flush": lambda _s: None})()
        # what to check the MAC against, not only what to type (an installer's review)
        said = [
            "Compare this MAC with the one on the camera's label (or in your router's",
            "If they match, type the last four characters of the MAC on the label to confirm.",
        ]  # as Rich folds it at the terminal's width; never "(0002)" (T #8, review 69)
        for words in said:
            child.expect(r"\s+".join(re.escape(w) for w in words.split()))
        child.expect("Its last four characters, or Enter to stop: ")
        child.sendline("0002")
        child.expect(r"Password for admin at 127\.0\.4\.6 \(not shown, not stored\)")
        child.sendline(PASSWORD)
        child.expect("Sent. The camera answered: OK")
        child.expect(pexpect.EOF)
        child.close()
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert child.exitstatus == 0
    assert actions == ["reboot"]
    assert PASSWORD not in "".join(seen)
    assert "(0002)" not in "".join(seen)  # the answer is on the label, not in the question


def _reset_remote_in_a_pty(address: str) -> pexpect.spawn:
    """`camreset reset-remote ADDRESS` in a pseudo-terminal, as a person types it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    env.update(NO_COLOR="1", TERM="xterm-256color")
    return pexpect.spawn(
        str(CAMRESET), ["reset-remote", address, "--timeout", "0.5"],
        env=env, dimensions=(40, 100), encoding="utf-8", timeout=30,
    )  # fmt: skip


def test_enter_at_the_confirmation_stops_with_a_code_that_is_not_success() -> None:
    """Terminal review 69, T #4: Enter at "Its last four characters, or Enter to stop" exited
    0, the code for "the camera accepted it", so `reset-remote ADDR && mark_done` marked a
    reset never sent. Nothing sent is exit 2, as a confirmation that did not fit."""
    with emulated_in_thread(("dahua-initialised", "127.0.4.11")) as cams:
        child = _reset_remote_in_a_pty("127.0.4.11")
        child.expect("Its last four characters, or Enter to stop: ")
        child.sendline("")
        child.expect("Stopped: nothing was sent.")
        child.expect(pexpect.EOF)
        child.close()
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert (child.exitstatus, actions) == (2, [])


def test_enter_alone_at_the_password_stops_and_says_nothing_was_sent() -> None:
    """Terminal review 71, I #4: Enter alone at "Password for admin at …" asked again, with no
    word, for ever (the only way out was Ctrl-C), where the guide's `r` says "No password typed:
    nothing was sent." Now the same words, and exit 2: nothing was sent."""
    with emulated_in_thread(("dahua-initialised", "127.0.4.13")) as cams:
        child = _reset_remote_in_a_pty("127.0.4.13")
        child.expect("Its last four characters, or Enter to stop: ")
        child.sendline("0002")
        child.expect(r"Password for admin at 127\.0\.4\.13 \(not shown, not stored\)")
        child.sendline("")
        child.expect("No password typed: nothing was sent.")
        child.expect(pexpect.EOF)
        child.close()
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
    assert (child.exitstatus, actions) == (2, [])


def test_a_camera_already_at_factory_settings_is_not_reset_nor_asked_a_password() -> None:
    """Terminal review 69, T #2: an uninitialised Amcrest (DHIP Init 149, no admin password
    yet) was offered a hard reset and its password asked for. Nothing to do is no failure:
    exit 0, nothing sent, and what to do next."""
    with emulated_in_thread(("dahua-uninitialised", "127.0.4.12")) as cams:
        code, out, err = cli(
            "127.0.4.12", "--yes", "--mac", "0001", "--password-stdin", stdin=PASSWORD + "\n"
        )
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
    said = " ".join(out.split())
    assert (code, err, actions) == (0, "", [])
    assert said == (
        "The Amcrest IP4M-1041B at 127.0.4.12 says it is already back at factory settings (no "
        "admin password set yet): there is nothing to reset, and nothing was sent. Set it up "
        "again: open its web page, http://127.0.4.12, and give it a new admin password "
        "(Hikvision calls this activating it, which its SADP tool also does), or add it in its "
        "maker's app."
    )


def test_an_empty_password_or_a_user_name_with_a_line_break_sends_no_login() -> None:
    """A robustness reviewer: an empty stdin sent a login with no password (one of the few
    tries before a Dahua lock-out), and a user name with a line break came back as "could
    not reach the camera's web service"."""
    with emulated_in_thread(("dahua-initialised", "127.0.4.5")) as cams:
        mac = cams[0].device.reply["mac"]  # type: ignore[union-attr]
        empty = cli("127.0.4.5", "--yes", "--mac", mac, "--password-stdin", stdin="")
        broken = cli(
            "127.0.4.5", "--yes", "--mac", mac, "--username", "a\nb", "--password-stdin",
            stdin=PASSWORD + "\n",
        )  # fmt: skip
        actions = list(cams[0].device.actions)  # type: ignore[union-attr]
        attempts = cams[0].device.guard.failed_attempts  # type: ignore[union-attr]
    assert empty[0] == 2 and "no password given (an empty line): nothing was sent" in empty[2]
    assert broken[0] == 2 and "--username: 1 to 64 characters" in broken[2]
    assert actions == [] and attempts == 0


def test_password_stdin_in_a_terminal_is_refused_before_anything_is_asked() -> None:
    """In a terminal, --password-stdin showed no prompt (it looked hung) and echoed the
    password as it was typed (technician review 40)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    env.update(NO_COLOR="1", TERM="xterm-256color")
    child = pexpect.spawn(
        str(CAMRESET), ["reset-remote", "127.0.4.7", "--yes", "--mac", "0002", "--password-stdin"],
        env=env, dimensions=(40, 100), encoding="utf-8", timeout=30,
    )  # fmt: skip
    child.expect("--password-stdin reads the password from a pipe, for scripts; in a terminal")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2


def test_a_camera_silent_after_the_confirmation_is_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    """A camera that answered who it is, then went silent before the reset was sent, got
    exit 2 (the person's mistake) instead of 1 (the camera did not answer)."""
    from camreset.app import network
    from camreset.net.errors import CameraNotFound

    async def silent(*_args: object) -> None:
        raise CameraNotFound("no camera answered at 127.0.4.8; check the address")

    monkeypatch.setattr(network, "send", silent)
    with emulated_in_thread(("dahua-initialised", "127.0.4.8")) as cams:
        mac = cams[0].device.reply["mac"]  # type: ignore[union-attr]
        code, _, err = cli("127.0.4.8", "--yes", "--mac", mac, "--password-stdin", stdin="pw\n")
    assert code == 1
    assert err == "camreset reset-remote: no camera answered at 127.0.4.8; check the address\n"


def test_a_camera_with_no_service_to_reset_it_says_what_to_do_instead() -> None:
    """A Tapo (or a Hikvision) "answers no Dahua or ONVIF service camreset can use", exit 2,
    and nothing more: no way forward (technician review 40)."""
    with emulated_in_thread(("tapo-set-up", "127.0.4.10")):
        code, _, err = cli("127.0.4.10", "--yes", "--mac", "0002", "--password-stdin", stdin="x\n")
    assert code == 2
    said = " ".join(err.split())
    assert "answers no Dahua or ONVIF service camreset can use (ONVIF may be off" in said
    assert "Reset it with its button, or from its own web page or app; `camreset guide`" in said


@pytest.mark.parametrize(
    ("typed", "shaped"),
    [
        ("00-12-34-56-78-9A", True),
        ("0012.3456.789a", True),
        (" 0002 ", True),
        ("00:02", True),
        ("00:12:34:56:78:9a", True),
        ("G002", False),
        ("00:12:34", False),
        ("", False),
    ],
)
def test_what_counts_as_a_mac_or_its_end(typed: str, shaped: bool) -> None:
    """Diff review 57: the shapes a MAC is written in, and its last four characters, with or
    without separators, pass; a non-hex character or a part of another length does not."""
    assert could_be_a_mac(typed) is shaped


def test_the_camera_it_answers_as_ends_no_line_in_spaces() -> None:
    """Installer review 74, G #3: each row of "The camera at … answers as:" was padded to the
    longest value ("address  127.0.74.3          "), as `scan` was before review 59, and the
    reset's note ended its folded lines in a space."""
    with emulated_in_thread(("dahua-initialised", "127.0.4.30")) as cams:
        mac = cams[0].device.reply["mac"]  # type: ignore[union-attr]
        code, out, _ = cli(
            "127.0.4.30", "--action", "reboot", "--yes", "--mac", mac, "--password-stdin",
            stdin=PASSWORD + "\n",
        )  # fmt: skip
    assert code == 0 and "answers as:" in out
    assert [line for line in out.splitlines() if line.endswith(" ")] == []
