"""``tls_video``: TLS 1.2 or newer negotiated with each of the video provider's hosts.

The guide asks for TLS 1.2 towards OpenTok and Pusher, not only towards the SRS host; a proxy
that inspects encrypted traffic for some destinations only shows up here. Each host gets the
same handshake as ``tls`` (TLS 1.0 and up offered, so an old peer is named as such), all at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from ..addresses import Failure, HostPort
from ..model import Outcome, Status, TargetResult
from ..texts import QT_TRANSLATE_NOOP, text
from .tls import Handshake, handshake

NOT_REACHED = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No secure connection could be opened to these video hosts: %1. Ask IT to allow outgoing "
    "TCP (HTTPS/TLS) to each of them on the port shown (443 for the provider's hosts).",
)
NOT_SECURE = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "TLS %1 or newer could not be agreed with these video hosts: %2. A proxy or firewall that "
    "inspects encrypted traffic is probably in between: ask IT to let TCP to each of them on "
    "the port shown through unchanged (TLS %1 or newer, not inspected).",
)
NO_HOSTS = QT_TRANSLATE_NOOP(
    "ReadinessCheck",
    "No video host to check: no enabled method uses one, or training mode (the built-in "
    "simulator plays the video provider).",
)


def _outcome(seen: Handshake) -> str:
    if seen.failure is not None:
        return seen.reason
    return f"{seen.version}" + (f", {seen.cipher}" if seen.cipher else "")


def _secure(seen: Handshake, minimum: str) -> bool:
    return seen.failure is None and not seen.old(minimum)


async def probe_tls_video(
    hosts: Sequence[HostPort],
    minimum: str,
    budget_s: float,
    *,
    cafile: Path | None = None,
    wildcards: Sequence[str] = (),
) -> Outcome:
    """``hosts`` the video hosts with their TLS port (443); ``minimum`` like "1.2";
    ``wildcards`` the guide's patterns (*.tokbox.com) the report says the hosts stand for."""
    threshold = f"TLSv{minimum}"
    if not hosts:
        return Outcome(Status.SKIPPED, None, "", threshold, text(NO_HOSTS))
    seen = await asyncio.gather(*(handshake(h, budget_s, cafile) for h in hosts))
    targets = tuple(
        TargetResult(
            str(s.address),
            Status.PASS if _secure(s, minimum) else Status.FAIL,
            _outcome(s),
            "video",
        )
        for s in seen
    )
    unreached = [s for s in seen if s.failure not in (None, Failure.TLS)]
    insecure = [s for s in seen if not _secure(s, minimum) and s not in unreached]
    # The value is the weakest version agreed, when every host agreed one.
    lowest = (
        min(seen, key=lambda s: s.version_tuple).version if all(s.version for s in seen) else None
    )
    detail = "probed: " + ", ".join(str(h) for h in hosts)
    if wildcards:  # a pattern has no address: say which concrete names stood for it
        matching = [
            str(h) for h in hosts if any(h.host.endswith(w.removeprefix("*")) for w in wildcards)
        ]
        detail += (
            f"; for {', '.join(wildcards)}: {', '.join(matching) or 'no name given'}"
            " ([checks] video_hosts)"
        )
    # A host that cannot be reached at all is the more basic problem: its advice comes first.
    if unreached:
        names = ", ".join(str(s.address) for s in unreached)
        return Outcome(
            Status.FAIL, lowest, "", threshold, text(NOT_REACHED, names), detail, targets=targets
        )
    if insecure:
        names = ", ".join(str(s.address) for s in insecure)
        return Outcome(
            Status.FAIL,
            lowest,
            "",
            threshold,
            text(NOT_SECURE, minimum, names),
            detail,
            targets=targets,
        )
    return Outcome(Status.PASS, lowest, "", threshold, None, detail, targets=targets)
