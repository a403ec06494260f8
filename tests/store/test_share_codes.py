"""Short codes: read out over the phone, typed in any case, good for two hours only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from camreset.core.session.events import SessionEvent
from camreset.core.share_code import (
    ALPHABET,
    CODE_LIFETIME,
    ShareCode,
    look_alikes,
    misread,
    normalise,
    spoken,
)
from camreset.errors import SessionNotFoundError
from camreset.store.session_store import SessionStore

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def started(model: str = "tapo-c200") -> SessionEvent:
    data = {"model": model, "line": None, "form_factor": None, "have": []}
    return SessionEvent(type="started", at=T0, data=data)


@pytest.fixture
def store(db_url: str) -> SessionStore:
    return SessionStore.from_url(db_url)


def test_a_code_opens_its_session_in_any_case_with_or_without_its_dash(
    store: SessionStore,
) -> None:
    sid = store.create([started()])
    code = store.codes.code_for(sid, T0)
    assert code is not None and len(code.code) == 8 and set(code.code) <= set(ALPHABET)
    assert code.shown == f"{code.code[:4]}-{code.code[4:]}"
    assert code.expires_at == T0 + CODE_LIFETIME
    for typed in (code.shown, code.code.lower(), f" {code.code[:4]} {code.code[4:]} "):
        assert store.codes.session_for(typed, T0 + timedelta(minutes=5)) == sid


def test_the_same_code_is_given_again_while_it_lives_then_a_new_one(store: SessionStore) -> None:
    sid = store.create([started()])
    first = store.codes.code_for(sid, T0)
    assert store.codes.code_for(sid, T0 + timedelta(minutes=90)) == first
    assert first is not None
    late = T0 + CODE_LIFETIME + timedelta(seconds=1)
    assert store.codes.session_for(first.code, late) is None  # expired: opens nothing
    assert store.codes.code_for(sid, late, new=False) is None
    second = store.codes.code_for(sid, late)
    assert second is not None and second.code != first.code
    assert store.codes.session_for(second.code, late) == sid


def test_each_session_has_its_own_code_and_unknown_codes_open_nothing(
    store: SessionStore,
) -> None:
    a, b = store.create([started()]), store.create([started("c100")])
    code_a, code_b = store.codes.code_for(a, T0), store.codes.code_for(b, T0)
    assert code_a is not None and code_b is not None and code_a.code != code_b.code
    assert store.codes.session_for(code_b.code, T0) == b
    unused = next(c * 8 for c in ALPHABET if c * 8 not in (code_a.code, code_b.code))
    for typed in (unused, "C200", "IP8M2496", "", "O0O0-1I1L"):
        assert store.codes.session_for(typed, T0) is None


def test_no_code_for_a_session_that_does_not_exist(store: SessionStore) -> None:
    with pytest.raises(SessionNotFoundError):
        store.codes.code_for("x" * 32, T0)


def test_only_eight_characters_of_the_alphabet_make_a_code() -> None:
    assert normalise("k7qm-4txp") == "K7QM4TXP"
    assert normalise("K7QM 4TXP") == "K7QM4TXP"
    # copied from a sentence or an email (an accessibility reviewer's "6PPE-JSN3.")
    for copied in ("K7QM-4TXP.", "K7QM_4TXP", "“K7QM-4TXP”", "k7qm-4txp,"):
        assert normalise(copied) == "K7QM4TXP", copied
    for not_a_code in ("K7QM-4TX", "K7QM-4TXPZ", "IP8M-2496", "OOOO0000", "tapo c200"):
        assert normalise(not_a_code) is None


def test_every_character_a_code_can_have_is_spelt_out_as_a_word_of_its_own() -> None:
    code = ShareCode(ALPHABET[:8], T0)
    assert code.spoken == "two three four five, six seven eight nine"
    words = [spoken(c * 8).split(",")[0].split()[0] for c in ALPHABET]
    assert len(set(words)) == len(ALPHABET) and all(len(w) > 2 for w in words)
    assert spoken("BDEGPTVZ") == "Bravo Delta Echo Golf, Papa Tango Victor Zulu"


def test_a_code_typed_with_look_alikes_names_them_and_what_they_may_have_been() -> None:
    assert misread("dvdk-42xo") == "O" and misread("O1OO 2345") == "O1"
    assert misread("DVDK-42XS") == misread("DVDK-42X") == misread("DVD!-42XO") == ""
    assert look_alikes("DVDK-42XO") == ["DVDK42XD", "DVDK42XQ"]
    assert look_alikes("DUDK42XS") == ["DVDK42XS"]
    assert look_alikes("LVDK42XS") == [] and look_alikes("11112345") == []  # L; 81 guesses
    # a word of eight letters is no code read wrong (a reviewer's "Kangaroo", "floodcam")
    assert misread("Kangaroo") == misread("floodcam") == ""
    assert misread("KANG-AROO") == "O"  # typed as a code is: the dash says so
    # a brand and its model is no code either (web review 56: "Foscam R4" was told of codes)
    assert misread("Foscam R4") == misread("foscam x5") == ""
    # a phone keyboard's dashes are dashes (web review 56: "S6S5—N4H4" found no session)
    assert normalise("S6S5—N4H4") == normalise("s6s5 – n4h4") == "S6S5N4H4"


def test_the_sessions_look_alike_codes_open_are_all_found(store: SessionStore) -> None:
    a, b = store.create([started()]), store.create([started("c100")])
    code_a, code_b = store.codes.code_for(a, T0), store.codes.code_for(b, T0)
    assert code_a is not None and code_b is not None
    assert store.codes.sessions_for([code_a.code, code_b.code, "ZZZZZZZZ"], T0) == {a, b}
    assert store.codes.sessions_for([], T0) == set()
    assert store.codes.sessions_for([code_a.code], T0 + CODE_LIFETIME) == set()
