"""The emulators: redacted replies only, runnable by hand, never on a public address."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from fnmatch import fnmatch
from importlib import resources

import pytest
from tests.net.conftest import FAST, LISTEN, emulated, run

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.net import ScanResult, scan
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


def test_a_dahua_family_camera_can_be_dahua_or_lorex_each_with_its_own_mac(
    kb: KnowledgeBase,
) -> None:
    """Installer review 74, G #8: `--model` alone kept the recorded Amcrest's Vendor, so a
    Dahua session's `n` was told "Amcrest IPC-HDBW3433R-ZAS …, not the Dahua … of this
    session", and two such emulators both said 9c:8e:cd:00:00:02, so `scan` merged them into
    one row carrying another address's reset card. `--vendor` and `--mac` set both."""
    cameras = {
        "127.0.0.176": ("IPC-HDBW3433R-ZAS", "General", "9c:8e:cd:00:01:76"),
        "127.0.0.177": ("E893AB", "Lorex", "9c:8e:cd:00:01:77"),
    }

    async def scenario() -> ScanResult:
        async with contextlib.AsyncExitStack() as stack:
            for address, (model, vendor, mac) in cameras.items():
                await stack.enter_async_context(
                    emulated("dahua-initialised", address, model=model, vendor=vendor, mac=mac)
                )
            return await scan(list(cameras), LISTEN, kb=kb, settings=FAST)

    found = {c.address: c for c in run(scenario()).cameras}
    assert sorted(found) == sorted(cameras)
    dahua, lorex = found["127.0.0.176"], found["127.0.0.177"]
    assert (dahua.brand, dahua.kb_model_id, dahua.mac) == (
        "Dahua", "dahua-ipc-hdbw3433r-zas", "9c:8e:cd:00:01:76"
    )  # fmt: skip
    assert (lorex.brand, lorex.kb_model_id, lorex.mac) == (
        "Lorex", "lorex-e893ab", "9c:8e:cd:00:01:77"
    )  # fmt: skip


def test_a_mac_that_is_no_mac_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dahua-initialised", "--address", "127.0.0.178", "--mac", "zz"]) == 2
    assert capsys.readouterr().err == "error: 'zz' is not a MAC (e.g. 9c:8e:cd:00:00:07)\n"
