"""`camreset scan` and `camreset check ADDR`: which cameras answer, and are they reset?

Both only send discovery probes (no login) to this machine's private subnets or to the
addresses given; a public address is refused. `scan` exits 0 when a camera answered and 1
when none did, as `check` does for its one address (it exited 0 for nothing found: terminal
review 69, T #6); `check`
exits 0 only when the camera says it is at factory settings, 1 when nothing answered, 3 when it
says it is still set up and 4 when it answered without saying, so `check ADDR && …` goes on
only after a reset (it exited 0 for "still set up" too: technician review 40).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
from collections.abc import Collection, Coroutine, Sequence
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from camreset.cli.context import cli
from camreset.cli.stdout import fitted_width, piped, print_out, say
from camreset.core.plain import plain_text, terminal_json
from camreset.net import Camera, CheckResult, Problem, Verdict, verdict_for
from camreset.net import check as check_address
from camreset.net import scan as scan_network
from camreset.net.addresses import parse_target
from camreset.net.remote.offer import actions_for
from camreset.net.scanner import (
    CHECK_TIMEOUT,
    DEFAULT_TIMEOUT,
    MAX_TIMEOUT,
    MIN_TIMEOUT,
    check_timeout,
    off_subnet,
)
from camreset.net.verdict import message_for

NO_ANSWER = "No answer at that address."
"""How the verdict of a silent address begins; the terminal names the address instead."""

OWN_ADDRESS = (
    "{address}: it is this computer's own address, not a camera's. `camreset scan` finds the "
    "cameras on your network."
)
"""Said instead of the verdict after silence at a loopback address, where "this can mean the
reset worked" is no help (terminal reviews 39 and 56: `check 127.0.0.1`)."""

T = TypeVar("T")
EXIT_NO_ANSWER = 1
EXITS = {Verdict.RESET_CONFIRMED: 0, Verdict.NO_ANSWER: EXIT_NO_ANSWER}
EXITS |= {Verdict.RESET_DID_NOT_TAKE: 3, Verdict.UNDETERMINED: 4}
STATE_WIDTH = len("Still set up")
"""The setup state's column in the table: "Still set up" on one line, "Back at factory
settings" on three, so "how it knows" keeps its room at 100 columns."""
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _timeout_option() -> Any:
    """Its default said once (Typer's "[default: 3.0]" came after "(default 3)"), with the
    range it takes, which only an error said (technician review 51)."""
    return typer.Option(
        "--timeout",
        metavar="SECONDS",
        help=f"How long to listen for answers, {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g} seconds.",
    )


def _run(work: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(work)


def _camera_json(camera: Camera) -> dict[str, Any]:
    return {
        "address": camera.address,
        "brand": camera.brand,
        "line": camera.line,
        "model": camera.model,
        "kb_model_id": camera.kb_model_id,
        "mac": camera.mac,
        "firmware": camera.firmware,
        "serial": camera.serial,
        "setup_state": camera.setup_state,
        "evidence": list(camera.evidence),
        "protocols": list(camera.protocols),
        "actions": [a.value for a in actions_for(camera)],  # as the API's (T #10)
    }


def _problem_json(problem: Problem) -> dict[str, str]:
    return {"protocol": problem.protocol, "address": problem.address, "message": problem.message}


def _table(cameras: Sequence[Camera], *, piped: bool = False) -> Table:
    """One row a camera; `piped`: no cell folds, so `grep factory` finds the whole row (the
    setup state stood on three lines: terminal review 71, I #8). What a device sent is
    text, never markup, and without its control characters (a model named "[/x]" stopped
    the table with MarkupError)."""
    from camreset.core.present.network_words import SETUP_STATE_SHORT  # not for `--help`: test_lazy

    table = Table(box=None, pad_edge=False, header_style="bold", expand=not piped)
    table.add_column("brand", no_wrap=piped, overflow="fold")
    table.add_column("model", min_width=10, no_wrap=piped, overflow="fold")
    table.add_column("address", no_wrap=True)
    table.add_column("MAC", no_wrap=True)
    table.add_column("firmware", no_wrap=True)
    state_width = None if piped else STATE_WIDTH
    table.add_column("setup state", width=state_width, no_wrap=piped, overflow="fold")
    table.add_column("how it knows", ratio=None if piped else 3, no_wrap=piped, overflow="fold")
    for c in cameras:
        cells = [c.brand or "", c.model or "", c.address, c.mac or "", c.firmware or ""]
        cells += [SETUP_STATE_SHORT[c.setup_state], "; ".join(c.evidence)]
        table.add_row(*(Text(plain_text(cell)) for cell in cells))
    return table


WIDE = 100
"""Columns from which the cameras may be one table row each; narrower, one block each (a table
at 80 columns left the evidence one letter wide, at 40 dropped the setup state). In the table
the firmware is never split (at 120 columns it broke mid-number)."""
EVIDENCE_ROOM = 16
"""The least room "how it knows" keeps in a table: a Tapo's 29-character firmware left it two
letters wide at 100 columns, 60 lines for two cameras (terminal review 71, I #8); below it,
blocks."""


def _fits(width: int, cameras: Sequence[Camera]) -> bool:
    """Whether a table of `cameras` leaves "how it knows" EVIDENCE_ROOM at `width` columns:
    the columns before it as wide as their longest cell, the setup state's as set, two
    spaces between each."""
    columns = [("brand", 10), ("model", 10), ("address", 0), ("MAC", 0), ("firmware", 0)]
    cells = [
        [c.brand or "", c.model or "", c.address, c.mac or "", c.firmware or ""] for c in cameras
    ]
    used = sum(
        max([len(name), least, *(len(row[n]) for row in cells)])
        for n, (name, least) in enumerate(columns)
    )
    return width >= WIDE and width >= used + STATE_WIDTH + 2 * len(columns) + EVIDENCE_ROOM


def label_values(rows: Sequence[tuple[str, str]]) -> Table:
    """Label and value lines (rows with no value left out), the value folding at the
    terminal's width: one camera in `scan`, `check` and `reset-remote` alike. What a device
    sent is shown without its control characters."""
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in rows:
        if value:
            table.add_row(label, Text(plain_text(value)))
    return table


def _block(camera: Camera) -> Table:
    from camreset.core.present.network_words import SETUP_STATE_SHORT  # not for `--help`

    return label_values(
        [
            ("brand", camera.brand or ""),
            ("model", camera.model or ""),
            ("address", camera.address),
            ("MAC", camera.mac or ""),
            ("firmware", camera.firmware or ""),
            ("setup state", SETUP_STATE_SHORT[camera.setup_state]),
            ("how it knows", "; ".join(camera.evidence)),
        ]
    )


def camera_view(width: int, cameras: Sequence[Camera], *, piped: bool = False) -> RenderableType:
    """A table where it fits `width` (`_fits`), else a block per camera; `piped`: a table
    whose rows are one line each, however long."""
    if piped or _fits(width, cameras):
        return _table(cameras, piped=piped)
    blocks: list[RenderableType] = []
    for n, camera in enumerate(cameras):
        blocks += [Text(""), _block(camera)] if n else [_block(camera)]
    return Group(*blocks)


def _show(cameras: Sequence[Camera], lines: Collection[str] = ()) -> None:
    """The cameras, and for each the card to read: its model's, or its line's usual steps
    (`lines`: those camreset lists) for a model it does not list (installer review 69, T #7:
    a Hikvision DS-2CD2143G0-I got no line at all)."""
    # unfolded in a pipe, no line ending in spaces (terminal review 59: rows padded to 80)
    print_out(camera_view(fitted_width(), cameras, piped=piped()))
    for c in cameras:  # a name a device sent, as the table shows it (no escape codes)
        model = plain_text(c.model or "")
        if c.kb_model_id:
            say(f"{model} at {c.address}: reset card:", f"camreset show {c.kb_model_id}")
        elif c.model and c.line in lines:
            brand = plain_text(c.brand or c.line or "")
            say(
                f"{model} at {c.address}: no card for this model; {brand}'s usual steps:",
                f"camreset show --line {c.line}",
            )


def _print(data: Any) -> None:
    """What a camera said (its name, its model) is escaped where a terminal would act on it."""
    typer.echo(terminal_json(json.dumps(data, indent=2, ensure_ascii=False)))


def _notes(problems: Sequence[Problem]) -> None:
    """One note per thing that went wrong: the same trouble for every protocol ("could not
    send a probe: Network is unreachable", five times) is one line naming them all."""
    said: dict[tuple[str, str], list[str]] = {}
    for p in problems:
        said.setdefault((p.address, p.message), []).append(p.protocol)
    for (address, message), protocols in said.items():
        where = f" from {address}" if address else ""
        typer.echo(f"note: {', '.join(protocols)}{where}: {message}", err=True)


def _none_answered(targets: Sequence[str]) -> None:
    """After a scan that found nothing: why an address on another subnet cannot answer, as
    `check` says it; without addresses, where a camera back at factory settings may sit."""
    from camreset.core.present.network_words import FACTORY_ELSEWHERE

    say("No cameras answered.")
    if not targets:
        say(FACTORY_ELSEWHERE)
    for target in dict.fromkeys(targets):
        off = off_subnet(target)
        if off:
            say(_off_subnet(target, off))


def _off_subnet(address: str, subnet: str) -> str:
    """Why nothing at `address` could answer: no address of this computer is in its `subnet`
    (`scan --target` and `check` say it alike)."""
    from camreset.core.present.network_words import off_subnet_said  # `--help`: no KB

    return f"No answer from {address}. " + off_subnet_said(address, subnet)


def _said(result: CheckResult, said: str) -> str:
    """The verdict's words (`said`), for silence with the address, and why where no camera
    could be asked or no scan can reach it."""
    if result.answered:
        return said
    if ipaddress.ip_address(result.address).is_loopback:  # not "this can mean the reset
        return f"No answer from {OWN_ADDRESS.format(address=result.address)}"  # worked" (56)
    if result.off_subnet:  # not "which a scan finds": no scan can (installer review 66)
        return _off_subnet(result.address, result.off_subnet)
    if NO_ANSWER in said:  # the verdict says it: once, with the address
        return said.replace(NO_ANSWER, f"No answer from {result.address}.", 1)
    return said


def scan(
    ctx: typer.Context,
    target: Annotated[
        list[str] | None,
        typer.Option("--target", metavar="ADDR", help="Probe this address only (repeatable)."),
    ] = None,
    timeout: Annotated[float, _timeout_option()] = DEFAULT_TIMEOUT,
    as_json: AsJson = False,
) -> None:
    """Find cameras on this computer's local network (or at --target addresses); exit 1 when
    none answered."""
    check_timeout(timeout)
    kb = cli(ctx).kb()
    result = _run(scan_network(target or None, timeout, kb=kb))
    if as_json:
        cameras = [_camera_json(c) for c in result.cameras]
        _print({"cameras": cameras, "problems": [_problem_json(p) for p in result.problems]})
    else:
        _notes(result.problems)
        if result.cameras:
            _show(result.cameras, kb.lines)
        else:
            _none_answered([str(parse_target(t)) for t in target or ()])
    if not result.cameras:
        raise typer.Exit(EXIT_NO_ANSWER)


def check(
    ctx: typer.Context,
    address: Annotated[str, typer.Argument(metavar="ADDR", help="The camera's IPv4 address.")],
    timeout: Annotated[float, _timeout_option()] = CHECK_TIMEOUT,
    as_json: AsJson = False,
) -> None:
    """Ask the camera at ADDR whether it is back at factory settings (exit 1: no answer; 3:
    still set up; 4: cannot tell)."""
    check_timeout(timeout)
    kb = cli(ctx).kb()
    result = _run(check_address(address, timeout, kb=kb))
    verdict = verdict_for(result)
    if as_json:
        _print(
            {
                "address": result.address,
                "answered": result.answered,
                "setup_state": result.setup_state,
                "verdict": verdict.value,
                "message": _said(result, message_for(result)),  # as the API's (T #10)
                "evidence": list(result.evidence),
                "cameras": [_camera_json(c) for c in result.cameras],
                "problems": [_problem_json(p) for p in result.problems],
            }
        )
    else:
        _notes(result.problems)
        said = _said(result, message_for(result))
        if result.cameras:
            _show(result.cameras, kb.lines)
        elif not said.startswith("No answer from"):
            say(f"No answer from {result.address}.")
        say(said)  # folded between words at the terminal's width (G #2)
    raise typer.Exit(EXITS[verdict])
