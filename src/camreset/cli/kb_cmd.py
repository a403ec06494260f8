"""`camreset kb check` and `camreset kb export`: for people who write or reuse the KB."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from camreset.cli.context import cli
from camreset.cli.errors import CamresetGroup
from camreset.core.kb.export import export_kb
from camreset.core.kb.source_report import source_report
from camreset.core.kb.stats import brand_summaries, summarise
from camreset.errors import UsageError

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


@kb_app.command("check")
def check(ctx: typer.Context, kb_dir: KbDir = None) -> None:
    """Load the KB in both passes; print a summary, or every problem (exit 2)."""
    kb = cli(ctx).kb(kb_dir)
    typer.echo(summarise(kb).line())


@kb_app.command("sources")
def sources(
    ctx: typer.Context,
    kb_dir: KbDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Every source: kind and publisher, the claims citing it, those whose confidence it sets."""
    report = source_report(cli(ctx).kb(kb_dir))
    if as_json:
        typer.echo(json.dumps([asdict(use) for use in report], indent=2, ensure_ascii=False))
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("source", "kind", "publisher", "claims", "decides"):
        table.add_column(name, overflow="fold", no_wrap=name == "source")
    for use in report:
        decides = "\n".join(use.decides) if use.decides else "–"
        table.add_row(use.id, use.kind, use.publisher, str(use.claims), decides)
    Console(highlight=False).print(table)


@kb_app.command("brands")
def brands(
    ctx: typer.Context,
    kb_dir: KbDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Per brand: lines, models, claims by confidence, disputed facts, vendor sources cited."""
    report = brand_summaries(cli(ctx).kb(kb_dir))
    if as_json:
        typer.echo(json.dumps([asdict(b) for b in report], indent=2, ensure_ascii=False))
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("brand", "lines", "models", "high", "medium", "low", "disputed", "vendor src"):
        table.add_column(name, justify="left" if name in ("brand", "lines") else "right")
    for b in report:
        c = b.claims_per_confidence
        table.add_row(
            b.brand, ", ".join(b.lines), str(b.models), str(c["high"]), str(c["medium"]),
            str(c["low"]), str(b.disputed), str(len(b.vendor_sources)),
        )  # fmt: skip
    Console(highlight=False).print(table)


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
