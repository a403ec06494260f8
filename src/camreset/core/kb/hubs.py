"""Finding a hub by the name on its label: people type "Sync Module 2" or "HomeBase 3" into
the camera search when the box they see is the hub, not the camera, or the model number printed
under it ("VMB4540", "T8010": the lines' sourced `hubs`). The finder then says what that box is
and which brand's cameras pair through it, instead of "no camera called that"."""

from __future__ import annotations

from dataclasses import dataclass

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import Hub
from camreset.core.kb.search import normalise
from camreset.errors import UnknownModelError

SHORTEST_KEY = 5
"""A hub's or a query's key shorter than this ("nvr", "dvr") names every brand's recorder, so
it is not taken as one brand's hub; a key with a digit in it ("h200") may be shorter."""


@dataclass(frozen=True)
class HubMatch:
    line_id: str
    name: str
    """The hub as the sources name it ("Blink Sync Module")."""


def hub_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Each hub name any claim gives, and the lines whose cameras pair through it."""
    found: dict[str, set[str]] = {}
    layers = [(line.id, line.defaults) for line in kb.lines.values()]
    layers += [(kb.model_line[mid], model) for mid, model in kb.models.items()]
    for line_id, facts in layers:
        fact = facts.pairs_via
        for claim in fact.all_claims if fact is not None else []:
            if isinstance(claim.value, Hub):
                found.setdefault(claim.value.name, set()).add(line_id)
    return found


def _long_enough(key: str) -> bool:
    return len(key) >= SHORTEST_KEY or (len(key) >= 3 and any(ch.isdigit() for ch in key))


def find_hubs(kb: KnowledgeBase, query: str) -> list[HubMatch]:
    """The hubs a query names (the brand may be left out: "sync module 2"), one per line."""
    key, named = normalise(kb, query)
    if not _long_enough(key):
        return []
    out: dict[str, HubMatch] = {}
    for name, lines in sorted(hub_names(kb).items()):
        hub_key, _ = normalise(kb, name)
        if not _long_enough(hub_key) or not (key.startswith(hub_key) or hub_key.startswith(key)):
            continue
        for line_id in sorted(lines):
            if (not named or line_id in named) and line_id not in out:
                out[line_id] = HubMatch(line_id, name)
    for line_id, name, number in _labels(kb):
        # the number as printed, or with its suffix ("VMB4540-100NAS"); not a part of it
        number_key, _ = normalise(kb, number)
        if (
            _long_enough(number_key)
            and key.startswith(number_key)
            and (not named or line_id in named)
        ):
            out.setdefault(line_id, HubMatch(line_id, name))
    return list(out.values())


def _labels(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(line, hub name, model number) for every number a line's `hubs` gives."""
    return [
        (line.id, claim.value.name, number)
        for line in kb.lines.values()
        for fact in line.hubs
        for claim in fact.all_claims
        for number in claim.value.models
    ]


def as_hub(kb: KnowledgeBase, error: UnknownModelError) -> UnknownModelError:
    """The same error, saying what the query is when it names a hub and no camera (the
    terminal's one line: "that is the Blink Sync Module, … `camreset models blink`")."""
    if error.several:
        return error
    hubs = find_hubs(kb, error.query)
    if not hubs:
        return error
    said = "; ".join(
        f"that is the {h.name}, the box {kb.lines[h.line_id].brand} cameras pair through, not a "
        f"camera (`camreset models {h.line_id}` lists them)"
        for h in hubs
    )
    return UnknownModelError(error.query, [], error.line, hub=said)
