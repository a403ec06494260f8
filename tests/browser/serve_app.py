"""The app uvicorn serves for the browser tests (settings from CAMRESET_* variables)."""

from __future__ import annotations

from fastapi import FastAPI

from camreset.settings import load_settings
from camreset.web.app import create_app


def app() -> FastAPI:
    return create_app(load_settings())
