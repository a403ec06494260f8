"""How sure a claim is, computed from its sources, never typed by hand.

- high: a vendor source (its page, manual or staff-answered forum) that covers this very
  model, or says it holds for the whole line;
- medium: at least two independent publishers say it (the two seed guides and every page of
  their publisher count as one, and so does a page with the source it `retells`), in one
  claim or in claims that differ only in their words (`agreed_confidence`);
- low: anything else.

A claim is judged for the model that shows it, so a line default resting on a vendor page
about one model is "high" for that model only. `deciding_sources` tells which cited sources
the confidence rests on (without one of them it would be lower), for `camreset kb sources`.
Where each cite of a claim names the fields it backs, the claim is as sure as its least
backed field: two publishers each saying a different half make no "medium".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pydantic import BaseModel

from camreset.core.kb.facts import Cite, Claim, Confidence
from camreset.core.kb.schema import Source, SourceKind

SEED_PUBLISHER = "scos"
"""The seed guides' publisher (scos.co.uk): one publisher, however many of its pages."""


_BRACKETED = re.compile(r"\([^)]*\)")
_SITE_ENDING = re.compile(r"\.(?:com|net|org|co\.uk|io)$")


def publisher_key(source: Source) -> str:
    """Who stands behind a source, for independence. Spellings of one site count as one:
    "Doorbell Troubleshooting", "doorbelltroubleshooting" and "surveillanceguides.com (blog)"
    are the same publisher as "surveillanceguides" (case, spaces, punctuation, a note in
    brackets and a .com/.net/.org/.co.uk ending are ignored)."""
    if source.kind is SourceKind.seed:
        return SEED_PUBLISHER
    name = _BRACKETED.sub("", source.publisher.casefold())
    name = _SITE_ENDING.sub("", name.strip())
    return "".join(ch for ch in name if ch.isalnum())


def covers(source: Source, model_id: str | None, line_id: str) -> bool:
    """Whether the source speaks about this model (or, with no model, the whole line)."""
    return f"line:{line_id}" in source.covers or (
        model_id is not None and model_id in source.covers
    )


def judge(sources: Sequence[Source], model_id: str | None, line_id: str) -> Confidence:
    """The confidence these sources give a claim about `model_id` (None: the line as such)."""
    if any(s.kind.is_vendor and covers(s, model_id, line_id) for s in sources):
        return Confidence.high
    cited = {s.id: s for s in sources}
    if len({publisher_key(cited.get(s.retells or "", s)) for s in sources}) >= 2:
        return Confidence.medium
    return Confidence.low


def backed_fields(value: object) -> tuple[str, ...]:
    """The parts of a value that cites may back one by one: its fields that say something,
    set (a `Charge`'s hours and level), not the ones that only word it or keep their default
    (a button's `tilt_lens_up: false`)."""
    if not isinstance(value, BaseModel):
        return ()
    dumped = value.model_dump(exclude=set(WORDING_ONLY), exclude_none=True, exclude_defaults=True)
    return tuple(sorted(dumped))


def cites_confidence(
    value: object,
    cites: Sequence[Cite],
    known: Mapping[str, Source],
    model_id: str | None,
    line_id: str,
) -> Confidence:
    """How sure `value` is from `cites`: where cites name the fields they back, the least
    sure of its fields, each judged from the cites that back it (a cite naming none backs
    all); otherwise all the cites together."""
    parts = backed_fields(value) if any(c.fields for c in cites) else ()
    groups = [[c for c in cites if c.fields is None or field in c.fields] for field in parts] or [
        list(cites)
    ]
    levels = [
        judge([known[c.source] for c in g if c.source in known], model_id, line_id) for g in groups
    ]
    return min(levels, key=lambda level: level.rank)


def parts_apart(claim: Claim[object], known: Mapping[str, Source]) -> bool:
    """Whether the claim's cites name the fields they back and come from two publishers or
    more: "sources from one publisher" is then true of each part, not of the whole (review
    65 G, F11: read beside three sources from two publishers, it looked wrong)."""
    if not any(c.fields for c in claim.cites):
        return False
    sources = [known[c.source] for c in claim.cites if c.source in known]
    cited = {s.id: s for s in sources}
    return len({publisher_key(cited.get(s.retells or "", s)) for s in sources}) >= 2


def claim_confidence(
    claim: Claim[object], known: Mapping[str, Source], model_id: str | None, line_id: str
) -> Confidence:
    """The computed confidence of one claim (unknown sources count for nothing)."""
    return cites_confidence(claim.value, claim.cites, known, model_id, line_id)


WORDING_ONLY = frozenset({"note", "description", "alternative"})
"""Fields that say a value in other words; claims that differ only there agree (two "no
button" claims whose sources word what to do instead differently agree on the button)."""


def value_core(value: object) -> str:
    """What a claim says, without the fields that only word it: equal cores agree."""
    if isinstance(value, BaseModel):
        return repr(sorted(value.model_dump(exclude=set(WORDING_ONLY), exclude_none=True).items()))
    if isinstance(value, str):
        return " ".join(value.casefold().split())
    return repr(value)


def agreed_confidence(
    claims: Sequence[Claim[object]],
    index: int,
    known: Mapping[str, Source],
    model_id: str | None,
    line_id: str,
) -> Confidence:
    """How sure claim `index` is once the claims that say the same thing in other words lend
    it their sources: two independent publishers agreeing make it "medium" even when each
    wrote it in a claim of its own."""
    core = value_core(claims[index].value)
    cites = [c for claim in claims if value_core(claim.value) == core for c in claim.cites]
    return cites_confidence(claims[index].value, cites, known, model_id, line_id)


def deciding_sources(
    claim: Claim[object], known: Mapping[str, Source], model_id: str | None, line_id: str
) -> list[str]:
    """The cited sources without which this claim's confidence would drop."""
    level = claim_confidence(claim, known, model_id, line_id)
    deciding = []
    for sid in dict.fromkeys(c.source for c in claim.cites if c.source in known):
        rest = [c for c in claim.cites if c.source != sid]
        if cites_confidence(claim.value, rest, known, model_id, line_id).rank < level.rank:
            deciding.append(sid)
    return deciding
