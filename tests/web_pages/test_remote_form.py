"""The finder's "Is this your camera?" form after a refused attempt, as a person retrying it
sees it (accessibility review 68 #1): what they chose is still chosen, and the field the
refusal is about is marked, described and focused, so a retry never sends another action.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import Tag
from tests.net.conftest import PASSWORD, emulated_in_thread

from camreset.core.kb.knowledge import KnowledgeBase

from .conftest import soup
from .test_network_pages import form, make, offer_page


def checked(page: Tag) -> list[str]:
    return [str(i["value"]) for i in page.select('input[name="action"][checked]')]


def test_a_retry_after_a_mistyped_mac_sends_the_reboot_that_was_chosen(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    client = make(tmp_path, kb)
    with emulated_in_thread(("onvif-set-up", "127.0.2.14")) as cams:
        offer = offer_page(client, "127.0.2.14")
        assert checked(offer) == []  # a hard factory reset is not chosen for the person
        wrong = client.submit(
            form(offer, "/network/remote/send"), action="reboot", confirm="9999",
            username="operator2", password=PASSWORD,
        )  # fmt: skip
        assert wrong.status_code >= 400
        again = soup(wrong)
        assert checked(again) == ["reboot"]
        assert again.select_one("#username")["value"] == "operator2"
        field = again.select_one("#confirm")
        assert field["aria-invalid"] == "true" and field.has_attr("autofocus")
        problem = again.select_one(f"#{field['aria-describedby']}")
        assert "last four characters of its MAC" in problem.get_text()
        assert not again.select_one("#password").has_attr("aria-invalid")
        assert cams[0].device.actions == []  # type: ignore[union-attr]
        retry = client.submit(
            form(again, "/network/remote/send"), confirm="0002", username="admin", password=PASSWORD
        )
        assert soup(retry).h1.get_text() == "Sent to the camera"
        assert cams[0].device.actions == ["SystemReboot"]  # type: ignore[union-attr]


def test_sending_with_no_action_chosen_marks_the_choice(tmp_path: Path, kb: KnowledgeBase) -> None:
    client = make(tmp_path, kb)
    with emulated_in_thread(("onvif-set-up", "127.0.2.15")) as cams:
        offer = offer_page(client, "127.0.2.15")
        refused = soup(
            client.submit(form(offer, "/network/remote/send"), confirm="0002", password=PASSWORD)
        )
        first = refused.select_one('input[name="action"]')
        assert first["aria-invalid"] == "true" and first.has_attr("autofocus")
        assert "Choose what to send" in refused.select_one("#remote-problem").get_text()
        assert not refused.select_one("#confirm").has_attr("aria-invalid")
        assert cams[0].device.actions == []  # type: ignore[union-attr]
