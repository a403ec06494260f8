"""An agent in the terminal sees what has been answered: `l` lists the answers so far in the
report's words, `u` says what it took back, and an answer given on the customer's phone while
the terminal waited is said as soon as the agent's next key is read (helpdesk review 70, H #2:
`guide --resume CODE` showed only the step on screen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.app import SessionService
from camreset.cli.wizard.so_far import so_far_view
from camreset.core.report import build_report
from camreset.core.session import Command
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import plain, spawn, transcript
from .test_rendering import render

PROMPT = "Your answer"


def _service(db_url: str) -> SessionService:
    return SessionService(SessionStore.from_url(db_url), load_kb())


def _phone_answers(service: SessionService, session_id: str, count: int) -> list[str]:
    """`count` answers given on the customer's phone (another screen): their words."""
    said = []
    for _ in range(count):
        step = service.state(session_id).current
        first = step.answers[0]
        service.apply(session_id, Command("answer", step.id, first.id, {"screen": "other"}))
        said.append(first.label)
    return said


def test_l_lists_the_answers_given_on_the_phone_and_a_move_meanwhile_is_said(
    db_url: str,
) -> None:
    service = _service(db_url)
    try:
        session_id, _ = service.start(model="tapo-c200", have=["pin"], via="web")
        given = _phone_answers(service, session_id, 2)
        code = service.share_code(session_id)
        assert code is not None
        child = spawn(["guide", "--resume", code.shown], db_url, columns=80)
        child.expect(PROMPT)
        assert "l answers so far" in plain(transcript(child))  # in the key line
        child.sendline("l")
        child.expect("What you've done so far \\(2\\)")
        child.expect(PROMPT)
        listed = " ".join(plain(transcript(child)).split())
        for label in given:
            assert f"— {label} on another screen" in listed  # the mark under it
        shown = service.state(session_id)
        more = _phone_answers(service, session_id, 1)[0]  # the phone, while the agent waits
        child.sendline("l")
        child.expect("This is the next step")
        said = " ".join(plain(transcript(child)).split())
        assert f"Another screen answered “{more}” to “{shown.current.title}”." in said
        child.expect(PROMPT)
        child.sendline("u")
        child.expect("Answer this step again")
        assert f"You took back “{more}”." in " ".join(plain(transcript(child)).split())
        child.expect(PROMPT)
        child.sendline("q")
        child.expect("saved")
        child.close()
    finally:
        service.close()


def test_l_says_on_this_screen_of_the_answers_this_terminal_gave(db_url: str) -> None:
    """After `guide --resume CODE`, `l` marked the agent's own answer "(entered on another
    screen)", as the phone's; the web desk says "on this screen" of its own (merged-diff
    review 70, N #2)."""
    service = _service(db_url)
    try:
        session_id, _ = service.start(model="tapo-c200", have=["pin"], via="web")
        phone = _phone_answers(service, session_id, 1)[0]
        code = service.share_code(session_id)
        assert code is not None
        child = spawn(["guide", "--resume", code.shown], db_url, columns=80)
        child.expect(PROMPT)
        title = service.state(session_id).current.title
        child.sendline("1")
        child.expect(PROMPT)
        mine = service.state(session_id).history[-1].answer_label
        child.sendline("l")
        child.expect("What you've done so far \\(2\\)")
        child.expect(PROMPT)
        listed = " ".join(plain(transcript(child)).split())
        assert f"— {phone} on another screen" in listed
        assert f"{title} — {mine} on this screen" in listed
        assert "entered on another screen" not in listed
        child.sendline("q")
        child.expect("saved")
        child.close()
    finally:
        service.close()


def _to_the_hold_and_back(db_url: str) -> tuple[SessionService, str, set[datetime]]:
    """A Tapo C200 answered on the phone up to its first hold (a wait cut short on the way),
    the hold timed and answered here (14.1 s), the phone's last answer before it taken back
    and given again: the session, and when this screen answered."""
    now = [datetime(2026, 12, 6, 16, 46, 22, tzinfo=UTC)]

    def clock() -> datetime:
        now[0] += timedelta(seconds=7)
        return now[0]

    service = SessionService(SessionStore.from_url(db_url), load_kb(), clock=clock)
    session_id, _ = service.start(model="tapo-c200", have=["pin", "original_adapter", "app"])
    other = {"screen": "other"}
    for _ in range(100):
        if (step := service.state(session_id).current).timer is not None:
            break
        said = next((v for v in ("done", "yes") if step.offers(v)), step.answers[0].id)
        service.apply(session_id, Command("answer", step.id, said, other))
        if step.kind == "wait":  # taken back on the phone, and waited out again
            on = service.state(session_id).current.id
            again = service.apply(session_id, Command("undo", on, None, other)).current.id
            service.apply(session_id, Command("answer", again, said, other))
    else:
        raise AssertionError("100 steps and still: (step := service.state(session_id).current).ti…")
    service.apply(session_id, Command("hold", step.id, data={"seconds": 14.1}))
    mine = service.apply(session_id, Command("answer", step.id, "done", {"screen": "starter"}))
    return service, session_id, {mine.events[-1].at}


def test_l_lists_what_the_desk_lists_with_the_time_in_a_column_of_its_own(db_url: str) -> None:
    """`l` had time, step, answer and mark only, where the desk also says the hold measured,
    a wait cut short, and the answers taken back; at 80 columns a long row wrapped to the
    left edge, under the times (merged-diff review 70, N #4)."""
    service, session_id, here = _to_the_hold_and_back(db_url)
    try:
        state = service.state(session_id)
        view = so_far_view(build_report(service.kb_for(state), state), here)
    finally:
        service.close()
    assert render(view, width=80).splitlines() == [
        "What you've done so far (7, 1 taken back):",
        "  16:46:36  What brings you here? — It won't reset",
        "            on another screen",
        "  16:46:43  How long did you hold the button last time? — A few seconds",
        "            on another screen",
        "  16:46:50  Did the camera react while you held the button? — Yes, something",
        "            changed",
        "            on another screen",
        "  16:46:57  Did the camera restart after you let go? — Yes, but it came back as",
        "            before",
        "            on another screen",
        "  16:47:04  Its own adapter, or one with the same rating — Done",
        "            on another screen",
        "  16:47:25  Let the camera start up — Done waiting",
        "            on another screen · waited 21 s of 2 min",
        "  16:47:39  Hold the reset button until the camera reacts — Done, I let go",
        "            on this screen · held 14 s",
        "Answers taken back (undone):",
        "  16:47:11  Let the camera start up — Done waiting",
        "            on another screen · taken back",
    ]
    assert render(view, width=40).splitlines() == [
        "What you've done so far (7, 1 taken",
        "back):",
        "  16:46:36  What brings you here? — It",
        "            won't reset",
        "            on another screen",
        "  16:46:43  How long did you hold the",
        "            button last time? — A few",
        "            seconds",
        "            on another screen",
        "  16:46:50  Did the camera react while",
        "            you held the button? — Yes,",
        "            something changed",
        "            on another screen",
        "  16:46:57  Did the camera restart after",
        "            you let go? — Yes, but it",
        "            came back as before",
        "            on another screen",
        "  16:47:04  Its own adapter, or one with",
        "            the same rating — Done",
        "            on another screen",
        "  16:47:25  Let the camera start up —",
        "            Done waiting",
        "            on another screen · waited",
        "            21 s of 2 min",
        "  16:47:39  Hold the reset button until",
        "            the camera reacts — Done, I",
        "            let go",
        "            on this screen · held 14 s",
        "Answers taken back (undone):",
        "  16:47:11  Let the camera start up —",
        "            Done waiting",
        "            on another screen · taken",
        "            back",
    ]


def test_l_never_wraps_between_a_number_and_its_unit(db_url: str) -> None:
    """At 40 columns `l` ended a line with "waited 7" and began the next with "s of 2 min",
    and "shorter than the 10" / "s asked for)" (session 70 left over): a duration stays whole."""
    now = [datetime(2026, 12, 6, 16, 46, 22, tzinfo=UTC)]

    def clock() -> datetime:
        now[0] += timedelta(seconds=7)
        return now[0]

    service = SessionService(SessionStore.from_url(db_url), load_kb(), clock=clock)
    try:
        session_id, _ = service.start(model="tapo-c200", have=["pin", "original_adapter", "app"])
        for _ in range(100):
            if (step := service.state(session_id).current).timer is not None:
                break
            said = next((v for v in ("done", "yes") if step.offers(v)), step.answers[0].id)
            service.apply(session_id, Command("answer", step.id, said, {"screen": "other"}))
        else:
            raise AssertionError("100 steps and still: (step := service.state(session_id).current…")
        service.apply(session_id, Command("answer", step.id, "done", {"screen": "other"}))
        timed = {"seconds": 7.0, "screen": "starter"}  # timed here after the phone's "Done"
        service.apply(session_id, Command("hold", step.id, data=timed))
        state = service.state(session_id)
        view = so_far_view(build_report(service.kb_for(state), state))
    finally:
        service.close()
    assert render(view, width=40).splitlines()[-12:] == [
        "  16:47:11  Let the camera start up —",
        "            Done waiting",
        "            on another screen · waited",
        "            7 s of 2 min",
        "  16:47:18  Hold the reset button until",
        "            the camera reacts — Done, I",
        "            let go",
        "            on another screen · held 7 s",
        "            (timed after this answer, on",
        "            the screen that started the",
        "            session; shorter than the",
        "            10 s asked for)",
    ]
    assert render(view, width=80).splitlines()[-5:] == [
        "  16:47:11  Let the camera start up — Done waiting",
        "            on another screen · waited 7 s of 2 min",
        "  16:47:18  Hold the reset button until the camera reacts — Done, I let go",
        "            on another screen · held 7 s (timed after this answer, on the screen",
        "            that started the session; shorter than the 10 s asked for)",
    ]
