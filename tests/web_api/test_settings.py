"""The settings registry: every setting documented, every setting a flag, env and flags agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from camreset.cli.serve_cmd import serve
from camreset.settings import Settings, SettingsError, env_var, flag, load_settings, setting_names

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_is_documented_with_its_flag_and_variable() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in setting_names():
        row = re.search(rf"^\| `{name}` \| `{flag(name)}` \| `{env_var(name)}` \|", text, re.M)
        assert row, f"docs/settings.md has no table row for {name}"
        assert f"## `{name}`" in text, f"docs/settings.md has no section for {name}"


def test_every_setting_is_a_flag_of_serve() -> None:
    app = typer.Typer()
    app.command("serve")(serve)
    app.command("other")(lambda: None)
    command = get_command(app).commands["serve"]  # type: ignore[attr-defined]
    flags = {opt for param in command.params for opt in param.opts}
    assert {flag(name) for name in setting_names()} <= flags


def test_defaults_need_no_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for name in setting_names():
        monkeypatch.delenv(env_var(name), raising=False)
    settings = load_settings()
    assert settings.database_url == f"sqlite:///{tmp_path / 'camreset' / 'camreset.sqlite3'}"
    assert settings.public_url == "http://127.0.0.1:8000"


def test_flag_beats_environment_and_environment_beats_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAMRESET_DATABASE_URL", "sqlite:////tmp/from-env.sqlite3")
    monkeypatch.setenv("CAMRESET_PORT", "9000")
    settings = load_settings(database_url="sqlite:////tmp/from-flag.sqlite3", port=None)
    assert settings.database_url == "sqlite:////tmp/from-flag.sqlite3"
    assert settings.port == 9000


def test_base_url_drives_public_links() -> None:
    assert Settings(base_url="https://help.example.org/cam/").public_url == (
        "https://help.example.org/cam"
    )
    assert Settings(host="0.0.0.0", port=8080).public_url == "http://127.0.0.1:8080"


def test_a_bad_value_names_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAMRESET_PORT", raising=False)
    with pytest.raises(SettingsError, match="--port"):
        load_settings(port=70000)


SRC = Path(__file__).resolve().parents[2] / "src" / "camreset"
CAMRESET_NAME = re.compile(r"CAMRESET_[A-Z0-9_]*[A-Z0-9]")


def _variables_in_code() -> set[str]:
    """Every CAMRESET_* name written in the package, and every variable it reads by name
    (`os.environ.get("X")`, `os.environ["X"]`, `os.getenv("X")`)."""
    import ast

    found: set[str] = set()
    for path in SRC.rglob("*"):
        if path.suffix == ".lua":
            found |= set(CAMRESET_NAME.findall(path.read_text(encoding="utf-8")))
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= {n for n in CAMRESET_NAME.findall(node.value) if n != "CAMRESET_"}
            named = None
            if isinstance(node, ast.Subscript) and "environ" in ast.unparse(node.value):
                named = node.slice
            elif isinstance(node, ast.Call) and ast.unparse(node.func).endswith(
                ("environ.get", "getenv")
            ):
                named = node.args[0] if node.args else None
            if isinstance(named, ast.Constant) and isinstance(named.value, str):
                found.add(named.value)
    return found


def test_every_environment_variable_the_code_names_is_documented() -> None:
    """Review 71 C, #10: CAMRESET_FAST_TIMERS and CAMRESET_PLAIN were read outside the
    registry and documented only in terminal.md; TZ, FORWARDED_ALLOW_IPS and the cache
    folder's XDG_CACHE_HOME were in no table of docs/settings.md."""
    text = DOCS.read_text(encoding="utf-8")
    registry = {env_var(name) for name in setting_names()}
    others = re.search(r"^## Other environment variables$(.*)", text, re.M | re.S)
    assert others, "docs/settings.md has no 'Other environment variables' section"
    rows = set(re.findall(r"^\| `([A-Z_]+)`(?:, `([A-Z_]+)`)? \|", others[1], re.M))
    documented = {name for row in rows for name in row if name}
    assert documented.isdisjoint(registry)
    missing = _variables_in_code() - registry - documented
    assert missing == set()
    library = {"FORWARDED_ALLOW_IPS", "TZ", "XDG_DATA_HOME", "XDG_CACHE_HOME"}
    assert library <= documented  # read by uvicorn, the reports' clock, platformdirs
