"""Name a discovered camera in the knowledge base: its line, and its model when certain.

Discovery says "TC40" or "EC60(US)" or "IP4M-1041B"; the KB search (`core.kb.search`)
forgives spelling. Matching is done only within a known line (from the protocol, or from
the brand the device reports, e.g. DHIP Vendor "Amcrest"), and only when the search is
sure, so a Dahua "IPC-HDW…" is never passed off as some Amcrest model. A region suffix
such as "(US)" is dropped first. No match leaves `kb_model_id` None; the line alone still
lets a session fall back to the line's defaults.
"""

from __future__ import annotations

import re
from dataclasses import replace

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.search import find_line, find_model
from camreset.errors import UnknownModelError
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
        try:
            candidate = find_model(kb, query)
        except UnknownModelError:
            candidate = None
        if candidate is not None and kb.model_line[candidate] == line:
            model_id = candidate
    return replace(camera, line=line, kb_model_id=model_id)
