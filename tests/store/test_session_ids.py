"""Session ids are typed and pasted on command lines: one that starts with "-" would be read as
an option (`camreset report -Xy…` failed with "No such option", one id in 64)."""

from __future__ import annotations

from camreset.store.session_store import new_session_id


def test_no_session_id_starts_with_a_dash() -> None:
    ids = [new_session_id() for _ in range(5000)]  # about 78 would start with "-" by chance
    assert not [i for i in ids if i.startswith("-")]
    assert len(set(ids)) == len(ids)
    assert all(len(i) >= 32 for i in ids)
