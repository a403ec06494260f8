"""The battery step's words: charge a rechargeable battery (for as long as a source gives), or
put in new single-use cells where the sources say it takes no rechargeable ones; and the
battery question's answers in the same terms (a built-in battery is never "replaced")."""

from __future__ import annotations

import re

from camreset.core.kb.power_values import Charge, Power, PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.share_code import CODE_LIFETIME

CHARGE_WORDS = (
    "Charge the camera's battery fully ({time}){how}. "
    "A battery camera needs a good charge to reset and restart. You can leave now and carry on "
    "from this step once it is charged: the session is kept (keep its link, or its id in a "
    f"terminal; a short code lasts only {CODE_LIFETIME.total_seconds() / 3600:g} hours). The "
    "time left shown does not count the charging."
)
THE_CABLE = ", with the cable that came with it{charger}"
"""How it charges, where no source says: its own cable."""
SAID_HOW = ". Its source says how: {note}"
"""How it charges, where its source says (the note of its charging time, where it names a USB
cable, an adapter or a charger): a Ring Stick Up Cam Battery's "the battery comes out (twist
the cover off, press the release tab) and charges by micro-USB; full when only its solid green
light is on" was only in the page's "Where this comes from", and "the cable that came with it"
narrowed Ring's "a common Micro-USB cable" (session-71 review E, #9)."""
CHARGED_BY = " or, if none did, what its sources say charges it: {what}"
"""A camera bought second-hand may come without its cable (phone review 64, F6): said only
where a source names how it charges; otherwise nothing is added."""
CHARGER_WORDS = re.compile(r"USB|adapter|charger", re.IGNORECASE)
RENEW_WORDS = (
    "Put in new batteries of the kind it takes ({kind}): these cannot be recharged, so never "
    "put them on a charger. A battery camera needs full batteries to reset and restart."
)


def single_use_cells(model: ResolvedModel) -> str | None:
    """What single-use batteries the camera takes, where its sources say it takes no
    rechargeable ones (None: a rechargeable battery, or not said)."""
    for power in model.values("power"):
        battery = isinstance(power, Power) and power.kind is PowerKind.battery
        if battery and power.rechargeable is False:
            return power.note or "single-use batteries"
    return None


def charged_by(model: ResolvedModel) -> str | None:
    """How its sources say a rechargeable battery camera charges, in their own words (the
    parts of a power note that name a USB port, an adapter or a charger, not its hub's, with
    the rating given beside them), or None where none says."""
    said: list[str] = []
    for power in model.values("power"):
        if not isinstance(power, Power) or power.kind not in (PowerKind.battery, PowerKind.usb):
            continue
        parts = [p.strip() for p in (power.note or "").split(";")]
        named = [p for p in parts if CHARGER_WORDS.search(p) and "hub" not in p]
        if power.kind is PowerKind.usb and not named and power.note:
            named = [power.note]
        rated = power.volts is not None and power.amps is not None and bool(named)
        if rated and not any(" V" in p for p in named):
            named[-1] += f" ({power.volts:g} V / {power.amps:g} A)"
        said += [p for p in named if p not in said]
    return "; ".join(said) or None


def battery_words(model: ResolvedModel, charge_time: str) -> dict[str, str]:
    """The battery step's words: charge it, or for single-use cells put in new ones."""
    cells = single_use_cells(model)
    if cells is not None:
        return {
            "battery.renew": RENEW_WORDS.format(kind=cells),
            "battery.renew_title": "New batteries",
            "battery.when": "think when its batteries were last replaced",
            "battery.low": "Low, or I don't remember replacing them",
            "battery.full": "Full enough (new batteries)",
        }
    charger = charged_by(model)
    how = THE_CABLE.format(charger=CHARGED_BY.format(what=charger) if charger else "")
    charge = model.value("charge")
    if isinstance(charge, Charge) and charge.note and CHARGER_WORDS.search(charge.note):
        how = SAID_HOW.format(note=charge.note)
    renew = CHARGE_WORDS.format(time=charge_time, how=how)
    # "(or, for a camera on single-use batteries, …)" beside a rechargeable Ring doorbell
    # read as a second kind of camera it might be (web review 52)
    when = "think when it was last fully charged"
    return {
        "battery.renew": renew,
        "battery.renew_title": "Charge it",
        "battery.when": when,
        # "replacing it", "new batteries" of a doorbell with a built-in battery (phone review
        # 60, #12): its answers speak of charging only
        "battery.low": "Low, or I don't remember charging it",
        "battery.full": "Full enough (well charged)",
    }
