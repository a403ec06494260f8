"""Plain words for the makers' terms a page passes on from its sources.

A home owner met "SADP (PC on the same LAN) > … export XML … note Start Time … import file"
with no word of what any of it is (review 71 E, #12). The routes stay as their sources give
them (a person reads the same words in the maker's program); the first paragraph of a page
that uses a term is followed by one line saying, in plain words, what each term there is.
Where an explanation states a fact, its KB source is named beside it. The web has it in the
page's "How, step by step" box; the terminal, where it made Hikvision's page taller than
80×24, behind a key (`TERMS_KEY`) offered under the answers (session 73).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A term as its sources write it, and a sentence saying what it is in plain words."""

    name: str
    pattern: re.Pattern[str]
    plain: str
    source: str | None = None
    """The KB source the explanation's fact rests on (None: a word's meaning, no fact)."""
    only_with: str | None = None
    """A word the page must also say: "the file SADP saves" explains an XML file on a page
    about SADP only."""


TERMS = (
    Term(
        "SADP",
        re.compile(r"\bSADP\b"),
        "SADP is Hikvision's program for a computer: it finds its cameras on the same network.",
        "hik-qsg-fisheye-ud04395b",  # 3.2.2: "Run SADP to search the online devices"
    ),
    Term(
        "LAN",
        re.compile(r"\bLAN\b"),
        "LAN means your home network (the router and everything on it, by cable or Wi-Fi).",
    ),
    Term(
        "XML",
        re.compile(r"\bXML\b"),
        "The XML file is a file SADP saves (exports) for you to send to support.",
        "hik-sadp-reset-2024",  # Preparation 1-4: send the export with a photo of the label
        "SADP",
    ),
    Term(
        "Start Time",
        re.compile(r"\bstart time\b", re.IGNORECASE),
        "Start Time is when the camera last started, as SADP lists it.",
        "hik-sadp-reset-scribd-705392950",  # Method 1: send start time and serial
        "SADP",
    ),
    Term(
        "key or file",
        re.compile(r"\b(?:enter (?:the )?key|import (?:the |returned )?(?:encrypt(?:ed)? )?file)"),
        "The key or file is what support sends back: type the key, or open (import) the file, "
        "in SADP.",
        "hik-sadp-reset-2024",  # page 2 steps 4-5: enter the key, or import the file
        "SADP",
    ),
)
"""The terms explained, in the order a line says them."""

IN_PLAIN_WORDS = "In plain words: "


def explained(paragraphs: list[str]) -> list[str]:
    """The paragraphs, with a line of plain words after each one that first uses a term."""
    page = "\n".join(paragraphs)
    terms = [t for t in TERMS if t.only_with is None or t.only_with in page]
    out: list[str] = []
    said: set[str] = set()
    for paragraph in paragraphs:
        out.append(paragraph)
        new = [t for t in terms if t.name not in said and t.pattern.search(paragraph)]
        if new:
            said.update(t.name for t in new)
            out.append(IN_PLAIN_WORDS + " ".join(t.plain for t in new))
    return out


TERMS_KEY = "e"
"""The terminal's key for a page's plain words."""
TERMS_KEY_WORDS = "in plain words"
"""Beside it in the keys line: short, so a page's keys still fit one line of 80 columns."""


def apart(text: str) -> tuple[str, str | None]:
    """A step's text without its plain-words lines, and those lines (None: the page explains
    no term): the terminal shows the second on its key."""
    paragraphs = text.split("\n\n")
    plain = [p for p in paragraphs if p.startswith(IN_PLAIN_WORDS)]
    if not plain:
        return text, None
    rest = "\n\n".join(p for p in paragraphs if not p.startswith(IN_PLAIN_WORDS))
    return rest, "\n\n".join(plain)


def terms_named(text: str) -> str:
    """The terms a page's plain words explain, as they are written: "SADP, LAN and XML"."""
    _, plain = apart(text)
    names = [t.name for t in TERMS if plain is not None and t.plain in plain]
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
