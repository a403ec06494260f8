"""A password typed alone in a field, with no word beside it to say so.

core/no_passwords.py finds a password by the words around it ("password is …", "admin /
…"); one typed alone into a details field ("Tr1cky!Pass" at the error message) had none, and
the report kept it (support report review 67, I #8). A single word that mixes letters and
digits with a symbol no error code, shop or reference is written with is taken for one, as
a label's field already takes such a word (`without_symbol_words`).
"""

from __future__ import annotations

import re

from camreset.core.no_passwords import REMOVED

_LONE = re.compile(r"(?=\S*[A-Za-z])(?=\S*\d)(?=\S*[!$%^&*?~@])\S{6,64}")
"""One word of 6 to 64 characters with a letter, a digit and one of ! $ % ^ & * ? ~ @."""
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}", re.IGNORECASE)


def without_lone_password(value: str) -> str:
    """`value`, or "[password removed]" where it is one word that looks like a password
    (not an e-mail address, which support asks for)."""
    word = value.strip()
    if _LONE.fullmatch(word) and not _EMAIL.fullmatch(word.rstrip(".")):
        return REMOVED
    return value
