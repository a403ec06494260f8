"""An installer with a Hikvision dome whose password is forgotten and whose button cannot be
found (a reviewer): after "I still can't find it" the session asked "Do you feel a click when
you press?", then "Hold the reset button for 30 seconds"; it asked "Do you know the camera's
admin password?" of someone who opened with "I forgot its password"; and its support page
offered "another power outlet, which you said you don't have" for a PoE camera. A Dahua dome
plays it here: a Hikvision is now first held as its power comes back, before any question."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import T0, Driver, answered

from camreset.core.kb.power_values import PowerKind
from camreset.core.session import Command, Guide, SessionState

DOME = {"model": "dahua-ipc-hdbw3433r-zas", "have": ("computer",)}
OPENING = ("forgot-password", "not-for-me", "no", "network-cable", "no-light", "on", "have")


def to_the_end(
    guide: Guide, state: SessionState, order: tuple[str, ...]
) -> tuple[list[str], SessionState]:
    """Answer the first of `order` each step offers (else its first answer) until the end:
    the titles seen, and the last state."""
    titles = []
    for _ in range(60):
        step = state.current
        titles.append(step.title)
        if step.kind == "outcome":
            break
        plain = next(a.id for a in step.answers if a.role == "answer")
        answer = next((a for a in order if step.offers(a)), plain)
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), T0)])
    return titles, state


def test_a_button_not_found_is_searched_for_not_pressed(guide: Guide) -> None:
    state = answered(guide, (*OPENING, "cant", "no-button", "not-found"), **DOME)
    assert state.current.ref.ref == "find-button"  # the thorough search, not a click or hold
    state = answered(
        guide, (*OPENING, "cant", "no-button", "not-found", "cant", "no-button"), **DOME
    )
    # its help was read once already: not "Finding the reset button" again (a web reviewer)
    assert state.current.ref.ref == "vendor-code-reset"  # the way in without the button


def test_someone_who_forgot_the_password_is_never_asked_whether_they_know_it(
    guide: Guide,
) -> None:
    state = answered(guide, (*OPENING, "cant", "no-button", "not-found"), **DOME)
    titles, end = to_the_end(guide, state, ("not-found", "no", "done", "have", "yes"))
    assert not [t for t in titles if "admin password" in t]
    assert end.current.kind == "outcome"


def test_the_support_page_offers_nothing_ruled_out_or_never_refused(guide: Guide) -> None:
    """Each step answered "can't" (no other outlet was ever asked about, and the password is
    what they came without)."""
    state = answered(guide, OPENING, **DOME)
    _, end = to_the_end(guide, state, ("cant", "no-button", "not-found", "no", "other"))
    notice = end.current.notice or ""
    assert "outlet" not in notice and "admin password" not in notice, notice


def test_a_button_found_with_help_is_said_on_the_page_that_comes_back(guide: Guide) -> None:
    """A PoE dome of no known brand: "Get ready" → "Not sure" → help finding the button →
    "Found it: carry on" brought "Get ready" back word for word (web review L8)."""
    dome = {"line": "other", "form_factor": "dome", "power": PowerKind.poe, "have": ("pin",)}
    ready = answered(guide, ("skip-questions",), **dome).current
    assert ready.title == "Get ready" and ready.notice is None
    state = answered(guide, ("skip-questions", "not_sure"), **dome)
    assert state.current.title == "Finding the reset button"
    state = answered(guide, ("skip-questions", "not_sure", "found"), **dome)
    assert (state.current.ref.ref, state.current.ref.stage) == (ready.ref.ref, ready.ref.stage)
    assert state.current.notice is not None
    assert state.current.notice.startswith("You found the button.")
    state = answered(guide, ("skip-questions", "not_sure", "found", "done"), **dome)
    assert "You found the button" not in (state.current.notice or "")


WYZE = {"model": "wyze-cam-v3", "have": ("pin", "app", "original_adapter")}


def test_something_else_is_not_read_as_a_button_not_found(guide: Guide) -> None:
    """Web review 9: "Something else stops me" on "Get ready" led to "Find the button… Look
    for the button again", the page for someone who cannot find it. The page that follows
    now says what was said and what to do if the same thing stops them again."""
    state = answered(guide, ("skip-questions", "cant", "other"), **WYZE)
    notice = state.current.notice or ""
    assert notice.startswith("Something else stopped you at “Get ready”")
    assert "“I can't do this” again" in notice
    state = answered(guide, ("skip-questions", "cant", "no-pin"), **WYZE)
    assert "Something else" not in (state.current.notice or "")


def test_the_search_after_its_help_failed_says_how_it_differs(guide: Guide) -> None:
    """Web review 9: after "I still can't find it" the thorough search began with the same
    words as the help just read. It now says to take longer over this look, and how."""
    state = answered(guide, ("skip-questions", "cant", "no-button", "not-found"), **WYZE)
    assert state.current.ref.ref == "find-button"
    assert (state.current.notice or "").startswith("The help before did not find it")
    fresh = answered(guide, ("skip-questions", "cant", "other"), **WYZE)
    assert fresh.current.ref.ref == "find-button"  # the same page, with no help read before
    assert "The help before" not in (fresh.current.notice or "")


def test_a_button_with_its_own_marking_is_not_given_the_usual_one_too(guide: Guide) -> None:
    """Web review 9: "(marked SETUP)" was followed by "The reset hole usually has RESET or
    RST printed next to it" on the Wyze Cam v3's help and search pages."""
    state = answered(guide, ("skip-questions", "cant", "no-button"), **WYZE)
    help_text = state.current.text
    assert "marked SETUP" in help_text and "RESET or RST" not in help_text
    assert "\n " not in help_text and " \n" not in help_text
    search = answered(guide, ("skip-questions", "cant", "other"), **WYZE).current.text
    assert "marked SETUP" in search and "RESET or RST" not in search
    dome = {"line": "other", "form_factor": "dome", "power": PowerKind.poe, "have": ("pin",)}
    unmarked = answered(guide, ("skip-questions", "not_sure"), **dome).current
    assert unmarked.title == "Finding the reset button"
    assert "If a hole is marked RESET or RST, that is the reset button." in unmarked.text


def test_the_marking_of_a_camera_nobody_lists_is_no_unsourced_usually(guide: Guide) -> None:
    """Review 76 G, #4: a camera of another brand was told "The reset hole usually has RESET or
    RST printed next to it", which neither seed says; it now hears only what a marking means."""
    dome = {"line": "other", "form_factor": "dome", "power": PowerKind.poe, "have": ("pin",)}
    text = answered(guide, ("skip-questions", "not_sure"), **dome).current.text
    assert "usually has RESET" not in text
    assert "If a hole is marked RESET or RST, that is the reset button." in text


def test_a_search_for_the_button_after_a_clear_click_says_it_is_a_check(
    make_driver: Callable[..., Driver],
) -> None:
    """A phone review: "Yes, a clear click", and a few pages later "Find the button", as if
    the answer had not been heard. The search page now says the click was heard and asks
    only to check it is the reset button; without that answer it says nothing of the kind."""

    def to_search(click: str) -> SessionState:
        d = make_driver(
            model="wyze-cam-v3", have=("pin", "original_adapter", "app", "other_outlet")
        )
        for _ in range(40):
            if d.state.current.ref.ref == "find-button":
                return d.state
            if d.state.current.ref.ref == "felt-click":
                d.send(click)
            else:
                d.pick()
        raise AssertionError("no search for the button")

    clicked = to_search("yes").current
    assert clicked.notice is not None and clicked.notice.startswith("You felt a click")
    assert "check against this page that it is the reset button" in clicked.notice
    assert "You felt a click" not in (to_search("not_sure").current.notice or "")


def test_a_button_behind_a_cover_that_will_not_open_is_not_asked_for_again(
    guide: Guide,
) -> None:
    """A doorbell review: a Ring doorbell's button is reached by undoing its security screw
    and taking the faceplate off. Someone who could not undo it had only "I can't find the
    reset button" (a search for a button they knew was there) or "Something else" (after
    which the next attempt asked them to press it again)."""
    from camreset.core.report import build_report, render_text

    ring = {"model": "ring-video-doorbell-wired", "have": ("pin", "app")}
    state = answered(guide, ("skip-questions", "done", "done", "cant"), **ring)
    assert state.current.title == "What stops you?"
    assert state.current.offers("cant-open")
    state = answered(guide, ("skip-questions", "done", "done", "cant", "cant-open"), **ring)
    titles, end = to_the_end(guide, state, ("no", "done", "not_sure", "cant", "other"))
    assert not [t for t in titles if "button" in t.casefold()], titles
    report = render_text(build_report(guide.kb, end))
    assert "could not open it to reach the button" in report
    # a camera whose button is not behind anything has no such answer
    plain = answered(guide, ("skip-questions",), model="amcrest-ip2m-841", have=("pin", "app"))
    for _ in range(20):
        if plain.current.title.startswith("Hold the reset button"):
            break
        said = next(a for a in ("done", "no", "have", "not_sure") if plain.current.offers(a))
        cmd = Command("answer", plain.current.id, said)
        plain = guide.extend(plain, [guide.command(plain, cmd, T0)])
    cmd = Command("answer", plain.current.id, "cant")
    plain = guide.extend(plain, [guide.command(plain, cmd, T0)])
    assert plain.current.title == "What stops you?" and not plain.current.offers("cant-open")


def test_a_button_no_source_gives_a_tool_for_can_be_pressed_without_a_pin(
    guide: Guide,
) -> None:
    """A brand review: a Wyze Cam v3 owner without a paperclip answered "I can't find one"
    and was sent to support, though the v3's SETUP button is a button, and no source says
    a pin presses it. Where the sources give no tool, "It's a button I can press without a
    tool" goes on to the reset; where they say a pin, it is not offered."""
    state = answered(guide, ("skip-questions",), model="wyze-cam-v3", have=("app",))
    assert state.current.title == "Find a paperclip or a SIM tool"
    assert state.current.offers("by-hand")
    state = answered(guide, ("skip-questions", "by-hand"), model="wyze-cam-v3", have=("app",))
    assert state.current.kind == "action" and state.current.ref.ref == "guided-reset"
    from camreset.core.report import build_report, render_text

    report = render_text(build_report(guide.kb, state))  # support is not told of a pin
    assert "its button is pressed by hand: no pin needed" in report
    assert "paperclip" not in report.split("Has at hand:", 1)[1].splitlines()[0]
    plain = answered(guide, ("skip-questions",), model="tapo-c200", have=("app",))
    for _ in range(12):
        if plain.current.ref.kind == "tool":
            break
        said = next(a for a in ("done", "no", "not_sure") if plain.current.offers(a))
        cmd = Command("answer", plain.current.id, said)
        plain = guide.extend(plain, [guide.command(plain, cmd, T0)])
    assert plain.current.title == "Find a paperclip or a SIM tool"
    assert not plain.current.offers("by-hand")
