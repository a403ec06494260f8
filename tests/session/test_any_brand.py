"""A camera of another brand (or of a brand the person does not know): a generic flow by its
shape and by how the person says it is powered, every fact labelled as a default."""

from __future__ import annotations

from typing import Any

import pytest

from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolve import resolve_generic
from camreset.core.kb.resolved import Origin
from camreset.core.kb.schema import FormFactor
from camreset.core.session import Guide
from camreset.core.session.intake import parse_power
from camreset.errors import InvalidAnswerError


def test_any_brand_starts_a_generic_session_that_survives_a_replay(
    make_driver: Any, guide: Guide
) -> None:
    d = make_driver(line=OTHER, form_factor="bullet", power=PowerKind.poe)
    started = d.state.events[0].data
    assert (started["line"], started["form_factor"], started["power"]) == (OTHER, "bullet", "poe")
    assert started["model"] is None and d.state.model.generic
    assert d.state.model.name == "Bullet camera of another or unknown brand"
    assert guide.replay(d.state.events).current.id == d.state.current.id


def test_the_named_power_kind_chooses_the_power_steps(kb: KnowledgeBase) -> None:
    poe = compile_plan(kb, resolve_generic(kb, OTHER, FormFactor.bullet, PowerKind.poe))
    adapter = compile_plan(kb, resolve_generic(kb, OTHER, FormFactor.bullet, PowerKind.adapter))
    assert "outlet-test" in adapter.questions and "outlet-test" not in poe.questions
    assert set(poe.actions) != set(adapter.actions)


def test_every_fact_of_the_generic_camera_is_a_labelled_default(kb: KnowledgeBase) -> None:
    for ff in (None, *FormFactor):
        model = resolve_generic(kb, OTHER, ff)
        assert model.generic and model.line.support is None
        assert all(r.origin.is_default for r in model.facts.values())
        assert all(r.confidence.value == "low" for r in model.facts.values())  # seeds only
        seeded = {FormFactor.bullet, FormFactor.dome, FormFactor.turret, FormFactor.indoor}
        seeded |= {FormFactor.pan_tilt, FormFactor.outdoor}  # the seeds name a place for these
        assert (model.facts["button"].origin is Origin.form_factor) == (ff in seeded)


def test_no_attempt_sends_an_unknown_brand_to_a_vendor_site(kb: KnowledgeBase) -> None:
    plan = compile_plan(kb, resolve_generic(kb, OTHER, FormFactor.indoor))
    assert "vendor-instructions" not in plan.actions
    assert "vendor-instructions" in compile_plan(kb, resolve_generic(kb, "tapo", None)).actions


def test_an_unknown_power_kind_is_refused_with_the_kinds() -> None:
    with pytest.raises(InvalidAnswerError, match="adapter, poe"):
        parse_power("steam")
