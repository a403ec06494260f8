"""The JSON API's network routes against emulated cameras on loopback (127.0.3.x): scan,
check, a remote action only once confirmed, and a session's step checked and reset.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import BASE, assert_problem, send, start, to_remote
from tests.net.conftest import PASSWORD, emulated

from camreset.settings import Settings

pytestmark = pytest.mark.anyio
FAST = 0.5


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, base_url=BASE, network_timeout=FAST)


async def test_scan_and_check_name_the_camera_and_its_state(client: httpx.AsyncClient) -> None:
    async with emulated("dahua-uninitialised", "127.0.3.1"):
        scanned = await client.post("/api/network/scan", json={"targets": ["127.0.3.1"]})
        checked = await client.post("/api/network/check", json={"address": "127.0.3.1"})
    assert scanned.status_code == 200
    (camera,) = scanned.json()["cameras"]
    assert camera["kb_model_id"] == "amcrest-ip4m-1041b"
    assert camera["setup_state"] == "factory"
    assert camera["actions"] == []  # no admin password yet, nothing to reset (T #2, review 69)
    body = checked.json()
    assert (body["verdict"], body["answered"]) == ("reset_confirmed", True)
    assert body["message"].startswith("The camera says it is back at factory settings")


async def test_a_check_of_an_address_on_another_subnet_says_why_and_what_to_do(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installer review 66, D #4, as the API says it: nothing is sent (the probes are replaced
    by silence), and the server's only network is 10.0.0.0/24."""
    from ipaddress import IPv4Address, IPv4Network

    from camreset.net import scanner
    from camreset.net.interfaces import LocalNetwork

    async def silent(*_args: object, **_kwargs: object) -> tuple[list[object], list[object]]:
        return [], []

    office = [LocalNetwork("eth0", IPv4Address("10.0.0.5"), IPv4Network("10.0.0.0/24"))]
    monkeypatch.setattr(scanner, "collect", silent)
    monkeypatch.setattr(scanner, "local_networks", lambda: office)
    body = (await client.post("/api/network/check", json={"address": "192.168.1.108"})).json()
    assert body["verdict"] == "no_answer"
    assert body["message"].startswith(
        "No answer at that address. This computer has no address in 192.168.1.0/24"
    )
    assert "e.g. 192.168.1.100, mask 255.255.255.0" in body["message"]
    assert body["evidence"][-1] == "This computer has no address in 192.168.1.0/24."


async def test_a_public_address_is_a_422_problem(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/network/check", json={"address": "8.8.8.8"})
    problem = assert_problem(response, 422)
    assert problem["type"] == "urn:camreset:problem:address-not-allowed"


async def test_a_remote_action_needs_the_confirmed_mac_and_sends_once(
    client: httpx.AsyncClient,
) -> None:
    body: dict[str, Any] = {
        "address": "127.0.3.2",
        "action": "factory_reset_hard",
        "confirm_mac": "9c:8e:cd:00:00:09",
        "password": PASSWORD,
    }
    async with emulated("dahua-initialised", "127.0.3.2") as cam:
        wrong = await client.post("/api/network/remote", json=body)
        refused = await client.post(
            "/api/network/remote", json={**body, "confirm_mac": "0002", "password": "nope-1"}
        )
        sent_before = list(cam.device.actions)  # type: ignore[union-attr]
        done = await client.post("/api/network/remote", json={**body, "confirm_mac": "0002"})
        sent = list(cam.device.actions)  # type: ignore[union-attr]
    assert assert_problem(wrong, 422)["type"] == "urn:camreset:problem:confirmation-required"
    assert "0002" not in wrong.text  # the answer, to send again (T #8, review 69)
    assert assert_problem(refused, 422)["type"] == "urn:camreset:problem:camera-login-refused"
    assert sent_before == []
    assert done.status_code == 200
    assert done.json()["message"] == "OK" and "network settings" in done.json()["note"]
    assert sent == ["resetSystemEx type=0"]
    for response in (wrong, refused, done):
        assert PASSWORD not in response.text and "nope-1" not in response.text


async def test_a_camera_already_at_factory_settings_is_sent_nothing(
    client: httpx.AsyncClient,
) -> None:
    """Terminal review 69, T #2: the API offered an uninitialised Amcrest a hard reset, and a
    login it cannot take; it says there is nothing to reset, and no login is tried."""
    body = {"address": "127.0.3.5", "action": "factory_reset_hard", "confirm_mac": "0001"}
    async with emulated("dahua-uninitialised", "127.0.3.5") as cam:
        response = await client.post("/api/network/remote", json={**body, "password": PASSWORD})
        sent = list(cam.device.actions)  # type: ignore[union-attr]
    problem = assert_problem(response, 422)
    assert problem["type"] == "urn:camreset:problem:already-factory"
    assert "says it is already back at factory settings" in problem["detail"]
    assert sent == [] and PASSWORD not in response.text


async def test_a_user_name_with_a_line_break_is_a_422_not_an_unreachable_camera(
    client: httpx.AsyncClient,
) -> None:
    """A robustness reviewer's "a\\r\\nX-Injected: 1" came back as 504 "the camera's web
    service did not answer"."""
    body = {"address": "127.0.3.3", "action": "reboot", "confirm_mac": "0001", "password": "x"}
    response = await client.post("/api/network/remote", json={**body, "username": "a\r\nX: 1"})
    problem = assert_problem(response, 422)
    assert "a user name is one line with no control characters" in problem["detail"]


async def test_nothing_at_the_address_is_a_404(client: httpx.AsyncClient) -> None:
    body = {"address": "127.0.3.3", "action": "reboot", "confirm_mac": "0001", "password": "x"}
    problem = assert_problem(await client.post("/api/network/remote", json=body), 404)
    assert problem["type"] == "urn:camreset:problem:camera-not-found"


async def test_a_session_step_is_checked_and_reset_over_the_api(client: httpx.AsyncClient) -> None:
    have = ["computer", "admin_password"]  # no pin: the button is no use
    session = await to_remote(client, await start(client, model="amcrest-ip4m-1046ew", have=have))
    step = session["current"]
    assert step["remote"] and not step["network"]
    path = f"/api/sessions/{session['id']}"
    async with emulated("dahua-initialised", "127.0.3.4", model="IP4M-1046EW") as cam:
        body = {"step": step["id"], "address": "127.0.3.4", "confirm_mac": "0002"}
        reset = await client.post(f"{path}/remote-reset", json={**body, "password": PASSWORD})
        assert reset.status_code == 200, reset.text
        assert cam.device.actions == ["resetSystemEx type=0"]  # type: ignore[union-attr]
        after = reset.json()
        assert after["found"] is None  # a reset records the action, not an identification
        for _ in range(100):
            if after["current"]["network"]:
                break
            current = after["current"]
            after = (await send(client, session["id"], type="done", step=current["id"])).json()
        else:
            raise AssertionError("100 steps and still: not after['current']['network']")
        checked = await client.post(
            f"{path}/network-check", json={"step": after["current"]["id"], "address": "127.0.3.4"}
        )
    doc = checked.json()
    assert doc["phase"] == "setup" and doc["reset_done"]
    assert doc["found"]["model"] == "IP4M-1046EW"
    sent = [h for h in doc["history"] if h["step"] == step["id"]]
    assert sent[0]["answer_label"].startswith("Factory reset sent over the network")
    report = await client.get(f"{path}/report", params={"format": "json"})
    assert report.json()["remote_actions"][0]["mac"] == "9c:8e:cd:00:00:02"
    assert PASSWORD not in report.text


async def test_a_check_for_a_step_that_takes_none_is_a_422(client: httpx.AsyncClient) -> None:
    session = await start(client)
    body = {"step": session["current"]["id"], "address": "127.0.3.5"}
    response = await client.post(f"/api/sessions/{session['id']}/network-check", json=body)
    assert assert_problem(response, 422)["type"] == "urn:camreset:problem:invalid-answer"


async def test_with_network_off_every_route_is_403(db_url: str) -> None:
    from camreset.web.app import create_app

    app = create_app(Settings(database_url=db_url, base_url=BASE, network=False))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        response = await client.post("/api/network/check", json={"address": "127.0.3.6"})
    problem = assert_problem(response, 403)
    assert problem["type"] == "urn:camreset:problem:network-off"


async def test_every_network_route_declares_its_statuses(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    remote = schema["paths"]["/api/network/remote"]["post"]["responses"]
    assert {"200", "403", "404", "409", "422", "502", "504"} <= set(remote)
    password = schema["components"]["schemas"]["RemoteRequest"]["properties"]["password"]
    assert password["writeOnly"] is True and password["format"] == "password"


async def test_a_check_that_finds_no_camera_says_so_in_the_session(
    client: httpx.AsyncClient,
) -> None:
    """Helpdesk review 60, #7: a check at an address where nothing answered returned the
    session unchanged, the same step on screen and nothing saying it had run."""
    have = ["pin", "original_adapter", "computer"]
    session = await start(client, model="amcrest-ip4m-1041b", have=have)
    path = f"/api/sessions/{session['id']}"
    doc = session
    for _ in range(12):
        if doc["current"]["network"]:
            break
        current = doc["current"]
        offered = [a["id"] for a in current["answers"]]
        kind = "done" if "done" in offered else "answer"
        said = {} if kind == "done" else {"answer": "have" if "have" in offered else offered[0]}
        sent = await send(client, session["id"], type=kind, step=current["id"], **said)
        doc = sent.json()
    step = doc["current"]["id"]
    checked = await client.post(
        f"{path}/network-check", json={"step": step, "address": "127.0.3.9"}
    )
    assert checked.status_code == 200, checked.text
    after = checked.json()
    assert after["current"]["id"] == step  # the person still checks by eye
    [check] = after["network_checks"]
    assert (check["address"], check["result"], check["still_open"]) == (
        "127.0.3.9",
        "no-answer",
        True,
    )
    assert check["said"] == (
        "camreset asked the camera at 127.0.3.9: No answer over the network (or it did not "
        "say). Check it yourself: this step is still open."
    )


async def test_a_wifi_camera_still_set_up_is_not_told_of_a_recorder(
    client: httpx.AsyncClient,
) -> None:
    """As `camreset check` (installer review 69, T #7): a Tapo sits on no recorder."""
    async with emulated("tapo-set-up", "127.0.3.40"):
        checked = await client.post("/api/network/check", json={"address": "127.0.3.40"})
    body = checked.json()
    assert body["verdict"] == "reset_did_not_take"
    assert body["message"] == "The camera says it is still set up: the reset did not take."
