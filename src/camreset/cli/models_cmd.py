"""`camreset models [QUERY]` and `camreset show MODEL`: find a camera and read its reset card.

What only `--json` needs (the json module, core/kb/export.py) loads when `--json` is given.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from camreset.cli.context import cli
from camreset.cli.render_card import ResetCard
from camreset.cli.render_models import ModelTable
from camreset.cli.shape_option import ShapeOption
from camreset.cli.stdout import print_out
from camreset.cli.typed_args import short
from camreset.core.kb.fcc_grantee import read_fcc_id
from camreset.core.kb.hubs import as_hub
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.meant_model import find_match
from camreset.core.kb.resolve import resolve_generic, resolve_model
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.search import Match, find_line, search_models
from camreset.core.plain import plain_text, terminal_json
from camreset.core.present.names import (
    fcc_grantee_words,
    fcc_id_words,
    line_label,
    unlisted_shape_words,
)
from camreset.core.present.typed_model_words import not_listed_words, taken_as_words
from camreset.errors import UnknownModelError, UsageError

EXIT_NO_MATCH = 1
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table or card.")]


def _print_json(data: Any) -> None:
    import json

    typer.echo(terminal_json(json.dumps(data, indent=2, ensure_ascii=False)))


def _resolved_json(resolved: ResolvedModel) -> dict[str, Any]:
    from camreset.core.kb.export import resolved_json

    return resolved_json(resolved)


def _all_models(kb: KnowledgeBase) -> list[Match]:
    rows = [
        Match(model_id, m.name, kb.model_line[model_id], m.shape, 1.0, "")
        for model_id, m in kb.models.items()
    ]
    return sorted(rows, key=lambda r: (r.line, r.model_id))


def _row_json(row: Match, statuses: dict[str, str], searched: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": row.model_id,
        "name": row.name,
        "line": row.line,
        "form_factor": row.form_factor,
        "status": statuses.get(row.model_id),
    }
    if searched:
        data |= {"score": row.score, "matched": row.matched}
        data |= {"found_by_fcc_id": row.fcc_id} if row.fcc_id else {}
    return data


LISTED = 40
"""Matches a search lists in the terminal; the rest are counted, not dropped unsaid."""


def models(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Argument(help="A model name, alias or part of one, e.g. 'c200'.")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """List the camera models camreset knows, or those matching QUERY (exit 1: none)."""
    short(query, "QUERY")
    if query is not None and not query.strip():
        raise typer.BadParameter(
            "it is empty: give a model name or part of one, or leave it out", param_hint="QUERY"
        )
    kb = cli(ctx).kb()
    rows = _all_models(kb) if query is None else search_models(kb, query, limit=len(kb.models))
    if not rows:
        if as_json:
            _print_json([])
        typer.echo(
            plain_text(f"camreset models: no camera model matches {query!r}{_why_none(kb, query)}"),
            err=True,
        )
        raise typer.Exit(EXIT_NO_MATCH)
    statuses = {m: model.status.value for m, model in kb.models.items() if model.status}
    if as_json:
        _print_json([_row_json(r, statuses, query is not None) for r in rows])
        return
    shown = rows if query is None else rows[:LISTED]
    print_out(ModelTable(shown, statuses, show_match=query is not None))
    if len(rows) > len(shown):  # said, never cut off silently (--json lists every one)
        more = len(rows) - len(shown)
        typer.echo(f"… and {more} more: type more of the name, or add --json.", err=True)


def _pick(
    kb: KnowledgeBase, model: str | None, line: str | None, form_factor: FormFactor | None
) -> tuple[ResolvedModel, Match | None]:
    """The card to show, and the match when MODEL was taken for a listed model."""
    if model is not None and line is not None:
        raise UsageError("give a MODEL or --line, not both")
    named = line if line is not None else model
    if named is None:
        raise UsageError("give a MODEL (see `camreset models`) or --line LINE")
    line_id = OTHER if named.casefold() == OTHER else find_line(kb, named)
    if line_id is not None:
        return resolve_generic(kb, line_id, form_factor), None
    if line is not None:
        raise UsageError(f"unknown line {line!r}; lines: {', '.join(kb.line_ids())}")
    if form_factor is not None:
        raise UsageError("--form-factor goes with a line (e.g. `show tapo --form-factor indoor`)")
    match = find_match(kb, named)
    return resolve_model(kb, match.model_id), match


def _unlisted_shape(kb: KnowledgeBase, resolved: ResolvedModel) -> str | None:
    """A brand's defaults for a shape none of its listed models has: said so above them."""
    if not resolved.generic or resolved.form_factor is None:
        return None
    shapes = kb.shapes(resolved.line.id)
    return unlisted_shape_words(line_label(resolved.line), resolved.form_factor.value, shapes)


def _why_none(kb: KnowledgeBase, query: str | None) -> str:
    """After "no camera model matches": what the words name if they are a hub, else where
    the whole list is."""
    hub = as_hub(kb, UnknownModelError(query or "", [])).hub
    fcc = read_fcc_id(kb, query) if query and not hub else None
    if fcc is not None:  # whose an FCC ID is, as the web's search says (review 76 G, #1, #2)
        brands = [line_label(kb.lines[i]) for i in fcc.line_ids]
        cards = " or ".join(f"`camreset show {i}`" for i in fcc.line_ids)
        shown = f" {cards} gives that brand's usual card." if cards else ""
        return f". {fcc_grantee_words(fcc.fcc_id, fcc.grantee, brands)}{shown}"
    return f": {hub}" if hub else "; `camreset models` lists them all"


def _not_listed(kb: KnowledgeBase, typed: str, exc: UnknownModelError, as_json: bool) -> None:
    """A model of a known line that camreset does not list: that line's defaults, labelled
    so (never another line's card), and exit 1 so a script can tell."""
    exc = as_hub(kb, exc)
    if exc.line is None or exc.several or exc.hub:
        raise exc
    resolved = resolve_generic(kb, exc.line, None)
    if as_json:
        _print_json({"not_listed": typed, "closest": exc.suggestions} | _resolved_json(resolved))
    else:
        close = [f"{kb.models[m].name} ({m})" for m in exc.suggestions if m in kb.models]
        notice = not_listed_words(typed, line_label(resolved.line), close[:3])
        print_out(ResetCard(kb, resolved, notice))
    raise typer.Exit(EXIT_NO_MATCH)


def show(
    ctx: typer.Context,
    model: Annotated[
        str | None,
        typer.Argument(help="The model (name, alias or id), or just the line: 'tapo'."),
    ] = None,
    line: Annotated[
        str | None,
        typer.Option("--line", metavar="LINE", help="Model unknown: show this line's defaults."),
    ] = None,
    form_factor: ShapeOption = None,
    as_json: AsJson = False,
) -> None:
    """Show a model's reset card: button, hold time, lights, power, with sources (a model
    not listed of a known brand: that brand's defaults and exit 1; nothing matches: exit 2)."""
    short(model, "MODEL")
    short(line, "--line")
    if model is not None and not model.strip():  # not "unknown camera model ''" (review 59)
        raise UsageError("MODEL is empty: give a model (e.g. tapo-c200), or just the line: 'tapo'")
    kb = cli(ctx).kb()
    try:
        shape = FormFactor(form_factor) if form_factor else None
        resolved, match = _pick(kb, model, line, shape)
    except UnknownModelError as exc:
        _not_listed(kb, model or "", exc, as_json)
        return
    guessed = model if match is not None and not match.exact else None
    fcc = match.fcc_id if match is not None and match.exact else None
    odd_shape = _unlisted_shape(kb, resolved)
    if as_json:
        said = {"taken_as": guessed} if guessed else {"notice": odd_shape} if odd_shape else {}
        _print_json(said | ({"found_by_fcc_id": fcc} if fcc else {}) | _resolved_json(resolved))
        return
    notice = taken_as_words(guessed, resolved.name) if guessed else odd_shape
    if fcc:
        notice = fcc_id_words(fcc, resolved.name)
    print_out(ResetCard(kb, resolved, notice))
