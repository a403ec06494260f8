"""`camreset scan` and `camreset check` as a person runs them, against emulated cameras.

The cameras run on loopback in a background thread; the command runs in process at a fixed
width. Only --target addresses are used here: a scan without targets would broadcast on
this machine's real network, so that is tested inside network namespaces only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from tests.net.conftest import emulated_in_thread
from typer.testing import CliRunner

from camreset.cli.app import app, main
from camreset.net import Problem

HEADER = "brand model address MAC firmware"
PRIVATE_ONLY = (
    "is not on a private network; camreset only talks to cameras on your own network "
    "(10.x, 172.16–31.x, 192.168.x, 169.254.x, 192.0.0.x or 127.x)\n"
)
TIMEOUT_RANGE = "timeout must be between 0.1 and 30 seconds, not "


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def cli(*args: str, columns: int = 100) -> Run:
    runner = CliRunner(env={"COLUMNS": str(columns), "NO_COLOR": "1", "FORCE_COLOR": None})
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return Run(result.exit_code, result.stdout, result.stderr)


def test_scan_lists_each_camera_with_its_state_and_how_it_is_known() -> None:
    with emulated_in_thread(("dahua-uninitialised", "127.0.0.70"), ("onvif-set-up", "127.0.0.71")):
        targets = ("--target", "127.0.0.70", "--target", "127.0.0.71")
        run = cli("scan", *targets, "--timeout", "0.5", columns=120)  # at 100: blocks (I #8)
    assert run.code == 0
    lines = [line.rstrip() for line in run.out.splitlines()]
    assert lines[0].split() == [*HEADER.split(), "setup", "state", "how", "it", "knows"]
    dahua = lines[1].split()
    assert dahua[:4] == ["Amcrest", "IP4M-1041B", "127.0.0.70", "9c:8e:cd:00:00:01"]
    assert dahua[5:9] == ["Back", "at", "DHIP:", "Init=149,"]  # the state and the evidence wrap
    assert lines[2].split()[0] == "factory"  # each under itself
    onvif = next(line for line in lines if "127.0.0.71" in line).split()
    assert onvif[:4] == ["IPCAM", "631GA", "127.0.0.71", "00:12:34:00:00:02"]
    assert onvif[4:8] == ["Still", "set", "up", "ONVIF"]
    assert lines[-1] == "IP4M-1041B at 127.0.0.70: reset card: camreset show amcrest-ip4m-1041b"


def test_scan_json_carries_every_field_and_the_evidence() -> None:
    with emulated_in_thread(("tapo-factory", "127.0.0.72")):
        run = cli("scan", "--target", "127.0.0.72", "--timeout", "0.5", "--json")
    data = json.loads(run.out)
    assert data == {
        "cameras": [
            {
                "address": "127.0.0.72",
                "brand": "Tapo",
                "line": "tapo",
                "model": "TC40",
                "kb_model_id": None,
                "mac": "3c:64:cf:00:00:00",
                "firmware": "1.0.0 Build 000000 Rel.00000n",
                "serial": None,
                "setup_state": "factory",
                "evidence": ["Tapo discovery: factory_default=true"],
                "protocols": ["tapo"],
                "actions": [],  # what the API's scan gives too (installer review 69, T #10)
            }
        ],
        "problems": [],
    }


def test_scan_where_nothing_answers_says_so_and_exits_1() -> None:
    """Exit 1 as `check` for its one address: it exited 0 for nothing found, unlike `check`
    and `models` (terminal review 69, T #6)."""
    run = cli("scan", "--target", "127.0.0.73", "--timeout", "0.5")
    assert (run.code, run.out) == (1, "No cameras answered.\n")


def _office(monkeypatch: pytest.MonkeyPatch, *problems: Problem) -> None:
    """A computer on 10.0.0.0/24 only, whose probes get no answer (nothing is sent)."""
    from ipaddress import IPv4Address, IPv4Network

    from camreset.net import scanner
    from camreset.net.interfaces import LocalNetwork

    async def silent(*_args: object, **_kwargs: object) -> tuple[list[object], list[Problem]]:
        return [], list(problems)

    office = [LocalNetwork("eth0", IPv4Address("10.0.0.5"), IPv4Network("10.0.0.0/24"))]
    monkeypatch.setattr(scanner, "collect", silent)
    monkeypatch.setattr(scanner, "local_networks", lambda: office)


def test_a_scan_that_finds_nothing_says_where_a_reset_camera_may_be(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Terminal review 69, T #6: `scan`, the command run first after a reset, said only "No
    cameras answered." while a reset Dahua sat on 192.168.1.108 with DHCP off."""
    _office(monkeypatch)
    run = cli("scan", "--timeout", "0.5")
    assert run.code == 1
    assert run.out.splitlines()[0] == "No cameras answered."
    assert " ".join(run.out.split()[3:]) == (
        "A camera back at its factory address on another network (a wired Dahua: "
        "192.168.1.108; Hikvision: 192.168.1.64, by its guide) cannot answer a scan from this "
        "computer: give this computer an address in that range for now (e.g. 192.168.1.100, "
        "mask 255.255.255.0), or ask it with `camreset check ADDR`, which says why it does not "
        "answer."
    )


def test_a_scan_of_an_address_on_another_subnet_says_what_check_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Terminal review 69, T #6: `scan --target 192.168.1.108` from a computer on 10.0.0.x
    printed five "could not send a probe: Network is unreachable" notes, one per protocol,
    then "No cameras answered."; `check` says why and what to do."""
    unreachable = "could not send a probe: Network is unreachable"
    _office(monkeypatch, *(Problem(p, "", unreachable) for p in ("tapo", "dhip", "sadp")))
    run = cli("scan", "--target", "192.168.1.108", "--timeout", "0.5")
    checked = cli("check", "192.168.1.108", "--timeout", "0.5")
    assert run.code == 1
    assert run.err == f"note: tapo, dhip, sadp: {unreachable}\n"
    said = " ".join(run.out.split())
    assert said == "No cameras answered. " + " ".join(checked.out.split())
    assert "This computer has no address in 192.168.1.0/24" in said


def test_check_json_gives_the_verdict_for_a_session() -> None:
    with emulated_in_thread(("hikvision-not-activated", "127.0.0.74")):
        run = cli("check", "127.0.0.74", "--timeout", "0.5", "--json")
    data = json.loads(run.out)
    assert run.code == 0
    assert (data["answered"], data["setup_state"], data["verdict"]) == (
        True,
        "factory",
        "reset_confirmed",
    )
    # its factory address, read as a Dahua's is (installer review 69, T #7)
    assert data["evidence"] == [
        "SADP: Activated=false (no admin password set yet); it is on Hikvision's factory "
        "address 192.168.1.64 with DHCP off"
    ]
    # the verdict's sentence and what can be sent, as the API's check gives them (T #10)
    assert data["message"] == "The camera says it is back at factory settings: the reset worked."
    assert isinstance(data["cameras"][0]["actions"], list)  # which ones: net/remote/offer.py


def test_check_of_a_model_camreset_does_not_list_points_to_its_lines_usual_steps() -> None:
    """A Hikvision DS-2CD2143G0-I (the KB lists the G2) got no card line at all, where a
    listed model gets "reset card: camreset show …" (installer review 69, T #7)."""
    with emulated_in_thread(("hikvision-not-activated", "127.0.0.79")):
        run = cli("check", "127.0.0.79", "--timeout", "0.5")
    assert run.code == 0
    # 111 columns: the command to copy on a line of its own at 100 (G #2)
    said = "DS-2CD2143G0-I at 127.0.0.79: no card for this model; Hikvision's usual steps:"
    assert f"{said}\n  camreset show --line hikvision\n" in run.out


def test_check_of_a_set_up_camera_says_the_reset_did_not_take() -> None:
    with emulated_in_thread(("tapo-set-up", "127.0.0.75")):
        run = cli("check", "127.0.0.75", "--timeout", "0.5")
    assert run.code == 3  # not 0: `check ADDR && …` must not go on as if it were reset
    said = " ".join(run.out.split())
    # a Wi-Fi Tapo sits on no recorder: not told of one (installer review 69, T #7)
    assert said.endswith("The camera says it is still set up: the reset did not take.")


def test_check_of_a_set_up_camera_a_recorder_can_take_names_the_recorder() -> None:
    with emulated_in_thread(("hikvision-activated", "127.0.0.80")):
        run = cli("check", "127.0.0.80", "--timeout", "0.5")
    assert run.code == 3
    assert " ".join(run.out.split()).endswith(
        "The camera says it is still set up: the reset did not take, or a recorder (NVR) it "
        "is plugged into set it up again at once."
    )


def test_check_with_no_answer_exits_1_and_does_not_call_it_a_failure() -> None:
    run = cli("check", "127.0.0.76", "--timeout", "0.5")
    assert run.code == 1
    assert run.out.count("No answer") == 1  # said once, with the address
    # a loopback address is this computer: where to find the camera's own address instead,
    # and not "this can mean the reset worked", as if a camera had been asked (review 56)
    assert " ".join(run.out.split()) == (
        "No answer from 127.0.0.76: it is this computer's own address, not a camera's. "
        "`camreset scan` finds the cameras on your network."
    )


def test_check_of_an_address_on_another_subnet_says_so_and_how_to_reach_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Installer review 66, D #4: `check 192.168.1.108` from a computer on 10.0.0.x said only
    "No answer … which a scan of the network finds", though no scan reaches another subnet.
    Nothing is sent here: the probes are replaced by silence, the computer's networks by one."""
    from ipaddress import IPv4Address, IPv4Network

    from camreset.net import scanner
    from camreset.net.interfaces import LocalNetwork

    async def silent(*_args: object, **_kwargs: object) -> tuple[list[object], list[object]]:
        return [], []

    office = [LocalNetwork("eth0", IPv4Address("10.0.0.5"), IPv4Network("10.0.0.0/24"))]
    monkeypatch.setattr(scanner, "collect", silent)
    monkeypatch.setattr(scanner, "local_networks", lambda: office)
    run = cli("check", "192.168.1.108", "--timeout", "0.5")
    assert run.code == 1
    said = " ".join(run.out.split())
    assert said == (
        "No answer from 192.168.1.108. This computer has no address in 192.168.1.0/24 "
        "(192.168.1.x), the network of 192.168.1.108: a camera there cannot answer it unless a "
        "router joins the two (one back at its factory settings cannot), and a scan from this "
        "computer cannot find it either. Give this computer an address in that range for now "
        "(e.g. 192.168.1.100, mask 255.255.255.0), or use the maker's tool for finding its "
        "cameras (Hikvision's SADP, Dahua's ConfigTool), then check again."
    )
    on_its_subnet = " ".join(cli("check", "10.0.0.9", "--timeout", "0.5").out.split())
    assert "This computer has no address" not in on_its_subnet
    assert "factory address, which only a computer with an address in that range reaches" in (
        on_its_subnet
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "8.8.8.8"], f"camreset check: 8.8.8.8 {PRIVATE_ONLY}"),
        (
            ["check", "camera"],
            "camreset check: 'camera' is not an IPv4 address "
            "(give the camera's address, e.g. 192.168.1.23)\n",
        ),
        (
            ["scan", "--target", "192.168.1.20", "--target", "52.1.2.3"],
            f"camreset scan: 52.1.2.3 {PRIVATE_ONLY}",
        ),
        (
            ["scan", "--target", "192.168.1.0/24"],  # installer review 66, D #10
            "camreset scan: '192.168.1.0/24' is a range, and camreset takes single addresses: "
            "give the camera's (e.g. 192.168.1.23), or run `camreset scan` to search this "
            "computer's own subnets (`scan --target ADDR` takes up to 64 addresses, one per "
            "--target)\n",
        ),
        (
            ["check", "192.168.1.108/24"],  # check has no --target (T #11, review 69)
            "camreset check: '192.168.1.108/24' is a range, and camreset takes single "
            "addresses: give the camera's (e.g. 192.168.1.23), or run `camreset scan` to search "
            "this computer's own subnets (`scan --target ADDR` takes up to 64 addresses, one "
            "per --target)\n",
        ),
        (["scan", "--timeout", "0"], f"camreset scan: {TIMEOUT_RANGE}0\n"),
        (["check", "127.0.0.77", "--timeout", "120"], f"camreset check: {TIMEOUT_RANGE}120\n"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(args: list[str], message: str) -> None:
    run = cli(*args)
    assert (run.code, run.out, run.err) == (2, "", message)


def test_a_timeout_that_is_not_a_number_is_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["scan", "--timeout", "soon"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and len(err.splitlines()) == 1
    assert "scan: Invalid value for '--timeout'" in err


def test_json_escapes_what_a_terminal_would_act_on_in_what_a_camera_says() -> None:
    """A camera names itself; a right-to-left override in that name used to reach the
    terminal raw from `check --json` and `scan --json` and turn the line around on screen."""
    named = "IP4M\u202e1041B\x1b[2J"
    with emulated_in_thread(("dahua-uninitialised", "127.0.0.77"), model=named):
        checked = cli("check", "127.0.0.77", "--timeout", "0.5", "--json")
        scanned = cli("scan", "--target", "127.0.0.77", "--timeout", "0.5", "--json")
    for run in (checked, scanned):
        assert "\u202e" not in run.out and "\x1b" not in run.out
        assert "\\u202e" in run.out
    assert json.loads(checked.out)["cameras"][0]["model"] == named


def test_scan_in_a_pipe_gives_a_camera_one_line_with_no_trailing_spaces() -> None:
    """Terminal review 59: `camreset check ADDR | cat` padded every row to 80 columns."""
    runner = CliRunner(env={"COLUMNS": None, "NO_COLOR": "1", "FORCE_COLOR": None})
    with emulated_in_thread(("dahua-uninitialised", "127.0.0.78")):
        result = runner.invoke(app, ["scan", "--target", "127.0.0.78", "--timeout", "0.5"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert not any(line.endswith(" ") for line in lines)
    row = next(line for line in lines if "127.0.0.78" in line)  # the evidence unfolded on it
    assert "IP4M-1041B" in row and "DHIP: Init=149," in row


def test_check_folds_its_sentences_between_words_at_80_columns() -> None:
    """Installer review 74, G #2: at 80 columns `check` printed its verdict as one 121-column
    line, which the terminal broke inside a word ("set it u" / "p again"), and the card's
    command after a 79-column sentence. Now each sentence folds between words and the command
    to copy stays whole, on a line of its own; a pipe still gets one line each."""
    with emulated_in_thread(("hikvision-activated", "127.0.0.174")):
        run = cli("check", "127.0.0.174", "--timeout", "0.5", columns=80)
        piped = CliRunner(env={"COLUMNS": None, "NO_COLOR": "1", "FORCE_COLOR": None}).invoke(
            app, ["check", "127.0.0.174", "--timeout", "0.5"]
        )
    assert run.code == 3
    lines = run.out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "  camreset show --line hikvision" in lines  # whole, to copy
    verdict = "The camera says it is still set up: the reset did not take, or a recorder (NVR)"
    at = lines.index(verdict)
    assert lines[at + 1] == "it is plugged into set it up again at once."
    assert f"{verdict} it is plugged into set it up again at once." in piped.stdout.splitlines()
    assert "steps: camreset show --line hikvision" in piped.stdout  # one line in a pipe
