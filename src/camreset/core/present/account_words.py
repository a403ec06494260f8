"""Words about whose account a camera is on: whether its sources say a reset takes it off,
the ways they give to remove it, and the hub it pairs through that changes hands with it.

Said to a seller before they hand it over and to a buyer before they reset it, each in the
words its sources allow.
"""

from __future__ import annotations

from enum import StrEnum

from camreset.core.kb.facts import Confidence
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import RecoveryKind
from camreset.core.present.in_a_sentence import without_full_stop
from camreset.core.present.names import with_article

STILL_BOUND = "still-bound"
"""The notice for a second-hand camera whose reset may leave it on its first owner's account:
always where the sources say it does, before the reset where they do not all say it frees it
(its words say which: `still_bound_words`)."""


class Unbinding(StrEnum):
    """What a camera's sources say about whether a reset takes it off its account."""

    frees = "frees"  # every source says so, and not on one unconfirmed source alone
    weakly_frees = "weakly-frees"  # only a single unconfirmed source says so (Wyze's blog)
    keeps = "keeps"  # every source says it stays on the account (Ring)
    disputed = "disputed"  # the sources disagree (Nest)
    unsaid = "unsaid"  # no source says


def unbinding(model: ResolvedModel) -> Unbinding:
    """What the sources say about a reset and the account: one reading for the buyer's
    warning, the seller's end page and the support page, so they never differ."""
    found = model.facts.get("reset_unbinds_account")
    if found is None:
        return Unbinding.unsaid
    said = {c.value for c in found.claims}
    if said == {False}:
        return Unbinding.keeps
    if said != {True}:
        return Unbinding.disputed
    return Unbinding.weakly_frees if found.confidence is Confidence.low else Unbinding.frees


def not_freed_by_reset(model: ResolvedModel) -> bool:
    """Whether every source on it says a reset leaves the camera on its owner's account (Ring):
    a second-hand one is freed only by the first owner."""
    return unbinding(model) is Unbinding.keeps


def may_stay_bound(model: ResolvedModel) -> bool:
    """Whether a second-hand camera may still be on its first owner's account after a reset:
    its sources say so, disagree, or say nothing (only where they all say a reset frees it is
    the buyer spared the warning)."""
    return unbinding(model) is not Unbinding.frees


def their_app(model: ResolvedModel) -> str:
    """The first owner's app, named where the knowledge base names it."""
    return f"their {model.app} app" if model.app else "their app"


def still_bound_words(model: ResolvedModel) -> str:
    """What a second-hand camera's person must know before anything else: short, above the
    step (the first owner's own steps come with the step for a camera on another account).
    Said where the sources do not all say a reset frees it: a buyer's Wyze, Tapo or Nest was
    reset first and met the first owner's account only when adding it failed (owner review
    45)."""
    app, says = their_app(model), unbinding(model)
    if says is Unbinding.keeps:
        return (
            "The sources say a reset does not take this camera off its first owner's account: "
            f"until they remove it in {app} (or transfer it to you), it cannot be added to "
            "yours. Ask them first."
        )
    off = "a reset takes this camera off its first owner's account"
    said = {
        Unbinding.unsaid: f"No source says whether {off}.",
        Unbinding.disputed: f"The sources disagree on whether {off}.",
    }.get(says, f"Only one unconfirmed source says {off}.")  # Wyze's: "this guide claims"
    return (
        f"{said} If you can, ask them to remove it in {app} first: while it is on their "
        "account, it cannot be added to yours."
    )


FIRST_OWNER_AT_SUPPORT = (
    "It came from someone else: if it is still on its first owner's account, nothing done "
    "here takes it off. Ask them to remove it in {app}; if you cannot reach them, ask {brand} "
    "support to release it, giving the serial number from its label."
)
"""On the support page of a second-hand camera whose reset may leave it on its first owner's
account (a buyer's Blink ended at "nothing is known to be wrong with it", with no word of the
previous owner: owner review 45)."""


def first_owner_at_support(model: ResolvedModel) -> str:
    """FIRST_OWNER_AT_SUPPORT for this camera's app and brand."""
    return FIRST_OWNER_AT_SUPPORT.format(app=their_app(model), brand=model.line.brand)


WHOEVER = (
    "Whoever's account it is on removes it there (for a camera that came from someone else, "
    "its previous owner)."
)
"""Not "the previous owner": someone whose camera has always been theirs may have it on
another account of their own, or a household member's (a phone reviewer's Ring doorbell)."""


def unbind_routes(model: ResolvedModel) -> str | None:
    """The sources' ways to take the camera off an account, in the order the knowledge base
    writes them (the narrower first: Blink's one camera before the whole system it came with;
    Ring's current app before the older one): the first, and another source's different one
    where there is one, each with the situation its own words name. None where none is given."""
    said = unbind_route_list(model)
    if not said:
        return None
    if len(said) == 1:
        return said[0]
    return f"{said[0]} Another source gives another way: {said[1]}"


def unbind_route_list(model: ResolvedModel) -> list[str]:
    """The same routes one by one, each a sentence: a seller's removal page lists them as
    bullets (Ring's two read as one paragraph of arrows: need-a-reset review 66, E F5)."""
    fact = model.facts.get("unbind_route")
    if fact is None or not isinstance(fact.value, str):
        return []
    routes = [c for c in fact.claims if isinstance(c.value, str)]
    first = routes[0]
    other = next((c for c in routes if set(c.sources).isdisjoint(first.sources)), None)
    return [f"{without_full_stop(c.value)}." for c in (first, other) if c is not None]


BUYER_SIDE = ("New owner", "If you cannot reach")
"""How a source's route begins when it is the new owner's to follow (Ring's transfer request,
and its offer to e-mail an owner who cannot be reached)."""


def buyer_routes(model: ResolvedModel) -> str | None:
    """The sources' routes a camera's new owner can follow themselves, where they give any:
    a Ring buyer's transfer request stood only under "Where this comes from" (owner review
    45)."""
    fact = model.facts.get("unbind_route")
    if fact is None:
        return None
    routes = [c.value for c in fact.claims if isinstance(c.value, str)]
    theirs = [_to_the_buyer(r) for r in routes if r.startswith(BUYER_SIDE)]
    if not theirs:
        return None
    return f"What you can do yourself, the sources say. {' '.join(theirs)}"


def _to_the_buyer(route: str) -> str:
    """A new owner's route as a sentence to them: "New owner: follow …" is "Follow …"."""
    said = without_full_stop(route.removeprefix("New owner:").strip())
    return f"{said[:1].upper()}{said[1:]}."


HANDED_HUBS = frozenset({"hub", "base_station", "sync_module", "homebase"})
"""The boxes a camera pairs through that a new owner needs too (a recorder and a chime have
their own words)."""


HUB_WORDS = {
    "seller": "It pairs through the {hub}: its new owner adds it through one, this one if it "
    "goes with the camera, or their own. If the {hub} goes too, take it off your account as "
    "well.",
    "buyer": "It pairs through the {hub}, which is on an account too: if one came with the "
    "camera, the first owner removes it from theirs as well. You add the camera through "
    "{a_hub} on your own account.",
    "owner": "It pairs through the {hub}, which is likely on that other account too: remove "
    "it there as well, then add the camera through {a_hub} on the account you use.",
}
"""What a seller (an Arlo camera sold without a word about its base station; a phone
review) or a buyer (a used eufyCam whose release step never named its HomeBase; home owner
review 41) of a camera that pairs through a hub should know."""


def hub_for_new_owner(model: ResolvedModel) -> str | None:
    """The seller's words when the camera pairs through a hub a new owner needs too."""
    return _hub_words(model, "seller")


def hub_for_owner(model: ResolvedModel) -> str | None:
    """The same for someone whose camera was always theirs, on an account likely their own:
    the buyer's "the first owner removes it" did not fit them, and without it nothing said
    the hub is likely on that account too (diff review 62, #3)."""
    return _hub_words(model, "owner")


def hub_for_buyer(model: ResolvedModel) -> str | None:
    """The words for someone whose second-hand camera is on another account, when it pairs
    through a hub: the hub is on an account too."""
    return _hub_words(model, "buyer")


def _hub_words(model: ResolvedModel, who: str) -> str | None:
    hub = model.pairs_via
    if hub is None or hub.kind.value not in HANDED_HUBS:
        return None
    return HUB_WORDS[who].format(hub=hub.name, a_hub=with_article(hub.name))


def cant_sign_in_words(model: ResolvedModel) -> str:
    """For a seller who cannot sign in to the account the camera is on: how the sources say
    to get back in, and that the reset comes first (a seller who had lost the app's sign-in
    had no answer on the page that asks them to remove it: owner review 45)."""
    return (
        "You need to sign in to take it off your account. "
        f"{_way_back_in(model)} Reset it now, and remove it once you are back in: until then "
        "its new owner may not be able to add it."
    )


def still_signed_out_words(model: ResolvedModel) -> str:
    """The seller's end page, after "I can't sign in": the way back in once more, so the
    removal left for later is not forgotten once the reset is done (owner review 45)."""
    return (
        f"You could not sign in to the account earlier. {_way_back_in(model)} Once you are "
        "back in, take the camera off your account before you hand it over."
    )


def _way_back_in(model: ResolvedModel) -> str:
    routes = model.recovery(RecoveryKind.account)
    brand = model.line.brand
    if routes:
        return f"The sources' way back into the account: {without_full_stop(routes[0].route)}."
    return f"No source we have gives {brand}'s way back into the account: its support can help."
