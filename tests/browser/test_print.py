"""A printed report: the browser's own footer prints the page's address, and a session's
address holds the secret id that lets anyone answer for the person (support review 44)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from .conftest import CHROMIUM, Server


def _printed(url: str, pdf: Path) -> str:
    """The page as Chromium prints it with its default header and footer, as text."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            raise pytest.UsageError("CI is set but pdftotext is missing: install poppler-utils")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    headless = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu"]
    subprocess.run(
        [*headless, f"--print-to-pdf={pdf}", url],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_printed_report_shows_page_numbers_not_its_secret_address(
    server: Server, tmp_path: Path
) -> None:
    made = httpx.post(f"{server.url}/api/sessions", json={"model": "tapo-c200"}, timeout=10)
    session_id = made.json()["id"]
    text = _printed(f"{server.url}/s/{session_id}/report", tmp_path / "report.pdf")
    assert "Camera reset report" in text
    assert session_id not in text and "/s/" not in text
    assert re.search(r"^\s*.*\b1/\d+\s*$", text, re.MULTILINE), text[-300:]
