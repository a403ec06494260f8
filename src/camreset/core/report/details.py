"""The details for support a session already holds: what the person typed for support, and how
the camera is powered where they said it in the session or when it began, so neither the
report nor its form asks for it again."""

from __future__ import annotations

from camreset.core.engine.evidence import Answered
from camreset.core.kb.power_values import PowerKind
from camreset.core.present.battery_words import battery_words
from camreset.core.present.detail_words import (
    BATTERY_CHARGE,
    BATTERY_NOT_KNOWN,
    CHARGED,
    DETAIL_WORDS,
    HUB_SAID,
    HUB_STATE,
    SAID_LEVEL,
    STATUS_LIGHT,
)
from camreset.core.present.phrases import POWER_KIND_WORDS
from camreset.core.report.needs import given
from camreset.core.report.power_need import POWER_NEED, power_need
from camreset.core.session import SessionState
from camreset.core.session.charge_look import BATTERY_LEVEL, CHARGE
from camreset.core.session.commands import REFERENCE, REFERENCE_SHARED
from camreset.core.session.opening import ROUTE_NEXT
from camreset.core.session.poe_feed import FEED_QUESTION
from camreset.core.session.power_said import said_at_start
from camreset.core.session.recorder_back import ON_RECORDER
from camreset.core.session.said import last_said


def session_details(state: SessionState) -> dict[str, str]:
    """The details for support the person gave (not a placeholder such as "not sure"), and how
    the camera is powered where they answered that during the session, or named it when it
    began, but did not type it again (or typed a way that names none the session knows: then
    both)."""
    shared = state.details.get(REFERENCE_SHARED) == "yes"  # the helper's, asked for (70 H #13)
    kept = {*DETAIL_WORDS, *([REFERENCE] if shared else [])}
    # "not sure" typed as a firmware version is not a version: no row, as the needs say "not
    # given yet" below it (support-report review 75 G, #11)
    details = {k: str(v) for k, v in state.details.items() if k in kept and given(str(v or ""))}
    if power := _power_source(state):
        kinds, words = power
        typed = details.get("power_source")
        if not typed:
            details["power_source"] = words
        elif not names_a_kind(typed, kinds):  # both, each with where it came from
            details["power_source"] = f"{typed} ({TYPED}); {words}"
        if need := power_need(state.model, kinds):  # right under "Powered by" (75 G, #4)
            details = _after(details, "power_source", POWER_NEED, need)
    if charge := battery_charge(state):
        details[BATTERY_CHARGE] = charge
    if light := status_light(state):
        details[STATUS_LIGHT] = light
    if hub := hub_state(state):
        details[HUB_STATE] = hub
    if code_failed(state):
        said = given(details.get(RECOVERY_CODE))  # "don't know" or "none" is not said (N #1)
        way = f": {said.rstrip('.')}. " if said else f". {NOT_ASKED}"
        details[RECOVERY_CODE] = CODE_FAILED.format(brand=state.model.line.brand, way=way)
    elif own_way_failed(state) and (said := given(details.get(RECOVERY_CODE))):
        brand = state.model.line.brand
        details[RECOVERY_CODE] = OWN_WAY_FAILED.format(brand=brand, said=said.rstrip("."))
    else:
        details.pop(RECOVERY_CODE, None)  # typed, then the code worked after all
    return details


def battery_charge(state: SessionState) -> str | None:
    """What the session knows of a battery camera's charge: charged (or new cells put in)
    before a try, or the person's answer to "Is the battery full enough?" (support-report
    review 67, I #1: the report said nothing, and Ring's support has a customer charge first)."""
    fold = state.fold
    tried = CHARGE in fold.tried and CHARGE not in fold.excluded  # not left as undoable
    said = last_said(fold, BATTERY_LEVEL)
    if not tried and said is None:
        return None
    words = battery_words(state.model, "")
    if tried:
        return CHARGED.format(what=words["battery.renew_title"])
    if said is not None and said.answer in SAID_LEVEL:
        return f"{words[SAID_LEVEL[said.answer]]} (answered in the session)"
    return BATTERY_NOT_KNOWN


def _after(details: dict[str, str], key: str, new: str, value: str) -> dict[str, str]:
    """`details` with `new` placed right after `key`."""
    out: dict[str, str] = {}
    for k, v in details.items():
        out[k] = v
        if k == key:
            out[new] = value
    return out


HUB_QUESTIONS = frozenset({"hub-online", "hub-online-add"})


def hub_state(state: SessionState) -> str | None:
    """What the person last said of the hub a camera pairs through, and a look at the hub done
    after it: an Arlo's report said the base station was offline only at step 23, and a pairing
    case's first question is the hub's state (support-report review 75 G, #6)."""
    said = [
        (i, h)
        for i, h in enumerate(state.history)
        if h.ref.ref in HUB_QUESTIONS and not h.ref.stage and h.answer in HUB_SAID
    ]
    if not said:
        return None
    at, last = said[-1]
    words = f"{HUB_SAID[last.answer]} (answered in the session)"
    checked = [
        h
        for h in state.history[at + 1 :]
        if h.ref.ref in HUB_CHECKS and not h.ref.stage and h.answer == "done"
    ]
    return f"{words}; then “{checked[-1].title}” was done" if checked else words


HUB_CHECKS = frozenset({"hub-check", "hub-check-add"})
"""The steps that have the person look the hub over: after one, its state may have changed."""


LIGHT_QUESTION = "status-light"
NOT_SEEN = frozenset({"not_sure", "cant", "skip", "stop"})
"""Answers that say nothing of the light: a "Not sure" on the look before support keeps the
earlier answer, as the steps tried say ("no new answer, the earlier one stands")."""


def status_light(state: SessionState) -> str | None:
    """What the status light did, as the person last said in the session: support keys its
    scripts on the light, and a report whose "What the light did" was left empty said nothing
    of the "On and steady" answered twice in its steps (support-report review 75 G, #1)."""
    said = [
        h
        for h in state.history
        if LIGHT_QUESTION in (h.ref.ref, h.ref.subject) and h.answer not in NOT_SEEN
    ]
    return f"{said[-1].answer_label} (answered in the session)" if said else None


RECOVERY_CODE = "recovery_code"
CODE_FAILED = (
    "{brand}'s recovery code did not let them log in{way}Keep the camera powered and on the "
    "network, with no restart, until the new code is used"
)
NOT_ASKED = (
    "Not said whether the code was refused, had expired or never came: ask which, as a new one "
    "may be needed. "
)
"""The end page told the person this, and the report, read a day later, said nothing of it:
the code expires and a restart may void it (support-report review 67 I, #5)."""
CODE_CHECK = ("vendor-code-reset", 1)
"""The page of the maker's recovery code that asks whether the new password logs in."""


def code_failed(state: SessionState) -> bool:
    """The last answer to whether the vendor's code let them in was "no"."""
    said = [h.answer for h in state.history if (h.ref.ref, h.ref.stage) == CODE_CHECK]
    return bool(said) and said[-1] == "no" and not state.fold.reset


OWN_WAY = "recovery"
"""The opening page "Try {brand}'s own way back in first"."""
OWN_WAY_FAILED = "{brand}'s own way back in did not work: {said}"
"""The recovery-code row after that page's "I tried it and it didn't work": "2. Try Amcrest's
own way back in first — I tried it and it didn't work" said nothing of whether the account
had no e-mail, the code never came or it was refused (support-report review 75 G, #14)."""


def own_way_failed(state: SessionState) -> bool:
    """The last answer to the maker's own way back in was that it did not work."""
    said = [h.answer for h in state.history if (h.ref.kind, h.ref.ref) == ("opening", OWN_WAY)]
    return bool(said) and said[-1] == ROUTE_NEXT


def code_asked(state: SessionState) -> bool:
    """Whether the details ask what happened to the recovery code: the maker's code did not
    let them in, or its own way back in did not work."""
    return code_failed(state) or own_way_failed(state)


ADDING_TROUBLE = "add-trouble"
"""The question "What went wrong when you added it?", asked once adding it again failed."""


def adding_failed(state: SessionState) -> bool:
    """Adding it again in the app failed: the person came for that, or was asked what went
    wrong when they added it."""
    return state.reason == "cant-add" or any(h.ref.ref == ADDING_TROUBLE for h in state.history)


def _power_source(state: SessionState) -> tuple[frozenset[str], str] | None:
    """The power kinds and their words: as answered, as given when the session began (a listed
    camera's, or the one an unknown model was named with), or the one way its sources give
    (web review 54: the form asked support's question the sources answer); None if nobody said
    and they give several (a eufyCam 3: battery or solar)."""
    said, began = state.fold.said_power, said_at_start(state.fold)
    how = "given when the session began" if began else _answered(state)
    stated: PowerKind | None = state.model.stated_power
    sourced = state.model.power_kinds
    if not said and stated is not None:
        said, how = frozenset({stated.value}), "given when the session began"
    elif not said and len(sourced) == 1 and not state.model.generic:
        said, how = frozenset(k.value for k in sourced), "as its sources give"
    if not said:
        return None
    ways = " or ".join(POWER_KIND_WORDS[k] for k in sorted(said) if k in POWER_KIND_WORDS)
    feed = _fed_from(state) if PowerKind.poe.value in said else None
    if feed is not None:
        ways = f"{ways}, {FED_FROM[feed]}"
    return said, f"{ways} ({how})"


def _fed_from(state: SessionState) -> str | None:
    """Where the person last said the camera's cable runs (a key of FED_FROM): in the phase
    the session is in (its cable question, or "Does the camera's cable run to a recorder?"),
    else in the other. A Hikvision said to be on "A recorder (NVR)" while resetting it lost
    "from a recorder (NVR)" in its report once the session went on to adding it again."""
    fold = state.fold
    for evidence in (fold.evidence, *fold.parked.values()):
        said = [e for e in evidence if isinstance(e, Answered) and e.question_id in CABLE_SAID]
        found = (CABLE_SAID[e.question_id].get(e.answer) for e in reversed(said))
        if (feed := next((f for f in found if f is not None), None)) is not None:
            return feed
    return None


TYPED = "typed in the details"
KIND_NAMES = {
    "adapter": ("adapter", "plug", "socket", "outlet", "power supply", "psu", "brick"),
    "poe": ("poe", "network cable", "ethernet", "injector", "switch", "recorder", "nvr"),
    "battery": ("batter", "charge"),
    "usb": ("usb",),
    "transformer": ("transformer", "doorbell wir", "chime"),
    "hub": ("hub", "base station", "homebase"),
    "solar": ("solar",),
    "mains": ("mains", "hardwired", "hard-wired", "wiring", "wired in"),
}
"""Words a person types for each way of powering a camera. What they typed in the details is
shown alone where it names a way the session knows; where it names none, both are shown, each
saying where it came from: "PoE switch, port 3" typed after "How is the camera powered? — A
power adapter" stood alone, the session's answer dropped (session 68, H #2). A way typed in
words not listed here shows both, which says no more than was told."""


def names_a_kind(typed: str, kinds: frozenset[str]) -> bool:
    """Whether typed words name one of `kinds` of power."""
    words = typed.casefold()
    return any(name in words for kind in kinds for name in KIND_NAMES.get(kind, (kind,)))


WORKED_OUT = "not said: worked out from {what}"
"""A PoE camera known only from a step meant for one: "(answered in the session)" stood beside
"How is the camera powered? Not sure" (support-report review 67 I, #6)."""


def _answered(state: SessionState) -> str:
    """ "answered in the session", or which step's answer the power was worked out from."""
    fold = state.fold
    key = next(reversed(fold.powered), None)
    if key is None or key not in fold.worked_out:
        return "answered in the session"
    entry = next((e for e in reversed(state.history) if e.ref.ref == key and not e.ref.stage), None)
    if entry is None:
        return WORKED_OUT.format(what="a step meant only for a camera on PoE")
    if entry.kind == "question":
        return WORKED_OUT.format(what=f"the answer “{entry.answer_label}” to “{entry.title}”")
    return WORKED_OUT.format(what=f"“{entry.title}”, done in the session")


FED_FROM = {
    "switch": "from a PoE switch or the router",
    "recorder": "from a recorder (NVR)",
    "injector": "from an injector",
    "off-recorder": "from a switch, an injector or the router, not a recorder (NVR)",
}
"""What the person said feeds a PoE camera's cable, for support: it asks first whether a
recorder is involved (web review 53: the report said only "PoE")."""
CABLE_SAID = {
    FEED_QUESTION: {k: k for k in ("switch", "recorder", "injector")},
    ON_RECORDER: {"yes": "recorder", "no": "off-recorder"},
}
"""The answers that say where the cable runs, by question, as keys of FED_FROM ("not sure"
says nothing)."""
