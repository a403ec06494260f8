"""The reset card as a Rich renderable: every fact of one model, how sure, and from whom.

The words come from `camreset.core.present`; this module only lays them out, so a
fixed-width console gives the same text every time (the CLI tests compare it exactly). Every
cell is a `Text`, never a string, so nothing written in the knowledge base is read as Rich
markup (`[bold]`) or an emoji code (`:warning:`); Rich then skips its markup parser too.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.fact_groups import FactGroup, group_facts
from camreset.core.present.facts import FactView, card_sources, card_views
from camreset.core.present.names import line_label, shape_words

NARROW = 80
"""Below this many columns each fact's label sits on its own line above its words: beside
them, the words would get a column a few letters wide."""
GENERIC_WARNING = (
    "Model not known: these are the defaults for the line and camera type, not facts about "
    "your model. Find the model on the label to get its own card."
)


def _meta(row: FactView | FactGroup, *, shared: FactGroup | None = None) -> str:
    """How sure, which default, which sources; for an entry of a group, only what the
    group does not already say for all of its entries."""
    said = row.sure is None or (shared is not None and shared.confidence is not None)
    parts = [] if said else [f"{row.sure} ({row.sure_why})"]
    if row.origin and not (shared and shared.origin):
        parts.append(row.origin)
    if row.sources and not (shared and shared.sources):
        parts.append("sources: " + ", ".join(row.sources))
    return " · ".join(parts)


def _details(row: FactView, *, shared: FactGroup | None = None) -> Text:
    text = Text("\n".join(row.lines), overflow="fold")  # a long address breaks, never cut
    if row.confidence is None and row.sources:  # a line about several facts (their sources)
        text.stylize("yellow")
        text.append("\nsources: " + ", ".join(row.sources), style="dim")
        return text
    if row.confidence is None:
        text.stylize("italic")
        return text
    if meta := _meta(row, shared=shared):
        text.append("\n" + meta, style="dim")
    if row.disagreement:
        text.append("\n" + "\n".join(row.disagreement), style="yellow")
    if row.note:
        text.append(f"\nNote: {row.note}", style="dim")
    return text


def _group_details(group: FactGroup) -> RenderableType:
    """A fact's entries (every way to power it, a hub's light chart), a bullet each, wrapped
    under its own start; how sure, which default and the sources said once below them where
    every entry shares them."""
    if group.single is not None:
        return _details(group.single)
    table = Table.grid(padding=(0, 1, 0, 0))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for entry in group.entries:
        table.add_row(Text("•"), _details(entry, shared=group))
    meta = _meta(group)  # under the list, not under its last entry
    return Group(table, Text(meta, style="dim", overflow="fold")) if meta else table


class ResetCard:
    """Renders one resolved model (or a line's defaults) as a labelled list of facts."""

    def __init__(self, kb: KnowledgeBase, model: ResolvedModel, notice: str | None = None) -> None:
        self.kb = kb
        self.model = model
        self.notice = notice
        """Said first: the typed model is not listed, or was taken as this one."""

    def _header(self) -> Group:
        m = self.model
        status = f" · {m.status}" if m.status else ""
        title = Text(f"Reset card: {m.name}", style="bold")
        shape = shape_words(m.form_factor.value if m.form_factor else None)
        brand = line_label(m.line)
        ident = f"{m.id} · {brand} · {shape}{status}"
        parts: list[Text] = [title, Text(ident, style="dim")]
        if self.notice is not None:
            parts.insert(0, Text(self.notice, style="bold yellow"))
        if m.generic:
            parts.append(Text(GENERIC_WARNING, style="bold yellow"))
        elif m.sources_note:
            parts.append(Text(f"About the sources: {m.sources_note}", style="dim"))
        return Group(*parts)

    def _facts(self, narrow: bool) -> RenderableType:
        groups = group_facts(card_views(self.kb, self.model))
        if narrow:
            stacked: list[RenderableType] = []
            for i, group in enumerate(groups):
                stacked += [Text("")] if i else []
                stacked += [Text(group.label, style="bold")]
                stacked += [Padding(_group_details(group), (0, 0, 0, 2))]
            return Group(*stacked)
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        for i, group in enumerate(groups):
            if i:
                table.add_row(Text(""), Text(""))
            table.add_row(Text(group.label), _group_details(group))
        return table

    def _sources(self, narrow: bool) -> RenderableType:
        """Each source's id and what it is, then its address on a line of its own, whole: a
        technician opens it to check a fact, and one folded at 80 columns could be neither
        clicked nor pasted (terminal review 71, I #9). The terminal wraps it, not Rich."""
        shown = [
            (source_id, source)
            for source_id in card_sources(self.model)
            if (source := self.kb.sources.get(source_id)) is not None
        ]
        indent = 2 if narrow else max((len(i) for i, _ in shown), default=0) + 2
        lines: list[RenderableType] = []
        for source_id, source in shown:
            about = f"{source.title} ({source.kind.value})"
            if source.url is None:
                about += f" seed file {source.seed}"
            row = Table.grid(padding=(0, 2))
            id_width = None if narrow else indent - 2  # every source's id in one column
            row.add_column(no_wrap=not narrow, overflow="fold", width=id_width)
            if narrow:  # the id, then what it is under it
                row.add_row(Text(source_id, overflow="fold"))
                row.add_row(Padding(Text(about, overflow="fold"), (0, 0, 0, 2)))
            else:
                row.add_column(overflow="fold")
                row.add_row(Text(source_id), Text(about, overflow="fold"))
            lines.append(row)
            if source.url is not None:
                lines.append(_address(source.url, indent))
        return Group(*lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        narrow = options.max_width < NARROW
        yield self._header()
        yield Text("")
        yield self._facts(narrow)
        yield Text("")
        yield Text("Sources", style="bold")
        yield self._sources(narrow)


def _address(url: str, indent: int) -> Text:
    """`url` whole on one line (a link where the terminal shows links), never folded."""
    line = Text(" " * indent, no_wrap=True, overflow="ignore", end="\n")
    line.append(url, style=f"link {url}")
    return line
