"""What is known of the Wi-Fi bands a camera joins, and who says it: said before adding it
(only 2.4 GHz, where a source says so) and where a Wi-Fi band may be the trouble.

Split from setup_words.py (the words about power and adding it again) when that module
reached 400 lines.
"""

from __future__ import annotations

from camreset.core.kb.facts import Confidence
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.kb.values import Wifi
from camreset.core.present.device_noun import device_noun

WIFI_BEFORE = (
    "{who} only 2.4 GHz Wi-Fi: have your phone on your router's 2.4 GHz network while you add "
    "it (a router that gives both bands one name may need a separate 2.4 GHz name)."
)


def _only_24(model: ResolvedModel, own: str) -> str | None:
    """Who says the camera joins only 2.4 GHz Wi-Fi, if a source does: its own sources
    (`own`), the maker for all its cameras, or a guide about them in general (said as that,
    not as this camera's own)."""
    wifi, fact = model.value("wifi"), model.facts.get("wifi")
    if not isinstance(wifi, Wifi) or not wifi.bands or fact is None:
        return None
    if not all(b.startswith("2.4") for b in wifi.bands):
        return None
    brand = model.line.brand
    if fact.origin is Origin.model and fact.confidence is Confidence.low:
        # not "the sources say": a blog's "most Nest doorbells" (KB audit 57)
        if "most" in (wifi.note or "").casefold().split():
            return f"A guide says most {brand} {device_noun(model)}s join"
        ours = {s for c in fact.claims for s in c.sources}
        return (
            "An unconfirmed source says it joins"
            if len(ours) == 1
            else ("Unconfirmed sources say it joins")
        )
    if fact.origin is Origin.model:
        return own
    if fact.confidence is Confidence.high:  # the maker's own word for all its cameras
        return f"{brand}'s own pages say its cameras join"
    noun = f"{device_noun(model)}s" if fact.origin is Origin.form_factor else "cameras"
    if "most" in (wifi.note or "").casefold().split():  # "most Ring doorbells" (review 58)
        return f"A guide about {brand} {noun} says most of them join"
    return f"A guide about {brand} {noun} in general says they join"


def wifi_before(model: ResolvedModel, power: frozenset[str]) -> str:
    """Said before adding a camera a source gives only 2.4 GHz for, neither on a cable alone
    nor paired through a hub (the hub, not the router, is what it joins): the usual snag of
    a new router, told before it fails rather than after."""
    who = _only_24(model, "Its sources say it joins")
    if power == {PowerKind.poe.value} or model.pairs_via is not None or who is None:
        return ""
    return WIFI_BEFORE.format(who=who)


def wifi_joins(model: ResolvedModel) -> str:
    """What is known of the Wi-Fi bands it joins, said before "use 2.4 GHz": no source, only
    2.4 GHz, or 5 GHz too (then a 5 GHz network is less likely the trouble)."""
    wifi = model.value("wifi")
    bands = wifi.bands if isinstance(wifi, Wifi) else []
    if not bands:
        return "Most home cameras join only 2.4 GHz Wi-Fi (no source gives this model's bands)."
    if any("5" in band for band in bands):
        return (
            "The camera joins 2.4 GHz Wi-Fi (the sources say this model also joins 5 GHz, so "
            "this is less likely the trouble)."
        )
    who = _only_24(model, "The sources say this camera joins") or "The sources say it joins"
    return f"{who} only 2.4 GHz Wi-Fi."
