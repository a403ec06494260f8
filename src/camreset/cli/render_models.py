"""The model list as a Rich table: id, name, line, form factor, status (and the match).

Every cell is a `Text`, so a name or an alias is never read as Rich markup or an emoji code.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from camreset.core.kb.search import Match
from camreset.core.present.names import shape_words

WIDE = 100
"""Columns from which the list is a table; narrower, one model per two lines."""


class ModelTable:
    """Rows of models; with `show_match` a column says which name or alias matched."""

    def __init__(
        self, rows: Sequence[Match], statuses: dict[str, str], show_match: bool = False
    ) -> None:
        self.rows = rows
        self.statuses = statuses
        self.show_match = show_match

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < WIDE:
            yield from self._narrow()
            return
        table = Table(box=None, pad_edge=False, header_style="bold")
        for name in ("id", "name", "line", "form factor", "status"):
            table.add_column(Text(name), no_wrap=name == "id")
        if self.show_match:
            table.add_column(Text("matched"))
        for m in self.rows:
            cells = [m.model_id, m.name, m.line, shape_words(m.form_factor)]
            cells.append(self.statuses.get(m.model_id, ""))
            if self.show_match:
                cells.append(f"FCC ID {m.matched}" if m.fcc_id else m.matched)
            table.add_row(*(Text(cell) for cell in cells))
        yield table

    def _narrow(self) -> RenderResult:
        """Each model as its id (whole: people copy it), then its name, shape and status
        indented under it, so no column is squeezed to a few letters."""
        for m in self.rows:
            about = [m.name, shape_words(m.form_factor)]
            if self.statuses.get(m.model_id):
                about.append(self.statuses[m.model_id])
            if self.show_match and m.fcc_id:
                about.append(f"matched its FCC ID “{m.matched}”")
            elif self.show_match and not _says_itself(m):
                about.append(f"matched “{m.matched}”")
            yield Text(m.model_id, style="bold")
            yield Text("  " + " · ".join(about))


def _says_itself(m: Match) -> bool:
    """A match the line already shows (the brand, or a part of the name) is left unsaid:
    `models hikvision` ended every entry with `matched “hikvision”`, wrapped alone at 80."""
    matched = m.matched.casefold()
    return matched in (m.line.casefold(), "") or matched in m.name.casefold()
