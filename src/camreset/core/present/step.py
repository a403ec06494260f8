"""What a person sees at one point of a session: one step, its answers, timer and why.

A step is named by a `StepRef` (which attempt or question, which page of it, and where in the
session it was shown). Its string form is what events store and what a client echoes back;
only `StepRef.parse` reads that string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, SupportsFloat

from camreset.core.present.button_place import ButtonPlace
from camreset.core.present.facts import FactView
from camreset.errors import SessionError

StepKind = Literal["action", "question", "wait", "outcome"]
RefKind = Literal["action", "question", "outcome", "opening", "tool", "detour"]
AnswerRole = Literal["answer", "not_sure", "cant", "skip", "stop", "wait", "no_sign", "no_sight"]
SupportInstead = Literal["lacking", "lacking_after_reset", "redo"]
"""The support page's other words (the KB's `escalation` messages of these names)."""
_CODES: dict[RefKind, str] = {
    "action": "a",
    "question": "q",
    "outcome": "o",
    "opening": "i",
    "tool": "t",
    "detour": "d",
}
_KINDS: dict[str, RefKind] = {code: kind for kind, code in _CODES.items()}
_PLAIN = frozenset({"q", "o", "i", "t"})


@dataclass(frozen=True)
class StepRef:
    """Which step: the event count when it was shown, and the attempt page, question, opening
    question, thing to fetch, detour or end. A detour interrupts page `stage` of attempt
    `subject` (why can't you, help finding the button, how to tell, a short hold)."""

    seq: int
    kind: RefKind
    ref: str
    stage: int = 0
    subject: str | None = None

    @property
    def id(self) -> str:
        """`N.a.<action>.<stage>`, `N.q.<question>`, `N.o.<end>`, `N.i.<opening step>`,
        `N.t.<item>` or `N.d.<detour>.<action>.<stage>`."""
        head = f"{self.seq}.{_CODES[self.kind]}.{self.ref}"
        if self.kind == "detour":
            return f"{head}.{self.subject}.{self.stage}"
        return f"{head}.{self.stage}" if self.kind == "action" else head

    @classmethod
    def parse(cls, text: str) -> StepRef:
        """The reference a step id names; SessionError if it is not one."""
        parts = text.split(".")
        if not parts[0].isdigit():
            raise SessionError(f"malformed step id {text!r}")
        if len(parts) == 4 and parts[1] == "a" and parts[3].isdigit():
            return cls(int(parts[0]), "action", parts[2], int(parts[3]))
        if len(parts) == 5 and parts[1] == "d" and parts[4].isdigit():
            return cls(int(parts[0]), "detour", parts[2], int(parts[4]), parts[3])
        if len(parts) == 3 and parts[1] in _PLAIN:
            return cls(int(parts[0]), _KINDS[parts[1]], parts[2])
        raise SessionError(f"malformed step id {text!r}")


@dataclass(frozen=True)
class Answer:
    """One answer a step offers; `role` tells layouts which are the quiet way-outs."""

    id: str
    label: str
    pattern: str | None = None
    role: AnswerRole = "answer"
    means: str | None = None
    """The answer this one counts as (a light pattern counts as its rhythm); None: itself."""


HEARD_SIGNS = ("you hear", "it says", "it may say")
"""How a sign to hold until begins when it is a sound or a voice, with no light named."""
SOUND_IN_SIGN = re.compile(
    r"\b(you (may )?hear|it says|it may say|chimes?|tones?|beeps?|melody|voice|speak|spoken)\b"
)
"""A sound or a voice named anywhere in a sign, "the light flashes, or you hear a chime"
too: a person who cannot see the light has only that (accessibility review 65, finding 2)."""
MAYBE_A_SOUND = re.compile(r"\bsome (cameras|models) [^.;]*")
"""The default sign's "some cameras chime or speak": no sound the camera is known to make, so
its light is watched and the timer still beeps (a person holding a pin up a ladder hears the
phone when they cannot look at it)."""


@dataclass(frozen=True)
class Timer:
    """Seconds to hold, all from the model's one resolved hold fact (core/present/timer.py).

    `until` is the sign to hold until ("the light blinks red"); with one, `max` is when to
    stop at the latest, and `max_why` says where that number comes from."""

    min: float
    recommended: float
    max: float
    until: str | None = None
    max_why: str | None = None
    from_power: bool = False
    """Counted from when the power comes back, the button held since before it did."""
    sureness: str | None = None
    """How sure the sources are of the time, said after the answers (None: the page's own)."""
    no_speaker: bool = False
    """A source says the camera has no speaker: its sign is watched for, not listened for."""
    not_before: float | None = None
    """With `until`: let go at the sign only from this time on, even if it comes sooner (a
    Tapo C200's red blink, which its sources give at 5 s, where 5 s resets it only in part);
    None: from when it comes."""
    longer: float | None = None
    """Without `until`: a longer hold another source gives than its `max` (a Hikvision's 30 s
    beside 15 to 20 s): its `max` is then the end of the surest time, no limit to stop by."""
    about: bool = False
    """With `until`, its one time is its source's "about": the sign, not the time, says when to
    let go (holds.about_hold)."""
    by_clock: bool = False
    """Timed by the clock instead of a sign the person said they cannot see (or that already
    shows): one rule, hold for `recommended`, then let go; its window stays in the page's
    words and facts (phone review 73, F #11: three hold rules on one page)."""

    @property
    def heard(self) -> bool:
        """Whether the sign to hold until is, or includes, a sound or a voice the camera can
        make: the timer then stays silent (a Nest Cam's chime came just as the page beeped
        "stop now": product review 49; an Amcrest's "light … or chime" was beeped over too,
        the one sign a blind person has: accessibility review 65)."""
        if self.until is None or self.no_speaker:
            return False
        return SOUND_IN_SIGN.search(MAYBE_A_SOUND.sub("", self.until)) is not None

    @property
    def only_heard(self) -> bool:
        """Whether the sign is a sound or a voice alone, no light named."""
        return self.heard and self.until is not None and self.until.startswith(HEARD_SIGNS)


@dataclass(frozen=True)
class Cause:
    """A possible cause of the trouble: its knowledge-base id, its name, and how likely the
    engine holds it now."""

    id: str
    name: str
    probability: float

    @classmethod
    def named(cls, cause_id: str, names: Mapping[str, str], probability: SupportsFloat) -> Cause:
        """The cause `cause_id` at `probability`, named as `names` says (its id if unnamed)."""
        return cls(cause_id, names.get(cause_id, cause_id), float(probability))


@dataclass(frozen=True)
class Why:
    """The engine's reason in plain words, with the leading causes behind it."""

    summary: str
    causes: tuple[Cause, ...]
    effect: str
    heading: str = ""
    """What the causes are listed under where it is not the usual "most likely now": the
    usual reasons a reset does not take, before any press; what keeps a camera dark."""
    carried: bool = False
    """The reason a later page of an attempt shares with its first (the terminal says it once)."""


@dataclass(frozen=True)
class Step:
    ref: StepRef
    kind: StepKind
    title: str
    text: str
    answers: tuple[Answer, ...]
    timer: Timer | None = None
    wait_seconds: float | None = None
    why: Why | None = None
    facts: tuple[FactView, ...] = field(default_factory=tuple)
    form_factor: str | None = None
    button_hint: str | None = None
    place: ButtonPlace | None = None
    """Where the reset button is, for the drawing (the same for every step of a camera)."""
    pattern: str | None = None
    unplugged: bool = False
    network: bool = False
    """camreset can answer this step itself by checking the camera over the network."""
    remote: bool = False
    """camreset carries this step out over the network (a remote reset), after the person
    confirms the camera and gives its password."""
    notices: tuple[str, ...] = ()
    """Short paragraphs shown above the step, each on its own: e.g. that no source gives a
    way round the reset, or what an earlier answer changed."""
    reopens: bool = False
    """A support page whose likeliest cause needs only something the person lacks: ticking
    it as at hand carries the session on from here."""
    lacking: str = ""
    """What such a page waits for, in words ("another power outlet"): a run from a file shows
    step titles only, so its last words must name it (user review 52)."""
    redo: bool = False
    """A support page whose likeliest fix was cut short ("Worth one more try"): done again in
    full, it may still work. The report says so too (it said "needs support": web review 52)."""
    attempt: str | None = None
    """Of an attempt's page: the attempt's title and what it is for, as a report's "Asked
    for" says it on the attempt's first page (support-report review 75 G, #3)."""
    explains: tuple[str, str] | None = None
    """A word the step asks about and what it means ("What is setup mode?", …): a page shows
    it folded after the answers, which a sentence above had pushed off a phone's first screen
    (review 63, #12)."""

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def takes_items(self) -> bool:
        """Whether what is at hand can still be changed here: any step but an end, and the
        end that reopens."""
        return self.kind != "outcome" or self.reopens

    def offers(self, answer: str) -> bool:
        return any(a.id == answer for a in self.answers)

    @property
    def notice(self) -> str | None:
        """The notices as one line (the API's `notice`, the tests' shorthand), or None."""
        return " ".join(self.notices) or None

    def noted(self, text: str) -> Step:
        """This step with `text` shown above it, after the notices it already has."""
        return replace(self, notices=(*self.notices, text))

    def counts_as(self, answer: str) -> str:
        """The answer the session and the engine read: a light pattern's rhythm."""
        return next((a.means or a.id for a in self.answers if a.id == answer), answer)

    def answer_label(self, answer: str) -> str:
        """The label of an offered answer (the id itself if it is not offered)."""
        return next((a.label for a in self.answers if a.id == answer), answer)
