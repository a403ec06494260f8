"""The session service: racing answers serialised (never lost or doubled), one fold per
request, and several servers over one database seeing each other's answers."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from camreset.app import SessionService
from camreset.core.session import Command, Guide
from camreset.errors import InvalidAnswerError, StaleStepError, UnknownModelError
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore


def open_service(db_url: str) -> SessionService:
    return SessionService(SessionStore.from_url(db_url), load_kb())


@pytest.fixture
def sessions(db_url: str) -> Iterator[SessionService]:
    service = open_service(db_url)
    yield service
    service.close()


def race(n: int, work: Callable[[], object]) -> Counter[str]:
    barrier = threading.Barrier(n)
    results: Counter[str] = Counter()
    lock = threading.Lock()

    def run() -> None:
        barrier.wait()
        try:
            work()
            outcome = "saved"
        except StaleStepError:
            outcome = "stale"
        with lock:
            results[outcome] += 1

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_racing_answers_to_one_step_save_exactly_one(sessions: SessionService) -> None:
    session_id, state = sessions.start(model="tapo-c200", have={"pin"})
    step = state.current.id
    results = race(6, lambda: sessions.apply(session_id, Command("skip", step)))
    assert results == Counter(saved=1, stale=5)
    assert [h.step for h in sessions.state(session_id).history] == [step]


def test_racing_answers_through_the_event_loop_save_exactly_one(sessions: SessionService) -> None:
    """The web's path: on PostgreSQL each append waits in its own thread, truly at once."""
    session_id, state = sessions.start(model="tapo-c200", have={"pin"})
    step = state.current.id

    async def answer() -> str:
        try:
            await sessions.apply_async(session_id, Command("answer", step, "skip-questions"))
        except StaleStepError:
            return "stale"
        return "saved"

    async def race() -> list[str]:
        return list(await asyncio.gather(*(answer() for _ in range(6))))

    assert Counter(asyncio.run(race())) == Counter(saved=1, stale=5)
    after = asyncio.run(sessions.state_async(session_id))
    assert [h.step for h in after.history] == [step]


def test_racing_details_are_all_kept(sessions: SessionService) -> None:
    session_id, _ = sessions.start(model="tapo-c200")
    results = race(5, lambda: sessions.apply(session_id, Command("details", data={"serial": "S1"})))
    assert results == Counter(saved=5)
    assert [e.type for e in sessions.state(session_id).events].count("details") == 5


def test_details_saved_against_what_a_page_showed_keep_a_change_made_since(db_url: str) -> None:
    """A page's save, checked again on a server that had not seen the other screen's
    correction, keeps that correction and saves only what the page itself changed (helpdesk
    review 67, E #1: a form left open put the misread serial back)."""
    first, second = open_service(db_url), open_service(db_url)
    try:
        session_id, _ = first.start(model="tapo-c200")
        first.apply(session_id, Command("details", data={"serial": "S1", "firmware": "F0"}))
        assert second.state(session_id).details["serial"] == "S1"  # warms its memory
        first.apply(session_id, Command("details", data={"serial": "S2"}))
        typed = {"serial": "S1x", "firmware": "F0", "mac": "", "light": "red"}
        shown = {"serial": "S1", "firmware": "F0", "mac": "", "light": ""}
        after = second.apply(session_id, Command("details", data={**typed, "shown": shown}))
        assert after.details == {"serial": "S2", "firmware": "F0", "light": "red"}
        assert after.events[-1].data == {"light": "red"}  # nothing sent back as it was shown
    finally:
        first.close()
        second.close()


def test_two_servers_over_one_database_see_each_others_answers(db_url: str) -> None:
    first, second = open_service(db_url), open_service(db_url)
    try:
        session_id, state = first.start(model="tapo-c200", have={"pin"})
        assert second.state(session_id).current.id == state.current.id  # warms its memory
        moved = first.apply(session_id, Command("skip", state.current.id))
        seen = second.state(session_id)
        assert seen.current.id == moved.current.id and len(seen.history) == 1
        with pytest.raises(StaleStepError):  # the second server held the old step: refused
            second.apply(session_id, Command("skip", state.current.id))
        undone = second.apply(session_id, Command("undo", moved.current.id))
        assert first.state(session_id).current.title == undone.current.title
        assert first.state(session_id).history == ()
    finally:
        first.close()
        second.close()


def test_a_request_folds_one_new_event_not_the_whole_log(
    sessions: SessionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id, state = sessions.start(model="amcrest-ip4m-1041b", have={"pin"})
    for _ in range(6):
        step = state.current
        answer = next(a for a in ("not_sure", "skip-questions", "found", "cant") if step.offers(a))
        state = sessions.apply(session_id, Command("answer", step.id, answer))
    replays: list[int] = []
    extended: list[int] = []
    real_replay, real_extend = Guide.replay, Guide.extend
    monkeypatch.setattr(
        Guide, "replay", lambda self, ev: replays.append(len(ev)) or real_replay(self, ev)
    )
    monkeypatch.setattr(
        Guide,
        "extend",
        lambda self, st, new: extended.append(len(new)) or real_extend(self, st, new),
    )
    sessions.state(session_id)
    step = state.current
    answer = next(a for a in ("not_sure", "found", "cant") if step.offers(a))
    after = sessions.apply(session_id, Command("answer", step.id, answer))
    assert replays == [] and [n for n in extended if n] == [1]
    assert len(after.history) == 7


def test_a_typed_model_is_looked_up_once_and_bad_choices_are_refused(
    sessions: SessionService,
) -> None:
    _, state = sessions.start(model="Tapo C-200", have=["pin"])
    assert state.model.id == "tapo-c200"
    with pytest.raises(UnknownModelError, match="unknown camera model 'tapo c999'"):
        sessions.start(model="tapo c999", have=["pin"])
    with pytest.raises(InvalidAnswerError, match=r"unknown item.*hammer"):
        sessions.start(model="tapo-c200", have=["pin", "hammer"])
    with pytest.raises(InvalidAnswerError, match="unknown form factor"):
        sessions.start(line="tapo", form_factor="blimp")
