"""A report's times read on the person's clock: its own module, out of the report's model
(which had reached the 400 lines a module may have)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from camreset.core.report.model import Report


def in_zone(report: Report, zone: tzinfo) -> Report:
    """The same report with its times read on the clock of `zone`: the same instants, with
    their offset, as the person would read them on their own watch. Each keeps its own fixed
    offset: times sharing a zone with summer time are subtracted as wall times, so a session
    across the October change read "2 h 20 min after the start" for 3 h 20 (diff review 61)."""

    def on_clock(at: datetime | None) -> datetime | None:
        if at is None:
            return None
        local = at.astimezone(zone)
        return local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))

    return report.model_copy(
        update={
            "started_at": on_clock(report.started_at),
            "model_found_at": on_clock(report.model_found_at),
            "steps": [s.model_copy(update={"at": on_clock(s.at)}) for s in report.steps],
            "screens": [
                j.model_copy(update={"first_at": on_clock(j.first_at)}) for j in report.screens
            ],
            "taken_back": [
                t.model_copy(update={"at": on_clock(t.at), "undone_at": on_clock(t.undone_at)})
                for t in report.taken_back
            ],
        }
    )
