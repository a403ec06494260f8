"""The "won't reset" troubleshooting model as it is written in YAML.

Causes carry priors and a rationale; actions are attempts built from steps whose words are
templated from the model's facts; questions carry P(answer | cause). Each record belongs to a
phase — `reset` (until the camera is back in setup mode) or `setup` (until it is added again
and works) — and says `when` it applies: to which power kinds, lines, ways of adding a camera,
hub-paired cameras or not. The engine sees this only after `camreset.core.guide.plan` turns it
into one generic model per phase for one camera.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from camreset.core.kb.have import Have as Have  # its attempts require these; read here too
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.schema import FACT_NAMES
from camreset.core.kb.text import Ident, OneLine, Strict, Text
from camreset.core.kb.when import Capability as Capability  # read from here too
from camreset.core.kb.when import When

Probability = Annotated[float, Field(strict=True, ge=0, le=1, allow_inf_nan=False)]
Minutes = Annotated[float, Field(strict=True, gt=0, le=600, allow_inf_nan=False)]


class Phase(StrEnum):
    """`reset`: until the camera is back in setup mode; `setup`: until it is added again."""

    reset = "reset"
    setup = "setup"


class Cause(Strict):
    """Why a camera will not reset or be added again: its prior, where it applies, and why the
    prior is what it is."""

    id: Ident
    name: OneLine
    phase: Phase = Phase.reset
    when: When = Field(default_factory=When)
    at_home: bool = True
    """False: only the vendor's support or a provider can deal with it (it is escalated)."""
    wants_longer_hold: bool = False
    """True: only a hold longer than the usual one fixes it, so an attempt that holds "long"
    cannot where the camera's long hold is no longer than its usual one."""
    prior: Probability
    line_priors: dict[Ident, Probability] = Field(default_factory=dict)
    rationale: Text
    sources: list[str] = Field(min_length=1)


class Leak(Strict):
    """ "Something else": the cause no home step fixes, so the engine is never certain and
    support stays the way out."""

    id: Ident
    name: OneLine
    prior: Probability
    rationale: Text
    setup_prior: Probability = 0.03
    """The leak's share in the setup phase (something no home step can fix there either)."""


class WaitFor(StrEnum):
    """What a wait step waits for: the camera's start-up, its restart, or the step's own seconds."""

    boot = "boot"
    reboot = "reboot"
    fixed = "fixed"


CHECKS = frozenset({"setup_mode", "app_finds", "added", "still_works", "new_password"})
"""Checks that end an attempt: the setup-mode signal, the app (or web page) finding the camera
as new — the reset phase — and, in the setup phase, the camera added again, then still showing
its picture once the app is opened afresh (a second look, so one slip does not end the job).
`new_password` ends the vendor-assisted route: the person logs in with the password they set."""


NETWORK_ANSWERS = ("factory", "set-up", "no-answer")
"""The answers of a question camreset answers by checking the camera over the network: it
reports factory state, it reports being set up, or nothing answered (or it did not say)."""


def check_shown(shows: list[str]) -> None:
    """A page or question may only show facts the schema has."""
    if unknown := [name for name in shows if name not in FACT_NAMES]:
        raise ValueError(f"shows: no fact is called {', '.join(unknown)}")


class StepSpec(Strict):
    """One page of an action. Exactly one of do / wait / hold / check."""

    do: Text | None = None
    remote: bool = False
    """A `do` page that camreset carries out over the network (a remote reset), once the
    person has confirmed which camera it is and typed its password."""
    wait: WaitFor | None = None
    seconds: float | None = Field(strict=True, default=None, gt=0, le=3600, allow_inf_nan=False)
    unless_booted: bool = False
    hold: OneLine | None = None
    unplugged: bool = False
    from_power: bool = False
    """A hold timed from when the power comes back, the button held since before (the
    Hikvision guides' reset): the timer starts then, not as the button is pressed."""
    check: OneLine | None = None
    title: OneLine | None = None
    text: Text | None = None
    finds_button: bool = False
    """A `do` page whose whole job is finding the button: "found it" on its help is done."""
    shows: list[OneLine] = Field(default_factory=list)
    """Facts of the camera a `do` page shows beside its words, each with its sources (the
    Wi-Fi it joins and what its lights mean, beside "check the Wi-Fi password")."""

    @model_validator(mode="after")
    def _one_kind(self) -> StepSpec:
        kinds = [k for k in ("do", "wait", "hold", "check") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a step is exactly one of do, wait, hold, check")
        if self.check is not None and self.check not in CHECKS:
            raise ValueError(f"check is one of {', '.join(sorted(CHECKS))}")
        if (self.remote or self.finds_button or self.shows) and self.do is None:
            raise ValueError("only a do page can be remote, find the button or show facts")
        check_shown(self.shows)
        if self.wait is WaitFor.fixed and self.seconds is None:
            raise ValueError("a fixed wait needs seconds")
        if (
            self.hold is not None
            and self.hold
            not in {
                "min",
                "recommended",
                "max",
                "safe_max",
                "long",
            }
            and not self.hold.isdigit()
        ):
            raise ValueError("hold is min, recommended, max, safe_max, long or whole seconds")
        return self


class HeldFromPower(Strict):
    """A power fix's pages up to its hold, done as the camera's own reset where its sources
    hold the button as its power comes back (core/guide/power_up.py; installer review 66)."""

    steps: list[StepSpec] = Field(min_length=2)


class Sourced(Strict):
    """A record a person reads or follows: where it comes from, and which seed passages it
    carries into the product (a test checks these against docs/seed-coverage.md)."""

    sources: list[str] = Field(min_length=1)
    seed_passages: list[str] = Field(default_factory=list)


class Offer(Sourced):
    """What the engine may offer a person (an attempt or a question): which phase and cameras
    it is for, what it costs in minutes, and what must be at hand for it."""

    id: Ident
    title: OneLine
    phase: Phase = Phase.reset
    when: When = Field(default_factory=When)
    minutes: Minutes
    requires: list[Have] = Field(default_factory=list)
    needs: list[Capability] = Field(default_factory=list)
    """What the camera must offer for it to exist (a button to hold, a web page to reset on)."""
    applies_to_lines: list[Ident] | None = None

    def possible_with(self, have: Collection[str]) -> bool:
        """Whether what it needs is among `have` (item ids at hand, or that may still be got)."""
        return all(item.value in have for item in self.requires)


class Action(Offer):
    """An attempt at a fix: its pages, effort, what else it needs, and P(fix | cause)."""

    summary: OneLine
    back_to_reset: bool = False
    """A setup-phase attempt that goes back to resetting (the reset did not really take)."""
    stale_after: list[Ident] = Field(default_factory=list)
    """Once one of these attempts has been done, this one's earlier failure no longer tells
    anything about the camera, and it may be offered again."""
    effort: int = Field(strict=True, ge=1, le=3)
    requires_any: list[Have] = Field(default_factory=list)
    """One of these is enough (the original adapter or a spare; a computer or the app)."""
    powers_off: bool = False
    leaves_out: list[Ident] = Field(default_factory=list)
    """Attempts no longer possible, or questions no longer worth asking, once this one's first
    page is done: a camera removed from the app cannot be reset from it; a battery just
    charged or renewed needs no "is it full enough?"."""
    steps: list[StepSpec] = Field(min_length=1)
    held_from_power: HeldFromPower | None = None
    at_its_sign: StepSpec | None = None
    """The page that stands in for its `long` hold on a camera whose known trouble after a
    reset is one this attempt fixes, and whose sources give a sign to let go at: its own hold,
    not the general guides' longer one (core/guide/at_its_sign.py)."""
    fixes: dict[Ident, Probability]

    def possible_with(self, have: Collection[str]) -> bool:
        return super().possible_with(have) and (
            not self.requires_any or any(item.value in have for item in self.requires_any)
        )


class Rhythm(StrEnum):
    """What a light does, told apart by rhythm rather than hue."""

    steady = "steady"
    blinking = "blinking"
    off = "off"


class AnswerSpec(Strict):
    """One answer to a question, and how likely each cause makes it."""

    id: Ident
    label: OneLine
    pattern: OneLine | None = None
    matches: Rhythm | None = None
    """A light answer: the camera's own light patterns of this rhythm are offered beside it,
    each counting as this answer (so people match what they see, and the engine's
    likelihoods stay those of this answer)."""
    implies_booted: bool = False
    power: list[PowerKind] | None = None
    """This answer says how the camera is powered: steps for other power are dropped."""
    says_power: list[PowerKind] | None = None
    """How the camera is powered, as this answer implies it (its cable runs to a recorder:
    the recorder's port powers it), taken like `power`; the question is still not one that
    asks how it is powered, and is not offered once the person has said another way."""
    wifi: bool = False
    """An answer about joining Wi-Fi: not offered for a camera added only over its cable, or
    said to be on one (no Wi-Fi to join)."""
    via_hub: OneLine | None = None
    """The words of a `wifi` answer for a camera that joins its own hub or HomeBase, not the
    Wi-Fi (the hub joins the Wi-Fi): "pairing with the {hub.name} failed"."""
    in_app: OneLine | None = None
    """The words for a camera added only in its app, through its hub (Blink, eufy): no
    computer can add it, so "The app (or computer)" named one it has not (review 73, F #9)."""
    likelihood: dict[str, Probability]
    via_hub_likelihood: dict[str, Probability] | None = None
    """For a camera that joins its own hub or HomeBase, these causes' likelihoods in place of
    `likelihood`'s: there the hub, not the Wi-Fi, is what a failed pairing points at."""


class Question(Offer):
    """A question whose answer shifts belief between causes: its words and its answers. What
    it `requires` at hand is what asking it needs (a computer on the camera's network, say)."""

    text: Text
    answered_by: Literal["person", "network"] = "person"
    """`network`: camreset answers it by asking the camera over the network (its answers are
    NETWORK_ANSWERS), so no misreading is mixed in unless `noise` says so."""
    noise: Probability | None = None
    """This question's share of random answers, instead of the file's `answer_noise`."""
    remembered: bool = False
    """Answered from what the person remembers or knows, with nothing to do: its way out
    is "skip this question", not "I can't do this"."""
    answers: list[AnswerSpec] = Field(min_length=2)
    stale_after: list[Ident] = Field(default_factory=list)
    carried_from: Ident | None = None
    """A reset-phase question whose answer, still believed when the camera is reset, is this
    setup question's answer too (a hub said to be offline is offline when adding the camera).
    Such a question is never chosen itself: it only carries what the person already said."""
    opening_only: bool = False
    """Asked only in a session's opening (about the person's own try), never chosen later."""
    detour_only: bool = False
    """Never chosen by the engine: answered only on a detour, where it is the reason an
    attempt cannot be done ("the app shows it offline")."""
    light_elsewhere: bool = False
    """The light it asks about is not the camera's (a PoE switch's port light): someone who
    can't see a light on the camera can still answer it."""
    shows: list[OneLine] = Field(default_factory=list)
    """Facts of the camera shown with the question, as on a `do` page (what the hub's lights
    mean, beside "is the hub online?")."""

    @model_validator(mode="after")
    def _shows_facts(self) -> Question:
        check_shown(self.shows)
        return self


class Message(Strict):
    """What a session's end says: a heading and the text under it (templated)."""

    title: OneLine
    text: Text


class Escalation(Sourced, Message):
    """The end when nothing at home worked: support, with the report."""

    minutes: float = Field(strict=True, gt=0, le=6000, allow_inf_nan=False)
    provider: Message
    """When the likeliest cause is a provider lock: the provider, not the maker."""
    no_reset: Message | None = None
    """For a camera that has no reset at home at all (no button, no app or web reset)."""
    untried: Message | None = None
    """When no attempt got as far as its check (every one refused): no fault is claimed."""
    after_reset: Message | None = None
    """When the camera did reset but adding it again failed: no hardware fault is claimed."""
    lacking: Message | None = None
    """When the likeliest cause needs only something the person lacks: no fault is claimed,
    and getting it carries the session on."""
    lacking_after_reset: Message | None = None
    """The same once the camera is reset: what it lacks is for adding it again."""
    redo: Message | None = None
    """When the likeliest cause is one an attempt taken in a hurry deals with (a wait cut
    short, a hold let go early): no fault is claimed; doing it again in full comes first."""
    dark: Message | None = None
    """When the camera still won't switch on: about its power, not about a reset that was
    never possible (web review 53)."""
    account: Message | None = None
    """When the way back into the app's account failed: support for the account, since a
    reset changes no account password (web review 55)."""
    router: Message | None = None
    """When the likeliest cause is a Wi-Fi with no 2.4 GHz network of its own, as the person
    said: the router's setting, which its maker or the internet provider can help with, not
    the camera's maker (review 69, U #9)."""


class Success(Sourced, Message):
    """The reset phase's end (back in setup mode), and the ends after it."""

    added: Message
    """The end of the setup phase: the camera is added again and works."""
    handed: Message | None = None
    """The end for a camera being sold or given away: reset, ready for its new owner."""


class Background(Sourced):
    """Seed passages that inform rather than instruct (why reset, what it wipes)."""

    id: Ident
    text: Text


class TroubleshootingFile(Strict):
    """troubleshooting.yaml: the causes, attempts, questions and ends every camera shares;
    a camera's plan keeps what applies to it."""

    effort_minutes: dict[
        Annotated[int, Field(strict=True, ge=1, le=3)],
        Annotated[float, Field(strict=True, ge=0, le=600, allow_inf_nan=False)],
    ]
    answer_noise: Probability = 0.0
    """Share of answers that are misread or misremembered: mixed into every P(answer | cause)."""
    leak: Leak
    causes: list[Cause] = Field(min_length=1)
    actions: list[Action] = Field(min_length=1)
    questions: list[Question] = Field(default_factory=list)
    first_try: list[Ident] = Field(default_factory=list)
    """Questions about the person's own try that a session's opening asks up front."""
    escalation: Escalation
    success: Success
    background: list[Background] = Field(default_factory=list)
