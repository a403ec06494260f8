"""An attempt or question as this camera takes it: what its button is pressed with, and what
its hub makes of an answer. The knowledge base words each once for every camera; these are
the two places a camera's own facts change one before the engine sees it."""

from __future__ import annotations

from typing import TypeVar

from camreset.core.kb.power_values import JOINS_ITS_HUB
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Have, Offer
from camreset.core.kb.troubleshooting import Question as QuestionSpec
from camreset.core.kb.values import Tool

OfferT = TypeVar("OfferT", bound=Offer)


def for_hands(a: OfferT, model: ResolvedModel) -> OfferT:
    """`a` (an attempt, or a question such as "do you feel a click?") for a camera whose
    sources say a fingertip presses its button: no pin needed."""
    button = model.button
    if button is None or button.tool is not Tool.finger or Have.pin not in a.requires:
        return a
    return a.model_copy(update={"requires": [r for r in a.requires if r is not Have.pin]})


def for_hub(q: QuestionSpec, model: ResolvedModel) -> QuestionSpec:
    """`q` as a camera that joins its own hub or HomeBase answers it: an answer's
    `via_hub_likelihood` in place of its `likelihood` for the causes it names (its pairing with
    the hub failing points at the hub, where another camera's joining the Wi-Fi points at the
    Wi-Fi; session 73, review F #3)."""
    hub = model.pairs_via
    if hub is None or hub.kind not in JOINS_ITS_HUB:
        return q
    if not any(a.via_hub_likelihood for a in q.answers):
        return q
    answers = [
        a.model_copy(update={"likelihood": {**a.likelihood, **a.via_hub_likelihood}})
        if a.via_hub_likelihood
        else a
        for a in q.answers
    ]
    return q.model_copy(update={"answers": answers})
