"""The page that hands a person to support carries the camera's known trouble after a reset
(sourced, with how sure): a Wyze Cam OG owner whose every step failed was sent to Wyze
support while the knowledge base held, unseen, "blinking red after a reset already means
setup mode: press SETUP briefly" (a helper's audit of the research cases)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import Driver, as_started_under, setup_mode_check, start_event

from camreset.core.engine.evidence import Answered
from camreset.core.engine.policy import Recommendation
from camreset.core.engine.why import Why as EngineWhy
from camreset.core.guide.plan import compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.fixed_words import ACCOUNT_STILL_LOCKED, still_not_right
from camreset.core.present.steps import StepRenderer
from camreset.core.present.words import CANT
from camreset.core.report import build_report, render_text
from camreset.core.report.render import needs_title
from camreset.core.session import Guide, StepRef
from camreset.core.session.events import SessionEvent
from camreset.core.session.flow import ending
from camreset.core.session.fold import Fold
from camreset.core.session.intake import parse_power
from camreset.core.session.later_rules import KB_SINCE_71_RULES


def test_a_support_page_lists_the_known_trouble_after_a_reset_with_its_sources(
    guide: Guide,
) -> None:
    driver = Driver(guide, start_event(guide, model="wyze-cam-og"))
    for _ in range(80):
        if driver.state.finished:
            break
        driver.pick()
    page = driver.state.current
    assert page.kind == "outcome" and "support" in page.title
    trouble = [f for f in page.facts if f.name == "after_reset"]
    said = " ".join(line for f in trouble for line in f.lines)
    assert "Press SETUP briefly; blinking red after a reset already means setup mode." in said
    assert "flash the firmware from a microSD card" in said  # the line's own, for every Wyze
    assert all(f.sources and f.confidence for f in trouble)


def test_only_the_ends_before_support_carry_it(guide: Guide) -> None:
    plan = compile_plan(guide.kb, resolve_model(guide.kb, "wyze-cam-og"))
    renderer = StepRenderer(guide.kb, plan)
    for end in ("escalate", "escalate-after-reset", "stopped"):
        assert renderer.step(StepRef.parse(f"9.o.{end}")).facts, end
    for end in ("done", "not-needed"):
        assert not renderer.step(StepRef.parse(f"9.o.{end}")).facts, end
    none_known = compile_plan(guide.kb, resolve_model(guide.kb, "blink-outdoor-4"))
    page = StepRenderer(guide.kb, none_known).step(StepRef.parse("9.o.escalate"))
    assert not [f for f in page.facts if f.name == "after_reset"]


def test_a_support_page_says_when_its_likeliest_cause_is_a_step_they_could_not_do(
    guide: Guide,
) -> None:
    """Doorbell and hub review 46: a wired doorbell whose breaker the person could not reach
    ("I can't do this" on "Enough power") went to support naming nothing to do about its
    likeliest cause, the transformer. The page now says which step deals with it."""
    from tests.session.conftest import answered

    answers = ("other-fault", "yes", "few-seconds", "reacted", "came-back")
    answers += ("done", "done", "done", "done", "no")  # the guided reset, not in setup mode
    answers += ("cant", "cant", "cant", "cant")  # "Enough power", then its last looks
    page = answered(guide, answers, model="eufy-video-doorbell-2k-wired", have=("app", "pin"))
    page = page.current
    assert page.kind == "outcome" and page.ref.ref.startswith("escalate")
    said = page.notice or ""
    assert said.startswith("Before you contact support: the likeliest cause now, the doorbell")
    assert "is what “Enough power” deals with, and you could not do that step" in said


def test_a_support_page_says_why_a_cause_whose_step_failed_still_comes_first(
    guide: Guide,
) -> None:
    """Review 49: a Blink owner who said the battery was low put in new batteries, the reset
    still did not take, and the support page named "the battery is too low" as the likeliest
    cause with no word that new batteries had gone in: it read as if they were not heard."""
    from datetime import timedelta

    answers = ("wont-reset", "few-seconds", "reacted", "came-back", "battery", "low")
    answers += ("done", "done", "done", "done", "no")  # new batteries, then not in setup mode
    driver = Driver(
        guide, start_event(guide, model="blink-outdoor-4", have=("app", "pin", "batteries"))
    )
    driver.gap = timedelta(minutes=5)  # every wait sat out: no attempt is in doubt
    for answer in answers:
        driver.send(answer)
    assert "“New batteries”" not in (driver.state.current.notice or "")
    for _ in range(40):  # the hub is fine, the rest fails, each answer said again alike
        if driver.state.finished:
            break
        driver.pick("online", "steady", "battery", "came-back", "reacted", "no", "done")
    page = driver.state.current
    assert page.kind == "outcome" and page.ref.ref.startswith("escalate")
    assert page.why is not None and page.why.causes[0].id == "battery-flat"
    said = page.notice or ""
    assert said.startswith("The likeliest cause now, the battery is too low to finish a reset")
    assert "“New batteries”, the step for it, was done and did not help" in said


def test_a_step_they_could_not_do_is_named_by_its_own_page_not_its_hold(guide: Guide) -> None:
    """Review 50: a Hikvision's support page said its likeliest cause "is what “Hold the reset
    button until the camera reacts” deals with": the hold every attempt shares, not the
    attempt ("Another port") the person could not finish."""
    from datetime import timedelta

    hik = "hikvision-ds-2cd2143g2-i"
    have = ("pin", "computer", "poe_port", "short_cable")
    driver = Driver(guide, start_event(guide, model=hik, have=have))
    driver.gap = timedelta(minutes=5)
    answers = ("wont-reset", "until-change", "reacted", "came-back", "network-cable", "on")
    answers += ("switch",)  # its cable runs to a switch
    for _ in range(2):  # two attempts done up to their holds (as the cable goes in), which are not
        answers += ("done", "cant", "other")
    answers += ("done", "no", "steady")  # the recovery code did not work; the light is steady
    answers += ("done", "done", "cant", "other")  # a drained power cycle, its hold not done
    answers += ("no", "came-back", "switch")  # the last looks before support
    for answer in answers:
        driver.send(answer)
    page = driver.state.current
    assert page.kind == "outcome" and page.ref.ref.startswith("escalate")
    said = page.notice or ""
    assert "is what “Another port” deals with, and you could not do that step" in said
    assert "“Hold the reset button" not in said


def test_a_recovery_code_that_failed_is_not_called_the_step_for_a_weak_adapter(
    guide: Guide,
) -> None:
    """A recovery code goes around what stops a reset; it is not "the step for" a weak
    adapter, whose own step (another adapter) this Amcrest owner could not do."""
    from datetime import timedelta

    amcrest = "amcrest-ip5m-b1186ew"
    driver = Driver(guide, start_event(guide, model=amcrest, have=("pin", "app")))
    driver.gap = timedelta(minutes=5)
    answers = ("wont-reset", "until-change", "reacted", "came-back", "adapter")
    answers += ("done", "no", "steady")  # the recovery code did not work
    answers += ("done",) * 7 + ("no", "cant", "cant", "no", "adapter")
    for answer in answers:
        driver.send(answer)
    page = driver.state.current
    assert page.kind == "outcome" and page.why is not None
    assert page.why.causes[0].id == "weak-adapter"
    assert "Recovery code" not in (page.notice or "")


def test_one_more_try_claims_nothing_about_the_camera(make_driver: Callable[..., Driver]) -> None:
    """User review 52: after "No click, or it feels mushy" twice, the page worth one more
    try said "Nothing so far shows anything wrong with the camera itself"."""
    d = make_driver(model="tapo-c200", have=("pin", "original_adapter", "app"), opening=True)
    story = (  # offline in its app (a reset there done would say it is fed), its light off
        "wont-reset", "not_sure", "not_sure", "not_sure", "cant", "offline", "off", "not_sure",
        "cant", "no-spare_adapter", "cant", "done", "done", "done", "done", "no", "cant", "no",
        "off",
    )  # fmt: skip
    for answer in story:
        d.send(answer)
    end = d.state.current
    assert end.title == "Worth one more try before TP-Link support"
    assert end.text.startswith("What is most likely to get it reset can still be done at home")
    assert "wrong with the camera" not in end.text


def test_a_setup_step_cut_short_is_worth_one_more_try_after_the_reset_too(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    """Web review 55: after the reset, the support page said "Try it again" of a restart cut
    short, under "Contact Amcrest support" and "the steps for adding it are used up", and the
    report said "needs support"."""
    d = make_driver(model="amcrest-ip8m-2496eb", have=("pin", "computer"), opening=True)
    as_started_under(d, KB_SINCE_71_RULES - 1)  # added in its app then; cable-only since
    told = {"reason": "cant-add", "network-check": CANT, "add-trouble": "not-found"}
    told |= {"on-recorder": "no"}
    for _ in range(30):
        step = d.state.current
        if step.kind == "outcome":
            break
        answer = told.get(step.ref.ref) or ("yes" if setup_mode_check(d, step.ref) else None)
        d.send(answer) if answer and step.offers(answer) else d.pick()  # a minute apart
    end = d.state.current
    assert end.ref.ref == "escalate-after-reset" and end.redo
    assert end.title == "Worth one more try before Amcrest support"
    assert end.text.startswith("The step most likely to fix it was cut short")
    assert "The reset itself took" not in end.text
    assert "a wait was cut short" in (end.notice or "")
    report = render_text(build_report(kb, d.state))
    assert "Outcome:      Not solved yet: worth one more try at home before support" in report


def _bound_elsewhere(make_driver: Callable[..., Driver], supplied: str) -> Driver:
    """A Tapo C200 the app says belongs to another account, from someone else, and said
    (`supplied`) to come, or not, from an alarm company or internet provider."""
    d = make_driver(model="tapo-c200", have=("pin", "app", "original_adapter"), opening=True)
    told = {"reason": "cant-add", "add-trouble": "another-account", "second-hand": "yes"}
    told |= {"from-provider": supplied}
    for _ in range(8):
        step = d.state.current
        if step.kind == "outcome" or step.ref.kind == "action":
            break
        d.send(told.get(step.ref.ref, "yes" if step.offers("yes") else "not_sure"))
    return d


def test_a_camera_from_a_provider_bound_to_an_account_is_sent_to_the_provider(
    make_driver: Callable[..., Driver],
) -> None:
    """Web review 55: a camera said to be supplied by an alarm company, which the app said
    belongs to another account, was sent to TP-Link: its provider's lock (30 %) came after
    "another account" (59 %), which for such a camera is most likely the provider's."""
    end = _bound_elsewhere(make_driver, "yes").state.current
    assert (end.ref.ref, end.title) == (
        "escalate-provider",
        "Contact the provider who supplied the camera",
    )
    assert "TP-Link" not in end.text
    bought = _bound_elsewhere(make_driver, "no").state.current
    assert bought.title == "Remove it from the other account"  # its previous owner, not a provider


def test_a_report_for_the_provider_asks_the_provider_not_a_previous_owner(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    """After-reset review 58: under "Contact the provider who supplied the camera", the report
    asked for a release "from its previous owner's account" and the list of what support asks
    for was the maker's, unlabelled: the person could not tell whom to call."""
    d = _bound_elsewhere(make_driver, "yes")
    assert d.state.current.ref.ref == "escalate-provider"
    report = build_report(kb, d.state)
    text = render_text(report)
    assert "For the alarm company or internet provider that supplied this camera: please" in text
    assert "Outcome:      Not solved at home: it seems locked to the provider" in text
    assert "previous owner's account" not in text
    assert needs_title(report) == "If the provider sends you to TP-Link support: what it asks for"
    bought = _bound_elsewhere(make_driver, "no")
    assert needs_title(build_report(kb, bought.state)) == "What TP-Link support asks for"


def test_a_way_back_into_the_account_that_failed_leads_to_its_support_not_a_reset(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    """Web review 55: a Ring owner locked out of the Ring account, whose way back in failed,
    was offered "reset the camera anyway", which the page itself said leaves a doorbell
    nobody can add again; the reset is still there for the doorbell's own password."""
    d = make_driver(model="ring-video-doorbell-3", have=("pin", "app"), opening=True)
    d.send("forgot-password")
    assert d.state.current.offers("not-for-me")  # "It isn't for me: reset it"
    d.send("account-help")
    end = d.state.current
    assert (end.ref.ref, end.title) == (
        "escalate-account",
        "Contact Ring support about your account",
    )
    assert end.text.startswith("The way back into your Ring account did not work")
    assert "Give them the model, Ring Video Doorbell 3, and the account's e-mail" in end.text
    assert not any(f.name == "after_reset" for f in end.facts)  # it was never reset
    report = render_text(build_report(kb, d.state))
    assert "Result: the account's way back in did not work" in report


def test_a_saved_session_that_chose_reset_anyway_still_replays_in_words(
    guide: Guide, kb: KnowledgeBase
) -> None:
    """A session saved before web review 55 answered "reset-it" on a Ring recovery page that
    now offers "help with my account" instead: it replays to the reset, as then, and its
    report gives the answer in words."""
    start = start_event(guide, model="ring-video-doorbell-3", have=("pin", "app"))
    at = start.at
    said = [("1.i.reason", "forgot-password"), ("2.i.recovery", "reset-it")]
    events = [start] + [
        SessionEvent(type="answered", at=at + timedelta(minutes=i + 1), step=step, answer=answer)
        for i, (step, answer) in enumerate(said)
    ]
    state = guide.replay(events)
    assert state.current.ref.ref == "tried"  # "Did you already try the reset button?"
    assert state.history[-1].answer_label == "That way didn't work: reset it anyway"
    assert "Answer: That way didn't work: reset it anyway" in render_text(build_report(kb, state))


def test_a_note_for_battery_cameras_is_not_shown_for_a_poe_bullet(guide: Guide) -> None:
    """Web review 55: a Reolink RLC-510A's support page listed "no web page for battery
    cameras, E1, E1 Pro and Lumus", a line-wide note that is about other cameras."""
    said = {}
    for model in ("reolink-rlc-510a", "reolink-argus-3-pro", "reolink-doorbell-battery"):
        plan = compile_plan(guide.kb, resolve_model(guide.kb, model))
        page = StepRenderer(guide.kb, plan).step(StepRef.parse("9.o.escalate"))
        trouble = [f for f in page.facts if f.name == "after_reset"]
        said[model] = " ".join(line for f in trouble for line in f.lines)
    note = "No web page for battery cameras"
    assert note not in said["reolink-rlc-510a"] and "HTTP" in said["reolink-rlc-510a"]
    assert note in said["reolink-argus-3-pro"] and note in said["reolink-doorbell-battery"]


def test_the_account_s_support_page_weighs_no_reset_nor_its_causes(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    """Diff review 55: the account's support page still said an outlet left unticked was
    worth getting for "button released too early"; the report listed the usual reasons a
    reset does not take and an app log support asks for, from an app the person is locked
    out of; and "No, still not right" spoke of a warranty repair."""
    wyze = make_driver(model="wyze-cam-v3", have=("pin", "app"), opening=True)
    for answer in ("forgot-password", "account-help"):
        wyze.send(answer)
    end = wyze.state.current
    assert end.ref.ref == "escalate-account" and not end.notices
    report = render_text(build_report(kb, wyze.state))
    assert "REASONS" not in report and "CAUSES" not in report
    assert "log sent from the app" not in report
    assert still_not_right("escalated", end.ref.ref) == ACCOUNT_STILL_LOCKED
    nest = make_driver(model="nest-cam-indoor", have=("pin", "app"), opening=True)
    for answer in ("forgot-password", "account-help"):
        nest.send(answer)
    assert nest.state.current.ref.ref == "escalate-account"
    assert not nest.state.current.facts  # its known trouble after a reset: never reset


def test_a_provider_supplied_camera_goes_to_its_provider_only_when_an_account_holds_it(
    guide: Guide,
) -> None:
    """Diff review 55: with "supplied by a provider", any showing of its lock among the three
    likeliest causes sent a camera to the provider, also behind a Wi-Fi cause of the maker's."""
    plan, _ = guide.plan(resolve_model(guide.kb, "tapo-c200"))
    fold = Fold()
    fold.phase = Phase.setup
    fold.evidence = [Answered("from-provider", "yes")]

    def end(*leading: str) -> str:
        why = EngineWhy(tuple((cause, 0.3) for cause in leading))
        return ending(plan, fold, Recommendation("service", None, 0, why))

    assert end("other-account", "provider-locked", "wifi-band") == "escalate-provider"
    assert end("wifi-security", "something-else", "provider-locked") == "escalate-after-reset"
    fold.evidence = [Answered("from-provider", "no")]
    assert end("other-account", "provider-locked", "wifi-band") == "escalate-after-reset"
    assert end("provider-locked", "other-account") == "escalate-provider"  # its lock leads


def test_a_support_page_names_the_causes_its_notice_and_report_name(
    make_driver: Callable[..., Driver], kb: KnowledgeBase
) -> None:
    """Helpdesk review 60: with its restarts cut short, a Lorex's support page said "Most
    likely now: the reset button is broken (64%)" under a notice, and beside a report, that
    both put "pressed the wrong hole (37%)" first: an attempt cut short is no evidence on any
    of them."""
    d = make_driver(model="lorex-e893ab", power=parse_power("poe"), have=None, opening=True)
    story = (
        "wont-reset", "until-change", "nothing", "no-restart", "cant", "cant", "cant", "have",
        "have", "done", "nothing", "done", "no", "no", "done", "nothing", "done", "no", "cant",
        "done", "nothing", "done", "no", "no", "no",
    )  # fmt: skip
    for answer in story:
        d.send(None, "done") if answer == "done" else d.send(answer)
    end = d.state.current
    assert end.kind == "outcome" and end.why is not None
    assert "a wait was cut short" in (end.notice or "")
    likely = [c.name for c in d.state.belief[:3]]
    assert [c.name for c in end.why.causes] == likely
    report = render_text(build_report(kb, d.state))
    assert report.index(likely[0]) < report.index(likely[1])


def test_still_not_right_after_support_promises_no_warranty() -> None:
    """ "No, still not right" after a page handed to support said "a replacement under
    warranty", to a buyer of a second-hand camera too (session-65 diff review, H #2)."""
    from camreset.core.present.fixed_words import HANDED_OVER, STILL_NOT_RIGHT

    for outcome in HANDED_OVER:
        said = STILL_NOT_RIGHT[outcome]
        assert "under warranty" not in said and "whether a warranty still covers it" in said
