"""The light a camera shows while its button is held, said on the setup-mode check where a
source gives setup mode as the same colour blinking: a Wyze Cam v3 owner let go at steady red,
read "In setup mode it shows a red light", saw red and answered "Yes" before the camera had
restarted (session 74). The hold's steady light is not setup mode yet.

Only from the camera's own facts, each with its source on the page: the light its hold waits
for, and the claim that names the blinking light and whose source says it comes after.
"""

from __future__ import annotations

from camreset.core.kb.facts import Confidence
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import SourceKind
from camreset.core.kb.troubleshooting import Rhythm
from camreset.core.present.in_a_sentence import mid_sentence
from camreset.core.present.lights import rhythm
from camreset.core.present.phrases import pattern_name

NOT_YET = (
    " The {held} while you held the button is not setup mode yet: {who} it turns to "
    "{blinking} once the reset is done."
)
WAIT = " While it is still {held}, answer “{answer}”."


def _colours(kb: KnowledgeBase, led: str | None) -> frozenset[str]:
    pattern = kb.patterns.get(led or "")
    return frozenset(s.color for s in pattern.steps) - {"off"} if pattern else frozenset()


def _who(kb: KnowledgeBase, sources: list[str], confidence: Confidence) -> str:
    """Whose words say the blinking light comes after: its maker's, a forum's or a guide's."""
    if confidence is Confidence.high:
        return "its maker says"
    kinds = {kb.sources[s].kind for s in sources if s in kb.sources}
    if kinds and kinds <= {SourceKind.forum_post, SourceKind.vendor_forum}:
        return "replies on a forum say"
    return "one guide says" if len(sources) == 1 else "other sources say"


def held_light_words(kb: KnowledgeBase, model: ResolvedModel, not_yet: str | None) -> str:
    """ " The steady red it showed while you held the button is not setup mode yet: …", or ""
    (`not_yet`: the label of the check's "not yet" answer, to point to while it lasts)."""
    held_fact, setup_fact = model.facts.get("while_holding"), model.facts.get("setup_mode")
    if held_fact is None or setup_fact is None or held_fact.origin.is_default:
        return ""
    held = getattr(held_fact.value, "led", None)
    pattern = kb.patterns.get(held or "")
    if pattern is None or rhythm(pattern) is not Rhythm.steady:
        return ""
    colours = _colours(kb, held)
    for claim, confidence in zip(setup_fact.claims, setup_fact.confidences, strict=True):
        led = getattr(claim.value, "led", None)
        blinking = kb.patterns.get(led or "")
        if blinking is None or rhythm(blinking) is not Rhythm.blinking:
            continue
        if _colours(kb, led) != colours:
            continue
        held_name = mid_sentence(pattern_name(kb, held) or "")
        words = NOT_YET.format(
            held=held_name,
            who=_who(kb, list(claim.sources), confidence),
            blinking=mid_sentence(pattern_name(kb, led) or ""),
        )
        return words + (WAIT.format(held=held_name, answer=not_yet) if not_yet else "")
    return ""
