"""A virtual camera: the physical behaviour the seed guides describe, used as ground truth.

It never reads the engine's tables (`fixes`, `likelihood`): what a step does to it follows
only from power, timing and the faults injected here, so a benchmark against it is not
circular. Pure and deterministic; time is simulated seconds that the caller advances.

Physics, from the seeds: the camera starts only on continuous power from a live outlet; it
listens to the button only once fully started; a hold between the unit's minimum and maximum
makes the light change (the seeds' "look for confirmation") and starts the reset on release;
the reset reboots the camera into setup mode. A weak adapter runs the camera but browns out in
the reset's reboot (Amcrest seed), a damaged cable drops power so it never finishes starting
(TP-Link seed), a transient fault blocks every reset until the power is drained for a minute.

Other power works the same way under other names: a PoE switch port is an "outlet" (dead or
live), a starved switch, a failing injector, a flat battery and a weak doorbell transformer are
"weak" supplies (they run the camera and brown out in the reboot), a damaged network cable is
an intermittent cable. A hub-paired camera whose hub is off resets, but nothing can find it.

After the reset the camera has to be added again (`add`): that works unless something in the
person's network, phone, account or recorder stands in the way (`SetupState`); a reset held
shorter than the unit's `full_hold` clears only part (the Wi-Fi), and adding then asks for a
password nobody has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

DRAIN_SECONDS = 60.0
"""Unplugged this long, the camera is fully discharged (TP-Link seed: "at least 60 seconds")."""
DRAIN_WITH_HOLD_SECONDS = 30.0
"""Unplugged this long plus a hold while unplugged also drains it (the seed's extra press)."""
DRAIN_HOLD_SECONDS = 10.0
PULL_SECONDS = 5.0
"""How long a network cable pulled and put back while the button is held stays out (a
judgement: a moment to pull the plug and push it back)."""
FLICKER_PERIOD = 50
"""A bad cable drops power for a few seconds in every period, so the light is sometimes off."""


class Cable(StrEnum):
    intact = "intact"
    damaged = "damaged"  # visibly frayed or kinked; gives intermittent power
    intermittent = "intermittent"  # looks fine, broken inside; gives intermittent power


class Light(StrEnum):
    steady = "steady"
    blinking = "blinking"
    off = "off"


@dataclass(frozen=True)
class Supply:
    """An adapter with its cable; `original` is the one that came with the camera."""

    name: str
    weak: bool = False
    cable: Cable = Cable.intact


@dataclass(frozen=True)
class Unit:
    """One physical unit's timings (seconds), which may differ from what is documented."""

    boot_seconds: float
    reboot_seconds: float
    hold_min: float
    hold_max: float
    has_cover: bool = False
    full_hold: float = 0.0
    """Holds shorter than this (and at least `hold_min`) reset only the Wi-Fi settings."""


@dataclass
class SetupState:
    """What stands between a reset camera and the person adding it again (False: nothing)."""

    wifi_band: bool = False
    wifi_details: bool = False
    """A mistyped Wi-Fi password, or too weak a signal where the camera is set up."""
    wifi_security: bool = False
    permissions: bool = False
    old_app: bool = False
    other_account: bool = False
    old_entry: bool = False
    """The owner's own app still lists the camera from before its reset."""
    recorder: bool = False
    other_subnet: bool = False
    provider: bool = False
    hub_link: bool = False
    unknown: bool = False
    """A fault no guide lists: no step removes it; adding shows the commonest symptom."""

    def symptom(self) -> str | None:
        """What adding shows now: None when nothing blocks it."""
        if self.provider or self.other_account:
            return "another-account"
        if self.old_entry:
            return "still-listed"
        if self.recorder:
            return "asks-password"
        if self.permissions or self.old_app or self.other_subnet or self.hub_link or self.unknown:
            return "not-found"
        if self.wifi_band or self.wifi_details or self.wifi_security:
            return "join-failed"
        return None


@dataclass(frozen=True)
class Press:
    """What a hold did: a felt click, a visible reaction, and whether a reset started."""

    click: bool
    reacted: bool
    triggered: bool


@dataclass
class CameraFaults:
    """The camera's own faults (the person's habits live in `person.Habits`)."""

    broken_button: bool = False
    transient: bool = False
    corrupt_firmware: bool = False
    corrupt_light: Light = Light.blinking
    app_binding: bool = False
    something_else: bool = False
    something_else_reacts: bool = True


@dataclass
class VirtualCamera:
    """The camera, where it is plugged in, and what it is doing at simulated time `now`."""

    unit: Unit
    supply: Supply
    faults: CameraFaults = field(default_factory=CameraFaults)
    live_outlets: frozenset[str] = frozenset({"usual", "other"})
    outlet: str = "usual"
    now: float = 0.0
    plugged: bool = True
    power_since: float | None = 0.0
    boot_needed: float = 0.0
    unplugged_at: float = 0.0
    held_unplugged: float = 0.0
    reset_committed: bool = False
    pending_reset: bool = False
    partial: bool = False
    """The last reset cleared only the Wi-Fi (held shorter than the unit's `full_hold`)."""
    setup: SetupState = field(default_factory=SetupState)
    added: bool = False
    recovered: bool = False
    """The vendor's recovery code gave a camera still set up a new password: the person is
    back in without a reset, so nothing needs adding again (the product ends the session
    there)."""
    last_add: str | None = None
    """What the last attempt to add it showed (None: not tried yet, "added": it worked)."""

    def __post_init__(self) -> None:
        self.boot_needed = self.unit.boot_seconds
        if not self.powered:
            self.power_since = None

    # -- power --------------------------------------------------------------------------
    @property
    def powered(self) -> bool:
        return self.plugged and self.outlet in self.live_outlets

    @property
    def steady_power(self) -> bool:
        return self.powered and self.supply.cable is Cable.intact

    @property
    def booted(self) -> bool:
        """Fully started: continuous power for the boot (or reboot) time."""
        return (
            self.steady_power
            and self.power_since is not None
            and self.now - self.power_since >= self.boot_needed
        )

    @property
    def online(self) -> bool:
        """Reachable from the app or a browser."""
        return self.booted and not self.faults.corrupt_firmware

    @property
    def in_setup_mode(self) -> bool:
        return self.booted and self.reset_committed

    def advance(self, seconds: float) -> None:
        self.now += max(0.0, seconds)

    def unplug(self) -> None:
        if self.plugged:
            self.plugged = False
            self.unplugged_at = self.now
            self.held_unplugged = 0.0
            self.power_since = None

    def plug(self, outlet: str | None = None, supply: Supply | None = None) -> None:
        """Plug in (optionally elsewhere, or with another adapter); drains if it was long out."""
        self.unplug()
        self.outlet = outlet or self.outlet
        self.supply = supply or self.supply
        out_for = self.now - self.unplugged_at
        if out_for >= DRAIN_SECONDS or (
            out_for >= DRAIN_WITH_HOLD_SECONDS and self.held_unplugged >= DRAIN_HOLD_SECONDS
        ):
            self.faults.transient = False
        if self.pending_reset and not self.faults.app_binding:
            self.reset_committed, self.pending_reset = True, False
        self.plugged = True
        self.boot_needed = self.unit.boot_seconds
        self.power_since = self.now if self.powered else None

    # -- what a person sees ---------------------------------------------------------------
    @property
    def light(self) -> Light:
        if not self.powered:
            return Light.off
        if self.supply.cable is not Cable.intact:
            return Light.off if int(self.now) % FLICKER_PERIOD < 4 else Light.blinking
        if self.faults.corrupt_firmware:
            return self.faults.corrupt_light
        if not self.booted or self.reset_committed:
            return Light.blinking
        return Light.steady

    # -- resetting ------------------------------------------------------------------------
    def reaction_after(self, on_button: bool) -> float | None:
        """Seconds into a hold at which the light would change now, or None if it would not."""
        f = self.faults
        if not on_button or f.broken_button or not self.booted:
            return None
        if f.corrupt_firmware or f.transient or (f.something_else and not f.something_else_reacts):
            return None
        return self.unit.hold_min

    def press(self, on_button: bool, seconds: float) -> Press:
        """Hold the pin `seconds` on the button (or elsewhere) and let go; time advances."""
        listening = self.booted
        self.advance(seconds)
        click = on_button and not self.faults.broken_button
        if not click:
            return Press(False, False, False)
        if not self.plugged:
            self.held_unplugged += seconds
            return Press(True, False, False)
        f = self.faults
        if not listening or not self.booted or f.corrupt_firmware or f.transient:
            return Press(True, False, False)
        if seconds > self.unit.hold_max and seconds >= self.unit.hold_min:  # a stuck button
            return Press(True, not f.something_else or f.something_else_reacts, False)
        return self._held(seconds)

    def press_through_power_up(self, on_button: bool, seconds: float) -> Press:
        """Held while the cable is pulled and put back, then `seconds` more (Lorex's reset for
        a camera on its recorder): the camera reads its button as it powers up, so it need
        not have started first; a damaged cable, a weak supply or a fault still stop it."""
        self.unplug()
        self.advance(PULL_SECONDS)
        self.plug()
        self.advance(seconds)
        click = on_button and not self.faults.broken_button
        f = self.faults
        if not click or not self.steady_power or f.corrupt_firmware or f.transient:
            return Press(click, False, False)
        return self._held(seconds)

    def _held(self, seconds: float) -> Press:
        """A click on a camera that listens: a reset if held long enough (a short one only
        clears part, under the unit's `full_hold`)."""
        if seconds < self.unit.hold_min:
            return Press(True, False, False)
        f = self.faults
        self._trigger(partial=seconds < self.unit.full_hold)
        return Press(True, not f.something_else or f.something_else_reacts, True)

    def software_reset(self, from_app: bool) -> bool:
        """A reset sent from the app or the web page; False if the camera ignored it."""
        f = self.faults
        if not self.online or f.transient:
            return False
        if from_app:
            f.app_binding = False  # the owner's reset from the app also releases the account
        self._trigger()
        return True

    def recover_password(self) -> bool:
        """The vendor's code sets a new password: for the simulator, a reset without the
        restart (the camera is the person's again, to be added). Needs it online."""
        if not self.online or self.faults.transient or self.faults.something_else:
            return False
        # back in hand only if it kept its set-up: one reset already (trouble adding it) is
        # no more set up after a new password than before
        self.recovered = not self.reset_committed
        self.reset_committed, self.faults.app_binding = True, False
        return True

    @property
    def in_hand(self) -> bool:
        """The job is done: added again, or back in with a new password."""
        return self.added or self.recovered

    def remove_binding(self) -> None:
        """Removed from the account in the app: a blocked reset completes at the next power-up."""
        self.faults.app_binding = False

    def _trigger(self, partial: bool = False) -> None:
        """The reset starts: the camera reboots, into setup mode unless something stops it."""
        self.power_since, self.boot_needed = self.now, self.unit.reboot_seconds
        if self.supply.weak or self.faults.something_else:
            return  # browns out / fails in the reboot and comes back with its old settings
        if self.faults.app_binding:
            self.pending_reset = True  # comes back still bound to the account
            return
        self.reset_committed = True
        self.partial = partial

    # -- what camreset's check over the network finds --------------------------------------
    def network_reply(self, wired: bool) -> str:
        """ "factory", "set-up" or "no-answer", as a discovery reply would tell it.

        A camera answers only once started. A set-up camera (never reset, reset only in part
        on a wired camera, taken over by its recorder, or added again) says so; a reset wired
        camera says it is at factory state, unless it sits on a factory address in another
        network range; a reset Wi-Fi camera has left the home network for its own setup
        network and is silent. Corrupt firmware answers nothing."""
        if not self.online:
            return "no-answer"
        reset = self.reset_committed and not self.added
        if not reset or (wired and (self.partial or self.setup.recorder)):
            return "set-up"
        if not wired or self.setup.other_subnet:
            return "no-answer"
        return "factory"

    # -- adding it again -----------------------------------------------------------------
    @property
    def findable(self) -> bool:
        """In setup mode where the app can see it (a hub-paired camera needs its hub)."""
        return self.in_setup_mode and not self.setup.hub_link

    def add(self) -> bool:
        """The person adds the camera in the app (or on its page); True when it works."""
        if not self.in_setup_mode:
            self.last_add = "not-found"
        elif self.partial:
            self.last_add = "asks-password"
        else:
            self.last_add = self.setup.symptom() or "added"
        self.added = self.last_add == "added"
        return self.added
