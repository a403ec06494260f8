"""How the person gets the report to support, and what of theirs it carries.

The report was offered as a shell redirect ("> report.md") in the terminal and as Print,
downloads and "Plain text to copy" on its page: nothing said to paste it into the vendor's
chat, e-mail or form, or to attach the photos that vendor asks for (support report review
67, I #7). An e-mail address is given only where the vendor's sourced contact names one.
Nor was the person told, before sending it, that it carries their camera's serial, MAC
address and where they bought it (I #8).
"""

from __future__ import annotations

import re

from camreset.core.present.words import mid_sentence
from camreset.core.report.model import Report
from camreset.core.report.needs import given as stated

PHOTOS = frozenset({
    "label_photo", "reset_screen_photo", "recorder_info_photo", "recorder_label_photo",
})  # fmt: skip
"""What support asks for that is a photo the person takes: attached, never in the text."""
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}", re.IGNORECASE)
CARRIED = {
    "serial": "the camera's serial number",
    "mac": "its MAC address",
    "purchase_place": "where you bought it",
    "purchase_date": "when you bought it",
    "error_message": "the error text you typed",
    "hub": "the hub's details",
    "recorder_device_id": "the recorder's Device ID",
    "app_log_id": "the app log ID",
    "reference": "your reference",
}
"""A report's details that are the person's own, in the words "It carries …" says them."""
NO_PASSWORD = "camreset takes out every password it spots: check nothing else private is in it"


def support_email(report: Report) -> str | None:
    """The e-mail address the vendor's sourced contact names, if it names one."""
    if report.support is None:
        return None
    for way in (report.support.contact, *report.support.also):
        if found := _EMAIL.search(way):
            return found.group().rstrip(".")
    return None


def photos_asked(report: Report) -> list[str]:
    """The photos the vendor's support asks for, as its list words them."""
    return [n.label for n in report.support_needs if n.need in PHOTOS]


def sending_words(report: Report) -> str:
    """One sentence on how to send it: paste it into the vendor's chat, e-mail or form (by
    e-mail where the vendor takes it), with the photos it asks for attached."""
    if report.support is None:
        said = "To send it, copy it into the chat, e-mail or contact form of the camera's maker"
        said += " or of the shop you bought it from"
    else:
        who = f"{report.support.brand} support"
        said = f"To send it, copy it into whichever {who} offers: its chat, e-mail or contact form"
        if email := support_email(report):
            said += f" (e-mail: {email})"
    if photos := photos_asked(report):
        said += ", and attach " + _joined([mid_sentence(p) for p in photos])
    return said + "."


def carries_words(report: Report) -> str:
    """What of the person's own the report carries, said before they send it."""
    given = {**report.details, **({"serial": report.serial} if report.serial else {})}
    carried = [words for key, words in CARRIED.items() if stated(given.get(key))]
    if report.feedback and report.feedback.get("comment"):
        carried.append("your comment")
    if not carried:
        return f"Before you send it: it carries your steps and answers. {NO_PASSWORD}."
    return f"Before you send it: it carries {_joined(carried)}. {NO_PASSWORD}."


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
