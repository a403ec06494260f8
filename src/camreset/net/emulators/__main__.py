"""`python -m camreset.net.emulators PROFILE... --address ADDR`: run emulated cameras by hand.

Prints one line per camera, then `ready`, and serves until interrupted. Loopback addresses
(127.0.0.N) work as they are; inside a network namespace add `--listen-all` so broadcast
and multicast probes reach the camera.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import secrets
import signal
import sys
from datetime import timedelta

from camreset.net.addresses import parse_target
from camreset.net.emulators.profiles import PROFILES, Options, RunningCamera, start_camera
from camreset.net.errors import TargetNotAllowed
from camreset.net.mac import normalise_mac


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m camreset.net.emulators", description=__doc__)
    parser.add_argument("profiles", nargs="*", metavar="PROFILE", help="see --list")
    parser.add_argument("--list", action="store_true", help="list the profiles and stop")
    parser.add_argument("--address", default="127.0.0.2", help="address to serve on")
    parser.add_argument("--listen-all", action="store_true", help="bind 0.0.0.0 (namespaces)")
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", help="the cameras' admin password (default: made up)")
    parser.add_argument("--http-port", type=int, default=0, help="0: any free port")
    parser.add_argument("--clock-offset", type=float, default=0.0, help="seconds, ONVIF clock")
    parser.add_argument("--model", help="another model name for a Dahua-family camera")
    parser.add_argument(
        "--vendor", help="the maker a Dahua-family camera reports: General (Dahua), Lorex, …"
    )
    parser.add_argument("--mac", help="another MAC for a Dahua-family camera (one per camera)")
    return parser


async def _serve(profiles: list[str], options: Options) -> None:
    cameras: list[RunningCamera] = []
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C still ends it
            loop.add_signal_handler(signum, stop.set)
    try:
        for profile in profiles:
            camera = await start_camera(profile, options)
            cameras.append(camera)
            http = f" (http port {camera.http_port})" if camera.http_port else ""
            print(f"camera {profile} at {options.address}{http}", flush=True)
        print("ready", flush=True)
        await stop.wait()
    finally:
        for camera in cameras:
            await camera.close()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list or not args.profiles:
        for name, (description, _) in PROFILES.items():
            print(f"{name:24} {description}")
        return 0 if args.list else 2
    unknown = [p for p in args.profiles if p not in PROFILES]
    if unknown:
        print(f"unknown profile {unknown[0]!r}; see --list", file=sys.stderr)
        return 2
    try:
        address = str(parse_target(args.address))
    except TargetNotAllowed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    mac = normalise_mac(args.mac) if args.mac else None
    if args.mac and mac is None:
        print(f"error: {args.mac!r} is not a MAC (e.g. 9c:8e:cd:00:00:07)", file=sys.stderr)
        return 2
    password = args.password or secrets.token_urlsafe(9)
    if not args.password:
        print(f"admin password of the emulated cameras: {password}", flush=True)
    options = Options(
        address,
        args.username,
        password,
        args.listen_all,
        args.http_port,
        timedelta(seconds=args.clock_offset),
        args.model,
        args.vendor,
        mac,
    )
    try:
        asyncio.run(_serve(args.profiles, options))
    except OSError as exc:
        print(f"error: cannot serve on {address}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
