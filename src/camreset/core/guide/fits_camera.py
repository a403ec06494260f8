"""Which causes, attempts and questions exist for this camera at all.

A record of troubleshooting.yaml names, in its `when` and `needs`, the cameras it is for: a
line, a hub, a button, the ways it is powered and added. A camera's plan (plan.py) holds only
those that fit it, and the report names only the causes that fit the power the person said:
one reading of those conditions for both, so a step never appears for a camera it is not for.
"""

from __future__ import annotations

from collections.abc import Callable

from camreset.core.guide.adding import ways_to_add
from camreset.core.guide.power_choices import power_answers
from camreset.core.kb.connection import on_its_cable
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Action as ActionSpec
from camreset.core.kb.troubleshooting import Capability, Cause, Offer
from camreset.core.kb.troubleshooting import Question as QuestionSpec
from camreset.core.kb.values import Provisioning, RecoveryKind, SoftwareVia
from camreset.core.kb.when import When
from camreset.core.present.known_fixes import known_fixes

Spec = ActionSpec | QuestionSpec | Cause


def admits_power(when: When, kinds: frozenset[PowerKind]) -> bool:
    """Whether a record's power conditions admit a camera powered `kinds` (empty: unknown)."""
    if when.power is not None and kinds and not kinds & set(when.power):
        return False
    return not (when.not_power is not None and kinds and kinds <= set(when.not_power))


def for_its_power(
    kb: KnowledgeBase, said: frozenset[str] | None, no_wifi: bool = False
) -> Callable[[str], bool]:
    """Whether a cause fits the way the person said the camera is powered: "the outlet gives
    no power" is no cause to name for a camera on a network cable (the engine still weighs
    it, for a misread answer). Everything fits while they have not said, but for `no_wifi`,
    a camera whose own sources give it none: not the Wi-Fi's causes, those kept from a
    camera on PoE (OWN_NO_WIFI_RULES)."""
    when = {c.id: c.when for c in kb.troubleshooting.causes}
    wifi = {c for c, w in when.items() if no_wifi and PowerKind.poe in (w.not_power or ())}
    if not said:
        return lambda cause: cause not in wifi
    kinds = frozenset(PowerKind(k) for k in said)
    return lambda c: c not in wifi and (c not in when or admits_power(when[c], kinds))


ON_THE_CABLE = frozenset({Provisioning.wired_lan, Provisioning.lan_tool})
"""Ways of adding a camera that need it on the network's cable, not only on a recorder."""


def may_be_wired(model: ResolvedModel, kinds: frozenset[PowerKind]) -> bool:
    """Whether the camera may be added over its network cable: it may be on PoE (`kinds`,
    as said or sourced; empty: unknown), or its sources give a wired way of adding it (a
    12 V Dahua on Ethernet sits at its factory address after a reset all the same). Being
    adopted by a recorder is not enough: UniFi's Wi-Fi doorbell is adopted by its console."""
    if not kinds or PowerKind.poe in kinds:
        return True
    return bool(ways_to_add(model, frozenset(k.value for k in kinds)) & ON_THE_CABLE)


def fits(when: When, model: ResolvedModel) -> bool:
    """Whether a record's `when` admits this camera. Unknown power or provisioning admits all.
    `not_power: [poe]` (joining Wi-Fi through the phone) leaves out a camera on its cable; a
    camera on PoE alone is added the wired ways the sources give, or on its web page."""
    if when.lines is not None and model.line.id not in when.lines:
        return False
    if when.hub is not None and (model.pairs_via is not None) != when.hub:
        return False
    if when.button is not None and model.has_button != when.button:
        return False
    hub = model.pairs_via
    if when.not_pairs_via is not None and hub is not None and hub.kind in when.not_pairs_via:
        return False
    kinds = frozenset(model.power_kinds)
    if not admits_power(when, kinds):
        return False
    if when.not_power is not None and PowerKind.poe in when.not_power and on_its_cable(model):
        return False
    if when.power_known is not None and (len(kinds) == 1) != when.power_known:
        return False
    if when.wired is not None and may_be_wired(model, kinds) != when.wired:
        return False
    ways = ways_to_add(model, frozenset(k.value for k in kinds))
    return not (when.provisioning is not None and ways and not ways & set(when.provisioning))


def _capable(model: ResolvedModel, need: Capability, spec: Spec) -> bool:
    button = model.button
    if need is Capability.button:
        return button is not None and button.present
    if need is Capability.cover:
        return button is not None and bool(button.open_first)
    if need is Capability.recovery:
        return bool(model.recovery(RecoveryKind.device))
    if need is Capability.vendor_site:
        return model.line.support is not None
    if need is Capability.recorder_reset:
        return isinstance(model.value("nvr_reset"), str)
    if need is Capability.known_fix:  # a fact's fix for a cause this attempt fixes
        return bool(known_fixes(model, spec.fixes if isinstance(spec, ActionSpec) else ()))
    via = {
        Capability.app_reset: SoftwareVia.app,
        Capability.web_reset: SoftwareVia.web,
        Capability.client_reset: SoftwareVia.client,
    }[need]
    return bool(model.software_paths(via))


def applies(spec: Spec, model: ResolvedModel) -> bool:
    """Whether a cause, attempt or question exists for this camera at all. "How is it
    powered?" is asked only where its answers tell two of this camera's ways apart: a
    battery camera with a solar panel would be offered "a battery (maybe with a solar panel)"
    alone."""
    needs = spec.needs if isinstance(spec, Offer) else []
    if isinstance(spec, QuestionSpec) and not _tells_power_apart(spec, model):
        return False
    return fits(spec.when, model) and all(_capable(model, need, spec) for need in needs)


def _tells_power_apart(question: QuestionSpec, model: ResolvedModel) -> bool:
    """A question naming no way of powering, or one with two answers left for this camera."""
    return not any(a.power for a in question.answers) or len(power_answers(question, model)) > 1
