"""The makers' terms in plain words, on a key in the terminal.

Hikvision's way back in says "SADP (PC on the same LAN) > … export XML … note Start Time …
enter key or import file"; a paragraph saying what each is (review 71 E, #12) made the page
taller than an 80×24 terminal: "the code lasts 24 or 48 hours" and the title scrolled off.
The web has the words in its "How, step by step" box; the terminal offers them on `e` under
the answers (core/present/term_words.py), and the page still fits.
"""

from __future__ import annotations

from rich.console import Console
from tests.session.conftest import T0, start_event

from camreset.cli.wizard.prompts import Choice, parse_choice
from camreset.cli.wizard.step_view import StepView, terms_text
from camreset.cli.wizard.theme import THEME
from camreset.core.present.term_words import IN_PLAIN_WORDS
from camreset.core.session import Command, Guide, Step
from camreset.kb_files import load_kb

from .pty_driver import PROMPT, finish, plain, spawn, transcript

MODEL = "hikvision-ds-2cd2143g2-i"
TITLE = "Try Hikvision's own way back in first"
KEYS = (
    "1-6 answer · w more ways · e in plain words · u undo · h at hand ·",
    "l answers so far · q leave",
)
EXPIRY = "The code lasts 24 or 48 hours (the sources disagree): use it the same day."
SADP = "SADP is Hikvision's program for a computer: it finds its cameras on the same network."


def _way_back(have: tuple[str, ...] | None) -> Step:
    guide = Guide(load_kb())
    state = guide.replay([start_event(guide, model=MODEL, have=have)])
    answer = Command("answer", state.current.id, "forgot-password")
    return guide.extend(state, [guide.command(state, answer, T0)]).current


def _screen(step: Step) -> list[str]:
    console = Console(width=80, height=24, theme=THEME, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(StepView(load_kb(), step, number=2, can_undo=True))
    return [line.rstrip() for line in capture.get().splitlines()]


def test_the_way_back_in_fits_80x24_with_its_plain_words_on_e() -> None:
    for have in (None, ("computer",)):
        step = _way_back(have)
        assert IN_PLAIN_WORDS in step.text  # the web's and the API's text has them
        lines = _screen(step)
        screen = lines[-23:]  # the prompt takes the 24th row
        # the keys folded between two keys; the ways w lists took a line less (G #5)
        assert screen[0] == TITLE and tuple(screen[-2:]) == KEYS
        shown = " ".join(" ".join(screen).split())
        assert EXPIRY in shown and "Leave, and come back" in shown
        assert not any(IN_PLAIN_WORDS.strip() in line for line in lines)  # on its key
        assert parse_choice(step, "e", can_undo=True) == Choice("terms")
        said = terms_text(step)
        assert said is not None and said.plain.startswith(IN_PLAIN_WORDS)
        assert SADP in said.plain and "LAN means your home network" in said.plain


def test_a_page_without_the_terms_offers_no_e() -> None:
    guide = Guide(load_kb())
    first = guide.replay([start_event(guide, model=MODEL, have=None)]).current
    assert parse_choice(first, "e", can_undo=False) is None
    assert terms_text(first) is None
    assert not any("e in plain words" in line for line in _screen(first))


def test_e_says_the_terms_in_plain_words_in_a_real_terminal(db_url: str) -> None:
    child = spawn(["guide", MODEL, "--have", "pin"], db_url, columns=80)
    child.setwinsize(24, 80)
    child.expect(PROMPT)
    child.sendline("forgot-password")
    child.expect(PROMPT)
    page = plain(transcript(child))
    page = page[page.rindex(TITLE) :]
    rows = page.splitlines()
    # its title, what to do, answers, keys and prompt on the screen; the rule with its number
    # above the title scrolls off, as it did before the plain words (test_rendering)
    assert len(rows) <= 24, page
    assert EXPIRY in " ".join(page.split()) and "e in plain words" in page
    assert IN_PLAIN_WORDS.strip() not in page
    mark = len(transcript(child))
    child.sendline("e")
    child.expect(PROMPT)  # the same prompt again: the answers are still above
    said = " ".join(plain(transcript(child)[mark:]).split())
    assert SADP in said and "The XML file is a file SADP saves" in said
    child.sendline("q")
    child.expect("Paused")
    assert finish(child) == 4
