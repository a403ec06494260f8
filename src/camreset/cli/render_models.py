"""The model list as a Rich table: id, name, line, form factor, status (and the match).

Every cell is a `Text`, so a name or an alias is never read as Rich markup or an emoji code.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from camreset.core.kb.search import Match
from camreset.core.present.words import shape_words


class ModelTable:
    """Rows of models; with `show_match` a column says which name or alias matched."""

    def __init__(
        self, rows: Sequence[Match], statuses: dict[str, str], show_match: bool = False
    ) -> None:
        self.rows = rows
        self.statuses = statuses
        self.show_match = show_match

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = Table(box=None, pad_edge=False, header_style="bold")
        for name in ("id", "name", "line", "form factor", "status"):
            table.add_column(Text(name), no_wrap=name == "id")
        if self.show_match:
            table.add_column(Text("matched"))
        for m in self.rows:
            cells = [m.model_id, m.name, m.line, shape_words(m.form_factor)]
            cells.append(self.statuses.get(m.model_id, ""))
            if self.show_match:
                cells.append(m.matched)
            table.add_row(*(Text(cell) for cell in cells))
        yield table
