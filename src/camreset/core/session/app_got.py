"""Getting the app once the camera is reset: which adding steps it reopens.

A reset camera whose owner has no app is worth one more try (support_page.py); once they
say the app is at hand, the steps for adding it that they could not do without it come back.
Only those: a step that adds the camera in its app and needs nothing else, not a full reset
they could not do for want of a paperclip (diff review 60: every setup step came back).
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Have

ADD_HOW = "{add.how}"
"""The template of a page that adds the camera, in its app where it is added in one."""


def reopened_by_the_app(plan: CameraPlan, action: str) -> bool:
    """Whether getting the app reopens `action`: it adds the camera and needs only the app."""
    spec = plan.actions[action]
    adds = any(ADD_HOW in (step.do or "") for step in spec.steps)
    return adds and {h.value for h in spec.requires} <= {Have.app.value}
