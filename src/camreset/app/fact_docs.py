"""The JSON of a fact behind a step: its words, how sure, and its sources by id with the title
and address a helpdesk tool can cite.

The API gave a fact's sources only as ids ("ring-support-k8jn9"): the desk's page showed
"Transfer ownership of a Ring device" as a link, the helpdesk's own tool had an id to read
out (helpdesk review 70, H #8). `cited` sits beside `sources` (additive: a client coded
against the ids keeps working), from the knowledge base the session's steps were made with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, Field

from camreset.core.kb.schema import Source
from camreset.core.present.facts import FactView


class SourceDoc(BaseModel):
    """One source, as the web page's "Sources:" links name it."""

    id: str
    title: str = Field(description="the source's title, as the web page links it")
    url: str | None = Field(description="where it is published; null for a seed file")
    publisher: str = Field(description="who published it")


class ClaimDoc(BaseModel):
    """One of the values sources give where they differ."""

    words: str
    confidence: str
    sure: str = Field(description="the confidence in words, e.g. 'Fairly sure'")
    sources: list[str] = Field(description="source ids, as `camreset` cards cite them")
    cited: list[SourceDoc] = Field(
        default_factory=list, description="the same sources, each with its title and URL"
    )
    publishers: list[str] = Field(description="who published those sources, each once")


class FactDoc(BaseModel):
    """A fact with its words, how sure it is and where it came from."""

    name: str
    label: str
    text: str
    lines: list[str]
    confidence: str | None
    sure: str | None = Field(description="the confidence in words, e.g. 'Fairly sure'")
    sure_why: str | None
    origin: str | None = Field(description="which default this is; null for the model's own")
    disagreement: list[str] = Field(description="how sources disagree, one line per claim")
    claims: list[ClaimDoc] = Field(
        description="where sources differ, each value with who gave it; [] where they do not"
    )
    note: str | None
    sources: list[str] = Field(description="source ids, as `camreset` cards cite them")
    cited: list[SourceDoc] = Field(
        default_factory=list,
        description="the same sources, in the same order, each with its title and URL",
    )


def cited(ids: Sequence[str], sources: Mapping[str, Source]) -> list[SourceDoc]:
    """Each id's source, in order; an id the knowledge base has no source for is left out."""
    return [
        SourceDoc(
            id=i,
            title=s.title,
            url=None if s.url is None else str(s.url),
            publisher=s.publisher,
        )
        for i in ids
        if (s := sources.get(i)) is not None
    ]


def fact_doc(view: FactView, sources: Mapping[str, Source]) -> FactDoc:
    return FactDoc(
        name=view.name,
        label=view.label,
        text=view.text,
        lines=list(view.lines),
        confidence=view.confidence,
        sure=view.sure,
        sure_why=view.sure_why,
        origin=view.origin,
        disagreement=list(view.disagreement),
        claims=[
            ClaimDoc(
                words=c.words,
                confidence=c.confidence,
                sure=c.sure,
                sources=list(c.sources),
                cited=cited(c.sources, sources),
                publishers=list(c.publishers),
            )
            for c in view.claims
        ],
        note=view.note,
        sources=list(view.sources),
        cited=cited(view.sources, sources),
    )
