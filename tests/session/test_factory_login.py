"""After a reset, a wired camera whose maker gives its own factory login (the Amcrest
IPM-743E: admin/admin) is said to take that login again, not to ask for a new password
(KB audit 68, R3)."""

from __future__ import annotations

from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.present.steps import StepRenderer
from camreset.core.session import StepRef

LOGIN = "accepts its factory login again (user admin, password admin)"


def after_reset_words(kb: KnowledgeBase, model: str) -> str:
    """Every page of its attempts, titles and answers too."""
    plan = compile_plan(kb, resolve_model(kb, model))
    renderer = StepRenderer(kb, plan)
    said = []
    for action in plan.actions:
        for stage in range(len(plan.actions[action].steps)):
            step = renderer.step(StepRef(0, "action", action, stage))
            said += [step.title, step.text, *(a.label for a in step.answers)]
    return "\n".join(said)


def test_a_camera_whose_maker_gives_its_factory_login_is_said_to_take_it(
    kb: KnowledgeBase,
) -> None:
    """Its pages read "it asks for a new password on its web page" and "Is the camera in
    setup mode now? … or it asks for a new password", where Amcrest says the login goes back
    to admin: the owner answered No at the login page they were told not to expect."""
    said = after_reset_words(kb, "amcrest-ipm-743e")
    assert LOGIN in said
    assert "ask for a new password" not in said and "asks for a new password" not in said


def test_a_line_default_login_leaves_the_new_password_words(kb: KnowledgeBase) -> None:
    """An Amcrest whose admin/admin is only its line's blog default: unchanged."""
    said = after_reset_words(kb, "amcrest-ip4m-1026e")
    assert "factory login" not in said
    assert "asks for a new password" in said
