"""The emulators: redacted replies only, runnable by hand, never on a public address."""

from __future__ import annotations

import re
import subprocess
import sys
from fnmatch import fnmatch
from importlib import resources

import pytest

from camreset.net.emulators import PROFILES
from camreset.net.emulators.__main__ import main

REPLIES = resources.files("camreset.net.emulators") / "replies"
MAC = re.compile(r"\b([0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2})\b")


def test_every_mac_in_the_recorded_replies_is_redacted() -> None:
    macs = [
        m.group(1)
        for path in REPLIES.iterdir()
        if path.name.endswith((".json", ".xml"))
        for m in MAC.finditer(path.read_text(encoding="utf-8"))
    ]
    assert len(macs) >= 7
    for mac in macs:
        assert re.fullmatch(r"..[:-]..[:-]..[:-]00[:-]00[:-]0\d", mac), mac


def test_every_reply_file_has_its_source_written_down() -> None:
    sources = (REPLIES / "SOURCES.md").read_text(encoding="utf-8")
    patterns = re.findall(r"`([^`]+\.(?:json|xml))`", sources)
    for path in REPLIES.iterdir():
        if path.name.endswith((".json", ".xml")):
            assert any(fnmatch(path.name, p) for p in patterns), path.name


def test_list_names_every_profile(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == list(PROFILES)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tapo-factory", "--address", "8.8.8.8"], "error: 8.8.8.8 is not on a private network"),
        (["no-such-camera"], "unknown profile 'no-such-camera'; see --list"),
    ],
)
def test_it_refuses_a_public_address_or_an_unknown_profile(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(message)


def test_it_runs_by_hand_until_stopped() -> None:
    command = [sys.executable, "-m", "camreset.net.emulators", "kasa-set-up"]
    process = subprocess.Popen(
        [*command, "--address", "127.0.0.90", "--password", "x"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "camera kasa-set-up at 127.0.0.90\n"
        assert process.stdout.readline() == "ready\n"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    assert process.returncode == 0
