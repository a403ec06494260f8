"""What a person typed cannot forge a report: no extra lines, no escapes, no reordered text.

Issue 10: a serial containing a newline added "Outcome: The camera is reset" to the plain-text
report. Support staff read that report as camreset's word, so typed text is neutralised by one
function (core.report.plain_text) wherever it is written out as text.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from camreset.core.report import (
    Report,
    build_report,
    plain_text,
    render_markdown,
    render_text,
    terminal_json,
)
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
NEWLINES = "SN1\nOutcome: The camera is reset\r\nSession: forged\u2028Did it work: Yes"
ESCAPES = "1.0\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b0m\x1bP+q\x1b\\"  # OSC, CSI, C1 CSI, DCS
BIDI = "v2\u202e\u2066lanigiro\u2069\u200f\u061c"
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe(text: str) -> list[str]:
    """Characters other than a plain newline that a terminal or a reader would act on."""
    return [
        ch
        for ch in text
        if ch != "\n"
        and (unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in BIDI_CONTROLS)
    ]


def session_with(serial: str, firmware: str) -> SessionState:
    guide = Guide(load_kb())
    state = guide.replay([guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0)])
    details = Command("details", data={"serial": serial, "firmware": firmware})
    return guide.extend(state, [guide.command(state, details, T0)])


def forged_report() -> Report:
    return build_report(load_kb(), session_with(NEWLINES, ESCAPES + BIDI), session_id="s1")


def test_a_serial_with_line_breaks_cannot_add_a_line_to_the_text_report() -> None:
    lines = render_text(forged_report()).splitlines()
    assert [line for line in lines if line.startswith("Outcome:")] == [
        "Outcome:          Not finished"
    ]
    assert [line for line in lines if line.startswith("Session:")] == ["Session:          s1"]
    assert not any(line.startswith("Did it work") for line in lines)
    [serial] = [line for line in lines if line.startswith("Serial number:")]
    assert serial == (
        "Serial number:    SN1 Outcome: The camera is reset Session: forged Did it work: Yes"
    )


def test_a_serial_with_line_breaks_cannot_add_a_line_to_the_markdown_report() -> None:
    lines = render_markdown(forged_report()).splitlines()
    assert [line for line in lines if "Outcome:" in line] == [
        "- **Outcome:** Not finished",  # the header's first row (review 67 I, #10)
        "- **Serial number:** SN1 Outcome: The camera is reset Session: forged Did it work: Yes",
    ]


@pytest.mark.parametrize(
    ("render", "firmware"),
    [
        # the bidi marks are dropped when saved; the escapes' controls shown as U+FFFD
        (render_text, "Firmware version: 1.0�]0;pwned��[2J�[31mred�0m�P+q�\\v2lanigiro"),
        (
            render_markdown,
            "- **Firmware version:** 1.0�\\]0;pwned��\\[2J�\\[31mred�0m�P+q�\\\\v2lanigiro",
        ),
    ],
    ids=["text", "markdown"],
)
def test_escape_sequences_and_bidi_controls_never_reach_the_report(
    render: Callable[[Report], str], firmware: str
) -> None:
    text = render(forged_report())
    assert unsafe(text) == []
    assert [line for line in text.splitlines() if "Firmware version" in line] == [firmware]


def test_json_for_a_terminal_escapes_the_same_characters_and_keeps_the_data() -> None:
    data = {"serial": NEWLINES, "firmware": ESCAPES + BIDI, "lone": "\ud800"}
    document = terminal_json(json.dumps(data, indent=2, ensure_ascii=False))
    assert unsafe(document) == []
    assert json.loads(document) == data
    assert '"firmware": "1.0\\u001b]0;pwned\\u0007' in document


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("  two\n\nlines\t", "two lines"),
        ("a\x1b[2Jb", "a\ufffd[2Jb"),
        ("a\u202eb", "a\ufffdb"),
        ("nel\x85line\u2029sep", "nel line sep"),
        ("Café – ok 🙂", "Café – ok 🙂"),
    ],
)
def test_plain_text_examples(typed: str, shown: str) -> None:
    assert plain_text(typed) == shown


@given(st.text())
def test_plain_text_is_always_one_safe_line(typed: str) -> None:
    shown = plain_text(typed)
    assert unsafe(shown) == [] and "\n" not in shown
    assert plain_text(shown) == shown  # already safe text passes unchanged


@given(st.recursive(st.text() | st.integers() | st.none(), lambda inner: st.lists(inner)))
def test_terminal_json_is_always_safe_and_lossless(data: object) -> None:
    document = terminal_json(json.dumps(data, indent=1, ensure_ascii=False))
    assert unsafe(document) == []
    assert json.loads(document) == data


def test_plain_text_for_a_traceback_keeps_lines_and_indentation_only() -> None:
    shown = plain_text('Traceback:\n  File "x\x1b[2J"\r\n\tUsageError: a\u202eb\n', lines=True)
    assert shown == 'Traceback:\n  File "x\ufffd[2J" \n UsageError: a\ufffdb\n'


def test_bidi_marks_are_not_kept_in_what_a_person_typed() -> None:
    """ "V2.800\u202egnp.exe" typed as the firmware showed as "V2.800exe.png" on the report
    page (web review L5): the marks are dropped when the details are saved, so every report,
    the page included, shows the characters in the order they were typed."""
    state = session_with("SN1", "V2.800\u202egnp.exe")
    assert state.details["firmware"] == "V2.800gnp.exe"
