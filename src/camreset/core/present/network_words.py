"""What camreset found or sent over the network, in the words a person reads: one place, so
the terminal, the web page and the report say a check's result the same way."""

from __future__ import annotations

from camreset.core.kb.facts import Confidence
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.setup_signs import listing

NETWORK_RESULT_WORDS = {
    "factory": "Over the network it says it is back at factory settings",
    "set-up": "Over the network it says it is still set up",
    "no-answer": "No answer over the network (or it did not say)",
}
"""What a check over the network found, as a history line and in the report."""

BEHIND_ITS_RECORDER = (
    "camreset cannot check it over the network here: on its recorder's own ports the camera is "
    "on the recorder's network, which your computer cannot reach."
)
"""Where a camera that pairs through a recorder is said to be on that recorder's own ports, on
a check a computer on the person's network could otherwise answer: a technician with one saw
no network check offered, and nothing said why (technician review 74, G #6)."""
FIND_ITS_PAGE = (
    " Its address: camreset's “Find my camera on this network” (on the computer running "
    "camreset, in a terminal: camreset scan), the vendor's tool or the router's list of "
    "devices gives it{factory}."
)
"""Said where a camera is set up again on its own web page: "open its web page" alone left a
person with no address to open (after-reset review 58). The terminal's command is said as the
computer's: "(in a terminal: camreset scan)" alone, on a phone, read as a step for the phone
(session-71 review E, #12)."""
FACTORY_AT = "; after a reset it may be at its factory address, {ip}"
"""Where the sources give the factory address, beside the ways to find the camera's address."""
UNCONFIRMED = "one unconfirmed source says so"
IN_ITS_TOOL = (
    " Its address: {tool} shows it, as do camreset's “Find my camera on this network” (on the "
    "computer running camreset, in a terminal: camreset scan) and the router's list of "
    "devices{factory}."
)
"""The same where the sources name the maker's tool that lists the camera (Hikvision's SADP):
its guide says the camera takes an address by DHCP and SADP finds it, the factory address
being what it falls back to (diff review 63, #6)."""
FACTORY_IF_NOT = "; only if none of them finds it, try its factory address, {ip}"


def factory_doubt(model: ResolvedModel, unconfirmed: str = UNCONFIRMED) -> str:
    """How sure its factory address is, said beside it: the other address where sources
    disagree (Hikvision's guide gives 192.168.1.64, a 2015 list 192.0.0.64: the pages said
    "one unconfirmed source says so", the disagreement was on the card only: diff review 63,
    #6), `unconfirmed` where one weak claim gives it, nothing where it is sure."""
    fact, ip = model.facts.get("default_ip"), model.value("default_ip")
    if fact is None:
        return ""
    others = sorted({c.value for c in fact.claims if isinstance(c.value, str) and c.value != ip})
    if others:
        return f"another source gives {' or '.join(others)}"
    return unconfirmed if fact.confidence is Confidence.low else ""


def find_its_page(ip: object, doubt: str = "", tool: str | None = None) -> str:
    """How to find the address of a camera set up on its web page (`ip`: its factory address
    where the sources give one; `doubt`: how sure it is (factory_doubt), said with it:
    Hikvision's 192.0.0.64, from a 2015 list for older firmware, was given bare on a G2 dome's
    page: installer review 62, #4; `tool`: the maker's tool that lists it, named first, with
    the factory address only if nothing finds it)."""
    words, factory = (IN_ITS_TOOL, FACTORY_IF_NOT) if tool else (FIND_ITS_PAGE, FACTORY_AT)
    if not isinstance(ip, str):
        return words.format(tool=tool, factory="")
    said = factory.format(ip=ip) + (f" ({doubt})" if doubt else "")
    return words.format(tool=tool, factory=said)


MAC_CHECK = (
    "Compare this MAC with the one on the camera's label (or in your router's, switch's or "
    "recorder's list of devices). If they match, type the last four characters of the MAC on "
    "the label to confirm"
)
"""The typed confirmation before a reset over the network: the address may be another
camera's, and only the label tells (an installer's review: the prompt said what to type and
not what to check it against). It does not give the four characters: "(0002)" could be
copied without looking at any label (terminal review 69, T #8)."""


def network_said(address: str, result: str, *, still_open: bool) -> str:
    """What a check over the network found, said right after it; `still_open`: the step it
    was run for is still on screen (nothing answered), so the person checks by eye."""
    said = f"camreset asked the camera at {address}: {NETWORK_RESULT_WORDS[result]}."
    return f"{said} Check it yourself: this step is still open." if still_open else said


def on_factory_address(address: str, answered: str | None = None) -> str:
    """Said on every page after a check found the camera on its maker's factory address
    with DHCP off: an installer's Dahua-built camera was found at 192.168.1.108 and sent to
    the phone app, then to support, with no word of the address (installer review 44). Short,
    and "a computer", not "this computer": on a phone it stood above the page's first answer
    and named a computer the person may not be at. `answered`: where the check reached it,
    said first where it is another address (technician review 74, G #10e: `n` found it at
    the address typed, and every later page sent the person to 192.168.1.108 only)."""
    example = beside(address)
    if answered is not None and answered != address:
        return (
            f"It answered at {answered}; it says it is on its factory address, {address}, with "
            f"DHCP off, where an app may not find it. On a computer on the same network, open "
            f"http://{answered} (or http://{address}), set its new password and turn DHCP on. "
            f"If neither page opens, set the computer's address to {example} (mask "
            "255.255.255.0) until then."
        )
    return (
        f"It is on its factory address, {address}, with DHCP off, where an app may not find "
        f"it. On a computer on the same network, open http://{address}, set its new password "
        "and turn DHCP on. If that page does not open, set the computer's address to "
        f"{example} (mask 255.255.255.0) until then."
    )


MAKERS_FINDER = "the maker's tool for finding its cameras"
ANY_MAKERS_FINDER = f"{MAKERS_FINDER} (Hikvision's SADP, Dahua's ConfigTool)"
"""Where the camera is not known (`camreset check ADDR`): the two whose factory addresses
(192.168.1.64, 192.168.1.108) sit on 192.168.1.x; their sources name these tools."""


def finder(model: ResolvedModel) -> str:
    """The maker's tool that lists its cameras, by name where sourced (Hikvision's SADP: an
    installer looks there, review 63, #6)."""
    listed = listing(model.setup_mode)
    return f"{listed[0]}, {MAKERS_FINDER}" if listed else MAKERS_FINDER


def in_its_range(ip: str | None) -> str:
    """An address to give the computer beside a factory address: the same /24's .100 (.101
    where that is the camera's), or 192.168.1.100 as an example where none is sourced."""
    if ip is None:
        return "e.g. 192.168.1.100, mask 255.255.255.0, for a camera at 192.168.1.x"
    return f"e.g. {beside(ip)}, mask 255.255.255.0"


def beside(ip: str) -> str:
    """The address the computer takes beside a camera at `ip`: its /24's .100 (.101 where that
    is the camera's), the same in every piece of advice (the guide said .50, `check` .100 for
    the same camera: installer review 69, T #9)."""
    first = ".".join(ip.split(".")[:3])
    return f"{first}.{101 if ip == f'{first}.100' else 100}"


def off_subnet_said(address: str, subnet: str, tool: str = ANY_MAKERS_FINDER) -> str:
    """Said after no answer from an address in none of this computer's subnets: "no answer"
    alone sent an installer to a scan, which cannot see it either (installer review 66, D #4;
    docs/network.md). The example address is that subnet's .100 (.101 if that is the camera's)."""
    first = ".".join(address.split(".")[:3])
    return (
        f"This computer has no address in {subnet} ({first}.x), the network of {address}: "
        "a camera there cannot answer it unless a router joins the two (one back at its "
        "factory settings cannot), and a scan from this computer cannot find it either. Give "
        f"this computer an address in that range for now ({in_its_range(address)}), or use "
        f"{tool}, then check again."
    )


def already_factory(name: str, address: str) -> str:
    """Said instead of a reset's confirmation when the camera says it is at factory settings
    already: it has no admin password to log in with, and the job is done (terminal review
    69, T #2: it was offered a hard reset and asked for its password)."""
    return (
        f"The {name} at {address} says it is already back at factory settings (no admin "
        "password set yet): there is nothing to reset, and nothing was sent. Set it up again: "
        f"open its web page, http://{address}, and give it a new admin password (Hikvision "
        "calls this activating it, which its SADP tool also does), or add it in its maker's app."
    )


def remote_sent(model: str, address: str, mac: str, message: str) -> str:
    """Said right after a reset camreset sent: the guide went straight on to "Let the camera
    restart", and a sent reset could not be told from a skipped step (terminal review 69,
    T #3). `message`: what the camera answered, as plain text."""
    return f"Sent to {model} at {address} (MAC {mac}). The camera answered: {message}."


FACTORY_ELSEWHERE = (
    "A camera back at its factory address on another network (a wired Dahua: "
    "192.168.1.108; Hikvision: 192.168.1.64, by its guide) cannot answer a scan from this "
    "computer: give this computer an address in that range for now (e.g. 192.168.1.100, mask "
    "255.255.255.0), or ask it with `camreset check ADDR`, which says why it does not answer."
)
"""The one line after a scan that found nothing: it is the command a technician runs first
after a reset, when a Dahua or Hikvision sits on its factory address with DHCP off, and it
said only "No cameras answered." (terminal review 69, T #6)."""


NETWORK_SKIP = "Skip this: I can't check over the network"
NO_PASSWORD_SENT = "No password typed: nothing was sent."  # the guide's `r` and reset-remote

REMOTE_ACTION_WORDS = {
    "factory_reset_hard": "Factory reset sent over the network (hard: the network settings too)",
    "factory_reset_soft": "Factory reset sent over the network (soft: network settings kept)",
    "reboot": "Restart sent over the network",
}
"""A remote action camreset sent, as a history line and in the report."""


def as_sentence(trouble: str) -> str:
    """What went wrong over the network, written as the command line's `error:` lines print
    it (a lower-case clause, no full stop), as a sentence on a page or in the guide: "the
    camera refused the username or password; …" and "the camera at … check the address" were
    printed there as they came (installer review 69, T #10)."""
    said = trouble.strip()
    if not said:
        return said
    if not said.startswith("camreset "):  # its name is written small everywhere
        said = f"{said[:1].upper()}{said[1:]}"
    return said if said.endswith((".", "!", "?")) else f"{said}."


APP_ON_THE_NETWORK = (
    "On a phone on the same network, in the {app} app: the reset {noun} shows there as new, "
    "not yet set up; tap it and set a new password."
)
"""A wired camera its sources also set up in its app (a Reolink shows there as "Uninitialized":
cleveland-reolink-reset): a person with the app and no computer read only "On a computer on
the same network …" (session-71 review E, #4)."""


SETUP_STATE_SHORT = {
    "factory": "Back at factory settings",
    "set_up": "Still set up",
    "unknown": "Does not say",
}
"""A camera found on the network, by the setup state its discovery reply tells, in a table's
cell (`scan` and `check`): the words the web's finder and `reset-remote` begin with. The
tables said "set up" where the web and the guide said "Still set up" (session 70 leftover);
the JSON keeps the id ("set_up")."""
SETUP_STATE_WORDS = {
    "factory": f"{SETUP_STATE_SHORT['factory']} (ready to be set up)",
    "set_up": SETUP_STATE_SHORT["set_up"],
    "unknown": f"{SETUP_STATE_SHORT['unknown']} whether it is set up",
}
"""The same, where there is room to say it whole: the web's finder and `reset-remote`."""
