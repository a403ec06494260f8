"""What feeds a PoE camera's cable, in the steps (user review 52): it is asked before the
first attempt meant for one feed, the pages then name the person's own ("the recorder", "the
injector"), and a page still offered for another feed says so and how to decline it."""

from __future__ import annotations

import random
from typing import Any

from tests.session.conftest import Driver

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.report import build_report, render_markdown
from camreset.core.session.poe_feed import NOT_FOR_AN_INJECTOR

FOR_ONE_FEED = {
    "poe-other-port", "poe-other-port-web", "poe-free-budget", "poe-free-budget-web",
    "poe-injector-check",
}  # fmt: skip
"""The attempts meant for a switch's (or recorder's) port or budget, or for an injector."""
POE = ("hikvision-ds-2cd2143g2-i", "reolink-rlc-510a", "unifi-g4-pro", "lorex-e893ab")


def _walk(d: Driver, rng: random.Random, prefer: tuple[str, ...] = ()) -> None:
    for _ in range(60):
        step = d.state.current
        if step.kind == "outcome":
            return
        chosen = next((a for a in prefer if step.offers(a)), None)
        plain = [a.id for a in step.answers if a.id != "stop"]
        d.send(chosen or rng.choice(plain))


def test_what_feeds_the_cable_is_asked_before_a_step_for_one_feed(make_driver: Any) -> None:
    """A dark PoE camera went straight to "Another port" of a switch, and a UniFi camera
    that would not reset was sent to "The injector" 28 steps in, never asked."""
    rng = random.Random(53)
    walked = 0
    for model in POE:
        for reason in ("no-power", "wont-reset"):
            for _ in range(6):
                d = make_driver(model=model, have=("pin", "computer", "app"), opening=True)
                d.send(reason)
                _walk(d, rng)
                tried = {h.ref.ref for h in d.state.history if h.ref.kind == "action"}
                walked += bool(tried & FOR_ONE_FEED)
                seen: set[str] = set()
                unsure = False  # "not sure" how it is powered: no PoE question follows
                for h in d.state.history:
                    if h.ref.kind == "question":
                        seen.add(h.ref.ref)
                    if h.ref.ref == "power-kind":
                        unsure = h.answer in ("not_sure", "cant")
                    if h.ref.kind == "action" and h.ref.ref in FOR_ONE_FEED and not unsure:
                        assert "poe-source" in seen, (model, h.title)
    assert walked >= 10  # the walks did reach such steps


def test_the_pages_name_the_feed_the_person_said(make_driver: Any, kb: KnowledgeBase) -> None:
    d = make_driver(model="reolink-rlc-510a", have=("pin", "computer", "poe_port"), opening=True)
    d.send("no-power")
    for _ in range(100):
        if d.state.current.ref.ref == "poe-source":
            break
        d.pick("network-cable", "not_sure")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref != 'poe-source'")
    d.send("recorder")
    titles, texts = [], {}
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        titles.append(step.title)
        texts[step.title] = step.text
        injector = any("injector" in n for n in step.notices)  # "The injector", said not theirs
        if step.ref.kind == "action" and not injector:
            assert "switch" not in step.text.replace("PoE switch or recorder port", ""), step.title
        d.pick("on", "fine", "done", "no", "not_sure")
    assert "Another port" in titles
    assert "Free the recorder's power" in titles
    assert texts["Free the recorder's power"].startswith(
        "Unplug the other devices the recorder powers (its other cameras) for now, so the camera "
        "has its power to itself; those cameras stop recording until you plug them back in."
    )
    report = render_markdown(build_report(kb, d.state))
    assert "| Free the recorder's power (asked for: " in report  # the page as it was shown


def test_an_injector_is_checked_in_its_own_words(make_driver: Any) -> None:
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin", "computer"), opening=True)
    d.send("no-power")
    d.send("network-cable")
    assert d.state.current.ref.ref == "poe-source"
    d.send("injector")
    for _ in range(6):
        if d.state.current.ref.ref == "poe-injector-check":
            break
        d.pick("fine", "on", "not_sure")
    step = d.state.current
    assert step.title == "The injector"
    assert step.text.startswith("Check the injector: its own adapter plugged into a working")
    assert "No injector" not in step.text and not step.notices


def test_a_page_for_a_switch_after_an_injector_says_so(make_driver: Any) -> None:
    """The engine may still offer "Free the switch's power" once the injector's own steps
    did not bring a dark camera on (the answer may be wrong); the page says what it is for
    and how to decline it, in words that fit a switch or a recorder ("the devices the
    injector powers" made no sense)."""
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin", "computer"), opening=True)
    for answer in ("no-power", "network-cable", "injector"):
        d.send(answer)
    for _ in range(20):
        step = d.state.current
        if (step.ref.ref == "poe-free-budget" and step.ref.stage == 0) or step.kind == "outcome":
            break
        d.pick("still-dark", "on", "fine", "done", "not_sure")
    step = d.state.current
    assert step.title == "Free the switch's power"
    assert NOT_FOR_AN_INJECTOR in step.notices
    assert "the PoE switch or recorder powers" in step.text
    d.send("cant")
    assert "poe-free-budget" in d.state.fold.excluded


def test_a_person_not_sure_how_it_is_powered_is_told_whom_a_power_step_is_for(
    make_driver: Any,
) -> None:
    """User review 52: a camera of unknown brand, "not sure" how it is powered, was sent to
    "Another port" of a PoE switch with no word that it may not apply, and (a first try of
    this change) asked what its network cable plugs into. Neither now: the page says whom it
    is for and how to decline it; said to be on PoE, the feed is asked first."""
    for said in ("not_sure", "network-cable"):
        d = make_driver(line="other", form_factor="indoor", have=("pin",), opening=True)
        d.send("no-power")
        assert d.state.current.ref.ref == "power-kind"
        d.send(said)
        for _ in range(6):
            if d.state.current.ref.kind == "action" or d.state.current.kind == "outcome":
                break
            assert d.state.current.ref.ref != "poe-source" or said != "not_sure"
            d.pick("switch", "not_sure")
        step = d.state.current
        notice = (
            "You have not said how it is powered, and this step is for a camera on a network "
            "cable that powers it (PoE). If yours is not, answer “I can't do this”."
        )
        assert step.ref.ref == "poe-other-port"
        assert (notice in step.notices) is (said == "not_sure")
        asked = [h.ref.ref for h in d.state.history if h.ref.kind == "question"]
        assert ("poe-source" in asked) is (said == "network-cable")


def test_what_feeds_it_is_asked_again_once_the_injector_step_failed(make_driver: Any) -> None:
    """Diff review 52: "The injector" suggests powering the camera from a switch or recorder
    port instead, yet "an injector" went on deciding every later page. Once that step failed
    the answer is stale: asked again before a step for one feed, the new answer names it."""
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin", "computer"), opening=True)
    for answer in ("wont-reset", "until-change", "reacted", "came-back", "network-cable"):
        d.send(answer)
    for _ in range(30):
        step = d.state.current
        if step.ref.ref == "poe-injector-check" and step.offers("yes"):  # setup mode?
            break
        d.pick("injector", "on", "fine", "done", "not_sure")
    d.send("no")  # not in setup mode: the injector step failed
    for _ in range(5):
        if d.state.current.ref.ref == "poe-source":
            break
        d.pick("on", "fine", "not_sure")
    assert d.state.current.ref.ref == "poe-source"
    d.send("switch")  # moved to a switch port, as the injector page suggested
    for _ in range(5):
        if d.state.current.ref.kind == "action":
            break
        d.pick("on", "fine", "not_sure")
    step = d.state.current
    assert step.title == "Free the switch's power" and not step.notices
    assert "the PoE switch or router powers" in step.text
    assert "recorder" not in step.text  # review 54: its owner read of a recorder's cameras


def test_an_item_left_unticked_is_still_asked_for_before_support(make_driver: Any) -> None:
    """Diff review 53: asking what feeds the cable first was applied inside the look at what
    an unticked item would open, which then saw a question, not an attempt, and asked for
    nothing: a dark PoE camera with no button and no computer ticked went to support."""
    d = make_driver(
        model="amcrest-ipm-743e", have=("pin", "app"), power=PowerKind.poe, opening=True
    )
    d.send("no-power")
    step = d.state.current
    assert (step.ref.kind, step.ref.ref) == ("tool", "computer"), step.title


def test_a_camera_on_poe_alone_is_asked_what_feeds_it_first(make_driver: Any) -> None:
    """Diff review 53: the walks above skip cameras whose power was never said, which is
    every camera its sources give PoE alone (a UniFi camera sent to "The injector" unasked)."""
    d = make_driver(model="unifi-g4-pro", have=("pin", "computer", "app"), opening=True)
    d.send("no-power")
    assert d.state.current.ref.ref == "poe-source"


def test_an_answer_taken_back_is_named_as_its_page_was_shown(make_driver: Any) -> None:
    """Diff review 53 and web review 53: an undone "It still won't switch on" was reported by
    its id ("still-dark"), and an undone "Free the recorder's power" as "Free the switch's
    power"."""
    d = make_driver(model="eufy-eufycam-3", have=("pin", "app"), opening=True)
    for answer in ("no-power", "done", "still-dark"):
        d.send(answer)
    d.send(None, type="undo")
    gone = d.state.taken_back[-1]
    assert gone.answer_label == "It still won't switch on: no light, no sound"
    d = make_driver(model="reolink-rlc-510a", have=("pin", "computer", "poe_port"), opening=True)
    for answer in ("wont-reset", "until-change", "reacted", "came-back"):
        d.send(answer)
    for _ in range(30):
        step = d.state.current
        if step.title.startswith("Free the") or step.kind == "outcome":
            break
        d.pick("network-cable", "recorder", "on", "fine", "done", "no", "not_sure")
    assert d.state.current.title == "Free the recorder's power"
    d.send("done")
    d.send(None, type="undo")
    assert d.state.taken_back[-1].title == "Free the recorder's power"


def test_every_feed_word_can_be_shown(guide: Any) -> None:
    """Diff review 53: an injector's "Free the injector's power" could never show (those
    pages are meant for a switch or a recorder, so they keep the words for any feed) and read
    wrongly. Each value a feed sets is used by a page that shows it to that feed."""
    from camreset.core.kb.resolve import resolve_model
    from camreset.core.present.power_words import FEED_WORDS
    from camreset.core.session.poe_feed import against_feed

    plan = guide.plan(resolve_model(guide.kb, "hikvision-ds-2cd2143g2-i"))[0]
    for feed, words in FEED_WORDS.items():
        shown = [
            " ".join(filter(None, (*(p.do for p in a.steps), *(p.title for p in a.steps))))
            for a in plan.actions.values()
            if not against_feed(plan, a.id, feed)
        ] + [q.text for q in plan.questions.values()]
        for key in words:
            assert any("{" + key + "}" in text for text in shown), (feed, key)


def test_the_report_says_what_feeds_the_camera(make_driver: Any, kb: KnowledgeBase) -> None:
    """Web review 53: the report said "Powered by: PoE", and support asks first whether a
    recorder is involved."""
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin", "computer"), opening=True)
    for answer in ("no-power", "network-cable", "recorder"):
        d.send(answer)
    report = render_markdown(build_report(kb, d.state))
    assert (
        "PoE (power over the network cable), from a recorder (NVR) (answered in the session)"
        in report
    )


def test_an_answer_keeps_the_title_its_page_had(make_driver: Any, guide: Any) -> None:
    """Diff review 53: replayed logs named pages in today's words (a later knowledge base,
    or what feeds the camera), words the person never saw. An answer event keeps its page's
    title as shown, and the history and the report use it."""
    d = make_driver(model="reolink-rlc-510a", have=("pin", "computer", "poe_port"), opening=True)
    for answer in ("no-power", "network-cable", "recorder", "done"):
        d.send(answer)
    events = list(d.state.events)
    assert events[4].data["title"] == "Another port"
    then = {**events[4].data, "title": "Another port (as then)"}
    events[4] = events[4].model_copy(update={"data": then})
    history = guide.replay(events).history
    assert [h.title for h in history][3] == "Another port (as then)"


def test_the_injector_page_for_a_switch_owner_is_titled_if_there_is_one(
    make_driver: Any,
) -> None:
    """Web reviews 53 and 54: a person who said the cable runs to a switch read a page titled
    "The injector", and then "after “The injector”", for a box they do not have."""
    d = make_driver(model="hikvision-ds-2cd2143g2-i", have=("pin", "app"), opening=True)
    for _ in range(20):
        if d.state.current.ref.ref == "poe-injector-check":
            break
        d.pick("no-power", "network-cable", "switch", "still-dark", "done", "dark", "not_sure")
    step = d.state.current
    assert step.title == "The injector, if there is one"
    assert step.why is not None and "injector" not in step.why.effect  # not what it is for
    assert any(
        n.startswith("You said the camera's cable runs to the PoE switch") for n in step.notices
    )
    d.send("done")
    d.send("still-dark")
    assert "after “The injector, if there is one”" in (d.state.current.notice or "")
