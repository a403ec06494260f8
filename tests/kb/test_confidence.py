"""Confidence is computed from the sources, the same way everywhere (issue: knowledge a
person can trust): high only from a vendor source covering the model or its whole line,
medium from two independent publishers, low otherwise."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.core.kb.confidence import claim_confidence, deciding_sources, judge
from camreset.core.kb.facts import Cite, Claim, Confidence
from camreset.core.kb.places import fact_places
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.schema import Source, SourceKind
from camreset.kb_files import load_kb


def source(sid: str, kind: str, publisher: str, covers: list[str] | None = None) -> Source:
    if kind == "seed":
        return Source(id=sid, seed=f"{sid}.txt", title=sid, publisher=publisher, kind=kind)
    return Source(
        id=sid,
        url=f"https://example.com/{sid}",
        title=sid,
        publisher=publisher,
        kind=SourceKind(kind),
        covers=covers or [],
    )


VENDOR_C200 = source("v-c200", "vendor_manual", "TP-Link", ["tapo-c200"])
VENDOR_LINE = source("v-line", "vendor_page", "TP-Link", ["line:tapo"])
BLOG_A = source("blog-a", "third_party_guide", "Smart Home Ways")
BLOG_B = source("blog-b", "third_party_guide", "The Home Guide Pro")
BLOG_A_AGAIN = source("blog-a2", "third_party_guide", "  smart home WAYS ")
BLOG_A_SITE = source("blog-a3", "third_party_guide", "smarthomeways.com (blog)")
BLOG_RETELLING = source("blog-r", "third_party_guide", "Retold Tips").model_copy(
    update={"retells": "v-c200"}
)
"""A blog that rewords the vendor's manual step by step (KB audit 60: Lorex 1611)."""
SEED = source("seed-x", "seed", "whoever")
SCOS_PAGE = source("scos-page", "third_party_guide", "scOS")


@pytest.mark.parametrize(
    ("sources", "model", "expected"),
    [
        ([VENDOR_C200], "tapo-c200", Confidence.high),
        ([VENDOR_C200], "tapo-c210", Confidence.low),  # the manual is not about this model
        ([VENDOR_C200], None, Confidence.low),  # nor about the line as a whole
        ([VENDOR_LINE], "tapo-c210", Confidence.high),
        ([VENDOR_LINE], None, Confidence.high),
        ([BLOG_A, BLOG_B], "tapo-c210", Confidence.medium),
        ([BLOG_A, BLOG_A_AGAIN], "tapo-c210", Confidence.low),  # one publisher, two pages
        ([BLOG_A, BLOG_A_SITE], "tapo-c210", Confidence.low),  # its site's name, a note
        ([SEED, SCOS_PAGE], "tapo-c210", Confidence.low),  # the seeds' publisher is scOS
        ([VENDOR_C200, BLOG_A], "tapo-c210", Confidence.medium),  # two publishers still agree
        ([BLOG_A], "tapo-c200", Confidence.low),
        ([VENDOR_C200, BLOG_RETELLING], "tapo-c210", Confidence.low),  # one word, told twice
        ([VENDOR_C200, BLOG_RETELLING], "tapo-c200", Confidence.high),
        ([BLOG_A, BLOG_RETELLING], "tapo-c210", Confidence.medium),  # what it retells not cited
    ],
)
def test_confidence_follows_kind_publisher_and_coverage(
    sources: list[Source], model: str | None, expected: Confidence
) -> None:
    assert judge(sources, model, "tapo") is expected


def test_the_sources_a_confidence_rests_on_are_the_deciding_ones() -> None:
    known = {s.id: s for s in (VENDOR_C200, BLOG_A, BLOG_B)}
    cites = [Cite(source=s, at="p. 1", says="Hold five seconds.") for s in known]
    claim: Claim[int] = Claim(value=5, cites=cites)
    assert deciding_sources(claim, known, "tapo-c200", "tapo") == ["v-c200"]
    assert deciding_sources(claim, known, "tapo-c210", "tapo") == []  # any two blogs suffice
    two = Claim(value=5, cites=cites[1:])
    assert deciding_sources(two, known, "tapo-c210", "tapo") == ["blog-a", "blog-b"]


def test_no_model_shows_a_high_fact_its_vendor_source_does_not_cover() -> None:
    kb = load_kb()
    highs = 0
    for model_id in kb.models:
        model = resolve_model(kb, model_id)
        every = [*model.facts.values(), *(r for rs in model.lists.values() for r in rs)]
        for resolved in every:
            for claim, level in zip(resolved.claims, resolved.confidences, strict=True):
                if level is not Confidence.high:
                    continue
                highs += 1
                line = kb.model_line[model_id]
                assert any(
                    kb.sources[s].kind.is_vendor
                    and (model_id in kb.sources[s].covers or f"line:{line}" in kb.sources[s].covers)
                    for s in claim.sources
                ), (model_id, claim)
    assert highs > 0


def test_kb_sources_lists_what_each_source_decides() -> None:
    result = CliRunner().invoke(app, ["kb", "sources", "--json"])
    assert result.exit_code == 0
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert set(rows) == set(load_kb().sources)
    ipm = rows["amcrest-support-360001961872"]
    assert ipm["kind"] == "vendor_page" and ipm["publisher"] == "Amcrest"
    assert "amcrest-ipm-743e: hold (high)" in ipm["decides"]
    assert rows["seed-tplink"]["claims"] > 0


def test_claims_that_say_the_same_in_other_words_lend_each_other_their_sources() -> None:
    """Two publishers who each wrote "2.4 GHz only" with a note of their own agree: the fact
    a person reads is "medium", while each claim listed under it keeps its own "low"."""
    from camreset.core.kb.confidence import agreed_confidence
    from camreset.core.kb.values import Wifi

    known = {s.id: s for s in (BLOG_A, BLOG_B, BLOG_A_AGAIN)}

    def claim(note: str, sid: str, bands: list[str]) -> Claim[object]:
        value = Wifi.model_validate({"bands": bands, "note": note})
        return Claim(value=value, cites=[Cite(source=sid, at="step 1", says="2.4 GHz only.")])

    agree = [
        claim("the phone on 2.4 GHz", "blog-a", ["2.4GHz"]),
        claim("split the SSID", "blog-b", ["2.4GHz"]),
    ]
    assert [agreed_confidence(agree, i, known, "tapo-c210", "tapo") for i in (0, 1)] == [
        Confidence.medium,
        Confidence.medium,
    ]
    one_publisher = [agree[0], claim("split the SSID", "blog-a2", ["2.4GHz"])]
    assert agreed_confidence(one_publisher, 0, known, "tapo-c210", "tapo") is Confidence.low
    differ = [agree[0], claim("split the SSID", "blog-b", ["2.4GHz", "5GHz"])]
    assert agreed_confidence(differ, 0, known, "tapo-c210", "tapo") is Confidence.low


def test_a_shipped_fact_two_publishers_agree_on_is_shown_fairly_sure() -> None:
    kb = load_kb()
    wifi = resolve_model(kb, "wyze-cam-v3").facts["wifi"]
    assert [str(c.value.bands[0]) for c in wifi.claims] == ["2.4GHz", "2.4GHz"]
    assert wifi.confidences == (Confidence.low, Confidence.low)  # each on its own
    assert wifi.confidence is Confidence.medium  # together
    result = CliRunner().invoke(app, ["show", "wyze-cam-v3", "--json"])
    shown = json.loads(result.stdout)["facts"]["wifi"]
    assert shown["confidence"] == "medium"
    assert shown["sources"] == ["dvrcms-wyze-app-setup-guide", "scos-wyze-wont-pair"]


@pytest.mark.parametrize(
    ("model", "fact", "sources"),
    [
        ("blink-mini", "power", ["ccdb-blink-mini", "smarthomestarter-blink-lithium-batteries"]),
        ("blink-outdoor", "pairs_via", ["ccdb-blink-outdoor-3rd-gen", "dvrcms-blink-app"]),
    ],
)
def test_a_blink_fact_the_camera_database_also_gives_is_shown_fairly_sure(
    model: str, fact: str, sources: list[str]
) -> None:
    """The Mini's micro-USB power and the Outdoor (3rd Gen)'s Sync Module each rested on one
    blog ("Unconfirmed"); the camera database's record says the same (session 65)."""
    result = CliRunner().invoke(app, ["show", model, "--json"])
    shown = json.loads(result.stdout)["facts"][fact]
    (shown,) = shown if isinstance(shown, list) else [shown]  # power is a list of kinds
    assert (shown["confidence"], sorted(shown["sources"])) == ("medium", sources)


def test_two_publishers_each_saying_one_half_of_a_value_make_no_medium() -> None:
    """A charge of "5 hours, at least 30 %" whose blog gives the level and whose copy of the
    maker's page gives the hours is as sure as either half alone (KB audit 63, row 64)."""
    from camreset.core.kb.confidence import claim_confidence
    from camreset.core.kb.power_values import Charge

    known = {s.id: s for s in (BLOG_A, BLOG_B, VENDOR_C200)}
    value = Charge(hours="5", level_needed="30 %")

    def cite(sid: str, fields: tuple[str, ...] | None) -> Cite:
        return Cite(source=sid, at="step 1", says="Charge it first.", fields=fields)

    def level(*cites: Cite) -> Confidence:
        return claim_confidence(Claim(value=value, cites=list(cites)), known, "tapo-c210", "tapo")

    halves = (cite("blog-a", ("level_needed",)), cite("blog-b", ("hours",)))
    assert level(*halves) is Confidence.low
    assert level(cite("blog-a", None), cite("blog-b", None)) is Confidence.medium  # both say all
    assert level(*halves, cite("v-c200", ("hours",))) is Confidence.low  # the level: one blog
    assert level(*halves, cite("v-c200", None)) is Confidence.medium  # a third says both
    claim = Claim(value=value, cites=[*halves, cite("v-c200", None)])
    # each half rests on its blog and the third source: without any one, a half is alone
    assert deciding_sources(claim, known, "tapo-c210", "tapo") == ["blog-a", "blog-b", "v-c200"]


@pytest.mark.parametrize("model_id", ["nest-cam-battery", "nest-doorbell-battery"])
def test_a_nest_battery_charge_each_half_of_which_one_source_gives_is_unconfirmed(
    model_id: str,
) -> None:
    """The card said "medium" for "5 hours, at least 30 %" though a blog gives only the level
    and a copy of Google's page only the hours: no number had two publishers behind it."""
    result = CliRunner().invoke(app, ["show", model_id, "--json"])
    shown = json.loads(result.stdout)["facts"]["charge"]
    assert shown["value"]["hours"] == "5" and shown["value"]["level_needed"]
    assert shown["confidence"] == "low"
    cites = shown["claims"][0]["cites"]
    assert [c["fields"] for c in cites] == [["level_needed"], ["hours"]]


def test_a_button_place_only_one_publisher_gives_is_unconfirmed_though_two_give_the_tool() -> None:
    """Lifewire says the Nest Cam IQ Indoor has a reset hole pressed with a paperclip, but not
    where it is; only smarthomehood says the bottom. The card said "Fairly sure" of "bottom"
    (session 64). Hikvision's "next to the microSD slot, pressed with a pin": both blogs give
    the place, only one the pin."""
    kb = load_kb()
    nest = resolve_model(kb, "nest-cam-iq-indoor").facts["button"]
    assert str(nest.value.face) == "bottom" and nest.confidence is Confidence.low
    place = next(p for p in fact_places(kb) if p.line_id == "hikvision" and p.path[-1] == "button")
    first = place.fact.all_claims[0]
    assert first.value.near == "the microSD card slot" and str(first.value.tool) == "pin"
    assert claim_confidence(first, kb.sources, None, "hikvision") is Confidence.low


def test_a_copy_of_lifewires_nest_article_is_one_publisher_with_it() -> None:
    """KB audit 67, F10: techitcom's page is Lifewire's article near word for word (its title
    says so), yet it did not say `retells:`, so the two cited together made a "medium"."""
    kb = load_kb()
    pages = [kb.sources["lifewire-reset-nest-cam"], kb.sources["techitcom-reset-nest-cam"]]
    assert judge(pages, "nest-cam-battery", "nest") is Confidence.low
