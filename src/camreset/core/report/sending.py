"""How the person gets the report to support, and what of theirs it carries.

The report was offered as a shell redirect ("> report.md") in the terminal and as Print,
downloads and "Plain text to copy" on its page: nothing said to paste it into the vendor's
chat, e-mail or form, or to attach the photos that vendor asks for (support report review
67, I #7). An e-mail address is given only where the vendor's sourced contact names one,
and so is every other way in: "its chat, e-mail or contact form" was said of every vendor,
Ring's too, whose sources give its support page and a phone call (merged-diff review 67, N #4).
Nor was the person told, before sending it, that it carries their camera's serial, MAC
address and where they bought it (I #8).
"""

from __future__ import annotations

import re

from camreset.core.present.in_a_sentence import mid_sentence
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
WAYS = {
    "chat": re.compile(r"\bchat\b", re.IGNORECASE),
    "e-mail": re.compile(r"\be-?mail\b|@[\w-]+\.", re.IGNORECASE),
    "contact form": re.compile(r"\bform\b|submit a request", re.IGNORECASE),
    "phone": re.compile(r"\bphone\b(?!\s+number)", re.IGNORECASE),
    "page": re.compile(r"support page|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co|net|org)\b(?!@)"),
}
"""How a sourced contact names each way in (an account's "phone number" is not one; a web
address or "support page" is a page to write from)."""
_NO = re.compile(r"\s*no\b", re.IGNORECASE)
_WRITTEN = {"chat": "their chat", "e-mail": "an e-mail", "contact form": "their contact form"}
"""The ways a report is copied into, in the words "copy it into …" says them."""
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


def ways_in(report: Report) -> frozenset[str]:
    """The ways to reach the vendor's support its sourced contact names (`WAYS`): a clause
    that says "no …" ("no password resets by phone") names none."""
    if report.support is None:
        return frozenset()
    found: set[str] = set()
    for way in (report.support.contact, *report.support.also):
        for clause in way.split(";"):
            if not _NO.match(clause):
                found |= {name for name, said in WAYS.items() if said.search(clause)}
    return frozenset(found)


def sending_words(report: Report) -> str:
    """How to send it: copied into the ways in the vendor's sourced contact names (its
    e-mail address where it gives one), with the photos it asks for attached; a vendor
    reached only by phone is called with it at hand."""
    photos = _joined([mid_sentence(p) for p in photos_asked(report)], "and")
    if report.support is None:
        said = "To send it, copy it into a message to the camera's maker"
        said += " or to the shop you bought it from"
        return said + (f", and attach {photos}." if photos else ".")
    ways = ways_in(report)
    who = f"{report.support.brand} support"
    written = [_WRITTEN[w] for w in _WRITTEN if w in ways]
    if "e-mail" in ways and (email := support_email(report)):
        written = [f"{w} ({email})" if w == _WRITTEN["e-mail"] else w for w in written]
    if _by_phone_only(ways):
        said = f"{who} takes calls: keep it in front of you on the call"
        return said + (f", and ask them where to send {photos}." if photos else ".")
    if not written:
        written = ["a message through their support page"]
    said = f"To send it to {who}, copy it into {_joined(written, 'or')}"
    said += f", and attach {photos}." if photos else "."
    if "phone" in ways:
        said += " On a call with them, keep it in front of you to read from."
    return said


def pasted_words(report: Report) -> str:
    """What the copy button says once it has copied the text: where it goes, as
    `sending_words` says (it said "Paste it into the support form." of every vendor, Lorex's
    by phone and Reolink's by e-mail too: merged-diff review 68, N #6)."""
    if report.support is None:
        return "Copied. Paste it into your message to the camera's maker or the shop."
    who = f"{report.support.brand} support"
    if _by_phone_only(ways_in(report)):
        return f"Copied. Keep it in front of you on the call to {who}."
    return f"Copied. Paste it into your message to {who}."


def _by_phone_only(ways: frozenset[str]) -> bool:
    """The vendor's sourced contact names a call and nothing to write from."""
    return not ways & set(_WRITTEN) and "phone" in ways and "page" not in ways


def carries_words(report: Report) -> str:
    """What of the person's own the report carries, said before they send it."""
    given = {**report.details, **({"serial": report.serial} if report.serial else {})}
    carried = [words for key, words in CARRIED.items() if stated(given.get(key))]
    if report.feedback and report.feedback.get("comment"):
        carried.append("your comment")
    if not carried:
        return f"Before you send it: it carries your steps and answers. {NO_PASSWORD}."
    return f"Before you send it: it carries {_joined(carried)}. {NO_PASSWORD}."


def _joined(items: list[str], last: str = "and") -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
