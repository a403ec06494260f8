"""axe-core's serious and critical findings on a page, worded once for every browser test
(axe-core is vendored in axe-playwright-python and served from the package, never a CDN)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

_axe = Axe()


def serious_violations(page: Page) -> list[str]:
    """Each serious or critical violation: its rule, impact, help and first three targets.
    Looked at once the page has loaded: a click's page still loading had no document for axe
    ("Cannot read properties of null (reading 'documentElement')" in a run with -n 2)."""
    page.wait_for_load_state("load")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in _axe.run(page).response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
