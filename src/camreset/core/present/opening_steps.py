"""The opening's steps in words: why the person is here, a way round the reset where one is
sourced, and what their own try showed (core/session/opening.py moves the opening on).

Routes come only from the knowledge base (`password_recovery`, `wifi_change`, `unbind_route`),
with their sources in the facts box; where none is sourced the session says so and goes on
to the reset. Removing it from an account falls back to "in the app", said to be a fallback.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.connection import provisioning, without_wifi
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import Provisioning, RecoveryKind
from camreset.core.present.fact_groups import without_expiry
from camreset.core.present.facts import RECOVERY_LABELS, FactView, list_views
from camreset.core.present.first_owner_step import first_owner_step, kept_from_first_owner
from camreset.core.present.more_ways import more_ways_line
from camreset.core.present.opening_answers import OWN_TRY
from camreset.core.present.seller_steps import removal_reset, unbind
from camreset.core.present.setup_words import through_app
from camreset.core.present.step import Answer, Step
from camreset.core.present.words import ANSWER_WORDS, NOT_SURE

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer

from camreset.core.present.opening_answers import (
    ACCOUNT_HELP,
    APP_WORKED,
    ASKS_ITSELF,
    NEVER_KNEW,
    NOT_FOR_ME,
    OTHER_OWNERS,
    OWN_PASSWORD,
    REASON_WORDS,
    SKIP_ANSWER,
    TRIED_ANYWAY,
    TRIED_IT,
    WHICH_PASSWORD,
    WIRED_MOVE,
    WORKED,
)
from camreset.core.present.password_words import (
    ACCOUNT_ONLY,
    ACCOUNT_SAID,
    ASKS_ITSELF_WORDS,
    KEEP_RUNNING,
    NO_WAY_OF_ITS_OWN,
    RECORDER_ONLY,
)
from camreset.core.present.term_words import explained

ROUTES_SHOWN = 3
"""Routes a recovery page lists in its text, the first the sources give; the rest are in its
facts, each with its source."""
RECOVERY_SHOWN = 1
"""Where there are more routes than that (Hikvision's 13), only the first, on a phone."""


def account_only(model: ResolvedModel) -> bool:
    """A camera added in its maker's app, whose sources give no way back in for a password:
    the one forgotten is most often the app account's, which a reset does not change (an
    Arlo owner who forgot it was sent straight to the reset: web review 56)."""
    return model.app is not None and not without_wifi(model)


def _which_password(r: StepRenderer) -> Step:
    """Forgot "its password", with no way back in sourced: the app account's way first (the
    app's, then its support), a reset only if the camera itself asks for one."""
    answers = (APP_WORKED, ACCOUNT_HELP, ASKS_ITSELF, NEVER_KNEW, SKIP_ANSWER)
    text = r.fill(NO_WAY_OF_ITS_OWN)
    return r.plain(r.base("question", WHICH_PASSWORD, text, answers))


LOOK_IN_THE_APP = (
    "No source we have says how to move this camera to another Wi-Fi network without a reset. "
    "In the {line.app} app, look in the settings of the camera{or_hub} for a way "
    "to change its Wi-Fi network: if there is one, it saves you a reset and adding the camera "
    "again."
)
"""A camera added in an app, moving to new Wi-Fi, whose sources give no way to change it: a
notice said to look in the app, with no answer for "that worked" (web review 56). A listed
camera that pairs through no hub is not told of one ("or of its hub or base station if it has
one" to a Wyze Cam v3: session-69 review, U #14)."""
ROUTER_SWAP = (
    "If the new router is already in place and the camera shows offline, the app cannot reach it. "
)
"""Before a sourced way back onto a replaced router's network: a camera cut off by it has no
setting the app can reach (session-69 review, U #14)."""


WORKS_FINE = ("forgot-password", "new-wifi", "selling")
"""Reasons given for a camera that works: "Did you already try the reset button?" read as
troubleshooting to a seller whose camera is fine (need-a-reset review 66, E F8)."""


def _hubless(r: StepRenderer) -> bool:
    """Whether the sources say this camera joins the Wi-Fi itself: they give its ways of being
    added, none through a base station, and no hub (a Wyze Cam v3; not a Blink Mini, whose
    sources give neither, nor a camera of unknown make)."""
    model = r.model
    if model.generic or model.pairs_via is not None:
        return False
    ways = provisioning(model)
    return bool(ways) and Provisioning.base_station not in ways


def _with_router_swap(r: StepRenderer, step: Step) -> Step:
    """The page with the sourced way back onto a replaced router's network, where the camera
    joins the home Wi-Fi itself (not one whose hub does)."""
    views = r.facts("router_swap")
    if not views or not _hubless(r):
        return step
    text = f"{step.text}\n\n{ROUTER_SWAP}{views[0].text}"
    return replace(step, text=text, facts=(*step.facts, *views))


def opening_step(
    r: StepRenderer, which: str, app_at_hand: bool = True, reason: str | None = None
) -> Step:
    """The opening step `which`: reason, a route, tried, or a first-try question.
    `app_at_hand` False: the person left the brand's app unticked; `reason`: why they came,
    for "tried"."""
    if which == "reason":
        return _reason(r)
    if which == "recovery":
        return _recovery(r, app_at_hand)
    if which == "wifi-route" and "wifi_change" not in r.model.facts:
        none = Answer("reset-it", "There is no such setting: reset it")
        look = LOOK_IN_THE_APP.replace("{or_hub}", "" if _hubless(r) else ", or of {hub.its},")
        step = r.base(
            "question", "Look in the app first", r.fill(look), (WORKED, none, SKIP_ANSWER)
        )
        return _with_router_swap(r, r.plain(step))
    if which == "wifi-route":
        return _route(
            r,
            "You may not need a reset to change its Wi-Fi",
            "The sources say this camera can be moved to another network without a reset:",
            r.facts("wifi_change"),
            (WORKED, Answer("reset-it", "It didn't work: reset it")),
        )
    if which == "hub-route":
        return _hub_route(r)
    if which == "move-route":
        return _move_route(r)
    if which == "unbind":
        return unbind(r)
    if which == "reset-since":
        return _reset_since(r)
    if which == "first-owner":
        return first_owner_step(r)
    if which == "removal-reset":
        return removal_reset(r)
    if which == "tried" and reason in WORKS_FINE:
        answers = (Answer("yes", "Yes, I pressed it"), Answer("no", "No, not yet"), SKIP_ANSWER)
        text = "If you have, three quick questions about that press help choose the first step."
        title = "Have you pressed its reset button already?"
        return r.plain(r.base("question", title, text, answers))
    if which == "tried":
        answers = (Answer("yes", "Yes, I tried"), Answer("no", "No, not yet"), SKIP_ANSWER)
        text = "If so, three quick questions about it help choose the best first step."
        title = "Did you already try the reset button?"
        return r.plain(r.base("question", title, text, answers))
    spec = r.plan.questions[which]
    choices = tuple(Answer(a.id, r.fill(a.label), r.pattern(a.pattern)) for a in spec.answers)
    not_sure = Answer(NOT_SURE, ANSWER_WORDS[NOT_SURE], role="not_sure")
    title, text = r.fill(spec.title), r.fill(spec.text)
    about = text if "your last try" in text else f"About {OWN_TRY}. {text}"
    return r.plain(r.base("question", title, about, (*choices, not_sure, SKIP_ANSWER)))


def _reset_since(r: StepRenderer) -> Step:
    answers = (
        Answer("reset", "Yes: it went into setup mode"),
        Answer("didnt-take", "I tried, but it didn't reset"),
        Answer("no", "No, not yet"),
        Answer(NOT_SURE, ANSWER_WORDS[NOT_SURE], role="not_sure"),
        SKIP_ANSWER,
    )
    text = (
        f"A camera that was not reset after it changed hands still has its first owner's "
        f"{kept_from_first_owner(r.model)}, and the app cannot find it as a new camera."
    )
    title = "Have you reset it since you got it?"
    return r.plain(r.base("question", title, text, answers))


def _reason(r: StepRenderer) -> Step:
    wired = without_wifi(r.model)  # no Wi-Fi to move: "a new network"
    answers = (
        *(
            Answer(i, WIRED_MOVE if wired and i == "new-wifi" else label)
            for i, label in REASON_WORDS
        ),
        SKIP_ANSWER,
    )
    text = "A reset erases all its settings, so you may not need one."
    return r.plain(r.base("question", "What brings you here?", text, answers))


def _recovery(r: StepRenderer, app_at_hand: bool) -> Step:
    """The recovery routes; a source saying there is none for the camera's own password
    (Reolink's staff) is said in the lead, not listed as a way back in. Without the app at
    hand its routes go after the others: a phone shows only the first of many."""
    entries = r.model.lists.get("password_recovery", ())
    if not entries:
        return _which_password(r)
    views = list_views(r.kb, r.model, "password_recovery")
    kinds = [e.value.kind for e in entries]
    none = [v for v, k in zip(views, kinds, strict=True) if k is RecoveryKind.none]
    ways = [v for v in views if v not in none]
    keeps = [e.value.keep_running is True for e in entries]
    for_it = _its_ways(r, ways)
    # the camera's own ways first: a recorder's (NVR) are for a camera that has one; of
    # those, a way through the brand's app first: it needs only the phone in one's hand; then
    # one whose source says what voids its reply, which the page says (KEEP_RUNNING)
    ways.sort(
        key=lambda v: (
            kinds[views.index(v)] is RecoveryKind.recorder,
            through_app(v.text, r.model.app) is not app_at_hand,
            not keeps[views.index(v)],
        )
    )
    answers: tuple[Answer, ...] = (WORKED, TRIED_IT, NOT_FOR_ME, NEVER_KNEW)
    if none and ways:  # the reset is the way for the camera's own password: it comes first
        whose = {kinds[views.index(v)] for v in ways}
        said = frozenset(kinds[views.index(v)] for v in for_it)
        other = OTHER_OWNERS.get(said, "A password for your app account or a recorder")
        lead = (
            "For the camera's own password the sources give no way back in: that takes a "
            f"reset. {other} has its own way back in:"
        )
        answers = (OWN_PASSWORD, WORKED, TRIED_ANYWAY, NEVER_KNEW)
        title = WHICH_PASSWORD
        # a camera password only some owners ever set (a Tapo's camera account, for other
        # software): the account's way and answers first (review 66, E F1)
        if whose == {RecoveryKind.account}:
            lead = f"{other} has its own way back in:"
            answers = (WORKED, TRIED_ANYWAY, ASKS_ITSELF, NEVER_KNEW)
    else:
        lead = (
            "A reset erases everything on the camera. {line.brand}'s own way back in may save "
            "you one:"
        )
        title = "Try {line.brand}'s own way back in first"
    others = {RecoveryKind.account, RecoveryKind.recorder}
    if ways and all(kinds[views.index(v)] in others for v in ways):  # "reset it" cures none
        answers = tuple(TRIED_ANYWAY if a is TRIED_IT else a for a in answers)  # (review 52)
    if ways and all(kinds[views.index(v)] is RecoveryKind.account for v in ways):
        answers = tuple(ACCOUNT_HELP if a is TRIED_ANYWAY else a for a in answers)
        # a Ring, a Nest never asks for a password of its own (review 66, E F6)
        answers = tuple(ASKS_ITSELF if a is NOT_FOR_ME else a for a in answers)
    every, ways = ways, [v for v in ways if v in for_it]  # the answers go by every way (old logs)
    shown = RECOVERY_SHOWN if len(ways) > ROUTES_SHOWN or none else ROUTES_SHOWN
    account = [v for v in ways[shown:] if v.label == RECOVERY_LABELS[RecoveryKind.account]]
    if shown == RECOVERY_SHOWN and account and ways[0].label != account[0].label:
        # most who forgot "its password" forgot the app's: its way shows beside the camera's
        # (an EZVIZ owner's was among 4 more ways, 1,500 px down: brand review 47)
        ways.remove(account[0])
        ways.insert(1, account[0])
        shown += 1
    after = []
    if ways and RecoveryKind.device in kinds:
        expiry = r.values.get("recovery.expiry", "")
        # said only beside the way its source is about, if the page lists it: after the app's
        # way alone, "a second export" named nothing on the page (merged-diff review 66, I #7)
        kept = any(keeps[views.index(v)] for v in ways[:shown])
        leave = "Waiting for the code? Leave, and come back to this step when it comes."
        # Dahua's is e-mailed at once, not a reply (installer review 44); what keeps the code
        # good is said here: someone who leaves at this step reads no more (installer review 66)
        after = [" ".join(w for w in (expiry, KEEP_RUNNING if kept else "", leave) if w)]
    # as its answers, by every way (a Wi-Fi Reolink's account way shown alone is not all it has)
    if every and all(kinds[views.index(v)] is RecoveryKind.recorder for v in every):
        after.append(RECORDER_ONLY)  # a Lorex camera reset after these failed: still locked out
    if every and all(kinds[views.index(v)] is RecoveryKind.account for v in every):
        these = "This way is" if len(ways) == 1 else "These ways are"
        after.append(
            f"{ACCOUNT_SAID} {ASKS_ITSELF_WORDS}" if none else ACCOUNT_ONLY.format(these=these)
        )
    # the paragraph after the routes says how long the code lasts, once, even where sources
    # disagree; a route above it does not say one of those numbers (its facts still do)
    listed = [without_expiry(v) for v in ways] if after else ways
    step = _route(r, title, lead, listed or none, answers, shown=shown, after=after)
    return r.with_facts(step, tuple(ways + none))


def _its_ways(r: StepRenderer, ways: list[FactView]) -> list[FactView]:
    """The ways shown: a recorder's only on a camera that can be on one (a PoE port, or no
    power sourced; or it pairs through one): a Reolink E1 Zoom on Wi-Fi read "or a recorder"
    twice of a recorder it never has (need-a-reset review 66, E F11). All, if that is all."""
    label = RECOVERY_LABELS[RecoveryKind.recorder]
    own = [v for v in ways if v.label != label]
    return ways if r.plan.may_be_on_a_recorder or r.model.recorder or not own else own


OTHER_PASSWORDS = (
    (RECOVERY_LABELS[RecoveryKind.recorder], "a recorder"),
    (RECOVERY_LABELS[RecoveryKind.account], "the app account"),
)


def _route(
    r: StepRenderer,
    title: str,
    lead: str,
    views: list[FactView] | tuple[FactView, ...],
    answers: tuple[Answer, ...],
    *,
    shown: int = ROUTES_SHOWN,
    after: list[str] | None = None,
) -> Step:
    other = {label for label, _ in OTHER_PASSWORDS}  # another password's way says whose it is
    lines = [f"• {v.label + ': ' if v.label in other else ''}{v.text}" for v in views[:shown]]
    more = len(views) - shown
    if more > 0:  # Hikvision's sources give 13: a wall nobody reads while on the phone
        rest = views[shown:]
        counts = [(sum(v.label == label for v in rest), who) for label, who in OTHER_PASSWORDS]
        own = more - sum(n for n, _ in counts)  # the camera's own password: "4 more (1 for a
        counts = [(own, "the camera itself"), *counts]  # recorder, 2 for …)" named 3 of 4
        whose = [f"{n} for {who}" for n, who in counts if n]
        lines.append(more_ways_line(more, whose if own < more else []))  # all its own: no who
    text = "\n\n".join(explained([r.fill(lead), *lines, *(r.fill(a) for a in after or [])]))
    step = r.plain(r.base("question", r.fill(title), text, (*answers, SKIP_ANSWER)))
    return r.with_facts(step, tuple(views))


HUB_MOVE = (
    "This camera joins its {hub.name}, not your Wi-Fi: it is the hub that is on your network, "
    "so the camera itself may not need a reset. Connect the {hub.name} to the new router (with "
    "its network cable, or in the app's settings for the hub if it joins over Wi-Fi) and wait "
    "until the app shows it online; the camera comes back through it. No source we have gives "
    "this hub's own steps."
)


def _hub_route(r: StepRenderer) -> Step:
    """Moving a camera that joins its own hub to new Wi-Fi: move the hub first."""
    answers = (WORKED, Answer("reset-it", "It didn't work: reset it"))
    title = "Move the {hub.name} to the new network, not the camera"
    step = r.base("question", r.fill(title), r.fill(HUB_MOVE), (*answers, SKIP_ANSWER))
    return r.plain(step)


CABLE_MOVE = (
    "This camera joins its network over its cable, not over Wi-Fi, so there is no Wi-Fi to "
    "change on it. Connect it to the new network and look for it there: if it shows up and "
    "works, it needs no reset. If it does not, the reset is the way, and you add it on the "
    "new network after."
)
NO_MOVE_SOURCED = (
    "No source we have says how to move this camera to another Wi-Fi network without a reset. "
    "Look in its settings, or in those of {hub.its}, for a way to change the Wi-Fi: if there "
    "is one, it saves you a reset and adding it again."
)


def _move_route(r: StepRenderer) -> Step:
    """Moving a camera no sourced route moves: the person's own try, with an answer for it
    working (the notice before said "try this first" and asked about the reset button)."""
    if without_wifi(r.model):
        title, text = "Connect it to the new network first", CABLE_MOVE
        answers = (
            Answer(WORKED.id, "It showed up: I don't need a reset"),
            Answer("reset-it", "It didn't show up: reset it"),
        )
    else:
        title, text = "Look in its settings first", NO_MOVE_SOURCED
        answers = (WORKED, Answer("reset-it", "There is no such setting: reset it"))
    return r.plain(r.base("question", title, r.fill(text), (*answers, SKIP_ANSWER)))
