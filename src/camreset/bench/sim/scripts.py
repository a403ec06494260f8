"""The comparison arms: the seed guides' order, the vendor's own article, a person who knows.

Every arm runs the product's own rendered steps for each attempt (same timers, same waits,
the same skipping of a boot wait once the camera is known to be on), so only the choice of
the next step differs from the engine arm. A scripted arm has two parts, like a session: the
reset (until the attempt's checks say the camera is in setup mode), then adding it again
(until the `added` check says yes); when a part's list runs out, the person contacts support.

What the orders are read from is in the docstrings below; which arm is a line's baseline is
in `camreset.bench.cameras` and docs/benchmark.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from camreset.bench.sim.drive import Run
from camreset.bench.sim.person import Person
from camreset.bench.sim.plans import PlanSteps
from camreset.core.guide.fits_camera import admits_power
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.troubleshooting import Phase, WaitFor
from camreset.core.present.words import CANT
from camreset.core.session.fold import next_stage

TPLINK_ORDER: tuple[str, ...] = (
    "a:guided-reset",
    "a:swap-adapter",
    "q:outlet-test",
    "a:other-outlet?outlet-test=dead",
    "q:cable-damage",
    "a:long-hold",
    "q:felt-click",
    "a:drained-power-cycle",
    "a:remove-from-app",
)
"""TP-Link seed, after the person's own failed try: the procedure once more as written, then
"Verify power supply" (the original adapter; plug another device into the same outlet, and move
to another outlet only if that one is dead; inspect the cable), "Hold for longer", "Listen for a
click", "Power cycle before resetting", "Removing the device from the app", then support."""
AMCREST_ORDER: tuple[str, ...] = (
    "a:guided-reset",
    "a:swap-adapter",
    "a:other-outlet",
    "q:felt-click",
    "a:vendor-instructions",
)
"""Amcrest seed, after the person's own failed try (which with this one makes the seed's
"multiple times"): the procedure once more, "Suspect the power supply" (another adapter,
another outlet), "Check the reset button itself", then "Final steps": the vendor's knowledge
base for model-specific instructions, then support."""
SEED_ORDER = {"tapo": TPLINK_ORDER, "kasa": TPLINK_ORDER, "amcrest": AMCREST_ORDER}
"""The seed each line follows. A line no seed covers follows the TP-Link seed: its failure
steps name no brand, and it is the longer list; a step that does not exist for a camera (an
outlet for a PoE camera) is passed over."""
SEED_AFTER_RESET: tuple[str, ...] = ("a:add-again",)
"""Both seeds end at the reset and say to set the camera up again in the app (S000, S004);
they give nothing for when that fails, so the next step is support."""


@dataclass(frozen=True)
class Article:
    """A vendor's own reset article: what it has the person do, and where it says so."""

    source: str
    items: tuple[str, ...]


VENDOR_ARTICLE: dict[str, Article] = {
    "amcrest": Article("amcrest-support-360001961872", ("a:guided-reset",)),
    "wyze": Article("wyze-support-360031484511", ("a:guided-reset",)),
    "lorex": Article("lorex-help-1611", ("a:guided-reset",)),
    "swann": Article("swann-support-39847768465433", ("a:guided-reset",)),
    "simplisafe": Article("simplisafe-support-ocs2-reset", ("a:guided-reset", "a:long-hold")),
    "arlo": Article("arlo-faq-1713", ("a:app-reset",)),
    "dahua": Article("dahua-cybersecurity-492", ("a:vendor-code-reset",)),
    "hikvision": Article("hik-sadp-reset-2024", ("a:vendor-code-reset",)),
    "unifi": Article("ui-help-reset-devices", ("a:guided-reset",)),
}
"""Lines with a vendor page on the reset itself (sources in the KB). Each page gives the
procedure and then support; SimpliSafe's says to remove the camera from the app first, and to
hold for another 30 seconds when no chime came (read as the longer hold). SimpliSafe's plans
have no remove-from-app attempt (it is for the TP-Link lines), so that step is left out of its
list; it was passed over before as well.

Added for issue 14, each the vendor's own text on getting a camera back without the old
settings or password:

- arlo, `arlo-faq-1713` ("How do I remove a device from my Arlo account?"): disarm, then
  Settings > My Devices > Remove Device; its warning says removal returns the device to
  factory defaults. That is the line's software reset, the `app-reset` attempt. Arlo's
  button reset is in no vendor text the KB holds (docs/research/arlo.md).
- dahua, `dahua-cybersecurity-492` ("Initialization and Password reset for Networking
  Cameras"): a forgotten admin password is reset by scanning the reset QR code in DMSS or
  Easy4ip and entering the security code e-mailed to the address set at initialisation:
  `vendor-code-reset`. The page gives no hardware reset.
- hikvision, `hik-sadp-reset-2024` ("Reset password with xml file / QR code on SADP",
  Hikvision v1.1): export the XML file or QR code in SADP, send it with a label photo to
  support, then import the file or enter the key they return: `vendor-code-reset`. Its
  "Attention" says to reboot and export again if that fails; that repeat is not listed.
- unifi, `ui-help-reset-devices` ("UniFi - How to Reset Devices to Factory Defaults"): hold the
  Reset button 5-10 s, or until the LEDs show the restore began, with the device powered:
  `guided-reset`. Its Unmanage route needs the camera adopted to one's own console, which a
  camera that will not reset often is not, so it is not listed.

arlo's page is about the account and dahua's and hikvision's about the password; the KB has
no vendor text with a button procedure for them. Blink, EZVIZ, Eufy, Nest, Reolink and Ring
have no vendor reset page in the KB (their research notes list it as not found; EZVIZ's
pages are about account and recorder passwords), so those lines use the seed order for the
reset part of the vendor-article arm, as does any line without such a page."""
SETUP_ARTICLE: tuple[str, ...] = (
    "a:add-again",
    "a:check-wifi-details",
    "a:allow-permissions",
    "a:use-2g-network",
    "a:update-app",
    "a:wpa2-mixed",
    "a:full-reset",
    "a:remove-old-entry",
    "a:release-account",
    "a:add-through-recorder",
    "a:find-on-network",
)
"""A vendor's "cannot add the camera" checklist, read from the vendor pages the KB cites, in
the order such pages give it: try again; again with the Wi-Fi password checked, nearer the
router (Swann's SWWHD-INTCAM help, first answer; Tapo's own setup message); Bluetooth and
phone permissions on (Wyze 360032757851); a 2.4 GHz network (Lorex 3812 and Wyze's help
text); the latest app (Blink, Sync Module 2 setup); the router's security; reset again; the
old entry removed from one's own app (UniFi's reset page, its first question; SimpliSafe's
Outdoor Camera reset page, before the reset); the device bound to another account (EZVIZ FAQ
"The device has been added", TP-Link FAQ 39); for recorder cameras, the recorder (Lorex 1611)
and the vendor's discovery tool (Hikvision SADP).
The order is a judgement (docs/benchmark.md)."""


def reset_items(line: str) -> tuple[str, ...]:
    """The seed order a line follows."""
    return SEED_ORDER.get(line, TPLINK_ORDER)


def article_items(line: str) -> tuple[str, ...]:
    """The reset part of the vendor-article arm: the vendor's page, else the seed order."""
    article = VENDOR_ARTICLE.get(line)
    return article.items if article is not None else reset_items(line)


def fits_power(steps: PlanSteps, action: str, power: str) -> bool:
    """Whether an attempt of this camera's plan is meant for a camera powered `power`."""
    spec = steps.plan.actions.get(action)
    return spec is not None and admits_power(spec.when, frozenset({PowerKind(power)}))


def run_action(
    steps: PlanSteps, person: Person, action: str, run: Run, booted: bool
) -> tuple[bool, bool]:
    """Do every page of one attempt, updating `run`: (every check said yes, known booted)."""
    spec = steps.plan.actions[action]
    if spec.powers_off:
        booted = False
    stage = next_stage(steps.plan, action, 0, booted)
    while stage < len(spec.steps):
        check = spec.steps[stage].check
        answer, minutes = person.do(steps.stage(action, stage), action, None, check)
        run.steps, run.minutes = run.steps + 1, run.minutes + minutes
        run.trace.append((f"a.{action}.{stage}", answer))
        run.spent.append(minutes)
        if check is not None:
            if answer != "yes":
                return False, booted
            if stage + 1 == len(spec.steps):
                return True, booted
            stage += 1
            continue
        if answer == CANT:
            return False, booted
        if spec.steps[stage].wait in (WaitFor.boot, WaitFor.reboot):
            booted = True
        stage = next_stage(steps.plan, action, stage + 1, booted)
    return False, booted


@dataclass
class Script:
    """One person following fixed lists, with what they answered and could not do so far."""

    steps: PlanSteps
    person: Person
    run: Run
    booted: bool = False

    def __post_init__(self) -> None:
        self.answers: dict[str, str] = {}
        self.refused: set[str] = set()

    def fits(self, action: str) -> bool:
        """The attempt exists for this camera and for how it is really powered (a person with
        a battery camera passes over "use another adapter")."""
        return fits_power(self.steps, action, self.person.power)

    def follow(self, items: Sequence[str], phase: Phase) -> bool:
        """Follow `items` of `phase` in order until an attempt's checks all say yes.

        An item is "a:<action>" or "q:<question>"; "a:<action>?<question>=<answer>" is done
        only when the person gave that answer to that question earlier. An attempt the person
        could not do once is not offered again; one that does not exist here is passed over.
        """
        plan, run = self.steps.plan.phases[phase], self.run
        for item in items:
            kind, _, rest = item.partition(":")
            ref, _, condition = rest.partition("?")
            if condition:
                question, _, wanted = condition.partition("=")
                if self.answers.get(question) != wanted:
                    continue
            if kind == "q" and ref in plan.questions:
                answer, minutes = self.person.do(self.steps.question(ref), None, ref)
                run.steps, run.minutes = run.steps + 1, run.minutes + minutes
                run.trace.append((f"q.{ref}.0", answer))
                run.spent.append(minutes)
                self.answers[ref] = answer
            elif kind == "a" and self.fits(ref) and ref not in self.refused:
                ok, self.booted = run_action(self.steps, self.person, ref, run, self.booted)
                if ok:
                    return True
                if run.trace and run.trace[-1][1] == CANT:
                    self.refused.add(ref)
        return False


def run_script(steps: PlanSteps, person: Person, reset: Sequence[str], setup: Sequence[str]) -> Run:
    """Reset by `reset`, then add it again by `setup` (not after the vendor's recovery code:
    back in with a new password, nothing was reset); support when a list runs out."""
    script = Script(steps, person, Run("escalated", 0.0, 0))
    if script.follow(reset, Phase.reset) and (
        person.camera.recovered or script.follow(setup, Phase.setup)
    ):
        script.run.outcome = "done"
    return script.run


def _cheapest(
    steps: PlanSteps,
    make_person: Callable[[], Person],
    phase: Phase,
    before: str | None,
) -> tuple[Run | None, str | None]:
    """The cheapest attempt of `phase` that works on a fresh copy (after `before`, if any)."""
    best: tuple[Run, str] | None = None
    for action in sorted(steps.plan.phases[phase].actions):
        person = make_person()
        if not person.can_do(action) or (before is not None and not person.can_do(before)):
            continue
        if not fits_power(steps, action, person.power):
            continue
        run = Run("done", 0.0, 0)
        booted = False
        if before is not None:
            ok, booted = run_action(steps, person, before, run, booted)
            if not ok:
                continue
        ok, _ = run_action(steps, person, action, run, booted)
        works = person.camera.added if phase is Phase.setup else person.camera.in_setup_mode
        if ok and works and (best is None or run.minutes < best[0].minutes):
            best = (run, action)
    return (best[0], best[1]) if best is not None else (None, None)


def knows_cause(steps: PlanSteps, make_person: Callable[[], Person]) -> tuple[Run, bool]:
    """Someone who knows the cause: the cheapest reset that works, then the cheapest way to
    add the camera after it. Each attempt is tried on a fresh copy of the same world.

    Returns that run (an escalation when there is none) and whether anyone at home could
    have done the job at all (False: support was the right answer).
    """
    reset, action = _cheapest(steps, make_person, Phase.reset, None)
    if reset is None:
        return Run("escalated", 0.0, 0), False
    added, _ = _cheapest(steps, make_person, Phase.setup, action)
    if added is None:
        return Run("escalated", reset.minutes, reset.steps), False
    return added, True
