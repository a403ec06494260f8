"""Name a discovered camera in the knowledge base: its line, and its model when certain.

Discovery says "TC40" or "EC60(US)" or "IP4M-1041B"; the KB search (`core.kb.search`)
forgives spelling, but a device names itself exactly, so only an exact name or alias counts
here: a near miss ("DS-2CD2143G0-I" against "DS-2CD2143G2-I") is another generation. Matching
is done only within a known line (from the protocol, or from the brand the device reports,
e.g. DHIP Vendor "Amcrest"), so a Dahua "IPC-HDW…" is never passed off as an Amcrest model.
A region suffix such as "(US)" is dropped first. No match leaves `kb_model_id` None; the line
alone still lets a session fall back to the line's defaults.
"""

from __future__ import annotations

import re
from dataclasses import replace

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.search import EXACT, find_line, search_models
from camreset.net.model import DiscoveredCamera

_REGION = re.compile(r"\([^)]*\)")


def match_kb(kb: KnowledgeBase, camera: DiscoveredCamera) -> DiscoveredCamera:
    """The camera with `line` and `kb_model_id` filled in where the KB is sure."""
    line = camera.line
    if line is None and camera.brand:
        line = find_line(kb, camera.brand)
    model_id = None
    if line is not None and camera.model:
        query = f"{line} {_REGION.sub(' ', camera.model)}"
        exact = [m for m in search_models(kb, query) if m.score == EXACT and m.line == line]
        if len(exact) == 1:
            model_id = exact[0].model_id
    return replace(camera, line=line, kb_model_id=model_id)
