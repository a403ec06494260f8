"""Racing answers to one session through the guide: serialised, never lost or doubled."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from camreset.core.session import Guide
from camreset.errors import StaleStepError
from camreset.kb_files import load_kb
from camreset.store.guided import GuidedSessions
from camreset.store.session_store import SessionStore


@pytest.fixture
def sessions(db_url: str) -> Iterator[GuidedSessions]:
    store = SessionStore.from_url(db_url)
    yield GuidedSessions(store, Guide(load_kb()))
    store.close()


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


def test_racing_answers_to_one_step_save_exactly_one(sessions: GuidedSessions) -> None:
    session_id, state = sessions.start(model="tapo-c200", have={"pin"})
    step = state.current.id
    results = race(6, lambda: sessions.apply(session_id, type="answer", step=step, answer="cant"))
    assert results == Counter(saved=1, stale=5)
    assert [h.step for h in sessions.state(session_id).history] == [step]


def test_racing_details_are_all_kept(sessions: GuidedSessions) -> None:
    session_id, _ = sessions.start(model="tapo-c200")
    results = race(5, lambda: sessions.apply(session_id, type="details", step=None,
                                             data={"serial": "S1"}))  # fmt: skip
    assert results == Counter(saved=5)
    assert [e.type for e in sessions.events(session_id)].count("details") == 5
