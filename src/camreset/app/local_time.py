"""The clock of the machine camreset runs on, for the times a person reads in a report.

Events are stored in UTC. The person at the camera, and the support agent they phone, read
the report's times against a watch: the report shows them on this machine's clock, with its
offset ("14:05 UTC+01:00"), which is the person's own clock when camreset runs at home. A
server elsewhere can be given the right zone with the usual `TZ` variable (`TZ=Europe/Paris`).
The JSON report keeps UTC, for programs.
"""

from __future__ import annotations

from datetime import datetime, tzinfo


def local_zone() -> tzinfo:
    """This machine's zone as it stands now (read each time: `TZ` or summer time may change)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always gives an aware time
    return zone
