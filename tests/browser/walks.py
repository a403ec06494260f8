"""The four walks of issue 11, measured on a running camreset: screens, taps and scrolls.

    python -m tests.browser.walks http://127.0.0.1:8000 [--json]

A walk is a person's story played in Chromium at 390x844 (a phone): each screen is a page
load; a tap is a click, a tick or a submitted text; a scroll is a screen where the control
the person taps next was not fully on the screen when it loaded (and `scrolled_px` adds up
how far it was below the fold). The person picks, in the story's order of preference, an
answer whose label is one of the story's words, else one that starts with one, else the first
answer. docs/web.md records the numbers before and after; nothing here is timed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field

from playwright.sync_api import Locator, Page, sync_playwright

PHONE = {"width": 390, "height": 844}
CHROMIUM = "/usr/bin/chromium"


@dataclass
class Walk:
    name: str
    screens: int = 0
    taps: int = 0
    scrolls: int = 0
    scrolled_px: int = 0
    steps: list[str] = field(default_factory=list)
    scrolled_to: list[str] = field(default_factory=list)
    """What was below the fold when the person wanted to tap it (page title: control)."""
    end: str = ""


class Person:
    """Plays one story on a page and counts what it costs."""

    def __init__(self, page: Page, walk: Walk) -> None:
        self.page = page
        self.walk = walk

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.walk.screens += 1

    def tap(self, target: Locator, navigates: bool = True) -> None:
        self.page.evaluate("() => window.scrollTo(0, 0)")
        box = target.bounding_box()
        if box is not None and box["y"] + box["height"] > PHONE["height"]:
            below = int(box["y"] + box["height"] - PHONE["height"])
            self.walk.scrolls += 1
            self.walk.scrolled_px += below
            title = self.page.locator("h1").first.inner_text()
            what = " ".join(target.inner_text().split()) or "(a box)"
            self.walk.scrolled_to.append(f"{title}: {what} ({below} px)")
        self.walk.taps += 1
        if navigates:
            with self.page.expect_navigation():
                target.click()
            self.walk.screens += 1
        else:
            target.click()

    def answer(self, prefer: list[str], limit: int = 40) -> None:
        """Answer steps until there are none (the outcome)."""
        for _ in range(limit):
            buttons = self.page.locator("form.answers button")
            if buttons.count() == 0:
                self.walk.end = self.page.locator("h1").inner_text()
                return
            labels = [" ".join(t.split()) for t in buttons.all_inner_texts()]
            exact = (i for want in prefer for i, label in enumerate(labels) if label == want)
            start = (
                i for want in prefer for i, label in enumerate(labels) if label.startswith(want)
            )
            pick = next(exact, next(start, 0))
            title = self.page.locator("h1").inner_text()
            self.walk.steps.append(f"{title} → {labels[pick]}")
            self.tap(buttons.nth(pick))
        raise RuntimeError(f"{self.walk.name}: no outcome after {limit} steps")


def _start(person: Person, base: str, typed: str, have: list[str]) -> None:
    page = person.page
    person.open(base + "/")
    page.get_by_label("Type the model name").fill(typed)
    person.walk.taps += 1  # typing the model counts as one tap
    person.tap(page.get_by_role("button", name="Find my camera"))
    person.tap(page.locator("ul.choices a.choice").first)
    for label in have:
        person.tap(page.get_by_label(label), navigates=False)
    person.tap(page.get_by_role("button", name="Start the steps"))


WONT_RESET = ("It won't reset", "Yes, I tried")
"""The opening: why the person is here, and that they tried the button (then their own try)."""


def tapo_let_go_too_early(person: Person, base: str) -> None:
    """Held the C200's button for 3 s and saw nothing; then does what the steps say."""
    _start(person, base, "Tapo C200", ["A paperclip or a pin", "The camera's original"])
    person.answer(
        [
            *WONT_RESET,
            *("A few seconds", "No, nothing happened", "No, it did not restart"),
            *("Yes", "Done", "Done waiting"),
            *("Done, I let go", "On and steady", "Yes, it looks like this"),
            "Yes, it shows up as new",
        ]
    )


def kasa_model_unknown(person: Person, base: str) -> None:
    """A Kasa camera on a shelf, no model on hand: brand, "I don't know my model", shape."""
    page = person.page
    person.open(base + "/")
    person.tap(page.get_by_role("link", name="TP-Link Kasa"))
    person.tap(page.get_by_role("link", name="I don't know my model"))
    person.tap(page.get_by_role("link", name="Indoor camera").first)
    person.tap(page.get_by_label("A paperclip or a pin"), navigates=False)
    person.tap(page.get_by_role("button", name="Start the steps"))
    person.answer(
        [
            *(*WONT_RESET, "A few seconds"),
            *("Yes", "Done", "Done waiting", "Done, I let go", "On and steady"),
            "No, nothing happened",
        ]
    )


def amcrest_nothing_works(person: Person, base: str) -> None:
    """An Amcrest bullet that nothing resets, to the report for support."""
    _start(person, base, "IP8M-2496EB", ["A paperclip or a pin"])
    person.answer(
        [
            *(
                *WONT_RESET,
                "Until the light changed or it made a sound, or longer",
                "Two minutes or more",
            ),
            *("No, it did not restart", "No", "Done", "Done waiting", "Done, I let go"),
            "On and steady",
            *("No, nothing happened", "No click, or it feels mushy", "I can't do this"),
        ],
        limit=60,
    )
    person.tap(person.page.get_by_role("link", name="See the report for support").first)
    person.walk.end = person.page.locator("h1").inner_text()


STORIES = {
    "tapo-c200-let-go-too-early": (tapo_let_go_too_early, True),
    "kasa-model-unknown": (kasa_model_unknown, True),
    "amcrest-bullet-nothing-works": (amcrest_nothing_works, True),
    "amcrest-bullet-nothing-works-no-js": (amcrest_nothing_works, False),
}


def run(base: str) -> list[Walk]:
    walks = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless=new"])
        for name, (story, js) in STORIES.items():
            ctx = browser.new_context(viewport=PHONE, is_mobile=js, java_script_enabled=js)
            walk = Walk(name)
            story(Person(ctx.new_page(), walk), base.rstrip("/"))
            walks.append(walk)
            ctx.close()
        browser.close()
    return walks


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url", help="where camreset serves, e.g. http://127.0.0.1:8000")
    parser.add_argument("--json", action="store_true", help="print the walks as JSON")
    args = parser.parse_args(argv)
    walks = run(args.base_url)
    if args.json:
        print(json.dumps([asdict(w) for w in walks], indent=2, ensure_ascii=False))
        return 0
    print("| walk | screens | taps | scrolls (px below the fold) | ends at |")
    print("| --- | --- | --- | --- | --- |")
    for w in walks:
        print(f"| {w.name} | {w.screens} | {w.taps} | {w.scrolls} ({w.scrolled_px}) | {w.end} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
