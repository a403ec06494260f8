"""Where a maker's document was read: on the maker's own site, or in a copy elsewhere.

Many makers' manuals are read on manual-mirror sites (manualshelf.com, easymanua.ls…) or as
uploads (scribd.com). The words are the maker's, so the claim keeps the confidence of the
maker's own documentation; but "Sure (the maker's own documentation says so)" should not
read as if the maker's site had been checked, so a fact that rests only on such copies says
where it was read (a CLI reviewer found Scribd uploads and a bare-IP mirror behind "Sure").
"""

from __future__ import annotations

from ipaddress import ip_address
from urllib.parse import urlsplit

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import SourceKind

COPY_HOSTS = frozenset({
    "anleitungbedienungs.com", "azmanual.top", "documentine.com", "easymanua.ls", "hozir.org",
    "manualmachine.com", "manuals.online", "manuals.plus", "manualsfile.com", "manualshelf.com",
    "manualshive.com", "manualslib.com", "manualspro.net", "manualowl.com", "manualzz.com",
    "manuzoid.com", "notice-facile.com", "scribd.com", "usermanuals.tech",
})  # fmt: skip
"""Sites that host copies of makers' manuals and uploaded documents (and their subdomains)."""
MAKERS = frozenset({SourceKind.vendor_page, SourceKind.vendor_manual, SourceKind.vendor_forum})


def copy_host(kb: KnowledgeBase, source_id: str) -> str | None:
    """The site a maker's document was read on when that is a copy ("scribd.com"); None for
    the maker's own site, or for a source that is not the maker's."""
    source = kb.sources.get(source_id)
    if source is None or source.kind not in MAKERS or source.url is None:
        return None
    host = (urlsplit(str(source.url)).hostname or "").removeprefix("www.")
    if _is_address(host):
        return host
    copied = "copy" in source.publisher.casefold() or "mirror" in source.publisher.casefold()
    known = next((h for h in COPY_HOSTS if host == h or host.endswith(f".{h}")), None)
    return known or (host if copied else None)


def read_in_copies(kb: KnowledgeBase, sources: tuple[str, ...]) -> str | None:
    """ "scribd.com, manualshelf.com" when every one of a fact's maker sources was read in a
    copy (None when one is on the maker's own site, or none is the maker's)."""
    makers = [s for s in sources if (src := kb.sources.get(s)) is not None and src.kind in MAKERS]
    hosts = [copy_host(kb, s) for s in makers]
    if not makers or None in hosts:
        return None
    return ", ".join(dict.fromkeys(h for h in hosts if h))


def _is_address(host: str) -> bool:
    try:
        ip_address(host)
    except ValueError:
        return False
    return True
