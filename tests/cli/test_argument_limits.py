"""Words on the command line are bounded too: a 100,000-character model name is refused whole.

Before, such a name ran the fuzzy model search for seconds and came back in a 100 KB error
line; a `--base-url` with escape sequences went into every printed link.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from camreset.cli.app import app

runner = CliRunner(env={"NO_COLOR": "1", "CAMRESET_DATABASE_URL": None})
LONG = "tapo c200 " * 10_000


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["show", LONG], "MODEL"),
        (["show", "--line", LONG], "--line"),
        (["models", LONG], "QUERY"),
        (["guide", LONG, "--answers", "-"], "MODEL"),
        (["guide", "tapo-c200", "--have", LONG, "--answers", "-"], "--have"),
        (["guide", "--resume", LONG, "--answers", "-"], "--resume"),
        (["report", LONG], "ID"),
    ],
    ids=lambda v: v if isinstance(v, str) else v[0],
)
def test_an_overlong_word_is_refused_in_one_short_line(args: list[str], what: str) -> None:
    result = runner.invoke(app, args, input="[done]")
    assert result.exit_code == 2
    assert result.stderr == (
        f"camreset {args[0]}: {what} is 100000 characters long; at most 200 are read\n"
    )


@pytest.mark.parametrize(
    "url", ["http://x/\x1b]0;pwned\x07", "http://x/\nOutcome: reset", "javascript:alert(1)", "x y"]
)
def test_a_base_url_must_be_a_plain_web_address(url: str) -> None:
    result = runner.invoke(app, ["sessions", "--base-url", url])
    assert result.exit_code == 2
    assert result.stderr == (
        "camreset sessions: --base-url: expected an http:// or https:// URL without spaces or "
        "control characters, e.g. https://help.example.org/camreset\n"
    )
