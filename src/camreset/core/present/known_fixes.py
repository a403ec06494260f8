"""The fixes a camera's known trouble facts give for a cause (`after_reset` with `cause:`),
said as a step of their own before the camera is reset again.

A Wyze Cam OG whose app did not find it was sent to hold SETUP for 30 s, the very trouble its
own fact warns of (blinking red already is setup mode: press SETUP briefly), and that fix was
shown only on the support page (session-69 review, U #1). Its own module: the guide asks it
whether the attempt exists for a camera, the values give its words.
"""

from __future__ import annotations

from collections.abc import Collection

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.troubleshooting import Phase
from camreset.core.kb.values import AfterReset


def known_fixes(model: ResolvedModel, causes: Collection[str]) -> list[AfterReset]:
    """The camera's known trouble facts whose fix deals with one of `causes`."""
    facts = model.values("after_reset")
    return [f for f in facts if isinstance(f, AfterReset) and f.cause in causes]


def setup_causes(kb: KnowledgeBase) -> frozenset[str]:
    """The causes that keep a reset camera from being added: a fact's fix for one of them is
    said on the page before another reset."""
    return frozenset(c.id for c in kb.troubleshooting.causes if c.phase is Phase.setup)


def known_fix_words(model: ResolvedModel, causes: Collection[str]) -> str:
    """ "A known trouble after a reset: “…”. A source found a fix for it: …", one sentence
    pair a fact; empty where no fact deals with one of `causes`."""
    the = "the camera" if model.generic else f"the {model.name}"
    return " ".join(
        f"A known trouble after a reset of {the}: “{_no_stop(f.problem)}”. "
        f"A source found a fix for it: {_with_stop(f.fix)}"
        for f in known_fixes(model, causes)
    )


def known_trouble_words(model: ResolvedModel, causes: Collection[str]) -> str:
    """ "“Holding SETUP 30 s: light keeps blinking red, never solid …”": the known troubles
    whose fix deals with one of `causes`, quoted, for a page that holds the camera its own
    way because of them."""
    return " and ".join(f"“{_no_stop(f.problem)}”" for f in known_fixes(model, causes))


def _no_stop(text: str) -> str:
    return text.strip().rstrip(".")


def _with_stop(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."
