"""Facts as a card shows them are words for people: no identifier written for the code."""

from __future__ import annotations

import re

from camreset.core.kb.resolve import resolve_model
from camreset.core.present.facts import card_views
from camreset.kb_files import load_kb

IDENTIFIER = re.compile(r"(?<![\w.@])[a-z]+_[a-z_]+\b(?!@)")
"""A snake_case word ("account_email", "app_password"), not an e-mail address's part."""


def test_no_card_shows_an_identifier_written_for_the_code() -> None:
    """KB audit 57: a Reolink card listed "Password kinds: app_password, client_password…" and
    a Swann one "needs: mac, account_email"."""
    kb = load_kb()
    found = {
        (model, view.label, word)
        for model in kb.models
        for view in card_views(kb, resolve_model(kb, model))
        for line in view.lines
        for word in IDENTIFIER.findall(line)
    }
    assert not found, sorted(found)[:10]


AUTHORS_WORDS = re.compile(r"\bseed\b|\bthe store\b|\bour\b|\bwe\b(?! have)|\bKB\b", re.IGNORECASE)
"""Words of the project's own ("the seed guides", "in the store", "our reading")."""


def test_a_facts_note_shown_to_people_has_no_words_of_the_projects_own() -> None:
    """Diff review 57: notes now shown under a step's facts read "The two seed guides…",
    "our reading of that", "no Hikvision page in the store"."""
    kb = load_kb()
    found = {
        (model, view.label, view.note)
        for model in kb.models
        for view in card_views(kb, resolve_model(kb, model))
        if view.note and AUTHORS_WORDS.search(view.note)
    }
    assert not found, sorted(found)[:5]


def test_a_fact_whose_parts_rest_on_different_publishers_says_so() -> None:
    """The Arlo Pro 3's "Pairs through: Arlo SmartHub" read "Unconfirmed (a single source, or
    sources from one publisher)" above three sources from two publishers: its kind rests on two
    posts by one publisher, its name on another alone (review 65 G, F11)."""
    kb = load_kb()
    views = {v.name: v for v in card_views(kb, resolve_model(kb, "arlo-pro-3"))}
    hub, charge = views["pairs_via"], views["charge"]
    assert (hub.sure, hub.sure_why) == (
        "Unconfirmed",
        "each part of it rests on a single source or one publisher",
    )
    assert len(hub.sources) == 3
    assert (charge.sure, charge.sure_why) == (
        "Unconfirmed",
        "a single source, or sources from one publisher",
    )
