"""Words for how a camera is powered: how it is started, what not to do while it is on, and
what "has power" means before a reset. A battery camera is never "unplugged", a PoE camera's
cable is named, and a camera whose power is not known hears words that fit any."""

from __future__ import annotations

from dataclasses import dataclass

POWER_ON_WORDS = {
    "adapter": "plugging it in", "usb": "plugging it in", "mains": "switching its power on",
    "poe": "connecting its network cable", "battery": "switching it on or putting its battery in",
    "solar": "switching it on", "transformer": "restoring its power", "hub": "switching it on",
}  # fmt: skip
"""How a camera powered one way is started, for "wait … after ___" (several ways: generic)."""
POWER_OFF_WORDS = {
    "adapter": "unplug it", "usb": "unplug it", "poe": "unplug its network cable",
    "battery": "switch it off or take its battery out",
}  # fmt: skip
"""What not to do while it is on, by the one way it is powered (else: cut its power)."""


BATTERY_READY = "its battery charged (and back in, if it is one that comes out)"
"""Many battery cameras' batteries are built in: "charged and in place" asked for something
they cannot do (product review 50)."""
POWER_READY_WORDS = {
    "poe": "its network cable in a PoE switch, recorder or injector that is on",
    "battery": BATTERY_READY, "solar": BATTERY_READY,
    "transformer": "its doorbell wiring connected, with the power on",
    "hub": "its hub plugged in and on", "mains": "its power switched on at the wall",
}  # fmt: skip
"""How a camera powered one way is ready for a reset ("Make sure it has power: …")."""
POWER_CUT_WORDS = {
    "adapter": "Unplug the camera from power", "usb": "Unplug the camera from power",
    "poe": "Unplug the camera's network cable (its power comes through it)",
}  # fmt: skip
"""The page that cuts a plug-in or PoE camera's power, by the one way it is powered."""
POWER_BACK_WORDS = {
    "adapter": "Plug the camera back in", "usb": "Plug the camera back in",
    "poe": "Plug its network cable back in",
}  # fmt: skip
"""The page that gives its power back."""
SAME_WORDS = {"usb": "adapter", "solar": "battery"}
"""Ways of powering that take the same words (a USB supply is plugged in like an adapter; a
solar camera runs on its battery), so "an adapter or USB" is still one way."""
WAYS_OFF = {
    "poe": "unplug its network cable", "transformer": "switch its wiring off at the breaker",
    "battery": "take its battery out",
}  # fmt: skip
"""Each way of powering it, cut, for a camera the sources give several ways with no adapter
among them: "unplug its adapter" was said to a PoE doorbell (a random walk of the tests)."""
WAYS_BACK = {
    "poe": "plug its network cable back in", "transformer": "switch its wiring back on",
    "battery": "put its battery back in",
}  # fmt: skip
POE_OR_ADAPTER_CUT = (
    "Cut the camera's power: unplug its network cable (on PoE its power comes through it); if a "
    "power adapter is plugged into it too, unplug that as well"
)
POE_OR_ADAPTER_BACK = (
    "Give it power again: plug its network cable back in (and its adapter, if you unplugged one)"
)
"""A camera its sources give PoE or an adapter, not said which: "unplug its adapter, or its
network cable if it has none" sent a customer with one cable on a PoE dome looking for an
adapter first (helpdesk review 74, #8). Unplugging both, when both are there, still cuts it."""
PLUGGED = "its own adapter plugged into a working outlet"
ANY_POWER = "the camera on, powered the way it normally is (its adapter, network cable or battery)"
"""When no source (and not yet the person) says how the camera is powered."""
ANY_DOORBELL_POWER = (
    "the camera on, powered the way it normally is (its battery or the doorbell wiring, or its "
    "adapter or network cable)"
)
"""The same for a doorbell: every listed doorbell is on a battery or doorbell wiring, which
the words for any camera left out (session-71 review E, #1)."""


@dataclass(frozen=True)
class PowerWords:
    """The words for starting a camera and for not stopping it, fitted to how it is powered:
    a battery camera is never "unplugged", a PoE camera's cable is named."""

    on: str
    off: str
    cut: str = "Cut the camera's power: unplug its adapter, or its network cable if it has none"
    back: str = "Give it power again: plug its adapter (or network cable) back in"

    @classmethod
    def of(cls, kinds: frozenset[str]) -> PowerWords:
        alike = frozenset(SAME_WORDS.get(k, k) for k in kinds)
        (kind,) = alike if len(alike) == 1 else ("",)
        on = POWER_ON_WORDS.get(kind, "powering it on")
        off = POWER_OFF_WORDS.get(kind, "cut its power")
        if kind in POWER_CUT_WORDS:
            return cls(on, off, POWER_CUT_WORDS[kind], POWER_BACK_WORDS[kind])
        if alike == {"adapter", "poe"}:  # the network cable first: most such cameras are on PoE
            return cls(on, off, POE_OR_ADAPTER_CUT, POE_OR_ADAPTER_BACK)
        ways = [WAYS_OFF[k] for k in sorted(alike) if k in WAYS_OFF]
        if len(alike) > 1 and "adapter" not in alike and len(ways) == len(alike):
            back = [WAYS_BACK[k] for k in sorted(alike)]  # a PoE doorbell that may be wired
            return cls(on, off, f"Cut the camera's power: {' or '.join(ways)}",
                       f"Give it power again: {' or '.join(back)}")  # fmt: skip
        return cls(on, off)

    def restart(self, time: str, removed: bool = False) -> tuple[str, str]:
        """A restart wait's title and words: leave it on; or, right after a removal from the
        app that may reset it (`removed`), turn it off and on first, as the TP-Link seed says."""
        if not removed:
            return RESTART_TITLE, f"Leave it alone for {time} while it restarts. Do not {self.off}."
        off = self.off[:1].upper() + self.off[1:]
        return REMOVED_TITLE, REMOVED_RESTART.format(off=off, time=time)


RESTART_TITLE = "Let the camera restart"
REMOVED_TITLE = "Turn it off and on, then let it restart"
REMOVED_RESTART = (
    "Removing it from the app may start a reset; a reset guide says to turn the camera off and "
    "on once it is removed, and to see whether it is in setup mode. {off}, wait a few seconds "
    "and give it power again; then leave it alone for {time} while it restarts."
)
"""After "Reset in the app" where that path is Remove Device (Kasa): "Do not unplug it" said
the opposite of the seed's "After removing it, power cycle the camera and see if it enters
setup mode" (KB audit 68, R4)."""


ANY_FEED = {
    "poe.feed": "the PoE switch or recorder",
    "poe.feeds": "the switch's",
    "poe.port": "port of the PoE switch or recorder (on a recorder, one of its own camera ports)",
    "poe.source": "the PoE switch, recorder or injector",
    "poe.injector": "the PoE injector, if the camera has one (a small box with its own power "
    "adapter, between the router and the camera)",
    "poe.no_injector": " (No injector, the cable runs straight to a switch or recorder? Just "
    "unplug the cable and plug it back in.)",
    "poe.injector_title": "The injector, if there is one",
    "poe.recorder_note": "; cameras on a recorder stop recording until you plug them back in",
    "poe.others": "other cameras, Wi-Fi access points, desk phones on network cables",
}
"""The `{poe.*}` template values before the person said what a PoE camera's cable plugs into
(or where they could not, or on a page meant for another feed): words that fit any feed."""
FEED_WORDS = {
    "switch": {"poe.feed": "the PoE switch or router", "poe.port": "port of the PoE switch or "
               "router", "poe.source": "the PoE switch or router", "poe.recorder_note": ""},
    "recorder": {"poe.feed": "the recorder", "poe.feeds": "the recorder's",
                 "poe.port": "camera port on the recorder", "poe.source": "the recorder",
                 "poe.recorder_note": "; those cameras stop recording until you plug them back in",
                 "poe.others": "its other cameras"},
    "injector": {"poe.feed": "the injector", "poe.source": "the injector",
                 "poe.injector": "the injector", "poe.no_injector": "",
                 "poe.injector_title": "The injector"},
}  # fmt: skip
"""The same once they said it ("What does the camera's network cable plug into?"): the steps
name theirs, not "the PoE switch or recorder" (user review 52: a person who said "recorder"
read "Free the switch's power", and one who said "injector" read "If the camera is powered by
a PoE injector"). A switch's answer reads "A PoE switch or the router", so both are named. An
injector has no `poe.feeds` or `poe.port`: the pages that use them are meant for a switch or
a recorder, so they keep the words for any feed (poe_feed.feed_for). Only a recorder's
cameras stop recording when unplugged: a switch's owner is not told of recorders (review 54)."""


def feed_values(feed: str | None) -> dict[str, str]:
    """The `{poe.*}` template values for what feeds the camera (None: not said)."""
    return {**ANY_FEED, **FEED_WORDS.get(feed or "", {})}
