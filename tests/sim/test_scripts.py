"""The seed-order arm follows the seed guides as written: conditions, repeats, refusals."""

from __future__ import annotations

from tests.sim.conftest import EVERYTHING, World

from camreset.bench.cameras import Bench, BenchConfig
from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.scripts import (
    AMCREST_ORDER,
    SEED_AFTER_RESET,
    SETUP_ARTICLE,
    TPLINK_ORDER,
    VENDOR_ARTICLE,
    article_items,
    reset_items,
    run_script,
)
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import Phase

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
    run = run_script(book["tapo-c200"], person, TPLINK_ORDER, SEED_AFTER_RESET)
    assert ("q.outlet-test.0", "dead") in run.trace
    assert run.outcome == "done" and _attempts(run.trace)[-2:] == ["other-outlet", "add-again"]
    _, person = world("weak-adapter", have=EVERYTHING - {"spare_adapter", "original_adapter"})
    run = run_script(book["tapo-c200"], person, TPLINK_ORDER, SEED_AFTER_RESET)
    assert ("q.outlet-test.0", "works") in run.trace
    assert "other-outlet" not in _attempts(run.trace)


def test_amcrest_repeats_the_procedure_then_reads_the_vendor_page_before_support(
    world: World, book: PlanBook
) -> None:
    # The person's own failed try comes first (case.py), so the seed's "multiple times" is
    # the procedure once more here.
    _, person = world("corrupt-firmware", model=AMCREST)
    run = run_script(book[AMCREST], person, AMCREST_ORDER, SEED_AFTER_RESET)
    assert run.outcome == "escalated"
    assert _attempts(run.trace) == [
        "guided-reset",
        "swap-adapter",
        "other-outlet",
        "vendor-instructions",
    ]


def test_an_attempt_refused_once_is_not_offered_again(world: World, book: PlanBook) -> None:
    _, person = world("corrupt-firmware", model=AMCREST, have=EVERYTHING - {"pin"})
    run = run_script(book[AMCREST], person, AMCREST_ORDER, SEED_AFTER_RESET)
    refused = [step for step, answer in run.trace if answer == "cant"]
    assert refused == [
        "a.guided-reset.0",
        "a.swap-adapter.0",
        "a.other-outlet.0",
        "a.vendor-instructions.0",
    ]


def test_after_the_reset_the_seeds_only_say_add_it_again(world: World, book: PlanBook) -> None:
    _, person = world("wifi-band")
    run = run_script(book["tapo-c200"], person, TPLINK_ORDER, SEED_AFTER_RESET)
    assert run.outcome == "escalated"
    assert _attempts(run.trace)[-1] == "add-again"
    assert ("a.add-again.1", "no") in run.trace


def test_the_vendor_article_arm_works_down_its_checklist_after_the_reset(
    world: World, book: PlanBook
) -> None:
    _, person = world("wifi-band")
    run = run_script(book["tapo-c200"], person, article_items("tapo"), SETUP_ARTICLE)
    assert run.outcome == "done" and person.camera.added
    tried = _attempts(run.trace)
    assert tried[tried.index("add-again") :] == [
        "add-again",
        "check-wifi-details",
        "allow-permissions",
        "use-2g-network",
    ]


def test_a_line_with_a_vendor_reset_page_follows_it_and_others_follow_a_seed() -> None:
    assert article_items("wyze") == VENDOR_ARTICLE["wyze"].items
    assert article_items("ring") == reset_items("ring") == TPLINK_ORDER
    assert reset_items("amcrest") == AMCREST_ORDER


def test_every_vendor_article_is_a_vendor_source_whose_steps_the_line_has(
    kb: KnowledgeBase,
) -> None:
    bench = Bench(kb, BenchConfig(cases=1))
    for line, article in VENDOR_ARTICLE.items():
        assert line in kb.lines, line
        source = kb.sources.get(article.source)
        assert source is not None, (line, article.source)
        assert source.kind.is_vendor, (line, article.source, source.kind)
        plans = bench.plans(line)
        actions = {a for p in plans for a in p.phases[Phase.reset].actions}
        questions = {q for p in plans for q in p.phases[Phase.reset].questions}
        assert article.items, line
        for item in article.items:
            kind, _, rest = item.partition(":")
            ref = rest.partition("?")[0]
            assert ref in (actions if kind == "a" else questions), (line, item)


def test_the_issue_14_lines_follow_their_vendor_article() -> None:
    assert article_items("arlo") == ("a:app-reset",)
    assert article_items("dahua") == article_items("hikvision") == ("a:vendor-code-reset",)
    for line in ("blink", "eufy", "ezviz", "nest", "reolink", "ring"):
        assert line not in VENDOR_ARTICLE
        assert article_items(line) == TPLINK_ORDER
