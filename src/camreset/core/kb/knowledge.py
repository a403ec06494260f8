"""The loaded knowledge base: every record by id, and where each came from."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from camreset.core.kb.schema import (
    CameraModel,
    DefaultsFile,
    FormFactor,
    Line,
    LineFile,
    Pattern,
    PatternsFile,
    Source,
    SourcesFile,
)
from camreset.core.kb.troubleshooting import TroubleshootingFile
from camreset.errors import UnknownModelError

OTHER = "other"
"""The line id of "another brand, or I don't know the brand": defaults.yaml's `any_brand`."""


@dataclass(frozen=True)
class Located:
    """A record and the file and key path it was written at (for error messages)."""

    file: str
    path: tuple[str | int, ...]


@dataclass
class KnowledgeBase:
    sources: dict[str, Source]
    patterns: dict[str, Pattern]
    colors: dict[str, str]
    defaults: DefaultsFile
    troubleshooting: TroubleshootingFile
    lines: dict[str, Line]
    models: dict[str, CameraModel]
    model_line: dict[str, str]
    where: dict[str, Located] = field(default_factory=dict)
    duplicates: list[tuple[str, str, Located]] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    """The YAML it was built from: older sessions' views are built from it (loader.seen_from).
    A copy altered in code (`dataclasses.replace`) keeps these and the same `views`: an older
    session over it sees the YAML's facts, not the copy's (build such a copy with no texts)."""
    revisions: frozenset[int] = frozenset()
    """Every `since` and `retired` its facts are marked with (revisions.py)."""
    views: dict[int, KnowledgeBase] = field(default_factory=dict, repr=False, compare=False)
    view_builder: Callable[[int], KnowledgeBase] | None = field(
        default=None, repr=False, compare=False
    )
    """Where an older view comes from when not built from `texts` here: the cache's files."""

    @classmethod
    def assemble(
        cls,
        *,
        sources: SourcesFile,
        patterns: PatternsFile,
        defaults: DefaultsFile,
        troubleshooting: TroubleshootingFile,
        lines: dict[str, LineFile],
        more_sources: dict[str, SourcesFile] | None = None,
    ) -> KnowledgeBase:
        kb = cls(
            sources={},
            patterns={},
            colors=dict(patterns.colors),
            defaults=defaults,
            troubleshooting=troubleshooting,
            lines={},
            models={},
            model_line={},
        )
        files = {"sources.yaml": sources, **(more_sources or {})}
        for file in sorted(files):
            for i, src in enumerate(files[file].sources):
                kb._add("source", kb.sources, src.id, src, Located(file, ("sources", i)))
        for i, pat in enumerate(patterns.patterns):
            kb._add("pattern", kb.patterns, pat.id, pat, Located("patterns.yaml", ("patterns", i)))
        for name in sorted(lines):
            lf = lines[name]
            for i, src in enumerate(lf.sources):
                kb._add("source", kb.sources, src.id, src, Located(name, ("sources", i)))
            for i, pat in enumerate(lf.patterns):
                kb._add("pattern", kb.patterns, pat.id, pat, Located(name, ("patterns", i)))
            kb._add("line", kb.lines, lf.line.id, lf.line, Located(name, ("line", "id")))
            for i, model in enumerate(lf.models):
                kb._add("model", kb.models, model.id, model, Located(name, ("models", i, "id")))
                kb.model_line.setdefault(model.id, lf.line.id)
        return kb

    def _add(
        self, kind: str, table: MutableMapping[str, Any], key: str, value: Any, at: Located
    ) -> None:
        slot = f"{kind}:{key}"
        if key in table:
            self.duplicates.append((kind, key, at))
            return
        table[key] = value
        self.where[slot] = at

    def line_of(self, model_id: str) -> Line:
        return self.lines[self.model_line[model_id]]

    def line(self, line_id: str) -> Line:
        """The line with this id (`other`: any brand); UnknownModelError listing the lines."""
        found = self.lines.get(line_id)
        if found is None and line_id == OTHER:
            found = self.defaults.any_brand
        if found is None:
            raise UnknownModelError(line_id, self.line_ids())
        return found

    def shapes(self, line_id: str) -> list[str]:
        """The shapes of the line's listed models (form factor ids, in the drawings' order):
        what its brand is known to make. Empty for `other` and for a line of unknown shapes."""
        made = {m.shape for i, m in self.models.items() if self.model_line[i] == line_id}
        return [ff.value for ff in FormFactor if ff.value in made]

    def powers_of_shape(self, shape: str | None) -> frozenset[str]:
        """Every way the sources power a listed camera of this shape (power kind ids); every
        shape's together for None. Lets "How is it powered?" leave out wiring no camera of
        the shape has (doorbell wires on a pan-tilt camera)."""
        return frozenset(
            claim.value.kind.value
            for model in self.models.values()
            if shape is None or model.shape == shape
            for fact in model.power or ()
            for claim in fact.all_claims
        )

    def usual_powers(self, shape: str) -> frozenset[str]:
        """The ways some listed camera of this shape is powered with no other, where every
        listed camera of the shape that has a sourced way has one of them (power kind ids;
        empty where they do not cover it): a doorbell's battery and doorbell wiring."""
        ways = [
            frozenset(c.value.kind.value for f in m.power or () for c in f.all_claims)
            for m in self.models.values()
            if m.shape == shape
        ]
        sole = frozenset(k for w in ways if len(w) == 1 for k in w)
        return sole if all(w & sole for w in ways if w) else frozenset()

    def line_ids(self) -> list[str]:
        """Every line a session may start with: the brands' lines, then `other` if it is set."""
        return sorted(self.lines) + ([OTHER] if self.defaults.any_brand else [])
