"""The facts a step shows, a list fact's entries under one heading.

A list fact (the hub's light chart, every way to power a camera) is one view per entry, each
with its own confidence, origin and sources. Shown one after another, a six-row light chart
repeated "What the hub's lights mean", "Sure (the maker's own documentation says so)", the
line-default note and the source six times: a phone screen of boxes for one table (session 38
left-out). A group says what its entries share once, and only what differs per entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from camreset.core.present.facts import FactView
from camreset.core.present.phrases import CODE_VALID

T = TypeVar("T")


@dataclass(frozen=True)
class FactGroup:
    """Consecutive views of one fact under one label; what all entries share, said once."""

    label: str
    entries: tuple[FactView, ...]

    @property
    def single(self) -> FactView | None:
        """The one view of a group of one (shown as before: label, value, its details)."""
        return self.entries[0] if len(self.entries) == 1 else None

    @property
    def _sureness(self) -> tuple[str, str | None] | None:
        """How sure and why, when every entry says the same (a "Sure" read in a copy on
        another site is worded differently, so it is not shared)."""
        if not all(e.confidence for e in self.entries):
            return None
        return _shared((e.confidence or "", e.sure_why) for e in self.entries)

    @property
    def confidence(self) -> str | None:
        """The confidence every entry has, else None (then each entry says its own)."""
        return self._sureness[0] if self._sureness else None

    @property
    def sure(self) -> str | None:
        return self.entries[0].sure if self._sureness else None

    @property
    def sure_why(self) -> str | None:
        return self._sureness[1] if self._sureness else None

    @property
    def origin(self) -> str | None:
        """The default every entry is (e.g. the whole line's), else None."""
        return _shared(e.origin for e in self.entries)

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources every entry cites, when they all cite the same; else () (each its own)."""
        return _shared(e.sources for e in self.entries) or ()


def _shared(values: Iterable[T]) -> T | None:
    seen = set(values)
    return seen.pop() if len(seen) == 1 else None


def group_facts(views: Iterable[FactView]) -> tuple[FactGroup, ...]:
    """Views in order, consecutive entries of one fact with one label under one group."""
    groups: list[list[FactView]] = []
    for view in views:
        last = groups[-1][-1] if groups else None
        if last is not None and (last.name, last.label) == (view.name, view.label):
            groups[-1].append(view)
        else:
            groups.append([view])
    return tuple(FactGroup(entries[0].label, tuple(entries)) for entries in groups)


def without_expiry(view: FactView) -> FactView:
    """A way back in without how long its code lasts: a page listing several says that once,
    under them."""
    return replace(view, lines=tuple(x for x in view.lines if not x.startswith(CODE_VALID)))


def said_in(view: FactView, text: str) -> bool:
    """Whether a step's text already gives this fact whole: a way back in listed in the step
    (its code's expiry said once under the list, so a line about it may be left out)."""
    said = " ".join(text.split())
    bare = without_expiry(view)
    forms = {view.text, bare.text if bare.lines else ""}
    return any(f and " ".join(f.split()) in said for f in forms)


def quoted_entries(group: FactGroup, text: str) -> tuple[FactView, ...]:
    """The entries of a list a step's text quotes by their first words (“Holding SETUP 30 s:
    …”), where it quotes some but not all: the one trouble "Before another reset" is about,
    not the model's five (session-69 review, N #9). () where it quotes none, or all."""
    quotes = re.findall(r"“([^”]+)”", text)
    about = tuple(e for e in group.entries if any(e.text.startswith(q) for q in quotes))
    return about if len(about) < len(group.entries) else ()
