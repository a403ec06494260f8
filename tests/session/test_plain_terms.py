"""A home owner is not asked for what "the vendor's LAN tool" shows (review 71 E, #12): the
start time Hikvision's support asks for is said as shown by the maker's program on a computer
on the same network, on the page and in the report alike."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.present.term_words import IN_PLAIN_WORDS, TERMS, apart, explained
from camreset.core.present.way_back_fold import way_back_lead
from camreset.core.session import Guide
from camreset.kb_files import load_kb


def test_the_start_time_is_said_without_lan_tool(guide: Guide) -> None:
    page = answered(guide, ("forgot-password",), model="hikvision-ds-2cd2143g2-i").current
    assert "LAN tool" not in page.text
    said = "the device's start time (the maker's program on a computer on the same network"
    assert said in " ".join(page.text.split())


def test_hikvisions_way_back_in_says_what_sadp_lan_xml_and_start_time_are(guide: Guide) -> None:
    """It said "SADP (PC on the same LAN) > … export XML … note Start Time … enter key or
    import file" and never what any of it is (review 71 E, #12)."""
    page = answered(guide, ("forgot-password",), model="hikvision-ds-2cd2143g2-i").current
    paragraphs = page.text.split("\n\n")
    route = next(i for i, p in enumerate(paragraphs) if p.startswith("• SADP"))
    plain = paragraphs[route + 1]  # right after the paragraph that first says them
    assert plain.startswith(IN_PLAIN_WORDS)
    assert "SADP is Hikvision's program for a computer" in plain
    assert "LAN means your home network" in plain
    assert "The XML file is a file SADP saves" in plain
    assert "Start Time is when the camera last started" in plain
    assert "The key or file is what support sends back" in plain
    assert page.text.count(IN_PLAIN_WORDS) == 1  # said once, not after every way
    _, folded = way_back_lead(page.text)
    assert plain in folded  # on the web, in "How, step by step", beside the way it explains
    assert apart(page.text) == (page.text.replace(f"\n\n{plain}", ""), plain)  # the terminal's


def test_a_term_about_sadp_is_not_explained_on_a_page_without_it() -> None:
    """An XML file of another maker is no file SADP saves."""
    said = explained(["Web page > export XML > send it to support.", "LAN or Wi-Fi."])
    assert not any("XML" in line for line in said if line.startswith(IN_PLAIN_WORDS))
    assert said[-1] == IN_PLAIN_WORDS + next(t.plain for t in TERMS if t.name == "LAN")


def test_every_explanation_that_states_a_fact_names_a_source_the_kb_has() -> None:
    sources = load_kb().sources
    assert all(t.source in sources for t in TERMS if t.source)
    assert {t.name for t in TERMS if t.source is None} == {"LAN"}  # a word's meaning only
