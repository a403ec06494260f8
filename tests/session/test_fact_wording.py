"""Facts and notices read as plain English wherever they are shown (web, terminal, report):
a value is a label or a clause, never a bare noun run into "If …" or "the light shows …"."""

from __future__ import annotations

from camreset.core.kb.form_factors import FormFactor
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import Charge
from camreset.core.kb.resolve import resolve_generic, resolve_model
from camreset.core.kb.values import AfterReset, Credentials, Hold, SetupMode
from camreset.core.present.detail_words import DETAIL_SAVED, DETAIL_WORDS
from camreset.core.present.facts import fact_view
from camreset.core.present.phrases import value_lines
from camreset.core.present.setup_signs import setup_words
from camreset.core.present.time_words import grew_words


def test_a_known_problem_after_a_reset_is_a_label_and_its_fix(kb: KnowledgeBase) -> None:
    problem = AfterReset(problem="camera back to defaults", fix="add it to the recorder again")
    assert value_lines(kb, problem) == ["Camera back to defaults: add it to the recorder again"]


def test_a_default_login_names_what_is_not_given(kb: KnowledgeBase) -> None:
    assert value_lines(kb, Credentials(username="admin", password="12345")) == [
        "user: admin; password: 12345"
    ]
    assert value_lines(kb, Credentials(username="admin")) == [
        "user: admin; no source gives the password"  # not "password: not given" (audit 57)
    ]
    assert value_lines(kb, Credentials(password="12345")) == [
        "no source gives the user name; password: 12345"
    ]


def test_a_charge_time_says_its_unit(kb: KnowledgeBase) -> None:
    assert value_lines(kb, Charge(hours="5-10", level_needed="30 %")) == [
        "Charge for: 5-10 hours",
        "At least: 30 %",
    ]


def test_a_hold_with_only_a_lower_bound_says_at_least_and_keeps_its_note(
    kb: KnowledgeBase,
) -> None:
    """Hikvision's dealer page says "30+ seconds"; a blog's 30-30-30 is 90 s in three parts."""
    assert value_lines(kb, Hold(min=30)) == ["at least 30 s (no source says how much longer)"]
    assert value_lines(kb, Hold(recommended=90, note="30-30-30")) == ["1 min 30 s", "30-30-30"]


def test_a_light_pattern_named_as_a_light_is_not_the_light_showing_a_light(
    kb: KnowledgeBase,
) -> None:
    assert setup_words(kb, SetupMode(led="spin-white")) == (
        "it shows a white light going round (spinning)"
    )
    assert setup_words(kb, SetupMode(led="blink-red-green")).startswith("the light shows red")


def test_why_the_time_grew_after_a_missing_item_says_so() -> None:
    words = grew_words("tool", "no pin", "cant")
    assert words == "the steps that need what you don't have are out, and what is left takes longer"


def test_every_detail_reads_inside_a_sentence() -> None:
    assert set(DETAIL_SAVED) == set(DETAIL_WORDS)
    assert all(w[:1].islower() for w in DETAIL_SAVED.values())


def test_sources_are_said_to_disagree_only_where_they_do(kb: KnowledgeBase) -> None:
    """A phone reviewer read "Sources disagree" over two claims of the same band (differing
    in a note) and over two wordings of one menu path, and took the facts for unreliable."""

    def heading(model: str, fact: str) -> str:
        view = fact_view(kb, resolve_model(kb, model), fact)
        assert view is not None and view.disagreement
        return view.disagreement[0]

    assert heading("wyze-cam-v3", "wifi") == "The sources agree, each in its own words:"
    # both say it has no button; they word what to do instead differently (review 49)
    assert heading("wyze-cam-outdoor", "button") == "The sources agree, each in its own words:"
    # two ways to take it off an account are both open, not a conflict (owner review 45)
    assert heading("ezviz-c6n", "unbind_route") == "The sources give more than one way:"
    assert heading("lorex-e893ab", "support_contact") == "The sources give more than one contact:"
    # two sources giving Tapo's one removal route back one claim: nothing to set apart
    tapo = fact_view(kb, resolve_model(kb, "tapo-c200"), "unbind_route")
    assert tapo is not None and not tapo.disagreement
    assert heading("tapo-c200", "hold") == "Sources disagree (5 s to 30 s):"
    assert heading("nest-cam-battery", "reset_unbinds_account") == "Sources disagree:"
    # Lorex's one article names the back or the base: not two sources in disagreement
    assert heading("lorex-e893ab", "button") == "One source gives more than one answer:"


def test_sources_that_each_list_places_sharing_one_are_not_said_to_disagree(
    kb: KnowledgeBase,
) -> None:
    """A generic indoor camera's button read "Sources disagree: on the back …; on the side …;
    underneath …", though one guide says "back or side" and the other "back or bottom"
    (unknown-camera review 76 G, #9); two guides whose lists share nothing still disagree."""
    indoor = resolve_generic(kb, "other", FormFactor.indoor)
    view = fact_view(kb, indoor, "button")
    assert view is not None and view.disagreement[0] == "Each source gives more than one answer:"
    tapo = fact_view(kb, resolve_model(kb, "tapo-c121"), "button")  # two guides, two places each
    assert tapo is not None and tapo.disagreement[0] == "Sources disagree:"


def test_longer_than_before_needs_a_range_shown_before_and_one_that_reaches_further() -> None:
    """A Blink owner read "Longer than before" after a page that showed no time at all."""
    from camreset.core.session.estimate import TimeLeft

    assert TimeLeft(14, 27).longer_than(TimeLeft(12, 17))
    assert not TimeLeft(12, 17).longer_than(TimeLeft(0, 0))  # nothing was shown before
    assert not TimeLeft(12, 17).longer_than(TimeLeft(26, 31))
    assert not TimeLeft(12, 17.4).longer_than(TimeLeft(12, 16.6))  # both read "12–17"
    assert not TimeLeft(0, 0).longer_than(TimeLeft(5, 9))  # the end shows no range


def test_a_range_that_only_widens_is_not_announced_as_longer() -> None:
    """Phone review 60, #18: "about 20 min" then "about 5–33 min" was said "Longer than
    before": its start came sooner; it is only less sure."""
    from camreset.core.session.estimate import TimeLeft

    assert not TimeLeft(5, 33).longer_than(TimeLeft(20, 20))
    assert TimeLeft(20, 33).longer_than(TimeLeft(20, 20))  # the same start, a later end
    assert TimeLeft(18, 40).longer_than(TimeLeft(10, 20))  # later as a whole


def test_a_minute_or_two_more_is_not_announced_as_longer() -> None:
    """A phone reviewer saw "Longer than before" on four pages in a row, some for a minute
    more: a range has to reach noticeably further (3 minutes, and a fifth) to say so."""
    from camreset.core.session.estimate import TimeLeft

    assert not TimeLeft(7, 13).longer_than(TimeLeft(7, 12))
    assert not TimeLeft(12, 45).longer_than(TimeLeft(12, 40))  # under a fifth of 40
    assert TimeLeft(7, 19).longer_than(TimeLeft(7, 12))
    assert TimeLeft(20, 20).longer_than(TimeLeft(8, 20))  # the whole range sits later


def test_a_seller_is_asked_whether_it_did_what_they_needed_not_whether_it_is_fixed() -> None:
    from camreset.core.present.feedback_words import feedback_question

    assert feedback_question("done", "reset-for-sale") == "Did this do what you needed?"
    assert feedback_question("done", "handed-over") == "Did this do what you needed?"
    assert feedback_question("done", "done") == "Did this fix it?"
    assert feedback_question("escalated", "escalate").startswith("Once support has helped")


def test_a_sound_named_by_a_bare_noun_is_heard_in_a_sentence(kb: KnowledgeBase) -> None:
    """A Nest Cam (battery)'s hold page read "by then chime when the reset is done"."""
    from camreset.core.kb.values import Signal
    from camreset.core.present.phrases import signal_words

    words = [
        signal_words(kb, Signal(sound=sound))
        for sound in ("chime when the reset is done", "beep", "a chime or tone", "alarm")
    ]
    assert words == [
        "you hear a chime when the reset is done",
        "you hear a beep",
        "you hear a chime or tone",
        "you hear an alarm",
    ]
    assert signal_words(kb, Signal(sound="some cameras make a sound")) == (
        "some cameras make a sound"
    )


def test_a_brands_reset_sound_is_not_promised_by_a_model_without_a_speaker(
    kb: KnowledgeBase,
) -> None:
    """Product review 49: a Reolink RLC-510A's hold page listed the line's melody and "Factory
    reset was successful" under "While holding", while its card said it has no speaker."""
    model = resolve_model(kb, "reolink-rlc-510a")
    view = fact_view(kb, model, "while_holding")
    assert view is not None and "melody" in view.text  # the brand's sources, as they say it
    assert view.note is not None and "has no speaker" in view.note
    heard = fact_view(kb, resolve_model(kb, "reolink-e1-zoom"), "while_holding")
    assert heard is None or heard.note is None or "has no speaker" not in heard.note


def test_a_hold_page_of_a_camera_with_no_speaker_says_only_its_light_is_the_usual_sign(
    kb: KnowledgeBase,
) -> None:
    """Web review 52: "No source says what this camera does while held" sat above the line's
    sourced melody and voice, which the RLC-510A cannot play: the light alone is the usual
    sign there, and the page says that much."""
    from camreset.bench.sim.plans import PlanSteps

    for model, own in (("reolink-rlc-510a", False), ("tapo-c200", True)):
        plan = PlanSteps(kb, resolve_model(kb, model))
        hold = plan.stage("guided-reset", 2)
        assert hold.timer is not None, model
        assert "No source says what this camera does while held" not in hold.text, model
        light = "No source says what its light does while held" in hold.text
        assert light is not own, model


def test_why_the_time_grew_reads_right_after_good_news_too() -> None:
    """Web review 52: "Yes, the port light is on" rules out a quick fix, and the page said
    "your answer points to causes that take longer to fix", which read as bad news."""
    assert grew_words("question", None, "on") == "that answer rules out the quicker fixes"


def test_a_hold_says_what_to_aim_for_only_where_a_source_gives_it(kb: KnowledgeBase) -> None:
    """Phone review 64, F10: a Tapo C420's card read "How long to hold: 5 to 10 s, aim for 5 s"
    above its hold page's "Hold for at least 5 seconds … stop by 10": its source gives 5 to
    10 seconds, no time to aim for."""
    c420 = fact_view(kb, resolve_model(kb, "tapo-c420"), "hold")
    assert c420 is not None and c420.text == "5 to 10 s"
    assert value_lines(kb, Hold(min=10, recommended=15, max=15)) == ["10 to 15 s, aim for 15 s"]
