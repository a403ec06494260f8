"""Whether a camera that may be on its network cable is added again (and checked) there first:
on a computer or a recorder, with its app second. An installer with a computer on the network
read a Hikvision dome's "Add it again" and its check lead with the Hik-Connect app, though the
sources also give its maker's tool (SADP) and a recorder, where installers look (installer
review 62, #7).

Only the words change, never the steps: the ways the sources give decide which steps exist
(`guide.adding.ways_to_add`), what is at hand only which of them a page names first.
"""

from __future__ import annotations

from camreset.core.guide.adding import ways_to_add
from camreset.core.kb.connection import WIRED_WAYS, on_its_cable
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import Provisioning

RECORDER_FEED = "recorder"
"""The answer to "What does the camera's network cable plug into?" that names a recorder."""


def sourced_wired(model: ResolvedModel) -> frozenset[Provisioning]:
    """The ways over its cable that any claim gives (not only the surest one)."""
    found = model.facts.get("provisioning")
    claims = found.claims if found is not None else []
    ways = frozenset(w for c in claims if isinstance(c.value, list) for w in c.value)
    return ways & WIRED_WAYS


def leads_with_the_cable(
    model: ResolvedModel, kinds: frozenset[str], feed: str | None, computer: bool | None
) -> bool:
    """Whether the pages that add it again name its cable's ways first: it may be on a cable
    (powered over it, or with no Wi-Fi sourced, whatever powers it), its sources give both an
    app's way and a way over the cable, no recorder of its own is named (then the recorder
    already comes first), and the person said it runs on PoE alone, that its cable plugs into
    a recorder, or has a computer on its network (for a way over the cable that a computer
    opens: its page or the maker's tool). `computer` None: not asked; False: not at hand, so
    PoE alone does not send them to one."""
    may_be_wired = not kinds or PowerKind.poe.value in kinds or on_its_cable(model)
    wired = sourced_wired(model)
    if model.recorder is not None or not may_be_wired or not wired:
        return False
    if ways_to_add(model, kinds) <= WIRED_WAYS:  # no app's way to name second (or none known)
        return False
    on_a_computer = computer is True and bool(wired - {Provisioning.nvr})
    on_poe = kinds == {PowerKind.poe.value} and computer is not False
    return on_poe or feed == RECORDER_FEED or on_a_computer
