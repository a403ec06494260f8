"""The in-memory note of which step each screen of a session shows and when it last looked
(web/screens_seen.py; helpdesk review 74 F, #5): what the desk reads, kept bounded, shared
safely between threads. Pure: every time is passed in."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from camreset.core.present.seen_words import seen_words
from camreset.web.screens_seen import KEPT_FOR, ScreensSeen, Shown

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
PHONE = (("screen", "starter"),)
DESK = (("by", "helpdesk"), ("screen", "other"))


def _at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_the_desk_reads_the_phones_step_and_when_it_looked_never_its_own() -> None:
    seen = ScreensSeen()
    seen.page("s1", "phone", PHONE, Shown(seq=7, number=7), _at(0))
    seen.page("s1", "desk", DESK, Shown(seq=8, number=8), _at(2))
    [phone] = seen.others("s1", "desk", _at(4))
    assert (phone.screen, phone.shown.number, phone.at) == ("phone", 7, _at(0))
    assert [s.screen for s in seen.others("s1", "phone", _at(4))] == ["desk"]
    assert seen.others("another session", "desk", _at(4)) == []


def test_a_poll_keeps_the_step_the_page_was_fetched_with_and_says_it_follows() -> None:
    seen = ScreensSeen()
    seen.page("s1", "phone", PHONE, Shown(seq=5, number=4), _at(0))
    seen.polled("s1", "phone", PHONE, seq=5, shown=Shown(seq=5, number=99), at=_at(8))
    [phone] = seen.others("s1", "desk", _at(9))
    assert (phone.shown.number, phone.at, phone.script) == (4, _at(8), True)
    # a page fetched before this server started: its poll says where it is
    seen.polled("s2", "phone", PHONE, seq=3, shown=Shown(seq=3, number=3), at=_at(8))
    assert seen.others("s2", "desk", _at(9))[0].shown.number == 3
    # nothing known of the page and nothing told: nothing is made up
    seen.polled("s3", "phone", PHONE, seq=3, shown=None, at=_at(8))
    assert seen.others("s3", "desk", _at(9)) == []


def test_a_page_without_script_is_said_to_move_on_when_reloaded() -> None:
    seen = ScreensSeen()
    seen.page("s1", "phone", PHONE, Shown(seq=5, number=5), _at(0))
    assert seen.others("s1", "desk", _at(1))[0].script is None  # not known yet: nothing said
    seen.no_script("s1", "phone", _at(1))
    [phone] = seen.others("s1", "desk", _at(180))
    assert phone.script is False
    said = seen_words("The screen that started the session", 5, 180, phone.script)
    assert said == (
        "The screen that started the session: on step 5, page loaded 3 min ago "
        "(no JavaScript: it moves on when they reload)."
    )
    seen.page("s1", "phone", PHONE, Shown(seq=6, number=6), _at(200))  # reloaded
    assert seen.others("s1", "desk", _at(201))[0].script is False  # the same browser
    seen.no_script("s1", "nobody seen", _at(1))  # an unknown screen adds nothing
    assert len(seen) == 1


def test_words_for_a_screen_just_seen_and_on_the_end_page() -> None:
    assert seen_words("Another screen", 7, 4.6, True) == "Another screen: on step 7, seen 4 s ago."
    said = seen_words("The helpdesk", None, 7300)
    assert said == "The helpdesk: on the end page, last seen 2 h ago."
    assert seen_words("Another screen", 2, 0.4, None) == "Another screen: on step 2, seen just now."


def test_it_keeps_a_few_screens_per_session_and_a_few_sessions_the_oldest_dropped() -> None:
    seen = ScreensSeen(sessions_kept=3, screens_kept=2)
    for i in range(5):
        seen.page("s1", f"screen{i}", PHONE, Shown(1, 1), _at(i))
    assert sorted(s.screen for s in seen.others("s1", "", _at(9))) == ["screen3", "screen4"]
    for i in range(2, 6):
        seen.page(f"s{i}", "phone", PHONE, Shown(1, 1), _at(10 + i))
    assert seen.others("s1", "", _at(20)) == []  # seen longest ago: dropped
    assert [len(seen.others(f"s{i}", "", _at(20))) for i in range(3, 6)] == [1, 1, 1]
    assert len(seen) == 3


def test_a_screen_not_seen_for_hours_is_forgotten() -> None:
    seen = ScreensSeen()
    seen.page("old", "phone", PHONE, Shown(1, 1), _at(0))
    seen.page("new", "phone", PHONE, Shown(1, 1), _at(600))
    later = T0 + KEPT_FOR + timedelta(seconds=1)
    assert seen.others("old", "desk", later) == []
    assert len(seen) == 1  # the memory too, not only the answer
    assert len(seen.others("new", "desk", later)) == 1


def test_many_threads_at_once_leave_it_whole_and_bounded() -> None:
    seen = ScreensSeen(sessions_kept=20, screens_kept=3)
    errors: list[BaseException] = []

    def visit(worker: int) -> None:
        try:
            for n in range(300):
                session, screen = f"s{n % 40}", f"w{worker}-{n % 5}"
                seen.page(session, screen, PHONE, Shown(n, n), _at(n))
                seen.polled(session, screen, PHONE, n, None, _at(n))
                seen.no_script(session, screen, _at(n))
                seen.others(session, "desk", _at(n))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=visit, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert 0 < len(seen) <= 20 * 3
