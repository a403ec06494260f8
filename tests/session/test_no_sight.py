"""Someone who cannot see the camera's light is taken by the checks that need no sight
(core/session/no_sight.py; accessibility review 65, #3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import T0, Driver, answered, as_started_under

from camreset.core.engine.evidence import ActionFailed
from camreset.core.present.timer_words import timer_words
from camreset.core.session import Command, Guide, SessionEvent, SessionState
from camreset.core.session.later_rules import KB_SINCE_71_RULES
from camreset.core.session.rules import NO_SIGHT_RULES

SETUP = "Is the camera in setup mode now?"
STATUS = "What is the status light doing right now?"
NO_LIGHT = "I can't see this camera's light, or it has none"


def walk(d: Driver, steps: int = 30) -> list[str]:
    """The pages shown, in turn, to someone who says they cannot see the light wherever that
    is offered, and otherwise "done", "no" or "I can't do this"."""
    shown: list[str] = []
    for _ in range(steps):
        step = d.state.current
        if d.state.finished:
            break
        shown.append(step.title)
        d.pick("no-light", "done", "no", "cant")
    return shown


def at_rules(events: list[SessionEvent], rules: int) -> list[SessionEvent]:
    """The same log, as if it had been written under `rules`."""
    started, *rest = events
    old = started.model_copy(update={"data": {**started.data, "rules": rules}})
    return [old, *rest]


def test_the_setup_light_check_asks_whether_the_light_can_be_seen(
    make_driver: Callable[..., Driver],
) -> None:
    """A blind person at "Is the camera in setup mode now?" could only say "I can't do this":
    the page now offers "I can't see this camera's light", before its ways out, and takes them
    to the app's check (its Tapo_Cam_… Wi-Fi, or the app finding it as new), which needs no
    sight."""
    d = make_driver(model="tapo-c200", have=("pin", "app"))
    for _ in range(100):
        if d.state.current.title == SETUP:
            break
        d.send("done")
    else:
        raise AssertionError("100 steps and still: d.state.current.title != SETUP")
    labels = [a.label for a in d.state.current.answers]
    assert labels.index(NO_LIGHT) < labels.index("Not sure") < labels.index("I can't do this")
    d.send("no-light")
    step = d.state.current
    assert step.title == "Does the Tapo app find it as a new camera?"
    assert "Tapo_Cam_" in step.text


def test_once_the_light_cannot_be_seen_no_page_asks_about_it_again(
    make_driver: Callable[..., Driver],
) -> None:
    """After saying so on the first attempt's setup check, the status light was asked about
    and every later attempt ended on the setup light again; now neither is shown, and each
    attempt is checked in the app."""
    d = make_driver(model="tapo-c200", have=("pin", "app"))
    shown = walk(d)
    first = shown.index(SETUP)
    assert STATUS not in shown
    assert SETUP not in shown[first + 1 :]
    assert shown.count("Does the Tapo app find it as a new camera?") >= 2


def test_said_on_the_status_light_the_reset_is_checked_without_it(
    make_driver: Callable[..., Driver],
) -> None:
    """An Amcrest's first page asks what its status light does; "I can't see this camera's
    light" there led to a reset that ended on "Is the camera in setup mode now?". The reset is
    now checked in the app or on its web page."""
    d = make_driver(model="amcrest-ip8m-2496eb", have=("pin", "app"))
    as_started_under(d, KB_SINCE_71_RULES - 1)  # added in its app then; cable-only since
    assert d.state.current.title == STATUS
    shown = walk(d)
    assert SETUP not in shown
    assert any(t.startswith("Does the Amcrest Smart Home app find it as a new") for t in shown)


def test_a_log_written_before_replays_as_it_ran(
    guide: Guide, make_driver: Callable[..., Driver]
) -> None:
    """Sessions saved before NO_SIGHT_RULES in which "I can't see this camera's light" was said
    replay to the pages they showed then: an Amcrest's resets still end on its setup light,
    and a Tapo C200's status light is asked after the app's check (as "I can't do this" on its
    setup light, which its answer reads as, did), then the next attempt's setup light."""
    for model, replays in (("amcrest-ip8m-2496eb", [SETUP, SETUP]), ("tapo-c200", [STATUS, SETUP])):
        d = make_driver(model=model, have=("pin", "app"))
        log = at_rules(d.events, NO_SIGHT_RULES - 1)
        old = Driver(guide, log[0])
        old.state = guide.replay(log)
        shown = walk(old)
        first = shown.index(SETUP) if model == "tapo-c200" else shown.index(STATUS)
        assert [t for t in shown[first + 1 :] if t in (SETUP, STATUS)][:2] == replays, model
        replayed = guide.replay(old.events)
        assert [h.title for h in replayed.history] == [h.title for h in old.state.history]
        assert replayed.current.id == old.state.current.id


DAHUA_UNSEEN = (
    "forgot-password",
    "reset-it",
    "no",
    "network-cable",
    "no-light",  # on the status light's question
    "on",  # its PoE port's light
    "done",
    "done",
    "done",  # the hold
)


def test_a_check_standing_in_for_the_light_after_a_cut_short_restart_can_wait_again(
    guide: Guide,
) -> None:
    """A Dahua whose light the person cannot see, its restart ended at once: the web page's
    check said "answer “Not yet: it is still restarting” to wait again" and had no such
    answer, so the one left was "No", a failed attempt (phone review 69, U #2). It has it
    now, and it goes back to the restart, then to this same check."""
    state = answered(guide, DAHUA_UNSEEN, model="dahua-ipc-hfw2431t-zs-s2", have=("pin",))
    assert state.current.title == "Let the camera restart"
    state = answered_more(guide, state, "done")  # at once: the restart cut short
    check = state.current
    assert check.title == "Does it ask for a new password on its page?"
    assert "answer “Not yet: it is still restarting” to wait again" in (check.notice or "")
    (later,) = [a.label for a in check.answers if a.role == "wait"]
    assert later == "Not yet: it is still restarting"
    state = answered_more(guide, state, "still-restarting")
    assert state.current.title == "Let the camera restart"
    assert state.history[-1].result == "still restarting: waiting again"
    assert ActionFailed(check.ref.ref) not in state.fold.evidence
    grew = state.progress.time_left.grew  # not "what is left to try takes longer"
    assert grew in (None, "the restart is waited for again, as you asked")
    state = answered_more(guide, state, "done", after=timedelta(minutes=5))
    assert state.current.title == check.title  # past the light again, nothing lost
    assert "before the restart was over" not in (state.current.notice or "")
    assert check.ref.ref not in state.fold.rushed


def answered_more(
    guide: Guide, state: SessionState, answer: str, after: timedelta = timedelta()
) -> SessionState:
    """`state` after `answer`, given `after` the session started (at once by default)."""
    assert state.current.offers(answer), (state.current.id, answer)
    command = Command("answer", state.current.id, answer)
    return guide.extend(state, [guide.command(state, command, T0 + after)])


def test_a_hold_timed_by_the_clock_names_the_last_second_its_timer_shows(guide: Guide) -> None:
    """The Dahua's hold page for someone who can't see its light is timed by one source's
    window, to 30 s, and said "Stop by 30 seconds" over "the timer runs to 60" (phone review
    69, U #3): one last second on the page, the timer's."""
    state = answered(guide, DAHUA_UNSEEN[:-1], model="dahua-ipc-hfw2431t-zs-s2", have=("pin",))
    hold = state.current
    assert hold.timer is not None and hold.timer.max == 30
    assert "Stop by" not in timer_words(hold.timer).plan  # one rule (phone review 73, F #11)
    said = (
        "The sources differ on how long to hold (10 to 60 seconds): the timer runs to 30, the "
        "end of the 10 to 30 seconds this page follows."  # why not 60 (merged-diff review N #10)
    )
    assert said in hold.text
    assert "runs to 60" not in hold.text


def test_a_hold_timed_by_the_clock_gives_one_rule_with_the_sources_window_kept(
    make_driver: Callable[..., Driver],
) -> None:
    """A Swann NHD-818's hold page after "I can't see its light" said "Hold for 15 seconds.
    From 10 seconds on, watch and listen for a sign. Stop by 30 seconds.", then "… so hold for
    15 seconds, then let go.", then "keep holding for at least 10 seconds" (phone review 73,
    F #11): three rules. It now says one, and the sources' 10 to 30 seconds stay in its words,
    its sureness line and its facts."""
    d = make_driver(model="swann-nhd-818", have=("pin",))
    told = {"app": "cant", "power-kind": "not_sure", "status-light": "no-light"}
    for _ in range(10):
        step = d.state.current
        if step.timer is not None:
            break
        d.send(told[step.ref.ref]) if step.ref.ref in told else d.pick("no", "done", "not_sure")
    hold = d.state.current
    assert hold.timer is not None
    assert timer_words(hold.timer).plan == "Hold for 15 seconds, then let go."
    # nothing to watch for: no "one beep: watch now" at 10 s (phone review 73 F, left over)
    assert timer_words(hold.timer).sounds == (
        "Once started, the timer beeps (and a phone buzzes): two beeps: let go; "
        "one long low beep: stop now."
    )
    assert hold.notices == (
        "You said you can't see this camera's light, so hold for 15 seconds, then let go.",
    )
    assert "keep holding for 15 seconds." in hold.text and "at least" not in hold.text
    assert "the timer runs to 30, the end of the 10 to 30 seconds this page follows" in hold.text
    assert "10 to 30 seconds" in (hold.timer.sureness or "")
    assert "10 to 30 s, aim for 15 s" in [line for f in hold.facts for line in f.lines]
