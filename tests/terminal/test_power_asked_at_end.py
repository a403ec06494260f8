"""The terminal's end asks how the camera is powered even where the session worked it out, as
the web form does: it skipped the prompt once an answer showed PoE, so nobody typed "PoE
switch, port 4" (support-report review 75 G, #7)."""

from __future__ import annotations

from rich.console import Console
from tests.report.walks import to_support

from camreset.cli.wizard.details_prompt import ask_details, asked_at_the_end
from camreset.core.session import Command, Guide, SessionState
from camreset.kb_files import load_kb

from .conftest import typed_ahead


def test_the_end_asks_how_it_is_powered_saying_what_the_report_has() -> None:
    kb = load_kb()
    guide = Guide(kb)
    state = to_support(kb, "amcrest-ip4m-1046ew", {})
    fields = list(asked_at_the_end(state))
    assert "power_source" in fields

    def save(data: dict[str, object]) -> tuple[SessionState, bool]:
        nonlocal state
        at = state.history[-1].at
        state = guide.extend(state, [guide.command(state, Command("details", data=data), at)])
        return state, True

    typed = b"\n" * fields.index("power_source") + b"PoE switch, port 4\nq\n"
    console = Console(width=400, color_system=None, force_terminal=False)
    with typed_ahead(typed) as reader, console.capture() as capture:
        state = ask_details(console, reader, kb, state, save)
    shown = capture.get()
    assert (
        "How it is powered (adapter, PoE, battery…) (already in the report: PoE (power over "
        "the network cable) (as its sources give); Enter keeps it):"
    ) in shown
    assert state.details["power_source"] == "PoE switch, port 4"
