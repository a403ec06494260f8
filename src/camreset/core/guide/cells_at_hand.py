"""New batteries at hand: the battery step of a camera whose sources say it takes only new
single-use cells (a Blink's AA lithium) needs them, so a checklist offers them and a person who
did not tick them is not sent to put them in (review 73 F #2: "New batteries — I can't do
this" was the first they heard of them). Its own module, beside the plan it adjusts."""

from __future__ import annotations

from camreset.core.kb.have import Have
from camreset.core.kb.power_values import Power, PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Action as ActionSpec

RENEW = "charge-battery"
"""The attempt that charges a battery, or for single-use cells puts in new ones."""
ON_ITS_PAGE = frozenset({Have.batteries})
"""Items never asked for apart from the attempt that needs them: its own first page asks ("New
batteries", with "I can't do this"), where a page before it, or "What stops you?" after it,
would ask a second time."""


def takes_single_use(model: ResolvedModel) -> bool:
    """Whether a source says its battery is single-use cells, never recharged."""
    return any(
        isinstance(p, Power) and p.kind is PowerKind.battery and p.rechargeable is False
        for p in model.values("power")
    )


def needs_cells(actions: dict[str, ActionSpec]) -> bool:
    """Whether the battery step among these needs new cells at hand."""
    spec = actions.get(RENEW)
    return spec is not None and Have.batteries in spec.requires


def with_cells(model: ResolvedModel, actions: dict[str, ActionSpec]) -> dict[str, ActionSpec]:
    """The attempts, the battery step of a camera on single-use cells needing new ones at hand."""
    spec = actions.get(RENEW)
    if spec is None or not takes_single_use(model) or Have.batteries in spec.requires:
        return actions
    needs = [*spec.requires, Have.batteries]
    return {**actions, RENEW: spec.model_copy(update={"requires": needs})}
