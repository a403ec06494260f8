"""The first hold of a session is the camera's own documented one, not the seed guides'
"hold for a full 30 seconds" (a reviewer's Wyze Cam v3 owner was told to keep holding 30 s
"even after the camera reacts", over a source that says to let go at a steady red light)."""

from __future__ import annotations

from tests.session.conftest import T0, start_event

from camreset.bench.sim.plans import PlanBook
from camreset.core.session import Command, Guide, SessionState
from camreset.kb_files import load_kb


def first_hold(
    guide: Guide, model: str, answers: tuple[str, ...], have: tuple[str, ...] = ()
) -> SessionState:
    """The session after `answers`, then "done" on every page until a page with a hold."""
    state = guide.replay([start_event(guide, model=model, have=have)])
    for answer in answers:
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    for _ in range(20):
        if state.current.timer is not None:
            return state
        step = state.current
        plain = next(a.id for a in step.answers if a.role == "answer")
        answer = next((a for a in ("done", "have", "found") if step.offers(a)), plain)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    raise AssertionError("no hold page within 20 steps")


def test_the_first_hold_is_the_documented_one_with_its_sign(guide: Guide) -> None:
    state = first_hold(guide, "wyze-cam-v3", ("new-wifi", "reset-it", "no", "not_sure"))
    step = state.current
    assert step.ref.ref != "long-hold", step.title
    assert step.title == "Hold the reset button until the camera reacts"
    assert "the light turns to steady red" in step.text
    assert step.timer is not None and step.timer.max == 20  # the source's 10-20 s


def test_after_holding_until_the_light_changed_the_long_hold_may_come_first(
    guide: Guide,
) -> None:
    """Their own try held the documented time already: a longer hold is what is left to try."""
    state = first_hold(
        guide, "wyze-cam-v3", ("wont-reset", "until-change", "reacted", "no-restart")
    )
    assert state.current.ref.ref == "long-hold", state.current.title


def test_a_lorex_camera_is_reset_the_way_lorex_gives_before_any_plain_press(
    guide: Guide,
) -> None:
    """A reviewer's Lorex E893AB went 54 steps to support without Lorex's own reset (hold,
    pull the network cable and put it back, hold 15 s more), its first hold saying "Do not
    unplug its network cable first". After a short try of their own it is the first press;
    after one held until the light changed, a power attempt may come first (a power fault is
    as likely then), but no plain press does."""
    plain = {"guided-reset", "long-hold", "find-button", "vendor-instructions"}
    for own_try, first in (("few-seconds", True), ("until-change", False)):
        answers = ("wont-reset", own_try, "nothing", "no-restart")
        state = guide.replay([start_event(guide, model="lorex-e893ab", have=("pin",))])
        for answer in answers:
            cmd = Command("answer", state.current.id, answer)
            state = guide.extend(state, [guide.command(state, cmd, T0)])
        attempts: list[str] = []
        while state.current.ref.ref != "recorder-reset" and len(attempts) < 40:
            step = state.current
            assert step.kind != "outcome", (own_try, attempts)
            if step.ref.kind == "action":
                attempts.append(step.ref.ref)
            order = ("network-cable", "on", "no", "done", "not_sure")
            answer = next(a for a in order if step.offers(a))
            cmd = Command("answer", step.id, answer)
            state = guide.extend(state, [guide.command(state, cmd, T0)])
        step = state.current
        assert step.ref.ref == "recorder-reset", (own_try, attempts)
        assert not plain & set(attempts), (own_try, attempts)
        assert not attempts or not first, (own_try, attempts)
        assert "while holding, unplug and replug the Ethernet cable" in step.text
        assert "keep holding 15 s" in step.text
        # where its one article names two places, the page says both, as the drawing does
        assert "at once: on the back (or underneath: its source names both)." in step.text
        # the hold on a page of its own, timed from the cable going back in (it had no timer)
        state = guide.extend(state, [guide.command(state, Command("done", step.id), T0)])
        hold = state.current
        assert (hold.ref.ref, hold.title) == (
            "recorder-reset",
            "Hold the reset button as its power comes back",
        )
        assert hold.timer is not None and hold.timer.from_power
        assert hold.timer.recommended == 15
        assert "Keep holding for 15 seconds once the cable is back in" in hold.text


def test_a_low_battery_is_charged_before_another_hold(guide: Guide) -> None:
    """A reviewer's doorbell of an unknown brand answered "the battery is low" and was next
    asked about the click, sent to find the button and to hold it, and only then to charge."""
    state = guide.replay(
        [start_event(guide, line="other", form_factor="doorbell", have=("pin", "app"))]
    )
    opening = ("wont-reset", "few-seconds", "nothing", "no-restart")
    # how it is powered and its charge are asked first after that opening (CHARGE_ASKED_RULES)
    for answer in (*opening, "battery", "low"):
        assert state.current.offers(answer), (state.current.id, answer)
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    assert state.current.ref.ref == "charge-battery", state.current.title


def test_the_makers_reset_first_leaves_the_power_attempts_on_offer(guide: Guide) -> None:
    """With only plain presses held back for Lorex's own reset, a camera whose own try held,
    reacted and came back as before (a starved PoE switch, a failing injector: the maker's
    reset cannot fix those) is not sent to support before anything is tried, as it was when
    every press was held back (the benchmark's Lorex cases)."""
    state = guide.replay([start_event(guide, model="lorex-e893ab", have=("pin",))])
    for answer in ("wont-reset", "until-change", "reacted", "came-back"):
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    for _ in range(10):  # past any question and the recorder reset's own pages
        assert state.current.kind != "outcome", state.current.title
        if state.current.ref.kind == "action" and state.current.ref.ref != "recorder-reset":
            break
        step = state.current
        said = ("network-cable", "recorder", "on", "no", "done")
        answer = next(a for a in said if step.offers(a))
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    assert state.current.ref.kind == "action"


def test_a_hold_after_the_makers_recorder_reset_does_not_forbid_it(guide: Guide) -> None:
    """The Get-ready page of a plain reset on a Lorex on a cable gives Lorex's own way (pull
    the cable and put it back while holding); its hold page said only "do not unplug its
    network cable first". It now says that holds unless that way is followed; on its own
    adapter (no recorder, so no such way) the plain words stay."""
    state = guide.replay([start_event(guide, model="lorex-e893ab", have=("pin",))])
    for _ in range(10):  # how it is powered comes first; then what it asks, up to Lorex's way
        step = state.current
        if step.ref.ref == "recorder-reset":
            break
        answer = next(
            a for a in ("skip-questions", "network-cable", "steady", "on") if step.offers(a)
        )
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    answers = (*(h.answer for h in state.history), "cant", "other")
    hold = first_hold(guide, "lorex-e893ab", answers, have=("pin",)).current
    assert "Do not unplug its network cable first (unless you follow Lorex's own recorder " in (
        hold.text
    )
    answers = ("skip-questions", "adapter")
    on_adapter = first_hold(guide, "lorex-e893ab", answers, have=("pin",)).current
    # it names the cable Lorex's reset pulls instead (installer review 71, I #1)
    assert "Do not unplug it first" not in on_adapter.text
    assert "pull the camera's network cable out and plug it back in" in on_adapter.text


def test_a_hikvision_camera_is_first_held_as_its_power_comes_back(guide: Guide) -> None:
    """KB audit 48: five of the Hikvision sources hold the button while the power comes back
    and one blog holds it on a running camera, yet every hold page said "Do not cut its power
    first". After a short try of their own, the first press is the sources' way, timed from
    when the power is back; a plain hold after it says it is the other way they give."""
    answers = ("wont-reset", "few-seconds", "nothing", "no-restart")
    state = first_hold(guide, "hikvision-ds-2cd2343g2-iu", answers, have=("pin",))
    hold = state.current
    assert hold.ref.ref == "power-up-hold", hold.title
    assert "keep holding it as you give it power again" in hold.text
    # 15-20 s since rules 68 (two publishers, KB audit 70); 30 s before: test_since_68_facts.py
    assert hold.timer is not None and hold.timer.from_power and hold.timer.recommended == 15
    steps = PlanBook(load_kb())["hikvision-ds-2cd2343g2-iu"]
    stages = steps.plan.actions["guided-reset"].steps
    (stage,) = [i for i, page in enumerate(stages) if page.hold]
    plain = steps.stage("guided-reset", stage)
    assert plain.timer is not None and not plain.timer.from_power
    assert "Do not cut its power first this time (its sources give both ways" in plain.text
