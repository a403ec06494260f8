"""Name a discovered camera in the knowledge base: its line, and its model when certain.

Discovery says "TC40" or "EC60(US)" or "IP4M-1041B"; the KB search (`core.kb.search`)
forgives spelling, but a device names itself exactly, so only an exact name or alias counts
here: a near miss ("DS-2CD2143G0-I" against "DS-2CD2143G2-I") is another generation. Matching
is done only within a known line (from the protocol, or from the brand the device reports,
e.g. DHIP Vendor "Amcrest"), so a Dahua "IPC-HDW…" is never passed off as an Amcrest model.
A region suffix such as "(US)" is dropped first. No match leaves `kb_model_id` None; the line
alone still lets a session fall back to the line's defaults.

`may_be` asks the other way round, for a session's camera: could a device that names itself
so be this KB model? A Hikvision "DS-2CD2143G0-I" answering where a session's DS-2CD2143G2-I
was looked for had no KB id, so it passed as the session's camera (technician review 40).
"""

from __future__ import annotations

import re
from dataclasses import replace

from camreset.core.kb.brand_words import LABEL_PREFIXES
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.search import EXACT, find_line, search_models
from camreset.net.model import DiscoveredCamera

_REGION = re.compile(r"\([^)]*\)")
_VENDOR_PREFIX = re.compile(rf"^({'|'.join(LABEL_PREFIXES)})-", re.IGNORECASE)
"""A maker's prefix some firmware puts before the model name ("DH-IPC-HFW2831T-ZS")."""


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


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def may_be(reported: str, model_id: str, line: str, names: tuple[str, ...]) -> bool:
    """Whether a device naming itself `reported` may be the KB model `model_id` of `line`,
    also called `names` (its name and aliases): one of the model's numbers is in the
    reported name (a regional variant such as "-IU" for "-I" passes), or the reported name
    is in one of them. Lenient on purpose: only a name that cannot be this model refuses."""
    said = _squashed(_VENDOR_PREFIX.sub("", _REGION.sub(" ", reported).strip()))
    if not said:
        return True
    own = [_squashed(model_id.removeprefix(f"{line}-")), *(_squashed(n) for n in names)]
    return any(key and (key in said or said in key) for key in own)
