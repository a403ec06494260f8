"""The fast engine arm makes exactly the product's decisions, and resets an easy case."""

from __future__ import annotations

import pytest
from tests.sim.conftest import World

from camreset.bench.cameras import Bench, BenchConfig
from camreset.bench.sim.case import build_world
from camreset.bench.sim.drive import EngineCache, drive_engine, drive_guide
from camreset.bench.sim.plans import PlanBook
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.step import Step
from camreset.core.session import Guide


@pytest.mark.parametrize("line", ["tapo", "kasa", "amcrest", "ring", "lorex", "blink", "hikvision"])
def test_fast_engine_arm_matches_the_real_guide_session(kb: KnowledgeBase, line: str) -> None:
    bench = Bench(kb, BenchConfig(cases=40, error_rate=0.2, seed=7))
    guide, cache = Guide(kb), EngineCache()
    for case in bench.cases(line):
        steps = bench.book[case.model]
        worlds = [
            build_world(steps.model, case, arm="engine", error_rate=0.2, slip=0.1) for _ in range(2)
        ]
        fast = drive_engine(steps, worlds[0][1], cache)
        real = drive_guide(guide, steps, worlds[1][1])
        assert fast.trace == real.trace, case
        assert (fast.outcome, fast.steps) == (real.outcome, real.steps)
        assert fast.minutes == pytest.approx(real.minutes)
        assert worlds[0][0].in_setup_mode == worlds[1][0].in_setup_mode
        assert worlds[0][0].added == worlds[1][0].added


def test_engine_arm_resets_a_camera_released_too_early(world: World, book: PlanBook) -> None:
    camera, person = world("released-early", have=frozenset({"pin", "original_adapter"}))
    run = drive_engine(book["tapo-c200"], person, EngineCache())
    assert run.outcome == "done"
    assert camera.in_setup_mode and camera.added
    # the opening (why, three questions about the own try), the app asked for (it is not at
    # hand), the attempt (get ready, start-up, hold, restart), two checks; add it, two checks
    assert [kind for kind, _ in run.trace[:4]] == [
        "o.reason.0", "o.held-how-long.0", "o.saw-confirmation.0", "o.restarted.0",
    ]  # fmt: skip
    assert run.trace[1][1] == "few-seconds"  # the person's own try was short: they say so
    assert run.steps <= 14


def test_a_wrong_answer_put_right_on_a_second_look_gets_the_camera_added(
    world: World, book: PlanBook
) -> None:
    """A second-hand camera still on its first owner's account, whose new owner once answers
    "not second-hand": that answer rules out the release, and support would be next. Asked
    again before support, the person answers from the truth; the camera is released and added."""
    camera, person = world("other-account")
    truthful = person._maybe_wrong
    slips = ["second-hand"]

    def once_wrong(step: Step, truth: str) -> str:
        if step.ref.ref in slips:
            slips.remove(step.ref.ref)
            return "no"
        return truthful(step, truth)

    person._maybe_wrong = once_wrong  # type: ignore[method-assign]
    run = drive_engine(book["tapo-c200"], person, EngineCache())
    assert ("q.second-hand.0", "no") in run.trace
    assert ("d.recheck.0", "yes") in run.trace  # the second look: yes, it is second-hand
    assert run.outcome == "done" and camera.added


def test_a_camera_back_in_with_a_new_password_is_done_without_adding_it(
    world: World, book: PlanBook
) -> None:
    """The maker's recovery code (no paperclip at hand) sets a new password: the product ends
    the session there, and the simulated person has the camera back without adding it."""
    model = "hikvision-ds-2cd2143g2-i"
    camera, person = world("weak-adapter", model=model, have=frozenset({"computer"}))
    run = drive_engine(book[model], person, EngineCache())
    done = [ref for ref, _ in run.trace]
    assert "a.vendor-code-reset.1" in done and not [r for r in done if "add-again" in r]
    assert run.outcome == "done" and camera.recovered and camera.in_hand
