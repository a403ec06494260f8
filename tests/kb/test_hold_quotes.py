"""`kb check` finds a hold time that none of its cites says (terminal review 71, I #12).

A KB author who typed `recommended: 150` under a cite of "10 to 15 seconds" got "KB OK", and
every camera of the line would have timed a hold of two and a half minutes. The numbers a
cite gives in words or in minutes count as said.
"""

from __future__ import annotations

import pytest
from tests.kb.broken_cases import SHIPPED

from camreset.core.kb.loader import load_texts
from camreset.errors import KBError
from camreset.kb_files import read_folder

LINE = """\
line:
  id: test
  brand: Test
  name: Test
  app: Test
  support: {url: "https://example.com/", contact: write to us}
models:
  - id: test-a1
    name: Test A1
    form_factor: indoor
    listed_in: [seed-tplink]
    hold:
      value: {VALUE}
      cites: [{source: seed-tplink, at: "step 1", says: "SAYS"}]
"""


def _load(value: str, says: str) -> None:
    text = LINE.replace("{VALUE}", value).replace("SAYS", says)
    load_texts({**read_folder(SHIPPED), "lines/test.yaml": text})


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("{min: 10, max: 15}", "Keep it down for 10–15 seconds."),
        ("{recommended: 30}", "Hold it for thirty seconds."),
        ("{recommended: 60}", "Hold it for a full minute."),
        ("{min: 120}", "Keep holding for 2 minutes."),
        ("{recommended: 30}", "Hold it for half a minute."),
    ],
)
def test_a_hold_its_cite_gives_in_digits_words_or_minutes_loads(value: str, says: str) -> None:
    _load(value, says)


def test_a_hold_no_cite_gives_is_refused_with_its_file_line_and_field() -> None:
    with pytest.raises(KBError) as refused:
        _load("{min: 10, recommended: 150}", "Keep it down for at least 10 to 15 seconds.")
    said = str(refused.value)
    assert "lines/test.yaml:13: models.0.hold.value.recommended: a hold of 150 s" in said
    assert "value.min" not in said  # 10 is said


def test_half_a_minute_is_thirty_seconds_not_a_minute() -> None:
    """ "Half a minute" also let a hold of 60 s through, a minute its cite never gives."""
    with pytest.raises(KBError) as refused:
        _load("{recommended: 60}", "Hold it for half a minute.")
    assert "models.0.hold.value.recommended: a hold of 60 s" in str(refused.value)
