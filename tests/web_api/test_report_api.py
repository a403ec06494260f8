"""The support report over the API, in the three formats a helpdesk pastes."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import send, start

pytestmark = pytest.mark.anyio


async def session_with_a_step(client: httpx.AsyncClient) -> str:
    session = await start(client)
    step = session["current"]["id"]
    await send(client, session["id"], type="answer", step=step, answer="cant")
    await send(client, session["id"], type="details", data={"firmware": "1.0.9"})
    return str(session["id"])


@pytest.mark.parametrize(
    ("fmt", "media_type", "marker"),
    [
        ("md", "text/markdown", "# Camera reset report"),
        ("txt", "text/plain", "CAMERA RESET REPORT"),
        ("json", "application/json", '"kind": "camreset-report"'),
    ],
)
async def test_each_format_has_its_media_type_and_the_facts(
    client: httpx.AsyncClient, fmt: str, media_type: str, marker: str
) -> None:
    session_id = await session_with_a_step(client)
    response = await client.get(f"/api/sessions/{session_id}/report", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert marker in response.text
    assert "1.0.9" in response.text and "Tapo C200" in response.text  # its name, not its id


async def test_the_json_report_lists_each_step_with_its_answer(client: httpx.AsyncClient) -> None:
    session_id = await session_with_a_step(client)
    report = (await client.get(f"/api/sessions/{session_id}/report?format=json")).json()
    steps = [(s["number"], s["answer_id"]) for s in report["steps"]]
    assert steps == [(1, "skip-questions"), (2, "cant")]
    assert report["support"]["url"].startswith("https://")
    assert report["still_likely"] and report["session_id"] is None  # a secret: not by default
    asked = (await client.get(f"/api/sessions/{session_id}/report?format=json&with_id=true")).json()
    assert asked["session_id"] == session_id


async def test_markdown_is_the_default(client: httpx.AsyncClient) -> None:
    session_id = await session_with_a_step(client)
    response = await client.get(f"/api/sessions/{session_id}/report")
    assert response.headers["content-type"].startswith("text/markdown")


async def test_a_camera_not_on_the_list_is_named_in_the_report_as_its_label_says(
    client: httpx.AsyncClient,
) -> None:
    """Helpdesk review 60, #6: the web form kept "Foscam R2" for the report, the API refused
    it, so a helpdesk tool could not name the customer's camera to its maker."""
    session = await start(client, model=None, line="other", form_factor="indoor")
    given = await send(client, session["id"], type="details", data={"label_model": "Foscam R2"})
    assert given.status_code == 200, given.text
    report = await client.get(f"/api/sessions/{session['id']}/report", params={"format": "txt"})
    assert "Foscam R2" in report.text


async def test_the_session_names_a_camera_not_on_the_list_by_its_label_as_the_terminal_does(
    client: httpx.AsyncClient,
) -> None:
    """Diff review 63, #9: `camreset sessions --json` named it “Foscam R2 (not on our list):
    …”, the API's session “Camera of another or unknown brand”: a helpdesk tool reading the
    API could not tell two such sessions apart."""
    session = await start(client, model=None, line="other", form_factor="indoor")
    await send(client, session["id"], type="details", data={"label_model": "Foscam R2"})
    read = (await client.get(f"/api/sessions/{session['id']}")).json()
    assert read["model"] is None
    assert read["model_name"].startswith("Foscam R2 (not on our list): ")
