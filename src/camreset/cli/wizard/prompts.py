"""Asking in the terminal: a numbered answer, `u` to undo, `q` to leave, and list questions.

Everything is typed as a line and read through `LineReader`, so the same answers work in a
real terminal, in a pseudo-terminal under test, and while a timer is running.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.console import Console
from rich.text import Text

from camreset.cli.wizard.have_words import picked
from camreset.cli.wizard.key_list import WHY_KEY, help_line
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.step_view import why_text
from camreset.cli.wizard.trimmed import Trimmed
from camreset.core.present.found_words import FOUND_KEY
from camreset.core.present.term_words import TERMS_KEY, apart
from camreset.core.session import Step
from camreset.errors import CamresetError

QUIT_WORDS = frozenset({"q", "quit", "exit"})
UNDO_WORDS = frozenset({"u", "undo", "back"})
NETWORK_KEY = "n"
"""Let camreset check the camera over the network (a step that takes it)."""
REMOTE_KEY = "r"
"""Send the remote reset (the step that is one)."""
START_WORDS = frozenset({"s", "start"})
"""Every answer taken back, to the first question: a reset's step after "Skip" (E F7)."""
HAVE_WORDS = frozenset({"h", "have"})
"""Change what is at hand (any step but an end, and the end that reopens)."""
FOUND_WORDS = frozenset({FOUND_KEY, "model"})
"""The model found on the label, in a session started without it (session 71)."""
LIST_WORDS = frozenset({"l", "list"})
"""The answers given so far, on any screen (helpdesk review 70, H #2)."""


class Leave(CamresetError):
    """The person typed q (or input ended) while no session step was on screen."""


@dataclass(frozen=True)
class Choice:
    """What the person chose on a step."""

    kind: Literal[
        "answer",
        "undo",
        "start",
        "quit",
        "network",
        "remote",
        "have",
        "why",
        "terms",
        "list",
        "found",
    ]
    answer: str | None = None


def parse_choice(
    step: Step,
    typed: str,
    *,
    can_undo: bool,
    to_start: bool = False,
    found: bool = False,
    again: bool = False,
) -> Choice | None:
    """A number or an answer id picks an answer; u undoes, s goes back to the first question
    (`to_start`: after "Skip"), h changes what is at hand, w says why this step (folded on a
    tall page), e says the page's terms in plain words, l lists the answers so far, q leaves;
    None if not understood. An answer id the step offers wins over a command word spelled the
    same ("have" on "Get the app")."""
    word = typed.strip().casefold()
    if word in QUIT_WORDS:
        return Choice("quit")
    if step.offers(word):
        return Choice("answer", word)
    if word in UNDO_WORDS and can_undo:
        return Choice("undo")
    if word in START_WORDS and to_start:
        return Choice("start")
    if word == NETWORK_KEY and step.network:
        return Choice("network")
    if word == REMOTE_KEY and step.remote:
        return Choice("remote")
    if word in HAVE_WORDS and step.takes_items:
        return Choice("have")
    if word == WHY_KEY and (again or why_text(step) is not None):  # again: more to show
        return Choice("why")
    if word == TERMS_KEY and apart(step.text)[1] is not None:  # the makers' terms
        return Choice("terms")
    if word in LIST_WORDS:
        return Choice("list")
    if word in FOUND_WORDS and found:  # m: the model on the label, of a session without it
        return Choice("found")
    if word.isdigit() and 1 <= int(word) <= len(step.answers):
        return Choice("answer", step.answers[int(word) - 1].id)
    said = said_in_words(step, word)
    return Choice("answer", said) if said else None


YES_NO = {"y": "yes"}
"""One letter for the first word of a yes answer. Not `n`: it is the network check's key, and
on a step without one it recorded "No", a reset check's false "No" for a technician who had
just used it on the step before (installer review 71, I #2)."""
NOT_A_NETWORK_STEP = "n is the network check; this step has none: type the number or 'no' for No."
"""What `n` says on a step with no network check: it records nothing."""


def _spaced(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


def said_in_words(step: Step, word: str) -> str | None:
    """The answer typed in words: its id with spaces ("not sure"), or the first words of one
    label only ("yes" for "Yes, it is online"; "no" is not "Not sure"). A number means
    another answer from step to step (3 was "Not sure", then "Stop here…"), so a person who
    types what they mean is understood (terminal review 39)."""
    typed = YES_NO.get(_spaced(word), _spaced(word))  # y and n, as a technician types them
    if len(typed) < 2:  # (terminal review 59)
        return None
    for answer in step.answers:
        if _spaced(answer.id) == typed:
            return answer.id
    starting = [a.id for a in step.answers if _starts_with_words(_spaced(a.label), typed)]
    return starting[0] if len(starting) == 1 else None


def _starts_with_words(label: str, typed: str) -> bool:
    rest = label[len(typed) :]
    return label.startswith(typed) and (not rest or not rest[0].isalnum())


def ask_choice(
    console: Console,
    reader: LineReader,
    step: Step,
    *,
    can_undo: bool,
    to_start: bool = False,
    typed: str | None = None,
    enter: str | None = None,
    enter_leaves: str | None = None,
    found: bool = False,
    why_folded: bool = False,
    undo: str | None = None,
    again: str = "",
    more: str = "",
) -> Choice:
    """Ask until the answer fits; end of input leaves (the session stays resumable). `enter`:
    the answer Enter alone gives (a timed hold that was long enough: "done"); `enter_leaves`:
    words for leaving on Enter alone (the end page's "is it fixed?", asked before support has
    been in touch); else Enter asks again. `why_folded`: the page offered `w` (its keys line);
    `undo`: what `u` takes back, as the keys line said it; `again`: the sources w shows again;
    `more`: the rest of a list w shows ("more ways")."""
    label = next((a.label for a in step.answers if a.id == enter), None) if enter else None
    label = label or enter_leaves
    prompt = f"Your answer (Enter = {label}): " if label else "Your answer: "
    while True:
        if not typed:
            console.print(Text(prompt, style="notice"), end="")
            try:
                typed = reader.readline()
            except EOFError:
                console.print()
                return Choice("quit")
            assert typed is not None
            if not typed and enter_leaves and not enter:
                return Choice("quit")
            if not typed and label:
                typed = enter
            if not typed:
                continue  # Enter alone: ask again
        choice = parse_choice(
            step,
            typed,
            can_undo=can_undo,
            to_start=to_start,
            found=found,
            again=bool(again or more),
        )
        if choice is not None:
            return choice
        if typed.strip().casefold() == NETWORK_KEY:  # a key means one thing on every step
            console.print(Text(NOT_A_NETWORK_STEP, "error"))
            typed = None
            continue
        shown = {"why_folded": why_folded, "to_start": to_start, "found": found}
        said = help_line(step, can_undo=can_undo, undo=undo, again=again, more=more, **shown)
        console.print(Text(said, "error"))
        typed = None


def ask_line(console: Console, reader: LineReader, prompt: str) -> str:
    """One free-text line; end of input counts as leaving."""
    console.print(Text(prompt, style="notice"), end="")
    try:
        line = reader.readline()
    except EOFError:
        console.print()
        raise Leave from None
    return line or ""


def ask_number(console: Console, reader: LineReader, prompt: str, count: int) -> int:
    """A number from 1 to `count` (asked again until it is one)."""
    while True:
        typed = ask_line(console, reader, prompt)
        if typed.casefold() in QUIT_WORDS:
            raise Leave
        if typed.isdigit() and 1 <= int(typed) <= count:
            return int(typed)
        console.print(Text(f"Type a number from 1 to {count}.", style="error"))


def ask_numbers(
    console: Console,
    reader: LineReader,
    prompt: str,
    count: int,
    names: Sequence[str] = (),
    words: Sequence[frozenset[str]] = (),
) -> list[int] | None:
    """Several numbers separated by spaces or commas; None when the line is left empty; q
    leaves (Leave), as it does everywhere else. `words`: what else picks each numbered item
    (its `names`, said in the error; `have_words`)."""
    while True:
        typed = ask_line(console, reader, prompt).replace(",", " ").split()
        if not typed:
            return None
        if len(typed) == 1 and typed[0].casefold() in QUIT_WORDS:
            raise Leave
        numbers = [_number(t, count, words) for t in typed]
        if all(n is not None for n in numbers):
            return sorted({n for n in numbers if n is not None})
        said = f"Type numbers from 1 to {count}, e.g. 1 3"
        if names:
            wrong = " ".join(t for t, n in zip(typed, numbers, strict=True) if n is None)
            said = f"Not one of them: {wrong}. {said}, or names: {', '.join(names)}"
        console.print(Trimmed(Text(f"{said}.", style="error")))  # folded, no line ends in a space


def _number(typed: str, count: int, words: Sequence[frozenset[str]]) -> int | None:
    """The item a number or a word picks (1-based), or None."""
    if typed.isdigit():
        return int(typed) if 1 <= int(typed) <= count else None
    found = picked(typed, words)
    return None if found is None else found + 1


def numbered(console: Console, labels: list[str]) -> None:
    """Print `labels` as a numbered list, a long one wrapped under its own words, not under
    the numbers (diff review 63, #13: "(keeping “Foscam R2”)" began at column 0)."""
    for number, label in enumerate(labels, 1):
        key = f"{number:>2}."
        lines = Text(label).wrap(console, max(console.width - len(key) - 1, 10))
        for i, line in enumerate(lines):
            line.rstrip()
            lead = (key, "answer.key") if i == 0 else " " * len(key)
            console.print(Text.assemble(lead, " ", line))
