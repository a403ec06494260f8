"""Years in what people write: "bought it in 2019", "since March 2024", "March 3, 2024".

A sentence about a password is scanned for words that look like secrets, and a bare year
looks like one (four digits). A year the words before it name as a time stays: support asks
when the camera was bought or last worked (terminal review 59: "the password I set in 2021 no
longer works" lost its year). Not where the words before it say it was typed ("I typed in
2017"), or is a birth year ("born in 1990"), and never in a date written in digits, which
may be the password itself ("my birthday, 4/5/1990"): removing a year is the lesser harm
(diff review 60). A year stated as the password goes all the same: the keyword scan reads it.
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
_TYPED_OR_BORN = frozenset({
    "typed", "type", "entered", "enter", "keyed", "key", "put", "tried", "try", "used", "use",
    "born", "birthday", "birth",
})  # fmt: skip
"""Words before that preposition that make the year what was typed, or a birth year."""


def is_year(word: str, before: str) -> bool:
    """Whether `word` is a year the text just `before` it names as a time: after a preposition
    of time or a month ("in 2021", "March 2024", "March 3, 2024"), not after "typed in"."""
    if not _YEAR.fullmatch(word) or re.search(r"\d[/.-]\s*$", before):
        return False
    words = re.findall(r"[^\W\d_]+|\d{1,2}", before.casefold())[-4:]
    while words and words[-1].isdigit():  # "March 3, 2024": the day between
        words.pop()
    if not words or words[-1] not in _BEFORE_A_YEAR:
        return False
    return not (len(words) > 1 and words[-2] in _TYPED_OR_BORN)
