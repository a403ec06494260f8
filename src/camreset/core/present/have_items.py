"""What a person may have at hand (a paperclip, the app, a spare adapter…), in words: the
opening's checklist, and the step that asks for an item a step needs where it was not ticked
(a missing tool becomes a step, never a dead end).
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset.core.present.words import ANSWER_WORDS, CANT


@dataclass(frozen=True)
class HaveItem:
    """One thing a person may have at hand; `{app}` in a label is the line's app.

    `ask`, `how`, `yes` and `no` word the step that asks for it when a step needs it and the
    person has not said they have it (a missing tool becomes a step, never a dead end)."""

    id: str
    label: str
    hint: str = ""
    ask: str = ""
    how: str = ""
    yes: str = "Yes, I have it"
    no: str = "No, I can't get it"

    def label_for(self, app: str | None, cells: str | None = None) -> str:
        """Its label; `{cells}` in it is the kind of batteries the camera's sources name."""
        return self.words_for(self.label, app, cells)

    def words_for(self, text: str, app: str | None, cells: str | None = None) -> str:
        return text.format(
            app=f"the {app} app" if app else "the maker's app", cells=f": {cells}" if cells else ""
        )


HAVE_ITEMS = (
    HaveItem(
        "pin", "A paperclip or a pin", "to press a button in a small hole",
        ask="Find a paperclip or a SIM tool",
        how="The reset button sits in a small hole: press it with something thin and stiff, "
        "such as an unbent paperclip, the SIM-eject tool that came with a phone, or a pin.",
        yes="I have one now", no="I can't find one",
    ),
    # a PoE camera's own items, before the wall power ones (installer review 66, D #8)
    HaveItem(
        "poe_port", "A free PoE port you know works, or a spare PoE injector",
        "another port of the switch or recorder, one that powers other devices",
        ask="Is there another PoE port you can use, or a spare PoE injector?",
        how="Another port of the PoE switch or recorder, one that powers other devices (its "
        "light comes on), or a PoE injector with its own power adapter.",
        yes="Yes, there is one", no="No",
    ),
    HaveItem(
        "short_cable", "A short network cable you know works", "a patch cable, no couplers",
        ask="Can you get a short network cable you know works?",
        how="A short patch cable that works with another device, to connect the camera straight "
        "to a PoE port for a test: no couplers, no long run.",
    ),
    HaveItem(
        "original_adapter", "The camera's original power adapter",
        ask="Can you get the camera's original power adapter?",
        how="The adapter and cable that came in the box with the camera.",
    ),
    HaveItem(
        "spare_adapter", "Another adapter with the same rating", "same volts, same amps",
        ask="Can you get another adapter with the same rating?",
        how="Another power adapter whose label gives the same volts and amps as the camera's "
        "own (a phone charger often gives less).",
    ),
    HaveItem(
        "other_outlet", "Another power outlet", "a different socket, not the same strip",
        ask="Is there another power outlet you can use?",
        how="A different wall socket, not another socket of the same power strip.",
        yes="Yes, there is one", no="No",
    ),
    # a camera whose sources say it takes only new single-use cells (a Blink's AA lithium):
    # its "New batteries" step asked for them with no word before (review 73 F #2)
    HaveItem(
        "batteries", "New batteries of the kind it takes{cells}",
        "single-use ones: never put them on a charger",
        ask="Can you get new batteries of the kind it takes{cells}?",
        how="New single-use batteries of the kind its maker names, enough for the camera.",
        yes="Yes, I have them", no="No, I can't get them",
    ),
    HaveItem(
        "app", "A phone with {app}", "signed in to your account",
        ask="Get {app} on a phone",
        how="Install {app} from your phone's app store and sign in to your account.",
        yes="I have it now", no=ANSWER_WORDS[CANT],  # as on every other step (review 72 F, #8)
    ),
    HaveItem(
        "admin_password", "The camera's admin password", "if you know it",
        ask="Do you know the camera's admin password?",
        how="The password you sign in to the camera's own page with. camreset never asks for "
        "it or stores it.",
        yes="Yes, I know it", no="No",
    ),
    HaveItem(
        "computer", "A computer on the same network",
        "for the camera's web page, or for camreset to check the camera over the network; the "
        "computer camreset is open on counts, if it is on that network too",
        ask="Is there a computer on the same network?",
        how="A computer connected to the same router as the camera, to open its web page (or for "
        "camreset to check the camera over the network).",
        yes="Yes", no="No",
    ),
)  # fmt: skip
HAVE_BY_ID = {item.id: item for item in HAVE_ITEMS}
FETCHABLE = frozenset({"pin", "app", "poe_port", "short_cable"})
"""Items a person who did not tick them can usually still get (a paperclip, an app): a step
that needs one asks for it. Other unticked items are taken as not at hand."""


def have_label(have_id: str, app: str | None = None) -> str:
    """Plain words for one thing a person has at hand."""
    item = HAVE_BY_ID.get(have_id)
    return item.label_for(app) if item else have_id.replace("_", " ")
