"""An agent in the terminal sees what has been answered: `l` lists the answers so far in the
report's words, `u` says what it took back, and an answer given on the customer's phone while
the terminal waited is said as soon as the agent's next key is read (helpdesk review 70, H #2:
`guide --resume CODE` showed only the step on screen)."""

from __future__ import annotations

from camreset.app import SessionService
from camreset.core.session import Command
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .pty_driver import plain, spawn, transcript

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
            assert f"— {label} · on another screen" in listed
        shown = service.state(session_id)
        more = _phone_answers(service, session_id, 1)[0]  # the phone, while the agent waits
        child.sendline("l")
        child.expect("This is the next step")
        said = " ".join(plain(transcript(child)).split())
        assert f"The other screen answered “{more}” to “{shown.current.title}”." in said
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
        assert f"— {phone} · on another screen" in listed
        assert f"{title} — {mine} · on this screen" in listed
        assert "entered on another screen" not in listed
        child.sendline("q")
        child.expect("saved")
        child.close()
    finally:
        service.close()
