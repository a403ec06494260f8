"""Guessing short codes is capped per client: codes that open nothing count, right ones don't."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from camreset.app.code_guard import CODES_PER_WINDOW, MOST_CLIENTS, WINDOW, CodeGuard
from camreset.errors import TooManyCodesError

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_a_client_is_refused_once_its_misses_reach_the_cap_and_told_when_to_try() -> None:
    guard = CodeGuard()
    for n in range(CODES_PER_WINDOW):
        guard.check("10.0.0.7", T0 + timedelta(seconds=n / 2))
        guard.missed("10.0.0.7", 1, T0 + timedelta(seconds=n / 2))
    with pytest.raises(TooManyCodesError) as refused:
        guard.check("10.0.0.7", T0 + timedelta(seconds=31))
    assert refused.value.retry_after == 30  # the first miss leaves the window at T0 + 60 s
    assert "try again in 30 s" in str(refused.value)
    guard.check("10.0.0.8", T0 + timedelta(seconds=31))  # someone else is not held up
    guard.check("10.0.0.7", T0 + WINDOW)  # the oldest miss has left the window


def test_a_look_alike_search_counts_every_code_it_tried() -> None:
    guard = CodeGuard()
    guard.missed("a", 27, T0)
    guard.missed("a", 27, T0)
    guard.check("a", T0)  # 54 of 60
    guard.missed("a", 27, T0)
    with pytest.raises(TooManyCodesError):
        guard.check("a", T0)


def test_codes_that_open_a_session_cost_nothing() -> None:
    guard = CodeGuard()
    for _ in range(CODES_PER_WINDOW * 3):
        guard.missed("a", 0, T0)
    guard.check("a", T0)


def test_the_clients_remembered_stay_bounded_the_quietest_forgotten_first() -> None:
    guard = CodeGuard(per_window=1)
    guard.missed("first", 1, T0)
    for n in range(MOST_CLIENTS):
        guard.missed(f"c{n}", 1, T0)
    guard.check("first", T0)  # forgotten: memory does not grow with every address
    with pytest.raises(TooManyCodesError):
        guard.check(f"c{MOST_CLIENTS - 1}", T0)
