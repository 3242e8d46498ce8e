"""``host:port`` targets and plain names for socket errors (DNS vs refused vs timed out)."""

from __future__ import annotations

import errno
import socket
import ssl
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class HostPort:
    host: str
    port: int

    @classmethod
    def parse(cls, text: str, default_port: int) -> HostPort:
        """``host``, ``host:port``, ``[v6]`` or ``[v6]:port``; ValueError with a plain message."""
        raw = text.strip()
        host, port_text = raw, ""
        if raw.startswith("["):
            host, closed, rest = raw[1:].partition("]")
            if not closed or (rest and not rest.startswith(":")):
                raise ValueError(f"expected [address]:port, got {text!r}")
            port_text = rest[1:]
        elif raw.count(":") == 1:
            host, _, port_text = raw.partition(":")
        if not host:
            raise ValueError(f"no host name in {text!r}")
        if not port_text:
            return cls(host, default_port)
        if not port_text.isdigit() or not 0 < int(port_text) <= 65535:
            raise ValueError(f"expected a port from 1 to 65535 in {text!r}")
        return cls(host, int(port_text))

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


class Failure(StrEnum):
    """Why a connection did not happen, in the terms IT uses."""

    DNS = "dns"  # the name does not resolve
    REFUSED = "refused"  # the host answered: nothing listens / a firewall rejects
    TIMEOUT = "timeout"  # no answer at all: a firewall drops the packets
    UNREACHABLE = "unreachable"  # no route: no network, or no way to that address
    TLS = "tls"  # connected, but the TLS handshake failed
    OTHER = "other"


def classify(exc: BaseException) -> tuple[Failure, str]:
    """The kind of failure and a short English description of ``exc``."""
    if isinstance(exc, socket.gaierror):
        if exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)):
            return Failure.DNS, "DNS: name not found"
        if exc.errno == socket.EAI_AGAIN:
            return Failure.DNS, "DNS: no DNS server answered"
        return Failure.DNS, f"DNS: {exc.strerror or exc}"
    if isinstance(exc, TimeoutError):
        return Failure.TIMEOUT, "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return Failure.REFUSED, "refused"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Failure.TLS, f"certificate not trusted: {exc.verify_message}"
    if isinstance(exc, ssl.SSLError):
        return Failure.TLS, f"TLS: {exc.reason or exc}"
    if isinstance(exc, ConnectionResetError):
        return Failure.REFUSED, "connection reset"
    if isinstance(exc, OSError) and exc.errno in (
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
        errno.EADDRNOTAVAIL,
        errno.ENETDOWN,
    ):
        return Failure.UNREACHABLE, "no route to the host"
    if isinstance(exc, OSError) and exc.strerror:
        return Failure.OTHER, exc.strerror
    return Failure.OTHER, f"{type(exc).__name__}: {exc}"


def classify_chain(exc: BaseException) -> tuple[Failure, str] | None:
    """Classify the socket error behind a library's wrapper (httpx wraps httpcore, which wraps
    anyio's "all connection attempts failed", which groups the socket errors)."""
    found: list[tuple[Failure, str]] = []
    stack: list[BaseException] = [exc]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError | TimeoutError):
            found.append(classify(current))
        if isinstance(current, BaseExceptionGroup):
            stack.extend(current.exceptions)
        stack.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    specific = [f for f in found if f[0] is not Failure.OTHER]
    return (specific or found)[0] if found else None
