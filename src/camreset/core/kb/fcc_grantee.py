"""Whose an FCC ID is, when no listed camera has it.

An FCC ID is the FCC's code for the company that certified the device (the grantee code)
followed by that company's code for the product (47 CFR 2.926; fcc.gov, "FCC ID Number /
Grantee Code Information"). A grantee code issued since May 2013 has five characters and
begins with a digit from 2 to 9; an older one has three and begins with a letter; neither has
a 0 or a 1 (sft-lab.com.cn's summary of 2.926, emcrules.com 2013-04). So an FCC ID camreset
does not list still says whose it is: the knowledge base's own sourced FCC IDs give the lines
that company's cameras belong to, and an unknown code is what the FCC's public search takes to
name the company (review 76 G, #1 and #2: "FCC ID: 2A4RQ-Q5" and an Arlo's "2APLE-VMC4040"
were read as misspelt model names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.model_names import FCC_LABEL, fcc_ids

_CODE = "[2-9A-Z]"
"""A character of a grantee code: capitals and digits, no 0 or 1."""
_NEW = re.compile(rf"[2-9]{_CODE}{{4}}")
_OLD = re.compile(rf"[A-Z]{_CODE}{{2}}")
_PRODUCT = re.compile(r"[0-9A-Z][0-9A-Z-]{0,13}")
"""The product code: capitals, digits and dashes, at most 14 (2.926(d))."""


@dataclass(frozen=True)
class FccReading:
    """What typed text says as an FCC ID: the ID as read, its grantee code, and the lines
    whose listed cameras carry that code (none: a company camreset lists no camera of)."""

    fcc_id: str
    grantee: str
    line_ids: tuple[str, ...]


def _split(text: str) -> tuple[str, str] | None:
    """The grantee and product codes of `text`, one space or dash between them allowed
    ("2A4RQ-Q5", "TE7 C200")."""
    for shape, size in ((_NEW, 5), (_OLD, 3)):
        if not shape.fullmatch(text[:size]):
            continue
        product = text[size:]
        if product[:1] in {" ", "-"}:
            product = product[1:]
        if _PRODUCT.fullmatch(product):
            return text[:size], product
    return None


def grantees(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Each grantee code in the knowledge base's sourced FCC IDs, with the lines it is on
    (TP-Link's TE7 and 2AXJ4 are on Tapo's and Kasa's)."""
    found: dict[str, list[str]] = {}
    for model_id, model in sorted(kb.models.items()):
        line_id = kb.model_line[model_id]
        for fcc in fcc_ids(model):
            parts = _split(fcc)
            if parts is not None and line_id not in found.setdefault(parts[0], []):
                found[parts[0]].append(line_id)
    return {code: tuple(lines) for code, lines in found.items()}


def read_fcc_id(kb: KnowledgeBase, query: str) -> FccReading | None:
    """`query` read as an FCC ID: with the label's "FCC ID" before it, any grantee code's
    shape; without, a five-character code (a digit first, and a letter in it) or a
    three-character one some listed camera carries. Asked only of text no camera's name
    matched. None: it is not one."""
    text = query.strip().upper()
    labelled = FCC_LABEL.match(text)
    if labelled:
        text = text[labelled.end() :]
    parts = _split(text.strip())
    if parts is None:
        return None
    grantee, product = parts
    known = grantees(kb)
    if not labelled and len(grantee) == 3 and grantee not in known:
        return None
    if not labelled and not any(c.isalpha() for c in grantee):
        return None  # "22222…": a number, not a company's code
    return FccReading(f"{grantee}{product}", grantee, known.get(grantee, ()))
