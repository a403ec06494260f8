"""docs/seed-coverage.md and the KB's `seed_passages` agree both ways, so no passage of the
seed guides is silently dropped and the table never names a record that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

from camreset.kb_files import load_kb

DOC = Path(__file__).parents[2] / "docs" / "seed-coverage.md"
ROW = re.compile(r"^\| `(S\d{3}-[a-z0-9-]+)` \| (.+?) \| (.+) \|$")


def table() -> dict[str, set[str]]:
    """passage id → KB ids named in its row."""
    rows: dict[str, set[str]] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            passage, paraphrase, ids = match.groups()
            assert passage not in rows, f"{passage} listed twice"
            assert paraphrase.strip(), f"{passage} has no paraphrase"
            rows[passage] = set(re.findall(r"`([a-z0-9-]+)`", ids))
    return rows


def citing() -> dict[str, set[str]]:
    """passage id → ids of the KB records whose `seed_passages` cite it."""
    ts = load_kb().troubleshooting
    records = [
        *((a.id, a.seed_passages) for a in ts.actions),
        *((q.id, q.seed_passages) for q in ts.questions),
        *((b.id, b.seed_passages) for b in ts.background),
        ("escalation", ts.escalation.seed_passages),
        ("success", ts.success.seed_passages),
    ]
    cited: dict[str, set[str]] = {}
    for record_id, passages in records:
        for passage in passages:
            cited.setdefault(passage, set()).add(record_id)
    return cited


def kb_ids() -> set[str]:
    ts = load_kb().troubleshooting
    groups = (ts.actions, ts.questions, ts.causes, ts.background)
    return {item.id for group in groups for item in group} | {"escalation", "success"}


def test_both_seeds_are_covered_passage_by_passage() -> None:
    rows = table()
    assert sum(p.startswith("S000-") for p in rows) == 15
    assert sum(p.startswith("S004-") for p in rows) == 17


def test_every_passage_in_the_table_is_cited_by_the_kb() -> None:
    assert sorted(set(table()) - set(citing())) == []


def test_every_passage_the_kb_cites_is_in_the_table() -> None:
    assert sorted(set(citing()) - set(table())) == []


def test_every_kb_id_in_the_table_exists() -> None:
    named = set().union(*table().values())
    assert sorted(named - kb_ids()) == []


def test_every_record_citing_a_passage_is_listed_in_its_row() -> None:
    rows = table()
    missing = {p: sorted(ids - rows.get(p, set())) for p, ids in citing().items()}
    assert {p: ids for p, ids in missing.items() if ids} == {}
