"""Named emulated cameras, started on one address: what tests and people run by hand.

Each profile is one camera as a LAN would see it: its discovery responder(s) and, for
cameras that can be reset remotely, its HTTP service on the same address. On loopback every
camera gets its own 127.0.0.N; in a network namespace `listen_all` binds 0.0.0.0 and joins
the multicast groups, so broadcast and multicast probes reach it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TypeVar

from camreset.net import dhip, kasa, sadp, tapo, wsdiscovery
from camreset.net.emulators.dahua import DahuaCamera
from camreset.net.emulators.discovery import KasaResponder, SadpResponder, TapoResponder
from camreset.net.emulators.http import serve_http
from camreset.net.emulators.onvif import OnvifCamera
from camreset.net.emulators.udp import Handler, serve_udp

ONVIF_MACS = {True: "00:12:34:00:00:01", False: "00:12:34:00:00:02"}  # factory, set up
TAPO_PORT = tapo.PORTS[0]  # cameras recorded answering on 20002
Device = TapoResponder | KasaResponder | SadpResponder | DahuaCamera | OnvifCamera


@dataclass(frozen=True)
class Options:
    address: str
    username: str = "admin"
    password: str = "emulated"
    listen_all: bool = False
    http_port: int = 0
    clock_offset: timedelta = timedelta(0)
    model: str | None = None
    """Another model name for the Dahua-family camera to report (its DHIP `DeviceType`)."""
    vendor: str | None = None
    """The maker it reports (DHIP `Vendor`): "General" for Dahua's own, "Lorex"; the recorded
    reply is an Amcrest's, so a Dahua session's `n` found "Amcrest …, not the Dahua … of this
    session" (installer review 74, G #8)."""
    mac: str | None = None
    """Another MAC: two Dahua-family emulators on one machine both said 9c:8e:cd:00:00:02, so
    `scan` merged them into one row with another address's reset card (G #8)."""


@dataclass
class RunningCamera:
    """A started emulated camera; `device` holds its state (actions, failed logins)."""

    profile: str
    address: str
    device: Device
    http_port: int | None = None
    _closers: list[asyncio.BaseTransport | asyncio.Server] = field(default_factory=list)

    async def close(self) -> None:
        for closer in self._closers:
            closer.close()
            if isinstance(closer, asyncio.Server):
                await closer.wait_closed()


async def _udp(
    camera: RunningCamera, options: Options, port: int, handler: Handler, groups: tuple[str, ...]
) -> None:
    transport = await serve_udp(
        options.address, port, handler, groups=groups, listen_all=options.listen_all
    )
    camera._closers.append(transport)


def _discovery_only(
    make: Callable[[Options], TapoResponder | KasaResponder | SadpResponder],
    port: int,
    group: str | None = None,
) -> Starter:
    async def start(name: str, options: Options) -> RunningCamera:
        device = make(options)
        camera = RunningCamera(name, options.address, device)
        await _udp(camera, options, port, device.handle, (group,) if group else ())
        return camera

    return start


HttpDevice = TypeVar("HttpDevice", DahuaCamera, OnvifCamera)


def _with_http(
    make: Callable[[Options], HttpDevice],
    discovery: Callable[[HttpDevice], Handler],
    port: int,
    group: str,
) -> Starter:
    """A camera that answers discovery (`discovery` of the device, on `port` and `group`) and
    serves HTTP on the same address."""

    async def start(name: str, options: Options) -> RunningCamera:
        device = make(options)
        camera = RunningCamera(name, options.address, device)
        server = await serve_http(options.address, options.http_port, device.handle_http)
        camera._closers.append(server)
        device.http_port = camera.http_port = server.sockets[0].getsockname()[1]
        await _udp(camera, options, port, discovery(device), (group,))
        return camera

    return start


def _dahua(reply_file: str) -> Starter:
    def make(options: Options) -> DahuaCamera:
        device = DahuaCamera(reply_file, options.address, options.username, options.password)
        if options.model:
            device.info["DeviceType"] = options.model
        if options.vendor:
            device.info["Vendor"] = device.info["Manufacturer"] = options.vendor
        if options.mac:
            device.reply["mac"] = options.mac
        return device

    return _with_http(make, lambda device: device.handle_dhip, dhip.PORT, dhip.GROUP)


def _onvif(factory: bool) -> Starter:
    def make(options: Options) -> OnvifCamera:
        return OnvifCamera(
            options.address,
            ONVIF_MACS[factory],
            options.username,
            options.password,
            factory=factory,
            clock_offset=options.clock_offset,
        )

    return _with_http(make, lambda device: device.handle_wsd, wsdiscovery.PORT, wsdiscovery.GROUP)


Starter = Callable[[str, Options], Awaitable[RunningCamera]]
PROFILES: dict[str, tuple[str, Starter]] = {
    "tapo-factory": (
        "Tapo TC40 out of the box (factory_default=true)",
        _discovery_only(lambda o: TapoResponder("tapo-tc40-factory.json", o.address), TAPO_PORT),
    ),
    "tapo-set-up": (
        "Tapo C210, set up (factory_default=false)",
        _discovery_only(lambda o: TapoResponder("tapo-c210-set-up.json", o.address), TAPO_PORT),
    ),
    "kasa-set-up": (
        "Kasa Spot EC60, set up",
        _discovery_only(lambda o: KasaResponder("kasa-ec60-set-up.json"), kasa.PORT),
    ),
    "dahua-uninitialised": (
        "Amcrest IP4M-1041B, not initialised, on 192.168.1.108 with DHCP off; CGI with digest",
        _dahua("dhip-amcrest-uninitialised.json"),
    ),
    "dahua-initialised": (
        "Amcrest IP4M-1041B, initialised, DHCP; CGI with digest",
        _dahua("dhip-amcrest-initialised.json"),
    ),
    "hikvision-not-activated": (
        "Hikvision DS-2CD2143G0-I, not activated, on 192.168.1.64",
        _discovery_only(
            lambda o: SadpResponder("sadp-hikvision-not-activated.xml", o.address),
            sadp.PORT,
            sadp.GROUP,
        ),
    ),
    "hikvision-activated": (
        "Hikvision DS-2CD2143G0-I, activated, DHCP",
        _discovery_only(
            lambda o: SadpResponder("sadp-hikvision-activated.xml", o.address),
            sadp.PORT,
            sadp.GROUP,
        ),
    ),
    "onvif-factory": ("ONVIF camera, Profile Q FactoryDefault; device service", _onvif(True)),
    "onvif-set-up": ("ONVIF camera, Profile Q Operational; device service", _onvif(False)),
}


async def start_camera(profile: str, options: Options) -> RunningCamera:
    """Start the named emulated camera on `options.address`; KeyError for an unknown name."""
    _description, starter = PROFILES[profile]
    return await starter(profile, options)
