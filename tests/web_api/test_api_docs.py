"""docs/api.md says what the API answers: every field of the session document is named there,
and the model-found refusals are quoted as the server says them (session 71 left
`can_find_model` out, and the 409s as "…": session 72, leftover of merged-diff review N)."""

from __future__ import annotations

from pathlib import Path

from camreset.app.documents import SessionDoc
from camreset.core.present import found_words
from camreset.core.report import Report

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_field_of_the_session_document_is_in_the_docs() -> None:
    text = API_MD.read_text(encoding="utf-8")
    missing = [f for f in SessionDoc.model_fields if f'"{f}"' not in text and f"`{f}`" not in text]
    assert missing == []


def test_the_model_found_refusals_are_quoted_as_the_server_says_them() -> None:
    text = " ".join(API_MD.read_text(encoding="utf-8").split())
    said = [
        found_words.HAS_A_MODEL.format(name="Tapo C200"),
        found_words.OLDER_SESSION,
        found_words.ALREADY_DONE,
        found_words.other_camera(("Ring", "doorbell"), ("Tapo C200", "TP-Link", "pan_tilt")),
    ]
    assert [s for s in said if s not in text] == []


def test_the_report_s_model_found_fields_are_in_the_docs() -> None:
    """Who entered the model found is in the report's JSON (session 73): documented with it."""
    text = API_MD.read_text(encoding="utf-8")
    fields = [f for f in Report.model_fields if f.startswith("model_found") or f == "started_as"]
    assert "model_found_by" in fields
    assert [f for f in fields if f"`{f}`" not in text] == []
