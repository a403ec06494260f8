"""Years and dates in what people write: "bought it in 2019", "since March 2024", "12/03/2024".

A sentence about a password is scanned for words that look like secrets, and a bare year
looks like one (four digits). A year the words before it say is a date stays: support asks
when the camera was bought or last worked (terminal review 59: "the password I set in
2021 no longer works" lost its year). A year stated as the password goes all the same: that
is read by the keyword scan, not here.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE_A_YEAR = frozenset({
    "in", "since", "from", "until", "till", "before", "after", "during", "around", "circa",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
"""Words that say the number after them is a year: a preposition of time or a month."""
_DATE_BEFORE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]$")
"""The day and month a numeric date's year follows ("12/03/" of "12/03/2024")."""


def is_year(word: str, before: str) -> bool:
    """Whether `word` is a year the text just `before` it names as one: after a preposition of
    time or a month ("in 2021", "March 2024", "March 3, 2024"), or ending a date ("12/03/2024")."""
    if not _YEAR.fullmatch(word):
        return False
    if _DATE_BEFORE.search(before):
        return True
    words = re.findall(r"[^\W\d_]+|\d{1,2}", before.casefold())[-3:]
    while words and words[-1].isdigit():  # "March 3, 2024": the day between
        words.pop()
    return bool(words) and words[-1] in _BEFORE_A_YEAR
