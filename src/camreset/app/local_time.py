"""The clock of the machine camreset runs on, for the times a person reads in a report.

Events are stored in UTC. The person at the camera, and the support agent they phone, read
the report's times against a watch: the report shows them on this machine's clock, with its
offset ("14:05 UTC+01:00"), which is the person's own clock when camreset runs at home. A
server elsewhere can be given the right zone with the usual `TZ` variable (`TZ=Europe/Paris`).
The JSON report keeps UTC, for programs.

Each time is read with the offset its own date had: a July session read in December in
Paris is "14:00 UTC+02:00", not December's "+01:00" (flake review 61, #4).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo


class _MachineClock(tzinfo):
    """The machine's zone with its summer-time rules, through the C library's local time
    (`TZ` or /etc/localtime): no time-zone database or name is needed."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return _aware(dt).utcoffset() or timedelta(0)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return _aware(dt).dst()

    def tzname(self, dt: datetime | None) -> str | None:
        return _aware(dt).tzname()

    def fromutc(self, dt: datetime) -> datetime:
        local = dt.replace(tzinfo=UTC).astimezone()
        wall = local.replace(tzinfo=None)
        # the hour an autumn change repeats: the second time round is fold 1 (PEP 495)
        fold = int(wall.astimezone().utcoffset() != local.utcoffset())
        return wall.replace(tzinfo=self, fold=fold)


def _aware(dt: datetime | None) -> datetime:
    """`dt` (a wall time on this clock; None: now) with the offset the machine gives it."""
    return datetime.now().astimezone() if dt is None else dt.replace(tzinfo=None).astimezone()


def local_zone() -> tzinfo:
    """This machine's zone, each time on the offset of its own date (read each time: `TZ`
    may change)."""
    return _MachineClock()
