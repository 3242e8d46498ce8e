"""``tls``: a TLS handshake with the SRS host, reporting the version it negotiates.

The client offers TLS 1.0 and up on purpose, so that a server (or a TLS-inspecting proxy on the
way) that only speaks 1.0/1.1 shows up as exactly that rather than as an anonymous handshake
failure. Nothing but the handshake is sent; the certificate is verified as usual.
"""

from __future__ import annotations

import asyncio
import ssl
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..addresses import Failure, HostPort, classify
from ..model import Outcome, Status
from ..texts import QT_TRANSLATE_NOOP, text

TOO_OLD = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The connection to %1 uses %2, but at least TLS %3 is required. A proxy or firewall that "
    "inspects encrypted traffic may be in between: ask IT to let this connection through "
    "unchanged, or to update it.",
)
NO_COMMON_VERSION = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No secure connection to %1 could be agreed (%2). A proxy or firewall that inspects "
    "encrypted traffic may be in between: ask IT to let this connection through unchanged.",
)
UNTRUSTED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The certificate of %1 is not trusted (%2). Check the terminal's date and time; if they are "
    "right, a proxy that inspects encrypted traffic is probably in between: ask IT.",
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "The SRS host %1 could not be reached (%2). Check the network connection; ask IT to allow "
    "outgoing connections to it on port %3.",
)
TRAINING = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "Training mode: the built-in simulator speaks plain HTTP on this computer, so there is no "
    "TLS connection to check. With SRS settings, the SRS host is checked.",
)

_VERSIONS = {"TLSv1": (1, 0), "TLSv1.1": (1, 1), "TLSv1.2": (1, 2), "TLSv1.3": (1, 3)}


def _version(text_: str) -> tuple[int, int]:
    major, _, minor = text_.partition(".")
    return int(major), int(minor or 0)


def client_context(cafile: Path | None = None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(cafile) if cafile else None)
    with warnings.catch_warnings():  # deliberately offered, to detect old servers (see above)
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = ssl.TLSVersion.TLSv1
    # OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; level 0 lets us see them.
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context


@dataclass(frozen=True)
class Handshake:
    """One TLS handshake's result: the version agreed, or why there was none."""

    address: HostPort
    version: str | None = None  # "TLSv1.2"
    cipher: str | None = None
    failure: Failure | None = None
    reason: str = ""
    untrusted: bool = False  # the failure is the certificate

    @property
    def version_tuple(self) -> tuple[int, int]:
        return _VERSIONS.get(self.version or "", (0, 0))

    def old(self, minimum: str) -> bool:
        return self.version_tuple < _version(minimum)

    @property
    def detail(self) -> str:
        if self.failure is not None:
            return f"{self.address}: {self.reason}"
        return f"{self.address}: {self.version}" + (f", {self.cipher}" if self.cipher else "")


async def handshake(address: HostPort, budget_s: float, cafile: Path | None = None) -> Handshake:
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(
                address.host, address.port, ssl=client_context(cafile), server_hostname=address.host
            ),
            budget_s,
        )
    except (OSError, TimeoutError) as exc:  # ssl.SSLError is an OSError
        kind, reason = classify(exc)
        return Handshake(
            address,
            failure=kind,
            reason=reason,
            untrusted=isinstance(exc, ssl.SSLCertVerificationError),
        )
    ssl_object = writer.get_extra_info("ssl_object")
    version = ssl_object.version() if ssl_object is not None else None
    cipher = ssl_object.cipher() if ssl_object is not None else None
    writer.transport.abort()  # no close_notify exchange: an old peer may never answer it
    await asyncio.sleep(0)  # abort() closes the socket on the loop's next turn: let it
    return Handshake(address, version, cipher[0] if cipher else None)


async def probe_tls(
    address: HostPort | None, minimum: str, budget_s: float, *, cafile: Path | None = None
) -> Outcome:
    """``address`` None means training mode (nothing to check); ``minimum`` like "1.2"."""
    threshold = f"TLSv{minimum}"
    if address is None:
        return Outcome(
            Status.SKIPPED,
            None,
            "",
            threshold,
            text(TRAINING),
            "training mode: plain HTTP simulator",
        )
    seen = await handshake(address, budget_s, cafile)
    if seen.failure is not None:
        if seen.untrusted:
            advice = text(UNTRUSTED, address.host, seen.reason)
        elif seen.failure is Failure.TLS:
            advice = text(NO_COMMON_VERSION, address.host, seen.reason)
        else:
            advice = text(UNREACHABLE, address.host, seen.reason, address.port)
        return Outcome(Status.FAIL, None, "", threshold, advice, seen.detail)
    if seen.old(minimum):
        return Outcome(
            Status.FAIL,
            seen.version,
            "",
            threshold,
            text(TOO_OLD, address.host, seen.version or "?", minimum),
            seen.detail,
        )
    return Outcome(Status.PASS, seen.version, "", threshold, None, seen.detail)
