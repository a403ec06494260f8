"""The seed-order arm follows the seed guides as written: conditions, repeats, refusals."""

from __future__ import annotations

from tests.sim.conftest import EVERYTHING, World

from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.scripts import AMCREST_ORDER, TPLINK_ORDER, run_script

AMCREST = "amcrest-ip2m-841"


def _attempts(trace: list[tuple[str, str]]) -> list[str]:
    """Attempt ids in the order they were started (stage 0 or the first stage shown)."""
    out: list[str] = []
    for step, _ in trace:
        kind, ref, stage = step.split(".", 2)
        if kind == "a" and (not out or out[-1] != ref or stage == "0"):
            out.append(ref)
    return out


def test_tplink_moves_outlets_only_when_the_outlet_test_finds_it_dead(
    world: World, book: PlanBook
) -> None:
    _, person = world("dead-outlet")
    run = run_script(book["tapo-c200"], person, TPLINK_ORDER)
    assert ("q.outlet-test.0", "dead") in run.trace
    assert run.outcome == "reset" and _attempts(run.trace)[-1] == "other-outlet"
    _, person = world("weak-adapter", have=EVERYTHING - {"spare_adapter", "original_adapter"})
    run = run_script(book["tapo-c200"], person, TPLINK_ORDER)
    assert ("q.outlet-test.0", "works") in run.trace
    assert "other-outlet" not in _attempts(run.trace)


def test_amcrest_repeats_the_procedure_then_reads_the_vendor_page_before_support(
    world: World, book: PlanBook
) -> None:
    _, person = world("corrupt-firmware", model=AMCREST)
    run = run_script(book[AMCREST], person, AMCREST_ORDER)
    assert run.outcome == "escalated"
    assert _attempts(run.trace) == [
        "guided-reset",
        "guided-reset",
        "swap-adapter",
        "other-outlet",
        "vendor-instructions",
    ]


def test_an_attempt_refused_once_is_not_offered_again(world: World, book: PlanBook) -> None:
    _, person = world("corrupt-firmware", model=AMCREST, have=EVERYTHING - {"pin"})
    run = run_script(book[AMCREST], person, AMCREST_ORDER)
    refused = [step for step, answer in run.trace if answer == "cant"]
    assert refused == [
        "a.guided-reset.0",
        "a.swap-adapter.0",
        "a.other-outlet.0",
        "a.vendor-instructions.0",
    ]
