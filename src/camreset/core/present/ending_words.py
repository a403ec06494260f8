"""How a session ended, in one table every screen reads: the report's outcome line (the web
report page, the API's report, `camreset report`), a list of sessions (`camreset sessions`)
and the sentence a terminal run ends with (`guide --answers`, and its `--json` result).

Each screen had written its own (words.py, fixed_words.py, the terminal's scripted run) and
they drifted: a seller's camera, reset and taken off their account, ended "The camera is reset
and added again." in the terminal and "reset and added again" in the list, where the report
said "reset for its new owner" (session 73, code review C #2).

The columns differ on purpose, one meaning in each. The report is read by support: it names
the ending first ("Done: …", "Not solved at home: …") and speaks of "the person". A list of
sessions has a column of a few words. The terminal speaks to the person at the end of their
run: a full sentence, to "you", that says what to do next ("take the report to support").
An end page said to be still not right (the web's, the interactive guide's) says the way on
under its own heading, in the same voice.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ending:
    """One way a session ended, in the words of each screen."""

    report: str
    """The report's outcome line: the web report page, the API's report, `camreset report`."""
    listed: str
    """In a list of sessions, after "finished: "."""
    told: str
    """The sentence a terminal run ends with (its `--json` result's `said` too)."""
    way_on: str = ""
    """Under "Still not right" at the end page (the web's, the interactive guide's): what to
    do next, once the person said so there; only the endings said afterwards have one."""
    way_on_title: str = ""
    """The short heading above `way_on` on the web's end page ("Still not right", a seller's
    "Something is still missing"): the template had written it by hand (session 74 B, left
    over)."""


NOT_RIGHT_TITLE = "Still not right"
"""The heading above the way on, where the ending has no other (the hand-overs to support)."""


ENDINGS = {
    "done": Ending(
        report="Done: the camera is reset and added again",
        listed="reset and added again",
        told="The camera is reset and added again.",
    ),
    "not_needed": Ending(
        report="No reset needed: the vendor's own way worked",
        listed="no reset needed",
        told="No reset was needed: the vendor's own way worked.",
    ),
    "stopped": Ending(
        report="Stopped before the end: the report is for support",
        listed="stopped; report for support",
        told="Stopped before the end: take the report to support.",
    ),
    "escalated": Ending(
        report="Not solved at home: needs support",
        listed="needs support",
        told="Not solved at home: take the report to support.",
    ),
}
"""By outcome (core/session/flow.py gives each end page one)."""
NOT_FINISHED = "Not finished"
"""The report's outcome line of a session that has not ended."""

SOLD = {
    "handed-over": Ending(
        report="Done: reset for its new owner, and taken off the account",
        listed="reset for its new owner, and off the account",
        told="Ready to hand over: the camera is reset and off your account.",
    ),
    "reset-for-sale": Ending(
        report="Reset for its new owner; not yet said to be off the account",
        listed="reset for its new owner; not yet said to be off the account",
        told="The camera is reset, but you have not said it is off your account: remove it "
        "there, or its new owner may not be able to add it.",
    ),
}
"""A camera reset for its new owner, by its end page (off the seller's account, or not yet
said to be): it is not added again, as "done" says."""

NOT_THE_MAKER = {
    "escalate-router": Ending(
        report="Reset worked; the Wi-Fi has no 2.4 GHz network of its own: a setting of the "
        "router, which its maker or the internet provider can help with; support only if it "
        "still does not join",
        listed="a router setting; support only if it still does not join",
        told="The reset worked, but your Wi-Fi has no 2.4 GHz network of its own: your "
        "router's maker or your internet provider can help with that setting; take the report "
        "to support only if the camera still does not join.",
    ),
    "escalate-provider": Ending(
        report="Not solved at home: it seems locked to the provider that supplied it, who alone "
        "can set it up again; needs that provider",
        listed="needs the provider that supplied it",
        told="Not solved at home: it seems locked to the provider that supplied it, who alone "
        "can set it up again: take the report to them.",
    ),
}
"""An escalation whose end page sends the person to someone other than the camera's maker,
by that page (end_messages.ROUTER_END, PROVIDER_END): the router's maker or the internet
provider, the provider that supplied the camera. The report said so, while the terminal's last
sentence said "take the report to support", and the list of sessions "needs support" of the
provider's (session 74)."""

FOR_A_HUB = Ending(
    report="Stopped while adding it again, to get {hub} of their own first: it pairs through one",
    listed="stopped to get a hub of their own",
    told="Stopped before the end: {title}.",
)
"""Stopped at "Get an Arlo SmartHub of your own first" (a buyer whose camera came without its
hub: session-65 diff review, H #6): nothing for support to do yet. `{hub}`: the hub with its
article; `{title}`: the end page's title, its first letter lowered. The list of sessions said
"stopped; report for support" (session 74)."""

FIXED_SINCE = Ending(
    report="Not solved at home; fixed since with support's help, as the person said",
    listed="fixed with support's help",
    told="Not solved at home, but fixed since with support's help, you said.",
)
"""A hand-over to support said, afterwards, to be fixed: the report, the list of sessions and
the guide's exit code had gone on saying "needs support" (review 51)."""

SAID_NOT_RIGHT = Ending(
    report="but the person says it is still not right: support is next",
    listed="but still not right: support is next",
    told="But it is still not right, you said: take the report to support.",
    way_on="A new session for this camera starts from what is wrong now; or take this "
    "session's report to support.",
    way_on_title=NOT_RIGHT_TITLE,
)
"""Added to the camera reset and added again, once the person said at its end page that it is
still not right (terminal review 56)."""
SAID_MISSING = Ending(
    report="but the person says something is still missing: support is next",
    listed="but something still missing: support is next",
    told="But something is still missing, you said: take the report to support.",
    way_on="Take this session's report to support: it lists everything you did, and that "
    "something is still missing.",
    way_on_title="Something is still missing",
)
"""Added to a camera reset for its new owner, once the seller answered "No, something is still
missing": the report checked the sale first and dropped it, while the guide exited 3 (support
is next; session 73, leftover of C #2). The web end page then offered a new session first, in
the words of any camera set up again (session 74)."""
RESET_NEXT = Ending(
    report="but the person says it is still not right: a reset may be what it needs, in a new "
    "session",
    listed="but still not right: a reset is next",
    told="But it is still not right, you said: a reset may be what it needs, and a new session "
    "takes you through it.",
    way_on="Then a reset may be what it needs: a new session takes you through it for this "
    "camera. This one stays here, with its summary.",
    way_on_title=NOT_RIGHT_TITLE,
)
"""Added to "no reset needed" once the person said it still doesn't work: no reset was tried
yet, so a reset comes before support, as the web end page and the interactive guide say. The
report and the terminal said support is next, the list neither (session 73, leftover of C #2);
the end page's words stood apart in fixed_words.py (session 74)."""


def not_right(outcome: str, end: str | None = None) -> Ending:
    """Ending `outcome` ("done" or "not_needed") at end page `end`, said afterwards to be
    still not right (for a seller: something still missing)."""
    sold = SOLD.get(end or "") if outcome == "done" else None
    said = SAID_MISSING if sold else RESET_NEXT if outcome == "not_needed" else SAID_NOT_RIGHT
    base = sold or ENDINGS[outcome]
    return Ending(
        report=f"{base.report}; {said.report}",
        listed=f"{base.listed}, {said.listed}",
        told=f"{base.told} {said.told}",
        way_on=said.way_on,
        way_on_title=said.way_on_title,
    )


def ended(outcome: str | None, end: str | None = None) -> Ending | None:
    """How a session that ended `outcome` at end page `end` ended (None: not yet), before
    anything said at its end page."""
    if outcome == "done" and end in SOLD:
        return SOLD[end]
    if outcome == "escalated" and end in NOT_THE_MAKER:
        return NOT_THE_MAKER[end]
    return ENDINGS.get(outcome or "")


OUTCOME_WORDS: dict[str | None, str] = {
    **{k: e.report for k, e in ENDINGS.items()},
    None: NOT_FINISHED,
}
"""The report's outcome line of each outcome, from the one table of endings above."""
ESCALATED_AFTER_RESET = "Reset worked, but the camera could not be added again: needs support"
FOR_NEW_OWNER = {True: SOLD["handed-over"].report, False: SOLD["reset-for-sale"].report}
"""A camera being sold: reset, and whether the seller said it is off their account."""
OUTCOMES = ("done", "not_needed", "stopped", "escalated")
"""Every way a session can end; `done` and `not_needed` are successes."""
SUCCESSES = frozenset({"done", "not_needed"})
