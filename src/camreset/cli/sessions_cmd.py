"""`camreset sessions`: the recent sessions, each with where it stands, so a technician with
several dry runs of one model at a site can tell the real job from the rest (technician
review 40: eight rows of the same model, minute and "in progress").

Each row is read from the session itself (a replay, a few milliseconds): the step an
unfinished session waits at and the address its camera last answered from.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer

from camreset.cli.context import cli
from camreset.cli.options import BaseUrlOption, DatabaseUrlOption
from camreset.core.plain import folded
from camreset.errors import CamresetError

if TYPE_CHECKING:
    from camreset.app import SessionService
    from camreset.app.sessions import SessionSummary

NARROW = 110
"""Below this many columns each session is a block: a table's five columns need about 120
(at 95 its model was cut short, "hikvision-ds-2c…", technician review 51)."""
MODEL_WIDTH = 24
"""The widest the model column keeps whole: "Amcrest camera (bullet)" and "Hikvision
DS-2CD2143G2-I" fit; a longer name ("… (AcuSense 4 MP dome)") wraps past it, not the date,
the state and where it stands (at 30, the last was cut at 120 columns)."""
MOST_SESSIONS = 1000
"""The most `sessions` lists at once."""


@dataclass(frozen=True)
class Standing:
    """Where one session stands, as its own events say."""

    name: str
    """The camera's name as its page and report give it ("Tapo C200", "Amcrest camera
    (bullet)"): ids beside names in one column read as two kinds of thing (helpdesk review
    60, #10); the id is in `--json`. A log this version cannot read: its model id."""
    line: str | None = None
    step: int | None = None
    """The step an unfinished session waits at (numbered as the guide numbers it)."""
    title: str | None = None
    address: str | None = None
    """Where its camera last answered camreset over the network."""
    silent: str | None = None
    """Where camreset last looked for it and nothing answered, when nothing ever did."""
    feedback: dict[str, str] | None = None
    """What the person said at the end ("fixed": yes / no / not sure)."""
    try_first: str | None = None
    """What an end page worth one more try at home asks first, in the report's words ("once
    another power outlet is at hand")."""
    end: str | None = None
    """The end page a finished session stopped at (a hub of one's own first: not support's)."""
    damaged: bool = False
    """Its saved events cannot be read or replayed: it cannot be opened, and is said so, not
    listed "in progress" (robustness review 70, #8)."""
    reference: str | None = None
    """What the helper typed on its page to tell callers apart (a ticket, a first name):
    eight rows of one model told a helpdesk nothing of who was who (helpdesk review 67, #4)."""
    holding: dict[str, Any] | None = None
    """A hold timer started on the step it waits at and not stopped, as the API's session
    document gives it (app/holding_doc.py): `--json` had no word of a hold going on."""

    @property
    def words(self) -> str:
        """ "ref “T-4411” · at step 11: Is the camera in setup mode now? · camera at …" """
        parts = [f"ref “{self.reference}”"] if self.reference else []
        parts += [f"at step {self.step}: {self.title}"] if self.step is not None else []
        parts += [self.try_first] if self.try_first else []
        parts += [f"camera at {self.address}"] if self.address else []
        parts += [f"no answer at {self.silent}"] if self.silent and not self.address else []
        return " · ".join(parts)


def standing(service: SessionService, row: SessionSummary) -> Standing:
    """Read the session; a log this version cannot read still lists, by its model id."""
    try:
        state = service.state(row.id)
    except CamresetError:
        return Standing(row.model or "(model unknown)", damaged=True)
    from camreset.app.holding_doc import holding_doc
    from camreset.core.present.fixed_words import fixed_by_support
    from camreset.core.report.outcome_line import try_first
    from camreset.core.session.commands import REFERENCE

    waiting, end = not state.finished, state.current
    holding = holding_doc(state, service.clock())
    return Standing(
        state.camera_name,
        state.line,
        state.progress.steps_done + 1 if waiting else None,
        end.title if waiting else None,
        state.camera_address,
        state.network[-1].address if state.network else None,
        state.feedback,
        try_first(redo=end.redo, reopens=end.reopens, lacking=end.lacking)
        if state.outcome == "escalated" and not fixed_by_support(state.outcome, state.feedback)
        else None,
        None if waiting else end.ref.ref,
        reference=str(state.details.get(REFERENCE) or "") or None,
        holding=holding.model_dump(mode="json") if waiting and holding is not None else None,
    )


def sessions(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=MOST_SESSIONS, help="How many to list.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    ref: Annotated[
        str | None,
        typer.Option(
            "--ref",
            metavar="TEXT",
            help="Only the sessions whose reference holds this text, any case "
            "(e.g. a ticket number: --ref T-4411).",
        ),
    ] = None,
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """List recent sessions, last active first: id, model, last active, state, and where
    each stands (the step it waits at, the address its camera answered from)."""
    wanted = _wanted_reference(ref)
    context = cli(ctx)
    context.settings(database_url, base_url)
    service = context.service()
    rows = service.recent(MOST_SESSIONS if wanted else limit + 1)
    if wanted:  # a call-back: the helpdesk's ticket finds its session (review 70 H, #4)
        read = [(r, standing(service, r)) for r in rows]
        found = [(r, s) for r, s in read if wanted in folded(s.reference)]
        if not found:
            from camreset.core.report import plain_text

            said = f"No session has a reference with “{plain_text(ref or '')}” in it"
            typer.echo(f"{said} (of the newest {MOST_SESSIONS}).", err=True)
            raise typer.Exit(1)
        rows, found_stands = [r for r, _ in found], [s for _, s in found]
    more, rows = len(rows) > limit, rows[:limit]  # said, never cut off silently
    stands = found_stands[:limit] if wanted else [standing(service, r) for r in rows]
    if as_json:
        typer.echo(json.dumps([_record(r, s) for r, s in zip(rows, stands, strict=True)], indent=2))
    elif not rows:
        typer.echo("No sessions yet. Start one with: camreset guide")
    else:
        _print(rows, stands)
    if more:  # on stderr, so the JSON on stdout stays whole; after the list, where a terminal
        # still shows it (above 20 sessions it had scrolled away: installer review 62, #8)
        bigger = f"--limit {min(limit * 5, MOST_SESSIONS)} lists more"
        sys.stdout.flush()  # the list first, also where both streams go to one pipe
        typer.echo(
            f"… and older ones: {bigger}."
            if limit < MOST_SESSIONS
            else f"… and older ones: only the newest {MOST_SESSIONS} are listed.",
            err=True,
        )


def _wanted_reference(ref: str | None) -> str:
    """`--ref` as it is matched; a value with no letter or digit, or longer than any
    reference, is a bad command line (exit 2)."""
    from camreset.core.session.commands import REFERENCE_MAX

    if ref is None:
        return ""
    if len(ref) > REFERENCE_MAX or not folded(ref):
        raise typer.BadParameter(
            f"give the reference or part of it: letters or digits, at most {REFERENCE_MAX} "
            "characters (e.g. T-4411)",
            param_hint="--ref",
        )
    return folded(ref)


_KEPT = "\u00a0"
"""A space `_hung` does not fold at, given back as a space."""


def _whole(words: str) -> str:
    """Words folded as one ("in progress", a time)."""
    return words.replace(" ", _KEPT)


def _hung(parts: tuple[str, ...], width: int) -> list[str]:
    """A session's lines under its id, two spaces in, folded four spaces in: at 80 columns
    "in progress" was split with "progress" at column 0, read as a record of its own
    (installer review 62, #10)."""
    import textwrap

    return [
        line.replace(_KEPT, " ")
        for part in parts
        if part
        for line in textwrap.wrap(
            part,
            width,
            initial_indent="  ",
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    ]


def _record(row: SessionSummary, stand: Standing) -> dict[str, Any]:
    step = {"number": stand.step, "title": stand.title} if stand.step is not None else None
    return {
        "id": row.id,
        "model": row.model,  # the id, null without one (as the API's session)
        "model_name": stand.name,
        "line": stand.line,
        "started": None if row.damaged else row.started.isoformat(),
        "updated": None if row.damaged else row.updated.isoformat(),
        "state": "damaged" if stand.damaged else row.state,
        "outcome": row.outcome,
        "state_words": _state_words(row, stand),  # the table's "state"
        "try_first": stand.try_first,  # on an end worth one more try at home
        "fixed": (stand.feedback or {}).get("fixed"),  # the end page's "is it fixed?", if said
        "step": step,
        "camera_address": stand.address,
        "reference": stand.reference,  # the helper's, typed on the session's page
        "holding": stand.holding,  # a hold going on, as the API's session has it
    }


def _print(rows: list[SessionSummary], stands: list[Standing]) -> None:
    """A table on a wide terminal; one block per session on a narrow one, where a
    32-character id fits nowhere else."""
    from rich.table import Table
    from rich.text import Text

    from camreset.app.local_time import local_zone
    from camreset.cli.stdout import fitted_width, print_out
    from camreset.core.report import plain_text

    zone = local_zone()  # a list a person reads: their clock, as the report's times are
    cells = [
        tuple(
            plain_text(cell)
            for cell in (
                r.id,
                s.name,
                "unknown"
                if r.damaged
                else r.updated.astimezone(zone).strftime("%Y-%m-%d %H:%M"),  # the list's order
                _state_words(r, s),
                s.words,
            )
        )
        for r, s in zip(rows, stands, strict=True)
    ]
    width = fitted_width()
    if width < NARROW:  # in a pipe, one row a session, unfolded (terminal review 59)
        for c in cells:
            said = (f"{c[1]} · {_whole(f'last active {c[2]}')} · {_whole(c[3])}", c[4])
            print_out(Text("\n".join([c[0], *_hung(said, width)]) + "\n"))
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    # a name is never cut short ("hikvision-ds-2c…"); a long one wraps
    model = min(max(len(c[1]) for c in cells), MODEL_WIDTH)
    table.add_column("id", no_wrap=True)
    table.add_column("model", min_width=model, overflow="fold")
    for name in ("last active", "state", "where it stands"):
        table.add_column(name)
    for c in cells:
        table.add_row(*(Text(cell) for cell in c))
    print_out(table)


DAMAGED = "damaged: cannot be read (camreset report {id} says why)"
"""A session whose saved events cannot be read or replayed, in the list's state column."""


def _state_words(row: SessionSummary, stand: Standing) -> str:
    """ "in progress", or "finished: reset and added again" ("finished: fixed with support's
    help" once a session handed to support is said to be fixed; "…, but still not right" once
    one that ended well is said not to be; "finished: worth one more try at home before
    support" where its end page says so, the report's words)."""
    from camreset.core.present.end_messages import ROUTER_END
    from camreset.core.present.ending_words import FIXED_SINCE, FOR_A_HUB, ended, not_right
    from camreset.core.present.fixed_words import (
        LISTED_HUB_ADDED,
        added_through_hub,
        fixed_by_support,
        said_not_right,
    )
    from camreset.core.present.no_hub_yet import NEEDS_HUB_END
    from camreset.core.report.outcome_line import TRY_AT_HOME

    if stand.damaged:
        return DAMAGED.format(id=row.id)
    feedback = stand.feedback
    ending = ended(row.outcome, stand.end)  # the one table of endings, as every screen
    said = ending.listed if ending is not None else row.outcome or ""
    if stand.try_first and stand.end != ROUTER_END:  # its end page's one more try, not
        said = TRY_AT_HOME  # "needs support" (the router's setting still comes first)
    if stand.end == NEEDS_HUB_END:  # not for support: a hub of their own first
        said = LISTED_HUB_ADDED if added_through_hub(stand.end, feedback) else FOR_A_HUB.listed
    elif fixed_by_support(row.outcome, feedback, stand.end):
        said = FIXED_SINCE.listed
    elif said_not_right(row.outcome, feedback):  # a seller's "something is still missing" too
        said = not_right(row.outcome or "", stand.end).listed
    state = row.state.replace("_", " ")
    return f"{state}: {said}" if said else state
