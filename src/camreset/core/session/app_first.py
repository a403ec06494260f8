"""A page that uses the brand's app, shown first to someone who left the app unticked, says
to get it: a Tapo C420's buyer with no "phone with the Tapo app" ticked was asked "Does the
Tapo app find it as a new camera?" and told to add it in the app, and "Get the Tapo app on
a phone" came only after a failed add (phone review 64, F8). Words only: which page comes is
the engine's, as before, so an older log replays to the same pages."""

from __future__ import annotations

from dataclasses import replace

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Have
from camreset.core.present.step import Step
from camreset.core.present.steps import StepRenderer
from camreset.core.session.app_pages import uses_app
from camreset.core.session.state import SessionFold

APP_FIRST = "You did not tick {app}: install it and sign in first, if you have not yet."
"""Above the page's other notices: without the app, the rest of the page cannot be done. Short:
a longer one pushed the page's answers below a phone's first screen (an Amcrest's app check's
"Yes" to 879 px of 844)."""


def app_first(step: Step, plan: CameraPlan, fold: SessionFold, renderer: StepRenderer) -> Step:
    """The first page that names the app, with how to get it, while the person has not said
    they have it (nor that they can't get it: then a page says what instead)."""
    app = Have.app.value
    if not fold.asked or app in fold.have or app in fold.cannot or plan.model.app is None:
        return step
    app_name = plan.model.app
    if step.ref.kind != "action" or not uses_app(step, app_name) or renderer.may_be_wired:
        return step  # a camera that may be on a cable: its web page does without the app
    if renderer.cable_first:  # its page names the maker's tool or web page first, the app
        return step  # second: a 12 V Hikvision dome with a computer at hand (review 74, G #7)
    done = (renderer.step(h.ref) for h in fold.history if h.ref.kind == "action")
    if any(uses_app(page, app_name) for page in done):
        return step  # said once, on the first such page
    said = APP_FIRST.format(app=f"the {app_name} app")
    return replace(step, notices=(said, *step.notices))
