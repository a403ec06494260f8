"""`camreset kb check` and `camreset kb export`: for people who write or reuse the KB."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Group
from rich.table import Table
from rich.text import Text

from camreset.cli.context import cli
from camreset.cli.errors import CamresetGroup
from camreset.cli.stdout import fitted_width, print_out
from camreset.core.kb.export import export_kb
from camreset.core.kb.loader import seen_from
from camreset.core.kb.source_report import source_report
from camreset.core.kb.stats import brand_summaries, summarise
from camreset.errors import UsageError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from camreset.core.kb.source_report import SourceUse
    from camreset.core.kb.stats import BrandSummary

kb_app = typer.Typer(
    cls=CamresetGroup,
    no_args_is_help=True,
    add_completion=False,
    help="Check or export the knowledge base.",
)

KbDir = Annotated[
    Path | None,
    typer.Option(
        "--kb-dir",
        metavar="DIR",
        help="A knowledge-base folder to use instead of the one shipped in the package.",
    ),
]


@kb_app.callback()
def _kb() -> None:
    """Check or export the knowledge base (see docs/kb.md and docs/kb-authoring.md)."""


@kb_app.command(
    "check",
    short_help="Check the knowledge base: its files, what they refer to, and how older sessions"
    " see it (exit 2: a problem, with its file and line).",
)
def check(ctx: typer.Context, kb_dir: KbDir = None) -> None:
    """Load the KB and check it (each file's shape, then what refers to what: sources, lines,
    patterns), also as every older session sees it (`since`); print a summary, or every
    problem with its file and line (exit 2)."""
    kb = cli(ctx).kb(kb_dir)
    for since in sorted(kb.revisions):
        seen_from(kb, since - 1)
    typer.echo(summarise(kb).line())


AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Row = TypeVar("Row", bound="DataclassInstance")
SOURCE_COLUMNS = ("source", "kind", "publisher", "claims", "decides")
BRAND_COLUMNS = ("brand", "lines", "models", "high", "medium", "low", "disputed", "vendor src")


def _print_report(
    report: Sequence[Row],
    as_json: bool,
    columns: dict[str, dict[str, Any]],
    cells: Callable[[Row], Sequence[str]],
) -> None:
    """A report as JSON (one object per row) or as a table: `columns` maps each column's name
    to its `add_column` options, `cells` gives a row's cells in that order."""
    if as_json:
        typer.echo(json.dumps([asdict(row) for row in report], indent=2, ensure_ascii=False))
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name, options in columns.items():
        table.add_column(name, **options)
    for row in report:
        table.add_row(*cells(row))
    print_out(table)


NARROW_SOURCES = 140
"""Below this many columns `kb sources` prints a block per source: the table's longest id
left the other columns a few letters each ("publis/her", "ring-v/ideo-d…" at 80 columns,
technician review 40)."""


def _counted(decides: Sequence[str]) -> list[str]:
    """Each claim once, with how many entries of it (a light chart's seven rows were seven
    lines of the same words)."""
    return [f"{said} ×{n}" if n > 1 else said for said, n in Counter(decides).items()]


def _source_blocks(report: Sequence[SourceUse]) -> Group:
    blocks: list[Text] = []
    for use in report:
        decides = "".join(f"\n    {d}" for d in _counted(use.decides)) or " –"
        blocks.append(
            Text(
                f"{use.id}\n  {use.kind} · {use.publisher} · {use.claims} claims\n"
                f"  sets the confidence of:{decides}\n",
                overflow="fold",
            )
        )
    return Group(*blocks)


@kb_app.command("sources")
def sources(ctx: typer.Context, kb_dir: KbDir = None, as_json: AsJson = False) -> None:
    """Every source: kind and publisher, the claims citing it, those whose confidence it sets."""
    report = source_report(cli(ctx).kb(kb_dir))
    if not as_json and fitted_width() < NARROW_SOURCES:
        print_out(_source_blocks(report))
        return
    _print_report(
        report,
        as_json,
        {
            name: {"overflow": "fold", "no_wrap": name == "source"}
            for name in SOURCE_COLUMNS
        },
        lambda use: (
            use.id, use.kind, use.publisher, str(use.claims),
            "\n".join(_counted(use.decides)) if use.decides else "–",
        ),
    )  # fmt: skip


@kb_app.command("brands")
def brands(ctx: typer.Context, kb_dir: KbDir = None, as_json: AsJson = False) -> None:
    """Per brand: lines, models, claims by confidence, disputed facts, vendor sources cited."""
    _print_report(
        brand_summaries(cli(ctx).kb(kb_dir)),
        as_json,
        {
            name: {"justify": "left" if name in ("brand", "lines") else "right"}
            for name in BRAND_COLUMNS
        },
        _brand_cells,
    )


def _brand_cells(b: BrandSummary) -> tuple[str, ...]:
    c = b.claims_per_confidence
    return (
        b.brand, ", ".join(b.lines), str(b.models), str(c["high"]), str(c["medium"]),
        str(c["low"]), str(b.disputed), str(len(b.vendor_sources)),
    )  # fmt: skip


@kb_app.command("export")
def export(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here instead of stdout."),
    ] = None,
    kb_dir: KbDir = None,
) -> None:
    """Print the whole resolved KB as JSON (its shape: docs/kb.md)."""
    text = json.dumps(export_kb(cli(ctx).kb(kb_dir)), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{output}: cannot write: {exc.strerror or exc}") from None
