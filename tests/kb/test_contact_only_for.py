"""A way to reach support marked `only_for: password_reset` is passed over on the page of a
camera that will not switch on; one not marked is given there, whatever its words say.

The dark support page used to pass over any contact whose words said "password" (session 71
merge, left out): "no password resets by phone" beside an address that takes repairs hid it,
and a reset-only form worded without the word would have been given for a dead camera. The
mark is the source's word, written on the claim (docs/kb-authoring.md)."""

from __future__ import annotations

from camreset.core.kb.loader import load_texts
from camreset.core.kb.resolve import resolve_model
from camreset.core.present.values import template_values
from camreset.kb_files import load_kb, read_folder

from .broken_cases import SHIPPED

EZVIZ_MAIL = "service@ezvizlife.com"
LOREX_PHONE = "1-888-425-6739"


def _repair_contact(texts: dict[str, str], model_id: str) -> str:
    kb = load_texts(texts)
    return template_values(kb, resolve_model(kb, model_id), frozenset())["support.contact_repair"]


def _ezviz_id() -> str:
    return next(m for m in load_kb().models if m.startswith("ezviz-"))


def test_the_shipped_reset_only_ways_are_passed_over_for_a_dead_camera() -> None:
    kb = load_kb()
    hik = template_values(kb, resolve_model(kb, "hikvision-ds-2cd2143g2-i"), frozenset())
    assert "Password Reset Request Form" not in hik["support.contact_repair"]
    assert "Password Reset Request Form" in hik["support.contact"]
    ezviz = template_values(kb, resolve_model(kb, _ezviz_id()), frozenset())
    assert EZVIZ_MAIL not in ezviz["support.contact_repair"]


def test_a_contact_not_marked_is_given_though_its_words_say_password() -> None:
    texts = read_folder(SHIPPED)
    texts["lines/ezviz.yaml"] = texts["lines/ezviz.yaml"].replace(
        "      - only_for: password_reset\n        value: >-", "      - value: >-"
    )
    contact = _repair_contact(texts, _ezviz_id())
    assert EZVIZ_MAIL in contact and "no password resets by phone" in contact


def test_a_contact_marked_is_passed_over_though_its_words_do_not_say_password() -> None:
    texts = read_folder(SHIPPED)
    lorex = texts["lines/lorex.yaml"]
    first = f"      - value: Lorex technical support by phone, {LOREX_PHONE}\n"
    assert first in lorex
    model = next(m for m in load_kb().models if m.startswith("lorex-"))
    assert LOREX_PHONE in _repair_contact(texts, model)
    marked = f"      - only_for: password_reset\n        {first.removeprefix('      - ')}"
    texts["lines/lorex.yaml"] = lorex.replace(first, marked)
    assert "Lorex technical support by phone" not in _repair_contact(texts, model)
