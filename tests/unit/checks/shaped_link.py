"""A link shaped with ``tc`` to a given rate: a veth pair into a fresh network namespace, a token
bucket filter on each end, and the training simulator (its bandwidth endpoints) inside.

Needs root, ``ip netns`` and ``tc`` (iproute2) and the kernel's sch_tbf; ``unavailable()`` says
why not where that is missing. Used by the accuracy test and by ``tests.bench.checks``.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

import httpx

_counter = itertools.count()


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


def unavailable() -> str | None:
    """Why a shaped link cannot be built here, or None."""
    if sys.platform != "linux":
        return "network namespaces and tc exist on Linux only"
    if os.geteuid() != 0:
        return "creating a network namespace needs root"
    for tool in ("ip", "tc"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (Debian package iproute2; `make test` installs it)"
    probe = f"ckprobe{os.getpid()}"
    try:
        _ip("netns", "add", probe)
    except subprocess.CalledProcessError as exc:
        return f"'ip netns add' is not allowed here: {exc.stderr.strip()}"
    try:
        _ip(
            "netns",
            "exec",
            probe,
            "tc",
            "qdisc",
            "add",
            "dev",
            "lo",
            "root",
            "tbf",
            "rate",
            "1mbit",
            "burst",
            "16kb",
            "latency",
            "50ms",
        )
    except subprocess.CalledProcessError as exc:
        return f"tc cannot add a token bucket filter here: {exc.stderr.strip()}"
    finally:
        with suppress(subprocess.CalledProcessError):
            _ip("netns", "del", probe)
    return None


# What of a full frame on the veth is HTTP payload: 1448 bytes of TCP data (MTU 1500 less IP,
# TCP and timestamp headers) in 1514 bytes that tbf counts (with the Ethernet header).
PAYLOAD_SHARE = 1448 / 1514


@dataclass(frozen=True)
class ShapedLink:
    rate_bytes_s: float  # on the wire, headers included
    bandwidth_url: str  # the simulator's bandwidth endpoints behind the shaped link

    @property
    def payload_bytes_s(self) -> float:
        """What a transfer can carry at most: the figure a speed test should find."""
        return self.rate_bytes_s * PAYLOAD_SHARE


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _shape(namespace: str | None, device: str, rate_bytes_s: float) -> None:
    bits = int(rate_bytes_s * 8)
    burst = max(16_000, int(rate_bytes_s / 100))  # 10 ms worth, at least a few packets
    command = [
        "tc",
        "qdisc",
        "add",
        "dev",
        device,
        "root",
        "tbf",
        "rate",
        f"{bits}bit",
        "burst",
        str(burst),
        "latency",
        "50ms",
    ]
    if namespace:
        command = ["ip", "netns", "exec", namespace, *command]
    subprocess.run(command, check=True, capture_output=True, text=True)


@contextmanager
def shaped_link(rate_bytes_s: float) -> Iterator[ShapedLink]:
    """Both directions shaped to ``rate_bytes_s`` (bytes on the wire, headers included)."""
    n = next(_counter)
    tag = f"{os.getpid() % 100000}{n}"
    namespace, outer, inner = f"ckbw{tag}", f"ckbwa{tag}"[:15], f"ckbwb{tag}"[:15]
    subnet = f"10.{200 + os.getpid() % 50}.{n % 256}"
    here, there = f"{subnet}.1", f"{subnet}.2"
    proc: subprocess.Popen[bytes] | None = None
    _ip("netns", "add", namespace)
    try:
        _ip("link", "add", outer, "type", "veth", "peer", "name", inner, "netns", namespace)
        _ip("addr", "add", f"{here}/30", "dev", outer)
        _ip("link", "set", outer, "up")
        _ip("-n", namespace, "addr", "add", f"{there}/30", "dev", inner)
        _ip("-n", namespace, "link", "set", inner, "up")
        _ip("-n", namespace, "link", "set", "lo", "up")
        _shape(None, outer, rate_bytes_s)  # towards the simulator: upload
        _shape(namespace, inner, rate_bytes_s)  # from the simulator: download
        port = _free_port()
        proc = subprocess.Popen(
            [
                "ip",
                "netns",
                "exec",
                namespace,
                sys.executable,
                "-m",
                "kiosk",
                "simulator",
                "--host",
                there,
                "--port",
                str(port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://{there}:{port}"
        for _ in range(200):
            try:
                httpx.get(f"{base}/_sim/clock", timeout=1, trust_env=False).raise_for_status()
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("the simulator in the namespace did not start")
        yield ShapedLink(rate_bytes_s, f"{base}/_sim/bandwidth")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
        with suppress(subprocess.CalledProcessError):
            _ip("link", "del", outer)
        with suppress(subprocess.CalledProcessError):
            _ip("netns", "del", namespace)
