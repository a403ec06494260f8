"""Checks and remote resets for a session, through the session service, against emulated
cameras on loopback (127.0.1.x): what is recorded, what is refused, and what is never sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.net.conftest import PASSWORD, emulated, run

from camreset.app import SessionService
from camreset.app.network import check_step, identify, offer, pick, remote_step
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import Command, SessionState
from camreset.errors import InvalidAnswerError, StaleStepError
from camreset.kb_files import load_kb
from camreset.net import AuthenticationFailed, ConfirmationRequired, DeviceMismatch, check
from camreset.net.remote import Credentials, RemoteAction
from camreset.store.session_store import SessionStore

WAIT = 0.5
HARD = RemoteAction.FACTORY_RESET_HARD


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture
def sessions(tmp_path: Path, kb: KnowledgeBase) -> Iterator[SessionService]:
    service = SessionService(SessionStore.from_url(f"sqlite:///{tmp_path / 's.sqlite3'}"), kb)
    yield service
    service.close()


def to_check(sessions: SessionService, model: str, have: list[str]) -> tuple[str, SessionState]:
    """A session on its first reset check (the person did the attempt)."""
    session_id, state = sessions.start(model=model, have=have)
    for _ in range(100):
        if state.current.ref.kind == "action" and state.current.offers("yes"):
            break
        step = state.current
        if step.offers("done"):
            state = sessions.apply(session_id, Command("done", step.id))
        else:
            state = sessions.apply(session_id, Command("answer", step.id, step.answers[0].id))
    else:
        raise AssertionError("100 steps and still: not (state.current.ref.kind == 'action' and st…")
    return session_id, state


def test_a_factory_camera_confirms_the_reset_and_fills_the_report(
    sessions: SessionService,
) -> None:
    session_id, state = to_check(sessions, "amcrest-ip4m-1041b", ["pin", "computer"])

    async def main() -> SessionState:
        async with emulated("dahua-uninitialised", "127.0.1.1"):
            return await check_step(sessions, session_id, state.current.id, "127.0.1.1", WAIT)

    after = run(main())
    assert after.phase == "setup" and after.reset_done
    assert after.found is not None and after.found.camera is not None
    assert after.found.camera.model == "IP4M-1041B"
    assert after.found.camera.mac == "9c:8e:cd:00:00:01"
    assert after.found.camera.serial and after.found.camera.firmware
    assert after.history[-1].result == "camera reset (confirmed over the network)"
    # it answered from Dahua's factory address with DHCP off: each page about adding it says
    # where it is and how to reach it (installer review 44: it was sent to the app, then to
    # support, with no word of the address)
    assert after.found.camera.factory_address == "192.168.1.108"
    assert after.current.notice is not None
    notice = after.current.notice
    # where it answered first: `n` reached it at the address typed, and every later page sent
    # the person to 192.168.1.108 only (technician review 74, G #10e)
    assert "It answered at 127.0.1.1; it says it is on its factory address" in notice
    said = "On a computer on the same network, open http://127.0.1.1 (or http://192.168.1.108),"
    assert said in notice
    # the address `check` gives beside it too (installer review 69, T #9: the guide said .50)
    assert "set the computer's address to 192.168.1.100 (mask 255.255.255.0)" in notice
    # once it is added and shows its picture, the end page no longer says to go and find it
    for _ in range(10):  # (terminal review 59)
        now = sessions.state(session_id).current
        if now.kind == "outcome":
            break
        said = "yes" if now.offers("yes") else "done"
        sessions.apply(session_id, Command("answer", now.id, said))
    end = sessions.state(session_id).current
    assert end.title == "Your camera is back"
    assert "192.168.1.108" not in (end.notice or "")


def test_a_camera_still_set_up_fails_the_attempt(sessions: SessionService) -> None:
    session_id, state = to_check(sessions, "amcrest-ip4m-1041b", ["pin", "computer"])

    async def main() -> SessionState:
        async with emulated("dahua-initialised", "127.0.1.2"):
            return await check_step(sessions, session_id, state.current.id, "127.0.1.2", WAIT)

    after = run(main())
    assert after.phase == "reset" and not after.reset_done
    assert after.history[-1].result == "not reset (it says it is still set up)"


def test_silence_leaves_the_persons_check(sessions: SessionService) -> None:
    session_id, state = to_check(sessions, "tapo-c200", ["pin", "computer"])
    after = run(check_step(sessions, session_id, state.current.id, "127.0.1.3", WAIT))
    assert after.current.title == state.current.title and after.current.network
    assert after.network[-1].result == "no-answer" and after.found is None


def test_silence_from_another_subnet_is_kept_with_why(
    sessions: SessionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check keeps the subnet this computer had no address in, as it found it, so the
    guide says why nothing answered without reading the computer's networks again
    (installer review 66, D #4). Nothing is sent: the probes are replaced by silence."""
    from ipaddress import IPv4Address, IPv4Network

    from camreset.net import scanner
    from camreset.net.interfaces import LocalNetwork

    async def silent(*_args: object, **_kwargs: object) -> tuple[list[object], list[object]]:
        return [], []

    office = [LocalNetwork("eth0", IPv4Address("10.0.0.5"), IPv4Network("10.0.0.0/24"))]
    monkeypatch.setattr(scanner, "collect", silent)
    monkeypatch.setattr(scanner, "local_networks", lambda: office)
    session_id, state = to_check(sessions, "tapo-c200", ["pin", "computer"])
    after = run(check_step(sessions, session_id, state.current.id, "192.168.1.108", WAIT))
    assert after.network[-1].result == "no-answer"
    assert after.network[-1].off_subnet == "192.168.1.0/24"
    assert sessions.state(session_id).network[-1].off_subnet == "192.168.1.0/24"  # stored


def test_another_camera_at_the_address_is_not_evidence(sessions: SessionService) -> None:
    session_id, state = to_check(sessions, "amcrest-ip4m-1041b", ["pin", "computer"])

    async def main() -> None:
        async with emulated("hikvision-not-activated", "127.0.1.4"):
            await check_step(sessions, session_id, state.current.id, "127.0.1.4", WAIT)

    with pytest.raises(DeviceMismatch, match=r"Hikvision DS-2CD2143G0-I.*not the Amcrest"):
        run(main())
    assert sessions.state(session_id).events == state.events


def test_another_model_of_the_same_brand_the_kb_does_not_know_is_not_evidence(
    sessions: SessionService,
) -> None:
    """A Hikvision DS-2CD2143G0-I (not in the KB, so no KB id) answering where this session's
    DS-2CD2143G2-I was looked for passed as the session's camera: "reset confirmed", and its
    serial in the report (technician review 40)."""
    session_id, state = sessions.start(model="hikvision-ds-2cd2143g2-i", have=["pin", "computer"])
    state = _on_network_check(sessions, session_id, state)

    async def main() -> None:
        async with emulated("hikvision-not-activated", "127.0.1.22"):  # its own: tests run at once
            await check_step(sessions, session_id, state.current.id, "127.0.1.22", WAIT)

    with pytest.raises(DeviceMismatch, match=r"DS-2CD2143G0-I.*not the Hikvision DS-2CD2143G2-I"):
        run(main())
    assert sessions.state(session_id).events == state.events


def test_a_twin_of_the_camera_checked_before_is_told_apart_with_the_way_back(
    sessions: SessionService, kb: KnowledgeBase
) -> None:
    """Identical cameras on one recorder: a first check of the neighbour's address (set up),
    then this camera's. The refusal said it "is Amcrest IP4M-1041B …, not the … IP4M-1041B of
    this session; check the address" (installer review 69, T #5)."""
    session_id, state = to_check(sessions, "amcrest-ip4m-1041b", ["pin", "computer"])

    async def main() -> None:
        async with emulated("dahua-initialised", "127.0.1.23"):
            await check_step(sessions, session_id, state.current.id, "127.0.1.23", WAIT)
        async with emulated("dahua-uninitialised", "127.0.1.24"):
            pick(sessions.state(session_id), await check("127.0.1.24", WAIT, kb=kb))

    with pytest.raises(DeviceMismatch) as refused:
        run(main())
    said = str(refused.value)
    assert "not the Amcrest IP4M-1041B this session found before at 127.0.1.23" in said
    assert "take it back" in said and "u in the terminal" in said and "“← Back” on the web" in said
    assert "check the address" not in said


def test_a_twin_of_the_camera_found_as_the_session_started_says_to_start_again(
    sessions: SessionService, kb: KnowledgeBase
) -> None:
    session_id, _ = sessions.start(model="amcrest-ip4m-1041b", have=["pin"])

    async def main() -> None:
        async with emulated("dahua-initialised", "127.0.1.25"):
            await identify(sessions, session_id, "127.0.1.25", WAIT)
        async with emulated("dahua-uninitialised", "127.0.1.26"):
            pick(sessions.state(session_id), await check("127.0.1.26", WAIT, kb=kb))

    with pytest.raises(DeviceMismatch, match=r"found before at 127\.0\.1\.25 .*start a new"):
        run(main())


def test_a_wrong_or_old_step_is_refused_before_anything_is_sent(
    sessions: SessionService,
) -> None:
    session_id, state = sessions.start(model="amcrest-ip4m-1041b", have=["pin", "computer"])
    with pytest.raises(InvalidAnswerError, match="not one checked over the network"):
        run(check_step(sessions, session_id, state.current.id, "8.8.8.8", WAIT))
    with pytest.raises(StaleStepError):
        run(check_step(sessions, session_id, "0.q.old", "8.8.8.8", WAIT))


def test_identifying_at_the_start_keeps_the_step(sessions: SessionService) -> None:
    session_id, state = sessions.start(model="amcrest-ip4m-1041b", have=["pin"])

    async def main() -> SessionState:
        async with emulated("dahua-initialised", "127.0.1.5"):
            return await identify(sessions, session_id, "127.0.1.5", WAIT)

    after = run(main())
    assert after.current.id == state.current.id
    assert after.found is not None and after.found.address == "127.0.1.5"


def remote_session(sessions: SessionService) -> tuple[str, SessionState]:
    have = ["computer", "admin_password"]  # no pin: the button is no use
    session_id, state = sessions.start(model="amcrest-ip4m-1046ew", have=have)
    for _ in range(8):  # past the opening, an item not at hand, a question not sure of
        step = state.current
        if step.remote:
            break
        kind = step.ref.kind
        answer = "skip-questions" if kind == "opening" else "cant" if kind == "tool" else "not_sure"
        state = sessions.apply(session_id, Command("answer", step.id, answer))
    assert state.current.remote
    return session_id, state


def test_the_remote_reset_is_sent_once_confirmed_and_recorded_without_the_password(
    sessions: SessionService, kb: KnowledgeBase
) -> None:
    session_id, state = remote_session(sessions)

    async def main() -> tuple[list[str], SessionState]:
        async with emulated("dahua-initialised", "127.0.1.6", model="IP4M-1046EW") as cam:
            found = await offer(kb, "127.0.1.6", WAIT, state)
            assert found.actions == (HARD, RemoteAction.FACTORY_RESET_SOFT)  # no reboot here
            after = await remote_step(
                sessions, session_id, state.current.id, "127.0.1.6", HARD, found.suffix,
                Credentials("admin", PASSWORD), WAIT,
            )  # fmt: skip
            return list(cam.device.actions), after  # type: ignore[union-attr]

    actions, after = run(main())
    assert actions == ["resetSystemEx type=0"]
    assert after.current.kind == "wait" and after.remote[0].action == "factory_reset_hard"
    assert PASSWORD not in after.events[-1].model_dump_json()


def test_no_confirmation_or_a_refused_password_sends_nothing_more(
    sessions: SessionService, kb: KnowledgeBase
) -> None:
    session_id, state = remote_session(sessions)

    async def main() -> list[str]:
        async with emulated("dahua-initialised", "127.0.1.7", model="IP4M-1046EW") as cam:
            args = (sessions, session_id, state.current.id, "127.0.1.7", HARD)
            with pytest.raises(ConfirmationRequired):
                await remote_step(*args, "ffff", Credentials("admin", PASSWORD), WAIT)
            with pytest.raises(AuthenticationFailed):
                await remote_step(*args, "0002", Credentials("admin", "not-it"), WAIT)
            return list(cam.device.actions)  # type: ignore[union-attr]

    assert run(main()) == []
    assert sessions.state(session_id).events == state.events


def test_the_session_remote_reset_refuses_another_model(sessions: SessionService) -> None:
    session_id, state = remote_session(sessions)

    async def main() -> None:
        async with emulated("dahua-initialised", "127.0.1.8"):  # an IP4M-1041B
            await remote_step(
                sessions, session_id, state.current.id, "127.0.1.8", HARD, "0002",
                Credentials("admin", PASSWORD), WAIT,
            )  # fmt: skip

    with pytest.raises(DeviceMismatch, match="not the Amcrest"):
        run(main())


def _on_network_check(
    sessions: SessionService, session_id: str, state: SessionState
) -> SessionState:
    """The session walked to its first check over the network."""
    for _ in range(20):  # the opening skipped, each step done or not sure, to a network check
        step = state.current
        if step.network:
            break
        answer = "skip-questions" if step.ref.kind == "opening" else "done"
        answer = answer if step.offers(answer) else "not_sure"
        state = sessions.apply(session_id, Command("answer", step.id, answer))
    assert state.current.network
    return state


def test_an_unlisted_model_of_the_brand_is_told_how_to_go_on(sessions: SessionService) -> None:
    """An installer who took the closest listed model (the G2 for a G0) was only told to check
    the address, and could never use the check (installer review 62, #5)."""
    session_id, state = sessions.start(model="hikvision-ds-2cd2143g2-i", have=["pin", "computer"])
    state = _on_network_check(sessions, session_id, state)

    async def main() -> None:
        async with emulated("hikvision-not-activated", "127.0.1.20"):
            await check_step(sessions, session_id, state.current.id, "127.0.1.20", WAIT)

    with pytest.raises(DeviceMismatch) as refused:
        run(main())
    assert str(refused.value).endswith(
        "; if it is yours, camreset does not list the DS-2CD2143G0-I: start a new session with"
        " Hikvision's usual steps (on the web: look for the model, then “Use Hikvision's usual"
        " steps”; in a terminal: camreset guide --line hikvision)"
    )


def test_the_model_on_the_label_in_the_details_is_the_sessions_camera(
    sessions: SessionService,
) -> None:
    """The label's "DS-2CD2143G0-I" given in the details of a session on the closest listed
    model (the G2; the API takes it for any model, the web and terminal ask it only of a camera
    they do not list): a G0 answering is the person's own camera, and its answer counts."""
    session_id, state = sessions.start(model="hikvision-ds-2cd2143g2-i", have=["pin", "computer"])
    state = sessions.apply(session_id, Command("details", data={"label_model": "DS-2CD2143G0-I"}))
    state = _on_network_check(sessions, session_id, state)

    async def main() -> SessionState:
        async with emulated("hikvision-not-activated", "127.0.1.21"):
            return await check_step(sessions, session_id, state.current.id, "127.0.1.21", WAIT)

    after = run(main())
    assert after.found is not None and after.found.camera is not None
    assert after.found.camera.model == "DS-2CD2143G0-I" and after.reset_done
