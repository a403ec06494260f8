"""Every factory address the network notes name is a sourced `default_ip` of the brand named
with it: the hard-reset note and the scan's note said "Dahua and Amcrest: 192.168.1.108", and no
Amcrest fact gives that address (installer review 71, I #5)."""

from __future__ import annotations

import re

from camreset.core.kb.resolve import resolve_model
from camreset.core.present.network_words import FACTORY_ELSEWHERE
from camreset.kb_files import load_kb
from camreset.net.remote import HARD_RESET_NOTE

NAMED = re.compile(r"((?:[A-Z][a-z]+)(?: and [A-Z][a-z]+)*): (\d+\.\d+\.\d+\.\d+)")


def test_each_address_in_the_notes_is_a_sourced_default_of_its_brand() -> None:
    kb = load_kb()
    sourced: dict[str, set[str]] = {}
    for model in kb.models:
        resolved = resolve_model(kb, model)
        ip = resolved.value("default_ip")
        if isinstance(ip, str):
            sourced.setdefault(resolved.line.brand.casefold(), set()).add(ip)
    for note in (HARD_RESET_NOTE, FACTORY_ELSEWHERE):
        named = NAMED.findall(note)
        assert named, note
        for brands, ip in named:
            for brand in brands.split(" and "):
                assert ip in sourced.get(brand.casefold(), set()), (brand, ip, note)
