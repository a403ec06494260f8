"""A private LAN made of network namespaces: one scanner, one namespace per emulated camera.

The scanner's namespace holds a bridge with 192.168.1.2/24; each camera gets its own
namespace joined to the bridge by a veth pair, and runs `python -m camreset.net.emulators`
with `--listen-all`, so broadcast and multicast work as on a home LAN. Every address is
private and exists only inside these namespaces; nothing is routed anywhere else. Needs
root and iproute2's `ip netns`; `Lab.available()` says why not when it cannot run.
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

SCANNER_ADDRESS = "192.168.1.2"
PREFIX = 24
READY_GUARD = 30.0  # seconds: a hung emulator fails the setup instead of hanging the run


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=30)


@dataclass
class Lab:
    password: str
    tag: str = field(default_factory=lambda: f"crs{os.getpid() % 100000}")
    namespaces: list[str] = field(default_factory=list)
    emulators: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @staticmethod
    def unavailable() -> str | None:
        """Why namespaces cannot be made here, or None when they can."""
        if shutil.which("ip") is None:
            return "iproute2's `ip` is not installed"
        if os.geteuid() != 0:
            return "creating network namespaces needs root"
        probe = f"crsprobe{os.getpid() % 100000}"
        made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
        if made.returncode != 0:
            return f"`ip netns add` failed: {made.stderr.strip()}"
        _ip("netns", "del", probe)
        return None

    @property
    def scanner(self) -> str:
        return f"{self.tag}-scan"

    def _namespace(self, name: str) -> str:
        _ip("netns", "add", name)
        self.namespaces.append(name)
        _ip("-n", name, "link", "set", "lo", "up")
        return name

    def build_scanner(self) -> None:
        ns = self._namespace(self.scanner)
        _ip("-n", ns, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        _ip("-n", ns, "addr", "add", f"{SCANNER_ADDRESS}/{PREFIX}", "brd", "+", "dev", "br0")
        _ip("-n", ns, "link", "set", "br0", "up")

    def add_camera(self, index: int, address: str, *profiles: str) -> None:
        """A camera namespace on the bridge at `address`, running the emulated profiles."""
        ns = self._namespace(f"{self.tag}-c{index}")
        near, far = f"v{self.tag}{index}", f"e{self.tag}{index}"
        _ip("link", "add", near, "type", "veth", "peer", "name", far)
        _ip("link", "set", near, "netns", self.scanner)
        _ip("link", "set", far, "netns", ns)
        _ip("-n", self.scanner, "link", "set", near, "master", "br0", "up")
        _ip("-n", ns, "link", "set", far, "name", "eth0")
        _ip("-n", ns, "addr", "add", f"{address}/{PREFIX}", "brd", "+", "dev", "eth0")
        _ip("-n", ns, "link", "set", "eth0", "up")
        command = [
            *("ip", "netns", "exec", ns, sys.executable, "-m", "camreset.net.emulators"),
            *profiles,
            *("--address", address, "--listen-all", "--http-port", "80"),
            *("--password", self.password),
        ]
        self.emulators.append(
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        )

    def wait_until_ready(self) -> None:
        """Block until every emulator printed `ready` (or fail with what it printed)."""
        for process in self.emulators:
            assert process.stdout is not None
            output = b""
            with selectors.DefaultSelector() as selector:
                selector.register(process.stdout, selectors.EVENT_READ)
                while b"\nready\n" not in b"\n" + output:
                    if not selector.select(READY_GUARD):
                        raise RuntimeError(f"emulator not ready: {output!r}")
                    chunk = os.read(process.stdout.fileno(), 4096)
                    if not chunk:
                        raise RuntimeError(f"emulator stopped: {output!r}")
                    output += chunk

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`camreset ARGS` inside the scanner's namespace."""
        command = ["ip", "netns", "exec", self.scanner, sys.executable, "-m", "camreset", *args]
        env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1"}
        return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)

    def close(self) -> None:
        for process in self.emulators:
            process.terminate()
        for process in self.emulators:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            if process.stdout is not None:
                process.stdout.close()
        for ns in reversed(self.namespaces):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
