"""What the knowledge base says reaches the terminal as written: a name, an alias or a source's
title is never read as Rich markup (`[bold]`) or an emoji code (`:warning:`)."""

from __future__ import annotations

import dataclasses
import io

from rich.console import Console

from camreset.cli.render_card import ResetCard
from camreset.cli.render_models import ModelTable
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.search import Match
from camreset.core.present.facts import card_sources
from camreset.kb_files import load_kb

ODD = "Manual [bold]v2[/bold] :warning: page"


def printed(renderable: object) -> str:
    out = io.StringIO()
    Console(file=out, width=200, highlight=False).print(renderable)
    return out.getvalue()


def test_a_model_list_prints_names_as_written() -> None:
    row = Match("odd-1", ODD, "tapo", None, 1.0, ODD)
    shown = printed(ModelTable([row], {}, show_match=True))
    assert shown.count(ODD) == 2


def test_a_card_prints_a_sources_title_as_written() -> None:
    kb = load_kb()
    resolved = resolve_model(kb, "tapo-c200")
    first = card_sources(resolved)[0]
    odd = kb.sources[first].model_copy(update={"title": ODD})
    kb = dataclasses.replace(kb, sources={**kb.sources, first: odd})
    assert ODD in printed(ResetCard(kb, resolved))
