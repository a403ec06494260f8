"""The facts behind a step as the terminal lays them out: each under its label, how sure, and
where the sources disagree.

The same groups and order as the web page (core/present/fact_groups.py): an entry the step's
own text gives is named by its first words, a list the step quotes from shows those entries
with the rest behind w, and a conflict is marked `!`. Plain Rich `Text` (never markup): the
words come from the knowledge base and may hold brackets.
"""

from __future__ import annotations

from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from camreset.cli.wizard.key_list import WHY_KEY
from camreset.core.present.fact_groups import FactGroup, group_facts, quoted_entries, said_in
from camreset.core.present.facts import FactView
from camreset.core.present.more_ways import MORE_WAYS_WORDS, lists_more_ways, more_ways_count
from camreset.core.session import Step

NAMED_BY = 40
"""How much of a fact the sources block keeps when the step above already gives all of it."""


def named(fact: FactView, step_text: str) -> str:
    """A fact's text, or its first words when the step's own text gives it (Dahua's two ways
    back in were printed in full above the step and again in it: installer review 62, #14);
    the block then only says how sure each one is."""
    text = fact.text
    if len(text) <= NAMED_BY or not said_in(fact, step_text):
        return text
    return text[:NAMED_BY].rsplit(" ", 1)[0].rstrip(" ,;:>.") + "…"


def fact_lines(fact: FactView, step_text: str = "", *, folded: bool = False) -> Table:
    """`Label: value`, then how sure we are, then any disagreement between sources; a long
    line wraps under its own start, so a narrow terminal keeps the indent and the `!`.
    `folded`: how sure and the disagreement in one line, its claims behind w."""
    rows = Table.grid(padding=(0, 1, 0, 0))
    rows.add_column(no_wrap=True, width=3, justify="right")
    rows.add_column()
    if folded and fact.disputed:
        rows.add_row(
            *_disputed(folded_line(fact.sure, fact.origin, fact.disputed), fact.conflicting)
        )
    elif fact.sure:
        meta = f"{fact.sure} ({fact.sure_why})"
        if fact.origin:
            meta += f"; {fact.origin}"
        rows.add_row("", Text(meta, style="fact.meta"))
    for line in () if folded else as_on_the_page(fact):
        rows.add_row(*_disputed(line, fact.conflicting))
    head = Text.assemble((f"{fact.label}: ", "fact.label"), named(fact, step_text))
    outer = Table.grid()
    outer.add_column()
    outer.add_row(head)
    if rows.row_count:
        outer.add_row(rows)
    return outer


def as_on_the_page(fact: FactView) -> tuple[str, ...]:
    """The sources' differing claims as the page lays them out: how sure in words, and who
    published them ("Unconfirmed: ByteBuys"); the terminal gave source ids ("low:
    tapo-bytebuys-c420") where the page named the publisher (phone review 64, F10). The
    `camreset show` card keeps the ids: a technician looks them up."""
    if fact.disputed is None:
        return ()
    claims = (
        f"{i}. {c.words} ({c.sure}: {', '.join(c.publishers)})"
        for i, c in enumerate(fact.claims, 1)
    )
    return (fact.disputed, *claims)


def folded_line(sure: str | None, origin: str | None, disputed: str) -> str:
    """ "Unconfirmed; one source gives more than one answer (w shows them)": a page taller
    than the screen with its reason folded still was, its sources' claims above it (session-65
    diff review, H #3: a second-hand Tapo C420's "Get ready" took 28 to 30 lines at 80×24)."""
    said = disputed.rstrip(":")
    head = "; ".join(w for w in (sure, origin) if w)
    said = f"{head}; {said[:1].lower()}{said[1:]}" if head else said
    return f"{said} ({WHY_KEY} shows them)"


def _disputed(line: str, conflicting: bool) -> tuple[Text, Text]:
    """A line of the sources' claims: `!` and the warning colour only where they conflict."""
    if conflicting:
        return Text("!", style="fact.warning"), Text(line, style="fact.warning")
    return Text(""), Text(line, style="fact.meta")


def shown_groups(step: Step) -> tuple[tuple[FactGroup, int], ...]:
    """The facts as the page lays them out, each with how many of its entries wait for w: of
    a list whose entries the step quotes some of, only those (`quoted_entries`); of ways back
    in whose rest the step says w lists, only the others (`_behind_w`)."""
    shown = []
    rest = _behind_w(step)
    for group in group_facts(step.facts):
        about = _about(group, step.text, rest)
        left = len(group.entries) - len(about)
        shown.append((FactGroup(group.label, about), left) if left else (group, 0))
    return tuple(shown)


def _behind_w(step: Step) -> list[FactView]:
    """The ways back in a step's text counts and does not give (`more_ways_count`): the
    first that many of its facts it does not give (the ways, in order; then a source saying
    there is none for the camera's own password, which the text says in its own words)."""
    return [f for f in step.facts if not said_in(f, step.text)][: more_ways_count(step.text)]


def _about(group: FactGroup, text: str, rest: list[FactView]) -> tuple[FactView, ...]:
    """The entries the page shows of a list, the rest behind w: all but the ways back in
    `rest` (maybe none: a recorder's three under a camera's one), or of another list the ones
    its text quotes, else all."""
    if rest:
        return tuple(e for e in group.entries if not any(e is r for r in rest))
    return quoted_entries(group, text) or group.entries


def held_back(step: Step) -> tuple[FactGroup, ...]:
    """The whole lists of which the page shows only some entries, the rest behind w."""
    return tuple(
        g for g, left in zip(group_facts(step.facts), shown_groups(step), strict=True) if left[1]
    )


def behind_w(step: Step) -> str:
    """What w shows of this page's lists, for its keys line ("w more ways"); "" if nothing."""
    if not held_back(step):
        return ""
    return MORE_WAYS_WORDS if lists_more_ways(step.text) else "the rest of the list"


def group_lines(
    group: FactGroup, step_text: str = "", *, folded: bool = False, more: int = 0
) -> Table | Text:
    """A fact's entries under one label, as a bulleted list; how sure and which default said
    once when every entry shares them (a hub's six-row light chart is one block, not six).
    An entry the step's text already gives is named by its first words (`named`); `more`
    entries wait for w."""
    if group.single is not None and not more:
        return fact_lines(group.single, step_text, folded=folded)
    if not group.entries:  # a list the page shows none of: one line (a recorder's ways)
        ways = ("way", "ways") if lists_more_ways(step_text) else ("entry", "entries")
        said = f"{more} {ways[more != 1]} ({WHY_KEY} shows {_them(more)})"
        return Text.assemble((f"{group.label}: ", "fact.label"), (said, "fact.meta"))
    rows = Table.grid(padding=(0, 1, 0, 0))
    rows.add_column(no_wrap=True, width=3, justify="right")
    rows.add_column()
    for entry in group.entries:
        rows.add_row("•", Text(named(entry, step_text)))
        meta = [] if group.confidence or not entry.sure else [f"{entry.sure} ({entry.sure_why})"]
        meta += [entry.origin] if entry.origin and not group.origin else []
        if meta:
            rows.add_row("", Text("; ".join(meta), style="fact.meta"))
        for line in as_on_the_page(entry):
            rows.add_row(*_disputed(line, entry.conflicting))
    outer = Table.grid()
    outer.add_column()
    outer.add_row(Text(f"{group.label}:", style="fact.label"))
    if group.sure:  # with its heading, as the web has it: under the list it read as the
        # last entry's alone (session-69 review, N #9)
        sure = f"{group.sure} ({group.sure_why})"
        outer.add_row(Padding(Text(sure, style="fact.meta"), (0, 0, 0, 2)))
    outer.add_row(rows)
    if group.origin:  # under the list, at the bullets, not under its last entry
        outer.add_row(Padding(Text(group.origin, style="fact.meta"), (0, 0, 0, 2)))
    if more:
        outer.add_row(
            Padding(Text(f"{more} more ({WHY_KEY} shows {_them(more)})", "fact.meta"), (0, 0, 0, 2))
        )
    return outer


def _them(count: int) -> str:
    return "it" if count == 1 else "them"
