"""The finder's page for an FCC ID no listed camera has.

A no-name camera's label often gives only an FCC ID, whose first part names the company that
certified it; an unlisted camera of a covered brand carries that brand's code. Before, both
were "We found no camera called …: check the spelling" (review 76 G, #1 and #2).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.core.kb.fcc_grantee import FccReading, read_fcc_id
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.search import BRANDED_EXACT
from camreset.core.present.names import fcc_grantee_words, line_label
from camreset.web.pages.deps import services
from camreset.web.pages.finder import ModelMatch
from camreset.web.pages.render import render


def fcc_reading(kb: KnowledgeBase, query: str, matches: list[ModelMatch]) -> FccReading | None:
    """`query` as an FCC ID, unless a camera has it (or that name) exactly: cameras whose FCC
    IDs differ from it by a digit (eufyCams for "2AOKB-T8119") are no match for it."""
    if matches and matches[0].score >= BRANDED_EXACT:
        return None
    return read_fcc_id(kb, query)


def fcc_page(
    request: Request,
    fcc: FccReading,
    query: str,
    said: str,
    title: str,
    brand_list: list[tuple[str, str]],
) -> Response:
    """Whose the FCC ID is, with that brand's usual steps and list; or where the FCC names
    the company, with the brands and "Another brand" (keeping what was typed)."""
    kb = services(request).kb
    owners = [kb.lines[i] for i in fcc.line_ids]
    words = fcc_grantee_words(fcc.fcc_id, fcc.grantee, [line_label(x) for x in owners])
    return render(
        request,
        "find.html",
        title=title,
        query=query,
        said=said,
        no_session="",
        matches=[],
        fcc={"words": words, "lines": owners},
        brands=[(line.id, line_label(line)) for line in owners],
        likely=None,
        lines=brand_list,
        empty=False,
        unsure=False,
        hubs=[],
        more=False,
        by_fcc_id=[],
        near=False,
        unsure_which=None,
        other_range=None,
    )
